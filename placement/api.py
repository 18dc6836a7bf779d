"""The public functions: solve and compare (the CLI calls exactly these)."""

from __future__ import annotations

import copy
import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import ValidationError

from placement.diagnose import diagnose
from placement.errors import PlacementError, ScenarioError
from placement.i18n import first_of, join, msg, person
from placement.keeping import keep_displaced
from placement.model import extension
from placement.model.changes import (
    classify_differences,
    joined_posts,
    placed_apart,
    touched_units,
)
from placement.model.check import violations
from placement.model.compile import Compiled
from placement.model.config import SolverSettings
from placement.model.decisions import kept_apart
from placement.model.problem import Problem
from placement.model.result import Result
from placement.model.scenario import Scenario, load_scenario
from placement.relax import RELAXABLE, describe, relax_problem
from placement.solvers import flow_again, get_solver
from placement.solvers.base import SolveOptions, SolveOutcome, Solver, Status
from placement.solvers.flow import break_ties


def solve(
    target: Scenario | Problem | Compiled | str | Path,
    solver: str | None = None,
    time_limit: float | None = None,
    seed: int | None = None,
    workers: int | None = None,
    progress: Callable[[dict], None] | None = None,
    relax: bool = False,
    reference: Result | None = None,
) -> Result:
    """Solve a scenario (object or file path) or a compiled Problem.

    ``solver`` is a registered name ("flow", "cp-sat", "greedy", "lagrange"), a
    Solver instance, or "auto" (:class:`placement.solvers.auto.AutoSolver`: exact flow
    when the problem is a network, otherwise Lagrangian pricing, then CP-SAT hinted
    with its placement). Settings left as None come from the scenario's ``solver``
    section. ``time_limit`` bounds the solving on the wall clock: from the compiled
    problem on, CP-SAT model building, diagnosis, a relaxed re-run and the rounds
    that give seats back included (reading and compiling the scenario, and solving a
    stability reference, are not).

    With ``relax=True``, when the hard rules cannot all hold, the conflicting ones
    (see ``Result.conflicts``) become soft with a penalty above any other gain, the
    problem is solved again, and ``Result.relaxations`` lists what was broken and by
    how much.

    A seat of an over-filled post that its holders who meet the rules leave empty goes
    back to the holders who yielded it (``qualified_holders_first``), next in turn,
    and the scenario is compiled and solved again (``eligibility.give_back_rounds``
    rounds at most, in the same time limit). A ``Compiled`` or ``Problem`` target is
    solved as it is: there is no scenario to compile again (the result warns about
    such a seat instead).

    Among equally good placements the one closest to a reference placement is
    returned (:mod:`placement.model.stability`): ``reference`` (a solved Result), else
    the scenario's ``stability.reference`` scenario file (solved first), else
    everybody's current post.

    Returns a :class:`Result`; sub-optimal and infeasible outcomes are statuses, not
    exceptions. Raises :class:`PlacementError` subclasses for bad input, and when a
    named solver cannot express the problem (:class:`UnsupportedProblemError`).
    """
    _check_overrides(time_limit=time_limit, seed=seed, workers=workers)
    if isinstance(target, str | Path):
        target = load_scenario(target)
    compiled = None
    ref_ids = None
    warnings: list[str] = []
    if isinstance(target, Scenario):
        cfg = target.config.solver
        solver = solver if solver is not None else cfg.name
        time_limit = time_limit if time_limit is not None else cfg.time_limit
        seed = seed if seed is not None else cfg.seed
        workers = workers if workers is not None else cfg.workers
        if reference is None and target.config.stability.reference:
            reference = _reference_result(target, solver, time_limit, seed, workers)
        ref_ids = placed_by_id(reference) if reference is not None else None
        compiled = target.compile(ref_ids)
        warnings = _warnings_of(compiled)
    elif isinstance(target, Compiled):
        compiled = target
    if compiled is not None:
        problem = compiled.problem
    elif isinstance(target, Problem):
        problem = target
    else:
        raise PlacementError(msg("solve.bad_target", type=type(target).__name__))
    solver = solver or "auto"
    # one budget for the whole solve: both runs with ``relax``, diagnosis between them
    options = SolveOptions(
        time_limit=time_limit, seed=seed or 0, workers=workers or 1, progress=progress
    ).started()
    outcome, reason = _run(problem, solver, options)
    if isinstance(target, Scenario) and compiled is not None and outcome.assignment is not None:
        unmet = _excess_unmet(compiled, outcome.assignment)
        if unmet is not None:  # the rule set aside where the plan does not bear it out
            target = target.with_settings(eligibility={"retirement_meets_cut": False})
            compiled = target.compile(ref_ids)
            problem = compiled.problem
            warnings = [*_warnings_of(compiled), unmet]
            outcome, reason = _run(problem, solver, options)
    before: list[Result] = []  # the placements before holders were kept pending
    if isinstance(target, Scenario) and compiled is not None and outcome.assignment is not None:
        compiled, outcome, reason, reclaim = _give_seats_back(
            target, ref_ids, compiled, outcome, reason, solver, options
        )

        def run(p: Problem, hint: np.ndarray) -> SolveOutcome | None:
            left = options.remaining()
            if left is not None and left <= 0:
                return None
            return _run(p, solver, dataclasses.replace(options, hint=hint))[0]

        def recompile(pending: np.ndarray, late=None, sc: Scenario = target) -> Compiled:
            return sc.compile(ref_ids, reclaim=reclaim, pending=pending, late=late)

        kept = keep_displaced(compiled, outcome, recompile, run)
        if kept is not None:
            before = [Result(c.problem, o, reason, c) for c, o in kept.before]
            compiled, outcome = kept.compiled, kept.outcome
            # the optimum proven is the new problem's, with them fixed: said (review 107)
            reason = _kept_reason(compiled, outcome.assignment, reason)
        problem = compiled.problem
    conflicts: list = []
    relaxations: list[str] = []
    if outcome.status is Status.INFEASIBLE:
        conflicts = diagnose(problem, compiled)
        if relax:
            kinds = {c.kind for c in conflicts} or set(RELAXABLE)
            original = problem
            problem, done = relax_problem(problem, kinds)
            outcome, reason = _run(problem, solver, options)  # what is left of the budget
            reason = msg("reason.relaxed", reason=reason, done=join(", ", done))
            if outcome.assignment is not None:
                relaxations = describe(original, outcome.assignment)
    if outcome.assignment is not None:
        broken = violations(problem, outcome.assignment)
        if broken:
            raise PlacementError(
                msg("solve.broken_rules", solver=outcome.solver, broken="; ".join(broken))
            )
        recomputed = problem.cost_of(outcome.assignment)
        if outcome.cost != recomputed:
            raise PlacementError(
                msg(
                    "solve.bad_cost",
                    solver=outcome.solver,
                    cost=outcome.cost,
                    recomputed=recomputed,
                )
            )
        if compiled is not None:
            warnings += _seats_left_by_yielding(compiled, outcome.assignment)
    if compiled is not None and problem is not compiled.problem:
        compiled = copy.copy(compiled)
        compiled.problem = problem
    return Result(problem, outcome, reason, compiled, warnings, conflicts, relaxations, before)


