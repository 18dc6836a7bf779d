"""Rises by merit: a move to a higher kelas jabatan goes to one of the best fitting.

``eligibility.rise_among_best`` (a share, 0–1; null = no rule): a serving official
moves to a post of a higher kelas jabatan than their own, at the same rung of the
jabatan ladder (a Pelaksana to a Pelaksana post of a higher kelas: a mutasi the PPK
grants), only where, of the post's other candidates for such a rise (the serving
officials at a lower kelas and no lower rung whom the rules open it to), at most that
share have a higher JPM there, or fewer than the post has
seats that no serving holder holds in the data (were all of them placed in those, a
seat would be left for this one). With 0.5, a rise goes to one in the better half of
its candidates by JPM. A promotion to a higher rung (a JF jenjang, a structural post)
goes by procedures of its own (angka kredit and uji kompetensi, the Tim Penilai
Kinerja) and is not judged here: review 40's licensed nurse, a Pelaksana, rises into
a Perawat Mahir post with empty seats. Where a rung is unknown (no kind or level in
the data), a rise counts as one at the same rung.

Reviews 53–55: a Pengadministrasi Pengawasan was moved to another OPD for a kelas
5 → 6 rise at JPM 75, while 223 of the 240 others open to the post had a higher JPM
there; ``min_jpm_category_to_rise`` (a floor on the JPM itself) cannot say that, and
at 80 it barred a licensed nurse from a Perawat Mahir post with empty seats, whose
few candidates fitted no better (review 40).

The candidates are read from the pairs every other rule allows
(:func:`~placement.model.eligibility.rule_edges` with this rule off), once per policy,
so the rule gives one answer for a pair whichever pairs it is asked about (the
eligible edges, one person against every open post, explain). A pair without a JPM
passes (what is not assessed is no failure); a candidate without one is not counted
as fitting better. JPM values are compared to one decimal, as the reasons quote them.
"""

from __future__ import annotations

import numpy as np

from placement.domain.performance import rises
from placement.i18n import msg
from placement.model.arrays import find_pairs
from placement.model.extension import Extension
from placement.model.levels import jabatan_rungs


