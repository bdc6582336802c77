"""The event closing report and the period recap: their totals are the members' own."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app import resources
from app.domain.dates import WIB
from app.domain.money import rupiah
from app.models import Member
from app.services import (
    events,
    member_changes,
    member_cleaning,
    member_rules,
    members,
    report_files,
    reports,
    slip_codes,
)
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.helpers.people import TODAY

FEBRUARY = dt.date(2026, 2, 10)  # before the PP 50/2025 discount for most sectors


def _fill(ws: Workspace, actor: Actor) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    """Two events, 30 members with every pay period, payer and sector the factory makes;
    five of February's typed in on later days (so they pay a later tariff), two voided."""
    with ws.db.session() as s:
        feb = events.create_event(s, actor, "Sosialisasi Februari", FEBRUARY, "Balai Desa",
                                  "35.07.01").id
        nov = events.create_event(s, actor, "Sosialisasi November", TODAY, "Aula",
                                  "35.74.03").id
        rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(), TODAY)
    ids = []
    for i, person in enumerate(PeopleFactory(77).people(30)):
        clean, problems = member_cleaning.clean_member(person.row(), rules)
        assert clean is not None, problems
        with ws.db.session() as s:
            ids.append(members.register(s, actor, clean, feb if i < 15 else nov,
                                        "persetujuan-v1"))
    with ws.db.session() as s:
        for n, mid in enumerate(ids[:15]):
            m = s.get(Member, mid)
            assert m is not None
            late = dt.date(2026, 5, 2) if n < 5 else FEBRUARY
            m.created_at = dt.datetime.combine(late, dt.time(9, 30), WIB).astimezone(dt.UTC)
        for n, mid in enumerate(ids[15:]):
            m = s.get(Member, mid)
            assert m is not None
            m.created_at = dt.datetime.combine(TODAY, dt.time(8 + n % 8), WIB).astimezone(dt.UTC)
    with ws.db.session() as s:
        member_changes.void_member(s, actor, ids[3], "data ganda dengan pendaftaran lain")
        member_changes.void_member(s, actor, ids[20], "peserta sudah terdaftar sebagai PU")
    return feb, nov, ids


def _slip_totals(ws: Workspace, actor: Actor, ids: list[uuid.UUID]) -> tuple[int, int]:
    """What the members' own slips say they pay, summed: (pay period, per month)."""
    with ws.db.session() as s:
        slips, _refused = slip_codes.issue_slips(s, actor, ids, "a4", ws.tariffs())
    return sum(x.quote.total for x in slips), sum(x.quote.first.total for x in slips)


def test_recap_totals_equal_the_members_contributions(
        workspace: Workspace, actor: Actor, tmp_path: Path) -> None:
    feb, nov, ids = _fill(workspace, actor)
    with workspace.db.session() as s:
        active = list(s.scalars(select(Member.id).where(Member.status == "active")))
    assert len(active) == 28
    money, monthly = _slip_totals(workspace, actor, active)
    tariffs = workspace.tariffs()

    with workspace.db.session() as s:
        everything = reports.collect(s, tariffs, reports.Scope())
        february = reports.collect(s, tariffs, reports.Scope(event_id=feb))
        may = reports.collect(s, tariffs, reports.Scope(date_from=dt.date(2026, 5, 1),
                                                         date_to=dt.date(2026, 5, 31)))
    assert (everything.members, everything.money, everything.monthly) == (28, money, monthly)
    for _title, lines in everything.breakdowns():
        assert sum(x.members for x in lines) == 28
        assert sum(x.money for x in lines) == money
        assert sum(x.monthly for x in lines) == monthly

    feb_active = [m for m in active if m in ids[:15]]
    assert february.members == 14
    assert february.money == _slip_totals(workspace, actor, feb_active)[0]
    # Typed in on 2 May (discount window open): those four pay less than in February.
    may_ids = [m for m in ids[:5] if m in active]
    assert may.members == len(may_ids) == 4
    assert (may.money, may.monthly) == _slip_totals(workspace, actor, may_ids)
    assert [x.label for x in may.by_month] == ["Mei 2026"]
    # February's members got a second slip (14) and May's a third (4): copies, which
    # count as slips printed but never as members or money.
    with workspace.db.session() as s:
        feb_again = reports.collect(s, tariffs, reports.Scope(event_id=feb))
        november = reports.collect(s, tariffs, reports.Scope(event_id=nov))
    assert (february.slips, february.slip_copies) == (14, 0)
    assert (feb_again.slips, feb_again.slip_copies) == (14, 18)
    assert feb_again.money == february.money
    assert (november.slips, november.slip_copies) == (14, 0)
    assert [v.reason for v in november.voids] == ["peserta sudah terdaftar sebagai PU"]


