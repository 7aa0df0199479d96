"""Residents: search as you type, a status filter, and the lazily filled list.

Opening a resident shows a read-only summary of her file (the view is audited by the service).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import ResidentSummary, SignedInUser
from ..domain.residents import ResidentStatus
from ..services.container import Services
from ..services.residents import ResidentQuery
from .op_runner import OpRunner, SynchronousOpRunner
from .resident_list_model import (
    ResidentListModel,
    format_date,
    risk_label,
    sex_label,
    status_label,
)

Runner = OpRunner | SynchronousOpRunner

SEARCH_DELAY_MS = 250


def row_height(font: QFont) -> int:
    """Rows tall enough for Khmer: stacked subscripts and vowels need more than Latin text."""
    khmer = QFont(font)
    khmer.setFamilies(["Noto Sans Khmer"])
    return max(QFontMetrics(font).height(), QFontMetrics(khmer).height()) + 10


class ResidentSummaryDialog(QDialog):
    """Read-only summary of one resident's file."""

    def __init__(self, summary: ResidentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentSummary")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        self._name = QLabel()
        self._name.setObjectName("dialogTitle")
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._latin = QLabel()
        self._latin.setObjectName("subtitle")
        layout.addWidget(self._name)
        layout.addWidget(self._latin)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._captions: list[QLabel] = []
        self._values: list[QLabel] = []
        for _ in range(7):
            caption, value = QLabel(), QLabel()
            caption.setObjectName("fieldCaption")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self._captions.append(caption)
            self._values.append(value)
        layout.addLayout(form)
        layout.addStretch(1)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def field_values(self) -> dict[str, str]:
        """Caption -> shown value, for tests and accessibility checks."""
        return {c.text(): v.text() for c, v in zip(self._captions, self._values, strict=True)}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("Resident {case_number}").format(case_number=s.case_number))
        self._name.setText(s.name_khmer or s.name_latin)
        self._latin.setText(s.name_latin if s.name_khmer else "")
        self._latin.setVisible(bool(s.name_khmer and s.name_latin))
        rows = [
            (self.tr("Case number"), s.case_number),
            (self.tr("Sex"), sex_label(s.sex)),
            (
                self.tr("Age"),
                self.tr("{age} years").format(age=s.age) if s.age is not None
                else self.tr("Not known"),
            ),
            (self.tr("Status"), status_label(s.status)),
            (self.tr("Risk level"), risk_label(s.risk_level)),
            (self.tr("Admitted"), format_date(s.admission_date)),
            (self.tr("Latin name"), s.name_latin),
        ]
        for (caption, value), caption_label, value_label in zip(
            rows, self._captions, self._values, strict=True
        ):
            caption_label.setText(caption)
            value_label.setText(value)


def open_resident(
    page: QWidget, services: Services, user: SignedInUser, runner: Runner, resident_id: int
) -> None:
    """Open a resident's summary (audited). Nothing is shown if ``page`` was hidden meanwhile,
    for example because the screen locked while the file was loading."""

    def show(summary: ResidentSummary) -> None:
        if not page.isVisible():
            return
        dialog = ResidentSummaryDialog(summary, page)
        dialog.open()

    runner.run_op(
        page,
        lambda: services.residents.open_file(user, resident_id),
        show,
        QCoreApplication.translate("ResidentsPage", "Opening the resident's file…"),
    )


class ResidentsPage(QWidget):
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

        self._title = QLabel()
        self._title.setObjectName("pageTitle")

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self._search_label = QLabel()
        self._search_label.setBuddy(self.search_box)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", "")
        for status in ResidentStatus:
            self.status_filter.addItem("", status.value)
        self._status_label = QLabel()
        self._status_label.setBuddy(self.status_filter)
        self._count_label = QLabel()
        self._count_label.setObjectName("countLabel")

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
        self.table.setSortingEnabled(False)  # sorted in SQL: newest admission first
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self._size_columns()

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self._search_label)
        filters.addWidget(self.search_box, 2)
        filters.addSpacing(16)
        filters.addWidget(self._status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self._count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self._search_now)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.activated.connect(self._open_index)
        self.model.count_changed.connect(self._count_changed)
        self.model.loading_changed.connect(self._loading_changed)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self.retranslate()

    # -- behaviour -------------------------------------------------------------------------

    def current_query(self) -> ResidentQuery:
        return ResidentQuery(self.search_box.text().strip(), self.selected_status())

    def selected_status(self) -> ResidentStatus | None:
        value = self.status_filter.currentData()
        return ResidentStatus(value) if value else None

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        self._debounce.stop()
        query = self.current_query()
        if query == self.model.query:
            self.model.refresh()
        else:
            self.model.set_query(query)

    def open_resident(self, row: int) -> None:
        resident = self.model.resident_at(row)
        if resident is not None:
            open_resident(self, self._services, self._user, self._runner, resident.id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_resident(index.row())

    def _search_now(self) -> None:
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

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
            if self.search_box.text().strip() or self.selected_status() is not None:
                self._count_label.setText(self.tr("No resident matches this search"))
            else:
                self._count_label.setText(self.tr("No residents yet"))
        elif self._total == 1:
            self._count_label.setText(self.tr("1 resident"))
        else:
            self._count_label.setText(self.tr("{n} residents").format(n=self._total))

    def _size_columns(self) -> None:
        metrics = QFontMetrics(self.font())
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        widths = {
            ResidentListModel.CASE_NUMBER: metrics.horizontalAdvance("MMM-2026-00000") + 24,
            ResidentListModel.SEX: metrics.horizontalAdvance("Female") + 40,
            ResidentListModel.AGE: metrics.horizontalAdvance("000") + 40,
            ResidentListModel.STATUS: metrics.horizontalAdvance("Reintegrated") + 32,
            ResidentListModel.RISK: metrics.horizontalAdvance("Medium") + 40,
            ResidentListModel.ADMITTED: metrics.horizontalAdvance("00/00/0000") + 40,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (ResidentListModel.NAME_KHMER, ResidentListModel.NAME_LATIN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.font()))

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
        self._title.setText(self.tr("Residents"))
        self._search_label.setText(self.tr("&Search:"))
        self.search_box.setPlaceholderText(self.tr("Name or case number"))
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F)"))
        self._status_label.setText(self.tr("S&tatus:"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, status_label(self.status_filter.itemData(i)))
        self.model.retranslate()
        self._show_count()
