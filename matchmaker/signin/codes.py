"""Sign-in secrets: the link's token (256 random bits, like API tokens) and the short code a
person types when the link cannot be used. Both are shown once and stored hashed."""

from __future__ import annotations

import hashlib
import secrets

# Crockford's base32 alphabet: no I, L, O or U, so nothing reads as another character.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh code like ``7KQ2-M9XD``: 40 random bits, easy to read out and type."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(typed: str) -> str:
    """What a person typed, as the code was issued: case, spaces, dashes and look-alike
    letters do not matter."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != CODE_LENGTH:
        return cleaned
    return f"{cleaned[:4]}-{cleaned[4:]}"


def code_hash(holder_id: int, code: str, kind: str = "attendee") -> bytes:
    """The stored form of a code, salted with its holder so equal codes never collide.
    Attendees' codes keep the salt they had before organisers had codes too."""
    holder = str(holder_id) if kind == "attendee" else f"{kind}-{holder_id}"
    material = f"signin-code:{holder}:{normalise_code(code)}".encode()
    return hashlib.sha256(material).digest()