def kelas_rises(ctx, e: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Per pair: a post of a higher kelas jabatan than the person's own
    (:func:`~placement.domain.performance.rises`) and no higher rung of the jabatan
    ladder (unknown: not higher)."""
    rung = ctx.derived("jabatan_rungs", lambda: jabatan_rungs(ctx.org.positions))
    cur = ctx.emp("current_pos").astype(np.int64)
    with np.errstate(invalid="ignore"):
        return rises(ctx, e, p) & ~(rung[p] > rung[np.maximum(cur[e], 0)])


class _Candidates:
    """Per post, the JPM (tenths) of its candidates for a rise, sorted: ``keys`` =
    post × ``span`` + JPM in tenths (a candidate without a JPM: post × ``span``, below
    every value), and ``count`` per post; ``edges``: the pairs every other rule allows
    (sorted), to tell whether a person is among a post's candidates; ``free`` per post,
    the seats of its formasi no serving holder holds in the data (nobody excluded holds
    one: past retirement age, or not active)."""

    def __init__(self, ctx, policy) -> None:
        from placement.model.eligibility import rule_edges  # the model imports the domain

        saved = ctx.edge_emp, ctx.edge_pos  # rule_edges sets the context's edges
        e, p = rule_edges(ctx, policy.model_copy(update={"rise_among_best": None}))
        ctx.set_edges(*saved)
        self.edges = (e, p)
        up = kelas_rises(ctx, e, p)  # serving officials only: a new hire has no kelas
        e, p = e[up], p[up].astype(np.int64)
        tenths = _tenths(ctx.pair_jpm(e, p)[0])
        self.span = int(max(tenths.max(initial=0), 0)) + 2
        self.keys = np.sort(p * self.span + np.maximum(tenths, -1) + 1)
        self.count = np.bincount(p, minlength=ctx.n_positions)
        cur = ctx.emp("current_pos").astype(np.int64)
        held = np.bincount(cur[(cur >= 0) & ~ctx.org.excluded], minlength=ctx.n_positions)
        self.free = np.maximum(ctx.pos("headcount").astype(np.int64) - held, 0)

    def outranked(self, ctx, e: np.ndarray, p: np.ndarray, tenths: np.ndarray):
        """Per pair (each with a JPM, ``tenths``): how many of the post's other
        candidates have a higher JPM there, and how many others it has."""
        p = p.astype(np.int64)
        v = np.minimum(tenths, self.span - 2) + 1
        higher = np.searchsorted(self.keys, (p + 1) * self.span, side="left")
        higher -= np.searchsorted(self.keys, p * self.span + v, side="right")
        others = self.count[p] - find_pairs(*self.edges, e, p)[1]
        return higher, others


def _tenths(jpm: np.ndarray) -> np.ndarray:
    """JPM in tenths (as quoted, to one decimal); -1 where a pair has none."""
    return np.where(np.isnan(jpm), -1, np.rint(np.nan_to_num(jpm) * 10)).astype(np.int64)


def _candidates(ctx, policy) -> _Candidates:
    """The :class:`_Candidates` of the policy, built once per context and policy."""
    cache = ctx.derived("rise_candidates", dict)
    key = (policy.model_dump_json(), ctx.jpm_surplus, ctx.unassessed_jpm)
    if key not in cache:
        cache[key] = _Candidates(ctx, policy)
    return cache[key]


def _judged(ctx, e: np.ndarray, p: np.ndarray, policy):
    """For the pairs that are a rise with a JPM: their index, JPM (tenths), how many
    candidates fit better, how many others there are, the post's seats no serving
    holder holds, and whether the rule lets them rise."""
    at = np.flatnonzero(kelas_rises(ctx, e, p))
    tenths = _tenths(ctx.jpm_of(e, p)[at] if len(at) else np.zeros(0))
    at, tenths = at[tenths >= 0], tenths[tenths >= 0]
    cand = _candidates(ctx, policy)
    higher, others = cand.outranked(ctx, e[at], p[at], tenths)
    seats = cand.free[p[at]]
    ok = (higher <= np.floor(policy.rise_among_best * others + 1e-9)) | (higher < seats)
    return at, tenths, higher, others, seats, ok


def rise_merit_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.rise_among_best``): a rise only for one among the best
    fitting of the post's candidates for it (see the module)."""
    if policy.rise_among_best is None:
        return None
    out = np.ones(len(edge_emp), dtype=bool)
    at, _, _, _, _, ok = _judged(ctx, edge_emp, edge_pos, policy)
    out[at] = ok
    return out


def rise_merit_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i``'s rise into ``q`` goes to others fitting better."""
    policy = comp.config.eligibility
    if policy.rise_among_best is None:
        return []
    at, tenths, higher, others, seats, ok = _judged(
        comp.context, np.array([i]), np.array([q]), policy
    )
    if not len(at) or ok[0]:
        return []
    return [
        msg(
            "explain.why_rise_merit",
            jpm=tenths[0] / 10,
            k=int(higher[0]),
            n=int(others[0]),
            share=policy.rise_among_best * 100,
            seats=int(seats[0]),
        )
    ]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="rise_merit",
    edge_rules=(rise_merit_ok,),
    reasons=(rise_merit_reasons,),
    messages={
        "explain.why_rise_merit": (
            "a move to a higher kelas jabatan at the same level of post goes to one among "
            "the best {share:g}% of its candidates by JPM there; of the {n} other serving "
            "official(s) at a lower kelas whom the rules open this post to, {k} have a "
            "higher JPM there than theirs ({jpm:.1f}), and the post has {seats} seat(s) "
            "that no serving holder holds (rise_among_best)",
            "perpindahan ke kelas jabatan yang lebih tinggi pada jenjang jabatan yang sama "
            "diberikan kepada salah satu dari {share:g}% kandidat terbaik menurut JPM di "
            "sana; dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi "
            "syarat jabatan ini, {k} memiliki JPM lebih tinggi di sana daripada JPM-nya "
            "({jpm:.1f}), dan jabatan ini memiliki {seats} formasi yang tidak diduduki "
            "pejabat yang aktif (rise_among_best)",
        ),
    },
)
