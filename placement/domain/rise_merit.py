"""Rises by merit: a kelas rise goes to one of the best of its candidates.

``eligibility.rise_among_best`` (a share, 0–1; null = no rule): a serving official
moves to a post of a higher kelas jabatan than their own, at the same rung of the
jabatan ladder (a Pelaksana to a Pelaksana post of a higher kelas: a mutasi the PPK
grants), only where, of the post's other candidates for such a rise (the serving
officials at a lower kelas and no higher rung whom the rules open it to), at most
that share rank above them by merit, or fewer than the post has seats that no serving
holder holds in the data (were all of them placed in those, a seat would be left for
this one). Merit is the JPM there (to one decimal, as the reasons quote it), then the
order of every seat contest (:func:`~placement.model.eligibility.merit_keys`: SKP
rating, golongan, service and age as the Daftar Urut Kepangkatan orders them): where
hundreds of candidates fit a post at JPM 100, the rise goes to the better rated and
the senior among them (review 56: a Baik III/b rose to another OPD over 67 at the
same JPM who ranked above her on both). With 0.25, a rise goes to one in the best
quarter of its candidates.

A promotion to a higher rung (a JF jenjang, a structural post) goes by procedures of
its own (angka kredit and uji kompetensi, the Tim Penilai Kinerja) and is not judged
here: review 40's licensed nurse, a Pelaksana, rises into a Perawat Mahir post with
empty seats. Where either rung is unknown (no kind or level in the data), a rise counts
as a promotion, as the moves' ``grade_change`` reads it, and is not judged.

``eligibility.rise_among_best_jf`` (with the share): a move into a JF post of a higher
rung is judged too: the seats of a jenjang are a contest where it has fewer free than
candidates ranking above, and the procedures above are the officer's check
(``jf_check``). ``steps``: a step up one's own functional family (the family is the
title without its level, :func:`~placement.domain.career.position_families`). Review
65: two Perawat Terampil were moved up to Perawat Ahli Pertama, a post over its
formasi, so that new hires could take their seats, while 8 of its other candidates
ranked above them. ``all``: an entry from another post or family as well (review 68: a
Pengelola Keuangan entered Pol PP Mahir a kelas up while 16 others had a higher JPM
there), but not an entry into a licensed family whose licence the person holds: review
40's nurse, entering her own profession, still rises. The candidates are those whom
the rule so judges, or whose rise is at the same rung (with ``steps``, an outsider's
entry does not bar a holder's own step up).

Reviews 53–55: a Pengadministrasi Pengawasan was moved to another OPD for a kelas
5 → 6 rise at JPM 75, while 223 of the 240 others open to the post had a higher JPM
there; ``min_jpm_category_to_rise`` (a floor on the JPM itself) cannot say that, and
at 80 it barred a licensed nurse from a Perawat Mahir post with empty seats, whose
few candidates fitted no better (review 40).

The candidates are read from the pairs every other rule allows
(:func:`~placement.model.eligibility.rule_edges` with this rule off), once per policy
(the share apart), so the rule gives one answer for a pair whichever pairs it is asked
about (the eligible edges, one person against every open post, explain). The
scenario's pins and bans do not change them: the rule ranks merit among those the
rules open a post to. A pair without a JPM
passes (what is not assessed is no failure); a candidate without one ranks below
every candidate with one. A move's reason says where a rise ranks (:func:`rise_note`).
"""

from __future__ import annotations

import numpy as np

from placement.domain.career import careers
from placement.domain.performance import empty_seats, rises
from placement.domain.profession import in_own_profession
from placement.i18n import msg
from placement.model.arrays import find_pairs
from placement.model.extension import Extension
from placement.model.levels import jabatan_rungs


