"""Between laptops and the office: `keys`, `batch`, `ack`, `export bpjs` and `config`
packages."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.context import EXIT_OK, EXIT_REFUSED, Context, Refused, uuid_arg
from app.domain.messages import t

# ---- keys -------------------------------------------------------------------------------


def keys_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True)


def keys_export(ctx: Context) -> int:
    from app.services import keys
    from app.services.files import write_atomic

    out = ctx.args.out
    with ctx.workspace().db.session() as s:
        data = keys.key_file(s, ctx.actor)
    write_atomic(out, lambda fh: json.dump(data, fh, indent=2), "w", encoding="utf-8")
    ctx.out.emit({"file": str(out), "device_id": data["device_id"]},
                 lambda: f"Kunci publik perangkat ditulis: {out}")
    return EXIT_OK


def keys_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--office", action="store_true",
                   help="this is the office: encrypt batches to it, believe its acks")
    p.add_argument("--replace-office", action="store_true",
                   help="replace the office this laptop already trusts (compare both "
                   "fingerprints first)")


def keys_import(ctx: Context) -> int:
    from app.services import keys, station

    args = ctx.args
    data = station.read_key_file(args.file).data
    with ctx.workspace().db.session() as s:
        device_id = keys.import_public_key(s, ctx.actor, data, as_office=args.office,
                                           replace=args.replace_office)
    ctx.out.emit({"device_id": str(device_id), "office": args.office},
                 lambda: f"Kunci perangkat {data.get('name')} ({device_id}) dipercaya"
                 + (" sebagai kantor: batch dienkripsi untuknya." if args.office else "."))
    return EXIT_OK


# ---- batches and acknowledgements ----------------------------------------------------------


def batch_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="folder (e.g. the USB stick)")


def batch_export(ctx: Context) -> int:
    from app.services.sync import export

    report = export.export_batch(
        ctx.workspace(), ctx.actor, ctx.args.out,
        progress=lambda d, t: print(f"\r{d}/{t}", end="", file=sys.stderr, flush=True))
    print(file=sys.stderr)
    ctx.out.emit(report.as_dict(), lambda: f"Batch {report.sequence}: {report.summary()}"
                 + (" (terenkripsi)" if report.encrypted else "") + f" → {report.file}")
    return EXIT_OK


def batch_verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def batch_verify(ctx: Context) -> int:
    from app.services.sync import merge

    with ctx.workspace().db.session() as s:
        report = merge.verify_file(s, ctx.actor, ctx.args.file)
    ctx.out.emit(report.as_dict(), lambda: f"SAH: {report.records} catatan" if report.valid
                 else f"DITOLAK: {report.reason}")
    return EXIT_OK if report.valid else EXIT_REFUSED


def batch_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--trust-new-device", action="store_true",
                   help="pin the key of a laptop seen for the first time")


def batch_import(ctx: Context) -> int:
    from app.services.sync import merge

    args = ctx.args
    r = merge.import_file(ctx.workspace(), ctx.actor, args.file, args.trust_new_device)

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

    ctx.out.emit(r.as_dict(), human)
    return EXIT_OK


def batch_ack_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", type=uuid_arg, required=True)
    p.add_argument("--out", type=Path, required=True)


def batch_ack(ctx: Context) -> int:
    from app.services.sync import acks

    out = ctx.args.out
    with ctx.workspace().db.session() as s:
        count = acks.make_ack(s, ctx.actor, ctx.args.device, out)
    ctx.out.emit({"file": str(out), "acknowledged": count},
                 lambda: f"Tanda terima {count} catatan → {out}")
    return EXIT_OK


def ack_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def ack_import(ctx: Context) -> int:
    from app.services.sync import acks

    with ctx.workspace().db.session() as s:
        count = acks.import_ack(s, ctx.actor, ctx.args.file)
    ctx.out.emit({"acknowledged": count}, lambda: f"{count} catatan ditandai diterima kantor.")
    return EXIT_OK


# ---- exports and configuration packages -------------------------------------------------


def export_bpjs_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--event", type=uuid_arg)


def export_bpjs(ctx: Context) -> int:
    from app.services import bpjs

    out = ctx.args.out
    rows = bpjs.export_workbook(ctx.workspace(), ctx.actor, out, event_id=ctx.args.event)
    ctx.out.emit({"file": str(out), "rows": rows}, lambda: f"{rows} peserta → {out}")
    return EXIT_OK


def _text_file(path: Path) -> str:
    """A file that goes into a configuration package, read no further than a package may
    be long."""
    from app.services.config_package import PACKAGE_LIMIT
    from app.services.files import TooBig, read_bounded

    try:
        return read_bounded(path, PACKAGE_LIMIT, t(
            "{name} lebih dari {mb} MB: terlalu besar untuk paket konfigurasi",
            name=path.name, mb=PACKAGE_LIMIT // 1024**2)).decode("utf-8-sig")  # Notepad's BOM
    except TooBig:
        raise
    except UnicodeDecodeError as exc:
        raise Refused(f"{path.name} bukan teks UTF-8; simpan ulang sebagai UTF-8") from exc
    except OSError as exc:
        raise Refused(f"{path.name} tidak terbaca ({exc.strerror})") from exc


def _json_file(path: Path | None) -> Any:
    if path is None:
        return None
    from app.services.files import parse_json

    try:
        return parse_json(_text_file(path))
    except ValueError as exc:
        raise Refused(f"{path.name} bukan JSON yang terbaca ({exc})") from exc


def config_make_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--officers", action="store_true", help="this office's accounts")
    p.add_argument("--tariffs", type=Path, help="tariff rules JSON")
    p.add_argument("--occupations", type=Path, help="occupation list, one a line")
    p.add_argument("--consent-version")
    p.add_argument("--consent-text", type=Path)
    p.add_argument("--events", type=Path, help="planned events JSON list")


def config_make(ctx: Context) -> int:
    from app.services import config_package

    args = ctx.args
    content: dict[str, Any] = {}
    with ctx.workspace().db.session() as s:
        if args.officers:
            content["officers"] = config_package.officers_from_session(s)
        if args.tariffs:
            content["tariffs"] = _json_file(args.tariffs)
        if args.occupations:
            content["occupations"] = [line.strip() for line in _text_file(
                args.occupations).splitlines() if line.strip() and not line.startswith("#")]
        if args.consent_version:
            if not args.consent_text:
                raise Refused("--consent-text FILE wajib bersama --consent-version")
            content["consent"] = {"version": args.consent_version,
                                  "text": _text_file(args.consent_text)}
        if args.events:
            content["events"] = _json_file(args.events)
        number = config_package.make_package(s, ctx.actor, args.out, content)
    ctx.out.emit({"file": str(args.out), "parts": sorted(content), "sequence": number},
                 lambda: f"Paket konfigurasi nomor {number} ditulis: {args.out} "
                         f"({', '.join(sorted(content))})")
    return EXIT_OK


def config_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument("--trust-office", action="store_true",
                   help="first package: trust the office key it carries")


def config_import(ctx: Context) -> int:
    from app.services import config_package

    with ctx.workspace().db.session() as s:
        applied = config_package.import_package(s, ctx.actor, ctx.args.file,
                                                ctx.args.trust_office)
    ctx.out.emit(applied, lambda: "Paket konfigurasi diterapkan: " + ", ".join(
        f"{k} {v}" for k, v in applied.items()))
    return EXIT_OK
