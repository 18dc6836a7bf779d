"""Sweeps, the frontier and many organisations on a real Dask cluster (issue 14).

One LocalCluster (2 processes) serves the module; the cluster-free parts (grids,
validation) need none. Organisations are generated (a few hundred people)."""

from __future__ import annotations

import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import placement
from placement.cli import main
from placement.errors import PlacementError, ScenarioError
from placement.generate import generate_organization, write_organization
from placement.scale import dask_client, sweep_each, write_frontier, write_sweep
from placement.scale.grid import apply_settings, parse_vary, variants
from placement.scale.tasks import moves_of
from tests.scale.processes import start_cli

SETTINGS = {"objective": {"weights": {"continuity": 10}}}


def make_org(folder: Path, n: int, seed: int, **settings) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_organization(generate_organization(n, seed=seed), folder, fmt="csv", overwrite=True)
    doc = {
        "name": folder.name,
        "data": {"employees": "employees.csv", "positions": "positions.csv", "units": "units.csv"},
        **SETTINGS,
        **settings,
    }
    path = folder / "scenario.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def org(tmp_path_factory) -> Path:
    return make_org(tmp_path_factory.mktemp("scale") / "org", 300, seed=3)


@pytest.fixture(scope="module")
def client():
    import threading
    from contextlib import ExitStack

    made: dict = {}
    stack = ExitStack()

    def start():  # in a thread: a start-up that never finishes fails the tests, not CI
        made["client"] = stack.enter_context(dask_client(workers=2))  # placement's own

    t = threading.Thread(target=start, daemon=True)
    t.start()
    t.join(180)
    if "client" not in made:
        pytest.fail("the LocalCluster of 2 workers did not start within 180 s")
    yield made["client"]
    stack.close()


# -- one compile basis per worker (no cluster: the task function in this process) ---------


def test_variants_share_one_compile_basis_and_equal_separate_solves(org, monkeypatch):
    """Weights, move caps and solver settings vary; the edges, Context and term scores
    are built once, and every row equals a separate solve of its variant. (The capped
    variants ran CP-SAT to its 60 s limit, 241 s in all, before the edges' floors.)"""
    from placement.model import compile as compile_module
    from placement.scale import tasks
    from placement.scale.sweep import as_grid, variant_tasks

    sc = placement.load_scenario(org)
    mine = sc.config.data.employees
    built = []
    real = compile_module.compile_basis

    def counted(s):
        # only this organisation's builds: a thread another test left running in this
        # process may build its own while the patch is in place (once in four runs, 2
        # bases were counted here)
        if s.config.data.employees == mine:
            built.append(1)
        return real(s)

    monkeypatch.setattr(tasks, "compile_basis", counted)
    monkeypatch.setattr(tasks, "_BASES", type(tasks._BASES)())
    grid = as_grid(
        {
            "objective.weights.continuity": [0, 7.5],
            "objective.weights.jpm": [1, 3],
            "constraints.max_moves": [None, 20],
        }
    )
    for task in variant_tasks(sc, grid, False):
        row = tasks.run_variant(task)
        alone = placement.solve(sc.with_settings(**_nested(task.settings)))
        assert row["status"] == alone.status.value, task.settings
        assert row["objective"] == round(alone.objective, 2), task.settings
        assert row["moves"] == alone.kpis["moves"], task.settings
    assert len(built) == 1  # eight variants, one basis
    other = variant_tasks(sc, as_grid({"eligibility.min_jpm": [50]}), False)
    tasks.run_variant(other[0])
    assert len(built) == 2  # eligibility changes the edges: a basis of its own


