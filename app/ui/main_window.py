"""The main window: the pages an officer moves between with Ctrl+1…9 (and Ctrl+0).

The window appears first, with a short "Menyiapkan data…" state, and receives its
pages once the data folder is open and the officer has signed in (`attach`). Nothing
here imports the database layer at module level, so the window is on screen before
SQLAlchemy has even loaded.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QTabWidget

if TYPE_CHECKING:
    from app.services.accounts import OfficerInfo
    from app.services.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None,
                 officer: OfficerInfo | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lindungi — pendaftaran peserta BPU"))
        self.resize(1180, 780)
        self.tabs: QTabWidget | None = None
        waiting = QLabel(self.tr("Menyiapkan data…"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setStyleSheet("font-size: 18px; color: #555")
        self.setCentralWidget(waiting)
        if workspace is not None:
            self.attach(workspace, officer)

    def attach(self, workspace: Workspace, officer: OfficerInfo | None = None) -> None:
        """Build the pages over an open data folder, for the signed-in officer."""
        from app.services import device
        from app.services.audit import Actor
        from app.ui.admin_pages import AccountsPage, AuditPage, PrivacyPage
        from app.ui.dashboard_page import DashboardPage
        from app.ui.event_page import EventPage
        from app.ui.groups_page import GroupsPage
        from app.ui.lock import DEFAULT_IDLE_MINUTES, IDLE_SETTING, IdleWatcher, LockPanel
        from app.ui.members_page import MembersPage
        from app.ui.printing import PrintPage
        from app.ui.registration_page import RegistrationPage
        from app.ui.sync_page import SyncPage

        self.workspace = workspace
        self.officer = officer
        self.actor = Actor(workspace.device_id, officer.id if officer else None)
        self.tabs = QTabWidget(self)
        self.event_page = EventPage(workspace, self.actor, self)
        self.registration = RegistrationPage(workspace, self.actor, self)
        self.members_page = MembersPage(workspace, self.actor, self)
        self.groups_page = GroupsPage(workspace, self.actor, self)
        self.print_page = PrintPage(workspace, self.actor, self)
        self.sync_page = SyncPage(workspace, self.actor, self)
        self.dashboard = DashboardPage(workspace, self.actor, self)
        self.tabs.addTab(self.event_page, self.tr("Acara (Ctrl+1)"))
        self.tabs.addTab(self.registration, self.tr("Pendaftaran (Ctrl+2)"))
        self.tabs.addTab(self.members_page, self.tr("Peserta (Ctrl+3)"))
        self.tabs.addTab(self.groups_page, self.tr("Kelompok (Ctrl+4)"))
        self.tabs.addTab(self.print_page, self.tr("Cetak (Ctrl+5)"))
        self.tabs.addTab(self.sync_page, self.tr("Sinkron (Ctrl+6)"))
        self.tabs.addTab(self.dashboard, self.tr("Dasbor (Ctrl+7)"))
        self.role = role = officer.role if officer else "administrator"
        if role in ("supervisor", "administrator"):
            self.audit_page = AuditPage(workspace, self.actor, self)
            self.privacy_page = PrivacyPage(workspace, self.actor, self)
            self.tabs.addTab(self.audit_page, self.tr("Audit (Ctrl+8)"))
            self.tabs.addTab(self.privacy_page, self.tr("Privasi (Ctrl+9)"))
        if role == "administrator":
            self.accounts_page = AccountsPage(workspace, self.actor, self)
            self.tabs.addTab(self.accounts_page, self.tr("Akun (Ctrl+0)"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.lock_panel: LockPanel | None = None
        self.idle: IdleWatcher | None = None
        if officer is not None:
            self.lock_panel = LockPanel(workspace, officer, self)
            self.lock_panel.unlocked.connect(self.unlock)
            self.stack.addWidget(self.lock_panel)
            with workspace.db.session() as s:
                raw = device.get_setting(s, IDLE_SETTING)
            try:
                minutes = float(raw) if raw else DEFAULT_IDLE_MINUTES
            except ValueError:
                minutes = DEFAULT_IDLE_MINUTES
            self.idle = IdleWatcher(minutes, self)
            self.idle.idle.connect(self.lock)
        tabs = self.tabs
        for i in range(min(tabs.count(), 10)):
            QShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"), self,
                      lambda i=i: tabs.setCurrentIndex(i))
        QShortcut(QKeySequence("Ctrl+,"), self, self.open_settings)
        settings = QPushButton(self.tr("Pengaturan (Ctrl+,)"), self)
        settings.setFlat(True)
        settings.clicked.connect(self.open_settings)
        self.statusBar().addPermanentWidget(settings)

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

        who = officer.full_name if officer else self.tr("tanpa akun")
        self.statusBar().showMessage(self.tr("Petugas: %s · data: %s") % (
            who, workspace.location))

    @property
    def locked(self) -> bool:
        return self.lock_panel is not None and self.stack.currentWidget() is self.lock_panel

    def lock(self) -> None:
        """Hide the pages (kept as they are) behind the password prompt."""
        if self.lock_panel is None or self.locked:
            return
        self.keep_draft()
        self.stack.setCurrentWidget(self.lock_panel)
        self.lock_panel.password.setFocus()

    def unlock(self) -> None:
        assert self.tabs is not None
        self.stack.setCurrentWidget(self.tabs)
        if self.idle is not None:
            self.idle.timer.start()

    def _event_changed(self, event_id: uuid.UUID | None) -> None:
        self.registration.set_event(event_id)
        self.groups_page.event_id = event_id
        self.print_page.event_id = event_id
        self.dashboard.show_event(event_id)

    def _member_saved(self, _member_id: uuid.UUID) -> None:
        self.event_page.invalidate()
        self.dashboard.invalidate()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        if self.tabs is None or self.locked:
            return
        SettingsDialog(self.workspace, self.actor, self.role in ("supervisor", "administrator"),
                       self).exec()
        self.dashboard.invalidate()

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

    def keep_draft(self) -> None:
        """Write the half-typed registration to disk now (closing, locking, a crash)."""
        if self.tabs is not None:
            self.registration.flush_draft()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tabs is not None:
            self.keep_draft()
            if self.idle is not None:
                self.idle.stop()
        super().closeEvent(event)
