"""What a generated organisation looks like: mismatches of incumbents, eligible
positions per employee, summary statistics, NIP format."""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.synth.organization import GeneratedOrganization
from placement.synth.vocabulary import (
    COMP_COLUMNS,
    EDUCATION_ORDINAL,
    FIELD_INDEX,
    NF,
    NIP_PATTERN,
    RANK_INDEX,
)


def _field_masks(positions: pd.DataFrame) -> np.ndarray:
    """bool[m, F]: accepted fields per position (all False = any field)."""
    m = len(positions)
    out = np.zeros((m, NF), dtype=bool)
    ex = positions["fields"].fillna("").str.split("; ").explode()
    ex = ex[ex != ""]
    idx = ex.map(FIELD_INDEX)
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
    fi = emp["field"].map(FIELD_INDEX).fillna(-1).to_numpy().astype(np.int64)
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
    p_rank = pos["min_rank"].map(RANK_INDEX).fillna(-1).to_numpy(dtype=np.int64)
    e_edu = emp["education"].map(EDUCATION_ORDINAL).to_numpy(dtype=np.int64)
    e_rank = emp["rank"].map(RANK_INDEX).to_numpy(dtype=np.int64)
    e_field = emp["field"].map(FIELD_INDEX).to_numpy(dtype=np.int64)
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
        emp["rank"].map(RANK_INDEX).to_numpy()[placed]
        >= pos["min_rank"].map(RANK_INDEX).fillna(-1).to_numpy()[pidx]
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


def nip_is_valid(nip: pd.Series) -> np.ndarray:
    """bool per NIP string: matches :data:`NIP_PATTERN` (format only)."""
    return nip.astype("str").str.fullmatch(NIP_PATTERN[1:-1]).fillna(False).to_numpy(bool)
