"""Several scenarios solved at once in forked Dask workers (``placement compare
--jobs``): the same files, byte for byte, as one after another in this process; a
worker's error reaches the caller whole."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.errors import PlacementError
from placement.scale.cluster import can_fork
from placement.scale.scenarios import PARALLEL_MIN_EMPLOYEES, jobs_for, references, solve_each
from tests.scale.processes import start_cli
from tests.scale.test_sweep import make_org

pytestmark = pytest.mark.skipif(not can_fork(), reason="forked workers: Linux only")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    """Three scenarios on one generated organisation (300 people): three weights of
    continuity, the last one also merging two units."""
    base = make_org(tmp_path_factory.mktemp("cmp") / "org", 300, seed=5)
    out = []
    for name, weight in (("a", 0), ("b", 10), ("c", 20)):
        doc = yaml.safe_load(base.read_text(encoding="utf-8"))
        doc["name"] = name
        doc["objective"] = {"weights": {"continuity": weight}}
        path = base.parent / f"{name}.yaml"
        path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        out.append(path)
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_two_processes_write_the_same_files_as_one(files, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # the reports' date
    trees, outputs = [], []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        args = ["compare", *map(str, files), "--out", str(out), "--jobs", jobs]
        r = CliRunner().invoke(main, [*args, "--proposal", "b"])
        assert r.exit_code == 0, r.output
        trees.append(_tree(out))
        outputs.append(r.output.replace(str(out), "OUT"))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 30 and "b/proposal.xlsx" in trees[0]
    assert outputs[0] == outputs[1]  # the summaries in the scenarios' order


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_reference_in_the_list_is_not_solved_again(files, jobs, monkeypatch):
    """c names a (earlier in the list) as its stability reference: c's ties are broken
    toward the a of the comparison, whose result reaches c's task (in parallel, the task
    waits for it), the same placement as placement.compare gives; nothing solves a's
    file a second time (the forked workers inherit the patched solver of references)."""
    doc = yaml.safe_load(files[2].read_text(encoding="utf-8"))
    doc["name"] = "c_ref"
    doc["stability"] = {"reference": str(files[0])}
    c_ref = files[2].parent / f"c_ref_{jobs}.yaml"
    c_ref.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    expected = placement.compare([files[0], c_ref])
    scs = [placement.load_scenario(f) for f in (files[0], files[1], c_ref)]
    assert references(scs) == [None, None, 0]

    def solved_again(*args, **kwargs):
        raise AssertionError("the reference was solved again")

    monkeypatch.setattr(placement.api, "_reference_result", solved_again)
    got = solve_each(scs, jobs=jobs)
    assert [r.name for r in got] == ["a", "b", "c_ref"]
    for want, r in zip(expected.results, (got[0], got[2]), strict=True):
        assert (r.assignment == want.assignment).all()
        pd.testing.assert_frame_equal(r.moves, want.moves)
    # a reference later in the list (or outside it) is still the scenario's own solve
    assert references(scs[::-1]) == [None, None, None]


def test_results_come_back_in_order_with_their_tables(files):
    seen: list[str] = []
    scenarios = [placement.load_scenario(f) for f in files]
    results = solve_each(scenarios, jobs=2, on_result=lambda r: seen.append(r.name))
    assert seen == [r.name for r in results] == ["a", "b", "c"]
    alone = [placement.solve(sc) for sc in scenarios]
    for r, s in zip(results, alone, strict=True):
        assert (r.assignment == s.assignment).all() and r.kpis == s.kpis
        assert r.moves.equals(s.moves)


def test_a_workers_error_reaches_the_caller_whole(files):
    scenarios = [placement.load_scenario(f) for f in files]
    with pytest.raises(PlacementError) as alone:
        placement.solve(scenarios[0], solver="simplex")
    with pytest.raises(PlacementError) as err:
        solve_each(scenarios, jobs=2, solver="simplex")
    assert type(err.value) is type(alone.value) and err.value.problems == alone.value.problems


def test_a_process_that_dies_is_named_not_retried(files, monkeypatch):
    """A worker that dies (the OS ends it, out of memory) fails its scenario at once
    with a plain error, not a retry and a Dask traceback."""
    from placement.scale import scenarios as module

    def dying(scenario, **kwargs):
        if scenario.name == "b":
            os._exit(9)  # as the kernel's OOM killer would end it
        return placement.solve(scenario, **kwargs)

    monkeypatch.setattr(module, "solve", dying)  # forked workers inherit it
    scenarios = [placement.load_scenario(f) for f in files]
    with pytest.raises(PlacementError, match=r"scenario b: its process ended .* --jobs 1"):
        solve_each(scenarios, jobs=2)


def test_how_many_processes(files):
    scenarios = [placement.load_scenario(f) for f in files]
    assert jobs_for(scenarios, 5) == 3 and jobs_for(scenarios, 1) == 1
    with pytest.raises(PlacementError, match="--jobs must be at least 1, not 0"):
        jobs_for(scenarios, 0)
    # 900 people in all: one process (the cluster would cost more than it saves)
    assert 3 * 300 < PARALLEL_MIN_EMPLOYEES and jobs_for(scenarios) == 1
    assert jobs_for(scenarios[:1]) == 1
    cores = len(os.sched_getaffinity(0))
    many = scenarios * (PARALLEL_MIN_EMPLOYEES // 900 + 1)
    assert jobs_for(many) == min(cores, len(many))


@pytest.mark.slow
def test_ctrl_c_stops_every_process_and_leaves_no_output(tmp_path):
    """Ctrl-C (SIGINT to the whole process group) while the workers write: exit 130,
    one line, no traceback, no output folder, no staging folder, no process left."""
    import glob
    import signal
    import time

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "out"
    args = ["compare", *sorted(glob.glob(str(root / "scenarios/tebo/*.yaml"))), "--out", str(out)]
    p = start_cli(*args, "--jobs", "2")
    try:
        deadline = time.monotonic() + 120
        while not glob.glob(str(tmp_path / ".out.staging.*/*/placements.csv")):
            assert p.poll() is None and time.monotonic() < deadline, p.communicate()
            time.sleep(0.05)
        os.killpg(p.pid, signal.SIGINT)  # a worker has written a scenario's first file
        _, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert p.returncode == 130 and err == "interrupted\n", err
    assert sorted(os.listdir(tmp_path)) == []
    with pytest.raises(ProcessLookupError):
        os.killpg(p.pid, 0)  # the workers are gone with it
