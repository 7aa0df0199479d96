"""One resident's file, in its own window: a header (names, case number, status, risk) and a
tab per part of the file. Only the tabs the signed-in role may use are built.

Opening the window asks the service for the resident's detail (an audited view); nothing of the
file is built before that answer, so a refused or vanished file shows one clear error and no
half-empty tabs. Each tab loads its own data the first time it is shown. Closing the window
saves unsaved counseling drafts first; its geometry is remembered in QSettings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_file import ResidentDetail
from ..domain.dto import SignedInUser
from ..domain.roles import Permission
from ..services.container import Services
from ..services.help_pages import screen_for_tab
from .assessments_tab import AssessmentsTab
from .care_plan_tab import CarePlanTab
from .contacts_tab import ContactsTab
from .counseling_tab import CounselingTab
from .documents_tab import DocumentsTab
from .education_tab import EducationTab
from .errors import show_error
from .history_tab import HistoryTab
from .op_runner import OpRunner, SynchronousOpRunner
from .help_window import show_help
from .overview_tab import OverviewTab
from .reintegration_tab import ReintegrationTab
from .resident_list_model import risk_label, status_label
from .vocational_tab import VocationalTab
from .window_layout import restore_geometry

log = logging.getLogger(__name__)

Runner = OpRunner | SynchronousOpRunner

OVERVIEW, CONTACTS, COUNSELING, EDUCATION, VOCATIONAL, DOCUMENTS, HISTORY = (
    "overview", "contacts", "counseling", "education", "vocational", "documents", "history"
)
ASSESSMENTS, CARE_PLAN, REINTEGRATION = "assessments", "care_plan", "reintegration"
TAB_ORDER = (
    OVERVIEW, CONTACTS, COUNSELING, ASSESSMENTS, CARE_PLAN, EDUCATION, VOCATIONAL,
    REINTEGRATION, DOCUMENTS, HISTORY,
)
GEOMETRY_KEY = "residentFile/geometry"
TAB_MARGINS = (20, 14, 20, 14)

STYLE = """
QFrame#fileHeader { background: #ffffff; border-bottom: 1px solid #dde3e9; }
QLabel#fileName { font-size: 17pt; font-weight: bold; color: #1d2733; }
QLabel#fileLatinName { font-size: 12pt; color: #44505c; }
QLabel#fileCaseNumber { color: #4f5b67; }
QLabel#fileChip {
    border-radius: 10px; padding: 3px 12px; background: #e4eef4; color: #16465e;
    font-weight: bold;
}
QLabel#fileChip[tone="high"] { background: #fbe9e7; color: #8c1d18; }
QLabel#fileChip[tone="quiet"] { background: #eef1f4; color: #44505c; }
QLabel#fileLoading { font-size: 12pt; color: #4f5b67; }
QTabWidget#fileTabs::pane { border: none; border-top: 1px solid #dde3e9; }
"""


def _permission_for(key: str) -> Permission:
    """What a role needs for a tab to be built at all (services check again on every call)."""
    if key == COUNSELING:
        return Permission.READ_CASE_TEAM_NOTES
    if key == HISTORY:
        return Permission.VIEW_FILE_HISTORY
    return Permission.VIEW_RESIDENTS


class ResidentFileWindow(QMainWindow):
    closed = Signal(int)  # resident id, once the window has closed
    loaded = Signal(object)  # ResidentDetail, after the audited view succeeded
    resident_changed = Signal(int)  # resident id, after a tab changed her record (status …)
    lock_requested = Signal()

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentFileWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE)
        self._services = services
        self._user = user
        self._runner = runner
        self.resident_id = resident_id
        self._settings = settings if settings is not None else QSettings()
        self._detail: ResidentDetail | None = None
        self._tabs: dict[str, QWidget] = {}
        self._loaded_tabs: set[str] = set()
        self._closing = False

        # -- header ----------------------------------------------------------------------
        header = QFrame()
        header.setObjectName("fileHeader")
        self._name = QLabel()
        self._name.setObjectName("fileName")
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._latin = QLabel()
        self._latin.setObjectName("fileLatinName")
        self._latin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._case_number = QLabel()
        self._case_number.setObjectName("fileCaseNumber")
        self._case_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_chip = QLabel()
        self._status_chip.setObjectName("fileChip")
        self._risk_chip = QLabel()
        self._risk_chip.setObjectName("fileChip")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self._name)
        names_line = QHBoxLayout()
        names_line.setSpacing(14)
        names_line.addWidget(self._latin)
        names_line.addWidget(self._case_number)
        names_line.addStretch(1)
        names.addLayout(names_line)
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(20, 12, 20, 12)
        header_row.setSpacing(10)
        header_row.addLayout(names, 1)
        header_row.addWidget(self._status_chip, 0, Qt.AlignmentFlag.AlignTop)
        header_row.addWidget(self._risk_chip, 0, Qt.AlignmentFlag.AlignTop)
        for chip in (self._status_chip, self._risk_chip):
            chip.hide()

        # -- body: loading message, then the tabs ------------------------------------------
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("fileTabs")
        self.tab_widget.setDocumentMode(True)
        self._loading = QLabel()
        self._loading.setObjectName("fileLoading")
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = QStackedWidget()
        self._body.addWidget(self._loading)
        self._body.addWidget(self.tab_widget)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self._body, 1)
        self.setCentralWidget(central)

        # -- keyboard ----------------------------------------------------------------------
        self._close_action = QAction(self)
        self._close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self._close_action.triggered.connect(self.close)
        self._refresh_action = QAction(self)
        self._refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self._refresh_action.triggered.connect(self.refresh_current_tab)
        self._lock_action = QAction(self)
        self._lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self._lock_action.triggered.connect(self.lock_requested)
        # Ctrl+PgDown / Ctrl+PgUp: next / previous tab even when a table or text has the focus
        # (QTabWidget only handles them itself when the focus is on the tab bar).
        self._tab_actions = []
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.step_tab(s))
            self.addAction(action)
            self._tab_actions.append(action)
        self._help_action = QAction(self)
        self._help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._help_action.triggered.connect(self.show_help)
        for action in (self._close_action, self._refresh_action, self._lock_action,
                       self._help_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        self.tab_widget.currentChanged.connect(self._tab_changed)
        self.resize(1120, 780)
        self.setMinimumSize(760, 520)
        stored = self._settings.value(GEOMETRY_KEY)
        if stored:
            restore_geometry(self, stored)  # moved back on screen if that screen is gone
        self.retranslate()
        self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the resident's detail (the audited view of her file)."""
        residents, user, rid = self._services.residents, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: residents.detail(user, rid), self._loaded,
            self.tr("Opening the resident's file…"), self._load_failed,
        )

    def detail(self) -> ResidentDetail | None:
        return self._detail

    def _loaded(self, detail: ResidentDetail) -> None:
        first = self._detail is None
        self._detail = detail
        if first:
            self._build_tabs()
            self._body.setCurrentWidget(self.tab_widget)
        overview = self._tabs[OVERVIEW]
        assert isinstance(overview, OverviewTab)
        overview.set_detail(detail)
        self.retranslate()
        if first:
            self._tab_changed(self.tab_widget.currentIndex())
        self.loaded.emit(detail)

    def _load_failed(self, error: BaseException) -> None:
        if self._detail is not None:  # a reload failed: keep what is shown, say why
            show_error(self, error)
            return
        self._loading.setText("")
        show_error(self, error)
        self.close()

    def _build_tabs(self) -> None:
        services, user, runner, rid = (
            self._services, self._user, self._runner, self.resident_id
        )
        builders = {
            OVERVIEW: OverviewTab,
            CONTACTS: ContactsTab,
            COUNSELING: CounselingTab,
            ASSESSMENTS: AssessmentsTab,
            CARE_PLAN: CarePlanTab,
            EDUCATION: EducationTab,
            VOCATIONAL: VocationalTab,
            REINTEGRATION: ReintegrationTab,
            DOCUMENTS: DocumentsTab,
            HISTORY: HistoryTab,
        }
        for key in TAB_ORDER:
            if not user.can(_permission_for(key)):
                continue
            widget = builders[key](services, user, runner, rid)
            widget.setProperty("tabKey", key)
            layout = widget.layout()
            if layout is not None and key != OVERVIEW:  # the overview scrolls edge to edge
                layout.setContentsMargins(*TAB_MARGINS)  # the same margins on every tab
            self._tabs[key] = widget
            self.tab_widget.addTab(widget, "")
            for name in ("changed", "notes_changed"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self._part_changed)

    def _tab_changed(self, index: int) -> None:
        widget = self.tab_widget.widget(index)
        if widget is None:
            return
        key = widget.property("tabKey")
        if key not in self._loaded_tabs:
            self._loaded_tabs.add(key)
            widget.refresh()  # type: ignore[attr-defined]

    def _part_changed(self, *args: object) -> None:
        """A contact, note or document changed: the overview's alerts and photo may too."""
        # Placing or closing her case (Reintegration tab) or recording her departure (Overview)
        # changes her status in the header, and in the residents list.
        if any(getattr(a, "touches", None) and a.touches("resident") for a in args):  # type: ignore[attr-defined]
            self.load()
            self.resident_changed.emit(self.resident_id)
        if OVERVIEW in self._loaded_tabs:
            self._tabs[OVERVIEW].refresh()  # type: ignore[attr-defined]
        if HISTORY in self._loaded_tabs:
            self._tabs[HISTORY].refresh()  # type: ignore[attr-defined]
        # Other tabs may show what changed (a new assessment proposes care plan goals; a
        # closure ends follow-ups): each reloads when it is next shown.
        source = self.sender()
        for key, widget in self._tabs.items():
            if key not in (OVERVIEW, HISTORY) and widget is not source:
                self._loaded_tabs.discard(key)

    def refresh_current_tab(self) -> None:
        widget = self.tab_widget.currentWidget()
        if widget is not None and self._detail is not None:
            if widget.property("tabKey") == OVERVIEW:
                self.load()
            widget.refresh()  # type: ignore[attr-defined]

    # -- tabs ----------------------------------------------------------------------------

    def tab_keys(self) -> list[str]:
        return [
            self.tab_widget.widget(i).property("tabKey") for i in range(self.tab_widget.count())
        ]

    def tab_titles(self) -> list[str]:
        """Tab titles as shown (without mnemonic markers)."""
        return [
            self.tab_widget.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
            for i in range(self.tab_widget.count())
        ]

    def tab(self, key: str) -> QWidget | None:
        return self._tabs.get(key)

    def step_tab(self, step: int) -> None:
        count = self.tab_widget.count()
        if count > 1:
            self.tab_widget.setCurrentIndex((self.tab_widget.currentIndex() + step) % count)

    def show_tab(self, key: str) -> None:
        widget = self._tabs.get(key)
        if widget is not None:
            self.tab_widget.setCurrentWidget(widget)

    def current_tab_key(self) -> str | None:
        widget = self.tab_widget.currentWidget()
        return widget.property("tabKey") if widget is not None else None

    def show_help(self) -> None:
        """F1: the help page for the tab in front."""
        show_help(self, screen_for_tab(self.current_tab_key()))

    # -- drafts and closing --------------------------------------------------------------

    def save_drafts_now(self) -> None:
        """Write unsaved counseling drafts now (before a lock, a sign-out or closing)."""
        counseling = self._tabs.get(COUNSELING)
        if counseling is not None:
            counseling.save_drafts_now()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing:
            self._closing = True
            try:
                self.save_drafts_now()
            except Exception:  # noqa: BLE001 - closing must never be blocked
                log.exception("saving drafts while closing a resident file failed")
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.closed.emit(self.resident_id)
        super().closeEvent(event)

    def is_closing(self) -> bool:
        return self._closing

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._loading.setText(self.tr("Opening the resident's file…"))
        self._close_action.setText(self.tr("Close"))
        self._refresh_action.setText(self.tr("Refresh"))
        self._lock_action.setText(self.tr("Lock now"))
        titles = {
            OVERVIEW: self.tr("Overview"),
            CONTACTS: self.tr("Contacts && family"),
            COUNSELING: self.tr("Counseling"),
            ASSESSMENTS: self.tr("Assessments"),
            CARE_PLAN: self.tr("Care plan"),
            EDUCATION: self.tr("Education"),
            VOCATIONAL: self.tr("Vocational"),
            REINTEGRATION: self.tr("Reintegration"),
            DOCUMENTS: self.tr("Documents"),
            HISTORY: self.tr("History"),
        }
        for i in range(self.tab_widget.count()):
            self.tab_widget.setTabText(i, titles[self.tab_widget.widget(i).property("tabKey")])
        d = self._detail
        if d is None:
            self.setWindowTitle(self.tr("Resident file"))
            self._name.setText(self.tr("Resident file"))
            self._latin.setText("")
            self._case_number.setText("")
            return
        khmer_first = QLocale().language() == QLocale.Language.Khmer
        name = (d.name_khmer or d.name_latin) if khmer_first else (d.name_latin or d.name_khmer)
        self.setWindowTitle(
            self.tr("{case_number} — {name}").format(case_number=d.case_number, name=name)
        )
        self._name.setText(d.name_khmer or d.name_latin)
        latin = d.name_latin if d.name_khmer else ""
        if d.alias:
            latin = self.tr("{name} (also known as {alias})").format(name=latin, alias=d.alias) \
                if latin else self.tr("also known as {alias}").format(alias=d.alias)
        self._latin.setText(latin)
        self._latin.setVisible(bool(latin))
        self._case_number.setText(self.tr("Case {case_number}").format(case_number=d.case_number))
        self._status_chip.setText(status_label(d.status))
        self._status_chip.setProperty("tone", "" if d.status == "active" else "quiet")
        self._risk_chip.setText(self.tr("Risk: {level}").format(level=risk_label(d.risk_level)))
        self._risk_chip.setProperty("tone", "high" if d.risk_level == "high" else "")
        for chip in (self._status_chip, self._risk_chip):
            chip.style().unpolish(chip)
            chip.style().polish(chip)
            chip.show()
