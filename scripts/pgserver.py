"""A throwaway PostgreSQL server for the tests and the benchmarks (standard library only,
so dev.py can use it before the virtual environment exists).

    with running(tuned_for_tests=True) as admin_url:
        ...  # postgresql+psycopg://postgres@127.0.0.1:PORT/postgres

Finds Debian's server binaries (/usr/lib/postgresql/N/bin) or ones on PATH; on Debian or
Ubuntu as root it installs the `postgresql` package when none are there. The cluster
lives in a new temporary folder, listens on loopback only on a free port, and is stopped
and deleted when the block ends. As root, the server runs as the `postgres` user (the
package creates it): PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A test server holds nothing worth keeping: no fsync. The benchmark keeps the defaults.
TEST_SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off")


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_installed() -> Path:
    """The folder with initdb/pg_ctl, installing Debian's package as root if needed."""
    found = _bin_dir()
    if found is not None:
        return found
    if shutil.which("apt-get") and _is_root():
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for cmd in (["apt-get", "update", "-qq"],
                    ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                     "postgresql"]):
            print("+", " ".join(cmd), flush=True)
            subprocess.run(cmd, check=True, env=env)
        found = _bin_dir()
        if found is not None:
            return found
    raise RuntimeError("PostgreSQL server not found: install it (Debian/Ubuntu: "
                       "apt-get install postgresql) and run again")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(tuned_for_tests: bool = True, keep: bool = False) -> Iterator[str]:
    """Start a new cluster; yield the SQLAlchemy URL of its `postgres` database."""
    bindir = ensure_installed()
    folder = Path(tempfile.mkdtemp(prefix="lindungi-pg-"))
    data = folder / "data"
    as_user: list[str] = []
    if _is_root():
        shutil.chown(folder, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    settings = [f"port={port}", "listen_addresses=127.0.0.1", f"unix_socket_directories={folder}",
                "max_connections=60"]
    if tuned_for_tests:
        settings += TEST_SETTINGS
    options = " ".join(f"-c {s}" for s in settings)
    log = folder / "server.log"
    try:
        subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                        "-A", "trust", "-E", "UTF8", "--no-locale"],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log),
                        "-o", options, "-w", "start"], check=True, stdout=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        if log.exists():
            print(log.read_text(errors="replace")[-2000:], flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                        "-w", "stop"], stdout=subprocess.DEVNULL)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":  # start one by hand: prints its URL, stops on Enter
    with running() as url:
        print(url, flush=True)
        input("Enter stops the server. ")
