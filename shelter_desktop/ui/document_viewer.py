"""View a document inside the app, from bytes in memory only.

Images are decoded from a QBuffer, PDFs are read by Qt PDF from a QBuffer: nothing is ever
written to a temp file, and there is deliberately no "Save as" (staff must not make plaintext
copies). When the viewer closes, the pixmap, the PDF document and the buffers are released.
Python cannot wipe an immutable ``bytes`` object; dropping every reference lets the memory go.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
        QTransform,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.documents import (
    DamagedDocument,
    DocumentRefused,
    MediaType,
    PasswordProtectedDocument,
)

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
# A zoomed image is a pixmap of its own; keep it below ~64 megapixels (256 MB) of memory.
MAX_ZOOMED_PIXELS = 64_000_000


def _buffer(content: bytes, parent: QWidget | None = None) -> QBuffer:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def _release(buffer: QBuffer | None) -> None:
    if buffer is not None:
        buffer.close()
        buffer.setData(QByteArray())


def decode_image(content: bytes) -> QImage:
    """Decode JPEG or PNG bytes, turned upright as the camera recorded (EXIF orientation)."""
    buffer = _buffer(content)
    try:
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        return reader.read()
    finally:
        _release(buffer)


def decode_problem(media_type: str, content: bytes) -> DocumentRefused | None:
    """Why Qt cannot show this file, or None: checked before a file is attached."""
    kind = MediaType(media_type)
    if kind.is_image:
        return DamagedDocument(type=kind.short_name) if decode_image(content).isNull() else None
    buffer = _buffer(content)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.error() == QPdfDocument.Error.IncorrectPassword:
            return PasswordProtectedDocument()
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return DamagedDocument(type=kind.short_name)
        return None
    finally:
        document.close()
        _release(buffer)


def _tool_button(shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QToolButton:
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    if shortcut is not None:
        button.setShortcut(QKeySequence(shortcut))
    return button


class ImagePane(QWidget):
    """An image in a scroll area: fit to window (until the user zooms), zoom, rotate."""

    def __init__(self, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = decode_image(content)
        self._fit = True
        self._scale = 1.0
        self._rotation = 0

        self.fit_button = _tool_button()
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(self.fit_to_window)
        self.zoom_out_button = _tool_button(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = _tool_button(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.actual_size_button = _tool_button(QKeySequence("Ctrl+0"))
        self.actual_size_button.clicked.connect(lambda: self.set_scale(1.0))
        self.rotate_left_button = _tool_button()
        self.rotate_left_button.clicked.connect(lambda: self.rotate(-90))
        self.rotate_right_button = _tool_button()
        self.rotate_right_button.clicked.connect(lambda: self.rotate(90))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("countLabel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))

        self.tools = QHBoxLayout()
        for widget in (
            self.fit_button, self.zoom_out_button, self.zoom_in_button,
            self.actual_size_button, self.zoom_label,
        ):
            self.tools.addWidget(widget)
        self.tools.addSpacing(16)
        self.tools.addWidget(self.rotate_left_button)
        self.tools.addWidget(self.rotate_right_button)
        self.tools.addStretch(1)

        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.label)
        self.scroll.setWidgetResizable(False)
        self.scroll.setBackgroundRole(self.backgroundRole())
        self.scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    # -- state -----------------------------------------------------------------------------

    @property
    def image(self) -> QImage:
        return self._image

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def fitting(self) -> bool:
        return self._fit

    def pixmap(self) -> QPixmap:
        return self.label.pixmap()

    def _oriented_size(self) -> tuple[int, int]:
        w, h = self._image.width(), self._image.height()
        return (h, w) if self._rotation % 180 else (w, h)

    def _max_scale(self) -> float:
        w, h = self._oriented_size()
        if w <= 0 or h <= 0:
            return MAX_ZOOM
        return max(MIN_ZOOM, min(MAX_ZOOM, math.sqrt(MAX_ZOOMED_PIXELS / (w * h))))

    # -- actions ---------------------------------------------------------------------------

    def fit_to_window(self) -> None:
        self._fit = True
        self._render()

    def zoom_by(self, factor: float) -> None:
        self.set_scale(self._scale * factor)

    def set_scale(self, scale: float) -> None:
        self._fit = False
        self._scale = max(MIN_ZOOM, min(self._max_scale(), scale))
        self._render()

    def rotate(self, degrees: int) -> None:
        self._rotation = (self._rotation + degrees) % 360
        self._render()

    def _fit_scale(self) -> float:
        w, h = self._oriented_size()
        area = self.scroll.viewport().size()
        if w <= 0 or h <= 0 or area.width() <= 0 or area.height() <= 0:
            return 1.0
        margin = 8
        scale = min((area.width() - margin) / w, (area.height() - margin) / h)
        return max(MIN_ZOOM, min(self._max_scale(), scale))

    def _render(self) -> None:
        self.fit_button.setChecked(self._fit)
        if self._image.isNull():
            self.label.clear()
            return
        if self._fit:
            self._scale = self._fit_scale()
        image = self._image
        if self._rotation:
            image = image.transformed(QTransform().rotate(self._rotation))
        w = max(1, round(image.width() * self._scale))
        h = max(1, round(image.height() * self._scale))
        mode = (
            Qt.TransformationMode.SmoothTransformation
            if self._scale < 4
            else Qt.TransformationMode.FastTransformation
        )
        # Drawn in device pixels on a high-DPI screen (150 %, 200 %): sharp, not upscaled.
        ratio = max(1.0, self.devicePixelRatioF())
        scaled = image.scaled(round(w * ratio), round(h * ratio),
                              Qt.AspectRatioMode.IgnoreAspectRatio, mode)
        pixmap = QPixmap.fromImage(scaled)
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)
        self.label.resize(w, h)
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(self._scale * 100)))
        self.zoom_in_button.setEnabled(self._scale < self._max_scale() - 1e-6)
        self.zoom_out_button.setEnabled(self._scale > MIN_ZOOM + 1e-6)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self._fit:
            QTimer.singleShot(0, self._render_if_alive)
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _render_if_alive(self) -> None:
        if self._fit and not self._image.isNull():
            self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def release(self) -> None:
        self.scroll.viewport().removeEventFilter(self)
        self.label.clear()
        self._image = QImage()

    def retranslate(self) -> None:
        self.fit_button.setText(self.tr("Fit to window"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.actual_size_button.setText(self.tr("Actual size"))
        self.actual_size_button.setToolTip(self.tr("Actual size (Ctrl+0)"))
        self.rotate_left_button.setText(self.tr("Rotate left"))
        self.rotate_right_button.setText(self.tr("Rotate right"))
        if not self._image.isNull():
            self._render()


class PdfPane(QWidget):
    """A PDF read by Qt PDF from a buffer over the bytes: pages, page navigation, zoom."""

    def __init__(self, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = _buffer(content, self)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.previous_button = _tool_button(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(1, self.document.pageCount()))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.page_spin.setMinimumWidth(self.page_spin.fontMetrics().horizontalAdvance("88888") + 40)
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel()
        self.next_button = _tool_button(QKeySequence(Qt.Key.Key_PageDown))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.fit_width_button = _tool_button()
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button = _tool_button()
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.zoom_out_button = _tool_button(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = _tool_button(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("countLabel")

        self.tools = QHBoxLayout()
        for widget in (
            self.previous_button, self.page_spin, self.page_count_label, self.next_button,
        ):
            self.tools.addWidget(widget)
        self.tools.addSpacing(16)
        for widget in (
            self.fit_width_button, self.fit_page_button, self.zoom_out_button,
            self.zoom_in_button, self.zoom_label,
        ):
            self.tools.addWidget(widget)
        self.tools.addStretch(1)

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _factor: self._update_zoom_label())
        self.view.zoomModeChanged.connect(lambda _mode: self._update_zoom_label())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        self.fit_width()
        self.retranslate()

    # -- state -----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def effective_zoom(self) -> float:
        """The zoom factor on screen, also while a fit mode is on (Qt then reports 1.0)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() < 1:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page()))
        dpi = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        area = self.view.viewport().size()
        width = (area.width() - margins.left() - margins.right()) / (page.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(MIN_ZOOM, width)
        height = (area.height() - margins.top() - margins.bottom()) / (page.height() * dpi)
        return max(MIN_ZOOM, min(width, height))

    # -- actions ---------------------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        if self.page_count() < 1:
            return
        page = max(0, min(self.page_count() - 1, page))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page_changed(page)

    def fit_width(self) -> None:
        self._zoom_keeping_page(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._zoom_keeping_page(QPdfView.ZoomMode.FitInView)

    def zoom_by(self, factor: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.effective_zoom() * factor))
        self._zoom_keeping_page(QPdfView.ZoomMode.Custom, zoom)

    def _zoom_keeping_page(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        """Change the zoom and keep the same spot in the middle of the view.

        Qt keeps the scroll offset in pixels, which after a zoom points at another page; the
        scroll bars are moved to the same relative position instead.
        """
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        centres = [
            (bar.value() + bar.pageStep() / 2) / max(1, bar.maximum() + bar.pageStep())
            for bar in bars
        ]
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(factor)
        for bar, centre in zip(bars, centres):
            bar.setValue(round(centre * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self._update_zoom_label()

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    def _update_zoom_label(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        zoom = self.effective_zoom()
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(zoom * 100)))
        self.zoom_in_button.setEnabled(zoom < MAX_ZOOM - 1e-6)
        self.zoom_out_button.setEnabled(zoom > MIN_ZOOM + 1e-6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_zoom_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def release(self) -> None:
        self.view.setDocument(None)  # type: ignore[arg-type]
        self.document.close()
        _release(self._buffer)
        self._buffer = None

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("Previous page"))
        self.next_button.setText(self.tr("Next page"))
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_count_label.setText(self.tr("of {count}").format(count=self.page_count()))
        self.fit_width_button.setText(self.tr("Fit width"))
        self.fit_page_button.setText(self.tr("Whole page"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self._page_changed(max(0, self.current_page()))
        self._update_zoom_label()


class DocumentViewer(QDialog):
    """One document in its own window. Non-modal, so staff can read it beside the file; the
    main window closes it when the screen locks (it is owned by the resident file)."""

    def __init__(
        self,
        title: str,
        kind_label: str,
        media_type: str,
        content: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowMinMaxButtonsHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self._title = title
        self._kind_label = kind_label
        self.media_type = MediaType(media_type)

        self.heading = QLabel()
        self.heading.setObjectName("subtitle")
        self.heading.setWordWrap(True)
        self.pane: ImagePane | PdfPane
        if self.media_type.is_image:
            self.pane = ImagePane(content, self)
        else:
            self.pane = PdfPane(content, self)
        self.problem = QLabel()
        self.problem.setObjectName("errorLabel")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.privacy = QLabel()
        self.privacy.setObjectName("countLabel")
        self.privacy.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.close_button.setShortcut(QKeySequence.StandardKey.Close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.privacy, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.pane, 1)
        layout.addLayout(bottom)

        self._size_to_screen()
        self.retranslate()

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1000, 760)
            return
        area = screen.availableGeometry()
        self.resize(int(area.width() * 0.8), int(area.height() * 0.9))

    def is_readable(self) -> bool:
        if isinstance(self.pane, ImagePane):
            return not self.pane.image.isNull()
        return self.pane.document.status() == QPdfDocument.Status.Ready

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Release the document's memory as the window goes, however it is closed."""
        self.pane.release()
        super().done(result)

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("{title} - {kind}").format(title=self._title, kind=self._kind_label)
        )
        self.heading.setText(self._title)
        self.privacy.setText(
            self.tr(
                "Shown from the encrypted database. No copy is saved on this computer; "
                "the window closes when the screen locks."
            )
        )
        self.close_button.setText(self.tr("Close"))
        if not self.is_readable():
            self.problem.setText(
                self.tr(
                    "This document cannot be shown: its file is damaged. Attach a new scan of "
                    "the paper, then remove this one."
                )
            )
            self.problem.show()
