"""Same input and seed → byte-identical output files, with 1 or 2 solver workers."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from placement.cli import main

TEBO = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_bundled_comparison_is_byte_identical(tmp_path):
    scenarios = [str(TEBO / f"{s}.yaml") for s in ("baseline", "replace", "merge")]
    runs = []
    for i, workers in enumerate(("1", "2", "1")):
        out = tmp_path / f"run{i}"
        r = CliRunner().invoke(
            main, ["--quiet", "compare", *scenarios, "--out", str(out), "--workers", workers]
        )
        assert r.exit_code == 0, r.output
        runs.append(_files(out))
    assert runs[0].keys() == runs[1].keys() == runs[2].keys()
    assert len(runs[0]) > 20
    for name in runs[0]:
        assert runs[0][name] == runs[1][name], f"{name} differs between 1 and 2 workers"
        assert runs[0][name] == runs[2][name], f"{name} differs between two runs"


def test_cp_sat_deterministic_with_side_constraints(tmp_path):
    import pandas as pd

    import placement
    from tests.conftest import small_frames

    e, p, u = small_frames()
    s2 = placement.Scenario.from_frames(e, p, u, constraints={"max_moves": 1})
    a = [placement.solve(s2, solver="cp-sat", workers=w).placements for w in (1, 2, 1)]
    pd.testing.assert_frame_equal(a[0], a[1])
    pd.testing.assert_frame_equal(a[0], a[2])


def test_scenarios_on_the_same_files_read_them_once(monkeypatch):
    """A comparison reads and validates shared data files once; every scenario gets its
    own copy, equal to what reading the files itself gives."""
    from placement.model import scenario as scenario_module

    calls = []
    real = scenario_module.load_organization

    def counting(*args):
        calls.append(args)
        return real(*args)

    tebo = Path(__file__).resolve().parents[2] / "scenarios" / "tebo"
    alone = [scenario_module.load_scenario(tebo / f"{n}.yaml") for n in ("baseline", "replace")]
    monkeypatch.setattr(scenario_module, "load_organization", counting)
    cache: dict = {}
    shared = [
        scenario_module.load_scenario(tebo / f"{n}.yaml", cache) for n in ("baseline", "replace")
    ]
    assert len(calls) == 1 and len(cache) == 1
    a, b = (s.organization() for s in shared)
    assert a is not b and a.employees is not b.employees
    for mine, own in zip(shared, alone, strict=True):
        org, ref = mine.organization(), own.organization()
        assert org.employees.equals(ref.employees) and org.positions.equals(ref.positions)
        assert org.units.equals(ref.units) and org.warnings == ref.warnings
        assert mine.plan().org.employees.equals(own.plan().org.employees)
