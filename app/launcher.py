"""Entry point of `lindungi`: a command runs the command line, no command opens the app.

The only module that knows both the command line and the desktop app, so that neither
of them imports the other. `--self-test` proves a build works on the machine it landed
on: headless, in a temporary folder, it does an officer's whole round once.
`--check-csv FILE` is the program's second process during `members import`: it checks
the file's structure while the command signs in (app/services/tabular/ahead.py).

Light on purpose: with no command, the desktop's first window must be on screen before
anything heavier than Qt loads (tests/test_import_time.py); app.cli imports a command's
module, and with it the database layer, only when that command runs.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def _open_gui(data_dir: Path | None, database_url: str | None) -> int:
    from app.ui.app import run_gui

    return run_gui(data_dir, database_url=database_url)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:  # the desktop shortcut: straight to the window, the command line unloaded
        return _open_gui(None, None)
    if args[:1] == ["--check-csv"]:  # the import's second process (tabular/ahead.py)
        from app.services.tabular import ahead

        return ahead.child(args[1:])
    if args[:1] == ["--self-test"]:
        from app.selftest import run  # the self-test proves every part a build keeps

        return run()
    from app import cli

    return cli.main(args, open_gui=_open_gui)


def run() -> int:
    """The program's entry (the `lindungi` script, `python -m app`, the built program):
    `main`, then an exit without Python's collector walking every object left. The
    process ends here and the system takes its memory back, so that walk (about 0.13 s
    after a command that loaded the database layer) frees nothing."""
    code = main()
    gc.freeze()
    return code
