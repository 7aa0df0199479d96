"""Counseling: a resident's notes, newest first, a page at a time; the signed note being read
with its addenda; and the editor for a new note or the counselor's own draft.

What a person sees is decided by the note service (a house manager's pages never hold a
counselor-only note; a draft is its author's alone). A draft left by this counselor, after a
restart or a crash, is offered back at the top of the tab.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError
from ..domain.notes import (
    NOTE_TYPE_LABELS,
    TEXT_FIELDS,
    VISIBILITY_LABELS,
    NoteDetail,
    NoteSummary,
    validate_addendum,
)
from ..domain.residents import NoteType, NoteVisibility
from ..domain.roles import Permission
from ..domain.vocabulary import RISK_FLAG_LABELS, RiskFlag
from ..services.container import Services
from .errors import translate_error
from .note_editor import (
    AUTOSAVE_MS,
    NoteEditor,
    NoteTextEdit,
    short_date,
    short_date_time,
)
from .op_runner import OpRunner, SynchronousOpRunner
from .window_layout import remember_splitter

Runner = OpRunner | SynchronousOpRunner

PAGE_SIZE = 50
RISK_TEXT = QColor("#8c1d18")
DRAFT_TEXT = QColor("#5c4a00")

STYLE = """
QFrame#draftBanner {
    background: #fdf7e3; border: 1px solid #e6d48f; border-left: 6px solid #b8930b;
    border-radius: 6px;
}
QLabel#draftBannerText { color: #5c4a00; }
QLabel#sectionTitle { font-size: 11.5pt; font-weight: bold; color: #16465e; }
QTextBrowser#noteViewer {
    background: #ffffff; border: 1px solid #dde3e9; border-radius: 6px; padding: 8px;
}
"""


def type_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Notes", NOTE_TYPE_LABELS[NoteType(value)])
    except ValueError:
        return value


def visibility_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Notes", VISIBILITY_LABELS[NoteVisibility(value)])
    except ValueError:
        return value


def flag_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Vocabulary", RISK_FLAG_LABELS[RiskFlag(value)])
    except ValueError:
        return value


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class AddendumDialog(QDialog):
    """Text of an addendum; checked before it is sent (empty, too long)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addendumDialog")
        self.setMinimumSize(520, 320)
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self.text_edit = NoteTextEdit()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _check_and_accept(self) -> None:
        try:
            validate_addendum(self.text())
        except ShelterError as error:
            self.show_error(translate_error(error))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an addendum"))
        self._explanation.setText(
            self.tr(
                "A signed note cannot be changed. Write the correction or addition here; it is "
                "kept with the note, with your name and the time."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add addendum"))


class NoteViewer(QWidget):
    """A signed note (or another person's view of one) with its addenda."""

    add_addendum_requested = Signal()

    def __init__(self, can_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note: NoteDetail | None = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("noteViewer")
        self.browser.setOpenLinks(False)
        self.addendum_button = QPushButton()
        self.addendum_button.setVisible(can_write)
        self.addendum_button.clicked.connect(self.add_addendum_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.retranslate()

    @property
    def note(self) -> NoteDetail | None:
        return self._note

    def show_note(self, note: NoteDetail) -> None:
        self._note = note
        self.addendum_button.setEnabled(not note.is_draft)
        self._render()

    def clear(self) -> None:
        self._note = None
        self.browser.clear()

    def _render(self) -> None:
        note = self._note
        if note is None:
            self.browser.clear()
            return
        facts = [
            (self.tr("Session date"), short_date(note.session_date)),
            (self.tr("Type"), type_label(note.note_type)),
            (self.tr("Duration"), self.tr("{minutes} min").format(minutes=note.duration_minutes)),
            (self.tr("Counselor"), note.counselor_name),
            (self.tr("Who may read it"), visibility_label(note.visibility)),
            (
                self.tr("Signed"),
                short_date_time(note.signed_at) if note.signed_at else self.tr("Not signed yet"),
            ),
        ]
        html = ["<table cellspacing='0' cellpadding='3'>"]
        for caption, value in facts:
            html.append(
                f"<tr><td style='color:#4f5b67; padding-right:14px'>{escape(caption)}</td>"
                f"<td>{escape(value)}</td></tr>"
            )
        html.append("</table>")
        if note.risk_flags:
            flags = ", ".join(flag_label(f) for f in note.risk_flags)
            html.append(
                "<p style='color:#8c1d18; font-weight:bold'>"
                f"{escape(self.tr('Risk flags: {flags}').format(flags=flags))}</p>"
            )
        captions = {
            "presenting_issues": self.tr("Presenting issues"),
            "observations": self.tr("Observations"),
            "interventions": self.tr("Interventions"),
            "plan": self.tr("Plan"),
        }
        for name in TEXT_FIELDS:
            text = getattr(note, name)
            html.append(f"<h3 style='color:#16465e'>{escape(captions[name])}</h3>")
            html.append(
                f"<p>{_paragraphs(text)}</p>" if text.strip()
                else f"<p style='color:#7a8692'>{escape(self.tr('(nothing written)'))}</p>"
            )
        if note.addenda:
            html.append(f"<h3 style='color:#16465e'>{escape(self.tr('Addenda'))}</h3>")
            for addendum in note.addenda:
                who = self.tr("{name}, {when}").format(
                    name=addendum.author_name, when=short_date_time(addendum.created_at)
                )
                html.append(
                    "<p style='margin-top:8px'><span style='color:#4f5b67'>"
                    f"{escape(who)}</span><br>{_paragraphs(addendum.text)}</p>"
                )
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml("".join(html))
        self.browser.verticalScrollBar().setValue(scroll)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.addendum_button.setText(self.tr("Add addendum…"))
        self._render()


class CounselingTab(QWidget):
    """``notes_changed`` fires after a draft was created, signed or discarded or an addendum
    added, so the file window can refresh what depends on notes (risk alerts, due work)."""

    DATE, TYPE, COUNSELOR, STATE, FLAGS = range(5)
    notes_changed = Signal()

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counselingTab")
        self.setStyleSheet(STYLE)
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._autosave_ms = autosave_ms
        self._can_write = user.can(Permission.WRITE_NOTES)
        self._notes: list[NoteSummary] = []
        self._total = 0
        self._loaded = False
        self._offered: NoteSummary | None = None
        self.editor: NoteEditor | None = None

        self._title = QLabel()
        self._title.setObjectName("sectionTitle")
        self._count_label = QLabel()
        self._count_label.setObjectName("countLabel")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.setVisible(self._can_write)
        self.new_button.clicked.connect(self.new_note)
        # Ctrl+N: a new note, wherever the focus is in this tab (only for those who may write).
        self.new_note_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_note_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_note_shortcut.setEnabled(self._can_write)
        self.new_note_shortcut.activated.connect(self._new_note_shortcut)

        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        self._banner_text = QLabel()
        self._banner_text.setObjectName("draftBannerText")
        self._banner_text.setWordWrap(True)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(self.continue_draft)
        banner = QHBoxLayout(self.draft_banner)
        banner.setContentsMargins(12, 8, 12, 8)
        banner.addWidget(self._banner_text, 1)
        banner.addWidget(self.continue_button)
        self.draft_banner.hide()

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("notesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FLAGS, QHeaderView.ResizeMode.Stretch)
        self.more_button = QPushButton()
        self.more_button.hide()
        self.more_button.clicked.connect(self.load_more)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self.empty_label)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self._list_stack, 1)
        list_layout.addWidget(self.more_button)

        self.viewer = NoteViewer(self._can_write)
        self.viewer.add_addendum_requested.connect(self.open_addendum_dialog)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("countLabel")
        self._error_label = QLabel()
        self._error_label.setObjectName("errorLabel")
        self._error_label.setWordWrap(True)
        self._error_label.hide()
        self._detail_stack = QStackedWidget()
        self._detail_stack.addWidget(self.placeholder)
        self._detail_stack.addWidget(self.viewer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self._detail_stack)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)
        remember_splitter(self.splitter, "counseling")

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addSpacing(12)
        top.addWidget(self._count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self._error_label)
        layout.addWidget(self.splitter, 1)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.refresh()

    # -- loading -----------------------------------------------------------------------------

    def notes(self) -> list[NoteSummary]:
        return list(self._notes)

    def offered_draft(self) -> NoteSummary | None:
        return self._offered if not self.draft_banner.isHidden() else None

    def refresh(self) -> None:
        """Reload the first page, the count and this counselor's drafts of the resident."""
        notes, user, rid, can_write = (
            self._services.notes, self._user, self._resident_id, self._can_write,
        )
        limit = max(PAGE_SIZE, len(self._notes))

        def work() -> tuple[int, list[NoteSummary], list[NoteSummary]]:
            drafts = notes.my_drafts(user, rid) if can_write else []
            return notes.count(user, rid), notes.list_notes(user, rid, 0, limit), drafts

        self._runner.run_op(
            self, work, self._loaded_first,
            QCoreApplication.translate("CounselingTab", "Loading counseling notes…"),
            self._failed,
        )

    def load_more(self) -> None:
        notes, user, rid, offset = (
            self._services.notes, self._user, self._resident_id, len(self._notes),
        )
        self._runner.run_op(
            self, lambda: notes.list_notes(user, rid, offset, PAGE_SIZE), self._loaded_more,
            QCoreApplication.translate("CounselingTab", "Loading older notes…"), self._failed,
        )

    def _loaded_first(self, result: tuple[int, list[NoteSummary], list[NoteSummary]]) -> None:
        total, page, drafts = result
        self._total, self._notes, self._loaded = total, page, True
        self._offered = drafts[0] if drafts else None
        self._error_label.hide()
        self._fill()
        self._show_banner()

    def _loaded_more(self, page: list[NoteSummary]) -> None:
        known = {n.id for n in self._notes}
        self._notes += [n for n in page if n.id not in known]
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self._error_label.setText(translate_error(error))
        self._error_label.show()

    # -- list --------------------------------------------------------------------------------

    def _fill(self) -> None:
        # Keep the note being read or written highlighted across reloads.
        editing = self.editor is not None and self._detail_stack.currentWidget() is self.editor
        selected = self.editor.note_id if editing and self.editor else self._selected_id()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._notes))
            italic = QFont(self.font())
            italic.setItalic(True)
            for row, note in enumerate(self._notes):
                state = self.tr("Draft") if note.is_draft else self.tr("Signed")
                if note.addenda == 1:
                    state = self.tr("{state}, 1 addendum").format(state=state)
                elif note.addenda > 1:
                    state = self.tr("{state}, {count} addenda").format(
                        state=state, count=note.addenda
                    )
                cells = [
                    short_date(note.session_date),
                    type_label(note.note_type),
                    note.counselor_name,
                    state,
                    ", ".join(flag_label(f) for f in note.risk_flags),
                ]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, note.id)
                    if column == self.FLAGS and note.risk_flags:
                        item.setForeground(QBrush(RISK_TEXT))
                        item.setToolTip(text)
                    if note.is_draft:
                        item.setFont(italic)
                        if column == self.STATE:
                            item.setForeground(QBrush(DRAFT_TEXT))
                    self.table.setItem(row, column, item)
                if note.id == selected:
                    self.table.selectRow(row)
        finally:
            self.table.blockSignals(False)
        self._list_stack.setCurrentWidget(self.table if self._notes else self.empty_label)
        self.more_button.setVisible(len(self._notes) < self._total)
        self._show_count()

    def _show_count(self) -> None:
        if not self._loaded:
            self._count_label.setText("")
        elif self._total == 1:
            self._count_label.setText(self.tr("1 note"))
        else:
            self._count_label.setText(self.tr("{count} notes").format(count=self._total))
        self.more_button.setText(
            self.tr("Show older notes ({shown} of {total} shown)").format(
                shown=len(self._notes), total=self._total
            )
        )

    def _show_banner(self) -> None:
        draft = self._offered
        open_id = self.editor.note_id if self.editor is not None else None
        if draft is None or draft.id == open_id:
            self.draft_banner.hide()
            return
        saved = draft.updated_at
        self._banner_text.setText(
            self.tr(
                "You have an unsigned draft from {date} (last saved {saved}). Continue it, "
                "or sign or discard it."
            ).format(
                date=short_date(draft.session_date),
                saved=short_date_time(saved) if saved else "",
            )
        )
        self.draft_banner.show()

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selection_changed(self) -> None:
        note_id = self._selected_id()
        if note_id is not None:
            self.open_note(note_id)

    def select_note(self, note_id: int) -> None:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                self.table.selectRow(row)
                return
        self.open_note(note_id)

    # -- opening -----------------------------------------------------------------------------

    def open_note(self, note_id: int) -> None:
        """Read a note (audited): the author's draft opens in the editor, others in the viewer."""
        if self.editor is not None and self.editor.note_id == note_id:
            self._detail_stack.setCurrentWidget(self.editor)
            return
        notes, user = self._services.notes, self._user
        self._runner.run_op(
            self, lambda: notes.read(user, note_id), self._note_read,
            QCoreApplication.translate("CounselingTab", "Opening the note…"), self._failed,
        )

    def _note_read(self, note: NoteDetail) -> None:
        if note.is_draft and note.counselor_id == self._user.id and self._can_write:
            self._open_editor(note)
        else:
            self.viewer.show_note(note)
            self._detail_stack.setCurrentWidget(self.viewer)

    def _new_note_shortcut(self) -> None:
        if self.new_button.isVisible() and self.new_button.isEnabled():
            self.new_button.click()

    def new_note(self) -> None:
        self._open_editor(None)

    def continue_draft(self) -> None:
        if self._offered is not None:
            self.select_note(self._offered.id)

    def _open_editor(self, note: NoteDetail | None) -> None:
        self._close_editor()
        editor = NoteEditor(
            self._services, self._user, self._runner, self._resident_id, note,
            autosave_ms=self._autosave_ms,
        )
        editor.created.connect(self._editor_created)
        editor.signed.connect(self._editor_signed)
        editor.discarded.connect(self._editor_discarded)
        self.editor = editor
        self._detail_stack.addWidget(editor)
        self._detail_stack.setCurrentWidget(editor)
        self._show_banner()
        first = editor.texts["presenting_issues"]
        first.setFocus()

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.save_now()
        self._detail_stack.removeWidget(editor)
        editor.hide()
        editor.deleteLater()

    def _editor_created(self, _note_id: int) -> None:
        self.refresh()
        self.notes_changed.emit()

    def _editor_signed(self, note: NoteDetail) -> None:
        self._close_editor()
        self.viewer.show_note(note)
        self._detail_stack.setCurrentWidget(self.viewer)
        self.refresh()
        self.notes_changed.emit()

    def _editor_discarded(self, _note_id: int) -> None:
        self._close_editor()
        self._detail_stack.setCurrentWidget(self.placeholder)
        self.table.clearSelection()
        self.refresh()
        self.notes_changed.emit()

    def save_drafts_now(self) -> None:
        """Called on lock, window close and quit: send any typed text to the database."""
        if self.editor is not None:
            self.editor.save_now()

    # -- addenda -----------------------------------------------------------------------------

    def open_addendum_dialog(self) -> AddendumDialog | None:
        note = self.viewer.note
        if note is None or note.is_draft:
            return None
        dialog = AddendumDialog(self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.add_addendum(note.id, dialog.text(), dialog))
        dialog.open()
        return dialog

    def add_addendum(self, note_id: int, text: str, dialog: AddendumDialog | None = None) -> None:
        notes, user = self._services.notes, self._user

        def done(note: NoteDetail) -> None:
            self.viewer.show_note(note)
            self._detail_stack.setCurrentWidget(self.viewer)
            self.refresh()
            self.notes_changed.emit()

        def failed(error: BaseException) -> None:
            if dialog is not None:
                # Keep what was written: show the dialog again with the reason.
                dialog.show_error(translate_error(error))
                dialog.open()
            else:
                self._failed(error)

        self._runner.run_op(
            self, lambda: notes.add_addendum(user, note_id, text), done,
            QCoreApplication.translate("CounselingTab", "Adding the addendum…"), failed,
        )

    # -- Qt ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Counseling notes"))
        self.new_button.setText(self.tr("New note"))
        self.continue_button.setText(self.tr("Continue it"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Counselor"),
                self.tr("State"),
                self.tr("Risk flags"),
            ]
        )
        self.empty_label.setText(self.tr("No counseling notes yet"))
        self.placeholder.setText(
            self.tr("Choose a note to read it, or start a new note.")
            if self._can_write
            else self.tr("Choose a note to read it.")
        )
        if self._loaded:
            self._fill()
            self._show_banner()
        else:
            self._show_count()
