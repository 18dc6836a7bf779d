"""Which of several equally good placements the engine returns.

Many placements often share the optimal cost (two colleagues with the same score for
two posts, a vacancy that either of two people could fill). The engine never leaves
that choice to the row order of the input files or to a solver's internals: every
compiled :class:`~placement.model.problem.Problem` carries two tie-break levels below
its objective, and the exact solvers return the lexicographic optimum:

1. **status quo** (``changes``): fewest people placed differently from the
   *reference placement*: by default everybody's current post (an incumbent keeps
   their post whenever that costs nothing), or the placement of another scenario
   (``stability: {reference: baseline.yaml}``), so that a comparison shows only what
   the scenario itself changed;
2. **canonical order** (``order``): a fixed priority of each (employee id, position
   id) pair. For a person with a reference post its top bits say who keeps that post
   first: an option that leaves it weighs the person's SKP performance rating
   (Sangat Baik most, a rating not given as Baik), then their golongan's standing
   among that post's holders (``merit``), so that of two holders of an over-filled
   post who are worth the same to the plan the better rated stays, and of two rated
   alike the higher golongan. An option that is a *step up* from that post (a higher
   kelas jabatan, or a post of higher priority) weighs the merit the other way round:
   of two people who could each take it at the same total, the better rated takes it
   and the other stays (review 37: a Sangat Kurang was sent to a priority vacancy, and
   kelas rises went to the lower rated, because the order only ever asked who stays).
   The other bits of such an option (all of them for a new hire) are a hash of the two
   ids; staying holds 0. It depends on the ids, ratings,
   golongan and reference posts only, never on row positions, and is the same in
   every scenario, so the same tie falls the same way in every scenario.
   (Coarsening, see below, drops the hash bits first.)

Neither level changes the objective value; see :meth:`Problem.with_ties` for how the
flow folds them into its integer costs and :mod:`placement.solvers.cpsat` for CP-SAT.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from placement.model import levels

#: reference value of an employee who has none (a new hire under the default
#: reference): no status-quo preference either way
NO_REFERENCE = -2
#: bits of the canonical-order level (values 0 .. 2**ORDER_BITS - 1)
ORDER_BITS = 16
#: its top bits: the merit of a person leaving their reference post (0 .. 31): the
#: SKP rating in the top 3 bits, the golongan's standing among that post's holders in
#: the 2 below (:func:`performance_merit`)
MERIT_BITS = 5
#: bits of the golongan's standing in the merit
RANK_BITS = 2


def id_hashes(ids: Sequence[object] | np.ndarray) -> np.ndarray:
    """uint64 hash of each id (BLAKE2b of its text): one call per id, not per pair."""
    blake = hashlib.blake2b
    digests = b"".join([blake(str(v).encode("utf-8"), digest_size=8).digest() for v in ids])
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (vectorised, wrapping uint64 arithmetic), in place: ``x``
    (a uint64 array of its own) is overwritten and returned; one scratch array, not
    a new one per step (millions of edges)."""
    tmp = np.empty_like(x)
    for shift, mult in ((30, 0xBF58476D1CE4E5B9), (27, 0x94D049BB133111EB), (31, None)):
        np.right_shift(x, np.uint64(shift), out=tmp)
        x ^= tmp
        if mult is not None:
            x *= np.uint64(mult)
    return x


