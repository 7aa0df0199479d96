"""The guided intake: end to end into the encrypted database, inline validation, the duplicate
check, the place-of-origin pickers, and retranslation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from shelter_desktop.domain import geography
from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.geo_picker import GeoPicker, PlaceCombo
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.intake_wizard import GIVEN, REFUSED, IntakeWizard
from shelter_desktop.ui.op_runner import SynchronousOpRunner

from .conftest import NewResident, add_residents

KHMER_NAME = "សុភា សុខ"
TODAY = date.today()


# ---- helpers ----------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a keyboard layout delivers it: one key event per character,
    carrying the character. (QTest.keyClicks only handles Latin-1 characters, so Khmer is sent
    as a Khmer keyboard layout would send it.)"""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def key_target(combo: PlaceCombo) -> QWidget:
    """Where the keyboard goes: the completion popup grabs it while it is open."""
    popup = combo.completer().popup()
    return popup if popup.isVisible() else combo.lineEdit()


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def next_page(qtbot, wizard: IntakeWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def no_message_box() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def fill_identity(qtbot, wizard: IntakeWizard, khmer: str = KHMER_NAME,  # type: ignore[no-untyped-def]
                  latin: str = "Sophea Sok", born: date | None = date(2009, 5, 4)) -> None:
    page = wizard.identity_page
    page.name_khmer.setFocus()
    type_text(page.name_khmer, khmer)
    qtbot.keyClicks(page.name_latin, latin)
    choose(page.sex, "female")
    page.date_of_birth.set_value(born)


def give_care_consent(wizard: IntakeWizard) -> None:
    row = wizard.consent_page.rows[0]
    choose(row.state, GIVEN)


@pytest.fixture
def open_wizard(shelter, qtbot) -> Iterator[Callable[..., IntakeWizard]]:  # type: ignore[no-untyped-def]
    made: list[IntakeWizard] = []

    install_language("en")  # English dates (dd/MM/yyyy) whatever the machine's locale

    def make(role: Role = Role.COUNSELOR) -> IntakeWizard:
        wizard = IntakeWizard(shelter.services, shelter.users[role], SynchronousOpRunner())
        with qtbot.waitActive(wizard):
            wizard.show()
            wizard.activateWindow()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()  # closed by the program: no "discard?" question
        wizard.deleteLater()


# ---- end to end -------------------------------------------------------------------------


def test_intake_end_to_end_creates_the_resident(shelter, open_wizard, qtbot):
    counselor = shelter.users[Role.COUNSELOR]
    wizard = open_wizard(Role.COUNSELOR)
    created: list[int] = []
    wizard.resident_created.connect(created.append)

    # Identity: the Khmer name typed with Khmer characters, the Latin one on the keyboard.
    fill_identity(qtbot, wizard)
    page = wizard.identity_page
    assert page.name_khmer.text() == KHMER_NAME
    qtbot.keyClicks(page.alias, "Pov")
    page.admission.setDate(page.admission.date().addDays(-2))
    page.languages["vi"].setChecked(True)
    next_page(qtbot, wizard)

    # Origin: typed and picked from the lists, in English and in Khmer.
    assert wizard.currentPage() is wizard.origin_page
    geo = wizard.origin_page.geo
    geo.province.setFocus()
    qtbot.keyClicks(geo.province.lineEdit(), "siem reap")
    qtbot.keyClick(key_target(geo.province), Qt.Key.Key_Return)
    assert geo.codes()[0] == "17"
    geo.district.setFocus()
    type_text(geo.district.lineEdit(), "អង្គរធំ")
    qtbot.keyClick(key_target(geo.district), Qt.Key.Key_Return)
    assert geo.codes()[1] == "1702"
    commune = geography.communes("1702")[0]
    geo.commune.set_code(commune.code)
    village = geography.villages(commune.code)[0]
    geo.village.set_code(village.code)
    choose(wizard.origin_page.destination, "TH")
    assert wizard.currentPage() is wizard.origin_page  # Enter in a picker never pages on
    next_page(qtbot, wizard)

    # Referral.
    referral = wizard.referral_page
    choose(referral.source, "anti_trafficking_police")
    qtbot.keyClicks(referral.organisation, "Provincial police")
    referral.reason.setPlainText("Found at the border.")
    referral.exploitation["forced_labour"].setChecked(True)
    next_page(qtbot, wizard)

    # Legal case.
    choose(wizard.legal_page.status, "investigation")
    qtbot.keyClicks(wizard.legal_page.court, "Siem Reap Provincial Court")
    qtbot.keyClicks(wizard.legal_page.case_number, "123/2026")
    next_page(qtbot, wizard)

    # Health on intake.
    health = wizard.health_page
    assert "only to the case team" in health.notice.text()
    choose(health.hiv, "negative")
    health.notes.setPlainText("Needs a dental check.")
    next_page(qtbot, wizard)

    # Consent: care given by a guardian (so the guardian form appears), photo refused.
    consent = wizard.consent_page
    assert consent.guardian_box.isHidden()
    give_care_consent(wizard)
    choose(consent.rows[0].giver, "guardian")
    assert not consent.guardian_box.isHidden()
    choose(consent.rows[1].state, REFUSED)
    qtbot.keyClicks(consent.guardian_name, "Chan Dara")
    consent.guardian_relation.setEditText("Aunt")
    qtbot.keyClicks(consent.guardian_phone, "012 345 678")
    next_page(qtbot, wizard)

    # Contacts: one person with a safety flag, added with the Add button.
    contacts = wizard.contacts_page
    qtbot.keyClicks(contacts.name, "Sok Vannak")
    contacts.relation.setEditText("Father")
    choose(contacts.safety, "no_contact")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    assert contacts.table.rowCount() == 1 and contacts.name.text() == ""
    next_page(qtbot, wizard)

    # Case assignment: the counselor doing the intake is chosen for her own caseload.
    assignment = wizard.assignment_page
    assert assignment.counselor.currentData() == str(counselor.id)
    choose(assignment.risk, "high")
    qtbot.keyClicks(assignment.mosvy, "MOSVY-77")
    next_page(qtbot, wizard)

    # Nobody like her yet: the duplicate check lets her through.
    assert wizard.currentPage() is wizard.duplicate_page
    assert wizard.duplicate_page.candidates == []
    assert wizard.duplicate_page.isComplete()
    next_page(qtbot, wizard)

    # Review, then Save.
    assert wizard.currentPage() is wizard.review_page
    summary = dict(wizard.review_page.summary_rows())
    assert summary["Name in Khmer"] == KHMER_NAME
    assert "Angkor Thum" in summary["Origin"] and "Siemreap" in summary["Origin"]
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.done_page
    assert wizard.created is not None
    assert created == [wizard.created.id]
    case_number = wizard.done_page.case_number.text()
    assert case_number == wizard.created.case_number
    assert case_number.startswith(f"TS-{TODAY.year}-")

    detail = shelter.services.residents.detail(counselor, created[0])
    assert detail.case_number == case_number
    assert (detail.name_khmer, detail.name_latin, detail.alias) == (KHMER_NAME, "Sophea Sok", "Pov")
    assert detail.sex == "female" and detail.date_of_birth == date(2009, 5, 4)
    assert not detail.birth_date_estimated
    assert detail.admission_date == TODAY - timedelta(days=2)
    assert detail.languages == ("km", "vi")
    assert (detail.province_code, detail.district_code) == ("17", "1702")
    assert (detail.commune_code, detail.village_code) == (commune.code, village.code)
    assert detail.destination_country == "TH"
    assert detail.referral_source == "anti_trafficking_police"
    assert detail.referral_reason == "Found at the border."
    assert detail.exploitation_types == ("forced_labour",)
    assert (detail.legal_status, detail.legal_case_number) == ("investigation", "123/2026")
    assert (detail.hiv_status, detail.health_notes) == ("negative", "Needs a dental check.")
    assert detail.risk_level == "high" and detail.counselor_id == counselor.id
    assert detail.mosvy_number == "MOSVY-77"
    consents = {(c.consent_type, c.given, c.given_by) for c in detail.consents}
    assert consents == {("care_and_records", True, "guardian"), ("photo", False, "resident")}


def test_estimated_year_of_birth_is_saved_as_estimated(shelter, open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard, born=None)
    page = wizard.identity_page
    page.birth_year_only.setChecked(True)
    assert page.birth_year.isEnabled() and not page.date_of_birth.isEnabled()
    page.birth_year.setValue(TODAY.year - 16)
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    while wizard.currentPage() is not wizard.done_page:
        next_page(qtbot, wizard)
    detail = shelter.services.residents.detail(shelter.users[Role.COUNSELOR], wizard.created.id)
    assert detail.birth_date_estimated
    assert detail.date_of_birth is not None and detail.date_of_birth.year == TODAY.year - 16


def test_dates_can_be_typed_from_the_keyboard(open_wizard, qtbot):
    page = open_wizard().identity_page
    assert page.date_of_birth.value() is None
    assert page.date_of_birth.text() == "Not entered"
    page.date_of_birth.setFocus()
    qtbot.keyClicks(page.date_of_birth, "04052009")
    assert page.date_of_birth.value() == date(2009, 5, 4)
    assert page.date_of_birth.text() == "04/05/2009"  # four-digit year, whatever the language
    page.birth_year_only.setChecked(True)
    page.birth_year.setFocus()
    page.birth_year.selectAll()
    qtbot.keyClicks(page.birth_year, "2010")
    assert page.birth_year.value() == 2010


def answer_next_question(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal question with ``button`` once it shows."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_cancel_asks_before_discarding_what_was_typed(open_wizard, qtbot):
    wizard = open_wizard()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.keyClicks(wizard.identity_page.name_latin, "Sophea")
    seen: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert seen == ["Nothing has been saved yet. Close the intake and discard what was typed?"]
    assert wizard.isVisible()
    assert wizard.identity_page.name_latin.text() == "Sophea"
    answer_next_question(qtbot, QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(seen) == 2
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_closing_by_the_program_does_not_ask(open_wizard, qtbot):
    wizard = open_wizard()
    qtbot.keyClicks(wizard.identity_page.name_latin, "Sophea")
    wizard.reject()  # e.g. signing out
    assert not wizard.isVisible()
    assert no_message_box()


# ---- validation -------------------------------------------------------------------------


def test_future_birth_date_is_explained_under_the_field(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard, born=TODAY + timedelta(days=3))
    next_page(qtbot, wizard)
    page = wizard.identity_page
    assert wizard.currentPage() is page
    error = page.errors["date_of_birth"]
    assert error.isVisible()
    assert error.text() == "The date of birth is in the future. Check the day, month and year."
    assert not page.errors["name_khmer"].isVisible()
    assert no_message_box()
    assert page.date_of_birth.hasFocus()
    # Corrected, the message goes at once, and the page lets her through.
    page.date_of_birth.set_value(date(2010, 1, 1))
    assert not error.isVisible()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.origin_page


def test_admission_before_birth_is_explained_under_the_admission_date(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard, born=date(2015, 6, 1))
    wizard.identity_page.admission.setDate(QDate(2014, 3, 1))
    next_page(qtbot, wizard)
    page = wizard.identity_page
    assert wizard.currentPage() is page
    assert page.errors["admission_date"].isVisible()
    assert page.errors["admission_date"].text().startswith(
        "The admission date is before the date of birth."
    )
    assert no_message_box()


def test_missing_names_and_sex_are_explained(open_wizard, qtbot):
    wizard = open_wizard()
    next_page(qtbot, wizard)
    page = wizard.identity_page
    assert wizard.currentPage() is page
    assert "At least one is needed" in page.errors["name_khmer"].text()
    assert page.errors["sex"].text() == "Choose the resident's sex from the list."
    assert "Enter the date of birth" in page.errors["date_of_birth"].text()


def test_missing_consent_is_explained_on_the_consent_page(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    consent = wizard.consent_page
    assert wizard.currentPage() is consent
    next_page(qtbot, wizard)
    assert wizard.currentPage() is consent
    assert consent.consent_error.isVisible()
    assert consent.consent_error.text().startswith("Record the resident's (or guardian's) consent")
    assert no_message_box()
    # A refusal is recorded, but is still no consent to care.
    choose(consent.rows[0].state, REFUSED)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is consent
    give_care_consent(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.contacts_page


def test_guardian_consent_needs_the_guardian_name(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    consent = wizard.consent_page
    give_care_consent(wizard)
    choose(consent.rows[0].giver, "guardian")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is consent
    assert consent.guardian_errors["name"].text() == "Enter the contact's name."
    assert consent.guardian_errors["relation"].isVisible()


def test_contact_form_explains_a_bad_phone_number(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    next_page(qtbot, wizard)
    contacts = wizard.contacts_page
    qtbot.keyClicks(contacts.name, "Sok Vannak")
    contacts.relation.setEditText("Father")
    qtbot.keyClicks(contacts.phone, "call the chief")
    # Next with a filled-in form tries to add it, and explains why it cannot.
    next_page(qtbot, wizard)
    assert wizard.currentPage() is contacts
    assert contacts.form_errors["phone"].text().startswith("The phone number may contain only")
    assert contacts.contacts == []


def test_save_checks_everything_again_and_points_to_the_field(open_wizard, qtbot):
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    while wizard.currentPage() is not wizard.review_page:
        next_page(qtbot, wizard)
    # Changed behind the page's back (as if edited, then navigated without Next):
    wizard.identity_page.date_of_birth.set_value(TODAY + timedelta(days=30))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.review_page
    assert wizard.created is None
    review_text = wizard.review_page.problems_label.text()
    assert review_text.startswith("Who is the new resident?: The date of birth is in the future.")
    assert "in the future" in wizard.identity_page.errors["date_of_birth"].text()


def test_a_problem_found_only_by_the_service_is_shown_by_its_field(shelter, open_wizard, qtbot):
    admin = shelter.users[Role.ADMINISTRATOR]
    colleague = shelter.services.staff.add_staff(
        admin, "colleague", "Colleague Counselor", Role.COUNSELOR, "colleague-pass-2026"
    ).value
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    for _ in range(2):
        next_page(qtbot, wizard)
    choose(wizard.assignment_page.counselor, str(colleague.id))
    while wizard.currentPage() is not wizard.review_page:
        next_page(qtbot, wizard)
    shelter.services.staff.set_active(admin, colleague.id, False)  # meanwhile, elsewhere
    next_page(qtbot, wizard)
    assert wizard.created is None and wizard.currentPage() is wizard.review_page
    assert "not an active counselor account" in wizard.review_page.problems_label.text()
    assert "not an active counselor account" in (
        wizard.assignment_page.errors["counselor_id"].text()
    )
    assert no_message_box()


# ---- duplicate check --------------------------------------------------------------------


def test_duplicate_check_offers_to_open_the_existing_resident(shelter, open_wizard, qtbot):
    [existing_id] = add_residents(
        shelter.services, [NewResident("Sophea Sok", KHMER_NAME, date_of_birth=date(2009, 5, 4))]
    )
    wizard = open_wizard()
    requested: list[int] = []
    wizard.open_resident_requested.connect(requested.append)
    fill_identity(qtbot, wizard, latin="Sophea  SOK")
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    for _ in range(3):
        next_page(qtbot, wizard)

    page = wizard.duplicate_page
    assert wizard.currentPage() is page
    assert [c.resident_id for c in page.candidates] == [existing_id]
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    card = page.cards[0]
    assert KHMER_NAME in card.name.text() and "Sophea Sok" in card.name.text()
    assert "The date of birth is the same." in card.reasons.text()
    assert page.status.text().startswith("One existing resident looks like this person.")

    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    assert requested == [existing_id]
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.created is None


def test_a_new_person_goes_on_past_the_duplicate_check(shelter, open_wizard, qtbot):
    add_residents(shelter.services, [NewResident("Sophea Sok", KHMER_NAME)])
    wizard = open_wizard()
    fill_identity(qtbot, wizard)
    for _ in range(5):
        next_page(qtbot, wizard)
    give_care_consent(wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    page = wizard.duplicate_page
    assert page.candidates
    qtbot.mouseClick(page.new_person_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.review_page
    next_page(qtbot, wizard)
    assert wizard.created is not None and wizard.created.name_khmer == KHMER_NAME


# ---- the place pickers ------------------------------------------------------------------


@pytest.fixture
def picker(qtbot) -> Iterator[GeoPicker]:  # type: ignore[no-untyped-def]
    """A picker in a window with a field after it, for Tab to go to."""
    window = QWidget()
    layout = QVBoxLayout(window)
    geo = GeoPicker()
    layout.addWidget(geo)
    layout.addWidget(QLineEdit())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield geo  # the window stays referenced until the test ends


def test_picker_cascades_and_clears_lower_levels(picker):
    assert picker.codes() == (None, None, None, None)
    assert picker.province.count() == 25
    assert not picker.district.isEnabled() and not picker.village.isEnabled()
    picker.set_codes("12", "1201", "120101")
    assert picker.codes() == ("12", "1201", "120101", None)
    assert picker.commune.count() == len(geography.communes("1201"))
    assert picker.village.isEnabled()
    village = geography.villages("120101")[1]
    picker.village.set_code(village.code)
    assert picker.codes()[3] == village.code
    changes: list[int] = []
    picker.changed.connect(lambda: changes.append(1))
    picker.province.set_code("17")
    assert picker.codes() == ("17", None, None, None)
    assert picker.district.count() == len(geography.districts("17"))
    assert not picker.commune.isEnabled() and picker.commune.count() == 0
    assert changes


def test_picker_filters_as_you_type_in_english(picker, qtbot):
    combo = picker.province
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "KAMPONG")
    labels = combo.visible_labels()
    assert labels and all("Kampong" in label for label in labels)
    assert combo.completer().popup().isVisible()
    qtbot.keyClick(key_target(combo), Qt.Key.Key_Down)
    qtbot.keyClick(key_target(combo), Qt.Key.Key_Down)
    qtbot.keyClick(key_target(combo), Qt.Key.Key_Return)
    assert picker.codes()[0] is not None
    assert combo.currentText() == labels[1]
    assert picker.district.isEnabled()


def test_picker_filters_in_khmer_and_ignores_spaces(picker, qtbot):
    combo = picker.province
    combo.setFocus()
    type_text(combo.lineEdit(), "ភ្នំ ពេញ")
    assert combo.visible_labels() == ["រាជធានីភ្នំពេញ — Phnom Penh"]
    qtbot.keyClick(key_target(combo), Qt.Key.Key_Return)
    assert picker.codes()[0] == "12"
    picker.district.setFocus()
    type_text(picker.district.lineEdit(), "ចំការ")
    assert any("Chamkar Mon" in label for label in picker.district.visible_labels())


def test_picker_leaving_with_one_match_picks_it_and_junk_is_undone(picker, qtbot):
    combo = picker.province
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "battam")
    qtbot.keyClick(key_target(combo), Qt.Key.Key_Tab)
    assert picker.codes()[0] == "02"
    picker.district.setFocus()
    qtbot.keyClicks(picker.district.lineEdit(), "no such place")
    qtbot.keyClick(key_target(picker.district), Qt.Key.Key_Tab)
    assert picker.codes()[1] is None
    assert picker.district.lineEdit().text() == ""


# ---- language ---------------------------------------------------------------------------


class MarkingTranslator(QTranslator):
    """Translates every plain string to upper case, to see what retranslates."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        if "{" in source_text or not source_text:
            return ""
        return source_text.upper()

    def isEmpty(self) -> bool:
        return False


def test_language_change_retranslates_titles_fields_and_problems(open_wizard, qtbot, qapp):
    wizard = open_wizard()
    next_page(qtbot, wizard)  # shows the problems on the first page
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        qapp.processEvents()
        page = wizard.identity_page
        assert page.title() == "WHO IS THE NEW RESIDENT?"
        assert wizard.windowTitle() == "NEW RESIDENT – INTAKE"
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&NEXT >"
        assert wizard.origin_page.title() == "WHERE IS THE RESIDENT FROM?"
        assert page.errors["sex"].text() == "CHOOSE THE RESIDENT'S SEX FROM THE LIST."
        assert page.sex.itemText(0) == "FEMALE"
        assert wizard.origin_page.geo.labels[0].text() == "&PROVINCE OR CAPITAL:"
        assert wizard.steps.labels[0].text() == "1. IDENTITY"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert wizard.identity_page.title() == "Who is the new resident?"
