"""Services behind the registration desk: register, correct, void, events, groups, drafts."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Member, MemberChange
from app.services import (
    drafts,
    events,
    groups,
    member_changes,
    member_cleaning,
    member_search,
    members,
)
from app.services.audit import Actor
from app.services.audit import verify as verify_audit
from app.services.workspace import Workspace
from tests.helpers.people import TODAY, member_rules, register


def test_register_refuses_an_active_duplicate_and_names_the_holder(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID
) -> None:
    first = register(workspace, actor, event_id)
    with pytest.raises(members.DuplicateNik) as err:
        register(workspace, actor, event_id)
    assert err.value.member_id == first


def test_correction_raises_revision_and_keeps_the_old_value(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID
) -> None:
    mid = register(workspace, actor, event_id)
    with workspace.db.session() as s:
        detail = member_changes.get_member(s, mid)
    values = detail.form_values()
    old_name = values["nama"]
    values["nama"] = "Nama Baru Sesuai KTP"
    values["no_hp"] = "0813-1111-2222"
    clean, problems = member_cleaning.clean_member(values, member_rules(workspace))
    assert clean is not None, problems
    with workspace.db.session() as s:
        rev = member_changes.update_member(s, actor, mid, clean, detail.revision)
    assert rev == 2
    with workspace.db.session() as s:
        m = s.get(Member, mid)
        assert m is not None and m.name == "Nama Baru Sesuai KTP" and m.revision == 2
        change = s.scalars(select(MemberChange)).one()
        assert json.loads(change.changes)["name"] == [old_name, "Nama Baru Sesuai KTP"]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "member_edit")).one()
        assert old_name not in audit.details and "Nama Baru" not in audit.details
        assert json.loads(audit.details)["fields"] == ["name", "phone"]
        assert [h.fields for h in member_changes.history(s, mid)] == [["name", "phone"]]
        # an unchanged save changes nothing
        assert member_changes.update_member(s, actor, mid, clean, 2) == 2
    with workspace.db.session() as s, pytest.raises(member_changes.StaleRecord):
        member_changes.update_member(s, actor, mid, clean, 1)


def test_void_needs_a_reason_keeps_the_record_and_frees_the_nik(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID
) -> None:
    mid = register(workspace, actor, event_id)
    with workspace.db.session() as s, pytest.raises(ValueError, match="alasan"):
        member_changes.void_member(s, actor, mid, "  ")
    with workspace.db.session() as s:
        member_changes.void_member(s, actor, mid, "NIK salah ketik, didaftar ulang")
    with workspace.db.session() as s:
        m = s.get(Member, mid)
        assert m is not None and m.status == "voided" and m.revision == 2
        assert m.void_reason == "NIK salah ketik, didaftar ulang"
    again = register(workspace, actor, event_id)  # the same person, registered anew
    assert again != mid
    with workspace.db.session() as s:
        assert verify_audit(s).valid


def test_event_summary_and_close(workspace: Workspace, actor: Actor,
                                 event_id: uuid.UUID) -> None:
    a = register(workspace, actor, event_id, 1, sektor="UMKM", sumber_iuran="Mandiri",
                  penghasilan="1000000", program="JKK+JKM")
    register(workspace, actor, event_id, 2, sektor="Nelayan", sumber_iuran="APBD",
              penghasilan="1000000", program="JKK+JKM+JHT")
    register(workspace, actor, event_id, 3, sektor="Nelayan", sumber_iuran="APBD",
              penghasilan="1000000", program="JKK+JKM")
    with workspace.db.session() as s:
        member_changes.void_member(s, actor, a, "dobel dengan pendaftaran lain")
    with workspace.db.session() as s:
        summary = events.close_event(s, actor, event_id, workspace.tariffs())
    assert summary.members == 2 and summary.voided == 1
    assert summary.by_sector["nelayan"] == 2 and summary.by_sector["umkm"] == 0
    assert summary.by_payer["apbd"] == 2
    assert summary.monthly_total == 36_800 + 16_800
    with workspace.db.session() as s:
        assert events.get_event(s, event_id).status == "closed"
        with pytest.raises(ValueError, match="sudah ditutup"):
            events.close_event(s, actor, event_id, workspace.tariffs())


def test_group_edit_and_adding_members(workspace: Workspace, actor: Actor,
                                       event_id: uuid.UUID) -> None:
    with workspace.db.session() as s:
        gid = groups.create_group(s, actor, groups.GroupFields("Koperasi Mina", "koperasi")).id
    ids = [register(workspace, actor, event_id, seed) for seed in (4, 5)]
    with workspace.db.session() as s:
        detail = groups.update_group(s, actor, gid, groups.GroupFields(
            "Koperasi Mina Sejahtera", "koperasi", leader_name="Pak Ketua",
            agreement_no="PKS/7/2026", agreement_date=dt.date(2026, 1, 5)))
        assert detail.revision == 2 and detail.agreement_no == "PKS/7/2026"
        assert groups.add_members(s, actor, gid, ids) == groups.Joined(2, 0)
        assert groups.add_members(s, actor, gid, ids) == groups.Joined(0, 0)
    with workspace.db.session() as s:
        assert [g.members for g in groups.list_groups(s)] == [2]
        assert len(member_search.list_members(s, group_id=gid)) == 2


def test_draft_round_trip_and_a_damaged_draft_is_set_aside(tmp_path: Path) -> None:
    drafts.save_draft(tmp_path, {"nik": "3574", "tanggal_lahir": dt.date(2001, 1, 2)})
    assert drafts.load_draft(tmp_path) == {"nik": "3574", "tanggal_lahir": "2001-01-02"}
    drafts.clear_draft(tmp_path)
    assert drafts.load_draft(tmp_path) is None
    (tmp_path / drafts.DRAFT_FILE).write_text("{half", encoding="utf-8")
    assert drafts.load_draft(tmp_path) is None
    assert (tmp_path / "draf-pendaftaran.rusak.json").exists()


def test_search_by_name_nik_start_or_phone(workspace: Workspace, actor: Actor,
                                           event_id: uuid.UUID) -> None:
    a = register(workspace, actor, event_id, 21, nama="Siti Rahmawati", no_hp="0812-1111-2222")
    b = register(workspace, actor, event_id, 22, nama="Budi Santoso", no_hp="0857 3333 4444")
    with workspace.db.session() as s:
        nik_a = s.get(Member, a).nik  # type: ignore[union-attr]

        def ids(term: str) -> set[uuid.UUID]:
            return {r.id for r in member_search.list_members(s, term)}

        assert ids("rahma") == {a}
        assert ids("SANTOSO") == {b}
        assert ids("0812") == {a}
        assert ids("0857-3333") == {b}
        assert ids("+6285733334444") == {b}
        assert ids(nik_a[:6]) >= {a} and b not in ids(nik_a[:16])
        assert ids("100%") == set()  # wildcards are text, not patterns


@pytest.mark.parametrize("order", ["name", "nik", "sector", "phone", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_cover_every_member_once_in_order(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
    order: str, descending: bool,
) -> None:
    from app.services import member_import
    from app.services.demo import write_import_file

    source = tmp_path / "p.csv"
    write_import_file(source, 57, bad_ratio=0.0, seed=3)
    member_import.run_import(workspace.db, actor, source, event_id, "persetujuan-v1",
                             workspace.tariffs(), on=TODAY)
    with workspace.db.session() as s:
        everyone = member_search.list_members(s, order=order, descending=descending)
        paged: list[members.MemberRow] = []
        last = None
        while True:
            page = member_search.list_members(s, limit=10, after=last, order=order,
                                              descending=descending)
            if not page:
                break
            paged += page
            last = page[-1]
    assert [r.id for r in paged] == [r.id for r in everyone]
    assert len(paged) == 57
