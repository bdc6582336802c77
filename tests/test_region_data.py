"""The region names the desk, the slips and the reports print, as converted from
idn-area-data by scripts/build_regions.py."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

from app import resources

ROOT = Path(__file__).resolve().parent.parent


def _build_regions() -> ModuleType:  # the conversion script, loaded as the maintainer runs it
    spec = importlib.util.spec_from_file_location("build_regions",
                                                  ROOT / "scripts" / "build_regions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_names_spelt_with_an_apostrophe_print_one() -> None:
    index = resources.regions_with_villages()
    assert index.name("35.29.22") == "Ra'as"  # Kec. Ra'as, Kabupaten Sumenep
    assert index.name("35.13.15.2017") == "Soka'an"
    assert index.name("94.04.10.2004") == "T'Singa"
    assert not [code for code, name in index.names.items() if '"' in name]


def test_the_conversion_reads_the_upstream_double_quote_as_an_apostrophe(
        tmp_path: Path) -> None:
    # the upstream CSV as published: the quote is escaped CSV-style inside a quoted field
    source = tmp_path / "districts.csv"
    source.write_text('code,regency_code,name\n35.29.22,35.29,"Ra""as"\n'
                      "35.29.01,35.29,Kota Sumenep \n", encoding="utf-8")
    rows = _build_regions()._rows(source)
    assert rows == [("35.29.22", "Ra'as"), ("35.29.01", "Kota Sumenep")]
    with source.open(encoding="utf-8", newline="") as fh:  # what was read had the quote
        assert next(r for r in csv.DictReader(fh))["name"] == 'Ra"as'
