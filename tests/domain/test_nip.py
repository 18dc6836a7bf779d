"""NIP numbers (placement.domain.nip): the worked example, invalid numbers, PPPK numbers,
generated NIPs, the data check and the export date formats."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import placement
from placement.domain import nip
from placement.generate import generate_organization
from tests.conftest import small_frames

# -- NIP -------------------------------------------------------------------------------


def test_nip_parse_worked_example():
    # 19690515 200007 1 564: born 15 May 1969, TMT CPNS July 2000, male, serial 564.
    # At 2026-01-01: age 56 (57th birthday is 15 May 2026), service 25 years (Jul 2000 →
    # Jul 2025 = 25; Jul 2026 not reached).
    p = nip.parse_nip(pd.Series(["196905152000071564", "19690515 200007 1 564"]), "2026-01-01")
    for _, row in p.iterrows():
        assert row["valid"]
        assert row["birth_date"] == pd.Timestamp("1969-05-15")
        assert row["tmt_cpns"] == pd.Timestamp("2000-07-01")
        assert (row["gender"], row["serial"], row["age"], row["years_of_service"]) == (
            "L",
            564,
            56,
            25,
        )
    # the day before the 57th birthday and the birthday itself
    assert nip.parse_nip(pd.Series(["196905152000071564"]), "2026-05-14")["age"][0] == 56
    assert nip.parse_nip(pd.Series(["196905152000071564"]), "2026-05-15")["age"][0] == 57


@pytest.mark.parametrize(
    "number,why",
    [
        ("196913152000071564", "month 13"),
        ("196902302000071564", "30 February"),
        ("196905152000131564", "appointment month 13"),
        ("196905152000073564", "gender digit 3"),
        ("196905151960071564", "appointed before birth"),
        ("19690515200007156", "17 digits"),
    ],
)
def test_nip_invalid(number, why):
    assert not nip.parse_nip(pd.Series([number]))["valid"][0], why


def test_pppk_numbers_are_not_parsed():
    # PPPK: birth date, appointment year 2023, marker 21 where a NIP has its TMT month
    s = pd.Series(["198507172023212017", "196905152000071564"])
    assert nip.is_pppk_number(s).tolist() == [True, False]
    emp = pd.DataFrame(
        {"id": ["196905152000071564", "196905152000071565"], "status": ["PPPK", "PNS"]}
    )
    parsed = nip.employee_nips(emp)
    assert parsed["candidate"].tolist() == [False, True]
    assert parsed["valid"].tolist() == [False, True]


def test_generated_nips_agree_with_birth_date_and_gender():
    g = generate_organization(300, seed=1)
    p = nip.parse_nip(g.employees["id"])
    assert p["valid"].all()
    assert (p["birth_date"].dt.strftime("%Y-%m-%d") == g.employees["birth_date"]).all()
    assert (p["gender"] == g.employees["gender"]).all()


def test_nip_check_warns_with_row_numbers():
    e, p, u = small_frames()
    e["id"] = [
        "196905152000071564",
        "198001012005012002",
        "198513132010011003",
        "198507172023212017",
        "E5",
        "E6",
    ]
    e["birth_date"] = ["1969-05-15", "02-01-1980", "", "", "", ""]
    e["gender"] = ["L", "Laki-laki", "P", "", "", ""]
    org = placement.Organization.from_frames(e, p, u)
    w = "\n".join(org.warnings)
    # row 1 (second person; in memory rows are index labels): birth date 2 Jan vs NIP
    # 1 Jan; gender L vs NIP digit 2
    assert "employees row 1, column 'birth_date': differs from the birth date in the NIP" in w
    assert "employees row 1, column 'gender': differs from the gender digit" in w
    # row 2: month 13 is not a NIP; row 3 is a PPPK number (no warning); E5/E6 not NIPs
    assert "employees row 2, column 'id': 18 digits but not a valid NIP" in w
    assert "row 3" not in w and "rows 2, 3" not in w
    assert "row 0" not in w


def test_nip_check_is_vectorised_on_a_large_roster():
    g = generate_organization(20_000, seed=3)
    org = placement.Organization.from_frames(g.employees, g.positions, g.units)
    assert not [w for w in org.warnings if "NIP" in w]


def test_dates_in_export_formats():
    s = pd.Series(
        [
            "1969-05-15",
            "15-05-1969",
            "15/05/1969",
            "15 Mei 1969",
            "25338",
            "1969-05-15 00:00:00",
            "",
            "soon",
        ]
    )
    got = nip.parse_dates(s)
    # Excel serial 25338 = 1899-12-30 + 25338 days = 1969-05-15
    assert (got[:6] == pd.Timestamp("1969-05-15")).all()
    assert got[6:].isna().all()


_DATE_TEXT = st.one_of(
    st.dates(min_value=datetime.date(1600, 1, 1), max_value=datetime.date(2300, 12, 31))
    .map(
        lambda d: st.sampled_from(
            [
                f"{d.year:04d}-{d.month:02d}-{d.day:02d}",
                f"{d.year:04d}-{d.month}-{d.day}",
                f"{d.day:02d}-{d.month:02d}-{d.year:04d}",
                f"{d.day}/{d.month}/{d.year:04d}",
                f"{d.year:04d}-{d.month:02d}-{d.day:02d} 00:00:00",
                f"{d.year:04d}-{d.month:02d}-{d.day:02d}T08:30",
            ]
        )
    )
    .flatmap(lambda s: s),
    st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\Z"),  # impossible days too
    st.from_regex(r"\A[0-9٠-٩]{4}-[0-9]{2}-[0-9]{2}\Z"),  # non-ASCII digits
    st.sampled_from(["", "soon", "15 Mei 1969", "25338", "25338.0", "1 jan 2020"]),
    st.text(max_size=12),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_DATE_TEXT, max_size=30))
def test_the_plain_iso_fast_path_parses_as_the_general_parser(texts):
    """Plain ISO dates take a vectorised path; every text must come out as the general
    parser (the one for all other spellings) reads it."""
    s = pd.Series(texts, dtype=object)
    got = nip.parse_dates(s)
    text = s.fillna("").astype(str).str.strip()
    want = nip._parse_any_dates(text.reset_index(drop=True)).astype("datetime64[us]")
    # years pandas cannot hold in nanoseconds are no dates (a typo, never a crash)
    inside = (want >= pd.Timestamp.min.ceil("s")) & (want <= pd.Timestamp.max.floor("s"))
    assert got.dtype == "datetime64[ns]"
    assert got.tolist() == want.where(inside).astype("datetime64[ns]").tolist()
