"""Documents tab and viewer: attach with checks and the warning about the original, view PDFs
and images from memory (no temp file), profile photo, remove with confirmation."""

from __future__ import annotations

import io
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from factories import add_resident
from PySide6.QtCore import QDir
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
)
from reportlab.pdfgen import canvas

from shelter_desktop.domain.roles import Role
from shelter_desktop.ui.document_viewer import DocumentViewer, ImagePane, PdfPane
from shelter_desktop.ui.documents_tab import (
    ADDED_BY,
    KIND,
    SIZE,
    TITLE,
    TYPE,
    DocumentsTab,
)
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.op_runner import SynchronousOpRunner

from ..services.test_documents import _png_chunk, make_jpeg, make_pdf, make_png


class RecordingRunner(SynchronousOpRunner):
    """Runs at once, and remembers which calls went through run_long."""

    def __init__(self) -> None:
        super().__init__()
        self.long_labels: list[str] = []

    def run_long(self, parent, fn, on_success, label, on_error=None):  # type: ignore[no-untyped-def]
        self.long_labels.append(label)
        super().run_long(parent, fn, on_success, label, on_error)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of warning boxes, instead of blocking on a modal box."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def runner() -> RecordingRunner:
    return RecordingRunner()


def make_tab(shelter: Any, qtbot: Any, runner: RecordingRunner, role: Role = Role.COUNSELOR):
    resident = add_resident(shelter.services.database)
    tab = DocumentsTab(shelter.services, shelter.users[role], runner, resident)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    tab.refresh()
    return tab


@pytest.fixture
def tab(shelter: Any, qtbot: Any, runner: RecordingRunner) -> DocumentsTab:
    return make_tab(shelter, qtbot, runner)


def attach(tab: DocumentsTab, path: Path, title: str, kind: str | None = None) -> None:
    """Go through the attach dialog as a user would; leaves the 'original file' notice open."""
    tab.attach_file(path)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    if kind is not None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.title_edit.setText(title)
    dialog.attach_button.click()


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def noise_png(width: int, height: int) -> bytes:
    """A PNG of random pixels: it does not compress, so it is large."""
    import struct

    rows = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", zlib.compress(rows, 1))
        + _png_chunk(b"IEND", b"")
    )


# ---- attach ----------------------------------------------------------------------------------


def test_attach_a_photo_lists_it_as_profile_photo_and_offers_to_delete_the_original(
    tab: DocumentsTab, tmp_path: Path, qtbot: Any
) -> None:
    assert tab.empty.isVisible() and not tab.table.isVisible()
    original = write(tmp_path, "IMG_0042.jpg", make_jpeg())
    tab.attach_file(original)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.chosen_kind() == "photo"  # an image is most likely a photo
    assert "JPEG image" in dialog.type_label.text()
    assert "not encrypted" in dialog.notice.text()
    dialog.title_edit.setText("Photo on admission")
    dialog.attach_button.click()

    assert [d.title for d in tab.documents()] == ["Photo on admission"]
    assert tab.table.isVisible()
    row = [tab.table.item(0, c).text() for c in range(tab.table.columnCount())]
    assert row[KIND] == "Photo (profile photo)"
    assert row[TITLE] == "Photo on admission"
    assert row[TYPE] == "JPEG image"
    assert row[ADDED_BY] == "Test counselor"
    number, unit = row[SIZE].split()
    assert float(number) > 0 and unit in ("bytes", "kB")
    assert tab.table.item(0, TITLE).font().bold()
    assert tab.selected() is not None and tab.selected().title == "Photo on admission"

    notice = tab.notice
    assert notice is not None and notice.isVisible()
    assert "NOT encrypted" in notice.informativeText()
    assert str(original) in notice.informativeText()
    button(notice, "Delete the original file").click()
    assert not original.exists()
    assert "was deleted" in tab.status.text()


