"""The command line (DESIGN.md section 8): admins script it, tests drive it.

``shelter-desktop [--data-dir DIR] [command]``; with no command the GUI starts. Unlocking uses the
OS credential store, else the ``SHELTER_RECOVERY_KEY`` environment variable. Every failure is one
clear line on stderr and a non-zero exit code, never a traceback, and nothing printed ever
contains a resident's personal data (an unexpected error prints only its type, because database
errors can quote the values they failed on).

Exit codes: 0 success, 1 failure or damaged database, 2 the database cannot be opened (no
database, wrong key, damaged header, no key available) or bad usage, 130 interrupted.
This module never imports Qt; ``shelter_desktop.app`` is imported only to start the GUI.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .atomic_file import write_atomically
from .domain.errors import (
    CannotOpenDatabase,
    DatabaseExists,
    DatabaseFromNewerVersion,
    InvalidRecoveryKey,
    NoDatabase,
    RecoveryKeyNeeded,
    ShelterError,
    ValidationError,
)
from .domain.i18n import QT_TRANSLATE_NOOP
from .domain.recovery_key import parse_recovery_key
from .services.audit_log import AuditLogService
from .services.backups import BackupMissing, restore_from
from .services.key_change import pending_key
from .services.container import Services
from .services.shelter_access import CreatedShelter, NewShelter, ShelterAccess
from .storage.backup import integrity_problems
from .storage.rekey import opens_with
from .storage.database import ShelterDatabase, refuse_newer_schema
from .storage.engine import open_engine, page_problems, probe_key
from .storage.keystore import KeyStore
from .storage.paths import DataDir, default_data_dir

EXIT_OK = 0
EXIT_FAILED = 1  # also: the database is damaged
EXIT_CANNOT_OPEN = 2
EXIT_INTERRUPTED = 130

PASSWORD_ENV = "SHELTER_PASSWORD"
RECOVERY_KEY_ENV = "SHELTER_RECOVERY_KEY"
DEBUG_ENV = "SHELTER_DEBUG"  # developers only: let unexpected errors show their traceback
DEFAULT_DEMO_PASSWORD = "demo-password"


class KeyUnavailable(ShelterError):
    """Neither the credential store nor SHELTER_RECOVERY_KEY gives the database key."""

    template = QT_TRANSLATE_NOOP(
        "Cli",
        "The database key is not available. {reason} Set the environment variable "
        "SHELTER_RECOVERY_KEY to the recovery key and run the command again.",
    )


class PasswordsDiffer(ValidationError):
    template = QT_TRANSLATE_NOOP("Cli", "The two passwords are not the same. Nothing was created.")


class NoPasswordSource(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Cli",
        "No password given: set the environment variable SHELTER_PASSWORD, or run the command "
        "in a terminal to type it.",
    )


class GuiUnavailable(ShelterError):
    template = QT_TRANSLATE_NOOP(
        "Cli",
        "The graphical application could not start ({problem}). Reinstall the application, "
        "or use the commands listed by --help.",
    )


# Errors that mean "this database cannot be opened": exit code 2 for every command.
CANNOT_OPEN = (NoDatabase, CannotOpenDatabase, RecoveryKeyNeeded, InvalidRecoveryKey,
               KeyUnavailable, DatabaseFromNewerVersion)


def say(text: str) -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- unlocking


def _recovery_key_text() -> str:
    return os.environ.get(RECOVERY_KEY_ENV, "").strip()


def database_key(access: ShelterAccess) -> bytes:
    """The key, from the credential store or else SHELTER_RECOVERY_KEY, without opening the file.

    Raises NoDatabase, KeyUnavailable or InvalidRecoveryKey.
    """
    if not access.has_database():
        raise NoDatabase(folder=str(access.data_dir.root))
    database_id = access.settings().database_id
    lookup = access.keystore.load(database_id) if database_id else None
    text = _recovery_key_text()
    pending = pending_key(access.keystore, database_id)
    if pending is not None and opens_with(access.data_dir.database, pending):
        return pending  # an interrupted key change: the new key is still the pending entry
    if lookup is not None and lookup.key is not None:
        if not text:
            return lookup.key
        try:
            probe_key(access.data_dir.database, lookup.key)
            return lookup.key
        except CannotOpenDatabase:
            pass  # a stale key in the store; the recovery key given below may be right
    if text:
        return parse_recovery_key(text)
    reason = lookup.reason if lookup is not None else access.keystore_reason_for_unknown_id()
    raise KeyUnavailable(reason=reason)


def unlock(access: ShelterAccess) -> ShelterDatabase:
    """Open the database with the credential store, else with SHELTER_RECOVERY_KEY.

    A recovery key given this way is not remembered: scripts run on machines whose credential
    store may belong to someone else.
    """
    text = _recovery_key_text()
    try:
        return access.open_with_keyring()
    except RecoveryKeyNeeded as needed:
        if not text:
            raise KeyUnavailable(reason=needed.params.get("reason", "")) from None
    except CannotOpenDatabase:
        if not text:
            raise
    return access.open_with_recovery_key(text, remember=False)


def make_access(data_dir: Path) -> ShelterAccess:
    return ShelterAccess(DataDir(data_dir), KeyStore())


# ---------------------------------------------------------------- passwords


def ask_new_password(prompt_name: str) -> str:
    """SHELTER_PASSWORD, else typed twice at a terminal."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise NoPasswordSource()
    first = getpass.getpass(f"Password for {prompt_name}: ")
    second = getpass.getpass("Type the password again: ")
    if first != second:
        raise PasswordsDiffer()
    return first


