"""JPM categories: the mapping categories and the selection categories.

Mapping assessment (pemetaan, :data:`placement.model.result.JPM_CATEGORIES`):
**Optimal** ≥ 90, **Cukup Optimal** 78–<90, **Kurang Optimal** < 78.
Selection (seleksi): **Memenuhi Syarat** (MS) ≥ 80, **Masih Memenuhi Syarat** (MMS)
68–<80, **Kurang Memenuhi Syarat** (KMS) < 68.

Results: placements get a ``selection_category`` column (``jpm_category`` exists) and
the KPIs count people per selection category (``selection_ms``, ``selection_mms``,
``selection_kms``). A pair without a JPM (``not assessed``, ``no standard``) has no
selection category either: the column repeats the JPM category's reason and the
KPIs do not count it. The eligibility option ``min_jpm_category`` (Optimal / Cukup
Optimal) keeps only pairs whose JPM reaches that category; a pair without a JPM is
not excluded by it (unknown is not a failure). ``min_jpm_category_to_rise`` does the
same for moves to a higher kelas jabatan only; ``min_jpm_category_to_move`` charges
(the objective term ``kms_move``) the moves of those whose own post keeps a seat for
them that land below it and below their own JPM.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.domain.performance import rises
from placement.i18n import msg
from placement.model.extension import Extension
from placement.model.jpm import (
    CATEGORY_NO_STANDARD,
    CATEGORY_NOT_ASSESSED,
    JPM_CATEGORIES,
    jpm_category,
)
from placement.model.terms import register_term

#: Selection categories: name, lower bound of JPM (%), KPI key; highest first.
SELECTION_CATEGORIES = (
    ("Memenuhi Syarat", 80.0, "selection_ms"),
    ("Masih Memenuhi Syarat", 68.0, "selection_mms"),
    ("Kurang Memenuhi Syarat", 0.0, "selection_kms"),
)


def selection_category(jpm) -> np.ndarray:
    """Selection category per JPM value ('' for NaN).

    >>> selection_category(np.array([80.0, 68.0, 67.9, np.nan])).tolist()
    ['Memenuhi Syarat', 'Masih Memenuhi Syarat', 'Kurang Memenuhi Syarat', '']
    """
    jpm = np.asarray(jpm, dtype=float)
    out = np.full(len(jpm), "", dtype=object)
    for name, lo, _ in reversed(SELECTION_CATEGORIES):
        out[jpm >= lo] = name
    return out


def mapping_category(jpm) -> np.ndarray:
    """Mapping category per JPM value (Optimal / Cukup Optimal / Kurang Optimal)."""
    return jpm_category(np.asarray(jpm, dtype=float))


def category_threshold(name: str) -> float:
    """Lowest JPM of a mapping or selection category (case-insensitive name)."""
    for cat, lo in JPM_CATEGORIES:
        if cat.lower() == name.lower():
            return lo
    for cat, lo, _ in SELECTION_CATEGORIES:
        if cat.lower() == name.lower():
            return lo
    names = [c for c, _ in JPM_CATEGORIES] + [c for c, _, _ in SELECTION_CATEGORIES]
    raise ValueError(f"unknown JPM category {name!r}; use one of {', '.join(names)}")


def min_category_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.min_jpm_category``): pairs whose JPM is below the
    category's threshold are out (a pair without a JPM passes)."""
    if policy.min_jpm_category is None:
        return None
    jpm = ctx.jpm_of(edge_emp, edge_pos)  # the pairs asked about, not always ctx's edges
    return ~(jpm < category_threshold(policy.min_jpm_category) - 1e-9)


def rise_category_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.min_jpm_category_to_rise``): a move to a higher kelas
    jabatan asks for a JPM there of at least the category's threshold (a pair without
    a JPM passes). Review 36: kelas rises within a kecamatan went to people at JPM
    50, where all 252 others open to the post fitted better."""
    name = policy.min_jpm_category_to_rise
    if name is None:
        return None
    up = rises(ctx, edge_emp, edge_pos)
    floor = category_threshold(name) - 1e-9
    if edge_emp is ctx.edge_emp and edge_pos is ctx.edge_pos:  # their JPM is cached
        return ~((ctx.jpm_of(edge_emp, edge_pos) < floor) & up)
    # other pairs (one person against every open post, for the reasons): the JPM of the
    # rises only, each a row of every competency (most of the rule's time there)
    at = np.flatnonzero(up)
    out = np.ones(len(edge_emp), dtype=bool)
    out[at] = ~(ctx.pair_jpm(edge_emp[at], edge_pos[at])[0] < floor)
    return out


@register_term(
    "kms_move",
    sense="penalty",
    weight=100.0,
    description="a move the plan chooses (the person's own post keeps a seat for them) "
    "into a post where their JPM is below eligibility.min_jpm_category_to_move and below "
    "their JPM in their own post, per such move; on where that option is set",
    label_id="Perpindahan pilihan rencana ke JPM di bawah kategori dan di bawah JPM sendiri",
    default_on=lambda config: config.eligibility.min_jpm_category_to_move is not None,
)
def kms_move(ctx) -> np.ndarray:
    """Per edge: 1 where it is a move into another post of one whose own post keeps a
    seat for them (``ctx.settled``), landing at a JPM below the category of
    ``min_jpm_category_to_move`` and below theirs in their own post (where their own
    post has no JPM, the category alone; a pair without a JPM is not charged); 0
    elsewhere. Weighted above what a move the plan chooses gains it (a vacancy's
    priority), below a serving official left without a post: such a move is made only
    where it gives another a post, never for a seat's weight alone. Review 121 H1: a
    Pengolah Data of a kecamatan, with a seat of her own post, went from JPM 65 there to
    the Disdukcapil front desk at 63.6 for its weight, where a colleague fitted at
    90.9: a move the Kepala would not sign. A charge, not a rule (review 123 H2: as a
    rule it could leave one whose post closes without the seat such a move frees)."""
    e, p = ctx.edge_emp, ctx.edge_pos
    out = np.zeros(len(e))
    policy, settled = ctx.eligibility, ctx.settled
    name = policy.min_jpm_category_to_move if policy is not None else None
    if name is None or settled is None:
        return out
    cur = ctx.emp("current_pos")
    at = np.flatnonzero(settled[e] & (p != cur[e]))
    if not len(at):
        return out
    who = np.flatnonzero(settled)
    own = np.full(ctx.n_employees, np.nan)
    own[who] = ctx.pair_jpm(who, cur[who])[0]
    jpm = ctx.jpm()[at]
    low = (jpm < category_threshold(name) - 1e-9) & ~(jpm >= own[e[at]] - 1e-9)
    out[at[low]] = 1.0
    return out


def rise_category_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: a kelas rise for ``i`` into ``q`` below
    ``min_jpm_category_to_rise``."""
    name = comp.config.eligibility.min_jpm_category_to_rise
    ctx = comp.context
    if name is None or not rises(ctx, np.array([i]), np.array([q]))[0]:
        return []
    jpm = float(ctx.pair_jpm(np.array([i]), np.array([q]))[0][0])
    need = category_threshold(name)
    if not jpm < need - 1e-9:
        return []
    return [msg("explain.why_rise_category", jpm=jpm, category=name, need=need)]


