"""The contribution beside the member form, live: what the tariff asks a month for the
income, programs, payer, sector and period on screen, each run of months when a discount
ends inside the period, the income bracket and the discounts included."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from app.domain import codes
from app.domain.errors import DomainError
from app.domain.money import parse_rupiah, rupiah
from app.domain.tariff import TariffBook, span_id
from app.ui import i18n
from app.ui.widgets import ERROR_STYLE, FixedList

#: contribution months as the form names them (the slips' abbreviations, in Indonesian)
MONTHS = (
    QT_TRANSLATE_NOOP("MemberForm", "Jan"), QT_TRANSLATE_NOOP("MemberForm", "Feb"),
    QT_TRANSLATE_NOOP("MemberForm", "Mar"), QT_TRANSLATE_NOOP("MemberForm", "Apr"),
    QT_TRANSLATE_NOOP("MemberForm", "Mei"), QT_TRANSLATE_NOOP("MemberForm", "Jun"),
    QT_TRANSLATE_NOOP("MemberForm", "Jul"), QT_TRANSLATE_NOOP("MemberForm", "Agu"),
    QT_TRANSLATE_NOOP("MemberForm", "Sep"), QT_TRANSLATE_NOOP("MemberForm", "Okt"),
    QT_TRANSLATE_NOOP("MemberForm", "Nov"), QT_TRANSLATE_NOOP("MemberForm", "Des"),
)


class ContributionPreview(QWidget):
    """The contribution of MemberForm (which builds the fields this reads)."""

    tariffs: TariffBook
    today: dt.date
    penghasilan: QLineEdit
    jht: QCheckBox
    sumber_iuran: FixedList
    sektor: FixedList
    periode_bayar: FixedList
    iuran: QLabel

    def update_contribution(self) -> None:
        try:
            income = parse_rupiah(self.penghasilan.text())
            programs = ("jkk", "jkm", "jht") if self.jht.isChecked() else ("jkk", "jkm")
            quote = self.tariffs.quote(
                income, programs, self.sumber_iuran.currentData() or "mandiri",
                self.sektor.currentData() or "lainnya", int(self.periode_bayar.currentData()),
                self.today,
            )
        except DomainError as exc:
            message = i18n.message(exc)
            self.iuran.setStyleSheet(f"font-size: 15px; {ERROR_STYLE}")
            self.iuran.setText(QCoreApplication.translate(
                "MemberForm", "Iuran belum bisa dihitung: %s") % message)
            return
        self.iuran.setStyleSheet("font-size: 15px; font-weight: 600")
        lines = []
        if quote.same_every_month:
            lines.append(QCoreApplication.translate("MemberForm", "Iuran per bulan: %s (%s)") % (
                rupiah(quote.first.total), i18n.amount_words(quote.first.total)))
        else:  # the discount ends inside the period: each run of months
            for first, last, amount in quote.runs():
                if first == last:
                    lines.append(QCoreApplication.translate("MemberForm", "Iuran %s: %s")
                                 % (self.month_span(first, last), rupiah(amount)))
                else:
                    lines.append(QCoreApplication.translate("MemberForm", "Iuran %s: %s per bulan")
                                 % (self.month_span(first, last), rupiah(amount)))
        row = quote.bracket
        if row is not None:
            if row.high is None:
                span = QCoreApplication.translate("MemberForm", "%s ke atas") % rupiah(row.low)
            elif not row.low:
                span = QCoreApplication.translate("MemberForm", "sampai %s") % rupiah(row.high)
            else:
                span = f"{rupiah(row.low)}–{rupiah(row.high)}"
            lines.append(QCoreApplication.translate(
                "MemberForm", "Tingkat penghasilan %s, dasar iuran %s") % (span, rupiah(row.base)))
        text = "\n".join(lines)
        if len(quote.months) > 1:
            text += "\n" + QCoreApplication.translate("MemberForm", "Bayar %d bulan: %s (%s)") % (
                len(quote.months), rupiah(quote.total), i18n.amount_words(quote.total))
        for name in quote.as_dict()["discounts"]:
            rule = self.tariffs.discount(name)
            text += "\n" + QCoreApplication.translate(
                "MemberForm", "Termasuk potongan %d%% %s (%s)") % (
                rule.percent, codes.programs_text(
                    [p for p in codes.PROGRAMS if p in rule.programs]),
                rule.regulation)
        self.iuran.setText(text)

    def month_span(self, first: dt.date, last: dt.date) -> str:
        """`Des 2026`, `Jan–Mei 2027` in the desk's language."""
        return span_id(first, last,
                       [QCoreApplication.translate("MemberForm", str(name)) for name in MONTHS])