def _kept_reason(compiled: Compiled, a: np.ndarray | None, reason: str) -> str:
    """``reason`` with how many holders the last solve fixed in their own posts: those
    kept pending the PPK (the decisions list's rows, :func:`kept_apart`; review 111 M4:
    "74 … the decisions list names them", of whom it named 73), those kept so whom the
    plan then seats within their post's formasi, others of its holders moving elsewhere
    (no row of the list; review 114 H2: counted as none, "with 0 holder(s) … pending"),
    and those given a seat of their post another's move would have taken; and the
    officials a move of whose was left out as it would have waited for a seat too long
    (the JF entry age)."""
    ctx = compiled.context
    assert ctx.seated is not None and ctx.pending is not None  # set by the compile
    over, seat = kept_apart(compiled, a)
    listed = over | seat
    within = ctx.pending & ~ctx.seated & ~listed
    late = ctx.late_post >= 0 if ctx.late_post is not None else np.zeros(len(listed), bool)
    # of those listed, how many over formasi and how many in a seat that asks a licence
    # they lack (review 118 L2: "73 … kept pending the PPK" here, 45 in the summary,
    # which counts those over formasi; the 28 others are in its licence sentence)
    kinds = (
        msg("reason.kept_after_kinds", over=int(over.sum()), seat=int(seat.sum()))
        if over.any() and seat.any()
        else ""
    )
    parts = [
        msg(key, n=n, kinds=kinds)
        for key, n in (
            ("reason.kept_after_pending", int(listed.sum())),
            ("reason.kept_after_within", int(within.sum())),
            ("reason.kept_after_seated", int((ctx.seated & ~late).sum())),
            ("reason.kept_after_late", int(late.sum())),
        )
        if n
    ]
    if not parts:  # nobody fixed in their post in the end: the reason as it was
        return reason
    kept = parts[0]
    for part in parts[1:]:
        kept = msg("reason.kept_after_and", first=kept, then=part)
    return msg("reason.kept_after", reason=reason, kept=kept)


