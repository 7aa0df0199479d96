"""Documents: scans and photos stored encrypted in the database, checked before they are stored,
read back byte for byte, never readable in the database files, every access checked and audited."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from factories import add_resident
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter
from reportlab.pdfgen import canvas
from sqlalchemy import func, select, update

from shelter_desktop.domain.documents import (
    MAX_DOCUMENT_BYTES,
    DamagedDocument,
    DocumentTitleMissing,
    DocumentTitleTooLong,
    DocumentTooLarge,
    EmptyDocument,
    MediaType,
    NotAProfilePhoto,
    UnknownDocumentKind,
    UnknownDocumentType,
    check_content,
    clean_title,
    detect_media_type,
    structure_is_sound,
)
from shelter_desktop.domain.errors import DatabaseDamaged, NotFound, PermissionDenied
from shelter_desktop.domain.roles import Role
from shelter_desktop.services.audit_log import AuditFilter
from shelter_desktop.storage.models import DocumentContentRow, DocumentRow

# A string that appears verbatim in the test PDF's bytes (page compression off), so finding it
# in a database file would mean the document was stored in plaintext.
MARKER = "QUOKKA-7731-PLAINTEXT-CANARY"


# ---- sample files, made in the test ----------------------------------------------------------


def make_pdf(text: str = MARKER, pages: int = 1) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pageCompression=0)
    for page in range(pages):
        pdf.drawString(72, 720, f"{text} page {page + 1}")
        pdf.showPage()
    pdf.save()
    data = out.getvalue()
    assert text.encode() in data
    return data


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_png(width: int = 64, height: int = 48, rgb: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """A valid RGB PNG written by hand (no image library needed)."""
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _png_chunk(b"IDAT", zlib.compress(rows))
        + _png_chunk(b"IEND", b"")
    )


def make_jpeg(width: int = 120, height: int = 90, progressive: bool = False) -> bytes:
    """A JPEG written by Qt (needs a QApplication: use the ``qapp`` fixture)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b7a57"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"JPEG"))
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image), writer.errorString()
    data = bytes(buffer.data().data())
    assert data.startswith(b"\xff\xd8\xff") and data.endswith(b"\xff\xd9")
    return data


@pytest.fixture
def jpeg(qapp: Any) -> bytes:
    return make_jpeg()


@pytest.fixture
def resident(shelter: Any) -> int:
    return add_resident(shelter.services.database)


def stored_counts(shelter: Any) -> tuple[int, int]:
    with shelter.services.database.session() as session:
        return (
            session.scalar(select(func.count(DocumentRow.id))) or 0,
            session.scalar(select(func.count(DocumentContentRow.document_id))) or 0,
        )


def events(shelter: Any, action: str) -> list[Any]:
    found, _total = shelter.services.audit.list_events(shelter.admin, AuditFilter(action=action))
    return found


# ---- the pure checks -------------------------------------------------------------------------


def test_type_comes_from_the_first_bytes(jpeg: bytes) -> None:
    assert detect_media_type(make_pdf()) is MediaType.PDF
    assert detect_media_type(jpeg) is MediaType.JPEG
    assert detect_media_type(make_png()) is MediaType.PNG
    assert detect_media_type(b"PK\x03\x04 a Word document") is None
    assert detect_media_type(b"GIF89a") is None
    assert detect_media_type(b"") is None


def test_sound_files_pass_the_structure_check(qapp: Any) -> None:
    assert structure_is_sound(MediaType.PDF, make_pdf(pages=3))
    assert structure_is_sound(MediaType.PNG, make_png(1, 1))
    assert structure_is_sound(MediaType.JPEG, make_jpeg())
    assert structure_is_sound(MediaType.JPEG, make_jpeg(640, 480, progressive=True))
    # Phones append data after the end-of-image marker (motion photos, maker trailers).
    assert structure_is_sound(MediaType.JPEG, make_jpeg() + b"\x00" * 64 + b"ftypmp42 video")


