"""The layer checker of CI finds what it must and passes on the real tree."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_layers", ROOT / "scripts/check_layers.py")
assert spec and spec.loader
check_layers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_layers)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_real_tree_is_clean() -> None:
    assert check_layers.problems_in(ROOT) == []


def test_qt_and_reportlab_outside_their_places_are_found(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "app/ui/window.py": "from PySide6.QtWidgets import QWidget\n",
        "app/services/slips.py": "from reportlab.pdfgen import canvas\n",
        "app/services/register.py": "def f():\n    from PySide6 import QtCore\n",
        "app/domain/x.py": "import reportlab.lib\n",
    })
    found = check_layers.problems_in(root)
    assert found == [
        "app/domain/x.py:1: ReportLab outside the slips code (reportlab.lib)",
        "app/services/register.py:2: Qt outside app/ui (PySide6)",
    ]
