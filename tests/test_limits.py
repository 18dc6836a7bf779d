"""One numeric policy (placement.limits): every number from a file, a scenario or the
command line is finite and within the solvers' range, else one line naming where it
came from; dates stay inside the range every later computation can handle."""

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
from tests.conftest import small_frames


def _setup(d: Path, emp=None, pos=None, units=None, **scenario) -> Path:
    e, p, u = small_frames()
    for name, df, change in (("employees", e, emp), ("positions", p, pos), ("units", u, units)):
        for (row, col), value in (change or {}).items():
            df.loc[row, col] = value
        df.to_csv(d / f"{name}.csv", index=False)
    doc = {
        "name": "s",
        "data": {"employees": "employees.csv", "positions": "positions.csv", "units": "units.csv"},
        **scenario,
    }
    (d / "s.yaml").write_text(yaml.safe_dump(doc))
    return d / "s.yaml"


def _errors(path: Path) -> list[str]:
    with pytest.raises(PlacementError) as err:
        placement.solve(path)
    return err.value.problems


CELLS = [
    (
        "units",
        (0, "max_headcount"),
        "inf",
        "units.csv row 2, column 'max_headcount': not a finite number",
    ),
    (
        "units",
        (0, "min_headcount"),
        "-inf",
        "units.csv row 2, column 'min_headcount': not a finite number",
    ),
    (
        "units",
        (0, "budget"),
        "1e300",
        "units.csv row 2, column 'budget': must be at most 1000000000000",
    ),
    (
        "positions",
        (0, "headcount"),
        "1e20",
        "positions.csv row 2, column 'headcount': must be at most 1000000 (0 closes the position)",
    ),
    (
        "positions",
        (0, "headcount"),
        "9223372036854775808",
        "positions.csv row 2, column 'headcount': must be at most 1000000 (0 closes the position)",
    ),
    (
        "positions",
        (1, "priority"),
        "Infinity",
        "positions.csv row 3, column 'priority': not a finite number",
    ),
    (
        "positions",
        (1, "min_fill"),
        "1e7",
        "positions.csv row 3, column 'min_fill': must be at most 1000000",
    ),
    (
        "employees",
        (0, "birth_date"),
        "2999-01-01",
        "employees.csv row 2, column 'birth_date': date outside 1900-01-01 … 2100-12-31",
    ),
    (
        "employees",
        (1, "birth_date"),
        "1600-01-01",
        "employees.csv row 3, column 'birth_date': date outside 1900-01-01 … 2100-12-31",
    ),
]


@pytest.mark.parametrize("table,cell,value,line", CELLS)
def test_numbers_in_files(tmp_path, table, cell, value, line):
    sc = _setup(
        tmp_path,
        **{{"employees": "emp", "positions": "pos", "units": "units"}[table]: {cell: value}},
    )
    assert _errors(sc) == [f"{line}; found '{value}'"]  # every cell message quotes the value


def test_negative_zero_is_zero(tmp_path):
    sc = _setup(tmp_path, pos={(0, "headcount"): "-0.0"})
    r = placement.solve(sc)
    assert r.compiled.problem.capacity[0] == 0


SCENARIOS = [
    (
        {"operations": [{"set_unit": {"unit": "U1", "min_headcount": float("inf")}}]},
        "s.yaml: operations[0] (set_unit): key 'min_headcount': Input should be a finite number "
        "(got inf)",
    ),
    (
        {"operations": [{"scale_headcount": {"select": {"all": True}, "factor": float("inf")}}]},
        "s.yaml: operations[0] (scale_headcount): key 'factor': Input should be a finite number "
        "(got inf)",
    ),
    (
        {
            "operations": [
                {"scale_headcount": {"select": {"all": True}, "factor": 1000}},
                {"scale_headcount": {"select": {"all": True}, "factor": 1000}},
            ]
        },
        "s.yaml: operations[1] (scale_headcount): position 'P3' would get a headcount of "
        "2,000,000; at most 1,000,000 per position",
    ),
    (
        {"operations": [{"add_unit": {"id": "U9", "max_headcount": -1}}]},
        "s.yaml: operations[0] (add_unit): key 'max_headcount': Input should be greater than or "
        "equal to 0 (got -1)",
    ),
    (
        {"constraints": {"max_moves_per_unit": -3}},
        "s.yaml: key 'constraints.max_moves_per_unit': Input should be greater than or equal to 0 "
        "(got -3)",
    ),
    (
        {"constraints": {"max_moves_per_unit": {"U1": -3}}},
        "s.yaml: key 'constraints.max_moves_per_unit.U1': Input should be greater than or equal "
        "to 0 (got -3)",
    ),
    (
        {"constraints": {"budgets": {"limits": {"U1": float("nan")}}}},
        "s.yaml: key 'constraints.budgets.limits.U1': Input should be a finite number (got nan)",
    ),
    (
        {"objective": {"weights": {"unplaced": -5}}},
        "s.yaml: key 'objective.weights.unplaced': Input should be greater than or equal to 0 "
        "(got -5)",
    ),
    (
        {"objective": {"weights": {"jpm": 1e300}}},
        "s.yaml: key 'objective.weights.jpm': Input should be less than or equal to 1000000 "
        "(got 1e+300)",
    ),
    (
        {"solver": {"seed": 2**31}},
        "s.yaml: key 'solver.seed': Input should be less than or equal to 2147483647 "
        "(got 2147483648)",
    ),
    (
        {"solver": {"time_limit": float("nan")}},
        "s.yaml: key 'solver.time_limit': Input should be a finite number (got nan)",
    ),
    ({"constraints": {"budgets": {"weight_column": "monthly_cost", "limits": {"U1": 5}}}}, None),
]


