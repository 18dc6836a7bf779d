"""Eligible (employee, position) edges, built without looping over pairs.

Requirement checks on education, rank, field and scope only depend on a few small
attributes, so employees and positions are grouped by those attributes, the groups
are matched in a small dense table, and eligible group pairs are expanded into
edges with ``np.repeat`` arithmetic. Per-edge rules (competency gap, minimum JPM)
then filter the edges; incumbents' own posts and pins are added, bans removed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from placement.model import extension
from placement.model.arrays import find_pairs, unique, unique_rows
from placement.model.config import Eligibility
from placement.model.context import Context
from placement.model.levels import selection_boards, service_order, skp_order


def eligible_edges(
    ctx: Context,
    policy: Eligibility,
    pins: np.ndarray,
    bans: tuple[np.ndarray, np.ndarray],
    report: dict | None = None,
    reclaim: np.ndarray | None = None,
    kept: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
    pending: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted, unique ``(edge_emp, edge_pos)`` int32 arrays.

    Pins are added even where the rules exclude the pair; with ``report`` (a dict)
    the employees whose pin breaks a rule are listed under ``"pins_breaking"``.
    ``reclaim`` (bool per employee) gives holders who would yield their post its
    edge back (see :func:`incumbents_keeping`). ``kept``: the over-filled posts whose
    pins ``keep_incumbents`` set, settled here (:func:`settle_kept`, ``pins``
    changed in place) once the rules show who has another post open. ``pending``
    (bool per employee): serving holders an earlier solve left without a post, given
    their own post as their only edge (:func:`keep_pending`)."""
    n, m = ctx.n_employees, ctx.n_positions
    edge_emp, edge_pos = rule_edges_of(ctx, policy, restore=False)  # edges set below
    excluded = ctx.org.excluded

    extra_e, extra_p = [edge_emp], [edge_pos]
    edges = (edge_emp, edge_pos)  # sorted: pairs are looked up in them, no key per edge
    cur = ctx.emp("current_pos")
    incumbents = np.flatnonzero((cur >= 0) & ~excluded) if policy.incumbents_eligible else None
    if incumbents is not None or kept is not None:
        # per employee, the posts the rules open to them (banned pairs not counted;
        # their own post among them if they meet its rules): who has nowhere else
        # keeps a seat left first
        elsewhere = np.bincount(edge_emp, minlength=n)
        if len(bans[0]):
            banned = find_pairs(*edges, *bans)[1]
            elsewhere -= np.bincount(bans[0][banned], minlength=n)
        ruled = ctx.kept_by_rule = kept_by_rule(ctx, policy)
        ctx.supernumerary = np.zeros(n, dtype=bool)
        if kept is not None:
            excess = _meets_excess(ctx, policy, pins, bans, edges)
            deferred = settle_kept(pins, elsewhere, edges, *kept, ruled != "", excess)
            ctx.kept_deferred = np.zeros(n, dtype=bool)
            ctx.kept_deferred[deferred] = True
    if incumbents is not None:
        ctx.held_by_rule = held_by_rule(ctx, ruled, pins, bans, excluded, edges, policy)
        elsewhere = elsewhere - _closed_to(ctx, edges, bans)
        who = incumbents_keeping(ctx, policy, incumbents, edges, pins, reclaim, elsewhere)
        extra_e.append(who)
        extra_p.append(cur[who])
        ctx.settled = settled_holders(ctx, who, pins)
    else:  # a holder keeps their own post by its rules alone (review 123 L2: the
        # objective term ``kms_move`` read nothing without ``incumbents_eligible``)
        mine = np.flatnonzero((cur >= 0) & ~excluded)
        own = find_pairs(*edges, mine, cur[mine])[1]
        if len(bans[0]):  # bans unsorted: by key
            key = bans[0].astype(np.int64) * m + bans[1]
            own &= ~np.isin(mine.astype(np.int64) * m + cur[mine], key)
        ctx.settled = settled_holders(ctx, mine[own], pins)
    who = np.flatnonzero(pins >= 0)
    if report is not None and len(who):
        ok = find_pairs(*edges, who, pins[who])[1]
        if incumbents is not None:  # a pin into one's own post breaks no rule
            ok |= (pins[who] == cur[who]) & (cur[who] >= 0) & ~excluded[who]
        report["pins_breaking"] = who[~ok]
    extra_e.append(who)
    extra_p.append(pins[who])
    edge_emp, edge_pos = _merge_sorted(
        edge_emp, edge_pos, np.concatenate(extra_e[1:]), np.concatenate(extra_p[1:]), m
    )
    if pending is not None and pending.any():
        edge_emp, edge_pos = keep_pending(ctx, pending, bans, edge_emp, edge_pos)
    be, bp = bans
    if len(be):
        banned = np.isin(edge_emp.astype(np.int64) * m + edge_pos, be.astype(np.int64) * m + bp)
        edge_emp, edge_pos = edge_emp[~banned], edge_pos[~banned]
    shut = ctx.cut_closed = over_cut_posts(ctx)
    if shut is not None:  # over its new formasi until a retirement: nobody moves in
        stay = (cur[edge_emp] == edge_pos) | (pins[edge_emp] == edge_pos)
        keep = (shut[edge_pos] == 0) | stay
        edge_emp, edge_pos = edge_emp[keep], edge_pos[keep]
    ctx.set_edges(edge_emp, edge_pos)
    return edge_emp, edge_pos


def _closed_to(
    ctx: Context, edges: tuple[np.ndarray, np.ndarray], bans: tuple[np.ndarray, np.ndarray]
) -> np.ndarray | int:
    """Per employee, how many posts the rules open to them besides their own take
    nobody in (:func:`over_cut_posts`), banned pairs not counted; 0 where none: the
    posts open elsewhere are counted without them (review 164 L1: a reason said "the
    rules open 24 other post(s)" of which explain listed 23, P0460 taking nobody in)."""
    shut = over_cut_posts(ctx)
    if shut is None:
        return 0
    emp, pos = edges
    into = (shut[pos] > 0) & (pos != ctx.emp("current_pos")[emp])
    if len(bans[0]) and into.any():
        m = ctx.n_positions
        key = emp[into].astype(np.int64) * m + pos[into]
        into[np.flatnonzero(into)] = ~np.isin(key, bans[0].astype(np.int64) * m + bans[1])
    return np.bincount(emp[into], minlength=ctx.n_employees)


