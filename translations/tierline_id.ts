<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Tierline::AccountChangeRequestDialog</name>
    <message>
        <source>Request account change</source>
        <translation>Minta perubahan akun</translation>
    </message>
    <message>
        <source>For %1. These changes are made by our staff: tell us what should change and we will get back to you.</source>
        <translation>Untuk %1. Perubahan ini dilakukan oleh staf kami: beri tahu kami apa yang perlu diubah, dan kami akan menghubungi Anda kembali.</translation>
    </message>
    <message>
        <source>&amp;What should change?</source>
        <translation>&amp;Apa yang perlu diubah?</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detail</translation>
    </message>
    <message>
        <source>For example: move from Pro to Plus at the next renewal.</source>
        <translation>Contoh: pindah dari Pro ke Plus pada perpanjangan berikutnya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Kirim permintaan</translation>
    </message>
    <message>
        <source>Your request “%1” for %2 was sent. Our staff will contact you.</source>
        <translation>Permintaan “%1” Anda untuk %2 telah dikirim. Staf kami akan menghubungi Anda.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountStore</name>
    <message>
        <source>There is no account %1.</source>
        <translation>Akun %1 tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa akun</translation>
    </message>
</context>
<context>
    <name>Tierline::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Search accounts by name</source>
        <translation>Cari akun berdasarkan nama</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Caption of the account's next billing event: a renewal, a downgrade, a trial end.</extracomment>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa akun</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Riwayat penagihan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln akun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s)</source>
        <translation>
            <numerusform>%1 dari %Ln akun</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no accounts yet.</source>
        <translation>Belum ada akun.</translation>
    </message>
    <message>
        <source>Select an account to see its billing.</source>
        <translation>Pilih akun untuk melihat penagihannya.</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Terdaftar sejak %1</translation>
    </message>
    <message numerus="yes">
        <source>The trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Uji coba berlaku hingga %1, dengan maksimal %Ln pelanggan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Tanpa pemilik</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln seat(s)</source>
        <translation>
            <numerusform>%1 · %2 · %Ln kursi pengguna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 dalam %2</translation>
    </message>
    <message>
        <source>%1 subscribed · %2 pending upgrade</source>
        <translation>%1 berlangganan · %2 menunggu upgrade</translation>
    </message>
    <message>
        <source>%1 unsubscribed · %2 archived</source>
        <translation>%1 berhenti berlangganan · %2 diarsipkan</translation>
    </message>
    <message>
        <source>%1 in all · %2 not marketing</source>
        <translation>Total %1 · %2 non-pemasaran</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Belum ada tagihan.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Langganan</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingPage</name>
    <message>
        <source>Select an account on the Accounts page to see its billing.</source>
        <translation>Pilih akun di halaman Akun untuk melihat penagihannya.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message numerus="yes">
        <source>Try Campaigns free for %Ln day(s)</source>
        <translation>
            <numerusform>Coba Kampanye gratis selama %Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send campaigns to up to %Ln subscriber(s) during the trial. Nothing is charged.</source>
        <translation>
            <numerusform>Kirim kampanye hingga ke %Ln pelanggan selama uji coba. Tidak ada tagihan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try for free</source>
        <translation>Coba Gratis</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan kembali</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TINGKATAN</translation>
    </message>
    <message>
        <source>SUBSCRIBED</source>
        <translation>BERLANGGANAN</translation>
    </message>
    <message>
        <source>PENDING UPGRADE</source>
        <translation>MENUNGGU UPGRADE</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Ganti jumlah</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Tingkatkan batas</translation>
    </message>
    <message>
        <source>Buy Campaigns</source>
        <translation>Beli Kampanye</translation>
    </message>
    <message>
        <source>Cancel Campaigns</source>
        <translation>Batalkan Kampanye</translation>
    </message>
    <message>
        <source>Account review:</source>
        <translation>Periksa akun:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Riwayat penagihan</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Simpan kuitansi sebagai PDF…</translation>
    </message>
    <message>
        <source>Need another change?</source>
        <translation>Perlu perubahan lain?</translation>
    </message>
    <message>
        <source>Plan downgrades, add-on removals, unbundling and product changes are made by our staff.</source>
        <translation>Penurunan paket, penghapusan add-on, pemisahan Pemasaran dan Penjualan, serta penggantian produk dilakukan oleh staf kami.</translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Hubungi kami</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Minta perubahan akun…</translation>
    </message>
    <message>
        <source>%1 · %2 plan · %3 in %4</source>
        <translation>%1 · paket %2 · %3 dalam %4</translation>
    </message>
    <message numerus="yes">
        <source>Your free trial runs until %1, with up to %Ln subscriber(s).</source>
        <translation>
            <numerusform>Uji coba gratis Anda berlaku hingga %1, dengan maksimal %Ln pelanggan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Gratis selama uji coba</translation>
    </message>
    <message>
        <source>Nothing billed yet.</source>
        <translation>Belum ada tagihan.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>No staff member is acting, so billing is read-only.</source>
        <translation>Tidak ada anggota staf yang bertindak, sehingga penagihan hanya-baca.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya-baca: %1</translation>
    </message>
    <message>
        <source>Expedite review</source>
        <translation>Percepat periksa akun</translation>
    </message>
    <message>
        <source>Request review</source>
        <translation>Minta periksa akun</translation>
    </message>
    <message>
        <source>Cancel Campaigns for %1? It stays usable until %2; contacts and history are kept.</source>
        <translation>Batalkan Kampanye untuk %1? Kampanye masih dapat digunakan hingga %2; kontak dan riwayat tetap disimpan.</translation>
    </message>
    <message>
        <source>Campaigns cancelled</source>
        <translation>Kampanye dibatalkan</translation>
    </message>
    <message>
        <source>Receipt %1 %2.pdf</source>
        <translation>Kuitansi %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan kuitansi sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Nomor kuitansi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkatan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Tierline · Campaigns</source>
        <translation>Tierline · Kampanye</translation>
    </message>
    <message>
        <source>Credited:</source>
        <translation>Dikreditkan:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Jumlah:</translation>
    </message>
    <message>
        <source>Thank you for using Campaigns.</source>
        <translation>Terima kasih telah menggunakan Kampanye.</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1: %2</source>
        <translation>Kuitansi tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingService</name>
    <message>
        <source>Campaigns is not active on %1.</source>
        <translation>Kampanye tidak aktif pada akun %1.</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. Resume it to make changes.</source>
        <translation>Kampanye dibatalkan mulai %1. Lanjutkan kembali Kampanye untuk melakukan perubahan.</translation>
    </message>
    <message>
        <source>%1 already took the free trial on %2.</source>
        <translation>%1 sudah menggunakan uji coba gratis pada %2.</translation>
    </message>
    <message>
        <source>Campaigns is already on for %1.</source>
        <translation>Kampanye sudah aktif untuk %1.</translation>
    </message>
    <message>
        <source>No cancellation is scheduled for %1.</source>
        <translation>Tidak ada pembatalan yang dijadwalkan untuk %1.</translation>
    </message>
    <message>
        <source>Buying Campaigns needs an approved account review. Request one first.</source>
        <translation>Pembelian Kampanye memerlukan periksa akun yang telah disetujui. Mintalah periksa akun terlebih dahulu.</translation>
    </message>
    <message>
        <source>The account has more subscribed contacts than %1 subscribers; choose at least %2.</source>
        <translation>Akun ini memiliki kontak berlangganan lebih dari %1 pelanggan; pilih minimal %2.</translation>
    </message>
    <message>
        <source>The review of %1 is already expedited.</source>
        <translation>Periksa akun %1 sudah dipercepat.</translation>
    </message>
    <message>
        <source>The account review of %1 is already approved.</source>
        <translation>Periksa akun %1 sudah disetujui.</translation>
    </message>
    <message>
        <source>%1 has no pending account review.</source>
        <translation>%1 tidak memiliki periksa akun yang sedang menunggu keputusan.</translation>
    </message>
    <message>
        <source>The amounts changed since you reviewed them: %1 would be charged today instead of %2. Review the change again.</source>
        <translation>Jumlahnya berubah sejak Anda meninjaunya: %1 akan ditagih hari ini, bukan %2. Tinjau kembali perubahan ini.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, the currency of %2.</source>
        <translation>Katalog harga tidak memiliki harga Kampanye dalam %1, mata uang %2.</translation>
    </message>
    <message>
        <source>The price catalog has no Campaigns prices in %1, which %2 and perhaps other accounts are billed in. Use a catalog with %1 prices.</source>
        <translation>Katalog harga tidak memiliki harga Kampanye dalam %1, mata uang penagihan %2 dan mungkin akun lain. Gunakan katalog dengan harga dalam %1.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Reload it and try again.</source>
        <translation>%1 telah diubah oleh orang lain setelah Anda membukanya. Muat ulang lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>Tierline::BillingText</name>
    <message>
        <source>Not taken</source>
        <translation>Belum diambil</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Belum diminta</translation>
    </message>
    <message>
        <source>Pending (expedited)</source>
        <translation>Menunggu (dipercepat)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <source>Marketing + Sales</source>
        <translation>Pemasaran + Penjualan</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Cancelled: the trial stops on %1</source>
        <translation>Dibatalkan: uji coba berhenti pada %1</translation>
    </message>
    <message>
        <source>Stops on %1 unless the account review is approved</source>
        <translation>Berhenti pada %1 kecuali periksa akun disetujui</translation>
    </message>
    <message numerus="yes">
        <source>Continues at %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Berlanjut dengan %Ln pelanggan mulai %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels on %1; usable until then</source>
        <translation>Dibatalkan pada %1; dapat digunakan hingga saat itu</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Penurunan ke %Ln pelanggan pada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renews on %1 at %2</source>
        <translation>Diperpanjang pada %1 seharga %2</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Diperpanjang pada %1</translation>
    </message>
    <message numerus="yes">
        <source>Free trial · up to %Ln subscriber(s)</source>
        <translation>
            <numerusform>Uji coba gratis · hingga %Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active · %Ln subscriber(s)</source>
        <translation>
            <numerusform>Aktif · %Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after the trial; contacts and history are kept</source>
        <translation>Dihentikan setelah uji coba; kontak dan riwayat tetap disimpan</translation>
    </message>
    <message>
        <source>Cancelled; contacts and history are kept</source>
        <translation>Dibatalkan; kontak dan riwayat tetap disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln hari tersisa dalam uji coba Anda</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1. You can use it until then.</source>
        <translation>Kampanye dibatalkan mulai %1. Anda dapat menggunakannya hingga saat itu.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <source>%1 per 1,000 subscribers</source>
        <translation>%1 per 1.000 pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln day(s) left in this cycle</source>
        <translation>
            <numerusform>%1 dari %Ln hari tersisa dalam siklus ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Free during the trial</source>
        <translation>Gratis selama uji coba</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Peningkatan</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Penurunan</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Email marketing</source>
        <translation>Pemasaran email</translation>
    </message>
    <message>
        <source>Sign-up forms</source>
        <translation>Formulir pendaftaran</translation>
    </message>
    <message>
        <source>Basic reporting</source>
        <translation>Pelaporan dasar</translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation>Otomatisasi pemasaran</translation>
    </message>
    <message>
        <source>Landing pages</source>
        <translation>Halaman landing</translation>
    </message>
    <message>
        <source>A/B testing</source>
        <translation>Pengujian A/B</translation>
    </message>
    <message>
        <source>Custom reporting</source>
        <translation>Pelaporan kustom</translation>
    </message>
    <message>
        <source>Predictive sending</source>
        <translation>Pengiriman prediktif</translation>
    </message>
    <message>
        <source>Salesforce integration</source>
        <translation>Integrasi Salesforce</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on (SSO)</translation>
    </message>
    <message>
        <source>Custom user roles</source>
        <translation>Peran pengguna kustom</translation>
    </message>
    <message>
        <source>Dedicated support</source>
        <translation>Dukungan khusus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user seat(s)</source>
        <translation>
            <numerusform>%Ln kursi pengguna</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 plan</source>
        <extracomment>A plan by its name: "Pro plan".</extracomment>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ledger line: its reason, then what it prices ("Plan renewal · Pro plan").</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Tierline::Catalog</name>
    <message>
        <source>line %1, column %2</source>
        <extracomment>The place of a syntax error in a catalog file</extracomment>
        <translation>baris %1, kolom %2</translation>
    </message>
    <message>
        <source>%1: at %2: %3</source>
        <extracomment>%1 file name, %2 place in the file (a JSON path or a line and column), %3 problem</extracomment>
        <translation>%1: di %2: %3</translation>
    </message>
    <message>
        <source>the text "%1"</source>
        <extracomment>Describes a JSON string value found where something else was expected</extracomment>
        <translation>teks "%1"</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada nilai</translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation>nilai tidak ada</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>seharusnya objek, ditemukan: %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>seharusnya daftar, ditemukan: %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>seharusnya teks, ditemukan: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>seharusnya bilangan bulat, ditemukan: %1</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>angka %1 di luar rentang</translation>
    </message>
    <message>
        <source>price must not be negative, found %1</source>
        <translation>harga tidak boleh negatif, ditemukan: %1</translation>
    </message>
    <message>
        <source>must be positive, found %1</source>
        <translation>harus positif, ditemukan: %1</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>angka %1 terlalu besar</translation>
    </message>
    <message>
        <source>no prices for %1</source>
        <translation>tidak ada harga untuk %1</translation>
    </message>
    <message>
        <source>currency %1 is not in the catalog's currencies</source>
        <translation>mata uang %1 tidak termasuk dalam daftar mata uang katalog</translation>
    </message>
    <message>
        <source>unknown billing interval; expected monthly or annual</source>
        <translation>interval penagihan tidak dikenal; seharusnya monthly atau annual</translation>
    </message>
    <message>
        <source>unsupported catalog format %1; this version reads format 1</source>
        <translation>format katalog %1 tidak didukung; versi ini membaca format 1</translation>
    </message>
    <message>
        <source>lists no currency</source>
        <translation>tidak mencantumkan mata uang apa pun</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>kode mata uang "%1" tidak dikenal</translation>
    </message>
    <message>
        <source>currency %1 is listed twice</source>
        <translation>mata uang %1 tercantum dua kali</translation>
    </message>
    <message>
        <source>lists no product</source>
        <translation>tidak mencantumkan produk apa pun</translation>
    </message>
    <message>
        <source>product "%1" is listed twice</source>
        <translation>produk "%1" tercantum dua kali</translation>
    </message>
    <message>
        <source>lists no plan</source>
        <translation>tidak mencantumkan paket apa pun</translation>
    </message>
    <message>
        <source>plan id "%1" is used twice</source>
        <translation>ID paket "%1" digunakan dua kali</translation>
    </message>
    <message>
        <source>add-on id "%1" is used twice</source>
        <translation>ID add-on "%1" digunakan dua kali</translation>
    </message>
    <message>
        <source>must not be below minTier (%1)</source>
        <translation>tidak boleh lebih kecil dari minTier (%1)</translation>
    </message>
    <message>
        <source>does not divide the range from %1 to %2 into whole steps</source>
        <translation>tidak membagi rentang %1 hingga %2 menjadi langkah-langkah yang utuh</translation>
    </message>
    <message>
        <source>expected %1 prices, one per tier from %2 to %3, found %4</source>
        <translation>seharusnya %1 harga, satu per tingkatan dari %2 hingga %3, ditemukan %4</translation>
    </message>
    <message>
        <source>total price falls from %1 to %2 %3</source>
        <extracomment>%1 and %2 amounts, %3 currency code</extracomment>
        <translation>harga total turun dari %1 menjadi %2 %3</translation>
    </message>
    <message>
        <source>price per subscriber rises above that of %1 subscribers; this tier may cost at most %2 %3</source>
        <extracomment>%1 subscribers of the tier below, %2 amount, %3 currency code</extracomment>
        <translation>harga per pelanggan lebih tinggi daripada tingkatan %1 pelanggan; harga tingkatan ini paling tinggi %2 %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <source>%1: cannot read the catalog: %2</source>
        <translation>%1: tidak dapat membaca katalog: %2</translation>
    </message>
    <message>
        <source>%1 is not a subscriber tier: tiers go from %2 to %3 in steps of %4.</source>
        <translation>%1 bukan tingkatan pelanggan: tingkatan berkisar dari %2 hingga %3 dengan kelipatan %4.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangePlanDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Ganti paket</translation>
    </message>
    <message>
        <source>Compare the plans for %1 and pick one. Prices are %2 in %3.</source>
        <translation>Bandingkan paket untuk %1 dan pilih salah satu. Harga berlaku %2 dalam %3.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Included users</source>
        <translation>Pengguna termasuk</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>The plan the account has now, in the comparison's header: "Plus (current)".</extracomment>
        <translation>%1 (saat ini)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Termasuk</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Tidak termasuk</translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation>Perbandingan paket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 is the plan the account has now.</source>
        <translation>%1 adalah paket akun saat ini.</translation>
    </message>
    <message>
        <source>Moving to %1 is a plan downgrade: our staff make it on request, at the end of the plan cycle.</source>
        <translation>Pindah ke %1 adalah penurunan paket: staf kami melakukannya atas permintaan, di akhir siklus paket.</translation>
    </message>
    <message>
        <source>With %1 the plan costs %2 %3 from the next cycle. You pay the difference for the rest of this cycle today: %4.</source>
        <translation>Dengan %1 paket seharga %2 %3 mulai siklus berikutnya. Selisih untuk sisa siklus ini Anda bayar hari ini: %4.</translation>
    </message>
    <message>
        <source>%1 does not have features the account uses now: %2.</source>
        <translation>%1 tidak memiliki fitur yang kini digunakan akun: %2.</translation>
    </message>
    <message>
        <source>Request account change…</source>
        <translation>Minta perubahan akun…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Tinjau pembelian…</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeRequests</name>
    <message>
        <source>Downgrade the plan</source>
        <translation>Menurunkan paket</translation>
    </message>
    <message>
        <source>Remove an add-on</source>
        <translation>Menghapus add-on</translation>
    </message>
    <message>
        <source>Unbundle Marketing and Sales</source>
        <translation>Memisahkan Pemasaran dan Penjualan</translation>
    </message>
    <message>
        <source>Change the product</source>
        <translation>Mengganti produk</translation>
    </message>
    <message>
        <source>Describe the change you need, so that staff can act on it.</source>
        <translation>Jelaskan perubahan yang Anda perlukan agar staf dapat menindaklanjutinya.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>Deskripsi terlalu panjang: maksimal %1 karakter.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Akun %1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Request %1 does not exist or is already handled.</source>
        <translation>Permintaan %1 tidak ada atau sudah ditangani.</translation>
    </message>
