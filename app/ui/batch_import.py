"""The office's batch import, as the Sync page does it: the files one after the other
off the GUI thread, a new laptop confirmed by its key fingerprint first, and for every
file a line in the list with its result and what to do next. SyncPage inherits it; its
texts are the Sync page's (context "SyncPage")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QTableView, QWidget

from app.services.audit import Actor
from app.services.sync import import_report, merge
from app.services.sync.format import open_batch
from app.services.workspace import Workspace
from app.ui import i18n, places
from app.ui.key_dialogs import NewDeviceDialog
from app.ui.sync_work import run_and_wait
from app.ui.table import ListModel

#: the texts here are the Sync page's: lupdate files translate("SyncPage", …) there
translate = QCoreApplication.translate


@dataclass
class FileOutcome:
    """One batch file's import as the office's list shows it."""

    file: str
    outcome: str
    todo: str
    ok: bool


class BatchImport(QWidget):
    """The office's side of the Sync page that imports batch files (the page builds the
    widgets named here and says how to reload itself)."""

    workspace: Workspace
    actor: Actor
    outcomes: ListModel[FileOutcome]
    outcome_table: QTableView
    result: QLabel
    device_combo: QComboBox
    reload: Callable[[], None]

    def _ask_import(self) -> None:
        self.import_files(places.ask_open_many(
            self, translate("SyncPage", "Impor batch"),
            translate("SyncPage", "Batch Lindungi (*.ldgb)")))

    def import_files(self, paths: list[Path]) -> list[import_report.ImportReport | None]:
        """Import the files one after the other; each gets its line in the list."""
        self.outcomes.set_rows([])
        return [self.import_batch(path, keep=True) for path in paths]

    def import_batch(self, path: Path, keep: bool = False
                     ) -> import_report.ImportReport | None:
        """Import one batch off the GUI thread. A new laptop's key fingerprint is shown
        for confirmation (the button imports it again, trusting the laptop); a refusal
        says why and what to do; nothing is silent."""
        if not keep:
            self.outcomes.set_rows([])
        ws, actor = self.workspace, self.actor
        trust = False
        while True:
            def work(progress: Any, cancelled: Any, trust: bool = trust) -> Any:
                def step(done: int, total: int) -> None:
                    progress(done, total)
                    if cancelled():  # between parts, inside the import's transaction:
                        raise _Cancelled  # leaving it rolls back every part merged so far

                try:
                    return merge.import_file(ws, actor, path, trust, step)
                except merge.NewDevice as unknown:  # a question, not a refusal
                    return unknown, _device_name(path)
                except _Cancelled:
                    return _Cancelled

            kind, value = run_and_wait(
                self, translate("SyncPage", "Impor batch %s") % path.name, work)
            if kind == "done" and isinstance(value, tuple):
                new, name = value
                if new.may_trust:
                    dialog = NewDeviceDialog(name, new.fingerprint, path.name, self)
                    if dialog.exec() == QDialog.DialogCode.Accepted:
                        trust = True
                        continue
                    todo = translate("SyncPage", "Cocokkan sidik jari %s dengan laptopnya, "
                                     "lalu impor lagi.") % new.fingerprint
                else:  # trusting a laptop's key is an administrator's (roles)
                    todo = translate("SyncPage", "Hanya Administrator yang boleh mempercayai "
                                     "laptop baru: minta Administrator kantor mengimpor batch "
                                     "ini setelah mencocokkan sidik jari %s dengan laptopnya."
                                     ) % new.fingerprint
                self._outcome(
                    path, translate("SyncPage", "Tidak diimpor: laptop baru belum dipercaya"),
                    todo, False)
                self.result.setText(
                    translate("SyncPage", "%s tidak diimpor; tidak ada yang diubah.")
                    % path.name)
                return None
            break
        if kind == "done" and value is _Cancelled:
            self._outcome(path, translate("SyncPage", "Impor dibatalkan; tidak ada yang diubah"),
                          translate("SyncPage", "Impor lagi bila sempat."), False)
            self.result.setText(
                translate("SyncPage", "%s: impor dibatalkan; tidak ada yang diubah.")
                % path.name)
            return None
        if kind == "refused":
            self._outcome(path, translate("SyncPage", "Ditolak: %s") % value, translate(
                "SyncPage",
                "Tidak ada yang diubah. Betulkan yang disebut alasannya; jika berkasnya "
                "rusak atau hilang, ekspor lagi dari laptop: ekspor berikutnya memuat "
                "semua yang belum diterima kantor."), False)
            self.result.setText(
                translate("SyncPage", "%s ditolak: %s. Tidak ada yang diubah.") % (
                    path.name, value))
            return None
        if kind == "bug":
            self._outcome(path, translate("SyncPage", "Kesalahan program"), value, False)
            self.result.setText(value)
            return None
        report: import_report.ImportReport = value
        self.reload()
        self.result.setText(self._describe(path, report))
        if report.already_imported:
            self._outcome(
                path, translate("SyncPage", "Sudah pernah diimpor; tidak ada yang berubah"),
                "-", True)
        else:
            self._outcome(path, translate("SyncPage", "Diterima: baru %d, diperbarui %d, sama %d, "
                                          "konflik %d") % (report.new, report.updated,
                                                            report.unchanged, report.conflicts),
                          self._todo(report), True)
        return report

    def _todo(self, report: import_report.ImportReport) -> str:
        todo = []
        if report.conflicts:
            todo.append(translate("SyncPage", "Tinjau konflik di bawah."))
        if report.restarts:
            todo.append(translate("SyncPage", "Baca catatan laptop dipulihkan di bawah."))
        if report.gaps:
            todo.append(
                translate("SyncPage", "Ada batch yang belum diterima: lihat di bawah."))
        return " ".join(todo) or "-"

    def _describe(self, path: Path, report: import_report.ImportReport) -> str:
        if report.already_imported:
            text = translate(
                "SyncPage", "%s sudah pernah diimpor; tidak ada yang berubah.") % path.name
        else:
            text = translate(
                "SyncPage", "%s: baru %d, diperbarui %d, sama %d, konflik %d.") % (
                path.name, report.new, report.updated, report.unchanged, report.conflicts)
        names = dict((device_id, name) for name, device_id in
                     ((self.device_combo.itemText(i), self.device_combo.itemData(i))
                      for i in range(self.device_combo.count())))
        for restart in report.restarts:
            text += "\n\n" + translate("SyncPage", "Laptop %s: %s") % (
                names.get(restart.device_id, str(restart.device_id)),
                i18n.message(restart.label()))
        for gap in report.gaps:
            text += "\n" + translate(
                "SyncPage", "Belum diterima dari %s: batch %s. Cari berkasnya di flashdisk; jika "
                "hilang, ekspor berikutnya dari laptop itu tetap memuat semua yang belum "
                "diterima kantor.") % (gap.device_name, gap.label)
        return text

    def _outcome(self, path: Path, outcome: str, todo: str, ok: bool) -> None:
        self.outcomes.add_rows([FileOutcome(path.name, outcome, todo, ok)])
        self.outcome_table.resizeRowsToContents()


class _Cancelled(Exception):
    """The person pressed Cancel while a batch was being imported."""


def _device_name(path: Path) -> str:
    """The name a batch gives its laptop (read again only for a new laptop's question)."""
    return str(open_batch(path).manifest.get("device", {}).get("name", ""))[:120]
