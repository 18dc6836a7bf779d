"""Performance (SKP) rules of a move up, and who makes a structural appointment.

A post of a higher kelas jabatan (a promosi, or a kelas step at the same level) asks
for a performance rating of at least
Baik in the last two years (the roster carries one rating: the SKP predicate, column
``performance``). The eligibility option ``min_performance_to_rise`` (a predicate:
Baik, Sangat Baik, …; null = no rule, the engine's default) makes it a hard rule:
:func:`rise_performance_ok`, an extension edge rule, takes from people rated below it
every post of a higher kelas jabatan than their own. A person without a rating is not
limited (not assessed is not a failure; the report's ``skp_check`` flag and the
summary leave that check to the officer), nor is a new hire or a person whose post
has no kelas jabatan, nor anyone's own post. A perpindahan into a functional family
from outside it asks for at least Baik in the last year as well:
``min_performance_to_enter_jf`` (:func:`jf_entry_performance_ok`) takes from people
rated below it every JF post of another family (a JF holder's own family stays open).

An appointment to an Administrator or Pengawas post is the Tim Penilai Kinerja's to
consider, and a JPT post is filled by open selection (Pansel). With the eligibility
option ``structural_appointments: selection``, :func:`structural_ok` (an edge rule)
leaves those choices to them: the plan moves nobody into an Administrator or Pengawas
post but from another structural post at the same rung of
:data:`~placement.model.levels.JABATAN_RUNGS` or above (Kasi to Kasi stays open; a JF
Ahli Muda, of the Pengawas rung, entering a Kasi post does not, nor a new hire), and
nobody into a JPT post but their own. A move across takes only a seat no serving
holder holds (nobody excluded holds one: past retirement age on the reference date, or
not active), and only one whose post has no seat for them (closed, or over-filled: any
of its holders, the plan chooses who)
moves across (a converted Kasubbag keeps the JF post): the plan moves no sitting
official aside for another, and rotates none. The seats left empty are marked in the
vacancies (``selection``: ``tpk`` or ``pansel``) for ``placement shortlist``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.domain.nip import domain_state
from placement.i18n import msg
from placement.model.extension import Extension
from placement.model.levels import (
    JF_TRACK_RUNGS,
    PERFORMANCE,
    jabatan_rungs,
    selection_boards,
    skp_order,
)
from placement.model.stability import (
    context_hashes,
    context_merit,
    current_reference,
    step_priority,
    step_ups,
)
from placement.model.terms import register_term, serving

#: Levels of a JA post whose appointments the Tim Penilai Kinerja considers.


def _levels(ctx) -> np.ndarray:
    """Per employee: the SKP predicate's index in ``PERFORMANCE``, -1 without one (read
    once per context: a reason asks about one pair at a time)."""
    return ctx.derived(
        "perf_levels", lambda: np.nan_to_num(ctx.emp("perf_level").astype(float), nan=-1.0)
    )


def rated(ctx) -> np.ndarray:
    """bool per employee: an SKP predicate is given."""
    return _levels(ctx) >= 0


def rated_below(ctx, need: str) -> np.ndarray:
    """bool per employee: an SKP predicate is given and it is below ``need``."""
    level = _levels(ctx)
    return (level >= 0) & (level < PERFORMANCE.index(need))


def rises(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the post's kelas jabatan is above that of the person's current post
    (False when either is unknown, or for a new hire)."""
    with np.errstate(invalid="ignore"):
        return ctx.pos("grade")[edge_pos] > ctx.current_grade[edge_emp]


def rise_performance_ok(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy
) -> np.ndarray | None:
    """Edge rule (``eligibility.min_performance_to_rise``): people rated below the
    minimum take no post of a higher kelas jabatan than their own."""
    need = policy.min_performance_to_rise
    if need is None:
        return None
    weak = rated_below(ctx, need)
    if not weak.any():
        return None
    return ~(weak[edge_emp] & rises(ctx, edge_emp, edge_pos))