</context>
<context>
    <name>Tierline::ChangeTierDialog</name>
    <message>
        <source>Buy Campaigns</source>
        <translation>Beli Kampanye</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Ganti jumlah</translation>
    </message>
    <message>
        <source>Choose your subscriber tier</source>
        <translation>Pilih tingkatan pelanggan Anda</translation>
    </message>
    <message>
        <source>Change the number of subscribers</source>
        <translation>Ganti jumlah pelanggan</translation>
    </message>
    <message>
        <source>Campaigns for %1 · %2 in %3</source>
        <translation>Kampanye untuk %1 · %2 dalam %3</translation>
    </message>
    <message>
        <source>&amp;Subscribers</source>
        <translation>&amp;Pelanggan</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) today.</source>
        <translation>
            <numerusform>%Ln kontak berlangganan hari ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen for the end of the trial: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Dipilih untuk akhir uji coba: %Ln pelanggan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current tier: %Ln subscriber(s).</source>
        <translation>
            <numerusform>Tingkatan saat ini: %Ln pelanggan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lowest possible: %1 — %Ln contact(s) are subscribed. Archive contacts to go lower.</source>
        <translation>
            <numerusform>Terendah yang memungkinkan: %1 — %Ln kontak berlangganan. Arsipkan kontak untuk menurunkan tingkatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move 1,000, Page Up and Page Down 5,000, Home and End to the ends.</source>
        <translation>Tombol panah menggeser 1.000, Page Up dan Page Down 5.000, Home dan End ke ujung.</translation>
    </message>
    <message>
        <source>Number of subscribers</source>
        <translation>Jumlah pelanggan</translation>
    </message>
    <message>
        <source>Cost preview</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Tanggal efektif</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Ditagih hari ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>Pembelian baru</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Harga penuh mulai %1</translation>
    </message>
    <message>
        <source>The first %1 is charged in full today.</source>
        <translation>Harga penuh %1 pertama ditagih hari ini.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message numerus="yes">
        <source>Credit for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Kredit untuk %Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charge for %Ln subscriber(s)</source>
        <translation>
            <numerusform>Tagihan untuk %Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is charged during the trial. The chosen tier applies when the trial ends on %1.</source>
        <translation>Tidak ada tagihan selama uji coba. Tingkatan yang dipilih berlaku saat uji coba berakhir pada %1.</translation>
    </message>
    <message>
        <source>The new limit applies at once; the difference for the rest of this cycle is charged today.</source>
        <translation>Batas baru langsung berlaku; selisih untuk sisa siklus ini ditagih hari ini.</translation>
    </message>
    <message>
        <source>Nothing is charged today. The lower tier starts with the next cycle on %1.</source>
        <translation>Tidak ada tagihan hari ini. Tingkatan yang lebih rendah berlaku mulai siklus berikutnya pada %1.</translation>
    </message>
    <message>
        <source>Keeps the current tier and withdraws the scheduled downgrade.</source>
        <translation>Mempertahankan tingkatan saat ini dan menarik kembali penurunan yang sudah dijadwalkan.</translation>
    </message>
    <message>
        <source>This is the current tier.</source>
        <translation>Ini adalah tingkatan saat ini.</translation>
    </message>
    <message numerus="yes">
        <source>Continue with %Ln subscriber(s) when the trial ends on %1? Nothing is charged now.</source>
        <translation>
            <numerusform>Lanjutkan dengan %Ln pelanggan saat uji coba berakhir pada %1? Tidak ada tagihan saat ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1? Until then the current tier stays, and nothing is charged today.</source>
        <translation>
            <numerusform>Turunkan ke %Ln pelanggan pada %1? Hingga saat itu tingkatan saat ini tetap berlaku, dan tidak ada tagihan hari ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln subscriber(s) and withdraw the scheduled downgrade?</source>
        <translation>
            <numerusform>Pertahankan %Ln pelanggan dan tarik kembali penurunan yang sudah dijadwalkan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the contacts to archive</source>
        <translation>Buka kontak yang dapat diarsipkan</translation>
    </message>
