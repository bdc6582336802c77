"""Starting the desktop program: the window first, then data folder, set-up, login, pages.

Only PySide6 is imported before the window is on screen; the database layer loads on
the first turn of the event loop, behind the window's "Menyiapkan data…" state.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.ui import i18n
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.accounts import OfficerInfo
    from app.services.workspace import Workspace

#: Asks who is working; returns the officer, or None when the person gave up.
Login = Callable[["Workspace", MainWindow], "OfficerInfo | None"]
#: Offered the backups of a damaged database; returns the one to restore, or None.
ChooseBackup = Callable[[list[Any], MainWindow], "Path | None"]


def interactive_login(workspace: Workspace, window: MainWindow) -> OfficerInfo | None:
    from app.ui.dialogs import LoginDialog

    dialog = LoginDialog(workspace, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.officer


def interactive_restore(backups: list[Any], window: MainWindow) -> Path | None:
    from app.ui.dialogs import RestoreDialog

    dialog = RestoreDialog(backups, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen


def open_data(window: MainWindow, data_dir: Path | None, login: Login,
              choose_backup: ChooseBackup = interactive_restore,
              database_url: str | None = None) -> bool:
    """Open the data folder (or the office's database server) into the shown window;
    False when the program should end."""
    from app.resources import default_data_dir
    from app.services import accounts, backup, device
    from app.services.workspace import Workspace, server_url
    from app.ui.dialogs import SetupDialog

    folder = Path(data_dir) if data_dir else default_data_dir()
    database_url = server_url(database_url)
    if database_url is None and not backup.is_readable(folder):
        offered = [b for b in backup.list_backups(folder) if b.sound]
        if not offered:
            QMessageBox.critical(window, "Lindungi", QCoreApplication.translate("MainWindow",
                "Database di %s rusak dan tidak ada cadangan yang utuh. Salin folder itu "
                "untuk kantor, lalu hubungi admin.") % folder)
            return False
        chosen = choose_backup(offered, window)
        if chosen is None:
            return False
        report = backup.restore(folder, chosen)
        QMessageBox.information(
            window, QCoreApplication.translate("MainWindow", "Database dipulihkan"),
            i18n.message(report.message()))
    try:
        workspace = Workspace.open(data_dir, database_url)
    except Exception as exc:  # busy, read-only, unreachable… shown; a bug goes on up
        from app.db import DB_FILENAME
        from app.services.crash import refusal

        found = refusal(exc, None if database_url else folder / DB_FILENAME)
        if found is None:
            raise
        QMessageBox.critical(window, "Lindungi", QCoreApplication.translate(
            "MainWindow", "Data tidak bisa dibuka: %s.") % found[1].rstrip("."))
        return False
    officer = None
    try:
        _ = workspace.device_id
    except device.NotInitialised:
        setup = SetupDialog(workspace, window)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return False
        officer = setup.officer  # the administrator it made, signed in by it
    with workspace.db.session() as s:
        needs_login = officer is None and accounts.has_accounts(s)
    if needs_login:
        officer = login(workspace, window)
        if officer is None:
            return False
    window.attach(workspace, officer)
    if workspace.on_server:  # the server checks and backs up its own pages
        return True
    from app.ui.workers import run_quietly

    def checked(sound: bool) -> None:
        if not sound:
            QMessageBox.warning(
                window, QCoreApplication.translate("MainWindow", "Database rusak"),
                QCoreApplication.translate("MainWindow",
                "Pemeriksaan menyeluruh menemukan kerusakan pada database. Simpan pekerjaan, "
                "tutup program, lalu buka lagi: program akan menawarkan cadangan terakhir."))
            return
        run_quietly(window, lambda: workspace.backup("mulai"), lambda _paths: None)

    # every page is read in the background; the start-up backup follows a clean check
    run_quietly(window, lambda: backup.deep_check(workspace.data_dir), checked)
    return True


def run_gui(data_dir: Path | None = None, login: Login = interactive_login,
            database_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Lindungi")
    app.setApplicationVersion(__version__)
    from app import resources
    from app.ui import i18n, screen

    app.setWindowIcon(screen.app_icon())
    folder = Path(data_dir) if data_dir else resources.default_data_dir()
    language = i18n.saved_language(folder)
    translated = i18n.install(language)
    if not translated:
        print(f"lindungi: terjemahan {language} tidak ditemukan di {i18n.qm_dir()}; "
              "memakai Bahasa Indonesia", file=sys.stderr)
    window = MainWindow()
    window.show_as_left(folder)
    handlers: list[Any] = []  # the crash handler, once the window is on screen

    def start() -> None:  # the first turn of the event loop: the window is on screen
        from app.ui import crash

        # a bug from here on: crash report, log, dialog, and the half-typed form kept
        handlers.append(crash.install(window, folder))
        screen.install()  # every dialog fits the screen, its buttons visible
        i18n.use_own_dialogs()
        if not translated:  # on screen too, not only on stderr
            QMessageBox.warning(window, "Lindungi", i18n.missing_notice(language))
        if not open_data(window, data_dir, login, database_url=database_url):
            window.close()
            app.quit()

    QTimer.singleShot(0, start)
    try:
        code = app.exec()
    finally:
        for handler in handlers:
            handler.uninstall()
    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        workspace.close()
    return int(code)


def self_check(ws: Workspace) -> list[str]:
    """For `lindungi --self-test`: the window with its pages and charts, in Indonesian
    and in English; raises SystemExit with the reason when something is missing."""
    from app.ui import i18n
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    done = []
    for language, first_tab in (("id", "Acara"), ("en", "Event")):
        if not i18n.install(language):
            raise SystemExit(f"self-test: translation {language} missing in {i18n.qm_dir()}")
        window = MainWindow(ws)
        window.tabs.setCurrentWidget(window.dashboard)  # type: ignore[union-attr]
        app.processEvents()
        shown = window.tabs.tabText(0)  # type: ignore[union-attr]
        if shown != first_tab:
            raise SystemExit(f"self-test: window in {language} shows {shown!r}")
        window.close()
        done.append(f"window {language}")
    i18n.uninstall()
    return done
