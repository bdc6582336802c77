"""Entry point of `lindungi`: a command runs the command line, no command opens the app.

The only module that knows both the command line and the desktop app, so that neither
of them imports the other. `--self-test` proves a build works on the machine it landed
on: headless, in a temporary folder, it does an officer's whole round once.

Light on purpose: with no command, the desktop's first window must be on screen before
anything heavier than Qt loads (tests/test_import_time.py); app.cli imports a command's
module, and with it the database layer, only when that command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app import cli


def _open_gui(data_dir: Path | None, database_url: str | None) -> int:
    from app.ui.app import run_gui

    return run_gui(data_dir, database_url=database_url)


def postgresql_driver() -> str:
    """The office's database driver loads as a URL names it (no server needed)."""
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://lindungi@127.0.0.1/lindungi")
    dbapi = engine.dialect.dbapi
    assert dbapi is not None
    pq = dbapi.pq
    engine.dispose()
    return f"PostgreSQL driver (psycopg {pq.__impl__}, libpq {pq.version()})"


def self_test() -> int:
    """Create a database, register a member, write a slip PDF and a batch file, open the
    window in both languages with the dashboard; exit 0 when every step worked."""
    import datetime as dt
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import __version__, resources
    from app.services import device, events, members, slip_codes, slips, sync_export
    from app.services.audit import Actor
    from app.services.demo import PeopleFactory
    from app.services.workspace import Workspace

    steps: list[str] = []
    with tempfile.TemporaryDirectory(prefix="lindungi-self-test-") as tmp:
        folder = Path(tmp)
        ws = Workspace.open(folder / "data")
        try:
            with ws.db.session() as s:
                device.initialise(s, "Uji mandiri", "35.74")
            actor = Actor(ws.device_id)
            with ws.db.session() as s:
                event = events.create_event(s, actor, "Uji mandiri", dt.date.today(), "",
                                            "35.74.03")
                rules = members.MemberRules.load(s, resources.regions(), ws.tariffs(),
                                                 dt.date.today())
            clean, problems = members.clean_member(next(PeopleFactory(1).people(1)).row(),
                                                   rules)
            if clean is None:
                print(f"self-test: member refused: {problems}", file=sys.stderr)
                return 1
            with ws.db.session() as s:
                member_id = members.register(s, actor, clean, event.id, "persetujuan-v1")
            steps.append("database + member")
            with ws.db.session() as s:
                issued, _refused = slip_codes.issue_slips(s, actor, [member_id], "a4",
                                                          ws.tariffs())
            pdf = folder / "slip.pdf"
            pages = slips.render_slips(issued, "a4", pdf)
            if pages < 1 or not pdf.read_bytes().startswith(b"%PDF"):
                print("self-test: slip PDF is empty", file=sys.stderr)
                return 1
            steps.append(f"slip PDF ({pages} page)")
            out = folder / "usb"
            out.mkdir()
            report = sync_export.export_batch(ws, actor, out)
            if not report.file.exists() or report.counts.get("members") != 1:
                print("self-test: batch file incomplete", file=sys.stderr)
                return 1
            steps.append(f"batch file ({report.records} records)")
            steps.append(postgresql_driver())
            from app.ui.app import self_check

            steps += self_check(ws)
        finally:
            ws.close()
    print(f"lindungi {__version__} self-test ok: " + ", ".join(steps))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--self-test"]:
        return self_test()
    return cli.main(argv, open_gui=_open_gui)
