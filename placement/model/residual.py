"""The residual network of an optimal placement, with node potentials.

The flow backend's network (:mod:`placement.solvers.flow`) is employees → positions →
units → sink, plus an unplaced arc per employee, hard minimums as lower bounds. Given
a placement, :class:`Residual` computes potentials (shortest distances from a virtual
root, by Bellman–Ford over positions, units and the sink; each employee is reached
only from the node their unit of flow comes from), proves the placement optimal with
them (every residual arc's reduced cost ``c + d(tail) − d(head) ≥ 0``), and can open
new edges one at a time from there. Three users: the re-solve after edges were added
(:mod:`placement.solvers.flow_again`), the flow's second, tie-breaking stage
(:func:`placement.solvers.flow.solve_lexicographic`), which keeps only the arcs of
reduced cost 0: the arcs some optimum may use, and what each move is worth to the
plan (:mod:`placement.model.move_value`). It lives in the model layer, beside the
independent checker: a certificate of a placement, read by the reasons as well as by
the flow.
"""

from __future__ import annotations

import heapq
import time

import numpy as np

from placement.model.problem import NO_LIMIT, Problem


def network_bounds(problem: Problem):
    """What the flow backend's network (:func:`placement.solvers.flow._network`)
    allows: the edges kept (bool per edge: a pinned employee keeps the pinned one
    only), who has an unplaced arc (bool per employee: not must-place, not pinned), the
    position minimums (capped at the headcount), the unit caps (``NO_LIMIT`` as the
    roster's size) and the unit minimums (capped at the cap when they are soft)."""
    n, pinned = problem.n_employees, problem.pinned
    keep = (pinned[problem.edge_emp] < 0) | (pinned[problem.edge_emp] == problem.edge_pos)
    has_out = ~(problem.must_place | (pinned >= 0))
    mf = np.minimum(problem.min_fill, problem.capacity)
    unit_cap = np.where(problem.unit_cap == NO_LIMIT, n, problem.unit_cap)
    soft = problem.min_fill_penalty > 0
    umin = np.minimum(problem.unit_min, unit_cap) if soft else problem.unit_min
    return keep, has_out, mf, unit_cap, umin


