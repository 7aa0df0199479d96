"""A start after an interrupted key change finishes it and says so (issue 6 item 4)."""

from __future__ import annotations

from shelter_desktop.domain.key_change import (
    FINISHED_AT_START,
    KEY_CHANGE_MARKER,
    ROLLED_BACK_AT_START,
    key_fingerprint,
)
from shelter_desktop.domain.recovery_key import parse_recovery_key
from shelter_desktop.services.key_change import pending_key_id
from shelter_desktop.services.shelter_access import ShelterAccess
from shelter_desktop.storage.keystore import KeyStore
from shelter_desktop.storage.rekey import rekey_database
from shelter_desktop.storage.settings_file import AppSettings
from shelter_desktop.ui.sign_in_dialog import SignInDialog

NEW_KEY = bytes(range(7, 39))


def _interrupt(shelter, renamed: bool) -> None:  # type: ignore[no-untyped-def]
    data_dir = shelter.access.data_dir
    old_key = parse_recovery_key(shelter.recovery_key)
    settings = AppSettings.load(data_dir.settings)
    settings.extra[KEY_CHANGE_MARKER] = {
        "old": key_fingerprint(old_key), "new": key_fingerprint(NEW_KEY), "started_at": "x"
    }
    settings.save(data_dir.settings)
    KeyStore().store(pending_key_id(settings.database_id), NEW_KEY)
    shelter.services.close()
    if renamed:
        rekey_database(data_dir.database, old_key, NEW_KEY)


def test_the_start_finishes_the_change_and_says_so(shelter, make_flow) -> None:  # type: ignore[no-untyped-def]
    _interrupt(shelter, renamed=True)
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    flow.start()
    assert isinstance(flow.window, SignInDialog)
    assert flow.services.database.key == NEW_KEY
    box = flow.key_change_box
    assert box.isVisible() and box.text() == FINISHED_AT_START
    box.grab().save("/tmp/key_change_note.png")
    assert flow.access.key_change_note is None  # said once


def test_the_start_undoes_a_change_cut_before_the_rename(shelter, make_flow) -> None:  # type: ignore[no-untyped-def]
    _interrupt(shelter, renamed=False)
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    flow.start()
    assert flow.services.database.key == parse_recovery_key(shelter.recovery_key)
    assert flow.key_change_box.text() == ROLLED_BACK_AT_START


def test_an_ordinary_start_shows_no_box(shelter, make_flow) -> None:  # type: ignore[no-untyped-def]
    shelter.services.close()
    flow = make_flow(ShelterAccess(shelter.access.data_dir, KeyStore()))
    flow.start()
    assert isinstance(flow.window, SignInDialog)
    assert not hasattr(flow, "key_change_box")
