"""Generated national ASN exports (SIASN) in their known forms, for the import tests.

The column layouts and value conventions are the real ones, copied with their sources
in ``data/siasn/README.md``; the people are generated (:func:`generate_organization`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pandas as pd

from placement.generate import generate_organization
from placement.model import levels

README = Path(__file__).parent.parent / "data" / "siasn" / "README.md"


def _block(heading: str) -> list[str]:
    """The comma list indented under a README heading."""
    text = README.read_text(encoding="utf-8")
    part = text.split(heading, 1)[1]
    lines = []
    for line in part.splitlines()[1:]:
        if line.startswith("## "):
            break
        if line.startswith("    "):
            lines.append(line.strip())
    return [c.strip() for c in " ".join(lines).split(",") if c.strip()]


def columns_64() -> list[str]:
    return _block('## SIASN "Export Data ASN" (CSV, 64 columns)')


def columns_69() -> list[str]:
    text = README.read_text(encoding="utf-8")
    extra = re.search(r"The 64 above plus `([^`]+)`", text).group(1)
    return columns_64() + [c.strip() for c in extra.split(",")]


#: BKN's TINGKAT PENDIDIKAN NAMA labels (README) and the level each is read as.
BKN_EDUCATION = {
    "SD": "SD", "SLTP": "SMP", "SLTP Kejuruan": "SMP", "SLTA": "SMA", "SLTA Kejuruan": "SMA",
    "SLTA Keguruan": "SMA", "Diploma I": "D1", "Diploma II": "D2",
    "Diploma III/Sarjana Muda": "D3", "Diploma IV": "S1", "S-1/Sarjana": "S1", "S-2": "S2",
    "S-3/Doktor": "S3", "Profesi": "S1", "Spesialis": "S2", "Subspesialis": "S3",
    "Pasca Sarjana": "S2", "Sarjana Muda": "D3", "SLTA/SMA Sederajat": "SMA",
}  # fmt: skip
_LABEL = {
    "SD": "SD",
    "SMP": "SLTP",
    "SMA": "SLTA",
    "D1": "Diploma I",
    "D2": "Diploma II",
    "D3": "Diploma III/Sarjana Muda",
    "D4": "Diploma IV",
    "S1": "S-1/Sarjana",
    "S2": "S-2",
    "S3": "S-3/Doktor",
}
_PREFIX = {
    "SD": "SD ",
    "SMP": "SLTP ",
    "SMA": "SLTA/SMA ",
    "D1": "D-I ",
    "D2": "D-II ",
    "D3": "D-III ",
    "D4": "D-IV ",
    "S1": "S-1 ",
    "S2": "S-2 ",
    "S3": "S-3 ",
}
ESELON = {"Pratama": "II.b", "Administrator": "III.a", "Pengawas": "IV.a"}
#: rows (by position in the export) given a legal status other than Aktif
INACTIVE = {5: "CLTN", 11: "Tugas Belajar", 17: "Pemberhentian Sementara"}
REGENCY = "Pemerintah Kab. Tebo"


def _jenis(kind: str, level: str, old: bool = False) -> str:
    if kind == "JF":
        return "Jabatan Fungsional Tertentu" if old else "Jabatan Fungsional"
    if level == "Pelaksana" or kind == "":
        return "Jabatan Fungsional Umum" if old else "Jabatan Pelaksana"
    return "Jabatan Struktural"


def _id(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16].upper()


def _pppk_rank(rank: str) -> str:
    inverse = {v: k for k, v in levels.PPPK_EQUIVALENT.items()}
    return inverse.get(rank, "IX")


def export_frames(n: int = 240, seed: int = 3):
    """(generated organisation, a dict of facts per row, the 64-column export)."""
    g = generate_organization(n, seed=seed)
    emp, pos, un = g.employees.reset_index(drop=True), g.positions, g.units
    opd = dict(zip(un["id"], un["name"], strict=True))
    by_id = pos.set_index("id")
    cp = emp["current_position"].fillna("")
    kind = cp.map(by_id["kind"]).fillna("")
    level = cp.map(by_id["level"]).fillna("")
    title = cp.map(by_id["title"]).fillna("")
    grade = cp.map(by_id["grade"].astype(str).str.replace(r"\.0$", "", regex=True)).fillna("")
    unit = emp["current_unit"].fillna("").map(opd).fillna("")
    number = cp.str.extract(r"(\d+)$")[0].fillna("0").astype(int)
    # UNOR: the head sits in the OPD itself, the others in its Sekretariat or a Bidang
    unor = np.where(
        kind == "JPT", unit, np.where(number % 2 == 0, "Sekretariat", "Bidang Pelayanan")
    )
    unor = pd.Series(np.where(unit == "", "", unor), index=emp.index)
    i = np.arange(len(emp))
    status = np.where(
        i % 25 == 7,
        "PPPK",
        np.where(i % 50 == 13, "PPPK Paruh Waktu", np.where(i % 40 == 3, "CPNS", "PNS")),
    )
    rank = emp["rank"].where(~pd.Series(status).str.startswith("PPPK"), emp["rank"].map(_pppk_rank))
    edu = emp["education"].map(_LABEL)
    labels = list(BKN_EDUCATION)
    edu.iloc[: len(labels)] = labels  # every BKN label appears
    expected_edu = emp["education"].replace({"D4": "S1"}).copy()
    expected_edu.iloc[: len(labels)] = [BKN_EDUCATION[lb] for lb in labels]
    field = emp["education"].map(_PREFIX) + emp["field"].str.upper()
    legal = pd.Series("Aktif", index=emp.index)
    for row, value in INACTIVE.items():
        legal.iloc[row] = value
    nip = emp["id"].where(i % 3 != 0, "'" + emp["id"])  # the apostrophe Excel users type
    birth = pd.to_datetime(emp["birth_date"])
    tmt_cpns = pd.to_datetime(emp["id"].str.slice(8, 14) + "01", format="%Y%m%d")
    tmt_jab = np.where(i % 4 == 0, "01-07-2025", "02-01-2019")
    jabatan_id = [
        _id(t if k != "JPT" and lv not in ESELON else u + t)
        for t, k, lv, u in zip(title, kind, level, unit, strict=True)
    ]
    values = {
        "PNS ID": [_id("pns" + x) for x in emp["id"]],
        "NIP BARU": nip,
        "NAMA": emp["name"],
        "TANGGAL LAHIR": birth.dt.strftime("%d-%m-%Y"),
        "JENIS KELAMIN": emp["gender"].map({"L": "M", "P": "F"}),
        "JENIS PEGAWAI NAMA": np.where(
            pd.Series(status).str.startswith("PPPK"), status, "PNS Daerah Kabupaten/Kota"
        ),
        "KEDUDUKAN HUKUM NAMA": legal,
        "STATUS CPNS PNS": np.where(status == "CPNS", "C", "P"),
        "TMT CPNS": tmt_cpns.dt.strftime("%d-%m-%Y"),
        "GOL AKHIR NAMA": rank,
        "TMT GOLONGAN": "01-04-2022",
        "MK TAHUN": (i % 30).astype(str),
        "MK BULAN": (i % 12).astype(str),
        "JENIS JABATAN NAMA": [_jenis(k, lv) for k, lv in zip(kind, level, strict=True)],
        "JABATAN ID": np.where(title == "", "", jabatan_id),
        "JABATAN NAMA": title,
        "TMT JABATAN": np.where(title == "", "", tmt_jab),
        "TINGKAT PENDIDIKAN NAMA": edu,
        "PENDIDIKAN NAMA": field,
        "LOKASI KERJA NAMA": "Muara Tebo",
        "UNOR NAMA": unor,
        "INSTANSI INDUK NAMA": REGENCY,
        "INSTANSI KERJA NAMA": REGENCY,
        "SATUAN KERJA INDUK NAMA": REGENCY,
        "SATUAN KERJA KERJA NAMA": unit,
    }
    ex = pd.DataFrame({c: values.get(c, "") for c in columns_64()})
    facts = pd.DataFrame(
        {
            "id": emp["id"],
            "kind": kind,
            "level": level,
            "title": title,
            "opd": unit,
            "unor": unor,
            "status": status,
            "education": expected_edu,
            "legal": legal,
            "grade": grade,
            "tmt_jabatan": pd.to_datetime(pd.Series(tmt_jab), format="%d-%m-%Y").dt.strftime(
                "%Y-%m-%d"
            ),
        }
    )
    return g, facts, ex


def export_69(ex: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    out = ex.copy()
    for c in columns_69()[64:]:
        out[c] = ""
    out["ESELON NAMA"] = facts["level"].map(ESELON).fillna("").where(facts["kind"] != "JF", "")
    return out


def export_underscore(ex: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The older SAPK form: no OPD column (UNOR_NAMA is the office)."""
    return pd.DataFrame(
        {
            "NIP_BARU": ex["NIP BARU"],
            "NAMA": ex["NAMA"],
            "TGL_LAHIR": pd.to_datetime(ex["TANGGAL LAHIR"], format="%d-%m-%Y").dt.strftime(
                "%Y-%m-%d"
            ),
            "JENIS_KELAMIN": ex["JENIS KELAMIN"],
            "GOL_NAMA": ex["GOL AKHIR NAMA"],
            "JENIS_JABATAN_NAMA": [
                _jenis(k, lv, old=True) if t else ""
                for k, lv, t in zip(facts["kind"], facts["level"], facts["title"], strict=True)
            ],
            "JABATAN_NAMA": ex["JABATAN NAMA"],
            "PENDIDIKAN_NAMA": ex["PENDIDIKAN NAMA"],
            "TINGKAT_PENDIDIKAN_NAMA": ex["TINGKAT PENDIDIKAN NAMA"],
            "STATUS_CPNS_PNS": ex["STATUS CPNS PNS"],
            "TMT_CPNS": ex["TMT CPNS"],
            "UNOR_NAMA": facts["opd"],
        }
    )


def export_api(ex: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The web service's "data utama" keys (camelCase)."""
    return pd.DataFrame(
        {
            "nipBaru": ex["NIP BARU"].str.lstrip("'"),
            "nama": ex["NAMA"],
            "tglLahir": ex["TANGGAL LAHIR"],
            "jenisKelamin": ex["JENIS KELAMIN"],
            "golRuangAkhir": ex["GOL AKHIR NAMA"],
            "tkPendidikanTerakhir": ex["TINGKAT PENDIDIKAN NAMA"],
            "pendidikanTerakhirNama": ex["PENDIDIKAN NAMA"],
            "jenisJabatan": ex["JENIS JABATAN NAMA"],
            "jabatanNama": ex["JABATAN NAMA"],
            "unorNama": ex["UNOR NAMA"],
            "satuanKerjaKerjaNama": ex["SATUAN KERJA KERJA NAMA"],
            "eselon": facts["level"].map(ESELON).fillna("").where(facts["kind"] != "JF", ""),
            "tmtPensiun": "",
            "bupPensiun": "",
            "kelas_jabatan": facts["grade"],
        }
    )
