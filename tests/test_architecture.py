"""The import rules of DESIGN.md section 2, checked with import-linter (contracts in pyproject)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from importlinter import cli

ROOT = Path(__file__).resolve().parents[1]


def test_layers_respect_the_import_rules() -> None:
    # import-linter's CLI calls logging.config.dictConfig, which disables every logger that
    # already exists in this process; later tests that check what the app logs need them back.
    loggers = [
        logger for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.disabled
    ]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert cli.lint_imports(no_cache=True) == 0
    finally:
        os.chdir(cwd)
        for logger in loggers:
            logger.disabled = False


def test_domain_and_storage_have_no_qt_even_at_runtime() -> None:
    import subprocess
    import sys

    code = (
        "import sys, shelter_desktop.services.container, shelter_desktop.domain.dto;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
