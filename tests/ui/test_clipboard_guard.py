"""The clipboard guard clears this application's copy after a while, on quit and on lock.

Offscreen, QClipboard.ownsClipboard() is always False, so these tests exercise the fallback
path: a change made while the application is active is ours, and the text is compared when
the timer fires.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from shelter_desktop.ui.clipboard_guard import (
    DEFAULT_TIMEOUT_MS,
    ClipboardGuard,
    clear_our_copy,
    installed_guard,
)

SENTENCE = "She talked about her sister in Battambang."


@pytest.fixture
def field(qtbot) -> QLineEdit:  # type: ignore[no-untyped-def]
    edit = QLineEdit(SENTENCE)
    qtbot.addWidget(edit)
    with qtbot.waitActive(edit):
        edit.show()
        edit.activateWindow()
    assert QGuiApplication.applicationState().name == "ApplicationActive"
    return edit


@pytest.fixture
def guard(qapp: QApplication) -> Iterator[ClipboardGuard]:
    qapp.clipboard().clear()
    made = ClipboardGuard.install(qapp, timeout_ms=200)
    yield made
    shiboken6.delete(made)
    qapp.clipboard().clear()


def copy_from(edit: QLineEdit) -> None:
    edit.selectAll()
    edit.copy()


def test_offscreen_clipboard_works_and_reports_no_ownership(qapp, field):
    clipboard = qapp.clipboard()
    copy_from(field)
    assert clipboard.text() == SENTENCE
    assert not clipboard.ownsClipboard()  # hence the compare-content fallback below
    clipboard.clear()
    assert clipboard.text() == ""


def test_our_copy_is_cleared_after_the_timeout(qapp, qtbot, guard, field):
    clipboard = qapp.clipboard()
    copy_from(field)
    assert guard.is_pending()
    assert clipboard.text() == SENTENCE
    qtbot.wait(50)
    assert clipboard.text() == SENTENCE  # not before the timeout
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not guard.is_pending()


def test_a_newer_text_is_not_cleared_by_the_old_timer(qapp, qtbot, guard, field):
    clipboard = qapp.clipboard()
    guard._timer.setInterval(400)
    copy_from(field)
    qtbot.wait(250)
    field.setText("A different, later copy")
    copy_from(field)  # restarts the timer for the new text
    qtbot.wait(250)   # past the first copy's deadline
    assert clipboard.text() == "A different, later copy"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_a_text_changed_behind_our_back_is_left_alone(qapp, qtbot, guard, field):
    """When the timer fires and the clipboard no longer holds our text, nothing is cleared."""
    clipboard = qapp.clipboard()
    copy_from(field)
    clipboard.dataChanged.disconnect(guard._changed)  # as if the change was not seen as ours
    try:
        clipboard.setText("someone else's text")
        qtbot.wait(400)
        assert clipboard.text() == "someone else's text"
    finally:
        clipboard.dataChanged.connect(guard._changed)


def test_clear_now_clears_our_copy_at_once(qapp, guard, field):
    clipboard = qapp.clipboard()
    copy_from(field)
    assert clipboard.text() == SENTENCE
    clear_our_copy()  # what the main window calls when it locks
    assert clipboard.text() == ""
    assert not guard.is_pending()
    clear_our_copy()  # nothing of ours left: harmless


def test_quitting_clears_our_copy(qapp, guard, field):
    copy_from(field)
    qapp.aboutToQuit.emit()
    assert qapp.clipboard().text() == ""


def test_installed_once_with_a_thirty_second_default(qapp):
    assert installed_guard(qapp) is None
    first = ClipboardGuard.install(qapp)
    try:
        assert ClipboardGuard.install(qapp, timeout_ms=5) is first
        assert installed_guard() is first
        assert first.timeout_ms() == DEFAULT_TIMEOUT_MS == 30_000
    finally:
        shiboken6.delete(first)
    assert installed_guard(qapp) is None
