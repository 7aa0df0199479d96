""""Make a backup before closing?" — asked of an administrator closing the main window when the
last backup is older than a day (or there is none).

Back up and close: a verified backup into the last used folder, with progress; the window
closes after it. If it fails (the USB stick is not plugged in), the reason shows here in plain
words and the three choices stay. Close without backup. Cancel: nothing closes.

The dialog is opened with ``open()``, never ``exec()``: closing the window does not wait in a
nested event loop, the idle lock can reject it like any other dialog, and tests answer it by
clicking its buttons.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..services.backups import BackupInfo
from ..services.container import Services
from ..services.scheduled_backup import ExitOffer
from .errors import translate_error
from .op_runner import OpRunner, Progress, SynchronousOpRunner
from .staff_panel import local_time_text

Runner = OpRunner | SynchronousOpRunner

BACKED_UP = QDialog.DialogCode.Accepted.value  # a backup was made: close
CLOSE_WITHOUT_BACKUP = 2  # close anyway
# QDialog.DialogCode.Rejected (Cancel, Escape, the window's close button): stay open

ERROR_STYLE = (
    "QLabel#exitBackupError { background: #fbe9e7; border: 1px solid #efc2bd; color: #8c1d18;"
    " border-radius: 4px; padding: 8px; }"
)


class ExitBackupDialog(QDialog):
    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        offer: ExitOffer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exitBackupDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._scheduled = services.scheduled_backups
        self._user = user
        self._runner = runner
        self._offer = offer
        self._busy = False
        self._error: BaseException | None = None
        self.backup: BackupInfo | None = None

        self.question = QLabel()
        self.question.setObjectName("dialogTitle")
        self.question.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("exitBackupError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.back_up_button = QPushButton()
        self.back_up_button.setObjectName("primaryButton")
        self.back_up_button.setDefault(True)
        self.back_up_button.setAutoDefault(True)
        self.back_up_button.clicked.connect(self.back_up_and_close)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(lambda: self.done(CLOSE_WITHOUT_BACKUP))
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.back_up_button.setFocus()

    # -- actions ---------------------------------------------------------------------------

    def back_up_and_close(self) -> None:
        if self._busy:
            return
        scheduled, user = self._scheduled, self._user
        making = self.tr("Making and verifying a backup…")

        def work(progress: Progress, _cancel: threading.Event) -> BackupInfo:
            progress(0.1, making)
            return scheduled.backup_before_exit(user)

        self._set_busy(True)
        self._error = None
        self._fill()
        self._runner.run_long(self, work, self._backed_up, making, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.backup = info
        self.done(BACKED_UP)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._error = error
        self._fill()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.back_up_button, self.close_button, self.cancel_button):
            button.setEnabled(not busy)

    def reject(self) -> None:
        if self._busy:  # Escape while the backup is made: the progress dialog has Cancel
            return
        super().reject()

    # -- for tests and screen readers ------------------------------------------------------

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def is_busy(self) -> bool:
        return self._busy

    # -- display ---------------------------------------------------------------------------

    def _fill(self) -> None:
        offer = self._offer
        if offer.last_backup is None:
            when = self.tr("No backup has been made yet.")
        else:
            when = self.tr("The last backup was made on {time}.").format(
                time=local_time_text(offer.last_backup)
            )
        where = self.tr("The backup will be saved in {folder}.").format(folder=offer.folder)
        self.details.setText(f"{when}\n{where}")
        self.status.setText(self.tr("Making and verifying a backup…"))
        self.status.setVisible(self._busy)
        if self._error is not None:
            self.error_label.setText(translate_error(self._error))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.back_up_button.setText(
            self.tr("Try again and close") if self._error is not None else self.tr("Back up and close")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up before closing"))
        self.question.setText(self.tr("Make a backup before closing?"))
        self.close_button.setText(self.tr("Close without backup"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill()
