"""Spreadsheets from outside, made to exhaust memory or time: bounded in bytes before they
are unpacked, in rows, columns and cells before they are used, XML entities refused;
refused whole with a reason, nothing written."""

from __future__ import annotations

import base64
import csv
import dataclasses
import itertools
import os
import random
import sqlite3
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
from openpyxl import Workbook

from app.cli import main
from app.services import member_columns, member_import
from app.services.demo import PeopleFactory
from app.services.tabular import csv_file, read, workbook
from app.services.tabular.read import read_table
from app.services.tabular.table import LIMITS, MB, TableError

ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"
HEADER = list(member_columns.COLUMNS)

Part = tuple[str, Iterable[bytes], int | None]  # name, content, declared size (None: true)


def _write_zip(path: Path, parts: list[Part]) -> Path:
    """A ZIP written here, not by zipfile: a part is deflated chunk by chunk as it is
    generated (a 1.5 GB part never exists in memory), and may declare a size other than
    its own (then its CRC is that of the declared prefix, so a reader that stops there
    finds nothing wrong)."""
    central = b""
    with path.open("wb") as out:
        for name, chunks, declared in parts:
            squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed, crc, size, prefix_crc = bytearray(), 0, 0, 0
            for chunk in chunks:
                if declared is not None and size < declared:
                    prefix_crc = zlib.crc32(chunk[:declared - size], prefix_crc)
                crc, size = zlib.crc32(chunk, crc), size + len(chunk)
                packed += squeeze.compress(chunk)
            packed += squeeze.flush()
            if declared is not None:
                crc, size = prefix_crc, declared
            raw = name.encode()
            offset = out.tell()
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc,
                                  len(packed), size, len(raw), 0) + raw + packed)
            central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc,
                                   len(packed), size, len(raw), 0, 0, 0, 0, 0, offset) + raw
        start = out.tell()
        out.write(central + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts),
                                        len(parts), len(central), start, 0))
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The parts of the app's own .xlsx template (its first sheet: the header row)."""
    path = tmp_path_factory.mktemp("template") / "templat.xlsx"
    member_import.write_template(path)
    with zipfile.ZipFile(path) as package:
        return {part.filename: package.read(part) for part in package.infolist()}


def _cells(number: int, values: list[str], escape: bool = True) -> bytes:
    return (f'<row r="{number}">' + "".join(
        f'<c r="{_column(i)}{number}" t="inlineStr"><is><t>{xml_escape(v) if escape else v}'
        "</t></is></c>" for i, v in enumerate(values)) + "</row>").encode()


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _workbook(path: Path, template: dict[str, bytes], body: Iterable[bytes] = (),
              declared: int | None = None, before: bytes = b"",
              extra: dict[str, bytes] | None = None) -> Path:
    """The template with `body` (rows, whitespace…) streamed into its first sheet after the
    header row, `before` ahead of the sheet's root element, `extra` parts added."""
    sheet = template[SHEET]
    cut = sheet.index(b"</sheetData>")

    def stream() -> Iterator[bytes]:
        yield before + sheet[:cut]
        yield from body
        yield sheet[cut:]

    parts: list[Part] = [(SHEET, stream(), declared) if name == SHEET else (name, [data], None)
                         for name, data in template.items()]
    parts += [(name, [data], None) for name, data in (extra or {}).items()]
    return _write_zip(path, parts)


def _people(n: int, seed: int = 41) -> list[list[str]]:
    return [list(p.row().values()) for p in PeopleFactory(seed).people(n)]


def _dump(data_dir: Path) -> list[str]:
    con = sqlite3.connect(data_dir / "lindungi.sqlite")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _members(data_dir: Path) -> int:
    con = sqlite3.connect(data_dir / "lindungi.sqlite")
    try:
        return int(con.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--device-name", "L",
                 "--region", "35.74"]) == 0
    return folder


