from __future__ import annotations

from pathlib import Path

import pytest

from app.services.demo_seed import DEMO_ADMIN, DEMO_PASSWORD, seed_demo
from app.services.workspace import Workspace
from tests.helpers.people import TODAY


@pytest.fixture
def demo(tmp_path: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "demo")
    seed_demo(ws, 450, on=TODAY)
    return ws


@pytest.fixture
def credentials() -> tuple[str, str]:
    return DEMO_ADMIN, DEMO_PASSWORD


