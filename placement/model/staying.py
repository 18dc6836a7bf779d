"""Holders who meet their post's rules keep it unless a move is worth it to them.

``eligibility.qualified_holders_stay`` (reviews 48, 49): the plan had moved a holder
who meets the rules of their post, with a seat of it for them, to a post of the same
kelas at a loss to them, for the gain of the one who took the seat. In the bundled
``quota``, Watri Susari Pralodi left a Pengadministrasi Kependudukan post whose rules
she meets for another OPD, so that a holder of a lower kelas could rise into it, while
four holders who miss its field kept theirs; in ``replace``, an Operator Layanan
Kependudukan gave his seat to a new hire. A Kepala BKPSDM does not sign such a move:
the SK would move an official who fits their seat for someone else's sake.

With the rule, such a holder is placed for certain, and has no edge to a post of
their kelas or lower that scores less for them than their own post, the move's cost
included. They may still move where the move is worth it to them, or to a higher kelas
(a promotion is theirs to gain). Two terms are left out of that score: ``stay``, which
prices every move alike (the frontier's price of change: the same moves are open at
every price), and a seat's priority (``vacancy``, and any term per position): it weighs
for the plan, not for whoever fills it. Review 52: Dadin Ganurah, who meets every rule
of his Penata Laksana Barang Terampil post (5 holders, 5 seats), was sent to a Penata
Pajak Daerah vacancy of a higher priority at no gain in fit, and a new hire took his
seat; in ``workload`` 19 held holders had left their posts for busier ones (the
analysed posts' EJ is their seats' priority there), where they now stay.

"A seat of it for them": the post is open, and its holders who meet its rules fit its
formasi beside the pins into it (``ctx.holders_meeting_rules``). Where they do not
(an over-filled post, a closed one), somebody must go, and the plan chooses, as
before. Nor are these held:

- the holders of a unit already over its cap (``max_headcount``): the cap asks some
  of them to leave;
- the holders of a structural post (JPT, Administrator, Pengawas): it has one holder
  at a time, a rotation among such posts is the PPK's on the selection board's
  advice, and one whose post a merger closes may need the seat. Held, Kasi Gumat
  Lujayo kept his seat; Riham Jajani, whose Kasi post the plan closes, took that of a
  Kasi who misses its field, who was left without a post;
- those whose hold another hard rule could need broken
  (:func:`~placement.model.eligibility.held_safely`: a unit's cap against the minimum
  fills);
- anybody under budgets (a held holder's pay could break a budget the plan must
  meet).

A pin is kept as it is.
"""

from __future__ import annotations

import numpy as np

from placement.model.arrays import find_pairs
from placement.model.context import Context
from placement.model.levels import selection_boards
from placement.model.problem import NO_LIMIT


def protected_holders(
    ctx: Context,
    pins: np.ndarray,
    unit_cap: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
) -> np.ndarray:
    """bool per employee: the holders the rule keeps from a move at a loss to them
    (see the module): meeting their own post's rules, not pinned, their post open with
    a seat for each such holder beside the pins into it, not structural, their unit not
    over its cap, their own post among their edges (sorted ``(edge_emp, edge_pos)``; a
    ban may take it away). All False where the compile ranked no holders
    (``incumbents_eligible`` off). The compile places them for certain where no other
    hard rule could need their seat
    (:func:`~placement.model.eligibility.held_safely`): else a plan could leave one
    without a post for another's gain."""
    n = ctx.n_employees
    meets = ctx.meets_own_post
    if meets is None or ctx.holders_meeting_rules is None:
        return np.zeros(n, dtype=bool)
    cur = ctx.emp("current_pos").astype(np.int64)
    serving = (cur >= 0) & ~ctx.org.excluded
    post = np.maximum(cur, 0)
    hc = ctx.pos("headcount").astype(np.int64)
    into = np.bincount(pins[(pins >= 0) & (pins != cur)], minlength=ctx.n_positions)
    room = (hc > 0) & (ctx.holders_meeting_rules + into <= hc)
    unit = ctx.pos("unit_idx").astype(np.int64)
    today = np.bincount(unit[cur[serving]], minlength=ctx.n_units)
    over_cap = (unit_cap != NO_LIMIT) & (today > unit_cap)
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    room &= boards == ""  # structural: a rotation among them is the PPK's, on the TPK
    out = meets & serving & room[post] & ~over_cap[unit[post]] & (pins < 0)
    who = np.flatnonzero(out)
    out[who[~find_pairs(edge_emp, edge_pos, who, cur[who])[1]]] = False
    return out


def staying_edges(
    ctx: Context,
    held: np.ndarray,
    edge_emp: np.ndarray,
    edge_pos: np.ndarray,
    edge_cost: np.ndarray,
) -> np.ndarray:
    """bool per edge: the edges the rule leaves, for the sorted ``(edge_emp,
    edge_pos)`` and their combined costs ``edge_cost`` (lower is better). Taken away:
    an edge of a ``held`` holder (:func:`protected_holders`) to another post of their
    kelas or lower that costs more than their own post's edge."""
    keep = np.ones(len(edge_emp), dtype=bool)
    who = np.flatnonzero(held)
    if not len(who):
        return keep
    cur = ctx.emp("current_pos").astype(np.int64)
    at = find_pairs(edge_emp, edge_pos, who, cur[who])[0]  # each has one
    own = np.full(ctx.n_employees, np.iinfo(np.int64).max, dtype=np.int64)
    own[who] = edge_cost[at]
    keep &= ~(
        (edge_cost > own[edge_emp])
        & (edge_pos != cur[edge_emp])
        & no_higher_kelas(ctx, edge_emp, edge_pos)
    )
    return keep


def no_higher_kelas(ctx: Context, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """bool per pair: post ``pos`` is of ``emp``'s kelas or lower (the moves the rule
    weighs; a higher kelas is a promotion, a kelas unknown is not weighed)."""
    return ctx.pos("grade")[pos] <= ctx.current_grade[emp]
