"""An independent reading of a post's stated requirements from the tables."""

from __future__ import annotations

import pandas as pd

from placement.model.levels import EDUCATION, RANKS


def requirements_missed(person: pd.Series, post: pd.Series) -> int:
    """How many of ``post``'s stated requirements ``person`` (rows of the employees and
    positions tables) misses: the minimum education, the accepted fields (``;``-listed,
    any case; none listed: every field), the minimum golongan (an unknown one misses
    it)."""
    need = str(post.get("min_education") or "").strip()
    need_rank = str(post.get("min_rank") or "").strip()
    fields = [f.strip().lower() for f in str(post.get("fields") or "").split(";")]
    fields = [f for f in fields if f]
    rank = str(person.get("rank") or "")
    return (
        int(bool(need) and EDUCATION.index(person["education"]) < EDUCATION.index(need))
        + int(bool(fields) and str(person["field"]).strip().lower() not in fields)
        + int(
            bool(need_rank)
            and (RANKS.index(rank) if rank in RANKS else -1) < RANKS.index(need_rank)
        )
    )