def category_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i``'s JPM in ``q`` is below ``min_jpm_category``."""
    name = comp.config.eligibility.min_jpm_category
    if name is None:
        return []
    jpm = float(comp.context.pair_jpm(np.array([i]), np.array([q]))[0][0])
    need = category_threshold(name)
    if not jpm < need - 1e-9:  # a pair without a JPM passes, as in the rule
        return []
    return [msg("explain.why_min_category", jpm=jpm, category=name, need=need)]


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: ``selection_category`` next to ``jpm_category``."""
    pl = tables.get("placements")
    if pl is None or "jpm" not in pl:
        return
    values = selection_category(pd.to_numeric(pl["jpm"], errors="coerce").to_numpy(float))
    if "jpm_category" in pl:  # no JPM: the same "not assessed" / "no standard" as there
        cat = pl["jpm_category"].to_numpy(dtype=object)
        missing = np.isin(cat, (CATEGORY_NOT_ASSESSED, CATEGORY_NO_STANDARD))
        values[missing] = cat[missing]
        at = list(pl.columns).index("jpm_category") + 1
        pl.insert(at, "selection_category", values)
    else:
        pl["selection_category"] = values


def extend_kpis(result) -> dict:
    """Extension ``kpis``: people per selection category."""
    pl = result.placements
    if "selection_category" not in pl:
        return {}
    counts = pl["selection_category"].value_counts()
    out = {key: int(counts.get(name, 0)) for name, _, key in SELECTION_CATEGORIES}
    # the moves into a post at a fit a selection would not pass (review 114 M4: a
    # figure the Kepala counted by hand from each scenario's moves to choose)
    mv = result.moves
    if len(mv) and "to_position" in mv:
        into = pl.set_index("employee_id")["selection_category"]
        went = mv.loc[mv["to_position"].astype(str) != "", "employee_id"]
        kms = SELECTION_CATEGORIES[-1][0]
        out["moves_kms"] = int((went.map(into) == kms).sum())
    else:
        out["moves_kms"] = 0
    return out


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="categories",
    edge_rules=(min_category_ok, rise_category_ok),
    reasons=(category_reasons, rise_category_reasons),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    messages={
        "term.kms_move": (
            "a chosen move below the fit of a selection and of their own post",
            "perpindahan pilihan di bawah kecocokan seleksi dan jabatannya sendiri",
        ),
        "explain.why_rise_category": (
            "a move to a higher kelas jabatan asks for a JPM there of at least {need:g} "
            "({category}); theirs is {jpm:.1f} (min_jpm_category_to_rise)",
            "perpindahan ke kelas jabatan yang lebih tinggi mensyaratkan JPM di sana "
            "paling rendah {need:g} ({category}); JPM-nya {jpm:.1f} "
            "(min_jpm_category_to_rise)",
        ),
    },
    labels={
        "selection_category": ("Selection category", "Kategori seleksi"),
        "selection_ms": ("Memenuhi Syarat (JPM ≥ 80)", "Memenuhi Syarat (JPM ≥ 80)"),
        "selection_mms": (
            "Masih Memenuhi Syarat (JPM 68–<80)",
            "Masih Memenuhi Syarat (JPM 68–<80)",
        ),
        "selection_kms": ("Kurang Memenuhi Syarat (JPM < 68)", "Kurang Memenuhi Syarat (JPM < 68)"),
        "moves_kms": (
            "Moves into a post at JPM < 68 (Kurang Memenuhi Syarat)",
            "Perpindahan ke jabatan dengan JPM < 68 (Kurang Memenuhi Syarat)",
        ),
        "Memenuhi Syarat": ("Memenuhi Syarat", "Memenuhi Syarat"),
        "Masih Memenuhi Syarat": ("Masih Memenuhi Syarat", "Masih Memenuhi Syarat"),
        "Kurang Memenuhi Syarat": ("Kurang Memenuhi Syarat", "Kurang Memenuhi Syarat"),
    },
)
