"""Residents: search as you type, filters (status, risk, age band, admission year, counselor),
sorting by column header, and the lazily filled list. Filtering and sorting run in SQL.

Opening a resident emits ``open_resident_requested(id)`` (the main window opens her file, an
audited view); "New resident…" emits ``new_resident_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.age_bands import AGE_BAND_LABELS, AgeBand
from ..domain.dto import SignedInUser, StaffMember
from ..domain.residents import ResidentStatus, RiskLevel
from ..domain.roles import Permission
from ..services.container import Services
from ..services.residents import ResidentQuery, ResidentSort
from .errors import show_error
from .flow_layout import FlowLayout
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import (
    ResidentListModel,
    risk_label,
    status_label,
)

Runner = OpRunner | SynchronousOpRunner

SEARCH_DELAY_MS = 250


def row_height(font: QFont) -> int:
    """Rows tall enough for Khmer: stacked subscripts and vowels need more than Latin text."""
    khmer = QFont(font)
    khmer.setFamilies(["Noto Sans Khmer"])
    return max(QFontMetrics(font).height(), QFontMetrics(khmer).height()) + 10


class ResidentsPage(QWidget):
    """The resident list. Emits ``open_resident_requested(id)`` when a resident is opened
    (double-click or Enter) and ``new_resident_requested`` for "New resident…"."""

    open_resident_requested = Signal(int)
    new_resident_requested = Signal()

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentsPage")
        self._services = services
        self._user = user
        self._runner = runner
        self._total: int | None = None
        self._sort = ResidentSort.ADMISSION_DATE
        self._descending = True

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_resident_requested)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self._search_label = QLabel()
        self._search_label.setBuddy(self.search_box)
        self._count_label = QLabel()
        self._count_label.setObjectName("countLabel")

        self.status_filter = self._combo("statusFilter", [s.value for s in ResidentStatus])
        self.risk_filter = self._combo("riskFilter", [r.value for r in RiskLevel])
        self.age_filter = self._combo("ageFilter", [b.value for b in AgeBand])
        self.year_filter = self._combo("yearFilter", [])
        self.counselor_filter = self._combo("counselorFilter", [])
        self._status_label = QLabel()
        self._risk_label = QLabel()
        self._age_label = QLabel()
        self._year_label = QLabel()
        self._counselor_label = QLabel()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        self.model = ResidentListModel(services, user, runner, self)
        self.table = QTableView()
        self.table.setObjectName("residentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # Sorted in SQL through the query: the view never sorts the model itself.
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            ResidentListModel.column_of(self._sort), Qt.SortOrder.DescendingOrder
        )
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self._size_columns()

        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self.new_button)

        search = QHBoxLayout()
        search.setSpacing(8)
        search.addWidget(self._search_label)
        search.addWidget(self.search_box, 2)
        search.addStretch(1)
        search.addWidget(self._count_label)

        # The filters wrap onto a second line rather than clip (larger text, Khmer labels).
        filters = FlowLayout(spacing=16)
        for label, combo in (
            (self._status_label, self.status_filter),
            (self._risk_label, self.risk_filter),
            (self._age_label, self.age_filter),
            (self._year_label, self.year_filter),
            (self._counselor_label, self.counselor_filter),
        ):
            label.setBuddy(combo)
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.setSpacing(8)
            pair_row.addWidget(label)
            pair_row.addWidget(combo)
            filters.addWidget(pair)
        filters.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        # Added last so that Tab reaches it after the list: the focus chain follows the order
        # in which widgets join the page (and is rebuilt in that order when the page moves).
        layout.insertLayout(0, top)
        # Services check again; the button is only offered to those who may admit.
        self.new_button.setVisible(user.can(Permission.EDIT_RESIDENTS))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._search_now)
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open_index)
        self.model.count_changed.connect(self._count_changed)
        self.model.loading_changed.connect(self._loading_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        self.find_shortcut = find  # the main window's own Ctrl+F replaces it (never both)

        self.retranslate()

    @staticmethod
    def _combo(name: str, values: list[str]) -> QComboBox:
        """A filter: the first item (data "") means no filter; texts are set by retranslate."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem("", "")
        for value in values:
            combo.addItem("", value)
        return combo

    def _filters(self) -> list[QComboBox]:
        return [self.status_filter, self.risk_filter, self.age_filter, self.year_filter,
                self.counselor_filter]

    # -- behaviour -------------------------------------------------------------------------

    def current_query(self) -> ResidentQuery:
        risk = self.risk_filter.currentData()
        band = self.age_filter.currentData()
        year = self.year_filter.currentData()
        counselor = self.counselor_filter.currentData()
        return ResidentQuery(
            text=self.search_box.text().strip(),
            status=self.selected_status(),
            risk_level=RiskLevel(risk) if risk else None,
            age_band=AgeBand(band) if band else None,
            admission_year=int(year) if year else None,
            counselor_id=int(counselor) if counselor else None,
            sort=self._sort,
            descending=self._descending,
        )

    def selected_status(self) -> ResidentStatus | None:
        value = self.status_filter.currentData()
        return ResidentStatus(value) if value else None

    def filters_active(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self._filters())

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.clear_button.setEnabled(self.filters_active())
        self.model.set_query(self.current_query())

    def clear_filters(self) -> None:
        for combo in self._filters():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def sort_by(self, sort: ResidentSort, descending: bool) -> None:
        """Sort as if the column's header had been clicked (the indicator follows)."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(ResidentListModel.column_of(sort), order)

    def refresh(self) -> None:
        self._debounce.stop()
        self._load_choices()
        query = self.current_query()
        if query == self.model.query:
            self.model.refresh()
        else:
            self.model.set_query(query)

    def open_resident(self, row: int) -> None:
        resident = self.model.resident_at(row)
        if resident is not None:
            self.open_resident_requested.emit(resident.id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_resident(index.row())

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        sort = ResidentListModel.SORT_KEYS.get(section)
        if sort is None:
            # Not sortable (sex): put the indicator back where the list is sorted.
            previous = (
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(ResidentListModel.column_of(self._sort), previous)
            header.blockSignals(False)
            return
        self._sort = sort
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.apply_filters()

    def _search_now(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self._focus_search()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _load_choices(self) -> None:
        """Fill the year and counselor filters (again at each refresh: both can change)."""
        residents, staff, user = self._services.residents, self._services.staff, self._user

        def fetch() -> tuple[list[int], list[StaffMember]]:
            return residents.admission_years(user), staff.counselors(user)

        self._runner.run_op(self, fetch, self._choices_arrived, "", lambda e: show_error(self, e))

    def _choices_arrived(self, choices: tuple[list[int], list[StaffMember]]) -> None:
        years, counselors = choices
        self._refill(self.year_filter, [(str(year), str(year)) for year in years])
        self._refill(
            self.counselor_filter, [(str(member.id), member.display_name) for member in counselors]
        )

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace a filter's choices, keeping the chosen one if it is still offered."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if chosen and index < 0:
            self.apply_filters()  # the chosen year or counselor is gone: show everyone

    def _count_changed(self, total: int) -> None:
        self._total = total
        self._show_count()

    def _loading_changed(self, loading: bool) -> None:
        if loading and self._total is None:
            self._count_label.setText(self.tr("Searching…"))

    def _show_count(self) -> None:
        if self._total is None:
            self._count_label.setText("")
        elif self._total == 0:
            if self.search_box.text().strip() or self.filters_active():
                self._count_label.setText(self.tr("No resident matches this search"))
            else:
                self._count_label.setText(self.tr("No residents yet"))
        elif self._total == 1:
            self._count_label.setText(self.tr("1 resident"))
        else:
            self._count_label.setText(
                self.tr("{n} residents").format(n=QLocale().toString(self._total))
            )

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.font())
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        widths = {
            ResidentListModel.CASE_NUMBER: metrics.horizontalAdvance("MMM-2026-00000") + 24,
            ResidentListModel.SEX: metrics.horizontalAdvance("Female") + 40,
            ResidentListModel.AGE: metrics.horizontalAdvance("000") + 40,
            # The widest status in the current language (Khmer labels are longer).
            ResidentListModel.STATUS: max(
                metrics.horizontalAdvance(status_label(status.value)) for status in ResidentStatus
            ) + 32,
            ResidentListModel.RISK: metrics.horizontalAdvance("Medium") + 40,
            ResidentListModel.ADMITTED: metrics.horizontalAdvance("00/00/0000") + 40,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._name_min = metrics.horizontalAdvance("Sreyleak Sokhachan")
        self._fit_name_columns()
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.font()))

    def _fit_name_columns(self) -> None:
        """Names share the room left; when too little is left (large text, a narrow window)
        they keep a readable width and the list scrolls sideways instead."""
        header = self.table.horizontalHeader()
        names = (ResidentListModel.NAME_KHMER, ResidentListModel.NAME_LATIN)
        fixed = sum(
            header.sectionSize(c) for c in range(header.count()) if c not in names
        )
        room = self.table.viewport().width() - fixed
        squeezed = room < 2 * self._name_min
        for column in names:
            if squeezed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, self._name_min)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_name_columns()

    # -- Qt --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_name_columns()
        if not event.spontaneous():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # View > Text size
            self._size_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Residents"))
        self.new_button.setText(self.tr("&New resident…"))
        self.new_button.setToolTip(self.tr("Admit a new resident: the intake form"))
        self._search_label.setText(self.tr("&Search:"))
        self.search_box.setPlaceholderText(self.tr("Name, alias or case number"))
        self.search_box.setToolTip(
            self.tr("Search as you type (Ctrl+F): any part of a name from its start, in Khmer "
                    "or Latin letters, or a case number")
        )
        self._status_label.setText(self.tr("S&tatus:"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, status_label(self.status_filter.itemData(i)))
        self._risk_label.setText(self.tr("&Risk:"))
        self.risk_filter.setItemText(0, self.tr("All risk levels"))
        for i in range(1, self.risk_filter.count()):
            self.risk_filter.setItemText(i, risk_label(self.risk_filter.itemData(i)))
        self._age_label.setText(self.tr("A&ge:"))
        self.age_filter.setItemText(0, self.tr("All ages"))
        for i in range(1, self.age_filter.count()):
            band = AgeBand(self.age_filter.itemData(i))
            self.age_filter.setItemText(
                i, QCoreApplication.translate("AgeBands", AGE_BAND_LABELS[band])
            )
        self._year_label.setText(self.tr("Ad&mitted in:"))
        self.year_filter.setItemText(0, self.tr("Any year"))
        self._counselor_label.setText(self.tr("C&ounselor:"))
        self.counselor_filter.setItemText(0, self.tr("All counselors"))
        self.clear_button.setText(self.tr("C&lear filters"))
        self.clear_button.setEnabled(self.filters_active())
        self.model.retranslate()
        self._size_columns()
        self._show_count()
