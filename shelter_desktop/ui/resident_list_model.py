"""The residents list as a lazily filled table (DESIGN.md section 2, "Large lists").

The model knows the number of matching residents and fills rows in pages from the service when a
view asks for them. Filtering and sorting run in SQL; nothing here holds more than a bounded
number of pages. Every result carries the generation of the query that asked for it, so a slow
answer to an older search never lands in the list of a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from ..domain.dto import ResidentSummary, SignedInUser
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.residents import RISK_LABELS, STATUS_LABELS, ResidentStatus, RiskLevel
from ..services.container import Services
from ..services.residents import ResidentQuery, ResidentSort
from .errors import show_error
from .op_runner import OpRunner, SynchronousOpRunner
from .formatting import format_date  # noqa: F401 - also imported from here by pages

Runner = OpRunner | SynchronousOpRunner
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
# Pages kept in memory at once (40 x 200 = 8,000 rows); the farthest from the view go first.
MAX_CACHED_PAGES = 40
PLACEHOLDER = "…"

SEX_LABELS = {
    "female": QT_TRANSLATE_NOOP("Residents", "Female"),
    "male": QT_TRANSLATE_NOOP("Residents", "Male"),
    "other": QT_TRANSLATE_NOOP("Residents", "Other"),
}

HIGH_RISK_COLOUR = QColor("#a3261b")


def status_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Residents", STATUS_LABELS[ResidentStatus(value)])
    except ValueError:
        return value


def risk_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Residents", RISK_LABELS[RiskLevel(value)])
    except ValueError:
        return value


def sex_label(value: str) -> str:
    label = SEX_LABELS.get(value.lower())
    return QCoreApplication.translate("Residents", label) if label else value




class ResidentListModel(QAbstractTableModel):
    """Rows of ResidentSummary for one ResidentQuery, fetched page by page through the runner."""

    CASE_NUMBER, NAME_KHMER, NAME_LATIN, SEX, AGE, STATUS, RISK, ADMITTED = range(8)
    COLUMN_COUNT = 8
    # Column -> the order it sorts by (in SQL). Sex is not sortable.
    SORT_KEYS: ClassVar[dict[int, ResidentSort]] = {
        CASE_NUMBER: ResidentSort.CASE_NUMBER,
        NAME_KHMER: ResidentSort.NAME_KHMER,
        NAME_LATIN: ResidentSort.NAME_LATIN,
        AGE: ResidentSort.AGE,
        STATUS: ResidentSort.STATUS,
        RISK: ResidentSort.RISK,
        ADMITTED: ResidentSort.ADMISSION_DATE,
    }
    # Newest admission and highest risk are what people look for first.
    FIRST_DESCENDING = frozenset({ADMITTED, RISK})

    count_changed = Signal(int)
    # True while the first answer for a new query is awaited.
    loading_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._page_size = page_size
        self._query = ResidentQuery()
        self._generation = 0
        self._count = 0
        self._pages: dict[int, list[ResidentSummary]] = {}
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._wanted: set[int] = set()
        self._awaiting_reset = False
        self._error_shown = False
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request_wanted)
        self._headers = self._header_texts()

    # -- queries ---------------------------------------------------------------------------

    @property
    def query(self) -> ResidentQuery:
        return self._query

    @property
    def generation(self) -> int:
        return self._generation

    def set_query(self, query: ResidentQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Ask again for the count and the first page; rows shown stay until the answer comes."""
        self._generation += 1
        generation, query = self._generation, self._query
        self._awaiting_reset = True
        self._wanted.clear()
        self.loading_changed.emit(True)
        residents = self._services.residents
        user, size = self._user, self._page_size

        def fetch() -> tuple[int, list[ResidentSummary]]:
            total = residents.count(user, query)
            first = residents.page(user, query, 0, size) if total else []
            return total, first

        self._run(fetch, lambda result: self._reset_arrived(generation, result), generation)

    def _reset_arrived(self, generation: int, result: tuple[int, list[ResidentSummary]]) -> None:
        if generation != self._generation:
            return  # an older search: a newer one is on its way
        total, first = result
        self.beginResetModel()
        self._count = total
        self._pages = {0: first} if total else {}
        self._pending.clear()
        self._failed.clear()
        self._awaiting_reset = False
        self._error_shown = False
        self.endResetModel()
        self.loading_changed.emit(False)
        self.count_changed.emit(total)

    # -- pages -----------------------------------------------------------------------------

    def is_row_loaded(self, row: int) -> bool:
        return (row // self._page_size) in self._pages

    def loaded_pages(self) -> set[int]:
        return set(self._pages)

    def resident_at(self, row: int) -> ResidentSummary | None:
        rows = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        if rows is None or offset >= len(rows):
            return None
        return rows[offset]

    def request_row(self, row: int) -> None:
        """Make sure the page holding ``row`` is (being) loaded."""
        page = row // self._page_size
        if (
            self._awaiting_reset
            or not 0 <= row < self._count
            or page in self._pages
            or page in self._pending
            or page in self._failed
        ):
            return
        self._wanted.add(page)
        if not self._flush.isActive():
            # Collected and sent after the view has finished painting: never from inside data().
            self._flush.start()

    def _request_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        generation, query = self._generation, self._query
        residents, user, size = self._services.residents, self._user, self._page_size
        for page in wanted:
            if page in self._pages or page in self._pending:
                continue
            self._pending.add(page)

            def fetch(page: int = page) -> list[ResidentSummary]:
                return residents.page(user, query, page * size, size)

            self._run(
                fetch,
                lambda rows, page=page: self._page_arrived(generation, page, rows),
                generation,
                page,
            )

    def _page_arrived(self, generation: int, page: int, rows: list[ResidentSummary]) -> None:
        if generation != self._generation or self._awaiting_reset:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._evict_far_from(page)
        first = page * self._page_size
        last = min(first + self._page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(
                self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1)
            )

    def _evict_far_from(self, page: int) -> None:
        while len(self._pages) > MAX_CACHED_PAGES:
            farthest = max(self._pages, key=lambda p: abs(p - page))
            del self._pages[farthest]

    def _run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        generation: int,
        page: int | None = None,
    ) -> None:
        def succeeded(result: Any) -> None:
            if shiboken6.isValid(self):
                on_success(result)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self):
                self._failed_to_load(generation, page, error)

        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        self._runner.run_op(widget, fn, succeeded, "", failed)

    def _failed_to_load(self, generation: int, page: int | None, error: BaseException) -> None:
        if generation != self._generation:
            return
        if page is None:
            self._awaiting_reset = False
            self.loading_changed.emit(False)
        else:
            self._pending.discard(page)
            self._failed.add(page)  # not asked again until the next search
        if not self._error_shown:
            self._error_shown = True
            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, error)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        resident = self.resident_at(index.row())
        column = index.column()
        if resident is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self.request_row(index.row())
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(resident, column)
        if role == Qt.ItemDataRole.UserRole:
            return resident.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.RISK and resident.risk_level == RiskLevel.HIGH.value:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(HIGH_RISK_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    @staticmethod
    def _display(resident: ResidentSummary, column: int) -> str:
        if column == ResidentListModel.CASE_NUMBER:
            return resident.case_number
        if column == ResidentListModel.NAME_KHMER:
            return resident.name_khmer
        if column == ResidentListModel.NAME_LATIN:
            return resident.name_latin
        if column == ResidentListModel.SEX:
            return sex_label(resident.sex)
        if column == ResidentListModel.AGE:
            return "" if resident.age is None else str(resident.age)
        if column == ResidentListModel.STATUS:
            return status_label(resident.status)
        if column == ResidentListModel.RISK:
            return risk_label(resident.risk_level)
        return format_date(resident.admission_date)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The order a first click on this header sorts by.
            descending = section in self.FIRST_DESCENDING
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            return order.value
        return None

    @classmethod
    def column_of(cls, sort: ResidentSort) -> int:
        return next(column for column, key in cls.SORT_KEYS.items() if key is sort)

    def retranslate(self) -> None:
        """New header texts and labels after a language switch."""
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.COLUMN_COUNT - 1)
            )

    def _header_texts(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Khmer name"),
            self.tr("Latin name"),
            self.tr("Sex"),
            self.tr("Age"),
            self.tr("Status"),
            self.tr("Risk"),
            self.tr("Admitted"),
        ]
