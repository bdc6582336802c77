"""Errors a person can fix. Messages are Indonesian and never carry personal data.

`UserError` is the one base class of every refusal in the domain and the services: the
command line and the desktop show its message as it is (it says what to do) and treat
anything else as a bug (crash report with traceback). A database that is busy, full,
read-only or damaged is such an error too once it is sorted by its code
(`app.db.DatabaseProblem`).

The subclasses also derive from the built-in exception a caller would have caught before
there was one base class (ValueError, LookupError, PermissionError); new code catches
`UserError`, never the built-ins, which a bug raises too (a KeyError is a LookupError)."""

from __future__ import annotations


class UserError(Exception):
    """Refused for a reason the person can act on; the message says what to do."""

    #: a short name of the cause, for `--json` ("error": kind) and the log
    kind = "refused"

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DomainError(UserError, ValueError):
    """A rule refused a value; `field` names the form field or import column."""

    kind = "invalid"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(UserError, LookupError):
    """What was asked for is not there (any more)."""

    kind = "not_found"


class NotAllowed(UserError, PermissionError):
    """The signed-in officer's role (or a missing approval) does not allow this."""

    kind = "not_allowed"
