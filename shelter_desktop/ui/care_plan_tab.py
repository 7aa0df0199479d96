"""The Care plan tab of a resident's file.

Shows the current plan (the active one, else the draft): version, status, review date (amber
when it is close, red when it has passed), summary, the goals with their actions, and who signed.
Older versions can be read from the version list; they never change. Staff who may edit
residents start a plan from the latest assessment, edit it, make it active, start a review and
record sign-offs; staff who may print forms print it in English, Khmer or both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.care_plans import (
    PLAN_STATUS_LABELS,
    CarePlanSummary,
    CarePlanView,
    GoalStatus,
    PlanStatus,
)
from ..domain.dto import Changed, SignedInUser
from ..domain.roles import Permission
from ..services.container import Services
from .care_plan_editor import CarePlanEditor, goal_status_label, score_icon, ui_language
from .education_tab import make_table, set_row
from .errors import show_error, translate_error
from .formatting import format_date
from .op_runner import OpRunner, SynchronousOpRunner
from .signoff_dialog import SignoffDialog, party_label

Runner = OpRunner | SynchronousOpRunner
DUE_SOON_DAYS = 14
PRINT_LANGUAGES = ("en", "km", "both")

TAB_STYLE = """
QFrame#planHeader { background: #ffffff; border: 1px solid #dde3e9; border-radius: 8px; }
QLabel#planTitle { font-size: 13pt; font-weight: bold; color: #1d2733; }
QLabel#planChip {
    border-radius: 10px; padding: 3px 12px; background: #e4eef4; color: #16465e;
    font-weight: bold;
}
QLabel#planChip[tone="draft"] { background: #fff4d6; color: #6b4e00; }
QLabel#planChip[tone="quiet"] { background: #eef1f4; color: #44505c; }
QLabel#planChip[tone="soon"] { background: #fff0d9; color: #7a4100; }
QLabel#planChip[tone="overdue"] { background: #fbe9e7; color: #8c1d18; }
QLabel#planNotice { color: #7a4100; background: #fff4e0; border: 1px solid #f0d29b;
    border-radius: 6px; padding: 6px 10px; }
