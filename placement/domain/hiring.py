"""New hires: a CPNS is appointed to a post of the education they were recruited at.

A new hire (a CPNS, or anyone without a post today: no ``current_position``) comes in
through a formasi, and a formasi names a post and the education it asks: an S1
graduate is recruited in III/a to a post for S1, a D3 graduate in II/c to one for D3.
The data give the new hires no formasi of their own (a roster lists who serves, a
selection lists whom it took), so the plan chooses their posts, and the JPM alone
misleads it there: a post whose competency standard is low (a Pramu Bakti, a
Pengemudi: level 1 or 2 throughout) gives nearly anyone a JPM of 100, more than the
same person has in a post of their level. Review 50: S1 hires in III/a were placed as
Pramu Bakti, Pengemudi and waste collectors while posts asking SMA in their field had
empty seats; review 52: a D3 hire stayed a Pramu Bakti at JPM 100 against 66.7 in
17 posts asking SMA that were open to her.

Two parts, both off unless the scenario names them:

- the eligibility option ``hire_min_education`` (an education level, e.g. ``SMA``): a
  new hire with at least that education takes no post asking less
  (:func:`hire_level_ok`, an edge rule; a post with no minimum stated is not limited,
  nor a hire whose education is unknown). The bundled scenarios set ``SMA``: posts for
  SD and SMP graduates (Pramu Bakti, Pengemudi, Petugas Pengelola Sampah) go to those
  recruited for them. A hire no post is left open to is left without one, with the
  rule named (``placement explain``), for the planner to decide.
- the objective term ``hire_level``: per jenjang the post's minimum education lies
  below the hire's own (:data:`~placement.model.levels.EDUCATION`; D4 and S1 one
  level), a penalty: among the posts open to them, one nearer their level goes first
  unless a lower one fits them clearly better.

- the eligibility option ``hire_jf_levels`` (``true``: Ahli Pertama, Ahli Muda,
  Pemula, Terampil, the levels Peraturan BKN names for a CPNS's first appointment in
  a JF): a new hire takes no JF post of another level (:func:`hire_jf_level_ok`).
  Review 68: two new hires were placed straight into Perawat Mahir seats, while two
  Perawat Terampil ranking above every other candidate for them by merit stayed
  where they were.

Serving staff are not concerned: a serving official's post is theirs, and their moves
have their own rules (kelas, career).
"""

from __future__ import annotations

import numpy as np

from placement.i18n import msg
from placement.model.extension import Extension
from placement.model.levels import EDUCATION, JF_TRACK_RUNGS, jabatan_kind_level
from placement.model.terms import register_term, serving


