"""Seeded synthetic organisations that resemble a regency civil service.

:func:`generate_organization` builds three tables in the project's documented input
format (units, positions, employees) for a made-up *kabupaten*: a regional secretariat,
a DPRD secretariat, an inspectorate, ~15 *dinas*, ~5 *badan* and ~12 *kecamatan*, each
with its structural posts (JPT, Administrator, Pengawas), functional posts (JF) that
mirror the unit's function and administrative staff (Pelaksana). Employees are generated
people only: names are composed from invented syllables, NIPs from generated birth
dates, appointment months and serial numbers.

Incumbents are drawn seat by seat, so most of them fit their post (education, field,
rank, competencies) while a controlled share does not (field outside the accepted
fields, or a competency 2+ levels under the standard): the mismatches a placement run
is meant to find. Headcounts exceed the roster by 5-10 % (vacancies), a few posts are
over-staffed and ~2 % of the roster are new hires without a post.

Large rosters (>= 20,000 by default) are split into regions of ~35 units each; every
unit's ``parent`` is then its region (``R001`` ...), and the region rows are added to
the units table with type ``region``.

Everything is vectorised with numpy; Python loops run only over unit templates, regions
or a few fixed rounds (never per employee or per employee-position pair). The same
``(n_employees, seed, n_units)`` gives identical DataFrames and byte-identical CSV files.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from numpy.typing import DTypeLike

from placement.model.config import JF_RANK_RANGES, LICENSED_FAMILIES

__all__ = [
    "COMPETENCIES",
    "COMP_COLUMNS",
    "EDUCATION_LEVELS",
    "FIELDS",
    "GeneratedOrganization",
    "MANAGERIAL_COMPETENCIES",
    "NIP_PATTERN",
    "PERFORMANCE_LEVELS",
    "RANKS",
    "REFERENCE_DATE",
    "TECHNICAL_COMPETENCIES",
    "UNIT_TYPES",
    "default_n_units",
    "describe_organization",
    "eligible_counts",
    "generate_organization",
    "mismatch_mask",
    "nip_is_valid",
    "write_organization",
]

# -- vocabularies -------------------------------------------------------------------------

#: Date at which ages, service years and ranks are evaluated (fixed for determinism).
REFERENCE_DATE = "2025-01-01"

RANKS: tuple[str, ...] = tuple(
    f"{g}/{s}"
    for g, subs in (("I", "abcd"), ("II", "abcd"), ("III", "abcd"), ("IV", "abcde"))
    for s in subs
)
EDUCATION_LEVELS: tuple[str, ...] = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
#: Ordinal of each education level (D4 = S1), for ``>=`` comparisons.
EDUCATION_ORDINAL: dict[str, int] = {
    "SD": 0,
    "SMP": 1,
    "SMA": 2,
    "D1": 3,
    "D2": 4,
    "D3": 5,
    "D4": 6,
    "S1": 6,
    "S2": 7,
    "S3": 8,
}
PERFORMANCE_LEVELS: tuple[str, ...] = (
    "Sangat Baik",
    "Baik",
    "Butuh Perbaikan",
    "Kurang",
    "Sangat Kurang",
)
UNIT_TYPES: tuple[str, ...] = (
    "sekretariat",
    "dinas",
    "badan",
    "kecamatan",
    "inspektorat",
    "region",
)
MANAGERIAL_COMPETENCIES: tuple[str, ...] = (
    "Integritas",
    "Kerja Sama",
    "Komunikasi",
    "Orientasi pada Hasil",
    "Pelayanan Publik",
    "Pengembangan Diri dan Orang Lain",
    "Mengelola Perubahan",
    "Pengambilan Keputusan",
)
SOCIOCULTURAL_COMPETENCIES: tuple[str, ...] = ("Perekat Bangsa",)
KEU, HUK, TI, KES = (
    "Pengelolaan Keuangan",
    "Hukum dan Perundangan",
    "Teknologi Informasi",
    "Pelayanan Kesehatan",
)
REN, ADK, PDD, INF = (
    "Perencanaan Pembangunan",
    "Administrasi Kependudukan",
    "Pendidikan dan Pengajaran",
    "Teknik dan Infrastruktur",
)
TECHNICAL_COMPETENCIES: tuple[str, ...] = (KEU, HUK, TI, KES, REN, ADK, PDD, INF)
COMPETENCIES: tuple[str, ...] = (
    MANAGERIAL_COMPETENCIES + SOCIOCULTURAL_COMPETENCIES + TECHNICAL_COMPETENCIES
)
COMP_COLUMNS: tuple[str, ...] = tuple(f"comp:{c}" for c in COMPETENCIES)
NIP_PATTERN = (
    r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d{2}(0[1-9]|1[0-2])[12]\d{3}$"
)

FIELDS: tuple[str, ...] = (
    "Umum",
    "Administrasi Perkantoran",
    "Ekonomi",
    "Akuntansi",
    "Manajemen",
    "Hukum",
    "Ilmu Pemerintahan",
    "Administrasi Negara",
    "Sosial",
    "Psikologi",
    "Komunikasi",
    "Statistik",
    "Teknik Informatika",
    "Teknik Sipil",
    "Arsitektur",
    "Perencanaan Wilayah dan Kota",
    "Teknik Lingkungan",
    "Teknik Mesin",
    "Kesehatan Masyarakat",
    "Keperawatan",
    "Kebidanan",
    "Kedokteran",
    "Farmasi",
    "Pertanian",
    "Peternakan",
    "Kedokteran Hewan",
    "Perikanan",
    "Pendidikan",
    "Pariwisata",
)
_FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}
_RANK_INDEX = {r: i for i, r in enumerate(RANKS)}
_EDU_INDEX = {e: i for i, e in enumerate(EDUCATION_LEVELS)}
_EDU_ORD = np.array([EDUCATION_ORDINAL[e] for e in EDUCATION_LEVELS], dtype=np.int8)
_NF, _NE, _NK = len(FIELDS), len(EDUCATION_LEVELS), len(COMPETENCIES)
_NM = len(MANAGERIAL_COMPETENCIES) + len(SOCIOCULTURAL_COMPETENCIES)

# -- people: education, fields, ranks, pay ---------------------------------------------------

#: Usual entry rank by education (DOMAIN.md default): SD I/a, SMP I/c, SMA/D1 II/a, D2 II/b,
#: D3 II/c, D4/S1 III/a, S2 III/b, S3 III/c.
_ENTRY_RANK = np.array([0, 2, 4, 4, 5, 6, 8, 8, 9, 10], dtype=np.int64)
#: Highest rank reachable by regular promotion with each education (IV/e for S2/S3).
_RANK_CAP = np.array([5, 7, 9, 9, 9, 10, 14, 14, 16, 16], dtype=np.int64)
_PELAKSANA_RANK_CAP = 11  # III/d
#: Age at first appointment (mean, sd) by education.
_ENTRY_AGE = np.array(
    [(21, 2), (22, 2.5), (23, 3), (24, 3), (24, 3), (25, 2.5), (26, 3), (27, 3), (31, 3), (35, 3)]
)
#: Basic monthly salary by rank, thousands of rupiah (scale of PP 15/2019 at 0 years).
_GAPOK = np.array(
    [
        1560,
        1704,
        1776,
        1851,
        2022,
        2108,
        2197,
        2290,
        2579,
        2688,
        2802,
        2920,
        3044,
        3173,
        3307,
        3447,
        3593,
    ],
    dtype=np.float64,
)

#: Which fields each education level can carry.
_ALLOWED = np.zeros((_NE, _NF), dtype=bool)
_SMK = (
    "Umum",
    "Administrasi Perkantoran",
    "Akuntansi",
    "Manajemen",
    "Teknik Informatika",
    "Teknik Sipil",
    "Teknik Mesin",
    "Pertanian",
)
for _e, _fs in {
    "SD": ("Umum",),
    "SMP": ("Umum",),
    "SMA": _SMK,
    "D1": (
        "Pendidikan",
        "Teknik Informatika",
        "Akuntansi",
        "Administrasi Perkantoran",
        "Kebidanan",
    ),
    "D2": (
        "Pendidikan",
        "Teknik Informatika",
        "Akuntansi",
        "Administrasi Perkantoran",
        "Kebidanan",
    ),
}.items():
    _ALLOWED[_EDU_INDEX[_e], [_FIELD_INDEX[f] for f in _fs]] = True
_ALLOWED[_EDU_INDEX["D3"]] = True
_ALLOWED[
    _EDU_INDEX["D3"],
    [
        _FIELD_INDEX[f]
        for f in (
            "Umum",
            "Kedokteran",
            "Kedokteran Hewan",
            "Psikologi",
            "Arsitektur",
            "Perencanaan Wilayah dan Kota",
        )
    ],
] = False
for _e in ("D4", "S1", "S2", "S3"):
    _ALLOWED[_EDU_INDEX[_e]] = True
    _ALLOWED[_EDU_INDEX[_e], [_FIELD_INDEX["Umum"], _FIELD_INDEX["Administrasi Perkantoran"]]] = (
        False
    )


def _prior(weights: dict[str, float], default: float) -> np.ndarray:
    out = np.full(_NF, default)
    for f, w in weights.items():
        out[_FIELD_INDEX[f]] = w
    return out


_P_SMA = _prior(
    {
        "Umum": 14,
        "Administrasi Perkantoran": 1.4,
        "Akuntansi": 1.0,
        "Manajemen": 0.6,
        "Teknik Informatika": 0.7,
        "Teknik Sipil": 0.4,
        "Teknik Mesin": 0.6,
        "Pertanian": 0.4,
    },
    0,
)
_P_D3 = _prior(
    {
        "Keperawatan": 14,
        "Kebidanan": 12,
        "Farmasi": 3,
        "Akuntansi": 6,
        "Manajemen": 5,
        "Teknik Informatika": 5,
        "Teknik Sipil": 3,
        "Teknik Mesin": 2,
        "Administrasi Negara": 3,
        "Administrasi Perkantoran": 3,
        "Kesehatan Masyarakat": 4,
        "Pertanian": 3,
        "Peternakan": 1.5,
        "Statistik": 1,
        "Komunikasi": 1,
        "Pendidikan": 2,
        "Ilmu Pemerintahan": 2,
    },
    0.3,
)
_P_S1 = _prior(
    {
        "Pendidikan": 16,
        "Ekonomi": 7,
        "Akuntansi": 4,
        "Manajemen": 6,
        "Hukum": 5,
        "Ilmu Pemerintahan": 5,
        "Administrasi Negara": 8,
        "Sosial": 3,
        "Psikologi": 0.7,
        "Komunikasi": 1.5,
        "Statistik": 0.8,
        "Teknik Informatika": 3,
        "Teknik Sipil": 3,
        "Arsitektur": 0.5,
        "Perencanaan Wilayah dan Kota": 0.6,
        "Teknik Lingkungan": 0.8,
        "Teknik Mesin": 0.6,
        "Kesehatan Masyarakat": 4,
        "Keperawatan": 4,
        "Kebidanan": 1,
        "Kedokteran": 1.5,
        "Farmasi": 1,
        "Pertanian": 4,
        "Peternakan": 1,
        "Kedokteran Hewan": 0.3,
        "Perikanan": 0.6,
        "Pariwisata": 0.5,
    },
    0,
)
_P_S2 = _prior(
    {
        "Manajemen": 10,
        "Administrasi Negara": 9,
        "Hukum": 5,
        "Ekonomi": 5,
        "Pendidikan": 8,
        "Kesehatan Masyarakat": 5,
        "Ilmu Pemerintahan": 5,
        "Akuntansi": 2,
        "Teknik Sipil": 2,
        "Pertanian": 2,
        "Teknik Informatika": 1,
        "Sosial": 2,
        "Perencanaan Wilayah dan Kota": 1,
        "Kedokteran": 1,
    },
    0.3,
)
_PRIOR = np.stack([_P_SMA, _P_SMA, _P_SMA, _P_D3, _P_D3, _P_D3, _P_S1, _P_S1, _P_S2, _P_S2])
_PRIOR[[0, 1]] = 0
_PRIOR[[0, 1], _FIELD_INDEX["Umum"]] = 1
_PRIOR = np.where(_ALLOWED, np.maximum(_PRIOR, 0.05), 0).astype(np.float32)
_PRIOR[[0, 1, 2]] = np.where(_ALLOWED[[0, 1, 2]], _PRIOR[[0, 1, 2]], 0)

#: Technical competencies a field of study trains for.
_RELATED = np.zeros((_NF, _NK), dtype=bool)
for _f, _ts in {
    "Ekonomi": (KEU, REN),
    "Akuntansi": (KEU,),
    "Manajemen": (KEU,),
    "Hukum": (HUK,),
    "Ilmu Pemerintahan": (HUK, ADK),
    "Administrasi Negara": (ADK, HUK),
    "Administrasi Perkantoran": (ADK,),
    "Statistik": (TI, REN),
    "Teknik Informatika": (TI,),
    "Teknik Sipil": (INF, REN),
    "Arsitektur": (INF,),
    "Perencanaan Wilayah dan Kota": (REN, INF),
    "Teknik Lingkungan": (INF,),
    "Teknik Mesin": (INF,),
    "Kesehatan Masyarakat": (KES,),
    "Keperawatan": (KES,),
    "Kebidanan": (KES,),
    "Kedokteran": (KES,),
    "Farmasi": (KES,),
    "Pendidikan": (PDD,),
    "Komunikasi": (TI,),
}.items():
    for _t in _ts:
        _RELATED[_FIELD_INDEX[_f], COMPETENCIES.index(_t)] = True

#: Academic titles by field for D3 / S1 / S2 (shown after the name, like real rosters).
_GELAR_S1 = {
    "Ekonomi": "S.E.",
    "Akuntansi": "S.Ak.",
    "Manajemen": "S.M.",
    "Hukum": "S.H.",
    "Ilmu Pemerintahan": "S.IP.",
    "Administrasi Negara": "S.AP.",
    "Sosial": "S.Sos.",
    "Psikologi": "S.Psi.",
    "Komunikasi": "S.I.Kom.",
    "Statistik": "S.Stat.",
    "Teknik Informatika": "S.Kom.",
    "Teknik Sipil": "S.T.",
    "Arsitektur": "S.Ars.",
    "Perencanaan Wilayah dan Kota": "S.PWK.",
    "Teknik Lingkungan": "S.T.",
    "Teknik Mesin": "S.T.",
    "Kesehatan Masyarakat": "S.K.M.",
    "Keperawatan": "S.Kep.",
    "Kebidanan": "S.Keb.",
    "Kedokteran": "S.Ked.",
    "Farmasi": "S.Farm.",
    "Pertanian": "S.P.",
    "Peternakan": "S.Pt.",
    "Kedokteran Hewan": "S.KH.",
    "Perikanan": "S.Pi.",
    "Pendidikan": "S.Pd.",
    "Pariwisata": "S.Par.",
}
_GELAR_D3 = {
    "Keperawatan": "A.Md.Kep.",
    "Kebidanan": "A.Md.Keb.",
    "Farmasi": "A.Md.Farm.",
    "Akuntansi": "A.Md.Ak.",
    "Teknik Informatika": "A.Md.Kom.",
    "Teknik Sipil": "A.Md.T.",
    "Teknik Mesin": "A.Md.T.",
}
_GELAR_S2 = {
    "Manajemen": "M.M.",
    "Administrasi Negara": "M.AP.",
    "Hukum": "M.H.",
    "Ekonomi": "M.E.",
    "Pendidikan": "M.Pd.",
    "Kesehatan Masyarakat": "M.K.M.",
    "Akuntansi": "M.Ak.",
    "Teknik Sipil": "M.T.",
    "Teknik Informatika": "M.Kom.",
    "Pertanian": "M.P.",
    "Kedokteran": "Sp.PD.",
}

# syllables for generated names (no list of real people is used anywhere)
_GIVEN_HEAD = (
    "Ar",
    "Bu",
    "Da",
    "Fa",
    "Ha",
    "Ir",
    "Ju",
    "Ku",
    "Ma",
    "Na",
    "Ra",
    "Sa",
    "Ta",
    "Wa",
    "Ya",
    "Zu",
    "Ri",
    "Hen",
    "Su",
    "Pu",
    "De",
    "Li",
    "Mu",
    "Se",
    "Yu",
    "An",
    "Dwi",
    "Eka",
    "Fi",
    "Gu",
)
_GIVEN_TAIL_M = (
    "di",
    "man",
    "to",
    "no",
    "wan",
    "dra",
    "yan",
    "ri",
    "fan",
    "zal",
    "ham",
    "din",
    "tno",
    "yadi",
    "har",
    "roni",
    "san",
    "mat",
)
_GIVEN_TAIL_F = (
    "ti",
    "ni",
    "sih",
    "wati",
    "yani",
    "sari",
    "rina",
    "lia",
    "nah",
    "yah",
    "tri",
    "ra",
    "ningsih",
    "dewi",
    "mala",
    "fitri",
    "ana",
    "rita",
)
_FAMILY_A = (
    "Har",
    "Pra",
    "Wi",
    "Su",
    "Ka",
    "Sim",
    "Nas",
    "Lu",
    "Si",
    "Ta",
    "Pur",
    "Mar",
    "Sa",
    "Ga",
    "Ba",
    "Hu",
    "Ja",
    "Le",
    "Ro",
    "Tam",
)
_FAMILY_B = ("ja", "ya", "ma", "na", "ta", "ra", "ba", "nu", "di", "lo", "", "")
_FAMILY_C = (
    "to",
    "ni",
    "di",
    "yo",
    "wan",
    "na",
    "ngan",
    "lim",
    "tua",
    "pung",
    "rah",
    "sid",
    "dana",
    "wijaya",
    "ruddin",
    "sari",
)
_PREFIX_M = ("Muhammad ", "Ahmad ", "")
_PREFIX_F = ("Siti ", "Nur ", "")

# place names for kecamatan, UPTD and regions: invented combinations of common words
_PLACE_A = (
    "Tebo",
    "Rimbo",
    "Muara",
    "Sungai",
    "Tanjung",
    "Batang",
    "Koto",
    "Pulau",
    "Teluk",
    "Bukit",
    "Tanah",
    "Lubuk",
    "Simpang",
    "Padang",
    "Talang",
    "Sumber",
    "Rantau",
    "Pematang",
    "Kuamang",
    "Serai",
    "Pelayang",
    "Tabir",
    "Sumay",
    "Betung",
    "Jambu",
    "Karang",
    "Mandiangin",
    "Ujung",
    "Kampung",
    "Danau",
)
_PLACE_B = (
    "Tengah",
    "Ilir",
    "Ulu",
    "Hilir",
    "Barat",
    "Timur",
    "Utara",
    "Selatan",
    "Jaya",
    "Baru",
    "Makmur",
    "Indah",
    "Raya",
    "Mulya",
    "Sari",
    "Bujang",
    "Lama",
    "Gedang",
    "Panjang",
    "Kecil",
)

# -- position templates -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """One position of a unit template (instantiated once per unit that carries it)."""

    title: str
    kind: str  # JPT | JA | JF
    level: str
    grade: int
    min_edu: str
    fields: tuple[str, ...]
    min_rank: str | None
    tech: tuple[str, ...] = ()
    weight: float = 0.0  # share of the unit's flexible headcount; 0 = one structural seat
    min_size: float = 0.0  # smallest expected unit staff that carries this post
    p_keep: float = 1.0  # chance the post exists in a given unit
    priority: float = 1.0
    key: bool = False
    female: float = 0.45
    bup: int = 58
    essential: bool = False  # may get a minimum fill


_JF_LEVELS = {  # level: grade, min education, min rank, share of the family, min unit size
    "Ahli Pertama": (8, "S1", "III/a", 0.45, 0),
    "Ahli Muda": (9, "S1", "III/c", 0.35, 35),
    "Ahli Madya": (11, "S1", "IV/a", 0.20, 110),
    "Terampil": (6, "D3", "II/c", 0.60, 0),
    "Mahir": (7, "D3", "III/a", 0.40, 45),
}
_EXPERT = ("Ahli Pertama", "Ahli Muda", "Ahli Madya")
_EXPERT2 = ("Ahli Pertama", "Ahli Muda")
_SKILLED = ("Terampil", "Mahir")


def _jf(
    family: str,
    fields: Sequence[str],
    tech: Sequence[str] = (),
    levels: Sequence[str] = _EXPERT,
    weight: float = 1.0,
    *,
    min_edu: str | None = None,
    min_size: float = 0.0,
    p_keep: float = 1.0,
    priority: float = 1.0,
    female: float = 0.5,
    essential: bool = False,
) -> list[_Row]:
    rows = []
    share = sum(_JF_LEVELS[lv][3] for lv in levels)
    for lv in levels:
        grade, edu, rank, s, ms = _JF_LEVELS[lv]
        rows.append(
            _Row(
                f"{family} {lv}",
                "JF",
                lv,
                grade,
                min_edu or edu,
                tuple(fields),
                rank,
                tuple(tech),
                weight * s / share,
                max(min_size, ms),
                p_keep,
                priority,
                False,
                female,
                60 if lv == "Ahli Madya" else 58,
                essential,
            )
        )
    return rows


def _pl(
    title: str,
    fields: Sequence[str],
    weight: float = 1.0,
    *,
    min_edu: str = "SMA",
    grade: int = 5,
    tech: Sequence[str] = (),
    min_size: float = 0.0,
    p_keep: float = 1.0,
    priority: float = 1.0,
    female: float = 0.45,
    essential: bool = False,
) -> _Row:
    return _Row(
        title,
        "JA",
        "Pelaksana",
        grade,
        min_edu,
        tuple(fields),
        None,
        tuple(tech),
        weight,
        min_size,
        p_keep,
        priority,
        False,
        female,
        58,
        essential,
    )


def _st(
    title: str,
    level: str,
    grade: int,
    fields: Sequence[str],
    tech: Sequence[str] = (),
    *,
    min_size: float = 0.0,
    key: bool | None = None,
    priority: float = 1.0,
    min_edu: str = "S1",
    p_keep: float = 1.0,
) -> _Row:
    kind = "JPT" if level == "Pratama" else "JA"
    rank = {"Pratama": "IV/a", "Administrator": "III/d", "Pengawas": "III/b"}[level]
    return _Row(
        title,
        kind,
        level,
        grade,
        min_edu,
        tuple(fields),
        rank,
        tuple(tech),
        0.0,
        min_size,
        p_keep,
        priority,
        level != "Pengawas" if key is None else key,
        0.2 if kind == "JPT" else 0.35,
        60 if kind == "JPT" else 58,
    )


@dataclass(frozen=True)
class _Function:
    head_fields: tuple[str, ...]
    tech: tuple[str, ...]
    bidang: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # name, fields, tech
    jf: tuple[_Row, ...]
    pelaksana: tuple[_Row, ...] = ()
    uptd_jf: tuple[_Row, ...] = ()  # functional posts of this function's technical units


_ADM = ("Administrasi Negara", "Manajemen", "Ilmu Pemerintahan", "Ekonomi")
_FIN = ("Akuntansi", "Ekonomi", "Manajemen")
_GOV = ("Ilmu Pemerintahan", "Administrasi Negara", "Hukum")
_HEALTH = ("Kesehatan Masyarakat", "Kedokteran", "Keperawatan", "Farmasi")
_CIVIL = ("Teknik Sipil", "Arsitektur", "Perencanaan Wilayah dan Kota")


def _b(name: str, fields: Sequence[str], tech: Sequence[str] = ()) -> tuple:
    return (name, tuple(fields), tuple(tech))


_HEALTH_JF = (
    *_jf(
        "Dokter", ("Kedokteran",), (KES,), _EXPERT, 1.2, priority=3.0, female=0.55, essential=True
    ),
    *_jf(
        "Perawat",
        ("Keperawatan",),
        (KES,),
        _SKILLED,
        2.6,
        priority=2.5,
        female=0.72,
        essential=True,
    ),
    *_jf(
        "Perawat", ("Keperawatan",), (KES,), _EXPERT2, 1.2, priority=2.5, female=0.72, min_size=60
    ),
    *_jf("Bidan", ("Kebidanan",), (KES,), _SKILLED, 2.4, priority=2.5, female=1.0, essential=True),
    *_jf("Apoteker", ("Farmasi",), (KES,), ("Ahli Pertama",), 0.4, female=0.7),
    *_jf("Asisten Apoteker", ("Farmasi",), (KES,), ("Terampil",), 0.4, female=0.7),
    *_jf("Sanitarian", ("Kesehatan Masyarakat", "Teknik Lingkungan"), (KES,), ("Terampil",), 0.4),
    *_jf("Nutrisionis", ("Kesehatan Masyarakat",), (KES,), ("Terampil",), 0.4, female=0.8),
)
_TEACHER_JF = (
    *_jf("Guru Kelas", ("Pendidikan",), (PDD,), _EXPERT, 4.0, priority=2.0, female=0.65),
    *_jf("Guru Mata Pelajaran", ("Pendidikan",), (PDD,), _EXPERT, 3.0, priority=2.0, female=0.6),
)
_AGRI_JF = (
    *_jf(
        "Penyuluh Pertanian",
        ("Pertanian", "Peternakan"),
        (),
        _EXPERT2,
        1.4,
        priority=2.0,
        female=0.35,
    ),
    *_jf(
        "Penyuluh Pertanian",
        ("Pertanian", "Peternakan"),
        (),
        ("Terampil",),
        1.0,
        priority=2.0,
        female=0.35,
    ),
)

_FUNCTIONS: dict[str, _Function] = {
    "setda": _Function(
        ("Ilmu Pemerintahan", "Administrasi Negara", "Hukum", "Ekonomi"),
        (HUK, REN),
        (
            _b("Pemerintahan", _GOV, (HUK,)),
            _b("Hukum", ("Hukum",), (HUK,)),
            _b("Perekonomian dan Sumber Daya Alam", ("Ekonomi", "Manajemen", "Pertanian"), (REN,)),
            _b(
                "Administrasi Pembangunan",
                ("Ekonomi", "Teknik Sipil", "Perencanaan Wilayah dan Kota"),
                (REN,),
            ),
            _b("Pengadaan Barang dan Jasa", ("Ekonomi", "Manajemen", "Teknik Sipil"), (KEU,)),
            _b("Organisasi", ("Administrasi Negara", "Manajemen", "Psikologi")),
            _b("Umum", ("Administrasi Negara", "Manajemen", "Akuntansi"), (KEU,)),
            _b("Kesejahteraan Rakyat", ("Sosial", "Ilmu Pemerintahan", "Pendidikan")),
            _b("Protokol dan Komunikasi Pimpinan", ("Komunikasi", "Ilmu Pemerintahan")),
        ),
        (
            *_jf(
                "Analis Kebijakan",
                ("Administrasi Negara", "Ilmu Pemerintahan", "Hukum"),
                (HUK,),
                _EXPERT,
                1.0,
            ),
            *_jf("Perancang Peraturan Perundang-undangan", ("Hukum",), (HUK,), _EXPERT2, 0.4),
            *_jf("Analis Hukum", ("Hukum",), (HUK,), _EXPERT2, 0.4),
            *_jf(
                "Pengelola Pengadaan Barang/Jasa",
                ("Ekonomi", "Manajemen", "Teknik Sipil"),
                (KEU,),
                _EXPERT2,
                0.5,
            ),
            *_jf("Pranata Hubungan Masyarakat", ("Komunikasi",), (), ("Ahli Pertama",), 0.2),
        ),
        (
            _pl(
                "Pengadministrasi Persuratan",
                ("Administrasi Perkantoran", "Administrasi Negara"),
                0.8,
            ),
            _pl(
                "Pengelola Barang Milik Daerah",
                ("Manajemen", "Akuntansi", "Ekonomi"),
                0.5,
                grade=6,
                tech=(KEU,),
            ),
            _pl("Pengadministrasi Keuangan", ("Akuntansi", "Ekonomi"), 0.6, grade=6, tech=(KEU,)),
            _pl("Pengelola Protokol", ("Komunikasi", "Administrasi Perkantoran"), 0.5, grade=6),
            _pl("Pramu Bakti", (), 0.7, min_edu="SD", grade=1, female=0.3),
            _pl("Pengemudi", (), 0.8, min_edu="SMP", grade=3, female=0.02),
        ),
    ),
    "dprd": _Function(
        ("Hukum", "Ilmu Pemerintahan", "Administrasi Negara"),
        (HUK,),
        (
            _b("Umum dan Keuangan", ("Administrasi Negara", "Manajemen", "Akuntansi"), (KEU,)),
            _b("Persidangan dan Perundang-undangan", ("Hukum", "Ilmu Pemerintahan"), (HUK,)),
            _b(
                "Fasilitasi Penganggaran dan Pengawasan",
                ("Ekonomi", "Akuntansi", "Administrasi Negara"),
                (KEU,),
            ),
        ),
        (
            *_jf(
                "Analis Kebijakan",
                ("Administrasi Negara", "Ilmu Pemerintahan", "Hukum"),
                (HUK,),
                _EXPERT2,
                0.8,
            ),
            *_jf(
                "Perancang Peraturan Perundang-undangan", ("Hukum",), (HUK,), ("Ahli Pertama",), 0.5
            ),
            *_jf("Pranata Hubungan Masyarakat", ("Komunikasi",), (), ("Ahli Pertama",), 0.4),
        ),
        (
            _pl(
                "Pengadministrasi Persidangan",
                ("Hukum", "Administrasi Negara", "Administrasi Perkantoran"),
                1.0,
            ),
            _pl("Pramu Bakti", (), 0.6, min_edu="SD", grade=1, female=0.3),
        ),
    ),
    "pengawasan": _Function(
        ("Akuntansi", "Ekonomi", "Hukum", "Manajemen"),
        (KEU, HUK),
        (),
        (
            *_jf("Auditor", ("Akuntansi", "Ekonomi", "Manajemen"), (KEU,), _EXPERT, 3.0),
            *_jf(
                "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
                ("Ilmu Pemerintahan", "Hukum", "Administrasi Negara", "Teknik Sipil"),
                (HUK,),
                _EXPERT2,
                1.6,
            ),
        ),
        (_pl("Pengadministrasi Pengawasan", ("Akuntansi", "Administrasi Perkantoran"), 0.6),),
    ),
    "keuangan": _Function(
        ("Akuntansi", "Ekonomi", "Manajemen"),
        (KEU,),
        (
            _b("Anggaran", ("Ekonomi", "Akuntansi"), (KEU,)),
            _b("Perbendaharaan", ("Akuntansi", "Ekonomi", "Manajemen"), (KEU,)),
            _b("Akuntansi dan Pelaporan", ("Akuntansi",), (KEU,)),
            _b("Pengelolaan Aset", ("Manajemen", "Akuntansi", "Teknik Sipil"), (KEU,)),
        ),
        (
            *_jf("Analis Keuangan", _FIN, (KEU,), _EXPERT, 2.0),
            *_jf("Analis Anggaran", ("Ekonomi", "Akuntansi"), (KEU,), _EXPERT2, 1.0),
            *_jf("Penata Laksana Barang", ("Manajemen", "Akuntansi"), (KEU,), ("Terampil",), 0.6),
        ),
        (
            _pl(
                "Verifikator Keuangan",
                ("Akuntansi", "Ekonomi"),
                1.0,
                min_edu="D3",
                grade=7,
                tech=(KEU,),
            ),
            _pl(
                "Pengadministrasi Keuangan",
                ("Akuntansi", "Manajemen", "Ekonomi"),
                1.2,
                grade=6,
                tech=(KEU,),
            ),
            _pl("Pengelola Aset", ("Manajemen", "Akuntansi", "Teknik Sipil"), 0.6, grade=6),
        ),
    ),
    "pendapatan": _Function(
        ("Ekonomi", "Akuntansi", "Manajemen", "Hukum"),
        (KEU,),
        (
            _b("Pendataan dan Penetapan", ("Ekonomi", "Akuntansi", "Statistik"), (KEU,)),
            _b("Penagihan dan Keberatan", ("Hukum", "Akuntansi"), (KEU, HUK)),
            _b("Pajak Bumi dan Bangunan", ("Ekonomi", "Teknik Sipil", "Akuntansi"), (KEU,)),
        ),
        (
            *_jf("Analis Keuangan", _FIN, (KEU,), _EXPERT2, 1.2),
            *_jf(
                "Penilai Pajak Daerah",
                ("Ekonomi", "Teknik Sipil", "Akuntansi"),
                (KEU,),
                _EXPERT2,
                0.8,
            ),
        ),
        (
            _pl(
                "Penata Pajak Daerah",
                ("Akuntansi", "Manajemen", "Ekonomi"),
                1.4,
                grade=6,
                tech=(KEU,),
                priority=2.0,
            ),
            _pl("Juru Tagih", ("Akuntansi", "Manajemen", "Umum"), 0.8, grade=5),
        ),
    ),
    "perencanaan": _Function(
        ("Ekonomi", "Perencanaan Wilayah dan Kota", "Statistik", "Teknik Sipil"),
        (REN,),
        (
            _b("Perencanaan Ekonomi", ("Ekonomi", "Statistik"), (REN,)),
            _b(
                "Perencanaan Sosial dan Budaya",
                ("Sosial", "Ekonomi", "Kesehatan Masyarakat"),
                (REN,),
            ),
            _b(
                "Infrastruktur dan Kewilayahan",
                ("Teknik Sipil", "Perencanaan Wilayah dan Kota"),
                (REN, INF),
            ),
            _b(
                "Penelitian dan Pengembangan",
                ("Statistik", "Ekonomi", "Administrasi Negara"),
                (REN,),
            ),
        ),
        (
            *_jf(
                "Perencana",
                ("Ekonomi", "Perencanaan Wilayah dan Kota", "Statistik", "Teknik Sipil"),
                (REN,),
                _EXPERT,
                2.4,
            ),
            *_jf("Statistisi", ("Statistik",), (REN, TI), ("Ahli Pertama",), 0.5),
        ),
        (
            _pl(
                "Pengolah Data Perencanaan",
                ("Statistik", "Teknik Informatika", "Ekonomi"),
                1.0,
                min_edu="D3",
                grade=6,
                tech=(REN,),
            ),
        ),
    ),
    "kepegawaian": _Function(
        ("Administrasi Negara", "Manajemen", "Hukum", "Psikologi"),
        (HUK,),
        (
            _b(
                "Pengadaan, Pemberhentian dan Informasi",
                ("Administrasi Negara", "Manajemen", "Teknik Informatika"),
                (HUK,),
            ),
            _b("Mutasi dan Promosi", ("Administrasi Negara", "Hukum", "Psikologi"), (HUK,)),
            _b("Pengembangan Kompetensi", ("Psikologi", "Manajemen", "Pendidikan")),
        ),
        (
            *_jf(
                "Analis Sumber Daya Manusia Aparatur",
                ("Administrasi Negara", "Manajemen", "Psikologi", "Hukum"),
                (HUK,),
                _EXPERT2,
                1.6,
            ),
            *_jf("Asesor Sumber Daya Manusia Aparatur", ("Psikologi",), (), ("Ahli Muda",), 0.4),
            *_jf(
                "Pranata Sumber Daya Manusia Aparatur",
                ("Administrasi Negara", "Manajemen", "Administrasi Perkantoran"),
                (),
                ("Terampil",),
                0.8,
            ),
        ),
        (
            _pl(
                "Pengadministrasi Kepegawaian",
                ("Administrasi Perkantoran", "Administrasi Negara", "Manajemen"),
                1.2,
                grade=6,
            ),
        ),
    ),
    "kependudukan": _Function(
        ("Administrasi Negara", "Ilmu Pemerintahan", "Hukum", "Teknik Informatika"),
        (ADK,),
        (
            _b(
                "Pelayanan Pendaftaran Penduduk",
                ("Administrasi Negara", "Ilmu Pemerintahan"),
                (ADK,),
            ),
            _b("Pelayanan Pencatatan Sipil", ("Hukum", "Administrasi Negara"), (ADK, HUK)),
            _b(
                "Pengelolaan Informasi Administrasi Kependudukan",
                ("Teknik Informatika", "Statistik"),
                (ADK, TI),
            ),
        ),
        (
            *_jf(
                "Administrator Database Kependudukan",
                ("Teknik Informatika",),
                (ADK, TI),
                _EXPERT2,
                1.0,
                priority=2.0,
            ),
            *_jf(
                "Penata Kependudukan",
                ("Administrasi Negara", "Ilmu Pemerintahan"),
                (ADK,),
                _EXPERT2,
                1.0,
                priority=2.0,
            ),
        ),
        (
            _pl(
                "Pengadministrasi Kependudukan",
                ("Administrasi Perkantoran", "Administrasi Negara", "Ilmu Pemerintahan"),
                2.5,
                grade=6,
                tech=(ADK,),
                priority=2.5,
                essential=True,
            ),
            _pl(
                "Operator Layanan Kependudukan",
                ("Teknik Informatika", "Administrasi Perkantoran"),
                1.5,
                grade=6,
                tech=(ADK, TI),
                priority=2.5,
            ),
        ),
    ),
    "perizinan": _Function(
        ("Administrasi Negara", "Hukum", "Ekonomi"),
        (HUK,),
        (
            _b("Penanaman Modal", ("Ekonomi", "Manajemen"), (REN,)),
            _b("Pelayanan Perizinan", ("Administrasi Negara", "Hukum"), (HUK,)),
            _b("Pengaduan dan Pengendalian", ("Hukum", "Administrasi Negara"), (HUK,)),
        ),
        (
            *_jf(
                "Penata Perizinan",
                ("Administrasi Negara", "Hukum"),
                (HUK,),
                _EXPERT2,
                1.4,
                priority=2.5,
            ),
            *_jf(
                "Analis Penanaman Modal", ("Ekonomi", "Manajemen"), (REN,), ("Ahli Pertama",), 0.6
            ),
        ),
        (
            _pl(
                "Pengadministrasi Perizinan",
                ("Administrasi Perkantoran", "Administrasi Negara", "Hukum"),
                2.0,
                grade=6,
                tech=(HUK,),
                priority=2.5,
                essential=True,
            ),
            _pl(
                "Operator Layanan Perizinan",
                ("Teknik Informatika", "Administrasi Perkantoran"),
                1.0,
                grade=6,
                priority=2.0,
            ),
        ),
    ),
    "pu": _Function(
        ("Teknik Sipil", "Arsitektur", "Perencanaan Wilayah dan Kota"),
        (INF,),
        (
            _b("Bina Marga", ("Teknik Sipil",), (INF,)),
            _b("Sumber Daya Air", ("Teknik Sipil", "Teknik Lingkungan"), (INF,)),
            _b("Cipta Karya", ("Teknik Sipil", "Arsitektur"), (INF,)),
            _b("Penataan Ruang", ("Perencanaan Wilayah dan Kota", "Arsitektur"), (INF, REN)),
        ),
        (
            *_jf("Teknik Jalan dan Jembatan", ("Teknik Sipil",), (INF,), _EXPERT, 1.6),
            *_jf("Teknik Pengairan", ("Teknik Sipil",), (INF,), _EXPERT2, 0.8),
            *_jf("Penata Ruang", _CIVIL[1:], (INF, REN), ("Ahli Pertama",), 0.5),
            *_jf(
                "Pengawas Jalan dan Jembatan",
                ("Teknik Sipil",),
                (INF,),
                ("Terampil",),
                0.8,
                female=0.15,
            ),
        ),
        (
            _pl("Juru Ukur", ("Teknik Sipil",), 0.8, grade=6, tech=(INF,), female=0.15),
            _pl("Operator Alat Berat", ("Teknik Mesin", "Umum"), 0.8, grade=4, female=0.02),
        ),
    ),
    "perkim": _Function(
        ("Teknik Sipil", "Arsitektur", "Teknik Lingkungan"),
        (INF,),
        (
            _b("Perumahan", ("Teknik Sipil", "Arsitektur"), (INF,)),
            _b("Kawasan Permukiman", ("Perencanaan Wilayah dan Kota", "Teknik Lingkungan"), (INF,)),
            _b("Pertanahan", ("Hukum", "Teknik Sipil"), (HUK,)),
        ),
        (
            *_jf(
                "Teknik Tata Bangunan dan Perumahan",
                ("Teknik Sipil", "Arsitektur"),
                (INF,),
                _EXPERT2,
                1.4,
            ),
            *_jf(
                "Penata Kelola Pertanahan",
                ("Hukum", "Teknik Sipil"),
                (HUK,),
                ("Ahli Pertama",),
                0.5,
            ),
        ),
        (_pl("Pengawas Bangunan", ("Teknik Sipil",), 1.0, grade=6, tech=(INF,), female=0.15),),
    ),
    "sosial": _Function(
        ("Sosial", "Psikologi", "Administrasi Negara"),
        (),
        (
            _b("Rehabilitasi Sosial", ("Sosial", "Psikologi")),
            _b("Perlindungan dan Jaminan Sosial", ("Sosial", "Administrasi Negara")),
            _b("Pemberdayaan Sosial", ("Sosial", "Ekonomi")),
        ),
        (
            *_jf(
                "Pekerja Sosial",
                ("Sosial", "Psikologi"),
                (),
                _EXPERT2,
                1.4,
                priority=2.0,
                female=0.6,
            ),
            *_jf("Penyuluh Sosial", ("Sosial",), (), ("Ahli Pertama",), 0.6, female=0.55),
        ),
        (
            _pl(
                "Pendamping Sosial", ("Umum", "Administrasi Perkantoran"), 1.6, grade=5, female=0.55
            ),
            _pl(
                "Pengelola Data Kesejahteraan Sosial",
                ("Statistik", "Teknik Informatika", "Administrasi Perkantoran"),
                0.8,
                grade=6,
                tech=(TI,),
            ),
        ),
    ),
    "pertanian": _Function(
        ("Pertanian", "Peternakan", "Kedokteran Hewan"),
        (REN,),
        (
            _b("Tanaman Pangan dan Hortikultura", ("Pertanian",)),
            _b("Perkebunan", ("Pertanian",)),
            _b("Peternakan dan Kesehatan Hewan", ("Peternakan", "Kedokteran Hewan")),
            _b("Ketahanan Pangan", ("Pertanian", "Ekonomi"), (REN,)),
        ),
        (
            *_AGRI_JF,
            *_jf("Pengawas Benih Tanaman", ("Pertanian",), (), ("Ahli Pertama", "Terampil"), 0.6),
            *_jf("Medik Veteriner", ("Kedokteran Hewan",), (), ("Ahli Pertama",), 0.4),
            *_jf("Paramedik Veteriner", ("Peternakan",), (), ("Terampil",), 0.5),
            *_jf(
                "Analis Ketahanan Pangan", ("Pertanian", "Ekonomi"), (REN,), ("Ahli Pertama",), 0.5
            ),
        ),
        (_pl("Pengelola Sarana Pertanian", ("Pertanian", "Teknik Mesin"), 1.0, grade=5),),
        uptd_jf=_AGRI_JF,
    ),
    "kominfo": _Function(
        ("Teknik Informatika", "Komunikasi", "Statistik"),
        (TI,),
        (
            _b("Informasi dan Komunikasi Publik", ("Komunikasi",)),
            _b("Aplikasi Informatika", ("Teknik Informatika",), (TI,)),
            _b("Statistik dan Persandian", ("Statistik", "Teknik Informatika"), (TI,)),
        ),
        (
            *_jf("Pranata Komputer", ("Teknik Informatika",), (TI,), _EXPERT2, 1.6),
            *_jf("Pranata Komputer", ("Teknik Informatika",), (TI,), ("Terampil",), 0.8),
            *_jf("Pranata Hubungan Masyarakat", ("Komunikasi",), (), _EXPERT2, 0.8),
            *_jf("Statistisi", ("Statistik",), (TI,), ("Ahli Pertama",), 0.5),
            *_jf("Sandiman", ("Teknik Informatika",), (TI,), ("Ahli Pertama",), 0.4),
        ),
        (
            _pl(
                "Pengelola Jaringan",
                ("Teknik Informatika",),
                0.8,
                min_edu="D3",
                grade=6,
                tech=(TI,),
            ),
        ),
    ),
    "lingkungan": _Function(
        ("Teknik Lingkungan", "Teknik Sipil", "Kesehatan Masyarakat"),
        (INF,),
        (
            _b("Tata Lingkungan", ("Teknik Lingkungan", "Perencanaan Wilayah dan Kota"), (INF,)),
            _b(
                "Pengelolaan Sampah dan Limbah",
                ("Teknik Lingkungan", "Kesehatan Masyarakat"),
                (INF,),
            ),
            _b("Pengendalian Pencemaran", ("Teknik Lingkungan",), (INF,)),
        ),
        (
            *_jf(
                "Pengendali Dampak Lingkungan",
                ("Teknik Lingkungan", "Kesehatan Masyarakat"),
                (INF,),
                _EXPERT2,
                1.2,
            ),
            *_jf(
                "Pengawas Lingkungan Hidup",
                ("Teknik Lingkungan", "Hukum"),
                (INF,),
                ("Ahli Pertama",),
                0.6,
            ),
        ),
        (
            _pl("Petugas Pengelola Sampah", (), 2.5, min_edu="SD", grade=1, female=0.2),
            _pl(
                "Pengemudi Truk Sampah",
                ("Teknik Mesin", "Umum"),
                1.0,
                min_edu="SMP",
                grade=3,
                female=0.02,
            ),
        ),
    ),
    "perhubungan": _Function(
        ("Teknik Sipil", "Teknik Mesin", "Perencanaan Wilayah dan Kota"),
        (INF,),
        (
            _b(
                "Lalu Lintas dan Angkutan", ("Teknik Sipil", "Perencanaan Wilayah dan Kota"), (INF,)
            ),
            _b("Sarana dan Prasarana", ("Teknik Mesin", "Teknik Sipil"), (INF,)),
        ),
        (
            *_jf(
                "Penguji Kendaraan Bermotor",
                ("Teknik Mesin",),
                (INF,),
                ("Terampil", "Mahir"),
                1.4,
                female=0.1,
            ),
            *_jf(
                "Analis Transportasi",
                ("Teknik Sipil", "Perencanaan Wilayah dan Kota"),
                (INF,),
                ("Ahli Pertama",),
                0.5,
            ),
        ),
        (_pl("Petugas Pengatur Lalu Lintas", ("Umum", "Teknik Mesin"), 2.0, grade=5, female=0.1),),
    ),
    "pmd": _Function(
        ("Ilmu Pemerintahan", "Administrasi Negara", "Sosial", "Ekonomi"),
        (REN,),
        (
            _b("Pemerintahan Desa", ("Ilmu Pemerintahan", "Administrasi Negara"), (HUK,)),
            _b("Pemberdayaan Masyarakat", ("Sosial", "Ilmu Pemerintahan"), (REN,)),
            _b("Pengembangan Ekonomi Desa", ("Ekonomi", "Manajemen"), (REN,)),
        ),
        (
            *_jf(
                "Penggerak Swadaya Masyarakat",
                ("Sosial", "Ilmu Pemerintahan", "Ekonomi"),
                (REN,),
                _EXPERT2,
                1.4,
            ),
        ),
        (
            _pl(
                "Pengadministrasi Pemerintahan Desa",
                ("Administrasi Perkantoran", "Ilmu Pemerintahan", "Administrasi Negara"),
                1.2,
                grade=5,
            ),
        ),
    ),
    "tenagakerja": _Function(
        ("Hukum", "Sosial", "Manajemen", "Administrasi Negara"),
        (HUK,),
        (
            _b("Pelatihan dan Produktivitas", ("Manajemen", "Teknik Mesin", "Pendidikan")),
            _b("Penempatan Tenaga Kerja", ("Sosial", "Manajemen")),
            _b("Hubungan Industrial", ("Hukum",), (HUK,)),
            _b("Transmigrasi", ("Sosial", "Pertanian", "Perencanaan Wilayah dan Kota"), (REN,)),
        ),
        (
            *_jf("Mediator Hubungan Industrial", ("Hukum",), (HUK,), _EXPERT2, 0.8),
            *_jf(
                "Pengantar Kerja", ("Sosial", "Manajemen", "Psikologi"), (), ("Ahli Pertama",), 0.6
            ),
            *_jf("Instruktur", ("Teknik Mesin", "Teknik Informatika"), (), ("Terampil",), 0.8),
        ),
        (
            _pl(
                "Pengadministrasi Ketenagakerjaan",
                ("Administrasi Perkantoran", "Administrasi Negara"),
                1.0,
                grade=5,
            ),
        ),
    ),
    "perdagangan": _Function(
        ("Ekonomi", "Manajemen", "Akuntansi"),
        (KEU,),
        (
            _b("Koperasi dan Usaha Mikro", ("Ekonomi", "Manajemen", "Akuntansi"), (KEU,)),
            _b("Perindustrian", ("Teknik Mesin", "Ekonomi")),
            _b("Perdagangan", ("Ekonomi", "Manajemen")),
        ),
        (
            *_jf("Pengawas Koperasi", ("Ekonomi", "Akuntansi", "Manajemen"), (KEU,), _EXPERT2, 1.0),
            *_jf("Pengawas Perdagangan", ("Ekonomi", "Hukum"), (), ("Ahli Pertama",), 0.5),
            *_jf("Penera", ("Teknik Mesin",), (INF,), ("Terampil",), 0.6, female=0.2),
        ),
        (_pl("Pengelola Pasar", ("Manajemen", "Umum", "Akuntansi"), 1.6, grade=5),),
    ),
    "bencana": _Function(
        ("Teknik Sipil", "Teknik Lingkungan", "Sosial"),
        (INF,),
        (
            _b("Pencegahan dan Kesiapsiagaan", ("Teknik Lingkungan", "Sosial", "Teknik Sipil")),
            _b("Kedaruratan dan Logistik", ("Manajemen", "Kesehatan Masyarakat")),
            _b("Rehabilitasi dan Rekonstruksi", ("Teknik Sipil", "Arsitektur"), (INF,)),
        ),
        (
            *_jf(
                "Analis Kebencanaan",
                ("Teknik Lingkungan", "Teknik Sipil", "Sosial"),
                (INF,),
                _EXPERT2,
                1.0,
            ),
        ),
        (
            _pl(
                "Petugas Siaga Bencana",
                ("Umum", "Teknik Mesin"),
                2.2,
                grade=5,
                female=0.1,
                priority=2.0,
            ),
        ),
    ),
    "pariwisata": _Function(
        ("Pariwisata", "Manajemen", "Pendidikan"),
        (),
        (
            _b("Kepemudaan", ("Pendidikan", "Sosial")),
            _b("Keolahragaan", ("Pendidikan",)),
            _b("Pariwisata dan Ekonomi Kreatif", ("Pariwisata", "Manajemen", "Komunikasi")),
        ),
        (
            *_jf(
                "Adyatama Kepariwisataan dan Ekonomi Kreatif",
                ("Pariwisata", "Manajemen"),
                (),
                _EXPERT2,
                1.0,
            ),
            *_jf("Pamong Budaya", ("Pendidikan", "Sosial"), (), ("Ahli Pertama",), 0.5),
        ),
        (_pl("Pengelola Objek Wisata", ("Pariwisata", "Umum", "Manajemen"), 1.4, grade=5),),
    ),
    "kesehatan": _Function(
        ("Kesehatan Masyarakat", "Kedokteran"),
        (KES,),
        (
            _b("Kesehatan Masyarakat", ("Kesehatan Masyarakat",), (KES,)),
            _b(
                "Pencegahan dan Pengendalian Penyakit",
                ("Kesehatan Masyarakat", "Kedokteran"),
                (KES,),
            ),
            _b("Pelayanan dan Sumber Daya Kesehatan", _HEALTH, (KES,)),
        ),
        (
            *_HEALTH_JF,
            *_jf("Epidemiolog Kesehatan", ("Kesehatan Masyarakat",), (KES,), _EXPERT2, 0.5),
            *_jf(
                "Penyuluh Kesehatan Masyarakat",
                ("Kesehatan Masyarakat",),
                (KES,),
                ("Ahli Pertama",),
                0.4,
                female=0.6,
            ),
            *_jf("Administrator Kesehatan", ("Kesehatan Masyarakat",), (KES,), ("Ahli Muda",), 0.4),
        ),
        (
            _pl(
                "Pengelola Data Kesehatan",
                ("Kesehatan Masyarakat", "Statistik", "Teknik Informatika"),
                1.0,
                min_edu="D3",
                grade=6,
                tech=(KES,),
            ),
        ),
        uptd_jf=_HEALTH_JF,
    ),
    "pendidikan": _Function(
        ("Pendidikan", "Administrasi Negara", "Manajemen"),
        (PDD,),
        (
            _b("Pembinaan Sekolah Dasar", ("Pendidikan",), (PDD,)),
            _b("Pembinaan Sekolah Menengah Pertama", ("Pendidikan",), (PDD,)),
            _b("Pendidikan Anak Usia Dini dan Nonformal", ("Pendidikan",), (PDD,)),
            _b("Kebudayaan", ("Pendidikan", "Sosial")),
        ),
        (
            *_TEACHER_JF,
            *_jf("Pengawas Sekolah", ("Pendidikan",), (PDD,), ("Ahli Muda", "Ahli Madya"), 0.8),
            *_jf("Penilik", ("Pendidikan",), (PDD,), ("Ahli Pertama",), 0.5),
            *_jf("Pamong Budaya", ("Pendidikan", "Sosial"), (), ("Ahli Pertama",), 0.3),
        ),
        (
            _pl(
                "Pengelola Data Pendidikan",
                ("Teknik Informatika", "Administrasi Perkantoran", "Statistik"),
                0.8,
                grade=6,
            ),
            _pl(
                "Pengadministrasi Sekolah", ("Administrasi Perkantoran", "Akuntansi"), 2.0, grade=5
            ),
        ),
        uptd_jf=_TEACHER_JF,
    ),
}

_KECAMATAN_ROWS = (
    _st(
        "Camat",
        "Administrator",
        12,
        ("Ilmu Pemerintahan", "Administrasi Negara"),
        (ADK,),
        priority=2.0,
    ),
    _st(
        "Sekretaris Kecamatan",
        "Administrator",
        11,
        ("Ilmu Pemerintahan", "Administrasi Negara"),
        min_size=20,
    ),
    _st(
        "Kepala Seksi Pemerintahan",
        "Pengawas",
        9,
        ("Ilmu Pemerintahan", "Hukum"),
        (HUK,),
        min_size=30,
    ),
    _st(
        "Kepala Seksi Ketenteraman dan Ketertiban Umum",
        "Pengawas",
        9,
        ("Hukum",),
        (HUK,),
        min_size=45,
    ),
    _st(
        "Kepala Seksi Pemberdayaan Masyarakat dan Desa",
        "Pengawas",
        9,
        ("Sosial", "Ilmu Pemerintahan"),
        (REN,),
        min_size=60,
    ),
    _st(
        "Kepala Seksi Pelayanan Umum",
        "Pengawas",
        9,
        ("Administrasi Negara",),
        (ADK,),
        min_size=40,
        priority=2.0,
    ),
    _st(
        "Kepala Subbagian Umum dan Kepegawaian",
        "Pengawas",
        9,
        ("Administrasi Negara", "Ilmu Pemerintahan"),
        min_size=50,
    ),
    _st(
        "Kepala Subbagian Perencanaan dan Keuangan",
        "Pengawas",
        9,
        ("Akuntansi", "Ekonomi"),
        (KEU, REN),
        min_size=35,
    ),
    *_jf(
        "Polisi Pamong Praja", ("Umum", "Hukum"), (), ("Terampil",), 1.0, min_edu="SMA", female=0.15
    ),
    *_jf(
        "Polisi Pamong Praja",
        ("Umum", "Hukum"),
        (),
        ("Mahir",),
        0.6,
        min_edu="SMA",
        female=0.15,
        p_keep=0.4,
    ),
    *_jf(
        "Penggerak Swadaya Masyarakat",
        ("Sosial", "Ilmu Pemerintahan", "Ekonomi"),
        (REN,),
        ("Ahli Pertama",),
        0.5,
        p_keep=0.6,
    ),
    _pl(
        "Pengadministrasi Kependudukan",
        ("Administrasi Perkantoran", "Administrasi Negara", "Ilmu Pemerintahan"),
        1.6,
        grade=6,
        tech=(ADK,),
        priority=2.0,
    ),
    _pl(
        "Pengadministrasi Pemerintahan",
        ("Administrasi Perkantoran", "Ilmu Pemerintahan"),
        1.0,
        grade=5,
        p_keep=0.5,
    ),
)

#: Posts every unit may carry (after its own), with the unit size that brings them in.
_COMMON_ROWS = (
    _pl("Pengadministrasi Umum", (), 2.0, grade=5, p_keep=0.5),
    _pl(
        "Pengadministrasi Perkantoran",
        ("Administrasi Perkantoran", "Administrasi Negara", "Manajemen"),
        1.0,
        grade=5,
        min_size=25,
        p_keep=0.4,
    ),
    _pl("Pengelola Keuangan", ("Akuntansi", "Ekonomi"), 0.7, grade=6, tech=(KEU,), min_size=15),
    _pl(
        "Pengelola Kepegawaian",
        ("Administrasi Perkantoran", "Administrasi Negara"),
        0.4,
        grade=6,
        min_size=45,
        p_keep=0.4,
    ),
    _pl(
        "Pengolah Data",
        ("Teknik Informatika", "Statistik"),
        0.4,
        min_edu="D3",
        grade=6,
        tech=(TI,),
        min_size=45,
        p_keep=0.5,
    ),
    _pl("Pengemudi", (), 0.5, min_edu="SMP", grade=3, min_size=30, p_keep=0.15, female=0.02),
    *_jf(
        "Perencana",
        ("Ekonomi", "Perencanaan Wilayah dan Kota", "Statistik"),
        (REN,),
        ("Ahli Pertama",),
        0.3,
        min_size=60,
        p_keep=0.35,
    ),
    *_jf(
        "Pranata Komputer",
        ("Teknik Informatika",),
        (TI,),
        ("Ahli Pertama",),
        0.3,
        min_size=50,
        p_keep=0.3,
    ),
    *_jf(
        "Arsiparis",
        ("Administrasi Perkantoran", "Administrasi Negara"),
        (),
        ("Terampil",),
        0.3,
        min_size=50,
        p_keep=0.3,
        min_edu="D3",
    ),
)


@dataclass(frozen=True)
class _UnitSpec:
    name: str
    type: str
    function: str
    weight: float
    head: str = ""  # head title override
    uptd_of: int = -1  # UPTD: index of the parent unit in the template


_CORE_UNITS = (  # ordered by how indispensable the unit is (small rosters keep the first ones)
    _UnitSpec("Sekretariat Daerah", "sekretariat", "setda", 2.2, "Sekretaris Daerah"),
    _UnitSpec("Inspektorat", "inspektorat", "pengawasan", 0.9, "Inspektur"),
    _UnitSpec("Badan Keuangan dan Aset Daerah", "badan", "keuangan", 1.4),
    _UnitSpec("Dinas Kesehatan", "dinas", "kesehatan", 3.2),
    _UnitSpec("Dinas Pendidikan dan Kebudayaan", "dinas", "pendidikan", 3.6),
    _UnitSpec("Badan Perencanaan Pembangunan Daerah", "badan", "perencanaan", 0.9),
    _UnitSpec(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan", "kepegawaian", 0.9
    ),
    _UnitSpec("Dinas Kependudukan dan Pencatatan Sipil", "dinas", "kependudukan", 1.0),
    _UnitSpec("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dinas", "perizinan", 0.8),
    _UnitSpec("Dinas Pekerjaan Umum dan Penataan Ruang", "dinas", "pu", 1.3),
    _UnitSpec(
        "Sekretariat Dewan Perwakilan Rakyat Daerah", "sekretariat", "dprd", 1.0, "Sekretaris DPRD"
    ),
    _UnitSpec("Dinas Sosial", "dinas", "sosial", 0.8),
    _UnitSpec("Dinas Pertanian dan Ketahanan Pangan", "dinas", "pertanian", 1.5),
    _UnitSpec("Dinas Komunikasi dan Informatika", "dinas", "kominfo", 0.8),
    _UnitSpec("Badan Pendapatan Daerah", "badan", "pendapatan", 1.0),
    _UnitSpec("Dinas Perumahan dan Kawasan Permukiman", "dinas", "perkim", 0.8),
    _UnitSpec("Dinas Lingkungan Hidup", "dinas", "lingkungan", 1.0),
    _UnitSpec("Dinas Perhubungan", "dinas", "perhubungan", 0.9),
    _UnitSpec("Dinas Pemberdayaan Masyarakat dan Desa", "dinas", "pmd", 0.7),
    _UnitSpec("Dinas Tenaga Kerja dan Transmigrasi", "dinas", "tenagakerja", 0.7),
    _UnitSpec(
        "Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan", "dinas", "perdagangan", 0.8
    ),
    _UnitSpec(
        "Badan Penanggulangan Bencana Daerah",
        "badan",
        "bencana",
        0.7,
        "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
    ),
    _UnitSpec("Dinas Pemuda, Olahraga dan Pariwisata", "dinas", "pariwisata", 0.7),
)
_KECAMATAN_WEIGHT = 0.8
_UPTD_KINDS = (  # name prefix, function, parent core unit
    ("UPTD Puskesmas", "kesehatan", "Dinas Kesehatan", 0.9),
    ("UPTD Satuan Pendidikan", "pendidikan", "Dinas Pendidikan dan Kebudayaan", 0.9),
    ("UPTD Puskesmas", "kesehatan", "Dinas Kesehatan", 0.9),
    ("UPTD Balai Penyuluhan Pertanian", "pertanian", "Dinas Pertanian dan Ketahanan Pangan", 0.6),
)

_UNITS_PER_REGION = 35
_REGION_THRESHOLD = 20_000
_NEW_HIRE_SHARE = 0.02
_FIELD_MISMATCH = 0.16  # incumbents of field-specific posts drawn outside the accepted fields
_COMP_MISFIT = 0.15  # incumbents given a competency 2+ levels under their post's standard


def _unit_rows(spec: _UnitSpec, size: float) -> list[_Row]:
    """Posts of one unit template, keeping those whose ``min_size`` fits ``size``."""
    fn = _FUNCTIONS.get(spec.function)
    rows: list[_Row] = []
    if spec.type == "kecamatan":
        rows += _KECAMATAN_ROWS
    elif spec.uptd_of >= 0:
        assert fn is not None
        base = spec.name.split(" Wilayah ")[0]
        rows.append(
            _st(
                f"Kepala {base}", "Pengawas", 9, fn.head_fields[:3], fn.tech, key=True, priority=2.0
            )
        )
        rows.append(
            _st("Kepala Subbagian Tata Usaha", "Pengawas", 8, _ADM[:2], min_edu="D3", min_size=25)
        )
        rows += fn.uptd_jf
        rows += fn.pelaksana[:1]
    else:
        assert fn is not None
        head = spec.head or f"Kepala {spec.name}"
        grade = 15 if spec.function == "setda" else 14
        rows.append(_st(head, "Pratama", grade, fn.head_fields[:4], fn.tech))
        if spec.function == "setda":
            for i, (title, fs) in enumerate(
                (
                    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", _GOV + ("Sosial",)),
                    (
                        "Asisten Perekonomian dan Pembangunan",
                        ("Ekonomi", "Manajemen", "Teknik Sipil"),
                    ),
                    ("Asisten Administrasi Umum", ("Administrasi Negara", "Manajemen", "Hukum")),
                )
            ):
                rows.append(_st(title, "Pratama", 14, fs, min_size=60 + 40 * i))
            for i, (name, fs, ts) in enumerate(fn.bidang):
                rows.append(
                    _st(f"Kepala Bagian {name}", "Administrator", 11, fs, ts, min_size=25 + 18 * i)
                )
            for i, (title, fs, ts) in enumerate(
                (
                    (
                        "Kepala Subbagian Tata Usaha Pimpinan",
                        ("Administrasi Negara", "Administrasi Perkantoran"),
                        (),
                    ),
                    ("Kepala Subbagian Keuangan", _FIN, (KEU,)),
                    ("Kepala Subbagian Rumah Tangga", ("Manajemen", "Administrasi Negara"), ()),
                    ("Kepala Subbagian Perundang-undangan", ("Hukum",), (HUK,)),
                    (
                        "Kepala Subbagian Kelembagaan dan Analisis Jabatan",
                        ("Administrasi Negara", "Psikologi"),
                        (),
                    ),
                )
            ):
                rows.append(
                    _st(title, "Pengawas", 9, fs, ts, min_size=40 + 25 * i, key="Keuangan" in title)
                )
        elif spec.function == "dprd":
            for i, (name, fs, ts) in enumerate(fn.bidang):
                rows.append(
                    _st(f"Kepala Bagian {name}", "Administrator", 11, fs, ts, min_size=20 + 20 * i)
                )
            rows.append(
                _st("Kepala Subbagian Keuangan", "Pengawas", 9, _FIN, (KEU,), min_size=30, key=True)
            )
            rows.append(
                _st(
                    "Kepala Subbagian Rumah Tangga",
                    "Pengawas",
                    9,
                    ("Manajemen", "Administrasi Negara"),
                    min_size=50,
                )
            )
        else:
            rows.append(
                _st(
                    "Sekretaris",
                    "Administrator",
                    12,
                    tuple(dict.fromkeys(("Administrasi Negara", fn.head_fields[0]))),
                    min_size=20,
                )
            )
            rows.append(
                _st(
                    "Kepala Subbagian Umum dan Kepegawaian",
                    "Pengawas",
                    9,
                    ("Administrasi Negara", "Manajemen"),
                    min_size=30,
                )
            )
            rows.append(
                _st(
                    "Kepala Subbagian Keuangan",
                    "Pengawas",
                    9,
                    _FIN[:2],
                    (KEU,),
                    min_size=40,
                    key=True,
                )
            )
            rows.append(
                _st(
                    "Kepala Subbagian Perencanaan",
                    "Pengawas",
                    9,
                    ("Ekonomi", "Perencanaan Wilayah dan Kota", "Statistik"),
                    (REN,),
                    min_size=90,
                    p_keep=0.7,
                )
            )
            if spec.function == "pengawasan":
                for i, roman in enumerate(("I", "II", "III", "IV")):
                    rows.append(
                        _st(
                            f"Inspektur Pembantu Wilayah {roman}",
                            "Administrator",
                            11,
                            ("Akuntansi", "Ekonomi", "Hukum", "Teknik Sipil"),
                            (KEU, HUK),
                            min_size=15 + 20 * i,
                        )
                    )
            for i, (name, fs, ts) in enumerate(fn.bidang):
                rows.append(
                    _st(f"Kepala Bidang {name}", "Administrator", 11, fs, ts, min_size=25 + 22 * i)
                )
        rows += fn.jf
        rows += fn.pelaksana
    rows += _COMMON_ROWS
    seen: set[str] = set()
    out = []
    n_flex = max(2, int(size // 4))  # small units carry fewer kinds of staff posts
    for i, r in enumerate(rows):
        if r.title in seen or (i > 0 and r.min_size > size):
            continue
        if r.weight > 0:
            if n_flex == 0:
                continue
            n_flex -= 1
        seen.add(r.title)
        out.append(r)
    return out


def _standard(row: _Row) -> list[int]:
    """Competency standard (0 = not part of it) of a template row."""
    lv = row.level
    if lv == "Pratama":
        base, high, tech = 4, {0, 7}, 4
    elif lv == "Administrator":
        base, high, tech = 3, {0, 3}, 3
    elif lv == "Pengawas":
        base, high, tech = 3, set(), 3
    elif lv == "Pelaksana":
        base, high, tech = 2, set(), 2
    elif lv == "Ahli Madya":
        base, high, tech = 3, {0, 7}, 4
    elif lv == "Ahli Muda":
        base, high, tech = 3, set(), 3
    elif lv == "Ahli Pertama":
        base, high, tech = 2, {0}, 3
    elif lv == "Mahir":
        base, high, tech = 2, {0}, 3
    else:  # Terampil
        base, high, tech = 2, set(), 2
    std = [base + (i in high) for i in range(_NM)]
    if lv == "Pelaksana" and row.grade <= 3:
        std = [2 if i in (0, 1, 4) else 1 for i in range(_NM)]
    techs = [tech if t in row.tech else 0 for t in TECHNICAL_COMPETENCIES]
    return std + techs


def _edu_profile(row: _Row) -> np.ndarray:
    """Distribution of incumbents' education for a post (some under the minimum)."""
    p = np.zeros(_NE)
    e = _EDU_INDEX

    def put(d: dict[str, float]) -> np.ndarray:
        for k, v in d.items():
            p[e[k]] = v
        return p / p.sum()

    if row.level == "Pratama":
        return put({"S1": 0.15, "S2": 0.77, "S3": 0.08})
    if row.level == "Administrator":
        return put({"D4": 0.03, "S1": 0.47, "S2": 0.48, "S3": 0.02})
    if row.level == "Pengawas":
        if row.min_edu == "D3":
            return put({"SMA": 0.03, "D3": 0.3, "D4": 0.05, "S1": 0.55, "S2": 0.07})
        return put({"D3": 0.04, "D4": 0.05, "S1": 0.71, "S2": 0.20})
    return put(
        {
            "SD": {"SD": 0.4, "SMP": 0.32, "SMA": 0.28},
            "SMP": {"SD": 0.04, "SMP": 0.33, "SMA": 0.6, "D3": 0.03},
            "SMA": {
                "SD": 0.01,
                "SMP": 0.02,
                "SMA": 0.56,
                "D1": 0.01,
                "D2": 0.01,
                "D3": 0.12,
                "D4": 0.02,
                "S1": 0.24,
                "S2": 0.01,
            },
            "D3": {"SMA": 0.04, "D3": 0.62, "D4": 0.04, "S1": 0.28, "S2": 0.02},
            "S1": {"D3": 0.03, "D4": 0.06, "S1": 0.75, "S2": 0.15, "S3": 0.01},
        }[row.min_edu]
    )


