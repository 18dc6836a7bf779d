"""Command line of :mod:`placement.scale`: ``placement sweep`` and ``placement frontier``
(a thin shell over :func:`placement.sweep`, :func:`placement.sweep_each` and
:func:`placement.frontier`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from placement.cli.common import (
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_NO_SOLUTION,
    EXIT_OK,
    Ctx,
    run,
)
from placement.errors import PlacementError
from placement.i18n import msg, render

if TYPE_CHECKING:
    from tqdm import tqdm


class Bar:
    """A tqdm progress bar on stderr (terminal only): tasks done / total, best so far."""

    def __init__(self, ctx: Ctx, unit: str, total: int | None = None):
        self.ctx, self.unit, self.total = ctx, unit, total
        self.bar: tqdm[Any] | None = None

    def __call__(self, event: dict) -> None:
        if self.ctx.quiet or not self.ctx.tty:
            return
        if self.bar is None:
            from tqdm import tqdm  # start-up time

            self.bar = tqdm(
                total=event.get("total", self.total),
                unit=self.unit,
                file=sys.stderr,
                dynamic_ncols=True,
                leave=False,
            )
        self.bar.update(1)
        best = event.get("best") or {}
        if best.get("objective") is not None:
            self.bar.set_postfix_str(
                render(
                    msg("sweep.best", objective=best["objective"], index=best["index"]),
                    self.ctx.lang,
                )
            )
        elif event.get("moves") is not None:
            self.bar.set_postfix_str(f"moves {event['moves']}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _chart(value: str) -> tuple[str, str]:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise PlacementError(msg("sweep.bad_chart", value=value))
    return parts[0], parts[1]


def _cluster_options(f):
    f = click.option(
        "--workers",
        type=int,
        default=None,
        help="Local Dask worker processes (default: one per core).",
    )(f)
    f = click.option(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="Run on this Dask cluster (tcp://HOST:PORT) instead of a local one.",
    )(f)
    return f


@click.command()
@click.argument("scenario", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--vary",
    "vary",
    multiple=True,
    metavar="KEY=VALUES",
    help="A setting and its values: objective.weights.continuity=0,5,10, "
    "constraints.max_moves=0:400:50, operations[2].factor=1,1.1 (repeatable).",
)
@click.option("--zip", "zip_", is_flag=True, help="Zip the --vary lists instead of their product.")
@click.option(
    "--each",
    "each",
    multiple=True,
    metavar="PATTERN",
    help="Solve one scenario per organisation: files matching PATTERN (quote it: "
    "'DIR/*/scenario.yaml').",
)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output folder (replaced as a whole).",
)
@click.option("--force", is_flag=True, help="Allow replacing a non-empty foreign folder.")
@click.option(
    "--chart",
    default="moves,mean_jpm",
    show_default=True,
    help="The pair of KPIs drawn in the report (x,y).",
)
@_cluster_options
@click.pass_obj
def sweep(ctx: Ctx, scenario, vary, zip_, each, out, force, chart, scheduler, workers):
    """Solve SCENARIO under a grid of settings (or many organisations with --each) on
    Dask; write sweep.csv, sweep.parquet, kpis.json and report.html."""

    def body():
        import placement  # start-up time
        from placement.io.outdir import staged_output  # start-up time
        from placement.scale.output import write_sweep  # start-up time
        from placement.scale.sweep import scenario_files  # start-up time

        if (scenario is None) == (not each):
            raise PlacementError(msg("sweep.need_scenario"))
        pair = _chart(chart)
        bar = Bar(ctx, "variant")
        try:
            if each:
                protected = scenario_files(each)
                result = placement.sweep_each(
                    list(each),
                    list(vary),
                    zip=zip_,
                    scheduler=scheduler,
                    workers=workers,
                    progress=bar,
                    say=ctx.say,
                )
            else:
                sc = placement.load_scenario(scenario)
                protected = [scenario, *sc.input_files()]
                result = placement.sweep(
                    sc,
                    list(vary),
                    zip=zip_,
                    scheduler=scheduler,
                    workers=workers,
                    progress=bar,
                    say=ctx.say,
                )
        finally:
            bar.close()
        with staged_output(out, protected, force) as tmp:
            write_sweep(result, tmp, ctx.lang, pair, protected)
        t = result.table
        errors = t[t["status"] == "error"]
        for _, row in errors.iterrows():
            where = row.get("organisation") or msg(
                "sweep.variant", index=row["variant"], settings=row["settings"]
            )
            ctx.err(
                msg("cli.error", text=msg("sweep.row_error", label=where, message=row["message"]))
            )
        if result.partial:
            ctx.err(msg("sweep.partial", done=result.done, total=len(t)))
        ctx.say(
            msg(
                "sweep.done",
                done=result.done - len(errors),
                total=len(t),
                errors=len(errors),
                out=out,
            )
        )
        best = result.best()
        if best is not None and not result.each:
            ctx.say(msg("sweep.best", objective=best["objective"], index=best["variant"]))
        if result.partial:
            return EXIT_INTERRUPTED
        return _code(t["status"])

    run(ctx, body)


def _code(statuses) -> int:
    s = set(statuses)
    if "error" in s:
        return EXIT_INPUT
    if "infeasible" in s:
        return EXIT_INFEASIBLE
    if "no_solution" in s:
        return EXIT_NO_SOLUTION
    return EXIT_OK


@click.command()
@click.argument("scenario", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output folder (replaced as a whole).",
)
@click.option("--force", is_flag=True, help="Allow replacing a non-empty foreign folder.")
@click.option(
    "--between",
    type=click.IntRange(0, 1000),
    default=4,
    show_default=True,
    help="Points with a cap on moves, in the widest gaps between supported points.",
)
@click.option(
    "--time-limit", type=float, default=10.0, show_default=True, help="Seconds per capped solve."
)
@click.option(
    "--max-points",
    type=click.IntRange(2, 100_000),
    default=40,
    show_default=True,
    help="Stop refining after this many supported points (the widest segments are refined first).",
)
@_cluster_options
@click.pass_obj
def frontier(ctx: Ctx, scenario, out, force, between, time_limit, max_points, scheduler, workers):
    """The price of change: the exact moves–fit trade-off curve of SCENARIO; write
    frontier.csv, frontier.parquet, kpis.json and report.html (with the chart)."""

    def body():
        import placement  # start-up time
        from placement.io.outdir import staged_output  # start-up time
        from placement.scale.output import write_frontier  # start-up time

        sc = placement.load_scenario(scenario)
        protected = [scenario, *sc.input_files()]
        bar = Bar(ctx, "solve")
        try:
            front = placement.frontier(
                sc,
                between=between,
                time_limit=time_limit,
                max_points=max_points,
                scheduler=scheduler,
                workers=workers,
                progress=bar,
                say=ctx.say,
            )
        finally:
            bar.close()
        with staged_output(out, protected, force) as tmp:
            write_frontier(front, tmp, ctx.lang, protected)
        for note in front.notes:
            ctx.say(msg("cli.warning", text=note))
        t = front.table
        supported = int((t["point_kind"] == "supported").sum()) if len(t) else 0
        if front.partial:
            ctx.err(msg("sweep.partial", done=len(t), total=len(t)))
        ctx.say(
            msg(
                "frontier.done",
                supported=supported,
                between=len(t) - supported,
                solves=front.solves,
                out=out,
            )
        )
        return EXIT_INTERRUPTED if front.partial else EXIT_OK

    run(ctx, body)


__all__ = ["frontier", "sweep"]
