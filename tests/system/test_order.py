"""Row-order independence: permuting the rows of any input table or operation file
leaves every operation's result unchanged (ties are broken by ids, never by rows)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import placement
from placement.model.config import ScenarioConfig
from placement.model.organization import Organization
from tests.conftest import small_frames

FILES = Path(tempfile.mkdtemp(prefix="placement-order-"))


def _frames():
    emp, pos, units = small_frames()
    emp = emp.assign(
        birth_date=[
            "1966-05-01",
            "1990-01-01",
            "1967-12-31",
            "1985-03-15",
            "1999-09-09",
            "1968-02-02",
        ],
        performance=["Sangat Baik", "Baik", "Baik", "Cukup", "Baik", "Baik"],
    )
    pos = pd.concat(
        [
            pos,
            pd.DataFrame(
                {
                    "id": ["P6", "P7", "P8"],
                    "title": ["Kepala Bidang", "Kepala Seksi", "Analis Data"],
                    "unit": ["U2", "U3", "U3"],
                    "kind": ["JA", "JA", "JF"],
                    "level": ["Administrator", "Pengawas", "Ahli Pertama"],
                    "headcount": ["1", "1", "3"],
                    "min_education": ["S1", "D3", "S1"],
                    "fields": ["", "", ""],
                    "min_rank": ["", "", ""],
                    "comp:Integritas": ["3", "3", "2"],
                    "comp:Keuangan": ["", "", ""],
                }
            ),
        ],
        ignore_index=True,
    )
    units = units.assign(
        parent=["", "U1", "U1"], min_headcount=["", "1", ""], budget=["", "", "100000"]
    )
    return emp, pos, units


PAIRS = {
    "pins": pd.DataFrame({"employee": ["E2", "E5", "E2"], "position": ["P1", "P4", "P1"]}),
    "bans": pd.DataFrame(
        {"employee": ["E1", "E1", "E3", "E6"], "position": ["P1", "P6", "P8", "P7"]}
    ),
    "workload": pd.DataFrame(
        {
            "position": ["P3", "P3", "P8", "P8", "P6", "P3"],
            "task": ["a", "b", "c", "d", "e", "f"],
            "volume_per_year": ["1000", "500", "700", "700", "10", "0.1"],
            "minutes_per_unit": ["60", "30", "75", "35", "7500", "1"],
        }
    ),
}

OPERATIONS = [
    {"merge_units": {"units": ["U2", "U3"], "into": "U2"}},
    {"merge_units": {"units": ["U3", "U2"], "into": "U9", "name": "Gabungan"}},
    {"add_unit": {"id": "U9", "parent": "U1"}},
    {"rename_unit": {"unit": "U3", "name": "Dinkes"}},
    {"set_unit": {"unit": "U1", "max_headcount": 9, "budget": 5}},
    {"move_positions": {"select": {"units": ["U3"]}, "to": "U1"}},
    {"convert_positions": {}},
    {"set_headcount": {"select": {"kinds": ["JF"]}, "headcount": 2}},
    {"scale_headcount": {"select": {"all": True}, "factor": 1.5}},
    {"scale_headcount": {"select": {"all": True}, "factor": 0.5}},
    {"scale_headcount": {"select": {"units": ["U1", "U3"]}, "factor": 1.25}},
    {"set_min_fill": {"select": {"all": True}, "min_fill": 1}},
    {"set_positions": {"select": {"units": ["U1"]}, "add_fields": ["Hukum"], "min_rank": ""}},
    {
        "open_position": {
            "id": "P9",
            "title": "Analis",
            "unit": "U2",
            "headcount": 2,
            "competencies": {"Integritas": 3},
        }
    },
    {"close_positions": {"select": {"positions": ["P3"]}}},
    {"pin": {"employee": "E1", "position": "P2"}},
    {"forbid": {"employee": "E4", "positions": ["P1", "P8"]}},
    {"pin": {"file": str(FILES / "pins.csv")}},
    {"forbid": {"file": str(FILES / "bans.csv")}},
    {"keep_incumbents": {"select": {"all": True}}},
    {"headcount_from_workload": {"file": str(FILES / "workload.csv"), "wke_minutes": 75000}},
    {"retirements": {"horizon_years": 5, "mode": "vacate"}},
    {"retirements": {"horizon_years": 5, "mode": "exclude"}},
    {"talent_settings": {"potential_cuts": [70, 85]}},
]


def _states(emp, pos, units, pairs) -> list[tuple]:
    """Per operation (each followed by a proportional scaling, where ties are likely):
    the organisation, pins, bans and log after it, keyed by ids."""
    for name, df in pairs.items():
        df.to_csv(FILES / f"{name}.csv", index=False)
    org = Organization.from_frames(emp, pos, units)

    def canon(df):
        df = df.drop(columns=[c for c in ("_row",) if c in df])
        return df.sort_values("id").reset_index(drop=True).astype(str)

    out = []
    for op in OPERATIONS:
        ops = [op, {"scale_headcount": {"select": {"all": True}, "factor": 1.5}}]
        plan = placement.Scenario(
            ScenarioConfig.model_validate({"operations": ops}), None, org
        ).plan()
        out.append(
            (
                canon(plan.org.employees),
                canon(plan.org.positions),
                canon(plan.org.units),
                sorted(plan.pins.items()),
                sorted(plan.bans),
                [str(x) for x in plan.log],
            )
        )
    return out


def _shuffled(df: pd.DataFrame, seed: int) -> pd.DataFrame:
    order = np.random.default_rng(seed).permutation(len(df))
    return df.iloc[order].reset_index(drop=True)


EXPECTED: list = []


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 50)) // 10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seeds=st.lists(st.integers(0, 2**32 - 1), min_size=6, max_size=6))
def test_permuting_rows_changes_no_operation(seeds):
    emp, pos, units = _frames()
    if not EXPECTED:
        EXPECTED.extend(_states(emp, pos, units, PAIRS))
    got = _states(
        _shuffled(emp, seeds[0]),
        _shuffled(pos, seeds[1]),
        _shuffled(units, seeds[2]),
        {n: _shuffled(df, s) for (n, df), s in zip(PAIRS.items(), seeds[3:], strict=True)},
    )
    for op, expected, state in zip(OPERATIONS, EXPECTED, got, strict=True):
        for a, b in zip(expected, state, strict=True):
            if isinstance(a, pd.DataFrame):
                pd.testing.assert_frame_equal(a, b, obj=str(op))
            else:
                assert a == b, op


def test_quota_scenario_ignores_row_order():
    """The bundled quota scenario: shuffling positions.csv used to change four posts'
    formasi (equal remainders were given out by row index)."""
    sc = placement.load_scenario(Path(__file__).parents[2] / "scenarios/tebo/quota.yaml")
    org = sc.organization()
    plain = sc.plan().org.positions.set_index("id")["headcount"].sort_index()
    for seed in (1, 2, 3):
        shuffled = org.copy()
        shuffled.positions = _shuffled(org.positions, seed)
        again = placement.Scenario(sc.config, sc.path, shuffled).plan()
        pd.testing.assert_series_equal(
            again.org.positions.set_index("id")["headcount"].sort_index(), plain
        )


def test_the_workload_table_follows_the_positions_not_the_workload_files_rows():
    """The result's workload table (ABK) lists the posts in the positions' order,
    whatever order the workload file gives its tasks in: the same bytes either way."""
    from placement.domain import table

    emp, pos, units = _frames()
    tasks = PAIRS["workload"]
    got = []
    for k, rows in enumerate(([0, 1, 2, 3, 4, 5], [4, 3, 5, 2, 0, 1])):
        path = FILES / f"workload-order-{k}.csv"
        tasks.iloc[rows].to_csv(path, index=False)
        op = {"headcount_from_workload": {"file": str(path), "wke_minutes": 75000}}
        r = placement.solve(placement.Scenario.from_frames(emp, pos, units, operations=[op]))
        got.append(table(r, "workload"))
    assert list(got[0]["position"]) == ["P3", "P6", "P8"]
    pd.testing.assert_frame_equal(got[0], got[1])