def _key_storage_line(created: CreatedShelter) -> str:
    if created.key_remembered:
        return QT_TRANSLATE_NOOP(
            "Cli",
            "The database key is stored in this computer's credential store; later commands "
            "on this account unlock without the recovery key.",
        )
    return QT_TRANSLATE_NOOP(
        "Cli",
        "The database key could NOT be stored in a credential store. {reason} Later commands "
        "need the environment variable SHELTER_RECOVERY_KEY set to the recovery key.",
    ).format(reason=created.keyring_reason)


def _print_created(created: CreatedShelter, folder: Path) -> None:
    say(QT_TRANSLATE_NOOP("Cli", "Created a new encrypted shelter database in {folder}.").format(
        folder=folder))
    say(f"Recovery key: {created.recovery_key}")
    say(QT_TRANSLATE_NOOP(
        "Cli",
        "Write the recovery key down and keep it somewhere safe: it is shown only once, and "
        "without it the database cannot be opened on another computer.",
    ))
    say(_key_storage_line(created))


# ---------------------------------------------------------------- commands


def cmd_gui(data_dir: Path) -> int:
    try:
        from .app import main as gui_main  # lazy: the command line never needs Qt otherwise
    except ImportError as exc:
        raise GuiUnavailable(problem=type(exc).__name__ + ": " + str(exc)) from None
    return int(gui_main(data_dir) or 0)


def cmd_init(args: argparse.Namespace, data_dir: Path) -> int:
    access = make_access(data_dir)
    if access.has_database():
        # Say so before asking for a password that would not be used.
        raise DatabaseExists(folder=str(data_dir))
    password = ask_new_password(args.admin)
    database, created = access.create(
        NewShelter(
            name=args.shelter_name,
            code=args.shelter_code,
            admin_username=args.admin,
            admin_display_name=args.display_name or args.admin,
            admin_password=password,
        )
    )
    database.close()
    _print_created(created, data_dir)
    return EXIT_OK


def _progress_printer() -> Callable[[float, str], None] | None:
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d}%  {message}", end="", file=sys.stderr, flush=True)
            if percent >= 100:
                print(file=sys.stderr, flush=True)

    return show


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from .services.demo import create_demo, demo_accounts

    if args.residents < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Cli", "--residents must be 0 or more."))
    password = args.password or os.environ.get(PASSWORD_ENV) or DEFAULT_DEMO_PASSWORD
    access = make_access(data_dir)
    database, created = create_demo(
        access, args.residents, args.seed, password, _progress_printer()
    )
    database.close()
    _print_created(created, data_dir)
    names = ", ".join(["admin"] + [a.username for a in demo_accounts()])
    say(QT_TRANSLATE_NOOP(
        "Cli", "Demo accounts ({names}) sign in with the demo password; {count} synthetic "
        "residents were added.",
    ).format(names=names, count=args.residents))
    return EXIT_OK