</context>
<context>
    <name>Tierline::CliApplication</name>
    <message>
        <source>upgrade</source>
        <translation>peningkatan</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>penurunan</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>price-table --currency C --cycle monthly|annual   Campaigns prices per tier</source>
        <translation>price-table --currency C --cycle monthly|annual   harga Kampanye per tingkatan</translation>
    </message>
    <message>
        <source>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   price a tier change</source>
        <translation>quote-change --currency C --cycle monthly|annual --from N --to M --cycle-start D --cycle-end D --on D [--subscribed K] [--trial-end D]   hitung harga perubahan tingkatan</translation>
    </message>
    <message>
        <source>demo [--accounts N] [--seed S]   fill an empty database with a demo workspace</source>
        <translation>demo [--accounts N] [--seed S]   isi basis data kosong dengan ruang kerja demo</translation>
    </message>
    <message>
        <source>accounts   list accounts</source>
        <translation>accounts   tampilkan daftar akun</translation>
    </message>
    <message>
        <source>account ID   one account's billing</source>
        <translation>account ID   penagihan satu akun</translation>
    </message>
    <message>
        <source>ledger ID   charges and credits of an account</source>
        <translation>ledger ID   tagihan dan kredit sebuah akun</translation>
    </message>
    <message>
        <source>audit ID   who changed the account's billing, and when</source>
        <translation>audit ID   siapa yang mengubah penagihan akun, dan kapan</translation>
    </message>
    <message>
        <source>users   staff, roles and permissions</source>
        <translation>users   staf, peran, dan izin</translation>
    </message>
    <message>
        <source>advance --to D   apply every billing event due by D</source>
        <translation>advance --to D   terapkan semua peristiwa penagihan yang jatuh tempo hingga D</translation>
    </message>
    <message>
        <source>try ID   start the free Campaigns trial</source>
        <translation>try ID   mulai uji coba gratis Kampanye</translation>
    </message>
    <message>
        <source>set-tier ID --tier N   upgrade, schedule a downgrade, or pick the trial's tier</source>
        <translation>set-tier ID --tier N   tingkatkan, jadwalkan penurunan, atau pilih tingkatan untuk uji coba</translation>
    </message>
    <message>
        <source>cancel ID   cancel Campaigns at the next cycle start</source>
        <translation>cancel ID   batalkan Kampanye pada awal siklus berikutnya</translation>
    </message>
    <message>
        <source>resume ID   withdraw a scheduled cancellation</source>
        <translation>resume ID   tarik kembali pembatalan yang sudah dijadwalkan</translation>
    </message>
    <message>
        <source>buy ID --tier N   buy Campaigns (needs an approved review)</source>
        <translation>buy ID --tier N   beli Kampanye (memerlukan periksa akun yang disetujui)</translation>
    </message>
    <message>
        <source>request-review ID   request or expedite the account review</source>
        <translation>request-review ID   minta atau percepat periksa akun</translation>
    </message>
    <message>
        <source>decide-review ID --approve|--reject   decide a pending review</source>
        <translation>decide-review ID --approve|--reject   putuskan periksa akun yang sedang menunggu</translation>
    </message>
    <message>
        <source>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   ask staff for an account change</source>
        <translation>request-change ID --kind plan_downgrade|addon_removal|unbundle|product_change --details TEXT   minta perubahan akun kepada staf</translation>
    </message>
    <message>
        <source>change-requests [--all]   account change requests for staff</source>
        <translation>change-requests [--all]   permintaan perubahan akun untuk staf</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a billing rule or a permission.
</source>
        <translation>
Kode keluar: 0 berhasil, 1 penggunaan salah, 2 masukan tidak valid, 3 ditolak oleh aturan penagihan atau izin.
</translation>
    </message>
    <message>
        <source>tierline-cli: %1</source>
        <translation>tierline-cli: %1</translation>
    </message>
    <message>
        <source>Try “tierline-cli --help”.</source>
        <translation>Coba “tierline-cli --help”.</translation>
    </message>
    <message>
        <source>Tierline billing from the command line.</source>
        <translation>Penagihan Tierline dari baris perintah.</translation>
    </message>
    <message>
        <source>The billing day.</source>
        <translation>Hari penagihan.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Price catalog.</source>
        <translation>Katalog harga.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Keluaran JSON.</translation>
    </message>
    <message>
        <source>Acting user.</source>
        <translation>Pengguna yang bertindak.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Language.</source>
        <translation>Bahasa.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>Bantuan.</translation>
    </message>
    <message>
        <source>Version.</source>
        <translation>Versi.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Perintah yang akan dijalankan.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>tidak ada perintah yang diberikan.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today memerlukan tanggal dalam format YYYY-MM-DD, bukan “%1”.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>perintah “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>“%1” is not an account id.</source>
        <translation>“%1” bukan ID akun.</translation>
    </message>
    <message>
        <source>Currency.</source>
        <translation>Mata uang.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Billing cycle.</source>
        <translation>Siklus penagihan.</translation>
    </message>
    <message>
        <source>CYCLE</source>
        <translation>CYCLE</translation>
    </message>
    <message>
        <source>price-table needs --currency and --cycle.</source>
        <translation>price-table memerlukan --currency dan --cycle.</translation>
    </message>
    <message>
        <source>The catalog has no prices in %1; it has %2.</source>
        <translation>Katalog tidak memiliki harga dalam %1; yang tersedia: %2.</translation>
    </message>
    <message>
        <source>--cycle is monthly or annual, not “%1”.</source>
        <translation>--cycle harus monthly atau annual, bukan “%1”.</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Current tier.</source>
        <translation>Tingkatan saat ini.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wanted tier.</source>
        <translation>Tingkatan yang diinginkan.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Cycle start.</source>
        <translation>Awal siklus.</translation>
    </message>
    <message>
        <source>Cycle end.</source>
        <translation>Akhir siklus.</translation>
    </message>
    <message>
        <source>Day of the change.</source>
        <translation>Tanggal perubahan.</translation>
    </message>
    <message>
        <source>Subscribed contacts.</source>
        <translation>Kontak yang berlangganan.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Trial end.</source>
        <translation>Akhir uji coba.</translation>
    </message>
    <message>
        <source>quote-change needs --%1.</source>
        <translation>quote-change memerlukan --%1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 memerlukan bilangan bulat, bukan “%2”.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 memerlukan tanggal dalam format YYYY-MM-DD, bukan “%2”.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Tanggal efektif</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Ditagih hari ini</translation>
    </message>
    <message>
        <source>Next cycle price</source>
        <translation>Harga siklus berikutnya</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Accounts to create.</source>
        <translation>Jumlah akun yang akan dibuat.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Seed acak.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--accounts needs a whole number, not “%1”.</source>
        <translation>--accounts memerlukan bilangan bulat, bukan “%1”.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed memerlukan bilangan bulat, bukan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Created a demo workspace with %Ln account(s) in %1.
</source>
        <translation>
            <numerusform>Ruang kerja demo dengan %Ln akun telah dibuat di %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Periksa akun</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Uji coba</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left in your trial</source>
        <translation>
            <numerusform>%Ln hari tersisa dalam uji coba Anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen tier</source>
        <translation>Tingkatan yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) from %1</source>
        <translation>
            <numerusform>%Ln pelanggan mulai %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to %Ln subscriber(s) on %1</source>
        <translation>
            <numerusform>Penurunan ke %Ln pelanggan pada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Cancelled from</source>
        <translation>Dibatalkan mulai</translation>
    </message>
    <message>
        <source>Account review</source>
        <translation>Periksa akun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Balance: %1
</source>
        <translation>Saldo: %1
</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>penjadwal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Last day to apply.</source>
        <translation>Hari terakhir yang diproses.</translation>
    </message>
    <message>
        <source>advance needs --to.</source>
        <translation>advance memerlukan --to.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--to memerlukan tanggal dalam format YYYY-MM-DD, bukan “%1”.</translation>
    </message>
    <message>
        <source>Billing events applied through %1.
</source>
        <translation>Peristiwa penagihan telah diterapkan hingga %1.
</translation>
    </message>
    <message>
        <source>%1 needs one account id.</source>
        <translation>%1 memerlukan satu ID akun.</translation>
    </message>
    <message>
        <source>%1 acts as a user: give --as LOGIN before the command.</source>
        <translation>%1 dijalankan atas nama pengguna: berikan --as LOGIN sebelum perintah.</translation>
    </message>
    <message>
        <source>The free trial of Campaigns runs until %1.
</source>
        <translation>Uji coba gratis Kampanye berlaku hingga %1.
</translation>
    </message>
    <message>
        <source>set-tier needs --tier.</source>
        <translation>set-tier memerlukan --tier.</translation>
    </message>
    <message>
        <source>--tier needs a whole number, not “%1”.</source>
        <translation>--tier memerlukan bilangan bulat, bukan “%1”.</translation>
    </message>
    <message>
        <source>%1 subscribers apply when the trial ends on %2. Nothing is charged now.
</source>
        <translation>Tingkatan %1 pelanggan berlaku saat uji coba berakhir pada %2. Tidak ada tagihan saat ini.
</translation>
    </message>
    <message>
        <source>Upgraded to %1 subscribers. Charged today: %2 (credit %3, charge %4).
</source>
        <translation>Ditingkatkan ke %1 pelanggan. Ditagih hari ini: %2 (kredit %3, tagihan %4).
</translation>
    </message>
    <message>
        <source>Downgrade to %1 subscribers on %2.
</source>
        <translation>Penurunan ke %1 pelanggan dijadwalkan pada %2.
</translation>
    </message>
    <message>
        <source>The tier stays at %1 subscribers.
</source>
        <translation>Tingkatan tetap %1 pelanggan.
</translation>
    </message>
    <message>
        <source>Campaigns is cancelled from %1; it can be used until then.
</source>
        <translation>Kampanye dibatalkan mulai %1; Kampanye masih dapat digunakan hingga saat itu.
</translation>
    </message>
    <message>
        <source>The cancellation is withdrawn.
</source>
        <translation>Pembatalan telah ditarik kembali.
</translation>
    </message>
    <message>
        <source>Tier to buy.</source>
        <translation>Tingkatan yang akan dibeli.</translation>
    </message>
    <message>
        <source>buy needs --tier.</source>
        <translation>buy memerlukan --tier.</translation>
    </message>
    <message>
        <source>Campaigns bought at %1 subscribers; the cycle runs until %2.
</source>
        <translation>Kampanye dibeli dengan tingkatan %1 pelanggan; siklus berlangsung hingga %2.
</translation>
    </message>
    <message>
        <source>The account review is expedited.
</source>
        <translation>Periksa akun telah dipercepat.
</translation>
    </message>
    <message>
        <source>The account review is requested.
</source>
        <translation>Periksa akun telah diminta.
</translation>
    </message>
    <message>
        <source>Approve the review.</source>
        <translation>Setujui periksa akun.</translation>
    </message>
    <message>
        <source>Reject the review.</source>
        <translation>Tolak periksa akun.</translation>
    </message>
    <message>
        <source>decide-review needs exactly one of --approve and --reject.</source>
        <translation>decide-review memerlukan tepat satu dari --approve dan --reject.</translation>
    </message>
    <message>
        <source>The account review is approved.
</source>
        <translation>Periksa akun disetujui.
</translation>
    </message>
    <message>
        <source>The account review is rejected.
</source>
        <translation>Periksa akun ditolak.
</translation>
    </message>
    <message>
        <source>What to change.</source>
        <translation>Jenis perubahan.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>What should change.</source>
        <translation>Uraian perubahan yang diinginkan.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>request-change needs --kind and --details.</source>
        <translation>request-change memerlukan --kind dan --details.</translation>
    </message>
    <message>
        <source>--kind is plan_downgrade, addon_removal, unbundle or product_change, not “%1”.</source>
        <translation>--kind harus plan_downgrade, addon_removal, unbundle, atau product_change, bukan “%1”.</translation>
    </message>
    <message>
        <source>Request %1 is filed; staff will contact you about it.
</source>
        <translation>Permintaan %1 telah diajukan; staf akan menghubungi Anda mengenai hal ini.
