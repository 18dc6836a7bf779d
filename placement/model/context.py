"""Numeric views of an organisation for eligibility rules and objective terms.

Everything here is an array over employees, positions or edges; per-edge values
are computed with one gather per competency (never a loop over pairs) and cached.

Assessments have gaps. An employee's blank competency level is *not assessed*
(NaN), never 0; a position's blank required level means the competency is not in
its standard. The JPM of a pair is taken over the competencies of the position's
standard that are assessed for that person::

    JPM = 100 × Σ_{k in standard, assessed} level_k / Σ_{k in standard, assessed} required_k

(``jpm_surplus``: ``cap`` caps the result at 100, ``min`` sums ``min(level_k,
required_k)``, ``count`` lets a surplus count). A pair has no JPM (NaN) when the
position has no competency standard (:data:`NO_STANDARD`) or when none of the
standard's competencies is assessed for the person (:data:`NOT_ASSESSED`).
Competency gaps (training needs, ``max_competency_gap``) count assessed
competencies only: an unknown level is not a gap.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from placement.i18n import Message, person
from placement.model.arrays import find_pairs, unique_rows
from placement.model.cells import index_of, list_items
from placement.model.organization import COMP_PREFIX, LIST_SEP, Organization

if TYPE_CHECKING:
    from placement.model.config import Eligibility

#: Why a pair has no JPM (``jpm_reason``): 0 it has one, 1 the person is not assessed on
#: any competency of the post's standard, 2 the post has no competency standard.
HAS_JPM, NOT_ASSESSED, NO_STANDARD = 0, 1, 2


def field_codes(
    emp_fields: pd.Series, pos_fields: pd.Series
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(field code per employee, fieldset code per position, accepts[fieldset, field]):
    a fieldset lists accepted fields (``;``-separated, any case); an empty one accepts
    every field. ``accepts[pf[p], ef[e]]`` says whether position ``p`` takes ``e``."""
    codes, vocab = pd.factorize(emp_fields.str.strip().str.lower())
    fs_codes, fs_vocab = pd.factorize(pos_fields.str.lower())
    index = {f: i for i, f in enumerate(vocab)}
    accepts = np.zeros((len(fs_vocab), len(vocab) + 1), dtype=bool)
    for s, text in enumerate(fs_vocab):
        names = [t.strip() for t in str(text).split(LIST_SEP) if t.strip()]
        if not names:
            accepts[s, :] = True
        else:
            accepts[s, [index[n] for n in names if n in index]] = True
    return codes.astype(np.int32), fs_codes.astype(np.int32), accepts


_T = TypeVar("_T")

#: the keys of :meth:`Context.derived` that read the organisation only (not the
#: edges, nor what the eligible edges set): shared by the contexts of one scenario's
#: compiles (``shared``), so that compiling it again (seats given back, holders kept
#: over formasi) does not derive them again
#: pairs per block of :meth:`Context.pair_jpm` (a block of rows of every competency)
_PAIR_BLOCK = 1 << 16
#: from this many pairs on, :meth:`Context.pair_jpm` computes each distinct (employee,
#: standard) once (positions share a few standards: about 10x fewer rows)
_DISTINCT_MIN = 1024
#: employees × standards up to which the distinct cells are marked in a table
_DISTINCT_TABLE = 1 << 22

ORG_DERIVED = frozenset(
    {
        "years_to_retirement",
        "selection_boards",
        "jabatan_rungs",
        "service_order",
        "service_keys",
        "merit",
        "id_hashes",
        # a dict keyed by the scenario's name for its warnings (compile.seats_over_caps)
        "seats_over_caps",
        "fields_listed",
        "serving",
        "jf_families",
        "level_standards",
        "talent_performance_axis",
        "talent_potentials",
        "talent_boxes",
        "structural_standing",
        "preference_pairs_sorted",
        "careers",
        "completed_years",
        # a dict keyed by the eligibility policy and JPM options (domain.rise_merit)
        "rise_candidates",
        "merit_rank",
        # and the eligibility policy and JPM options, a dict keyed by them
        # (eligibility.rule_edges)
        "rule_edges",
    }
)


