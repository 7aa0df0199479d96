"""Assessments tab with pytest-qt on the real encrypted database: fill in and save through the
dialog (inline errors keep what was entered), coloured chips with number and words, the trend
chart and heat grid, correcting an assessment, Khmer template text in Khmer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import add_resident
from PySide6.QtCore import QDate, QLocale, Qt

from shelter_desktop.domain.assessments import (
    SCORE_COLOURS,
    AssessmentInput,
    assessment_input,
)
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.assessment_templates import latest_template
from shelter_desktop.ui.assessment_dialog import AssessmentDialog, ScoreChooser
from shelter_desktop.ui.assessments_tab import AssessmentsTab
from shelter_desktop.ui.op_runner import SynchronousOpRunner

TODAY = date.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    item = table.item(row, column)
    return item.text() if item is not None else ""


def all_items(key: str, score: int) -> dict[str, int]:
    template = latest_template(key)
    return {item.code: score for domain in template.domains for item in domain.items}


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database)


def open_tab(qtbot, shelter, resident: int, role: Role = Role.COUNSELOR) -> AssessmentsTab:  # type: ignore[no-untyped-def]
    tab = AssessmentsTab(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    tab.refresh()
    return tab


def add_history(shelter, resident: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Three CSI assessments over time: every domain 1, then 2, then 4."""
    service, counselor = shelter.services.assessments, shelter.users[Role.COUNSELOR]
    ids = []
    for days_ago, score, purpose in ((200, 1, "intake"), (120, 2, "review"), (20, 4, "review")):
        ids.append(service.add(
            counselor, resident,
            AssessmentInput("csi", TODAY - timedelta(days=days_ago), purpose,
                            all_items("csi", score), {"5A": f"Comment at {days_ago}"}, ""),
        ).value.id)
    return ids


def test_fill_in_and_save_an_assessment_through_the_dialog(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, shelter, resident)
    assert tab.table.rowCount() == 0
    assert tab.status.text() == "No assessment recorded yet."
    assert tab.new_button.isVisibleTo(tab) and tab.new_button.isEnabled()
    assert not tab.edit_button.isEnabled()
    assert {t.key for t in tab.templates()} == {"csi", "recovery"}
    assert [a.text() for a in tab.new_menu.actions()] == [
        t.title.en for t in tab.templates()
    ]

    next(a for a in tab.new_menu.actions() if a.text().startswith("Recovery")).trigger()
    dialog = tab.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    assert dialog.template.key == "recovery"
    assert dialog.purpose.currentData() == "intake"  # the first assessment of her file
    assert len(dialog.domain_boxes) == 11
    dialog.assessed_on.setDate(qdate(TODAY - timedelta(days=3)))
    qtbot.keyClicks(dialog.domain_boxes["R6"].comment, "Sleeps badly; ")
    dialog.domain_boxes["R6"].comment.insertPlainText("ខ្លាចពេលយប់")  # QTest types Latin only
    qtbot.mouseClick(dialog.choosers["R1.1"].buttons[2], Qt.MouseButton.LeftButton)
    chooser = dialog.choosers["R1.1"]
    assert chooser.value() == 2
    anchor = latest_template("recovery").domains[0].items[0].anchors[2].en
    assert anchor in chooser.anchor.text() and "2 – some concern" in chooser.anchor.text()

    # Saving with items left unscored is refused inside the dialog; nothing typed is lost.
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "R1.2" in dialog.error_text() and "no score" in dialog.error_text()
    assert dialog.choosers["R1.2"].anchor.styleSheet().count("#c62828") == 1  # marked
    assert dialog.domain_boxes["R6"].comment.toPlainText() == "Sleeps badly; ខ្លាចពេលយប់"
    assert dialog.choosers["R1.1"].value() == 2
    assert dialog.assessed_on.date() == qdate(TODAY - timedelta(days=3))
    assert tab.table.rowCount() == 0

    # A date in the future: the message says so, the cursor goes to the date.
    scores = all_items("recovery", 3)
    scores["R1.1"] = 2
    dialog.choose(scores)
    assert dialog.scored_count() == len(scores)
    assert dialog.count_label.text() == f"{len(scores)} of {len(scores)} items scored"
    dialog.assessed_on.setDate(qdate(TODAY + timedelta(days=5)))
    dialog.ok_button.click()
    assert dialog.isVisible() and "future" in dialog.error_text()

    dialog.assessed_on.setDate(qdate(TODAY - timedelta(days=3)))
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.error_text()
    assert tab.table.rowCount() == 1
    assert cell(tab.table, 0, 0) == (TODAY - timedelta(days=3)).strftime("%d/%m/%Y")
    assert cell(tab.table, 0, 1) == "Recovery assessment (anti-trafficking)"
    assert cell(tab.table, 0, 2) == "At intake"
    assert cell(tab.table, 0, 3) == shelter.users[Role.COUNSELOR].display_name

    # The selected assessment's domains show as chips: colour, number and words.
    chips = tab.detail.chips
    assert len(chips) == 11
    assert chips["R1"].text() == "3 – fair"  # items 2 and 3: mean 2.5 rounds up to 3
    assert chips["R2"].text() == "3 – fair"
    assert SCORE_COLOURS[3] in chips["R1"].styleSheet()
    assert tab.detail.comment_labels["R6"].text().endswith("Sleeps badly; ខ្លាចពេលយប់")
    assert "R1.1: 2" in tab.detail.comment_labels["R1"].text()