# -- structure -------------------------------------------------------------------------------


def _unit_specs(k: int) -> list[_UnitSpec]:
    """The first ``k`` units of a regency: core OPD, then kecamatan, then UPTD."""
    if k <= _UNITS_PER_REGION:
        n_kec = round(k * 12 / 35)
        n_core = k - n_kec
        n_uptd = 0
    else:
        n_core = len(_CORE_UNITS)
        n_kec = 12 + (k - _UNITS_PER_REGION) // 3
        n_uptd = k - n_core - n_kec
    specs = list(_CORE_UNITS[:n_core])
    specs += [_UnitSpec("Kecamatan", "kecamatan", "kecamatan", _KECAMATAN_WEIGHT)] * n_kec
    names = [s.name for s in _CORE_UNITS]
    for i in range(n_uptd):
        prefix, fn, parent, w = _UPTD_KINDS[i % len(_UPTD_KINDS)]
        specs.append(_UnitSpec(prefix, "dinas", fn, w, uptd_of=names.index(parent)))
    return specs


def default_n_units(n_employees: int) -> int:
    """Default unit count: ~35 for a regency-sized roster, ~n/150 beyond 8,000."""
    if n_employees > 8000:
        return 35 + round((n_employees - 8000) / 150)
    if n_employees >= 2000:
        return 35
    return max(1, round(n_employees / 57))


