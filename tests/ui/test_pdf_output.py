"""Printing and saving PDFs from the UI: saved bytes are exactly the PDF, printing renders every
page onto a QPrinter from memory (a PDF printer here, offscreen), the batch and blank-form
dialogs run their service calls and hand the PDF on."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from shelter_desktop.domain.roles import Role
from shelter_desktop.reports.follow_up_form_pdf import build_follow_up_form_pdf
from shelter_desktop.storage.models import CarePlanRow
from shelter_desktop.ui.batch_print_dialog import BatchPrintDialog
from shelter_desktop.ui.blank_forms_dialog import FOLLOW_UP, BlankFormsDialog
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.pdf_output import PdfOutputDialog, offer_pdf, print_pdf

from .conftest import NewResident, add_residents


@pytest.fixture
def pdf() -> bytes:
    data = build_follow_up_form_pdf("Test Shelter", "both", date(2026, 3, 5))
    assert len(PdfReader(io.BytesIO(data)).pages) == 2
    return data


def test_offer_pdf_then_save_writes_exactly_the_bytes(qtbot, pdf: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[PdfOutputDialog] = []
    offer_pdf(parent, SynchronousOpRunner(), lambda: pdf, "form.pdf", on_shown=shown.append)
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.pages == 2 and "2 pages" in dialog.message.text()
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF documents (*.pdf)"))
    dialog.choose_file()
    saved = tmp_path / "saved.pdf"  # ".pdf" added when the name has none
    assert saved.read_bytes() == pdf
    assert dialog.saved_to == saved
    assert [p.name for p in tmp_path.iterdir()] == ["saved.pdf"]  # no temporary file left


def test_save_cancelled_writes_nothing(qtbot, pdf: bytes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = PdfOutputDialog(pdf, "form.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    dialog.choose_file()
    assert dialog.saved_to is None and list(tmp_path.iterdir()) == []


def test_printing_to_a_pdf_printer_renders_every_page(qtbot, pdf: bytes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(pdf, printer) == 2
    printed = PdfReader(target)
    assert len(printed.pages) == 2
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 kept
    assert target.stat().st_size > 20_000  # pages carry rendered images, not blank paper


def test_errors_while_making_the_pdf_are_shown_not_raised(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from shelter_desktop.domain.errors import ShelterError
    from shelter_desktop.ui import op_runner

    shown_errors: list[BaseException] = []
    monkeypatch.setattr(op_runner, "show_error", lambda _parent, error: shown_errors.append(error))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs: list[PdfOutputDialog] = []

    def fail() -> bytes:
        raise ShelterError("No.")

    offer_pdf(parent, SynchronousOpRunner(), fail, "x.pdf", on_shown=dialogs.append)
    assert dialogs == [] and len(shown_errors) == 1


def test_batch_print_dialog_counts_and_prints_plans_due(signed_in, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = signed_in.services
    user = signed_in.user(Role.HOUSE_MANAGER)
    ids = add_residents(services, [NewResident("Sok Dara"), NewResident("Keo Sophea")])
    today = date.today()
    with services.database.session() as session, session.begin():
        for n, resident_id in enumerate(ids):
            session.add(CarePlanRow(
                resident_id=resident_id, version=1, previous_id=None, assessment_id=None,
                status="active", review_date=today + timedelta(days=10 + 40 * n), summary="",
                created_by=user.id, created_at=datetime(2026, 1, 1), updated_at=datetime(2026, 1, 1),
            ))  # fmt: skip
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = BatchPrintDialog(services, user, signed_in.runner, parent, today)
    qtbot.addWidget(dialog)
    assert dialog.chosen_until() == today + timedelta(days=30)
    assert dialog.count == 1 and dialog.print_button.isEnabled()
    assert "1 care plan" in dialog.count_label.text()
    dialog.until.setDate(dialog.until.date().addDays(60))
    assert dialog.count == 2 and "2 care plans" in dialog.count_label.text()
    dialog.language.setCurrentIndex(dialog.language.findData("km"))
    outputs: list[PdfOutputDialog] = []
    dialog.on_output = outputs.append
    dialog.print_button.click()
    assert len(outputs) == 1 and outputs[0].pages >= 2
    dialog.show()
    dialog.until.setDate(dialog.until.date().addYears(-5))
    assert dialog.count == 0 and not dialog.print_button.isEnabled()


def test_blank_forms_dialog_offers_each_template_and_the_follow_up_form(signed_in, qtbot) -> None:  # type: ignore[no-untyped-def]
    services = signed_in.services
    user = signed_in.user(Role.COUNSELOR)
    (resident_id,) = add_residents(services, [NewResident("Sok Dara")])
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = BlankFormsDialog(services, user, signed_in.runner, parent, resident_id)
    qtbot.addWidget(dialog)
    keys = [dialog.form_choice.itemData(i) for i in range(dialog.form_choice.count())]
    assert {"csi", "recovery", FOLLOW_UP} <= set(keys)
    assert all(dialog.form_choice.itemText(i) for i in range(dialog.form_choice.count()))
    outputs: list[PdfOutputDialog] = []
    dialog.on_output = outputs.append
    dialog.select_form("csi")
    dialog.print_button.click()
    dialog2 = BlankFormsDialog(services, user, signed_in.runner, parent)
    qtbot.addWidget(dialog2)
    dialog2.on_output = outputs.append
    dialog2.select_form(FOLLOW_UP)
    dialog2.print_button.click()
    assert len(outputs) == 2
    assert outputs[0].personal and not outputs[1].personal  # the warning only for a named form
    assert outputs[0].pages > outputs[1].pages >= 1


def test_ask_print_language_returns_the_code_or_none(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from shelter_desktop.ui.pdf_output import ask_print_language

    offered: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return items[2], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    assert ask_print_language(None) == "en"
    assert len(offered[0]) == 3
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("", False))
    assert ask_print_language(None) is None
