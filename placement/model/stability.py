"""Which of several equally good placements the engine returns.

Many placements often share the optimal cost (two colleagues with the same score for
two posts, a vacancy that either of two people could fill). The engine never leaves
that choice to the row order of the input files or to a solver's internals: every
compiled :class:`~placement.model.problem.Problem` carries up to four tie-break levels
below its objective, and the exact solvers return the lexicographic optimum:

1. **status quo** (``changes``): fewest people placed differently from the
   *reference placement*: by default everybody's current post (an incumbent keeps
   their post whenever that costs nothing), or the placement of another scenario
   (``stability: {reference: baseline.yaml}``), so that a comparison shows only what
   the scenario itself changed;
2. **a seat free now** (``waits``, where some post holds people over its formasi
   whom the plan keeps there: until BUP by a rule, or pending the PPK's decision): of
   two ways alike in all of the above, the one that brings fewer people into such
   posts, an SK into which waits for one of them to leave (review 95 H1: Rayadi Fawan
   Sijadana, forced out of his post, went to P0230, whose seat is free only at a BUP
   in 2027, at the same total as three posts with seats empty now: the hash chose).
   It comes before the merit (review 154 H1, and 143 M1, 146 F4, 149 M6 before it:
   Ahmad Zuyadi Ardra Kayaruddin's rise in kelas into P0477, whose seat is free only
   on 2027-11-01, was taken over a way of the same total and as many changes whose
   SKs all take seats free now, as the merit took a rise first): an SK that can take
   effect now is worth more to the one who signs it than who, of two, rises.
3. **merit** (``merit``): of those who leave their reference post, the least merited,
   a person's merit being their place in one order of the whole roster: the SKP
   performance rating (Sangat Baik most, a rating not given as Baik), then the
   golongan, then the longer service (TMT CPNS), then the older (the Daftar Urut
   Kepangkatan's order after the golongan, as the seat contests weigh it). So of two
   people who are worth the same to the plan, whichever posts they hold, the better
   rated stays, of two rated alike the higher golongan, then the longer serving. An
   option that is a *step up* from the reference post (a higher kelas jabatan, or a
   post of higher priority) weighs the merit the other way round: of two people who
   could each take it at the same total, the better rated takes it and the other
   stays (review 37: a Sangat Kurang was sent to a priority vacancy, and kelas rises
   went to the lower rated, because the order only ever asked who stays). A rise in
   kelas comes before the merit: of two ways that differ in one person who leaves
   their post, one in which that person rises in kelas and one in which they do not
   (a move at the same kelas, into a post of a higher priority or not), the rise is
   taken; where they differ in several, the sums of the level weigh, each leaving
   that is no rise one more than the largest merit (reviews 98 M7 and 99 M8: Hadin
   Tayo, III/d, moved at kelas 6 from his office to a kecamatan's priority desk
   because the rule counted its priority as a step up like a kelas rise, and Fadin
   Sayalim, III/b, of that kecamatan at kelas 5, whom it would have raised, stayed;
   the priority is the plan's gain, which the objective weighs, not the person's).
   Review 38:
   the golongan had been a standing among the holders of one post and shared a level
   with the hash, so between two sole holders of their posts the hashes (two of them
   in a chain of two moves) sent a IV/a to another kecamatan; a level of its own is
   weighed exactly, before any hash.
4. **canonical order** (``order``): a fixed hash of each (employee id, position id)
   pair, :data:`HASH_BITS` bits; staying holds 0. It decides only between people
   alike in all of the above.

The levels depend on the ids, ratings, golongan, service dates and reference posts
only, never on row positions, and are the same in every scenario of one roster, so
the same tie falls the same way in every scenario. (Where the levels do not fit a
solver's integer range, the last is coarsened first: the hash.)

No level changes the objective value; see :meth:`Problem.with_ties` for how the
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
#: bits of the fixed hash of (employee id, position id) in the canonical-order level
HASH_BITS = 16


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
    reference: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The canonical-order level: int64 per edge and per unplaced employee, a fixed
    hash of (employee id, position id) in ``0 .. 2**HASH_BITS - 1``; with
    ``reference`` (per employee, the reference post; < 0: none), the option of staying
    in it holds 0 (the levels above already tell it apart)."""
    with np.errstate(over="ignore"):
        golden = np.uint64(0x9E3779B97F4A7C15)
        edge = emp_hash[edge_emp]
        edge ^= (pos_hash * golden)[edge_pos]  # per position, then gathered per edge
        edge = _mix(edge)
        unplaced = _mix(emp_hash ^ golden)
    shift = np.uint64(64 - HASH_BITS)
    edge >>= shift
    unplaced >>= shift
    # below 2**HASH_BITS: the same numbers read as int64, no copy
    edge_v, unplaced_v = edge.view(np.int64), unplaced.view(np.int64)
    if reference is None:
        return edge_v, unplaced_v
    ref = np.asarray(reference, dtype=np.int64)
    return np.where(edge_pos == ref[edge_emp], 0, edge_v), unplaced_v


