"""Reports: CSV / JSON / Excel / HTML files of results and comparisons."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import placement
from placement.api import CHANGE_KPIS, compare
from placement.errors import PlacementError
from placement.i18n import LABELS, Message, check_lang, kpi_label
from placement.model.result import Result
from placement.report import label, write_comparison, write_result
from placement.report.charts import RESULT_CHARTS
from placement.report.comparison_charts import COMPARISON_CHARTS
from placement.report.csv_files import neutral_text, neutralise
from placement.report.excel import FIXED_TIME, ZIP_TIME, SheetNames, fit_words
from placement.report.files import RESULT_TABLES, folder_names, result_table
from placement.report.formatting import fmt_num
from placement.solvers.base import SolveOutcome, Status
from tests.conftest import small_frames

RESULT_FILES = [f"{t}.csv" for t in RESULT_TABLES] + ["kpis.json", "placement.xlsx", "report.html"]


def make_result(
    name="restructure", description="Close the legal analyst post & re-place", **settings
) -> Result:
    """Six people, one post closed: a move, an unplaced person, a new hire (serving
    staff on a par with new hires, ``unplaced_serving: 0``: by default the closed
    post's holder would take the new hire's seat, and the tables would hold no new
    hire)."""
    e, p, u = small_frames()
    ops = [{"close_positions": {"select": {"positions": ["P2"]}}}]
    settings.setdefault("objective", {"weights": {"unplaced_serving": 0}})
    return placement.solve(
        placement.Scenario.from_frames(
            e, p, u, name=name, description=description, operations=ops, **settings
        )
    )


def gap_result() -> Result:
    """An organisation with vacancies and training needs (a higher standard)."""
    e, p, u = small_frames()
    p = p.copy()
    p["headcount"] = ["2", "1", "2", "1", "1"]
    p["comp:Integritas"] = ["4", "4", "3", "4", "5"]
    return placement.solve(placement.Scenario.from_frames(e, p, u, name="gaps"))


@pytest.fixture(scope="module")
def result():
    return make_result()


@pytest.fixture(scope="module")
def comparison():
    e, p, u = small_frames()
    base = placement.Scenario.from_frames(e, p, u, name="baseline", description="no restructuring")
    return compare([base, make_result(), gap_result()])


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def same_table(csv: pd.DataFrame, table: pd.DataFrame) -> None:
    """The CSV holds the table: same headers, rows, and values (numbers numerically)."""
    assert list(csv.columns) == [str(c) for c in table.columns]
    assert len(csv) == len(table)
    for c in table.columns:
        col = table[c]
        got = csv[str(c)]
        if pd.api.types.is_bool_dtype(col):
            assert list(got) == [str(bool(v)) for v in col], c
        elif pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_object_dtype(col):
            want = col.to_numpy(dtype=float)
            have = pd.to_numeric(got.replace("", np.nan)).to_numpy(dtype=float)
            np.testing.assert_allclose(have, want, rtol=1e-9, equal_nan=True, err_msg=c)
        else:
            want = [
                ("" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
                for v in col.astype(object)
            ]
            want = ["" if w == "nan" else w for w in want]
            assert list(got) == want, c


class Charts(HTMLParser):
    """Collects each ``svg.chart`` with the shapes inside it, and every script/link."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, int]] = {}
        self.current: str | None = None
        self.scripts = 0
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg" and "chart" in (a.get("class") or "").split():
            self.current = a["data-chart"]
            assert self.current not in self.charts, f"duplicate chart {self.current}"
            self.charts[self.current] = {"rect": 0, "path": 0, "text": 0}
        elif self.current and tag in ("rect", "path", "text"):
            self.charts[self.current][tag] += 1
        if tag == "script":
            self.scripts += 1
        for k in ("src", "href"):
            if a.get(k):
                self.urls.append(a[k])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "svg":
            self.current = None


def parse_html(path: Path) -> Charts:
    p = Charts()
    p.feed(path.read_text(encoding="utf-8"))
    return p


# -- write_result ---------------------------------------------------------------------


def test_write_result_writes_every_file(result, tmp_path):
    paths = write_result(result, tmp_path / "out")
    assert [p.name for p in paths] == RESULT_FILES
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths if p.suffix != ".csv")
    assert sorted(x.name for x in (tmp_path / "out").iterdir()) == sorted(RESULT_FILES)


def test_formats_choose_the_files_and_parquet_keeps_the_tables(result, tmp_path):
    paths = write_result(result, tmp_path / "a", formats="parquet,csv")
    assert [p.name for p in paths] == (
        [x for t in RESULT_TABLES for x in (f"{t}.csv", f"{t}.parquet")] + ["kpis.json"]
    )
    for t in RESULT_TABLES:
        got = pd.read_parquet(tmp_path / "a" / f"{t}.parquet")
        pd.testing.assert_frame_equal(
            got, result_table(result, t).reset_index(drop=True), check_dtype=False
        )
    again = write_result(result, tmp_path / "b", formats=["csv", "parquet"])
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]  # byte-identical
    only = write_result(result, tmp_path / "c", formats="html")
    assert [p.name for p in only] == ["kpis.json", "report.html"]
    with pytest.raises(
        PlacementError,
        match=r"unknown output format\(s\) pdf; choose from "
        "csv, parquet, xlsx, html",
    ):
        write_result(result, tmp_path / "d", formats="csv,pdf")
    assert not (tmp_path / "d").exists()


