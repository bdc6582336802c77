"""What a slip says a member pays and gets, read back from the printed PDF in every
format: each month's amount where the PP 50/2025 discount ends inside the pay period,
and the benefits of the member's income row in figures and in words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services import events, print_jobs
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.helpers.people import register_people

FORMATS = ["a4", "thermal80", "thermal58", "card"]


def _printed(ws: Workspace, actor: Actor, day: dt.date, fmt: str, **values: str) -> str:
    with ws.db.session() as s:
        event = events.create_event(s, actor, "Sosialisasi Bulan", day, "Balai Desa",
                                    "35.74.01").id
    row = next(PeopleFactory(day.toordinal()).people(1)).row()
    row.update(values)
    ids = register_people(ws, actor, event, [row])
    job, refused = print_jobs.slips_to_queue(ws, actor, list(ids.values()), fmt, "uji")
    assert not refused
    text = " ".join(page.extract_text() for page in PdfReader(job.path).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_six_months_from_december_2026_list_each_month(workspace: Workspace, actor: Actor,
                                                        fmt: str) -> None:
    text = _printed(workspace, actor, dt.date(2026, 12, 5), fmt, penghasilan="1000000",
                    sektor="UMKM", sumber_iuran="Mandiri", periode_bayar="6",
                    program="JKK+JKM")
    if fmt == "a4":  # one column per run of months, the total beneath
        assert "Des 2026" in text and "Jan–Mei 2027 (per bulan)" in text
        assert "Des 2026 delapan ribu empat ratus rupiah; Jan–Mei 2027 enam belas ribu " \
               "delapan ratus rupiah sebulan" in text
    else:
        assert "Des 2026: Rp 8.400" in text and "Jan–Mei 2027: Rp 16.800/bulan" in text
    assert "Iuran per bulan" not in text  # no month stands for all six
    assert "Rp 92.400" in text and "sembilan puluh dua ribu empat ratus rupiah" in text
    # benefits: row Rp 0–1.099.000, base Rp 1.000.000: 48 × 1.000.000 on JKK death
    assert "Rp 42.000.000 (empat puluh dua juta rupiah)" in text
    assert "Rp 48.000.000 (empat puluh delapan juta rupiah)" in text
    assert "Rp 174.000.000 (seratus tujuh puluh empat juta rupiah)" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_three_transport_months_from_march_2027(workspace: Workspace, actor: Actor,
                                                fmt: str) -> None:
    text = _printed(workspace, actor, dt.date(2027, 3, 1), fmt, penghasilan="1500000",
                    sektor="kurir", sumber_iuran="Mandiri", periode_bayar="3",
                    program="JKK+JKM")
    if fmt != "a4":
        assert "Mar 2027: Rp 11.400" in text and "Apr–Mei 2027: Rp 22.800/bulan" in text
    # every format names the income row the declared income falls in
    assert "tingkat Rp 1.500.000–Rp 1.699.000, dasar iuran Rp 1.600.000" in text
    assert "Rp 57.000" in text  # 11.400 + 2 × 22.800
    # the base of the row, not the declared Rp 1.500.000: 48 × 1.600.000
    assert "Rp 76.800.000 (tujuh puluh enam juta delapan ratus ribu rupiah)" in text


def test_the_same_every_month_says_per_month(workspace: Workspace, actor: Actor) -> None:
    text = _printed(workspace, actor, dt.date(2027, 2, 1), "thermal80",
                    penghasilan="1000000", sektor="Petani", sumber_iuran="APBD",
                    periode_bayar="12", program="JKK+JKM")
    assert "Iuran per bulan: Rp 16.800" in text
    assert "Bayar 12 bulan: Rp 201.600" in text


def test_a_group_bill_lists_the_months_where_they_differ(workspace: Workspace, actor: Actor,
                                                         tmp_path: Path) -> None:
    from app.services import groups
    from app.services.pdf.group_bill import render_group_bill

    with workspace.db.session() as s:
        gid = groups.create_group(s, actor, groups.GroupFields("Paguyuban Bulan", "paguyuban")).id
        event = events.create_event(s, actor, "Sosialisasi Bulan", dt.date(2026, 12, 5),
                                    "Balai Desa", "35.74.01").id
    people = list(PeopleFactory(12).people(2))
    rows = [p.row(group="Paguyuban Bulan") for p in people]
    for row, period in zip(rows, ("6", "3"), strict=True):
        row.update(penghasilan="1000000", sektor="UMKM", sumber_iuran="Mandiri",
                   periode_bayar=period, program="JKK+JKM")
    register_people(workspace, actor, event, rows)
    with workspace.db.session() as s:
        bill = groups.group_bill(s, gid, workspace.tariffs(), dt.date(2026, 12, 1))
    assert sorted(r.schedule for r in bill.rows) == [
        "Des 2026: Rp 8.400; Jan–Feb 2027: Rp 16.800/bulan",
        "Des 2026: Rp 8.400; Jan–Mei 2027: Rp 16.800/bulan"]
    pdf = tmp_path / "tagihan.pdf"
    render_group_bill(bill, pdf)
    text = re.sub(r"\s+", " ", PdfReader(pdf).pages[0].extract_text())
    # December: both, discounted; January and February: both; March to May: one
    assert ("Jumlah iuran kelompok: Des 2026 Rp 16.800 (enam belas ribu delapan ratus "
            "rupiah); Jan–Feb 2027 Rp 33.600/bulan (tiga puluh tiga ribu enam ratus "
            "rupiah); Mar–Mei 2027 Rp 16.800/bulan") in text
    assert "Jumlah iuran kelompok per bulan" not in text


def test_every_a4_receipt_stays_one_page(tmp_path: Path) -> None:
    """Months, the income row and the benefits in words still leave room for the
    officer's signature and the QR code on the receipt's one page."""
    from app.services import member_search
    from app.services.demo_seed import seed_demo

    ws = Workspace.open(tmp_path / "demo")
    seed_demo(ws, 60)
    with ws.db.session() as s:
        ids = [r.id for r in member_search.list_members(s, limit=60)]
    job, refused = print_jobs.slips_to_queue(ws, Actor(ws.device_id), ids, "a4", "uji")
    assert not refused
    pages = PdfReader(job.path).pages
    assert len(pages) == len(ids) == 60
    assert all("TANDA KEPESERTAAN" in page.extract_text() for page in pages)
    ws.close()
