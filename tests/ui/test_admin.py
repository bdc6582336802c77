"""Officers, idle lock, audit viewer, privacy page — through the real widgets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry, Member
from app.services import accounts, member_search
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui.accounts_page import OfficerDialog
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.void_dialog import VoidDialog
from tests.helpers.desk import signed_in
from tests.helpers.fieldday import activate


def test_idle_lock_keeps_the_form(qtbot: QtBot, demo: Workspace) -> None:
    window = signed_in(qtbot, demo)
    assert window.idle is not None
    assert window.settings_button.isEnabled()
    window.idle.timer.setInterval(200)  # ten minutes, shortened for the test
    form = window.registration.form
    qtbot.keyClicks(form.nik, "3574015708050001")
    qtbot.keyClicks(form.nama, "Siti Belum Selesai")
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.stack.currentWidget() is window.lock_panel
    assert not window.settings_button.isEnabled()  # the settings wait behind the lock too
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.password, "bukan-sandinya")
    assert not panel.try_unlock() and window.locked
    qtbot.keyClicks(panel.password, "pasar-pagi-ramai")
    assert panel.try_unlock() and not window.locked
    assert window.settings_button.isEnabled()
    assert form.nik.text() == "3574015708050001"
    assert form.nama.text() == "Siti Belum Selesai"


def test_an_officer_sees_no_admin_pages(qtbot: QtBot, demo: Workspace) -> None:
    with demo.db.session() as s:
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
    with demo.db.session() as s:
        accounts.create_officer(s, Actor(demo.device_id, admin.id), "budi", "sandi-budi",
                                "officer")
    window = signed_in(qtbot, demo, "budi", "sandi-budi")
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]  # type: ignore[union-attr]
    assert not any(t.startswith(("Audit", "Privasi", "Akun")) for t in titles)
    admin_window = signed_in(qtbot, demo)
    titles = [admin_window.tabs.tabText(i)  # type: ignore[union-attr]
              for i in range(admin_window.tabs.count())]  # type: ignore[union-attr]
    assert [t for t in titles if t.startswith(("Audit", "Privasi", "Akun"))] == [
        "Audit", "Privasi", "Akun"]


def test_audit_viewer_lists_and_finds_a_changed_entry(qtbot: QtBot, demo: Workspace) -> None:
    window = signed_in(qtbot, demo)
    page = window.audit_page
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    assert page.model.rowCount() > 0
    assert page.model.index(0, 2).data() == "Masuk"  # newest first: this sign-in
    assert page.verify().valid and "utuh" in page.verdict.text()
    con = sqlite3.connect(demo.data_dir / "lindungi.sqlite")
    con.execute("UPDATE audit_entries SET details = '{}' WHERE seq = 2")
    con.commit()
    con.close()
    assert not page.verify().valid
    assert "RUSAK" in page.verdict.text() and "nomor 2" in page.verdict.text()
    page.action.setCurrentIndex(page.action.findData("member_import"))
    assert {page.model.index(r, 2).data() for r in range(page.model.rowCount())} == {
        "Peserta diimpor dari berkas"}


def test_administrator_adds_an_account(qtbot: QtBot, demo: Workspace) -> None:
    window = signed_in(qtbot, demo)
    page = window.accounts_page
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    before = page.model.rowCount()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OfficerDialog)
        qtbot.keyClicks(dialog.username, "sri")
        qtbot.keyClicks(dialog.full_name, "Sri Wahyuni")
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        qtbot.keyClicks(dialog.password, "sandi-sri-1")
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Akun baru
    assert page.model.rowCount() == before + 1
    with demo.db.session() as s:
        assert isinstance(accounts.authenticate(s, Actor(demo.device_id), "sri",
                                                "sandi-sri-1"), accounts.OfficerInfo)
    # Enter on a row opens it: the new account, switched off
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data() == "sri")
    activate(window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.setCurrentIndex(page.model.index(row, 0))
    opened: list[str] = []

    def switch_off() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, OfficerDialog)
        opened.append(dialog.full_name.text())
        dialog.active.setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, switch_off)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["Sri Wahyuni"]
    assert page.model.index(row, 4).data() == "nonaktif"


def test_privacy_page_reports_what_the_laptop_holds(qtbot: QtBot, demo: Workspace,
                                                    tmp_path: Path) -> None:
    window = signed_in(qtbot, demo)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.sync_page)
    window.sync_page.export_to(tmp_path)
    qtbot.waitUntil(lambda: window.sync_page.last_export is not None, timeout=20_000)
    page = window.privacy_page
    window.tabs.setCurrentWidget(page)
    assert "450" in page.summary.text() and "1 tanpa enkripsi" in page.summary.text()
    assert page.batches.rowCount() == 1 and page.batches.index(0, 3).data() == "TIDAK"
    page.save_report(tmp_path / "laporan.json")
    assert (tmp_path / "laporan.json").exists()


def test_opening_a_member_is_an_audited_reveal_and_erasure_needs_approval(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = signed_in(qtbot, demo)
    with demo.db.session() as s:
        target = member_search.list_members(s, limit=1)[0]
    dialog = EditMemberDialog(demo, window.actor, target.id, window)
    qtbot.addWidget(dialog)
    assert dialog.form.nik.text() == target.nik
    with demo.db.session() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "nik_reveal")).all()
    assert [r.entity_id for r in reveals] == [str(target.id)]

    def approve() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, VoidDialog)
        qtbot.keyClicks(box.reason, "permintaan peserta lewat surat")
        qtbot.keyClicks(box.approval_box.user, "admin")
        qtbot.keyClicks(box.approval_box.password, "pasar-pagi-ramai")
        box.accept()

    QTimer.singleShot(0, approve)
    dialog.ask_erase()
    with demo.db.session() as s:
        m = s.get(Member, target.id)
        assert m is not None and m.status == "erased" and m.name == ""
