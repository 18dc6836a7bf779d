"""Ordered civil-service scales: golongan (rank), education level, performance.

Each scale maps accepted spellings onto an ordinal. ``parse_*`` functions work on
whole pandas Series at once (mapping the distinct values only) and return the
ordinal as int16 with -1 for blanks; unknown spellings are reported by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

#: PNS golongan/pangkat, lowest first (17 values).
RANKS: tuple[str, ...] = (
    "I/a", "I/b", "I/c", "I/d",
    "II/a", "II/b", "II/c", "II/d",
    "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
)  # fmt: skip

#: PPPK golongan (contract staff), lowest first (17 values). Kept distinct from the PNS
#: golongan: "IX" is a PPPK golongan, "III/a" a PNS one; a bare roman numeral is read
#: as PPPK, never as a PNS group.
PPPK_RANKS: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip

#: *(default)* PNS golongan a PPPK golongan counts as when compared with a position's
#: minimum rank (``rank_level``): by entry education (PPPK V = SLTA ≈ II/a, VII = D3 ≈
#: II/c, IX = S1/D4 ≈ III/a, X = S2 ≈ III/b, XI = S3 ≈ III/c), one step per golongan.
#: The employee's ``rank`` text keeps the PPPK golongan.
PPPK_EQUIVALENT: dict[str, str] = dict(zip(PPPK_RANKS, RANKS, strict=True))

#: Education levels (jenjang), lowest first. D4 and S1 share a level.
EDUCATION: tuple[str, ...] = ("SD", "SMP", "SMA", "D1", "D2", "D3", "S1", "S2", "S3")

_EDU_ALIASES = {
    "SD": "SD", "SR": "SD", "MI": "SD",
    "SMP": "SMP", "SLTP": "SMP", "MTS": "SMP",
    "SMA": "SMA", "SLTA": "SMA", "SMK": "SMA", "SMU": "SMA", "MA": "SMA", "STM": "SMA",
    "SPK": "SMA", "SMEA": "SMA",
    "D1": "D1", "DI": "D1", "D2": "D2", "DII": "D2", "D3": "D3", "DIII": "D3",
    "D4": "S1", "DIV": "S1", "S1": "S1", "SARJANA": "S1",
    "S2": "S2", "MAGISTER": "S2", "S3": "S3", "DOKTOR": "S3",
    # spellings of national HR exports (after removing spaces and punctuation)
    "SEKOLAHDASAR": "SD", "PAKETA": "SD", "MIN": "SD",
    "SLTPKEJURUAN": "SMP", "SLTPUMUM": "SMP", "SLTPSEDERAJAT": "SMP", "PAKETB": "SMP",
    "MTSN": "SMP",
    "SLTAKEJURUAN": "SMA", "SLTAUMUM": "SMA", "SLTASEDERAJAT": "SMA", "SMASEDERAJAT": "SMA",
    "SMASMK": "SMA", "SMAK": "SMA", "SMKK": "SMA", "MAN": "SMA", "PAKETC": "SMA",
    "SPMA": "SMA", "SMF": "SMA", "SAA": "SMA",
    "DIPLOMAI": "D1", "DIPLOMA1": "D1", "DIPLOMAII": "D2", "DIPLOMA2": "D2",
    "DIPLOMAIII": "D3", "DIPLOMA3": "D3", "DIPLOMAIV": "S1", "DIPLOMA4": "S1",
    "S1D4": "S1", "D4S1": "S1", "S1SARJANA": "S1", "SARJANAS1": "S1", "STRATA1": "S1",
    "STRATAI": "S1", "PROFESI": "S1", "S1PROFESI": "S1",
    "S2MAGISTER": "S2", "MAGISTERS2": "S2", "STRATA2": "S2", "STRATAII": "S2",
    "SPESIALIS": "S2", "SP1": "S2", "SPESIALIS1": "S2",
    "S3DOKTOR": "S3", "DOKTORS3": "S3", "STRATA3": "S3", "STRATAIII": "S3", "SP2": "S3",
    "SPESIALIS2": "S3",
    # BKN's TINGKAT PENDIDIKAN NAMA labels (codes 05-50) not covered above
    "DIPLOMAIIISARJANAMUDA": "D3", "SARJANAMUDA": "D3", "SLTAKEGURUAN": "SMA",
    "SLTASMASEDERAJAT": "SMA", "SUBSPESIALIS": "S3", "PASCASARJANA": "S2",
}  # fmt: skip

#: SKP performance predicates, lowest first.
PERFORMANCE: tuple[str, ...] = (
    "Sangat Kurang",
    "Kurang",
    "Butuh Perbaikan",
    "Baik",
    "Sangat Baik",
)

#: SKP predicates of the older rules (PP 46/2011) read as the current scale's.
_PERFORMANCE_ALIASES = {"cukup": "Butuh Perbaikan", "buruk": "Sangat Kurang"}

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_RANK_RE = re.compile(r"^(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-Ea-e])$")
#: 'Penata Muda (III/a)', 'III/a - Penata Muda': a rank code inside longer text
_RANK_IN_TEXT = re.compile(r"(?<![A-Z])(IV|III|II|I)\s*/\s*([A-E])(?![A-Z])")
#: pangkat names (PNS), matched whole ('Tk. I' read as 'Tingkat I')
_PANGKAT = {
    "JURU MUDA": "I/a", "JURU MUDA TINGKAT I": "I/b", "JURU": "I/c", "JURU TINGKAT I": "I/d",
    "PENGATUR MUDA": "II/a", "PENGATUR MUDA TINGKAT I": "II/b", "PENGATUR": "II/c",
    "PENGATUR TINGKAT I": "II/d", "PENATA MUDA": "III/a", "PENATA MUDA TINGKAT I": "III/b",
    "PENATA": "III/c", "PENATA TINGKAT I": "III/d", "PEMBINA": "IV/a",
    "PEMBINA TINGKAT I": "IV/b", "PEMBINA UTAMA MUDA": "IV/c", "PEMBINA UTAMA MADYA": "IV/d",
    "PEMBINA UTAMA": "IV/e",
}  # fmt: skip
#: golongan → pangkat name, e.g. 'III/a' → 'Penata Muda' (PNS)
PANGKAT_NAMES = {code: name.title() for name, code in _PANGKAT.items()}
_PPPK_RE = re.compile(r"^(?:GOL(?:ONGAN)?\.?\s*)?(X{0,1}(?:IX|IV|V?I{0,3}))$")


def normalise_rank(text: str) -> str | None:
    """'III/a', 'III-a', '3a', 'iii / A', 'Penata Muda (III/a)', 'Penata Muda' → 'III/a';
    None if not a PNS rank (PPPK golongan: :func:`normalise_pppk_rank`)."""
    t = text.strip().upper()
    m = _RANK_RE.match(t)
    if m:
        group = m.group(1)
        roman = {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(group, group)
        code = f"{roman}/{m.group(2).lower()}"
        return code if code in RANKS else None
    m = _RANK_IN_TEXT.search(t)
    if m:
        code = f"{m.group(1)}/{m.group(2).lower()}"
        return code if code in RANKS else None
    name = " ".join(t.replace(".", " ").replace(",", " ").split())
    name = name.replace("TK I", "TINGKAT I")
    return _PANGKAT.get(name)


def pangkat_golongan(text: str) -> str:
    """'III/a' → 'Penata Muda, III/a' (the Pangkat/Golongan of an SK); a PPPK golongan
    or an unknown value as it is."""
    code = normalise_rank(str(text)) if isinstance(text, str) and text.strip() else None
    return f"{PANGKAT_NAMES[code]}, {code}" if code else ("" if text is None else str(text))


def normalise_pppk_rank(text: str) -> str | None:
    """'IX', 'ix', 'Golongan IX', 'Gol. XVII' → the PPPK golongan; None otherwise."""
    m = _PPPK_RE.match(" ".join(text.strip().upper().split()))
    if not m or not m.group(1):
        return None
    code = m.group(1)
    return code if code in PPPK_RANKS else None


def rank_scale(text: str) -> str:
    """'PNS' for a PNS golongan, 'PPPK' for a PPPK golongan, '' otherwise."""
    if normalise_rank(text) is not None:
        return "PNS"
    return "PPPK" if normalise_pppk_rank(text) is not None else ""


def _rank_code(text: str) -> str | None:
    """The PNS rank used for comparisons: the rank itself, or a PPPK golongan's
    :data:`PPPK_EQUIVALENT`."""
    code = normalise_rank(text)
    if code is None:
        pppk = normalise_pppk_rank(text)
        code = PPPK_EQUIVALENT.get(pppk) if pppk else None
    return code


def normalise_education(text: str) -> str | None:
    """'S-1', 'D IV', 'SLTA', 's1', 'Diploma III', 'S-1/Sarjana', 'SLTA Kejuruan' →
    canonical level; None if unknown."""
    key = re.sub(r"[\s\-./()]", "", text.strip().upper())
    return _EDU_ALIASES.get(key)


def normalise_performance(text: str) -> str | None:
    key = " ".join(text.strip().split()).lower()
    for p in PERFORMANCE:
        if p.lower() == key:
            return p
    return _PERFORMANCE_ALIASES.get(key)


def _parse(
    series: pd.Series, normalise: Callable[[str], str | None], scale: tuple[str, ...]
) -> tuple[np.ndarray, pd.Series]:
    """Ordinal per cell (-1 for blank) and a boolean Series of unknown spellings."""
    text = series.fillna("").astype(str).str.strip()
    codes, uniques = pd.factorize(text)  # each distinct spelling looked up once
    index = {s: i for i, s in enumerate(scale)}
    lookup = np.empty(len(uniques), dtype=np.int16)
    for j, u in enumerate(uniques):
        if u == "":
            lookup[j] = -1
        else:
            code = normalise(u)
            lookup[j] = index[code] if code is not None else -2
    ordinal = lookup[codes]
    return np.where(ordinal == -2, -1, ordinal).astype(np.int16), pd.Series(
        ordinal == -2, index=series.index
    )


def parse_ranks(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """PNS golongan ordinal 0-16; a PPPK golongan gets its :data:`PPPK_EQUIVALENT`'s."""
    return _parse(series, _rank_code, RANKS)


