"""Bad database files (issue 6, items 3 and 5): damaged pages, truncation, empty, garbage, plain
SQLite, a schema from a newer version, a damaged write-ahead log.

For each: opening raises a ShelterError in plain words (never a raw sqlite/sqlcipher or alembic
exception), ``check`` exits with the right code and one clear message (no traceback), and
neither leaves a trace: every file in the data folder is byte-identical afterwards, and no
-wal, -shm, backup or other file appears. The attempt to open is made with ``record_unlock``
on, i.e. the open would write an audit event if the checks let it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
import sqlcipher3
from conftest import create_shelter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring_backends import MemoryKeyring

from shelter_desktop import cli
from shelter_desktop.domain.errors import (
    CannotOpenDatabase,
    DatabaseDamaged,
    DatabaseFromNewerVersion,
    ShelterError,
)
from shelter_desktop.services.backups import BackupFromNewerVersion, restore_from
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.services.startup_check import restore_at_start
from shelter_desktop.storage.engine import raw_key_literal, wal_committed_pages
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from tests.factories import add_resident

PAGE = 4096
FUZZ = settings(
    derandomize=True,
    max_examples=int(os.environ.get("SHELTER_FUZZ_EXAMPLES", "20")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NOISE = ("Traceback", "sqlite3", "sqlcipher", "sqlalchemy", "alembic", "OperationalError",
         "DatabaseError", "CommandError", "Unexpected error")


@dataclass(frozen=True)
class Template:
    """A closed, healthy shelter database (several pages of residents) and its key."""

    folder: Path
    recovery_key: str
    key: bytes
    backup: Path  # a verified backup of it

    @property
    def pages(self) -> int:
        return (self.folder / "shelter.db").stat().st_size // PAGE


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    root = Path(tmp_path_factory.mktemp("files"))
    made = create_shelter(DataDir(root / "template"))
    try:
        for number in range(200):
            add_resident(made.services.database, f"Synthetic {number}",
                         case_number=f"TS-2026-{number:04d}")
        backup = made.services.backups.backup_to(made.admin, root / "template-backup.db").path
        key = made.services.database.key
    finally:
        made.close()
        keyring.set_keyring(previous)
    shutil.rmtree(root / "template" / "backups", ignore_errors=True)
    yield Template(root / "template", made.recovery_key, key, backup)


@pytest.fixture
def folders() -> Iterator[Callable[[Template], Path]]:
    """Fresh copies of the template's data folder (hypothesis runs many examples per test)."""
    made: list[Path] = []

    def copy(template: Template) -> Path:
        target = Path(tempfile.mkdtemp(prefix="shelter-files-")) / "data"
        shutil.copytree(template.folder, target)
        made.append(target.parent)
        return target

    yield copy
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name -> sha256): names and bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path))
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    return connection


def assert_plain(error: ShelterError) -> None:
    message = error.message
    assert message.strip() and "\n" not in message
    for noise in NOISE:
        assert noise not in message, message


def open_refused(folder: Path, template: Template) -> ShelterError:
    """Try to open like the application does (an UNLOCK event would be written); return the
    ShelterError it raised. Any other exception escapes and fails the test."""
    access = ShelterAccess(DataDir(folder), KeyStore())
    try:
        database = access.open_with_recovery_key(template.recovery_key, remember=False)
    except ShelterError as error:
        assert_plain(error)
        return error
    database.close()
    raise AssertionError("a bad database file was opened")


def run_check(folder: Path, template: Template) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    previous = os.environ.get(cli.RECOVERY_KEY_ENV)
    os.environ[cli.RECOVERY_KEY_ENV] = template.recovery_key
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["--data-dir", str(folder), "check"])
    finally:
        if previous is None:
            os.environ.pop(cli.RECOVERY_KEY_ENV, None)
        else:
            os.environ[cli.RECOVERY_KEY_ENV] = previous
    return code, out.getvalue(), err.getvalue()


def expected_exit(error: ShelterError) -> int:
    """check's exit code for what the open found: 1 damaged (it opens, but pages or the journal
    are bad), 2 cannot open (wrong key, damaged header, cut short, foreign file, newer schema)."""
    if isinstance(error, (CannotOpenDatabase, DatabaseFromNewerVersion)):
        return cli.EXIT_CANNOT_OPEN
    assert isinstance(error, DatabaseDamaged), type(error)
    return cli.EXIT_FAILED


