"""Recording that the resident, her guardian or the case manager signed a care plan version."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ..domain import care_plans as rules
from ..domain.care_plans import (
    SIGNOFF_PARTY_LABELS,
    CarePlanView,
    SignoffInput,
    SignoffParty,
)
from ..domain.dto import Changed
from .education_tab import ProgressDialog, Runner, date_edit, from_qdate, line_edit


def party_label(party: str) -> str:
    return QCoreApplication.translate("CarePlans", SIGNOFF_PARTY_LABELS.get(party, party))


class SignoffDialog(ProgressDialog):
    """Party, the signer's name and the day the paper was signed. Parties that already signed
    this version are not offered."""

    def __init__(
        self,
        runner: Runner,
        save: Callable[[SignoffInput], Changed[CarePlanView]],
        version: int,
        signed: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("signoffDialog")
        self._save = save
        self.version = version
        self.party = QComboBox()
        for party in SignoffParty.ALL:
            if party not in signed:
                self.party.addItem("", party)
        self.signer_name = line_edit(rules.MAX_SIGNER_NAME + 50)  # longer names get the message
        self.signed_on = date_edit()
        self.add_row(rules.FIELD_PARTY, self.party)
        self.add_row(rules.FIELD_SIGNER, self.signer_name)
        self.add_row(rules.FIELD_SIGNED_ON, self.signed_on)
        self.retranslate()

    def value(self) -> SignoffInput:
        return SignoffInput(
            self.party.currentData() or "", self.signer_name.text(),
            from_qdate(self.signed_on.date()),
        )

    def call(self) -> Callable[[], Changed[CarePlanView]]:
        save, value = self._save, self.value()
        return lambda: save(value)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Record sign-off"))
        self.explanation.setText(self.tr(
            "Record a signature on the printed care plan, version {version}. Keep the signed "
            "paper in the file (scan it under Documents)."
        ).format(version=self.version))
        for index in range(self.party.count()):
            self.party.setItemText(index, party_label(self.party.itemData(index)))
        self.set_label(rules.FIELD_PARTY, self.tr("Signed by:"))
        self.set_label(rules.FIELD_SIGNER, self.tr("Name of the signer:"))
        self.set_label(rules.FIELD_SIGNED_ON, self.tr("Signed on:"))
        self.signer_name.setPlaceholderText(self.tr("As written on the paper"))
        self.ok_button.setText(self.tr("Record sign-off"))
