"""Files and values from outside, given to the command line of a laptop set up as one is
(init with its administrator, an officer, an event): a pipe where a file was asked for,
a rejects file that cannot be written or is the file being imported, an income past
what a column holds, an event in year 9999, a configuration that is not one, a folder
that is not there, another program's database offered as a backup, a slip code with an
odd copy number. Each is a refusal that says what to do (or, for one row, a reject),
never a program error, and nothing is written by a refusal."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.demo import write_import_file
from tests.helpers.cli import ADMIN, OFFICER, run, set_up_laptop

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Laptop:
    folder: Path
    event: str
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch

    def run(self, who: tuple[str, str], *argv: str) -> tuple[int, object, str]:
        return run(self.capsys, self.monkeypatch, who, "--data-dir", str(self.folder),
                   *argv)

    def members(self) -> int:
        con = sqlite3.connect(self.folder / "lindungi.sqlite")
        try:
            return int(con.execute("SELECT count(*) FROM members").fetchone()[0])
        finally:
            con.close()


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Laptop]:
    folder = tmp_path / "laptop"
    yield Laptop(folder, set_up_laptop(capsys, monkeypatch, folder), capsys, monkeypatch)


@pytest.mark.parametrize("words", [
    ["keys", "import", "{pipe}"], ["ack", "import", "{pipe}"], ["config", "import", "{pipe}"],
    ["batch", "verify", "{pipe}"], ["batch", "import", "{pipe}"],
    ["backup", "restore", "{pipe}"], ["config", "make", "--out", "{out}", "--tariffs", "{pipe}"],
])
def test_a_pipe_given_as_a_file_is_refused_at_once(laptop: Laptop, tmp_path: Path,
                                                   words: list[str]) -> None:
    """A pipe's reader waits for a writer that never comes: the command had hung."""
    pipe = tmp_path / "kunci.json"
    os.mkfifo(pipe)
    argv = [w.format(pipe=pipe, out=tmp_path / "paket.json") for w in words]
    env = dict(os.environ, LINDUNGI_USER=ADMIN[0], LINDUNGI_PASSWORD=ADMIN[1])
    done = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(laptop.folder),
                           *argv], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120)
    said = done.stdout + done.stderr  # batch verify reports its verdict on stdout
    assert done.returncode == 1, said
    assert "bukan berkas biasa" in said or "bukan berkas;" in said, said
    assert "kesalahan program" not in said


@pytest.mark.parametrize("words", [
    ["keys", "import", "{missing}"], ["ack", "import", "{missing}"],
    ["config", "import", "{missing}"], ["batch", "import", "{missing}"],
])
def test_a_file_that_is_not_there_is_said_to_be_missing(laptop: Laptop, tmp_path: Path,
                                                        words: list[str]) -> None:
    """Not 'damaged or not from Lindungi', nor the system's English."""
    missing = tmp_path / "flashdisk" / "kantor.json"
    code, _out, err = laptop.run(ADMIN, *(w.format(missing=missing) for w in words))
    assert code == 1, err
    assert "Berkas tidak ditemukan" in err and "No such file" not in err, err


def _people(path: Path, rows: int, **change: str) -> Path:
    write_import_file(path, rows, bad_ratio=0.0, seed=31)
    if change:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            table = list(csv.DictReader(fh))
        table[-1].update(change)
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, fieldnames=list(table[0]))
            out.writeheader()
            out.writerows(table)
    return path


@pytest.mark.parametrize("target", ["folder", "missing_folder", "the_input"])
def test_a_rejects_file_that_cannot_be_written_refuses_before_a_row_is_saved(
        laptop: Laptop, tmp_path: Path, target: str) -> None:
    """It had saved every good row, then reported a refusal (and named a hidden temporary
    file); given the imported file itself, it replaced the officer's spreadsheet."""
    source = _people(tmp_path / "peserta.csv", 5, nik="123")  # one row to reject
    kept = source.read_bytes()
    rejects = {"folder": tmp_path, "missing_folder": tmp_path / "tidak-ada" / "tolak.csv",
               "the_input": source}[target]
    code, _out, err = laptop.run(OFFICER, "members", "import", "--event", laptop.event,
                                 "--rejects", str(rejects), str(source))
    assert code == 1, err
    says = {"folder": "Tujuan itu sebuah folder", "missing_folder": "Folder tujuan tidak ada",
            "the_input": "tidak boleh ditulis ke berkas yang sedang diimpor"}[target]
    assert says in err and ".part" not in err
    assert laptop.members() == 0
    assert source.read_bytes() == kept


