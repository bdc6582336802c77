"""The main window: a header (program, officer, device, event), the pages an officer moves
between with Ctrl+1…9 (and Ctrl+0), the lock (Ctrl+L; app.ui.window_lock) and a change of
officer.

The window appears first, maximised, with a short "Menyiapkan data…" state, and receives
its pages once the data folder is open and the officer has signed in (`attach`). Its size
and state are kept per data folder in desk.ini. Nothing here imports the database layer
at module level, so the window is on screen before SQLAlchemy has even loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import desk_ini
from app.ui.screen import app_icon
from app.ui.window_lock import LockingWindow

if TYPE_CHECKING:
    import uuid

    from PySide6.QtGui import QCloseEvent

    from app.services.accounts import OfficerInfo
    from app.services.workspace import Workspace
    from app.ui.lock import IdleWatcher, LockCover, LockPanel

LOCK_KEY = "Ctrl+L"
#: how long closing waits for background work (a backup, a count) before refusing
CLOSE_WAIT_MS = 1_500


class MainWindow(LockingWindow):
    def __init__(self, workspace: Workspace | None = None,
                 officer: OfficerInfo | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lindungi — pendaftaran peserta BPU"))
        self.setWindowIcon(app_icon())
        self.resize(1180, 720)
        self.layout_folder: Path | None = None
        self.tabs: QTabWidget | None = None
        self.officer: OfficerInfo | None = None
        self.lock_panel: LockPanel | None = None
        self.lock_cover: LockCover | None = None
        self.idle: IdleWatcher | None = None
        self.role = "administrator"
        self._person_closes = False

        self.header = self._make_header()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._make_waiting())
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._make_menus()
        if workspace is not None:
            self.attach(workspace, officer)

    # -- frame: header, menus, layout -----------------------------------------------------
    def _make_waiting(self) -> QWidget:
        """"Menyiapkan data…" in the middle of the window, centred by stretches: before
        the first window is on screen nothing touches Qt's namespace (`Qt.…`), whose
        hundred enums cost about 20 ms to build (tests/test_import_time.py)."""
        waiting = QWidget(self)
        label = QLabel(self.tr("Menyiapkan data…"), waiting)
        label.setStyleSheet("font-size: 18px; color: #555")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(waiting)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return waiting

    def _make_header(self) -> QFrame:
        header = QFrame(self)
        header.setObjectName("header")
        header.setStyleSheet("#header { background: #0b5d3b; } "
                             "#header QLabel { color: white; }")
        icon = QLabel(header)
        icon.setPixmap(app_icon().pixmap(28, 28))
        name = QLabel(self.tr("Lindungi"), header)
        name.setStyleSheet("font-size: 17px; font-weight: 700")
        self.officer_label = QLabel(header)
        self.device_label = QLabel(header)
        self.event_label = QLabel(self.tr("Acara: —"), header)
        self.event_label.setStyleSheet("font-weight: 600")
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 4, 10, 4)
        row.setSpacing(8)
        row.addWidget(icon)
        row.addWidget(name)
        row.addSpacing(16)
        row.addWidget(self.event_label, 1)
        row.addWidget(self.officer_label)
        row.addSpacing(16)
        row.addWidget(self.device_label)
        return header

    def _make_menus(self) -> None:
        # shortcuts as one-item lists: setShortcut's overloads would build Qt's
        # namespace before the first window (see _make_waiting)
        bar = self.menuBar()
        desk = bar.addMenu(self.tr("&Meja"))
        self.lock_action = QAction(self.tr("&Kunci sekarang"), self)
        self.lock_action.setShortcuts([QKeySequence(LOCK_KEY)])
        self.lock_action.triggered.connect(lambda: self.lock("now"))
        self.lock_action.setEnabled(False)
        self.settings_action = QAction(self.tr("&Pengaturan…"), self)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_action.setEnabled(False)
        quit_action = QAction(self.tr("&Tutup Lindungi"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close_by_person)
        desk.addAction(self.lock_action)
        desk.addAction(self.settings_action)
        desk.addSeparator()
        desk.addAction(quit_action)
        self.pages_menu = bar.addMenu(self.tr("&Halaman"))
        help_menu = bar.addMenu(self.tr("&Bantuan"))
        self.about_action = QAction(self.tr("&Tentang Lindungi"), self)
        # no F1: on the registration form F1 shows the consent text (Alt+B, T opens this)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        settings = QPushButton(self.tr("Pengaturan (Ctrl+,)"), self)
        settings.setFlat(True)
        settings.clicked.connect(self.open_settings)
        # usable exactly when its menu entry is (not behind the lock, not before sign-in)
        settings.setEnabled(self.settings_action.isEnabled())
        self.settings_action.changed.connect(
            lambda: settings.setEnabled(self.settings_action.isEnabled()))
        self.statusBar().addPermanentWidget(settings)
        self.settings_button = settings

    def restore_layout(self, folder: Path) -> None:
        """The size and state the window had when it was last closed on this data folder;
        maximised the first time."""
        self.layout_folder = Path(folder)
        if desk_ini.restore_layout(self, folder):
            self.setWindowState(QtCore.Qt.WindowState.WindowMaximized)

    def show_as_left(self, folder: Path) -> None:
        """On screen with the size and state the window had when it was last closed on
        this data folder, maximised the first time: the program's first window. Shown
        maximised by showMaximized, not by a window state (see _make_waiting)."""
        self.layout_folder = Path(folder)
        if desk_ini.restore_layout(self, folder):
            self.showMaximized()
        else:
            self.show()

    def save_layout(self) -> None:
        if self.layout_folder is None or not self.layout_folder.exists():
            return
        desk_ini.save_layout(self, self.layout_folder)

    # -- pages ----------------------------------------------------------------------------
    def attach(self, workspace: Workspace, officer: OfficerInfo | None = None) -> None:
        """Build the pages over an open data folder, for the signed-in officer (again, for
        another officer: the previous pages go)."""
        from app.services import device
        from app.services.audit import Actor
        from app.ui.accounts_page import AccountsPage
        from app.ui.audit_page import AuditPage
        from app.ui.dashboard_page import DashboardPage
        from app.ui.event_page import EventPage
        from app.ui.groups_page import GroupsPage
        from app.ui.lock import IdleWatcher, LockPanel
        from app.ui.members_page import MembersPage
        from app.ui.print_page import PrintPage
        from app.ui.privacy_page import PrivacyPage
        from app.ui.registration_page import RegistrationPage
        from app.ui.sync_page import SyncPage

        self._detach()
        if self.layout_folder is None:
            self.restore_layout(Path(workspace.data_dir))
        self.workspace = workspace
        self.officer = officer
        self.actor = Actor(workspace.device_id, officer.id if officer else None)
        if officer is not None:
            desk_ini.hand_over_draft(Path(workspace.data_dir), officer.id)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)
        self.event_page = EventPage(workspace, self.actor, self,
                                    officer.full_name if officer else "")
        self.registration = RegistrationPage(workspace, self.actor, self)
        self.members_page = MembersPage(workspace, self.actor, self)
        self.groups_page = GroupsPage(workspace, self.actor, self)
        self.print_page = PrintPage(workspace, self.actor, self)
        self.sync_page = SyncPage(workspace, self.actor, self)
        self.dashboard = DashboardPage(workspace, self.actor, self)
        pages: list[tuple[QWidget, str]] = [
            (self.event_page, self.tr("Acara")),
            (self.registration, self.tr("Pendaftaran")),
            (self.members_page, self.tr("Peserta")),
            (self.groups_page, self.tr("Kelompok")),
            (self.print_page, self.tr("Cetak")),
            (self.sync_page, self.tr("Sinkron")),
            (self.dashboard, self.tr("Dasbor")),
        ]
        self.role = role = officer.role if officer else "administrator"
        if role in ("supervisor", "administrator"):
            self.audit_page = AuditPage(workspace, self.actor, self)
            self.privacy_page = PrivacyPage(workspace, self.actor, self)
            pages += [(self.audit_page, self.tr("Audit")),
                      (self.privacy_page, self.tr("Privasi"))]
        if role == "administrator":
            self.accounts_page = AccountsPage(workspace, self.actor, self)
            pages.append((self.accounts_page, self.tr("Akun")))
        tabs = self.tabs
        for i, (page, title) in enumerate(pages):
            key = QKeySequence(f"Ctrl+{(i + 1) % 10}")
            tabs.addTab(page, title)
            shown = key.toString(QKeySequence.SequenceFormat.NativeText)
            tabs.setTabToolTip(i, self.tr("%s (%s)") % (title, shown))
            action = QAction(f"{title}", self)
            action.setShortcut(key)
            action.triggered.connect(lambda _checked=False, i=i: self._go_to(i))
            self.pages_menu.addAction(action)
        self.stack.addWidget(tabs)
        self.stack.setCurrentWidget(tabs)
        if officer is not None:
            self.lock_panel = LockPanel(workspace, officer, self)
            self.lock_panel.unlocked.connect(self.unlock)
            self.lock_panel.switched.connect(self.switch_officer)
            self.stack.addWidget(self.lock_panel)
            with workspace.db.session() as s:
                minutes = device.idle_lock_minutes(s)
            self.idle = IdleWatcher(minutes, self)
            self.idle.idle.connect(lambda: self.lock("idle"))
        self.lock_action.setEnabled(officer is not None)
        self.settings_action.setEnabled(True)

        self.event_page.event_changed.connect(self._event_changed)
        self.registration.saved.connect(self._member_saved)
        self.registration.slip_made.connect(lambda _job: self.event_page.invalidate())
        self.registration.open_member.connect(self._open_member)
        self.members_page.changed.connect(self.event_page.invalidate)
        self.members_page.changed.connect(self.dashboard.invalidate)
        self.registration.slip_made.connect(lambda _job: self.dashboard.invalidate())
        tabs.currentChanged.connect(self._tab_changed)
        self._event_changed(self.event_page.current_event())
        if self.event_page.current_event() is not None:
            tabs.setCurrentWidget(self.registration)
            self.registration.form.nik.setFocus()
        self._show_officer(workspace, officer)

    def _detach(self) -> None:
        """Take down the pages of the previous officer (nothing of theirs stays)."""
        if self.tabs is not None:  # their background work (counts, lists) ends first
            QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        for widget in (self.tabs, self.lock_panel):
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
        self.tabs = None
        self.lock_panel = None
        for action in self.pages_menu.actions():
            self.pages_menu.removeAction(action)
            action.deleteLater()

    def _show_officer(self, workspace: Workspace, officer: OfficerInfo | None) -> None:
        from app.services import accounts, device
        from app.ui import labels

        with workspace.db.session() as s:
            device_name = device.local_device(s).name
        if officer is not None:
            role = labels.label(accounts.ROLES.get(officer.role, officer.role))
            self.officer_label.setText(self.tr("Petugas: %s (%s)") % (officer.full_name, role))
        else:
            self.officer_label.setText(self.tr("Petugas: tanpa akun"))
        self.device_label.setText(self.tr("Perangkat: %s") % device_name)
        who = officer.full_name if officer else self.tr("tanpa akun")
        self.statusBar().showMessage(self.tr("Petugas: %s · data: %s") % (
            who, workspace.location))

    def _go_to(self, index: int) -> None:
        if self.tabs is not None and not self.locked:
            self.tabs.setCurrentIndex(index)

    # -- a change of officer --------------------------------------------------------------
    def switch_officer(self, officer: OfficerInfo) -> None:
        """Another officer signed in on the lock panel: the window becomes theirs. What
        the previous officer had typed in the registration form is set aside as their own
        draft (back in the form when they sign in again), never shown to the next one."""
        from app.services import accounts, drafts

        previous = self.officer
        if previous is not None and officer.id == previous.id:
            self.unlock()
            return
        self.keep_draft()
        kept = previous is not None and drafts.set_aside(Path(self.workspace.data_dir),
                                                         previous.id)
        event = self.event_page.current_event()
        from app.services.audit import Actor

        with self.workspace.db.session() as s:
            accounts.record_switch(s, Actor(self.workspace.device_id, officer.id),
                                   previous.id if previous else None)
        self.attach(self.workspace, officer)
        if event is not None and self.event_page.current_event() != event:
            self.event_page.load_events(event)
        if kept and previous is not None:
            self.statusBar().showMessage(self.tr(
                "Isian pendaftaran %s yang belum disimpan disimpan sebagai drafnya; "
                "muncul lagi saat ia masuk kembali.") % previous.full_name, 15_000)

    # -- the rest -------------------------------------------------------------------------
    def _event_changed(self, event_id: uuid.UUID | None) -> None:
        self.registration.set_event(event_id)
        self.groups_page.event_id = event_id
        self.print_page.event_id = event_id
        self.dashboard.show_event(event_id)
        self._show_event(event_id)

    def _show_event(self, event_id: uuid.UUID | None) -> None:
        from app.services import events

        if event_id is None:
            self.event_label.setText(self.tr("Acara: belum dipilih"))
            return
        with self.workspace.db.session() as s:
            info = events.get_event(s, event_id)
        closed = "" if info.status == "open" else self.tr(" (ditutup)")
        self.event_label.setText(self.tr("Acara: %s, %s") % (info.name, f"{info.date:%d-%m-%Y}")
                                 + closed)

    def _member_saved(self, _member_id: uuid.UUID) -> None:
        self.event_page.invalidate()
        self.dashboard.invalidate()

    def open_settings(self) -> None:
        from app.services import device
        from app.ui.settings_dialog import SettingsDialog

        if self.tabs is None or self.locked:
            return
        dialog = SettingsDialog(self.workspace, self.actor, self)
        dialog.exec()
        self.dashboard.invalidate()
        with self.workspace.db.session() as s:
            minutes = device.idle_lock_minutes(s)
            fmt = device.default_slip_format(s)
        if self.idle is not None:
            self.idle.set_minutes(minutes)
        if dialog.result() == SettingsDialog.DialogCode.Accepted and dialog.format_changed:
            for combo in (self.print_page.format, self.registration.slip_format):
                combo.setCurrentIndex(max(combo.findData(fmt), 0))

    def show_about(self) -> None:
        from app.ui.dialogs import AboutDialog

        folder = self.workspace.data_dir if self.tabs is not None else self.layout_folder
        AboutDialog(folder, self).exec()

    def _open_member(self, member_id: uuid.UUID) -> None:
        self.members_page.open_member(member_id)

    def _tab_changed(self, index: int) -> None:
        assert self.tabs is not None
        page = self.tabs.widget(index)
        if page is self.members_page:
            self.members_page.reload_choices()
        elif page is self.event_page:
            self.event_page.refresh()
        elif page is self.registration:
            self.registration.form.nik.setFocus()

    def may_close(self) -> bool:
        """Background work finishes first; print jobs still waiting are said, with what
        becomes of them, and the officer decides."""
        from app.services import print_queue

        pool = QThreadPool.globalInstance()
        if pool.activeThreadCount() and not pool.waitForDone(CLOSE_WAIT_MS):
            QMessageBox.information(self, self.tr("Tutup Lindungi"), self.tr(
                "Lindungi masih menyelesaikan pekerjaan di latar belakang (mis. membuat "
                "cadangan). Tunggu sebentar, lalu tutup lagi."))
            return False
        if self.tabs is None:
            return True
        with self.workspace.db.session() as s:
            jobs = print_queue.waiting(s, self.workspace.data_dir)
        if not jobs:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Tutup Lindungi"), self.tr(
            "Masih ada %d pekerjaan cetak di antrean (%d slip) yang belum tercetak. "
            "Semuanya tetap tersimpan: saat Lindungi dibuka lagi, pekerjaan itu menunggu di "
            "tab Cetak dengan nomor slip yang sama, dan slipnya baru dihitung setelah "
            "kertasnya keluar. Tutup sekarang?") % (len(jobs), sum(j.slips for j in jobs)),
            QMessageBox.StandardButton.NoButton, self)
        close = box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(self.tr("Lihat antrean"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is close:
            return True
        if box.clickedButton() is show and not self.locked:
            self.tabs.setCurrentWidget(self.print_page)
        return False

    def close_by_person(self) -> bool:
        """Closing as a person does (Ctrl+Q; the window's close button is the same): with
        the questions of `may_close`. A close from the program itself (a start-up given
        up, the tests' clean-up) asks nothing."""
        self._person_closes = True
        try:
            return self.close()
        finally:
            self._person_closes = False

    def closeEvent(self, event: QCloseEvent) -> None:
        by_person = event.spontaneous() or self._person_closes
        if by_person and not self.may_close():
            event.ignore()
            return
        self.save_layout()
        if self.tabs is not None:
            self.keep_draft()
            if self.idle is not None:
                self.idle.stop()
        super().closeEvent(event)
