"""The Vocational tab of a resident's file: trainings, milestones, start-up kit, job placement
and income, with a timeline chart of her trainings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import progress as rules
from ..domain.dto import Changed, SignedInUser
from ..domain.progress import MilestoneInput, MilestoneView, TrainingInput, TrainingView
from ..domain.roles import Permission
from ..domain.vocabulary import ProgressStatus, Trade
from ..services.container import Services
from .education_tab import (
    OptionalDate,
    ProgressDialog,
    Runner,
    date_edit,
    date_text,
    fill_status_combo,
    from_qdate,
    line_edit,
    make_table,
    number_text,
    optional_number,
    select_data,
    select_key,
    selected_key,
    set_row,
    spin_value,
    to_qdate,
)
from .errors import translate_error, show_error
from .progress_chart import VocationalChart, status_label, trade_label

MILESTONES_PAGE = 50


# ---- dialogs ----------------------------------------------------------------------------


class TrainingDialog(ProgressDialog):
    """Add a training, or change one (``current``); a job placement is kept as it is."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[TrainingInput], Changed[TrainingView]],
        current: TrainingView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.current = current
        self.trade = QComboBox()
        for trade in Trade:
            self.trade.addItem("", trade.value)
        self.provider = line_edit(rules.MAX_PROVIDER)
        self.start_date = date_edit()
        self.end_date = OptionalDate()
        self.status = QComboBox()
        fill_status_combo(self.status)
        select_data(self.status, ProgressStatus.IN_PROGRESS.value)
        self.startup_kit = line_edit(rules.MAX_STARTUP_KIT)
        for name, widget in (
            (rules.FIELD_TRADE, self.trade),
            (rules.FIELD_PROVIDER, self.provider),
            (rules.FIELD_START, self.start_date),
            (rules.FIELD_END, self.end_date),
            (rules.FIELD_STATUS, self.status),
            (rules.FIELD_STARTUP_KIT, self.startup_kit),
        ):
            self.add_row(name, widget)
        if current is not None:
            select_data(self.trade, current.trade)
            self.provider.setText(current.provider)
            self.start_date.setDate(to_qdate(current.start_date))
            self.end_date.set_value(current.end_date)
            select_data(self.status, current.status)
            self.startup_kit.setText(current.startup_kit)
        self.retranslate()

    def value(self) -> TrainingInput:
        placement = self.current
        return TrainingInput(
            trade=self.trade.currentData(),
            provider=self.provider.text(),
            start_date=from_qdate(self.start_date.date()),
            end_date=self.end_date.value(),
            status=self.status.currentData(),
            startup_kit=self.startup_kit.text(),
            employer=placement.employer if placement else "",
            job_start_date=placement.job_start_date if placement else None,
            monthly_income_usd=placement.monthly_income_usd if placement else None,
        )

    def call(self) -> Callable[[], Changed[TrainingView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        adding = self.current is None
        self.setWindowTitle(self.tr("Add training") if adding else self.tr("Change training"))
        self.explanation.setText(
            self.tr("A vocational training she follows or will follow. Record milestones and "
                    "a job placement after saving.")
        )
        for index in range(self.trade.count()):
            self.trade.setItemText(index, trade_label(self.trade.itemData(index)))
        fill_status_combo(self.status)
        self.set_label(rules.FIELD_TRADE, self.tr("Trade:"))
        self.set_label(rules.FIELD_PROVIDER, self.tr("Training provider:"))
        self.set_label(rules.FIELD_START, self.tr("Start date:"))
        self.set_label(rules.FIELD_END, self.tr("End date:"))
        self.set_label(rules.FIELD_STATUS, self.tr("Status:"))
        self.set_label(rules.FIELD_STARTUP_KIT, self.tr("Start-up kit:"))
        self.end_date.check.setText(self.tr("Known"))
        self.end_date.check.setToolTip(self.tr("The day it ended, or the day it is planned to end."))
        self.provider.setPlaceholderText(self.tr("e.g. the shelter workshop, a training centre"))
        self.startup_kit.setPlaceholderText(self.tr("e.g. sewing machine, hairdressing tools"))
        self.ok_button.setText(self.tr("Add training") if adding else self.tr("Save changes"))


class PlacementDialog(ProgressDialog):
    """Record (or correct) the job she found after a training, and what it pays."""

    def __init__(
        self,
        runner: Runner,
        training: TrainingView,
        save: Callable[[TrainingInput], Changed[TrainingView]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.training = training
        self.employer = line_edit(rules.MAX_EMPLOYER)
        self.employer.setText(training.employer)
        self.job_start_date = OptionalDate()
        self.job_start_date.set_value(training.job_start_date)
        if training.job_start_date is None:
            self.job_start_date.check.setChecked(True)
        self.income = optional_number(rules.MAX_MONTHLY_INCOME_USD)
        if training.monthly_income_usd is not None:
            self.income.setValue(training.monthly_income_usd)
        for name, widget in (
            (rules.FIELD_EMPLOYER, self.employer),
            (rules.FIELD_JOB_START, self.job_start_date),
            (rules.FIELD_INCOME, self.income),
        ):
            self.add_row(name, widget)
        self.retranslate()

    def value(self) -> TrainingInput:
        return replace(
            self.training.as_input(),
            employer=self.employer.text(),
            job_start_date=self.job_start_date.value(),
            monthly_income_usd=spin_value(self.income),
        )

    def call(self) -> Callable[[], Changed[TrainingView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record job placement"))
        trade = trade_label(self.training.trade)
        if self.training.placed:
            self.explanation.setText(
                self.tr("The job she started after her {trade} training. To remove a "
                        "placement recorded by mistake, clear all three fields.").format(trade=trade)
            )
        else:
            self.explanation.setText(
                self.tr("The job she started after her {trade} training, and what it pays "
                        "her each month if known.").format(trade=trade)
            )
        self.set_label(rules.FIELD_EMPLOYER, self.tr("Employer:"))
        self.set_label(rules.FIELD_JOB_START, self.tr("Job started on:"))
        self.set_label(rules.FIELD_INCOME, self.tr("Monthly income (US dollars):"))
        self.job_start_date.check.setText(self.tr("Known"))
        self.employer.setPlaceholderText(self.tr("e.g. a tailor shop in Kandal, her own stall"))
        self.income.setSpecialValueText(self.tr("Not known"))
        self.ok_button.setText(self.tr("Save placement"))


class MilestoneDialog(ProgressDialog):
    """Something she achieved during a training."""

    def __init__(
        self,
        runner: Runner,
        training: TrainingView,
        save: Callable[[MilestoneInput], Changed[MilestoneView]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self._save = save
        self.training = training
        self.reached_on = date_edit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        for name, widget in (
            (rules.FIELD_REACHED_ON, self.reached_on),
            (rules.FIELD_DESCRIPTION, self.description),
        ):
            self.add_row(name, widget)
        self.retranslate()

    def value(self) -> MilestoneInput:
        return MilestoneInput(from_qdate(self.reached_on.date()), self.description.toPlainText())

    def call(self) -> Callable[[], Changed[MilestoneView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add milestone"))
        self.explanation.setText(
            self.tr("A step she reached in her {trade} training.").format(
                trade=trade_label(self.training.trade)
            )
        )
        self.set_label(rules.FIELD_REACHED_ON, self.tr("Reached on:"))
        self.set_label(rules.FIELD_DESCRIPTION, self.tr("Milestone:"))
        self.description.setPlaceholderText(
            self.tr("e.g. Sewed a shirt on her own; passed the practical test")
        )
        self.ok_button.setText(self.tr("Add milestone"))


# ---- the tab ----------------------------------------------------------------------------


class VocationalTab(QWidget):
    """Trainings of one resident, the selected training's milestones, and a timeline."""

    changed = Signal(object)  # Changes, after something was saved

    TRAINING_COLUMNS = 8
    MILESTONE_COLUMNS = 2

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vocationalTab")
        self._services = services
        self._user = user
        self._runner = runner
        self.resident_id = resident_id
        self._trainings: list[TrainingView] = []
        self._earlier: dict[int, list[MilestoneView]] = {}
        self._load_error: BaseException | None = None
        self.dialog: ProgressDialog | None = None
        can_edit = user.can(Permission.EDIT_RESIDENTS)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_training)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_training)
        self.milestone_button = QPushButton()
        self.milestone_button.clicked.connect(self.add_milestone)
        self.placement_button = QPushButton()
        self.placement_button.clicked.connect(self.record_placement)
        buttons = QHBoxLayout()
        for button in (
            self.add_button, self.edit_button, self.milestone_button, self.placement_button
        ):
            button.setVisible(can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self._trainings_caption = QLabel()
        self._trainings_caption.setObjectName("fieldCaption")
        self.trainings_table = make_table(self.TRAINING_COLUMNS, 6)
        self.trainings_table.setObjectName("trainingsTable")
        self.trainings_table.itemSelectionChanged.connect(self._selection_changed)
        if can_edit:
            self.trainings_table.itemDoubleClicked.connect(lambda _item: self.edit_training())

        self.milestones_caption = QLabel()
        self.milestones_caption.setObjectName("fieldCaption")
        self.milestones_table = make_table(self.MILESTONE_COLUMNS, 1)
        self.milestones_table.setObjectName("milestonesTable")
        self.paging_label = QLabel()
        self.paging_label.setObjectName("countLabel")
        self.earlier_button = QPushButton()
        self.earlier_button.clicked.connect(self.load_earlier)
        paging = QHBoxLayout()
        self.paging_label.hide()
        paging.addWidget(self.paging_label, 1)
        paging.addWidget(self.earlier_button)
        milestones_box = QVBoxLayout()
        milestones_box.addWidget(self.milestones_caption)
        milestones_box.addWidget(self.milestones_table, 1)
        milestones_box.addLayout(paging)

        self.chart = VocationalChart()
        self.chart_caption = QLabel()
        self.chart_caption.setObjectName("fieldCaption")
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart_caption)
        chart_box.addWidget(self.chart, 1)
        lower = QHBoxLayout()
        lower.addLayout(milestones_box, 3)
        lower.addLayout(chart_box, 2)

        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self._trainings_caption)
        layout.addWidget(self.trainings_table, 2)
        layout.addLayout(lower, 3)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_controls()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        vocational, user, resident_id = self._services.vocational, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: vocational.list_trainings(user, resident_id), self._show,
            self.tr("Loading vocational training"), self._load_failed,
        )

    def trainings(self) -> list[TrainingView]:
        return list(self._trainings)

    def selected(self) -> TrainingView | None:
        key = selected_key(self.trainings_table)
        return next((t for t in self._trainings if t.id == key), None)

    def select_training(self, training_id: int) -> None:
        select_key(self.trainings_table, training_id)

    def shown_milestones(self) -> list[MilestoneView]:
        """The selected training's loaded milestones, oldest first."""
        training = self.selected()
        if training is None:
            return []
        return self._earlier.get(training.id, []) + list(training.milestones)

    def _show(self, trainings: list[TrainingView], keep: int | None = None) -> None:
        current = self.selected()
        keep = keep if keep is not None else (current.id if current else None)
        self._trainings = list(trainings)
        self._earlier.clear()
        self._load_error = None
        self._fill()
        if (keep is None or not select_key(self.trainings_table, keep)) and self._trainings:
            self.trainings_table.selectRow(0)
        self._selection_changed()

    def _load_failed(self, error: BaseException) -> None:
        self._trainings = []
        self._load_error = error
        self._fill()
        self._selection_changed()
        show_error(self, error)

    def placement_text(self, t: TrainingView) -> str:
        if not t.employer:
            return ""
        if t.job_start_date is None:
            return t.employer
        return self.tr("{employer}, since {date}").format(
            employer=t.employer, date=date_text(t.job_start_date)
        )

    def income_text(self, t: TrainingView) -> str:
        if t.monthly_income_usd is None:
            return ""
        return self.tr("{amount} USD a month").format(amount=number_text(t.monthly_income_usd))

    def _fill(self) -> None:
        table = self.trainings_table
        table.setRowCount(len(self._trainings))
        for row, t in enumerate(self._trainings):
            set_row(
                table, row,
                (
                    trade_label(t.trade), t.provider, date_text(t.start_date),
                    date_text(t.end_date), status_label(t.status), t.startup_kit,
                    self.placement_text(t), self.income_text(t),
                ),
                t.id,
            )
        self.chart.set_trainings(self._trainings)
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif not self._trainings:
            self.status.setText(self.tr("No training recorded yet."))
        else:
            self.status.setText("")

    def _selection_changed(self) -> None:
        training = self.selected()
        milestones = self.shown_milestones()
        table = self.milestones_table
        table.setRowCount(len(milestones))
        for row, m in enumerate(reversed(milestones)):  # newest on top
            first_line = m.description.split("\n", 1)[0]
            set_row(table, row, (date_text(m.reached_on), first_line), m.id)
            item = table.item(row, 1)
            if item is not None:
                item.setToolTip(m.description)
        if training is None:
            self.milestones_caption.setText(self.tr("Milestones"))
            self.paging_label.setText("")
        else:
            self.milestones_caption.setText(
                self.tr("Milestones: {trade}").format(trade=trade_label(training.trade))
            )
            if training.milestone_count > len(milestones):
                self.paging_label.setText(
                    self.tr("Showing the latest {shown} of {total} milestones.").format(
                        shown=len(milestones), total=training.milestone_count
                    )
                )
            elif not milestones:
                self.paging_label.setText(self.tr("No milestone recorded for this training yet."))
            else:
                self.paging_label.setText("")
        self.paging_label.setVisible(bool(self.paging_label.text()))
        self._update_controls()

    def load_earlier(self) -> None:
        training = self.selected()
        if training is None:
            return
        vocational, user = self._services.vocational, self._user
        offset = len(self.shown_milestones())
        training_id = training.id

        def show(page: tuple[list[MilestoneView], int]) -> None:
            milestones, _total = page
            known = {m.id for m in self.shown_milestones()}
            older = [m for m in reversed(milestones) if m.id not in known]
            self._earlier[training_id] = older + self._earlier.get(training_id, [])
            current = self.selected()
            if current is not None and current.id == training_id:
                self._selection_changed()

        self._runner.run_op(
            self, lambda: vocational.milestones(user, training_id, offset, MILESTONES_PAGE), show,
            self.tr("Loading earlier milestones"),
        )

    def _update_controls(self) -> None:
        training = self.selected()
        for button in (self.edit_button, self.milestone_button, self.placement_button):
            button.setEnabled(training is not None)
        more = training is not None and training.milestone_count > len(self.shown_milestones())
        self.earlier_button.setVisible(more)

    # -- actions ---------------------------------------------------------------------------

    def add_training(self) -> None:
        vocational, user, resident_id = self._services.vocational, self._user, self.resident_id
        self._open(TrainingDialog(
            self._runner, lambda value: vocational.add_training(user, resident_id, value), None,
            self,
        ))

    def edit_training(self) -> None:
        training = self.selected()
        if training is None:
            return
        vocational, user, training_id = self._services.vocational, self._user, training.id
        self._open(TrainingDialog(
            self._runner, lambda value: vocational.update_training(user, training_id, value),
            training, self,
        ))

    def record_placement(self) -> None:
        training = self.selected()
        if training is None:
            return
        vocational, user, training_id = self._services.vocational, self._user, training.id
        self._open(PlacementDialog(
            self._runner, training,
            lambda value: vocational.update_training(user, training_id, value), self,
        ))

    def add_milestone(self) -> None:
        training = self.selected()
        if training is None:
            return
        vocational, user, training_id = self._services.vocational, self._user, training.id
        self._open(MilestoneDialog(
            self._runner, training,
            lambda value: vocational.add_milestone(user, training_id, value), self,
        ))

    def _open(self, dialog: ProgressDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, changed: Changed[Any]) -> None:
        self.changed.emit(changed.changes)
        value = changed.value
        keep = value.id if isinstance(value, TrainingView) else getattr(value, "training_id", None)
        vocational, user, resident_id = self._services.vocational, self._user, self.resident_id
        self._runner.run_op(
            self, lambda: vocational.list_trainings(user, resident_id),
            lambda trainings: self._show(trainings, keep), self.tr("Loading vocational training"),
            self._load_failed,
        )

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add training…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.milestone_button.setText(self.tr("Add milestone…"))
        self.placement_button.setText(self.tr("Record job placement…"))
        self.chart_caption.setText(self.tr("Trainings over time"))
        self.earlier_button.setText(self.tr("Show earlier milestones"))
        self._trainings_caption.setText(self.tr("Trainings"))
        self.trainings_table.setHorizontalHeaderLabels([
            self.tr("Trade"), self.tr("Provider"), self.tr("Start"), self.tr("End"),
            self.tr("Status"), self.tr("Start-up kit"), self.tr("Job placement"),
            self.tr("Income"),
        ])
        self.milestones_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Milestone")])
        keep = self.selected()
        self._fill()
        if keep is not None:
            select_key(self.trainings_table, keep.id)
        self._selection_changed()