def over_cut_posts(ctx: Context) -> np.ndarray | None:
    """Per post whose holders who keep it exceed its formasi (cut by the scenario, or
    over-filled as read), how many holders a rule keeps there until BUP stay over it
    (``ctx.over_cut``), 0 for other posts: such a post is over its formasi until that
    retirement, so it takes nobody in before (review 159 M2:
    else its seat kept free by the retiree drew a move in whose SK waited for their
    exit); None for none."""
    if ctx.over_cut is None or not ctx.over_cut.any():
        return None
    return np.bincount(
        ctx.emp("current_pos")[ctx.over_cut].astype(np.int64), minlength=ctx.n_positions
    )


def settled_holders(ctx: Context, who: np.ndarray, pins: np.ndarray) -> np.ndarray:
    """bool per employee: of ``who`` (the holders whose own post stays open to them, as
    :func:`incumbents_keeping` found them), those whose post keeps a seat for each such
    holder beside the pins into it, as :func:`~placement.model.staying.protected_holders`
    counts a post's room (holders pinned to another post claim no seat there, nor is one
    kept over its formasi by a rule, who has a seat of their own, counted): a move of
    theirs is the plan's choice, not their need (the objective term ``kms_move``;
    review 123 H1, M1: a holder whose seat a pin took, or whose post a holder kept
    until BUP over-filled by count, had read the other way)."""
    n, m = ctx.n_employees, ctx.n_positions
    cur = ctx.emp("current_pos").astype(np.int64)
    into = (pins >= 0) & (pins != cur)
    stay = np.zeros(n, dtype=bool)
    stay[who] = True
    stay &= ~into
    if ctx.supernumerary is not None:
        stay &= ~ctx.supernumerary
    held = np.bincount(cur[stay], minlength=m) + np.bincount(pins[into], minlength=m)
    room = held <= ctx.pos("headcount")
    return stay & room[np.maximum(cur, 0)]


#: the name ``kept_by_rule`` gives a holder kept over formasi pending a decision
PENDING_RULE = "keep_displaced_holders"
#: ``pending`` codes of :func:`keep_pending`: kept over formasi, or in a seat of it
OVER, SEATED = 1, 2


