"""Generate workload.csv: an illustrative workload analysis (ABK) for three offices.

Run from anywhere (deterministic: same input, same output)::

    python scenarios/tebo/data/make_workload.py

**Illustrative, not measured.** A real ABK counts each post's outputs a year from the
office's records (documents issued, SPM verified, licences granted) against the time
norms of its tasks. This one has no records to count: it sets each post's yearly
workload from its current formasi times a factor, then breaks that workload into the
post's tasks. So its "needed" seats follow today's formasi by construction (review 65:
"needed is the old formasi times a random number"); it shows how an ABK moves formasi
and seat priorities through a plan, and any real use replaces this file with the
office's own ABK. The factor: the posts that serve applicants (the population-document
and licence desks, their operators and the JF who process the applications:
:data:`FRONT_OFFICE`) carry more work than their formasi (x1.15-1.45), every other post,
back-office staff of the same offices included, about its formasi (x0.80-1.10).

For every position of Badan Keuangan dan Aset Daerah (U03), Dinas Kependudukan dan
Pencatatan Sipil (U08) and Dinas Penanaman Modal dan PTSP (U09) it writes the post's
tasks (``position, task, volume_per_year, minutes_per_unit``):

- each task has one time norm (minutes per unit of output: a record typed in 8 minutes,
  a monthly report in a day) whatever post does it (review 64: the norms were drawn at
  random, 480 minutes to type one record);
- a desk's steps of one application (served at the counter, checked, printed, filed)
  share one yearly count: every application passes each step once (review 65: a desk
  entered 32,696 applications, checked 27,238 and served 9,835);
- a periodic output (a monthly report, a yearly work plan) counts once per post, not
  once per seat (review 65: a monthly report 180 times a year for 15 staff);
- a functional post's tasks are its family's (an Analis Anggaran reviews RKA, a
  Pranata Komputer fixes the network), a study a few times a year, not the bulk of
  the work (review 65: 216 studies a year at one post).

Generated data only: tasks, volumes and times are invented, the time norms chosen to be
plausible for a regency office (WKE 75,000 minutes a year, PermenPANRB 1/2020).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
UNITS = ("U03", "U08", "U09")
WKE_MINUTES = 75_000

#: posts that serve applicants (by title): their desks carry more work than formasi
FRONT_OFFICE = ("Kependudukan", "Perizinan", "Operator Layanan")

#: a task: (kind, name, minutes per unit, units a year for a periodic one). Kinds:
#: ``step`` of one application (a post's steps share one count), ``periodic`` (a
#: fixed count a year per post), ``work`` (as many as the work brings).
Task = tuple[str, str, int, int]

_REPORT = ("periodic", "Menyusun rekapitulasi dan laporan layanan bulanan", 240, 12)

#: tasks per post, by the first title fragment that matches (heads: by level)
TASKS: list[tuple[str, list[Task]]] = [
    (
        "Operator Layanan",
        [
            ("step", "Melayani pemohon di loket", 12, 0),
            ("step", "Menginput data permohonan ke aplikasi", 8, 0),
            _REPORT,
        ],
    ),
    (
        "Pengadministrasi Kependudukan",
        [
            ("step", "Memeriksa kelengkapan berkas permohonan", 15, 0),
            ("step", "Mencetak dan menyerahkan dokumen kependudukan", 6, 0),
            ("step", "Mengarsipkan berkas permohonan", 5, 0),
            _REPORT,
        ],
    ),
    (
        "Pengadministrasi Perizinan",
        [
            ("step", "Memeriksa kelengkapan berkas permohonan izin", 15, 0),
            ("step", "Mencetak dan menyerahkan dokumen izin", 6, 0),
            ("step", "Mengarsipkan berkas permohonan izin", 5, 0),
            _REPORT,
        ],
    ),
    (
        "Administrator Database Kependudukan",
        [
            ("work", "Memutakhirkan dan memvalidasi basis data kependudukan (satu batch)", 60, 0),
            ("work", "Menangani gangguan aplikasi layanan kependudukan", 45, 0),
            ("periodic", "Menyusun laporan konsolidasi data kependudukan", 960, 2),
        ],
    ),
    (
        "Penata Kependudukan",
        [
            ("work", "Memverifikasi dan memvalidasi data permohonan dokumen", 20, 0),
            ("work", "Mendata penduduk rentan administrasi (satu kunjungan)", 120, 0),
            ("periodic", "Menyusun analisis data kependudukan", 960, 2),
        ],
    ),
    (
        "Penata Perizinan",
        [
            ("work", "Memverifikasi persyaratan teknis permohonan izin", 45, 0),
            ("work", "Meninjau lokasi usaha atau bangunan (satu lokasi)", 240, 0),
            ("work", "Menyusun konsep keputusan izin", 60, 0),
            ("periodic", "Menyusun laporan evaluasi perizinan", 480, 4),
        ],
    ),
    (
        "Analis Penanaman Modal",
        [
            ("work", "Memverifikasi laporan kegiatan penanaman modal (LKPM)", 45, 0),
            ("work", "Mengawasi pelaksanaan penanaman modal (satu lokasi)", 240, 0),
            ("periodic", "Menyusun analisis iklim investasi daerah", 2400, 2),
        ],
    ),
    (
        "Analis Keuangan",
        [
            ("work", "Mereviu laporan keuangan perangkat daerah (satu laporan)", 240, 0),
            ("work", "Memverifikasi dokumen pertanggungjawaban belanja", 30, 0),
            ("periodic", "Menyusun analisis laporan keuangan daerah", 2400, 2),
        ],
    ),
    (
        "Analis Anggaran",
        [
            ("work", "Menelaah RKA/DPA perangkat daerah (satu dokumen)", 240, 0),
            ("work", "Memverifikasi usulan pergeseran anggaran", 60, 0),
            ("periodic", "Menyusun kajian kebijakan anggaran", 2400, 2),
        ],
    ),
    (
        "Penata Laksana Barang",
        [
            ("work", "Mencatat penerimaan dan pengeluaran barang persediaan", 15, 0),
            ("work", "Melakukan stock opname (satu gudang atau ruang)", 120, 0),
            ("periodic", "Menyusun laporan persediaan bulanan", 240, 12),
        ],
    ),
    (
        "Perencana",
        [
            ("work", "Menyusun bahan rencana kerja (satu program)", 480, 0),
            ("work", "Memantau capaian indikator kinerja", 60, 0),
            ("periodic", "Menyusun laporan evaluasi rencana kerja", 960, 4),
        ],
    ),
    (
        "Pranata Komputer",
        [
            ("work", "Menangani gangguan perangkat dan jaringan", 45, 0),
            ("work", "Memelihara aplikasi dan server", 120, 0),
            ("periodic", "Menyusun laporan pengelolaan TIK", 480, 4),
        ],
    ),
    (
        "Pengemudi",
        [
            ("work", "Mengemudikan kendaraan dinas (satu perjalanan)", 120, 0),
            ("work", "Merawat dan membersihkan kendaraan dinas", 60, 0),
            ("work", "Mengurus servis dan pajak kendaraan dinas", 180, 0),
        ],
    ),
    (
        "Keuangan",
        [
            ("work", "Memverifikasi dokumen SPP/SPM", 30, 0),
            ("work", "Membukukan transaksi", 10, 0),
            ("work", "Mengarsipkan dokumen keuangan", 5, 0),
            ("periodic", "Menyusun laporan pertanggungjawaban bulanan", 480, 12),
        ],
    ),
    (
        "Aset",
        [
            ("work", "Mencatat mutasi barang milik daerah", 15, 0),
            ("work", "Melakukan inventarisasi barang (satu ruangan)", 120, 0),
            ("periodic", "Menyusun laporan barang semesteran", 960, 2),
        ],
    ),
    (
        "Kepegawaian",
        [
            ("work", "Memproses usul kenaikan pangkat, gaji berkala dan cuti", 45, 0),
            ("work", "Memutakhirkan data pegawai di SIASN", 15, 0),
            ("periodic", "Menyusun laporan kepegawaian bulanan", 480, 12),
        ],
    ),
    (
        "Pengolah Data",
        [
            ("work", "Mengolah dan memvalidasi data", 30, 0),
            ("work", "Menginput data ke aplikasi", 8, 0),
            ("periodic", "Menyusun rekapitulasi data bulanan", 240, 12),
        ],
    ),
    (
        "Pengadministrasi",
        [
            ("work", "Mengagendakan dan mendistribusikan surat", 10, 0),
            ("work", "Mengetik konsep naskah dinas", 30, 0),
            ("work", "Mengarsipkan berkas", 10, 0),
            ("work", "Menyiapkan bahan dan keperluan rapat", 60, 0),
        ],
    ),
]
BY_LEVEL: dict[str, list[Task]] = {
    "JPT": [
        ("periodic", "Memimpin rapat koordinasi perangkat daerah", 180, 24),
        ("periodic", "Menetapkan kebijakan teknis", 960, 12),
        ("periodic", "Melaporkan kinerja kepada kepala daerah", 240, 12),
        ("work", "Menandatangani naskah dinas", 5, 0),
        ("work", "Memberi arahan dan menerima konsultasi pejabat", 30, 0),
        ("work", "Menghadiri rapat dan acara kedinasan", 120, 0),
    ],
    "Administrator": [
        ("periodic", "Menyusun rencana kerja dan anggaran bidang", 960, 2),
        ("periodic", "Menyusun laporan kinerja bidang", 480, 12),
        ("work", "Mengoordinasikan pelaksanaan program bidang", 240, 0),
        ("work", "Memeriksa konsep naskah dinas", 15, 0),
        ("work", "Memimpin rapat teknis bidang", 120, 0),
    ],
    "Pengawas": [
        ("periodic", "Menyusun rencana kerja subbagian", 480, 1),
        ("periodic", "Menyusun laporan bulanan", 480, 12),
        ("work", "Membagi dan memeriksa hasil kerja staf", 30, 0),
        ("work", "Memverifikasi dokumen administrasi", 15, 0),
    ],
    "JF": [
        ("work", "Melakukan verifikasi dan validasi data", 30, 0),
        ("work", "Memberikan konsultasi teknis", 60, 0),
        ("periodic", "Menyusun kajian teknis", 2400, 2),
    ],
    "Pelaksana": [
        ("work", "Mengagendakan dan mendistribusikan surat", 10, 0),
        ("work", "Mengarsipkan berkas", 10, 0),
        ("work", "Menginput data ke aplikasi", 8, 0),
    ],
}  # fmt: skip


def tasks_of(title: str, kind: str, level: str) -> list[Task]:
    """The tasks of a post: a head's by level, any other post's by the first title
    fragment of :data:`TASKS` (a JF by its family), else by kind."""
    if kind == "JPT":
        return BY_LEVEL["JPT"]
    if level in ("Administrator", "Pengawas"):
        return BY_LEVEL[level]
    found = next((t for key, t in TASKS if key in title), None)
    if found is not None:
        return found
    return BY_LEVEL["JF"] if kind == "JF" else BY_LEVEL["Pelaksana"]


def main() -> Path:
    pos = pd.read_csv(HERE / "positions.csv", dtype=str, keep_default_na=False)
    pos = pos[pos["unit"].isin(UNITS)].reset_index(drop=True)
    rng = np.random.default_rng(20260101)
    rows = []
    for p in pos.itertuples(index=False):
        hc = int(p.headcount)
        front = any(k in p.title for k in FRONT_OFFICE) and p.kind != "JPT"
        front = front and p.level not in ("Administrator", "Pengawas")
        factor = rng.uniform(1.15, 1.45) if front else rng.uniform(0.80, 1.10)
        target = max(hc, 1) * factor * WKE_MINUTES  # minutes a year (illustrative)
        tasks = tasks_of(p.title, p.kind, p.level)
        periodic = sum(t[2] * t[3] for t in tasks if t[0] == "periodic")
        rest = max(target - periodic, 0.25 * target)  # minutes the rest takes
        steps = [t for t in tasks if t[0] == "step"]
        work = [t for t in tasks if t[0] == "work"]
        count = rest / sum(t[2] for t in steps) if steps else 0.0  # applications a year
        share = iter(rng.dirichlet(np.full(len(work), 4.0)) if work else [])
        for kind, task, minutes, per_year in tasks:
            if kind == "periodic":
                volume = per_year
            elif kind == "step":
                volume = max(1, int(round(count)))
            else:
                volume = max(1, int(round(rest * next(share) / minutes)))
            rows.append((p.id, task, volume, minutes))
    out = pd.DataFrame(rows, columns=["position", "task", "volume_per_year", "minutes_per_unit"])
    path = HERE / "workload.csv"
    path.write_text(out.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {main()}")
