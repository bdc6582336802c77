#!/usr/bin/env python3
"""Dead code: vulture over the whole tree, less what is used only by its name.

    python scripts/run_vulture.py            # the tree dev.py checks; exit 1 on a finding
    python scripts/run_vulture.py app/ui     # only these (what only the rest of the
                                             # tree uses shows as unused then)

Vulture lists every function, class, variable and attribute that nothing in the scanned
code refers to. Some of those are used all the same, by a name something else looks up
while the program runs. They are let through here, and nothing else is:

- each command's handler, its `NAME_arguments` and its `before_sign_in` function in
  app/cli/ (app/cli/table.py names them; the command line imports them by that name);
- pytest's fixtures and hooks in tests/ (a test asks for a fixture by naming it as a
  parameter; pytest calls a `pytest_*` hook with arguments it passes by name);
- Qt's virtual methods a class overrides (keyPressEvent, rowCount…: Qt calls them);
- the entries of scripts/vulture_whitelist.txt, one per line with its reason: names a
  library or a file format reads (SQLAlchemy, Alembic, openpyxl, logging, expat, pytest).

A whitelist entry that lets nothing through any more is reported too, so that the list
stays as short as what it is for. Dead code is deleted, not whitelisted.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import importlib
import inspect
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import vulture

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("app", "tests", "scripts", "benchmarks", "build_spec", "build_spec/lindungi.spec",
         "dev.py")
WHITELIST = ROOT / "scripts" / "vulture_whitelist.txt"
# the Qt modules the program's classes derive from
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtPdf",
              "QtPdfWidgets", "QtSvg")
# Qt's own spelling of a method (keyPressEvent, rowCount); the project's are snake_case
QT_STYLE = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)+")


@dataclass(frozen=True)
class Allowed:
    """A name let through in the files matching `files` (a glob under the root)."""

    files: str
    name: str
    why: str

    def covers(self, item: vulture.core.Item) -> bool:
        return item.name == self.name and fnmatch.fnmatchcase(_relative(item.filename),
                                                              self.files)


def _relative(path: Path | str) -> str:
    return Path(path).resolve().relative_to(ROOT).as_posix()


def _modules(paths: Iterable[str]) -> Iterator[tuple[str, ast.Module]]:
    for given in paths:
        path = ROOT / given
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            yield _relative(file), ast.parse(file.read_text(encoding="utf-8"), str(file))


def cli_handlers() -> Iterator[Allowed]:
    sys.path.insert(0, str(ROOT))
    from app.cli.table import COMMANDS

    for command in COMMANDS:
        module = command.module.removeprefix("app.cli.").replace(".", "/")
        names = [command.function, f"{command.function}_arguments"]
        if command.before_sign_in:
            names.append(command.before_sign_in)
        for name in names:
            yield Allowed(f"app/cli/{module}.py", name, "run by its row in app/cli/table.py")


def _decorator_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    return ast.unparse(node)


def pytest_names(modules: Iterable[tuple[str, ast.Module]]) -> Iterator[Allowed]:
    for rel, tree in modules:
        if not rel.startswith("tests/"):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if any(_decorator_name(d) in ("pytest.fixture", "fixture")
                   for d in node.decorator_list):
                # the fixture, and every parameter that asks for it
                yield Allowed("tests/*", node.name, "a pytest fixture")
            elif node.name.startswith("pytest_"):
                yield Allowed(rel, node.name, "a pytest hook")
                for arg in node.args.args:
                    yield Allowed(rel, arg.arg, f"passed by name to {node.name}")


def qt_overrides(modules: Iterable[tuple[str, ast.Module]]) -> Iterator[Allowed]:
    qt_names: set[str] = set()
    for name in QT_MODULES:
        module = importlib.import_module(f"PySide6.{name}")
        for attr in dir(module):  # dir(): PySide6 makes its classes on first use
            found = getattr(module, attr)
            if inspect.isclass(found):
                qt_names.update(dir(found))
    for rel, tree in modules:
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for method in node.body:
                if (isinstance(method, ast.FunctionDef) and QT_STYLE.fullmatch(method.name)
                        and method.name in qt_names):
                    yield Allowed(rel, method.name, "a Qt virtual method, called by Qt")


def whitelist(path: Path = WHITELIST) -> list[Allowed]:
    """`FILES NAME [NAME…]  # why` per line; FILES is a glob under the root."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text, _, why = line.partition("#")
        words = text.split()
        if not words:
            continue
        if len(words) < 2 or not why.strip():
            raise SystemExit(f"{path.name}:{number}: want `FILES NAME… # why`: {line!r}")
        entries += [Allowed(words[0], name, why.strip()) for name in words[1:]]
    return entries


def dead_code(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(findings, whitelist entries that let nothing through), each a line to print."""
    paths = list(paths)
    modules = list(_modules(p for p in paths if not p.endswith(".spec")))
    listed = whitelist()
    allowed = [*listed, *cli_handlers(), *pytest_names(modules), *qt_overrides(modules)]
    scan = vulture.Vulture(verbose=False)
    scan.scavenge([ROOT / p for p in paths])
    used: set[Allowed] = set()
    findings = []
    for item in scan.get_unused_code():
        covering = [a for a in allowed if a.covers(item)]
        used.update(covering)
        if not covering:
            findings.append(f"{_relative(item.filename)}:{item.first_lineno}: "
                            f"{item.message} ({item.confidence}% confidence)")
    stale = [f"{WHITELIST.relative_to(ROOT)}: {a.files} {a.name}: lets nothing through "
             f"any more, remove it" for a in listed if a not in used]
    return findings, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=list(PATHS),
                        help="files or folders under the checkout (default: the tree)")
    args = parser.parse_args(argv)
    findings, stale = dead_code(args.paths)
    for line in findings + (stale if args.paths == list(PATHS) else []):
        print(line)
    if findings:
        print(f"{len(findings)} unused: delete it, or if something uses it by its name, "
              "say what in scripts/vulture_whitelist.txt")
    return 1 if findings or (stale and args.paths == list(PATHS)) else 0


if __name__ == "__main__":
    raise SystemExit(main())
