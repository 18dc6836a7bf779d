"""Same input and seed → byte-identical output files, with 1 or 2 solver workers."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from placement.cli import main

TEBO = Path(__file__).resolve().parents[1] / "scenarios" / "tebo"


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_bundled_comparison_is_byte_identical(tmp_path):
    scenarios = [str(TEBO / f"{s}.yaml") for s in ("baseline", "replace", "merge")]
    runs = []
    for i, workers in enumerate(("1", "2", "1")):
        out = tmp_path / f"run{i}"
        r = CliRunner().invoke(main, ["--quiet", "compare", *scenarios, "--out", str(out),
                                      "--workers", workers])
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
