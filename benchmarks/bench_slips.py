"""1,000 card slips (numbers issued, payloads signed, PDF written, each sheet of ten
fronts followed by the sheet of their backs) next to a bare ReportLab loop drawing the
same strings and QR codes ten to a page (fronts only: the bare way has no backs).

    python -m benchmarks.bench_slips [--slips 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.services import member_search, slip_codes
from app.services.audit import Actor
from app.services.demo_seed import seed_demo
from app.services.pdf.slips import render_slips
from app.services.workspace import Workspace
from benchmarks.common import Row, median_seconds, print_table


def bare(cards: list[slip_codes.SlipData], target: Path) -> None:
    """The plainest way: Helvetica, drawString, ReportLab's own QR widget."""
    c = Canvas(str(target), pagesize=A4)
    for i, s in enumerate(cards):
        if i and i % 10 == 0:
            c.showPage()
        col, row = i % 2, (i % 10) // 2
        x, y = 19.4 * mm + col * 85.6 * mm, 13.5 * mm + (4 - row) * 54 * mm
        c.rect(x, y, 85.6 * mm, 54 * mm)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 3 * mm, y + 40 * mm, s.name)
        c.setFont("Helvetica", 6.5)
        for j, text in enumerate([s.nik_masked, s.kpj_number or "menunggu dari BPJS",
                                  "+".join(s.programs), s.group_name or "-",
                                  str(s.event_date), s.receipt_no]):
            c.drawString(x + 3 * mm, y + (35 - 4 * j) * mm, text)
        widget = QrCodeWidget(s.payload)
        b = widget.getBounds()
        size = 23 * mm
        d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]),
                                           0, 0])
        d.add(widget)
        renderPDF.draw(d, c, x + 61 * mm, y + 1.5 * mm)
    c.save()


def measure(count: int, repeat: int) -> list[Row]:
    args = argparse.Namespace(slips=count, repeat=repeat)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        seed = Workspace.open(base / "seed")
        seed_demo(seed, args.slips)
        seed.close()
        with Workspace.open(base / "seed").db.session() as s:
            ids = [r.id for r in member_search.list_members(s)][: args.slips]
        runs = iter(range(10_000))
        state: dict[str, object] = {}

        def setup() -> None:  # a fresh copy of the data folder: every slip is a first slip
            folder = base / f"run{next(runs)}"
            shutil.copytree(base / "seed", folder)
            state["ws"] = Workspace.open(folder)

        def ours() -> None:
            ws = state["ws"]
            assert isinstance(ws, Workspace)
            with ws.db.session() as s:
                issued, _ = slip_codes.issue_slips(s, Actor(ws.device_id), ids, "card",
                                                   ws.tariffs())
                pages = render_slips(issued, "card", ws.data_dir / "kartu.pdf")
            state["issued"] = issued
            assert pages == 2 * -(-args.slips // 10)  # a sheet of backs after each front

        t_ours = median_seconds(ours, args.repeat, setup)
        issued = state["issued"]
        assert isinstance(issued, list)
        t_bare = median_seconds(lambda: bare(issued, base / "bare.pdf"), args.repeat)
    return [Row(f"{args.slips:,} card slips to PDF (s)", t_ours, t_bare, "s", "≤ 1.5×",
                t_ours <= 1.5 * t_bare)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slips", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.slips, args.repeat), args.repeat)


if __name__ == "__main__":
    main()