def _warnings_of(compiled: Compiled) -> list[str]:
    """The warnings of reading the organisation and of compiling the scenario."""
    return list(compiled.org.warnings) + list(compiled.warnings)


def _excess_unmet(compiled: Compiled, a: np.ndarray) -> str | None:
    """Why ``eligibility.retirement_meets_cut`` does not hold in placement ``a``
    (None where it does): a holder it kept over formasi whose hold a unit's cap, a
    budget or a minimum fill let go (review 166 H1: a retiring holder in a capped unit
    was left without a post), or one ``keep_incumbents`` left to it unpinned that it did
    not hold (review 169 H1), or a post it closed to others that ends below its formasi,
    its other holders having left (review 166 H2: a new hire was turned away from a seat
    left empty). The scenario is then solved again with the rule off."""
    ctx = compiled.context
    rule = ctx.over_cut_rule
    # one keep_incumbents left to the rule, unpinned, whom it did not hold (a unit's cap
    # with no room for one more over formasi; review 169 H1)
    deferred = ctx.kept_deferred
    if deferred is not None and rule is not None and (deferred & ~rule).any():
        return msg("solve.excess_unheld", n=int((deferred & ~rule).sum()))
    if rule is None or not rule.any():
        return None
    if ctx.over_cut is not None and (rule & ~ctx.over_cut).any():
        return msg("solve.excess_unheld", n=int((rule & ~ctx.over_cut).sum()))
    shut = ctx.cut_closed
    if shut is None:
        return None
    a = np.asarray(a, dtype=np.int64)
    posts = np.flatnonzero(shut > 0)
    held = np.bincount(a[a >= 0], minlength=ctx.n_positions)[posts]
    short = posts[held < ctx.pos("headcount")[posts]]
    if not len(short):
        return None
    return msg("solve.excess_short", posts=", ".join(str(ctx.pos_ids[q]) for q in short))


