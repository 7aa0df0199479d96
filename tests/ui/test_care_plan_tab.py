"""Care plan tab with pytest-qt on the real encrypted database: a plan from the latest
assessment through the editor, inline errors that keep what was typed, activation, review
versions read-only, sign-offs, printing, Khmer."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import date, timedelta

import pytest
from care_plan_factories import add_assessment
from factories import add_resident
from PySide6.QtWidgets import QMessageBox

from shelter_desktop.domain.calendar_months import add_months
from shelter_desktop.domain.care_plans import (
    ActionInput,
    CarePlanInput,
    GoalInput,
    GoalStatus,
    PlanStatus,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui import care_plan_tab as tab_module
from shelter_desktop.ui.care_plan_editor import CarePlanEditor
from shelter_desktop.ui.care_plan_tab import CarePlanTab, review_tone
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.signoff_dialog import SignoffDialog

TODAY = date.today()
KHMER_GOAL = "នាងនឹងទៅសាលារៀនជារៀងរាល់ថ្ងៃ"


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


@pytest.fixture
def errors(monkeypatch) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Errors the tab would show in a message box (which would block an offscreen test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(tab_module, "show_error", lambda _parent, error: shown.append(error))
    return shown


def open_tab(qtbot, shelter, resident: int, role: Role = Role.COUNSELOR) -> CarePlanTab:  # type: ignore[no-untyped-def]
    tab = CarePlanTab(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    tab.refresh()
    return tab


def assess(shelter, resident: int) -> int:  # type: ignore[no-untyped-def]
    return add_assessment(
        shelter.services.database, resident, shelter.users[Role.COUNSELOR].id,
        {"RM": 3, "PH": 2, "WE": 1, "IN": 3, "FM": 4, "TR": 3, "FR": 3, "LR": 2},
    )


def answer(tab: CarePlanTab, accept: bool = True) -> str:
    box = tab.confirmation
    assert box is not None and box.isVisible()
    text = box.text()
    role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    return text


def goal_texts(tab: CarePlanTab) -> list[str]:
    tree = tab.goals_tree
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_new_plan_from_the_latest_assessment_then_make_it_active(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    assess(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    assert tab.plan() is None and "No care plan yet" in tab.status.text()
    assert tab.new_button.isEnabled() and not tab.edit_button.isEnabled()
    assert not tab.activate_button.isEnabled() and not tab.print_button.isEnabled()

    tab.new_button.click()
    editor = tab.dialog
    assert isinstance(editor, CarePlanEditor) and editor.isVisible()
    # Weakest first (WE 1), then PH 2 and LR 2 in template order.
    assert [card.domain.currentData() for card in editor.cards] == ["WE", "PH", "LR"]
    assert editor.cards[0].text.toPlainText() == "Work skills and education"
    assert editor.value().review_date == add_months(TODAY, 6)
    assert editor.weak_hint.isHidden()
    editor.cards[0].text.setPlainText(KHMER_GOAL)
    editor.cards[0].responsible.setCurrentIndex(1)
    action = editor.cards[0].add_action()
    qtbot.keyClicks(action.text, "Enrol at the public school")
    action.target.set_value(TODAY + timedelta(days=14))
    editor.summary.setPlainText("Agreed with her.")
    editor.ok_button.click()
    assert not editor.isVisible(), editor.error_text()

    plan = tab.plan()
    assert plan is not None and plan.status == PlanStatus.DRAFT and plan.version == 1
    assert tab.status_chip.text() == "Draft"
    assert goal_texts(tab) == [KHMER_GOAL, "Physical health", "Knowledge of legal rights"]
    first = tab.goals_tree.topLevelItem(0)
    assert first.text(0) == "WE · Work skills and education"
    assert first.childCount() == 1 and "Enrol at the public school" in first.child(0).text(1)
    assert tab.summary.text() == "Agreed with her."
    assert tab.activate_button.isEnabled() and not tab.new_button.isEnabled()
    assert not tab.review_button.isEnabled()

    tab.activate_button.click()
    assert "Version 1" in answer(tab)
    assert tab.plan().status == PlanStatus.ACTIVE
    assert tab.status_chip.text() == "Active"
    assert tab.review_chip.text() == f"Review by {add_months(TODAY, 6):%d/%m/%Y}"
    assert tab.review_button.isEnabled() and tab.new_button.isEnabled()
    assert errors == []


def test_inline_error_keeps_everything_typed_and_puts_the_cursor_there(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    tab.new_button.click()
    editor = tab.dialog
    assert editor.cards == [] and editor.empty_label.isVisibleTo(editor)
    first = editor.add_goal()
    first.text.setPlainText("Sleeps through the night")
    second = editor.add_goal()
    second.text.setPlainText(KHMER_GOAL)
    step = second.add_action()
    step.text.setPlainText("   ")  # an empty action
    editor.summary.setPlainText("Summary typed by staff")
    editor.ok_button.click()
    assert editor.isVisible()
    assert "Goal 2, action 1" in editor.error_text()
    assert editor.focusWidget() is step.text
    assert second.property("invalid") is True and not first.property("invalid")
    assert editor.summary.toPlainText() == "Summary typed by staff"
    assert second.text.toPlainText() == KHMER_GOAL

    second.remove_action(step)
    editor.review_date.setDate(editor.review_date.date().addDays(-400))
    editor.ok_button.click()
    assert "review date is in the past" in editor.error_text()
    assert editor.focusWidget() is editor.review_date
    editor.review_date.setDate(editor.review_date.date().addDays(400))
    first.target.set_value(date(2099, 1, 1))
    editor.ok_button.click()
    assert "Goal 1: the target date" in editor.error_text()
    first.target.set_value(None)
    editor.ok_button.click()
    assert not editor.isVisible()
    assert goal_texts(tab) == ["Sleeps through the night", KHMER_GOAL]
    assert errors == []


def test_reorder_and_remove_goals(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    tab.new_button.click()
    editor = tab.dialog
    for text in ("A", "B", "C"):
        editor.add_goal().text.setPlainText(text)
    editor.move_goal(editor.cards[2], -1)
    editor.move_goal(editor.cards[0], -1)  # the first cannot move up
    assert [c.text.toPlainText() for c in editor.cards] == ["A", "C", "B"]
    assert [c.number.text() for c in editor.cards] == ["Goal 1", "Goal 2", "Goal 3"]
    assert not editor.cards[0].up.isEnabled() and not editor.cards[2].down.isEnabled()
    editor.remove_goal(editor.cards[0])
    editor.ok_button.click()
    assert goal_texts(tab) == ["C", "B"]


def add_active_plan(shelter, resident: int):  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    plans = shelter.services.care_plans
    value = CarePlanInput(add_months(TODAY, 6), "First version", (
        GoalInput("", "Feels safe at night", counselor.id, TODAY + timedelta(days=30),
                  GoalStatus.IN_PROGRESS,
                  (ActionInput("Safety plan", counselor.id, TODAY, True),
                   ActionInput("Night-time check-ins", None, None))),
    ))
    draft = plans.create(counselor, resident, value, None).value
    return plans.activate(counselor, draft.id).value


def test_review_makes_a_new_version_and_older_versions_are_read_only(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    active = add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    assert tab.plan().id == active.id and tab.review_button.isEnabled()
    tab.review_button.click()
    answer(tab)
    editor = tab.dialog
    assert isinstance(editor, CarePlanEditor) and editor.isVisible()  # opened on the new draft
    assert editor.version == 2
    assert editor.cards[0].text.toPlainText() == "Feels safe at night"
    assert [a.done.isChecked() for a in editor.cards[0].actions] == [True, False]
    editor.cards[0].status.setCurrentIndex(editor.cards[0].status.findData(GoalStatus.ACHIEVED))
    editor.ok_button.click()
    assert not editor.isVisible()
    assert tab.plan().version == 2 and tab.plan().status == PlanStatus.DRAFT
    assert tab.version_combo.count() == 2 and tab.version_combo.isEnabled()
    assert "draft" in tab.notice.text()

    tab.activate_button.click()
    assert "Version 1 is kept" in answer(tab)
    assert tab.plan().status == PlanStatus.ACTIVE

    tab.version_combo.setCurrentIndex(tab.version_combo.findData(active.id))
    old = tab.plan()
    assert old.id == active.id and old.status == PlanStatus.SUPERSEDED
    assert old.goals[0].status == GoalStatus.IN_PROGRESS  # unchanged by the review
    assert "replaced by a later one" in tab.notice.text()
    for button in (tab.edit_button, tab.activate_button, tab.review_button, tab.signoff_button):
        assert not button.isEnabled()
    tab.edit_plan()  # double-click path: nothing opens for a replaced version
    assert tab.dialog is editor
    assert tab.print_button.isEnabled()


def test_record_signoffs(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    assert tab.signoffs_table.isHidden() and "nobody yet" in tab.signoffs_caption.text()
    tab.signoff_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, SignoffDialog)
    assert [dialog.party.itemData(i) for i in range(dialog.party.count())] == [
        "resident", "guardian", "case_manager"]
    dialog.ok_button.click()
    assert dialog.isVisible() and "name of the person who signed" in dialog.error_text()
    assert dialog.focusWidget() is dialog.signer_name
    dialog.signer_name.setText("សុខ ស្រីពៅ")  # QTest cannot type Khmer keys
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(1))
    dialog.ok_button.click()
    assert "in the future" in dialog.error_text()
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(-1))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.signoffs_table.rowCount() == 1
    assert tab.signoffs_table.item(0, 0).text() == "Resident"
    assert tab.signoffs_table.item(0, 1).text() == "សុខ ស្រីពៅ"
    tab.signoff_button.click()
    offered = [tab.dialog.party.itemData(i) for i in range(tab.dialog.party.count())]
    assert offered == ["guardian", "case_manager"]
    tab.dialog.reject()


def test_second_draft_refused_says_so(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    tab.new_button.click()
    editor = tab.dialog
    editor.add_goal().text.setPlainText("One")
    # Meanwhile someone else starts a draft on another PC.
    shelter.services.care_plans.create(
        shelter.users[Role.HOUSE_MANAGER], resident,
        CarePlanInput(add_months(TODAY, 6), "", ()), None,
    )
    editor.ok_button.click()
    assert editor.isVisible() and "still a draft" in editor.error_text()
    assert editor.cards[0].text.toPlainText() == "One"


def test_review_date_colours(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    review = add_months(TODAY, 6)
    assert review_tone(review, review - timedelta(days=15), PlanStatus.ACTIVE) == ""
    assert review_tone(review, review - timedelta(days=14), PlanStatus.ACTIVE) == "soon"
    assert review_tone(review, review, PlanStatus.ACTIVE) == "soon"
    assert review_tone(review, review + timedelta(days=1), PlanStatus.ACTIVE) == "overdue"
    assert review_tone(review, review + timedelta(days=1), PlanStatus.DRAFT) == "quiet"
    add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    tab.today = lambda: review + timedelta(days=3)
    tab.refresh()
    assert tab.review_chip.property("tone") == "overdue"
    assert tab.review_chip.text().startswith("Review was due")
    tab.today = lambda: review - timedelta(days=5)
    tab.refresh()
    assert tab.review_chip.property("tone") == "soon"


def test_print_offers_a_pdf_in_the_chosen_language(qtbot, shelter, resident, errors, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if importlib.util.find_spec("shelter_desktop.ui.pdf_output") is None:
        pytest.skip("ui/pdf_output.py is written by another helper")
    from shelter_desktop.ui import pdf_output

    calls: list[tuple[object, str]] = []
    monkeypatch.setattr(pdf_output, "offer_pdf",
                        lambda parent, runner, make_pdf, name: calls.append((make_pdf, name)))
    active = add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    assert [a.text() for a in tab.print_menu.actions()] == [
        "In English", "In Khmer", "In English and Khmer"]
    tab.print_actions["km"].trigger()
    [(make_pdf, name)] = calls
    assert name == f"care-plan-{active.case_number}-v1-km.pdf"
    if hasattr(shelter.services.printing, "care_plan_pdf"):
        assert make_pdf().startswith(b"%PDF")


def test_without_resident_access_nothing_is_shown(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident, Role.DATA_OFFICER)
    assert tab.plan() is None and len(errors) == 1
    assert "not allowed" in tab.status.text()
    assert tab.new_button.isHidden() and tab.edit_button.isHidden() and tab.print_button.isHidden()


def test_khmer_screen_and_goal_texts(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    assessment_id = assess(shelter, resident)
    counselor = shelter.users[Role.COUNSELOR]
    plans = shelter.services.care_plans
    value, _ = plans.proposal(counselor, resident, "km")
    plans.create(counselor, resident, replace(value, goals=(
        replace(value.goals[0], goal=KHMER_GOAL + " and English"),) + value.goals[1:]),
        assessment_id)
    install_language("km")
    tab = open_tab(qtbot, shelter, resident)
    assert goal_texts(tab)[0] == KHMER_GOAL + " and English"
    assert tab.goals_tree.topLevelItem(1).text(0) == "PH · សុខភាពរាងកាយ"
    assert tab.basis.text().count("ការវាយតម្លៃការជាសះស្បើយ") == 1
    tab.edit_button.click()
    editor = tab.dialog
    assert editor.cards[1].domain.currentText() == "PH · សុខភាពរាងកាយ"
    editor.reject()


def test_cancel_asks_before_throwing_away_typed_work(qtbot, shelter, resident, errors) -> None:  # type: ignore[no-untyped-def]
    add_active_plan(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    tab.edit_button.click()
    editor = tab.dialog
    editor.reject()  # nothing changed: closes at once
    assert not editor.isVisible() and editor.confirmation is None

    tab.edit_button.click()
    editor = tab.dialog
    editor.cards[0].actions[1].text.setPlainText("Night-time check-ins by the house mother")
    editor.reject()
    box = editor.confirmation
    assert box is not None and box.isVisible() and editor.isVisible()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    keep.click()
    assert editor.isVisible()
    assert editor.cards[0].actions[1].text.toPlainText() == "Night-time check-ins by the house mother"
    editor.reject()
    box = editor.confirmation
    discard = next(b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    assert not editor.isVisible()
    assert tab.plan().goals[0].actions[1].action == "Night-time check-ins"
