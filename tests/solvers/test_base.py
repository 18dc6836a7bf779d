"""Ctrl-C during a solve returns the best placement found so far, marked as such."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

import placement
from placement.model.check import violations
from placement.model.gap import load_instance
from placement.solvers.base import Status, interruptible


def test_interruptible_calls_stop_instead_of_raising():
    stopped = []
    with interruptible(lambda: stopped.append(True)) as flag:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)
    assert flag[0] and stopped == [True]


def test_ctrl_c_during_cp_sat_keeps_best_placement():
    """Ctrl-C as soon as the solver reports a first placement (not after a fixed time:
    on a busy machine that can come before any placement is found)."""
    problem = load_instance("d20200", "min")  # not proved optimal within seconds
    sent = threading.Event()

    def interrupt_once_placed(event: dict) -> None:
        if event.get("best") is not None and not sent.is_set():
            sent.set()
            os.kill(os.getpid(), signal.SIGINT)

    t0 = time.perf_counter()
    r = placement.solve(problem, solver="cp-sat", time_limit=120, progress=interrupt_once_placed)
    elapsed = time.perf_counter() - t0
    if r.status is Status.OPTIMAL and not sent.is_set():
        pytest.skip("solved before the interrupt")
    assert r.status is Status.FEASIBLE
    assert "interrupted" in r.outcome.message
    assert r.bound is not None and r.gap is not None
    assert violations(problem, r.assignment) == []
    assert elapsed < 60
