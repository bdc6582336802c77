"""The Privasi page shows each account only what its role may do (docs/roles.md): a
supervisor reads the breach report and retention, but importing the office's package and
restoring a backup are an administrator's."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import accounts
from app.services.audit import Actor
from app.services.workspace import Workspace
from tests.helpers.desk import signed_in


def test_a_supervisor_does_not_see_the_administrators_buttons(qtbot: QtBot,
                                                              demo: Workspace) -> None:
    with demo.db.session() as s:
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
    with demo.db.session() as s:
        accounts.create_officer(s, Actor(demo.device_id, admin.id), "sari", "sandi-sari-1",
                                "supervisor")
    window = signed_in(qtbot, demo, "sari", "sandi-sari-1")
    page = window.privacy_page
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    assert page.summary.text()  # the supervisor's part is there
    assert page.config_button.isHidden() and not page.config_button.isVisible()
    assert page.restore_button.isHidden() and not page.restore_button.isVisible()

    admin_window = signed_in(qtbot, demo)
    admin_page = admin_window.privacy_page
    admin_window.tabs.setCurrentWidget(admin_page)  # type: ignore[union-attr]
    assert admin_page.config_button.isVisible() and admin_page.restore_button.isVisible()
