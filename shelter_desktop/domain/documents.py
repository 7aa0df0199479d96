"""Documents attached to a resident's file: scans and photos kept encrypted in the database.

What a file *is* comes from its first bytes (its "magic"), never from its name: a file called
``scan.pdf`` that is really a Word document is refused. A structural check then catches files
that are damaged or cut short (a scan interrupted half-way, a copy from a USB stick pulled out
too early), so staff learn at once that the stored copy would be useless. This check is pure
Python; the UI additionally decodes the file with Qt before uploading it.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .vocabulary import DocumentKind

# A 300 dpi colour scan is roughly 0.5-2 MB per page as a PDF and a phone photo 2-6 MB, so
# 20 MB holds a long court file or any photo. The limit keeps the encrypted database (and each
# of its rotated backups, which must fit on a USB stick) from swelling, and bounds memory: the
# whole file is held in memory while it is checked, encrypted and later shown.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

# The database column holds 200 characters; a title names the paper, it is not a note.
MAX_TITLE_LENGTH = 200

# Above this size the UI attaches with a progress dialog instead of a plain busy state.
LARGE_DOCUMENT_BYTES = 2 * 1024 * 1024

# Readers look for the end-of-file marker within the last kilobyte (PDF 1.7, section 7.5.5).
_PDF_EOF_WINDOW = 1024


class MediaType(str, Enum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"

    @property
    def is_image(self) -> bool:
        return self is not MediaType.PDF

    @property
    def short_name(self) -> str:
        """The format's name as printed on the file (not translated: PDF is PDF everywhere)."""
        return _SHORT_NAMES[self]


_SHORT_NAMES = {MediaType.PDF: "PDF", MediaType.JPEG: "JPEG", MediaType.PNG: "PNG"}

MEDIA_TYPE_LABELS = {
    MediaType.PDF: QT_TRANSLATE_NOOP("Documents", "PDF document"),
    MediaType.JPEG: QT_TRANSLATE_NOOP("Documents", "JPEG image"),
    MediaType.PNG: QT_TRANSLATE_NOOP("Documents", "PNG image"),
}

IMAGE_MEDIA_TYPES = frozenset({MediaType.JPEG.value, MediaType.PNG.value})


@dataclass(frozen=True)
class DocumentView:
    """A document as listed in a resident's file; the bytes are fetched separately."""

    id: int
    resident_id: int
    kind: str  # vocabulary.DocumentKind value
    title: str
    media_type: str  # MediaType value
    size_bytes: int
    uploaded_by: str  # display name of the staff member who attached it
    uploaded_at: datetime  # naive UTC
    is_profile_photo: bool

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_MEDIA_TYPES

    @property
    def can_be_profile_photo(self) -> bool:
        return can_be_profile_photo(self.kind, self.media_type)


# ---- errors (templates live in the "Errors" context, where ui/errors.py translates them) --


class DocumentRefused(ValidationError):
    """A file that cannot be attached; nothing was stored."""


class EmptyDocument(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is empty (0 bytes), so there is nothing to attach. Check that the scan "
        "finished, then choose the file again.",
    )


class DocumentTooLarge(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is {size} MB, more than the limit of {limit} MB. Scan it again at a lower "
        "resolution (200 dpi is enough for papers), or split it into several files.",
    )


class UnknownDocumentType(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Only PDF, JPEG and PNG files can be attached. Scan to PDF or take a photo instead.",
    )


class DamagedDocument(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This {type} file is damaged or incomplete, so it could not be read and was not "
        "attached. Open it on the computer or phone that made it, save or scan it again, "
        "and attach the new copy.",
    )


class PasswordProtectedDocument(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This PDF is protected with a password, so it cannot be shown inside Shelter Desktop "
        "and was not attached. Scan the paper again, or save the PDF without a password, "
        "then attach it.",
    )


class DocumentTitleMissing(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Give the document a short title that says what it is, for example "
        "\"Court summons, March 2026\".",
    )


class DocumentTitleTooLong(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The title is {count} characters long. Keep it to {limit} characters or fewer: "
        "it names the paper, the details belong in a note.",
    )


class UnknownDocumentKind(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Choose what kind of document this is: consent form, court paper, medical "
        "certificate, identity document, photo or other document.",
    )


class NotAProfilePhoto(DocumentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Only a document of the kind \"Photo\" that is a JPEG or PNG image can be the profile "
        "photo. Attach the photo as kind \"Photo\" first.",
    )


# ---- rules ----------------------------------------------------------------------------------


def megabytes_text(size_bytes: int) -> str:
    """``25.3`` for 25.3 MiB: the number shown in size messages (one decimal, none if whole)."""
    value = size_bytes / (1024 * 1024)
    text = f"{value:.1f}"
    return text.removesuffix(".0")


def detect_media_type(content: bytes) -> MediaType | None:
    """The type a file really is, from its first bytes; ``None`` for anything else."""
    if content.startswith(b"%PDF-"):
        return MediaType.PDF
    if content.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    return None