</translation>
    </message>
    <message>
        <source>Include handled requests.</source>
        <translation>Sertakan permintaan yang sudah ditangani.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Harga per bulan</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Harga per tahun</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln seat(s); %2 in %3</source>
        <translation>
            <numerusform>%1, %Ln kursi pengguna; %2 dalam %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Berlangganan</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>Menunggu upgrade</translation>
    </message>
    <message>
        <source>Contacts in all</source>
        <translation>Total kontak</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Diminta pada</translation>
    </message>
    <message>
        <source>plan-change ID --seats N|--add-addon ADDON|--plan PLAN [--dry-run]   change user seats, add an add-on, or move to a dearer plan</source>
        <translation>plan-change ID --seats N|--add-addon ADDON|--plan PAKET [--dry-run]   ubah kursi pengguna, tambahkan add-on, atau pindah ke paket yang lebih mahal</translation>
    </message>
    <message>
        <source>User seats.</source>
        <translation>Kursi pengguna.</translation>
    </message>
    <message>
        <source>Add-on to add.</source>
        <translation>Add-on yang ditambahkan.</translation>
    </message>
    <message>
        <source>ADDON</source>
        <translation>ADDON</translation>
    </message>
    <message>
        <source>Plan to move to.</source>
        <translation>Paket tujuan.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>Only price the change.</source>
        <translation>Hanya hitung harga perubahan.</translation>
    </message>
    <message>
        <source>plan-change needs exactly one of --seats, --add-addon and --plan.</source>
        <translation>plan-change memerlukan tepat satu dari --seats, --add-addon, dan --plan.</translation>
    </message>
    <message>
        <source>--seats needs a whole number, not “%1”.</source>
        <translation>--seats memerlukan bilangan bulat, bukan “%1”.</translation>
    </message>
    <message>
        <source>Full price from the next cycle</source>
        <translation>Harga penuh mulai siklus berikutnya</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).
</source>
        <translation>Tidak ada yang diubah (--dry-run).
</translation>
    </message>
    <message>
        <source>Status.</source>
        <translation>Status.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>yes or no.</source>
        <translation>yes atau no.</translation>
    </message>
    <message>
        <source>YES|NO</source>
        <translation>YES|NO</translation>
    </message>
    <message>
        <source>Name or email.</source>
        <translation>Nama atau email.</translation>
    </message>
    <message>
        <source>--status takes subscribed, pending_upgrade, unsubscribed or archived, not “%1”.</source>
        <translation>--status menerima subscribed, pending_upgrade, unsubscribed, atau archived, bukan “%1”.</translation>
    </message>
    <message>
        <source>--marketing takes yes or no, not “%1”.</source>
        <translation>--marketing menerima yes atau no, bukan “%1”.</translation>
    </message>
    <message>
        <source>contacts needs list, archive, set-marketing, delete or import.</source>
        <translation>contacts memerlukan list, archive, set-marketing, delete, atau import.</translation>
    </message>
    <message>
        <source>unknown contacts command “%1”.</source>
        <translation>perintah contacts tidak dikenal “%1”.</translation>
    </message>
    <message>
        <source>Rows to show.</source>
        <translation>Jumlah baris yang ditampilkan.</translation>
    </message>
    <message>
        <source>--limit needs a number of rows, not “%1”.</source>
        <translation>--limit memerlukan jumlah baris, bukan “%1”.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>yes; non-marketing from %1</source>
        <translation>ya; non-pemasaran mulai %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching contact(s).
</source>
        <translation>
            <numerusform>%1 dari %Ln kontak yang cocok.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Set marketing.</source>
        <translation>Jadikan pemasaran.</translation>
    </message>
    <message>
        <source>Set non-marketing.</source>
        <translation>Jadikan non-pemasaran.</translation>
    </message>
    <message>
        <source>contacts set-marketing needs either --yes or --no.</source>
        <translation>contacts set-marketing memerlukan --yes atau --no.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) archived.</source>
        <translation>
            <numerusform>%Ln kontak diarsipkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) deleted.</source>
        <translation>
            <numerusform>%Ln kontak dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) changed.</source>
        <translation>
            <numerusform>%Ln kontak diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) stay marketing until the update date, %1.</source>
        <translation>
            <numerusform>%Ln kontak tetap menjadi kontak pemasaran hingga tanggal pembaruan, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln kontak menunggu sebagai Menunggu upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest tier the account can choose now: %1.
</source>
        <translation>Tingkatan terendah yang dapat dipilih akun sekarang: %1.
</translation>
    </message>
    <message>
        <source>Account id.</source>
        <translation>ID akun.</translation>
    </message>
    <message>
        <source>update or skip.</source>
        <translation>update atau skip.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>KEBIJAKAN</translation>
    </message>
    <message>
        <source>contacts import needs a FILE and --account ID.</source>
        <translation>contacts import memerlukan FILE dan --account ID.</translation>
    </message>
    <message>
        <source>--duplicates takes update or skip, not “%1”.</source>
        <translation>--duplicates menerima update atau skip, bukan “%1”.</translation>
    </message>
    <message>
        <source>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   list or change an account's contacts; contacts import FILE --account ID [--duplicates update|skip]</source>
        <translation>contacts list|archive|set-marketing|delete ID [--status S] [--marketing yes|no] [--search TEXT]   tampilkan atau ubah kontak akun; contacts import FILE --account ID [--duplicates update|skip]</translation>
    </message>
    <message>
        <source>no limit: Campaigns is not active</source>
        <translation>tanpa batas: Kampanye tidak aktif</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Kontak pemasaran</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Total contacts</source>
        <translation>Total kontak</translation>
    </message>
    <message>
        <source>Next update date</source>
        <translation>Tanggal pembaruan berikutnya</translation>
    </message>
    <message>
        <source>Overage policy</source>
        <translation>Kebijakan kelebihan</translation>
    </message>
    <message>
        <source>Mark the listed notifications read.</source>
        <translation>Tandai notifikasi yang tercantum sebagai sudah dibaca.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Tidak ada notifikasi.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>hold or auto-upgrade.</source>
        <translation>hold atau auto-upgrade.</translation>
    </message>
    <message>
        <source>overage needs --policy hold or auto-upgrade.</source>
        <translation>overage memerlukan --policy hold atau auto-upgrade.</translation>
    </message>
    <message>
        <source>--policy takes hold or auto-upgrade, not “%1”.</source>
        <translation>--policy menerima hold atau auto-upgrade, bukan “%1”.</translation>
    </message>
    <message>
        <source>Overage policy of %1: %2. %3
</source>
        <translation>Kebijakan kelebihan %1: %2. %3
</translation>
    </message>
    <message>
        <source>usage ID   marketing contacts against the tier, next update date and the forecast</source>
        <translation>usage ID   kontak pemasaran terhadap tingkatan, tanggal pembaruan berikutnya, dan perkiraan</translation>
    </message>
    <message>
        <source>notifications [--account ID] [--mark-read]   usage notifications at 75, 90, 98 % and over the tier</source>
        <translation>notifications [--account ID] [--mark-read]   notifikasi penggunaan pada 75, 90, 98 % dan di atas tingkatan</translation>
    </message>
    <message>
        <source>overage ID --policy hold|auto-upgrade   what happens to new contacts beyond the tier</source>
        <translation>overage ID --policy hold|auto-upgrade   apa yang terjadi pada kontak baru di atas tingkatan</translation>
    </message>
    <message>
        <source>Backup file.</source>
        <translation>File cadangan.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup memerlukan --out FILE.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Tidak ada basis data di %1.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 to %2.
</source>
        <translation>Salinan %1 disimpan ke %2.
</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>penagihan</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>kesepakatan</translation>
    </message>
    <message>
        <source>Amount per interval.</source>
        <translation>Jumlah per interval.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>JUMLAH</translation>
    </message>
    <message>
        <source>monthly, quarterly or annual.</source>
        <translation>monthly, quarterly, atau annual.</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVAL</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Hari pertama.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Hari terakhir.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Catatan.</translation>
    </message>
    <message>
        <source>--amount needs a plain decimal such as 1234.50, not “%1”.</source>
        <translation>--amount memerlukan desimal biasa seperti 1234.50, bukan “%1”.</translation>
    </message>
    <message>
        <source>--interval takes monthly, quarterly or annual, not “%1”.</source>
        <translation>--interval menerima monthly, quarterly, atau annual, bukan “%1”.</translation>
    </message>
    <message>
        <source>First month.</source>
        <translation>Bulan pertama.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Last month.</source>
        <translation>Bulan terakhir.</translation>
    </message>
    <message>
        <source>Owner's name or login.</source>
        <translation>Nama atau login pemilik.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Mata uang laporan.</translation>
    </message>
    <message>
        <source>mrr needs --from YYYY-MM and --to YYYY-MM.</source>
        <translation>mrr memerlukan --from YYYY-MM dan --to YYYY-MM.</translation>
    </message>
    <message>
        <source>--%1 needs a month as YYYY-MM, not “%2”.</source>
        <translation>--%1 memerlukan bulan dengan format YYYY-MM, bukan “%2”.</translation>
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation>Tidak ada staf “%1”.</translation>
    </message>
    <message>
        <source>MRR in %1
</source>
        <translation>MRR dalam %1
</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ekspansi</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraksi</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivasi</translation>
    </message>
    <message>
        <source>subscriptions needs import.</source>
        <translation>subscriptions memerlukan import.</translation>
    </message>
    <message>
        <source>unknown subscriptions command “%1”.</source>
        <translation>perintah subscriptions tidak dikenal “%1”.</translation>
    </message>
    <message>
        <source>subscriptions import needs a FILE.</source>
        <translation>subscriptions import memerlukan FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) imported</source>
        <translation>
            <numerusform>%Ln kesepakatan diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) created</source>
        <translation>
            <numerusform>%Ln akun dibuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales rep(s) added.</source>
        <translation>
            <numerusform>%Ln perwakilan penjualan ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Monthly rate</source>
        <translation>Tarif bulanan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Current monthly rate: %1
</source>
        <translation>Tarif bulanan saat ini: %1
</translation>
    </message>
    <message>
        <source>deal needs add, edit or delete.</source>
        <translation>deal memerlukan add, edit, atau delete.</translation>
    </message>
    <message>
        <source>unknown deal command “%1”.</source>
        <translation>perintah deal tidak dikenal “%1”.</translation>
    </message>
    <message>
        <source>deal add needs --amount, --interval and --start.</source>
        <translation>deal add memerlukan --amount, --interval, dan --start.</translation>
    </message>
    <message>
        <source>Deal %1 added: %2 a month from %3.
</source>
        <translation>Kesepakatan %1 ditambahkan: %2 per bulan mulai %3.
</translation>
    </message>
    <message>
        <source>Deal %1 deleted.
</source>
        <translation>Kesepakatan %1 dihapus.
</translation>
    </message>
    <message>
        <source>Deal %1 changed.
</source>
        <translation>Kesepakatan %1 diubah.
</translation>
    </message>
    <message>
        <source>smart-lists takes no arguments.</source>
        <translation>smart-lists tidak menerima argumen.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>tersimpan</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>Daftar pintar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Smart list name.</source>
        <translation>Nama daftar pintar.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>Berkas CSV yang akan ditulis.</translation>
    </message>
    <message>
        <source>Field separator, , or ;.</source>
        <translation>Pemisah kolom, , atau ;.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>KARAKTER</translation>
    </message>
    <message>
        <source>Start with a UTF-8 BOM.</source>
        <translation>Awali dengan BOM UTF-8.</translation>
    </message>
    <message>
        <source>export needs --smart-list NAME and --out FILE.</source>
        <translation>export memerlukan --smart-list NAMA dan --out BERKAS.</translation>
    </message>
    <message>
        <source>--delimiter takes , or ;, not “%1”.</source>
        <translation>--delimiter menerima , atau ;, bukan “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) of “%1” exported to %2.
</source>
        <translation>
            <numerusform>%Ln akun dari “%1” diekspor ke %2.
