"""The Counseling tab and the note editor with pytest-qt, on the real encrypted database:
write a note, let it autosave, sign it, add an addendum; drafts offered back; visibility;
paging; inline errors; saving on Ctrl+S and when hidden."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import add_resident
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shelter_desktop.domain.notes import MAX_TEXT_CHARS, NoteDraft
from shelter_desktop.domain.residents import NoteVisibility
from shelter_desktop.domain.roles import Role
from shelter_desktop.domain.vocabulary import RiskFlag
from shelter_desktop.ui.counseling_tab import CounselingTab
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.note_editor import NoteEditor
from shelter_desktop.ui.op_runner import SynchronousOpRunner

TODAY = date.today()
KHMER = "កុមារីនិយាយអំពីគ្រួសារ ស្ត្រី ព្រះ 🙂"


@pytest.fixture
def resident(shelter) -> int:  # type: ignore[no-untyped-def]
    return add_resident(shelter.services.database, admission_date=TODAY - timedelta(days=100))


def make_tab(shelter, qtbot, resident: int, role: Role = Role.COUNSELOR, autosave_ms: int = 50) -> CounselingTab:  # type: ignore[no-untyped-def]
    tab = CounselingTab(
        shelter.services, shelter.users[role], SynchronousOpRunner(), resident,
        autosave_ms=autosave_ms,
    )
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    return tab


def answer(editor: NoteEditor, accept: bool) -> str:
    """Click Sign/Discard (or Cancel) in the editor's open question; return its text."""
    box = editor.confirmation
    assert box is not None and box.isVisible()
    text = box.text()
    role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()
    return text


def type_into(qtbot, editor: NoteEditor, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = editor.texts[field]
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_write_autosave_sign_and_add_an_addendum(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    counselor = shelter.users[Role.COUNSELOR]
    notes = shelter.services.notes
    tab = make_tab(shelter, qtbot, resident)
    assert tab.new_button.isVisible()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    editor = tab.editor
    assert editor is not None and editor.note_id is None

    type_into(qtbot, editor, "presenting_issues", "Could not sleep. ")
    editor.texts["presenting_issues"].insertPlainText(KHMER)  # as a Khmer input method commits
    type_into(qtbot, editor, "plan", "See her again on Friday.")
    editor.flag_boxes[RiskFlag.ABSCOND.value].setChecked(True)
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.has_unsaved_changes())
    assert editor.status_label.text().startswith("Saved ")
    saved = notes.read(counselor, editor.note_id)
    assert saved.is_draft
    assert saved.presenting_issues == "Could not sleep. " + KHMER
    assert saved.plan == "See her again on Friday."
    assert saved.risk_flags == (RiskFlag.ABSCOND.value,)
    assert [n.id for n in tab.notes()] == [saved.id]  # the new draft is listed

    type_into(qtbot, editor, "observations", "Quiet.")  # signed with the last words typed
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.notes_changed, timeout=1000):  # the overview refreshes its alerts
        assert answer(editor, accept=True) == (
            "After signing, the note cannot be changed; corrections are added as addenda."
        )
    signed = notes.read(counselor, saved.id)
    assert not signed.is_draft and signed.observations == "Quiet."
    assert tab.editor is None and tab.viewer.note is not None and tab.viewer.note.id == saved.id
    assert KHMER in tab.viewer.browser.toPlainText()
    assert tab.table.item(0, CounselingTab.STATE).text() == "Signed"
    assert tab.table.item(0, CounselingTab.FLAGS).text() == "Risk of leaving the shelter"

    dialog = tab.open_addendum_dialog()
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # empty: refused inline
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.text_edit.setPlainText("Correction: the session was in the morning.")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [a.text for a in notes.read(counselor, saved.id).addenda] == [
        "Correction: the session was in the morning."
    ]
    assert "Correction: the session was in the morning." in tab.viewer.browser.toPlainText()
    assert tab.table.item(0, CounselingTab.STATE).text() == "Signed, 1 addendum"


def test_cancelling_the_confirmation_does_not_sign(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    type_into(qtbot, editor, "observations", "Talked about school.")
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    answer(editor, accept=False)
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.has_unsaved_changes())
    note = shelter.services.notes.read(shelter.users[Role.COUNSELOR], editor.note_id)
    assert note.is_draft and tab.editor is editor


