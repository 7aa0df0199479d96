"""The Education tab of a resident's file: enrolments, term results and a progress chart.

Staff who may edit residents add and change enrolments and record term results in dialogs that
stay open on a mistake, with the reason shown inside and the cursor on the field to fix. The
form helpers at the top are shared with the Vocational tab.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import progress as rules
from ..domain.dto import Changed, SignedInUser
from ..domain.errors import ValidationError
from ..domain.progress import (
    EnrolmentInput,
    EnrolmentView,
    TermResultInput,
    TermResultView,
)
from ..domain.roles import Permission
from ..domain.vocabulary import EDUCATION_LABELS, EducationProgramme, ProgressStatus
from ..services.container import Services
from .errors import show_error, translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .progress_chart import EducationChart, status_label
from .residents_page import row_height
from .formatting import format_date, short_date_pattern
from .window_layout import restore_dialog_size, save_dialog_size

Runner = OpRunner | SynchronousOpRunner
INLINE_ERROR_STYLE = (
    "QLabel { color: #8a1020; background: #fdecee; border: 1px solid #e8b4bb;"
    " border-radius: 4px; padding: 6px; }"
)
RESULTS_PAGE = 50

# ---- shared helpers ---------------------------------------------------------------------


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_text(day: date | None) -> str:
    return format_date(day)


def number_text(value: int) -> str:
    return QLocale().toString(value)


def programme_label(value: str) -> str:
    try:
        return QCoreApplication.translate("Vocabulary", EDUCATION_LABELS[EducationProgramme(value)])
    except ValueError:
        return value


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_date_pattern())
    edit.setMinimumDate(QDate(1950, 1, 1))
    edit.setDate(to_qdate(day or date.today()))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = date_edit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def setFocus(self) -> None:
        (self.edit if self.check.isChecked() else self.check).setFocus()


def optional_number(maximum: int) -> QSpinBox:
    """A number that may be left empty: the lowest value (-1) shows as a words instead."""
    box = QSpinBox()
    box.setRange(-1, maximum)
    box.setValue(-1)
    box.setAccelerated(True)
    return box


def spin_value(box: QSpinBox) -> int | None:
    return None if box.value() < 0 else box.value()


def line_edit(limit: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(limit)
    return edit


def make_table(columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height(table.font()))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


def set_row(table: QTableWidget, row: int, cells: tuple[str, ...], key: Any = None) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column == 0 and key is not None:
            item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, column, item)


def selected_key(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_key(table: QTableWidget, key: Any) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return True
    return False


class ProgressDialog(QDialog):
    """Shared shape: explanation, form, inline error, OK/Cancel. Submits through the runner
    and stays open on a ValidationError, keeping what was typed."""

    saved = Signal(object)  # Changed[...]

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setModal(True)
        self.setMinimumWidth(520)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        # A long label (Khmer ones are) puts its field on the next line instead of squeezing it.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        # Ctrl+S does what OK does: save (never sign; signing has its own dialog).
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self._save_shortcut)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self._labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._size_restored = False

    def add_row(self, name: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self._labels[name] = label
        self.fields[name] = widget
        self.form.addRow(label, widget)

    def showEvent(self, event: QShowEvent) -> None:
        # Spin boxes and date fields keep the platform look (a style sheet loses their arrows)
        # but are made as tall as the styled line edits, so the form's rows line up.
        if not self._size_restored:
            self._size_restored = True
            restore_dialog_size(self)  # the size this editor had last time (QSettings)
        edits = self.findChildren(QLineEdit)
        height = max((e.sizeHint().height() for e in edits if isinstance(e.parent(), QDialog)
                      or e.parent() is self), default=0)
        if height:
            for box in self.findChildren(QAbstractSpinBox):
                box.setMinimumHeight(height)
        super().showEvent(event)

    def set_label(self, name: str, text: str) -> None:
        self._labels[name].setText(text)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def done(self, result: int) -> None:
        save_dialog_size(self)
        super().done(result)

    def _save_shortcut(self) -> None:
        ok = self.ok_button
        if ok is not None and ok.isVisible() and ok.isEnabled():
            ok.click()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_inline_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def submit(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.ok_button.setEnabled(False)
        self._runner.run_op(self, self.call(), self._succeeded, self.windowTitle(), self._failed)

    def call(self) -> Callable[[], Changed[Any]]:
        """The service call, with the form's values read now (on the UI thread)."""
        raise NotImplementedError

    def _succeeded(self, changed: Changed[Any]) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(changed)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_inline_error(translate_error(error))
            field = self.fields.get(getattr(error, "field", ""))
            if field is not None:
                field.setFocus()
        else:
            show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


