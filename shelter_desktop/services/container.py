"""Every service of one unlocked shelter database, built once by app.py or cli.py."""

from __future__ import annotations

from ..domain.dto import ShelterProfile
from ..storage.database import ShelterDatabase
from .audit_log import AuditLogService
from .auth import AuthService
from .backups import BackupService
from .contacts import ContactService
from .documents import DocumentService
from .due_work import DueWorkService
from .education import EducationService
from .file_history import FileHistoryService
from .home import HomeService
from .integrity import IntegrityService
from .notes import NoteService
from .preferences import Preferences, SettingsService
from .residents import ResidentService
from .shelter_access import ShelterAccess
from .staff import StaffService
from .vocational import VocationalService


class Services:
    def __init__(self, access: ShelterAccess, database: ShelterDatabase) -> None:
        self.access = access
        self.database = database
        on_head = access.head_recorder(database)
        self.auth = AuthService(database, on_head)
        self.staff = StaffService(database, on_head)
        self.audit = AuditLogService(database, on_head)
        self.residents = ResidentService(database, on_head)
        self.contacts = ContactService(database, on_head)
        self.home = HomeService(database, on_head)
        self.due_work = DueWorkService(database, on_head)
        self.notes = NoteService(database, on_head)
        self.documents = DocumentService(database, on_head)
        self.education = EducationService(database, on_head)
        self.vocational = VocationalService(database, on_head)
        self.file_history = FileHistoryService(database, on_head)
        self.settings = SettingsService(database, on_head, access.data_dir)
        self.preferences = Preferences(access.data_dir)
        self.backups = BackupService(database, on_head, access.data_dir)
        self.integrity = IntegrityService(database, on_head, access.outside_head)

    def profile(self) -> ShelterProfile:
        return self.access.profile(self.database)

    def close(self) -> None:
        self.database.close()
