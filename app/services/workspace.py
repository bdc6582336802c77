"""A data folder opened for work: database, device identity, rules in force."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from app import logs, resources
from app.db import DB_FILENAME, Database
from app.domain.messages import t
from app.domain.tariff import TariffBook
from app.resources import default_data_dir
from app.services.device import NotInitialised, get_setting, local_device

TARIFF_SETTING = "tariff_rules"


def server_url(given: str | None = None) -> str | None:
    """The database server asked for (`--database-url`, else LINDUNGI_DATABASE_URL);
    None means the data folder's own SQLite file."""
    return given or os.environ.get("LINDUNGI_DATABASE_URL") or None


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    _device_id: uuid.UUID | None = field(default=None, repr=False)

    @classmethod
    def open(
        cls, data_dir: Path | None = None, database_url: str | None = None, create: bool = True
    ) -> Workspace:
        """Open (and with `create`, make) the data folder's database, migrated to head."""
        folder = Path(data_dir) if data_dir else default_data_dir()
        url = server_url(database_url)
        if not create and not url and not (folder / DB_FILENAME).exists():
            raise NotInitialised(
                t("Belum ada data di {folder}. Jalankan dulu: lindungi init --device-name NAMA "
                  "--region KODE",
                  folder=folder)
            )
        folder.mkdir(parents=True, exist_ok=True)
        logs.setup(folder)
        if url:
            db = Database.open(url, folder / "backups")
        else:
            db = Database.open_file(folder / DB_FILENAME)
        return cls(folder, db)

    @property
    def on_server(self) -> bool:
        """A database server (the office's PostgreSQL), not the data folder's SQLite file:
        its backups and page checks are the server's business, not the program's."""
        return self.db.engine.dialect.name != "sqlite"

    def backup(self, reason: str) -> list[Path]:
        """The program's own copy of its SQLite file (backup.make_backup); none on a
        server, which whoever runs it backs up."""
        from app.services import backup

        return [] if self.on_server else backup.make_backup(self.data_dir, reason)

    @property
    def location(self) -> str:
        """Where the data is, for people to read: the data folder, or the server's
        database (never its password)."""
        if not self.on_server:
            return str(self.data_dir)
        url = self.db.engine.url
        return f"{url.get_backend_name()} {url.database} @ {url.host or 'localhost'}"

    @property
    def device_id(self) -> uuid.UUID:
        """The local device's id; raises NotInitialised before `init`."""
        if self._device_id is None:
            with self.db.session() as s:
                self._device_id = local_device(s).id
        return self._device_id

    def tariffs(self) -> TariffBook:
        """The office's rules when a configuration package set them, else the shipped ones."""
        with self.db.session() as s:
            raw = get_setting(s, TARIFF_SETTING)
        return TariffBook.from_dict(json.loads(raw)) if raw else resources.default_tariffs()

    def close(self) -> None:
        self.db.dispose()
