"""PySide6 only: windows, dialogs, Qt item models, workers. Thin over app.services."""

from app.ui.pyside_guard import guard

guard()  # before any signal is emitted (see app/ui/pyside_guard.py)