</numerusform>
        </translation>
    </message>
    <message>
        <source>mrr --from YYYY-MM --to YYYY-MM [--owner NAME] [--currency C]   MRR and its movements per month</source>
        <translation>mrr --from YYYY-MM --to YYYY-MM [--owner NAMA] [--currency MU]   MRR dan pergerakannya per bulan</translation>
    </message>
    <message>
        <source>subscriptions import FILE   import deals (account, owner, currency, amount, interval, start, end); all or nothing</source>
        <translation>subscriptions import FILE   impor kesepakatan (account, owner, currency, amount, interval, start, end); semua atau tidak sama sekali</translation>
    </message>
    <message>
        <source>deals ID   an account's subscription periods and deals</source>
        <translation>deals ID   periode langganan dan kesepakatan sebuah akun</translation>
    </message>
    <message>
        <source>deal add ID|edit DEAL|delete DEAL --amount A --interval monthly|quarterly|annual --start D [--end D] [--note T]   enter a deal</source>
        <translation>deal add ID|edit DEAL|delete DEAL --amount J --interval monthly|quarterly|annual --start T [--end T] [--note C]   masukkan kesepakatan</translation>
    </message>
    <message>
        <source>smart-lists   the smart lists and how many accounts each holds</source>
        <translation>smart-lists   daftar pintar dan jumlah akun di masing-masing</translation>
    </message>
    <message>
        <source>export --smart-list NAME --out FILE [--delimiter ';'] [--bom]   write a smart list as CSV</source>
        <translation>export --smart-list NAMA --out BERKAS [--delimiter ';'] [--bom]   tulis daftar pintar sebagai CSV</translation>
    </message>
    <message>
        <source>backup --out FILE   save a consistent copy of the SQLite database (for PostgreSQL use pg_dump)</source>
        <translation>backup --out FILE   simpan salinan konsisten basis data SQLite (untuk PostgreSQL gunakan pg_dump)</translation>
    </message>
    <message>
        <source>Usage: tierline-cli [global options] COMMAND [options]

Global options:
  --db PATH|URL      the database: an SQLite file (default: %1) or
                     postgresql://user@host:port/database; the password
                     comes from ~/.pgpass or PGPASSWORD
  --today DATE       the day billing runs on (YYYY-MM-DD)
  --catalog FILE     a price catalog to use instead of the built-in one
  --json             write one JSON document to stdout
  --as LOGIN         the staff login that acts
  --lang CODE        en, sv, id or it
  --expect-version N refuse the action if the account changed since it
                     was read at version N (see “account ID”)
  --help, --version

Commands:
</source>
        <translation>Penggunaan: tierline-cli [opsi global] PERINTAH [opsi]

Opsi global:
  --db PATH|URL      basis data: file SQLite (bawaan: %1) atau
                     postgresql://pengguna@host:port/basisdata; kata sandi
                     diambil dari ~/.pgpass atau PGPASSWORD
  --today DATE       hari penagihan dijalankan (YYYY-MM-DD)
  --catalog FILE     katalog harga pengganti katalog bawaan
  --json             tulis satu dokumen JSON ke stdout
  --as LOGIN         login staf yang bertindak
  --lang CODE        en, sv, id atau it
  --expect-version N tolak tindakan jika akun berubah sejak dibaca
                     pada versi N (lihat “account ID”)
  --help, --version

Perintah:
</translation>
    </message>
    <message>
        <source>Database: an SQLite file or a postgresql:// URL.</source>
        <translation>Basis data: file SQLite atau URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PATH|URL</translation>
    </message>
    <message>
        <source>The account version the action was computed on.</source>
        <translation>Versi akun yang menjadi dasar perhitungan tindakan.</translation>
    </message>
    <message>
        <source>--expect-version needs an account version (a whole number from “account ID”), not “%1”.</source>
        <translation>--expect-version memerlukan versi akun (bilangan bulat dari “account ID”), bukan “%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactImport</name>
    <message>
        <source>The file is empty: it needs a header line with at least an “email” column.</source>
        <translation>Berkas kosong: berkas memerlukan baris judul dengan setidaknya kolom “email”.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>Baris judul menyebut kolom “%1” dua kali.</translation>
    </message>
    <message>
        <source>The file has no “email” column. The header line must name the columns: name, email, marketing, status.</source>
        <translation>Berkas tidak memiliki kolom “email”. Baris judul harus menyebut kolom: name, email, marketing, status.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n kolom, tetapi baris judul memiliki %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an email address is required</source>
        <translation>alamat email wajib diisi</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>“%1” bukan alamat email</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>“%1” bukan yes maupun no</translation>
    </message>
    <message>
        <source>“%1” is not a status (subscribed, pending upgrade, unsubscribed, archived)</source>
        <translation>“%1” bukan status (subscribed, pending upgrade, unsubscribed, archived)</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Impor dibatalkan; tidak ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah, jadi tidak ada yang diimpor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lainnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactService</name>
    <message>
        <source>Subscribed</source>
        <translation>Berlangganan</translation>
    </message>
    <message>
        <source>Pending upgrade</source>
        <translation>Menunggu upgrade</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Berhenti berlangganan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 skipped; %Ln wait(s) as Pending upgrade.</source>
        <translation>
            <numerusform>Diimpor: %1 ditambahkan, %2 diperbarui, %3 dilewati; %Ln menunggu sebagai Menunggu upgrade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsModel</name>
    <message>
        <source>Set to non-marketing: the contact counts until the update date, %1.</source>
        <translation>Diubah ke non-pemasaran: kontak tetap dihitung hingga tanggal pembaruan, %1.</translation>
    </message>
    <message>
        <source>Non-marketing from %1</source>
        <translation>Non-pemasaran mulai %1</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Non-pemasaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>Tierline::ContactsPage</name>
    <message>
        <source>Search name or email</source>
        <translation>Cari nama atau email</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&amp;Marketing:</source>
        <translation>&amp;Pemasaran:</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Semua kontak</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <source>Non-marketing</source>
        <translation>Non-pemasaran</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Set marketing</source>
        <translation>Jadikan pemasaran</translation>
    </message>
    <message>
        <source>Set non-marketing</source>
        <translation>Jadikan non-pemasaran</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <source>&amp;Known emails:</source>
        <translation>Email yang sudah &amp;ada:</translation>
    </message>
    <message>
        <source>Update them</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Kontak %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Choose an account to see its contacts.</source>
        <translation>Pilih akun untuk melihat kontaknya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln kontak yang cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln matching contact(s) are selected.</source>
        <translation>
            <numerusform>Semua %Ln kontak yang cocok dipilih.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln dipilih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln matching</source>
        <translation>
            <numerusform>Pilih semua %Ln yang cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contact(s)? Archived contacts no longer count towards the tier.</source>
        <translation>
            <numerusform>Arsipkan %Ln kontak? Kontak yang diarsipkan tidak lagi dihitung dalam tingkatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving contacts…</source>
        <translation>Mengarsipkan kontak…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as marketing? They count towards the tier at once; beyond the limit they wait as Pending upgrade.</source>
        <translation>
            <numerusform>Jadikan %Ln kontak sebagai pemasaran? Kontak langsung dihitung dalam tingkatan; di atas batas, kontak menunggu sebagai Menunggu upgrade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as marketing…</source>
        <translation>Menjadikan kontak sebagai pemasaran…</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln contact(s) as non-marketing? Subscribed contacts keep counting until the next update date, %1.</source>
        <translation>
            <numerusform>Jadikan %Ln kontak sebagai non-pemasaran? Kontak yang berlangganan tetap dihitung hingga tanggal pembaruan berikutnya, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting contacts as non-marketing…</source>
        <translation>Menjadikan kontak sebagai non-pemasaran…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? This cannot be undone. Deleting frees room for other contacts but does not lower the tier.</source>
        <translation>
            <numerusform>Hapus %Ln kontak? Tindakan ini tidak dapat dibatalkan. Menghapus memberi ruang bagi kontak lain, tetapi tidak menurunkan tingkatan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting contacts…</source>
        <translation>Menghapus kontak…</translation>
    </message>
    <message>
        <source>Cancelled. No contact was changed.</source>
        <translation>Dibatalkan. Tidak ada kontak yang diubah.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Mengimpor kontak…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Dibatalkan. Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8 and try again.</source>
        <translation>Baris %1 bukan teks UTF-8 yang valid. Simpan berkas sebagai UTF-8 lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Tidak dapat membaca “%1”: %2.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Baris %1: bidang berkutip tidak ditutup.</translation>
    </message>
    <message>
        <source>Line %1: text follows the closing quote of a field.</source>
        <translation>Baris %1: ada teks setelah tanda kutip penutup bidang.</translation>
    </message>
</context>
<context>
    <name>Tierline::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Tidak dapat menulis %1: %2. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>The CSV file is not open.</source>
        <translation>Berkas CSV tidak terbuka.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Tidak dapat menulis %1: %2.</translation>
    </message>
