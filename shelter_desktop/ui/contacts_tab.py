"""Contacts & family: the people around a resident, who may decide for her, who must not reach
her; and the consents she (or her guardian) gave or refused.

A contact with a safety flag stands out in the table (and on the overview). Consents are a
record over time: a withdrawal is a new record saying "not given", the old one stays.
Dialogs are window-modal and opened with ``open()``, so the idle lock can hide them and show
them again with what was typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.case_file import ConsentInput, ConsentView, ContactInput, ContactView
from ..domain.dto import Changes, SignedInUser
from ..domain.errors import ShelterError
from ..domain.intake import (
    IntakeInvalid,
    IntakeProblem,
    consent_problems,
    contact_problems,
    normalise_consent,
    normalise_contact,
    problems_by_field,
)
from ..domain.roles import Permission
from ..domain.vocabulary import (
    CONSENT_LABELS,
    SAFETY_LABELS,
    ConsentGiver,
    ConsentType,
    SafetyFlag,
)
from ..services.container import Services
from .errors import show_error, translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .overview_tab import short_date, vocabulary_label

Runner = OpRunner | SynchronousOpRunner

FLAGGED_BACKGROUND = QColor("#fff1e0")
FLAGGED_TEXT = QColor("#7a3a00")
MAX_NAME = 200
MAX_RELATION = 64
MAX_PHONE = 64

STYLE = """
QLabel#fieldError { color: #8c1d18; }
QLabel#safetyHelp { color: #7a3a00; }
QLabel#sectionTitle { font-size: 11.5pt; font-weight: bold; color: #16465e; }
"""


def safety_label(value: str) -> str:
    return vocabulary_label(SAFETY_LABELS, SafetyFlag, value)


def consent_label(value: str) -> str:
    return vocabulary_label(CONSENT_LABELS, ConsentType, value)


def giver_label(value: str) -> str:
    if value == ConsentGiver.RESIDENT.value:
        return QCoreApplication.translate("ContactsTab", "The resident")
    if value == ConsentGiver.GUARDIAN.value:
        return QCoreApplication.translate("ContactsTab", "The guardian")
    return value


def _field_error() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def problem_text(problem: IntakeProblem) -> str:
    """A validation problem in the user's language (the rules live in domain/intake.py)."""
    return problem.text(QCoreApplication.translate("Intake", problem.message))


def _with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(field)
    column.addWidget(error)
    return box