def test_damaged_and_cut_short_files_fail_the_structure_check(jpeg: bytes) -> None:
    png, pdf = make_png(), make_pdf()
    flipped = bytearray(png)
    flipped[60] ^= 0xFF  # inside the image data: its checksum no longer matches
    assert not structure_is_sound(MediaType.PNG, bytes(flipped))
    assert not structure_is_sound(MediaType.PNG, png[:-12])  # no IEND
    assert not structure_is_sound(MediaType.PNG, png[: len(png) // 2])
    assert not structure_is_sound(MediaType.PNG, b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IEND", b""))
    assert not structure_is_sound(MediaType.JPEG, jpeg[:-2])
    assert not structure_is_sound(MediaType.JPEG, jpeg[: len(jpeg) // 2])
    assert not structure_is_sound(MediaType.JPEG, b"\xff\xd8\xff\xd9")  # no frame, no scan
    assert not structure_is_sound(MediaType.PDF, pdf[: len(pdf) - 200])
    assert not structure_is_sound(MediaType.PDF, b"%PDF-1.4\n")


def test_titles_are_tidied_and_bounded() -> None:
    assert clean_title("  Court\tsummons \n March ") == "Court summons March"
    assert clean_title("លិខិតយល់ព្រម") == "លិខិតយល់ព្រម"
    with pytest.raises(DocumentTitleMissing):
        clean_title(" \t\n")
    with pytest.raises(DocumentTitleTooLong) as raised:
        clean_title("x" * 201)
    assert "201 characters" in raised.value.message and "200" in raised.value.message


def test_size_messages_give_the_size_and_the_limit() -> None:
    with pytest.raises(DocumentTooLarge) as raised:
        check_content(b"%PDF-" + b"0" * (MAX_DOCUMENT_BYTES + 3 * 1024 * 1024))
    assert "23 MB" in raised.value.message and "limit of 20 MB" in raised.value.message
    with pytest.raises(EmptyDocument) as empty:
        check_content(b"")
    assert "empty" in empty.value.message


# ---- attaching -------------------------------------------------------------------------------


def test_attach_pdf_jpeg_and_png_and_read_them_back_byte_exact(
    shelter: Any, resident: int, jpeg: bytes
) -> None:
    counselor = shelter.users[Role.COUNSELOR]
    documents = shelter.services.documents
    files = {
        "court_paper": ("Court summons, March 2026", make_pdf(pages=2), "application/pdf"),
        "photo": ("Photo on admission", jpeg, "image/jpeg"),
        "consent_form": ("  Consent   form ", make_png(), "image/png"),
    }
    ids = {}
    for kind, (title, content, media_type) in files.items():
        changed = documents.attach(counselor, resident, kind, title, content)
        view = changed.value
        assert (view.kind, view.media_type, view.size_bytes) == (kind, media_type, len(content))
        assert view.resident_id == resident
        assert view.uploaded_by == "Test counselor"
        assert changed.changes.touches("document")
        ids[kind] = view.id

    listed = documents.list_documents(counselor, resident)
    assert [d.kind for d in listed] == ["consent_form", "photo", "court_paper"]  # newest first
    assert listed[0].title == "Consent form"
    for kind, (_title, content, _type) in files.items():
        assert documents.content(counselor, ids[kind]) == content
    assert stored_counts(shelter) == (3, 3)


def test_a_house_manager_may_attach_and_remove(shelter: Any, resident: int) -> None:
    manager = shelter.users[Role.HOUSE_MANAGER]
    view = shelter.services.documents.attach(manager, resident, "other", "Letter", make_pdf()).value
    assert view.uploaded_by == "Test house_manager"
    shelter.services.documents.remove(manager, view.id)
    assert stored_counts(shelter) == (0, 0)


REFUSED: dict[str, tuple[Callable[[], bytes], type[Exception], str]] = {
    "empty": (lambda: b"", EmptyDocument, "is empty"),
    "too large": (
        lambda: b"%PDF-1.7\n" + b"0" * MAX_DOCUMENT_BYTES + b"\n%%EOF\n",
        DocumentTooLarge,
        "limit of 20 MB",
    ),
    "a Word file": (
        lambda: b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        UnknownDocumentType,
        "Only PDF, JPEG and PNG files can be attached. Scan to PDF or take a photo instead.",
    ),
    "a GIF": (lambda: b"GIF89a\x01\x00\x01\x00", UnknownDocumentType, "Only PDF, JPEG and PNG"),
    "a PDF cut short": (lambda: make_pdf()[:700], DamagedDocument, "This PDF file is damaged"),
    "a PNG cut short": (lambda: make_png()[:-12], DamagedDocument, "This PNG file is damaged"),
    "a PNG with a flipped byte": (
        lambda: make_png()[:60] + b"\x00" + make_png()[61:],
        DamagedDocument,
        "This PNG file is damaged",
    ),
    "a JPEG cut short": (
        lambda: make_jpeg()[:-300],
        DamagedDocument,
        "This JPEG file is damaged",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_unusable_files_are_refused_clearly_and_nothing_is_stored(
    shelter: Any, resident: int, qapp: Any, case: str
) -> None:
    make, error, sentence = REFUSED[case]
    content = make()
    with pytest.raises(error) as raised:
        shelter.services.documents.attach(
            shelter.users[Role.COUNSELOR], resident, "other", "A paper", content
        )
    assert sentence in raised.value.message
    assert stored_counts(shelter) == (0, 0)
    assert not [e for e in events(shelter, "create") if e.entity == "document"]


def test_title_and_kind_are_checked(shelter: Any, resident: int) -> None:
    counselor, documents = shelter.users[Role.COUNSELOR], shelter.services.documents
    with pytest.raises(DocumentTitleMissing):
        documents.attach(counselor, resident, "other", "   ", make_pdf())
    with pytest.raises(DocumentTitleTooLong):
        documents.attach(counselor, resident, "other", "t" * 201, make_pdf())
    with pytest.raises(UnknownDocumentKind):
        documents.attach(counselor, resident, "love_letter", "A paper", make_pdf())
    with pytest.raises(NotFound):
        documents.attach(counselor, resident + 99, "other", "A paper", make_pdf())
    assert stored_counts(shelter) == (0, 0)


# ---- what stays private ----------------------------------------------------------------------


def test_document_bytes_never_appear_in_plaintext_in_the_database_files(
    shelter: Any, resident: int, data_dir: Any
) -> None:
    pdf = make_pdf(pages=3)
    shelter.services.documents.attach(
        shelter.users[Role.COUNSELOR], resident, "court_paper", "Summons", pdf
    )
    files = [p for p in data_dir.root.rglob("*") if p.is_file()]
    assert data_dir.database in files
    assert any(p.name.endswith("-wal") for p in files)  # the new pages are still in the WAL
    for path in files:
        raw = path.read_bytes()
        assert MARKER.encode() not in raw, path.name
        assert pdf[:200] not in raw, path.name


def test_audit_records_who_attached_viewed_and_removed_but_never_the_title(
    shelter: Any, resident: int
) -> None:
    counselor, documents = shelter.users[Role.COUNSELOR], shelter.services.documents
    title = "Birth certificate of Sok Sreypov"
    document_id = documents.attach(
        counselor, resident, "identity_document", title, make_pdf()
    ).value.id
    documents.content(counselor, document_id)
    documents.remove(counselor, document_id)

    created = [e for e in events(shelter, "create") if e.entity == "document"]
    viewed = [e for e in events(shelter, "view") if e.entity == "document"]
    updated = [e for e in events(shelter, "delete") if e.entity == "document"]
    assert [(e.actor_username, e.entity_id) for e in created] == [("counselor", str(document_id))]
    assert [(e.actor_username, e.entity_id) for e in viewed] == [("counselor", str(document_id))]
    assert len(updated) == 1 and '"removed": true' in (updated[0].detail or "")
    for event in created + viewed + updated:
        assert "Sok" not in (event.detail or "") and "certificate" not in (event.detail or "")
    assert shelter.services.audit.verify(shelter.admin, None).ok


DENIED_CALLS: dict[str, Callable[[Any, Any, int, int], Any]] = {
    "attach": lambda d, u, r, doc: d.attach(u, r, "other", "A paper", make_pdf()),
    "list": lambda d, u, r, doc: d.list_documents(u, r),
    "content": lambda d, u, r, doc: d.content(u, doc),
    "profile photo": lambda d, u, r, doc: d.profile_photo(u, r),
    "set profile photo": lambda d, u, r, doc: d.set_profile_photo(u, doc),
    "remove": lambda d, u, r, doc: d.remove(u, doc),
}


@pytest.mark.parametrize("role", [Role.DATA_OFFICER, Role.ADMINISTRATOR])
def test_roles_without_resident_access_are_denied_and_audited(
    shelter: Any, resident: int, role: Role
) -> None:
    documents = shelter.services.documents
    photo = make_png()
    document_id = documents.attach(
        shelter.users[Role.COUNSELOR], resident, "photo", "Photo", photo
    ).value.id
    before = len(events(shelter, "denied"))
    for call in DENIED_CALLS.values():
        with pytest.raises(PermissionDenied):
            call(documents, shelter.users[role], resident, document_id)
    denied = events(shelter, "denied")[: len(DENIED_CALLS)]
    assert len(events(shelter, "denied")) == before + len(DENIED_CALLS)
    assert {e.actor_username for e in denied} == {shelter.users[role].username}
    assert {e.entity for e in denied} == {"document"}
    # Nothing changed: the document and its bytes are still there.
    assert documents.content(shelter.users[Role.COUNSELOR], document_id) == photo


# ---- profile photo ---------------------------------------------------------------------------


def test_the_first_photo_becomes_the_profile_photo_and_can_be_changed(
    shelter: Any, resident: int, jpeg: bytes
) -> None:
    counselor, documents = shelter.users[Role.COUNSELOR], shelter.services.documents
    assert documents.profile_photo(counselor, resident) is None
    first = documents.attach(counselor, resident, "photo", "On admission", jpeg)
    assert first.value.is_profile_photo and first.changes.touches("profile_photo")
    png = make_png()
    second = documents.attach(counselor, resident, "photo", "Six months later", png)
    assert not second.value.is_profile_photo
    assert documents.profile_photo(counselor, resident) == jpeg

    changed = documents.set_profile_photo(counselor, second.value.id)
    assert changed.value.is_profile_photo and changed.changes.touches("profile_photo")
    assert documents.profile_photo(counselor, resident) == png
    marked = [d.id for d in documents.list_documents(counselor, resident) if d.is_profile_photo]
    assert marked == [second.value.id]

    views = [e for e in events(shelter, "view") if e.entity == "document"]
    assert len(views) == 2 and all('"profile_photo": true' in (e.detail or "") for e in views)


def test_only_a_photo_image_can_be_the_profile_photo(shelter: Any, resident: int) -> None:
    counselor, documents = shelter.users[Role.COUNSELOR], shelter.services.documents
    pdf_id = documents.attach(counselor, resident, "photo", "Scanned photo", make_pdf()).value.id
    form_id = documents.attach(counselor, resident, "consent_form", "Form", make_png()).value.id
    for document_id in (pdf_id, form_id):
        with pytest.raises(NotAProfilePhoto):
            documents.set_profile_photo(counselor, document_id)
    assert documents.profile_photo(counselor, resident) is None
    assert not any(d.is_profile_photo for d in documents.list_documents(counselor, resident))


def test_removing_the_profile_photo_deletes_its_bytes(shelter: Any, resident: int) -> None:
    counselor, documents = shelter.users[Role.COUNSELOR], shelter.services.documents
    kept = documents.attach(counselor, resident, "court_paper", "Summons", make_pdf()).value.id
    photo = documents.attach(counselor, resident, "photo", "Photo", make_png()).value
    assert photo.is_profile_photo
    changed = documents.remove(counselor, photo.id)
    assert changed.changes.touches("profile_photo")
    assert documents.profile_photo(counselor, resident) is None
    assert [d.id for d in documents.list_documents(counselor, resident)] == [kept]
    assert stored_counts(shelter) == (1, 1)
    with pytest.raises(NotFound):
        documents.content(counselor, photo.id)
    with pytest.raises(NotFound):
        documents.remove(counselor, photo.id)


def test_a_stored_document_that_no_longer_matches_its_checksum_is_reported(
    shelter: Any, resident: int
) -> None:
    counselor = shelter.users[Role.COUNSELOR]
    document_id = shelter.services.documents.attach(
        counselor, resident, "other", "Letter", make_pdf()
    ).value.id
    with shelter.services.database.session() as session, session.begin():
        session.execute(
            update(DocumentContentRow)
            .where(DocumentContentRow.document_id == document_id)
            .values(content=b"%PDF-1.4 something else %%EOF")
        )
    with pytest.raises(DatabaseDamaged) as raised:
        shelter.services.documents.content(counselor, document_id)
    assert "checksum" in raised.value.message
