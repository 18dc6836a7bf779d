"""Where sweep tasks run: a Dask ``distributed`` client.

A client passed in by the caller is used as it is and left open. Otherwise, with a
scheduler address, a client of that cluster (closed at the end; the cluster stays);
without one, a :class:`distributed.LocalCluster` of ``workers`` processes (one per
core by default), one thread each (a solve is single-threaded numpy and OR-Tools, and
processes keep it clear of the GIL), bound to 127.0.0.1, closed at the end.

``fork=True`` (where the platform can fork: :func:`can_fork`) makes the workers by
forking this process instead of starting fresh interpreters: they start with every
module this process has imported and its registered extensions, in about 0.3 s
instead of 3-6 s of interpreter start and imports on this project's 2-core machine
(``placement compare``, whose scenarios take seconds, uses it).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from placement.errors import PlacementError
from placement.i18n import msg

#: Settings of placement's own LocalCluster. A solve is one long task of large numpy
#: arrays: the workers' 10 ms stack sampling (for the dashboard's profile page) only
#: takes the GIL from it, and Dask's default ``MALLOC_TRIM_THRESHOLD_=65536`` in a
#: worker's environment fixes glibc's mmap threshold at 128 KiB, so every array is a
#: fresh mmap: 5x the page faults and +25 % CPU per variant (measured on a 10k sweep
#: variant: 0.66 -> 0.84 s). ``None`` unsets it: glibc's adaptive default, as in the
#: serial run.
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

if TYPE_CHECKING:
    from distributed import Client


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@contextmanager
def dask_client(
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    say: Callable[[str], None] | None = None,
    fork: bool = False,
    dashboard: bool = True,
    memory_limit: bool = True,
    retries: bool = True,
) -> Iterator[Client]:
    """Yield a ``distributed.Client`` (see the module docstring); ``say`` receives one
    line naming the cluster and its dashboard link. The rest concern placement's own
    LocalCluster only: ``fork`` (see the module docstring), ``dashboard`` (one on a
    free port), ``memory_limit`` (Dask's: each worker paused, then restarted, at a
    share of the machine's memory; off, a worker may take what one process alone
    would), ``retries`` (Dask's: a task whose worker died runs again elsewhere, up to
    3 times; off, the caller gets ``KilledWorker`` at once)."""
    if client is not None:
        _announce(client, say, None)
        yield client
        return
    from distributed import Client, LocalCluster  # Dask loads when a sweep runs (start-up time)

    if scheduler:
        try:
            own = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise PlacementError(msg("sweep.no_scheduler", address=scheduler, error=exc)) from None
        try:
            _announce(own, say, None)
            yield own
        finally:
            own.close()
        return
    n = workers or default_workers()
    if n < 1:
        raise PlacementError(msg("sweep.bad_workers", n=n))
    import dask.config  # as above

    # Logs at CRITICAL only: a task's error reaches the caller as its exception, and at
    # shutdown (Ctrl-C above all) a worker whose heartbeat races the closing scheduler
    # logs an ERROR with a traceback that tells a planner nothing
    config: dict[str, object] = dict(WORKER_CONFIG)
    if fork and can_fork():
        config["distributed.worker.multiprocessing-method"] = "fork"
    if not retries:
        config["distributed.scheduler.allowed-failures"] = 0
    limit: dict[str, object] = {} if memory_limit else {"memory_limit": 0}
    with _quiet(fork and can_fork()):
        with dask.config.set(config), _no_sigint(), _no_dask_trim():
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0" if dashboard else None,
                # the scheduler's HTTP server (health routes) runs without a dashboard
                # too, on 8787 by default: a second cluster on the machine (two
                # commands at once) printed Dask's "Port 8787 is already in use"
                scheduler_kwargs={"dashboard": dashboard, "dashboard_address": "127.0.0.1:0"},
                silence_logs=logging.CRITICAL,
                **limit,
            )
        own = Client(cluster)
        try:
            _announce(own, say, n)
            yield own
        finally:
            own.close()
            cluster.close()


@contextmanager
def _quiet(forking: bool):
    """With ``forking``, for the local cluster's whole life (a worker that dies is
    forked again): the ``distributed`` logger passes nothing below CRITICAL, in this
    process and (inherited) in the workers. A fork copies whatever lock another thread
    holds at that moment, a log stream's among them: a worker forked while the
    scheduler's thread was writing a log line waited on that lock for ever when it
    logged its own start (seen under pytest, whose log handlers stay on)."""
    logger = logging.getLogger("distributed")
    level = logger.level
    if forking:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def can_fork() -> bool:
    """Whether worker processes may be forked here: Linux only (macOS can fork, but its
    system libraries are not safe in a forked child of a threaded process; Windows
    cannot)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def _no_sigint() -> Iterator[None]:
    """Start worker processes that ignore SIGINT (they inherit it): Ctrl-C on a
    terminal reaches the whole process group, and only this process should act on it
    (keep what is done, close the cluster) instead of every worker printing its own
    KeyboardInterrupt."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


@contextmanager
def _no_dask_trim() -> Iterator[None]:
    """Start workers without the ``MALLOC_TRIM_THRESHOLD_`` that an earlier Dask
    cluster of this process left in its environment (a Nanny sets its pre-spawn
    variables in the parent's ``os.environ``, and children inherit them)."""
    key = "MALLOC_TRIM_THRESHOLD_"
    left = os.environ.get(key)
    if left != "65536":  # not Dask's default: the user's own setting, kept
        yield
        return
    del os.environ[key]
    try:
        yield
    finally:
        os.environ[key] = left


def _announce(client: Client, say: Callable[[str], None] | None, n: int | None) -> None:
    if say is None:
        return
    link = getattr(client, "dashboard_link", "") or ""
    workers = n if n is not None else len(client.scheduler_info().get("workers", {}))
    assert client.scheduler is not None  # a connected client
    say(msg("sweep.cluster", address=client.scheduler.address, workers=workers, link=link or "-"))


__all__ = ["can_fork", "dask_client", "default_workers"]
