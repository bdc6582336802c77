"""What every command handler gets: its arguments, the output, the data folder and the
officer the command table signed in. Light on purpose: importing it loads no database,
no ORM and no crypto (those come with the command that needs them)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import UserError

if TYPE_CHECKING:  # the rest loads when a command runs, not on the desktop's way up
    import argparse
    import datetime as dt
    import uuid

    from app.services.audit import Actor
    from app.services.tabular.ahead import Ahead
    from app.services.workspace import Workspace

EXIT_OK = 0
#: refused as a whole: a one-line reason on stderr, nothing written (CLI.md)
EXIT_REFUSED = 1
#: a bug in the program (BSD sysexits EX_SOFTWARE): a crash report was written
EXIT_BUG = 70


class Refused(UserError):
    """Refused as a whole: one line on stderr, exit 1, nothing written."""


class Output:
    """stdout: one JSON document with --json, human text otherwise."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.emitted = False

    def emit(self, data: Any, human: Callable[[], str]) -> None:
        self.emitted = True
        if self.as_json:
            import json

            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            sys.stdout.write(human() + "\n")


class Context:
    """One run of one command. `workspace()` opens the data folder once; `actor` is the
    officer signed in by the dispatcher when the command table asks for one."""

    def __init__(self, args: argparse.Namespace, out: Output) -> None:
        self.args = args
        self.out = out
        self._workspace: Workspace | None = None
        self._actor: Actor | None = None
        self.signed_in = False
        #: the input file's structure being checked beside the command (Command's
        #: before_sign_in), stopped when the command ends
        self.ahead: Ahead | None = None

    @property
    def data_folder(self) -> Path:
        from app.resources import default_data_dir

        return Path(self.args.data_dir) if self.args.data_dir else default_data_dir()

    def workspace(self, create: bool = False) -> Workspace:
        """The data folder; every command but `init` and `demo` needs it initialised."""
        if self._workspace is None:
            from app.services.workspace import Workspace

            self._workspace = Workspace.open(self.args.data_dir, self.args.database_url,
                                             create=create)
        if not create:
            _ = self._workspace.device_id  # raises NotInitialised with the command to run
        return self._workspace

    def close(self) -> None:
        """Closes the data folder (a server's connections too); opened again on demand."""
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def sign_in(self, actor: Actor) -> None:
        """Done by the dispatcher (app.cli._sign_in) as the command table says."""
        self._actor = actor
        self.signed_in = True

    @property
    def actor(self) -> Actor:
        """Who acts: set before the handler runs for commands the table signs in."""
        if not self.signed_in:
            raise RuntimeError("this command is not signed in: see app/cli/table.py")
        assert self._actor is not None
        return self._actor

    @property
    def actor_or_none(self) -> Actor | None:
        """Who acts where signing in depended on the database being readable."""
        return self._actor


# ---- argument types --------------------------------------------------------------------


def date_arg(text: str) -> dt.date:
    import argparse

    from app.domain.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def uuid_arg(text: str) -> uuid.UUID:
    import argparse
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError("bukan ID yang sah") from None
