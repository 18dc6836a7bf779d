"""What each move is worth to the plan: the cost of undoing it, the rest re-optimised.

A move's reason quotes what the mover gains over staying (``+40.0 points over staying in
own post``). That is not what the plan gains by the move: keeping them in their post,
someone else may take the post they were moved to, at the same total (review 37: in
the bundled ``workload``, 15 moves undid for 0.00 and 20 kelas rises for 2 points or
less, while their reasons said +40). The plan's gain is the optimum's rise when the
mover is pinned to their own post and everything else re-solved
(:func:`placement.candidates.pin_cost` does that with a solver).

Here it is read off the optimal placement itself, with no re-solve: given node
potentials that prove the placement optimal (:class:`~placement.model.residual.Residual`),
undoing mover ``i``'s move costs the least cost of a cycle through ``i``'s arc back to
their own post ``h``, that is the reduced cost of that arc plus the shortest path, over
reduced costs (all ≥ 0), from ``h`` to the post ``t`` that ``i`` holds now, then to
``i``. The path is searched on the network collapsed to its posts, units and the sink:
an arc ``v → w`` for each placed employee who could leave ``v`` for ``w`` (the
cheapest of them kept, and who it is), and the seats' arcs through the units. Each
hop of the path is a person who would move if ``i`` stayed; the last one into ``t``
is who would take ``i``'s new post instead (none: a seat of it stays empty).

Only for an optimum of a network problem (no budget or move caps: those are not in
the network) whose potentials the Residual proves; each search stops at a bound
(the mover's own gain, as the reasons ask: a move worth as much to the plan as to the
mover needs nothing said). A search settles most of the network when the bound is
large (the bundled 4,500 people: about 460 of 630 nodes, 3 ms; 20,000 people: 4 ms;
100,000: 20–30 ms, 3,000 movers), so the reasons ask only up to :data:`MAX_EMPLOYEES`
people, and say so above it.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from placement.model.outcome import Status
from placement.model.problem import Problem
from placement.model.residual import Residual

if TYPE_CHECKING:
    from placement.model.result import Result

#: the largest roster whose moves the reasons value (a regency, a small province);
#: above it the searches would take minutes (measured: 2.2 s at 20,000 people)
MAX_EMPLOYEES = 25_000


def unvalued(result: Result) -> str:
    """Why the reasons do not value ``result``'s moves, "" when they do: ``size`` above
    :data:`MAX_EMPLOYEES` people; ``model`` when it is no proven optimum of a network
    problem whose points add up (side constraints, lexicographic priorities, a time
    limit hit, no compiled scenario). The reasons and the summary both ask here."""
    comp, p = result.compiled, result.problem
    if p.n_employees > MAX_EMPLOYEES:
        return "size"
    if (
        comp is None
        or result.status is not Status.OPTIMAL
        or comp.lexicographic is not None  # priorities: points that add up are not the cost
        or not p.is_network
    ):
        return "model"
    return ""


@dataclass
class MoveValues:
    """Per mover asked about (in the order given): ``cost``, the least rise of the
    objective (the problem's integer units) if they stayed in their own post (of
    :func:`move_values`: were they placed in the post asked about), or -1
    where it is at least the search's bound, or they may not stay (their arc back is
    not open: pinned elsewhere, a rule); ``taker``, who would take the post they hold
    now (-1: a seat of it stays empty, or not found); ``others``, how many other
    people would move; ``ways``, per mover the others who would move, each as
    (employee, the post they would take, -1: none); and of :func:`leave_values` only,
    ``to``, where the mover would go (-1: not found)."""

    cost: np.ndarray
    taker: np.ndarray
    others: np.ndarray
    to: np.ndarray | None = None
    ways: list[list[tuple[int, int]]] | None = None


def move_values(
    p: Problem,
    a: np.ndarray,
    movers: np.ndarray,
    home: np.ndarray,
    bound: np.ndarray,
    order: Sequence[tuple[np.ndarray, np.ndarray]] = (),
) -> MoveValues | None:
    """What undoing each of ``movers``' moves (each back to ``home``, their own post,
    from ``a``, a placement of network problem ``p``) would cost the plan, searched
    up to ``bound`` (integer cost units, per mover); None when ``a`` is not an
    optimum the potentials prove (then nothing can be said without a re-solve). Any
    post open to them serves as ``home``, and a mover may be one ``a`` leaves without
    a post (the cycle then closes through the sink): what placing them there costs, as
    the reasons price a post someone asked for.

    Of the ways to undo it at that cost, the one that moves the fewest people, then
    the least by ``order`` (the tie levels toward ``a`` after the status quo, in turn,
    each per edge and per unplaced employee, ≥ 0, at most three:
    :func:`~placement.model.stability.context_levels`), the
    way a re-solve with the mover pinned home breaks its ties
    (:func:`placement.candidates.pin_cost`): the people named are those it moves."""
    proven = _proven(p, a, order)
    if proven is None:
        return None
    res, graph = proven
    movers = np.asarray(movers, dtype=np.int64)
    home = np.asarray(home, dtype=np.int64)
    n = len(movers)
    cost = np.full(n, -1, dtype=np.int64)
    taker = np.full(n, -1, dtype=np.int64)
    others = np.zeros(n, dtype=np.int64)
    ways: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    sink = graph.size - 1  # a hop into the sink leaves its person without a post
    back = p.pair_edges(movers, home)  # each mover's arc back to their own post
    d, de = res.d, res.de
    for k in range(n):
        i, h, e = int(movers[k]), int(home[k]), int(back[k])
        t = int(res.src[i])  # the node their flow leaves: their post, or the sink
        if e < 0 or t == h or not res.open[e]:
            continue
        # the arc back, then (after the path) the hop from t to i: reduced costs
        ends = int(de[i] + p.edge_cost[e] - d[h]) + int(d[t] - res.now[i] - de[i])
        limit = int(bound[k]) - ends
        if limit <= 0:
            continue
        found = graph.path(h, t, limit)
        if found is None:
            continue
        length, hops, heads = found
        cost[k] = length + ends
        people = [x for x in hops if x >= 0]
        taker[k] = hops[-1] if hops else -1
        others[k] = len(people)
        ways[k] = [(x, w if w != sink else -1) for x, w in zip(hops, heads, strict=True) if x >= 0]
    return MoveValues(cost, taker, others, ways=ways)


def leave_values(
    p: Problem,
    a: np.ndarray,
    movers: np.ndarray,
    bound: int,
    order: Sequence[tuple[np.ndarray, np.ndarray]] = (),
    barred: np.ndarray | None = None,
) -> MoveValues | None:
    """What keeping each of ``movers`` off the post they hold in ``a`` (an optimum of
    network problem ``p``) would cost the plan, the rest re-optimised: the least, over
    their other open options ``h`` (with ``barred``, bool per mover and post, not those
    it bars: keeping them off all of these), of the cycle through their arc to ``h`` and a path
    from ``h`` back to their post, searched up to ``bound`` (integer cost units); who
    would then take their seat (-1: a seat of it stays empty), as :func:`move_values`
    names them for the best ``h``; None when ``a`` is not an optimum the potentials
    prove. One search back from each mover's post gives every ``h`` its distance (a
    search per option was 0.1 s a mover on the bundled example)."""
    proven = _proven(p, a, order)
    if proven is None:
        return None
    res, graph = proven
    d, de = res.d, res.de
    movers = np.asarray(movers, dtype=np.int64)
    n = len(movers)
    cost = np.full(n, -1, dtype=np.int64)
    taker = np.full(n, -1, dtype=np.int64)
    others = np.zeros(n, dtype=np.int64)
    to = np.full(n, -1, dtype=np.int64)
    ways: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for k in range(n):
        i = int(movers[k])
        t = int(res.a[i])
        if t < 0:
            continue
        lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
        e = np.arange(lo, hi)
        h = p.edge_pos[e].astype(np.int64)
        elsewhere = (h != t) & res.open[e]
        if barred is not None:
            elsewhere &= ~barred[k][h]
        e, h = e[elsewhere], h[elsewhere]
        if not len(e):
            continue
        # the arc to h and the hop out of t, in reduced costs (as in move_values)
        ends = (de[i] + p.edge_cost[e] - d[h]) + (d[t] - res.now[i] - de[i])
        back = graph.distances_to(t, bound)
        total = ends + np.asarray(back, dtype=np.int64)[h]
        best = int(np.lexsort((h, total))[0])
        if total[best] >= bound:
            continue
        found = graph.path(int(h[best]), t, bound - int(ends[best]))
        if found is None:  # pragma: no cover - the distance says there is one
            continue
        length, hops, heads = found
        cost[k] = length + int(ends[best])
        taker[k] = hops[-1] if hops else -1
        others[k] = len([x for x in hops if x >= 0])
        to[k] = h[best]
        sink = graph.size - 1  # a hop into the sink leaves its person without a post
        ways[k] = [(x, w if w != sink else -1) for x, w in zip(hops, heads, strict=True) if x >= 0]
    return MoveValues(cost, taker, others, to, ways)


def _proven(
    p: Problem, a: np.ndarray, order: Sequence[tuple[np.ndarray, np.ndarray]]
) -> tuple[Residual, _Collapsed] | None:
    """The residual network of placement ``a`` of network problem ``p`` with node
    potentials that prove it optimal, and its collapsed form (``order``: the tie
    levels its paths compare by); None where ``p`` is no network or ``a`` no proven
    optimum."""
    if not p.is_network:
        return None
    res = Residual(p, np.asarray(a, dtype=np.int64).copy(), np.zeros(p.n_edges, dtype=bool))
    if not res.feasible() or not res.potentials() or not res.proven():
        return None
    return res, _Collapsed(res, order)


class _Collapsed:
    """The residual network of a placement on its posts, units and the sink (nodes
    ``0..m−1``, ``m..m+k−1``, ``m+k``), arcs weighted by reduced costs (≥ 0), each
    with the employee who moves along it (-1: a seat arc through a unit), per node."""

    def __init__(self, res: Residual, order: Sequence[tuple[np.ndarray, np.ndarray]]) -> None:
        p, m, sink = res.p, res.m, res.sink
        d, a = res.d, res.a
        placed = a >= 0
        tails, heads, weights, vias, ties = [], [], [], [], []
        assert len(order) <= 3, "at most three tie levels after the status quo"
        levels = list(order)
        # the merit first, the hash last, a seat free now between them where given
        scales = (_MERIT, _WAITS, 1) if len(levels) == 3 else (_MERIT, 1)

        def keys(which: int, at: np.ndarray) -> np.ndarray:
            """The edges (``which`` 0) or the unplaced options (1) ``at``: each level's
            value (0 where not given), clipped at _LEVEL_MAX, in bits of its own (one
            key compares as the levels in turn)."""
            out = np.zeros(len(at), dtype=np.int64)
            for scale, level in zip(scales, levels, strict=False):
                out += np.minimum(level[which][at], _LEVEL_MAX) * scale
            return out

        # an employee's options other than the one taken: from the node they leave
        # (their post, or the sink when unplaced) to the post they would take
        used = np.zeros(p.n_edges, dtype=bool)
        used[res.e_now[placed]] = True
        f = np.flatnonzero(res.open & ~used)
        j = p.edge_emp[f]
        src = res.src[j]
        tails.append(src)
        heads.append(p.edge_pos[f].astype(np.int64))
        weights.append(d[src] - res.now[j] + p.edge_cost[f] - d[p.edge_pos[f]])
        vias.append(j.astype(np.int64))
        ties.append(keys(0, f))
        # a placed employee's arc to unplaced
        out = np.flatnonzero(placed & res.has_out)
        tails.append(a[out].astype(np.int64))
        heads.append(np.full(len(out), sink, dtype=np.int64))
        weights.append(d[a[out]] - res.now[out] + p.unplaced_cost[out] - d[sink])
        vias.append(out.astype(np.int64))
        ties.append(keys(1, out))
        # the seats: a post with a free seat → its unit; a unit → its post above its
        # minimum; a unit below its cap → the sink; the sink → a unit above its minimum
        pu = m + res.pu
        q = np.flatnonzero(res.fill < res.cap)
        r = np.flatnonzero(res.fill > res.mf)
        u_up = np.flatnonzero(res.ufill < res.ucap)
        u_down = np.flatnonzero(res.ufill > res.umin)
        for tail, head in (
            (q, pu[q]),
            (pu[r], r),
            (m + u_up, np.full(len(u_up), sink)),
            (np.full(len(u_down), sink), m + u_down),
        ):
            tails.append(np.asarray(tail, dtype=np.int64))
            heads.append(np.asarray(head, dtype=np.int64))
            weights.append(d[tail] - d[head])
            vias.append(np.full(len(tail), -1, dtype=np.int64))
            ties.append(np.zeros(len(tail), dtype=np.int64))
        tail, head = np.concatenate(tails), np.concatenate(heads)
        weight, via = np.concatenate(weights), np.concatenate(vias)
        tie = np.concatenate(ties)
        assert (weight >= 0).all() and (tie >= 0).all(), "negative reduced cost"
        # per (tail, head): the cheapest arc, then the least order, the lowest index
        by = np.lexsort((via, tie, weight, head, tail))
        tail, head, weight, via, tie = tail[by], head[by], weight[by], via[by], tie[by]
        first = np.r_[True, (tail[1:] != tail[:-1]) | (head[1:] != head[:-1])]
        tail, head, via = tail[first], head[first], via[first]
        # an arc's length as two integers: its cost (one beyond any bound clipped), and
        # the people it moves, its first order level and its second in one key, each in
        # bits of its own (the paths compared as (cost, people, merit, hash))
        cost = np.minimum(weight[first], _FAR)
        key = (via >= 0) * _PEOPLE + tie[first]
        ptr = np.searchsorted(tail, np.arange(sink + 2)).tolist()
        # per node, its arcs as (head, cost, key, arc) tuples of Python ints: a search
        # reaches a few hundred nodes of about thirty arcs each, where numpy's cost per
        # call outweighs the work (3.8x slower on the bundled workload's searches)
        arcs = list(zip(head.tolist(), cost.tolist(), key.tolist(), range(len(head)), strict=True))
        self.out = [arcs[ptr[v] : ptr[v + 1]] for v in range(sink + 1)]
        self.tail, self.via = tail.tolist(), via.tolist()
        self.size = sink + 1
        self._into: list[list[tuple[int, int]]] | None = None  # distances_to's, made once

    def distances_to(self, t: int, limit: int) -> list[int]:
        """Per node, the length of the shortest path from it to ``t`` (``limit`` or more
        where none is shorter): Dijkstra on the reversed arcs, lengths only."""
        if self._into is None:  # the arcs by head, made once
            into: list[list[tuple[int, int]]] = [[] for _ in range(self.size)]
            for v, arcs in enumerate(self.out):
                for w, cost, _, _ in arcs:
                    into[w].append((v, cost))
            self._into = into
        top = min(limit, _FAR)
        best = [top] * self.size
        best[t] = 0
        heap = [(0, t)]
        pop, push = heapq.heappop, heapq.heappush
        while heap:
            c, w = pop(heap)
            if c > best[w]:
                continue
            for v, cost in self._into[w]:
                nc = c + cost
                if nc < best[v]:
                    best[v] = nc
                    push(heap, (nc, v))
        return best

    def path(self, s: int, t: int, limit: int) -> tuple[int, list[int], list[int]] | None:
        """Dijkstra from ``s`` to ``t`` below ``limit`` (a cost): (length, the employee
        of each hop from ``s`` to ``t``, -1 for a seat arc, and the node each hop
        reaches), or None. Of paths equally
        short, one that moves the fewest people, then the least by the order levels
        in turn (the lengths compared as (cost, people, merit, hash)), as a re-solve
        breaks its ties. The heap holds only the nodes that came nearer (a node's
        entries are unique: each one strictly nearer than the last)."""
        top = min(limit, _FAR)
        best = [top] * self.size
        best_key = [0] * self.size
        pred = [-1] * self.size  # the arc that reached each node
        done = [False] * self.size
        best[s] = 0
        heap = [(0, 0, s)]
        out, pop, push = self.out, heapq.heappop, heapq.heappush
        while heap:
            cv, kv, v = pop(heap)
            if done[v]:
                continue
            if v == t:
                hops: list[int] = []
                heads: list[int] = []
                while v != s:
                    arc = pred[v]
                    hops.append(self.via[arc])
                    heads.append(v)
                    v = self.tail[arc]
                return cv, hops[::-1], heads[::-1]
            done[v] = True
            for w, cost, key, arc in out[v]:
                c = cv + cost
                if c > best[w] or (c == best[w] and (c >= top or kv + key >= best_key[w])):
                    continue
                best[w], best_key[w], pred[w] = c, kv + key, arc
                push(heap, (c, kv + key, w))
        return None


#: a cost beyond any bound a search is given (clipped: sums of it stay in int64)
_FAR = 2**46
#: an arc's tie key: _PEOPLE where it moves a person, plus its order levels, each
#: clipped at _LEVEL_MAX: the merit level (a place in a roster of at most
#: MAX_EMPLOYEES < 2**15, or past it by one more than the largest place where the way
#: is no rise in kelas: under 2**16) times _MERIT, a seat that waits (0 or 1) times
#: _WAITS where that level is given, the hash (< 2**16) last: each arc's key under
#: 2**57, an int64. Summed (as Python ints) over a path of fewer than 2**8 arcs, each
#: part stays within its own bits (hash 24, waits 8, merit 24, the people above), so
#: the keys compare as (people, merit, waits, hash) in turn; one integer, not four (a
#: search relaxes each node's arcs at once)
_LEVEL_MAX = 2**16 - 1
_WAITS = 2**24
_MERIT = 2**32
_PEOPLE = 2**56