def test_report_files_say_the_same_numbers(workspace: Workspace, actor: Actor,
                                           tmp_path: Path) -> None:
    _feb, nov, _ids = _fill(workspace, actor)
    with workspace.db.session() as s:
        recap = report_files.write_report(s, workspace.tariffs(), reports.Scope(event_id=nov),
                                     tmp_path / "penutupan.pdf")
        report_files.write_report(s, workspace.tariffs(), reports.Scope(event_id=nov),
                             tmp_path / "penutupan.xlsx")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "penutupan.pdf").pages)
    assert "LAPORAN PENUTUPAN ACARA" in text
    assert "Sosialisasi November" in text
    assert rupiah(recap.money) in text and rupiah(recap.monthly) in text
    assert "peserta sudah terdaftar sebagai PU" in text

    wb = load_workbook(tmp_path / "penutupan.xlsx")
    assert wb.sheetnames[:3] == ["Ringkasan", "Sektor", "Kecamatan"]
    for name in ("Sektor", "Kecamatan", "Kelompok", "Pembayar iuran"):
        last = list(wb[name].iter_rows(values_only=True))[-1]
        assert last == ("Jumlah", 14, recap.money, recap.monthly)
    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row}
    assert summary["Peserta aktif"] == 14
    voids = list(wb["Pembatalan"].iter_rows(values_only=True))
    assert voids[1][1] == "peserta sudah terdaftar sebagai PU"


def test_a_refused_report_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.db.session() as s:
        try:
            report_files.write_report(s, workspace.tariffs(), reports.Scope(), tmp_path / "x.docx")
        except ValueError as exc:
            assert "pdf atau xlsx" in str(exc)
        else:
            raise AssertionError("a .docx report was accepted")
    try:
        reports.Scope(date_from=TODAY, date_to=FEBRUARY)
    except ValueError as exc:
        assert "sesudah" in str(exc)
    else:
        raise AssertionError("a period ending before it starts was accepted")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_formula_looking_names_stay_text_in_the_workbook(workspace: Workspace, actor: Actor,
                                                         tmp_path: Path) -> None:
    from app.domain import codes
    from app.services import groups
    from tests.helpers.people import register

    with workspace.db.session() as s:
        event = events.create_event(s, actor, "=1+1", TODAY, "Aula", "35.74.03").id
        group = groups.create_group(
            s, actor, groups.GroupFields("=1+1", next(iter(codes.GROUP_KINDS)))).id
    mid = register(workspace, actor, event)
    with workspace.db.session() as s:
        m = s.get(Member, mid)
        assert m is not None
        m.group_id = group
    with workspace.db.session() as s:
        report_files.write_report(s, workspace.tariffs(), reports.Scope(event_id=event),
                             tmp_path / "r.xlsx")
    wb = load_workbook(tmp_path / "r.xlsx")
    found = [cell for sheet in wb.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str) and cell.value.startswith("=1+1")]
    assert {c.parent.title for c in found} >= {"Ringkasan", "Kelompok"}
    assert all(c.data_type == "s" and c.quotePrefix for c in found)


def test_an_officer_without_a_full_name_is_a_line_of_the_report(
        workspace: Workspace, actor: Actor) -> None:
    """A field officer's account may have come from a laptop without a full name: the
    report lists them under an empty name (it had taken the line for a month, and
    failed to read the officer's id as one)."""
    from sqlalchemy import update

    from app.models import Officer

    _fill(workspace, actor)
    with workspace.db.session() as s:
        officer = Officer(username="lapangan", full_name="", role="officer", password_hash="",
                          home_device_id=uuid.uuid4(), changed_by_device=uuid.uuid4())
        s.add(officer)
        s.flush()
        s.execute(update(Member).values(registered_by_id=officer.id))
    with workspace.db.session() as s:
        recap = reports.collect(s, workspace.tariffs(), reports.Scope())
    assert [(x.label, x.members) for x in recap.by_officer] == [("", 28)]
    assert [x.label for x in recap.by_month] == ["Februari 2026", "Mei 2026",
                                                 "November 2026"]
