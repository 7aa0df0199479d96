"""The op runner: work runs on the database worker thread, results come back on the UI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from shelter_desktop.domain.errors import ValidationError
from shelter_desktop.ui import errors as errors_module
from shelter_desktop.ui.op_runner import OpRunner, SynchronousOpRunner


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    made = OpRunner()
    yield made
    made.shutdown()


def test_work_runs_off_the_ui_thread_and_result_comes_back_on_it(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    runner.run_op(None, work, done, "test")
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not ui_thread
    assert seen["callback"] is ui_thread
    assert runner.pending() == 0


def test_jobs_run_one_at_a_time_in_order(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    order: list[int] = []
    active = threading.Semaphore(1)

    def job(n: int):  # type: ignore[no-untyped-def]
        def run() -> int:
            assert active.acquire(blocking=False), "two jobs ran at once"
            time.sleep(0.01)
            active.release()
            return n

        return run

    for n in range(5):
        runner.run_op(None, job(n), order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_errors_reach_on_error(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    caught: list[BaseException] = []

    def fail() -> None:
        raise ValidationError("Bad input {x}", x=1)

    runner.run_op(None, fail, lambda _: pytest.fail("no success expected"), on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0], ValidationError) and caught[0].message == "Bad input 1"


def test_unhandled_errors_are_shown_plainly(qtbot, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        errors_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    runner.run_op(None, lambda: 1 / 0, None)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "unexpected error" in shown[0] and "ZeroDivision" not in shown[0]


def test_callbacks_are_dropped_when_the_asking_window_is_gone(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    called: list[int] = []
    gate = threading.Event()
    runner.run_op(widget, lambda: gate.wait(5) and 1, called.append)
    widget.deleteLater()
    QApplication.processEvents()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert called == []


def test_long_job_reports_progress_and_can_be_cancelled(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    finished: list[object] = []
    started = threading.Event()

    def long_job(progress, cancel):  # type: ignore[no-untyped-def]
        for step in range(1000):
            progress(step / 1000, f"step {step}")
            started.set()
            time.sleep(0.005)
        return "completed"

    runner.run_long(parent, long_job, finished.append, "Working")
    assert started.wait(5)
    job = next(iter(runner._jobs.values()))
    job.dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    assert finished == []  # cancelled: no result, no error dialog


def test_synchronous_runner_has_the_same_contract(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = SynchronousOpRunner()
    results: list[object] = []
    runner.run_op(None, lambda: 7, results.append)
    runner.run_long(None, lambda progress, cancel: (progress(0.5, "half"), 8)[1], results.append, "x")
    runner.run_op(None, lambda: (_ for _ in ()).throw(ValidationError("No")), None, on_error=results.append)
    assert results[:2] == [7, 8] and isinstance(results[2], ValidationError)


def test_shutdown_finishes_queued_jobs_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = OpRunner()
    done: list[int] = []
    for n in range(5):
        runner.run_op(None, lambda n=n: (time.sleep(0.02), n)[1], done.append)
    runner.shutdown()
    assert done == [0, 1, 2, 3, 4]