class Residual:
    """The residual network of placement ``a`` in network problem ``p`` (employees →
    positions → units → sink, the unplaced arcs, hard minimums as lower bounds, as
    :mod:`placement.solvers.flow` builds it) with node potentials. Nodes: positions
    ``0..m−1``, units ``m..m+k−1``, the sink ``m+k``; employees are kept apart
    (``de``), each reached only from the node their unit of flow comes from."""

    def __init__(self, p: Problem, a: np.ndarray, added: np.ndarray) -> None:
        self.p, self.a = p, a
        n, m, k = p.n_employees, p.n_positions, p.n_units
        self.m, self.k, self.sink = m, k, m + k
        self.pu = p.position_unit.astype(np.int64)
        self.cap = p.capacity
        # as the flow backend's network: the hard minimums as lower bounds
        keep, self.has_out, self.mf, self.ucap, self.umin = network_bounds(p)
        # edges an employee may take: the pinned one only; new edges once inserted
        self.open = keep & ~added
        order = np.argsort(self.pu, kind="stable")
        self.unit_posts = np.split(order, np.searchsorted(self.pu[order], np.arange(1, k)))
        self.d = np.zeros(m + k + 1, dtype=np.int64)
        self.de = np.zeros(n, dtype=np.int64)
        self._placed()

    def _placed(self) -> None:
        """Arrays that follow the placement: option now, fills, holders per node."""
        p, a = self.p, self.a
        placed = a >= 0
        self.e_now = p.edge_index(a)
        self.src = np.where(placed, a, self.sink)  # where each unit of flow comes from
        cost = p.edge_cost if p.n_edges else np.zeros(1, dtype=np.int64)
        self.now = np.where(placed, cost[np.maximum(self.e_now, 0)], p.unplaced_cost)
        self.fill = np.bincount(a[placed], minlength=self.m).astype(np.int64)
        self.ufill = np.bincount(self.pu[a[placed]], minlength=self.k).astype(np.int64)
        order = np.argsort(self.src, kind="stable")
        bounds = np.searchsorted(self.src[order], np.arange(self.sink + 2))
        self.by_src, self.src_ptr = order, bounds

    def feasible(self) -> bool:
        """Every placement an open option (not one of the edges added), pins kept,
        capacities and minimums met."""
        p, a = self.p, self.a
        placed = a >= 0
        pin = p.pinned >= 0
        if (placed & (self.e_now < 0)).any():
            return False
        return not (
            (~self.open[self.e_now[placed]]).any()
            or (~placed & ~self.has_out).any()
            or (a[pin] != p.pinned[pin]).any()
            or (self.fill > self.cap).any()
            or (self.fill < self.mf).any()
            or (self.ufill > self.ucap).any()
            or (self.ufill < self.umin).any()
        )

    def potentials(self, deadline: float | None = None) -> bool:
        """Bellman–Ford from the virtual root; False without convergence (then the
        placement is not an optimum: a negative cycle), or past ``deadline`` (a
        ``time.perf_counter()`` value: long chains need many passes). After the first
        pass only the options of employees whose distance fell are relaxed again."""
        p, m, sink = self.p, self.m, self.sink
        placed = self.a >= 0
        used = np.zeros(p.n_edges, dtype=bool)
        used[self.e_now[placed]] = True
        fwd = self.open & ~used
        out = np.flatnonzero(placed & self.has_out)  # their unplaced arc is free
        q_up = np.flatnonzero(self.fill < self.cap)  # position → unit
        q_down = np.flatnonzero(self.fill > self.mf)  # unit → position
        u_up = np.flatnonzero(self.ufill < self.ucap)  # unit → sink
        u_down = np.flatnonzero(self.ufill > self.umin)  # sink → unit
        d = self.d
        de = np.minimum(0, d[self.src] - self.now)
        edges = np.flatnonzero(fwd)  # the options relaxed in this pass
        for _ in range(len(d) + 1):
            if deadline is not None and time.perf_counter() > deadline:
                return False
            nd = d.copy()
            if len(edges):
                np.minimum.at(nd, p.edge_pos[edges], de[p.edge_emp[edges]] + p.edge_cost[edges])
            if len(out):
                nd[sink] = min(nd[sink], int((de[out] + p.unplaced_cost[out]).min()))
            np.minimum.at(nd, m + self.pu[q_up], d[q_up])
            np.minimum.at(nd, q_down, d[m + self.pu[q_down]])
            if len(u_up):
                nd[sink] = min(nd[sink], int(d[m + u_up].min()))
            nd[m + u_down] = np.minimum(nd[m + u_down], d[sink])
            nde = np.minimum(0, nd[self.src] - self.now)
            fell = np.flatnonzero(nde < de)
            if not len(fell) and np.array_equal(nd, d):
                self.d, self.de = d, de
                return True
            d, de = nd, np.minimum(de, nde)
            edges = _options(p.indptr, fell)
            edges = edges[fwd[edges]]
        return False

    def proven(self) -> bool:
        """Every arc of the residual network has a reduced cost ≥ 0 under the
        potentials (with the placement feasible): the placement is an optimum."""
        p, m, sink, d, de = self.p, self.m, self.sink, self.d, self.de
        if not self.feasible():
            return False
        placed = self.a >= 0
        used = np.zeros(p.n_edges, dtype=bool)
        used[self.e_now[placed]] = True
        f = np.flatnonzero(self.open & ~used)
        out = np.flatnonzero(placed & self.has_out)
        pu = m + self.pu
        up, down = self.fill < self.cap, self.fill > self.mf
        u_up, u_down = self.ufill < self.ucap, self.ufill > self.umin
        return bool(
            (de[p.edge_emp[f]] + p.edge_cost[f] - d[p.edge_pos[f]] >= 0).all()
            and (d[self.src] - self.now - de >= 0).all()
            and (de[out] + p.unplaced_cost[out] - d[sink] >= 0).all()
            and (d[:m][up] - d[pu[up]] >= 0).all()
            and (d[pu[down]] - d[:m][down] >= 0).all()
            and (d[m:sink][u_up] - d[sink] >= 0).all()
            and (d[sink] - d[m:sink][u_down] >= 0).all()
        )

    # -- one new edge -------------------------------------------------------------------

    def insert(self, e: int) -> None:
        """Open edge ``e`` (employee ``i`` → position ``q``), moving people along the
        cycle through it when that lowers the cost; potentials stay valid."""
        p = self.p
        i, q = int(p.edge_emp[e]), int(p.edge_pos[e])
        if p.pinned[i] >= 0 and p.pinned[i] != q:  # the flow drops it too
            return
        r = int(self.de[i] + p.edge_cost[e] - self.d[q])
        if r >= 0:
            self.open[e] = True
            return
        direct = self._direct(i, q)
        if direct == 0:  # the shortest there can be: no search, potentials unchanged
            self.open[e] = True
            self.a[i] = q  # the seat i holds now (if any) frees
            self._placed()
            return
        # the search runs without the edge (its reduced cost is negative until then)
        bound = -r if direct is None else min(-r, direct + 1)
        found, nodes, emps, pred = self._search(q, bound, i)
        if found is None:
            assert bound == -r, "the direct route was not found again"
        self._raise(nodes, emps, bound if found is None else found)
        self.open[e] = True
        if found is not None:
            self._augment(i, q, pred)

    def _direct(self, i: int, q: int) -> int | None:
        """The reduced length of the direct route from position ``q`` back to employee
        ``i``: a free seat of ``q`` through its unit (and the sink, when another unit)
        to the node ``i`` leaves (the sink when unplaced, else the position ``i`` holds,
        above its minimum), then to ``i``; None when a step of it is not open."""
        d, m, sink = self.d, self.m, self.sink
        if self.fill[q] >= self.cap[q]:
            return None
        u, s = m + int(self.pu[q]), int(self.src[i])
        back = int(d[s] - self.now[i] - self.de[i])  # s → i
        if s == sink:
            if self.ufill[u - m] >= self.ucap[u - m]:
                return None
            return int(d[q] - d[sink]) + back  # the zero-cost arcs telescope
        if self.fill[s] <= self.mf[s]:
            return None
        u0 = m + int(self.pu[s])
        if u != u0 and (
            self.ufill[u - m] >= self.ucap[u - m] or self.ufill[u0 - m] <= self.umin[u0 - m]
        ):
            return None
        return int(d[q] - d[s]) + back

    def _search(self, s: int, bound: int, target: int):
        """Dijkstra from node ``s`` over reduced costs, not beyond ``bound``, until
        employee ``target`` is reached and every node nearer than them is settled.

        An employee is reached only from the node their unit of flow comes from, so
        their distance is final when that node is settled: the employees of a settled
        node are expanded at once, their arcs relaxed in one batch. Returns the
        target's distance (None if not reached within ``bound``), the settled nodes and
        employees as (ids, distances) arrays, and each reached node's predecessor:
        ``(0, employee)`` (over their arc) or ``(1, node)``."""
        m, sink = self.m, self.sink
        d, de = self.d, self.de
        best = np.full(sink + 1, bound, dtype=np.int64)  # tentative distances
        best[s] = 0
        settled = np.zeros(sink + 1, dtype=bool)
        order: list[int] = []  # settled nodes, in order
        pred: dict[int, tuple[int, int]] = {}
        emp_ids: list[np.ndarray] = []
        emp_dist: list[np.ndarray] = []
        found: int | None = None
        heap: list[tuple[int, int]] = [(0, s)]

        def reach(v: int, dv: int, via: tuple[int, int]) -> None:
            if dv < best[v]:
                best[v] = dv
                pred[v] = via
                heapq.heappush(heap, (dv, v))

        while heap:
            dv, v = heapq.heappop(heap)
            if dv >= bound or (found is not None and dv >= found):
                break
            if settled[v]:
                continue
            settled[v] = True
            order.append(v)
            held = self.by_src[self.src_ptr[v] : self.src_ptr[v + 1]]
            if len(held):  # they leave v: reached now, at their final distance
                dh = dv + (d[v] - self.now[held] - de[held])
                assert (dh >= dv).all(), "negative reduced cost"
                near = dh < bound
                held, dh = held[near], dh[near]
                emp_ids.append(held)
                emp_dist.append(dh)
                at = np.flatnonzero(held == target)
                if len(at):
                    found = int(dh[at[0]])
                    bound = min(bound, found + 1)
                for w, c, x in self._relaxed(held, dh, best):
                    best[w] = c
                    pred[w] = (0, x)
                    heapq.heappush(heap, (c, w))
            if v < m:  # position → its unit
                u = m + int(self.pu[v])
                if self.fill[v] < self.cap[v]:
                    reach(u, dv + int(d[v] - d[u]), (1, v))
            elif v < sink:  # unit → its positions, → sink
                unit = v - m
                for w in self.unit_posts[unit].tolist():
                    if self.fill[w] > self.mf[w]:
                        reach(w, dv + int(d[v] - d[w]), (1, v))
                if self.ufill[unit] < self.ucap[unit]:
                    reach(sink, dv + int(d[v] - d[sink]), (1, v))
            else:  # sink → units
                for unit in np.flatnonzero(self.ufill > self.umin).tolist():
                    reach(m + unit, dv + int(d[v] - d[m + unit]), (1, v))
        at_ = np.asarray(order, dtype=np.int64)
        nodes = (at_, best[at_])
        emps = (
            np.concatenate(emp_ids) if emp_ids else np.zeros(0, dtype=np.int64),
            np.concatenate(emp_dist) if emp_dist else np.zeros(0, dtype=np.int64),
        )
        return found, nodes, emps, pred

    def _relaxed(self, held: np.ndarray, dh: np.ndarray, best: np.ndarray):
        """The arcs out of employees ``held`` (at distances ``dh``) that bring a node
        nearer than ``best``: their open options but the one taken, and their unplaced
        arc when placed; (node, distance, employee) per node, the nearest."""
        p, sink = self.p, self.sink
        lo, hi = p.indptr[held], p.indptr[held + 1]
        lens = hi - lo
        total = int(lens.sum())
        heads = np.zeros(0, dtype=np.int64)
        cand = np.zeros(0, dtype=np.int64)
        via = np.zeros(0, dtype=np.int64)
        if total:
            who = np.repeat(np.arange(len(held)), lens)
            edges = np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(total)
            ok = self.open[edges] & (edges != self.e_now[held[who]])
            edges, who = edges[ok], who[ok]
            rc = self.de[held[who]] + p.edge_cost[edges] - self.d[p.edge_pos[edges]]
            assert (rc >= 0).all(), "negative reduced cost"
            heads, cand, via = p.edge_pos[edges].astype(np.int64), dh[who] + rc, held[who]
        out = np.flatnonzero((self.a[held] >= 0) & self.has_out[held])
        if len(out):
            j = held[out]
            rc_out = self.de[j] + p.unplaced_cost[j] - self.d[sink]
            assert (rc_out >= 0).all(), "negative reduced cost"
            heads = np.concatenate([heads, np.full(len(j), sink)])
            cand = np.concatenate([cand, dh[out] + rc_out])
            via = np.concatenate([via, j])
        better = cand < best[heads]
        if not better.any():
            return []
        heads, cand, via = heads[better], cand[better], via[better]
        first = np.lexsort((cand, heads))  # per node, the nearest first
        first = first[np.r_[True, heads[first][1:] != heads[first][:-1]]]
        return zip(heads[first].tolist(), cand[first].tolist(), via[first].tolist(), strict=True)

    def _raise(self, nodes, emps, cut: int) -> None:
        """Potentials + min(settled distance, ``cut``): reduced costs stay ≥ 0."""
        self.d += cut
        self.de += cut
        v, dv = nodes
        self.d[v] += np.minimum(dv, cut) - cut
        j, dj = emps
        self.de[j] += np.minimum(dj, cut) - cut

    def _augment(self, i: int, q: int, pred) -> None:
        """``i`` takes ``q``; along the path from ``q`` back to the node ``i`` leaves,
        each employee on it takes the node after them (a position, or the sink:
        unplaced)."""
        a = self.a
        v = int(self.src[i])  # the node i's unit of flow comes from
        a[i] = q
        while v != q:
            kind, x = pred[v]
            if kind == 0:  # employee x moved into v
                v_next = int(self.src[x])
                a[x] = v if v < self.m else -1
                v = v_next
            else:
                v = x
        self._placed()


def _options(indptr: np.ndarray, emps: np.ndarray) -> np.ndarray:
    """The edge ids of employees ``emps`` (edges grouped by employee by ``indptr``)."""
    lo = indptr[emps]
    lens = indptr[emps + 1] - lo
    total = int(lens.sum())
    return np.repeat(lo - np.cumsum(lens) + lens, lens) + np.arange(total)
