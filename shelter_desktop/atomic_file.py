"""Write a file so that a power cut leaves either the old or the new content, never half of it.

One helper for every layer (settings, PDFs, exports): it depends on nothing of ours.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, create_folder: bool = False) -> None:
    """Write ``data`` beside ``path`` under a temporary name, fsync it, rename it over ``path``,
    then fsync the folder so the rename itself survives a power cut. The folder must exist
    unless ``create_folder`` (a folder the user chose and that has gone is their error to see,
    not one to paper over)."""
    path = Path(path)
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):  # Windows: a folder cannot be opened to fsync
        return
    try:
        dir_fd = os.open(folder, os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # some file systems (network shares) refuse: the file itself is already synced
    finally:
        os.close(dir_fd)
