"""Peak memory of `lindungi batch verify` and `lindungi batch import` on a valid batch of
200,000 members, plain and encrypted to the office: each command in a process of its own
(the real command line, `python -m app`, with an officer signed in), its peak resident
size read from /proc as it ends (VmHWM: the peak of this process image only).

    python -m benchmarks.bench_batch_memory [--members 200000] [--repeat 3] [--keep DIR]

The batch is a real laptop's (seeded by the demo factory, exported by `export_batch`)
with its members part grown to `--members`: every added member is one of the laptop's
own members with a new id and a new NIK of its own, so the file is what a laptop with
that many members would write (`write_batch`, signed by the laptop's key), made in
seconds rather than by registering 200,000 people. Each import goes into a fresh copy
of the same office.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services import device, keys
from app.services.audit import Actor
from app.services.demo_seed import seed_demo
from app.services.sync import export, records
from app.services.sync.format import open_batch, write_batch
from app.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
OFFICE_USER = "kepala"
OFFICE_PASSWORD = "kantor-kota-123"
#: runs the real command line in this process, then writes its peak to a file
PROBE = (
    "import runpy, sys\n"
    "from pathlib import Path\n"
    "out, sys.argv = sys.argv[1], ['lindungi', *sys.argv[2:]]\n"
    "try:\n"
    "    runpy.run_module('app', run_name='__main__', alter_sys=True)\n"
    "finally:\n"
    "    status = Path('/proc/self/status').read_text().splitlines()\n"
    "    Path(out).write_text(next(line.split()[1] for line in status\n"
    "                              if line.startswith('VmHWM:')))\n"
)


@dataclass
class LargeBatches:
    office: Path  # an office data folder with an administrator, to be copied per import
    plain: Path
    encrypted: Path
    members: int  # members in each batch


@dataclass
class Source:
    """A real laptop's batch taken apart (parts as plain JSON lines), the laptop's
    signing key, and the office it reports to."""

    office: Path
    office_id: uuid.UUID
    office_box: bytes
    key: Ed25519PrivateKey
    manifest: dict[str, Any]
    parts: dict[str, bytes]


def laptop_and_office(folder: Path, members: int = 30) -> Source:
    """An office with an administrator, and a new laptop's first batch: `members`
    people from the demo factory, with their event, groups, slips, officers and audit
    trail, exported by `export_batch` (plain: the laptop does not know the office)."""
    folder.mkdir(parents=True, exist_ok=True)
    office = Workspace.open(folder / "office")
    with office.db.session() as s:
        device.initialise(s, "Kantor Kota", "35.74", OFFICE_USER, OFFICE_PASSWORD)
        office_id = device.local_device(s).id
        office_box = keys.box_key(s).public_key().public_bytes_raw()
    office.close()
    laptop = Workspace.open(folder / "laptop")
    seed_demo(laptop, members)
    stick = folder / "stick"
    stick.mkdir(exist_ok=True)
    exported = export.export_batch(laptop, Actor(laptop.device_id), stick)
    with laptop.db.session() as s:
        key = device.signing_key(s)
    laptop.close()
    opened = open_batch(exported.file)
    parts = {name: opened.part(name) for name in records.parts_of(opened.version)}
    manifest = {k: v for k, v in opened.manifest.items()
                if k not in ("format", "encryption", "parts")}
    return Source(folder / "office", office_id, office_box, key, manifest, parts)


def _niks(count: int, taken: set[str]) -> Iterator[str]:
    """Distinct NIKs of a valid shape: region, birth date, a serial that is never 0000."""
    made = 0
    i = 0
    while made < count:
        day, month, year = i % 28 + 1, i // 28 % 12 + 1, i // 336 % 100
        nik = f"357499{day:02d}{month:02d}{year:02d}{i // 33600 + 1:04d}"
        i += 1
        if nik not in taken:
            made += 1
            yield nik


Change = Callable[[int, dict[str, Any]], dict[str, Any]]


def members_part(source: Source, count: int, change: Change | None = None) -> bytes:
    """The laptop's own members, then members like its active ones (each with an id
    and a NIK of its own, the same in every call) up to `count` lines;
    `change(line_number, row)` may alter any line's record."""
    own = records.load_lines("members", source.parts["members"])
    active = [r for r in own if r["status"] == "active"]
    laptop = source.manifest["device"]["id"]
    added = (dict(active[i % len(active)], id=uuid.uuid5(uuid.NAMESPACE_URL, f"{laptop}/{i}"),
                  nik=nik)
             for i, nik in enumerate(_niks(count - len(own), {r["nik"] for r in own})))
    out: list[bytes] = []
    rows: list[dict[str, Any]] = []
    for number, row in enumerate(chain(own, added), start=1):
        rows.append(change(number, row) if change else row)
        if len(rows) == 5000:
            out.append(records.dump_lines(rows))
            rows = []
    out.append(records.dump_lines(rows))
    return b"".join(out)


