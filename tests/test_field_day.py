"""The field day as the test: three laptops set up through their own first-run dialog,
officers signed in, people registered by keyboard and by spreadsheet, a group, slips and
a reprint, a void, an erasure and a correction; six batches carried on a USB stick to the
office (on SQLite and on PostgreSQL), merged in shuffled order with one twice and one
late, conflicts resolved on the office's screen, acknowledgements and a configuration
package carried back, one more batch; then what a supervisor checks: everyone is there
once, under the officer who registered them, and the money adds up to the slips.

Every step is what a person does: typing into the real widgets, or a `lindungi`
command. The services are only read, to check."""

from __future__ import annotations

import contextlib
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import resources
from app.domain.money import rupiah
from app.models import Base, Conflict, Member, Officer, Slip
from app.services.demo import PeopleFactory, Person
from app.services.print_queue import queue_folder
from app.services.reports import Scope
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.fieldday import (
    Desk,
    Dialogs,
    Said,
    Setup,
    SlipText,
    button,
    choose,
    click,
    click_row,
    lindungi,
    read_slips,
    rows,
    write_csv,
)
from tests.helpers.office import OfficeDb

SEED = 2611
OFFICE_ADMIN = ("admin", "sandi-kantor-1")  # "admin", like every laptop's: what people type
OFFICE_SUPERVISOR = ("sup.dewi", "sandi-dewi-1", "Dewi Kartika")
OFFICE_OFFICER = ("rina", "sandi-rina-1", "Rina Marlina")


@dataclass
class Laptop:
    """One laptop of the field day and what was done on it."""

    key: str
    device_name: str
    admin: tuple[str, str]
    officer: tuple[str, str, str]  # username, password, full name
    group: str
    desk: Desk | None = None
    device_id: str = ""
    #: every person registered here, and how
    registered: dict[str, Person] = field(default_factory=dict)
    batches: list[Path] = field(default_factory=list)
    cli_slips: list[Path] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        assert self.desk is not None
        return self.desk.folder

    def as_officer(self) -> dict[str, str]:
        return {"user": self.officer[0], "password": self.officer[1]}

    def as_admin(self) -> dict[str, str]:
        return {"user": self.admin[0], "password": self.admin[1]}

    def cli(self, *argv: str, **who: str) -> Said:
        return lindungi("--data-dir", str(self.folder), *argv, **who)


def laptops() -> list[Laptop]:
    # Every laptop's first administrator is called "admin": what people type.
    return [
        Laptop("a", "Laptop Disnaker 1", ("admin", "sandi-admin-a"),
               ("sari", "sandi-sari-1", "Sari Wulandari"), "Paguyuban Nelayan Mayangan"),
        Laptop("b", "Laptop Disnaker 2", ("admin", "sandi-admin-b"),
               ("budi", "sandi-budi-1", "Budi Santoso"), "Koperasi Pedagang Pasar Baru"),
        Laptop("c", "Laptop BPJSTK Probolinggo", ("admin", "sandi-admin-c"),
               ("wati", "sandi-wati-1", "Wati Rahayu"), "Paguyuban Becak Kanigaran"),
    ]


@dataclass
class Plan:
    """Who comes to which desk: keyboard (kb) and spreadsheet (csv) in the morning (1)
    and the afternoon (2), and a group's roster. A few people queue at two desks."""

    kb1: list[Person]
    csv1: list[Person]
    roster: list[Person]
    kb2: list[Person]
    csv2: list[Person]

    def everyone(self) -> list[Person]:
        return self.kb1 + self.csv1 + self.roster + self.kb2 + self.csv2


def plans() -> tuple[dict[str, Plan], list[Person], Person]:
    people = list(PeopleFactory(SEED).people(60))
    p = people
    a = Plan(kb1=[p[0], p[1]], csv1=p[2:8], roster=p[8:12], kb2=[p[12]], csv2=p[13:16])
    b = Plan(kb1=[p[20], p[21]], csv1=p[22:28], roster=p[28:32], kb2=[p[32]],
             csv2=[*p[33:36], p[1]])  # p1 also at A (keyboard)
    c = Plan(kb1=[p[40], p[41]], csv1=[*p[42:48], p[5]],  # p5 also at A (spreadsheet)
             roster=p[48:52], kb2=[p[52], p[25]], csv2=p[53:56])  # p25 also at B
    return {"a": a, "b": b, "c": c}, [p[1], p[5], p[25]], p[59]


