"""Slips: numbers, reprints, signed QR payloads, every format, the group bill."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import uuid
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from app.models import Member
from app.services import groups, keys, member_changes, slip_codes
from app.services.audit import Actor
from app.services.pdf.group_bill import render_group_bill
from app.services.pdf.slips import render_slips
from app.services.workspace import Workspace
from tests.helpers.people import fill


def issue(ws: Workspace, actor: Actor, ids: list[uuid.UUID], fmt: str = "card"
          ) -> tuple[list[slip_codes.SlipData], list[str]]:
    with ws.db.session() as s:
        return slip_codes.issue_slips(s, actor, ids, fmt, ws.tariffs())


def _in_word(char: str) -> bool:
    """What a regular expression's [\\w'] takes: a letter, a digit, _ or '."""
    return char.isalnum() or char in "_'"


def whole_words(text: str, phrase: str) -> int:
    """How often `phrase` stands in `text` as words of its own, neither preceded nor
    followed by a letter, a digit, _ or ': what re.findall(r"(?<![\\w'])" + re.escape(
    phrase) + r"(?![\\w'])", text) counts, found by str.find (that pattern, tried at every
    position of 200 pages' text for each of 1,000 names, took 40 s)."""
    if not phrase:
        raise ValueError("no phrase to count")
    count, start, width = 0, 0, len(phrase)
    while (at := text.find(phrase, start)) >= 0:
        end = at + width
        if (at == 0 or not _in_word(text[at - 1])) and (end == len(text)
                                                         or not _in_word(text[end])):
            count += 1
            start = end
        else:
            start = at + 1
    return count


