"""Dashboard: today, an event or a period at a glance, with charts that follow the desk.

Every number comes from app.services.reports (`collect`, `coverage`); this page only
chooses the scope, draws, and saves the same recap as PDF or xlsx.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.money import rupiah
from app.services import events, report_files, reports, roles
from app.services.audit import Actor
from app.services.tabular.table import count_text
from app.services.workspace import Workspace
from app.ui import i18n, labels, places
from app.ui.widgets import Counter
from app.ui.workers import run_quietly, run_task

GREEN = QColor("#0b5d3b")
TOP = 6  # bars shown for districts and groups (the biggest)


def round_axis(top: float, most: int = 5) -> tuple[float, int]:
    """The axis end and tick count for values up to `top`: a round step (1, 2, 2.5 or 5
    times a power of ten) taken at most `most` times, so that the axis reads
    0/250/500/750/1000 rather than 0/264/528/792/1056."""
    if top <= 0:
        return 1.0, 2
    raw = top / most
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if step < 1:
        step = 1.0  # people and rupiah come whole
    steps = math.ceil(top / step - 1e-9)
    return steps * step, steps + 1


def _unique(labels: list[str]) -> list[str]:
    """A category axis needs distinct names (two districts may share one)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


class ChartBox(QChartView):
    """One bar chart; `show_lines` replaces its bars."""

    def __init__(self, title: str, horizontal: bool = False, parent: Any = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)  # two rows fit a 1366×768 laptop (app.ui.main_window)
        self.horizontal = horizontal
        self.values: list[tuple[str, float]] = []

    def show_lines(self, values: list[tuple[str, float]], money: bool = False) -> None:
        self.values = values
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        top = max([v for _label, v in values] or [0.0])
        # rupiah read in thousands or millions on the axis: "0 / 50 / 100 juta Rp"
        unit = 1.0 if not money else 1_000_000.0 if top >= 1_000_000 else 1_000.0
        bars = QBarSet(self.tr("Jumlah"))
        bars.setColor(GREEN)
        bars.append([float(v) / unit for _label, v in values])
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(not money)  # rupiah do not fit on a bar; the axis says
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        font = categories.labelsFont()
        font.setPointSizeF(max(6.5, font.pointSizeF() - 1))
        categories.setLabelsFont(font)
        categories.append(_unique([label[:24] for label, _v in values]) or ["-"])
        numbers = QValueAxis()
        # room above the highest bar for its number, then a round end
        end, ticks = round_axis(top / unit * (1.0 if money else 1.1))
        numbers.setRange(0, end)
        numbers.setLabelFormat("%.0f")
        numbers.setTickCount(ticks)
        if money:
            numbers.setTitleText(self.tr("juta Rp") if unit > 1_000 else self.tr("ribu Rp"))
            self.setToolTip(self.tr("tertinggi %s") % rupiah(int(top)))
        first, second = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if not self.horizontal:
            first, second = second, first
        chart.addAxis(categories, first)
        chart.addAxis(numbers, second)
        series.attachAxis(categories)
        series.attachAxis(numbers)


