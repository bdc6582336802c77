"""Keep the desk's Qt Linguist files in step with the code, and compile them.

    python scripts/update_translations.py            # re-extract texts into translations/*.ts
    python scripts/update_translations.py --compile  # .ts → resources/i18n/*.qm (the build)

Extraction runs pyside6-lupdate over app/ui (texts in `self.tr`, `QCoreApplication.
translate` and `QT_TRANSLATE_NOOP`). Indonesian is the source language: a new text gets
its Indonesian entry filled with the source itself (to be reviewed in Qt Linguist); its
English entry stays unfinished until someone translates it, and the test suite fails
until then. `--fill FILE.json` takes English translations {source: text} in bulk.
"""

from __future__ import annotations

import argparse
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


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"lindungi_{language}.ts"


def extract(target: Path, language: str) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                    "-source-language", "id", "-target-language", language,
                    "-ts", str(target)], cwd=ROOT, check=True, capture_output=True)


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
    for language in LANGUAGES:
        qm = out / f"lindungi_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(qm)],
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
    print(f"{left} English text(s) still to translate" if left else "all texts translated")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
