"""The Sync page: a laptop exports to a stick, the office imports and reviews a conflict."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.services import device, keys, members
from app.services.member_changes import get_member
from app.services.workspace import Workspace
from app.ui.sync_page import ConflictDialog
from tests.services.test_sync import Laptop
from tests.ui.test_desk import open_window


def test_export_import_and_conflict_review(qtbot: QtBot, demo: Workspace,
                                           tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    laptop = open_window(qtbot, demo)
    laptop.tabs.setCurrentWidget(laptop.sync_page)
    assert "belum dipasang" in laptop.sync_page.status.text()
    laptop.sync_page.export_to(stick)
    qtbot.waitUntil(lambda: laptop.sync_page.last_export is not None, timeout=20_000)
    report = laptop.sync_page.last_export
    assert report is not None and report.counts["members"] == 450 and report.file.exists()
    laptop.tabs.setCurrentWidget(laptop.members_page)
    assert laptop.members_page.model.index(0, 5).data() == "dikirim (batch 1)"
    with demo.db.session() as s:
        first = members.list_members(s, limit=1)[0]
    laptop.close()

    office = Workspace.open(tmp_path / "kantor")
    with office.db.session() as s:
        device.initialise(s, "Kantor", "35.74")
    # a second laptop registered one of the same people
    second = Laptop(tmp_path, "Laptop Lain", None)
    with demo.db.session() as s:
        values = get_member(s, first.id).form_values()
    values.update(sektor="umkm", tanggal_lahir="")
    second.register([values])
    other_file = second.export(stick).file

    window = open_window(qtbot, office)
    page = window.sync_page
    window.tabs.setCurrentWidget(page)
    asked: list[str] = []
    imported = page.import_batch(report.file,
                                 confirm=lambda new: asked.append(new.fingerprint) or True)
    assert len(asked) == 1  # the new laptop's fingerprint was shown for confirmation
    assert imported is not None and imported.new >= 450 + 3  # members, event, groups, audit
    assert f"baru {imported.new}," in page.result.text()
    page.import_batch(other_file, confirm=lambda new: True)
    assert "konflik 1" in page.result.text()
    assert page.conflicts.rowCount() == 1
    info = page.conflicts.rows[0]
    dialog = ConflictDialog(info, office, page)
    qtbot.addWidget(dialog)
    merge = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Gabungkan pilihan")
    merge.click()
    assert dialog.resolution == "merge"
    page.resolve(info, dialog.resolution, dialog.choices(), "dicek lewat telepon")
    assert page.conflicts.rowCount() == 0
    with office.db.session() as s:
        assert keys.other_devices(s)[0][0] in ("Laptop Demo Kota Probolinggo", "Laptop Lain")
    path = tmp_path / "ack.json"
    assert (page.write_ack(report_device(report.file), path) or 0) >= 450


def report_device(batch: Path) -> object:
    from app.services.sync_format import open_batch

    return open_batch(batch).device_id