def kelas_rises(ctx, e: np.ndarray, p: np.ndarray, policy=None, rivals: bool = False) -> np.ndarray:
    """Per pair: an open post of a higher kelas jabatan than the person's own
    (:func:`~placement.domain.performance.rises`) at the same or a lower rung of the
    jabatan ladder, both rungs known (an unknown one reads as a promotion), for one
    who may be placed (nobody excluded: they take no post, and are no candidate).
    With ``policy.rise_among_best_jf``, a JF post of a higher rung too (both rungs
    known): of the person's own functional family (``steps``), or also of another, not
    a licensed family whose licence they hold (``all``; :func:`rise_kind`). With
    ``rivals``, that one too: the rule lets them past, yet they are candidates for the
    post's seats all the same (review 83 H3: Deto Wididana, STR Epidemiolog, of the
    same JPM there and a higher golongan, was no rival in the count of a promotion into
    Epidemiolog Kesehatan Ahli Muda that read "the only candidate")."""
    rung = ctx.derived("jabatan_rungs", lambda: jabatan_rungs(ctx.org.positions))
    cur = np.maximum(ctx.emp("current_pos").astype(np.int64)[e], 0)
    jf = None if policy is None else policy.rise_among_best_jf
    with np.errstate(invalid="ignore"):
        now, there = rung[cur], rung[p]
        judged = there <= now
        if jf is not None:
            fam = careers(ctx, policy).pos_family  # -1: not a JF post
            up = (there > now) & (fam[p] >= 0)
            own = fam[p] == fam[cur]
            judged |= up & own
            if jf == "all" and rivals:
                judged |= up & ~own
            elif jf == "all":
                judged |= up & ~own & ~in_own_profession(ctx, e, p, policy)
    excluded = ctx.derived("excluded", lambda: _frozen(ctx.org.excluded))  # once, not per call
    return rises(ctx, e, p) & judged & (ctx.pos("headcount")[p] > 0) & ~excluded[e]


def _frozen(a: np.ndarray) -> np.ndarray:
    """``a``, read-only (an array the context hands out to every caller)."""
    a.flags.writeable = False
    return a


def rise_kind(ctx, i: int, q: int, policy) -> str:
    """``step`` where ``q`` is a JF post of a higher rung of ``i``'s own functional
    family, ``entry`` where it is one of another family (or ``i`` holds no JF post),
    else ``same`` (a kelas rise at the same rung, or no rise judged by rung)."""
    cur = int(ctx.emp("current_pos")[i])
    rung = ctx.derived("jabatan_rungs", lambda: jabatan_rungs(ctx.org.positions))
    fam = careers(ctx, policy).pos_family
    if cur < 0 or fam[q] < 0 or not rung[q] > rung[cur]:
        return "same"
    return "step" if fam[q] == fam[cur] else "entry"


def merit_rank(ctx) -> np.ndarray:
    """Per employee, a rank (0 first) in the order of every seat contest after the JPM
    (:func:`~placement.model.eligibility.merit_keys`), made once."""

    def compute() -> np.ndarray:
        from placement.model.eligibility import merit_keys  # the model imports the domain

        n = ctx.n_employees
        rank = np.empty(n, dtype=np.int64)
        rank[np.lexsort(merit_keys(ctx, np.arange(n)))] = np.arange(n)
        return rank

    return ctx.derived("merit_rank", compute)


class _Candidates:
    """Per post, the merit of its candidates for a rise, sorted: ``keys`` = post ×
    ``span`` + :meth:`score` (a candidate without a JPM: post × ``span``, below every
    score), and ``count`` per post; ``edges``: the pairs every other rule allows
    (sorted), to tell whether a person is among a post's candidates."""

    def __init__(self, ctx, policy) -> None:
        from placement.model.eligibility import rule_edges_of  # the model imports the domain

        e, p = rule_edges_of(ctx, policy.model_copy(update={"rise_among_best": None}))
        self.edges = (e, p)
        self.rank = merit_rank(ctx)
        self.n = ctx.n_employees
        # serving officials only: a new hire has no kelas
        up = kelas_rises(ctx, e, p, policy, rivals=True)
        e, p = e[up], p[up].astype(np.int64)
        tenths = _tenths(_rank_jpm(ctx, e, p, policy))
        self.top = int(max(tenths.max(initial=0), 0))
        self.span = (self.top + 2) * (self.n + 1)
        keys = p * self.span + np.where(tenths >= 0, self.score(e, tenths), 0)
        order = np.argsort(keys, kind="stable")
        self.keys, self.who = keys[order], e[order]
        self.count = np.bincount(p, minlength=ctx.n_positions)

    def score(self, e: np.ndarray, tenths: np.ndarray) -> np.ndarray:
        """Per candidate with a JPM (``tenths`` ≥ 0), a number that is higher the higher
        they rank: the JPM, then :func:`merit_rank` (no two people share one)."""
        return (tenths + 1) * (self.n + 1) + (self.n - self.rank[e])

    def above(self, e: np.ndarray, p: np.ndarray, tenths: np.ndarray):
        """Per pair (each with a JPM, ``tenths``): how many of the post's other
        candidates rank above the person there, and how many others it has."""
        p = p.astype(np.int64)
        lo, hi = self._span_above(e, p, tenths)
        others = self.count[p] - find_pairs(*self.edges, e, p)[1]
        return hi - lo, others

    def above_whom(self, i: int, q: int, tenths: int) -> np.ndarray:
        """The candidates who rank above employee ``i`` (JPM ``tenths``) for post
        ``q``, as :meth:`above` counts them (employee indices, the highest last)."""
        lo, hi = self._span_above(np.array([i]), np.array([q], dtype=np.int64), np.array([tenths]))
        return self.who[int(lo[0]) : int(hi[0])]

    def _span_above(self, e: np.ndarray, p: np.ndarray, tenths: np.ndarray):
        """Per pair, the slice of :attr:`keys` (and :attr:`who`) that ranks above it."""
        v = np.where(tenths > self.top, self.span - 1, self.score(e, np.minimum(tenths, self.top)))
        hi = np.searchsorted(self.keys, (p + 1) * self.span, side="left")
        return np.searchsorted(self.keys, p * self.span + v, side="right"), hi


