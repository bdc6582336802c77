"""Layer rules that import-linter cannot say in one contract (STYLE.md):

- PySide6 / shiboken6 only under app/ui/
- ReportLab only in the slips code (app/services/slips*: slips, group bills, reports)

Reads every module's imports with `ast` (also imports inside functions). Exit 1 and a
line per offence when a rule is broken.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES: list[tuple[tuple[str, ...], Callable[[str], bool], str]] = [
    (("PySide6", "shiboken6"), lambda rel: rel.startswith("app/ui/"), "Qt outside app/ui"),
    (("reportlab",), lambda rel: rel.startswith("app/services/slips"),
     "ReportLab outside the slips code"),
]


def imported(tree: ast.AST) -> list[tuple[int, str]]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
    return names


def problems_in(root: Path) -> list[str]:
    problems = []
    for path in sorted((root / "app").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for line, name in imported(tree):
            top = name.split(".")[0]
            for packages, allowed, what in RULES:
                if top in packages and not allowed(rel):
                    problems.append(f"{rel}:{line}: {what} ({name})")
    return problems


def main() -> int:
    problems = problems_in(ROOT)
    for p in problems:
        print(p)
    print(f"layer check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
