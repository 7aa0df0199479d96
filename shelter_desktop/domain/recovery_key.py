"""The recovery key: the 32-byte database key written so that a person can copy it by hand.

Format: Crockford base32 of the key plus a 2-byte checksum, in groups of five characters.
Crockford's alphabet has no I, L, O or U, and reading accepts the look-alikes (O for 0, I/L for 1),
so a key copied from paper survives the usual mistakes, and the checksum catches the rest.
"""

from __future__ import annotations

import hashlib

from .errors import InvalidRecoveryKey

KEY_BYTES = 32
_CHECKSUM_BYTES = 2
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_GROUP = 5
_TOTAL_BITS = (KEY_BYTES + _CHECKSUM_BYTES) * 8
_CHARS = -(-_TOTAL_BITS // 5)  # 55 characters


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"shelter-desktop-recovery-key" + key).digest()[:_CHECKSUM_BYTES]


def format_recovery_key(key: bytes) -> str:
    """Return ``key`` as grouped, check-summed text, e.g. ``7K3QX-...``."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big") << (_CHARS * 5 - _TOTAL_BITS)
    chars = []
    for _ in range(_CHARS):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Return the 32-byte key written in ``text``; raise InvalidRecoveryKey with the reason."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    if len(cleaned) != _CHARS:
        raise InvalidRecoveryKey(
            InvalidRecoveryKey.WRONG_LENGTH, count=len(cleaned), expected=_CHARS
        )
    number = 0
    for ch in cleaned:
        if ch not in _DECODE:
            raise InvalidRecoveryKey(InvalidRecoveryKey.UNUSED_CHARACTER, character=ch)
        number = (number << 5) | _DECODE[ch]
    number >>= _CHARS * 5 - _TOTAL_BITS
    raw = number.to_bytes(KEY_BYTES + _CHECKSUM_BYTES, "big")
    key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != checksum:
        raise InvalidRecoveryKey(InvalidRecoveryKey.CHECK_FAILED)
    return key
