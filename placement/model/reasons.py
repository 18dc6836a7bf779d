"""Why each person moves or is left without a post: one source for every output.

:func:`reasons` gives every employee who leaves their current post, or ends without
a post, one reason from a fixed vocabulary (:data:`CODES`), checked in this order:

``excluded``          not placeable at all (past BUP, legal status …): the exclusion text
``post_closed``       their post is closed in this scenario (formasi 0), or was in the data
``pinned_elsewhere``  the scenario pins them to another post
``qualified_first``   they hold their post without meeting its rules, and its holders
                      who meet them come first (``eligibility.qualified_holders_first``);
                      without its licence besides, no seat of it is theirs
                      (``eligibility.licence_to_hold``)
``fails_own_post``    they no longer meet their own post's rules (which rule, with values)
``over_formasi``      their post has more holders than seats: those kept score more
                      there, or the scenario's pins kept them, or (a proven optimum)
                      the plan as a whole chose; and who took its other seats (their
                      scores there against this holder's)
``displaced_by_pin``  a colleague is pinned into their seat (who)
``better_fit``        the new post fits them better than staying, the move cost paid
                      (+points, the move cost paid; points per objective term)
``priority_vacancy``  the move fills a vacancy that weighs more (its priority), with no
                      loss of fit, or a loss of fit the other terms outweigh (how much),
                      or a fit lost on some terms and made up on others, or a fit gain
                      that does not pay for the move, the vacancy's weight paying
``seat_for_better``   their seat went to someone who scores more there (who, +points;
                      the rules of it the holder misses, if any)
``tie``               their seat went to someone who scores as much there, at no loss
                      to them (who; the rules of it the holder misses, if any)
``rule``              a rule moved them: their unit over its cap, or a minimum fill
``chain``             part of a chain of moves that the plan gains by as a whole (who
                      took the seat; whom the chain makes room for, and why)
``no_eligible_post``  (unplaced) no open post meets their requirements (nearest one named;
                      for an incumbent, after their own post's reason, as "elsewhere")
``outcompeted``       (unplaced) every eligible post is full; the best one went to
                      someone who scores more there (who, +points), or less (the plan's
                      total chose; said of a proven optimum only)

Points are objective points (the scenario's weights): ``score`` of a person in a post
is minus its cost. The moves and unplaced tables, the reports and ``explain`` all read
this function, so they always agree.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from placement.i18n import Message, find_part, first_of, join, msg, person
from placement.model import extension, levels, stability
from placement.model.arrays import edges_into, find_pairs
from placement.model.compile import formasi_left, formasi_read, left_over_formasi
from placement.model.counterparts import counterparts
from placement.model.eligibility import (
    PENDING_RULE,
    band_exempt_edges,
    extension_misses,
    grade_band_ok,
    merit_keys,
    qualified_first_posts,
    rule_edges_of,
    scope_keys,
    unlicensed,
)
from placement.model.move_value import move_values, unvalued
from placement.model.organization import LIST_SEP
from placement.model.outcome import Status
from placement.model.parts import term_parts, unknown_jpm_term
from placement.model.priority_steps import priority_step_notes
from placement.model.problem import NO_LIMIT
from placement.model.requirements import failures_unless, requirement_failures
from placement.model.terms import rightful_holder, serving
from placement.model.turns import raised_turns, seat_turns

if TYPE_CHECKING:
    from placement.model.compile import Compiled
    from placement.model.context import Context
    from placement.model.organization import Organization
    from placement.model.problem import Problem
    from placement.model.result import Result

CODES = (
    "excluded",
    "post_closed",
    "pinned_elsewhere",
    "qualified_first",
    "fails_own_post",
    "over_formasi",
    "displaced_by_pin",
    "better_fit",
    "priority_vacancy",
    "seat_for_better",
    "tie",
    "rule",
    "chain",
    "no_eligible_post",
    "outcompeted",
)
#: objective terms that measure fit (a move gaining only on others fills a vacancy)
FIT_TERMS = (
    "jpm",
    *(
        f"jpm_unknown{how}{side}"
        for how in ("_overall", "_mean", "")
        for side in ("", "_mine", "_theirs")
    ),
    "education",
    "education_level",
    "education_field",
    "training",
    "preference",
)
#: the terms that are the cost of a move to the person who makes it (the rest of their
#: terms is what it gains them)
MOVE_COST_TERMS = ("continuity", "stay", "late_move", "jf_exit")


@dataclass
class LowerSeats:
    """The empty seats of lower-kelas posts that the reasons of one plan name, each
    for one person (:func:`allot_lower_seats`), shared by every reasons table of the
    plan: its own, then the decisions list's from the placements before holders were
    kept (their seats named after those of the officials left without a post)."""

    #: per post: its formasi, and the seats of it its placement takes (not those kept
    #: over it), in the plan signed: the vacancies table's count of empty seats
    capacity: np.ndarray
    fill: np.ndarray
    #: per post, its seats named so far; per person, the post named (-1: none left)
    named: np.ndarray
    seat: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(cls, result: Result) -> LowerSeats:
        """No seat named yet, in the placement of ``result``."""
        p = result.problem
        a = np.asarray(result.assignment, dtype=np.int64)
        fill = np.bincount(a[a >= 0], minlength=p.n_positions)
        comp = result.compiled
        if comp is not None and comp.over_formasi is not None:  # seats of their own
            cur = comp.context.emp("current_pos").astype(np.int64)
            fill = fill - np.bincount(cur[left_over_formasi(comp, a)], minlength=p.n_positions)
        capacity = (
            comp.context.pos("headcount").astype(np.int64)
            if comp is not None
            else np.asarray(p.capacity)
        )
        return cls(capacity, fill, np.zeros(p.n_positions, dtype=np.int64))


def reasons(
    result: Result,
    only: np.ndarray | None = None,
    lower: LowerSeats | None = None,
    final: bool = True,
) -> pd.DataFrame:
    """One row per employee who moves away from a current post or is unplaced:
    ``employee`` (index), ``code`` (a :data:`CODES` value), ``reason`` (a message),
    ``points`` (the score difference the reason quotes, NaN if none) and ``other``
    (the colleague or post it names, "" if none). ``only`` (employee indices): the
    rows of those left without a post among them only, as the whole table gives them
    (the decisions list's, from the placement before they were kept). ``lower``: the
    lower-kelas seats named so far in the plan (a new :class:`LowerSeats` of
    ``result`` if not given), to which this table's are added. ``final``: false for a
    placement before holders were kept, whose empty seats the plan no longer has (they
    are not counted there)."""
    comp = result.compiled
    assert comp is not None  # a scenario's result
    p = result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    ctx = comp.context
    org = comp.org
    n = p.n_employees
    scale = p.objective_scale
    cur = np.asarray(p.current_pos, dtype=np.int64)
    hc = np.asarray(p.capacity)
    who = np.flatnonzero(((cur >= 0) & (a != cur)) | (a < 0))
    if only is not None:  # no mover among them: no row another row's text reads
        who = np.intersect1d(who, np.asarray(only, dtype=np.int64)[a[only] < 0])
    rows: dict[int, tuple] = {}
    took_seat: dict[int, int] = {}  # a mover (chain, seat_for_better, tie) -> who took it
    chained: list[int] = []  # the chain's movers
    emp_ids = ctx.emp_ids
    names = (
        org.employees["name"].to_numpy(dtype=object) if "name" in org.employees.columns else None
    )

    named_once: dict[int, Message | str] = {}

    def named(j: int) -> Message | str:
        """A colleague as the reasons name them: ``Name (NIP)`` (the id without a name);
        one message per person, however many reasons name them."""
        if j not in named_once:
            named_once[j] = person(None if names is None else names[j], emp_ids[j])
        return named_once[j]

    pos_label = _pos_labels(org)
    excluded = org.excluded
    exclusion = (
        org.employees["exclusion"].to_numpy(dtype=object)
        if "exclusion" in org.employees
        else np.full(n, "", dtype=object)
    )
    # cost of each person's option now, and of staying in their current post
    e_now = p.edge_index(a)
    ec = p.edge_cost if p.n_edges else np.zeros(1, dtype=np.int64)
    cost_now = np.where(a >= 0, ec[np.maximum(e_now, 0)], p.unplaced_cost)
    e_stay = p.edge_index(np.where(cur >= 0, cur, -1))
    has_stay = e_stay >= 0
    cost_stay = np.where(has_stay, ec[np.maximum(e_stay, 0)], 0)
    fill = np.bincount(a[a >= 0], minlength=p.n_positions)
    holders_before = np.bincount(cur[cur >= 0], minlength=p.n_positions)
    # holders not placeable (past BUP, not active): not counted above, said beside it
    gone = ctx.emp("current_pos")[excluded]
    holders_gone = np.bincount(gone[gone >= 0], minlength=p.n_positions)
    newcomer = (a >= 0) & (a != cur)
    # per seat: newcomers who took it (ordered by id: rows are in id order)
    arrivals: dict[int, list[int]] = {}
    for j in np.flatnonzero(newcomer).tolist():
        arrivals.setdefault(int(a[j]), []).append(int(j))
    # per post, its holders in the placement: not those kept over its formasi pending
    # a decision, who lost the contest for its seats and take none
    seated = np.where(a >= 0, a, p.n_positions)
    if ctx.pending is not None:
        seated[ctx.pending] = p.n_positions
    placed_order = np.argsort(seated, kind="stable")
    starts = np.searchsorted(seated[placed_order], np.arange(p.n_positions + 1))

    def holders(q: int) -> np.ndarray:
        return placed_order[starts[q] : starts[q + 1]]

    pinned = np.asarray(p.pinned, dtype=np.int64)
    pu = np.asarray(p.position_unit)
    unit_before = np.bincount(p.current_unit[p.current_unit >= 0], minlength=p.n_units)
    unit_cap = np.asarray(p.unit_cap)
    min_fill = np.minimum(np.asarray(p.min_fill), hc)
    unit_bounds = _unit_bounds(p, a)

    score_at = functools.partial(_edge_score, p)  # (j, q): j's score in q, or None

    def scores_in(people: list[int], q: int) -> np.ndarray:
        """Each one's score in post ``q`` (:func:`_edge_score`; -inf without the pair),
        one look-up for all of them."""
        e = p.pair_edges(np.asarray(people, dtype=np.int64), np.full(len(people), q))
        return np.where(e >= 0, -ec[np.maximum(e, 0)].astype(float) / scale, -np.inf)

    def set_row(i: int, code: str, text: str, points: float = np.nan, other: str = "") -> None:
        rows[i] = (code, text, points, other)

    def ranked(j: int, c: int, i: int) -> Message:
        """A holder keeping a seat left of their post, with the ground it was kept on
        against holder ``i`` (their golongan too where the JPM ties)."""
        if pinned[j] == c:
            return msg("reason.kept_pinned", who=named(j))
        if ctx.kept_by_rule is not None and ctx.kept_by_rule[j]:
            key = "reason.kept_over_formasi" if over[j] else "reason.kept_rule"
            if ctx.kept_by_rule[j] == PENDING_RULE:
                key = "reason.kept_pending"
            return msg(key, who=named(j), rule=ctx.kept_by_rule[j])
        if ctx.reclaimed is not None and ctx.reclaimed[j]:  # after the others, see api
            return msg("reason.kept_back", who=named(j), jpm=jpm_there(j, tied=i))
        if alone(j, i):
            return msg("reason.kept_alone", who=named(j))
        theirs, mine = missed(j), missed(i)
        if theirs < mine:
            return msg("reason.kept_missed", who=named(j), theirs=theirs, mine=mine)
        return msg("reason.kept_jpm", who=named(j), jpm=jpm_there(j, tied=i))

    def missed(j: int) -> int:
        """How many of their own post's stated requirements ``j`` misses, as the seats
        left were ranked (0 where not ranked)."""
        return 0 if ctx.own_post_missed is None else int(ctx.own_post_missed[j])

    def alone(j: int, i: int) -> bool:
        """``j`` kept a seat left ahead of ``i`` as the rules open no other post to
        ``j`` and some to ``i``."""
        other = ctx.posts_elsewhere
        return other is not None and other[j] == 0 and other[i] > 0

    def jpm_there(j: int, tied: int) -> Message | float:
        """``j``'s JPM in their own post as the seats left were ranked by, with their
        SKP rating and golongan where it equals ``tied``'s (those then decided, or the
        NIP)."""
        v = _jpm_there(ctx.own_post_jpm, j)
        if str(v) != str(_jpm_there(ctx.own_post_jpm, tied)):
            return v
        rating = _rating(ctx.emp("perf_level")[j])  # none given: ranked as Baik
        return msg("reason.jpm_golongan", jpm=v, rating=rating, rank=_golongan(ctx, j))

    def level_with(j: int, i: int) -> bool:
        """``j`` and ``i`` alike in all the seats left are ranked by before the NIP:
        JPM there as quoted, SKP rating (none given as Baik), golongan."""
        if missed(j) != missed(i):
            return False
        if str(_jpm_there(ctx.own_post_jpm, j)) != str(_jpm_there(ctx.own_post_jpm, i)):
            return False
        skp = levels.skp_order(ctx.emp("perf_level")[[j, i]])
        rank = ctx.emp("rank_level")[[j, i]]
        return bool(skp[0] == skp[1] and rank[0] == rank[1])

    def service_decided(j: int, i: int) -> Message:
        """What decided between ``j`` (kept) and ``i``, alike in JPM, SKP rating and
        golongan, as the order weighs it (:func:`~placement.model.levels.service_keys`:
        an unknown value ranks last): the longer service, a TMT CPNS missing, the
        older, a birth date missing, else the NIP."""
        tmt, born = stability.service_keys(ctx)
        last = np.iinfo(np.int64).max
        if tmt[j] != tmt[i]:
            if last in (tmt[j], tmt[i]):
                return msg("reason.service_missing", who=named(j))
            return msg("reason.service_decided", who=named(j), theirs=_ym(tmt[j]), own=_ym(tmt[i]))
        if born[j] != born[i]:
            if last in (born[j], born[i]):
                return msg("reason.birth_missing", who=named(j))
            ages = {"who": named(j), "theirs": _ymd(born[j]), "own_birth": _ymd(born[i])}
            if tmt[i] == last:
                return msg("reason.age_decided_no_tmt", **ages)
            return msg("reason.age_decided", own=_ym(tmt[i]), **ages)
        return msg("reason.nip_decided", who=named(j))

    def own_footing(
        i: int, c: int, mine: float, kept: list[int], kept_scores: np.ndarray
    ) -> Message:
        """Holder ``i``'s score in their own post ``c`` (``mine``), their JPM there and
        SKP rating, and who of those kept (``kept``, scores ``kept_scores``) scores
        least, with their JPM and rating (review 58: one kept at a lower JPM, rated
        lower, went unnamed; the score's other terms made the difference)."""
        least = int(np.argmin(kept_scores))  # the first such, in the order of ``kept``
        j = kept[least]
        pair = ctx.pair_jpm(np.array([i, j]), np.array([c, c]))[0]
        jpm = [msg("reason.no_jpm") if np.isnan(v) else float(np.round(v, 1)) for v in pair]
        perf = ctx.emp("perf_level")
        common = {"mine": _pts(mine), "jpm": jpm[0], "skp": _rating(perf[i])}
        if len(kept) == 1:
            return msg("reason.own_footing_one", **common, least=_pts(float(kept_scores[0])))
        return msg(
            "reason.own_footing",
            **common,
            who=named(j),
            least=_pts(float(kept_scores[least])),
            their_jpm=jpm[1],
            their_skp=_rating(perf[j]),
        )

    def _skp_seat_part(i: int) -> float:
        """What keeping holder ``i`` in a seat over their post's formasi would cost by
        the ``skp_seat`` term (points, 0 for none), as their own change quotes it."""
        if a[i] < 0 or e_stay[i] < 0:
            return 0.0
        return float(_gains(p, int(e_stay[i]), int(e_now[i]), ctx).get("skp_seat", 0.0))

    def own_change(i: int, gain: float) -> Message:
        """``-10.0 points: continuity -20.0, preference +10.0``: what leaving their post
        for the new one (or none) changes (``gain``), per objective term where both
        are edges."""
        parts = (
            _summed(p, int(e_stay[i]), int(e_now[i]), gain, ctx)
            if a[i] >= 0 and e_stay[i] >= 0
            else {}
        )
        if not parts:
            return msg("reason.own_points", points=_pts(gain))
        # the seat's weight and the SKP charge on a seat over formasi are the plan's, not
        # the holder's (reviews 80 M2, 81: "own change 26.86" of which vacancy +32.5)
        plans = {k: v for k, v in parts.items() if (k in seat_terms or k == "skp_seat") and v}
        if plans:
            seat = round(sum(plans.values()), 6)
            return msg(
                "reason.own_change_seat",
                points=_pts(gain),
                parts=term_parts(parts),
                mine=_pts(gain - seat),
                seat=_pts(seat),
                plans=term_parts(plans),
            )
        return msg("reason.own_change", points=_pts(gain), parts=term_parts(parts))

    # terms a seat earns whoever fills it (e.g. vacancy): a chain leaves the mover's
    # seat filled, so they are the posts' value, not the mover's own change
    seat_terms = {t.name for t, _ in comp.terms if t.kind == "position"}

    def personal(i: int, gain: float) -> tuple[float, Message | str]:
        """A chain mover's own change, the seats' terms left out, and its parts as
        `` (continuity -20.0, jpm -3.3)``; ``(gain, "")`` where the terms do not add
        up to it (lexicographic priorities)."""
        if a[i] < 0 or e_stay[i] < 0:
            return gain, ""
        parts = _summed(p, int(e_stay[i]), int(e_now[i]), gain, ctx)
        if not parts:
            return gain, ""
        mine = {k: v for k, v in parts.items() if k not in seat_terms}
        if not mine:  # only the seats' value differs: none of their own
            return 0.0, ""
        return round(sum(mine.values()), 6), msg("reason.chain_parts", parts=term_parts(mine))

    kept_in: dict[int, tuple[list[int], np.ndarray, Message]] = {}
    chain_misses: dict[int, Message] = {}  # a chain mover who misses their post's rules
    chain_parts: dict[int, Message | str] = {}  # a chain mover's own change by term
    seat_named: dict[int, set[int]] = {}  # post -> newcomers named as taking a seat of it
    # holders a rule keeps in their post for certain (within a year of BUP): as pinned
    held = np.zeros(n, dtype=bool) if ctx.held_by_rule is None else ctx.held_by_rule.copy()
    held &= np.asarray(p.must_place) & (pinned < 0)  # held for certain in this problem

    def pinned_decided(i: int, kept: list[int]) -> Message | str:
        """Of ``kept`` (pinned to holder ``i``'s post), the last in the order that
        keep_incumbents and the compile give its holders (a rule keeping them first,
        then those who meet the post's requirements, those the rules open no other post
        to, the better SKP rating, the higher golongan, the longer service), and the
        first of those grounds on which they are ahead of ``i``."""
        if not kept:
            return ""
        perf = levels.skp_order(ctx.emp("perf_level"))
        rank = np.nan_to_num(ctx.emp("rank_level").astype(float), nan=-1.0)
        tmt, _ = stability.service_keys(ctx)
        meets = ctx.meets_own_post
        rule = ctx.kept_by_rule
        # the posts the rules open to each, their own left out, as the compile's
        # settling of the contest counts them (settle_kept); counted once per call
        if not open_posts:
            e, q = rule_edges_of(ctx, comp.config.eligibility)
            own = find_pairs(e, q, np.arange(n), cur)[1]
            open_posts.append(np.bincount(e, minlength=n) - own)
        other = {h: bool(open_posts[0][h] > 0) for h in (i, *kept)}

        def keys(h: int) -> tuple:
            return (
                rule is None or rule[h] == "",
                meets is not None and not meets[h],
                other[h],
                -int(perf[h]),
                -float(rank[h]),
                int(tmt[h]),
            )

        j = max(kept, key=lambda h: (keys(h), str(emp_ids[h])))
        mine, theirs = keys(i), keys(j)
        if (theirs, str(emp_ids[j])) > (mine, str(emp_ids[i])):
            # the order puts this holder first: a pin kept the other (review 145 M2)
            ground = msg("reason.ground_pin")
        elif theirs[0] != mine[0]:
            ground = msg("reason.ground_rule", rule=rule[j] if rule is not None else "")
        elif theirs[1] != mine[1]:
            ground = msg("reason.ground_meets")
        elif theirs[2] != mine[2]:
            ground = msg("reason.ground_alone")
        elif theirs[3] != mine[3]:
            ground = msg("reason.ground_skp", theirs=_rating(perf[j]), mine=_rating(perf[i]))
        elif theirs[4] != mine[4]:
            ground = msg("reason.ground_golongan", theirs=_golongan(ctx, j), mine=_golongan(ctx, i))
        elif theirs[5] != mine[5] and iinfo_max not in (tmt[i], tmt[j]):
            ground = msg("reason.ground_service", theirs=_ym(tmt[j]), mine=_ym(tmt[i]))
        else:
            ground = msg("reason.ground_order")
        said = msg("reason.pinned_decided", who=named(j), ground=ground)
        # those kept ahead of ``i`` on a ground of the order's first three (a rule,
        # the post's requirements, no other post open) though the SKP rating, the
        # golongan and the service would put ``i`` first: named with their rating and
        # golongan, per ground (review 141 M3: Tari Jadisari, Butuh Perbaikan, kept in
        # P0460 as the rules open no other post to her, while four rated Baik left it,
        # each told only of the last kept, ahead of them on golongan)
        ahead: dict[tuple[int, str], list[int]] = {}
        for h in kept:
            k = keys(h)
            # ahead on a ground of the three (a pin may keep one against the order:
            # review 145 M2), behind on the merit keys, and not by a service date
            # unknown (review 145 M3; as the ground above: iinfo_max)
            if h == j or k[3:] <= mine[3:] or not k[:3] < mine[:3]:
                continue
            if k[3:5] == mine[3:5] and iinfo_max in (tmt[i], tmt[h]):
                continue
            tier = next(x for x in range(3) if k[x] != mine[x])
            by = rule[h] if tier == 0 and rule is not None else ""
            ahead.setdefault((tier, by), []).append(h)
        for (tier, by), who in sorted(ahead.items()):
            ground = (
                msg("reason.ground_rule", rule=by),
                msg("reason.ground_meets"),
                msg("reason.ground_alone"),
            )[tier]
            rated = [
                msg(
                    "reason.person_rated",
                    who=named(h),
                    skp=join(", ", [_rating(perf[h]), _golongan(ctx, h)]),
                )
                for h in who
            ]
            note = msg("reason.kept_ahead_on", ground=ground, who=first_of(rated, 3))
            said = join("; ", [said, note])
        return said

    iinfo_max = np.iinfo(np.int64).max
    open_posts: list[np.ndarray] = []  # per employee, other posts the rules open (lazy)

    def fixed(j: int, c: int) -> bool:
        """``j`` keeps post ``c`` whatever the scores: pinned there, or kept by a rule."""
        return bool(pinned[j] == c or held[j])

    # holders kept over formasi until BUP: a seat of their own, not one of the formasi
    # (``held_over``, as compiled); ``over``: those the placement leaves over it (the
    # others sit in a seat it left free)
    held_over = comp.over_formasi if comp.over_formasi is not None else np.zeros(n, dtype=bool)
    formasi = hc - np.bincount(cur[held_over], minlength=p.n_positions)
    over = left_over_formasi(comp, a)
    # per post, those kept over its formasi, and the seats of its formasi this plan
    # leaves empty (as the vacancies count them: those kept over it hold none)
    over_at = np.bincount(cur[over], minlength=p.n_positions)
    vacant = np.maximum(formasi_left(comp, a, over), 0)
    # a holder who meets their post's rules, where its holders who meet them come first
    # and all of them fit its formasi, was sent away by no formasi: the seat a holder
    # who misses them keeps is theirs only once this one left (review 48: one rated
    # Sangat Baik left P0026 for 1.0 point and was told "kept: …" of two who miss its
    # field)
    room_first = np.zeros(n, dtype=bool)
    if ctx.meets_own_post is not None and ctx.holders_meeting_rules is not None:
        post = np.maximum(cur, 0)
        first = qualified_first_posts(ctx, comp.config.eligibility)
        room_first = (
            ctx.meets_own_post
            & (cur >= 0)
            & first[post]
            & (ctx.holders_meeting_rules[post] <= formasi[post])
        )

    # per post, its holders who miss its rules and lack its profession's licence yet
    # keep a seat of it (pinned, held by a rule, or kept pending the PPK for want of
    # another post), in id order
    unlicensed_kept: dict[int, list[int]] = {}
    lacks = unlicensed(ctx, comp.config.eligibility)
    if lacks is not None and ctx.meets_own_post is not None:
        keeps = (lacks != "") & ~ctx.meets_own_post & (a == cur) & (cur >= 0) & ~over
        for j in np.flatnonzero(keeps).tolist():
            unlicensed_kept.setdefault(int(cur[j]), []).append(j)

    def _unlicensed_seats(c: int, i: int) -> Message | str:
        """For ``i``, who left post ``c`` for want of its licence: the seats of ``c``
        the plan leaves empty, those of its holders without the licence who keep one,
        and the posts the rules open to ``i`` ("" where none stays empty and no one
        without the licence keeps one; review 109 L1: three left P0090, 14 of whose 50
        seats stay empty, told "a seat of it goes to one who holds the licence", while
        five without it kept one)."""
        kept = [j for j in unlicensed_kept.get(c, []) if j != i]
        if not (vacant[c] or kept):
            return ""
        off = not comp.config.eligibility.keep_displaced_holders
        return msg(
            "reason.unlicensed_seats" + ("_off" if off else ""),
            empty=msg("reason.unlicensed_seats_empty", empty=int(vacant[c])) if vacant[c] else "",
            kept=msg("reason.unlicensed_seats_kept", k=len(kept), who=_first_named(kept, named))
            if kept
            else msg("reason.unlicensed_seats_none"),
            n=int(ctx.posts_elsewhere[i]) if ctx.posts_elsewhere is not None else 0,
        )

    def kept_named(j: int) -> Message | str:
        """A holder kept in their post, with the rule that keeps them if one does
        (held by it, or pinned there first by keep_incumbents for it), and whether
        over its formasi."""
        rule = "" if ctx.kept_by_rule is None else ctx.kept_by_rule[j]
        if rule == PENDING_RULE:
            return msg("reason.kept_pending", who=named(j))
        if rule and over[j]:
            return msg("reason.kept_over_formasi", who=named(j), rule=rule)
        if rule and (held[j] or pinned[j] == cur[j]):
            return msg("reason.kept_rule", who=named(j), rule=rule)
        return named(j)

    proven = result.status is Status.OPTIMAL  # "the plan's total" claims need it

    # the empty lower-kelas seat each reason names, allotted before any reason: one
    # seat is named for one person (review 44: one seat was named for four)
    if lower is None:
        lower = LowerSeats.of(result)
    assert len(lower.named) == p.n_positions  # one plan's posts
    # a post with a seat left empty in the plan is nearer than a held one (review 54:
    # the nearest post named another office's held JPT post, not the merged office's)
    empty = lower.capacity > lower.fill
    near_memo: dict[tuple[int, int, bool], Nearest] = {}

    def near(i: int, skip: int = -1, as_near: bool = False) -> Nearest:
        """:func:`nearest_and_lower`, once per person and post skipped (and once more
        with the post as near, for the reasons that say it)."""
        if (i, skip, as_near) not in near_memo:
            near_memo[i, skip, as_near] = nearest_and_lower(comp, i, skip, empty, as_near)
        return near_memo[i, skip, as_near]

    left = who[(a[who] < 0) & ~excluded[who]]
    # each of them reads their nearest post: the rules missed, counted for all at once
    _count_misses(comp, left, np.flatnonzero(ctx.pos("headcount") > 0))
    allot_lower_seats(comp, lower, left, near)

    def seat_holders(q: int) -> np.ndarray:
        """Those holding a seat of ``q``'s formasi: not those kept over it until BUP,
        who take none (review 94 H1: a holder without its licence, kept in P0089 over
        formasi, was named as the one the best post "went to")."""
        h = holders(q)
        return h[~over[h]]

    def unplaced_reason(i: int, record: Callable[..., None], skip: int = -1) -> None:
        _unplaced_reason(
            i,
            p,
            ctx,
            comp,
            seat_holders,
            fill,
            a,
            score_at,
            pos_label,
            emp_ids,
            named,
            record,
            near,
            lower,
            skip=skip,
            proven=proven,
        )

    # per post: formasi 0 in the data already (as read, before the operations), not
    # closed by the scenario
    closed_as_read = comp.no_seat_as_read()

    # per post, those kept in it over formasi pending the PPK's decision
    pend = np.flatnonzero(ctx.pending) if ctx.pending is not None else np.zeros(0, np.int64)
    pend_at: dict[int, list[int]] = {}
    for j in pend.tolist():  # the few kept, not the roster
        pend_at.setdefault(int(cur[j]), []).append(j)

    def pending_in(c: int) -> list[int]:
        return pend_at.get(c, [])

    yields = ctx.yields_own_post  # holders who miss their post's rules, yielding it
    # per post, its seats given back after a holder moved on (see api._give_seats_back)
    given_back = np.zeros(p.n_positions, dtype=np.int64)
    if ctx.reclaimed is not None:
        given_back = np.bincount(cur[ctx.reclaimed], minlength=p.n_positions)
    for i in who.tolist():
        c = int(cur[i])
        if excluded[i]:
            # a Message (translated) or a plain reason
            set_row(i, "excluded", msg("reason.excluded", why=exclusion[i]))
            continue
        if c < 0:  # a new hire (or someone without a post) left unplaced
            unplaced_reason(i, set_row)
            continue
        if hc[c] == 0:
            key = "reason.post_closed_data" if closed_as_read[c] else "reason.post_closed"
            set_row(i, "post_closed", msg(key, position=pos_label[c]))
            continue
        if pinned[i] >= 0 and pinned[i] != c:
            set_row(
                i, "pinned_elsewhere", msg("reason.pinned_elsewhere", position=pos_label[pinned[i]])
            )
            continue
        if yields is not None and yields[i]:
            fails = requirement_failures(comp, i, c)
            assert ctx.holders_meeting_rules is not None  # set with yields_own_post
            meeting = int(ctx.holders_meeting_rules[c])
            left = max(int(formasi[c]) - meeting, 0)
            # those of them who hold it now (one may have left for a better post)
            kept_left = [j for j in ctx.seats_left_to.get(c, []) if a[j] == c]
            # kept on their JPM (not pinned there, nor kept by a rule)
            by_rule = ctx.kept_by_rule
            rivals = [
                j for j in kept_left if pinned[j] != c and (by_rule is None or not by_rule[j])
            ]
            common = {
                "position": pos_label[c],
                "meeting": meeting,
                "seats": int(formasi[c]),
                "rules": join("; ", fails),
            }
            lacking = ctx.yields_unlicensed
            if lacking is not None and lacking[i] != "":  # no seat left is theirs
                # under ``career: lenient`` one coming in may lack the licence too
                # (review 87): the rule's ground, not a licence holder taking the seat
                key = "reason.qualified_first_unlicensed" + (
                    "_lenient" if comp.config.eligibility.career == "lenient" else ""
                )
                text = msg(key, **common, licence=lacking[i])
                # seats no licence holder needed, or others without it keep: not why
                # they left (said of the placement the reasons are of: not of one
                # before holders were kept; review 112 M1: silent where no seat was
                # empty and two like them kept one)
                seats = _unlicensed_seats(c, i) if final else ""
                if seats:
                    text = join("", [text, seats])
            elif left and kept_left:  # who keeps the seats left, and on what ground
                text = msg(
                    "reason.qualified_first",
                    **common,
                    left=msg("reason.seats_left", left=left)
                    if not given_back[c]
                    else msg("reason.seats_left_back", left=left, back=int(given_back[c])),
                    kept=_first_named(kept_left, functools.partial(ranked, c=c, i=i)),
                    # the golongan where it decided against the holder just above
                    jpm=jpm_there(i, tied=rivals[-1])
                    if rivals and not alone(rivals[-1], i)
                    else _jpm_there(ctx.own_post_jpm, i),
                    elsewhere=msg(
                        "reason.posts_elsewhere",
                        n=int(ctx.posts_elsewhere[i]),  # type: ignore[index]
                    )
                    if any(alone(j, i) for j in rivals)
                    else "",
                )
                if rivals and not alone(rivals[-1], i) and level_with(rivals[-1], i):
                    # alike in all the order weighs before the DUK's service and age:
                    # which of those decided, or the NIP (review 36, 37)
                    text = join("; ", [text, service_decided(rivals[-1], i)])
                held_by_pin = [j for j in kept_left if pinned[j] == c]
                if held_by_pin and not rivals and pinned[i] != c:
                    # kept by the scenario's pins alone: on which of keep_incumbents'
                    # grounds the last of them is ahead of this holder (review 155 M1:
                    # "(pinned there)" of three, while this holder was better rated,
                    # of a higher golongan and JPM: the rules open no other post to them)
                    text = join("; ", [text, pinned_decided(i, held_by_pin)])
                in_seat = [j for j in kept_left if not over[j]]  # over formasi: no seat
                if len(in_seat) < left:
                    # the seats left that no holder who misses its rules keeps: taken by
                    # people who did not hold the post, or empty (review 62: "5 more
                    # seat(s) may go to holders who miss them too" named 4; the fifth
                    # had gone to an incoming mover)
                    came = [j for j in arrivals.get(c, []) if j != i]
                    rest = []
                    if came:
                        who_came = _first_named(came, named)
                        rest.append(msg("reason.seats_left_came", n=len(came), who=who_came))
                    if vacant[c]:
                        rest.append(msg("reason.seats_left_empty", n=int(vacant[c])))
                    text = join(
                        "",
                        [
                            text,
                            msg(
                                "reason.seats_left_others",
                                k=len(in_seat),
                                rest=join(", ", rest),
                            ),
                        ],
                    )
            else:
                text = msg("reason.qualified_first_full", **common)
                came = [j for j in arrivals.get(c, []) if j != i] if left else []
                if came:
                    # the seats beyond those who meet its rules went to people coming in
                    # (review 159 M3: Muhammad Jumat's P0196, 4 meeting it for 5 seats,
                    # did not say that a new hire took the fifth)
                    took = msg("reason.seats_left_came", n=len(came), who=_first_named(came, named))
                    text = join("", [text, msg("reason.seats_beyond_came", left=left, rest=took)])
            set_row(i, "qualified_first", text)
            continue
        if not has_stay[i]:
            fails = requirement_failures(comp, i, c)
            set_row(
                i,
                "fails_own_post",
                msg("reason.fails_own_post", position=pos_label[c], rules=join("; ", fails)),
            )
            continue
        came = arrivals.get(c, [])
        own_gain = (cost_stay[i] - cost_now[i]) / scale
        # an over-filled post that ends with a seat empty sent nobody away for its
        # formasi: each who left could have stayed, and is a move like any other
        # (review 45: five left a post of 24 holders for 22 seats, "over formasi")
        over_full = holders_before[c] > hc[c] and fill[c] >= hc[c] and not room_first[i]
        if over_full and c not in kept_in:
            # an over-filled post's incumbents who keep it, their scores there, their
            # names: once per post
            k = [j for j in holders(c).tolist() if cur[j] == c]
            kept_in[c] = (k, scores_in(k, c), _first_named(k, kept_named))
        if over_full and kept_in[c][0]:  # nobody kept: a reason below
            kept, kept_scores, names_kept = kept_in[c]
            mine = -cost_stay[i] / scale
            # "with a higher score" only when it is true of every one kept; otherwise
            # the scenario's pins, or the plan as a whole chose (a tie, or this
            # holder's better other option), said only of a proven optimum
            level_at = np.flatnonzero(kept_scores <= mine)
            level = [kept[t] for t in level_at.tolist()]
            common = {
                "position": pos_label[c],
                "holders": (
                    msg("reason.holders_besides", n=int(holders_before[c]), k=int(holders_gone[c]))
                    if holders_gone[c]
                    else msg("reason.holders", n=int(holders_before[c]))
                ),
                "seats": int(formasi[c]),
                "kept": names_kept,
            }
            points = np.nan
            ruled = "_rule" if any(held[j] for j in kept) else ""  # a rule held some
            # the "some" kept whatever the scores: each named with the rule that keeps
            # them where no pin is among them (review 48: "pinned there by the
            # scenario" where nobody was pinned)
            some = [j for j in kept if fixed(j, c)]
            if some and ctx.kept_by_rule is not None and all(ctx.kept_by_rule[j] for j in some):
                some_key = "reason.over_formasi_ruled_some"
            else:
                some_key = f"reason.over_formasi_pinned_some{ruled}"
            if all(fixed(j, c) for j in kept):
                # the scenario's pins chose (e.g. keep_incumbents), or a rule, not the scores
                text = msg(f"reason.over_formasi_pinned{ruled}", **common)
                # and on which of its grounds the last of those kept is ahead of this
                # holder (review 84 M4: Dwiri Purdito, Baik and meeting P0215's rules,
                # left while Hawan Suzal Katarah, Butuh Perbaikan, whom no other post
                # is open to, stayed: the order was named, not what decided)
                if pinned[i] != c:
                    text = join(
                        "; ", [text, pinned_decided(i, [j for j in kept if pinned[j] == c])]
                    )
            elif level and all(fixed(j, c) for j in level):
                # pins kept those who score no more; the others kept score more
                text = msg(
                    some_key,
                    **{
                        **common,
                        "kept": _first_named([j for j in kept if fixed(j, c)], kept_named),
                        "higher": _first_named([j for j in kept if not fixed(j, c)], named),
                    },
                )
            elif not level and any(fixed(j, c) for j in kept):
                # each kept scores more, but some are kept whatever the scores (pinned,
                # or a rule): "with a higher score" is said of the others only
                text = msg(
                    some_key,
                    **{
                        **common,
                        "kept": _first_named([j for j in kept if fixed(j, c)], kept_named),
                        "higher": _first_named([j for j in kept if not fixed(j, c)], named),
                    },
                )
            elif not level:
                # the ground of "a higher score", checkable: this holder's score there and
                # what it rests on (the JPM there, the SKP rating), against the least kept
                # (review 56: one rated Sangat Kurang at JPM 55 was sent away with
                # neither named)
                text = join(
                    "; ",
                    [
                        msg("reason.over_formasi", **common),
                        own_footing(i, c, mine, kept, kept_scores),
                    ],
                )
            elif not proven:
                text = msg("reason.over_formasi_kept", **common)
            elif len(level) == len(kept):  # none of those kept scores more there
                text = msg("reason.over_formasi_even", **common, points=own_change(i, own_gain))
                points = own_gain
            else:
                text = msg(
                    "reason.over_formasi_plan",
                    **common,
                    level=_first_named(level, named),
                    points=own_change(i, own_gain),
                )
                points = own_gain
            if not np.isnan(points):
                # what the rating weighs, said first-hand (review 61: "not on score
                # alone" where the SKP weighed, the term only among the parts)
                weak = _skp_seat_part(i)
                if weak > 0:
                    skp = _rating(ctx.emp("perf_level")[i])
                    text = join("; ", [text, msg("reason.skp_seat_decided", skp=skp, points=weak)])
            if not np.isnan(points):  # the plan chose: the trade-off, in the data's terms
                mover = np.asarray(kept)[level_at]
                free_at = level_at[(pinned[mover] != c) & ~held[mover]]
                unpinned = [kept[t] for t in free_at.tolist()]
                least = _least_kept(unpinned, kept_scores[free_at], mine, emp_ids)
                tie = False
                their_way = None  # the post the least kept would take instead, where known
                # where one kept could go instead: a free seat, or this holder's new
                # post (its seat freed if this holder stayed), within the units' caps
                free = _swap_room(p, a, fill, i, c, unit_bounds)
                if least is not None:
                    note, tie, their_way = _least_kept_note(p, c, least, free, named, own_gain)
                    text = join("; ", [text, note])
                if not tie and a[i] >= 0:
                    # another kept, not the least, whose leaving instead changes the
                    # plan's total by as much: a tie all the same (review 125 H1: Judi
                    # Irman Simtasid, kept in P0460 at Juyan Dwimat Huradi's score there,
                    # could take P0073 at his score too; the reason named only the
                    # least kept, whom no way out is open to)
                    free_kept = [j for j in kept if pinned[j] != c and not held[j] and j != least]
                    other = _tied_kept(p, c, free_kept, free, own_gain, emp_ids)
                    if other is not None:
                        least, score, way_best, their_way = other
                        tie = True
                        text = join(
                            "; ",
                            [
                                text,
                                msg(
                                    "reason.kept_other_tie",
                                    who=named(least),
                                    score=_pts(score),
                                    best=_pts(way_best),
                                    # the post named (review 132 L2: the way read as into
                                    # this holder's new post, another's open to them)
                                    where=pos_label[int(their_way[0])],
                                ),
                            ],
                        )
                if a[i] < 0 and least is None:  # left without a post: one kept as good there
                    least = _tied_unplaced(p, c, unpinned, i, emp_ids)
                    if least is not None:
                        tie = True
                        text = join("; ", [text, msg("reason.kept_tie_unplaced", who=named(least))])
                if tie and least is not None:  # the ratings: what the tie-break weighs first
                    more, by = 0, ""  # the other way's changes; what else decided
                    if their_way is not None and a[i] >= 0:  # any of the posts alike
                        way = [(i, c), (least, int(their_way[0]))]
                        # the changes from the reference decide first (review 131 M2:
                        # "decided by the golongan" under another scenario's placement)
                        more, apart = _ways_apart(p, ctx, a, way)
                        both = np.append(i, np.full(len(their_way), least))
                        up = _rises(ctx, both, np.append(a[i], their_way))
                        # this holder rises, the least kept would not, and their merit
                        # alone would not have decided
                        kelas = apart == "kelas" and bool(up[0]) and not up[1:].any()
                        by = "waits" if apart == "waits" else "kelas" if kelas else ""
                    tied = _tie_ratings(ctx, i, least, more=more, by=by)
                    text = join("; ", [text, tied])
                if (
                    a[i] >= 0
                    and len(unpinned) > 1
                    and not any(_elsewhere(p, j, c) for j in unpinned)
                ):
                    # the ground said first-hand (review 62: Hensan Karah, one of those
                    # alike, left: the rules open no other post to any of the others)
                    text = join("; ", [text, msg("reason.only_one_may_go", n=len(unpinned))])
                if a[i] >= 0:
                    # those of them rated below Baik, whom the rules open no other post
                    # to, keep seats this holder, rated better, leaves (review 95 H2:
                    # Hensan Karah, Baik, JPM 95.5, left P0207 while Mutno Kapung,
                    # Butuh Perbaikan, JPM 81.8, kept a seat, named nowhere)
                    text = _kept_weaker(p, ctx, (i, c, own_gain), unpinned, named, text)
            if came:  # seats of the post that went to people who did not hold it
                gap = {j: _or_low(score_at(j, c)) - mine for j in came if pinned[j] != c}
                text = join("; ", [text, _newcomers(came, c, gap, named)])
                if proven and np.isnan(points) and any(d < 0.005 for d in gap.values()):
                    # one scores no more than this holder: the plan's total chose
                    text = join("; ", [text, msg("reason.plan_total")])
            # those who stay in it over its formasi pending the PPK's decision, the plan
            # having no seat for them within the rules (review 76: a holder meeting
            # P0507's rules left it while four who miss them stayed, named nowhere)
            waiting = pending_in(c)
            if waiting:
                text = join(
                    "; ",
                    [
                        text,
                        msg(
                            "reason.over_formasi_pending",
                            n=len(waiting),
                            who=_first_named(waiting, named),
                            # the post named, not "it" after another post (review 150 L2)
                            position=pos_label[c],
                        ),
                    ],
                )
            set_row(i, "over_formasi", text, points)
            continue
        by_pin = [j for j in came if pinned[j] == c]
        if by_pin and fill[c] >= hc[c]:
            j = by_pin[0]
            set_row(
                i,
                "displaced_by_pin",
                msg("reason.displaced_by_pin", who=named(j), position=pos_label[c]),
                other=emp_ids[j],
            )
            continue
        if own_gain > 0 and a[i] >= 0:
            parts = _gains(p, e_stay[i], e_now[i], ctx)
            fit = round(sum(v for k, v in parts.items() if k in FIT_TERMS), 6)
            # the vacancy's weight carries a move whose fit gain the move cost outweighs
            # (review 64: "fits P0178 better: +28.0 (field +10, continuity -20, vacancy
            # +38)" with the JPM unchanged; 59 of 71 such in `workload`)
            vac = parts.get("vacancy", 0.0)
            # the SKP terms are the plan's too: a seat over formasi kept by one rated
            # below Baik, a step up taken by one (review 84 M2: "+2.3" of Nur Waana
            # Martalim, Sangat Kurang, whose JPM rose 5 points and whose seat over
            # formasi the plan shed, +36.0, net of the step up, -18.7)
            skp_part = round(parts.get("skp_seat", 0.0) + parts.get("skp_step", 0.0), 6)
            carried = fit > 0 and vac > 0 and own_gain - vac - skp_part <= 0.005
            code = "better_fit" if fit > 0 and not carried else "priority_vacancy"
            key = code
            if carried and skp_part:
                key = "priority_vacancy_carried_skp"
            elif carried:
                key = "priority_vacancy_carried"
            elif fit < 0:  # never "no loss" when lost
                key = "priority_vacancy_loss"
            elif fit == 0 and any(v < 0 for k, v in parts.items() if k in FIT_TERMS):
                key = "priority_vacancy_even"  # JPM down 4, education up: not "no loss"
            elif code == "better_fit" and vac > 0:
                # the fit pays for the move, and the vacancy's weight comes on top: said
                # apart (reviews 68, 69: "fits P0490 better: +57.0" of which vacancy +50)
                key = "better_fit_vacancy"
            sums = _said_sums(parts, own_gain, vac > 0)
            set_row(
                i,
                code,
                msg(
                    f"reason.{key}",
                    position=pos_label[a[i]],
                    points=sums["total"],
                    parts=term_parts(sums["parts"]),
                    # the loss as printed, or where it prints as 0.0 as it is (review
                    # 119 L1: "a loss of fit of -0.0 points" of jpm -0.03)
                    loss=-sums["fit"] if sums["fit"] < 0 else _pts(-fit),
                    fit=sums["fit"],
                    rest=sums["rest"],
                    gained=sums["gained"],
                    # "does not pay for the move" is false where it pays it exactly
                    # (review 116 L1: "20.0 points, does not pay …: it is 0.0")
                    short=msg("reason.gain_even" if sums["rest"] >= 0 else "reason.gain_short"),
                    vac=sums["vac"],
                    skp=sums["skp"],
                    plan=_pts(sums["vac"] + sums["skp"]),
                    weighs=_priority_weighs(comp, int(a[i]), c) if code != "better_fit" else "",
                    fills=msg(
                        "reason.fills_vacancy",
                        position=pos_label[a[i]],
                        weighs=_priority_weighs(comp, int(a[i]), c),
                    )
                    if code != "better_fit"
                    else "",
                ),
                own_gain,
            )
            if skp_part and vac > 0 and key != "priority_vacancy_carried_skp":
                code_, text, points_, other = rows[i]
                note = msg("reason.skp_part_apart", skp=sums["skp"])
                rows[i] = (code_, join("; ", [text, note]), points_, other)
            meets = ctx.meets_own_post
            # the rules missed, not the catch-all of a pair the rules allow (review 168
            # H1: "excluded by an eligibility rule of the scenario that states no reason"
            # of two holders of posts asking SMA alone)
            unmet = _own_rules_missed(comp, i, c) if meets is not None and not meets[i] else []
            if unmet:  # they hold their own post without meeting its rules: said
                # (review 163 L2: an SMA holder of a D3 post read as moved for the
                # vacancy alone, the education term the only trace)
                code_, text, points_, other = rows[i]
                note = msg(
                    "reason.own_rules_missed", position=pos_label[c], rules=join("; ", unmet)
                )
                rows[i] = (code_, join("; ", [text, note]), points_, other)
            continue
        mine = -cost_stay[i] / scale

        # each newcomer is named for one holder's seat: two who left the same post are
        # not both told the same person took theirs (review 36); the best of those
        # not yet named, else the best of all
        named_for = seat_named.setdefault(c, set())
        best = _best_newcomer([j for j in came if j not in named_for], c, mine, score_at)
        if best is None or best[1] <= 0:
            best = _best_newcomer(came, c, mine, score_at)
        if best is not None and best[1] > 0:
            j, d = best
            named_for.add(j)
            took_seat[i] = j
            fails = _own_rules_missed(comp, i, c)
            # by term: what the newcomer brings to the seat that this holder does not
            # (both edges into the same post: the move cost of each included)
            terms = _terms(p, int(e_stay[i]), int(e_now[j]), d, ctx) if has_stay[i] else ""
            set_row(
                i,
                "seat_for_better",
                msg(
                    "reason.seat_for_better",
                    who=named(j),
                    position=pos_label[c],
                    points=_pts(d),
                    parts=terms,
                    misses=msg("reason.misses_own_post", rules=join("; ", fails)) if fails else "",
                ),
                d,
                emp_ids[j],
            )
            continue
        if best is not None and best[1] == 0 and own_gain == 0:
            j = best[0]
            took_seat[i] = j
            fails = _own_rules_missed(comp, i, c)
            misses = msg("reason.misses_own_post", rules=join("; ", fails)) if fails else ""
            text = msg("reason.tie", who=named(j), position=pos_label[c], misses=misses)
            set_row(i, "tie", text, 0.0, emp_ids[j])
            continue
        u = int(pu[c])
        if unit_cap[u] >= 0 and unit_before[u] > unit_cap[u]:
            set_row(
                i,
                "rule",
                msg(
                    "reason.unit_cap",
                    unit=p.label("unit", u),
                    before=int(unit_before[u]),
                    cap=int(unit_cap[u]),
                ),
            )
            continue
        q = int(a[i])
        if q >= 0 and min_fill[q] > 0 and fill[q] <= min_fill[q]:
            set_row(i, "rule", msg("reason.min_fill", position=pos_label[q], need=int(min_fill[q])))
            continue
        successor = emp_ids[came[0]] if came else ""
        if came:
            took_seat[i] = came[0]
            chained.append(i)
        fails = _own_rules_missed(comp, i, c)
        if fails:  # their own ground beside the chain's (review 35: it went unsaid)
            chain_misses[i] = msg("reason.chain_misses", rules=join("; ", fails))
        mine, chain_parts[i] = personal(i, own_gain)
        set_row(
            i,
            "chain",
            msg(
                "reason.chain",
                points=_pts(mine),
                parts=chain_parts[i],
                who=named(came[0]) if came else "-",
            ),
            mine,
            successor,
        )
    # a chain's moves each lose points: whom the chain makes room for, and why (the
    # officer asks what the chain is for). The walk follows who took each seat, through
    # the chain and through those whose seat went to another (seat_for_better, tie), to
    # the one whose own move began it; a closed rotation names no one
    start: dict[int, int | None] = {}  # memo: everyone on a walked path -> its start

    def start_of(i: int) -> int | None:
        path, k = [], i
        while k in took_seat and k not in start and k not in path:
            path.append(k)
            k = took_seat[k]
        end = None if k in path else start.get(k, k)
        start.update(dict.fromkeys(path, end))
        return end

    begins = ("qualified_first", "post_closed", "over_formasi", "fails_own_post")
    for i in chained:
        origin = start_of(i)
        if origin is None:
            continue
        code_k = rows.get(origin, ("",))[0]
        if cur[origin] < 0:
            why = msg("reason.chain_new_hire")
        elif code_k in begins:
            why = msg(f"reason.chain_{code_k}", position=pos_label[cur[origin]])
        elif code_k == "pinned_elsewhere":
            why = msg("reason.chain_pinned", position=pos_label[a[origin]])
        else:
            why = msg("reason.chain_move", position=pos_label[a[origin]])
        code, text, points, other = rows[i]
        if origin == took_seat[i]:  # the one who took their seat: "… taken by A, who yields …"
            text = msg(
                "reason.chain",
                points=_pts(points),
                parts=chain_parts[i],
                who=join(", ", [named(origin), why]),
            )
        else:
            text = join("; ", [text, msg("reason.chain_for", who=named(origin), why=why)])
        rows[i] = (code, text, points, other)
    for i, misses in chain_misses.items():  # after the walk, which rewrites the text
        code, text, points, other = rows[i]
        rows[i] = (code, join("", [text, misses]), points, other)
    # a rule would keep them over formasi, but the unit's cap is needed by those who
    # meet their posts' rules (eligibility.held_safely): said, not left to guess
    if ctx.supernumerary is not None:
        for i in np.flatnonzero(ctx.supernumerary & ~held_over & (a < 0)).tolist():
            if i in rows:
                code, text, points, other = rows[i]
                note = msg("reason.not_over_formasi", unit=p.label("unit", int(pu[cur[i]])))
                rows[i] = (code, join("; ", [text, note]), points, other)
    # a move whose SK waits for an exit from a post held over its formasi, all of them
    # or the last in turn (:mod:`placement.model.turns`): no seat is free for it now, so
    # it does not "fill a vacancy" (review 99 H4, 98 M5: Hari Seyan Tanato "fills P0088,
    # a vacancy", whose four free seats went to new hires; review 102: the three moves
    # into P0537, one of which waits)
    forced = np.zeros(n, dtype=bool)
    for i in who.tolist():
        if i in rows:
            forced[i] = rows[i][0] not in WORTH_CODES
    turn = seat_turns(ctx, a, cur, over, forced)
    for i in who.tolist():
        if i in rows and turn[i] in ("all", "after"):
            code_, text, points_, other = rows[i]
            text = _seat_waits(text)
            # the vacancy's weight the plan counts now is gained only once a seat is
            # free (review 102 H1: Hari Seyan Tanato's move, -7.6 to him, carried by
            # "+75.0" of a seat that waits for an exit)
            head = find_part(text, VACANCY_KEYS)
            vac = float(head.params.get("vac", 0) or 0) if head is not None else 0.0
            if vac > 0:
                text = join("; ", [text, msg("reason.vacancy_waits", vac=vac)])
            rows[i] = (code_, text, points_, other)
    # a move into a post that holds people over its formasi (kept there until BUP by a
    # rule, or pending the PPK's decision): the seat it takes is free only once they
    # leave (review 61: "vacancy +50" into P0537, whose 24th holder retires on
    # 2027-03-01)
    for i, note in _held_over_notes(ctx, a, cur, over, who, named, pos_label).items():
        code, text, points, other = rows[i]
        rows[i] = (code, join("", [text, note]), points, other)
    # where only some SKs into it wait, whether this one does, and whose go first
    # (review 114 M1: Zuri Samat Mardipung read "1 of the 2 officials … whoever they
    # are", his move's seat_check naming him the one who waits)
    turned = [i for i in who.tolist() if i in rows and turn[i] in ("first", "after")]
    for i in turned:
        q = int(a[i])
        firsts = [j for j in turned if int(a[j]) == q and turn[j] == "first" and j != i]
        code, text, points, other = rows[i]
        if turn[i] == "first":
            note = msg("reason.turn_first")
        else:
            note = msg("reason.turn_after", first=join(", ", [named(j) for j in firsts]))
        rows[i] = (code, join("", [text, note]), points, other)
    # an incumbent left without a post: their own post's reason, then why none of
    # their other eligible posts (an officer asks both)
    for i in np.intersect1d(np.flatnonzero((a < 0) & (cur >= 0) & ~excluded), who).tolist():
        found: list[tuple] = []
        unplaced_reason(i, lambda _i, *row, found=found, **_: found.append(row), skip=int(cur[i]))
        if found:
            code, text, points, other = rows[i]
            rows[i] = (
                code,
                join("; ", [text, msg("reason.elsewhere", why=found[0][1])]),
                points,
                other,
            )
    plan = _plan_worth(result, rows, who, named, pos_label)
    # a promotion names the grades and the fit there: the ground the Tim Penilai
    # Kinerja asks for, whatever made the person leave their post
    grade = ctx.pos("grade")
    up = np.intersect1d(np.flatnonzero((a >= 0) & (cur >= 0) & (a != cur)), who)
    up = up[grade[a[up]] > grade[cur[up]]]  # NaN grades compare False: no promotion
    if len(up):
        jpm = ctx.pair_jpm(up, a[up])[0]
        # the pairs into the posts promoted into, grouped by post once (not one pass
        # over every pair per promotion)
        into, bounds = edges_into(p.edge_pos, a[up], p.n_positions)
        # one rung: a kelas, no promosi (made once per context, as the selection rule's)
        rung = ctx.derived("jabatan_rungs", lambda: levels.jabatan_rungs(ctx.org.positions))
        pools: dict[int, tuple[np.ndarray, np.ndarray, int, int]] = {}  # per post: its rivals
        kinds = ctx.org.positions["kind"].astype(str).to_numpy()
        # past the band by the rule where the other group rules allow the pair (a
        # forced pin past the scope is no such move: review 73)
        exempt = band_exempt_edges(ctx, comp.config.eligibility)
        # everyone this plan moves up a kelas, by the post they go to (review 139 L2: a
        # reason said "the plan proposes no such move of theirs" of those ranking above,
        # one of whom it promoted into the same post)
        moved_up = np.flatnonzero((a >= 0) & (cur >= 0) & (a != cur))
        with np.errstate(invalid="ignore"):  # NaN (unknown) kelas compares False
            moved_up = moved_up[grade[a[moved_up]] > grade[cur[moved_up]]]
        risen_into = pd.Series(moved_up).groupby(a[moved_up]).agg(list).to_dict()
        for i, v in zip(up.tolist(), jpm.tolist(), strict=True):
            code, text, points, other = rows[i]
            g0, g1 = int(grade[cur[i]]), int(grade[a[i]])
            kelas = bool(rung[a[i]] <= rung[cur[i]])  # NaN (unknown) compares False
            key = "reason.kelas_up" if kelas else "reason.promotion"
            note = (
                msg(key, grade=g0, to=g1)
                if np.isnan(v)
                else msg(key + "_jpm", grade=g0, to=g1, jpm=v)
            )
            q = int(a[i])
            rise = comp.config.eligibility.max_grade_rise
            pair = (np.array([i]), np.array([q]))
            if rise is not None and g1 - g0 > rise and find_pairs(*exempt, *pair)[1][0]:
                # past the kelas band by a rule, not by a pin (review 71: "a promotion:
                # kelas jabatan 5 → 9" of a teacher entering Guru Kelas Ahli Muda); the
                # pairs (sorted by employee, then post) as the rule adds them
                if kinds[q] == "JPT":  # the open selection's pool (jpt_pratama_from)
                    pool = comp.config.eligibility.jpt_pratama_from or []
                    band = msg(
                        "reason.band_exempt_pansel",
                        step=g1 - g0,
                        rise=rise,
                        levels=" / ".join(str(v) for v in pool),  # pansel.pool_text
                    )
                else:
                    golongan = levels.RANKS[int(ctx.emp("rank_level")[i])]
                    band = msg("reason.band_exempt", step=g1 - g0, rise=rise, rank=golongan)
                note = join(", ", [note, band])
            if code == "priority_vacancy":
                # "to this person -29.1 points" of a rise 5 → 9 read as a loss to them:
                # the scored terms count no gain for the kelas (review 83 M1)
                note = join(", ", [note, msg("reason.rise_unscored")])
            # a rule of an extension may say where the rise ranks (rise_among_best)
            said = (note(comp, i, q) for note in extension.hooks("rise_notes"))
            rival = next((m for m in said if m is not None), None)
            # none ranking above (the only candidate, or none above): no one for the
            # seats left empty to keep out (review 86 L1: "the only candidate for the
            # rise" then "those ranking above may still be promoted")
            above = rival is not None and getattr(rival, "key", "") != "reason.rise_merit_alone"
            above = above and getattr(rival, "params", {}).get("k", 1) != 0
            if rival is not None and vacant[q] > 0 and above:
                # seats left empty: those ranking above are not kept out (review 79 H2:
                # two Perawat Terampil promoted into P0087, where those ranking above
                # stayed in their posts while three of its seats stayed empty); the
                # angka kredit and uji kompetensi only of a JF post (review 83 M4);
                # unless they outnumber the seats left (review 92 H1)
                key = "reason.rise_room_jf" if kinds[q] == "JF" else "reason.rise_room"
                # the rule counts those ranking above in the roster, not in this plan
                # (some it places in the post or promotes elsewhere: review 93 H1), so
                # where they outnumber the seats left neither way is said for certain
                above_k = int(getattr(rival, "params", {}).get("k", 0))
                seats_left = int(vacant[q])
                also = [j for j in risen_into.get(q, []) if j != i]
                # who ranks above by name: those it moves up into it too, those it
                # leaves where they are (review 146 F2: "who may be among them" of
                # three of whom one ranked above; the two best stayed)
                ahead = _ranked_above(comp, i, q)
                left = [j for j in ahead if a[j] == cur[j]]
                # the seats left are short only of those it leaves where they are
                # (review 156 M4: Yuham Ardin Simnawijaya's promotion into P0087 read
                # "3 seats left, fewer than the 4 ranking above", two of whom this plan
                # promotes into it: the two left have a seat each)
                named_all = len(ahead) == above_k
                if (len(left) if named_all else above_k) > seats_left:
                    room = (
                        msg(
                            key + "_short",
                            e=seats_left,
                            n=len(left),
                            who=first_of([named(j) for j in left], 3),
                        )
                        if named_all
                        else msg(key + "_some", e=seats_left, k=above_k)
                    )
                else:
                    room = msg(key, e=seats_left)
                    if also:
                        risers = first_of([named(j) for j in also], 3)
                        higher = [j for j in ahead if j in also]
                        room = msg(
                            key + "_also",
                            e=seats_left,
                            who=risers,
                            n=len(also),
                            above=first_of([named(j) for j in higher], 3)
                            if higher
                            else msg("reason.rise_none_above"),
                        )
                    if left:
                        who_left = first_of([named(j) for j in left], 3)
                        room = join("", [room, msg("reason.rise_above_left", who=who_left)])
                rival = join("", [rival, room])
            if rival is None:
                if q not in pools:
                    takers = p.edge_emp[into[bounds[q] : bounds[q + 1]]].astype(np.int64)
                    pools[q] = _rival_pool(p, ctx, a, q, takers)
                rival = _rivals(
                    pools[q],
                    float(np.round(v, 1)),
                    int(fill[q] - over_at[q]) - 1,  # in its seats (review 63)
                    named,
                    proven,
                    (ctx, i, a),
                    int(vacant[q]),
                )
                if vacant[q] > 0 and len(pools[q][0]):
                    # seats left empty keep none of the rivals out (review 61: "6 have a
                    # higher JPM there ... the choice is to weigh" of a post with 3 empty),
                    # unless they outnumber them (review 92 H1: 4 ranking above, 3 empty
                    # seats of P0087 read "keeps none of them out")
                    rival = join("", [rival, _room(rival, int(vacant[q]), "reason.rivals_room")])
            rows[i] = (code, join("; ", [text, note, rival]), points, other)
    # a holder who leaves a post the scenario cut says from how many seats (review 65:
    # "its 14 holders come first for its 14 seats" of a post the ABK cut from 16)
    cut = _formasi_cut(comp)
    # one who moves into seats of a post the scenario raised beyond its formasi as
    # read, more holders there than it gave: the move needs that change (review 125
    # M4: quota's raised Dinkes and Disdik posts held 32 beyond it, nothing said so)
    raised = formasi_raised_seats(comp, a)
    # only those whose seat lies beyond it, in turn (review 159 M1)
    beyond = beyond_raised(comp, a, forced)
    for i in who.tolist():
        q = int(a[i])
        if q >= 0 and q != cur[i] and q in raised and beyond[i]:
            code, text, points, other = rows[i]
            note = msg(
                "reason.formasi_raised",
                position=pos_label[q],
                was=raised[q][0],
                now=int(ctx.pos("headcount")[q]),
                placed=raised[q][1],
            )
            rows[i] = (code, join("; ", [text, note]), points, other)
    # of a post's holders beyond its formasi (cut, or over-filled as read), those a rule
    # keeps over it until BUP (retirement_meets_cut): the others are why its holders
    # leave now
    met = np.zeros(ctx.n_positions, dtype=np.int64)
    if ctx.over_cut is not None and ctx.over_cut.any():
        left = ctx.over_cut & left_over_formasi(comp, a) & (cur >= 0)
        met = np.bincount(cur[left], minlength=ctx.n_positions)
    for i in who.tolist():
        code, text, points, other = rows[i]
        c = int(cur[i])
        if code not in ("qualified_first", "over_formasi") or c < 0 or a[i] == c:
            continue
        notes = [text]
        if c in cut:
            # their own post, named (review 91 L3: after a rise into P0089, "the post's
            # formasi" read as the new post's, which the scenario raised)
            notes.append(
                msg(
                    "reason.formasi_cut",
                    position=pos_label[c],
                    was=cut[c],
                    now=int(ctx.pos("headcount")[c]),
                )
            )
        # only of one who leaves for the excess to another post (review 165 H1: said of
        # P0089's leavers without its licence, and of those kept in it pending the PPK)
        if met[c] and code == "over_formasi" and a[i] >= 0:
            notes.append(msg("reason.excess_met", n=int(met[c]), position=pos_label[c]))
        if len(notes) > 1:
            rows[i] = (code, join("; ", notes), points, other)
    # one who meets their post's rules and left it, over-filled before the plan, where
    # its holders who meet them come first, while holders who miss them keep its seats
    # (review 84 H2: Dwizal Kalowijaya left P0417, 7 holders for 5 seats, for a vacancy
    # elsewhere, and nothing said that Irdi Ekadin Rodilim, whose field it does not
    # accept, kept a seat of it)
    if ctx.meets_own_post is not None and ctx.holders_meeting_rules is not None:
        first = qualified_first_posts(ctx, comp.config.eligibility)
        headcount = ctx.pos("headcount")
        mover = (a[who] >= 0) & (a[who] != cur[who]) & (cur[who] >= 0)
        left = who[mover & ctx.meets_own_post[who]]
        for i in left.tolist():
            c = int(cur[i])
            stay = np.flatnonzero((a == c) & (cur == c) & ~ctx.meets_own_post & ~over)
            if not first[c] or holders_before[c] <= headcount[c] or not len(stay):
                continue
            note = msg(
                "reason.room_first_left",
                position=pos_label[c],
                holders=int(holders_before[c]),
                seats=int(headcount[c]),
                meeting=int(ctx.holders_meeting_rules[c]),
                n=len(stay),
                who=_first_named(stay.tolist(), named),
            )
            code, text, points, other = rows[i]
            rows[i] = (code, join("; ", [text, note]), points, other)
    # a step up in priority taken by someone rated below Baik: who else could have
    # taken the post, and where the plan puts them (review 58)
    moved = np.intersect1d(np.flatnonzero((a >= 0) & (cur >= 0) & (a != cur)), who)
    # one whose structural post closes, placed elsewhere: the holder kept in the post of
    # its title in their unit, beside them (one left without a post: the decisions note)
    for i in moved.tolist():
        if rows[i][0] == "post_closed":
            twin = counterparts(result, i, int(cur[i]))
            if twin:
                code, text, points, other = rows[i]
                rows[i] = (code, join("; ", [text, *twin]), points, other)
    # one who had to leave: why there (review 122 M4, 126 M2: a reason that says why
    # they leave their post says nothing of why the plan sends them where it does)
    mine = moved[pinned[moved] < 0]  # a pin, not the rules or the plan, chose theirs
    for i, where in _destinations(p, a, cur, fill, mine, rows, pos_label, proven).items():
        code, text, points, other = rows[i]
        rows[i] = (code, join("; ", [text, where]), points, other)
    for i, step in priority_step_notes(result, moved, named, pos_label).items():
        code, text, points, other = rows[i]
        rows[i] = (code, join("; ", [text, step]), points, other)
    # a move into a post the person asked for says so, whatever moved them (review 64:
    # Suhar Gabangan's move into P0353, his first choice, read as if imposed)
    for i, rank in _asked_for(ctx, moved, a).items():
        code, text, points, other = rows[i]
        rows[i] = (code, join("; ", [text, msg("reason.asked_for", rank=rank)]), points, other)
    # and one who asked for another post first is told why not there; one left without
    # a post (not one the rules exclude), of every post they asked for (review 132 L5),
    # in the placement the plan gives (review 137 M3: the decisions list's reasons of
    # those kept over formasi, read before they were kept, said "in this plan" of it)
    valued = not unvalued(result)
    left = np.array(
        [i for i in who[a[who] < 0].tolist() if final and rows[i][0] != "excluded"], dtype=int
    )
    asking = np.union1d(mine, left)
    asked = _preferred(comp, p, a, cur, fill, asking, pos_label, proven, unit_bounds, valued)
    for i, why_not in asked.items():
        code, text, points, other = rows[i]
        rows[i] = (code, join("; ", [text, why_not]), points, other)
    out = pd.DataFrame(
        {
            "code": pd.Series([rows[i][0] for i in who.tolist()], dtype=object),
            "reason": pd.Series([rows[i][1] for i in who.tolist()], dtype=object),
            "points": np.round(np.array([rows[i][2] for i in who.tolist()], dtype=float), 2),
            "other": pd.Series([rows[i][3] for i in who.tolist()], dtype=object),
            "plan_points": np.round(plan[who], 2),
        }
    )
    out.index = pd.Index(who, name="employee")
    return out


#: the codes of one who leaves their post whatever the plan gains by it: the reason
#: says why they leave, :func:`_destinations` why they go where they go
MUST_LEAVE = frozenset(
    {"qualified_first", "post_closed", "fails_own_post", "over_formasi", "displaced_by_pin", "rule"}
)


def _destinations(
    p: Problem,
    a: np.ndarray,
    cur: np.ndarray,
    fill: np.ndarray,
    moved: np.ndarray,
    rows: dict[int, tuple],
    pos_label: np.ndarray,
    proven: bool,
) -> dict[int, Message]:
    """Per mover whose reason is one of :data:`MUST_LEAVE`: why the post they go to,
    among the others the rules open to them (their own aside), by their score in each
    (all objective terms together, each post's priority weight included): the one,
    or one of those, where they score most; or where they score more, a post whose
    every seat the plan fills with others; or, of a proven optimum, one with a seat
    left, which only a rule on the posts or their units keeps from them (every term is
    of the pair). Not of one pinned there (review 127 H1: the pin chose). A few hundred
    movers, each their own edges."""
    out: dict[int, Message] = {}
    cost = p.edge_cost
    for i in moved.tolist():
        if rows[i][0] not in MUST_LEAVE:
            continue
        lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
        posts = p.edge_pos[lo:hi].astype(np.int64)
        score = -cost[lo:hi].astype(float) / p.objective_scale
        other = posts != cur[i]
        posts, score = posts[other], score[other]
        at = np.flatnonzero(posts == a[i])
        if not len(at):
            continue
        mine = float(score[at[0]])
        more = score > mine + 1e-9
        if not more.any():
            key = "reason.dest_only" if len(posts) == 1 else "reason.dest_best"
            out[i] = msg(key, position=pos_label[a[i]], n=len(posts), score=_pts(mine))
            continue
        # the best of those where they score more; a seat left there, else the best
        free = more & (fill[posts] < p.capacity[posts])
        pick = free if free.any() else more
        k = int(np.flatnonzero(pick)[np.argmax(score[pick])])
        if free.any() and not proven:  # a better seat left: said of an optimum only
            continue
        out[i] = msg(
            "reason.dest_plan" if free.any() else "reason.dest_full",
            position=pos_label[a[i]],
            score=_pts(mine),
            best=pos_label[posts[k]],
            best_score=_pts(float(score[k])),
        )
    return out


def _preferred(
    comp: Compiled,
    p: Problem,
    a: np.ndarray,
    cur: np.ndarray,
    fill: np.ndarray,
    moved: np.ndarray,
    pos_label: np.ndarray,
    proven: bool,
    bounds: tuple[np.ndarray, np.ndarray],
    valued: bool,
) -> dict[int, Message]:
    """Per mover of ``moved`` who stated preferences and goes elsewhere than their
    first, or one of ``moved`` left without a post: of the posts they asked for before
    the one they go to (all, if it is none of them; their own aside), each, and why not
    there: the rules do not open it to them (which); or every seat of it the plan
    fills with others, or a seat of it is left; and there, where the plan's moves are
    valued (``valued``: a proven optimum of a network,
    :func:`~placement.model.move_value.unvalued`), what placing them there instead
    costs the plan, the others placed again
    (:func:`~placement.model.move_value.move_values`; review 132 H1, M1: the pair's own
    scores read as the plan's loss, where the plan lost nothing), else, of a mover,
    their score there against where they go, and of one left without a post, their
    score there (review 130 M3: Puwan Guto Marnalim asked for P0309, a seat left, and
    his reason named another post; a keberatan would ask why). A few hundred movers,
    each their own preferences and edges."""
    ctx = comp.context
    e, q, r = ctx.preference_pairs
    pos_ids = np.asarray(ctx.pos_ids, dtype=object)
    out: dict[int, Message] = {}
    if not len(e) or not len(moved):
        return out
    order = np.lexsort((r, e))
    e, q, r = e[order], q[order], r[order]
    lo_at = np.searchsorted(e, moved, side="left")
    hi_at = np.searchsorted(e, moved, side="right")
    over = comp.over_formasi if comp.over_formasi is not None else np.zeros(len(a), dtype=bool)
    kept_over = np.bincount(a[over & (a >= 0)], minlength=p.n_positions)  # beyond formasi
    said: dict[int, list] = {}
    asks: list[tuple[int, int, dict]] = []  # (mover, post, what to say) priced below
    for i, lo, hi in zip(moved.tolist(), lo_at.tolist(), hi_at.tolist(), strict=True):
        asked, rank = q[lo:hi], r[lo:hi]
        there = np.flatnonzero(asked == a[i])
        before = slice(0, int(there[0]) if len(there) else len(asked))
        asked, rank = asked[before], rank[before]
        first = np.sort(np.unique(asked, return_index=True)[1])  # a post listed twice: once
        asked, rank = asked[first], rank[first]
        placed = bool(a[i] >= 0)
        here = _edge_score(p, i, int(a[i])) if placed else None
        assert here is not None or not placed  # placed there: its edge is there
        for want, k in zip(asked.tolist(), rank.tolist(), strict=True):
            if want == cur[i]:
                continue
            score = _edge_score(p, i, want)
            where = {"rank": k, "position": pos_label[want]}
            if score is None:  # the rules shut it to them: which
                fails = requirement_failures(comp, i, want)  # the first three said
                more = msg("and_n_more", n=len(fails) - 3) if len(fails) > 3 else ""
                rules = join("", [join("; ", fails[:3]), more])
                said.setdefault(i, []).append(msg("reason.pref_closed", **where, rules=rules))
                continue
            u = int(p.position_unit[want])
            full = bool(fill[want] >= p.capacity[want])
            ask = {
                **where,
                "score": _pts(score),
                "mine": _pts(here if here is not None else 0.0),
                "post": pos_ids[want],
                "who": ctx.emp_ids[i],
                "full": full,
                # those kept in it beyond its formasi, pending the PPK or until BUP
                # (review 132 M2: "every seat filled" of a post holding 23 for 20)
                "over": msg("reason.pref_over", n=int(kept_over[want])) if kept_over[want] else "",
                "cap": (
                    msg("reason.pref_cap", unit=p.label("unit", u), cap=int(p.unit_cap[u]))
                    if not full and bounds[0][u] and not (placed and u == p.position_unit[a[i]])
                    else ""
                ),
                # said of the pair's own scores where the plan's moves are not valued:
                # a seat left only of a proven optimum, within the rules, no better;
                # not of one left without a post (no score where they go to set beside)
                "fallback": here is not None
                and (
                    full
                    or (
                        not valued
                        and proven
                        and score <= here + 0.005
                        and bool(
                            _swap_room(p, a, fill, i, int(cur[i]), bounds, np.array([want]))[0]
                        )
                    )
                ),
            }
            said.setdefault(i, []).append(len(asks))
            asks.append((i, want, ask))
    cost = None  # per ask, integer cost units (-1: no way within the bound)
    if asks and valued:  # what each costs the plan, the others placed again: one search each
        bound = np.full(len(asks), int(MAX_PREF_COST * p.objective_scale), dtype=np.int64)
        who = np.array([i for i, _, _ in asks], dtype=np.int64)
        found = move_values(p, a, who, np.array([w for _, w, _ in asks], dtype=np.int64), bound)
        if found is not None:
            cost = found.cost
    for i, parts in said.items():
        lines = []
        for part in parts:
            if isinstance(part, Message):
                lines.append(part)
                continue
            ask = dict(asks[part][2])
            full, fallback = ask.pop("full"), ask.pop("fallback")
            kind = "full" if full else "free"
            if cost is not None and cost[part] >= 0:
                points = float(cost[part]) / p.objective_scale
                key = f"reason.pref_{kind}_tie" if points < 0.005 else f"reason.pref_{kind}_cost"
                lines.append(msg(key, **ask, cost=_pts(points)))
            elif cost is not None:  # no way within the rules, or none for less than the bound
                lines.append(msg(f"reason.pref_{kind}_none", **ask, most=MAX_PREF_COST))
            elif ask["cap"]:  # a seat left, its unit at its cap: no way found through it
                lines.append(msg("reason.pref_unit_cap", **ask))
            elif fallback:  # the pair's own scores, what it costs the plan not known here
                lines.append(msg(f"reason.pref_{kind}", **ask))
            elif a[i] < 0:  # left without a post: their score there, no other to set beside
                lines.append(msg(f"reason.pref_{kind}_left", **ask))
        if lines:
            out[i] = join("; ", lines)
    return out


#: how far the reasons search what placing a mover in a post they asked for would cost
#: the plan (points): beyond it, their scores there and where they go are said instead
MAX_PREF_COST = 1000.0


#: failures that bar a shortage profession from an office (JA) post
BARRED_FROM_JA = frozenset({"career.why_licensed_to_ja", "career.why_licence_to_ja"})


def _own_profession_near(comp: Compiled, i: int, skip: int) -> tuple[int, list] | None:
    """Of the open functional posts that list employee ``i``'s field among those they
    accept (their profession's), other than ``skip``, the one they miss fewest rules
    of (then the kelas nearest their own post's, then by index), and those rules;
    None if there is none."""
    ctx = comp.context
    every = np.flatnonzero(ctx.pos("headcount") > 0)
    misses, field_ok = _misses_of(comp, i, every)
    kind = np.asarray(ctx.texts("positions", "kind"), dtype=object)[every]
    mine = field_ok & fields_listed(ctx)[every] & (kind == "JF") & (every != skip)
    if not mine.any():
        return None
    cand, miss = every[mine], misses[mine]
    dist = kelas_distance(ctx, int(ctx.emp("current_pos")[i]), cand)
    q = int(cand[np.lexsort((cand, dist, miss))[0]])
    return q, requirement_failures(comp, i, q)


def kelas_distance(ctx: Context, c: int, posts: np.ndarray) -> np.ndarray:
    """Per post of ``posts``, how far its kelas is from that of post ``c`` (``c`` < 0, a
    new hire: the kelas itself, the lowest nearest); 99 where a kelas is unknown."""
    grade = ctx.pos("grade").astype(float)
    far = np.abs(grade[posts] - grade[c]) if c >= 0 else grade[posts]
    return np.nan_to_num(far, nan=99.0)


def formasi_raised_seats(comp: Compiled, a: np.ndarray) -> dict[int, tuple[int, int]]:
    """Per post whose formasi the scenario raised and whose seats this placement
    fills beyond its formasi as read: (formasi as read, people seated in it)."""
    raised = _formasi_cut(comp, raised=True)
    if not raised:
        return {}
    # those held in their post by the compile sit in a seat it leaves free; those
    # beyond its formasi (:func:`left_over_formasi`) in none, as the vacancies count
    # (review 127 M1, 128 L3: P0089 read "this plan places 27 there" of a formasi of 24)
    seated = np.bincount(
        a[(a >= 0) & ~left_over_formasi(comp, a)], minlength=comp.context.n_positions
    )
    return {q: (was, int(seated[q])) for q, was in raised.items() if seated[q] > was}


def beyond_raised(comp: Compiled, a: np.ndarray, forced: np.ndarray | None = None) -> np.ndarray:
    """bool per employee: seated by placement ``a`` beyond the formasi as read of a post
    the scenario raised, in turn (:func:`~placement.model.turns.raised_turns`; the new
    hires' turn needs no ``forced``)."""
    raised = formasi_raised_seats(comp, a)
    cur = comp.context.emp("current_pos").astype(np.int64)
    was = {q: w for q, (w, _) in raised.items()}
    return raised_turns(comp.context, a, cur, left_over_formasi(comp, a), forced, was)


def _formasi_cut(comp: Compiled, raised: bool = False) -> dict[int, int]:
    """Per post whose formasi the scenario's operations lowered (from the data as read
    to the compiled one, the post kept open), or with ``raised`` raised, its formasi
    as read."""
    ctx = comp.context
    was = formasi_read(comp.plan, ctx)
    if was is None:
        return {}
    now = ctx.pos("headcount").astype(float)
    with np.errstate(invalid="ignore"):  # a post the data did not have: NaN, no change
        changed = now > was if raised else (now > 0) & (now < was)
    return {int(q): int(was[q]) for q in np.flatnonzero(changed).tolist()}


def _priority_weighs(comp: Compiled, q: int, c: int) -> Message:
    """The priority of post ``q`` against that of the mover's own post ``c``, and where
    it comes from if a rule set it (extension ``priority_notes``: the ABK's EJ)."""
    prio = comp.context.pos("priority")
    said = (note(comp, q) for note in extension.hooks("priority_notes"))
    source = next((m for m in said if m is not None), "")
    return msg("reason.priority_weighs", to=float(prio[q]), own=float(prio[c]), source=source)


def _asked_for(ctx: Context, moved: np.ndarray, a: np.ndarray) -> dict[int, int]:
    """Per mover of ``moved`` placed in a post they list in their preferences: its rank
    in the list (1: their first choice)."""
    e, q, r = ctx.preference_pairs
    if not len(e) or not len(moved):
        return {}
    m = max(ctx.n_positions, 1)
    keys = e.astype(np.int64) * m + q
    order = np.argsort(keys, kind="stable")
    want = moved.astype(np.int64) * m + np.maximum(a[moved], 0)
    at = np.minimum(np.searchsorted(keys[order], want), len(keys) - 1)
    hit = (keys[order][at] == want) & (a[moved] >= 0)
    return dict(zip(moved[hit].tolist(), r[order][at[hit]].tolist(), strict=True))


#: the codes of a move the mover gains by, or a chain's: what it is worth to the plan
#: is said where less than the reason quotes (:func:`_plan_worth`)
WORTH_CODES = ("better_fit", "priority_vacancy", "chain")
#: the moves whose worth to the plan :func:`_plan_worth` searches: those of
#: :data:`WORTH_CODES`, and one whose own seat goes to one who scores more there, whose
#: reason quotes that one's gain (review 136 M2: Zuyah Bamasari's seat "goes to Yadra
#: Arwan Lebani, who scores 39.0 points more", where keeping her cost the plan 10.00)
PRICED_CODES = (*WORTH_CODES, "seat_for_better")


def turns_by_reason(comp, a: np.ndarray, who: np.ndarray, codes) -> np.ndarray:
    """Per employee, their turn into a post placement ``a`` of ``comp`` holds over its
    formasi (:func:`~placement.model.turns.seat_turns`), the moves ``who`` whose reason
    ``codes`` is none of :data:`WORTH_CODES` being ones the person must make first: the
    moves' ``seat_check`` and the decisions list's waiting SKs read one turn."""
    forced = np.zeros(len(a), dtype=bool)
    forced[np.asarray(who, dtype=np.int64)] = ~np.isin(np.asarray(codes), list(WORTH_CODES))
    cur = comp.context.emp("current_pos").astype(np.int64)
    return seat_turns(comp.context, a, cur, left_over_formasi(comp, a), forced)


def _plan_worth(
    result: Result,
    rows: dict[int, tuple],
    who: np.ndarray,
    named: Callable[[int], Message | str],
    pos_label: np.ndarray,
) -> np.ndarray:
    """What each voluntary move is worth to the plan as a whole
    (:mod:`placement.model.move_value`: the optimum's fall if the mover stayed in their
    own post, the rest re-optimised), in points per employee (NaN: not less than
    the mover's own gain, or not known). Where it is less than the own gain the
    reason quotes (a chain's: only a tie), the reason says so and who would take the
    post instead: review 37 found 15 moves in the bundled workload that undo for
    0.00 while their reasons said +40. Said of a proven optimum only (rows rewritten
    in place)."""
    comp = result.compiled
    p = result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = np.asarray(p.current_pos, dtype=np.int64)
    out = np.full(p.n_employees, np.nan)
    movers = np.asarray(
        [i for i in who.tolist() if rows[i][0] in PRICED_CODES and a[i] >= 0 and cur[i] >= 0],
        dtype=np.int64,
    )
    if not len(movers) or comp is None or unvalued(result):  # the summary says why
        return out
    scale = p.objective_scale
    own = np.array([rows[i][2] for i in movers.tolist()], dtype=float)
    chain = np.array([rows[i][0] == "chain" for i in movers.tolist()])
    # search up to the own gain (a chain: a tie only; its own change is a loss)
    bound = np.where(chain | ~(own > 0), 1, np.round(np.nan_to_num(own) * scale) + 0.5)
    ctx = comp.context
    # the ways to undo a move compared as a re-solve with the mover pinned home breaks
    # its ties (candidates.pin_cost): the one named is the one explain names
    order = []
    if p.tie_levels:  # the levels after the status quo
        order = stability.context_levels(ctx, a, p.edge_emp, p.edge_pos)[1:]
    found = move_values(p, a, movers, cur[movers], bound.astype(np.int64), order)
    if found is None:
        return out
    said = [
        k
        for k in np.flatnonzero(found.cost >= 0).tolist()
        if chain[k] or found.cost[k] / scale < own[k] - 0.005  # not the same to two decimals
    ]
    # one person named for several moves is the next in line for each of them, not all
    # at once (review 48: one Pengadministrasi named for 13 moves into 13 seats)
    times = Counter(int(found.taker[k]) for k in said if found.taker[k] >= 0)
    for k in said:
        i, cost, j = int(movers[k]), int(found.cost[k]), int(found.taker[k])
        value = cost / scale
        out[i] = value
        more = int(found.others[k]) - (j >= 0)
        assert found.ways is not None
        way = [(i, int(cur[i])), *found.ways[k]]  # the other way: who moves where
        changed, decided = _ways_apart(p, ctx, a, way)
        # those who would move besides, each from a post this plan moves them to
        # already: no more changes (review 98: "1 more would move", "decided by the
        # fewest changes", of a way that changed no more)
        many = "reason.plan_more" if changed > 0 else "reason.plan_more_placed"
        fields = {
            "position": pos_label[a[i]],
            "more": msg(many, n=more) if more > 0 else "",
            "shared": msg("reason.plan_shared", n=times[j]) if times[j] > 1 else "",
        }
        if j >= 0:  # and where this plan has them (review 49: moved, and not said)
            fields["who"] = named(j)
            if a[j] < 0:
                fields["who"] = msg("reason.plan_who_none", who=named(j))
            elif a[j] != cur[j]:
                key = "reason.plan_who_moved" if cur[j] >= 0 else "reason.plan_who_placed"
                fields["who"] = msg(key, who=named(j), position=pos_label[a[j]])
        key = "reason.plan_tie" if cost == 0 else "reason.plan_worth"
        # one who holds the post now would stay in it, not take it (review 68: "Hadra
        # … could take P0086 instead" of P0086's own holder)
        suffix = "_empty" if j < 0 else "_stay" if cur[j] == a[i] else ""
        note = msg(key + suffix, points=_pts(value), **fields)
        if cost == 0 and j >= 0:  # the ratings the rule for ties weighs
            note = join("; ", [note, _tie_ratings(ctx, i, j, changed, decided)])
        code, text, points, other = rows[i]
        rows[i] = (code, join("; ", [text, note]), points, other)
    return out


def _unplaced_reason(
    i: int,
    p: Problem,
    ctx: Context,
    comp: Compiled,
    holders_of: Callable[[int], np.ndarray],
    fill: np.ndarray,
    assignment: np.ndarray,
    score_at: Callable[[int, int], float | None],
    pos_label: np.ndarray,
    emp_ids: np.ndarray,
    named: Callable[[int], Message | str],
    set_row: Callable[..., None],
    near: Callable[..., Nearest],
    lower: LowerSeats,
    skip: int = -1,
    proven: bool = True,
) -> None:
    """Why ``i`` has no post among their eligible ones (all of them, or those other
    than ``skip``, their own post, whose reason the caller gave): none, a free seat
    kept from them by a rule (which one), or every one full (the best one's holder
    who scores least there, and by how much). With no eligible post (besides
    ``skip``): the open post they come nearest to, and what they miss there (nothing
    when ``skip`` is the only open post). ``near(i, skip)``: :func:`nearest_and_lower`;
    ``lower``: the lower posts named (:func:`allot_lower_seats`)."""
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    edges = np.arange(lo, hi)
    edges = edges[p.edge_pos[edges] != skip]
    if not len(edges):
        q, fails, down, also = near(i, skip, as_near=True)
        key = "reason.no_eligible_post" if skip < 0 else "reason.no_other_post"
        if fails and all(getattr(f, "key", "") in BY_SELECTION for f in fails):
            # they meet its every requirement: the post is the selection's to fill
            # (review 126 L1: two heads read as not meeting the merged office's head post)
            key += "_selection"
            if q is not None and fill[q] >= ctx.pos("headcount")[q]:
                # and it has no seat to fill (review 146 F7: Ahmad Yawan Janapung read
                # P0012 as the Tim Penilai Kinerja's to consider, every seat of it held,
                # while his note gave a transfer as the one way left)
                key += "_full"
        if q is None:  # beside their own post (``skip``), no post is open: nothing to say
            if skip < 0:
                set_row(i, "no_eligible_post", msg("reason.no_open_post"))
        else:
            note = _lower_note(comp, lower, down, pos_label, i)
            # "every seat held" once: not where the rule missed says it already
            said_held = any(getattr(f, "key", "") in SAYS_HELD for f in also[1]) if also else False
            as_near_text = (
                msg(
                    "reason.as_near" if also[2] or said_held else "reason.as_near_full",
                    position=pos_label[also[0]],
                    rules=join("; ", also[1]),
                )
                if also is not None
                else ""
            )
            text = msg(
                key, position=pos_label[q], rules=join("; ", fails), also=as_near_text, lower=note
            )
            if any(getattr(f, "key", "") in BARRED_FROM_JA for f in fails):
                # the nearest is an office post their profession may not take: name the
                # nearest functional post of their field too (review 64: a sanitarian
                # told of a data-clerk post, not of Sanitarian Terampil and what shuts it)
                own = _own_profession_near(comp, i, skip)
                if own is not None:
                    text = join(
                        "",
                        [
                            text,
                            msg(
                                "reason.own_profession_near",
                                position=pos_label[own[0]],
                                rules=join("; ", own[1]),
                            ),
                        ],
                    )
            set_row(i, "no_eligible_post", text, other=ctx.pos_ids[q])
        return
    n = len(edges)
    order = edges[np.argsort(p.edge_cost[edges], kind="stable")]
    free = order[p.capacity[p.edge_pos[order]] > fill[p.edge_pos[order]]]
    if len(free):  # an eligible post has a free seat, yet they are unplaced: a rule
        set_row(i, "rule", _free_seat_rule(p, assignment, i, int(free[0]), pos_label, proven))
        return

    def lower_posts() -> Message | str:
        """The posts of a lower kelas the grade band alone shuts (a serving official's
        other options an officer asks about), as on the path with no eligible post."""
        if ctx.emp("current_pos")[i] < 0 or comp.config.eligibility.max_grade_drop is None:
            return ""
        return _lower_note(comp, lower, near(i, skip)[2], pos_label, i)

    for e in order:  # every eligible post is full: the best one, and who holds it
        q = int(p.edge_pos[e])
        if fill[q] < p.capacity[q]:
            continue
        mine = -float(p.edge_cost[e]) / p.objective_scale
        holders = holders_of(q)
        if not len(holders):
            continue
        scores = [(s, int(j)) for j in holders if (s := score_at(int(j), q)) is not None]
        # the seat they could have had: the weakest one not pinned there (a pinned seat
        # is no contest; review 53: "held by the pin of" named a pinned incumbent where
        # a new hire had taken the last seat); a pin only where every holder is pinned
        open_ = [(s, j) for s, j in scores if int(p.pinned[j]) != q]
        # and of those, the ones who did not hold it: its holders keep it first, so the
        # contest was for the seats the others took (review 85 M1: Mari Lulowan was told
        # of Fizal Marnapung, a holder 19.6 points below her, where the seat a newcomer
        # could take went to Muhammad Kufan Nawan Roditua, a new hire above her)
        came = [(s, j) for s, j in open_ if int(p.current_pos[j]) != q]
        worst = min(came or open_ or scores)
        d = worst[0] - mine
        j = worst[1]
        if int(p.pinned[j]) == q:
            why = msg("reason.outcompeted_pin", n=n, position=pos_label[q], who=named(j))
            set_row(i, "outcompeted", join("", [why, lower_posts()]), d, emp_ids[j])
        elif ctx.seated is not None and ctx.seated[j]:  # see placement.keeping
            took = ctx.seat_takers is not None and ctx.seat_takers[i]
            key = "reason.outcompeted_seated" + ("_for" if took else "")
            if ctx.late_post is not None and ctx.late_post[j] >= 0:
                # kept as their own move would wait too long (review 145 H2)
                key = "reason.outcompeted_seated_late"
            less = msg("reason.seated_less", who=named(j), points=_pts(-d)) if d < 0 else ""
            why = msg(key, n=n, position=pos_label[q], who=named(j))
            set_row(i, "outcompeted", join("", [why, less, lower_posts()]), d, emp_ids[j])
        elif d == 0:
            why = msg("reason.tie_unplaced", n=n, position=pos_label[q], who=named(j))
            set_row(i, "tie", join("", [why, lower_posts()]), 0.0, emp_ids[j])
        else:  # d < 0: not on score, the plan as a whole (their options, minimums)
            key = (
                "reason.outcompeted"
                if d > 0
                else ("reason.outcompeted_plan" if proven else "reason.outcompeted_less")
            )
            extra, terms_first = _first_to_keep(comp, i, j)
            if d < 0 and proven and extra >= -d - 0.005:
                # the holder serves (they are new) or holds a post whose rules they meet
                key = (
                    "reason.outcompeted_serving"
                    if terms_first == ["unplaced_serving"]
                    else "reason.outcompeted_holder"
                )
            k = _edge_at(p, j, q)  # by term, what the holder brings that they do not
            terms = _terms(p, int(e), k, d, ctx) if d > 0 and k is not None else ""
            why = msg(
                key,
                n=n,
                position=pos_label[q],
                who=named(j),
                points=_pts(abs(d)),
                parts=terms,
                extra=_pts(extra),
                terms=", ".join(terms_first),
            )
            set_row(i, "outcompeted", join("", [why, lower_posts()]), d, emp_ids[j])
        return
    # their eligible posts have no seat at all (formasi 0)
    set_row(i, "rule", msg("reason.unplaced_rule", position=pos_label[int(order[0])]))


def _own_rules_missed(comp: Compiled, i: int, c: int) -> list:
    """The rules of their own post ``c`` that holder ``i`` misses (not the scope's
    note, nor the catch-all of a pair the rules allow)."""
    return [
        f
        for f in requirement_failures(comp, i, c)
        if getattr(f, "key", "") not in ("explain.why_other", "explain.why_scope")
    ]


def _lower_note(
    comp: Compiled, lower: LowerSeats, down: np.ndarray, pos_label: np.ndarray, i: int
) -> Message | str:
    """``; 69 post(s) of a lower kelas jabatan meet every other requirement (61 seat(s)
    of them empty in this plan; the highest kelas with one left for them: P0123 (…),
    kelas 8), but max_grade_drop 0 rules out a move down`` for the posts ``down`` (see
    :func:`nearest_and_lower`); "" for none. The post named is the way the PPK can
    offer ``i`` with their consent (review 42), the one allotted to them in ``lower``
    (:func:`allot_lower_seats`), or none when every empty seat is named for another."""
    if not len(down):
        return ""
    empty = np.maximum(lower.capacity[down] - lower.fill[down], 0)
    fields = dict(
        n=len(down),
        seats=int(empty.sum()),
        drop=comp.config.eligibility.max_grade_drop,
        within=within_offer(comp),
    )
    seat = lower.seat.get(i, -1)
    if not empty.any():
        return msg("reason.lower_grade_posts", **fields)
    if seat < 0:
        return msg("reason.lower_grade_posts_taken", **fields)
    kelas = comp.context.pos("grade")[seat]
    return msg(
        "reason.lower_grade_posts_named",
        position=pos_label[seat],
        grade="?" if np.isnan(kelas) else f"{kelas:.0f}",
        **fields,
    )


def within_offer(comp: Compiled) -> Message | str:
    """`` (at most 3 kelas below their own: max_offer_drop 3; none asking less than SMA
    of one who has it: offer_min_education SMA)`` where the scenario limits the posts
    offered (:func:`beyond_offer`); "" where it does not."""
    cfg = comp.config.eligibility
    parts = []
    if cfg.max_offer_drop is not None:
        parts.append(msg("reason.within_offer_drop", cap=cfg.max_offer_drop))
    if cfg.offer_min_education is not None:
        parts.append(msg("reason.within_offer_education", edu=cfg.offer_min_education))
    return msg("reason.within_offer", parts=join("; ", parts)) if parts else ""


def allot_lower_seats(
    comp: Compiled,
    lower: LowerSeats,
    who: np.ndarray,
    near: Callable[..., Nearest],
) -> None:
    """Names in ``lower`` a post for each serving official of ``who`` (left without a
    post) not named one yet: of the posts of a lower kelas that only the grade band
    shuts to them (:func:`nearest_and_lower`), one with an empty seat in the plan not
    named for another: the highest kelas, then one that lists its fields (a
    profession's post), then one in their own unit, then under their unit's parent
    (review 108: a clerk of Dinas Kesehatan was offered a Pengadministrasi Umum seat
    of the Setda, a mutasi, while 8 of her own office's stood empty at the same kelas),
    then by index. The seats go in merit order (:func:`merit_keys`: SKP rating,
    golongan, service, age), each seat to one person; -1 for one whose lower posts have
    empty seats, all named for others before them."""
    ctx = comp.context
    if comp.config.eligibility.max_grade_drop is None:
        return
    who = who[ctx.emp("current_pos")[who] >= 0]
    who = who[[i not in lower.seat for i in who.tolist()]]
    if not len(who):
        return
    grade = np.nan_to_num(ctx.pos("grade"), nan=-1.0)
    listed = fields_listed(ctx)
    unit, parent = ctx.pos("unit_idx"), ctx.pos("parent_idx")
    cur = ctx.emp("current_pos")
    free = lower.capacity - lower.fill
    for i in who[np.lexsort(merit_keys(ctx, who))].tolist():
        down = near(i)[2]
        if not len(down):
            continue
        open_ = down[free[down] - lower.named[down] > 0]
        if not len(open_):
            lower.seat[i] = -1
            continue
        c = int(cur[i])
        away = unit[open_] != unit[c]
        abroad = parent[open_] != parent[c]
        q = int(open_[np.lexsort((open_, abroad, away, ~listed[open_], -grade[open_]))[0]])
        lower.named[q] += 1
        lower.seat[i] = q


def _first_to_keep(comp: Compiled, i: int, j: int) -> tuple[float, list[str]]:
    """The points by which leaving ``j`` without a post costs the plan more than
    leaving ``i`` without one on the terms that put some people first
    (``unplaced_serving``: ``j`` serves, ``i`` is a new hire; ``unplaced_holder``: ``j``
    holds a post whose rules they meet, ``i`` does not), and those terms; (0, []) under
    lexicographic priorities, whose levels are not points."""
    if comp.lexicographic:
        return 0.0, []
    w = {t.name: wt for t, wt in comp.terms}
    out, names = 0.0, []
    for name, who in (("unplaced_serving", serving), ("unplaced_holder", rightful_holder)):
        mask = who(comp.context)
        if w.get(name) and mask[j] and not mask[i]:
            out += float(w[name])
            names.append(name)
    return out, names


def _free_seat_rule(
    p: Problem, a: np.ndarray, i: int, e: int, pos_label: np.ndarray, proven: bool
) -> Message:
    """Why unplaced ``i`` does not take edge ``e`` into a post with a free seat: the
    rule that placing them there would break (unit cap, budget; not a cap on moves: an
    unplaced holder counts as moved already, a new hire's placement is no move), or,
    none broken, the plan's total (on a proven optimum)."""
    q = int(p.edge_pos[e])
    where = pos_label[q]
    u = int(p.position_unit[q])
    placed = a >= 0
    if p.unit_cap[u] != NO_LIMIT and int((p.position_unit[a[placed]] == u).sum()) >= p.unit_cap[u]:
        return msg(
            "reason.free_seat_unit_cap",
            position=where,
            unit=p.label("unit", u),
            cap=int(p.unit_cap[u]),
        )
    b = int(p.budget_of_position[q]) if p.has_budgets else -1
    if b >= 0:  # the budget's load with and without them (O(n): with budgets only)
        tried = a.copy()
        tried[i] = q
        if p.shortfalls(tried)["budget"][b] > p.shortfalls(a)["budget"][b]:
            return msg(
                "reason.free_seat_budget",
                position=where,
                budget=p.budget_names[b],
                weight=int(p.edge_weight[e]),
                limit=int(p.budget_limit[b]),
            )
    d = (float(p.unplaced_cost[i]) - float(p.edge_cost[e])) / p.objective_scale
    if proven and d <= 0:  # no rule broken: placing them would not raise the total
        return msg("reason.free_seat_total", position=where, points=_pts(d))
    return msg("reason.unplaced_rule", position=where)


def _elsewhere(p: Problem, j: int, c: int) -> bool:
    """Whether employee ``j`` has an option (an edge) to another post than ``c``."""
    return bool((p.edge_pos[p.indptr[j] : p.indptr[j + 1]] != c).any())


def _first_named(people: list[int], named: Callable, most: int = 3) -> Message:
    """``A, B, C and 12 more``: the first ``most`` named, the rest only counted (naming
    every holder of a large post for each one who leaves is the cost)."""
    return first_of([named(j) for j in people[:most]] + people[most:], most)


def _jpm_there(jpm: np.ndarray | None, i: int) -> Message | float:
    """Employee ``i``'s JPM in their own post, as the seats left were ranked by ("none"
    where the pair has none: not assessed, or no standard; ranked last)."""
    v = np.nan if jpm is None else float(jpm[i])
    return msg("reason.no_jpm") if np.isnan(v) else float(np.round(v, 1))  # as ranked


def _golongan(ctx: Context, i: int) -> str:
    """Employee ``i``'s golongan as ranked: the PNS golongan, with a PPPK golongan
    (ranked as its PNS equivalent) beside it ("IX (= III/a)"); "–" where unknown."""
    level = int(ctx.emp("rank_level")[i])
    if level < 0:
        return "–"
    text = str(ctx.texts("employees", "rank")[i]).strip()
    pns = levels.RANKS[level]
    return f"{text} (= {pns})" if text.upper() in levels.PPPK_RANKS else pns


def _newcomers(came: list[int], c: int, gap: dict[int, float], named) -> Message:
    """``2 seat(s) went to people who did not hold it: A (scores 3.0 points more
    there), B (pinned there)``: those placed in post ``c`` who did not hold it, each
    with their score there minus this holder's (``gap``; the pinned have none)."""

    def one(j: int) -> Message:
        if j not in gap:
            return msg("reason.kept_pinned", who=named(j))
        d = gap[j]
        if abs(d) < 0.005:
            return msg("reason.newcomer_even", who=named(j))
        key = "reason.newcomer_more" if d > 0 else "reason.newcomer_less"
        return msg(key, who=named(j), points=abs(_pts(d)))

    return msg("reason.over_formasi_newcomers", n=len(came), who=_first_named(came, one))


def _least_kept(level: list[int], scores: np.ndarray, mine: float, emp_ids) -> int | None:
    """Of the holders kept in a post by the plan (``level``: none scores more there
    than this holder, whose score there is ``mine``; ``scores``: theirs there), the
    one who scores least there (ties: the lowest id), if that is less than ``mine``;
    else None."""
    lower = [
        (s, str(emp_ids[j]), j)
        for j, s in zip(level, scores.tolist(), strict=True)
        if s < mine - 0.005
    ]
    return min(lower)[2] if lower else None


def _tied_unplaced(p, c: int, level: list[int], i: int, emp_ids) -> int | None:
    """Of the holders kept in post ``c`` by the plan (``level``), the first by id whom
    the plan could leave without a post instead of ``i`` (left without one) for the
    same total: their score there less their score unplaced equals ``i``'s."""

    def stake(j: int) -> float:
        return _or_low(_edge_score(p, j, c)) + float(p.unplaced_cost[j]) / p.objective_scale

    mine = stake(i)
    tied = [j for j in level if abs(stake(j) - mine) < 0.005]
    return min(tied, key=lambda j: str(emp_ids[j])) if tied else None


def _kept_weaker(p, ctx: Context, leaving: tuple, kept: list, named, text: Message) -> Message:
    """``text`` and, where some of ``kept`` (those kept in the post who score no more
    there than the holder who leaves it) are rated below Baik and below that holder,
    and the rules open no other post to them, a note naming them with their ratings
    and what leaving one of them without a seat weighs in the plan (the unplaced terms,
    the least of theirs); that it is more than the move costs only where it is
    (``leaving``: the holder, the post and the change their leaving makes, < 0 a
    cost)."""
    i, c, own_gain = leaving
    perf = ctx.emp("perf_level")
    rank = levels.skp_order(perf)
    baik = levels.PERFORMANCE.index("Baik")
    weaker = [j for j in kept if rank[j] < min(rank[i], baik) and not _elsewhere(p, j, c)]
    if not weaker:
        return text
    rated = [msg("reason.person_rated", who=named(j), skp=_rating(perf[j])) for j in weaker]
    cost = float(p.unplaced_cost[weaker].min()) / p.objective_scale
    key = "reason.kept_weaker_more" if own_gain < 0 and cost > -own_gain else "reason.kept_weaker"
    note = msg(key, n=len(weaker), who=first_of(rated, 3), points=_pts(cost))
    return join("; ", [text, note])


def _least_kept_note(
    p, c: int, j: int, free: np.ndarray, named, own_gain: float
) -> tuple[Message, bool, np.ndarray | None]:
    """``of those kept, X scores least there (117.1); in this holder's new post or a
    post with a free seat, X would score at most 52.0, the move cost included`` (or
    ``… no such post is open to X``): ``free`` (bool per post) marks those posts. Why
    moving this holder, not X, costs the plan less. And whether X would change their
    score by as much as this holder did (``own_gain``): a tie between the two; and the
    posts where X scores so (None: no such post)."""
    there = _edge_score(p, j, c)
    assert there is not None  # j holds post c: its edge is there
    way = _way_out(p, j, free)
    if way is None:
        return msg("reason.kept_least_alone", who=named(j), score=_pts(there)), False, None
    best, at = way
    tie = abs((best - there) - own_gain) < 0.005
    key = "reason.kept_least_tie" if tie else "reason.kept_least"
    return msg(key, who=named(j), score=_pts(there), best=_pts(best)), tie, at


def _unit_bounds(p: Problem, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """bool per unit, in placement ``a``: at its headcount cap (``max_headcount``), and
    at its minimum (``min_headcount``: none of its people to lose)."""
    pu = np.asarray(p.position_unit)
    now = np.bincount(pu[a[a >= 0]], minlength=p.n_units)
    cap, least = np.asarray(p.unit_cap), np.asarray(p.unit_min)
    return (cap != NO_LIMIT) & (now >= cap), (least > 0) & (now <= least)


def _swap_room(
    p: Problem,
    a: np.ndarray,
    fill: np.ndarray,
    i: int,
    c: int,
    bounds: tuple[np.ndarray, np.ndarray],
    at: np.ndarray | None = None,
) -> np.ndarray:
    """bool per post (of ``at``; default every post): one kept in post ``c`` could take
    a seat of it were holder ``i`` kept there instead, the plan otherwise as it is: a
    seat left (``i``'s new post's, which ``i`` frees, counts), its unit below its
    headcount cap unless it is the unit of ``i``'s new post, which ``i`` leaves; only
    posts of that unit where it is at its minimum (``bounds``: :func:`_unit_bounds`;
    review 133 M1); none but ``i``'s new post where ``i`` keeps it at its minimum fill;
    none under budgets, where each person weighs their own (review 131 M1: a tie was
    claimed through a seat of a unit at its cap). So too of ``i`` moving from their new
    post to one of ``at`` (``c`` their own)."""
    posts = np.arange(p.n_positions) if at is None else np.asarray(at, dtype=np.int64)
    new = int(a[i])
    if p.has_budgets:
        return np.zeros(len(posts), dtype=bool)
    if new >= 0 and fill[new] <= np.asarray(p.min_fill)[new]:
        return posts == new
    pu = np.asarray(p.position_unit)
    full, low = bounds
    shut = full[pu[posts]]
    if new >= 0:
        home = pu[posts] == pu[new]
        shut = (shut & ~home) | (low[pu[new]] & ~home)
    return ((posts == new) | ((fill[posts] < p.capacity[posts]) & ~shut)) & (posts != c)


def _way_out(p, j: int, free: np.ndarray) -> tuple[float, np.ndarray] | None:
    """``j``'s best score (the move cost included) in the posts ``free`` marks (bool
    per post), and those of them where it is so; None: the rules open none to ``j``."""
    lo, hi = int(p.indptr[j]), int(p.indptr[j + 1])
    other = free[p.edge_pos[lo:hi]]
    if not other.any():
        return None
    low = p.edge_cost[lo:hi][other].min()
    return -float(low) / p.objective_scale, p.edge_pos[lo:hi][other & (p.edge_cost[lo:hi] == low)]


def _tied_kept(
    p, c: int, kept: list[int], free: np.ndarray, own_gain: float, emp_ids
) -> tuple[int, float, float, np.ndarray] | None:
    """Of ``kept`` (holders kept in post ``c`` whom no pin or rule keeps there), the
    first, by their score there and then by id, who could leave it for a post ``free``
    marks and change the plan's total by as much as the holder who left (``own_gain``):
    that one, their score there, their best score in such a post and the posts where it
    is so. None: the plan's choice of who leaves is no tie with any of them."""
    ways = []
    for j in kept:  # a post's kept holders: a few, each reading their own edges
        there = _edge_score(p, j, c)
        way = _way_out(p, j, free)
        if there is not None and way is not None and abs((way[0] - there) - own_gain) < 0.005:
            ways.append((there, str(emp_ids[j]), j, way))
    if not ways:
        return None
    there, _, j, (best, at) = min(ways, key=lambda w: w[:2])
    return j, there, best, at


def _tie_ratings(ctx: Context, i: int, j: int, more: int = 0, by: str = "") -> Message:
    """The SKP ratings, golongan and TMT CPNS of ``i`` and ``j``, who tie: what the rule
    for ties weighs after the fewest changes, a seat free now and a rise in kelas (then
    the age, then a fixed arbitrary order), and which of them decided: the fewest
    changes where the other way makes ``more`` changes, else a seat free now or a rise
    in kelas where ``by`` says so (``"waits"``, ``"kelas"``: :func:`_ways_apart`), else
    the first in which the two differ (review 39: the text listed the ratings where the
    count of moves had decided)."""
    perf = ctx.emp("perf_level")
    tmt, born = stability.service_keys(ctx)
    unknown = np.iinfo(np.int64).max
    ratings = msg(
        "reason.tie_ratings",
        mine=_rating(perf[i]),
        theirs=_rating(perf[j]),
        my_rank=_golongan(ctx, i),
        their_rank=_golongan(ctx, j),
        tmt=""
        if tmt[i] == tmt[j] == unknown
        else msg(
            "reason.tie_tmt",
            mine=msg("reason.rating_none") if tmt[i] == unknown else _ym(tmt[i]),
            theirs=msg("reason.rating_none") if tmt[j] == unknown else _ym(tmt[j]),
        ),
    )
    skp = levels.skp_order(perf[[i, j]])
    rank = np.nan_to_num(ctx.emp("rank_level")[[i, j]].astype(float), nan=-1.0)
    if more > 0:
        by = "changes"
    elif not by:
        keys = (("skp", skp), ("golongan", rank), ("tmt", tmt[[i, j]]), ("age", born[[i, j]]))
        by = next((name for name, v in keys if v[0] != v[1]), "order")
    return join("; ", [ratings, msg("reason.tie_decided", by=msg(f"reason.tie_by_{by}"))])


def _reference(ctx: Context) -> np.ndarray:
    """The reference post per employee the rule for ties weighs from (the compile's,
    ``ctx.tie_reference``: another scenario's placement under ``stability.reference``),
    else the current posts."""
    ref = ctx.tie_reference
    return stability.current_reference(ctx.emp("current_pos")) if ref is None else ref


def _rises(ctx: Context, who: np.ndarray, to: np.ndarray) -> np.ndarray:
    """bool per pair of ``who`` and ``to`` (-1: no post): a rise in kelas from their
    reference post (:func:`_reference`), as the rule for ties reads one
    (:func:`~placement.model.stability.kelas_rises`)."""
    e, q = np.asarray(who, dtype=np.int64), np.asarray(to, dtype=np.int64)
    return stability.kelas_rises(_reference(ctx), e, np.maximum(q, 0), ctx.pos("grade")) & (q >= 0)


def _ways_apart(
    p: Problem, ctx: Context, a: np.ndarray, way: list[tuple[int, int]]
) -> tuple[int, str]:
    """How many more changes from the reference the other ``way`` (the people it
    places differently from ``a``, each with their post there, -1 none) makes than
    ``a`` (:func:`~placement.model.stability.change_level` from :func:`_reference`),
    and what decided between them where the changes do not: ``"waits"`` where ``a``
    brings fewer serving officials into posts held over formasi (a seat free now,
    :func:`~placement.model.stability.seat_waits`, the level after the changes: review
    154 H1), ``"kelas"`` where a rise in kelas did: ``a`` has fewer leavings that
    are no rise (:func:`_rises`), and the merit level
    (:func:`~placement.model.stability.merit_level`) without the offset that weighs
    them would not have preferred ``a`` (review 104: a way with more rises can lose
    on merit where several people differ, and "decided by the rise" was said where
    either way rose). Review 98: "decided by the fewest changes (the other way moves
    more people)" where the other way moved a person already moving to another post:
    no more changes. The levels are those of the compile (a post -1 reads as the
    unplaced option's value, as the levels give it)."""
    who = np.array([x for x, _ in way], dtype=np.int64)
    there = np.array([w for _, w in way], dtype=np.int64)
    here = np.asarray(a, dtype=np.int64)[who]
    reference = _reference(ctx)
    more = int(stability.change_level(reference, who, there)[0].sum()) - int(
        stability.change_level(reference, who, here)[0].sum()
    )
    if more or len(p.tie_levels) < 2:
        return more, ""

    def waits(posts: np.ndarray) -> int:  # entries into posts held over formasi
        w = stability.seat_waits(ctx, who, np.maximum(posts, 0))
        return 0 if w is None else int((w & (posts >= 0)).sum())

    if waits(here) < waits(there):
        return more, "waits"
    ref = reference[who]

    def flat(posts: np.ndarray) -> int:  # leavings that are no rise in kelas
        return int(((ref >= 0) & (posts != ref) & ~_rises(ctx, who, posts)).sum())

    if flat(here) >= flat(there):
        return more, ""
    merit = stability.context_merit(ctx)

    def plain(posts: np.ndarray) -> int:  # the merit level's sum, without the rises
        at = np.maximum(posts, 0)
        step = stability.step_ups(
            reference, who, at, ctx.pos("grade"), stability.step_priority(ctx)
        ) & (posts >= 0)
        return int(stability.merit_level(merit, reference, who, posts, step)[0].sum())

    return more, "kelas" if plain(here) >= plain(there) else ""


#: the reasons a vacancy's weight carries, in part or whole (their ``vac`` points)
VACANCY_KEYS = frozenset(
    {
        "reason.priority_vacancy",
        "reason.priority_vacancy_even",
        "reason.priority_vacancy_carried",
        "reason.priority_vacancy_carried_skp",
        "reason.priority_vacancy_loss",
        "reason.better_fit_vacancy",
    }
)


def _seat_waits(text):
    """``text`` (a reason, or its parts joined) with its "fills …, a vacancy" part read
    as a seat taken once one is free (``reason.fills_vacancy_waits``)."""
    params = getattr(text, "params", None)
    if params is None:
        return text
    if text.key == "reason.fills_vacancy":
        return msg("reason.fills_vacancy_waits", **params)
    changed = {}
    for k, v in params.items():
        if isinstance(v, tuple):
            changed[k] = tuple(_seat_waits(x) for x in v)
        elif getattr(v, "key", None) is not None:
            changed[k] = _seat_waits(v)
    return Message(text.key, **{**params, **changed}) if changed else text


def _held_over_people(ctx, held: np.ndarray, named):
    """Of the people ``held`` over their post's formasi: until when (the extensions'
    ``held_until``: the retirement rule gives the BUP; '' for none), whether pending
    the PPK's decision, and ``one(k)``: the k-th of them as the notes name them."""
    until = extension.first_given("held_until", ctx, held)
    rules = ctx.kept_by_rule
    rule = None if rules is None else np.asarray(rules, dtype=object)[held]
    pending = ctx.pending[held] if ctx.pending is not None else np.zeros(len(held), dtype=bool)

    def one(k: int) -> Message:
        j = int(held[k])
        if until[k]:
            return msg("reason.held_over_until", who=named(j), date=until[k])
        if pending[k]:
            return msg("reason.held_over_pending", who=named(j))
        name = rule[k] if rule is not None and rule[k] else ""
        return msg("reason.held_over_rule", who=named(j), rule=name) if name else named(j)

    return until, pending, one


def hire_seat_notes(result) -> dict[int, Message]:
    """Per new hire (no post of their own) whom the plan places in a post it leaves
    holding people over its formasi (kept there until BUP by a rule, or pending the
    PPK's decision): the note naming them, and that the CPNS takes a seat within the
    formasi, those over it holding none; where some are pending, that the PPK's
    decision on them comes with the appointment (review 113 M2: two CPNS into P0093,
    31 people for 29 seats, flagged nowhere)."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        return {}
    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    over = left_over_formasi(comp, a)
    held = np.flatnonzero(over & (a == cur) & (cur >= 0))
    hires = np.flatnonzero((cur < 0) & (a >= 0) & np.isin(a, cur[held]))
    if not len(hires):
        return {}
    _, pending, one = _held_over_people(ctx, held, ctx.named)
    pos_label = result.problem.labels["position"]
    hc = ctx.pos("headcount").astype(np.int64)
    fill = np.bincount(a[a >= 0], minlength=ctx.n_positions)
    out: dict[int, Message] = {}
    for q in np.unique(a[hires]).tolist():
        at = np.flatnonzero(cur[held] == q)
        note = msg(
            "reason.hire_held_over" + ("_pending" if pending[at].any() else ""),
            position=pos_label[q],
            n=len(at),
            people=join("; ", [one(int(k)) for k in at]),
            filled=int(fill[q]),
            seats=int(hc[q]),
        )
        for i in hires[a[hires] == q].tolist():
            out[int(i)] = note
    return out


def _held_over_notes(ctx, a, cur, over, who, named, pos_label) -> dict[int, Message]:
    """Per mover of ``who`` into a post that holds people over its formasi (``over``,
    those the placement leaves over it: as the vacancies count them): the note naming
    them and until when (the extensions' ``held_until``: the retirement rule gives the
    BUP; pending: the PPK's decision), and, where one of them has no date, by when the
    post is back within its formasi (:func:`_back_within`)."""
    held = np.flatnonzero(over & (a == cur) & (cur >= 0))
    if not len(held):
        return {}
    movers = who[(cur[who] >= 0) & (a[who] >= 0) & (a[who] != cur[who])]
    movers = movers[np.isin(a[movers], cur[held])]
    if not len(movers):
        return {}
    until, pending, one = _held_over_people(ctx, held, named)

    # the people the plan brings into each post from elsewhere: where more come than it
    # holds over formasi, only so many of their seats wait for the exits (review 69:
    # four moves into P0537 each read as waiting for its one extra holder's BUP); its
    # new hires take its free seats first, as a CPNS is appointed to a vacant formasi
    # and cannot wait for one (review 91 H2: "1 of the 5 people" counted four CPNS)
    came = np.bincount(a[(a >= 0) & (a != cur) & (cur >= 0)], minlength=len(pos_label))
    hires = np.bincount(a[(a >= 0) & (cur < 0)], minlength=len(pos_label))
    per_post: dict[int, Message] = {}
    # per post: the day it is back within, whether some SKs into it wait, how many of
    # those held over it are kept pending the PPK's decision
    dated: dict[int, tuple[str, bool, int, str]] = {}
    unlicensed = ctx.yields_unlicensed
    for q in np.unique(a[movers]).tolist():
        at = np.flatnonzero(cur[held] == q)
        free = int(came[q] + hires[q]) - len(at)  # the seats free for those coming in
        some = int(came[q]) > len(at)  # only some of the officials' SKs wait
        each = not some and int(came[q]) > 1  # every one waits, a seat per exit
        # one kept with no date (pending the PPK's decision), or another holder who
        # retires before those kept until BUP: the seat is free once as many of those
        # who stay in the post leave, whoever they are, and by when (review 83 H2:
        # P0537's seat read as free on Damat Simnudi's BUP, 2027-03-01, while the
        # moves' seat_by gave Dwiyadi Jalosari's, 2027-01-01)
        date, by = _back_within(ctx, a, cur, q, len(at), named)
        exit = not all(until[at]) or bool(date and date < max(until[at].tolist()))
        key = "reason.held_over_exit" if exit else "reason.held_over"
        per_post[q] = msg(
            key + ("_some" if some else "_each" if each else ""),
            position=pos_label[q],
            n=len(at),
            m=int(came[q]),
            people=join("; ", [one(int(k)) for k in at]),
            by=by if exit else "",
        )
        if hires[q]:
            key = "reason.held_over_hires" + ("_short" if hires[q] > free else "")
            note = msg(key, h=int(hires[q]), f=max(free, 0))
            per_post[q] = join("", [per_post[q], note])
        if ctx.pending is not None and unlicensed is not None:
            # those who stay in its seats without its licence, pending the PPK's
            # decision: the seats are a licence holder's (review 84 H1: a licensed nurse
            # into P0088 read as waiting until 2030, while two holders without the STR
            # kept seats "for one who holds it, when one comes")
            seated = np.flatnonzero((a == q) & (cur == q) & ctx.pending & (unlicensed != ""))
            seated = seated[~np.isin(seated, held)]
            if len(seated):
                note = msg(
                    "reason.held_over_unlicensed",
                    n=len(seated),
                    who=_first_named(seated.tolist(), named),
                    licence=str(unlicensed[seated[0]]),
                )
                per_post[q] = join("", [per_post[q], note])
        # where every official's SK waits, a seat per exit: the day of the first
        first = back_within(ctx, a, cur, q, len(at) - int(came[q]) + 1)[0] if each else ""
        dated[q] = (date, some, int(pending[at].sum()), first)
    out = {int(i): per_post[int(a[i])] for i in movers.tolist()}
    for i in movers.tolist():
        # what a rule says of an SK dated when the seat is sure to be free (review 84
        # H1: by 2030-11-01 the nurse entering P0088 is 56, past the JF entry age 53)
        q = int(a[i])
        date, some, waiting, first = dated[q]
        if not date:
            continue
        said = (
            note(ctx, i, q, date, some, waiting, first=first)
            for note in extension.hooks("wait_notes")
        )
        for note in said:
            if note is not None:
                out[i] = join("", [out[i], note])
    return out


def _back_within(ctx, a, cur, q: int, n: int, named) -> tuple[str, Message | str]:
    """:func:`back_within` of post ``q`` and its note; ``("", "")`` where not known.
    Review 80: a move into P0553 read as free only once its holder kept pending the
    PPK's decision left, while her own note offered her the post's next seat, Lifitri
    Rotadana's, who retires on 2027-12-01; any exit frees the one seat too many."""
    date, j = back_within(ctx, a, cur, q, n)
    if not date:
        return "", ""
    return date, msg("reason.held_over_by", date=date, who=named(j), n=n)


def back_within(ctx, a, cur, q: int, n: int) -> tuple[str, int]:
    """When post ``q``, holding ``n`` over its formasi, is back within it at the latest
    (ISO text), and whose exit that is (an employee index): as many of those who hold
    it and stay (those kept over it among them) as it holds over reach the end of their
    service (the extensions' ``leaves_by``: their BUP), the earliest first, their ids
    breaking ties; sooner if any of them leaves. ``("", -1)`` where fewer than ``n`` of
    them have a known date. The reasons and the moves' ``seat_by`` both read it."""
    stay = np.flatnonzero((a == q) & (cur == q))
    dates = extension.first_given("leaves_by", ctx, stay)
    known = dates != ""
    if n < 1 or known.sum() < n:
        return "", -1
    stay, dates = stay[known], dates[known]
    ids = np.asarray(ctx.emp_ids, dtype=object)[stay].astype(str)
    k = np.lexsort((ids, dates.astype(str)))[n - 1]
    return str(dates[k]), int(stay[k])


def _ranked_above(comp, i: int, q: int) -> list[int]:
    """The candidates the extensions' rules rank above employee ``i`` for their rise
    into ``q`` (``rise_rivals``), the highest first (review 148 L1: in employee order,
    the two at JPM 100 read "and 2 more" after one at 95)."""
    out: list[int] = []
    for rivals in extension.hooks("rise_rivals"):
        got = rivals(comp, i, q)
        if got is not None:
            out += [int(j) for j in got if int(j) not in out]
    return out


def _rating(level: float) -> Message | str:
    """An SKP rating's name from its ordinal (``not given`` for -1 or none)."""
    if np.isnan(level) or level < 0:
        return msg("reason.rating_none")
    return levels.PERFORMANCE[int(level)]


def _rival_pool(
    p: Problem, ctx: Context, a: np.ndarray, q: int, who: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int, int]:
    """The other candidates for a promotion into post ``q`` and their JPM there (to one
    decimal, as quoted): of ``who`` (everyone with an edge into ``q``), the serving
    officials at a lower kelas jabatan, not its holders (whose edge may be theirs by
    incumbency alone), nor the pinned elsewhere, nor those placed in ``q`` (the
    promoted among them), how many the pins elsewhere left out, and how many of them
    the plan promotes into ``q`` (the official among them). The same for
    everyone promoted into ``q``: built once per post. New hires and move costs do not
    enter: the question is merit."""
    cur = np.asarray(p.current_pos, dtype=np.int64)
    pinned = np.asarray(p.pinned, dtype=np.int64)
    grade = ctx.pos("grade")
    with np.errstate(invalid="ignore"):
        lower = (cur[who] >= 0) & (grade[np.maximum(cur[who], 0)] < grade[q])
    ok = lower & (cur[who] != q) & (a[who] != q)
    free = (pinned[who] < 0) | (pinned[who] == q)
    rose = int((lower & (cur[who] != q) & (a[who] == q)).sum())
    who = who[ok & free]
    jpm = np.round(ctx.pair_jpm(who, np.full(len(who), q))[0], 1)
    return who, jpm, int((ok & ~free).sum()), rose


def _room(rival: Message, empty: int, key: str) -> Message:
    """The note on the ``empty`` seats a post promoted into keeps in this plan (the
    message ``key``): none of those the reason ``rival`` ranks above the official, not
    placed in the post nor risen elsewhere (its ``o``: :func:`_rival_pool` counts only
    those this plan leaves out of it), is kept out of it where the seats are as many;
    where they are more, this promotion takes a seat one of them could have had
    (review 92 H1: 4 ranking above, 3 seats of P0087 left)."""
    first = rival.params["items"][0] if "items" in rival.params else rival  # joined
    params = getattr(first, "params", {})
    stake = int(params.get("o", 0))
    if stake <= empty:
        return msg(key, e=empty)
    # no JPM of theirs to rank by: every one of the pool not risen elsewhere is at
    # stake (review 93 L3: a stake of 0 read "keeps none of them out")
    unranked = getattr(first, "key", "") == "reason.rivals_unassessed"
    return msg("reason.room_short_pool" if unranked else "reason.room_short", e=empty, k=stake)


def _rivals(
    pool: tuple[np.ndarray, np.ndarray, int, int],
    mine: float,
    held: int,
    named: Callable,
    proven: bool,
    mover: tuple[Context, int, np.ndarray] | None = None,
    room: int = 0,
) -> Message:
    """Why this official (JPM ``mine`` there, to one decimal) rather than another gets
    the higher post: of its :func:`_rival_pool` (besides ``held`` others placed in
    it), how many have a higher JPM there and the highest; that no plan placing one of
    them there scores more in total is said only of a proven optimum, and never as
    the ground of the choice; those with the same JPM are counted (a choice among
    equals to weigh before the SK), and with ``mover`` (the context, the official and
    the placement), how many of them rank above the official by merit, the first named
    (review 59: a promotion among 20 at JPM 100, 5 of them rated Sangat Baik, ranking
    above him)."""
    who, theirs, pinned, rose = pool
    if not len(who):
        if pinned:  # the scenario's pins keep them, not the rules
            return msg("reason.rivals_alone_pins", pinned=pinned)
        return msg("reason.rivals_none", held=held) if held else msg("reason.rivals_alone")
    text = _rivals_compared(who, theirs, mine, named, proven, mover, room)
    # the count leaves out the others the plan promotes into it, said (review 118 L1:
    # "of the 4 other serving official(s) …" where another's reason for the post,
    # counting the promoted too, read 7)
    apart = [msg("reason.rivals_rose_apart", n=rose - 1)] if rose > 1 else []
    pins = [msg("reason.rivals_pinned", n=pinned)] if pinned else []
    return join("", [text, *apart, *pins]) if apart or pins else text


def _rivals_compared(
    who: np.ndarray,
    theirs: np.ndarray,
    mine: float,
    named: Callable,
    proven: bool,
    mover: tuple[Context, int, np.ndarray] | None = None,
    room: int = 0,
) -> Message:
    """:func:`_rivals` where some of the pool are free to take the post; with ``room``
    (seats of it the plan leaves empty) the plan's total is not said to have chosen
    between them (no one is kept out of it)."""
    n = len(who)
    if np.isnan(mine):
        # the stake: those not risen elsewhere in this plan, as the ranked pool's (review
        # 96 L1: the whole pool was counted against the seats left)
        up = 0 if mover is None else int(_risen(mover[0], mover[2], who).sum())
        return msg("reason.rivals_unassessed", n=n, o=n - up)
    more = theirs > mine  # NaN (not assessed) compares False
    k = int(more.sum())
    if not k:
        tied = who[theirs == mine]
        if not len(tied):
            return msg("reason.rivals_best", n=n)
        if mover is None:
            return msg("reason.rivals_best_tied", n=n, t=len(tied))
        return _tied_by_merit(n, tied, mover, named)
    key = "reason.rivals_more_proven" if proven and not room else "reason.rivals_more"
    risen = np.zeros(k, dtype=bool) if mover is None else _risen(mover[0], mover[2], who[more])
    if risen.any():
        # those rising to another post of a higher kelas in this plan are passed over
        # by no one (review 64: Muham Tamrah's one rival of a higher JPM, Rawan Surah,
        # rises into another Polisi Pamong Praja Mahir post); the highest of the others
        # is named, or of those risen where all rose
        key = "reason.rivals_more_risen_all" if risen.all() else key + "_risen"
    among = np.flatnonzero(more)
    if risen.any() and not risen.all():
        among = among[~risen]
    top = among[np.lexsort((who[among], -theirs[among]))[0]]
    return msg(
        key,
        n=n,
        k=k,
        r=int(risen.sum()),
        o=int((~risen).sum()),
        who=named(int(who[top])),
        jpm=float(theirs[top]),
    )


def _tied_by_merit(
    n: int, tied: np.ndarray, mover: tuple[Context, int, np.ndarray], named: Callable
) -> Message:
    """The rivals at the same JPM as the official (``mover``: context, index and the
    placement): how many of them rank above the official by merit as every seat
    contest orders it (:func:`~placement.model.eligibility.merit_keys`: SKP rating,
    golongan, the longer service, the older; not the NIP, which decides only among
    those alike on all of them: then the choice is the PPK's), how many of those rise
    to a higher kelas elsewhere in this plan (review 60: Rawan Surah's 6 ranking above
    counted Suroni Suyato, promoted himself), and the first of the others (of them all
    where every one rises) with their rating and golongan."""
    ctx, i, a = mover
    tmt, born = stability.service_keys(ctx)
    people = np.append(tied, i)
    skp = levels.skp_order(ctx.emp("perf_level")[people])
    golongan = ctx.emp("rank_level")[people].astype(np.int64)
    keys = np.stack([-skp, -golongan, tmt[people], born[people]], axis=1)  # lower: better
    theirs, mine = keys[:-1], keys[-1]
    diff = theirs != mine
    at = np.argmax(diff, axis=1)  # the first key each differs on
    alike = ~diff.any(axis=1)
    better = ~alike & (theirs[np.arange(len(tied)), at] < mine[at])
    if not better.any():
        if alike.any():  # nothing the roster ranks decides between them
            return msg("reason.rivals_best_tied", n=n, t=len(tied))
        return msg("reason.rivals_best_tied_first", n=n, t=len(tied))
    above, ranked = tied[better], theirs[better]
    risen = _risen(ctx, a, above)
    passed = ~risen if not risen.all() else risen  # name one passed over, if any
    above, ranked = above[passed], ranked[passed]
    j = int(above[np.lexsort((above, *ranked[:, ::-1].T))[0]])  # the best of them
    key = "reason.rivals_best_tied_merit"
    if risen.any():
        key += "_risen_all" if risen.all() else "_risen"
    return msg(
        key,
        n=n,
        t=len(tied),
        k=int(better.sum()),
        r=int(risen.sum()),
        o=int((~risen).sum()),
        who=named(j),
        skp=_rating(ctx.emp("perf_level")[j]),
        rank=_golongan(ctx, j),
    )


def _risen(ctx: Context, a: np.ndarray, who: np.ndarray) -> np.ndarray:
    """bool per official of ``who``: placed by ``a`` in a post of a higher kelas
    jabatan than their own (an unknown kelas is no rise)."""
    grade = ctx.pos("grade").astype(float)
    cur = ctx.emp("current_pos").astype(np.int64)[who]
    to = np.asarray(a, dtype=np.int64)[who]
    with np.errstate(invalid="ignore"):  # NaN compares False
        return (to >= 0) & (cur >= 0) & (grade[np.maximum(to, 0)] > grade[np.maximum(cur, 0)])


def _edge_at(p, j: int, q: int) -> int | None:
    """The edge of employee ``j`` into post ``q``, None if the pair is not an option."""
    lo, hi = int(p.indptr[j]), int(p.indptr[j + 1])
    k = lo + int(np.searchsorted(p.edge_pos[lo:hi], q))
    return None if k >= hi or p.edge_pos[k] != q else k


def _edge_score(p, j: int, q: int) -> float | None:
    """Employee ``j``'s score in post ``q`` (points, the move cost included), None if
    the pair is not an option."""
    k = _edge_at(p, j, q)
    return None if k is None else -float(p.edge_cost[k]) / p.objective_scale


def _or_low(score: float | None) -> float:
    """A score, or minus infinity for a pair that has none (0 is a score)."""
    return -np.inf if score is None else score


def nearest_post(
    comp: Compiled, i: int, skip: int = -1, empty: np.ndarray | None = None
) -> tuple[int | None, list[str]]:
    """The open post (other than ``skip``) whose requirements employee ``i`` misses by
    the fewest rules (education, golongan, field, minimum JPM, competency gaps, scope,
    grade band, and the extensions' rules, the career rules one by one; ties: a post
    within what may be offered to them (:func:`beyond_offer`), then one with a seat
    the plan leaves empty, where ``empty`` (bool per post) says which,
    then a post listing the person's field among its accepted fields, then the grade
    closest to their current post's (a new hire: the lowest grade), then the first by
    id), and every rule missed there; (None, []) if no post is open."""
    q, fails, _, _ = nearest_and_lower(comp, i, skip, empty)
    return q, fails


#: :func:`nearest_and_lower`'s answer: the nearest post and the rules missed there, the
#: lower posts the grade band alone shuts, and a post as near missed on other grounds
Nearest = tuple[int | None, list[str], np.ndarray, tuple[int, list[str], bool] | None]

#: how many of the posts as near as the nearest are read for one missed on other grounds
AS_NEAR_READ = 8


def nearest_and_lower(
    comp: Compiled,
    i: int,
    skip: int = -1,
    empty: np.ndarray | None = None,
    as_near: bool = False,
) -> Nearest:
    """:func:`nearest_post`; the first of the posts missed by as few rules (in the
    same order) that is missed on other grounds, with those rules (review 56: a nurse
    at III/d was told her nearest post is Perawat Mahir, out of her golongan's range,
    not that Perawat Ahli Muda, her jenjang, is shut only by the kelas rise), and
    whether it has a seat the plan leaves empty (``empty``), None if none of the next
    ``AS_NEAR_READ`` is (only ``as_near``: else None); and the open posts of a lower
    grade than employee ``i``'s current post, within what may be offered
    (:func:`beyond_offer`: at most ``max_offer_drop`` below it, asking no less than
    ``offer_min_education``), that meet every requirement of theirs but the grade band
    (``max_grade_drop``): the demotions the scenario rules out, which a reason that
    says no post is open to them should name, as a way with their consent (none for a
    new hire). One count of the rules missed serves both."""
    ctx = comp.context
    every = np.flatnonzero(ctx.pos("headcount") > 0)
    other = every != skip
    open_ = every[other]
    if not len(open_):
        return None, [], open_, None
    misses, field_ok = _misses_of(comp, i, every)
    misses, field_ok = misses[other], field_ok[other]
    c = int(ctx.emp("current_pos")[i])
    cfg = comp.config.eligibility
    grade = ctx.pos("grade")[open_]
    far = beyond_offer(comp, i, open_, grade)
    down = open_[:0]
    if c >= 0 and cfg.max_grade_drop is not None:
        lower = (grade < ctx.pos("grade")[c]) & (open_ != c) & (misses == 1) & ~far
        if lower.any():
            band = ~grade_band_ok(ctx, np.full(int(lower.sum()), i), open_[lower], cfg)
            down = open_[lower][band]
    # ties: a post within what may be offered to them, then a post with a seat the
    # plan leaves empty (a held post is no way in, even where the rule missed is a
    # selection's; review 54: the merged office's new head post, not another office's
    # held one), then a post that lists the person's field among its accepted ones
    # (their own profession rather than an office post open to any field), then the
    # grade closest to their current post's (a new hire: the lowest grade, an entry
    # post rather than the head of an office), then a post in their own unit as the
    # scenario has it (review 143 L1: Seti Dwitri Jadilim, Kasubbag Perencanaan of an
    # office merged away, was pointed to the Inspektorat's post of that title, not to
    # the merged office's own), then by id
    full = np.zeros(len(open_), dtype=bool) if empty is None else ~empty[open_]
    named = field_ok & fields_listed(ctx)[open_]
    grade = np.nan_to_num(grade, nan=99.0)
    dist = np.nan_to_num(np.abs(grade - ctx.pos("grade")[c]), nan=99.0) if c >= 0 else grade
    # the keys packed in one int64 and one argmin (a sort per person was 2.5 ms at 20k
    # posts): misses, then far, then full, then not named, then the grade distance in
    # tenths (< 1024), then away from their unit, then the post's index (< 2**32); ties
    # of the packed key cannot occur (indices differ)
    tenths = np.minimum(np.rint(np.asarray(dist, dtype=float) * 10), 1023).astype(np.int64)
    flags = (far.astype(np.int64) * 2 + full) * 2 + ~named
    away = ctx.pos("unit_idx")[open_] != ctx.emp("current_unit")[i]
    key = (((misses * 8 + flags) * 1024 + tenths) * 2 + away) * 2**32 + open_
    at = int(np.argmin(key))
    q = int(open_[at])
    fails = requirement_failures(comp, i, q)
    if not as_near:  # most callers want the lower posts only
        return q, fails, down, None
    # posts of a lower kelas are the lower note's (review 58: a nurse was pointed to a
    # JA post three kelas down, barred to her profession too); those beyond what may
    # be offered are no way to name
    said = far
    if c >= 0:
        with np.errstate(invalid="ignore"):
            said = said | (ctx.pos("grade")[open_] < ctx.pos("grade")[c])
    # the grounds of :data:`NO_WAY` that are read here for every post at once (each
    # post read one at a time costs 0.4 ms: 0.45 s a scenario when all were)
    hard = set(cfg.hard)
    if "field" in hard:
        said = said | ~field_ok
    if "education" in hard:
        said = said | (ctx.emp("edu_level")[i] < ctx.pos("min_edu_level")[open_])
    near = _as_near(comp, i, open_, key, misses, at, fails, said)
    if near is None:
        return q, fails, down, None
    # whether it has a seat the plan leaves empty (without ``empty``: not said)
    return q, fails, down, (*near, empty is None or bool(empty[near[0]]))


def _as_near(
    comp: Compiled,
    i: int,
    open_: np.ndarray,
    key: np.ndarray,
    misses: np.ndarray,
    at: int,
    fails: list[str],
    said: np.ndarray,
) -> tuple[int, list[str]] | None:
    """Of the posts of ``open_`` missed by as many rules as the nearest (``at``), in
    the order of ``key``, the first whose rules missed are others than ``fails`` (by
    the rule: the message, and the rule it names), and none of them a ground no
    decision of the PPK removes (:data:`NO_WAY`), and those; None if none of the next
    :data:`AS_NEAR_READ`. Not the posts ``said`` (bool per post of ``open_``). One
    post a title, not the nearest's: posts of one title ask the same of a person
    (one check each, 0.4 ms, had cost 0.16 s a scenario)."""
    titles = _title_codes(comp.context)
    ok = (misses == misses[at]) & ~said & (titles[open_] != titles[open_[at]])
    same = np.flatnonzero(ok)
    if not len(same):
        return None
    same = same[np.argsort(key[same])]
    _, first = np.unique(titles[open_[same]], return_index=True)
    same = same[np.sort(first)[:AS_NEAR_READ]]  # the first of each title, in key order
    mine = _grounds(fails)
    for t in same.tolist():
        # the look at a post ends at its first ground of NO_WAY
        theirs = failures_unless(comp, i, int(open_[t]), _no_way)
        if theirs is not None and _grounds(theirs) != mine:
            return int(open_[t]), theirs
    return None


#: failures that say themselves that every seat of the post is held
SAYS_HELD = frozenset({"explain.why_selection_held"})
#: what shuts a post whose requirements one meets: it is filled by a selection, not
#: by the plan (placement.domain.performance)
BY_SELECTION = frozenset(
    {
        "explain.why_selection_held",
        "explain.why_selection_pansel",
        "explain.why_selection_tpk",
        "explain.why_selection_sitting",
    }
)

#: grounds no decision before the SK removes: a post named as near on them is no way
#: (review 58: a field the person misses in their own post too; a JA post barred to a
#: shortage profession)
NO_WAY = frozenset(
    {
        "explain.why_education",
        "explain.why_field",
        "career.why_licensed_to_ja",
        "career.why_licence_to_ja",
    }
)


def _no_way(failure: Message | str) -> bool:
    """A failure on a ground of :data:`NO_WAY` (keyed as :func:`_grounds` keys it)."""
    return getattr(failure, "key", str(failure)) in NO_WAY


def _grounds(fails: list[str]) -> set[tuple[str, str]]:
    """The rules a list of failures names: each message's key and the rule it names."""
    return {
        (getattr(f, "key", str(f)), str(getattr(f, "params", {}).get("rule", ""))) for f in fails
    }


def beyond_offer(comp: Compiled, i: int, open_: np.ndarray, grade: np.ndarray) -> np.ndarray:
    """Per post of ``open_`` (kelas ``grade``): below what may be offered to employee
    ``i`` with their consent, a way for them no reason names: more than
    ``max_offer_drop`` kelas below their own post's (review 54: a Kasubbag at kelas 9
    was offered a Pengemudi seat at kelas 3), or asking less education than
    ``offer_min_education`` of one who has it (review 55: an S.Pd. was offered a
    Pengemudi seat). Not for a new hire."""
    ctx = comp.context
    cfg = comp.config.eligibility
    far = np.zeros(len(open_), dtype=bool)
    c = int(ctx.emp("current_pos")[i])
    if c < 0:
        return far
    if cfg.max_offer_drop is not None:
        with np.errstate(invalid="ignore"):  # an unknown kelas is not far
            far |= grade < ctx.pos("grade")[c] - cfg.max_offer_drop
    if cfg.offer_min_education is not None:
        floor = levels.EDUCATION.index(cfg.offer_min_education)
        if ctx.emp("edu_level")[i] >= floor:
            need = ctx.pos("min_edu_level")[open_]
            far |= (need >= 0) & (need < floor)  # a post without a minimum is not
    return far


def _title_codes(ctx: Context) -> np.ndarray:
    """Per post, a code of its title (posts of one title share it)."""
    return ctx.derived(
        "title_codes",
        lambda: np.unique(
            np.asarray(ctx.texts("positions", "title"), dtype=str), return_inverse=True
        )[1].ravel(),
    )


def fields_listed(ctx: Context) -> np.ndarray:
    """Per post, whether it lists accepted fields (a profession's post rather than an
    office post open to any field), as :func:`~placement.model.context.field_codes`
    reads the list (";" alone lists none: review 157 L3)."""
    return ctx.derived(
        "fields_listed",
        lambda: np.array(
            [
                any(t.strip() for t in str(f or "").split(LIST_SEP))
                for f in ctx.texts("positions", "fields")
            ],
            dtype=bool,
        ),
    )


def _misses_of(comp: Compiled, i: int, every: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_misses` of employee ``i`` over ``every`` open post, once per context,
    rules and person: a reason reads each person's nearest post twice (with and
    without their own post skipped; 0.9 of 4.8 s of the tables at 100,000 people)."""
    cache, key = _misses_cache(comp)
    if key + (i,) not in cache:
        _count_misses(comp, np.array([i], dtype=np.int64), every)
    return cache[key + (i,)]


def _misses_cache(comp: Compiled) -> tuple[dict, tuple]:
    """:func:`_misses_of`'s cache (per context) and the key of the rules it is for, to
    which a person's index is added."""
    ctx = comp.context
    cache: dict = ctx.derived("nearest_misses", dict)
    return cache, (comp.config.eligibility.model_dump_json(), ctx.jpm_surplus, ctx.unassessed_jpm)


#: people × posts counted at once by :func:`_count_misses` (its arrays' size)
MISSES_PAIRS = 1_000_000


def _count_misses(comp: Compiled, people: np.ndarray, every: np.ndarray) -> None:
    """:func:`_misses` over ``every`` open post of each of ``people`` not counted yet,
    kept for :func:`_misses_of`: many people in one pass of each rule (the reasons
    count everyone left without a post before the first reason; one by one, 14
    extension rules and the grade band cost 0.5 ms a person). Each rule judges each
    pair on its own, so a person's row is the same whoever is counted with them."""
    cache, key = _misses_cache(comp)
    todo = [i for i in dict.fromkeys(np.asarray(people).tolist()) if key + (i,) not in cache]
    step = max(1, MISSES_PAIRS // max(len(every), 1))
    for k in range(0, len(todo), step):
        part = np.asarray(todo[k : k + step], dtype=np.int64)
        misses, field_ok = _misses(comp, part, every)
        for row, i in enumerate(part.tolist()):
            cache[key + (i,)] = (misses[row], field_ok[row])


def _misses(comp: Compiled, people: np.ndarray, open_: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per person of ``people`` (rows) and post of ``open_`` (columns), how many of the
    rules they miss there (see :func:`nearest_post`), and whether it accepts their
    field."""
    ctx = comp.context
    cfg = comp.config.eligibility
    hard = set(cfg.hard)
    shape = (len(people), len(open_))
    who, where = np.repeat(people, len(open_)), np.tile(open_, len(people))  # row-major
    misses = (~grade_band_ok(ctx, who, where, cfg)).astype(np.int64).reshape(shape)
    misses += extension_misses(ctx, who, where, cfg).reshape(shape)
    mine = people[:, None]
    if "education" in hard:
        misses += ctx.emp("edu_level")[mine] < ctx.pos("min_edu_level")[open_]
    if "rank" in hard:
        misses += ctx.emp("rank_level")[mine] < ctx.pos("min_rank_level")[open_]
    ef, pf, acc = ctx._fields  # noqa: SLF001
    field_ok = np.where(pf[open_] < 0, True, acc[np.maximum(pf[open_], 0), ef[mine]])
    if "field" in hard:
        misses += ~field_ok
    if cfg.min_jpm is not None:  # a pair without a JPM passes, as in the rule
        misses += (ctx.pair_jpm(who, where)[0] < cfg.min_jpm - 1e-9).reshape(shape)
    tol = cfg.max_competency_gap
    if "competency" in hard or tol is not None:  # what is not assessed is no gap
        req = ctx.required[open_]
        for row, i in enumerate(people.tolist()):  # [posts, competencies] a person
            gap = np.where(req > 0, np.nan_to_num(req - ctx.levels[i][None, :], nan=0.0), 0.0)
            misses[row] += gap.max(axis=1, initial=0) > (tol or 0)
    e_scope, p_scope = scope_keys(ctx, cfg.scope)  # as the eligible edges are grouped
    misses += p_scope[open_] != e_scope[mine]
    return misses, field_ok


def _best_newcomer(
    pool: list[int], c: int, mine: float, score_at: Callable[[int, int], float | None]
) -> tuple[int, float] | None:
    """The newcomer of ``pool`` who scores most above ``mine`` in post ``c``, and by
    how much (the first such in ``pool`` on a tie); None when none has a score."""
    out = None
    for j in pool:
        s = score_at(j, c)
        if s is not None and (out is None or s - mine > out[1]):
            out = (j, s - mine)
    return out


def _said_sums(parts: dict[str, float], own_gain: float, vacancy: bool) -> dict[str, Any]:
    """The numbers a move's reason quotes, each a sum of its parts as printed: every
    part to one decimal first, then added (review 116 L1: "what it gains them, 16.6
    points" where the parts quoted, jpm +4.5, field +10.0, training +2.0, make 16.5).
    ``rest``: the person's own change, the plan's terms (the vacancy's weight and, where
    one is weighed, the SKP terms) left out; ``gained``: ``rest`` before the move's
    costs (:data:`MOVE_COST_TERMS`). The parts are rounded so that they add up to the
    whole rounded (the largest remainders rounded up); where the parts do not add up to
    the whole gain (lexicographic tiers), the whole is quoted as it is."""

    def one(x: float) -> float:  # to one decimal, never "-0.0"
        return round(x, 1) + 0.0

    shown = {k: one(v) for k, v in parts.items()}
    whole = abs(sum(parts.values()) - own_gain) <= 1e-6
    if whole and parts:
        # the parts in tenths, rounded down, the tenths short of the whole's handed to
        # the largest remainders: the parts as printed add up to the whole as printed
        # (review 119 L1: 6.67 + 1.67 + 1.67 - 10 printed 0.1 of a whole 0.0, "does
        # not pay … it is 0.1 points")
        tenths = np.array(list(parts.values()), dtype=float) * 10
        low = np.floor(tenths + 1e-9)
        short = int(round(own_gain * 10) - low.sum())
        if 0 <= short <= len(low):
            order = np.argsort(-(tenths - low), kind="stable")
            low[order[:short]] += 1
            shown = {k: one(t / 10) for k, t in zip(parts, low.tolist(), strict=True)}

    def of(keys: tuple[str, ...]) -> float:
        return one(sum(v for k, v in shown.items() if k in keys))

    total = one(sum(shown.values())) if whole else _pts(own_gain)
    vac, skp = of(("vacancy",)), of(("skp_seat", "skp_step"))
    rest = one(total - vac - (skp if vacancy else 0.0))
    return {
        "parts": shown,
        "total": total,
        "fit": of(FIT_TERMS),
        "vac": vac,
        "skp": skp,
        "rest": rest,
        "gained": one(rest - of(MOVE_COST_TERMS)),
    }


def _gains(p: Problem, e_from: int, e_to: int, ctx: Context) -> dict[str, float]:
    """Per objective term, what going from edge ``e_from`` to ``e_to`` gains (points);
    the education term as its two grounds (:func:`_education_grounds`)."""
    out = {}
    for name, (ec, _) in p.term_costs.items():
        d = (int(ec[e_from]) - int(ec[e_to])) / p.objective_scale
        if d:
            out[name] = d
    if "education" in out:
        out = _education_grounds(p, ctx, e_from, e_to, out)
    if "jpm" in out:
        out = _jpm_known(p, ctx, e_from, e_to, out)
    return out


def _jpm_known(
    p: Problem, ctx: Context, e_from: int, e_to: int, parts: dict[str, float]
) -> dict[str, float]:
    """``parts`` with the jpm term's gain named for what it is where either pair has no
    JPM (the person not assessed on the post's standard, or a post without one): the
    value the objective scores for it (``objective.unassessed_jpm``), no fit of the
    person's own (a mover assessed in nothing read "jpm +4.5" between two posts'
    means)."""
    e = np.array([e_from, e_to])
    jpm, _ = ctx.pair_jpm(p.edge_emp[e], p.edge_pos[e])
    unknown = np.isnan(jpm)
    if not unknown.any():
        return parts
    name = unknown_jpm_term(ctx.unassessed_jpm)
    if p.edge_emp[e_from] != p.edge_emp[e_to] and unknown.sum() == 1:
        # two people's pairs (a seat to another): whose is not known (review 171 H1:
        # "Dera … scores 12.1 more there (jpm not known …)" where Dera's was 100 and
        # the one displaced, this person, was assessed in nothing)
        name += "_mine" if unknown[0] else "_theirs"
    return {name if k == "jpm" else k: v for k, v in parts.items()}


def _education_grounds(
    p: Problem, ctx: Context, e_from: int, e_to: int, parts: dict[str, float]
) -> dict[str, float]:
    """``parts`` with the education term's gain split by its grounds, in its place:
    the level meeting the post's minimum and the field being one the post accepts (the
    term's two halves, :func:`placement.model.terms.education`), each named (review 56:
    "education +10" where the field was the ground). Kept whole where the two changed
    in opposite directions and the gain cannot be told apart."""
    e = np.array([e_from, e_to])
    emp, pos = p.edge_emp[e], p.edge_pos[e]
    level = ctx.emp("edu_level")[emp] >= ctx.pos("min_edu_level")[pos]
    field = ctx.pair_field_ok(emp, pos)
    dl, df = int(level[1]) - int(level[0]), int(field[1]) - int(field[0])
    if dl + df == 0:  # none changed, or one up and one down: not to be told apart
        return parts
    each = parts["education"] / (dl + df)  # the points of one half
    split = {"education_level": each * dl, "education_field": each * df}
    out: dict[str, float] = {}
    for k, v in parts.items():
        if k == "education":
            out |= {t: w for t, w in split.items() if w}
        else:
            out[k] = v
    return out


def _summed(p: Problem, e_from: int, e_to: int, total: float, ctx: Context) -> dict[str, float]:
    """:func:`_gains` when its terms add up to the ``total`` a text quotes (not under
    lexicographic priorities, whose multipliers the terms do not carry); else {}."""
    parts = _gains(p, e_from, e_to, ctx)
    return parts if abs(sum(parts.values()) - total) <= 0.01 else {}


def _terms(p: Problem, e_from: int, e_to: int, total: float, ctx: Context) -> Message | str:
    """`` (jpm +80.0, training +8.0)``: :func:`_summed` as a text; "" without terms."""
    parts = _summed(p, e_from, e_to, total, ctx)
    return msg("reason.parts", parts=term_parts(parts)) if parts else ""


def _pts(x: float) -> float:
    """A score difference for a message (the catalogue formats it per language)."""
    return round(float(x), 2)


def _pos_labels(org: Organization) -> np.ndarray:
    pos = org.positions
    return (pos["id"] + " (" + pos["title"] + ")").to_numpy(dtype=object)


__all__ = ["CODES", "Message", "nearest_post", "reasons"]


def _ym(v) -> str:
    """``2005-05`` for 200505."""
    return f"{int(v) // 100:04d}-{int(v) % 100:02d}"


def _ymd(v) -> str:
    """``1977-06-02`` for 19770602."""
    return f"{int(v) // 10000:04d}-{int(v) // 100 % 100:02d}-{int(v) % 100:02d}"
