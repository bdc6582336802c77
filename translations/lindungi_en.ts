<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Akun baru…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>terkunci sementara</source>
        <translation>temporarily locked</translation>
    </message>
    <message>
        <source>petugas lapangan (belum bisa masuk di sini)</source>
        <translation>field officer (cannot sign in here yet)</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Tambah peserta ke kelompok</source>
        <translation>Add members to the group</translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor HP</source>
        <translation>Search name, NIK or phone number</translation>
    </message>
    <message>
        <source>Tambahkan yang dipilih</source>
        <translation>Add the selected</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <source>Persetujuan supervisor</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>nama pengguna petugas</source>
        <translation>officer's username</translation>
    </message>
    <message>
        <source>Periksa keutuhan jejak audit</source>
        <translation>Check the audit trail's integrity</translation>
    </message>
    <message>
        <source>Muat lebih banyak</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Jejak audit utuh: %d entri.</source>
        <translation>Audit trail intact: %d entries.</translation>
    </message>
    <message>
        <source>Jejak audit RUSAK pada entri nomor %s: %s</source>
        <translation>Audit trail BROKEN at entry number %s: %s</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>tertinggi %s</source>
        <translation>highest %s</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Tutup acara — %s</source>
        <translation>Close event — %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sektor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sector&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peserta&lt;/b&gt;</source>
        <translation>&lt;b&gt;Members&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sumber iuran&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contribution source&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Iuran sebulan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Monthly contribution&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Peserta aktif: &lt;b&gt;%d&lt;/b&gt; · dibatalkan: %d&lt;br&gt;Iuran sebulan seluruhnya: &lt;b&gt;%s&lt;/b&gt; (%s)</source>
        <translation>Active members: &lt;b&gt;%d&lt;/b&gt; · voided: %d&lt;br&gt;Monthly contributions in total: &lt;b&gt;%s&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>Slip tercetak: &lt;b&gt;%d asli&lt;/b&gt; dan %d salinan · %d peserta aktif sudah punya slip, &lt;b&gt;%d belum&lt;/b&gt; · %d slip menunggu di antrean cetak (belum tercetak)</source>
        <translation>Slips printed: &lt;b&gt;%d originals&lt;/b&gt; and %d copies · %d active members have a slip, &lt;b&gt;%d do not&lt;/b&gt; · %d slips waiting in the print queue (not printed)</translation>
    </message>
    <message>
        <source>Setelah ditutup, acara ini tidak menerima pendaftaran baru.</source>
        <translation>Once closed, this event accepts no new registrations.</translation>
    </message>
    <message>
        <source>Tutup acara</source>
        <translation>Close event</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Sumber iuran</source>
        <translation>Contribution source</translation>
    </message>
    <message>
        <source>Sub-sumber</source>
        <translation>Sub-source</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Konflik NIK %s</source>
        <translation>NIK conflict %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kolom&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data pertama&lt;/b&gt; (%s)</source>
        <translation>&lt;b&gt;First record&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data kedua&lt;/b&gt; (%s)</source>
        <translation>&lt;b&gt;Second record&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>catatan (mis. hasil menelepon peserta)</source>
        <translation>note (e.g. what the member said on the phone)</translation>
    </message>
    <message>
        <source>Pakai data pertama</source>
        <translation>Keep the first record</translation>
    </message>
    <message>
        <source>Pakai data kedua</source>
        <translation>Keep the second record</translation>
    </message>
    <message>
        <source>Gabungkan pilihan</source>
        <translation>Merge the chosen fields</translation>
    </message>
    <message>
        <source>Orang berbeda…</source>
        <translation>Different people…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dua catatan dengan NIK yang sama. Pilih yang benar, gabungkan per kolom, atau tandai orang berbeda (lalu NIK salah satunya harus dibetulkan).</source>
        <translation>Two records with the same NIK. Choose the right one, merge field by field, or mark them as different people (one of the NIKs must then be corrected).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Teks persetujuan (%s)</source>
        <translation>Consent text (%s)</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Semua pendaftaran</source>
        <translation>All registrations</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Muat ulang (F5)</source>
        <translation>Reload (F5)</translation>
    </message>
    <message>
        <source>Simpan laporan PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan Excel…</source>
        <translation>Save report as Excel…</translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>peserta aktif</source>
        <translation>active members</translation>
    </message>
    <message>
        <source>iuran per bulan</source>
        <translation>contribution per month</translation>
    </message>
    <message>
        <source>iuran untuk periode bayar</source>
        <translation>contribution for the pay periods</translation>
    </message>
    <message>
        <source>slip dicetak</source>
        <translation>slips printed</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Cakupan kabupaten/kota:</source>
        <translation>Regency/city coverage:</translation>
    </message>
    <message>
        <source>Peserta per sektor</source>
        <translation>Members by sector</translation>
    </message>
    <message>
        <source>Peserta per pembayar iuran</source>
        <translation>Members by payer</translation>
    </message>
    <message>
        <source>Kecamatan terbanyak</source>
        <translation>Top districts</translation>
    </message>
    <message>
        <source>Kelompok terbanyak</source>
        <translation>Top groups</translation>
    </message>
    <message>
        <source>Iuran per bulan pendaftaran (Rp)</source>
        <translation>Contributions by month of registration (Rp)</translation>
    </message>
    <message>
        <source>Iuran per tahun pendaftaran (Rp)</source>
        <translation>Contributions by year of registration (Rp)</translation>
    </message>
    <message>
        <source>belum ada acara untuk ditampilkan</source>
        <translation>no event to show yet</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Laporan penutupan acara</source>
        <translation>Event closing report</translation>
    </message>
    <message>
        <source>Rekapitulasi</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>semua pendaftaran</source>
        <translation>all registrations</translation>
    </message>
    <message>
        <source>%s peserta aktif dari target %s (%d%% dari %s pekerja rentan)</source>
        <translation>%s active members of a target of %s (%d%% of %s vulnerable workers)</translation>
    </message>
    <message>
        <source>belum ada target</source>
        <translation>no target yet</translation>
    </message>
    <message>
        <source>%s peserta aktif. Isi jumlah pekerja rentan di Pengaturan (Ctrl+,) untuk melihat cakupan.</source>
        <translation>%s active members. Enter the number of vulnerable workers in Settings (Ctrl+,) to see the coverage.</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Menulis laporan</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %s</source>
        <translation>Report saved to %s</translation>
    </message>
    <message>
        <source>Laporan tidak tersimpan: %s</source>
        <translation>Report not saved: %s</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Data peserta — %s</source>
        <translation>Member record — %s</translation>
    </message>
    <message>
        <source>Status: %s · revisi %d · acara %s · persetujuan %s</source>
        <translation>Status: %s · revision %d · event %s · consent %s</translation>
    </message>
    <message>
        <source> · alasan batal: %s</source>
        <translation> · reason voided: %s</translation>
    </message>
    <message>
        <source>koreksi</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Simpan koreksi (Ctrl+S)</source>
        <translation>Save correction (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cetak ulang slip (Ctrl+R)</source>
        <translation>Reprint slip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cetak bukti persetujuan</source>
        <translation>Print proof of consent</translation>
    </message>
    <message>
        <source>Hapus data pribadi…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Not saved yet: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Acara baru… (Ctrl+N)</source>
        <translation>New event… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutup acara…</source>
        <translation>Close event…</translation>
    </message>
    <message>
        <source>Acara:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Slip dicetak</source>
        <translation>Slips printed</translation>
    </message>
    <message>
        <source>dibuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Belum ada acara. Buat acara hari ini dengan Ctrl+N.</source>
        <translation>No event yet. Create today's event with Ctrl+N.</translation>
    </message>
    <message>
        <source>Iuran sebulan dari peserta acara ini: %s</source>
        <translation>Monthly contribution of this event's members: %s</translation>
    </message>
    <message>
        <source>Tutup acara</source>
        <translation>Close event</translation>
    </message>
</context>
<context>
    <name>FormRow</name>
    <message>
        <source>Rombongan (tetap untuk peserta berikutnya)</source>
        <extracomment>the fewest digits of an Indonesian mobile number written 08…: judged from here on</extracomment>
        <translation>Batch (kept for the next member)</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Kelompok baru</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>nomor PKS / MoU, jika ada</source>
        <translation>agreement / MoU number, if any</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, kosong jika belum ada; F4: kalender</source>
        <translation>DD-MM-YYYY, empty if there is none yet; F4: calendar</translation>
    </message>
    <message>
        <source>Simpan kelompok</source>
        <translation>Save group</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>NIK ketua</source>
        <translation>Leader's NIK</translation>
    </message>
    <message>
        <source>HP ketua</source>
        <translation>Leader's phone</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>No. perjanjian</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>Tanggal perjanjian</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>Tambah peserta…</source>
        <translation>Add members…</translation>
    </message>
    <message>
        <source>Impor daftar anggota…</source>
        <translation>Import member list…</translation>
    </message>
    <message>
        <source>Simpan kelompok dulu, lalu isi anggotanya.</source>
        <translation>Save the group first, then add its members.</translation>
    </message>
    <message>
        <source>%d anggota</source>
        <translation>%d members</translation>
    </message>
    <message>
        <source>Impor daftar anggota</source>
        <translation>Import member list</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv)</source>
        <translation>Table (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Pilih atau buat acara dulu (tab Acara).</source>
        <translation>Choose or create an event first (Event tab).</translation>
    </message>
    <message>
        <source>Impor ditolak</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Hasil impor daftar anggota</source>
        <translation>Result of the member list import</translation>
    </message>
    <message>
        <source>Dibaca %d baris: %d diimpor, %d ditolak, %d NIK ganda.</source>
        <translation>Read %d rows: %d imported, %d refused, %d duplicate NIKs.</translation>
    </message>
    <message>
        <source> Impor dihentikan sebelum selesai.</source>
        <translation> The import was stopped before the end.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Simpan daftar tolakan…</source>
        <translation>Save the refused rows…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Simpan daftar tolakan</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tidak bisa menyimpan: %s</source>
        <translation>Cannot save: %s</translation>
    </message>
</context>
<context>
    <name>Lindungi</name>
    <message>
        <source>Tidak ada di daftar: ketik sebagian namanya lalu pilih yang ditawarkan.</source>
        <translation>Not on the list: type part of the name, then pick one of the suggestions.</translation>
    </message>
    <message>
        <source>Tanggal belum lengkap: ketik 8 angka, hari-bulan-tahun.</source>
        <translation>The date is incomplete: type 8 digits, day-month-year.</translation>
    </message>
    <message>
        <source>Tanggal ini tidak ada di kalender.</source>
        <translation>This date does not exist in the calendar.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%s: %d dari %d baris</source>
        <translation>%s: %d of %d rows</translation>
    </message>
    <message>
        <source>(tidak bisa ditulis; lihat lindungi.log)</source>
        <translation>(could not be written; see lindungi.log)</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program (bukan kesalahan Anda). Laporan kesalahan: %s. Kirim berkas itu ke admin.</source>
        <translation>A program error occurred (not your doing). Error report: %s. Send that file to the administrator.</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program (bukan kesalahan Anda).

Laporan kesalahan disimpan di:
%s
Kirim berkas itu ke admin.

Isian pendaftaran yang belum tersimpan sudah disimpan sebagai draf dan dipulihkan saat program dibuka lagi. Program bisa dipakai terus; bila kesalahan ini berulang, tutup lalu buka lagi program.</source>
        <translation>A program error occurred (not your doing).

The error report was saved in:
%s
Send that file to the administrator.

The unsaved registration form has been kept as a draft and is restored when the program opens again. You can go on working; if the error comes back, close the program and open it again.</translation>
    </message>
    <message>
        <source>ketik nama kabupaten/kota</source>
        <translation>type the regency/city name</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Layar dikunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Petugas %s: ketik kata sandi untuk melanjutkan. Isian yang belum disimpan tetap ada.</source>
        <translation>Officer %s: type your password to continue. Unsaved entries are kept.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lindungi — masuk</source>
        <translation>Lindungi — sign in</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database di %s rusak dan tidak ada cadangan yang utuh. Salin folder itu untuk kantor, lalu hubungi admin.</source>
        <extracomment>Asks who is working; returns the officer, or None when the person gave up. Offered the backups of a damaged database; returns the one to restore, or None.</extracomment>
        <translation>The database in %s is damaged and there is no sound backup. Copy that folder for the office, then call the administrator.</translation>
    </message>
    <message>
        <source>Database dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>Data tidak bisa dibuka: %s.</source>
        <translation>The data cannot be opened: %s.</translation>
    </message>
    <message>
        <source>Database rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Pemeriksaan menyeluruh menemukan kerusakan pada database. Simpan pekerjaan, tutup program, lalu buka lagi: program akan menawarkan cadangan terakhir.</source>
        <translation>A full check found damage in the database. Save your work, close the program and open it again: it will offer the latest backup.</translation>
    </message>
    <message>
        <source>Lindungi — pendaftaran peserta BPU</source>
        <translation>Lindungi — BPU member registration</translation>
    </message>
    <message>
        <source>Menyiapkan data…</source>
        <translation>Preparing data…</translation>
    </message>
    <message>
        <source>Acara (Ctrl+1)</source>
        <translation>Event (Ctrl+1)</translation>
    </message>
    <message>
        <source>Pendaftaran (Ctrl+2)</source>
        <translation>Registration (Ctrl+2)</translation>
    </message>
    <message>
        <source>Peserta (Ctrl+3)</source>
        <translation>Members (Ctrl+3)</translation>
    </message>
    <message>
        <source>Kelompok (Ctrl+4)</source>
        <translation>Groups (Ctrl+4)</translation>
    </message>
    <message>
        <source>Cetak (Ctrl+5)</source>
        <translation>Print (Ctrl+5)</translation>
    </message>
    <message>
        <source>Sinkron (Ctrl+6)</source>
        <translation>Sync (Ctrl+6)</translation>
    </message>
    <message>
        <source>Dasbor (Ctrl+7)</source>
        <translation>Dashboard (Ctrl+7)</translation>
    </message>
    <message>
        <source>Audit (Ctrl+8)</source>
        <translation>Audit (Ctrl+8)</translation>
    </message>
    <message>
        <source>Privasi (Ctrl+9)</source>
        <translation>Privacy (Ctrl+9)</translation>
    </message>
    <message>
        <source>Akun (Ctrl+0)</source>
        <translation>Accounts (Ctrl+0)</translation>
    </message>
    <message>
        <source>Pengaturan (Ctrl+,)</source>
        <translation>Settings (Ctrl+,)</translation>
    </message>
    <message>
        <source>tanpa akun</source>
        <translation>no account</translation>
    </message>
    <message>
        <source>Petugas: %s · data: %s</source>
        <translation>Officer: %s · data: %s</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>16 angka dari KTP</source>
        <extracomment>villages offered before a NIK says where the person lives (the event's area)</extracomment>
        <translation>16 digits from the ID card</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, diisi dari NIK; F4: kalender</source>
        <translation>DD-MM-YYYY, filled from the NIK; F4: calendar</translation>
    </message>
    <message>
        <source>jalan, nomor, RT/RW</source>
        <translation>street, number, RT/RW</translation>
    </message>
    <message>
        <source>ketik nama desa/kelurahan</source>
        <translation>type the village name</translation>
    </message>
    <message>
        <source>ketik nama pekerjaan</source>
        <translation>type the occupation</translation>
    </message>
    <message>
        <source>Ikut JHT (2% penghasilan, tidak wajib)</source>
        <translation>Join JHT (2% of income, optional)</translation>
    </message>
    <message>
        <source>Peserta menyetujui pemrosesan datanya (F1: baca teks persetujuan)</source>
        <translation>The member consents to the processing of their data (F1: read the consent text)</translation>
    </message>
    <message>
        <source>%d bulan</source>
        <translation>%d months</translation>
    </message>
    <message>
        <source>(tanpa kelompok)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>ketik nama kelompok</source>
        <translation>type the group name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama (sesuai KTP)</source>
        <translation>Name (as on the ID card)</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Penghasilan sebulan (Rp)</source>
        <translation>Monthly income (Rp)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Sumber iuran</source>
        <translation>Contribution source</translation>
    </message>
    <message>
        <source>Periode bayar</source>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>%d dari 16 angka</source>
        <translation>%d of 16 digits</translation>
    </message>
    <message>
        <source>%s (kecamatan)</source>
        <translation>%s (district)</translation>
    </message>
    <message>
        <source>Iuran belum bisa dihitung: %s</source>
        <translation>Contribution cannot be computed yet: %s</translation>
    </message>
    <message>
        <source>Iuran per bulan: %s (%s)</source>
        <translation>Contribution per month: %s (%s)</translation>
    </message>
    <message>
        <source>Bayar %d bulan: %s (%s)</source>
        <translation>Pay %d months: %s (%s)</translation>
    </message>
    <message>
        <source>Termasuk potongan %s</source>
        <translation>Includes the %s discount</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kirim ke kantor</source>
        <translation>Sent to office</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Cari nama, NIK atau nomor HP (Ctrl+F)</source>
        <translation>Search name, NIK or phone number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Buka / koreksi (Enter)</source>
        <translation>Open / correct (Enter)</translation>
    </message>
    <message>
        <source>Batalkan… (Del)</source>
        <translation>Void… (Del)</translation>
    </message>
    <message>
        <source>Cetak ulang slip (Ctrl+R)</source>
        <translation>Reprint slip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Semua acara</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%s peserta</source>
        <translation>%s members</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Pendaftaran ini sudah dibatalkan.</source>
        <translation>This registration is already voided.</translation>
    </message>
</context>
<context>
    <name>NewDeviceDialog</name>
    <message>
        <source>Laptop baru</source>
        <translation>New laptop</translation>
    </message>
    <message>
        <source>&lt;p&gt;Batch &lt;b&gt;%s&lt;/b&gt; datang dari laptop yang belum dikenal kantor ini: &lt;b&gt;%s&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sidik jari kunci laptop itu: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Minta petugas laptop membuka halaman Sinkron di laptopnya (atau bacakan lewat telepon) dan bandingkan sidik jarinya. Percayai hanya jika sama persis; jika berbeda, jangan impor: batch itu mungkin bukan dari laptop tersebut.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Batch &lt;b&gt;%s&lt;/b&gt; comes from a laptop this office does not know yet: &lt;b&gt;%s&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;That laptop's key fingerprint: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ask the laptop's officer to open the Sync page on the laptop (or read it out by phone) and compare the fingerprints. Trust it only if they are exactly the same; if they differ, do not import: the batch may not come from that laptop.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — percayai dan impor</source>
        <translation>Fingerprints match — trust and import</translation>
    </message>
    <message>
        <source>Jangan impor</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>mis. Sosialisasi BPJS Ketenagakerjaan UMKM</source>
        <translation>e.g. BPJS Ketenagakerjaan outreach for small businesses</translation>
    </message>
    <message>
        <source>HH-BB-TTTT; F4: kalender</source>
        <translation>DD-MM-YYYY; F4: calendar</translation>
    </message>
    <message>
        <source>ketik nama kecamatan</source>
        <translation>type the district name</translation>
    </message>
    <message>
        <source>nama petugas, pisahkan dengan koma</source>
        <translation>officers' names, separated by commas</translation>
    </message>
    <message>
        <source>Nama acara</source>
        <translation>Event name</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Buat acara</source>
        <translation>Create event</translation>
    </message>
    <message>
        <source>Isi tanggal acara.</source>
        <translation>Fill in the event's date.</translation>
    </message>
    <message>
        <source>Pilih kecamatan tempat acara.</source>
        <translation>Choose the district where the event is held.</translation>
    </message>
</context>
<context>
    <name>OfficeKeyDialog</name>
    <message>
        <source>Pasang kunci kantor</source>
        <translation>Install the office key</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kunci kantor &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sidik jari: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cocokkan sidik jari ini dengan yang tertulis di halaman Sinkron komputer kantor (atau tanyakan lewat telepon). Pasang hanya jika sama persis: sesudah itu batch dari laptop ini dienkripsi untuk kantor ini, dan tanda terimanya dipercaya.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Office key &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fingerprint: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare this fingerprint with the one on the office computer's Sync page (or ask by phone). Install it only if they are exactly the same: from then on this laptop's batches are encrypted for this office, and its acknowledgements are trusted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — pasang kunci kantor</source>
        <translation>Fingerprints match — install the office key</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Laptop ini sudah mempercayai kantor lain.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kantor sekarang: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kunci baru: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ganti hanya dengan sengaja, misalnya kantor memasang komputer baru: cocokkan sidik jari baru dengan kantor. Sesudah diganti, batch dienkripsi untuk kunci baru dan kantor lama tidak bisa membacanya.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This laptop already trusts another office.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Current office: &lt;b&gt;%s&lt;/b&gt;, fingerprint &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;New key: &lt;b&gt;%s&lt;/b&gt;, fingerprint &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Replace it only deliberately, for example when the office set up a new computer: compare the new fingerprint with the office. Once replaced, batches are encrypted for the new key and the old office cannot read them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — ganti kunci kantor</source>
        <translation>Fingerprints match — replace the office key</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Akun petugas</source>
        <translation>Officer account</translation>
    </message>
    <message>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
    <message>
        <source>kosongkan bila tidak diganti</source>
        <translation>leave empty to keep it</translation>
    </message>
    <message>
        <source>minimal 6 karakter</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Pratinjau — %s</source>
        <translation>Preview — %s</translation>
    </message>
    <message>
        <source>%d halaman · %d slip · format %s</source>
        <translation>%d pages · %d slips · format %s</translation>
    </message>
    <message>
        <source>Cetak… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Tidak diberi slip: %s</source>
        <translation>No slip for: %s</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang. Slip ini masuk antrean cetak dan belum dihitung tercetak; cetak nanti dari tab Cetak.</source>
        <translation>No printer is installed. These slips go to the print queue and are not counted as printed; print them later from the Print tab.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>PRATINJAU: %d halaman · %d slip (%d salinan) · format %s. Belum tercetak: nomor slip baru diberikan dan slip dihitung saat dicetak atau disimpan.</source>
        <translation>PREVIEW: %d pages · %d slips (%d copies) · format %s. Not printed yet: new slip numbers are given and slips counted when printed or saved.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tidak bisa menyimpan: %s</source>
        <translation>Cannot save: %s</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Berkas cetak tidak terbaca; buat ulang dari menu Cetak.</source>
        <translation>The print file cannot be read; make it again from the Print tab.</translation>
    </message>
    <message>
        <source>Printer menolak pekerjaan ini; periksa kertas dan sambungannya.</source>
        <translation>The printer refused this job; check its paper and connection.</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slips</translation>
    </message>
    <message>
        <source>Pratinjau / cetak</source>
        <translation>Preview / print</translation>
    </message>
    <message>
        <source>Cetak semua antrean</source>
        <translation>Print the whole queue</translation>
    </message>
    <message>
        <source>Hapus dari antrean</source>
        <translation>Remove from the queue</translation>
    </message>
    <message>
        <source>Antrean cetak</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Printer berhenti di tengah pekerjaan; periksa kertasnya lalu pilih di tab Cetak.</source>
        <translation>The printer stopped in the middle of the job; check the paper, then choose in the Print tab.</translation>
    </message>
    <message>
        <source>Cetak ulang slip</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>terkirim, belum dipastikan: periksa kertasnya</source>
        <translation>sent, not confirmed: check the paper</translation>
    </message>
    <message>
        <source>menunggu printer</source>
        <translation>waiting for a printer</translation>
    </message>
    <message>
        <source>Sudah tercetak…</source>
        <translation>Already printed…</translation>
    </message>
    <message>
        <source>Untuk pekerjaan yang kertasnya sudah keluar tetapi belum tercatat (mis. program terhenti saat mencetak): slipnya dihitung dengan nomor yang tercetak.</source>
        <translation>For a job whose paper came out but was not recorded (e.g. the program stopped while printing): its slips are counted with the numbers printed on them.</translation>
    </message>
    <message>
        <source>Slip peserta acara ini yang belum punya…</source>
        <translation>Slips for this event's members who have none…</translation>
    </message>
    <message>
        <source>Slip anggota yang belum punya…</source>
        <translation>Slips for members who have none…</translation>
    </message>
    <message>
        <source>Daftar &amp; tagihan kelompok…</source>
        <translation>Group roster &amp; bill…</translation>
    </message>
    <message>
        <source>Halaman uji printer…</source>
        <translation>Printer test page…</translation>
    </message>
    <message>
        <source>Buat cetakan</source>
        <translation>Make a print</translation>
    </message>
    <message>
        <source>Format slip</source>
        <translation>Slip format</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer: %s</source>
        <translation>Printer: %s</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang: cetakan menunggu di sini.</source>
        <translation>No printer installed: prints wait here.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang; antrean tetap disimpan.</source>
        <translation>No printer installed; the queue is kept.</translation>
    </message>
    <message>
        <source>Hapus "%s" dari antrean? Slipnya belum tercetak dan tidak dihitung; nomor yang disiapkan untuknya tidak dipakai lagi.</source>
        <translation>Remove "%s" from the queue? Its slips were not printed and are not counted; the numbers set aside for them are not used again.</translation>
    </message>
    <message>
        <source>Sudah tercetak</source>
        <translation>Already printed</translation>
    </message>
    <message>
        <source>Apakah kertas "%s" (%d slip) sudah keluar dari printer? Slipnya dihitung tercetak dengan nomor yang ada di kertas itu.</source>
        <translation>Did the paper of "%s" (%d slips) come out of the printer? Its slips are counted as printed, with the numbers on that paper.</translation>
    </message>
    <message>
        <source>(dipastikan petugas)</source>
        <translation>(confirmed by the officer)</translation>
    </message>
    <message>
        <source>Tidak diberi slip: %s</source>
        <translation>No slip given: %s</translation>
    </message>
    <message>
        <source>Slip acara</source>
        <translation>Event slips</translation>
    </message>
    <message>
        <source>Slip kelompok</source>
        <translation>Group slips</translation>
    </message>
    <message>
        <source>Tagihan kelompok</source>
        <translation>Group bill</translation>
    </message>
    <message>
        <source>(belum ada printer)</source>
        <translation>(no printer yet)</translation>
    </message>
    <message>
        <source>Halaman uji</source>
        <translation>Test page</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Enkripsi</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Simpan laporan (JSON)…</source>
        <translation>Save report (JSON)…</translation>
    </message>
    <message>
        <source>Laporan kehilangan perangkat atau USB (3×24 jam)</source>
        <translation>Report of a lost laptop or USB stick (3×24 hours)</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Impor paket konfigurasi dari kantor…</source>
        <translation>Import a configuration package from the office…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; menyimpan data pribadi &lt;b&gt;%d&lt;/b&gt; peserta (%d dengan nomor HP); &lt;b&gt;%d&lt;/b&gt; belum diterima kantor. %d batch pernah diekspor, &lt;b&gt;%d tanpa enkripsi&lt;/b&gt;. Antrean cetak: %d berkas. Cadangan: %d. Draf terbuka: %s.&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; holds personal data of &lt;b&gt;%d&lt;/b&gt; members (%d with a phone number); &lt;b&gt;%d&lt;/b&gt; not yet received by the office. %d batches exported, &lt;b&gt;%d without encryption&lt;/b&gt;. Print queue: %d files. Backups: %d. Open draft: %s.&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.</source>
        <translation>Report a loss within 3×24 hours (Law 27/2022 Art. 46) to the data subjects and the authority; a batch without encryption means its contents can be read.</translation>
    </message>
    <message>
        <source>TIDAK</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>%d catatan melewati masa simpan %d tahun.</source>
        <translation>%d records are past the %d-year retention period.</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Belum ada cadangan yang utuh.</source>
        <translation>No sound backup yet.</translation>
    </message>
    <message>
        <source>Pilih cadangan. Pendaftaran sesudah waktu cadangan itu akan hilang dari laptop ini; database sekarang disimpan di sampingnya.</source>
        <translation>Choose a backup. Registrations made after that backup will be gone from this laptop; the current database is kept beside it.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Program ditutup; buka lagi untuk melanjutkan.</source>
        <translation>The program will close; open it again to continue.</translation>
    </message>
    <message>
        <source>Paket konfigurasi</source>
        <translation>Configuration package</translation>
    </message>
    <message>
        <source>Kantor baru</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Paket ditolak</source>
        <translation>Package refused</translation>
    </message>
    <message>
        <source>Paket diterapkan</source>
        <translation>Package applied</translation>
    </message>
    <message>
        <source>Akun dari kantor: %d.</source>
        <translation>Accounts from the office: %d.</translation>
    </message>
    <message>
        <source>%d akun kantor tidak bisa masuk di laptop ini: nama penggunanya sudah dipakai akun laptop ini. Minta kantor memberi nama pengguna lain.</source>
        <translation>%d office accounts cannot sign in on this laptop: their user name is already taken by one of this laptop's accounts. Ask the office for another user name.</translation>
    </message>
    <message>
        <source>Daftar pekerjaan: %d.</source>
        <translation>Occupation list: %d.</translation>
    </message>
    <message>
        <source>Aturan iuran dari kantor dipakai.</source>
        <translation>The office's contribution rules are in force.</translation>
    </message>
    <message>
        <source>Teks persetujuan dari kantor dipakai.</source>
        <translation>The office's consent text is in force.</translation>
    </message>
    <message>
        <source>Acara baru dari kantor: %d.</source>
        <translation>New events from the office: %d.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Buka data peserta (Ctrl+O)</source>
        <translation>Open the member's record (Ctrl+O)</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; cetak (Ctrl+P)</source>
        <translation>Save &amp;&amp; print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Kosongkan (Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>Isian yang belum tersimpan dipulihkan.</source>
        <translation>Unsaved entries were restored.</translation>
    </message>
    <message>
        <source>Belum ada acara: buat acara dulu di tab Acara.</source>
        <translation>No event yet: create one first on the Event tab.</translation>
    </message>
    <message>
        <source> — acara sudah ditutup, pilih acara lain</source>
        <translation> — the event is closed, choose another</translation>
    </message>
    <message>
        <source>Acara: %s, %s</source>
        <translation>Event: %s, %s</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %s. Jangan daftar dua kali: buka datanya untuk memeriksa atau membetulkan.</source>
        <translation>This NIK is already registered to %s. Do not register twice: open the record to check or correct it.</translation>
    </message>
    <message>
        <source>Pilih acara yang masih dibuka dulu (tab Acara).</source>
        <translation>Choose an open event first (Event tab).</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Not saved yet: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar; data tidak disimpan.</source>
        <translation>This NIK is already registered; nothing was saved.</translation>
    </message>
    <message>
        <source>Belum tersimpan: NIK ini sudah terdaftar.</source>
        <translation>Not saved: this NIK is already registered.</translation>
    </message>
    <message>
        <source>Tersimpan: %s (%s). Silakan peserta berikutnya.</source>
        <translation>Saved: %s (%s). Next member, please.</translation>
    </message>
    <message>
        <source>Slip %s</source>
        <translation>Slip %s</translation>
    </message>
    <message>
        <source>Tersimpan, tetapi slip gagal dibuat: %s</source>
        <translation>Saved, but the slip could not be made: %s</translation>
    </message>
    <message>
        <source>Tersimpan; slip di antrean cetak (%s)</source>
        <translation>Saved; the slip is in the print queue (%s)</translation>
    </message>
    <message>
        <source>Tersimpan dan dicetak. Silakan peserta berikutnya.</source>
        <translation>Saved and printed. Next member, please.</translation>
    </message>
    <message>
        <source>Tersimpan. Tidak ada printer: slip menunggu di antrean cetak (tab Cetak).</source>
        <translation>Saved. No printer: the slip waits in the print queue (Print tab).</translation>
    </message>
    <message>
        <source>Kosongkan isian</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Isian orang ini belum disimpan. Kosongkan?</source>
        <translation>This person's entries are not saved. Clear them?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Database rusak — pulihkan dari cadangan</source>
        <translation>Database damaged — restore from a backup</translation>
    </message>
    <message>
        <source>Database tidak bisa dibaca dengan utuh (mungkin listrik padam saat menulis). Pilih cadangan untuk dipulihkan; file yang rusak disimpan di sampingnya.</source>
        <translation>The database cannot be read whole (perhaps the power failed while it was writing). Choose a backup to restore; the damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>%s · %s · %d peserta, %d acara</source>
        <translation>%s · %s · %d members, %d events</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai saat Lindungi dibuka lagi. Slip dan laporan untuk kantor tetap berbahasa Indonesia.</source>
        <translation>The new language is used when Lindungi is opened again. Slips and reports for the office stay in Indonesian.</translation>
    </message>
    <message>
        <source>Perangkat ini</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota asal:</source>
        <translation>&amp;Home regency/city:</translation>
    </message>
    <message>
        <source>Hanya administrator yang mengubah kabupaten/kota asal perangkat.</source>
        <translation>Only an administrator changes the device's home regency/city.</translation>
    </message>
    <message>
        <source>Target cakupan kabupaten/kota %s</source>
        <translation>Coverage target of regency/city %s</translation>
    </message>
    <message>
        <source>&amp;Pekerja rentan di wilayah:</source>
        <translation>&amp;Vulnerable workers in the area:</translation>
    </message>
    <message>
        <source>&amp;Target cakupan:</source>
        <translation>&amp;Coverage target:</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang mengubah target.</source>
        <translation>Only a supervisor or administrator changes the target.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota asal dari daftar.</source>
        <translation>Choose the home regency/city from the list.</translation>
    </message>
    <message>
        <source>Bahasa tidak tersimpan: %s</source>
        <translation>Language not saved: %s</translation>
    </message>
    <message>
        <source>Bahasa diganti. Tutup lalu buka lagi Lindungi untuk memakainya.</source>
        <translation>Language changed. Close and reopen Lindungi to use it.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Lindungi — penyiapan pertama</source>
        <translation>Lindungi — first set-up</translation>
    </message>
    <message>
        <source>mis. Laptop Disperinaker 1</source>
        <translation>e.g. Labour Office laptop 1</translation>
    </message>
    <message>
        <source>nama pengguna administrator</source>
        <translation>administrator's username</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Kabupaten/kota asal</source>
        <translation>Home regency/city</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Perangkat ini belum disiapkan. Isi nama perangkat, kabupaten/kota tempat bertugas, dan administrator pertama.</source>
        <translation>This device is not set up yet. Enter the device name, the regency/city it serves, and the first administrator.</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota asal dari daftar.</source>
        <translation>Choose the home regency/city from the list.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Ekspor batch ke USB…</source>
        <translation>Export a batch to USB…</translation>
    </message>
    <message>
        <source>Impor tanda terima dari kantor…</source>
        <translation>Import an acknowledgement from the office…</translation>
    </message>
    <message>
        <source>Laptop: kirim ke kantor</source>
        <translation>Laptop: send to the office</translation>
    </message>
    <message>
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Laptop lapangan (mengirim batch)</source>
        <translation>Field laptop (sends batches)</translation>
    </message>
    <message>
        <source>Komputer kantor (menerima batch)</source>
        <translation>Office computer (receives batches)</translation>
    </message>
    <message>
        <source>Pasang kunci kantor…</source>
        <translation>Install office key…</translation>
    </message>
    <message>
        <source>Simpan berkas kunci kantor…</source>
        <translation>Save office key file…</translation>
    </message>
    <message>
        <source>Impor batch…</source>
        <translation>Import a batch…</translation>
    </message>
    <message>
        <source>Buat tanda terima…</source>
        <translation>Make an acknowledgement…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Yang perlu dilakukan</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Data pertama</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Data kedua</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tinjau konflik…</source>
        <translation>Review the conflict…</translation>
    </message>
    <message>
        <source>Sidik jari kunci laptop ini (%s): &lt;b&gt;%s&lt;/b&gt; — kantor mencocokkannya saat mengimpor batch pertama laptop ini.</source>
        <translation>This laptop's key fingerprint (%s): &lt;b&gt;%s&lt;/b&gt; — the office compares it when it imports this laptop's first batch.</translation>
    </message>
    <message>
        <source>Kunci kantor belum dipasang: batch tidak terenkripsi. Minta berkas kunci kantor (halaman Sinkron di komputer kantor), lalu pasang di sini.</source>
        <translation>Office key not installed: batches are not encrypted. Ask for the office key file (Sync page on the office computer), then install it here.</translation>
    </message>
    <message>
        <source>Batch dienkripsi untuk %s (sidik jari kunci kantor: %s).</source>
        <translation>Batches are encrypted for %s (office key fingerprint: %s).</translation>
    </message>
    <message>
        <source>Ganti kunci kantor…</source>
        <translation>Replace office key…</translation>
    </message>
    <message>
        <source>Pasang dulu kunci kantor: hanya tanda terima dari kantor itu yang dipercaya.</source>
        <translation>Install the office key first: only acknowledgements from that office are trusted.</translation>
    </message>
    <message>
        <source>Sidik jari kunci kantor ini (%s): &lt;b&gt;%s&lt;/b&gt; — laptop mencocokkannya saat memasang kunci kantor.</source>
        <translation>This office's key fingerprint (%s): &lt;b&gt;%s&lt;/b&gt; — laptops compare it when they install the office key.</translation>
    </message>
    <message>
        <source>Komputer ini belum pernah mengirim atau menerima batch. Apakah ini laptop lapangan yang mengirim batch ke kantor, atau komputer kantor yang menerima batch dari laptop?</source>
        <translation>This computer has never sent or received a batch. Is it a field laptop that sends batches to the office, or the office computer that receives batches from laptops?</translation>
    </message>
    <message>
        <source>Komputer ini dipakai sebagai laptop lapangan (dipilih; bisa diubah selama belum ada batch).</source>
        <translation>This computer is used as a field laptop (chosen; can be changed until there is a batch).</translation>
    </message>
    <message>
        <source>Komputer ini dipakai sebagai komputer kantor (dipilih; bisa diubah selama belum ada batch).</source>
        <translation>This computer is used as the office computer (chosen; can be changed until there is a batch).</translation>
    </message>
    <message>
        <source>Sinkron</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Berkas kunci kantor</source>
        <translation>Office key file</translation>
    </message>
    <message>
        <source>Kunci Lindungi (*.json)</source>
        <translation>Lindungi key (*.json)</translation>
    </message>
    <message>
        <source>Kunci kantor</source>
        <translation>Office key</translation>
    </message>
    <message>
        <source>Kunci kantor ini sudah terpasang (sidik jari %s).</source>
        <translation>This office key is already installed (fingerprint %s).</translation>
    </message>
    <message>
        <source>Kunci kantor %s dipasang (sidik jari %s). Batch berikutnya dienkripsi untuk kantor ini.</source>
        <translation>Office key %s installed (fingerprint %s). The next batches are encrypted for this office.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Batch %d ditulis%s: %d peserta → %s. Bawa berkas ini ke kantor.</source>
        <translation>Batch %d written%s: %d members → %s. Take this file to the office.</translation>
    </message>
    <message>
        <source>Impor tanda terima</source>
        <translation>Import acknowledgement</translation>
    </message>
    <message>
        <source>%d catatan ditandai diterima kantor; ekspor berikutnya tidak mengirimnya lagi.</source>
        <translation>%d records marked as received by the office; the next export does not send them again.</translation>
    </message>
    <message>
        <source>Simpan berkas kunci kantor</source>
        <translation>Save office key file</translation>
    </message>
    <message>
        <source>Berkas kunci kantor ditulis ke %s. Di setiap laptop: halaman Sinkron, "Pasang kunci kantor…", lalu cocokkan sidik jarinya: %s.</source>
        <translation>Office key file written to %s. On each laptop: Sync page, "Install office key…", then compare its fingerprint: %s.</translation>
    </message>
    <message>
        <source>Impor batch %s</source>
        <translation>Import batch %s</translation>
    </message>
    <message>
        <source>Tidak diimpor: laptop baru belum dipercaya</source>
        <translation>Not imported: new laptop not trusted yet</translation>
    </message>
    <message>
        <source>Cocokkan sidik jari %s dengan laptopnya, lalu impor lagi.</source>
        <translation>Compare fingerprint %s with the laptop, then import again.</translation>
    </message>
    <message>
        <source>%s tidak diimpor; tidak ada yang diubah.</source>
        <translation>%s not imported; nothing was changed.</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang diubah</source>
        <translation>Import cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>Impor lagi bila sempat.</source>
        <translation>Import it again when there is time.</translation>
    </message>
    <message>
        <source>%s: impor dibatalkan; tidak ada yang diubah.</source>
        <translation>%s: import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Ditolak: %s</source>
        <translation>Refused: %s</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah. Betulkan yang disebut alasannya; jika berkasnya rusak atau hilang, ekspor lagi dari laptop: ekspor berikutnya memuat semua yang belum diterima kantor.</source>
        <translation>Nothing was changed. Fix what the reason names; if the file is damaged or lost, export again on the laptop: the next export holds everything the office has not received.</translation>
    </message>
    <message>
        <source>%s ditolak: %s. Tidak ada yang diubah.</source>
        <translation>%s refused: %s. Nothing was changed.</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Sudah pernah diimpor; tidak ada yang berubah</source>
        <translation>Already imported; nothing changed</translation>
    </message>
    <message>
        <source>Diterima: baru %d, diperbarui %d, sama %d, konflik %d</source>
        <translation>Received: new %d, updated %d, unchanged %d, conflicts %d</translation>
    </message>
    <message>
        <source>Tinjau konflik di bawah.</source>
        <translation>Review the conflicts below.</translation>
    </message>
    <message>
        <source>Baca catatan laptop dipulihkan di bawah.</source>
        <translation>Read the note about the restored laptop below.</translation>
    </message>
    <message>
        <source>Ada batch yang belum diterima: lihat di bawah.</source>
        <translation>Some batches have not been received: see below.</translation>
    </message>
    <message>
        <source>Laptop %s: %s</source>
        <translation>Laptop %s: %s</translation>
    </message>
    <message>
        <source>Belum diterima dari %s: batch %s. Cari berkasnya di flashdisk; jika hilang, ekspor berikutnya dari laptop itu tetap memuat semua yang belum diterima kantor.</source>
        <translation>Not yet received from %s: batch %s. Look for the file on the USB stick; if it is lost, that laptop's next export still holds everything the office has not received.</translation>
    </message>
    <message>
        <source>Buat tanda terima</source>
        <translation>Make acknowledgement</translation>
    </message>
    <message>
        <source>Tanda terima %d catatan ditulis ke %s. Bawa ke laptop itu: halaman Sinkron, "Impor tanda terima dari kantor…".</source>
        <translation>Acknowledgement of %d records written to %s. Take it to that laptop: Sync page, "Import an acknowledgement from the office…".</translation>
    </message>
    <message>
        <source>Kantor: terima batch</source>
        <translation>Office: receive batches</translation>
    </message>
    <message>
        <source>Tanda terima untuk</source>
        <translation>Acknowledgement for</translation>
    </message>
    <message>
        <source>Konflik NIK yang menunggu keputusan</source>
        <translation>NIK conflicts awaiting a decision</translation>
    </message>
    <message>
        <source>Pilih folder USB</source>
        <translation>Choose the USB folder</translation>
    </message>
    <message>
        <source> (terenkripsi)</source>
        <translation> (encrypted)</translation>
    </message>
    <message>
        <source>Ekspor gagal: %s</source>
        <translation>Export failed: %s</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ekspor batch</source>
        <translation>Export a batch</translation>
    </message>
    <message>
        <source>Tanda terima kantor</source>
        <translation>Office acknowledgement</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Impor batch</source>
        <translation>Import a batch</translation>
    </message>
    <message>
        <source>Batch Lindungi (*.ldgb)</source>
        <translation>Lindungi batch (*.ldgb)</translation>
    </message>
    <message>
        <source>%s sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>%s was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>%s: baru %d, diperbarui %d, sama %d, konflik %d.</source>
        <translation>%s: new %d, updated %d, unchanged %d, conflicts %d.</translation>
    </message>
    <message>
        <source>Simpan tanda terima</source>
        <translation>Save the acknowledgement</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran</source>
        <translation>Void the registration</translation>
    </message>
    <message>
        <source>Hapus data pribadi %s? Nama, NIK, alamat, HP dan riwayatnya diganti tanda terhapus, juga di kantor setelah sinkron. Tidak bisa dibatalkan. Tulis dasar permintaannya:</source>
        <translation>Erase the personal data of %s? Name, NIK, address, phone and history are replaced by an erasure mark, at the office too after syncing. This cannot be undone. Write the basis of the request:</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran %s? Data tetap disimpan dan ditandai batal. Tulis alasannya:</source>
        <translation>Void the registration of %s? The record is kept and marked void. Write the reason:</translation>
    </message>
    <message>
        <source>mis. NIK salah ketik, didaftar ulang</source>
        <translation>e.g. NIK mistyped, registered again</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>UMKM</source>
        <translation>MSME</translation>
    </message>
    <message>
        <source>Petani</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Nelayan</source>
        <translation>Fisher</translation>
    </message>
    <message>
        <source>Transportasi</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mandiri</source>
        <translation>Self-paid</translation>
    </message>
    <message>
        <source>Wadah/Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>APBD</source>
        <translation>APBD</translation>
    </message>
    <message>
        <source>APBDes</source>
        <translation>APBDes</translation>
    </message>
    <message>
        <source>APBN</source>
        <translation>APBN</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>Penanggung</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Paguyuban</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Umbrella group</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>Konflik NIK</source>
        <translation>NIK conflict</translation>
    </message>
    <message>
        <source>NIK perlu dibetulkan</source>
        <translation>NIK needs correcting</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>(tanpa kelompok)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
</TS>