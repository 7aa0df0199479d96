"""Print every care plan due for review up to a day, as one document (batch printing).

Choose the day (default: 30 days from today) and the language; the dialog says how many plans
that is, then makes the PDF as a long job (progress dialog with Cancel) and offers to print or
save it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dto import SignedInUser
from ..services.container import Services
from ..services.printing import PrintCancelled
from .education_tab import date_edit, from_qdate
from .errors import show_error
from .formatting import format_date
from .pdf_output import PdfOutputDialog, Runner, show_pdf

DEFAULT_DAYS_AHEAD = 30


def language_combo() -> QComboBox:
    """English, Khmer, or both side by side; the item data is the report language code."""
    combo = QComboBox()
    for code in ("both", "km", "en"):
        combo.addItem("", code)
    retranslate_language_combo(combo)
    return combo


def retranslate_language_combo(combo: QComboBox) -> None:
    names = {
        "both": QCoreApplication.translate("Printing", "Khmer and English side by side"),
        "km": QCoreApplication.translate("Printing", "Khmer"),
        "en": QCoreApplication.translate("Printing", "English"),
    }
    for index in range(combo.count()):
        combo.setItemText(index, names[combo.itemData(index)])


class BatchPrintDialog(QDialog):
    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self.count: int | None = None
        self.output: PdfOutputDialog | None = None
        self.on_output: Callable[[PdfOutputDialog], None] | None = None
        self.setModal(True)
        self.setMinimumWidth(480)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.until = date_edit((today or date.today()) + timedelta(days=DEFAULT_DAYS_AHEAD))
        self.language = language_combo()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.until_label = QLabel()
        self.language_label = QLabel()
        self.form.addRow(self.until_label, self.until)
        self.form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.clicked.connect(self.make_pdf)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.until.dateChanged.connect(lambda _d: self.refresh_count())
        self.retranslate()
        self.refresh_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print care plans due for review"))
        self.explanation.setText(
            self.tr(
                "Prints every active care plan whose review date falls on or before the day "
                "you choose, as one document. Each plan starts on a new page."
            )
        )
        self.until_label.setText(self.tr("Due for review up to"))
        self.language_label.setText(self.tr("Language"))
        self.print_button.setText(self.tr("Prepare…"))
        self.cancel_button.setText(self.tr("Cancel"))
        retranslate_language_combo(self.language)
        self._show_count()

    def chosen_until(self) -> date:
        return from_qdate(self.until.date())

    def refresh_count(self) -> None:
        printing, user, until = self._services.printing, self._user, self.chosen_until()

        def counted(count: int) -> None:
            self.count = count
            self._show_count()

        self._runner.run_op(self, lambda: printing.count_due(user, until), counted,
                            self.tr("Counting care plans"))  # fmt: skip

    def _show_count(self) -> None:
        if self.count is None:
            self.count_label.setText("")
            self.print_button.setEnabled(False)
            return
        day = format_date(self.chosen_until())
        if self.count == 0:
            text = self.tr("No care plan is due for review by {day}.").format(day=day)
        elif self.count == 1:
            text = self.tr("1 care plan is due for review by {day}.").format(day=day)
        else:
            text = self.tr("{count} care plans are due for review by {day}.").format(
                count=self.count, day=day
            )
        self.count_label.setText(text)
        self.print_button.setEnabled(self.count > 0)

    def make_pdf(self) -> None:
        printing, user = self._services.printing, self._user
        until, language = self.chosen_until(), self.language.currentData()
        preparing = self.tr("Preparing the care plans…")

        def job(progress: Callable[[float, str], None], cancel: threading.Event
                ) -> tuple[bytes, int]:  # fmt: skip
            # The service's own messages are English; the dialog shows one translated line.
            return printing.care_plans_due_pdf(
                user, until, language, lambda f, _m: progress(f, preparing), cancel
            )

        def done(result: tuple[bytes, int]) -> None:
            data, _count = result
            name = f"care-plans-due-{until.isoformat()}.pdf"
            self.output = show_pdf(self.parentWidget() or self, data, name)
            if self.on_output is not None:
                self.on_output(self.output)
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintCancelled):
                return  # the user cancelled: nothing to say
            show_error(self, error)

        self._runner.run_long(self, job, done, preparing, failed)