@pytest.mark.parametrize("text", [
    "Siti Aminah, Siti Aminah Putri dan D'Siti Aminah; Siti Aminah_ Siti Aminah",
    "Ñoño Ñoño Ñoñoz xÑoño Ñoño' 'Ñoño Ñoño2 Ñoño",
    "aa aaa aa aa", "", "Budi", "Budi Budi Budi", "O'Neil O'Neil's O'Neil",
])
@pytest.mark.parametrize("phrase", ["Siti Aminah", "Ñoño", "aa", "Budi", "O'Neil", "a a"])
def test_whole_words_counts_as_the_pattern_does(text: str, phrase: str) -> None:
    pattern = r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])"
    assert whole_words(text, phrase) == len(re.findall(pattern, text))


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, its spaces and line ends made single spaces, as PDFium reads it
    (for the 200 pages of 1,000 cards, the same text as pypdf's in a twentieth of the time:
    1.4 s against 26 s)."""
    doc = pypdfium2.PdfDocument(str(pdf))
    texts: list[str] = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_range().split()))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return texts


def qr_payloads(pdf: Path, dpi: int = 200) -> list[str]:
    found: list[str] = []
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in doc:
            image = page.render(scale=dpi / 72).to_pil()
            found += [b.text for b in zxingcpp.read_barcodes(image)
                      if b.format == zxingcpp.BarcodeFormat.QRCode]
            page.close()
    finally:
        doc.close()
    return found


def test_numbers_are_per_device_and_reprints_are_copies(workspace: Workspace, actor: Actor,
                                                        event_id: uuid.UUID,
                                                        tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 3)
    first, _ = issue(workspace, actor, ids)
    code = slip_codes.device_code(workspace.device_id)
    assert [s.receipt_no for s in first] == [f"{code}-{i:06d}" for i in (1, 2, 3)]
    assert all(s.copy_no == 0 and s.copy_label == "" for s in first)
    again, _ = issue(workspace, actor, ids[:1])
    assert again[0].receipt_no == first[0].receipt_no and again[0].copy_no == 1
    assert again[0].copy_label == "SALINAN ke-1"
    third, _ = issue(workspace, actor, ids[:1], "a4")
    assert third[0].copy_no == 2
    fresh, _ = issue(workspace, actor, ids[1:2])
    assert fresh[0].copy_no == 1  # numbers never reused, copies counted per slip


def test_voided_member_gets_no_new_slip(workspace: Workspace, actor: Actor,
                                        event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 2)
    with workspace.db.session() as s:
        member_changes.void_member(s, actor, ids[0], "didaftar dua kali oleh petugas")
    issued, refused = issue(workspace, actor, ids)
    assert len(issued) == 1 and len(refused) == 1 and "dibatalkan" in refused[0]


def test_payload_verifies_and_any_change_fails_with_a_reason(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    slip = issue(workspace, actor, ids)[0][0]
    with workspace.db.session() as s:
        ok = slip_codes.verify_payload(s, slip.payload)
        assert ok.valid and ok.receipt_no == slip.receipt_no and ok.reason == "sah"
        prefix, body, sig = slip.payload.split(".")
        for i in range(0, len(body), 7):  # one character changed anywhere in the body
            other = "A" if body[i] != "A" else "B"
            altered = f"{prefix}.{body[:i]}{other}{body[i + 1:]}.{sig}"
            verdict = slip_codes.verify_payload(s, altered)
            assert not verdict.valid and verdict.reason
        bad_sig = f"{prefix}.{body}.{sig[:-3]}{'AAA' if sig[-3:] != 'AAA' else 'BBB'}"
        assert "diubah" in slip_codes.verify_payload(s, bad_sig).reason
        assert "format" in slip_codes.verify_payload(s, "hello").reason


def test_office_needs_the_device_key(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
                                     tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    slip = issue(workspace, actor, ids)[0][0]
    office = Workspace.open(tmp_path / "kantor")
    from app.services import device

    with office.db.session() as s:
        device.initialise(s, "Kantor Disperinaker", "35.74")
    office_actor = Actor(office.device_id)
    with office.db.session() as s:
        verdict = slip_codes.verify_payload(s, slip.payload)
    assert not verdict.valid and "tidak dikenal" in verdict.reason
    with workspace.db.session() as s:
        key = keys.export_public_key(s)
    with office.db.session() as s:
        keys.import_public_key(s, office_actor, json.loads(json.dumps(key)))
    with office.db.session() as s:
        assert slip_codes.verify_payload(s, slip.payload).valid
    forged = dict(key, public_key="bukan-kunci")
    with office.db.session() as s, pytest.raises(ValueError, match="rusak"):
        keys.import_public_key(s, office_actor, forged)
    other = Workspace.open(tmp_path / "lain")
    with other.db.session() as s:
        device.initialise(s, "Laptop Lain", "35.74")
    with other.db.session() as s:
        other_key = keys.export_public_key(s)
    swapped = dict(other_key, device_id=key["device_id"])
    with office.db.session() as s, pytest.raises(ValueError, match="kunci lain"):
        keys.import_public_key(s, office_actor, swapped)
    office.close()
    other.close()


@pytest.mark.slow
def test_1000_cards_on_100_sheets_every_name_number_and_qr_once(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import main
    from app.models import Slip

    ids = fill(workspace, actor, event_id, tmp_path, 1000)
    assert len(ids) == 1000
    pdf = tmp_path / "kartu.pdf"
    data_dir = str(workspace.data_dir)
    assert main(["--data-dir", data_dir, "--json", "slips", "--event", str(event_id),
                 "--format", "card", "--out", str(pdf)]) == 0
    report = json.loads(capsys.readouterr().out)
    # 100 sheets of ten cards, each followed by the sheet of their backs
    assert (report["slips"], report["pages"]) == (1000, 200)
    with workspace.db.session() as s:
        from sqlalchemy import select

        issued = s.execute(  # rows with .name, .receipt_no, .payload
            select(Member.name, Slip.receipt_no, Slip.payload)
            .join(Slip, Slip.member_id == Member.id)
        ).all()
    assert len(issued) == 1000
    pages = page_texts(pdf)
    assert len(pages) == 200
    text = " ".join(pages)
    names: dict[str, int] = {}
    for slip in issued:
        names[slip.name] = names.get(slip.name, 0) + 1
    for name, expected in names.items():
        assert whole_words(text, name) == expected, name
    for slip in issued:
        assert text.count(slip.receipt_no) == 1, slip.receipt_no
    payloads = qr_payloads(pdf)
    assert sorted(payloads) == sorted(s.payload for s in issued)
    with workspace.db.session() as session:
        assert all(slip_codes.verify_payload(session, p).valid for p in payloads)
    # and the command line says so too, for a genuine code and a code changed by one letter
    assert main(["--data-dir", data_dir, "--json", "slip", "verify", payloads[0]]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
    prefix, body, sig = payloads[0].split(".")
    altered = f"{prefix}.{body[:10]}{'x' if body[10] != 'x' else 'y'}{body[11:]}.{sig}"
    assert main(["--data-dir", data_dir, "--json", "slip", "verify", altered]) == 1
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["valid"] is False and verdict["reason"]


@pytest.mark.parametrize("fmt", ["a4", "thermal80", "thermal58"])
def test_other_formats_carry_the_slip_and_a_readable_qr(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path, fmt: str
) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 2)
    from app.models import Member

    long_name = "Raden Roro Siti Nurhayati Wulandari Kusumaningrum D'Souza-Ñoño"
    with workspace.db.session() as s:
        m = s.get(Member, ids[0])
        assert m is not None
        m.name = long_name
    issued, _ = issue(workspace, actor, ids, fmt)
    pdf = tmp_path / f"{fmt}.pdf"
    assert render_slips(issued, fmt, pdf) == 2
    reader = PdfReader(pdf)
    first = " ".join(reader.pages[0].extract_text().split())
    assert long_name in first  # wrapped over lines, never cut, diacritics intact
    assert issued[0].receipt_no in first
    if fmt != "a4":
        width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
        assert round(width_mm) == int(fmt.removeprefix("thermal"))
    assert sorted(qr_payloads(pdf, 300)) == sorted(s.payload for s in issued)


def test_a4_receipt_has_money_in_words_benefits_and_consent(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    issued, _ = issue(workspace, actor, ids, "a4")
    pdf = tmp_path / "a4.pdf"
    render_slips(issued, "a4", pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    q = issued[0].quote
    from app.domain.money import rupiah, terbilang

    assert rupiah(q.first.total) in text and terbilang(q.first.total) in text
    assert "Rp 42.000.000" in text and "tanggal 15" in text
    assert "persetujuan-v1" in text and "UU 27/2022" in text


def test_every_row_of_the_format_table_fits_the_columns_and_has_its_renderer() -> None:
    import importlib

    from sqlalchemy import String

    from app.models import PrintJob, Slip
    from app.services.pdf.formats import DEFAULT, FORMATS

    for column in (Slip.__table__.c.format, PrintJob.__table__.c.format):
        assert isinstance(column.type, String) and column.type.length
        assert max(len(code) for code in FORMATS) <= column.type.length
    for code, fmt in FORMATS.items():
        assert fmt.code == code and fmt.label
        assert callable(importlib.import_module(f"app.services.pdf.{fmt.renderer}").render)
        assert fmt.renderer != "thermal" or fmt.roll is not None, f"{code} needs its roll"
    assert DEFAULT in FORMATS


def test_every_format_renders_before_any_font_was_registered(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format of the table renders as in a fresh process (the command line, the
    self-test): the A4 receipt lays out paragraphs in DejaVu Sans, which must be
    registered before, not when the file is written."""
    from reportlab.lib import fonts
    from reportlab.pdfbase import pdfmetrics

    from app.services.pdf.formats import FORMATS
    from app.services.pdf.style import register_fonts

    ids = fill(workspace, actor, event_id, tmp_path, 1)
    for fmt in FORMATS:
        issued, _ = issue(workspace, actor, ids, fmt)
        for module, name in ((pdfmetrics, "_fonts"), (fonts, "_ps2tt_map"),
                             (fonts, "_tt2ps_map")):
            table = getattr(module, name)
            monkeypatch.setattr(module, name, {k: v for k, v in table.items()
                                               if "dejavu" not in str(k).lower()})
        register_fonts.cache_clear()
        assert render_slips(issued, fmt, tmp_path / f"{fmt}.pdf") >= 1
    monkeypatch.undo()
    register_fonts.cache_clear()


