"""The quick mode of each benchmark suite, so the benchmark code cannot rot.

Checks the output structure and the correctness columns only (exactness against the
bare flow, no value beyond a proven bound, solutions that respect the rules), never
timings: those are machine-dependent and belong to the full runs in
``benchmarks/README.md``.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("scipy")
pytest.importorskip("highspy")

from benchmarks import gap as gap_suite  # noqa: E402
from benchmarks.__main__ import main  # noqa: E402
from benchmarks.common import format_table, machine_info  # noqa: E402
from benchmarks.registry import SUITES, load_suites  # noqa: E402

MACHINE_KEYS = {"cpu", "cores", "memory_gb", "python", "ortools", "numpy", "date"}


def _run(tmp_path, capsys, *args) -> tuple[int, dict, str]:
    out = tmp_path / "result.json"
    code = main([*args, "--json", str(out), "--quiet"])
    printed = capsys.readouterr().out
    return code, json.loads(out.read_text()), printed


def _common(doc: dict, suite: str) -> None:
    assert doc["suite"] == suite
    assert MACHINE_KEYS <= set(doc["machine"])
    assert doc["rows"], "no rows"
    assert doc["columns"] and all(len(c) == 2 for c in doc["columns"])
    assert doc["failures"] == []
    assert doc["code"]["fingerprint"] and "uncommitted" in doc["code"]


def test_registry_lists_the_three_suites():
    load_suites()
    assert {"scale", "budget", "gap", "sweep", "planner"} <= set(SUITES)
    assert SUITES["scale"].default_sizes == (10_000, 100_000, 300_000)
    assert SUITES["budget"].default_sizes == (1_000, 10_000, 100_000)


def test_machine_info_and_table():
    info = machine_info()
    assert MACHINE_KEYS <= set(info)
    text = format_table(
        [{"a": 1, "b_s": 0.5}, {"a": 20000, "b_s": None}], [("a", "A"), ("b_s", "B")]
    )
    lines = text.splitlines()
    assert lines[0].replace(" ", "") == "|A|B|" and "20,000" in text and "—" in text
    assert len(lines) == 4


@pytest.mark.slow
def test_scale_quick(tmp_path, capsys):
    code, doc, printed = _run(tmp_path, capsys, "scale", "--quick")
    _common(doc, "scale")
    assert code == 0
    rows = {r["method"]: r for r in doc["rows"]}
    assert set(rows) == {"floor", "placement", "flow", "scipy", "highs_lp"}
    assert all(r["n"] == 2000 for r in rows.values())
    for r in rows.values():
        assert r["ok"], r
        assert r["peak_rss_mb"] > 0 and r["seconds_s"] >= 0
        # each method ran in its own process, on the copy of the code taken at the start
        assert "bench-code-" in r["placement_file"]
    # exactness: the placement path and the HiGHS LP reach the bare flow optimum
    flow = rows["flow"]["objective"]
    assert isinstance(flow, int)
    assert rows["placement"]["objective"] == flow and rows["placement"]["exact"] is True
    assert rows["highs_lp"]["objective"] == flow and rows["highs_lp"]["exact"] is True
    assert rows["scipy"]["objective"] <= flow  # a relaxation: no unit caps / min fills
    assert rows["floor"]["floor_equals_compiled"] is True
    placement = rows["placement"]
    for phase in ("read_s", "compile_s", "solve_s", "write_full_s", "write_csv_s"):
        assert phase in placement
    assert placement["status"] == "optimal" and placement["solver"] == "flow"
    assert "placement" in printed and "time / flow" in printed


@pytest.mark.slow
def test_budget_quick(tmp_path, capsys):
    code, doc, _ = _run(tmp_path, capsys, "budget", "--quick", "--time-limit", "2")
    _common(doc, "budget")
    assert code == 0
    rows = {r["method"]: r for r in doc["rows"]}
    assert set(rows) == {"lp_bound", "placement", "cpsat", "highs_mip"}
    lp = rows["lp_bound"]["lp_bound"]
    assert isinstance(lp, float)
    stats = doc["extra"]["problem_1000"]
    assert stats["budgets"] > 0 and not stats["is_network"]
    assert stats["budgets_broken_by_network_optimum"] > 0  # the budgets bind
    for m in ("placement", "cpsat", "highs_mip"):
        r = rows[m]
        assert r["ok"], r
        assert r["status"] in ("optimal", "feasible", "no_solution")
        assert r["lp_bound"] == lp
        assert isinstance(r["trace"], list)
        if r["objective"] is not None:
            assert r["objective"] >= lp - 1e-6 * abs(lp)  # never below the LP bound
            assert r["gap_pct"] >= -1e-9
            assert not r.get("violations")
            times = [t for t, _ in r["trace"]]
            costs = [c for _, c in r["trace"]]
            assert times == sorted(times) and costs == sorted(costs, reverse=True)


@pytest.mark.slow
def test_moves_quick(tmp_path, capsys):
    """A binding move cap on 300 people: every method's placement keeps the rules and
    the cap (the suite's own checks), and "auto" proves the optimum on the edges its
    floors keep, ties included."""
    code, doc, _ = _run(tmp_path, capsys, "moves", "--quick", "--time-limit", "5")
    _common(doc, "moves")
    assert code == 0
    rows = {r["method"]: r for r in doc["rows"]}
    assert set(rows) == {"auto", "auto_all_edges", "cpsat", "lagrange"}
    assert all(r["moves"] is None or r["moves"] <= r["cap"] for r in rows.values())
    auto = rows["auto"]
    assert auto["status"] == "optimal" and auto["kept"], auto
    assert auto["cost"] == min(r["cost"] for r in rows.values() if r["cost"] is not None)


@pytest.mark.slow
def test_gap_quick(tmp_path, capsys):
    code, doc, _ = _run(tmp_path, capsys, "gap", "--quick", "--select", "gap1-*,gap2-1")
    _common(doc, "gap")
    assert code == 0
    names = {(r["instance"], r["sense"]) for r in doc["rows"]}
    assert ("gap2-1", "min") in names and ("gap1-5", "max") in names
    assert len(names) == 12
    for r in doc["rows"]:
        assert r["check"] == "ok", r
        assert r["time_limit_s"] == 5.0
        best = r["best_known"]
        if r["sense"] == "min":
            assert r["objective"] >= best
        else:
            assert r["objective"] <= best
        assert r["proved_optimal"] and r["gap_pct"] == 0


def test_gap_quick_selects_gap1_to_gap4():
    from placement.io.gap import load_optima

    rows = gap_suite.select_rows(load_optima(), None, quick=True)
    assert len(rows) == 40
    assert set(rows["file"]) == {"gap1.txt", "gap2.txt", "gap3.txt", "gap4.txt"}
    assert len(gap_suite.select_rows(load_optima(), "d*", quick=False)) == 15


def test_gap_result_beyond_a_bound_fails_loudly(tmp_path, capsys, monkeypatch):
    """A value below a proven lower bound (or above a proven optimum when maximising)
    is a bug: the suite lists it and exits non-zero."""

    def too_good(name, sense, time_limit, workers=1, seed=0):
        return {
            "status": "feasible",
            "seconds_s": 0.0,
            "objective": 1,
            "bound": None,
            "problems": [],
        }

    monkeypatch.setattr(gap_suite, "solve_instance", too_good)
    out = tmp_path / "r.json"
    code = main(["gap", "--select", "gap1-1", "--json", str(out), "--quiet"])
    captured = capsys.readouterr()
    doc = json.loads(out.read_text())
    assert code == 1
    assert "FAILED" in captured.err and "BELOW the proven lower bound" in captured.err
    min_row = next(r for r in doc["rows"] if r["sense"] == "min")
    assert min_row["check"].startswith("BUG")
    max_row = next(r for r in doc["rows"] if r["sense"] == "max")
    assert max_row["check"] == "ok"  # 1 is below the max optimum: merely poor

    def too_high(name, sense, time_limit, workers=1, seed=0):
        return {
            "status": "optimal",
            "seconds_s": 0.0,
            "objective": 10_000,
            "bound": 10_000,
            "problems": [],
        }

    monkeypatch.setattr(gap_suite, "solve_instance", too_high)
    code = main(["gap", "--select", "gap1-1", "--json", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 1 and "ABOVE the proven optimum" in captured.err


@pytest.mark.slow
def test_sweep_quick(tmp_path, capsys):
    code, doc, printed = _run(tmp_path, capsys, "sweep", "--quick")
    assert code == 0
    _common(doc, "sweep")
    serial, dask = doc["rows"]
    assert (serial["method"], dask["method"]) == ("serial", "dask")
    assert serial["variants"] == dask["variants"] == 8 and dask["same_rows"] is True
    assert dask["overhead_ms"] > 0 and "warm speedup" in printed


@pytest.mark.slow
def test_planner_quick(tmp_path, capsys):
    """`placement --help` and a two-scenario comparison, each a whole process: exit codes
    and written files only (timings belong to the full run in benchmarks/README.md)."""
    code, doc, printed = _run(tmp_path, capsys, "planner", "--quick")
    _common(doc, "planner")
    assert code == 0
    rows = {r["command"].split()[1]: r for r in doc["rows"]}
    assert set(rows) == {"--help", "compare"}
    assert all(r["ok"] and r["exit_codes"] == [0, 0] for r in rows.values())
    assert rows["compare"]["files_ok"] is True and rows["compare"]["scenarios"] == 2
    assert "placement compare" in printed
