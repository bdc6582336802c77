"""The A4 receipt: one page per member with what they pay month by month (in figures
and words), the benefits, their consent and the signed code."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.domain import codes
from app.domain.dates import local_day, wib_text
from app.domain.money import rupiah, terbilang
from app.domain.phone import display as phone_display
from app.domain.tariff import span_id
from app.services.pdf.document import write_a4
from app.services.pdf.formats import SlipFormat
from app.services.pdf.slip_parts import (
    DRAFT,
    SUBTITLE,
    TITLE,
    QRFlowable,
    benefits,
    bracket_text,
    date_id,
    member_benefits,
    number_text,
)
from app.services.pdf.style import BOLD, FONT, esc, styles
from app.services.slip_codes import SlipData, payer_label


def a4_story(s: SlipData) -> list[Any]:
    st = styles()
    q = s.quote
    P = Paragraph
    story: list[Any] = [
        P(TITLE, st["title"]),
        P(f"{SUBTITLE} · No. slip <b>{number_text(s)}</b> · {date_id(local_day(s.issued_at))}",
          st["base"]),
    ]
    if s.is_draft:
        story.append(P(DRAFT + (": belum sah sebagai tanda kepesertaan" if s.receipt_no
                                else ": belum bernomor, belum sah sebagai tanda kepesertaan"),
                       st["stamp"]))
    if s.copy_no:
        story.append(P(s.copy_label, st["stamp"]))
    story.append(Spacer(1, 4 * mm))
    gender = codes.GENDERS.get(s.gender, s.gender)
    data = [
        ("Nama", s.name), ("NIK", s.nik_masked),
        ("Tempat, tanggal lahir", f"{s.birth_place or '-'}, {date_id(s.birth_date)}"),
        ("Jenis kelamin", gender), ("Alamat", s.address or "-"),
        ("Desa/kelurahan", s.village or "-"),
        ("No. HP", phone_display(s.phone) if s.phone else "-"),
        ("Sektor / pekerjaan",
         f"{codes.SECTORS.get(s.sector, s.sector)} / {s.occupation or '-'}"),
        ("Kelompok", s.group_name or "-"),
        ("Acara", f"{s.event_name}, {date_id(s.event_date)}"),
        ("Nomor KPJ", s.kpj_number or "menunggu diterbitkan BPJS Ketenagakerjaan"),
    ]
    rows = [[P(k, st["small"]), P(esc(v), st["base"])] for k, v in data]
    member = Table(rows, colWidths=[42 * mm, 128 * mm])
    member.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    story += [member, P("Program dan iuran", st["h"])]
    first = q.first
    runs = q.runs()
    # one column per run of months that pay the same (the discount may end inside)
    heads = (["Iuran per bulan"] if len(runs) == 1 else
             [span_id(a, b) + (" (per bulan)" if a != b else "") for a, b, _ in runs])
    money: list[list[str]] = [["Program", *heads]]
    names = {"jkk": "Jaminan Kecelakaan Kerja (JKK)", "jkm": "Jaminan Kematian (JKM)",
             "jht": "Jaminan Hari Tua (JHT)"}
    firsts = [next(m for m in q.months if m.month == a) for a, _b, _ in runs]
    for p in s.programs:
        money.append([names[p], *(rupiah(getattr(m, p)) for m in firsts)])
    money.append(["Jumlah per bulan", *(rupiah(m.total) for m in firsts)])
    if len(q.months) > 1:
        money.append([f"Jumlah untuk {len(q.months)} bulan", rupiah(q.total),
                      *([""] * (len(runs) - 1))])
    amount_w = 60 * mm if len(runs) == 1 else 100 * mm / len(runs)
    table = Table(money, colWidths=[170 * mm - amount_w * len(runs)]
                  + [amount_w] * len(runs))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 9.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, len(s.programs) + 1), (-1, len(s.programs) + 1), 0.5, colors.black),
    ]))
    story += [table, Spacer(1, 2 * mm)]
    if q.same_every_month:
        words = f"Terbilang: {terbilang(first.total)} sebulan"
    else:
        words = "Terbilang: " + "; ".join(
            f"{span_id(a, b)} {terbilang(amount)}" + (" sebulan" if a != b else "")
            for a, b, amount in runs)
    if len(q.months) > 1:
        words += f"; {terbilang(q.total)} untuk {len(q.months)} bulan"
    story.append(P(words + ".", st["small"]))
    discounts = q.as_dict()["discounts"]
    if discounts:
        story.append(P("Sudah termasuk potongan iuran " + ", ".join(discounts) + ".",
                       st["small"]))
    story += [
        P(f"Sumber iuran: <b>{esc(payer_label(s))}</b> · periode bayar "
          f"<b>{s.pay_period} bulan</b> · penghasilan yang dilaporkan "
          f"<b>{rupiah(s.income)}</b>" + bracket_text(s), st["base"]),
        P(benefits()["due_rule"], st["small"]),
        P("Manfaat", st["h"]),
    ]
    # the benefits in a finer type, so that every receipt stays one page
    fine = ParagraphStyle("fine", parent=st["small"], fontSize=7.5, leading=9.2)
    for item in member_benefits(s):
        story.append(P(f"<b>{item.title}.</b> {item.text}", fine))
    story += [
        P("Persetujuan pemrosesan data pribadi", st["h"]),
        P(f"Peserta menyetujui pemrosesan data pribadinya untuk kepesertaan BPJS "
          f"Ketenagakerjaan sesuai UU 27/2022 (teks {s.consent_version}, "
          f"{wib_text(s.consent_at)}).", st["small"]),
        Spacer(1, 3 * mm),
    ]
    sign = Table(
        [[P("Petugas pendaftaran", st["small"]), QRFlowable(s, 30 * mm)],
         [P("<br/><br/>_______________________________<br/>"
            f"{esc(s.officer_name or '(nama petugas)')}", st["base"]), ""],
         [P(f"Kode di kanan dapat diperiksa kantor tanpa internet. {s.device_name}.",
            st["small"]), ""]],
        colWidths=[120 * mm, 50 * mm],
    )
    sign.setStyle(TableStyle([("SPAN", (1, 0), (1, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story.append(KeepTogether([sign]))
    return story



def render(target: Path, slips: Sequence[SlipData], _fmt: SlipFormat) -> int:
    story: list[Any] = []
    for i, s in enumerate(slips):
        if i:
            story.append(PageBreak())
        story += a4_story(s)
    return write_a4(target, story, title="Tanda kepesertaan", side=20, top=15, bottom=15)
