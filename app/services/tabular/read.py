"""`read_table`: the header and rows of a spreadsheet file, by the reader for its kind
(csv_file.py, workbook.py), within `Limits`."""

from __future__ import annotations

from pathlib import Path

from app.domain.messages import t
from app.services.tabular.csv_file import Checked, read_csv
from app.services.tabular.table import LIMITS, Limits, Table, TableError
from app.services.tabular.workbook import read_xlsx


def read_table(path: Path, limits: Limits | None = None, checked: Checked | None = None
               ) -> Table:
    """The header and rows of a CSV or .xlsx file (its first sheet), or TableError when the
    file cannot be read or is past `limits` (by default `LIMITS`). `checked`: what a check
    of the same CSV file's structure found (ahead.py), so that it is not checked twice."""
    path = Path(path)
    limits = limits or LIMITS
    suffix = path.suffix.lower()
    if not path.is_file():
        raise TableError(t("Berkas tidak ditemukan."))
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, limits)
    if suffix in (".csv", ".txt"):
        return read_csv(path, limits, checked)
    raise TableError(t("Jenis berkas tidak didukung; pakai .csv atau .xlsx."))
