"""Language switch: every visible string follows at once (QEvent.LanguageChange -> retranslate)."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from shelter_desktop.domain.roles import Role

KM_QM = files("shelter_desktop.resources") / "translations" / "shelter_km.qm"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# A small Khmer translation written for this test, so it does not depend on the real one.
TEST_TRANSLATIONS = {
    "MainWindow": {
        "Home": "ទំព័រដើម",
        "Residents": "អ្នកស្នាក់នៅ",
        "Due work": "ការងារត្រូវធ្វើ",
        "Lock": "ចាក់សោ",
        "Sign out": "ចាកចេញ",
        "{name} · {role}": "{name} · {role}",
    },
    "Roles": {"Counselor": "អ្នកប្រឹក្សា"},
    "ResidentsPage": {"Residents": "អ្នកស្នាក់នៅ", "{n} residents": "អ្នកស្នាក់នៅ {n} នាក់"},
    "ResidentListModel": {"Khmer name": "ឈ្មោះខ្មែរ"},
    "HomePage": {"Welcome, {name}": "សូមស្វាគមន៍ {name}"},
    "LockScreen": {"Screen locked": "អេក្រង់ត្រូវបានចាក់សោ"},
}


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def compile_translation(folder: Path) -> Path:
    contexts = []
    for context, messages in TEST_TRANSLATIONS.items():
        body = "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in messages.items()
        )
        contexts.append(f"<context><name>{context}</name>{body}</context>")
    ts = folder / "test_km.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="km_KH">{"".join(contexts)}</TS>',
        encoding="utf-8",
    )
    qm = folder / "test_km.qm"
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_language_change_retranslates_every_visible_string(signed_in, qtbot, tmp_path):
    window = signed_in.open(Role.COUNSELOR)
    window.show_page("residents")
    residents = window.page("residents")
    home = window.page("home")
    translator = QTranslator()
    assert translator.load(str(compile_translation(tmp_path)))
    app = QApplication.instance()

    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: window.navigation_labels()[1] == "អ្នកស្នាក់នៅ", timeout=2000)
        assert window.navigation_labels() == ["ទំព័រដើម", "អ្នកស្នាក់នៅ", "ការងារត្រូវធ្វើ"]
        assert window._lock_button.text() == "ចាក់សោ"
        assert window._user_label.text() == "Test counselor · អ្នកប្រឹក្សា"
        assert residents._title.text() == "អ្នកស្នាក់នៅ"
        assert residents.model.headerData(1, Qt.Orientation.Horizontal) == "ឈ្មោះខ្មែរ"
        assert home._welcome.text() == "សូមស្វាគមន៍ Test counselor"
        assert window.lock_screen._title.text() == "អេក្រង់ត្រូវបានចាក់សោ"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.navigation_labels()[1] == "Residents", timeout=2000)
    assert window.navigation_labels() == ["Home", "Residents", "Due work"]
    assert window._user_label.text() == "Test counselor · Counselor"
    assert residents._title.text() == "Residents"
    assert home._welcome.text() == "Welcome, Test counselor"


def test_choosing_english_keeps_english_and_remembers_it(signed_in, qtbot):
    window = signed_in.open(Role.HOUSE_MANAGER)
    with qtbot.waitSignal(window.language_changed, timeout=1000) as blocker:
        window._language_actions["en"].trigger()
    assert blocker.args == ["en"]
    qtbot.wait(50)
    assert window.navigation_labels() == ["Home", "Residents", "Due work", "Reports"]
    assert signed_in.services.preferences.language() == "en"
    assert window._language_actions["en"].isChecked()


@pytest.mark.skipif(not KM_QM.is_file(), reason="the Khmer translation is not built yet")
def test_switching_to_khmer_translates_the_navigation(signed_in, qtbot):
    window = signed_in.open(Role.COUNSELOR)
    with qtbot.waitSignal(window.language_changed, timeout=1000):
        window._language_actions["km"].trigger()
    qtbot.waitUntil(lambda: is_khmer(window.navigation_labels()[1]), timeout=2000)
    assert all(is_khmer(label) for label in window.navigation_labels())
    assert signed_in.services.preferences.language() == "km"
    window._language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation_labels()[1] == "Residents", timeout=2000)
    assert window.navigation_labels() == ["Home", "Residents", "Due work"]
    assert signed_in.services.preferences.language() == "en"


@pytest.mark.skipif(KM_QM.is_file(), reason="the Khmer translation exists")
def test_a_missing_khmer_translation_is_explained_and_nothing_changes(
    signed_in, qtbot, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    window = signed_in.open(Role.COUNSELOR)
    window._language_actions["km"].trigger()
    assert len(shown) == 1
    assert "translation is missing" in shown[0]
    assert window._language_actions["en"].isChecked()
    assert window.navigation_labels() == ["Home", "Residents", "Due work"]
    assert signed_in.services.preferences.language() == "en"
