"""Dialogs of the Reintegration tab: readiness assessment, decision, placement, follow-up visit
and closing the case. Each stays open on a mistake with the reason shown inside and the cursor
on the field to fix (the shared ProgressDialog shape of the Education tab)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..domain import reintegration as rules
from ..domain.dto import Changed
from ..domain.geography import provinces
from ..domain.reintegration import (
    CLOSURE_LABELS,
    DECISION_LABELS,
    RISK_LABELS,
    SCORE_LABELS,
    VISIT_TYPE_LABELS,
    ClosureInput,
    ClosureReason,
    Decision,
    DecisionInput,
    PlacementInput,
    ReadinessInput,
    ReintegrationView,
    RetraffickingRisk,
    VisitInput,
    VisitType,
    VisitView,
)
from .education_tab import (
    OptionalDate,
    ProgressDialog,
    Runner,
    date_edit,
    from_qdate,
    line_edit,
    select_data,
    to_qdate,
)
from .formatting import format_date

CONTEXT = "Reintegration"


def reintegration_label(labels: dict[Any, str], enum: type[Enum] | None, value: Any) -> str:
    """The translated label of a stored vocabulary value; the value itself if unknown."""
    if value is None or value == "":
        return ""
    try:
        text = labels[enum(value)] if enum is not None else labels[value]
    except (KeyError, ValueError):
        return str(value)
    return QCoreApplication.translate(CONTEXT, text)


def ui_language() -> str:
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


def province_name(code: str | None) -> str:
    if not code:
        return ""
    place = next((p for p in provinces() if p.code == code), None)
    return place.name(ui_language()) if place is not None else code


def text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


def vocab_combo(enum: type[Enum], placeholder: bool = True) -> QComboBox:
    combo = QComboBox()
    if placeholder:
        combo.addItem("", None)
    for member in enum:
        combo.addItem("", member.value)
    return combo


def fill_vocab(
    combo: QComboBox, labels: dict[Any, str], enum: type[Enum] | None, empty: str
) -> None:
    for index in range(combo.count()):
        value = combo.itemData(index)
        combo.setItemText(
            index, reintegration_label(labels, enum, value) if value is not None else empty
        )


def score_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem("", None)
    for score in rules.SCORES:
        combo.addItem("", score)
    return combo


def fill_scores(combo: QComboBox, empty: str) -> None:
    fill_vocab(combo, SCORE_LABELS, None, empty)


class ScoreRow(QWidget):
    """A 1 … 4 score with a comment beside it."""

    def __init__(self, comment_limit: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = score_combo()
        self.comment: QLineEdit | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score)
        if comment_limit is not None:
            self.comment = line_edit(comment_limit)
            layout.addWidget(self.comment, 1)
        else:
            layout.addStretch(1)

    def value(self) -> int | None:
        data = self.score.currentData()
        return int(data) if data is not None else None

    def set_value(self, score: int | None, comment: str = "") -> None:
        select_data(self.score, score)  # type: ignore[arg-type]
        if score is None:
            self.score.setCurrentIndex(0)
        if self.comment is not None:
            self.comment.setText(comment)

    def text(self) -> str:
        return self.comment.text() if self.comment is not None else ""

    def setFocus(self) -> None:  # noqa: N802 - Qt name
        self.score.setFocus()


# ---- readiness --------------------------------------------------------------------------


class ReadinessDialog(ProgressDialog):
    """A readiness assessment: her, the family (with the home visit), the community, school
    or work; the re-trafficking risk and a recommendation."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[ReadinessInput], Changed[ReintegrationView]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(640)
        self._save = save
        self.assessed_on = date_edit()
        self.child = ScoreRow(rules.MAX_COMMENT)
        self.family_visit = OptionalDate()
        self.family = ScoreRow(rules.MAX_COMMENT)
        self.community = ScoreRow(rules.MAX_COMMENT)
        self.access = ScoreRow(rules.MAX_COMMENT)
        self.risk = vocab_combo(RetraffickingRisk)
        self.risk_comment = line_edit(rules.MAX_COMMENT)
        self.recommendation = text_edit(3)
        for name, widget in (
            (rules.FIELD_ASSESSED_ON, self.assessed_on),
            (rules.FIELD_CHILD_SCORE, self.child),
            (rules.FIELD_FAMILY_VISIT, self.family_visit),
            (rules.FIELD_FAMILY_SCORE, self.family),
            (rules.FIELD_COMMUNITY_SCORE, self.community),
            (rules.FIELD_ACCESS_SCORE, self.access),
            (rules.FIELD_RISK, self.risk),
            (rules.FIELD_RISK_COMMENT, self.risk_comment),
            (rules.FIELD_RECOMMENDATION, self.recommendation),
        ):
            self.add_row(name, widget)
        # Comment fields are reached through their score row.
        for name, row in (
            (rules.FIELD_CHILD_COMMENT, self.child), (rules.FIELD_FAMILY_COMMENT, self.family),
            (rules.FIELD_COMMUNITY_COMMENT, self.community),
            (rules.FIELD_ACCESS_COMMENT, self.access),
        ):
            assert row.comment is not None
            self.fields[name] = row.comment
        self.retranslate()

    def value(self) -> ReadinessInput:
        return ReadinessInput(
            assessed_on=from_qdate(self.assessed_on.date()),
            child_score=self.child.value(),  # type: ignore[arg-type]
            family_score=self.family.value(),  # type: ignore[arg-type]
            community_score=self.community.value(),  # type: ignore[arg-type]
            access_score=self.access.value(),  # type: ignore[arg-type]
            retrafficking_risk=self.risk.currentData() or "",
            family_visit_date=self.family_visit.value(),
            child_comment=self.child.text(),
            family_comment=self.family.text(),
            community_comment=self.community.text(),
            access_comment=self.access.text(),
            risk_comment=self.risk_comment.text(),
            recommendation=self.recommendation.toPlainText(),
        )

    def call(self) -> Callable[[], Changed[ReintegrationView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Readiness assessment"))
        self.explanation.setText(
            self.tr(
                "How ready are she, her family and her community? Score each from 1 (serious "
                "concern) to 4 (ready, safe) and say why in a few words."
            )
        )
        choose = self.tr("Choose a score…")
        for row in (self.child, self.family, self.community, self.access):
            fill_scores(row.score, choose)
            assert row.comment is not None
            row.comment.setPlaceholderText(self.tr("Why this score"))
        fill_vocab(self.risk, RISK_LABELS, RetraffickingRisk, self.tr("Choose the risk…"))
        self.set_label(rules.FIELD_ASSESSED_ON, self.tr("Assessed on:"))
        self.set_label(rules.FIELD_CHILD_SCORE, self.tr("She is ready:"))
        self.set_label(rules.FIELD_FAMILY_VISIT, self.tr("Family home visit:"))
        self.set_label(rules.FIELD_FAMILY_SCORE, self.tr("Family:"))
        self.set_label(rules.FIELD_COMMUNITY_SCORE, self.tr("Community safety:"))
        self.set_label(rules.FIELD_ACCESS_SCORE, self.tr("School or work access:"))
        self.set_label(rules.FIELD_RISK, self.tr("Re-trafficking risk:"))
        self.set_label(rules.FIELD_RISK_COMMENT, self.tr("About the risk:"))
        self.set_label(rules.FIELD_RECOMMENDATION, self.tr("Recommendation:"))
        self.family_visit.check.setText(self.tr("Made on"))
        self.recommendation.setPlaceholderText(
            self.tr("e.g. Ready to return to her mother with monthly follow-up")
        )
        self.ok_button.setText(self.tr("Save assessment"))


# ---- decision ---------------------------------------------------------------------------


class DecisionDialog(ProgressDialog):
    def __init__(
        self,
        runner: Runner,
        save: Callable[[DecisionInput], Changed[ReintegrationView]],
        current: ReintegrationView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.decision = vocab_combo(Decision)
        self.decided_on = date_edit()
        self.reason = text_edit(3)
        for name, widget in (
            (rules.FIELD_DECISION, self.decision),
            (rules.FIELD_DECIDED_ON, self.decided_on),
            (rules.FIELD_REASON, self.reason),
        ):
            self.add_row(name, widget)
        if current is not None and current.decision:
            select_data(self.decision, current.decision)
            if current.decided_on is not None:
                self.decided_on.setDate(to_qdate(current.decided_on))
            self.reason.setPlainText(current.decision_reason)
        self.retranslate()

    def value(self) -> DecisionInput:
        return DecisionInput(
            self.decision.currentData() or "", from_qdate(self.decided_on.date()),
            self.reason.toPlainText(),
        )

    def call(self) -> Callable[[], Changed[ReintegrationView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reintegration decision"))
        self.explanation.setText(
            self.tr("Where she will live after the shelter, as decided with her and her family.")
        )
        fill_vocab(self.decision, DECISION_LABELS, Decision, self.tr("Choose…"))
        self.set_label(rules.FIELD_DECISION, self.tr("Decision:"))
        self.set_label(rules.FIELD_DECIDED_ON, self.tr("Decided on:"))
        self.set_label(rules.FIELD_REASON, self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("Why this is the best option for her"))
        self.ok_button.setText(self.tr("Save decision"))


# ---- placement --------------------------------------------------------------------------


class PlacementDialog(ProgressDialog):
    """Record the placement, or correct it (``current`` placed): a new date moves the
    follow-ups not made yet."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[PlacementInput], Changed[ReintegrationView]],
        current: ReintegrationView | None = None,
        months: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.current = current if current is not None and current.placed else None
        self.months = months
        self.placement_date = date_edit()
        self.place = line_edit(rules.MAX_PLACE)
        self.province = QComboBox()
        self.province.addItem("", None)
        for place in provinces():
            self.province.addItem("", place.code)
        for name, widget in (
            (rules.FIELD_PLACEMENT_DATE, self.placement_date),
            (rules.FIELD_PLACE, self.place),
            (rules.FIELD_PROVINCE, self.province),
        ):
            self.add_row(name, widget)
        if self.current is not None:
            assert self.current.placement_date is not None
            self.placement_date.setDate(to_qdate(self.current.placement_date))
            self.place.setText(self.current.placement_place)
            select_data(self.province, self.current.placement_province_code)  # type: ignore[arg-type]
        self.retranslate()

    def value(self) -> PlacementInput:
        return PlacementInput(
            from_qdate(self.placement_date.date()), self.place.text(),
            self.province.currentData(),
        )

    def call(self) -> Callable[[], Changed[ReintegrationView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        changing = self.current is not None
        self.setWindowTitle(self.tr("Change placement") if changing else self.tr("Placement"))
        months = ", ".join(str(m) for m in self.months)
        if changing:
            self.explanation.setText(
                self.tr(
                    "Correct the placement. A new date moves every follow-up not made yet; "
                    "visits already made are kept."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "The day she moved and where she lives now. Follow-up visits are scheduled "
                    "{months} months after this date, and her status becomes Reintegrated."
                ).format(months=months)
            )
        language = ui_language()
        self.province.setItemText(0, self.tr("Not known"))
        for index in range(1, self.province.count()):
            code = self.province.itemData(index)
            place = next((p for p in provinces() if p.code == code), None)
            self.province.setItemText(index, place.name(language) if place else code)
        self.set_label(rules.FIELD_PLACEMENT_DATE, self.tr("Placed on:"))
        self.set_label(rules.FIELD_PLACE, self.tr("Lives at:"))
        self.set_label(rules.FIELD_PROVINCE, self.tr("Province:"))
        self.place.setPlaceholderText(self.tr("e.g. with her mother, Prey Kabas village"))
        self.ok_button.setText(self.tr("Save changes") if changing else self.tr("Record placement"))


# ---- follow-up visit --------------------------------------------------------------------


class VisitDialog(ProgressDialog):
    """Record a scheduled follow-up (``visit``), or a visit outside the schedule (None)."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[VisitInput], Changed[ReintegrationView]],
        visit: VisitView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setMinimumWidth(600)
        self._save = save
        self.visit = visit
        self.visited_on = date_edit()
        self.visit_type = vocab_combo(VisitType, placeholder=False)
        self.safety = ScoreRow(None)
        self.wellbeing = ScoreRow(None)
        self.family = ScoreRow(None)
        self.education_work = ScoreRow(None)
        self.risk = vocab_combo(RetraffickingRisk)
        self.findings = text_edit(4)
        self.risks = text_edit(2)
        self.next_steps = text_edit(2)
        for name, widget in (
            (rules.FIELD_VISITED_ON, self.visited_on),
            (rules.FIELD_VISIT_TYPE, self.visit_type),
            (rules.FIELD_SAFETY_SCORE, self.safety),
            (rules.FIELD_WELLBEING_SCORE, self.wellbeing),
            (rules.FIELD_VISIT_FAMILY_SCORE, self.family),
            (rules.FIELD_EDUCATION_WORK_SCORE, self.education_work),
            (rules.FIELD_VISIT_RISK, self.risk),
            (rules.FIELD_FINDINGS, self.findings),
            (rules.FIELD_RISKS, self.risks),
            (rules.FIELD_NEXT_STEPS, self.next_steps),
        ):
            self.add_row(name, widget)
        if visit is not None and visit.status == "done":
            value = visit.as_input()
            self.visited_on.setDate(to_qdate(value.visited_on))
            select_data(self.visit_type, value.visit_type)
            self.safety.set_value(value.safety_score)
            self.wellbeing.set_value(value.wellbeing_score)
            self.family.set_value(value.family_score)
            self.education_work.set_value(value.education_work_score)
            select_data(self.risk, value.risk_level)
            self.findings.setPlainText(value.findings)
            self.risks.setPlainText(value.risks)
            self.next_steps.setPlainText(value.next_steps)
        elif visit is not None and visit.due_on <= date.today():
            self.visited_on.setDate(to_qdate(visit.due_on))
        self.retranslate()

    def value(self) -> VisitInput:
        return VisitInput(
            visited_on=from_qdate(self.visited_on.date()),
            visit_type=self.visit_type.currentData() or "",
            risk_level=self.risk.currentData() or "",
            safety_score=self.safety.value(),
            wellbeing_score=self.wellbeing.value(),
            family_score=self.family.value(),
            education_work_score=self.education_work.value(),
            findings=self.findings.toPlainText(),
            risks=self.risks.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )

    def call(self) -> Callable[[], Changed[ReintegrationView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        visit = self.visit
        if visit is None:
            self.setWindowTitle(self.tr("Unscheduled follow-up visit"))
            self.explanation.setText(
                self.tr("A visit or call outside the schedule, for example after a worry.")
            )
        elif visit.months_after is not None:
            self.setWindowTitle(self.tr("Record follow-up visit"))
            self.explanation.setText(
                self.tr("The {months}-month follow-up, due on {date}.").format(
                    months=visit.months_after, date=format_date(visit.due_on)
                )
            )
        else:
            self.setWindowTitle(self.tr("Record follow-up visit"))
            self.explanation.setText(self.tr("A visit outside the schedule."))
        fill_vocab(self.visit_type, VISIT_TYPE_LABELS, VisitType, "")
        not_assessed = self.tr("Not assessed")
        for row in (self.safety, self.wellbeing, self.family, self.education_work):
            fill_scores(row.score, not_assessed)
        fill_vocab(self.risk, RISK_LABELS, RetraffickingRisk, self.tr("Choose the risk…"))
        self.set_label(rules.FIELD_VISITED_ON, self.tr("Visited on:"))
        self.set_label(rules.FIELD_VISIT_TYPE, self.tr("How:"))
        self.set_label(rules.FIELD_SAFETY_SCORE, self.tr("Safety:"))
        self.set_label(rules.FIELD_WELLBEING_SCORE, self.tr("Wellbeing:"))
        self.set_label(rules.FIELD_VISIT_FAMILY_SCORE, self.tr("Family relations:"))
        self.set_label(rules.FIELD_EDUCATION_WORK_SCORE, self.tr("Education or work:"))
        self.set_label(rules.FIELD_VISIT_RISK, self.tr("Re-trafficking risk:"))
        self.set_label(rules.FIELD_FINDINGS, self.tr("Findings:"))
        self.set_label(rules.FIELD_RISKS, self.tr("Risks:"))
        self.set_label(rules.FIELD_NEXT_STEPS, self.tr("Next steps:"))
        self.findings.setPlaceholderText(
            self.tr("How she is, where she lives, who you met, what they said")
        )
        self.ok_button.setText(self.tr("Save visit"))


# ---- closure ----------------------------------------------------------------------------


class ClosureDialog(ProgressDialog):
    def __init__(
        self,
        runner: Runner,
        save: Callable[[ClosureInput], Changed[ReintegrationView]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.closed_on = date_edit()
        self.reason = vocab_combo(ClosureReason)
        self.note = text_edit(3)
        for name, widget in (
            (rules.FIELD_CLOSED_ON, self.closed_on),
            (rules.FIELD_CLOSURE_REASON, self.reason),
            (rules.FIELD_CLOSURE_NOTE, self.note),
        ):
            self.add_row(name, widget)
        self.retranslate()

    def value(self) -> ClosureInput:
        return ClosureInput(
            from_qdate(self.closed_on.date()), self.reason.currentData() or "",
            self.note.toPlainText(),
        )

    def call(self) -> Callable[[], Changed[ReintegrationView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Close case"))
        self.explanation.setText(
            self.tr(
                "Closing sets her status to Closed and cancels the follow-up visits not made "
                "yet. Visits already made are kept."
            )
        )
        fill_vocab(self.reason, CLOSURE_LABELS, ClosureReason, self.tr("Choose the reason…"))
        self.set_label(rules.FIELD_CLOSED_ON, self.tr("Closed on:"))
        self.set_label(rules.FIELD_CLOSURE_REASON, self.tr("Reason:"))
        self.set_label(rules.FIELD_CLOSURE_NOTE, self.tr("Note:"))
        self.ok_button.setText(self.tr("Close case"))
