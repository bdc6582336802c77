"""Canonical JSON, base64 and signed envelopes: written once for everything Lindungi signs
with a device's Ed25519 key (batch manifests, acknowledgements, configuration packages,
key files, slip codes).

    canonical   JSON with sorted keys, no spaces, UTF-8 as is (not \\u-escaped): the
                bytes a signature covers, the same on every machine
    b64/unb64   URL-safe base64 without padding, the form keys and signatures travel in
    envelope    {name: body, "signature": b64(Ed25519 signature of canonical(body))},
                the shape of an acknowledgement ("ack") and a package ("package"); how
                the envelope itself is written to its file is the writer's own

A batch signs its manifest's canonical bytes and the file's own bytes (format.py); a slip
code signs its text, not JSON: `LDG1.` b64(text) `.` b64(signature) (slip_codes.py).

Everything here is fixed by files already in the field: a change of one byte would make
every batch, acknowledgement, package and printed slip code signed so far fail to verify.
tests/services/test_signing.py pins the bytes.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


def canonical(data: Any) -> bytes:
    """The bytes a signature covers: sorted keys, no spaces, non-ASCII text as UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data: bytes) -> str:
    """URL-safe base64 without the trailing `=`."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of `b64`'s text (its padding may be there or not). As lenient as
    `base64.urlsafe_b64decode`: characters outside the alphabet are skipped; text whose
    length no padding can make whole raises `binascii.Error`, a ValueError. The
    signature, checked after, is what refuses altered text."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a private key's public half, as key files and manifests
    carry them (in b64)."""
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def envelope(key: Ed25519PrivateKey, name: str, body: Any) -> dict[str, Any]:
    """`body` under `name`, with the signature of its canonical bytes."""
    return {name: body, "signature": b64(key.sign(canonical(body)))}


def opened(data: Any, name: str) -> tuple[Any, bytes]:
    """The body and the signature of an envelope read from a file, not yet verified.
    What is not an envelope raises KeyError, TypeError or ValueError (bad base64)."""
    return data[name], unb64(data["signature"])


def verify(public_key: bytes, signature: bytes, body: Any) -> None:
    """Raise `InvalidSignature` unless `signature` is the key's over canonical(body);
    ValueError when `public_key` is no Ed25519 key."""
    Ed25519PublicKey.from_public_bytes(public_key).verify(signature, canonical(body))
