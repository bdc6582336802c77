"""Entry point of `lindungi`: a command runs the command line, no command opens the app.

The only module that knows both the command line and the desktop app, so that neither
of them imports the other.
"""

from __future__ import annotations

from pathlib import Path

from app import cli


def _open_gui(data_dir: Path | None) -> int:
    from app.ui.app import run_gui

    return run_gui(data_dir)


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, open_gui=_open_gui)
