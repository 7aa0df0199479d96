"""The counseling note editor: a draft that saves itself, then signing.

Typing never waits for the database. A change only marks the draft dirty and arms a timer; at
most every ``autosave_ms`` (3 s) the current text is handed to the op runner, which saves it on
the database worker. ``save_now()`` (Ctrl+S, and called on lock, window close and quit) sends it
at once. So a killed process loses at most the last few seconds of typing, and a 50,000-character
note costs one copy of its text every few seconds, never work per keystroke.

The first save creates the draft; later ones update it. Both run on the worker through a small
shared target that remembers the new note's id, so saves queued behind the first one need no
round trip through the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMimeData,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.notes import (
    MAX_DURATION_MINUTES,
    MAX_TEXT_CHARS,
    MIN_DURATION_MINUTES,
    NOTE_TYPE_LABELS,
    TEXT_FIELDS,
    VISIBILITY_LABELS,
    NoteDetail,
    NoteDraft,
    NoteIsSigned,
    strip_control_characters,
)
from ..domain.residents import NoteType, NoteVisibility
from ..domain.vocabulary import RISK_FLAG_LABELS, RiskFlag
from ..services.container import Services
from .errors import translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import format_date
from .formatting import short_date_pattern

Runner = OpRunner | SynchronousOpRunner

AUTOSAVE_MS = 3000
# Above this share of the limit, the field shows how many characters it holds.
COUNT_FROM = int(MAX_TEXT_CHARS * 0.9)

STYLE = """
QLabel#sectionTitle { font-size: 11.5pt; font-weight: bold; color: #16465e; }
QLabel#noteFieldCaption { font-weight: bold; color: #2a3541; }
QLabel#saveStatus { color: #4f5b67; }
QLabel#lengthHint { color: #8c1d18; }
QPlainTextEdit#noteText {
    background: #ffffff; border: 1px solid #c3ccd5; border-radius: 5px; padding: 4px;
}
QPlainTextEdit#noteText:focus { border: 1px solid #2b6a8a; }
QPlainTextEdit#noteText[readOnly="true"] { background: #f2f4f6; }
"""


def local_time(utc: datetime) -> QDateTime:
    """A stored naive-UTC time as the PC's local time."""
    return QDateTime.fromSecsSinceEpoch(int(utc.replace(tzinfo=UTC).timestamp()))


def short_date(value: date) -> str:
    """Day/month/four-digit year, as in the resident list (Khmer's short format has 2 digits)."""
    return format_date(value)


def short_time(utc: datetime) -> str:
    return QLocale().toString(local_time(utc).time(), QLocale.FormatType.ShortFormat)


def short_date_time(utc: datetime) -> str:
    return QLocale().toString(local_time(utc), QLocale.FormatType.ShortFormat)


