"""The main window after sign-in: header, navigation, pages, idle lock and language switch.

Pages exist only for what the signed-in role may use (the services check again on every call).
Resident files open in windows of their own (ResidentWindows: one per resident). When the screen
locks, the pages are hidden (not covered), drafts are saved, the file windows and the intake
wizard are hidden to come back unchanged after unlocking, and every other window this one owns
is closed, so no resident data stays on screen. Signing out closes the file windows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.roles import Permission
from ..services.container import Services
from ..services.scheduled_backup import ExitOffer, ScheduledOutcome, ScheduledResult
from .due_work_page import DueWorkPage
from .about_dialog import AboutDialog
from .admin_page import AdministrationPage
from .backup_scheduler import BackupScheduler
from .exit_backup_dialog import BACKED_UP, CLOSE_WITHOUT_BACKUP, ExitBackupDialog
from .clipboard_guard import clear_our_copy
from .help_window import show_help
from .home_page import HomePage
from .i18n import LANGUAGE_NAMES, install_language
from .idle_lock import IdleWatcher, minutes_to_ms
from .intake_wizard import IntakeWizard
from .lock_screen import LockScreen
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_windows import ResidentWindows
from .reports_page import ReportsPage
from .residents_page import ResidentsPage
from .shortcuts_dialog import ShortcutsDialog
from .view_menu import ViewMenu

log = logging.getLogger(__name__)

Runner = OpRunner | SynchronousOpRunner

DEFAULT_IDLE_MINUTES = 5

HOME, RESIDENTS, DUE_WORK, ADMINISTRATION = "home", "residents", "due_work", "administration"
REPORTS = "reports"
PAGE_ORDER = (HOME, RESIDENTS, DUE_WORK, REPORTS, ADMINISTRATION)


@lru_cache(maxsize=1)
def load_stylesheet() -> str:
    """The application's look (ui/app.qss, shipped as shelter_desktop.forms)."""
    return (files("shelter_desktop.forms") / "app.qss").read_text(encoding="utf-8")


@dataclass
class _Page:
    key: str
    widget: QWidget
    item: QListWidgetItem
    action: QAction