def order_level(
    emp_hash: np.ndarray,
    pos_hash: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
    merit: np.ndarray | None = None,
    reference: np.ndarray | None = None,
    step_up: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The canonical-order level: int64 per edge and per unplaced employee in
    ``0 .. 2**ORDER_BITS - 1``, a hash of (employee id, position id). With ``merit``
    (per employee, 0 .. 2**MERIT_BITS - 1) and ``reference`` (per employee, the
    reference post; < 0: none), the options of a person with a reference post that
    leave it hold their merit in the top :data:`MERIT_BITS` bits and the hash below,
    and the option of staying holds 0 (the status-quo level already tells it apart):
    of two holders alike but for merit, the one who leaves costs the level their
    merit step plus one hash of fewer bits than that step, so the less merited leaves
    whatever the hashes (with several people moving at once the hashes add up and
    may still outweigh one step); a person without one keeps the whole hash. The
    options marked ``step_up`` (bool per edge, :func:`step_ups`) hold the merit's
    complement instead, ``2**MERIT_BITS − 1 − merit``: of two people who could each
    take such a post at the same total, the better merited takes it."""
    with np.errstate(over="ignore"):
        golden = np.uint64(0x9E3779B97F4A7C15)
        edge = emp_hash[edge_emp]
        edge ^= (pos_hash * golden)[edge_pos]  # per position, then gathered per edge
        edge = _mix(edge)
        unplaced = _mix(emp_hash ^ golden)
    shift = np.uint64(64 - ORDER_BITS)
    edge >>= shift
    unplaced >>= shift
    # below 2**ORDER_BITS: the same numbers read as int64, no copy
    edge_v, unplaced_v = edge.view(np.int64), unplaced.view(np.int64)
    if merit is None or reference is None:
        return edge_v, unplaced_v
    ref = np.asarray(reference, dtype=np.int64)
    post = ref >= 0  # a reference post to keep or leave
    low = ORDER_BITS - MERIT_BITS
    top = np.clip(np.asarray(merit, dtype=np.int64), 0, 2**MERIT_BITS - 1) << low
    on = post[edge_emp]
    leave = on & (edge_pos != ref[edge_emp])
    top_e = top[edge_emp]
    if step_up is not None:  # a step up: the better merited goes first
        top_e = np.where(step_up, ((2**MERIT_BITS - 1) << low) - top_e, top_e)
    edge_v = np.where(leave, (edge_v >> MERIT_BITS) + top_e, np.where(on, 0, edge_v))
    unplaced_v = np.where(post, (unplaced_v >> MERIT_BITS) + top, unplaced_v)
    return edge_v, unplaced_v


def change_level(
    reference: np.ndarray, edge_emp: np.ndarray, edge_pos: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The status-quo level: 1 for every option that differs from the reference
    position (-1 = unplaced in the reference, :data:`NO_REFERENCE` = no preference)."""
    ref = np.asarray(reference, dtype=np.int64)
    has = ref != NO_REFERENCE
    ref_e = ref.astype(np.int32)[edge_emp]  # one narrow gather per edge
    edge = ((edge_pos != ref_e) & (ref_e != NO_REFERENCE)).astype(np.int64)
    unplaced = (has & (ref != -1)).astype(np.int64)
    return edge, unplaced


def current_reference(current_pos: np.ndarray) -> np.ndarray:
    """The default reference: each incumbent's current post; none for new hires."""
    cur = np.asarray(current_pos, dtype=np.int64)
    return np.where(cur >= 0, cur, NO_REFERENCE)


def reference_from_ids(
    emp_ids: np.ndarray, pos_ids: np.ndarray, placed: dict[str, str]
) -> np.ndarray:
    """A reference from another placement, ``{employee id: position id or ""}``:
    employees absent from it (or placed in a post that no longer exists) get no
    preference; "" means unplaced there."""
    pos_index = {p: j for j, p in enumerate(pos_ids)}
    out = np.full(len(emp_ids), NO_REFERENCE, dtype=np.int64)
    for i, e in enumerate(emp_ids):
        if e in placed:
            p = placed[e]
            out[i] = -1 if p == "" else pos_index.get(p, NO_REFERENCE)
    return out


def tie_levels(
    reference: np.ndarray,
    emp_hash: np.ndarray,
    pos_hash: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
    merit: np.ndarray | None = None,
    step_up: np.ndarray | None = None,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """``[changes, order]`` for :attr:`Problem.tie_levels` (``merit`` and ``step_up``:
    see :func:`order_level`, e.g. :func:`performance_merit` and :func:`step_ups`)."""
    return [
        change_level(reference, edge_emp, edge_pos),
        order_level(emp_hash, pos_hash, edge_emp, edge_pos, merit, reference, step_up),
    ]


def step_ups(
    reference: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
    grade: np.ndarray,
    priority: np.ndarray,
) -> np.ndarray:
    """bool per edge: the option takes its employee from their reference post (< 0:
    none) to a post of a higher kelas jabatan (``grade`` per position; NaN compares
    false) or of a higher priority (``priority`` per position)."""
    ref = np.asarray(reference, dtype=np.int64)
    grade = np.asarray(grade, dtype=float)
    priority = np.asarray(priority, dtype=float)
    at = ref[edge_emp]
    has = at >= 0
    r = np.maximum(at, 0)
    return has & ((grade[edge_pos] > grade[r]) | (priority[edge_pos] > priority[r]))


def context_levels(ctx, reference: np.ndarray, edge_emp: np.ndarray, edge_pos: np.ndarray):
    """:func:`tie_levels` of a compiled context (``ctx``, a
    :class:`~placement.model.context.Context`) toward ``reference``: the ids' hashes,
    the SKP and golongan merit, the step ups by the posts' kelas and priority. The
    compiler and the pinned re-solves (:func:`placement.candidates.pin_cost`) both
    build the levels here, so that a re-solve breaks ties as the solve did."""
    return tie_levels(
        reference,
        id_hashes(ctx.emp_ids),
        id_hashes(ctx.pos_ids),
        edge_emp,
        edge_pos,
        performance_merit(ctx.emp("perf_level"), ctx.emp("rank_level"), reference),
        step_ups(reference, edge_emp, edge_pos, ctx.pos("grade"), ctx.pos("priority")),
    )


def performance_merit(
    perf_level: np.ndarray,
    rank_level: np.ndarray | None = None,
    reference: np.ndarray | None = None,
) -> np.ndarray:
    """The merit of :func:`order_level`: the SKP rating's ordinal (0 Sangat Kurang ..
    4 Sangat Baik; -1 not given, counted as Baik) as 1 .. 5 in the top bits, the same
    scale for everyone; below it, with ``rank_level`` (0 I/a .. 16 IV/e, -1 unknown)
    and ``reference`` (per employee, the reference post; < 0 none), the golongan's
    standing among the holders of the same reference post: how many distinct lower
    golongan they hold (0 .. 3, the highest merged where a post has more than four),
    so that of two holders of a post rated alike the higher golongan stays. A
    standing, not the golongan itself: two bits leave the hash room in a coarsened
    level."""
    merit = (levels.skp_order(perf_level) + 1) << RANK_BITS
    if rank_level is None or reference is None:
        return merit
    ref = np.asarray(reference, dtype=np.int64)
    rank = np.nan_to_num(np.asarray(rank_level, dtype=float), nan=-1.0).astype(np.int64)
    held = np.flatnonzero(ref >= 0)
    if len(held):
        key = ref[held] * 32 + np.clip(rank[held] + 1, 0, 31)  # (post, golongan)
        pairs, at = np.unique(key, return_inverse=True)
        post = pairs >> 5  # distinct pairs, sorted: a pair's place within its post's run
        place = np.arange(len(pairs)) - np.searchsorted(post, post)
        merit[held] += np.minimum(place[at], 2**RANK_BITS - 1)
    return merit