def _rank_jpm(ctx, e: np.ndarray, p: np.ndarray, policy) -> np.ndarray:
    """The JPM of the pairs as the merit order reads it (``rise_among_best_jpm``):
    the scenario's, or each competency counted up to its standard (``gaps``)."""
    surplus = "min" if policy.rise_among_best_jpm == "gaps" else None
    return ctx.pair_jpm(e, p, surplus)[0]


def _tenths(jpm: np.ndarray) -> np.ndarray:
    """JPM in tenths (as quoted, to one decimal); -1 where a pair has none."""
    return np.where(np.isnan(jpm), -1, np.rint(np.nan_to_num(jpm) * 10)).astype(np.int64)


def _candidates(ctx, policy) -> _Candidates:
    """The :class:`_Candidates` of the policy, built once per context and policy (the
    share apart: a sweep over it reads one pool)."""
    cache = ctx.derived("rise_candidates", dict)
    base = policy.model_copy(update={"rise_among_best": None})
    key = (base.model_dump_json(), ctx.jpm_surplus, ctx.unassessed_jpm)
    if key not in cache:
        cache[key] = _Candidates(ctx, policy)
    return cache[key]


def _judged(ctx, e: np.ndarray, p: np.ndarray, policy):
    """For the pairs that are a rise with a JPM: their index, JPM (tenths), how many
    candidates rank above them, how many others there are, the post's seats no
    serving holder holds, and whether the rule lets them rise: by the share (1), by
    the seats (2) or not (0)."""
    at = np.flatnonzero(kelas_rises(ctx, e, p, policy))
    if not len(at):
        tenths = np.zeros(0, dtype=np.int64)
    elif policy.rise_among_best_jpm == "gaps":
        tenths = _tenths(_rank_jpm(ctx, e[at], p[at], policy))
    else:  # the context's edges read from its cache
        tenths = _tenths(ctx.jpm_of(e, p)[at])
    at, tenths = at[tenths >= 0], tenths[tenths >= 0]
    cand = _candidates(ctx, policy)
    higher, others = cand.above(e[at], p[at], tenths)
    seats = empty_seats(ctx)[p[at]]
    share = higher <= np.floor(policy.rise_among_best * others + 1e-9)
    ok = np.where(share, 1, np.where(higher < seats, 2, 0))
    return at, tenths, higher, others, seats, ok


def rise_merit_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.rise_among_best``): a rise only for one among the best
    fitting of the post's candidates for it (see the module)."""
    if policy.rise_among_best is None:
        return None
    out = np.ones(len(edge_emp), dtype=bool)
    at, _, _, _, _, ok = _judged(ctx, edge_emp, edge_pos, policy)
    out[at] = ok > 0
    return out


def rise_merit_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i``'s rise into ``q`` goes to others ranking above."""
    policy = comp.config.eligibility
    if policy.rise_among_best is None or not rises(comp.context, np.array([i]), np.array([q]))[0]:
        return []  # no kelas rise: nothing to judge (asked of every post near one person)
    at, tenths, higher, others, seats, ok = _judged(
        comp.context, np.array([i]), np.array([q]), policy
    )
    if not len(at) or ok[0]:
        return []
    kind = rise_kind(comp.context, i, q, policy)
    key = {"step": "explain.why_rise_merit_jf", "entry": "explain.why_rise_merit_entry"}.get(
        kind, "explain.why_rise_merit"
    )
    return [_said(key, policy, tenths, higher, others, seats)]


