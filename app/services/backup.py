"""Automatic backups and restore.

Backups are made with SQLite's online backup API (consistent while the program runs),
fsynced under a temporary name, then renamed: at start, when an event closes and every N
registrations; kept rolling (the newest N) in the data folder and, if set, in a second
folder (another drive or a USB stick). At start a damaged database is detected and the
newest good backup offered; restoring keeps the damaged file aside, never deletes it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import logs
from app.db import DB_FILENAME, backup_sqlite
from app.domain.dates import wib_text
from app.domain.errors import DomainError
from app.domain.messages import join, t
from app.services.audit import Actor, record

if TYPE_CHECKING:
    from app.services.workspace import Workspace

BACKUP_DIR = "backups"
PREFIX = "otomatis-"
KEEP_SETTING = "backup_keep"
EVERY_SETTING = "backup_every"
SECOND_SETTING = "backup_second_dir"
DEFAULT_KEEP = 10
DEFAULT_EVERY = 25
_log = logs.get("backup")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    members: int
    events: int
    last_registration: dt.datetime | None
    sound: bool

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "made_at": self.made_at.isoformat(),
                "reason": self.reason, "members": self.members, "events": self.events,
                "last_registration": self.last_registration.isoformat()
                if self.last_registration else None, "sound": self.sound}


def _settings(db: Path) -> dict[str, str]:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return dict(con.execute("SELECT key, value FROM settings").fetchall())
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def make_backup(data_dir: Path, reason: str) -> list[Path]:
    """Back up now; returns the copies written (data folder first, then the second)."""
    db = data_dir / DB_FILENAME
    if not db.exists():
        return []
    settings = _settings(db)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{PREFIX}{stamp}-{reason}.sqlite"
    folders = [data_dir / BACKUP_DIR]
    second = settings.get(SECOND_SETTING, "").strip()
    if second:
        folders.append(Path(second))
    keep = int(settings.get(KEEP_SETTING, "") or DEFAULT_KEEP)
    written = []
    for folder in folders:
        try:
            written.append(backup_sqlite(db, folder / name))
            _prune(folder, keep)
        except OSError as exc:  # the second drive pulled out: the first copy still counts
            _log.warning("cadangan ke %s gagal: %s", folder, exc.strerror or exc)
            if folder == folders[0]:
                raise
    _log.info("cadangan dibuat (%s): %d salinan", reason, len(written))
    return written


def _prune(folder: Path, keep: int) -> None:
    copies = sorted(folder.glob(f"{PREFIX}*.sqlite"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)


DAMAGED_MARKER = "DATABASE-RUSAK"


def is_readable(data_dir: Path) -> bool:
    """The cheap check at start: the file is a database with its schema, and no earlier
    deep check marked it damaged. (`deep_check` reads every page, in the background.)"""
    db = data_dir / DB_FILENAME
    if (data_dir / DAMAGED_MARKER).exists():
        return False
    if not db.exists():
        return True
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            con.execute("PRAGMA schema_version").fetchone()
            return True
        finally:
            con.close()
    except sqlite3.Error:
        return False


def deep_check(data_dir: Path) -> bool:
    """Every page read (`quick_check`); a damaged database is marked so that the next
    start offers a backup."""
    sound = is_sound(data_dir / DB_FILENAME)
    if not sound:
        (data_dir / DAMAGED_MARKER).write_text(
            dt.datetime.now(dt.UTC).isoformat(), encoding="utf-8")
        _log.error("pemeriksaan menyeluruh: database rusak")
    return sound


def is_sound(db: Path) -> bool:
    """`PRAGMA quick_check` passes (and the file is a database at all)."""
    if not db.exists():
        return True
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA cache_size=-1024")  # reading every page needs no big cache
            row = con.execute("PRAGMA quick_check").fetchone()
            return bool(row and row[0] == "ok")
        finally:
            con.close()
    except sqlite3.Error:
        return False


def describe(path: Path) -> BackupInfo:
    """What a backup holds, read without changing it. Sound: a Lindungi database (its
    migration version, devices and audit trail) that passes SQLite's check; a folder,
    a pipe (which SQLite would wait on forever) or another program's database is not."""
    stem = path.stem.removeprefix(PREFIX)
    stamp, _, reason = stem.partition("-")
    plain = path.is_file()
    try:
        made = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        made = dt.datetime.fromtimestamp(path.stat().st_mtime if plain else 0, dt.UTC)
    members = events = 0
    last = None
    sound = plain and is_sound(path)
    if sound:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ours = con.execute("SELECT version_num FROM alembic_version").fetchone()
            con.execute("SELECT count(*) FROM devices JOIN audit_entries ON 0").fetchone()
            members = con.execute("SELECT count(*) FROM members").fetchone()[0]
            events = con.execute("SELECT count(*) FROM events").fetchone()[0]
            raw = con.execute("SELECT max(created_at) FROM members").fetchone()[0]
            last = dt.datetime.fromisoformat(raw).replace(tzinfo=dt.UTC) if raw else None
            sound = bool(ours and ours[0])
        except (sqlite3.Error, ValueError, TypeError):
            sound = False
        finally:
            con.close()
    return BackupInfo(path, made, reason or "-", members, events, last, sound)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Newest first, from the data folder and the second folder."""
    db = data_dir / DB_FILENAME
    folders = [data_dir / BACKUP_DIR]
    second = _settings(db).get(SECOND_SETTING, "").strip() if db.exists() else ""
    if second:
        folders.append(Path(second))
    found = []
    for folder in folders:
        if folder.exists():
            found += [describe(p) for p in folder.glob(f"{PREFIX}*.sqlite")]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


@dataclass(frozen=True)
class RestoreReport:
    restored_from: BackupInfo
    damaged_kept_as: Path | None
    lost_after: dt.datetime
    lost_members: int | None  # None: the damaged file could not tell
    #: of those, how many a batch had already carried off (the office keeps them)
    lost_sent: int = 0

    def message(self) -> str:
        since = wib_text(self.lost_after)
        if self.lost_members is None:
            lost = t("pendaftaran sesudah {since} tidak ada di cadangan; periksa formulir "
                     "kertas atau batch di USB untuk hari ini", since=since)
        elif self.lost_members == 0:
            lost = t("tidak ada pendaftaran yang hilang")
        else:
            unsent = self.lost_members - self.lost_sent
            parts: list[str] = [t("{count} pendaftaran sesudah {since} tidak ada di cadangan",
                                  count=self.lost_members, since=since)]
            if self.lost_sent:
                parts.append(t("{sent} di antaranya sudah dikirim ke kantor dalam batch dan "
                               "tetap tersimpan di sana", sent=self.lost_sent))
            if unsent:
                parts.append(t("{unsent} belum pernah dikirim dan perlu didaftar ulang",
                               unsent=unsent))
            lost = join(parts, "; ")
        return t("Dipulihkan dari cadangan {since} ({members} peserta); {lost}.", since=since,
                 members=self.restored_from.members, lost=lost)


def backup_now(ws: Workspace, actor: Actor) -> list[Path]:
    """A copy asked for by a person (the automatic ones need nobody): a supervisor's act
    once accounts exist, since the copy holds every member's personal data."""
    from app.services import roles

    with ws.db.session() as s:
        roles.require(s, actor, "backup.now")
        record(s, actor, "backup_now", "device", actor.device_id)
    return make_backup(ws.data_dir, "manual")


