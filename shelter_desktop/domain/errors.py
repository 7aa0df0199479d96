"""Errors that reach a person: each says what happened and what to do, in plain words."""

from __future__ import annotations

from typing import Any

from .i18n import QT_TRANSLATE_NOOP


class ShelterError(Exception):
    """Base of every error the application explains to its user.

    ``template`` is an English sentence marked for translation; ``params`` fill its ``{names}``.
    """

    template: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(ShelterError):
    """Input that cannot be accepted; nothing was changed."""


class PermissionDenied(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Your account is not allowed to do this ({action}). The attempt was recorded. "
        "Ask an administrator if you need this access.",
    )


class SignInFailed(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The user name or password is not correct. Check them and try again."
    )


class AccountLocked(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This account is locked after too many wrong passwords. Try again after {until}, "
        "or ask an administrator to reset the password.",
    )


class AccountDisabled(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This account has been disabled. Ask an administrator to enable it again."
    )


class NoDatabase(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is no shelter database in {folder}. Create one with the setup wizard "
        "or the 'init' command, or choose another data folder.",
    )


class DatabaseExists(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "A shelter database already exists in {folder}. Nothing was changed. "
        "Choose an empty data folder to create a new one.",
    )


class CannotOpenDatabase(ShelterError):
    """The file could not be opened: wrong key, damaged header, or not a shelter database."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database could not be opened with this key. Either the key is wrong or the file "
        "is damaged. The file was not changed. Check the recovery key, or restore a backup.",
    )


class DatabaseDamaged(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is damaged ({problem}). Nothing was written to it. "
        "Restore the latest backup, or ask for technical help.",
    )


class DatabaseFromNewerVersion(ShelterError):
    """The schema revision is not one this version knows: a newer version made or upgraded
    the database. It is never migrated or written by this version."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This database was made by a newer version of Shelter Desktop (schema {revision}). "
        "Install that version or newer to open it. Nothing was changed.",
    )


class UnsafeDatabaseSettings(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database opened with unsafe settings ({setting} is {actual}, expected {expected}), "
        "so it was closed again. Reinstall the application or ask for technical help.",
    )


class RecoveryKeyNeeded(ShelterError):
    """The key is not in the OS credential store: the user must type the recovery key."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the recovery key to open the database. {reason}",
    )


class InvalidRecoveryKey(ValidationError):
    """A typed recovery key that cannot be right; the template names the mistake."""

    WRONG_LENGTH = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid recovery key: it has {count} letters and digits but should have "
        "{expected}. Type it again exactly as printed on the recovery sheet (spaces and dashes "
        "do not matter).",
    )
    UNUSED_CHARACTER = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid recovery key: the character '{character}' never appears in one. "
        "Type it again exactly as printed on the recovery sheet.",
    )
    CHECK_FAILED = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid recovery key: at least one character is wrong (the check digits "
        "do not match). Compare it group by group with the recovery sheet.",
    )
    template = CHECK_FAILED


class NotFound(ShelterError):
    template = QT_TRANSLATE_NOOP("Errors", "The {what} you asked for does not exist any more.")