class NoteTextEdit(QPlainTextEdit):
    """Plain text (Khmer input methods work as in any Qt text field). Pasted text loses
    invisible control characters, which a note could not be saved with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteText")
        self.setTabChangesFocus(True)
        self.setMinimumHeight(90)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            self.insertPlainText(strip_control_characters(source.text()))
        else:
            super().insertFromMimeData(source)


class _Target:
    """Which note the queued saves write to; set on the worker by the save that creates it."""

    def __init__(self, note_id: int | None) -> None:
        self._lock = threading.Lock()
        self._note_id = note_id

    @property
    def note_id(self) -> int | None:
        with self._lock:
            return self._note_id

    @note_id.setter
    def note_id(self, value: int) -> None:
        with self._lock:
            self._note_id = value


class NoteEditor(QWidget):
    """Writes one note of one resident: a new one (``note`` None) or the author's draft."""

    created = Signal(int)  # the draft now exists in the database (note id)
    saved = Signal(object)  # datetime (UTC) of the last save
    signed = Signal(object)  # NoteDetail
    discarded = Signal(int)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        note: NoteDetail | None = None,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setStyleSheet(STYLE)
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._target = _Target(note.id if note else None)
        self._loading = False
        self._dirty = False
        self._in_flight = 0
        self._finished = False  # signed or discarded: nothing more to save
        self._saved_at: datetime | None = note.updated_at if note else None
        self._error: str | None = None
        self.confirmation: QMessageBox | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.save_now)

        self._title = QLabel()
        self._title.setObjectName("sectionTitle")
        self._date_caption = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(short_date_pattern())
        today = QDate.currentDate()
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self._type_caption = QLabel()
        self.type_combo = QComboBox()
        for note_type in NoteType:
            self.type_combo.addItem("", note_type.value)
        self._duration_caption = QLabel()
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(45)

        self.texts: dict[str, NoteTextEdit] = {}
        self._captions: dict[str, QLabel] = {}
        self._length_hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for index, name in enumerate(TEXT_FIELDS):
            row, column = divmod(index, 2)
            caption = QLabel()
            caption.setObjectName("noteFieldCaption")
            edit = NoteTextEdit()
            hint = QLabel()
            hint.setObjectName("lengthHint")
            hint.hide()
            caption.setBuddy(edit)
            self.texts[name], self._captions[name], self._length_hints[name] = edit, caption, hint
            grid.addWidget(caption, row * 3, column)
            grid.addWidget(edit, row * 3 + 1, column)
            grid.addWidget(hint, row * 3 + 2, column)
            grid.setRowStretch(row * 3 + 1, 1)

        self._flags_caption = QLabel()
        self._flags_caption.setObjectName("noteFieldCaption")
        self.flag_boxes: dict[str, QCheckBox] = {flag.value: QCheckBox() for flag in RiskFlag}
        self._visibility_caption = QLabel()
        self._visibility_caption.setObjectName("noteFieldCaption")
        self.visibility_buttons: dict[str, QRadioButton] = {
            v.value: QRadioButton() for v in NoteVisibility
        }
        self._visibility_group = QButtonGroup(self)
        for button in self.visibility_buttons.values():
            self._visibility_group.addButton(button)
        self.visibility_buttons[NoteDraft(date.today()).visibility].setChecked(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.discard_button = QPushButton()
        self.save_button = QPushButton()
        self.sign_button = QPushButton()
        self.sign_button.setObjectName("primaryButton")

        top = QHBoxLayout()
        top.setSpacing(8)
        for caption, field in (
            (self._date_caption, self.date_edit),
            (self._type_caption, self.type_combo),
            (self._duration_caption, self.duration_spin),
        ):
            caption.setBuddy(field)
            top.addWidget(caption)
            top.addWidget(field)
            top.addSpacing(12)
        top.addStretch(1)

        flags = QHBoxLayout()
        flags.addWidget(self._flags_caption)
        for box in self.flag_boxes.values():
            flags.addWidget(box)
        flags.addStretch(1)
        visibility = QHBoxLayout()
        visibility.addWidget(self._visibility_caption)
        for button in self.visibility_buttons.values():
            visibility.addWidget(button)
        visibility.addStretch(1)

        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(flags)
        layout.addLayout(visibility)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)

        if note is not None:
            self._load(note)
        self._connect_changes()
        self.save_button.clicked.connect(self.save_now)
        self.sign_button.clicked.connect(self.sign)
        self.discard_button.clicked.connect(self.discard)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_now)
        self.retranslate()

    # -- state -------------------------------------------------------------------------------

    @property
    def note_id(self) -> int | None:
        return self._target.note_id

    def has_unsaved_changes(self) -> bool:
        return self._dirty or self._in_flight > 0

    def is_finished(self) -> bool:
        return self._finished

    def current_draft(self) -> NoteDraft:
        qdate = self.date_edit.date()
        return NoteDraft(
            session_date=date(qdate.year(), qdate.month(), qdate.day()),
            note_type=str(self.type_combo.currentData()),
            duration_minutes=self.duration_spin.value(),
            risk_flags=tuple(flag for flag, box in self.flag_boxes.items() if box.isChecked()),
            visibility=next(
                value for value, button in self.visibility_buttons.items() if button.isChecked()
            ),
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        )

    def _load(self, note: NoteDetail) -> None:
        self._loading = True
        try:
            self.date_edit.setDate(
                QDate(note.session_date.year, note.session_date.month, note.session_date.day)
            )
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(note.note_type)))
            self.duration_spin.setValue(note.duration_minutes)
            for name, edit in self.texts.items():
                edit.setPlainText(getattr(note, name))
                edit.moveCursor(QTextCursor.MoveOperation.End)  # continue where she stopped
            for flag, box in self.flag_boxes.items():
                box.setChecked(flag in note.risk_flags)
            if note.visibility in self.visibility_buttons:
                self.visibility_buttons[note.visibility].setChecked(True)
        finally:
            self._loading = False

    def _connect_changes(self) -> None:
        self.date_edit.dateChanged.connect(self._changed)
        self.type_combo.currentIndexChanged.connect(self._changed)
        self.duration_spin.valueChanged.connect(self._changed)
        for name, edit in self.texts.items():
            edit.textChanged.connect(lambda name=name: self._text_changed(name))
        for box in self.flag_boxes.values():
            box.toggled.connect(self._changed)
        for button in self.visibility_buttons.values():
            button.toggled.connect(self._changed)

    def _text_changed(self, name: str) -> None:
        edit = self.texts[name]
        # characterCount() is kept by the document: no copy of the text per keystroke.
        count = edit.document().characterCount() - 1
        hint = self._length_hints[name]
        if count >= COUNT_FROM:
            hint.setText(
                self.tr("{count} of at most {limit} characters").format(
                    count=QLocale().toString(count), limit=QLocale().toString(MAX_TEXT_CHARS)
                )
            )
            hint.show()
        elif not hint.isHidden():
            hint.hide()
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._loading or self._finished:
            return
        self._dirty = True
        if not self._timer.isActive():
            # Not restarted by every key: while someone types on, a save still goes out
            # every few seconds.
            self._timer.start()
        self._show_status()

    # -- saving ------------------------------------------------------------------------------

    def save_now(self) -> None:
        """Send the current text to the database now, if anything changed."""
        self._timer.stop()
        if not self._dirty or self._finished:
            return
        draft = self.current_draft()
        self._dirty = False
        self._in_flight += 1
        self._show_status()
        notes, user, resident_id, target = (
            self._services.notes, self._user, self._resident_id, self._target,
        )
        created = target.note_id is None

        def work() -> datetime:
            if target.note_id is None:
                detail = notes.start_draft(user, resident_id, draft)
                target.note_id = detail.id
                return detail.updated_at or detail.created_at
            return notes.autosave(user, target.note_id, draft)

        def done(saved_at: datetime) -> None:
            self._in_flight -= 1
            self._saved_at = saved_at
            self._error = None
            self._show_status()
            if created and target.note_id is not None:
                self.retranslate()
                self.created.emit(target.note_id)
            self.saved.emit(saved_at)

        self._runner.run_op(
            self, work, done, QCoreApplication.translate("NoteEditor", "Saving the note…"),
            self._save_failed,
        )

    def _save_failed(self, error: BaseException) -> None:
        self._in_flight -= 1
        if isinstance(error, NoteIsSigned):
            # Signed elsewhere (another window): this copy can only be read now.
            self._finish()
        else:
            self._dirty = True  # kept on screen; saved again with the next change or Ctrl+S
        self._error = translate_error(error)
        self._show_status()

    # -- signing and discarding -------------------------------------------------------------

    def _ask(self, title: str, text: str, action: str, on_yes: Callable[[], None]) -> QMessageBox:
        """A window-modal question opened with open(), so the idle lock can hide it."""
        if self.confirmation is not None:
            self.confirmation.close()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
        box.finished.connect(self._question_closed)
        self.confirmation = box
        box.open()
        return box

    def _question_closed(self) -> None:
        self.confirmation = None

    def sign(self) -> None:
        """Ask first: signing cannot be undone."""
        if self._finished:
            return
        self.save_now()  # nothing typed is at risk while the question is open
        self._ask(
            self.tr("Sign this note?"),
            self.tr(
                "After signing, the note cannot be changed; corrections are added as addenda."
            ),
            self.tr("Sign the note"),
            self.sign_now,
        )

    def sign_now(self) -> None:
        """Save and sign what is on screen, in one step (no question asked)."""
        if self._finished:
            return
        self._timer.stop()
        draft = self.current_draft()
        self._dirty = False
        self._in_flight += 1
        self._set_read_only(True)  # what is signed is what is on screen now
        self._set_busy(True)
        notes, user, resident_id, target = (
            self._services.notes, self._user, self._resident_id, self._target,
        )

        def work() -> NoteDetail:
            if target.note_id is None:
                target.note_id = notes.start_draft(user, resident_id, draft).id
            return notes.sign(user, target.note_id, draft)

        def done(detail: NoteDetail) -> None:
            self._in_flight -= 1
            self._error = None
            self._finish()
            self._show_status()
            self.signed.emit(detail)

        def failed(error: BaseException) -> None:
            self._set_read_only(False)
            self._save_failed(error)
            if self._dirty and not self._timer.isActive():
                self._timer.start()

        self._runner.run_op(
            self, work, done, QCoreApplication.translate("NoteEditor", "Signing the note…"),
            failed,
        )

    def discard(self) -> None:
        if self._finished:
            return
        self._ask(
            self.tr("Discard this draft?"),
            self.tr("The draft and everything typed in it will be deleted."),
            self.tr("Discard the draft"),
            self.discard_now,
        )

    def discard_now(self) -> None:
        if self._finished:
            return
        self._timer.stop()
        self._finish()
        notes, user, target = self._services.notes, self._user, self._target

        def work() -> int | None:
            if target.note_id is not None:
                notes.discard_draft(user, target.note_id)
            return target.note_id

        self._runner.run_op(
            self, work, lambda note_id: self.discarded.emit(note_id or 0),
            QCoreApplication.translate("NoteEditor", "Discarding the draft…"),
            self._discard_failed,
        )

    def _discard_failed(self, error: BaseException) -> None:
        self._finished = False
        self._set_read_only(False)
        self._error = translate_error(error)
        self._show_status()
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def _finish(self) -> None:
        self._finished = True
        self._timer.stop()
        self._set_read_only(True)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.sign_button, self.save_button, self.discard_button):
            button.setEnabled(not busy and not self._finished)

    def _set_read_only(self, read_only: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(read_only)
        for widget in (
            self.date_edit, self.type_combo, self.duration_spin,
            *self.flag_boxes.values(), *self.visibility_buttons.values(),
        ):
            widget.setEnabled(not read_only)
        self._set_busy(False)

    # -- status ------------------------------------------------------------------------------

    def status_text(self) -> str:
        if self._in_flight:
            return self.tr("Saving…")
        if self._error is not None:
            return self.tr("Not saved")
        if self._dirty:
            return self.tr("Unsaved changes")
        if self._saved_at is not None:
            return self.tr("Saved {time}").format(time=short_time(self._saved_at))
        return self.tr("Not saved yet")

    def error_text(self) -> str | None:
        return self._error

    def _show_status(self) -> None:
        text = self.status_text()
        if self.status_label.text() != text:
            self.status_label.setText(text)
        if self._error:
            self.error_label.setText(self._error)
            self.error_label.show()
        elif not self.error_label.isHidden():
            self.error_label.hide()

    # -- Qt ----------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Hidden by a lock, a closed window or another tab: keep what was typed.
        self.save_now()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(
            self.tr("New counseling note") if self.note_id is None else self.tr("Counseling note")
        )
        self._date_caption.setText(self.tr("Session &date"))
        self._type_caption.setText(self.tr("&Type"))
        self._duration_caption.setText(self.tr("D&uration"))
        self.date_edit.setDisplayFormat(short_date_pattern())
        self.duration_spin.setSuffix(self.tr(" min"))
        for index in range(self.type_combo.count()):
            value = NoteType(self.type_combo.itemData(index))
            self.type_combo.setItemText(
                index, QCoreApplication.translate("Notes", NOTE_TYPE_LABELS[value])
            )
        captions = {
            "presenting_issues": self.tr("&Presenting issues"),
            "observations": self.tr("&Observations"),
            "interventions": self.tr("&Interventions"),
            "plan": self.tr("P&lan"),
        }
        for name, caption in self._captions.items():
            caption.setText(captions[name])
        self._flags_caption.setText(self.tr("Risk flags:"))
        for flag, box in self.flag_boxes.items():
            box.setText(QCoreApplication.translate("Vocabulary", RISK_FLAG_LABELS[RiskFlag(flag)]))
        self._visibility_caption.setText(self.tr("Who may read it:"))
        for value, button in self.visibility_buttons.items():
            button.setText(
                QCoreApplication.translate("Notes", VISIBILITY_LABELS[NoteVisibility(value)])
            )
        self.discard_button.setText(self.tr("Discard draft…"))
        self.save_button.setText(self.tr("Save now"))
        self.save_button.setToolTip(self.tr("Drafts also save themselves every few seconds (Ctrl+S)"))
        self.sign_button.setText(self.tr("Sign…"))
        self._show_status()
