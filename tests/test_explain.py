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


def test_a_holder_kept_over_formasi_is_not_named_among_the_seats_holders():
    """Review 147 L6: explain of Zuman Rojaruddin in P0089 (21 seats) named Ahmad Anfan
    Letasari among the seats' holders, whom the same text said held none of them (kept
    over its formasi until BUP). The holders named are those in its seats, as many as
    they are, and those kept over it are counted apart. P0089 takes nobody in since a
    retirement within the year meets its excess (retirement_meets_cut), so the same is
    read of P0414 (19 seats), over whose formasi Anyan Pralosid is kept until BUP."""
    from pathlib import Path

    import placement
    from placement.explain import explain

    tebo = Path(__file__).resolve().parents[1] / "scenarios" / "tebo"
    r = placement.solve(tebo / "penyetaraan.yaml")
    lines = [render(x, "en") for x in explain(r, "197110021999062741", "P0414").lines]
    held = next(x for x in lines if x.startswith("P0414 has 19 seat(s), held by: "))
    assert "(196904081999111315)" not in held  # Anyan Pralosid, over formasi
    named = held.count("(19")
    more = int(held.split(" and ")[-1].split(" more")[0])
    assert named + more == 19 and held.endswith(" more (+1 over formasi).")