def _give_seats_back(
    scenario: Scenario,
    ref_ids: dict[str, str] | None,
    compiled: Compiled,
    outcome: SolveOutcome,
    reason: str,
    solver: str | Solver,
    options: SolveOptions,
) -> tuple[Compiled, SolveOutcome, str, np.ndarray | None]:
    """Seats of a post left empty by their holders (a better post elsewhere) go back
    to its holders who yielded it to those who meet its rules
    (``qualified_holders_first``), in the post's ranking: compiled again with their
    edge back and solved again, in the budget left: by the flow from the optimum
    before where it applies (:mod:`placement.solvers.flow_again`: exact, a fraction
    of a solve), else from scratch with the placement before as a hint. A round is
    kept only when no post it gives back keeps fewer of its holders who meet the
    rules (they still come first), and the cost and the status are no worse. Also
    returns the holders given their seat back in the compile returned (None: none)."""
    reclaim = None
    kept = None  # the reclaim of the rounds kept
    scratch = outcome.seconds  # a solve from scratch: the first one
    # each round a compile and a solve: a holder given a seat back may still leave it
    # for a better post, freeing it for the next
    for _ in range(compiled.config.eligibility.give_back_rounds):
        left = options.remaining()
        if left is not None and left <= 0:  # the time limit is spent: warn instead
            break
        back = _seats_to_give_back(compiled, outcome.assignment)
        before = outcome.assignment
        if back is None or before is None:
            break
        new = back if reclaim is None else back & ~reclaim  # given back in this round
        reclaim = back if reclaim is None else reclaim | back
        again = scenario.compile(ref_ids, reclaim=reclaim)
        placed = np.flatnonzero(before >= 0)
        if (again.problem.pair_edges(placed, before[placed]) < 0).any():
            # a seat given back can shut pairs too: the holder given it back counts in
            # the post again, which changes the costs the staying rule compares
            # (qualified_holders_stay keeps a holder against a pair that costs more,
            # and skp_seat charged entering a post so counted as over-filled). The
            # placement so far is then no placement of the new problem: neither its
            # hint nor its cost compares; keep it and warn (the README's sweep of
            # replace at continuity 0 stopped on it at e7c12bf)
            break
        out = _flow_again(again, compiled, outcome, new, solver, options, scratch)
        why = reason
        if out is None:
            # the placement so far still holds (checked above): a hint
            out, why = _run(again.problem, solver, dataclasses.replace(options, hint=before))
        if out.assignment is None or np.array_equal(out.assignment, before):
            break  # nothing given back takes a seat: keep the warning
        # compared in the new problem: with objective priorities the levels' weights
        # depend on the edges, so the two problems' costs are not comparable
        if out.cost is None or out.cost > again.problem.cost_of(before):
            break
        if outcome.status is Status.OPTIMAL and out.status is not Status.OPTIMAL:
            break
        if not _qualified_stay(compiled, before, out.assignment, back):
            break
        compiled, outcome, reason, kept = again, out, why, reclaim
    return compiled, outcome, reason, kept


def _flow_again(
    again: Compiled,
    compiled: Compiled,
    outcome: SolveOutcome,
    new: np.ndarray,
    solver,
    options: SolveOptions,
    scratch: float,
) -> SolveOutcome | None:
    """The optimum of ``again`` (``compiled`` with the edges of ``new``, the holders
    given their post back in this round) from the flow optimum before, by
    :func:`~placement.solvers.flow_again.solve_again`, in no more than ``scratch``
    seconds (what the first solve took); None when the round is to be solved from
    scratch (another solver, the method does not apply, or it took too long)."""
    if solver not in ("auto", "flow") or outcome.solver != "flow":
        return None
    if outcome.status is not Status.OPTIMAL or outcome.assignment is None:
        return None
    t0 = time.perf_counter()
    p = again.problem
    cur = p.current_pos[p.edge_emp]
    added = new[p.edge_emp] & (p.edge_pos == cur)
    # never longer than a solve from scratch is expected to take, nor past the limit
    left = options.remaining()
    seconds = scratch if left is None else min(scratch, left)
    got = flow_again.solve_again(p, compiled.problem, outcome.assignment, added, seconds)
    if got is None:
        return None
    a, moved = got
    # that optimum is the folded costs' (as many tie levels as fit in them): the
    # tie-break's second stage gives the lexicographic one, as the first solve did
    tied = break_ties(p, a)
    if tied is not None:
        a = tied[0]
        moved = int((a != outcome.assignment).sum())
    cost = p.cost_of(a)
    log = [*outcome.log, f"solved again from the placement before: {moved} people moved"]
    return SolveOutcome(
        Status.OPTIMAL, a, cost, cost, "flow", time.perf_counter() - t0, "", log, outcome.reason
    )