def work_the_day(qtbot: QtBot, dialogs: Dialogs, laptop: Laptop, plan: Plan, root: Path,
                 stick: Path) -> None:
    """First start, accounts, then the officer's day at the event; two batches."""
    desk = laptop.desk = Desk(qtbot, dialogs, root / laptop.key)
    admin, admin_pw = laptop.admin
    user, user_pw, full_name = laptop.officer
    # -- first start: the administrator sets the laptop up and adds the officer
    desk.start(admin, admin_pw, Setup(laptop.device_name, "Kota Probo", admin, admin_pw))
    desk.add_account(user, full_name, "officer", user_pw)
    desk.close()
    took = laptop.cli("keys", "import", str(stick / "kantor.json"), "--office",
                      **laptop.as_admin())
    assert took.code == 0 and took.data["office"] is True, took.err

    # -- the morning: the officer signs in, opens the event, registers
    window = desk.start(user, user_pw)
    assert window.role == "officer" and not hasattr(window, "accounts_page")
    desk.new_event("Sosialisasi BPJS Ketenagakerjaan Pekerja Rentan", "Aula Kelurahan Mayangan",
                   "Mayangan", full_name)
    for i, person in enumerate(plan.kb1):
        said = desk.register(person, print_slip=i == len(plan.kb1) - 1)
        if i == len(plan.kb1) - 1:
            assert "antrean cetak" in said or "dicetak" in said
    csv1 = write_csv(root / f"{laptop.key}-pagi.csv", plan.csv1)
    imported = laptop.cli("members", "import", str(csv1), **laptop.as_officer())
    assert imported.code == 0, imported.err
    assert (imported.data["imported"], imported.data["rejected"]) == (len(plan.csv1), 0)
    roster = write_csv(root / f"{laptop.key}-anggota.csv", plan.roster)
    report = desk.new_group(laptop.group, "Paguyuban" if "Paguyuban" in laptop.group
                            else "Koperasi", plan.roster[0].name, f"PKS/{laptop.key}/2026",
                            roster)
    assert (report.imported, report.rejected) == (len(plan.roster), 0)
    assert desk.w.groups_page.roster_label.text() == f"{len(plan.roster)} anggota"
    morning = plan.kb1 + plan.csv1 + plan.roster
    slips = read_slips(desk.print_event())
    # the one printed at the desk waited on the queue (no printer) and was handed over
    # first; the event's slips are everyone else's, all originals
    assert len(slips) == len(morning) - 1
    assert [s.copy for s in slips] == [0] * (len(morning) - 1)
    assert sum(len(read_slips(f)) for f in desk.slip_files) == len(morning)
    first = desk.export(stick)
    assert first.sequence == 1 and first.counts["members"] == len(morning)
    laptop.batches.append(first.file)

    # -- the afternoon: more people, a reprint, then corrections of the morning
    for person in plan.kb2:
        desk.register(person)
    csv2 = write_csv(root / f"{laptop.key}-siang.csv", plan.csv2)
    imported = laptop.cli("members", "import", str(csv2), **laptop.as_officer())
    assert imported.code == 0 and imported.data["imported"] == len(plan.csv2), imported.err
    slips = read_slips(desk.print_event())
    # only the afternoon's people: the morning's have their slips, and a reprint is
    # asked for one person at a time
    assert len(slips) == len(plan.kb2) + len(plan.csv2)
    assert not any(s.copy for s in slips)
    for p in plan.kb1 + plan.csv1 + plan.roster + plan.kb2 + plan.csv2:
        laptop.registered[p.nik] = p
    # a person lost their slip: one more copy, from the command line
    again = root / f"{laptop.key}-salinan.pdf"
    reprint = laptop.cli("slips", "--member", plan.csv1[0].nik, "--format", "thermal80",
                         "--out", str(again), **laptop.as_officer())
    assert reprint.code == 0 and reprint.data["copies"] == 1, reprint.err
    assert [s.copy for s in read_slips(again)] == [1]
    laptop.cli_slips.append(again)
    with reading(laptop.folder) as ws, ws.db.session() as s:
        copies = sorted(s.scalars(select(Slip.copy_no).join(Member, Slip.member_id == Member.id)
                                  .where(Member.nik == plan.csv1[0].nik)))
    assert copies == [0, 1]
    AFTERNOON[laptop.key](desk, laptop, plan)
    desk.close()
    second = laptop.cli("batch", "export", "--out", str(stick), **laptop.as_officer())
    assert second.code == 0 and second.data["sequence"] == 2, second.err
    assert second.data["encrypted"] is True
    laptop.batches.append(Path(second.data["file"]))


