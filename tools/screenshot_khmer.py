"""Screenshots of the main screens in Khmer, Qt's own texts included, for checking issue #7.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_khmer.py OUT_DIR

Builds a throwaway shelter in a temp folder (synthetic residents only, the database key in an
in-memory credential store) with the helpers of screenshot_main.py and screenshot_file.py,
switches to Khmer and saves km-<nn>-<name>.png to OUT_DIR (default: screenshots/khmer/):
sign-in, home, residents, due work, reports, administration (every tab), every tab of a
resident's file, the first intake wizard pages, and Qt's own texts: a text field's right-click
menu, a message box's buttons, OK/Cancel, the calendar popup, Qt's file and print dialogs, the
help window (also at 130 % text size). Look at every picture: English left over and clipped or
overlapping Khmer are what to look for.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import keyring
from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QPoint, QSize
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshot_file import add_resident as add_full_resident
from screenshot_main import PASSWORD, MemoryKeyring, add_residents, build_shelter

from shelter_desktop.services.container import Services
from shelter_desktop.ui.help_window import show_help
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.intake_wizard import IntakeWizard
from shelter_desktop.ui.main_window import MainWindow, load_stylesheet
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.resident_file_window import TAB_ORDER
from shelter_desktop.ui.sign_in_dialog import SignInDialog
from shelter_desktop.ui.text_size import apply_text_size

REPO = Path(__file__).resolve().parents[1]
SIZE = QSize(1280, 800)


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out, self.count = out, 0

    def __call__(self, widget: QWidget, name: str) -> None:
        if not widget.isVisible():
            widget.show()
        settle()
        self.count += 1
        path = self.out / f"km-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def open_window(services: Services, username: str, runner: SynchronousOpRunner) -> MainWindow:
    window = MainWindow(services, services.auth.sign_in(username, PASSWORD), runner)
    window.resize(SIZE)
    window.show()
    settle()
    return window


def close_window(window: MainWindow) -> None:
    window.idle_watcher.stop()
    window.resident_windows.close_all()
    window.close()
    window.deleteLater()
    settle()


def shoot_main_screens(shot: Shooter, services: Services, runner: SynchronousOpRunner,
                       rid: int) -> None:
    sign_in = SignInDialog(services, runner, "manager")
    shot(sign_in, "sign-in")
    sign_in.close()
    sign_in.deleteLater()

    window = open_window(services, "counselor", runner)
    shot(window, "home-counselor")
    window.show_page("residents")
    shot(window, "residents")
    page = window.page("residents")
    menu = page.search_box.createStandardContextMenu()  # type: ignore[union-attr]
    menu.popup(page.search_box.mapToGlobal(QPoint(20, 20)))  # type: ignore[union-attr]
    shot(menu, "context-menu-search-box")
    menu.close()
    menu.deleteLater()
    close_window(window)

    window = open_window(services, "manager", runner)
    shot(window, "home-manager")
    for key in ("due_work", "reports"):
        if window.page(key) is not None:
            window.show_page(key)
            shot(window, key.replace("_", "-"))
    file_window = window.resident_windows.open(rid)
    if file_window is not None:
        file_window.resize(SIZE)
        for key in TAB_ORDER:
            if file_window.tab(key) is not None:
                file_window.show_tab(key)
                shot(file_window, f"file-{key.replace('_', '-')}")
        file_window.show_tab("contacts")
        dialog = file_window.tab("contacts").open_add_dialog()  # type: ignore[union-attr]
        shot(dialog, "file-contact-dialog")
        dialog.reject()
    close_window(window)

    window = open_window(services, "admin", runner)
    admin = window.page("administration")
    if admin is not None:
        window.show_page("administration")
        tabs = admin.findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(index)  # type: ignore[union-attr]
            shot(window, f"administration-{index + 1}")
    close_window(window)


def shoot_intake(shot: Shooter, services: Services, runner: SynchronousOpRunner) -> None:
    wizard = IntakeWizard(services, services.auth.sign_in("counselor", PASSWORD), runner)
    wizard.resize(SIZE)
    shot(wizard, "intake-identity")
    wizard.next()  # nothing filled in: the problems show under their fields
    shot(wizard, "intake-identity-problems")
    identity = wizard.identity_page
    identity.name_khmer.setText("ស្រីពៅ ចាន់")
    identity.name_latin.setText("Sreypov Chan")
    identity.sex.setCurrentIndex(identity.sex.findData("female"))
    identity.date_of_birth.set_value(QDate(2009, 8, 14).toPython())
    wizard.next()
    shot(wizard, "intake-origin")
    wizard.next()
    shot(wizard, "intake-referral")
    wizard.close()
    wizard.deleteLater()
    settle()


def shoot_qt_own(shot: Shooter, services: Services, runner: SynchronousOpRunner,
                 work: Path) -> None:
    """Texts Qt itself writes: qtbase_km.qm and the Khmer locale."""
    box = QMessageBox(QMessageBox.Icon.Question, "Shelter Desktop", "ស្រីពៅ ចាន់ ?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("details")
    box.open()
    shot(box, "qt-message-box")
    box.close()
    box.deleteLater()

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Apply
    )
    shot(buttons, "qt-dialog-buttons")
    buttons.deleteLater()

    edit = QDateEdit(QDate(2026, 3, 14))
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.resize(calendar.sizeHint())  # the size the popup of a date field has
    shot(calendar, "qt-calendar")
    calendar.hide()
    edit.deleteLater()

    (work / "backups").mkdir(exist_ok=True)
    (work / "report.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "", str(work))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.resize(760, 480)
    shot(dialog, "qt-file-dialog")
    dialog.close()
    dialog.deleteLater()

    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(work / "print.pdf"))
        print_dialog = QPrintDialog(printer)
        print_dialog.show()
        shot(print_dialog, "qt-print-dialog")
        print_dialog.close()
        print_dialog.deleteLater()
    except ImportError:
        pass

    window = open_window(services, "counselor", runner)
    help_window = show_help(window, "residents")
    help_window.resize(900, 640)
    shot(help_window, "help")
    apply_text_size(130)
    shot(help_window, "help-130")
    apply_text_size(100)
    help_window.close()
    close_window(window)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else REPO / "screenshots" / "khmer"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(MemoryKeyring())
    QCoreApplication.setOrganizationName("Shelter Desktop screenshots")
    QCoreApplication.setApplicationName("Shelter Desktop screenshots")
    app = QApplication(argv[:1])
    register_fonts()
    app.setStyleSheet(load_stylesheet())
    runner = SynchronousOpRunner()
    shot = Shooter(out)
    with tempfile.TemporaryDirectory(prefix="shelter-khmer-shots-") as tmp:
        work = Path(tmp)
        services = build_shelter(work / "data")
        counselor = services.auth.sign_in("counselor", PASSWORD)
        add_residents(services, counselor.id, n=30)
        rid = add_full_resident(services)
        install_language("km")
        settle()
        shoot_main_screens(shot, services, runner, rid)
        shoot_intake(shot, services, runner)
        files_folder = work / "files"
        files_folder.mkdir()
        shoot_qt_own(shot, services, runner, files_folder)
        install_language("en")
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
