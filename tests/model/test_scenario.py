"""Scenario files: extends, unknown keys and operations named with the nearest, YAML
errors with line and column, missing data files."""

from __future__ import annotations

import pytest
import yaml

import placement
from placement.errors import (
    DataError,
    ExtendsCycleError,
    OperationError,
    ScenarioError,
)

# -- scenario files -----------------------------------------------------------------


def write(path, data):
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


@pytest.fixture
def data_dir(tmp_path, frames):
    e, p, u = frames
    e.to_csv(tmp_path / "employees.csv", index=False)
    p.to_csv(tmp_path / "positions.csv", index=False)
    u.to_csv(tmp_path / "units.csv", index=False)
    write(
        tmp_path / "base.yaml",
        {
            "name": "base",
            "data": {
                "employees": "employees.csv",
                "positions": "positions.csv",
                "units": "units.csv",
            },
        },
    )
    return tmp_path


def test_extends_merges_and_appends_operations(data_dir):
    write(
        data_dir / "a.yaml",
        {
            "extends": "base.yaml",
            "operations": [{"close_positions": {"select": {"positions": ["P2"]}}}],
            "objective": {"weights": {"continuity": 5}},
        },
    )
    sub = data_dir / "sub"
    sub.mkdir()
    write(
        sub / "b.yaml",
        {
            "extends": "../a.yaml",
            "operations": [{"set_headcount": {"select": {"positions": ["P3"]}, "headcount": 3}}],
        },
    )
    sc = placement.load_scenario(sub / "b.yaml")
    assert sc.name == "b"
    assert sc.config.objective.weights == {"continuity": 5}
    org = sc.plan().org
    hc = dict(zip(org.positions["id"], org.positions["headcount"], strict=True))
    assert hc["P2"] == 0 and hc["P3"] == 3


def test_unknown_key_names_nearest(data_dir):
    write(data_dir / "bad.yaml", {"extends": "base.yaml", "objective": {"wieghts": {}}})
    with pytest.raises(
        ScenarioError, match="unknown key 'objective.wieghts'; did you mean 'weights'"
    ):
        placement.load_scenario(data_dir / "bad.yaml")


def test_unknown_operation_names_nearest(data_dir):
    write(
        data_dir / "bad.yaml",
        {"extends": "base.yaml", "operations": [{"merge_unit": {"units": ["U1"], "into": "U2"}}]},
    )
    with pytest.raises(OperationError, match="did you mean 'merge_units'"):
        placement.load_scenario(data_dir / "bad.yaml")


def test_extends_cycle(data_dir):
    write(data_dir / "x.yaml", {"extends": "y.yaml"})
    write(data_dir / "y.yaml", {"extends": "x.yaml"})
    with pytest.raises(ExtendsCycleError, match="cycle"):
        placement.load_scenario(data_dir / "x.yaml")


def test_yaml_syntax_error_has_line_and_column(data_dir):
    write(data_dir / "s.yaml", "name: x\ndata:\n  employees: [a\n")
    with pytest.raises(ScenarioError, match=r"s.yaml line \d+, column \d+: YAML syntax"):
        placement.load_scenario(data_dir / "s.yaml")


def test_missing_data_file(data_dir):
    write(data_dir / "m.yaml", {"data": {"employees": "nope.csv", "positions": "positions.csv"}})
    with pytest.raises(DataError, match="nope.csv: employees file not found"):
        placement.solve(data_dir / "m.yaml")
