"""The libraries an ELF binary names itself (DT_NEEDED), for the spec's pruning.

PyInstaller's own `get_imports` answers with ldd on Linux, which lists the whole closure:
a plugin then seems to need everything its libraries need, and nothing could be pruned.
"""

# ruff: noqa
from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC, DT_NEEDED = 6, 1


def needed(path: str | Path) -> set[str] | None:
    """The sonames `path` names directly; None when it is not a 64-bit little-endian ELF
    file (then the caller asks PyInstaller)."""
    data = Path(path).read_bytes()
    if data[:5] != b"\x7fELF\x02" or data[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    names: set[str] = set()
    for sec in sections:
        if sec[1] != SHT_DYNAMIC:
            continue
        strtab = sections[sec[6]][4]
        for i in range(sec[5] // 16):
            tag, value = struct.unpack_from("<qQ", data, sec[4] + 16 * i)
            if tag == DT_NEEDED:
                start = strtab + value
                names.add(data[start:data.index(b"\0", start)].decode())
    return names
