"""Show an error the way staff can act on it: what happened and what to do, in their language."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import ShelterError

log = logging.getLogger(__name__)


# Contexts whose messages can travel inside a ShelterError (domain and service rules).
ERROR_CONTEXTS = (
    "Errors", "Intake", "Progress", "Documents", "Notes", "Duplicates", "Backups",
    "Assessments", "CarePlans", "Reintegration", "Printing",
)


def _translate(text: str) -> str:
    for context in ERROR_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def translate_error(error: BaseException) -> str:
    if isinstance(error, ShelterError):
        # Parameters that are themselves marked sentences (e.g. why a key is missing) translate
        # too; names, numbers and paths are left as they are.
        params: dict[str, Any] = {
            name: _translate(value) if isinstance(value, str) else value
            for name, value in error.params.items()
        }
        return _translate(error.template).format(**params)
    return QCoreApplication.translate(
        "Errors",
        "An unexpected error happened and this action was not completed. Nothing else was "
        "changed. If it happens again, restart the application and tell your administrator.",
    )


def log_unexpected(error: BaseException) -> None:
    """Log where an unexpected error happened, never its message: a database error's message
    can quote the values of the row being written, i.e. a resident's data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unexpected %s\n%s", type(error).__name__, frames)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if not isinstance(error, ShelterError):
        log_unexpected(error)
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "Shelter Desktop"), translate_error(error)
    )
