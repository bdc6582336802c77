"""Logging: one rotating file in the data folder, for bugs and operations.

Never personal data (UU 27/2022): code logs ids, counts and reasons, never a NIK, name,
phone or address. A filter masks anything that looks like a NIK or a phone number as a
second line of defence; tests scan the log files for every generated person.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

LOG_FILE = "lindungi.log"
_DIGITS = re.compile(r"(?<![\w-])\+?\d{9,16}(?![\w-])")  # not inside ids or UUIDs


def mask_digits(text: str) -> str:
    """`text` with long runs of digits (NIKs, phone numbers) masked."""
    return _DIGITS.sub("[angka disamarkan]", text)


class MaskDigits(logging.Filter):
    """Replace long runs of digits (NIKs, phone numbers) before anything is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_digits(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the `lindungi` loggers to data_dir/lindungi.log (idempotent)."""
    from logging.handlers import RotatingFileHandler  # not on the way to the first window

    path = Path(data_dir) / LOG_FILE
    root = logging.getLogger("lindungi")
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
        root.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskDigits())
    root.addHandler(handler)
    root.setLevel(level)
    # a log line that cannot be written (a full disk) is dropped: the work that fails
    # there says what to do, where logging printed a traceback for every line
    logging.raiseExceptions = False
    return path


def is_set_up() -> bool:
    """Whether the `lindungi` loggers write to a data folder's log file yet."""
    from logging.handlers import RotatingFileHandler

    return any(isinstance(h, RotatingFileHandler) for h in logging.getLogger("lindungi").handlers)


def get(name: str) -> logging.Logger:
    return logging.getLogger(f"lindungi.{name}")
