"""db/ and resources/ ship inside the wheel, and the migrations run from an installed copy."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def migrations_head() -> str:
    from shelter_desktop.storage.migrations import head_revision

    return head_revision()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("shelter_desktop-*.whl"))


def test_wheel_holds_migrations_fonts_and_forms(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "shelter_desktop/db/env.py",
        "shelter_desktop/db/script.py.mako",
        "shelter_desktop/db/versions/0001_foundation.py",
        "shelter_desktop/db/versions/0002_case_file.py",
        "shelter_desktop/db/versions/0005_case_management.py",
        "shelter_desktop/resources/fonts/NotoSansKhmer-Regular.ttf",
        "shelter_desktop/resources/fonts/NotoSans-Regular.ttf",
        "shelter_desktop/resources/assessments/csi-v1.json",
        "shelter_desktop/resources/assessments/recovery-v1.json",
        "shelter_desktop/resources/fonts/LICENSE-Noto-OFL.txt",
        "shelter_desktop/resources/help/home.en.md",
        "shelter_desktop/resources/help/home.km.md",
        "shelter_desktop/resources/help/setup.km.md",
    }
    assert expected <= names, expected - names
    if (ROOT / "resources/translations/shelter_km.qm").exists():
        assert "shelter_desktop/resources/translations/shelter_km.qm" in names
    if (ROOT / "ui/app.qss").exists():
        assert "shelter_desktop/forms/app.qss" in names


def test_installed_copy_creates_a_database(wheel: Path, tmp_path: Path) -> None:
    """Unpack the wheel to a folder on sys.path (no source tree) and run setup from there."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import sys, pathlib;"
        f"sys.path.insert(0, {str(site)!r});"
        "import keyring; from keyring.backends import null; keyring.set_keyring(null.Keyring());"
        "import shelter_desktop.storage.migrations as m;"
        f"assert m.__file__.startswith({str(site)!r}), m.__file__;"
        "from shelter_desktop.storage.paths import DataDir;"
        "from shelter_desktop.storage.keystore import KeyStore;"
        "from shelter_desktop.services.shelter_access import ShelterAccess, NewShelter;"
        f"a = ShelterAccess(DataDir(pathlib.Path({str(tmp_path / 'data')!r})), KeyStore());"
        "db, made = a.create(NewShelter('Installed', 'IN', 'admin', 'Admin', 'long-password-1'));"
        "print(m.current_revision(db.engine))"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == migrations_head()


def test_installed_copy_loads_every_help_page(wheel: Path, tmp_path: Path) -> None:
    """The help pages load through importlib.resources from the unpacked wheel (issue #7)."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        f"import sys; sys.path.insert(0, {str(site)!r});"
        "import shelter_desktop.services.help_pages as h;"
        f"assert h.__file__.startswith({str(site)!r}), h.__file__;"
        "pages = [h.help_page(s, l) for s in h.SCREENS for l in h.LANGUAGES];"
        "assert all(p.language == l for p, l in zip(pages, list(h.LANGUAGES) * len(h.SCREENS)));"
        "print(len(pages))"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr[-2000:]
    from shelter_desktop.services.help_pages import LANGUAGES, SCREENS

    assert out.stdout.strip() == str(len(SCREENS) * len(LANGUAGES))
