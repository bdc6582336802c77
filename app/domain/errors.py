"""Errors a person can fix. Messages are Indonesian and never carry personal data."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule refused a value; `field` names the form field or import column."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
