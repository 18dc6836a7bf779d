"""Fuzzing the loaders: whatever the bytes, cells or YAML, the answer is a result or
a PlacementError — never another exception."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.errors import PlacementError
from placement.io.tables import read_table
from placement.model.organization import Organization
from tests.conftest import small_frames

#: examples per fuzz test: 50 in the default run (new ones on every local run); .ci/run
#: runs this module and test_order.py again with FUZZ_EXAMPLES=150
_settings = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 50)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_settings
@given(st.binary(max_size=400), st.sampled_from([".csv", ".xlsx", ".parquet"]))
def test_random_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"employees{suffix}"
        path.write_bytes(data)
        try:
            df = read_table(path, "employees")
            Organization.from_frames(df, small_frames()[1], small_frames()[2])
        except PlacementError:
            pass


CELLS = st.one_of(
    st.text(max_size=8),
    st.sampled_from(
        [
            "",
            "III/a",
            "S1",
            "-1",
            "0",
            "7",
            "2,5",
            "1e9",
            "nan",
            "P1",
            "U1",
            "E1",
            "NaN",
            "1985-02-30",
            "  ",
            ";",
            "P1; P9",
        ]
    ),
)


@_settings
@given(st.data())
def test_random_cells(data):
    emp, pos, units = (f.copy() for f in small_frames())
    for df in (emp, pos, units):
        for _ in range(data.draw(st.integers(0, 6))):
            r = data.draw(st.integers(0, len(df) - 1))
            c = data.draw(st.sampled_from(list(df.columns)))
            df.loc[r, c] = data.draw(CELLS)
    try:
        sc = placement.Scenario.from_frames(emp, pos, units)
        r = placement.solve(sc)
        assert len(r.placements) == len(emp) or r.assignment is None
    except PlacementError:
        pass


YAML_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 5),
        st.floats(allow_nan=False),
        st.text(max_size=6),
        st.sampled_from(["auto", "flow", "jpm", "U1", "P1", "E1"]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(
            st.sampled_from(
                [
                    "name",
                    "data",
                    "operations",
                    "objective",
                    "weights",
                    "constraints",
                    "solver",
                    "eligibility",
                    "max_moves",
                    "pin",
                    "employee",
                    "position",
                    "select",
                    "merge_units",
                    "units",
                    "into",
                    "hard",
                    "time_limit",
                    "extends",
                    "priorities",
                ]
            ),
            children,
            max_size=3,
        ),
    ),
    max_leaves=8,
)


@_settings
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "name",
                "operations",
                "objective",
                "constraints",
                "solver",
                "eligibility",
                "extends",
                "description",
                "bogus",
            ]
        ),
        YAML_VALUES,
        max_size=4,
    )
)
def test_random_yaml(doc):
    with tempfile.TemporaryDirectory() as d:
        emp, pos, units = small_frames()
        for name, df in (("employees", emp), ("positions", pos), ("units", units)):
            df.to_csv(Path(d) / f"{name}.csv", index=False)
        doc = dict(doc)
        doc["data"] = {
            "employees": "employees.csv",
            "positions": "positions.csv",
            "units": "units.csv",
        }
        path = Path(d) / "s.yaml"
        path.write_text(yaml.safe_dump(doc))
        try:
            r = placement.solve(path, time_limit=5)
            assert isinstance(r.placements, pd.DataFrame)
        except PlacementError:
            pass


# -- numbers: non-finite, huge, negative zero, past int64 (issue 13) --------------------

NUMBER_TEXT = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(
        [
            "inf",
            "-inf",
            "Infinity",
            "NaN",
            "nan",
            "1e300",
            "-1e300",
            "1e20",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "-0.0",
            "-0",
            "0.0",
            "1e-320",
            "4.9e-324",
            "1,5",
            "2147483648",
        ]
    ),
)
NUMERIC_COLUMNS = {
    0: ["monthly_cost", "comp:Integritas", "comp:Keuangan"],
    1: ["headcount", "min_fill", "priority", "grade", "comp:Integritas"],
    2: ["max_headcount", "min_headcount", "budget"],
}


@_settings
@given(st.data())
def test_random_numbers_in_tables(data):
    frames = [f.copy() for f in small_frames()]
    for _ in range(data.draw(st.integers(1, 6))):
        t = data.draw(st.sampled_from(sorted(NUMERIC_COLUMNS)))
        df = frames[t]
        df.loc[
            data.draw(st.integers(0, len(df) - 1)), data.draw(st.sampled_from(NUMERIC_COLUMNS[t]))
        ] = data.draw(NUMBER_TEXT)
    budgets = data.draw(st.booleans())
    try:
        sc = placement.Scenario.from_frames(
            *frames,
            constraints={"budgets": {"limits": {"U1": 10**6}}} if budgets else {},
            solver={"time_limit": 5},
        )
        r = placement.solve(sc)
        assert len(r.placements) == len(frames[0]) or r.assignment is None
        assert (r.compiled.problem.capacity >= 0).all()
    except PlacementError:
        pass


YAML_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**70), 2**70), st.just(-0.0)
)


@_settings
@given(st.data())
def test_random_numbers_in_scenarios(data):
    n = YAML_NUMBERS
    doc = data.draw(
        st.fixed_dictionaries(
            {},
            optional={
                "objective": st.fixed_dictionaries(
                    {
                        "weights": st.dictionaries(
                            st.sampled_from(["jpm", "unplaced", "vacancy", "education"]),
                            n,
                            max_size=2,
                        )
                    }
                ),
                "constraints": st.fixed_dictionaries(
                    {},
                    optional={
                        "max_moves": n,
                        "max_moves_per_unit": st.one_of(n, st.fixed_dictionaries({"U1": n})),
                        "budgets": st.fixed_dictionaries(
                            {"limits": st.fixed_dictionaries({"U1": n})}
                        ),
                    },
                ),
                "solver": st.fixed_dictionaries(
                    {}, optional={"time_limit": n, "seed": n, "workers": n}
                ),
                "eligibility": st.fixed_dictionaries(
                    {}, optional={"min_jpm": n, "max_grade_rise": n}
                ),
                "operations": st.lists(
                    st.one_of(
                        st.fixed_dictionaries(
                            {
                                "scale_headcount": st.fixed_dictionaries(
                                    {"select": st.just({"all": True}), "factor": n}
                                )
                            }
                        ),
                        st.fixed_dictionaries(
                            {
                                "set_unit": st.fixed_dictionaries(
                                    {"unit": st.just("U1")},
                                    optional={"max_headcount": n, "min_headcount": n, "budget": n},
                                )
                            }
                        ),
                        st.fixed_dictionaries(
                            {
                                "set_headcount": st.fixed_dictionaries(
                                    {"select": st.just({"units": ["U1"]}), "headcount": n}
                                )
                            }
                        ),
                        st.fixed_dictionaries(
                            {
                                "open_position": st.fixed_dictionaries(
                                    {
                                        "id": st.just("P9"),
                                        "title": st.just("Baru"),
                                        "unit": st.just("U2"),
                                        "headcount": n,
                                        "priority": n,
                                    }
                                )
                            }
                        ),
                    ),
                    max_size=3,
                ),
            },
        )
    )
    with tempfile.TemporaryDirectory() as d:
        for name, df in zip(("employees", "positions", "units"), small_frames(), strict=True):
            df.to_csv(Path(d) / f"{name}.csv", index=False)
        doc["data"] = {
            "employees": "employees.csv",
            "positions": "positions.csv",
            "units": "units.csv",
        }
        doc.setdefault("solver", {}).setdefault("time_limit", 5)
        path = Path(d) / "s.yaml"
        path.write_text(yaml.safe_dump(doc))
        try:
            r = placement.solve(path)
            assert isinstance(r.placements, pd.DataFrame)
        except PlacementError:
            pass


# -- structure: depth, width, duplicate headers ----------------------------------------


@_settings
@given(st.integers(1, 3000), st.sampled_from(["[", "{a: ", "- "]))
def test_random_depth(depth, opener):
    if opener == "- ":
        text = "name: d\ndescription:\n" + "".join("  " * (i + 1) + "-\n" for i in range(depth))
    else:
        closer = "]" if opener == "[" else "}"
        text = "name: d\ndescription: " + opener * depth + "x" + closer * depth + "\n"
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "s.yaml"
        path.write_text(text)
        try:
            placement.load_scenario(path)
        except PlacementError:
            pass


@_settings
@given(st.data())
def test_random_width_and_duplicate_headers(data):
    emp, pos, units = small_frames()
    header = list(emp.columns)
    for _ in range(data.draw(st.integers(0, 3))):  # copies of existing headers, any case
        name = data.draw(st.sampled_from(header))
        header.insert(
            data.draw(st.integers(0, len(header))),
            data.draw(st.sampled_from([name, name.upper(), f" {name} "])),
        )
    extra = data.draw(st.integers(0, 3000))
    header += [f"x{i}" for i in range(extra)]
    rows = [
        [str(emp[c.strip().lower()].iloc[r]) if c.strip().lower() in emp else "1" for c in header]
        for r in range(len(emp))
    ]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "employees.csv"
        path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n")
        try:
            df = read_table(path, "employees")
            Organization.from_frames(df, pos, units)
            assert len(set(h.strip().lower() for h in header)) == len(header)
        except PlacementError:
            pass
