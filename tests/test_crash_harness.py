"""The crash harness, short version: at least 200 SIGKILLs at random instants."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KILLS = 200


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_200_kills_lose_nothing_committed(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "crash_harness.py"), "--kills", str(KILLS),
         "--seed", "11", "--dir", str(tmp_path / "laptop")],
        capture_output=True, text=True, timeout=900,
    )
    print(result.stdout[-2000:], result.stderr[-2000:])
    assert result.returncode == 0, result.stdout[-500:]
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"crash harness: {KILLS} kills")
    assert "all present" in summary and "integrity ok after every kill" in summary
