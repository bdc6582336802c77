"""The command line run in-process as a person types it, signed in as `who` or not."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        who: tuple[str, str] | None, *argv: str) -> tuple[int, Any, str]:
    if who:
        monkeypatch.setenv("LINDUNGI_USER", who[0])
        monkeypatch.setenv("LINDUNGI_PASSWORD", who[1])
    else:
        monkeypatch.delenv("LINDUNGI_USER", raising=False)
        monkeypatch.delenv("LINDUNGI_PASSWORD", raising=False)
    code = main(list(argv))
    captured = capsys.readouterr()
    try:
        data = json.loads(captured.out) if captured.out.strip() else None
    except json.JSONDecodeError:
        data = captured.out
    return code, data, captured.err
