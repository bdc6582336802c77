"""`lindungi --self-test`: proves a build works on the machine it landed on.

Headless, in a temporary folder, it does an officer's whole round once and touches every
part the build keeps, so that a part cut from the program by mistake fails here and not
at a desk: the database and its migrations, a member checked (NIK, phone, region codes),
a slip PDF (ReportLab, the DejaVu fonts, the QR code, the amount in words), the village
list, a workbook written and read back (openpyxl), a signed batch file written and
verified (cryptography), the database driver of the build's variant, and then the
window, the PDF preview, printing and Qt's own data (app.ui.self_check).

The build's variant comes from lindungi-build.json next to the frozen program
(build_spec/lindungi.spec writes it): the office build must load the PostgreSQL driver;
the laptop build, which leaves it out, must refuse a server URL with the message that
names the office build. Run from a checkout, the driver is checked when installed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

if TYPE_CHECKING:
    from app.services.audit import Actor
    from app.services.workspace import Workspace

SERVER_URL = "postgresql+psycopg://lindungi@127.0.0.1/lindungi"  # never connected to


class SelfTestFailed(Exception):
    """A step that did not work; its text says which and why."""


def build_variant() -> str | None:
    """"laptop" or "office" in a frozen build, None run from a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is None:
        return None
    marker = Path(frozen) / "lindungi-build.json"
    if not marker.exists():
        raise SelfTestFailed(f"{marker.name} missing: rebuild with scripts/build.py")
    return str(json.loads(marker.read_text(encoding="utf-8"))["variant"])


def database_driver(variant: str | None) -> str:
    """The office's driver loads as a URL names it; the laptop build refuses the URL
    with a message a person can act on (no traceback)."""
    from app.db import DatabaseDriverMissing, make_engine

    office = variant == "office" or (variant is None and importlib.util.find_spec("psycopg"))
    try:
        engine = make_engine(SERVER_URL)
    except DatabaseDriverMissing as exc:
        if office:
            raise SelfTestFailed("PostgreSQL driver missing from the office build") from exc
        if "lindungi-office" not in str(exc):
            raise SelfTestFailed("server URL refused without naming the office build") from exc
        return "no PostgreSQL driver (laptop build: a server URL is refused)"
    if variant == "laptop":
        raise SelfTestFailed("the laptop build carries the PostgreSQL driver")
    dbapi = engine.dialect.dbapi
    assert dbapi is not None
    pq = dbapi.pq
    engine.dispose()
    return f"PostgreSQL driver (psycopg {pq.__impl__}, libpq {pq.version()})"


def _check(condition: object, what: str) -> None:
    if not condition:
        raise SelfTestFailed(what)


def _workbook(folder: Path) -> str:
    """An .xlsx written and read back through the member import's reader."""
    from openpyxl import Workbook

    from app.services.tabular.read import read_table

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["nik", "nama"])
    sheet.append(["3574035001900001", "Uji Mandiri"])
    path = folder / "uji.xlsx"
    book.save(path)
    table = read_table(path)
    rows = [[str(c) for c in cells] for _number, cells in table.rows]
    _check(table.header == ["nik", "nama"] and rows == [["3574035001900001", "Uji Mandiri"]],
           "workbook does not read back as written")
    return "workbook (xlsx)"


def _csv_ahead(folder: Path) -> str:
    """A CSV file's structure and its rows' first checks done by this program run a
    second time, as the import does beside signing in (`--check-csv`), and its answer
    and rows relied on."""
    import datetime as dt

    from app.services import import_rows
    from app.services.tabular import ahead
    from app.services.tabular.read import read_table

    path = folder / "uji.csv"
    path.write_text("nik,nama,sektor,persetujuan\n3574035001900001,Uji Mandiri,UMKM,ya\n",
                    encoding="utf-8")
    cells = ["3574035001900001", "Uji Mandiri", "UMKM", "ya"]
    other = ahead.start(path, dt.date.today())
    try:
        checked = other.checked()
        _check(checked is not None and checked.rows == 1 and other.first == 2,
               "the second process checking a CSV file gave no answer")
        table = read_table(path, checked=checked)
        _check(list(table.rows) == [(2, cells)], "CSV does not read back as written")
        sent = list(other.rows())
    finally:
        other.close()
    _check([import_rows.number_of(row) for row in sent] == [2] and sent[0][1] == cells,
           "the second process did not send the row it checked")
    return "CSV checked in a second process"


def _round(ws: Workspace, folder: Path, variant: str | None) -> tuple[list[str], Actor, UUID]:
    from app import resources
    from app.domain.money import terbilang
    from app.services import device, events, member_cleaning, member_rules, members, slip_codes
    from app.services.audit import Actor
    from app.services.demo import PeopleFactory
    from app.services.pdf.slips import render_slips
    from app.services.sync import export, merge

    steps: list[str] = []
    with ws.db.session() as s:
        device.initialise(s, "Uji mandiri", "35.74")
    actor = Actor(ws.device_id)
    with ws.db.session() as s:
        event = events.create_event(s, actor, "Uji mandiri", dt.date.today(), "", "35.74.03")
        rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(), dt.date.today())
    clean, problems = member_cleaning.clean_member(next(PeopleFactory(1).people(1)).row(), rules)
    if clean is None:
        raise SelfTestFailed(f"member refused: {problems}")
    with ws.db.session() as s:
        member_id = members.register(s, actor, clean, event.id, "persetujuan-v1")
    steps.append("database + member")
    villages = resources.regions_with_villages()
    _check(villages.name("35.74.03.1001"), "village list without 35.74.03.1001")
    steps.append("region data")
    _check(terbilang(1_001_000) == "satu juta seribu rupiah", "amount in words")
    with ws.db.session() as s:
        issued, _refused = slip_codes.issue_slips(s, actor, [member_id], "a4", ws.tariffs())
    pdf = folder / "slip.pdf"
    pages = render_slips(issued, "a4", pdf)
    data = pdf.read_bytes()
    _check(pages >= 1 and data.startswith(b"%PDF"), "slip PDF is empty")
    _check(b"DejaVuSans" in data, "slip PDF without its embedded DejaVu font")
    steps.append(f"slip PDF ({pages} page)")
    steps.append(_workbook(folder))
    steps.append(_csv_ahead(folder))
    out = folder / "usb"
    out.mkdir()
    report = export.export_batch(ws, actor, out)
    _check(report.file.exists() and report.counts.get("members") == 1, "batch file incomplete")
    with ws.db.session() as s:
        verified = merge.verify_file(s, actor, report.file)
    _check(verified.valid, f"batch file does not verify: {verified.reason}")
    steps.append(f"batch file ({report.records} records, signature verified)")
    steps.append(database_driver(variant))
    return steps, actor, member_id


def run() -> int:
    """Every step once; exit 0 when all worked, else 1 with the failed step on stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app import __version__
    from app.services.workspace import Workspace

    try:
        variant = build_variant()
        with tempfile.TemporaryDirectory(prefix="lindungi-self-test-") as tmp:
            ws = Workspace.open(Path(tmp) / "data")
            try:
                steps, actor, member_id = _round(ws, Path(tmp), variant)
                from app.ui.app import self_check
                from app.ui.self_check import qt_parts

                steps += self_check(ws)
                steps += qt_parts(ws, actor, member_id, Path(tmp))
            finally:
                ws.close()
    except SelfTestFailed as exc:
        print(f"self-test: {exc}", file=sys.stderr)
        return 1
    print(f"lindungi {__version__} {variant or 'checkout'} self-test ok: " + ", ".join(steps))
    return 0
