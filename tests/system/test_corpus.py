"""The broken-input corpus: every case gives exactly the expected lines, never a
traceback, always a PlacementError subclass; the CLI exits 1 with one line each."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.errors import PlacementError
from placement.i18n import render_all

CORPUS = Path(__file__).parents[1] / "corpus"
CASES = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
TABLES = ("employees", "positions", "units")


def _expand(lines):
    return [ln.replace("{dir}", str(CORPUS)) for ln in lines]


def _load(case: str, spec: dict):
    if case.startswith("scenarios/"):
        return placement.load_scenario(CORPUS / case).plan().org
    paths = {t: CORPUS / "base" / f"{t}.csv" for t in TABLES}
    paths[spec["table"]] = CORPUS / case
    return placement.load_organization(paths["employees"], paths["positions"], paths["units"])


@pytest.mark.parametrize("case", [c for c, s in CASES.items() if not s.get("out")])
def test_case(case):
    spec = CASES[case]
    if spec.get("ok"):
        org = _load(case, spec)
        assert org.warnings == _expand(spec["warnings"])
        assert len(org.employees) == 3 and len(org.positions) == 2
        return
    with pytest.raises(PlacementError) as err:
        _load(case, spec)
    assert err.value.problems == _expand(spec["errors"])
    if "errors_id" in spec:  # the same lines in Bahasa Indonesia
        assert render_all(err.value.problems, "id") == _expand(spec["errors_id"])


def test_decoded_values():
    org = _load("cp1252.csv", CASES["cp1252.csv"])
    assert org.employees["name"].iloc[0] == "Ayu Lestàri Hérmawan"
    org = _load("decimal_comma.csv", CASES["decimal_comma.csv"])
    assert list(org.positions["priority"]) == [1.5, 1.0]
    assert org.positions["fields"].iloc[0] == "Ekonomi; Akuntansi"
    for case in ("dates_text.csv", "dates_serial.xlsx"):
        org = _load(case, CASES[case])
        assert list(org.employees["birth_date"]) == ["1985-03-15", "1990-07-01", "1992-11-30"]
    org = _load("unknown_columns.csv", CASES["unknown_columns.csv"])
    r = placement.solve(
        placement.Scenario(
            placement.Scenario.from_frames(org.employees, org.positions).config, None, org
        )
    )
    assert list(r.placements["hobby"]) == ["badminton", "", ""]


@pytest.mark.parametrize("case", [c for c, s in CASES.items() if s.get("out")])
@pytest.mark.parametrize("force", [False, True])
def test_out_refused(case, force):
    spec = CASES[case]
    before = {p: p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()}
    args = ["solve", str(CORPUS / case), "--out", str(CORPUS / spec["out"])]
    r = CliRunner().invoke(main, args + ["--force"] * force)
    assert r.exit_code == 1
    assert r.output.splitlines() == [f"error: {ln}" for ln in _expand(spec["errors"])]
    assert {p: p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "case", [c for c, s in CASES.items() if not s.get("ok") and not s.get("out")]
)
def test_cli_one_line_per_problem(case, tmp_path):
    spec = CASES[case]
    if case.startswith("scenarios/"):
        scenario = CORPUS / case
    else:
        data = {t: str(CORPUS / "base" / f"{t}.csv") for t in TABLES}
        data[spec["table"]] = str(CORPUS / case)
        scenario = tmp_path / "s.yaml"
        scenario.write_text(yaml.safe_dump({"name": "s", "data": data}))
    r = CliRunner().invoke(main, ["validate", str(scenario)])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    lines = r.output.splitlines()  # the errors, and any warnings of the same run
    assert all(ln.startswith(("error: ", "warning: ")) for ln in lines)
    assert [ln for ln in lines if ln.startswith("error: ")] == [
        f"error: {ln}" for ln in _expand(spec["errors"])
    ]
    if "errors_id" in spec:
        r = CliRunner().invoke(main, ["--lang", "id", "validate", str(scenario)])
        assert [ln for ln in r.output.splitlines() if ln.startswith("error: ")] == [
            f"error: {ln}" for ln in _expand(spec["errors_id"])
        ]


def test_four_mistakes_in_one_run(tmp_path):
    """A misspelled setting, an unknown operation, a bad rank and a headcount written
    '2 orang': all four (and the warning) in one run, grouped by file."""
    base = CORPUS / "base"
    (tmp_path / "employees.csv").write_text(
        (base / "employees.csv")
        .read_text()
        .replace("II/c", "II/x")
        .replace("comp:Integritas\n", "comp:Integritas,hobby\n"),
        encoding="utf-8",
    )
    (tmp_path / "positions.csv").write_text(
        (base / "positions.csv").read_text().replace(",JF,2,", ",JF,2 orang,"), encoding="utf-8"
    )
    scenario = tmp_path / "four.yaml"
    scenario.write_text(
        yaml.safe_dump(
            {
                "name": "four",
                "data": {
                    "employees": "employees.csv",
                    "positions": "positions.csv",
                    "units": str(base / "units.csv"),
                },
                "objective": {"wieghts": {"jpm": 1}},
                "operations": [{"merge_unitz": {"units": ["U1", "U2"], "into": "U3"}}],
            }
        )
    )
    expected = [
        "four.yaml: unknown key 'objective.wieghts'; did you mean 'weights'?",
        "four.yaml: operations[0]: unknown operation 'merge_unitz'; did you mean 'merge_units'?",
        "employees.csv row 3, column 'rank': unknown rank (golongan); use I/a … IV/e, e.g. "
        "III/b; found 'II/x'",
        "positions.csv row 2, column 'headcount': not a number; write a whole number (0 "
        "closes the position); found '2 orang'",
    ]
    with pytest.raises(PlacementError) as err:
        placement.load_scenario(scenario)
    assert err.value.problems == expected
    assert err.value.warnings == [
        "employees.csv: column(s) 'hobby' are not employees columns placement uses; they "
        "are carried through to the outputs unchanged"
    ]
    r = CliRunner().invoke(main, ["validate", str(scenario)])
    assert r.exit_code == 1
    assert r.output.splitlines() == [f"warning: {err.value.warnings[0]}"] + [
        f"error: {ln}" for ln in expected
    ]


def test_init_template_holds_ids_as_text_and_numbers_as_numbers(tmp_path):
    import openpyxl

    from placement.templates import write_templates

    write_templates(tmp_path)
    wb = openpyxl.load_workbook(tmp_path / "template.xlsx")
    emp, pos = wb["employees"], wb["positions"]
    assert emp["A2"].value == "198501012010011001" and emp["A2"].number_format == "@"
    assert emp["A500"].number_format == "@"  # the rows a user will type in too
    head = [c.value for c in pos[1]]
    assert pos.cell(2, head.index("headcount") + 1).value == 3
    assert pos.cell(2, head.index("unit") + 1).number_format == "@"


def test_from_frames_takes_dicts_and_python_lists():
    base = {
        t: pd.read_csv(CORPUS / "base" / f"{t}.csv", dtype=str, keep_default_na=False)
        for t in TABLES
    }
    pos = base["positions"].to_dict("list")
    pos["fields"] = [["Ekonomi", "Akuntansi"], ("Keperawatan",)]  # lists where ';' lists go
    emp = base["employees"].to_dict("records")  # a list of records
    sc = placement.Scenario.from_frames(emp, pos, base["units"])
    assert list(sc.organization().positions["fields"]) == ["Ekonomi; Akuntansi", "Keperawatan"]
    frames = placement.Scenario.from_frames(base["employees"], base["positions"], base["units"])
    k1, k0 = placement.solve(sc).kpis, placement.solve(frames).kpis  # as from DataFrames
    assert [k1[k] for k in ("placed", "unplaced", "objective")] == [
        k0[k] for k in ("placed", "unplaced", "objective")
    ]
    emp[1]["rank"] = ["III/a"]  # a list where no list belongs: rows counted as the user sees
    with pytest.raises(PlacementError) as err:
        placement.Scenario.from_frames(emp, pos, base["units"])
    assert err.value.problems[0].startswith(
        "employees row 1, column 'rank': a Python list or dict in a cell"
    )


def test_missing_columns_in_one_table_do_not_hide_errors_in_another(tmp_path):
    (tmp_path / "positions.csv").write_text(
        (CORPUS / "base" / "positions.csv").read_text().replace(",JF,2,", ",JF,2 orang,"),
        encoding="utf-8",
    )
    with pytest.raises(PlacementError) as err:
        placement.load_organization(
            CORPUS / "indonesian_headers.csv",
            tmp_path / "positions.csv",
            CORPUS / "base" / "units.csv",
        )
    lines = err.value.problems
    assert len(lines) == 2
    assert "indonesian_headers.csv: missing required column(s)" in lines[0]
    assert lines[1].startswith("positions.csv row 2, column 'headcount': not a number")
