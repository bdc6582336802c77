"""Writing files so that a half-written file never stands under its final name, and
reading a file from outside no further than its kind may be long."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from app.domain.errors import DomainError
from app.domain.messages import Text, t


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success fsync it and rename it over
    `target`; on any error remove it and leave `target` as it was."""
    target = Path(target)
    if target.is_dir():  # said of the folder typed, not of the temporary file beside it
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def fsync_file(path: Path) -> None:
    """Force a file's bytes to the disk (before anything records that it exists)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


class TooBig(DomainError):
    """A file from outside refused before it was used: longer than its kind may be, or
    (NotAFile) not a plain file. The message says what to do."""


class Unreadable(TooBig):
    """A file from outside that cannot be read at all (missing, not allowed, a stick
    pulled out): said as such, not as a damaged file."""


class NotAFile(TooBig):
    """A folder, a device or a pipe where a file was asked for: a pipe's reader waits
    for a writer that never comes."""


def require_file(path: Path) -> None:
    """Refuse a path that is there but is not a plain file, before anything opens it (a
    missing file is the caller's OSError, as before)."""
    p = Path(path)
    if p.exists() and not p.is_file():
        raise NotAFile(t("{name} bukan berkas biasa (sebuah folder, perangkat atau pipa); "
                         "pilih berkasnya", name=p.name))


def read_bounded(path: Path, limit: int, too_big: Text) -> bytes:
    """A whole file from outside (a stick, a download), read only when it is at most
    `limit` bytes: a file made to exhaust memory is refused with `too_big` after reading
    `limit + 1` bytes, never loaded whole; a folder or a pipe with NotAFile; a file that
    cannot be read with Unreadable, saying why."""
    require_file(path)
    try:
        with Path(path).open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise Unreadable(explain_read(exc)) from exc
    if len(raw) > limit:
        raise TooBig(too_big)
    return raw


def parse_json(text: str | bytes) -> Any:
    """`json.loads` for text from outside: a document nested deeper than the parser
    goes (a few kilobytes of brackets) is malformed JSON, a ValueError like any other,
    not a crash."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("JSON bersarang terlalu dalam") from exc


#: What `zipfile` raises on a damaged or hostile archive: a bad header, checksum or
#: stream; a version or compression method it does not know, or a strong-encryption
#: flag (NotImplementedError); a part marked encrypted (RuntimeError).
ZIP_DAMAGE: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError,
    OSError, ValueError, KeyError, zlib.error, struct.error)


def check_writable(target: Path) -> None:
    """Before work whose result goes to `target` (and that cannot be taken back): the
    folder is there and takes a new file, and `target` is not a folder. Raises the
    OSError a write would, naming `target` (`explain` says what to do)."""
    target = Path(target)
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(target)) from exc


def write_workbook(target: Path, workbook: Any) -> None:
    """An openpyxl workbook made whole in memory, then published as `write_atomic` does:
    saved straight to a full stick, openpyxl left its half-written archive to the
    collector, whose error came out on stderr after the refusal had been said."""
    made = io.BytesIO()
    workbook.save(made)
    write_atomic(target, lambda fh: fh.write(made.getbuffer()), "wb")


def write_atomic(target: Path, writer: Callable[[IO[Any]], object], mode: str = "w",
                 **open_kwargs: Any) -> None:
    """Open a temporary file, let `writer` fill it, then publish it atomically."""
    with atomic_path(target) as tmp, open(tmp, mode, **open_kwargs) as fh:
        writer(fh)


def explain_read(exc: OSError) -> Text:
    """What a person can do about a file that could not be read, in Indonesian."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return t("Berkas tidak ditemukan{where}: periksa namanya, dan apakah flashdisk "
                 "masih terpasang.", where=where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return t("Berkas tidak boleh dibaca{where}: salin dulu ke folder Dokumen, lalu "
                 "pilih salinannya.", where=where)
    if exc.errno == errno.EIO:
        return t("Gagal membaca perangkat{where}: flashdisk mungkin dicabut atau rusak. "
                 "Pasang lagi lalu ulangi.", where=where)
    return t("Berkas tidak bisa dibaca{where}: {why}.", where=where,
             why=exc.strerror or exc)


def explain(exc: OSError) -> str:
    """What a person can do about a failed write, in Indonesian (a catalogue message,
    which the desk shows in its own language). A failed rename names its target, the
    file the person chose, not the temporary file it was written to."""
    name = exc.filename2 or exc.filename
    where = f" ({name})" if name else ""
    if exc.errno == errno.ENOSPC:
        return t("Ruang penyimpanan penuh{where}: kosongkan ruang atau pakai flashdisk "
                 "lain. Berkas yang sudah ada tidak diubah.", where=where)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return t("Tujuan tidak bisa ditulis{where} (hanya-baca atau dikunci): geser "
                 "kunci tulis flashdisk atau pilih folder lain. Berkas yang sudah ada tidak "
                 "diubah.", where=where)
    if exc.errno == errno.EISDIR:
        return t("Tujuan itu sebuah folder{where}: ketik nama berkas di dalamnya.",
                 where=where)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return t("Folder tujuan tidak ada{where}: periksa flashdisk masih terpasang.",
                 where=where)
    if exc.errno == errno.EIO:
        return t("Gagal membaca/menulis perangkat{where}: flashdisk mungkin dicabut atau "
                 "rusak. Pasang lagi lalu ulangi.", where=where)
    return t("Gagal menulis{where}: {why}.", where=where, why=exc.strerror or exc)
