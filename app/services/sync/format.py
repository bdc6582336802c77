"""The batch file: a ZIP holding a signed manifest and the records as JSON lines.

    manifest.json   canonical JSON (sorted keys): format, batch id, device (id, name,
                    region, Ed25519 and X25519 public keys), officer, sequence, hash of
                    the device's previous batch, creation time, record counts, SHA-256
                    of every part, encryption (null or scheme, recipient, ephemeral key)
    manifest.sig    Ed25519 signature of manifest.json by the device (signing.b64)
    <part>.jsonl    one record a line (events, groups, members, slips, audit)
    <part>.jsonl.enc  the same, AES-256-GCM encrypted to the office's X25519 key

Everything is checked before anything is used: the archive's shape and sizes, the
signature, every part's hash, and (when decrypting) GCM's own authentication. A part is
never held whole: it is hashed, authenticated and parsed a block at a time, so a batch of
any size the bounds allow is read in bounded memory (only the file itself is held, while
its signature is checked). See docs/batch-format.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import struct
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.domain.errors import UserError
from app.domain.messages import t
from app.services.files import ZIP_DAMAGE, NotAFile, explain_read, parse_json, require_file
from app.services.sync.signing import b64, canonical, public_raw, unb64

#: The batch format this program writes; it reads every earlier one too. 2: officers
#: travel with the records that name them. 3: audit entries carry the segment of the
#: laptop's chain, and the manifest its head (`chain`).
FORMAT_VERSION = 3
FORMAT_NAME = "lindungi-batch/"
FORMAT = f"{FORMAT_NAME}{FORMAT_VERSION}"
SCHEME = "X25519-HKDF-SHA256-AES256GCM"
PARTS = ("events", "groups", "members", "slips", "audit")
#: Bounds on what a batch may make this program read and hold. A laptop holds up to
#: 100,000 members: its batch is about 9 MB, its members part about 70 MB uncompressed.
MAX_FILE = 256 * 1024**2
MAX_PART = 512 * 1024**2  # uncompressed
MAX_MANIFEST = 1024**2
MAX_RATIO = 50  # uncompressed / compressed, for parts over 10 MB: JSON lines give ~10
#: A laptop numbers its batches from 1, one per export: ten a day for 250 years.
MAX_SEQUENCE = 1_000_000


class BatchRefused(UserError, ValueError):
    """The file is not a sound batch; the reason says why. Nothing was imported."""


class NewerProgram(BatchRefused):
    """A batch written by a newer program than this one: not damage, an old program."""

    def __init__(self, detail: str) -> None:
        super().__init__(t("batch ini dibuat versi Lindungi yang lebih baru ({detail}): "
                           "perbarui program di kantor, lalu impor lagi",
                           detail=detail))


def format_version(name: object) -> int:
    """The version number of a batch format name; refuses what is not a batch, and what
    a newer program wrote."""
    if not isinstance(name, str) or not name.startswith(FORMAT_NAME) or \
            not name[len(FORMAT_NAME):].isdigit():
        raise BatchRefused(t("format batch tidak dikenal (bukan berkas batch Lindungi)"))
    version = int(name[len(FORMAT_NAME):])
    if version > FORMAT_VERSION:
        raise NewerProgram(t("format {version}, program ini membaca sampai {FORMAT_VERSION}",
                             version=version,
                             FORMAT_VERSION=FORMAT_VERSION))
    if version < 1:
        raise BatchRefused(t("format batch tidak dikenal (bukan berkas batch Lindungi)"))
    return version


def _aes_key(shared: bytes, fmt: str, batch_id: str, part: str) -> bytes:
    """The key of one part: bound to the batch's own format name, id and part."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"{fmt}|{batch_id}|{part}".encode()).derive(shared)


