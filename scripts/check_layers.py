"""Layer rules that import-linter cannot say in one contract (STYLE.md), and no import
cycle anywhere in `app`:

- PySide6 / shiboken6 only under app/ui/
- ReportLab only under app/services/pdf/ (every PDF the program writes)
- no module of `app` imports itself back through others. An import inside a function
  counts (it hides a cycle, it does not remove it); an import under `if TYPE_CHECKING:`
  does not (it never runs: it only names a type for the type checker)

Reads every module's imports with `ast` (also imports inside functions), and the
package's import graph with grimp (which import-linter is built on). Exit 1 and a line
per offence when a rule is broken.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
RULES: list[tuple[tuple[str, ...], Callable[[str], bool], str]] = [
    (("PySide6", "shiboken6"), lambda rel: rel.startswith("app/ui/"), "Qt outside app/ui"),
    (("reportlab",), lambda rel: rel.startswith("app/services/pdf/"),
     "ReportLab outside app/services/pdf"),
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


def cycles_in(root: Path, package: str = "app") -> list[str]:
    """One line per import cycle of `package` (found under `root`): the shortest cycle
    through each module not yet named in one, with the line of every import in it."""
    sys.path.insert(0, str(root))  # this checkout's package, not an installed one
    try:
        graph = grimp.build_graph(package, exclude_type_checking_imports=True, cache_dir=None)
    finally:
        sys.path.remove(str(root))

    def line(importer: str, imported: str) -> str:
        found = graph.get_import_details(importer=importer, imported=imported)
        return f"{importer}:{found[0]['line_number']}" if found else importer

    cycles: list[str] = []
    named: set[str] = set()
    for module in sorted(graph.modules):
        if module in named:
            continue
        back = [graph.find_shortest_chain(importer=other, imported=module)
                for other in graph.find_modules_directly_imported_by(module)]
        shortest = min((chain for chain in back if chain), key=len, default=None)
        if shortest is None:
            continue
        cycle = (module, *shortest)
        named.update(cycle)
        steps = [line(a, b) for a, b in pairwise(cycle)]
        cycles.append("import cycle: " + " -> ".join([*steps, module]))
    return cycles


def main() -> int:
    problems = problems_in(ROOT) + cycles_in(ROOT)
    for p in problems:
        print(p)
    print(f"layer check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
