"""The short notes a move carries beside its checks, in the report's moves table and
the SK list's Keterangan alike: its JPM in the new post where a selection would not pass
it, and its worth to the plan where it is a tie or under a point (review 121: the SK
list named both, the report's moves table neither, so Bufitri Widitua's move at JPM 65
read as a plain mutasi there)."""

from __future__ import annotations

import pandas as pd

from placement.domain.categories import SELECTION_CATEGORIES
from placement.i18n import label
from placement.report.formatting import fmt_num


def kms_note(jpm: float, lang: str) -> list[str]:
    """The JPM in the new post where it is below the selection's Masih Memenuhi Syarat
    (Kurang Memenuhi Syarat), as the summary names those moves (review 94 L3: the
    summary named them, the SK list did not); none where not assessed."""
    need = SELECTION_CATEGORIES[1][1]
    if not jpm < need:  # NaN: not assessed, no mark
        return []
    # one decimal, as the JPM column gives it (review 124 L2: "JPM 65" beside "65.0")
    return [label("kms_short", lang).format(jpm=fmt_num(jpm, lang, 1), need=f"{need:g}")]


def worth_note(points: float, lang: str) -> list[str]:
    """A move's worth to the plan as a whole where it is nothing (a tie) or under a
    point (``plan_points``), as the summary names those moves and the reason names one
    who could take the post instead (review 95 M4: such moves read "mutasi" only); none
    where the reasons did not value it, or at a point or more (most of them priority
    vacancies the plan fills, worth its weight)."""
    if not points < 1:  # NaN: not valued
        return []
    if points <= 0:
        return [label("plan_tie_short", lang)]
    return [label("plan_near_short", lang).format(points=fmt_num(points, lang, 2))]


def move_notes(mv: pd.DataFrame, lang: str) -> list[list[str]]:
    """Per move of ``mv``, both notes (:func:`kms_note`, :func:`worth_note`), read from
    its ``jpm_after`` and ``plan_points`` (none where a column is missing or blank)."""

    def numbers(name: str) -> list[float]:
        col = mv[name] if name in mv else pd.Series(float("nan"), index=mv.index)
        return pd.to_numeric(col, errors="coerce").tolist()

    return [
        kms_note(j, lang) + worth_note(w, lang)
        for j, w in zip(numbers("jpm_after"), numbers("plan_points"), strict=True)
    ]
