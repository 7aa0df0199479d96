"""Editing a care plan: review date, summary, and the goals, each with its actions.

Each goal is a card (domain, goal text, responsible person, target date, status) with its
actions below it; goals can be added, removed and moved up or down. Saving goes through the op
runner; a mistake keeps the dialog open with everything typed, shows the reason inside and puts
the cursor on the field to fix.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import care_plans as rules
from ..domain.assessments import (
    SCORE_COLOURS,
    SCORE_TEXT_COLOURS,
    DomainResult,
    needs_goal,
)
from ..domain.care_plans import (
    GOAL_STATUS_LABELS,
    ActionInput,
    CarePlanInput,
    CarePlanView,
    GoalInput,
    GoalStatus,
)
from ..domain.dto import Changed
from ..domain.errors import ValidationError
from .education_tab import OptionalDate, ProgressDialog, Runner, date_edit, from_qdate
from .errors import show_error, translate_error
from .focus_order import step_in_visual_order

Staff = list[tuple[int, str]]

CARD_STYLE = """
QFrame#goalCard { background: #ffffff; border: 1px solid #d5dde5; border-radius: 8px; }
QFrame#goalCard[invalid="true"] { border: 2px solid #c0392b; }
QLabel#goalNumber { font-weight: bold; color: #16465e; }
QLabel#actionsCaption { color: #4f5b67; }
QFrame#actionRow { background: #f6f8fa; border-radius: 5px; }
"""


def ui_language() -> str:
    """The language the screens are in, for bilingual template texts ("en" or "km")."""
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


def score_icon(score: int | None, size: int = 18) -> QIcon:
    """A small rounded chip in the score's colour with the score in it (grey, empty: none)."""
    # Device pixels on a high-DPI screen, so the chip and its number stay sharp.
    app = QGuiApplication.instance()
    ratio = max(1.0, app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0)
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    background = QColor(SCORE_COLOURS.get(score or 0, "#c3ccd5"))
    painter.setBrush(background)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 4, 4)
    if score is not None:
        painter.setPen(QColor(SCORE_TEXT_COLOURS.get(score, "#1d1d1d")))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.7))
        painter.setFont(font)
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, str(score))
    painter.end()
    return QIcon(pixmap)


def goal_status_label(status: str) -> str:
    return QCoreApplication.translate("CarePlans", GOAL_STATUS_LABELS.get(status, status))


def fill_staff_combo(combo: QComboBox, staff: Staff, current: int | None,
                     names: dict[int, str]) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("CarePlanEditor", "— nobody named —"), None)
    for staff_id, name in staff:
        combo.addItem(name, staff_id)
    if current is not None and combo.findData(current) < 0:
        # Someone no longer active (or no longer in a case-work role) stays as chosen.
        name = names.get(current) or QCoreApplication.translate("CarePlanEditor", "Staff {id}").format(id=current)
        combo.addItem(name, current)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)


class ActionRow(QFrame):
    """One action of a goal: text, responsible, target date, done, remove."""

    def __init__(self, card: GoalCard, value: ActionInput, staff: Staff,
                 names: dict[int, str]) -> None:
        super().__init__()
        self.setObjectName("actionRow")
        self.card = card
        self.text = QPlainTextEdit(value.action)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 2 + 14)
        self.responsible = QComboBox()
        self.responsible.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        fill_staff_combo(self.responsible, staff, value.responsible_id, names)
        self.target = OptionalDate()
        self.target.set_value(value.target_date)
        self.done = QCheckBox()
        self.done.setChecked(value.done)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.clicked.connect(lambda: card.remove_action(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.responsible)
        layout.addWidget(self.target)
        layout.addWidget(self.done)
        layout.addWidget(self.remove)
        self.retranslate()

    def value(self) -> ActionInput:
        return ActionInput(
            self.text.toPlainText(), self.responsible.currentData(), self.target.value(),
            self.done.isChecked(),
        )

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("What will be done, e.g. “Take her to the clinic for a check-up”"))
        self.done.setText(self.tr("Done"))
        self.target.check.setText(self.tr("By"))
        self.target.check.setToolTip(self.tr("A target date for this action"))
        self.remove.setToolTip(self.tr("Remove this action"))
        self.responsible.setToolTip(self.tr("Who does it"))


