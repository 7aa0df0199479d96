"""The intake's duplicate check: before saving, residents who may be the same person.

The page asks the service for likely matches (same or similar name in either script, a close date
of birth, the same origin) and shows each with the reasons. The user either opens one of them
instead (the wizard closes) or says this is a new person, which lets the intake go on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain import geography
from ..domain.case_file import DuplicateCandidate
from ..domain.residents import STATUS_LABELS, ResidentStatus
from .sign_in_dialog import ErrorLabel
from .formatting import format_date

if TYPE_CHECKING:
    from .intake_wizard import IntakeWizard

CARD_STYLE = (
    "QFrame#duplicateCard { background: #ffffff; border: 1px solid #d9c48a; border-radius: 8px; }"
    "QLabel#duplicateName { font-size: 12pt; font-weight: bold; }"
    "QLabel#duplicateDetails { color: #44505c; }"
)


def current_language() -> str:
    return "km" if QLocale().language() == QLocale.Language.Khmer else "en"


format_day = format_date


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class DuplicateCard(QFrame):
    """One possible match: who, why, and a button to open that file instead."""

    def __init__(self, candidate: DuplicateCandidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.setObjectName("duplicateCard")
        self.name = _label(name="duplicateName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = _label(name="duplicateDetails")
        self.reasons = _label(name="duplicateReasons")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openInsteadButton")
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.name)
        text.addWidget(self.details)
        text.addWidget(self.reasons)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addLayout(text, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def retranslate(self) -> None:
        c = self.candidate
        names = [n for n in (c.name_khmer, c.name_latin) if n]
        self.name.setText(" — ".join(names))
        parts = [self.tr("Case {number}").format(number=c.case_number)]
        if c.date_of_birth is not None:
            parts.append(self.tr("born {date}").format(date=format_day(c.date_of_birth)))
        if c.province_code:
            parts.append(geography.place_name(c.province_code, current_language()))
        try:
            status = QCoreApplication.translate("Residents", STATUS_LABELS[ResidentStatus(c.status)])
        except ValueError:
            status = c.status
        parts.append(status)
        self.details.setText(" · ".join(parts))
        self.reasons.setText(
            "\n".join(
                "• " + QCoreApplication.translate("Duplicates", reason) for reason in c.reasons
            )
        )
        self.open_button.setText(self.tr("&Open this resident instead"))
        self.open_button.setAccessibleName(
            self.tr("Open {case} instead").format(case=c.case_number)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DuplicatePage(QWizardPage):
    """Shows likely existing residents; complete once checked and either nobody matched or the
    user said this is a new person."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("duplicatePage")
        self.candidates: list[DuplicateCandidate] = []
        self.cards: list[DuplicateCard] = []
        self._checked = False
        self._confirmed_new = False
        self._failed = False
        self.status = _label(name="duplicateStatus")
        self.error_label = ErrorLabel()
        self.cards_box = QWidget()
        self.cards_box.setStyleSheet(CARD_STYLE)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("duplicateScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea#duplicateScroll { background: transparent; }"
            "QScrollArea#duplicateScroll > QWidget > QWidget { background: transparent; }"
        )
        scroll.viewport().setAutoFillBackground(False)
        scroll.setWidget(self.cards_box)
        self.scroll = scroll
        self.new_person_button = QPushButton()
        self.new_person_button.setObjectName("newPersonButton")
        self.new_person_button.clicked.connect(self.confirm_new_person)
        self.new_person_note = _label(name="newPersonNote")
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_person_note, 1)
        bottom.addWidget(self.new_person_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(self.status)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def wiz(self) -> IntakeWizard:
        return self.wizard()  # type: ignore[return-value]

    # ---- checking -----------------------------------------------------------------------

    def initializePage(self) -> None:
        """Runs each time the user comes forward to this page: the intake may have changed."""
        self._checked = False
        self._confirmed_new = False
        self._failed = False
        self.error_label.clear_error()
        self._set_candidates([])
        self.retranslate()
        wizard = self.wiz()
        intake = wizard.intake()
        services, user = wizard.services, wizard.user
        wizard.runner.run_op(
            self,
            lambda: services.residents.possible_duplicates(user, intake),
            self._found,
            self.tr("Looking for residents who may be the same person…"),
            self._check_failed,
        )

    def _found(self, candidates: list[DuplicateCandidate]) -> None:
        self._checked = True
        self._set_candidates(list(candidates))
        self.retranslate()
        self.completeChanged.emit()
        if self.cards:
            self.cards[0].open_button.setFocus()

    def _check_failed(self, error: BaseException) -> None:
        # The check helps; it must not stop an admission. Saving re-checks permissions.
        self._checked = True
        self._failed = True
        self.error_label.show_error(error)
        self.retranslate()
        self.completeChanged.emit()

    def _set_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.candidates = candidates
        self.cards = []
        for candidate in candidates:
            card = DuplicateCard(candidate)
            card.open_button.clicked.connect(
                lambda _checked=False, rid=candidate.resident_id: self.wiz().open_instead(rid)
            )
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)

    def confirm_new_person(self) -> None:
        self._confirmed_new = True
        self.completeChanged.emit()
        self.wiz().next()

    def isComplete(self) -> bool:
        return self._checked and (not self.candidates or self._confirmed_new)

    # ---- text ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Is this person already known here?"))
        self.setSubTitle(
            self.tr(
                "Before saving, residents with the same or a similar name, a close date of "
                "birth or the same origin are listed, so nobody gets two case files."
            )
        )
        if not self._checked:
            text = self.tr("Looking for residents who may be the same person…")
        elif self._failed:
            text = self.tr("The check could not be done. You can still save the intake.")
        elif not self.candidates:
            text = self.tr("No existing resident looks like this person. Press Next to continue.")
        else:
            text = self.tr(
                "{count} existing residents look like this person. If one of them is the same "
                "person, open that file instead of creating a second one."
            ).format(count=len(self.candidates))
            if len(self.candidates) == 1:
                text = self.tr(
                    "One existing resident looks like this person. If it is the same person, open "
                    "that file instead of creating a second one."
                )
        self.status.setText(text)
        visible = bool(self.candidates)
        self.new_person_button.setVisible(visible)
        self.new_person_note.setVisible(visible)
        self.scroll.setVisible(visible)
        self.new_person_button.setText(self.tr("This is a &new person"))
        self.new_person_note.setText(
            self.tr("None of them is this person: continue with a new case file.")
        )