def write_batch(
    manifest: dict[str, Any],
    parts: dict[str, bytes],
    signing_key: Ed25519PrivateKey,
    recipient_box_key: bytes | None = None,
    recipient_id: str | None = None,
) -> tuple[bytes, bytes]:
    """Return (zip bytes, manifest bytes); `manifest` gets parts, hashes and encryption."""
    stored: dict[str, bytes] = {}
    encryption = None
    if recipient_box_key is not None:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box_key))
        for name, data in parts.items():
            nonce = os.urandom(12)
            key = _aes_key(shared, FORMAT, manifest["batch_id"], name)
            stored[f"{name}.jsonl.enc"] = nonce + AESGCM(key).encrypt(nonce, data, None)
        encryption = {"scheme": SCHEME, "recipient": recipient_id,
                      "ephemeral_public_key": b64(public_raw(ephemeral))}
    else:
        stored = {f"{name}.jsonl": data for name, data in parts.items()}
    manifest = dict(manifest, format=FORMAT, encryption=encryption,
                    parts={name: hashlib.sha256(data).hexdigest()
                           for name, data in stored.items()})
    manifest_bytes = canonical(manifest)
    signature = signing_key.sign(manifest_bytes)
    entries = [("manifest.json", manifest_bytes),
               ("manifest.sig", b64(signature).encode("ascii")), *stored.items()]
    return assemble(entries, signing_key), manifest_bytes


def assemble(entries: list[tuple[str, bytes]], signing_key: Ed25519PrivateKey) -> bytes:
    """The archive bytes: entries with fixed times and no extras, and as the archive's
    comment the signature of every byte before it, so that one byte changed anywhere in
    the file (even one a ZIP reader never looks at) is found."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        zf.comment = b"-" * FILE_SIG_LEN  # room for the whole-file signature
    signed = buf.getvalue()[:-FILE_SIG_LEN]
    return signed + b64(signing_key.sign(signed)).encode("ascii")


FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FILE_SIG_LEN = 86  # base64url of a 64-byte Ed25519 signature
_LOCAL = struct.Struct("<4s5H3L2H")
_END = struct.Struct("<4s4H2LH")


def check_layout(blob: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """Every byte of the archive accounted for: each local header agrees with the central
    directory, entries follow each other with nothing between, no comments, extras or
    flags, every part deflated (as `assemble` writes them). Together with the signature
    and the part hashes, one changed byte anywhere is found."""
    offset = 0
    for info in infos:
        if info.header_offset != offset or info.flag_bits or info.extra or info.comment \
                or info.compress_type != zipfile.ZIP_DEFLATED:
            raise BatchRefused(t("susunan berkas batch tidak wajar (diubah?)"))
        head = blob[offset:offset + _LOCAL.size]
        if len(head) < _LOCAL.size:
            raise BatchRefused(t("berkas batch terpotong"))
        (sig, _version, flags, method, mtime, mdate, crc, csize, usize, nlen,
         elen) = _LOCAL.unpack(head)
        dos_time = (info.date_time[3] << 11) | (info.date_time[4] << 5) | \
            (info.date_time[5] // 2)
        dos_date = ((info.date_time[0] - 1980) << 9) | (info.date_time[1] << 5) | \
            info.date_time[2]
        name = blob[offset + _LOCAL.size:offset + _LOCAL.size + nlen]
        if (sig != b"PK\x03\x04" or flags != info.flag_bits or method != info.compress_type
                or mtime != dos_time or mdate != dos_date or crc != info.CRC
                or csize != info.compress_size or usize != info.file_size or elen != 0
                or name != info.filename.encode("utf-8")):
            raise BatchRefused(t("kepala bagian {filename} tidak cocok dengan daftar isi "
                                 "berkas (diubah)",
                                 filename=info.filename))
        offset += _LOCAL.size + nlen + info.compress_size
    end = blob[-_END.size - FILE_SIG_LEN:-FILE_SIG_LEN]
    if len(end) < _END.size:
        raise BatchRefused(t("berkas batch terpotong"))
    sig, _disk, _start, _here, total, size, start, comment = _END.unpack(end)
    if sig != b"PK\x05\x06" or comment != FILE_SIG_LEN or start != offset \
            or total != len(infos) or start + size + _END.size + FILE_SIG_LEN != len(blob):
        raise BatchRefused(t("daftar isi berkas batch tidak wajar (diubah atau terpotong)"))


#: A batch holds the manifest, its signature and one file per part: a directory of more
#: entries, or larger than they take, is not a batch (a million empty entries cost
#: zipfile 1.3 GB to list before anything else was looked at).
MAX_ENTRIES = 32
MAX_DIRECTORY = 64 * 1024
_BASE64URL = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _small_directory(blob: bytes) -> None:
    """The end record where a batch has it (before the whole-file signature, which is
    base64 and so holds no other end record for zipfile to find) names a directory of a
    batch's size: checked before zipfile reads the directory."""
    end = blob[-_END.size - FILE_SIG_LEN:-FILE_SIG_LEN]
    if len(end) < _END.size:
        raise BatchRefused(t("berkas batch terpotong"))
    sig, _disk, _start, _here, total, size, _offset, _comment = _END.unpack(end)
    if sig != b"PK\x05\x06" or total > MAX_ENTRIES or size > MAX_DIRECTORY or \
            blob[-FILE_SIG_LEN:].translate(None, _BASE64URL):
        raise BatchRefused(t("daftar isi berkas batch tidak wajar (diubah atau terpotong)"))