def steps_up(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the post is a step up from the person's current post, as the rule for
    ties reads one (:func:`~placement.model.stability.step_ups`): a higher kelas
    jabatan or a higher priority; for a person without a current post in the data (a
    new hire, a closed post), a priority above 1, the default."""
    cur = ctx.emp("current_pos").astype(np.int64)
    priority = step_priority(ctx)
    up = step_ups(current_reference(cur), edge_emp, edge_pos, ctx.pos("grade"), priority)
    return up | ((cur[edge_emp] < 0) & (priority[edge_pos] > 1.0))


#: what the ``skp_step`` term counts per SKP rating on a step up: the rating steps
#: below Baik (Butuh Perbaikan 1, Kurang 2, Sangat Kurang 3; Baik, Sangat Baik and no
#: rating 0: not assessed is no failure)
SKP_STEP_POINTS = np.maximum(PERFORMANCE.index("Baik") - np.arange(len(PERFORMANCE)), 0)


def _steps_below_baik(ctx) -> np.ndarray:
    """float per employee: :data:`SKP_STEP_POINTS` of their rating, what both terms
    count per person."""
    return SKP_STEP_POINTS[skp_order(ctx.emp("perf_level"))].astype(float)


@register_term(
    "skp_step",
    sense="penalty",
    weight=3.0,
    description="a step up (a post of a higher kelas or priority than one's own) taken by "
    "someone rated below Baik: per rating step below Baik (Butuh Perbaikan 1, Kurang 2, "
    "Sangat Kurang 3), times the step (1 for a higher kelas; 1 plus a tenth per unit of "
    "priority gained, up to one unit, for a higher priority); off unless weighted",
    label_id="Jabatan lebih tinggi bagi predikat SKP di bawah Baik",
)
def skp_step(ctx) -> np.ndarray:
    """Per edge: :data:`SKP_STEP_POINTS` of the person's rating times the step's size
    (:func:`step_size`) where the post is a step up (:func:`steps_up`), 0 elsewhere.
    Review 38: the SKP had no weight in the
    objective, so people rated Kurang and Sangat Kurang took priority posts for 0.2 to
    3 points of fit over colleagues rated Sangat Baik or Baik; weighted 3, a colleague
    rated Baik takes it unless the weaker fits more than 3 points better per rating
    step. A penalty only: it decides who takes a step up, and never makes one worth
    taking (a reward for Sangat Baik had moved people for the reward alone)."""
    e, p = ctx.edge_emp, ctx.edge_pos
    return np.where(steps_up(ctx, e, p), _steps_below_baik(ctx)[e] * step_size(ctx, e, p), 0.0)


#: what a step up's charge rises by per unit of priority gained (up to one unit)
STEP_GAIN_SHARE = 0.1


def step_size(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair that is a step up (:func:`steps_up`): how large a step, as ``skp_step``
    weighs it: 1 for a higher kelas jabatan; for a higher priority at no higher kelas,
    1 plus :data:`STEP_GAIN_SHARE` per unit of priority gained over one's own post (over
    1, the default, for one without a post), up to one unit. Review 59: charged the
    same for any priority step, a desk of priority 2 and one of 1.54 cost a holder
    rated Sangat Kurang alike (from her 1), and the plan put her in the first and a
    colleague rated Sangat Baik in the second at the same total; with the gain counted,
    the better rated takes the larger step. Review 60: charged in proportion to the gain
    alone, a step of 0.12 cost 0.7 points, and one rated Kurang took the seat of a
    colleague rated Baik whose kelas rise it was: the whole charge stays, the gain only
    adds to it. At most 1.1, so staying in an over-filled post (``skp_seat``, twice the
    weight) still costs the weaker more than any step up out of it."""
    cur = ctx.emp("current_pos").astype(np.int64)[edge_emp]
    priority = step_priority(ctx)
    grade = ctx.pos("grade").astype(float)
    own = np.where(cur >= 0, priority[np.maximum(cur, 0)], 1.0)
    gain = np.nan_to_num(priority[edge_pos] - own, nan=0.0)
    with np.errstate(invalid="ignore"):  # an unknown kelas is no rise
        rise = (cur >= 0) & (grade[edge_pos] > grade[np.maximum(cur, 0)])
    return np.where(rise, 1.0, 1.0 + STEP_GAIN_SHARE * np.clip(gain, 0.0, 1.0))


def over_filled_holders(ctx) -> np.ndarray:
    """bool per employee: holds a post whose holders who may keep a seat of its formasi
    outnumber it, and is among the weakest rated of those who could leave it, as many as
    it has too many: those with an edge to their own post (the context's edges), less
    those kept over formasi on a seat of their own (``ctx.supernumerary``), count; of
    them, those with another edge could leave, and their rating steps below Baik, the
    worst first, then the least merited (golongan, service, age, as the rule for ties
    reads them; then a fixed hash of the id), pick the weakest. Not counted: those the
    rules leave without their post (not placeable, or who yield their seat to the
    holders who meet its rules: ``qualified_holders_first``). Review 46: P0102 had 40
    holders for 30 seats, 27 of them meeting its rules; the 3 seats left went to holders
    who miss them, and the others yielded theirs or were kept over formasi. Counted on
    all 40, the seat cost a qualified holder rated Sangat Kurang 18 points, so she was
    moved to another OPD while a holder who misses the field, rated as she is, kept his
    seat. Review 48: P0417 had 6 such holders for 5 seats, and both its holders rated
    below Baik (Butuh Perbaikan and Sangat Kurang) were charged and left, where one had
    to. Review 80 H1: P0553 had 25 such holders for 22 seats, five of them rated Kurang;
    all five were charged (all of a rating tied at the last place picked) and left,
    where three had to."""
    return _over_filled(ctx)[0]


def _over_filled(ctx) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`over_filled_holders`, and per post: over-filled (bool) and the rating
    steps below Baik of the last of its weakest rated picked (0: none picked)."""
    n = ctx.n_employees
    cur = ctx.emp("current_pos").astype(np.int64)
    e, p = ctx.edge_emp, ctx.edge_pos
    own = e[p == cur[e]]  # one edge per pair: each holder at most once
    if ctx.supernumerary is not None:
        own = own[~ctx.supernumerary[own]]
    post = cur[own]
    excess = np.bincount(post, minlength=ctx.n_positions) - ctx.pos("headcount").astype(np.int64)
    keep = excess[post] > 0
    own, post = own[keep], post[keep]
    steps = _steps_below_baik(ctx)[own]
    movable = np.bincount(e, minlength=n)[own] > 1  # another post open to them
    # per post, the movable holders the worst rated first, then the least merited
    # (whatever the rows' order): as many as the post has too many are picked
    merit = context_merit(ctx)[own]
    tie = context_hashes(ctx)[0][own]
    order = np.lexsort((tie, merit, -steps, post))
    order = order[movable[order]]
    at, worst = post[order], steps[order]
    first = np.searchsorted(at, at)
    rank = np.arange(len(at)) - first
    last = excess[at] - 1  # index of the last one to leave
    picked = order[(rank <= last) & (worst > 0)]
    # the rating steps of the last one picked (the least of the picked): 0 for none
    bar = np.full(ctx.n_positions, np.inf)
    np.minimum.at(bar, post[picked], steps[picked])
    bar[np.isinf(bar)] = 0.0
    out = np.zeros(n, dtype=bool)
    out[own[picked]] = True
    return out, excess > 0, bar


@register_term(
    "skp_seat",
    sense="penalty",
    weight=6.0,
    description="a holder rated below Baik keeping a seat of an over-filled post (more "
    "holders who may keep a seat of it than formasi), among the weakest rated of as many "
    "as it has too many: per rating step below Baik (Butuh Perbaikan 1, Kurang 2, Sangat "
    "Kurang 3): the weaker give up such seats first unless they fit them clearly better; "
    "one rated below Baik who takes such a seat from outside it pays as much as the "
    "weakest holder charged there, or their own rating's, whichever is more; off unless "
    "weighted",
    label_id="Predikat SKP di bawah Baik pada jabatan yang formasinya berlebih",
)
def skp_seat(ctx) -> np.ndarray:
    """Per edge: :data:`SKP_STEP_POINTS` of the person's rating on their own post where
    it is over-filled and they are among its weakest rated who could leave it
    (:func:`over_filled_holders`); on a post so over-filled that is not their own, for
    one rated below Baik, the steps of the last of its weakest picked or their own,
    whichever is more; 0 elsewhere. Review 39: with ``skp_step`` alone, leaving an
    over-filled post where only priority desks were free cost a Sangat Kurang holder 9
    points, so she kept her seat and a colleague rated Baik, in service since 1996, was
    moved to another OPD; charging her staying as much as a step up (review 40) still
    let 1.04 points of fit decide so. Weighted twice ``skp_step`` (12 against 6 in the
    bundled scenarios), staying costs the weaker more than a step up out of the post,
    and a step up more than a move across: the better rated keep the seats, and the
    weaker leave for a post of the same priority before a priority desk. Review 80 H1:
    in `quota` two holders rated Kurang of two over-filled Pengadministrasi Umum posts
    swapped them, each to shed the charge on staying (Zuman Lemangan, JPM 100 in P0553,
    left it for Deyadi Radra Rosid at JPM 72.2 there): one rated below Baik pays on
    entering what staying would cost. One rated Baik or not rated pays nothing on
    entering: a seat the holders free beyond what the post has too many is filled
    (review 82: charged to all, P0442 kept a seat empty)."""
    e, p = ctx.edge_emp, ctx.edge_pos
    cur = ctx.emp("current_pos").astype(np.int64)
    held, over, bar = _over_filled(ctx)
    steps = _steps_below_baik(ctx)[e]
    own = p == cur[e]
    enters = np.where(~own & over[p] & (steps > 0), np.maximum(steps, bar[p]), 0.0)
    return np.where(held[e] & own, steps, enters)


def jf_entries(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the post is a JF post of a known level (a rung of
    :data:`~placement.model.levels.JF_TRACK_RUNGS`) that the person enters from
    outside its family: from a JA or JPT post, another family, no post (a new hire),
    or where the post's family is unknown (as the moves' ``skp_check`` counts an
    entry). One's own post is never an entry. Families one licence covers are one JF
    (``licensed_families``: Guru Kelas and Guru Mata Pelajaran are both JF Guru, a
    move between them no perpindahan; review 43)."""

    def compute() -> np.ndarray:
        from placement.domain.career import covering, normalise, position_families  # start-up
        from placement.model.config import LICENSED_FAMILIES  # start-up time

        org = ctx.org
        pos = org.positions
        policy = ctx.eligibility
        licensed = LICENSED_FAMILIES if policy is None else policy.licensed_families
        covers = dict.fromkeys((normalise(k) for k in licensed), "")
        fam = position_families(org).map(normalise).to_numpy(dtype=object)
        fam = np.array([covering(f, covers) or f for f in fam.tolist()], dtype=object)
        named = np.array([isinstance(f, str) and f != "" for f in fam], dtype=bool)
        level = pos["level"].astype(object).fillna("").astype(str).str.lower()
        level = level.str.split().str.join(" ")  # "Ahli  Muda" as "ahli muda"
        jf = (pos["kind"].astype(str) == "JF").to_numpy() & level.isin(JF_TRACK_RUNGS).to_numpy()
        keyed = [f if ok else None for f, ok in zip(fam.tolist(), named.tolist(), strict=True)]
        codes = pd.factorize(pd.Series(keyed, dtype="object"))[0]
        return np.stack([jf, named, codes]).astype(np.int64)

    jf, named, code = ctx.derived("jf_families", compute)
    cur = ctx.emp("current_pos").astype(np.int64)[edge_emp]
    at = np.maximum(cur, 0)
    same = (cur >= 0) & (jf[at] == 1) & (named[edge_pos] == 1) & (code[at] == code[edge_pos])
    return (jf[edge_pos] == 1) & ~same & (cur != edge_pos)


def jf_entry_performance_ok(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy
) -> np.ndarray | None:
    """Edge rule (``eligibility.min_performance_to_enter_jf``): people rated below the
    minimum enter no JF family from outside it (:func:`jf_entries`)."""
    need = policy.min_performance_to_enter_jf
    if need is None:
        return None
    weak = rated_below(ctx, need)
    if not weak.any():
        return None
    return ~(weak[edge_emp] & jf_entries(ctx, edge_emp, edge_pos))


def _structural_entries(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the post is a structural post (JPT, Administrator, Pengawas) other
    than the person's own."""
    board = _boards_and_rungs(ctx)[0]
    return (board[edge_pos] != "") & (ctx.emp("current_pos")[edge_emp] != edge_pos)


def structural_performance_ok(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy
) -> np.ndarray | None:
    """Edge rule (``eligibility.min_performance_for_structural``): people rated below
    the minimum are appointed to no structural post but their own (review 40: a
    Kasubbag rated Butuh Perbaikan, his post closed, was moved across into a priority
    Kasi post that a colleague rated Baik could take for 3.3 points)."""
    need = policy.min_performance_for_structural
    if need is None:
        return None
    weak = rated_below(ctx, need)
    if not weak.any():
        return None
    return ~(weak[edge_emp] & _structural_entries(ctx, edge_emp, edge_pos))


def structural_performance_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is a structural post other than their own for
    ``i``, whose SKP rating is below ``min_performance_for_structural``."""
    need = comp.config.eligibility.min_performance_for_structural
    ctx = comp.context
    if need is None or not rated_below(ctx, need)[i]:
        return []
    if not _structural_entries(ctx, np.array([i]), np.array([q]))[0]:
        return []
    rating = PERFORMANCE[int(ctx.emp("perf_level")[i])]
    return [msg("explain.why_performance_structural", rating=rating, need=need)]


def shut_ways(comp, i: int) -> list:
    """Extension ``shut_ways``: official ``i``, rated below
    ``min_performance_to_enter_jf``, enters no functional family from outside it;
    rated below ``min_performance_for_structural``, takes no structural post."""
    ctx = comp.context
    policy = comp.config.eligibility
    out = []
    for way, need, key in (
        ("jf", policy.min_performance_to_enter_jf, "decision.no_jf_skp"),
        ("structural", policy.min_performance_for_structural, "decision.no_structural_skp"),
    ):
        if need is not None and rated_below(ctx, need)[i]:
            rating = PERFORMANCE[int(ctx.emp("perf_level")[i])]
            out.append((way, msg(key, need=need, rating=rating)))
    return out


def jf_entry_performance_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` enters a JF family for ``i``, whose SKP rating is
    below ``min_performance_to_enter_jf``."""
    need = comp.config.eligibility.min_performance_to_enter_jf
    ctx = comp.context
    if need is None or not rated_below(ctx, need)[i]:
        return []
    if not jf_entries(ctx, np.array([i]), np.array([q]))[0]:
        return []
    rating = PERFORMANCE[int(ctx.emp("perf_level")[i])]
    # a new hire's is a first appointment, not a perpindahan (review 80 M1: Lira
    # Harita, a CPNS, was told the perpindahan rule kept her out of Sanitarian)
    # (one whose post closed serves still: review 82)
    key = "explain.why_performance_jf" if serving(ctx)[i] else "explain.why_performance_jf_first"
    return [msg(key, rating=rating, need=need)]


def rise_performance_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is a promosi for ``i``, whose SKP rating is below
    ``min_performance_to_rise``."""
    need = comp.config.eligibility.min_performance_to_rise
    ctx = comp.context
    if need is None or not rated_below(ctx, need)[i]:
        return []
    if not rises(ctx, np.array([i]), np.array([q]))[0]:
        return []
    rating = PERFORMANCE[int(ctx.emp("perf_level")[i])]
    return [
        msg(
            "explain.why_performance_rise",
            rating=rating,
            need=need,
            now=int(ctx.current_grade[i]),
            grade=int(ctx.pos("grade")[q]),
        )
    ]


def _boards_and_rungs(ctx) -> tuple[np.ndarray, np.ndarray]:
    """(:func:`selection_boards`, jabatan rungs) of a context's posts, made once."""
    return (
        ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions)),
        ctx.derived("jabatan_rungs", lambda: jabatan_rungs(ctx.org.positions)),
    )


