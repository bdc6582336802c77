"""Build the one-folder program, prove it works there, and zip it for the laptops.

    python scripts/build.py            # the laptop build: dist/lindungi
    python scripts/build.py --office   # the office build: dist/lindungi-office (+ psycopg)

Each: translations → PyInstaller (build_spec/lindungi.spec) → `--self-test` of the frozen
program → its size on disk → dist/<name>-<version>-<platform>.zip (deflate, level 9) and
its size. Exit 1 when the build or its self-test fails, or when the laptop build is over
its 150 MB target on disk. The same on Windows (run from the project's virtual
environment); the program is then dist\\lindungi\\lindungi.exe.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
LIMIT_MB = 150  # the laptop build, on disk (issue 19)


def folder_size(path: Path) -> int:
    """Bytes of the files under `path` (a symbolic link counts as nothing: it is one)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def make_zip(folder: Path, target: Path) -> int:
    """Zip `folder` (its name as the top folder) into `target`; symbolic links stay links
    (unzip restores them) instead of second copies of the Qt libraries. Returns bytes."""
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3  # Unix, so that the mode below means a link
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, name)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--office", action="store_true",
                        help="the office build, with the PostgreSQL driver")
    args = parser.parse_args(argv)
    variant = "office" if args.office else "laptop"
    name = "lindungi-office" if args.office else "lindungi"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    started = time.monotonic()
    subprocess.run([sys.executable, ROOT / "scripts" / "update_translations.py", "--compile"],
                   check=True)
    shutil.rmtree(DIST / name, ignore_errors=True)
    work = ROOT / "build" / "pyinstaller" / variant
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(work),
                    str(ROOT / "build_spec" / "lindungi.spec")],
                   check=True, cwd=ROOT, env={**os.environ, "LINDUNGI_BUILD_VARIANT": variant})
    program = DIST / name / ("lindungi.exe" if os.name == "nt" else "lindungi")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LINDUNGI_RESOURCES", None)
    env.pop("LINDUNGI_DATABASE_URL", None)
    result = subprocess.run([str(program), "--self-test"], env=env, cwd=DIST)
    size = folder_size(DIST / name)
    print(f"build: {program.relative_to(ROOT)} ({variant}), {size / 1e6:.1f} MB on disk"
          + (f" (target ≤ {LIMIT_MB})" if variant == "laptop" else "")
          + f", self-test exit {result.returncode}", flush=True)
    if result.returncode:
        return 1
    archive = DIST / f"{name}-{version}-{platform_tag()}.zip"
    packed = make_zip(DIST / name, archive)
    print(f"build: {archive.relative_to(ROOT)}, {packed / 1e6:.1f} MB zipped, "
          f"{time.monotonic() - started:.0f} s in all", flush=True)
    if variant == "laptop" and size > LIMIT_MB * 1e6:
        print(f"build: {(size / 1e6) - LIMIT_MB:.1f} MB over the {LIMIT_MB} MB target; see "
              "'Building the program' in the README for what the build leaves out",
              file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