def assert_refused_untouched(
    folder: Path, template: Template, kinds: tuple[type[ShelterError], ...]
) -> ShelterError:
    """Open and check are both refused, plainly, and leave every file exactly as it was."""
    before = snapshot(folder)
    error = open_refused(folder, template)
    assert isinstance(error, kinds), f"{type(error).__name__}: {error.message}"
    assert snapshot(folder) == before
    code, out, err = run_check(folder, template)
    assert code == expected_exit(error), (code, err)
    assert out == "" and err.strip()
    for noise in NOISE:
        assert noise not in err, err
    assert snapshot(folder) == before
    return error


# ---- the healthy template (so a refusal below is the damage's doing) ------------------------


def test_the_untouched_copy_opens_and_checks_healthy(template: Template, folders) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    code, out, err = run_check(folder, template)
    assert (code, err) == (cli.EXIT_OK, "") and "Healthy" in out
    database = ShelterAccess(DataDir(folder), KeyStore()).open_with_recovery_key(
        template.recovery_key, remember=False
    )
    try:
        assert database.audit_event_count() > 0
    finally:
        database.close()
    assert template.pages > 10


# ---- damaged pages -----------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_flipped_bytes_in_an_inner_page_are_found_before_any_write(
    template: Template, folders, data: st.DataObject
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    page = data.draw(st.integers(min_value=2, max_value=template.pages), label="page")
    flips = data.draw(
        st.lists(
            st.tuples(st.integers(0, PAGE - 1), st.integers(1, 255)), min_size=1, max_size=8,
            unique_by=lambda flip: flip[0],
        ),
        label="flips",
    )
    path = folder / "shelter.db"
    content = bytearray(path.read_bytes())
    for offset, mask in flips:
        content[(page - 1) * PAGE + offset] ^= mask
    path.write_bytes(bytes(content))

    error = assert_refused_untouched(folder, template, (DatabaseDamaged,))
    assert "Part of the database file is damaged" in error.message
    assert "Nothing was written" in error.message
    code, _out, err = run_check(folder, template)
    assert code == cli.EXIT_FAILED and f"page {page}" in err  # check names the page


