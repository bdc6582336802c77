"""Lindungi: offline enrollment desk for BPJS Ketenagakerjaan BPU outreach events."""

from __future__ import annotations


def _version() -> str:
    """pyproject.toml is the one place the version is written: read from it where it
    sits beside the package (a checkout, an editable install), else from the installed
    package's metadata beside the package (a wheel's dist-info; the egg-info a frozen
    build carries), else through importlib.metadata. Files read line by line, because
    importlib.metadata (and even tomllib) cost tens of milliseconds of every start, the
    desktop's first window included."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    project: dict[str, str] = {}
    section = ""
    try:
        with (root / "pyproject.toml").open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("["):
                    section = line.strip()
                elif section == "[project]":
                    found = re.match(r'(name|version)\s*=\s*"([^"]+)"', line)
                    if found:
                        project[found.group(1)] = found.group(2)
    except OSError:
        pass
    if project.get("name") == "lindungi" and "version" in project:
        return project["version"]
    for metadata in (*root.glob("lindungi-*.dist-info/METADATA"),
                     *root.glob("lindungi*.egg-info/PKG-INFO")):
        with metadata.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    break  # the headers end here
    from importlib.metadata import version

    return version("lindungi")


__version__ = _version()
