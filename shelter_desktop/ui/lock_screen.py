"""The lock screen: shows only the shelter and who is signed in, asks for the password again.

It never shows resident data. A wrong password counts towards the account's lockout like a
failed sign-in (the service does that), and the error is shown inline, not in a pop-up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.errors import ShelterError
from ..services.container import Services
from .errors import translate_error
from .op_runner import OpRunner, SynchronousOpRunner

log = logging.getLogger(__name__)

Runner = OpRunner | SynchronousOpRunner


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._services = services
        self._user = user
        self._runner = runner
        self._shelter_name = ""
        self._error: BaseException | None = None
        self._busy = False

        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setMaximumWidth(520)
        panel.setMinimumWidth(420)
        self._shelter = QLabel()
        self._shelter.setObjectName("lockShelter")
        self._shelter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._shelter.setWordWrap(True)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._who = QLabel()
        self._who.setObjectName("lockWho")
        self._who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._who.setWordWrap(True)
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self._explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_label.setBuddy(self.password)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.sign_out_button = QPushButton()
        self.sign_out_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(panel)
        inner.setContentsMargins(32, 28, 32, 24)
        inner.setSpacing(10)
        inner.addWidget(self._shelter)
        inner.addWidget(self._title)
        inner.addWidget(self._who)
        inner.addSpacing(6)
        inner.addWidget(self._explanation)
        inner.addSpacing(10)
        inner.addWidget(self._password_label)
        inner.addWidget(self.password)
        inner.addWidget(self.error_label)
        inner.addSpacing(8)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.retranslate()

    # -- behaviour -------------------------------------------------------------------------

    def set_shelter_name(self, name: str) -> None:
        self._shelter_name = name
        self.retranslate()

    def reset(self) -> None:
        """Fresh state each time the screen locks."""
        self.password.clear()
        self._set_error(None)
        self._set_busy(False)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def try_unlock(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self.password.setFocus()
            return
        self._set_busy(True)
        auth, user = self._services.auth, self._user
        self._runner.run_op(
            self,
            lambda: auth.verify_current_user(user, password),
            self._succeeded,
            self.tr("Checking the password…"),
            self._failed,
        )

    def _succeeded(self, _result: object) -> None:
        self.reset()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ShelterError):
            log.error("unlock failed unexpectedly: %s", type(error).__name__, exc_info=error)
        self._set_busy(False)
        self.password.clear()
        self._set_error(error)
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def _set_error(self, error: BaseException | None) -> None:
        self._error = error
        self.error_label.setText(translate_error(error) if error is not None else "")
        self.error_label.setVisible(error is not None)

    # -- Qt --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._shelter.setText(self._shelter_name)
        self._shelter.setVisible(bool(self._shelter_name))
        self._title.setText(self.tr("Screen locked"))
        role = QCoreApplication.translate("Roles", self._user.role.label)
        self._who.setText(
            self.tr("Signed in: {name} ({role})").format(name=self._user.display_name, role=role)
        )
        self._explanation.setText(
            self.tr(
                "The screen was locked to keep residents' information private. "
                "Type your password to continue where you left off."
            )
        )
        self._password_label.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        if self._error is not None:
            self.error_label.setText(translate_error(self._error))
