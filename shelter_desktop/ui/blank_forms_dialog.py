"""Print a blank form for field work: an assessment form (one per template) or the follow-up
visit form, in English, Khmer or both. Opened from a resident's file, the form has her name and
case number printed in (and, for a follow-up form, the due date of her next visit)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
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

from ..domain.assessments import Bilingual
from ..domain.dto import SignedInUser
from ..services.container import Services
from .batch_print_dialog import language_combo, retranslate_language_combo
from .duplicate_page import current_language
from .pdf_output import PdfOutputDialog, Runner, offer_pdf

FOLLOW_UP = "follow_up"  # the form list's item data for the follow-up visit form


class BlankFormsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
        resident_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self.resident_id = resident_id
        self.on_output: Callable[[PdfOutputDialog], None] | None = None
        self._templates: list[tuple[str, Bilingual]] = services.printing.assessment_forms()
        self.setModal(True)
        self.setMinimumWidth(460)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.form_choice = QComboBox()
        for key, _title in self._templates:
            self.form_choice.addItem("", key)
        self.form_choice.addItem("", FOLLOW_UP)
        self.language = language_combo()
        self.form_label = QLabel()
        self.language_label = QLabel()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.form_label, self.form_choice)
        form.addRow(self.language_label, self.language)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.print_button.clicked.connect(self.make_pdf)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print a blank form"))
        if self.resident_id is None:
            self.explanation.setText(
                self.tr("A blank form to fill in by hand during a visit or an assessment.")
            )
        else:
            self.explanation.setText(
                self.tr(
                    "A blank form to fill in by hand, with this resident's name and case "
                    "number printed in."
                )
            )
        self.form_label.setText(self.tr("Form"))
        self.language_label.setText(self.tr("Language"))
        self.print_button.setText(self.tr("Prepare…"))
        self.cancel_button.setText(self.tr("Cancel"))
        khmer = current_language() == "km"
        titles = dict(self._templates)
        for index in range(self.form_choice.count()):
            key = self.form_choice.itemData(index)
            if key == FOLLOW_UP:
                text = self.tr("Follow-up visit form")
            else:
                title = titles[key].get("km" if khmer else "en")
                text = self.tr("Assessment form: {title}").format(title=title)
            self.form_choice.setItemText(index, text)
        retranslate_language_combo(self.language)

    def select_form(self, key: str) -> None:
        index = self.form_choice.findData(key)
        if index >= 0:
            self.form_choice.setCurrentIndex(index)

    def make_pdf(self) -> None:
        printing, user, resident_id = self._services.printing, self._user, self.resident_id
        key, language = self.form_choice.currentData(), self.language.currentData()
        if key == FOLLOW_UP:
            def make() -> bytes:
                return printing.blank_follow_up_form(user, language, resident_id)

            name = "follow-up-visit-form.pdf"
        else:
            def make() -> bytes:
                return printing.blank_assessment_form(user, key, language, resident_id)

            name = f"assessment-form-{key}.pdf"

        def shown(dialog: PdfOutputDialog) -> None:
            if self.on_output is not None:
                self.on_output(dialog)
            self.accept()

        offer_pdf(
            self.parentWidget() or self, self._runner, make, name, self.tr("Preparing the form"),
            shown, personal=resident_id is not None,
        )  # fmt: skip
