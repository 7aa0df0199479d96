"""No plaintext resident data outside the encrypted database after a full GUI session.

A counselor signs in on a 60-resident demo database, searches, opens a resident's file, reads
the counseling and documents tabs, writes a draft note, copies a sentence of it, locks and
unlocks, and closes everything. Then every file the session could have written is scanned for
the synthetic residents' names (Latin and Khmer), case numbers and note texts: the database
files (.db, -wal, -shm), the temp folder, the data folder's logs and settings.json, and the
QSettings ini files; and the clipboard must no longer hold the copied sentence.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from shelter_desktop.app import setup_logging
from shelter_desktop.services.container import Services
from shelter_desktop.services.demo import create_demo
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.models import CounselingNoteRow, ResidentRow
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.clipboard_guard import ClipboardGuard
from shelter_desktop.ui.counseling_tab import CounselingTab
from shelter_desktop.ui.i18n import register_fonts
from shelter_desktop.ui.main_window import MainWindow
from shelter_desktop.ui.op_runner import SynchronousOpRunner

PASSWORD = "demo-pass-2026"
DRAFT = "Leak probe: she spoke of her aunt in Kampot and a debt of 300 dollars."
NOTE_FIELDS = ("presenting_issues", "observations", "interventions", "plan")
PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{24,}")


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[dict[str, Path]]:
    """An empty temp folder, QSettings in ini files under tmp_path, and the app's log file."""
    folders = {name: tmp_path / name for name in ("data", "tmp", "qsettings")}
    for folder in folders.values():
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folders["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(folders["tmp"]))
    organisation, application = qapp.organizationName(), qapp.applicationName()
    QCoreApplication.setOrganizationName("ShelterLeakTest")
    QCoreApplication.setApplicationName("ShelterLeakTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folders["qsettings"]))
    setup_logging(folders["data"])
    register_fonts()
    try:
        yield folders
    finally:
        root = logging.getLogger("shelter_desktop")
        for handler in list(root.handlers):
            if getattr(handler, "_shelter_log", False):
                root.removeHandler(handler)
                handler.close()
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope,
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation),
        )
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        QCoreApplication.setOrganizationName(organisation)
        QCoreApplication.setApplicationName(application)