def rule_edges_of(
    ctx: Context, policy: Eligibility, restore: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`rule_edges` of the policy, read-only: the same in every compile of the
    scenario (seats given back, holders kept), so once per policy (a sweep's shared
    basis could be asked with another, as careers are). ``restore``: the context's
    edges are left as they were (else, where computed here, as :func:`rule_edges`
    leaves them)."""
    cache: dict = ctx.derived("rule_edges", dict)
    key = _rule_key(ctx, policy)
    if key not in cache:
        saved = ctx.edge_emp, ctx.edge_pos  # rule_edges sets the context's edges
        try:
            _keep_rule_edges(cache, key, rule_edges(ctx, policy))
        finally:
            if restore:
                ctx.set_edges(*saved)
    return cache[key]


def _rule_key(ctx: Context, policy: Eligibility) -> tuple:
    """The key of :func:`rule_edges_of`'s cache: the policy and the JPM options."""
    return (policy.model_dump_json(), ctx.jpm_surplus, ctx.unassessed_jpm)


def _keep_rule_edges(cache: dict, key: tuple, edges: tuple[np.ndarray, np.ndarray]) -> None:
    for a in edges:
        a.flags.writeable = False  # shared: nothing downstream may change them
    cache[key] = edges


def rule_edges(ctx: Context, policy: Eligibility) -> tuple[np.ndarray, np.ndarray]:
    """The pairs every rule allows (group rules in scope, competency rules, the
    extensions' edge rules), open posts only, nobody excluded: sorted ``(edge_emp,
    edge_pos)``, before the incumbents, pins, pending holders and bans of
    :func:`eligible_edges`. Reads the organisation after the operations, the
    eligibility policy and the objective's JPM options only (what the compiles of a
    scenario have in common; cached per policy by :func:`eligible_edges`)."""
    rules = group_rules(ctx, policy)
    e_scope, p_scope = scope_keys(ctx, policy.scope)
    # open (headcount > 0) positions only; incumbents of closed posts keep their edge
    open_pos = ctx.pos("headcount") > 0
    edge_emp, edge_pos = _group_edges(rules, e_scope, p_scope, open_pos)
    ex_e, ex_p = band_exempt_edges(ctx, policy)
    if len(ex_e):  # past the grade band by an extension's rule: the others still apply
        edge_emp, edge_pos = _merge_sorted(edge_emp, edge_pos, ex_e, ex_p, len(open_pos))

    # per-edge competency rules; what is not assessed is not a failure: gaps count
    # assessed competencies only, and a pair without a JPM passes min_jpm
    ctx.set_edges(edge_emp, edge_pos)
    keep = np.ones(len(edge_emp), dtype=bool)
    if "competency" in policy.hard:
        keep &= ctx.gap_max() <= (policy.max_competency_gap or 0)
    elif policy.max_competency_gap is not None:
        keep &= ctx.gap_max() <= policy.max_competency_gap
    if policy.min_jpm is not None:
        keep &= ~(ctx.jpm() < policy.min_jpm - 1e-9)
    # ``rise_among_best`` ranks a rise among the post's candidates, the pairs every
    # other rule allows (:mod:`placement.domain.rise_merit`): the answer of this
    # function without it. The other rules are judged once, without it (no rule but
    # that one reads the setting), their pairs kept as that answer, and the rules that
    # had nothing to say without it are asked again with it, on the same pairs
    rise = policy.rise_among_best is not None
    base = policy.model_copy(update={"rise_among_best": None}) if rise else policy
    quiet: list[Callable] = []
    keep &= extension_rules_ok(ctx, edge_emp, edge_pos, base, quiet)
    excluded = ctx.org.excluded  # not placeable at all (e.g. past BUP): no edge, no seat
    if excluded.any():
        keep &= ~excluded[edge_emp]
    if rise:
        cache: dict = ctx.derived("rule_edges", dict)
        key = _rule_key(ctx, base)
        if key not in cache:
            _keep_rule_edges(cache, key, (edge_emp[keep], edge_pos[keep]))
        for rule in quiet:
            allowed = rule(ctx, edge_emp, edge_pos, policy)
            if allowed is not None:
                keep &= allowed
    return edge_emp[keep], edge_pos[keep]


def keep_pending(
    ctx: Context,
    pending: np.ndarray,
    bans: tuple[np.ndarray, np.ndarray],
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """The edges with each holder of ``pending`` (per employee: :data:`OVER`, serving
    and left without a post by an earlier solve of the same scenario, or
    :data:`SEATED`; 0 for others) given their own post as their only edge. Those
    :data:`OVER` are kept over its formasi (``ctx.supernumerary``: the compile adds a
    seat for each; ``ctx.pending``; ``kept_by_rule`` :data:`PENDING_RULE`): everything
    else, the ranking of the seats left included, stays as compiled without them: they
    had no seat there, and take none now. Those :data:`SEATED` (``ctx.seated``) take
    one of its seats, which people moving in had taken (:mod:`placement.keeping`). A
    holder banned from their own post is not kept."""
    cur = ctx.emp("current_pos").astype(np.int64)
    code = np.asarray(pending, dtype=np.int8)
    who = np.flatnonzero((code > 0) & (cur >= 0))
    m = ctx.n_positions
    be, bp = bans
    if len(be) and len(who):
        banned = np.isin(who * m + cur[who], be.astype(np.int64) * m + bp)
        who = who[~banned]
    keep = np.zeros(ctx.n_employees, dtype=bool)
    keep[who] = True
    drop = keep[edge_emp]
    edge_emp, edge_pos = _merge_sorted(edge_emp[~drop], edge_pos[~drop], who, cur[who], m)
    ctx.seated = keep & (code == SEATED)
    ctx.pending = keep & ~ctx.seated
    over = np.flatnonzero(ctx.pending)
    if ctx.supernumerary is None:
        ctx.supernumerary = np.zeros(ctx.n_employees, dtype=bool)
    ctx.supernumerary[over] = True
    if ctx.kept_by_rule is None:
        ctx.kept_by_rule = np.full(ctx.n_employees, "", dtype=object)
    ctx.kept_by_rule[over] = PENDING_RULE
    if ctx.yields_own_post is not None:  # they yielded a seat, and keep one of their own
        ctx.yields_own_post[who] = False
    return edge_emp, edge_pos


def settle_kept(
    pins: np.ndarray,
    elsewhere: np.ndarray,
    edges: tuple[np.ndarray, np.ndarray],
    holder: np.ndarray,
    post: np.ndarray,
    meets: np.ndarray,
    seats: np.ndarray,
    first: np.ndarray | None = None,
    excess: np.ndarray | None = None,
) -> np.ndarray:
    """Who keeps the seats of an over-filled post that ``keep_incumbents`` pins:
    of its holders (``holder``, grouped by ``post`` in the operation's order: who
    meets the post's requirements first, then SKP, then golongan, then id), those a
    rule keeps in their post first (``first``, per employee: within a year of BUP),
    then those who meet them, then those the rules open no post besides their own
    (``elsewhere``, per employee, counts the posts open to them, their own among them
    if open), then the operation's order; the first ``seats`` (per holder: their
    post's) of each post are pinned to it, the others unpinned (``pins`` changed in
    place). So a holder who could go elsewhere is not kept while one who cannot is
    left without a post; the operation runs before the rules' edges exist. Those a
    rule keeps whom the rules' edges do not open their post to take no seat of the
    contest and are not pinned: :func:`held_by_rule` holds them over formasi where
    the unit's cap allows, as without the operation (review 36: no holder who meets
    the rules loses a seat to them). Nor, of those the rules open their post to, the
    first in the contest's order, as many per post as ``excess`` (per position: its
    holders who keep it beyond its formasi, as :func:`_cut_left` counts them for
    ``retirement_meets_cut``): :func:`held_by_rule` keeps them over its formasi as
    without the operation (review 166 M2: a retiree pinned into a seat moved a
    colleague out, whom the rule alone kept; review 169 H1: counted against the
    contest's seats less a pin from elsewhere, one more was unpinned than the rule
    held, and left without a post). Returns those so left to the rule (holder
    indices)."""
    own = find_pairs(*edges, holder, post)[1]
    other = elsewhere[holder] - own > 0
    ruled = np.zeros(len(holder), dtype=bool) if first is None else first[holder]
    extra = ruled & ~own  # the rules do not open their own post to them
    deferred = np.zeros(len(holder), dtype=bool)
    if excess is not None:
        deferred = _first_of_each(post, ruled & own, excess[post])
        extra |= deferred
    # the extras last in their post and given no seat: the others rank as without them
    order = np.lexsort((np.arange(len(holder)), other, ~meets, ~ruled, extra, post))
    post_o = post[order]
    rank = np.arange(len(order)) - np.searchsorted(post_o, post_o)
    pins[holder] = -1
    won = order[(rank < seats[order]) & ~extra[order]]
    pins[holder[won]] = post[won]
    return holder[deferred]


def _first_of_each(post: np.ndarray, may: np.ndarray, k: np.ndarray) -> np.ndarray:
    """bool per row (grouped by ``post``): of those who ``may``, the first ``k`` (per
    row: its post's) of each post in the rows' order."""
    out = np.zeros(len(post), dtype=bool)
    idx = np.flatnonzero(may)
    if not len(idx):
        return out
    group = np.unique(post[idx], return_inverse=True)[1]
    o = np.argsort(group, kind="stable")  # the rows' order within each post
    rank = np.empty(len(idx), dtype=np.int64)
    rank[o] = np.arange(len(o)) - np.searchsorted(group[o], group[o])
    out[idx[rank < k[idx]]] = True
    return out


def group_rules(ctx: Context, policy: Eligibility, band: bool = True) -> list[tuple]:
    """The rules of :func:`_group_edges` the policy asks for: education, rank, field
    of study (``hard``), the grade band (per pair of grades, not per edge; ``band``
    False: without it)."""
    hard = set(policy.hard)
    ef, pf, accepts = ctx._fields  # noqa: SLF001
    rules: list[tuple] = []
    if "education" in hard:
        rules.append((ctx.emp("edu_level"), ctx.pos("min_edu_level"), np.greater_equal))
    if "rank" in hard:
        rules.append((ctx.emp("rank_level"), ctx.pos("min_rank_level"), np.greater_equal))
    if "field" in hard:
        rules.append((ef, pf, lambda e, p: (p < 0) | accepts[np.maximum(p, 0), e]))
    if band and (policy.max_grade_drop is not None or policy.max_grade_rise is not None):
        rules.append(grade_band_rule(ctx, policy))
    return rules


def qualified_first_posts(ctx: Context, policy: Eligibility) -> np.ndarray:
    """bool per position: its holders who meet its rules come first for its seats
    (``qualified_holders_first``: ``all`` every post, ``jf`` functional posts only,
    ``none`` no post)."""
    if policy.qualified_holders_first == "jf":
        return ctx.org.positions["kind"].to_numpy(dtype=object) == "JF"
    return np.full(ctx.n_positions, policy.qualified_holders_first == "all")


def incumbents_keeping(
    ctx: Context,
    policy: Eligibility,
    who: np.ndarray,
    edges: tuple[np.ndarray, np.ndarray],
    pins: np.ndarray,
    reclaim: np.ndarray | None = None,
    elsewhere: np.ndarray | None = None,
) -> np.ndarray:
    """The incumbents among ``who`` whose own post stays open to them
    (``incumbents_eligible``): everyone who meets its rules (``edges``: the sorted edges
    the rules allow), and those who hold it without meeting them in the seats left by
    the others (``qualified_holders_first``; holders pinned to another post claim no
    seat): pinned there first, then those whom the rules open no other post
    (``elsewhere``: per employee, the count of such posts; None: all count 0), so that a
    holder who could go elsewhere is not kept while one who cannot is left without a
    post, then those who miss fewer of its stated requirements (education, field,
    golongan: :func:`_requirements_missed`), then the best JPM there (to one decimal, as
    the reasons quote it; not assessed last), then the better SKP rating (none given
    counts as Baik), then the higher golongan (as ``keep_incumbents``), then the longer
    service, the older, the NIP (:func:`~placement.model.levels.service_order`; review
    36: a Sangat Baik lost to a Baik on the NIP; review 37: the NIP alone put age before
    service).
    ``qualified_holders_first: jf`` (the default) applies this to functional posts
    only. Those an extension's rule keeps in their
    post (``keepers``: within a year of BUP) rank right after the pinned, and those it
    holds there for certain (``ctx.held_by_rule``, :func:`held_by_rule`) keep their
    edge on top of the seats left, as the pinned do. A closed post
    (formasi 0) keeps every
    holder's edge, as before: it has no seat to give.

    The seats are counted before the solve: a seat its holder leaves empty (for a
    better post) is given back to the next in turn by :func:`placement.api.solve`,
    which compiles again with ``reclaim`` (bool per employee): those holders keep their
    edge on top of the seats left, the ranking of the others unchanged (the result
    warns when such a seat stays empty).

    Sets ``ctx.meets_own_post``, ``ctx.holders_meeting_rules``,
    ``ctx.yields_own_post``, ``ctx.yield_rank`` and ``ctx.reclaimed`` (and, for the
    reasons, ``ctx.seats_left_to``, ``ctx.own_post_jpm`` and ``ctx.posts_elsewhere``)."""
    m = ctx.n_positions
    cur = ctx.emp("current_pos").astype(np.int64)
    meets = find_pairs(*edges, who, cur[who])[1]
    # a holder pinned to another post claims no seat of their own (either kind)
    away = (pins[who] >= 0) & (pins[who] != cur[who])
    ctx.meets_own_post = np.zeros(ctx.n_employees, dtype=bool)
    ctx.meets_own_post[who[meets & ~away]] = True
    ctx.holders_meeting_rules = np.bincount(cur[ctx.meets_own_post], minlength=m)
    ctx.yields_own_post = np.zeros(ctx.n_employees, dtype=bool)
    ctx.yield_rank = np.full(ctx.n_employees, -1, dtype=np.int64)
    back = np.zeros(ctx.n_employees, dtype=bool) if reclaim is None else reclaim
    miss = ~meets & ~away  # they hold their post without meeting its rules
    miss &= qualified_first_posts(ctx, policy)[cur[who]]
    if not miss.any():
        return who
    at = np.flatnonzero(miss)  # their places in ``who``
    g = who[at]
    post = cur[g]
    hc = ctx.pos("headcount")
    seats = np.maximum(hc - ctx.holders_meeting_rules, 0)
    ctx.set_edges(g, post)
    jpm = ctx.jpm()
    missed = _requirements_missed(ctx, g, post, policy)
    service = service_rank(ctx)[g]
    by_jpm = np.where(np.isnan(jpm), np.inf, -np.round(jpm, 1))
    skp = -skp_order(ctx.emp("perf_level")[g])
    golongan = -ctx.emp("rank_level")[g].astype(np.int64)  # unknown (-1) last
    other = np.zeros(len(g), dtype=bool) if elsewhere is None else elsewhere[g] > 0
    if ctx.kept_by_rule is None:
        ctx.kept_by_rule = kept_by_rule(ctx, policy)
    held = np.zeros(ctx.n_employees, dtype=bool) if ctx.held_by_rule is None else ctx.held_by_rule
    # pinned there first, then those a rule keeps in their post, then the others
    tier = np.where(pins[g] == post, 0, np.where(ctx.kept_by_rule[g] != "", 1, 2))
    order = np.lexsort((service, golongan, skp, by_jpm, missed, other, tier, post))
    at, post = at[order], post[order]
    # place within the post; a holder given a seat back takes it on top, not in turn,
    # as one kept over formasi until BUP does (a seat of their own)
    extra = back[who[at]]
    if ctx.supernumerary is not None:
        extra |= ctx.supernumerary[who[at]] & held[who[at]]
    # one without the licence the post's profession asks for takes no seat left of it
    # (not pinned there, nor held by a rule): they cannot practise it (review 50)
    lacking = unlicensed(ctx, policy)
    ctx.yields_unlicensed = np.full(ctx.n_employees, "", dtype=object)
    bar = np.zeros(len(at), dtype=bool)
    if lacking is not None:
        bar = (lacking[who[at]] != "") & (pins[who[at]] != post) & ~held[who[at]] & ~extra
    counted = ~extra & ~bar
    before = np.cumsum(counted) - counted
    rank = before - before[np.searchsorted(post, post)]
    keeps = ((rank < seats[post]) & ~bar) | (hc[post] == 0) | (pins[who[at]] == post) | extra
    keeps |= held[who[at]]  # a rule keeps them: a seat of its own (see held_by_rule)
    if lacking is not None:
        ctx.yields_unlicensed[who[at[bar & ~keeps]]] = lacking[who[at[bar & ~keeps]]]
    ctx.yields_own_post[who[at[~keeps]]] = True
    ctx.yield_rank[who[at[~keeps]]] = rank[~keeps]
    ctx.reclaimed = back & ~(pins == cur)  # a pin there is its own ground
    # for the reasons: who keeps a post's seats left, in rank order, and the JPM ranked
    ctx.own_post_jpm = np.full(ctx.n_employees, np.nan)
    ctx.own_post_jpm[who[at]] = jpm[order]
    ctx.own_post_missed = np.zeros(ctx.n_employees, dtype=np.int64)
    ctx.own_post_missed[who[at]] = missed[order]
    ctx.posts_elsewhere = np.zeros(ctx.n_employees, dtype=np.int64)
    if elsewhere is not None:
        ctx.posts_elsewhere[who[at]] = elsewhere[who[at]]
    bounds = np.searchsorted(post, np.append(np.unique(post), m))
    ctx.seats_left_to = {
        int(post[lo]): who[at[lo:hi][keeps[lo:hi]]].tolist()
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        if not keeps[lo:hi].all()
    }
    miss[at[keeps]] = False
    return who[~miss]


def _requirements_missed(
    ctx: Context, g: np.ndarray, post: np.ndarray, policy: Eligibility
) -> np.ndarray:
    """Per holder ``g`` of ``post``: how many of the post's stated requirements that are
    hard rules of the scenario they miss (:func:`rules_missed`; review 38: a D3 in
    nursing kept the last seat of an Ahli Pertama post for S1 in tourism or management,
    on his JPM, while two S1 holders missing only the field lost theirs)."""
    return rules_missed(ctx, policy, g, post).sum(axis=0, dtype=np.int64)


def rules_missed(ctx: Context, policy: Eligibility, e: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Per (employee, position) pair, one row each (3 × pairs): misses the post's
    minimum education, its minimum golongan, its accepted fields; each only where the
    scenario holds it as a rule (``hard``), as :func:`group_rules` reads them."""
    hard = set(policy.hard)
    out = np.zeros((3, len(e)), dtype=bool)
    if "education" in hard:
        out[0] = ctx.emp("edu_level")[e] < ctx.pos("min_edu_level")[p]
    if "rank" in hard:
        out[1] = ctx.emp("rank_level")[e] < ctx.pos("min_rank_level")[p]
    if "field" in hard:
        out[2] = ~ctx.pair_field_ok(e, p)
    return out


def limits_missed(ctx: Context, policy: Eligibility, e: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Per (employee, position) pair, one row each (4 × pairs): outside the allowed
    kelas change (``max_grade_rise``, ``max_grade_drop``, :func:`grade_band_ok`), below
    ``min_jpm`` (a pair without a JPM passes), a competency below its standard by more
    than the scenario allows (``max_competency_gap``, or any gap where ``competency``
    is a hard rule; a level not assessed is no gap), out of ``scope``: the limits a
    scenario sets on its own, beside the post's requirements (:func:`rules_missed`)
    and the regulations' rules (the extensions'). The pairs' competencies at once
    (pairs × competencies): for a few thousand pairs, not every pair of a roster."""
    out = np.zeros((4, len(e)), dtype=bool)
    out[0] = ~grade_band_ok(ctx, e, p, policy)
    if policy.min_jpm is not None:
        out[1] = ctx.pair_jpm(e, p)[0] < policy.min_jpm - 1e-9  # NaN compares False
    tol = policy.max_competency_gap
    if "competency" in set(policy.hard) or tol is not None:
        req = ctx.required[p]
        gap = np.where(req > 0, np.nan_to_num(req - ctx.levels[e], nan=0.0), 0.0)
        out[2] = gap.max(axis=1, initial=0) > (tol or 0)
    e_scope, p_scope = scope_keys(ctx, policy.scope)
    out[3] = (e_scope[e] >= 0) & (e_scope[e] != p_scope[p])
    return out


def without_limits(policy: Eligibility) -> Eligibility:
    """``policy`` with none of the limits :func:`limits_missed` reads (the kelas band,
    ``min_jpm``, the competency gap, the scope)."""
    return policy.model_copy(
        update={
            "max_grade_rise": None,
            "max_grade_drop": None,
            "min_jpm": None,
            "max_competency_gap": None,
            "scope": "any",
            "hard": [h for h in policy.hard if h != "competency"],
        }
    )


def unlicensed(ctx: Context, policy: Eligibility) -> np.ndarray | None:
    """Per employee, the licence their own post's profession asks for that they do not
    hold ('' for none; the ``unlicensed`` extensions, the first naming one wins); None
    where no extension says."""
    out = None
    for find in extension.hooks("unlicensed"):
        got = find(ctx, policy)
        if got is not None:
            got = np.asarray(got, dtype=object)
            out = got if out is None else np.where(out != "", out, got)
    return out


def kept_by_rule(ctx: Context, policy: Eligibility) -> np.ndarray:
    """Per employee, the name of the extension rule that keeps them in their own post
    (``keepers``, e.g. ``no_move_within_years_of_retirement``; the first registered
    wins), '' for none."""
    out = np.full(ctx.n_employees, "", dtype=object)
    for keep in extension.hooks("keepers"):
        got = keep(ctx, policy)
        if got is not None:
            rule, mask = got
            out[np.asarray(mask, dtype=bool) & (out == "")] = rule
    return out


def held_by_rule(
    ctx: Context,
    kept: np.ndarray,
    pins: np.ndarray,
    bans: tuple[np.ndarray, np.ndarray],
    excluded: np.ndarray,
    edges: tuple[np.ndarray, np.ndarray],
    policy: Eligibility,
) -> np.ndarray:
    """bool per employee: the holders an extension's rule keeps in their post
    (``kept``, :func:`kept_by_rule`: within a year of BUP) who do keep it: placed
    there for certain (the compiled problem's ``must_place``). Not those pinned
    elsewhere, nor in a post without seats (closed: a post that must go), nor a
    banned pair. Those who meet its rules (``edges``) take its seats, before its
    other holders who do: per post at most its seats less the pins into it. Those who
    miss them take none: they are kept over formasi until BUP (supernumerary,
    ``ctx.supernumerary``; review 36: an S.Pd. held in a nurse's seat left a licensed
    nurse without a post), except in a structural post (JPT, Administrator,
    Pengawas), which has one holder at a time: there they keep a seat. Where the
    post's formasi is below the holders who keep it (cut by the scenario, or over-filled
    as read), those who meet its rules stay over it too, up to its holders beyond it
    (:func:`_cut_left`, ``ctx.over_cut``). Per unit at
    most its cap less the pins into it (the better SKP first, then the higher
    golongan, then the longer service). The compile holds them
    for certain only where no other hard rule could need their seat
    (:func:`held_safely`: budgets, minimum fills in a capped unit); the others a
    rule keeps compete for the seats left, first among their post's holders who miss
    its rules."""
    cur = ctx.emp("current_pos").astype(np.int64)
    out = np.zeros(ctx.n_employees, dtype=bool)
    # not pinned: a pin elsewhere takes them away, a pin there keeps them already
    cand = np.flatnonzero((kept != "") & (cur >= 0) & ~excluded & (pins < 0))
    hc = ctx.pos("headcount").astype(np.int64)
    cand = cand[hc[cur[cand]] > 0]
    if len(bans[0]) and len(cand):
        m = ctx.n_positions
        banned = np.isin(cand * m + cur[cand], bans[0].astype(np.int64) * m + bans[1])
        cand = cand[~banned]
    if not len(cand):
        return out
    post = cur[cand]
    meets = find_pairs(*edges, cand, post)[1]
    order = np.lexsort((*merit_keys(ctx, cand), ~meets))
    cand, post, meets = cand[order], post[order], meets[order]
    pinned = pins[pins >= 0]
    room = hc - np.bincount(pinned, minlength=ctx.n_positions)
    unit = ctx.pos("unit_idx").astype(np.int64)
    cap = pd.to_numeric(ctx.org.units["max_headcount"], errors="coerce").to_numpy(float)
    unit_room = np.where(np.isnan(cap), np.inf, cap) - np.bincount(
        unit[pinned], minlength=ctx.n_units
    )
    if ctx.supernumerary is None:
        ctx.supernumerary = np.zeros(ctx.n_employees, dtype=bool)
    ctx.over_cut = np.zeros(ctx.n_employees, dtype=bool)
    # a structural post has one holder at a time: one who misses its rules keeps its
    # seat (review 37: a second Kasubbag was placed beside the one kept, a Sekcam post
    # held until BUP was sent to the TPK as vacant)
    structural = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    cut = _cut_left(ctx, policy, pins, bans, edges, structural)
    ctx.holders_beyond = cut.copy()
    for i, q, ok in zip(cand.tolist(), post.tolist(), meets.tolist(), strict=True):  # a few dozen
        u = unit[q]
        seat = ok or structural[q] != ""
        over_cut = seat and cut[q] > 0  # their retirement meets the scenario's cut
        if over_cut:
            seat = False
        if (room[q] > 0 or not seat) and unit_room[u] > 0:
            out[i] = True
            unit_room[u] -= 1
            if seat:
                room[q] -= 1
            else:  # no seat of the formasi: kept over it until BUP
                ctx.supernumerary[i] = True
                if over_cut:
                    ctx.over_cut[i] = True
                    cut[q] -= 1
    ctx.over_cut_rule = ctx.over_cut.copy()  # before a compile's held_safely
    return out


def _meets_excess(
    ctx: Context,
    policy: Eligibility,
    pins: np.ndarray,
    bans: tuple[np.ndarray, np.ndarray],
    edges: tuple[np.ndarray, np.ndarray],
) -> np.ndarray | None:
    """Per position, its holders who keep it beyond its formasi, as
    :func:`held_by_rule` will read them (:func:`_cut_left`; the pins as the operations
    left them: a holder pinned elsewhere keeps it no more, whoever a contest pins); None
    where none can stay over it so (``retirement_meets_cut`` off, or under budgets)."""
    if not policy.retirement_meets_cut or ctx.formasi_cut is None:
        return None
    structural = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    return _cut_left(ctx, policy, pins, bans, edges, structural)


def _cut_left(
    ctx: Context,
    policy: Eligibility,
    pins: np.ndarray,
    bans: tuple[np.ndarray, np.ndarray],
    edges: tuple[np.ndarray, np.ndarray],
    structural: np.ndarray,
) -> np.ndarray:
    """Per post, how many of the holders a rule keeps there until BUP who meet its
    rules stay over its formasi so that its holders beyond it need no move for them
    (``retirement_meets_cut``): the holders who keep their own post (serving, meeting
    its rules: its edge; neither banned from it nor pinned to another) beyond its
    formasi, whether the scenario cut it (review 159 M2: Kuyah Lenurah was moved out of
    P0197, cut from 6 seats to 5 by the ABK, while Fatri Banulim, kept there by her BUP
    within the year, took a seat of it) or the post was over-filled as read (review 163:
    five holders left P0460, 23 holders for 18 seats, while two retiring within the year
    took seats of it); 0 in a structural post (one holder at a time), under budgets
    (``ctx.formasi_cut`` None: a holder kept over formasi is paid) or with the setting
    off. Those who leave it anyway (missing its rules or its licence) are not counted:
    their seats are free for others (review 162 H1: a licensed hire was turned away
    from a nurse's post cut 4 → 3 whose two clerks without the STR had been counted as
    its holders)."""
    m = ctx.n_positions
    if not policy.retirement_meets_cut or ctx.formasi_cut is None:
        return np.zeros(m, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    who = np.flatnonzero((cur >= 0) & ~ctx.org.excluded & ((pins < 0) | (pins == cur)))
    keeps = find_pairs(*edges, who, cur[who])[1]
    if len(bans[0]) and len(who):
        keeps &= ~np.isin(
            who.astype(np.int64) * m + cur[who], bans[0].astype(np.int64) * m + bans[1]
        )
    beyond = np.bincount(cur[who[keeps]], minlength=m) - ctx.pos("headcount").astype(np.int64)
    return np.where(structural == "", np.clip(beyond, 0, None), 0)


def held_safely(
    ctx: Context,
    held: np.ndarray,
    pins: np.ndarray,
    budgets: bool,
    unit_caps: bool,
    min_fill: bool,
) -> np.ndarray:
    """:func:`held_by_rule` less those whose hold could make the scenario infeasible:
    everyone under budgets (``budgets``: a held person's weight may exceed what is
    left), and those in a capped unit (``unit_caps``) whose cap could not hold the
    pinned, the held and every post's minimum fill (``min_fill``) at once, the
    fills counted in full (a sufficient test), nor, for one kept over formasi, the
    holders who meet their own post's rules besides. They keep their edge and rank first
    for their post's seats left; the plan may then leave them without a post, and
    the reason says who took it."""
    if budgets:
        return np.zeros_like(held)
    if not unit_caps or not held.any():
        return held
    cap = pd.to_numeric(ctx.org.units["max_headcount"], errors="coerce").to_numpy(float)
    unit = ctx.pos("unit_idx").astype(np.int64)
    k = ctx.n_units
    fills = np.bincount(unit, weights=np.nan_to_num(ctx.pos("min_fill")), minlength=k)
    if not min_fill:
        fills[:] = 0
    pinned = np.bincount(unit[pins[pins >= 0]], minlength=k)
    cur = ctx.emp("current_pos").astype(np.int64)
    where = np.where(cur >= 0, unit[np.maximum(cur, 0)], 0)
    kept = np.bincount(where[held], minlength=k)
    risky = ~np.isnan(cap) & (pinned + kept + fills > cap)
    # one kept over formasi takes no seat but counts against the unit's cap: not where
    # the cap could then not keep the holders who meet their own post's rules as well
    # (review 36's reviewer: a qualified holder lost his post to such a hold)
    over = held & (ctx.supernumerary if ctx.supernumerary is not None else False)
    if over.any():
        meets = ctx.meets_own_post if ctx.meets_own_post is not None else np.zeros_like(held)
        rightful = meets & ~held & (pins < 0) & (cur >= 0)
        crowded = ~np.isnan(cap) & (
            pinned + kept + fills + np.bincount(where[rightful], minlength=k) > cap
        )
        return held & ~risky[where] & ~(over & crowded[where])
    return held & ~risky[where]


def grade_band_ok(ctx: Context, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """Edges within the allowed grade change from the employee's current post, or let
    past it by an extension's rule (:func:`band_exempt`)."""
    ok = _in_band(ctx.pos("grade")[edge_pos] - ctx.current_grade[edge_emp], policy)
    ex_e, ex_p = band_exempt(ctx, policy)
    if len(ex_e):
        ok |= find_pairs(ex_e, ex_p, np.asarray(edge_emp), np.asarray(edge_pos))[1]
    return ok


def band_exempt_edges(ctx: Context, policy: Eligibility) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of :func:`band_exempt` that every group rule but the band allows (open
    posts, the scope, education, rank, field): those :func:`rule_edges` adds to the
    pairs the group rules allow, before the per-pair rules."""
    ex_e, ex_p = band_exempt(ctx, policy)
    if not len(ex_e):
        return ex_e, ex_p
    ok = group_ok(ctx, policy, ex_e, ex_p)
    return ex_e[ok], ex_p[ok]


def group_ok(ctx: Context, policy: Eligibility, e: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Per pair: an open post, in scope, and every group rule but the grade band allows
    it (education, rank, field): :func:`rule_edges`' first test, for given pairs."""
    e_scope, p_scope = scope_keys(ctx, policy.scope)
    ok = (ctx.pos("headcount")[p] > 0) & ((e_scope[e] < 0) | (e_scope[e] == p_scope[p]))
    for e_key, p_key, test in group_rules(ctx, policy, band=False):
        ok &= test(e_key[e], p_key[p])
    return ok


def band_exempt(ctx: Context, policy: Eligibility) -> tuple[np.ndarray, np.ndarray]:
    """The pairs the extensions let past the grade band (``band_exempt``), sorted and
    unique; none where the policy sets no band. Once per context and policy."""
    none = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    if policy.max_grade_rise is None:
        return none
    # by the policy object first: a reason asks per pair, and its JSON takes 20 µs
    known: dict[int, tuple] = ctx.derived("band_exempt_of", dict)
    hit = known.get(id(policy))
    if hit is not None and hit[0] is policy:
        return hit[1]
    cache = ctx.derived("band_exempt", dict)
    key = policy.model_dump_json()
    if key not in cache:
        m = ctx.n_positions
        keys = [np.zeros(0, np.int64)]
        for find in extension.hooks("band_exempt"):
            got = find(ctx, policy)
            if got is not None:
                keys.append(np.asarray(got[0], np.int64) * m + np.asarray(got[1], np.int64))
        both = unique(np.concatenate(keys))
        cache[key] = (both // m, both % m) if len(both) else none
    known[id(policy)] = (policy, cache[key])  # kept: its id is not reused meanwhile
    return cache[key]


def grade_band_rule(ctx: Context, policy: Eligibility):
    """:func:`grade_band_ok` as a rule of :func:`_group_edges`: the keys are codes of
    the distinct grades (NaN one of them), the test the same subtraction of the same
    grades."""
    now, grade = ctx.current_grade, ctx.pos("grade")
    values, codes = np.unique(np.concatenate([now, grade]), return_inverse=True)
    codes = codes.ravel()
    return (
        codes[: len(now)],
        codes[len(now) :],
        lambda e, p: _in_band(values[p] - values[e], policy),
    )


def _in_band(step: np.ndarray, policy: Eligibility) -> np.ndarray:
    lo = -np.inf if policy.max_grade_drop is None else -policy.max_grade_drop
    hi = np.inf if policy.max_grade_rise is None else policy.max_grade_rise
    # a NaN step (new hires, or a grade unknown) compares False both ways: not limited
    out = step < lo
    out |= step > hi
    return ~out


def extension_rules_ok(
    ctx: Context, edge_emp, edge_pos, policy: Eligibility, quiet: list | None = None
) -> np.ndarray:
    """The edge rules of the extensions (:mod:`placement.model.extension`; the
    civil-service rules of :mod:`placement.domain`: career rules, strict by default;
    minimum JPM category, talent box for key posts, time in post, no move shortly
    before retirement, off by default): the edges every rule allows. ``quiet`` (a
    list): the rules that said nothing (None: not asked by the policy) are added to
    it."""
    ok = np.ones(len(edge_emp), dtype=bool)
    for rule in extension.hooks("edge_rules"):
        allowed = rule(ctx, edge_emp, edge_pos, policy)
        if allowed is not None:
            ok &= allowed
        elif quiet is not None:
            quiet.append(rule)
    return ok


def scope_keys(ctx: Context, scope: str) -> tuple[np.ndarray, np.ndarray]:
    """Per employee and per position, the key a pair must share to be in scope: the
    unit (``unit``), the parent unit (``parent``) or one key for all (``any``)."""
    if scope == "unit":
        return ctx.emp("current_unit"), ctx.pos("unit_idx")
    if scope == "parent":
        return ctx.emp("current_parent"), ctx.pos("parent_idx")
    return np.zeros(ctx.n_employees, dtype=np.int32), np.zeros(ctx.n_positions, dtype=np.int32)


def extension_misses(ctx: Context, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """Per pair, how many of the extensions' edge rules it breaks: an extension's
    ``rule_counts`` where it has them (the career rules one by one), else each of its
    edge rules that refuses the pair counts one."""
    out = np.zeros(len(edge_emp), dtype=np.int64)
    for ext in extension.registered():
        if ext.rule_counts:
            for count in ext.rule_counts:
                out += count(ctx, edge_emp, edge_pos, policy)
            continue
        for rule in ext.edge_rules:
            allowed = rule(ctx, edge_emp, edge_pos, policy)
            if allowed is not None:
                out += ~allowed
    return out


def _group_edges(rules, e_scope, p_scope, open_pos):
    """Every pair meeting the group rules, sorted by employee then position.

    ``rules``: ``(employee key, position key, test)``, the keys small integers per
    employee and per position, ``test(e, p)`` a NumPy function saying, for arrays of
    employee keys and position keys broadcast together, which pairs meet the rule
    (education, rank, field of study, grade band). Employees are grouped by scope and
    their keys, open positions by scope and theirs. One small dense table per scope
    says which employee group may take which position group; each employee group's
    positions are listed once (sorted), and an employee's edges are a copy of their
    group's list, so the edges come out in CSR order without sorting them. Employees
    with no scope (new hires) form one more pass over every open position.
    """
    n = len(e_scope)
    pos_all = np.flatnonzero(open_pos)
    passes = [
        (s, np.flatnonzero(e_scope == s), pos_all[p_scope[pos_all] == s])
        for s in unique(p_scope[pos_all])
    ]
    passes.append((-1, np.flatnonzero(e_scope < 0), pos_all))
    group_of = np.full(n, -1, dtype=np.int64)  # global employee group
    t_pos, t_len = [], []  # per global group: its sorted positions
    n_groups = 0
    for _s, emps, poss in passes:
        if not len(emps):
            continue
        ge_vals, ge_of = unique_rows(_keys([e for e, _, _ in rules], emps))
        group_of[emps] = n_groups + ge_of
        n_groups += len(ge_vals)
        if not len(poss):
            t_len.append(np.zeros(len(ge_vals), np.int64))
            continue
        gp_vals, gp_of = unique_rows(_keys([p for _, p, _ in rules], poss))
        ok = np.ones((len(ge_vals), len(gp_vals)), dtype=bool)
        for j, (_, _, test) in enumerate(rules):
            ok &= test(ge_vals[:, None, j], gp_vals[None, :, j])
        # positions of each position group, ascending (poss is ascending)
        p_order = np.argsort(gp_of, kind="stable")
        p_count = np.bincount(gp_of, minlength=len(gp_vals))
        p_start = np.concatenate([[0], np.cumsum(p_count)[:-1]])
        ge, gp = np.nonzero(ok)
        sizes = p_count[gp]
        pair = np.repeat(np.arange(len(ge)), sizes)
        offs = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        within = np.arange(int(sizes.sum()), dtype=np.int64) - offs[pair]
        g = ge[pair]
        p = poss[p_order[p_start[gp[pair]] + within]]
        # groups × positions (small next to the edges), each pair once: one sort key
        order = np.argsort(g * (int(poss[-1]) + 1) + p)
        t_pos.append(p[order])
        t_len.append(np.bincount(g, minlength=len(ge_vals)))
    tpos = (np.concatenate(t_pos) if t_pos else np.zeros(0)).astype(np.int32)
    tlen = np.concatenate(t_len) if t_len else np.zeros(0, np.int64)
    tstart = np.concatenate([[0], np.cumsum(tlen)[:-1]])
    has = group_of >= 0
    counts = np.where(has, tlen[np.maximum(group_of, 0)] if len(tlen) else 0, 0)
    total = int(counts.sum())
    edge_emp = np.repeat(np.arange(n, dtype=np.int32), counts)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    src = np.repeat(tstart[np.maximum(group_of, 0)] - first if len(tstart) else first, counts)
    src += np.arange(total, dtype=np.int64)
    edge_pos = tpos.take(src)
    return edge_emp, edge_pos


def _keys(columns: list[np.ndarray], rows: np.ndarray) -> np.ndarray:
    """int64[rows, columns] of the ``columns`` at ``rows`` (one zero column if none)."""
    if not columns:
        return np.zeros((len(rows), 1), dtype=np.int64)
    return np.stack([c[rows] for c in columns], axis=1).astype(np.int64)


def _merge_sorted(edge_emp, edge_pos, extra_e, extra_p, m: int):
    """Sorted unique edges plus a few extra pairs, still sorted and unique."""
    extra = unique(extra_e.astype(np.int64) * m + extra_p.astype(np.int64))
    e, p = extra // m, extra % m
    where, found = find_pairs(edge_emp, edge_pos, e, p)  # where each new one goes
    if found.all():
        return edge_emp, edge_pos
    where, e, p = where[~found], e[~found], p[~found]
    return (
        np.insert(edge_emp, where, e.astype(edge_emp.dtype)),
        np.insert(edge_pos, where, p.astype(edge_pos.dtype)),
    )


def merit_keys(ctx: Context, who: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``np.lexsort`` keys of ``who`` (indices), the better first: the SKP rating
    (primary, none given as Baik), then the higher golongan (unknown last), then the
    longer service and the older (:func:`service_rank`)."""
    golongan = -ctx.emp("rank_level")[who].astype(np.int64)
    return service_rank(ctx)[who], golongan, -skp_order(ctx.emp("perf_level")[who])


def service_rank(ctx: Context) -> np.ndarray:
    """:func:`~placement.model.levels.service_order` of the context's roster, made once."""
    return ctx.derived("service_order", lambda: service_order(ctx.org.employees))
