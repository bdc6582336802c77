from app.launcher import run

raise SystemExit(run())
