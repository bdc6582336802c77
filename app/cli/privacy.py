"""What a laptop holds and whether its trail is whole: `breach report`, `retention
report`, `audit verify`."""

from __future__ import annotations

from app.cli.context import EXIT_OK, EXIT_REFUSED, Context
from app.services import privacy
from app.services.audit import record
from app.services.audit import verify as verify_audit


def breach_report(ctx: Context) -> int:
    ws, actor = ctx.workspace(), ctx.actor
    with ws.db.session() as s:
        report = privacy.breach_report(s, actor, ws.data_dir)
        record(s, actor, "breach_report", "device", str(report.device.id))

    def human() -> str:
        db = report.database
        lines = [f"Perangkat {report.device.name} ({report.device.id})",
                 f"Peserta dengan data pribadi: {db.members_with_personal_data} "
                 f"(dengan no. HP: {db.members_with_phone}); belum diterima kantor: "
                 f"{report.not_yet_acknowledged_by_office}",
                 "Batch yang pernah diekspor:"]
        for b in report.batches_exported:
            lines.append(f"  {b.sequence:>4}  {b.created_at.isoformat()[:16]}  {b.records:>7} "
                         f"catatan  {'terenkripsi' if b.encrypted else 'TIDAK terenkripsi'}"
                         f"  {b.file}")
        lines.append(report.notice)
        return "\n".join(lines)

    ctx.out.emit(report.as_dict(), human)
    return EXIT_OK


def retention_report(ctx: Context) -> int:
    with ctx.workspace().db.session() as s:
        rows = privacy.past_retention(s)
        years = privacy.retention_years(s)
    ctx.out.emit({"retention_years": years, "records": rows},
                 lambda: f"{len(rows)} catatan melewati masa simpan {years} tahun.")
    return EXIT_OK


def audit_verify(ctx: Context) -> int:
    with ctx.workspace().db.session() as s:
        report = verify_audit(s)
    ctx.out.emit(
        report.as_dict(),
        lambda: f"Jejak audit utuh: {report.entries} entri." if report.valid
        else f"Jejak audit RUSAK di entri {report.first_bad}.",
    )
    return EXIT_OK if report.valid else EXIT_REFUSED
