"""explain --employee by name: case- and accent-insensitive, at most five close matches."""

from __future__ import annotations

import pandas as pd
import pytest

from placement.errors import PlacementError
from placement.explain import find_employee
from placement.i18n import render

ROSTER = pd.DataFrame(
    {
        "id": [f"E{i}" for i in range(1, 10)],
        "name": [
            "Ayu Lestàri, S.E.",
            "Budi Santoso",
            "Budi Santosa",
            "Budi Susanto",
            "Budi Santika",
            "Budi Sentosa",
            "Budi Santono",
            "Dr. Citra Dewi, M.M.",
            "Dewi Citra",
        ],
    }
)


@pytest.mark.parametrize(
    "query,want",
    [
        ("E2", "E2"),
        ("ayu lestari", "E1"),
        ("AYU LESTÀRI, S.E.", "E1"),
        ("  budi   santoso ", "E2"),
        ("citra dewi", "E8"),
    ],
)
def test_found(query, want):
    assert find_employee(ROSTER, query) == want


def test_close_matches_at_most_five():
    with pytest.raises(PlacementError) as err:
        find_employee(ROSTER, "Budi Santos")
    line = err.value.problems[0]
    assert line.startswith("no employee with id or name 'Budi Santos'; close matches: ")
    assert line.count("(E") == 5
    assert render(line, "id").startswith("tidak ada pegawai dengan id atau nama 'Budi Santos'")


def test_same_name_twice_asks_for_the_id():
    roster = pd.concat([ROSTER, pd.DataFrame({"id": ["E10"], "name": ["budi santoso"]})])
    with pytest.raises(
        PlacementError,
        match=r"several employees are named 'Budi Santoso': "
        r"Budi Santoso \(E2\), budi santoso \(E10\); give",
    ):
        find_employee(roster, "Budi Santoso")
