"""Who may do what: one table of operations and the least role each needs, and the one
check every service runs before doing one of them.

The check sits in the services (they receive the `Actor`), so the desktop and the command
line are held to the same table; the desktop also hides what a role may not do. Where no
account can sign in on the database (a fresh laptop, an office with field officers only)
nothing is checked, as before accounts existed. docs/roles.md is this table in words; a
test fails when the two disagree (scripts/roles_doc.py writes it again).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.domain.errors import NotAllowed
from app.services.accounts import ROLES, require_role
from app.services.audit import Actor

#: officer < supervisor < administrator
ORDER = tuple(ROLES)

#: operation → the least role that may do it (once accounts exist)
OPERATIONS: dict[str, str] = {
    # trust and identity: an administrator signed in at that moment
    "keys.import_device": "administrator",
    "keys.import_office": "administrator",
    "keys.replace_office": "administrator",
    "config.import_package": "administrator",
    "config.make_package": "administrator",
    "ack.import": "administrator",
    "backup.restore": "administrator",
    "accounts.create": "administrator",
    "accounts.update": "administrator",
    "accounts.list": "administrator",
    "device.home_region": "administrator",
    # how the desk behaves for every officer at it
    "device.desk_settings": "supervisor",
    "reports.coverage_target": "supervisor",
    # personal data leaving the program in bulk: a supervisor
    "export.bpjs": "supervisor",
    "privacy.breach_report": "supervisor",
    "members.list_full_nik": "supervisor",
    "backup.now": "supervisor",
    # nothing personal shown, but the laptop's records read or its identity handed out:
    # any signed-in account (as `batch import` and `batch export`)
    "batch.verify": "officer",
    "keys.export": "officer",
    # the day's own corrections: any signed-in account while the event is open; after the
    # closing report, a supervisor
    "groups.remove_members": "officer",
    "groups.remove_members_closed": "supervisor",
}

#: what each operation is, in words, for docs/roles.md
DESCRIPTIONS: dict[str, str] = {
    "keys.import_device": "trust another laptop's public key (`keys import FILE`, or its "
                          "first batch: `batch import FILE --trust-new-device`, the new laptop "
                          "confirmed on the office's Sinkron page)",
    "keys.import_office": "trust the office key (`keys import FILE --office`, or the first "
                          "configuration package with `--trust-office`)",
    "keys.replace_office": "replace an office key already trusted (`keys import FILE --office "
                           "--replace-office`; old and new fingerprints in the audit trail)",
    "config.import_package": "apply a configuration package (`config import`)",
    "config.make_package": "sign a configuration package as this office (`config make`): "
                           "it carries accounts, with their password hashes, to every laptop",
    "ack.import": "mark records as received by the office (`ack import`)",
    "backup.restore": "put a backup in place of the database (`backup restore`); not checked "
                      "when the database cannot be read at all",
    "accounts.create": "add an account (`accounts add`)",
    "accounts.update": "change, switch off or set a password (`accounts disable`, "
                       "`accounts password`)",
    "accounts.list": "list the accounts (`accounts list`)",
    "device.home_region": "correct the laptop's home regency/city (Settings on the desk): "
                          "groups default to it and the coverage target is its; the old and "
                          "new codes go to the audit trail",
    "device.desk_settings": "set the desk's idle-lock minutes (1–120) and its default slip "
                            "format (Settings on the desk); the old and new values go to the "
                            "audit trail (`desk_setting`)",
    "reports.coverage_target": "set the regency's coverage target the dashboard measures "
                               "against (Settings on the desk): vulnerable workers and the "
                               "percent; audited (`coverage_target`)",
    "export.bpjs": "collective-registration workbook (`export bpjs`)",
    "privacy.breach_report": "what this laptop held and exported (`breach report`)",
    "members.list_full_nik": "member list with full NIKs (`members list --json --full-nik`); "
                             "writes one `nik_reveal` audit entry with the count",
    "backup.now": "copy the database now (`backup now`)",
    "batch.verify": "check a batch file without importing it (`batch verify`): it decrypts "
                    "and reads every record, but reports only whether it is sound and counts",
    "keys.export": "write this machine's public key file (`keys export`): public halves, "
                   "id and name only; the same key travels in every batch",
    "groups.remove_members": "take members out of a group (\"Keluarkan dari kelompok\" on "
                             "the desk), or move them into another one, while the event they "
                             "were registered at is still open; taken out, they stay "
                             "registered, in no group; audited "
                             "(`group_remove_members`, a count), and it travels in the next "
                             "batch as a change of the member",
    "groups.remove_members_closed": "the same for a member whose event is closed: its "
                                    "closing report stands, so a supervisor decides",
}


def allowed_roles(operation: str) -> tuple[str, ...]:
    """The roles at or above the operation's least role."""
    return ORDER[ORDER.index(OPERATIONS[operation]):]


def require(session: Session, actor: Actor, operation: str) -> None:
    """Refuse (`NotAllowed`) unless the actor's account may do `operation`; where no
    account can sign in here, anyone may (the laptop before its first account)."""
    require_role(session, actor, allowed_roles(operation))


def may(session: Session, actor: Actor, operation: str) -> bool:
    """Whether `require` would let the actor do `operation`: the desk shows only what
    the account may use."""
    try:
        require(session, actor, operation)
    except NotAllowed:
        return False
    return True
