"""The dashboard follows the desk: a registration saved on the form shows in its charts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import reports
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.helpers.desk import signed_in


def test_a_saved_registration_shows_on_the_open_dashboard(qtbot: QtBot,
                                                         demo: Workspace) -> None:
    window = signed_in(qtbot, demo)
    dash = window.dashboard
    window.tabs.setCurrentWidget(dash)  # type: ignore[union-attr]
    dash.scope.setCurrentIndex(dash.scope.findData("all"))
    qtbot.waitUntil(lambda: dash.recap is not None and dash.recap.scope == reports.Scope())
    before = dash.recap
    assert before is not None
    fishers = dict(dash.by_sector.values)["Nelayan"]
    assert dash.members.number() == before.members == 450

    person = next(PeopleFactory(4242).people(1))
    values = person.row() | {"sektor": "nelayan", "sumber_iuran": "mandiri",
                             "tanggal_lahir": f"{person.birth_date:%d-%m-%Y}"}
    window.registration.form.set_values(values)
    assert window.registration.save() is not None, window.registration.message.text()
    # the dashboard stays on screen and is redrawn from the database
    qtbot.waitUntil(lambda: dash.members.number() == 451)
    assert dict(dash.by_sector.values)["Nelayan"] == fishers + 1
    with demo.db.session() as s:
        fresh = reports.collect(s, demo.tariffs(), reports.Scope())
    assert dash.money.value.text().replace(".", "").endswith(str(fresh.money))
    assert fresh.money > before.money


def test_coverage_target_is_set_in_settings_by_a_supervisor(qtbot: QtBot,
                                                           demo: Workspace) -> None:
    from app.ui.settings_dialog import SettingsDialog

    window = signed_in(qtbot, demo)
    dialog = SettingsDialog(demo, window.actor, window)
    qtbot.addWidget(dialog)
    dialog.workers.setValue(2000)
    dialog.percent.setValue(50)
    dialog.accept()
    with demo.db.session() as s:
        cover = reports.coverage(s)
    assert (cover.workers, cover.percent, cover.target) == (2000, 50, 1000)
    window.tabs.setCurrentWidget(window.dashboard)  # type: ignore[union-attr]
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: "1.000" in window.dashboard.coverage_text.text())
