"""Accessibility and comfort (#7): keyboard shortcuts do the right thing, the text size applies
at once and is remembered, window and dialog layout come back, off-screen geometry is corrected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from factories import add_resident
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QWidget

from shelter_desktop.domain.dto import Changed, Changes
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.counseling_tab import CounselingTab
from shelter_desktop.ui.education_tab import ProgressDialog
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.resident_file_window import ResidentFileWindow
from shelter_desktop.ui.residents_page import row_height
from shelter_desktop.ui.shortcuts_dialog import SHORTCUTS, ShortcutsDialog
from shelter_desktop.ui.text_size import (
    TEXT_SIZE_KEY,
    TEXT_SIZES,
    apply_text_size,
    current_text_size,
    saved_text_size,
    scale_stylesheet,
)
from shelter_desktop.ui.window_layout import (
    ensure_on_screen,
    remember_splitter,
    restore_dialog_size,
    restore_geometry,
    save_dialog_size,
)

CTRL = Qt.KeyboardModifier.ControlModifier


# QSettings in a temporary folder, text size back to 100 % (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("user_settings")


# -- shortcuts ---------------------------------------------------------------------------


def test_ctrl_f_opens_the_residents_page_with_the_cursor_in_the_search_box(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    assert window.current_page_key() == "home"
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    page = window.page("residents")
    assert window.current_page_key() == "residents"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_box)
    # Pressed again from inside the page (its own shortcut is off: no ambiguity), still works.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_box)


def test_ctrl_f_does_nothing_for_a_role_without_residents(signed_in, qtbot):
    window = signed_in.open(Role.DATA_OFFICER)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_page_key() == "home"
    assert window.page("residents") is None


def test_ctrl_l_locks_and_ctrl_digits_switch_pages(signed_in, qtbot):
    window = signed_in.open(Role.HOUSE_MANAGER)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.current_page_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.is_locked()
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # no page switching behind the lock screen
    assert window.current_page_key() == "reports"


def test_ctrl_n_starts_a_new_note_only_for_those_who_may_write(shelter, qtbot):
    resident = add_resident(shelter.services.database)
    tabs = {}
    for role in (Role.COUNSELOR, Role.HOUSE_MANAGER):
        tab = CounselingTab(shelter.services, shelter.users[role], SynchronousOpRunner(), resident)
        qtbot.addWidget(tab)
        with qtbot.waitActive(tab):
            tab.show()
            tab.activateWindow()
        tab.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the focus somewhere in the tab
        tab.setFocus()
        qtbot.keyClick(tab, Qt.Key.Key_N, CTRL)
        tabs[role] = tab
        if role is Role.COUNSELOR:
            editor = tab.editor
            assert editor is not None and editor.note_id is None
            assert editor.texts["presenting_issues"].hasFocus()  # ready to type
        else:
            assert tab.editor is None


class _RecordingDialog(ProgressDialog):
    def __init__(self, runner: SynchronousOpRunner) -> None:
        super().__init__(runner)
        self.calls: list[str] = []
        self.name = QLineEdit()
        self.add_row("name", self.name)

    def call(self) -> Callable[[], Changed[Any]]:
        text = self.name.text()
        return lambda: (self.calls.append(text), Changed(text, Changes(frozenset())))[1]

    def retranslate(self) -> None:
        self.set_label("name", "&Name:")


def test_ctrl_s_in_a_form_saves_like_ok(qtbot):
    dialog = _RecordingDialog(SynchronousOpRunner())
    qtbot.addWidget(dialog)
    dialog.retranslate()
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.name.setFocus()
    dialog.name.setText("សុភា ")  # as a Khmer input method commits it
    qtbot.keyClicks(dialog.name, "Sophea")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, CTRL)
    assert dialog.calls == ["សុភា Sophea"]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_ctrl_s_does_nothing_while_ok_is_disabled(qtbot):
    dialog = _RecordingDialog(SynchronousOpRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.setEnabled(False)  # e.g. a save under way
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, CTRL)
    assert dialog.calls == []


def test_ctrl_page_down_switches_resident_file_tabs(shelter, qtbot, tmp_path):
    resident = add_resident(shelter.services.database)
    settings = QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat)
    window = ResidentFileWindow(
        shelter.services, shelter.users[Role.COUNSELOR], SynchronousOpRunner(), resident,
        settings=settings,
    )
    try:
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        tabs = window.tab_widget
        assert tabs.count() > 2
        window.show_tab("counseling")
        start = tabs.currentIndex()
        focus = window.tab("counseling")
        focus.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        focus.setFocus()  # inside the tab, not on the tab bar
        qtbot.keyClick(focus, Qt.Key.Key_PageDown, CTRL)
        assert tabs.currentIndex() == start + 1
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
        assert tabs.currentIndex() == start - 1
    finally:
        if shiboken6.isValid(window) and not window.is_closing():
            window.close()


def test_keyboard_shortcuts_page_is_reachable_and_lists_every_shortcut(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == len(SHORTCUTS)
    keys = [row[1] for row in rows]
    assert "Ctrl+F" in keys and "Ctrl+L" in keys and "Ctrl+N" in keys
    assert all(all(cell.strip() for cell in row) for row in rows)
    window.lock()  # a lock closes it like every window the main window owns
    assert not dialog.isVisible()


def test_keyboard_shortcuts_page_in_khmer(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    window.show_shortcuts()
    dialog = window.findChild(ShortcutsDialog)
    english = dialog.rows()
    window.set_language("km")
    assert dialog.rows()[0][1] == english[0][1]
    assert [row[1] for row in dialog.rows()] == [row[1] for row in english]  # keys unchanged


# -- text size -----------------------------------------------------------------------------


def test_scale_stylesheet_scales_point_sizes_only():
    sheet = "QLabel#a { font-size: 13pt; } QLabel#b { font-size:10.5pt; padding: 4px; }"
    assert scale_stylesheet(sheet, 150) == (
        "QLabel#a { font-size: 19.5pt; } QLabel#b { font-size:15.8pt; padding: 4px; }"
    )
    assert scale_stylesheet(sheet, 100) == sheet
    assert scale_stylesheet("QLabel { font-size: 14px; }", 150) == "QLabel { font-size: 14px; }"


def test_view_menu_text_size_applies_now_and_is_remembered(signed_in, qtbot, user_settings):
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    page = window.page("residents")
    base_font = QApplication.font().pointSizeF()
    base_rows = page.table.verticalHeader().defaultSectionSize()
    base_nav = window._nav.width()
    original_sheet = window.styleSheet()
    assert "font-size: 13pt" in original_sheet

    window.view_menu.size_actions[150].trigger()

    assert current_text_size() == 150
    assert QApplication.font().pointSizeF() == pytest.approx(base_font * 1.5)
    assert page.search_box.font().pointSizeF() == pytest.approx(base_font * 1.5)
    assert "font-size: 19.5pt" in window.styleSheet()
    rows = page.table.verticalHeader().defaultSectionSize()
    assert rows == row_height(page.table.font()) and rows > base_rows
    assert window._nav.width() >= base_nav
    assert saved_text_size(QSettings()) == 150
    assert window.view_menu.size_actions[150].isChecked()

    # Back to normal: exactly the original style sheet, not a rounded copy.
    window.view_menu.size_actions[100].trigger()
    assert window.styleSheet() == original_sheet
    assert QApplication.font().pointSizeF() == pytest.approx(base_font)
    assert saved_text_size(QSettings()) == 100


def test_larger_and_smaller_keys_step_through_the_sizes(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert current_text_size() == TEXT_SIZES[TEXT_SIZES.index(100) + 1]
    for _ in range(len(TEXT_SIZES)):
        qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert current_text_size() == TEXT_SIZES[0]


def test_widgets_created_later_and_explicit_fonts_follow_the_size(qtbot):
    heading = QLabel("heading")
    qtbot.addWidget(heading)
    font = heading.font()
    font.setPointSizeF(20)
    heading.setFont(font)
    apply_text_size(130)
    assert heading.font().pointSizeF() == pytest.approx(26)
    later = QWidget()
    qtbot.addWidget(later)
    later.setStyleSheet("QLabel#title { font-size: 12pt; }")
    title = QLabel("title", later)
    title.setObjectName("title")
    later.show()
    assert "font-size: 15.6pt" in later.styleSheet()
    assert title.font().pointSizeF() == pytest.approx(15.6)
    apply_text_size(100)
    assert later.styleSheet() == "QLabel#title { font-size: 12pt; }"
    assert heading.font().pointSizeF() == pytest.approx(20)


@pytest.mark.parametrize("stored", ["200", "abc", "", "-5"])
def test_a_damaged_stored_size_means_normal(user_settings, stored):
    user_settings.setValue(TEXT_SIZE_KEY, stored)
    assert saved_text_size(user_settings) == 100


# -- window layout ---------------------------------------------------------------------------


def test_main_window_geometry_comes_back(tmp_path, qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    first = QMainWindow()
    qtbot.addWidget(first)
    first.resize(640, 420)
    first.move(screen.left() + 30, screen.top() + 40)
    first.show()
    saved = first.saveGeometry()
    second = QMainWindow()
    qtbot.addWidget(second)
    assert restore_geometry(second, saved)
    assert second.size() == first.size()
    assert second.geometry().topLeft() == first.geometry().topLeft()


def test_off_screen_geometry_is_brought_back_onto_the_screen(qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(500, 350)
    window.move(screen.right() + 3000, screen.bottom() + 2000)  # a monitor unplugged since
    saved = window.saveGeometry()
    restored = QMainWindow()
    qtbot.addWidget(restored)
    restore_geometry(restored, saved)
    assert screen.intersects(restored.geometry())
    assert screen.contains(restored.geometry().topLeft())
    # Too big for this screen as well: shrunk to fit.
    huge = QMainWindow()
    qtbot.addWidget(huge)
    huge.resize(screen.width() * 3, screen.height() * 3)
    huge.move(-20000, -20000)
    assert ensure_on_screen(huge)
    assert screen.contains(huge.geometry())


def test_damaged_geometry_is_ignored(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(700, 500)
    assert not restore_geometry(window, b"not a geometry")
    assert window.size() == QSize(700, 500)


def test_splitter_position_is_remembered(qtbot, user_settings):
    def make() -> QSplitter:
        splitter = QSplitter()
        splitter.addWidget(QLabel("left"))
        splitter.addWidget(QLabel("right"))
        splitter.resize(800, 300)
        qtbot.addWidget(splitter)
        splitter.show()
        return splitter

    first = make()
    remember_splitter(first, "test")
    first.moveSplitter(200, 1)  # what dragging the handle does (emits splitterMoved)
    sizes = first.sizes()
    second = make()
    remember_splitter(second, "test")
    assert second.sizes() == sizes


def test_editor_dialog_size_is_remembered_but_never_bigger_than_the_screen(qtbot, user_settings):
    dialog = _RecordingDialog(SynchronousOpRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(700, 480)
    dialog.reject()  # closing saves the size
    again = _RecordingDialog(SynchronousOpRunner())
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(700, 480)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    again.resize(screen.width() * 2, screen.height() * 2)
    save_dialog_size(again, user_settings)
    third = _RecordingDialog(SynchronousOpRunner())
    qtbot.addWidget(third)
    assert restore_dialog_size(third, user_settings)
    assert third.width() <= screen.width() and third.height() <= screen.height()


# -- tab order ---------------------------------------------------------------------------------


def test_tab_in_the_care_plan_editor_follows_the_screen_after_adding_and_moving(shelter, qtbot):
    from care_plan_factories import add_assessment

    from shelter_desktop.ui.care_plan_tab import CarePlanTab

    resident = add_resident(shelter.services.database)
    add_assessment(
        shelter.services.database, resident, shelter.users[Role.COUNSELOR].id,
        {"RM": 3, "PH": 2, "WE": 1, "IN": 3, "FM": 4, "TR": 3, "FR": 3, "LR": 2},
    )
    tab = CarePlanTab(shelter.services, shelter.users[Role.COUNSELOR], SynchronousOpRunner(), resident)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    tab.new_button.click()
    editor = tab.dialog
    with qtbot.waitActive(editor):
        editor.activateWindow()
    first = editor.cards[0]
    first.add_action()  # created last: Qt alone would put it at the end of the chain
    new_action = first.actions[-1]
    editor.move_goal(editor.cards[2], -1)

    editor.summary.setFocus()
    visited: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        visited.append(widget)
        if widget is editor.ok_button:
            break
    assert visited[-1] is editor.ok_button
    assert visited[-2] is editor.add_goal_button  # the last thing on screen before Save

    def owner(w: QWidget) -> QWidget:
        while w.parentWidget() is not None and w not in (new_action.text, first.add_action_button):
            w = w.parentWidget()
        return w

    owners = [owner(w) for w in visited]
    assert owners.index(new_action.text) < owners.index(first.add_action_button)
    # Goals are visited in the order shown (the moved goal is second now).
    texts = [card.text for card in editor.cards]
    assert [visited.index(t) for t in texts] == sorted(visited.index(t) for t in texts)
    # Shift+Tab goes back the same way.
    qtbot.keyClick(editor.ok_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.add_goal_button
    editor.reject()