</context>
<context>
    <name>Tierline::Database</name>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>Tidak dapat membuka %1: folder %2 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>Tidak dapat membuka %1: ini bukan berkas yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file is read-only.</source>
        <translation>Tidak dapat membuka %1: berkas ini hanya-baca.</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it is not an SQLite file.</source>
        <translation>%1 bukan basis data Tierline: berkas ini bukan berkas SQLite.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Tidak dapat membuat %1: folder %2 tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Basis data sedang sibuk: program lain sedang menulis ke dalamnya. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Berkas basis data rusak (%1). Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Basis data melaporkan kesalahan: %1</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Tierline database: %2</source>
        <translation>%1 rusak atau bukan basis data Tierline: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tierline database: it holds other data.</source>
        <translation>%1 bukan basis data Tierline: berkas ini berisi data lain.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tierline (schema version %2; this version knows up to %3). Update Tierline to open it.</source>
        <translation>%1 ditulis oleh Tierline versi yang lebih baru (versi skema %2; versi ini hanya mengenal hingga %3). Perbarui Tierline untuk membukanya.</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Tidak dapat membuka %1: driver PostgreSQL untuk Qt belum terpasang (paket Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Tidak dapat terhubung ke %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is not writable, and Tierline keeps its journal files beside the database.</source>
        <translation>Tidak dapat membuka %1: folder %2 tidak dapat ditulisi, padahal Tierline menyimpan file jurnalnya di samping basis data.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: %1</source>
        <translation>Koneksi ke server basis data terputus: %1</translation>
    </message>
    <message>
        <source>%1 has no schema to work in: the search_path names no existing schema.</source>
        <translation>%1 tidak memiliki skema untuk digunakan: search_path tidak menyebut skema yang ada.</translation>
    </message>
    <message>
        <source>%1 was not upgraded: its copy %2 could not be saved first. %3</source>
        <translation>%1 tidak ditingkatkan: salinannya %2 tidak dapat disimpan terlebih dahulu. %3</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up with pg_dump, for example: pg_dump --format=custom --file=tierline.dump DATABASE (restore with pg_restore).</source>
        <translation>Basis data PostgreSQL dicadangkan dengan pg_dump, misalnya: pg_dump --format=custom --file=tierline.dump BASISDATA (pulihkan dengan pg_restore).</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Basis data di memori tidak dapat dicadangkan.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the backup.</source>
        <translation>%1 sudah ada; pilih file baru untuk cadangan.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist or is not writable.</source>
        <translation>Tidak dapat menulis %1: folder %2 tidak ada atau tidak dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>Tierline::DatabaseCard</name>
    <message>
        <source>Enter an SQLite file or a postgresql:// address.</source>
        <translation>Masukkan berkas SQLite atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>Give the SQLite file's full path.</source>
        <translation>Berikan jalur lengkap berkas SQLite.</translation>
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation>Pilih basis data SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data SQLite (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>At the next start Tierline opens the default file, %1.</source>
        <translation>Pada mulai berikutnya Tierline membuka berkas bawaan, %1.</translation>
    </message>
    <message>
        <source>This database is the one Tierline opens at every start.</source>
        <translation>Basis data ini yang dibuka Tierline setiap kali dimulai.</translation>
    </message>
    <message>
        <source>At the next start Tierline opens %1.</source>
        <translation>Pada mulai berikutnya Tierline membuka %1.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Work on your own SQLite file, or beside your team on a PostgreSQL server. The password is never stored here: PostgreSQL reads it from ~/.pgpass, PGPASSWORD or a service file.</source>
        <translation>Bekerja di berkas SQLite Anda sendiri, atau bersama tim Anda di server PostgreSQL. Kata sandi tidak pernah disimpan di sini: PostgreSQL membacanya dari ~/.pgpass, PGPASSWORD, atau berkas layanan.</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Terbuka sekarang: %1</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Buka saat mulai:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Gunakan basis data ini</translation>
    </message>
    <message>
        <source>Use the &amp;default file</source>
        <translation>Gunakan berkas &amp;bawaan</translation>
    </message>
</context>
<context>
    <name>Tierline::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>Ubah kesepakatan</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Tambah kesepakatan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Triwulanan</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Tahunan</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Berakhir:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Simpan kesepakatan</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it with digits and a decimal mark, such as 1234.50.</source>
        <translation>“%1” bukan jumlah: tulis dengan angka dan tanda desimal, misalnya 1234.50.</translation>
    </message>
    <message>
        <source>%1 a month in MRR</source>
        <translation>%1 per bulan dalam MRR</translation>
    </message>
</context>
<context>
    <name>Tierline::DemoWorkspace</name>
    <message>
        <source>Demo generation was cancelled.</source>
        <translation>Pembuatan demo dibatalkan.</translation>
    </message>
    <message>
        <source>The demo needs a valid day to end on.</source>
        <translation>Demo memerlukan tanggal akhir yang valid.</translation>
    </message>
    <message>
        <source>The database already has data; the demo needs an empty one.</source>
        <translation>Basis data sudah berisi data; demo memerlukan basis data yang kosong.</translation>
    </message>
    <message>
        <source>The demo needs between %1 and %2 accounts.</source>
        <translation>Demo memerlukan antara %1 dan %2 akun.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRates</name>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 bukan mata uang yang dikenal Tierline; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>A currency needs no exchange rate into itself.</source>
        <translation>Mata uang tidak memerlukan kurs ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>An exchange rate needs the day it applies from.</source>
        <translation>Kurs memerlukan tanggal mulai berlakunya.</translation>
    </message>
    <message>
        <source>“%1” is not an exchange rate: write a positive decimal with a point, such as 0.0915.</source>
        <translation>“%1” bukan kurs: tulis desimal positif dengan titik, misalnya 0.0915.</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot change the reporting currency or exchange rates; ask an administrator or a sales manager.</source>
        <translation>%1 adalah %2 dan tidak dapat mengubah mata uang laporan atau kurs mata uang; minta administrator atau manajer penjualan.</translation>
    </message>
</context>
<context>
    <name>Tierline::ExchangeRatesCard</name>
    <message>
        <source>Exchange rates</source>
        <translation>Kurs mata uang</translation>
    </message>
    <message>
        <source>MRR adds up every account in one currency. A rate applies from its day until the next one; write it exactly, with a point: one unit of the currency is worth this many units of the reporting currency.</source>
        <translation>MRR menjumlahkan semua akun dalam satu mata uang. Kurs berlaku dari tanggalnya sampai kurs berikutnya; tulis dengan tepat, memakai titik: satu unit mata uang bernilai sekian unit mata uang laporan.</translation>
    </message>
    <message>
        <source>&amp;Report MRR in:</source>
        <translation>&amp;Laporkan MRR dalam:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Tambah kurs</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Hapus kurs</translation>
    </message>
</context>
<context>
    <name>Tierline::FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Tierline::Ledger</name>
    <message>
        <source>Campaigns purchase</source>
        <translation>Pembelian Kampanye</translation>
    </message>
    <message>
        <source>First cycle after the trial</source>
        <translation>Siklus pertama setelah uji coba</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Perpanjangan</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old tier</source>
        <translation>Kredit untuk sisa tingkatan lama yang tidak terpakai</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new tier</source>
        <translation>Tagihan untuk sisa siklus dengan tingkatan baru</translation>
    </message>
    <message>
        <source>Plan renewal</source>
        <translation>Perpanjangan paket</translation>
    </message>
    <message>
        <source>Credit for the unused part of the old plan price</source>
        <translation>Kredit untuk bagian harga paket lama yang tidak terpakai</translation>
    </message>
    <message>
        <source>Charge for the rest of the cycle at the new plan price</source>
        <translation>Tagihan untuk sisa siklus dengan harga paket baru</translation>
    </message>
</context>
<context>
    <name>Tierline::LedgerModel</name>
    <message>
        <source>Pays for %1 – %2</source>
        <translation>Pembayaran untuk %1 – %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>Tierline::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Penggunaan &amp; batas</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Daftar pintar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Tierline</source>
        <translation>Tierline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Act as another member of staff</source>
        <translation>Bertindak sebagai anggota staf lain</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About Tierline</source>
        <translation>&amp;Tentang Tierline</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>The account the pages show</source>
        <translation>Akun yang ditampilkan di halaman</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Bertindak sebagai &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>No staff in this database</source>
        <translation>Tidak ada staf di basis data ini</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hari ini: %1</translation>
    </message>
    <message>
        <source>The billing day was set with --today.</source>
        <translation>Hari penagihan ditetapkan dengan --today.</translation>
    </message>
    <message>
        <source>The billing day follows the calendar.</source>
        <translation>Hari penagihan mengikuti kalender.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>About Tierline</source>
        <translation>Tentang Tierline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Billing for the Campaigns add-on: subscriber tiers, trials, charges and MRR.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tierline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Penagihan untuk add-on Kampanye: tingkatan pelanggan, uji coba, tagihan, dan MRR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifikasi (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread usage notification(s)</source>
        <translation>
            <numerusform>%Ln notifikasi penggunaan belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Tingkatkan batas</translation>
    </message>
</context>
<context>
    <name>Tierline::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ya untuk semua</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Tidak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan bawaan</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrCharts</name>
    <message>
        <source>MRR over time</source>
        <translation>MRR dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Movements per month</source>
        <translation>Pergerakan per bulan</translation>
    </message>
    <message>
        <source>MRR in %1</source>
        <translation>MRR dalam %1</translation>
    </message>
    <message>
        <source>%1: MRR %2</source>
        <extracomment>Hover text of the MRR chart: "Mar 2026: MRR $1,234.00"</extracomment>
        <translation>%1: MRR %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (net change %4)</source>
        <extracomment>Hover text of a movement bar: "Mar 2026: Expansion $120.00 (net change $80.00)"</extracomment>
        <translation>%1: %2 %3 (perubahan bersih %4)</translation>
    </message>
    <message>
        <source>The same figures are in the table below the charts.</source>
        <translation>Angka yang sama ada di tabel di bawah grafik.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrEngine</name>
    <message>
        <source>There is no exchange rate from %1 to %2 on %3. Add one in Settings, Exchange rates.</source>
        <translation>Tidak ada kurs dari %1 ke %2 pada %3. Tambahkan di Pengaturan, Kurs mata uang.</translation>
    </message>
    <message>
        <source>MRR needs a first and a last month.</source>
        <translation>MRR memerlukan bulan pertama dan terakhir.</translation>
    </message>
    <message>
        <source>The last month, %1, comes before the first, %2.</source>
        <translation>Bulan terakhir, %1, datang sebelum bulan pertama, %2.</translation>
    </message>
    <message>
        <source>MRR covers at most %1 months at a time.</source>
        <translation>MRR mencakup paling banyak %1 bulan sekaligus.</translation>
    </message>
    <message>
        <source>%1 is not a currency Tierline knows; choose one of %2.</source>
        <translation>%1 bukan mata uang yang dikenal Tierline; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>Account %1 has a subscription period in a currency Tierline does not know.</source>
        <translation>Akun %1 memiliki periode langganan dalam mata uang yang tidak dikenal Tierline.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrPage</name>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>24 bulan terakhir</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan pertama</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan terakhir</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Simpan grafik sebagai PNG…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Semua pemilik</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Jumlah dalam %1</translation>
    </message>
    <message>
        <source>Point at a month to see its figures.</source>
        <translation>Arahkan ke sebuah bulan untuk melihat angkanya.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1. Choose a folder you can write to.</source>
        <translation>Grafik tidak dapat disimpan sebagai %1. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
</context>
<context>
    <name>Tierline::MrrTableModel</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ekspansi</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivasi</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraksi</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Perubahan bersih</translation>
    </message>
</context>
<context>
    <name>Tierline::NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Tidak ada notifikasi.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Tandai dibaca</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tandai semua dibaca</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Tingkatkan batas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Tierline::PermissionText</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Pemilik akun</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Manajer penjualan</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Perwakilan penjualan</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operasional</translation>
    </message>
    <message>
        <source>Billing access</source>
        <translation>Akses penagihan</translation>
    </message>
    <message>
        <source>Can send campaigns</source>
        <translation>Dapat mengirim kampanye</translation>
    </message>
    <message>
        <source>Review decisions</source>
        <translation>Keputusan periksa akun</translation>
    </message>
    <message>
        <source>Set contacts as marketing</source>
        <translation>Menandai kontak sebagai kontak pemasaran</translation>
    </message>
    <message>
        <source>%1 does not have the “%2” permission.</source>
        <translation>%1 tidak memiliki izin “%2”.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanCard</name>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Ganti paket…</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>USER SEATS</source>
        <translation>KURSI PENGGUNA</translation>
    </message>
    <message>
        <source>ADD-ONS</source>
        <translation>ADD-ON</translation>
    </message>
    <message>
        <source>One seat less</source>
        <translation>Kurangi satu kursi</translation>
    </message>
    <message>
        <source>One seat more</source>
        <translation>Tambah satu kursi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount and what it covers: "$59.00 per month".</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <extracomment>The product an account has: "Marketing + Sales".</extracomment>
        <translation>Produk: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln included · %1 per extra seat</source>
        <translation>
            <numerusform>%Ln termasuk · %1 per kursi tambahan</numerusform>
        </translation>
    </message>
    <message>
        <source>On your plan</source>
        <translation>Ada di paket Anda</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Tambahkan ke paket</translation>
    </message>
    <message>
        <source>Add %1 to the plan</source>
        <translation>Tambahkan %1 ke paket</translation>
    </message>
    <message>
        <source>The plan renews on %1 at %2.</source>
        <translation>Paket diperpanjang pada %1 seharga %2.</translation>
    </message>
    <message>
        <source>From then on: %1.</source>
        <translation>Setelah itu: %1.</translation>
    </message>
    <message>
        <source>Plan total: %1 %2</source>
        <translation>Total paket: %1 %2</translation>
    </message>
    <message>
        <source>Plan total: %1 → %2 %3</source>
        <extracomment>The plan's price before and after a seat change: "$74.00 → $104.00 per month".</extracomment>
        <translation>Total paket: %1 → %2 %3</translation>
    </message>
    <message>
        <source>Schedule fewer seats…</source>
        <translation>Jadwalkan lebih sedikit kursi…</translation>
    </message>
    <message>
        <source>Review purchase…</source>
        <translation>Tinjau pembelian…</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Kursi pengguna</translation>
    </message>
    <message>
        <source>Go down to %1 from %2? Until then the account keeps %3, and the plan then costs %4 %5.</source>
        <translation>Turun ke %1 mulai %2? Sampai saat itu akun tetap memiliki %3, lalu paket seharga %4 %5.</translation>
    </message>
    <message>
        <source>Please move %1 from the %2 plan to the %3 plan.</source>
        <translation>Mohon pindahkan %1 dari paket %2 ke paket %3.</translation>
    </message>
    <message>
        <source>We understand that we lose: %1.</source>
        <translation>Kami memahami bahwa kami kehilangan: %1.</translation>
    </message>
</context>
<context>
    <name>Tierline::PlanPlanner</name>
    <message>
        <source>The catalog has no plan “%1”.</source>
        <translation>Katalog tidak memiliki paket “%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 prices for the %2 plan.</source>
        <translation>Katalog tidak memiliki harga %1 untuk paket %2.</translation>
    </message>
    <message>
        <source>The catalog has no add-on “%1”.</source>
        <translation>Katalog tidak memiliki add-on “%1”.</translation>
    </message>
    <message>
        <source>The catalog has no %1 price for %2.</source>
        <translation>Katalog tidak memiliki harga %1 untuk %2.</translation>
    </message>
    <message>
        <source>%1 is not a number of seats: choose from 1 to %2.</source>
        <translation>%1 bukan jumlah kursi: pilih dari 1 sampai %2.</translation>
    </message>
    <message>
        <source>%1 is already on the plan.</source>
        <translation>%1 sudah ada di paket.</translation>
    </message>
    <message>
        <source>Moving to a cheaper plan is a request to our staff: use Request account change.</source>
        <translation>Pindah ke paket yang lebih murah adalah permintaan kepada staf kami: gunakan Minta perubahan akun.</translation>
    </message>
</context>
<context>
    <name>Tierline::PostgreSqlUrl</name>
    <message>
        <source>This is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>Ini bukan alamat PostgreSQL yang valid; tulis postgresql://pengguna@host:port/basisdata.</translation>
    </message>
    <message>
        <source>The PostgreSQL address must not contain a password. Put it in ~/.pgpass, in the PGPASSWORD environment variable or in a service file instead.</source>
        <translation>Alamat PostgreSQL tidak boleh berisi kata sandi. Simpan kata sandi di ~/.pgpass, di variabel lingkungan PGPASSWORD, atau di file layanan.</translation>
    </message>
    <message>
        <source>“%1” names more than one database.</source>
        <translation>“%1” menyebut lebih dari satu basis data.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1” bukan nomor port.</translation>
    </message>
    <message>
        <source>The PostgreSQL option %1 cannot contain spaces or “;”.</source>
        <translation>Opsi PostgreSQL %1 tidak boleh berisi spasi atau “;”.</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown option “%1”.</source>
        <translation>Alamat PostgreSQL memiliki opsi yang tidak dikenal “%1”.</translation>
    </message>
</context>
<context>
    <name>Tierline::ReviewPurchaseDialog</name>
    <message>
        <source>Review purchase</source>
        <translation>Tinjau pembelian</translation>
    </message>
    <message>
        <source>Campaigns for %1</source>
        <translation>Kampanye untuk %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Subscriber tier</source>
        <translation>Tingkatan pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Billing interval in currency: "Monthly in USD".</extracomment>
        <translation>%1 dalam %2</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message numerus="yes">
        <source>Credit for the unused part of %Ln subscriber(s)</source>
        <translation>
            <numerusform>Kredit untuk sisa tingkatan %Ln pelanggan yang tidak terpakai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %1 at %Ln subscriber(s)</source>
        <translation>
            <numerusform>Harga %1 pertama dengan %Ln pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) for the rest of the cycle</source>
        <translation>
            <numerusform>%Ln pelanggan untuk sisa siklus</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged today</source>
        <translation>Ditagih hari ini</translation>
    </message>
    <message>
        <source>Full price from %1</source>
        <translation>Harga penuh mulai %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Campaigns renews every %1 until you cancel it.</source>
        <translation>Kampanye diperpanjang setiap %1 hingga Anda membatalkannya.</translation>
    </message>
    <message>
        <source>The new limit applies at once. Pending contacts become subscribed, oldest first, as far as the new limit holds.</source>
        <translation>Batas baru langsung berlaku. Kontak yang menunggu upgrade menjadi berlangganan, mulai dari yang terlama, selama batas baru masih mencukupi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation>Konfirmasi pembelian</translation>
    </message>
    <message>
        <source>Confirm purchase, %1 charged today</source>
        <translation>Konfirmasi pembelian, %1 ditagih hari ini</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Paket untuk %1</translation>
    </message>
    <message>
        <source>User seats</source>
        <translation>Kursi pengguna</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Credit for the unused part of the current plan price</source>
        <translation>Kredit untuk bagian harga paket saat ini yang tidak terpakai</translation>
    </message>
    <message>
        <source>New plan price for the rest of the cycle</source>
        <translation>Harga paket baru untuk sisa siklus</translation>
    </message>
    <message>
        <source>The change applies at once. The plan renews every %1 at the new price: plan, user seats and add-ons together.</source>
        <translation>Perubahan berlaku seketika. Paket diperpanjang setiap %1 dengan harga baru: paket, kursi pengguna, dan add-on bersama-sama.</translation>
    </message>
</context>
<context>
    <name>Tierline::Scheduler</name>
    <message>
        <source>The catalog has no Campaigns price for account %1.</source>
        <translation>Katalog tidak memiliki harga Kampanye untuk akun %1.</translation>
    </message>
    <message>
        <source>Billing has already been applied through %2, so nothing can be changed as of %1, an earlier day.</source>
        <translation>Penagihan sudah diterapkan hingga %2, sehingga tidak ada yang dapat diubah per %1, tanggal yang lebih awal.</translation>
    </message>
    <message>
        <source>The catalog cannot price the plan of account %1: %2</source>
        <translation>Katalog tidak dapat menghitung harga paket akun %1: %2</translation>
    </message>
</context>
<context>
    <name>Tierline::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>The new language applies at once, to amounts and dates too, and is remembered for the next start.</source>
        <translation>Bahasa baru langsung berlaku, juga untuk jumlah dan tanggal, dan diingat untuk peluncuran berikutnya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Langganan</translation>
    </message>
    <message>
        <source>Use &amp;subscriptions: MRR, subscription widgets and fields</source>
        <translation>Gunakan &amp;langganan: MRR, widget dan kolom langganan</translation>
    </message>
    <message>
        <source>For everyone on this database. Switched off, subscription widgets and fields are hidden and smart lists no longer offer them; columns already in smart lists stay and no data is removed. Switched on again, everything shows as before.</source>
        <translation>Untuk semua orang di basis data ini. Jika dinonaktifkan, widget dan kolom langganan disembunyikan dan daftar pintar tidak lagi menawarkannya; kolom yang sudah ada di daftar pintar tetap ada dan tidak ada data yang dihapus. Jika diaktifkan lagi, semuanya tampil seperti sebelumnya.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListFields</name>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Campaigns status</source>
        <translation>Status Kampanye</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkatan</translation>
    </message>
    <message>
        <source>Trial end</source>
        <translation>Akhir uji coba</translation>
    </message>
    <message>
        <source>Current MRR</source>
        <translation>MRR saat ini</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Akhir langganan</translation>
    </message>
    <message>
        <source>Upcoming MRR</source>
        <translation>MRR mendatang</translation>
    </message>
    <message>
        <source>Upcoming start</source>
        <translation>Mulai mendatang</translation>
    </message>
    <message>
        <source>Marketing contacts</source>
        <translation>Kontak pemasaran</translation>
    </message>
    <message>
        <source>Usage %</source>
        <translation>Penggunaan %</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListStore</name>
    <message>
        <source>All accounts</source>
        <translation>Semua akun</translation>
    </message>
    <message>
        <source>Subscriptions ending soon</source>
        <translation>Langganan yang segera berakhir</translation>
    </message>
    <message>
        <source>There is no smart list %1.</source>
        <translation>Tidak ada daftar pintar %1.</translation>
    </message>
    <message>
        <source>There is no smart list called “%1”. “tierline-cli smart-lists” lists them.</source>
        <translation>Tidak ada daftar pintar bernama “%1”. “tierline-cli smart-lists” menampilkan semuanya.</translation>
    </message>
    <message>
        <source>Give the smart list a name.</source>
        <translation>Beri nama daftar pintar ini.</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in smart list; choose another.</source>
        <translation>“%1” adalah nama daftar pintar bawaan; pilih nama lain.</translation>
    </message>
    <message>
        <source>A smart list called “%1” exists already; choose another name.</source>
        <translation>Daftar pintar bernama “%1” sudah ada; pilih nama lain.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be changed; save it under a new name instead.</source>
        <translation>Daftar pintar bawaan tidak dapat diubah; simpan dengan nama baru.</translation>
    </message>
    <message>
        <source>The smart list was deleted meanwhile; save it anew.</source>
        <translation>Daftar pintar ini telah dihapus sementara itu; simpan lagi.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be renamed.</source>
        <translation>Daftar pintar bawaan tidak dapat diganti namanya.</translation>
    </message>
    <message>
        <source>A built-in smart list cannot be deleted.</source>
        <translation>Daftar pintar bawaan tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>Tierline::SmartListsPage</name>
    <message>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Within the next</source>
        <translation>Dalam</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Antara</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>New smart list</source>
        <translation>Daftar pintar baru</translation>
    </message>
    <message>
        <source>Smart lists</source>
        <translation>Daftar pintar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;as new</source>
        <translation>Simpan sebagai &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Name contains:</source>
        <translation>Nama berisi:</translation>
    </message>
    <message>
        <source>Part of the account name</source>
        <translation>Bagian dari nama akun</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>Pa&amp;ket:</translation>
    </message>
    <message>
        <source>Campaigns &amp;status:</source>
        <translation>&amp;Status Kampanye:</translation>
    </message>
    <message>
        <source>Current MRR:</source>
        <translation>MRR saat ini:</translation>
    </message>
    <message>
        <source>Upcoming MRR:</source>
        <translation>MRR mendatang:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>In each account's own currency, e.g. 100.50</source>
        <translation>Dalam mata uang masing-masing akun, mis. 100.50</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Penggunaan:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Subscription end:</source>
        <translation>Akhir langganan:</translation>
    </message>
    <message>
        <source>Trial end:</source>
        <translation>Akhir uji coba:</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Semua paket</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolom</translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation>Pilih kolom daftar</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Pemisah:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Koma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Titik koma (;)</translation>
    </message>
    <message>
        <source>BOM for Excel</source>
        <translation>BOM untuk Excel</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark, so that Excel reads it as UTF-8</source>
        <translation>Mengawali berkas dengan byte order mark, agar Excel membacanya sebagai UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Semua pemilik</translation>
    </message>
    <message>
        <source>Built in: cannot be renamed or deleted</source>
        <translation>Bawaan: tidak dapat diganti nama atau dihapus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln akun</numerusform>
        </translation>
    </message>
    <message>
        <source>A built-in list is saved as a new list under this name.</source>
        <translation>Daftar bawaan disimpan sebagai daftar baru dengan nama ini.</translation>
    </message>
    <message>
        <source>Delete smart list</source>
        <translation>Hapus daftar pintar</translation>
    </message>
    <message>
        <source>Delete the smart list “%1”? The accounts in it are not touched.</source>
        <translation>Hapus daftar pintar “%1”? Akun di dalamnya tidak tersentuh.</translation>
    </message>
    <message>
        <source>Export smart list as CSV</source>
        <translation>Ekspor daftar pintar sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Mengekspor “%1”…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln akun diekspor ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 and cannot import subscription deals.</source>
        <translation>%1 adalah %2 dan tidak dapat mengimpor kesepakatan langganan.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with account, owner, currency, amount, interval, start, end.</source>
        <translation>File kosong: file memerlukan baris judul dengan account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>Baris judul menyebut kolom “%1” dua kali.</translation>
    </message>
    <message>
        <source>The file has no “%1” column. The header line must name the columns: account, owner, currency, amount, interval, start, end.</source>
        <translation>File tidak memiliki kolom “%1”. Baris judul harus menyebut kolom: account, owner, currency, amount, interval, start, end.</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>%n kolom, tetapi baris judul memiliki %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an account name is required</source>
        <translation>nama akun wajib diisi</translation>
    </message>
    <message>
        <source>“%1” is not a currency Tierline knows (%2)</source>
        <translation>“%1” bukan mata uang yang dikenal Tierline (%2)</translation>
    </message>
    <message>
        <source>several accounts are called “%1”; rename them first</source>
        <translation>beberapa akun bernama “%1”; ganti namanya terlebih dahulu</translation>
    </message>
    <message>
        <source>%1 is billed in %2, not %3</source>
        <translation>%1 ditagih dalam %2, bukan %3</translation>
    </message>
    <message>
        <source>“%1” is not an amount above zero, such as 1234.50</source>
        <translation>“%1” bukan jumlah di atas nol, misalnya 1234.50</translation>
    </message>
    <message>
        <source>“%1” is not monthly, quarterly or annual</source>
        <translation>“%1” bukan monthly, quarterly, atau annual</translation>
    </message>
    <message>
        <source>“%1” is not a date as YYYY-MM-DD</source>
        <translation>“%1” bukan tanggal dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the deal ends on %1, before it starts</source>
        <translation>kesepakatan berakhir pada %1, sebelum dimulai</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s), so nothing was imported:</source>
        <translation>
            <numerusform>Berkas memiliki %n masalah, jadi tidak ada yang diimpor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no deals.</source>
        <translation>File memiliki baris judul tetapi tidak ada kesepakatan.</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionService</name>
    <message>
        <source>%1 is a %2 and cannot enter subscription deals; ask the account's owner or a sales rep.</source>
        <translation>%1 adalah %2 dan tidak dapat memasukkan kesepakatan langganan; minta pemilik akun atau perwakilan penjualan.</translation>
    </message>
    <message>
        <source>There is no subscription period %1.</source>
        <translation>Tidak ada periode langganan %1.</translation>
    </message>
    <message>
        <source>A deal needs an amount above zero.</source>
        <translation>Kesepakatan memerlukan jumlah di atas nol.</translation>
    </message>
    <message>
        <source>A deal needs a start date.</source>
        <translation>Kesepakatan memerlukan tanggal mulai.</translation>
    </message>
    <message>
        <source>The deal ends on %1, before it starts on %2.</source>
        <translation>Kesepakatan berakhir pada %1, sebelum dimulai pada %2.</translation>
    </message>
    <message>
        <source>Billing writes this period itself; change the plan or the Campaigns tier instead, or add a deal.</source>
        <translation>Penagihan menulis periode ini sendiri; ubah paket atau tingkatan pelanggan Kampanye, atau tambahkan kesepakatan.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Look at it again and repeat your change.</source>
        <translation>Orang lain mengubah kesepakatan ini sejak Anda membukanya. Lihat lagi dan ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>triwulanan</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>tahunan</translation>
    </message>
</context>
<context>
    <name>Tierline::SubscriptionWidget</name>
    <message>
        <source>Monthly rate</source>
        <translation>Tarif bulanan</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Mendatang</translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation>Riwayat MRR</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Bulan sebelumnya</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Bulan berikutnya</translation>
    </message>
    <message>
        <source>Add deal…</source>
        <translation>Tambah kesepakatan…</translation>
    </message>
    <message>
        <source>Edit deal…</source>
        <translation>Ubah kesepakatan…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 per bulan</translation>
    </message>
    <message>
        <source>No subscription now</source>
        <translation>Tidak ada langganan saat ini</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Tanpa tanggal berakhir</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>mulai %1, tanpa tanggal berakhir</translation>
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation>%1 per bulan, %2</translation>
    </message>
    <message>
        <source>Ends; nothing from %1</source>
        <translation>Berakhir; tidak ada mulai %1</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Kenaikan</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Penurunan</translation>
    </message>
    <message>
        <source>No change ahead</source>
        <translation>Tidak ada perubahan mendatang</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Penagihan</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <source>%1 cannot enter deals.</source>
        <translation>%1 tidak dapat memasukkan kesepakatan.</translation>
    </message>
    <message>
        <source>Billing writes this period; change the plan instead.</source>
        <translation>Penagihan menulis periode ini; ubah paketnya saja.</translation>
    </message>
</context>
<context>
    <name>Tierline::TierChangePlanner</name>
    <message>
        <source>The catalog has no prices in %1.</source>
        <translation>Katalog tidak memiliki harga dalam %1.</translation>
    </message>
    <message>
        <source>The billing cycle must end after it starts.</source>
        <translation>Siklus penagihan harus berakhir setelah dimulai.</translation>
    </message>
    <message>
        <source>The change date %1 is outside the billing cycle %2 to %3.</source>
        <translation>Tanggal perubahan %1 berada di luar siklus penagihan %2 hingga %3.</translation>
    </message>
    <message>
        <source>The subscribed count cannot be negative.</source>
        <translation>Jumlah kontak berlangganan tidak boleh negatif.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscribed contact(s) need a tier of at least %1 subscribers. Archive contacts to go lower.</source>
        <translation>
            <numerusform>%Ln kontak berlangganan memerlukan tingkatan minimal %1 pelanggan. Arsipkan kontak untuk menurunkan tingkatan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tierline::TierlineApplication</name>
    <message>
        <source>tierline: %1</source>
        <translation>tierline: %1</translation>
    </message>
    <message>
        <source>Tierline cannot start</source>
        <translation>Tierline tidak dapat dimulai</translation>
    </message>
    <message>
        <source>Billing for the Campaigns add-on.</source>
        <translation>Penagihan untuk add-on Kampanye.</translation>
    </message>
    <message>
        <source>The billing day, as YYYY-MM-DD.</source>
        <translation>Hari penagihan, dalam format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TANGGAL</translation>
    </message>
    <message>
        <source>A price catalog to use instead of the built-in one.</source>
        <translation>Katalog harga yang digunakan sebagai pengganti katalog bawaan.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>The language: en, sv, id or it.</source>
        <translation>Bahasa: en, sv, id atau it.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>The staff login that acts.</source>
        <translation>Login staf yang bertindak.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumen tidak terduga: “%1”.</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today memerlukan tanggal dalam format YYYY-MM-DD, bukan “%1”.</translation>
    </message>
    <message>
        <source>Welcome to Tierline</source>
        <translation>Selamat datang di Tierline</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with a demo workspace: staff in every role and accounts with a year of billing behind them, so that every page has something to show?</source>
        <translation>Basis data ini kosong. Isi dengan ruang kerja demo, yaitu staf untuk setiap peran dan akun dengan riwayat penagihan selama setahun, agar setiap halaman memiliki sesuatu untuk ditampilkan?</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Membuat ruang kerja demo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Ruang kerja demo</translation>
    </message>
    <message>
        <source>No demo workspace</source>
        <translation>Tanpa ruang kerja demo</translation>
    </message>
    <message>
        <source>The demo workspace could not be created: %1</source>
        <translation>Ruang kerja demo tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>The database: an SQLite file, or postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD).</source>
        <translation>Basis data: file SQLite, atau postgresql://pengguna@host:port/basisdata (kata sandi diambil dari ~/.pgpass atau PGPASSWORD).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PATH|URL</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageChart</name>
    <message>
        <source>Marketing contacts</source>
        <translation>Kontak pemasaran</translation>
    </message>
    <message>
        <source>Tier limit</source>
        <translation>Batas tingkatan</translation>
    </message>
