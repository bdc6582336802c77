<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Lindungi</source>
        <translation>About Lindungi</translation>
    </message>
    <message>
        <source>Lindungi %s</source>
        <translation>Lindungi %s</translation>
    </message>
    <message>
        <source>Meja pendaftaran peserta Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan untuk acara di lapangan, bekerja tanpa internet.</source>
        <translation>Registration desk for BPJS Ketenagakerjaan non-wage members (BPU) at field events, working without internet.</translation>
    </message>
    <message>
        <source>Lisensi: %s</source>
        <translation>Licence: %s</translation>
    </message>
    <message>
        <source>Folder data: %s</source>
        <translation>Data folder: %s</translation>
    </message>
    <message>
        <source>(belum dibuka)</source>
        <translation>(not opened yet)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
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
        <source>Akun baru… (Ctrl+N)</source>
        <translation>New account… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ubah… (Enter)</source>
        <translation>Edit… (Enter)</translation>
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
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Tambah peserta ke kelompok</source>
        <translation>Add members to the group</translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor HP, lalu ↓</source>
        <extracomment>how many joined the group while the dialog was open</extracomment>
        <translation>Search by name, NIK or phone number, then ↓</translation>
    </message>
    <message>
        <source>↓: ke daftar, ↑ di baris pertama: kembali · Spasi: tandai/lepas · Ctrl+A: tandai semua · Enter: tambahkan yang ditandai, atau yang disorot · Esc: selesai</source>
        <translation>↓: into the list, ↑ on its first row: back · Space: mark/unmark · Ctrl+A: mark all · Enter: add the marked ones, or the highlighted one · Esc: done</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%d ditandai; Enter menambahkannya ke kelompok.</source>
        <translation>Marked: %d; Enter adds them to the group.</translation>
    </message>
    <message>
        <source>Belum ada peserta yang dipilih. Ketik nama, NIK atau nomor HP, tekan ↓ ke daftar, lalu Enter (Spasi untuk menandai beberapa).</source>
        <translation>No participant chosen yet. Type a name, NIK or phone number, press ↓ to go into the list, then Enter (Space marks several).</translation>
    </message>
    <message>
        <source>Tidak ada yang ditambahkan: di antara yang dipilih ada anggota kelompok lain dari acara yang sudah ditutup.</source>
        <translation>Nothing was added: among those chosen is a member of another group from an event that is closed.</translation>
    </message>
    <message>
        <source>%d peserta ditambahkan ke kelompok.</source>
        <translation>Added to the group: %d.</translation>
    </message>
    <message>
        <source>%d di antaranya pindah dari kelompok lain.</source>
        <translation>%d of them moved here from another group.</translation>
    </message>
    <message>
        <source>%d sudah ada di kelompok ini.</source>
        <translation>Already in this group: %d.</translation>
    </message>
    <message>
        <source>Cari berikutnya, atau Esc untuk selesai.</source>
        <translation>Search for the next one, or press Esc when done.</translation>
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
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Meja dikunci</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <source>Ganti petugas</source>
        <translation>Officer switched</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Akun diubah</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <source>Peserta didaftarkan</source>
        <translation>Member registered</translation>
    </message>
    <message>
        <source>Data peserta dikoreksi</source>
        <translation>Member data corrected</translation>
    </message>
    <message>
        <source>Pendaftaran dibatalkan</source>
        <translation>Registration voided</translation>
    </message>
    <message>
        <source>Data pribadi peserta dihapus</source>
        <translation>Member's personal data erased</translation>
    </message>
    <message>
        <source>Peserta diimpor dari berkas</source>
        <translation>Members imported from a file</translation>
    </message>
    <message>
        <source>Bukti persetujuan dicetak</source>
        <translation>Consent proof printed</translation>
    </message>
    <message>
        <source>NIK lengkap ditampilkan</source>
        <translation>Full NIK shown</translation>
    </message>
    <message>
        <source>Berkas BPJS diekspor</source>
        <translation>BPJS file exported</translation>
    </message>
    <message>
        <source>Nomor KPJ diimpor</source>
        <translation>KPJ numbers imported</translation>
    </message>
    <message>
        <source>Slip diterbitkan</source>
        <translation>Slips issued</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Cetakan dibatalkan</source>
        <translation>Print cancelled</translation>
    </message>
    <message>
        <source>Kelompok dibuat</source>
        <translation>Group created</translation>
    </message>
    <message>
        <source>Kelompok diubah</source>
        <translation>Group changed</translation>
    </message>
    <message>
        <source>Anggota masuk kelompok</source>
        <translation>Members added to a group</translation>
    </message>
    <message>
        <source>Anggota keluar dari kelompok</source>
        <translation>Members removed from a group</translation>
    </message>
    <message>
        <source>Acara dibuat</source>
        <translation>Event created</translation>
    </message>
    <message>
        <source>Acara ditutup</source>
        <translation>Event closed</translation>
    </message>
    <message>
        <source>Target cakupan diubah</source>
        <translation>Coverage target changed</translation>
    </message>
    <message>
        <source>Batch diekspor</source>
        <translation>Batch exported</translation>
    </message>
    <message>
        <source>Batch diimpor</source>
        <translation>Batch imported</translation>
    </message>
    <message>
        <source>Batch ditolak</source>
        <translation>Batch refused</translation>
    </message>
    <message>
        <source>Tanda terima dibuat</source>
        <translation>Acknowledgement written</translation>
    </message>
    <message>
        <source>Tanda terima diimpor</source>
        <translation>Acknowledgement imported</translation>
    </message>
    <message>
        <source>Konflik NIK diputuskan</source>
        <translation>NIK conflict resolved</translation>
    </message>
    <message>
        <source>Laptop memulai jejak audit baru</source>
        <translation>Laptop started a new audit trail</translation>
    </message>
    <message>
        <source>Jejak audit bersambung sesudah pemulihan</source>
        <translation>Audit trail continued after a restore</translation>
    </message>
    <message>
        <source>Perangkat disiapkan</source>
        <translation>Device set up</translation>
    </message>
    <message>
        <source>Kabupaten/kota perangkat diubah</source>
        <translation>Device's regency/city changed</translation>
    </message>
    <message>
        <source>Pengaturan meja diubah</source>
        <translation>Desk setting changed</translation>
    </message>
    <message>
        <source>Kunci laptop baru dipercaya</source>
        <translation>New laptop's key trusted</translation>
    </message>
    <message>
        <source>Kunci perangkat dipasang</source>
        <translation>Device key installed</translation>
    </message>
    <message>
        <source>Kunci kantor dipasang</source>
        <translation>Office key installed</translation>
    </message>
    <message>
        <source>Kunci kantor diganti</source>
        <translation>Office key replaced</translation>
    </message>
    <message>
        <source>Paket konfigurasi dibuat</source>
        <translation>Configuration package made</translation>
    </message>
    <message>
        <source>Paket konfigurasi diterapkan</source>
        <translation>Configuration package applied</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>Laporan kehilangan disimpan</source>
        <translation>Loss report saved</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>akun dikunci</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>revisi</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>disetujui oleh</source>
        <translation>approved by</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>ganda</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>sama</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>tidak cocok</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <source>catatan</source>
        <translation>records</translation>
    </message>
    <message>
        <source>terenkripsi</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>perangkat</source>
        <translation>device</translation>
    </message>
    <message>
        <source>sidik jari</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>perangkat lama</source>
        <translation>old device</translation>
    </message>
    <message>
        <source>sidik jari lama</source>
        <translation>old fingerprint</translation>
    </message>
    <message>
        <source>sidik jari baru</source>
        <translation>new fingerprint</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>count</translation>
    </message>
    <message>
        <source>lewat</source>
        <translation>through</translation>
    </message>
    <message>
        <source>bagian</source>
        <translation>parts</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>members</translation>
    </message>
    <message>
        <source>acara tertutup</source>
        <translation>events closed</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>slips</translation>
    </message>
    <message>
        <source>salinan</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>halaman</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>pekerja rentan</source>
        <translation>vulnerable workers</translation>
    </message>
    <message>
        <source>persen</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>iuran per bulan</source>
        <translation>monthly contribution</translation>
    </message>
    <message>
        <source>wilayah</source>
        <translation>region</translation>
    </message>
    <message>
        <source>lama</source>
        <translation>old</translation>
    </message>
    <message>
        <source>petugas sebelumnya</source>
        <translation>previous officer</translation>
    </message>
    <message>
        <source>pekerjaan</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>akun</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>akun tanpa masuk</source>
        <translation>accounts without sign-in</translation>
    </message>
    <message>
        <source>aturan iuran</source>
        <translation>contribution rules</translation>
    </message>
    <message>
        <source>teks persetujuan</source>
        <translation>consent text</translation>
    </message>
    <message>
        <source>acara</source>
        <translation>events</translation>
    </message>
    <message>
        <source>rantai</source>
        <translation>chain</translation>
    </message>
    <message>
        <source>menyambung rantai</source>
        <translation>continues chain</translation>
    </message>
    <message>
        <source>sesudah entri</source>
        <translation>after entry</translation>
    </message>
    <message>
        <source>hash entri itu</source>
        <translation>that entry's hash</translation>
    </message>
    <message>
        <source>dimulai</source>
        <translation>started</translation>
    </message>
    <message>
        <source>batch terakhir</source>
        <translation>last batch</translation>
    </message>
    <message>
        <source>sambungan dikenal kantor</source>
        <translation>link known to the office</translation>
    </message>
    <message>
        <source>entri hilang</source>
        <translation>entries lost</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>unknown username</translation>
    </message>
    <message>
        <source>pemulihan dari cadangan</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>lama tidak dipakai</source>
        <translation>idle too long</translation>
    </message>
    <message>
        <source>dikunci petugas</source>
        <translation>locked by the officer</translation>
    </message>
    <message>
        <source>daftar peserta</source>
        <translation>member list</translation>
    </message>
    <message>
        <source>pakai data pertama</source>
        <translation>keep the first record</translation>
    </message>
    <message>
        <source>pakai data kedua</source>
        <translation>keep the second record</translation>
    </message>
    <message>
        <source>gabungkan</source>
        <translation>merge</translation>
    </message>
    <message>
        <source>orang berbeda</source>
        <translation>different people</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>tempat lahir</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <source>tanggal lahir</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>jenis kelamin</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>alamat</source>
        <translation>address</translation>
    </message>
    <message>
        <source>no. HP</source>
        <translation>mobile no.</translation>
    </message>
    <message>
        <source>surel</source>
        <translation>email</translation>
    </message>
    <message>
        <source>sektor</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>nama usaha</source>
        <translation>business name</translation>
    </message>
    <message>
        <source>penghasilan</source>
        <translation>income</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>sumber iuran</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>sub-sumber</source>
        <translation>sub-source</translation>
    </message>
    <message>
        <source>periode bayar</source>
        <translation>payment period</translation>
    </message>
    <message>
        <source>kelompok</source>
        <translation>group</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>ketua</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>nomor perjanjian</source>
        <translation>agreement number</translation>
    </message>
    <message>
        <source>tanggal perjanjian</source>
        <translation>agreement date</translation>
    </message>
    <message>
        <source>nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>menit sampai meja terkunci</source>
        <translation>minutes until the desk locks</translation>
    </message>
    <message>
        <source>format slip</source>
        <translation>slip format</translation>
    </message>
    <message>
        <source>jumlah pekerja rentan</source>
        <translation>number of vulnerable workers</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Cetakan</source>
        <translation>Print job</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Konfigurasi</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Setting</translation>
    </message>
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
        <source>Catatan asli: #%d · perangkat %s · %s · %s %s · %s</source>
        <translation>Exact record: #%d · device %s · %s · %s %s · %s</translation>
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
        <source>juta Rp</source>
        <translation>million Rp</translation>
    </message>
    <message>
        <source>ribu Rp</source>
        <translation>thousand Rp</translation>
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
        <source>&lt;b&gt;Iuran bulan pertama&lt;/b&gt;</source>
        <translation>&lt;b&gt;First month's contribution&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Peserta aktif: &lt;b&gt;%d&lt;/b&gt; · dibatalkan: %d&lt;br&gt;Iuran bulan pertama seluruhnya: &lt;b&gt;%s&lt;/b&gt; (%s)</source>
        <translation>Active members: &lt;b&gt;%d&lt;/b&gt; · voided: %d&lt;br&gt;First month's contributions in all: &lt;b&gt;%s&lt;/b&gt; (%s)</translation>
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
        <source>&amp;Tutup acara</source>
        <translation>Close even&amp;t</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Alt+T: tutup acara · Enter atau Esc: kembali tanpa menutup</source>
        <translation>Alt+T: close the event · Enter or Esc: go back without closing</translation>
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
        <source>iuran bulan pertama</source>
        <translation>first month's contributions</translation>
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
        <source>%s peserta aktif. Cakupan tampil setelah supervisor mengisi jumlah pekerja rentan di Pengaturan.</source>
        <translation>%s active members. Coverage shows once a supervisor enters the number of vulnerable workers in Settings.</translation>
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
        <source>Alasan koreksi, wajib: mis. nama salah ketik, sesuai KTP (Enter: simpan)</source>
        <extracomment>what the last save changed (field names) and the revision it made</extracomment>
        <translation>Reason for the correction, required: e.g. name mistyped, as on the ID card (Enter: save)</translation>
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
        <source>&amp;Alasan koreksi</source>
        <translation>&amp;Reason for the correction</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Perubahan yang sudah diketik belum disimpan. Buang perubahan dan tutup?</source>
        <translation>The changes typed are not saved yet. Discard them and close?</translation>
    </message>
    <message>
        <source>&amp;Buang dan tutup</source>
        <translation>&amp;Discard and close</translation>
    </message>
    <message>
        <source>&amp;Kembali mengedit</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Not saved yet: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Belum tersimpan: tulis alasan koreksi (paling sedikit %d huruf), lalu tekan Enter.</source>
        <translation>Not saved yet: write the reason for the correction (at least %d letters), then press Enter.</translation>
    </message>
    <message>
        <source>Data pribadi peserta dihapus; tanda terhapus tetap disimpan.</source>
        <translation>The member's personal data was erased; an erasure mark is kept.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Koreksi tersimpan (revisi %d): %s.</source>
        <translation>Correction saved (revision %d): %s.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Acara baru… (Ctrl+N)</source>
        <extracomment>the signed-in officer's name, the first of a new event's officers</extracomment>
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
        <source>Iuran bulan pertama dari peserta acara ini: %s</source>
        <translation>First month's contributions of this event's members: %s</translation>
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
        <source>Kelompok baru (Ctrl+N)</source>
        <translation>New group (Ctrl+N)</translation>
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
        <source>Simpan kelompok (Ctrl+S)</source>
        <translation>Save group (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter atau Ctrl+S menyimpan; Esc membatalkan perubahan</source>
        <translation>Enter or Ctrl+S saves; Esc cancels the changes</translation>
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
        <source>Keluarkan dari kelompok… (Del)</source>
        <translation>Remove from group… (Del)</translation>
    </message>
    <message>
        <source>Peserta yang dipilih di daftar keluar dari kelompok ini; mereka tetap terdaftar</source>
        <translation>The participants selected in the list leave this group; they stay registered</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <extracomment>the form's fields: Enter in any of them saves, Esc drops what was typed there</extracomment>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Isian kelompok ini belum disimpan. Buang yang sudah diketik?</source>
        <translation>This group's entries are not saved yet. Discard what was typed?</translation>
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
        <source>Kelompok tersimpan.</source>
        <translation>Group saved.</translation>
    </message>
    <message>
        <source>%d peserta ditambahkan ke kelompok.</source>
        <translation>Added to the group: %d.</translation>
    </message>
    <message>
        <source>Keluarkan dari kelompok</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <source>Pilih dulu peserta di daftar anggota (panah atas/bawah, Shift untuk beberapa), lalu tekan Delete.</source>
        <translation>First select participants in the member list (arrow up/down, Shift for several), then press Delete.</translation>
    </message>
    <message>
        <source>Keluarkan %d peserta dari kelompok ini? Mereka tetap terdaftar, tanpa kelompok.</source>
        <translation>Remove %d participant(s) from this group? They stay registered, in no group.</translation>
    </message>
    <message>
        <source>%d peserta dikeluarkan dari kelompok.</source>
        <translation>Removed from the group: %d.</translation>
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
        <extracomment>the two keys a person means by Enter (the main keyboard's and the number pad's)</extracomment>
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
    <message>
        <source>&amp;Ganti petugas…</source>
        <translation>&amp;Switch officer…</translation>
    </message>
    <message>
        <source>Petugas lain masuk dengan akunnya sendiri. Isian pendaftaran yang belum disimpan tetap menjadi draf petugas ini.</source>
        <translation>Another officer signs in with their own account. The unsaved registration stays this officer's draft.</translation>
    </message>
    <message>
        <source>Petugas lain bisa masuk setelah petugas ini membuka kunci dan menutup jendela yang masih terbuka.</source>
        <translation>Another officer can sign in once this officer has unlocked and closed the window still open.</translation>
    </message>
    <message>
        <source>Lindungi — ganti petugas</source>
        <translation>Lindungi — switch officer</translation>
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
        <extracomment>how long closing waits for background work (a backup, a count) before refusing</extracomment>
        <translation>Lindungi — BPU member registration</translation>
    </message>
    <message>
        <source>Menyiapkan data…</source>
        <translation>Preparing data…</translation>
    </message>
    <message>
        <source>Lindungi</source>
        <translation>Lindungi</translation>
    </message>
    <message>
        <source>Acara: —</source>
        <translation>Event: —</translation>
    </message>
    <message>
        <source>&amp;Meja</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Kunci sekarang</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Tutup Lindungi</source>
        <translation>&amp;Quit Lindungi</translation>
    </message>
    <message>
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Lindungi</source>
        <translation>&amp;About Lindungi</translation>
    </message>
    <message>
        <source>Pengaturan (Ctrl+,)</source>
        <translation>Settings (Ctrl+,)</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Sinkron</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Privasi</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>Petugas: %s (%s)</source>
        <translation>Officer: %s (%s)</translation>
    </message>
    <message>
        <source>Petugas: tanpa akun</source>
        <translation>Officer: no account</translation>
    </message>
    <message>
        <source>Perangkat: %s</source>
        <translation>Device: %s</translation>
    </message>
    <message>
        <source>tanpa akun</source>
        <translation>no account</translation>
    </message>
    <message>
        <source>Petugas: %s · data: %s</source>
        <translation>Officer: %s · data: %s</translation>
    </message>
    <message>
        <source>Isian pendaftaran %s yang belum disimpan disimpan sebagai drafnya; muncul lagi saat ia masuk kembali.</source>
        <translation>The unsaved registration typed by %s was kept as their draft; it comes back when they sign in again.</translation>
    </message>
    <message>
        <source>Acara: belum dipilih</source>
        <translation>Event: none chosen</translation>
    </message>
    <message>
        <source> (ditutup)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>Acara: %s, %s</source>
        <translation>Event: %s, %s</translation>
    </message>
    <message>
        <source>Tutup Lindungi</source>
        <translation>Quit Lindungi</translation>
    </message>
    <message>
        <source>Lindungi masih menyelesaikan pekerjaan di latar belakang (mis. membuat cadangan). Tunggu sebentar, lalu tutup lagi.</source>
        <translation>Lindungi is still finishing work in the background (e.g. a backup). Wait a moment, then close it again.</translation>
    </message>
    <message>
        <source>Masih ada %d pekerjaan cetak di antrean (%d slip) yang belum tercetak. Semuanya tetap tersimpan: saat Lindungi dibuka lagi, pekerjaan itu menunggu di tab Cetak dengan nomor slip yang sama, dan slipnya baru dihitung setelah kertasnya keluar. Tutup sekarang?</source>
        <translation>%d print jobs (%d slips) are still in the queue, not printed. They are all kept: when Lindungi opens again they wait on the Print tab with the same slip numbers, and the slips are counted only once the paper is out. Quit now?</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lihat antrean</source>
        <translation>Show the queue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Jan</source>
        <extracomment>contribution months as the form names them (the slips' abbreviations, in Indonesian)</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
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
        <source>mis. DBHCHT</source>
        <translation>e.g. DBHCHT</translation>
    </message>
    <message>
        <source>Mata anggaran yang membayar (APBD, APBDes, APBN)</source>
        <translation>The budget line that pays (APBD, APBDes, APBN)</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 month</translation>
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
        <source>Sub-sumber</source>
        <translation>Sub-source</translation>
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
        <source>%s (dilewati Enter)</source>
        <translation>%s (skipped by Enter)</translation>
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
        <source>tanpa kelompok</source>
        <extracomment>optional fields the Enter chain passes over at this event (keys of `boxes`)</extracomment>
        <translation>no group</translation>
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
        <source>Iuran %s: %s</source>
        <translation>Contribution %s: %s</translation>
    </message>
    <message>
        <source>Iuran %s: %s per bulan</source>
        <translation>Contribution %s: %s a month</translation>
    </message>
    <message>
        <source>%s ke atas</source>
        <translation>%s and above</translation>
    </message>
    <message>
        <source>sampai %s</source>
        <translation>up to %s</translation>
    </message>
    <message>
        <source>Tingkat penghasilan %s, dasar iuran %s</source>
        <translation>Income row %s, contribution base %s</translation>
    </message>
    <message>
        <source>Bayar %d bulan: %s (%s)</source>
        <translation>Pay %d months: %s (%s)</translation>
    </message>
    <message>
        <source>Termasuk potongan %d%% %s (%s)</source>
        <translation>Includes %d%% off %s (%s)</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>NIK</source>
        <extracomment>the columns' widths wherever members are listed: the masked NIK (what an officer compares with the KTP) and the phone whole, the name wide; the last column stretches the village column sorts by region code: the same village's members stay together</extracomment>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
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
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kirim ke kantor</source>
        <translation>Sent to office</translation>
    </message>
    <message>
        <source>Kec. %s</source>
        <translation>%s district</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Cari nama, NIK (6 angka depan atau 4 angka belakang) atau nomor HP (Ctrl+F)</source>
        <translation>Search name, NIK (first 6 or last 4 digits) or phone number (Ctrl+F)</translation>
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
        <extracomment>what the last correction or void saved (field names only)</extracomment>
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
    <message>
        <source>Pendaftaran dibatalkan; datanya tetap disimpan, dicoret.</source>
        <translation>Registration voided; its data is kept, struck through.</translation>
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
        <source>dicetak di slip, mis. Sri Wahyuni</source>
        <translation>printed on slips, e.g. Sri Wahyuni</translation>
    </message>
    <message>
        <source>Akun aktif</source>
        <translation>Account active</translation>
    </message>
    <message>
        <source>isi agar petugas ini bisa masuk di sini</source>
        <translation>fill in to let this officer sign in here</translation>
    </message>
    <message>
        <source>kosongkan bila tidak diganti</source>
        <translation>leave empty to keep it</translation>
    </message>
    <message>
        <source>minimal 10 karakter, mis. kopi pagi di pasar</source>
        <translation>at least 10 characters, e.g. kopi pagi di pasar</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Isi nama lengkap: nama ini dicetak di slip sebagai petugas.</source>
        <translation>Enter the full name: it is printed on slips as the officer.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Belum bisa masuk di sini: akun dari {device} (peran di sana: {role}). Peran ini berlaku di sini setelah diberi kata sandi.</source>
        <translation>Cannot sign in here yet: an account from {device} ({role} there). This role applies here once a password is given.</translation>
    </message>
    <message>
        <source>perangkat lain</source>
        <translation>another device</translation>
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
        <source>Daftar &amp;&amp; tagihan kelompok…</source>
        <translation>Group list &amp;&amp; bill…</translation>
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
        <source>Rincian laporan (isi berkas)</source>
        <translation>Report details (file contents)</translation>
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
        <source>%d pendaftaran melewati masa simpan %d tahun.</source>
        <translation>%d registrations are past the %d-year retention period.</translation>
    </message>
    <message>
        <source>%s · peserta %s · terakhir diubah %s</source>
        <translation>%s · member %s · last changed %s</translation>
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
        <source>Isian dilewati Enter… (%s)</source>
        <translation>Fields Enter skips… (%s)</translation>
    </message>
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
        <extracomment>a restored draft's batch settings stand for the event shown first</extracomment>
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
        <source>Acara lain: rombongan sekarang %s. Periksa sebelum mendaftar.</source>
        <translation>Another event: the batch is now %s. Check it before registering.</translation>
    </message>
    <message>
        <source>Rombongan: %s</source>
        <translation>Batch: %s</translation>
    </message>
    <message>
        <source>Enter melewati %d isian di acara ini.</source>
        <translation>Enter skips %d fields at this event.</translation>
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
        <source>Belum tersimpan: %s</source>
        <translation>Not saved: %s</translation>
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
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Meja pendaftaran</source>
        <translation>Registration desk</translation>
    </message>
    <message>
        <source>Kunci &amp;otomatis setelah:</source>
        <translation>&amp;Lock automatically after:</translation>
    </message>
    <message>
        <source>&amp;Format slip bawaan:</source>
        <translation>Default slip &amp;format:</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang mengubah kunci otomatis dan format slip bawaan.</source>
        <translation>Only a supervisor or an administrator changes the automatic lock and the default slip format.</translation>
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
        <source>nama lengkap, tercetak di slip</source>
        <translation>full name, printed on slips</translation>
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
        <source>Nama lengkap</source>
        <translation>Full name</translation>
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
        <source>Isi nama lengkap administrator: nama itu tercetak di slip yang ia cetak.</source>
        <translation>Enter the administrator's full name: it is printed on the slips they print.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>The two passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>SkipFieldsDialog</name>
    <message>
        <source>Isian yang dilewati Enter</source>
        <translation>Fields Enter skips</translation>
    </message>
    <message>
        <source>Centang isian yang tidak dicatat di acara ini: Enter melompatinya. Isian itu tetap bisa diisi dengan Tab, Shift+Tab atau klik.</source>
        <translation>Tick the fields not recorded at this event: Enter skips them. They can still be filled with Tab, Shift+Tab or a click.</translation>
    </message>
    <message>
        <source>Simpan untuk acara ini</source>
        <translation>Save for this event</translation>
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
        <source>Impor tanda terima</source>
        <translation>Import acknowledgement</translation>
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
        <source>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch ini setelah mencocokkan sidik jari %s dengan laptopnya.</source>
        <translation>Only an Administrator may trust a new laptop: ask the office's Administrator to import this batch after comparing the fingerprint %s with the laptop.</translation>
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
        <source>Batch %d ditulis%s: %d peserta, %d kelompok dan %d perubahan lain (acara, slip, akun petugas), beserta jejak auditnya → %s. Bawa berkas ini ke kantor.</source>
        <translation>Batch %d written%s: %d members, %d groups and %d other changes (events, slips, officer accounts), with their audit trail → %s. Take this file to the office.</translation>
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
        <source>Tanda terima dipasang: yang sudah ditandai diterima kantor tidak dikirim lagi pada ekspor berikutnya.</source>
        <translation>Acknowledgement installed: what the office has received is not sent again in the next export.</translation>
    </message>
    <message>
        <source>Impor batch</source>
        <extracomment>the texts here are the Sync page's: lupdate files translate("SyncPage", …) there</extracomment>
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
        <source>Tanda terima untuk semua yang sudah diterima dari laptop itu ditulis ke %s. Bawa ke laptop itu: halaman Sinkron, "Impor tanda terima dari kantor…".</source>
        <translation>An acknowledgement of everything received from that laptop was written to %s. Take it to that laptop: Sync page, "Import acknowledgement from the office…".</translation>
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
        <source>Enter: lanjut ke persetujuan atau selesai · Shift+Enter: baris baru · Ctrl+Enter: selesai · Esc: kembali</source>
        <translation>Enter: on to the approval or finish · Shift+Enter: new line · Ctrl+Enter: finish · Esc: back</translation>
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
<context>
    <name>jobs</name>
    <message>
        <source>Halaman uji printer</source>
        <extracomment>A print job's title is stored as made (Indonesian, or in the language of the desk that queued it); these are the Indonesian ones the services and the print page give, by their start, with the pattern shown in the desk's language. Longest start first.</extracomment>
        <translation>Printer test page</translation>
    </message>
    <message>
        <source>Bukti persetujuan %s</source>
        <translation>Consent record %s</translation>
    </message>
    <message>
        <source>Slip acara %s</source>
        <translation>Event slips %s</translation>
    </message>
    <message>
        <source>Tagihan %s</source>
        <translation>Bill %s</translation>
    </message>
    <message>
        <source>Slip %s</source>
        <translation>Slip %s</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>sub-sumber iuran hanya untuk {payers}; kosongkan atau pilih salah satunya</source>
        <translation>a contribution sub-source is only for {payers}; leave it empty or choose one of them</translation>
    </message>
    <message>
        <source>sub-sumber iuran paling banyak {n} huruf, tanpa tanda kurung</source>
        <translation>a contribution sub-source has at most {n} letters, without brackets</translation>
    </message>
    <message>
        <source>{what} tidak dikenal; pilih salah satu: {allowed}</source>
        <translation>{what} is not known; choose one of: {allowed}</translation>
    </message>
    <message>
        <source>sektor</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>sumber iuran</source>
        <translation>contribution source</translation>
    </message>
    <message>
        <source>jenis kelompok</source>
        <translation>group kind</translation>
    </message>
    <message>
        <source>jenis kelamin harus L (laki-laki) atau P (perempuan)</source>
        <translation>gender must be L (male) or P (female)</translation>
    </message>
    <message>
        <source>program hanya boleh JKK, JKM dan JHT (contoh JKK+JKM+JHT)</source>
        <translation>programmes may only be JKK, JKM and JHT (for example JKK+JKM+JHT)</translation>
    </message>
    <message>
        <source>tanggal acara harus antara tahun {first} dan {last}</source>
        <translation>the event's date must be between the years {first} and {last}</translation>
    </message>
    <message>
        <source>tanggal harus seperti 17-08-1990 atau 1990-08-17</source>
        <translation>a date must look like 17-08-1990 or 1990-08-17</translation>
    </message>
    <message>
        <source>tanggal tidak ada di kalender</source>
        <translation>that date is not in the calendar</translation>
    </message>
    <message>
        <source>jumlah kosong</source>
        <translation>the amount is empty</translation>
    </message>
    <message>
        <source>jumlah harus berupa angka rupiah, contoh 1.000.000</source>
        <translation>the amount must be a rupiah figure, for example 1.000.000</translation>
    </message>
    <message>
        <source>jumlah terlalu besar (lebih dari {most}); periksa angkanya</source>
        <translation>amount too large (more than {most}); check the figure</translation>
    </message>
    <message>
        <source>jumlah harus rupiah bulat, tanpa sen</source>
        <translation>the amount must be whole rupiah, without cents</translation>
    </message>
    <message>
        <source>Hari lahir {digits:02d} dalam NIK: laki-laki, lahir {born}.</source>
        <translation>Birth day {digits:02d} in the NIK: male, born {born}.</translation>
    </message>
    <message>
        <source>hari {raw_day:02d} tidak mungkin (laki-laki 01–31, perempuan 41–71 karena hari lahir perempuan ditambah 40)</source>
        <translation>day {raw_day:02d} is not possible (men 01–31, women 41–71 because a woman's birth day has 40 added)</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {why}.</source>
        <translation>The birth date in the NIK (digits 7–12) is not possible: {why}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {day:02d}-{month:02d} tidak ada pada tahun ber-akhiran {yy:02d}.</source>
        <translation>The birth date in the NIK (digits 7–12) is not possible: {day:02d}-{month:02d} does not exist in a year ending in {yy:02d}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK memberi usia lebih dari 100 tahun.</source>
        <translation>The birth date in the NIK gives an age of more than 100 years.</translation>
    </message>
    <message>
        <source>Kode kecamatan {district} (digit 5–6) tidak ada lagi; kecamatan bisa sudah dimekarkan. Pilih kecamatan tempat tinggal sekarang.</source>
        <translation>District code {district} (digits 5–6) no longer exists; the district may have been split. Choose the district where the person lives now.</translation>
    </message>
    <message>
        <source>NIK kosong: ketik 16 angka dari KTP.</source>
        <translation>The NIK is empty: type the 16 digits from the ID card (KTP).</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka; hapus huruf atau tanda lain.</source>
        <translation>A NIK may hold only digits; remove letters and other signs.</translation>
    </message>
    <message>
        <source>NIK harus 16 digit; yang diketik {n} digit.</source>
        <translation>A NIK has 16 digits; {n} were typed.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (digit 13–16) tidak boleh 0000.</source>
        <translation>The NIK's serial number (digits 13–16) cannot be 0000.</translation>
    </message>
    <message>
        <source>Tanggal lahir yang diisi ({typed}) tidak sama dengan tanggal lahir dalam NIK ({says}). Periksa NIK atau tanggal lahir.</source>
        <translation>The birth date entered ({typed}) differs from the birth date in the NIK ({says}). Check the NIK or the birth date.</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Jenis kelamin yang diisi ({typed}) tidak sama dengan NIK ({says}; hari lahir perempuan ditambah 40). Periksa NIK atau jenis kelamin.</source>
        <translation>The gender entered ({typed}) differs from the NIK ({says}; a woman's birth day has 40 added). Check the NIK or the gender.</translation>
    </message>
    <message>
        <source>Hari lahir {digits:02d} dalam NIK = {day:02d} + 40: perempuan, lahir {born}.</source>
        <translation>Birth day {digits:02d} in the NIK = {day:02d} + 40: female, born {born}.</translation>
    </message>
    <message>
        <source>bulan {month:02d} tidak ada</source>
        <translation>month {month:02d} does not exist</translation>
    </message>
    <message>
        <source>hari {raw_day:02d} tidak mungkin</source>
        <translation>day {raw_day:02d} is not possible</translation>
    </message>
    <message>
        <source>Kode provinsi {prov} (digit 1–2) tidak dikenal.</source>
        <translation>Province code {prov} (digits 1–2) is not known.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {regency} (digit 3–4) tidak ada di provinsi {prov}.</source>
        <translation>Regency/city code {regency} (digits 3–4) does not exist in province {prov}.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {regency} tidak dikenal; NIK Papua yang terbit sebelum pemekaran 2022 memakai kode lama. Periksa KTP.</source>
        <translation>Regency/city code {regency} is not known; Papuan NIKs issued before the 2022 split use the old code. Check the ID card.</translation>
    </message>
    <message>
        <source>nomor HP tidak sah; periksa jumlah angka dan awalan (08…)</source>
        <translation>the mobile number is not valid; check the number of digits and the prefix (08…)</translation>
    </message>
    <message>
        <source>nomor HP tidak terbaca; tulis seperti 0812-3456-7890</source>
        <translation>the mobile number cannot be read; write it like 0812-3456-7890</translation>
    </message>
    <message>
        <source>kode wilayah harus 2, 4, 6 atau 10 angka (contoh 35.74.01)</source>
        <translation>a region code has 2, 4, 6 or 10 digits (for example 35.74.01)</translation>
    </message>
    <message>
        <source>aturan iuran mulai {day:%d-%m-%Y} tidak masuk akal: periode bayar 1, 3, 6 atau 12 bulan; persen 0–100; rupiah tidak negatif dan paling banyak {most}</source>
        <translation>the contribution rules from {day:%d-%m-%Y} make no sense: pay periods of 1, 3, 6 or 12 months; percentages 0–100; rupiah not negative and at most {most}</translation>
    </message>
    <message>
        <source>tidak ada tarif iuran yang berlaku pada {day:%d-%m-%Y}</source>
        <translation>no contribution tariff applies on {day:%d-%m-%Y}</translation>
    </message>
    <message>
        <source>tabel penghasilan: baris mulai {low} harus berakhir sebelum baris berikutnya</source>
        <translation>income table: the row starting at {low} must end before the next row</translation>
    </message>
    <message>
        <source>tabel penghasilan: baris mulai {low} tidak masuk akal</source>
        <translation>income table: the row starting at {low} makes no sense</translation>
    </message>
    <message>
        <source>aturan iuran kosong</source>
        <translation>the contribution rules are empty</translation>
    </message>
    <message>
        <source>Penghasilan minimal {value} sebulan; yang diisi {value2}.</source>
        <translation>The income must be at least {value} a month; {value2} was entered.</translation>
    </message>
    <message>
        <source>Penghasilan paling tinggi dalam tabel iuran {value} sebulan; yang diisi {value2}. Isi {value} bila penghasilannya lebih.</source>
        <translation>The highest income in the contribution table is {value} a month; {value2} was entered. Enter {value} if the income is higher.</translation>
    </message>
    <message>
        <source>Penghasilan harus salah satu tingkat resmi; yang terdekat {value}.</source>
        <translation>The income must be one of the official levels; the nearest is {value}.</translation>
    </message>
    <message>
        <source>sumber iuran tidak dikenal</source>
        <translation>unknown payer of the contribution</translation>
    </message>
    <message>
        <source>sektor tidak dikenal</source>
        <translation>unknown sector</translation>
    </message>
    <message>
        <source>JKK dan JKM wajib untuk peserta BPU</source>
        <translation>JKK and JKM are compulsory for BPU members</translation>
    </message>
    <message>
        <source>Periode bayar harus {allowed} bulan.</source>
        <translation>The payment period must be {allowed} months.</translation>
    </message>
    <message>
        <source>aturan iuran rusak atau tidak lengkap ({exc})</source>
        <translation>the contribution rules are damaged or incomplete ({exc})</translation>
    </message>
    <message>
        <source>aturan potongan {name} memakai sektor/program tak dikenal</source>
        <translation>discount rule {name} uses an unknown sector or programme</translation>
    </message>
    <message>
        <source>aturan potongan {name}: persen harus 1–100</source>
        <translation>discount rule {name}: the percentage must be 1–100</translation>
    </message>
    <message>
        <source>; pakai kalimat sandi dari tiga kata atau lebih yang hanya Anda ingat</source>
        <translation>; use a passphrase of three or more words that only you remember</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh kosong atau hanya spasi{advice}</source>
        <translation>the password must not be empty or only spaces{advice}</translation>
    </message>
    <message>
        <source>kata sandi minimal {most} karakter{advice}</source>
        <translation>the password needs at least {most} characters{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa satu huruf atau pola pendek yang diulang{advice}</source>
        <translation>the password must not be one letter or a short repeated pattern{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa deretan angka{advice}</source>
        <translation>the password must not be a run of digits{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa nama pengguna, juga bila ditambah angka atau tanda{advice}</source>
        <translation>the password must not be the username, not even with digits or marks added{advice}</translation>
    </message>
    <message>
        <source>kata sandi ini terlalu umum dan mudah ditebak{advice}</source>
        <translation>this password is too common and easy to guess{advice}</translation>
    </message>
    <message>
        <source>nama pengguna hanya huruf, angka, titik atau garis bawah</source>
        <translation>a username may hold only letters, digits, dots or underscores</translation>
    </message>
    <message>
        <source>peran harus officer, supervisor atau administrator</source>
        <translation>the role must be officer, supervisor or administrator</translation>
    </message>
    <message>
        <source>nama pengguna itu sudah dipakai</source>
        <translation>that username is already taken</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Akun terkunci karena salah kata sandi; coba lagi {wait} menit lagi.</source>
        <translation>The account is locked after wrong passwords; try again in {wait} minutes.</translation>
    </message>
    <message>
        <source>Yang menyetujui harus supervisor atau administrator.</source>
        <translation>The approver must be a supervisor or an administrator.</translation>
    </message>
    <message>
        <source>Perlu persetujuan supervisor: minta supervisor mengetik nama pengguna dan kata sandinya.</source>
        <translation>A supervisor's approval is needed: ask a supervisor to type their username and password.</translation>
    </message>
    <message>
        <source>Persetujuan tidak sah atau sudah dipakai: minta supervisor mengetik nama pengguna dan kata sandinya lagi.</source>
        <translation>The approval is not valid or already used: ask the supervisor to type their username and password again.</translation>
    </message>
    <message>
        <source>Persetujuan sudah kedaluwarsa (lebih dari 2 menit): minta supervisor mengetik nama pengguna dan kata sandinya lagi.</source>
        <translation>The approval has expired (more than 2 minutes): ask the supervisor to type their username and password again.</translation>
    </message>
    <message>
        <source>Persetujuan tidak sah: bukan supervisor aktif.</source>
        <translation>The approval is not valid: not an active supervisor.</translation>
    </message>
    <message>
        <source>{a} atau {b}</source>
        <translation>{a} or {b}</translation>
    </message>
    <message>
        <source>Hanya {value} yang boleh melakukan ini.</source>
        <translation>Only {value} may do this.</translation>
    </message>
    <message>
        <source>tidak ada akun bernama '{username}'</source>
        <translation>there is no account named '{username}'</translation>
    </message>
    <message>
        <source>{n_field} petugas lapangan dari laptop berbeda bernama '{username}'; pilih yang dimaksud di halaman Akun (Ctrl+0)</source>
        <translation>{n_field} field officers from different laptops are named '{username}'; choose the one you mean on the Accounts page (Ctrl+0)</translation>
    </message>
    <message>
        <source>akun tidak ditemukan</source>
        <translation>account not found</translation>
    </message>
    <message>
        <source>administrator tidak bisa mematikan akunnya sendiri</source>
        <translation>an administrator cannot deactivate their own account</translation>
    </message>
    <message>
        <source>nama pengguna '{username}' sudah dipakai akun lain di sini; buat akun baru dengan nama lain untuk petugas ini</source>
        <translation>the username '{username}' is already used by another account here; create a new account with another name for this officer</translation>
    </message>
    <message>
        <source>Kata sandi salah {MAX_FAILED} kali; akun dikunci {LOCK_MINUTES} menit.</source>
        <translation>Wrong password {MAX_FAILED} times; the account is locked for {LOCK_MINUTES} minutes.</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan {since} ({members} peserta); {lost}.</source>
        <translation>Restored from the backup of {since} ({members} members); {lost}.</translation>
    </message>
    <message>
        <source>pendaftaran sesudah {since} tidak ada di cadangan; periksa formulir kertas atau batch di USB untuk hari ini</source>
        <translation>registrations after {since} are not in the backup; check the paper forms or the batches on the USB stick for today</translation>
    </message>
    <message>
        <source>cadangan ini dari perangkat lain, bukan dari laptop ini; pilih cadangan laptop ini</source>
        <translation>this backup is from another device, not from this laptop; choose a backup of this laptop</translation>
    </message>
    <message>
        <source>{name} tidak ditemukan atau bukan berkas; pilih berkas cadangan (.sqlite) yang ada</source>
        <translation>{name} was not found or is not a file; choose an existing backup file (.sqlite)</translation>
    </message>
    <message>
        <source>cadangan ini sendiri rusak; pilih cadangan lain</source>
        <translation>this backup itself is damaged; choose another backup</translation>
    </message>
    <message>
        <source>tidak ada pendaftaran yang hilang</source>
        <translation>no registration was lost</translation>
    </message>
    <message>
        <source>{count} pendaftaran sesudah {since} tidak ada di cadangan</source>
        <translation>{count} registrations after {since} are not in the backup</translation>
    </message>
    <message>
        <source>{sent} di antaranya sudah dikirim ke kantor dalam batch dan tetap tersimpan di sana</source>
        <translation>{sent} of them were already sent to the office in a batch and stay stored there</translation>
    </message>
    <message>
        <source>{unsent} belum pernah dikirim dan perlu didaftar ulang</source>
        <translation>{unsent} were never sent and must be registered again</translation>
    </message>
    <message>
        <source>berkas harus punya kolom nik dan kpj</source>
        <translation>the file must have the columns nik and kpj</translation>
    </message>
    <message>
        <source>isi paket konfigurasi tidak sah (acara harus berupa daftar objek JSON)</source>
        <translation>invalid configuration package content (events must be a list of JSON objects)</translation>
    </message>
    <message>
        <source>paket konfigurasi ini lebih dari {mb} MB, lebih besar dari yang diterima laptop; perpendek daftar pekerjaan atau teks persetujuan, atau bagi menjadi dua paket</source>
        <translation>this configuration package is over {mb} MB, larger than a laptop accepts; shorten the occupation list or the consent text, or split it into two packages</translation>
    </message>
    <message>
        <source>paket konfigurasi ini tanpa nomor (dari versi program lama), lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</source>
        <translation>this configuration package has no number (from an old program version), older than the one installed (number {last}); ask the office for the newest package. Nothing was applied</translation>
    </message>
    <message>
        <source>paket konfigurasi nomor {sequence} sudah dipasang; tidak ada yang diterapkan</source>
        <translation>configuration package number {sequence} is already installed; nothing was applied</translation>
    </message>
    <message>
        <source>paket konfigurasi nomor {sequence} lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</source>
        <translation>configuration package number {sequence} is older than the one installed (number {last}); ask the office for the newest package. Nothing was applied</translation>
    </message>
    <message>
        <source>isi paket konfigurasi tidak sah ({exc})</source>
        <translation>the content of the configuration package is not valid ({exc})</translation>
    </message>
    <message>
        <source>berkas paket konfigurasi lebih dari {mb} MB: itu bukan paket Lindungi; minta kantor membuat paket lagi</source>
        <translation>the configuration package is over {mb} MB: it is not a Lindungi package; ask the office to make the package again</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>berkas paket konfigurasi rusak atau bukan dari Lindungi</source>
        <translation>the configuration package file is damaged or not from Lindungi</translation>
    </message>
    <message>
        <source>tanda tangan paket konfigurasi tidak cocok: paket diubah atau palsu; tidak ada yang diterapkan</source>
        <translation>the signature of the configuration package does not match: the package was changed or forged; nothing was applied</translation>
    </message>
    <message>
        <source>paket ini dari kantor lain; tidak ada yang diterapkan</source>
        <translation>this package is from another office; nothing was applied</translation>
    </message>
    <message>
        <source>kunci kantor di paket berbeda dengan yang dipercaya; ditolak</source>
        <translation>the office key in the package differs from the trusted one; refused</translation>
    </message>
    <message>
        <source>kantor '{value}' belum dipercaya perangkat ini; sidik jari {value2}: cocokkan, lalu impor dengan --trust-office</source>
        <translation>office '{value}' is not yet trusted by this device; fingerprint {value2}: compare it, then import with --trust-office</translation>
    </message>
    <message>
        <source>paket kantor menyebut akun milik laptop ini; tidak ada yang diterapkan</source>
        <translation>the office package names accounts that belong to this laptop; nothing was applied</translation>
    </message>
    <message>
        <source>nomor paket konfigurasi tidak sah</source>
        <translation>the configuration package number is not valid</translation>
    </message>
    <message>
        <source>akun petugas tidak sah</source>
        <translation>an officer account is not valid</translation>
    </message>
    <message>
        <source>daftar pekerjaan tidak sah</source>
        <translation>the list of occupations is not valid</translation>
    </message>
    <message>
        <source>teks persetujuan kosong</source>
        <translation>the consent text is empty</translation>
    </message>
    <message>
        <source>nama acara kosong, terlalu panjang atau lebih dari satu baris</source>
        <translation>the event's name is empty, too long or more than one line</translation>
    </message>
    <message>
        <source>kode wilayah acara tidak ada dalam data Kemendagri</source>
        <translation>the event's region code is not in the Ministry of Home Affairs data</translation>
    </message>
    <message>
        <source>folder data ini sudah disiapkan dengan akunnya sendiri; data demo hanya diisi ke folder yang baru: pakai --data-dir dengan folder kosong</source>
        <translation>this data folder is already set up with its own accounts; demo data only fills a new folder: use --data-dir with an empty folder</translation>
    </message>
    <message>
        <source>Perangkat belum disiapkan. Jalankan: lindungi init --device-name NAMA --region KODE</source>
        <translation>This device is not set up yet. Run: lindungi init --device-name NAME --region CODE</translation>
    </message>
    <message>
        <source>kunci otomatis harus antara {low} dan {high} menit</source>
        <translation>the automatic lock must be between {low} and {high} minutes</translation>
    </message>
    <message>
        <source>format slip tidak dikenal</source>
        <translation>unknown slip format</translation>
    </message>
    <message>
        <source>kode wilayah tidak ada dalam data Kemendagri</source>
        <translation>the region code is not in the Ministry of Home Affairs data</translation>
    </message>
    <message>
        <source>nama perangkat wajib diisi</source>
        <translation>the device name is required</translation>
    </message>
    <message>
        <source>kata sandi administrator wajib (LINDUNGI_PASSWORD)</source>
        <translation>an administrator password is required (LINDUNGI_PASSWORD)</translation>
    </message>
    <message>
        <source>isian ini tidak bisa dilewati Enter: {fields}</source>
        <translation>these fields cannot be skipped by Enter: {fields}</translation>
    </message>
    <message>
        <source>nama acara wajib diisi</source>
        <translation>the event name is required</translation>
    </message>
    <message>
        <source>acara tidak ditemukan</source>
        <translation>event not found</translation>
    </message>
    <message>
        <source>acara '{name}' sudah ditutup: pendaftaran baru tidak masuk ke sana. Pilih atau buat acara yang dibuka.</source>
        <translation>the event '{name}' is closed: new registrations do not go into it. Choose or create an open event.</translation>
    </message>
    <message>
        <source>acara ini sudah ditutup</source>
        <translation>this event is already closed</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca{where}: {why}.</source>
        <translation>The file cannot be read{where}: {why}.</translation>
    </message>
    <message>
        <source>Gagal menulis{where}: {why}.</source>
        <translation>Writing failed{where}: {why}.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan{where}: periksa namanya, dan apakah flashdisk masih terpasang.</source>
        <translation>File not found{where}: check its name, and whether the USB stick is still plugged in.</translation>
    </message>
    <message>
        <source>Berkas tidak boleh dibaca{where}: salin dulu ke folder Dokumen, lalu pilih salinannya.</source>
        <translation>The file may not be read{where}: copy it to the Documents folder first, then choose the copy.</translation>
    </message>
    <message>
        <source>Gagal membaca perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</source>
        <translation>Could not read the device{where}: the USB stick may have been pulled out or be damaged. Plug it in again and retry.</translation>
    </message>
    <message>
        <source>Ruang penyimpanan penuh{where}: kosongkan ruang atau pakai flashdisk lain. Berkas yang sudah ada tidak diubah.</source>
        <translation>The storage is full{where}: free some space or use another flash drive. Existing files were not changed.</translation>
    </message>
    <message>
        <source>Tujuan tidak bisa ditulis{where} (hanya-baca atau dikunci): geser kunci tulis flashdisk atau pilih folder lain. Berkas yang sudah ada tidak diubah.</source>
        <translation>The destination cannot be written{where} (read-only or locked): slide the flash drive's write lock or choose another folder. Existing files were not changed.</translation>
    </message>
    <message>
        <source>Tujuan itu sebuah folder{where}: ketik nama berkas di dalamnya.</source>
        <translation>That destination is a folder{where}: type a file name inside it.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada{where}: periksa flashdisk masih terpasang.</source>
        <translation>The destination folder does not exist{where}: check the flash drive is still attached.</translation>
    </message>
    <message>
        <source>Gagal membaca/menulis perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</source>
        <translation>Reading/writing the device failed{where}: the flash drive may have been pulled out or be damaged. Attach it again and try again.</translation>
    </message>
    <message>
        <source>{name} bukan berkas biasa (sebuah folder, perangkat atau pipa); pilih berkasnya</source>
        <translation>{name} is not a plain file (a folder, a device or a pipe); choose the file</translation>
    </message>
    <message>
        <source>nama kelompok wajib diisi</source>
        <translation>the group name is required</translation>
    </message>
    <message>
        <source>nama kelompok itu sudah terdaftar</source>
        <translation>that group name is already registered</translation>
    </message>
    <message>
        <source>kelompok tidak ditemukan</source>
        <translation>group not found</translation>
    </message>
    <message>
        <source>NIK ketua: {value}</source>
        <translation>Leader's NIK: {value}</translation>
    </message>
    <message>
        <source>kode wilayah kelompok tidak ada dalam data Kemendagri</source>
        <translation>the group's region code is not in the Ministry of Home Affairs data</translation>
    </message>
    <message>
        <source>berkas kunci perangkat rusak</source>
        <translation>the device key file is damaged</translation>
    </message>
    <message>
        <source>ini kunci perangkat ini sendiri</source>
        <translation>this is this device's own key</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain; kunci ditolak</source>
        <translation>this device is already known with another key; key refused</translation>
    </message>
    <message>
        <source>berkas kunci kantor tidak memuat kunci enkripsi</source>
        <translation>the office key file holds no encryption key</translation>
    </message>
    <message>
        <source>berkas kunci perangkat bukan JSON yang sah</source>
        <translation>the device key file is not valid JSON</translation>
    </message>
    <message>
        <source>berkas kunci perangkat rusak atau bukan dari Lindungi</source>
        <translation>the device key file is damaged or not from Lindungi</translation>
    </message>
    <message>
        <source>laptop ini sudah mempercayai kantor lain (sidik jari {old_print}); kunci baru bersidik jari {new_print}. Mengganti kantor hanya dengan sengaja: cocokkan sidik jari baru dengan kantor, lalu impor dengan --replace-office</source>
        <translation>this laptop already trusts another office (fingerprint {old_print}); the new key has fingerprint {new_print}. Change the office only on purpose: compare the new fingerprint with the office, then import with --replace-office</translation>
    </message>
    <message>
        <source>alasan pembatalan</source>
        <translation>a reason for the cancellation</translation>
    </message>
    <message>
        <source>peserta tidak ditemukan</source>
        <translation>member not found</translation>
    </message>
    <message>
        <source>peserta yang sudah dibatalkan tidak bisa diubah</source>
        <translation>a cancelled member cannot be changed</translation>
    </message>
    <message>
        <source>Data peserta ini baru saja diubah di tempat lain; tutup lalu buka lagi.</source>
        <translation>This member's data was just changed elsewhere; close and open it again.</translation>
    </message>
    <message>
        <source>alasan koreksi</source>
        <translation>reason for the correction</translation>
    </message>
    <message>
        <source>tulis {what} (paling sedikit {MIN_REASON} huruf)</source>
        <translation>write {what} (at least {MIN_REASON} letters)</translation>
    </message>
    <message>
        <source>{what} terlalu panjang (paling banyak {MAX_REASON} huruf)</source>
        <translation>{what} is too long (at most {MAX_REASON} letters)</translation>
    </message>
    <message>
        <source>peserta ini sudah dibatalkan</source>
        <translation>this member is already cancelled</translation>
    </message>
    <message>
        <source>kode wilayah berada di provinsi lain dari NIK; periksa</source>
        <translation>the region code is in a different province from the NIK; check it</translation>
    </message>
    <message>
        <source>nama wajib diisi sesuai KTP</source>
        <translation>the name is required, as on the ID card (KTP)</translation>
    </message>
    <message>
        <source>alamat surel tidak sah (contoh nama@contoh.id)</source>
        <translation>the e-mail address is not valid (for example name@example.id)</translation>
    </message>
    <message>
        <source>isi kode wilayah tempat tinggal (kecamatan atau desa)</source>
        <translation>enter the region code of the residence (district or village)</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ada: {value}. Pakai templat dari: lindungi members template FILE</source>
        <translation>Required columns are missing: {value}. Use the template from: lindungi members template FILE</translation>
    </message>
    <message>
        <source>Daftar baris yang ditolak tidak boleh ditulis ke berkas yang sedang diimpor; pilih nama lain untuk --rejects.</source>
        <translation>The list of rejected rows may not be written to the file being imported; choose another name for --rejects.</translation>
    </message>
    <message>
        <source>Templat hanya .csv atau .xlsx.</source>
        <translation>A template is .csv or .xlsx only.</translation>
    </message>
    <message>
        <source>Kolom '{column}' muncul dua kali (kolom {value} dan {value2}); hapus salah satu.</source>
        <translation>Column '{column}' appears twice (columns {value} and {value2}); delete one of them.</translation>
    </message>
    <message>
        <source>Daftar baris yang ditolak tidak bisa ditulis, jadi belum ada yang diimpor. {why}</source>
        <translation>The list of rejected rows cannot be written, so nothing was imported yet. {why}</translation>
    </message>
    <message>
        <source>nik: NIK sudah terdaftar sebagai peserta aktif</source>
        <translation>nik: the NIK is already registered to an active member</translation>
    </message>
    <message>
        <source>baris ini punya lebih banyak sel daripada judul kolom; periksa pemisah</source>
        <translation>this row has more cells than there are column headings; check the separator</translation>
    </message>
    <message>
        <source>{column}: isi sel terlalu panjang (lebih dari {most} karakter)</source>
        <translation>{column}: the cell's content is too long (more than {most} characters)</translation>
    </message>
    <message>
        <source>nik: NIK sama dengan baris {first} di berkas ini</source>
        <translation>nik: same NIK as row {first} of this file</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>terlalu panjang (paling banyak {limit} karakter)</source>
        <translation>too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>iuran lewat Wadah/Kelompok perlu kolom kelompok diisi</source>
        <translation>a contribution paid through a group (Wadah/Kelompok) needs the group column filled</translation>
    </message>
    <message>
        <source>sektor wajib diisi: {value}</source>
        <translation>the sector is required: {value}</translation>
    </message>
    <message>
        <source>penghasilan harus rupiah bulat</source>
        <translation>the income must be whole rupiah</translation>
    </message>
    <message>
        <source>kelompok belum terdaftar; buat dulu di menu Kelompok</source>
        <translation>the group is not registered yet; create it first on the Groups page</translation>
    </message>
    <message>
        <source>kelompok di baris ini berbeda dari kelompok yang dipilih</source>
        <translation>the group in this row differs from the selected group</translation>
    </message>
    <message>
        <source>peserta belum menyetujui pemrosesan data; data tidak boleh disimpan</source>
        <translation>the member has not agreed to the processing of their data; the data must not be saved</translation>
    </message>
    <message>
        <source>isi ya atau tidak</source>
        <translation>enter yes or no</translation>
    </message>
    <message>
        <source>periode bayar harus 1, 3, 6 atau 12 (bulan)</source>
        <translation>the payment period must be 1, 3, 6 or 12 (months)</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar sebagai peserta aktif.</source>
        <translation>This NIK is already registered to an active member.</translation>
    </message>
    <message>
        <source>format slip harus {formats}</source>
        <translation>the slip format must be {formats}</translation>
    </message>
    <message>
        <source>{most} atau {last}</source>
        <translation>{most} or {last}</translation>
    </message>
    <message>
        <source>Kartu (10 per A4)</source>
        <translation>Card (10 per A4)</translation>
    </message>
    <message>
        <source>Tanda terima A4</source>
        <translation>A4 receipt</translation>
    </message>
    <message>
        <source>Struk 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>Struk 58 mm</source>
        <translation>58 mm receipt</translation>
    </message>
    <message>
        <source>tidak ada slip untuk dicetak</source>
        <translation>there is no slip to print</translation>
    </message>
    <message>
        <source>Tidak ada slip yang bisa dicetak. {reason}</source>
        <translation>No slip can be printed. {reason}</translation>
    </message>
    <message>
        <source>Tidak ada slip yang bisa dicetak. {value}</source>
        <translation>No slip can be printed. {value}</translation>
    </message>
    <message>
        <source>peserta tidak ditemukan atau datanya sudah dihapus</source>
        <translation>member not found, or their data has been erased</translation>
    </message>
    <message>
        <source>antrean cetak tidak ditemukan</source>
        <translation>print queue not found</translation>
    </message>
    <message>
        <source>pekerjaan cetak ini sudah selesai atau dihapus</source>
        <translation>this print job is already finished or deleted</translation>
    </message>
    <message>
        <source>pekerjaan cetak ini sudah dihapus dari antrean</source>
        <translation>this print job has already been removed from the queue</translation>
    </message>
    <message>
        <source>dasar penghapusan</source>
        <translation>the grounds for the erasure</translation>
    </message>
    <message>
        <source>data peserta ini sudah dihapus</source>
        <translation>this member's data has been erased</translation>
    </message>
    <message>
        <source>format laporan harus pdf atau xlsx</source>
        <translation>the report format must be pdf or xlsx</translation>
    </message>
    <message>
        <source>jumlah pekerja rentan tidak boleh negatif</source>
        <translation>the number of vulnerable workers cannot be negative</translation>
    </message>
    <message>
        <source>persen target harus antara 1 dan 100</source>
        <translation>the target percentage must be between 1 and 100</translation>
    </message>
    <message>
        <source>periode perlu tanggal awal dan tanggal akhir</source>
        <translation>a period needs a start date and an end date</translation>
    </message>
    <message>
        <source>tanggal awal periode sesudah tanggal akhirnya</source>
        <translation>the period's start date is after its end date</translation>
    </message>
    <message>
        <source>pilih laptop atau kantor</source>
        <translation>choose laptop or office</translation>
    </message>
    <message>
        <source>perangkat ini sudah ditentukan oleh riwayat sinkronnya</source>
        <translation>this device's role is already fixed by its sync history</translation>
    </message>
    <message>
        <source>berkas itu bukan berkas kunci Lindungi</source>
        <translation>that file is not a Lindungi key file</translation>
    </message>
    <message>
        <source>berkas itu terlalu besar untuk berkas kunci Lindungi</source>
        <translation>that file is too large for a Lindungi key file</translation>
    </message>
    <message>
        <source>perangkat itu belum pernah mengirim batch ke kantor ini</source>
        <translation>that device has never sent a batch to this office</translation>
    </message>
    <message>
        <source>tanda terima ini untuk perangkat lain</source>
        <translation>this receipt is for another device</translation>
    </message>
    <message>
        <source>tanda terima dari kantor yang belum dipercaya; impor dulu kunci kantor: lindungi keys import FILE --office</source>
        <translation>a receipt from an office not yet trusted; first import the office key: lindungi keys import FILE --office</translation>
    </message>
    <message>
        <source>berkas tanda terima lebih dari {mb} MB: itu bukan tanda terima Lindungi; minta kantor membuat tanda terima lagi</source>
        <translation>the acknowledgement file is over {mb} MB: it is not a Lindungi acknowledgement; ask the office to make the acknowledgement again</translation>
    </message>
    <message>
        <source>berkas tanda terima rusak atau bukan dari Lindungi</source>
        <translation>the receipt file is damaged or not from Lindungi</translation>
    </message>
    <message>
        <source>tanda tangan tanda terima tidak cocok; berkas diubah</source>
        <translation>the receipt's signature does not match; the file was changed</translation>
    </message>
    <message>
        <source>Batch {file} ditolak: {reason}</source>
        <translation>Batch {file} refused: {reason}</translation>
    </message>
    <message>
        <source>dipulihkan dari cadangan</source>
        <translation>was restored from a backup</translation>
    </message>
    <message>
        <source>jejak auditnya terpotong</source>
        <translation>had its audit trail cut short</translation>
    </message>
    <message>
        <source>Laptop ini {why} dan memulai rantai jejak audit baru.</source>
        <translation>This laptop {why} and started a new audit trail chain.</translation>
    </message>
    <message>
        <source>manifest batch rusak: kepala jejak audit tidak sah</source>
        <translation>the batch manifest is damaged: the audit trail head is not valid</translation>
    </message>
    <message>
        <source>jejak audit laptop ini berakhir di entri {seq}, padahal batch sebelumnya sudah sampai entri {earlier}: entri yang sudah dikirim dihapus dari laptop. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator (jejak auditnya diubah di luar program)</source>
        <translation>this laptop's audit trail ends at entry {seq}, although an earlier batch already reached entry {earlier}: entries already sent were deleted from the laptop. The whole batch is refused, nothing was changed; check that laptop with an administrator (its audit trail was changed outside the program)</translation>
    </message>
    <message>
        <source>{lost_entries} entri audit (nomor {first}–{last}) yang sudah diterima kantor tidak ada lagi di laptop.</source>
        <translation>{lost_entries} audit entries (numbers {first}–{last}) the office already received are no longer on the laptop.</translation>
    </message>
    <message>
        <source>Entri tempat rantai baru bersambung berbeda dengan salinan kantor.</source>
        <translation>The entry the new chain continues from differs from the office's copy.</translation>
    </message>
    <message>
        <source>Batch yang dikirim sesudah cadangan itu: {numbers}.</source>
        <translation>Batches sent after that backup: {numbers}.</translation>
    </message>
    <message>
        <source>Kantor menyimpan {count} pendaftaran dari laptop ini yang tidak ada lagi di laptop; datanya tetap di kantor.</source>
        <translation>The office keeps {count} registrations from this laptop that are no longer on the laptop; their data stays at the office.</translation>
    </message>
    <message>
        <source>{newer} peserta diubah di laptop sesudah cadangan; kantor menyimpan versi yang lebih baru.</source>
        <translation>{newer} members were changed on the laptop after the backup; the office keeps the newer version.</translation>
    </message>
    <message>
        <source>entri audit 1 bagian rantai {value} bukan awal rantai baru yang sah; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>audit entry 1 of chain segment {value} is not a valid start of a new chain; the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>manifest batch rusak: kepala jejak audit tidak lengkap</source>
        <translation>the batch manifest is damaged: the audit trail head is incomplete</translation>
    </message>
    <message>
        <source>entri audit {seq} laptop ini berbeda dengan yang sudah diterima kantor: jejak auditnya ditulis ulang. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator</source>
        <translation>this laptop's audit entry {seq} differs from the one the office already received: its audit trail was rewritten. The whole batch is refused, nothing was changed; check that laptop with an administrator</translation>
    </message>
    <message>
        <source>entri audit {value} tidak cocok dengan hash-nya (diubah); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>audit entry {value} does not match its hash (changed); the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>entri audit {value} tidak tersambung ke entri sebelumnya (jejak audit diubah); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>audit entry {value} does not link to the entry before it (audit trail changed); the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>jumlah catatan {name} tidak sama dengan manifest</source>
        <translation>the number of {name} records does not match the manifest</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: nilai kolom {value} tidak sah; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part {part} row {number}: the value of column {value} is not valid; the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part {part} row {number}: this {value} was made and sent by another device; a laptop may only change its own records. The whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang sama ada dua kali dalam batch ini; batch ditolak utuh, tidak ada yang diubah. Ekspor ulang dari laptop</source>
        <translation>part {part} row {number}: the same {value} appears twice in this batch; the whole batch is refused, nothing was changed. Export again from the laptop</translation>
    </message>
    <message>
        <source>bagian slips baris {number}: nomor slip bukan nomor laptop ini; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part slips row {number}: the slip number is not this laptop's; the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang dirujuk ({column}) milik perangkat lain; sebuah laptop hanya mencatat pada catatannya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part {part} row {number}: the {value} it names ({column}) belongs to another device; a laptop records only on its own records. The whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini</source>
        <translation>part {part} row {number}: the {value} referred to ({column}) is neither in this batch nor at the office; the whole batch is refused, nothing was changed. First import the batch of the laptop that made it, or export again from this laptop</translation>
    </message>
    <message>
        <source>bagian audit baris {number}: entri jejak audit milik perangkat lain; sebuah laptop hanya mengirim jejak auditnya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part audit row {number}: an audit trail entry belonging to another device; a laptop sends only its own audit trail. The whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} ini dibuat di kantor; laptop tidak boleh mengubahnya (hanya menutup acara yang direncanakan kantor). Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part {part} row {number}: this {value} was made at the office; a laptop may not change it (only close an event the office planned). The whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian audit baris {number}: jejak audit batch ini terbagi atas lebih dari {most} bagian rantai (satu bagian baru tiap pemulihan cadangan); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part audit row {number}: this batch's audit trail is split into more than {most} chain segments (one new segment per backup restore); the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>bagian slips baris {number}: nomor slip dan salinannya sudah dipakai slip lain di kantor; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>part slips row {number}: the slip number and copy number are already used by another slip at the office; the whole batch is refused, nothing was changed</translation>
    </message>
    <message>
        <source>pilihan penyelesaian tidak dikenal</source>
        <translation>unknown way of resolving</translation>
    </message>
    <message>
        <source>konflik tidak ditemukan</source>
        <translation>conflict not found</translation>
    </message>
    <message>
        <source>konflik ini sudah diselesaikan</source>
        <translation>this conflict has already been resolved</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada ({folder}): periksa flashdisk masih terpasang, atau pilih folder lain. Belum ada yang ditandai terkirim.</source>
        <translation>The destination folder does not exist ({folder}): check the USB stick is still plugged in, or choose another folder. Nothing was marked as sent.</translation>
    </message>
    <message>
        <source>ekspor dibatalkan; tidak ada yang ditulis</source>
        <translation>export cancelled; nothing was written</translation>
    </message>
    <message>
        <source>ekspor lain dari laptop ini selesai lebih dulu; ulangi ekspor</source>
        <translation>another export from this laptop finished first; export again</translation>
    </message>
    <message>
        <source>berkas batch rusak atau terpotong; salin ulang dari laptop</source>
        <translation>the batch file is damaged or cut short; copy it again from the laptop</translation>
    </message>
    <message>
        <source>isi batch tidak bisa dibuka dengan kunci kantor ini (dienkripsi untuk kantor lain, atau diubah)</source>
        <translation>the batch content cannot be opened with this office's key (encrypted for another office, or changed)</translation>
    </message>
    <message>
        <source>batch ini dibuat versi Lindungi yang lebih baru ({detail}): perbarui program di kantor, lalu impor lagi</source>
        <translation>this batch was made by a newer version of Lindungi ({detail}): update the program at the office, then import again</translation>
    </message>
    <message>
        <source>format batch tidak dikenal (bukan berkas batch Lindungi)</source>
        <translation>unknown batch format (not a Lindungi batch file)</translation>
    </message>
    <message>
        <source>format {version}, program ini membaca sampai {FORMAT_VERSION}</source>
        <translation>format {version}, this program reads up to {FORMAT_VERSION}</translation>
    </message>
    <message>
        <source>berkas batch terpotong</source>
        <translation>the batch file is cut short</translation>
    </message>
    <message>
        <source>daftar isi berkas batch tidak wajar (diubah atau terpotong)</source>
        <translation>the batch file's table of contents is not plausible (changed or cut short)</translation>
    </message>
    <message>
        <source>nomor batch tidak masuk akal (harus 1 sampai {most}); batch ditolak</source>
        <translation>the batch number makes no sense (must be 1 to {most}); batch refused</translation>
    </message>
    <message>
        <source>manifest batch rusak: waktu pembuatan atau sidik batch sebelumnya tidak sah</source>
        <translation>damaged batch manifest: its creation time or the previous batch's fingerprint is not valid</translation>
    </message>
    <message>
        <source>berkas terlalu besar untuk sebuah batch (lebih dari {value} MB)</source>
        <translation>the file is too large for a batch (more than {value} MB)</translation>
    </message>
    <message>
        <source>susunan berkas batch tidak wajar (diubah?)</source>
        <translation>the batch file's layout is not plausible (changed?)</translation>
    </message>
    <message>
        <source>kepala bagian {filename} tidak cocok dengan daftar isi berkas (diubah)</source>
        <translation>the header of part {filename} does not match the file's table of contents (changed)</translation>
    </message>
    <message>
        <source>bagian {name} tidak ada di batch (berkas tidak lengkap); batch ditolak utuh</source>
        <translation>part {name} is not in the batch (incomplete file); the whole batch is refused</translation>
    </message>
    <message>
        <source>batch ini terenkripsi untuk kantor; kunci kantor tidak ada di perangkat ini</source>
        <translation>this batch is encrypted for the office; the office key is not on this device</translation>
    </message>
    <message>
        <source>isi bagian {stored_name} tidak cocok dengan manifest (diubah atau rusak)</source>
        <translation>the content of part {stored_name} does not match the manifest (changed or damaged)</translation>
    </message>
    <message>
        <source>manifest batch rusak: identitas perangkat tidak lengkap</source>
        <translation>the batch manifest is damaged: the device identity is incomplete</translation>
    </message>
    <message>
        <source>bukan berkas batch Lindungi (manifest tidak ada)</source>
        <translation>not a Lindungi batch file (no manifest)</translation>
    </message>
    <message>
        <source>manifest batch tidak wajar besarnya</source>
        <translation>the batch manifest has an implausible size</translation>
    </message>
    <message>
        <source>manifest batch rusak</source>
        <translation>the batch manifest is damaged</translation>
    </message>
    <message>
        <source>manifest batch rusak: daftar bagian tidak ada</source>
        <translation>the batch manifest is damaged: the list of parts is missing</translation>
    </message>
    <message>
        <source>batch berisi berkas yang tidak disebut manifest</source>
        <translation>the batch holds files the manifest does not name</translation>
    </message>
    <message>
        <source>tanda tangan manifest tidak cocok: batch diubah atau bukan dari perangkat itu</source>
        <translation>the manifest's signature does not match: the batch was changed or is not from that device</translation>
    </message>
    <message>
        <source>tanda tangan berkas tidak cocok: ada bagian berkas yang diubah atau rusak</source>
        <translation>a file signature does not match: part of the file was changed or damaged</translation>
    </message>
    <message>
        <source>bagian {name} hilang dari batch (terpotong?)</source>
        <translation>part {name} is missing from the batch (cut short?)</translation>
    </message>
    <message>
        <source>bagian {name} tidak wajar besarnya (lebih dari {value} MB, atau dimampatkan lebih dari {MAX_RATIO} kali); batch ditolak</source>
        <translation>part {name} has an implausible size (more than {value} MB, or compressed more than {MAX_RATIO} times); batch refused</translation>
    </message>
    <message>
        <source>isi bagian {name} tidak cocok dengan manifest (diubah atau rusak)</source>
        <translation>the content of part {name} does not match the manifest (changed or damaged)</translation>
    </message>
    <message>
        <source>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: cocokkan dengan petugas laptop, lalu impor lagi dengan --trust-new-device</source>
        <translation>new device '{name}' ({device_id}), key fingerprint {fp}: compare it with the laptop's officer, then import again with --trust-new-device</translation>
    </message>
    <message>
        <source>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: batch pertama laptop baru hanya boleh diimpor Administrator, setelah mencocokkan sidik jarinya dengan petugas laptop (--trust-new-device)</source>
        <translation>new device '{name}' ({device_id}), key fingerprint {fp}: a new laptop's first batch may only be imported by an Administrator, after comparing its fingerprint with the laptop's officer (--trust-new-device)</translation>
    </message>
    <message>
        <source>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch pertama laptop ini setelah mencocokkan sidik jarinya dengan petugas laptop.</source>
        <translation>Only an Administrator may trust a new laptop: ask the office's Administrator to import this laptop's first batch after comparing its fingerprint with the laptop's officer.</translation>
    </message>
    <message>
        <source>batch ini dibuat oleh perangkat ini sendiri</source>
        <translation>this batch was made by this very device</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain; batch ditolak (mungkin palsu, atau laptop dipasang ulang: hubungi petugasnya)</source>
        <translation>this device is already known with another key; batch refused (perhaps forged, or the laptop was reinstalled: contact its officer)</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain</source>
        <translation>this device is already known with another key</translation>
    </message>
    <message>
        <source>batch ini dienkripsi untuk kantor lain</source>
        <translation>this batch is encrypted for another office</translation>
    </message>
    <message>
        <source>perangkat ini sudah mengirim batch lain bernomor {sequence}; batch ditolak</source>
        <translation>this device has already sent another batch numbered {sequence}; batch refused</translation>
    </message>
    <message>
        <source>bagian officers: nama pengguna baru petugas {value} sudah dipakai akun kantor; ganti namanya di laptop, lalu ekspor lagi</source>
        <translation>part officers: officer {value}'s new username is already used by an office account; rename it on the laptop, then export again</translation>
    </message>
    <message>
        <source>entri audit {value} berbeda dengan yang sudah diterima: jejak audit perangkat itu diubah; batch ditolak</source>
        <translation>audit entry {value} differs from the one already received: that device's audit trail was changed; batch refused</translation>
    </message>
    <message>
        <source>bagian {name} baris {value} terlalu panjang (lebih dari {value2} MB); batch ditolak utuh</source>
        <translation>part {name} row {value} is too long (more than {value2} MB); the whole batch is refused</translation>
    </message>
    <message>
        <source>bagian {name} baris {number} rusak ({exc}); batch ditolak utuh</source>
        <translation>part {name} row {number} is damaged ({exc}); the whole batch is refused</translation>
    </message>
    <message>
        <source>bagian {name} baris {number} punya kolom yang tidak dikenal program ini</source>
        <translation>part {name} row {number} has a column this program does not know</translation>
    </message>
    <message>
        <source>simpan ulang berkas sebagai CSV UTF-8 (di Excel: Simpan Sebagai → CSV UTF-8 (Dibatasi koma)), periksa huruf di baris itu, lalu ulangi.</source>
        <translation>save the file again as CSV UTF-8 (in Excel: Save As → CSV UTF-8 (Comma delimited)), check the letters in that row, then try again.</translation>
    </message>
    <message>
        <source>Baris {row}: {why}; pengodean huruf berkas ini tidak pasti — {SAVE_AS_UTF8}</source>
        <translation>Row {row}: {why}; this file's character encoding is uncertain — {SAVE_AS_UTF8}</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {value2} pemisah kolom; ini bukan daftar biasa — periksa pemisahnya lalu ulangi.</source>
        <translation>Row {value}: more than {value2} column separators; this is not an ordinary list — check the separators, then try again.</translation>
    </message>
    <message>
        <source>Berkas ini UTF-32, bukan CSV yang dibuat Excel; simpan ulang sebagai CSV UTF-8.</source>
        <translation>This file is UTF-32, not a CSV made by Excel; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>ada huruf yang bukan UTF-8, padahal bagian lain berkas UTF-8</source>
        <translation>there are characters that are not UTF-8, although the rest of the file is UTF-8</translation>
    </message>
    <message>
        <source>ada karakter yang tidak lazim untuk CSV Windows-1252</source>
        <translation>there is a character unusual for a Windows-1252 CSV</translation>
    </message>
    <message>
        <source>Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx.</source>
        <translation>This file is not a text CSV; save it again as CSV or .xlsx.</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar ({value}; batas {value2}); {value3}.</source>
        <translation>The CSV file is too large ({value}; limit {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas kosong: tidak ada baris judul kolom.</source>
        <translation>The file is empty: no row of column headings.</translation>
    </message>
    <message>
        <source>Baris judul tidak terbaca sebagai CSV ({exc}).</source>
        <translation>The heading row cannot be read as CSV ({exc}).</translation>
    </message>
    <message>
        <source>Baris {line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi.</source>
        <translation>Row {line_num} cannot be read as CSV ({exc}); correct it, then try again.</translation>
    </message>
    <message>
        <source>berkas bertanda UTF-8 tetapi ada huruf yang bukan UTF-8</source>
        <translation>the file is marked UTF-8 but has characters that are not UTF-8</translation>
    </message>
    <message>
        <source>Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.</source>
        <translation>The UTF-16 file is damaged; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Jenis berkas tidak didukung; pakai .csv atau .xlsx.</source>
        <translation>File type not supported; use .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8, lalu ulangi</source>
        <translation>open it in Excel, save it again as .xlsx or CSV UTF-8, then try again</translation>
    </message>
    <message>
        <source>bagi menjadi beberapa berkas (paling banyak {rows} baris per berkas) lalu impor satu per satu</source>
        <translation>split it into several files (at most {rows} rows per file) and import them one by one</translation>
    </message>
    <message>
        <source>Berkas berisi lebih dari {value} baris data, batas satu impor; {value2}.</source>
        <translation>The file holds more than {value} data rows, the limit of one import; {value2}.</translation>
    </message>
    <message>
        <source>Baris {value}: ada sel lebih dari {value2} karakter (batas sel Excel); berkas ini bukan daftar biasa — periksa sel itu.</source>
        <translation>Row {value}: a cell has more than {value2} characters (Excel's cell limit); this file is not an ordinary list — check that cell.</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {columns} kolom terisi (batas {columns}); hapus kolom yang tidak dipakai lalu ulangi.</source>
        <translation>Row {value}: more than {columns} columns filled (limit {columns}); delete the unused columns, then try again.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi deklarasi entitas XML yang tidak dibuat Excel (cara membuat berkas yang menghabiskan memori); berkas ditolak — {resave}.</source>
        <translation>The .xlsx file holds XML entity declarations that Excel does not write (a way to make files that use up memory); file refused — {resave}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx rusak atau bukan buku kerja Excel.</source>
        <translation>The .xlsx file is damaged or not an Excel workbook.</translation>
    </message>
    <message>
        <source>Berkas .xlsx terlalu besar ({value}; batas {value2}); {value3}.</source>
        <translation>The .xlsx file is too large ({value}; limit {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi lebih dari {value} bagian; bukan buku kerja biasa — {RESAVE}.</source>
        <translation>The .xlsx file holds more than {value} parts; not an ordinary workbook — {RESAVE}.</translation>
    </message>
    <message>
        <source>Buku kerja tidak berisi lembar kerja.</source>
        <translation>The workbook holds no worksheet.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx terlalu besar setelah dibuka ({value}; batas {value2}); {value3}.</source>
        <translation>The content of the .xlsx file is too large once opened ({value}; limit {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi teks lebih dari {value} karakter tanpa jeda (batas sel Excel); bukan buku kerja biasa — {RESAVE}.</source>
        <translation>The .xlsx file holds text of more than {value} characters without a break (Excel's cell limit); not an ordinary workbook — {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi buku kerja .xlsx rusak; simpan ulang dari Excel.</source>
        <translation>The content of the .xlsx workbook is damaged; save it again from Excel.</translation>
    </message>
    <message>
        <source>Lembar pertama kosong: tidak ada baris judul kolom.</source>
        <translation>The first sheet is empty: no row of column headings.</translation>
    </message>
    <message>
        <source>Lembar pertama menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>The first sheet names rows beyond {value}, Excel's limit; the file is damaged — {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx terlalu besar setelah dibuka (satu bagian {value}; batas {value2}); {value3}, atau {RESAVE}.</source>
        <translation>The content of the .xlsx file is too large once opened (one part {value}; limit {value2}); {value3}, or {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx tidak wajar: satu bagian menjadi {value} kali lebih besar setelah dibuka (buku kerja biasa paling banyak {ratio} kali); berkas rusak atau sengaja dibuat untuk menghabiskan memori — {RESAVE}.</source>
        <translation>The content of the .xlsx file is not plausible: one part grows {value} times once opened (an ordinary workbook at most {ratio} times); the file is damaged or made on purpose to use up memory — {RESAVE}.</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {value2} sel, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>Row {value}: more than {value2} cells, Excel's limit; the file is damaged — {RESAVE}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi satu tanda XML lebih dari {value}; bukan buku kerja biasa — {RESAVE}.</source>
        <translation>The .xlsx file holds one XML tag longer than {value}; not an ordinary workbook — {RESAVE}.</translation>
    </message>
    <message>
        <source>Lembar kerja menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>The worksheet names rows beyond {value}, Excel's limit; the file is damaged — {RESAVE}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi lebih dari {value} teks; {value2}.</source>
        <translation>The .xlsx file holds more than {value} texts; {value2}.</translation>
    </message>
    <message>
        <source>Belum ada data di {folder}. Jalankan dulu: lindungi init --device-name NAMA --region KODE</source>
        <translation>There is no data in {folder} yet. First run: lindungi init --device-name NAME --region CODE</translation>
    </message>
    <message>
        <source>database sedang dipakai program lain: tunggu sebentar atau tutup program itu, lalu ulangi</source>
        <translation>the database is in use by another program: wait a moment or close that program, then try again</translation>
    </message>
    <message>
        <source>ruang penyimpanan database penuh: kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak perlu), lalu ulangi; yang sudah tersimpan tidak hilang</source>
        <translation>the database storage is full: free space on the disk (delete or move files not needed), then try again; what is already saved is not lost</translation>
    </message>
    <message>
        <source>database hanya bisa dibaca (berkas, folder atau disk hanya-baca, atau server menolak menulis): pindahkan folder data ke tempat yang bisa ditulis atau buka kunci tulisnya, lalu ulangi</source>
        <translation>the database can only be read (a read-only file, folder or disk, or the server refuses writing): move the data folder to a writable place or unlock it, then try again</translation>
    </message>
    <message>
        <source>berkas database tidak bisa dibuka: periksa folder data masih ada (flashdisk/disk terpasang) dan boleh ditulis, lalu ulangi</source>
        <translation>the database file cannot be opened: check the data folder is still there (flash drive/disk attached) and writable, then try again</translation>
    </message>
    <message>
        <source>gagal membaca atau menulis database di disk: periksa disk atau flashdisk masih terpasang, lalu ulangi</source>
        <translation>reading or writing the database on disk failed: check the disk or flash drive is still attached, then try again</translation>
    </message>
    <message>
        <source>database server melaporkan data rusak: hubungi pengelola server; pemulihan dari cadangan server adalah urusannya</source>
        <translation>the database server reports damaged data: contact the server's administrator; restoring from the server's backup is their task</translation>
    </message>
    <message>
        <source>database rusak: lihat cadangan dengan 'lindungi backup list', lalu pulihkan dengan 'lindungi backup restore FILE'; pendaftaran sesudah cadangan itu dibuat hilang dan perlu didaftar ulang</source>
        <translation>the database is damaged: list the backups with 'lindungi backup list', then restore with 'lindungi backup restore FILE'; registrations made after that backup are lost and must be registered again</translation>
    </message>
    <message>
        <source>database server tidak bisa dipakai; periksa --database-url (atau LINDUNGI_DATABASE_URL), jaringan, dan hak akses pengguna database</source>
        <translation>the database server cannot be used; check --database-url (or LINDUNGI_DATABASE_URL), the network, and the database user's rights</translation>
    </message>
    <message>
        <source>program ini versi laptop dan tidak membawa driver PostgreSQL: untuk database server (--database-url atau LINDUNGI_DATABASE_URL) pakai program versi kantor (lindungi-office)</source>
        <translation>this is the laptop build of the program and it carries no PostgreSQL driver: for a database server (--database-url or LINDUNGI_DATABASE_URL) use the office build of the program (lindungi-office)</translation>
    </message>
</context>
</TS>