class MainWindow(QMainWindow):
    signed_out = Signal()
    language_changed = Signal(str)
    locked_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        idle_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        self._user = user
        self._runner = runner
        self._shelter_name = ""
        self._language = ""
        self._locked = False
        self._signing_out = False
        self._pages: dict[str, _Page] = {}
        self._page_frames: dict[str, QWidget] = {}  # a page shown inside a scroll area
        self._idle_injected = idle_timeout_ms is not None
        # Resident files open in windows of their own; this registry locks and closes them.
        self.resident_windows = ResidentWindows(services, user, runner, self)
        self.resident_windows.lock_requested.connect(self.lock)
        self.resident_windows.resident_changed.connect(self._resident_changed)
        self._intake: IntakeWizard | None = None
        self._intake_hidden = False
        if not QApplication.instance().styleSheet():  # type: ignore[union-attr]
            self.setStyleSheet(load_stylesheet())

        # -- body: navigation + pages ------------------------------------------------------
        self._workspace = QWidget()
        self._workspace.setObjectName("workspace")
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._nav.setFrameShape(QFrame.Shape.NoFrame)
        self._stack = QStackedWidget()
        self._stack.setObjectName("pages")

        self._session_menu = self.menuBar().addMenu("")
        self._go_menu = self.menuBar().addMenu("")
        self.view_menu = ViewMenu(self)  # text size and keyboard shortcuts (ui/view_menu.py)
        self.view_menu.text_size_changed.connect(lambda _percent: self._fit_navigation())
        self.view_menu.shortcuts_requested.connect(self.show_shortcuts)
        self.menuBar().addMenu(self.view_menu)
        self._language_menu = self.menuBar().addMenu("")
        self._help_menu = self.menuBar().addMenu("")
        self._build_pages()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self._nav)
        body.addWidget(self._stack, 1)

        # -- header (built after the body so Tab goes navigation -> page -> header) ---------
        header = QFrame()
        header.setObjectName("header")
        self._shelter_label = QLabel()
        self._shelter_label.setObjectName("headerShelter")
        self._user_label = QLabel()
        self._user_label.setObjectName("headerUser")
        self._lock_button = QPushButton()
        self._lock_button.setObjectName("headerButton")
        self._sign_out_button = QPushButton()
        self._sign_out_button.setObjectName("headerButton")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(20, 10, 16, 10)
        header_row.setSpacing(10)
        header_row.addWidget(self._shelter_label)
        header_row.addStretch(1)
        header_row.addWidget(self._user_label)
        header_row.addSpacing(8)
        header_row.addWidget(self._lock_button)
        header_row.addWidget(self._sign_out_button)

        workspace = QVBoxLayout(self._workspace)
        workspace.setContentsMargins(0, 0, 0, 0)
        workspace.setSpacing(0)
        workspace.addLayout(body, 1)
        workspace.insertWidget(0, header)

        # -- lock screen -------------------------------------------------------------------
        self.lock_screen = LockScreen(services, user, runner)
        self._root = QStackedWidget()
        self._root.addWidget(self._workspace)
        self._root.addWidget(self.lock_screen)
        self.setCentralWidget(self._root)

        # -- actions -----------------------------------------------------------------------
        self._lock_action = QAction(self)
        self._lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self._lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._lock_action.triggered.connect(self.lock)
        self._sign_out_action = QAction(self)
        self._sign_out_action.triggered.connect(self.sign_out)
        self._session_menu.addAction(self._lock_action)
        self._session_menu.addSeparator()
        self._session_menu.addAction(self._sign_out_action)
        self._language_group = QActionGroup(self)
        self._language_group.setExclusive(True)
        self._language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)  # each language is named in itself: never translated
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self._language_group.addAction(action)
            self._language_menu.addAction(action)
            self._language_actions[code] = action
        self._help_action = QAction(self)
        self._help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._help_action.triggered.connect(self.show_help)
        self._about_action = QAction(self)
        self._about_action.triggered.connect(self.show_about)
        self._help_menu.addAction(self._help_action)
        self._help_menu.addSeparator()
        self._help_menu.addAction(self._about_action)

        self._lock_button.clicked.connect(self.lock)
        self._sign_out_button.clicked.connect(self.sign_out)
        self._nav.currentRowChanged.connect(self._nav_row_changed)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)

        # -- idle lock ---------------------------------------------------------------------
        self._idle = IdleWatcher(
            idle_timeout_ms or minutes_to_ms(DEFAULT_IDLE_MINUTES), self
        )
        self._idle.idle.connect(self.lock)
        self._idle.start()

        # -- backups: on a schedule for every role; offered on closing to an administrator --
        self.backup_scheduler = BackupScheduler(services, runner, self)
        self.backup_scheduler.checked.connect(self._backup_checked)
        self.backup_scheduler.start()
        self._exit_dialog: ExitBackupDialog | None = None
        self._exit_offer_pending = False
        self._exit_decided = False
        self._in_close_event = False
        self.locked_changed.connect(self._forget_exit_question)

        self.retranslate()
        self.resize(QSize(1200, 760))
        self.setMinimumSize(QSize(900, 600))
        self._nav.setCurrentRow(0)
        self._nav.setFocus()
        self._load_settings(idle_timeout_ms is None)

    # -- construction --------------------------------------------------------------------

    def _build_pages(self) -> None:
        services, user, runner = self._services, self._user, self._runner
        home = HomePage(services, user, runner)
        home.open_resident_requested.connect(self.open_resident)  # a due item: her file's tab
        widgets: dict[str, QWidget] = {HOME: home}
        if user.can(Permission.VIEW_RESIDENTS):
            residents = ResidentsPage(services, user, runner)
            residents.open_resident_requested.connect(self.open_resident)
            residents.new_resident_requested.connect(self.new_resident)
            widgets[RESIDENTS] = residents
            due_work = DueWorkPage(services, user, runner)
            due_work.open_resident_requested.connect(self.open_resident)
            widgets[DUE_WORK] = due_work
        if user.can(Permission.EXPORT_ANONYMIZED):
            widgets[REPORTS] = ReportsPage(services, user, runner)
        if user.can(Permission.MANAGE_STAFF):
            admin = AdministrationPage(services, user, runner, self)
            # An administrator changing the idle time sees it apply at once.
            admin.idle_lock_minutes_changed.connect(self._idle_minutes_changed)
            widgets[ADMINISTRATION] = admin
        if RESIDENTS in widgets:
            # Ctrl+F from anywhere in the window; the page's own Ctrl+F would be ambiguous.
            widgets[RESIDENTS].find_shortcut.setEnabled(False)  # type: ignore[attr-defined]
            self._find_action = QAction(self)
            self._find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
            self._find_action.triggered.connect(self.focus_search)
            self._go_menu.addAction(self._find_action)
            self._go_menu.addSeparator()
        for number, key in enumerate(k for k in PAGE_ORDER if k in widgets):
            widget = widgets[key]
            if key == HOME:
                # Home is a column of sections: at a large text size it scrolls, never overlaps.
                frame = QScrollArea()
                frame.setObjectName("homeScroll")
                frame.setWidgetResizable(True)
                frame.setFrameShape(QFrame.Shape.NoFrame)
                frame.setWidget(widget)
                self._page_frames[key] = frame
            self._stack.addWidget(self._page_frames.get(key, widget))
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self._nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self._go_menu.addAction(action)
            self._pages[key] = _Page(key, widget, item, action)

    def _load_settings(self, idle_from_settings: bool) -> None:
        preferences = self._services.preferences
        profile = self._services.profile

        def read() -> tuple[str, int, str]:
            return preferences.language(), preferences.idle_lock_minutes(), profile().name

        def apply(values: tuple[str, int, str]) -> None:
            language, minutes, shelter = values
            self._language = language
            if language in self._language_actions:
                self._language_actions[language].setChecked(True)
            if idle_from_settings:
                self._idle.set_timeout_ms(minutes_to_ms(minutes))
            self._shelter_name = shelter
            self.lock_screen.set_shelter_name(shelter)
            self.retranslate()

        self._runner.run_op(self, read, apply)

    # -- pages ---------------------------------------------------------------------------

    def navigation_keys(self) -> list[str]:
        return [self._nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self._nav.count())]

    def navigation_labels(self) -> list[str]:
        return [self._nav.item(i).text() for i in range(self._nav.count())]

    def page(self, key: str) -> QWidget | None:
        entry = self._pages.get(key)
        return entry.widget if entry else None

    def pages_widget(self) -> QStackedWidget:
        return self._stack

    def current_page_key(self) -> str | None:
        item = self._nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def focus_search(self) -> None:
        """Ctrl+F: the Residents page with the cursor in its search box."""
        page = self._pages.get(RESIDENTS)
        if page is None or self._locked:
            return
        self.show_page(RESIDENTS)
        page.widget.focus_search()  # type: ignore[attr-defined]

    def show_shortcuts(self) -> None:
        """The "Keyboard shortcuts" page (closed on lock like every owned window)."""
        if self._locked:
            return
        dialog = getattr(self, "_shortcuts_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = ShortcutsDialog(self)
            self._shortcuts_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def show_page(self, key: str) -> None:
        entry = self._pages.get(key)
        if entry is None or self._locked:
            return
        self._nav.setCurrentItem(entry.item)

    def _nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._nav.item(row).data(Qt.ItemDataRole.UserRole)
        self._stack.setCurrentWidget(self._page_frames.get(key, self._pages[key].widget))

    # -- resident files and intake --------------------------------------------------------

    def open_resident(self, resident_id: int, tab: str | None = None) -> None:
        """Open the resident's file window, or bring it forward if it is open already;
        ``tab`` names the tab to show (due work opens the tab where the work is done)."""
        if self._locked or self._signing_out:
            return
        self.resident_windows.open(resident_id, tab or None)

    def new_resident(self) -> None:
        """Start the intake wizard (window-modal); a resident it creates opens in her file."""
        if self._locked or self._signing_out:
            return
        if self._intake is not None and shiboken6.isValid(self._intake):
            self._intake.raise_()
            self._intake.activateWindow()
            return
        wizard = IntakeWizard(self._services, self._user, self._runner, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.resident_created.connect(self._resident_created)
        wizard.open_resident_requested.connect(self.open_resident)
        wizard.finished.connect(lambda _result, w=wizard: self._intake_finished(w))
        self._intake = wizard
        self._intake_hidden = False
        # open(), not exec(): the idle lock can hide the wizard and show it again unchanged.
        wizard.open()

    def intake_wizard(self) -> IntakeWizard | None:
        wizard = self._intake
        return wizard if wizard is not None and shiboken6.isValid(wizard) else None

    def _resident_created(self, resident_id: int) -> None:
        page = self._pages.get(RESIDENTS)
        if page is not None:
            page.widget.refresh()  # type: ignore[attr-defined]
        self.open_resident(resident_id)

    def _resident_changed(self, _resident_id: int) -> None:
        """A file window changed a resident's status (departure, placement, closure): the
        residents list shows it at once."""
        page = self._pages.get(RESIDENTS)
        if page is not None:
            page.widget.refresh()  # type: ignore[attr-defined]

    def _intake_finished(self, wizard: IntakeWizard) -> None:
        if self._intake is wizard:
            self._intake = None
            self._intake_hidden = False

    def _hide_intake(self) -> None:
        wizard = self.intake_wizard()
        if wizard is not None and wizard.isVisible():
            wizard.hide()
            self._intake_hidden = True

    def _show_intake(self) -> None:
        wizard = self.intake_wizard()
        if wizard is not None and self._intake_hidden:
            self._intake_hidden = False
            wizard.show()
            wizard.raise_()

    def _close_intake(self) -> None:
        wizard = self.intake_wizard()
        self._intake = None
        self._intake_hidden = False
        if wizard is not None:
            wizard.reject()
            wizard.close()

    # -- lock ----------------------------------------------------------------------------

    @property
    def idle_watcher(self) -> IdleWatcher:
        return self._idle

    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Hide every resident datum now; the same person's password opens it again."""
        if self._locked or self._signing_out:
            return
        self._locked = True
        clear_our_copy()  # nothing copied from a file stays in the clipboard while locked
        self._idle.stop()
        # Drafts are saved and file windows (with their dialogs) hidden, to come back as they
        # were; the intake wizard too, with what was typed. Anything else owned is closed.
        self.resident_windows.lock_all()
        self._hide_intake()
        self._close_owned_windows()
        self._stack.hide()
        self._root.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self._update_actions()
        self.lock_screen.password.setFocus()
        self._record_lock(unlocked=False)
        self.locked_changed.emit(True)

    def _unlocked(self) -> None:
        if not self._locked:
            return
        self._locked = False
        self._root.setCurrentWidget(self._workspace)
        self._stack.show()
        self.resident_windows.unlock_all()
        self._show_intake()
        self._update_actions()
        self._record_lock(unlocked=True)
        self._idle.start()
        self._nav.setFocus()
        self.locked_changed.emit(False)

    def _idle_minutes_changed(self, minutes: int) -> None:
        if not self._idle_injected:
            self._idle.set_timeout_ms(minutes_to_ms(minutes))

    def _record_lock(self, unlocked: bool) -> None:
        auth, user = self._services.auth, self._user
        self._runner.run_op(self, lambda: auth.record_lock(user, unlocked))

    def _close_owned_windows(self) -> None:
        """Close dialogs and other windows opened from this one (a resident summary, a menu).

        Progress dialogs stay: they show no personal data and closing one would cancel a job.
        """
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible() or not self._owns(widget):
                continue
            if isinstance(widget, QProgressDialog):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _update_actions(self) -> None:
        for entry in self._pages.values():
            entry.action.setEnabled(not self._locked)
        self._lock_action.setEnabled(not self._locked)

    # -- sign out ------------------------------------------------------------------------

    def sign_out(self) -> None:
        if self._signing_out:
            return
        self._signing_out = True
        self._idle.stop()
        self.resident_windows.close_all()  # each window saves its drafts first
        self._close_intake()
        self._close_owned_windows()
        self._stack.hide()
        auth, user = self._services.auth, self._user
        self._runner.run_op(
            self,
            lambda: auth.sign_out(user),
            lambda _result: self._finish_sign_out(),
            self.tr("Signing out…"),
            self._sign_out_failed,
        )

    def _sign_out_failed(self, error: BaseException) -> None:
        # Signing out must always work; only the audit record of it failed.
        log.error("recording the sign-out failed: %s", type(error).__name__)
        self._finish_sign_out()

    def _finish_sign_out(self) -> None:
        self.signed_out.emit()
        if self.isVisible():  # the receiver may already have hidden and dropped this window
            self.close()

    def is_signed_out(self) -> bool:
        return self._signing_out

    # -- language ------------------------------------------------------------------------

    def current_language(self) -> str:
        return self._language

    def set_language(self, code: str) -> None:
        """Switch every string now and remember the choice for the next start."""
        try:
            install_language(code)
        except FileNotFoundError:
            QMessageBox.warning(
                self,
                self.tr("Language"),
                self.tr(
                    "The {language} translation is missing from this installation, so the "
                    "language was not changed. Reinstall the application to get it back."
                ).format(language=LANGUAGE_NAMES.get(code, code)),
            )
            previous = self._language_actions.get(self._language)
            if previous is not None:
                previous.setChecked(True)
            return
        self._language = code
        self._language_actions[code].setChecked(True)
        preferences = self._services.preferences
        self._runner.run_op(self, lambda: preferences.set_language(code))
        self.language_changed.emit(code)

    # -- help ----------------------------------------------------------------------------

    def show_help(self) -> None:
        """F1: the help page of the page in front."""
        show_help(self, self.current_page_key() or HOME)

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._should_offer_backup():
            self._in_close_event = True
            try:
                self._offer_backup_before_closing()  # may decide at once: no backup due
            finally:
                self._in_close_event = False
            if not self._exit_decided:
                event.ignore()  # asked first; closes again once answered (_exit_answered)
                return
        self.backup_scheduler.stop()
        self._idle.stop()
        self.resident_windows.close_all()
        self._close_intake()
        super().closeEvent(event)

    # -- backups ---------------------------------------------------------------------------

    def _backup_checked(self, result: ScheduledResult) -> None:
        if result.outcome in (ScheduledOutcome.MADE, ScheduledOutcome.FAILED):
            home = self._pages[HOME].widget
            home.refresh()  # type: ignore[attr-defined]

    def exit_backup_dialog(self) -> ExitBackupDialog | None:
        dialog = self._exit_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _should_offer_backup(self) -> bool:
        """Ask an administrator closing the window (not signing out, not while locked: the
        person at the keyboard may not be them; the scheduled backup covers that)."""
        return (
            not self._exit_decided
            and not self._signing_out
            and not self._locked
            and self.isVisible()
            and self._user.can(Permission.BACKUP_RESTORE)
        )

    def _offer_backup_before_closing(self) -> None:
        dialog = self.exit_backup_dialog()
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return
        if self._exit_offer_pending:
            return
        self._exit_offer_pending = True
        scheduled = self._services.scheduled_backups
        self._runner.run_op(
            self, scheduled.exit_offer, self._exit_offer_ready, "", self._exit_offer_failed
        )

    def _exit_offer_ready(self, offer: ExitOffer) -> None:
        self._exit_offer_pending = False
        if self._locked or self._signing_out:
            return
        if not offer.due:
            self._close_now()
            return
        dialog = ExitBackupDialog(self._services, self._user, self._runner, offer, self)
        dialog.finished.connect(lambda result, d=dialog: self._exit_answered(d, result))
        self._exit_dialog = dialog
        dialog.open()  # never exec(): see exit_backup_dialog.py

    def _exit_offer_failed(self, error: BaseException) -> None:
        # Reading when the last backup was made failed: never keep someone from closing.
        self._exit_offer_pending = False
        log.error("exit backup offer failed: %s", type(error).__name__)
        self._close_now()

    def _exit_answered(self, dialog: ExitBackupDialog, result: int) -> None:
        asked = self._exit_dialog is dialog  # False once the screen locked meanwhile
        if asked:
            self._exit_dialog = None
        dialog.deleteLater()
        if asked and result in (BACKED_UP, CLOSE_WITHOUT_BACKUP) and not self._locked:
            self._close_now()

    def _forget_exit_question(self, locked: bool) -> None:
        if locked:  # the lock rejected or hid the question; its answer no longer closes
            self._exit_dialog = None

    def _close_now(self) -> None:
        self._exit_decided = True
        if not self._in_close_event:  # else the close event under way goes on
            self.close()

    def retranslate(self) -> None:
        app_name = self.tr("Shelter Desktop")
        self.setWindowTitle(
            self.tr("{shelter} — {app}").format(shelter=self._shelter_name, app=app_name)
            if self._shelter_name
            else app_name
        )
        self._session_menu.setTitle(self.tr("&Session"))
        self._go_menu.setTitle(self.tr("&Go"))
        self._language_menu.setTitle(self.tr("&Language"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._help_action.setText(self.tr("Help for this &screen"))
        self._about_action.setText(self.tr("&About Shelter Desktop"))
        if hasattr(self, "_find_action"):
            self._find_action.setText(self.tr("&Find a resident…"))
        self._lock_action.setText(self.tr("&Lock now"))
        self._sign_out_action.setText(self.tr("Sign &out"))
        titles = {
            HOME: self.tr("Home"),
            RESIDENTS: self.tr("Residents"),
            DUE_WORK: self.tr("Due work"),
            REPORTS: self.tr("Reports"),
            ADMINISTRATION: self.tr("Administration"),
        }
        for key, entry in self._pages.items():
            entry.item.setText(titles[key])
            entry.action.setText(titles[key])
        self._shelter_label.setText(self._shelter_name or app_name)
        role = QCoreApplication.translate("Roles", self._user.role.label)
        self._user_label.setText(
            self.tr("{name} · {role}").format(name=self._user.display_name, role=role)
        )
        self._lock_button.setText(self.tr("Lock"))
        self._lock_button.setToolTip(self.tr("Lock the screen now (Ctrl+L)"))
        self._sign_out_button.setText(self.tr("Sign out"))
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        metrics = QFontMetrics(self._nav.font())
        widest = max(
            (metrics.horizontalAdvance(self._nav.item(i).text()) for i in range(self._nav.count())),
            default=0,
        )
        self._nav.setFixedWidth(max(200, widest + 64))
