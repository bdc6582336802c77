"""Emitting signals, as the desk does all day, never brings the interpreter down."""

from __future__ import annotations

import subprocess
import sys

EMITS = 200_000
PROGRAM = f"""
import app.ui  # the desk's package: its guard runs on import
from PySide6.QtCore import QObject, Signal

class Page(QObject):
    saved = Signal(object)

page = Page()
page.saved.connect(lambda member_id: None)
for n in range({EMITS}):
    page.saved.emit(n)
print("done")
"""


def test_many_emits_then_a_clean_exit() -> None:
    """PySide6 6.12's emit() on Python 3.11 loses a reference to True each time; without
    the guard this program aborts (bool_dealloc, exit 134) instead of ending cleanly."""
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True,
                            text=True, timeout=120)
    assert (result.returncode, result.stdout.strip()) == (0, "done"), result.stderr[-500:]