def test_csv_matches_result_tables(result, tmp_path):
    write_result(result, tmp_path)
    for t in RESULT_TABLES:
        same_table(read_csv(tmp_path / f"{t}.csv"), result_table(result, t))
    up = read_csv(tmp_path / "unplaced.csv")
    # E1's post P2 is closed: that is the reason, in both tables (not "outcompeted")
    assert len(up) == 1 and up.loc[0, "reason_code"] == "post_closed"
    assert up.loc[0, "reason"] == (
        "own post P2 (Analis Hukum) is closed in this scenario (formasi 0); elsewhere: "
        "all 2 eligible post(s) are full; the best, P1 (Analis Keuangan), went to Dodi "
        "Saputra (E4), who scores 20.0 points more there (continuity +20.0)"
    )  # the same fit there; E1 would pay the move (a new hire pays none)
    mv = read_csv(tmp_path / "moves.csv")
    assert "post_closed" in set(mv["reason_code"])
    # the moves' columns first, then their kind as the workbook and the SK list mark it
    assert list(mv.columns) == [*result.moves.columns, *CLASSIFIED]
    # E2 leaves Analis Keuangan, a JF, for Pengadministrasi Umum, a JA post
    assert mv[["employee_id", *CLASSIFIED]].to_dict("records") == [
        {"employee_id": "E1", "from_opd": "U2", "to_opd": "", "move_kind": "lost_post",
         "grade_change": "", "review": "", "performance": "", "skp_check": "", "jf_check": "",
         "jf_leave": "",
         "seat_check": "", "seat_by": "", "formasi_check": "", "decision": "without_post"},
        {"employee_id": "E2", "from_opd": "U1", "to_opd": "U1", "move_kind": "rotasi",
         "grade_change": "", "review": "", "performance": "", "skp_check": "", "jf_check": "",
         "jf_leave": "pemberhentian_jf", "seat_check": "", "seat_by": "", "formasi_check": "",
         "decision": ""},
    ]  # fmt: skip


CLASSIFIED = [
    "from_opd", "to_opd", "move_kind", "grade_change", "review", "performance", "skp_check",
    "jf_check",
    "jf_leave", "seat_check", "seat_by", "formasi_check", "decision",
]  # fmt: skip


def test_csv_of_vacancies_and_training_needs():
    r = gap_result()
    assert len(r.vacancies) and len(r.training_needs)


def test_csv_matches_with_vacancies_and_training_needs(tmp_path):
    r = gap_result()
    write_result(r, tmp_path)
    for t in ("vacancies", "training_needs", "unit_fill", "placements"):
        same_table(read_csv(tmp_path / f"{t}.csv"), getattr(r, t))


def test_kpis_json(result, tmp_path):
    write_result(result, tmp_path)
    doc = json.loads((tmp_path / "kpis.json").read_text(encoding="utf-8"))
    assert list(doc) == [
        "scenario",
        "description",
        "kpis",
        "solver_reason",
        "solver_message",
        "warnings",
        "operation_log",
        "conflicts",
        "relaxations",
    ]
    assert doc["conflicts"] == [] and doc["relaxations"] == []
    assert doc["kpis"] == result.kpis
    assert list(doc["kpis"]) == list(result.kpis)  # insertion order kept
    assert doc["solver_reason"] == result.solver_reason
    assert doc["solver_message"] == ""  # the flow solver found the optimum: nothing to say
    assert "seconds" not in doc["kpis"]
    assert doc["operation_log"] == result.compiled.plan.log
    assert doc["operation_log"] and "closed 1 positions" in doc["operation_log"][0]
    assert doc["description"].startswith("Close the legal")


def test_xlsx_sheets_headers_and_formats(result, tmp_path):
    write_result(result, tmp_path)
    wb = openpyxl.load_workbook(tmp_path / "placement.xlsx")
    assert wb.sheetnames == [
        "KPIs",
        "Per agency (OPD)",
        "Placements",
        "Moves",
        "Vacancies",
        "Unplaced",
        "Decisions",
        "Training needs",
        "Unit fill",
        "Objective breakdown",
        "Log",
    ]
    for ws in wb.worksheets:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws.auto_filter.ref, ws.title
        assert all(c.font.b for c in ws[1] if c.value is not None), ws.title
        assert ws.max_column == 1 or ws.column_dimensions["A"].width >= 6
    pl = wb["Placements"]
    heads = [c.value for c in pl[1]]
    assert heads[:3] == ["Employee ID", "Name", "Rank"]
    assert pl.max_row == len(result.placements) + 1
    jpm = heads.index("JPM (%)") + 1
    values = [pl.cell(row=i, column=jpm).value for i in range(2, pl.max_row + 1)]
    assert all(v is None or isinstance(v, int | float) for v in values)  # numbers, not text
    assert any(isinstance(v, int | float) for v in values)
    assert pl.cell(row=3, column=jpm).number_format == "0.0"
    uf = wb["Unit fill"]
    rate = [c.value for c in uf[1]].index(
        "Fill rate (seats of the formasi held; those over it not counted)"
    ) + 1
    assert uf.cell(row=2, column=rate).number_format == "0.0%"
    assert isinstance(uf.cell(row=2, column=rate).value, int | float)
    kp = wb["KPIs"]
    rows = {r[2].value: r[1] for r in kp.iter_rows(min_row=2)}
    assert rows["placed"].value == result.kpis["placed"]
    assert rows["fill_rate"].number_format == "0.0%"
    assert rows["solver_reason"].value == result.solver_reason
    assert kp.column_dimensions["A"].width >= len("Eligible employee–position pairs")
    widths = [pl.column_dimensions[c].width for c in "ABCDEF"]
    assert all(6 <= w <= 50 for w in widths)


