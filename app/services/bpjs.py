"""For BPJS: the collective-registration workbook, and KPJ numbers back from BPJS."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import lock_for_writing
from app.domain import codes
from app.domain.errors import DomainError
from app.domain.messages import t
from app.models import Event, Group, Member, MemberChange, utcnow
from app.services import roles
from app.services.audit import Actor, record
from app.services.files import write_workbook
from app.services.formulas import protect_cell
from app.services.member_columns import COLUMNS
from app.services.pricing import Pricer
from app.services.tabular.read import read_table
from app.services.tabular.table import TableError
from app.services.workspace import Workspace

HEADER = [*COLUMNS, "kpj", "iuran_per_bulan", "iuran_per_periode", "nomor_peserta_lindungi"]
_KPJ = re.compile(r"[0-9]{8,20}")


def _row(m: Member, group: str, monthly: int, period_total: int) -> list[Any]:
    return [
        m.nik, m.name, m.birth_place, m.birth_date, m.gender, m.address, m.region_code,
        m.phone, m.email, codes.SECTORS.get(m.sector, m.sector), m.occupation,
        m.business_name, m.declared_income, m.programs.upper(),
        codes.PAYERS.get(m.payer, m.payer) + (f" ({m.payer_subsource})"
                                               if m.payer_subsource else ""),
        m.pay_period, group, "ya", m.kpj_number, monthly, period_total, str(m.id),
    ]


def export_workbook(ws: Workspace, actor: Actor, target: Path,
                    event_id: uuid.UUID | None = None) -> int:
    """One row per active member: the import columns plus the computed contribution.
    A text cell that a spreadsheet could run as a formula is written as plain text.
    A supervisor's act once accounts exist."""
    with ws.db.session() as s:
        roles.require(s, actor, "export.bpjs")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    pricer = Pricer(ws.tariffs())
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Peserta")
    sheet.append(HEADER)
    count = 0
    with ws.db.session() as s:
        groups = {gid: name for gid, name in s.execute(select(Group.id, Group.name))}
        stmt = (select(Member, Event.date).join(Event, Member.event_id == Event.id)
                .where(Member.status == "active").order_by(Member.name))
        if event_id:
            stmt = stmt.where(Member.event_id == event_id)
        for m, event_date in s.execute(stmt):
            quote = pricer.member(m, event_date)  # what the member's slip says
            cells = []
            for value in _row(m, groups.get(m.group_id, "") if m.group_id else "",
                              quote.first.total, quote.total):
                cell = WriteOnlyCell(sheet, value=value)
                protect_cell(cell)  # text stays text, even when someone edits it
                if isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            sheet.append(cells)
            count += 1
        record(s, actor, "export_bpjs", "event", event_id or "", rows=count)
    write_workbook(Path(target), wb)
    return count


@dataclass
class KpjReport:
    read: int = 0
    updated: int = 0
    unchanged: int = 0
    unmatched: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "updated": self.updated, "unchanged": self.unchanged,
                "unmatched": self.unmatched}


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    wanted = {codes.squash(n) for n in names}
    for i, title in enumerate(header):
        if codes.squash(str(title)) in wanted:
            return i
    return None


def import_kpj(ws: Workspace, actor: Actor, path: Path) -> KpjReport:
    """Fill KPJ numbers by NIK; rows that match no active member are listed, not guessed.
    A file without NIK and KPJ columns is refused whole."""
    try:
        table = read_table(Path(path))
    except TableError as exc:
        raise DomainError(str(exc)) from exc
    nik_col = _column(table.header, ("nik", "no_ktp", "nomor_ktp"))
    kpj_col = _column(table.header, ("kpj", "no_kpj", "nomor_kpj", "nomor_peserta"))
    if nik_col is None or kpj_col is None:
        raise DomainError(t("berkas harus punya kolom nik dan kpj"))
    report = KpjReport()
    now = utcnow()
    rows: list[tuple[int, str, str]] = []
    given: dict[str, set[str]] = {}  # the numbers the file gives each NIK
    for number, cells in table.rows:
        if not any(str(c).strip() for c in cells):
            continue
        report.read += 1
        nik_raw = _text(cells, nik_col)
        kpj = _text(cells, kpj_col)
        if not (len(nik_raw) == 16 and nik_raw.isascii() and nik_raw.isdigit()):
            report.unmatched.append({"row": number, "reason": "NIK bukan 16 angka"})
        elif not _KPJ.fullmatch(kpj):
            report.unmatched.append({"row": number, "reason": "nomor KPJ harus angka"})
        else:
            rows.append((number, nik_raw, kpj))
            given.setdefault(nik_raw, set()).add(kpj)
    done: set[str] = set()
    with ws.db.session() as s:
        lock_for_writing(s)  # SQLite: the members read are the ones written
        for number, nik_raw, kpj in rows:
            if len(given[nik_raw]) > 1:  # which one is right is BPJS's to say, not ours
                report.unmatched.append({"row": number, "reason": "NIK ini diberi nomor KPJ "
                                         "berbeda di baris lain berkas ini; tidak diisi"})
                continue
            if nik_raw in done:  # the same number again: nothing more to change
                report.unchanged += 1
                continue
            done.add(nik_raw)
            member = s.scalars(select(Member).where(Member.nik == nik_raw,
                                                    Member.status == "active")
                               .with_for_update()).first()
            if member is None:
                report.unmatched.append({"row": number,
                                         "reason": "tidak ada peserta aktif dengan NIK ini"})
                continue
            if member.kpj_number == kpj:
                report.unchanged += 1
                continue
            old_kpj = member.kpj_number
            member.kpj_number = kpj
            member.revision += 1
            member.updated_at = now
            member.changed_by_device = actor.device_id
            # history, so that a later batch from the laptop keeps the number
            s.add(MemberChange(member_id=member.id, revision=member.revision,
                               officer_id=actor.officer_id, device_id=actor.device_id,
                               action="edit", changed_at=now,
                               changes=json.dumps({"kpj_number": [old_kpj, kpj]}),
                               reason="nomor KPJ dari BPJS"))
            report.updated += 1
        record(s, actor, "kpj_import", "member", "", updated=report.updated,
               unmatched=len(report.unmatched))
    report.unmatched.sort(key=lambda u: int(u["row"]))
    return report


def _text(cells: list[Any], index: int) -> str:
    if index >= len(cells):
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().replace(" ", "").replace("-", "").replace(".", "")