def parse_education(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    return _parse(series, normalise_education, EDUCATION)


def parse_performance(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    return _parse(series, normalise_performance, PERFORMANCE)


#: Potential bands of a talent assessment (PermenPANRB 3/2020), lowest first.
POTENTIAL: tuple[str, ...] = ("Rendah", "Menengah", "Tinggi")
_POTENTIAL_ALIASES = {"low": "Rendah", "middle": "Menengah", "medium": "Menengah",
                      "sedang": "Menengah", "high": "Tinggi"}  # fmt: skip


def normalise_potential(text: str) -> str | None:
    key = " ".join(text.strip().split()).lower()
    for p in POTENTIAL:
        if p.lower() == key:
            return p
    return _POTENTIAL_ALIASES.get(key)


def parse_potential(series: pd.Series) -> tuple[np.ndarray, np.ndarray, pd.Series, bool]:
    """A potential assessment per cell: a band (:data:`POTENTIAL`, or low / middle /
    high) or a score from 0 to 100 (a decimal comma read as a point). A column whose
    numbers are all 1, 2 or 3 holds band codes (many 9-box sheets number the rows so):
    1 Rendah, 2 Menengah, 3 Tinggi, not scores of 3 %. Returns the band ordinal (-1
    where none), the score (NaN where none), a boolean Series of cells that are neither
    (blank cells are neither and not flagged) and whether numbers were read as codes."""
    text = series.fillna("").astype(str).str.strip()
    band, bad = _parse(text, normalise_potential, POTENTIAL)
    number = pd.to_numeric(
        text.str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True), errors="coerce"
    ).to_numpy(float)
    numeric = bad.to_numpy() & ~np.isnan(number)
    coded = bool(numeric.any() and np.isin(number[numeric], (1.0, 2.0, 3.0)).all())
    if coded:
        band = np.where(numeric, number - 1, band).astype(np.int16)
        return band, np.full(len(text), np.nan), bad & ~numeric, True
    score = np.where(numeric & (number >= 0) & (number <= 100), number, np.nan)
    return band, score, bad & np.isnan(score), False


#: The rungs of the jabatan ladder by (kind, level in lower case): equivalent levels share
#: a rung (penyetaraan, PermenPANRB 28/2019: Administrator = JF Ahli Madya, Pengawas =
#: JF Ahli Muda, eselon V = JF Ahli Pertama; a Pelaksana and a skilled JF's first
#: levels, Pemula and Terampil, enter the ladder together) *(default)*.
JABATAN_RUNGS: dict[tuple[str, str], int] = {
    ("JA", "pelaksana"): 1, ("JF", "pemula"): 1, ("JF", "terampil"): 1,
    ("JF", "mahir"): 2,
    ("JF", "ahli pertama"): 3, ("JF", "penyelia"): 3,
    ("JA", "pengawas"): 4, ("JF", "ahli muda"): 4,
    ("JA", "administrator"): 5, ("JF", "ahli madya"): 5,
    ("JPT", "pratama"): 6, ("JF", "ahli utama"): 6,
    ("JPT", "madya"): 7,
    ("JPT", "utama"): 8,
}  # fmt: skip
#: The rungs of the two JF tracks (level, lower case); a track is entered at rung 1
#: (Ahli Pertama, Terampil) or below (Pemula).
JF_TRACK_RUNGS = {
    "ahli pertama": 1,
    "ahli muda": 2,
    "ahli madya": 3,
    "ahli utama": 4,
    "pemula": 0,
    "terampil": 1,
    "mahir": 2,
    "penyelia": 3,
}
#: The levels of the expert track (the others are the skilled track's).
JF_EXPERT = ("ahli pertama", "ahli muda", "ahli madya", "ahli utama")
#: The rung above each JF level on its own track (lower case; none above the top).
JF_LEVEL_ABOVE = {
    lv: up
    for lv, r in JF_TRACK_RUNGS.items()
    for up, s in JF_TRACK_RUNGS.items()
    if s == r + 1 and (lv in JF_EXPERT) == (up in JF_EXPERT)
}


def jabatan_kind_level(positions: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per position its kind (upper case) and level (lower case, spaces collapsed)."""

    def each_once(col: str, clean) -> pd.Series:  # a roster repeats a handful of values
        codes, uniq = pd.factorize(positions[col].fillna("").astype(str))
        done = clean(pd.Series(uniq, dtype=object)).to_numpy(dtype=object)
        return pd.Series(np.append(done, "")[codes], index=positions.index, dtype=object)

    kind = each_once("kind", lambda t: t.str.strip().str.upper())
    level = each_once("level", lambda t: t.str.split().str.join(" ").str.lower())
    return kind, level


#: the JA levels whose posts the Tim Penilai Kinerja fills (structural, eselon III/IV)
TPK_LEVELS = frozenset({"administrator", "pengawas"})


def selection_boards(positions: pd.DataFrame) -> np.ndarray:
    """Per position: ``tpk`` (a JA Administrator or Pengawas post, the Tim Penilai
    Kinerja's), ``pansel`` (a JPT post: open selection) or '': '' for every post that
    is not structural."""
    kinds, levels_ = jabatan_kind_level(positions)
    kind, level = kinds.to_numpy(dtype=object), levels_.to_numpy(dtype=object)
    tpk = (kind == "JA") & np.isin(level, list(TPK_LEVELS))
    return np.where(kind == "JPT", "pansel", np.where(tpk, "tpk", "")).astype(object)


def jabatan_rungs(positions: pd.DataFrame) -> np.ndarray:
    """Per position its rung on the jabatan ladder (:data:`JABATAN_RUNGS`), NaN where
    the kind or level is not on it: two posts of one rung differ only by kelas, and a
    higher kelas there is no promosi (a higher jabatan is)."""
    kind, level = jabatan_kind_level(positions)
    # each distinct (kind, level) looked up once (a roster has a handful; one text
    # key per post: a MultiIndex took 120 ms at 11,614 posts)
    codes, keys = pd.factorize(kind.to_numpy(dtype=object) + "\x1f" + level.to_numpy(dtype=object))
    rung = [JABATAN_RUNGS.get(tuple(k.split("\x1f")), np.nan) for k in keys]
    return np.array(rung + [np.nan], dtype=float)[np.where(codes >= 0, codes, len(keys))]


#: an 18-digit PNS NIP: birth date, month of first appointment (01-12: a PPPK
#: number's "21" is not one), gender, serial (as :data:`placement.domain.nip.NIP_REGEX`)
_NIP = r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d{2}(0[1-9]|1[0-2])[12]\d{3}"


def service_keys(employees: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per employee, what the Daftar Urut Kepangkatan weighs after the golongan: the
    month of first appointment (TMT CPNS, ``YYYYMM``: the ``tmt_cpns`` column where
    given, else digits 9-14 of the NIP, the ``nip`` column or an id that is one; the
    earlier, the longer the service) and the birth date (``YYYYMMDD``: the
    ``birth_date`` column where given, else digits 1-8 of the NIP; the earlier, the
    older). An int64 array each, the largest value where unknown (last). Dates as the
    validation leaves them (ISO text); an 18-digit number that is no PNS NIP (a PPPK
    number, a bad month) gives nothing."""
    source = employees["nip"] if "nip" in employees else employees["id"]
    ids = source.fillna("").astype(str).str.replace(r"[\s.]", "", regex=True)
    nip = ids.str.fullmatch(_NIP).fillna(False).to_numpy(bool)
    last = np.iinfo(np.int64).max
    tmt = np.full(len(ids), last, dtype=np.int64)
    born = np.full(len(ids), last, dtype=np.int64)
    if nip.any():
        digits = ids[nip]
        tmt[nip] = digits.str.slice(8, 14).astype(np.int64).to_numpy()
        born[nip] = digits.str.slice(0, 8).astype(np.int64).to_numpy()
    for col, keep, scale in (("tmt_cpns", tmt, 100), ("birth_date", born, 10000)):
        if col in employees:
            given = pd.to_datetime(employees[col], errors="coerce", format="%Y-%m-%d")
            ok = given.notna().to_numpy(bool)
            day = given[ok].dt.day if scale == 10000 else 0
            keep[ok] = (
                (given[ok].dt.year * 100 + given[ok].dt.month) * (scale // 100) + day
            ).to_numpy(np.int64)
    return tmt, born


def service_order(employees: pd.DataFrame) -> np.ndarray:
    """Per employee, a rank (0 first) by :func:`service_keys`, then by id: the order
    after the golongan in every seat contest (review 37: the NIP alone had put the
    older birth date before the longer service)."""
    tmt, born = service_keys(employees)
    _, id_rank = np.unique(employees["id"].astype(str).to_numpy(), return_inverse=True)
    order = np.lexsort((id_rank, born, tmt))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def skp_order(perf_level: np.ndarray) -> np.ndarray:
    """An SKP rating as an order (0 Sangat Kurang .. 4 Sangat Baik), none given
    counted as Baik, as the shortlists and the tie-break count it."""
    perf = np.nan_to_num(np.asarray(perf_level, dtype=float), nan=-1.0).astype(np.int64)
    return np.where(perf < 0, PERFORMANCE.index("Baik"), perf)