def _standing(ctx) -> tuple[np.ndarray, np.ndarray]:
    """Per employee: holds a structural post, and its rung (NaN: no post), as the
    scenario has it or as the data had it, whichever is structural and higher: a
    Kasubbag whose post a scenario converts into a JF post (penyetaraan) or closes
    is still a Pengawas by career (review 36: two IV/c Kasubbag were left without a
    post in penyetaraan, where every other scenario moved them across)."""

    def compute() -> np.ndarray:
        board, rung = _boards_and_rungs(ctx)
        cur = ctx.emp("current_pos").astype(np.int64)
        held = cur >= 0
        at = np.maximum(cur, 0)
        structural = held & (board[at] != "")
        own = np.where(held, rung[at], np.nan)
        src = domain_state(ctx.extras).get("talent_source")
        if src is not None and src is not ctx.org and len(src.positions):
            was = pd.Index(src.positions["id"].astype(str)).get_indexer(ctx.pos_ids[at])
            ok = held & (was >= 0)
            k = np.maximum(was, 0)
            b0, r0 = selection_boards(src.positions)[k], jabatan_rungs(src.positions)[k]
            before = ok & (b0 != "")
            with np.errstate(invalid="ignore"):
                own = np.where(before & ~(own >= r0), r0, own)
            structural = structural | before
        return np.stack([structural.astype(float), own])

    both = ctx.derived("structural_standing", compute)
    return both[0].astype(bool), both[1]


