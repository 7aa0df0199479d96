"""Show an error the way staff can act on it: what happened and what to do, in their language."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import ShelterError

log = logging.getLogger(__name__)


def translate_error(error: BaseException) -> str:
    if isinstance(error, ShelterError):
        params: dict[str, Any] = {
            name: QCoreApplication.translate("Errors", value) if isinstance(value, str) else value
            for name, value in error.params.items()
        }
        return QCoreApplication.translate("Errors", error.template).format(**params)
    return QCoreApplication.translate(
        "Errors",
        "An unexpected error happened and this action was not completed. Nothing else was "
        "changed. If it happens again, restart the application and tell your administrator.",
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if not isinstance(error, ShelterError):
        # Tracebacks name code, not residents: values are not logged.
        log.error("unexpected error: %s", type(error).__name__, exc_info=error)
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "Shelter Desktop"), translate_error(error)
    )