def test_a_draft_is_offered_back_when_the_tab_is_opened_again(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident, autosave_ms=60_000)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    type_into(qtbot, editor, "observations", "Half a sentence")
    assert editor.has_unsaved_changes()
    tab.save_drafts_now()  # what closing the window or the idle lock does
    note_id = editor.note_id
    assert note_id is not None
    tab.close()
    tab.deleteLater()

    again = make_tab(shelter, qtbot, resident)
    assert again.draft_banner.isVisible()
    offered = again.offered_draft()
    assert offered is not None and offered.id == note_id
    assert "You have an unsigned draft from" in again._banner_text.text()
    qtbot.mouseClick(again.continue_button, Qt.MouseButton.LeftButton)
    assert again.editor is not None and again.editor.note_id == note_id
    assert again.editor.texts["observations"].toPlainText() == "Half a sentence"
    assert not again.draft_banner.isVisible()
    # Continuing writes into the same draft, not a new one.
    type_into(qtbot, again.editor, "observations", ", finished.")
    qtbot.waitUntil(lambda: not again.editor.has_unsaved_changes())
    drafts = shelter.services.notes.my_drafts(shelter.users[Role.COUNSELOR])
    assert [d.id for d in drafts] == [note_id]
    assert shelter.services.notes.read(
        shelter.users[Role.COUNSELOR], note_id
    ).observations == "Half a sentence, finished."


