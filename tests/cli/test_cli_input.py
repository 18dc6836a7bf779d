"""The command line with hostile input: CSV outputs safe to open in a spreadsheet
(unless --raw-csv), usage errors like every other bad input (exit 1, one error:
line), data warnings printed by solve as by validate (and by compare once per text)."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from placement.cli import main
from tests.conftest import small_frames


def _scenario(d):
    e, p, u = small_frames()
    e.loc[0, "name"] = '=HYPERLINK("http://example.invalid","x")'
    e.loc[1, "name"] = "@SUM(A1)"
    e.loc[2, "name"] = "-2+3"
    e = e.assign(note=["+1", "-5", "-cmd", "ok", "=1+1", "2.5"])
    for name, df in (("employees", e), ("positions", p), ("units", u)):
        df.to_csv(d / f"{name}.csv", index=False)
    (d / "s.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "s",
                "data": {
                    "employees": "employees.csv",
                    "positions": "positions.csv",
                    "units": "units.csv",
                },
            }
        )
    )
    return d / "s.yaml"


@pytest.mark.parametrize("raw", [False, True])
def test_csv_cells_neutralised(tmp_path, raw):
    sc = _scenario(tmp_path)
    out = tmp_path / "o"
    args = ["solve", str(sc), "--out", str(out), "--formats", "csv"] + (["--raw-csv"] * raw)
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    pl = pd.read_csv(out / "placements.csv", dtype=str, keep_default_na=False)
    pl = pl.set_index("employee_id")
    names = pl.loc[["E1", "E2", "E3"], "name"].tolist()
    notes = pl.loc[["E1", "E2", "E3", "E5", "E6"], "note"].tolist()
    if raw:
        assert names == ['=HYPERLINK("http://example.invalid","x")', "@SUM(A1)", "-2+3"]
        assert notes == ["+1", "-5", "-cmd", "=1+1", "2.5"]
    else:
        assert names == ['\'=HYPERLINK("http://example.invalid","x")', "'@SUM(A1)", "'-2+3"]
        assert notes == ["+1", "-5", "'-cmd", "'=1+1", "2.5"]  # plain numbers stay numbers
    text = (out / "placements.csv").read_text()
    assert ("\n=" in text or ",=" in text) == raw


def test_comparison_csv_neutralised(tmp_path):
    sc = _scenario(tmp_path)
    doc = yaml.safe_load(sc.read_text())
    (tmp_path / "t.yaml").write_text(yaml.safe_dump({**doc, "name": "=cmd"}))
    r = CliRunner().invoke(
        main,
        [
            "compare",
            str(sc),
            str(tmp_path / "t.yaml"),
            "--out",
            str(tmp_path / "c"),
            "--formats",
            "csv",
        ],
    )
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c" / "kpis.csv").read_text().splitlines()[0] == "kpi,s,'=cmd"


@pytest.mark.parametrize(
    "args,line",
    [
        (["solve"], "error: Missing argument 'SCENARIO'. (see 'placement solve --help')"),
        (
            ["solve", "x.yaml", "--bogus"],
            "error: No such option '--bogus'. Did you mean '--out'? (see 'placement solve --help')",
        ),
        (
            ["solve", "x.yaml", "--out", "o", "--time-limit", "soon"],
            "error: Invalid value for '--time-limit': 'soon' is not a valid float. (see 'placement "
            "solve --help')",
        ),
        (["nosuch"], "error: No such command 'nosuch'. (see 'placement --help')"),
        (
            ["--lang", "id", "validate"],
            "error: Missing argument 'SCENARIOS...'. (lihat 'placement validate --help')",
        ),
    ],
)
def test_usage_errors_exit_1(args, line):
    r = CliRunner().invoke(main, args, prog_name="placement")
    assert r.exit_code == 1
    assert r.output.splitlines() == [line]


def test_bare_command_shows_help():
    r = CliRunner().invoke(main, [], prog_name="placement")
    assert r.exit_code == 0 and r.output.startswith("Usage: placement")


def test_solve_prints_warnings(tmp_path):
    sc = _scenario(tmp_path)
    r = CliRunner().invoke(
        main, ["solve", str(sc), "--out", str(tmp_path / "o"), "--formats", "csv"]
    )
    assert r.exit_code == 0
    warnings = [ln for ln in r.output.splitlines() if ln.startswith("warning:")]
    assert warnings == [
        "warning: employees.csv: column(s) 'badge', 'note' are "
        "not employees columns placement uses; they are carried through to the "
        "outputs unchanged"
    ]


def test_compare_prints_each_warning_once(tmp_path):
    """Scenarios sharing data files share their warnings: each text is printed once,
    naming the scenarios it concerns."""
    e, p, u = small_frames()
    e.assign(note="x").to_csv(tmp_path / "employees.csv", index=False)
    e.assign(remark="y").to_csv(tmp_path / "employees2.csv", index=False)
    p.to_csv(tmp_path / "positions.csv", index=False)
    u.to_csv(tmp_path / "units.csv", index=False)
    files = {}
    for name, emp in (("a", "employees.csv"), ("b", "employees.csv"), ("c", "employees2.csv")):
        data = {"employees": emp, "positions": "positions.csv", "units": "units.csv"}
        files[name] = tmp_path / f"{name}.yaml"
        files[name].write_text(yaml.safe_dump({"name": name, "data": data}))

    def warnings(*names):
        args = ["compare", *(str(files[n]) for n in names), "--out", str(tmp_path / "o")]
        r = CliRunner().invoke(main, [*args, "--formats", "csv", "--force"])
        assert r.exit_code == 0, r.output
        return [ln for ln in r.output.splitlines() if ln.startswith("warning")]

    cols = "column(s) 'badge'"
    tail = (
        "are not employees columns placement uses; they are carried through to the outputs "
        "unchanged"
    )
    assert warnings("a", "b", "c") == [
        f"warning (a, b): employees.csv: {cols}, 'note' {tail}",
        f"warning (c): employees2.csv: {cols}, 'remark' {tail}",
    ]
    assert warnings("a", "b") == [f"warning (every scenario): employees.csv: {cols}, 'note' {tail}"]
