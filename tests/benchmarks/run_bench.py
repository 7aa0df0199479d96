"""``make bench``: measure Shelter Desktop on a synthetic dataset (DESIGN.md section 7).

    python -m tests.benchmarks.run_bench [--residents 5000,50000] [--seed 1] [--rebuild] [--skip-gui]

Prints one table and writes ``bench-results/bench.json``. Benchmarks are measurements, never
pass/fail. Generated databases are cached under ``bench-results/datasets/`` keyed by size, seed
and schema revision, so a rerun only measures. They hold synthetic people only, which is why
their recovery keys may sit in a ``meta.json`` beside them (bench-results/ is git-ignored).

The service measurements run in a separate worker process (``--worker``) so that its peak
memory is that of an application session, not of the generator. The OS credential store is
never touched: processes here use an in-memory keyring, and the GUI child gets the fail backend
plus SHELTER_RECOVERY_KEY.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, insert, select

from shelter_desktop.domain.clock import utc_now
from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.services.backups import restore_from
from shelter_desktop.services.demo import create_demo, fill_residents
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.engine import CONNECTION_PRAGMAS, make_engine, raw_key_literal
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.migrations import head_revision
from shelter_desktop.storage.models import Base, StaffAccountRow
from shelter_desktop.storage.paths import DataDir
from tests.keyring_backends import MemoryKeyring

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "bench-password-2026"
GUI_TIMEOUT_S = 120

# ---------------------------------------------------------------- helpers


def now_s() -> float:
    return time.perf_counter()


def timed(fn: Callable[[], Any]) -> float:
    start = now_s()
    fn()
    return now_s() - start


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * pct / 100
    low, high = int(rank), min(int(rank) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    On Linux, VmHWM: getrusage's ru_maxrss would also count the parent's memory at fork time
    (Linux carries the pre-exec peak over), which made children look as big as the benchmark.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    raw = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024  # bytes vs KiB


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def size_mb(path: Path) -> float:
    return path.stat().st_size / 1e6


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- datasets


@dataclass(frozen=True)
class Dataset:
    folder: Path
    meta: dict[str, Any]
    cached: bool

    @property
    def recovery_key(self) -> str:
        return str(self.meta["recovery_key"])


def _revision_tag() -> str:
    return head_revision().replace("/", "_")


def ensure_dataset(out: Path, residents: int, seed: int, rebuild: bool) -> Dataset:
    """The demo database for (residents, seed, schema), built once and then reused."""
    folder = out / "datasets" / f"demo-r{residents}-s{seed}-{_revision_tag()}"
    meta_path = folder / "meta.json"
    if meta_path.exists() and (folder / "data" / "shelter.db").exists() and not rebuild:
        return Dataset(folder, json.loads(meta_path.read_text()), cached=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"building the demo database: {residents:,} residents, seed {seed} ...")
    access = ShelterAccess(DataDir(folder / "data"), KeyStore(MemoryKeyring()))
    start = now_s()
    database, created = create_demo(access, residents, seed, PASSWORD)
    seconds = now_s() - start
    with database.engine.connect() as connection:
        notes = connection.exec_driver_sql("SELECT count(*) FROM counseling_note").scalar()
        connection.rollback()
    database.close()
    meta = {
        "residents": residents,
        "notes": notes,
        "seed": seed,
        "schema_revision": head_revision(),
        "build_seconds": seconds,
        "built_at": utc_now().isoformat(timespec="seconds"),
        "recovery_key": created.recovery_key,  # synthetic data only
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    return Dataset(folder, meta, cached=False)


def fresh_work_copy(dataset: Dataset, out: Path) -> Path:
    """A copy to measure on, so audit events written while measuring never touch the cache."""
    work = out / "work" / dataset.folder.name
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(dataset.folder / "data", work)
    return work


# ---------------------------------------------------------------- SQLCipher vs plain SQLite


def _plain_pragmas() -> list[str]:
    return [p for p in CONNECTION_PRAGMAS if "cipher" not in p]


def _plain_engine(path: Path) -> Engine:
    # sqlcipher3 without a key writes an ordinary SQLite file with the very same SQLite version
    # as the encrypted one, so the comparison isolates the cost of encryption.
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        for pragma in _plain_pragmas():
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _build_compare_file(engine: Engine, residents: int, seed: int) -> float:
    Base.metadata.create_all(engine)
    now = utc_now()
    with engine.begin() as connection:
        connection.execute(
            insert(StaffAccountRow.__table__),
            [
                {"id": i, "username": f"counselor{i}", "display_name": f"Counselor {i}",
                 "role": "counselor", "password_hash": "-", "active": True,
                 "must_change_password": False, "failed_sign_ins": 0, "created_at": now}
                for i in (1, 2, 3)
            ],
        )
    start = now_s()
    fill_residents(engine, [1, 2, 3], residents, seed)
    seconds = now_s() - start
    engine.dispose()
    return seconds


def ensure_compare(out: Path, residents: int, seed: int, rebuild: bool) -> Dataset:
    """The same schema and rows in a plain SQLite file and in a SQLCipher file."""
    folder = out / "datasets" / f"compare-r{residents}-s{seed}-{_revision_tag()}"
    meta_path = folder / "meta.json"
    if meta_path.exists() and not rebuild:
        return Dataset(folder, json.loads(meta_path.read_text()), cached=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    log(f"building plain SQLite and SQLCipher copies of {residents:,} residents ...")
    key = os.urandom(32)
    plain_s = _build_compare_file(_plain_engine(folder / "plain.db"), residents, seed)
    cipher_s = _build_compare_file(make_engine(folder / "cipher.db", key), residents, seed)
    meta = {"key_hex": key.hex(), "plain_load_seconds": plain_s, "cipher_load_seconds": cipher_s,
            "residents": residents, "seed": seed}
    meta_path.write_text(json.dumps(meta, indent=2))
    return Dataset(folder, meta, cached=False)


def _connect(path: Path, key: bytes | None, module: Any = sqlcipher3) -> Any:
    """A DB-API connection with the application's pragmas; no key means a plain SQLite file."""
    connection = module.connect(str(path), isolation_level=None)
    if key is not None:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    for pragma in _plain_pragmas():
        connection.execute(pragma)
    return connection


