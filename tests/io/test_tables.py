"""Reading tables: what a broken file says."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from placement.errors import DataError
from placement.io.tables import read_table
from placement.model.organization import load_organization
from tests.conftest import small_frames


def test_a_malformed_csv_is_one_line_naming_the_file_and_the_line(tmp_path):
    path = tmp_path / "employees.csv"
    path.write_text("id,name,rank\nE1,Ana,III/a\nE2,Budi,III/b,extra\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_table(path)
    (line,) = err.value.problems
    assert "\n" not in line  # pandas ends its own message with a line break
    assert "employees.csv" in line and "line 3" in line and "saw 4" in line


def test_numbers_of_a_parquet_file_read_as_the_text_a_csv_would_hold(tmp_path):
    # integer columns go through Arrow's cast, the others through Python's str: the
    # text is the same either way, so the checks that follow see what a CSV gives
    frame = pd.DataFrame(
        {
            "id": ["E1", "E2", "E3"],
            "grade": np.array([-7, 0, 2**62], dtype=np.int64),
            "small": np.array([1, 2, 3], dtype=np.int8),
            "unsigned": np.array([0, 7, 2**64 - 1], dtype=np.uint64),
            "nullable": pd.array([1, None, 3], dtype="Int64"),
            "ratio": [0.5, np.nan, 3.0],
            "flag": [True, False, True],
        }
    )
    frame.to_parquet(tmp_path / "employees.parquet")
    frame.to_csv(tmp_path / "employees.csv", index=False)
    got = read_table(tmp_path / "employees.parquet")
    assert got["grade"].tolist() == ["-7", "0", str(2**62)]
    assert got["small"].tolist() == ["1", "2", "3"]
    assert got["unsigned"].tolist() == ["0", "7", str(2**64 - 1)]
    assert got["nullable"].tolist() == ["1", "", "3"]
    assert got["ratio"].tolist() == ["0.5", "", "3.0"]
    assert got["flag"].tolist() == ["True", "False", "True"]
    as_csv = read_table(tmp_path / "employees.csv")
    for c in ("id", "grade", "small", "unsigned", "nullable", "flag"):
        assert got[c].tolist() == as_csv[c].tolist(), c
    assert {str(t) for t in got.dtypes} == {"str"}


_LEVEL = st.one_of(  # mostly levels, some blanks, now and then a bad cell
    st.integers(1, 5),
    st.sampled_from([np.nan, 3.0]),
    st.sampled_from([-1, 0, 7, 2.5, -0.0, np.inf, -np.inf, 1e20]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parquet_competency_numbers_validate_like_their_text(tmp_path_factory, data):
    """Competency columns of a Parquet file stay numbers (no text parsed back): the
    organisation, or every error line (file, rows, column, values quoted), is what the
    same cells as text give (the text every Parquet number was read as before)."""
    tmp = tmp_path_factory.mktemp("pq")
    emp, pos, units = (f.copy() for f in small_frames())
    n = len(emp)
    for c in ("comp:Integritas", "comp:Keuangan"):
        values = data.draw(st.lists(_LEVEL, min_size=n, max_size=n))
        whole = all(isinstance(v, int) for v in values)
        emp[c] = np.array(values, dtype=np.int64 if whole else float)
    emp.to_parquet(tmp / "employees.parquet")
    text = read_table(tmp / "employees.parquet")  # every cell as text
    assert text["comp:Integritas"].dtype == "str"
    (tmp / "text").mkdir()
    text.to_parquet(tmp / "text" / "employees.parquet")
    for d in (tmp, tmp / "text"):
        pos.to_parquet(d / "positions.parquet")
        units.to_parquet(d / "units.parquet")

    def load(d):
        try:
            org = load_organization(
                *(d / f"{t}.parquet" for t in ("employees", "positions", "units"))
            )
        except DataError as exc:
            return [line.replace(str(d), "") for line in exc.problems]
        return org.employees.drop(columns=["_row"])

    got, want = load(tmp), load(tmp / "text")
    if isinstance(want, list):
        assert got == want
    else:
        pd.testing.assert_frame_equal(got, want)
