"""The op runner (DESIGN.md section 2): service calls run on one database worker thread.

``fn`` never touches a widget; its result or error comes back to the UI thread by signal, where
``on_success`` / ``on_error`` run. Long jobs get ``progress(fraction, message)`` and a cancel
``threading.Event`` and show a progress dialog with Cancel. Tests use SynchronousOpRunner.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from .errors import show_error

Progress = Callable[[float, str], None]
SuccessHandler = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel; nothing is reported."""


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    parent: QWidget | None
    on_success: SuccessHandler | None
    on_error: ErrorHandler | None
    cancel: threading.Event | None = None
    dialog: QProgressDialog | None = None


class _Worker(QObject):
    finished = Signal(int, object, object)  # job id, result, error
    progressed = Signal(int, float, str)

    @Slot(object)
    def execute(self, job: _Job) -> None:
        try:
            if job.cancel is not None:
                def progress(fraction: float, message: str) -> None:
                    if job.cancel is not None and job.cancel.is_set():
                        raise Cancelled()
                    self.progressed.emit(job.id, fraction, message)

                result = job.fn(progress, job.cancel)
            else:
                result = job.fn()
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the UI
            self.finished.emit(job.id, None, exc)
        else:
            self.finished.emit(job.id, result, None)


class OpRunner(QObject):
    """Runs callables on a single worker thread, so database work is serialized and the UI
    never waits on SQLCipher."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, _Job] = {}
        self._thread = QThread()
        self._thread.setObjectName("database-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def run_op(
        self,
        parent: QWidget | None,
        fn: Callable[[], Any],
        on_success: SuccessHandler | None = None,
        label: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        job = _Job(next(self._ids), fn, parent, on_success, on_error)
        self._start(job)

    def run_long(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress, threading.Event], Any],
        on_success: SuccessHandler | None,
        label: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        job = _Job(next(self._ids), fn, parent, on_success, on_error, threading.Event())
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel.set)
        job.dialog = dialog
        self._start(job)

    def pending(self) -> int:
        return len(self._jobs)

    def _start(self, job: _Job) -> None:
        self._jobs[job.id] = job
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job)

    @Slot(int, float, str)
    def _progressed(self, job_id: int, fraction: float, message: str) -> None:
        job = self._jobs.get(job_id)
        if job and job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if message:
                job.dialog.setLabelText(message)

    @Slot(int, object, object)
    def _finished(self, job_id: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.pop(job_id, None)
        if not self._jobs:
            self.busy_changed.emit(False)
        if job is None:
            return
        if job.dialog is not None and shiboken6.isValid(job.dialog):
            job.dialog.close()
            job.dialog.deleteLater()
        deliver(job.parent, result, error, job.on_success, job.on_error)

    def shutdown(self, timeout_s: float = 60.0) -> None:
        """Let every submitted job finish (a write must never be cut off), then stop the worker.

        QThread.quit() alone would drop jobs still queued behind the running one.
        """
        deadline = time.monotonic() + timeout_s
        while self._jobs and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        self._thread.quit()
        self._thread.wait()


def deliver(
    parent: QWidget | None,
    result: Any,
    error: BaseException | None,
    on_success: SuccessHandler | None,
    on_error: ErrorHandler | None,
) -> None:
    """Hand a finished job's outcome to its callbacks, unless the window that asked is gone."""
    if parent is not None and not shiboken6.isValid(parent):
        return
    if error is None:
        if on_success is not None:
            on_success(result)
    elif isinstance(error, Cancelled):
        return
    elif on_error is not None:
        on_error(error)
    else:
        show_error(parent, error)


class SynchronousOpRunner(QObject):
    """Same interface, runs everything at once on the calling thread (tests, scripts)."""

    busy_changed = Signal(bool)

    def run_op(
        self,
        parent: QWidget | None,
        fn: Callable[[], Any],
        on_success: SuccessHandler | None = None,
        label: str = "",
        on_error: ErrorHandler | None = None,
    ) -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001
            deliver(parent, None, exc, on_success, on_error)
        else:
            deliver(parent, result, None, on_success, on_error)

    def run_long(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress, threading.Event], Any],
        on_success: SuccessHandler | None,
        label: str,
        on_error: ErrorHandler | None = None,
    ) -> None:
        cancel = threading.Event()
        self.run_op(parent, lambda: fn(lambda _f, _m: None, cancel), on_success, label, on_error)

    def pending(self) -> int:
        return 0

    def shutdown(self, timeout_s: float = 60.0) -> None:
        pass