#: How much of a part is read, decompressed and decrypted at a time.
BLOCK = 1024**2
_DAMAGED = t("berkas batch rusak atau terpotong; salin ulang dari laptop")
_WRONG_KEY = t("isi batch tidak bisa dibuka dengan kunci kantor ini (dienkripsi untuk "
               "kantor lain, atau diubah)")


@dataclass
class OpenedBatch:
    """A batch whose archive, signature and part hashes have been checked.

    The parts are not held: each is read again from the file when it is used, a block at
    a time, and its SHA-256 taken again on the way; a part whose bytes no longer match
    the manifest (the file changed since it was checked) is refused at its end, before
    its import can commit."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    path: Path
    #: stored name → size of the stored part (uncompressed), as checked
    sizes: dict[str, int]

    @property
    def manifest_hash(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def batch_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["batch_id"])

    @property
    def device_id(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["device"]["id"])

    @property
    def device_key(self) -> bytes:
        return unb64(self.manifest["device"]["public_key"])

    @property
    def encrypted(self) -> bool:
        return self.manifest.get("encryption") is not None

    @property
    def version(self) -> int:
        return format_version(self.manifest.get("format"))

    def part(self, name: str, box_key: X25519PrivateKey | None = None) -> bytes:
        """The plain JSON lines of a part, whole (decrypted with the office's key if
        needed). For small parts; an import reads `blocks`."""
        return b"".join(self.blocks(name, box_key))

    def blocks(self, name: str, box_key: X25519PrivateKey | None = None) -> Iterator[bytes]:
        """The plain JSON lines of a part, a block at a time. An encrypted part is
        authenticated whole (GCM's tag) before its first block is given out, so that a
        part the office's key does not open is refused as such, never parsed."""
        stored_name = f"{name}.jsonl.enc" if self.encrypted else f"{name}.jsonl"
        if stored_name not in self.sizes:
            raise BatchRefused(t("bagian {name} tidak ada di batch (berkas tidak lengkap); "
                                 "batch ditolak utuh",
                                 name=name))
        if not self.encrypted:
            return self._stored(stored_name)
        if box_key is None:
            raise BatchRefused(t("batch ini terenkripsi untuk kantor; kunci kantor tidak ada di "
                                 "perangkat ini"))
        enc = self.manifest["encryption"]
        try:
            ephemeral = X25519PublicKey.from_public_bytes(unb64(enc["ephemeral_public_key"]))
            shared = box_key.exchange(ephemeral)
            key = _aes_key(shared, str(self.manifest["format"]), self.manifest["batch_id"],
                           name)
        except (ValueError, KeyError, TypeError) as exc:
            raise BatchRefused(_WRONG_KEY) from exc
        for _ in self._decrypted(stored_name, key):  # the tag first, the records after
            pass
        return self._decrypted(stored_name, key)

    def _decrypted(self, stored_name: str, key: bytes) -> Iterator[bytes]:
        """A part stored as nonce (12) + ciphertext + tag (16), see `write_batch`,
        decrypted block by block; the tag is checked at the end."""
        size = self.sizes[stored_name]
        if size < 12 + 16:
            raise BatchRefused(_WRONG_KEY)
        body_end = size - 16
        nonce, tag, offset = b"", b"", 0
        decryptor = None
        for block in self._stored(stored_name):
            start, offset = offset, offset + len(block)
            if start < 12:
                nonce += block[:12 - start]
            if decryptor is None and len(nonce) == 12:
                decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce)).decryptor()
            body = block[max(12 - start, 0):max(body_end - start, 0)]
            if body and decryptor is not None:
                yield decryptor.update(body)
            if offset > body_end:
                tag += block[max(body_end - start, 0):]
        try:
            if decryptor is None:
                raise InvalidTag
            decryptor.finalize_with_tag(tag)
        except (InvalidTag, ValueError) as exc:
            raise BatchRefused(_WRONG_KEY) from exc

    def _stored(self, stored_name: str) -> Iterator[bytes]:
        """The part's stored bytes read again from the file, a block at a time, checked
        against the manifest's hash at the end."""
        size = self.sizes[stored_name]
        digest = hashlib.sha256()
        read = 0
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(stored_name) as fh:
                while block := fh.read(BLOCK):
                    read += len(block)
                    if read > size:
                        break
                    digest.update(block)
                    yield block
        except ZIP_DAMAGE as exc:
            raise BatchRefused(_DAMAGED) from exc
        if read != size or digest.hexdigest() != self.manifest["parts"][stored_name]:
            raise BatchRefused(t("isi bagian {stored_name} tidak cocok dengan manifest (diubah "
                                 "atau rusak)",
                                 stored_name=stored_name))


