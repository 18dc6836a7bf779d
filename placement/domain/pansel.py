"""The open selection's pool for a JPT Pratama post (``eligibility.jpt_pratama_from``).

A JPT Pratama post (kepala dinas, kepala badan, sekretaris DPRD) is filled by open
selection: its Pansel takes officials who hold, or have held, an Administrator post or
a JF Ahli Madya (PP 11/2017 Pasal 107 as amended by PP 17/2020). Their kelas is 11 or
12, the post's 13 or 14: a rise that ``max_grade_rise`` (2 by default) would bar.

- ``band_exempt``: each serving official whose post is of a level the setting lists
  with each JPT Pratama post of a higher kelas than theirs. Their other rules
  (education, golongan, field, the career rules) still apply; their two years in that
  post and their age are the Pansel's to verify, not the plan's (a shortlist shows
  each candidate's age and marks those above :data:`PANSEL_MAX_AGE`).

Off unless set; ``placement shortlist`` sets it for a scenario that leaves structural
posts to the Pansel (:func:`placement.candidates.for_shortlist`; review 158 H1).
"""

from __future__ import annotations

import numpy as np

from placement.model.extension import Extension
from placement.model.levels import jabatan_kind_level

#: The levels whose holders the Pansel of a JPT Pratama post takes, as a shortlist reads
#: a scenario that leaves structural posts to it and names no pool of its own.
PANSEL_POOL = ("Administrator", "Ahli Madya")

#: The oldest a candidate to a JPT Pratama post's open selection may be (PP 11/2017
#: Pasal 107 huruf c as amended by PP 17/2020: "usia paling tinggi 56 tahun"); the
#: Pansel reads it at registration, a shortlist at the plan's date (review 160 L3).
PANSEL_MAX_AGE = 56


def age_limits(positions) -> np.ndarray:
    """Per post, the open selection's age limit: :data:`PANSEL_MAX_AGE` for a JPT
    Pratama post, NaN for any other (no limit of the Pansel's)."""
    kind, level = (s.to_numpy(dtype=object) for s in jabatan_kind_level(positions))
    return np.where((kind == "JPT") & (level == "pratama"), float(PANSEL_MAX_AGE), np.nan)


def pool_text(levels) -> str:
    """The pool's levels as a line names them ("Administrator / Ahli Madya")."""
    return " / ".join(str(v) for v in levels)


def pool_pairs(ctx, policy) -> tuple[np.ndarray, np.ndarray] | None:
    """Extension ``band_exempt``: (employee, post) rows of each official holding a post
    of a level in ``policy.jpt_pratama_from`` with each JPT Pratama post of a higher
    kelas than their own post's; None where the setting is off or nobody is in it."""
    if not policy.jpt_pratama_from:
        return None
    kind, level = (s.to_numpy(dtype=object) for s in jabatan_kind_level(ctx.org.positions))
    posts = np.flatnonzero((kind == "JPT") & (level == "pratama"))
    cur = ctx.emp("current_pos").astype(np.int64)
    wanted = sorted({str(v).casefold() for v in policy.jpt_pratama_from})  # as validated
    held = np.flatnonzero(cur >= 0)
    people = held[np.isin(level[cur[held]], wanted)]
    if not len(posts) or not len(people):
        return None
    pe, pp = np.repeat(people, len(posts)), np.tile(posts, len(people))
    with np.errstate(invalid="ignore"):  # an unknown kelas is no rise
        up = ctx.pos("grade")[pp] > ctx.current_grade[pe]
    return pe[up], pp[up]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="pansel",
    band_exempt=(pool_pairs,),
)