def test_in_memory_organisations_never_share_a_basis():
    """Tables without files are keyed by their contents: a worker that solved one
    in-memory organisation does not serve its compile to another."""
    from placement.scale import tasks
    from placement.scale.sweep import as_grid, variant_tasks
    from tests.conftest import small_frames

    e, p, u = small_frames()
    a = placement.Scenario.from_frames(e, p, u)
    e2 = e.copy()
    e2["rank"] = ["IV/a"] * len(e2)
    b = placement.Scenario.from_frames(e2, p, u)
    grid = as_grid({"objective.weights.continuity": [0, 5]})
    ta, tb = variant_tasks(a, grid, False), variant_tasks(b, grid, False)
    assert ta[0].data_key != tb[0].data_key
    assert variant_tasks(a, grid, False)[0].data_key == ta[0].data_key  # same tables
    tasks.run_variant(ta[0], a.organization())
    row = tasks.run_variant(tb[0], b.organization())
    alone = placement.solve(b.with_settings(objective={"weights": {"continuity": 0}}))
    assert row["objective"] == round(alone.objective, 2)


def test_an_edited_operation_file_is_a_new_cache_key(tmp_path):
    """Workers cache by the contents of every file a scenario reads, pins included."""
    from placement.scale.tasks import data_key

    folder = tmp_path / "org"
    make_org(folder, 60, seed=5)
    e = pd.read_csv(folder / "employees.csv", dtype=str)
    e = e[e["current_position"].notna()].reset_index(drop=True)
    pins = folder / "pins.csv"

    def pin(i: int) -> str:  # someone kept in their own post (a pin that always holds)
        pins.write_text(
            f"employee,position\n{e['id'][i]},{e['current_position'][i]}\n", encoding="utf-8"
        )
        return data_key(placement.load_scenario(folder / "scenario.yaml"))

    doc = yaml.safe_load((folder / "scenario.yaml").read_text(encoding="utf-8"))
    doc["operations"] = [{"pin": {"file": "pins.csv"}}]
    (folder / "scenario.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    before, again, after = pin(0), pin(0), pin(1)
    assert before == again  # the same contents: the same key
    assert before != after


def _nested(settings: dict) -> dict:
    out: dict = {}
    for key, value in settings.items():
        *path, last = key.split(".")
        node = out
        for p in path:
            node = node.setdefault(p, {})
        node[last] = value
    return out


# -- grids (no cluster) --------------------------------------------------------------------


def test_vary_lists_ranges_and_scalars():
    assert parse_vary("constraints.max_moves=0:400:100") == (
        "constraints.max_moves",
        [0, 100, 200, 300, 400],
    )
    assert parse_vary("eligibility.min_jpm=null,60.5")[1] == [None, 60.5]
    assert parse_vary("objective.weights.jpm=0.5:1.5:0.5")[1] == [0.5, 1.0, 1.5]
    assert len(variants([("a", [1, 2, 3]), ("b", [1, 2])])) == 6
    assert variants([("a", [1, 2]), ("b", [3, 4])], zip_=True) == [
        {"a": 1, "b": 3},
        {"a": 2, "b": 4},
    ]
    with pytest.raises(ScenarioError, match="same length"):
        variants([("a", [1, 2]), ("b", [3])], zip_=True)
    with pytest.raises(ScenarioError, match="KEY=VALUES"):
        parse_vary("objective.weights.continuity")


@given(st.lists(st.lists(st.integers(0, 9), min_size=1, max_size=4), min_size=1, max_size=3))
def test_product_has_every_combination_once_in_order(lists):
    grid = [(f"k{i}", v) for i, v in enumerate(lists)]
    out = variants(grid)
    assert len(out) == int(np.prod([len(v) for v in lists]))
    assert out[0] == {k: v[0] for k, v in grid} and out[-1] == {k: v[-1] for k, v in grid}


def test_settings_by_dotted_path_and_operation_index():
    raw = {"objective": {"weights": {}}, "operations": [{"scale_headcount": {"factor": 1.0}}]}
    out = apply_settings(
        raw, {"objective.weights.continuity": 5, "operations[0].factor": 1.2}, "s.yaml"
    )
    assert out["objective"]["weights"]["continuity"] == 5
    assert out["operations"][0]["scale_headcount"]["factor"] == 1.2
    assert raw["operations"][0]["scale_headcount"]["factor"] == 1.0  # a copy
    with pytest.raises(ScenarioError, match="the scenario has 1 operations"):
        apply_settings(raw, {"operations[3].factor": 2}, "s.yaml")


def test_every_variant_is_checked_before_any_is_solved(org):
    # no client and no cluster: the bad keys fail first, each naming the nearest key
    with pytest.raises(PlacementError) as err:
        placement.sweep(org, {"objective.weigths.continuity": [0, 1]})
    assert "did you mean 'weights'" in str(err.value.problems[0])
    with pytest.raises(PlacementError) as err:
        placement.sweep(org, {"objective.weights.continuty": [0]})
    assert "continuity" in str(err.value.problems[0])
    with pytest.raises(PlacementError) as err:
        placement.sweep(org, {"constraints.max_moves": [5, -1]})
    assert "variant 1" in str(err.value.problems[0])


# -- sweeps on a LocalCluster ---------------------------------------------------------------


def _worker_malloc_setting():
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


@pytest.mark.slow
def test_workers_keep_glibcs_adaptive_malloc(client):
    # Dask's default MALLOC_TRIM_THRESHOLD_ makes every large array a fresh mmap (+25 %
    # CPU per variant): placement's own cluster starts its workers without it, even
    # after another Dask cluster of this process left it in os.environ
    assert set(client.run(_worker_malloc_setting).values()) == {None}
    os.environ["MALLOC_TRIM_THRESHOLD_"] = "65536"  # what a default LocalCluster leaves
    try:
        with dask_client(workers=1) as c:
            assert set(c.run(_worker_malloc_setting).values()) == {None}
        assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "65536"  # the parent's, restored
    finally:
        del os.environ["MALLOC_TRIM_THRESHOLD_"]


@pytest.mark.slow
@pytest.mark.parametrize("dashboard", [False, True])
def test_a_second_cluster_on_the_machine_says_nothing_of_port_8787(dashboard):
    """The scheduler's HTTP server takes a free port, with or without a dashboard:
    with port 8787 held (another cluster, another command), Dask warned on stderr
    ("Port 8787 is already in use") in the middle of a planner's comparison."""
    import socket
    import warnings

    held = socket.socket()
    held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        held.bind(("0.0.0.0", 8787))
        held.listen(1)
    except OSError:  # held by someone else already: the situation under test
        pass
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            with dask_client(workers=1, fork=True, dashboard=dashboard) as c:
                assert c.submit(sum, [1, 2]).result() == 3
        assert not [w for w in seen if "already in use" in str(w.message)]
    finally:
        held.close()


@pytest.mark.slow
def test_sweep_rows_equal_separate_solves(org, client):
    s = placement.sweep(
        org,
        {"objective.weights.continuity": [0, 20], "eligibility.min_jpm": [None, 70]},
        client=client,
    )
    assert list(s.table["variant"]) == [0, 1, 2, 3]
    assert (s.table["status"] == "optimal").all()
    sc = placement.load_scenario(org)
    r = placement.solve(
        sc.with_settings(objective={"weights": {"continuity": 20}}, eligibility={"min_jpm": 70})
    )
    row = s.table.iloc[3]
    assert row["objective"] == round(r.objective, 2)
    assert row["moves"] == r.kpis["moves"] and row["mean_jpm"] == r.kpis["mean_jpm"]
    assert client.status == "running"  # the caller's client is left open


@pytest.mark.slow
def test_operation_parameters_and_in_memory_organisations(tmp_path, client):
    from tests.conftest import small_frames

    org = make_org(
        tmp_path / "ops",
        120,
        seed=7,
        operations=[{"scale_headcount": {"select": {"units": ["U01"]}, "factor": 1.0}}],
    )
    s = placement.sweep(org, ["operations[0].factor=1,2"], client=client)
    assert s.table.loc[1, "seats"] > s.table.loc[0, "seats"]
    with pytest.raises(PlacementError, match="factor"):
        placement.sweep(org, ["operations[0].factor=-1"], client=client)
    sc = placement.Scenario.from_frames(*small_frames())  # scattered to the workers once
    s = placement.sweep(sc, {"objective.weights.jpm": [1, 2]}, client=client)
    assert list(s.table["status"]) == ["optimal", "optimal"]
    assert s.table.loc[0, "placed"] == placement.solve(sc).kpis["placed"]


@pytest.mark.slow
def test_one_and_two_workers_write_identical_files(org, client, tmp_path):
    grid = ["objective.weights.continuity=0:30:10", "solver.seed=1"]
    said = []
    one = placement.sweep(org, grid, workers=1, say=said.append)
    assert "1 workers; dashboard http://127.0.0.1:" in said[0]
    two = placement.sweep(org, grid, client=client)
    assert one.workers == 1 and two.workers == 2
    write_sweep(one, tmp_path / "one")
    write_sweep(two, tmp_path / "two")
    for f in ("sweep.csv", "sweep.parquet", "kpis.json", "report.html"):
        assert (tmp_path / "one" / f).read_bytes() == (tmp_path / "two" / f).read_bytes(), f
    html = (tmp_path / "one" / "report.html").read_text()
    assert 'data-chart="kpi_pair"' in html and "<circle" in html


@pytest.mark.slow
def test_interrupt_keeps_the_variants_done(org, client, tmp_path):
    seen = []

    def stop_after_two(event):
        seen.append(event["index"])
        if len(seen) == 2:
            raise KeyboardInterrupt

    s = placement.sweep(
        org,
        {"objective.weights.continuity": list(range(0, 80, 5))},
        client=client,
        progress=stop_after_two,
    )
    assert s.partial and s.done >= 2 and len(s.table) == 16
    assert set(s.table.loc[s.table["variant"].isin(seen), "status"]) == {"optimal"}
    assert (s.table["status"] == "not_run").any()
    write_sweep(s, tmp_path)
    assert '"partial": true' in (tmp_path / "kpis.json").read_text()
    assert 'class="banner"' in (tmp_path / "report.html").read_text()


@pytest.mark.slow
def test_many_organisations_one_bad_the_rest_go_on(tmp_path, client):
    for i in range(3):
        make_org(tmp_path / f"kab{i}", 150 + 50 * i, seed=10 + i)
    (tmp_path / "kab1" / "employees.csv").write_text("id,rank\nX,III/a\n", encoding="utf-8")
    s = sweep_each(str(tmp_path / "*" / "scenario.yaml"), client=client)
    t = s.table
    assert list(t["organisation"].map(lambda p: Path(p).parent.name)) == ["kab0", "kab1", "kab2"]
    assert list(t["status"]) == ["optimal", "error", "optimal"]
    assert "education" in t.loc[1, "message"]  # names what is missing
    assert t.loc[2, "employees"] == 250


@pytest.mark.slow
def test_many_organisations_are_read_by_the_workers_not_the_client(tmp_path, client, monkeypatch):
    """The client checks each scenario's settings; the data files are read where the
    organisation is solved (a national run does not read 500 rosters in one process)."""
    for i in range(2):
        make_org(tmp_path / f"kab{i}", 120, seed=30 + i)

    def not_here(*args, **kwargs):
        raise AssertionError("the client read an organisation")

    monkeypatch.setattr("placement.model.scenario.load_organization", not_here)
    s = sweep_each(str(tmp_path / "*" / "scenario.yaml"), client=client)
    assert list(s.table["status"]) == ["optimal", "optimal"]


@pytest.mark.slow
def test_cli_sweep_each_on_a_cluster_address(tmp_path, org, client):
    for i in range(2):
        make_org(tmp_path / "orgs" / f"kab{i}", 120, seed=20 + i)
    (tmp_path / "orgs" / "kab9").mkdir()
    (tmp_path / "orgs" / "kab9" / "scenario.yaml").write_text("objective: [", encoding="utf-8")
    res = CliRunner().invoke(
        main,
        [
            "sweep",
            "--each",
            str(tmp_path / "orgs/*/scenario.yaml"),
            "--out",
            str(tmp_path / "each"),
            "--scheduler",
            client.scheduler.address,
        ],
    )
    assert res.exit_code == 1, res.output
    assert "kab9" in res.output and "2/3 variants solved (1 errors)" in res.output
    t = pd.read_csv(tmp_path / "each" / "sweep.csv")
    assert list(t["status"]) == ["optimal", "optimal", "error"]
    res = CliRunner().invoke(
        main,
        ["sweep", str(org), "--vary", "objective.weigths.jpm=1", "--out", str(tmp_path / "bad")],
    )
    assert res.exit_code == 1 and "did you mean 'weights'" in res.output
    assert not (tmp_path / "bad").exists()


# -- the frontier ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return make_org(tmp_path_factory.mktemp("scale") / "small", 150, seed=5)


@pytest.fixture(scope="module")
def front(small, client):
    return placement.frontier(small, client=client, between=2, max_points=1000, time_limit=5)


def test_a_frontier_point_counts_the_seats_yielded_and_left_empty():
    """A frontier point is the exact optimum for the seats as counted before the solve:
    it gives no seat back (placement.solve does) and counts those who yielded a seat
    that stayed empty, for the frontier's note. A (who meets P1's rules) leaves for P2
    when moves are free, and the one seat it leaves was yielded by C and D; when a move
    costs a lot, A stays and nothing is left empty."""
    from placement.scale.frontier import BASE_SETTINGS
    from placement.scale.sweep import resolved_settings
    from placement.scale.tasks import Point, Task, data_key, solve_point
    from tests.model.test_reasons import seat_left_empty

    e, p, u = seat_left_empty()
    sc = placement.Scenario.from_frames(e, p, u, eligibility={"career": "off"})
    raw = apply_settings(resolved_settings(sc), BASE_SETTINGS, sc.source)
    task = Task(0, raw, data_key(sc))
    free = solve_point(Point(task, 1, 0), sc.organization())
    dear = solve_point(Point(task, 1, 10**6), sc.organization())
    assert (free["moves"], free["yielded_free"]) == (3, 2)  # A moves, C and D unplaced
    assert (dear["moves"], dear["yielded_free"]) == (2, 0)  # A stays; C, D yield
    r = placement.solve(sc.with_settings(objective={"weights": {"continuity": 0}}))
    assert r.kpis["moves"] == 2 and not r.warnings  # C is given A's seat back


@pytest.mark.slow
def test_the_frontier_says_when_its_points_leave_yielded_seats_empty(client):
    from tests.model.test_reasons import org as frames

    e, p, u = frames(
        [("A", "S1", "P1", "3", {}), ("C", "D3", "P1", "4", {}), ("D", "D3", "P1", "3", {})],
        [("P1", "U1", "1", "5", {"kind": "JF"}), ("P2", "U1", "1", "3", {"kind": "JF"})],
    )
    sc = placement.Scenario.from_frames(e, p, u, eligibility={"career": "off"})
    front = placement.frontier(sc, client=client, between=0)
    said = [n for n in front.notes if "left empty a seat of a post that holders" in n]
    assert len(said) == 1
    n, solves = map(int, said[0].split(" solves ", 1)[0].split(" of the "))
    # the best-fit end moves A and leaves its seat empty; the fewest-moves end does not
    assert solves == front.solves and 1 <= n < solves
    assert front.table["moves"].tolist() == [2, 3]  # C and D yield at both ends
    # a scenario that keeps holders without a seat in their post (placement solve) is
    # told that the frontier counts them as moves
    keep = {"career": "off", "keep_displaced_holders": True}
    sc = placement.Scenario.from_frames(e, p, u, eligibility=keep)
    front = placement.frontier(sc, client=client, between=0)
    said = [n for n in front.notes if "counts a serving holder without a seat" in n]
    assert len(said) == 1 and "keep_displaced_holders" in said[0]
    assert front.table["moves"].tolist() == [2, 3]


@pytest.mark.slow
def test_frontier_is_monotone_and_exact_where_it_says(front):
    t = front.table
    sup = front.supported
    assert len(sup) >= 3 and front.notes == []
    # supported points: more moves always buy strictly more fit, and the curve is convex
    assert (np.diff(sup["moves"]) > 0).all() and (np.diff(sup["fit"]) > 0).all()
    slopes = np.diff(sup["fit"]) / np.diff(sup["moves"])
    assert (np.diff(slopes) <= 1e-6).all()
    # every point: fit never falls as moves grow; a bound never below the fit shown
    order = t.sort_values(["moves", "fit"])
    assert (np.diff(order["fit"].to_numpy()) >= -1e-9).all()
    assert (t["fit_bound"] >= t["fit"] - 1e-9).all()
    capped = t[t["point_kind"] == "constrained"]
    assert len(capped) and (capped["moves"] <= capped["max_moves"]).all()


@pytest.mark.slow
def test_frontier_points_equal_separate_solves_with_their_settings(front, small):
    org = small
    base = (
        placement.load_scenario(org)
        .with_settings(objective={"weights": {"continuity": 0}})
        .compile()
        .problem
    )
    sup = front.supported
    weighted = sup[sup["settings"].str.contains("stay=")]
    assert len(weighted) >= len(sup) // 2
    for _, row in sup[~sup.index.isin(weighted.index)].iterrows():
        # no price in steps of 0.01 point lies strictly inside its range: a cap instead
        lo, hi = (float(x) * 100 for x in row["move_price"].split("–"))
        assert math.floor(lo + 1e-9) + 1 >= hi - 1e-9
        assert row["settings"].endswith(f"constraints.max_moves={row['moves']}")
    sc = placement.load_scenario(org)
    picks = sorted({0, len(weighted) // 3, 2 * len(weighted) // 3, len(weighted) - 1})
    for _, row in weighted.iloc[picks].iterrows():
        settings = dict(kv.split("=") for kv in row["settings"].split())
        r = placement.solve(
            sc.with_settings(
                objective={
                    "weights": {"continuity": 0, "stay": float(settings["objective.weights.stay"])}
                }
            )
        )
        assert r.solver == "flow"
        assert moves_of(base, r.assignment) == row["moves"] == r.kpis["moves"]
        assert round(-base.objective_value(base.cost_of(r.assignment)), 2) == row["fit"]
        assert r.kpis["mean_jpm"] == row["mean_jpm"]


@pytest.mark.slow
def test_frontier_report_has_the_chart(front, tmp_path):
    write_frontier(front, tmp_path)
    html = (tmp_path / "report.html").read_text()
    assert 'data-chart="frontier"' in html and '<path d="M' in html
    assert (
        pd.read_csv(tmp_path / "frontier.csv")["settings"]
        .str.startswith("objective.weights.continuity=0")
        .all()
    )


# -- a real `dask scheduler` and `dask worker`, and a worker killed mid-sweep -----------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args: str) -> subprocess.Popen:
    exe = shutil.which("dask", path=os.path.dirname(sys.executable)) or "dask"
    return subprocess.Popen(
        [exe, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def _worker(address: str) -> subprocess.Popen:
    return _dask(
        "worker",
        address,
        "--no-nanny",
        "--nthreads",
        "1",
        "--host",
        "127.0.0.1",
        "--no-dashboard",
        "--death-timeout",
        "60",
    )


def _wait_workers(client, n: int, timeout: float = 60) -> None:
    t0 = time.monotonic()
    while len(client.scheduler_info()["workers"]) < n:
        if time.monotonic() - t0 > timeout:
            raise TimeoutError(f"{n} Dask workers did not join in {timeout} s")
        time.sleep(0.2)


@pytest.fixture
def scheduler():
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")]
    try:
        yield address, procs
    finally:
        for p in procs:  # only the processes this test started (own process groups)
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
            p.wait(10)


@pytest.mark.slow
def test_dask_scheduler_address_and_a_killed_worker(scheduler, org, client, tmp_path):
    from distributed import Client

    address, procs = scheduler
    first = _worker(address)
    procs.append(first)
    grid = {"objective.weights.continuity": [0, 5, 10, 15]}
    ref = placement.sweep(org, grid, client=client)
    with Client(address, timeout="60s") as c:
        _wait_workers(c, 1)
        res = CliRunner().invoke(
            main,
            [
                "sweep",
                str(org),
                "--vary",
                "objective.weights.continuity=0,10",
                "--scheduler",
                address,
                "--out",
                str(tmp_path / "out"),
            ],
        )
        assert res.exit_code == 0, res.output
        assert f"Dask cluster {address}: 1 workers" in res.output
        assert list(pd.read_csv(tmp_path / "out" / "sweep.csv")["status"]) == ["optimal"] * 2
        events = []

        def kill_then_replace(event):
            events.append(event)
            if len(events) == 1:  # mid-sweep: the only worker dies, another joins
                first.kill()
                procs.append(_worker(address))

        s = placement.sweep(org, grid, client=c, progress=kill_then_replace)
    assert first.poll() is not None
    assert not s.partial and list(s.table["status"]) == ["optimal"] * 4
    assert s.table.equals(ref.table)


# -- the reports in a real browser -------------------------------------------------------------


@pytest.mark.slow
def test_sweep_and_frontier_reports_render_in_a_browser(tmp_path):
    from placement.scale import Frontier, Sweep
    from tests.report.test_html_browser import Browser, _check_charts, find_chromium

    binary = find_chromium()
    if binary is None:
        pytest.skip("no Chromium binary found (set PLACEMENT_CHROMIUM)")
    sweep_table = pd.DataFrame(
        {
            "variant": [0, 1, 2],
            "objective.weights.continuity": [0, 10, 20],
            "settings": [
                "objective.weights.continuity=0",
                "objective.weights.continuity=10",
                "objective.weights.continuity=20",
            ],
            "status": ["optimal", "optimal", "not_run"],
            "objective": [-5.0, -4.0, None],
            "moves": [30, 12, None],
            "mean_jpm": [92.1, 91.5, None],
            "message": ["", "", ""],
        }
    )
    front_table = pd.DataFrame(
        {
            "point": [0, 1, 2],
            "point_kind": ["supported", "constrained", "supported"],
            "moves": [3, 5, 9],
            "max_moves": [None, 6, None],
            "fit": [10.0, 11.5, 13.0],
            "fit_bound": [10.0, 12.0, 13.0],
            "mean_jpm": [90.0, 90.4, 91.0],
            "move_price": ["0.5–∞", "", "0–0.5"],
            "status": ["optimal", "feasible", "optimal"],
            "settings": [
                "objective.weights.continuity=0 objective.weights.stay=0.6",
                "objective.weights.continuity=0 constraints.max_moves=6",
                "objective.weights.continuity=0 objective.weights.stay=0.01",
            ],
        }
    )
    write_sweep(
        Sweep("s", ["objective.weights.continuity"], sweep_table, partial=True),
        tmp_path / "sweep",
        lang="id",
    )
    write_frontier(Frontier("f", front_table), tmp_path / "front")
    b = Browser(binary)
    try:
        for folder, chart in (("sweep", "kpi_pair"), ("front", "frontier")):
            s = b.open(tmp_path / folder / "report.html")
            _check_charts(b, s, [chart])
            assert b.evaluate(s, "document.querySelectorAll('circle').length") >= 2
            assert b.problems(s) == []
    finally:
        b.close()


@pytest.mark.slow
def test_ctrl_c_on_the_command_line_writes_a_partial_sweep(org, tmp_path):
    # Ctrl-C on a terminal: SIGINT to the whole process group (workers included)
    p = start_cli(
        "sweep",
        str(org),
        "--vary",
        "objective.weights.continuity=0:2000:1",
        "--workers",
        "2",
        "--out",
        str(tmp_path / "out"),
    )
    try:
        assert "Dask cluster" in p.stdout.readline()
        time.sleep(10)  # on a loaded machine the workers may still be importing: 0 done is fine
        os.killpg(p.pid, signal.SIGINT)
        out, err = p.communicate(timeout=90)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert p.returncode == 130, err
    assert "written as a partial sweep" in err and "Traceback" not in err
    t = pd.read_csv(tmp_path / "out" / "sweep.csv")
    assert len(t) == 2001 and set(t["status"]) <= {"optimal", "not_run"}
    assert (t["status"] == "not_run").sum() > 0
    assert '"partial": true' in (tmp_path / "out" / "kpis.json").read_text()
