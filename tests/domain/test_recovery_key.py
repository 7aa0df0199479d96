import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_desktop.domain.errors import InvalidRecoveryKey
from shelter_desktop.domain.recovery_key import format_recovery_key, parse_recovery_key


@given(st.binary(min_size=32, max_size=32))
def test_round_trip(key: bytes) -> None:
    text = format_recovery_key(key)
    assert parse_recovery_key(text) == key
    groups = text.split("-")
    assert len(groups) == 11 and all(len(g) == 5 for g in groups)


def test_typing_variations_are_accepted() -> None:
    key = os.urandom(32)
    text = format_recovery_key(key)
    sloppy = " ".join(text.split("-")).lower().replace("0", "o").replace("1", "l")
    assert parse_recovery_key(f"  {sloppy}\n") == key


@settings(derandomize=True)
@given(st.binary(min_size=32, max_size=32), st.integers(0, 53), st.integers(1, 31))
def test_one_wrong_character_is_caught(key: bytes, position: int, shift: int) -> None:
    """Any single mistyped character (the last one also holds padding bits) is refused."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars = list(format_recovery_key(key).replace("-", ""))
    chars[position] = alphabet[(alphabet.index(chars[position]) + shift) % 32]
    with pytest.raises(InvalidRecoveryKey):
        parse_recovery_key("".join(chars))


@pytest.mark.parametrize("text", ["", "ABCDE", "U" * 55, "é" * 55])
def test_garbage_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(InvalidRecoveryKey) as caught:
        parse_recovery_key(text)
    assert "recovery key" in caught.value.message
