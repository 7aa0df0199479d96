"""Application settings: declared once here with their defaults, stored as JSON beside the database.

Nothing in this file identifies a resident: it holds the database id (to find its key in the OS
credential store), the audit chain head, and preferences. Window geometry lives in QSettings.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .atomic import write_atomically


@dataclass
class AppSettings:
    database_id: str = ""
    language: str = "en"  # "en" or "km"
    idle_lock_minutes: int = 5
    audit_head_id: int = 0
    audit_head_hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "AppSettings":
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # A damaged settings file must not stop the shelter from working; defaults are safe
            # and the audit head check will report the missing head.
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        settings = cls(**values)
        if settings.idle_lock_minutes not in range(1, 121):
            settings.idle_lock_minutes = 5
        if settings.language not in ("en", "km"):
            settings.language = "en"
        return settings

    def save(self, path: Path) -> None:
        write_atomically(path, json.dumps(asdict(self), indent=2, sort_keys=True).encode("utf-8"))
