"""Keep the desk's Qt Linguist files in step with the code, and compile them.

    python scripts/update_translations.py            # re-extract texts, then compile
    python scripts/update_translations.py --compile  # only .ts → resources/i18n/*.qm

Extraction runs pyside6-lupdate over app/ui (texts in `self.tr`, `QCoreApplication.
translate` and `QT_TRANSLATE_NOOP`), and reads the message catalogue of the domain and
the services (every `t("...")` of app.domain.messages in app/domain, app/services and
app/db.py, found by parsing the source, which lupdate cannot) into the context "messages".
Indonesian is the source language: a new text gets its Indonesian entry filled with the
source itself (to be reviewed in Qt Linguist); its English entry stays unfinished until
someone translates it, and the test suite fails until then. `--fill FILE.json` takes
English translations {source: text} in bulk.

The compiled .qm files are committed (so `pip install -e .` on a fresh clone has them);
every run compiles them again, and a test checks they are what the .ts files give.
Qt's own texts (standard buttons, file dialog, context menus) have no Indonesian from
Qt: translations/qtbase_id.ts holds them, compiled to resources/i18n/qtbase_id.qm.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("id", "en")
MESSAGES = "messages"
CATALOGUE_DIRS = ("app/domain", "app/services", "app/db.py")
#: translation files written by hand, compiled as they are
EXTRA = ("qtbase_id",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"lindungi_{language}.ts"


def catalogue() -> list[str]:
    """The templates of `t("...")` in the domain and the services, in file order."""
    found: dict[str, None] = {}
    for folder in CATALOGUE_DIRS:
        where = ROOT / folder
        for path in [where] if where.is_file() else sorted(where.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "t" and node.args):
                    first = node.args[0]
                    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                        raise SystemExit(f"{path.relative_to(ROOT)}:{node.lineno}: t() needs "
                                         "a string literal as its template")
                    found[first.value] = None
    return list(found)


def _kept_messages(target: Path) -> dict[str, ET.Element]:
    if not target.exists():
        return {}
    for context in ET.parse(target).getroot().iter("context"):
        if context.findtext("name") == MESSAGES:
            return {m.findtext("source") or "": m for m in context.iter("message")}
    return {}


def _add_messages(target: Path, kept: dict[str, ET.Element]) -> None:
    tree = ET.parse(target)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if context.findtext("name") == MESSAGES:
            root.remove(context)
    if len(root):  # the layout lupdate writes
        root[-1].tail = "\n"
    context = ET.SubElement(root, "context")
    context.text = "\n    "
    context.tail = "\n"
    ET.SubElement(context, "name").text = MESSAGES
    for source in catalogue():
        message = kept.get(source)
        if message is None:
            message = ET.Element("message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", {"type": "unfinished"})
        context.append(message)
    for i, child in enumerate(context):
        child.tail = "\n" if i == len(context) - 1 else "\n    "
        if child.tag == "message":
            child.text = "\n        "
            for j, part in enumerate(child):
                part.tail = "\n    " if j == len(child) - 1 else "\n        "
    tree.write(target, encoding="utf-8", xml_declaration=True)


def extract(target: Path, language: str) -> None:
    kept = _kept_messages(target)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                    "-source-language", "id", "-target-language", language,
                    "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)
    _add_messages(target, kept)


def fill(path: Path, table: dict[str, str] | None) -> int:
    """Fill unfinished entries (from `table`, or with the source for Indonesian);
    returns how many are still unfinished."""
    tree = ET.parse(path)
    left = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        if tr.get("type") != "unfinished" and (tr.text or ""):
            continue
        text = source if table is None else table.get(source)
        if text:
            tr.text = text
            tr.attrib.pop("type", None)
        else:
            left += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return left


def update(english: dict[str, str]) -> int:
    TS_DIR.mkdir(exist_ok=True)
    unfinished = 0
    for language in LANGUAGES:
        extract(ts_file(language), language)
        unfinished += fill(ts_file(language), None if language == "id" else english)
    return unfinished


def compile_all(out: Path = QM_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    names = [f"lindungi_{language}" for language in LANGUAGES] + list(EXTRA)
    for name in names:
        qm = out / f"{name}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(TS_DIR / f"{name}.ts"), "-qm", str(qm)],
                       check=True, capture_output=True)
        made.append(qm)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only build the .qm files")
    parser.add_argument("--fill", type=Path, help="JSON {Indonesian source: English}")
    args = parser.parse_args()
    if args.compile:
        for qm in compile_all():
            print(qm.relative_to(ROOT))
        return 0
    english = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    left = update(english)
    compile_all()
    print(f"{left} English text(s) still to translate" if left else "all texts translated")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
