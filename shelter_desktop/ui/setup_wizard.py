"""Set up a new shelter: name and code, first administrator, then the recovery key, shown once.

Pages: welcome -> shelter -> administrator (commit: creates the encrypted database) -> recovery
key (save the sheet as PDF, print) -> confirmation (retype two groups of the key). Finish is
enabled only once both groups are typed correctly. ``wizard.database`` is the open database.
"""

from __future__ import annotations

import html
import logging
import secrets
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.dto import ShelterProfile
from ..domain.errors import ShelterError
from ..services.shelter_access import (
    CreatedShelter,
    NewShelter,
    ShelterAccess,
    validate_new_shelter,
)
from .change_password_dialog import PasswordHint, passwords_differ
from .errors import show_error
from .help_window import show_help
from .sign_in_dialog import ErrorLabel, Runner
from .unlock_dialog import key_font

log = logging.getLogger(__name__)

# Stand-ins that pass the administrator rules, so page 2 checks only the shelter's name and
# code with the very rules ShelterAccess.create applies.
_PLACEHOLDER_ADMIN = ("placeholder", "Placeholder", "placeholder-Passw0rd")

_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalize_group(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper().translate(_LOOK_ALIKES)


def _text_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class _Page(QWizardPage):
    """A page that retranslates itself."""

    def retranslate(self) -> None:  # pragma: no cover - each page overrides
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def wiz(self) -> "SetupWizard":
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard


class WelcomePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.body = _text_label("welcomeText")
        self.steps = _text_label("welcomeSteps")
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addSpacing(6)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Set up a new shelter"))
        self.setSubTitle(self.tr("This takes about five minutes."))
        self.body.setText(
            self.tr(
                "Shelter Desktop keeps every resident's case file in one database on this "
                "computer. The database is encrypted: without its key nobody can read it, even "
                "with the computer in their hands."
            )
        )
        self.steps.setText(
            self.tr(
                "What will happen:\n"
                "1. You enter the shelter's name and a short code.\n"
                "2. You create the first administrator account (your own).\n"
                "3. The database is created, and its recovery key is shown ONCE. The recovery "
                "key is a long code that opens the database on another computer, after this one "
                "is repaired, and from old backups. Print the recovery sheet (or write the key "
                "on paper) and keep it in a locked cabinet: not on this computer, not in an "
                "email, not as a photo on a phone.\n"
                "4. You type two parts of the key again to show that you have it.\n"
                "5. Then, as administrator, choose where backups go: a USB stick or another "
                "folder, not only this computer."
            )
        )


class ShelterPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("shelterName")
        self.name.setMaxLength(200)
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("shelterCode")
        self.code.setMaxLength(6)
        self.code.setMaximumWidth(120)
        self.code_help = _text_label()
        self.name_label.setBuddy(self.name)
        self.code_label.setBuddy(self.code)
        self.error_label = ErrorLabel()
        self.registerField("shelterName*", self.name)
        self.registerField("shelterCode*", self.code)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.code_label, self.code)
        form.addRow("", self.code_help)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.name.textEdited.connect(lambda _t: self.error_label.clear_error())
        self.code.textEdited.connect(lambda _t: self.error_label.clear_error())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The shelter"))
        self.setSubTitle(self.tr("The name is printed on forms and reports."))
        self.name_label.setText(self.tr("Shelter &name:"))
        self.code_label.setText(self.tr("Shelter &code:"))
        self.name.setPlaceholderText(self.tr("e.g. Phnom Penh Girls' Shelter"))
        self.code.setPlaceholderText(self.tr("e.g. PP"))
        self.code_help.setText(
            self.tr(
                "2 to 6 Latin capital letters. Every case number starts with it, "
                "for example PP-2026-0042."
            )
        )

    def validatePage(self) -> bool:
        try:
            validate_new_shelter(
                NewShelter(self.name.text(), self.code.text(), *_PLACEHOLDER_ADMIN)
            )
        except ShelterError as error:
            self.error_label.show_error(error)
            return False
        self.error_label.clear_error()
        return True