# ---- truncated files ---------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_a_file_cut_short_is_refused_and_left_alone(
    template: Template, folders, data: st.DataObject
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    path = folder / "shelter.db"
    size = path.stat().st_size
    length = data.draw(
        st.one_of(
            st.integers(1, size - 1),  # anywhere, mostly mid-page
            st.integers(1, size // PAGE - 1).map(lambda pages: pages * PAGE),  # page boundary
            st.sampled_from([1, 15, 16, 100, PAGE - 1, PAGE, PAGE + 1]),
        ),
        label="length",
    )
    with open(path, "r+b") as handle:
        handle.truncate(length)
    error = assert_refused_untouched(folder, template, (CannotOpenDatabase, DatabaseDamaged))
    if length >= PAGE:  # the first page decrypts: the key is known to fit
        assert "damaged" in error.message


def crash_state(template: Template, folder: Path) -> None:
    """Turn ``folder`` into the state a crash leaves: committed changes only in the -wal (with
    its -shm), not yet copied into the database file."""
    source = folder.parent / "live"
    shutil.copytree(template.folder, source)
    writer = keyed(source / "shelter.db", template.key)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE shelter_profile SET name = 'Changed after a crash'")
        writer.execute("CREATE TABLE crash_note (note TEXT)")  # changes page 1 too
        writer.commit()
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(source / f"shelter.db{suffix}", folder / f"shelter.db{suffix}")
    finally:
        writer.close()
        shutil.rmtree(source)
    assert (folder / "shelter.db-wal").stat().st_size > PAGE


def test_the_crash_state_itself_opens_with_the_change_from_the_log(
    template: Template, folders
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    crash_state(template, folder)
    access = ShelterAccess(DataDir(folder), KeyStore())
    database = access.open_with_recovery_key(template.recovery_key, remember=False)
    try:
        assert access.profile(database).name == "Changed after a crash"
    finally:
        database.close()


@pytest.mark.parametrize("which", ["first page", "inner page"])
def test_a_torn_page_whose_committed_copy_is_in_the_log_is_healed_not_refused(
    template: Template, folders, which: str
) -> None:  # type: ignore[no-untyped-def]
    """A power cut during a checkpoint can tear a page in the file while the log still holds
    its committed copy: SQLite reads that copy and writes it back at the next checkpoint, so
    this is not damage, and refusing it would make staff restore an older backup for nothing."""
    folder = folders(template)
    crash_state(template, folder)
    path = folder / "shelter.db"
    in_log = wal_committed_pages(path)
    inner = sorted(page for page in in_log if 1 < page <= template.pages)
    assert 1 in in_log and inner, in_log
    page = 1 if which == "first page" else inner[0]
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + 2000)
        handle.write(os.urandom(32))
    access = ShelterAccess(DataDir(folder), KeyStore())
    database = access.open_with_recovery_key(template.recovery_key, remember=False)
    try:
        assert access.profile(database).name == "Changed after a crash"
    finally:
        database.close()
    code, out, err = run_check(folder, template)  # the checkpoint wrote the good copy back
    assert (code, err) == (cli.EXIT_OK, "") and "Healthy" in out


def test_a_damaged_page_the_log_does_not_hold_is_refused_and_both_left_alone(
    template: Template, folders
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    crash_state(template, folder)
    path = folder / "shelter.db"
    in_log = wal_committed_pages(path)
    page = max(page for page in range(2, template.pages + 1) if page not in in_log)
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + 100)
        handle.write(os.urandom(16))
    error = assert_refused_untouched(folder, template, (DatabaseDamaged,))
    assert f"page {page}" in error.message


@FUZZ
@given(data=st.data())
def test_a_file_cut_short_with_its_log_still_there_is_refused_and_both_left_alone(
    template: Template, folders, data: st.DataObject
) -> None:  # type: ignore[no-untyped-def]
    """The log holds committed changes; the database file is cut short, down to nothing (only
    the log left). Nothing may copy the log into the cut file or reset it."""
    folder = folders(template)
    crash_state(template, folder)
    path = folder / "shelter.db"
    length = data.draw(
        st.one_of(st.just(0), st.integers(1, path.stat().st_size - 1)), label="length"
    )
    with open(path, "r+b") as handle:
        handle.truncate(length)
    assert_refused_untouched(folder, template, (CannotOpenDatabase, DatabaseDamaged))


# ---- not a shelter database at all -------------------------------------------------------


def test_an_empty_file_is_refused_and_left_alone(template: Template, folders) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    (folder / "shelter.db").write_bytes(b"")
    error = assert_refused_untouched(folder, template, (CannotOpenDatabase,))
    assert "The file was not changed" in error.message


@FUZZ
@given(
    noise=st.one_of(
        st.binary(min_size=1, max_size=3 * PAGE),
        st.integers(1, 40).map(lambda pages: random.Random(pages).randbytes(pages * PAGE)),
        st.binary(min_size=0, max_size=200).map(lambda tail: b"SQLite format 3\0" + tail),
    )
)
def test_random_garbage_is_refused_and_left_alone(
    template: Template, folders, noise: bytes
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    (folder / "shelter.db").write_bytes(noise)
    assert_refused_untouched(folder, template, (CannotOpenDatabase,))


def test_a_plain_sqlite_file_is_refused_and_left_alone(template: Template, folders) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    path = folder / "shelter.db"
    path.unlink()
    plain = sqlcipher3.connect(str(path))  # no key: an ordinary, unencrypted SQLite file
    plain.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    plain.execute("INSERT INTO alembic_version VALUES ('0005')")
    plain.execute("CREATE TABLE resident (id INTEGER PRIMARY KEY, name TEXT)")
    plain.commit()
    plain.close()
    assert path.read_bytes().startswith(b"SQLite format 3\0")
    assert_refused_untouched(folder, template, (CannotOpenDatabase,))


# ---- a schema from a newer version -------------------------------------------------------


def set_revision(path: Path, key: bytes, revision: str) -> None:
    connection = keyed(path, key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("revision", ["9999", "0006_from_the_future", "ffffffffffff"])
def test_a_database_from_a_newer_version_is_refused_never_migrated(
    template: Template, folders, revision: str
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    set_revision(folder / "shelter.db", template.key, revision)
    error = assert_refused_untouched(folder, template, (DatabaseFromNewerVersion,))
    assert "made by a newer version of Shelter Desktop" in error.message
    assert "Install that version or newer" in error.message
    assert revision in error.message
    assert not (folder / "backups").exists()  # no pre-upgrade backup either


def test_other_commands_refuse_a_newer_database_too(template: Template, folders, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    set_revision(folder / "shelter.db", template.key, "9999")
    before = snapshot(folder)
    err = io.StringIO()
    os.environ[cli.RECOVERY_KEY_ENV] = template.recovery_key
    os.environ[cli.PASSWORD_ENV] = "admin-pass-2026"
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["--data-dir", str(folder), "backup", "--to",
                             str(tmp_path / "copy.db"), "--user", "admin"])
    finally:
        os.environ.pop(cli.RECOVERY_KEY_ENV, None)
        os.environ.pop(cli.PASSWORD_ENV, None)
    assert code == cli.EXIT_CANNOT_OPEN
    assert "newer version of Shelter Desktop" in err.getvalue()
    assert snapshot(folder) == before and not (tmp_path / "copy.db").exists()


def test_restoring_a_backup_from_a_newer_version_is_refused(template: Template, folders, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    newer = tmp_path / "shelter-newer.db"
    shutil.copyfile(template.backup, newer)
    set_revision(newer, template.key, "9999")
    before, backup_before = snapshot(folder), hashlib.sha256(newer.read_bytes()).hexdigest()

    with pytest.raises(BackupFromNewerVersion) as caught:
        restore_from(DataDir(folder), KeyStore(), newer, template.key)
    assert_plain(caught.value)
    assert "newer version of Shelter Desktop" in caught.value.message
    with pytest.raises(BackupFromNewerVersion):  # the start screen's restore, same refusal
        restore_at_start(ShelterAccess(DataDir(folder), KeyStore()), newer,
                         template.recovery_key)

    err = io.StringIO()
    os.environ[cli.RECOVERY_KEY_ENV] = template.recovery_key
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["--data-dir", str(folder), "restore", "--from", str(newer)])
    finally:
        os.environ.pop(cli.RECOVERY_KEY_ENV, None)
    assert code == cli.EXIT_FAILED
    assert "newer version of Shelter Desktop" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert snapshot(folder) == before  # nothing replaced, nothing staged left behind
    assert hashlib.sha256(newer.read_bytes()).hexdigest() == backup_before


# ---- a damaged write-ahead log -----------------------------------------------------------


@FUZZ
@given(noise=st.binary(min_size=1, max_size=5 * PAGE))
def test_a_garbage_log_is_refused_and_neither_file_touched(
    template: Template, folders, noise: bytes
) -> None:  # type: ignore[no-untyped-def]
    """SQLite would silently ignore (and, at the next write, overwrite) a log with a bad
    header: the changes in it would be lost without a word."""
    folder = folders(template)
    (folder / "shelter.db-wal").write_bytes(noise)
    error = assert_refused_untouched(folder, template, (DatabaseDamaged,))
    assert "shelter.db-wal" in error.message


@FUZZ
@given(data=st.data())
def test_a_log_with_a_damaged_header_is_refused(
    template: Template, folders, data: st.DataObject
) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    crash_state(template, folder)
    wal = folder / "shelter.db-wal"
    content = bytearray(wal.read_bytes())
    offset = data.draw(st.integers(0, 31), label="offset")
    content[offset] ^= data.draw(st.integers(1, 255), label="mask")
    wal.write_bytes(bytes(content))
    error = assert_refused_untouched(folder, template, (DatabaseDamaged,))
    assert "journal file" in error.message


def test_an_empty_log_is_normal(template: Template, folders) -> None:  # type: ignore[no-untyped-def]
    folder = folders(template)
    (folder / "shelter.db-wal").write_bytes(b"")
    code, out, _err = run_check(folder, template)
    assert code == cli.EXIT_OK and "Healthy" in out


def test_a_damaged_database_due_for_a_migration_is_neither_backed_up_nor_migrated(
    template: Template, folders
) -> None:  # type: ignore[no-untyped-def]
    """The page check comes before the pre-upgrade backup and the migrations."""
    folder = folders(template)
    path = folder / "shelter.db"
    set_revision(path, template.key, "0004")  # an older revision this version migrates from
    with open(path, "r+b") as handle:
        handle.seek((template.pages // 2) * PAGE + 321)
        handle.write(b"\xff" * 8)
    error = assert_refused_untouched(folder, template, (DatabaseDamaged,))
    assert "Part of the database file is damaged" in error.message
    assert not (folder / "backups").exists()
