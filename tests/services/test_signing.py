"""The bytes every signature covers and every key travels in (app/services/sync/signing.py).
Batches, acknowledgements, packages and printed slip codes signed by earlier versions
must still verify, so these are pinned: the expected values were made by the code
before it was written once here (sync_format and slip_codes' own copies)."""

from __future__ import annotations

import binascii
import uuid

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models import Device
from app.services import slip_codes
from app.services.sync.signing import (
    b64,
    canonical,
    envelope,
    opened,
    public_raw,
    unb64,
    verify,
)
from app.services.workspace import Workspace

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # Ed25519 signs deterministically
BODY = {"format": "lindungi-ack/1", "b": [True, None, 1.5, "Désa Ketapang"],
        "a": {"z": 1, "y": ""}}
#: an old slip code: the text slip_codes.payload_body makes, signed by KEY
SLIP_TEXT = "8D839E7B-000123|0|3573**********01|SITI AMINAH|JKK+JKM|20261121"
SLIP_CODE = ("LDG1.OEQ4MzlFN0ItMDAwMTIzfDB8MzU3MyoqKioqKioqKiowMXxTSVRJIEFNSU5BSHxKS0srSktNfDIw"
             "MjYxMTIx.lX2YzIPnTOnfdMZiYa-VZEXuvX7RBSJAJ70FtA6TOcV0waPWDySeJESck8Tyjhz96mxE3Hz72R"
             "V5DuK9MZQKDg")


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical(BODY) == (b'{"a":{"y":"","z":1},"b":[true,null,1.5,"D\xc3\xa9sa Ketapang"],'
                               b'"format":"lindungi-ack/1"}')
    assert canonical(dict(reversed(BODY.items()))) == canonical(BODY)


def test_base64_is_urlsafe_without_padding_and_reads_back() -> None:
    assert [b64(b"a"), b64(b"ab"), b64(b"abc"), b64(b"\xfb\xff\xbf")] == \
        ["YQ", "YWI", "YWJj", "-_-_"]
    assert b64(public_raw(KEY)) == "A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg"
    for n in range(70):
        data = bytes((7 * i + n) % 256 for i in range(n))
        assert unb64(b64(data)) == data
    assert unb64("YQ==") == unb64("YQ") == b"a"  # padding may be there or not


@pytest.mark.parametrize("text", ["A", "YWJjZ", "Y"])
def test_base64_no_padding_can_complete_is_refused(text: str) -> None:
    with pytest.raises(binascii.Error):
        unb64(text)


def test_an_envelope_signs_the_canonical_body() -> None:
    data = envelope(KEY, "ack", BODY)
    assert list(data) == ["ack", "signature"]
    assert data["signature"] == ("ARzXH71pDNrk4PheDV8yC0meb-MrUpFPfxPnCfjCCgtkZ1-N_iRxdypnEcwC6"
                                 "jpFPT8EZJ3gkGqeRWLKgd5JBA")
    body, signature = opened(data, "ack")
    verify(public_raw(KEY), signature, body)
    with pytest.raises(InvalidSignature):
        verify(public_raw(KEY), signature, dict(body, format="lindungi-ack/2"))
    with pytest.raises(KeyError):
        opened(data, "package")
    with pytest.raises(ValueError):
        opened({"ack": BODY, "signature": "A"}, "ack")


def test_a_slip_code_signed_before_still_verifies(workspace: Workspace) -> None:
    code = f"LDG1.{b64(SLIP_TEXT.encode())}.{b64(KEY.sign(SLIP_TEXT.encode()))}"
    assert code == SLIP_CODE
    with workspace.db.session() as s:
        s.add(Device(id=uuid.UUID("8d839e7b-0000-4000-8000-000000000001"), name="Laptop lama",
                     region_code="35.74", public_key=public_raw(KEY), is_local=False))
        s.flush()
        verdict = slip_codes.verify_payload(s, SLIP_CODE)
        assert verdict.valid and verdict.fields["name"] == "SITI AMINAH", verdict
        damaged = slip_codes.verify_payload(s, SLIP_CODE[:-3] + "A")
        assert not damaged.valid and "rusak" in damaged.reason
