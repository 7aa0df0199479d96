"""Offered at start when the database cannot be opened: restore a backup over it.

Nothing is written until the user presses Restore; the file being replaced is moved aside into
``replaced/`` by the service, never deleted. The remembered key is tried first; only when it
does not open the chosen backup does the recovery-key field appear, with the reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import RecoveryKeyNeeded, ShelterError
from ..services.backups import BackupUnreadable, RestoreResult
from ..services.shelter_access import ShelterAccess
from ..services.startup_check import (
    BackupFile,
    backups_in_data_folder,
    restore_at_start,
)
from .errors import show_error, translate_error
from .sign_in_dialog import EntryDialog, ErrorLabel, Runner, heading_font
from .unlock_dialog import key_font
from .formatting import format_date_time

PATH_ROLE = Qt.ItemDataRole.UserRole
TRY_RECOVERY_KEY = 2  # the dialog's result when the user would rather type the recovery key


class RestoreBackupButton(QPushButton):
    """"Restore a backup…", for other entry dialogs (the unlock dialog) to offer a restore."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupButton")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Restore a &backup…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RestoreDialog(EntryDialog):
    """Explains why the database did not open (``reason``) and restores a chosen backup.
    Accepted once a restore succeeded and the user pressed Continue; ``result_info`` then
    holds the service's RestoreResult."""

    def __init__(
        self,
        access: ShelterAccess,
        runner: Runner,
        reason: BaseException,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.access = access
        self.runner = runner
        self.reason = reason
        self.result_info: RestoreResult | None = None
        self.chosen_file: Path | None = None
        self._key_reason: BaseException | None = None

        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.list_label = QLabel()
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setMinimumHeight(140)
        self.list_label.setBuddy(self.backup_list)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.key_reason_label = QLabel()
        self.key_reason_label.setWordWrap(True)
        self.key_label = QLabel()
        self.key_field = QLineEdit()
        self.key_field.setObjectName("recoveryKey")
        self.key_field.setFont(key_font(self.font(), 1.1))
        self.key_field.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.key_label.setBuddy(self.key_field)
        self.error_label = ErrorLabel()
        self.done_label = QLabel()
        self.done_label.setObjectName("doneLabel")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self.accept)
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("tryRecoveryKeyButton")
        self.unlock_button.clicked.connect(lambda: self.done(TRY_RECOVERY_KEY))

        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.reason_label)
        layout.addSpacing(6)
        layout.addWidget(self.list_label)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.empty_label)
        layout.addLayout(file_row)
        layout.addWidget(self.key_reason_label)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key_field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)

        self.backups = backups_in_data_folder(access.data_dir.root)
        for backup in self.backups:
            item = QListWidgetItem()
            item.setData(PATH_ROLE, str(backup.path))
            self.backup_list.addItem(item)
        if self.backups:
            self.backup_list.setCurrentRow(0)
        self.backup_list.currentItemChanged.connect(lambda *_: self._picked_from_list())
        self._show_key_field(False)
        self.continue_button.hide()
        self.done_label.hide()
        self.retranslate()

    # --- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup – Shelter Desktop"))
        self.title.setText(self.tr("The shelter database could not be opened"))
        self.reason_label.setText(
            self.tr(
                "The shelter database could not be opened: {reason} It has not been changed. "
                "You can restore the latest backup: the current file is kept aside, never "
                "deleted."
            ).format(reason=translate_error(self.reason))
        )
        self.list_label.setText(self.tr("&Backups in {folder}:").format(
            folder=str(self.access.data_dir.backups)
        ))
        self.empty_label.setText(
            self.tr("There are no backups in this folder. Choose a backup file, e.g. on a USB stick.")
        )
        self.empty_label.setVisible(not self.backups)
        for row, backup in enumerate(self.backups):
            self.backup_list.item(row).setText(self._describe(backup))
        self.choose_button.setText(self.tr("&Choose a backup file…"))
        self.file_label.setText(
            self.tr("Chosen file: {file}").format(file=str(self.chosen_file))
            if self.chosen_file
            else ""
        )
        if self._key_reason is not None:
            self.key_reason_label.setText(
                self.tr("{reason} Enter the recovery key to restore it.").format(
                    reason=translate_error(self._key_reason)
                )
            )
        self.key_label.setText(self.tr("&Recovery key (as written on the recovery sheet):"))
        if self.result_info is not None:
            self.done_label.setText(self._done_text(self.result_info))
        self.unlock_button.setText(self.tr("Open with the recovery &key instead…"))
        self.restore_button.setText(self.tr("&Restore"))
        self.continue_button.setText(self.tr("&Continue"))
        self.quit_button.setText(self.tr("&Quit"))

    def _describe(self, backup: BackupFile) -> str:
        shown = format_date_time(backup.modified.astimezone())
        size = max(1, round(backup.size_bytes / 1e6))
        return self.tr("{name} – {when} – {size} MB").format(
            name=backup.path.name, when=shown, size=size
        )

    def _done_text(self, result: RestoreResult) -> str:
        if result.replaced is None:
            return self.tr("Restored. Press Continue to sign in.")
        return self.tr(
            "Restored. The previous file was kept at {path}. Press Continue to sign in."
        ).format(path=str(result.replaced))

    # --- choosing -----------------------------------------------------------------------

    def selected_path(self) -> Path | None:
        if self.chosen_file is not None:
            return self.chosen_file
        item = self.backup_list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _picked_from_list(self) -> None:
        self.chosen_file = None
        self.retranslate()
        self._forget_key()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(self.access.data_dir.backups),
            self.tr("Backups (*.db);;All files (*)"),
        )
        if name:
            self.set_chosen_file(Path(name))

    def set_chosen_file(self, path: Path) -> None:
        self.chosen_file = path
        self.backup_list.blockSignals(True)
        self.backup_list.clearSelection()
        self.backup_list.setCurrentRow(-1)
        self.backup_list.blockSignals(False)
        self._forget_key()
        self.retranslate()

    def _forget_key(self) -> None:
        """Another file: try the remembered key on it first again."""
        self._key_reason = None
        self.key_field.clear()
        self._show_key_field(False)
        self.error_label.clear_error()

    def _show_key_field(self, shown: bool) -> None:
        for widget in (self.key_reason_label, self.key_label, self.key_field):
            widget.setVisible(shown)

    # --- restoring ----------------------------------------------------------------------

    def restore(self) -> None:
        path = self.selected_path()
        if path is None:
            self.choose_button.setFocus()
            return
        key_text = self.key_field.text() if self.key_field.isVisible() else ""
        if self.key_field.isVisible() and not key_text.strip():
            self.key_field.setFocus()
            return
        self.error_label.clear_error()
        self.restore_button.setEnabled(False)
        access = self.access
        self.runner.run_long(
            self,
            lambda _progress, _cancel: restore_at_start(access, path, key_text),
            self._restored,
            self.tr("Restoring the backup…"),
            self._failed,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.result_info = result
        self.key_field.clear()
        for widget in (
            self.backup_list, self.empty_label, self.choose_button, self.file_label,
            self.list_label, self.key_reason_label, self.key_label, self.key_field,
            self.restore_button, self.unlock_button, self.reason_label,
        ):
            widget.hide()
        self.error_label.clear_error()
        self.done_label.show()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()
        self.retranslate()

    def _failed(self, error: BaseException) -> None:
        self.restore_button.setEnabled(True)
        needs_key = isinstance(error, (BackupUnreadable, RecoveryKeyNeeded))
        if needs_key and not self.key_field.isVisible():
            # The remembered key does not open this backup (or there is none): ask for the
            # recovery key, saying why.
            self._key_reason = error
            self._show_key_field(True)
            self.retranslate()
            self.key_field.setFocus()
            return
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
            if self.key_field.isVisible():
                self.key_field.setFocus()
        else:
            show_error(self, error)