def empty_seats(ctx) -> np.ndarray:
    """Per post, how many seats of its formasi no serving holder holds in the data
    (nobody excluded holds one: past retirement age, or not active); none for a post
    over-filled. Made once."""

    def compute() -> np.ndarray:
        cur = ctx.emp("current_pos").astype(np.int64)
        holders = np.bincount(cur[(cur >= 0) & ~ctx.org.excluded], minlength=ctx.n_positions)
        return np.maximum(ctx.pos("headcount").astype(np.int64) - holders, 0)

    return ctx.derived("empty_seats", compute)


def _seats(ctx) -> tuple[np.ndarray, np.ndarray]:
    """Per post, a seat of its formasi that no serving holder holds in the data
    (:func:`empty_seats`); per employee, whether they are a structural official
    (:func:`_standing`: their post converted by penyetaraan too) whose post keeps a seat
    for each of its holders: a sitting official, not one whose post a scenario closes
    or over-fills (each holder of an over-filled post may then move across; the plan
    chooses who). Made once."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        cur = ctx.emp("current_pos").astype(np.int64)
        serving = (cur >= 0) & ~ctx.org.excluded
        empty = empty_seats(ctx)
        hc = ctx.pos("headcount").astype(np.int64)
        keeps = hc >= np.bincount(cur[serving], minlength=ctx.n_positions)  # not over-filled
        structural = _standing(ctx)[0]  # a Kasubbag whose post penyetaraan converts too
        return empty > 0, serving & structural & keeps[np.maximum(cur, 0)]

    return ctx.derived("structural_seats", compute)


def _parts(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> dict[str, np.ndarray]:
    """Per pair, bool: ``tpk``/``pansel`` (the post's appointing body), ``own`` (their
    own post), ``across`` (from a structural post at its rung or above), ``sitting``
    (a sitting structural official: :func:`_seats`), ``vacant`` (the post has a seat
    no serving holder holds)."""
    board, rung = _boards_and_rungs(ctx)
    cur = ctx.emp("current_pos").astype(np.int64)
    standing, own_rung = _standing(ctx)
    with np.errstate(invalid="ignore"):  # unknown (a new hire) compares False: not across
        across = standing[edge_emp] & (own_rung[edge_emp] >= rung[edge_pos])
    vacant, sitting = _seats(ctx)
    b = board[edge_pos]
    return {
        "tpk": b == "tpk",
        "pansel": b == "pansel",
        "own": cur[edge_emp] == edge_pos,
        "across": across,
        "sitting": sitting[edge_emp],
        "vacant": vacant[edge_pos],
    }


def _selected(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
    """Per pair: the appointment is the Tim Penilai Kinerja's or the Pansel's under
    ``structural_appointments: selection`` (see the module): into an Administrator or
    Pengawas post from below or from outside, or across by a sitting official, or
    across into a post whose seats are all held; into a JPT post not their own. A move
    across is the plan's only for one whose post has no seat for them (closed or
    over-filled), into a seat no one holds: the plan moves no sitting official aside
    for another, and rotates none (review 54: three Kasubbag of a closed secretariat
    took other offices' held posts and set off a chain of seven structural moves, one
    left without a post; replace rotated three Kasi in a chain). Bools only: it runs
    over every pair of a large roster."""
    return _selected_of(_parts(ctx, edge_emp, edge_pos))


def _selected_of(x: dict) -> np.ndarray:
    """:func:`_selected` from the pairs' :func:`_parts`."""
    aside = ~x["own"] & (x["sitting"] | ~x["vacant"])
    return (x["tpk"] & (~x["across"] | aside)) | (x["pansel"] & ~x["own"])


