"""Convert the `idn-area-data` npm package into Lindungi's compact region resource.

Run once when the upstream data changes (needs Node's `npm` only here, never at run time):

    python scripts/build_regions.py             # fetches idn-area-data with `npm pack`
    python scripts/build_regions.py --from DIR  # or reads the package's data/ folder

Writes resources/regions/wilayah.tsv.gz (provinces, regencies, districts) and
resources/regions/desa.tsv.gz (villages). Each line is `code<TAB>name`; the parent of
a code is the code without its last dotted part, so no parent column is stored.
Data: idn-area-data by Fityan Ali Nugroho et al., Open Database License (ODbL) 1.0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

VERSION = "4.0.1"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "regions"


def _fetch(workdir: Path) -> Path:
    subprocess.run(
        ["npm", "pack", f"idn-area-data@{VERSION}", "--silent"], cwd=workdir, check=True
    )
    tgz = next(workdir.glob("idn-area-data-*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package" / "data"


def clean_name(name: str) -> str:
    """The upstream data writes an apostrophe as a double quote in 16 names (Kec. Ra'as
    35.29.22 reads `Ra"as`, desa Soka'an `Soka"an`…); no place name holds a double quote,
    so each one is the apostrophe the name is spelt with."""
    return name.strip().replace('"', "'")


def _rows(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["code"].strip(), clean_name(r["name"])) for r in csv.DictReader(fh)]


def _write(path: Path, header: str, rows: list[tuple[str, str]]) -> None:
    buf = io.StringIO()
    buf.write(header + "\n")
    for code, name in sorted(rows):
        if "\t" in name or "\n" in name:
            raise ValueError(f"unexpected separator in region name for {code}")
        buf.write(f"{code}\t{name}\n")
    tmp = path.with_suffix(".tmp")
    # mtime=0 keeps the output byte-identical across runs.
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder with the CSV files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = args.source or _fetch(Path(tmp))
        head = f"# idn-area-data {VERSION} (ODbL 1.0)"
        upper = _rows(data / "provinces.csv") + _rows(data / "regencies.csv")
        upper += _rows(data / "districts.csv")
        OUT.mkdir(parents=True, exist_ok=True)
        _write(OUT / "wilayah.tsv.gz", head, upper)
        _write(OUT / "desa.tsv.gz", head, _rows(data / "villages.csv"))
        (OUT / "LICENSE-ODbL.md").write_bytes((data / "LICENSE.md").read_bytes())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
