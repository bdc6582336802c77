"""What the frozen program runs: the same entry point as the `lindungi` command."""

from app.launcher import main

raise SystemExit(main())