QTreeWidget#goalsTree { background: #ffffff; border: 1px solid #dde3e9; border-radius: 6px; }
"""


def plan_status_label(status: str) -> str:
    return QCoreApplication.translate("CarePlans", PLAN_STATUS_LABELS.get(status, status))


def review_tone(review: date, today: date, status: str) -> str:
    """"overdue" past the review date, "soon" within DUE_SOON_DAYS, "" otherwise (drafts and
    replaced versions are never flagged)."""
    if status != PlanStatus.ACTIVE:
        return "quiet"
    if review < today:
        return "overdue"
    if (review - today).days <= DUE_SOON_DAYS:
        return "soon"
    return ""


class _GoalRows(QStyledItemDelegate):
    """Goal texts wrap over as many lines as they need (QTreeView alone elides them), with a
    little air above each goal, so Khmer's tall vowels and subscripts never touch the row
    above."""

    GOAL_GAP = 10
    WRAPPED_COLUMN = 1

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        height = size.height()
        if index.column() == self.WRAPPED_COLUMN:
            width = self._tree.columnWidth(index.column()) - 12
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            text = str(index.data() or "")
            if width > 40 and text:
                bounds = opt.fontMetrics.boundingRect(
                    QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
                )
                height = max(height, bounds.height() + 4)
        extra = self.GOAL_GAP if not index.parent().isValid() else 4
        return QSize(size.width(), height + extra)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        # The score chip stays beside the first line of a long goal.
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        if not index.parent().isValid():  # the gap goes above a goal, not between it and its actions
            option = QStyleOptionViewItem(option)
            option.rect.adjust(0, self.GOAL_GAP - 2, 0, 0)
        super().paint(painter, option, index)


def _polish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CarePlanTab(QWidget):
    changed = Signal(object)  # Changes, after something was saved

    GOAL_COLUMNS = 5

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carePlanTab")
        self.setStyleSheet(TAB_STYLE)
        self._services, self._user, self._runner = services, user, runner
        self.resident_id = resident_id
        self._plans: list[CarePlanSummary] = []
        self._plan: CarePlanView | None = None
        self._load_error: BaseException | None = None
        self._filling = False
        self.dialog: QWidget | None = None
        self.confirmation: QMessageBox | None = None
        self.today: Callable[[], date] = date.today
        can_edit = user.can(Permission.EDIT_RESIDENTS)

        # -- buttons and version selector
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_plan)
        self.activate_button = QPushButton()
        self.activate_button.clicked.connect(self.make_active)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.start_review)
        self.signoff_button = QPushButton()
        self.signoff_button.clicked.connect(self.record_signoff)
        self.print_button = QPushButton()
        self.print_menu = QMenu(self)
        self.print_actions = {lang: self.print_menu.addAction("") for lang in PRINT_LANGUAGES}
        for lang, action in self.print_actions.items():
            action.triggered.connect(lambda _checked=False, lang=lang: self.print_plan(lang))
        self.print_button.setMenu(self.print_menu)
        self.print_button.setVisible(user.can(Permission.PRINT_FORMS))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.activate_button,
                       self.review_button, self.signoff_button):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.version_caption = QLabel()
        self.version_combo = QComboBox()
        self.version_combo.setMinimumContentsLength(24)
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        self.version_caption.setBuddy(self.version_combo)
        buttons.addWidget(self.version_caption)
        buttons.addWidget(self.version_combo)

        # -- header
        self.header = QFrame()
        self.header.setObjectName("planHeader")
        self.title = QLabel()
        self.title.setObjectName("planTitle")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("planChip")
        self.review_chip = QLabel()
        self.review_chip.setObjectName("planChip")
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.title)
        title_row.addWidget(self.status_chip)
        title_row.addWidget(self.review_chip)
        title_row.addStretch(1)
        self.basis = QLabel()
        self.basis.setObjectName("countLabel")
        self.basis.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(14, 10, 14, 10)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.basis)
        header_layout.addWidget(self.summary)

        self.notice = QLabel()
        self.notice.setObjectName("planNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        # -- goals
        self.goals_caption = QLabel()
        self.goals_caption.setObjectName("fieldCaption")
        self.goals_tree = QTreeWidget()
        self.goals_tree.setObjectName("goalsTree")
        self.goals_tree.setColumnCount(self.GOAL_COLUMNS)
        self.goals_tree.setWordWrap(True)
        self.goals_tree.setUniformRowHeights(False)
        self.goals_tree.setAlternatingRowColors(False)
        self.goals_tree.setRootIsDecorated(True)
        self.goals_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goals_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._delegate = _GoalRows(self.goals_tree)
        self.goals_tree.setItemDelegate(self._delegate)
        header = self.goals_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.goals_tree.doItemsLayout())
        if can_edit:
            self.goals_tree.itemDoubleClicked.connect(lambda *_: self.edit_plan())

        # -- sign-offs
        self.signoffs_caption = QLabel()
        self.signoffs_caption.setObjectName("fieldCaption")
        self.signoffs_table = make_table(4, 1)
        self.signoffs_table.setObjectName("signoffsTable")

        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.goals_caption)
        layout.addWidget(self.goals_tree, 4)
        layout.addWidget(self.signoffs_caption)
        layout.addWidget(self.signoffs_table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        plans, user, resident_id = self._services.care_plans, self._user, self.resident_id
        wanted = keep if keep is not None else (self._plan.id if self._plan else None)

        def load() -> tuple[list[CarePlanSummary], CarePlanView | None]:
            summaries = plans.list(user, resident_id)
            ids = {s.id for s in summaries}
            chosen = wanted if wanted in ids else _preferred(summaries)
            return summaries, (plans.get(user, chosen) if chosen is not None else None)

        self._runner.run_op(self, load, self._show, self.tr("Loading the care plan"),
                            self._load_failed)

    def plan(self) -> CarePlanView | None:
        return self._plan

    def versions(self) -> list[CarePlanSummary]:
        return list(self._plans)

    def _show(self, loaded: tuple[list[CarePlanSummary], CarePlanView | None]) -> None:
        self._plans, self._plan = loaded
        self._load_error = None
        self._fill()

    def _load_failed(self, error: BaseException) -> None:
        self._plans, self._plan = [], None
        self._load_error = error
        self._fill()
        show_error(self, error)

    def show_version(self, plan_id: int) -> None:
        plans, user = self._services.care_plans, self._user
        self._runner.run_op(
            self, lambda: plans.get(user, plan_id),
            lambda view: self._show((self._plans, view)), self.tr("Loading the care plan"),
        )

    def _version_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        plan_id = self.version_combo.itemData(index)
        if plan_id is not None and (self._plan is None or plan_id != self._plan.id):
            self.show_version(plan_id)

    # -- showing ---------------------------------------------------------------------------

    def _fill(self) -> None:
        self._filling = True
        try:
            self.version_combo.clear()
            for s in self._plans:
                self.version_combo.addItem(
                    self.tr("Version {version} · {status} · {date}").format(
                        version=s.version, status=plan_status_label(s.status),
                        date=format_date(s.created_at.date()),
                    ),
                    s.id,
                )
            if self._plan is not None:
                self.version_combo.setCurrentIndex(self.version_combo.findData(self._plan.id))
        finally:
            self._filling = False
        self.version_combo.setEnabled(len(self._plans) > 1)
        plan = self._plan
        has_plan = plan is not None
        for widget in (self.header, self.goals_caption, self.goals_tree, self.signoffs_caption,
                       self.signoffs_table):
            widget.setVisible(has_plan)
        self._fill_header()
        self._fill_goals()
        self._fill_signoffs()
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif plan is None:
            self.status.setText(self.tr(
                "No care plan yet. Start one from the latest assessment: every domain scored 1 "
                "or 2 becomes a goal."
            ))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self._update_controls()

    def _fill_header(self) -> None:
        plan = self._plan
        if plan is None:
            self.notice.hide()
            return
        self.title.setText(self.tr("Care plan, version {version}").format(version=plan.version))
        self.status_chip.setText(plan_status_label(plan.status))
        self.status_chip.setProperty(
            "tone", {"draft": "draft", "superseded": "quiet"}.get(plan.status, "")
        )
        tone = review_tone(plan.review_date, self.today(), plan.status)
        if tone == "overdue":
            text = self.tr("Review was due {date}")
        else:
            text = self.tr("Review by {date}")
        self.review_chip.setText(text.format(date=format_date(plan.review_date)))
        self.review_chip.setProperty("tone", tone)
        for chip in (self.status_chip, self.review_chip):
            _polish(chip)
        written = self.tr("Written by {name} on {date}.").format(
            name=plan.created_by_name, date=format_date(plan.created_at.date())
        )
        if plan.assessment_title is not None and plan.assessed_on is not None:
            basis = self.tr("Based on the {assessment} of {date}.").format(
                assessment=plan.assessment_title.get(ui_language()),
                date=format_date(plan.assessed_on),
            )
            self.basis.setText(f"{basis} {written}")
        else:
            self.basis.setText(written)
        self.summary.setText(plan.summary)
        self.summary.setVisible(bool(plan.summary))
        notices = []
        if plan.status == PlanStatus.SUPERSEDED:
            notices.append(self.tr(
                "This version was replaced by a later one. It is shown as it was and cannot be "
                "changed."
            ))
        elif plan.status == PlanStatus.DRAFT:
            notices.append(self.tr(
                "This is a draft. It takes effect when it is made active."
            ))
        missing = plan.uncovered_weak_domains()
        if missing and plan.status != PlanStatus.SUPERSEDED:
            language = ui_language()
            notices.append(self.tr("No goal yet for domains scored 1 or 2: {domains}.").format(
                domains=", ".join(f"{d.code} {d.label.get(language)}" for d in missing)
            ))
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))

    def _fill_goals(self) -> None:
        tree = self.goals_tree
        tree.clear()
        plan = self._plan
        if plan is None:
            return
        language = ui_language()
        muted = QBrush(QColor("#6b7682"))
        for goal in plan.goals:
            if goal.domain_code:
                label = goal.domain_label.get(language) if goal.domain_label else goal.domain_code
                domain_text = f"{goal.domain_code} · {label}"
            else:
                domain_text = self.tr("Other")
            item = QTreeWidgetItem([
                domain_text, goal.goal, goal.responsible_name or "—",
                format_date(goal.target_date) or "—", goal_status_label(goal.status),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            if goal.domain_code:
                item.setIcon(0, score_icon(goal.domain_score))
                if goal.domain_score is not None:
                    item.setToolTip(0, self.tr("Scored {score} of 4 in the assessment").format(
                        score=goal.domain_score))
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            for column in range(self.GOAL_COLUMNS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if goal.status in (GoalStatus.ACHIEVED, GoalStatus.DROPPED):
                item.setForeground(4, muted)
            tree.addTopLevelItem(item)
            for action in goal.actions:
                mark = "☑" if action.done else "☐"
                child = QTreeWidgetItem([
                    "", f"{mark}  {action.action}", action.responsible_name or "—",
                    format_date(action.target_date) or "—",
                    self.tr("Done") if action.done else self.tr("To do"),
                ])
                child.setData(0, Qt.ItemDataRole.UserRole, action.id)
                for column in range(self.GOAL_COLUMNS):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if action.done:
                    for column in range(1, self.GOAL_COLUMNS):
                        child.setForeground(column, muted)
                item.addChild(child)
        tree.expandAll()
        header = tree.header()
        for column in (0, 2, 3, 4):
            tree.resizeColumnToContents(column)
            header.resizeSection(column, min(max(header.sectionSize(column) + 12, 90), 300))

    def _fill_signoffs(self) -> None:
        table = self.signoffs_table
        signoffs = self._plan.signoffs if self._plan else ()
        table.setRowCount(len(signoffs))
        for row, s in enumerate(signoffs):
            set_row(table, row, (party_label(s.party), s.signer_name, format_date(s.signed_on),
                                 s.recorded_by_name), s.id)
        if self._plan is not None:
            self.signoffs_caption.setText(
                self.tr("Signed by") if signoffs else self.tr("Signed by: nobody yet")
            )
        rows = max(1, len(signoffs))
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height()
                               + rows * table.verticalHeader().defaultSectionSize() + 6)
        table.setVisible(self._plan is not None and bool(signoffs))

    def _update_controls(self) -> None:
        plan = self._plan
        has_draft = any(s.status == PlanStatus.DRAFT for s in self._plans)
        editable = plan is not None and plan.editable
        self.new_button.setEnabled(not has_draft and self._load_error is None)
        self.edit_button.setEnabled(editable)
        self.activate_button.setEnabled(plan is not None and plan.status == PlanStatus.DRAFT)
        self.review_button.setEnabled(
            plan is not None and plan.status == PlanStatus.ACTIVE and not has_draft
        )
        signed = {s.party for s in plan.signoffs} if plan else set()
        self.signoff_button.setEnabled(editable and len(signed) < 3)
        self.print_button.setEnabled(plan is not None)

    # -- actions ---------------------------------------------------------------------------

    def new_plan(self) -> None:
        plans, user, rid, language = (
            self._services.care_plans, self._user, self.resident_id, ui_language()
        )

        def prepare() -> tuple[Any, ...]:
            value, assessment_id = plans.proposal(user, rid, language)
            return value, assessment_id, plans.assessment_domains(user, assessment_id), \
                plans.assignable_staff(user)

        def open_editor(prepared: tuple[Any, ...]) -> None:
            value, assessment_id, domains, staff = prepared
            self._open(CarePlanEditor(
                self._runner, lambda v: plans.create(user, rid, v, assessment_id), value,
                domains, staff, None, None, self,
            ))

        self._runner.run_op(self, prepare, open_editor, self.tr("Preparing a care plan"))

    def edit_plan(self) -> None:
        plan = self._plan
        if plan is None or not plan.editable:
            return
        self._edit(plan)

    def _edit(self, plan: CarePlanView) -> None:
        plans, user, plan_id = self._services.care_plans, self._user, plan.id
        names = {g.responsible_id: g.responsible_name for g in plan.goals if g.responsible_id}
        names.update({a.responsible_id: a.responsible_name for g in plan.goals
                      for a in g.actions if a.responsible_id})

        def open_editor(staff: list[tuple[int, str]]) -> None:
            self._open(CarePlanEditor(
                self._runner, lambda v: plans.save(user, plan_id, v), plan.as_input(),
                plan.assessment_domains, staff, names, plan.version, self,
            ))

        self._runner.run_op(self, lambda: plans.assignable_staff(user), open_editor,
                            self.tr("Opening the care plan"))

    def make_active(self) -> None:
        plan = self._plan
        if plan is None or plan.status != PlanStatus.DRAFT:
            return
        active = next((s for s in self._plans if s.status == PlanStatus.ACTIVE), None)
        text = self.tr("Version {version} becomes the care plan staff work to.").format(
            version=plan.version)
        if active is not None:
            text += " " + self.tr(
                "Version {old} is kept, read-only, as replaced by it."
            ).format(old=active.version)
        plans, user, plan_id = self._services.care_plans, self._user, plan.id
        self._ask(
            self.tr("Make this care plan active?"), text, self.tr("Make active"),
            lambda: self._runner.run_op(
                self, lambda: plans.activate(user, plan_id), self._saved,
                self.tr("Making the care plan active"), self._action_failed,
            ),
        )

    def start_review(self) -> None:
        plan = self._plan
        if plan is None or plan.status != PlanStatus.ACTIVE:
            return
        plans, user, plan_id, language = (
            self._services.care_plans, self._user, plan.id, ui_language()
        )

        def reviewed(changed: Changed[CarePlanView]) -> None:
            self._saved(changed)
            self._edit(changed.value)

        self._ask(
            self.tr("Start a review?"),
            self.tr(
                "A new draft version is made from version {version}: the same goals and "
                "actions, a new review date, and goals for domains that scored 1 or 2 in a "
                "newer assessment. Version {version} stays in force until the new one is made "
                "active."
            ).format(version=plan.version),
            self.tr("Start review"),
            lambda: self._runner.run_op(
                self, lambda: plans.start_review(user, plan_id, language), reviewed,
                self.tr("Starting the review"), self._action_failed,
            ),
        )

    def record_signoff(self) -> None:
        plan = self._plan
        if plan is None or not plan.editable:
            return
        plans, user, plan_id = self._services.care_plans, self._user, plan.id
        self._open(SignoffDialog(
            self._runner, lambda v: plans.add_signoff(user, plan_id, v), plan.version,
            {s.party for s in plan.signoffs}, self,
        ))

    def print_plan(self, language: str) -> None:
        plan = self._plan
        if plan is None:
            return
        from .pdf_output import offer_pdf  # written alongside; imported when first used

        printing, user, plan_id = self._services.printing, self._user, plan.id
        suffix = {"en": "en", "km": "km", "both": "en-km"}[language]
        name = f"care-plan-{plan.case_number}-v{plan.version}-{suffix}.pdf"
        offer_pdf(
            self, self._runner,
            lambda: printing.care_plan_pdf(user, plan_id, language),  # type: ignore[attr-defined]
            name,
        )

    def _ask(self, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None:
        if self.confirmation is not None:
            self.confirmation.close()
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
        box.finished.connect(self._question_closed)
        self.confirmation = box
        box.open()

    def _question_closed(self) -> None:
        self.confirmation = None

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[Any]) -> None:
        self.changed.emit(changed.changes)
        value = changed.value
        self.refresh(keep=value.id if isinstance(value, CarePlanView) else None)

    def _action_failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New care plan from latest assessment…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.activate_button.setText(self.tr("Make active"))
        self.review_button.setText(self.tr("Start review…"))
        self.signoff_button.setText(self.tr("Record sign-off…"))
        self.print_button.setText(self.tr("Print…"))
        self.print_actions["en"].setText(self.tr("In English"))
        self.print_actions["km"].setText(self.tr("In Khmer"))
        self.print_actions["both"].setText(self.tr("In English and Khmer"))
        self.version_caption.setText(self.tr("Version:"))
        self.goals_caption.setText(self.tr("Goals and actions"))
        self.goals_tree.setHeaderLabels([
            self.tr("Domain"), self.tr("Goal / action"), self.tr("Responsible"),
            self.tr("Target date"), self.tr("Status"),
        ])
        self.signoffs_table.setHorizontalHeaderLabels([
            self.tr("Party"), self.tr("Name"), self.tr("Signed on"), self.tr("Recorded by"),
        ])
        self._fill()


def _preferred(summaries: list[CarePlanSummary]) -> int | None:
    """The plan to show first: the active one, else the latest draft, else the newest."""
    for status in (PlanStatus.ACTIVE, PlanStatus.DRAFT):
        for s in summaries:  # newest first
            if s.status == status:
                return s.id
    return summaries[0].id if summaries else None
