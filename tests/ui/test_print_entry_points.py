"""Where staff start printing: the Due work page (care plans due for review, blank forms) and a
resident's file (her assessment form, her follow-up visit form). Each opens the right dialog,
and the PDF it offers is real and audited."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from .conftest import NewResident, add_residents
from shelter_desktop.domain.roles import Role
from shelter_desktop.storage.models import AuditEventRow
from shelter_desktop.ui.batch_print_dialog import BatchPrintDialog
from shelter_desktop.ui.blank_forms_dialog import FOLLOW_UP, BlankFormsDialog
from shelter_desktop.ui.due_work_page import DueWorkPage
from shelter_desktop.ui.reintegration_tab import ReintegrationTab
from shelter_desktop.ui.assessments_tab import AssessmentsTab


def test_the_due_work_page_offers_batch_printing_and_blank_forms(signed_in, qtbot):
    services, runner = signed_in.services, signed_in.runner
    page = DueWorkPage(services, signed_in.user(Role.HOUSE_MANAGER), runner)
    qtbot.addWidget(page)
    assert page.batch_print_button.isVisibleTo(page) and page.blank_forms_button.isVisibleTo(page)
    assert page.batch_print_button.text() == "Print care plans due for review…"
    batch = page.open_batch_print()
    assert isinstance(batch, BatchPrintDialog) and batch.isVisible()
    batch.reject()
    forms = page.open_blank_forms()
    assert isinstance(forms, BlankFormsDialog) and forms.resident_id is None
    forms.reject()


def _printed(services, entity: str) -> list[AuditEventRow]:
    with services.database.session() as session:
        return list(session.scalars(
            select(AuditEventRow).where(AuditEventRow.action == "print",
                                        AuditEventRow.entity == entity)
        ))


def test_a_residents_file_prints_her_own_forms(signed_in, qtbot):
    services, runner = signed_in.services, signed_in.runner
    (resident,) = add_residents(
        services, [NewResident("Sophea Sok", admission_date=date.today() - timedelta(days=90))]
    )
    counselor = signed_in.user(Role.COUNSELOR)
    shown = []

    reintegration = ReintegrationTab(services, counselor, runner, resident)
    qtbot.addWidget(reintegration)
    dialog = reintegration.print_follow_up_form()
    assert dialog.resident_id == resident and dialog.form_choice.currentData() == FOLLOW_UP
    dialog.on_output = shown.append
    dialog.make_pdf()
    assert shown and shown[-1].data.startswith(b"%PDF") and shown[-1].personal
    assert [e.entity_id for e in _printed(services, "follow_up_form")] == [str(resident)]
    shown[-1].reject()

    assessments = AssessmentsTab(services, counselor, runner, resident)
    qtbot.addWidget(assessments)
    dialog = assessments.print_blank_form()
    assert dialog.resident_id == resident and dialog.form_choice.currentData() != FOLLOW_UP
    dialog.on_output = shown.append
    dialog.make_pdf()
    assert shown[-1].data.startswith(b"%PDF") and shown[-1].pages >= 1
    assert len(_printed(services, "assessment_form")) == 1
    shown[-1].reject()