def _why_selected(ctx, i: int, q: int) -> str:
    """Why :func:`_selected` holds for the pair (``i``, ``q``): ``up``, ``sitting``,
    ``held`` or ``pansel``; '' where it does not."""
    parts = _parts(ctx, np.array([i]), np.array([q]))
    if not _selected_of(parts)[0]:
        return ""
    x = {k: bool(v[0]) for k, v in parts.items()}
    if x["pansel"]:
        return "pansel"
    if not x["across"]:
        return "up"
    return "sitting" if x["sitting"] else "held"


def structural_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.structural_appointments: selection``): no move into an
    Administrator or Pengawas post but across from another structural post (by one
    whose post has no seat for them, into a seat no one holds), no move into another
    JPT post."""
    if policy.structural_appointments != "selection":
        return None
    return ~_selected(ctx, edge_emp, edge_pos)


def structural_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``q`` is an appointment the Tim Penilai Kinerja or the
    Pansel makes, not the plan."""
    ctx = comp.context
    if comp.config.eligibility.structural_appointments != "selection":
        return []
    why = _why_selected(ctx, i, q)
    if not why:
        return []
    return [msg({"up": "explain.why_selection_tpk"}.get(why, f"explain.why_selection_{why}"))]


def extend_tables(result, tables: dict) -> None:
    """The placements' ``skp_check`` (``skp_priority`` or blank) and ``skp_note``
    for a person without a post of their own (a new hire) rated below Baik whom the
    plan places in a post of a priority above 1 (the moves list carries the movers'):
    the note a mover's reason ends with (:func:`~placement.model.priority_steps.
    hire_step_notes`; review 60: two such hires were counted in the summary and named
    nowhere). The vacancies an appointing body fills under ``structural_appointments:
    selection``: column ``selection`` (``tpk``, ``pansel`` or blank)."""
    comp = result.compiled
    pl = tables.get("placements")
    if comp is not None and pl is not None and result.assignment is not None and len(pl):
        from placement.model.priority_steps import hire_step_notes  # start-up time

        notes = hire_step_notes(result)
        ids = np.asarray(comp.context.emp_ids, dtype=object)[list(notes)].astype(str)
        at = pd.Index(pl["employee_id"].astype(str)).get_indexer(ids)
        flagged = np.zeros(len(pl), dtype=bool)
        flagged[at] = True
        note = np.full(len(pl), "", dtype=object)
        note[at] = list(notes.values())
        pl["skp_check"] = np.where(flagged, "skp_priority", "")
        pl["skp_note"] = pd.Series(note, index=pl.index, dtype=object)
    vac = tables.get("vacancies")
    if comp is None or vac is None:
        return
    if comp.config.eligibility.structural_appointments != "selection":
        return
    board = _boards_and_rungs(comp.context)[0]
    at = pd.Index(comp.context.pos_ids).get_indexer(vac["position"].astype(str))
    # a row with no vacant seat (a holder kept over formasi) leaves nothing to fill
    open_ = vac["vacant"].to_numpy() > 0 if "vacant" in vac else True
    vac["selection"] = np.where((at >= 0) & open_, board[np.maximum(at, 0)], "")


