"""Fixtures for the Administration page tests: a synchronous runner and captured error boxes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.dto import SignedInUser
from shelter_desktop.ui.admin_page import AdministrationPage
from shelter_desktop.ui.op_runner import SynchronousOpRunner


@pytest.fixture
def runner() -> SynchronousOpRunner:
    return SynchronousOpRunner()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the error boxes show_error opened, instead of blocking on a modal box."""
    texts: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: object) -> int:
        texts.append(text)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return texts


@pytest.fixture
def make_page(
    qtbot: QtBot, shelter, runner: SynchronousOpRunner, shown_errors: list[str]  # type: ignore[no-untyped-def]
) -> Callable[[SignedInUser], AdministrationPage]:
    def make(user: SignedInUser) -> AdministrationPage:
        page = AdministrationPage(shelter.services, user, runner)
        qtbot.addWidget(page)
        return page

    return make
