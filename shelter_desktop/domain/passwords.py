"""Password rules for staff accounts."""

from __future__ import annotations

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
MAX_FAILED_SIGN_INS = 5
LOCKOUT_MINUTES = 5


def check_new_password(password: str, username: str) -> None:
    """Raise ValidationError when ``password`` is too weak to protect case files."""
    if any("\ud800" <= ch <= "\udfff" for ch in password):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The password contains a character that cannot be used. Type it again."
            )
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The password must have at least {n} characters. Choose a longer one."
            ),
            n=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password is too long (at most {n} characters)."),
            n=MAX_PASSWORD_LENGTH,
        )
    if password.strip().casefold() == username.strip().casefold():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must not be the same as the user name.")
        )
    if len(set(password)) < 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The password repeats too few different characters. Choose another."
            )
        )