def rise_note(comp, i: int, q: int):
    """Extension ``rise_notes``: where employee ``i``'s kelas rise into ``q`` ranks
    among its candidates, and by which leg of the rule it is open to them; None where
    the rule is off, judges no such rise (a promotion to a higher rung that
    ``rise_among_best_jf`` does not take in, no JPM), or refuses it (a pin put them
    there)."""
    policy = comp.config.eligibility
    if policy.rise_among_best is None:
        return None
    at, tenths, higher, others, seats, ok = _judged(
        comp.context, np.array([i]), np.array([q]), policy
    )
    if not len(at) or not ok[0]:
        return None
    key = "reason.rise_merit_share" if ok[0] == 1 else "reason.rise_merit_seats"
    if not others[0]:  # review 59: "of the 0 other …, 0 rank above" said nothing
        key = "reason.rise_merit_alone"
    return _said(key, policy, tenths, higher, others, seats)


def ranked_above(comp, i: int, q: int) -> np.ndarray | None:
    """Extension ``rise_rivals``: the candidates who rank above employee ``i`` for a
    rise into ``q`` that the rule lets them make (:func:`rise_note`'s count, by name),
    the highest first;
    None where it judges no such rise. Review 146 F2: a promotion into P0087 read "the
    plan promotes 3 into it, who may be among them", of whom one ranked above, while
    the two best ranked stayed Perawat Terampil."""
    policy = comp.config.eligibility
    if policy.rise_among_best is None:
        return None
    ctx = comp.context
    at, tenths, _, _, _, ok = _judged(ctx, np.array([i]), np.array([q]), policy)
    if not len(at) or not ok[0]:
        return None
    return _candidates(ctx, policy).above_whom(i, q, int(tenths[0]))[::-1]  # highest first


