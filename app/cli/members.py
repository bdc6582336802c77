"""`lindungi members …`: the import template, bulk import, KPJ numbers, the list.

The services load inside each command, not with this module: the parser imports it to
declare the arguments, and an import starts checking its file (import_file_ahead) before
the database layer has loaded."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli.context import EXIT_OK, Context, uuid_arg


def template_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def template(ctx: Context) -> int:
    from app.services import member_import

    member_import.write_template(ctx.args.file)
    ctx.out.emit({"file": str(ctx.args.file)}, lambda: f"Templat ditulis: {ctx.args.file}")
    return EXIT_OK


def import_file_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--event", type=uuid_arg)
    p.add_argument("--group")
    p.add_argument("--rejects", type=Path, help="write rows not imported to this CSV")


def import_file_ahead(ctx: Context) -> None:
    """Before signing in: the file's structure, and its rows' first checks for today, in
    a second process meanwhile."""
    from app.services.tabular import ahead

    ctx.ahead = ahead.start(ctx.args.file, dt.date.today())


def import_file(ctx: Context) -> int:
    from app.services import device, events, groups, member_import

    args, actor, ws = ctx.args, ctx.actor, ctx.workspace()
    # the day the second process checks the rows for, if it started
    today = ctx.ahead.on if ctx.ahead is not None and ctx.ahead.on else dt.date.today()
    checked = ctx.ahead.checked() if ctx.ahead is not None else None
    prepared = member_import.prepare(args.file, checked)  # a refused file writes nothing
    if ctx.ahead is not None and not prepared.checked_ahead:
        ctx.ahead.close()  # it checked other bytes: its rows are not wanted
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

    try:
        report = member_import.run_import(
            ws.db, actor, prepared, event_id, consent, ws.tariffs(), group_id,
            args.rejects, today, progress=progress,
            elsewhere=ctx.ahead,
        )
    finally:
        print(file=sys.stderr)  # the progress line ends before a refusal is said

    def human() -> str:
        text = (f"Dibaca {report.read}, diimpor {report.imported}, ditolak {report.rejected}, "
                f"NIK ganda {report.duplicates}.")
        if report.rejects_file:
            text += f"\nBaris yang tidak diimpor: {report.rejects_file}"
        elif report.rejects_problem:
            text += ("\nDaftar baris yang tidak diimpor tidak tertulis (yang lain sudah "
                     f"tersimpan): {report.rejects_problem}")
        elif report.rejects:
            text += "\n" + "\n".join(
                f"  baris {r.row}: {'; '.join(r.reasons)}" for r in report.rejects[:20]
            )
            if len(report.rejects) > 20:
                text += "\n  … pakai --rejects FILE.csv untuk daftar lengkap"
        return text

    ctx.out.emit(report.as_dict(), human)
    return EXIT_OK


def kpj_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def kpj(ctx: Context) -> int:
    from app.services import bpjs

    report = bpjs.import_kpj(ctx.workspace(), ctx.actor, ctx.args.file)
    ctx.out.emit(report.as_dict(), lambda: (
        f"KPJ diisi {report.updated}, sudah sama {report.unchanged}, tidak cocok "
        f"{len(report.unmatched)}." + "".join(
            f"\n  baris {u['row']}: {u['reason']}" for u in report.unmatched[:30])))
    return EXIT_OK


def list_members_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search")
    p.add_argument("--event", type=uuid_arg)
    p.add_argument("--group")
    p.add_argument("--limit", type=int)
    p.add_argument("--full-nik", action="store_true",
                   help="full NIKs (supervisors; written in the audit trail)")


def list_members(ctx: Context) -> int:
    """NIKs are masked on screen; with --json, full NIKs only with --full-nik (a
    supervisor, one `nik_reveal` audit entry) or on a laptop without accounts."""
    from app.domain import codes, nik
    from app.services import groups, privacy

    args = ctx.args
    with ctx.workspace().db.session() as s:
        group_id = groups.find_group(s, args.group) if args.group else None
        full = args.full_nik or (ctx.out.as_json and privacy.full_nik_by_default(s))
        rows = privacy.list_members(s, ctx.actor, full, args.search, args.event, group_id,
                                    args.limit)
    ctx.out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(
            f"{nik.mask(r.nik)}  {codes.MEMBER_STATUSES[r.status]:10}  {r.name}"
            for r in rows
        ) or "Tidak ada peserta yang cocok.",
    )
    return EXIT_OK
