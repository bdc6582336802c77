"""Fill a data folder with a demo laptop: device, administrator, an event, groups, members."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import Device
from app.services import device, events, groups, member_import, members
from app.services.audit import Actor
from app.services.demo import write_import_file
from app.services.workspace import Workspace

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo1234"  # shown in the README; a demo folder holds only generated people
DEMO_REGION = "35.74"
KUDA_TERBANG = "Paguyuban UKM Kuda Terbang"


def seed_demo(ws: Workspace, n_members: int = 2000, on: dt.date | None = None) -> dict[str, Any]:
    """Idempotent: a folder that already has members is left as it is."""
    today = on or dt.date.today()
    with ws.db.session() as s:
        if s.scalar(select(Device.id).where(Device.is_local.is_(True))) is None:
            device.initialise(s, "Laptop Demo Kota Probolinggo", DEMO_REGION,
                              DEMO_ADMIN, DEMO_PASSWORD)
    actor = Actor(ws.device_id)
    with ws.db.session() as s:
        if members.count_members(s):
            return {"members": members.count_members(s), "seeded": False}
        event = events.create_event(
            s, actor, "Sosialisasi BPJS Ketenagakerjaan bagi UMKM", today,
            "Gedung Puri Manggala Bhakti", "35.74.03",
        )
        groups.create_group(
            s, actor, KUDA_TERBANG, "paguyuban", "Ketua Paguyuban",
            agreement_no="PKS/015/BPJSTK-BKL/2025", region="35.26",
            agreement_date=dt.date(2025, 3, 12),
        )
        groups.create_group(s, actor, "Koperasi Nelayan Mayangan", "koperasi",
                            "Ketua Koperasi", region="35.74.03")
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
    return {"members": imported, "event_id": str(event.id), "seeded": True}
