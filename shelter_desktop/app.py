"""Composition root of the GUI: settings -> unlock -> services -> main window (DESIGN.md 2).

Only this module (and cli.py) builds storage objects and wires them to services and windows.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .services.container import Services
from .services.preferences import Preferences
from .services.shelter_access import ShelterAccess
from .storage.keystore import KeyStore
from .storage.paths import DataDir
from .ui.app_icon import application_icon
from .ui.clipboard_guard import ClipboardGuard
from .ui.errors import translate_error
from .ui.i18n import install_language, register_fonts
from .ui.text_size import apply_saved_text_size
from .ui.op_runner import OpRunner
from .ui.session_flow import SessionFlow

APP_NAME = "Shelter Desktop"
ORGANIZATION = "Shelter Desktop"
QUIT_AFTER_SHOWN_ENV = "SHELTER_QUIT_AFTER_SHOWN"
LOG_BYTES = 1_000_000
LOG_FILES = 3

log = logging.getLogger("shelter_desktop")


def make_access(folder: Path) -> ShelterAccess:
    return ShelterAccess(DataDir(folder), KeyStore())


def make_services(access: ShelterAccess, database: object) -> Services:
    return Services(access, database)  # type: ignore[arg-type]


def setup_logging(data_dir: Path, create: bool = True) -> None:
    """Rotating log in ``<data_dir>/logs``. Only events and error types go there: never names,
    notes or anything else a person typed."""
    root = logging.getLogger("shelter_desktop")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_shelter_log", False):
            root.removeHandler(handler)
            handler.close()
    folder = data_dir / "logs"
    if not create and not folder.parent.is_dir():
        return  # nothing is created just to start and quit
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "shelter.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._shelter_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def _log_uncaught(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """An error escaped a slot. Log its type and code lines, not its message (a database error
    can quote the values it failed on); if it left no window open, say so and stop rather than
    run on invisibly."""
    log.error("uncaught %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))
    print(f"Unexpected error: {kind.__name__} (details in the log file)", file=sys.stderr)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if any(window.isVisible() for window in app.topLevelWidgets()):
        return
    QMessageBox.critical(None, APP_NAME, translate_error(error))
    app.exit(1)


def load_stylesheet(app: QApplication) -> None:
    from importlib.resources import files

    sheet = files("shelter_desktop.forms") / "app.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def install_saved_language(access: ShelterAccess) -> None:
    language = Preferences(access.data_dir).language()
    try:
        install_language(language)
    except FileNotFoundError:
        log.warning("translation %s missing; using English", language)
        install_language("en")


def main(data_dir: Path) -> int:
    quit_after_shown = os.environ.get(QUIT_AFTER_SHOWN_ENV) == "1"
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(application_icon())
    app.setQuitOnLastWindowClosed(False)  # the flow decides when the application ends

    setup_logging(data_dir, create=not quit_after_shown)
    sys.excepthook = _log_uncaught
    log.info("starting")
    register_fonts()
    load_stylesheet(app)
    apply_saved_text_size()  # View ▸ Text size, per person on this PC (QSettings)
    ClipboardGuard.install(app)  # our copies leave the OS clipboard after 30 s
    access = make_access(data_dir)
    install_saved_language(access)

    runner = OpRunner()
    flow = SessionFlow(access, runner, make_services, access_for=make_access)
    flow.finished.connect(app.exit)
    if quit_after_shown:
        flow.first_shown.connect(lambda _window: QTimer.singleShot(0, _announce_and_quit))
    QTimer.singleShot(0, flow.start)
    try:
        code = app.exec()
    finally:
        flow.shutdown()
        log.info("stopped")
    return code if flow.exit_code is None else flow.exit_code


def _announce_and_quit() -> None:
    print("shown", flush=True)
    app = QCoreApplication.instance()
    if app is not None:
        app.exit(0)
