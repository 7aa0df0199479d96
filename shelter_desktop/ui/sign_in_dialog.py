"""The sign-in window, plus the small pieces every entry window shares: an inline error line,
a language switch and a heading."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import ShelterProfile, SignedInUser
from ..domain.errors import AccountDisabled, AccountLocked, ShelterError, SignInFailed
from ..services.container import Services
from .errors import show_error, translate_error
from .i18n import LANGUAGE_NAMES, install_language
from .op_runner import OpRunner, SynchronousOpRunner

Runner = OpRunner | SynchronousOpRunner

ERROR_COLOUR = "#b3261e"


def heading_font(base: QFont, scale: float = 1.4) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


def fit_height(window: QWidget) -> None:
    """Grow ``window`` so wrapped text is not cut off (Qt sizes top-level windows without
    asking word-wrapped labels how tall they get at the actual width)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


class EntryDialog(QDialog):
    """A dialog that retranslates itself and is always tall enough for its text."""

    def retranslate(self) -> None:  # pragma: no cover - each dialog overrides
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, lambda: fit_height(self))
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: fit_height(self))


class ErrorLabel(QLabel):
    """One line (or a few) of red text under a form; re-translates the error it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error: BaseException | None = None
        self.hide()

    def show_error(self, error: BaseException) -> None:
        self._error = error
        self.setText(translate_error(error))
        self.show()
        window = self.window()
        if isinstance(window, EntryDialog):
            QTimer.singleShot(0, lambda: fit_height(window))

    def clear_error(self) -> None:
        self._error = None
        self.clear()
        self.hide()

    @property
    def error(self) -> BaseException | None:
        return self._error

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._error is not None:
            self.setText(translate_error(self._error))
        super().changeEvent(event)


def language_available(code: str) -> bool:
    if code == "en":
        return True
    return (files("shelter_desktop.resources") / "translations" / f"shelter_{code}.qm").is_file()


def current_language() -> str:
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


class LanguageBox(QComboBox):
    """English / ខ្មែរ. Each name is written in its own language, so it is never translated."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
            if not language_available(code):
                item = self.model().item(self.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sync()
        self.activated.connect(self._activated)

    def sync(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(current_language())))
        self.blockSignals(False)

    def _activated(self, index: int) -> None:
        code = self.itemData(index)
        if code != current_language():
            self.language_chosen.emit(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.sync()
        super().changeEvent(event)


def switch_language(parent: QWidget, runner: Runner, preferences: object | None, code: str) -> None:
    """Install ``code`` now (every window retranslates), then remember it in the settings file."""
    install_language(code)
    if preferences is not None:
        runner.run_op(parent, lambda: preferences.set_language(code))  # type: ignore[attr-defined]


class SignInDialog(EntryDialog):
    """User name and password. Wrong passwords, locked and disabled accounts are said inline;
    the user name stays, the password is cleared."""

    INLINE_ERRORS = (SignInFailed, AccountLocked, AccountDisabled)

    signed_in = Signal(object)  # SignedInUser

    def __init__(
        self,
        services: Services,
        runner: Runner,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.services = services
        self.runner = runner
        self.user: SignedInUser | None = None
        self._profile: ShelterProfile | None = None

        self.shelter_label = QLabel()
        self.shelter_label.setObjectName("shelterName")
        self.shelter_label.setFont(heading_font(self.font()))
        self.shelter_label.setWordWrap(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.username_label = QLabel()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.error_label = ErrorLabel()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.quit_button = QPushButton()
        self.quit_button.clicked.connect(self.reject)
        self.about_button = QPushButton()
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAutoDefault(False)
        self.about_button.clicked.connect(self.show_about)
        self.language_label = QLabel()
        self.language = LanguageBox()
        self.language_label.setBuddy(self.language)
        self.language.language_chosen.connect(
            lambda code: switch_language(self, runner, services.preferences, code)
        )

        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.language_label)
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        buttons.addWidget(self.about_button)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        form.setVerticalSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(self.shelter_label)
        layout.addWidget(self.title)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

        self.retranslate()
        (self.password if username else self.username).setFocus()
        runner.run_op(self, services.profile, self._profile_loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in – Shelter Desktop"))
        self.title.setText(
            self.tr(
                "Sign in with your own user name and password. Never use someone else's account."
            )
        )
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.quit_button.setText(self.tr("&Quit"))
        self.about_button.setText(self.tr("A&bout…"))
        self.language_label.setText(self.tr("&Language:"))
        self._show_profile()

    def show_about(self) -> None:
        from .about_dialog import AboutDialog  # only when asked: the sign-in opens fast

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _profile_loaded(self, profile: ShelterProfile) -> None:
        self._profile = profile
        self._show_profile()

    def _show_profile(self) -> None:
        if self._profile is None:
            self.shelter_label.setText(self.tr("Shelter Desktop"))
        else:
            self.shelter_label.setText(
                self.tr("{name} ({code})").format(name=self._profile.name, code=self._profile.code)
            )

    def sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.username.setFocus()
            return
        self.error_label.clear_error()
        self.sign_in_button.setEnabled(False)
        self.runner.run_op(
            self,
            lambda: self.services.auth.sign_in(username, password),
            self._succeeded,
            self.tr("Signing in…"),
            self._failed,
        )

    def _succeeded(self, user: SignedInUser) -> None:
        self.sign_in_button.setEnabled(True)
        self.user = user
        self.password.clear()
        self.signed_in.emit(user)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)