def void_one(desk: Desk, laptop: Laptop, plan: Plan) -> None:
    desk.void(plan.csv1[1].name, "Sudah terdaftar sebagai peserta PU lewat perusahaannya",
              laptop.admin)


def erase_one(desk: Desk, laptop: Laptop, plan: Plan) -> None:
    desk.erase(plan.csv1[1].name, "Permintaan peserta sendiri: hapus datanya (UU 27/2022)",
               laptop.admin)


def correct_one(desk: Desk, laptop: Laptop, plan: Plan) -> None:
    desk.correct(plan.csv1[0].name, {"alamat": "Jl. Panglima Sudirman No. 7, RT 02/RW 01",
                                     "no_hp": "081234560077"})


AFTERNOON = {"a": void_one, "b": erase_one, "c": correct_one}


@contextlib.contextmanager
def reading(folder: Path, url: str | None = None) -> Iterator[Workspace]:
    """A database opened to read what a person would look up on screen."""
    ws = Workspace.open(folder, url)
    try:
        yield ws
    finally:
        ws.close()


# ---- the day, end to end ---------------------------------------------------------------

def test_field_day(qtbot: QtBot, tmp_path: Path, office_db: OfficeDb) -> None:
    dialogs = Dialogs()
    desks: list[Desk] = []
    try:
        _field_day(qtbot, dialogs, tmp_path, office_db, desks)
    finally:
        for desk in desks:
            if desk.window is not None:
                desk.close()
        dialogs.stop()


