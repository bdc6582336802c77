"""Event home: pick or create today's event, watch the counters, close with a summary."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes
from app.domain.errors import UserError
from app.domain.money import rupiah
from app.services import device, events, members
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.widgets import Counter, DateField, dialog_buttons, searchable_combo
from app.ui.workers import run_quietly


class NewEventDialog(QDialog):
    """A new event; its officers start as the one signed in (`officer_name`)."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None,
                 officer_name: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.created: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Acara baru"))
        with workspace.db.session() as s:
            home = device.local_device(s).region_code
        index = resources.regions()
        province = home.split(".")[0]
        districts = [c for c in index.names if c.startswith(province + ".") and c.count(".") == 2]
        districts.sort(key=lambda c: (not c.startswith(home[:5]), index.describe(c)))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("mis. Sosialisasi BPJS Ketenagakerjaan UMKM"))
        self.date = DateField(self)  # typed as digits; Tab leaves it in one press
        self.date.set_date(dt.date.today())
        self.date.setToolTip(self.tr("HH-BB-TTTT; F4: kalender"))
        self.venue = QLineEdit(self)
        self.district = searchable_combo(
            self, [(index.describe(c), c) for c in districts], self.tr("ketik nama kecamatan")
        )
        self.officers = QLineEdit(officer_name, self)
        self.officers.setPlaceholderText(self.tr("nama petugas, pisahkan dengan koma"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Nama acara"), self.name)
        form.addRow(self.tr("Tanggal"), self.date)
        form.addRow(self.tr("Tempat"), self.venue)
        form.addRow(self.tr("Kecamatan"), self.district)
        form.addRow(self.tr("Petugas"), self.officers)
        self.date.textChanged.connect(lambda _t: self._show_field_problem())
        self.district.validity_changed.connect(self._show_field_problem)
        buttons = dialog_buttons(self, self.tr("Buat acara"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show_field_problem(self) -> None:
        """A field's own problem shows while it is wrong and goes when it is right."""
        date_problem = self.date.problem() if self.date.hasAcceptableInput() else ""
        self.error.setText(date_problem or self.district.problem())

    def accept(self) -> None:
        day = self.date.date()
        if day is None:
            self.error.setText(self.date.problem() or self.tr("Isi tanggal acara."))
            self.date.setFocus()
            return
        if not self.district.commit() or not self.district.currentData():
            self.error.setText(self.district.problem() or self.tr("Pilih kecamatan tempat acara."))
            self.district.setFocus()
            return
        region = self.district.currentData()
        try:
            with self.workspace.db.session() as s:
                info = events.create_event(
                    s, self.actor, self.name.text(), day,
                    self.venue.text(), str(region),
                    "\n".join(p.strip() for p in self.officers.text().split(",") if p.strip()),
                )
        except UserError as exc:
            self.error.setText(i18n.message(exc).capitalize() + ".")
            return
        self.created = info.id
        super().accept()


class CloseEventDialog(QDialog):
    """The closing summary the officer confirms: counts per sector and payer, money."""

    def __init__(self, summary: events.EventSummary, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tutup acara — %s") % summary.event.name)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Sektor</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Peserta</b>"), self), 0, 1)
        row = 1
        for code, label in labels.items(codes.SECTORS):
            grid.addWidget(QLabel(label, self), row, 0)
            grid.addWidget(QLabel(str(summary.by_sector.get(code, 0)), self), row, 1)
            row += 1
        grid.addWidget(QLabel(self.tr("<b>Sumber iuran</b>"), self), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>Peserta</b>"), self), 0, 3)
        grid.addWidget(QLabel(self.tr("<b>Iuran bulan pertama</b>"), self), 0, 4)
        for i, (code, label) in enumerate(labels.items(codes.PAYERS), start=1):
            grid.addWidget(QLabel(label, self), i, 2)
            grid.addWidget(QLabel(str(summary.by_payer.get(code, 0)), self), i, 3)
            grid.addWidget(QLabel(rupiah(summary.monthly_by_payer.get(code, 0)), self), i, 4)
        totals = QLabel(
            self.tr("Peserta aktif: <b>%d</b> · dibatalkan: %d<br>"
                    "Iuran bulan pertama seluruhnya: <b>%s</b> (%s)") % (
                summary.members, summary.voided, rupiah(summary.monthly_total),
                i18n.amount_words(summary.monthly_total)), self)
        totals.setWordWrap(True)
        self.slip_text = QLabel(
            self.tr("Slip tercetak: <b>%d asli</b> dan %d salinan · %d peserta aktif sudah "
                    "punya slip, <b>%d belum</b> · %d slip menunggu di antrean cetak "
                    "(belum tercetak)") % (
                summary.slips, summary.copies, summary.with_slip, summary.without_slip,
                summary.queued), self)
        self.slip_text.setWordWrap(True)
        warning = QLabel(self.tr("Setelah ditutup, acara ini tidak menerima pendaftaran baru."),
                         self)
        buttons = dialog_buttons(self, self.tr("&Tutup acara"), self.tr("&Kembali"))
        back = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        back.setDefault(True)  # closing is the deliberate choice
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        keys = QLabel(self.tr("Alt+T: tutup acara · Enter atau Esc: kembali tanpa menutup"),
                      self)
        keys.setStyleSheet("color: #444")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(totals)
        layout.addWidget(self.slip_text)
        layout.addWidget(warning)
        layout.addWidget(keys)
        layout.addWidget(buttons)


class EventPage(QWidget):
    event_changed = Signal(object)  # event id or None

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None,
                 officer_name: str = "") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        #: the signed-in officer's name, the first of a new event's officers
        self.officer_name = officer_name
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(420)
        self.new_button = QPushButton(self.tr("Acara baru… (Ctrl+N)"), self)
        self.close_button = QPushButton(self.tr("Tutup acara…"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Acara:"), self))
        top.addWidget(self.combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.close_button)
        self.info = QLabel(self)
        self.info.setStyleSheet("color: #444; font-size: 14px")
        self.info.setWordWrap(True)

        self.registered = Counter(self.tr("Terdaftar"), self)
        self.slips = Counter(self.tr("Slip dicetak"), self)
        self.money = QLabel(self)
        self.money.setStyleSheet("font-size: 15px")
        self.money.setWordWrap(True)
        big = QHBoxLayout()
        big.addWidget(self.registered)
        big.addWidget(self.slips)
        self.by_sector = {code: Counter(label, self) for code, label
                          in labels.items(codes.SECTORS)}
        sectors = QHBoxLayout()
        for counter in self.by_sector.values():
            sectors.addWidget(counter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addLayout(big)
        layout.addLayout(sectors)
        layout.addWidget(self.money)
        layout.addStretch(1)

        self.combo.currentIndexChanged.connect(lambda _i: self._selected())
        self.new_button.clicked.connect(self.new_event)
        self.close_button.clicked.connect(self.close_event)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_event)
        self._stale = True
        self.load_events()

    def load_events(self, select: uuid.UUID | None = None) -> None:
        with self.workspace.db.session() as s:
            listed = events.list_events(s)
        today = dt.date.today()
        if select is None:
            chosen = next((e for e in listed if e.status == "open" and e.date == today), None)
            chosen = chosen or next((e for e in listed if e.status == "open"), None)
            chosen = chosen or (listed[0] if listed else None)
            select = chosen.id if chosen else None
        self.combo.blockSignals(True)
        self.combo.clear()
        for e in listed:
            state = self.tr("dibuka") if e.status == "open" else self.tr("ditutup")
            self.combo.addItem(f"{e.name} — {e.date:%d-%m-%Y} ({state})", e.id)
        self.combo.setCurrentIndex(max(self.combo.findData(select), 0) if select else -1)
        self.combo.blockSignals(False)
        self._selected()

    def current_event(self) -> uuid.UUID | None:
        data = self.combo.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def _selected(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
        self.event_changed.emit(self.current_event())

    def showEvent(self, event: QShowEvent) -> None:
        """Counters are summed when the page is seen, not at every start."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def invalidate(self) -> None:
        """Something changed: count again now if the page is seen, else when it is."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Sum the counters in the background (a large event takes a few hundred ms)."""
        self._stale = False
        event_id = self.current_event()
        if event_id is None:
            self.info.setText(self.tr("Belum ada acara. Buat acara hari ini dengan Ctrl+N."))
            self.close_button.setEnabled(False)
            return
        workspace = self.workspace

        def work() -> events.EventSummary:
            with workspace.db.session() as s:
                return events.summarize(s, event_id, workspace.tariffs())

        run_quietly(self, work, self._show_summary)

    def _show_summary(self, summary: events.EventSummary) -> None:
        if summary.event.id != self.current_event():
            return  # another event was chosen meanwhile
        info = summary.event
        self.close_button.setEnabled(info.status == "open")
        place = resources.regions().describe(info.region_code)
        self.info.setText(f"{info.date:%d-%m-%Y} · {info.venue} · {place}" if info.venue
                          else f"{info.date:%d-%m-%Y} · {place}")
        self.registered.set(summary.members)
        self.slips.set(summary.slips)
        for code, counter in self.by_sector.items():
            counter.set(summary.by_sector.get(code, 0))
        self.money.setText(self.tr("Iuran bulan pertama dari peserta acara ini: %s") %
                           rupiah(summary.monthly_total))

    def new_event(self) -> None:
        dialog = NewEventDialog(self.workspace, self.actor, self, self.officer_name)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:
            self.load_events(dialog.created)

    def close_event(self) -> None:
        event_id = self.current_event()
        if event_id is None:
            return
        with self.workspace.db.session() as s:
            summary = events.summarize(s, event_id, self.workspace.tariffs())
        if CloseEventDialog(summary, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.workspace.db.session() as s:
                events.close_event(s, self.actor, event_id, self.workspace.tariffs())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Tutup acara"), i18n.message(exc))
        else:
            workspace = self.workspace
            run_quietly(self, lambda: workspace.backup("tutup-acara"), lambda _p: None)
        self.load_events(event_id)

    def count(self) -> int:
        with self.workspace.db.session() as s:
            return members.count_members(s, self.current_event())