def _first_value(db: Path, query: str) -> object | None:
    """The first column of the first row `query` gives on a database file read-only;
    None when the file cannot be read (or the row is empty)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = con.execute(query).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _local_device(db: Path) -> str | None:
    """The id of the laptop a database file belongs to, if it can be read."""
    found = _first_value(db, "SELECT id FROM devices WHERE is_local")
    return str(found) if found is not None else None


def check_restore(data_dir: Path, backup: Path, actor: Actor | None) -> None:
    """Where the database can still be read and accounts exist, only an administrator
    restores, and only a backup of this same laptop (another laptop's file would make
    this one sign with that laptop's key). A database that cannot be opened is restored
    without either check: that is what the backups are for."""
    from sqlalchemy.exc import DatabaseError

    from app.db import Database
    from app.services import roles

    db = data_dir / DB_FILENAME
    if not db.exists() or not is_readable(data_dir):
        return
    database = Database.open_file(db, migrate=False)
    try:
        with database.session() as s:
            roles.require(s, actor or Actor(uuid.UUID(int=0)), "backup.restore")
    except DatabaseError:
        return  # it cannot be read after all
    finally:
        database.dispose()
    mine, theirs = _local_device(db), _local_device(backup)
    if mine and theirs and mine != theirs:
        raise DomainError(t("cadangan ini dari perangkat lain, bukan dari laptop ini; "
                            "pilih cadangan laptop ini"))


def restore(data_dir: Path, backup: Path, actor: Actor | None = None) -> RestoreReport:
    """Put a backup in place of the database; the old file is kept beside it. `actor`
    is who asks (an administrator once accounts exist, see `check_restore`). Should any
    step after the old file was set aside fail, the old file is put back."""
    if not backup.is_file():
        raise DomainError(t("{name} tidak ditemukan atau bukan berkas; pilih berkas "
                            "cadangan (.sqlite) yang ada", name=backup.name))
    info = describe(backup)
    if not info.sound:
        raise DomainError(t("cadangan ini sendiri rusak; pilih cadangan lain"))
    check_restore(data_dir, backup, actor)
    db = data_dir / DB_FILENAME
    lost: int | None = None
    sent = 0
    kept: Path | None = None
    replaced_segment = _segment_of(db)
    replaced_slips = _first_value(db, "SELECT slip_seq FROM devices WHERE is_local")
    if db.exists():
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                lost, sent = con.execute(
                    "SELECT count(*), count(sync_batch) FROM members WHERE created_at > ?",
                    (info.made_at.replace(tzinfo=None).isoformat(" "),)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            lost = None
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = db.with_name(f"{DB_FILENAME}.rusak-{stamp}")
        _move_with_sides(db, kept)
    try:
        tmp = db.with_name(DB_FILENAME + ".pulih.part")
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, db)
        _continue_chain(db, info, actor, replaced_segment + 1,
                        replaced_slips if isinstance(replaced_slips, int) else None)
    except BaseException:
        if kept is not None:  # the laptop as it was, not a half-restored one
            for extra in ("", "-wal", "-shm"):
                Path(str(db) + extra).unlink(missing_ok=True)
            _move_with_sides(kept, db)
        raise
    (data_dir / DAMAGED_MARKER).unlink(missing_ok=True)
    _log.info("database dipulihkan dari %s", backup.name)
    return RestoreReport(info, kept, info.made_at, lost, sent or 0)


def _move_with_sides(source: Path, target: Path) -> None:
    """A database file and its write-ahead log and shared-memory files, renamed."""
    os.replace(source, target)
    for extra in ("-wal", "-shm"):
        side = Path(str(source) + extra)
        if side.exists():
            os.replace(side, Path(str(target) + extra))


def _segment_of(db: Path) -> int:
    """The newest audit chain segment of a database file, if it can be read (0 if not):
    restoring the same backup twice must not give two segments one number."""
    found = _first_value(db, "SELECT max(segment) FROM audit_entries")
    return int(found) if isinstance(found, int) else 0


#: Slip numbers a restore skips when the replaced database cannot say how far it got:
#: more than a laptop prints between two backups, so a number on a slip already handed
#: to a person is never printed again for another.
SLIPS_SKIPPED = 10_000


def _continue_chain(db: Path, info: BackupInfo, actor: Actor | None, at_least: int,
                    replaced_slips: int | None = None) -> None:
    """The restored laptop's audit chain goes on in a new segment that names the head the
    backup ends with: what the laptop recorded (and may have sent) after the backup is
    gone from it, and the office, told so by this entry, accepts its batches again and
    records what was lost. The batch numbers go on from the backup's too. Slip numbers
    go on from the replaced database's (`replaced_slips`), or, when it could not be
    read, SLIPS_SKIPPED past the backup's: the slips printed after the backup are in
    people's hands and at the office."""
    from sqlalchemy import select

    from app.db import Database
    from app.models import Device, Officer
    from app.services import audit

    database = Database.open_file(db)
    try:
        with database.session() as s:
            device = s.scalar(select(Device).where(Device.is_local))
            if device is None:
                return  # a database from before the first run: nothing was ever sent
            device.slip_seq = max(device.slip_seq, replaced_slips) \
                if replaced_slips is not None else device.slip_seq + SLIPS_SKIPPED
            officer = actor.officer_id if actor and actor.device_id == device.id else None
            if officer is not None and s.get(Officer, officer) is None:
                officer = None  # an account made after the backup is not in it
            audit.restart_chain(s, Actor(device.id, officer), "restore", at_least,
                                restored_from=info.made_at.isoformat())
    finally:
        database.dispose()
