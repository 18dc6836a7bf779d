"""Position and unit templates of the synthetic regency: which posts each kind of unit
carries (read from ``synth/data/position_templates.csv``, ``functions.yaml`` and
``units.yaml``), their competency standards and the education of their incumbents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from placement.synth.vocabulary import (
    EDU_INDEX,
    HUK,
    KEU,
    NE,
    NM,
    REN,
    TECHNICAL_COMPETENCIES,
    load,
)


@dataclass(frozen=True)
class Row:
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
) -> Row:
    kind = "JPT" if level == "Pratama" else "JA"
    rank = {"Pratama": "IV/a", "Administrator": "III/d", "Pengawas": "III/b"}[level]
    return Row(
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
class Function:
    head_fields: tuple[str, ...]
    tech: tuple[str, ...]
    bidang: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # name, fields, tech
    jf: tuple[Row, ...]
    pelaksana: tuple[Row, ...] = ()
    uptd_jf: tuple[Row, ...] = ()  # functional posts of this function's technical units


_ADM = ("Administrasi Negara", "Manajemen", "Ilmu Pemerintahan", "Ekonomi")
_FIN = ("Akuntansi", "Ekonomi", "Manajemen")
_GOV = ("Ilmu Pemerintahan", "Administrasi Negara", "Hukum")
_HEALTH = ("Kesehatan Masyarakat", "Kedokteran", "Keperawatan", "Farmasi")
_CIVIL = ("Teknik Sipil", "Arsitektur", "Perencanaan Wilayah dan Kota")


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split("; ")) if text else ()


def _row(d: dict[str, str]) -> Row:
    return Row(
        d["title"],
        d["kind"],
        d["level"],
        int(d["grade"]),
        d["min_edu"],
        _split(d["fields"]),
        d["min_rank"] or None,
        _split(d["tech"]),
        float(d["weight"]),
        float(d["min_size"]),
        float(d["p_keep"]),
        float(d["priority"]),
        d["key"] == "true",
        float(d["female"]),
        int(d["bup"]),
        d["essential"] == "true",
    )


def _template_rows() -> dict[str, tuple[Row, ...]]:
    out: dict[str, list[Row]] = {}
    for d in load("position_templates.csv"):
        out.setdefault(d["group"], []).append(_row(d))
    return {k: tuple(v) for k, v in out.items()}


_ROWS = _template_rows()
FUNCTIONS: dict[str, Function] = {
    name: Function(
        tuple(f["head_fields"]),
        tuple(f["tech"]),
        tuple((b["name"], tuple(b["fields"]), tuple(b["tech"])) for b in f["bidang"]),
        _ROWS.get(f"{name}.jf", ()),
        _ROWS.get(f"{name}.pelaksana", ()),
        _ROWS.get(f"{name}.uptd_jf", ()),
    )
    for name, f in load("functions.yaml").items()
}
KECAMATAN_ROWS = _ROWS["kecamatan"]
#: Posts every unit may carry (after its own), with the unit size that brings them in.
COMMON_ROWS = _ROWS["common"]


@dataclass(frozen=True)
class UnitSpec:
    name: str
    type: str
    function: str
    weight: float
    head: str = ""  # head title override
    uptd_of: int = -1  # UPTD: index of the parent unit in the template


_UNITS = load("units.yaml")
#: ordered by how indispensable the unit is (small rosters keep the first ones)
CORE_UNITS = tuple(
    UnitSpec(u["name"], u["type"], u["function"], u["weight"], u.get("head", ""))
    for u in _UNITS["core_units"]
)
KECAMATAN_WEIGHT = 0.8
#: name prefix, function, parent core unit, weight
UPTD_KINDS = tuple(
    (u["prefix"], u["function"], u["parent"], u["weight"]) for u in _UNITS["uptd_kinds"]
)
UNITS_PER_REGION = 35


def unit_rows(spec: UnitSpec, size: float) -> list[Row]:
    """Posts of one unit template, keeping those whose ``min_size`` fits ``size``."""
    fn = FUNCTIONS.get(spec.function)
    rows: list[Row] = []
    if spec.type == "kecamatan":
        rows += KECAMATAN_ROWS
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
    rows += COMMON_ROWS
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


def standard(row: Row) -> list[int]:
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
    std = [base + (i in high) for i in range(NM)]
    if lv == "Pelaksana" and row.grade <= 3:
        std = [2 if i in (0, 1, 4) else 1 for i in range(NM)]
    techs = [tech if t in row.tech else 0 for t in TECHNICAL_COMPETENCIES]
    return std + techs


def edu_profile(row: Row) -> np.ndarray:
    """Distribution of incumbents' education for a post (some under the minimum)."""
    p = np.zeros(NE)
    e = EDU_INDEX

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


def unit_specs(k: int) -> list[UnitSpec]:
    """The first ``k`` units of a regency: core OPD, then kecamatan, then UPTD."""
    if k <= UNITS_PER_REGION:
        n_kec = round(k * 12 / 35)
        n_core = k - n_kec
        n_uptd = 0
    else:
        n_core = len(CORE_UNITS)
        n_kec = 12 + (k - UNITS_PER_REGION) // 3
        n_uptd = k - n_core - n_kec
    specs = list(CORE_UNITS[:n_core])
    specs += [UnitSpec("Kecamatan", "kecamatan", "kecamatan", KECAMATAN_WEIGHT)] * n_kec
    names = [s.name for s in CORE_UNITS]
    for i in range(n_uptd):
        prefix, fn, parent, w = UPTD_KINDS[i % len(UPTD_KINDS)]
        specs.append(UnitSpec(prefix, "dinas", fn, w, uptd_of=names.index(parent)))
    return specs
