"""A report written to a file: the event closing report or the period recap as PDF
(app/services/pdf/recap.py) or as a workbook, both from `reports.collect`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.domain.dates import wib_text
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.tariff import TariffBook
from app.services.files import write_workbook
from app.services.formulas import protect_cell
from app.services.pdf.recap import render_recap
from app.services.reports import Recap, Scope, collect


def write_xlsx(recap: Recap, target: Path) -> None:
    """The recap as a workbook: a summary sheet and one sheet per breakdown, numbers as
    numbers (so the office can sum them again), every text cell plain text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = "Ringkasan"
    bold = Font(bold=True)
    rows: list[list[Any]] = [
        [recap.title], ["Cakupan", recap.period_text],
        ["Dibuat", wib_text(recap.made_at)], [],
        ["Peserta aktif", recap.members], ["Iuran untuk periode bayar (Rp)", recap.money],
        # each member's first contribution month: a discount that ends inside a pay
        # period makes the later months dearer, so this is not a "per month" figure
        ["Iuran bulan pertama (Rp)", recap.monthly], ["Slip dicetak (asli)", recap.slips],
        ["Slip salinan", recap.slip_copies],
        ["Slip di antrean cetak (belum tercetak)", recap.slips_queued],
        ["Peserta aktif belum punya slip", recap.without_slip],
        ["Pendaftaran dibatalkan", len(recap.voids)],
        ["Petugas", ", ".join(recap.officers) or "-"],
    ]
    for row in rows:
        summary.append(row)
    summary["A1"].font = Font(bold=True, size=13)
    summary.column_dimensions["A"].width = 32
    summary.column_dimensions["B"].width = 40
    for title, lines in recap.breakdowns():
        sheet = wb.create_sheet(title[:31])
        sheet.append([title, "Peserta", "Iuran periode (Rp)", "Iuran bulan pertama (Rp)"])
        for line in lines:
            sheet.append([line.label, line.members, line.money, line.monthly])
        sheet.append(["Jumlah", sum(x.members for x in lines), sum(x.money for x in lines),
                      sum(x.monthly for x in lines)])
        for cell in (*sheet[1], *sheet[sheet.max_row]):
            cell.font = bold
        for col, width in zip("ABCD", (40, 12, 22, 22), strict=True):
            sheet.column_dimensions[col].width = width
        for row in sheet.iter_rows(min_row=2, min_col=3, max_col=4):
            for cell in row:
                cell.number_format = "#,##0"
    voids = wb.create_sheet("Pembatalan")
    voids.append(["Tanggal", "Alasan"])
    for v in recap.voids:
        voids.append([v.day, v.reason])
    for cell in voids[1]:
        cell.font = bold
    for row in voids.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "dd-mm-yyyy"
    voids.column_dimensions["A"].width = 14
    voids.column_dimensions["B"].width = 60
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                protect_cell(cell)  # text, never a formula, as in the BPJS workbook
    write_workbook(Path(target), wb)


def write_report(session: Session, tariffs: TariffBook, scope: Scope, target: Path,
                 fmt: str | None = None) -> Recap:
    """Collect and write `target` as PDF or xlsx (by `fmt` or the file's suffix)."""
    fmt = (fmt or Path(target).suffix.lstrip(".")).lower()
    if fmt not in ("pdf", "xlsx"):
        raise DomainError(t("format laporan harus pdf atau xlsx"))
    recap = collect(session, tariffs, scope)
    if fmt == "pdf":
        render_recap(recap, Path(target))
    else:
        write_xlsx(recap, Path(target))
    return recap
