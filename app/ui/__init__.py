"""PySide6 only: windows, dialogs, Qt item models, workers. Thin over app.services."""
