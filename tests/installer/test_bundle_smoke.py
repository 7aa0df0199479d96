"""The installer (issue #7): the built Linux bundle runs, and the installer files keep the data.

The bundle test runs ``installer/smoke_test.sh`` on ``dist/shelter-desktop/`` and is SKIPPED when
no bundle was built (``make installer`` builds it), so ``make test`` stays fast on a fresh clone.
The other tests read the installer files and always run.
"""

from __future__ import annotations

import configparser
import os
import re
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
BUNDLE = ROOT / "dist" / "shelter-desktop"


@pytest.mark.slow
@pytest.mark.skipif(not (BUNDLE / "shelter-desktop").is_file(),
                    reason="no bundle in dist/shelter-desktop (make installer builds it)")
def test_built_bundle_passes_the_smoke_test() -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SHELTER_") and k != "PYTHON_KEYRING_BACKEND"}
    result = subprocess.run(["bash", str(INSTALLER / "smoke_test.sh"), str(BUNDLE)], env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke: passed" in result.stdout
    assert "importable: keyring.backends.SecretService" in result.stdout
    assert "importable: keyring.backends.Windows" in result.stdout


def iss_sections(text: str) -> list[str]:
    return [match.lower() for match in re.findall(r"^\[([A-Za-z]+)\]", text, flags=re.M)]


def test_windows_uninstaller_never_deletes_the_data_folder() -> None:
    text = (INSTALLER / "shelter_desktop.iss").read_text(encoding="utf-8")
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    sections = iss_sections(code)
    assert "uninstalldelete" not in sections
    assert "code" not in sections  # no script that could remove folders
    assert "localappdata" not in code.lower() and "userappdata" not in code.lower()
    assert {"setup", "files", "icons"} <= set(sections)
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"', code, flags=re.M)  # Start menu entry


def test_windows_installer_points_at_files_that_exist() -> None:
    text = (INSTALLER / "shelter_desktop.iss").read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", text, flags=re.M)
    assert icon is not None
    assert (INSTALLER / icon.group(1).strip().replace("\\", "/")).is_file()
    bundle = re.search(r'^#define BundleDir "(.+)"$', text, flags=re.M)
    assert bundle is not None
    assert (INSTALLER / bundle.group(1).replace("\\", "/")).resolve() == BUNDLE


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_linux_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(INSTALLER / "shelter-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "shelter-desktop"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
    assert "{" not in desktop["Comment[km]"] and desktop["Comment[km]"].strip()
    icon = ROOT / "resources" / "icons" / f"{desktop['Icon']}.png"
    assert png_size(icon) == (256, 256)
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.ico").read_bytes()[:4] == \
        b"\x00\x00\x01\x00"


def test_spec_bundles_every_migration_and_keyring_backend() -> None:
    spec = (INSTALLER / "shelter_desktop.spec").read_text(encoding="utf-8")
    assert 'copy_metadata("keyring")' in spec
    for backend in ("Windows", "SecretService", "macOS", "libsecret", "chainer", "fail", "null"):
        assert f'"keyring.backends.{backend}"' in spec
    # Alembic reads versions/*.py as files: the spec copies the whole folder by pattern.
    assert 'files(ROOT / "db" / "versions", "*.py", "shelter_desktop/db/versions")' in spec
    assert any((ROOT / "db" / "versions").glob("0*.py"))
