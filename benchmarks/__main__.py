"""``python -m benchmarks SUITE [options]``: run a suite, print its table, write JSON."""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    code_info,
    format_table,
    machine_info,
    placement_dir,
    snapshot_placement,
    source_fingerprint,
    write_json,
)
from benchmarks.registry import Options, get_suite, load_suites


def _sizes(text: str) -> list[int]:
    out = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        if not part:
            continue
        mult = 1
        if part.endswith("k"):
            mult, part = 1000, part[:-1]
        out.append(int(float(part) * mult))
    return out


def parser() -> argparse.ArgumentParser:
    suites = load_suites()
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Benchmark suites of the placement engine (issue 6).",
        epilog="suites: " + "; ".join(f"{s.name}: {s.description}" for s in suites.values()),
    )
    p.add_argument("suite", choices=sorted(suites), help="which suite to run")
    p.add_argument("--sizes", type=_sizes, help="comma-separated sizes (10000,100k,...)")
    p.add_argument("--time-limit", type=float, help="seconds per solve (suite default if unset)")
    p.add_argument("--select", help="glob(s) on GAP instance names, comma-separated")
    p.add_argument("--json", dest="json_path", help="write machine-readable results here")
    p.add_argument("--quick", action="store_true", help="small sizes and short limits")
    p.add_argument("--workers", type=int, help="CP-SAT workers per solve (default 1)")
    p.add_argument(
        "--solver",
        help="gap: placement solver (default auto, what placement "
        "recommends; cp-sat = plain CP-SAT, the issue's baseline)",
    )
    p.add_argument("--jobs", type=int, default=1, help="gap: instances solved at a time")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="scale, sweep: runs per method, each in a fresh process; medians reported",
    )
    p.add_argument(
        "--methods",
        type=lambda s: [x for x in s.split(",") if x],
        help="scale/budget/moves: only these methods (comma-separated)",
    )
    p.add_argument(
        "--no-size-limits",
        type=lambda s: [x for x in s.split(",") if x],
        metavar="METHODS",
        help="scale: run these methods (scipy, highs_lp) even above their size limits",
    )
    p.add_argument(
        "--snapshot-dir",
        help="keep the copy of the placement code here; a later "
        "run given the same folder reuses it (several suites, one code version)",
    )
    p.add_argument(
        "--no-snapshot",
        action="store_true",
        help="run the working tree's placement code directly instead of a copy "
        "taken at the start (a copy keeps long runs consistent while the tree "
        "changes)",
    )
    p.add_argument("--workdir", help="keep generated data here (reused by later runs)")
    p.add_argument("--keep", action="store_true", help="do not delete the temporary data")
    p.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds before a method's process is killed"
    )
    p.add_argument(
        "--profile",
        help="scale: cProfile the placement path, .prof files to "
        "PREFIX-<n>.prof (top functions in the JSON)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    return p


def _forget_modules_from(folder: Path) -> None:
    """Drop the placement modules this process imported from the snapshot, so that a
    caller that goes on (tests call :func:`main` in-process) imports the tree again."""
    prefix = str(folder)
    for name, mod in list(sys.modules.items()):
        if (name == "placement" or name.startswith("placement.")) and str(
            getattr(mod, "__file__", None) or ""
        ).startswith(prefix):
            del sys.modules[name]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    spec = get_suite(args.suite)
    opts = Options(
        sizes=args.sizes,
        time_limit=args.time_limit,
        select=args.select,
        quick=args.quick,
        workers=args.workers,
        jobs=max(1, args.jobs),
        repeat=max(1, args.repeat),
        no_size_limits=args.no_size_limits,
        snapshot=not args.no_snapshot,
        solver=args.solver,
        methods=args.methods,
        workdir=args.workdir,
        keep=args.keep,
        timeout=args.timeout,
        profile=args.profile,
        verbose=not args.quiet,
    )
    machine = machine_info()
    repo_pkg = placement_dir()
    snap_dir = None
    keep_snap = args.snapshot_dir is not None
    if not opts.snapshot:
        code = code_info(repo_pkg)
    elif keep_snap and (Path(args.snapshot_dir) / "code.json").exists():
        snap_dir = Path(args.snapshot_dir).resolve()
        code = json.loads((snap_dir / "code.json").read_text())
        sys.path.insert(0, str(snap_dir))
    else:
        code = code_info(repo_pkg)
        snap_dir = (
            Path(args.snapshot_dir).resolve()
            if keep_snap
            else Path(tempfile.mkdtemp(prefix="bench-code-"))
        )
        snapshot_placement(snap_dir)
        code["snapshot"] = str(snap_dir / "placement")
        code["fingerprint"] = source_fingerprint(snap_dir / "placement")
        if keep_snap:
            write_json(snap_dir / "code.json", code)
    t0 = time.perf_counter()
    try:
        result = spec.run(opts)
    finally:
        if snap_dir is not None:
            sys.path.remove(str(snap_dir))
            _forget_modules_from(snap_dir)
            if not keep_snap:
                shutil.rmtree(snap_dir, ignore_errors=True)
    elapsed = time.perf_counter() - t0
    if source_fingerprint(repo_pkg) != code["fingerprint"]:
        result.notes.append(
            "the working tree's placement code differs from the code measured; every method "
            f"ran the copy {code.get('snapshot')} (fingerprint {code['fingerprint']})"
            if snap_dir is not None
            else "WARNING: the placement code changed during the run: methods may have run "
            "different code (use the default snapshot)"
        )
    command = "python -m benchmarks " + " ".join(
        shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv)
    )
    print(f"\n## {spec.name}: {spec.description}\n")
    print(
        f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gb']} GB; "
        f"Python {machine['python']}, OR-Tools {machine['ortools']}, numpy "
        f"{machine['numpy']}, scipy {machine['scipy']}, HiGHS {machine['highspy']}; "
        f"{machine['date']}; load average at start {machine['load_average']}"
    )
    dirty = f" + uncommitted {', '.join(code['uncommitted'])}" if code["uncommitted"] else ""
    print(f"code: placement {code['commit']}{dirty} (source fingerprint {code['fingerprint']})")
    print(f"command: {command}\n")
    print(format_table(result.rows, result.columns))
    for note in result.notes:
        print(f"\n- {note}")
    if result.failures:
        bar = "!" * 78
        print(f"\n{bar}\nFAILED: {len(result.failures)} correctness problem(s):", file=sys.stderr)
        for f in result.failures:
            print(f"  ✗ {f}", file=sys.stderr)
        print(bar, file=sys.stderr)
    print(f"\n({elapsed:.0f}s in all)")
    if args.json_path:
        write_json(
            args.json_path,
            {
                "suite": spec.name,
                "command": command,
                "machine": machine,
                "code": code,
                "options": vars(opts),
                "elapsed_s": round(elapsed, 1),
                "columns": result.columns,
                "rows": result.rows,
                "notes": result.notes,
                "failures": result.failures,
                "extra": result.extra,
            },
        )
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
