"""Reports: anonymized summaries for donors, partners and the Ministry (issue #5).

Choose a period (a year, a quarter or a range of months), the smallest count to publish (k) and
the tables; "Preview" builds the protected summary through the op runner. Each table shows with
its hidden cells greyed ("<k" for a count below k, "×" for a cell hidden to protect another; the
tooltip says why) and a chart (ui/summary_chart.py): lines across the months for a monthly table,
broken where a count is hidden (a note under the chart says so), bars of the published totals
for the others. Export writes CSV files in a zip, an
XLSX workbook or a PDF where the user chooses. The page exists only for roles with
EXPORT_ANONYMIZED; the service checks again and audits every preview and export.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.disclosure import (
    DEFAULT_K,
    MAXIMUM_K,
    MINIMUM_K,
    REASON_LABELS,
    Cell,
    MeasureTable,
    ProtectedTable,
    Reason,
)
from ..domain.dto import SignedInUser
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.summary import (
    TABLE_KEYS,
    TABLE_TITLES,
    Period,
    Summary,
    SummaryRequest,
    quarter_period,
    range_period,
    year_period,
)
from ..services.container import Services
from .errors import show_error
from .op_runner import OpRunner, SynchronousOpRunner
from .pdf_output import write_atomically
from .summary_chart import SummaryChart
from .window_layout import remember_splitter

Runner = OpRunner | SynchronousOpRunner

HIDDEN_BACKGROUND = QColor("#e3e7ec")
HIDDEN_FOREGROUND = QColor("#5a6270")
PERIOD_YEAR, PERIOD_QUARTER, PERIOD_RANGE = "year", "quarter", "range"
FILE_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("Reports", "CSV files in a zip (*.zip)"),
    "xlsx": QT_TRANSLATE_NOOP("Reports", "Excel workbook (*.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("Reports", "PDF document (*.pdf)"),
}
SUFFIXES = {"csv": ".zip", "xlsx": ".xlsx", "pdf": ".pdf"}


def today() -> date:
    return date.today()


def current_language() -> str:
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


class ReportsPage(QWidget):
    def __init__(self, services: Services, user: SignedInUser, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._services = services
        self._user = user
        self._runner = runner
        self._summary: Summary | None = None
        self.last_saved: Path | None = None

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        # -- request ------------------------------------------------------------------------
        self.period_kind = QComboBox()
        for key in (PERIOD_YEAR, PERIOD_QUARTER, PERIOD_RANGE):
            self.period_kind.addItem("", key)
        self.year = QSpinBox()
        self.year.setRange(1900, today().year)
        self.year.setValue(today().year - 1 if today().month < 4 else today().year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.range_from = QDateEdit(QDate(today().year, 1, 1))
        self.range_to = QDateEdit(QDate(today().year, today().month, 1))
        for edit in (self.range_from, self.range_to):
            edit.setDisplayFormat("MM/yyyy")
            edit.setCalendarPopup(False)
            edit.setMinimumDate(QDate(1900, 1, 1))
            edit.setMaximumDate(QDate(today().year, today().month, 1))
        self.k = QSpinBox()
        self.k.setRange(MINIMUM_K, MAXIMUM_K)
        self.k.setValue(DEFAULT_K)
        self.k.setMaximumWidth(120)
        self.tables = QListWidget()
        self.tables.setObjectName("summaryTables")
        for key in TABLE_KEYS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.tables.addItem(item)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("primaryButton")
        self.export_buttons = {fmt: QPushButton() for fmt in ("csv", "xlsx", "pdf")}
        for button in self.export_buttons.values():
            button.setEnabled(False)

        self._form = QFormLayout()
        # Room between a label and its field: Khmer labels end without a colon and otherwise
        # touch the field.
        self._form.setHorizontalSpacing(16)
        self._period_row = QHBoxLayout()
        self._period_row.setSpacing(8)  # "from" and "to" (Khmer ពី, ដល់) clear of their fields
        self._period_row.addWidget(self.period_kind)
        self._period_row.addWidget(self.year)
        self._period_row.addWidget(self.quarter)
        self._from_label, self._to_label = QLabel(), QLabel()
        self._period_row.addWidget(self._from_label)
        self._period_row.addWidget(self.range_from)
        self._period_row.addWidget(self._to_label)
        self._period_row.addWidget(self.range_to)
        self._period_row.addStretch(1)
        self._period_label, self._k_label, self._tables_label = QLabel(), QLabel(), QLabel()
        self._form.addRow(self._period_label, self._period_row)
        self.range_note = QLabel()  # why years and quarters are safer to publish
        self.range_note.setObjectName("rangeNote")
        self.range_note.setWordWrap(True)
        self.range_note.setStyleSheet("QLabel#rangeNote { color: #6b4300; }")
        self._form.addRow("", self.range_note)
        self._form.addRow(self._k_label, self.k)
        self.tables.setMaximumHeight(112)
        self._form.addRow(self._tables_label, self.tables)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        for button in self.export_buttons.values():
            buttons.addWidget(button)

        # -- preview ------------------------------------------------------------------------
        self.table_choice = QComboBox()
        self.table_choice.setObjectName("previewTableChoice")
        self.grid = QTableWidget()
        self.grid.setObjectName("summaryGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = SummaryChart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(460)
        self.chart_note = QLabel()  # what a break in a line means, under the chart
        self.chart_note.setObjectName("chartNote")
        self.chart_note.setWordWrap(True)
        self.chart_note.setStyleSheet("QLabel#chartNote { color: #4f5b67; }")
        self.chart_note.hide()
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(2)
        chart_layout.addWidget(self.chart_view, 1)
        chart_layout.addWidget(self.chart_note)
        self.provenance = QLabel()
        self.provenance.setObjectName("summaryProvenance")
        self.provenance.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(chart_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 560])
        remember_splitter(splitter, "reports")

        preview_frame = QFrame()
        preview_frame.setObjectName("card")
        preview = QVBoxLayout(preview_frame)
        preview.addWidget(self.table_choice)
        preview.addWidget(splitter, 1)
        preview.addWidget(self.provenance)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(preview_frame, 1)

        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.preview_button.clicked.connect(self.preview)
        self.table_choice.currentIndexChanged.connect(self._show_current_table)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, f=fmt: self.choose_export(f))
        self.retranslate()
        self._period_kind_changed()

    # -- the request --------------------------------------------------------------------------

    def chosen_tables(self) -> tuple[str, ...]:
        return tuple(
            self.tables.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tables.count())
            if self.tables.item(i).checkState() == Qt.CheckState.Checked
        )

    def period(self) -> Period:
        kind = self.period_kind.currentData()
        if kind == PERIOD_QUARTER:
            return quarter_period(self.year.value(), self.quarter.currentData(), today())
        if kind == PERIOD_RANGE:
            start, end = self.range_from.date(), self.range_to.date()
            return range_period((start.year(), start.month()), (end.year(), end.month()),
                                today())
        return year_period(self.year.value(), today())

    def request(self) -> SummaryRequest:
        return SummaryRequest(self.period(), self.chosen_tables(), self.k.value())

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        self.year.setVisible(kind in (PERIOD_YEAR, PERIOD_QUARTER))
        self.quarter.setVisible(kind == PERIOD_QUARTER)
        for widget in (self._from_label, self.range_from, self._to_label, self.range_to):
            widget.setVisible(kind == PERIOD_RANGE)
        self.range_note.setVisible(kind == PERIOD_RANGE)

    # -- preview ------------------------------------------------------------------------------

    def preview(self) -> None:
        try:
            request = self.request()
        except Exception as error:  # noqa: BLE001 - a refused period or k, shown in words
            show_error(self, error)
            return
        service, user = self._services.summaries, self._user

        def build(progress, cancel: threading.Event) -> Summary:  # type: ignore[no-untyped-def]
            return service.build(user, request, progress, cancel)

        self._runner.run_long(self, build, self._show_summary,
                              self.tr("Counting and protecting the summary…"))

    def summary(self) -> Summary | None:
        return self._summary

    def _show_summary(self, summary: Summary) -> None:
        shown = self.table_choice.currentData()
        self._summary = summary
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for key in summary.keys:
            self.table_choice.addItem(QCoreApplication.translate("Summaries", TABLE_TITLES[key]),
                                      key)
        if shown in summary.keys:
            self.table_choice.setCurrentIndex(summary.keys.index(shown))
        self.table_choice.blockSignals(False)
        for button in self.export_buttons.values():
            button.setEnabled(bool(summary.keys))
        self._show_provenance()
        self._show_current_table()

    def _show_provenance(self) -> None:
        summary = self._summary
        if summary is None:
            self.provenance.clear()
            return
        p = summary.provenance
        hidden = sum(t.hidden_count for t in summary.tables)
        self.provenance.setText(self.tr(
            "Period {period} · smallest published count {k} · generated on {date} · "
            "Shelter Desktop {version} · {hidden} numbers hidden in these tables"
        ).format(period=p.period.label, k=p.k, date=f"{p.generated_on:%d/%m/%Y}",
                 version=p.app_version, hidden=hidden))

    def _show_current_table(self) -> None:
        summary = self._summary
        key = self.table_choice.currentData()
        if summary is None or key is None:
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self._fill_chart(None)
            return
        table = summary.table(key)
        if table is not None:
            self._fill_counts(table)
            self._fill_chart(table)
            return
        measure = summary.measure(key)
        if measure is not None:
            self._fill_measures(measure)
            self._fill_chart(None)

    def _hidden_item(self, cell: Cell, k: int) -> QTableWidgetItem:
        below = cell.reason is Reason.BELOW_K
        item = QTableWidgetItem(f"<{k}" if below else "×")
        reason = QCoreApplication.translate("Summaries", REASON_LABELS[cell.reason or
                                                                       Reason.PROTECTS_OTHER])
        item.setToolTip(reason.format(k=k))
        item.setBackground(QBrush(HIDDEN_BACKGROUND))
        item.setForeground(QBrush(HIDDEN_FOREGROUND))
        item.setData(Qt.ItemDataRole.UserRole, cell.reason.value if cell.reason else "")
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _cell_item(self, cell: Cell, k: int, bold: bool = False) -> QTableWidgetItem:
        if cell.value is None:
            return self._hidden_item(cell, k)
        item = QTableWidgetItem(str(cell.value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _fill_counts(self, table: ProtectedTable) -> None:
        language = current_language()
        total = self.tr("Total")
        headers = [""] + [c.text(language) for c in table.columns]
        if table.row_totals is not None:
            headers.append(total)
        share = table.row_totals is None and len(table.columns) == 1
        if share:
            headers.append(self.tr("Share of total (%)"))
        rows = len(table.rows) + (1 if table.column_totals is not None else 0)
        self.grid.clear()
        self.grid.setColumnCount(len(headers))
        self.grid.setRowCount(rows)
        self.grid.setHorizontalHeaderLabels(headers)
        for i, label in enumerate(table.rows):
            self.grid.setItem(i, 0, QTableWidgetItem(label.text(language)))
            for j, cell in enumerate(table.cells[i]):
                self.grid.setItem(i, j + 1, self._cell_item(cell, table.k))
            if table.row_totals is not None:
                self.grid.setItem(i, len(headers) - 1,
                                  self._cell_item(table.row_totals[i], table.k, True))
            if share:
                # From published counts only: empty when the count or the total is hidden.
                percent = table.percent(i, 0)
                item = QTableWidgetItem("" if percent is None else f"{percent:.1f}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(i, 2, item)
        if table.column_totals is not None:
            last = len(table.rows)
            item = QTableWidgetItem(total)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.grid.setItem(last, 0, item)
            for j, cell in enumerate(table.column_totals):
                self.grid.setItem(last, j + 1, self._cell_item(cell, table.k, True))
            if table.row_totals is not None:
                self.grid.setItem(last, len(headers) - 1,
                                  self._cell_item(table.total, table.k, True))

    def _fill_measures(self, measure: MeasureTable) -> None:
        language = current_language()
        self.grid.clear()
        self.grid.setColumnCount(3)
        self.grid.setRowCount(len(measure.rows))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Domain"), self.tr("Residents"), self.tr("Average change")])
        for i, row in enumerate(measure.rows):
            self.grid.setItem(i, 0, QTableWidgetItem(row.label.text(language)))
            if row.reason is not None:
                hidden = Cell(None, row.reason)
                self.grid.setItem(i, 1, self._hidden_item(hidden, measure.k))
                self.grid.setItem(i, 2, self._hidden_item(hidden, measure.k))
                continue
            count = QTableWidgetItem(str(row.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(i, 1, count)
            average = QTableWidgetItem("" if row.average is None else f"{row.average:+.2f}")
            average.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(i, 2, average)

    def _fill_chart(self, table: ProtectedTable | None) -> None:
        if table is None:
            self.chart.clear_table()
        else:
            self.chart.show_table(table, current_language())
        note = self.chart.gap_note()
        self.chart_note.setText(note)
        self.chart_note.setVisible(bool(note))

    def chart_values(self) -> list[float]:
        """The bars drawn (published totals of a category table)."""
        return self.chart.bar_values()

    def chart_lines(self) -> dict[str, list[float | None]]:
        """The lines drawn for a monthly table: per column label, the value at each month,
        None where the line is broken (a hidden count)."""
        return self.chart.line_values()

    # -- export -------------------------------------------------------------------------------

    def choose_export(self, file_format: str) -> None:
        default = f"summary-{self._summary.provenance.period.label if self._summary else ''}"
        default = default.replace(" ", "").replace("–", "_") + SUFFIXES[file_format]
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the anonymized summary"), default,
            QCoreApplication.translate("Reports", FILE_FILTERS[file_format]))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != SUFFIXES[file_format]:
            target = target.with_name(target.name + SUFFIXES[file_format])
        self.export_to(file_format, target)

    def export_to(self, file_format: str, target: Path) -> None:
        try:
            request = self.request()
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        service, user, language = self._services.summaries, self._user, current_language()

        def export(progress, cancel: threading.Event) -> Path:  # type: ignore[no-untyped-def]
            summary, data = service.export(user, request, file_format, language, progress,
                                           cancel)
            write_atomically(target, data)
            return target

        def done(path: Path) -> None:
            self.last_saved = path
            self.status.setText(self.tr(
                "Saved to {file}. It holds counts only, with small counts hidden; it is not "
                "encrypted.").format(file=str(path)))

        self._runner.run_long(self, export, done, self.tr("Exporting the summary…"))

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # After the fields themselves have taken the new font or style.
            QTimer.singleShot(0, self._align_field_heights)
        super().changeEvent(event)

    def _align_field_heights(self) -> None:
        """The year, quarter, month and count fields as tall as the period-kind list beside
        them: the stylesheet pads lists, and Khmer text makes them taller still than a spin
        box, so the row looked uneven."""
        self.period_kind.ensurePolished()
        height = self.period_kind.sizeHint().height()
        for field in (self.year, self.quarter, self.range_from, self.range_to, self.k):
            field.setMinimumHeight(height)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Reports"))
        self._intro.setText(self.tr(
            "Anonymized summaries for donors, partners and the Ministry: counts only, never a "
            "name or a note. Counts below the smallest published count are hidden, and so are "
            "the cells that would let someone work them out from the totals."))
        self._period_label.setText(self.tr("Period"))
        self._k_label.setText(self.tr("Smallest published count"))
        self._tables_label.setText(self.tr("Tables"))
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("to"))
        self.range_note.setText(self.tr(
            "Years and quarters are protected together and can be published side by side. A "
            "range of months is protected on its own: do not publish it beside a year or a "
            "range that overlaps it."))
        for index, text in enumerate((self.tr("Year"), self.tr("Quarter"),
                                      self.tr("Range of months"))):
            self.period_kind.setItemText(index, text)
        for i in range(self.tables.count()):
            item = self.tables.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setText(QCoreApplication.translate("Summaries", TABLE_TITLES[key]))
        self.preview_button.setText(self.tr("Preview"))
        self.export_buttons["csv"].setText(self.tr("Export CSV…"))
        self.export_buttons["xlsx"].setText(self.tr("Export XLSX…"))
        self.export_buttons["pdf"].setText(self.tr("Export PDF…"))
        self._align_field_heights()
        if self._summary is not None:
            self._show_summary(self._summary)
