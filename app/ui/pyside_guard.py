"""A guard against a reference-counting fault of PySide6 6.12 on Python 3.11.

`SignalInstance.emit()` returns True without the reference it owes its caller, so every
`signal.emit(...)` in Python code takes one reference to True away for good (the
desk's own signals, and the workers' progress and results). Before Python 3.12, True
is an ordinary object: when its count reaches zero the interpreter aborts with "Fatal
Python error: bool_dealloc: deallocating True or False", most often while it shuts
down — after the desk's window closed, or at the end of a test run that passed (exit
134) — and, after enough emits, in the middle of the work.

`guard()` checks once whether emitting costs True a reference; if it does, True is
given a million references that are never released (8 MB), which is a million emits
before the fault could show. Nothing is done where emit is sound or True immortal.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1_000_000
_done = False


def emit_steals_true() -> bool:
    """Whether emitting a signal from Python loses a reference to True."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 8


def guard() -> None:
    global _done
    if _done:
        return
    _done = True
    if sys.version_info >= (3, 12) or not emit_steals_true():
        return
    try:
        keep = ctypes.pythonapi.Py_IncRef
    except (AttributeError, OSError):  # no C API to reach: the program runs on as before
        return
    ballast = [True] * MARGIN
    keep(ctypes.py_object(ballast))  # never released, nor its references to True
