"""Ordered civil-service scales: golongan (rank), education level, performance.

Each scale maps accepted spellings onto an ordinal. ``parse_*`` functions work on
whole pandas Series at once (mapping the distinct values only) and return the
ordinal as int16 with -1 for blanks; unknown spellings are reported by the caller.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

#: PNS golongan/pangkat, lowest first (17 values).
RANKS: tuple[str, ...] = (
    "I/a", "I/b", "I/c", "I/d",
    "II/a", "II/b", "II/c", "II/d",
    "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
)  # fmt: skip

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
}  # fmt: skip

#: SKP performance predicates, lowest first.
PERFORMANCE: tuple[str, ...] = (
    "Sangat Kurang",
    "Kurang",
    "Butuh Perbaikan",
    "Baik",
    "Sangat Baik",
)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_RANK_RE = re.compile(r"^(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-Ea-e])$")


def normalise_rank(text: str) -> str | None:
    """'III/a', 'III-a', '3a', 'iii / A' → 'III/a'; None if not a rank."""
    m = _RANK_RE.match(text.strip().upper())
    if not m:
        return None
    group = m.group(1)
    roman = {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(group, group)
    code = f"{roman}/{m.group(2).lower()}"
    return code if code in RANKS else None


def normalise_education(text: str) -> str | None:
    """'S-1', 'D IV', 'SLTA', 's1' → canonical level; None if unknown."""
    key = re.sub(r"[\s\-./]", "", text.strip().upper())
    return _EDU_ALIASES.get(key)


def normalise_performance(text: str) -> str | None:
    key = " ".join(text.strip().split()).lower()
    for p in PERFORMANCE:
        if p.lower() == key:
            return p
    return None


def _parse(series: pd.Series, normalise, scale: tuple[str, ...]) -> tuple[np.ndarray, pd.Series]:
    """Ordinal per cell (-1 for blank) and a boolean Series of unknown spellings."""
    text = series.fillna("").astype(str).str.strip()
    uniques = pd.unique(text)
    index = {s: i for i, s in enumerate(scale)}
    lookup = {}
    for u in uniques:
        if u == "":
            lookup[u] = -1
        else:
            code = normalise(u)
            lookup[u] = index[code] if code is not None else -2
    ordinal = text.map(lookup).to_numpy(dtype=np.int16)
    return np.where(ordinal == -2, -1, ordinal).astype(np.int16), pd.Series(
        ordinal == -2, index=series.index
    )


def parse_ranks(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    return _parse(series, normalise_rank, RANKS)


def parse_education(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    return _parse(series, normalise_education, EDUCATION)


def parse_performance(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    return _parse(series, normalise_performance, PERFORMANCE)