def _import(capsys: pytest.CaptureFixture[str], data_dir: Path, path: Path
            ) -> tuple[int, str]:
    """`lindungi members import FILE` in this process: exit code, stderr."""
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "members", "import", str(path)])
    return code, capsys.readouterr().err


def _refused(capsys: pytest.CaptureFixture[str], data_dir: Path, path: Path,
             reason: str) -> None:
    """Refused as a whole (CLI.md: exit 1, a one-line reason), not a bug (exit 70, crash
    report), and nothing written."""
    before = _dump(data_dir)
    code, err = _import(capsys, data_dir, path)
    assert code == 1, err
    assert err.startswith("lindungi: ") and err.count("\n") == 1
    assert reason in err, err
    assert "Traceback" not in err and not list(data_dir.rglob("crash-*"))
    assert _dump(data_dir) == before


# --- the bomb of the attack, through the real command ---------------------------------

#: 1,430 MiB of spaces after the header row: 1.5 GB unpacked, about 1.4 MB in the file
BOMB_SPACES_MB = 1_430
PEAK_LIMIT_MB = 150
PEAK_PROBE = """\
import atexit, os, resource


def _peak():
    # this process's own peak in MB: VmHWM starts afresh at exec, while ru_maxrss may
    # carry the size of the process that spawned it
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    if os.path.exists("/proc/self/status"):
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) // 1024 for line in status
                        if line.startswith("VmHWM:"))
    with open(os.environ["LINDUNGI_TEST_PEAK"], "w") as out:
        out.write(str(peak))


atexit.register(_peak)
"""


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory, template: dict[str, bytes]) -> Path:
    blank = b" " * MB
    path = _workbook(tmp_path_factory.mktemp("bomb") / "peserta.xlsx", template,
                     (blank for _ in range(BOMB_SPACES_MB)))
    with zipfile.ZipFile(path) as package:
        assert package.getinfo(SHEET).file_size > 1_499_000_000
    assert path.stat().st_size < 1_500_000
    return path


