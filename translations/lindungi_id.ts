<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Lindungi</source>
        <translation>Tentang Lindungi</translation>
    </message>
    <message>
        <source>Lindungi %s</source>
        <translation>Lindungi %s</translation>
    </message>
    <message>
        <source>Meja pendaftaran peserta Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan untuk acara di lapangan, bekerja tanpa internet.</source>
        <translation>Meja pendaftaran peserta Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan untuk acara di lapangan, bekerja tanpa internet.</translation>
    </message>
    <message>
        <source>Lisensi: %s</source>
        <translation>Lisensi: %s</translation>
    </message>
    <message>
        <source>Folder data: %s</source>
        <translation>Folder data: %s</translation>
    </message>
    <message>
        <source>(belum dibuka)</source>
        <translation>(belum dibuka)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Akun baru… (Ctrl+N)</source>
        <translation>Akun baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ubah… (Enter)</source>
        <translation>Ubah… (Enter)</translation>
    </message>
    <message>
        <source>terkunci sementara</source>
        <translation>terkunci sementara</translation>
    </message>
    <message>
        <source>petugas lapangan (belum bisa masuk di sini)</source>
        <translation>petugas lapangan (belum bisa masuk di sini)</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>nonaktif</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <source>Tambah peserta ke kelompok</source>
        <translation>Tambah peserta ke kelompok</translation>
    </message>
    <message>
        <source>Cari nama, NIK atau nomor HP, lalu ↓</source>
        <extracomment>how many joined the group while the dialog was open</extracomment>
        <translation>Cari nama, NIK atau nomor HP, lalu ↓</translation>
    </message>
    <message>
        <source>↓: ke daftar, ↑ di baris pertama: kembali · Spasi: tandai/lepas · Ctrl+A: tandai semua · Enter: tambahkan yang ditandai, atau yang disorot · Esc: selesai</source>
        <translation>↓: ke daftar, ↑ di baris pertama: kembali · Spasi: tandai/lepas · Ctrl+A: tandai semua · Enter: tambahkan yang ditandai, atau yang disorot · Esc: selesai</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>%d ditandai; Enter menambahkannya ke kelompok.</source>
        <translation>%d ditandai; Enter menambahkannya ke kelompok.</translation>
    </message>
    <message>
        <source>Belum ada peserta yang dipilih. Ketik nama, NIK atau nomor HP, tekan ↓ ke daftar, lalu Enter (Spasi untuk menandai beberapa).</source>
        <translation>Belum ada peserta yang dipilih. Ketik nama, NIK atau nomor HP, tekan ↓ ke daftar, lalu Enter (Spasi untuk menandai beberapa).</translation>
    </message>
    <message>
        <source>Tidak ada yang ditambahkan: di antara yang dipilih ada anggota kelompok lain dari acara yang sudah ditutup.</source>
        <translation>Tidak ada yang ditambahkan: di antara yang dipilih ada anggota kelompok lain dari acara yang sudah ditutup.</translation>
    </message>
    <message>
        <source>%d peserta ditambahkan ke kelompok.</source>
        <translation>%d peserta ditambahkan ke kelompok.</translation>
    </message>
    <message>
        <source>%d di antaranya pindah dari kelompok lain.</source>
        <translation>%d di antaranya pindah dari kelompok lain.</translation>
    </message>
    <message>
        <source>%d sudah ada di kelompok ini.</source>
        <translation>%d sudah ada di kelompok ini.</translation>
    </message>
    <message>
        <source>Cari berikutnya, atau Esc untuk selesai.</source>
        <translation>Cari berikutnya, atau Esc untuk selesai.</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <source>Persetujuan supervisor</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Meja dikunci</source>
        <translation>Meja dikunci</translation>
    </message>
    <message>
        <source>Ganti petugas</source>
        <translation>Ganti petugas</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Akun dibuat</translation>
    </message>
    <message>
        <source>Akun diubah</source>
        <translation>Akun diubah</translation>
    </message>
    <message>
        <source>Peserta didaftarkan</source>
        <translation>Peserta didaftarkan</translation>
    </message>
    <message>
        <source>Data peserta dikoreksi</source>
        <translation>Data peserta dikoreksi</translation>
    </message>
    <message>
        <source>Pendaftaran dibatalkan</source>
        <translation>Pendaftaran dibatalkan</translation>
    </message>
    <message>
        <source>Data pribadi peserta dihapus</source>
        <translation>Data pribadi peserta dihapus</translation>
    </message>
    <message>
        <source>Peserta diimpor dari berkas</source>
        <translation>Peserta diimpor dari berkas</translation>
    </message>
    <message>
        <source>Bukti persetujuan dicetak</source>
        <translation>Bukti persetujuan dicetak</translation>
    </message>
    <message>
        <source>NIK lengkap ditampilkan</source>
        <translation>NIK lengkap ditampilkan</translation>
    </message>
    <message>
        <source>Berkas BPJS diekspor</source>
        <translation>Berkas BPJS diekspor</translation>
    </message>
    <message>
        <source>Nomor KPJ diimpor</source>
        <translation>Nomor KPJ diimpor</translation>
    </message>
    <message>
        <source>Slip diterbitkan</source>
        <translation>Slip diterbitkan</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Cetakan dibatalkan</source>
        <translation>Cetakan dibatalkan</translation>
    </message>
    <message>
        <source>Kelompok dibuat</source>
        <translation>Kelompok dibuat</translation>
    </message>
    <message>
        <source>Kelompok diubah</source>
        <translation>Kelompok diubah</translation>
    </message>
    <message>
        <source>Anggota masuk kelompok</source>
        <translation>Anggota masuk kelompok</translation>
    </message>
    <message>
        <source>Anggota keluar dari kelompok</source>
        <translation>Anggota keluar dari kelompok</translation>
    </message>
    <message>
        <source>Acara dibuat</source>
        <translation>Acara dibuat</translation>
    </message>
    <message>
        <source>Acara ditutup</source>
        <translation>Acara ditutup</translation>
    </message>
    <message>
        <source>Target cakupan diubah</source>
        <translation>Target cakupan diubah</translation>
    </message>
    <message>
        <source>Batch diekspor</source>
        <translation>Batch diekspor</translation>
    </message>
    <message>
        <source>Batch diimpor</source>
        <translation>Batch diimpor</translation>
    </message>
    <message>
        <source>Batch ditolak</source>
        <translation>Batch ditolak</translation>
    </message>
    <message>
        <source>Tanda terima dibuat</source>
        <translation>Tanda terima dibuat</translation>
    </message>
    <message>
        <source>Tanda terima diimpor</source>
        <translation>Tanda terima diimpor</translation>
    </message>
    <message>
        <source>Konflik NIK diputuskan</source>
        <translation>Konflik NIK diputuskan</translation>
    </message>
    <message>
        <source>Laptop memulai jejak audit baru</source>
        <translation>Laptop memulai jejak audit baru</translation>
    </message>
    <message>
        <source>Jejak audit bersambung sesudah pemulihan</source>
        <translation>Jejak audit bersambung sesudah pemulihan</translation>
    </message>
    <message>
        <source>Perangkat disiapkan</source>
        <translation>Perangkat disiapkan</translation>
    </message>
    <message>
        <source>Kabupaten/kota perangkat diubah</source>
        <translation>Kabupaten/kota perangkat diubah</translation>
    </message>
    <message>
        <source>Pengaturan meja diubah</source>
        <translation>Pengaturan meja diubah</translation>
    </message>
    <message>
        <source>Kunci laptop baru dipercaya</source>
        <translation>Kunci laptop baru dipercaya</translation>
    </message>
    <message>
        <source>Kunci perangkat dipasang</source>
        <translation>Kunci perangkat dipasang</translation>
    </message>
    <message>
        <source>Kunci kantor dipasang</source>
        <translation>Kunci kantor dipasang</translation>
    </message>
    <message>
        <source>Kunci kantor diganti</source>
        <translation>Kunci kantor diganti</translation>
    </message>
    <message>
        <source>Paket konfigurasi dibuat</source>
        <translation>Paket konfigurasi dibuat</translation>
    </message>
    <message>
        <source>Paket konfigurasi diterapkan</source>
        <translation>Paket konfigurasi diterapkan</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan</source>
        <translation>Dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Laporan kehilangan disimpan</source>
        <translation>Laporan kehilangan disimpan</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>akun dikunci</source>
        <translation>akun dikunci</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>kolom</translation>
    </message>
    <message>
        <source>revisi</source>
        <translation>revisi</translation>
    </message>
    <message>
        <source>disetujui oleh</source>
        <translation>disetujui oleh</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>ganda</source>
        <translation>ganda</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>diperbarui</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>sama</source>
        <translation>sama</translation>
    </message>
    <message>
        <source>tidak cocok</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <source>konflik</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>catatan</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>terenkripsi</source>
        <translation>terenkripsi</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>perangkat</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <source>sidik jari</source>
        <translation>sidik jari</translation>
    </message>
    <message>
        <source>perangkat lama</source>
        <translation>perangkat lama</translation>
    </message>
    <message>
        <source>sidik jari lama</source>
        <translation>sidik jari lama</translation>
    </message>
    <message>
        <source>sidik jari baru</source>
        <translation>sidik jari baru</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>lewat</source>
        <translation>lewat</translation>
    </message>
    <message>
        <source>bagian</source>
        <translation>bagian</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>acara tertutup</source>
        <translation>acara tertutup</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>slip</translation>
    </message>
    <message>
        <source>salinan</source>
        <translation>salinan</translation>
    </message>
    <message>
        <source>halaman</source>
        <translation>halaman</translation>
    </message>
    <message>
        <source>pekerja rentan</source>
        <translation>pekerja rentan</translation>
    </message>
    <message>
        <source>persen</source>
        <translation>persen</translation>
    </message>
    <message>
        <source>iuran per bulan</source>
        <translation>iuran per bulan</translation>
    </message>
    <message>
        <source>wilayah</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <source>lama</source>
        <translation>lama</translation>
    </message>
    <message>
        <source>petugas sebelumnya</source>
        <translation>petugas sebelumnya</translation>
    </message>
    <message>
        <source>pekerjaan</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>akun</source>
        <translation>akun</translation>
    </message>
    <message>
        <source>akun tanpa masuk</source>
        <translation>akun tanpa masuk</translation>
    </message>
    <message>
        <source>aturan iuran</source>
        <translation>aturan iuran</translation>
    </message>
    <message>
        <source>teks persetujuan</source>
        <translation>teks persetujuan</translation>
    </message>
    <message>
        <source>acara</source>
        <translation>acara</translation>
    </message>
    <message>
        <source>rantai</source>
        <translation>rantai</translation>
    </message>
    <message>
        <source>menyambung rantai</source>
        <translation>menyambung rantai</translation>
    </message>
    <message>
        <source>sesudah entri</source>
        <translation>sesudah entri</translation>
    </message>
    <message>
        <source>hash entri itu</source>
        <translation>hash entri itu</translation>
    </message>
    <message>
        <source>dimulai</source>
        <translation>dimulai</translation>
    </message>
    <message>
        <source>batch terakhir</source>
        <translation>batch terakhir</translation>
    </message>
    <message>
        <source>sambungan dikenal kantor</source>
        <translation>sambungan dikenal kantor</translation>
    </message>
    <message>
        <source>entri hilang</source>
        <translation>entri hilang</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>nama pengguna tidak dikenal</translation>
    </message>
    <message>
        <source>pemulihan dari cadangan</source>
        <translation>pemulihan dari cadangan</translation>
    </message>
    <message>
        <source>lama tidak dipakai</source>
        <translation>lama tidak dipakai</translation>
    </message>
    <message>
        <source>dikunci petugas</source>
        <translation>dikunci petugas</translation>
    </message>
    <message>
        <source>daftar peserta</source>
        <translation>daftar peserta</translation>
    </message>
    <message>
        <source>pakai data pertama</source>
        <translation>pakai data pertama</translation>
    </message>
    <message>
        <source>pakai data kedua</source>
        <translation>pakai data kedua</translation>
    </message>
    <message>
        <source>gabungkan</source>
        <translation>gabungkan</translation>
    </message>
    <message>
        <source>orang berbeda</source>
        <translation>orang berbeda</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>kata sandi</source>
        <translation>kata sandi</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>aktif</translation>
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
        <translation>tempat lahir</translation>
    </message>
    <message>
        <source>tanggal lahir</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>jenis kelamin</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>alamat</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>no. HP</source>
        <translation>no. HP</translation>
    </message>
    <message>
        <source>surel</source>
        <translation>surel</translation>
    </message>
    <message>
        <source>sektor</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>nama usaha</source>
        <translation>nama usaha</translation>
    </message>
    <message>
        <source>penghasilan</source>
        <translation>penghasilan</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>sumber iuran</source>
        <translation>sumber iuran</translation>
    </message>
    <message>
        <source>sub-sumber</source>
        <translation>sub-sumber</translation>
    </message>
    <message>
        <source>periode bayar</source>
        <translation>periode bayar</translation>
    </message>
    <message>
        <source>kelompok</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>ketua</source>
        <translation>ketua</translation>
    </message>
    <message>
        <source>nomor perjanjian</source>
        <translation>nomor perjanjian</translation>
    </message>
    <message>
        <source>tanggal perjanjian</source>
        <translation>tanggal perjanjian</translation>
    </message>
    <message>
        <source>nomor KPJ</source>
        <translation>nomor KPJ</translation>
    </message>
    <message>
        <source>menit sampai meja terkunci</source>
        <translation>menit sampai meja terkunci</translation>
    </message>
    <message>
        <source>format slip</source>
        <translation>format slip</translation>
    </message>
    <message>
        <source>jumlah pekerja rentan</source>
        <translation>jumlah pekerja rentan</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Cetakan</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Konfigurasi</source>
        <translation>Konfigurasi</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>nama pengguna petugas</source>
        <translation>nama pengguna petugas</translation>
    </message>
    <message>
        <source>Periksa keutuhan jejak audit</source>
        <translation>Periksa keutuhan jejak audit</translation>
    </message>
    <message>
        <source>Muat lebih banyak</source>
        <translation>Muat lebih banyak</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Catatan asli: #%d · perangkat %s · %s · %s %s · %s</source>
        <translation>Catatan asli: #%d · perangkat %s · %s · %s %s · %s</translation>
    </message>
    <message>
        <source>Jejak audit utuh: %d entri.</source>
        <translation>Jejak audit utuh: %d entri.</translation>
    </message>
    <message>
        <source>Jejak audit RUSAK pada entri nomor %s: %s</source>
        <translation>Jejak audit RUSAK pada entri nomor %s: %s</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>juta Rp</source>
        <translation>juta Rp</translation>
    </message>
    <message>
        <source>ribu Rp</source>
        <translation>ribu Rp</translation>
    </message>
    <message>
        <source>tertinggi %s</source>
        <translation>tertinggi %s</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Tutup acara — %s</source>
        <translation>Tutup acara — %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sektor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sektor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Peserta&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peserta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sumber iuran&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sumber iuran&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Iuran bulan pertama&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iuran bulan pertama&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Peserta aktif: &lt;b&gt;%d&lt;/b&gt; · dibatalkan: %d&lt;br&gt;Iuran bulan pertama seluruhnya: &lt;b&gt;%s&lt;/b&gt; (%s)</source>
        <translation>Peserta aktif: &lt;b&gt;%d&lt;/b&gt; · dibatalkan: %d&lt;br&gt;Iuran bulan pertama seluruhnya: &lt;b&gt;%s&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>Slip tercetak: &lt;b&gt;%d asli&lt;/b&gt; dan %d salinan · %d peserta aktif sudah punya slip, &lt;b&gt;%d belum&lt;/b&gt; · %d slip menunggu di antrean cetak (belum tercetak)</source>
        <translation>Slip tercetak: &lt;b&gt;%d asli&lt;/b&gt; dan %d salinan · %d peserta aktif sudah punya slip, &lt;b&gt;%d belum&lt;/b&gt; · %d slip menunggu di antrean cetak (belum tercetak)</translation>
    </message>
    <message>
        <source>Setelah ditutup, acara ini tidak menerima pendaftaran baru.</source>
        <translation>Setelah ditutup, acara ini tidak menerima pendaftaran baru.</translation>
    </message>
    <message>
        <source>&amp;Tutup acara</source>
        <translation>&amp;Tutup acara</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Alt+T: tutup acara · Enter atau Esc: kembali tanpa menutup</source>
        <translation>Alt+T: tutup acara · Enter atau Esc: kembali tanpa menutup</translation>
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
        <translation>Nama</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Kode wilayah</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Penghasilan</source>
        <translation>Penghasilan</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sumber iuran</source>
        <translation>Sumber iuran</translation>
    </message>
    <message>
        <source>Sub-sumber</source>
        <translation>Sub-sumber</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Konflik NIK %s</source>
        <translation>Konflik NIK %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kolom&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolom&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data pertama&lt;/b&gt; (%s)</source>
        <translation>&lt;b&gt;Data pertama&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data kedua&lt;/b&gt; (%s)</source>
        <translation>&lt;b&gt;Data kedua&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>catatan (mis. hasil menelepon peserta)</source>
        <translation>catatan (mis. hasil menelepon peserta)</translation>
    </message>
    <message>
        <source>Pakai data pertama</source>
        <translation>Pakai data pertama</translation>
    </message>
    <message>
        <source>Pakai data kedua</source>
        <translation>Pakai data kedua</translation>
    </message>
    <message>
        <source>Gabungkan pilihan</source>
        <translation>Gabungkan pilihan</translation>
    </message>
    <message>
        <source>Orang berbeda…</source>
        <translation>Orang berbeda…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Dua catatan dengan NIK yang sama. Pilih yang benar, gabungkan per kolom, atau tandai orang berbeda (lalu NIK salah satunya harus dibetulkan).</source>
        <translation>Dua catatan dengan NIK yang sama. Pilih yang benar, gabungkan per kolom, atau tandai orang berbeda (lalu NIK salah satunya harus dibetulkan).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Teks persetujuan (%s)</source>
        <translation>Teks persetujuan (%s)</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Hari ini</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Semua pendaftaran</source>
        <translation>Semua pendaftaran</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Muat ulang (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Simpan laporan PDF…</source>
        <translation>Simpan laporan PDF…</translation>
    </message>
    <message>
        <source>Simpan laporan Excel…</source>
        <translation>Simpan laporan Excel…</translation>
    </message>
    <message>
        <source>Tampilkan:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>peserta aktif</source>
        <translation>peserta aktif</translation>
    </message>
    <message>
        <source>iuran bulan pertama</source>
        <translation>iuran bulan pertama</translation>
    </message>
    <message>
        <source>iuran untuk periode bayar</source>
        <translation>iuran untuk periode bayar</translation>
    </message>
    <message>
        <source>slip dicetak</source>
        <translation>slip dicetak</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Cakupan kabupaten/kota:</source>
        <translation>Cakupan kabupaten/kota:</translation>
    </message>
    <message>
        <source>Peserta per sektor</source>
        <translation>Peserta per sektor</translation>
    </message>
    <message>
        <source>Peserta per pembayar iuran</source>
        <translation>Peserta per pembayar iuran</translation>
    </message>
    <message>
        <source>Kecamatan terbanyak</source>
        <translation>Kecamatan terbanyak</translation>
    </message>
    <message>
        <source>Kelompok terbanyak</source>
        <translation>Kelompok terbanyak</translation>
    </message>
    <message>
        <source>Iuran per bulan pendaftaran (Rp)</source>
        <translation>Iuran per bulan pendaftaran (Rp)</translation>
    </message>
    <message>
        <source>Iuran per tahun pendaftaran (Rp)</source>
        <translation>Iuran per tahun pendaftaran (Rp)</translation>
    </message>
    <message>
        <source>belum ada acara untuk ditampilkan</source>
        <translation>belum ada acara untuk ditampilkan</translation>
    </message>
    <message>
        <source>%s — %s</source>
        <translation>%s — %s</translation>
    </message>
    <message>
        <source>Laporan penutupan acara</source>
        <translation>Laporan penutupan acara</translation>
    </message>
    <message>
        <source>Rekapitulasi</source>
        <translation>Rekapitulasi</translation>
    </message>
    <message>
        <source>semua pendaftaran</source>
        <translation>semua pendaftaran</translation>
    </message>
    <message>
        <source>%s peserta aktif dari target %s (%d%% dari %s pekerja rentan)</source>
        <translation>%s peserta aktif dari target %s (%d%% dari %s pekerja rentan)</translation>
    </message>
    <message>
        <source>belum ada target</source>
        <translation>belum ada target</translation>
    </message>
    <message>
        <source>%s peserta aktif. Isi jumlah pekerja rentan di Pengaturan (Ctrl+,) untuk melihat cakupan.</source>
        <translation>%s peserta aktif. Isi jumlah pekerja rentan di Pengaturan (Ctrl+,) untuk melihat cakupan.</translation>
    </message>
    <message>
        <source>%s peserta aktif. Cakupan tampil setelah supervisor mengisi jumlah pekerja rentan di Pengaturan.</source>
        <translation>%s peserta aktif. Cakupan tampil setelah supervisor mengisi jumlah pekerja rentan di Pengaturan.</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
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
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Menulis laporan</source>
        <translation>Menulis laporan</translation>
    </message>
    <message>
        <source>Laporan tersimpan di %s</source>
        <translation>Laporan tersimpan di %s</translation>
    </message>
    <message>
        <source>Laporan tidak tersimpan: %s</source>
        <translation>Laporan tidak tersimpan: %s</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>Data peserta — %s</source>
        <translation>Data peserta — %s</translation>
    </message>
    <message>
        <source>Alasan koreksi, wajib: mis. nama salah ketik, sesuai KTP (Enter: simpan)</source>
        <extracomment>what the last save changed (field names) and the revision it made</extracomment>
        <translation>Alasan koreksi, wajib: mis. nama salah ketik, sesuai KTP (Enter: simpan)</translation>
    </message>
    <message>
        <source>Status: %s · revisi %d · acara %s · persetujuan %s</source>
        <translation>Status: %s · revisi %d · acara %s · persetujuan %s</translation>
    </message>
    <message>
        <source> · alasan batal: %s</source>
        <translation> · alasan batal: %s</translation>
    </message>
    <message>
        <source>koreksi</source>
        <translation>koreksi</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Simpan koreksi (Ctrl+S)</source>
        <translation>Simpan koreksi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cetak ulang slip (Ctrl+R)</source>
        <translation>Cetak ulang slip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cetak bukti persetujuan</source>
        <translation>Cetak bukti persetujuan</translation>
    </message>
    <message>
        <source>Hapus data pribadi…</source>
        <translation>Hapus data pribadi…</translation>
    </message>
    <message>
        <source>&amp;Alasan koreksi</source>
        <translation>&amp;Alasan koreksi</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Riwayat perubahan</translation>
    </message>
    <message>
        <source>Buang perubahan?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>Perubahan yang sudah diketik belum disimpan. Buang perubahan dan tutup?</source>
        <translation>Perubahan yang sudah diketik belum disimpan. Buang perubahan dan tutup?</translation>
    </message>
    <message>
        <source>&amp;Buang dan tutup</source>
        <translation>&amp;Buang dan tutup</translation>
    </message>
    <message>
        <source>&amp;Kembali mengedit</source>
        <translation>&amp;Kembali mengedit</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Belum tersimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>Belum tersimpan: tulis alasan koreksi (paling sedikit %d huruf), lalu tekan Enter.</source>
        <translation>Belum tersimpan: tulis alasan koreksi (paling sedikit %d huruf), lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Data pribadi peserta dihapus; tanda terhapus tetap disimpan.</source>
        <translation>Data pribadi peserta dihapus; tanda terhapus tetap disimpan.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Koreksi tersimpan (revisi %d): %s.</source>
        <translation>Koreksi tersimpan (revisi %d): %s.</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Acara baru… (Ctrl+N)</source>
        <extracomment>the signed-in officer's name, the first of a new event's officers</extracomment>
        <translation>Acara baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Tutup acara…</source>
        <translation>Tutup acara…</translation>
    </message>
    <message>
        <source>Acara:</source>
        <translation>Acara:</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Slip dicetak</source>
        <translation>Slip dicetak</translation>
    </message>
    <message>
        <source>dibuka</source>
        <translation>dibuka</translation>
    </message>
    <message>
        <source>ditutup</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Belum ada acara. Buat acara hari ini dengan Ctrl+N.</source>
        <translation>Belum ada acara. Buat acara hari ini dengan Ctrl+N.</translation>
    </message>
    <message>
        <source>Iuran bulan pertama dari peserta acara ini: %s</source>
        <translation>Iuran bulan pertama dari peserta acara ini: %s</translation>
    </message>
    <message>
        <source>Tutup acara</source>
        <translation>Tutup acara</translation>
    </message>
</context>
<context>
    <name>FormRow</name>
    <message>
        <source>Rombongan (tetap untuk peserta berikutnya)</source>
        <translation>Rombongan (tetap untuk peserta berikutnya)</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Kelompok baru (Ctrl+N)</source>
        <translation>Kelompok baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>nomor PKS / MoU, jika ada</source>
        <translation>nomor PKS / MoU, jika ada</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, kosong jika belum ada; F4: kalender</source>
        <translation>HH-BB-TTTT, kosong jika belum ada; F4: kalender</translation>
    </message>
    <message>
        <source>Simpan kelompok (Ctrl+S)</source>
        <translation>Simpan kelompok (Ctrl+S)</translation>
    </message>
    <message>
        <source>Enter atau Ctrl+S menyimpan; Esc membatalkan perubahan</source>
        <translation>Enter atau Ctrl+S menyimpan; Esc membatalkan perubahan</translation>
    </message>
    <message>
        <source>Nama kelompok</source>
        <translation>Nama kelompok</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>NIK ketua</source>
        <translation>NIK ketua</translation>
    </message>
    <message>
        <source>HP ketua</source>
        <translation>HP ketua</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>No. perjanjian</source>
        <translation>No. perjanjian</translation>
    </message>
    <message>
        <source>Tanggal perjanjian</source>
        <translation>Tanggal perjanjian</translation>
    </message>
    <message>
        <source>Tambah peserta…</source>
        <translation>Tambah peserta…</translation>
    </message>
    <message>
        <source>Impor daftar anggota…</source>
        <translation>Impor daftar anggota…</translation>
    </message>
    <message>
        <source>Keluarkan dari kelompok… (Del)</source>
        <translation>Keluarkan dari kelompok… (Del)</translation>
    </message>
    <message>
        <source>Peserta yang dipilih di daftar keluar dari kelompok ini; mereka tetap terdaftar</source>
        <translation>Peserta yang dipilih di daftar keluar dari kelompok ini; mereka tetap terdaftar</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <extracomment>the form's fields: Enter in any of them saves, Esc drops what was typed there</extracomment>
        <translation>Batalkan perubahan</translation>
    </message>
    <message>
        <source>Isian kelompok ini belum disimpan. Buang yang sudah diketik?</source>
        <translation>Isian kelompok ini belum disimpan. Buang yang sudah diketik?</translation>
    </message>
    <message>
        <source>Simpan kelompok dulu, lalu isi anggotanya.</source>
        <translation>Simpan kelompok dulu, lalu isi anggotanya.</translation>
    </message>
    <message>
        <source>%d anggota</source>
        <translation>%d anggota</translation>
    </message>
    <message>
        <source>Kelompok tersimpan.</source>
        <translation>Kelompok tersimpan.</translation>
    </message>
    <message>
        <source>%d peserta ditambahkan ke kelompok.</source>
        <translation>%d peserta ditambahkan ke kelompok.</translation>
    </message>
    <message>
        <source>Keluarkan dari kelompok</source>
        <translation>Keluarkan dari kelompok</translation>
    </message>
    <message>
        <source>Pilih dulu peserta di daftar anggota (panah atas/bawah, Shift untuk beberapa), lalu tekan Delete.</source>
        <translation>Pilih dulu peserta di daftar anggota (panah atas/bawah, Shift untuk beberapa), lalu tekan Delete.</translation>
    </message>
    <message>
        <source>Keluarkan %d peserta dari kelompok ini? Mereka tetap terdaftar, tanpa kelompok.</source>
        <translation>Keluarkan %d peserta dari kelompok ini? Mereka tetap terdaftar, tanpa kelompok.</translation>
    </message>
    <message>
        <source>%d peserta dikeluarkan dari kelompok.</source>
        <translation>%d peserta dikeluarkan dari kelompok.</translation>
    </message>
    <message>
        <source>Impor daftar anggota</source>
        <translation>Impor daftar anggota</translation>
    </message>
    <message>
        <source>Tabel (*.xlsx *.csv)</source>
        <translation>Tabel (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Pilih atau buat acara dulu (tab Acara).</source>
        <translation>Pilih atau buat acara dulu (tab Acara).</translation>
    </message>
    <message>
        <source>Impor ditolak</source>
        <translation>Impor ditolak</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Impor gagal</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Hasil impor daftar anggota</source>
        <translation>Hasil impor daftar anggota</translation>
    </message>
    <message>
        <source>Dibaca %d baris: %d diimpor, %d ditolak, %d NIK ganda.</source>
        <translation>Dibaca %d baris: %d diimpor, %d ditolak, %d NIK ganda.</translation>
    </message>
    <message>
        <source> Impor dihentikan sebelum selesai.</source>
        <translation> Impor dihentikan sebelum selesai.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Simpan daftar tolakan…</source>
        <translation>Simpan daftar tolakan…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Simpan daftar tolakan</source>
        <translation>Simpan daftar tolakan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Tidak bisa menyimpan: %s</source>
        <translation>Tidak bisa menyimpan: %s</translation>
    </message>
</context>
<context>
    <name>Lindungi</name>
    <message>
        <source>Tidak ada di daftar: ketik sebagian namanya lalu pilih yang ditawarkan.</source>
        <extracomment>the two keys a person means by Enter (the main keyboard's and the number pad's)</extracomment>
        <translation>Tidak ada di daftar: ketik sebagian namanya lalu pilih yang ditawarkan.</translation>
    </message>
    <message>
        <source>Tanggal belum lengkap: ketik 8 angka, hari-bulan-tahun.</source>
        <translation>Tanggal belum lengkap: ketik 8 angka, hari-bulan-tahun.</translation>
    </message>
    <message>
        <source>Tanggal ini tidak ada di kalender.</source>
        <translation>Tanggal ini tidak ada di kalender.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%s: %d dari %d baris</source>
        <translation>%s: %d dari %d baris</translation>
    </message>
    <message>
        <source>(tidak bisa ditulis; lihat lindungi.log)</source>
        <translation>(tidak bisa ditulis; lihat lindungi.log)</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program (bukan kesalahan Anda). Laporan kesalahan: %s. Kirim berkas itu ke admin.</source>
        <translation>Terjadi kesalahan program (bukan kesalahan Anda). Laporan kesalahan: %s. Kirim berkas itu ke admin.</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Kesalahan program</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program (bukan kesalahan Anda).

Laporan kesalahan disimpan di:
%s
Kirim berkas itu ke admin.

Isian pendaftaran yang belum tersimpan sudah disimpan sebagai draf dan dipulihkan saat program dibuka lagi. Program bisa dipakai terus; bila kesalahan ini berulang, tutup lalu buka lagi program.</source>
        <translation>Terjadi kesalahan program (bukan kesalahan Anda).

Laporan kesalahan disimpan di:
%s
Kirim berkas itu ke admin.

Isian pendaftaran yang belum tersimpan sudah disimpan sebagai draf dan dipulihkan saat program dibuka lagi. Program bisa dipakai terus; bila kesalahan ini berulang, tutup lalu buka lagi program.</translation>
    </message>
    <message>
        <source>ketik nama kabupaten/kota</source>
        <translation>ketik nama kabupaten/kota</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Layar dikunci</source>
        <translation>Layar dikunci</translation>
    </message>
    <message>
        <source>Petugas %s: ketik kata sandi untuk melanjutkan. Isian yang belum disimpan tetap ada.</source>
        <translation>Petugas %s: ketik kata sandi untuk melanjutkan. Isian yang belum disimpan tetap ada.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas…</source>
        <translation>&amp;Ganti petugas…</translation>
    </message>
    <message>
        <source>Petugas lain masuk dengan akunnya sendiri. Isian pendaftaran yang belum disimpan tetap menjadi draf petugas ini.</source>
        <translation>Petugas lain masuk dengan akunnya sendiri. Isian pendaftaran yang belum disimpan tetap menjadi draf petugas ini.</translation>
    </message>
    <message>
        <source>Petugas lain bisa masuk setelah petugas ini membuka kunci dan menutup jendela yang masih terbuka.</source>
        <translation>Petugas lain bisa masuk setelah petugas ini membuka kunci dan menutup jendela yang masih terbuka.</translation>
    </message>
    <message>
        <source>Lindungi — ganti petugas</source>
        <translation>Lindungi — ganti petugas</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Lindungi — masuk</source>
        <translation>Lindungi — masuk</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database di %s rusak dan tidak ada cadangan yang utuh. Salin folder itu untuk kantor, lalu hubungi admin.</source>
        <extracomment>Asks who is working; returns the officer, or None when the person gave up. Offered the backups of a damaged database; returns the one to restore, or None.</extracomment>
        <translation>Database di %s rusak dan tidak ada cadangan yang utuh. Salin folder itu untuk kantor, lalu hubungi admin.</translation>
    </message>
    <message>
        <source>Database dipulihkan</source>
        <translation>Database dipulihkan</translation>
    </message>
    <message>
        <source>Data tidak bisa dibuka: %s.</source>
        <translation>Data tidak bisa dibuka: %s.</translation>
    </message>
    <message>
        <source>Database rusak</source>
        <translation>Database rusak</translation>
    </message>
    <message>
        <source>Pemeriksaan menyeluruh menemukan kerusakan pada database. Simpan pekerjaan, tutup program, lalu buka lagi: program akan menawarkan cadangan terakhir.</source>
        <translation>Pemeriksaan menyeluruh menemukan kerusakan pada database. Simpan pekerjaan, tutup program, lalu buka lagi: program akan menawarkan cadangan terakhir.</translation>
    </message>
    <message>
        <source>Lindungi — pendaftaran peserta BPU</source>
        <extracomment>how long closing waits for background work (a backup, a count) before refusing</extracomment>
        <translation>Lindungi — pendaftaran peserta BPU</translation>
    </message>
    <message>
        <source>Menyiapkan data…</source>
        <translation>Menyiapkan data…</translation>
    </message>
    <message>
        <source>Lindungi</source>
        <translation>Lindungi</translation>
    </message>
    <message>
        <source>Acara: —</source>
        <translation>Acara: —</translation>
    </message>
    <message>
        <source>&amp;Meja</source>
        <translation>&amp;Meja</translation>
    </message>
    <message>
        <source>&amp;Kunci sekarang</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Tutup Lindungi</source>
        <translation>&amp;Tutup Lindungi</translation>
    </message>
    <message>
        <source>&amp;Halaman</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>&amp;Bantuan</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Tentang Lindungi</source>
        <translation>&amp;Tentang Lindungi</translation>
    </message>
    <message>
        <source>Pengaturan (Ctrl+,)</source>
        <translation>Pengaturan (Ctrl+,)</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Sinkron</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <source>Dasbor</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Privasi</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>%s (%s)</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>Petugas: %s (%s)</source>
        <translation>Petugas: %s (%s)</translation>
    </message>
    <message>
        <source>Petugas: tanpa akun</source>
        <translation>Petugas: tanpa akun</translation>
    </message>
    <message>
        <source>Perangkat: %s</source>
        <translation>Perangkat: %s</translation>
    </message>
    <message>
        <source>tanpa akun</source>
        <translation>tanpa akun</translation>
    </message>
    <message>
        <source>Petugas: %s · data: %s</source>
        <translation>Petugas: %s · data: %s</translation>
    </message>
    <message>
        <source>Isian pendaftaran %s yang belum disimpan disimpan sebagai drafnya; muncul lagi saat ia masuk kembali.</source>
        <translation>Isian pendaftaran %s yang belum disimpan disimpan sebagai drafnya; muncul lagi saat ia masuk kembali.</translation>
    </message>
    <message>
        <source>Acara: belum dipilih</source>
        <translation>Acara: belum dipilih</translation>
    </message>
    <message>
        <source> (ditutup)</source>
        <translation> (ditutup)</translation>
    </message>
    <message>
        <source>Acara: %s, %s</source>
        <translation>Acara: %s, %s</translation>
    </message>
    <message>
        <source>Tutup Lindungi</source>
        <translation>Tutup Lindungi</translation>
    </message>
    <message>
        <source>Lindungi masih menyelesaikan pekerjaan di latar belakang (mis. membuat cadangan). Tunggu sebentar, lalu tutup lagi.</source>
        <translation>Lindungi masih menyelesaikan pekerjaan di latar belakang (mis. membuat cadangan). Tunggu sebentar, lalu tutup lagi.</translation>
    </message>
    <message>
        <source>Masih ada %d pekerjaan cetak di antrean (%d slip) yang belum tercetak. Semuanya tetap tersimpan: saat Lindungi dibuka lagi, pekerjaan itu menunggu di tab Cetak dengan nomor slip yang sama, dan slipnya baru dihitung setelah kertasnya keluar. Tutup sekarang?</source>
        <translation>Masih ada %d pekerjaan cetak di antrean (%d slip) yang belum tercetak. Semuanya tetap tersimpan: saat Lindungi dibuka lagi, pekerjaan itu menunggu di tab Cetak dengan nomor slip yang sama, dan slipnya baru dihitung setelah kertasnya keluar. Tutup sekarang?</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Lihat antrean</source>
        <translation>Lihat antrean</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
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
        <translation>Mei</translation>
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
        <translation>Agu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Des</translation>
    </message>
    <message>
        <source>16 angka dari KTP</source>
        <extracomment>villages offered before a NIK says where the person lives (the event's area)</extracomment>
        <translation>16 angka dari KTP</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, diisi dari NIK; F4: kalender</source>
        <translation>HH-BB-TTTT, diisi dari NIK; F4: kalender</translation>
    </message>
    <message>
        <source>jalan, nomor, RT/RW</source>
        <translation>jalan, nomor, RT/RW</translation>
    </message>
    <message>
        <source>ketik nama desa/kelurahan</source>
        <translation>ketik nama desa/kelurahan</translation>
    </message>
    <message>
        <source>ketik nama pekerjaan</source>
        <translation>ketik nama pekerjaan</translation>
    </message>
    <message>
        <source>Ikut JHT (2% penghasilan, tidak wajib)</source>
        <translation>Ikut JHT (2% penghasilan, tidak wajib)</translation>
    </message>
    <message>
        <source>Peserta menyetujui pemrosesan datanya (F1: baca teks persetujuan)</source>
        <translation>Peserta menyetujui pemrosesan datanya (F1: baca teks persetujuan)</translation>
    </message>
    <message>
        <source>mis. DBHCHT</source>
        <translation>mis. DBHCHT</translation>
    </message>
    <message>
        <source>Mata anggaran yang membayar (APBD, APBDes, APBN)</source>
        <translation>Mata anggaran yang membayar (APBD, APBDes, APBN)</translation>
    </message>
    <message>
        <source>1 bulan</source>
        <translation>1 bulan</translation>
    </message>
    <message>
        <source>%d bulan</source>
        <translation>%d bulan</translation>
    </message>
    <message>
        <source>(tanpa kelompok)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>ketik nama kelompok</source>
        <translation>ketik nama kelompok</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama (sesuai KTP)</source>
        <translation>Nama (sesuai KTP)</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Nama usaha</translation>
    </message>
    <message>
        <source>Penghasilan sebulan (Rp)</source>
        <translation>Penghasilan sebulan (Rp)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Sumber iuran</source>
        <translation>Sumber iuran</translation>
    </message>
    <message>
        <source>Sub-sumber</source>
        <translation>Sub-sumber</translation>
    </message>
    <message>
        <source>Periode bayar</source>
        <translation>Periode bayar</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>%s (dilewati Enter)</source>
        <translation>%s (dilewati Enter)</translation>
    </message>
    <message>
        <source>%d dari 16 angka</source>
        <translation>%d dari 16 angka</translation>
    </message>
    <message>
        <source>%s (kecamatan)</source>
        <translation>%s (kecamatan)</translation>
    </message>
    <message>
        <source>tanpa kelompok</source>
        <extracomment>optional fields the Enter chain passes over at this event (keys of `boxes`)</extracomment>
        <translation>tanpa kelompok</translation>
    </message>
    <message>
        <source>Iuran belum bisa dihitung: %s</source>
        <translation>Iuran belum bisa dihitung: %s</translation>
    </message>
    <message>
        <source>Iuran per bulan: %s (%s)</source>
        <translation>Iuran per bulan: %s (%s)</translation>
    </message>
    <message>
        <source>Iuran %s: %s</source>
        <translation>Iuran %s: %s</translation>
    </message>
    <message>
        <source>Iuran %s: %s per bulan</source>
        <translation>Iuran %s: %s per bulan</translation>
    </message>
    <message>
        <source>%s ke atas</source>
        <translation>%s ke atas</translation>
    </message>
    <message>
        <source>sampai %s</source>
        <translation>sampai %s</translation>
    </message>
    <message>
        <source>Tingkat penghasilan %s, dasar iuran %s</source>
        <translation>Tingkat penghasilan %s, dasar iuran %s</translation>
    </message>
    <message>
        <source>Bayar %d bulan: %s (%s)</source>
        <translation>Bayar %d bulan: %s (%s)</translation>
    </message>
    <message>
        <source>Termasuk potongan %d%% %s (%s)</source>
        <translation>Termasuk potongan %d%% %s (%s)</translation>
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
        <translation>Nama</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kirim ke kantor</source>
        <translation>Kirim ke kantor</translation>
    </message>
    <message>
        <source>Kec. %s</source>
        <translation>Kec. %s</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Cari nama, NIK (6 angka depan atau 4 angka belakang) atau nomor HP (Ctrl+F)</source>
        <translation>Cari nama, NIK (6 angka depan atau 4 angka belakang) atau nomor HP (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Buka / koreksi (Enter)</source>
        <translation>Buka / koreksi (Enter)</translation>
    </message>
    <message>
        <source>Batalkan… (Del)</source>
        <translation>Batalkan… (Del)</translation>
    </message>
    <message>
        <source>Cetak ulang slip (Ctrl+R)</source>
        <translation>Cetak ulang slip (Ctrl+R)</translation>
    </message>
    <message>
        <source>Semua acara</source>
        <extracomment>what the last correction or void saved (field names only)</extracomment>
        <translation>Semua acara</translation>
    </message>
    <message>
        <source>Semua kelompok</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>%s peserta</source>
        <translation>%s peserta</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Pendaftaran ini sudah dibatalkan.</source>
        <translation>Pendaftaran ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Pendaftaran dibatalkan; datanya tetap disimpan, dicoret.</source>
        <translation>Pendaftaran dibatalkan; datanya tetap disimpan, dicoret.</translation>
    </message>
</context>
<context>
    <name>NewDeviceDialog</name>
    <message>
        <source>Laptop baru</source>
        <translation>Laptop baru</translation>
    </message>
    <message>
        <source>&lt;p&gt;Batch &lt;b&gt;%s&lt;/b&gt; datang dari laptop yang belum dikenal kantor ini: &lt;b&gt;%s&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sidik jari kunci laptop itu: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Minta petugas laptop membuka halaman Sinkron di laptopnya (atau bacakan lewat telepon) dan bandingkan sidik jarinya. Percayai hanya jika sama persis; jika berbeda, jangan impor: batch itu mungkin bukan dari laptop tersebut.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Batch &lt;b&gt;%s&lt;/b&gt; datang dari laptop yang belum dikenal kantor ini: &lt;b&gt;%s&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sidik jari kunci laptop itu: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Minta petugas laptop membuka halaman Sinkron di laptopnya (atau bacakan lewat telepon) dan bandingkan sidik jarinya. Percayai hanya jika sama persis; jika berbeda, jangan impor: batch itu mungkin bukan dari laptop tersebut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — percayai dan impor</source>
        <translation>Sidik jari sama — percayai dan impor</translation>
    </message>
    <message>
        <source>Jangan impor</source>
        <translation>Jangan impor</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>Acara baru</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>mis. Sosialisasi BPJS Ketenagakerjaan UMKM</source>
        <translation>mis. Sosialisasi BPJS Ketenagakerjaan UMKM</translation>
    </message>
    <message>
        <source>HH-BB-TTTT; F4: kalender</source>
        <translation>HH-BB-TTTT; F4: kalender</translation>
    </message>
    <message>
        <source>ketik nama kecamatan</source>
        <translation>ketik nama kecamatan</translation>
    </message>
    <message>
        <source>nama petugas, pisahkan dengan koma</source>
        <translation>nama petugas, pisahkan dengan koma</translation>
    </message>
    <message>
        <source>Nama acara</source>
        <translation>Nama acara</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Buat acara</source>
        <translation>Buat acara</translation>
    </message>
    <message>
        <source>Isi tanggal acara.</source>
        <translation>Isi tanggal acara.</translation>
    </message>
    <message>
        <source>Pilih kecamatan tempat acara.</source>
        <translation>Pilih kecamatan tempat acara.</translation>
    </message>
</context>
<context>
    <name>OfficeKeyDialog</name>
    <message>
        <source>Pasang kunci kantor</source>
        <translation>Pasang kunci kantor</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kunci kantor &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sidik jari: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cocokkan sidik jari ini dengan yang tertulis di halaman Sinkron komputer kantor (atau tanyakan lewat telepon). Pasang hanya jika sama persis: sesudah itu batch dari laptop ini dienkripsi untuk kantor ini, dan tanda terimanya dipercaya.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kunci kantor &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sidik jari: &lt;b style='font-size:15px'&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cocokkan sidik jari ini dengan yang tertulis di halaman Sinkron komputer kantor (atau tanyakan lewat telepon). Pasang hanya jika sama persis: sesudah itu batch dari laptop ini dienkripsi untuk kantor ini, dan tanda terimanya dipercaya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — pasang kunci kantor</source>
        <translation>Sidik jari sama — pasang kunci kantor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Laptop ini sudah mempercayai kantor lain.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kantor sekarang: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kunci baru: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ganti hanya dengan sengaja, misalnya kantor memasang komputer baru: cocokkan sidik jari baru dengan kantor. Sesudah diganti, batch dienkripsi untuk kunci baru dan kantor lama tidak bisa membacanya.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Laptop ini sudah mempercayai kantor lain.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kantor sekarang: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kunci baru: &lt;b&gt;%s&lt;/b&gt;, sidik jari &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ganti hanya dengan sengaja, misalnya kantor memasang komputer baru: cocokkan sidik jari baru dengan kantor. Sesudah diganti, batch dienkripsi untuk kunci baru dan kantor lama tidak bisa membacanya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sidik jari sama — ganti kunci kantor</source>
        <translation>Sidik jari sama — ganti kunci kantor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Akun petugas</source>
        <translation>Akun petugas</translation>
    </message>
    <message>
        <source>dicetak di slip, mis. Sri Wahyuni</source>
        <translation>dicetak di slip, mis. Sri Wahyuni</translation>
    </message>
    <message>
        <source>Akun aktif</source>
        <translation>Akun aktif</translation>
    </message>
    <message>
        <source>isi agar petugas ini bisa masuk di sini</source>
        <translation>isi agar petugas ini bisa masuk di sini</translation>
    </message>
    <message>
        <source>kosongkan bila tidak diganti</source>
        <translation>kosongkan bila tidak diganti</translation>
    </message>
    <message>
        <source>minimal 10 karakter, mis. kopi pagi di pasar</source>
        <translation>minimal 10 karakter, mis. kopi pagi di pasar</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Isi nama lengkap: nama ini dicetak di slip sebagai petugas.</source>
        <translation>Isi nama lengkap: nama ini dicetak di slip sebagai petugas.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Belum bisa masuk di sini: akun dari {device} (peran di sana: {role}). Peran ini berlaku di sini setelah diberi kata sandi.</source>
        <translation>Belum bisa masuk di sini: akun dari {device} (peran di sana: {role}). Peran ini berlaku di sini setelah diberi kata sandi.</translation>
    </message>
    <message>
        <source>perangkat lain</source>
        <translation>perangkat lain</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Pratinjau — %s</source>
        <translation>Pratinjau — %s</translation>
    </message>
    <message>
        <source>%d halaman · %d slip · format %s</source>
        <translation>%d halaman · %d slip · format %s</translation>
    </message>
    <message>
        <source>Cetak… (Ctrl+P)</source>
        <translation>Cetak… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF… (Ctrl+S)</source>
        <translation>Simpan PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Tidak diberi slip: %s</source>
        <translation>Tidak diberi slip: %s</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang. Slip ini masuk antrean cetak dan belum dihitung tercetak; cetak nanti dari tab Cetak.</source>
        <translation>Tidak ada printer terpasang. Slip ini masuk antrean cetak dan belum dihitung tercetak; cetak nanti dari tab Cetak.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>PRATINJAU: %d halaman · %d slip (%d salinan) · format %s. Belum tercetak: nomor slip baru diberikan dan slip dihitung saat dicetak atau disimpan.</source>
        <translation>PRATINJAU: %d halaman · %d slip (%d salinan) · format %s. Belum tercetak: nomor slip baru diberikan dan slip dihitung saat dicetak atau disimpan.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Tidak bisa menyimpan: %s</source>
        <translation>Tidak bisa menyimpan: %s</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Berkas cetak tidak terbaca; buat ulang dari menu Cetak.</source>
        <translation>Berkas cetak tidak terbaca; buat ulang dari menu Cetak.</translation>
    </message>
    <message>
        <source>Printer menolak pekerjaan ini; periksa kertas dan sambungannya.</source>
        <translation>Printer menolak pekerjaan ini; periksa kertas dan sambungannya.</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Pratinjau / cetak</source>
        <translation>Pratinjau / cetak</translation>
    </message>
    <message>
        <source>Cetak semua antrean</source>
        <translation>Cetak semua antrean</translation>
    </message>
    <message>
        <source>Hapus dari antrean</source>
        <translation>Hapus dari antrean</translation>
    </message>
    <message>
        <source>Antrean cetak</source>
        <translation>Antrean cetak</translation>
    </message>
    <message>
        <source>Printer berhenti di tengah pekerjaan; periksa kertasnya lalu pilih di tab Cetak.</source>
        <translation>Printer berhenti di tengah pekerjaan; periksa kertasnya lalu pilih di tab Cetak.</translation>
    </message>
    <message>
        <source>Cetak ulang slip</source>
        <translation>Cetak ulang slip</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>terkirim, belum dipastikan: periksa kertasnya</source>
        <translation>terkirim, belum dipastikan: periksa kertasnya</translation>
    </message>
    <message>
        <source>menunggu printer</source>
        <translation>menunggu printer</translation>
    </message>
    <message>
        <source>Sudah tercetak…</source>
        <translation>Sudah tercetak…</translation>
    </message>
    <message>
        <source>Untuk pekerjaan yang kertasnya sudah keluar tetapi belum tercatat (mis. program terhenti saat mencetak): slipnya dihitung dengan nomor yang tercetak.</source>
        <translation>Untuk pekerjaan yang kertasnya sudah keluar tetapi belum tercatat (mis. program terhenti saat mencetak): slipnya dihitung dengan nomor yang tercetak.</translation>
    </message>
    <message>
        <source>Slip peserta acara ini yang belum punya…</source>
        <translation>Slip peserta acara ini yang belum punya…</translation>
    </message>
    <message>
        <source>Slip anggota yang belum punya…</source>
        <translation>Slip anggota yang belum punya…</translation>
    </message>
    <message>
        <source>Daftar &amp;&amp; tagihan kelompok…</source>
        <translation>Daftar &amp;&amp; tagihan kelompok…</translation>
    </message>
    <message>
        <source>Halaman uji printer…</source>
        <translation>Halaman uji printer…</translation>
    </message>
    <message>
        <source>Buat cetakan</source>
        <translation>Buat cetakan</translation>
    </message>
    <message>
        <source>Format slip</source>
        <translation>Format slip</translation>
    </message>
    <message>
        <source>Acara</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Kelompok</translation>
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
        <translation>Tidak ada printer terpasang: cetakan menunggu di sini.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Tidak ada printer terpasang; antrean tetap disimpan.</source>
        <translation>Tidak ada printer terpasang; antrean tetap disimpan.</translation>
    </message>
    <message>
        <source>Hapus "%s" dari antrean? Slipnya belum tercetak dan tidak dihitung; nomor yang disiapkan untuknya tidak dipakai lagi.</source>
        <translation>Hapus "%s" dari antrean? Slipnya belum tercetak dan tidak dihitung; nomor yang disiapkan untuknya tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>Sudah tercetak</source>
        <translation>Sudah tercetak</translation>
    </message>
    <message>
        <source>Apakah kertas "%s" (%d slip) sudah keluar dari printer? Slipnya dihitung tercetak dengan nomor yang ada di kertas itu.</source>
        <translation>Apakah kertas "%s" (%d slip) sudah keluar dari printer? Slipnya dihitung tercetak dengan nomor yang ada di kertas itu.</translation>
    </message>
    <message>
        <source>(dipastikan petugas)</source>
        <translation>(dipastikan petugas)</translation>
    </message>
    <message>
        <source>Tidak diberi slip: %s</source>
        <translation>Tidak diberi slip: %s</translation>
    </message>
    <message>
        <source>Slip acara</source>
        <translation>Slip acara</translation>
    </message>
    <message>
        <source>Slip kelompok</source>
        <translation>Slip kelompok</translation>
    </message>
    <message>
        <source>Tagihan kelompok</source>
        <translation>Tagihan kelompok</translation>
    </message>
    <message>
        <source>(belum ada printer)</source>
        <translation>(belum ada printer)</translation>
    </message>
    <message>
        <source>Halaman uji</source>
        <translation>Halaman uji</translation>
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
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Enkripsi</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Simpan laporan (JSON)…</source>
        <translation>Simpan laporan (JSON)…</translation>
    </message>
    <message>
        <source>Rincian laporan (isi berkas)</source>
        <translation>Rincian laporan (isi berkas)</translation>
    </message>
    <message>
        <source>Laporan kehilangan perangkat atau USB (3×24 jam)</source>
        <translation>Laporan kehilangan perangkat atau USB (3×24 jam)</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Masa simpan</translation>
    </message>
    <message>
        <source>Impor paket konfigurasi dari kantor…</source>
        <translation>Impor paket konfigurasi dari kantor…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; menyimpan data pribadi &lt;b&gt;%d&lt;/b&gt; peserta (%d dengan nomor HP); &lt;b&gt;%d&lt;/b&gt; belum diterima kantor. %d batch pernah diekspor, &lt;b&gt;%d tanpa enkripsi&lt;/b&gt;. Antrean cetak: %d berkas. Cadangan: %d. Draf terbuka: %s.&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; menyimpan data pribadi &lt;b&gt;%d&lt;/b&gt; peserta (%d dengan nomor HP); &lt;b&gt;%d&lt;/b&gt; belum diterima kantor. %d batch pernah diekspor, &lt;b&gt;%d tanpa enkripsi&lt;/b&gt;. Antrean cetak: %d berkas. Cadangan: %d. Draf terbuka: %s.&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.</source>
        <translation>Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.</translation>
    </message>
    <message>
        <source>TIDAK</source>
        <translation>TIDAK</translation>
    </message>
    <message>
        <source>%d pendaftaran melewati masa simpan %d tahun.</source>
        <translation>%d pendaftaran melewati masa simpan %d tahun.</translation>
    </message>
    <message>
        <source>%s · peserta %s · terakhir diubah %s</source>
        <translation>%s · peserta %s · terakhir diubah %s</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Belum ada cadangan yang utuh.</source>
        <translation>Belum ada cadangan yang utuh.</translation>
    </message>
    <message>
        <source>Pilih cadangan. Pendaftaran sesudah waktu cadangan itu akan hilang dari laptop ini; database sekarang disimpan di sampingnya.</source>
        <translation>Pilih cadangan. Pendaftaran sesudah waktu cadangan itu akan hilang dari laptop ini; database sekarang disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Dipulihkan</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Program ditutup; buka lagi untuk melanjutkan.</source>
        <translation>Program ditutup; buka lagi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Paket konfigurasi</source>
        <translation>Paket konfigurasi</translation>
    </message>
    <message>
        <source>Kantor baru</source>
        <translation>Kantor baru</translation>
    </message>
    <message>
        <source>Paket ditolak</source>
        <translation>Paket ditolak</translation>
    </message>
    <message>
        <source>Paket diterapkan</source>
        <translation>Paket diterapkan</translation>
    </message>
    <message>
        <source>Akun dari kantor: %d.</source>
        <translation>Akun dari kantor: %d.</translation>
    </message>
    <message>
        <source>%d akun kantor tidak bisa masuk di laptop ini: nama penggunanya sudah dipakai akun laptop ini. Minta kantor memberi nama pengguna lain.</source>
        <translation>%d akun kantor tidak bisa masuk di laptop ini: nama penggunanya sudah dipakai akun laptop ini. Minta kantor memberi nama pengguna lain.</translation>
    </message>
    <message>
        <source>Daftar pekerjaan: %d.</source>
        <translation>Daftar pekerjaan: %d.</translation>
    </message>
    <message>
        <source>Aturan iuran dari kantor dipakai.</source>
        <translation>Aturan iuran dari kantor dipakai.</translation>
    </message>
    <message>
        <source>Teks persetujuan dari kantor dipakai.</source>
        <translation>Teks persetujuan dari kantor dipakai.</translation>
    </message>
    <message>
        <source>Acara baru dari kantor: %d.</source>
        <translation>Acara baru dari kantor: %d.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Isian dilewati Enter… (%s)</source>
        <translation>Isian dilewati Enter… (%s)</translation>
    </message>
    <message>
        <source>Buka data peserta (Ctrl+O)</source>
        <translation>Buka data peserta (Ctrl+O)</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan &amp;&amp; cetak (Ctrl+P)</source>
        <translation>Simpan &amp;&amp; cetak (Ctrl+P)</translation>
    </message>
    <message>
        <source>Kosongkan (Esc)</source>
        <translation>Kosongkan (Esc)</translation>
    </message>
    <message>
        <source>Isian yang belum tersimpan dipulihkan.</source>
        <extracomment>a restored draft's batch settings stand for the event shown first</extracomment>
        <translation>Isian yang belum tersimpan dipulihkan.</translation>
    </message>
    <message>
        <source>Belum ada acara: buat acara dulu di tab Acara.</source>
        <translation>Belum ada acara: buat acara dulu di tab Acara.</translation>
    </message>
    <message>
        <source> — acara sudah ditutup, pilih acara lain</source>
        <translation> — acara sudah ditutup, pilih acara lain</translation>
    </message>
    <message>
        <source>Acara: %s, %s</source>
        <translation>Acara: %s, %s</translation>
    </message>
    <message>
        <source>Acara lain: rombongan sekarang %s. Periksa sebelum mendaftar.</source>
        <translation>Acara lain: rombongan sekarang %s. Periksa sebelum mendaftar.</translation>
    </message>
    <message>
        <source>Rombongan: %s</source>
        <translation>Rombongan: %s</translation>
    </message>
    <message>
        <source>Enter melewati %d isian di acara ini.</source>
        <translation>Enter melewati %d isian di acara ini.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %s. Jangan daftar dua kali: buka datanya untuk memeriksa atau membetulkan.</source>
        <translation>NIK ini sudah terdaftar atas nama %s. Jangan daftar dua kali: buka datanya untuk memeriksa atau membetulkan.</translation>
    </message>
    <message>
        <source>Pilih acara yang masih dibuka dulu (tab Acara).</source>
        <translation>Pilih acara yang masih dibuka dulu (tab Acara).</translation>
    </message>
    <message>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Belum tersimpan: perbaiki isian yang bertanda merah.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar; data tidak disimpan.</source>
        <translation>NIK ini sudah terdaftar; data tidak disimpan.</translation>
    </message>
    <message>
        <source>Belum tersimpan: NIK ini sudah terdaftar.</source>
        <translation>Belum tersimpan: NIK ini sudah terdaftar.</translation>
    </message>
    <message>
        <source>Belum tersimpan: %s</source>
        <translation>Belum tersimpan: %s</translation>
    </message>
    <message>
        <source>Tersimpan: %s (%s). Silakan peserta berikutnya.</source>
        <translation>Tersimpan: %s (%s). Silakan peserta berikutnya.</translation>
    </message>
    <message>
        <source>Slip %s</source>
        <translation>Slip %s</translation>
    </message>
    <message>
        <source>Tersimpan, tetapi slip gagal dibuat: %s</source>
        <translation>Tersimpan, tetapi slip gagal dibuat: %s</translation>
    </message>
    <message>
        <source>Tersimpan; slip di antrean cetak (%s)</source>
        <translation>Tersimpan; slip di antrean cetak (%s)</translation>
    </message>
    <message>
        <source>Tersimpan dan dicetak. Silakan peserta berikutnya.</source>
        <translation>Tersimpan dan dicetak. Silakan peserta berikutnya.</translation>
    </message>
    <message>
        <source>Tersimpan. Tidak ada printer: slip menunggu di antrean cetak (tab Cetak).</source>
        <translation>Tersimpan. Tidak ada printer: slip menunggu di antrean cetak (tab Cetak).</translation>
    </message>
    <message>
        <source>Kosongkan isian</source>
        <translation>Kosongkan isian</translation>
    </message>
    <message>
        <source>Isian orang ini belum disimpan. Kosongkan?</source>
        <translation>Isian orang ini belum disimpan. Kosongkan?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Database rusak — pulihkan dari cadangan</source>
        <translation>Database rusak — pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Database tidak bisa dibaca dengan utuh (mungkin listrik padam saat menulis). Pilih cadangan untuk dipulihkan; file yang rusak disimpan di sampingnya.</source>
        <translation>Database tidak bisa dibaca dengan utuh (mungkin listrik padam saat menulis). Pilih cadangan untuk dipulihkan; file yang rusak disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>%s · %s · %d peserta, %d acara</source>
        <translation>%s · %s · %d peserta, %d acara</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Bahasa baru dipakai saat Lindungi dibuka lagi. Slip dan laporan untuk kantor tetap berbahasa Indonesia.</source>
        <translation>Bahasa baru dipakai saat Lindungi dibuka lagi. Slip dan laporan untuk kantor tetap berbahasa Indonesia.</translation>
    </message>
    <message>
        <source>Perangkat ini</source>
        <translation>Perangkat ini</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota asal:</source>
        <translation>&amp;Kabupaten/kota asal:</translation>
    </message>
    <message>
        <source>Hanya administrator yang mengubah kabupaten/kota asal perangkat.</source>
        <translation>Hanya administrator yang mengubah kabupaten/kota asal perangkat.</translation>
    </message>
    <message>
        <source>Target cakupan kabupaten/kota %s</source>
        <translation>Target cakupan kabupaten/kota %s</translation>
    </message>
    <message>
        <source>&amp;Pekerja rentan di wilayah:</source>
        <translation>&amp;Pekerja rentan di wilayah:</translation>
    </message>
    <message>
        <source>&amp;Target cakupan:</source>
        <translation>&amp;Target cakupan:</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang mengubah target.</source>
        <translation>Hanya supervisor atau admin yang mengubah target.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Meja pendaftaran</source>
        <translation>Meja pendaftaran</translation>
    </message>
    <message>
        <source>Kunci &amp;otomatis setelah:</source>
        <translation>Kunci &amp;otomatis setelah:</translation>
    </message>
    <message>
        <source>&amp;Format slip bawaan:</source>
        <translation>&amp;Format slip bawaan:</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang mengubah kunci otomatis dan format slip bawaan.</source>
        <translation>Hanya supervisor atau admin yang mengubah kunci otomatis dan format slip bawaan.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota asal dari daftar.</source>
        <translation>Pilih kabupaten/kota asal dari daftar.</translation>
    </message>
    <message>
        <source>Bahasa tidak tersimpan: %s</source>
        <translation>Bahasa tidak tersimpan: %s</translation>
    </message>
    <message>
        <source>Bahasa diganti. Tutup lalu buka lagi Lindungi untuk memakainya.</source>
        <translation>Bahasa diganti. Tutup lalu buka lagi Lindungi untuk memakainya.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Lindungi — penyiapan pertama</source>
        <translation>Lindungi — penyiapan pertama</translation>
    </message>
    <message>
        <source>mis. Laptop Disperinaker 1</source>
        <translation>mis. Laptop Disperinaker 1</translation>
    </message>
    <message>
        <source>nama pengguna administrator</source>
        <translation>nama pengguna administrator</translation>
    </message>
    <message>
        <source>nama lengkap, tercetak di slip</source>
        <translation>nama lengkap, tercetak di slip</translation>
    </message>
    <message>
        <source>Nama perangkat</source>
        <translation>Nama perangkat</translation>
    </message>
    <message>
        <source>Kabupaten/kota asal</source>
        <translation>Kabupaten/kota asal</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Perangkat ini belum disiapkan. Isi nama perangkat, kabupaten/kota tempat bertugas, dan administrator pertama.</source>
        <translation>Perangkat ini belum disiapkan. Isi nama perangkat, kabupaten/kota tempat bertugas, dan administrator pertama.</translation>
    </message>
    <message>
        <source>Pilih kabupaten/kota asal dari daftar.</source>
        <translation>Pilih kabupaten/kota asal dari daftar.</translation>
    </message>
    <message>
        <source>Isi nama lengkap administrator: nama itu tercetak di slip yang ia cetak.</source>
        <translation>Isi nama lengkap administrator: nama itu tercetak di slip yang ia cetak.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation>Kedua kata sandi tidak sama; ketik ulang.</translation>
    </message>
</context>
<context>
    <name>SkipFieldsDialog</name>
    <message>
        <source>Isian yang dilewati Enter</source>
        <translation>Isian yang dilewati Enter</translation>
    </message>
    <message>
        <source>Centang isian yang tidak dicatat di acara ini: Enter melompatinya. Isian itu tetap bisa diisi dengan Tab, Shift+Tab atau klik.</source>
        <translation>Centang isian yang tidak dicatat di acara ini: Enter melompatinya. Isian itu tetap bisa diisi dengan Tab, Shift+Tab atau klik.</translation>
    </message>
    <message>
        <source>Simpan untuk acara ini</source>
        <translation>Simpan untuk acara ini</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Ekspor batch ke USB…</source>
        <translation>Ekspor batch ke USB…</translation>
    </message>
    <message>
        <source>Impor tanda terima dari kantor…</source>
        <translation>Impor tanda terima dari kantor…</translation>
    </message>
    <message>
        <source>Laptop: kirim ke kantor</source>
        <translation>Laptop: kirim ke kantor</translation>
    </message>
    <message>
        <source>Komputer ini</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Laptop lapangan (mengirim batch)</source>
        <translation>Laptop lapangan (mengirim batch)</translation>
    </message>
    <message>
        <source>Komputer kantor (menerima batch)</source>
        <translation>Komputer kantor (menerima batch)</translation>
    </message>
    <message>
        <source>Pasang kunci kantor…</source>
        <translation>Pasang kunci kantor…</translation>
    </message>
    <message>
        <source>Simpan berkas kunci kantor…</source>
        <translation>Simpan berkas kunci kantor…</translation>
    </message>
    <message>
        <source>Impor batch…</source>
        <translation>Impor batch…</translation>
    </message>
    <message>
        <source>Buat tanda terima…</source>
        <translation>Buat tanda terima…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Yang perlu dilakukan</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Data pertama</source>
        <translation>Data pertama</translation>
    </message>
    <message>
        <source>Data kedua</source>
        <translation>Data kedua</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Tinjau konflik…</source>
        <translation>Tinjau konflik…</translation>
    </message>
    <message>
        <source>Sidik jari kunci laptop ini (%s): &lt;b&gt;%s&lt;/b&gt; — kantor mencocokkannya saat mengimpor batch pertama laptop ini.</source>
        <translation>Sidik jari kunci laptop ini (%s): &lt;b&gt;%s&lt;/b&gt; — kantor mencocokkannya saat mengimpor batch pertama laptop ini.</translation>
    </message>
    <message>
        <source>Kunci kantor belum dipasang: batch tidak terenkripsi. Minta berkas kunci kantor (halaman Sinkron di komputer kantor), lalu pasang di sini.</source>
        <translation>Kunci kantor belum dipasang: batch tidak terenkripsi. Minta berkas kunci kantor (halaman Sinkron di komputer kantor), lalu pasang di sini.</translation>
    </message>
    <message>
        <source>Batch dienkripsi untuk %s (sidik jari kunci kantor: %s).</source>
        <translation>Batch dienkripsi untuk %s (sidik jari kunci kantor: %s).</translation>
    </message>
    <message>
        <source>Ganti kunci kantor…</source>
        <translation>Ganti kunci kantor…</translation>
    </message>
    <message>
        <source>Pasang dulu kunci kantor: hanya tanda terima dari kantor itu yang dipercaya.</source>
        <translation>Pasang dulu kunci kantor: hanya tanda terima dari kantor itu yang dipercaya.</translation>
    </message>
    <message>
        <source>Sidik jari kunci kantor ini (%s): &lt;b&gt;%s&lt;/b&gt; — laptop mencocokkannya saat memasang kunci kantor.</source>
        <translation>Sidik jari kunci kantor ini (%s): &lt;b&gt;%s&lt;/b&gt; — laptop mencocokkannya saat memasang kunci kantor.</translation>
    </message>
    <message>
        <source>Komputer ini belum pernah mengirim atau menerima batch. Apakah ini laptop lapangan yang mengirim batch ke kantor, atau komputer kantor yang menerima batch dari laptop?</source>
        <translation>Komputer ini belum pernah mengirim atau menerima batch. Apakah ini laptop lapangan yang mengirim batch ke kantor, atau komputer kantor yang menerima batch dari laptop?</translation>
    </message>
    <message>
        <source>Komputer ini dipakai sebagai laptop lapangan (dipilih; bisa diubah selama belum ada batch).</source>
        <translation>Komputer ini dipakai sebagai laptop lapangan (dipilih; bisa diubah selama belum ada batch).</translation>
    </message>
    <message>
        <source>Komputer ini dipakai sebagai komputer kantor (dipilih; bisa diubah selama belum ada batch).</source>
        <translation>Komputer ini dipakai sebagai komputer kantor (dipilih; bisa diubah selama belum ada batch).</translation>
    </message>
    <message>
        <source>Sinkron</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <source>Berkas kunci kantor</source>
        <translation>Berkas kunci kantor</translation>
    </message>
    <message>
        <source>Kunci Lindungi (*.json)</source>
        <translation>Kunci Lindungi (*.json)</translation>
    </message>
    <message>
        <source>Kunci kantor</source>
        <translation>Kunci kantor</translation>
    </message>
    <message>
        <source>Kunci kantor ini sudah terpasang (sidik jari %s).</source>
        <translation>Kunci kantor ini sudah terpasang (sidik jari %s).</translation>
    </message>
    <message>
        <source>Kunci kantor %s dipasang (sidik jari %s). Batch berikutnya dienkripsi untuk kantor ini.</source>
        <translation>Kunci kantor %s dipasang (sidik jari %s). Batch berikutnya dienkripsi untuk kantor ini.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Impor tanda terima</source>
        <translation>Impor tanda terima</translation>
    </message>
    <message>
        <source>Simpan berkas kunci kantor</source>
        <translation>Simpan berkas kunci kantor</translation>
    </message>
    <message>
        <source>Berkas kunci kantor ditulis ke %s. Di setiap laptop: halaman Sinkron, "Pasang kunci kantor…", lalu cocokkan sidik jarinya: %s.</source>
        <translation>Berkas kunci kantor ditulis ke %s. Di setiap laptop: halaman Sinkron, "Pasang kunci kantor…", lalu cocokkan sidik jarinya: %s.</translation>
    </message>
    <message>
        <source>Impor batch %s</source>
        <translation>Impor batch %s</translation>
    </message>
    <message>
        <source>Tidak diimpor: laptop baru belum dipercaya</source>
        <translation>Tidak diimpor: laptop baru belum dipercaya</translation>
    </message>
    <message>
        <source>Cocokkan sidik jari %s dengan laptopnya, lalu impor lagi.</source>
        <translation>Cocokkan sidik jari %s dengan laptopnya, lalu impor lagi.</translation>
    </message>
    <message>
        <source>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch ini setelah mencocokkan sidik jari %s dengan laptopnya.</source>
        <translation>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch ini setelah mencocokkan sidik jari %s dengan laptopnya.</translation>
    </message>
    <message>
        <source>%s tidak diimpor; tidak ada yang diubah.</source>
        <translation>%s tidak diimpor; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang diubah</source>
        <translation>Impor dibatalkan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Impor lagi bila sempat.</source>
        <translation>Impor lagi bila sempat.</translation>
    </message>
    <message>
        <source>%s: impor dibatalkan; tidak ada yang diubah.</source>
        <translation>%s: impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Ditolak: %s</source>
        <translation>Ditolak: %s</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah. Betulkan yang disebut alasannya; jika berkasnya rusak atau hilang, ekspor lagi dari laptop: ekspor berikutnya memuat semua yang belum diterima kantor.</source>
        <translation>Tidak ada yang diubah. Betulkan yang disebut alasannya; jika berkasnya rusak atau hilang, ekspor lagi dari laptop: ekspor berikutnya memuat semua yang belum diterima kantor.</translation>
    </message>
    <message>
        <source>%s ditolak: %s. Tidak ada yang diubah.</source>
        <translation>%s ditolak: %s. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Kesalahan program</source>
        <translation>Kesalahan program</translation>
    </message>
    <message>
        <source>Sudah pernah diimpor; tidak ada yang berubah</source>
        <translation>Sudah pernah diimpor; tidak ada yang berubah</translation>
    </message>
    <message>
        <source>Diterima: baru %d, diperbarui %d, sama %d, konflik %d</source>
        <translation>Diterima: baru %d, diperbarui %d, sama %d, konflik %d</translation>
    </message>
    <message>
        <source>Tinjau konflik di bawah.</source>
        <translation>Tinjau konflik di bawah.</translation>
    </message>
    <message>
        <source>Baca catatan laptop dipulihkan di bawah.</source>
        <translation>Baca catatan laptop dipulihkan di bawah.</translation>
    </message>
    <message>
        <source>Ada batch yang belum diterima: lihat di bawah.</source>
        <translation>Ada batch yang belum diterima: lihat di bawah.</translation>
    </message>
    <message>
        <source>Laptop %s: %s</source>
        <translation>Laptop %s: %s</translation>
    </message>
    <message>
        <source>Belum diterima dari %s: batch %s. Cari berkasnya di flashdisk; jika hilang, ekspor berikutnya dari laptop itu tetap memuat semua yang belum diterima kantor.</source>
        <translation>Belum diterima dari %s: batch %s. Cari berkasnya di flashdisk; jika hilang, ekspor berikutnya dari laptop itu tetap memuat semua yang belum diterima kantor.</translation>
    </message>
    <message>
        <source>Buat tanda terima</source>
        <translation>Buat tanda terima</translation>
    </message>
    <message>
        <source>Kantor: terima batch</source>
        <translation>Kantor: terima batch</translation>
    </message>
    <message>
        <source>Tanda terima untuk</source>
        <translation>Tanda terima untuk</translation>
    </message>
    <message>
        <source>Konflik NIK yang menunggu keputusan</source>
        <translation>Konflik NIK yang menunggu keputusan</translation>
    </message>
    <message>
        <source>Pilih folder USB</source>
        <translation>Pilih folder USB</translation>
    </message>
    <message>
        <source>Batch %d ditulis%s: %d peserta, %d kelompok dan %d perubahan lain (acara, slip, akun petugas), beserta jejak auditnya → %s. Bawa berkas ini ke kantor.</source>
        <translation>Batch %d ditulis%s: %d peserta, %d kelompok dan %d perubahan lain (acara, slip, akun petugas), beserta jejak auditnya → %s. Bawa berkas ini ke kantor.</translation>
    </message>
    <message>
        <source> (terenkripsi)</source>
        <translation> (terenkripsi)</translation>
    </message>
    <message>
        <source>Ekspor gagal: %s</source>
        <translation>Ekspor gagal: %s</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Ekspor batch</source>
        <translation>Ekspor batch</translation>
    </message>
    <message>
        <source>Tanda terima kantor</source>
        <translation>Tanda terima kantor</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Tanda terima</translation>
    </message>
    <message>
        <source>Tanda terima dipasang: yang sudah ditandai diterima kantor tidak dikirim lagi pada ekspor berikutnya.</source>
        <translation>Tanda terima dipasang: yang sudah ditandai diterima kantor tidak dikirim lagi pada ekspor berikutnya.</translation>
    </message>
    <message>
        <source>Impor batch</source>
        <extracomment>the texts here are the Sync page's: lupdate files translate("SyncPage", …) there</extracomment>
        <translation>Impor batch</translation>
    </message>
    <message>
        <source>Batch Lindungi (*.ldgb)</source>
        <translation>Batch Lindungi (*.ldgb)</translation>
    </message>
    <message>
        <source>%s sudah pernah diimpor; tidak ada yang berubah.</source>
        <translation>%s sudah pernah diimpor; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%s: baru %d, diperbarui %d, sama %d, konflik %d.</source>
        <translation>%s: baru %d, diperbarui %d, sama %d, konflik %d.</translation>
    </message>
    <message>
        <source>Simpan tanda terima</source>
        <translation>Simpan tanda terima</translation>
    </message>
    <message>
        <source>Tanda terima untuk semua yang sudah diterima dari laptop itu ditulis ke %s. Bawa ke laptop itu: halaman Sinkron, "Impor tanda terima dari kantor…".</source>
        <translation>Tanda terima untuk semua yang sudah diterima dari laptop itu ditulis ke %s. Bawa ke laptop itu: halaman Sinkron, "Impor tanda terima dari kantor…".</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran</source>
        <translation>Batalkan pendaftaran</translation>
    </message>
    <message>
        <source>Hapus data pribadi %s? Nama, NIK, alamat, HP dan riwayatnya diganti tanda terhapus, juga di kantor setelah sinkron. Tidak bisa dibatalkan. Tulis dasar permintaannya:</source>
        <translation>Hapus data pribadi %s? Nama, NIK, alamat, HP dan riwayatnya diganti tanda terhapus, juga di kantor setelah sinkron. Tidak bisa dibatalkan. Tulis dasar permintaannya:</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran %s? Data tetap disimpan dan ditandai batal. Tulis alasannya:</source>
        <translation>Batalkan pendaftaran %s? Data tetap disimpan dan ditandai batal. Tulis alasannya:</translation>
    </message>
    <message>
        <source>mis. NIK salah ketik, didaftar ulang</source>
        <translation>mis. NIK salah ketik, didaftar ulang</translation>
    </message>
    <message>
        <source>Enter: lanjut ke persetujuan atau selesai · Shift+Enter: baris baru · Ctrl+Enter: selesai · Esc: kembali</source>
        <translation>Enter: lanjut ke persetujuan atau selesai · Shift+Enter: baris baru · Ctrl+Enter: selesai · Esc: kembali</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Petani</source>
        <translation>Petani</translation>
    </message>
    <message>
        <source>Nelayan</source>
        <translation>Nelayan</translation>
    </message>
    <message>
        <source>Transportasi</source>
        <translation>Transportasi</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Mandiri</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <source>Wadah/Kelompok</source>
        <translation>Wadah/Kelompok</translation>
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
        <translation>Penanggung</translation>
    </message>
    <message>
        <source>Paguyuban</source>
        <translation>Paguyuban</translation>
    </message>
    <message>
        <source>Koperasi</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Konflik NIK</source>
        <translation>Konflik NIK</translation>
    </message>
    <message>
        <source>NIK perlu dibetulkan</source>
        <translation>NIK perlu dibetulkan</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Petugas</translation>
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
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Halaman uji printer</source>
        <extracomment>A print job's title is stored as made (Indonesian, or in the language of the desk that queued it); these are the Indonesian ones the services and the print page give, by their start, with the pattern shown in the desk's language. Longest start first.</extracomment>
        <translation>Halaman uji printer</translation>
    </message>
    <message>
        <source>Bukti persetujuan %s</source>
        <translation>Bukti persetujuan %s</translation>
    </message>
    <message>
        <source>Slip acara %s</source>
        <translation>Slip acara %s</translation>
    </message>
    <message>
        <source>Tagihan %s</source>
        <translation>Tagihan %s</translation>
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
        <translation>sub-sumber iuran hanya untuk {payers}; kosongkan atau pilih salah satunya</translation>
    </message>
    <message>
        <source>sub-sumber iuran paling banyak {n} huruf, tanpa tanda kurung</source>
        <translation>sub-sumber iuran paling banyak {n} huruf, tanpa tanda kurung</translation>
    </message>
    <message>
        <source>{what} tidak dikenal; pilih salah satu: {allowed}</source>
        <translation>{what} tidak dikenal; pilih salah satu: {allowed}</translation>
    </message>
    <message>
        <source>sektor</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>sumber iuran</source>
        <translation>sumber iuran</translation>
    </message>
    <message>
        <source>jenis kelompok</source>
        <translation>jenis kelompok</translation>
    </message>
    <message>
        <source>jenis kelamin harus L (laki-laki) atau P (perempuan)</source>
        <translation>jenis kelamin harus L (laki-laki) atau P (perempuan)</translation>
    </message>
    <message>
        <source>program hanya boleh JKK, JKM dan JHT (contoh JKK+JKM+JHT)</source>
        <translation>program hanya boleh JKK, JKM dan JHT (contoh JKK+JKM+JHT)</translation>
    </message>
    <message>
        <source>tanggal acara harus antara tahun {first} dan {last}</source>
        <translation>tanggal acara harus antara tahun {first} dan {last}</translation>
    </message>
    <message>
        <source>tanggal harus seperti 17-08-1990 atau 1990-08-17</source>
        <translation>tanggal harus seperti 17-08-1990 atau 1990-08-17</translation>
    </message>
    <message>
        <source>tanggal tidak ada di kalender</source>
        <translation>tanggal tidak ada di kalender</translation>
    </message>
    <message>
        <source>jumlah kosong</source>
        <translation>jumlah kosong</translation>
    </message>
    <message>
        <source>jumlah harus berupa angka rupiah, contoh 1.000.000</source>
        <translation>jumlah harus berupa angka rupiah, contoh 1.000.000</translation>
    </message>
    <message>
        <source>jumlah terlalu besar (lebih dari {most}); periksa angkanya</source>
        <translation>jumlah terlalu besar (lebih dari {most}); periksa angkanya</translation>
    </message>
    <message>
        <source>jumlah harus rupiah bulat, tanpa sen</source>
        <translation>jumlah harus rupiah bulat, tanpa sen</translation>
    </message>
    <message>
        <source>Hari lahir {digits:02d} dalam NIK: laki-laki, lahir {born}.</source>
        <translation>Hari lahir {digits:02d} dalam NIK: laki-laki, lahir {born}.</translation>
    </message>
    <message>
        <source>hari {raw_day:02d} tidak mungkin (laki-laki 01–31, perempuan 41–71 karena hari lahir perempuan ditambah 40)</source>
        <translation>hari {raw_day:02d} tidak mungkin (laki-laki 01–31, perempuan 41–71 karena hari lahir perempuan ditambah 40)</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {why}.</source>
        <translation>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {why}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {day:02d}-{month:02d} tidak ada pada tahun ber-akhiran {yy:02d}.</source>
        <translation>Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {day:02d}-{month:02d} tidak ada pada tahun ber-akhiran {yy:02d}.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK memberi usia lebih dari 100 tahun.</source>
        <translation>Tanggal lahir dalam NIK memberi usia lebih dari 100 tahun.</translation>
    </message>
    <message>
        <source>Kode kecamatan {district} (digit 5–6) tidak ada lagi; kecamatan bisa sudah dimekarkan. Pilih kecamatan tempat tinggal sekarang.</source>
        <translation>Kode kecamatan {district} (digit 5–6) tidak ada lagi; kecamatan bisa sudah dimekarkan. Pilih kecamatan tempat tinggal sekarang.</translation>
    </message>
    <message>
        <source>NIK kosong: ketik 16 angka dari KTP.</source>
        <translation>NIK kosong: ketik 16 angka dari KTP.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka; hapus huruf atau tanda lain.</source>
        <translation>NIK hanya boleh berisi angka; hapus huruf atau tanda lain.</translation>
    </message>
    <message>
        <source>NIK harus 16 digit; yang diketik {n} digit.</source>
        <translation>NIK harus 16 digit; yang diketik {n} digit.</translation>
    </message>
    <message>
        <source>Nomor urut NIK (digit 13–16) tidak boleh 0000.</source>
        <translation>Nomor urut NIK (digit 13–16) tidak boleh 0000.</translation>
    </message>
    <message>
        <source>Tanggal lahir yang diisi ({typed}) tidak sama dengan tanggal lahir dalam NIK ({says}). Periksa NIK atau tanggal lahir.</source>
        <translation>Tanggal lahir yang diisi ({typed}) tidak sama dengan tanggal lahir dalam NIK ({says}). Periksa NIK atau tanggal lahir.</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>Jenis kelamin yang diisi ({typed}) tidak sama dengan NIK ({says}; hari lahir perempuan ditambah 40). Periksa NIK atau jenis kelamin.</source>
        <translation>Jenis kelamin yang diisi ({typed}) tidak sama dengan NIK ({says}; hari lahir perempuan ditambah 40). Periksa NIK atau jenis kelamin.</translation>
    </message>
    <message>
        <source>Hari lahir {digits:02d} dalam NIK = {day:02d} + 40: perempuan, lahir {born}.</source>
        <translation>Hari lahir {digits:02d} dalam NIK = {day:02d} + 40: perempuan, lahir {born}.</translation>
    </message>
    <message>
        <source>bulan {month:02d} tidak ada</source>
        <translation>bulan {month:02d} tidak ada</translation>
    </message>
    <message>
        <source>hari {raw_day:02d} tidak mungkin</source>
        <translation>hari {raw_day:02d} tidak mungkin</translation>
    </message>
    <message>
        <source>Kode provinsi {prov} (digit 1–2) tidak dikenal.</source>
        <translation>Kode provinsi {prov} (digit 1–2) tidak dikenal.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {regency} (digit 3–4) tidak ada di provinsi {prov}.</source>
        <translation>Kode kabupaten/kota {regency} (digit 3–4) tidak ada di provinsi {prov}.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {regency} tidak dikenal; NIK Papua yang terbit sebelum pemekaran 2022 memakai kode lama. Periksa KTP.</source>
        <translation>Kode kabupaten/kota {regency} tidak dikenal; NIK Papua yang terbit sebelum pemekaran 2022 memakai kode lama. Periksa KTP.</translation>
    </message>
    <message>
        <source>nomor HP tidak sah; periksa jumlah angka dan awalan (08…)</source>
        <translation>nomor HP tidak sah; periksa jumlah angka dan awalan (08…)</translation>
    </message>
    <message>
        <source>nomor HP tidak terbaca; tulis seperti 0812-3456-7890</source>
        <translation>nomor HP tidak terbaca; tulis seperti 0812-3456-7890</translation>
    </message>
    <message>
        <source>kode wilayah harus 2, 4, 6 atau 10 angka (contoh 35.74.01)</source>
        <translation>kode wilayah harus 2, 4, 6 atau 10 angka (contoh 35.74.01)</translation>
    </message>
    <message>
        <source>aturan iuran mulai {day:%d-%m-%Y} tidak masuk akal: periode bayar 1, 3, 6 atau 12 bulan; persen 0–100; rupiah tidak negatif dan paling banyak {most}</source>
        <translation>aturan iuran mulai {day:%d-%m-%Y} tidak masuk akal: periode bayar 1, 3, 6 atau 12 bulan; persen 0–100; rupiah tidak negatif dan paling banyak {most}</translation>
    </message>
    <message>
        <source>tidak ada tarif iuran yang berlaku pada {day:%d-%m-%Y}</source>
        <translation>tidak ada tarif iuran yang berlaku pada {day:%d-%m-%Y}</translation>
    </message>
    <message>
        <source>tabel penghasilan: baris mulai {low} harus berakhir sebelum baris berikutnya</source>
        <translation>tabel penghasilan: baris mulai {low} harus berakhir sebelum baris berikutnya</translation>
    </message>
    <message>
        <source>tabel penghasilan: baris mulai {low} tidak masuk akal</source>
        <translation>tabel penghasilan: baris mulai {low} tidak masuk akal</translation>
    </message>
    <message>
        <source>aturan iuran kosong</source>
        <translation>aturan iuran kosong</translation>
    </message>
    <message>
        <source>Penghasilan minimal {value} sebulan; yang diisi {value2}.</source>
        <translation>Penghasilan minimal {value} sebulan; yang diisi {value2}.</translation>
    </message>
    <message>
        <source>Penghasilan paling tinggi dalam tabel iuran {value} sebulan; yang diisi {value2}. Isi {value} bila penghasilannya lebih.</source>
        <translation>Penghasilan paling tinggi dalam tabel iuran {value} sebulan; yang diisi {value2}. Isi {value} bila penghasilannya lebih.</translation>
    </message>
    <message>
        <source>Penghasilan harus salah satu tingkat resmi; yang terdekat {value}.</source>
        <translation>Penghasilan harus salah satu tingkat resmi; yang terdekat {value}.</translation>
    </message>
    <message>
        <source>sumber iuran tidak dikenal</source>
        <translation>sumber iuran tidak dikenal</translation>
    </message>
    <message>
        <source>sektor tidak dikenal</source>
        <translation>sektor tidak dikenal</translation>
    </message>
    <message>
        <source>JKK dan JKM wajib untuk peserta BPU</source>
        <translation>JKK dan JKM wajib untuk peserta BPU</translation>
    </message>
    <message>
        <source>Periode bayar harus {allowed} bulan.</source>
        <translation>Periode bayar harus {allowed} bulan.</translation>
    </message>
    <message>
        <source>aturan iuran rusak atau tidak lengkap ({exc})</source>
        <translation>aturan iuran rusak atau tidak lengkap ({exc})</translation>
    </message>
    <message>
        <source>aturan potongan {name} memakai sektor/program tak dikenal</source>
        <translation>aturan potongan {name} memakai sektor/program tak dikenal</translation>
    </message>
    <message>
        <source>aturan potongan {name}: persen harus 1–100</source>
        <translation>aturan potongan {name}: persen harus 1–100</translation>
    </message>
    <message>
        <source>; pakai kalimat sandi dari tiga kata atau lebih yang hanya Anda ingat</source>
        <translation>; pakai kalimat sandi dari tiga kata atau lebih yang hanya Anda ingat</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh kosong atau hanya spasi{advice}</source>
        <translation>kata sandi tidak boleh kosong atau hanya spasi{advice}</translation>
    </message>
    <message>
        <source>kata sandi minimal {most} karakter{advice}</source>
        <translation>kata sandi minimal {most} karakter{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa satu huruf atau pola pendek yang diulang{advice}</source>
        <translation>kata sandi tidak boleh berupa satu huruf atau pola pendek yang diulang{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa deretan angka{advice}</source>
        <translation>kata sandi tidak boleh berupa deretan angka{advice}</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh berupa nama pengguna, juga bila ditambah angka atau tanda{advice}</source>
        <translation>kata sandi tidak boleh berupa nama pengguna, juga bila ditambah angka atau tanda{advice}</translation>
    </message>
    <message>
        <source>kata sandi ini terlalu umum dan mudah ditebak{advice}</source>
        <translation>kata sandi ini terlalu umum dan mudah ditebak{advice}</translation>
    </message>
    <message>
        <source>nama pengguna hanya huruf, angka, titik atau garis bawah</source>
        <translation>nama pengguna hanya huruf, angka, titik atau garis bawah</translation>
    </message>
    <message>
        <source>peran harus officer, supervisor atau administrator</source>
        <translation>peran harus officer, supervisor atau administrator</translation>
    </message>
    <message>
        <source>nama pengguna itu sudah dipakai</source>
        <translation>nama pengguna itu sudah dipakai</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Akun terkunci karena salah kata sandi; coba lagi {wait} menit lagi.</source>
        <translation>Akun terkunci karena salah kata sandi; coba lagi {wait} menit lagi.</translation>
    </message>
    <message>
        <source>Yang menyetujui harus supervisor atau administrator.</source>
        <translation>Yang menyetujui harus supervisor atau administrator.</translation>
    </message>
    <message>
        <source>Perlu persetujuan supervisor: minta supervisor mengetik nama pengguna dan kata sandinya.</source>
        <translation>Perlu persetujuan supervisor: minta supervisor mengetik nama pengguna dan kata sandinya.</translation>
    </message>
    <message>
        <source>Persetujuan tidak sah atau sudah dipakai: minta supervisor mengetik nama pengguna dan kata sandinya lagi.</source>
        <translation>Persetujuan tidak sah atau sudah dipakai: minta supervisor mengetik nama pengguna dan kata sandinya lagi.</translation>
    </message>
    <message>
        <source>Persetujuan sudah kedaluwarsa (lebih dari 2 menit): minta supervisor mengetik nama pengguna dan kata sandinya lagi.</source>
        <translation>Persetujuan sudah kedaluwarsa (lebih dari 2 menit): minta supervisor mengetik nama pengguna dan kata sandinya lagi.</translation>
    </message>
    <message>
        <source>Persetujuan tidak sah: bukan supervisor aktif.</source>
        <translation>Persetujuan tidak sah: bukan supervisor aktif.</translation>
    </message>
    <message>
        <source>{a} atau {b}</source>
        <translation>{a} atau {b}</translation>
    </message>
    <message>
        <source>Hanya {value} yang boleh melakukan ini.</source>
        <translation>Hanya {value} yang boleh melakukan ini.</translation>
    </message>
    <message>
        <source>tidak ada akun bernama '{username}'</source>
        <translation>tidak ada akun bernama '{username}'</translation>
    </message>
    <message>
        <source>{n_field} petugas lapangan dari laptop berbeda bernama '{username}'; pilih yang dimaksud di halaman Akun (Ctrl+0)</source>
        <translation>{n_field} petugas lapangan dari laptop berbeda bernama '{username}'; pilih yang dimaksud di halaman Akun (Ctrl+0)</translation>
    </message>
    <message>
        <source>akun tidak ditemukan</source>
        <translation>akun tidak ditemukan</translation>
    </message>
    <message>
        <source>administrator tidak bisa mematikan akunnya sendiri</source>
        <translation>administrator tidak bisa mematikan akunnya sendiri</translation>
    </message>
    <message>
        <source>nama pengguna '{username}' sudah dipakai akun lain di sini; buat akun baru dengan nama lain untuk petugas ini</source>
        <translation>nama pengguna '{username}' sudah dipakai akun lain di sini; buat akun baru dengan nama lain untuk petugas ini</translation>
    </message>
    <message>
        <source>Kata sandi salah {MAX_FAILED} kali; akun dikunci {LOCK_MINUTES} menit.</source>
        <translation>Kata sandi salah {MAX_FAILED} kali; akun dikunci {LOCK_MINUTES} menit.</translation>
    </message>
    <message>
        <source>Dipulihkan dari cadangan {since} ({members} peserta); {lost}.</source>
        <translation>Dipulihkan dari cadangan {since} ({members} peserta); {lost}.</translation>
    </message>
    <message>
        <source>pendaftaran sesudah {since} tidak ada di cadangan; periksa formulir kertas atau batch di USB untuk hari ini</source>
        <translation>pendaftaran sesudah {since} tidak ada di cadangan; periksa formulir kertas atau batch di USB untuk hari ini</translation>
    </message>
    <message>
        <source>cadangan ini dari perangkat lain, bukan dari laptop ini; pilih cadangan laptop ini</source>
        <translation>cadangan ini dari perangkat lain, bukan dari laptop ini; pilih cadangan laptop ini</translation>
    </message>
    <message>
        <source>{name} tidak ditemukan atau bukan berkas; pilih berkas cadangan (.sqlite) yang ada</source>
        <translation>{name} tidak ditemukan atau bukan berkas; pilih berkas cadangan (.sqlite) yang ada</translation>
    </message>
    <message>
        <source>cadangan ini sendiri rusak; pilih cadangan lain</source>
        <translation>cadangan ini sendiri rusak; pilih cadangan lain</translation>
    </message>
    <message>
        <source>tidak ada pendaftaran yang hilang</source>
        <translation>tidak ada pendaftaran yang hilang</translation>
    </message>
    <message>
        <source>{count} pendaftaran sesudah {since} tidak ada di cadangan</source>
        <translation>{count} pendaftaran sesudah {since} tidak ada di cadangan</translation>
    </message>
    <message>
        <source>{sent} di antaranya sudah dikirim ke kantor dalam batch dan tetap tersimpan di sana</source>
        <translation>{sent} di antaranya sudah dikirim ke kantor dalam batch dan tetap tersimpan di sana</translation>
    </message>
    <message>
        <source>{unsent} belum pernah dikirim dan perlu didaftar ulang</source>
        <translation>{unsent} belum pernah dikirim dan perlu didaftar ulang</translation>
    </message>
    <message>
        <source>berkas harus punya kolom nik dan kpj</source>
        <translation>berkas harus punya kolom nik dan kpj</translation>
    </message>
    <message>
        <source>isi paket konfigurasi tidak sah (acara harus berupa daftar objek JSON)</source>
        <translation>isi paket konfigurasi tidak sah (acara harus berupa daftar objek JSON)</translation>
    </message>
    <message>
        <source>paket konfigurasi ini lebih dari {mb} MB, lebih besar dari yang diterima laptop; perpendek daftar pekerjaan atau teks persetujuan, atau bagi menjadi dua paket</source>
        <translation>paket konfigurasi ini lebih dari {mb} MB, lebih besar dari yang diterima laptop; perpendek daftar pekerjaan atau teks persetujuan, atau bagi menjadi dua paket</translation>
    </message>
    <message>
        <source>paket konfigurasi ini tanpa nomor (dari versi program lama), lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</source>
        <translation>paket konfigurasi ini tanpa nomor (dari versi program lama), lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>paket konfigurasi nomor {sequence} sudah dipasang; tidak ada yang diterapkan</source>
        <translation>paket konfigurasi nomor {sequence} sudah dipasang; tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>paket konfigurasi nomor {sequence} lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</source>
        <translation>paket konfigurasi nomor {sequence} lebih lama dari yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>isi paket konfigurasi tidak sah ({exc})</source>
        <translation>isi paket konfigurasi tidak sah ({exc})</translation>
    </message>
    <message>
        <source>berkas paket konfigurasi lebih dari {mb} MB: itu bukan paket Lindungi; minta kantor membuat paket lagi</source>
        <translation>berkas paket konfigurasi lebih dari {mb} MB: itu bukan paket Lindungi; minta kantor membuat paket lagi</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>berkas paket konfigurasi rusak atau bukan dari Lindungi</source>
        <translation>berkas paket konfigurasi rusak atau bukan dari Lindungi</translation>
    </message>
    <message>
        <source>tanda tangan paket konfigurasi tidak cocok: paket diubah atau palsu; tidak ada yang diterapkan</source>
        <translation>tanda tangan paket konfigurasi tidak cocok: paket diubah atau palsu; tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>paket ini dari kantor lain; tidak ada yang diterapkan</source>
        <translation>paket ini dari kantor lain; tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>kunci kantor di paket berbeda dengan yang dipercaya; ditolak</source>
        <translation>kunci kantor di paket berbeda dengan yang dipercaya; ditolak</translation>
    </message>
    <message>
        <source>kantor '{value}' belum dipercaya perangkat ini; sidik jari {value2}: cocokkan, lalu impor dengan --trust-office</source>
        <translation>kantor '{value}' belum dipercaya perangkat ini; sidik jari {value2}: cocokkan, lalu impor dengan --trust-office</translation>
    </message>
    <message>
        <source>paket kantor menyebut akun milik laptop ini; tidak ada yang diterapkan</source>
        <translation>paket kantor menyebut akun milik laptop ini; tidak ada yang diterapkan</translation>
    </message>
    <message>
        <source>nomor paket konfigurasi tidak sah</source>
        <translation>nomor paket konfigurasi tidak sah</translation>
    </message>
    <message>
        <source>akun petugas tidak sah</source>
        <translation>akun petugas tidak sah</translation>
    </message>
    <message>
        <source>daftar pekerjaan tidak sah</source>
        <translation>daftar pekerjaan tidak sah</translation>
    </message>
    <message>
        <source>teks persetujuan kosong</source>
        <translation>teks persetujuan kosong</translation>
    </message>
    <message>
        <source>nama acara kosong, terlalu panjang atau lebih dari satu baris</source>
        <translation>nama acara kosong, terlalu panjang atau lebih dari satu baris</translation>
    </message>
    <message>
        <source>kode wilayah acara tidak ada dalam data Kemendagri</source>
        <translation>kode wilayah acara tidak ada dalam data Kemendagri</translation>
    </message>
    <message>
        <source>folder data ini sudah disiapkan dengan akunnya sendiri; data demo hanya diisi ke folder yang baru: pakai --data-dir dengan folder kosong</source>
        <translation>folder data ini sudah disiapkan dengan akunnya sendiri; data demo hanya diisi ke folder yang baru: pakai --data-dir dengan folder kosong</translation>
    </message>
    <message>
        <source>Perangkat belum disiapkan. Jalankan: lindungi init --device-name NAMA --region KODE</source>
        <translation>Perangkat belum disiapkan. Jalankan: lindungi init --device-name NAMA --region KODE</translation>
    </message>
    <message>
        <source>kunci otomatis harus antara {low} dan {high} menit</source>
        <translation>kunci otomatis harus antara {low} dan {high} menit</translation>
    </message>
    <message>
        <source>format slip tidak dikenal</source>
        <translation>format slip tidak dikenal</translation>
    </message>
    <message>
        <source>kode wilayah tidak ada dalam data Kemendagri</source>
        <translation>kode wilayah tidak ada dalam data Kemendagri</translation>
    </message>
    <message>
        <source>nama perangkat wajib diisi</source>
        <translation>nama perangkat wajib diisi</translation>
    </message>
    <message>
        <source>kata sandi administrator wajib (LINDUNGI_PASSWORD)</source>
        <translation>kata sandi administrator wajib (LINDUNGI_PASSWORD)</translation>
    </message>
    <message>
        <source>isian ini tidak bisa dilewati Enter: {fields}</source>
        <translation>isian ini tidak bisa dilewati Enter: {fields}</translation>
    </message>
    <message>
        <source>nama acara wajib diisi</source>
        <translation>nama acara wajib diisi</translation>
    </message>
    <message>
        <source>acara tidak ditemukan</source>
        <translation>acara tidak ditemukan</translation>
    </message>
    <message>
        <source>acara '{name}' sudah ditutup: pendaftaran baru tidak masuk ke sana. Pilih atau buat acara yang dibuka.</source>
        <translation>acara '{name}' sudah ditutup: pendaftaran baru tidak masuk ke sana. Pilih atau buat acara yang dibuka.</translation>
    </message>
    <message>
        <source>acara ini sudah ditutup</source>
        <translation>acara ini sudah ditutup</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca{where}: {why}.</source>
        <translation>Berkas tidak bisa dibaca{where}: {why}.</translation>
    </message>
    <message>
        <source>Gagal menulis{where}: {why}.</source>
        <translation>Gagal menulis{where}: {why}.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan{where}: periksa namanya, dan apakah flashdisk masih terpasang.</source>
        <translation>Berkas tidak ditemukan{where}: periksa namanya, dan apakah flashdisk masih terpasang.</translation>
    </message>
    <message>
        <source>Berkas tidak boleh dibaca{where}: salin dulu ke folder Dokumen, lalu pilih salinannya.</source>
        <translation>Berkas tidak boleh dibaca{where}: salin dulu ke folder Dokumen, lalu pilih salinannya.</translation>
    </message>
    <message>
        <source>Gagal membaca perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</source>
        <translation>Gagal membaca perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</translation>
    </message>
    <message>
        <source>Ruang penyimpanan penuh{where}: kosongkan ruang atau pakai flashdisk lain. Berkas yang sudah ada tidak diubah.</source>
        <translation>Ruang penyimpanan penuh{where}: kosongkan ruang atau pakai flashdisk lain. Berkas yang sudah ada tidak diubah.</translation>
    </message>
    <message>
        <source>Tujuan tidak bisa ditulis{where} (hanya-baca atau dikunci): geser kunci tulis flashdisk atau pilih folder lain. Berkas yang sudah ada tidak diubah.</source>
        <translation>Tujuan tidak bisa ditulis{where} (hanya-baca atau dikunci): geser kunci tulis flashdisk atau pilih folder lain. Berkas yang sudah ada tidak diubah.</translation>
    </message>
    <message>
        <source>Tujuan itu sebuah folder{where}: ketik nama berkas di dalamnya.</source>
        <translation>Tujuan itu sebuah folder{where}: ketik nama berkas di dalamnya.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada{where}: periksa flashdisk masih terpasang.</source>
        <translation>Folder tujuan tidak ada{where}: periksa flashdisk masih terpasang.</translation>
    </message>
    <message>
        <source>Gagal membaca/menulis perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</source>
        <translation>Gagal membaca/menulis perangkat{where}: flashdisk mungkin dicabut atau rusak. Pasang lagi lalu ulangi.</translation>
    </message>
    <message>
        <source>{name} bukan berkas biasa (sebuah folder, perangkat atau pipa); pilih berkasnya</source>
        <translation>{name} bukan berkas biasa (sebuah folder, perangkat atau pipa); pilih berkasnya</translation>
    </message>
    <message>
        <source>nama kelompok wajib diisi</source>
        <translation>nama kelompok wajib diisi</translation>
    </message>
    <message>
        <source>nama kelompok itu sudah terdaftar</source>
        <translation>nama kelompok itu sudah terdaftar</translation>
    </message>
    <message>
        <source>kelompok tidak ditemukan</source>
        <translation>kelompok tidak ditemukan</translation>
    </message>
    <message>
        <source>NIK ketua: {value}</source>
        <translation>NIK ketua: {value}</translation>
    </message>
    <message>
        <source>kode wilayah kelompok tidak ada dalam data Kemendagri</source>
        <translation>kode wilayah kelompok tidak ada dalam data Kemendagri</translation>
    </message>
    <message>
        <source>berkas kunci perangkat rusak</source>
        <translation>berkas kunci perangkat rusak</translation>
    </message>
    <message>
        <source>ini kunci perangkat ini sendiri</source>
        <translation>ini kunci perangkat ini sendiri</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain; kunci ditolak</source>
        <translation>perangkat ini sudah dikenal dengan kunci lain; kunci ditolak</translation>
    </message>
    <message>
        <source>berkas kunci kantor tidak memuat kunci enkripsi</source>
        <translation>berkas kunci kantor tidak memuat kunci enkripsi</translation>
    </message>
    <message>
        <source>berkas kunci perangkat bukan JSON yang sah</source>
        <translation>berkas kunci perangkat bukan JSON yang sah</translation>
    </message>
    <message>
        <source>berkas kunci perangkat rusak atau bukan dari Lindungi</source>
        <translation>berkas kunci perangkat rusak atau bukan dari Lindungi</translation>
    </message>
    <message>
        <source>laptop ini sudah mempercayai kantor lain (sidik jari {old_print}); kunci baru bersidik jari {new_print}. Mengganti kantor hanya dengan sengaja: cocokkan sidik jari baru dengan kantor, lalu impor dengan --replace-office</source>
        <translation>laptop ini sudah mempercayai kantor lain (sidik jari {old_print}); kunci baru bersidik jari {new_print}. Mengganti kantor hanya dengan sengaja: cocokkan sidik jari baru dengan kantor, lalu impor dengan --replace-office</translation>
    </message>
    <message>
        <source>alasan pembatalan</source>
        <translation>alasan pembatalan</translation>
    </message>
    <message>
        <source>peserta tidak ditemukan</source>
        <translation>peserta tidak ditemukan</translation>
    </message>
    <message>
        <source>peserta yang sudah dibatalkan tidak bisa diubah</source>
        <translation>peserta yang sudah dibatalkan tidak bisa diubah</translation>
    </message>
    <message>
        <source>Data peserta ini baru saja diubah di tempat lain; tutup lalu buka lagi.</source>
        <translation>Data peserta ini baru saja diubah di tempat lain; tutup lalu buka lagi.</translation>
    </message>
    <message>
        <source>alasan koreksi</source>
        <translation>alasan koreksi</translation>
    </message>
    <message>
        <source>tulis {what} (paling sedikit {MIN_REASON} huruf)</source>
        <translation>tulis {what} (paling sedikit {MIN_REASON} huruf)</translation>
    </message>
    <message>
        <source>{what} terlalu panjang (paling banyak {MAX_REASON} huruf)</source>
        <translation>{what} terlalu panjang (paling banyak {MAX_REASON} huruf)</translation>
    </message>
    <message>
        <source>peserta ini sudah dibatalkan</source>
        <translation>peserta ini sudah dibatalkan</translation>
    </message>
    <message>
        <source>kode wilayah berada di provinsi lain dari NIK; periksa</source>
        <translation>kode wilayah berada di provinsi lain dari NIK; periksa</translation>
    </message>
    <message>
        <source>nama wajib diisi sesuai KTP</source>
        <translation>nama wajib diisi sesuai KTP</translation>
    </message>
    <message>
        <source>alamat surel tidak sah (contoh nama@contoh.id)</source>
        <translation>alamat surel tidak sah (contoh nama@contoh.id)</translation>
    </message>
    <message>
        <source>isi kode wilayah tempat tinggal (kecamatan atau desa)</source>
        <translation>isi kode wilayah tempat tinggal (kecamatan atau desa)</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ada: {value}. Pakai templat dari: lindungi members template FILE</source>
        <translation>Kolom wajib tidak ada: {value}. Pakai templat dari: lindungi members template FILE</translation>
    </message>
    <message>
        <source>Daftar baris yang ditolak tidak boleh ditulis ke berkas yang sedang diimpor; pilih nama lain untuk --rejects.</source>
        <translation>Daftar baris yang ditolak tidak boleh ditulis ke berkas yang sedang diimpor; pilih nama lain untuk --rejects.</translation>
    </message>
    <message>
        <source>Templat hanya .csv atau .xlsx.</source>
        <translation>Templat hanya .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>Kolom '{column}' muncul dua kali (kolom {value} dan {value2}); hapus salah satu.</source>
        <translation>Kolom '{column}' muncul dua kali (kolom {value} dan {value2}); hapus salah satu.</translation>
    </message>
    <message>
        <source>Daftar baris yang ditolak tidak bisa ditulis, jadi belum ada yang diimpor. {why}</source>
        <translation>Daftar baris yang ditolak tidak bisa ditulis, jadi belum ada yang diimpor. {why}</translation>
    </message>
    <message>
        <source>nik: NIK sudah terdaftar sebagai peserta aktif</source>
        <translation>nik: NIK sudah terdaftar sebagai peserta aktif</translation>
    </message>
    <message>
        <source>baris ini punya lebih banyak sel daripada judul kolom; periksa pemisah</source>
        <translation>baris ini punya lebih banyak sel daripada judul kolom; periksa pemisah</translation>
    </message>
    <message>
        <source>{column}: isi sel terlalu panjang (lebih dari {most} karakter)</source>
        <translation>{column}: isi sel terlalu panjang (lebih dari {most} karakter)</translation>
    </message>
    <message>
        <source>nik: NIK sama dengan baris {first} di berkas ini</source>
        <translation>nik: NIK sama dengan baris {first} di berkas ini</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>terlalu panjang (paling banyak {limit} karakter)</source>
        <translation>terlalu panjang (paling banyak {limit} karakter)</translation>
    </message>
    <message>
        <source>iuran lewat Wadah/Kelompok perlu kolom kelompok diisi</source>
        <translation>iuran lewat Wadah/Kelompok perlu kolom kelompok diisi</translation>
    </message>
    <message>
        <source>sektor wajib diisi: {value}</source>
        <translation>sektor wajib diisi: {value}</translation>
    </message>
    <message>
        <source>penghasilan harus rupiah bulat</source>
        <translation>penghasilan harus rupiah bulat</translation>
    </message>
    <message>
        <source>kelompok belum terdaftar; buat dulu di menu Kelompok</source>
        <translation>kelompok belum terdaftar; buat dulu di menu Kelompok</translation>
    </message>
    <message>
        <source>kelompok di baris ini berbeda dari kelompok yang dipilih</source>
        <translation>kelompok di baris ini berbeda dari kelompok yang dipilih</translation>
    </message>
    <message>
        <source>peserta belum menyetujui pemrosesan data; data tidak boleh disimpan</source>
        <translation>peserta belum menyetujui pemrosesan data; data tidak boleh disimpan</translation>
    </message>
    <message>
        <source>isi ya atau tidak</source>
        <translation>isi ya atau tidak</translation>
    </message>
    <message>
        <source>periode bayar harus 1, 3, 6 atau 12 (bulan)</source>
        <translation>periode bayar harus 1, 3, 6 atau 12 (bulan)</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar sebagai peserta aktif.</source>
        <translation>NIK ini sudah terdaftar sebagai peserta aktif.</translation>
    </message>
    <message>
        <source>format slip harus {formats}</source>
        <translation>format slip harus {formats}</translation>
    </message>
    <message>
        <source>{most} atau {last}</source>
        <translation>{most} atau {last}</translation>
    </message>
    <message>
        <source>Kartu (10 per A4)</source>
        <translation>Kartu (10 per A4)</translation>
    </message>
    <message>
        <source>Tanda terima A4</source>
        <translation>Tanda terima A4</translation>
    </message>
    <message>
        <source>Struk 80 mm</source>
        <translation>Struk 80 mm</translation>
    </message>
    <message>
        <source>Struk 58 mm</source>
        <translation>Struk 58 mm</translation>
    </message>
    <message>
        <source>tidak ada slip untuk dicetak</source>
        <translation>tidak ada slip untuk dicetak</translation>
    </message>
    <message>
        <source>Tidak ada slip yang bisa dicetak. {reason}</source>
        <translation>Tidak ada slip yang bisa dicetak. {reason}</translation>
    </message>
    <message>
        <source>Tidak ada slip yang bisa dicetak. {value}</source>
        <translation>Tidak ada slip yang bisa dicetak. {value}</translation>
    </message>
    <message>
        <source>peserta tidak ditemukan atau datanya sudah dihapus</source>
        <translation>peserta tidak ditemukan atau datanya sudah dihapus</translation>
    </message>
    <message>
        <source>antrean cetak tidak ditemukan</source>
        <translation>antrean cetak tidak ditemukan</translation>
    </message>
    <message>
        <source>pekerjaan cetak ini sudah selesai atau dihapus</source>
        <translation>pekerjaan cetak ini sudah selesai atau dihapus</translation>
    </message>
    <message>
        <source>pekerjaan cetak ini sudah dihapus dari antrean</source>
        <translation>pekerjaan cetak ini sudah dihapus dari antrean</translation>
    </message>
    <message>
        <source>dasar penghapusan</source>
        <translation>dasar penghapusan</translation>
    </message>
    <message>
        <source>data peserta ini sudah dihapus</source>
        <translation>data peserta ini sudah dihapus</translation>
    </message>
    <message>
        <source>format laporan harus pdf atau xlsx</source>
        <translation>format laporan harus pdf atau xlsx</translation>
    </message>
    <message>
        <source>jumlah pekerja rentan tidak boleh negatif</source>
        <translation>jumlah pekerja rentan tidak boleh negatif</translation>
    </message>
    <message>
        <source>persen target harus antara 1 dan 100</source>
        <translation>persen target harus antara 1 dan 100</translation>
    </message>
    <message>
        <source>periode perlu tanggal awal dan tanggal akhir</source>
        <translation>periode perlu tanggal awal dan tanggal akhir</translation>
    </message>
    <message>
        <source>tanggal awal periode sesudah tanggal akhirnya</source>
        <translation>tanggal awal periode sesudah tanggal akhirnya</translation>
    </message>
    <message>
        <source>pilih laptop atau kantor</source>
        <translation>pilih laptop atau kantor</translation>
    </message>
    <message>
        <source>perangkat ini sudah ditentukan oleh riwayat sinkronnya</source>
        <translation>perangkat ini sudah ditentukan oleh riwayat sinkronnya</translation>
    </message>
    <message>
        <source>berkas itu bukan berkas kunci Lindungi</source>
        <translation>berkas itu bukan berkas kunci Lindungi</translation>
    </message>
    <message>
        <source>berkas itu terlalu besar untuk berkas kunci Lindungi</source>
        <translation>berkas itu terlalu besar untuk berkas kunci Lindungi</translation>
    </message>
    <message>
        <source>perangkat itu belum pernah mengirim batch ke kantor ini</source>
        <translation>perangkat itu belum pernah mengirim batch ke kantor ini</translation>
    </message>
    <message>
        <source>tanda terima ini untuk perangkat lain</source>
        <translation>tanda terima ini untuk perangkat lain</translation>
    </message>
    <message>
        <source>tanda terima dari kantor yang belum dipercaya; impor dulu kunci kantor: lindungi keys import FILE --office</source>
        <translation>tanda terima dari kantor yang belum dipercaya; impor dulu kunci kantor: lindungi keys import FILE --office</translation>
    </message>
    <message>
        <source>berkas tanda terima lebih dari {mb} MB: itu bukan tanda terima Lindungi; minta kantor membuat tanda terima lagi</source>
        <translation>berkas tanda terima lebih dari {mb} MB: itu bukan tanda terima Lindungi; minta kantor membuat tanda terima lagi</translation>
    </message>
    <message>
        <source>berkas tanda terima rusak atau bukan dari Lindungi</source>
        <translation>berkas tanda terima rusak atau bukan dari Lindungi</translation>
    </message>
    <message>
        <source>tanda tangan tanda terima tidak cocok; berkas diubah</source>
        <translation>tanda tangan tanda terima tidak cocok; berkas diubah</translation>
    </message>
    <message>
        <source>Batch {file} ditolak: {reason}</source>
        <translation>Batch {file} ditolak: {reason}</translation>
    </message>
    <message>
        <source>dipulihkan dari cadangan</source>
        <translation>dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>jejak auditnya terpotong</source>
        <translation>jejak auditnya terpotong</translation>
    </message>
    <message>
        <source>Laptop ini {why} dan memulai rantai jejak audit baru.</source>
        <translation>Laptop ini {why} dan memulai rantai jejak audit baru.</translation>
    </message>
    <message>
        <source>manifest batch rusak: kepala jejak audit tidak sah</source>
        <translation>manifest batch rusak: kepala jejak audit tidak sah</translation>
    </message>
    <message>
        <source>jejak audit laptop ini berakhir di entri {seq}, padahal batch sebelumnya sudah sampai entri {earlier}: entri yang sudah dikirim dihapus dari laptop. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator (jejak auditnya diubah di luar program)</source>
        <translation>jejak audit laptop ini berakhir di entri {seq}, padahal batch sebelumnya sudah sampai entri {earlier}: entri yang sudah dikirim dihapus dari laptop. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator (jejak auditnya diubah di luar program)</translation>
    </message>
    <message>
        <source>{lost_entries} entri audit (nomor {first}–{last}) yang sudah diterima kantor tidak ada lagi di laptop.</source>
        <translation>{lost_entries} entri audit (nomor {first}–{last}) yang sudah diterima kantor tidak ada lagi di laptop.</translation>
    </message>
    <message>
        <source>Entri tempat rantai baru bersambung berbeda dengan salinan kantor.</source>
        <translation>Entri tempat rantai baru bersambung berbeda dengan salinan kantor.</translation>
    </message>
    <message>
        <source>Batch yang dikirim sesudah cadangan itu: {numbers}.</source>
        <translation>Batch yang dikirim sesudah cadangan itu: {numbers}.</translation>
    </message>
    <message>
        <source>Kantor menyimpan {count} pendaftaran dari laptop ini yang tidak ada lagi di laptop; datanya tetap di kantor.</source>
        <translation>Kantor menyimpan {count} pendaftaran dari laptop ini yang tidak ada lagi di laptop; datanya tetap di kantor.</translation>
    </message>
    <message>
        <source>{newer} peserta diubah di laptop sesudah cadangan; kantor menyimpan versi yang lebih baru.</source>
        <translation>{newer} peserta diubah di laptop sesudah cadangan; kantor menyimpan versi yang lebih baru.</translation>
    </message>
    <message>
        <source>entri audit 1 bagian rantai {value} bukan awal rantai baru yang sah; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>entri audit 1 bagian rantai {value} bukan awal rantai baru yang sah; batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>manifest batch rusak: kepala jejak audit tidak lengkap</source>
        <translation>manifest batch rusak: kepala jejak audit tidak lengkap</translation>
    </message>
    <message>
        <source>entri audit {seq} laptop ini berbeda dengan yang sudah diterima kantor: jejak auditnya ditulis ulang. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator</source>
        <translation>entri audit {seq} laptop ini berbeda dengan yang sudah diterima kantor: jejak auditnya ditulis ulang. Batch ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator</translation>
    </message>
    <message>
        <source>entri audit {value} tidak cocok dengan hash-nya (diubah); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>entri audit {value} tidak cocok dengan hash-nya (diubah); batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>entri audit {value} tidak tersambung ke entri sebelumnya (jejak audit diubah); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>entri audit {value} tidak tersambung ke entri sebelumnya (jejak audit diubah); batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>jumlah catatan {name} tidak sama dengan manifest</source>
        <translation>jumlah catatan {name} tidak sama dengan manifest</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: nilai kolom {value} tidak sah; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian {part} baris {number}: nilai kolom {value} tidak sah; batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang sama ada dua kali dalam batch ini; batch ditolak utuh, tidak ada yang diubah. Ekspor ulang dari laptop</source>
        <translation>bagian {part} baris {number}: {value} yang sama ada dua kali dalam batch ini; batch ditolak utuh, tidak ada yang diubah. Ekspor ulang dari laptop</translation>
    </message>
    <message>
        <source>bagian slips baris {number}: nomor slip bukan nomor laptop ini; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian slips baris {number}: nomor slip bukan nomor laptop ini; batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang dirujuk ({column}) milik perangkat lain; sebuah laptop hanya mencatat pada catatannya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian {part} baris {number}: {value} yang dirujuk ({column}) milik perangkat lain; sebuah laptop hanya mencatat pada catatannya sendiri. Batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini</source>
        <translation>bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini</translation>
    </message>
    <message>
        <source>bagian audit baris {number}: entri jejak audit milik perangkat lain; sebuah laptop hanya mengirim jejak auditnya sendiri. Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian audit baris {number}: entri jejak audit milik perangkat lain; sebuah laptop hanya mengirim jejak auditnya sendiri. Batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian {part} baris {number}: {value} ini dibuat di kantor; laptop tidak boleh mengubahnya (hanya menutup acara yang direncanakan kantor). Batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian {part} baris {number}: {value} ini dibuat di kantor; laptop tidak boleh mengubahnya (hanya menutup acara yang direncanakan kantor). Batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian audit baris {number}: jejak audit batch ini terbagi atas lebih dari {most} bagian rantai (satu bagian baru tiap pemulihan cadangan); batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian audit baris {number}: jejak audit batch ini terbagi atas lebih dari {most} bagian rantai (satu bagian baru tiap pemulihan cadangan); batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>bagian slips baris {number}: nomor slip dan salinannya sudah dipakai slip lain di kantor; batch ditolak utuh, tidak ada yang diubah</source>
        <translation>bagian slips baris {number}: nomor slip dan salinannya sudah dipakai slip lain di kantor; batch ditolak utuh, tidak ada yang diubah</translation>
    </message>
    <message>
        <source>pilihan penyelesaian tidak dikenal</source>
        <translation>pilihan penyelesaian tidak dikenal</translation>
    </message>
    <message>
        <source>konflik tidak ditemukan</source>
        <translation>konflik tidak ditemukan</translation>
    </message>
    <message>
        <source>konflik ini sudah diselesaikan</source>
        <translation>konflik ini sudah diselesaikan</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada ({folder}): periksa flashdisk masih terpasang, atau pilih folder lain. Belum ada yang ditandai terkirim.</source>
        <translation>Folder tujuan tidak ada ({folder}): periksa flashdisk masih terpasang, atau pilih folder lain. Belum ada yang ditandai terkirim.</translation>
    </message>
    <message>
        <source>ekspor dibatalkan; tidak ada yang ditulis</source>
        <translation>ekspor dibatalkan; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>ekspor lain dari laptop ini selesai lebih dulu; ulangi ekspor</source>
        <translation>ekspor lain dari laptop ini selesai lebih dulu; ulangi ekspor</translation>
    </message>
    <message>
        <source>berkas batch rusak atau terpotong; salin ulang dari laptop</source>
        <translation>berkas batch rusak atau terpotong; salin ulang dari laptop</translation>
    </message>
    <message>
        <source>isi batch tidak bisa dibuka dengan kunci kantor ini (dienkripsi untuk kantor lain, atau diubah)</source>
        <translation>isi batch tidak bisa dibuka dengan kunci kantor ini (dienkripsi untuk kantor lain, atau diubah)</translation>
    </message>
    <message>
        <source>batch ini dibuat versi Lindungi yang lebih baru ({detail}): perbarui program di kantor, lalu impor lagi</source>
        <translation>batch ini dibuat versi Lindungi yang lebih baru ({detail}): perbarui program di kantor, lalu impor lagi</translation>
    </message>
    <message>
        <source>format batch tidak dikenal (bukan berkas batch Lindungi)</source>
        <translation>format batch tidak dikenal (bukan berkas batch Lindungi)</translation>
    </message>
    <message>
        <source>format {version}, program ini membaca sampai {FORMAT_VERSION}</source>
        <translation>format {version}, program ini membaca sampai {FORMAT_VERSION}</translation>
    </message>
    <message>
        <source>berkas batch terpotong</source>
        <translation>berkas batch terpotong</translation>
    </message>
    <message>
        <source>daftar isi berkas batch tidak wajar (diubah atau terpotong)</source>
        <translation>daftar isi berkas batch tidak wajar (diubah atau terpotong)</translation>
    </message>
    <message>
        <source>nomor batch tidak masuk akal (harus 1 sampai {most}); batch ditolak</source>
        <translation>nomor batch tidak masuk akal (harus 1 sampai {most}); batch ditolak</translation>
    </message>
    <message>
        <source>manifest batch rusak: waktu pembuatan atau sidik batch sebelumnya tidak sah</source>
        <translation>manifest batch rusak: waktu pembuatan atau sidik batch sebelumnya tidak sah</translation>
    </message>
    <message>
        <source>berkas terlalu besar untuk sebuah batch (lebih dari {value} MB)</source>
        <translation>berkas terlalu besar untuk sebuah batch (lebih dari {value} MB)</translation>
    </message>
    <message>
        <source>susunan berkas batch tidak wajar (diubah?)</source>
        <translation>susunan berkas batch tidak wajar (diubah?)</translation>
    </message>
    <message>
        <source>kepala bagian {filename} tidak cocok dengan daftar isi berkas (diubah)</source>
        <translation>kepala bagian {filename} tidak cocok dengan daftar isi berkas (diubah)</translation>
    </message>
    <message>
        <source>bagian {name} tidak ada di batch (berkas tidak lengkap); batch ditolak utuh</source>
        <translation>bagian {name} tidak ada di batch (berkas tidak lengkap); batch ditolak utuh</translation>
    </message>
    <message>
        <source>batch ini terenkripsi untuk kantor; kunci kantor tidak ada di perangkat ini</source>
        <translation>batch ini terenkripsi untuk kantor; kunci kantor tidak ada di perangkat ini</translation>
    </message>
    <message>
        <source>isi bagian {stored_name} tidak cocok dengan manifest (diubah atau rusak)</source>
        <translation>isi bagian {stored_name} tidak cocok dengan manifest (diubah atau rusak)</translation>
    </message>
    <message>
        <source>manifest batch rusak: identitas perangkat tidak lengkap</source>
        <translation>manifest batch rusak: identitas perangkat tidak lengkap</translation>
    </message>
    <message>
        <source>bukan berkas batch Lindungi (manifest tidak ada)</source>
        <translation>bukan berkas batch Lindungi (manifest tidak ada)</translation>
    </message>
    <message>
        <source>manifest batch tidak wajar besarnya</source>
        <translation>manifest batch tidak wajar besarnya</translation>
    </message>
    <message>
        <source>manifest batch rusak</source>
        <translation>manifest batch rusak</translation>
    </message>
    <message>
        <source>manifest batch rusak: daftar bagian tidak ada</source>
        <translation>manifest batch rusak: daftar bagian tidak ada</translation>
    </message>
    <message>
        <source>batch berisi berkas yang tidak disebut manifest</source>
        <translation>batch berisi berkas yang tidak disebut manifest</translation>
    </message>
    <message>
        <source>tanda tangan manifest tidak cocok: batch diubah atau bukan dari perangkat itu</source>
        <translation>tanda tangan manifest tidak cocok: batch diubah atau bukan dari perangkat itu</translation>
    </message>
    <message>
        <source>tanda tangan berkas tidak cocok: ada bagian berkas yang diubah atau rusak</source>
        <translation>tanda tangan berkas tidak cocok: ada bagian berkas yang diubah atau rusak</translation>
    </message>
    <message>
        <source>bagian {name} hilang dari batch (terpotong?)</source>
        <translation>bagian {name} hilang dari batch (terpotong?)</translation>
    </message>
    <message>
        <source>bagian {name} tidak wajar besarnya (lebih dari {value} MB, atau dimampatkan lebih dari {MAX_RATIO} kali); batch ditolak</source>
        <translation>bagian {name} tidak wajar besarnya (lebih dari {value} MB, atau dimampatkan lebih dari {MAX_RATIO} kali); batch ditolak</translation>
    </message>
    <message>
        <source>isi bagian {name} tidak cocok dengan manifest (diubah atau rusak)</source>
        <translation>isi bagian {name} tidak cocok dengan manifest (diubah atau rusak)</translation>
    </message>
    <message>
        <source>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: cocokkan dengan petugas laptop, lalu impor lagi dengan --trust-new-device</source>
        <translation>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: cocokkan dengan petugas laptop, lalu impor lagi dengan --trust-new-device</translation>
    </message>
    <message>
        <source>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: batch pertama laptop baru hanya boleh diimpor Administrator, setelah mencocokkan sidik jarinya dengan petugas laptop (--trust-new-device)</source>
        <translation>perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: batch pertama laptop baru hanya boleh diimpor Administrator, setelah mencocokkan sidik jarinya dengan petugas laptop (--trust-new-device)</translation>
    </message>
    <message>
        <source>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch pertama laptop ini setelah mencocokkan sidik jarinya dengan petugas laptop.</source>
        <translation>Hanya Administrator yang boleh mempercayai laptop baru: minta Administrator kantor mengimpor batch pertama laptop ini setelah mencocokkan sidik jarinya dengan petugas laptop.</translation>
    </message>
    <message>
        <source>batch ini dibuat oleh perangkat ini sendiri</source>
        <translation>batch ini dibuat oleh perangkat ini sendiri</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain; batch ditolak (mungkin palsu, atau laptop dipasang ulang: hubungi petugasnya)</source>
        <translation>perangkat ini sudah dikenal dengan kunci lain; batch ditolak (mungkin palsu, atau laptop dipasang ulang: hubungi petugasnya)</translation>
    </message>
    <message>
        <source>perangkat ini sudah dikenal dengan kunci lain</source>
        <translation>perangkat ini sudah dikenal dengan kunci lain</translation>
    </message>
    <message>
        <source>batch ini dienkripsi untuk kantor lain</source>
        <translation>batch ini dienkripsi untuk kantor lain</translation>
    </message>
    <message>
        <source>perangkat ini sudah mengirim batch lain bernomor {sequence}; batch ditolak</source>
        <translation>perangkat ini sudah mengirim batch lain bernomor {sequence}; batch ditolak</translation>
    </message>
    <message>
        <source>bagian officers: nama pengguna baru petugas {value} sudah dipakai akun kantor; ganti namanya di laptop, lalu ekspor lagi</source>
        <translation>bagian officers: nama pengguna baru petugas {value} sudah dipakai akun kantor; ganti namanya di laptop, lalu ekspor lagi</translation>
    </message>
    <message>
        <source>entri audit {value} berbeda dengan yang sudah diterima: jejak audit perangkat itu diubah; batch ditolak</source>
        <translation>entri audit {value} berbeda dengan yang sudah diterima: jejak audit perangkat itu diubah; batch ditolak</translation>
    </message>
    <message>
        <source>bagian {name} baris {value} terlalu panjang (lebih dari {value2} MB); batch ditolak utuh</source>
        <translation>bagian {name} baris {value} terlalu panjang (lebih dari {value2} MB); batch ditolak utuh</translation>
    </message>
    <message>
        <source>bagian {name} baris {number} rusak ({exc}); batch ditolak utuh</source>
        <translation>bagian {name} baris {number} rusak ({exc}); batch ditolak utuh</translation>
    </message>
    <message>
        <source>bagian {name} baris {number} punya kolom yang tidak dikenal program ini</source>
        <translation>bagian {name} baris {number} punya kolom yang tidak dikenal program ini</translation>
    </message>
    <message>
        <source>simpan ulang berkas sebagai CSV UTF-8 (di Excel: Simpan Sebagai → CSV UTF-8 (Dibatasi koma)), periksa huruf di baris itu, lalu ulangi.</source>
        <translation>simpan ulang berkas sebagai CSV UTF-8 (di Excel: Simpan Sebagai → CSV UTF-8 (Dibatasi koma)), periksa huruf di baris itu, lalu ulangi.</translation>
    </message>
    <message>
        <source>Baris {row}: {why}; pengodean huruf berkas ini tidak pasti — {SAVE_AS_UTF8}</source>
        <translation>Baris {row}: {why}; pengodean huruf berkas ini tidak pasti — {SAVE_AS_UTF8}</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {value2} pemisah kolom; ini bukan daftar biasa — periksa pemisahnya lalu ulangi.</source>
        <translation>Baris {value}: lebih dari {value2} pemisah kolom; ini bukan daftar biasa — periksa pemisahnya lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas ini UTF-32, bukan CSV yang dibuat Excel; simpan ulang sebagai CSV UTF-8.</source>
        <translation>Berkas ini UTF-32, bukan CSV yang dibuat Excel; simpan ulang sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>ada huruf yang bukan UTF-8, padahal bagian lain berkas UTF-8</source>
        <translation>ada huruf yang bukan UTF-8, padahal bagian lain berkas UTF-8</translation>
    </message>
    <message>
        <source>ada karakter yang tidak lazim untuk CSV Windows-1252</source>
        <translation>ada karakter yang tidak lazim untuk CSV Windows-1252</translation>
    </message>
    <message>
        <source>Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx.</source>
        <translation>Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx.</translation>
    </message>
    <message>
        <source>Berkas CSV terlalu besar ({value}; batas {value2}); {value3}.</source>
        <translation>Berkas CSV terlalu besar ({value}; batas {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas kosong: tidak ada baris judul kolom.</source>
        <translation>Berkas kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <source>Baris judul tidak terbaca sebagai CSV ({exc}).</source>
        <translation>Baris judul tidak terbaca sebagai CSV ({exc}).</translation>
    </message>
    <message>
        <source>Baris {line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi.</source>
        <translation>Baris {line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi.</translation>
    </message>
    <message>
        <source>berkas bertanda UTF-8 tetapi ada huruf yang bukan UTF-8</source>
        <translation>berkas bertanda UTF-8 tetapi ada huruf yang bukan UTF-8</translation>
    </message>
    <message>
        <source>Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.</source>
        <translation>Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>Jenis berkas tidak didukung; pakai .csv atau .xlsx.</source>
        <translation>Jenis berkas tidak didukung; pakai .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8, lalu ulangi</source>
        <translation>buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8, lalu ulangi</translation>
    </message>
    <message>
        <source>bagi menjadi beberapa berkas (paling banyak {rows} baris per berkas) lalu impor satu per satu</source>
        <translation>bagi menjadi beberapa berkas (paling banyak {rows} baris per berkas) lalu impor satu per satu</translation>
    </message>
    <message>
        <source>Berkas berisi lebih dari {value} baris data, batas satu impor; {value2}.</source>
        <translation>Berkas berisi lebih dari {value} baris data, batas satu impor; {value2}.</translation>
    </message>
    <message>
        <source>Baris {value}: ada sel lebih dari {value2} karakter (batas sel Excel); berkas ini bukan daftar biasa — periksa sel itu.</source>
        <translation>Baris {value}: ada sel lebih dari {value2} karakter (batas sel Excel); berkas ini bukan daftar biasa — periksa sel itu.</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {columns} kolom terisi (batas {columns}); hapus kolom yang tidak dipakai lalu ulangi.</source>
        <translation>Baris {value}: lebih dari {columns} kolom terisi (batas {columns}); hapus kolom yang tidak dipakai lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi deklarasi entitas XML yang tidak dibuat Excel (cara membuat berkas yang menghabiskan memori); berkas ditolak — {resave}.</source>
        <translation>Berkas .xlsx berisi deklarasi entitas XML yang tidak dibuat Excel (cara membuat berkas yang menghabiskan memori); berkas ditolak — {resave}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx rusak atau bukan buku kerja Excel.</source>
        <translation>Berkas .xlsx rusak atau bukan buku kerja Excel.</translation>
    </message>
    <message>
        <source>Berkas .xlsx terlalu besar ({value}; batas {value2}); {value3}.</source>
        <translation>Berkas .xlsx terlalu besar ({value}; batas {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi lebih dari {value} bagian; bukan buku kerja biasa — {RESAVE}.</source>
        <translation>Berkas .xlsx berisi lebih dari {value} bagian; bukan buku kerja biasa — {RESAVE}.</translation>
    </message>
    <message>
        <source>Buku kerja tidak berisi lembar kerja.</source>
        <translation>Buku kerja tidak berisi lembar kerja.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx terlalu besar setelah dibuka ({value}; batas {value2}); {value3}.</source>
        <translation>Isi berkas .xlsx terlalu besar setelah dibuka ({value}; batas {value2}); {value3}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi teks lebih dari {value} karakter tanpa jeda (batas sel Excel); bukan buku kerja biasa — {RESAVE}.</source>
        <translation>Berkas .xlsx berisi teks lebih dari {value} karakter tanpa jeda (batas sel Excel); bukan buku kerja biasa — {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi buku kerja .xlsx rusak; simpan ulang dari Excel.</source>
        <translation>Isi buku kerja .xlsx rusak; simpan ulang dari Excel.</translation>
    </message>
    <message>
        <source>Lembar pertama kosong: tidak ada baris judul kolom.</source>
        <translation>Lembar pertama kosong: tidak ada baris judul kolom.</translation>
    </message>
    <message>
        <source>Lembar pertama menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>Lembar pertama menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx terlalu besar setelah dibuka (satu bagian {value}; batas {value2}); {value3}, atau {RESAVE}.</source>
        <translation>Isi berkas .xlsx terlalu besar setelah dibuka (satu bagian {value}; batas {value2}); {value3}, atau {RESAVE}.</translation>
    </message>
    <message>
        <source>Isi berkas .xlsx tidak wajar: satu bagian menjadi {value} kali lebih besar setelah dibuka (buku kerja biasa paling banyak {ratio} kali); berkas rusak atau sengaja dibuat untuk menghabiskan memori — {RESAVE}.</source>
        <translation>Isi berkas .xlsx tidak wajar: satu bagian menjadi {value} kali lebih besar setelah dibuka (buku kerja biasa paling banyak {ratio} kali); berkas rusak atau sengaja dibuat untuk menghabiskan memori — {RESAVE}.</translation>
    </message>
    <message>
        <source>Baris {value}: lebih dari {value2} sel, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>Baris {value}: lebih dari {value2} sel, batas Excel; berkas rusak — {RESAVE}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi satu tanda XML lebih dari {value}; bukan buku kerja biasa — {RESAVE}.</source>
        <translation>Berkas .xlsx berisi satu tanda XML lebih dari {value}; bukan buku kerja biasa — {RESAVE}.</translation>
    </message>
    <message>
        <source>Lembar kerja menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</source>
        <translation>Lembar kerja menyebut baris lebih dari {value}, batas Excel; berkas rusak — {RESAVE}.</translation>
    </message>
    <message>
        <source>Berkas .xlsx berisi lebih dari {value} teks; {value2}.</source>
        <translation>Berkas .xlsx berisi lebih dari {value} teks; {value2}.</translation>
    </message>
    <message>
        <source>Belum ada data di {folder}. Jalankan dulu: lindungi init --device-name NAMA --region KODE</source>
        <translation>Belum ada data di {folder}. Jalankan dulu: lindungi init --device-name NAMA --region KODE</translation>
    </message>
    <message>
        <source>database sedang dipakai program lain: tunggu sebentar atau tutup program itu, lalu ulangi</source>
        <translation>database sedang dipakai program lain: tunggu sebentar atau tutup program itu, lalu ulangi</translation>
    </message>
    <message>
        <source>ruang penyimpanan database penuh: kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak perlu), lalu ulangi; yang sudah tersimpan tidak hilang</source>
        <translation>ruang penyimpanan database penuh: kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak perlu), lalu ulangi; yang sudah tersimpan tidak hilang</translation>
    </message>
    <message>
        <source>database hanya bisa dibaca (berkas, folder atau disk hanya-baca, atau server menolak menulis): pindahkan folder data ke tempat yang bisa ditulis atau buka kunci tulisnya, lalu ulangi</source>
        <translation>database hanya bisa dibaca (berkas, folder atau disk hanya-baca, atau server menolak menulis): pindahkan folder data ke tempat yang bisa ditulis atau buka kunci tulisnya, lalu ulangi</translation>
    </message>
    <message>
        <source>berkas database tidak bisa dibuka: periksa folder data masih ada (flashdisk/disk terpasang) dan boleh ditulis, lalu ulangi</source>
        <translation>berkas database tidak bisa dibuka: periksa folder data masih ada (flashdisk/disk terpasang) dan boleh ditulis, lalu ulangi</translation>
    </message>
    <message>
        <source>gagal membaca atau menulis database di disk: periksa disk atau flashdisk masih terpasang, lalu ulangi</source>
        <translation>gagal membaca atau menulis database di disk: periksa disk atau flashdisk masih terpasang, lalu ulangi</translation>
    </message>
    <message>
        <source>database server melaporkan data rusak: hubungi pengelola server; pemulihan dari cadangan server adalah urusannya</source>
        <translation>database server melaporkan data rusak: hubungi pengelola server; pemulihan dari cadangan server adalah urusannya</translation>
    </message>
    <message>
        <source>database rusak: lihat cadangan dengan 'lindungi backup list', lalu pulihkan dengan 'lindungi backup restore FILE'; pendaftaran sesudah cadangan itu dibuat hilang dan perlu didaftar ulang</source>
        <translation>database rusak: lihat cadangan dengan 'lindungi backup list', lalu pulihkan dengan 'lindungi backup restore FILE'; pendaftaran sesudah cadangan itu dibuat hilang dan perlu didaftar ulang</translation>
    </message>
    <message>
        <source>database server tidak bisa dipakai; periksa --database-url (atau LINDUNGI_DATABASE_URL), jaringan, dan hak akses pengguna database</source>
        <translation>database server tidak bisa dipakai; periksa --database-url (atau LINDUNGI_DATABASE_URL), jaringan, dan hak akses pengguna database</translation>
    </message>
    <message>
        <source>program ini versi laptop dan tidak membawa driver PostgreSQL: untuk database server (--database-url atau LINDUNGI_DATABASE_URL) pakai program versi kantor (lindungi-office)</source>
        <translation>program ini versi laptop dan tidak membawa driver PostgreSQL: untuk database server (--database-url atau LINDUNGI_DATABASE_URL) pakai program versi kantor (lindungi-office)</translation>
    </message>
</context>
</TS>