def test_a_refused_pdf_write_leaves_no_file(workspace: Workspace, actor: Actor,
                                            event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    issued, _ = issue(workspace, actor, ids)
    target = tmp_path / "out.pdf"
    target.write_bytes(b"earlier good file")
    with pytest.raises(ValueError):
        render_slips(issued, "poster", target)
    assert target.read_bytes() == b"earlier good file"
    assert [p.name for p in tmp_path.glob(".out.pdf*")] == []


def test_group_bill_totals_equal_the_members(workspace: Workspace, actor: Actor,
                                             event_id: uuid.UUID, tmp_path: Path) -> None:
    with workspace.db.session() as s:
        gid = groups.create_group(s, actor, groups.GroupFields(
            "Paguyuban Uji", "paguyuban", agreement_no="PKS/1/2026")).id
    fill(workspace, actor, event_id, tmp_path, 12, group="Paguyuban Uji")
    with workspace.db.session() as s:
        bill = groups.group_bill(s, gid, workspace.tariffs(), dt.date(2026, 11, 21))
    assert len(bill.rows) == 12
    assert bill.monthly_total == sum(r.monthly for r in bill.rows) > 0
    pdf = tmp_path / "tagihan.pdf"
    assert render_group_bill(bill, pdf) == 1
    from app.domain.money import rupiah

    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert rupiah(bill.monthly_total) in text and rupiah(bill.period_total) in text
    assert "PKS/1/2026" in text and "12 orang" in text


def test_the_signed_date_is_the_wib_day_printed_on_the_slip(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """At 06:30 WIB on 3 December it is still 2 December in UTC: slip and QR say the 3rd."""
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    moment = dt.datetime(2026, 12, 2, 23, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(slip_codes, "utcnow", lambda: moment)
    issued, _ = issue(workspace, actor, ids, "thermal80")
    assert issued[0].payload.count(".") == 2
    body = base64.urlsafe_b64decode(issued[0].payload.split(".")[1] + "==").decode()
    assert body.endswith("20261203"), body
