"""Migrations run at open; a database with data is backed up before it is upgraded."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from sqlalchemy import text

from factories import add_resident
from shelter_desktop.storage import migrations
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.engine import make_engine
from shelter_desktop.storage.paths import DataDir


def test_new_database_is_at_head(shelter) -> None:  # type: ignore[no-untyped-def]
    assert migrations.current_revision(shelter.services.database.engine) == migrations.head_revision()


def test_old_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "data")
    data_dir.ensure()
    key = os.urandom(32)
    engine = make_engine(data_dir.database, key)
    config = migrations._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO resident (case_number, name_khmer, name_latin, name_latin_key, alias,"
                " sex, birth_date_estimated, nationality, admission_date, status, risk_level,"
                " created_at, updated_at) VALUES ('TS-2025-0001', 'សុខា', 'Sokha', 'sokha',"
                " 'Ms Ánh', 'female', 0, 'KH', '2025-01-01', 'active', 'low',"
                " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        )
    engine.dispose()

    database = ShelterDatabase.open(data_dir, key)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT alias_key FROM resident")).scalar() == "ms anh"
    finally:
        database.close()
    backups = list(data_dir.backups.glob("before-upgrade-0001-*.db"))
    assert len(backups) == 1 and integrity_problems(backups[0], key) == []


def test_factories_work_on_the_current_schema(shelter) -> None:  # type: ignore[no-untyped-def]
    assert add_resident(shelter.services.database) > 0
