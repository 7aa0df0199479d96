"""Print or save a PDF made by a service, without ever writing it to a temporary file.

``offer_pdf`` runs ``make_pdf`` through the op runner, then offers "Print…" (the system print
dialog; each page is rendered from memory with QtPdf onto the printer) and "Save as PDF…" (a file
the user chooses, written atomically). A saved PDF is not encrypted: the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..atomic_file import write_atomically
from .errors import show_error
from .op_runner import OpRunner, SynchronousOpRunner

Runner = OpRunner | SynchronousOpRunner
MAX_PRINT_DPI = 300  # enough for text; 600 dpi A4 pages would take 140 MB each in memory


class PdfUnreadable(Exception):
    """The bytes are not a PDF QtPdf can open (a programming error, never user input)."""


class _MemoryPdf:
    """A QPdfDocument read from bytes in memory (a QBuffer, no file)."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer()
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise PdfUnreadable(str(self.document.error()))

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def page_count(data: bytes) -> int:
    pdf = _MemoryPdf(data)
    try:
        return pdf.document.pageCount()
    finally:
        pdf.close()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Render every page of ``data`` onto ``printer`` at its resolution (at most 300 dpi);
    returns how many pages were printed."""
    pdf = _MemoryPdf(data)
    painter = QPainter()
    try:
        document = pdf.document
        first_size = document.pagePointSize(0)
        printer.setPageSize(QPageSize(first_size, QPageSize.Unit.Point))
        printer.setFullPage(True)  # the PDF has its own margins
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target_rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, pixels)
            scaled = pixels.scaled(target_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target_rect.topLeft(), scaled), image)
        return document.pageCount()
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


class PdfOutputDialog(QDialog):
    """"Print…", "Save as PDF…" or "Close" for a PDF held in memory."""

    def __init__(
        self, data: bytes, suggested_name: str, parent: QWidget | None = None,
        personal: bool = True,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.data = data
        self.personal = personal  # the PDF names residents: warn before saving
        self.suggested_name = suggested_name
        self.pages = page_count(data)
        self.saved_to: Path | None = None
        self.setModal(True)
        self.setMinimumWidth(440)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.print_button.setDefault(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print or save"))
        self.message.setText(
            self.tr("The document is ready: {pages} pages.").format(pages=self.pages)
            if self.pages != 1
            else self.tr("The document is ready: 1 page.")
        )
        self.warning.setVisible(self.personal)
        self.warning.setText(
            self.tr(
                "A saved PDF is not encrypted and holds residents' personal data. Keep it in "
                "a safe place, do not e-mail it, and delete it when it is no longer needed."
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    # -- printing ----------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        return print_pdf(self.data, printer)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as error:  # noqa: BLE001 - shown to the user, never raised
            show_error(self, error)
            return
        self.accept()

    # -- saving ------------------------------------------------------------------------

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        write_atomically(path, self.data)
        self.saved_to = path

    def choose_file(self) -> None:
        start = Path.home() / self.suggested_name
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(start), self.tr("PDF documents (*.pdf)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except OSError:
            QMessageBox.warning(
                self, self.tr("Save as PDF"),
                self.tr(
                    "The PDF could not be saved in {folder}. Check that the folder (or USB "
                    "stick) is still there and not full, or choose another place."
                ).format(folder=str(Path(name).parent)),
            )  # fmt: skip
            return
        self.accept()


def ask_print_language(parent: QWidget | None, default: str = "both") -> str | None:
    """Ask which language to print in: "both", "km" or "en"; None when the user cancels."""
    codes = ["both", "km", "en"]
    names = [
        QCoreApplication.translate("Printing", "Khmer and English side by side"),
        QCoreApplication.translate("Printing", "Khmer"),
        QCoreApplication.translate("Printing", "English"),
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Printing", "Print"),
        QCoreApplication.translate("Printing", "Language of the printout:"),
        names,
        codes.index(default) if default in codes else 0,
        False,
    )
    return codes[names.index(chosen)] if ok and chosen in names else None


def show_pdf(
    parent: QWidget | None, data: bytes, suggested_name: str, personal: bool = True
) -> PdfOutputDialog:
    """Offer "Print…" / "Save as PDF…" for ``data``; returns the (open, modal) dialog."""
    dialog = PdfOutputDialog(data, suggested_name, parent, personal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_pdf(
    parent: QWidget,
    runner: Runner,
    make_pdf: Callable[[], bytes],
    suggested_name: str,
    label: str = "",
    on_shown: Callable[[PdfOutputDialog], None] | None = None,
    personal: bool = True,
) -> None:
    """Make the PDF on the database worker (``make_pdf`` never touches a widget), then offer
    to print or save it. Errors are shown as usual; ``on_shown`` gets the dialog (tests)."""

    def ready(data: bytes) -> None:
        dialog = show_pdf(parent, data, suggested_name, personal)
        if on_shown is not None:
            on_shown(dialog)

    runner.run_op(parent, make_pdf, ready, label)
