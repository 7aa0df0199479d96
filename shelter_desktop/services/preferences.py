"""Preferences kept in the settings file (language, idle lock), read and written for the UI."""

from __future__ import annotations

from ..domain.audit import AuditAction
from ..domain.dto import SignedInUser
from ..domain.errors import ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.paths import DataDir
from ..storage.settings_file import AppSettings
from .base import ServiceBase

LANGUAGES = ("en", "km")


class Preferences:
    """Readable before unlock (the sign-in window needs the language)."""

    def __init__(self, data_dir: DataDir) -> None:
        self._path = data_dir.settings

    def language(self) -> str:
        return AppSettings.load(self._path).language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown language."))
        settings = AppSettings.load(self._path)
        settings.language = language
        settings.save(self._path)

    def idle_lock_minutes(self) -> int:
        return AppSettings.load(self._path).idle_lock_minutes


class SettingsService(ServiceBase):
    """Settings that change how the shelter works: administrators only, audited."""

    def __init__(self, database, on_head, preferences_path: DataDir) -> None:  # type: ignore[no-untyped-def]
        super().__init__(database, on_head)
        self._path = preferences_path.settings

    def set_idle_lock_minutes(self, actor: SignedInUser, minutes: int) -> None:
        if not 1 <= minutes <= 120:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The idle lock time is between 1 and 120 minutes.")
            )
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.MANAGE_SETTINGS, "settings")
            settings = AppSettings.load(self._path)
            settings.idle_lock_minutes = minutes
            settings.save(self._path)
            uow.audit(AuditAction.UPDATE, "settings", None, {"idle_lock_minutes": minutes})