def cmd_check(args: argparse.Namespace, data_dir: Path) -> int:
    """0 healthy, 1 damaged, 2 cannot open (also: a schema from a newer version). Never
    writes to the database: a wrong key is caught on page 1 (page_problems), a damaged file is
    only read, and the audit chain is verified without appending to it."""
    access = make_access(data_dir)
    key = database_key(access)
    # Read-only first (a wrong key -> 2, a damaged journal -> 1); the checks below open
    # ordinary connections, whose closing could copy a journal into a damaged file.
    problems = page_problems(access.data_dir.database, key)
    problems = problems or integrity_problems(access.data_dir.database, key)
    if problems:
        complain(QT_TRANSLATE_NOOP(
            "Cli", "The database is damaged. Restore the latest backup, or ask for technical "
            "help. Problems found:"))
        for problem in problems:
            complain(f"  {problem}")
        return EXIT_FAILED
    refuse_newer_schema(access.data_dir.database, key)  # its tables are not ours to read
    # Read-only on purpose: no migration, no "unlock" event, and above all the copy of the chain
    # head kept outside the database is not advanced, so a rebuilt chain stays detectable.
    database = ShelterDatabase(access.data_dir, open_engine(access.data_dir.database, key), key)
    try:
        report = AuditLogService(database, None).verify(None, access.outside_head())
    finally:
        database.close()
    if not report.ok:
        complain(QT_TRANSLATE_NOOP(
            "Cli", "The audit log has been tampered with or damaged ({count} problems):"
        ).format(count=len(report.problems)))
        for problem in report.problems:
            complain(f"  {problem}")
        return EXIT_FAILED
    say(QT_TRANSLATE_NOOP(
        "Cli", "Healthy: encryption and integrity checks passed; the audit log's {events} "
        "events form an unbroken chain.",
    ).format(events=report.events_checked))
    return EXIT_OK


