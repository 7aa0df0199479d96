"""Guided intake of a new resident (DESIGN.md section 3).

Pages: identity -> origin -> referral -> legal case -> health -> consent -> contacts -> case
assignment -> duplicate check -> review and save -> done (the case number). Each page's Next runs
the domain rules (``validate_intake``) on the whole intake but shows only the problems of that
page's fields, in red under the field concerned. Saving validates everything again (so does the
service) and puts each remaining problem next to its field, on whichever page that is.

Only roles with EDIT_RESIDENTS open this wizard; the service checks again when saving.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain import geography
from ..domain.case_file import (
    ConsentInput,
    ContactInput,
    ResidentDetail,
    ResidentIntake,
)
from ..domain.dto import SignedInUser, StaffMember
from ..domain.errors import ShelterError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.intake import (
    IntakeInvalid,
    IntakeProblem,
    contact_problems,
    normalise_contact,
    normalise_intake,
    validate_intake,
)
from ..domain.residents import RISK_LABELS, RiskLevel
from ..domain.vocabulary import (
    CONSENT_LABELS,
    EXPLOITATION_LABELS,
    LANGUAGE_LABELS,
    LEGAL_STATUS_LABELS,
    NATIONALITY_LABELS,
    REFERRAL_LABELS,
    SAFETY_LABELS,
    SEX_LABELS,
    ConsentGiver,
    ConsentType,
    HivStatus,
    LegalCaseStatus,
    SafetyFlag,
)
from ..services.container import Services
from .duplicate_page import DuplicatePage, current_language, format_day
from .formatting import short_date_pattern
from .errors import show_error
from .geo_picker import GeoPicker
from .op_runner import OpRunner, SynchronousOpRunner
from .sign_in_dialog import ERROR_COLOUR, ErrorLabel

Runner = OpRunner | SynchronousOpRunner
Values = dict[str, Any]

DATE_WIDTH = 200
CHOICE_WIDTH = 420

# Consent row states ("" = not recorded yet).
GIVEN = "given"
REFUSED = "refused"

SEX_MISSING = QT_TRANSLATE_NOOP("Intake", "Choose the resident's sex from the list.")

# Countries residents are most often taken to (ISO 3166-1 alpha-2); XX = another country.
DESTINATIONS = ("TH", "MY", "CN", "VN", "ID", "KR", "SG", "SA", "JP", "TW", "XX")


def vocab(label: str) -> str:
    return QCoreApplication.translate("Vocabulary", label)


def problem_text(problem: IntakeProblem) -> str:
    """The problem in the user's language, with its parameters filled in."""
    return problem.text(QCoreApplication.translate("Intake", problem.message))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _wrapped(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def set_choices(
    combo: QComboBox, choices: Sequence[tuple[str, str]], default: str | None = None
) -> None:
    """Fill ``combo`` with (value, label) pairs, keeping the chosen value across
    retranslation; ``default`` (or nothing, if None) is chosen the first time."""
    had_choice = combo.count() > 0
    current = combo.currentData() if combo.currentIndex() >= 0 else None
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, label in choices:
            combo.addItem(label, value)
        wanted = current if had_choice else default
        combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
    finally:
        combo.blockSignals(False)


def combo_value(combo: QComboBox) -> str | None:
    """The chosen value; None for nothing chosen or the "" (not recorded) entry."""
    if combo.currentIndex() < 0:
        return None
    value = combo.currentData()
    return str(value) if value else None


class FieldError(QLabel):
    """Red text under one field: what is wrong and what to do. Hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problems: list[IntakeProblem] = []
        self._local: list[Callable[[], str]] = []
        self.hide()

    def clear_problems(self) -> None:
        self._problems, self._local = [], []
        self._refresh()

    def add_problem(self, problem: IntakeProblem) -> None:
        if problem not in self._problems:
            self._problems.append(problem)
        self._refresh()

    def add_message(self, message: Callable[[], str]) -> None:
        """A problem found by the form itself; ``message`` returns the translated text."""
        self._local.append(message)
        self._refresh()

    def messages(self) -> list[str]:
        return [problem_text(p) for p in self._problems] + [m() for m in self._local]

    def _refresh(self) -> None:
        messages = self.messages()
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)


def with_error(field: QWidget | QHBoxLayout, error: FieldError) -> QWidget:
    """``field`` with its error label right under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(error)
    return box


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: the lowest date stands for "not entered". The calendar
    opens near ``suggested`` when nothing is entered yet."""

    BLANK = QDate(1900, 1, 1)

    def __init__(self, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggested = suggested
        self.setCalendarPopup(True)
        self.setMinimumDate(self.BLANK)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setDate(self.BLANK)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == self.BLANK else to_date(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.BLANK if value is None else to_qdate(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing a digit into the empty field starts a date (the suggested one, first part
        selected), so a date can be typed in full from the keyboard."""
        if self.date() == self.BLANK and event.text().isdigit():
            self.setDate(to_qdate(self._suggested))
            first = self.sectionAt(0)
            self.setCurrentSection(first)
            self.setSelectedSection(first)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == self.BLANK:
            self.calendarWidget().setCurrentPage(self._suggested.year, self._suggested.month)
        return super().eventFilter(watched, event)


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 2))
    edit.setMaximumWidth(DATE_WIDTH)
    return edit


def localize_date_edit(edit: QDateEdit) -> None:
    """The current language's short date, always with a four-digit year (a two-digit year
    makes a child born in 2009 look like 1909 or 2109 to the eye)."""
    edit.setLocale(QLocale())
    edit.setDisplayFormat(short_date_pattern())


def page_scroll(body: QWidget) -> QScrollArea:
    """A frameless, see-through scroll area, so long pages still fit small screens."""
    scroll = QScrollArea()
    scroll.setObjectName("intakeScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setStyleSheet(
        "QScrollArea#intakeScroll { background: transparent; }"
        "QScrollArea#intakeScroll > QWidget > QWidget { background: transparent; }"
    )
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    scroll.setWidget(body)
    return scroll


# ---- pages ------------------------------------------------------------------------------


