"""One shelter's open encrypted database: engine, sessions and schema version."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import CannotOpenDatabase, DatabaseExists, DatabaseFromNewerVersion
from .backup import backup_database, schema_revision
from .engine import make_engine, open_engine, probe_key, verify_pages, verify_settings
from .migrations import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from .models import AuditEventRow
from .paths import DataDir


def refuse_newer_schema(path: Path, key: bytes) -> None:
    """Raise DatabaseFromNewerVersion when the database's schema revision is not one this
    version ships a migration for; only reads the file."""
    probe_key(path, key)
    try:
        revision = schema_revision(path, key)
    except sqlcipher3.DatabaseError as exc:
        raise CannotOpenDatabase() from exc
    if revision is not None and revision not in known_revisions():
        raise DatabaseFromNewerVersion(revision=revision)


class ShelterDatabase:
    def __init__(self, data_dir: DataDir, engine: Engine, key: bytes) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._key = key
        self.session_factory: sessionmaker[Session] = sessionmaker(
            engine, expire_on_commit=False
        )

    @property
    def key(self) -> bytes:
        return self._key

    @classmethod
    def create(cls, data_dir: DataDir, key: bytes) -> "ShelterDatabase":
        if data_dir.has_database():
            raise DatabaseExists(folder=str(data_dir.root))
        data_dir.ensure()
        engine = make_engine(data_dir.database, key)
        try:
            verify_settings(engine)
            upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{data_dir.database}{suffix}").unlink(missing_ok=True)
            raise
        return cls(data_dir, engine, key)

    @classmethod
    def open(cls, data_dir: DataDir, key: bytes) -> "ShelterDatabase":
        """Open and bring the schema up to date; a database with data is backed up first.

        Nothing is written (no pragma, migration or audit event) before the read-only checks
        pass: every page's HMAC (DatabaseDamaged; about 0.4 s at 50,000 residents) and a
        schema revision this version knows (DatabaseFromNewerVersion).
        """
        verify_pages(data_dir.database, key)
        refuse_newer_schema(data_dir.database, key)
        engine = open_engine(data_dir.database, key)
        try:
            revision = current_revision(engine)
            if revision != head_revision():
                if revision is not None:
                    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
                    backup_database(
                        data_dir.database,
                        key,
                        data_dir.backups / f"before-upgrade-{revision}-{stamp}.db",
                    )
                upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(data_dir, engine, key)

    def reopen(self, key: bytes) -> None:
        """Use ``key`` from now on (after a key change, storage/rekey.py): a new engine is
        opened and verified first, then the old one and its pooled connections are closed."""
        engine = open_engine(self.data_dir.database, key)
        previous, self.engine = self.engine, engine
        self.session_factory.configure(bind=engine)
        self._key = key
        previous.dispose()

    def session(self) -> Session:
        return self.session_factory()

    def audit_event_count(self) -> int:
        with self.session_factory() as session:
            return session.scalar(select(func.count()).select_from(AuditEventRow)) or 0

    def close(self) -> None:
        self.engine.dispose()
