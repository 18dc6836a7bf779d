"""GAP-shaped problems: the dense path of :mod:`placement.solvers.gap_search` driven
by the Lagrangian run (bound, constructions, agent neighbourhoods)."""

from __future__ import annotations

import time

import numpy as np

from placement.solvers import gap_chains, gap_search
from placement.solvers.lagrange.run import _Run

#: Iterations of the ejection-chain search without a time share, at most (and at
#: most 100 per job: on tiny problems ``gap_chain_work`` alone asks for millions).
CHAIN_MAX_ITERATIONS = 10_000

#: Without a time share the chains are skipped when the best construction is already
#: this close to the bound (relative): CP-SAT, which follows, closes such gaps at once
#: (type A: 0.04-0.07 %, proved in 0.1 s, where the chains spent 3-5 s improving
#: nothing); the instances the chains help start 1-4 % away.
CHAIN_SKIP_GAP = 0.002

#: Chain runs of the path relinking without a time limit.
RELINK_RUNS = 50

#: The path relinking of the last block (``gap_block_relink``): each chain run's
#: patience per 400 jobs, like the chains' (its runs are short: d20400 fills its elite
#: set in ≈ 10 s of a 20 s block with 200, not with 500) and the share of the
#: incumbent's jobs kicked to seed the elite set (from the incumbent alone the runs
#: return the incumbent).
BLOCK_RELINK_PATIENCE = 200
BLOCK_RELINK_KICK = 0.1

#: With ``gap_chain_blocks`` > 1, the share of each block (but the relinking one) that
#: the chains may run for before the agent neighbourhoods; a stalled chain search
#: hands the rest over earlier (``gap_chain_patience``). On d801600 the chains still
#: improve at the end of a half-block (an iteration there is 20-30 ms) while the
#: neighbourhoods of the other half improve by 0-2 units.
BLOCK_CHAIN_SHARE = 0.8


def dense_search(run: _Run, d: gap_search.Dense) -> bool:
    """GAP-shaped problems (:mod:`placement.solvers.gap_search`): capacity-relaxed
    Lagrangian bound, regret and priced-repair constructions with shift/swap
    descent, the ejection-chain search (:func:`chains`), then (``lns``) CP-SAT on
    the jobs of a few agents at a time; with a time limit in ``gap_chain_blocks``
    blocks, each up to ``BLOCK_CHAIN_SHARE`` chains and the rest neighbourhoods, the last one
    (``gap_block_relink``) path relinking (:func:`relink`) instead. False when no
    construction is feasible (the flow-based path takes over)."""
    p, cfg = run.p, run.cfg
    const = int(p.constant)
    its = cfg.max_iterations
    its = 1000 if its is None else max(1, 5 * int(its))
    bound, lam, pool = gap_search.lagrangian_bound(d, its)
    if bound is None:
        return False  # a job without any option: the generic path explains
    run.raise_bound(bound + const, "lagrange: bound")
    found = False
    for lam_k in (pool or [lam])[:2]:
        if run.proven() or (run.out_of_time() and found):
            break
        R = np.where(d.allowed, d.C + lam_k * d.A, np.inf)
        for build in (gap_search.regret_construct, gap_search.priced_repair):
            x = build(d, R)
            if x is None or not d.feasible(x):
                continue
            x = gap_search.local_search(d, x, deadline=run.deadline)
            found = True
            run.offer(d.assignment(x), "lagrange: construction")
    run.log.append(
        f"lagrange: GAP-shaped, dense bound {bound + const}, best construction {run.best_cost}"
    )
    if run.best_a is None:
        return False
    lns_on = bool(cfg.lns if cfg.gap_lns is None else cfg.gap_lns)
    timed = lns_on and cfg.lns and run.deadline is not None
    blocks = max(1, int(cfg.gap_chain_blocks)) if timed else 1
    if blocks == 1:
        chains(run, d, lam)
    if cfg.gap_relink:
        relink(run, d, lam)
    if not lns_on or run.proven():
        return True
    lns = gap_search.AgentLNS(d, lam, run.seed, run.workers, cfg.gap_deterministic_time)
    max_rounds = cfg.lns_rounds
    if max_rounds is None:
        max_rounds = 3 * d.m + 10 if run.deadline is None else 10**9
    # ahead of CP-SAT on the full model (``lns`` off, ``gap_lns`` on), the
    # neighbourhoods take half of this stage's limit, leaving CP-SAT its proof time
    stop = run.deadline
    if stop is not None and not cfg.lns:
        stop = run.t0 + 0.5 * (stop - run.t0)
    if blocks == 1:
        _neighbourhoods(run, d, lns, stop, max_rounds)
    else:  # chains and neighbourhoods in turn (BLOCK_CHAIN_SHARE of a block); the last
        # block to the path relinking (on d20400 it beats a third block of both)
        assert run.deadline is not None
        t, span = time.perf_counter(), run.deadline - time.perf_counter()
        for b in range(blocks):
            if cfg.gap_block_relink and b == blocks - 1:
                relink(
                    run,
                    d,
                    lam,
                    seed=run.seed + b,
                    patience=int(BLOCK_RELINK_PATIENCE * max(1.0, d.n / gap_chains.ROWS)),
                    kick=BLOCK_RELINK_KICK,
                )
                break
            chains(run, d, lam, stop=t + span * (b + BLOCK_CHAIN_SHARE) / blocks, seed=run.seed + b)
            _neighbourhoods(run, d, lns, t + span * (b + 1) / blocks, max_rounds)
    run.log.append(
        f"lagrange: {lns.rounds} agent neighbourhood(s), "
        f"{lns.solves_optimal} proven, last size {lns.k} agents"
    )
    return True