def _field_day(qtbot: QtBot, dialogs: Dialogs, root: Path, office_db: OfficeDb,
               desks: list[Desk]) -> None:
    stick = root / "usb"
    stick.mkdir()
    url = office_db.url()
    office_dir = root / "kantor"
    at_office = ["--data-dir", str(office_dir), *(["--database-url", url] if url else [])]
    kepala = {"user": OFFICE_ADMIN[0], "password": OFFICE_ADMIN[1]}  # the head of office

    def office(*argv: str, **who: str) -> Said:
        return lindungi(*at_office, *argv, **who)

    # ---- before the day: the office is set up and puts its key on the stick
    said = office("init", "--device-name", "Kantor Disnaker Kota Probolinggo", "--region",
                  "35.74", "--admin", OFFICE_ADMIN[0], password=OFFICE_ADMIN[1])
    assert said.code == 0, said.err
    assert office("keys", "export", "--out", str(stick / "kantor.json"), **kepala).code == 0
    office_desk = Desk(qtbot, dialogs, office_dir, url)
    desks.append(office_desk)
    office_desk.start(*OFFICE_ADMIN)
    office_desk.add_account(OFFICE_SUPERVISOR[0], OFFICE_SUPERVISOR[2], "supervisor",
                            OFFICE_SUPERVISOR[1])
    office_desk.add_account(OFFICE_OFFICER[0], OFFICE_OFFICER[2], "officer",
                            OFFICE_OFFICER[1])
    office_desk.close()

    # ---- the field day on three laptops
    team = laptops()
    plan, twice, late_comer = plans()
    expect = {p.nik: ["active"] for pl in plan.values() for p in pl.everyone()}
    expect.update({p.nik: ["active", "conflict"] for p in twice})
    expect[plan["a"].csv1[1].nik] = ["voided"]  # voided at laptop A
    del expect[plan["b"].csv1[1].nik]  # erased at laptop B: the NIK is gone too
    expect[""] = ["erased"]
    for laptop in team:
        work_the_day(qtbot, dialogs, laptop, plan[laptop.key], root, stick)
        assert laptop.desk is not None
        desks.append(laptop.desk)
    files = {f"{lt.key}{i + 1}": f for lt in team for i, f in enumerate(lt.batches)}
    assert len(files) == 6 and all(f.parent == stick for f in files.values())

    # ---- at the office: six batches in shuffled order, one twice, one late
    late = "b1"
    order = sorted(k for k in files if k != late)
    random.Random(SEED).shuffle(order)
    imported: dict[str, set[int]] = {}
    conflicts = 0
    for n, key in enumerate(order):
        laptop = team["abc".index(key[0])]
        checked = office("batch", "verify", str(files[key]), **kepala)
        assert checked.code == 0 and checked.data["valid"] is True, checked.data
        assert checked.data["encrypted"] is True
        said = office("batch", "import", str(files[key]), **kepala)
        if laptop.device_name not in imported:  # a new laptop: its key is compared first
            assert said.code == 1 and "--trust-new-device" in said.err, said
            assert checked.data["device_name"] == laptop.device_name
            said = office("batch", "import", str(files[key]), "--trust-new-device", **kepala)
        assert said.code == 0, said.err
        assert said.data["already_imported"] is False
        laptop.device_id = said.data["device_id"]
        conflicts += said.data["conflicts"]
        imported.setdefault(laptop.device_name, set()).add(said.data["sequence"])
        expected = {name: sorted(set(range(1, max(seqs) + 1)) - seqs)
                    for name, seqs in imported.items()}
        assert {g["device_name"]: g["missing"] for g in said.data["gaps"]} == {
            name: missing for name, missing in expected.items() if missing}, key
        if n == 2:  # the stick is read twice: the first file again changes nothing
            again_key = order[0]
            with reading(office_dir, url) as ws:
                before = snapshot(ws, tables=TABLES_BUT_AUDIT)
            again = office("batch", "import", str(files[again_key]), **kepala)
            assert again.code == 0 and again.data["already_imported"] is True
            assert (again.data["new"], again.data["updated"]) == (0, 0)
            with reading(office_dir, url) as ws:
                assert snapshot(ws, tables=TABLES_BUT_AUDIT) == before
    assert [(g["device_name"], g["missing"]) for g in said.data["gaps"]] == [
        ("Laptop Disnaker 2", [1])]  # the batch left in a pocket is missed by number
    assert conflicts == len(twice)

    # ---- the supervisor signs in at the office, imports the late batch on the Sinkron
    # page (the gap closes), and reviews the conflicts on screen
    supervisor = OFFICE_SUPERVISOR[:2]
    office_desk.start(*supervisor)
    page = office_desk.w.sync_page
    office_desk.go(page)
    assert page.conflicts.rowCount() == len(twice)
    report = page.import_batch(files[late])  # the file the supervisor picked
    dialogs.check()
    assert report is not None and report.gaps == [] and report.conflicts == 0
    assert page.result.text().startswith(f"{files[late].name}: baru ")
    assert "Belum diterima" not in page.result.text()
    check_everyone_arrived(team, office_dir, url, expect)
    decisions = ["Pakai data pertama", "Pakai data kedua", "Gabungkan pilihan"]
    kept: dict[str, uuid.UUID] = {}
    for decision in decisions:
        info = page.conflicts.rows[0]
        click_row(qtbot, page.table, 0)

        def decide(dialog: Any, decision: str = decision) -> None:
            if decision == "Gabungkan pilihan":  # the phone number from the second desk
                click(qtbot, dialog.picks["phone"].button(1))
            office_desk.approve(dialog.approval_box, *supervisor)
            click(qtbot, button(dialog, decision))

        from app.ui.conflict_dialog import ConflictDialog

        with dialogs.answer(ConflictDialog, decide):
            click(qtbot, page.review_button)
        kept[info.nik] = info.incoming.id if decision == "Pakai data kedua" \
            else info.existing.id
        if decision == "Gabungkan pilihan":
            with reading(office_dir, url) as ws, ws.db.session() as s:
                merged = s.get(Member, info.existing.id)
                assert merged is not None and merged.phone == info.incoming.fields["phone"]
    assert page.conflicts.rowCount() == 0
    office_desk.close()
    with reading(office_dir, url) as ws, ws.db.session() as s:
        assert all(c.status == "resolved" for c in s.scalars(select(Conflict)))
        for nik, member_id in kept.items():
            both = {m.id: m.status for m in s.scalars(select(Member).where(Member.nik == nik))}
            assert both.pop(member_id) == "active" and list(both.values()) == ["voided"]

    # ---- acknowledgements back to the laptops: their next batch is empty of those
    for laptop in team:
        ack = stick / f"tanda-terima-{laptop.key}.json"
        said = office("batch", "ack", "--device", laptop.device_id, "--out", str(ack), **kepala)
        assert said.code == 0 and said.data["acknowledged"] >= len(laptop.registered)
        took = laptop.cli("ack", "import", str(ack), **laptop.as_admin())
        assert took.code == 0 and took.data["acknowledged"] >= len(laptop.registered), took.err
        third = laptop.cli("batch", "export", "--out", str(stick), **laptop.as_officer())
        assert third.code == 0 and third.data["sequence"] == 3, third.err
        # nothing the office acknowledged goes again; the new audit entries (sign-ins, the
        # acknowledgement) travel with the accounts they name
        assert {k: v for k, v in third.data["counts"].items()
                if k not in ("audit", "officers") and v} == {}
        assert third.data["counts"]["officers"] <= 2
        said = office("batch", "import", third.data["file"], **kepala)
        assert said.code == 0 and said.data["gaps"] == [] and said.data["conflicts"] == 0

    # ---- a configuration package from the office: its officer works on laptop A
    package = stick / "paket-kantor.json"
    tariffs = resources.resource("tariffs", "bpu.json")  # the rules in force, signed anew
    said = office("config", "make", "--officers", "--tariffs", str(tariffs), "--out",
                  str(package), **kepala)
    assert said.code == 0, said.err
    a = team[0]
    assert a.desk is not None
    a.desk.start(*a.admin)  # the laptop's administrator, on the Privasi page
    privacy = a.desk.w.privacy_page
    a.desk.go(privacy)
    told: list[str] = []
    with dialogs.message(lambda box: told.append(box.text())):
        applied = privacy.import_config(package)  # the file the administrator picked
    # the office's own three accounts (the field officers it keeps are not sent out);
    # the office's "admin" cannot sign in here, where "admin" is the laptop's own
    assert applied is not None and applied["officers"] == 3, told
    assert told and told[0].startswith("Akun dari kantor: 3.\n1 akun kantor tidak bisa masuk")
    a.desk.close()
    rina, rina_pw, rina_name = OFFICE_OFFICER
    a.desk.start(rina, rina_pw)
    assert a.desk.w.statusBar().currentMessage().startswith(f"Petugas: {rina_name}")
    members_page = a.desk.w.members_page
    a.desk.go(members_page)
    assert members_page.model.rowCount() == len(a.registered)
    assert set(rows(members_page.table, 7)) == {"diterima kantor"}
    a.desk.register(late_comer, print_slip=True)
    (handed,) = a.desk.hand_over_queue()  # no printer: the slip goes out as a PDF
    assert [s.copy for s in read_slips(handed)] == [0]
    fourth = a.desk.export(stick)
    assert fourth.sequence == 4 and fourth.counts["members"] == 1
    a.desk.find_member(late_comer.name)
    assert members_page.model.index(0, members_page.model.COL_SYNC).data() == "dikirim (batch 4)"
    a.desk.close()
    a.registered[late_comer.nik] = late_comer
    said = office("batch", "import", str(fourth.file), **kepala)
    assert said.code == 0 and said.data["conflicts"] == 0 and said.data["gaps"] == [], said
    with reading(office_dir, url) as ws, ws.db.session() as s:
        m = s.scalars(select(Member).where(Member.nik == late_comer.nik)).one()
        officer = s.get(Officer, m.registered_by_id)
        assert officer is not None and (officer.username, officer.full_name) == (rina, rina_name)
        assert len(s.scalars(select(Officer).where(Officer.username == rina)).all()) == 1
        rina_id = officer.id
    with reading(a.folder) as ws, ws.db.session() as s:  # the package kept her id
        assert s.scalars(select(Officer.id).where(Officer.username == rina)).one() == rina_id
    assert office("members", "list", "--search", "zzz", user=rina, password=rina_pw).code == 0
    # the field officers travelled with their records, but cannot sign in at the office
    for laptop in team:
        refused = office("members", "list", "--search", "zzz", user=laptop.officer[0],
                         password=laptop.officer[1])
        assert refused.code == 1, laptop.officer[0]

    # ---- what the supervisor checks at the end of the day
    expect.update({p.nik: ["active", "voided"] for p in twice})
    expect[late_comer.nik] = ["active"]
    check_everyone_arrived(team, office_dir, url, expect)
    assert office("audit", "verify", **kepala).data["valid"] is True
    with reading(office_dir, url) as ws, ws.db.session() as s:
        corrected = s.scalars(select(Member).where(
            Member.nik == plan["c"].csv1[0].nik)).one()
        assert (corrected.address, corrected.phone) == (
            "Jl. Panglima Sudirman No. 7, RT 02/RW 01", "+6281234560077")
        void_row = s.scalars(select(Member).where(Member.nik == plan["a"].csv1[1].nik)).one()
        assert void_row.void_reason.startswith("Sudah terdaftar sebagai peserta PU")
    with reading(office_dir, url) as ws:  # the erased person is nowhere at the office
        everything = repr(snapshot(ws))
    gone = plan["b"].csv1[1]
    assert gone.nik not in everything and gone.name not in everything
    assert gone.phone[1:] not in everything and gone.address not in everything
    active = active_members(office_dir, url)
    workbook = root / "bpjs.xlsx"
    said = office("export", "bpjs", "--out", str(workbook), **kepala)
    assert said.code == 0 and said.data["rows"] == len(active), said.err
    book = load_workbook(workbook, read_only=True)  # read-only keeps the file open
    try:
        table = list(book["Peserta"].iter_rows(values_only=True))
    finally:
        book.close()
    header = list(table[0])
    niks = [row[header.index("nik")] for row in table[1:]]
    assert sorted(niks) == sorted(m.nik for m in active.values())
    ids = {row[header.index("nomor_peserta_lindungi")] for row in table[1:]}
    assert ids == {str(i) for i in active}

    said = office("report", **kepala)
    assert said.code == 0, said.err
    recap = said.data
    assert recap["members"] == len(active)
    names = [lt.officer[2] for lt in team] + [rina_name]
    assert set(names) <= set(recap["officers"]), recap["officers"]
    printed = slips_printed(team)
    monthly, period = slip_money(printed, office_dir, url, active)
    assert recap["monthly_contribution_total"] == monthly
    assert recap["money_total"] == period
    # every slip printed on a laptop is counted at the office, originals and copies
    copies = [s.copy for pages in printed.values() for s in pages]
    assert (recap["slips"], recap["slip_copies"]) == (
        len(printed), sum(1 for c in copies if c)), (recap["slips"], recap["slip_copies"])
    assert sorted(c for c in copies if not c) == [0] * len(printed)  # one original each
    voided = 1 + len(twice)  # laptop A's void, and the second record of each conflict
    assert recap["voided"] == voided
    groups = office("groups", "list", **kepala)
    assert groups.code == 0, groups.err
    assert {g["name"]: g["members"] for g in groups.data} == {
        lt.group: len(plan[lt.key].roster) for lt in team}
    pdf = root / "laporan.pdf"
    assert office("report", "--out", str(pdf), **kepala).code == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    for name in names:
        assert name in text
    # and on the office's dashboard, everything registered: the same numbers
    office_desk.start(*supervisor)
    dash = office_desk.w.dashboard
    office_desk.go(dash)
    choose(qtbot, dash.scope, "Semua pendaftaran")
    qtbot.waitUntil(lambda: dash.recap is not None and dash.recap.scope == Scope())
    assert dash.members.number() == len(active)
    assert (dash.monthly.value.text(), dash.money.value.text()) == (rupiah(monthly),
                                                                   rupiah(period))
    assert dash.slips.number() == len(copies) and dash.voided.number() == voided
    office_desk.close()


