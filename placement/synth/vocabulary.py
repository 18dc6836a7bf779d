"""Vocabularies of the synthetic regency, read from the package data (``synth/data/``):
fields of study, competencies, unit types, name syllables, academic titles, and the
numeric profiles of people (education → fields, entry age, rank, pay).

Ranks, education levels, performance predicates and the NIP format are the project's
own (:mod:`placement.model.levels`, :mod:`placement.domain.nip`).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

from placement.domain.nip import NIP_REGEX
from placement.model import levels

#: Date at which ages, service years and ranks are evaluated (fixed for determinism).
REFERENCE_DATE = "2025-01-01"


@cache
def load(name: str) -> Any:
    """A data file of the package (``synth/data/<name>``): YAML parsed, CSV as a list of
    dicts of text."""
    data = resources.files("placement.synth").joinpath("data")
    text = data.joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".csv"):
        return list(csv.DictReader(text.splitlines()))
    return yaml.safe_load(text)


_V = load("vocabulary.yaml")
_NAMES = load("names.yaml")

RANKS: tuple[str, ...] = levels.RANKS
#: The generator's education levels: the project's, with D4 (read as S1) drawn apart.
EDUCATION_LEVELS: tuple[str, ...] = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")
#: Ordinal of each education level (D4 = S1), for ``>=`` comparisons.
EDUCATION_ORDINAL: dict[str, int] = {
    e: levels.EDUCATION.index(levels.normalise_education(e)) for e in EDUCATION_LEVELS
}
#: SKP predicates, best first.
PERFORMANCE_LEVELS: tuple[str, ...] = tuple(reversed(levels.PERFORMANCE))
UNIT_TYPES: tuple[str, ...] = tuple(_V["unit_types"])
MANAGERIAL_COMPETENCIES: tuple[str, ...] = tuple(_V["competencies"]["managerial"])
SOCIOCULTURAL_COMPETENCIES: tuple[str, ...] = tuple(_V["competencies"]["sociocultural"])
TECHNICAL_COMPETENCIES: tuple[str, ...] = tuple(_V["competencies"]["technical"])
KEU, HUK, TI, KES, REN, ADK, PDD, INF = TECHNICAL_COMPETENCIES
COMPETENCIES: tuple[str, ...] = (
    MANAGERIAL_COMPETENCIES + SOCIOCULTURAL_COMPETENCIES + TECHNICAL_COMPETENCIES
)
COMP_COLUMNS: tuple[str, ...] = tuple(f"comp:{c}" for c in COMPETENCIES)
NIP_PATTERN = NIP_REGEX
FIELDS: tuple[str, ...] = tuple(_V["fields"])

FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}
RANK_INDEX = {r: i for i, r in enumerate(RANKS)}
EDU_INDEX = {e: i for i, e in enumerate(EDUCATION_LEVELS)}
EDU_ORD = np.array([EDUCATION_ORDINAL[e] for e in EDUCATION_LEVELS], dtype=np.int8)
NF, NE, NK = len(FIELDS), len(EDUCATION_LEVELS), len(COMPETENCIES)
NM = len(MANAGERIAL_COMPETENCIES) + len(SOCIOCULTURAL_COMPETENCIES)

# -- people: education, fields, ranks, pay ---------------------------------------------------

#: Usual entry rank by education (DOMAIN.md default): SD I/a, SMP I/c, SMA/D1 II/a, D2 II/b,
#: D3 II/c, D4/S1 III/a, S2 III/b, S3 III/c.
ENTRY_RANK = np.array([0, 2, 4, 4, 5, 6, 8, 8, 9, 10], dtype=np.int64)
#: Highest rank reachable by regular promotion with each education (IV/e for S2/S3).
RANK_CAP = np.array([5, 7, 9, 9, 9, 10, 14, 14, 16, 16], dtype=np.int64)
PELAKSANA_RANK_CAP = 11  # III/d
#: Age at first appointment (mean, sd) by education.
ENTRY_AGE = np.array(
    [(21, 2), (22, 2.5), (23, 3), (24, 3), (24, 3), (25, 2.5), (26, 3), (27, 3), (31, 3), (35, 3)]
)
#: Basic monthly salary by rank, thousands of rupiah (scale of PP 15/2019 at 0 years).
GAPOK = np.array(
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
ALLOWED = np.zeros((NE, NF), dtype=bool)
for _e, _fs in _V["education_fields"].items():
    ALLOWED[EDU_INDEX[_e], [FIELD_INDEX[f] for f in _fs]] = True

#: Fields of study only women take (midwifery, by law).
FEMALE_ONLY = np.zeros(NF, dtype=bool)
FEMALE_ONLY[[FIELD_INDEX[f] for f in _V["female_only_fields"]]] = True


def _prior(spec: dict) -> np.ndarray:
    out = np.full(NF, spec["default"])
    for f, w in spec["weights"].items():
        out[FIELD_INDEX[f]] = w
    return out


_P = {k: _prior(v) for k, v in _V["field_priors"].items()}
#: How often each field occurs by education (where the post does not decide it).
PRIOR = np.stack([_P[k] for k in ("SMA", "SMA", "SMA", "D3", "D3", "D3", "S1", "S1", "S2", "S2")])
PRIOR[[0, 1]] = 0
PRIOR[[0, 1], FIELD_INDEX["Umum"]] = 1
PRIOR = np.where(ALLOWED, np.maximum(PRIOR, 0.05), 0).astype(np.float32)
PRIOR[[0, 1, 2]] = np.where(ALLOWED[[0, 1, 2]], PRIOR[[0, 1, 2]], 0)

#: Technical competencies a field of study trains for.
RELATED = np.zeros((NF, NK), dtype=bool)
for _f, _ts in _V["related_competencies"].items():
    for _t in _ts:
        RELATED[FIELD_INDEX[_f], COMPETENCIES.index(_t)] = True

#: Academic titles by field for D3 / S1 / S2 (shown after the name, like real rosters).
GELAR_D3: dict[str, str] = _V["academic_titles"]["D3"]
GELAR_S1: dict[str, str] = _V["academic_titles"]["S1"]
GELAR_S2: dict[str, str] = _V["academic_titles"]["S2"]

#: Syllables for generated names and places (no list of real people is used anywhere).
GIVEN_HEAD: tuple[str, ...] = tuple(_NAMES["given_head"])
GIVEN_TAIL_M: tuple[str, ...] = tuple(_NAMES["given_tail_m"])
GIVEN_TAIL_F: tuple[str, ...] = tuple(_NAMES["given_tail_f"])
FAMILY_A: tuple[str, ...] = tuple(_NAMES["family_a"])
FAMILY_B: tuple[str, ...] = tuple(_NAMES["family_b"])
FAMILY_C: tuple[str, ...] = tuple(_NAMES["family_c"])
PREFIX_M: tuple[str, ...] = tuple(_NAMES["prefix_m"])
PREFIX_F: tuple[str, ...] = tuple(_NAMES["prefix_f"])
PLACE_A: tuple[str, ...] = tuple(_NAMES["place_a"])
PLACE_B: tuple[str, ...] = tuple(_NAMES["place_b"])
