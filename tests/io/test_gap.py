"""GAP benchmark files: the reader, and cp-sat against the published optima.

The 120 OR-Library solves (gap1..gap12, both senses) are checked by a small checker
written here against the raw file (its own parser), not against the Problem that
read_gap built: every job on exactly one agent, every agent's weighted load within its
capacity, and the objective recomputed from the raw costs.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from placement.errors import DataError
from placement.io.gap import load_optima
from placement.model.gap import load_instance, read_gap
from placement.solvers import Status, get_solver

DATA = Path(__file__).resolve().parents[2] / "data" / "gap"
OPTIMA = load_optima()
ORLIB = OPTIMA[OPTIMA["file"].str.match(r"gap\d+\.txt$")]


# -- independent raw reader and checker --------------------------------------------------
@functools.cache
def raw_problems(file: str) -> list[tuple[list[list[int]], list[list[int]], list[int]]]:
    """(c, a, b) per problem, parsed with plain Python from the raw tokens."""
    tok = [int(t) for t in (DATA / file).read_text().split()]
    pos, count = (1, tok[0]) if file.endswith(".txt") else (0, 1)
    out = []
    for _ in range(count):
        m, n = tok[pos], tok[pos + 1]
        pos += 2
        c = [tok[pos + i * n : pos + (i + 1) * n] for i in range(m)]
        pos += m * n
        a = [tok[pos + i * n : pos + (i + 1) * n] for i in range(m)]
        pos += m * n
        b = tok[pos : pos + m]
        pos += m
        out.append((c, a, b))
    assert pos == len(tok)
    return out


def check_gap(raw, assignment) -> int:
    """Raise AssertionError unless ``assignment`` (agent per job) is a feasible GAP
    solution; return its objective sum(c[agent][job])."""
    c, a, b = raw
    m, n = len(c), len(c[0])
    assert len(assignment) == n
    load = [0] * m
    total = 0
    for j, i in enumerate(int(v) for v in assignment):
        assert 0 <= i < m, f"job {j} not assigned to an agent (got {i})"
        load[i] += a[i][j]
        total += c[i][j]
    for i in range(m):
        assert load[i] <= b[i], f"agent {i} load {load[i]} > capacity {b[i]}"
    return total


@functools.cache
def problems(file: str, sense: str):
    return read_gap(DATA / file, sense=sense)


# -- the 120 OR-Library optima -----------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.instance}-{r.sense}") for r in ORLIB.itertuples(index=False)],
)
def test_cpsat_reaches_orlib_optimum(row):
    problem = problems(row.file, row.sense)[row.problem_index - 1]
    assert problem.name == row.instance
    assert (problem.n_positions, problem.n_employees) == (row.agents, row.jobs)
    out = get_solver("cp-sat").solve(problem, time_limit=10, seed=0, workers=1)
    assert out.status is Status.OPTIMAL, out.message
    reported = problem.objective_value(out.cost)
    assert reported == row.best_known
    assert out.bound == out.cost
    recomputed = check_gap(raw_problems(row.file)[row.problem_index - 1], out.assignment)
    assert recomputed == reported
    assert problem.cost_of(out.assignment) == out.cost


def test_orlib_table_has_60_problems_in_both_senses():
    assert len(ORLIB) == 120
    assert ORLIB.groupby("sense").size().to_dict() == {"max": 60, "min": 60}
    assert ORLIB["is_optimal"].all()


# -- reader ------------------------------------------------------------------------------
def test_every_optima_row_matches_its_file():
    for file, rows in OPTIMA.groupby("file"):
        probs = read_gap(DATA / file)
        for r in rows.itertuples(index=False):
            p = probs[r.problem_index - 1]
            assert (p.n_positions, p.n_employees) == (r.agents, r.jobs), r.instance
            assert p.name == r.instance


def test_problem_layout_matches_raw_file():
    c, a, b = raw_problems("gap3.txt")[2]
    c, a = np.array(c), np.array(a)
    m, n = c.shape
    for sense, sign in (("min", 1), ("max", -1)):
        p = read_gap(DATA / "gap3.txt", sense=sense)[2]
        assert p.sense == sense
        assert p.must_place.all() and (p.unplaced_cost == 0).all()
        assert p.n_edges == m * n and np.array_equal(p.indptr, np.arange(n + 1) * m)
        dense_cost = np.zeros((n, m), dtype=np.int64)
        dense_cost[p.edge_emp, p.edge_pos] = p.edge_cost
        assert np.array_equal(dense_cost, sign * c.T)
        dense_w = np.zeros((n, m), dtype=np.int64)
        dense_w[p.edge_emp, p.edge_pos] = p.edge_weight
        assert np.array_equal(dense_w, a.T)
        assert np.array_equal(p.budget_limit, b)
        assert np.array_equal(p.budget_of_position, np.arange(m))
        assert np.array_equal(p.position_unit, np.arange(m)) and p.n_units == m
        assert (p.capacity == n).all()
    # profit of an arbitrary assignment reads back through objective_value
    assign = np.arange(n) % m
    pmax = read_gap(DATA / "gap3.txt", sense="max")[2]
    assert pmax.objective_value(pmax.cost_of(assign)) == c[assign, np.arange(n)].sum()


def test_orlib_gapa_equals_yagiura_type_a():
    """README: yagiura/a05100 ... hold the same problems as gapa.txt."""
    multi = read_gap(DATA / "gapa.txt")
    names = ["a05100", "a05200", "a10100", "a10200", "a20100", "a20200"]
    for p, name in zip(multi, names, strict=True):
        (q,) = read_gap(DATA / "yagiura" / name)
        assert q.name == name
        for attr in ("edge_pos", "edge_cost", "edge_weight", "budget_limit", "indptr"):
            assert np.array_equal(getattr(p, attr), getattr(q, attr)), (name, attr)


def test_load_instance_and_optima():
    p = load_instance("gap5-3", "max")
    assert p.name == "gap5-3" and p.sense == "max"
    assert load_instance("d801600").n_employees == 1600
    row = OPTIMA.set_index("instance").loc["d20200"]
    assert not row["is_optimal"] and row["lower_bound"] <= row["best_known"]
    assert len(OPTIMA) == 177
    with pytest.raises(DataError, match="unknown GAP instance"):
        load_instance("gap99-1")


# -- the GAP-shaped dense path of the Lagrangian backend ---------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("name", ["c05100", "d10100", "e05100"])
def test_dense_path_on_yagiura_instances(name):
    """Bound, constructions and a few agent neighbourhoods (no clock: iteration caps):
    the bound is at most the best-known value, the placement passes the independent
    raw checker and is never better than a published lower bound."""
    from placement.solvers import gap_search
    from placement.solvers.auto import full_model_edges
    from placement.solvers.lagrange import LagrangeSolver

    row = OPTIMA.set_index("instance").loc[name]
    problem = load_instance(name)
    assert gap_search.dense_gap(problem) is not None
    assert full_model_edges(problem) >= problem.n_edges  # small: CP-SAT follows in auto
    out = LagrangeSolver(lns_rounds=15).solve(problem, seed=0)
    assert out.status.has_solution, out.message
    value = check_gap(raw_problems(row["file"])[0], out.assignment)
    assert value == problem.objective_value(out.cost)
    proven = (
        row["lower_bound"]
        if not pd.isna(row["lower_bound"])
        else (row["best_known"] if row["is_optimal"] else None)
    )
    if proven is not None:
        assert value >= proven
    assert out.bound <= row["best_known"]
    assert any("agent neighbourhood" in line for line in out.log)


def test_large_gap_instances_skip_the_full_model_in_auto():
    from placement.solvers.auto import GAP_FULL_MODEL_EDGES, full_model_edges

    p = load_instance("d801600")
    assert full_model_edges(p) == GAP_FULL_MODEL_EDGES < p.n_edges


@pytest.mark.slow
def test_auto_proves_orlib_optima():
    import placement

    for name, sense in (("gap1-1", "min"), ("gap8-3", "max"), ("gap12-5", "min")):
        row = OPTIMA[(OPTIMA["instance"] == name) & (OPTIMA["sense"] == sense)].iloc[0]
        r = placement.solve(load_instance(name, sense), solver="auto", time_limit=20)
        assert r.status is Status.OPTIMAL, r.solver_reason
        assert r.objective == row["best_known"]


# -- reader errors -----------------------------------------------------------------------
def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_truncated_multi_problem_file(tmp_path):
    tokens = (DATA / "gap1.txt").read_text().split()
    path = _write(tmp_path, "gap_cut.txt", " ".join(tokens[: len(tokens) * 3 // 5]))
    with pytest.raises(DataError, match="truncated") as err:
        read_gap(path)
    assert "gap_cut.txt" in str(err.value)
    assert "problem 3 of 5" in str(err.value)


def test_truncated_single_problem_file(tmp_path):
    lines = (DATA / "yagiura" / "c05100").read_text().splitlines()
    path = _write(tmp_path, "c05100_cut", "\n".join(lines[: len(lines) // 2]))
    with pytest.raises(DataError, match="truncated") as err:
        read_gap(path)
    assert "c05100_cut" in str(err.value)


def test_trailing_integers(tmp_path):
    path = _write(tmp_path, "extra.txt", (DATA / "gap1.txt").read_text() + "\n1 2 3\n")
    with pytest.raises(DataError, match="3 unexpected integers") as err:
        read_gap(path)
    assert "extra.txt" in str(err.value)


@pytest.mark.parametrize("bad", ["x7", "1.5", "12abc", "99999999999999999999"])
def test_bad_token(tmp_path, bad):
    lines = (DATA / "gap1.txt").read_text().splitlines()
    fields = lines[3].split()
    fields[4] = bad
    lines[3] = " ".join(fields)
    path = _write(tmp_path, "gap_bad.txt", "\n".join(lines))
    with pytest.raises(DataError) as err:
        read_gap(path)
    msg = str(err.value)
    assert "gap_bad.txt" in msg and "line 4" in msg and repr(bad) in msg


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="does not exist") as err:
        read_gap(tmp_path / "nowhere" / "gap42.txt")
    assert "gap42.txt" in str(err.value)


def test_empty_file_and_directory(tmp_path):
    with pytest.raises(DataError, match="empty") as err:
        read_gap(_write(tmp_path, "empty.txt", "  \n"))
    assert "empty.txt" in str(err.value)
    with pytest.raises(DataError, match="directory"):
        read_gap(tmp_path)


def test_bad_sizes(tmp_path):
    with pytest.raises(DataError, match="positive") as err:
        read_gap(_write(tmp_path, "neg.txt", "1\n0 3\n"))
    assert "neg.txt" in str(err.value)


def test_optima_errors(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        load_optima(tmp_path / "optima.csv")
    bad = _write(tmp_path, "optima.csv", "instance,file\ngap1-1,gap1.txt\n")
    with pytest.raises(DataError, match="lacks columns") as err:
        load_optima(bad)
    assert "optima.csv" in str(err.value)
