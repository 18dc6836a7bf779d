"""The compiled, solver-neutral placement problem.

A :class:`Problem` is numbers only: employees ``0..n-1``, positions ``0..m-1``,
units ``0..k-1`` and the sparse set of eligible (employee, position) edges in CSR
order (edges sorted by employee, then position). Every solver reads this and
nothing else; the independent checker (:mod:`placement.model.check`) re-verifies a
solver's assignment against it.

Objective: minimise ``sum(edge_cost[chosen edges]) + sum(unplaced_cost[unplaced])``,
all int64. ``objective_scale`` divides the integer total back into user units;
``sense="max"`` means the user's objective is ``-cost`` (GAP profit instances).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, DTypeLike

NO_LIMIT = -1

#: Default of an optional array of :class:`Problem`: replaced by its neutral value
#: (``_arr``) in ``__post_init__``, so no Problem ever holds it.
_UNSET: np.ndarray = np.empty(0, dtype=np.int64)
_UNSET.flags.writeable = False


def _unset() -> np.ndarray:
    return _UNSET


@dataclass(eq=False)
class Problem:
    """Compiled placement problem (see module docstring).

    Arrays (``E`` edges, ``n`` employees, ``m`` positions, ``k`` units, ``b`` budgets):

    - ``indptr`` int64[n+1], ``edge_pos`` int32[E]: edges of employee i are
      ``indptr[i]:indptr[i+1]``; ``edge_emp`` int32[E] is the same expanded.
    - ``edge_cost`` int64[E]; ``unplaced_cost`` int64[n].
    - ``must_place`` bool[n]: no "unplaced" option (GAP jobs, pinned people).
    - ``capacity`` int64[m] (headcount), ``min_fill`` int64[m], ``position_unit`` int32[m].
    - ``unit_cap`` int64[k] (``NO_LIMIT`` = none), ``unit_min`` int64[k].
    - ``pinned`` int32[n]: position an employee must take, -1 if none.
    - ``budget_of_position`` int32[m] (-1 = none), ``budget_limit`` int64[b],
      ``edge_weight`` int64[E]: for each budget, the weights of the edges into its
      positions sum to at most its limit (unit budgets, GAP agent capacities).
    - ``current_pos`` int32[n] (-1 = none), ``current_unit`` int32[n] (-1 = none).
      A *move* is an employee with a current position who ends anywhere else
      (another position, or unplaced).
    - ``max_moves`` (``NO_LIMIT`` = none); ``unit_max_moves`` int64[k]: moves out of
      each current unit (``NO_LIMIT`` = none).
    - ``term_costs``: per objective term, its weighted integer contribution per edge
      and per unplaced employee (for the breakdown); they sum to the totals above
      except for ``constant`` (vacancy penalties of empty seats are folded in as
      edge rewards plus a constant).
    - ``tie_levels``: lexicographic tie-breaks below the objective, each a pair
      (int64[E] per edge, int64[n] per unplaced employee), all ≥ 0. Among placements
      of equal cost an exact solver picks one minimising the first level, then the
      second … (see :meth:`with_ties`); they never change the reported cost.
    """

    indptr: np.ndarray
    edge_pos: np.ndarray
    edge_cost: np.ndarray
    unplaced_cost: np.ndarray
    capacity: np.ndarray
    position_unit: np.ndarray
    n_units: int
    # Optional arrays: left out, they are filled with their neutral value (see
    # __post_init__), so after construction every array is set.
    must_place: np.ndarray = field(default_factory=_unset)
    min_fill: np.ndarray = field(default_factory=_unset)
    unit_cap: np.ndarray = field(default_factory=_unset)
    unit_min: np.ndarray = field(default_factory=_unset)
    pinned: np.ndarray = field(default_factory=_unset)
    budget_of_position: np.ndarray = field(default_factory=_unset)
    budget_limit: np.ndarray = field(default_factory=_unset)
    edge_weight: np.ndarray = field(default_factory=_unset)
    current_pos: np.ndarray = field(default_factory=_unset)
    current_unit: np.ndarray = field(default_factory=_unset)
    max_moves: int = NO_LIMIT
    unit_max_moves: np.ndarray = field(default_factory=_unset)
    constant: int = 0
    objective_scale: float = 1.0
    sense: str = "min"
    name: str = "problem"
    term_costs: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    term_constants: dict[str, int] = field(default_factory=dict)
    budget_names: list[str] = field(default_factory=list)
    labels: dict[str, np.ndarray] = field(default_factory=dict)
    #: 0 = hard. Otherwise the rule is soft: each seat short of a minimum fill or unit
    #: minimum, each unit of weight over a budget, each move over a cap costs this much.
    min_fill_penalty: int = 0
    budget_penalty: int = 0
    move_penalty: int = 0
    tie_levels: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)
    edge_emp: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        n = len(self.indptr) - 1
        m = len(self.capacity)
        k = self.n_units
        self.indptr = np.asarray(self.indptr, dtype=np.int64)
        self.edge_pos = np.asarray(self.edge_pos, dtype=np.int32)
        self.edge_cost = np.asarray(self.edge_cost, dtype=np.int64)
        self.unplaced_cost = np.asarray(self.unplaced_cost, dtype=np.int64)
        self.capacity = np.asarray(self.capacity, dtype=np.int64)
        self.position_unit = np.asarray(self.position_unit, dtype=np.int32)
        self.must_place = _arr(self.must_place, n, False, bool)
        self.min_fill = _arr(self.min_fill, m, 0, np.int64)
        self.unit_cap = _arr(self.unit_cap, k, NO_LIMIT, np.int64)
        self.unit_min = _arr(self.unit_min, k, 0, np.int64)
        self.pinned = _arr(self.pinned, n, -1, np.int32)
        self.budget_of_position = _arr(self.budget_of_position, m, -1, np.int32)
        self.budget_limit = _arr(self.budget_limit, 0, 0, np.int64)
        E = len(self.edge_pos)
        self.edge_weight = _arr(self.edge_weight, E, 0, np.int64)
        self.current_pos = _arr(self.current_pos, n, -1, np.int32)
        self.current_unit = _arr(self.current_unit, n, -1, np.int32)
        self.unit_max_moves = _arr(self.unit_max_moves, k, NO_LIMIT, np.int64)
        self.edge_emp = np.repeat(np.arange(n, dtype=np.int32), np.diff(self.indptr))
        if len(self.budget_names) != len(self.budget_limit):
            self.budget_names = [f"budget {b}" for b in range(len(self.budget_limit))]

    # -- sizes -------------------------------------------------------------------------
    @property
    def n_employees(self) -> int:
        return len(self.indptr) - 1

    @property
    def n_positions(self) -> int:
        return len(self.capacity)

    @property
    def n_edges(self) -> int:
        return len(self.edge_pos)

    # -- structure ---------------------------------------------------------------------
    @property
    def edge_is_move(self) -> np.ndarray:
        """bool[E]: taking this edge moves its employee away from a current position."""
        cur = self.current_pos[self.edge_emp]
        return (cur >= 0) & (self.edge_pos != cur)

    @property
    def has_budgets(self) -> bool:
        return bool(len(self.budget_limit)) and bool((self.budget_of_position >= 0).any())

    @property
    def has_move_caps(self) -> bool:
        return self.max_moves != NO_LIMIT or bool((self.unit_max_moves != NO_LIMIT).any())

    def side_constraints(self) -> list[str]:
        """Names of the constraints that take the problem out of the network class."""
        out = []
        if self.has_budgets:
            out.append("budgets (weighted capacities)")
        if self.max_moves != NO_LIMIT:
            out.append("max_moves")
        if (self.unit_max_moves != NO_LIMIT).any():
            out.append("max_moves_per_unit")
        return out

    @property
    def is_network(self) -> bool:
        """True when min-cost flow solves the problem exactly."""
        return not self.side_constraints()

    def on_edges(self, idx: np.ndarray) -> Problem:
        """The same problem on the edges ``idx`` only (ascending edge ids): every
        per-edge array (costs, weights, objective terms, tie levels) taken along. A
        placement of it is a placement of this problem at the same cost."""
        idx = np.asarray(idx, dtype=np.int64)
        q = copy.copy(self)
        counts = np.bincount(self.edge_emp[idx], minlength=self.n_employees)
        q.indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        q.edge_pos, q.edge_emp = self.edge_pos[idx], self.edge_emp[idx]
        q.edge_cost, q.edge_weight = self.edge_cost[idx], self.edge_weight[idx]
        q.term_costs = {t: (ec[idx], uc) for t, (ec, uc) in self.term_costs.items()}
        q.tie_levels = [(te[idx], tu) for te, tu in self.tie_levels]
        q.__dict__.pop("_keys", None)  # edge keys of its own
        return q

    def network_part(self) -> Problem:
        """The same problem without budgets and move caps (and their penalties): a
        network that min-cost flow solves exactly; a relaxation of this one."""
        q = copy.copy(self)
        q.budget_of_position = np.full(self.n_positions, -1, dtype=np.int32)
        q.budget_limit = np.zeros(0, dtype=np.int64)
        q.budget_names = []
        q.max_moves = NO_LIMIT
        q.unit_max_moves = np.full(self.n_units, NO_LIMIT, dtype=np.int64)
        q.budget_penalty = q.move_penalty = 0
        return q

    def headcount_budgets(self) -> Problem | None:
        """The same problem with every budget written as the headcount cap it is, when
        each is one: all the edges into its positions weigh the same ``w`` (a budget
        counting heads, e.g. equal salaries, or a unit-weight GAP agent), its limit is
        not negative, and its positions are one position (its capacity becomes
        ``min(capacity, limit // w)``) or exactly the positions of one unit (the unit's
        cap likewise). A weight of 0 never binds. The result is a network when no move
        cap is left, and has the same feasible placements and costs. None when a budget
        is none of these, or budgets are soft (``budget_penalty``)."""
        if not self.has_budgets:
            return self
        if self.budget_penalty or (self.budget_limit < 0).any():
            return None
        nb = len(self.budget_limit)
        eb = self.budget_of_position[self.edge_pos]
        on = eb >= 0
        w, b = self.edge_weight[on], eb[on]
        lo = np.zeros(nb, dtype=np.int64)  # the weight of each budget's first edge
        lo[b[::-1]] = w[::-1]
        used = np.bincount(b, minlength=nb) > 0  # budgets with at least one edge
        if (w != lo[b]).any() or (lo < 0).any():
            return None
        pos = np.flatnonzero(self.budget_of_position >= 0)
        bud = self.budget_of_position[pos].astype(np.int64)
        size = np.bincount(bud, minlength=nb)
        unit = self.position_unit[pos].astype(np.int64)
        first_unit = np.full(nb, -1, dtype=np.int64)
        first_unit[bud[::-1]] = unit[::-1]
        one_unit = np.bincount(bud, weights=(unit != first_unit[bud]), minlength=nb) == 0
        unit_size = np.bincount(self.position_unit, minlength=self.n_units)
        whole_unit = one_unit & (size == unit_size[np.maximum(first_unit, 0)])
        if not ((size <= 1) | whole_unit).all():
            return None
        binds = used & (lo > 0)
        heads = self.budget_limit // np.maximum(lo, 1)
        q = copy.copy(self)
        q.capacity = self.capacity.copy()
        q.unit_cap = self.unit_cap.copy()
        single = (size[bud] == 1) & binds[bud]
        q.capacity[pos[single]] = np.minimum(q.capacity[pos[single]], heads[bud[single]])
        wide = (size[bud] > 1) & binds[bud]
        u, cap = unit[wide], heads[bud[wide]]  # a unit once per position: the same value
        old = q.unit_cap[u]
        q.unit_cap[u] = np.where(old == NO_LIMIT, cap, np.minimum(old, cap))
        # a minimum fill counts up to the headcount: a cap lowered under a position's (or
        # unit's) minimum would drop that minimum instead of keeping it unreachable
        if (q.capacity < np.minimum(self.min_fill, self.capacity)).any():
            return None
        if ((q.unit_cap != NO_LIMIT) & (q.unit_cap < self.unit_min)).any():
            return None
        q.budget_of_position = np.full(self.n_positions, -1, dtype=np.int32)
        q.budget_limit = np.zeros(0, dtype=np.int64)
        q.budget_names = []
        return q

    def tie_objective(
        self, levels: int | None = None, shift: int = 0, people: int | None = None
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """The first ``levels`` tie levels folded into one (edge, unplaced) pair of
        int64 arrays: ``t1 × K + t2 …``, each multiplier above the largest difference
        the levels below it can make between two placements (at most the number of
        employees times their largest value, levels being ≥ 0), so minimising the sum
        minimises level 1, then level 2 … exactly. ``shift`` coarsens the last level
        (its values are divided by ``2**shift``). ``people``: how many employees the
        placements compared may place differently (all by default; the optimal face of
        the flow's second stage holds fewer), the multipliers' count. None if it would
        overflow 62 bits."""
        k = len(self.tie_levels) if levels is None else min(levels, len(self.tie_levels))
        if k == 0:
            return None
        n = self.n_employees if people is None else people
        te = np.zeros(self.n_edges, dtype=np.int64)
        tu = np.zeros(self.n_employees, dtype=np.int64)
        below = 0  # largest value of the levels folded so far
        for j, (le, lu) in enumerate(reversed(self.tie_levels[:k])):
            if j == 0 and shift:
                le, lu = le >> shift, lu >> shift
            span = n * below + 1
            top = max(int(le.max(initial=0)), int(lu.max(initial=0)))
            if (top + 1) * span >= 2**62:
                return None
            te = le * span + te
            tu = lu * span + tu
            below = top * span + below
        return te, tu

    def _tie_candidates(self, people: int | None = None):
        """The folded tie objectives in order of preference: every level at full
        resolution first, then the last level coarsened step by step, then dropped,
        and so on; ``(levels, edge values, unplaced values, largest value)`` each
        (``people``: see :meth:`tie_objective`)."""
        for k in range(len(self.tie_levels), 0, -1):
            last = self.tie_levels[k - 1]
            bits = max(int(last[0].max(initial=0)), int(last[1].max(initial=0))).bit_length()
            for shift in sorted({0, *range(bits % 4 or 4, bits, 4)}):
                tie = self.tie_objective(k, shift, people)
                if tie is None:
                    continue
                te, tu = tie
                yield k, te, tu, int(max(te.max(initial=0), tu.max(initial=0)))

    def tie_costs(
        self, magnitude_limit: int, people: int | None = None
    ) -> tuple[np.ndarray, np.ndarray, int] | None:
        """The tie levels alone as costs (edge, unplaced) for a solver that multiplies
        costs by ``magnitude_limit``: as many levels, as finely, as fit in 62 bits,
        and how many levels that is; None if not even the first level fits. For a
        problem whose every option left costs the same (the optima of the flow's
        first stage: :func:`placement.solvers.flow.solve_lexicographic`), among
        ``people`` employees who may be placed differently (all by default)."""
        for k, te, tu, top in self._tie_candidates(people):
            if (top + 1) * (magnitude_limit + 1) < 2**62:
                return te, tu, k
        return None

    def with_ties(self, magnitude_limit: int) -> tuple[Problem, int]:
        """This problem with as many tie levels folded into its costs as fit.

        The folded cost of an option is ``cost × K + t`` where ``t`` is
        :meth:`tie_objective` and ``K`` exceeds the largest difference ``t`` can make
        between two placements: the folded optimum is exactly the lexicographic one
        (least cost, then least level 1, then level 2 …). When the folded cost range
        times ``magnitude_limit`` (what the solver multiplies costs by internally, e.g.
        the number of nodes of a flow network) would not fit in 62 bits, the last
        level is coarsened, then dropped, and so on. Returns the folded problem
        (``self`` when nothing fits) and the number of levels folded. Penalties of
        relaxed rules are scaled along.
        """
        lo = min(int(self.edge_cost.min(initial=0)), int(self.unplaced_cost.min(initial=0)))
        hi = max(int(self.edge_cost.max(initial=0)), int(self.unplaced_cost.max(initial=0)))
        pens = max(self.min_fill_penalty, self.budget_penalty, self.move_penalty)
        width = max(hi - lo, pens) + 1
        for k, te, tu, top in self._tie_candidates():
            mult = self.n_employees * top + 1
            if (width * mult + top) * (magnitude_limit + 1) >= 2**62:
                continue
            q = copy.copy(self)
            q.edge_cost = self.edge_cost * mult + te
            q.unplaced_cost = self.unplaced_cost * mult + tu
            q.constant = self.constant * mult
            q.min_fill_penalty = self.min_fill_penalty * mult
            q.budget_penalty = self.budget_penalty * mult
            q.move_penalty = self.move_penalty * mult
            q.term_costs = {}
            q.tie_levels = []
            return q, k
        return self, 0

    def cost_of(self, assignment: np.ndarray) -> int:
        """Integer objective (incl. constant) of an assignment, recomputed from the edges.

        Raises ``ValueError`` if an employee is assigned to a position that is not one
        of its edges.
        """
        e = self.edge_index(assignment)
        placed = assignment >= 0
        if (e[placed] < 0).any():
            raise ValueError("assignment uses a non-eligible (employee, position) pair")
        return int(
            self.edge_cost[e[placed]].sum() + self.unplaced_cost[~placed].sum() + self.constant
        ) + self.violation_cost(assignment)

    def shortfalls(self, assignment: np.ndarray) -> dict[str, np.ndarray]:
        """How far an assignment is from each relaxable rule (0 where it holds):
        ``min_fill`` per position, ``unit_min`` per unit, ``budget`` overrun per
        budget, ``max_moves`` (one value) and ``unit_moves`` per unit."""
        a = np.asarray(assignment, dtype=np.int64)
        placed = a >= 0
        fill = np.bincount(a[placed], minlength=self.n_positions)
        ufill = np.bincount(self.position_unit[a[placed]], minlength=self.n_units)
        out = {
            "min_fill": np.maximum(np.minimum(self.min_fill, self.capacity) - fill, 0),
            "unit_min": np.maximum(self.unit_min - ufill, 0),
        }
        e = self.edge_index(a)
        ok = placed & (e >= 0)
        b = self.budget_of_position[np.where(ok, a, 0)]
        sel = ok & (b >= 0)
        load = np.bincount(
            b[sel], weights=self.edge_weight[e[sel]], minlength=len(self.budget_limit)
        ).astype(np.int64)
        out["budget"] = np.maximum(load - self.budget_limit, 0)
        moved = (self.current_pos >= 0) & (a != self.current_pos)
        total = int(moved.sum())
        out["max_moves"] = np.array(
            [max(total - self.max_moves, 0) if self.max_moves != NO_LIMIT else 0]
        )
        per = np.bincount(
            self.current_unit[moved & (self.current_unit >= 0)], minlength=self.n_units
        )
        out["unit_moves"] = np.where(
            self.unit_max_moves == NO_LIMIT, 0, np.maximum(per - self.unit_max_moves, 0)
        )
        return out

    def violation_cost(self, assignment: np.ndarray) -> int:
        """Penalties of the soft (relaxed) rules an assignment breaks; 0 if all hard."""
        if not (self.min_fill_penalty or self.budget_penalty or self.move_penalty):
            return 0
        s = self.shortfalls(assignment)
        return int(
            self.min_fill_penalty * (int(s["min_fill"].sum()) + int(s["unit_min"].sum()))
            + self.budget_penalty * int(s["budget"].sum())
            + self.move_penalty * (int(s["max_moves"].sum()) + int(s["unit_moves"].sum()))
        )

    def edge_index(self, assignment: np.ndarray) -> np.ndarray:
        """int64[n]: edge id used by each employee (-1 if unplaced or not an edge)."""
        return self.pair_edges(np.arange(self.n_employees), assignment)

    def pair_edges(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """int64 per (employee, position) pair: its edge id, -1 where the pair is not
        an option (or the position is -1)."""
        emp = np.asarray(emp, dtype=np.int64)
        pos = np.asarray(pos, dtype=np.int64)
        out = np.full(len(emp), -1, dtype=np.int64)
        asked = np.flatnonzero((pos >= 0) & (pos < self.n_positions))
        if not len(asked) or not self.n_edges:
            return out
        # edges are sorted by (employee, position): one binary search for all pairs
        key_edges = self._edge_keys()
        key = emp[asked] * (self.n_positions + 1) + pos[asked]
        idx = np.minimum(np.searchsorted(key_edges, key), self.n_edges - 1)
        ok = key_edges[idx] == key
        out[asked[ok]] = idx[ok]
        return out

    def _edge_keys(self) -> np.ndarray:
        """``employee × (m + 1) + position`` per edge (ascending), kept while the edge
        arrays are the same objects (copies of a problem that replace them, as the
        narrowed networks do, build their own): 30 ms a call at 4M edges otherwise."""
        m = self.n_positions
        kept = self.__dict__.get("_keys")
        if kept is not None and kept[0] is self.edge_emp and kept[1] is self.edge_pos:
            if kept[2] == m:
                return kept[3]
        keys = self.edge_emp.astype(np.int64) * (m + 1) + self.edge_pos
        self.__dict__["_keys"] = (self.edge_emp, self.edge_pos, m, keys)
        return keys

    def __getstate__(self) -> dict:
        """Pickled without the cached edge keys (rebuilt on first use)."""
        state = dict(self.__dict__)
        state.pop("_keys", None)
        return state

    def label(self, kind: str, index: int | np.integer) -> str:
        """Human name of employee / position / unit ``index`` (``#index`` if unnamed)."""
        names = self.labels.get(kind)
        return str(names[index]) if names is not None else f"{kind} #{index}"

    def objective_value(self, cost: int) -> float:
        """User-facing objective for an integer cost (scaled, sense applied)."""
        v = cost / self.objective_scale
        return -v if self.sense == "max" else v

    def __repr__(self) -> str:
        kind = (
            "network"
            if self.is_network
            else "side constraints: " + ", ".join(self.side_constraints())
        )
        return (
            f"<Problem {self.name!r}: {self.n_employees} employees, {self.n_positions} "
            f"positions, {self.n_units} units, {self.n_edges} eligible edges; {kind}>"
        )


def _arr(value: ArrayLike | None, size: int, fill: int | bool, dtype: DTypeLike) -> np.ndarray:
    """``value`` as an array of ``dtype``; left out (or None), ``size`` times ``fill``."""
    if value is None or value is _UNSET:
        # zeros are not written: the pages stay untouched until used (an unused budget
        # weight per edge is 30 MiB at 3.9M edges)
        return np.zeros(size, dtype=dtype) if not fill else np.full(size, fill, dtype=dtype)
    return np.asarray(value, dtype=dtype)


def from_dense(
    cost: np.ndarray,
    capacity: np.ndarray,
    eligible: np.ndarray | None = None,
    unplaced_cost: np.ndarray | int | None = None,
    **kwargs: Any,
) -> Problem:
    """Build a Problem from a dense (n × m) integer cost matrix (tests, GAP files).

    ``eligible`` masks the allowed pairs (default: all). ``unplaced_cost=None`` makes
    every employee ``must_place``. Each position is its own unit unless
    ``position_unit``/``n_units`` are given.
    """
    cost = np.asarray(cost, dtype=np.int64)
    n, m = cost.shape
    if eligible is None:
        eligible = np.ones((n, m), dtype=bool)
    rows, cols = np.nonzero(eligible)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    if unplaced_cost is None:
        kwargs.setdefault("must_place", np.ones(n, dtype=bool))
        unplaced = np.zeros(n, dtype=np.int64)
    else:
        unplaced = np.broadcast_to(np.asarray(unplaced_cost, dtype=np.int64), (n,)).copy()
    if "edge_weight" in kwargs and np.ndim(kwargs["edge_weight"]) == 2:
        kwargs["edge_weight"] = np.asarray(kwargs["edge_weight"])[rows, cols]
    kwargs.setdefault("position_unit", np.arange(m))
    kwargs.setdefault("n_units", m)
    return Problem(
        indptr=indptr,
        edge_pos=cols,
        edge_cost=cost[rows, cols],
        unplaced_cost=unplaced,
        capacity=np.asarray(capacity),
        **kwargs,
    )