class DashboardPage(QWidget):
    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.recap: reports.Recap | None = None
        self._stale = True

        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Hari ini"), "today")
        self.scope.addItem(self.tr("Acara"), "event")
        self.scope.addItem(self.tr("Periode"), "period")
        self.scope.addItem(self.tr("Semua pendaftaran"), "all")
        self.event_choice = QComboBox(self)
        self.event_choice.setMinimumWidth(280)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.until = QLabel(self.tr("s.d."), self)
        refresh = QPushButton(self.tr("Muat ulang (F5)"), self)
        refresh.clicked.connect(self.refresh)
        self.save_pdf = QPushButton(self.tr("Simpan laporan PDF…"), self)
        self.save_pdf.clicked.connect(lambda: self.save_report("pdf"))
        self.save_xlsx = QPushButton(self.tr("Simpan laporan Excel…"), self)
        self.save_xlsx.clicked.connect(lambda: self.save_report("xlsx"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tampilkan:"), self))
        for w in (self.scope, self.event_choice, self.date_from, self.until, self.date_to):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (refresh, self.save_pdf, self.save_xlsx):
            bar.addWidget(button)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600")
        self.members = Counter(self.tr("peserta aktif"), self)
        self.monthly = Counter(self.tr("iuran bulan pertama"), self)
        self.money = Counter(self.tr("iuran untuk periode bayar"), self)
        self.slips = Counter(self.tr("slip dicetak"), self)
        self.voided = Counter(self.tr("dibatalkan"), self)
        counters = QHBoxLayout()
        for c in (self.members, self.monthly, self.money, self.slips, self.voided):
            counters.addWidget(c)

        self.coverage_bar = QProgressBar(self)
        self.coverage_bar.setRange(0, 1000)
        self.coverage_bar.setTextVisible(True)
        self.coverage_text = QLabel(self)
        self.coverage_text.setWordWrap(True)
        coverage = QHBoxLayout()
        coverage.addWidget(QLabel(self.tr("Cakupan kabupaten/kota:"), self))
        coverage.addWidget(self.coverage_bar, 1)
        coverage.addWidget(self.coverage_text, 2)

        self.by_sector = ChartBox(self.tr("Peserta per sektor"), parent=self)
        self.by_payer = ChartBox(self.tr("Peserta per pembayar iuran"), parent=self)
        self.by_district = ChartBox(self.tr("Kecamatan terbanyak"), True, self)
        self.by_group = ChartBox(self.tr("Kelompok terbanyak"), True, self)
        self.by_month = ChartBox(self.tr("Iuran per bulan pendaftaran (Rp)"), parent=self)
        self.by_year = ChartBox(self.tr("Iuran per tahun pendaftaran (Rp)"), parent=self)
        grid = QGridLayout()
        charts = (self.by_sector, self.by_payer, self.by_month, self.by_district,
                  self.by_group, self.by_year)
        for i, chart in enumerate(charts):
            grid.addWidget(chart, i // 3, i % 3)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addLayout(counters)
        layout.addLayout(coverage)
        layout.addLayout(grid, 1)

        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.event_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._scope_changed()

    # --- scope ------------------------------------------------------------------------

    def load_events(self, select: uuid.UUID | None = None) -> None:
        with self.workspace.db.session() as s:
            rows = events.list_events(s)
        current = select or self.event_choice.currentData()
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        for e in rows:
            self.event_choice.addItem(f"{e.date:%d-%m-%Y} · {e.name}", e.id)
        index = self.event_choice.findData(current) if current else 0
        self.event_choice.setCurrentIndex(max(index, 0))
        self.event_choice.blockSignals(False)

    def _scope_changed(self) -> None:
        kind = self.scope.currentData()
        self.event_choice.setVisible(kind == "event")
        for w in (self.date_from, self.until, self.date_to):
            w.setVisible(kind == "period")
        if kind == "event" and self.event_choice.count() == 0:
            self.load_events()
        self.refresh()

    def current_scope(self) -> reports.Scope:
        kind = self.scope.currentData()
        if kind == "today":
            return reports.Scope.day(dt.date.today())
        if kind == "event":
            event_id = self.event_choice.currentData()
            if event_id is None:
                raise UserError(self.tr("belum ada acara untuk ditampilkan"))
            return reports.Scope(event_id=event_id)
        if kind == "period":
            return reports.Scope(date_from=self.date_from.date().toPython(),  # type: ignore[arg-type]
                                 date_to=self.date_to.date().toPython())  # type: ignore[arg-type]
        return reports.Scope()

    def show_event(self, event_id: uuid.UUID | None) -> None:
        """The desk's current event (shown when 'Acara' is chosen)."""
        self.load_events(event_id)

    # --- numbers ----------------------------------------------------------------------

    def invalidate(self) -> None:
        """A registration was saved or changed: redraw now if seen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        try:
            scope = self.current_scope()
        except UserError as exc:
            self.title.setText(i18n.message(exc))
            return
        ws, tariffs, actor = self.workspace, self.workspace.tariffs(), self.actor

        def work() -> tuple[reports.Recap, reports.Coverage, bool]:
            with ws.db.session() as s:
                return (reports.collect(s, tariffs, scope), reports.coverage(s),
                        roles.may(s, actor, "reports.coverage_target"))

        run_quietly(self, work, lambda result: self._show(scope, *result),
                    lambda message: self.title.setText(message))

    def _show(self, scope: reports.Scope, recap: reports.Recap,
              cover: reports.Coverage, may_set_target: bool) -> None:
        try:
            if scope != self.current_scope():
                return  # the officer chose another scope meanwhile
        except UserError:
            return
        self.recap = recap
        self.title.setText(self.tr("%s — %s") % (
            self.tr("Laporan penutupan acara") if recap.event else self.tr("Rekapitulasi"),
            recap.period_text if scope.date_from or recap.event
            else self.tr("semua pendaftaran")))
        self.members.set(recap.members)
        self.monthly.value.setText(rupiah(recap.monthly))
        self.money.value.setText(rupiah(recap.money))
        self.slips.set(recap.slips + recap.slip_copies)
        self.voided.set(len(recap.voids))
        if cover.target:
            self.coverage_bar.setValue(min(1000, round(cover.share * 1000)))
            self.coverage_bar.setFormat(f"{cover.share * 100:.1f}%".replace(".", ","))
            self.coverage_text.setText(self.tr(
                "%s peserta aktif dari target %s (%d%% dari %s pekerja rentan)") % (
                count_text(cover.members), count_text(cover.target),
                cover.percent, count_text(cover.workers)))
        else:
            self.coverage_bar.setValue(0)
            self.coverage_bar.setFormat(self.tr("belum ada target"))
            self.coverage_text.setText((self.tr(
                "%s peserta aktif. Isi jumlah pekerja rentan di Pengaturan (Ctrl+,) untuk "
                "melihat cakupan.") if may_set_target else self.tr(
                "%s peserta aktif. Cakupan tampil setelah supervisor mengisi jumlah pekerja "
                "rentan di Pengaturan.")) % count_text(cover.members))

        def top(lines: list[reports.Line]) -> list[tuple[str, float]]:
            # "Kademangan, Kota Probolinggo" → "Kademangan": the bar has little room
            shown = [(labels.label(x.label.split(",")[0]), float(x.members))
                     for x in lines[:TOP] if x.members]
            return shown[::-1]  # biggest at the top of a horizontal chart

        self.by_sector.show_lines([(labels.label(x.label), float(x.members))
                                   for x in recap.by_sector])
        self.by_payer.show_lines([(labels.label(x.label), float(x.members))
                                  for x in recap.by_payer if x.members]
                                 or [(self.tr("belum ada"), 0.0)])
        self.by_district.show_lines(top(recap.by_district))
        self.by_group.show_lines(top([x for x in recap.by_group if x.key]))  # real groups
        locale = QLocale()
        months = recap.by_month[-12:]
        one_year = len({x.key[:4] for x in months}) <= 1

        def month(key: str) -> str:  # "Jun", or "Jun 26" when the bars span two years
            name = locale.monthName(int(key[5:]), QLocale.FormatType.ShortFormat)
            return name if one_year else f"{name} {key[2:4]}"

        self.by_month.show_lines([(month(x.key), float(x.money)) for x in months],
                                 money=True)
        self.by_year.show_lines([(x.label, float(x.money)) for x in recap.by_year],
                                money=True)

    # --- files ------------------------------------------------------------------------

    def save_report(self, fmt: str) -> None:
        try:
            scope = self.current_scope()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Laporan"), i18n.message(exc))
            return
        name = "laporan-penutupan" if scope.event_id else "rekapitulasi"
        pattern = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        path = places.ask_save(self, self.tr("Simpan laporan"),
                               f"{name}-{dt.date.today():%Y%m%d}.{fmt}", pattern)
        if path is None:
            return
        target = path
        if target.suffix.lower() != f".{fmt}":
            target = target.with_suffix(f".{fmt}")
        ws, tariffs = self.workspace, self.workspace.tariffs()

        def work(_progress: Any, _cancelled: Any) -> Path:
            with ws.db.session() as s:
                report_files.write_report(s, tariffs, scope, target, fmt)
            return target

        run_task(self, self.tr("Menulis laporan"), work,
                 lambda done: QMessageBox.information(
                     self, self.tr("Laporan"), self.tr("Laporan tersimpan di %s") % done),
                 lambda message: QMessageBox.warning(
                     self, self.tr("Laporan"),
                     self.tr("Laporan tidak tersimpan: %s") % message))
