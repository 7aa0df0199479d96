"""Record that a resident left the shelter other than by reintegration: transferred to another
organisation, or left without notice. Opened from her Overview; like the Reintegration dialogs
it stays open on a mistake, with the reason in red under the form and the cursor on the field to
fix (the shared ProgressDialog shape of the Education tab)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from ..domain.case_file import ResidentDetail
from ..domain.departure import FIELD_KIND, FIELD_ON
from ..domain.dto import Changed
from ..domain.residents import ResidentStatus
from .education_tab import ProgressDialog, Runner, date_edit, from_qdate, to_qdate

Save = Callable[[ResidentStatus | None, date], Changed[ResidentDetail]]


class DepartureDialog(ProgressDialog):
    """How she left (no default: staff choose) and the day, from her admission to today."""

    def __init__(
        self,
        runner: Runner,
        save: Save,
        admitted: date,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("departureDialog")
        self._save = save
        today = today or date.today()

        self.transferred = QRadioButton()
        self.transferred.setObjectName("departureTransferred")
        self.absconded = QRadioButton()
        self.absconded.setObjectName("departureAbsconded")
        self.kind_group = QButtonGroup(self)
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for button, kind in (
            (self.transferred, ResidentStatus.TRANSFERRED),
            (self.absconded, ResidentStatus.ABSCONDED),
        ):
            button.setProperty("kind", kind.value)
            self.kind_group.addButton(button)
            column.addWidget(button)
        # The label's shortcut and an error about the choice put the cursor on the first option.
        choices.setFocusProxy(self.transferred)

        self.left_on = date_edit(today)
        self.left_on.setObjectName("departureDate")
        self.left_on.setMinimumDate(to_qdate(min(admitted, today)))
        self.left_on.setMaximumDate(to_qdate(today))

        self.add_row(FIELD_KIND, choices)
        self.add_row(FIELD_ON, self.left_on)
        self.retranslate()

    def kind(self) -> ResidentStatus | None:
        checked = self.kind_group.checkedButton()
        return ResidentStatus(checked.property("kind")) if checked is not None else None

    def set_kind(self, kind: ResidentStatus) -> None:
        button = self.transferred if kind is ResidentStatus.TRANSFERRED else self.absconded
        button.setChecked(True)

    def set_date(self, day: date) -> None:
        """Set the day as if typed (outside her admission … today it is held at the limit,
        as the field does for typing)."""
        self.left_on.setDate(QDate(day.year, day.month, day.day))

    def call(self) -> Callable[[], Changed[ResidentDetail]]:
        save, kind, day = self._save, self.kind(), from_qdate(self.left_on.date())
        return lambda: save(kind, day)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record departure"))
        self.explanation.setText(
            self.tr(
                "Record that she left the shelter without a reintegration. Her status changes "
                "and the day she left is counted in the exits summary. If she returned to her "
                "family or another placement, use the Reintegration tab instead."
            )
        )
        self.transferred.setText(self.tr("Transferred to another organisation"))
        self.absconded.setText(self.tr("Left without notice"))
        self.set_label(FIELD_KIND, self.tr("How she left:"))
        self.set_label(FIELD_ON, self.tr("Left on:"))
        self.ok_button.setText(self.tr("Record departure"))
