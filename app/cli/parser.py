"""The parser of `lindungi`: every command's name and help from the table, and the
arguments of the one command typed, declared by its module (imported here)."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from app import __version__
from app.cli.table import COMMANDS, Command, heads


def _common_options(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name."""
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="folder for database, keys, backups, logs (env LINDUNGI_DATA_DIR)")
    common.add_argument("--database-url", default=argparse.SUPPRESS, metavar="URL",
                        help="an office database server instead of the data folder's SQLite "
                        "file, e.g. postgresql+psycopg://user@host/lindungi "
                        "(env LINDUNGI_DATABASE_URL)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="one JSON document on stdout")
    return common


def _common() -> argparse.ArgumentParser:
    return _common_options(argparse.ArgumentParser(add_help=False))


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the command (or group of commands) `chosen` gets its arguments,
    imported from its module: the others are listed by name and help alone."""
    common = _common()
    p = argparse.ArgumentParser(
        prog="lindungi", parents=[common],
        description="Lindungi: pendaftaran peserta BPU BPJS Ketenagakerjaan tanpa internet. "
        "Tanpa perintah: membuka aplikasi desktop.",
    )
    p.add_argument("--version", action="version", version=f"lindungi {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for head, help_text in heads():
        commands = [c for c in COMMANDS if c.group == head]
        if commands[0].sub is None:
            c = sub.add_parser(head, parents=[common], help=help_text, description=help_text)
            if head == chosen:
                _declare(c, commands[0])
            continue
        group = sub.add_parser(head, help=help_text)
        if head != chosen:
            continue
        words = group.add_subparsers(dest="sub", required=True)
        for command in commands:
            c = words.add_parser(command.sub or head, parents=[common], help=command.help,
                                 description=command.help)
            _declare(c, command)
    return p


def _declare(parser: argparse.ArgumentParser, command: Command) -> None:
    module = importlib.import_module(command.module)
    declare = getattr(module, f"{command.function}_arguments", None)
    if declare is not None:
        declare(parser)
    parser.set_defaults(command_row=command)


class _NotACommand(Exception):
    pass


class _Probe(argparse.ArgumentParser):
    """Finds which command was typed, without its arguments and without printing."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotACommand(message)


def typed_command(argv: list[str]) -> str | None:
    probe = _common_options(_Probe(prog="lindungi", add_help=False))
    sub = probe.add_subparsers(dest="command")
    for head, _help in heads():
        sub.add_parser(head, add_help=False)
    try:
        found, _rest = probe.parse_known_args(argv)
    except _NotACommand:
        return None
    return getattr(found, "command", None)
