"""Output folders: no input file of a scenario can sit inside --out (with or without
--force), and a run killed at any step of the folder swap leaves the earlier or the
new output whole (killed by a hook at that step, not by luck)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from placement.cli import main
from placement.io.outdir import recover
from tests.conftest import small_frames


def _scenario(root: Path) -> Path:
    """A scenario that reads files from five folders: data/, base/ (extends), pins/,
    bans/ and abk/ (workload)."""
    emp, pos, units = small_frames()
    for folder in ("data", "base", "pins", "bans", "abk", "sc"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name, df in (("employees", emp), ("positions", pos), ("units", units)):
        df.to_csv(root / "data" / f"{name}.csv", index=False)
    (root / "pins" / "pins.csv").write_text("employee,position\nE2,P1\n")
    (root / "bans" / "bans.csv").write_text("employee,position\nE1,P1\n")
    (root / "abk" / "workload.csv").write_text(
        "position,task,volume_per_year,minutes_per_unit\nP3,Arsip,1500,100\n"
    )
    (root / "base" / "base.yaml").write_text(
        yaml.safe_dump(
            {
                "data": {
                    "employees": "../data/employees.csv",
                    "positions": "../data/positions.csv",
                    "units": "../data/units.csv",
                }
            }
        )
    )
    (root / "sc" / "s.yaml").write_text(
        yaml.safe_dump(
            {
                "name": "s",
                "extends": "../base/base.yaml",
                "operations": [
                    {"pin": {"file": "../pins/pins.csv"}},
                    {"forbid": {"file": "../bans/bans.csv"}},
                    {"headcount_from_workload": {"file": "../abk/workload.csv"}},
                ],
            }
        )
    )
    return root / "sc" / "s.yaml"


INPUTS = {
    "base": "base.yaml",
    "pins": "pins.csv",
    "bans": "bans.csv",
    "abk": "workload.csv",
    "data": "employees.csv",
    "sc": "s.yaml",
}


@pytest.mark.parametrize("folder", list(INPUTS))
@pytest.mark.parametrize("force", [False, True])
def test_no_input_inside_out(tmp_path, folder, force):
    sc = _scenario(tmp_path)
    (tmp_path / folder / "kpis.json").write_text("{}")  # looks like earlier output
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    for out in (tmp_path / folder, tmp_path):
        args = ["solve", str(sc), "--out", str(out)] + (["--force"] if force else [])
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 1, r.output
        line = r.output.strip()
        assert line.startswith(f"error: {out}: the output folder holds the input file ")
        assert line.endswith("; choose another --out folder")
        assert len(r.output.splitlines()) == 1
    r = CliRunner().invoke(main, ["compare", str(sc), "--out", str(tmp_path / folder)])
    assert r.exit_code == 1 and "holds the input file" in r.output
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_refusal_names_the_operation_file(tmp_path):
    sc = _scenario(tmp_path)
    r = CliRunner().invoke(main, ["solve", str(sc), "--out", str(tmp_path / "abk")])
    assert "workload.csv" in r.output
    r = CliRunner().invoke(main, ["solve", str(sc), "--out", str(tmp_path / "base")])
    assert "base.yaml" in r.output


def test_scenario_lists_every_file_it_reads(tmp_path):
    import placement

    sc = placement.load_scenario(_scenario(tmp_path))
    names = {Path(p).name for p in sc.input_files()}
    assert set(INPUTS.values()) <= names
    assert {"positions.csv", "units.csv"} <= names


def _solve(sc: Path, out: Path, formats: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from placement.cli import main; main()",
            "--quiet",
            "solve",
            str(sc),
            "--out",
            str(out),
            "--formats",
            formats,
        ],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _solve_here(sc: Path, out: Path, formats: str):
    """The same run in this process (no crash hook: the runs around the killed one)."""
    return CliRunner().invoke(
        main, ["--quiet", "solve", str(sc), "--out", str(out), "--formats", formats]
    )


def _state(out: Path) -> str:
    """'old' or 'new' when ``out`` holds one run's output whole, else a description."""
    files = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    json.loads((out / "kpis.json").read_text())  # whole and readable
    if "placements.parquet" in files:
        assert "placements.csv" not in files
        return "new"
    assert "placements.csv" in files and "placements.parquet" not in files
    return "old"


@pytest.mark.parametrize(
    "step,exchange,expected",
    [
        ("before_swap", True, "old"),
        ("after_swap", True, "new"),
        ("before_swap", False, "old"),
        ("staged", False, "old"),
        ("aside", False, "new"),
        ("after_swap", False, "new"),
    ],
)
def test_killed_at_the_swap(tmp_path, step, exchange, expected):
    sc = _scenario(tmp_path / "in")
    out = tmp_path / "out"
    assert _solve_here(sc, out, "csv").exit_code == 0
    env = {"PLACEMENT_CRASH_AT": step}
    if not exchange:
        env["PLACEMENT_NO_EXCHANGE"] = "1"
    r = _solve(sc, out, "parquet", **env)
    assert r.returncode == 70, r.stderr  # killed by the hook
    recover(out)  # what the next run does first
    assert _state(out) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # nothing stale
    r = _solve_here(sc, out, "parquet")  # and the next run works
    assert r.exit_code == 0, r.output
    assert _state(out) == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def test_disk_full_names_the_file(tmp_path):
    import errno

    from placement.io.atomic import atomic_write

    def full(p):
        p.write_text("partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as err:
        atomic_write(tmp_path / "placements.csv", full)
    assert err.value.filename == str(tmp_path / "placements.csv")
    assert str(err.value) == (
        f"[Errno 28] No space left on device: '{tmp_path / 'placements.csv'}'"
    )
    assert list(tmp_path.iterdir()) == []