def test_html_has_every_chart_with_content(result, tmp_path):
    write_result(result, tmp_path)
    p = parse_html(tmp_path / "report.html")
    assert sorted(p.charts) == sorted(RESULT_CHARTS)
    for name, shapes in p.charts.items():
        assert shapes["rect"] + shapes["path"] > 0, name
    assert p.scripts == 1  # the inline table filter, nothing else
    assert not [u for u in p.urls if re.match(r"[a-z]+://", u)], p.urls
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Close the legal analyst post &amp; re-place" in text
    assert "restructure" in text and "Ayu Lestari" in text  # the unplaced person
    assert "closed 1 positions" in text  # the operation log
    unit_fill = text[text.index('data-chart="unit_fill"') :]
    unit_fill = unit_fill[: unit_fill.index("</svg>")]
    assert "Badan Keuangan" in unit_fill and "Dinas Kesehatan" in unit_fill  # names, not ids
    assert "incumbents: 94.3 before → 100.0 after" in text  # the like-for-like JPM
    assert "network problem: exact min-cost flow" in text  # why this solver
    moves = text[text.index("Everyone whose post changes, and why") :]
    moves = moves[: moves.index("</thead>")]
    heads = re.findall(r"<th[^>]*>([^<]*)</th>", moves)
    assert heads == ["Employee", "From", "To", "JPM (%)", "Kind of move", "Reason"]  # no grades


def test_moves_table_shows_grade_changes(tmp_path):
    e, p, u = small_frames()
    p = p.assign(grade=["8", "8", "5", "7", "14"])
    ops = [{"close_positions": {"select": {"positions": ["P2"]}}}]
    r = placement.solve(placement.Scenario.from_frames(e, p, u, name="g", operations=ops))
    assert r.moves["from_grade"].notna().all()
    write_result(r, tmp_path)
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    moves = text[text.index("Everyone whose post changes, and why") :]
    moves = moves[: moves.index("</table>")]
    heads = re.findall(r"<th[^>]*>([^<]*)</th>", moves)
    assert heads == ["Employee", "From", "To", "Grade", "JPM (%)", "Kind of move", "Reason"]
    for fg, tg in zip(r.moves["from_grade"], r.moves["to_grade"], strict=True):
        to = "–" if np.isnan(tg) else f"{tg:.0f}"  # "–": left without a post
        assert f"<td>{fg:.0f} → {to}</td>" in moves
    assert r.moves["to_grade"].isna().any()


def test_html_tables_are_truncated_with_a_note(tmp_path):
    from placement.report.tables import table_html

    df = pd.DataFrame({"employee_id": [f"E{i}" for i in range(100)], "jpm": np.arange(100.0)})
    out = table_html(df, ["employee_id", "jpm"], "en", "moves.csv", limit=30)
    assert out.count("<tr>") == 31
    assert "Showing 30 of 100 rows" in out and "moves.csv" in out


def test_text_is_escaped(tmp_path):
    r = make_result(name="<b>x</b>&co", description='<script>alert("x")</script>')
    write_result(r, tmp_path)
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in text and "<b>x</b>" not in text
    assert "&lt;script&gt;" in text and "&lt;b&gt;x&lt;/b&gt;&amp;co" in text
    assert parse_html(tmp_path / "report.html").scripts == 1  # ours: the table filter