@pytest.mark.parametrize(("words", "name"), [
    (["keys", "export", "--out", "{folder}"], "usb"),
    (["members", "template", "{folder}"], "templat.csv"),
])
def test_a_folder_given_where_a_file_is_written_is_named_as_typed(
        laptop: Laptop, tmp_path: Path, words: list[str], name: str) -> None:
    """`keys export --out usb` (the stick's folder, no file name) had answered with the
    hidden temporary file beside it: "Tujuan itu sebuah folder (/…/.usb.7tz3o8bh.part)"."""
    folder = tmp_path / name
    folder.mkdir()
    code, _out, err = laptop.run(ADMIN, *(w.format(folder=folder) for w in words))
    assert code == 1, err
    assert f"Tujuan itu sebuah folder ({folder})" in err and ".part" not in err, err
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".*.part"))


def test_an_income_past_a_trillion_is_a_rejected_row(laptop: Laptop, tmp_path: Path) -> None:
    """2**63 had reached the database and ended the import with a program error after
    the chunks before it were saved."""
    source = _people(tmp_path / "peserta.csv", 5, penghasilan=str(2**63))
    rejects = tmp_path / "tolak.csv"
    code, report, err = laptop.run(OFFICER, "--json", "members", "import", "--event",
                                   laptop.event, "--rejects", str(rejects), str(source))
    assert code == 0, err
    assert isinstance(report, dict) and (report["imported"], report["rejected"]) == (4, 1)
    assert "jumlah terlalu besar" in rejects.read_text(encoding="utf-8-sig")


def test_an_event_in_year_9999_is_refused_and_a_period_of_all_time_is_reported(
        laptop: Laptop) -> None:
    code, _out, err = laptop.run(OFFICER, "events", "create", "--name", "Salah ketik",
                                 "--date", "31-12-9999", "--region", "35.74.03")
    assert code == 1 and "tanggal acara harus antara tahun 2000 dan 2099" in err, err
    code, report, err = laptop.run(OFFICER, "--json", "report", "--from", "0001-01-01",
                                   "--to", "9999-12-31")
    assert code == 0, err
    assert isinstance(report, dict) and report["members"] == 0


@pytest.mark.parametrize(("option", "content", "says"), [
    ("--events", '{"a": 1}', "acara harus berupa daftar objek JSON"),
    ("--events", '[{"name": "Pasar", "date": "9999-12-31", "region_code": "35.74.03"}]',
     "tanggal acara harus antara"),
    ("--tariffs", '{"jkm_flat": 1e400}', "isi paket konfigurasi tidak sah"),
])
def test_a_configuration_that_is_not_one_is_refused(laptop: Laptop, tmp_path: Path,
                                                    option: str, content: str,
                                                    says: str) -> None:
    given, out = tmp_path / "isi.json", tmp_path / "paket.json"
    given.write_text(content, encoding="utf-8")
    code, _out, err = laptop.run(ADMIN, "config", "make", "--out", str(out), option,
                                 str(given))
    assert code == 1 and says in err, err
    assert not out.exists()


