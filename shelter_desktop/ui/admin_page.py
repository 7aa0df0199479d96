"""The Administration page: staff accounts, the audit log, settings, backups and the integrity
check, one tab each.

Every call goes through the services, which check the signed-in user's permission themselves:
the page never decides on its own who may see or change what.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..domain.dto import SignedInUser
from ..services.container import Services
from .audit_log_panel import AuditLogPanel
from .backup_panel import BackupPanel
from .integrity_panel import IntegrityPanel
from .settings_panel import SettingsPanel
from .staff_dialogs import Runner
from .staff_panel import StaffPanel


class AdministrationPage(QWidget):
    changed = Signal(object)  # Changes, for other views that show staff
    idle_lock_minutes_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.staff_panel = StaffPanel(services, user, runner)
        self.audit_panel = AuditLogPanel(services, user, runner)
        self.settings_panel = SettingsPanel(services, user, runner)
        self.backup_panel = BackupPanel(services, user, runner)
        self.integrity_panel = IntegrityPanel(services, user, runner)
        self.staff_panel.changed.connect(self.changed)
        self.settings_panel.idle_lock_minutes_changed.connect(self.idle_lock_minutes_changed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.staff_panel, "")
        self.tabs.addTab(self.audit_panel, "")
        self.tabs.addTab(self.settings_panel, "")
        self.tabs.addTab(self.backup_panel, "")
        self.tabs.addTab(self.integrity_panel, "")
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.addWidget(self.tabs)
        self.retranslate()

    def refresh(self) -> None:
        """Reload the visible tab (others reload when they are shown)."""
        self._loaded = True
        panel = self.tabs.currentWidget()
        if isinstance(
            panel, (StaffPanel, AuditLogPanel, SettingsPanel, BackupPanel, IntegrityPanel)
        ):
            panel.load()

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded:  # shown before anyone asked for data: load it now
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Staff"))
        self.tabs.setTabText(1, self.tr("Audit log"))
        self.tabs.setTabText(2, self.tr("Settings"))
        self.tabs.setTabText(3, self.tr("Backups"))
        self.tabs.setTabText(4, self.tr("Integrity"))