def _cli_peak(tmp_path: Path, data_dir: Path, *argv: str
              ) -> tuple[subprocess.CompletedProcess[str], int]:
    """`python -m app ARGV` in a child process; its result and its peak resident size."""
    probe = tmp_path / "probe"
    probe.mkdir(exist_ok=True)
    (probe / "sitecustomize.py").write_text(PEAK_PROBE, encoding="utf-8")
    peak = tmp_path / "peak.txt"
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(data_dir), "LINDUNGI_TEST_PEAK": str(peak),
           "PYTHONPATH": os.pathsep.join([str(probe), str(ROOT)])}
    result = subprocess.run([sys.executable, "-m", "app", *argv], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    return result, int(peak.read_text())


def _refused_in_little_memory(tmp_path: Path, data_dir: Path, path: Path, reason: str) -> None:
    before = _dump(data_dir)
    result, peak = _cli_peak(tmp_path, data_dir, "members", "import", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(f"lindungi: {reason}"), result.stderr
    assert peak <= PEAK_LIMIT_MB, f"peak {peak} MB"
    assert _dump(data_dir) == before and _members(data_dir) == 0


def test_the_whitespace_bomb_is_refused_by_the_command_before_it_is_unpacked(
        tmp_path: Path, data_dir: Path, bomb: Path) -> None:
    """The attack: 1.4 MB on the stick, 1.5 GB of sheet. Before the bounds it took 1.5 GB
    of memory and was 'imported' (exit 0, an event created)."""
    _refused_in_little_memory(tmp_path, data_dir, bomb,
                              "Isi berkas .xlsx terlalu besar setelah dibuka (satu bagian "
                              "1.431 MB; batas 200 MB); bagi menjadi beberapa berkas")


def test_a_row_of_countless_empty_cells_is_refused_before_openpyxl_builds_it(
        tmp_path: Path, data_dir: Path, template: dict[str, bytes]) -> None:
    """Within every size bound (17 MB unpacked, a ratio of 6): one row of 1,500,000 empty
    cells, which openpyxl would build as a tree of 1,500,000 elements and as many dicts
    (about 1 GB) before a row could be looked at."""
    rng = random.Random(3)
    cells = (b"".join(b'<c s="%d"/>' % rng.randrange(1000) for _ in range(10_000))
             for _ in range(150))
    path = _workbook(tmp_path / "lebar.xlsx", template,
                     itertools.chain([b'<row r="2">'], cells, [b"</row>"]))
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(SHEET)
    assert 16 * MB < info.file_size < 10 * info.compress_size
    _refused_in_little_memory(tmp_path, data_dir, path,
                              "Baris 2: lebih dari 16.384 sel, batas Excel")


def test_a_part_that_lies_about_its_size_yields_only_what_it_declared(
        tmp_path: Path, template: dict[str, bytes]) -> None:
    """256 MB of rows in a sheet that declares 1 MB: the bounds see 1 MB (and a ratio of
    about four), zipfile hands out exactly 1 MB and stops, so the read is bounded by the
    declared size; the cut-off XML is then refused as a damaged workbook."""
    row = _cells(2, _people(1)[0])
    path = _workbook(tmp_path / "bohong.xlsx", template,
                     (row * (MB // len(row)) for _ in range(256)), declared=MB)
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(SHEET)
        assert info.file_size == MB and LIMITS.ratio * info.compress_size > MB
        with package.open(info) as part:
            read = 0
            while chunk := part.read(64 * 1024):
                read += len(chunk)
        assert read == MB  # and no CRC error: the stream past it was never unpacked
    with pytest.raises(TableError, match="rusak"):
        read_table(path)


def test_a_damaged_part_is_refused_as_damaged_not_as_a_bug(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    path = _workbook(tmp_path / "rusak.xlsx", template,
                     [_cells(n, p) for n, p in enumerate(_people(200), start=2)])
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 30 + len(SHEET) + info.compress_size // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    path.write_bytes(data)
    _refused(capsys, data_dir, path, ".xlsx rusak")


def test_a_directory_naming_an_unknown_zip_version_is_refused_as_damaged(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    """One bit of a central directory record: zipfile answers NotImplementedError("zip
    file version 8.4") when the package is opened, before any part is read."""
    path = _workbook(tmp_path / "versi.xlsx", template,
                     [_cells(n, p) for n, p in enumerate(_people(3), start=2)])
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 6] ^= 64  # version needed to extract: 2.0 becomes 8.4
    path.write_bytes(data)
    _refused(capsys, data_dir, path, ".xlsx rusak")


# --- XML entity expansion ("billion laughs") --------------------------------------------

LAUGHS = (b'<!DOCTYPE lol [<!ENTITY lol0 "lollollollollollollollollollol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10)
                     for i in range(1, 10))
          + b"]>")  # &lol9; is 10^9 times "lol…": 30 GB of text
SHARED_STRINGS_TYPE = (b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                       b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')


def _laughs(tmp_path: Path, template: dict[str, bytes], where: str) -> Path:
    people = _people(3)
    rows = [_cells(n, p) for n, p in enumerate(people, start=2)]
    if where == "sheet":
        return _workbook(tmp_path / "lol.xlsx", template,
                         [_cells(2, [*people[0][:1], "&lol9;", *people[0][2:]], escape=False)],
                         before=LAUGHS)
    if where == "workbook":
        book = template["xl/workbook.xml"]
        return _workbook(tmp_path / "lol.xlsx",
                         dict(template, **{"xl/workbook.xml": LAUGHS + book.replace(
                             b"</workbook>", b"<x>&lol9;</x></workbook>")}), rows)
    types = template["[Content_Types].xml"].replace(b"</Types>",
                                                    SHARED_STRINGS_TYPE + b"</Types>")
    strings = (b'<?xml version="1.0"?>' + LAUGHS + b'<sst xmlns="http://schemas.'
               b'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               b"<si><t>&lol9;</t></si></sst>")
    return _workbook(tmp_path / "lol.xlsx", dict(template, **{"[Content_Types].xml": types}),
                     rows, extra={"xl/sharedStrings.xml": strings})


@pytest.mark.parametrize("where", ["sharedStrings", "sheet", "workbook"])
def test_an_entity_expansion_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes], where: str) -> None:
    _refused(capsys, data_dir, _laughs(tmp_path, template, where),
             "berisi deklarasi entitas XML")
    assert _members(data_dir) == 0


@pytest.mark.parametrize("where", ["sharedStrings", "workbook"])
def test_openpyxl_parses_through_defusedxml(tmp_path: Path, template: dict[str, bytes],
                                           where: str) -> None:
    """The second guard, behind the scan: openpyxl, as installed, refuses the entities
    itself (plain expat would stop only at its amplification limit, a different error),
    and that refusal reads as the same message."""
    from defusedxml import EntitiesForbidden
    from openpyxl import load_workbook

    with pytest.raises(ValueError, match="Unable to read workbook") as caught:
        load_workbook(_laughs(tmp_path, template, where), read_only=True)
    assert isinstance(caught.value.__cause__ or caught.value.__context__, EntitiesForbidden)
    assert str(workbook._unreadable(caught.value, "rusak")) == workbook.ENTITIES


# --- the package's bounds, before anything is unpacked -----------------------------------

def test_a_big_part_that_unpacks_implausibly_is_refused_by_its_ratio(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    blank = b" " * MB
    path = _workbook(tmp_path / "rasio.xlsx", template, (blank for _ in range(2)))
    _refused(capsys, data_dir, path, "kali lebih besar setelah dibuka (buku kerja biasa "
             f"paling banyak {LIMITS.ratio} kali)")


def test_a_small_part_is_not_judged_by_its_ratio(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    """Whitespace compresses a thousand times; under `ratio_from` it is harmless and a
    workbook carrying some still imports."""
    people = _people(3)
    spaced = (b" " * 30_000 + b'<row r="%d"/>' % n for n in range(3, 35))  # 960 KB
    path = _workbook(tmp_path / "spasi.xlsx", template,
                     [_cells(2, people[0]), *spaced,
                      *(_cells(n, p) for n, p in enumerate(people[1:], start=40))])
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(SHEET)
        assert info.file_size > LIMITS.ratio * info.compress_size
    assert _import(capsys, data_dir, path)[0] == 0
    assert _members(data_dir) == 3


def test_too_many_parts_are_refused_before_the_directory_is_read(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    extra = {f"xl/media/x{i}.bin": b"" for i in range(LIMITS.parts)}
    path = _workbook(tmp_path / "bagian.xlsx", template, extra=extra)
    _refused(capsys, data_dir, path, f"lebih dari {LIMITS.parts:,} bagian".replace(",", "."))


def test_all_parts_together_over_the_bound_are_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    """Two parts each under the part bound and of a plausible ratio, declaring together
    more than the total bound (their declared sizes are all that is looked at)."""
    each = LIMITS.total_bytes // 2 + MB
    assert each <= LIMITS.part_bytes
    noise = random.Random(5).randbytes(each // LIMITS.ratio + 64 * 1024)  # incompressible
    path = _write_zip(tmp_path / "total.xlsx",
                      [(name, [data], None) for name, data in template.items()]
                      + [(f"xl/media/{n}.bin", [noise], each) for n in ("a", "b")])
    with zipfile.ZipFile(path) as package:
        sizes = [(p.file_size, p.compress_size) for p in package.infolist()[-2:]]
    assert all(size < LIMITS.ratio * packed for size, packed in sizes)
    _refused(capsys, data_dir, path, f"batas {LIMITS.total_bytes // MB} MB")


@pytest.mark.parametrize(("name", "limit"), [("besar.xlsx", LIMITS.xlsx_bytes),
                                             ("besar.csv", LIMITS.csv_bytes)])
def test_a_file_over_the_size_bound_is_refused_unread(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        name: str, limit: int) -> None:
    path = tmp_path / name
    with path.open("wb") as fh:  # sparse: takes no disk, and would be read if not refused
        fh.truncate(limit + 1)
    _refused(capsys, data_dir, path, f"terlalu besar ({limit // MB + 1} MB; batas "
             f"{limit // MB} MB)")


# --- rows, columns and cells ------------------------------------------------------------

def _csv(path: Path, rows: list[list[str]], blank_rows: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows, *[[]] * blank_rows])
    return path


def _xlsx(path: Path, rows: list[list[str]], blank_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for _ in range(blank_rows):
        ws.append(["", None, "  "])
    wb.save(path)
    return path


WRITE = {"xlsx": _xlsx, "csv": _csv}


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_rows_past_the_bound_are_refused_blank_ones_do_not_count(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        data_dir: Path, kind: str) -> None:
    """With the bound lowered to 5 (the real one, 120,000, is read whole by the slow test
    below): 5 rows with blank ones after them are imported; 6 are refused."""
    monkeypatch.setattr(read, "LIMITS", dataclasses.replace(LIMITS, rows=5))
    people = _people(6)
    five = WRITE[kind](tmp_path / f"lima.{kind}", people[:5], 7)
    assert _import(capsys, data_dir, five)[0] == 0
    assert _members(data_dir) == 5
    _refused(capsys, data_dir, WRITE[kind](tmp_path / f"enam.{kind}", people),
             "lebih dari 5 baris data")


@pytest.mark.parametrize(("kind", "imported"), [("xlsx", 2), ("csv", 1)])
def test_a_row_wider_than_the_bound_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        kind: str, imported: int) -> None:
    first, second = _people(2)
    filler = [""] * (LIMITS.columns - len(second) - 1)
    _refused(capsys, data_dir,
             WRITE[kind](tmp_path / f"lebar.{kind}", [first, [*second, *filler, "", "x"]]),
             f"Baris 3: lebih dari {LIMITS.columns} kolom terisi (batas {LIMITS.columns})")
    # As wide as the bound, and empty cells after that: read as before. A workbook's
    # column without a title is an unnamed column (the row imported); a CSV row with more
    # cells than its header is rejected with its reason (the rest imported).
    at_bound = WRITE[kind](tmp_path / f"pas.{kind}", [first, [*second, *filler, "x",
                                                             *[""] * 100]])
    assert _import(capsys, data_dir, at_bound)[0] == 0
    assert _members(data_dir) == imported


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_cell_longer_than_excel_allows_refuses_the_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes], kind: str) -> None:
    """Longer than MAX_CELL (2,000) the row is rejected and the rest imported, as before;
    longer than a cell of Excel can be, the file is not a list of people."""
    def write(path: Path, rows: list[list[str]]) -> Path:
        if kind == "csv":
            return _csv(path, rows)
        # written here: openpyxl cuts a longer string to Excel's limit as it writes
        return _workbook(path, template, [_cells(n, r) for n, r in enumerate(rows, start=2)])

    first, second = _people(2)
    long = [*second[:5], "x" * (LIMITS.cell_chars + 1), *second[6:]]
    _refused(capsys, data_dir, write(tmp_path / f"sel.{kind}", [first, long]),
             f"Baris 3: ada sel lebih dari {LIMITS.cell_chars:,} karakter".replace(",", "."))
    long[5] = "x" * LIMITS.cell_chars
    assert _import(capsys, data_dir, write(tmp_path / f"pas.{kind}", [first, long]))[0] == 0
    assert _members(data_dir) == 1


def test_a_csv_record_of_countless_separators_is_refused_before_it_is_built(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "koma.csv"
    path.write_text(",".join(HEADER) + "\n" + "," * (csv_file.CSV_MOST_SEPARATORS + 1) + "\n",
                    encoding="utf-8")
    _refused(capsys, data_dir, path, "Baris 2: lebih dari 16.384 pemisah kolom")


def test_a_row_number_past_excels_last_row_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    """openpyxl yields an empty row for every number skipped: a row numbered in the
    billions would be billions of them."""
    people = _people(2)
    path = _workbook(tmp_path / "jauh.xlsx", template,
                     [_cells(2, people[0]), _cells(4_000_000_000, people[1])])
    _refused(capsys, data_dir, path, "baris lebih dari 1.048.576")


def test_the_sheets_stated_dimension_does_not_pad_the_rows(
        tmp_path: Path, template: dict[str, bytes]) -> None:
    """A sheet claiming to span A1:XFD1048576 is read as the rows it holds."""
    wide = dict(template, **{SHEET: template[SHEET].replace(b'<dimension ref="A1:R1" />',
                                                           b'<dimension ref="A1:XFD1048576"/>')})
    assert wide[SHEET] != template[SHEET]
    path = _workbook(tmp_path / "dimensi.xlsx", wide, [_cells(2, _people(1)[0])])
    table = read_table(path)
    assert len(table.header) == len(HEADER)
    assert [len(cells) for _, cells in table.rows] == [len(HEADER)]


def test_an_xml_token_past_its_bound_is_refused_before_the_parser_holds_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path,
        template: dict[str, bytes]) -> None:
    """A comment of 2 MB (incompressible, so the ratio is plausible): expat keeps a token
    whole until it ends, so a 200 MB comment would be 200 MB held, twice."""
    noise = base64.b64encode(random.Random(9).randbytes(3 * MB // 2))
    path = _workbook(tmp_path / "komentar.xlsx", template, [b"<!--", noise, b"-->"])
    _refused(capsys, data_dir, path, "berisi satu tanda XML lebih dari 1 MB")


def test_more_shared_texts_than_the_bound_are_refused(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        data_dir: Path, template: dict[str, bytes]) -> None:
    """With the bound lowered to 3 (the real one is 3,000,000): shared texts are kept in
    memory all at once, whichever sheet uses them."""
    monkeypatch.setattr(read, "LIMITS", dataclasses.replace(LIMITS, strings=3))
    types = template["[Content_Types].xml"].replace(b"</Types>",
                                                    SHARED_STRINGS_TYPE + b"</Types>")
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               + b"".join(b"<si><t>teks %d</t></si>" % i for i in range(4)) + b"</sst>")
    path = _workbook(tmp_path / "teks.xlsx", dict(template, **{"[Content_Types].xml": types}),
                     [_cells(2, _people(1)[0])], extra={"xl/sharedStrings.xml": strings})
    _refused(capsys, data_dir, path, "berisi lebih dari 3 teks")
    strings = strings.replace(b"<si><t>teks 3</t></si>", b"")
    path = _workbook(tmp_path / "teks3.xlsx", dict(template, **{"[Content_Types].xml": types}),
                     [_cells(2, _people(1)[0])], extra={"xl/sharedStrings.xml": strings})
    assert _import(capsys, data_dir, path)[0] == 0 and _members(data_dir) == 1


@pytest.mark.slow
def test_the_largest_import_fits_the_bounds_with_room(tmp_path: Path) -> None:
    """A workbook of exactly `LIMITS.rows` generated people, written by openpyxl as the
    template is (every value text, inline: the largest form they take), passes the
    package bounds with room and is read whole (not imported: reading is what the bounds
    govern; the import of 100,000 rows is test_import_kill's)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Peserta")
    ws.append(HEADER)
    factory = PeopleFactory(77)
    for person in factory.people(LIMITS.rows):
        ws.append(list(person.row().values()))
    path = tmp_path / "terbesar.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path) as package:
        sheet = max(package.infolist(), key=lambda p: p.file_size)
        total = sum(p.file_size for p in package.infolist())
    assert path.stat().st_size * 2 < LIMITS.xlsx_bytes
    assert sheet.file_size * 1.5 < LIMITS.part_bytes and total * 2 < LIMITS.total_bytes
    assert sheet.file_size < 20 * sheet.compress_size  # far from the ratio bound
    table = read_table(path)
    assert sum(1 for _ in table.rows) == table.estimated_rows == LIMITS.rows