class GoalCard(QFrame):
    """One goal and its actions."""

    def __init__(self, editor: CarePlanEditor, value: GoalInput) -> None:
        super().__init__()
        self.setObjectName("goalCard")
        self.editor = editor
        self.number = QLabel()
        self.number.setObjectName("goalNumber")
        self.domain = QComboBox()
        self.domain.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fill_domains(value.domain_code)
        self.domain.currentIndexChanged.connect(lambda _i: editor._update_weak_hint())
        self.up = QToolButton()
        self.up.setText("▲")
        self.up.clicked.connect(lambda: editor.move_goal(self, -1))
        self.down = QToolButton()
        self.down.setText("▼")
        self.down.clicked.connect(lambda: editor.move_goal(self, 1))
        self.remove = QPushButton()
        self.remove.clicked.connect(lambda: editor.remove_goal(self))
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.domain, 1)
        top.addWidget(self.up)
        top.addWidget(self.down)
        top.addWidget(self.remove)

        self.text = QPlainTextEdit(value.goal)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 16)

        self.responsible_caption = QLabel()
        self.responsible = QComboBox()
        fill_staff_combo(self.responsible, editor.staff, value.responsible_id, editor.names)
        self.target_caption = QLabel()
        self.target = OptionalDate()
        self.target.set_value(value.target_date)
        self.status_caption = QLabel()
        self.status = QComboBox()
        for status in GoalStatus.ALL:
            self.status.addItem("", status)
        self.status.setCurrentIndex(max(0, self.status.findData(value.status)))
        details = QHBoxLayout()
        for caption, widget in (
            (self.responsible_caption, self.responsible),
            (self.target_caption, self.target),
            (self.status_caption, self.status),
        ):
            caption.setBuddy(widget)
            details.addWidget(caption)
            details.addWidget(widget, 1)

        self.actions_caption = QLabel()
        self.actions_caption.setObjectName("actionsCaption")
        self.actions: list[ActionRow] = []
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(4)
        self.add_action_button = QPushButton()
        self.add_action_button.clicked.connect(lambda: self.add_action().text.setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_action_button)
        add_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(details)
        layout.addWidget(self.actions_caption)
        layout.addLayout(self.actions_box)
        layout.addLayout(add_row)
        for action in value.actions:
            self.add_action(action)
        self.retranslate()

    def _fill_domains(self, current: str) -> None:
        language = ui_language()
        self.domain.addItem("", "")  # "other"
        for d in self.editor.domains:
            self.domain.addItem(
                score_icon(d.score), f"{d.code} · {d.label.get(language)}", d.code
            )
        if current and self.domain.findData(current) < 0:
            self.domain.addItem(current, current)
        self.domain.setCurrentIndex(max(0, self.domain.findData(current)))

    def add_action(self, value: ActionInput | None = None) -> ActionRow:
        row = ActionRow(self, value or ActionInput("", None, None), self.editor.staff,
                        self.editor.names)
        self.actions.append(row)
        self.actions_box.addWidget(row)
        self._update_actions()
        return row

    def remove_action(self, row: ActionRow) -> None:
        self.actions.remove(row)
        self.actions_box.removeWidget(row)
        row.deleteLater()
        self._update_actions()

    def _update_actions(self) -> None:
        self.add_action_button.setEnabled(len(self.actions) < rules.MAX_ACTIONS_PER_GOAL)
        self.actions_caption.setVisible(bool(self.actions))

    def value(self) -> GoalInput:
        return GoalInput(
            self.domain.currentData() or "", self.text.toPlainText(),
            self.responsible.currentData(), self.target.value(), self.status.currentData(),
            tuple(row.value() for row in self.actions),
        )

    def set_number(self, index: int, count: int) -> None:
        self.number.setText(self.tr("Goal {number}").format(number=index + 1))
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)

    def field_widget(self, part: str) -> QWidget:
        return {
            "": self.text, "domain": self.domain, "status": self.status,
            "responsible": self.responsible, "target_date": self.target,
        }.get(part, self.text)

    def retranslate(self) -> None:
        self.domain.setItemText(0, self.tr("Other (not an assessment domain)"))
        self.domain.setToolTip(self.tr("The assessment domain this goal answers"))
        self.up.setToolTip(self.tr("Move this goal up"))
        self.down.setToolTip(self.tr("Move this goal down"))
        self.remove.setText(self.tr("Remove goal"))
        self.text.setPlaceholderText(
            self.tr("What she will achieve, e.g. “Attends school every day”")
        )
        self.responsible_caption.setText(self.tr("Responsible:"))
        self.target_caption.setText(self.tr("Target date:"))
        self.target.check.setText(self.tr("Set"))
        self.status_caption.setText(self.tr("Status:"))
        for index in range(self.status.count()):
            self.status.setItemText(index, goal_status_label(self.status.itemData(index)))
        self.actions_caption.setText(self.tr("Actions (what will be done, by whom, by when):"))
        self.add_action_button.setText(self.tr("Add action"))
        for row in self.actions:
            row.retranslate()