LIKE_SEARCH = (
    "SELECT id, case_number, name_latin FROM resident WHERE name_latin_key LIKE ? ESCAPE '\\' "
    "ORDER BY name_latin_key LIMIT 50"
)
RANGE_SEARCH = (
    "SELECT id, case_number, name_latin FROM resident "
    "WHERE name_latin_key >= ? AND name_latin_key < ? ORDER BY name_latin_key LIMIT 50"
)
NOTE_INSERT = (
    "INSERT INTO counseling_note (resident_id, counselor_id, session_date, note_type, "
    "duration_minutes, presenting_issues, observations, interventions, plan, risk_flags, "
    "visibility, signed_at, created_at) VALUES (?, 1, ?, 'individual', 45, ?, ?, ?, ?, '', "
    "'case_team', NULL, ?)"
)


def _workload_inputs(connection: Any, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    keys = [row[0] for row in connection.execute("SELECT name_latin_key FROM resident")]
    max_id = connection.execute("SELECT max(id) FROM resident").fetchone()[0]
    prefixes = []
    for _ in range(200):
        key = rng.choice(keys)
        prefixes.append(key[: rng.randint(1, min(6, len(key)))])
    ids = [rng.randint(1, max_id) for _ in range(200)]
    return {"prefixes": prefixes, "ids": ids, "max_id": max_id}


def _run_workload(connection: Any, inputs: dict[str, Any]) -> dict[str, float]:
    result = {}
    start = now_s()
    for prefix in inputs["prefixes"]:
        connection.execute(LIKE_SEARCH, (prefix + "%",)).fetchall()
    result["prefix_search_like"] = now_s() - start
    start = now_s()
    for prefix in inputs["prefixes"]:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        connection.execute(RANGE_SEARCH, (prefix, upper)).fetchall()
    result["prefix_search_range"] = now_s() - start
    start = now_s()
    for resident_id in inputs["ids"]:
        connection.execute("SELECT * FROM resident WHERE id = ?", (resident_id,)).fetchall()
        connection.execute(
            "SELECT * FROM counseling_note WHERE resident_id = ? ORDER BY session_date",
            (resident_id,),
        ).fetchall()
    result["point_reads"] = now_s() - start
    before = connection.execute("SELECT max(id) FROM counseling_note").fetchone()[0] or 0
    today = utc_now().date().isoformat()
    stamp = utc_now().isoformat(sep=" ")
    rows = [(1 + i % inputs["max_id"], today, "Bench note", "Calm.", "Listening.", "Follow up.",
             stamp) for i in range(1000)]
    start = now_s()
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(NOTE_INSERT, rows)
    connection.execute("COMMIT")
    result["insert_1000_in_one_transaction"] = now_s() - start
    connection.execute("DELETE FROM counseling_note WHERE id > ?", (before,))  # not timed
    result["total"] = sum(result.values())
    return result


def compare_sqlcipher_with_sqlite(dataset: Dataset, seed: int) -> dict[str, Any]:
    """Median of 5 runs of the same workload on each file, each on a new connection. "sqlite" is the plain file through
    the same SQLite library (sqlcipher3, no key); "python_sqlite3" is the plain file through
    Python's own sqlite3 module (another SQLite version), for reference only."""
    key = bytes.fromhex(dataset.meta["key_hex"])
    plain, cipher = dataset.folder / "plain.db", dataset.folder / "cipher.db"
    files = {"sqlite": (plain, None, sqlcipher3), "sqlcipher": (cipher, key, sqlcipher3),
             "python_sqlite3": (plain, None, sqlite3)}
    inputs = None
    runs: dict[str, dict[str, float]] = {}
    for name, (path, file_key, module) in files.items():
        repeats = []
        for _ in range(5):
            # A new connection each time: SQLite's page cache starts empty, so every page the
            # workload touches is read (and for SQLCipher decrypted) at least once.
            connection = _connect(path, file_key, module)
            try:
                if inputs is None:
                    inputs = _workload_inputs(connection, seed)
                    connection.close()
                    connection = _connect(path, file_key, module)
                repeats.append(_run_workload(connection, inputs))
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        runs[name] = {part: median([r[part] for r in repeats]) for part in repeats[0]}
    runs["sqlite"]["bulk_load"] = dataset.meta["plain_load_seconds"]
    runs["sqlcipher"]["bulk_load"] = dataset.meta["cipher_load_seconds"]
    ratios = {part: runs["sqlcipher"][part] / runs["sqlite"][part]
              for part in runs["sqlite"] if runs["sqlite"][part] > 0}
    return {**runs, "ratio": ratios, "plain_mb": size_mb(plain), "cipher_mb": size_mb(cipher),
            "python_sqlite3_version": sqlite3.sqlite_version}


# ---------------------------------------------------------------- cold start of the GUI


GUI_SNIPPET = (
    "import sys; from pathlib import Path; from shelter_desktop.app import main; "
    "code = main(Path(sys.argv[1])); "
    "from tests.benchmarks.run_bench import peak_rss_mib; "
    "print(f'peak-rss-mib {peak_rss_mib()}', flush=True); sys.exit(code)"
)


def cold_start(work: Path, recovery_key: str, repeats: int) -> dict[str, Any]:
    if importlib.util.find_spec("shelter_desktop.app") is None:
        return {"status": "n/a (app not built)"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHELTER_")}
    env.update(
        SHELTER_QUIT_AFTER_SHOWN="1",
        PYTHON_KEYRING_BACKEND="tests.benchmarks.EnvKeyring",
        SHELTER_BENCH_KEY_HEX=parse_recovery_key(recovery_key).hex(),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times: list[float] = []
    peaks: list[float] = []
    for _ in range(repeats):
        start = now_s()
        process = subprocess.Popen(
            [sys.executable, "-c", GUI_SNIPPET, str(work)], env=env, cwd=REPO,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        shown_at = None
        assert process.stdout is not None
        try:
            for line in process.stdout:
                if line.strip() == "shown":
                    shown_at = now_s()
                elif line.startswith("peak-rss-mib "):
                    peaks.append(float(line.split()[1]))
            process.wait(timeout=GUI_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr = process.stderr.read() if process.stderr else ""
        if shown_at is None:
            last = (stderr.strip().splitlines() or [""])[-1][:160]
            return {"status": f"n/a (no 'shown'; exit {process.returncode}: {last})"}
        times.append(shown_at - start)
    return {"status": "ok", "seconds": median(times), "runs": times,
            "peak_rss_mib": max(peaks) if peaks else None}


# ---------------------------------------------------------------- worker: service timings


@contextmanager
def _memory_keyring_access(work: Path, recovery_key: str) -> Iterator[ShelterAccess]:
    memory = MemoryKeyring()
    access = ShelterAccess(DataDir(work), KeyStore(memory))
    database_id = access.settings().database_id
    KeyStore(memory).store(database_id, parse_recovery_key(recovery_key))
    yield access


def worker(work: Path) -> dict[str, Any]:
    """Runs in its own process: unlock, sign-in, search, open file, backup; peak memory."""
    from shelter_desktop.services.container import Services
    from shelter_desktop.services.residents import ResidentQuery
    from shelter_desktop.storage.backup import backup_database

    recovery_key = os.environ["SHELTER_RECOVERY_KEY"]
    result: dict[str, Any] = {}
    with _memory_keyring_access(work, recovery_key) as access:
        keyring_opens, key_opens = [], []
        for _ in range(5):
            start = now_s()
            database = access.open_with_keyring()
            keyring_opens.append(now_s() - start)
            database.close()
            start = now_s()
            database = access.open_with_recovery_key(recovery_key, remember=False)
            key_opens.append(now_s() - start)
            database.close()
        result["unlock_open_keyring"] = median(keyring_opens)
        result["unlock_open_recovery_key"] = median(key_opens)

        database = access.open_with_keyring()
        services = Services(access, database)
        sign_ins = [timed(lambda: services.auth.sign_in("manager", PASSWORD)) for _ in range(5)]
        result["sign_in"] = median(sign_ins)
        manager = services.auth.sign_in("manager", PASSWORD)
        counselor = services.auth.sign_in("counselor", PASSWORD)

        rng = random.Random(7)
        with database.session() as session:
            from shelter_desktop.storage.models import ResidentRow

            names = list(session.scalars(select(ResidentRow.name_latin)))
            ids = list(session.scalars(select(ResidentRow.id)))
        typed = []
        for name in rng.sample(names, min(20, len(names))):
            typed += [name[:i] for i in range(1, min(6, len(name)) + 1)]
        service_times, raw_times = [], []
        raw = _connect(work / "shelter.db", parse_recovery_key(recovery_key))
        for text in typed:
            query = ResidentQuery(text=text)
            start = now_s()
            services.residents.count(manager, query)
            services.residents.page(manager, query, 0, 50)
            service_times.append(now_s() - start)
            start = now_s()
            _raw_search(raw, text)
            raw_times.append(now_s() - start)
        raw.close()
        result["search_service_p50"] = percentile(service_times, 50)
        result["search_service_p95"] = percentile(service_times, 95)
        result["search_raw_p50"] = percentile(raw_times, 50)
        result["search_raw_p95"] = percentile(raw_times, 95)
        result["search_keystrokes"] = len(typed)

        opens = []
        for resident_id in rng.sample(ids, min(30, len(ids))):
            start = now_s()
            # What the file window loads first: the overview and the first page of notes.
            services.residents.detail(counselor, resident_id)
            services.contacts.safety_alerts(counselor, resident_id)
            services.notes.risk_alerts(counselor, resident_id)
            services.due_work.items(counselor, mine_only=False, resident_id=resident_id)
            services.notes.list_notes(counselor, resident_id, 0, 50)
            opens.append(now_s() - start)
        result["open_file_p50"] = percentile(opens, 50)
        result["open_file_p95"] = percentile(opens, 95)

        result.update(_case_work_timings(services, database, manager, counselor, rng))
        result.update(_summary_timings(services, services.auth.sign_in("dataofficer", PASSWORD)))

        key = database.key
        backups = []
        restores = []
        for number in range(3):
            target = work / "bench-backups" / f"backup-{number}.db"
            backups.append(timed(lambda: backup_database(work / "shelter.db", key, target)))
            # Restore on a "new PC": an empty data folder, the key typed in (no keystore).
            new_pc = DataDir(work / f"restored-{number}")
            start = now_s()
            restore_from(new_pc, KeyStore(MemoryKeyring()), target, key, "bench")
            restores.append(now_s() - start)
            target.unlink()
            shutil.rmtree(new_pc.root, ignore_errors=True)
        result["backup_and_verify"] = median(backups)
        result["restore_and_verify"] = median(restores)
        services.close()
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def _case_work_timings(services: Any, database: Any, manager: Any, counselor: Any,
                       rng: random.Random) -> dict[str, Any]:
    """Due work (shelter-wide and "mine"), one care plan PDF and a batch of 50."""
    from shelter_desktop.storage.models import CarePlanRow, ResidentRow

    result: dict[str, Any] = {}
    shelter_wide = [timed(lambda: services.due_work.items(manager, mine_only=False))
                    for _ in range(5)]
    mine = [timed(lambda: services.due_work.items(counselor, mine_only=True)) for _ in range(5)]
    result["due_work_shelter"] = median(shelter_wide)
    result["due_work_items"] = len(services.due_work.items(manager, mine_only=False))
    result["due_work_mine"] = median(mine)
    with database.session() as session:
        active = (
            select(CarePlanRow.id, CarePlanRow.review_date)
            .join(ResidentRow, ResidentRow.id == CarePlanRow.resident_id)
            .where(CarePlanRow.status == "active", ResidentRow.status == "active")
            .order_by(CarePlanRow.review_date, CarePlanRow.id)
        )
        plans = session.execute(active).all()
    if len(plans) < 50:
        return result
    singles = []
    for plan_id, _ in rng.sample(plans, 10):
        for language in ("en", "km", "both"):
            singles.append(timed(lambda: services.printing.care_plan_pdf(
                manager, plan_id, language)))
    result["care_plan_pdf_p50"] = percentile(singles, 50)
    result["care_plan_pdf_p95"] = percentile(singles, 95)
    # The 50 oldest reviews (same order as the batch print); stop at the 50th review date.
    until = plans[49][1]
    batch_times, counts = [], []
    for _ in range(2):
        start = now_s()
        _pdf, count = services.printing.care_plans_due_pdf(manager, until, "both")
        batch_times.append(now_s() - start)
        counts.append(count)
    result["care_plan_batch_pdf"] = median(batch_times)
    result["care_plan_batch_count"] = counts[0]
    return result


def _summary_timings(services: Any, officer: Any) -> dict[str, Any]:
    """The annual anonymized summary of last year: preview (all tables) and each export."""
    from datetime import date

    from shelter_desktop.domain.summary import SummaryRequest, year_period

    request = SummaryRequest(year_period(date.today().year - 1, date.today()))
    result: dict[str, Any] = {
        "summary_year": request.period.start.year,
        "summary_preview": median([timed(lambda: services.summaries.build(officer, request))
                                   for _ in range(3)]),
    }
    for file_format in ("csv", "xlsx", "pdf"):
        result[f"summary_{file_format}"] = median([
            timed(lambda: services.summaries.export(officer, request, file_format, "km"))
            for _ in range(3)
        ])
    return result


def _raw_search(connection: Any, text: str) -> None:
    """The resident list's query (count + first page) written by hand in SQL: the same FTS5
    match the service builds (storage/resident_search.py), without the ORM and services."""
    from shelter_desktop.storage.resident_search import FTS_TABLE, match_expression

    expression = match_expression(text)
    matching = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    connection.execute(f"SELECT count(*) FROM ({matching})", (expression,)).fetchone()
    connection.execute(
        "SELECT id, case_number, name_khmer, name_latin, sex, date_of_birth, status, risk_level, "
        f"admission_date FROM resident WHERE id IN ({matching}) "
        "ORDER BY admission_date DESC, id DESC LIMIT 50",
        (expression,),
    ).fetchall()


def run_worker(work: Path, recovery_key: str) -> dict[str, Any]:
    env = dict(os.environ, SHELTER_RECOVERY_KEY=recovery_key,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.run_bench", "--worker", str(work)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=3600,
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark worker failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- report


def table(rows: list[tuple[str, str, str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [f"+{line}+"]
    for index, row in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
        if index == 0:
            out.append(f"+{line}+")
    out.append(f"+{line}+")
    return "\n".join(out)


def build_rows(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    d, w, g, c = report["dataset"], report["services"], report["cold_start"], report["compare"]
    rows = [("measurement", "result", "how")]
    rows.append((
        "dataset",
        f"{d['residents']:,} residents, {d['notes']:,} notes, {d['database_mb']:.1f} MB",
        f"demo build {d['build_seconds']:.1f} s" + (" (cached)" if d["cached"] else ""),
    ))
    if g["status"] == "ok":
        rows.append(("cold start to first window shown", ms(g["seconds"]),
                     "median of 3; new process, key in store, offscreen"))
    else:
        rows.append(("cold start to first window shown", g["status"], ""))
    rows += [
        ("unlock + open (keyring)", ms(w["unlock_open_keyring"]),
         "median of 5; probe, pragmas, migration check, audit"),
        ("unlock + open (recovery key)", ms(w["unlock_open_recovery_key"]), "median of 5"),
        ("sign-in (argon2id)", ms(w["sign_in"]), "median of 5, incl. audit event"),
        ("resident search as you type (service)",
         f"p50 {ms(w['search_service_p50'])}, p95 {ms(w['search_service_p95'])}",
         f"count + first page, {w['search_keystrokes']} keystrokes"),
        ("same query as raw SQL",
         f"p50 {ms(w['search_raw_p50'])}, p95 {ms(w['search_raw_p95'])}",
         f"service/raw p50 ratio {w['search_service_p50'] / w['search_raw_p50']:.2f}"),
        ("open a resident file",
         f"p50 {ms(w['open_file_p50'])}, p95 {ms(w['open_file_p95'])}",
         "overview (detail, alerts, due work) + first notes page, 30 residents"),
        ("backup and verify", ms(w["backup_and_verify"]), "median of 3, backup API + checks"),
        ("restore and verify (new PC)", ms(w["restore_and_verify"]),
         "median of 3: copy, both checks, schema check, open"),
        ("due work list (whole shelter)", ms(w["due_work_shelter"]),
         f"median of 5; {w['due_work_items']:,} items (limit 1,000), house manager"),
        ("due work list (mine)", ms(w["due_work_mine"]), "median of 5, one counselor"),
        *_care_plan_rows(w),
        ("annual anonymized summary (preview)", ms(w["summary_preview"]),
         f"year {w['summary_year']}, all tables, k = 5, median of 3"),
        ("annual summary export CSV / XLSX / PDF",
         f"{ms(w['summary_csv'])} / {ms(w['summary_xlsx'])} / {ms(w['summary_pdf'])}",
         "build + file, Khmer labels, median of 3"),
    ]
    labels = {
        "bulk_load": "bulk load of the dataset",
        "prefix_search_like": "200 prefix searches (LIKE)",
        "prefix_search_range": "200 prefix searches (range)",
        "point_reads": "200 point reads (+ notes)",
        "insert_1000_in_one_transaction": "1 transaction, 1000 inserts",
        "total": "workload total (excl. load)",
    }
    for part, label in labels.items():
        rows.append((
            f"SQLCipher vs SQLite: {label}",
            f"{ms(c['sqlcipher'][part])} vs {ms(c['sqlite'][part])}",
            f"ratio {c['ratio'][part]:.2f}",
        ))
    rows.append((
        f"(ref.) workload total, Python sqlite3 {c['python_sqlite3_version']}",
        ms(c["python_sqlite3"]["total"]),
        "plain file, other SQLite version",
    ))
    memory = f"services session {w['peak_rss_mib']:.0f} MiB"
    if g["status"] == "ok" and g["peak_rss_mib"]:
        memory += f", GUI to first window {g['peak_rss_mib']:.0f} MiB"
    rows.append(("peak memory (peak RSS)", memory, "VmHWM (Linux), else getrusage"))
    return rows


def _care_plan_rows(w: dict[str, Any]) -> list[tuple[str, str, str]]:
    if "care_plan_pdf_p50" not in w:
        return [("care plan PDF", "n/a (fewer than 50 active plans)", "")]
    return [
        ("care plan PDF (one plan)",
         f"p50 {ms(w['care_plan_pdf_p50'])}, p95 {ms(w['care_plan_pdf_p95'])}",
         "10 plans x en, km, both; service call incl. audit"),
        ("care plan PDF (batch)", ms(w["care_plan_batch_pdf"]),
         f"{w['care_plan_batch_count']} plans due for review, both languages, median of 2"),
    ]


def environment() -> dict[str, Any]:
    probe = sqlcipher3.connect(":memory:")
    cipher_version = probe.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite_in_cipher = probe.execute("SELECT sqlite_version()").fetchone()[0]
    probe.close()
    return {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlcipher": cipher_version,
        "sqlite_in_sqlcipher": sqlite_in_cipher,
        "sqlite_plain": sqlite3.sqlite_version,
    }


def run_one(args: argparse.Namespace, out: Path, residents: int) -> dict[str, Any]:
    """Every measurement on one dataset size; prints its table."""
    dataset = ensure_dataset(out, residents, args.seed, args.rebuild)
    compare = ensure_compare(out, residents, args.seed, args.rebuild)
    work = fresh_work_copy(dataset, out)

    log(f"[{residents} residents] cold start of the GUI ...")
    gui = {"status": "n/a (skipped)"} if args.skip_gui else cold_start(
        fresh_work_copy(dataset, out / "gui"), dataset.recovery_key, 3)
    log(f"[{residents} residents] services (worker process) ...")
    services = run_worker(work, dataset.recovery_key)
    log(f"[{residents} residents] SQLCipher vs plain SQLite ...")
    compared = compare_sqlcipher_with_sqlite(compare, args.seed)

    report = {
        "environment": environment(),
        "dataset": {
            "residents": dataset.meta["residents"],
            "notes": dataset.meta["notes"],
            "seed": dataset.meta["seed"],
            "schema_revision": dataset.meta["schema_revision"],
            "build_seconds": dataset.meta["build_seconds"],
            "cached": dataset.cached,
            "database_mb": size_mb(dataset.folder / "data" / "shelter.db"),
        },
        "cold_start": gui,
        "services": services,
        "compare": compared,
        "bench_process_peak_rss_mib": peak_rss_mib(),
    }
    rows = build_rows(report)
    report["table"] = [dict(zip(("measurement", "result", "how"), r)) for r in rows[1:]]
    print(f"\n## {residents} residents")
    print(table(rows))
    shutil.rmtree(out / "work", ignore_errors=True)
    shutil.rmtree(out / "gui", ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run_bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--residents", default="5000,50000",
        help="dataset sizes, comma-separated (DESIGN.md section 7 asks for 5k and 50k)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=REPO / "bench-results")
    parser.add_argument("--rebuild", action="store_true", help="regenerate cached datasets")
    parser.add_argument("--skip-gui", action="store_true", help="do not measure the cold start")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return 0

    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    sizes = [int(part) for part in str(args.residents).split(",") if part.strip()]
    runs = [run_one(args, out, size) for size in sizes]
    (out / "bench.json").write_text(json.dumps({"runs": runs}, indent=2, default=str))
    print(f"written: {out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
