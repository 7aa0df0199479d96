"""Migrations run at open; a database with data is backed up before it is upgraded."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from sqlalchemy import Engine, text

from factories import add_resident
from shelter_desktop.storage import migrations
from shelter_desktop.storage.backup import integrity_problems
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.engine import make_engine
from shelter_desktop.storage.paths import DataDir


def test_new_database_is_at_head(shelter) -> None:  # type: ignore[no-untyped-def]
    assert migrations.current_revision(shelter.services.database.engine) == migrations.head_revision()


def _database_at(tmp_path: Path, revision: str) -> tuple[DataDir, bytes, Engine]:
    """A new encrypted database migrated only up to ``revision`` (an older app's database)."""
    data_dir = DataDir(tmp_path / "data")
    data_dir.ensure()
    key = os.urandom(32)
    engine = make_engine(data_dir.database, key)
    config = migrations._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return data_dir, key, engine


def test_old_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    data_dir, key, engine = _database_at(tmp_path, "0001")
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


# ---- 0006: the day a resident left ---------------------------------------------------------


def _insert_resident(connection, number: int, status: str) -> int:  # type: ignore[no-untyped-def]
    connection.execute(
        text(
            "INSERT INTO resident (case_number, name_khmer, name_latin, name_latin_key, sex,"
            " birth_date_estimated, nationality, admission_date, status, risk_level, created_at,"
            " updated_at) VALUES (:case, 'សុខា', 'Sokha', 'sokha', 'female', 0, 'KH',"
            " '2024-01-10', :status, 'low', '2024-01-10 00:00:00', '2024-01-10 00:00:00')"
        ),
        {"case": f"TS-2024-{number:04d}", "status": status},
    )
    return int(connection.execute(text("SELECT max(id) FROM resident")).scalar())


def _insert_reintegration(connection, resident_id: int, status: str,  # type: ignore[no-untyped-def]
                          placed: str | None, closed: str | None) -> None:
    connection.execute(
        text(
            "INSERT INTO reintegration (resident_id, status, decision_reason, placement_date,"
            " placement_place, follow_up_months, closed_on, closure_note, created_by, created_at,"
            " updated_at) VALUES (:rid, :status, '', :placed, '', '1,3', :closed, '', 1,"
            " '2024-06-01 00:00:00', '2024-06-01 00:00:00')"
        ),
        {"rid": resident_id, "status": status, "placed": placed, "closed": closed},
    )


def test_0006_backfills_exit_dates_only_where_the_records_know_the_day(tmp_path: Path) -> None:
    data_dir, key, engine = _database_at(tmp_path, "0005")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO staff_account (username, display_name, role, password_hash, active,"
            " must_change_password, failed_sign_ins, created_at) VALUES ('c', 'C', 'counselor',"
            " 'x', 1, 0, 0, '2024-01-01 00:00:00')"
        ))
        ids = {}
        ids["placed"] = _insert_resident(connection, 1, "reintegrated")
        _insert_reintegration(connection, ids["placed"], "placed", "2024-07-15", None)
        # placed, came back, placed again: she left the last time
        ids["placed_twice"] = _insert_resident(connection, 2, "reintegrated")
        _insert_reintegration(connection, ids["placed_twice"], "closed", "2024-03-01", "2024-05-01")
        _insert_reintegration(connection, ids["placed_twice"], "placed", "2024-09-20", None)
        ids["closed_after_placement"] = _insert_resident(connection, 3, "closed")
        _insert_reintegration(connection, ids["closed_after_placement"], "closed", "2024-08-02",
                              "2025-08-30")
        ids["closed_unplaced"] = _insert_resident(connection, 4, "closed")
        _insert_reintegration(connection, ids["closed_unplaced"], "closed", None, "2024-11-05")
        ids["closed_no_record"] = _insert_resident(connection, 5, "closed")
        ids["reintegrated_no_record"] = _insert_resident(connection, 6, "reintegrated")
        ids["transferred"] = _insert_resident(connection, 7, "transferred")
        ids["absconded"] = _insert_resident(connection, 8, "absconded")
        ids["active_preparing"] = _insert_resident(connection, 9, "active")
        _insert_reintegration(connection, ids["active_preparing"], "preparing", None, None)
    engine.dispose()

    database = ShelterDatabase.open(data_dir, key)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        with database.engine.connect() as connection:
            rows = dict(connection.execute(text("SELECT id, exit_date FROM resident")).all())
            indexes = {row[1] for row in connection.execute(text("PRAGMA index_list(resident)"))}
        exits = {name: rows[rid] for name, rid in ids.items()}
        assert exits == {
            "placed": "2024-07-15",
            "placed_twice": "2024-09-20",
            "closed_after_placement": "2024-08-02",  # she left at her placement
            "closed_unplaced": "2024-11-05",
            "closed_no_record": None,  # no day is invented
            "reintegrated_no_record": None,
            "transferred": None,
            "absconded": None,
            "active_preparing": None,
        }
        assert {"ix_resident_exit_date", "ix_resident_admission_date"} <= set(indexes)
    finally:
        database.close()


def test_0006_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "data")
    data_dir.ensure()
    key = os.urandom(32)
    engine = make_engine(data_dir.database, key)
    config = migrations._config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            _insert_resident(connection, 1, "closed")
            command.downgrade(config, "0005")
            columns = {row[1] for row in connection.execute(text("PRAGMA table_info(resident)"))}
            assert "exit_date" not in columns
            command.upgrade(config, "head")
            columns = {row[1] for row in connection.execute(text("PRAGMA table_info(resident)"))}
            assert "exit_date" in columns
            assert connection.execute(text("SELECT count(*) FROM resident")).scalar() == 1
    finally:
        engine.dispose()
