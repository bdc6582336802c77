"""Errors a person can fix. Messages are Indonesian and never carry personal data.

`UserError` is the one base class of every refusal in the domain and the services: the
command line and the desktop show its message as it is (it says what to do) and treat
anything else as a bug (crash report with traceback). A database that is busy, full,
read-only or damaged is such an error too once it is sorted by its code
(`app.db.DatabaseProblem`)."""

from __future__ import annotations


class UserError(Exception):
    """Refused for a reason the person can act on; the message says what to do."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class DomainError(UserError, ValueError):
    """A rule refused a value; `field` names the form field or import column."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