def _place_names(rng: np.random.Generator, count: int) -> np.ndarray:
    combos = np.array([f"{a} {b}" for a in _PLACE_A for b in _PLACE_B])
    order = rng.permutation(len(combos))
    reps = -(-count // len(combos)) if count else 0
    names = np.tile(combos[order], max(reps, 1))[:count]
    if reps > 1:  # disambiguate the repeats with a roman numeral
        round_no = np.arange(count) // len(combos)
        suffix = np.array(["", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X"])
        names = np.char.add(names, suffix[np.minimum(round_no, len(suffix) - 1)])
    return names


# -- the generator -------------------------------------------------------------------------


class GeneratedOrganization(NamedTuple):
    """Three tables in the documented input format: employees, positions, units."""

    employees: pd.DataFrame
    positions: pd.DataFrame
    units: pd.DataFrame

    def __repr__(self) -> str:
        regions = int((self.units["type"] == "region").sum())
        return (
            f"<GeneratedOrganization: {len(self.employees)} employees, "
            f"{len(self.positions)} positions (headcount {int(self.positions['headcount'].sum())}),"
            f" {len(self.units) - regions} units"
            + (f" in {regions} regions" if regions else "")
            + ">"
        )


def generate_organization(
    n_employees: int, seed: int = 0, n_units: int | None = None
) -> GeneratedOrganization:
    """Generate a synthetic regency civil service.

    Args:
        n_employees: number of employees (>= 1).
        seed: random seed; the same ``(n_employees, seed, n_units)`` gives identical tables.
        n_units: number of work units (regions not counted); default
            :func:`default_n_units`. From 20,000 employees on, units are grouped into
            regions of ~35 units.

    Returns:
        A :class:`GeneratedOrganization` with ``employees``, ``positions`` and ``units``.

    Raises:
        ValueError: ``n_employees`` or ``n_units`` is not positive.
    """
    n = int(n_employees)
    if n < 1:
        raise ValueError(f"n_employees must be >= 1, got {n_employees}")
    k = default_n_units(n) if n_units is None else int(n_units)
    if k < 1:
        raise ValueError(f"n_units must be >= 1, got {n_units}")
    rng = np.random.default_rng([int(seed), n, k, 20250101])
    regional = n >= _REGION_THRESHOLD
    n_regions = max(1, round(k / _UNITS_PER_REGION)) if regional else 1

    st = _build_structure(rng, n, k, n_regions, regional)
    emp = _build_employees(rng, n, st)
    units = _units_frame(rng, st, emp)
    positions = _positions_frame(st)
    employees = _employees_frame(rng, st, emp)
    # certifications from a stream of their own: the other columns stay as they were
    certs = _certifications(np.random.default_rng([int(seed), n, k, 20250101, 2]), st, emp)
    employees.insert(list(employees.columns).index("preferences") + 1, "certifications",
                     _opt_str(certs, certs != ""))
    return GeneratedOrganization(employees, positions, units)


@dataclass
class _Structure:
    # units (k of them), regions
    unit_id: np.ndarray
    unit_name: np.ndarray
    unit_type: np.ndarray
    unit_parent: np.ndarray  # object, "" = none
    unit_region: np.ndarray  # int, -1 if no regions
    unit_weight: np.ndarray
    region_id: np.ndarray
    region_name: np.ndarray
    # positions
    rows: list[_Row]
    pos_row: np.ndarray  # template row index per position
    pos_unit: np.ndarray
    pos_id: np.ndarray
    headcount: np.ndarray
    min_fill: np.ndarray  # -1 = empty
    incumbents: np.ndarray  # seat draws per position (may exceed headcount)
    seat_pos: np.ndarray  # position per filled seat, sorted
    # per template row attributes (arrays indexed by row, plus one "no post" row at the end)
    row_kind: np.ndarray
    row_level: np.ndarray
    row_grade: np.ndarray
    row_min_edu: np.ndarray
    row_min_rank: np.ndarray
    row_fmask: np.ndarray
    row_fweight: np.ndarray
    row_std: np.ndarray
    row_edu_p: np.ndarray
    row_female: np.ndarray
    row_bup: np.ndarray
    row_pelaksana: np.ndarray


def _build_structure(
    rng: np.random.Generator, n: int, k: int, n_regions: int, regional: bool
) -> _Structure:
    k_hi = -(-k // n_regions)
    specs = _unit_specs(k_hi)
    n_region_avg = n / n_regions
    w_tmpl = np.array([s.weight for s in specs])
    size_tmpl = n_region_avg * w_tmpl / w_tmpl.sum()

    rows: list[_Row] = []
    row_index: dict[_Row, int] = {}
    tmpl_row: list[int] = []
    tmpl_unit: list[int] = []
    for u, spec in enumerate(specs):
        for r in _unit_rows(spec, size_tmpl[u]):
            if r not in row_index:
                row_index[r] = len(rows)
                rows.append(r)
            tmpl_row.append(row_index[r])
            tmpl_unit.append(u)
    tmpl_row_a = np.array(tmpl_row, dtype=np.int64)
    tmpl_unit_a = np.array(tmpl_unit, dtype=np.int64)

    # units per region: k spread as evenly as possible, dropping trailing template units
    k_r = np.full(n_regions, k // n_regions)
    k_r[: k % n_regions] += 1
    u_local = np.tile(np.arange(k_hi), n_regions)
    u_region = np.repeat(np.arange(n_regions), k_hi)
    keep_u = u_local < k_r[u_region]
    u_local, u_region = u_local[keep_u], u_region[keep_u]
    n_u = len(u_local)
    glob_of = np.full(n_regions * k_hi, -1)
    glob_of[np.flatnonzero(keep_u)] = np.arange(n_u)

    # names
    kinds = np.array([s.type for s in specs])
    base_names = np.array([s.name for s in specs], dtype=object)
    is_kec = kinds[u_local] == "kecamatan"
    is_uptd = np.array([s.uptd_of >= 0 for s in specs])[u_local]
    places = _place_names(rng, int(is_kec.sum() + is_uptd.sum() + n_regions))
    names = base_names[u_local].copy()
    n_kec = int(is_kec.sum())
    names[is_kec] = np.char.add("Kecamatan ", places[:n_kec].astype(str)).astype(object)
    names[is_uptd] = np.char.add(
        np.char.add(base_names[u_local][is_uptd].astype(str), " "),
        places[n_kec : n_kec + int(is_uptd.sum())].astype(str),
    ).astype(object)
    region_place = places[len(places) - n_regions :]
    rw = max(3, len(str(n_regions)))
    region_id = (
        np.array([f"R{i + 1:0{rw}d}" for i in range(n_regions)])
        if regional
        else np.array([], dtype=str)
    )
    region_name = (
        np.char.add("Wilayah ", region_place.astype(str)) if regional else np.array([], dtype=str)
    )
    if regional:
        plain = ~is_kec
        names[plain] = np.char.add(
            np.char.add(names[plain].astype(str), " "), region_name[u_region[plain]]
        ).astype(object)
    uw = max(2, len(str(n_u)))
    unit_id = np.char.add("U", np.char.zfill(np.arange(1, n_u + 1).astype(str), uw))
    if regional:
        parent = region_id[u_region].astype(object)
    else:
        uptd_of = np.array([s.uptd_of for s in specs])[u_local]
        parent = np.where(uptd_of >= 0, unit_id[np.maximum(glob_of[uptd_of], 0)], "")
        parent = parent.astype(object)
    unit_weight = w_tmpl[u_local] * np.exp(rng.normal(0, 0.12, n_u))

    # positions: template rows tiled over regions, optional posts dropped at random
    n_t = len(tmpl_row_a)
    p_unit_slot = np.repeat(np.arange(n_regions), n_t) * k_hi + np.tile(tmpl_unit_a, n_regions)
    p_row = np.tile(tmpl_row_a, n_regions)
    p_keep = np.array([r.p_keep for r in rows])[p_row]
    p_unit = glob_of[p_unit_slot]
    keep = (p_unit >= 0) & (rng.random(len(p_row)) < p_keep)
    p_row, p_unit = p_row[keep], p_unit[keep]
    m = len(p_row)

    # headcounts
    weight = np.array([r.weight for r in rows])[p_row]
    flex = weight > 0
    is_pel = np.array([r.level == "Pelaksana" for r in rows])[p_row]
    lo = np.where(flex, np.where(is_pel, 2, 1), 1)
    hi = np.where(flex, np.where(is_pel, 30, 50), 1)
    ratio = 1 + rng.uniform(0.06, 0.09)
    target = round(n * ratio)
    unit_staff = n * unit_weight / unit_weight.sum()
    fixed_u = np.bincount(p_unit, weights=~flex, minlength=n_u)
    flex_target = np.maximum(unit_staff * ratio - fixed_u, 0)
    # very large units (few units for many people) lift the usual caps instead of overflowing
    # (functional posts first: a post of 120 teachers is plausible, one of 120 clerks is not)
    need = 1.1 * flex_target
    cap_pel = np.bincount(p_unit, weights=np.where(flex & is_pel, hi, 0), minlength=n_u)
    cap_jf = np.bincount(p_unit, weights=np.where(flex & ~is_pel, hi, 0), minlength=n_u)
    lift_jf = np.where(cap_jf > 0, np.maximum(1.0, (need - cap_pel) / np.maximum(cap_jf, 1)), 1)
    short = need - cap_pel - np.where(cap_jf > 0, cap_jf * lift_jf, 0)
    lift_pel = np.where(short > 1, (cap_pel + short) / np.maximum(cap_pel, 1), 1.0)
    lift = np.where(is_pel, lift_pel[p_unit], lift_jf[p_unit])
    hi = np.where(flex, np.ceil(hi * lift), hi).astype(np.int64)
    fw = np.where(flex, weight * np.exp(rng.normal(0, 0.35, m)), 0)
    alloc = np.where(flex, lo, 0).astype(np.float64)
    for _ in range(8):  # water-filling: share each unit's staff among its posts below the cap
        rest = flex_target - np.bincount(p_unit, weights=alloc, minlength=n_u)
        act = np.where(alloc < hi, fw, 0)
        act_u = np.bincount(p_unit, weights=act, minlength=n_u)
        share = np.divide(act, act_u[p_unit], out=np.zeros(m), where=act_u[p_unit] > 0)
        alloc = np.minimum(alloc + np.maximum(rest[p_unit], 0) * share, hi)
        if (rest < 0.5).all():
            break
    hc = np.where(flex, np.floor(alloc + rng.random(m)), 1).astype(np.int64)
    hc = np.clip(hc, lo, hi)
    # a few non-key supervisory / functional posts closed by restructuring (kept occupied)
    closable = (~np.array([r.key for r in rows])[p_row]) & (
        np.array([r.level == "Pengawas" for r in rows])[p_row]
    )
    closed = closable & (rng.random(m) < 0.04)
    hc[closed] = 0
    hc = _fix_total(rng, hc, np.where(flex, lo, hc), np.where(flex, hi, hc), target)

    # over-staffed posts: more incumbents than headcount
    over = flex & (hc >= 2) & (rng.random(m) < 0.07)
    extra = np.where(over, np.maximum(1, np.round(hc * rng.uniform(0.1, 0.35, m))), 0)
    extra = extra.astype(np.int64) + closed.astype(np.int64)
    seats = np.repeat(np.arange(m), hc + extra)
    is_extra = _extra_flags(hc, extra)
    level_w = np.array([4.0 if r.key else 2.0 if r.level == "Pengawas" else 1.0 for r in rows])[
        p_row
    ]
    forced = over | closed
    w = np.where(forced[seats] | is_extra, 1e6, level_w[seats])
    keys = rng.random(len(seats)) ** (1.0 / w)
    n_filled = min(n - round(n * _NEW_HIRE_SHARE), len(seats))
    chosen = (
        np.sort(np.argpartition(-keys, n_filled - 1)[:n_filled])
        if n_filled
        else np.array([], dtype=np.int64)
    )
    seat_pos = seats[chosen]
    incumbents = np.bincount(seat_pos, minlength=m)

    # minimum fill on a few essential posts
    essential = np.array([r.essential for r in rows])[p_row]
    mf = essential & (hc >= 2) & (rng.random(m) < 0.5)
    min_fill = np.where(mf, np.maximum(1, hc // 2), -1)

    pw = max(4, len(str(m)))
    pos_id = np.char.add("P", np.char.zfill(np.arange(1, m + 1).astype(str), pw))

    # per-row attribute arrays, plus a final "no post" row for new hires
    def rarr(f: Callable[[_Row], object], last: object,
             dtype: DTypeLike | None = None) -> np.ndarray:
        return np.array([f(r) for r in rows] + [last], dtype=dtype)

    fmask = np.zeros((len(rows) + 1, _NF), dtype=bool)
    fweight = np.zeros((len(rows) + 1, _NF), dtype=np.float32)
    for i, r in enumerate(rows):
        for j, f in enumerate(r.fields):
            fmask[i, _FIELD_INDEX[f]] = True
            fweight[i, _FIELD_INDEX[f]] = (1.0, 0.7, 0.5, 0.4)[min(j, 3)]
    new_hire_edu = np.zeros(_NE)
    new_hire_edu[[_EDU_INDEX[e] for e in ("SMA", "D3", "S1", "S2")]] = (0.2, 0.2, 0.55, 0.05)
    return _Structure(
        unit_id=unit_id,
        unit_name=names.astype(str),
        unit_type=kinds[u_local],
        unit_parent=parent,
        unit_region=u_region if regional else np.full(n_u, -1),
        unit_weight=unit_weight,
        region_id=region_id,
        region_name=region_name,
        rows=rows,
        pos_row=p_row,
        pos_unit=p_unit,
        pos_id=pos_id,
        headcount=hc,
        min_fill=min_fill,
        incumbents=incumbents,
        seat_pos=seat_pos,
        row_kind=rarr(lambda r: r.kind, "", object),
        row_level=rarr(lambda r: r.level, "", object),
        row_grade=rarr(lambda r: r.grade, 0, np.int64),
        row_min_edu=rarr(lambda r: _EDU_INDEX[r.min_edu], 0, np.int64),
        row_min_rank=rarr(lambda r: _RANK_INDEX[r.min_rank] if r.min_rank else -1, -1, np.int64),
        row_fmask=fmask,
        row_fweight=fweight,
        row_std=np.array([_standard(r) for r in rows] + [[0] * _NK], dtype=np.int64),
        row_edu_p=np.array([_edu_profile(r) for r in rows] + [new_hire_edu]),
        row_female=rarr(lambda r: r.female, 0.5, np.float64),
        row_bup=rarr(lambda r: r.bup, 58, np.int64),
        row_pelaksana=rarr(lambda r: r.level == "Pelaksana", False, bool),
    )


def _extra_flags(hc: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """bool per seat of ``np.repeat(arange(m), hc + extra)``: True for the extra seats."""
    tot = hc + extra
    start = np.cumsum(tot) - tot
    rank = np.arange(int(tot.sum())) - np.repeat(start, tot)
    return rank >= np.repeat(hc, tot)


def _fix_total(
    rng: np.random.Generator, hc: np.ndarray, lo: np.ndarray, hi: np.ndarray, target: int
) -> np.ndarray:
    """Add or remove single seats on random flexible posts until the total is ``target``."""
    hc = hc.copy()
    for _ in range(200):
        diff = target - int(hc.sum())
        if diff == 0:
            break
        room = np.flatnonzero(hc < hi) if diff > 0 else np.flatnonzero(hc > lo)
        if not len(room):
            break
        pick = rng.choice(room, size=min(abs(diff), len(room)), replace=False)
        hc[pick] += 1 if diff > 0 else -1
    return hc


@dataclass
class _People:
    pos: np.ndarray  # position index, -1 = new hire
    row: np.ndarray  # template row index (len(rows) for new hires)
    edu: np.ndarray
    field: np.ndarray
    female: np.ndarray
    rank: np.ndarray
    birth: np.ndarray  # datetime64[D]
    tmt_year: np.ndarray
    tmt_month: np.ndarray
    service: np.ndarray  # years
    comp: np.ndarray  # n x K int
    ability: np.ndarray
    cost: np.ndarray


def _sample_rows(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One categorical draw per row of ``weights`` (rows with zero total give 0)."""
    cw = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cw[:, -1]
    return np.minimum((cw <= u[:, None]).sum(axis=1), weights.shape[1] - 1)


def _build_employees(rng: np.random.Generator, n: int, st: _Structure) -> _People:
    n_filled = len(st.seat_pos)
    pos = np.concatenate([st.seat_pos, np.full(n - n_filled, -1)]).astype(np.int64)
    has = pos >= 0
    row = np.where(has, st.pos_row[np.maximum(pos, 0)], len(st.rows))

    # education
    edu = _sample_rows(rng, st.row_edu_p[row])

    # field of study: mostly one the post accepts, some deliberately outside
    fmask = st.row_fmask[row]
    specific = np.any(fmask, axis=1)
    allowed = _ALLOWED[edu]
    prior = _PRIOR[edu]
    mis = specific & (rng.random(n) < _FIELD_MISMATCH)
    w = np.where(specific[:, None], st.row_fweight[row] * allowed, prior)
    w = np.where(mis[:, None], prior * ~fmask, w)
    empty = w.sum(axis=1) <= 0
    w[empty] = prior[empty]
    fld = _sample_rows(rng, w)

    female = rng.random(n) < st.row_female[row]

    # service years and rank: entry rank by education, one step per ~4 years
    step = np.where(rng.random(n) < 0.3, 5.0, 4.0)
    phase = rng.random(n) * step
    ea_mu, ea_sd = _ENTRY_AGE[edu, 0], _ENTRY_AGE[edu, 1]
    entry_age = np.clip(rng.normal(ea_mu, ea_sd), 18, 40)
    bup = st.row_bup[row]
    s_hi = np.maximum(bup - 1.2 - entry_age, 0.5)
    entry = _ENTRY_RANK[edu]
    cap = np.where(
        st.row_pelaksana[row], np.minimum(_RANK_CAP[edu], _PELAKSANA_RANK_CAP), _RANK_CAP[edu]
    )
    # a JF level's golongan range has an upper bound too (promotion beyond it needs the
    # next level): functional staff wait at their level's highest golongan
    jf_top = np.array(
        [_RANK_INDEX[JF_RANK_RANGES[lv][1]] if k == "JF" and lv in JF_RANK_RANGES else 99
         for k, lv in zip(st.row_kind, st.row_level, strict=True)], dtype=np.int64)
    cap = np.minimum(cap, jf_top[row])
    need = np.maximum(st.row_min_rank[row] - entry, 0)
    kind_min = np.select(
        [
            st.row_kind[row] == "JPT",
            st.row_level[row] == "Administrator",
            st.row_level[row] == "Pengawas",
        ],
        [16.0, 10.0, 6.0],
        0.0,
    )
    s_lo = np.maximum(need * step - phase + 0.01, kind_min)
    s_lo = np.minimum(s_lo, s_hi)
    s = s_lo + (s_hi - s_lo) * rng.beta(1.5, 1.4, n)
    s = np.where(has, s, rng.random(n))  # new hires: appointed within the last year
    rank = np.minimum(entry + np.floor((s + phase) / step).astype(np.int64), cap)
    rank = np.clip(np.maximum(rank, entry), 0, len(RANKS) - 1)

    # dates: TMT CPNS month, birth date consistent with entry age
    ref = np.datetime64(REFERENCE_DATE, "M")
    months = np.floor(s * 12).astype(np.int64) + 1
    tmt = ref - months.astype("timedelta64[M]")
    tmt_year = tmt.astype("datetime64[Y]").astype(np.int64) + 1970
    tmt_month = tmt.astype(np.int64) % 12 + 1
    birth = (
        tmt.astype("datetime64[D]")
        - np.round(entry_age * 365.25).astype("timedelta64[D]")
        - rng.integers(0, 28, n).astype("timedelta64[D]")
    )

    # competencies
    a_mu = np.array([-0.3, -0.2, -0.1, -0.05, -0.05, 0.0, 0.05, 0.05, 0.2, 0.3])[edu]
    ability = rng.normal(a_mu, 0.45)
    std = st.row_std[row]
    rel = _RELATED[fld]
    noise = rng.normal(0, 0.55, (n, _NK))
    d = np.clip(np.round(ability[:, None] + noise), -1, 2)
    tech_cols = np.arange(_NK) >= _NM
    d = np.where(tech_cols & ~rel & (std > 0), np.clip(d - 1, -2, 1), d)
    level = std + d
    base = 1.3 + 0.15 * rank + 0.15 * (edu >= _EDU_INDEX["S1"]) + ability
    general = np.round(base[:, None] + noise)
    tech_free = np.where(
        rel, np.round(base[:, None] - 0.3 + noise), 1 + (rng.random((n, _NK)) < 0.2)
    )
    free = np.where(tech_cols, tech_free, general)
    level = np.where(std > 0, level, free)
    # misfits: one competency of the standard 2-3 levels short
    misfit = has & (rng.random(n) < _COMP_MISFIT)
    cand = (std >= 3) & misfit[:, None]
    pick = np.argmax(np.where(cand, rng.random((n, _NK)) + 1, 0), axis=1)
    ok = cand[np.arange(n), pick]
    short = std[np.arange(n), pick] - 2 - (rng.random(n) < 0.3)
    level[ok, pick[ok]] = short[ok]
    comp = np.clip(level, 1, 5).astype(np.int64)

    # monthly cost, thousands of rupiah: basic salary with seniority, allowances by grade
    grade = st.row_grade[row]
    cost = _GAPOK[rank] * (1 + 0.02 * np.minimum(s, 32)) * 1.1 + 300 * np.maximum(grade, 4) ** 1.35
    return _People(
        pos,
        row,
        edu,
        fld,
        female,
        rank,
        birth,
        tmt_year,
        tmt_month,
        s,
        comp,
        ability,
        np.round(cost).astype(np.int64),
    )


# -- frames -------------------------------------------------------------------------------


def _opt_str(values: np.ndarray, present: np.ndarray) -> pd.Series:
    s = pd.Series(np.asarray(values).astype(str), dtype="str")
    return s.where(pd.Series(present), None)


def _opt_int(values: np.ndarray, present: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.asarray(values, dtype=np.int64), ~np.asarray(present))


def _units_frame(rng: np.random.Generator, st: _Structure, emp: _People) -> pd.DataFrame:
    n_u = len(st.unit_id)
    hc_u = np.bincount(st.pos_unit, weights=st.headcount, minlength=n_u).astype(np.int64)
    unit_of = np.where(emp.pos >= 0, st.pos_unit[np.maximum(emp.pos, 0)], -1)
    has = unit_of >= 0
    cost_u = np.bincount(unit_of[has], weights=emp.cost[has], minlength=n_u)
    u = rng.random((3, n_u))
    max_hc = np.ceil(hc_u * (0.97 + 0.08 * u[0])).astype(np.int64)
    has_max = u[1] < 0.6
    min_hc = np.floor(hc_u * 0.75).astype(np.int64)
    has_min = (u[1] > 0.55) & (u[2] < 0.7)
    budget = (np.round(cost_u * (1.03 + 0.09 * u[2]) / 1000) * 1000).astype(np.int64)
    has_budget = (u[0] < 0.8) & (cost_u > 0)
    n_r = len(st.region_id)
    frame = pd.DataFrame(
        {
            "id": pd.Series(np.concatenate([st.region_id, st.unit_id]).astype(str), dtype="str"),
            "name": pd.Series(
                np.concatenate([st.region_name, st.unit_name]).astype(str), dtype="str"
            ),
            "type": pd.Series(
                np.concatenate([np.full(n_r, "region"), st.unit_type]).astype(str), dtype="str"
            ),
            "parent": _opt_str(
                np.concatenate([np.full(n_r, ""), st.unit_parent.astype(str)]),
                np.concatenate([np.zeros(n_r, bool), st.unit_parent != ""]),
            ),
            "max_headcount": _opt_int(
                np.concatenate([np.zeros(n_r), max_hc]),
                np.concatenate([np.zeros(n_r, bool), has_max]),
            ),
            "min_headcount": _opt_int(
                np.concatenate([np.zeros(n_r), min_hc]),
                np.concatenate([np.zeros(n_r, bool), has_min]),
            ),
            "budget": _opt_int(
                np.concatenate([np.zeros(n_r), budget]),
                np.concatenate([np.zeros(n_r, bool), has_budget]),
            ),
        }
    )
    return frame


def _positions_frame(st: _Structure) -> pd.DataFrame:
    rows = st.rows
    r = st.pos_row

    def col(f: Callable[[_Row], object], dtype: DTypeLike | None = None) -> np.ndarray:
        return np.array([f(x) for x in rows], dtype=dtype)[r]

    fields = col(lambda x: "; ".join(x.fields), object)
    min_rank = col(lambda x: x.min_rank or "", object)
    std = st.row_std[r]
    frame = pd.DataFrame(
        {
            "id": pd.Series(st.pos_id, dtype="str"),
            "title": pd.Series(col(lambda x: x.title, object), dtype="str"),
            "unit": pd.Series(st.unit_id[st.pos_unit], dtype="str"),
            "kind": pd.Series(col(lambda x: x.kind, object), dtype="str"),
            "level": pd.Series(col(lambda x: x.level, object), dtype="str"),
            "grade": col(lambda x: x.grade, np.int64),
            "headcount": st.headcount.astype(np.int64),
            "min_fill": _opt_int(np.maximum(st.min_fill, 0), st.min_fill >= 0),
            "min_education": pd.Series(col(lambda x: x.min_edu, object), dtype="str"),
            "fields": _opt_str(fields, fields != ""),
            "min_rank": _opt_str(min_rank, min_rank != ""),
            "priority": col(lambda x: x.priority, np.float64),
            "key": col(lambda x: x.key, bool),
        }
    )
    for j, c in enumerate(COMP_COLUMNS):
        frame[c] = _opt_int(std[:, j], std[:, j] > 0)
    return frame


def _employees_frame(rng: np.random.Generator, st: _Structure, emp: _People) -> pd.DataFrame:
    n = len(emp.pos)
    has = emp.pos >= 0

    # NIP: birth date, TMT year+month, gender, serial unique within the 15-digit prefix
    bd = emp.birth.astype("datetime64[D]")
    by = bd.astype("datetime64[Y]").astype(np.int64) + 1970
    bm = bd.astype("datetime64[M]").astype(np.int64) % 12 + 1
    bday = (bd - bd.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    prefix = (
        (by * 10000 + bm * 100 + bday) * 1_000_000 + emp.tmt_year * 100 + emp.tmt_month
    ) * 10 + np.where(emp.female, 2, 1)
    order = np.argsort(prefix, kind="stable")
    sp = prefix[order]
    start = np.r_[True, sp[1:] != sp[:-1]]
    gid = np.cumsum(start) - 1
    first = np.flatnonzero(start)
    occ = np.arange(n) - first[gid]
    size = np.bincount(gid)
    offset = rng.integers(0, np.maximum(999 - size + 1, 1))  # per group
    serial = np.empty(n, dtype=np.int64)
    serial[order] = 1 + offset[gid] + occ
    nip = (prefix * 1000 + serial).astype(str)

    # names: composed syllables, gender-specific, academic titles by education and field
    given_m = np.array([a + b for a in _GIVEN_HEAD for b in _GIVEN_TAIL_M])
    given_f = np.array([a + b for a in _GIVEN_HEAD for b in _GIVEN_TAIL_F])
    family = np.array(
        [(a + b + c).capitalize() for a in _FAMILY_A for b in _FAMILY_B for c in _FAMILY_C]
    )
    g1 = np.where(
        emp.female,
        given_f[rng.integers(0, len(given_f), n)],
        given_m[rng.integers(0, len(given_m), n)],
    )
    g2 = np.where(
        emp.female,
        given_f[rng.integers(0, len(given_f), n)],
        given_m[rng.integers(0, len(given_m), n)],
    )
    pre = np.where(
        emp.female,
        np.array(_PREFIX_F)[rng.integers(0, 3, n)],
        np.array(_PREFIX_M)[rng.integers(0, 3, n)],
    )
    pre = np.where(rng.random(n) < 0.25, pre, "")
    fam = family[rng.integers(0, len(family), n)]
    middle = np.where(rng.random(n) < 0.35, np.char.add(g2, " "), "")
    name = (
        pd.Series(pre, dtype="str")
        + pd.Series(g1, dtype="str")
        + " "
        + pd.Series(middle, dtype="str")
        + pd.Series(fam, dtype="str")
    )
    fields = np.array(FIELDS)
    s1 = np.array([_GELAR_S1.get(f, "") for f in FIELDS])
    d3 = np.array([_GELAR_D3.get(f, "A.Md.") for f in FIELDS])
    s2 = np.array([_GELAR_S2.get(f, "M.Si.") for f in FIELDS])
    e = emp.edu
    is_s1 = (e == _EDU_INDEX["S1"]) | (e == _EDU_INDEX["D4"])
    is_s2 = e >= _EDU_INDEX["S2"]
    titled = rng.random(n) < 0.85
    gel = np.where(is_s1 | is_s2, s1[emp.field], np.where(e == _EDU_INDEX["D3"], d3[emp.field], ""))
    gel = np.where(is_s2, np.char.add(np.char.add(gel, ", "), s2[emp.field]), gel)
    gel = np.where(e == _EDU_INDEX["S3"], np.char.add(gel, ", Dr."), gel)
    doctor = titled & (emp.field == _FIELD_INDEX["Kedokteran"]) & (is_s1 | is_s2)
    gel = np.where(doctor, np.where(is_s2, s2[emp.field], ""), gel)
    gel = np.where(titled & (gel != ""), np.char.add(", ", gel), "")
    name = pd.Series(np.where(doctor, "dr. ", ""), dtype="str") + name + pd.Series(gel, dtype="str")

    # performance, correlated with ability
    score = 0.8 * emp.ability + rng.normal(0, 1, n)
    sd = math.sqrt(0.64 * 0.45**2 + 1)
    cuts = np.array([-2.326, -1.645, -1.036, 1.036]) * sd
    perf = np.array(PERFORMANCE_LEVELS[::-1])[np.searchsorted(cuts, score)]

    unit = np.where(has, st.pos_unit[np.maximum(emp.pos, 0)], -1)
    prefs = _preferences(rng, st, emp, unit)

    frame = pd.DataFrame(
        {
            "id": pd.Series(nip, dtype="str"),
            "name": name,
            "gender": pd.Series(np.where(emp.female, "P", "L"), dtype="str"),
            "birth_date": pd.Series(np.datetime_as_string(bd, unit="D"), dtype="str"),
            "rank": pd.Series(np.array(RANKS)[emp.rank], dtype="str"),
            "education": pd.Series(np.array(EDUCATION_LEVELS)[emp.edu], dtype="str"),
            "field": pd.Series(fields[emp.field], dtype="str"),
            "current_unit": _opt_str(np.where(has, st.unit_id[np.maximum(unit, 0)], ""), has),
            "current_position": _opt_str(np.where(has, st.pos_id[np.maximum(emp.pos, 0)], ""), has),
            "performance": pd.Series(perf, dtype="str"),
            "preferences": _opt_str(prefs, prefs != ""),
            "monthly_cost": emp.cost,
        }
    )
    for j, c in enumerate(COMP_COLUMNS):
        frame[c] = emp.comp[:, j]
    return frame


#: Chances of holding certificates (career rules, placement.domain.career): a licence of
#: a licensed family the person's field and education fit (nurses, midwives, teachers in
#: other posts), and one uji kompetensi of another (unlicensed) JF family they fit.
_P_LICENCE = {"staff": 0.5, "new": 0.9}
#: teachers' certificate comes from in-service PPG: rare outside teaching posts
_P_TEACHING_LICENCE = {"staff": 0.1, "new": 0.5}
_P_UJI = {"staff": 0.12, "new": 0.5}


def _certifications(rng: np.random.Generator, st: _Structure, emp: _People) -> np.ndarray:
    """'; '-joined certificates per employee ('' for none).

    Everyone in a licensed JF family (health workers, teachers) whose field the family
    accepts holds its licence (STR …, Sertifikat Pendidik). Others hold, by chance
    (:data:`_P_LICENCE`), the licence of a licensed family their field and education
    fit (a nurse in an office post), and
    (:data:`_P_UJI`) an uji kompetensi of an unlicensed family they fit, other than
    their own; new hires (recruited into a formasi) hold them more often.
    """
    n = len(emp.pos)
    rows = st.rows
    row_fam = np.array([r.title[: -len(r.level)].strip() if r.kind == "JF" else ""
                        for r in rows] + [""], dtype=object)
    present = np.unique(st.pos_row)  # template rows that exist in some unit
    fams = sorted({row_fam[r] for r in present if row_fam[r]})
    if not fams:
        return np.full(n, "", dtype=object)
    f_index = {f: i for i, f in enumerate(fams)}

    def licence(f: str) -> str:
        names = [k for k in LICENSED_FAMILIES if f == k or f.startswith(k + " ")]
        return LICENSED_FAMILIES[max(names, key=len)] if names else ""

    cert_lic = np.array([licence(f) for f in fams], dtype=object)
    licensed = cert_lic != ""
    # which fields and lowest education each family accepts (over its existing posts)
    accept = np.zeros((len(fams), _NF), dtype=bool)
    min_edu = np.full(len(fams), 99, dtype=np.int64)
    for r in present:
        if row_fam[r]:
            i = f_index[row_fam[r]]
            accept[i] |= st.row_fmask[r]
            min_edu[i] = min(min_edu[i], _EDU_ORD[st.row_min_edu[r]])
    own = np.array([f_index.get(f, -1) for f in row_fam], dtype=np.int64)[emp.row]
    fits = accept[:, emp.field].T & (min_edu[None, :] <= _EDU_ORD[emp.edu][:, None])
    fits[np.arange(n), np.maximum(own, 0)] &= own < 0  # not one's own family
    new = emp.pos < 0
    u = rng.random((n, 2))
    # the own family's licence, when one's field is one the family accepts (the few in
    # a licensed post outside its fields are the mismatches a run should find)
    in_lic = (own >= 0) & licensed[np.maximum(own, 0)] & accept[np.maximum(own, 0), emp.field]
    out = np.where(in_lic, cert_lic[np.maximum(own, 0)], "")
    # a licence of a family one fits (own family's licence already held)
    w_lic = (fits & licensed[None, :]).astype(float)
    pick = _sample_rows(rng, np.where(w_lic.sum(axis=1, keepdims=True) > 0, w_lic, 1.0))
    teaching = np.array([c == LICENSED_FAMILIES.get("Guru") for c in cert_lic])[pick]
    p_lic = np.where(teaching, np.where(new, _P_TEACHING_LICENCE["new"],
                                        _P_TEACHING_LICENCE["staff"]),
                     np.where(new, _P_LICENCE["new"], _P_LICENCE["staff"]))
    take = (w_lic.sum(axis=1) > 0) & (u[:, 0] < p_lic) & (out == "")
    out = np.where(take, cert_lic[pick], out)
    # an uji kompetensi of an unlicensed family one fits
    w_uji = (fits & ~licensed[None, :]).astype(float)
    pick = _sample_rows(rng, np.where(w_uji.sum(axis=1, keepdims=True) > 0, w_uji, 1.0))
    p_uji = np.where(new, _P_UJI["new"], _P_UJI["staff"])
    take = (w_uji.sum(axis=1) > 0) & (u[:, 1] < p_uji)
    uji = np.where(take, np.char.add("Uji Kompetensi ", np.array(fams, dtype=str)[pick]), "")
    both = (out != "") & (uji != "")
    return np.where(both, out + "; " + uji, np.where(out != "", out, uji)).astype(object)


def _draw(rng: np.random.Generator, pool: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """One uniform pick from ``pool[lo:hi]`` per row (-1 where the slice is empty)."""
    if not len(pool):
        return np.full(len(lo), -1, dtype=np.int64)
    idx = np.minimum(lo + (rng.random(len(lo)) * (hi - lo)).astype(np.int64), len(pool) - 1)
    return np.where(hi > lo, pool[idx], -1)


def _preferences(
    rng: np.random.Generator, st: _Structure, emp: _People, unit: np.ndarray
) -> np.ndarray:
    """'; '-joined ranked position ids for ~30 % of staff (mostly posts they could take)."""
    n, m = len(emp.pos), len(st.pos_row)
    n_regions = max(len(st.region_id), 1)
    if len(st.region_id):  # new hires wish for posts in a random region
        region = np.where(
            unit >= 0, st.unit_region[np.maximum(unit, 0)], rng.integers(0, n_regions, n)
        )
        pos_region = st.unit_region[st.pos_unit]
    else:
        region, pos_region = np.zeros(n, np.int64), np.zeros(m, np.int64)
    open_pos = st.headcount > 0

    # (region, field) -> open positions accepting that field, as CSR
    pi, fi = np.nonzero(st.row_fmask[st.pos_row] & open_pos[:, None])
    key = pos_region[pi] * _NF + fi
    o = np.argsort(key, kind="stable")
    key, pi = key[o], pi[o]
    indptr = np.searchsorted(key, np.arange(n_regions * _NF + 1))
    # every open position of each region, for the less plausible wishes
    o2 = np.argsort(pos_region, kind="stable")
    o2 = o2[open_pos[o2]]
    rptr = np.searchsorted(pos_region[o2], np.arange(n_regions + 1))

    who = np.flatnonzero(rng.random(n) < 0.3)
    count = 1 + (rng.random(len(who)) < 0.6) + (rng.random(len(who)) < 0.42)
    g = region[who] * _NF + emp.field[who]
    reg = region[who]
    edu_o = _EDU_ORD[emp.edu[who]]
    out = np.full((len(who), 3), -1, dtype=np.int64)
    for j in range(3):
        best = np.full(len(who), -1, dtype=np.int64)
        for _ in range(4):  # a few draws, keeping the first the person is eligible for
            cand = _draw(rng, pi, indptr[g], indptr[g + 1])
            r = st.pos_row[np.maximum(cand, 0)]
            ok = (
                (cand >= 0)
                & (_EDU_ORD[st.row_min_edu[r]] <= edu_o)
                & (st.row_min_rank[r] <= emp.rank[who])
                & (best < 0)
            )
            best = np.where(ok, cand, best)
        wild = (best < 0) | (rng.random(len(who)) < 0.15)
        out[:, j] = np.where(wild, _draw(rng, o2, rptr[reg], rptr[reg + 1]), best)
    out[np.arange(3)[None, :] >= count[:, None]] = -1
    out[out == emp.pos[who][:, None]] = -1
    out[:, 1][out[:, 1] == out[:, 0]] = -1
    out[:, 2][(out[:, 2] == out[:, 0]) | (out[:, 2] == out[:, 1])] = -1
    # compact: valid entries first, order kept
    out = np.take_along_axis(out, np.argsort(out < 0, axis=1, kind="stable"), axis=1)
    ids = np.where(out >= 0, st.pos_id[np.maximum(out, 0)], "").astype(object)
    joined = ids[:, 0]
    for j in (1, 2):
        joined = np.where(ids[:, j] != "", joined + "; " + ids[:, j], joined)
    prefs = np.full(n, "", dtype=object)
    prefs[who] = joined
    return prefs.astype(str)


# -- analysis helpers ------------------------------------------------------------------------


def _field_masks(positions: pd.DataFrame) -> np.ndarray:
    """bool[m, F]: accepted fields per position (all False = any field)."""
    m = len(positions)
    out = np.zeros((m, _NF), dtype=bool)
    ex = positions["fields"].fillna("").str.split("; ").explode()
    ex = ex[ex != ""]
    idx = ex.map(_FIELD_INDEX)
    valid = idx.notna().to_numpy()
    rows = np.asarray(ex.index, dtype=np.int64)[valid]
    out[rows, idx.to_numpy()[valid].astype(np.int64)] = True
    return out


def mismatch_mask(org: GeneratedOrganization) -> dict[str, np.ndarray]:
    """Per employee: ``field`` (field not accepted by the current post), ``competency``
    (some competency 2+ levels under the post's standard) and ``any`` (either).

    Employees without a current post are False everywhere.
    """
    emp, pos = org.employees, org.positions.reset_index(drop=True)
    pidx = pd.Index(pos["id"]).get_indexer(emp["current_position"].fillna(""))
    has = pidx >= 0
    fm = _field_masks(pos)
    fi = emp["field"].map(_FIELD_INDEX).fillna(-1).to_numpy().astype(np.int64)
    p = np.maximum(pidx, 0)
    specific = fm[p].any(axis=1)
    accepted = fm[p, np.maximum(fi, 0)] & (fi >= 0)
    field_bad = has & specific & ~accepted
    std = pos[list(COMP_COLUMNS)].fillna(0).to_numpy(dtype=np.int64)[p]
    lvl = emp[list(COMP_COLUMNS)].to_numpy(dtype=np.int64)
    comp_bad = has & ((std > 0) & (std - lvl >= 2)).any(axis=1)
    return {"field": field_bad, "competency": comp_bad, "any": field_bad | comp_bad}


def eligible_counts(org: GeneratedOrganization) -> np.ndarray:
    """Eligible positions per employee within the employee's region (whole organisation
    when there are no regions): education >= min_education, field accepted (or any),
    rank >= min_rank. New hires (no unit) get -1 when there are regions.
    """
    emp, pos, units = org.employees, org.positions, org.units
    region_of_unit = dict(zip(units["id"], units["parent"].fillna(""), strict=True))
    regional = (units["type"] == "region").any()
    pos_region = (
        pos["unit"].map(region_of_unit).fillna("").to_numpy(dtype=object)
        if regional
        else np.full(len(pos), "", dtype=object)
    )
    emp_region = (
        emp["current_unit"].map(region_of_unit).to_numpy(dtype=object)
        if regional
        else np.full(len(emp), "", dtype=object)
    )
    fm = _field_masks(pos)
    any_field = ~np.any(fm, axis=1)
    p_edu = pos["min_education"].map(EDUCATION_ORDINAL).to_numpy(dtype=np.int64)
    p_rank = pos["min_rank"].map(_RANK_INDEX).fillna(-1).to_numpy(dtype=np.int64)
    e_edu = emp["education"].map(EDUCATION_ORDINAL).to_numpy(dtype=np.int64)
    e_rank = emp["rank"].map(_RANK_INDEX).to_numpy(dtype=np.int64)
    e_field = emp["field"].map(_FIELD_INDEX).to_numpy(dtype=np.int64)
    out = np.full(len(emp), -1, dtype=np.int64)
    # group identical (region, education, field, rank) profiles, then count per region
    prof = pd.DataFrame({"r": emp_region, "e": e_edu, "f": e_field, "k": e_rank})
    codes = prof.groupby(["r", "e", "f", "k"], sort=False, dropna=False).ngroup().to_numpy()
    u = prof.drop_duplicates().reset_index(drop=True)
    for reg in pd.unique(u["r"].dropna()):
        sel = np.flatnonzero((u["r"] == reg).to_numpy())
        pm = pos_region == reg
        ue, uf, uk = (u[c].to_numpy(dtype=np.int64)[sel] for c in ("e", "f", "k"))
        ok = (
            (p_edu[pm][None, :] <= ue[:, None])
            & (p_rank[pm][None, :] <= uk[:, None])
            & (any_field[pm][None, :] | fm[pm][:, uf].T)
        )
        cnt = np.full(len(u), -1, dtype=np.int64)
        cnt[sel] = ok.sum(axis=1)
        hit = np.isin(codes, sel)
        out[hit] = cnt[codes[hit]]
    return out


def describe_organization(org: GeneratedOrganization) -> dict[str, object]:
    """Summary statistics of a (generated) organisation, for reports and tests."""
    emp, pos, units = org.employees, org.positions, org.units
    n = len(emp)
    hc = int(pos["headcount"].sum())
    cur = emp["current_position"].dropna()
    inc = cur.value_counts().reindex(pos["id"], fill_value=0).to_numpy()
    filled = np.minimum(inc, pos["headcount"].to_numpy())
    mm = mismatch_mask(org)
    placed = emp["current_position"].notna().to_numpy()
    elig = eligible_counts(org)
    e_ok = elig[elig >= 0]
    pidx = pd.Index(pos["id"]).get_indexer(emp["current_position"].fillna(""))[placed]
    edu_ok = (
        emp["education"].map(EDUCATION_ORDINAL).to_numpy()[placed]
        >= pos["min_education"].map(EDUCATION_ORDINAL).to_numpy()[pidx]
    )
    rank_ok = (
        emp["rank"].map(_RANK_INDEX).to_numpy()[placed]
        >= pos["min_rank"].map(_RANK_INDEX).fillna(-1).to_numpy()[pidx]
    )
    return {
        "employees": n,
        "units": int((units["type"] != "region").sum()),
        "regions": int((units["type"] == "region").sum()),
        "positions": len(pos),
        "headcount": hc,
        "headcount_ratio": hc / n,
        "vacancy_rate": float(1 - filled.sum() / hc) if hc else 0.0,
        "overstaffed_positions": int((inc > pos["headcount"].to_numpy()).sum()),
        "new_hires": int((~placed).sum()),
        "field_mismatch_share": float(mm["field"][placed].mean()) if placed.any() else 0.0,
        "competency_mismatch_share": float(mm["competency"][placed].mean())
        if placed.any()
        else 0.0,
        "mismatch_share": float(mm["any"][placed].mean()) if placed.any() else 0.0,
        "incumbents_meeting_min_education": float(edu_ok.mean()) if placed.any() else 1.0,
        "incumbents_meeting_min_rank": float(rank_ok.mean()) if placed.any() else 1.0,
        "mean_eligible_positions": float(e_ok.mean()) if len(e_ok) else 0.0,
        "education": emp["education"].value_counts(normalize=True).round(3).to_dict(),
        "rank_group": emp["rank"]
        .str.split("/")
        .str[0]
        .value_counts(normalize=True)
        .round(3)
        .to_dict(),
        "performance": emp["performance"].value_counts(normalize=True).round(3).to_dict(),
    }


# -- writing ---------------------------------------------------------------------------------

_EXTENSIONS = {"csv": "csv", "xlsx": "xlsx", "parquet": "parquet"}
_EXCEL_MAX_ROWS = 1_048_575


def write_organization(
    org: GeneratedOrganization, out_dir: Path | str, fmt: str = "csv", *, overwrite: bool = False
) -> dict[str, Path]:
    """Write ``employees``, ``positions`` and ``units`` tables into ``out_dir``.

    Each file is written atomically (temporary file in the same directory, then
    renamed). Existing files are never replaced unless ``overwrite=True``; the check is
    made for all three files before anything is written.

    Args:
        org: the tables (any object with ``employees``, ``positions``, ``units``).
        out_dir: target directory (created if missing).
        fmt: ``"csv"`` (UTF-8, ``,``, booleans as ``true``/``false``), ``"xlsx"`` or
            ``"parquet"``.
        overwrite: replace existing files.

    Returns:
        ``{"employees": path, "positions": path, "units": path}``.

    Raises:
        FileExistsError: a target file exists and ``overwrite`` is false.
        ValueError: unknown ``fmt``, or a table too long for a worksheet.
    """
    if fmt not in _EXTENSIONS:
        raise ValueError(f"fmt must be one of {sorted(_EXTENSIONS)}, got {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tables = {"employees": org.employees, "positions": org.positions, "units": org.units}
    paths = {name: out / f"{name}.{_EXTENSIONS[fmt]}" for name in tables}
    if not overwrite:
        existing = [str(p) for p in paths.values() if p.exists()]
        if existing:
            from placement.messages import msg

            raise FileExistsError(msg("gen.exists", paths=", ".join(existing)))
    if fmt == "xlsx":
        too_long = [k for k, t in tables.items() if len(t) > _EXCEL_MAX_ROWS]
        if too_long:
            raise ValueError(f"too many rows for an Excel sheet: {', '.join(too_long)}")
    for name, table in tables.items():
        _atomic_write(paths[name], partial(_write_table, table, fmt=fmt), overwrite)
    return paths


def _write_table(table: pd.DataFrame, path: Path, fmt: str) -> None:
    if fmt == "csv":
        t = table.copy()
        for c in t.columns:
            if t[c].dtype == bool:
                t[c] = np.where(t[c].to_numpy(), "true", "false")
        t.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    elif fmt == "xlsx":
        table.to_excel(path, index=False, engine="openpyxl")
    else:
        table.to_parquet(path, index=False, engine="pyarrow")


def _atomic_write(path: Path, write: Callable[[Path], None], overwrite: bool) -> None:
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        if overwrite:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # fails if the target appeared meanwhile: never clobbers
        except FileExistsError:
            from placement.messages import msg

            raise FileExistsError(msg("gen.exists", paths=path)) from None
        except OSError:  # file system without hard links
            if path.exists():
                from placement.messages import msg

                raise FileExistsError(msg("gen.exists", paths=path)) from None
            os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def nip_is_valid(nip: pd.Series) -> np.ndarray:
    """bool per NIP string: matches :data:`NIP_PATTERN` (format only)."""
    return nip.astype("str").str.fullmatch(NIP_PATTERN[1:-1]).fillna(False).to_numpy(bool)
