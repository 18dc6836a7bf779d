"""Reading tables: what a broken file says."""

from __future__ import annotations

import pytest

from placement.errors import DataError
from placement.io.tables import read_table


def test_a_malformed_csv_is_one_line_naming_the_file_and_the_line(tmp_path):
    path = tmp_path / "employees.csv"
    path.write_text("id,name,rank\nE1,Ana,III/a\nE2,Budi,III/b,extra\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_table(path)
    (line,) = err.value.problems
    assert "\n" not in line  # pandas ends its own message with a line break
    assert "employees.csv" in line and "line 3" in line and "saw 4" in line