def _seats_to_give_back(compiled: Compiled, a: np.ndarray | None) -> np.ndarray | None:
    """Who is given back their post (bool per employee, those given back before
    included): per post with empty seats, as many of the holders who yielded it as it
    has empty seats, best ranked first; None when there is none."""
    ctx, p = compiled.context, compiled.problem
    y, rank = ctx.yields_own_post, ctx.yield_rank
    if a is None or y is None or rank is None or not y.any():
        return None
    cur = ctx.emp("current_pos").astype(np.int64)
    free = _free_seats(p, a)
    who = np.flatnonzero(y & ~_unlicensed(ctx))  # a licensed seat: not theirs to take
    who = who[free[cur[who]] > 0]
    if not len(who):
        return None
    who = who[np.lexsort((rank[who], cur[who]))]
    post = cur[who]
    place = np.arange(len(who)) - np.searchsorted(post, post)
    back = np.zeros(ctx.n_employees, dtype=bool) if ctx.reclaimed is None else ctx.reclaimed.copy()
    back[who[place < free[post]]] = True
    return back


def _unlicensed(ctx) -> np.ndarray:
    """bool per employee: yields their post for want of its profession's licence."""
    u = ctx.yields_unlicensed
    return np.zeros(ctx.n_employees, dtype=bool) if u is None else u != ""


def _free_seats(p: Problem, a: np.ndarray) -> np.ndarray:
    """Per position, its seats no one holds in placement ``a``."""
    return np.maximum(np.asarray(p.capacity) - np.bincount(a[a >= 0], minlength=p.n_positions), 0)


def _qualified_stay(compiled: Compiled, before: np.ndarray, after: np.ndarray, back) -> bool:
    """No post given back keeps fewer of its holders who meet its rules than before."""
    ctx = compiled.context
    meets = ctx.meets_own_post
    if meets is None:
        return True
    cur = ctx.emp("current_pos").astype(np.int64)
    m = compiled.problem.n_positions
    kept = [np.bincount(cur[meets & (a == cur)], minlength=m) for a in (before, after)]
    posts = np.unique(cur[back])
    return bool((kept[1][posts] >= kept[0][posts]).all())


