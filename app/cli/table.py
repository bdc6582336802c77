"""The one table of commands: what each is called, where its handler lives, whether it
needs a signed-in officer and whether it may write.

To add a command: write `NAME(ctx) -> int` (and, beside it, `NAME_arguments(parser)`
declaring its options) in the module of its group under app/cli/, then add one row
here. The module is imported only when its command runs, so this file and the parser
stay light: no database, ORM or crypto is loaded to print `--help` or open the desktop.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SignIn(enum.Enum):
    #: works without anyone signed in (set-up, checks that read no records)
    NOBODY = "nobody"
    #: once accounts exist, the officer named by LINDUNGI_USER / LINDUNGI_PASSWORD (or
    #: asked on a terminal); roles are checked by the services
    OFFICER = "officer"
    #: an officer where the database can be opened; a damaged one (what backups are
    #: for) has no accounts to check
    OFFICER_IF_READABLE = "officer if readable"


@dataclass(frozen=True)
class Command:
    #: the words typed: "events create", or one word for a command without a group
    words: str
    #: "module:function" under app.cli
    handler: str
    help: str
    sign_in: SignIn
    #: may change the data folder's database beyond the audit entry of signing in (a
    #: file written elsewhere, such as a PDF, does not count)
    writes: bool
    #: works on the data folder's SQLite file only, not on an office database server
    sqlite_only: bool = False
    #: a function beside the handler run before signing in, with the context: it starts
    #: work that needs nobody signed in and goes on meanwhile (reading the input file)
    before_sign_in: str | None = None

    @property
    def group(self) -> str:
        return self.words.split()[0]

    @property
    def sub(self) -> str | None:
        parts = self.words.split()
        return parts[1] if len(parts) > 1 else None

    @property
    def module(self) -> str:
        return "app.cli." + self.handler.split(":")[0]

    @property
    def function(self) -> str:
        return self.handler.split(":")[1]


NOBODY, OFFICER, IF_READABLE = SignIn.NOBODY, SignIn.OFFICER, SignIn.OFFICER_IF_READABLE

#: the help of each group of commands (`lindungi nik …`); `--help` lists them in the
#: order of COMMANDS
GROUPS: dict[str, str] = {
    "nik": "NIK tools",
    "tariff": "contributions",
    "events": "events",
    "groups": "groups",
    "members": "members",
    "slip": "slip checks",
    "keys": "device keys",
    "batch": "batch files",
    "ack": "acknowledgements",
    "export": "exports",
    "config": "configuration packages",
    "breach": "lost laptop or stick",
    "retention": "retention",
    "backup": "backups",
    "accounts": "officer accounts (administrators)",
    "audit": "audit trail",
}

COMMANDS: tuple[Command, ...] = (
    Command("init", "setup:init", "first-time set-up of this laptop; safe to run twice",
            NOBODY, writes=True),
    Command("nik check", "lookup:nik_check", "validate and explain a NIK", NOBODY, writes=False),
    Command("tariff quote", "lookup:tariff_quote", "contribution for one member",
            NOBODY, writes=False),
    Command("events create", "events:create", "create an event", OFFICER, writes=True),
    Command("events list", "events:list_events", "list events", OFFICER, writes=False),
    Command("groups create", "groups:create", "create a paguyuban, koperasi or wadah",
            OFFICER, writes=True),
    Command("groups list", "groups:list_groups", "list groups", OFFICER, writes=False),
    Command("groups bill", "groups:bill", "roster with contributions and totals, as PDF",
            OFFICER, writes=False),
    Command("members template", "members:template", "write an empty import template",
            NOBODY, writes=False),
    Command("members import", "members:import_file", "bulk import from .csv or .xlsx",
            OFFICER, writes=True, before_sign_in="import_file_ahead"),
    Command("members kpj", "members:kpj", "fill KPJ numbers from a BPJS spreadsheet",
            OFFICER, writes=True),
    Command("members list", "members:list_members", "list or search members",
            OFFICER, writes=True),  # full NIKs are written in the audit trail
    Command("slips", "slips:slips", "print membership slips to PDF", OFFICER, writes=True),
    Command("slip verify", "slips:verify", "check a slip's QR payload offline",
            OFFICER, writes=False),
    Command("keys export", "sync:keys_export", "write this laptop's public key for the office",
            OFFICER, writes=True),  # the encryption key is made on first use
    Command("keys import", "sync:keys_import", "trust another laptop's public key",
            OFFICER, writes=True),
    Command("batch export", "sync:batch_export", "write a batch of everything not acknowledged",
            OFFICER, writes=True),
    Command("batch verify", "sync:batch_verify", "check a batch file without importing it",
            OFFICER, writes=False),
    Command("batch import", "sync:batch_import", "merge a batch at the office; idempotent",
            OFFICER, writes=True),
    Command("batch ack", "sync:batch_ack", "acknowledgement file back to a laptop",
            OFFICER, writes=True),
    Command("ack import", "sync:ack_import", "mark what the office holds", OFFICER, writes=True),
    Command("export bpjs", "sync:export_bpjs", "collective-registration workbook for BPJS",
            OFFICER, writes=True),
    Command("config make", "sync:config_make", "sign a configuration package (at the office)",
            OFFICER, writes=True),
    Command("config import", "sync:config_import", "apply a signed package from the office",
            OFFICER, writes=True),
    Command("breach report", "privacy:breach_report", "what this laptop held and exported",
            OFFICER, writes=True),  # the report itself is recorded in the audit trail
    Command("retention report", "privacy:retention_report", "records past their retention date",
            OFFICER, writes=False),
    Command("backup now", "backup:now", "back up the database now", OFFICER, writes=True,
            sqlite_only=True),
    Command("backup list", "backup:list_backups", "backups and what each holds", IF_READABLE,
            writes=False, sqlite_only=True),
    Command("backup restore", "backup:restore",
            "put a backup in place of the database (the old file is kept)", IF_READABLE,
            writes=True, sqlite_only=True),
    Command("report", "reports:report",
            "event closing report or period recap: counts and money (PDF/xlsx with --out)",
            OFFICER, writes=False),
    Command("accounts add", "accounts:add",
            "add an account (password from LINDUNGI_NEW_PASSWORD, or asked)", OFFICER, writes=True),
    Command("accounts list", "accounts:list_accounts", "accounts and field officers",
            OFFICER, writes=False),
    Command("accounts disable", "accounts:disable", "switch an account off", OFFICER, writes=True),
    Command("accounts password", "accounts:password",
            "set a new password (LINDUNGI_NEW_PASSWORD, or asked); gives a field officer a "
            "sign-in here", OFFICER, writes=True),
    Command("audit verify", "privacy:audit_verify", "check the audit chain", OFFICER, writes=False),
    Command("demo", "demo:demo", "fill this data folder with generated demo data",
            NOBODY, writes=True),
)


def find(words: str) -> Command:
    return next(c for c in COMMANDS if c.words == words)


def heads() -> list[tuple[str, str]]:
    """The first words in the order `--help` lists them, each with its help."""
    seen: dict[str, str] = {}
    for c in COMMANDS:
        if c.group not in seen:
            seen[c.group] = GROUPS.get(c.group, c.help) if c.sub else c.help
    return list(seen.items())