class AdminPage(_Page):
    """The first administrator. Leaving this page creates the database (a commit page)."""

    def __init__(self) -> None:
        super().__init__()
        self._busy = False
        self._in_validate = False
        self.setCommitPage(True)
        self.intro = _text_label()
        self.username_label, self.username = QLabel(), QLineEdit()
        self.username.setObjectName("adminUsername")
        self.full_name_label, self.full_name = QLabel(), QLineEdit()
        self.full_name.setObjectName("adminFullName")
        self.password_label, self.password = QLabel(), QLineEdit()
        self.password.setObjectName("adminPassword")
        self.repeat_label, self.repeat = QLabel(), QLineEdit()
        self.repeat.setObjectName("adminPasswordRepeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = PasswordHint()
        self.password.textChanged.connect(self.hint.update_for)
        self.status = _text_label("creatingLabel")
        self.error_label = ErrorLabel()
        for label, field in (
            (self.username_label, self.username),
            (self.full_name_label, self.full_name),
            (self.password_label, self.password),
            (self.repeat_label, self.repeat),
        ):
            label.setBuddy(field)
            field.textEdited.connect(lambda _t: self.error_label.clear_error())
        self.registerField("adminUsername*", self.username)
        self.registerField("adminFullName*", self.full_name)
        self.registerField("adminPassword*", self.password)
        self.registerField("adminPasswordRepeat*", self.repeat)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.full_name_label, self.full_name)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.hint)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your administrator account"))
        self.setSubTitle(
            self.tr("The administrator adds staff accounts, makes backups and changes settings.")
        )
        self.intro.setText(
            self.tr(
                "Choose the user name and password you will sign in with. Each member of staff "
                "gets their own account later; never share this one."
            )
        )
        self.username_label.setText(self.tr("&User name:"))
        self.username.setPlaceholderText(self.tr("e.g. sokha"))
        self.full_name_label.setText(self.tr("&Full name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.repeat_label.setText(self.tr("&Repeat password:"))
        if self._busy:
            self.status.setText(self.tr("Creating the encrypted database…"))

    def new_shelter(self) -> NewShelter:
        shelter = self.wiz().shelter_page
        return NewShelter(
            shelter.name.text(),
            shelter.code.text(),
            self.username.text(),
            self.full_name.text(),
            self.password.text(),
        )

    def validatePage(self) -> bool:
        wizard = self.wiz()
        if wizard.database is not None:
            return True
        if self._busy:
            return False
        try:
            new = validate_new_shelter(self.new_shelter())
        except ShelterError as error:
            self.error_label.show_error(error)
            return False
        if self.password.text() != self.repeat.text():
            self.error_label.show_error(passwords_differ())
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        self.error_label.clear_error()
        self._set_busy(True)
        self._in_validate = True
        try:
            wizard.runner.run_op(
                self,
                lambda: wizard.access.create(new),
                lambda result: self._created(new, result),
                self.tr("Creating the encrypted database…"),
                self._failed,
            )
        finally:
            self._in_validate = False
        return wizard.database is not None  # at once with a synchronous runner

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        wizard = self.wiz()
        for button in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            wizard.button(button).setEnabled(not busy)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.setReadOnly(busy)
        self.status.setText(self.tr("Creating the encrypted database…") if busy else "")
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _created(self, new: NewShelter, result: tuple[object, CreatedShelter]) -> None:
        self._set_busy(False)
        database, created = result
        wizard = self.wiz()
        wizard.database, wizard.created = database, created
        wizard.profile = ShelterProfile(new.name, new.code)
        wizard.admin_username = new.admin_username
        for field in (self.password, self.repeat):
            field.clear()
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        log.info("new shelter database created (key remembered: %s)", created.key_remembered)
        if not self._in_validate:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)


class KeyGroups(QFrame):
    """The recovery key in numbered groups of five, large and in a fixed-width font."""

    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recoveryKeyGroups")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#recoveryKeyGroups { background: #fffdf3; border: 1px solid #c9b458; }")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(2)
        self.grid.setContentsMargins(24, 14, 24, 14)
        self.group_labels: list[QLabel] = []
        self.number_labels: list[QLabel] = []

    def set_key(self, key: str) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.group_labels, self.number_labels = [], []
        font = key_font(self.font(), 2.0)
        font.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 0.85)
        for index, group in enumerate(key.split("-")):
            row, column = divmod(index, self.COLUMNS)
            number = QLabel(str(index + 1))
            number.setFont(small)
            number.setStyleSheet("color: #6b6b6b;")
            text = QLabel(group)
            text.setObjectName(f"keyGroup{index + 1}")
            text.setFont(font)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(number, row * 2, column)
            self.grid.addWidget(text, row * 2 + 1, column)
            self.number_labels.append(number)
            self.group_labels.append(text)

    def shown_key(self) -> str:
        return "-".join(label.text() for label in self.group_labels)