def test_chips_trend_chart_and_heat_grid_follow_the_history(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    ids = add_history(shelter, resident)
    tab = open_tab(qtbot, shelter, resident, Role.HOUSE_MANAGER)
    assert tab.table.rowCount() == 3
    assert tab.selected() is not None and tab.selected().id == ids[-1]  # newest on top
    assert {chip.score for chip in tab.detail.chips.values()} == {4}
    assert all(chip.text() == "4 – good" for chip in tab.detail.chips.values())
    assert SCORE_COLOURS[4] in tab.detail.chips["1A"].styleSheet()

    tab.select_assessment(ids[0])
    assert tab.detail.chips["1A"].text() == "1 – serious concern"
    assert SCORE_COLOURS[1] in tab.detail.chips["1A"].styleSheet()
    assert tab.detail.comment_labels["5A"].text() == "Comment at 200"

    tab.show_trend("csi", "5A")
    assert tab.pages.currentIndex() == 1
    assert tab.trend_domain.currentData() == "5A"
    assert not tab.chart.is_empty()
    assert tab.chart.point_count() == 3
    line = tab.chart.line
    assert line is not None
    assert [line.at(i).y() for i in range(line.count())] == [1.0, 2.0, 4.0]
    assert set(tab.chart.points) == {1, 2, 4}  # coloured dots per score
    assert tab.chart.legend_labels() == [
        "4 – good", "3 – fair", "2 – some concern", "1 – serious concern",
    ]

    grid = tab.grid
    assert grid.rowCount() == 12 and grid.columnCount() == 3
    assert grid.domain_codes[0] == "1A"
    assert [grid.cell_score(0, c) for c in range(3)] == [1, 2, 4]
    assert grid.item(0, 2).background().color().name() == SCORE_COLOURS[4]
    assert grid.item(0, 0).toolTip() == "1 – serious concern"
    grid.selectRow(3)  # choosing a row charts that domain
    assert tab.trend_domain.currentData() == grid.domain_codes[3]


def test_edit_keeps_the_template_version_and_updates_the_view(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    ids = add_history(shelter, resident)
    tab = open_tab(qtbot, shelter, resident)
    tab.select_assessment(ids[1])
    tab.edit_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.current is not None
    assert dialog.ok_button.text() == "Save changes"
    # prefilled with what was saved
    assert dialog.value() == assessment_input(dialog.current)
    assert dialog.choosers["1A.1"].value() == 2
    qtbot.mouseClick(dialog.choosers["1A.1"].buttons[3], Qt.MouseButton.LeftButton)
    dialog.domain_boxes["5A"].comment.clear()
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.error_text()
    assert tab.selected() is not None and tab.selected().id == ids[1]
    assert tab.detail.chips["1A"].text() == "3 – fair"
    assert "5A" not in tab.detail.comment_labels
    assert tab.selected().template_version == 1
    tab.show_trend("csi", "1A")
    line = tab.chart.line
    assert line is not None and [line.at(i).y() for i in range(3)] == [1.0, 3.0, 4.0]


def test_a_denied_refresh_says_why(qtbot, shelter, resident: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        "shelter_desktop.ui.assessments_tab.show_error",
        lambda parent, error: shown.append(type(error).__name__),
    )
    tab = open_tab(qtbot, shelter, resident, Role.DATA_OFFICER)
    assert shown == ["PermissionDenied"]
    assert "not allowed" in tab.status.text()
    assert tab.table.rowCount() == 0
    assert not tab.new_button.isVisibleTo(tab) and not tab.edit_button.isVisibleTo(tab)


def test_template_text_is_khmer_when_the_language_is_khmer(qtbot, shelter, resident: int) -> None:  # type: ignore[no-untyped-def]
    add_history(shelter, resident)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))
    try:
        tab = open_tab(qtbot, shelter, resident)
        csi = latest_template("csi")
        assert cell(tab.table, 0, 1) == csi.title.km
        assert tab.trend_domain.itemText(0) == f"1A  {csi.domains[0].label.km}"
        tab.new_assessment("csi")
        dialog = tab.dialog
        assert isinstance(dialog, AssessmentDialog)
        box = dialog.domain_boxes["1A"]
        assert box.title.text() == f"1A  {csi.domains[0].label.km}"
        assert box.item_labels["1A.1"].text() == csi.domains[0].items[0].label.km
        chooser: ScoreChooser = dialog.choosers["1A.1"]
        chooser.set_value(4)
        assert csi.domains[0].items[0].anchors[4].km in chooser.anchor.text()
        assert chooser.buttons[1].toolTip().endswith(csi.domains[0].items[0].anchors[1].km)
        assert dialog.group_labels[0][0].text() == csi.domains[0].group.km  # type: ignore[union-attr]
        dialog.reject()
    finally:
        QLocale.setDefault(previous)