def ask_password(username: str) -> str:
    """The password to sign in with: SHELTER_PASSWORD, else typed once at a terminal."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise NoPasswordSource()
    return getpass.getpass(f"Password for {username}: ")


def cmd_backup(args: argparse.Namespace, data_dir: Path) -> int:
    """A verified encrypted copy (same key) at --to FILE; signed in as an administrator,
    because a backup copies every resident's file."""
    access = make_access(data_dir)
    database = unlock(access)
    services = Services(access, database)
    try:
        user = services.auth.sign_in(args.user, ask_password(args.user))
        try:
            info = services.backups.backup_to(user, Path(args.to).expanduser())
        finally:
            services.auth.sign_out(user)
    finally:
        services.close()
    say(QT_TRANSLATE_NOOP(
        "Cli", "Backup written and verified: {file} ({size} KB). It opens only with this "
        "database's key (the recovery key).",
    ).format(file=info.path, size=max(1, info.size_bytes // 1024)))
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace, data_dir: Path) -> int:
    """Change the database key (verified backup first); prints the new recovery key once,
    BEFORE the change, because without a credential store the old one stops working at it."""
    access = make_access(data_dir)
    database = unlock(access)
    services = Services(access, database)
    try:
        user = services.auth.sign_in(args.user, ask_password(args.user))
        try:
            plan = services.key_change.prepare(user)
            say(f"Recovery key: {plan.recovery_key}")
            result = services.key_change.change_key(
                user, plan, written_down=True, progress=_progress_printer()
            )
        finally:
            services.auth.sign_out(user)
    finally:
        services.close()
    say(QT_TRANSLATE_NOOP(
        "Cli", "The database key was changed. Only the recovery key above opens the database "
        "now: write it down and keep it locked away. Backups made before the change, "
        "including {backup}, still open only with the OLD recovery key.",
    ).format(backup=result.backup_name))
    if not result.key_remembered:
        say(QT_TRANSLATE_NOOP(
            "Cli", "This computer does not remember the key: set SHELTER_RECOVERY_KEY to the "
            "new recovery key for later commands.",
        ))
    return EXIT_OK


class OutputFolderMissing(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Cli", "The folder {folder} does not exist. Choose another place for the PDF."
    )


def cmd_print_care_plan(args: argparse.Namespace, data_dir: Path) -> int:
    """The resident's active care plan (else her latest draft) as a PDF at -o FILE."""
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise OutputFolderMissing(folder=str(target.parent))
    access = make_access(data_dir)
    database = unlock(access)
    services = Services(access, database)
    try:
        user = services.auth.sign_in(args.user, ask_password(args.user))
        try:
            printed = services.printing.care_plan_for_case_number(
                user, args.case_number, args.language
            )
        finally:
            services.auth.sign_out(user)
    finally:
        services.close()
    write_atomically(target, printed.pdf)
    if printed.status != "active":
        say(QT_TRANSLATE_NOOP(
            "Cli", "This resident has no active care plan: printed the latest draft "
            "(version {version}) instead.",
        ).format(version=printed.version))
    say(QT_TRANSLATE_NOOP("Cli", "Care plan version {version} written to {file}.").format(
        version=printed.version, file=target))
    return EXIT_OK


class SummaryFolderMissing(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "Cli", "The folder {folder} does not exist. Choose another place for the summary."
    )


def cmd_export_summary(args: argparse.Namespace, data_dir: Path) -> int:
    """An anonymized summary of one year (DESIGN.md section 4) as CSV (zip), XLSX or PDF at
    -o FILE; signed in as a data officer, house manager or administrator."""
    from datetime import date

    from .domain.summary import SummaryRequest, year_period

    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise SummaryFolderMissing(folder=str(target.parent))
    request = SummaryRequest(year_period(args.year, date.today()), None, args.k)
    access = make_access(data_dir)
    database = unlock(access)
    services = Services(access, database)
    try:
        user = services.auth.sign_in(args.user, ask_password(args.user))
        try:
            summary, data = services.summaries.export(
                user, request, args.format, args.language, progress=_progress_printer()
            )
        finally:
            services.auth.sign_out(user)
    finally:
        services.close()
    write_atomically(target, data)
    hidden = sum(t.hidden_count for t in summary.tables)
    say(QT_TRANSLATE_NOOP(
        "Cli", "Anonymized summary of {period} written to {file}: {tables} tables, {hidden} "
        "numbers hidden (counts below {k} and the cells that protect them).",
    ).format(period=request.period.label, file=target, tables=len(summary.keys),
             hidden=hidden, k=request.k))
    return EXIT_OK


def restore_key(access: ShelterAccess, backup: Path) -> bytes:
    """The key for ``backup``: this data folder's key from the credential store, else
    SHELTER_RECOVERY_KEY (the new-PC case). When both exist, the one that opens the backup."""
    candidates: list[bytes] = []
    database_id = access.settings().database_id
    lookup = access.keystore.load(database_id) if database_id else None
    if lookup is not None and lookup.key is not None:
        candidates.append(lookup.key)
    text = _recovery_key_text()
    if text:
        candidates.append(parse_recovery_key(text))
    if not candidates:
        reason = lookup.reason if lookup is not None else QT_TRANSLATE_NOOP(
            "Cli", "This data folder has no key stored for it yet.")
        raise KeyUnavailable(reason=reason)
    for key in candidates:
        try:
            probe_key(backup, key)
            return key
        except CannotOpenDatabase:
            continue
    return candidates[-1]  # restore_from explains that the backup does not open with it


def cmd_restore(args: argparse.Namespace, data_dir: Path) -> int:
    """Replace the database with a verified backup; no sign-in, because the database being
    replaced may be damaged or absent (a new PC): holding the key is what authorizes it."""
    backup = Path(args.from_file).expanduser()
    if not backup.is_file():
        raise BackupMissing(file=str(backup))
    access = make_access(data_dir)
    key = restore_key(access, backup)
    result = restore_from(access.data_dir, access.keystore, backup, key, args.user)
    say(QT_TRANSLATE_NOOP("Cli", "Restored the database from {file}.").format(file=backup.name))
    if result.replaced is not None:
        say(QT_TRANSLATE_NOOP(
            "Cli", "The database it replaced was kept, unchanged, at {path}.",
        ).format(path=result.replaced))
    if not result.key_remembered:
        say(QT_TRANSLATE_NOOP(
            "Cli", "The key is not stored in a credential store on this computer: later "
            "commands need SHELTER_RECOVERY_KEY."))
    return EXIT_OK


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelter-desktop",
        description="Encrypted case management for residential shelters. "
        "Without a command, the application window opens.",
        epilog="Unlocking uses this computer's credential store, else the environment variable "
        "SHELTER_RECOVERY_KEY. Passwords come from SHELTER_PASSWORD or a prompt. Exit codes: "
        "0 done, 1 failed or damaged, 2 cannot open the database, 130 interrupted.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the shelter's data folder (default: SHELTER_DATA_DIR, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")

    init = commands.add_parser("init", help="create a new encrypted database")
    init.add_argument("--admin", required=True, metavar="NAME",
                      help="user name of the first administrator")
    init.add_argument("--shelter-name", default="Shelter", metavar="TEXT")
    init.add_argument("--shelter-code", default="SH", metavar="PP",
                      help="2 to 6 capital letters that start every case number")
    init.add_argument("--display-name", metavar="TEXT",
                      help="the administrator's full name (default: the user name)")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="create a new database with synthetic residents")
    demo.add_argument("--residents", type=int, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--password", metavar="P",
                      help=f"password of every demo account (default: SHELTER_PASSWORD, "
                      f"else '{DEFAULT_DEMO_PASSWORD}')")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser(
        "check", help="verify encryption, integrity and the audit chain "
        "(exit 0 healthy, 1 damaged, 2 cannot open)")
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser(
        "backup", help="write a verified encrypted backup (same key) to FILE; "
        "signs in as an administrator")
    backup.add_argument("--to", required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--user", required=True, metavar="NAME",
                        help="an administrator's user name (password: SHELTER_PASSWORD or a "
                        "prompt)")
    backup.set_defaults(handler=cmd_backup)

    rekey = commands.add_parser(
        "rekey", help="change the database key after a verified backup; prints the new "
        "recovery key once (old backups keep the old key)")
    rekey.add_argument("--user", required=True, metavar="NAME",
                       help="an administrator's user name (password: SHELTER_PASSWORD or a "
                       "prompt)")
    rekey.set_defaults(handler=cmd_rekey)

    print_plan = commands.add_parser(
        "print-care-plan", help="write a resident's active care plan (else the latest draft) "
        "as a PDF")
    print_plan.add_argument("case_number", metavar="CASE_NUMBER",
                            help="the resident's case number, e.g. PP-2026-0042")
    print_plan.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                            help="the PDF file to write")
    print_plan.add_argument("--language", choices=("en", "km", "both"), default="both",
                            help="English, Khmer or both side by side (default: both)")
    print_plan.add_argument("--user", required=True, metavar="NAME",
                            help="a counselor's or house manager's user name (password: "
                            "SHELTER_PASSWORD or a prompt)")
    print_plan.set_defaults(handler=cmd_print_care_plan)

    export_summary = commands.add_parser(
        "export-summary", help="write an anonymized summary of one year (counts only, small "
        "counts hidden) as CSV files in a zip, an XLSX workbook or a PDF")
    export_summary.add_argument("--year", required=True, type=int, metavar="YYYY")
    export_summary.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    export_summary.add_argument("-o", "--output", required=True, metavar="FILE",
                                help="the file to write (.zip for csv)")
    export_summary.add_argument("--k", type=int, default=5, metavar="K",
                                help="hide every count from 1 to K-1 (default 5, at least 3)")
    export_summary.add_argument("--language", choices=("en", "km"), default="en",
                                help="English or Khmer headings (default: en)")
    export_summary.add_argument("--user", required=True, metavar="NAME",
                                help="a data officer's, house manager's or administrator's user "
                                "name (password: SHELTER_PASSWORD or a prompt)")
    export_summary.set_defaults(handler=cmd_export_summary)

    restore = commands.add_parser(
        "restore", help="replace the database with a verified backup; the replaced database "
        "is kept in the 'replaced' folder (key: credential store, else SHELTER_RECOVERY_KEY)")
    restore.add_argument("--from", dest="from_file", required=True, metavar="FILE",
                         help="the backup file to restore")
    restore.add_argument("--user", metavar="NAME",
                         help="who is restoring, recorded in the audit log")
    restore.set_defaults(handler=cmd_restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()
    try:
        if args.command is None:
            return cmd_gui(data_dir)
        return int(args.handler(args, data_dir))
    except KeyboardInterrupt:
        complain(QT_TRANSLATE_NOOP("Cli", "Interrupted."))
        return EXIT_INTERRUPTED
    except CANNOT_OPEN as exc:
        complain(exc.message)
        return EXIT_CANNOT_OPEN
    except ShelterError as exc:
        complain(exc.message)
        return EXIT_FAILED
    except Exception as exc:  # never a traceback: it could quote resident data
        if os.environ.get(DEBUG_ENV):
            raise
        complain(QT_TRANSLATE_NOOP(
            "Cli", "Unexpected error ({kind}). Nothing more is shown, to protect residents' "
            "data; run again with SHELTER_DEBUG=1 for the details.",
        ).format(kind=type(exc).__name__))
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
