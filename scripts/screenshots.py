"""Screenshots of every page and dialog of the desk, as an officer's laptop shows them.

    python scripts/screenshots.py                 # 1366×768, into docs/screens/
    python scripts/screenshots.py --size 1280x720 --only registration
    python scripts/screenshots.py --language en

Starts its own X server (Xvfb) with a window manager (openbox), so the window is
maximised and decorated as on a laptop, opens a fresh demo folder (generated people
only) signed in as its administrator (who sees every page), and grabs the whole screen
for each page and each dialog. Every dialog is checked while it is shown: its buttons
must lie inside the screen's available area, or the script ends with an error naming it.

Needs `Xvfb` and `openbox` on PATH (Debian: apt-get install xvfb openbox).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":77"


def with_x_server(argv: list[str], size: str) -> int:
    """Run this script again inside a fresh Xvfb + openbox of the given size."""
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found: apt-get install xvfb openbox")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb", LINDUNGI_SHOTS_CHILD="1")
    env.pop("WAYLAND_DISPLAY", None)
    time.sleep(1.0)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        return subprocess.run([sys.executable, __file__, *argv], env=env, check=False).returncode
    finally:
        wm.terminate()
        xvfb.terminate()
        wm.wait()
        xvfb.wait()


class Shooter:
    def __init__(self, out: Path, prefix: str) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out = out
        self.prefix = prefix
        self.taken: list[Path] = []
        self.problems: list[str] = []

    def settle(self, seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()  # type: ignore[union-attr]
            time.sleep(0.02)

    def grab(self, name: str) -> Path:
        from PySide6.QtGui import QGuiApplication

        self.settle()
        screen = QGuiApplication.primaryScreen()
        path = self.out / f"{self.prefix}{name}.png"
        screen.grabWindow(0).save(str(path))
        self.taken.append(path)
        return path

    def check_fits(self, name: str, dialog: Any) -> None:
        """Every visible button of the dialog inside the screen's available area."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QAbstractButton

        area = dialog.screen().availableGeometry()
        frame = dialog.frameGeometry()
        if not area.contains(frame):
            self.problems.append(f"{name}: window {frame.getRect()} outside {area.getRect()}")
        for button in dialog.findChildren(QAbstractButton):
            if not button.isVisibleTo(dialog) or not button.text():
                continue
            top_left = button.mapToGlobal(QPoint(0, 0))
            rect = QRect(top_left, button.size())
            if not area.contains(rect):
                self.problems.append(f"{name}: button '{button.text()}' at {rect.getRect()} "
                                     f"outside {area.getRect()}")

    def dialog(self, name: str, make: Callable[[], Any]) -> None:
        dialog = make()
        dialog.open()
        self.settle(0.8)
        self.check_fits(name, dialog)
        self.grab(name)
        dialog.reject()
        dialog.deleteLater()
        self.settle(0.2)


