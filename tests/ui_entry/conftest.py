"""Fixtures for the entry windows: a synchronous runner, window geometry kept in a temp file,
captured error boxes, English restored after each test, and a stand-in main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shelter_desktop.domain.dto import SignedInUser
from shelter_desktop.services.container import Services
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.paths import DataDir
from shelter_desktop.ui.i18n import install_language
from shelter_desktop.ui.op_runner import SynchronousOpRunner
from shelter_desktop.ui.session_flow import SessionFlow


@pytest.fixture
def runner() -> SynchronousOpRunner:
    return SynchronousOpRunner()


@pytest.fixture
def geometry(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of error boxes, instead of blocking on a modal box."""
    texts: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_args: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return texts


@pytest.fixture(autouse=True)
def _english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    install_language("en")


@pytest.fixture
def access(data_dir: DataDir) -> ShelterAccess:
    """Access to the (maybe still empty) data folder, with the test's keyring."""
    return ShelterAccess(data_dir, KeyStore())


def make_access(folder: Path) -> ShelterAccess:
    return ShelterAccess(DataDir(folder), KeyStore())


class StandInMainWindow(QMainWindow):
    """What the flow needs of the main window: a window, and ``signed_out`` after recording
    the sign-out (as the real one does)."""

    signed_out = Signal()

    def __init__(self, services: Services, user: SignedInUser, runner: object) -> None:
        super().__init__()
        self.services, self.user = services, user
        self.setCentralWidget(QLabel(f"Signed in as {user.username}"))

    def sign_out(self) -> None:
        self.services.auth.sign_out(self.user)
        self.signed_out.emit()


@pytest.fixture
def make_flow(
    qtbot: QtBot,
    runner: SynchronousOpRunner,
    geometry: QSettings,
    shown_errors: list[str],
) -> Iterator[Callable[[ShelterAccess], SessionFlow]]:
    flows: list[SessionFlow] = []

    def make(access: ShelterAccess) -> SessionFlow:
        flow = SessionFlow(
            access,
            runner,
            lambda acc, database: Services(acc, database),  # type: ignore[arg-type]
            access_for=make_access,
            make_main_window=StandInMainWindow,
            geometry=geometry,
        )
        flows.append(flow)
        return flow

    yield make
    for flow in flows:
        if flow.window is not None:
            flow.window.close()
        if flow._main_window is not None:
            flow._main_window.removeEventFilter(flow)
            flow._main_window.close()
        flow.shutdown()
