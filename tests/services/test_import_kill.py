"""The 100,000-row import of the foundation issue, killed with SIGKILL half-way.

Slow on purpose (about half a minute): it is the proof that a power cut during an
import leaves a sound database holding only whole chunks, and that running the
import again completes it without a second record for anybody.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.services.demo import write_import_file
from app.services.member_import import CHUNK

ROWS = 100_000
pytestmark = pytest.mark.slow


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True,
                          text=True, check=True)


def _niks(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [r[0] for r in con.execute("SELECT nik FROM members")]
    finally:
        con.close()


def _import_and_kill(env: dict[str, str], source: Path, event: str, after_chunks: int,
                     rng: random.Random) -> None:
    """Start an import; once `after_chunks` chunks are reported checked, SIGKILL it at a
    random instant within the next chunk's work. The progress counts chunks checked and
    handed to the writer; the writer saves each chunk before it takes the next, so by then
    `after_chunks - 1` chunks are saved, and the last one may be saved or not."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "members", "import", str(source), "--event", event],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    target = f"{after_chunks * CHUNK}/".encode()
    seen = b""
    while target not in seen:
        byte = proc.stderr.read(1)
        assert byte, "import ended before it could be killed"
        seen += byte
    timer = threading.Timer(rng.uniform(0.0, 0.5), proc.send_signal, [signal.SIGKILL])
    timer.start()
    proc.wait()
    proc.stderr.close()
    timer.join()
    assert proc.returncode == -signal.SIGKILL


def test_100k_import_killed_then_completed(tmp_path: Path) -> None:
    rng = random.Random(20261121)
    source = tmp_path / "peserta.csv"
    made = write_import_file(source, ROWS, bad_ratio=0.01, dup_ratio=0.002, seed=42)
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(tmp_path / "data")}
    _cli(env, "init", "--device-name", "Laptop Uji", "--region", "35.74")
    event = json.loads(_cli(env, "--json", "events", "create", "--name", "Uji", "--date",
                            "2026-11-21", "--region", "35.74.03").stdout)["id"]
    db = tmp_path / "data" / "lindungi.sqlite"

    with source.open(encoding="utf-8", newline="") as fh:
        file_niks = [row["nik"] for row in csv.DictReader(fh)]

    _import_and_kill(env, source, event, after_chunks=2, rng=rng)
    after_kill = _niks(db)

    rejects = tmp_path / "tolak.csv"
    report = json.loads(_cli(env, "--json", "members", "import", str(source), "--event", event,
                             "--rejects", str(rejects)).stdout)
    final = _niks(db)

    # Counts add up, nobody twice.
    assert report["read"] == ROWS
    assert report["imported"] + report["rejected"] + report["duplicates"] == report["read"]
    assert len(final) == len(set(final))
    assert len(final) == len(after_kill) + report["imported"]
    assert report["rejected"] == made["bad"]
    # Rows saved before the kill come back as duplicates of themselves, plus the copies.
    assert report["duplicates"] == len(after_kill) + made["dup"]

    # The killed run left exactly the good rows of its first k whole chunks (k ≥ 1: the
    # first chunk was saved before the second was reported; on a busy machine the kill can
    # come before the second chunk's commit).
    good = set(final)
    assert after_kill, "the kill came before the first chunk was saved"
    prefixes = [
        {n for n in file_niks[: c * CHUNK] if n in good} for c in range(1, ROWS // CHUNK + 1)
    ]
    assert set(after_kill) in prefixes, "a partial chunk was committed"

    # The rejects file names every row that was not imported, with column and reason.
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.DictReader(fh))
    assert len(lines) == report["rejected"] + report["duplicates"]
    assert all(line["baris"].isdigit() and line["kolom"] and line["alasan"] for line in lines)
    assert len({line["baris"] for line in lines}) == len(lines)
