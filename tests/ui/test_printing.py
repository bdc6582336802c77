"""Preview, printing and the print queue, through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Member, Slip
from app.services import member_search, print_jobs
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from app.ui import printing as ui_printing
from app.ui.printing import PreviewDialog, print_pdf
from tests.helpers.desk import open_window


@pytest.fixture(autouse=True)
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hall has no printer (and a test machine must never print)."""
    monkeypatch.setattr(ui_printing, "default_printer", lambda: None)


def count(ws: Workspace, model: type) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def fill_form(window: object, seed: int) -> None:
    form = window.registration.form  # type: ignore[attr-defined]
    person = next(PeopleFactory(seed).people(1))
    form.nik.setText(person.nik)
    form.nama.setText(person.name)
    form.sektor.setCurrentIndex(form.sektor.findData("umkm"))
    form.persetujuan.setChecked(True)


def test_save_and_print_queues_one_slip_across_a_restart_and_counts_none_yet(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    members_before, slips_before = count(demo, Member), count(demo, Slip)
    fill_form(window, 501)
    with qtbot.waitSignal(window.registration.slip_made):
        window.registration.print_button.click()
    assert count(demo, Member) == members_before + 1
    assert count(demo, Slip) == slips_before  # no paper came out: nothing issued yet
    from app.services import print_queue

    with demo.db.session() as s:
        assert len(print_queue.pending_slips(s)) == 1  # its number waits on the queue
    assert "antrean cetak" in window.registration.message.text()
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.print_page)
    assert [j.slips for j in window.print_page.queued()] == [1]
    window.close()

    again = open_window(qtbot, demo)  # the program restarted
    assert again.tabs is not None
    again.tabs.setCurrentWidget(again.print_page)
    queued = again.print_page.queued()
    assert len(queued) == 1 and queued[0].slips == 1 and queued[0].path.exists()
    assert again.print_page.model.rowCount() == 1


def test_preview_shows_the_pdf(qtbot: QtBot, demo: Workspace) -> None:
    actor = Actor(demo.device_id)
    with demo.db.session() as s:
        ids = [r.id for r in member_search.list_members(s, limit=12)]
    job, _ = print_jobs.slips_to_queue(demo, actor, ids, "card", "Slip uji")
    dialog = PreviewDialog(demo, actor, job)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_error == QPdfDocument.Error.None_
    assert dialog.view.document() is dialog.document
    assert dialog.document.status() == QPdfDocument.Status.Ready
    # two sheets of cards, each followed by the sheet of their backs
    assert dialog.document.pageCount() == 4 == job.pages
    text = dialog.document.getAllText(0).text()
    with demo.db.session() as s:
        first = s.get(Member, ids[0])
        assert first is not None
        assert first.name in " ".join(text.split())
    back = " ".join(dialog.document.getAllText(1).text().split())
    assert first.name not in back
    assert back.count("Jaminan Kematian (JKM)") == 10 and "empat puluh dua juta rupiah" in back


def test_printing_sends_every_page_and_empties_the_queue(qtbot: QtBot, demo: Workspace,
                                                        tmp_path: Path) -> None:
    actor = Actor(demo.device_id)
    with demo.db.session() as s:
        ids = [r.id for r in member_search.list_members(s, limit=3)]
    job, _ = print_jobs.slips_to_queue(demo, actor, ids, "thermal58", "Struk uji")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "dicetak.pdf"))
    assert ui_printing.print_job(demo, actor, job, printer)
    printed = PdfReader(tmp_path / "dicetak.pdf")
    assert len(printed.pages) == 3
    width_mm = float(printed.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 58) < 1  # the roll width, not A4
    from app.services import print_queue

    with demo.db.session() as s:
        assert print_queue.waiting(s, demo.data_dir) == []


def test_print_pdf_refuses_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 half a file")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    with pytest.raises(ui_printing.PrintError, match="tidak terbaca"):
        print_pdf(broken, printer)


def test_voided_member_gets_no_slip_from_the_event_print(qtbot: QtBot, demo: Workspace) -> None:
    actor = Actor(demo.device_id)
    from app.services import accounts, member_changes

    with demo.db.session() as s:
        ids = [r.id for r in member_search.list_members(s, limit=2)]
        approval = accounts.approve(s, actor, "admin", "pasar-pagi-ramai")
        assert isinstance(approval, accounts.Approval)
        member_changes.void_member(s, actor, ids[0], "salah input oleh petugas", approval)
    job, refused = print_jobs.slips_to_queue(demo, actor, ids, "a4", "Dua orang")
    assert job.slips == 1 and len(refused) == 1