</context>
<context>
    <name>Tierline::UsagePage</name>
    <message>
        <source>Choose an account to see its usage and limits.</source>
        <translation>Pilih akun untuk melihat penggunaan dan batasnya.</translation>
    </message>
    <message>
        <source>MARKETING CONTACTS</source>
        <translation>KONTAK PEMASARAN</translation>
    </message>
    <message>
        <source>TIER LIMIT</source>
        <translation>BATAS TINGKATAN</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>PENGGUNAAN</translation>
    </message>
    <message>
        <source>ALL CONTACTS</source>
        <translation>SEMUA KONTAK</translation>
    </message>
    <message>
        <source>NEXT UPDATE DATE</source>
        <translation>TANGGAL PEMBARUAN BERIKUTNYA</translation>
    </message>
    <message>
        <source>Increase limit</source>
        <translation>Tingkatkan batas</translation>
    </message>
    <message>
        <source>Marketing contacts per day</source>
        <translation>Kontak pemasaran per hari</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>When marketing contacts reach the limit</source>
        <translation>Saat kontak pemasaran mencapai batas</translation>
    </message>
    <message>
        <source>Usage &amp; limits</source>
        <translation>Penggunaan &amp; batas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>The free trial holds up to %1 subscribers.</source>
        <translation>Uji coba gratis menampung hingga %1 pelanggan.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A contact set to non-marketing still counts until the next update date.</source>
        <translation>Kontak yang dijadikan non-pemasaran tetap dihitung hingga tanggal pembaruan berikutnya.</translation>
    </message>
    <message>
        <source>Campaigns is not active on this account, so it has no subscriber limit.</source>
        <translation>Kampanye tidak aktif pada akun ini, sehingga tidak ada batas pelanggan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln marketing contact(s) wait as Pending upgrade.</source>
        <translation>
            <numerusform>%Ln kontak pemasaran menunggu sebagai Menunggu upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) left before the limit.</source>
        <translation>
            <numerusform>%Ln tempat tersisa sebelum batas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member is acting, so the policy is read-only.</source>
        <translation>Tidak ada staf yang bertindak, sehingga kebijakan hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya baca: %1</translation>
    </message>
