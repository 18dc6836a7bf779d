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

_settings = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 150)), deadline=None,
                     suppress_health_check=[HealthCheck.too_slow,
                                            HealthCheck.function_scoped_fixture])


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


CELLS = st.one_of(st.text(max_size=8), st.sampled_from(
    ["", "III/a", "S1", "-1", "0", "7", "2,5", "1e9", "nan", "P1", "U1", "E1", "NaN",
     "1985-02-30", "  ", ";", "P1; P9"]))


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
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False),
              st.text(max_size=6), st.sampled_from(["auto", "flow", "jpm", "U1", "P1", "E1"])),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.sampled_from(
            ["name", "data", "operations", "objective", "weights", "constraints", "solver",
             "eligibility", "max_moves", "pin", "employee", "position", "select",
             "merge_units", "units", "into", "hard", "time_limit", "extends", "priorities"]),
            children, max_size=3)),
    max_leaves=8)


@_settings
@given(st.dictionaries(st.sampled_from(
    ["name", "operations", "objective", "constraints", "solver", "eligibility", "extends",
     "description", "bogus"]), YAML_VALUES, max_size=4))
def test_random_yaml(doc):
    with tempfile.TemporaryDirectory() as d:
        emp, pos, units = small_frames()
        for name, df in (("employees", emp), ("positions", pos), ("units", units)):
            df.to_csv(Path(d) / f"{name}.csv", index=False)
        doc = dict(doc)
        doc["data"] = {"employees": "employees.csv", "positions": "positions.csv",
                       "units": "units.csv"}
        path = Path(d) / "s.yaml"
        path.write_text(yaml.safe_dump(doc))
        try:
            r = placement.solve(path, time_limit=5)
            assert isinstance(r.placements, pd.DataFrame)
        except PlacementError:
            pass
