"""The command line (`lindungi`): thin over the services; contract in CLI.md.

The commands are listed in one table (app/cli/table.py): the words typed, the module and
function that run them, whether an officer must be signed in and whether the command may
write. Each command module declares its arguments beside its handlers and is imported
only when its command runs, so that `--help` and the desktop program (no command) load
neither the database layer nor the crypto stack. Signing in happens here, before the
handler runs, as the table says; a handler returns an exit code or raises, and what went
wrong is mapped to an exit code in one place (`_run`). The parser (app/cli/parser.py) is
built only when there are arguments: `lindungi` alone goes straight to the desktop.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.context import EXIT_BUG, EXIT_OK, EXIT_REFUSED, Context, Output, Refused
from app.cli.table import Command, SignIn

if TYPE_CHECKING:
    from app.services.audit import Actor
    from app.services.workspace import Workspace

__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_REFUSED", "Refused", "main"]

Handler = Callable[[Context], int]


# ---- running a command ----------------------------------------------------------------------


def main(
    argv: list[str] | None = None,
    open_gui: Callable[[Path | None, str | None], int] | None = None,
) -> int:
    """Run one command; with none, hand over to `open_gui` (the desktop app)."""
    words = sys.argv[1:] if argv is None else list(argv)
    if not words and open_gui is not None:  # `lindungi` alone, as the desktop shortcut
        return open_gui(None, None)  # starts it: no parser on the way to the window
    from app.cli.parser import build_parser, typed_command

    # the probe fails where the parser fails too (an unknown command, an option without
    # its value): then the parser says what is wrong, exit 2
    parser = build_parser(typed_command(words))
    args = parser.parse_args(words)
    args.data_dir = getattr(args, "data_dir", None)
    args.database_url = getattr(args, "database_url", None)
    command: Command | None = getattr(args, "command_row", None)
    if command is None:
        if args.command:
            parser.parse_args([args.command, "--help"])
        if open_gui is None:
            parser.print_help()
            return 2
        return open_gui(args.data_dir, args.database_url)
    ctx = Context(args, Output(getattr(args, "json", False)))
    try:
        return _run(command, ctx, words)
    finally:
        ctx.close()
        if ctx.ahead is not None:
            ctx.ahead.close()


def _run(command: Command, ctx: Context, argv: list[str]) -> int:
    """Run the command; map what went wrong to an exit code, in this one place: a refusal
    a person can act on is exit 1 with its reason, anything else is a bug (EXIT_BUG)."""
    try:
        module = importlib.import_module(command.module)
        handler: Handler = getattr(module, command.function)
        if command.before_sign_in:
            getattr(module, command.before_sign_in)(ctx)
        _sign_in(command, ctx)
        code = handler(ctx)
    except Exception as exc:
        refusal = _refusal(exc, ctx)
        if refusal is None:
            return _bug(exc, ctx, argv)
        return _refuse(ctx.out, *refusal)
    if code != EXIT_OK and ctx.out.as_json and not ctx.out.emitted:
        _json_line({"error": "refused", "reason": "ditolak"})  # one JSON document, always
    return code


def _sign_in(command: Command, ctx: Context) -> None:
    """What the table asks for before the handler runs."""
    if command.sqlite_only:
        from app.services.workspace import server_url

        if server_url(ctx.args.database_url):
            raise Refused("cadangan dan pemulihan program ini untuk berkas SQLite di folder "
                          "data; database server dicadangkan oleh pengelolanya (mis. pg_dump)")
    if command.sign_in is SignIn.OFFICER:
        ctx.sign_in(_officer(ctx.workspace()))
    elif command.sign_in is SignIn.OFFICER_IF_READABLE:
        from app.services import backup

        if backup.is_readable(ctx.data_folder):
            ctx.sign_in(_officer(ctx.workspace()))
            ctx.close()  # a restore puts another file in its place


def _officer(ws: Workspace) -> Actor:
    """The acting officer once accounts exist (LINDUNGI_USER / LINDUNGI_PASSWORD)."""
    import getpass

    from app.services import accounts
    from app.services.audit import Actor

    device_actor = Actor(ws.device_id)
    with ws.db.session() as s:
        if not accounts.has_accounts(s):
            return device_actor
    user = os.environ.get("LINDUNGI_USER", "")
    password = os.environ.get("LINDUNGI_PASSWORD", "")
    if not user or not password:
        if not sys.stdin.isatty():
            raise Refused(
                "Perintah ini memproses data pribadi: setel LINDUNGI_USER dan LINDUNGI_PASSWORD."
            )
        user = user or input("Nama pengguna: ")
        password = getpass.getpass("Kata sandi: ")
    with ws.db.session() as s:
        result = accounts.authenticate(s, device_actor, user, password)
    if isinstance(result, accounts.AuthError):
        raise Refused(str(result))
    return Actor(ws.device_id, result.id)


def _refusal(exc: Exception, ctx: Context) -> tuple[str, str] | None:
    """(kind, reason) of a refusal a person can act on, or None for a bug."""
    from app.db import DB_FILENAME
    from app.services.crash import refusal
    from app.services.workspace import server_url

    db_file = None if server_url(ctx.args.database_url) else ctx.data_folder / DB_FILENAME
    return refusal(exc, db_file)


def _json_line(data: dict[str, str]) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _refuse(out: Output, kind: str, reason: str) -> int:
    print(f"lindungi: {reason}", file=sys.stderr)
    if out.as_json and not out.emitted:
        _json_line({"error": kind, "reason": reason})
    return EXIT_REFUSED


def _bug(exc: Exception, ctx: Context, argv: list[str]) -> int:
    from app.services import crash

    args = ctx.args
    command = " ".join(str(x) for x in (args.command, getattr(args, "sub", None)) if x)
    report = crash.write_report(exc, ctx.data_folder, f"lindungi {command}",
                                crash.option_names(argv))
    where = str(report) if report else "tidak bisa ditulis"
    reason = ("kesalahan program, bukan kesalahan Anda; laporan kesalahan: "
              f"{where} (kirim berkas itu ke admin)")
    print(f"lindungi: {reason}", file=sys.stderr)
    if ctx.out.as_json and not ctx.out.emitted:
        import json

        sys.stdout.write(json.dumps({"error": "bug", "reason": reason,
                                     "crash_report": str(report) if report else None},
                                    ensure_ascii=False) + "\n")
    return EXIT_BUG
