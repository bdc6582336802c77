"""Lindungi: offline enrollment desk for BPJS Ketenagakerjaan BPU outreach events."""

from __future__ import annotations


def _version() -> str:
    """pyproject.toml is the one place the version is written: read from the installed
    package's metadata (a frozen build carries it too), else from the file itself."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lindungi")
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path

        project = Path(__file__).resolve().parent.parent / "pyproject.toml"
        with project.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])


__version__ = _version()