@pytest.mark.parametrize("doc,line", SCENARIOS)
def test_numbers_in_scenarios(tmp_path, doc, line):
    sc = _setup(tmp_path, **doc)
    if line is None:  # a sane budget still solves
        assert placement.solve(sc).assignment is not None
        return
    assert _errors(sc) == [line]


def test_budget_weight_column_range(tmp_path):
    sc = _setup(
        tmp_path,
        emp={(2, "monthly_cost"): "inf", (3, "monthly_cost"): "-5"},
        constraints={"budgets": {"limits": {"U1": 10000}}},
    )
    assert _errors(sc) == [
        "budget weight column 'monthly_cost' of employees E3, E4: must be "
        "a number from 0 to 1,000,000,000,000"
    ]


@pytest.mark.parametrize(
    "args,line",
    [
        (
            ["--time-limit", "-5"],
            "error: command line: --time-limit -5.0: Input should be greater than 0",
        ),
        (
            ["--time-limit", "inf"],
            "error: command line: --time-limit inf: Input should be a finite number",
        ),
        (
            ["--workers", "-5"],
            "error: command line: --workers -5: Input should be greater than or equal to 1",
        ),
        (
            ["--seed", str(2**31)],
            "error: command line: --seed 2147483648: Input should be less than "
            "or equal to 2147483647",
        ),
    ],
)
def test_cli_overrides_checked_like_yaml(tmp_path, args, line):
    sc = _setup(tmp_path)
    r = CliRunner().invoke(main, ["solve", str(sc), "--out", str(tmp_path / "o"), *args])
    assert r.exit_code == 1
    assert r.output.splitlines() == [line]
    assert not (tmp_path / "o").exists()


def test_objective_beyond_integer_range(tmp_path):
    sc = _setup(
        tmp_path,
        pos={(i, "headcount"): "1000000" for i in range(5)}
        | {(i, "priority"): "1000000" for i in range(5)},
        objective={"weights": {"vacancy": 1e6}},
    )
    assert _errors(sc) == [
        "objective term 'vacancy' (weight 1e+06) gives scores beyond the "
        "solvers' integer range on this roster; lower its weight or the "
        "priorities"
    ]


# -- bounded work: limits checked before anything is materialised ----------------------


def _solve_errors(path) -> list[str]:
    with pytest.raises(PlacementError) as err:
        placement.load_scenario(path).compile()
    return err.value.problems


@pytest.mark.parametrize(
    "doc",
    [
        "name: deep\nobjective: {weights: {jpm: " + "[" * 5000 + "]" * 5000 + "}}\n",
        "name: deep\ndescription:\n" + "".join("  " * (i + 1) + "-\n" for i in range(800)),
    ],
)
def test_yaml_depth(tmp_path, doc):
    (tmp_path / "s.yaml").write_text(doc)
    assert _solve_errors(tmp_path / "s.yaml") == [
        "s.yaml: nested more than 40 levels deep; flatten it, or raise the limit with the "
        "environment variable PLACEMENT_MAX_YAML_DEPTH"
    ]


def test_long_extends_chain(tmp_path, monkeypatch):
    _setup(tmp_path)
    for i in range(1000):
        (tmp_path / f"c{i}.yaml").write_text(
            f"extends: c{i + 1}.yaml\n" if i < 999 else "extends: s.yaml\n"
        )
    assert _solve_errors(tmp_path / "c0.yaml") == [
        "c0.yaml: 'extends' chain longer than 32 files; shorten it, or raise the limit with "
        "the environment variable PLACEMENT_MAX_EXTENDS"
    ]
    monkeypatch.setenv("PLACEMENT_MAX_EXTENDS", "2000")  # beyond Python's stack: still a line
    assert _solve_errors(tmp_path / "c0.yaml")[0].startswith("c0.yaml: 'extends' chain longer")
    monkeypatch.setenv("PLACEMENT_MAX_EXTENDS", "1001")  # raised: read
    assert placement.load_scenario(tmp_path / "c900.yaml").compile().problem.n_employees == 6


