"""Where one shelter's files live inside its data folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ShelterDesktop"
DATABASE_FILE = "shelter.db"
SETTINGS_FILE = "settings.json"


def default_data_dir() -> Path:
    """``SHELTER_DATA_DIR`` if set, else the platform's per-user data folder."""
    env = os.environ.get("SHELTER_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def has_database(self) -> bool:
        return self.database.exists()

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
