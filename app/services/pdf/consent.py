"""Proof of consent for one member (UU 27/2022): who, which text, when, by whom."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.domain.dates import wib_text
from app.services.pdf.document import write_a4
from app.services.pdf.style import esc, register_fonts, styles


def render_consent_proof(target: Path, name: str, nik_masked: str, version: str,
                         given_at: dt.datetime, officer: str, text: str,
                         device_name: str) -> int:
    register_fonts()
    st = styles()
    P = Paragraph
    story: list[Any] = [
        P("BUKTI PERSETUJUAN PEMROSESAN DATA PRIBADI", st["title"]),
        P(f"Nama: <b>{esc(name)}</b> · NIK {nik_masked}", st["base"]),
        P(f"Versi teks: <b>{esc(version)}</b> · diberikan {wib_text(given_at)} · "
          f"petugas {esc(officer or '-')} · {esc(device_name)}", st["base"]),
        Spacer(1, 5 * mm),
    ]
    for block in text.split("\n\n"):
        line = " ".join(block.split()).lstrip("# ")
        line = esc(line).replace("**", "")
        if line:
            story.append(P(line, st["base"]))
            story.append(Spacer(1, 2 * mm))
    story += [Spacer(1, 12 * mm),
              P("Tanda tangan peserta: _______________________", st["base"])]
    return write_a4(target, story, title="Bukti persetujuan", side=20, top=18, bottom=18)