class CarePlanEditor(ProgressDialog):
    """Edit a plan's review date, summary and goals; ``save`` creates or saves it."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[CarePlanInput], Changed[CarePlanView]],
        value: CarePlanInput,
        domains: tuple[DomainResult, ...],
        staff: Staff,
        names: dict[int, str] | None = None,
        version: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("carePlanEditor")
        self.setStyleSheet(CARD_STYLE)
        self._save = save
        self.version = version
        self.domains = domains
        self.staff = staff
        self.names = dict(names or {})
        self.setMinimumSize(960, 640)

        self.review_date = date_edit(value.review_date)
        self.review_date.setMaximumWidth(200)
        self.summary = QPlainTextEdit(value.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 16)
        self.add_row(rules.FIELD_REVIEW_DATE, self.review_date)
        self.add_row(rules.FIELD_SUMMARY, self.summary)

        self.goals_caption = QLabel()
        self.goals_caption.setObjectName("fieldCaption")
        self.weak_hint = QLabel()
        self.weak_hint.setWordWrap(True)
        self.weak_hint.setObjectName("countLabel")
        self.cards: list[GoalCard] = []
        self._cards_box = QVBoxLayout()
        self._cards_box.setSpacing(10)
        self.add_goal_button = QPushButton()
        self.add_goal_button.clicked.connect(lambda: self.add_goal().text.setFocus())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("countLabel")
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 6, 0)
        inner_layout.addLayout(self._cards_box)
        inner_layout.addWidget(self.empty_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_goal_button)
        add_row.addStretch(1)
        inner_layout.addLayout(add_row)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a field with focus scrolls into view
        self.scroll.setWidget(inner)
        self._goals_inner = inner
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        goals_layout.addWidget(self.goals_caption)
        goals_layout.addWidget(self.weak_hint)
        goals_layout.addWidget(self.scroll, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(3, goals, 100)  # after the inline error, above the buttons
        self.fields[rules.FIELD_GOALS] = self.add_goal_button

        for goal in value.goals:
            self.add_goal(goal)
        self.confirmation: QMessageBox | None = None
        self.retranslate()
        self._initial = self.value()

    # -- closing without saving --------------------------------------------------------------

    def has_changes(self) -> bool:
        return self.value() != self._initial

    def reject(self) -> None:
        """Cancel or Escape: ask first when something was typed, so no work is lost by a slip."""
        if not self.has_changes() or not self.isVisible():
            super().reject()
            return
        if self.confirmation is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Discard the changes?"),
            self.tr("The changes to this care plan are not saved yet."),
            QMessageBox.StandardButton.Cancel, self,
        )
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: QDialog.reject(self) if button is discard else None
        )
        box.finished.connect(self._question_closed)
        self.confirmation = box
        box.open()

    def _question_closed(self) -> None:
        self.confirmation = None

    # -- goals -----------------------------------------------------------------------------

    def add_goal(self, value: GoalInput | None = None) -> GoalCard:
        card = GoalCard(self, value or GoalInput("", "", None, None, GoalStatus.NOT_STARTED))
        self.cards.append(card)
        self._cards_box.addWidget(card)
        self._renumber()
        if value is None:
            self.scroll.ensureWidgetVisible(card)
        return card

    def remove_goal(self, card: GoalCard) -> None:
        self.cards.remove(card)
        self._cards_box.removeWidget(card)
        card.deleteLater()
        self._renumber()

    def move_goal(self, card: GoalCard, step: int) -> None:
        index = self.cards.index(card)
        target = index + step
        if not 0 <= target < len(self.cards):
            return
        self.cards[index], self.cards[target] = self.cards[target], self.cards[index]
        self._cards_box.removeWidget(card)
        self._cards_box.insertWidget(target, card)
        self._renumber()
        (card.up if step < 0 and target > 0 else card.down if target < len(self.cards) - 1
         else card.text).setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab follows the goals and actions as they are shown, also after some were added,
        moved or removed (Qt's own chain would keep the order they were created in)."""
        before = [self.review_date, self.summary]
        after = [b for b in self.buttons.buttons() if b.isVisible()]
        if step_in_visual_order(self, self._goals_inner, before, after, next):
            return True
        return super().focusNextPrevChild(next)

    def _renumber(self) -> None:
        for index, card in enumerate(self.cards):
            card.set_number(index, len(self.cards))
        self.add_goal_button.setEnabled(len(self.cards) < rules.MAX_GOALS)
        self.empty_label.setVisible(not self.cards)
        self._update_weak_hint()

    def uncovered_weak_domains(self) -> list[DomainResult]:
        covered = {card.domain.currentData() for card in self.cards}
        return [d for d in self.domains if needs_goal(d.score) and d.code not in covered]

    def _update_weak_hint(self) -> None:
        missing = self.uncovered_weak_domains()
        self.weak_hint.setVisible(bool(missing))
        if missing:
            language = ui_language()
            self.weak_hint.setText(self.tr(
                "Every domain scored 1 or 2 needs a goal before the plan can be made active. "
                "Still without a goal: {domains}."
            ).format(domains=", ".join(f"{d.code} {d.label.get(language)}" for d in missing)))

    # -- values and errors -----------------------------------------------------------------

    def value(self) -> CarePlanInput:
        return CarePlanInput(
            from_qdate(self.review_date.date()), self.summary.toPlainText(),
            tuple(card.value() for card in self.cards),
        )

    def call(self) -> Callable[[], Changed[CarePlanView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def field_widget(self, name: str) -> QWidget | None:
        """The widget a validation error's ``field`` names ("goal:2:action:0:target_date" …)."""
        if name in self.fields:
            return self.fields[name]
        parts = name.split(":")
        if len(parts) < 2 or parts[0] != "goal" or not parts[1].isdigit():
            return None
        index = int(parts[1])
        if index >= len(self.cards):
            return None
        card = self.cards[index]
        if len(parts) >= 4 and parts[2] == "action" and parts[3].isdigit():
            a_index = int(parts[3])
            if a_index >= len(card.actions):
                return card.text
            row = card.actions[a_index]
            part = parts[4] if len(parts) > 4 else ""
            return {"responsible": row.responsible, "target_date": row.target}.get(part, row.text)
        return card.field_widget(parts[2] if len(parts) > 2 else "")

    def submit(self) -> None:
        self._mark_invalid(None)
        super().submit()

    def _mark_invalid(self, card: GoalCard | None) -> None:
        for each in self.cards:
            if bool(each.property("invalid")) != (each is card):
                each.setProperty("invalid", each is card)
                each.style().unpolish(each)
                each.style().polish(each)

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            show_error(self, error)
            return
        self.show_inline_error(translate_error(error))
        field = getattr(error, "field", "")
        widget = self.field_widget(field)
        parts = field.split(":")
        if len(parts) > 1 and parts[0] == "goal" and parts[1].isdigit() \
                and int(parts[1]) < len(self.cards):
            self._mark_invalid(self.cards[int(parts[1])])
        if widget is not None:
            if widget is not self.review_date and widget is not self.summary:
                self.scroll.ensureWidgetVisible(widget, 20, 40)
            widget.setFocus()

    def show_inline_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()  # no adjustSize: the dialog keeps its size and scroll position

    def retranslate(self) -> None:
        super().retranslate()
        if self.version is None:
            self.setWindowTitle(self.tr("New care plan"))
            self.ok_button.setText(self.tr("Save as draft"))
        else:
            self.setWindowTitle(self.tr("Care plan, version {version}").format(version=self.version))
            self.ok_button.setText(self.tr("Save changes"))
        self.explanation.setText(self.tr(
            "Goals for the domains where she scored lowest come first. Write each goal in words "
            "she understands, then the actions that lead to it: what will be done, by whom, by "
            "when."
        ))
        self.set_label(rules.FIELD_REVIEW_DATE, self.tr("Review by:"))
        self.set_label(rules.FIELD_SUMMARY, self.tr("Summary:"))
        self.summary.setPlaceholderText(self.tr("What the plan is about, agreed with her"))
        self.goals_caption.setText(self.tr("Goals"))
        self.add_goal_button.setText(self.tr("Add goal"))
        self.empty_label.setText(self.tr("No goals yet. Add the first goal."))
        for card in self.cards:
            card.retranslate()
        self._renumber()

