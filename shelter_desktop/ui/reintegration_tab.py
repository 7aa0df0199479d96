"""The Reintegration tab of a resident's file.

A timeline (preparing → placed → closed), the readiness assessments (scores coloured 1 red …
4 green, with their numbers, and the re-trafficking risk), the decision and placement, and the
follow-up schedule (overdue visits in red, visits made with their scores). Contacts flagged "no
contact" or "suspected involvement" are shown on top in orange: contact with family is planned
here. Staff who may edit residents work through the dialogs in reintegration_dialogs.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessments import SCORE_COLOURS, SCORE_TEXT_COLOURS
from ..domain.case_file import ContactView
from ..domain.case_policy import CasePolicy
from ..domain.dto import Changed, SignedInUser
from ..domain.reintegration import (
    CLOSURE_LABELS,
    DECISION_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    VISIT_STATUS_LABELS,
    VISIT_TYPE_LABELS,
    ClosureReason,
    Decision,
    ReintegrationStatus,
    ReintegrationView,
    RetraffickingRisk,
    VisitStatus,
    VisitType,
    VisitView,
)
from ..domain.roles import Permission
from ..domain.vocabulary import SafetyFlag
from ..services.container import Services
from .education_tab import make_table, select_key, selected_key
from .blank_forms_dialog import FOLLOW_UP, BlankFormsDialog
from .errors import show_error, translate_error
from .formatting import format_date
from .op_runner import OpRunner, SynchronousOpRunner
from .reintegration_dialogs import (
    ClosureDialog,
    DecisionDialog,
    PlacementDialog,
    ReadinessDialog,
    VisitDialog,
    province_name,
    reintegration_label,
)

Runner = OpRunner | SynchronousOpRunner

OVERDUE_BACKGROUND = QColor("#fbe9e7")
OVERDUE_TEXT = QColor("#8c1d18")
RISK_COLOURS = {
    RetraffickingRisk.LOW.value: ("#e3f1e4", "#1e5b22"),
    RetraffickingRisk.MEDIUM.value: ("#fff1d6", "#6b4300"),
    RetraffickingRisk.HIGH.value: ("#fbe9e7", "#8c1d18"),
}
MUTED_TEXT = QColor("#6b7580")

STYLE = """
QLabel#safetyBanner {
    background: #fff1e0; color: #7a3a00; border: 1px solid #f0c08a; border-left: 6px solid #d9730d;
    border-radius: 6px; padding: 8px 12px; font-weight: bold;
}
QLabel#timelineStep {
    border-radius: 12px; padding: 4px 14px; background: #eef1f4; color: #6b7580;
}
QLabel#timelineStep[state="done"] { background: #e4eef4; color: #16465e; }
QLabel#timelineStep[state="current"] { background: #16465e; color: #ffffff; font-weight: bold; }
QLabel#timelineArrow { color: #9aa5b1; }
QFrame#reintegrationCard { background: #ffffff; border: 1px solid #dde3e9; border-radius: 8px; }
QLabel#cardTitle { font-size: 11.5pt; font-weight: bold; color: #16465e; }
QLabel#factLabel { color: #4f5b67; }
QLabel#riskChip { border-radius: 9px; padding: 2px 10px; font-weight: bold; }
"""


@dataclass(frozen=True)
class Loaded:
    view: ReintegrationView | None
    unsafe: list[ContactView]
    policy: CasePolicy


def _label(labels: dict[Any, str], enum: Any, value: Any) -> str:
    return reintegration_label(labels, enum, value)


def score_item(score: int | None) -> QTableWidgetItem:
    """A score cell: the number on its colour (1 red … 4 green); a dash when not assessed."""
    if score is None:
        item = QTableWidgetItem("\u2014")
        item.setForeground(QBrush(MUTED_TEXT))
    else:
        item = QTableWidgetItem(str(score))
        item.setBackground(QBrush(QColor(SCORE_COLOURS.get(score, "#ffffff"))))
        item.setForeground(QBrush(QColor(SCORE_TEXT_COLOURS.get(score, "#1d1d1d"))))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def risk_item(risk: str | None) -> QTableWidgetItem:
    item = QTableWidgetItem(_label(RISK_LABELS, RetraffickingRisk, risk))
    if risk in RISK_COLOURS:
        background, text = RISK_COLOURS[risk]
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(text)))
    return item


class ReintegrationTab(QWidget):
    changed = Signal(object)  # Changes, after something was saved

    READINESS_COLUMNS = 7
    VISIT_COLUMNS = 11
    (V_DUE, V_FOLLOW_UP, V_STATUS, V_VISITED, V_TYPE, V_SAFETY, V_WELLBEING, V_FAMILY,
     V_EDUCATION, V_RISK, V_FINDINGS) = range(11)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reintegrationTab")
        self.setStyleSheet(STYLE)
        self._services, self._user, self._runner = services, user, runner
        self.resident_id = resident_id
        self._view: ReintegrationView | None = None
        self._unsafe: list[ContactView] = []
        self._policy = CasePolicy()
        self._loaded = False
        self._load_error: BaseException | None = None
        self.dialog: QWidget | None = None
        self.can_edit = user.can(Permission.EDIT_RESIDENTS)

        # -- actions -----------------------------------------------------------------------
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.readiness_button = QPushButton()
        self.readiness_button.clicked.connect(self.add_readiness)
        self.decision_button = QPushButton()
        self.decision_button.clicked.connect(self.decide)
        self.placement_button = QPushButton()
        self.placement_button.clicked.connect(self.place)
        self.visit_button = QPushButton()
        self.visit_button.clicked.connect(self.record_visit)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_case)
        self._action_buttons = (
            self.start_button, self.readiness_button, self.decision_button,
            self.placement_button, self.visit_button, self.close_button,
        )
        actions = QHBoxLayout()
        for button in self._action_buttons:
            button.setVisible(self.can_edit)
            actions.addWidget(button)
        actions.addStretch(1)
        # A printed follow-up form to fill in during a home visit, with her name and due date.
        self.print_form_button = QPushButton()
        self.print_form_button.setVisible(user.can(Permission.PRINT_FORMS))
        self.print_form_button.clicked.connect(self.print_follow_up_form)
        actions.addWidget(self.print_form_button)

        self.safety_banner = QLabel()
        self.safety_banner.setObjectName("safetyBanner")
        self.safety_banner.setWordWrap(True)
        self.safety_banner.hide()

        # -- timeline ----------------------------------------------------------------------
        self._steps: dict[str, QLabel] = {}
        timeline = QHBoxLayout()
        timeline.setSpacing(8)
        for number, status in enumerate(ReintegrationStatus):
            if number:
                arrow = QLabel("\u2192")
                arrow.setObjectName("timelineArrow")
                timeline.addWidget(arrow)
            step = QLabel()
            step.setObjectName("timelineStep")
            step.setProperty("state", "todo")
            self._steps[status.value] = step
            timeline.addWidget(step)
        timeline.addStretch(1)

        # -- readiness card ----------------------------------------------------------------
        self.readiness_title = QLabel()
        self.readiness_title.setObjectName("cardTitle")
        self.readiness_table = make_table(self.READINESS_COLUMNS, 6)
        self.readiness_table.setObjectName("readinessTable")
        self.readiness_table.setAlternatingRowColors(False)
        self.readiness_table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.readiness_table.setMaximumHeight(self.readiness_table.verticalHeader().defaultSectionSize() * 4 + 34)
        self.recommendation = QLabel()
        self.recommendation.setWordWrap(True)
        self.recommendation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readiness_card = QFrame()
        readiness_card.setObjectName("reintegrationCard")
        readiness_box = QVBoxLayout(readiness_card)
        readiness_box.addWidget(self.readiness_title)
        readiness_box.addWidget(self.readiness_table)
        readiness_box.addWidget(self.recommendation)
        readiness_box.addStretch(1)

        # -- decision and placement card ---------------------------------------------------
        self.placement_title = QLabel()
        self.placement_title.setObjectName("cardTitle")
        self._fact_labels: dict[str, QLabel] = {}
        self._facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setColumnStretch(1, 1)
        for row, key in enumerate(("decision", "reason", "placement", "follow_up", "closure")):
            label = QLabel()
            label.setObjectName("factLabel")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fact_labels[key], self._facts[key] = label, value
            facts.addWidget(label, row, 0)
            facts.addWidget(value, row, 1)
        placement_card = QFrame()
        placement_card.setObjectName("reintegrationCard")
        placement_box = QVBoxLayout(placement_card)
        placement_box.addWidget(self.placement_title)
        placement_box.addLayout(facts)
        placement_box.addStretch(1)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        cards.addWidget(readiness_card, 3)
        cards.addWidget(placement_card, 2)
        for card in (readiness_card, placement_card):
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # -- follow-up schedule ------------------------------------------------------------
        self.schedule_title = QLabel()
        self.schedule_title.setObjectName("cardTitle")
        self.unscheduled_button = QPushButton()
        self.unscheduled_button.clicked.connect(self.add_unscheduled_visit)
        self.missed_button = QPushButton()
        self.missed_button.clicked.connect(lambda: self.mark_selected(VisitStatus.MISSED.value))
        self.cancel_visit_button = QPushButton()
        self.cancel_visit_button.clicked.connect(
            lambda: self.mark_selected(VisitStatus.CANCELLED.value)
        )
        schedule_head = QHBoxLayout()
        schedule_head.addWidget(self.schedule_title)
        schedule_head.addStretch(1)
        for button in (self.unscheduled_button, self.missed_button, self.cancel_visit_button):
            button.setVisible(self.can_edit)
            schedule_head.addWidget(button)
        self.visits_table = make_table(self.VISIT_COLUMNS, self.V_FINDINGS)
        self.visits_table.setObjectName("followUpTable")
        self.visits_table.setAlternatingRowColors(False)
        self.visits_table.itemSelectionChanged.connect(self._update_controls)
        if self.can_edit:
            self.visits_table.itemDoubleClicked.connect(lambda _item: self.record_visit())

        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(actions)
        layout.addWidget(self.safety_banner)
        layout.addLayout(timeline)
        layout.addLayout(cards)
        layout.addLayout(schedule_head)
        layout.addWidget(self.visits_table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        services, user, rid = self._services, self._user, self.resident_id

        def load() -> Loaded:
            view = services.reintegration.get(user, rid)
            unsafe = [
                c for c in services.contacts.safety_alerts(user, rid)
                if c.safety_flag != SafetyFlag.NONE.value
            ]
            return Loaded(view, unsafe, services.case_policy.get(user))

        self._runner.run_op(
            self, load, self._show, self.tr("Loading reintegration"), self._load_failed
        )

    def view(self) -> ReintegrationView | None:
        return self._view

    def _show(self, loaded: Loaded) -> None:
        self._view, self._unsafe, self._policy = loaded.view, loaded.unsafe, loaded.policy
        self._loaded = True
        self._load_error = None
        self._fill()

    def _load_failed(self, error: BaseException) -> None:
        self._load_error = error
        self._fill()
        show_error(self, error)

    # -- showing ---------------------------------------------------------------------------

    def safety_text(self) -> str:
        return self.safety_banner.text() if not self.safety_banner.isHidden() else ""

    def _safety_line(self, contact: ContactView) -> str:
        relation = contact.relation or self.tr("a contact")
        if contact.safety_flag == SafetyFlag.SUSPECTED_INVOLVEMENT.value:
            return self.tr(
                "Suspected involvement: {relation} {name} — do not plan contact"
            ).format(relation=relation, name=contact.name)
        return self.tr("No contact: {relation} {name} — do not plan contact").format(
            relation=relation, name=contact.name
        )

    def _fill(self) -> None:
        view = self._view
        if self._unsafe:
            lines = [self._safety_line(c) for c in self._unsafe]
            self.safety_banner.setText("\n".join(lines))
            self.safety_banner.show()
        else:
            self.safety_banner.clear()
            self.safety_banner.hide()
        self._fill_timeline(view)
        self._fill_readiness(view)
        self._fill_facts(view)
        self._fill_visits(view)
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif self._loaded and view is None:
            self.status.setText(
                self.tr("Reintegration has not started. Start it when planning her return.")
                if self.can_edit else self.tr("Reintegration has not started.")
            )
        else:
            self.status.setText(self._summary(view))
        self.status.setVisible(bool(self.status.text()))
        self._update_controls()

    def _summary(self, view: ReintegrationView | None) -> str:
        if view is None or not view.visits:
            return ""
        today = date.today()
        overdue = sum(1 for v in view.visits if v.overdue(today))
        done = sum(1 for v in view.visits if v.status == VisitStatus.DONE.value)
        if overdue:
            return self.tr("{done} visits made, {overdue} overdue.").format(
                done=done, overdue=overdue
            )
        return self.tr("{done} visits made.").format(done=done)

    def _fill_timeline(self, view: ReintegrationView | None) -> None:
        order = [s.value for s in ReintegrationStatus]
        current = view.status if view is not None else None
        dates = {
            ReintegrationStatus.PREPARING.value: None,
            ReintegrationStatus.PLACED.value: view.placement_date if view else None,
            ReintegrationStatus.CLOSED.value: view.closed_on if view else None,
        }
        reached = order.index(current) if current in order else -1
        for index, key in enumerate(order):
            step = self._steps[key]
            name = _label(STATUS_LABELS, ReintegrationStatus, key)
            day = dates[key]
            step.setText(f"{name}  {format_date(day)}" if day and index <= reached else name)
            state = "current" if index == reached else ("done" if index < reached else "todo")
            if key == ReintegrationStatus.PLACED.value and view is not None and not view.placed:
                state = "todo"  # closed without a placement
            step.setProperty("state", state)
            step.style().unpolish(step)
            step.style().polish(step)

    def step_states(self) -> dict[str, str]:
        return {key: str(step.property("state")) for key, step in self._steps.items()}

    def _fill_readiness(self, view: ReintegrationView | None) -> None:
        readiness = list(reversed(view.readiness)) if view else []  # newest on top
        table = self.readiness_table
        table.setRowCount(len(readiness))
        for row, r in enumerate(readiness):
            first = QTableWidgetItem(format_date(r.assessed_on))
            first.setData(Qt.ItemDataRole.UserRole, r.id)
            table.setItem(row, 0, first)
            for column, score in enumerate(r.scores, start=1):
                table.setItem(row, column, score_item(score))
            table.setItem(row, 5, risk_item(r.retrafficking_risk))
            table.setItem(row, 6, QTableWidgetItem(r.assessor))
        latest = view.latest_readiness() if view else None
        if latest is None:
            self.recommendation.setText(self.tr("No readiness assessment yet."))
        elif latest.recommendation:
            self.recommendation.setText(
                self.tr("Recommendation ({date}): {text}").format(
                    date=format_date(latest.assessed_on), text=latest.recommendation
                )
            )
        else:
            self.recommendation.setText("")
        self.recommendation.setVisible(bool(self.recommendation.text()))

    def _fill_facts(self, view: ReintegrationView | None) -> None:
        facts: dict[str, str] = dict.fromkeys(self._facts, "")
        if view is not None:
            if view.decision:
                facts["decision"] = self.tr("{decision}, decided on {date}").format(
                    decision=_label(DECISION_LABELS, Decision, view.decision),
                    date=format_date(view.decided_on),
                )
                facts["reason"] = view.decision_reason
            if view.placed:
                where = ", ".join(
                    p for p in (view.placement_place, province_name(view.placement_province_code))
                    if p
                )
                facts["placement"] = self.tr("{date}: {place}").format(
                    date=format_date(view.placement_date), place=where
                )
                facts["follow_up"] = self.tr("after {months} months").format(
                    months=", ".join(str(m) for m in view.follow_up_months)
                )
            if view.closed:
                reason = _label(CLOSURE_LABELS, ClosureReason, view.closure_reason)
                facts["closure"] = self.tr("{date}: {reason}").format(
                    date=format_date(view.closed_on), reason=reason
                )
                if view.closure_note:
                    facts["closure"] += "\n" + view.closure_note
        if view is None or not view.decision:
            facts["decision"] = self.tr("Not decided yet")
        for key, value in facts.items():
            shown = bool(value) or key in ("decision", "placement")
            if key == "placement" and not value:
                value = self.tr("Not placed yet")
            self._facts[key].setText(value)
            self._facts[key].setVisible(shown)
            self._fact_labels[key].setVisible(shown)

    def fact(self, key: str) -> str:
        label = self._facts[key]
        return label.text() if not label.isHidden() else ""

    def _fill_visits(self, view: ReintegrationView | None) -> None:
        keep = selected_key(self.visits_table)
        visits = list(view.visits) if view else []
        today = date.today()
        table = self.visits_table
        table.setRowCount(len(visits))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, v in enumerate(visits):
            overdue = v.overdue(today)
            if v.months_after is None:
                follow_up = self.tr("Unscheduled")
            elif v.months_after == 1:
                follow_up = self.tr("1 month")
            else:
                follow_up = self.tr("{n} months").format(n=v.months_after)
            status = (
                self.tr("Overdue") if overdue
                else _label(VISIT_STATUS_LABELS, VisitStatus, v.status)
            )
            texts = [
                format_date(v.due_on), follow_up, status, format_date(v.visited_on),
                _label(VISIT_TYPE_LABELS, VisitType, v.visit_type),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, v.id)
                if overdue:
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                    item.setForeground(QBrush(OVERDUE_TEXT))
                    if column == self.V_STATUS:
                        item.setFont(bold)
                elif v.status in (VisitStatus.CANCELLED.value, VisitStatus.MISSED.value):
                    item.setForeground(QBrush(MUTED_TEXT))
                table.setItem(row, column, item)
            done = v.status == VisitStatus.DONE.value
            for column, score in zip(
                (self.V_SAFETY, self.V_WELLBEING, self.V_FAMILY, self.V_EDUCATION), v.scores
            ):
                item = score_item(score) if done else QTableWidgetItem("")
                if overdue:
                    item.setBackground(QBrush(OVERDUE_BACKGROUND))
                table.setItem(row, column, item)
            risk = risk_item(v.risk_level) if done else QTableWidgetItem("")
            if overdue:
                risk.setBackground(QBrush(OVERDUE_BACKGROUND))
            table.setItem(row, self.V_RISK, risk)
            findings = QTableWidgetItem(" ".join(v.findings.split()))
            findings.setToolTip(v.findings)
            if overdue:
                findings.setBackground(QBrush(OVERDUE_BACKGROUND))
            table.setItem(row, self.V_FINDINGS, findings)
        if keep is not None:
            select_key(table, keep)

    def visits(self) -> list[VisitView]:
        return list(self._view.visits) if self._view else []

    def selected_visit(self) -> VisitView | None:
        key = selected_key(self.visits_table)
        return next((v for v in self.visits() if v.id == key), None)

    def select_visit(self, visit_id: int) -> bool:
        return select_key(self.visits_table, visit_id)

    def _update_controls(self) -> None:
        view = self._view
        open_ = view is not None and not view.closed
        placed = open_ and view is not None and view.placed
        self.start_button.setEnabled(self._loaded and (view is None or view.closed))
        self.readiness_button.setEnabled(open_)
        self.decision_button.setEnabled(open_)
        self.placement_button.setEnabled(open_ and view is not None and bool(view.decision))
        self.placement_button.setText(
            self.tr("Change placement…") if placed else self.tr("Placement…")
        )
        self.visit_button.setEnabled(placed)
        self.close_button.setEnabled(self._loaded and (view is None or not view.closed))
        self.unscheduled_button.setEnabled(placed)
        selected = self.selected_visit()
        markable = placed and selected is not None and selected.status in (
            VisitStatus.SCHEDULED.value, VisitStatus.MISSED.value
        )
        self.missed_button.setEnabled(
            markable and selected is not None and selected.status == VisitStatus.SCHEDULED.value
        )
        self.cancel_visit_button.setEnabled(markable)

    # -- actions ---------------------------------------------------------------------------

    def start(self) -> None:
        service, user, rid = self._services.reintegration, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: service.start(user, rid), self._saved,
            self.tr("Starting reintegration"), lambda error: show_error(self, error),
        )

    def add_readiness(self) -> None:
        if self._view is None:
            return
        service, user, rid = self._services.reintegration, self._user, self._view.id
        self._open(ReadinessDialog(
            self._runner, lambda value: service.add_readiness(user, rid, value), self
        ))

    def decide(self) -> None:
        if self._view is None:
            return
        service, user, rid = self._services.reintegration, self._user, self._view.id
        self._open(DecisionDialog(
            self._runner, lambda value: service.decide(user, rid, value), self._view, self
        ))

    def place(self) -> None:
        view = self._view
        if view is None:
            return
        service, user, rid = self._services.reintegration, self._user, view.id
        if view.placed:
            save = lambda value: service.update_placement(user, rid, value)  # noqa: E731
            months = view.follow_up_months
        else:
            save = lambda value: service.place(user, rid, value)  # noqa: E731
            months = self._policy.follow_up_months
        self._open(PlacementDialog(self._runner, save, view, months, self))

    def record_visit(self) -> None:
        """Record the selected follow-up, else the next one due; an unscheduled visit when
        none is left."""
        view = self._view
        if view is None or not view.placed or view.closed:
            return
        visit = self.selected_visit()
        if visit is None or visit.status == VisitStatus.CANCELLED.value:
            visit = view.next_visit()
        if visit is None:
            self.add_unscheduled_visit()
            return
        service, user, visit_id = self._services.reintegration, self._user, visit.id
        self._open(VisitDialog(
            self._runner, lambda value: service.record_visit(user, visit_id, value), visit, self
        ))

    def add_unscheduled_visit(self) -> None:
        view = self._view
        if view is None or not view.placed or view.closed:
            return
        service, user, rid = self._services.reintegration, self._user, view.id
        self._open(VisitDialog(
            self._runner, lambda value: service.add_visit(user, rid, value), None, self
        ))

    def mark_selected(self, status: str) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        service, user, visit_id = self._services.reintegration, self._user, visit.id
        self._runner.run_op(
            self, lambda: service.mark_visit(user, visit_id, status), self._saved,
            self.tr("Saving the follow-up"), lambda error: show_error(self, error),
        )

    def close_case(self) -> None:
        service, user, rid = self._services.reintegration, self._user, self.resident_id
        self._open(ClosureDialog(
            self._runner, lambda value: service.close_case(user, rid, value), self
        ))

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[ReintegrationView]) -> None:
        self._view = changed.value
        self._loaded = True
        self._load_error = None
        self._fill()
        self.changed.emit(changed.changes)

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def print_follow_up_form(self) -> QDialog:
        dialog = BlankFormsDialog(
            self._services, self._user, self._runner, self, self.resident_id
        )
        dialog.select_form(FOLLOW_UP)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.print_form_button.setText(self.tr("Print follow-up form…"))
        self.start_button.setText(self.tr("Start reintegration"))
        self.readiness_button.setText(self.tr("Readiness assessment…"))
        self.decision_button.setText(self.tr("Decision…"))
        self.visit_button.setText(self.tr("Record visit…"))
        self.close_button.setText(self.tr("Close case…"))
        self.unscheduled_button.setText(self.tr("Unscheduled visit…"))
        self.missed_button.setText(self.tr("Mark missed"))
        self.cancel_visit_button.setText(self.tr("Cancel follow-up"))
        self.readiness_title.setText(self.tr("Readiness"))
        self.placement_title.setText(self.tr("Decision and placement"))
        self.schedule_title.setText(self.tr("Follow-up schedule"))
        for key, text in (
            ("decision", self.tr("Decision:")),
            ("reason", self.tr("Why:")),
            ("placement", self.tr("Placed:")),
            ("follow_up", self.tr("Follow-up:")),
            ("closure", self.tr("Closed:")),
        ):
            self._fact_labels[key].setText(text)
        self.readiness_table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Her"), self.tr("Family"), self.tr("Community"),
            self.tr("School / work"), self.tr("Re-trafficking risk"), self.tr("Assessed by"),
        ])
        self.visits_table.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("Follow-up"), self.tr("Status"), self.tr("Visited"),
            self.tr("How"), self.tr("Safety"), self.tr("Wellbeing"), self.tr("Family"),
            self.tr("Education / work"), self.tr("Risk"), self.tr("Findings"),
        ])
        header = self.readiness_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self._fill()
