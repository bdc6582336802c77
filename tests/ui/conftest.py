from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.services.demo_seed import DEMO_ADMIN, DEMO_PASSWORD, seed_demo
from app.services.workspace import Workspace
from tests.conftest import TODAY


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "demo")
    seed_demo(ws, 450, on=TODAY)
    return ws


@pytest.fixture
def credentials() -> tuple[str, str]:
    return DEMO_ADMIN, DEMO_PASSWORD


def login_as(user: str, password: str) -> Callable[[Workspace, Any], Any]:
    """The start-up sign-in (`open_data`'s `login`), typed into the real dialog."""

    def login(ws: Workspace, window: Any) -> Any:
        from app.ui.dialogs import LoginDialog

        dialog = LoginDialog(ws, window)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.accept()
        return dialog.officer

    return login
