"""The build's own tools: ICU's data package read, filtered and written back
(build_spec/icu_trim.py), the libraries a binary names (build_spec/elf.py), and the zip
officers copy (scripts/build.py)."""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
import zipfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> ModuleType:
    name = f"_lindungi_build_{path.stem}"  # not the PyPI package `build`
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


icu_trim = load(ROOT / "build_spec" / "icu_trim.py")
elf = load(ROOT / "build_spec" / "elf.py")
build = load(ROOT / "scripts" / "build.py")


def header() -> bytes:
    """A common-data header as ICU writes it: size, magic, UDataInfo with 'CmnD'."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\0" * 4)
    raw = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return raw + b"\0" * (32 - len(raw))


def test_package_round_trip_keeps_items_aligned_and_in_order() -> None:
    items = [("icudt73l/coll/id.res", b"a" * 5), ("icudt73l/id.res", b"bb"),
             ("icudt73l/zoneinfo64.res", b"c" * 33)]
    data = icu_trim.write_package(header(), items)
    head, back = icu_trim.read_package(data)
    assert head == header()
    # items come back with the padding to 16 bytes that ICU's alignment needs
    assert [(n, b.rstrip(b"\0")) for n, b in back] == items
    count, = struct.unpack_from("<I", data, len(head))
    offsets = [struct.unpack_from("<II", data, len(head) + 4 + 8 * i)[1] for i in range(count)]
    assert all(o % 16 == 0 for o in offsets)


def test_kept_locales_are_indonesian_english_and_root() -> None:
    keep = icu_trim.keep
    assert keep("icudt73l/coll/id.res", 100) and keep("icudt73l/zone/en.res", 100)
    assert keep("icudt73l/root.res", 100) and keep("icudt73l/coll/ucadata.icu", 10**6)
    assert keep("icudt73l/zoneinfo64.res", 10**5) and keep("icudt73l/pool.res", 10**5)
    assert not keep("icudt73l/coll/zh.res", 100) and not keep("icudt73l/fr_CA.res", 100)
    assert not keep("icudt73l/coll/de_.res", 100)  # an alias of a dropped locale
    assert not keep("icudt73l/translit/root.res", 100)
    assert not keep("icudt73l/brkitr/cjdict.dict", 100)
    assert keep("icudt73l/ibm-5348_P100-1997.cnv", 5000)  # windows-1252
    assert not keep("icudt73l/gb18030.cnv", 232816)


def test_needed_names_only_direct_libraries() -> None:
    from PySide6 import QtCore

    names = elf.needed(QtCore.__file__)
    if sys.platform.startswith("linux"):
        assert names is not None and "libQt6Core.so.6" in names
        assert "libicudata.so.73" not in names  # ICU comes through libQt6Core, not here
    else:
        assert names is None  # not ELF: the spec asks PyInstaller instead
    assert elf.needed(ROOT / "pyproject.toml") is None


def test_zip_holds_the_folder_and_keeps_links_as_links(tmp_path: Path) -> None:
    folder = tmp_path / "lindungi"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "lindungi").write_bytes(b"\x7fELF program")
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"q" * 10_000)
    os.symlink("lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    target = tmp_path / "out.zip"
    size = build.make_zip(folder, target)
    assert size == target.stat().st_size
    with zipfile.ZipFile(target) as zf:
        names = {i.filename: i for i in zf.infolist()}
        assert set(names) == {"lindungi/lindungi", "lindungi/_internal/lib/libQt6Core.so.6",
                              "lindungi/_internal/libQt6Core.so.6"}
        link = names["lindungi/_internal/libQt6Core.so.6"]
        assert (link.external_attr >> 16) & 0o170000 == 0o120000  # S_IFLNK
        assert zf.read(link) == b"lib/libQt6Core.so.6"
        assert zf.read("lindungi/_internal/lib/libQt6Core.so.6") == b"q" * 10_000
    assert size < 10_000  # deflated, the link not a second copy
