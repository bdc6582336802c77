"""What the frozen program runs: the same entry point as the `lindungi` command."""

from app.launcher import run

raise SystemExit(run())
