"""No test module imports another: what several of them share lives in tests/helpers/ (or
is a conftest fixture), so a test module can be moved, renamed or deleted on its own."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def is_test_module(name: str) -> bool:
    """A dotted module name naming a test module: test_*.py or conftest.py."""
    last = name.rsplit(".", 1)[-1]
    return last.startswith("test_") or last == "conftest"


def imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, dotted name) of every module `path` imports, relative imports resolved
    against its package; `from package import name` counts as importing package.name
    too, since the name may be a module."""
    package = list(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def offences(root: Path) -> list[str]:
    """`file:line imports module` for each module under root/tests that imports a test
    module (one under tests/, named test_*.py or conftest.py)."""
    out = []
    for path in sorted((root / "tests").rglob("*.py")):
        for line, module in dict.fromkeys(imported_modules(path, root)):
            if module.startswith("tests.") and is_test_module(module):
                out.append(f"{path.relative_to(root).as_posix()}:{line} imports {module}")
    return out


def test_no_module_of_the_tests_imports_a_test_module() -> None:
    found = offences(ROOT)
    assert not found, "move what is shared into tests/helpers/ (or a conftest fixture):\n" \
        + "\n".join(found)


def test_the_check_finds_each_way_of_importing_a_test_module(tmp_path: Path) -> None:
    files = {
        "tests/__init__.py": "",
        "tests/conftest.py": "from tests.helpers.people import TODAY\n",
        "tests/helpers/__init__.py": "",
        "tests/helpers/people.py": "import datetime as dt\nTODAY = dt.date(2026, 11, 21)\n",
        "tests/ui/__init__.py": "",
        "tests/ui/conftest.py": "from tests.conftest import TODAY\n",
        "tests/ui/test_desk.py": "def open_window() -> None: ...\n",
        "tests/ui/test_admin.py": (
            "from tests.helpers import people\n"
            "from tests.ui.test_desk import open_window\n"
            "def test_x() -> None:\n"
            "    from .test_desk import open_window\n"
            "    from . import test_desk\n"
            "    import tests.ui.conftest\n"),
        "tests/test_cli.py": "from tests.ui import conftest\nfrom tests import helpers\n",
        "tests/helpers/desk.py": "from ..ui.test_desk import open_window\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    assert offences(tmp_path) == [
        "tests/helpers/desk.py:1 imports tests.ui.test_desk",
        "tests/test_cli.py:1 imports tests.ui.conftest",
        "tests/ui/conftest.py:1 imports tests.conftest",
        "tests/ui/test_admin.py:2 imports tests.ui.test_desk",
        "tests/ui/test_admin.py:4 imports tests.ui.test_desk",
        "tests/ui/test_admin.py:5 imports tests.ui.test_desk",
        "tests/ui/test_admin.py:6 imports tests.ui.conftest",
    ]
