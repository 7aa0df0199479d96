"""Keep the Khmer translation complete: extract strings, report gaps, compile the .qm files.

    python tools/translations.py update   # refresh resources/translations/shelter_km.ts from code
    python tools/translations.py compile  # shelter_km.ts -> .qm and qtbase_km.ts -> .qm
    python tools/translations.py check    # exit 1 when a string is untranslated or unused

Translators edit the .ts file (Qt Linguist or any editor); `update` keeps their work.

qtbase_km.ts holds Khmer for Qt's own texts (context menus, standard buttons, wizard buttons,
Qt's file and print dialogs), which Qt ships no Khmer for. It is written by hand, not extracted
from our code, so `update` never touches it; `check` only requires it to be fully translated,
with the same %1 placeholders, and its .qm current.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "shelter_desktop"
TS_FILE = ROOT / "resources" / "translations" / "shelter_km.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
QT_TS_FILE = TS_FILE.with_name("qtbase_km.ts")
QT_QM_FILE = QT_TS_FILE.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
QT_PLACEHOLDER = re.compile(r"%L?\d")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 (make test does)")
    return found


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-locations", "none", "-no-obsolete",
         "-target-language", "km_KH", "-silent", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type") if node is not None else "unfinished"
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    (node.text or "") if node is not None else "",
                    kind not in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def qt_problems() -> list[str]:
    """What keeps the hand-written Khmer for Qt's own texts from being complete and current."""
    name = QT_TS_FILE.name
    if not QT_TS_FILE.exists():
        return [f"{name} is missing"]
    found: list[str] = []
    for message in read_ts(QT_TS_FILE):
        key = (message.context, message.source)
        if not message.finished or not message.translation.strip():
            found.append(f"untranslated in {name}: [{key[0]}] {key[1]!r}")
        elif sorted(QT_PLACEHOLDER.findall(message.source)) != sorted(
            QT_PLACEHOLDER.findall(message.translation)
        ):
            found.append(f"placeholders differ in {name}: [{key[0]}] {key[1]!r}")
    with tempfile.TemporaryDirectory() as folder:
        fresh_qm = Path(folder) / "fresh.qm"
        lrelease(QT_TS_FILE, fresh_qm)
        if not QT_QM_FILE.exists() or QT_QM_FILE.read_bytes() != fresh_qm.read_bytes():
            found.append(
                f"{QT_QM_FILE.name} is out of date: run `python tools/translations.py compile`"
            )
    return found


def problems() -> list[str]:
    """What keeps the Khmer translation from being complete and exact."""
    found: list[str] = qt_problems()
    if not TS_FILE.exists():
        name = TS_FILE.relative_to(ROOT)
        return [*found, f"{name} is missing: run `python tools/translations.py update`"]
    committed = {(m.context, m.source): m for m in read_ts(TS_FILE)}
    with tempfile.TemporaryDirectory() as folder:
        fresh_ts = Path(folder) / "fresh.ts"
        shutil.copy(TS_FILE, fresh_ts)
        lupdate(fresh_ts)
        fresh = {(m.context, m.source) for m in read_ts(fresh_ts)}
        for key in sorted(fresh - committed.keys()):
            found.append(f"not in the .ts file (run update): [{key[0]}] {key[1]!r}")
        for key in sorted(committed.keys() - fresh):
            found.append(f"unused string in the .ts file: [{key[0]}] {key[1]!r}")
        for key in sorted(fresh & committed.keys()):
            message = committed[key]
            if not message.finished or not message.translation.strip():
                found.append(f"untranslated: [{key[0]}] {key[1]!r}")
            elif sorted(PLACEHOLDER.findall(message.source)) != sorted(
                PLACEHOLDER.findall(message.translation)
            ):
                found.append(f"placeholders differ: [{key[0]}] {key[1]!r}")
        fresh_qm = Path(folder) / "fresh.qm"
        lrelease(TS_FILE, fresh_qm)
        if not QM_FILE.exists() or QM_FILE.read_bytes() != fresh_qm.read_bytes():
            found.append("shelter_km.qm is out of date: run `python tools/translations.py compile`")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        TS_FILE.parent.mkdir(parents=True, exist_ok=True)
        lupdate(TS_FILE)
        todo = [m for m in read_ts(TS_FILE) if not m.finished]
        print(f"{TS_FILE.relative_to(ROOT)}: {len(todo)} strings to translate")
        return 0
    if command == "compile":
        lrelease(TS_FILE, QM_FILE)
        lrelease(QT_TS_FILE, QT_QM_FILE)
        return 0
    if command == "check":
        report = problems()
        for line in report:
            print(line)
        return 1 if report else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
