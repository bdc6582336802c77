"""A smaller ICU data library for the Linux build (the spec calls `trimmed_icudata`).

Qt's Linux wheels link ICU, whose data library (libicudata.so.NN, 32 MB) holds the
collation, time-zone, currency, unit, language and region names of 800 locales, 230
character-set converters, the CJK/Thai/Khmer/Lao/Burmese word dictionaries and the
transliterators. Qt itself asks ICU for four things only: upper/lower case (code in
libicuuc, no data), collation (ucol_*: QCollator, the file dialog's sorting),
time-zone names and ids (ucal_*: QTimeZone) and converters for codecs Qt does not do
itself (ucnv_*: QStringDecoder("windows-1252")). The desk speaks Indonesian and English,
so the data kept is: every file that is not a locale's (the root collation table, the
time-zone database, normalisation, plural rules, likely subtags, converter aliases…), the
locales root, id and en in every tree, the break rules without their dictionaries, and
the single-byte converters (DOS, Windows and ISO-8859 code pages: a few KB each). An
item ICU does not find makes it fall back to the root locale, never fail; the frozen
self-test proves collation, an Indonesian time-zone name and a windows-1252 decode.

The data lives in one read-only symbol, `icudtNN_dat`, a "common data" package: a
standard ICU data header, then a table of contents (count; per item the offsets of its
name and of its data) and the items, each 16-byte aligned. This module reads that
package out of the library, writes a package with the kept items, and assembles a new
library exporting the same symbol under the same soname (needs a C compiler driver,
`cc`, which assembles and links; no ICU tools).
"""

# ruff: noqa
from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

KEEP_LOCALES = {"root", "id", "id_ID", "en", "en_US", "en_US_POSIX", "en_001", "en_GB"}
TREES = {"coll", "zone", "curr", "lang", "region", "unit", "rbnf", "brkitr"}  # not translit
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # also "de_" (an alias)
SMALL_CONVERTER = 16_000  # bytes: the single-byte code pages; CJK and EBCDIC DBCS are larger


def keep(name: str, size: int) -> bool:
    """Whether the package item `name` ("icudt73l/coll/id.res") stays."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    stem, _, ext = leaf.rpartition(".")
    if len(parts) > 1 and parts[0] not in TREES:
        return False
    if ext == "res" and LOCALE.match(stem) and stem != "pool":
        return stem in KEEP_LOCALES
    if ext == "cnv":
        return size <= SMALL_CONVERTER
    if ext == "dict" or leaf == "unames.icu":  # word dictionaries, character names
        return False
    return True


def _elf_symbol(lib: bytes, wanted: re.Pattern[bytes]) -> tuple[str, int, int]:
    """(name, file offset, size) of the first dynamic symbol whose name matches."""
    if lib[:5] != b"\x7fELF\x02" or lib[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF library")
    shoff, = struct.unpack_from("<Q", lib, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", lib, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", lib, shoff + i * shentsize) for i in range(shnum)]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for i in range(dynsym[5] // dynsym[9]):
        st_name, _info, _other, st_shndx, st_value, st_size = struct.unpack_from(
            "<IBBHQQ", lib, dynsym[4] + i * dynsym[9])
        start = strtab[4] + st_name
        name = lib[start:lib.index(b"\0", start)]
        if wanted.fullmatch(name):
            sec = sections[st_shndx]
            return name.decode(), st_value - sec[3] + sec[4], st_size
    raise ValueError("no ICU data symbol")


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common-data package."""
    header_size, = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = data[header_size:]
    count, = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_at, data_at), end in zip(entries, ends):
        name = toc[name_at:toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data package of `items` (kept in their sorted order: ICU bisects)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_len = 4 + 8 * len(items)
    data_start = -(-(toc_len + len(names)) // 16) * 16
    toc = [struct.pack("<I", len(items))]
    blobs: list[bytes] = []
    name_at, data_at = toc_len, data_start
    for name, blob in items:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % 16)
        blobs.append(padded)
        data_at += len(padded)
    body = b"".join(toc) + names
    return header + body + b"\0" * (data_start - len(body)) + b"".join(blobs)


def trimmed_icudata(lib_path: Path, work: Path) -> tuple[Path, int, int]:
    """Build a trimmed copy of `lib_path` in `work`: (path, bytes before, bytes after)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise SystemExit("build: a C compiler driver (cc) is needed to trim ICU's data "
                         "(apt-get install gcc)")
    lib = lib_path.read_bytes()
    symbol, offset, size = _elf_symbol(lib, re.compile(rb"icudt\d+_dat"))
    header, items = read_package(lib[offset:offset + size])
    kept = [(name, blob) for name, blob in items if keep(name, len(blob))]
    # a small converter that only extends a big one names it: it goes with it
    gone = {name.rsplit("/", 1)[-1][:-4].encode() for name, blob in items
            if name.endswith(".cnv") and (name, blob) not in kept}
    kept = [(name, blob) for name, blob in kept
            if not (name.endswith(".cnv") and any(base in blob for base in gone))]
    package = write_package(header, kept)
    # a package ICU reads back must list exactly the kept items
    if [name for name, _ in read_package(package)[1]] != [name for name, _ in kept]:
        raise SystemExit("build: trimmed ICU package does not read back")
    work.mkdir(parents=True, exist_ok=True)
    (work / "icudata.dat").write_bytes(package)
    (work / "icudata.s").write_text(
        "\t.section .rodata\n\t.globl {s}\n\t.type {s}, @object\n\t.size {s}, {n}\n"
        "\t.balign 16\n{s}:\n\t.incbin \"icudata.dat\"\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n".format(s=symbol, n=len(package)))
    out = work / lib_path.name
    subprocess.run([cc, "-shared", "-nostdlib", "-s", f"-Wl,-soname,{lib_path.name}",
                    "-o", str(out), "icudata.s"], check=True, cwd=work)
    return out, len(lib), out.stat().st_size
