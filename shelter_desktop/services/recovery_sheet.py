"""Print the recovery sheet: the one paper copy of the recovery key, made when it is shown."""

from __future__ import annotations

import datetime
from pathlib import Path

from ..domain.dto import ShelterProfile
from ..domain.recovery_key import format_recovery_key, parse_recovery_key
from ..domain.recovery_sheet import RecoverySheet
from ..reports.recovery_sheet import build_recovery_sheet


def write_recovery_sheet(
    profile: ShelterProfile,
    recovery_key: str,
    database_id: str,
    target: Path,
    *,
    today: datetime.date | None = None,
) -> None:
    """Write the recovery sheet PDF for ``recovery_key`` to ``target``.

    Raises InvalidRecoveryKey, before anything is written, if the key is not one this program
    wrote: a mistyped key on paper is worse than none. The key is printed in its canonical form.
    """
    key = format_recovery_key(parse_recovery_key(recovery_key))
    sheet = RecoverySheet(
        shelter_name=profile.name,
        shelter_code=profile.code,
        recovery_key=key,
        created_on=today or datetime.date.today(),
        database_id=database_id,
    )
    build_recovery_sheet(sheet, Path(target))
