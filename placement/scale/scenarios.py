"""Several scenarios solved, each written to its own folder, at once (``placement
compare``): one task per scenario on a local Dask cluster whose workers are forked
from this process (:func:`~placement.scale.cluster.dask_client` with ``fork``), or
one after another in this process.

A task is the same work as the serial path, :func:`placement.solve` and then
:func:`placement.report.files.write_result` into the scenario's folder, so the files
are the same bytes whichever path wrote them; the Result comes back (with the tables
already built for its files) for the comparison. A scenario whose
``stability.reference`` names an earlier scenario of the list breaks its ties toward
that scenario's result (:func:`references`; in parallel its task waits for that
result), as :func:`placement.compare` does; a reference outside the list, or later
in it, is solved by the scenario's own task, as a separate :func:`placement.solve`
does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from placement.api import solve
from placement.errors import PlacementError
from placement.i18n import msg
from placement.scale.cluster import can_fork, dask_client, default_workers

if TYPE_CHECKING:
    from placement.model.result import Result
    from placement.model.scenario import Scenario

#: With fewer employees than this over all the scenarios (counted once per scenario),
#: one process. Measured on this project's 2-core machine (whole commands, 5
#: alternating pairs, the bundled scenarios of 4,500 people): two processes against
#: one took 1.15x as long for 2 scenarios, 1.07x for 4, 0.84x for 6; two solves at
#: once each run about 1.3x slower there, and the cluster's start (0.3-0.8 s) and
#: each Result's way back (0.1-0.3 s) come on top.
PARALLEL_MIN_EMPLOYEES = 20_000


def jobs_for(scenarios: Sequence[Scenario], jobs: int | None = None) -> int:
    """How many processes solve ``scenarios``: ``jobs`` when given (at most one per
    scenario); by default one per core, at most one per scenario, when workers can be
    forked here and the scenarios hold :data:`PARALLEL_MIN_EMPLOYEES` people or more
    together, else 1 (this process)."""
    if jobs is not None:
        if jobs < 1:
            raise PlacementError(msg("compare.bad_jobs", n=jobs))
        return max(1, min(jobs, len(scenarios)))
    if len(scenarios) < 2 or not can_fork():
        return 1
    people = sum(len(sc.organization().employees) for sc in scenarios)
    if people < PARALLEL_MIN_EMPLOYEES:
        return 1
    return max(1, min(default_workers(), len(scenarios)))


def solve_each(
    scenarios: Sequence[Scenario],
    folders: Sequence[str | Path] | None = None,
    write: dict[str, Any] | None = None,
    jobs: int | None = None,
    on_result: Callable[[Result], None] | None = None,
    progress: Callable[[dict], None] | None = None,
    **solve_kwargs: Any,
) -> list[Result]:
    """Solve every scenario (``solve_kwargs`` as :func:`placement.solve` takes them)
    and, with ``folders`` (one per scenario), write each result into its folder
    (``write``: the keyword arguments of :func:`~placement.report.files.write_result`
    after the folder). ``jobs``: as :func:`jobs_for`. ``on_result`` receives each
    result in the scenarios' order as soon as it and those before it are done;
    ``progress`` (the solver's live status) only reaches it in one process. The
    results, in the scenarios' order."""
    write = dict(write or {})
    targets: list[str | Path | None] = list(folders) if folders is not None else []
    targets += [None] * (len(scenarios) - len(targets))
    n = jobs_for(scenarios, jobs)
    pairs = list(zip(scenarios, targets, strict=True))
    refs = references(scenarios)
    if n == 1:
        done: list[Result] = []

        def one_by_one():
            for k, (sc, folder) in enumerate(pairs):
                j = refs[k]
                ref = done[j] if j is not None else None
                done.append(_solve_and_write(sc, folder, write, solve_kwargs, progress, ref))
                yield done[-1]

        return _in_order(one_by_one(), on_result)
    from distributed import KilledWorker  # Dask loads only here (start-up time)
    from distributed.protocol.pickle import loads  # as above

    def collect(futures):
        for (sc, _), f in zip(pairs, futures, strict=True):
            try:
                yield loads(f.result())
            except KilledWorker:
                raise PlacementError(msg("compare.worker_died", name=sc.name, n=n)) from None

    # no memory limit of Dask's (it would pause, then restart, a worker holding a
    # large scenario that one process alone may hold) and no retry of a task whose
    # process died (it died of what would end it again: memory, most likely)
    with dask_client(workers=n, fork=True, dashboard=False, memory_limit=False, retries=False) as c:
        futures: list = []
        for k, (sc, folder) in enumerate(pairs):
            # a reference scenario of the comparison reaches the task that needs it
            # (Dask waits for it), instead of being solved again there
            j = refs[k]
            ref = futures[j] if j is not None else None
            futures.append(c.submit(_packed, sc, folder, write, solve_kwargs, ref, pure=False))
        return _in_order(collect(futures), on_result)


def _in_order(results: Iterable[Result], on_result: Callable[[Result], None] | None) -> list:
    """The results as they come (in the scenarios' order), each first to ``on_result``."""
    out = []
    for r in results:
        if on_result is not None:
            on_result(r)
        out.append(r)
    return out


def references(scenarios: Sequence[Scenario]) -> list[int | None]:
    """For each scenario, the position of the earlier scenario of the list that its
    ``stability.reference`` names (the same file), else None: that result is its
    reference, as :func:`placement.compare` does, instead of a second solve of the file."""
    seen: dict[Path, int] = {}
    out: list[int | None] = []
    for k, sc in enumerate(scenarios):
        ref = sc.config.stability.reference
        out.append(seen.get(Path(ref).resolve()) if ref else None)
        if sc.path is not None:
            seen.setdefault(sc.path.resolve(), k)
    return out


def _packed(
    scenario: Scenario,
    folder: str | Path | None,
    write: dict[str, Any],
    solve_kwargs: dict[str, Any],
    reference: bytes | None = None,
) -> bytes:
    """The task of a worker: :func:`_solve_and_write`, its result (and the reference
    result it receives) pickled whole. Dask's own serialization sends each NumPy array
    of a result (22 MB, 330 frames for 4,500 people) as a frame of its own, which cost
    the bundled comparison's 2 workers and their parent 0.2 s of its 3 s. Pickled as
    Dask would (pickle, else cloudpickle)."""
    from distributed.protocol.pickle import dumps, loads  # a worker has Dask loaded (start-up time)

    ref = loads(reference) if reference is not None else None
    return dumps(_solve_and_write(scenario, folder, write, solve_kwargs, None, ref))


def _solve_and_write(
    scenario: Scenario,
    folder: str | Path | None,
    write: dict[str, Any],
    solve_kwargs: dict[str, Any],
    progress: Callable[[dict], None] | None = None,
    reference: Result | None = None,
) -> Result:
    """One task: solve (``reference``: the solved stability reference, if any), then
    write the result's files into ``folder`` (if any)."""
    from placement.report.files import write_result  # start-up time

    r = solve(scenario, progress=progress, reference=reference, **solve_kwargs)
    if folder is not None:
        write_result(r, folder, **write)
    return r


__all__ = ["PARALLEL_MIN_EMPLOYEES", "jobs_for", "references", "solve_each"]
