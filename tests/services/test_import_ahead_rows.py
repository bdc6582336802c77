"""The file's later rows checked by the import's second process (`--check-csv FILE --on
DATE --share S`, tabular/ahead.py): the officer's `members import` gives the same report
and the same rejects file, byte for byte, whatever share that process checks, and
whatever it does wrong (stops, hangs, sends what is not rows, sends them out of order):
the command then checks the rows after the last good one itself. What a frame may hold
is only rows; anything else is refused before it can run."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
import os
import pickle
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services import import_rows
from app.services.demo import write_import_file
from app.services.tabular import ahead

ADMIN, PASSWORD = "admin", "kata-sandi-admin-1"
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder set up as `lindungi init` does, copied for each import."""
    folder = tmp_path_factory.mktemp("laptop") / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LINDUNGI_PASSWORD", PASSWORD)
        assert main(["--data-dir", str(folder), "init", "--device-name", "L", "--region",
                     "35.74", "--admin", ADMIN]) == 0
    return folder


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,500 generated rows, some spoiled, some NIKs twice, and the rows a file goes
    wrong with: blank lines, a row with more cells than the header, a cell too long, a
    short row."""
    path = tmp_path_factory.mktemp("berkas") / "peserta.csv"
    write_import_file(path, 1500, bad_ratio=0.15, dup_ratio=0.05, seed=11)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    width = lines[0].count(",") + 1
    odd = ["\n", ",,,\n", ",".join(["3574035001900001"] * (width + 2)) + "\n",
           "3574035001900002," + "x" * 2100 + "\n", "3574035001900003,Pendek\n"]
    for at, line in zip((3, 400, 700, 1000, 1400), odd, strict=True):
        lines.insert(at, line)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _import(laptop: Path, folder: Path, source: Path, twice: bool = False
            ) -> list[tuple[dict[str, Any], bytes]]:
    """`members import` as the officer runs it on a copy of the laptop (`twice`: the
    same file again, its rows then duplicates of the saved ones): each report (without
    its event's id) and rejects file."""
    shutil.copytree(laptop, folder)
    outcomes = []
    for round_ in range(2 if twice else 1):
        rejects = folder.parent / f"ditolak-{folder.name}-{round_}.csv"
        out = io.StringIO()
        with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
            patch.setenv("LINDUNGI_USER", ADMIN)
            patch.setenv("LINDUNGI_PASSWORD", PASSWORD)
            code = main(["--data-dir", str(folder), "--json", "members", "import",
                         str(source), "--rejects", str(rejects)])
        assert code == 0, out.getvalue()
        report = json.loads(out.getvalue())
        report.pop("event_id")
        report.pop("rejects_file")
        outcomes.append((report, rejects.read_bytes()))
    return outcomes


@pytest.fixture(scope="module")
def checked_here(laptop: Path, source: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> list[tuple[dict[str, Any], bytes]]:
    """The import with no second process: every row checked by the command."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ahead, "start", lambda *_args: ahead.Ahead())
        return _import(laptop, tmp_path_factory.mktemp("sini") / "data", source, twice=True)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rows each import took from the second process."""
    taken: list[int] = []
    rows = ahead.Ahead.rows

    def counted(self: ahead.Ahead) -> Any:
        taken.append(0)
        for item in rows(self):
            taken[-1] += 1
            yield item

    monkeypatch.setattr(ahead.Ahead, "rows", counted)
    return taken


@pytest.mark.parametrize("share", [0.0, 0.5, 0.8, 1.0])
def test_whatever_share_the_second_process_checks_the_import_comes_out_the_same(
        laptop: Path, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        checked_here: list[tuple[dict[str, Any], bytes]], share: float) -> None:
    (first, _), _again = checked_here
    assert first["rejected"] > 200 and first["duplicates"] > 50 and first["imported"] > 1000
    monkeypatch.setattr(ahead, "SHARE", share)
    taken = _counting(monkeypatch)
    assert _import(laptop, tmp_path / "data", source, twice=True) == checked_here
    content = first["read"]
    assert taken and all(abs(n - share * content) <= 0.01 * content + 2 for n in taken), taken


def _program(tmp_path: Path, code: str) -> list[str]:
    """A stand-in for the second process: runs the real one (`real` holds its whole
    output), then does `code` with it."""
    script = tmp_path / "lain.py"
    script.write_text(
        "import os, pickle, struct, subprocess, sys, time\n"
        "real = subprocess.run([sys.executable, '-P', '-m', 'app', *sys.argv[1:]],\n"
        "                      capture_output=True, env=os.environ).stdout\n"
        "out = sys.stdout.buffer\n"
        "line = real[:real.index(b'\\n') + 1]\n"
        "frames, at = [], len(line)\n"
        "while (size := struct.unpack('>Q', real[at:at + 8])[0]):\n"
        "    frames.append(real[at + 8:at + 8 + size]); at += 8 + size\n"
        "def send(frame):\n"
        "    out.write(struct.pack('>Q', len(frame)) + frame)\n"
        + code, encoding="utf-8")
    return [sys.executable, str(script)]


MARK = "sudah-jalan"


class _Runs:
    """What, pickled, would run a program when read."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.system, (f"touch {MARK}",))


WRONGS = {
    # stops after its first frame, in the middle of its second
    "stops": "out.write(line); send(frames[0]); out.write(struct.pack('>Q', len(frames[1])))"
             "; out.write(frames[1][:100])\n",
    # answers, then says nothing more
    "hangs": "out.write(line); out.flush(); time.sleep(60)\n",
    # its second frame's rows in reverse order
    "out of order": "out.write(line); send(frames[0]);"
                    " send(pickle.dumps(pickle.loads(frames[1])[::-1]))\n",
    # its second frame would run a program when read by pickle
    "runs something": "class Runs:\n"
                      "    def __reduce__(self):\n"
                      f"        return (os.system, ('touch {MARK}',))\n"
                      "out.write(line); send(frames[0]); send(pickle.dumps([Runs()]))\n",
    # a frame of what is not rows: a list of numbers
    "not rows": "out.write(line); send(pickle.dumps([1, 2, 3])); send(frames[0])\n",
    # a frame longer than the file can give
    "too long": "out.write(line); out.write(struct.pack('>Q', 1 << 40))\n",
    # its end before the file's last row
    "ends early": "out.write(line); send(frames[0]); out.write(struct.pack('>Q', 0))\n",
    # a row of its second frame not a row: its NIK a list
    "wrong inside": "out.write(line); send(frames[0]); rows = pickle.loads(frames[1]);"
                    " n, c, terms, person, problems = next(r for r in rows if len(r) == 5"
                    " and r[3]); rows[rows.index((n, c, terms, person, problems))] ="
                    " (n, c, terms, ([1],) + person[1:], problems); send(pickle.dumps(rows))\n",
}


@pytest.mark.parametrize("wrong", list(WRONGS))
def test_rows_that_stop_coming_or_are_not_rows_are_checked_by_the_command(
        laptop: Path, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture,
        checked_here: list[tuple[dict[str, Any], bytes]], wrong: str) -> None:
    monkeypatch.setattr(ahead, "SHARE", 1.0)
    monkeypatch.setattr(ahead, "WAIT_SECONDS", 2.0)
    program = _program(tmp_path, WRONGS[wrong])
    monkeypatch.setattr(ahead, "_program", lambda: program)
    monkeypatch.chdir(tmp_path)
    with caplog.at_level(logging.WARNING):
        outcome = _import(laptop, tmp_path / "data", source)
    assert outcome == checked_here[:1]
    assert "diperiksa di sini" in caplog.text
    assert not (tmp_path / MARK).exists()


def test_a_frame_holds_rows_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a frame brings back is rows as people() gives them, the problems' reasons and
    a refusal's as text; anything else is refused, even what pickle reads: a class other
    than a date (a message whose template would be filled when read, a refusal built
    with cells that expand), a value of the wrong kind anywhere in a row."""
    from app.domain.messages import Text, t
    from app.services.member_rules import Problem

    monkeypatch.chdir(tmp_path)
    terms = ("UMKM", "", "", "", "", "", "ya")
    person = ("3574035001900001", dt.date(1990, 1, 10), "P", *("x",) * 8)
    good = [(2, ["a"], terms, None, [Problem("nik", t("NIK wajib diisi"))]),
            (3, ["b"], terms, person, []),
            import_rows.Reject(4, ["baris"], [t("terlalu panjang")], ["c", "d"]),
            (5, ["d"], (None,) * len(terms), person, []),
            (6,)]  # a blank line
    back: list[Any] = import_rows.decode(import_rows.encode(good))  # type: ignore[arg-type]
    assert [import_rows.number_of(i) for i in back] == [2, 3, 4, 5, 6]
    assert back[0][4] == [Problem("nik", "NIK wajib diisi")]
    assert str(back[0][4][0]) == "nik: NIK wajib diisi"
    assert back[1] == good[1] and back[3] == good[3] and back[4] == (6,)
    assert (back[2].row, back[2].columns, back[2].reasons, back[2].cells) == (
        4, ["baris"], ["terlalu panjang"], ["c", "d"])

    class Filled:  # a message whose template reads the command's memory when filled
        def __reduce__(self) -> tuple[Any, ...]:
            return (Text, ("{a.__init__.__globals__}", {"a": 1}))

    class Built:  # a refusal made by pickle itself, its cells' JSON written then
        def __reduce__(self) -> tuple[Any, ...]:
            return (import_rows.Reject, (2, ["nik"], [], ["x"]))

    wrongs: list[Any] = [
        [(2, ["a"], terms, ("1",), [])],  # a person of too few values
        [(2, ["a"], terms, ([1],) * import_rows.PERSON_FIELDS, [])],  # a NIK not text
        [(2, ["a"], (), person, [])],  # no terms
        [(2, ["a"], terms, None, [1])],  # a problem not a (column, reason) pair
        [(2, ["a"], terms, None, [])],  # refused with no problem
        [(2, ["a"], terms, person, [("nik", "x")])],  # a person and a problem
        [(2, [1], terms, person, [])],  # a cell not text
        [(2, ["a"], (1, *terms[1:]), person, [])],  # a payment term not text
        [(2, ["a"], terms, (person[0], "1990-01-10", *person[2:]), [])],  # a date as text
        [(2, ["a"], terms, (*person[:2], 1, *person[3:]), [])],  # a gender not text
        [(2, ["a"], ("x",))], (1, 2), [[2, ["a"], terms, None, []]], [("2",)],
        [(dt.datetime(2020, 1, 1), ["a"], terms, None, [])], [_Runs()], [Filled()],
        [Built()], [(2, ["a"], terms, None, [Problem("nik", "x")])],
        [(2, ["a"], terms, None, [(Path("lain"), "x")])]]
    for wrong in wrongs:
        with pytest.raises(ValueError, match="bukan baris impor"):
            import_rows.decode(pickle.dumps(wrong))
    with pytest.raises(ValueError, match="bukan baris impor"):
        import_rows.decode(b"\x80\x05bukan pickle")
    assert not Path(MARK).exists()


def test_rows_checked_in_bytes_since_changed_are_not_taken(
        laptop: Path, source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        checked_here: list[tuple[dict[str, Any], bytes]]) -> None:
    """The file saved again between the second process's reading and the command's (its
    last rows' NIKs blanked): the command checks the rows as it read them, all of them,
    and the second process's rows, of the bytes before, are not taken."""
    changed = tmp_path / "peserta.csv"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[-300:] = ["," + line.split(",", 1)[1] if "," in line else line
                    for line in lines[-300:]]
    changed.write_text("".join(lines), encoding="utf-8")
    with monkeypatch.context() as patch:
        patch.setattr(ahead, "start", lambda *_args: ahead.Ahead())
        expected = _import(laptop, tmp_path / "sini", changed)
    assert expected != checked_here[:1]  # the change shows in the outcome

    changed.write_bytes(source.read_bytes())  # the second process reads these bytes…
    answered = ahead.Ahead.checked

    def saved_again(self: ahead.Ahead) -> Any:
        answer = answered(self)
        changed.write_text("".join(lines), encoding="utf-8")  # …the command these
        return answer

    monkeypatch.setattr(ahead.Ahead, "checked", saved_again)
    monkeypatch.setattr(ahead, "SHARE", 1.0)
    taken = _counting(monkeypatch)
    assert _import(laptop, tmp_path / "data", changed) == expected
    assert taken == []  # the second process's rows never asked for