def merit_level(
    merit: np.ndarray,
    reference: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
    step_up: np.ndarray | None = None,
    rise: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The merit level: int64 per edge and per unplaced employee. With ``merit`` (per
    employee, ≥ 0, the larger the more merited: :func:`performance_merit`) and
    ``reference`` (per employee, the reference post; < 0: none), an option of a person
    with a reference post that leaves it holds their merit, staying holds 0, and a
    person without one holds 0 throughout: of two people alike but for merit, the less
    merited leaves (the level minimises the merits of those who leave, summed). The
    options marked ``step_up`` (bool per edge, :func:`step_ups`) hold the merit's
    complement instead (the largest merit minus theirs): of two people who could each
    take such a post at the same total, the better merited takes it. The options
    marked ``rise`` (bool per edge, :func:`kelas_rises`: a higher kelas jabatan, a
    step up too) hold it below every other way of leaving, which holds one more than
    the largest merit on top: of two ways alike in the number of changes that differ
    in one person who leaves (the ties the reasons name), the one in which that person
    rises in kelas, then the merit; where they differ in several, the sums weigh."""
    ref = np.asarray(reference, dtype=np.int64)
    post = ref >= 0  # a reference post to keep or leave
    merit = np.where(post, np.maximum(np.asarray(merit, dtype=np.int64), 0), 0)
    most = int(merit.max(initial=0))
    top = merit[edge_emp]
    if step_up is not None:  # a step up: the better merited goes first
        top = np.where(step_up, most - top, top)
    leave = post[edge_emp] & (edge_pos != ref[edge_emp])
    if rise is None:
        return np.where(leave, top, 0), merit
    # a rise in kelas first: every other way of leaving (none unplaced) above it
    above = most + 1
    top = np.where(rise, top, top + above)
    return np.where(leave, top, 0), np.where(post, merit + above, 0)


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
    waits: np.ndarray | None = None,
    rise: np.ndarray | None = None,
) -> list[tuple[np.ndarray, np.ndarray]]:
    """``[changes, waits, merit, order]`` for :attr:`Problem.tie_levels` (without
    ``merit``, no merit level; without ``waits`` or where none waits, no such level;
    ``merit``, ``step_up`` and ``rise``: see :func:`merit_level`, e.g.
    :func:`performance_merit`, :func:`step_ups` and :func:`kelas_rises`; ``waits``:
    :func:`seat_waits`)."""
    out = [change_level(reference, edge_emp, edge_pos)]
    if waits is not None and waits.any():
        out.append((waits.astype(np.int64), np.zeros(len(emp_hash), dtype=np.int64)))
    if merit is not None:
        out.append(merit_level(merit, reference, edge_emp, edge_pos, step_up, rise))
    return [*out, order_level(emp_hash, pos_hash, edge_emp, edge_pos, reference)]


def seat_waits(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray | None:
    """bool per edge: the option brings a serving official into a post that holds
    people over its formasi whom the plan keeps there (``ctx.supernumerary``: until BUP
    by a rule, or pending the PPK's decision), not their own; None where no post does.
    An SK into such a post waits for one of them to leave where the post has no seat
    free beside them; the level prefers, of ways alike, a post without any. Not a new
    hire's: a CPNS is appointed to a vacant formasi, and takes the free seats first."""
    sup = getattr(ctx, "supernumerary", None)
    if sup is None or not sup.any():
        return None
    cur = ctx.emp("current_pos").astype(np.int64)
    over = np.zeros(ctx.n_positions, dtype=bool)
    over[cur[sup & (cur >= 0)]] = True
    mine = cur[edge_emp]
    return over[edge_pos] & (mine >= 0) & (mine != edge_pos)


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


def kelas_rises(
    reference: np.ndarray, edge_emp: np.ndarray, edge_pos: np.ndarray, grade: np.ndarray
) -> np.ndarray:
    """bool per edge: the option takes its employee from their reference post (< 0:
    none) to a post of a higher kelas jabatan (``grade`` per position; NaN compares
    false): the step ups of :func:`step_ups` that rise in kelas."""
    return step_ups(reference, edge_emp, edge_pos, grade, np.zeros(len(grade)))


def step_priority(ctx) -> np.ndarray:
    """Per post, its priority as a step up reads it (``skp_step``, ``skp_priority``,
    the notes of :mod:`~placement.model.priority_steps`, the rule for ties): at least
    1, the default. A post below it (an analysed post whose EJ is under 1: more staff
    than its workload needs) is left for one of the default priority at no step up
    (review 76: three moves at the same title and kelas out of posts of EJ 0.70 to 0.87
    were marked skp_priority and charged as steps up, while the same move in `quota`,
    without the ABK, was not). The rule for ties reads it so too: of two holders alike
    but for merit, the less merited leaves such a post, as from any other."""
    return np.maximum(ctx.pos("priority").astype(float), 1.0)


def context_levels(ctx, reference: np.ndarray, edge_emp: np.ndarray, edge_pos: np.ndarray):
    """:func:`tie_levels` of a compiled context (``ctx``, a
    :class:`~placement.model.context.Context`) toward ``reference``: the ids' hashes,
    the merit (SKP rating, golongan, service, age), the step ups by the posts' kelas
    and priority, the rises in kelas first. The compiler and the pinned re-solves
    (:func:`placement.candidates.pin_cost`) both build the levels here, so that a
    re-solve breaks ties as the solve did."""
    merit = context_merit(ctx)
    emp_hash, pos_hash = context_hashes(ctx)
    rise = kelas_rises(reference, edge_emp, edge_pos, ctx.pos("grade"))
    # a step up: a rise, or a higher priority (step_ups, the kelas read once)
    flat = np.zeros(ctx.n_positions)
    step = rise | step_ups(reference, edge_emp, edge_pos, flat, step_priority(ctx))
    return tie_levels(
        reference,
        emp_hash,
        pos_hash,
        edge_emp,
        edge_pos,
        merit,
        step,
        seat_waits(ctx, edge_emp, edge_pos),
        rise,
    )


def context_merit(ctx) -> np.ndarray:
    """:func:`performance_merit` of a compiled context's roster (SKP rating, golongan,
    service, age), made once: the rule for ties and the order in which holders rated
    alike leave an over-filled post read the same merit."""
    return ctx.derived(
        "merit",
        lambda: performance_merit(ctx.emp("perf_level"), ctx.emp("rank_level"), service_keys(ctx)),
    )


def context_hashes(ctx) -> tuple[np.ndarray, np.ndarray]:
    """:func:`id_hashes` of a compiled context's employee and position ids, made once
    per organisation (the rule for ties, the order in which holders rated alike leave
    an over-filled post)."""
    return ctx.derived("id_hashes", lambda: _frozen_hashes(ctx))


def _frozen_hashes(ctx) -> tuple[np.ndarray, np.ndarray]:
    """:func:`id_hashes` of a context's employee and position ids, read-only (made once
    per organisation: every compile and re-solve reads them)."""
    out = (id_hashes(ctx.emp_ids), id_hashes(ctx.pos_ids))
    for a in out:
        a.flags.writeable = False
    return out


def service_keys(ctx) -> np.ndarray:
    """:func:`~placement.model.levels.service_keys` of a context's roster (TMT CPNS,
    birth date; unknown: the largest int64), stacked, made once."""
    return ctx.derived("service_keys", lambda: np.stack(levels.service_keys(ctx.org.employees)))


def performance_merit(
    perf_level: np.ndarray,
    rank_level: np.ndarray | None = None,
    service: np.ndarray | None = None,
) -> np.ndarray:
    """The merit of :func:`order_level`: per employee, their place (0 least) in one
    order of the roster: the SKP rating (0 Sangat Kurang .. 4 Sangat Baik; -1 not
    given, counted as Baik), then with ``rank_level`` the golongan (0 I/a .. 16 IV/e;
    unknown lowest), then with ``service`` (two rows: TMT CPNS and birth date as
    :func:`~placement.model.levels.service_keys` gives them, unknown the largest) the
    earlier TMT, then the earlier birth date. People alike in all of them share a
    place (the hash decides between them); the places are dense (0, 1, 2 …), so the
    merit takes as few bits as the roster's distinct keys need."""
    keys = [levels.skp_order(perf_level)]
    if rank_level is not None:
        rank = np.nan_to_num(np.asarray(rank_level, dtype=float), nan=-1.0)
        keys.append(rank.astype(np.int64))
    if service is not None:
        keys += [-np.asarray(service[0], dtype=np.int64), -np.asarray(service[1], dtype=np.int64)]
    n = len(keys[0])
    order = np.lexsort(keys[::-1])  # the first key most significant
    ranked = np.stack([k[order] for k in keys])
    new = np.ones(n, dtype=np.int64)
    if n:
        new[0] = 0
        new[1:] = (ranked[:, 1:] != ranked[:, :-1]).any(axis=0)
    merit = np.empty(n, dtype=np.int64)
    merit[order] = np.cumsum(new)
    return merit
