"""Write docs/roles.md from the table in app/services/roles.py (tests/services/test_roles.py
fails when the file and the table disagree): `python scripts/roles_doc.py`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services import roles

DOC = Path(__file__).resolve().parents[1] / "docs" / "roles.md"


def render() -> str:
    lines = [
        "# Who may do what",
        "",
        "Written by `scripts/roles_doc.py` from `OPERATIONS` in `app/services/roles.py`; "
        "a test fails when they disagree. Roles in order: "
        + " < ".join(f"`{r}`" for r in roles.ORDER) + ".",
        "",
        "The check runs inside the service (desktop and command line alike). Where no "
        "account can sign in on the database (a fresh laptop, an office with field "
        "officers only), nothing is checked. Once accounts exist, every command that reads "
        "the records or names anyone needs a signed-in account (`LINDUNGI_USER`, "
        "`LINDUNGI_PASSWORD`); those below need at least the role shown.",
        "",
        "| operation | least role | what |",
        "|---|---|---|",
    ]
    lines += [f"| `{op}` | {role} | {roles.DESCRIPTIONS[op]} |"
              for op, role in roles.OPERATIONS.items()]
    lines += [
        "",
        "Full NIKs: `members list` prints masked NIKs on screen; with `--json` it carries "
        "them masked too unless a supervisor adds `--full-nik` (or the laptop has no "
        "accounts yet). Every list with full NIKs writes one `nik_reveal` audit entry with "
        "the count, never the NIKs, as the desk writes one for each NIK it shows.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(DOC)
