"""Every service of one unlocked shelter database, built once by app.py or cli.py."""

from __future__ import annotations

from ..domain.dto import ShelterProfile
from ..storage.database import ShelterDatabase
from .assessments import AssessmentService
from .audit_log import AuditLogService
from .auth import AuthService
from .backups import BackupService
from .care_plans import CarePlanService
from .case_policy import CasePolicyService
from .contacts import ContactService
from .documents import DocumentService
from .due_work import DueWorkService
from .education import EducationService
from .file_history import FileHistoryService
from .home import HomeService
from .integrity import IntegrityService
from .key_change import KeyChangeService
from .notes import NoteService
from .preferences import Preferences, SettingsService
from .printing import PrintingService
from .reintegration import ReintegrationService
from .residents import ResidentService
from .scheduled_backup import ScheduledBackupService
from .shelter_access import ShelterAccess
from .staff import StaffService
from .summaries import SummaryService
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
        self.case_policy = CasePolicyService(database, on_head)
        self.assessments = AssessmentService(database, on_head)
        self.care_plans = CarePlanService(database, on_head)
        self.reintegration = ReintegrationService(database, on_head)
        self.printing = PrintingService(database, on_head)
        self.summaries = SummaryService(database, on_head)
        self.settings = SettingsService(database, on_head, access.data_dir)
        self.preferences = Preferences(access.data_dir)
        self.backups = BackupService(database, on_head, access.data_dir)
        self.scheduled_backups = ScheduledBackupService(database, on_head, access.data_dir)
        self.integrity = IntegrityService(database, on_head, access.outside_head)
        self.key_change = KeyChangeService(
            database, on_head, access.data_dir, access.keystore, self.backups
        )

    def profile(self) -> ShelterProfile:
        return self.access.profile(self.database)

    def close(self) -> None:
        self.database.close()
