"""The child process of the kill-during-migration test: opens a database at an old schema
revision with ShelterDatabase.open (which backs it up, then migrates it to head).

Run as ``python -m tests.safety.migration_child --data DIR`` from the repository root, with the
database key in hex in ``SHELTER_TEST_DB_KEY``. It prints ``starting`` just before the open
and ``migrated`` once it returned (the migration is committed), each line flushed at once. In
between it prints ``upgrading`` when the pre-upgrade backup is done and the migrations begin
(a wrapper around ``upgrade_to_head`` in this child only; the product code is unchanged). After
``migrated`` it closes the database, prints ``closed`` and waits to be killed, so a kill never
finds it already gone.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from sqlalchemy import Engine

from shelter_desktop.storage import database as database_module
from shelter_desktop.storage.database import ShelterDatabase
from shelter_desktop.storage.paths import DataDir

KEY_VARIABLE = "SHELTER_TEST_DB_KEY"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _announced_upgrade(engine: Engine) -> None:
    say("upgrading")
    _upgrade_to_head(engine)


_upgrade_to_head = database_module.upgrade_to_head


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", required=True, type=Path)
    args = parser.parse_args(argv)
    key = bytes.fromhex(os.environ[KEY_VARIABLE])
    data = DataDir(args.data)
    database_module.upgrade_to_head = _announced_upgrade
    say("starting")
    database = ShelterDatabase.open(data, key)
    say("migrated")
    database.close()
    say("closed")
    time.sleep(120)  # the parent kills it; the sleep only ends if it never does
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
