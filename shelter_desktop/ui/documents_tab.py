"""A resident's documents: attach scans and photos, view them in the app, choose the profile
photo, remove one.

Attaching copies the file's bytes into the encrypted database; the original stays where it was,
unencrypted, so the user is told plainly and may delete it at once. Nothing here writes a file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.documents import (
    LARGE_DOCUMENT_BYTES,
    MAX_TITLE_LENGTH,
    MEDIA_TYPE_LABELS,
    DocumentRefused,
    DocumentView,
    MediaType,
    check_content,
    check_size,
    clean_title,
)
from ..domain.dto import Changed, SignedInUser
from ..domain.roles import Permission
from ..domain.vocabulary import DOCUMENT_LABELS, DocumentKind
from ..services.container import Services
from .document_viewer import DocumentViewer, decode_problem
from .errors import show_error, translate_error
from .op_runner import OpRunner, SynchronousOpRunner
from .formatting import format_date

Runner = OpRunner | SynchronousOpRunner

KIND, TITLE, TYPE, SIZE, ADDED_BY, DATE = range(6)
COLUMNS = 6


def kind_label(kind: str) -> str:
    try:
        return QCoreApplication.translate("Vocabulary", DOCUMENT_LABELS[DocumentKind(kind)])
    except ValueError:
        return kind


def media_type_label(media_type: str) -> str:
    try:
        return QCoreApplication.translate("Documents", MEDIA_TYPE_LABELS[MediaType(media_type)])
    except ValueError:
        return media_type


def size_text(size_bytes: int) -> str:
    return QLocale().formattedDataSize(
        size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def local_date_text(utc: datetime) -> str:
    local = utc.replace(tzinfo=timezone.utc).astimezone()
    return format_date(local.date())


class AttachDialog(QDialog):
    """Say what the chosen file is, give it a kind and a title, and warn about the original."""

    def __init__(
        self, path: Path, media_type: MediaType, size_bytes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._media_type = media_type
        self._size = size_bytes
        self.setMinimumWidth(560)

        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        self.file_label = QLabel(path.name)
        self.file_label.setToolTip(str(path))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("countLabel")
        self.folder_label.setToolTip(str(path.parent))
        self.folder_label.setText(
            self.folder_label.fontMetrics().elidedText(
                str(path.parent), Qt.TextElideMode.ElideMiddle, 440
            )
        )
        self.type_label = QLabel()
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem("", kind.value)
        default = DocumentKind.PHOTO if media_type.is_image else DocumentKind.OTHER
        self.kind.setCurrentIndex(self.kind.findData(default.value))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.title_edit.textChanged.connect(lambda _text: self.error_label.hide())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.file_caption = QLabel()
        self.folder_caption = QLabel()
        self.type_caption = QLabel()
        self.kind_caption = QLabel()
        self.title_caption = QLabel()
        self.kind_caption.setBuddy(self.kind)
        self.title_caption.setBuddy(self.title_edit)
        self.form.addRow(self.file_caption, self.file_label)
        self.form.addRow(self.folder_caption, self.folder_label)
        self.form.addRow(self.type_caption, self.type_label)
        self.form.addRow(self.kind_caption, self.kind)
        self.form.addRow(self.title_caption, self.title_edit)

        self.buttons = QDialogButtonBox()
        self.attach_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.attach_button.setObjectName("primaryButton")
        self.attach_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.title_edit.setFocus()

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def title(self) -> str:
        return self.title_edit.text()

    def accept(self) -> None:
        try:
            clean_title(self.title_edit.text())
        except DocumentRefused as error:
            self.error_label.setText(translate_error(error))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attach a document"))
        self.heading.setText(self.tr("Attach a document"))
        self.file_caption.setText(self.tr("File:"))
        self.folder_caption.setText(self.tr("Folder:"))
        self.type_caption.setText(self.tr("Type:"))
        self.kind_caption.setText(self.tr("&Kind:"))
        self.title_caption.setText(self.tr("&Title:"))
        self.type_label.setText(
            self.tr("{type}, {size}").format(
                type=media_type_label(self._media_type.value), size=size_text(self._size)
            )
        )
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_label(str(self.kind.itemData(index))))
        self.title_edit.setPlaceholderText(self.tr("For example: Court summons, March 2026"))
        self.notice.setText(
            self.tr(
                "A copy of this file will be stored encrypted in the resident's file. The "
                "original file stays where it is and is not encrypted."
            )
        )
        self.attach_button.setText(self.tr("Attach"))
        self.cancel_button.setText(self.tr("Cancel"))


class DocumentsTab(QWidget):
    changed = Signal(object)  # Changes, after a document was attached, removed or made profile

    _last_folder = ""  # where the previous file came from, for this session only

    def __init__(
        self,
        services: Services,
        user: SignedInUser,
        runner: Runner,
        resident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._resident_id = resident_id
        self._documents: list[DocumentView] = []
        self._load_error: BaseException | None = None
        self._loaded = False
        self._status_override = ""
        self.dialog: AttachDialog | None = None
        self.confirmation: QMessageBox | None = None
        self.notice: QMessageBox | None = None
        self.viewers: list[DocumentViewer] = []
        can_edit = user.can(Permission.EDIT_RESIDENTS)

        self.intro = QLabel()
        self.intro.setObjectName("purpose")
        self.intro.setWordWrap(True)
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("primaryButton")
        self.attach_button.clicked.connect(self.attach)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(self.view_selected)
        self.profile_button = QPushButton()
        self.profile_button.clicked.connect(self.set_profile_photo)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.attach_button, self.profile_button, self.remove_button):
            button.setVisible(can_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.status = QLabel()
        self.status.setObjectName("countLabel")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._status_override = ""
        documents, user, rid = self._services.documents, self._user, self._resident_id
        self._runner.run_op(
            self, lambda: documents.list_documents(user, rid), self._show,
            self.tr("Loading documents"), self._load_failed,
        )

    @property
    def resident_id(self) -> int:
        return self._resident_id

    def documents(self) -> list[DocumentView]:
        return list(self._documents)

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._documents):
            return None
        return self._documents[rows[0].row()]

    def select_document(self, document_id: int) -> None:
        for row, document in enumerate(self._documents):
            if document.id == document_id:
                self.table.selectRow(row)
                return

    def _show(self, documents: list[DocumentView]) -> None:
        keep = self.selected()
        self._documents = list(documents)
        self._load_error = None
        self._loaded = True
        self._fill()
        if keep is not None:
            self.select_document(keep.id)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        self._documents = []
        self._load_error = error
        self._fill()
        self._update_buttons()
        show_error(self, error)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._documents))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, d in enumerate(self._documents):
            kind = kind_label(d.kind)
            if d.is_profile_photo:
                kind = self.tr("{kind} (profile photo)").format(kind=kind)
            cells = (
                kind,
                d.title,
                media_type_label(d.media_type),
                size_text(d.size_bytes),
                d.uploaded_by,
                local_date_text(d.uploaded_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if d.is_profile_photo:
                    item.setFont(bold)
                if column == SIZE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        empty = self._loaded and not self._documents and self._load_error is None
        self.table.setVisible(not empty)
        self.empty.setVisible(empty)
        if self._load_error is not None:
            self.status.setText(translate_error(self._load_error))
        elif self._status_override:
            self.status.setText(self._status_override)
        elif self._loaded:
            self.status.setText(
                self.tr("{n} documents, stored encrypted in the database.").format(
                    n=len(self._documents)
                )
            )

    def _update_buttons(self) -> None:
        document = self.selected()
        self.view_button.setEnabled(document is not None)
        self.remove_button.setEnabled(document is not None)
        self.profile_button.setEnabled(
            document is not None
            and document.can_be_profile_photo
            and not document.is_profile_photo
        )
        if document is not None and document.is_image and not document.can_be_profile_photo:
            self.profile_button.setToolTip(
                self.tr("Only a document of the kind \"Photo\" can be the profile photo.")
            )
        else:
            self.profile_button.setToolTip("")

    def _set_status(self, text: str) -> None:
        self._status_override = text
        self._fill()

    # -- attach ----------------------------------------------------------------------------

    def attach(self) -> None:
        """Ask for a file, then check and attach it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a scan or photo"),
            DocumentsTab._last_folder,
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            DocumentsTab._last_folder = str(Path(path).parent)
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        """Check the file (size, real type, complete, decodes), then ask for kind and title.

        The checks run before the dialog so nobody types a title for a file that will be
        refused; the service checks everything again.
        """
        try:
            check_size(path.stat().st_size)
            content = path.read_bytes()
            media_type = check_content(content)
            problem = decode_problem(media_type.value, content)
            if problem is not None:
                raise problem
        except DocumentRefused as error:
            show_error(self, error)
            return
        except OSError:
            self._cannot_read(path)
            return
        dialog = AttachDialog(path, media_type, len(content), self)
        self.dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._upload(path, dialog.chosen_kind(), dialog.title(), content)
            dialog.deleteLater()
            self.dialog = None

        dialog.finished.connect(finished)
        dialog.open()

    def _cannot_read(self, path: Path) -> None:
        QMessageBox.warning(
            self,
            self.tr("Attach a document"),
            self.tr(
                "The file {name} could not be read. If it is on a USB stick or a network "
                "folder, check that it is still connected, then try again."
            ).format(name=path.name),
        )

    def _upload(self, path: Path, kind: str, title: str, content: bytes) -> None:
        documents, user, rid = self._services.documents, self._user, self._resident_id

        def attached(changed: Changed[DocumentView]) -> None:
            self.changed.emit(changed.changes)
            self._reload_and_select(changed.value.id)
            self._offer_to_delete_original(path, changed.value)

        if len(content) <= LARGE_DOCUMENT_BYTES:
            self._runner.run_op(
                self, lambda: documents.attach(user, rid, kind, title, content), attached,
                self.tr("Attaching the document"),
            )
            return
        saving = self.tr("Encrypting and saving the document…")

        def attach_long(
            progress: Callable[[float, str], None], cancel: threading.Event
        ) -> Changed[DocumentView]:
            progress(0.1, saving)
            return documents.attach(user, rid, kind, title, content)

        self._runner.run_long(self, attach_long, attached, saving)

    def _offer_to_delete_original(self, path: Path, document: DocumentView) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Document attached"))
        box.setText(
            self.tr("\"{title}\" is now stored encrypted in this resident's file.").format(
                title=document.title
            )
        )
        box.setInformativeText(
            self.tr(
                "The original file is still on this computer or USB stick, and it is NOT "
                "encrypted:\n{path}\n\nAnyone who finds it can read it. If you do not need it "
                "any more, delete it now (also from the scanner's folder), and empty the "
                "Recycle Bin."
            ).format(path=str(path))
        )
        delete = box.addButton(
            self.tr("Delete the original file"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def clicked(button: object) -> None:
            if button is delete:
                self.delete_original(path)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.notice = box
        box.open()

    def delete_original(self, path: Path) -> bool:
        """Delete the unencrypted original the user picked (only on their explicit request)."""
        try:
            path.unlink()
        except FileNotFoundError:
            self._set_status(self.tr("The original file was already gone."))
            return True
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Delete the original file"),
                self.tr(
                    "The original file could not be deleted (it may be open in another "
                    "program, or the USB stick is write-protected):\n{path}\n\nDelete it "
                    "yourself in the file manager."
                ).format(path=str(path)),
            )
            return False
        self._set_status(
            self.tr("The original file {name} was deleted.").format(name=path.name)
        )
        return True

    def _reload_and_select(self, document_id: int) -> None:
        documents, user, rid = self._services.documents, self._user, self._resident_id

        def shown(items: list[DocumentView]) -> None:
            self._show(items)
            self.select_document(document_id)

        self._runner.run_op(
            self, lambda: documents.list_documents(user, rid), shown,
            self.tr("Loading documents"), self._load_failed,
        )

    # -- view ------------------------------------------------------------------------------

    def view_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        documents, user = self._services.documents, self._user
        self._runner.run_op(
            self, lambda: documents.content(user, document.id),
            lambda content: self._open_viewer(document, content),
            self.tr("Opening the document"),
        )

    def _open_viewer(self, document: DocumentView, content: bytes) -> None:
        viewer = DocumentViewer(
            document.title, kind_label(document.kind), document.media_type, content, self
        )
        self.viewers.append(viewer)
        viewer.destroyed.connect(lambda _obj=None, v=viewer: self._forget_viewer(v))
        viewer.show()
        viewer.raise_()

    def _forget_viewer(self, viewer: DocumentViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    # -- profile photo and remove -----------------------------------------------------------

    def set_profile_photo(self) -> None:
        document = self.selected()
        if document is None or not document.can_be_profile_photo:
            return
        documents, user = self._services.documents, self._user

        def saved(changed: Changed[DocumentView]) -> None:
            self.changed.emit(changed.changes)
            self._reload_and_select(changed.value.id)

        self._runner.run_op(
            self, lambda: documents.set_profile_photo(user, document.id), saved,
            self.tr("Saving"),
        )

    def remove_selected(self) -> None:
        document = self.selected()
        if document is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove document"))
        box.setText(
            self.tr("Remove \"{title}\" from this resident's file?").format(title=document.title)
        )
        box.setInformativeText(
            self.tr(
                "The stored copy is deleted for good and cannot be brought back from this "
                "database. Backups made before today still contain it, encrypted."
            )
        )
        remove = box.addButton(self.tr("Remove document"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def clicked(button: object) -> None:
            if button is remove:
                self._remove(document)

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.confirmation = box
        box.open()

    def _remove(self, document: DocumentView) -> None:
        documents, user = self._services.documents, self._user

        def removed(changed: Changed[int]) -> None:
            self.changed.emit(changed.changes)
            self._status_override = ""
            self.refresh()

        self._runner.run_op(
            self, lambda: documents.remove(user, document.id), removed, self.tr("Removing")
        )

    # -- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Scanned papers (consent forms, court papers, medical certificates, identity "
                "documents) and photos, kept encrypted inside the database. They open only "
                "here, never as a file on the computer."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Added by"),
                self.tr("Added on"),
            ]
        )
        self.attach_button.setText(self.tr("Attach…"))
        self.view_button.setText(self.tr("View"))
        self.profile_button.setText(self.tr("Set as profile photo"))
        self.remove_button.setText(self.tr("Remove…"))
        self.empty.setText(
            self.tr("No documents yet. Attach a scan (PDF) or a photo (JPEG or PNG).")
            if self._user.can(Permission.EDIT_RESIDENTS)
            else self.tr("No documents yet.")
        )
        self._update_buttons()
        self._fill()
