"""The command line (`lindungi`): thin over the services; contract in CLI.md."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__, resources
from app.domain import codes, nik
from app.domain.dates import parse_date, wib_text
from app.domain.errors import UserError
from app.domain.money import rupiah, terbilang
from app.domain.tariff import span_id
from app.resources import default_data_dir
from app.services import accounts, device, events, groups, member_import, members
from app.services.audit import Actor
from app.services.audit import verify as verify_audit
from app.services.workspace import Workspace

EXIT_REFUSED = 1
#: a bug in the program (BSD sysexits EX_SOFTWARE): a crash report was written
EXIT_BUG = 70


class Refused(UserError):
    """Refused as a whole: one line on stderr, exit 1, nothing written."""


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.emitted = False

    def emit(self, data: Any, human: Callable[[], str]) -> None:
        self.emitted = True
        if self.as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
        else:
            sys.stdout.write(human() + "\n")


def _date_arg(text: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _uuid_arg(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError("bukan ID yang sah") from None


_OPENED: list[Workspace] = []


def _open(args: argparse.Namespace, create: bool = False) -> Workspace:
    """The data folder; every command but `init` and `demo` needs it initialised."""
    ws = Workspace.open(args.data_dir, args.database_url, create=create)
    _OPENED.append(ws)  # closed when the command ends (a server's connections too)
    if not create:
        _ = ws.device_id  # raises NotInitialised with the command to run
    return ws


def _actor(ws: Workspace) -> Actor:
    """The acting officer once accounts exist (LINDUNGI_USER / LINDUNGI_PASSWORD)."""
    device_actor = Actor(ws.device_id)
    with ws.db.session() as s:
        if not accounts.has_accounts(s):
            return device_actor
    user = os.environ.get("LINDUNGI_USER", "")
    password = os.environ.get("LINDUNGI_PASSWORD", "")
    if not user or not password:
        if not sys.stdin.isatty():
            raise Refused(
                "Perintah ini memproses data pribadi: setel LINDUNGI_USER dan LINDUNGI_PASSWORD."
            )
        user = user or input("Nama pengguna: ")
        password = getpass.getpass("Kata sandi: ")
    with ws.db.session() as s:
        result = accounts.authenticate(s, device_actor, user, password)
    if isinstance(result, accounts.AuthError):
        raise Refused(str(result))
    return Actor(ws.device_id, result.id)


# ---- commands -------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args, create=True)
    password = os.environ.get("LINDUNGI_PASSWORD") if args.admin else None
    if args.admin and not password and sys.stdin.isatty():
        password = getpass.getpass("Kata sandi administrator baru: ")
    with ws.db.session() as s:
        result = device.initialise(s, args.device_name, args.region, args.admin, password)
    out.emit(
        {"device_id": str(result.device_id), "created": result.created,
         "admin_created": result.admin_created, "data_dir": str(ws.data_dir)},
        lambda: (f"Perangkat disiapkan: {result.device_id}" if result.created
                 else f"Perangkat sudah disiapkan sebelumnya: {result.device_id} (tidak diubah)")
        + (f"\nAdministrator dibuat: {args.admin}" if result.admin_created else ""),
    )


def cmd_nik_check(args: argparse.Namespace, out: Output) -> None:
    gender = codes.parse_gender(args.gender) if args.gender else None
    res = nik.check(args.nik, resources.regions(), args.on or dt.date.today(),
                    args.birth_date, gender)
    data = res.as_dict()

    def human() -> str:
        lines = ["NIK sah." if res.valid else "NIK tidak sah."]
        lines += [f"  ✗ {e}" for e in res.errors]
        lines += [f"  ! {w}" for w in res.warnings]
        lines += [f"  · {n}" for n in res.notes]
        index = resources.regions()
        for label, code in (("Provinsi", res.province_code), ("Kab/Kota", res.regency_code),
                            ("Kecamatan", res.district_code)):
            if code:
                lines.append(f"  {label}: {code} {index.name(code)}")
        return "\n".join(lines)

    out.emit(data, human)


def cmd_tariff_quote(args: argparse.Namespace, out: Output) -> None:
    book = resources.default_tariffs()
    if args.data_dir or os.environ.get("LINDUNGI_DATA_DIR"):
        with contextlib.suppress(device.NotInitialised):  # an office's rules, if it has them
            book = _open(args).tariffs()
    programs = codes.parse_programs(args.programs)
    q = book.quote(args.income, programs, codes.parse_payer(args.payer),
                   codes.parse_sector(args.sector), args.months, args.date or dt.date.today())

    def human() -> str:
        lines = []
        if q.bracket is not None:
            lines.append(f"Tingkat penghasilan: {q.bracket.span_id()}, dasar iuran "
                         f"{rupiah(q.bracket.base)}")
        for first, last, _amount in q.runs():
            m = next(x for x in q.months if x.month == first)
            span = "per bulan" if q.same_every_month else span_id(first, last)
            lines += [
                f"Iuran {span}: {rupiah(m.total)}"
                + ("/bulan" if first != last and not q.same_every_month else "")
                + f" ({terbilang(m.total)})",
                f"  JKK {rupiah(m.jkk)}  JKM {rupiah(m.jkm)}"
                + (f"  JHT {rupiah(m.jht)}" if "jht" in q.programs else ""),
            ]
        lines.append(f"Total {len(q.months)} bulan: {rupiah(q.total)} ({terbilang(q.total)})")
        if q.discount_applied:
            lines.append("Potongan: " + ", ".join(q.as_dict()["discounts"]))
        return "\n".join(lines)

    out.emit(q.as_dict(), human)


def cmd_events_create(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        info = events.create_event(s, actor, args.name, args.date, args.venue, args.region)
    out.emit({"id": str(info.id), **info.as_dict()}, lambda: f"Acara dibuat: {info.id}")


def cmd_events_list(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    _actor(ws)
    with ws.db.session() as s:
        rows = events.list_events(s)
    out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(f"{r.id}  {r.date}  {r.status:6}  {r.name}" for r in rows)
        or "Belum ada acara.",
    )


def cmd_groups_create(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        info = groups.create_group(
            s, actor, args.name, args.kind, args.leader_name or "", args.leader_nik or "",
            args.leader_phone or "", args.address or "", args.region or "",
            args.agreement_no or "", args.agreement_date,
        )
    out.emit(info.as_dict(), lambda: f"Kelompok dibuat: {info.id}")


def cmd_groups_list(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    _actor(ws)  # leaders' names
    with ws.db.session() as s:
        rows = groups.list_groups(s)
    out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(
            f"{r.id}  {codes.GROUP_KINDS[r.kind]:10} {r.members:6} anggota  {r.name}" for r in rows
        ) or "Belum ada kelompok.",
    )


def cmd_members_template(args: argparse.Namespace, out: Output) -> None:
    member_import.write_template(args.file)
    out.emit({"file": str(args.file)}, lambda: f"Templat ditulis: {args.file}")


def cmd_members_import(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    actor = _actor(ws)
    today = dt.date.today()
    prepared = member_import.prepare(args.file)  # a refused file writes nothing
    with ws.db.session() as s:
        if args.event:
            event_id = events.get_event(s, args.event).id
        else:
            latest = events.latest_open_event(s)
            if latest is None:
                region = device.local_device(s).region_code
                latest = events.create_event(
                    s, actor, f"Impor {args.file.name} {today:%d-%m-%Y}", today, "", region
                )
                print(f"Acara baru untuk impor ini: {latest.id}", file=sys.stderr)
            event_id = latest.id
        group_id = groups.find_group(s, args.group) if args.group else None
        consent = device.get_setting(s, device.CONSENT_VERSION_KEY)

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} baris", end="", file=sys.stderr, flush=True)

    report = member_import.run_import(
        ws.db, actor, prepared, event_id, consent, ws.tariffs(), group_id,
        args.rejects, today, progress=progress,
    )
    print(file=sys.stderr)

    def human() -> str:
        text = (f"Dibaca {report.read}, diimpor {report.imported}, ditolak {report.rejected}, "
                f"NIK ganda {report.duplicates}.")
        if report.rejects_file:
            text += f"\nBaris yang tidak diimpor: {report.rejects_file}"
        elif report.rejects:
            text += "\n" + "\n".join(
                f"  baris {r.row}: {'; '.join(r.reasons)}" for r in report.rejects[:20]
            )
            if len(report.rejects) > 20:
                text += "\n  … pakai --rejects FILE.csv untuk daftar lengkap"
        return text

    out.emit(report.as_dict(), human)


def cmd_members_list(args: argparse.Namespace, out: Output) -> None:
    """NIKs are masked on screen; with --json, full NIKs only with --full-nik (a
    supervisor, one `nik_reveal` audit entry) or on a laptop without accounts."""
    from app.services import privacy

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        group_id = groups.find_group(s, args.group) if args.group else None
        full = args.full_nik or (out.as_json and privacy.full_nik_by_default(s))
        rows = privacy.list_members(s, actor, full, args.search, args.event, group_id,
                                    args.limit)
    out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(
            f"{nik.mask(r.nik)}  {codes.MEMBER_STATUSES[r.status]:10}  {r.name}"
            for r in rows
        ) or "Tidak ada peserta yang cocok.",
    )


def _slip_members(s: Any, args: argparse.Namespace) -> list[uuid.UUID]:
    if args.member:
        checked = nik.compact(args.member)
        found = members.active_member_id(s, checked)
        if found is None:
            raise Refused("tidak ada peserta aktif dengan NIK itu")
        return [found]
    if args.event:
        events.get_event(s, args.event)
        rows = members.list_members(s, event_id=args.event, status="active")
    else:
        rows = members.list_members(s, group_id=groups.find_group(s, args.group),
                                    status="active")
    if not rows:
        raise Refused("tidak ada peserta aktif untuk dicetak")
    return [r.id for r in rows]


def cmd_slips(args: argparse.Namespace, out: Output) -> None:
    from app.services import slip_codes, slips

    ws = _open(args)
    actor = _actor(ws)
    if args.out.suffix.lower() != ".pdf":
        raise Refused("berkas keluaran harus .pdf")
    if not args.out.parent.is_dir():
        raise Refused(f"folder {args.out.parent} tidak ada")
    tariffs = ws.tariffs()
    # Numbers are handed out and the PDF written in one unit of work: if the file cannot
    # be written, no slip number is used up.
    with ws.db.session() as s:
        ids = _slip_members(s, args)
        issued, refused = slip_codes.issue_slips(s, actor, ids, args.format, tariffs)
        if not issued:
            raise Refused("tidak ada slip yang bisa dicetak: " + "; ".join(refused))
        pages = slips.render_slips(issued, args.format, args.out)
    for reason in refused:
        print(f"dilewati: {reason}", file=sys.stderr)
    out.emit(
        {"file": str(args.out), "slips": len(issued), "pages": pages,
         "copies": sum(1 for x in issued if x.copy_no), "skipped": len(refused)},
        lambda: f"{len(issued)} slip, {pages} halaman: {args.out}",
    )


def cmd_slip_verify(args: argparse.Namespace, out: Output) -> None:
    from app.services import slip_codes

    ws = _open(args)
    _actor(ws)
    with ws.db.session() as s:
        verdict = slip_codes.verify_payload(s, args.payload)
    out.emit(verdict.as_dict(), lambda: (
        f"SAH: slip {verdict.receipt_no} dari {verdict.device_name}" if verdict.valid
        else f"TIDAK SAH: {verdict.reason}"))
    if not verdict.valid:
        raise SystemExit(EXIT_REFUSED)


def cmd_keys_export(args: argparse.Namespace, out: Output) -> None:
    from app.services import keys
    from app.services.files import write_atomic

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        data = keys.key_file(s, actor)
    write_atomic(args.out, lambda fh: json.dump(data, fh, indent=2), "w", encoding="utf-8")
    out.emit({"file": str(args.out), "device_id": data["device_id"]},
             lambda: f"Kunci publik perangkat ditulis: {args.out}")


def cmd_keys_import(args: argparse.Namespace, out: Output) -> None:
    from app.services import keys

    ws = _open(args)
    actor = _actor(ws)
    data = keys.load_key_file(args.file.read_text(encoding="utf-8"))
    with ws.db.session() as s:
        device_id = keys.import_public_key(s, actor, data, as_office=args.office,
                                           replace=args.replace_office)
    out.emit({"device_id": str(device_id), "office": args.office},
             lambda: f"Kunci perangkat {data.get('name')} ({device_id}) dipercaya"
             + (" sebagai kantor: batch dienkripsi untuknya." if args.office else "."))


def cmd_groups_bill(args: argparse.Namespace, out: Output) -> None:
    from app.services import slips

    ws = _open(args)
    _actor(ws)
    with ws.db.session() as s:
        bill = groups.group_bill(s, groups.find_group(s, args.group), ws.tariffs(),
                                 args.date or dt.date.today())
    pages = slips.render_group_bill(bill, args.out)
    out.emit({"file": str(args.out), "members": len(bill.rows), "pages": pages,
              "monthly_total": bill.monthly_total, "period_total": bill.period_total},
             lambda: f"Tagihan {bill.group.name}: {len(bill.rows)} anggota, "
                     f"{rupiah(bill.monthly_total)} sebulan → {args.out}")


def cmd_report(args: argparse.Namespace, out: Output) -> None:
    from app.services import reports

    ws = _open(args)
    _actor(ws)
    scope = reports.Scope(args.event, args.date_from, args.date_to)
    with ws.db.session() as s:
        if args.out:
            recap = reports.write_report(s, ws.tariffs(), scope, args.out)
        else:
            recap = reports.collect(s, ws.tariffs(), scope)
    data = recap.as_dict() | ({"file": str(args.out)} if args.out else {})

    def human() -> str:
        lines = [f"{recap.title} — {recap.period_text}",
                 f"Peserta aktif {recap.members}, iuran per bulan {rupiah(recap.monthly)}, "
                 f"iuran periode {rupiah(recap.money)}, slip {recap.slips} "
                 f"(+{recap.slip_copies} salinan), dibatalkan {len(recap.voids)}"]
        lines += [f"  {x.label:<16} {x.members:>8}" for x in recap.by_sector]
        if args.out:
            lines.append(f"Laporan ditulis ke {args.out}")
        return "\n".join(lines)

    out.emit(data, human)


def cmd_batch_export(args: argparse.Namespace, out: Output) -> None:
    from app.services import sync_export

    ws = _open(args)
    actor = _actor(ws)
    report = sync_export.export_batch(
        ws, actor, args.out,
        progress=lambda d, t: print(f"\r{d}/{t}", end="", file=sys.stderr, flush=True))
    print(file=sys.stderr)
    out.emit(report.as_dict(), lambda: f"Batch {report.sequence}: {report.summary()}"
             + (" (terenkripsi)" if report.encrypted else "") + f" → {report.file}")


def cmd_batch_verify(args: argparse.Namespace, out: Output) -> None:
    from app.services import sync_import

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        report = sync_import.verify_file(s, actor, args.file)
    out.emit(report.as_dict(), lambda: f"SAH: {report.records} catatan" if report.valid
             else f"DITOLAK: {report.reason}")
    if not report.valid:
        raise SystemExit(EXIT_REFUSED)


def cmd_batch_import(args: argparse.Namespace, out: Output) -> None:
    from app.services import sync_import

    ws = _open(args)
    actor = _actor(ws)
    r = sync_import.import_file(ws, actor, args.file, args.trust_new_device)

    def human() -> str:
        if r.already_imported:
            text = f"Batch {r.sequence} sudah pernah diimpor; tidak ada yang berubah."
        else:
            text = (f"Batch {r.sequence}: baru {r.new}, diperbarui {r.updated}, sama "
                    f"{r.unchanged}, konflik {r.conflicts}.")
        for g in r.gaps:
            text += f"\nBatch belum diterima dari {g.device_name}: {g.label}"
        for restart in r.restarts:
            text += f"\n{restart.label()}"
        return text

    out.emit(r.as_dict(), human)


def cmd_batch_ack(args: argparse.Namespace, out: Output) -> None:
    from app.services import sync_ack

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        count = sync_ack.make_ack(s, actor, args.device, args.out)
    out.emit({"file": str(args.out), "acknowledged": count},
             lambda: f"Tanda terima {count} catatan → {args.out}")


def cmd_ack_import(args: argparse.Namespace, out: Output) -> None:
    from app.services import sync_ack

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        count = sync_ack.import_ack(s, actor, args.file)
    out.emit({"acknowledged": count}, lambda: f"{count} catatan ditandai diterima kantor.")


def cmd_export_bpjs(args: argparse.Namespace, out: Output) -> None:
    from app.services import bpjs

    ws = _open(args)
    actor = _actor(ws)
    rows = bpjs.export_workbook(ws, actor, args.out, event_id=args.event)
    out.emit({"file": str(args.out), "rows": rows},
             lambda: f"{rows} peserta → {args.out}")


def cmd_members_kpj(args: argparse.Namespace, out: Output) -> None:
    from app.services import bpjs

    ws = _open(args)
    actor = _actor(ws)
    report = bpjs.import_kpj(ws, actor, args.file)
    out.emit(report.as_dict(), lambda: (
        f"KPJ diisi {report.updated}, sudah sama {report.unchanged}, tidak cocok "
        f"{len(report.unmatched)}." + "".join(
            f"\n  baris {u['row']}: {u['reason']}" for u in report.unmatched[:30])))


def _json_file(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise Refused(f"{path.name} bukan JSON yang terbaca ({exc})") from exc


def cmd_config_make(args: argparse.Namespace, out: Output) -> None:
    from app.services import config_package

    ws = _open(args)
    actor = _actor(ws)
    content: dict[str, Any] = {}
    with ws.db.session() as s:
        if args.officers:
            content["officers"] = config_package.officers_from_session(s)
        if args.tariffs:
            content["tariffs"] = _json_file(args.tariffs)
        if args.occupations:
            content["occupations"] = [line.strip() for line in args.occupations.read_text(
                encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
        if args.consent_version:
            if not args.consent_text:
                raise Refused("--consent-text FILE wajib bersama --consent-version")
            content["consent"] = {"version": args.consent_version,
                                  "text": args.consent_text.read_text(encoding="utf-8")}
        if args.events:
            content["events"] = _json_file(args.events)
        number = config_package.make_package(s, actor, args.out, content)
    out.emit({"file": str(args.out), "parts": sorted(content), "sequence": number},
             lambda: f"Paket konfigurasi nomor {number} ditulis: {args.out} "
                     f"({', '.join(sorted(content))})")


def cmd_config_import(args: argparse.Namespace, out: Output) -> None:
    from app.services import config_package

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        applied = config_package.import_package(s, actor, args.file, args.trust_office)
    out.emit(applied, lambda: "Paket konfigurasi diterapkan: " + ", ".join(
        f"{k} {v}" for k, v in applied.items()))


def cmd_breach_report(args: argparse.Namespace, out: Output) -> None:
    from app.services import privacy

    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        report = privacy.breach_report(s, actor, ws.data_dir)
        from app.services.audit import record

        record(s, actor, "breach_report", "device", report["device"]["id"])

    def human() -> str:
        db = report["database"]
        lines = [f"Perangkat {report['device']['name']} ({report['device']['id']})",
                 f"Peserta dengan data pribadi: {db['members_with_personal_data']} "
                 f"(dengan no. HP: {db['members_with_phone']}); belum diterima kantor: "
                 f"{report['not_yet_acknowledged_by_office']}",
                 "Batch yang pernah diekspor:"]
        for b in report["batches_exported"]:
            lines.append(f"  {b['sequence']:>4}  {b['created_at'][:16]}  {b['records']:>7} "
                         f"catatan  {'terenkripsi' if b['encrypted'] else 'TIDAK terenkripsi'}"
                         f"  {b['file']}")
        lines.append(report["notice"])
        return "\n".join(lines)

    out.emit(report, human)


def cmd_retention_report(args: argparse.Namespace, out: Output) -> None:
    from app.services import privacy

    ws = _open(args)
    _actor(ws)
    with ws.db.session() as s:
        rows = privacy.past_retention(s)
        years = privacy.retention_years(s)
    out.emit({"retention_years": years, "records": rows},
             lambda: f"{len(rows)} catatan melewati masa simpan {years} tahun.")


def cmd_backup_now(args: argparse.Namespace, out: Output) -> None:
    from app.services import backup

    _file_database_only(args)
    ws = _open(args)
    paths = backup.backup_now(ws, _actor(ws))
    out.emit({"files": [str(p) for p in paths]},
             lambda: "Cadangan dibuat: " + ", ".join(str(p) for p in paths))


def _file_database_only(args: argparse.Namespace) -> None:
    from app.services.workspace import server_url

    if server_url(args.database_url):
        raise Refused("cadangan dan pemulihan program ini untuk berkas SQLite di folder data; "
                      "database server dicadangkan oleh pengelolanya (mis. pg_dump)")


def _signed_in_if_readable(args: argparse.Namespace) -> Actor | None:
    """Who acts, where the database can still be opened; a damaged one (what backups are
    for) has no accounts to check."""
    from app.services import backup

    if not backup.is_readable(_data_folder(args)):
        return None
    ws = _open(args)
    try:
        return _actor(ws)
    finally:
        _OPENED.remove(ws)
        ws.close()  # restore puts another file in its place


def cmd_backup_list(args: argparse.Namespace, out: Output) -> None:
    from app.services import backup

    _file_database_only(args)
    _signed_in_if_readable(args)
    folder = args.data_dir or default_data_dir()
    rows = backup.list_backups(Path(folder))
    out.emit([b.as_dict() for b in rows], lambda: "\n".join(
        f"{wib_text(b.made_at)}  {b.reason:12} {b.members:>7} peserta  "
        f"{'utuh' if b.sound else 'RUSAK'}  {b.path}" for b in rows) or "Belum ada cadangan.")


def cmd_backup_restore(args: argparse.Namespace, out: Output) -> None:
    from app.services import backup

    _file_database_only(args)
    folder = Path(args.data_dir or default_data_dir())
    actor = _signed_in_if_readable(args)
    report = backup.restore(folder, args.file, actor)
    out.emit({"restored_from": str(args.file), "lost_members": report.lost_members,
              "lost_members_sent": report.lost_sent,
              "damaged_kept_as": str(report.damaged_kept_as or "")}, report.message)


def _new_password() -> str:
    password = os.environ.get("LINDUNGI_NEW_PASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass("Kata sandi baru: ")
    if not password:
        raise Refused("setel kata sandi baru di LINDUNGI_NEW_PASSWORD")
    return password


def _officer_dict(o: accounts.OfficerRow) -> dict[str, Any]:
    return {"username": o.username, "full_name": o.full_name, "role": o.role,
            "active": o.active, "locked": o.locked, "can_sign_in": o.can_sign_in}


def cmd_accounts_add(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        info = accounts.create_officer(s, actor, args.user, _new_password(), args.role,
                                       args.full_name or "")
    out.emit({"username": info.username, "role": info.role, "full_name": info.full_name},
             lambda: f"Akun dibuat: {info.username} ({accounts.ROLES[info.role]})")


def cmd_accounts_list(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        rows = accounts.list_accounts(s, actor)
    out.emit([_officer_dict(o) for o in rows], lambda: "\n".join(
        f"{o.username:20} {accounts.ROLES[o.role]:14} "
        f"{'aktif' if o.active else 'nonaktif':9} "
        f"{'' if o.can_sign_in else 'petugas lapangan (belum bisa masuk) '}{o.full_name}"
        for o in rows))


def _change_account(args: argparse.Namespace, out: Output, **change: Any) -> None:
    ws = _open(args)
    actor = _actor(ws)
    with ws.db.session() as s:
        officer_id = accounts.find_officer(s, args.user)
        accounts.update_officer(s, actor, officer_id, **change)
        row = next(o for o in accounts.list_officers(s) if o.id == officer_id)
    out.emit(_officer_dict(row), lambda: f"Akun {row.username} diubah.")


def cmd_accounts_disable(args: argparse.Namespace, out: Output) -> None:
    _change_account(args, out, active=False)


def cmd_accounts_password(args: argparse.Namespace, out: Output) -> None:
    _change_account(args, out, new_password=_new_password())


def cmd_audit_verify(args: argparse.Namespace, out: Output) -> None:
    ws = _open(args)
    _actor(ws)
    with ws.db.session() as s:
        report = verify_audit(s)
    out.emit(
        report.as_dict(),
        lambda: f"Jejak audit utuh: {report.entries} entri." if report.valid
        else f"Jejak audit RUSAK di entri {report.first_bad}.",
    )
    if not report.valid:
        raise SystemExit(EXIT_REFUSED)


def cmd_demo(args: argparse.Namespace, out: Output) -> None:
    from app.services.demo_seed import seed_demo

    ws = _open(args, create=True)
    summary = seed_demo(ws, args.members, history=True)
    parts = ", ".join(f"{k} {v}" for k, v in summary.items())
    out.emit(summary, lambda: f"Data demo siap: {parts}")


# ---- parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="folder for database, keys, backups, logs (env LINDUNGI_DATA_DIR)")
    common.add_argument("--database-url", default=argparse.SUPPRESS, metavar="URL",
                        help="an office database server instead of the data folder's SQLite "
                        "file, e.g. postgresql+psycopg://user@host/lindungi "
                        "(env LINDUNGI_DATABASE_URL)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="one JSON document on stdout")

    p = argparse.ArgumentParser(
        prog="lindungi", parents=[common],
        description="Lindungi: pendaftaran peserta BPU BPJS Ketenagakerjaan tanpa internet. "
        "Tanpa perintah: membuka aplikasi desktop.",
    )
    p.add_argument("--version", action="version", version=f"lindungi {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def command(parent: Any, name: str, func: Callable[..., None], help_text: str) -> Any:
        c = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        c.set_defaults(func=func)
        return c

    c = command(sub, "init", cmd_init, "first-time set-up of this laptop; safe to run twice")
    c.add_argument("--device-name", required=True)
    c.add_argument("--region", required=True, help="home regency/city code, e.g. 35.74")
    c.add_argument("--admin", help="create the first administrator (password: LINDUNGI_PASSWORD)")

    nik_p = sub.add_parser("nik", help="NIK tools").add_subparsers(dest="sub", required=True)
    c = command(nik_p, "check", cmd_nik_check, "validate and explain a NIK")
    c.add_argument("nik")
    c.add_argument("--birth-date", type=_date_arg)
    c.add_argument("--gender", choices=["L", "P", "l", "p"])
    c.add_argument("--on", type=_date_arg, help="registration date (default today)")

    tariff_p = sub.add_parser("tariff", help="contributions").add_subparsers(dest="sub",
                                                                          required=True)
    c = command(tariff_p, "quote", cmd_tariff_quote, "contribution for one member")
    c.add_argument("--income", type=int, required=True, help="declared monthly income, rupiah")
    c.add_argument("--programs", default="JKK,JKM")
    c.add_argument("--payer", default="mandiri")
    c.add_argument("--sector", default="umkm")
    c.add_argument("--months", type=int, default=1, choices=[1, 3, 6, 12])
    c.add_argument("--date", type=_date_arg, help="first contribution month (default today)")

    ev = sub.add_parser("events", help="events").add_subparsers(dest="sub", required=True)
    c = command(ev, "create", cmd_events_create, "create an event")
    c.add_argument("--name", required=True)
    c.add_argument("--date", type=_date_arg, required=True)
    c.add_argument("--venue", default="")
    c.add_argument("--region", required=True, help="district or regency code")
    command(ev, "list", cmd_events_list, "list events")

    gr = sub.add_parser("groups", help="groups").add_subparsers(dest="sub", required=True)
    c = command(gr, "create", cmd_groups_create, "create a paguyuban, koperasi or wadah")
    c.add_argument("--name", required=True)
    c.add_argument("--kind", required=True, choices=list(codes.GROUP_KINDS))
    c.add_argument("--leader-name")
    c.add_argument("--leader-nik")
    c.add_argument("--leader-phone")
    c.add_argument("--address")
    c.add_argument("--region")
    c.add_argument("--agreement-no")
    c.add_argument("--agreement-date", type=_date_arg)
    command(gr, "list", cmd_groups_list, "list groups")
    c = command(gr, "bill", cmd_groups_bill, "roster with contributions and totals, as PDF")
    c.add_argument("--group", required=True)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--date", type=_date_arg, help="first contribution month (default today)")

    mb = sub.add_parser("members", help="members").add_subparsers(dest="sub", required=True)
    c = command(mb, "template", cmd_members_template, "write an empty import template")
    c.add_argument("file", type=Path)
    c = command(mb, "import", cmd_members_import, "bulk import from .csv or .xlsx")
    c.add_argument("file", type=Path)
    c.add_argument("--event", type=_uuid_arg)
    c.add_argument("--group")
    c.add_argument("--rejects", type=Path, help="write rows not imported to this CSV")
    c = command(mb, "kpj", cmd_members_kpj, "fill KPJ numbers from a BPJS spreadsheet")
    c.add_argument("file", type=Path)
    c = command(mb, "list", cmd_members_list, "list or search members")
    c.add_argument("--search")
    c.add_argument("--event", type=_uuid_arg)
    c.add_argument("--group")
    c.add_argument("--limit", type=int)
    c.add_argument("--full-nik", action="store_true",
                   help="full NIKs (supervisors; written in the audit trail)")

    c = command(sub, "slips", cmd_slips, "print membership slips to PDF")
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="NIK")
    who.add_argument("--event", type=_uuid_arg)
    who.add_argument("--group")
    c.add_argument("--format", required=True, choices=["card", "a4", "thermal80", "thermal58"])
    c.add_argument("--out", type=Path, required=True)

    sv = sub.add_parser("slip", help="slip checks").add_subparsers(dest="sub", required=True)
    c = command(sv, "verify", cmd_slip_verify, "check a slip's QR payload offline")
    c.add_argument("payload")

    ky = sub.add_parser("keys", help="device keys").add_subparsers(dest="sub", required=True)
    c = command(ky, "export", cmd_keys_export, "write this laptop's public key for the office")
    c.add_argument("--out", type=Path, required=True)
    c = command(ky, "import", cmd_keys_import, "trust another laptop's public key")
    c.add_argument("file", type=Path)
    c.add_argument("--office", action="store_true",
                   help="this is the office: encrypt batches to it, believe its acks")
    c.add_argument("--replace-office", action="store_true",
                   help="replace the office this laptop already trusts (compare both "
                   "fingerprints first)")

    bt = sub.add_parser("batch", help="batch files").add_subparsers(dest="sub", required=True)
    c = command(bt, "export", cmd_batch_export, "write a batch of everything not acknowledged")
    c.add_argument("--out", type=Path, required=True, help="folder (e.g. the USB stick)")
    c = command(bt, "verify", cmd_batch_verify, "check a batch file without importing it")
    c.add_argument("file", type=Path)
    c = command(bt, "import", cmd_batch_import, "merge a batch at the office; idempotent")
    c.add_argument("file", type=Path)
    c.add_argument("--trust-new-device", action="store_true",
                   help="pin the key of a laptop seen for the first time")
    c = command(bt, "ack", cmd_batch_ack, "acknowledgement file back to a laptop")
    c.add_argument("--device", type=_uuid_arg, required=True)
    c.add_argument("--out", type=Path, required=True)
    ak = sub.add_parser("ack", help="acknowledgements").add_subparsers(dest="sub",
                                                                       required=True)
    c = command(ak, "import", cmd_ack_import, "mark what the office holds")
    c.add_argument("file", type=Path)
    ex = sub.add_parser("export", help="exports").add_subparsers(dest="sub", required=True)
    c = command(ex, "bpjs", cmd_export_bpjs, "collective-registration workbook for BPJS")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--event", type=_uuid_arg)

    cf = sub.add_parser("config", help="configuration packages").add_subparsers(
        dest="sub", required=True)
    c = command(cf, "make", cmd_config_make, "sign a configuration package (at the office)")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--officers", action="store_true", help="this office's accounts")
    c.add_argument("--tariffs", type=Path, help="tariff rules JSON")
    c.add_argument("--occupations", type=Path, help="occupation list, one a line")
    c.add_argument("--consent-version")
    c.add_argument("--consent-text", type=Path)
    c.add_argument("--events", type=Path, help="planned events JSON list")
    c = command(cf, "import", cmd_config_import, "apply a signed package from the office")
    c.add_argument("file", type=Path)
    c.add_argument("--trust-office", action="store_true",
                   help="first package: trust the office key it carries")
    br = sub.add_parser("breach", help="lost laptop or stick").add_subparsers(
        dest="sub", required=True)
    command(br, "report", cmd_breach_report, "what this laptop held and exported")
    rt = sub.add_parser("retention", help="retention").add_subparsers(dest="sub",
                                                                      required=True)
    command(rt, "report", cmd_retention_report, "records past their retention date")

    bk = sub.add_parser("backup", help="backups").add_subparsers(dest="sub", required=True)
    command(bk, "now", cmd_backup_now, "back up the database now")
    command(bk, "list", cmd_backup_list, "backups and what each holds")
    c = command(bk, "restore", cmd_backup_restore,
                "put a backup in place of the database (the old file is kept)")
    c.add_argument("file", type=Path)

    c = command(sub, "report", cmd_report,
                "event closing report or period recap: counts and money (PDF/xlsx with --out)")
    c.add_argument("--event", type=_uuid_arg)
    c.add_argument("--from", dest="date_from", type=_date_arg, help="first day of a period")
    c.add_argument("--to", dest="date_to", type=_date_arg, help="last day of a period")
    c.add_argument("--out", type=Path, help="write the report as FILE.pdf or FILE.xlsx")

    ac = sub.add_parser("accounts", help="officer accounts (administrators)").add_subparsers(
        dest="sub", required=True)
    c = command(ac, "add", cmd_accounts_add,
                "add an account (password from LINDUNGI_NEW_PASSWORD, or asked)")
    c.add_argument("user")
    c.add_argument("--role", required=True, choices=list(accounts.ROLES))
    c.add_argument("--full-name")
    command(ac, "list", cmd_accounts_list, "accounts and field officers")
    c = command(ac, "disable", cmd_accounts_disable, "switch an account off")
    c.add_argument("user")
    c = command(ac, "password", cmd_accounts_password,
                "set a new password (LINDUNGI_NEW_PASSWORD, or asked); gives a field "
                "officer a sign-in here")
    c.add_argument("user")

    au = sub.add_parser("audit", help="audit trail").add_subparsers(dest="sub", required=True)
    command(au, "verify", cmd_audit_verify, "check the audit chain")

    c = command(sub, "demo", cmd_demo, "fill this data folder with generated demo data")
    c.add_argument("--members", type=int, default=2000)
    return p


def main(
    argv: list[str] | None = None,
    open_gui: Callable[[Path | None, str | None], int] | None = None,
) -> int:
    """Run one command; with none, hand over to `open_gui` (the desktop app)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.database_url = getattr(args, "database_url", None)
    as_json = getattr(args, "json", False)
    if not getattr(args, "func", None):
        if args.command:
            parser.parse_args([args.command, "--help"])
        if open_gui is None:
            parser.print_help()
            return 2
        return open_gui(args.data_dir, args.database_url)
    out = Output(as_json)
    try:
        return _run(args, out, sys.argv[1:] if argv is None else argv)
    finally:
        while _OPENED:
            _OPENED.pop().close()