class KeyPage(_Page):
    """The recovery key, shown once."""

    def __init__(self) -> None:
        super().__init__()
        self.warning = _text_label("keyWarning")
        self.warning.setStyleSheet("color: #8a1c12; font-weight: bold;")
        self.groups = KeyGroups()
        self.keyring_note = _text_label("keyringNote")
        self.keyring_note.setStyleSheet("color: #8a4b00;")
        self.advice = _text_label()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSheetButton")
        self.save_button.clicked.connect(lambda: self.save_sheet())
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_key)
        self.print_button.setVisible(_print_support() is not None)
        self.saved_label = _text_label("savedLabel")
        self.error_label = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.groups, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.keyring_note)
        layout.addStretch(1)
        self._saved_to: Path | None = None
        self.retranslate()

    def initializePage(self) -> None:
        created = self.wiz().created
        if created is not None:
            self.groups.set_key(created.recovery_key)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("The database was created. Its recovery key is shown only now."))
        self.warning.setText(
            self.tr(
                "Print the recovery sheet or write this key on paper now. It will never be "
                "shown again. Whoever has it, and the database file, can read every case file: "
                "keep the paper in a locked cabinet, away from this computer. Do not save it on "
                "this computer, send it by email or take a photo of it with a phone. Without it, "
                "the records cannot be opened on another computer, after this one is repaired, "
                "or from a backup."
            )
        )
        self.advice.setText(
            self.tr(
                "The recovery sheet has this key and how to use it. Print it, then delete the "
                "PDF: do not leave it on this computer. Capital letters and digits only; the "
                "numbers above the groups are not part of the key."
            )
        )
        self.save_button.setText(self.tr("&Save recovery sheet (PDF)…"))
        self.print_button.setText(self.tr("&Print…"))
        created = self.wiz().created if isinstance(self.wizard(), SetupWizard) else None
        if created is not None and not created.key_remembered:
            reason = QGuiApplication.translate("Errors", created.keyring_reason)
            self.keyring_note.setText(
                self.tr(
                    "{reason}\nThis means the recovery key will be asked at every start of "
                    "Shelter Desktop. Keep a copy where the people who open the application "
                    "can get it, locked away."
                ).format(reason=reason)
            )
            self.keyring_note.show()
        else:
            self.keyring_note.hide()
        if self._saved_to is not None:
            self.saved_label.setText(
                self.tr("Recovery sheet saved to {path}").format(path=str(self._saved_to))
            )

    def sheet_path_suggestion(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        profile = self.wiz().profile
        code = profile.code if profile else "shelter"
        return Path(folder or Path.home()) / f"recovery-sheet-{code}-{date.today():%Y-%m-%d}.pdf"

    def save_sheet(self, target: Path | None = None) -> None:
        """Write the recovery sheet PDF; asks where unless ``target`` is given (tests)."""
        wizard = self.wiz()
        if wizard.created is None or wizard.profile is None:
            return
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery sheet"),
                str(self.sheet_path_suggestion()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
        from ..services.recovery_sheet import write_recovery_sheet

        profile, key, access = wizard.profile, wizard.created.recovery_key, wizard.access
        self.error_label.clear_error()
        wizard.runner.run_op(
            self,
            lambda: write_recovery_sheet(profile, key, access.settings().database_id, target),
            lambda _result: self._saved(target),
            self.tr("Saving the recovery sheet…"),
            self._save_failed,
        )

    def _saved(self, target: Path) -> None:
        self._saved_to = target
        self.saved_label.setText(
            self.tr("Recovery sheet saved to {path}").format(path=str(target))
        )

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)

    def key_document(self) -> QTextDocument:
        """A one-page printout of the key, for printing straight from the wizard."""
        wizard = self.wiz()
        assert wizard.created is not None and wizard.profile is not None
        groups = wizard.created.recovery_key.split("-")
        lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
        key_html = "<br>".join(html.escape(line) for line in lines)
        title = self.tr("Shelter Desktop – recovery key")
        printed = self.tr("Printed on {day}").format(day=date.today().isoformat())
        database_id = self.tr("Database id: {id}").format(id=wizard.access.settings().database_id)
        how = self.tr(
            "To open the database on another computer: install Shelter Desktop, copy the data "
            "folder, start it and type this key when asked."
        )
        esc = html.escape
        body = (
            f"<h1>{esc(title)}</h1>"
            f"<p><b>{esc(wizard.profile.name)}</b> ({esc(wizard.profile.code)})"
            f"<br>{esc(printed)}<br>{esc(database_id)}</p>"
            "<p style='font-family: monospace; font-size: 20pt; font-weight: bold;'>"
            f"{key_html}</p>"
            f"<p>{esc(self.warning.text())}</p><p>{esc(how)}</p>"
        )
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setHtml(body)
        return document

    def print_key(self) -> None:
        support = _print_support()
        if support is None:
            return
        printer = support.QPrinter(support.QPrinter.PrinterMode.HighResolution)
        dialog = support.QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.key_document().print_(printer)


def _print_support():  # type: ignore[no-untyped-def]
    """QtPrintSupport, where this Qt build has it; else only the PDF sheet is offered."""
    try:
        from PySide6 import QtPrintSupport
    except ImportError:  # pragma: no cover - depends on the Qt wheel
        return None
    return QtPrintSupport


class ConfirmPage(_Page):
    """Type two groups of the key again: proof that it was written down before Finish."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = _text_label()
        self.first_label, self.first = QLabel(), QLineEdit()
        self.second_label, self.second = QLabel(), QLineEdit()
        self.first.setObjectName("confirmFirst")
        self.second.setObjectName("confirmSecond")
        for label, field in ((self.first_label, self.first), (self.second_label, self.second)):
            field.setFont(key_font(self.font(), 1.6))
            field.setMaxLength(7)
            field.setMaximumWidth(160)
            label.setBuddy(field)
            field.textChanged.connect(lambda _t: self._changed())
        self.result_label = _text_label("confirmResult")
        self.backups_note = _text_label("backupsNote")
        self.asked: tuple[int, int] = (0, 1)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addSpacing(12)
        layout.addWidget(self.backups_note)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        created = self.wiz().created
        if created is not None:
            count = len(created.recovery_key.split("-"))
            a, b = sorted(secrets.SystemRandom().sample(range(count), 2))
            self.asked = (a, b)
        self.first.clear()
        self.second.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check your copy of the key"))
        self.setSubTitle(self.tr("Type two groups of the key from your paper or printout."))
        self.intro.setText(
            self.tr(
                "Look at the copy you wrote down or printed, not at the screen before. "
                "If you cannot, go back one page while the key is still shown."
            )
        )
        self.backups_note.setText(
            self.tr(
                "Next: backups. A backup is an encrypted copy of the whole database that brings "
                "the records back if this computer breaks, is stolen or the database is damaged. "
                "After signing in, open Administration, Backups, choose a folder on a USB stick "
                "(or another folder, not only this computer) and click Back up now. From then "
                "on, while Shelter Desktop is open, it makes a backup there every day, and it "
                "offers one when an administrator closes it. A backup opens with the recovery key the database had "
                "when the backup was made: if you ever change the key, keep the old recovery "
                "sheet with the old backups."
            )
        )
        self.first_label.setText(self.tr("Group &{n}:").format(n=self.asked[0] + 1))
        self.second_label.setText(self.tr("Group &{n}:").format(n=self.asked[1] + 1))
        self._changed(emit=False)

    def _matches(self, field: QLineEdit, index: int) -> bool:
        created = self.wiz().created if isinstance(self.wizard(), SetupWizard) else None
        if created is None:
            return False
        return normalize_group(field.text()) == created.recovery_key.split("-")[index]

    def _changed(self, emit: bool = True) -> None:
        first = self.first.text().strip()
        second = self.second.text().strip()
        if len(normalize_group(first)) >= 5 and len(normalize_group(second)) >= 5:
            if self.isComplete():
                self.result_label.setStyleSheet("color: #1b6e20;")
                self.result_label.setText(self.tr("Both groups are right. Press Finish."))
            else:
                self.result_label.setStyleSheet("color: #b3261e;")
                self.result_label.setText(
                    self.tr("At least one group does not match. Check your copy of the key.")
                )
        else:
            self.result_label.setText("")
        if emit:
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._matches(self.first, self.asked[0]) and self._matches(
            self.second, self.asked[1]
        )


class SetupWizard(QWizard):
    """Creates the shelter database. Afterwards ``database`` is open, ``created`` holds the
    recovery key, ``admin_username`` the administrator to sign in as."""

    def __init__(
        self, access: ShelterAccess, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.access = access
        self.runner = runner
        self.database: object | None = None
        self.created: CreatedShelter | None = None
        self.profile: ShelterProfile | None = None
        self.admin_username = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage()
        self.shelter_page = ShelterPage()
        self.admin_page = AdminPage()
        self.key_page = KeyPage()
        self.confirm_page = ConfirmPage()
        for page in (self.welcome_page, self.shelter_page, self.admin_page, self.key_page,
                     self.confirm_page):
            self.addPage(page)
        self.setMinimumSize(760, 560)
        help_action = QAction(self)  # F1: the help page about setting up
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self.show_setup_help)  # a method: no lambda holding self
        self.addAction(help_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up a new shelter – Shelter Desktop"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.CommitButton: self.tr("&Create the database"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_setup_help(self) -> None:
        show_help(self, "setup")

    def confirmed(self) -> bool:
        return self.currentPage() is self.confirm_page and self.confirm_page.isComplete()

    def reject(self) -> None:
        """Before the database exists Cancel just closes. After, the key is at stake: ask."""
        if self.database is not None and not self.confirmed():
            if not self.confirm_close_without_key():
                return
        super().reject()

    def confirm_close_without_key(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("The recovery key will not be shown again"),
            self.tr(
                "The database has been created, but you have not confirmed that you have "
                "its recovery key. Once this window is closed, the key is never shown again.\n\n"
                "Close anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
