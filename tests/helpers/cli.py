"""The command line run in-process as a person types it, signed in as `who` or not."""

from __future__ import annotations

import json
from pathlib import Path
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


ADMIN = ("admin", "kunci admin laptop ini")
OFFICER = ("budi", "kunci budi di pasar")


def set_up_laptop(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                  folder: Path) -> str:
    """A laptop as an office sets one up on the command line: `init` with its
    administrator (ADMIN), an officer (OFFICER) added by them, and the officer's event;
    returns the event's id."""
    monkeypatch.setenv("LINDUNGI_PASSWORD", ADMIN[1])
    assert main(["--data-dir", str(folder), "init", "--device-name", "Laptop 1",
                 "--region", "35.74", "--admin", ADMIN[0]]) == 0
    monkeypatch.setenv("LINDUNGI_NEW_PASSWORD", OFFICER[1])
    assert run(capsys, monkeypatch, ADMIN, "--data-dir", str(folder), "--json", "accounts",
               "add", OFFICER[0], "--role", "officer")[0] == 0
    code, made, err = run(capsys, monkeypatch, OFFICER, "--data-dir", str(folder), "--json",
                          "events", "create", "--name", "Pasar Pagi", "--date", "03-12-2026",
                          "--region", "35.74.03")
    assert code == 0, err
    return str(made["id"])