def yielded_seats_free(compiled: Compiled, a: np.ndarray) -> np.ndarray:
    """The holders (indices) who gave up their functional post to its holders who meet
    its rules (``qualified_holders_first``) while a seat of it stays empty in placement
    ``a``, and those given a seat back yet placed nowhere: the seats are counted
    before the solve, and a holder who meets the rules may leave for a better post."""
    ctx, p = compiled.context, compiled.problem
    y = ctx.yields_own_post
    if y is None:
        return np.zeros(0, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    y = y & ~_unlicensed(ctx)  # their seat is for one who holds the licence
    if ctx.reclaimed is not None:  # given a seat back, yet placed nowhere
        y = y | (ctx.reclaimed & (a < 0))
    who = np.flatnonzero(y)
    return who[_free_seats(p, a)[cur[who]] > 0]


def _seats_left_by_yielding(compiled: Compiled, a: np.ndarray) -> list:
    """A warning naming the holders of :func:`yielded_seats_free`."""
    who = yielded_seats_free(compiled, a)
    if not len(who):
        return []
    ctx, p = compiled.context, compiled.problem
    cur = ctx.emp("current_pos").astype(np.int64)
    names = compiled.org.employees["name"] if "name" in compiled.org.employees else None
    people = [
        msg(
            "warn.yielded_one",
            who=person(None if names is None else names.iloc[i], ctx.emp_ids[i]),
            position=p.label("position", cur[i]),
        )
        for i in who.tolist()
    ]
    return [msg("warn.yielded_seat_free", n=len(who), people=first_of(people, 5))]


def _check_overrides(**given) -> None:
    """Settings given to :func:`solve` (the CLI's options) pass the checks a scenario
    file's ``solver`` section does."""
    given = {k: v for k, v in given.items() if v is not None}
    try:
        SolverSettings.model_validate(given)
    except ValidationError as exc:
        raise ScenarioError(
            [
                msg(
                    "limits.option",
                    option="--" + str(e["loc"][0]).replace("_", "-"),
                    value=e.get("input"),
                    error=e["msg"],
                )
                for e in exc.errors()
            ]
        ) from None


def placed_by_id(result: Result) -> dict[str, str] | None:
    """``{employee id: position id, "" if unplaced}`` of a solved result (None if it
    has no placement); a holder kept in a post the result's ``merge_positions`` joined
    into another is given the post they hold as the data reads it."""
    if result.assignment is None or result.compiled is None:
        return None
    pl = result.placements
    placed = dict(zip(pl["employee_id"].tolist(), pl["position"].tolist(), strict=True))
    plan = result.compiled.plan
    if plan.merged:
        # a holder the reference keeps in a post its merge_positions joined holds it
        # there: the post as the data reads it, which a scenario not joining it has
        # (review 153 L3)
        ids = pl["employee_id"].astype(str).to_numpy(dtype=object)
        was = plan.joined_held(ids)
        for k in np.flatnonzero(was != "").tolist():
            e, q = ids[k], was[k]
            if placed.get(e) == plan.merged[q][0]:
                placed[e] = q
    return placed


#: reference results solved in this process, by scenario file (path, mtime, size)
_REFERENCES: dict[tuple, Result] = {}


def _reference_result(scenario: Scenario, solver, time_limit, seed, workers) -> Result:
    """The placement named by ``stability.reference`` (solved once per process)."""
    assert scenario.config.stability.reference is not None  # solve() checked it
    path = Path(scenario.config.stability.reference)
    if not path.is_file():
        raise PlacementError(msg("stability.reference_missing", source=scenario.source, path=path))
    if scenario.path is not None and path.resolve() == scenario.path.resolve():
        raise PlacementError(msg("stability.reference_self", source=scenario.source))
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key not in _REFERENCES:
        if key in _SOLVING:  # a → b → a: the chain of references never ends
            raise PlacementError(
                msg("stability.reference_cycle", source=scenario.source, path=path.name)
            )
        _SOLVING.add(key)
        try:
            _REFERENCES[key] = solve(
                path, solver=solver, time_limit=time_limit, seed=seed, workers=workers
            )
        finally:
            _SOLVING.discard(key)
    return _REFERENCES[key]


_SOLVING: set[tuple] = set()


def _run(problem: Problem, solver: str | Solver, options: SolveOptions) -> tuple[SolveOutcome, str]:
    """The solver's outcome and why it was used (a policy solver such as "auto" says
    which path it took)."""
    s = get_solver(solver)
    out = s.solve(problem, options)
    return out, out.reason or msg("reason.requested", solver=s.name)


#: comparison KPIs on how each scenario differs from the scenario it is compared with
#: (:attr:`Comparison.bases`: the one it extends, else the first)
CHANGE_KPIS = (
    "compared_with",
    "differences_from_first",
    "differences_in_touched_units",
    "knock_on_differences",
)


@dataclass
class Comparison:
    """Scenarios side by side: ``kpis`` (one column per scenario) and ``differences``
    (employees placed differently in at least two solved scenarios; one column
    ``position:<scenario>`` each)."""

    results: list[Result]

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.results]

    @property
    def kpis(self) -> pd.DataFrame:
        """KPI × scenario table, KPIs in the order results report them, then the
        scenario each is compared with (:attr:`bases`) and how many people it places
        differently from that one, split into those in the units its operations
        touched and knock-on moves elsewhere."""
        order: list[str] = []
        for r in self.results:
            order += [k for k in r.kpis if k not in order]
        df = pd.DataFrame({r.name: pd.Series(r.kpis, dtype=object) for r in self.results})
        # the KPIs an extension measures for the scenarios that lack them, as another's
        # (the workload analysis: every scenario by the one ABK)
        for name, values in self.compared[0].items():
            order += [k for k in values if k not in order]
            for k, v in values.items():
                if k not in df.index or df[name].get(k) is None or pd.isna(df[name].get(k)):
                    df.loc[k, name] = v
        df = df.reindex(order)
        ch = self.changes
        if len(ch):
            extra = ch.set_index("scenario")[list(CHANGE_KPIS)].T.astype(object)
            df = pd.concat([df, extra.reindex(columns=df.columns)])
        df.index.name = "kpi"
        return df

    @cached_property
    def compared(self) -> tuple[dict[str, dict], list]:
        """The extensions' ``compared_kpis``: per scenario, the KPIs measured for it as
        for another that has them, and the notes that say how (the report shows them
        under its key indicators)."""
        values: dict[str, dict] = {}
        notes: list = []
        for fill in extension.hooks("compared_kpis"):
            got, said = fill(self.results)
            for name, kpis in got.items():
                values.setdefault(name, {}).update(kpis)
            notes += said
        return values, notes

    @cached_property
    def bases(self) -> dict[str, str]:
        """Per scenario after the first: the scenario its differences are counted
        from, the nearest of its ``extends`` chain in the comparison, else the first
        (review 36: merge, which extends replace, was shown 144 "knock-on moves" that
        were replace's own; it differs from replace in 13 people)."""
        files = [r.compiled.sources[0] for r in self.results if r.compiled and r.compiled.sources]
        own = {  # a file that two results were solved from names neither
            r.compiled.sources[0]: r.name
            for r in self.results
            if r.compiled is not None
            and r.compiled.sources
            and files.count(r.compiled.sources[0]) == 1
        }
        solved = {r.name for r in self.results if r.assignment is not None}
        out = {}
        for r in self.results[1:]:
            chain = r.compiled.sources[1:] if r.compiled is not None else []
            out[r.name] = next(
                (own[f] for f in chain if own.get(f, r.name) != r.name and own[f] in solved),
                self.results[0].name,
            )
        return out

    def _pairs(self) -> list[tuple[Result, Result]]:
        """(base, scenario) of each solved scenario after the first whose base is
        solved (:attr:`bases`)."""
        by_name = {r.name: r for r in self.results}
        out = []
        for r in self.results[1:]:
            base = by_name[self.bases[r.name]]
            if any(x.compiled is None or x.assignment is None for x in (base, r)):
                continue
            out.append((base, r))
        return out

    @cached_property
    def changes(self) -> pd.DataFrame:
        """Per scenario after the first: ``compared_with`` (:attr:`bases`),
        ``differences`` (people placed differently from that scenario),
        ``in_touched_units`` (of those, the ones whose old or new post, or current
        unit, lies in a unit that the two scenarios' organisations differ in),
        ``knock_on`` (the rest) and ``touched_units`` (those units)."""
        rows = []
        for base, r in self._pairs():
            assert base.compiled is not None and r.compiled is not None  # _pairs kept them
            touched = touched_units(base.compiled.plan, r.compiled.plan)
            kind = classify_differences(base, r, touched)
            # with no unit changed (the scenarios differ in their rules or objective
            # only: `replace` against `baseline`) no difference is a knock-on of a
            # change elsewhere: the split is not given (review 100 M8: replace's 104
            # differences read "knock-on moves elsewhere")
            split = bool(touched)
            rows.append(
                {
                    "scenario": r.name,
                    "compared_with": base.name,
                    "differences_from_first": int((kind != "").sum()),
                    "differences_in_touched_units": int((kind == "touched unit").sum())
                    if split
                    else None,
                    "knock_on_differences": int((kind == "knock-on").sum()) if split else None,
                    "touched_units": ", ".join(sorted(touched)),
                }
            )
        return pd.DataFrame(rows, columns=["scenario", *CHANGE_KPIS, "touched_units"])

    @property
    def differences(self) -> pd.DataFrame:
        """Employees placed differently in at least two solved scenarios: ``employee_id``,
        ``name`` and ``current_position`` (those the first result has), then one column
        ``position:<scenario>`` per solved scenario. Built once (the CSV, the workbook and
        the page all read it); each caller gets a shallow copy (copy-on-write)."""
        return self._differences.copy(deep=False)

    @cached_property
    def _differences(self) -> pd.DataFrame:
        if not self.results or self.results[0].compiled is None:
            return pd.DataFrame()
        base = self.results[0].placements
        cols = ["employee_id"] + [c for c in ("name", "current_position") if c in base]
        out = base[cols].copy()
        positions = []
        solved = [r for r in self.results if r.assignment is not None]
        for r in solved:
            pl = r.placements.set_index("employee_id")["position"].replace("", "(unplaced)")
            col = out["employee_id"].map(pl).fillna("(not in scenario)")
            out[f"position:{r.name}"] = col.to_numpy()
            positions.append(col.to_numpy(dtype=object))
        if not positions:
            return out.iloc[:0]
        stack = np.stack(positions, axis=1)
        differs = (stack != stack[:, :1]).any(axis=1)
        if joined_posts(solved):  # a post merge_positions joined: the same seat, per pair
            differs[:] = False
            for i in range(len(solved)):
                for j in range(i + 1, len(solved)):
                    differs |= placed_apart(solved[i], solved[j], positions[i], positions[j])
        return out[differs].reset_index(drop=True)

    @cached_property
    def difference_kinds(self) -> pd.DataFrame:
        """For the employees of :attr:`differences`: per scenario after the first, a
        column ``change:<scenario>`` against the scenario it is compared with
        (:attr:`bases`): "touched unit" (a difference in a unit the scenario's
        organisation changed), "knock-on" (elsewhere), "rules" (no unit changed: the
        two differ in their rules, objective or pins to own posts) or "" (same post)."""
        d = self.differences
        out = d[["employee_id"]].copy() if "employee_id" in d else pd.DataFrame()
        for base, r in self._pairs():
            assert base.compiled is not None and r.compiled is not None  # _pairs kept them
            touched = touched_units(base.compiled.plan, r.compiled.plan)
            kind = classify_differences(base, r, touched)
            out[f"change:{r.name}"] = out["employee_id"].map(kind).fillna("").to_numpy()
        return out

    def __repr__(self) -> str:
        return f"<Comparison of {len(self.results)} scenarios: {', '.join(self.names)}>"


def compare(items: Sequence[Result | Scenario | str | Path], **solve_kwargs) -> Comparison:
    """Solve what is not yet solved and put the results side by side.

    A scenario whose ``stability.reference`` is another scenario of the comparison
    breaks its ties toward that scenario's result (solved once)."""
    results: list[Result] = []
    by_path: dict[Path, Result] = {}
    organizations: dict = {}  # scenarios on the same data files read them once
    for it in items:
        if isinstance(it, Result):
            results.append(it)
            continue
        sc = load_scenario(it, organizations) if isinstance(it, str | Path) else it
        ref = sc.config.stability.reference
        kw = dict(solve_kwargs)
        if ref and Path(ref).resolve() in by_path:
            kw["reference"] = by_path[Path(ref).resolve()]
        r = solve(sc, **kw)
        if sc.path is not None:
            by_path[sc.path.resolve()] = r
        results.append(r)
    names = [r.name for r in results]
    if len(set(names)) != len(names):
        raise PlacementError(msg("solve.names_differ", names=names))
    return Comparison(results)


__all__ = ["Comparison", "Status", "compare", "solve"]
