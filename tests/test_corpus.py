"""The broken-input corpus: every case gives exactly the expected lines, never a
traceback, always a PlacementError subclass; the CLI exits 1 with one line each."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.errors import PlacementError

CORPUS = Path(__file__).parent / "corpus"
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
    r = placement.solve(placement.Scenario(placement.Scenario.from_frames(
        org.employees, org.positions).config, None, org))
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


@pytest.mark.parametrize("case", [c for c, s in CASES.items()
                                  if not s.get("ok") and not s.get("out")])
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
    assert r.output.splitlines() == [f"error: {ln}" for ln in _expand(spec["errors"])]