def test_keeping_the_original_leaves_it_in_place(
    tab: DocumentsTab, tmp_path: Path, runner: RecordingRunner
) -> None:
    original = write(tmp_path, "scan.pdf", make_pdf(pages=2))
    attach(tab, original, "Court summons", kind="court_paper")
    assert tab.notice is not None
    button(tab.notice, "Keep it").click()
    assert original.exists()
    assert tab.documents()[0].kind == "court_paper"
    assert runner.long_labels == []  # a small file needs no progress dialog


def test_the_file_dialog_passes_the_chosen_file(
    tab: DocumentsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = write(tmp_path, "form.png", make_png())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(original), "")
    )
    tab.attach()
    assert tab.dialog is not None
    assert tab.dialog.file_label.text() == "form.png"
    assert tab.dialog.folder_label.toolTip() == str(tmp_path)
    tab.dialog.cancel_button.click()
    assert tab.dialog is None and tab.documents() == []


def test_a_large_file_is_attached_with_a_progress_dialog(
    tab: DocumentsTab, tmp_path: Path, runner: RecordingRunner
) -> None:
    content = noise_png(1100, 800)
    assert len(content) > 2 * 1024 * 1024
    attach(tab, write(tmp_path, "big.png", content), "Large scan", kind="other")
    assert runner.long_labels == ["Encrypting and saving the document…"]
    assert tab.documents()[0].size_bytes == len(content)


def test_a_title_is_required_in_the_dialog(tab: DocumentsTab, tmp_path: Path) -> None:
    tab.attach_file(write(tmp_path, "a.pdf", make_pdf()))
    dialog = tab.dialog
    assert dialog is not None
    dialog.title_edit.setText("   ")
    dialog.attach_button.click()
    assert dialog.isVisible()
    assert "short title" in dialog.error_label.text()
    assert tab.documents() == []


