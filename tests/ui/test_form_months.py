"""The form's live contribution says what each month costs where the PP 50/2025 discount
ends inside the pay period, and names the income row the declared income falls in
(issue 17), in the desk's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from tests.helpers.desk import focus, open_window, type_into


def _typed(qtbot: QtBot, demo: Workspace, income: str, months: str) -> str:
    window = open_window(qtbot, demo)
    form = window.registration.form
    form.today = dt.date(2026, 12, 2)  # the registration day the figures below are for
    focus(qtbot, form.sektor)
    type_into(qtbot, "U")  # UMKM: discounted April to December 2026 only
    if months:  # the batch's period otherwise: 1 bulan
        focus(qtbot, form.periode_bayar)
        type_into(qtbot, months)
    focus(qtbot, form.penghasilan)
    qtbot.keyClick(form.penghasilan, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, income)
    return form.iuran.text()


def test_six_months_from_december_list_each_run_and_the_income_row(qtbot: QtBot,
                                                                   demo: Workspace) -> None:
    text = _typed(qtbot, demo, "1234567", "6")
    lines = text.splitlines()
    assert lines[0] == "Iuran Des 2026: Rp 9.400"
    assert lines[1] == "Iuran Jan–Mei 2027: Rp 18.800 per bulan"
    assert lines[2] == ("Tingkat penghasilan Rp 1.100.000–Rp 1.299.000, dasar iuran "
                        "Rp 1.200.000")
    assert "Bayar 6 bulan: Rp 103.400" in text
    assert "Iuran per bulan" not in text


def test_one_month_says_per_month(qtbot: QtBot, demo: Workspace) -> None:
    text = _typed(qtbot, demo, "25000000", "")
    # the top row's JKK Rp 207.000 and JKM Rp 6.800, both halved in December
    assert text.splitlines()[0].startswith("Iuran per bulan: Rp 106.900")
    assert "Rp 20.200.000 ke atas, dasar iuran Rp 20.700.000" in text
