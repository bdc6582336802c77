"""The domain's code labels (app.domain.codes, account roles, report placeholders; the
slip formats' labels are catalogue messages of their table) and the titles of print
jobs in the desk's language. The services keep the Indonesian labels; the desk shows
them through `label`. The list below is what Qt
Linguist extracts; a test keeps it equal to the domain's tables."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.messages import Text

CONTEXT = "codes"
KNOWN = (
    # sectors
    QT_TRANSLATE_NOOP("codes", "UMKM"), QT_TRANSLATE_NOOP("codes", "Petani"),
    QT_TRANSLATE_NOOP("codes", "Nelayan"), QT_TRANSLATE_NOOP("codes", "Transportasi"),
    QT_TRANSLATE_NOOP("codes", "Lainnya"),
    # payers
    QT_TRANSLATE_NOOP("codes", "Mandiri"), QT_TRANSLATE_NOOP("codes", "Wadah/Kelompok"),
    QT_TRANSLATE_NOOP("codes", "APBD"), QT_TRANSLATE_NOOP("codes", "APBDes"),
    QT_TRANSLATE_NOOP("codes", "APBN"), QT_TRANSLATE_NOOP("codes", "CSR"),
    QT_TRANSLATE_NOOP("codes", "Penanggung"),
    # group kinds
    QT_TRANSLATE_NOOP("codes", "Paguyuban"), QT_TRANSLATE_NOOP("codes", "Koperasi"),
    QT_TRANSLATE_NOOP("codes", "Wadah"),
    # genders
    QT_TRANSLATE_NOOP("codes", "Laki-laki"), QT_TRANSLATE_NOOP("codes", "Perempuan"),
    # member statuses
    QT_TRANSLATE_NOOP("codes", "Aktif"), QT_TRANSLATE_NOOP("codes", "Dibatalkan"),
    QT_TRANSLATE_NOOP("codes", "Dihapus"), QT_TRANSLATE_NOOP("codes", "Konflik NIK"),
    QT_TRANSLATE_NOOP("codes", "NIK perlu dibetulkan"),
    # roles
    QT_TRANSLATE_NOOP("codes", "Petugas"), QT_TRANSLATE_NOOP("codes", "Supervisor"),
    QT_TRANSLATE_NOOP("codes", "Administrator"),
    # report placeholders
    QT_TRANSLATE_NOOP("codes", "(tanpa kelompok)"),
    QT_TRANSLATE_NOOP("codes", "(tidak tercatat)"),
)

#: A print job's title is stored as made (Indonesian, or in the language of the desk that
#: queued it); these are the Indonesian ones the services and the print page give, by
#: their start, with the pattern shown in the desk's language. Longest start first.
JOB_TITLES = (
    ("Halaman uji printer", QT_TRANSLATE_NOOP("jobs", "Halaman uji printer")),
    ("Bukti persetujuan ", QT_TRANSLATE_NOOP("jobs", "Bukti persetujuan %s")),
    ("Slip acara ", QT_TRANSLATE_NOOP("jobs", "Slip acara %s")),
    ("Tagihan ", QT_TRANSLATE_NOOP("jobs", "Tagihan %s")),
    ("Slip ", QT_TRANSLATE_NOOP("jobs", "Slip %s")),
)


def label(text: str) -> str:
    """One Indonesian label in the desk's language: a code label, or a label the
    services give as a catalogue message (a slip format's)."""
    if isinstance(text, Text):
        return text.render(lambda source: QCoreApplication.translate("messages", source))
    return QCoreApplication.translate(CONTEXT, text)


def job_title(title: str) -> str:
    """A print job's stored title in the desk's language (a name in it stays as is)."""
    for start, noop in JOB_TITLES:
        pattern = str(noop)
        if title == start.strip() and "%s" not in pattern:
            return QCoreApplication.translate("jobs", pattern)
        if title.startswith(start) and "%s" in pattern:
            return QCoreApplication.translate("jobs", pattern) % title[len(start):]
    return title


def items(table: Mapping[str, str]) -> list[tuple[str, str]]:
    """(code, label in the desk's language) for a code table."""
    return [(code, label(text)) for code, text in table.items()]
