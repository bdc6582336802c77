"""The import columns of a member: their template order, the required ones, and the
other names a spreadsheet's header may give them."""

from __future__ import annotations

from app.domain import codes

#: Import columns in template order (CLI.md).
COLUMNS = (
    "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat",
    "kode_wilayah", "no_hp", "email", "sektor", "pekerjaan", "nama_usaha",
    "penghasilan", "program", "sumber_iuran", "periode_bayar", "kelompok", "persetujuan",
)
REQUIRED = ("nik", "nama", "sektor", "persetujuan")

ALIASES = {
    "noktp": "nik", "ktp": "nik", "nomorktp": "nik", "nomorindukkependudukan": "nik",
    "nonik": "nik", "namalengkap": "nama", "name": "nama", "namapeserta": "nama",
    "tempatlahir": "tempat_lahir", "tmplahir": "tempat_lahir", "tgllahir": "tanggal_lahir",
    "tanggallahir": "tanggal_lahir", "jk": "jenis_kelamin", "jeniskelamin": "jenis_kelamin",
    "kelamin": "jenis_kelamin", "gender": "jenis_kelamin", "alamatlengkap": "alamat",
    "kodewilayah": "kode_wilayah", "kodedesa": "kode_wilayah", "kodekecamatan": "kode_wilayah",
    "nohp": "no_hp", "hp": "no_hp", "nomorhp": "no_hp", "telepon": "no_hp", "notelp": "no_hp",
    "nowa": "no_hp", "telp": "no_hp", "surel": "email", "sector": "sektor",
    "jenispekerjaan": "pekerjaan", "profesi": "pekerjaan", "namausaha": "nama_usaha",
    "usaha": "nama_usaha", "penghasilanbulanan": "penghasilan", "upah": "penghasilan",
    "gaji": "penghasilan", "programs": "program", "sumberiuran": "sumber_iuran",
    "pembayar": "sumber_iuran", "periodebayar": "periode_bayar", "periode": "periode_bayar",
    "namakelompok": "kelompok", "group": "kelompok", "paguyuban": "kelompok",
    "koperasi": "kelompok", "consent": "persetujuan", "setuju": "persetujuan",
}
_CANON = {codes.squash(c): c for c in COLUMNS}


def canonical_column(header: str) -> str | None:
    key = codes.squash(header)
    return _CANON.get(key) or ALIASES.get(key)