class _ValidatingDialog(QDialog):
    """Shared by the contact and consent dialogs: an error label under each field, filled
    from the domain's rules before saving and from the service's answer after."""

    saved = Signal(object)  # Changes

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._busy = False
        self._field_errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with an (empty, hidden) error label under it, for field ``name``."""
        error = _field_error()
        self._field_errors[name] = error
        self._field_widgets[name] = widget
        return _with_error(widget, error)

    def field_errors(self) -> dict[str, str]:
        """Errors shown now, by field name ("form" for the general one), for tests."""
        shown = {name: label.text() for name, label in self._field_errors.items()
                 if not label.isHidden()}
        if not self.error_label.isHidden():
            shown["form"] = self.error_label.text()
        return shown

    def clear_errors(self) -> None:
        for label in self._field_errors.values():
            _set_error(label, "")
        _set_error(self.error_label, "")

    def fit_height(self) -> None:
        """Grow to fit wrapped messages: a window follows its layout's minimum size, which
        knows nothing of the extra lines a word-wrapped label needs at this width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_height()

    def show_problems(self, problems: list[IntakeProblem]) -> None:
        """Each problem next to its field (the first field gets the focus)."""
        self.clear_errors()
        first: QWidget | None = None
        for name, found in problems_by_field(problems).items():
            label = self._field_errors.get(name)
            text = " ".join(problem_text(p) for p in found)
            if label is None:
                _set_error(self.error_label, text)
                continue
            _set_error(label, text)
            if first is None:
                first = self._field_widgets[name]
        if first is not None:
            first.setFocus()
        self.fit_height()

    def save(self) -> None:
        if self._busy:
            return
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            return
        self.clear_errors()
        self._busy = True
        self.save_button.setEnabled(False)
        self._runner.run_op(  # type: ignore[attr-defined]
            self, self.call(), self._saved, self.saving_label(), self._failed
        )

    def problems(self) -> list[IntakeProblem]:
        raise NotImplementedError

    def call(self):  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def saving_label(self) -> str:
        return ""

    def _saved(self, result: object) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.saved.emit(getattr(result, "changes", None))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(error, IntakeInvalid):
            self.show_problems(list(error.problems))
        elif isinstance(error, ShelterError):
            self.clear_errors()
            _set_error(self.error_label, translate_error(error))
            self.fit_height()
        else:
            show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class ContactDialog(_ValidatingDialog):
    """Add or edit one contact. Stays open on a mistake, showing what to correct next to the
    field."""

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self.contact = contact

        self.relation = QLineEdit()
        self.relation.setMaxLength(MAX_RELATION)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.phone = QLineEdit()
        self.phone.setMaxLength(MAX_PHONE)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.guardian = QCheckBox()
        self.safety = QComboBox()
        for flag in SafetyFlag:
            self.safety.addItem("", flag.value)
        self.safety_help = QLabel()
        self.safety_help.setWordWrap(True)
        self.safety_help.setObjectName("safetyHelp")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        safety_box = QWidget()
        safety_column = QVBoxLayout(safety_box)
        safety_column.setContentsMargins(0, 0, 0, 0)
        safety_column.setSpacing(3)
        safety_column.addWidget(self._field("safety_flag", self.safety))
        safety_column.addWidget(self.safety_help)
        rows: list[tuple[QWidget, QWidget]] = [
            (self._field("relation", self.relation), self.relation),
            (self._field("name", self.name), self.name),
            (self._field("phone", self.phone), self.phone),
            (self._field("address", self.address), self.address),
            (self.guardian, self.guardian),
            (safety_box, self.safety),
            (self._field("notes", self.notes), self.notes),
        ]
        self._captions = [QLabel() for _ in rows]
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for caption, (field, buddy) in zip(self._captions, rows, strict=True):
            caption.setBuddy(buddy)
            caption.setObjectName("fieldCaption")
            form.addRow(caption, field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)

        if contact is not None:
            self.relation.setText(contact.relation)
            self.name.setText(contact.name)
            self.phone.setText(contact.phone)
            self.address.setPlainText(contact.address)
            self.guardian.setChecked(contact.is_guardian)
            self.safety.setCurrentIndex(max(0, self.safety.findData(contact.safety_flag)))
            self.notes.setPlainText(contact.notes)
        for name, edit in (("relation", self.relation), ("name", self.name),
                           ("phone", self.phone)):
            edit.textEdited.connect(lambda _t, n=name: _set_error(self._field_errors[n], ""))
        self.safety.currentIndexChanged.connect(lambda _i: self._show_safety_help())
        self.retranslate()

    def value(self) -> ContactInput:
        return normalise_contact(
            ContactInput(
                relation=self.relation.text(),
                name=self.name.text(),
                phone=self.phone.text(),
                address=self.address.toPlainText(),
                is_guardian=self.guardian.isChecked(),
                safety_flag=self.safety.currentData(),
                notes=self.notes.toPlainText(),
            )
        )

    def problems(self) -> list[IntakeProblem]:
        return contact_problems(self.value())

    def call(self):  # type: ignore[no-untyped-def]
        contacts, user, value = self._services.contacts, self._user, self.value()
        if self.contact is None:
            rid = self._resident_id
            return lambda: contacts.add_contact(user, rid, value)
        cid = self.contact.id
        return lambda: contacts.update_contact(user, cid, value)

    def saving_label(self) -> str:
        return self.tr("Saving the contact…")

    def _show_safety_help(self) -> None:
        flagged = self.safety.currentData() != SafetyFlag.NONE.value
        self.safety_help.setText(
            self.tr("This warning is shown on the overview and wherever contact with the "
                    "family is planned.") if flagged else ""
        )
        self.safety_help.setVisible(flagged)
        if self.isVisible():
            self.fit_height()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Add a contact") if self.contact is None else self.tr("Edit contact")
        )
        captions = [
            self.tr("&Relation:"), self.tr("&Name:"), self.tr("&Phone:"), self.tr("&Address:"),
            self.tr("Guardian:"), self.tr("&Safety:"), self.tr("N&otes:"),
        ]
        for label, text in zip(self._captions, captions, strict=True):
            label.setText(text)
        self.guardian.setText(self.tr("Legal guardian (may give consent for the resident)"))
        self.relation.setPlaceholderText(self.tr("Mother, uncle, village chief…"))
        suggestions = [
            self.tr("Mother"), self.tr("Father"), self.tr("Grandmother"), self.tr("Grandfather"),
            self.tr("Aunt"), self.tr("Uncle"), self.tr("Sister"), self.tr("Brother"),
            self.tr("Stepmother"), self.tr("Stepfather"), self.tr("Neighbour"),
            self.tr("Village chief"), self.tr("Teacher"),
        ]
        completer = QCompleter(suggestions, self.relation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.relation.setCompleter(completer)
        for i in range(self.safety.count()):
            self.safety.setItemText(i, safety_label(self.safety.itemData(i)))
        self.save_button.setText(self.tr("&Save"))
        self._show_safety_help()


class ConsentDialog(_ValidatingDialog):
    """Record one consent decision: given, or refused / withdrawn (a new record either way)."""

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        has_guardian: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._today = today or date.today()
        self._has_guardian = has_guardian

        self.consent_type = QComboBox()
        for kind in ConsentType:
            self.consent_type.addItem("", kind.value)
        self.given = QRadioButton()
        self.refused = QRadioButton()
        self.given.setChecked(True)
        decision_group = QButtonGroup(self)
        decision_group.addButton(self.given)
        decision_group.addButton(self.refused)
        decision = QWidget()
        decision_row = QHBoxLayout(decision)
        decision_row.setContentsMargins(0, 0, 0, 0)
        decision_row.addWidget(self.given)
        decision_row.addWidget(self.refused)
        decision_row.addStretch(1)
        self.given_by = QComboBox()
        for giver in ConsentGiver:
            self.given_by.addItem("", giver.value)
        today_q = QDate(self._today.year, self._today.month, self._today.day)
        self.recorded_on = QDateEdit(today_q)
        self.recorded_on.setCalendarPopup(True)
        self.recorded_on.setMaximumDate(today_q)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self._explanation.setObjectName("countLabel")

        rows: list[tuple[QWidget, QWidget]] = [
            (self._field("consent_type", self.consent_type), self.consent_type),
            (decision, self.given),
            (self._field("given_by", self.given_by), self.given_by),
            (self._field("recorded_on", self.recorded_on), self.recorded_on),
            (self._field("notes", self.notes), self.notes),
        ]
        self._captions = [QLabel() for _ in rows]
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for caption, (field, buddy) in zip(self._captions, rows, strict=True):
            caption.setBuddy(buddy)
            caption.setObjectName("fieldCaption")
            form.addRow(caption, field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self._explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)
        self.given_by.currentIndexChanged.connect(
            lambda _i: _set_error(self._field_errors["given_by"], "")
        )
        self.retranslate()

    def value(self) -> ConsentInput:
        day = self.recorded_on.date()
        return normalise_consent(
            ConsentInput(
                consent_type=self.consent_type.currentData(),
                given=self.given.isChecked(),
                given_by=self.given_by.currentData(),
                recorded_on=date(day.year(), day.month(), day.day()),
                notes=self.notes.toPlainText(),
            )
        )

    def problems(self) -> list[IntakeProblem]:
        return consent_problems(self.value(), self._today, self._has_guardian)

    def call(self):  # type: ignore[no-untyped-def]
        contacts, user, rid, value = (
            self._services.contacts, self._user, self._resident_id, self.value()
        )
        return lambda: contacts.add_consent(user, rid, value)

    def saving_label(self) -> str:
        return self.tr("Recording the consent…")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record consent"))
        self._explanation.setText(
            self.tr("Each decision is kept as its own record. To withdraw a consent, record "
                    "it again as refused or withdrawn.")
        )
        captions = [self.tr("&Consent to:"), self.tr("Decision:"), self.tr("&Given by:"),
                    self.tr("&Recorded on:"), self.tr("N&otes:")]
        for label, text in zip(self._captions, captions, strict=True):
            label.setText(text)
        for i in range(self.consent_type.count()):
            self.consent_type.setItemText(i, consent_label(self.consent_type.itemData(i)))
        for i in range(self.given_by.count()):
            self.given_by.setItemText(i, giver_label(self.given_by.itemData(i)))
        self.given.setText(self.tr("Given"))
        self.refused.setText(self.tr("Refused or withdrawn"))
        self.save_button.setText(self.tr("&Record"))


class ContactsTab(QWidget):
    """The contacts table with Add / Edit / Remove, and the consent records below it."""

    changed = Signal(object)  # Changes, after a contact or consent was saved or removed

    NAME, RELATION, PHONE, ADDRESS, GUARDIAN, SAFETY = range(6)
    C_TYPE, C_DECISION, C_BY, C_DATE, C_NOTES = range(5)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.setStyleSheet(STYLE)
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._contacts: list[ContactView] = []
        self._consents: list[ConsentView] = []
        self._can_edit = user.can(Permission.EDIT_RESIDENTS)
        self.dialog: QDialog | None = None

        self._contacts_title = QLabel()
        self._contacts_title.setObjectName("sectionTitle")
        self.table = self._table(6)
        self.table.setObjectName("contactsTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self._contacts_title)
        contact_buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(self._can_edit)
            contact_buttons.addWidget(button)

        self._consents_title = QLabel()
        self._consents_title.setObjectName("sectionTitle")
        self.consent_table = self._table(5)
        self.consent_table.setObjectName("consentsTable")
        self.consent_table.horizontalHeader().setSectionResizeMode(
            self.C_NOTES, QHeaderView.ResizeMode.Stretch
        )
        self.consent_button = QPushButton()
        self.consent_button.setVisible(self._can_edit)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self._consents_title)
        consent_buttons.addStretch(1)
        consent_buttons.addWidget(self.consent_button)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.error_label)
        layout.addLayout(contact_buttons)
        layout.addWidget(self.table, 3)
        layout.addSpacing(8)
        layout.addLayout(consent_buttons)
        layout.addWidget(self.consent_table, 2)

        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.consent_button.clicked.connect(self.open_consent_dialog)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.open_edit_dialog())
        self.retranslate()

    def _table(self, columns: int) -> QTableWidget:
        from .residents_page import row_height

        table = QTableWidget(0, columns)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(row_height(self.font()))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        contacts, user, rid = self._services.contacts, self._user, self._resident_id
        self._runner.run_op(
            self, lambda: (contacts.list_contacts(user, rid), contacts.list_consents(user, rid)),
            self._show, on_error=self._failed,
        )

    def contacts(self) -> list[ContactView]:
        return list(self._contacts)

    def consents(self) -> list[ConsentView]:
        return list(self._consents)

    def selected_contact(self) -> ContactView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def select_contact(self, contact_id: int) -> None:
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                self.table.selectRow(row)
                return

    def _show(self, result: tuple[list[ContactView], list[ConsentView]]) -> None:
        self._contacts, self._consents = list(result[0]), list(result[1])
        _set_error(self.error_label, "")
        self._fill()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ShelterError):
            show_error(self, error)
            return
        _set_error(self.error_label, translate_error(error))

    def _fill(self) -> None:
        selected = self.selected_contact()
        self._fill_contacts()
        self._fill_consents()
        if selected is not None:
            self.select_contact(selected.id)
        self._update_buttons()

    def _fill_contacts(self) -> None:
        self.table.setRowCount(len(self._contacts))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, c in enumerate(self._contacts):
            flagged = c.safety_flag != SafetyFlag.NONE.value
            cells = [
                c.name,
                c.relation,
                c.phone,
                " ".join(c.address.split()),
                self.tr("Guardian") if c.is_guardian else "",
                safety_label(c.safety_flag) if flagged else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if c.notes:
                    item.setToolTip(c.notes)
                if flagged:
                    item.setBackground(QBrush(FLAGGED_BACKGROUND))
                    item.setForeground(QBrush(FLAGGED_TEXT))
                    if column == self.SAFETY:
                        item.setFont(bold)
                        item.setToolTip(self.tr("Do not plan contact with this person"))
                self.table.setItem(row, column, item)

    def _fill_consents(self) -> None:
        self.consent_table.setRowCount(len(self._consents))
        for row, c in enumerate(self._consents):
            cells = [
                consent_label(c.consent_type),
                self.tr("Given") if c.given else self.tr("Refused or withdrawn"),
                giver_label(c.given_by),
                short_date(c.recorded_on),
                " ".join(c.notes.split()),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not c.given and column == self.C_DECISION:
                    item.setForeground(QBrush(FLAGGED_TEXT))
                self.consent_table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        has = self.selected_contact() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- editing -------------------------------------------------------------------------

    def open_add_dialog(self) -> ContactDialog:
        return self._open(
            ContactDialog(self._services, self._user, self._runner, self._resident_id, None, self)
        )

    def open_edit_dialog(self) -> ContactDialog | None:
        contact = self.selected_contact()
        if contact is None or not self._can_edit:
            return None
        return self._open(
            ContactDialog(
                self._services, self._user, self._runner, self._resident_id, contact, self
            )
        )

    def open_consent_dialog(self) -> ConsentDialog:
        has_guardian = any(c.is_guardian for c in self._contacts)
        return self._open(
            ConsentDialog(
                self._services, self._user, self._runner, self._resident_id, self,
                has_guardian=has_guardian,
            )
        )

    def _open(self, dialog):  # type: ignore[no-untyped-def]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, changes: Changes | None = None) -> None:
        self.refresh()
        self.changed.emit(changes or Changes(frozenset({"contact"})))

    def remove_selected(self) -> None:
        contact = self.selected_contact()
        if contact is None or not self._can_edit:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove contact"),
            self.tr("Remove {name} ({relation}) from the contacts? This cannot be undone.").format(
                name=contact.name, relation=contact.relation
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(
            lambda button: self._remove(contact.id) if button is remove else None
        )
        self.dialog = box
        box.open()

    def _remove(self, contact_id: int) -> None:
        contacts, user = self._services.contacts, self._user
        self._runner.run_op(
            self, lambda: contacts.remove_contact(user, contact_id),
            lambda changed: self._saved(changed.changes), self.tr("Removing the contact…"),
            self._failed,
        )

    # -- Qt ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._contacts_title.setText(self.tr("Contacts and family"))
        self._consents_title.setText(self.tr("Consents"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Address"),
             self.tr("Guardian"), self.tr("Safety")]
        )
        self.consent_table.setHorizontalHeaderLabels(
            [self.tr("Consent to"), self.tr("Decision"), self.tr("By"), self.tr("Recorded on"),
             self.tr("Notes")]
        )
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.consent_button.setText(self.tr("Record &consent…"))
        self._fill()