def _said(key: str, policy, tenths, higher, others, seats):
    """The message ``key`` with the figures of one judged pair, and the merit order
    it reads (``rise_among_best_jpm``)."""
    gaps = policy.rise_among_best_jpm == "gaps"
    return msg(
        key,
        jpm=tenths[0] / 10,
        k=int(higher[0]),
        n=int(others[0]),
        share=policy.rise_among_best * 100,
        seats=int(seats[0]),
        merit=msg("rise.merit_gaps" if gaps else "rise.merit"),
        reading=msg("rise.reading_gaps") if gaps else "",
        # the figure it ranks by, where it may differ from the JPM the reason quotes
        ranked=msg("rise.ranked_gaps", jpm=tenths[0] / 10) if gaps else "",
    )


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="rise_merit",
    edge_rules=(rise_merit_ok,),
    reasons=(rise_merit_reasons,),
    rise_notes=(rise_note,),
    rise_rivals=(ranked_above,),
    messages={
        "rise.merit": (
            "by merit (the JPM there, then SKP rating, golongan, service and age)",
            "menurut merit (JPM di sana, lalu predikat SKP, golongan, masa kerja dan usia)",
        ),
        "rise.merit_gaps": (
            "by merit (the JPM there with each competency counted up to its standard, then "
            "SKP rating, golongan, service and age)",
            "menurut merit (JPM di sana dengan setiap kompetensi dihitung sampai standarnya, "
            "lalu predikat SKP, golongan, masa kerja dan usia)",
        ),
        "rise.ranked_gaps": (
            " (its JPM there so counted: {jpm:.1f})",
            " (JPM-nya di sana bila dihitung demikian: {jpm:.1f})",
        ),
        "rise.reading_gaps": (
            ", each competency counted up to its standard",
            ", setiap kompetensi dihitung sampai standarnya",
        ),
        "explain.why_rise_merit": (
            "a move to a higher kelas jabatan at the same level of post goes to one among "
            "the best {share:g}% of its candidates {merit}; of the {n} other "
            "serving official(s) at a lower kelas whom the rules open this post to, {k} "
            "rank above this person (JPM {jpm:.1f} there{reading}), and the post has {seats} "
            "seat(s) that no serving holder holds (rise_among_best)",
            "perpindahan ke kelas jabatan yang lebih tinggi pada jenjang jabatan yang sama "
            "diberikan kepada salah satu dari {share:g}% kandidat terbaik {merit}; "
            "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
            "jabatan ini, {k} berperingkat di atas pegawai ini (JPM {jpm:.1f} di sana{reading}), "
            "dan jabatan ini memiliki {seats} formasi yang tidak diduduki pejabat yang "
            "aktif (rise_among_best)",
        ),
        "explain.why_rise_merit_jf": (
            "a promotion to a higher jenjang of one's own functional family goes to one "
            "among the best {share:g}% of the post's candidates {merit}, or to one "
            "for whom a seat is left when each who ranks above has one; of the {n} other "
            "candidates the rule ranks for this post (serving officials at a lower kelas "
            "whom the rules open it to), {k} rank above this person (JPM {jpm:.1f} "
            "there{reading}), and the post has {seats} "
            "seat(s) that no serving holder holds (rise_among_best_jf)",
            "kenaikan ke jenjang yang lebih tinggi dalam rumpun jabatan fungsionalnya "
            "sendiri diberikan kepada salah satu dari {share:g}% kandidat terbaik "
            "{merit}, atau kepada pegawai yang masih mendapat formasi setelah setiap "
            "kandidat di atasnya mendapat satu; dari {n} kandidat lain yang diperingkat "
            "aturan ini untuk jabatan ini (pejabat dari kelas jabatan lebih rendah yang "
            "memenuhi syaratnya), {k} berperingkat di atas pegawai ini (JPM {jpm:.1f} di "
            "sana{reading}), dan jabatan ini memiliki {seats} "
            "formasi yang tidak diduduki pejabat yang aktif (rise_among_best_jf)",
        ),
        "explain.why_rise_merit_entry": (
            "a promotion into a functional post from another post or family goes to one "
            "among the best {share:g}% of the post's candidates {merit}, or to one "
            "for whom a seat is left when each who ranks above has one; of the {n} other "
            "candidates the rule ranks for this post (serving officials at a lower kelas "
            "whom the rules open it to), {k} rank above this person (JPM {jpm:.1f} "
            "there{reading}), and the post has {seats} "
            "seat(s) that no serving holder holds (rise_among_best_jf: all)",
            "perpindahan ke jabatan fungsional yang lebih tinggi dari jabatan atau rumpun "
            "lain diberikan kepada salah satu dari {share:g}% kandidat terbaik "
            "{merit}, atau kepada pegawai yang masih mendapat formasi setelah setiap "
            "kandidat di atasnya mendapat satu; dari {n} kandidat lain yang diperingkat "
            "aturan ini untuk jabatan ini (pejabat dari kelas jabatan lebih rendah yang "
            "memenuhi syaratnya), {k} berperingkat di atas pegawai ini (JPM {jpm:.1f} di "
            "sana{reading}), dan jabatan ini memiliki {seats} "
            "formasi yang tidak diduduki pejabat yang aktif (rise_among_best_jf: all)",
        ),
        "reason.rise_merit_share": (
            "of the {n} other serving official(s) at a lower kelas whom the rules open this "
            "post to, {k} rank above this person {merit}{ranked}: within the best "
            "{share:g}% (rise_among_best)",
            "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
            "jabatan ini, {k} berperingkat di atas pegawai ini {merit}{ranked}: termasuk "
            "{share:g}% terbaik (rise_among_best)",
        ),
        "reason.rise_merit_alone": (
            "no other serving official at a lower kelas may take this post under the rules: "
            "the only candidate for the rise (rise_among_best)",
            "tidak ada pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
            "jabatan ini: satu-satunya kandidat (rise_among_best)",
        ),
        "reason.rise_merit_seats": (
            "of the {n} other serving official(s) at a lower kelas whom the rules open this "
            "post to, {k} rank above this person {merit}{ranked}, and the post has {seats} "
            "seat(s) that no serving holder holds: one for each of them and for this "
            "person (rise_among_best)",
            "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
            "jabatan ini, {k} berperingkat di atas pegawai ini {merit}{ranked}, dan jabatan "
            "ini memiliki {seats} formasi yang tidak diduduki pejabat yang aktif: cukup "
            "untuk mereka semua dan pegawai ini (rise_among_best)",
        ),
    },
)