def test_result_without_solution_and_bare_problem(tmp_path):
    comp = placement.Scenario.from_frames(*small_frames(), name="none").compile()
    none = Result(
        comp.problem,
        SolveOutcome(
            Status.NO_SOLUTION,
            None,
            None,
            None,
            "cp-sat",
            1.0,
            "time limit reached before CP-SAT found a placement",
        ),
        "side constraints (budgets): CP-SAT",
        comp,
        [],
    )
    bare = placement.solve(comp.problem)
    for r, d in ((none, "none"), (bare, "bare")):
        for lang in ("en", "id"):
            paths = write_result(r, tmp_path / d / lang, lang=lang)
            assert [p.name for p in paths] == RESULT_FILES
            p = parse_html(tmp_path / d / lang / "report.html")
            assert p.charts == {}  # nothing to chart: no six "no placement" frames
            json.loads((tmp_path / d / lang / "kpis.json").read_text(encoding="utf-8"))
            openpyxl.load_workbook(tmp_path / d / lang / "placement.xlsx")
    text = (tmp_path / "none" / "en" / "report.html").read_text(encoding="utf-8")
    assert text.count("No placement was found within the time limit.") == 1
    assert "time limit reached before CP-SAT found a placement" in text
    assert "side constraints (budgets): CP-SAT" in text
    assert "no solution found" in text  # the status, as it is
    # no rows without a placement: each CSV is its header alone (a table reader gets
    # an empty table with the columns of a placed result, not a parse error), the
    # workbook holds the KPIs
    placed = placement.solve(comp)
    for t in RESULT_TABLES:
        csv = tmp_path / "none" / "en" / f"{t}.csv"
        empty = pd.read_csv(csv)
        assert len(empty) == 0
        assert list(empty.columns) == list(result_table(placed, t).columns), t
        assert csv.read_text(encoding="utf-8").count("\n") == 1
    for t in ("placements", "unplaced"):  # a raw problem's: employee and position indices
        assert list(pd.read_csv(tmp_path / "bare" / "en" / f"{t}.csv").columns) == [
            "employee",
            "position",
        ]
    wb = openpyxl.load_workbook(tmp_path / "none" / "en" / "placement.xlsx")
    assert wb.sheetnames == ["KPIs"]
    rows = {r[2].value: r[1].value for r in wb["KPIs"].iter_rows(min_row=2)}
    assert rows["status"] == "no solution found"
    assert rows["solver_message"] == "time limit reached before CP-SAT found a placement"
    doc = json.loads((tmp_path / "none" / "en" / "kpis.json").read_text(encoding="utf-8"))
    assert doc["solver_message"].startswith("time limit reached")


def test_interrupted_result_says_so(result, tmp_path):
    """A placement that is not proven optimal (CP-SAT stopped by Ctrl-C) shows its
    status and the solver's message in every language, in HTML, Excel and JSON."""
    msg = "interrupted: the best placement found so far, not proven optimal"
    r = Result(
        result.problem,
        dataclasses.replace(result.outcome, status=Status.FEASIBLE, message=msg),
        result.solver_reason,
        result.compiled,
        result.warnings,
    )
    for lang, status, shown in (
        ("en", "feasible (not proven optimal)", msg),
        ("id", "layak (belum terbukti optimal)", "dihentikan: penempatan terbaik"),
    ):
        write_result(r, tmp_path / lang, lang=lang)
        text = (tmp_path / lang / "report.html").read_text(encoding="utf-8")
        assert f'<span class="badge feasible">{status}</span>' in text
        assert '<p class="banner">' in text and shown in text
        ws = openpyxl.load_workbook(tmp_path / lang / "placement.xlsx").worksheets[0]
        kp = {row[2].value: row[1].value for row in ws.iter_rows(min_row=2)}
        assert kp["status"] == status and kp["solver_message"].startswith(shown)
        doc = json.loads((tmp_path / lang / "kpis.json").read_text(encoding="utf-8"))
        assert doc["solver_message"] == msg  # JSON: the machine text in every language


# -- determinism ----------------------------------------------------------------------


def _bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("lang", ["en", "id"])
def test_result_output_is_byte_identical(result, tmp_path, lang):
    write_result(result, tmp_path / "a", lang=lang)
    write_result(result, tmp_path / "b", lang=lang)
    write_result(result, tmp_path / "a", lang=lang)  # over its own output
    a, b = _bytes(tmp_path / "a"), _bytes(tmp_path / "b")
    assert list(a) == sorted(RESULT_FILES)
    assert a == b


def test_same_input_solved_twice_gives_same_files(tmp_path):
    """Two solves of the same scenario (different solve times): every file is identical."""
    write_result(make_result(), tmp_path / "a")
    write_result(make_result(), tmp_path / "b")
    a, b = _bytes(tmp_path / "a"), _bytes(tmp_path / "b")
    assert list(a) == sorted(RESULT_FILES)
    assert a == b


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_run_time_in_any_file(result, tmp_path, lang):
    """The solve time is written nowhere: a result that took 4,321.5 s gives the same
    bytes as the original, and neither the number nor a time label appears."""
    slow = Result(
        result.problem,
        dataclasses.replace(result.outcome, seconds=4321.5678),
        result.solver_reason,
        result.compiled,
        result.warnings,
    )
    write_result(result, tmp_path / "a", lang=lang)
    write_result(slow, tmp_path / "b", lang=lang)
    assert _bytes(tmp_path / "a") == _bytes(tmp_path / "b")
    for name in ("kpis.json", "report.html"):
        text = (tmp_path / "b" / name).read_text(encoding="utf-8")
        assert "4321" not in text and "4,321" not in text and "4.321" not in text, name
        assert "seconds" not in text and "Solve time" not in text and "detik" not in text
    xml = _xlsx_text(tmp_path / "b" / "placement.xlsx")
    assert "4321" not in xml and "Solve time" not in xml and "detik" not in xml


def test_comparison_has_no_run_time(comparison, tmp_path):
    write_comparison(comparison, tmp_path, lang="en")
    for p in tmp_path.rglob("*"):
        if p.suffix in (".csv", ".json", ".html"):
            text = p.read_text(encoding="utf-8")
            assert "seconds" not in text and "Solve time" not in text, p
    assert "Solve time" not in _xlsx_text(tmp_path / "comparison.xlsx")