REFUSED = {
    "a Word file named .pdf": (
        "letter.pdf", b"PK\x03\x04\x14\x00word/document.xml" * 10, "Only PDF, JPEG and PNG"
    ),
    "an empty file": ("empty.jpg", b"", "is empty"),
    "a cut-off PNG": ("cut.png", make_png()[:-20], "This PNG file is damaged"),
    "a PDF Qt cannot read": (
        "junk.pdf", b"%PDF-1.4\nthis is not a pdf at all\n%%EOF\n", "This PDF file is damaged"
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_unusable_files_are_refused_before_any_dialog(
    tab: DocumentsTab, tmp_path: Path, warnings: list[str], case: str
) -> None:
    name, content, sentence = REFUSED[case]
    tab.attach_file(write(tmp_path, name, content))
    assert tab.dialog is None
    assert len(warnings) == 1 and sentence in warnings[0]
    assert tab.documents() == []


def test_a_password_protected_pdf_is_refused(
    tab: DocumentsTab, tmp_path: Path, warnings: list[str]
) -> None:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt="secret")
    pdf.drawString(72, 720, "locked")
    pdf.save()
    tab.attach_file(write(tmp_path, "locked.pdf", out.getvalue()))
    assert tab.dialog is None
    assert len(warnings) == 1 and "protected with a password" in warnings[0]


def test_a_missing_file_is_explained(
    tab: DocumentsTab, tmp_path: Path, warnings: list[str]
) -> None:
    tab.attach_file(tmp_path / "gone.pdf")
    assert len(warnings) == 1 and "could not be read" in warnings[0]


# ---- view ------------------------------------------------------------------------------------


def _open_viewer(tab: DocumentsTab, title: str) -> DocumentViewer:
    before = len(tab.viewers)
    tab.select_document(next(d.id for d in tab.documents() if d.title == title))
    tab.view_button.click()
    assert len(tab.viewers) == before + 1
    viewer = tab.viewers[-1]
    QApplication.processEvents()
    return viewer


def test_viewing_creates_no_file_in_the_temp_folder(
    shelter: Any, tab: DocumentsTab, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents, user = shelter.services.documents, shelter.users[Role.COUNSELOR]
    rid = tab.resident_id
    documents.attach(user, rid, "court_paper", "Summons", make_pdf(pages=3))
    documents.attach(user, rid, "photo", "Photo", make_jpeg(800, 600))
    documents.attach(user, rid, "consent_form", "Consent", make_png())
    tab.refresh()

    # Python and Qt both take the temp folder from TMPDIR: point it at an empty folder.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == private_tmp
    assert Path(QDir.tempPath()) == private_tmp
    data_files = sorted(p.name for p in Path(shelter.access.data_dir.root).rglob("*"))
    before = sorted(os.listdir(tempfile.gettempdir()))

    for title in ("Summons", "Photo", "Consent"):
        viewer = _open_viewer(tab, title)
        assert viewer.isVisible() and viewer.is_readable()
        viewer.pane.zoom_by(1.25)
        viewer.close()
    qtbot.waitUntil(lambda: tab.viewers == [])

    assert sorted(os.listdir(tempfile.gettempdir())) == before == []
    assert sorted(p.name for p in Path(shelter.access.data_dir.root).rglob("*")) == data_files


def test_pdf_viewer_pages_and_zoom(shelter: Any, tab: DocumentsTab, qtbot: Any) -> None:
    shelter.services.documents.attach(
        shelter.users[Role.COUNSELOR], tab.resident_id, "court_paper", "Summons", make_pdf(pages=3)
    )
    tab.refresh()
    viewer = _open_viewer(tab, "Summons")
    pane = viewer.pane
    assert isinstance(pane, PdfPane)
    assert pane.page_count() == 3
    assert pane.page_count_label.text() == "of 3"
    assert not pane.previous_button.isEnabled() and pane.next_button.isEnabled()
    pane.next_button.click()
    assert pane.current_page() == 1 and pane.page_spin.value() == 2
    pane.page_spin.setValue(3)
    assert pane.current_page() == 2 and not pane.next_button.isEnabled()
    pane.previous_button.click()
    assert pane.current_page() == 1

    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = pane.effective_zoom()
    pane.zoom_in_button.click()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pane.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert pane.zoom_label.text() == f"{round(fitted * 125)} %"
    QApplication.processEvents()
    assert pane.current_page() == 1 and pane.page_spin.value() == 2  # still on the same page
    pane.fit_page_button.click()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert pane.effective_zoom() < fitted

    texts = [b.text().lower() for b in viewer.findChildren(QAbstractButton)]
    assert not [t for t in texts if "save" in t or "export" in t or "print" in t]

    document = pane.document
    viewer.close()
    assert document.status() == QPdfDocument.Status.Null  # released as the window closed
    qtbot.waitUntil(lambda: tab.viewers == [])


def test_image_viewer_fits_zooms_and_rotates(shelter: Any, tab: DocumentsTab, qtbot: Any) -> None:
    shelter.services.documents.attach(
        shelter.users[Role.COUNSELOR], tab.resident_id, "photo", "Photo", make_jpeg(1600, 1000)
    )
    tab.refresh()
    viewer = _open_viewer(tab, "Photo")
    pane = viewer.pane
    assert isinstance(pane, ImagePane)
    assert (pane.image.width(), pane.image.height()) == (1600, 1000)
    assert pane.fitting and pane.scale < 1.0
    area = pane.scroll.viewport().size()
    assert pane.pixmap().width() <= area.width() and pane.pixmap().height() <= area.height()

    pane.actual_size_button.click()
    assert not pane.fitting and pane.scale == 1.0
    assert (pane.pixmap().width(), pane.pixmap().height()) == (1600, 1000)
    pane.zoom_in_button.click()
    assert pane.scale == pytest.approx(1.25) and pane.zoom_label.text() == "125 %"
    pane.zoom_out_button.click()
    pane.rotate_right_button.click()
    assert (pane.pixmap().width(), pane.pixmap().height()) == (1000, 1600)
    pane.fit_button.click()
    assert pane.fitting and pane.fit_button.isChecked()

    viewer.reject()
    assert pane.image.isNull()  # released as the window closed
    qtbot.waitUntil(lambda: tab.viewers == [])


def test_locking_the_screen_closes_an_open_viewer(signed_in: Any, qtbot: Any) -> None:
    """The main window rejects every dialog it owns when it locks; the viewer then lets go of
    the document."""
    window = signed_in.open(Role.COUNSELOR)
    services, user = signed_in.services, signed_in.user(Role.COUNSELOR)
    resident = add_resident(services.database)
    services.documents.attach(user, resident, "photo", "Photo", make_png())
    tab = DocumentsTab(services, user, signed_in.runner, resident, window)
    tab.refresh()
    viewer = _open_viewer(tab, "Photo")
    pane = viewer.pane
    assert isinstance(viewer, QDialog) and viewer.isVisible()
    window.lock()
    assert not viewer.isVisible()
    assert isinstance(pane, ImagePane) and pane.image.isNull()
    qtbot.waitUntil(lambda: tab.viewers == [])


# ---- profile photo and remove -----------------------------------------------------------------


def test_set_profile_photo_and_remove_with_confirmation(
    shelter: Any, tab: DocumentsTab, qtbot: Any
) -> None:
    documents, user = shelter.services.documents, shelter.users[Role.COUNSELOR]
    rid = tab.resident_id
    first = documents.attach(user, rid, "photo", "First photo", make_png()).value
    second = documents.attach(user, rid, "photo", "Second photo", make_jpeg()).value
    paper = documents.attach(user, rid, "court_paper", "Summons", make_pdf()).value
    tab.refresh()
    changes: list[Any] = []
    tab.changed.connect(changes.append)

    tab.select_document(paper.id)
    assert not tab.profile_button.isEnabled()
    tab.select_document(first.id)
    assert not tab.profile_button.isEnabled()  # already the profile photo
    tab.select_document(second.id)
    assert tab.profile_button.isEnabled()
    tab.profile_button.click()
    assert [d.id for d in tab.documents() if d.is_profile_photo] == [second.id]
    assert changes and changes[-1].touches("profile_photo")
    assert documents.profile_photo(user, rid) == documents.content(user, second.id)

    tab.select_document(paper.id)
    tab.remove_button.click()
    box = tab.confirmation
    assert box is not None and "Summons" in box.text()
    assert "cannot be brought back" in box.informativeText()
    button(box, "Cancel").click()
    assert len(tab.documents()) == 3
    tab.select_document(paper.id)
    tab.remove_button.click()
    button(tab.confirmation, "Remove document").click()
    assert [d.id for d in tab.documents()] == [second.id, first.id]
    assert changes[-1].touches("document")


def test_house_manager_sees_the_same_actions(
    shelter: Any, qtbot: Any, runner: RecordingRunner
) -> None:
    tab = make_tab(shelter, qtbot, runner, Role.HOUSE_MANAGER)
    assert tab.attach_button.isVisible() and tab.remove_button.isVisible()
    assert "No documents yet" in tab.empty.text()


def test_a_data_officer_gets_an_explained_refusal(
    shelter: Any, qtbot: Any, runner: RecordingRunner, warnings: list[str]
) -> None:
    """The tab is never shown to a data officer; if it were, the service still says no."""
    tab = make_tab(shelter, qtbot, runner, Role.DATA_OFFICER)
    assert not tab.attach_button.isVisible()
    assert len(warnings) == 1 and "not allowed" in warnings[0]
    assert "not allowed" in tab.status.text()


def test_switching_language_keeps_the_list(
    shelter: Any, tab: DocumentsTab, qapp: Any
) -> None:
    shelter.services.documents.attach(
        shelter.users[Role.COUNSELOR], tab.resident_id, "other", "Letter", make_pdf()
    )
    tab.refresh()
    install_language("km")
    qapp.processEvents()
    assert tab.table.rowCount() == 1 and tab.table.item(0, TITLE).text() == "Letter"
    header = tab.table.horizontalHeaderItem(KIND).text()
    install_language("en")
    qapp.processEvents()
    assert tab.table.horizontalHeaderItem(KIND).text() == "Kind"
    assert header  # translated or not, never empty
