"""Generate workload.csv: a synthetic workload analysis (ABK) for three offices.

Run from anywhere (deterministic: same input, same output)::

    python scenarios/tebo/data/make_workload.py

For every position of Badan Keuangan dan Aset Daerah (U03), Dinas Kependudukan dan
Pencatatan Sipil (U08) and Dinas Penanaman Modal dan PTSP (U09) it writes 3-5 tasks
(``position, task, volume_per_year, minutes_per_unit``) whose workload corresponds to
the post's current formasi times a factor: the posts that serve applicants (the
population-document and licence desks, their operators and the JF who process the
applications: :data:`FRONT_OFFICE`) carry more work than their formasi (x1.15-1.45),
every other post, back-office staff of the same offices included, about its formasi
(x0.80-1.10). Each task has one time norm (minutes per unit of output, as an ABK
states it: a record typed in 8 minutes, a monthly report in a day) whatever post does
it (review 64: the norms were drawn at random, 480 minutes to type one record); the
volume follows from the post's workload. The workload scenario (../workload.yaml) sets
the headcounts of these posts from this file.
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

#: tasks per kind of post (the first title fragment that matches, else by level), each
#: with its time norm in minutes per unit of output and, for a periodic task (a monthly
#: report, a yearly work plan), its units a year per seat (None: as many as the work
#: brings)
Task = tuple[str, int, int | None]
TASKS: list[tuple[str, list[Task]]] = [
    (
        "Pengemudi",
        [
            ("Mengemudikan kendaraan dinas (satu perjalanan)", 120, None),
            ("Merawat dan membersihkan kendaraan dinas", 60, None),
            ("Mengurus servis dan pajak kendaraan dinas", 180, None),
        ],
    ),
    (
        "Keuangan",
        [
            ("Memverifikasi dokumen SPP/SPM", 30, None),
            ("Membukukan transaksi", 10, None),
            ("Menyusun laporan pertanggungjawaban bulanan", 480, 12),
            ("Mengarsipkan dokumen keuangan", 5, None),
        ],
    ),
    (
        "Aset",
        [
            ("Mencatat mutasi barang milik daerah", 15, None),
            ("Melakukan inventarisasi barang (satu ruangan)", 120, None),
            ("Menyusun laporan barang semesteran", 960, 2),
        ],
    ),
    (
        "Barang",
        [
            ("Mencatat mutasi barang milik daerah", 15, None),
            ("Melakukan inventarisasi barang (satu ruangan)", 120, None),
            ("Menyusun laporan barang semesteran", 960, 2),
        ],
    ),
    (
        "Kepegawaian",
        [
            ("Memproses usul kenaikan pangkat dan gaji berkala", 45, None),
            ("Memutakhirkan data pegawai di SIASN", 15, None),
            ("Menyusun laporan kepegawaian bulanan", 480, 12),
        ],
    ),
    (
        "Kependudukan",
        [
            ("Melayani pemohon di loket", 12, None),
            ("Memeriksa kelengkapan berkas permohonan", 15, None),
            ("Menginput data permohonan ke aplikasi", 8, None),
            ("Mencetak dan menyerahkan dokumen", 6, None),
        ],
    ),
    (
        "Perizinan",
        [
            ("Melayani pemohon di loket", 12, None),
            ("Memeriksa kelengkapan berkas permohonan", 15, None),
            ("Menginput data permohonan ke aplikasi", 8, None),
            ("Mencetak dan menyerahkan dokumen izin", 6, None),
        ],
    ),
    (
        "Operator Layanan",
        [
            ("Melayani pemohon di loket", 12, None),
            ("Menginput data permohonan ke aplikasi", 8, None),
            ("Mencetak dan menyerahkan dokumen", 6, None),
        ],
    ),
    (
        "Pengolah Data",
        [
            ("Mengolah dan memvalidasi data", 30, None),
            ("Menginput data ke aplikasi", 8, None),
            ("Menyusun rekapitulasi data bulanan", 240, 12),
        ],
    ),
    (
        "Pengadministrasi",
        [
            ("Mengagendakan dan mendistribusikan surat", 10, None),
            ("Mengetik konsep naskah dinas", 30, None),
            ("Mengarsipkan berkas", 10, None),
            ("Menyiapkan bahan dan keperluan rapat", 60, None),
        ],
    ),
]
BY_LEVEL: dict[str, list[Task]] = {
    "JPT": [("Memimpin rapat koordinasi perangkat daerah", 180, 24),
            ("Menetapkan kebijakan teknis", 960, 12),
            ("Menandatangani naskah dinas", 5, None),
            ("Mengevaluasi kinerja perangkat daerah", 480, 4),
            ("Melaporkan kinerja kepada kepala daerah", 240, 12),
            ("Memberi arahan dan menerima konsultasi pejabat", 30, None),
            ("Menghadiri rapat dan acara kedinasan", 120, None)],
    "Administrator": [("Mengoordinasikan pelaksanaan program bidang", 240, None),
                      ("Menyusun rencana kerja dan anggaran bidang", 960, 2),
                      ("Memeriksa konsep naskah dinas", 15, None),
                      ("Menyusun laporan kinerja bidang", 480, 12),
                      ("Memimpin rapat teknis bidang", 120, None)],
    "Pengawas": [("Membagi dan memeriksa hasil kerja staf", 30, None),
                 ("Menyusun rencana kerja subbagian", 480, 1),
                 ("Memverifikasi dokumen administrasi", 15, None),
                 ("Menyusun laporan bulanan", 480, 12)],
    "JF": [("Menyusun kajian teknis", 2400, None),
           ("Melakukan verifikasi dan validasi data", 30, None),
           ("Memberikan konsultasi teknis", 60, None), ("Menyusun rekomendasi", 240, None),
           ("Melakukan pemantauan lapangan", 480, None)],
    "Pelaksana": [("Mengagendakan surat masuk dan keluar", 5, None),
                  ("Mengarsipkan berkas", 5, None),
                  ("Menginput data ke aplikasi", 8, None)],
}  # fmt: skip


def tasks_of(title: str, kind: str, level: str) -> list[Task]:
    """The tasks (with their time norms) of a post: a JF by its level of analysis, a
    JA Pelaksana by the first title fragment of :data:`TASKS`, a head by level."""
    if kind == "JPT":
        return BY_LEVEL["JPT"]
    if kind == "JF":
        return BY_LEVEL["JF"]
    if level in ("Administrator", "Pengawas"):
        return BY_LEVEL[level]
    return next((t for key, t in TASKS if key in title), BY_LEVEL["Pelaksana"])


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
        target = max(hc, 1) * factor * WKE_MINUTES  # minutes a year
        names = tasks_of(p.title, p.kind, p.level)
        k = int(rng.integers(min(3, len(names)), len(names) + 1))
        chosen = np.sort(rng.choice(len(names), size=k, replace=False))
        driven = [j for j in chosen if names[j][2] is None]
        if not driven:  # the work a post's volume rests on is always among its tasks
            driven = [next(j for j, t in enumerate(names) if t[2] is None)]
            chosen = np.sort(np.append(chosen, driven))
        seats = max(hc, 1)
        periodic = sum(names[j][1] * names[j][2] * seats for j in chosen if names[j][2])
        rest = max(target - periodic, 0.25 * target)  # minutes the driven tasks take
        share = iter(rng.dirichlet(np.full(len(driven), 4.0)))
        for j in chosen:
            task, minutes, per_seat = names[j]
            if per_seat is not None:
                volume = per_seat * seats
            else:
                volume = max(1, int(round(rest * next(share) / minutes)))
            rows.append((p.id, task, volume, minutes))
    out = pd.DataFrame(rows, columns=["position", "task", "volume_per_year", "minutes_per_unit"])
    path = HERE / "workload.csv"
    path.write_text(out.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {main()}")