def weak_step_ups(result) -> np.ndarray:
    """bool per employee: rated below Baik and given a step up by the placement
    (:func:`steps_up`: a higher kelas or priority than their own post, a priority above 1
    without one), moves and new hires alike: those the objective term ``skp_step``
    charges. All False without a compiled scenario or a placement."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        return np.zeros(0, dtype=bool)
    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    who = np.flatnonzero((a >= 0) & (a != cur) & rated_below(ctx, "Baik"))
    out = np.zeros(ctx.n_employees, dtype=bool)
    out[who] = steps_up(ctx, who, a[who])
    return out


def extend_kpis(result) -> dict:
    """Extension ``kpis``: ``step_ups_below_baik``, how many :func:`weak_step_ups` the
    placement has: the moves' ``skp_priority`` flags with the summary's count of new
    hires (review 40: the comparison carried no count)."""
    if result.compiled is None or result.assignment is None:
        return {}
    return {"step_ups_below_baik": int(weak_step_ups(result).sum())}


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="performance",
    edge_rules=(
        rise_performance_ok,
        jf_entry_performance_ok,
        structural_performance_ok,
        structural_ok,
    ),
    reasons=(
        rise_performance_reasons,
        jf_entry_performance_reasons,
        structural_performance_reasons,
        structural_reasons,
    ),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    shut_ways=(shut_ways,),
    messages={
        "explain.why_performance_structural": (
            "an appointment to a structural post (JPT, Administrator, Pengawas), across "
            "from another too, asks for an SKP rating of at least {need} (PP 11/2017: in "
            "the last two years); the roster's latest rating is {rating} "
            "(min_performance_for_structural)",
            "pengangkatan ke jabatan struktural (JPT, Administrator, Pengawas), termasuk "
            "perpindahan setara, mensyaratkan predikat SKP paling rendah {need} (PP 11/2017: "
            "dalam dua tahun terakhir); predikat terakhir dalam data {rating} "
            "(min_performance_for_structural)",
        ),
        "explain.why_performance_jf": (
            "an entry into a functional family from outside it (perpindahan) asks for an "
            "SKP rating of at least {need}; theirs is {rating} "
            "(min_performance_to_enter_jf)",
            "perpindahan ke rumpun jabatan fungsional dari luar rumpun itu mensyaratkan "
            "predikat SKP paling rendah {need}; predikatnya {rating} "
            "(min_performance_to_enter_jf)",
        ),
        "explain.why_performance_jf_first": (
            "a new hire's first appointment to a functional post asks, as this scenario "
            "reads it, for an SKP rating of at least {need}; theirs is {rating} "
            "(min_performance_to_enter_jf; null lets it be)",
            "pengangkatan pertama pegawai baru ke jabatan fungsional mensyaratkan, "
            "sebagaimana skenario ini membacanya, predikat SKP paling rendah {need}; "
            "predikatnya {rating} (min_performance_to_enter_jf; null meniadakannya)",
        ),
        "explain.why_selection_tpk": (
            "an appointment to an Administrator or Pengawas post, other than a move "
            "across from another such post, is the Tim Penilai Kinerja's to consider, not "
            "the plan's (structural_appointments: selection)",
            "pengangkatan ke jabatan Administrator atau Pengawas, selain perpindahan "
            "setara dari jabatan struktural lain, dipertimbangkan Tim Penilai Kinerja, "
            "bukan oleh rencana (structural_appointments: selection)",
        ),
        "explain.why_selection_sitting": (
            "a move across of a sitting structural official, whose post keeps their "
            "seat, is a rotation the Tim Penilai Kinerja considers, not the plan "
            "(structural_appointments: selection: the plan moves across only those whose "
            "post has no seat for them)",
            "perpindahan setara pejabat struktural yang jabatannya tetap tersedia adalah "
            "rotasi yang dipertimbangkan Tim Penilai Kinerja, bukan oleh rencana "
            "(structural_appointments: selection: rencana hanya memindahkan secara setara "
            "pejabat yang jabatannya tidak lagi tersedia untuknya)",
        ),
        "explain.why_selection_held": (
            "every seat of this Administrator or Pengawas post is held: the plan seats a "
            "structural official across only in a seat no one holds; moving its holder "
            "aside is the Tim Penilai Kinerja's to consider (structural_appointments: "
            "selection)",
            "semua formasi jabatan Administrator atau Pengawas ini terisi: rencana hanya "
            "menempatkan pejabat struktural secara setara pada formasi yang kosong; "
            "memindahkan pemegangnya dipertimbangkan Tim Penilai Kinerja "
            "(structural_appointments: selection)",
        ),
        "explain.why_selection_pansel": (
            "a JPT post is filled by open selection (Pansel), not by the plan "
            "(structural_appointments: selection)",
            "jabatan JPT diisi melalui seleksi terbuka (Pansel), bukan oleh rencana "
            "(structural_appointments: selection)",
        ),
    },
    labels={
        "selection": ("Filled by", "Diisi oleh"),
        "step_ups_below_baik": (
            "Step ups (higher kelas or priority) to people rated below Baik, new hires' "
            "first posts included",
            "Kenaikan (kelas atau prioritas lebih tinggi) bagi predikat SKP di bawah Baik, "
            "termasuk penempatan pertama pegawai baru",
        ),
    },
)

__all__ = [
    "jf_entries",
    "jf_entry_performance_ok",
    "rated",
    "rated_below",
    "rise_performance_ok",
    "rises",
    "selection_boards",
    "structural_ok",
]
