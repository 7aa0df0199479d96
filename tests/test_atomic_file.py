"""One atomic write for settings, PDFs and exports: the old file or the new one, never half."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shelter_desktop import atomic_file
from shelter_desktop.atomic_file import write_atomically


def test_writes_and_replaces_leaving_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    write_atomically(target, b"first")
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_an_interrupted_write_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    write_atomically(target, b"old")

    def power_cut(_src: str, _dst: Path) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(atomic_file.os, "replace", power_cut)
    with pytest.raises(OSError, match="power cut"):
        write_atomically(target, b"new" * 100_000)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_missing_folder_is_an_error_unless_asked_to_create_it(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick" / "report.pdf"
    with pytest.raises(FileNotFoundError):
        write_atomically(gone, b"x")
    assert not gone.parent.exists()
    write_atomically(gone, b"x", create_folder=True)
    assert gone.read_bytes() == b"x"
    assert os.path.getsize(gone) == 1
