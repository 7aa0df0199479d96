"""The Backups tab: make a verified backup now, choose the folder (e.g. a USB stick), and see
the backups already in it. Errors (folder missing or full) show inline, in plain words."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError
from ..services.backups import LAST_BACKUP_FOLDER, BackupFolderMissing, BackupInfo
from ..services.container import Services
from .errors import translate_error
from .op_runner import Progress
from .staff_dialogs import Runner
from .staff_panel import local_time_text

OK_STYLE = "background: #e9f6ec; border: 1px solid #9fd3ab; color: #14532d;"
ERROR_STYLE = "background: #fbe9e7; border: 1px solid #efc2bd; color: #8c1d18;"


@dataclass(frozen=True)
class BackupListing:
    folder: Path
    backups: list[BackupInfo]
    made: BackupInfo | None = None  # the backup just made, if any
    error: ShelterError | None = None  # why the folder could not be read


class BackupPanel(QWidget):
    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._default_folder = services.access.data_dir.backups
        # The folder chosen this session; starts at the folder of the last successful backup.
        self._folder: Path | None = None
        self._listing: BackupListing | None = None
        self._made: BackupInfo | None = None
        self._error: BaseException | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("primaryButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.key_button = QPushButton()
        self.key_button.setObjectName("changeKeyButton")
        self.key_button.clicked.connect(self.change_key)
        self.result_label = QLabel()
        self.result_label.setObjectName("backupResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.folder_group = QGroupBox()
        self.folder_caption = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(lambda: self.set_folder(self._default_folder))
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_caption)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        folder_layout = QVBoxLayout(self.folder_group)
        folder_layout.addLayout(folder_row)
        folder_layout.addWidget(self.folder_note)
        folder_layout.addWidget(self.table, 1)
        folder_layout.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(self.backup_button)
        top.addStretch(1)
        top.addWidget(self.key_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.result_label)
        layout.addWidget(self.folder_group, 1)
        self.retranslate()

    # -- folder ----------------------------------------------------------------------------

    def folder(self) -> Path:
        return self._folder if self._folder is not None else self._default_folder

    def set_folder(self, folder: Path) -> None:
        self._folder = Path(folder)
        self._made = None
        self.load()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(self.folder())
        )
        if chosen:
            self.set_folder(Path(chosen))

    # -- data ------------------------------------------------------------------------------

    def load(self) -> None:
        services, user, chosen = self._services, self._user, self._folder
        default = self._default_folder

        def read() -> BackupListing:
            folder = chosen
            if folder is None:
                last = services.access.settings().extra.get(LAST_BACKUP_FOLDER)
                folder = Path(last) if isinstance(last, str) and last else default
            if folder == default:
                try:
                    return BackupListing(default, services.backups.list_backups(user))
                except BackupFolderMissing:  # created by the first backup
                    return BackupListing(default, [])
            try:
                return BackupListing(folder, services.backups.list_backups(user, folder))
            except BackupFolderMissing as missing:  # e.g. the USB stick is not plugged in
                return BackupListing(folder, [], error=missing)

        self._runner.run_op(
            self, read, self._listed, self.tr("Reading the backup folder"), self._failed
        )

    def back_up_now(self) -> None:
        backups, user, folder = self._services.backups, self._user, self._folder
        making = self.tr("Making and verifying a backup…")

        def work(progress: Progress, _cancel: threading.Event) -> BackupListing:
            progress(0.1, making)
            made = backups.backup_now(user, folder)
            return BackupListing(made.path.parent, backups.list_backups(user, made.path.parent), made)

        self.backup_button.setEnabled(False)
        self._runner.run_long(self, work, self._listed, making, self._failed)

    def change_key(self) -> None:
        from .key_change_dialog import KeyChangeDialog

        KeyChangeDialog(self._services, self._user, self._runner, self).exec()
        self.load()

    def _listed(self, listing: BackupListing) -> None:
        self.backup_button.setEnabled(True)
        self._listing = listing
        if self._folder is None and listing.folder != self._default_folder:
            self._folder = listing.folder
        if listing.made is not None:
            self._made = listing.made
        self._error = listing.error
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self._error = error
        self._made = None
        self._listing = None
        self._fill()

    # -- for tests and screen readers ------------------------------------------------------

    def result_text(self) -> str:
        return self.result_label.text() if self.result_label.isVisibleTo(self) else ""

    def listed(self) -> list[BackupInfo]:
        return list(self._listing.backups) if self._listing else []

    # -- display ---------------------------------------------------------------------------

    def _size_text(self, size_bytes: int) -> str:
        return self.tr("{size} MB").format(
            size=self.locale().toString(size_bytes / 1_000_000, "f", 1)
        )

    def _fill(self) -> None:
        if self._error is not None:
            self.result_label.setText(translate_error(self._error))
            self.result_label.setStyleSheet(f"QLabel#backupResult {{ {ERROR_STYLE} {_BOX} }}")
            self.result_label.show()
        elif self._made is not None:
            self.result_label.setText(
                self.tr("Backup made and verified: {name}, {size}.").format(
                    name=self._made.name, size=self._size_text(self._made.size_bytes)
                )
            )
            self.result_label.setStyleSheet(f"QLabel#backupResult {{ {OK_STYLE} {_BOX} }}")
            self.result_label.show()
        else:
            self.result_label.hide()
        folder = self.folder()
        shown = str(folder)
        if folder == self._default_folder:
            shown = self.tr("{folder} (the default)").format(folder=folder)
        self.folder_label.setText(shown)
        self.default_button.setVisible(folder != self._default_folder)
        backups = self.listed()
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            size = QTableWidgetItem(self._size_text(info.size_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(local_time_text(info.taken_at)))
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, QTableWidgetItem(info.name))
        self.empty_label.setText(
            self.tr("There are no backups in this folder yet.")
            if self._listing is not None and not backups and self._error is None
            else ""
        )
        self.empty_label.setVisible(bool(self.empty_label.text()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "A backup is an encrypted copy of the whole database, opened and checked "
                "before it is kept. It opens with the same key and recovery key. Keep "
                "recent backups on a USB stick stored away from this PC."
            )
        )
        self.backup_button.setText(self.tr("Back up now"))
        self.key_button.setText(self.tr("Change the database key…"))
        self.folder_group.setTitle(self.tr("Backups in the folder"))
        self.folder_caption.setText(self.tr("Folder:"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.default_button.setText(self.tr("Use the default folder"))
        self.folder_note.setText(
            self.tr(
                "Older backups in this folder are removed automatically: the last days, "
                "weeks and months are kept."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Size"), self.tr("File")]
        )
        self._fill()


_BOX = "border-radius: 4px; padding: 8px;"
