"""Change the database key (Administration → Backups): explain, show the new recovery key and
have it written down, change the key with progress, then show the key again with its sheet.

The new recovery key is shown *before* the change: when this computer does not remember the
key, the old recovery key stops working at the change, so the person must have the new one
first. The dialog asks for that confirmation in every case.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError
from ..domain.key_change import KeyChangePlan, KeyChangeResult
from ..services.container import Services
from .errors import show_error
from .op_runner import Cancelled, Progress
from .setup_wizard import KeyGroups
from .sign_in_dialog import ErrorLabel
from .staff_dialogs import Runner

WARNING_STYLE = "color: #8a1c12; font-weight: bold;"
NOTE_STYLE = "color: #8a4b00;"


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class KeyChangeDialog(QDialog):
    """Three pages: explain → new recovery key (confirm written down) → done."""

    EXPLAIN, NEW_KEY, DONE = range(3)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyChangeDialog")
        self._services = services
        self._user = user
        self._runner = runner
        self.plan: KeyChangePlan | None = None
        self.result: KeyChangeResult | None = None
        self._busy = False
        self._saved_to: Path | None = None
        self._cancelled = False

        # page 1: what it does
        self.explain = _label("explainText")
        self.backups_note = _label("oldBackupsNote")
        self.backups_note.setStyleSheet(NOTE_STYLE)
        self.new_key_button = QPushButton()
        self.new_key_button.setObjectName("primaryButton")
        self.new_key_button.clicked.connect(self.make_new_key)
        explain_page = QWidget()
        explain_layout = QVBoxLayout(explain_page)
        explain_layout.addWidget(self.explain)
        explain_layout.addWidget(self.backups_note)
        explain_layout.addStretch(1)

        # page 2 (and 3): the new recovery key
        self.key_title = _label("keyTitle")
        self.key_title.setStyleSheet(WARNING_STYLE)
        self.groups = KeyGroups()
        self.keyring_note = _label("keyringNote")
        self.keyring_note.setStyleSheet(NOTE_STYLE)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSheetButton")
        self.save_button.clicked.connect(lambda: self.save_sheet())
        self.saved_label = _label("savedLabel")
        self.written_down = QCheckBox()
        self.written_down.setObjectName("writtenDown")
        self.written_down.toggled.connect(self._update_buttons)
        self.done_text = _label("doneText")
        self.done_text.setStyleSheet(
            "background: #e9f6ec; border: 1px solid #9fd3ab; color: #14532d; "
            "border-radius: 4px; padding: 8px;"
        )
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.save_button)
        sheet_row.addStretch(1)
        key_page = QWidget()
        key_layout = QVBoxLayout(key_page)
        key_layout.addWidget(self.done_text)
        key_layout.addWidget(self.key_title)
        key_layout.addWidget(self.groups, 0, Qt.AlignmentFlag.AlignHCenter)
        key_layout.addLayout(sheet_row)
        key_layout.addWidget(self.saved_label)
        key_layout.addWidget(self.keyring_note)
        key_layout.addWidget(self.written_down)
        key_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(explain_page)
        self.pages.addWidget(key_page)
        self.error_label = ErrorLabel()
        self.change_button = QPushButton()
        self.change_button.setObjectName("changeKeyButton")
        self.change_button.clicked.connect(self.change_key)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_key_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(720, 520)
        self.retranslate()

    # -- state -----------------------------------------------------------------------------

    def page(self) -> int:
        if self.result is not None:
            return self.DONE
        return self.NEW_KEY if self.plan is not None else self.EXPLAIN

    def _update_buttons(self) -> None:
        page = self.page()
        self.pages.setCurrentIndex(0 if page == self.EXPLAIN else 1)
        self.new_key_button.setVisible(page == self.EXPLAIN)
        self.new_key_button.setEnabled(not self._busy)
        self.change_button.setVisible(page == self.NEW_KEY)
        self.change_button.setEnabled(not self._busy and self.written_down.isChecked())
        self.written_down.setVisible(page == self.NEW_KEY)
        self.written_down.setEnabled(not self._busy)
        self.done_text.setVisible(page == self.DONE)
        self.close_button.setEnabled(not self._busy)

    def reject(self) -> None:
        if not self._busy:  # never leave while the key is being changed
            super().reject()

    # -- actions ---------------------------------------------------------------------------

    def make_new_key(self) -> None:
        service, user = self._services.key_change, self._user
        self.error_label.clear_error()
        self._busy = True
        self._update_buttons()
        self._runner.run_op(
            self, lambda: service.prepare(user), self._prepared,
            self.tr("Making a new key…"), self._failed,
        )

    def _prepared(self, plan: KeyChangePlan) -> None:
        self._busy = False
        self.plan = plan
        self.groups.set_key(plan.recovery_key)
        self.retranslate()

    def change_key(self) -> None:
        plan, service, user = self.plan, self._services.key_change, self._user
        if plan is None or not self.written_down.isChecked():
            return
        written = self.written_down.isChecked()

        def work(progress: Progress, _cancel: threading.Event) -> KeyChangeResult | None:
            def translated(fraction: float, message: str) -> None:
                progress(fraction, QCoreApplication.translate("KeyChange", message))

            try:
                return service.change_key(user, plan, written, translated)
            except Cancelled:  # honoured only before the rename: nothing was changed
                return None

        self.error_label.clear_error()
        self._cancelled = False
        self._busy = True
        self._update_buttons()
        self._runner.run_long(
            self, work, self._changed, self.tr("Changing the database key…"), self._failed
        )

    def _changed(self, result: KeyChangeResult | None) -> None:
        self._busy = False
        self.result = result
        self._cancelled = result is None
        self.retranslate()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)

    def sheet_path_suggestion(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        code = self._services.profile().code or "shelter"
        return Path(folder or Path.home()) / f"recovery-sheet-{code}-{date.today():%Y-%m-%d}.pdf"

    def save_sheet(self, target: Path | None = None) -> None:
        """Write the recovery sheet PDF of the new key; asks where unless ``target`` is given."""
        if self.plan is None:
            return
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery sheet"),
                str(self.sheet_path_suggestion()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
        from ..services.recovery_sheet import write_recovery_sheet

        services, key = self._services, self.plan.recovery_key
        self._runner.run_op(
            self,
            lambda: write_recovery_sheet(
                services.profile(), key, services.access.settings().database_id, target
            ),
            lambda _result: self._saved(target),
            self.tr("Saving the recovery sheet…"),
            self._failed,
        )

    def _saved(self, target: Path) -> None:
        self._saved_to = target
        self.retranslate()

    # -- text ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the database key"))
        self.explain.setText(
            self.tr(
                "The database key locks every case file on this computer. Change it when the "
                "recovery sheet was lost or seen by someone who should not have it, or when a "
                "person who knew the recovery key has left.\n\n"
                "What happens:\n"
                "1. A backup is made and checked first.\n"
                "2. A new recovery key is shown. Write it down or print its recovery sheet "
                "before you go on.\n"
                "3. The database is copied with the new key, the copy is checked, and only then "
                "does it replace the old file. If the computer stops in the middle, the next "
                "start finishes or undoes the change: the records always open with one of the "
                "two keys.\n"
                "4. From then on the OLD recovery key no longer opens the database.\n\n"
                "Nobody else should use Shelter Desktop during the change (a minute or less)."
            )
        )
        count = self.plan.backups_with_old_key if self.plan else self._old_backups()
        self.backups_note.setText(
            self.tr(
                "Backups made before the change are not changed: they still open only with the "
                "OLD recovery key ({count} in the backup folder now, and any on USB sticks). "
                "Keep the old recovery sheet with them, or destroy the old sheet and those "
                "backups together once newer backups exist."
            ).format(count=count)
        )
        self.new_key_button.setText(self.tr("Make a new key"))
        self.change_button.setText(self.tr("Change the key now"))
        self.close_button.setText(self.tr("Close") if self.result else self.tr("Cancel"))
        self.key_title.setText(
            self.tr(
                "The NEW recovery key. Write it down or print the sheet now. Whoever has it, and "
                "the database file, can read every case file: keep it locked away."
            )
        )
        self.save_button.setText(self.tr("&Save recovery sheet (PDF)…"))
        self.saved_label.setText(
            self.tr("Recovery sheet saved to {path}").format(path=str(self._saved_to))
            if self._saved_to else ""
        )
        self.saved_label.setVisible(self._saved_to is not None)
        if self._cancelled and self.result is None:
            self.error_label.setText(
                self.tr("The change was cancelled. Nothing was changed: the old key and "
                        "recovery key still work.")
            )
            self.error_label.show()
        self.written_down.setText(
            self.tr("I wrote down the new recovery key (or printed its sheet) and checked it.")
        )
        remembered = self.plan.remembered_by_computer if self.plan else True
        self.keyring_note.setText(
            ""
            if remembered
            else self.tr(
                "This computer does not remember the database key: after the change, the NEW "
                "recovery key must be typed at every start. The old one will not work."
            )
        )
        self.keyring_note.setVisible(not remembered)
        if self.result is not None:
            self.done_text.setText(
                self.tr(
                    "The database key was changed. The new recovery key (below) opens the "
                    "database; the old one no longer does. The backup made just before, {name}, "
                    "and every older backup open only with the OLD recovery key."
                ).format(name=self.result.backup_name)
            )
            self.key_title.setText(self.tr("The new recovery key:"))
        self._update_buttons()

    def _old_backups(self) -> int:
        return self._services.key_change.backups_with_old_key()