class IntakePage(QWizardPage):
    """A page of the intake: its fields, their error labels, and how it fills the intake.

    ``FIELDS`` are the intake fields this page asks for; problems whose field is one of them (or
    ``field[n].…`` below one of them) are shown here.
    """

    FIELDS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, FieldError] = {}
        self.inputs: dict[str, QWidget] = {}
        self.page_error = FieldError()
        body = QWidget()
        body.setObjectName("intakePageBody")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(16, 4, 16, 8)
        self.body.setSpacing(12)
        self.scroll = page_scroll(body)
        scroll = self.scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def wiz(self) -> IntakeWizard:
        return self.wizard()  # type: ignore[return-value]

    def form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def add_row(
        self, form: QFormLayout, label: QLabel, field: QWidget, name: str | None = None,
        layout: QHBoxLayout | None = None,
    ) -> None:
        """A labelled field; with ``name`` it gets an error label for that intake field."""
        label.setBuddy(field)
        if name is None:
            form.addRow(label, layout if layout is not None else field)
            return
        error = FieldError()
        self.errors[name] = error
        self.inputs[name] = field
        form.addRow(label, with_error(layout if layout is not None else field, error))

    # ---- filling and checking -----------------------------------------------------------

    def contribute(self, values: Values) -> None:
        """Put this page's answers into ``values`` (ResidentIntake keyword arguments)."""

    def local_problems(self) -> bool:
        """Problems the form finds itself (shown on their labels); True if there are any."""
        return False

    def owns(self, field: str) -> bool:
        return any(
            field == name or field.startswith((name + "[", name + "."))
            for name in self.FIELDS
        )

    def label_for(self, field: str) -> FieldError:
        if field in self.errors:
            return self.errors[field]
        base = field.split("[", 1)[0].split(".", 1)[0]
        return self.errors.get(base, self.page_error)

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear_problems()
        self.page_error.clear_problems()

    def show_problems(self, problems: Iterable[IntakeProblem]) -> None:
        for problem in problems:
            self.label_for(problem.field).add_problem(problem)

    def validatePage(self) -> bool:
        self.clear_problems()
        local = self.local_problems()
        wizard = self.wiz()
        problems = [p for p in wizard.problems() if self.owns(p.field)]
        self.show_problems(problems)
        if local or problems:
            self.focus_first_problem()
            return False
        return True

    def shows_problems(self) -> bool:
        return any(label.messages() for label in self.findChildren(FieldError))

    def recheck(self) -> None:
        """Once problems are shown, keep them current as the user corrects the fields, so a
        fixed problem disappears at once (without moving the focus)."""
        if not self.shows_problems() or self.wizard() is None:
            return
        self.clear_problems()
        self.show_problems(p for p in self.wiz().problems() if self.owns(p.field))

    def watch_changes(self) -> None:
        for line in self.findChildren(QLineEdit):  # also the line edits of combo boxes
            line.textChanged.connect(self.recheck)
        for day in self.findChildren(QDateEdit):  # their line edits change silently
            day.dateChanged.connect(self.recheck)
        for number in self.findChildren(QSpinBox):
            number.valueChanged.connect(self.recheck)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.recheck)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self.recheck)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.recheck)

    def focus_first_problem(self) -> None:
        for name, label in self.errors.items():
            if label.isVisibleTo(self) and name in self.inputs:
                widget = self.inputs[name]
                widget.setFocus()
                self.scroll.ensureWidgetVisible(widget)
                return

    # ---- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:  # pragma: no cover - every page overrides
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class IdentityPage(IntakePage):
    FIELDS = ("name_khmer", "name_latin", "alias", "sex", "date_of_birth", "birth_year",
              "nationality", "languages", "admission_date")

    def __init__(self, today: date) -> None:
        super().__init__()
        self.setObjectName("identityPage")
        self.name_khmer = QLineEdit()
        self.name_khmer.setObjectName("nameKhmer")
        self.name_khmer.setMaxLength(200)
        khmer_font = QFont(self.name_khmer.font())
        khmer_font.setFamilies(["Noto Sans Khmer", "Noto Sans"])
        self.name_khmer.setFont(khmer_font)
        self.name_latin = QLineEdit()
        self.name_latin.setObjectName("nameLatin")
        self.name_latin.setMaxLength(200)
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.alias.setMaxLength(200)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.setMaximumWidth(CHOICE_WIDTH)
        self.admission = date_edit(today)
        self.admission.setObjectName("admissionDate")

        self.birth_known = QRadioButton()
        self.birth_known.setObjectName("birthDateKnown")
        self.birth_year_only = QRadioButton()
        self.birth_year_only.setObjectName("birthYearOnly")
        self.birth_group = QButtonGroup(self)
        self.birth_group.addButton(self.birth_known)
        self.birth_group.addButton(self.birth_year_only)
        self.birth_known.setChecked(True)
        self.date_of_birth = OptionalDateEdit(date(today.year - 15, today.month, 1))
        self.date_of_birth.setObjectName("dateOfBirth")
        self.date_of_birth.setMinimumWidth(DATE_WIDTH)
        self.birth_year = QSpinBox()
        self.birth_year.setObjectName("birthYear")
        self.birth_year.setRange(1899, today.year)
        self.birth_year.setValue(1899)
        self.birth_year.setMinimumWidth(150)
        for button in (self.birth_known, self.birth_year_only):
            button.toggled.connect(self._birth_mode_changed)

        self.nationality = QComboBox()
        self.nationality.setObjectName("nationality")
        self.nationality.setMaximumWidth(CHOICE_WIDTH)
        self.languages: dict[str, QCheckBox] = {}
        languages_row = QHBoxLayout()
        languages_row.setSpacing(14)
        for code in LANGUAGE_LABELS:
            box = QCheckBox()
            box.setObjectName(f"language_{code}")
            box.setChecked(code == "km")
            self.languages[code] = box
            languages_row.addWidget(box)
        languages_row.addStretch(1)
        self.languages_box = QWidget()
        self.languages_box.setLayout(languages_row)
        languages_row.setContentsMargins(0, 0, 0, 0)

        self.labels = [QLabel() for _ in range(8)]
        form = self.form()
        self.add_row(form, self.labels[0], self.name_khmer, "name_khmer")
        self.add_row(form, self.labels[1], self.name_latin, "name_latin")
        self.add_row(form, self.labels[2], self.alias, "alias")
        self.add_row(form, self.labels[3], self.sex, "sex")
        birth = QGridLayout()
        birth.setHorizontalSpacing(12)
        birth.setVerticalSpacing(6)
        birth.addWidget(self.birth_known, 0, 0)
        birth.addWidget(self.date_of_birth, 0, 1)
        birth.addWidget(self.birth_year_only, 1, 0)
        birth.addWidget(self.birth_year, 1, 1)
        birth.setColumnStretch(2, 1)
        birth_box = QWidget()
        birth_box.setLayout(birth)
        birth.setContentsMargins(0, 0, 0, 0)
        birth_error = FieldError()
        self.errors["date_of_birth"] = birth_error
        self.errors["birth_year"] = birth_error
        self.inputs["date_of_birth"] = self.date_of_birth
        self.inputs["birth_year"] = self.birth_year
        self.labels[4].setBuddy(self.birth_known)
        form.addRow(self.labels[4], with_error(birth_box, birth_error))
        self.add_row(form, self.labels[5], self.admission, "admission_date")
        self.add_row(form, self.labels[6], self.nationality, "nationality")
        self.add_row(form, self.labels[7], self.languages_box, "languages")
        self.inputs["languages"] = self.languages["km"]
        self.body.addLayout(form)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self._birth_mode_changed()
        self.retranslate()

    def _birth_mode_changed(self) -> None:
        known = self.birth_known.isChecked()
        self.date_of_birth.setEnabled(known)
        self.birth_year.setEnabled(not known)

    def contribute(self, values: Values) -> None:
        known = self.birth_known.isChecked()
        year = self.birth_year.value()
        values.update(
            name_khmer=self.name_khmer.text(),
            name_latin=self.name_latin.text(),
            alias=self.alias.text(),
            sex=combo_value(self.sex) or "",
            admission_date=to_date(self.admission.date()),
            date_of_birth=self.date_of_birth.value() if known else None,
            birth_year=None if known or year == self.birth_year.minimum() else year,
            nationality=combo_value(self.nationality) or "KH",
            languages=tuple(code for code, box in self.languages.items() if box.isChecked()),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who is the new resident?"))
        self.setSubTitle(
            self.tr("The name in Khmer script and in Latin letters, birth, and admission.")
        )
        texts = [
            self.tr("Name in &Khmer:"),
            self.tr("Name in &Latin letters:"),
            self.tr("&Alias or nickname:"),
            self.tr("&Sex:"),
            self.tr("Date of &birth:"),
            self.tr("A&dmitted on:"),
            self.tr("Na&tionality:"),
            self.tr("Languages spoken:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name_khmer.setPlaceholderText(self.tr("e.g. សុខ សុភា"))
        self.name_latin.setPlaceholderText(self.tr("e.g. Sok Sophea"))
        self.alias.setPlaceholderText(self.tr("Another name the resident is known by (optional)"))
        self.birth_known.setText(self.tr("Date known:"))
        self.birth_year_only.setText(self.tr("Only the year is known (estimated):"))
        self.date_of_birth.setSpecialValueText(self.tr("Not entered"))
        self.date_of_birth.setToolTip(
            self.tr("Type the digits of the date, or open the calendar with Alt+Down.")
        )
        self.birth_year.setToolTip(self.tr("Type the year, e.g. 2010, or use the arrows."))
        self.birth_year.setSpecialValueText(self.tr("Choose the year"))
        for edit in (self.date_of_birth, self.admission):
            localize_date_edit(edit)
        self.sex.setPlaceholderText(self.tr("Choose…"))
        set_choices(self.sex, [(sex.value, vocab(label)) for sex, label in SEX_LABELS.items()])
        set_choices(
            self.nationality,
            [(code, vocab(label)) for code, label in NATIONALITY_LABELS.items()],
            default="KH",
        )
        for code, box in self.languages.items():
            box.setText(vocab(LANGUAGE_LABELS[code]))


class OriginPage(IntakePage):
    FIELDS = ("province_code", "district_code", "commune_code", "village_code",
              "destination_country")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("originPage")
        self.intro = _wrapped()
        self.geo = GeoPicker()
        self.geo_error = FieldError()
        for name in ("province_code", "district_code", "commune_code", "village_code"):
            self.errors[name] = self.geo_error
        self.inputs["province_code"] = self.geo.province
        self.inputs["district_code"] = self.geo.district
        self.inputs["commune_code"] = self.geo.commune
        self.inputs["village_code"] = self.geo.village
        self.destination = QComboBox()
        self.destination.setObjectName("destinationCountry")
        self.destination.setMaximumWidth(CHOICE_WIDTH)
        self.destination_label = QLabel()
        self.origin_box = QGroupBox()
        origin_layout = QVBoxLayout(self.origin_box)
        origin_layout.addWidget(self.intro)
        origin_layout.addWidget(self.geo)
        origin_layout.addWidget(self.geo_error)
        form = self.form()
        self.add_row(form, self.destination_label, self.destination, "destination_country")
        self.body.addWidget(self.origin_box)
        self.body.addLayout(form)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.retranslate()

    def contribute(self, values: Values) -> None:
        province, district, commune, village = self.geo.codes()
        values.update(
            province_code=province,
            district_code=district,
            commune_code=commune,
            village_code=village,
            destination_country=combo_value(self.destination),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is the resident from?"))
        self.setSubTitle(
            self.tr("The home village, for family tracing and reintegration later.")
        )
        self.origin_box.setTitle(self.tr("Place of origin in Cambodia"))
        self.intro.setText(
            self.tr(
                "Type part of a name in Khmer or English and pick it from the list. Leave the "
                "lower levels empty if they are not known."
            )
        )
        self.destination_label.setText(self.tr("&Taken to (country):"))
        countries = {
            "TH": self.tr("Thailand"),
            "MY": self.tr("Malaysia"),
            "CN": self.tr("China"),
            "VN": self.tr("Vietnam"),
            "ID": self.tr("Indonesia"),
            "KR": self.tr("South Korea"),
            "SG": self.tr("Singapore"),
            "SA": self.tr("Saudi Arabia"),
            "JP": self.tr("Japan"),
            "TW": self.tr("Taiwan"),
            "XX": self.tr("Another country"),
        }
        set_choices(
            self.destination,
            [("", self.tr("Not taken abroad"))] + [(c, countries[c]) for c in DESTINATIONS],
            default="",
        )


class ReferralPage(IntakePage):
    FIELDS = ("referral_source", "referral_organisation", "referral_contact",
              "referral_reason", "exploitation_types")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("referralPage")
        self.source = QComboBox()
        self.source.setObjectName("referralSource")
        self.source.setMaximumWidth(CHOICE_WIDTH)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("referralOrganisation")
        self.organisation.setMaxLength(200)
        self.contact = QLineEdit()
        self.contact.setObjectName("referralContact")
        self.contact.setMaxLength(200)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("referralReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.exploitation: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        for position, kind in enumerate(EXPLOITATION_LABELS):
            box = QCheckBox()
            box.setObjectName(f"exploitation_{kind.value}")
            self.exploitation[kind.value] = box
            grid.addWidget(box, position // 2, position % 2)
        grid.setColumnStretch(2, 1)
        exploitation_box = QWidget()
        exploitation_box.setLayout(grid)
        self.labels = [QLabel() for _ in range(5)]
        form = self.form()
        self.add_row(form, self.labels[0], self.source, "referral_source")
        self.add_row(form, self.labels[1], self.organisation, "referral_organisation")
        self.add_row(form, self.labels[2], self.contact, "referral_contact")
        self.add_row(form, self.labels[3], self.reason, "referral_reason")
        self.add_row(form, self.labels[4], exploitation_box, "exploitation_types")
        self.inputs["exploitation_types"] = next(iter(self.exploitation.values()))
        self.body.addLayout(form)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.retranslate()

    def contribute(self, values: Values) -> None:
        values.update(
            referral_source=combo_value(self.source),
            referral_organisation=self.organisation.text(),
            referral_contact=self.contact.text(),
            referral_reason=self.reason.toPlainText(),
            exploitation_types=tuple(k for k, box in self.exploitation.items() if box.isChecked()),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Referral"))
        self.setSubTitle(self.tr("Who referred the resident to the shelter, and why."))
        texts = [
            self.tr("Referred &by:"),
            self.tr("&Organisation:"),
            self.tr("&Contact person:"),
            self.tr("&Reason for referral:"),
            self.tr("Forms of exploitation:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.organisation.setPlaceholderText(self.tr("e.g. the provincial anti-trafficking police"))
        self.contact.setPlaceholderText(self.tr("Name and phone of the person who referred"))
        set_choices(
            self.source,
            [("", self.tr("Not recorded"))]
            + [(source.value, vocab(label)) for source, label in REFERRAL_LABELS.items()],
            default="",
        )
        for kind, label in EXPLOITATION_LABELS.items():
            self.exploitation[kind.value].setText(vocab(label))


class LegalPage(IntakePage):
    FIELDS = ("legal_court", "legal_case_number", "legal_status")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("legalPage")
        self.status = QComboBox()
        self.status.setObjectName("legalStatus")
        self.status.setMaximumWidth(CHOICE_WIDTH)
        self.court = QLineEdit()
        self.court.setObjectName("legalCourt")
        self.court.setMaxLength(200)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("legalCaseNumber")
        self.case_number.setMaxLength(64)
        self.labels = [QLabel() for _ in range(3)]
        form = self.form()
        self.add_row(form, self.labels[0], self.status, "legal_status")
        self.add_row(form, self.labels[1], self.court, "legal_court")
        self.add_row(form, self.labels[2], self.case_number, "legal_case_number")
        self.body.addLayout(form)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.retranslate()

    def contribute(self, values: Values) -> None:
        values.update(
            legal_status=combo_value(self.status) or LegalCaseStatus.NONE.value,
            legal_court=self.court.text(),
            legal_case_number=self.case_number.text(),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Legal case"))
        self.setSubTitle(self.tr("A complaint or court case about what happened, if there is one."))
        texts = [self.tr("&Status:"), self.tr("C&ourt:"), self.tr("Court &case number:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.court.setPlaceholderText(self.tr("e.g. Phnom Penh Municipal Court"))
        set_choices(
            self.status,
            [(s.value, vocab(label)) for s, label in LEGAL_STATUS_LABELS.items()],
            default=LegalCaseStatus.NONE.value,
        )


class HealthPage(IntakePage):
    FIELDS = ("hiv_status", "pregnant", "health_notes")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("healthPage")
        self.notice = _wrapped("sensitiveNotice")
        self.notice.setStyleSheet(
            "QLabel#sensitiveNotice { background: #fff8e1; border: 1px solid #e7cf7e; "
            "border-radius: 6px; padding: 8px 10px; color: #5c4400; }"
        )
        self.hiv = QComboBox()
        self.hiv.setObjectName("hivStatus")
        self.hiv.setMaximumWidth(CHOICE_WIDTH)
        self.pregnant = QCheckBox()
        self.pregnant.setObjectName("pregnant")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("healthNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        self.labels = [QLabel() for _ in range(3)]
        form = self.form()
        self.add_row(form, self.labels[0], self.hiv, "hiv_status")
        self.add_row(form, self.labels[1], self.pregnant, "pregnant")
        self.add_row(form, self.labels[2], self.notes, "health_notes")
        self.body.addWidget(self.notice)
        self.body.addLayout(form)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.retranslate()

    def contribute(self, values: Values) -> None:
        values.update(
            hiv_status=combo_value(self.hiv) or HivStatus.UNKNOWN.value,
            pregnant=self.pregnant.isChecked(),
            health_notes=self.notes.toPlainText(),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Health on intake"))
        self.setSubTitle(self.tr("What the case team needs to know to care for the resident."))
        self.notice.setText(
            self.tr(
                "These answers are sensitive. They are kept encrypted and shown only to the case "
                "team (counselors and house managers), never in summaries or exports. Record "
                "only what the resident agreed to share."
            )
        )
        texts = [self.tr("&HIV status:"), self.tr("Pregnancy:"), self.tr("Health &notes:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.pregnant.setText(self.tr("&Pregnant at admission"))
        self.notes.setPlaceholderText(
            self.tr("Injuries, illnesses, medicines, allergies, appointments needed…")
        )
        set_choices(
            self.hiv,
            [
                (HivStatus.UNKNOWN.value, self.tr("Not known / not tested")),
                (HivStatus.NEGATIVE.value, self.tr("Negative")),
                (HivStatus.POSITIVE.value, self.tr("Positive")),
                (HivStatus.NOT_DISCLOSED.value, self.tr("Does not wish to say")),
            ],
            default=HivStatus.UNKNOWN.value,
        )


class ConsentRow:
    """One consent type: recorded or not, given or refused, by whom, on which day."""

    def __init__(self, consent_type: ConsentType, today: date) -> None:
        self.consent_type = consent_type
        self.label = _wrapped()
        self.state = QComboBox()
        self.state.setObjectName(f"consent_{consent_type.value}")
        self.giver = QComboBox()
        self.giver.setObjectName(f"consentGiver_{consent_type.value}")
        self.day = date_edit(today)
        self.day.setObjectName(f"consentDate_{consent_type.value}")
        self.error = FieldError()
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()

    def _state_changed(self) -> None:
        recorded = bool(combo_value(self.state))
        self.giver.setEnabled(recorded)
        self.day.setEnabled(recorded)

    def consent(self) -> ConsentInput | None:
        state = combo_value(self.state)
        if not state:
            return None
        return ConsentInput(
            consent_type=self.consent_type.value,
            given=state == GIVEN,
            given_by=combo_value(self.giver) or ConsentGiver.RESIDENT.value,
            recorded_on=to_date(self.day.date()),
        )

    def by_guardian(self) -> bool:
        return bool(combo_value(self.state)) and (
            combo_value(self.giver) == ConsentGiver.GUARDIAN.value
        )


class ConsentPage(IntakePage):
    FIELDS = ("consents",)

    def __init__(self, today: date) -> None:
        super().__init__()
        self.setObjectName("consentPage")
        self.intro = _wrapped()
        self.rows = [ConsentRow(kind, today) for kind in ConsentType]
        self.headers = [QLabel() for _ in range(4)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for column, header in enumerate(self.headers):
            header.setObjectName("fieldCaption")
            grid.addWidget(header, 0, column)
        for number, row in enumerate(self.rows):
            line = 1 + number * 2
            grid.addWidget(row.label, line, 0)
            grid.addWidget(row.state, line, 1)
            grid.addWidget(row.giver, line, 2)
            grid.addWidget(row.day, line, 3)
            grid.addWidget(row.error, line + 1, 0, 1, 4)
            row.label.setBuddy(row.state)
            row.giver.currentIndexChanged.connect(self._update_guardian)
            row.state.currentIndexChanged.connect(self._update_guardian)
        grid.setColumnStretch(0, 1)
        # "No consent to care" is shown right under the care-and-records row.
        self.consent_error = self.rows[0].error
        self.errors["consents"] = self.consent_error
        self.inputs["consents"] = self.rows[0].state

        self.guardian_box = QGroupBox()
        self.guardian_box.setObjectName("guardianBox")
        self.guardian_intro = _wrapped()
        self.guardian_name = QLineEdit()
        self.guardian_name.setObjectName("guardianName")
        self.guardian_relation = QComboBox()
        self.guardian_relation.setEditable(True)
        self.guardian_relation.setObjectName("guardianRelation")
        self.guardian_relation.setMaximumWidth(CHOICE_WIDTH)
        self.guardian_phone = QLineEdit()
        self.guardian_phone.setObjectName("guardianPhone")
        self.guardian_address = QLineEdit()
        self.guardian_address.setObjectName("guardianAddress")
        self.guardian_labels = [QLabel() for _ in range(4)]
        self.guardian_errors: dict[str, FieldError] = {}
        guardian_form = self.form()
        for label, field, name in zip(
            self.guardian_labels,
            (self.guardian_name, self.guardian_relation, self.guardian_phone,
             self.guardian_address),
            ("name", "relation", "phone", "address"),
            strict=True,
        ):
            error = FieldError()
            self.guardian_errors[name] = error
            label.setBuddy(field)
            guardian_form.addRow(label, with_error(field, error))
        guardian_layout = QVBoxLayout(self.guardian_box)
        guardian_layout.addWidget(self.guardian_intro)
        guardian_layout.addLayout(guardian_form)

        self.body.addWidget(self.intro)
        self.body.addLayout(grid)
        self.body.addWidget(self.guardian_box)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self._update_guardian()
        self.retranslate()

    def _update_guardian(self) -> None:
        self.guardian_box.setVisible(any(row.by_guardian() for row in self.rows))

    def row(self, consent_type: ConsentType) -> ConsentRow:
        return next(r for r in self.rows if r.consent_type is consent_type)

    def recorded_rows(self) -> list[ConsentRow]:
        return [row for row in self.rows if row.consent() is not None]

    def guardian(self) -> ContactInput | None:
        if not any(row.by_guardian() for row in self.rows):
            return None
        return ContactInput(
            relation=self.guardian_relation.currentText(),
            name=self.guardian_name.text(),
            phone=self.guardian_phone.text(),
            address=self.guardian_address.text(),
            is_guardian=True,
        )

    def contribute(self, values: Values) -> None:
        values["consents"] = tuple(
            consent for consent in (row.consent() for row in self.rows) if consent is not None
        )
        guardian = self.guardian()
        values["contacts"] = (guardian,) if guardian is not None else ()

    def owns(self, field: str) -> bool:
        return super().owns(field) or (self.guardian() is not None and field.startswith("contacts[0]."))

    def label_for(self, field: str) -> FieldError:
        if field.startswith("contacts[0]."):
            return self.guardian_errors.get(field.split(".", 1)[1], self.page_error)
        if field.startswith("consents["):
            number = int(field[len("consents["):].split("]", 1)[0])
            rows = self.recorded_rows()
            if 0 <= number < len(rows):
                return rows[number].error
        return super().label_for(field)

    def clear_problems(self) -> None:
        super().clear_problems()
        for row in self.rows:
            row.error.clear_problems()
        for error in self.guardian_errors.values():
            error.clear_problems()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Consent"))
        self.setSubTitle(
            self.tr("Explain each point in a language the resident understands, then record "
                    "the answer.")
        )
        self.intro.setText(
            self.tr(
                "Consent to care and to keeping a case file is needed before the intake can be "
                "saved. For a child, or someone who cannot decide alone, a guardian may give it."
            )
        )
        headers = [self.tr("Consent to"), self.tr("Answer"), self.tr("Given by"), self.tr("On")]
        for header, text in zip(self.headers, headers, strict=True):
            header.setText(text)
        for row in self.rows:
            row.label.setText(vocab(CONSENT_LABELS[row.consent_type]))
            set_choices(
                row.state,
                [("", self.tr("Not asked yet")), (GIVEN, self.tr("Given")),
                 (REFUSED, self.tr("Not given"))],
                default="",
            )
            set_choices(
                row.giver,
                [(ConsentGiver.RESIDENT.value, self.tr("The resident")),
                 (ConsentGiver.GUARDIAN.value, self.tr("A guardian"))],
                default=ConsentGiver.RESIDENT.value,
            )
            localize_date_edit(row.day)
            row._state_changed()
        self.guardian_box.setTitle(self.tr("The guardian who gave consent"))
        self.guardian_intro.setText(
            self.tr("Saved as a contact of the resident, marked as guardian.")
        )
        texts = [self.tr("Guardian's &name:"), self.tr("&Relation:"), self.tr("&Phone:"),
                 self.tr("A&ddress:")]
        for label, text in zip(self.guardian_labels, texts, strict=True):
            label.setText(text)
        fill_relations(self.guardian_relation)


RELATIONS = (
    QT_TRANSLATE_NOOP("Relations", "Mother"),
    QT_TRANSLATE_NOOP("Relations", "Father"),
    QT_TRANSLATE_NOOP("Relations", "Grandmother"),
    QT_TRANSLATE_NOOP("Relations", "Grandfather"),
    QT_TRANSLATE_NOOP("Relations", "Aunt"),
    QT_TRANSLATE_NOOP("Relations", "Uncle"),
    QT_TRANSLATE_NOOP("Relations", "Sister"),
    QT_TRANSLATE_NOOP("Relations", "Brother"),
    QT_TRANSLATE_NOOP("Relations", "Husband or partner"),
    QT_TRANSLATE_NOOP("Relations", "Legal guardian"),
    QT_TRANSLATE_NOOP("Relations", "Village chief"),
    QT_TRANSLATE_NOOP("Relations", "Neighbour"),
)


def fill_relations(combo: QComboBox) -> None:
    """Common relations as suggestions (in the current language); any other text may be
    typed. The relation is stored as typed."""
    typed = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItems([QCoreApplication.translate("Relations", r) for r in RELATIONS])
    combo.setCurrentIndex(-1)
    combo.setEditText(typed)
    combo.blockSignals(False)


class ContactsPage(IntakePage):
    """Family members and other contacts: a small form and the list of those added."""

    FIELDS = ("contacts",)
    NAME, RELATION, PHONE, GUARDIAN, SAFETY = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("contactsPage")
        self.contacts: list[ContactInput] = []
        self.intro = _wrapped()
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.setObjectName("contactRelation")
        self.relation.setMaximumWidth(CHOICE_WIDTH)
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.address = QLineEdit()
        self.address.setObjectName("contactAddress")
        self.is_guardian = QCheckBox()
        self.is_guardian.setObjectName("contactGuardian")
        self.safety = QComboBox()
        self.safety.setObjectName("contactSafety")
        self.safety.setMaximumWidth(CHOICE_WIDTH)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addContactButton")
        self.add_button.clicked.connect(self.add_contact)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeContactButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.form_errors: dict[str, FieldError] = {}
        self.form_labels = [QLabel() for _ in range(6)]
        form = self.form()
        for label, field, name in zip(
            self.form_labels,
            (self.name, self.relation, self.phone, self.address, self.safety, self.is_guardian),
            ("name", "relation", "phone", "address", "safety_flag", "is_guardian"),
            strict=True,
        ):
            error = FieldError()
            self.form_errors[name] = error
            label.setBuddy(field)
            form.addRow(label, with_error(field, error))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        self.form_box = QGroupBox()
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("contactsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        khmer = QFont(self.table.font())
        khmer.setFamilies(["Noto Sans Khmer"])
        self.table.verticalHeader().setDefaultSectionSize(
            max(QFontMetrics(self.table.font()).height(), QFontMetrics(khmer).height()) + 12
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.empty = _wrapped("emptyContacts")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.empty)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.remove_button)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.form_box)
        self.body.addWidget(self.table)
        self.body.addLayout(list_buttons)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.inputs["contacts"] = self.name
        self.errors["contacts"] = self.page_error
        self.retranslate()

    # ---- the form -----------------------------------------------------------------------

    def form_contact(self) -> ContactInput:
        return ContactInput(
            relation=self.relation.currentText(),
            name=self.name.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            is_guardian=self.is_guardian.isChecked(),
            safety_flag=combo_value(self.safety) or SafetyFlag.NONE.value,
        )

    def form_is_empty(self) -> bool:
        return not any(
            text.strip()
            for text in (self.name.text(), self.relation.currentText(), self.phone.text(),
                         self.address.text())
        )

    def add_contact(self) -> bool:
        """Check the form, add it to the list and clear it; False (problems shown) if not."""
        for error in self.form_errors.values():
            error.clear_problems()
        contact = normalise_contact(self.form_contact())
        problems = contact_problems(contact)
        for problem in problems:
            self.form_errors.get(problem.field, self.page_error).add_problem(problem)
        if problems:
            field = {"name": self.name, "relation": self.relation, "phone": self.phone,
                     "address": self.address}.get(problems[0].field, self.name)
            field.setFocus()
            return False
        self.contacts.append(contact)
        self._refresh_table()
        for edit in (self.name, self.phone, self.address):
            edit.clear()
        self.relation.setCurrentIndex(-1)
        self.relation.setEditText("")
        self.is_guardian.setChecked(False)
        self.safety.setCurrentIndex(0)
        self.name.setFocus()
        return True

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.contacts):
            del self.contacts[row]
            self._refresh_table()

    def _refresh_table(self) -> None:
        self.table.setRowCount(len(self.contacts))
        safety = {flag.value: vocab(label) for flag, label in SAFETY_LABELS.items()}
        for row, contact in enumerate(self.contacts):
            cells = [
                contact.name,
                contact.relation,
                contact.phone,
                self.tr("Yes") if contact.is_guardian else "",
                safety.get(contact.safety_flag, contact.safety_flag),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.SAFETY and contact.safety_flag != SafetyFlag.NONE.value:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.contacts))
        self.remove_button.setVisible(bool(self.contacts))
        self.empty.setVisible(not self.contacts)

    # ---- the page -----------------------------------------------------------------------

    def offset(self) -> int:
        """How many contacts come before this page's (the guardian from the consent page)."""
        return 1 if self.wiz().consent_page.guardian() is not None else 0

    def owns(self, field: str) -> bool:
        if not field.startswith("contacts["):
            return False
        number = int(field[len("contacts["):].split("]", 1)[0])
        return number >= self.offset()

    def contribute(self, values: Values) -> None:
        values["contacts"] = tuple(values.get("contacts", ())) + tuple(self.contacts)

    def local_problems(self) -> bool:
        # A filled-in form that was not added yet is added now (or its problems shown).
        if self.form_is_empty():
            return False
        return not self.add_contact()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Family and other contacts"))
        self.setSubTitle(
            self.tr("Optional. Mark anyone the resident must not be put in contact with.")
        )
        self.intro.setText(
            self.tr(
                "Fill in one person and press Add; repeat for each. A safety flag is shown "
                "wherever contact with this person is planned."
            )
        )
        self.form_box.setTitle(self.tr("Add a person"))
        texts = [self.tr("&Name:"), self.tr("&Relation:"), self.tr("&Phone:"),
                 self.tr("A&ddress:"), self.tr("&Safety:"), self.tr("Guardian:")]
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.is_guardian.setText(self.tr("This person is the resident's &guardian"))
        self.add_button.setText(self.tr("&Add to the list"))
        self.remove_button.setText(self.tr("Re&move selected"))
        self.empty.setText(self.tr("No contacts added yet."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("Guardian"),
             self.tr("Safety")]
        )
        set_choices(
            self.safety,
            [(flag.value, vocab(label)) for flag, label in SAFETY_LABELS.items()],
            default=SafetyFlag.NONE.value,
        )
        fill_relations(self.relation)
        self._refresh_table()


class AssignmentPage(IntakePage):
    FIELDS = ("risk_level", "counselor_id", "mosvy_number")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("assignmentPage")
        self.risk = QComboBox()
        self.risk.setObjectName("riskLevel")
        self.risk.setMaximumWidth(CHOICE_WIDTH)
        self.counselor = QComboBox()
        self.counselor.setObjectName("counselor")
        self.counselor.setMaximumWidth(CHOICE_WIDTH)
        self.mosvy = QLineEdit()
        self.mosvy.setObjectName("mosvyNumber")
        self.mosvy.setMaxLength(64)
        self.counselors: list[StaffMember] = []
        self._loaded = False
        self.labels = [QLabel() for _ in range(3)]
        form = self.form()
        self.add_row(form, self.labels[0], self.risk, "risk_level")
        self.add_row(form, self.labels[1], self.counselor, "counselor_id")
        self.add_row(form, self.labels[2], self.mosvy, "mosvy_number")
        self.load_error = ErrorLabel()
        self.body.addLayout(form)
        self.body.addWidget(self.load_error)
        self.body.addWidget(self.page_error)
        self.body.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        if self._loaded:
            return
        wizard = self.wiz()
        services, user = wizard.services, wizard.user
        wizard.runner.run_op(
            self,
            lambda: services.staff.counselors(user),
            self._counselors_loaded,
            self.tr("Loading counselors…"),
            self.load_error.show_error,
        )

    def _counselors_loaded(self, counselors: list[StaffMember]) -> None:
        self._loaded = True
        self.counselors = list(counselors)
        self.load_error.clear_error()
        self._fill_counselors()
        user = self.wiz().user
        if any(c.id == user.id for c in self.counselors) and combo_value(self.counselor) is None:
            self.counselor.setCurrentIndex(self.counselor.findData(str(user.id)))

    def _fill_counselors(self) -> None:
        set_choices(
            self.counselor,
            [("", self.tr("Not assigned yet"))]
            + [(str(c.id), c.display_name) for c in self.counselors],
            default="",
        )

    def contribute(self, values: Values) -> None:
        counselor = combo_value(self.counselor)
        values.update(
            risk_level=combo_value(self.risk) or RiskLevel.MEDIUM.value,
            counselor_id=int(counselor) if counselor else None,
            mosvy_number=self.mosvy.text(),
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Case assignment"))
        self.setSubTitle(self.tr("How urgent the case is and who holds it."))
        texts = [self.tr("&Risk level:"), self.tr("&Counselor:"), self.tr("&MoSVY number:")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.mosvy.setPlaceholderText(self.tr("If the ministry has given one (optional)"))
        set_choices(
            self.risk,
            [(level.value, QCoreApplication.translate("Residents", label))
             for level, label in RISK_LABELS.items()],
            default=RiskLevel.MEDIUM.value,
        )
        self._fill_counselors()


class ReviewPage(QWizardPage):
    """What will be saved, and the Save button (a commit page: no going back after)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewPage")
        self.setCommitPage(True)
        self._busy = False
        self._in_validate = False
        self.intro = _wrapped()
        self.summary = QFormLayout()
        self.summary.setHorizontalSpacing(20)
        self.summary.setVerticalSpacing(6)
        self.summary.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems_label = FieldError()
        self.problems_label.setObjectName("reviewProblems")
        self.error_label = ErrorLabel()
        self.status = _wrapped("savingLabel")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(16, 4, 16, 8)
        column.setSpacing(12)
        column.addWidget(self.intro)
        column.addLayout(self.summary)
        column.addWidget(self.problems_label)
        column.addWidget(self.error_label)
        column.addWidget(self.status)
        column.addStretch(1)
        scroll = page_scroll(box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def wiz(self) -> IntakeWizard:
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self.problems_label.clear_problems()
        self.error_label.clear_error()
        self.retranslate()
        self._fill_summary(force=True)

    def summary_rows(self) -> list[tuple[str, str]]:
        wizard = self.wiz()
        intake = wizard.intake()
        language = current_language()
        if intake.date_of_birth is not None:
            birth = format_day(intake.date_of_birth)
        elif intake.birth_year is not None:
            birth = self.tr("about {year} (estimated)").format(year=intake.birth_year)
        else:
            birth = self.tr("not known")
        sexes = {s.value: vocab(label) for s, label in SEX_LABELS.items()}
        consents = []
        for consent in intake.consents:
            what = vocab(CONSENT_LABELS[ConsentType(consent.consent_type)])
            answer = self.tr("given") if consent.given else self.tr("not given")
            who = (self.tr("by a guardian") if consent.given_by == ConsentGiver.GUARDIAN.value
                   else self.tr("by the resident"))
            consents.append(
                self.tr("{what}: {answer} {who}, {day}").format(
                    what=what, answer=answer, who=who, day=format_day(consent.recorded_on)
                )
            )
        counselor = wizard.assignment_page.counselor.currentText()
        legal_page, health_page = wizard.legal_page, wizard.health_page
        legal = ", ".join(
            part for part in (legal_page.status.currentText(), intake.legal_court.strip(),
                              intake.legal_case_number.strip()) if part
        )
        health = health_page.hiv.currentText()
        if intake.pregnant:
            health += "; " + self.tr("pregnant")
        origin = geography.origin_text(
            intake.province_code, intake.district_code, intake.commune_code,
            intake.village_code, language,
        )
        return [
            (self.tr("Name in Khmer"), intake.name_khmer),
            (self.tr("Name in Latin letters"), intake.name_latin),
            (self.tr("Alias"), intake.alias),
            (self.tr("Sex"), sexes.get(intake.sex, "")),
            (self.tr("Born"), birth),
            (self.tr("Admitted on"), format_day(intake.admission_date)),
            (self.tr("Origin"), origin or self.tr("not recorded")),
            (self.tr("Taken to"), wizard.origin_page.destination.currentText()),
            (self.tr("Referred by"), wizard.referral_page.source.currentText()),
            (self.tr("Exploitation"), ", ".join(
                box.text() for box in wizard.referral_page.exploitation.values()
                if box.isChecked()
            )),
            (self.tr("Legal case"), legal),
            (self.tr("Health"), health),
            (self.tr("Consent"), "\n".join(consents) or self.tr("none recorded")),
            (self.tr("Contacts"), self.tr("{count} recorded").format(count=len(intake.contacts))),
            (self.tr("Risk level"), wizard.assignment_page.risk.currentText()),
            (self.tr("Counselor"), counselor),
        ]

    def _fill_summary(self, force: bool = False) -> None:
        """Rebuild the summary; on language change only while this page is shown."""
        if self.wizard() is None or not (force or self.wiz().currentPage() is self):
            return
        while self.summary.rowCount():
            self.summary.removeRow(0)
        for caption, value in self.summary_rows():
            caption_label = QLabel(caption)
            caption_label.setObjectName("fieldCaption")
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            value_label = _wrapped()
            value_label.setText(value or "—")
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary.addRow(caption_label, value_label)

    def validatePage(self) -> bool:
        wizard = self.wiz()
        if wizard.created is not None:
            return True
        if self._busy:
            return False
        self.problems_label.clear_problems()
        self.error_label.clear_error()
        problems = wizard.problems()
        if problems:
            self.show_problems(problems)
            return False
        intake = normalise_intake(wizard.intake())
        services, user = wizard.services, wizard.user
        self._set_busy(True)
        self._in_validate = True
        try:
            wizard.runner.run_op(
                self,
                lambda: services.residents.create(user, intake),
                self._saved,
                self.tr("Saving the case file…"),
                self._failed,
            )
        finally:
            self._in_validate = False
        return wizard.created is not None

    def show_problems(self, problems: Sequence[IntakeProblem]) -> None:
        """List every problem here (with the page it is on) and put each by its field."""
        wizard = self.wiz()
        wizard.show_problems_on_pages(problems)
        for problem in problems:
            page = wizard.page_for(problem.field)
            self.problems_label.add_message(
                lambda p=problem, pg=page: f"{pg.title()}: {problem_text(p)}"
                if pg is not None else problem_text(p)
            )

    def _saved(self, changed: Any) -> None:
        self._set_busy(False)
        wizard = self.wiz()
        wizard.record_created(changed.value)
        if not self._in_validate:
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, IntakeInvalid):
            self.show_problems(error.problems)
        elif isinstance(error, ShelterError):
            self.error_label.show_error(error)
        else:
            show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        wizard = self.wiz()
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            button = wizard.button(which)
            if button is not None:
                button.setEnabled(not busy)
        self.status.setText(self.tr("Saving the case file…") if busy else "")
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and save"))
        self.setSubTitle(self.tr("Read it through once more. Saving creates the case file."))
        self.intro.setText(
            self.tr("Press Save to create the case file. A case number is given automatically.")
        )
        self._fill_summary()


class DonePage(QWizardPage):
    """The case file exists: its case number, and a way to open it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("donePage")
        self.message = _wrapped()
        self.case_number = QLabel()
        self.case_number.setObjectName("caseNumber")
        self.case_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.case_number.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 2)
        font.setBold(True)
        self.case_number.setFont(font)
        self.case_number.setStyleSheet("color: #1f5470;")
        self.next_steps = _wrapped()
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFileButton")
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 8)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(self.case_number)
        layout.addSpacing(6)
        layout.addWidget(self.next_steps)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def wiz(self) -> IntakeWizard:
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self.retranslate()

    def _open(self) -> None:
        created = self.wiz().created
        if created is not None:
            self.wiz().open_instead(created.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The case file was created"))
        self.setSubTitle(self.tr("Write the case number on paper forms and consent sheets."))
        wizard = self.wizard()
        created = wizard.created if isinstance(wizard, IntakeWizard) else None
        if created is not None:
            name = created.name_khmer or created.name_latin
            if created.name_khmer and created.name_latin:
                name = f"{created.name_khmer} ({created.name_latin})"
            self.message.setText(self.tr("The case file of {name} has the case number:").format(name=name))
            self.case_number.setText(created.case_number)
        self.next_steps.setText(
            self.tr("The resident is now in the Residents list. Open the file to add a photo, "
                    "documents and the first counseling note.")
        )
        self.open_button.setText(self.tr("&Open the case file"))


class StepList(QWidget):
    """The steps of the intake down the left side, the current one in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeSteps")
        self.setStyleSheet(
            "QWidget#intakeSteps { background: #eef2f5; }"
            "QLabel { padding: 5px 10px; color: #4f5b67; border-radius: 5px; }"
            "QLabel[current=\"true\"] { color: #16465e; background: #d7e7f0; font-weight: bold; }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(190)
        self.setMaximumWidth(230)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(10, 14, 10, 14)
        self.column.setSpacing(2)
        self.labels: list[QLabel] = []
        self.column.addStretch(1)

    def set_steps(self, titles: list[str], current: int) -> None:
        while len(self.labels) < len(titles):
            label = _wrapped()
            self.column.insertWidget(len(self.labels), label)
            self.labels.append(label)
        for number, (label, title) in enumerate(zip(self.labels, titles, strict=False)):
            label.setText(f"{number + 1}. {title}")
            label.setProperty("current", number == current)
            label.style().unpolish(label)
            label.style().polish(label)


# ---- the wizard -------------------------------------------------------------------------


class IntakeWizard(QWizard):
    """Admits a new resident. Emits ``resident_created(id)`` once saved, and
    ``open_resident_requested(id)`` (then closes) when the user chooses to open an existing
    resident found by the duplicate check, or the new file."""

    resident_created = Signal(int)
    open_resident_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.services = services
        self.user = user
        self.runner = runner
        self.created: ResidentDetail | None = None
        today = self.today()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.identity_page = IdentityPage(today)
        self.origin_page = OriginPage()
        self.referral_page = ReferralPage()
        self.legal_page = LegalPage()
        self.health_page = HealthPage()
        self.consent_page = ConsentPage(today)
        self.contacts_page = ContactsPage()
        self.assignment_page = AssignmentPage()
        self.duplicate_page = DuplicatePage()
        self.review_page = ReviewPage()
        self.done_page = DonePage()
        self.intake_pages: list[IntakePage] = [
            self.identity_page, self.origin_page, self.referral_page, self.legal_page,
            self.health_page, self.consent_page, self.contacts_page, self.assignment_page,
        ]
        self.all_pages: list[QWizardPage] = [
            *self.intake_pages, self.duplicate_page, self.review_page, self.done_page,
        ]
        for page in self.all_pages:
            self.addPage(page)
        for page in self.intake_pages:
            page.watch_changes()
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()  # QWizard's own connection goes straight to reject()
        cancel.clicked.connect(self._cancel_clicked)
        self.steps = StepList()
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(lambda _id: self._update_steps())
        self.setMinimumSize(980, 700)
        self.retranslate()

    @staticmethod
    def today() -> date:
        """The local date: admissions and consents are dated as the staff see the calendar."""
        return date.today()

    # ---- the intake ---------------------------------------------------------------------

    def intake(self) -> ResidentIntake:
        """Everything typed so far, as the service takes it (not yet normalised)."""
        values: Values = {}
        for page in self.intake_pages:
            page.contribute(values)
        return ResidentIntake(**values)

    def problems(self) -> list[IntakeProblem]:
        """Every problem of the intake so far, by the domain rules."""
        intake = normalise_intake(self.intake())
        problems = validate_intake(intake, self.today())
        if not intake.sex:
            # The rules would say "'' is not one of the choices": say what to do instead.
            problems = [p for p in problems if p.field != "sex"]
            problems.insert(0, IntakeProblem("sex", SEX_MISSING))
        return problems

    def page_for(self, field: str) -> IntakePage | None:
        for page in self.intake_pages:
            if page.owns(field):
                return page
        return None

    def show_problems_on_pages(self, problems: Iterable[IntakeProblem]) -> None:
        for page in self.intake_pages:
            page.clear_problems()
        for problem in problems:
            page = self.page_for(problem.field)
            if page is not None:
                page.label_for(problem.field).add_problem(problem)

    def record_created(self, detail: ResidentDetail) -> None:
        self.created = detail
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.resident_created.emit(detail.id)

    def open_instead(self, resident_id: int) -> None:
        """Open an existing (or the new) resident's file: tell the owner and close."""
        self.open_resident_requested.emit(resident_id)
        self.done(QWizard.DialogCode.Accepted if self.created else QWizard.DialogCode.Rejected)

    # ---- closing ------------------------------------------------------------------------

    def has_input(self) -> bool:
        intake = self.intake()
        return bool(
            intake.name_khmer.strip() or intake.name_latin.strip() or intake.alias.strip()
            or intake.consents or intake.contacts or intake.referral_reason.strip()
            or intake.health_notes.strip()
        )

    # The user's ways of closing (Cancel, Escape, the window's close button) ask before
    # throwing away what was typed; reject() and close() called by the program (sign-out,
    # quitting) do not ask.

    def confirm_discard(self) -> bool:
        """True if closing may go ahead: nothing typed, already saved, or the user agrees."""
        if self.created is not None or not self.has_input():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard this intake?"),
            self.tr("Nothing has been saved yet. Close the intake and discard what was typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _cancel_clicked(self) -> None:
        if self.confirm_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self._cancel_clicked()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    # ---- text ---------------------------------------------------------------------------

    def _update_steps(self) -> None:
        titles = [self.tr("Identity"), self.tr("Origin"), self.tr("Referral"),
                  self.tr("Legal case"), self.tr("Health"), self.tr("Consent"),
                  self.tr("Contacts"), self.tr("Case assignment"), self.tr("Already known?"),
                  self.tr("Check and save"), self.tr("Case number")]
        current = self.all_pages.index(self.currentPage()) if self.currentPage() in self.all_pages else 0
        self.steps.set_steps(titles, current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New resident – intake"))
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.CommitButton: self.tr("&Save"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        self._update_steps()