def check_content(content: bytes) -> MediaType:
    """Everything that must hold before a file is stored; returns its real type.

    Raises EmptyDocument, DocumentTooLarge, UnknownDocumentType or DamagedDocument.
    """
    check_size(len(content))
    media_type = detect_media_type(content)
    if media_type is None:
        raise UnknownDocumentType()
    if not structure_is_sound(media_type, content):
        raise DamagedDocument(type=media_type.short_name)
    return media_type


def check_size(size_bytes: int) -> None:
    """Size rules alone, so the UI can refuse a huge file before reading it into memory."""
    if size_bytes <= 0:
        raise EmptyDocument()
    if size_bytes > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(
            size=megabytes_text(size_bytes), limit=megabytes_text(MAX_DOCUMENT_BYTES)
        )


def structure_is_sound(media_type: MediaType, content: bytes) -> bool:
    """Whether the file is complete and well formed enough to be shown later.

    Not a full decoder: PNG chunks are walked with their checksums up to IEND, JPEG segments
    are walked up to the end-of-image marker (bytes a phone appends after it are allowed), and
    a PDF must end with ``%%EOF`` (a cut-off PDF does not).
    """
    if media_type is MediaType.PNG:
        return _png_is_sound(content)
    if media_type is MediaType.JPEG:
        return _jpeg_is_sound(content)
    return _pdf_is_sound(content)


def _pdf_is_sound(content: bytes) -> bool:
    return content.startswith(b"%PDF-") and b"%%EOF" in content[-_PDF_EOF_WINDOW:]


def _png_is_sound(content: bytes) -> bool:
    data = memoryview(content)
    size = len(data)
    if size < 8 or bytes(data[:8]) != b"\x89PNG\r\n\x1a\n":
        return False
    position, first, has_image_data = 8, True, False
    while position + 12 <= size:
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = bytes(data[position + 4 : position + 8])
        end = position + 8 + length
        if length > 0x7FFFFFFF or end + 4 > size:
            return False  # cut short inside a chunk
        if first:
            if chunk_type != b"IHDR" or length != 13:
                return False
            width = int.from_bytes(data[position + 8 : position + 12], "big")
            height = int.from_bytes(data[position + 12 : position + 16], "big")
            if width == 0 or height == 0:
                return False
            first = False
        stored_crc = int.from_bytes(data[end : end + 4], "big")
        if zlib.crc32(data[position + 4 : end]) != stored_crc:
            return False
        if chunk_type == b"IDAT":
            has_image_data = True
        elif chunk_type == b"IEND":
            return has_image_data
        position = end + 4
    return False  # no IEND: the file ends early


_JPEG_FRAME_MARKERS = frozenset(
    {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
)


def _jpeg_is_sound(content: bytes) -> bool:
    size = len(content)
    if size < 4 or not content.startswith(b"\xff\xd8\xff"):
        return False
    position, has_frame, has_scan = 2, False, False
    while position < size:
        if content[position] != 0xFF:
            return False
        while position < size and content[position] == 0xFF:  # fill bytes
            position += 1
        if position >= size:
            return False
        marker = content[position]
        position += 1
        if marker == 0xD9:  # end of image
            return has_frame and has_scan
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            continue
        if position + 2 > size:
            return False
        length = int.from_bytes(content[position : position + 2], "big")
        if length < 2 or position + length > size:
            return False
        if marker in _JPEG_FRAME_MARKERS:
            if length < 8:
                return False
            width = int.from_bytes(content[position + 5 : position + 7], "big")
            if width == 0:
                return False
            has_frame = True
        position += length
        if marker == 0xDA:  # start of scan: skip the compressed data up to the next marker
            has_scan = True
            while True:
                position = content.find(b"\xff", position)
                if position < 0 or position + 1 >= size:
                    return False
                following = content[position + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:  # stuffed byte, restart
                    position += 2
                elif following == 0xFF:  # fill byte before a marker
                    position += 1
                else:
                    break
    return False


# Control characters and lone surrogates (which no file system or database can store).
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def clean_title(title: str) -> str:
    """The title as stored: NFC, single spaces, no control characters; raises if unusable."""
    text = unicodedata.normalize("NFC", title)
    text = " ".join(_CONTROL.sub(" ", text).split())
    if not text:
        raise DocumentTitleMissing()
    if len(text) > MAX_TITLE_LENGTH:
        raise DocumentTitleTooLong(count=len(text), limit=MAX_TITLE_LENGTH)
    return text


def check_kind(kind: str) -> DocumentKind:
    try:
        return DocumentKind(kind)
    except ValueError:
        raise UnknownDocumentKind() from None


def can_be_profile_photo(kind: str, media_type: str) -> bool:
    return kind == DocumentKind.PHOTO.value and media_type in IMAGE_MEDIA_TYPES
