"""Staff accounts: list, add, disable or enable, reset a password (administrators only)."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import Changed, SignedInUser, StaffMember
from ..domain.roles import Role
from ..services.container import Services
from .errors import show_error, translate_error
from .staff_dialogs import AddStaffDialog, ResetPasswordDialog, Runner, role_label

COLUMNS = 7


def local_time_text(utc: datetime | None, seconds: bool = False) -> str:
    """A stored naive-UTC time as the office PC's local time ("" for none)."""
    if utc is None:
        return ""
    local = utc.replace(tzinfo=timezone.utc).astimezone()
    return local.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")  # as format_date


class StaffPanel(QWidget):
    changed = Signal(object)  # Changes, after an account was added or changed

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._members: list[StaffMember] = []
        self._load_error: BaseException | None = None
        self.dialog: AddStaffDialog | ResetPasswordDialog | None = None
        self.confirmation: QMessageBox | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.reset_password())
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_staff)
        self.toggle_button = QPushButton()
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        staff, user = self._services.staff, self._user
        self._runner.run_op(
            self, lambda: staff.list_staff(user), self._show, self.tr("Loading staff accounts"),
            self._load_failed,
        )

    def members(self) -> list[StaffMember]:
        return list(self._members)

    def selected(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._members):
            return None
        return self._members[rows[0].row()]

    def select_username(self, username: str) -> None:
        for row, member in enumerate(self._members):
            if member.username == username:
                self.table.selectRow(row)
                return

    def _show(self, members: list[StaffMember]) -> None:
        keep = self.selected()
        self._members = list(members)
        self._load_error = None
        self._fill()
        if keep is not None:
            self.select_username(keep.username)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self._members = []
        self._load_error = error
        self._fill()
        self._update_buttons()
        show_error(self, error)

    def _fill(self) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        self.table.setRowCount(len(self._members))
        for row, m in enumerate(self._members):
            cells = (
                m.username,
                m.display_name,
                role_label(m.role),
                yes if m.active else no,
                yes if m.must_change_password else no,
                local_time_text(m.locked_until),
                local_time_text(m.last_sign_in_at) or self.tr("Never"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not m.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        else:
            self.status.setText(self.tr("{n} staff accounts.").format(n=len(self._members)))

    def _update_buttons(self) -> None:
        member = self.selected()
        self.toggle_button.setEnabled(member is not None)
        self.reset_button.setEnabled(member is not None)
        if member is not None and not member.active:
            self.toggle_button.setText(self.tr("Enable…"))
        else:
            self.toggle_button.setText(self.tr("Disable…"))

    # -- actions ---------------------------------------------------------------------------

    def add_staff(self) -> None:
        staff, user = self._services.staff, self._user

        def add(username: str, name: str, role: Role, password: str) -> Changed[StaffMember]:
            return staff.add_staff(user, username, name, role, password)

        self._open_dialog(AddStaffDialog(self._runner, add, self))

    def reset_password(self) -> None:
        member = self.selected()
        if member is None:
            return
        staff, user = self._services.staff, self._user
        self._open_dialog(
            ResetPasswordDialog(
                self._runner,
                member,
                lambda password: staff.reset_password(user, member.id, password),
                self,
            )
        )

    def _open_dialog(self, dialog: AddStaffDialog | ResetPasswordDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[StaffMember]) -> None:
        self.changed.emit(changed.changes)
        self._reload_and_select(changed.value.username)

    def _reload_and_select(self, username: str) -> None:
        staff, user = self._services.staff, self._user

        def shown(members: list[StaffMember]) -> None:
            self._show(members)
            self.select_username(username)

        self._runner.run_op(
            self, lambda: staff.list_staff(user), shown, self.tr("Loading staff accounts"),
            self._load_failed,
        )

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        enable = not member.active
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if enable:
            box.setWindowTitle(self.tr("Enable account"))
            box.setText(
                self.tr(
                    "Enable the account of {name} ({username})? They can sign in again with "
                    "their current password."
                ).format(name=member.display_name, username=member.username)
            )
            action = box.addButton(self.tr("Enable account"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setWindowTitle(self.tr("Disable account"))
            box.setText(
                self.tr(
                    "Disable the account of {name} ({username})? They can no longer sign in, "
                    "from the moment they next try. Nothing they wrote is deleted, the audit "
                    "log keeps their actions, and you can enable the account again later."
                ).format(name=member.display_name, username=member.username)
            )
            action = box.addButton(self.tr("Disable account"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def clicked(button: object) -> None:
            if button is action:
                self._set_active(member, enable)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.confirmation = box
        box.open()

    def _set_active(self, member: StaffMember, active: bool) -> None:
        staff, user = self._services.staff, self._user
        self._runner.run_op(
            self,
            lambda: staff.set_active(user, member.id, active),
            self._saved,
            self.tr("Saving"),
        )

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Everyone who uses Shelter Desktop has their own account. Never share an "
                "account: the audit log records who did what under each user name."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Must change password"),
                self.tr("Locked until"),
                self.tr("Last sign-in"),
            ]
        )
        self.add_button.setText(self.tr("Add staff…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self._update_buttons()
        self._fill()