def run_session(services: Services, qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    guard = ClipboardGuard.install(qapp, timeout_ms=300)
    try:
        counselor = services.auth.sign_in("counselor", PASSWORD)
        runner = SynchronousOpRunner()
        window = MainWindow(services, counselor, runner)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        try:
            window.show_page("residents")
            page = window.page("residents")
            page.refresh()
            assert page.model.rowCount() > 0
            first = services.residents.page(counselor, page.current_query(), 0, 1)[0]
            page.search_box.setText(first.name_latin.split()[0])
            page.apply_filters()
            assert 0 < page.model.rowCount() < 60
            resident_id = first.id
            file_window = window.resident_windows.open(resident_id)
            assert file_window is not None
            qtbot.waitUntil(lambda: file_window.detail is not None)
            file_window.show_tab("documents")
            file_window.show_tab("counseling")
            counseling = file_window.tab("counseling")
            assert isinstance(counseling, CounselingTab)
            counseling.new_note()
            editor = counseling.editor
            assert editor is not None
            editor.texts["observations"].setPlainText(DRAFT)
            editor.save_now()
            assert editor.note_id is not None and not editor.has_unsaved_changes()

            # Copy a sentence of the note, as a counselor would to paste it elsewhere.
            edit = editor.texts["observations"]
            edit.selectAll()
            edit.copy()
            assert qapp.clipboard().text() == DRAFT

            window.lock()
            assert window.is_locked()
            window.lock_screen.password.setText(PASSWORD)
            window.lock_screen.try_unlock()
            assert not window.is_locked()

            qtbot.waitUntil(lambda: qapp.clipboard().text() == "", timeout=5000)
            window.resident_windows.close_all()
        finally:
            window.idle_watcher.stop()
            window.close()
            qapp.processEvents()
            services.auth.sign_out(counselor)
    finally:
        shiboken6.delete(guard)


def sensitive_strings(access: ShelterAccess) -> list[str]:
    database = access.open_with_keyring()
    try:
        with database.session() as session:
            people = session.execute(
                select(ResidentRow.name_latin, ResidentRow.name_khmer, ResidentRow.case_number)
            ).all()
            notes = session.execute(
                select(*(getattr(CounselingNoteRow, f) for f in NOTE_FIELDS))
            ).all()
    finally:
        database.close()
    assert len(people) == 60 and notes
    strings = {value for row in people for value in row if value}
    strings |= {text for row in notes for text in row if text and len(text) >= 12}
    assert DRAFT in strings
    assert min(len(s.encode("utf-8")) for s in strings) >= 6  # a chance match in a few MB of ciphertext: < 1e-8
    return sorted(strings)


def leaks_in_text_file(path: Path, strings: list[str]) -> list[str]:
    data = path.read_bytes()
    return [
        f"{path.name}: {s[:12]}…" for s in strings
        if s.encode("utf-8") in data or s.encode("utf-16-le") in data
    ]


def leaks_in_database_file(path: Path, strings: list[str]) -> list[str]:
    data = path.read_bytes()
    found = [f"{path.name}: {s[:12]}…" for s in strings if s.encode("utf-8") in data]
    corpus = "\n".join(strings)
    for run in PRINTABLE_RUN.findall(data):
        text = run.decode("ascii")
        if any(text[i:i + 24] in corpus for i in range(len(text) - 23)):
            found.append(f"{path.name}: printable run {text[:24]!r}")
    return found


def test_a_full_gui_session_leaves_no_plaintext_behind(isolated, qtbot, qapp):
    data_dir = DataDir(isolated["data"])
    access = ShelterAccess(data_dir, KeyStore())
    database, _ = create_demo(access, 60, seed=5, password=PASSWORD)
    services = Services(access, database)
    try:
        run_session(services, qtbot, qapp)
    finally:
        services.close()

    strings = sensitive_strings(access)
    leaks: list[str] = []

    database_files = [
        Path(f"{data_dir.database}{suffix}") for suffix in ("", "-wal", "-shm")
        if Path(f"{data_dir.database}{suffix}").exists()
    ]
    assert data_dir.database in database_files
    for path in database_files:
        leaks += leaks_in_database_file(path, strings)

    temp_files = [p for p in isolated["tmp"].rglob("*") if p.is_file()]
    for path in temp_files:
        leaks += leaks_in_text_file(path, strings)

    logs = [p for p in (isolated["data"] / "logs").rglob("*") if p.is_file()]
    assert logs, "the session should have written a log"
    ini_files = [p for p in isolated["qsettings"].rglob("*") if p.is_file()]
    assert ini_files, "the session should have remembered window geometry"
    for path in [*logs, data_dir.settings, *ini_files]:
        leaks += leaks_in_text_file(path, strings)

    assert leaks == []
    assert qapp.clipboard().text() == ""


def test_the_scanners_find_planted_leaks(tmp_path):
    """The scan above would notice a leak: names in UTF-8 or UTF-16, and text in a printable run."""
    strings = ["Sophea Sok", "សុភា សុខ", "PP-2024-0007", DRAFT]
    log = tmp_path / "shelter.log"
    log.write_bytes(b"x" * 50 + "សុភា សុខ".encode("utf-16-le") + b"y" * 50)
    assert leaks_in_text_file(log, strings) == ["shelter.log: សុភា សុខ…"]
    clean = tmp_path / "clean.ini"
    clean.write_text("[residentFile]\ngeometry=@ByteArray(abc)\n", encoding="utf-8")
    assert leaks_in_text_file(clean, strings) == []
    page = tmp_path / "shelter.db"
    page.write_bytes(bytes(range(256)) + DRAFT[5:40].encode("ascii") + bytes(range(256)))
    assert leaks_in_database_file(page, strings) == [
        f"shelter.db: printable run {DRAFT[5:29]!r}"
    ]
