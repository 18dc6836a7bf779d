"""One numeric policy (placement.limits): every number from a file, a scenario or the
command line is finite and within the solvers' range, else one line naming where it
came from; dates stay inside the range every later computation can handle."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.errors import PlacementError
from tests.conftest import small_frames


def _setup(d: Path, emp=None, pos=None, units=None, **scenario) -> Path:
    e, p, u = small_frames()
    for name, df, change in (("employees", e, emp), ("positions", p, pos), ("units", u, units)):
        for (row, col), value in (change or {}).items():
            df.loc[row, col] = value
        df.to_csv(d / f"{name}.csv", index=False)
    doc = {"name": "s", "data": {"employees": "employees.csv", "positions": "positions.csv",
                                 "units": "units.csv"}, **scenario}
    (d / "s.yaml").write_text(yaml.safe_dump(doc))
    return d / "s.yaml"


def _errors(path: Path) -> list[str]:
    with pytest.raises(PlacementError) as err:
        placement.solve(path)
    return err.value.problems


CELLS = [
    ("units", (0, "max_headcount"), "inf",
     "units.csv row 2, column 'max_headcount': not a finite number"),
    ("units", (0, "min_headcount"), "-inf",
     "units.csv row 2, column 'min_headcount': not a finite number"),
    ("units", (0, "budget"), "1e300",
     "units.csv row 2, column 'budget': must be at most 1000000000000"),
    ("positions", (0, "headcount"), "1e20",
     "positions.csv row 2, column 'headcount': must be at most 1000000 (0 closes the "
     "position)"),
    ("positions", (0, "headcount"), "9223372036854775808",
     "positions.csv row 2, column 'headcount': must be at most 1000000 (0 closes the "
     "position)"),
    ("positions", (1, "priority"), "Infinity",
     "positions.csv row 3, column 'priority': not a finite number"),
    ("positions", (1, "min_fill"), "1e7",
     "positions.csv row 3, column 'min_fill': must be at most 1000000"),
    ("employees", (0, "birth_date"), "2999-01-01",
     "employees.csv row 2, column 'birth_date': date outside 1900-01-01 … 2100-12-31"),
    ("employees", (1, "birth_date"), "1600-01-01",
     "employees.csv row 3, column 'birth_date': date outside 1900-01-01 … 2100-12-31"),
]


@pytest.mark.parametrize("table,cell,value,line", CELLS)
def test_numbers_in_files(tmp_path, table, cell, value, line):
    sc = _setup(tmp_path, **{{"employees": "emp", "positions": "pos", "units": "units"}[table]:
                             {cell: value}})
    assert _errors(sc) == [line]


def test_negative_zero_is_zero(tmp_path):
    sc = _setup(tmp_path, pos={(0, "headcount"): "-0.0"})
    r = placement.solve(sc)
    assert r.compiled.problem.capacity[0] == 0


SCENARIOS = [
    ({"operations": [{"set_unit": {"unit": "U1", "min_headcount": float("inf")}}]},
     "s.yaml: operations[0] (set_unit): key 'min_headcount': Input should be a finite number "
     "(got inf)"),
    ({"operations": [{"scale_headcount": {"select": {"all": True}, "factor": float("inf")}}]},
     "s.yaml: operations[0] (scale_headcount): key 'factor': Input should be a finite number "
     "(got inf)"),
    ({"operations": [{"scale_headcount": {"select": {"all": True}, "factor": 1000}},
                     {"scale_headcount": {"select": {"all": True}, "factor": 1000}}]},
     "s.yaml: operations[1] (scale_headcount): position 'P3' would get a headcount of "
     "2,000,000; at most 1,000,000 per position"),
    ({"operations": [{"add_unit": {"id": "U9", "max_headcount": -1}}]},
     "s.yaml: operations[0] (add_unit): key 'max_headcount': Input should be greater than or "
     "equal to 0 (got -1)"),
    ({"constraints": {"max_moves_per_unit": -3}},
     "s.yaml: key 'constraints.max_moves_per_unit': Input should be greater than or equal to 0 "
     "(got -3)"),
    ({"constraints": {"max_moves_per_unit": {"U1": -3}}},
     "s.yaml: key 'constraints.max_moves_per_unit.U1': Input should be greater than or equal "
     "to 0 (got -3)"),
    ({"constraints": {"budgets": {"limits": {"U1": float("nan")}}}},
     "s.yaml: key 'constraints.budgets.limits.U1': Input should be a finite number (got nan)"),
    ({"objective": {"weights": {"unplaced": -5}}},
     "s.yaml: key 'objective.weights.unplaced': Input should be greater than or equal to 0 "
     "(got -5)"),
    ({"objective": {"weights": {"jpm": 1e300}}},
     "s.yaml: key 'objective.weights.jpm': Input should be less than or equal to 1000000 "
     "(got 1e+300)"),
    ({"solver": {"seed": 2**31}},
     "s.yaml: key 'solver.seed': Input should be less than or equal to 2147483647 "
     "(got 2147483648)"),
    ({"solver": {"time_limit": float("nan")}},
     "s.yaml: key 'solver.time_limit': Input should be a finite number (got nan)"),
    ({"constraints": {"budgets": {"weight_column": "monthly_cost", "limits": {"U1": 5}}}},
     None),
]


@pytest.mark.parametrize("doc,line", SCENARIOS)
def test_numbers_in_scenarios(tmp_path, doc, line):
    sc = _setup(tmp_path, **doc)
    if line is None:  # a sane budget still solves
        assert placement.solve(sc).assignment is not None
        return
    assert _errors(sc) == [line]


def test_budget_weight_column_range(tmp_path):
    sc = _setup(tmp_path, emp={(2, "monthly_cost"): "inf", (3, "monthly_cost"): "-5"},
                constraints={"budgets": {"limits": {"U1": 10000}}})
    assert _errors(sc) == ["budget weight column 'monthly_cost' of employees E3, E4: must be "
                           "a number from 0 to 1,000,000,000,000"]


@pytest.mark.parametrize("args,line", [
    (["--time-limit", "-5"], "error: command line: --time-limit -5.0: Input should be greater "
                             "than 0"),
    (["--time-limit", "inf"], "error: command line: --time-limit inf: Input should be a finite "
                              "number"),
    (["--workers", "-5"], "error: command line: --workers -5: Input should be greater than or "
                          "equal to 1"),
    (["--seed", str(2**31)], "error: command line: --seed 2147483648: Input should be less than "
                             "or equal to 2147483647"),
])
def test_cli_overrides_checked_like_yaml(tmp_path, args, line):
    sc = _setup(tmp_path)
    r = CliRunner().invoke(main, ["solve", str(sc), "--out", str(tmp_path / "o"), *args])
    assert r.exit_code == 1
    assert r.output.splitlines() == [line]
    assert not (tmp_path / "o").exists()


def test_objective_beyond_integer_range(tmp_path):
    sc = _setup(tmp_path, pos={(i, "headcount"): "1000000" for i in range(5)} |
                {(i, "priority"): "1000000" for i in range(5)},
                objective={"weights": {"vacancy": 1e6}})
    assert _errors(sc) == ["objective term 'vacancy' (weight 1e+06) gives scores beyond the "
                           "solvers' integer range on this roster; lower its weight or the "
                           "priorities"]