def shoot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import accounts
    from app.services.audit import Actor
    from app.services.demo_seed import DEMO_ADMIN, DEMO_PASSWORD, seed_demo
    from app.services.workspace import Workspace
    from app.ui import i18n, screen
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # a widgets program: never a bare QCoreApplication
    app.setApplicationName("Lindungi")
    app.setWindowIcon(screen.app_icon())
    screen.install()  # as the program does: every dialog fitted to the screen
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="lindungi-shots-"))
    try:
        workspace = Workspace.open(folder / "data")
        seed_demo(workspace, args.members)
        if not i18n.install(args.language):
            raise SystemExit("translations missing: python scripts/update_translations.py")
        with workspace.db.session() as s:
            officer = accounts.authenticate(s, Actor(workspace.device_id), DEMO_ADMIN,
                                            DEMO_PASSWORD)
        suffix = "" if args.language == "id" else f"-{args.language}"
        shooter = Shooter(out, prefix="")
        window = MainWindow(workspace, officer)  # type: ignore[arg-type]
        window.showMaximized()
        shooter.settle(1.5)
        pages = window.tabs
        assert pages is not None
        for index in range(pages.count()):
            widget = pages.widget(index)
            slug = type(widget).__name__.removesuffix("Page").lower()
            if args.only and slug not in args.only:
                continue
            pages.setCurrentIndex(index)
            shooter.grab(f"page-{index + 1}-{slug}{args.tag}{suffix}")
        if not args.only:
            for name, make in dialogs(window, workspace):
                shooter.dialog(f"dialog-{name}{args.tag}{suffix}", make)
        QTimer.singleShot(0, window.close)
        shooter.settle(0.3)
        workspace.close()
        for path in shooter.taken:
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        for problem in shooter.problems:
            print("DOES NOT FIT:", problem, file=sys.stderr)
        return 1 if shooter.problems else 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def dialogs(window: Any, workspace: Any) -> list[tuple[str, Callable[[], Any]]]:
    """Each dialog as the desk opens it, with the demo folder's data."""
    from app import resources
    from app.services import (
        backup,
        events,
        groups,
        member_import,
        member_search,
        print_jobs,
        station,
    )
    from app.services.audit import Actor
    from app.services.sync import conflicts
    from app.services.workspace import Workspace
    from app.ui.accounts_page import OfficerDialog
    from app.ui.add_members_dialog import AddMembersDialog
    from app.ui.conflict_dialog import ConflictDialog
    from app.ui.consent_dialog import ConsentDialog
    from app.ui.dialogs import AboutDialog, LoginDialog, RestoreDialog, SetupDialog
    from app.ui.edit_member_dialog import EditMemberDialog
    from app.ui.event_page import CloseEventDialog, NewEventDialog
    from app.ui.import_result_dialog import ImportResultDialog
    from app.ui.key_dialogs import NewDeviceDialog, OfficeKeyDialog
    from app.ui.printing import PreviewDialog
    from app.ui.registration_page import SkipFieldsDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.void_dialog import VoidDialog

    actor = window.actor
    with workspace.db.session() as s:
        rows = member_search.list_members(s, limit=3)
        event = events.list_events(s)[0]
        summary = events.summarize(s, event.id, workspace.tariffs())
        key = station.own_key(s)
        found = conflicts.open_conflicts(s)
    member = rows[0]
    fresh = Workspace.open(Path(tempfile.mkdtemp(prefix="lindungi-setup-")))
    report = member_import.ImportReport(read=3, imported=2, rejected=1)
    report.rejects.append(member_import.Reject(
        row=3, columns=["nik"], reasons=["NIK harus 16 digit; yang diketik 15 digit."],
        cells=["357401210878000", "Contoh Nama"]))
    key_file = station.KeyFile({}, "Kantor BPJS Ketenagakerjaan Probolinggo",
                               key.fingerprint)
    if not found:
        found = _make_conflict(workspace, actor)
    backup.make_backup(workspace.data_dir, "layar")
    out: list[tuple[str, Callable[[], Any]]] = [
        ("setup", lambda: SetupDialog(fresh, window)),
        ("login", lambda: LoginDialog(workspace, window)),
        ("about", lambda: AboutDialog(workspace.data_dir, window)),
        ("settings", lambda: SettingsDialog(workspace, actor, window)),
        ("new-event", lambda: NewEventDialog(workspace, actor, window)),
        ("close-event", lambda: CloseEventDialog(summary, window)),
        ("consent", lambda: ConsentDialog(resources.consent_versions()[-1], window)),
        ("skip-fields", lambda: SkipFieldsDialog(window.registration.form, window)),
        ("member", lambda: EditMemberDialog(workspace, actor, member.id, window)),
        ("void", lambda: VoidDialog(member.name, workspace, window)),
        ("add-members", lambda: AddMembersDialog(
            workspace, lambda ids: groups.Joined(len(ids), 0), window)),
        ("import-result", lambda: ImportResultDialog(report, ["nik", "nama"], window)),
        ("print-preview", lambda: PreviewDialog(workspace, actor, print_jobs.draft_slips(
            workspace, Actor(workspace.device_id), [r.id for r in rows], "a4",
            "Slip peserta"), window)),
        ("office-key", lambda: OfficeKeyDialog(key_file, None, window)),
        ("new-device", lambda: NewDeviceDialog("Laptop Kecamatan Kademangan",
                                               key.fingerprint, "batch-00001.ldgb", window)),
        ("officer", lambda: OfficerDialog(window)),
    ]
    if found:
        out.append(("conflict", lambda: ConflictDialog(found[0], workspace, window)))
    backups = [b for b in backup.list_backups(workspace.data_dir) if b.sound]
    if backups:
        out.append(("restore", lambda: RestoreDialog(backups, window)))
    return out


def _make_conflict(office: Any, actor: Any) -> list[Any]:
    """Two laptops (generated people) register the same person; their batches reach this
    folder, which opens a NIK conflict as an office would."""
    from app import resources
    from app.services import (
        device,
        events,
        keys,
        member_cleaning,
        member_rules,
        members,
    )
    from app.services.audit import Actor
    from app.services.demo import PeopleFactory
    from app.services.sync import conflicts, export, merge
    from app.services.workspace import Workspace

    root = Path(tempfile.mkdtemp(prefix="lindungi-laptops-"))
    stick = root / "usb"
    stick.mkdir()
    with office.db.session() as s:
        office_key = keys.export_public_key(s)
    person = next(PeopleFactory(4242).people(1)).row()
    files = []
    for name, typed in (("Laptop Kademangan", person["nama"]),
                        ("Laptop Mayangan", person["nama"].upper())):
        ws = Workspace.open(root / name)
        with ws.db.session() as s:
            device.initialise(s, name, "35.74")
        laptop = Actor(ws.device_id)
        with ws.db.session() as s:
            keys.import_public_key(s, laptop, office_key, as_office=True)
            event = events.create_event(s, laptop, f"Sosialisasi {name}",
                                        dt.date.today(), "Balai Desa", "35.74.01").id
            rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(),
                                                  dt.date.today())
        clean, problems = member_cleaning.clean_member({**person, "nama": typed}, rules)
        assert clean is not None, problems
        with ws.db.session() as s:
            members.register(s, laptop, clean, event, "persetujuan-v1")
        files.append(export.export_batch(ws, laptop, stick).file)
        ws.close()
    for file in files:
        merge.import_file(office, actor, file, trust_new_device=True)
    with office.db.session() as s:
        return conflicts.open_conflicts(s)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screens"))
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="id", choices=["id", "en"])
    parser.add_argument("--only", nargs="*", default=[], help="page names, e.g. registration")
    parser.add_argument("--members", type=int, default=450)
    parser.add_argument("--tag", default="", help="added to each file name, e.g. -1280")
    args = parser.parse_args()
    if not os.environ.get("LINDUNGI_SHOTS_CHILD"):
        return with_x_server(sys.argv[1:], args.size)
    return shoot(args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