def _neighbourhoods(
    run: _Run, d: gap_search.Dense, lns: gap_search.AgentLNS, stop: float | None, rounds: int
) -> None:
    """Agent neighbourhoods around the incumbent until ``stop`` or ``rounds``."""
    cfg = run.cfg
    if run.best_a is None:
        return
    x = d.from_assignment(run.best_a)
    while lns.rounds < rounds and not run.proven() and (stop is None or time.perf_counter() < stop):
        y, proved = lns.step(x, None if stop is None else stop - time.perf_counter())
        if y is not None and run.offer(d.assignment(y), "lagrange: neighbourhood search"):
            x = y
        if proved and lns.whole and run.best_cost is not None:
            # the neighbourhood was every job and every agent: optimal (ahead of
            # CP-SAT on the full model, hand over: it proves it from the hint)
            if not cfg.lns:
                break
            run.raise_bound(run.best_cost, "lagrange: neighbourhood search")


def chains(
    run: _Run,
    d: gap_search.Dense,
    lam: np.ndarray,
    stop: float | None = None,
    seed: int | None = None,
) -> None:
    """The ejection-chain search (:mod:`placement.solvers.gap_chains`) from the best
    construction. Ahead of the agent neighbourhoods with a time limit (``lns`` on),
    until ``gap_chain_share`` of the limit; otherwise for a fixed iteration count,
    ``gap_chain_work`` cells evaluated (iterations = that / (rows × (jobs + agents)),
    rows = min(jobs, ``gap_chains.ROWS``), at most ``CHAIN_MAX_ITERATIONS`` and 100 per
    job), only the deadline or reaching the bound stopping it earlier, and skipped when
    the construction is within ``CHAIN_SKIP_GAP`` of the bound."""
    cfg = run.cfg
    work = cfg.gap_chain_work
    if not work or run.proven() or run.best_a is None:
        return
    # with a time limit and lns: until the share of the limit (or the caller's stop);
    # otherwise a fixed iteration count
    share = stop is None and run.deadline is not None and cfg.lns and cfg.gap_lns is not False
    timed = stop is not None or share
    if not timed and run.bound is not None and run.best_cost is not None:
        if run.best_cost - run.bound <= CHAIN_SKIP_GAP * max(abs(run.bound), 1):
            run.log.append("lagrange: ejection chains skipped, construction near the bound")
            return
    if share and run.deadline is not None:
        stop = run.t0 + cfg.gap_chain_share * (run.deadline - run.t0)
    elif stop is None:
        stop = run.deadline
    rows = min(d.n, gap_chains.ROWS)
    its = max(1, min(CHAIN_MAX_ITERATIONS, 100 * d.n, int(work // (rows * (d.n + d.m + 1)))))
    if timed:
        its = 10**9
    x = d.from_assignment(run.best_a)
    scale, target = _weights_scale_and_target(run, d)
    seed = run.seed if seed is None else seed
    # with a time limit: also stop after ``gap_chain_patience`` iterations (per
    # ROWS jobs: above them an iteration sees a block of the jobs) without a better
    # feasible assignment, leaving the rest of the block to the neighbourhoods
    patience = None
    if timed and cfg.gap_chain_patience is not None:
        patience = int(cfg.gap_chain_patience * max(1.0, d.n / gap_chains.ROWS))
    res = gap_chains.chain_search(
        d, x, lam, seed, its, deadline=stop, scale=scale, target=target, patience=patience
    )
    if res.x is not None:
        run.offer(d.assignment(res.x), "lagrange: ejection chains")
    run.log.append(
        f"lagrange: ejection chains, {res.iterations} iteration(s), "
        f"{res.chains} chain move(s), best {res.cost}"
    )


def relink(
    run: _Run,
    d: gap_search.Dense,
    lam: np.ndarray,
    seed: int | None = None,
    patience: int = 500,
    kick: float = 0.0,
) -> None:
    """Path relinking over chain-search local optima
    (:func:`gap_chains.relink_search`, with its ``patience`` and ``kick``) from the
    incumbent until the deadline (with none: ``RELINK_RUNS`` chain runs)."""
    if run.proven() or run.best_a is None:
        return
    scale, target = _weights_scale_and_target(run, d)
    res = gap_chains.relink_search(
        d,
        d.from_assignment(run.best_a),
        lam,
        run.seed if seed is None else seed,
        RELINK_RUNS if run.deadline is None else 10**9,
        deadline=run.deadline,
        patience=patience,
        scale=scale,
        target=target,
        kick=kick,
    )
    if res.x is not None:
        run.offer(d.assignment(res.x), "lagrange: path relinking")
    run.log.append(f"lagrange: path relinking, {res.runs} chain run(s), elite {res.elite}")


def _weights_scale_and_target(run: _Run, d: gap_search.Dense) -> tuple[float, float | None]:
    """For the chain searches: the scale of the initial weights (above ``ROWS`` jobs a
    first descent from the multipliers alone dives far into overload, d60900: 1,300
    units, before the weights bring it back: start higher) and the target (the bound,
    in the dense problem's costs: the search stops there)."""
    scale = 1.0 if d.n <= gap_chains.ROWS else 2.0
    return scale, None if run.bound is None else run.bound - int(run.p.constant)
