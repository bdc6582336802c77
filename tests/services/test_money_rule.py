"""One money rule: the closing summary, the reports (and the dashboard, which shows
`reports.collect`), the slips, the BPJS workbook and a group's bill price a member on
the same day — the day the membership starts (`app.services.pricing`).

The boundary: the PP 50/2025 discount for sectors other than transport ends on
31 December 2026. A self-paying UMKM worker at Rp 1,000,000, JKK+JKM, pays Rp 8,400 a
month in December 2026 and Rp 16,800 from January 2027.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import resources
from app.domain.dates import WIB
from app.domain.money import rupiah
from app.services import (
    bpjs,
    events,
    groups,
    member_cleaning,
    member_rules,
    members,
    pricing,
    report_files,
    reports,
    slip_codes,
)
from app.services.audit import Actor
from app.services.demo import PeopleFactory, Person
from app.services.pdf.slips import render_slips
from app.services.workspace import Workspace

EVENT_DAY = dt.date(2026, 12, 31)
LATE_DAY = dt.date(2027, 1, 2)  # typed in two days after the event
DECEMBER, JANUARY = 8_400, 16_800
GROUP = "Paguyuban Akhir Tahun"


def _wib(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), WIB).astimezone(dt.UTC)


def _register(ws: Workspace, actor: Actor, monkeypatch: pytest.MonkeyPatch,
              event_id: uuid.UUID, person: Person, period: int,
              typed_at: dt.datetime) -> uuid.UUID:
    """Register through the desk's services, as if typed in at `typed_at`."""
    monkeypatch.setattr(members, "utcnow", lambda: typed_at)
    row = person.row(GROUP) | {
        "sektor": "umkm", "sumber_iuran": "mandiri", "penghasilan": "1000000",
        "program": "JKK+JKM", "periode_bayar": str(period)}
    with ws.db.session() as s:
        rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(),
                                              typed_at.astimezone(WIB).date())
        clean, problems = member_cleaning.clean_member(row, rules)
        assert clean is not None, problems
        return members.register(s, actor, clean, event_id, "persetujuan-v1")


