"""Due work: what is waiting, for me or for the whole shelter; overdue items stand out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..domain.roles import Permission
from ..services.container import Services
from ..services.due_work import DueItem
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import format_date
from .residents_page import row_height

Runner = OpRunner | SynchronousOpRunner

OVERDUE_BACKGROUND = QColor("#fbe9e7")
OVERDUE_TEXT = QColor("#8c1d18")


class DueWorkPage(QWidget):
    """What is due; opening an item emits ``open_resident_requested(id)``."""

    open_resident_requested = Signal(int)
    DUE_ON, WORK, CASE_NUMBER, RESPONSIBLE, STATE = range(5)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dueWorkPage")
        self._services = services
        self._user = user
        self._runner = runner
        self._items: list[DueItem] = []
        self._loaded = False

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("segmentLeft")
        self.all_button = QPushButton()
        self.all_button.setObjectName("segmentRight")
        self._scope = QButtonGroup(self)
        self._scope.setExclusive(True)
        for button in (self.mine_button, self.all_button):
            button.setCheckable(True)
            self._scope.addButton(button)
        # Counselors write notes, so their own list comes first; a house manager sees the shelter.
        if user.can(Permission.WRITE_NOTES):
            self.mine_button.setChecked(True)
        else:
            self.all_button.setChecked(True)
        self._summary = QLabel()
        self._summary.setObjectName("countLabel")

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dueWorkTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.font()))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WORK, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        scope = QHBoxLayout()
        scope.setSpacing(0)
        scope.addWidget(self.mine_button)
        scope.addWidget(self.all_button)
        scope.addSpacing(16)
        scope.addWidget(self._summary)
        scope.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(scope)
        layout.addWidget(self._stack, 1)

        self._scope.buttonToggled.connect(self._scope_toggled)
        self.table.itemActivated.connect(self._open_item)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------

    @property
    def mine_only(self) -> bool:
        return self.mine_button.isChecked()

    def set_mine_only(self, mine_only: bool) -> None:
        (self.mine_button if mine_only else self.all_button).setChecked(True)

    def items(self) -> list[DueItem]:
        return list(self._items)

    def is_empty_shown(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def refresh(self) -> None:
        due, user, mine = self._services.due_work, self._user, self.mine_only
        self._runner.run_op(self, lambda: due.items(user, mine), self._show_items)

    def _scope_toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.refresh()

    def _show_items(self, items: list[DueItem]) -> None:
        self._items = items
        self._loaded = True
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._items))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, item in enumerate(self._items):
            cells = [
                format_date(item.due_on),
                QCoreApplication.translate("DueWork", item.kind),
                item.case_number,
                item.responsible,
                self.tr("Overdue") if item.overdue else self.tr("Due"),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.resident_id)
                if item.overdue:
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    cell.setForeground(QBrush(OVERDUE_TEXT))
                    if column == self.STATE:
                        cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self._stack.setCurrentWidget(self.table if self._items else self.empty_label)
        self._show_summary()

    def _show_summary(self) -> None:
        if not self._loaded or not self._items:
            self._summary.setText("")
            return
        overdue = sum(1 for item in self._items if item.overdue)
        total = len(self._items)
        if overdue:
            self._summary.setText(
                self.tr("{total} due, {overdue} overdue").format(total=total, overdue=overdue)
            )
        else:
            self._summary.setText(self.tr("{total} due").format(total=total))

    def _open_item(self, cell: QTableWidgetItem) -> None:
        resident_id = cell.data(Qt.ItemDataRole.UserRole)
        if resident_id is not None:
            self.open_resident_requested.emit(int(resident_id))

    # -- Qt --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Due work"))
        self.mine_button.setText(self.tr("Only mine"))
        self.all_button.setText(self.tr("Whole shelter"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Due on"),
                self.tr("Work"),
                self.tr("Case number"),
                self.tr("Responsible"),
                self.tr("State"),
            ]
        )
        self.empty_label.setText(self.tr("Nothing is due"))
        if self._loaded:
            self._fill()
        else:
            self._show_summary()
