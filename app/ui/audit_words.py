"""The audit trail in words: each action, detail, recorded value, object and setting
named in the desk's language (the trail stores codes). Context "AuditPage"."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import resources
from app.domain.money import rupiah
from app.services import accounts
from app.services.pdf import formats
from app.services.sync import chain
from app.ui import i18n, labels
from app.ui.when import shown

# What each audit action is, in words (the trail stores the code; an auditor sees the
# code too, in the entry's exact record below the list). Context "AuditPage".
ACTIONS: dict[str, object] = {
    "login": QT_TRANSLATE_NOOP("AuditPage", "Masuk"),
    "login_failed": QT_TRANSLATE_NOOP("AuditPage", "Gagal masuk"),
    "desk_lock": QT_TRANSLATE_NOOP("AuditPage", "Meja dikunci"),
    "officer_switch": QT_TRANSLATE_NOOP("AuditPage", "Ganti petugas"),
    "officer_create": QT_TRANSLATE_NOOP("AuditPage", "Akun dibuat"),
    "officer_update": QT_TRANSLATE_NOOP("AuditPage", "Akun diubah"),
    "member_create": QT_TRANSLATE_NOOP("AuditPage", "Peserta didaftarkan"),
    "member_edit": QT_TRANSLATE_NOOP("AuditPage", "Data peserta dikoreksi"),
    "member_void": QT_TRANSLATE_NOOP("AuditPage", "Pendaftaran dibatalkan"),
    "member_erase": QT_TRANSLATE_NOOP("AuditPage", "Data pribadi peserta dihapus"),
    "member_import": QT_TRANSLATE_NOOP("AuditPage", "Peserta diimpor dari berkas"),
    "consent_proof": QT_TRANSLATE_NOOP("AuditPage", "Bukti persetujuan dicetak"),
    "nik_reveal": QT_TRANSLATE_NOOP("AuditPage", "NIK lengkap ditampilkan"),
    "export_bpjs": QT_TRANSLATE_NOOP("AuditPage", "Berkas BPJS diekspor"),
    "kpj_import": QT_TRANSLATE_NOOP("AuditPage", "Nomor KPJ diimpor"),
    "slip_print": QT_TRANSLATE_NOOP("AuditPage", "Slip diterbitkan"),
    "print": QT_TRANSLATE_NOOP("AuditPage", "Dicetak"),
    "print_cancel": QT_TRANSLATE_NOOP("AuditPage", "Cetakan dibatalkan"),
    "group_create": QT_TRANSLATE_NOOP("AuditPage", "Kelompok dibuat"),
    "group_edit": QT_TRANSLATE_NOOP("AuditPage", "Kelompok diubah"),
    "group_add_members": QT_TRANSLATE_NOOP("AuditPage", "Anggota masuk kelompok"),
    "group_remove_members": QT_TRANSLATE_NOOP("AuditPage", "Anggota keluar dari kelompok"),
    "event_create": QT_TRANSLATE_NOOP("AuditPage", "Acara dibuat"),
    "event_close": QT_TRANSLATE_NOOP("AuditPage", "Acara ditutup"),
    "coverage_target": QT_TRANSLATE_NOOP("AuditPage", "Target cakupan diubah"),
    "batch_export": QT_TRANSLATE_NOOP("AuditPage", "Batch diekspor"),
    "batch_import": QT_TRANSLATE_NOOP("AuditPage", "Batch diimpor"),
    "batch_refused": QT_TRANSLATE_NOOP("AuditPage", "Batch ditolak"),
    "ack_write": QT_TRANSLATE_NOOP("AuditPage", "Tanda terima dibuat"),
    "ack_import": QT_TRANSLATE_NOOP("AuditPage", "Tanda terima diimpor"),
    "conflict_resolve": QT_TRANSLATE_NOOP("AuditPage", "Konflik NIK diputuskan"),
    "chain_gap": QT_TRANSLATE_NOOP("AuditPage", "Laptop memulai jejak audit baru"),
    "chain_restart": QT_TRANSLATE_NOOP("AuditPage", "Jejak audit bersambung sesudah pemulihan"),
    "device_init": QT_TRANSLATE_NOOP("AuditPage", "Perangkat disiapkan"),
    "device_home_region": QT_TRANSLATE_NOOP("AuditPage", "Kabupaten/kota perangkat diubah"),
    "desk_setting": QT_TRANSLATE_NOOP("AuditPage", "Pengaturan meja diubah"),
    "device_key_pinned": QT_TRANSLATE_NOOP("AuditPage", "Kunci laptop baru dipercaya"),
    "device_key_import": QT_TRANSLATE_NOOP("AuditPage", "Kunci perangkat dipasang"),
    "office_key_set": QT_TRANSLATE_NOOP("AuditPage", "Kunci kantor dipasang"),
    "office_key_replace": QT_TRANSLATE_NOOP("AuditPage", "Kunci kantor diganti"),
    "config_make": QT_TRANSLATE_NOOP("AuditPage", "Paket konfigurasi dibuat"),
    "config_import": QT_TRANSLATE_NOOP("AuditPage", "Paket konfigurasi diterapkan"),
    "backup_now": QT_TRANSLATE_NOOP("AuditPage", "Cadangan dibuat"),
    "backup_restore": QT_TRANSLATE_NOOP("AuditPage", "Dipulihkan dari cadangan"),
    "breach_report": QT_TRANSLATE_NOOP("AuditPage", "Laporan kehilangan disimpan"),
}
# the names of the details an entry records (counts, codes, field names, never values)
DETAILS: dict[str, object] = {
    "role": QT_TRANSLATE_NOOP("AuditPage", "peran"),
    "reason": QT_TRANSLATE_NOOP("AuditPage", "alasan"),
    "locked": QT_TRANSLATE_NOOP("AuditPage", "akun dikunci"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "kolom"),
    "revision": QT_TRANSLATE_NOOP("AuditPage", "revisi"),
    "approved_by": QT_TRANSLATE_NOOP("AuditPage", "disetujui oleh"),
    "rows": QT_TRANSLATE_NOOP("AuditPage", "baris"),
    "rejected": QT_TRANSLATE_NOOP("AuditPage", "ditolak"),
    "duplicates": QT_TRANSLATE_NOOP("AuditPage", "ganda"),
    "new": QT_TRANSLATE_NOOP("AuditPage", "baru"),
    "updated": QT_TRANSLATE_NOOP("AuditPage", "diperbarui"),
    "unchanged": QT_TRANSLATE_NOOP("AuditPage", "sama"),
    "unmatched": QT_TRANSLATE_NOOP("AuditPage", "tidak cocok"),
    "conflicts": QT_TRANSLATE_NOOP("AuditPage", "konflik"),
    "sequence": QT_TRANSLATE_NOOP("AuditPage", "nomor"),
    "records": QT_TRANSLATE_NOOP("AuditPage", "catatan"),
    "encrypted": QT_TRANSLATE_NOOP("AuditPage", "terenkripsi"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "berkas"),
    "device_id": QT_TRANSLATE_NOOP("AuditPage", "perangkat"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari"),
    "old_device": QT_TRANSLATE_NOOP("AuditPage", "perangkat lama"),
    "old_fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari lama"),
    "new_fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari baru"),
    "resolution": QT_TRANSLATE_NOOP("AuditPage", "keputusan"),
    "count": QT_TRANSLATE_NOOP("AuditPage", "jumlah"),
    "channel": QT_TRANSLATE_NOOP("AuditPage", "lewat"),
    "parts": QT_TRANSLATE_NOOP("AuditPage", "bagian"),
    "members": QT_TRANSLATE_NOOP("AuditPage", "peserta"),
    "closed_events": QT_TRANSLATE_NOOP("AuditPage", "acara tertutup"),
    "format": QT_TRANSLATE_NOOP("AuditPage", "format"),
    "slips": QT_TRANSLATE_NOOP("AuditPage", "slip"),
    "copies": QT_TRANSLATE_NOOP("AuditPage", "salinan"),
    "pages": QT_TRANSLATE_NOOP("AuditPage", "halaman"),
    "workers": QT_TRANSLATE_NOOP("AuditPage", "pekerja rentan"),
    "percent": QT_TRANSLATE_NOOP("AuditPage", "persen"),
    "monthly_total": QT_TRANSLATE_NOOP("AuditPage", "iuran per bulan"),
    "region": QT_TRANSLATE_NOOP("AuditPage", "wilayah"),
    "old": QT_TRANSLATE_NOOP("AuditPage", "lama"),
    "previous": QT_TRANSLATE_NOOP("AuditPage", "petugas sebelumnya"),
    "occupations": QT_TRANSLATE_NOOP("AuditPage", "pekerjaan"),
    "officers": QT_TRANSLATE_NOOP("AuditPage", "akun"),
    "officers_without_sign_in": QT_TRANSLATE_NOOP("AuditPage", "akun tanpa masuk"),
    "tariffs": QT_TRANSLATE_NOOP("AuditPage", "aturan iuran"),
    "consent": QT_TRANSLATE_NOOP("AuditPage", "teks persetujuan"),
    "events": QT_TRANSLATE_NOOP("AuditPage", "acara"),
    "segment": QT_TRANSLATE_NOOP("AuditPage", "rantai"),
    "continues_segment": QT_TRANSLATE_NOOP("AuditPage", "menyambung rantai"),
    "continues_seq": QT_TRANSLATE_NOOP("AuditPage", "sesudah entri"),
    "continues_hash": QT_TRANSLATE_NOOP("AuditPage", "hash entri itu"),
    "restarted_at": QT_TRANSLATE_NOOP("AuditPage", "dimulai"),
    "batch_sequence": QT_TRANSLATE_NOOP("AuditPage", "batch terakhir"),
    "head_known": QT_TRANSLATE_NOOP("AuditPage", "sambungan dikenal kantor"),
    "lost_entries": QT_TRANSLATE_NOOP("AuditPage", "entri hilang"),
}
# values recorded as codes
VALUES: dict[str, object] = {
    "unknown": QT_TRANSLATE_NOOP("AuditPage", "nama pengguna tidak dikenal"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "pemulihan dari cadangan"),
    "idle": QT_TRANSLATE_NOOP("AuditPage", "lama tidak dipakai"),
    "now": QT_TRANSLATE_NOOP("AuditPage", "dikunci petugas"),
    "list": QT_TRANSLATE_NOOP("AuditPage", "daftar peserta"),
    "keep_existing": QT_TRANSLATE_NOOP("AuditPage", "pakai data pertama"),
    "keep_incoming": QT_TRANSLATE_NOOP("AuditPage", "pakai data kedua"),
    "merge": QT_TRANSLATE_NOOP("AuditPage", "gabungkan"),
    "different_people": QT_TRANSLATE_NOOP("AuditPage", "orang berbeda"),
    "erased": QT_TRANSLATE_NOOP("AuditPage", "dihapus"),
    # field names in "kolom"
    "name": QT_TRANSLATE_NOOP("AuditPage", "nama"),
    "full_name": QT_TRANSLATE_NOOP("AuditPage", "nama lengkap"),
    "password": QT_TRANSLATE_NOOP("AuditPage", "kata sandi"),
    "active": QT_TRANSLATE_NOOP("AuditPage", "aktif"),
    "status": QT_TRANSLATE_NOOP("AuditPage", "status"),
    "nik": QT_TRANSLATE_NOOP("AuditPage", "NIK"),
    "birth_place": QT_TRANSLATE_NOOP("AuditPage", "tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("AuditPage", "tanggal lahir"),
    "gender": QT_TRANSLATE_NOOP("AuditPage", "jenis kelamin"),
    "address": QT_TRANSLATE_NOOP("AuditPage", "alamat"),
    "region_code": QT_TRANSLATE_NOOP("AuditPage", "wilayah"),
    "phone": QT_TRANSLATE_NOOP("AuditPage", "no. HP"),
    "email": QT_TRANSLATE_NOOP("AuditPage", "surel"),
    "sector": QT_TRANSLATE_NOOP("AuditPage", "sektor"),
    "occupation": QT_TRANSLATE_NOOP("AuditPage", "pekerjaan"),
    "business_name": QT_TRANSLATE_NOOP("AuditPage", "nama usaha"),
    "declared_income": QT_TRANSLATE_NOOP("AuditPage", "penghasilan"),
    "programs": QT_TRANSLATE_NOOP("AuditPage", "program"),
    "payer": QT_TRANSLATE_NOOP("AuditPage", "sumber iuran"),
    "payer_subsource": QT_TRANSLATE_NOOP("AuditPage", "sub-sumber"),
    "pay_period": QT_TRANSLATE_NOOP("AuditPage", "periode bayar"),
    "group_id": QT_TRANSLATE_NOOP("AuditPage", "kelompok"),
    "kind": QT_TRANSLATE_NOOP("AuditPage", "jenis"),
    "leader_name": QT_TRANSLATE_NOOP("AuditPage", "ketua"),
    "agreement_no": QT_TRANSLATE_NOOP("AuditPage", "nomor perjanjian"),
    "agreement_date": QT_TRANSLATE_NOOP("AuditPage", "tanggal perjanjian"),
    "kpj_number": QT_TRANSLATE_NOOP("AuditPage", "nomor KPJ"),
}
SETTINGS: dict[str, object] = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditPage", "menit sampai meja terkunci"),
    "slip_format": QT_TRANSLATE_NOOP("AuditPage", "format slip"),
    "coverage_workers": QT_TRANSLATE_NOOP("AuditPage", "jumlah pekerja rentan"),
}
YES_NO = (QT_TRANSLATE_NOOP("AuditPage", "tidak"), QT_TRANSLATE_NOOP("AuditPage", "ya"))
ENTITIES: dict[str, object] = {
    "member": QT_TRANSLATE_NOOP("AuditPage", "Peserta"),
    "members": QT_TRANSLATE_NOOP("AuditPage", "Peserta"),
    "officer": QT_TRANSLATE_NOOP("AuditPage", "Akun"),
    "group": QT_TRANSLATE_NOOP("AuditPage", "Kelompok"),
    "event": QT_TRANSLATE_NOOP("AuditPage", "Acara"),
    "batch": QT_TRANSLATE_NOOP("AuditPage", "Batch"),
    "device": QT_TRANSLATE_NOOP("AuditPage", "Perangkat"),
    "slip": QT_TRANSLATE_NOOP("AuditPage", "Slip"),
    "print_job": QT_TRANSLATE_NOOP("AuditPage", "Cetakan"),
    "conflict": QT_TRANSLATE_NOOP("AuditPage", "Konflik"),
    "config": QT_TRANSLATE_NOOP("AuditPage", "Konfigurasi"),
    "setting": QT_TRANSLATE_NOOP("AuditPage", "Pengaturan"),
}


def _word(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("AuditPage", str(text)) if text else code


def action_label(code: str) -> str:
    """An audit action in words, in the desk's language (an unknown code as it is)."""
    return _word(ACTIONS, code)


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", str(YES_NO[value]))
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value) or "-"
    if isinstance(value, dict):
        return ", ".join(f"{_value(k, k)} {_value(k, v)}" for k, v in value.items())
    if key == "role" and value in accounts.ROLES:
        return labels.label(accounts.ROLES[str(value)])
    if key in ("format", "old", "new") and value in formats.LABELS:  # a slip format
        return labels.label(formats.LABELS[str(value)])
    if key == "monthly_total" and isinstance(value, int):
        return rupiah(value)
    if key in ("region", "old", "new") and isinstance(value, str) and value[:1].isdigit():
        name = resources.regions().name(value)  # a region code: its name too
        return f"{name} ({value})" if name else value
    if key.endswith("_at") and isinstance(value, str):
        try:
            return shown(dt.datetime.fromisoformat(value), seconds=True)
        except ValueError:
            return value
    if key.endswith("_hash") and isinstance(value, str):
        return value[:12]
    if key in ("approved_by", "device_id", "old_device", "previous") and isinstance(value, str):
        return value[:8]  # an id: its start tells it apart, the exact record has it all
    return _word(VALUES, value) if isinstance(value, str) else str(value)


def details_text(action: str, details: str) -> str:
    """An entry's details as "name: value" text (an auditor reads the exact record in
    the panel below the list). A chain gap and a refused batch in the office's words."""
    if action in ("chain_gap", "batch_refused"):
        return i18n.message(chain.describe(action, details))
    try:
        d = json.loads(details) if details else {}
    except ValueError:
        return details
    if not isinstance(d, dict):
        return details
    return "; ".join(f"{_word(DETAILS, key)}: {_value(key, value)}"
                     for key, value in d.items() if value is not None and value != "")


def object_text(entity_type: str, entity_id: str) -> str:
    if not entity_type:
        return "-"
    if entity_type == "setting":  # a setting is named, not numbered
        return f"{_word(ENTITIES, entity_type)}: {_word(SETTINGS, entity_id)}"
    return f"{_word(ENTITIES, entity_type)} {short_id(entity_type, entity_id)}".strip()


def short_id(entity_type: str, entity_id: str) -> str:
    """Eight digits of a record's id that tell it apart in a list (the exact record has
    it all): a member's last eight, since a member's id starts with the time it was made
    (version 7: every member of one import shares its first eight), any other's first."""
    return entity_id[-8:] if entity_type == "member" else entity_id[:8]
