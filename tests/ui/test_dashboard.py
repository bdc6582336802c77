"""The dashboard follows the desk: a registration saved on the form shows in its charts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import accounts, reports
from app.services.audit import Actor
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


def test_without_a_target_only_who_may_set_it_is_told_to(qtbot: QtBot,
                                                        demo: Workspace) -> None:
    """The coverage line says where to set the target to those who may (a supervisor or
    administrator), and to an officer who sets it instead of sending them to a locked
    field."""
    with demo.db.session() as s:
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
        accounts.create_officer(s, Actor(demo.device_id, admin.id), "budi", "sandi-budi-1",
                                "officer", "Budi Setiawan")
        reports.set_target(s, Actor(demo.device_id, admin.id), 0, 60)  # no target
    said: dict[str, str] = {}
    for user, password in (("admin", "pasar-pagi-ramai"), ("budi", "sandi-budi-1")):
        window = signed_in(qtbot, demo, user, password)
        window.tabs.setCurrentWidget(window.dashboard)  # type: ignore[union-attr]
        window.dashboard.refresh()
        line = window.dashboard.coverage_text
        qtbot.waitUntil(lambda: "peserta aktif" in line.text())  # noqa: B023 (waited here)
        said[user] = line.text()
        window.close()
    assert "Isi jumlah pekerja rentan di Pengaturan (Ctrl+,)" in said["admin"]
    assert "setelah supervisor mengisi jumlah pekerja rentan" in said["budi"]
    assert "Isi jumlah" not in said["budi"]