def _levels(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per pair: whether the employee is a new hire (no post today: :func:`serving`
    False), their education level and the post's minimum (-1: unknown, none)."""
    hire = ~serving(ctx)[edge_emp]
    edu = ctx.emp("edu_level").astype(np.int64)[edge_emp]
    need = ctx.pos("min_edu_level").astype(np.int64)[edge_pos]
    return hire, edu, need


def _below(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """int per pair: for a new hire whose education is known, how many levels the
    post's minimum education lies below theirs (negative above); 0 for serving staff
    and a post without a minimum."""
    hire, edu, need = _levels(ctx, edge_emp, edge_pos)
    return np.where(hire & (edu >= 0) & (need >= 0), edu - need, 0)


@register_term(
    "hire_level",
    sense="penalty",
    weight=4.0,
    description="a new hire's post below their education: per jenjang (SD, SMP, SMA, D1, "
    "D2, D3, S1/D4, S2, S3) the post's minimum education lies below the hire's own (a "
    "CPNS is recruited to a formasi of their education): a lower post must fit them more "
    "than this weight better per jenjang; off unless weighted",
    label_id="Pegawai baru di bawah jenjang pendidikannya (per jenjang)",
)
def hire_level(ctx) -> np.ndarray:
    """Per edge: the jenjang a new hire's post lies below their education (0 at or
    above it, for serving staff, a post without a minimum, an education unknown). At 4
    (the bundled scenarios) a post asking SMA costs an S1 hire 16 points and one asking
    D3 4: the lower post must fit them 12 points better. At 12 the bundled ``replace``
    moved 3 more serving officials to make room for hires nearer their level, one of
    them at a loss of 19 points to her, and a teacher lost the move to a Penilik post he
    had asked for (review 52)."""
    return np.maximum(_below(ctx, ctx.edge_emp, ctx.edge_pos), 0).astype(float)


def _floor(policy) -> int:
    """The level of ``hire_min_education`` (-1: no rule)."""
    need = policy.hire_min_education
    return -1 if need is None else EDUCATION.index(need)


def _barred(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, floor: int) -> np.ndarray:
    """Per pair: a new hire with at least the ``floor`` education, in a post asking
    less than it."""
    hire, edu, need = _levels(ctx, edge_emp, edge_pos)
    return hire & (edu >= floor) & (need >= 0) & (need < floor)


def hire_level_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.hire_min_education``): a new hire with at least that
    education takes no post asking less."""
    floor = _floor(policy)
    if floor < 0:
        return None
    return ~_barred(ctx, edge_emp, edge_pos, floor)


def hire_level_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: post ``q`` asks less than ``hire_min_education`` of new
    hire ``i``, who has at least it."""
    floor = _floor(comp.config.eligibility)
    ctx = comp.context
    if floor < 0 or not _barred(ctx, np.array([i]), np.array([q]), floor)[0]:
        return []
    return [
        msg(
            "explain.why_hire_level",
            edu=EDUCATION[int(ctx.emp("edu_level")[i])],
            need=EDUCATION[int(ctx.pos("min_edu_level")[q])],
            floor=EDUCATION[floor],
        )
    ]


def _jf_barred(ctx, policy) -> np.ndarray | None:
    """Per position: a JF post at a level ``hire_jf_levels`` does not name (a post of
    unknown level is not), or None without the rule. Made once per list of levels."""
    allowed = policy.hire_jf_levels
    if allowed is None:
        return None

    def compute() -> np.ndarray:
        kind, level = jabatan_kind_level(ctx.org.positions)
        ok = {lv.lower() for lv in allowed}
        known = level.isin(JF_TRACK_RUNGS).to_numpy(bool)
        return (kind == "JF").to_numpy(bool) & known & ~level.isin(ok).to_numpy(bool)

    return ctx.derived(f"hire_jf_barred:{'|'.join(sorted(allowed))}", compute)


def hire_jf_level_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.hire_jf_levels``): a new hire takes a JF post only at
    a level a CPNS is first appointed at."""
    barred = _jf_barred(ctx, policy)
    if barred is None or not barred.any():
        return None
    return ~(~serving(ctx)[edge_emp] & barred[edge_pos])


def hire_jf_level_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: new hire ``i`` takes no JF post ``q`` at its level."""
    policy = comp.config.eligibility
    ctx = comp.context
    barred = _jf_barred(ctx, policy)
    if barred is None or not barred[q] or serving(ctx)[i]:
        return []
    level = str(ctx.org.positions["level"].iloc[q]).strip()
    return [msg("explain.why_hire_jf_level", level=level, levels=", ".join(policy.hire_jf_levels))]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="hiring",
    edge_rules=(hire_level_ok, hire_jf_level_ok),
    reasons=(hire_level_reasons, hire_jf_level_reasons),
    messages={
        "explain.why_hire_jf_level": (
            "a new hire is first appointed to a functional post at one of the levels "
            "{levels} (hire_jf_levels): this post is {level}",
            "pegawai baru diangkat pertama kali dalam jabatan fungsional pada salah satu "
            "jenjang {levels} (hire_jf_levels): jabatan ini {level}",
        ),
        "explain.why_hire_level": (
            "a new hire with {edu} is appointed to a post of the education they were "
            "recruited at: this post asks {need}, below {floor} (hire_min_education)",
            "pegawai baru berpendidikan {edu} diangkat pada jabatan sesuai pendidikan "
            "formasinya: jabatan ini mensyaratkan {need}, di bawah {floor} "
            "(hire_min_education)",
        ),
    },
)

__all__ = [
    "hire_jf_level_ok",
    "hire_jf_level_reasons",
    "hire_level",
    "hire_level_ok",
    "hire_level_reasons",
]
