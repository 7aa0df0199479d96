"""Write a small file so that a power cut leaves either the old or the new content, never half
(the data folder's own files: their folder is created when missing)."""

from __future__ import annotations

from pathlib import Path

from ..atomic_file import write_atomically as _write_atomically


def write_atomically(path: Path, data: bytes) -> None:
    _write_atomically(path, data, create_folder=True)