def test_a_package_laptops_could_not_live_by_is_not_made(laptop: Laptop,
                                                          tmp_path: Path) -> None:
    """Tariffs paid every 0 months (every quote, report and import row was refused on the
    laptops until a newer package came), and occupations making a package larger than a
    laptop accepts (every laptop refused it)."""
    import json

    tariffs = json.loads((ROOT / "resources" / "tariffs" / "bpu.json").read_text("utf-8"))
    tariffs["rates"][0]["pay_periods"] = [0]
    given, out = tmp_path / "tarif.json", tmp_path / "paket.json"
    given.write_text(json.dumps(tariffs), encoding="utf-8")
    code, _out, err = laptop.run(ADMIN, "config", "make", "--out", str(out), "--tariffs",
                                 str(given))
    assert code == 1 and "tidak masuk akal: periode bayar 1, 3, 6 atau 12 bulan" in err, err
    occupations = tmp_path / "pekerjaan.txt"
    occupations.write_text("\n".join(f"Pekerjaan nomor {n:07d}" for n in range(320_000)),
                           encoding="utf-8")
    assert occupations.stat().st_size < 8 * 1024**2  # each input fits; the package not
    code, _out, err = laptop.run(ADMIN, "config", "make", "--out", str(out), "--occupations",
                                 str(occupations))
    assert code == 1 and "lebih besar dari yang diterima laptop" in err, err
    assert not out.exists()
    # a list saved by Notepad starts with a byte-order mark: read as any other
    events = tmp_path / "acara.json"
    events.write_text('[{"name": "Pasar Pagi", "date": "2026-12-20", '
                      '"region_code": "35.74.03"}]', encoding="utf-8-sig")
    code, _out, err = laptop.run(ADMIN, "config", "make", "--out", str(out), "--events",
                                 str(events))
    assert code == 0 and out.exists(), err


def test_a_batch_to_a_folder_that_is_not_there_is_refused(laptop: Laptop,
                                                          tmp_path: Path) -> None:
    code, _out, err = laptop.run(OFFICER, "batch", "export", "--out",
                                 str(tmp_path / "flashdisk-dicabut"))
    assert code == 1, err
    assert "Folder tujuan tidak ada" in err and "kesalahan program" not in err


def test_another_programs_database_is_not_restored(laptop: Laptop, tmp_path: Path) -> None:
    """It passed as a backup, the laptop's database was set aside, and the laptop did not
    open again until files were renamed by hand."""
    foreign = tmp_path / "lain.sqlite"
    con = sqlite3.connect(foreign)
    con.executescript("CREATE TABLE members (id, created_at, sync_batch);"
                      "CREATE TABLE events (id);")
    con.close()
    code, _out, err = laptop.run(ADMIN, "backup", "restore", str(foreign))
    assert code == 1, err
    assert "rusak" in err and "kesalahan program" not in err
    assert sorted(p.name for p in laptop.folder.glob("lindungi.sqlite*")
                  if "rusak" in p.name) == []
    code, listed, err = laptop.run(OFFICER, "--json", "events", "list")
    assert code == 0 and isinstance(listed, list) and len(listed) == 1, err


@pytest.mark.parametrize("copy_no", ["²", "9" * 5000])
def test_a_slip_code_with_an_odd_copy_number_is_answered(laptop: Laptop,
                                                        copy_no: str) -> None:
    """'²' is a digit to str.isdigit, and int() refuses 5,000 digits: both had ended the
    check with a program error."""
    from app.services.slip_codes import PREFIX, SEP
    from app.services.sync.signing import b64

    body = SEP.join(["0123ABCD-000001", copy_no, "3574********0001", "SITI", "JKK+JKM",
                     "20261203"])
    payload = f"{PREFIX}.{b64(body.encode())}.{b64(bytes(64))}"
    code, verdict, err = laptop.run(OFFICER, "--json", "slip", "verify", payload)
    assert "kesalahan program" not in err
    assert isinstance(verdict, dict) and verdict["valid"] is False, (code, err)


def test_a_utf32_file_is_refused_not_read_as_utf16(laptop: Laptop, tmp_path: Path) -> None:
    """UTF-32's mark begins with UTF-16's: the file was read as UTF-16, its header still
    matched, and the rejects file filled with NULs."""
    source = _people(tmp_path / "peserta.csv", 3)
    utf32 = tmp_path / "peserta32.csv"
    utf32.write_bytes(source.read_text(encoding="utf-8-sig").encode("utf-32"))
    code, _out, err = laptop.run(OFFICER, "members", "import", "--event", laptop.event,
                                 str(utf32))
    assert code == 1 and "Berkas ini UTF-32" in err, err
    assert laptop.members() == 0