def test_comparison_output_is_byte_identical(comparison, tmp_path):
    write_comparison(comparison, tmp_path / "a", lang="id")
    write_comparison(comparison, tmp_path / "b", lang="id")
    write_comparison(comparison, tmp_path / "a", lang="id")  # over its own output
    a, b = _bytes(tmp_path / "a"), _bytes(tmp_path / "b")
    assert len(a) == 5 + 3 * len(RESULT_FILES)
    assert a == b


def test_xlsx_has_fixed_properties_and_zip_times(result, comparison, tmp_path):
    write_result(result, tmp_path / "r")
    write_comparison(comparison, tmp_path / "c")
    today = datetime.date.today().isoformat()
    for path in (tmp_path / "r" / "placement.xlsx", tmp_path / "c" / "comparison.xlsx"):
        with zipfile.ZipFile(path) as z:
            assert {i.date_time for i in z.infolist()} == {ZIP_TIME}
            core = z.read("docProps/core.xml").decode("utf-8")
        assert core.count("2000-01-01T00:00:00Z") == 2  # created and modified
        # no clock time; today's date only as the reference date the result records
        # (a scenario without reference_date is measured at the day it is run)
        assert today not in _xlsx_text(path).replace(f">{today}<", "")
        props = openpyxl.load_workbook(path).properties
        assert props.created == props.modified == FIXED_TIME


def test_xlsx_strings_stay_strings(tmp_path):
    """Names that look like formulas, numbers or links are written as text."""
    e, p, u = small_frames()
    e = e.copy()
    e.loc[0, "name"] = '=HYPERLINK("http://example.invalid","x")'
    e.loc[1, "name"] = "0123"
    e.loc[2, "name"] = "http://example.invalid/a"
    r = placement.solve(placement.Scenario.from_frames(e, p, u, name="odd"))
    write_result(r, tmp_path)
    ws = openpyxl.load_workbook(tmp_path / "placement.xlsx")["Placements"]
    heads = [c.value for c in ws[1]]
    names = [ws.cell(row=i, column=heads.index("Name") + 1).value for i in (2, 3, 4)]
    assert names == list(e["name"][:3])
    assert ws.cell(row=2, column=heads.index("Name") + 1).data_type == "s"
    assert "<f>" not in _xlsx_text(tmp_path / "placement.xlsx")
    assert "<hyperlinks>" not in _xlsx_text(tmp_path / "placement.xlsx")


# -- protected inputs -----------------------------------------------------------------


def test_refuses_to_overwrite_a_protected_input(result, tmp_path):
    inp = tmp_path / "placements.csv"
    inp.write_text("id,name\nE1,A\n", encoding="utf-8")
    with pytest.raises(PlacementError, match="refusing to overwrite an input file"):
        write_result(result, tmp_path, protected=[inp])
    assert inp.read_text(encoding="utf-8") == "id,name\nE1,A\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["placements.csv"]  # nothing else


def test_refuses_protected_path_given_another_way(result, tmp_path):
    (tmp_path / "data").mkdir()
    inp = tmp_path / "data" / "report.html"
    inp.write_text("mine", encoding="utf-8")
    with pytest.raises(PlacementError):
        write_result(
            result,
            tmp_path / "data",
            protected=[str(tmp_path / "x" / ".." / "data" / "report.html")],
        )
    assert inp.read_text(encoding="utf-8") == "mine"


def test_comparison_refuses_protected_input_in_a_scenario_folder(comparison, tmp_path):
    inp = tmp_path / "baseline" / "moves.csv"
    inp.parent.mkdir()
    inp.write_text("keep", encoding="utf-8")
    with pytest.raises(PlacementError):
        write_comparison(comparison, tmp_path, protected=[inp])
    assert inp.read_text(encoding="utf-8") == "keep"
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["moves.csv"]


# -- languages ------------------------------------------------------------------------


def test_label_dictionaries():
    assert all(len(texts) == 2 and all(texts) for texts in LABELS.values())
    assert label("headcount", "id") == "Formasi"
    assert label("before", "id") == "Bezetting"
    assert label("moves", "id") == "Perpindahan jabatan"
    # the KPI counts the moves list, those left without a post included; the sheet
    # keeps the short name (31 characters with a scenario's name in a comparison)
    assert kpi_label("moves") == "Moves (incl. left without a post)"
    assert kpi_label("moves", "id") == "Perpindahan jabatan (termasuk kehilangan jabatan)"
    assert label("vacancies", "id") == "Jabatan lowong"
    assert label("training_needs", "id") == "Pengembangan kompetensi"
    assert label("unplaced", "id") == "Pegawai tidak ditempatkan"
    assert label("unit", "id") == "Unit kerja" and label("position", "id") == "Jabatan"
    for cat in ("Optimal", "Cukup Optimal", "Kurang Optimal"):
        assert label(cat, "id") == label(cat, "en") == cat
    assert label("not a key", "id") == "not a key"
    assert kpi_label("gap", "en") == "Optimality gap" and label("gap", "en") == "Gap"
    with pytest.raises(PlacementError, match="not supported"):
        check_lang("fr")


