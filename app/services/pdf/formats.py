"""The one table of slip formats: the code stored on slips and print jobs and typed at
the command line, the label a person reads, and the renderer that draws it.

Everything that lists formats reads this table: the command line's `--format` choices,
the desk's format lists (print page, registration, settings), the print job labels, the
check of `slip_codes.issue_slips` and the desk's default. To add a format: write its
renderer, a module beside this one with `render(path, slips, fmt) -> pages` (card.py,
a4.py and thermal.py are the models), and add its row below. Its label is a catalogue
message (`t(...)`): scripts/update_translations.py finds it here and asks for its
English, which the desk shows; the command line prints the Indonesian.

No ReportLab here: the command line and the desk read the table without loading it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.messages import Text, t


@dataclass(frozen=True)
class Roll:
    """Paper from a roll (a thermal printer): its width and margins in millimetres and
    the type size in points; each slip is as long as its text."""

    width_mm: float
    margin_mm: float
    font_size: float


@dataclass(frozen=True)
class SlipFormat:
    #: at most 12 characters (the `format` column of slips and print jobs)
    code: str
    #: Indonesian, as the command line and the services give it; a catalogue message, so
    #: the desk shows it in its own language
    label: Text
    #: the module under app.services.pdf whose `render` draws this format
    renderer: str
    roll: Roll | None = None


FORMATS: dict[str, SlipFormat] = {f.code: f for f in (
    SlipFormat("card", t("Kartu (10 per A4)"), "card"),
    SlipFormat("a4", t("Tanda terima A4"), "a4"),
    SlipFormat("thermal80", t("Struk 80 mm"), "thermal", Roll(80, 4, 8.5)),
    SlipFormat("thermal58", t("Struk 58 mm"), "thermal", Roll(58, 2.5, 7.5)),
)}
#: code → label, in the table's order
LABELS = {code: f.label for code, f in FORMATS.items()}
#: the format a desk offers until a supervisor chooses another (Settings)
DEFAULT = "a4"


def unknown_format() -> Text:
    """The refusal of a format not in the table: "format slip harus card, a4, … atau …"."""
    *most, last = FORMATS
    return t("format slip harus {formats}",
             formats=t("{most} atau {last}", most=", ".join(most), last=last))
