"""Organisation tables: bad data named by file, row, column and fix; columns carried
through; the ordered scales."""

from __future__ import annotations

import pytest
import yaml

import placement
import placement.generate
from placement.errors import (
    DataError,
    DuplicateIdError,
    InvalidValueError,
    PlacementError,
    UnknownReferenceError,
)
from placement.model.levels import EDUCATION, RANKS
from placement.model.organization import Organization

# -- bad input: one clear line naming file/row/column/key and the fix ------------------


@pytest.mark.parametrize(
    "mutate,cls,needle",
    [
        (
            lambda e, p, u: e.loc.__setitem__((1, "id"), "E1"),
            DuplicateIdError,
            "rows 0, 1, column 'id': duplicate employee id 'E1'",
        ),
        (
            lambda e, p, u: p.loc.__setitem__((0, "unit"), "U9"),
            UnknownReferenceError,
            "row 0, column 'unit': unit 'U9' is not in the units table",
        ),
        (
            lambda e, p, u: e.loc.__setitem__((2, "education"), "S7"),
            InvalidValueError,
            "row 2, column 'education': unknown education level",
        ),
        (
            lambda e, p, u: e.loc.__setitem__((0, "rank"), "V/z"),
            InvalidValueError,
            "row 0, column 'rank': unknown rank",
        ),
        (
            lambda e, p, u: e.loc.__setitem__((0, "comp:Integritas"), "7"),
            InvalidValueError,
            "column 'comp:Integritas': must be at most 5",
        ),
        (
            lambda e, p, u: p.loc.__setitem__((0, "headcount"), "-2"),
            InvalidValueError,
            "column 'headcount': must be at least 0",
        ),
    ],
)
def test_bad_data_names_row_column_and_fix(frames, mutate, cls, needle):
    e, p, u = (f.copy() for f in frames)
    mutate(e, p, u)
    with pytest.raises(cls) as err:
        Organization.from_frames(e, p, u)
    assert needle in str(err.value)
    assert isinstance(err.value, PlacementError)


def test_all_problems_reported_at_once(frames):
    e, p, u = (f.copy() for f in frames)
    e.loc[0, "rank"] = "bogus"
    e.loc[1, "education"] = "bogus"
    p.loc[0, "headcount"] = "many"
    with pytest.raises(DataError) as err:
        Organization.from_frames(e, p, u)
    assert len(err.value.problems) == 3


def test_missing_required_column(frames):
    e, p, u = frames
    with pytest.raises(DataError, match="missing required column.*'rank'"):
        Organization.from_frames(e.drop(columns=["rank"]), p, u)


def test_extra_columns_carried_through(frames):
    r = placement.solve(placement.Scenario.from_frames(*frames))
    assert list(r.placements["badge"]) == list("abcdef")
    said = " ".join(map(str, r.compiled.org.warnings))
    assert "'badge' are not employees columns placement uses" in said


def test_the_cost_column_the_budgets_read_is_no_extra_column(frames):
    """Review 159 L1: the report said ``monthly_cost`` was not used, while the units'
    costs, budgets and the SK notes read it."""
    e, p, u = frames
    e = e.assign(monthly_cost=[5e6, 6e6, 5e6, 7e6, 5e6, 6e6])
    r = placement.solve(placement.Scenario.from_frames(e, p, u.assign(budget=1e8)))
    said = " ".join(map(str, r.compiled.org.warnings))
    assert "monthly_cost" not in said and "'badge'" in said
    assert r.tables["unit_fill"]["monthly_cost_after"].sum() == e["monthly_cost"].sum()


def test_a_budgets_own_weight_column_is_no_extra_column(frames, tmp_path):
    """Review 160 L4: a budget weighing another column than ``monthly_cost`` still had
    that column warned of as one placement does not use, in memory and from files; a
    scenario without that budget still hears of it."""
    e, p, u = frames
    e = e.assign(gaji=[5e6, 6e6, 5e6, 7e6, 5e6, 6e6])
    budget = {"budgets": {"weight_column": "gaji", "limits": {str(u["id"].iloc[0]): 1e8}}}
    r = placement.solve(placement.Scenario.from_frames(e, p, u, constraints=budget))
    said = " ".join(map(str, r.compiled.org.warnings))
    assert "'gaji'" not in said and "'badge'" in said
    for name, df in (("employees", e), ("positions", p), ("units", u)):
        df.to_csv(tmp_path / f"{name}.csv", index=False)
    data = {k: str(tmp_path / f"{k}.csv") for k in ("employees", "positions", "units")}
    for constraints, warned in ((budget, False), ({}, True)):
        (tmp_path / "s.yaml").write_text(
            yaml.safe_dump({"data": data, "constraints": constraints}), encoding="utf-8"
        )
        for shared in (None, {}):  # alone, and as a comparison shares organisations
            sc = placement.load_scenario(tmp_path / "s.yaml", shared)
            said = " ".join(map(str, placement.solve(sc).compiled.org.warnings))
            assert ("'gaji'" in said) is warned and "'badge'" in said


def test_scales_are_ordered():
    assert RANKS[0] == "I/a" and RANKS[-1] == "IV/e" and len(RANKS) == 17
    assert EDUCATION.index("SMA") < EDUCATION.index("D3") < EDUCATION.index("S1")


@pytest.mark.parametrize("backend", ["pyarrow", "numpy_nullable"])
def test_frames_of_any_text_type_read_like_a_file(backend):
    # DataFrames from convert_dtypes / read_*(dtype_backend=...) carry other text types
    # (Arrow's own strings, "string" with <NA>): they are read as pandas' text, stripped
    o = placement.generate.generate_organization(60, seed=3)
    emp = o.employees.convert_dtypes(dtype_backend=backend)
    emp.loc[0, "name"] = "  " + str(emp.loc[0, "name"]) + "  "
    org = Organization.from_frames(emp, o.positions, o.units)
    plain = Organization.from_frames(o.employees, o.positions, o.units)
    first = org.employees.set_index("id").loc[str(emp.loc[0, "id"]), "name"]
    assert first == str(o.employees["name"].iloc[0]).strip()
    text = [c for c in plain.employees.columns if str(plain.employees[c].dtype) == "str"]
    assert text and all(str(org.employees[c].dtype) == "str" for c in text)
    r = placement.solve(placement.Scenario.from_frames(emp, o.positions, o.units))
    assert r.status.has_solution