def test_every_table_column_kpi_and_value_has_labels(result, comparison):
    data_columns = {"monthly_cost", "badge"}  # extra input columns, carried through
    keys = set(result.kpis) | {"solver_reason", "solver_message"}
    for t in RESULT_TABLES:
        keys |= set(map(str, getattr(result, t).columns)) - data_columns
    for r in comparison.results:
        for t in ("status", "reason"):
            for tab in (r.placements, r.moves, r.unplaced):
                if t in tab:  # catalogue messages render themselves in each language
                    keys |= {v for v in tab[t] if not isinstance(v, Message)}
    keys |= {s.value for s in Status}
    missing = sorted(k for k in keys if k not in LABELS)
    assert missing == []


def test_indonesian_labels_in_excel_and_html(result, tmp_path):
    write_result(result, tmp_path / "en", lang="en")
    write_result(result, tmp_path / "id", lang="id")
    wb = openpyxl.load_workbook(tmp_path / "id" / "placement.xlsx")
    assert wb.sheetnames == [
        "Indikator",
        "Per OPD",
        "Penempatan",
        "Perpindahan jabatan",
        "Jabatan lowong",
        "Pegawai tidak ditempatkan",
        "Keputusan",
        "Pengembangan kompetensi",
        "Keterisian unit kerja",
        "Rincian fungsi tujuan",
        "Catatan",
    ]
    uf = [c.value for c in wb["Keterisian unit kerja"][1]]
    assert {
        "Formasi",
        "Bezetting",
        "Ditempatkan (termasuk yang di luar formasi)",
        "Lowong",
        "Unit kerja",
    } <= set(uf)
    pl = wb["Penempatan"]
    heads = [c.value for c in pl[1]]
    assert "Kategori JPM" in heads and "Jabatan" in heads
    status = [
        pl.cell(row=i, column=heads.index("Status") + 1).value for i in range(2, pl.max_row + 1)
    ]
    assert {"pindah dalam unit kerja", "tetap", "penempatan baru", "tidak ditempatkan"} <= set(
        status
    )
    up = wb["Pegawai tidak ditempatkan"]
    assert str(up.cell(row=2, column=6).value).startswith("jabatan sendiri P2")
    kp = {r[2].value: r[1].value for r in wb["Indikator"].iter_rows(min_row=2)}
    assert kp["status"] == "optimal (terbukti)"
    assert kp["solver_reason"].startswith("dihitung eksak")  # a known reason, translated
    text = (tmp_path / "id" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="id" ' in text
    assert "Alasan pemilihan solver: dihitung eksak" in text
    assert "pemangku jabatan: 94,3 sebelum → 100,0 sesudah" in text
    for word in (
        "Laporan penempatan pegawai",
        "Formasi",
        "Bezetting",
        "Perpindahan jabatan",
        "Jabatan lowong",
        "Pegawai tidak ditempatkan",
        "pengembangan kompetensi",
    ):
        assert word in text, word
    # CSV headers are machine names in both languages; files other than xlsx/html equal
    en, idn = _bytes(tmp_path / "en"), _bytes(tmp_path / "id")
    for name in en:
        if name.endswith((".csv", ".json")):
            assert en[name] == idn[name], name


def test_number_formats_per_language():
    assert fmt_num(4500.25, "en", 1) == "4,500.2" or fmt_num(4500.25, "en", 1) == "4,500.3"
    assert fmt_num(4500, "id") == "4.500"
    assert fmt_num(92.65, "id", 1) in ("92,6", "92,7")
    assert fmt_num(-0.0001, "en", 2) == "0.00"
    assert fmt_num(None, "en") == "–"


# -- comparison -----------------------------------------------------------------------


def test_write_comparison(comparison, tmp_path):
    paths = write_comparison(comparison, tmp_path, lang="en")
    names = [str(p.relative_to(tmp_path)) for p in paths]
    assert names[:3] == ["kpis.csv", "kpis.json", "differences.csv"]
    assert names[-2:] == ["comparison.xlsx", "report.html"]
    for n in comparison.names:
        assert (tmp_path / n / "report.html").is_file()
        assert (tmp_path / n / "placements.csv").is_file()
    kp = read_csv(tmp_path / "kpis.csv")
    assert list(kp.columns) == ["kpi", *comparison.names]
    # results' order, not a-z; then how each scenario differs from the first
    assert list(kp["kpi"]) == [*comparison.results[0].kpis, *CHANGE_KPIS]
    row = kp.set_index("kpi").loc["placed"]
    assert [int(x) for x in row] == [r.kpis["placed"] for r in comparison.results]
    doc = json.loads((tmp_path / "kpis.json").read_text(encoding="utf-8"))
    assert doc["scenarios"] == comparison.names
    assert doc["kpis"]["moves"] == {r.name: r.kpis["moves"] for r in comparison.results}
    assert [(p["scenario_a"], p["scenario_b"]) for p in doc["pairs"]] == [
        ("baseline", "restructure"),
        ("baseline", "gaps"),
        ("restructure", "gaps"),
    ]
    same_table(read_csv(tmp_path / "differences.csv"), comparison.differences)
    assert len(comparison.differences) > 0


def test_comparison_workbook_and_html(comparison, tmp_path):
    write_comparison(comparison, tmp_path, lang="en")
    wb = openpyxl.load_workbook(tmp_path / "comparison.xlsx")
    # light: KPIs, what each gains and costs against another (review 128 L5), what
    # each asks before its SKs (review 130 M2), those left without a post (review 102),
    # pair counts, differences and each scenario's moves only (the full workbook of a
    # scenario is in its folder)
    assert wb.sheetnames == [
        "KPIs",
        "Against another",
        "Before the SKs",
        "Incumbents left without a post",
        "Scenario pairs",
        "Differences",
        "baseline – Moves",
        "restructure – Moves",
        "gaps – Moves",
    ]
    for r in comparison.results:
        ws = wb[f"{r.name} – Moves"]
        heads = [c.value for c in ws[1]]
        assert heads[:2] == ["Employee ID", "Name"] and "To grade" in heads
        # classified as in the scenario's own workbook
        assert {"Kind of move", "Grade change", "Considered before the SK by"} <= set(heads)
        assert ws.max_row == len(r.moves) + 1
    diff = wb["Differences"]
    heads = [c.value for c in diff[1]]
    assert heads == ["Employee ID", "Name", "Current position"] + [
        f"Position: {n}" for n in comparison.names
    ]
    assert diff.max_row == len(comparison.differences) + 1
    cells = {c.value for row in diff.iter_rows(min_row=2) for c in row}
    assert "(unplaced)" in cells  # Ayu Lestari, whose post is closed in "restructure"
    pairs = wb["Scenario pairs"]
    assert [c.value for c in pairs[1]][:3] == ["Scenario A", "Scenario B", "Placed differently"]
    assert pairs.max_row == 1 + 3
    assert all(len(n) <= 31 for n in wb.sheetnames)
    assert len({n.lower() for n in wb.sheetnames}) == len(wb.sheetnames)
    kp = wb["KPIs"]
    assert [c.value for c in kp[1]] == ["KPI", *comparison.names, "Key"]
    assert all(ws.freeze_panes for ws in wb.worksheets)
    p = parse_html(tmp_path / "report.html")
    assert sorted(p.charts) == sorted(COMPARISON_CHARTS)
    assert all(s["rect"] > 0 for s in p.charts.values())
    assert [u for u in p.urls] == [f"{n}/report.html" for n in comparison.names]
    assert p.scripts == 1  # the inline table filter, nothing else
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    sample = text[text.index("Who is placed differently") :]
    assert "Analis Hukum (Bagian Hukum)" in sample  # positions by title (unit)
    assert "(unplaced)" in sample and "position:" not in sample


def test_comparison_with_an_unsolved_scenario(comparison, tmp_path):
    """A scenario without a placement is in the KPIs (with its status and message) but
    not in the differences or pair counts."""
    comp = placement.Scenario.from_frames(*small_frames(), name="timeout").compile()
    none = Result(
        comp.problem,
        SolveOutcome(Status.NO_SOLUTION, None, None, None, "cp-sat", 9.0, "time limit reached"),
        "side constraints (budgets): CP-SAT",
        comp,
        [],
    )
    c = compare([*comparison.results, none])
    assert list(c.differences.columns)[-1] == "position:gaps"
    for lang in ("en", "id"):
        write_comparison(c, tmp_path / lang, lang=lang)
        doc = json.loads((tmp_path / lang / "kpis.json").read_text(encoding="utf-8"))
        assert doc["solver_message"]["timeout"] == "time limit reached"
        assert all("timeout" not in (p["scenario_a"], p["scenario_b"]) for p in doc["pairs"])
        p = parse_html(tmp_path / lang / "report.html")
        assert sorted(p.charts) == sorted(COMPARISON_CHARTS)
        wb = openpyxl.load_workbook(tmp_path / lang / "comparison.xlsx")
        assert not [n for n in wb.sheetnames if n.startswith("timeout")]
        kp = {r[-1].value: [c.value for c in r[1:-1]] for r in wb.worksheets[0].iter_rows()}
        assert kp["solver_message"][-1] == "time limit reached"
    text = (tmp_path / "en" / "report.html").read_text(encoding="utf-8")
    assert "no solution found" in text and "time limit reached" in text


def test_comparison_sheet_and_folder_names_are_safe(tmp_path):
    long = "a very long scenario name that will not fit in a sheet"
    rs = [make_result(name=long), make_result(name=long + " 2"), make_result(name="a/b:c")]
    c = compare(rs)
    write_comparison(c, tmp_path)
    names = openpyxl.load_workbook(tmp_path / "comparison.xlsx").sheetnames
    assert all(len(n) <= 31 for n in names) and len(set(names)) == len(names)
    assert folder_names(["a/b:c", "a_b_c", "..", "kpis.csv"]) == {
        "a/b:c": "a_b_c",
        "a_b_c": "a_b_c-2",
        "..": "scenario",
        "kpis.csv": "kpis.csv-2",
    }
    assert (tmp_path / "a_b_c" / "report.html").is_file()


@given(st.text(alphabet="ab ,–é", max_size=50), st.integers(2, 40))
def test_fit_words_keeps_whole_words(name, limit):
    """A name cut to a sheet's room keeps whole words and says it is cut (review 157:
    "penyetara – Perpindahan jabatan", "Badan Perencanaan Pembangunan D")."""
    out = fit_words(name, limit)
    assert len(out) <= limit
    if len(name) <= limit:
        assert out == name
        return
    assert out.endswith("…")
    kept = out[:-1]
    assert name.startswith(kept)
    if " " in kept.strip():  # whole words: it ends where a word ends, unless none fits
        assert name[len(kept)] in " ,;:" or kept == name[: limit - 1].rstrip()


def test_indonesian_sheet_names_are_not_cut_inside_a_word(tmp_path):
    """The comparison's moves sheets keep the scenario's whole name in Indonesian (the
    table's title is the one shortened), and a long OPD's sheet ends on a whole word."""
    rs = [
        make_result(name="penyetaraan"),
        make_result(name="kuota-dinkes-naik-2025"),
        make_result(name="kuota-dinkes-naik-2026"),
    ]
    write_comparison(compare(rs), tmp_path, lang="id")
    names = openpyxl.load_workbook(tmp_path / "comparison.xlsx").sheetnames
    assert "penyetaraan – Perpindahan" in names
    # a name with no room for the title keeps its whole self (review 160 M4: both were
    # cut to "kuota-dinkes-nai… – Perpindahan", the second numbered)
    assert {"kuota-dinkes-naik-2025", "kuota-dinkes-naik-2026"} <= set(names)
    again = SheetNames()
    assert [again("a" * 40), again("a" * 40)] == ["a" * 30 + "…", "a" * 26 + "… (2)"]
    assert SheetNames()("Badan Perencanaan Pembangunan Daerah") == (
        "Badan Perencanaan Pembangunan…"
    )
    import placement.domain.penyetaraan  # noqa: F401  (its sheet names)

    own = {k: v for k, v in LABELS.items() if k.startswith("sheet:")}
    assert len(own) >= 4 and all(len(n) <= 31 for v in own.values() for n in v)


def test_generated_organisation_report(tmp_path):
    gen = pytest.importorskip("placement.generate")
    org = gen.generate_organization(300, seed=1)
    r = placement.solve(
        placement.Scenario.from_frames(org.employees, org.positions, org.units, name="gen")
    )
    write_result(r, tmp_path / "a", lang="id")
    write_result(r, tmp_path / "b", lang="id")
    assert _bytes(tmp_path / "a") == _bytes(tmp_path / "b")
    for t in RESULT_TABLES:
        same_table(read_csv(tmp_path / "a" / f"{t}.csv"), result_table(r, t))
    p = parse_html(tmp_path / "a" / "report.html")
    assert all(s["rect"] > 0 for s in p.charts.values())
    assert p.charts["moves_matrix"]["text"] > 5


@given(st.text(alphabet=st.sampled_from("=+-@\t\r0123456789.,aZ ()\"'"), max_size=8))
def test_one_cell_is_neutralised_as_a_column_would_be(text):
    assert neutral_text(text) == neutralise(pd.Series([text], dtype=object))[0]


def test_pair_moves_count_as_the_moves_table(tmp_path):
    """Moves in only one scenario plus moves in both are each scenario's moves KPI:
    someone past retirement age, excluded by rule, is no move in either (the bundled
    comparison counted its 53 retirees as 'moves in both')."""
    from placement.report.files import pair_differences
    from tests.domain.test_retirement import _retirement_frames

    e, p, u = _retirement_frames()  # E1 retires 2026-03-01, E6 2026-07-01: past BUP
    a = placement.Scenario.from_frames(e, p, u, name="a", reference_date="2026-08-01")
    b = a.with_settings(name="b", operations=[{"pin": {"employee": "E4", "position": "P3"}}])
    c = compare([a, b])
    assert sum(r.compiled.org.excluded.sum() for r in c.results) == 4  # E1, E6 in each
    row = pair_differences(c).iloc[0]
    for r, only in zip(c.results, ("moves_only_in_a", "moves_only_in_b"), strict=True):
        assert row[only] + row["moves_in_both"] == r.kpis["moves"], (r.name, row.to_dict())


def test_comparison_report_lists_each_warning_once_with_its_scenarios(tmp_path):
    """Review 71: that `quota` gives Dinas Kesehatan more seats than its cap allows was
    said in the scenario's own report only. The comparison report lists every data
    warning once, naming the scenarios it concerns, those of some scenarios first
    ("every scenario" for the others), as `placement compare` prints them."""
    e, p, u = small_frames()
    u = u.assign(max_headcount=["4", "", ""])  # U1: P1, P3, P5 with 4 seats
    base = placement.Scenario.from_frames(e, p, u, name="baseline")
    more = placement.Scenario.from_frames(
        e,
        p,
        u,
        name="more",
        operations=[{"set_headcount": {"select": {"positions": ["P3"]}, "headcount": 5}}],
    )
    comp = compare([base, more])
    shared = [str(w) for w in comp.results[0].warnings]
    assert shared and all(w in map(str, comp.results[1].warnings) for w in shared)
    for lang, every in (("en", "every scenario"), ("id", "semua skenario")):
        write_comparison(comp, tmp_path / lang, lang=lang, formats=["html"])
        text = (tmp_path / lang / "report.html").read_text(encoding="utf-8")
        items = re.findall(r"<li><b>([^<]*)</b>: ([^<]*)</li>", text)
        assert [n for n, _ in items] == ["more"] + [every] * len(shared)
        assert "max_headcount" in items[0][1] and "7" in items[0][1]