def test_every_output_prices_a_member_on_the_same_day(
        workspace: Workspace, actor: Actor, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    ws, tariffs = workspace, workspace.tariffs()
    with ws.db.session() as s:
        event_id = events.create_event(s, actor, "Sosialisasi Akhir Tahun", EVENT_DAY,
                                       "Aula Kecamatan", "35.74.03").id
        group_id = groups.create_group(s, actor, groups.GroupFields(GROUP, "paguyuban")).id
    on_time, late = PeopleFactory(1231).people(2)

    # on the event's day, paying three months: December 2026, January, February 2027
    a = _register(ws, actor, monkeypatch, event_id, on_time, 3, _wib(EVENT_DAY, 10))
    with ws.db.session() as s:
        assert events.summarize(s, event_id, tariffs).monthly_total == DECEMBER
    # typed in on 2 January 2027, paying one month: January 2027
    b = _register(ws, actor, monkeypatch, event_id, late, 1, _wib(LATE_DAY, 9))
    with ws.db.session() as s:
        summary = events.summarize(s, event_id, tariffs)
    # the closing summary: each member's first contribution month
    assert summary.monthly_total - DECEMBER == JANUARY
    assert summary.monthly_total == summary.monthly_by_payer["mandiri"] == 25_200
    expected = {a: (DECEMBER, [DECEMBER, JANUARY, JANUARY]), b: (JANUARY, [JANUARY])}

    # the slips the two people take home
    with ws.db.session() as s:
        issued, refused = slip_codes.issue_slips(s, actor, [a, b], "thermal80", tariffs)
    assert refused == []
    by_name = {on_time.name: a, late.name: b}
    pdf = tmp_path / "slips.pdf"
    assert render_slips(issued, "thermal80", pdf) == 2
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]
    slip_money = {}
    for slip, printed in zip(issued, pages, strict=True):
        mid = by_name[slip.name]
        q = slip.quote
        assert (q.first.total, [m.total for m in q.months]) == expected[mid]
        if mid == a:  # the discount ends after December: each run of months printed
            assert f"Des 2026: {rupiah(DECEMBER)}" in printed
            assert f"Jan–Feb 2027: {rupiah(JANUARY)}/bulan" in printed
            assert "Iuran per bulan" not in printed
        else:
            assert f"Iuran per bulan: {rupiah(q.first.total)}" in printed
        if len(q.months) > 1:
            assert f"Bayar {len(q.months)} bulan: {rupiah(q.total)}" in printed
        slip_money[mid] = (q.total, q.first.total)
    assert slip_money == {a: (42_000, DECEMBER), b: (JANUARY, JANUARY)}
    assert [m.month.month for m in issued[0].quote.months] == [12, 1, 2]  # a's slip

    # reports.collect: the event closing report, the dashboard (which shows this recap),
    # and each member alone through a one-day period
    with ws.db.session() as s:
        recap = reports.collect(s, tariffs, reports.Scope(event_id=event_id))
        alone = {a: reports.collect(s, tariffs, reports.Scope.day(EVENT_DAY)),
                 b: reports.collect(s, tariffs, reports.Scope.day(LATE_DAY))}
    assert (recap.members, recap.money, recap.monthly) == (2, 58_800, summary.monthly_total)
    assert recap.money == sum(v[0] for v in slip_money.values())
    for mid, one in alone.items():
        assert (one.members, one.money, one.monthly) == (1, *slip_money[mid])
    months = {line.key: (line.money, line.monthly) for line in recap.by_month}
    assert months == {"2026-12": slip_money[a], "2027-01": slip_money[b]}
    payers = {line.key: line.monthly for line in recap.by_payer}
    assert payers == summary.monthly_by_payer

    # the report workbook the office sends upward
    target = tmp_path / "laporan.xlsx"
    with ws.db.session() as s:
        report_files.write_report(s, tariffs, reports.Scope(event_id=event_id), target)
    sheet = load_workbook(target)["Ringkasan"]
    cells = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert cells["Iuran untuk periode bayar (Rp)"] == recap.money
    assert cells["Iuran bulan pertama (Rp)"] == summary.monthly_total

    # the BPJS collective-registration workbook
    target = tmp_path / "bpjs.xlsx"
    assert bpjs.export_workbook(ws, actor, target, event_id) == 2
    rows = list(load_workbook(target)["Peserta"].iter_rows(values_only=True))
    header = list(rows[0])
    col = {name: header.index(name) for name in
           ("nomor_peserta_lindungi", "iuran_per_bulan", "iuran_per_periode")}
    workbook = {uuid.UUID(str(r[col["nomor_peserta_lindungi"]])):
                (r[col["iuran_per_periode"]], r[col["iuran_per_bulan"]]) for r in rows[1:]}
    assert workbook == slip_money

    # a group's bill from December: nobody is billed for a month before they joined
    with ws.db.session() as s:
        december = groups.group_bill(s, group_id, tariffs, dt.date(2026, 12, 1))
        january = groups.group_bill(s, group_id, tariffs, dt.date(2027, 1, 1))
    assert december.monthly_total == summary.monthly_total
    assert december.period_total == recap.money
    assert sorted(r.monthly for r in january.rows) == [JANUARY, JANUARY]


def test_membership_starts_on_the_event_day_or_the_later_wib_day_it_was_typed() -> None:
    # 00:30 WIB on 1 January is still 31 December in UTC: the WIB day counts
    assert pricing.start_day(EVENT_DAY, _wib(dt.date(2027, 1, 1), 0) + dt.timedelta(
        minutes=30)) == dt.date(2027, 1, 1)
    # typed in before the event (ahead of a planned one): the event's day
    assert pricing.start_day(EVENT_DAY, _wib(dt.date(2026, 12, 20), 9)) == EVENT_DAY
    assert pricing.start_day(EVENT_DAY, _wib(LATE_DAY, 23)) == LATE_DAY
