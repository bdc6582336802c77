"""Batches made to exhaust memory or time: bounded, refused with a reason, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services import device
from app.services.audit import Actor
from app.services.sync import merge
from app.services.sync.format import (
    FILE_SIG_LEN,
    FORMAT,
    BatchRefused,
    assemble,
    open_batch,
    write_batch,
)
from app.services.sync.signing import b64, canonical
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot

STORED = Path(__file__).resolve().parents[1] / "fixtures" / "batches"


def _signed(manifest: dict[str, Any], parts: dict[str, bytes], key: Ed25519PrivateKey,
            path: Path) -> Path:
    blob, _ = write_batch(manifest, parts, key)
    path.write_bytes(blob)
    return path


def _manifest(key: Ed25519PrivateKey, sequence: int) -> dict[str, Any]:
    from app.services.sync.signing import public_raw

    return {"batch_id": str(uuid.uuid4()), "sequence": sequence, "previous_hash": "",
            "created_at": "2026-11-21T08:00:00+00:00", "officer": None,
            "device": {"id": str(uuid.uuid4()), "name": "Laptop Palsu", "region_code": "35.74",
                       "public_key": b64(public_raw(key)), "box_public_key": ""},
            "counts": {"officers": 0, "events": 0, "groups": 0, "members": 0, "slips": 0,
                       "audit": 0}}


EMPTY = {name: b"" for name in ("officers", "events", "groups", "members", "slips", "audit")}


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "kantor")
    with ws.db.session() as s:
        device.initialise(s, "Kantor", "35.74")
    yield ws
    ws.close()


@pytest.mark.parametrize("sequence", [10_000_000, 2**62, 0, -3])
def test_an_implausible_sequence_number_is_refused(office: Workspace, tmp_path: Path,
                                                    sequence: int) -> None:
    key = Ed25519PrivateKey.generate()
    path = _signed(_manifest(key, sequence), EMPTY, key, tmp_path / "b.ldgb")
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match="nomor batch tidak masuk akal"):
        merge.import_file(office, Actor(office.device_id), path, trust_new_device=True)
    assert snapshot(office, refusals=False) == before


def test_gaps_are_ranges_and_cost_only_what_was_received(office: Workspace,
                                                         tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    first = _manifest(key, 1)
    for sequence in (1, 999_999):
        manifest = dict(first, batch_id=str(uuid.uuid4()), sequence=sequence)
        report = merge.import_file(
            office, Actor(office.device_id),
            _signed(manifest, EMPTY, key, tmp_path / f"b{sequence}.ldgb"),
            trust_new_device=True)
    (gap,) = report.gaps
    assert gap.ranges == [(2, 999_998)] and gap.label == "2–999998"
    listed = report.as_dict()["gaps"][0]
    assert listed["ranges"] == [[2, 999_998]] and "missing" not in listed
    assert len(json.dumps(report.as_dict())) < 1000


def test_an_unsigned_bomb_is_refused_before_it_is_decompressed(tmp_path: Path) -> None:
    """A 1 GB part of zeros (about 1 MB in the file) under a manifest whose signature does
    not match: refused on the stored bytes, in a process that never grows past 300 MB."""
    key, forger = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    manifest = dict(_manifest(key, 1), format=FORMAT, encryption=None,
                    parts={"members.jsonl": "0" * 64})
    raw = canonical(manifest)
    zeros = bytes(1024**3)
    blob = assemble([("manifest.json", raw), ("manifest.sig", b64(key.sign(raw)).encode()),
                     ("members.jsonl", zeros)], forger)  # the file signed by another key
    del zeros
    bomb = tmp_path / "bom.ldgb"
    bomb.write_bytes(blob)
    assert len(blob) < 5 * 1024**2 and len(blob[-FILE_SIG_LEN:]) == FILE_SIG_LEN
    probe = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from app.services.sync.format import BatchRefused, open_batch\n"
        "try:\n"
        f"    open_batch(Path({str(bomb)!r}))\n"
        "except BatchRefused as exc:\n"
        "    print(exc)\n"
        # the peak of this process image: VmHWM starts afresh at exec, while ru_maxrss
        # may carry the parent's size (a child spawned from a large test process)
        "status = Path('/proc/self/status')\n"
        "peak = [int(line.split()[1]) for line in status.read_text().splitlines()\n"
        "        if line.startswith('VmHWM:')] if status.exists() else []\n"
        "print((peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        " // 1024)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout.split("\n")
    assert out[0].startswith("tanda tangan berkas tidak cocok")
    assert int(out[1]) < 300, f"peak {out[1]} MB"


def test_a_signed_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    parts = dict(EMPTY, members=bytes(64 * 1024**2))  # 64 MB of zeros: ratio ~1000
    path = _signed(_manifest(key, 1), parts, key, tmp_path / "b.ldgb")
    with pytest.raises(BatchRefused, match="tidak wajar besarnya"):
        open_batch(path)


def _set_field(blob: bytes, header: bytes, at: int, value: int) -> bytes:
    """`blob` with the two-byte field `at` bytes into every `header` record set to
    `value` (the whole-file signature then no longer matches, as after any change)."""
    out = bytearray(blob)
    start = out.find(header)
    while start != -1:
        out[start + at:start + at + 2] = value.to_bytes(2, "little")
        start = out.find(header, start + 4)
    return bytes(out)


LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


@pytest.mark.parametrize(("change", "says"), [
    # what a fuzzer found: one bit in a central directory record, and zipfile answered
    # NotImplementedError("zip file version 8.4"), which reached the person as a bug
    (lambda b: _set_field(b, CENTRAL, 6, 84), "berkas batch rusak atau terpotong"),
    # a compression method zipfile does not know, in both headers so that they agree
    (lambda b: _set_field(_set_field(b, LOCAL, 8, 99), CENTRAL, 10, 99),
     "susunan berkas batch tidak wajar"),
    # parts marked encrypted (zipfile asks for a password) or strongly encrypted
    (lambda b: _set_field(_set_field(b, LOCAL, 6, 1), CENTRAL, 8, 1),
     "susunan berkas batch tidak wajar"),
    (lambda b: _set_field(_set_field(b, LOCAL, 6, 0x41), CENTRAL, 8, 0x41),
     "susunan berkas batch tidak wajar"),
], ids=["version", "method", "encrypted", "strong-encryption"])
def test_an_archive_zipfile_cannot_read_is_refused_and_writes_nothing(
        office: Workspace, tmp_path: Path, change: Callable[[bytes], bytes],
        says: str) -> None:
    key = Ed25519PrivateKey.generate()
    good = _signed(_manifest(key, 1), EMPTY, key, tmp_path / "asli.ldgb").read_bytes()
    path = tmp_path / "b.ldgb"
    path.write_bytes(change(good))
    assert path.read_bytes() != good
    _refused_with_nothing_written(office, path, says)


def _refused_with_nothing_written(office: Workspace, path: Path, says: str) -> None:
    before = snapshot(office, refusals=False)
    with office.db.session() as s:
        verdict = merge.verify_file(s, Actor(office.device_id), path)
    assert not verdict.valid and verdict.reason.startswith(says)
    with pytest.raises(BatchRefused, match=f"^{says}"):
        merge.import_file(office, Actor(office.device_id), path, trust_new_device=True)
    assert snapshot(office, refusals=False) == before


def test_a_manifest_nested_too_deep_is_refused_and_writes_nothing(
        office: Workspace, tmp_path: Path) -> None:
    """Read before its signature can be checked (the key is in it): twenty thousand
    brackets, and the JSON parser's RecursionError had reached the person as a bug."""
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "b.ldgb"
    path.write_bytes(assemble([("manifest.json", b"[" * 20_000),
                               ("manifest.sig", b64(bytes(64)).encode())], key))
    _refused_with_nothing_written(office, path, "berkas batch rusak atau terpotong")


def test_a_stored_batch_still_opens() -> None:
    assert open_batch(STORED / "laptop-plain.ldgb").manifest["sequence"] == 1


def test_a_directory_of_many_entries_is_refused_before_zipfile_lists_it(
        office: Workspace, tmp_path: Path) -> None:
    """A batch holds a manifest, its signature and a file per part. 100,000 empty entries
    (a million cost zipfile 1.3 GB to list) are refused from the end record alone."""
    import tracemalloc

    key = Ed25519PrivateKey.generate()
    path = tmp_path / "b.ldgb"
    path.write_bytes(assemble([("manifest.json", b"{}"), ("manifest.sig", b"AAAA"),
                               *((f"{n}.jsonl", b"") for n in range(100_000))], key))
    tracemalloc.start()
    try:
        with pytest.raises(BatchRefused, match=r"^daftar isi berkas batch tidak wajar"):
            open_batch(path)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < path.stat().st_size + 8 * 1024**2, f"peak {peak / 1024**2:.0f} MB"
    _refused_with_nothing_written(office, path, "daftar isi berkas batch tidak wajar")
