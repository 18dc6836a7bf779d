"""The table workbook writer (rustpy-xlsxwriter): what openpyxl reads back."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import openpyxl
import pandas as pd

from placement.report.excel import (
    FIXED_TIME,
    ZIP_TIME,
    TableBook,
    _fixed_properties,
    add_key_value_sheet,
    add_table_sheet,
)


def _read(book: TableBook) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(book.bytes()))


def test_cells_keep_their_kinds_and_missing_values_stay_empty():
    df = pd.DataFrame(
        {
            "employee_id": pd.Series(["198501012010011001", "", None], dtype="str"),
            "note": pd.Series(["=1+1", 7, np.nan], dtype=object),
            "jpm": [91.25, np.nan, np.inf],
            "flag": [True, False, True],
            "n": np.array([1, 2, 3], dtype=np.int64),
        }
    )
    book = TableBook()
    add_table_sheet(book, "T", df, "en", headers=list(df.columns))
    ws = _read(book)["T"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[1] == ["198501012010011001", "=1+1", 91.25, True, 1]
    assert rows[2] == [None, 7, None, False, 2]  # "" and NaN are empty cells
    assert rows[3] == [None, None, None, True, 3]  # inf too
    assert ws["A2"].data_type == "s" and ws["B2"].data_type == "s"  # text, not a formula
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E4"


def test_equal_headers_are_told_apart():
    df = pd.DataFrame([[1, 2, 3]], columns=["a", "b", "c"])
    book = TableBook()
    add_table_sheet(book, "T", df, "en", headers=["Unit", "Unit", "Unit (2)"])
    ws = _read(book)["T"]
    assert [c.value for c in ws[1]] == ["Unit", "Unit (2)", "Unit (2) (2)"]


def test_key_value_rows_take_their_keys_format_or_general_when_values_disagree():
    book = TableBook()
    add_key_value_sheet(
        book,
        "K",
        [("placed", [4435, 4436]), ("fill_rate", [0.91, 0.92]), ("custom_metric", [5, 2.5])],
        ["A", "B"],
        "en",
    )
    ws = _read(book)["K"]
    assert ws.freeze_panes == "B2"
    assert [c.number_format for c in ws[2]][1:3] == ["#,##0", "#,##0"]
    assert [c.number_format for c in ws[3]][1:3] == ["0.0%", "0.0%"]
    assert [c.number_format for c in ws[4]][1:3] == ["General", "General"]
    assert [c.value for c in ws[2]][-1] == "placed"  # the machine key, last


def test_properties_and_entry_times_are_fixed():
    book = TableBook()
    add_table_sheet(book, "T", pd.DataFrame({"a": [1]}), "en")
    data = book.bytes()
    assert data == book.bytes()  # written twice: the same bytes
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time for i in z.infolist()} == {ZIP_TIME}
    props = openpyxl.load_workbook(io.BytesIO(data)).properties
    assert props.created == props.modified == FIXED_TIME
    assert props.creator == "placement"


def test_only_the_entries_from_the_first_to_change_on_are_written_again():
    # The writer's usual order (sheets, then core.xml) keeps the sheet's bytes; any
    # other order or entry time is fixed just the same, every entry's content kept.
    def zipped(entries):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, when, body in entries:
                z.writestr(zipfile.ZipInfo(name, date_time=when), body)
        return buf.getvalue()

    sheet = b"<sheetData>" + b"<row/>" * 5000 + b"</sheetData>"
    late = (2026, 12, 1, 4, 44, 0)
    usual = zipped([("xl/sheet1.xml", ZIP_TIME, sheet), ("docProps/core.xml", late, b"now")])
    fixed = _fixed_properties(usual)
    kept = zipfile.ZipFile(io.BytesIO(usual)).getinfo("docProps/core.xml").header_offset
    assert fixed[:kept] == usual[:kept]
    for order in (
        [("docProps/core.xml", ZIP_TIME, b"now"), ("xl/sheet1.xml", ZIP_TIME, sheet)],
        [("xl/a.xml", late, b"a"), ("xl/sheet1.xml", ZIP_TIME, sheet)],
    ):
        with zipfile.ZipFile(io.BytesIO(_fixed_properties(zipped(order)))) as z:
            assert z.testzip() is None
            assert {i.date_time for i in z.infolist()} == {ZIP_TIME}
            assert [i.filename for i in z.infolist()] == [name for name, _, _ in order]
            for name, _, body in order:
                content = z.read(name)
                assert content == body if name != "docProps/core.xml" else b"placement" in content


def test_text_beyond_excels_cell_limit_is_cut_not_a_crash():
    book = TableBook()
    long = "x" * 40_000
    add_table_sheet(
        book, "T", pd.DataFrame({"a": [long], "b": pd.Series([long], dtype=object)}), "en"
    )
    add_key_value_sheet(book, "K", [("description", [long])], ["A"], "en")
    wb = _read(book)
    assert len(wb["T"]["A2"].value) == len(wb["T"]["B2"].value) == 32_767
    assert len(wb["K"]["B2"].value) == 32_767
