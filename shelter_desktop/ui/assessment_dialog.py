"""Fill in (or correct) one assessment: date, purpose, a score from 1 to 4 for every item, a
comment per domain and a summary.

Domains are listed in the template's order under their group headings, in a scrolling area.
Each item offers four score buttons; the meaning of the chosen score (the template's anchor text,
in Khmer when the application speaks Khmer) is shown under them, and each button's tooltip gives
its meaning before choosing. The dialog stays open on a mistake, keeps everything entered, shows
the reason inside and scrolls to the item or field to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import assessments as rules
from ..domain.assessments import (
    PURPOSE_LABELS,
    SCORE_COLOURS,
    SCORE_TEXT_COLOURS,
    SCORES,
    AssessmentInput,
    AssessmentPurpose,
    AssessmentTemplate,
    AssessmentView,
    TemplateDomain,
    TemplateItem,
)
from ..domain.dto import Changed
from .assessment_chart import score_label, text_of
from .education_tab import (
    ProgressDialog,
    Runner,
    date_edit,
    from_qdate,
    select_data,
    to_qdate,
)

COMMENT_LINES = 2


def purpose_label(value: str) -> str:
    text = PURPOSE_LABELS.get(value)
    return QCoreApplication.translate("Assessments", text) if text else value


def _score_button_style(score: int) -> str:
    colour, text = SCORE_COLOURS[score], SCORE_TEXT_COLOURS[score]
    return (
        "QPushButton { min-width: 40px; min-height: 28px; padding: 2px 8px; border-radius: 4px;"
        " border: 1px solid #9aa5b1; background: #ffffff; color: #1d2733; font-weight: bold; }"
        " QPushButton:hover { border-color: #1d2733; }"
        f" QPushButton:checked {{ background: {colour}; color: {text};"
        " border: 2px solid #1d2733; }"
    )


class ScoreChooser(QWidget):
    """Four score buttons for one item and the meaning of the chosen score."""

    chosen = Signal(int)

    def __init__(self, item: TemplateItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._missing = False
        self.setObjectName("scoreChooser")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for score in SCORES:
            button = QPushButton()
            button.setCheckable(True)
            button.setStyleSheet(_score_button_style(score))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, score)
            self.buttons[score] = button
            row.addWidget(button)
        row.addStretch(1)
        self.anchor = QLabel()
        self.anchor.setObjectName("anchorText")
        self.anchor.setWordWrap(True)
        self.anchor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.anchor)
        self.group.idToggled.connect(self._toggled)
        self.retranslate()

    def value(self) -> int | None:
        score = self.group.checkedId()
        return score if score in SCORES else None

    def set_value(self, score: int | None) -> None:
        if score in self.buttons:
            self.buttons[score].setChecked(True)  # type: ignore[index]

    def setFocus(self) -> None:
        self.buttons[self.value() or SCORES[0]].setFocus()

    def _toggled(self, score: int, checked: bool) -> None:
        if checked:
            self._show_anchor()
            self.chosen.emit(score)

    def mark_missing(self) -> None:
        """Point at this item after a save was refused for it, until a score is chosen."""
        self._missing = True
        self._show_anchor()

    def _show_anchor(self) -> None:
        score = self.value()
        if score is None:
            self.anchor.setText(self.tr("Choose a score from 1 (serious concern) to 4 (good)."))
            if self._missing:
                self.anchor.setStyleSheet(
                    "QLabel#anchorText { color: #8a1020; background: #fdecee;"
                    " border-left: 4px solid #c62828; padding: 3px 6px; }"
                )
            else:
                self.anchor.setStyleSheet(
                    "QLabel#anchorText { color: #6b7785; font-style: italic; }"
                )
        else:
            self.anchor.setText(
                self.tr("{score}: {meaning}").format(
                    score=score_label(score), meaning=text_of(self.item.anchors[score])
                )
            )
            self.anchor.setStyleSheet(
                "QLabel#anchorText { color: #1d2733; background: #f3f6f9;"
                f" border-left: 4px solid {SCORE_COLOURS[score]}; padding: 3px 6px; }}"
            )

    def retranslate(self) -> None:
        for score, button in self.buttons.items():
            button.setText(str(score))
            button.setToolTip(
                self.tr("{score}: {meaning}").format(
                    score=score_label(score), meaning=text_of(self.item.anchors[score])
                )
            )
            button.setAccessibleName(score_label(score))
        self._show_anchor()


class DomainBox(QFrame):
    """One domain: its title, each item with its score chooser, and a comment box."""

    def __init__(self, domain: TemplateDomain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.domain = domain
        self.setObjectName("domainBox")
        self.setStyleSheet(
            "QFrame#domainBox { background: #ffffff; border: 1px solid #dde3e9;"
            " border-radius: 6px; }"
        )
        self.title = QLabel()
        self.title.setObjectName("domainTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("QLabel#domainTitle { font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        self.item_labels: dict[str, QLabel] = {}
        self.choosers: dict[str, ScoreChooser] = {}
        for item in domain.items:
            label = QLabel()
            label.setWordWrap(True)
            chooser = ScoreChooser(item)
            label.setBuddy(chooser.buttons[SCORES[0]])
            self.item_labels[item.code] = label
            self.choosers[item.code] = chooser
            layout.addWidget(label)
            layout.addWidget(chooser)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("domainComment")
        self.comment.setTabChangesFocus(True)
        line = self.comment.fontMetrics().lineSpacing()
        self.comment.setFixedHeight(line * COMMENT_LINES + 16)
        layout.addWidget(self.comment)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(f"{self.domain.code}  {text_of(self.domain.label)}")
        several = len(self.domain.items) > 1
        for item in self.domain.items:
            text = text_of(item.label)
            self.item_labels[item.code].setText(f"{item.code}  {text}" if several else text)
            self.choosers[item.code].retranslate()
        self.comment.setPlaceholderText(
            self.tr("Comment on {domain} (optional): what you saw, what she said").format(
                domain=self.domain.code
            )
        )


class AssessmentDialog(ProgressDialog):
    """A new assessment with ``template``, or a correction of ``current`` (made with it)."""

    def __init__(
        self,
        runner: Runner,
        template: AssessmentTemplate,
        save: Callable[[AssessmentInput], Changed[AssessmentView]],
        current: AssessmentView | None = None,
        parent: QWidget | None = None,
        default_purpose: str = AssessmentPurpose.REVIEW,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.template = template
        self.current = current
        self.setObjectName("assessmentDialog")
        self.setMinimumWidth(640)
        self.resize(780, 760)

        self.assessed_on = date_edit()
        self.purpose = QComboBox()
        for purpose in AssessmentPurpose.ALL:
            self.purpose.addItem("", purpose)
        select_data(self.purpose, default_purpose)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("assessmentSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 16)
        self.add_row(rules.FIELD_DATE, self.assessed_on)
        self.add_row(rules.FIELD_PURPOSE, self.purpose)

        # The domains, grouped, in a scrolling area that takes the dialog's spare height.
        body = QWidget()
        body.setObjectName("assessmentBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(2, 2, 8, 2)
        body_layout.setSpacing(8)
        self.group_labels: list[tuple[QLabel, TemplateDomain]] = []
        self.domain_boxes: dict[str, DomainBox] = {}
        self.choosers: dict[str, ScoreChooser] = {}
        last_group = None
        for domain in template.domains:
            if domain.group is not None and domain.group != last_group:
                heading = QLabel()
                heading.setObjectName("groupHeading")
                heading.setStyleSheet(
                    "QLabel#groupHeading { font-weight: bold; color: #2b6a8a;"
                    " padding-top: 6px; }"
                )
                self.group_labels.append((heading, domain))
                body_layout.addWidget(heading)
            last_group = domain.group
            box = DomainBox(domain)
            self.domain_boxes[domain.code] = box
            body_layout.addWidget(box)
            self.fields[domain.code] = box.comment
            for code, chooser in box.choosers.items():
                self.choosers[code] = chooser
                self.fields[code] = chooser
                chooser.chosen.connect(self._update_count)
        self.summary_caption = QLabel()
        self.summary_caption.setBuddy(self.summary)
        body_layout.addWidget(self.summary_caption)
        body_layout.addWidget(self.summary)
        self.fields[rules.FIELD_SUMMARY] = self.summary
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("assessmentScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for index in range(layout.count()):  # the base dialog's stretch: the scroll area grows
            item = layout.itemAt(index)
            if item is not None and item.spacerItem() is not None and index > 0:
                layout.takeAt(index)
                break
        position = layout.indexOf(self.error_label)
        layout.insertWidget(position, self.scroll, 1)
        layout.insertWidget(position + 1, self.count_label)

        if current is not None:
            self.assessed_on.setDate(to_qdate(current.assessed_on))
            select_data(self.purpose, current.purpose)
            for result in current.domains:
                for code, score in result.item_scores.items():
                    if code in self.choosers:
                        self.choosers[code].set_value(score)
                if result.code in self.domain_boxes:
                    self.domain_boxes[result.code].comment.setPlainText(result.comment)
            self.summary.setPlainText(current.summary)
        self.retranslate()

    # -- values ----------------------------------------------------------------------------

    def value(self) -> AssessmentInput:
        scores = {
            code: score for code, chooser in self.choosers.items()
            if (score := chooser.value()) is not None
        }
        comments = {
            code: box.comment.toPlainText() for code, box in self.domain_boxes.items()
            if box.comment.toPlainText().strip()
        }
        return AssessmentInput(
            template_key=self.template.key,
            assessed_on=from_qdate(self.assessed_on.date()),
            purpose=self.purpose.currentData(),
            scores=scores,
            comments=comments,
            summary=self.summary.toPlainText(),
        )

    def call(self) -> Callable[[], Changed[AssessmentView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def choose(self, scores: dict[str, int]) -> None:
        """Set several scores at once (for tests and keyboard users' macros)."""
        for code, score in scores.items():
            self.choosers[code].set_value(score)

    def scored_count(self) -> int:
        return sum(1 for chooser in self.choosers.values() if chooser.value() is not None)

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(
            self.tr("{done} of {total} items scored").format(
                done=self.scored_count(), total=len(self.choosers)
            )
        )

    def show_inline_error(self, text: str) -> None:
        # Unlike the small progress dialogs, never shrink to fit: the form would collapse.
        self.error_label.setText(text)
        self.error_label.show()

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        field = self.fields.get(getattr(error, "field", ""))
        if isinstance(field, ScoreChooser):
            field.mark_missing()
        if field is not None and self.scroll.widget().isAncestorOf(field):
            self.scroll.ensureWidgetVisible(field, 20, 60)

    def assessed_day(self) -> date:
        return from_qdate(self.assessed_on.date())

    # -- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        adding = self.current is None
        title = text_of(self.template.title)
        self.setWindowTitle(
            self.tr("New assessment: {form}").format(form=title) if adding
            else self.tr("Correct assessment: {form}").format(form=title)
        )
        self.explanation.setText(
            self.tr("{description} Choose a score for every item; the meaning of the chosen "
                    "score appears under it. Comments are optional.").format(
                description=text_of(self.template.description)
            )
        )
        self.set_label(rules.FIELD_DATE, self.tr("Date of the assessment:"))
        self.set_label(rules.FIELD_PURPOSE, self.tr("Purpose:"))
        for index in range(self.purpose.count()):
            self.purpose.setItemText(index, purpose_label(self.purpose.itemData(index)))
        for heading, domain in self.group_labels:
            heading.setText(text_of(domain.group))
        for box in self.domain_boxes.values():
            box.retranslate()
        self.summary_caption.setText(self.tr("Summary (optional):"))
        self.summary.setPlaceholderText(
            self.tr("The overall picture, and what should happen next")
        )
        self._update_count()
        self.ok_button.setText(self.tr("Save assessment") if adding else self.tr("Save changes"))
