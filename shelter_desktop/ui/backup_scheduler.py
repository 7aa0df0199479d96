"""The scheduled backup's clock: a QTimer that asks the service every few minutes, and once
shortly after sign-in, whether a backup is due, and has it made on the database worker thread.

The work runs through the op runner (never on the UI thread) and one check at a time: a check
still running when the timer fires again is not doubled. The service decides what is due and
records failures; this only keeps time and reports the result (``checked``), never with a box:
nobody asked for this backup, so a failure is shown on Home instead.

It keeps running while the screen is locked. A backup is an encrypted copy (no plaintext ever
touches the disk), nothing is shown, and the lock hides data, not work: an office PC left locked
overnight is exactly when the day's backup should be made.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..services.container import Services
from ..services.scheduled_backup import ScheduledResult
from .op_runner import OpRunner, SynchronousOpRunner

log = logging.getLogger(__name__)

Runner = OpRunner | SynchronousOpRunner

CHECK_INTERVAL_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 30 * 1000  # after sign-in: let the first screen load first


class BackupScheduler(QObject):
    checked = Signal(object)  # ScheduledResult, after every check that ran

    def __init__(
        self,
        services: Services,
        runner: Runner,
        parent: QWidget,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
        first_check_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._scheduled = services.scheduled_backups
        self._runner = runner
        self._widget = parent
        self._checking = False
        self.last_result: ScheduledResult | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_check_ms)
        self._first.timeout.connect(self.check_now)

    def start(self) -> None:
        self._first.start()
        self._timer.start()

    def stop(self) -> None:
        self._first.stop()
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def is_checking(self) -> bool:
        return self._checking

    def interval_ms(self) -> int:
        return self._timer.interval()

    def check_now(self) -> bool:
        """Start a check unless one is running; return whether one was started."""
        if self._checking:
            return False
        self._checking = True
        self._runner.run_op(self._widget, self._scheduled.run_if_due, self._done, "", self._failed)
        return True

    def _done(self, result: ScheduledResult) -> None:
        self._checking = False
        self.last_result = result
        self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        # Not an everyday failure (those come back as a result): log the kind, never a box.
        self._checking = False
        log.error("scheduled backup check failed: %s", type(error).__name__)