def _identity(manifest: dict[str, Any]) -> Ed25519PublicKey:
    """The signing key the manifest names, after its identity fields are checked."""
    try:
        device = manifest["device"]
        key = Ed25519PublicKey.from_public_bytes(unb64(device["public_key"]))
        uuid.UUID(device["id"])
        uuid.UUID(manifest["batch_id"])
        sequence = manifest["sequence"]
    except (KeyError, TypeError, ValueError) as exc:
        raise BatchRefused(t("manifest batch rusak: identitas perangkat tidak lengkap")) from exc
    if not isinstance(sequence, int) or isinstance(sequence, bool) or \
            not 1 <= sequence <= MAX_SEQUENCE:
        raise BatchRefused(t("nomor batch tidak masuk akal (harus 1 sampai {most}); batch ditolak",
                             most=f"{MAX_SEQUENCE:,}".replace(",", ".")))
    previous = manifest.get("previous_hash", "")
    if not aware_time(manifest.get("created_at")) or not isinstance(previous, str) or \
            len(previous) > 64 or previous.strip("0123456789abcdef"):
        raise BatchRefused(t("manifest batch rusak: waktu pembuatan atau sidik batch "
                             "sebelumnya tidak sah"))
    return key


def aware_time(value: object) -> bool:
    """An ISO 8601 time with its offset, that can be told in UTC (as it is stored)."""
    if not isinstance(value, str):
        return False
    try:
        parsed = dt.datetime.fromisoformat(value)
        parsed.astimezone(dt.UTC)  # year 9999 at -12:00 is past the last UTC day
    except (ValueError, OverflowError):
        return False
    return parsed.tzinfo is not None


