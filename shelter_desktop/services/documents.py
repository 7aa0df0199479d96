"""A resident's documents: scans and photos stored encrypted inside the database.

The bytes go in and come out as ``bytes`` in memory only; nothing here writes a file. Titles
may name a person, so audit details carry kind, type and size, never the title.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import delete, select, text, update

from ..domain.audit import AuditAction
from ..domain.clock import utc_now
from ..domain.documents import (
    DocumentView,
    NotAProfilePhoto,
    can_be_profile_photo,
    check_content,
    check_kind,
    clean_title,
)
from ..domain.dto import Changed, Changes, SignedInUser
from ..domain.errors import DatabaseDamaged, NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.roles import Permission
from ..storage.models import (
    DocumentContentRow,
    DocumentRow,
    StaffAccountRow,
)
from .base import ServiceBase
from .lookups import existing_resident
from .unit_of_work import UnitOfWork

DOCUMENTS_CHANGED = Changes(frozenset({"document"}))
# The overview shows the profile photo, so changing it touches the resident's file too.
PROFILE_PHOTO_CHANGED = Changes(frozenset({"document", "profile_photo"}))

_LISTED = (DocumentRow, StaffAccountRow.display_name)


def _view(row: DocumentRow, uploaded_by: str) -> DocumentView:
    return DocumentView(
        row.id,
        row.resident_id,
        row.kind,
        row.title,
        row.media_type,
        row.size_bytes,
        uploaded_by,
        row.uploaded_at,
        row.is_profile_photo,
    )


def _document(uow: UnitOfWork, document_id: int) -> DocumentRow:
    row = uow.session.get(DocumentRow, document_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "document"))
    return row


def _uploader_name(uow: UnitOfWork, staff_id: int) -> str:
    return uow.session.scalar(
        select(StaffAccountRow.display_name).where(StaffAccountRow.id == staff_id)
    ) or ""


class DocumentService(ServiceBase):
    def attach(
        self,
        actor: SignedInUser,
        resident_id: int,
        kind: str,
        title: str,
        content: bytes,
    ) -> Changed[DocumentView]:
        """Store a checked file in the resident's file. The first photo of a resident becomes
        her profile photo, so the overview shows a face without a second step."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "document")
            document_kind = check_kind(kind)
            clean = clean_title(title)
            media_type = check_content(content)
            existing_resident(uow.session, resident_id)
            profile = can_be_profile_photo(document_kind.value, media_type.value) and not (
                uow.session.scalar(
                    select(DocumentRow.id).where(
                        DocumentRow.resident_id == resident_id,
                        DocumentRow.is_profile_photo.is_(True),
                    )
                )
            )
            row = DocumentRow(
                resident_id=resident_id,
                kind=document_kind.value,
                title=clean,
                media_type=media_type.value,
                size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                uploaded_by=actor.id,
                uploaded_at=utc_now(),
                is_profile_photo=profile,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.session.add(DocumentContentRow(document_id=row.id, content=content))
            uow.audit(
                AuditAction.CREATE,
                "document",
                row.id,
                {
                    "resident_id": resident_id,
                    "kind": row.kind,
                    "media_type": row.media_type,
                    "size_bytes": row.size_bytes,
                    "profile_photo": profile,
                },
            )
            view = _view(row, _uploader_name(uow, row.uploaded_by))
            return Changed(view, PROFILE_PHOTO_CHANGED if profile else DOCUMENTS_CHANGED)

    def list_documents(self, actor: SignedInUser, resident_id: int) -> list[DocumentView]:
        """The resident's documents, newest first, without their bytes. Audited like notes:
        the titles alone can say a lot about a person."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "document", resident_id)
            existing_resident(uow.session, resident_id)
            rows = uow.session.execute(
                select(*_LISTED)
                .join(StaffAccountRow, StaffAccountRow.id == DocumentRow.uploaded_by)
                .where(DocumentRow.resident_id == resident_id)
                .order_by(DocumentRow.uploaded_at.desc(), DocumentRow.id.desc())
            ).all()
            documents = [_view(row, name) for row, name in rows]
            uow.audit(AuditAction.VIEW, "documents", resident_id, {"count": len(documents)})
            return documents

    def content(self, actor: SignedInUser, document_id: int) -> bytes:
        """The document's bytes, to show in the app. Every view is audited."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "document", document_id)
            row = _document(uow, document_id)
            data = self._checked_bytes(uow, row)
            uow.audit(AuditAction.VIEW, "document", document_id, {"resident_id": row.resident_id})
            return data

    def set_profile_photo(self, actor: SignedInUser, document_id: int) -> Changed[DocumentView]:
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "document", document_id)
            row = _document(uow, document_id)
            if not can_be_profile_photo(row.kind, row.media_type):
                raise NotAProfilePhoto()
            uow.session.execute(
                update(DocumentRow)
                .where(
                    DocumentRow.resident_id == row.resident_id,
                    DocumentRow.id != row.id,
                    DocumentRow.is_profile_photo.is_(True),
                )
                .values(is_profile_photo=False)
            )
            row.is_profile_photo = True
            uow.session.flush()
            uow.audit(
                AuditAction.UPDATE,
                "document",
                document_id,
                {"resident_id": row.resident_id, "profile_photo": True},
            )
            return Changed(_view(row, _uploader_name(uow, row.uploaded_by)), PROFILE_PHOTO_CHANGED)

    def profile_photo(self, actor: SignedInUser, resident_id: int) -> bytes | None:
        """The resident's profile photo, or None.

        Audited when a photo is returned: a face is the most identifying thing in the file,
        and the log must answer "who saw her photo" even if a future screen shows it without
        opening the file. It costs one small event per file open.
        """
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.VIEW_RESIDENTS, "document", resident_id)
            row = uow.session.scalar(
                select(DocumentRow).where(
                    DocumentRow.resident_id == resident_id,
                    DocumentRow.is_profile_photo.is_(True),
                )
            )
            if row is None:
                return None
            data = self._checked_bytes(uow, row)
            uow.audit(
                AuditAction.VIEW,
                "document",
                row.id,
                {"resident_id": resident_id, "profile_photo": True},
            )
            return data

    def remove(self, actor: SignedInUser, document_id: int) -> Changed[int]:
        """Delete the document and its bytes for good. ``secure_delete`` zeroes the freed
        pages, so even someone holding the key cannot recover them from the file; SQLCipher
        builds turn it on by default, it is set here so that never depends on the build."""
        with self.unit_of_work(actor) as uow:
            uow.require(Permission.EDIT_RESIDENTS, "document", document_id)
            row = _document(uow, document_id)
            resident_id, was_profile = row.resident_id, row.is_profile_photo
            detail = {
                "resident_id": resident_id,
                "kind": row.kind,
                "media_type": row.media_type,
                "size_bytes": row.size_bytes,
                "removed": True,
            }
            connection = uow.session.connection()
            previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            try:
                uow.session.execute(
                    delete(DocumentContentRow).where(DocumentContentRow.document_id == document_id)
                )
                uow.session.delete(row)
                uow.session.flush()
            finally:
                connection.execute(text(f"PRAGMA secure_delete = {int(bool(previous))}"))
            uow.audit(AuditAction.DELETE, "document", document_id, detail)
            return Changed(document_id, PROFILE_PHOTO_CHANGED if was_profile else DOCUMENTS_CHANGED)

    @staticmethod
    def _checked_bytes(uow: UnitOfWork, row: DocumentRow) -> bytes:
        data = uow.session.scalar(
            select(DocumentContentRow.content).where(DocumentContentRow.document_id == row.id)
        )
        if data is None or hashlib.sha256(data).hexdigest() != row.sha256:
            raise DatabaseDamaged(
                problem=QT_TRANSLATE_NOOP("Errors", "a stored document does not match its checksum")
            )
        return bytes(data)