class Context:
    """Arrays of one organisation; ``edge_emp``/``edge_pos`` set by :meth:`set_edges`.

    ``unassessed_jpm``: the JPM the objective scores for a pair without one, a number
    (0-100), ``"overall"`` or ``"mean"`` (see :meth:`jpm_score`). ``eligibility``: the scenario's
    eligibility policy (``config.Eligibility``), for objective terms that score rules
    (e.g. ``career`` in lenient mode); None outside a scenario.
    """

    def __init__(
        self,
        org: Organization,
        jpm_surplus: str = "cap",
        unassessed_jpm: float | str = "overall",
        eligibility: Eligibility | None = None,
        extras: dict | None = None,
        shared: dict | None = None,
    ) -> None:
        self.org = org
        #: :data:`ORG_DERIVED` values, shared with the other compiles of the scenario
        self._shared: dict = {} if shared is None else shared
        #: the plan's ``extras``: state extensions keep (read by their edge rules)
        self.extras = {} if extras is None else extras
        self.jpm_surplus = jpm_surplus
        self.unassessed_jpm = unassessed_jpm
        self.eligibility = eligibility
        emp, pos, un = org.employees, org.positions, org.units
        self.emp_ids = emp["id"].to_numpy(dtype=object)
        self.pos_ids = pos["id"].to_numpy(dtype=object)
        self.unit_ids = un["id"].to_numpy(dtype=object)
        self.n_employees, self.n_positions, self.n_units = len(emp), len(pos), len(un)
        #: set by the eligible edges (placement.model.eligibility, qualified holders
        #: first): per position, its holders who meet its rules; per employee, whether
        #: they hold their post without meeting its rules and yield it to those who do
        self.holders_meeting_rules: np.ndarray | None = None
        self.yields_own_post: np.ndarray | None = None
        #: per post some holder yields: the holders who miss its rules yet keep its
        #: seats left (pinned first, then those with no other post open, then those
        #: missing fewer requirements, then by JPM there), and per employee that JPM
        #: and the count of other posts open
        self.seats_left_to: dict[int, list[int]] = {}
        self.own_post_jpm: np.ndarray | None = None
        #: per employee: how many of their own post's stated requirements they miss
        #: (education, field, golongan), as that ranking weighs it before the JPM
        self.own_post_missed: np.ndarray | None = None
        self.posts_elsewhere: np.ndarray | None = None
        #: per employee: holds their post and meets its rules; among those who yield,
        #: their place in their post's ranking (-1: none); given back a seat left empty
        #: by its holder in an earlier solve (``reclaim``)
        self.meets_own_post: np.ndarray | None = None
        #: per employee: the extension rule that keeps them in their own post ('' for
        #: none), as the seats left were ranked (placement.model.eligibility)
        self.kept_by_rule: np.ndarray | None = None
        #: per employee: kept in their post by such a rule for certain (must place)
        self.held_by_rule: np.ndarray | None = None
        #: per employee: kept in their post by such a rule without meeting its rules,
        #: over its formasi until BUP (a seat of their own; pinned or held there)
        self.supernumerary: np.ndarray | None = None
        #: per post: the seats the scenario's operations took from its formasi as read
        #: (0 where none, or raised, or without a source; ``Plan.formasi_as_read``);
        #: None under budgets
        self.formasi_cut: np.ndarray | None = None
        #: per employee: kept over formasi by such a rule in a post whose holders who
        #: keep it exceed its formasi (cut by the scenario, or over-filled as read),
        #: their retirement meeting the excess (``retirement_meets_cut``)
        self.over_cut: np.ndarray | None = None
        #: ``over_cut`` as the rule set it, before a compile let a hold go (held_safely)
        self.over_cut_rule: np.ndarray | None = None
        #: per post: its holders who keep it (meeting its rules) beyond its formasi, as
        #: ``retirement_meets_cut`` reads them (0 in a structural post or with it off)
        self.holders_beyond: np.ndarray | None = None
        #: per employee: a holder ``keep_incumbents`` left to that rule, unpinned, to stay
        #: over their post's formasi (eligibility.settle_kept); None without a contest
        self.kept_deferred: np.ndarray | None = None
        #: per post: how many such holders the edges were made with (the post took
        #: nobody in; ``over_cut`` may lose one a hold would not fit, held_safely)
        self.cut_closed: np.ndarray | None = None
        #: per employee: their own post stays open to them and keeps a seat for each
        #: holder it keeps, so a move is the plan's choice, not their need (the term
        #: ``kms_move`` reads it; placement.model.eligibility.settled_holders)
        self.settled: np.ndarray | None = None
        #: per employee: a serving holder an earlier solve left without a post, kept
        #: in it over its formasi pending a decision (``keep_displaced_holders``; their
        #: only edge, a seat of their own; placement.api.solve)
        self.pending: np.ndarray | None = None
        #: per employee: a serving holder an earlier solve left without a post while
        #: their post's seats took people moving in, kept in a seat of its formasi
        #: (their only edge; ``keep_displaced_holders``, placement.keeping)
        self.seated: np.ndarray | None = None
        #: per employee: moved into the seat of one so kept in the placement before
        self.seat_takers: np.ndarray | None = None
        #: per employee: the post an official's move into which would have waited for
        #: a seat longer than a rule lets them (``late_movers``; the JF entry age), left
        #: out of their options (placement.keeping); -1 for none
        self.late_post: np.ndarray | None = None
        self.yield_rank: np.ndarray | None = None
        self.reclaimed: np.ndarray | None = None
        #: per employee: among those who yield their post, the licence its profession
        #: asks for that they lack ('' for none): they take no seat left of it, nor one
        #: given back (``unlicensed`` extensions; placement.model.eligibility)
        self.yields_unlicensed: np.ndarray | None = None
        #: per employee: the reference post the rule for ties weighs changes and rises
        #: from (placement.model.stability; the current posts, or another scenario's
        #: placement), None where the compile breaks no ties
        self.tie_reference: np.ndarray | None = None
        self._texts: dict[tuple[str, str], np.ndarray] = {}  # see texts()
        self._derived: dict[str, Any] = {}  # see derived()
        unit_index = pd.Index(un["id"])
        pos_index = pd.Index(pos["id"])
        self._emp = {
            "edu_level": emp["edu_level"].to_numpy(np.int16),
            "rank_level": emp["rank_level"].to_numpy(np.int16),
            "current_pos": _lookup(pos_index, emp["current_position"]),
            "current_unit": _lookup(unit_index, emp["current_unit"]),
        }
        parent = un["parent"].where(un["parent"] != "", un["id"])
        unit_parent = _lookup(unit_index, parent)
        unit_idx = _lookup(unit_index, pos["unit"])
        self._pos = {
            "unit_idx": unit_idx,
            "parent_idx": unit_parent[unit_idx],
            "min_edu_level": pos["min_edu_level"].to_numpy(np.int16),
            "min_rank_level": pos["min_rank_level"].to_numpy(np.int16),
            "priority": pos["priority"].to_numpy(float),
            "key": pos["key"].to_numpy(bool),
            "headcount": pos["headcount"].to_numpy(np.int64),
            "min_fill": pos["min_fill"].to_numpy(np.int64),
            "grade": pos["grade"].to_numpy(float),
        }
        cur = self._emp["current_unit"]
        self._emp["current_parent"] = np.where(cur >= 0, unit_parent[np.maximum(cur, 0)], -1)
        comps = [COMP_PREFIX + c for c in org.competencies]
        self.competencies = list(org.competencies)
        self.levels = _matrix(emp, comps, np.nan)  # float32[n, C], NaN = not assessed
        self.required = _matrix(pos, comps, 0.0)  # float32[m, C], 0 = not required
        self.required_sum = self.required.sum(axis=1)
        #: every competency of every employee assessed: JPM denominators are the
        #: positions' standard sums (the fast path, no per-pair coverage needed)
        self.fully_assessed = not np.isnan(self.levels).any()
        self.edge_emp = np.zeros(0, dtype=np.int32)
        self.edge_pos = np.zeros(0, dtype=np.int32)
        self._cache: dict[str, np.ndarray] = {}

    def set_edges(self, edge_emp: np.ndarray, edge_pos: np.ndarray) -> None:
        self.edge_emp = edge_emp
        self.edge_pos = edge_pos
        self._cache = {}

    def emp(self, column: str) -> np.ndarray:
        """Array over employees: a parsed column or any numeric column of the table."""
        if column not in self._emp:
            self._emp[column] = pd.to_numeric(self.org.employees[column], errors="coerce").to_numpy(
                float
            )
        return self._emp[column]

    def derived(self, key: str, compute: Callable[[], _T]) -> _T:
        """An array derived from the organisation (an extension's years to retirement,
        the posts that list accepted fields), computed on first use and kept for this
        context's life (edge changes do not clear it): an edge rule and its reasons
        share one."""
        store = self._shared if key in ORG_DERIVED else self._derived
        if key not in store:
            store[key] = compute()
        return store[key]

    def jpm_of(self, edge_emp: np.ndarray, edge_pos: np.ndarray) -> np.ndarray:
        """JPM % of the pairs given: :meth:`jpm` (cached, per competency) when they are
        the context's edges, else :meth:`pair_jpm` (a rule asked about other pairs, e.g.
        one person against every open post)."""
        if edge_emp is self.edge_emp and edge_pos is self.edge_pos:
            return self.jpm()
        return self.pair_jpm(edge_emp, edge_pos)[0]

    def pair_jpm(
        self, e: np.ndarray, p: np.ndarray, surplus: str | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """JPM % of arbitrary (employee, position) pairs (NaN where a pair has none)
        and its denominator, the required levels summed over the standard's assessed
        competencies: the same values as :meth:`jpm` for an eligible edge (``surplus``:
        another reading of levels above the standard than the scenario's). In blocks of
        pairs: a rule may ask about a million pairs, each a row of every competency."""
        distinct = self._distinct_cells(e, p) if len(e) >= _DISTINCT_MIN else None
        if distinct is not None:
            # a pair's JPM is that of its (employee, standard): each distinct one
            # computed once, row for row as below (the same values), and gathered
            ue, us, inv = distinct
            jpm, den = self._pair_rows(ue, self._standards[0], us, surplus)
            return jpm[inv], den[inv]
        return self._pair_rows(e, self.required, p, surplus)

    def _pair_rows(
        self, e: np.ndarray, standards: np.ndarray, rows: np.ndarray, surplus: str | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`jpm_against` of employees ``e`` each against ``standards[rows]``, in
        blocks of pairs."""
        if len(e) <= _PAIR_BLOCK:
            return self.jpm_against(e, standards[rows], surplus)
        parts = [
            self.jpm_against(e[k : k + _PAIR_BLOCK], standards[rows[k : k + _PAIR_BLOCK]], surplus)
            for k in range(0, len(e), _PAIR_BLOCK)
        ]
        return np.concatenate([j for j, _ in parts]), np.concatenate([d for _, d in parts])

    def _distinct_cells(
        self, e: np.ndarray, p: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The distinct (employee, standard) cells of pairs ``(e, p)``: their employees,
        their standards (rows of ``_standards[0]``) and each pair's cell (None where the
        distinct standards are not the positions' own rows bit for bit). Marked in a
        table of every employee × standard where it is small beside the pairs (or
        small), else sorted."""
        if not self._standards_exact:
            return None
        std, std_of = self._standards
        size = self.n_employees * len(std)
        cell = np.asarray(e, dtype=np.int64) * len(std)
        cell += std_of[np.asarray(p)]
        if size <= max(4 * len(e), _DISTINCT_TABLE):
            seen = np.zeros(size, dtype=bool)
            seen[cell] = True
            cells = np.flatnonzero(seen)
            at = np.empty(size, dtype=np.int64)
            at[cells] = np.arange(len(cells))
            of = at[cell]
        else:
            cells, of = np.unique(cell, return_inverse=True)
        return cells // len(std), cells % len(std), of.ravel()

    @cached_property
    def _standards_exact(self) -> bool:
        """Whether each position's row of ``required`` is its distinct standard's, bit
        for bit."""
        std, std_of = self._standards
        got = np.ascontiguousarray(std[std_of], dtype=self.required.dtype)
        want = np.ascontiguousarray(self.required)
        return got.shape == want.shape and got.tobytes() == want.tobytes()

    def standards_of(self, posts: pd.DataFrame) -> np.ndarray:
        """The competency standards of the rows of ``posts`` (a positions table, e.g. the
        posts as read before the scenario's operations), as :attr:`required` reads the
        organisation's: float32[rows, C], 0 = not required."""
        return _matrix(posts, [COMP_PREFIX + c for c in self.competencies], 0.0)

    def jpm_against(
        self, e: np.ndarray, standards: np.ndarray, surplus: str | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """JPM % of employees ``e`` each against a standard given as a row of required
        levels (``[len(e), C]``, 0 = not in the standard: a post's, or a level's as the
        talent box's potential reads it), NaN where there is none, and its denominator;
        ``surplus`` (``count``, ``cap``, ``min``; None: the scenario's) reads the levels
        above the standard."""
        surplus = self.jpm_surplus if surplus is None else surplus
        req = np.asarray(standards, dtype=float)  # [pairs, C]
        lvl = self.levels[e].astype(float)  # NaN = not assessed
        known = (req > 0) & ~np.isnan(lvl)
        lv0 = np.where(known, lvl, 0.0)
        num = (np.minimum(lv0, req) if surplus == "min" else lv0).sum(axis=1)
        den = np.where(known, req, 0.0).sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            jpm = np.where(den > 0, 100.0 * num / np.maximum(den, 1e-9), np.nan)
        if surplus == "cap":
            jpm = np.minimum(jpm, 100.0)
        return jpm, den

    def texts(self, table: str, column: str) -> np.ndarray:
        """A column of ``employees`` or ``positions`` as an object array, read once
        (a frame's column look-up costs tens of microseconds: too much per person)."""
        key = (table, column)
        if key not in self._texts:
            self._texts[key] = getattr(self.org, table)[column].to_numpy(dtype=object)
        return self._texts[key]

    def named(self, j: int) -> Message | str:
        """Employee ``j`` as the texts name a colleague: ``Name (NIP)``, the id alone
        where the roster has no name."""
        names = self.texts("employees", "name") if "name" in self.org.employees else None
        return person(None if names is None else names[j], self.emp_ids[j])

    def pos(self, column: str) -> np.ndarray:
        if column not in self._pos:
            self._pos[column] = pd.to_numeric(self.org.positions[column], errors="coerce").to_numpy(
                float
            )
        return self._pos[column]

    @cached_property
    def current_grade(self) -> np.ndarray:
        """Per employee, the grade of their current post (NaN without one, or unknown)."""
        cur = self._emp["current_pos"]
        return np.where(cur >= 0, self.pos("grade")[np.maximum(cur, 0)], np.nan)

    # -- fields of study ------------------------------------------------------------
    @cached_property
    def _fields(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(employee field code, position fieldset code, accepts[fieldset, field])."""
        return field_codes(self.org.employees["field"], self.org.positions["fields"])

    def pair_field_ok(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """:meth:`field_ok` of given (employee, position) pairs, edges or not."""
        ef, pf, acc = self._fields
        return acc[pf[pos], ef[emp]]

    def pair_formal_ok(self, emp: np.ndarray, pos: np.ndarray) -> np.ndarray:
        """Per (employee, position) pair: the employee meets the post's minimum
        education, minimum golongan and accepted fields (a post listing none accepts
        any), edges or not."""
        ef, pf, acc = self._fields
        p = pf[pos]
        return (
            (self.emp("edu_level")[emp] >= self.pos("min_edu_level")[pos])
            & (self.emp("rank_level")[emp] >= self.pos("min_rank_level")[pos])
            & ((p < 0) | acc[np.maximum(p, 0), ef[emp]])
        )

    def field_ok(self) -> np.ndarray:
        if "field_ok" not in self._cache:
            self._cache["field_ok"] = self.pair_field_ok(self.edge_emp, self.edge_pos)
        return self._cache["field_ok"]

    # -- competencies ---------------------------------------------------------------
    @cached_property
    def _standards(self) -> tuple[np.ndarray, np.ndarray]:
        """(distinct competency standards [S, C], standard of each position)."""
        req = self.required
        whole = req.astype(np.int64)
        if req.size and np.array_equal(whole, req):  # levels 1-5: rows packed, 1-d unique
            std, of = unique_rows(whole)
            return std.astype(req.dtype), of
        std, of = np.unique(req, axis=0, return_inverse=True)
        return std, of.ravel()

    @cached_property
    def _by_competency(self) -> dict[str, np.ndarray]:
        """Employees' levels transposed [C, n] (one competency contiguous): ``level``
        (NaN = not assessed), ``level0`` (0 there) and ``known`` (1.0 assessed, else 0)."""
        level = np.ascontiguousarray(self.levels.T)
        if self.fully_assessed:
            return {"level": level, "level0": level, "known": np.ones_like(level)}
        known = ~np.isnan(level)
        return {
            "level": level,
            "level0": np.where(known, level, 0).astype(np.float32),
            "known": known.astype(np.float32),
        }

    def _per_competency(
        self,
        name: str,
        fn: Callable[[np.ndarray, np.ndarray, np.ndarray], object],
        source: str = "level",
    ) -> np.ndarray:
        """``fn(out, value, required)`` accumulated over the competencies, per edge;
        ``value`` from the ``source`` matrix of :attr:`_by_competency`. ``fn`` must add
        nothing where ``required`` is 0 (not in the standard).

        Positions share a few standards (the same jabatan in many units), so when
        ``employees × standards`` is at most four times the edge count the values are
        computed once per (standard, employee), vectorised over employees, skipping
        the competencies outside the standard, and gathered per edge; otherwise per
        edge, one gather per competency. Both do the same float32 operations in the
        same order (up to exact additions of 0), so they agree exactly.
        """
        if name not in self._cache:
            std, std_of = self._standards
            levels_t = self._by_competency[source]
            n_edges, C = len(self.edge_emp), len(self.competencies)
            if self.n_employees * len(std) <= 4 * n_edges:
                table = np.zeros((len(std), self.n_employees), dtype=np.float32)
                for s in range(len(std)):
                    for k in np.flatnonzero(std[s] > 0).tolist():
                        fn(table[s], levels_t[k], std[s, k])
                out = table.ravel().take(self._standard_cells())
            else:
                out = np.zeros(n_edges, dtype=np.float32)
                for k in range(C):
                    fn(out, levels_t[k][self.edge_emp], std[:, k][std_of][self.edge_pos])
            self._cache[name] = out
        return self._cache[name]

    def _standard_cells(self) -> np.ndarray:
        """Per edge, its cell ``(standard, employee)`` in a flat table [S × n]: one
        ``take`` (several times faster than a 2-d fancy index over millions of
        edges), computed once for the jpm, gap and training terms."""
        if "standard_cells" not in self._cache:
            cells = self._standards[1][self.edge_pos] * self.n_employees
            cells += self.edge_emp
            self._cache["standard_cells"] = cells
        return self._cache["standard_cells"]

    def jpm(self) -> np.ndarray:
        """JPM % per edge; NaN where the pair has none (see :meth:`jpm_reason`)."""
        if "jpm" not in self._cache:
            # over levels with 0 where not assessed: they add nothing to the sum
            if self.jpm_surplus == "min":
                num = self._per_competency(
                    "jpm_num_min", lambda o, lv, rq: o.__iadd__(np.minimum(lv, rq)), "level0"
                )
            else:
                num = self._per_competency(
                    "jpm_num", lambda o, lv, rq: o.__iadd__(lv * (rq > 0)), "level0"
                )
            den = self._jpm_den()
            with np.errstate(divide="ignore", invalid="ignore"):
                v = np.where(den > 0, 100.0 * num / np.maximum(den, 1e-9), np.nan)
            if self.jpm_surplus == "cap":
                v = np.minimum(v, 100.0)  # NaN stays NaN (fmin would make it 100)
            self._cache["jpm"] = v
        return self._cache["jpm"]

    def _jpm_den(self) -> np.ndarray:
        """Per edge: required levels summed over the standard's assessed competencies."""
        if self.fully_assessed:
            return self.required_sum[self.edge_pos]
        return self._per_competency("jpm_den", lambda o, kn, rq: o.__iadd__(kn * rq), "known")

    def jpm_reason(self) -> np.ndarray:
        """int8 per edge: :data:`HAS_JPM`, :data:`NOT_ASSESSED` or :data:`NO_STANDARD`."""
        return jpm_reason(self.jpm(), self.required_sum[self.edge_pos])

    def jpm_score(self) -> np.ndarray:
        """JPM per edge as the objective scores it: pairs without a JPM get the neutral
        value ``unassessed_jpm``. ``"overall"`` (default): the mean JPM of every
        assessed eligible pair, one value for all, so that a person without a JPM scores
        the same in every post (no move between posts gains them a JPM nobody knows)
        and counts as an average one of the organisation in a contest for a seat.
        ``"mean"``: the mean JPM of the position's eligible assessed candidates, or of
        every assessed eligible pair where the position has none, an average candidate
        of that post (a move between two posts gains such a person the difference of
        their means; review 168 L3: a mover assessed in nothing read "jpm +4.5"). 0 for
        either when no pair has a JPM."""
        v = self.jpm()
        unknown = np.isnan(v)
        if not unknown.any():
            return v
        if self.unassessed_jpm not in ("mean", "overall"):
            return np.where(unknown, float(self.unassessed_jpm), v)
        known = ~unknown
        if not known.any():
            return np.zeros(len(v))
        overall = float(v[known].mean())
        if self.unassessed_jpm == "overall":
            return np.where(unknown, overall, v)
        m = self.n_positions
        total = np.bincount(self.edge_pos[known], weights=v[known], minlength=m)
        count = np.bincount(self.edge_pos[known], minlength=m)
        per_pos = np.where(count > 0, total / np.maximum(count, 1), overall)
        return np.where(unknown, per_pos[self.edge_pos], v)

    def gap_sum(self) -> np.ndarray:
        """Sum over the standard's assessed competencies of levels missing (training
        need; a level not assessed is no gap)."""
        return self._per_competency(
            "gap_sum", lambda o, lv, rq: o.__iadd__(np.fmax(rq - lv, 0) * (rq > 0))
        )

    def gap_max(self) -> np.ndarray:
        """Largest gap over the standard's assessed competencies (0 when none known)."""
        return self._per_competency(
            "gap_max", lambda o, lv, rq: np.maximum(o, np.fmax(rq - lv, 0) * (rq > 0), out=o)
        )

    # -- preferences ----------------------------------------------------------------
    @cached_property
    def preference_pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(employee, position, rank 1..) of every stated preference."""
        prefs = self.org.employees["preferences"]
        has = prefs != ""
        if not has.any():
            z = np.zeros(0, dtype=np.int64)
            return z, z, z
        s = list_items(prefs[has], LIST_SEP)
        s = s[s != ""]
        rank = s.groupby(level=0).cumcount().to_numpy() + 1
        emp = s.index.to_numpy(dtype=np.int64)
        pos = _lookup(pd.Index(self.org.positions["id"]), s)
        ok = pos >= 0
        return emp[ok], pos[ok].astype(np.int64), rank[ok]

    def preference_rank_score(self) -> np.ndarray:
        e, p, r = self.preference_pairs
        out = np.zeros(len(self.edge_emp))
        if not len(e):
            return out
        idx, ok = find_pairs(self.edge_emp, self.edge_pos, e, p)
        np.maximum.at(out, idx[ok], 1.0 / r[ok])
        return out


def _lookup(index: pd.Index, values: ArrayLike) -> np.ndarray:
    return index_of(index, values).astype(np.int32)


def jpm_reason(jpm: np.ndarray, standard_sum: np.ndarray) -> np.ndarray:
    """Why each JPM value is missing: :data:`HAS_JPM`, :data:`NOT_ASSESSED` or
    :data:`NO_STANDARD` (``standard_sum``: the post's summed required levels)."""
    out = np.where(np.isnan(jpm), NOT_ASSESSED, HAS_JPM).astype(np.int8)
    out[~(np.asarray(standard_sum) > 0)] = NO_STANDARD
    return out


def _matrix(df: pd.DataFrame, cols: list[str], blank: float) -> np.ndarray:
    """float32[rows, cols] of the competency columns; ``blank`` where empty or absent."""
    out = np.full((len(df), len(cols)), blank, dtype=np.float32)
    for j, c in enumerate(cols):
        if c in df:
            out[:, j] = np.nan_to_num(df[c].to_numpy(dtype=float), nan=blank)
    return out
