"""Generate workload.csv: a synthetic workload analysis (ABK) for three offices.

Run from anywhere (deterministic: same input, same output)::

    python scenarios/tebo/data/make_workload.py

For every position of Badan Keuangan dan Aset Daerah (U03), Dinas Kependudukan dan
Pencatatan Sipil (U08) and Dinas Penanaman Modal dan PTSP (U09) it writes 3-6 tasks
(``position, task, volume_per_year, minutes_per_unit``) whose workload corresponds to
the post's current formasi times a factor: front-office and processing posts of the
two service offices (documents, licences) carry more work than their formasi
(x1.15-1.55), the other posts about their formasi (x0.75-1.10). The workload
scenario (../workload.yaml) sets the headcounts of these posts from this file.
Generated data only: tasks, volumes and times are invented.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
UNITS = ("U03", "U08", "U09")
SERVICE_UNITS = ("U08", "U09")
WKE_MINUTES = 75_000
MINUTES = np.array([10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 480])

TASKS = {
    "JPT": ["Memimpin rapat koordinasi perangkat daerah", "Menetapkan kebijakan teknis",
            "Menandatangani naskah dinas", "Mengevaluasi kinerja perangkat daerah",
            "Melaporkan kinerja kepada kepala daerah"],
    "Administrator": ["Mengoordinasikan pelaksanaan program bidang",
                      "Menyusun rencana kerja dan anggaran bidang",
                      "Memeriksa konsep naskah dinas", "Menyusun laporan kinerja bidang",
                      "Memimpin rapat teknis bidang"],
    "Pengawas": ["Membagi dan memeriksa hasil kerja staf", "Menyusun rencana kerja subbagian",
                 "Memverifikasi dokumen administrasi", "Menyusun laporan bulanan",
                 "Mengelola arsip subbagian"],
    "JF": ["Menyusun kajian teknis", "Melakukan verifikasi dan validasi data",
           "Memberikan konsultasi teknis", "Menyusun rekomendasi", "Melakukan pemantauan",
           "Menyusun laporan hasil pemeriksaan"],
    "Pelaksana": ["Menerima dan memeriksa kelengkapan berkas", "Menginput data ke aplikasi",
                  "Melayani pemohon di loket", "Mencetak dan menyerahkan dokumen",
                  "Mengarsipkan berkas", "Mengagendakan surat masuk dan keluar"],
}


def main() -> Path:
    pos = pd.read_csv(HERE / "positions.csv", dtype=str, keep_default_na=False)
    pos = pos[pos["unit"].isin(UNITS)].reset_index(drop=True)
    rng = np.random.default_rng(20260101)
    rows = []
    for p in pos.itertuples(index=False):
        hc = int(p.headcount)
        staff_level = p.level in ("Pelaksana", "Ahli Pertama", "Ahli Muda", "Terampil", "Mahir")
        if p.unit in SERVICE_UNITS and staff_level:
            factor = rng.uniform(1.15, 1.55)
        else:
            factor = rng.uniform(0.75, 1.10)
        target = max(hc, 1) * factor * WKE_MINUTES  # minutes a year
        group = p.kind if p.kind == "JPT" else ("JF" if p.kind == "JF" else p.level)
        names = TASKS.get(group, TASKS["Pelaksana"])
        k = int(rng.integers(3, min(6, len(names)) + 1))
        chosen = rng.choice(len(names), size=k, replace=False)
        share = rng.dirichlet(np.full(k, 2.0))
        for j, s in zip(chosen, share, strict=True):
            minutes = int(rng.choice(MINUTES))
            volume = max(1, int(round(target * s / minutes)))
            rows.append((p.id, names[j], volume, minutes))
    out = pd.DataFrame(rows, columns=["position", "task", "volume_per_year", "minutes_per_unit"])
    path = HERE / "workload.csv"
    path.write_text(out.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {main()}")
