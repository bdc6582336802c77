#!/usr/bin/env python3
"""Set up and run Lindungi from a checkout, on a fresh machine with Python 3.11+.

    python3 dev.py run [ARGS]     # set up, fill a demo data folder, open the app
    python3 dev.py check          # set up, then every step in turn, stopping at the
                                  # first that fails: what CI runs (.ci/run)
    python3 dev.py STEP [ARGS]    # set up, then only that step

The steps, in the order `check` runs them:
{checks}
Setting up means: a virtual environment in .venv with the project and its
development tools (re-installed only when pyproject.toml changes), and on Debian or
Ubuntu as root the system libraries Qt needs, if any are missing. `test` (and so `check`)
also starts a throwaway PostgreSQL server on loopback (installing Debian's `postgresql`
package as root when it is missing) so that the office-side tests run on it as well as
on SQLite.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DIR = ROOT / ".demo-data"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared objects Qt's xcb and offscreen plugins load, and the Debian package of each.
QT_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def sh(*cmd: object, **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def ensure_venv() -> None:
    stamp = VENV / ".installed"
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PY.exists() and stamp.exists() and stamp.read_text() == want:
        return
    if not PY.exists():
        print("+ creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    sh(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev,build]")
    stamp.write_text(want)


def missing_qt_libs() -> set[str]:
    """Sonames Qt's xcb and offscreen plugins load (some only with dlopen, so `ldd` alone
    would not see them) that the dynamic linker's cache does not have."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if not sys.platform.startswith("linux") or ldconfig is None:
        return set()
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    return {so for so in QT_LIBS if f"{so} " not in cache}


def ensure_qt_libs() -> None:
    missing = missing_qt_libs()
    if not missing:
        return
    packages = sorted({QT_LIBS[m] for m in missing})
    can_apt = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if can_apt:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        sh("apt-get", "update", "-qq", env=env)
        sh("apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)
    else:
        print("Qt needs these system packages: sudo apt-get install " + " ".join(packages))


def compile_translations() -> None:
    sh(PY, ROOT / "scripts" / "update_translations.py", "--compile")


def run_app(extra: list[str]) -> int:
    ensure_qt_libs()
    compile_translations()
    lindungi = BIN / ("lindungi.exe" if os.name == "nt" else "lindungi")
    if not (DEMO_DIR / "lindungi.sqlite").exists():
        sh(lindungi, "--data-dir", DEMO_DIR, "demo", "--members", "2000")
    print("Demo: masuk sebagai 'admin' dengan kata sandi 'pasar-pagi-ramai'.", flush=True)
    return subprocess.call([str(lindungi), "--data-dir", str(DEMO_DIR), *extra])


def _call(*cmd: object, env: dict[str, str] | None = None) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def check_lint(extra: list[str]) -> int:
    return _call(PY, "-m", "ruff", "check", *(extra or CHECKED))


def check_types(extra: list[str]) -> int:
    return _call(PY, "-m", "mypy", *extra)  # pyproject.toml lists the whole tree


def check_layers(extra: list[str]) -> int:
    return (_call(BIN / ("lint-imports.exe" if os.name == "nt" else "lint-imports"))
            or _call(PY, "scripts/check_layers.py"))


def check_deadcode(extra: list[str]) -> int:
    ensure_qt_libs()  # it asks PySide6 which methods are Qt's
    return _call(PY, "scripts/run_vulture.py", *extra, env=_env())


#: test processes side by side (pytest-xdist): one per core, at most four. The suite is
#: mostly one core's work per test, so two cores take about half the time (1,129 s alone,
#: 602 s in two, measured 2026-12-03); each process makes its own PostgreSQL template.
TEST_WORKERS = max(1, min(os.cpu_count() or 1, 4))


def check_tests(extra: list[str]) -> int:
    ensure_qt_libs()
    compile_translations()
    env = _env()
    extra = ["-n", str(TEST_WORKERS), "--dist", "worksteal", *extra]
    # the office-side tests run on PostgreSQL too: a throwaway server on loopback
    from scripts import pgserver

    try:
        server = pgserver.running(tuned_for_tests=True)
        pg_url = server.__enter__()
    except (RuntimeError, OSError, LookupError, subprocess.CalledProcessError) as exc:
        # without a server (say, Windows, not root, no `postgres` user) its tests are
        # skipped and listed as such; under CI the test suite fails them instead
        print(f"PostgreSQL not started ({exc}); the office tests run on SQLite only",
              flush=True)
        return _call(PY, "-m", "pytest", *extra, env=env)
    try:
        env.update(LINDUNGI_TEST_POSTGRES=pg_url, LINDUNGI_TEST_POSTGRES_REQUIRED="1")
        return _call(PY, "-m", "pytest", *extra, env=env)
    finally:
        server.__exit__(None, None, None)


def check_build(extra: list[str]) -> int:
    # the frozen program, built and self-tested as officers will get it
    ensure_qt_libs()
    return _call(PY, "scripts/build.py", *extra)


# The files ruff reads; mypy's are listed in pyproject.toml, vulture's in
# scripts/run_vulture.py.
CHECKED = ("app", "tests", "benchmarks", "scripts", "build_spec", "dev.py")

# name: (what it checks and what ARGS go to, the step); `check` runs them in this order
CHECKS: dict[str, tuple[str, Callable[[list[str]], int]]] = {
    "lint": ("ruff over the tree (ARGS: files instead)", check_lint),
    "types": ("strict mypy over the tree (ARGS: files instead)", check_types),
    "layers": ("the import contracts and scripts/check_layers.py", check_layers),
    "deadcode": ("unused code (scripts/run_vulture.py; ARGS: files instead)",
                 check_deadcode),
    "test": ("the test suite, with PostgreSQL (ARGS: to pytest)", check_tests),
    "build": ("the frozen program built and self-tested (ARGS: to scripts/build.py)",
              check_build),
}


def run_all() -> int:
    """Every step in order; the first failure stops the run."""
    for name, (_what, check) in CHECKS.items():
        print(f"== {name}", flush=True)
        code = check([])
        if code:
            print(f"== {name} failed (exit {code}); run it alone: python3 dev.py {name}",
                  flush=True)
            return code
    return 0


def usage() -> str:
    width = max(len(name) for name in CHECKS)
    checks = "".join(f"    {name:<{width}}  {what}\n" for name, (what, _c) in CHECKS.items())
    return (__doc__ or "").format(checks=checks)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0 if argv else 2
    action, extra = argv[0], argv[1:]
    if action not in ("run", "check") and action not in CHECKS:
        print(f"dev.py: no command {action!r}\n\n{usage()}", file=sys.stderr)
        return 2
    ensure_venv()
    if action == "run":
        return run_app(extra)
    if action == "check":
        if extra:
            print("dev.py: `check` takes no arguments; give them to one step, e.g. "
                  "python3 dev.py test -k sync", file=sys.stderr)
            return 2
        return run_all()
    return CHECKS[action][1](extra)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
