"""Loading a record that must exist, with the plain error when it does not."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..storage.models import ResidentRow


def existing_resident(session: Session, resident_id: int) -> ResidentRow:
    """The resident's row; NotFound if she was never recorded (or the id is wrong)."""
    row = session.get(ResidentRow, resident_id)
    if row is None:
        raise NotFound(what=QT_TRANSLATE_NOOP("Errors", "resident"))
    return row