</context>
<context>
    <name>Tierline::UsageService</name>
    <message>
        <source>There is no notification %1.</source>
        <translation>Tidak ada notifikasi %1.</translation>
    </message>
    <message>
        <source>%1 is over its tier: %2 marketing contacts for a limit of %3. New contacts wait as Pending upgrade until the limit is increased.</source>
        <translation>%1 melebihi tingkatannya: %2 kontak pemasaran untuk batas %3. Kontak baru menunggu sebagai Menunggu upgrade hingga batas ditingkatkan.</translation>
    </message>
    <message>
        <source>Usage has not grown over the last 30 days, so no date for reaching the limit is forecast.</source>
        <translation>Penggunaan tidak bertambah dalam 30 hari terakhir, sehingga tidak ada perkiraan tanggal batas tercapai.</translation>
    </message>
    <message>
        <source>The limit is reached.</source>
        <translation>Batas telah tercapai.</translation>
    </message>
    <message>
        <source>At the growth of the last 30 days, the limit is reached on %1.</source>
        <translation>Dengan pertumbuhan 30 hari terakhir, batas tercapai pada %1.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Auto-upgrade</source>
        <translation>Upgrade otomatis</translation>
    </message>
    <message>
        <source>New marketing contacts beyond the limit wait as Pending upgrade until the limit is increased.</source>
        <translation>Kontak pemasaran baru di atas batas menunggu sebagai Menunggu upgrade hingga batas ditingkatkan.</translation>
    </message>
    <message>
        <source>The tier rises to the next step as soon as new marketing contacts need it; the prorated difference is charged the next day.</source>
        <translation>Tingkatan naik ke langkah berikutnya segera setelah kontak pemasaran baru membutuhkannya; selisih yang diproratakan ditagih keesokan harinya.</translation>
    </message>
    <message>
        <source>%1 has reached %2 % of its tier: %3 of %4 marketing contacts.</source>
        <translation>%1 telah mencapai %2 % dari tingkatannya: %3 dari %4 kontak pemasaran.</translation>
    </message>
</context>
<context>
    <name>Tierline::UserStore</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Pengguna “%1” tidak ditemukan.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Pengguna %1 tidak ditemukan.</translation>
    </message>
</context>
</TS>