def test_typing_does_not_save_per_keystroke_and_ctrl_s_saves_now(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident, autosave_ms=60_000)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    paragraph = "ស្ត្រីនិយាយអំពីសាលារៀន និងការគេង " * 5 + "\n"
    long_text = (paragraph * (MAX_TEXT_CHARS // len(paragraph) + 1))[: MAX_TEXT_CHARS - 100]
    editor.texts["observations"].setPlainText(long_text)
    saves: list[object] = []
    editor.saved.connect(saves.append)
    type_into(qtbot, editor, "observations", "x" * 40)
    assert saves == [] and editor.status_label.text() == "Unsaved changes"
    assert editor._length_hints["observations"].isVisible()  # near the limit: count shown
    qtbot.keyClick(editor.texts["observations"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(saves) == 1 and editor.note_id is not None
    stored = shelter.services.notes.read(shelter.users[Role.COUNSELOR], editor.note_id)
    assert len(stored.observations) == MAX_TEXT_CHARS - 60


def test_an_unsaveable_draft_shows_why_and_keeps_the_text(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    type_into(qtbot, editor, "plan", "Plan")
    qtbot.waitUntil(lambda: editor.note_id is not None and not editor.has_unsaved_changes())
    editor.texts["interventions"].setPlainText("y" * (MAX_TEXT_CHARS + 5))
    qtbot.waitUntil(lambda: editor.error_text() is not None)
    assert "too long" in editor.error_label.text() and editor.error_label.isVisible()
    assert editor.status_label.text() == "Not saved"
    assert len(editor.texts["interventions"].toPlainText()) == MAX_TEXT_CHARS + 5
    editor.texts["interventions"].setPlainText("Shorter now.")
    qtbot.waitUntil(lambda: editor.error_text() is None and not editor.has_unsaved_changes())
    assert not editor.error_label.isVisible()
    stored = shelter.services.notes.read(shelter.users[Role.COUNSELOR], editor.note_id)
    assert stored.interventions == "Shorter now."


def test_hiding_the_tab_saves_what_was_typed(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident, autosave_ms=60_000)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    type_into(qtbot, editor, "presenting_issues", "Typed just before the screen locked")
    tab.hide()  # the idle lock hides resident data
    assert editor.note_id is not None and not editor.has_unsaved_changes()
    stored = shelter.services.notes.read(shelter.users[Role.COUNSELOR], editor.note_id)
    assert stored.presenting_issues == "Typed just before the screen locked"


def test_discarding_a_draft(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    type_into(qtbot, editor, "plan", "Not needed")
    editor.save_now()
    assert len(tab.notes()) == 1
    qtbot.mouseClick(editor.discard_button, Qt.MouseButton.LeftButton)
    answer(editor, accept=True)
    assert tab.editor is None and tab.notes() == []
    assert shelter.services.notes.my_drafts(shelter.users[Role.COUNSELOR]) == []


def test_a_house_manager_reads_case_team_notes_only_and_writes_none(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    counselor = shelter.users[Role.COUNSELOR]
    base = NoteDraft(TODAY, observations="Team can read this.", visibility=NoteVisibility.CASE_TEAM.value)
    team = notes.start_draft(counselor, resident, base)
    notes.sign(counselor, team.id)
    private = notes.start_draft(
        counselor, resident,
        NoteDraft(TODAY, observations="Only counselors.", risk_flags=(RiskFlag.SELF_HARM.value,),
                  visibility=NoteVisibility.COUNSELOR_ONLY.value),
    )
    notes.sign(counselor, private.id)

    tab = make_tab(shelter, qtbot, resident, role=Role.HOUSE_MANAGER)
    assert not tab.new_button.isVisible() and not tab.draft_banner.isVisible()
    assert [n.id for n in tab.notes()] == [team.id]
    tab.table.selectRow(0)
    assert tab.viewer.note is not None and tab.viewer.note.id == team.id
    assert not tab.viewer.addendum_button.isVisible()
    assert "Only counselors." not in tab.viewer.browser.toPlainText()


def test_notes_are_listed_a_page_at_a_time(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    notes = shelter.services.notes
    counselor = shelter.users[Role.COUNSELOR]
    for day in range(120):
        note = notes.start_draft(
            counselor, resident, NoteDraft(TODAY - timedelta(days=day), plan=f"plan {day}")
        )
        if day % 3:
            notes.sign(counselor, note.id)
    tab = make_tab(shelter, qtbot, resident)
    assert tab.table.rowCount() == 50 and tab.more_button.isVisible()
    assert "50 of 120" in tab.more_button.text()
    qtbot.mouseClick(tab.more_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.more_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == 120 and not tab.more_button.isVisible()
    dates = [n.session_date for n in tab.notes()]
    assert dates == sorted(dates, reverse=True)
    # Selecting a draft of mine opens it for writing; a signed note opens for reading.
    tab.table.selectRow(0)
    assert tab.editor is not None and tab.editor.note_id == tab.notes()[0].id
    tab.table.selectRow(1)
    assert tab.viewer.note is not None and tab.viewer.note.id == tab.notes()[1].id


def test_switching_language_keeps_the_typed_text(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    tab = make_tab(shelter, qtbot, resident, autosave_ms=60_000)
    tab.new_note()
    editor = tab.editor
    assert editor is not None
    editor.texts["observations"].insertPlainText(KHMER)
    install_language("km")
    qtbot.wait(10)
    install_language("en")
    qtbot.wait(10)
    assert editor.texts["observations"].toPlainText() == KHMER
    assert editor.has_unsaved_changes() and editor.sign_button.text() == "Sign…"


def test_saves_queue_behind_each_other_on_the_real_worker_thread(shelter, qtbot, resident) -> None:  # type: ignore[no-untyped-def]
    """With the threaded runner, saves sent before the draft exists still land in one draft."""
    from shelter_desktop.ui.op_runner import OpRunner

    runner = OpRunner()
    try:
        editor = NoteEditor(
            shelter.services, shelter.users[Role.COUNSELOR], runner, resident, autosave_ms=20
        )
        qtbot.addWidget(editor)
        editor.show()
        for word in ("one ", "two ", "three ", "four"):
            editor.texts["plan"].insertPlainText(word)
            editor.save_now()  # each goes out at once, before the first has come back
        assert editor.status_label.text() == "Saving…"
        qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=10_000)
        assert editor.status_label.text().startswith("Saved ")
        drafts = shelter.services.notes.my_drafts(shelter.users[Role.COUNSELOR])
        assert [d.id for d in drafts] == [editor.note_id]
        with qtbot.waitSignal(editor.signed, timeout=10_000):
            editor.sign_now()
        note = shelter.services.notes.read(shelter.users[Role.COUNSELOR], editor.note_id)
        assert note.plan == "one two three four" and not note.is_draft
    finally:
        runner.shutdown()
