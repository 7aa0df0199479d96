"""Due work: what is waiting, for me or for the whole shelter. Overdue items are red, items due
soon amber. Opening an item (double-click or Enter) opens the resident's file on the tab where
the work is done: ``open_resident_requested(resident id, tab key)``.

``DueItemsTable`` and ``ScopeSwitch`` are shared with the Home page's short list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
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
from .batch_print_dialog import BatchPrintDialog
from .blank_forms_dialog import BlankFormsDialog
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import format_date
from .residents_page import row_height

Runner = OpRunner | SynchronousOpRunner

OVERDUE_BACKGROUND = QColor("#fbe9e7")
OVERDUE_TEXT = QColor("#8c1d18")
SOON_BACKGROUND = QColor("#fff4e0")
SOON_TEXT = QColor("#6b4300")


def due_kind_label(item: DueItem) -> str:
    return QCoreApplication.translate("DueWork", item.kind)


class DueItemsTable(QTableWidget):
    """Due items, one a row; ``item_opened(DueItem)`` on double-click or Enter."""

    item_opened = Signal(object)
    DUE_ON, WORK, CASE_NUMBER, RESPONSIBLE, STATE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._items: list[DueItem] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(row_height(self.font()))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WORK, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.itemDoubleClicked.connect(lambda cell: self._open_row(cell.row()))
        self.installEventFilter(self)
        self.retranslate()

    def due_items(self) -> list[DueItem]:
        return list(self._items)

    def set_items(self, items: list[DueItem]) -> None:
        self._items = list(items)
        self._fill()

    def _fill(self) -> None:
        self.setRowCount(len(self._items))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, item in enumerate(self._items):
            if item.overdue:
                state = self.tr("Overdue")
            elif item.due_soon:
                state = self.tr("Due soon")
            else:
                state = self.tr("Due")
            cells = [
                format_date(item.due_on), due_kind_label(item), item.case_number,
                item.responsible, state,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.resident_id)
                if item.overdue:
                    cell.setBackground(QBrush(OVERDUE_BACKGROUND))
                    cell.setForeground(QBrush(OVERDUE_TEXT))
                    if column == self.STATE:
                        cell.setFont(bold)
                elif item.due_soon and column in (self.DUE_ON, self.STATE):
                    cell.setBackground(QBrush(SOON_BACKGROUND))
                    cell.setForeground(QBrush(SOON_TEXT))
                    if column == self.STATE:
                        cell.setFont(bold)
                self.setItem(row, column, cell)

    def open_current(self) -> None:
        self._open_row(self.currentRow())

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.item_opened.emit(self._items[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Due on"),
                self.tr("Work"),
                self.tr("Case number"),
                self.tr("Responsible"),
                self.tr("State"),
            ]
        )
        self._fill()


class ScopeSwitch(QWidget):
    """"Only mine" | "Whole shelter"; ``toggled_scope(mine_only)`` when it changes."""

    toggled_scope = Signal(bool)

    def __init__(self, user: SignedInUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine_button = QPushButton()
        self.mine_button.setObjectName("segmentLeft")
        self.all_button = QPushButton()
        self.all_button.setObjectName("segmentRight")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for button in (self.mine_button, self.all_button):
            button.setCheckable(True)
            self._group.addButton(button)
        # Counselors write notes and have a caseload: their own list comes first; a house
        # manager sees the shelter.
        if user.can(Permission.WRITE_NOTES):
            self.mine_button.setChecked(True)
        else:
            self.all_button.setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.mine_button)
        layout.addWidget(self.all_button)
        self._group.buttonToggled.connect(self._toggled)
        self.retranslate()

    @property
    def mine_only(self) -> bool:
        return self.mine_button.isChecked()

    def set_mine_only(self, mine_only: bool) -> None:
        (self.mine_button if mine_only else self.all_button).setChecked(True)

    def _toggled(self, _button: QPushButton, checked: bool) -> None:
        if checked:
            self.toggled_scope.emit(self.mine_only)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.mine_button.setText(self.tr("Only mine"))
        self.all_button.setText(self.tr("Whole shelter"))


class DueWorkPage(QWidget):
    """What is due; opening an item emits ``open_resident_requested(id, tab)``."""

    open_resident_requested = Signal(int, str)
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
        self.scope = ScopeSwitch(user)
        self.mine_button = self.scope.mine_button
        self.all_button = self.scope.all_button
        self._summary = QLabel()
        self._summary.setObjectName("countLabel")

        self.table = DueItemsTable()
        self.table.setObjectName("dueWorkTable")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        scope = QHBoxLayout()
        scope.setSpacing(0)
        scope.addWidget(self.scope)
        scope.addSpacing(16)
        scope.addWidget(self._summary)
        scope.addStretch(1)
        # Printing: every care plan due for review in one PDF, and blank forms for the field.
        self.batch_print_button = QPushButton()
        self.blank_forms_button = QPushButton()
        for button in (self.batch_print_button, self.blank_forms_button):
            button.setVisible(user.can(Permission.PRINT_FORMS))
            scope.addSpacing(8)  # the switch's layout has no spacing of its own
            scope.addWidget(button)
        self.batch_print_button.clicked.connect(self.open_batch_print)
        self.blank_forms_button.clicked.connect(self.open_blank_forms)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(scope)
        layout.addWidget(self._stack, 1)

        self.scope.toggled_scope.connect(lambda _mine: self.refresh())
        self.table.item_opened.connect(self._open_item)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------

    @property
    def mine_only(self) -> bool:
        return self.scope.mine_only

    def set_mine_only(self, mine_only: bool) -> None:
        self.scope.set_mine_only(mine_only)

    def items(self) -> list[DueItem]:
        return list(self._items)

    def is_empty_shown(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def refresh(self) -> None:
        due, user, mine = self._services.due_work, self._user, self.mine_only
        self._runner.run_op(self, lambda: due.items(user, mine), self._show_items)

    def _show_items(self, items: list[DueItem]) -> None:
        self._items = items
        self._loaded = True
        self._fill()

    def _fill(self) -> None:
        self.table.set_items(self._items)
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

    def open_row(self, row: int) -> None:
        """Open the item in ``row`` as a double-click would."""
        self.table.selectRow(row)
        self.table.open_current()

    def _open_item(self, item: DueItem) -> None:
        self.open_resident_requested.emit(item.resident_id, item.tab)

    def open_batch_print(self) -> QDialog:
        dialog = BatchPrintDialog(self._services, self._user, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_blank_forms(self) -> QDialog:
        dialog = BlankFormsDialog(self._services, self._user, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        self.empty_label.setText(self.tr("Nothing is due"))
        self.batch_print_button.setText(self.tr("Print care plans due for review…"))
        self.blank_forms_button.setText(self.tr("Blank forms…"))
        if self._loaded:
            self._fill()
        else:
            self._show_summary()