def _run(args: argparse.Namespace, out: Output, argv: list[str]) -> int:
    """Run the command; map what went wrong to an exit code, in this one place: a refusal
    a person can act on is exit 1 with its reason, anything else is a bug (EXIT_BUG)."""
    try:
        args.func(args, out)
    except SystemExit as done:  # a check that ran and said "not valid"
        if isinstance(done.code, str):
            return _refuse(out, "refused", done.code)
        code = int(done.code or 0)
        if code and out.as_json and not out.emitted:
            _json_line({"error": "refused", "reason": "ditolak"})
        return code
    except Exception as exc:
        refusal = _refusal(exc, args)
        if refusal is None:
            return _bug(exc, args, out, argv)
        return _refuse(out, *refusal)
    return 0


def _refusal(exc: Exception, args: argparse.Namespace) -> tuple[str, str] | None:
    """(kind, reason) of a refusal a person can act on, or None for a bug."""
    from app.db import DB_FILENAME
    from app.services.crash import refusal
    from app.services.workspace import server_url

    db_file = None if server_url(args.database_url) else _data_folder(args) / DB_FILENAME
    return refusal(exc, db_file)


def _data_folder(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def _json_line(data: dict[str, str]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _refuse(out: Output, kind: str, reason: str) -> int:
    print(f"lindungi: {reason}", file=sys.stderr)
    if out.as_json and not out.emitted:
        _json_line({"error": kind, "reason": reason})
    return EXIT_REFUSED


def _bug(exc: Exception, args: argparse.Namespace, out: Output, argv: list[str]) -> int:
    from app.services import crash

    command = " ".join(str(x) for x in (args.command, getattr(args, "sub", None)) if x)
    folder = _data_folder(args)
    report = crash.write_report(exc, folder, f"lindungi {command}", crash.option_names(argv))
    where = str(report) if report else "tidak bisa ditulis"
    reason = ("kesalahan program, bukan kesalahan Anda; laporan kesalahan: "
              f"{where} (kirim berkas itu ke admin)")
    print(f"lindungi: {reason}", file=sys.stderr)
    if out.as_json and not out.emitted:
        sys.stdout.write(json.dumps({"error": "bug", "reason": reason,
                                     "crash_report": str(report) if report else None},
                                    ensure_ascii=False) + "\n")
    return EXIT_BUG
