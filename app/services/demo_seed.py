"""Fill a data folder with a demo laptop: device, administrator, an event, groups, members."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.errors import DomainError
from app.domain.messages import t
from app.models import Device
from app.services import device, events, groups, member_import, members
from app.services.audit import Actor
from app.services.demo import write_import_file
from app.services.workspace import Workspace

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "pasar-pagi-ramai"  # shown in the README; a demo folder holds only generated people
DEMO_REGION = "35.74"
DEMO_DEVICE = "Laptop Demo Kota Probolinggo"
KUDA_TERBANG = "Paguyuban UKM Kuda Terbang"


def seed_demo(ws: Workspace, n_members: int = 2000, on: dt.date | None = None,
              history: bool = False) -> dict[str, Any]:
    """Idempotent: a folder that already has members is left as it is. With `history`,
    five earlier events (a month apart) also get members, slips and a few voids, and
    the regency gets a coverage target, so the dashboard has something to show."""
    today = on or dt.date.today()
    with ws.db.session() as s:
        name = s.scalar(select(Device.name).where(Device.is_local.is_(True)))
        if name is None:
            device.initialise(s, DEMO_DEVICE, DEMO_REGION, DEMO_ADMIN, DEMO_PASSWORD)
        elif name != DEMO_DEVICE and not members.count_members(s):
            raise DomainError(t("folder data ini sudah disiapkan dengan akunnya sendiri; data "
                                "demo hanya diisi ke folder yang baru: pakai --data-dir "
                                "dengan folder kosong"))
    actor = Actor(ws.device_id)
    with ws.db.session() as s:
        if members.count_members(s):
            return {"members": members.count_members(s), "seeded": False}
        event = events.create_event(
            s, actor, "Sosialisasi BPJS Ketenagakerjaan bagi UMKM", today,
            "Gedung Puri Manggala Bhakti", "35.74.03",
        )
        groups.create_group(s, actor, groups.GroupFields(
            KUDA_TERBANG, "paguyuban", "Ketua Paguyuban",
            agreement_no="PKS/015/BPJSTK-BKL/2025", region="35.26",
            agreement_date=dt.date(2025, 3, 12),
        ))
        groups.create_group(s, actor, groups.GroupFields(
            "Koperasi Nelayan Mayangan", "koperasi", "Ketua Koperasi", region="35.74.03"))
        consent = device.get_setting(s, device.CONSENT_VERSION_KEY)
    roster = min(150, n_members // 3)  # the paguyuban that came to the event together
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "demo.csv"
        write_import_file(source, n_members - roster, bad_ratio=0.0, seed=today.toordinal())
        report = member_import.run_import(ws.db, actor, source, event.id, consent,
                                          ws.tariffs(), on=today)
        imported = report.imported
        if roster:
            write_import_file(source, roster, bad_ratio=0.0, seed=today.toordinal() + 1,
                              group=KUDA_TERBANG)
            imported += member_import.run_import(ws.db, actor, source, event.id, consent,
                                                 ws.tariffs(), on=today).imported
    if history:
        imported += _history(ws, actor, consent, n_members, today)
    return {"members": imported, "event_id": str(event.id), "seeded": True}


PAST_EVENTS = [("Sosialisasi Nelayan Mayangan", "35.74.03"),
               ("Pendaftaran Petani Kademangan", "35.74.02"),
               ("Sosialisasi Ojek dan Transportasi", "35.74.05"),
               ("Jemput Bola Pasar Baru", "35.74.04"),
               ("Sosialisasi Koperasi Wonoasih", "35.74.01")]
VOID_REASONS = ["data ganda dengan pendaftaran lain", "peserta sudah terdaftar sebagai PU",
                "salah ketik NIK, didaftarkan ulang"]


def _history(ws: Workspace, actor: Actor, consent: str, n_members: int,
             today: dt.date) -> int:
    """Earlier events with members dated on their day; slips for most, a few voided."""
    from sqlalchemy import update

    from app.domain.dates import WIB
    from app.models import Member, Slip
    from app.services import accounts, member_changes, reports, slip_codes

    total = 0
    per_event = max(10, n_members // 8)
    for months_back, (name, district) in enumerate(PAST_EVENTS[::-1], start=1):
        month = (today.year * 12 + today.month - 1) - months_back
        day = dt.date(month // 12, month % 12 + 1, min(today.day, 27))
        with ws.db.session() as s:
            event = events.create_event(s, actor, name, day, "Balai Kelurahan", district)
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "demo.csv"
            write_import_file(source, per_event - months_back * per_event // 10,
                              bad_ratio=0.0, seed=today.toordinal() + 10 + months_back)
            total += member_import.run_import(ws.db, actor, source, event.id, consent,
                                              ws.tariffs(), on=day).imported
        moment = dt.datetime.combine(day, dt.time(10, 0), WIB).astimezone(dt.UTC)
        with ws.db.session() as s:
            s.execute(update(Member).where(Member.event_id == event.id)
                      .values(created_at=moment, updated_at=moment))
            ids = list(s.scalars(select(Member.id).where(Member.event_id == event.id)
                                 .order_by(Member.name)))
        with ws.db.session() as s:
            slip_codes.issue_slips(s, actor, ids[: len(ids) * 3 // 4], "card", ws.tariffs())
        with ws.db.session() as s:
            voided = ids[-(months_back % 3 + 1):]
            for mid, reason in zip(voided, VOID_REASONS, strict=False):
                # an approval is good for one action: the supervisor types it each time
                approval = accounts.approve(s, actor, DEMO_ADMIN, DEMO_PASSWORD)
                assert isinstance(approval, accounts.Approval)
                member_changes.void_member(s, actor, mid, reason, approval)
        with ws.db.session() as s:  # printed and voided on the event's day, too
            s.execute(update(Slip).where(Slip.member_id.in_(ids)).values(printed_at=moment))
            s.execute(update(Member).where(Member.id.in_(voided))
                      .values(voided_at=moment + dt.timedelta(hours=2)))
    with ws.db.session() as s:
        home = reports.coverage(s).members
    with ws.db.session() as s:
        admin = accounts.authenticate(s, actor, DEMO_ADMIN, DEMO_PASSWORD)
        assert isinstance(admin, accounts.OfficerInfo)
        reports.set_target(s, Actor(ws.device_id, admin.id), max(100, home * 3), 60)
    return total
