"""What the printable recovery sheet shows: the shelter, the day it was made and the key."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class RecoverySheet:
    """Input of the recovery sheet PDF. Nothing else is printed: no staff, no residents."""

    shelter_name: str
    shelter_code: str
    recovery_key: str  # as format_recovery_key writes it: 11 groups of 5, joined by dashes
    created_on: datetime.date
    database_id: str  # the database's identifier, so the sheet can be matched to its database
