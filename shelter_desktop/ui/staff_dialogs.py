"""Dialogs for adding a staff account and giving one a new initial password.

Both submit through the op runner and stay open on a ValidationError, with the reason shown
inside the dialog and everything typed kept, so the administrator only fixes what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import Changed, StaffMember
from ..domain.errors import ValidationError
from ..domain.passwords import MIN_PASSWORD_LENGTH
from ..domain.roles import Role
from .errors import show_error, translate_error
from .op_runner import OpRunner, SynchronousOpRunner

Runner = OpRunner | SynchronousOpRunner
ROLE_ORDER = (Role.COUNSELOR, Role.HOUSE_MANAGER, Role.DATA_OFFICER, Role.ADMINISTRATOR)
INLINE_ERROR_STYLE = (
    "QLabel { color: #8a1020; background: #fdecee; border: 1px solid #e8b4bb;"
    " border-radius: 4px; padding: 6px; }"
)


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", role.label)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    return field


class _StaffFormDialog(QDialog):
    """Shared shape: explanation, form, inline error, OK/Cancel; submits through the runner."""

    saved = Signal(object)  # Changed[StaffMember]

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setModal(True)
        self.setMinimumWidth(460)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.password = _password_field()
        self.repeat_password = _password_field()
        self.password_hint = QLabel()
        self.password_hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(INLINE_ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_inline_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()  # grow, so the message never squeezes the form

    def clear_inline_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def submit(self) -> None:
        self.clear_inline_error()
        if self.password.text() != self.repeat_password.text():
            self.show_inline_error(
                self.tr(
                    "The two passwords are not the same. Type the initial password again in "
                    "both boxes."
                )
            )
            self.repeat_password.setFocus()
            return
        self.ok_button.setEnabled(False)
        self._runner.run_op(self, self._call(), self._succeeded, self.windowTitle(), self._failed)

    def _call(self) -> Callable[[], Changed[StaffMember]]:
        raise NotImplementedError

    def _succeeded(self, changed: Changed[StaffMember]) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(changed)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_inline_error(translate_error(error))
        else:
            show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.password_hint.setText(
            self.tr("At least {n} characters. Tell it to the person in private.").format(
                n=MIN_PASSWORD_LENGTH
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))


class AddStaffDialog(_StaffFormDialog):
    """User name, full name, role and an initial password the person must change."""

    def __init__(
        self,
        runner: Runner,
        add: Callable[[str, str, Role, str], Changed[StaffMember]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._add = add
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(200)
        self.role = QComboBox()
        for role in ROLE_ORDER:
            self.role.addItem("", role.value)
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._labels,
            (self.username, self.display_name, self.role, self.password, self.repeat_password),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.password_hint)
        self.retranslate()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def set_role(self, role: Role) -> None:
        self.role.setCurrentIndex(self.role.findData(role.value))

    def _call(self) -> Callable[[], Changed[StaffMember]]:
        add = self._add
        values = (
            self.username.text(),
            self.display_name.text(),
            self.selected_role(),
            self.password.text(),
        )
        return lambda: add(*values)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add staff account"))
        self.explanation.setText(
            self.tr(
                "Give the new colleague their user name and this initial password in private. "
                "At their first sign-in they must choose a new password of their own, so "
                "that nobody else, you included, knows it."
            )
        )
        texts = (
            self.tr("User name:"),
            self.tr("Full name:"),
            self.tr("Role:"),
            self.tr("Initial password:"),
            self.tr("Repeat password:"),
        )
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. sokha.chan"))
        for index, role in enumerate(ROLE_ORDER):
            self.role.setItemText(index, role_label(role))
        self.ok_button.setText(self.tr("Add account"))


class ResetPasswordDialog(_StaffFormDialog):
    """A new initial password for someone who forgot theirs or is locked out."""

    def __init__(
        self,
        runner: Runner,
        member: StaffMember,
        reset: Callable[[str], Changed[StaffMember]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.member = member
        self._reset = reset
        self._labels = [QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.password, self.repeat_password)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.password_hint)
        self.retranslate()

    def _call(self) -> Callable[[], Any]:
        reset = self._reset
        password = self.password.text()
        return lambda: reset(password)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reset password"))
        self.explanation.setText(
            self.tr(
                "Give {name} ({username}) a new initial password. If the account is locked "
                "after wrong passwords, the lock is cleared at once. At the next sign-in "
                "they must choose a new password of their own."
            ).format(name=self.member.display_name, username=self.member.username)
        )
        self._labels[0].setText(self.tr("New initial password:"))
        self._labels[1].setText(self.tr("Repeat password:"))
        self.ok_button.setText(self.tr("Reset password"))
