"""Forced change of an initial password, and the password strength hint the set-up uses too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError, SignInFailed, ValidationError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.passwords import MIN_PASSWORD_LENGTH
from ..services.container import Services
from .errors import show_error
from .sign_in_dialog import EntryDialog, ErrorLabel, Runner, heading_font

PASSWORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors", "The two passwords are not the same. Type the password again in both fields."
)

WRONG_CURRENT = QT_TRANSLATE_NOOP(
    "Errors", "The current password is not correct. Type the password you signed in with."
)


def passwords_differ() -> ValidationError:
    return ValidationError(PASSWORDS_DIFFER)


def password_strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong. Only a hint: the rules are in domain.passwords."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    score = 1
    if len(password) >= 12 or kinds >= 3:
        score = 2
    if len(password) >= 16 or (len(password) >= 12 and kinds >= 3):
        score = 3
    if len(set(password)) < 4:
        score = 0
    return score


class PasswordHint(QLabel):
    """Tells, as the person types, whether the password is long and varied enough."""

    COLOURS = ("#b3261e", "#a05a00", "#5b6b00", "#1b6e20")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordHint")
        self.setWordWrap(True)
        self._password = ""
        self.update_for("")

    def update_for(self, password: str) -> None:
        self._password = password
        if not password:
            text = self.tr(
                "At least {n} characters. A short sentence is easy to remember and hard to guess."
            ).format(n=MIN_PASSWORD_LENGTH)
            self.setStyleSheet("")
            self.setText(text)
            return
        score = password_strength(password)
        texts = (
            self.tr(
                "Too short or too simple: use at least {n} characters, not all the same."
            ).format(n=MIN_PASSWORD_LENGTH),
            self.tr("Weak: longer is better, for example a short sentence."),
            self.tr("Fair: good enough, longer is still better."),
            self.tr("Strong password."),
        )
        self.setStyleSheet(f"color: {self.COLOURS[score]};")
        self.setText(texts[score])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_for(self._password)
        super().changeEvent(event)


class ChangePasswordDialog(EntryDialog):
    """Shown right after sign-in when an administrator set the password. It cannot be skipped:
    "Sign out" (or closing the window) ends the session instead."""

    password_changed = Signal(object)  # SignedInUser

    def __init__(
        self,
        services: Services,
        runner: Runner,
        user: SignedInUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.services = services
        self.runner = runner
        self.signed_in_user = user
        self.user: SignedInUser | None = None

        self.title = QLabel()
        self.title.setFont(heading_font(self.font()))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.old_label, self.old_password = QLabel(), self._password_field("oldPassword")
        self.new_label, self.new_password = QLabel(), self._password_field("newPassword")
        self.repeat_label, self.repeat_password = QLabel(), self._password_field("repeatPassword")
        self.hint = PasswordHint()
        self.new_password.textChanged.connect(self.hint.update_for)
        self.error_label = ErrorLabel()
        self.change_button = QPushButton()
        self.change_button.setObjectName("changeButton")
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.change)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.old_label, self.old_password)
        form.addRow(self.new_label, self.new_password)
        form.addRow("", self.hint)
        form.addRow(self.repeat_label, self.repeat_password)
        for label, field in (
            (self.old_label, self.old_password),
            (self.new_label, self.new_password),
            (self.repeat_label, self.repeat_password),
        ):
            label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self.old_password.setFocus()

    @staticmethod
    def _password_field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose your password – Shelter Desktop"))
        self.title.setText(
            self.tr("Welcome, {name}").format(name=self.signed_in_user.display_name)
        )
        self.explanation.setText(
            self.tr(
                "Your password was set by an administrator. Choose your own password now. "
                "Nobody else, not even the administrator, should know it."
            )
        )
        self.old_label.setText(self.tr("&Current password:"))
        self.new_label.setText(self.tr("&New password:"))
        self.repeat_label.setText(self.tr("&Repeat new password:"))
        self.change_button.setText(self.tr("&Change password"))
        self.sign_out_button.setText(self.tr("Sign &out"))

    def change(self) -> None:
        old, new = self.old_password.text(), self.new_password.text()
        if new != self.repeat_password.text():
            self.error_label.show_error(passwords_differ())
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return
        self.error_label.clear_error()
        self.change_button.setEnabled(False)
        user = self.signed_in_user
        self.runner.run_op(
            self,
            lambda: self.services.auth.change_password(user, old, new),
            self._changed,
            self.tr("Changing the password…"),
            self._failed,
        )

    def _changed(self, user: SignedInUser) -> None:
        self.change_button.setEnabled(True)
        self.user = user
        for field in (self.old_password, self.new_password, self.repeat_password):
            field.clear()
        self.password_changed.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.change_button.setEnabled(True)
        if isinstance(error, SignInFailed):
            self.error_label.show_error(ValidationError(WRONG_CURRENT))
            self.old_password.clear()
            self.old_password.setFocus()
        elif isinstance(error, ShelterError):
            self.error_label.show_error(error)
            if isinstance(error, ValidationError):
                self.new_password.setFocus()
                self.new_password.selectAll()
        else:
            show_error(self, error)