def test_not_regular_files(tmp_path):
    sc = _setup(tmp_path)
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "dev.yaml").write_text("extends: /dev/zero\n")
    assert _solve_errors(tmp_path / "dev.yaml") == [
        "/dev/zero: not a regular file (a device, pipe or socket); give the path of a file"
    ]
    (tmp_path / "fifo.yaml").write_text("extends: pipe.csv\n")
    assert _solve_errors(tmp_path / "fifo.yaml") == [
        f"{tmp_path}/pipe.csv: not a regular file (a device, pipe or socket); give the path "
        "of a file"
    ]
    (tmp_path / "data.yaml").write_text(f"extends: {sc.name}\ndata: {{units: pipe.csv}}\n")
    assert _solve_errors(tmp_path / "data.yaml") == [
        f"{tmp_path}/pipe.csv: not a regular file (a device, pipe or socket); give the path "
        "of a file"
    ]


def test_size_rows_columns(tmp_path, monkeypatch):
    sc = _setup(tmp_path)
    monkeypatch.setenv("PLACEMENT_MAX_ROWS", "3")
    assert _solve_errors(sc) == [
        f"{tmp_path}/employees.csv: 6 rows, more than the 3 allowed; raise the limit with the "
        "environment variable PLACEMENT_MAX_ROWS",
        f"{tmp_path}/positions.csv: 5 rows, more than the 3 allowed; raise the limit with the "
        "environment variable PLACEMENT_MAX_ROWS",
    ]
    monkeypatch.setenv("PLACEMENT_MAX_ROWS", "1000")
    monkeypatch.setenv("PLACEMENT_MAX_COLUMNS", "10")
    assert _solve_errors(sc) == [
        f"{tmp_path}/employees.csv: 12 columns, more than the 10 allowed; raise the limit with "
        "the environment variable PLACEMENT_MAX_COLUMNS",
        f"{tmp_path}/positions.csv: 11 columns, more than the 10 allowed; raise the limit with "
        "the environment variable PLACEMENT_MAX_COLUMNS",
    ]
    monkeypatch.delenv("PLACEMENT_MAX_COLUMNS")
    (tmp_path / "big.csv").write_bytes(b"id\n" + b"U1\n" * 600_000)
    monkeypatch.setenv("PLACEMENT_MAX_FILE_MB", "1")
    (tmp_path / "b.yaml").write_text(f"extends: {sc.name}\ndata: {{units: big.csv}}\n")
    assert _solve_errors(tmp_path / "b.yaml") == [
        f"{tmp_path}/big.csv: 2 MB, more than the 1 MB allowed; raise the limit with the "
        "environment variable PLACEMENT_MAX_FILE_MB"
    ]


def test_workbook_unpacked_size_and_parquet_shape(tmp_path, monkeypatch):
    e, p, u = small_frames()
    e = pd.concat([e] * 200).assign(id=[f"E{i}" for i in range(1200)])
    e.assign(notes=[f"{i:06d}" + "x" * 1000 for i in range(1200)]).to_excel(
        tmp_path / "employees.xlsx", index=False
    )
    p.to_parquet(tmp_path / "positions.parquet")
    u.to_csv(tmp_path / "units.csv", index=False)
    monkeypatch.setenv("PLACEMENT_MAX_SHEET_MB", "1")
    with pytest.raises(PlacementError) as err:
        placement.load_organization(
            tmp_path / "employees.xlsx", tmp_path / "positions.parquet", tmp_path / "units.csv"
        )
    assert err.value.problems == [
        f"{tmp_path}/employees.xlsx: 2 MB unpacked, more than the 1 MB allowed; raise the "
        "limit with the environment variable PLACEMENT_MAX_SHEET_MB"
    ]
    assert (tmp_path / "employees.xlsx").stat().st_size < 2**20  # small on disk
    monkeypatch.setenv("PLACEMENT_MAX_ROWS", "3")
    with pytest.raises(PlacementError) as err:
        placement.load_organization(
            tmp_path / "employees.xlsx", tmp_path / "positions.parquet", tmp_path / "units.csv"
        )
    assert (
        f"{tmp_path}/positions.parquet: 5 rows, more than the 3 allowed" in err.value.problems[-1]
    )


def test_wide_csv_in_one_pass(tmp_path, monkeypatch):
    e, p, u = small_frames()
    wide = pd.concat([e, pd.DataFrame({f"x{i}": ["1"] * len(e) for i in range(5000)})], axis=1)
    wide.to_csv(tmp_path / "employees.csv", index=False)
    p.to_csv(tmp_path / "positions.csv", index=False)
    monkeypatch.setenv("PLACEMENT_MAX_COLUMNS", "6000")
    org = placement.load_organization(tmp_path / "employees.csv", tmp_path / "positions.csv")
    assert org.employees.shape[1] > 5000
    assert org.warnings[0].endswith(
        "'x17', 'x18' and 4981 more are not employees columns "
        "placement uses; they are carried through to the outputs "
        "unchanged"
    )


