"""The layer checker of CI finds what it must and passes on the real tree: Qt and
ReportLab out of their folders, import cycles."""

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
    assert check_layers.cycles_in(ROOT) == []


def test_qt_and_reportlab_outside_their_places_are_found(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "app/ui/window.py": "from PySide6.QtWidgets import QWidget\n",
        "app/services/pdf/card.py": "from reportlab.pdfgen import canvas\n",
        "app/services/slips.py": "from reportlab.pdfgen import canvas\n",
        "app/services/register.py": "def f():\n    from PySide6 import QtCore\n",
        "app/domain/x.py": "import reportlab.lib\n",
    })
    found = check_layers.problems_in(root)
    assert found == [
        "app/domain/x.py:1: ReportLab outside app/services/pdf (reportlab.lib)",
        "app/services/register.py:2: Qt outside app/ui (PySide6)",
        "app/services/slips.py:1: ReportLab outside app/services/pdf (reportlab.pdfgen)",
    ]


def test_an_import_cycle_is_found_even_through_an_import_inside_a_function(
        tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "loopy/__init__.py": "",
        "loopy/report.py": "from loopy import layout\n",
        "loopy/layout.py": "import loopy.style\n",
        "loopy/style.py": "def f():\n    from loopy.report import f\n",
        "loopy/typed.py": "from typing import TYPE_CHECKING\nfrom loopy import style\n"
                          "if TYPE_CHECKING:\n    from loopy import typed2\n",
        "loopy/typed2.py": "from loopy import typed\n",
    })
    assert check_layers.cycles_in(root, "loopy") == [
        "import cycle: loopy.layout:1 -> loopy.style:2 -> loopy.report:1 -> loopy.layout",
    ]
    (root / "loopy/style.py").write_text("def f():\n    pass\n", encoding="utf-8")
    assert check_layers.cycles_in(root, "loopy") == []
