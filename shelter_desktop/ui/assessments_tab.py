"""The Assessments tab of a resident's file: her assessments, the selected one's domain scores
as coloured chips (with number and words, never colour alone) and comments, and a trend view:
one domain's score over time as a line chart, and every domain × every date as a heat grid.

Staff who may edit residents start a new assessment (choosing the form) or correct one; the
dialog is in ``assessment_dialog``. Template texts follow the application language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessments import (
    SCORE_COLOURS,
    SCORE_TEXT_COLOURS,
    AssessmentPurpose,
    AssessmentTemplate,
    AssessmentView,
    DomainResult,
    DomainTrend,
    build_trends,
)
from ..domain.dto import Changed, SignedInUser
from ..domain.roles import Permission
from ..services.container import Services
from .assessment_chart import (
    AssessmentTrendChart,
    ScoreHeatGrid,
    domain_title,
    score_label,
    text_of,
)
from .assessment_dialog import AssessmentDialog, purpose_label
from .education_tab import date_text, make_table, select_key, selected_key, set_row
from .blank_forms_dialog import BlankFormsDialog
from .window_layout import remember_splitter
from .errors import show_error, translate_error
from .op_runner import OpRunner, SynchronousOpRunner

Runner = OpRunner | SynchronousOpRunner


def chip_style(score: int) -> str:
    return (
        f"QLabel {{ background: {SCORE_COLOURS[score]}; color: {SCORE_TEXT_COLOURS[score]};"
        " border-radius: 9px; padding: 2px 10px; font-weight: bold; }"
    )


class ScoreChip(QLabel):
    """A domain's score: its colour, its number and its words ("2 – some concern")."""

    def __init__(self, score: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score
        self.setObjectName("scoreChip")
        self.setStyleSheet(chip_style(score))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(score_label(score))
        self.setAccessibleName(score_label(score))


class AssessmentDetail(QWidget):
    """The selected assessment: summary, then each domain (under its group) with a chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("fieldCaption")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._new_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        self.chips: dict[str, ScoreChip] = {}
        self.comment_labels: dict[str, QLabel] = {}
        self.view: AssessmentView | None = None

    def _new_body(self) -> None:
        """A fresh body widget; the scroll area deletes the previous one at once, so no chip
        of the last assessment stays painted under the new ones."""
        self.body = QWidget()
        self.body.setObjectName("assessmentDetailBody")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.body)

    def show_assessment(self, view: AssessmentView | None, empty_text: str = "") -> None:
        self.view = view
        self._new_body()
        self.chips = {}
        self.comment_labels = {}
        if view is None:
            self.heading.setText(empty_text)
            self.summary.hide()
            return
        self.heading.setText(
            self.tr("{form}, {date}: {purpose}, by {assessor}").format(
                form=text_of(view.template_title), date=date_text(view.assessed_on),
                purpose=purpose_label(view.purpose), assessor=view.assessor_name or "\u2014",
            )
        )
        self.summary.setText(view.summary)
        self.summary.setVisible(bool(view.summary))
        row = 0
        last_group = None
        for result in view.domains:
            if result.group is not None and result.group != last_group:
                group = QLabel(text_of(result.group))
                group.setObjectName("groupHeading")
                group.setStyleSheet(
                    "QLabel#groupHeading { font-weight: bold; color: #2b6a8a; padding-top: 6px; }"
                )
                self.grid.addWidget(group, row, 0, 1, 2)
                row += 1
            last_group = result.group
            row = self._add_domain(result, row)
        self.grid.setRowStretch(row, 1)
        # Every chip as wide as the widest, so the domain names line up.
        widest = max((chip.sizeHint().width() for chip in self.chips.values()), default=0)
        for chip in self.chips.values():
            chip.setMinimumWidth(widest)

    def _add_domain(self, result: DomainResult, row: int) -> int:
        chip = ScoreChip(result.score)
        self.chips[result.code] = chip
        title = QLabel(domain_title(result.code, result.label))
        title.setWordWrap(True)
        self.grid.addWidget(chip, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(title, row, 1)
        row += 1
        lines = []
        if len(result.item_scores) > 1:
            lines.append("  ·  ".join(
                self.tr("{item}: {score}").format(item=code, score=score)
                for code, score in result.item_scores.items()
            ))
        if result.comment:
            lines.append(result.comment)
        if lines:
            comment = QLabel("\n".join(lines))
            comment.setObjectName("domainComment")
            comment.setWordWrap(True)
            comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            comment.setStyleSheet("QLabel#domainComment { color: #4f5b67; }")
            if len(result.item_scores) > 1 and self.view is not None:
                comment.setToolTip("\n".join(
                    self.tr("{item}: {score}").format(item=code, score=score_label(score))
                    for code, score in result.item_scores.items()
                ))
            self.comment_labels[result.code] = comment
            self.grid.addWidget(comment, row, 1)
            row += 1
        return row


class AssessmentsTab(QWidget):
    """One resident's assessments, the selected one's scores, and trends over time."""

    changed = Signal(object)  # Changes, after something was saved

    COLUMNS = 4

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: OpRunner | SynchronousOpRunner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentsTab")
        self._services, self._user, self._runner = services, user, runner
        self.resident_id = resident_id
        self._assessments: list[AssessmentView] = []
        self._templates: list[AssessmentTemplate] = []
        self._load_error: BaseException | None = None
        self.dialog: AssessmentDialog | None = None
        can_edit = user.can(Permission.EDIT_RESIDENTS)

        self.new_button = QPushButton()
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_assessment)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        # A blank form with her name, to score on paper during a visit and enter later.
        self.print_form_button = QPushButton()
        self.print_form_button.setVisible(user.can(Permission.PRINT_FORMS))
        self.print_form_button.clicked.connect(self.print_blank_form)
        buttons.addWidget(self.print_form_button)

        self.list_caption = QLabel()
        self.list_caption.setObjectName("fieldCaption")
        self.table = make_table(self.COLUMNS, 1)
        self.table.setObjectName("assessmentsTable")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if can_edit:
            self.table.itemDoubleClicked.connect(lambda _item: self.edit_assessment())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_caption)
        left_layout.addWidget(self.table, 1)

        self.detail = AssessmentDetail()

        # Trend page: form and domain choice, the line chart, the heat grid.
        self.trend_template = QComboBox()
        self.trend_template.currentIndexChanged.connect(self._trend_template_changed)
        self.trend_domain = QComboBox()
        self.trend_domain.currentIndexChanged.connect(self._trend_domain_changed)
        self.trend_form_label = QLabel()
        self.trend_domain_label = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(self.trend_form_label)
        choose.addWidget(self.trend_template, 1)
        choose.addWidget(self.trend_domain_label)
        choose.addWidget(self.trend_domain, 2)
        self.chart = AssessmentTrendChart()
        self.grid = ScoreHeatGrid()
        self.grid.itemSelectionChanged.connect(self._grid_row_chosen)
        self.grid_caption = QLabel()
        self.grid_caption.setObjectName("fieldCaption")
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.addLayout(choose)
        trend_layout.addWidget(self.chart, 3)
        trend_layout.addWidget(self.grid_caption)
        trend_layout.addWidget(self.grid, 4)
        self._trends: list[DomainTrend] = []

        self.pages = QTabWidget()
        self.pages.setObjectName("assessmentPages")
        self.pages.addTab(self.detail, "")
        self.pages.addTab(trend_page, "")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, "assessments")

        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_controls()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        service, user, resident_id = self._services.assessments, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: service.list(user, resident_id), self._show,
            self.tr("Loading assessments"), self._load_failed,
        )
        if self._user.can(Permission.EDIT_RESIDENTS) and not self._templates:
            self._runner.run_op(
                self, lambda: service.templates(user), self._set_templates,
                self.tr("Loading assessment forms"), self._load_failed,
            )

    def assessments(self) -> list[AssessmentView]:
        return list(self._assessments)

    def templates(self) -> list[AssessmentTemplate]:
        return list(self._templates)

    def selected(self) -> AssessmentView | None:
        key = selected_key(self.table)
        return next((a for a in self._assessments if a.id == key), None)

    def select_assessment(self, assessment_id: int) -> bool:
        return select_key(self.table, assessment_id)

    def _set_templates(self, templates: list[AssessmentTemplate]) -> None:
        self._templates = list(templates)
        self._fill_menu()
        self._update_controls()

    def _show(self, assessments: list[AssessmentView], keep: int | None = None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        self._assessments = list(assessments)
        self._load_error = None
        self._fill()
        if (keep is None or not select_key(self.table, keep)) and self._assessments:
            self.table.selectRow(0)
        self._fill_trend_templates()
        self._selection_changed()

    def _load_failed(self, error: BaseException) -> None:
        self._load_error = error
        self._fill()
        self._selection_changed()
        show_error(self, error)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._assessments))
        for row, a in enumerate(self._assessments):
            set_row(
                self.table, row,
                (date_text(a.assessed_on), text_of(a.template_title), purpose_label(a.purpose),
                 a.assessor_name),
                a.id,
            )
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif not self._assessments:
            self.status.setText(self.tr("No assessment recorded yet."))
        else:
            self.status.setText(
                self.tr("{count} assessments recorded.").format(count=len(self._assessments))
                if len(self._assessments) != 1 else self.tr("1 assessment recorded.")
            )

    def _selection_changed(self) -> None:
        view = self.selected()
        self.detail.show_assessment(view, self.tr("Select an assessment to see its scores."))
        if view is not None:
            index = self.trend_template.findData(view.template_key)
            if index >= 0 and index != self.trend_template.currentIndex():
                self.trend_template.setCurrentIndex(index)
        self._update_controls()

    def _update_controls(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)
        self.new_button.setEnabled(bool(self._templates))

    # -- trends ----------------------------------------------------------------------------

    def _fill_trend_templates(self) -> None:
        keep = self.trend_template.currentData()
        titles: dict[str, AssessmentView] = {}
        for view in sorted(self._assessments, key=lambda v: (v.template_version, v.assessed_on)):
            titles[view.template_key] = view  # newest version's title
        self.trend_template.blockSignals(True)
        self.trend_template.clear()
        for key, view in sorted(titles.items()):
            self.trend_template.addItem(text_of(view.template_title), key)
        index = self.trend_template.findData(keep)
        self.trend_template.setCurrentIndex(max(index, 0))
        self.trend_template.blockSignals(False)
        self._trend_template_changed()

    def trend_views(self) -> list[AssessmentView]:
        key = self.trend_template.currentData()
        return [a for a in self._assessments if a.template_key == key]

    def _trend_template_changed(self, *_args: object) -> None:
        views = self.trend_views()
        self._trends = build_trends(views)
        keep = self.trend_domain.currentData()
        self.trend_domain.blockSignals(True)
        self.trend_domain.clear()
        for trend in self._trends:
            self.trend_domain.addItem(domain_title(trend.code, trend.label), trend.code)
        index = self.trend_domain.findData(keep)
        self.trend_domain.setCurrentIndex(max(index, 0))
        self.trend_domain.blockSignals(False)
        self.grid.set_assessments(views)
        self._trend_domain_changed()

    def _trend_domain_changed(self, *_args: object) -> None:
        code = self.trend_domain.currentData()
        trend = next((t for t in self._trends if t.code == code), None)
        self.chart.set_trend(trend)

    def _grid_row_chosen(self) -> None:
        rows = self.grid.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.grid.domain_codes):
            index = self.trend_domain.findData(self.grid.domain_codes[rows[0].row()])
            if index >= 0:
                self.trend_domain.setCurrentIndex(index)

    def show_trend(self, template_key: str, domain_code: str | None = None) -> None:
        self.pages.setCurrentIndex(1)
        index = self.trend_template.findData(template_key)
        if index >= 0:
            self.trend_template.setCurrentIndex(index)
        if domain_code is not None:
            index = self.trend_domain.findData(domain_code)
            if index >= 0:
                self.trend_domain.setCurrentIndex(index)

    # -- actions ---------------------------------------------------------------------------

    def _fill_menu(self) -> None:
        self.new_menu.clear()
        for template in self._templates:
            action = self.new_menu.addAction(text_of(template.title))
            key = template.key
            action.triggered.connect(lambda _checked=False, key=key: self.new_assessment(key))

    def new_assessment(self, template_key: str) -> None:
        template = next((t for t in self._templates if t.key == template_key), None)
        if template is None:
            return
        service, user, resident_id = self._services.assessments, self._user, self.resident_id
        purpose = AssessmentPurpose.REVIEW if self._assessments else AssessmentPurpose.INTAKE
        self._open(AssessmentDialog(
            self._runner, template, lambda value: service.add(user, resident_id, value),
            None, self, purpose,
        ))

    def edit_assessment(self) -> None:
        view = self.selected()
        if view is None:
            return
        service, user, assessment_id = self._services.assessments, self._user, view.id

        def open_with(template: AssessmentTemplate) -> None:
            self._open(AssessmentDialog(
                self._runner, template,
                lambda value: service.update(user, assessment_id, value), view, self,
            ))

        self._runner.run_op(
            self, lambda: service.template_for(user, assessment_id), open_with,
            self.tr("Opening the assessment"), lambda error: show_error(self, error),
        )

    def _open(self, dialog: AssessmentDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[Any]) -> None:
        self.changed.emit(changed.changes)
        keep = changed.value.id
        service, user, resident_id = self._services.assessments, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: service.list(user, resident_id),
            lambda assessments: self._show(assessments, keep), self.tr("Loading assessments"),
            self._load_failed,
        )

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def print_blank_form(self) -> QDialog:
        dialog = BlankFormsDialog(
            self._services, self._user, self._runner, self, self.resident_id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.print_form_button.setText(self.tr("Print blank form…"))
        self.new_button.setText(self.tr("New assessment…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.list_caption.setText(self.tr("Assessments"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Form"), self.tr("Purpose"), self.tr("Assessor"),
        ])
        self.pages.setTabText(0, self.tr("Scores"))
        self.pages.setTabText(1, self.tr("Trend"))
        self.trend_form_label.setText(self.tr("Form:"))
        self.trend_domain_label.setText(self.tr("Domain:"))
        self.grid_caption.setText(self.tr("Every domain at every assessment"))
        self._fill_menu()
        keep = self.selected()
        self._fill()
        if keep is not None:
            select_key(self.table, keep.id)
        if self._assessments:
            self._fill_trend_templates()
        self._selection_changed()