#: every table but the audit trail, where each command's sign-in is written
TABLES_BUT_AUDIT = {t.name for t in Base.metadata.sorted_tables} - {"audit_entries"}


def active_members(folder: Path, url: str | None) -> dict[uuid.UUID, Member]:
    with reading(folder, url) as ws, ws.db.session() as s:
        found = {m.id: m for m in s.scalars(select(Member).where(Member.status == "active"))}
        s.expunge_all()
    return found


def check_everyone_arrived(team: list[Laptop], office_dir: Path, url: str | None,
                           expect: dict[str, list[str]]) -> None:
    """Every registration of every laptop is at the office exactly once, under the
    officer who made it; voids and erasures arrived; each NIK has the rows expected (one
    active, or one active and the other desk's copy in conflict or voided)."""
    with reading(office_dir, url) as ws, ws.db.session() as s:
        office_rows = {m.id: (m.nik, m.status, m.registered_by_id, m.consent_officer_id)
                       for m in s.scalars(select(Member))}
        officers = {o.id: (o.username, o.full_name) for o in s.scalars(select(Officer))}
        open_conflicts = sorted(c.nik for c in s.scalars(
            select(Conflict).where(Conflict.status == "open")))
    seen: set[uuid.UUID] = set()
    for laptop in team:
        with reading(laptop.folder) as ws, ws.db.session() as s:
            here = {m.id: (m.nik, m.status, m.registered_by_id)
                    for m in s.scalars(select(Member))}
            names = {o.id: (o.username, o.full_name) for o in s.scalars(select(Officer))}
        assert len(here) == len(laptop.registered)
        for member_id, (nik, status, by) in here.items():
            assert member_id in office_rows, f"{laptop.key}: a registration is missing"
            o_nik, o_status, o_by, o_consent = office_rows[member_id]
            assert (o_nik, o_by, o_consent) == (nik, by, by)
            assert o_by is not None and by is not None  # (o_by is by)
            assert officers[o_by] == names[by]  # the office knows who
            if status != "active":
                assert o_status == status  # voids and erasures arrived
        seen |= set(here)
    assert seen == set(office_rows), "the office holds records no laptop made"
    statuses: dict[str, list[str]] = {}
    for nik, status, _by, _consent in office_rows.values():
        statuses.setdefault(nik, []).append(status)
    assert {nik: sorted(v) for nik, v in statuses.items()} == expect
    assert open_conflicts == sorted(nik for nik, v in expect.items() if "conflict" in v)