def fill_status_combo(combo: QComboBox) -> None:
    if combo.count() == 0:
        for status in ProgressStatus:
            combo.addItem("", status.value)
    for index in range(combo.count()):
        combo.setItemText(index, status_label(combo.itemData(index)))


def select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# ---- dialogs ----------------------------------------------------------------------------


class EnrolmentDialog(ProgressDialog):
    """Add an enrolment, or change one (``current``)."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[EnrolmentInput], Changed[EnrolmentView]],
        current: EnrolmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.current = current
        self.programme = QComboBox()
        for programme in EducationProgramme:
            self.programme.addItem("", programme.value)
        self.institution = line_edit(rules.MAX_INSTITUTION)
        self.grade = line_edit(rules.MAX_GRADE)
        self.start_date = date_edit()
        self.end_date = OptionalDate()
        self.status = QComboBox()
        fill_status_combo(self.status)
        select_data(self.status, ProgressStatus.IN_PROGRESS.value)
        self.certificate = line_edit(rules.MAX_CERTIFICATE)
        for name, widget in (
            (rules.FIELD_PROGRAMME, self.programme),
            (rules.FIELD_INSTITUTION, self.institution),
            (rules.FIELD_GRADE, self.grade),
            (rules.FIELD_START, self.start_date),
            (rules.FIELD_END, self.end_date),
            (rules.FIELD_STATUS, self.status),
            (rules.FIELD_CERTIFICATE, self.certificate),
        ):
            self.add_row(name, widget)
        if current is not None:
            select_data(self.programme, current.programme)
            self.institution.setText(current.institution)
            self.grade.setText(current.grade)
            self.start_date.setDate(to_qdate(current.start_date))
            self.end_date.set_value(current.end_date)
            select_data(self.status, current.status)
            self.certificate.setText(current.certificate)
        self.retranslate()

    def value(self) -> EnrolmentInput:
        return EnrolmentInput(
            programme=self.programme.currentData(),
            institution=self.institution.text(),
            grade=self.grade.text(),
            start_date=from_qdate(self.start_date.date()),
            end_date=self.end_date.value(),
            status=self.status.currentData(),
            certificate=self.certificate.text(),
        )

    def call(self) -> Callable[[], Changed[EnrolmentView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        adding = self.current is None
        self.setWindowTitle(self.tr("Add enrolment") if adding else self.tr("Change enrolment"))
        self.explanation.setText(
            self.tr("A class, school grade or course she attends or will attend. Record the "
                    "term results after saving.")
        )
        for index in range(self.programme.count()):
            self.programme.setItemText(index, programme_label(self.programme.itemData(index)))
        fill_status_combo(self.status)
        self.set_label(rules.FIELD_PROGRAMME, self.tr("Programme:"))
        self.set_label(rules.FIELD_INSTITUTION, self.tr("School or class:"))
        self.set_label(rules.FIELD_GRADE, self.tr("Grade or level:"))
        self.set_label(rules.FIELD_START, self.tr("Start date:"))
        self.set_label(rules.FIELD_END, self.tr("End date:"))
        self.set_label(rules.FIELD_STATUS, self.tr("Status:"))
        self.set_label(rules.FIELD_CERTIFICATE, self.tr("Certificate:"))
        self.end_date.check.setText(self.tr("Known"))
        self.end_date.check.setToolTip(
            self.tr("The day it ended, or the day it is planned to end.")
        )
        self.institution.setPlaceholderText(self.tr("e.g. the shelter classroom, Wat Phnom primary school"))
        self.grade.setPlaceholderText(self.tr("e.g. Grade 4, Level 2"))
        self.certificate.setPlaceholderText(self.tr("Certificate received on completion, if any"))
        self.ok_button.setText(self.tr("Add enrolment") if adding else self.tr("Save changes"))


class TermResultDialog(ProgressDialog):
    """Record one term's result for an enrolment."""

    def __init__(
        self,
        runner: Runner,
        enrolment: EnrolmentView,
        save: Callable[[TermResultInput], Changed[TermResultView]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.enrolment = enrolment
        self.term = line_edit(rules.MAX_TERM)
        self.recorded_on = date_edit()
        self.score = optional_number(100)
        self.result_text = line_edit(rules.MAX_RESULT_TEXT)
        self.attendance = optional_number(100)
        for name, widget in (
            (rules.FIELD_TERM, self.term),
            (rules.FIELD_RECORDED_ON, self.recorded_on),
            (rules.FIELD_SCORE, self.score),
            (rules.FIELD_RESULT_TEXT, self.result_text),
            (rules.FIELD_ATTENDANCE, self.attendance),
        ):
            self.add_row(name, widget)
        self.retranslate()

    def value(self) -> TermResultInput:
        return TermResultInput(
            term=self.term.text(),
            recorded_on=from_qdate(self.recorded_on.date()),
            score=spin_value(self.score),
            result_text=self.result_text.text(),
            attendance_percent=spin_value(self.attendance),
        )

    def call(self) -> Callable[[], Changed[TermResultView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add term result"))
        e = self.enrolment
        where = ", ".join(part for part in (programme_label(e.programme), e.institution, e.grade) if part)
        self.explanation.setText(
            self.tr("Term result for {enrolment}. Enter a score, a result in words, the "
                    "attendance, or all three.").format(enrolment=where)
        )
        self.set_label(rules.FIELD_TERM, self.tr("Term:"))
        self.set_label(rules.FIELD_RECORDED_ON, self.tr("Date of the result:"))
        self.set_label(rules.FIELD_SCORE, self.tr("Score (out of 100):"))
        self.set_label(rules.FIELD_RESULT_TEXT, self.tr("Result in words:"))
        self.set_label(rules.FIELD_ATTENDANCE, self.tr("Attendance:"))
        self.term.setPlaceholderText(self.tr("e.g. Term 1, 2026"))
        self.result_text.setPlaceholderText(self.tr("e.g. Passed, Good, Grade B"))
        self.score.setSpecialValueText(self.tr("No score"))
        self.attendance.setSpecialValueText(self.tr("Not recorded"))
        self.attendance.setSuffix(self.tr(" %"))
        self.ok_button.setText(self.tr("Add result"))


# ---- the tab ----------------------------------------------------------------------------


class EducationTab(QWidget):
    """Enrolments of one resident, the selected enrolment's results, and their chart."""

    changed = Signal(object)  # Changes, after something was saved

    ENROLMENT_COLUMNS = 7
    RESULT_COLUMNS = 5

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("educationTab")
        self._services = services
        self._user = user
        self._runner = runner
        self.resident_id = resident_id
        self._enrolments: list[EnrolmentView] = []
        self._earlier: dict[int, list[TermResultView]] = {}  # extra pages, oldest first
        self._load_error: BaseException | None = None
        self.dialog: ProgressDialog | None = None
        can_edit = user.can(Permission.EDIT_RESIDENTS)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_enrolment)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_enrolment)
        self.result_button = QPushButton()
        self.result_button.clicked.connect(self.add_result)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.result_button):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self._enrolments_caption = QLabel()
        self._enrolments_caption.setObjectName("fieldCaption")
        self.enrolments_table = make_table(self.ENROLMENT_COLUMNS, 1)
        self.enrolments_table.setObjectName("enrolmentsTable")
        self.enrolments_table.itemSelectionChanged.connect(self._selection_changed)
        if can_edit:
            self.enrolments_table.itemDoubleClicked.connect(lambda _item: self.edit_enrolment())

        self.results_caption = QLabel()
        self.results_caption.setObjectName("fieldCaption")
        self.results_table = make_table(self.RESULT_COLUMNS, 3)
        self.results_table.setObjectName("resultsTable")
        self.paging_label = QLabel()
        self.paging_label.setObjectName("countLabel")
        self.earlier_button = QPushButton()
        self.earlier_button.clicked.connect(self.load_earlier)
        paging = QHBoxLayout()
        self.paging_label.hide()
        paging.addWidget(self.paging_label, 1)
        paging.addWidget(self.earlier_button)
        results_box = QVBoxLayout()
        results_box.addWidget(self.results_caption)
        results_box.addWidget(self.results_table, 1)
        results_box.addLayout(paging)

        self.chart = EducationChart()
        self.chart_caption = QLabel()
        self.chart_caption.setObjectName("fieldCaption")
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart_caption)
        chart_box.addWidget(self.chart, 1)
        lower = QHBoxLayout()
        lower.addLayout(results_box, 3)
        lower.addLayout(chart_box, 2)

        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self._enrolments_caption)
        layout.addWidget(self.enrolments_table, 2)
        layout.addLayout(lower, 3)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_controls()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        education, user, resident_id = self._services.education, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: education.list_enrolments(user, resident_id), self._show,
            self.tr("Loading education"), self._load_failed,
        )

    def enrolments(self) -> list[EnrolmentView]:
        return list(self._enrolments)

    def selected(self) -> EnrolmentView | None:
        key = selected_key(self.enrolments_table)
        return next((e for e in self._enrolments if e.id == key), None)

    def select_enrolment(self, enrolment_id: int) -> None:
        select_key(self.enrolments_table, enrolment_id)

    def shown_results(self) -> list[TermResultView]:
        """The selected enrolment's loaded results, oldest first."""
        enrolment = self.selected()
        if enrolment is None:
            return []
        return self._earlier.get(enrolment.id, []) + list(enrolment.results)

    def _show(self, enrolments: list[EnrolmentView], keep: int | None = None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        self._enrolments = list(enrolments)
        self._earlier.clear()
        self._load_error = None
        self._fill()
        if (keep is None or not select_key(self.enrolments_table, keep)) and self._enrolments:
            self.enrolments_table.selectRow(0)
        self._selection_changed()

    def _load_failed(self, error: BaseException) -> None:
        self._enrolments = []
        self._load_error = error
        self._fill()
        self._selection_changed()
        show_error(self, error)

    def _fill(self) -> None:
        table = self.enrolments_table
        table.setRowCount(len(self._enrolments))
        for row, e in enumerate(self._enrolments):
            set_row(
                table, row,
                (
                    programme_label(e.programme), e.institution, e.grade, date_text(e.start_date),
                    date_text(e.end_date), status_label(e.status), e.certificate,
                ),
                e.id,
            )
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif not self._enrolments:
            self.status.setText(self.tr("No enrolment recorded yet."))
        else:
            self.status.setText("")

    def _selection_changed(self) -> None:
        enrolment = self.selected()
        results = self.shown_results()
        table = self.results_table
        table.setRowCount(len(results))
        no_score = "\u2014"
        for row, r in enumerate(reversed(results)):  # newest on top
            set_row(
                table, row,
                (
                    r.term, date_text(r.recorded_on),
                    number_text(r.score) if r.score is not None else no_score,
                    r.result_text,
                    self.tr("{n} %").format(n=number_text(r.attendance_percent))
                    if r.attendance_percent is not None else no_score,
                ),
                r.id,
            )
        if enrolment is None:
            self.results_caption.setText(self.tr("Term results"))
            self.chart.set_results([])
            self.paging_label.setText("")
        else:
            title = programme_label(enrolment.programme)
            self.results_caption.setText(self.tr("Term results: {enrolment}").format(enrolment=title))
            self.chart.set_results(results)
            if enrolment.result_count > len(results):
                self.paging_label.setText(
                    self.tr("Showing the latest {shown} of {total} results.").format(
                        shown=len(results), total=enrolment.result_count
                    )
                )
            else:
                self.paging_label.setText("")
        self.paging_label.setVisible(bool(self.paging_label.text()))
        self._update_controls()

    def load_earlier(self) -> None:
        enrolment = self.selected()
        if enrolment is None:
            return
        education, user = self._services.education, self._user
        offset = len(self.shown_results())
        enrolment_id = enrolment.id

        def show(page: tuple[list[TermResultView], int]) -> None:
            results, _total = page
            known = {r.id for r in self.shown_results()}
            older = [r for r in reversed(results) if r.id not in known]
            self._earlier[enrolment_id] = older + self._earlier.get(enrolment_id, [])
            if self.selected() is not None and self.selected().id == enrolment_id:  # type: ignore[union-attr]
                self._selection_changed()

        self._runner.run_op(
            self, lambda: education.results(user, enrolment_id, offset, RESULTS_PAGE), show,
            self.tr("Loading earlier results"),
        )

    def _update_controls(self) -> None:
        enrolment = self.selected()
        self.edit_button.setEnabled(enrolment is not None)
        self.result_button.setEnabled(enrolment is not None)
        more = enrolment is not None and enrolment.result_count > len(self.shown_results())
        self.earlier_button.setVisible(more)

    # -- actions ---------------------------------------------------------------------------

    def add_enrolment(self) -> None:
        education, user, resident_id = self._services.education, self._user, self.resident_id
        self._open(EnrolmentDialog(
            self._runner, lambda value: education.add_enrolment(user, resident_id, value), None, self
        ))

    def edit_enrolment(self) -> None:
        enrolment = self.selected()
        if enrolment is None:
            return
        education, user, enrolment_id = self._services.education, self._user, enrolment.id
        self._open(EnrolmentDialog(
            self._runner, lambda value: education.update_enrolment(user, enrolment_id, value),
            enrolment, self,
        ))

    def add_result(self) -> None:
        enrolment = self.selected()
        if enrolment is None:
            return
        education, user, enrolment_id = self._services.education, self._user, enrolment.id
        self._open(TermResultDialog(
            self._runner, enrolment, lambda value: education.add_result(user, enrolment_id, value),
            self,
        ))

    def _open(self, dialog: ProgressDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[Any]) -> None:
        self.changed.emit(changed.changes)
        value = changed.value
        keep = value.id if isinstance(value, EnrolmentView) else getattr(value, "enrolment_id", None)
        education, user, resident_id = self._services.education, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: education.list_enrolments(user, resident_id),
            lambda enrolments: self._show(enrolments, keep), self.tr("Loading education"),
            self._load_failed,
        )

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add enrolment…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.result_button.setText(self.tr("Add term result…"))
        self.chart_caption.setText(self.tr("Scores and attendance over time"))
        self.earlier_button.setText(self.tr("Show earlier results"))
        self._enrolments_caption.setText(self.tr("Enrolments"))
        self.enrolments_table.setHorizontalHeaderLabels([
            self.tr("Programme"), self.tr("School or class"), self.tr("Grade"),
            self.tr("Start"), self.tr("End"), self.tr("Status"), self.tr("Certificate"),
        ])
        self.results_table.setHorizontalHeaderLabels([
            self.tr("Term"), self.tr("Date"), self.tr("Score"), self.tr("Result"),
            self.tr("Attendance"),
        ])
        keep = self.selected()
        self._fill()
        if keep is not None:
            select_key(self.enrolments_table, keep.id)
        self._selection_changed()
