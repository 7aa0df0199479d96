"""Education and Vocational tabs with pytest-qt on the real encrypted database: add through the
dialogs, see the tables and the chart follow, inline errors, edit buttons only for editors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import add_resident
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from shelter_desktop.domain.progress import (
    EnrolmentInput,
    MilestoneInput,
    TermResultInput,
    TrainingInput,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.education_tab import (
    EducationTab,
    EnrolmentDialog,
    TermResultDialog,
)
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.vocational_tab import (
    MilestoneDialog,
    PlacementDialog,
    TrainingDialog,
    VocationalTab,
)

TODAY = date.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    item = table.item(row, column)
    return item.text() if item is not None else ""


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def open_tab(qtbot, shelter, cls, resident: int, role: Role = Role.COUNSELOR):  # type: ignore[no-untyped-def]
    tab = cls(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.refresh()
    return tab


def ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.ok_button.click()


def test_add_an_enrolment_and_term_results_through_dialogs(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    assert tab.enrolments_table.rowCount() == 0
    assert tab.chart.is_empty() and tab.chart.empty_text() == "No results recorded yet"
    assert not tab.result_button.isEnabled()

    tab.add_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, EnrolmentDialog) and dialog.isVisible()
    dialog.programme.setCurrentIndex(dialog.programme.findData("maths"))
    qtbot.keyClicks(dialog.institution, "Shelter classroom")
    qtbot.keyClicks(dialog.grade, "Level 1")
    dialog.start_date.setDate(qdate(TODAY - timedelta(days=240)))
    ok(dialog)
    assert not dialog.isVisible()
    assert tab.enrolments_table.rowCount() == 1
    assert cell(tab.enrolments_table, 0, 0) == "Maths (non-formal)"
    assert cell(tab.enrolments_table, 0, 1) == "Shelter classroom"
    assert cell(tab.enrolments_table, 0, 5) == "In progress"
    assert tab.selected() is not None and tab.result_button.isEnabled()

    for term, days_ago, score, attendance in (("Term 1", 180, 55, 80), ("Term 2", 90, 68, 92)):
        tab.result_button.click()
        result = tab.dialog
        assert isinstance(result, TermResultDialog)
        qtbot.keyClicks(result.term, term)
        result.recorded_on.setDate(qdate(TODAY - timedelta(days=days_ago)))
        result.score.setValue(score)
        result.attendance.setValue(attendance)
        ok(result)
        assert not result.isVisible(), result.error_text()

    assert tab.results_table.rowCount() == 2
    assert cell(tab.results_table, 0, 0) == "Term 2"  # newest on top
    assert cell(tab.results_table, 0, 2) == "68"
    assert not tab.chart.is_empty()
    assert tab.chart.point_count() == 4  # two scores and two attendance figures
    scores = [p.y() for p in tab.chart.score_series.points()]
    assert scores == [55.0, 68.0]
    # What was saved is what the service reads back.
    [saved] = shelter.services.education.list_enrolments(shelter.users[Role.COUNSELOR], resident)
    assert [r.score for r in saved.results] == [55, 68]


def test_inline_errors_keep_the_dialog_open(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    tab.add_button.click()
    dialog = tab.dialog
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    ok(dialog)
    assert dialog.isVisible()
    assert "completed course needs an end date" in dialog.error_text()
    assert dialog.focusWidget() in (dialog.end_date.check, dialog.end_date.edit)
    dialog.end_date.set_value(TODAY - timedelta(days=400))
    dialog.start_date.setDate(qdate(TODAY - timedelta(days=100)))
    ok(dialog)
    assert "end date is before the start date" in dialog.error_text()
    dialog.end_date.set_value(TODAY - timedelta(days=5))
    ok(dialog)
    assert not dialog.isVisible()

    tab.result_button.click()
    result = tab.dialog
    qtbot.keyClicks(result.term, "Final")
    ok(result)  # no score, no result, no attendance
    assert "Enter a score, a result or the attendance" in result.error_text()
    qtbot.keyClicks(result.result_text, "Passed")
    result.recorded_on.setDate(qdate(TODAY + timedelta(days=3)))
    ok(result)
    assert "dated in the future" in result.error_text()
    assert result.recorded_on.isAncestorOf(result.focusWidget())  # the date's line edit
    result.recorded_on.setDate(qdate(TODAY))
    ok(result)
    assert not result.isVisible()
    # A result in words only: the chart says so rather than drawing empty axes.
    assert tab.chart.is_empty() and "words only" in tab.chart.empty_text()


def test_edit_an_enrolment_keeps_it_selected(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    older = service.add_enrolment(counselor, resident, EnrolmentInput(
        "khmer_literacy", "Shelter", "1", TODAY - timedelta(days=500), None, "in_progress")).value
    service.add_enrolment(counselor, resident, EnrolmentInput(
        "english", "Shelter", "A1", TODAY - timedelta(days=50), None, "in_progress"))
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    tab.select_enrolment(older.id)
    tab.edit_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, EnrolmentDialog) and dialog.institution.text() == "Shelter"
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.end_date.set_value(TODAY - timedelta(days=20))
    qtbot.keyClicks(dialog.certificate, "Literacy level 1")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error_text()
    assert tab.selected().id == older.id
    assert tab.selected().certificate == "Literacy level 1"
    row = [r for r in range(2) if cell(tab.enrolments_table, r, 6) == "Literacy level 1"]
    assert cell(tab.enrolments_table, row[0], 5) == "Completed"


def test_earlier_results_load_on_request(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    enrolment = service.add_enrolment(counselor, resident, EnrolmentInput(
        "public_school", "Primary school", "Grade 3", TODAY - timedelta(days=1200), None,
        "in_progress")).value
    for n in range(30):
        service.add_result(counselor, enrolment.id, TermResultInput(
            f"Month {n + 1}", TODAY - timedelta(days=1100 - 30 * n), 50 + n, "", 90))
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    assert tab.results_table.rowCount() == 24
    assert "latest 24 of 30" in tab.paging_label.text()
    assert tab.earlier_button.isVisible()
    tab.earlier_button.click()
    assert tab.results_table.rowCount() == 30
    assert cell(tab.results_table, 29, 0) == "Month 1"
    assert not tab.earlier_button.isVisible()
    assert tab.chart.point_count() == 60


def test_viewers_without_edit_rights_see_no_edit_buttons(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    # Every role that may see residents may also edit them today; check the buttons follow the
    # permission by signing in with a user whose role lacks it.
    from dataclasses import replace

    viewer = replace(shelter.users[Role.COUNSELOR], role=Role.DATA_OFFICER)
    tab = EducationTab(shelter.services, viewer, SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    assert not tab.add_button.isVisibleTo(tab) and not tab.result_button.isVisibleTo(tab)
    voc = VocationalTab(shelter.services, viewer, SynchronousOpRunner(), resident)
    qtbot.addWidget(voc)
    assert not voc.placement_button.isVisibleTo(voc)
    manager = open_tab(qtbot, shelter, VocationalTab, resident, Role.HOUSE_MANAGER)
    assert manager.add_button.isVisibleTo(manager) and manager.placement_button.isVisibleTo(manager)


def test_a_denied_refresh_says_why(qtbot, shelter, resident: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "shelter_desktop.ui.education_tab.show_error",
        lambda parent, error: shown.append(type(error).__name__),
    )
    tab = open_tab(qtbot, shelter, EducationTab, resident, Role.DATA_OFFICER)
    assert shown == ["PermissionDenied"]
    assert "not allowed" in tab.status.text()
    assert tab.enrolments_table.rowCount() == 0


def test_add_a_training_milestone_and_job_placement(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, VocationalTab, resident, Role.HOUSE_MANAGER)
    assert tab.chart.is_empty() and tab.chart.empty_text() == "No training recorded yet"

    tab.add_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, TrainingDialog)
    dialog.trade.setCurrentIndex(dialog.trade.findData("hairdressing"))
    qtbot.keyClicks(dialog.provider, "Salon training centre")
    dialog.start_date.setDate(qdate(TODAY - timedelta(days=200)))
    qtbot.keyClicks(dialog.startup_kit, "Scissors and dryer")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error_text()
    assert cell(tab.trainings_table, 0, 0) == "Hairdressing"
    assert cell(tab.trainings_table, 0, 5) == "Scissors and dryer"
    assert not tab.chart.is_empty() and len(tab.chart.bars) == 1

    tab.milestone_button.click()
    milestone = tab.dialog
    assert isinstance(milestone, MilestoneDialog)
    milestone.reached_on.setDate(qdate(TODAY - timedelta(days=120)))
    qtbot.keyClicks(milestone.description, "Cut a client's hair alone")
    ok(milestone)
    assert not milestone.isVisible(), milestone.error_text()
    assert cell(tab.milestones_table, 0, 1) == "Cut a client's hair alone"
    assert tab.chart.milestone_count() == 1

    # A placement without the employer's name is refused inside the dialog.
    tab.placement_button.click()
    placement = tab.dialog
    assert isinstance(placement, PlacementDialog)
    placement.job_start_date.set_value(TODAY - timedelta(days=10))
    placement.income.setValue(160)
    ok(placement)
    assert placement.isVisible()
    assert "needs the employer's name" in placement.error_text()
    assert placement.focusWidget() is placement.employer
    qtbot.keyClicks(placement.employer, "Beauty salon, Takhmao")
    ok(placement)
    assert not placement.isVisible(), placement.error_text()
    assert cell(tab.trainings_table, 0, 6).startswith("Beauty salon, Takhmao, since ")
    assert cell(tab.trainings_table, 0, 7) == "160 USD a month"
    assert tab.chart.job_count() == 1
    # Editing the training afterwards keeps the placement.
    tab.edit_button.click()
    edit = tab.dialog
    edit.status.setCurrentIndex(edit.status.findData("completed"))
    edit.end_date.set_value(TODAY - timedelta(days=20))
    ok(edit)
    assert not edit.isVisible(), edit.error_text()
    [saved] = shelter.services.vocational.list_trainings(shelter.users[Role.COUNSELOR], resident)
    assert (saved.status, saved.employer, saved.monthly_income_usd) == ("completed", "Beauty salon, Takhmao", 160)
    assert saved.startup_kit == "Scissors and dryer"


def test_timeline_draws_each_training_with_its_milestones(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.vocational, shelter.users[Role.COUNSELOR]
    sewing = service.add_training(counselor, resident, TrainingInput(
        "sewing", "Workshop", TODAY - timedelta(days=400), TODAY - timedelta(days=100), "completed")).value
    for days in (350, 250, 150):
        service.add_milestone(counselor, sewing.id, MilestoneInput(TODAY - timedelta(days=days), "Step"))
    service.add_training(counselor, resident, TrainingInput(
        "cooking", "Restaurant", TODAY + timedelta(days=30), None, "planned"))
    tab = open_tab(qtbot, shelter, VocationalTab, resident)
    assert len(tab.chart.bars) == 2
    assert tab.chart.milestone_count() == 3
    labels = tab.chart.chart.axes(Qt.Orientation.Vertical)[0].categoriesLabels()
    assert [label.replace("\u200b", "") for label in labels] == ["Sewing", "Cooking"]


def test_tabs_follow_a_language_switch(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    service, counselor = shelter.services.education, shelter.users[Role.COUNSELOR]
    service.add_enrolment(counselor, resident, EnrolmentInput(
        "english", "Shelter", "A1", TODAY - timedelta(days=50), None, "in_progress"))
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    english = tab.add_button.text()
    header = tab.enrolments_table.horizontalHeaderItem(0).text()
    try:
        install_language("km")
    except FileNotFoundError:
        pytest.skip("the Khmer translation is not compiled in this tree")
    QApplication.processEvents()
    # Whatever is translated changes; nothing breaks, the rows are still there.
    assert tab.enrolments_table.rowCount() == 1
    assert isinstance(tab.add_button.text(), str) and tab.add_button.text()
    install_language("en")
    QApplication.processEvents()
    assert tab.add_button.text() == english
    assert tab.enrolments_table.horizontalHeaderItem(0).text() == header


def test_chart_is_readable_small(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, EducationTab, resident)
    assert tab.chart.minimumSize().width() <= 360 and tab.chart.minimumSize().height() <= 220
    assert isinstance(tab.chart, QWidget)