def slips_printed(team: list[Laptop]) -> dict[str, list[SlipText]]:
    """Every roll slip printed on the laptops (the print queues and the command line's
    files), by slip number: the original and its copies."""
    printed: dict[str, list[SlipText]] = {}
    for laptop in team:
        for pdf in [*queue_folder(laptop.folder).glob("*.pdf"), *laptop.cli_slips]:
            for slip in read_slips(pdf):
                printed.setdefault(slip.receipt_no, []).append(slip)
    return printed


def slip_money(printed: dict[str, list[SlipText]], office_dir: Path, url: str | None,
               active: dict[uuid.UUID, Member]) -> tuple[int, int]:
    """What the printed slips say the office's active members pay (per month, per pay
    period), summed; every copy of a slip says what its original says."""
    for pages in printed.values():
        assert len({(p.monthly, p.period_total) for p in pages}) == 1, pages
    with reading(office_dir, url) as ws, ws.db.session() as s:
        receipts = dict(s.execute(select(Slip.member_id, Slip.receipt_no)
                                  .where(Slip.member_id.in_(list(active)))).all())
    assert set(receipts) == set(active), "an active member has no slip"
    return (sum(printed[r][0].monthly for r in receipts.values()),
            sum(printed[r][0].period_total for r in receipts.values()))