def open_batch(path: Path) -> OpenedBatch:
    """Read and check a batch file without touching any database. The signatures are
    checked on the bytes as stored, before any part is decompressed; every part is
    bounded in size and compression ratio before it is read."""
    try:
        require_file(path)  # a pipe would be waited on forever
        size = path.stat().st_size
    except NotAFile as exc:
        raise BatchRefused(exc.message) from exc
    except OSError as exc:
        raise BatchRefused(explain_read(exc)) from exc
    if size > MAX_FILE:
        raise BatchRefused(t("berkas terlalu besar untuk sebuah batch (lebih dari {value} MB)",
                             value=MAX_FILE // 1024 ** 2))
    try:
        blob = path.read_bytes()
        _small_directory(blob)
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            check_layout(blob, zf.infolist())
            infos = {i.filename: i for i in zf.infolist()}
            if "manifest.json" not in infos or "manifest.sig" not in infos:
                raise BatchRefused(t("bukan berkas batch Lindungi (manifest tidak ada)"))
            if infos["manifest.json"].file_size > MAX_MANIFEST or \
                    infos["manifest.sig"].file_size > 200:
                raise BatchRefused(t("manifest batch tidak wajar besarnya"))
            manifest_bytes = zf.read("manifest.json")
            signature = unb64(zf.read("manifest.sig").decode("ascii").strip())
            manifest = parse_json(manifest_bytes)
            if not isinstance(manifest, dict):
                raise BatchRefused(t("manifest batch rusak"))
            format_version(manifest.get("format"))
            key = _identity(manifest)
            try:
                key.verify(signature, manifest_bytes)
            except InvalidSignature as exc:
                raise BatchRefused(t("tanda tangan manifest tidak cocok: batch diubah atau bukan "
                                     "dari perangkat itu")) from exc
            try:
                key.verify(unb64(blob[-FILE_SIG_LEN:].decode("ascii")),
                           memoryview(blob)[:-FILE_SIG_LEN])  # no copy of the file
            except (InvalidSignature, ValueError, UnicodeDecodeError) as exc:
                raise BatchRefused(t("tanda tangan berkas tidak cocok: ada bagian berkas yang "
                                     "diubah atau rusak")) from exc
            parts = manifest.get("parts")
            if not isinstance(parts, dict):
                raise BatchRefused(t("manifest batch rusak: daftar bagian tidak ada"))
            extra = set(infos) - {"manifest.json", "manifest.sig"} - set(parts)
            if extra:
                raise BatchRefused(t("batch berisi berkas yang tidak disebut manifest"))
            sizes = {}
            for name in parts:
                info = infos.get(name)
                if info is None:
                    raise BatchRefused(t("bagian {name} hilang dari batch (terpotong?)", name=name))
                if info.file_size > MAX_PART or (
                        info.file_size > 10_000_000
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                    raise BatchRefused(t("bagian {name} tidak wajar besarnya (lebih dari "
                                         "{value} MB, atau dimampatkan lebih dari {MAX_RATIO} "
                                         "kali); batch ditolak",
                                         name=name,
                                         value=MAX_PART // 1024 ** 2,
                                         MAX_RATIO=MAX_RATIO))
                sizes[name] = info.file_size
            for name, digest in parts.items():  # decompressed a block at a time, not kept
                sha = hashlib.sha256()
                with zf.open(name) as fh:
                    while block := fh.read(BLOCK):
                        sha.update(block)
                if sha.hexdigest() != digest:
                    raise BatchRefused(t("isi bagian {name} tidak cocok dengan manifest "
                                         "(diubah atau rusak)",
                                         name=name))
    except BatchRefused:
        raise
    except ZIP_DAMAGE as exc:
        raise BatchRefused(_DAMAGED) from exc
    return OpenedBatch(manifest, manifest_bytes, path, sizes)
