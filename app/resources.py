"""Locating and loading the data files under resources/ (region codes, tariff rules,
consent texts, master lists). Works from a checkout, an installed tree and a frozen build."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded when first asked for: the desktop's first window waits for neither
    from app.domain.regions import RegionIndex
    from app.domain.tariff import TariffBook


def resource_dir() -> Path:
    override = os.environ.get("LINDUNGI_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """Where a laptop keeps its database, keys, backups and logs (LINDUNGI_DATA_DIR
    overrides). Here, not in the workspace, so the window can read the officer's
    language before the database layer is even imported."""
    from platformdirs import user_data_dir

    env = os.environ.get("LINDUNGI_DATA_DIR")
    return Path(env) if env else Path(user_data_dir("Lindungi", appauthor=False))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def _tsv_rows(path: Path) -> list[tuple[str, str]]:
    import gzip  # here, like json below: the first window needs neither

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = []
        for line in fh:
            if line.startswith("#"):
                continue
            code, _, name = line.rstrip("\n").partition("\t")
            rows.append((code, name))
        return rows


@lru_cache(maxsize=1)
def regions() -> RegionIndex:
    """Provinces, regencies/cities and districts of all Indonesia."""
    from app.domain.regions import RegionIndex

    return RegionIndex.from_rows(_tsv_rows(resource("regions", "wilayah.tsv.gz")))


@lru_cache(maxsize=1)
def regions_with_villages() -> RegionIndex:
    """As `regions()` plus the ~84,000 villages (loaded only for pickers)."""
    from app.domain.regions import RegionIndex

    index = RegionIndex(dict(regions().names))
    index.add(_tsv_rows(resource("regions", "desa.tsv.gz")))
    return index


@lru_cache(maxsize=1)
def default_tariffs() -> TariffBook:
    import json

    from app.domain.tariff import TariffBook

    with resource("tariffs", "bpu.json").open(encoding="utf-8") as fh:
        return TariffBook.from_dict(json.load(fh))


def consent_versions() -> list[str]:
    return sorted(p.stem for p in resource("consent").glob("*.md"))


def consent_text(version: str) -> str:
    return resource("consent", f"{version}.md").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def occupations() -> tuple[str, ...]:
    text = resource("master", "pekerjaan.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")