# -- structure ------------------------------------------------------------------------

STRUCTURE = [
    (
        {"units": {(0, "parent"): "U1"}},
        ["units.csv row 2, column 'parent': a unit cannot be its own parent; found 'U1'"],
    ),
    (
        {"units": {(0, "parent"): "U2", (1, "parent"): "U3", (2, "parent"): "U1"}},
        [
            "units.csv rows 2, 3, 4, column 'parent': parent units form a cycle (U1 → U2 → U3 → "
            "U1); one of them must be a top-level unit; found 'U2', 'U3', 'U1'"
        ],
    ),
    (
        {"emp": {(3, "id"): "E4\x07"}},
        [
            "employees.csv row 5, column 'id': holds control characters (tab, line break or other "
            "invisible characters); retype the id; found 'E4\\x07'"
        ],
    ),
    (
        {"pos": {(3, "id"): "P\u200b4"}, "emp": {(4, "current_position"): "P\u200b4"}},
        [
            "positions.csv row 5, column 'id': holds control characters (tab, line break or other "
            "invisible characters); retype the id; found 'P\\u200b4'"
        ],
    ),
]


@pytest.mark.parametrize("change,lines", STRUCTURE)
def test_structure(tmp_path, change, lines):
    sc = _setup(tmp_path, **change)
    assert _errors(sc) == lines


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_duplicate_header(tmp_path, suffix):
    _setup(tmp_path)
    e = pd.read_csv(tmp_path / "employees.csv", dtype=str)
    e.insert(3, "RANK ", "II/a")
    e.columns = [c.strip() for c in e.columns]
    path = tmp_path / f"employees2{suffix}"
    e.to_csv(path, index=False) if suffix == ".csv" else e.to_excel(path, index=False)
    with pytest.raises(PlacementError) as err:
        placement.load_organization(path, tmp_path / "positions.csv")
    assert err.value.problems == [
        f"{path}: column 'RANK' appears more than once in the header; rename or remove the copy"
    ]


def test_merge_into_unknown_unit(tmp_path):
    sc = _setup(tmp_path, operations=[{"merge_units": {"units": ["U1", "U2"], "into": "U3x"}}])
    assert _errors(sc) == [
        "s.yaml: operations[0] (merge_units): 'into' unit 'U3x' is not an "
        "existing unit (to create a new unit give it a 'name' too); did you "
        "mean 'U3'?"
    ]


def test_utf16_and_parquet_timestamps(tmp_path):
    e, p, u = small_frames()
    e = e.assign(
        birth_date=pd.to_datetime(
            ["1985-03-15", "1990-07-01", "1992-11-30", None, "1980-01-02", "1975-05-05"]
        )
    )
    e.to_parquet(tmp_path / "employees.parquet")
    p.to_csv(tmp_path / "positions.csv", index=False, sep="\t", encoding="utf-16")
    org = placement.load_organization(tmp_path / "employees.parquet", tmp_path / "positions.csv")
    assert list(org.employees["birth_date"]) == [
        "1985-03-15",
        "1990-07-01",
        "1992-11-30",
        "",
        "1980-01-02",
        "1975-05-05",
    ]
    assert list(org.positions["id"]) == list(p["id"])
    (tmp_path / "u16.csv").write_bytes(p.to_csv(index=False).encode("utf-16-le"))
    with pytest.raises(PlacementError) as err:
        placement.load_organization(tmp_path / "employees.parquet", tmp_path / "u16.csv")
    assert err.value.problems == [
        f"{tmp_path}/u16.csv: the file is UTF-16 text; save it as "
        "CSV UTF-8 (Excel: Save As → CSV UTF-8)"
    ]


def test_workbook_with_a_wrong_dimension_tag_is_read_whole(tmp_path):
    """A sheet declaring fewer rows than it holds (some exporters write a stale
    <dimension>) is read to its last row, not cut short silently."""
    import re
    import zipfile

    e, p, u = small_frames()
    e.to_excel(tmp_path / "full.xlsx", index=False)
    with (
        zipfile.ZipFile(tmp_path / "full.xlsx") as zin,
        zipfile.ZipFile(tmp_path / "employees.xlsx", "w") as zout,
    ):
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:L3"/>', data)
            zout.writestr(info, data)
    p.to_csv(tmp_path / "positions.csv", index=False)
    org = placement.load_organization(tmp_path / "employees.xlsx", tmp_path / "positions.csv")
    assert len(org.employees) == len(e)
