"""Screenshots of a resident's Documents tab and the in-app viewer, to look at them (not a test).

Creates a throw-away shelter in a temp folder (the key stays in an in-memory store), attaches a
few synthetic documents (a drawn "SAMPLE" card, a generated PDF; no real photo or paper) and
saves PNGs of the tab (English and Khmer), the attach dialog, the notice about the original
file, and the viewer showing a PDF and an image:

    xvfb-run -a -s "-screen 0 1366x850x24" .venv/bin/python tools/screenshot_documents.py [OUT_DIR]
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from shelter_desktop.domain.roles import Role
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import NewShelter, ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.documents_tab import DocumentsTab
from shelter_desktop.ui.i18n import install_language, register_fonts
from shelter_desktop.ui.op_runner import SynchronousOpRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from factories import add_resident  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"
PASSWORD = "start-pass-2026"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def sample_card(width: int = 1200, height: int = 900) -> bytes:
    """A plain coloured card with SAMPLE on it, drawn with QPainter, as JPEG bytes."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor("#cfe3ec"))
    gradient.setColorAt(1, QColor("#9cc3d5"))
    painter.fillRect(image.rect(), gradient)
    card = QRectF(width * 0.12, height * 0.15, width * 0.76, height * 0.7)
    painter.setPen(QPen(QColor("#2b6a8a"), 6))
    painter.setBrush(QColor("#f5f7f9"))
    painter.drawRoundedRect(card, 40, 40)
    painter.setBrush(QColor("#8fb0c2"))
    painter.setPen(Qt.PenStyle.NoPen)
    head = QRectF(card.left() + 80, card.top() + 90, 220, 220)
    painter.drawEllipse(head)
    painter.drawRoundedRect(QRectF(head.left() - 40, head.bottom() + 20, 300, 200), 100, 100)
    painter.setPen(QColor("#2b6a8a"))
    font = QFont("Noto Sans", 72)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(
        QRectF(card.left() + 340, card.top(), card.width() - 360, card.height()),
        Qt.AlignmentFlag.AlignCenter, "SAMPLE",
    )
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)
    return bytes(buffer.data().data())


def sample_form_png() -> bytes:
    """A drawn one-page 'form' with empty lines, as PNG bytes."""
    image = QImage(850, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setPen(QColor("#1d2733"))
    painter.setFont(QFont("Noto Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRectF(0, 60, 850, 60), Qt.AlignmentFlag.AlignCenter, "SAMPLE FORM")
    painter.setFont(QFont("Noto Sans", 12))
    for row in range(14):
        y = 200 + row * 56
        painter.drawText(80, y - 8, f"Field {row + 1}")
        painter.drawLine(260, y, 770, y)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def sample_pdf(pages: int = 3) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for page in range(pages):
        pdf.setFillColor(Color(0.93, 0.95, 0.97))
        pdf.rect(40, 40, width - 80, height - 80, fill=1, stroke=0)
        pdf.setFillColor(Color(0.1, 0.15, 0.2))
        pdf.setFont("Helvetica-Bold", 22)
        pdf.drawCentredString(width / 2, height - 110, "SAMPLE DOCUMENT")
        pdf.setFont("Helvetica", 12)
        pdf.drawCentredString(width / 2, height - 135, "Synthetic court paper for screenshots")
        for line in range(22):
            y = height - 200 - line * 24
            pdf.drawString(80, y, f"Line {line + 1} of page {page + 1}: lorem ipsum dolor.")
        pdf.setFont("Helvetica-Oblique", 10)
        pdf.drawCentredString(width / 2, 60, f"Page {page + 1} of {pages}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def settle(ms: int = 600) -> None:
    """Let Qt PDF finish rendering its pages (it renders in the background)."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / name
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(_MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv)
    register_fonts()
    app.setStyleSheet((files("shelter_desktop.forms") / "app.qss").read_text(encoding="utf-8"))
    install_language("en")

    with tempfile.TemporaryDirectory() as folder:
        access = ShelterAccess(DataDir(Path(folder) / "data"), KeyStore())
        database, _created = access.create(
            NewShelter("Sample Shelter", "SS", "admin", "Administrator", PASSWORD)
        )
        services = Services(access, database)
        admin = services.auth.sign_in("admin", PASSWORD)
        sokha = "ចាន់ សុខា (Chan Sokha)"
        services.staff.add_staff(admin, "sokha", sokha, Role.COUNSELOR, PASSWORD)
        services.staff.add_staff(admin, "dara", "Dara Kim", Role.HOUSE_MANAGER, PASSWORD)
        counselor = services.auth.sign_in("sokha", PASSWORD)
        manager = services.auth.sign_in("dara", PASSWORD)
        resident = add_resident(database, case_number="SS-2026-0007")
        docs = services.documents
        card, pdf = sample_card(), sample_pdf()
        consent = "លិខិតយល់ព្រម (consent to shelter care)"
        docs.attach(counselor, resident, "consent_form", consent, sample_form_png())
        docs.attach(manager, resident, "court_paper", "Court summons, March 2026", pdf)
        health = "Health check on admission"
        docs.attach(counselor, resident, "medical_certificate", health, sample_pdf(1))
        docs.attach(counselor, resident, "photo", "Photo on admission", card)

        runner = SynchronousOpRunner()
        tab = DocumentsTab(services, counselor, runner, resident)
        tab.setWindowTitle("Documents")
        tab.resize(1180, 560)
        tab.show()
        tab.refresh()
        tab.select_document(tab.documents()[1].id)
        save(tab, "documents_tab.png")

        sample_dir = Path(folder) / "scanner"
        sample_dir.mkdir()
        original = sample_dir / "scan_0042.pdf"
        original.write_bytes(pdf)
        tab.attach_file(original)
        assert tab.dialog is not None
        tab.dialog.title_edit.setText("Police report, April 2026")
        tab.dialog.kind.setCurrentIndex(tab.dialog.kind.findData("court_paper"))
        save(tab.dialog, "documents_attach_dialog.png")
        tab.dialog.attach_button.click()
        assert tab.notice is not None
        save(tab.notice, "documents_original_notice.png")
        tab.notice.done(0)

        for title, name in (
            ("Court summons, March 2026", "documents_viewer_pdf.png"),
            ("Photo on admission", "documents_viewer_image.png"),
        ):
            tab.select_document(next(d.id for d in tab.documents() if d.title == title))
            tab.view_selected()
            viewer = tab.viewers[-1]
            viewer.resize(1100, 780)
            QApplication.processEvents()
            save(viewer, name)
            if name.endswith("pdf.png"):
                viewer.pane.next_button.click()  # type: ignore[union-attr]
                viewer.pane.zoom_in_button.click()  # type: ignore[union-attr]
                save(viewer, "documents_viewer_pdf_zoomed.png")
            viewer.close()

        tab.select_document(next(d.id for d in tab.documents() if d.kind == "court_paper"))
        tab.remove_selected()
        assert tab.confirmation is not None
        save(tab.confirmation, "documents_remove_confirmation.png")
        tab.confirmation.done(0)

        install_language("km")
        QApplication.processEvents()
        tab.refresh()
        save(tab, "documents_tab_km.png")
        tab.select_document(next(d.id for d in tab.documents() if d.kind == "photo"))
        tab.view_selected()
        viewer = tab.viewers[-1]
        viewer.resize(1100, 780)
        save(viewer, "documents_viewer_image_km.png")
        viewer.close()
        install_language("en")
        tab.close()
        services.close()


if __name__ == "__main__":
    main()