def write(source: Source, members: bytes, path: Path, encrypted: bool,
          count: int | None = None) -> Path:
    """The batch with this members part, signed by the laptop; encrypted to the office
    when asked. The manifest counts the part's lines (or says `count`)."""
    counted = members.count(b"\n") if count is None else count
    manifest = dict(source.manifest, counts=dict(source.manifest["counts"], members=counted))
    parts = dict(source.parts, members=members)
    blob, _ = write_batch(manifest, parts, source.key,
                          source.office_box if encrypted else None,
                          str(source.office_id) if encrypted else None)
    path.write_bytes(blob)
    return path


def make_batches(folder: Path, members: int) -> LargeBatches:
    """An office, and one batch of `members` members from a new laptop, written twice:
    plain, and encrypted to that office."""
    source = laptop_and_office(folder)
    part = members_part(source, members)
    plain = write(source, part, folder / "plain.ldgb", encrypted=False)
    encrypted = write(source, part, folder / "encrypted.ldgb", encrypted=True)
    return LargeBatches(source.office, plain, encrypted, members)


def run_cli(data_dir: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """`lindungi --json ARGV` on the data folder DATA_DIR (LINDUNGI_DATA_DIR) in a child
    process, signed in as the office's administrator: its result and its peak resident
    size in MB."""
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(data_dir), "LINDUNGI_USER": OFFICE_USER,
           "LINDUNGI_PASSWORD": OFFICE_PASSWORD}
    env.pop("LINDUNGI_DATABASE_URL", None)
    with tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        result = subprocess.run([sys.executable, "-c", PROBE, peak.name, "--json", *argv],
                                capture_output=True, text=True, env=env, cwd=ROOT)
        return result, int(peak.read() or 0) // 1024


def fresh_office(batches: LargeBatches, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(batches.office, target)
    return target


def _failure(result: subprocess.CompletedProcess[str], office: Path) -> str:
    reports = sorted((office / "crash-reports").glob("*.txt"))
    return result.stderr[-2000:] + (reports[-1].read_text()[-4000:] if reports else "")


def measure(batches: LargeBatches, repeat: int, work: Path) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {}
    for _ in range(repeat):
        for kind, path in (("plain", batches.plain), ("encrypted", batches.encrypted)):
            office = fresh_office(batches, work / "office-run")
            result, peak = run_cli(office, "batch", "verify", str(path))
            assert result.returncode == 0, _failure(result, office)
            assert json.loads(result.stdout)["valid"] is True
            figures.setdefault(f"verify {kind} peak (MB)", []).append(peak)
            start = time.perf_counter()
            result, peak = run_cli(office, "batch", "import", str(path), "--trust-new-device")
            took = time.perf_counter() - start
            assert result.returncode == 0, _failure(result, office)
            assert json.loads(result.stdout)["new"] >= batches.members
            figures.setdefault(f"import {kind} peak (MB)", []).append(peak)
            figures.setdefault(f"import {kind} (s)", []).append(took)
            print(f"  {kind}: verify/import done, import peak {peak} MB, {took:.1f} s",
                  file=sys.stderr, flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the batches in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-memory-") as tmp:
        folder = args.keep or Path(tmp) / "batches"
        made = folder / "made.json"
        if made.exists() and json.loads(made.read_text()) == {"members": args.members}:
            batches = LargeBatches(folder / "office", folder / "plain.ldgb",
                                   folder / "encrypted.ldgb", args.members)
        else:
            shutil.rmtree(folder, ignore_errors=True)
            start = time.perf_counter()
            batches = make_batches(folder, args.members)
            made.write_text(json.dumps({"members": args.members}))
            print(f"batches made in {time.perf_counter() - start:.1f} s: plain "
                  f"{batches.plain.stat().st_size / 1024**2:.1f} MB, encrypted "
                  f"{batches.encrypted.stat().st_size / 1024**2:.1f} MB", file=sys.stderr)
        figures = measure(batches, args.repeat, Path(tmp))
    print(f"{args.members:,} members; medians of {args.repeat} runs")
    for name, values in figures.items():
        print(f"  {name:28} {statistics.median(values):8.1f}   "
              f"({', '.join(f'{v:.1f}' for v in values)})")


if __name__ == "__main__":
    main()
