"""The ``placement`` command group and the commands that solve and report: solve,
compare, proposal, shortlist, validate, explain, init, generate (``import`` is in
:mod:`placement.cli.import_`, ``sweep`` and ``frontier`` in :mod:`placement.cli.scale`).

Exit codes: 0 ok, 1 bad input, 2 infeasible, 3 time limit reached without a
feasible placement.
"""

from __future__ import annotations

import gc
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import click

from placement.cli.common import (
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    EXIT_NO_SOLUTION,
    EXIT_OK,
    Ctx,
    run,
)
from placement.cli.import_ import import_command
from placement.cli.scale import frontier as frontier_command
from placement.cli.scale import sweep as sweep_command
from placement.errors import PlacementError
from placement.i18n import join, msg, render
from placement.i18n import label_msg as label


class _UsageError(click.UsageError):
    """A command-line usage error shown like every other bad input: one ``error:``
    line and exit code 1 (2 means "infeasible" here)."""

    exit_code = EXIT_INPUT

    def __init__(self, error: click.UsageError):
        super().__init__(error.format_message(), error.ctx)

    def show(self, file=None) -> None:
        command = self.ctx.command_path if self.ctx else "placement"
        lang = getattr(self.ctx.find_root().obj, "lang", "en") if self.ctx else "en"
        click.echo(
            render(msg("cli.usage", text=self.format_message(), command=command), lang), err=True
        )


class _Group(click.Group):
    """The command group: usage errors of any command become :class:`_UsageError`."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except _UsageError:
            raise
        except click.exceptions.NoArgsIsHelpError as exc:  # plain `placement`: the help
            click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
            sys.exit(EXIT_OK)
        except click.UsageError as exc:
            raise _UsageError(exc) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _UsageError:
            raise
        except click.UsageError as exc:
            raise _UsageError(exc) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.option(
    "--lang",
    type=click.Choice(["en", "id"]),
    default="en",
    show_default=True,
    help="Language of summaries and reports (English / Bahasa Indonesia).",
)
@click.version_option(package_name="placement")
@click.pass_context
def main(click_ctx: click.Context, quiet: bool, debug: bool, lang: str) -> None:
    """placement: competency-based staff placement and restructuring scenarios.

    Exit codes: 0 ok, 1 bad input, 2 infeasible, 3 time limit without a placement.
    """
    given = click_ctx.get_parameter_source("lang") is not click.core.ParameterSource.DEFAULT
    click_ctx.obj = Ctx(quiet, debug, lang, given)


def _solve_options(f):
    f = click.option(
        "--relax",
        is_flag=True,
        help="If the rules conflict, turn the conflicting ones into penalised "
        "soft rules and report what was relaxed.",
    )(f)
    f = click.option("--workers", type=int, default=None, help="Solver threads.")(f)
    f = click.option("--seed", type=int, default=None, help="Random seed.")(f)
    f = click.option("--time-limit", type=float, default=None, help="Seconds per solve.")(f)
    f = click.option("--solver", default=None, help="auto, flow, cp-sat or greedy.")(f)
    return f


def _status_code(results) -> int:
    from placement.solvers.base import Status  # start-up time

    statuses = [r.status for r in results]
    if any(s is Status.INFEASIBLE for s in statuses):
        return EXIT_INFEASIBLE
    if any(s is Status.NO_SOLUTION for s in statuses):
        return EXIT_NO_SOLUTION
    return EXIT_OK


def _warnings(ctx: Ctx, r) -> None:
    """The data warnings of a solved scenario, as ``validate`` prints them."""
    for w in r.warnings:
        ctx.say(msg("cli.warning", text=w))


def _shared_warnings(ctx: Ctx, results) -> None:
    """The data warnings of several solved scenarios (``compare``), each text once,
    naming the scenarios it concerns ("every scenario" when it is all of them):
    scenarios that share data files share most of their warnings, and six copies of
    each hid the ones that differ. In order of first appearance."""
    from placement.report.summary import warnings_across  # start-up time

    for w, names in warnings_across(results):
        if names is None:
            ctx.say(msg("cli.warning_all", text=w))
        else:
            ctx.say(msg("cli.warning_in", names=", ".join(names), text=w))


def _kpi_key(key: str) -> str:
    """The label key of a KPI: ``kpi:<key>`` where the KPI has a label of its own
    (``moves``: the moves list's count, those left without a post included)."""
    from placement.i18n.labels import LABELS  # start-up time

    return f"kpi:{key}" if f"kpi:{key}" in LABELS else key


def _summary(ctx: Ctx, r) -> None:
    k = r.kpis
    gap = "" if r.gap in (None, 0.0) else msg("cli.gap", gap=r.gap)
    ctx.say(
        msg(
            "cli.summary",
            name=r.name,
            status=label(r.status.value),
            solver=r.solver,
            gap=gap,
            seconds=r.seconds,
            reason=r.solver_reason,
        )
    )
    if r.assignment is None:
        ctx.say(msg("cli.indent", text=r.outcome.message or msg("cli.no_placement")))
        if r.conflicts:
            ctx.say(msg("cli.conflicts"))
            for c in r.conflicts:
                ctx.say(msg("cli.item", text=c.message))
        elif r.status.value == "infeasible":
            ctx.say(msg("cli.no_single_rule"))
        return
    if r.outcome.message:
        ctx.say(msg("cli.indent", text=r.outcome.message))
    if r.relaxations:
        ctx.say(msg("cli.relaxed"))
        for line in r.relaxations:
            ctx.say(msg("cli.item", text=line))
    keys = [
        "placed",
        "unplaced",
        "moves",
        "vacancies",
        "mean_jpm",
        "mean_jpm_before",
        "training_gap_total",
    ]
    if k.get("assessment_coverage") not in (None, 1.0):  # JPM over part of the people
        keys.insert(keys.index("mean_jpm") + 1, "assessment_coverage")
    ctx.say(
        msg(
            "cli.indent",
            text=join(
                ", ",
                [
                    msg("cli.kpi", label=label(_kpi_key(key)), value=k[key])
                    for key in keys
                    if key in k
                ],
            ),
        )
    )


def _files(formats, comparison: bool = False) -> str:
    """What a run wrote, for the summary line: 'report.html, placement.xlsx, CSV, ...'."""
    names = {
        "html": "report.html",
        "xlsx": "comparison.xlsx" if comparison else "placement.xlsx",
        "csv": "CSV",
        "parquet": "Parquet",
    }
    shown = [names[f] for f in ("html", "xlsx", "csv", "parquet") if f in formats]
    return ", ".join([*shown, "kpis.csv, kpis.json" if comparison else "kpis.json"])


def _formats_option(fn):
    fn = click.option(
        "--raw-csv",
        is_flag=True,
        help="Write CSV cells exactly as they are; by default a cell a spreadsheet would run "
        "as a formula (=, +, -, @ …) gets a leading '.",
    )(fn)
    return click.option(
        "--formats",
        default="csv,xlsx,html",
        show_default=True,
        help="Files to write besides kpis.json: any of csv, parquet, xlsx, html (comma "
        "list). For very large rosters csv,parquet skips the slow workbook.",
    )(fn)


@main.command()
@click.argument("scenario", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output folder (replaced as a whole when the run succeeds).",
)
@click.option("--force", is_flag=True, help="Allow replacing a non-empty foreign folder.")
@_formats_option
@_solve_options
@click.pass_obj
def solve(
    ctx: Ctx, scenario, out, force, formats, raw_csv, solver, time_limit, seed, workers, relax
):
    """Solve one SCENARIO file and write tables, a workbook and an HTML report."""

    def body():
        import placement  # start-up time
        from placement.io.outdir import check_out, staged_output  # start-up time
        from placement.report.files import check_formats, write_result  # start-up time

        chosen = check_formats(formats)  # before solving: a typo fails at once
        sc = placement.load_scenario(scenario)
        protected = sc.input_files()
        check_out(out, protected, force)  # before solving too
        r = placement.solve(
            sc,
            solver=solver,
            time_limit=time_limit,
            seed=seed,
            workers=workers,
            progress=ctx.progress,
            relax=relax,
        )
        ctx.end_progress()
        _warnings(ctx, r)
        _summary(ctx, r)
        with staged_output(out, protected, force) as tmp:
            write_result(
                r, tmp, lang=ctx.lang, protected=protected, formats=chosen, raw_csv=raw_csv
            )
        ctx.say(msg("cli.written", out=out, files=_files(chosen)))
        return _status_code([r])

    run(ctx, body)


def _unfreezing(body: Callable[[], int]) -> Callable[[], int]:
    """``body``, then whatever it froze (:func:`gc.freeze`) handed back to the cyclic
    collector, however it ends."""

    def run_body() -> int:
        try:
            return body()
        finally:
            gc.unfreeze()

    return run_body


@main.command()
@click.argument(
    "scenarios", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--force", is_flag=True, help="Allow replacing a non-empty foreign folder.")
@click.option(
    "--proposal",
    "proposal_of",
    default=None,
    metavar="NAME",
    help="Also write the proposal lists (SK attachment) of scenario NAME into its folder.",
)
@click.option(
    "--jobs",
    type=int,
    default=None,
    metavar="N",
    help="Scenarios solved at once, each in its own process (a local Dask cluster). "
    "Default: one per core when the scenarios hold 20,000 people or more together; "
    "1: one after another in this process.",
)
@_formats_option
@_solve_options
@click.pass_obj
def compare(
    ctx: Ctx,
    scenarios,
    out,
    force,
    proposal_of,
    jobs,
    formats,
    raw_csv,
    solver,
    time_limit,
    seed,
    workers,
    relax,
):
    """Solve several SCENARIOS and compare them side by side."""

    def body():
        import placement  # start-up time
        from placement.io.outdir import check_out, staged_output  # start-up time
        from placement.report.files import (  # start-up time
            check_formats,
            folder_names,
            write_comparison,
        )
        from placement.scale.scenarios import solve_each  # start-up time

        chosen = check_formats(formats)
        organizations: dict = {}  # scenarios on the same data files read them once
        loaded = [placement.load_scenario(s, organizations) for s in scenarios]
        # what is read stays to the end: the cyclic collector need not walk it again at
        # each full collection (0.13 of 0.16 s of them in the bundled comparison), nor,
        # in a forked worker, touch (and so copy) its pages; handed back to it at the end
        gc.freeze()
        # each file once (the scenarios share their data): every write checks them all
        seen: dict = {}  # resolved path -> the path as the scenario gives it
        for f in (f for sc in loaded for f in sc.input_files()):
            seen.setdefault(Path(f).resolve(), f)
        protected = list(seen.values())
        check_out(out, protected, force)
        names = [sc.name for sc in loaded]
        if len(set(names)) != len(names):
            raise PlacementError(msg("solve.names_differ", names=names))
        if proposal_of is not None and proposal_of not in names:
            raise PlacementError(
                msg("proposal.unknown_scenario", name=proposal_of, names=", ".join(names))
            )
        folders = folder_names(names)

        def done(r) -> None:
            ctx.end_progress()
            _summary(ctx, r)

        with staged_output(out, protected, force) as tmp:
            # each scenario's folder is written as soon as it is solved (in its own
            # process with --jobs); the comparison's files need them all
            results = solve_each(
                loaded,
                [tmp / folders[n] for n in names],
                {"lang": ctx.lang, "protected": protected, "formats": chosen, "raw_csv": raw_csv},
                jobs=jobs,
                on_result=done,
                progress=ctx.progress,
                solver=solver,
                time_limit=time_limit,
                seed=seed,
                workers=workers,
                relax=relax,
            )
            _shared_warnings(ctx, results)
            comp = placement.compare(results)
            chosen_result = None
            if proposal_of is not None:
                chosen_result = results[names.index(proposal_of)]
            write_comparison(
                comp,
                tmp,
                lang=ctx.lang,
                protected=protected,
                formats=chosen,
                raw_csv=raw_csv,
                write_results=False,
            )
            if chosen_result is not None and chosen_result.assignment is not None:
                from placement.report.proposal import write_proposal  # start-up time

                write_proposal(
                    chosen_result,
                    tmp / folders[proposal_of],
                    lang=ctx.document_lang,
                    protected=protected,
                )
        ctx.say(msg("cli.compared", n=len(results), out=out, files=_files(chosen, comparison=True)))
        return _status_code(results)

    run(ctx, _unfreezing(body))


@main.command()
@click.argument("scenario", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Output folder for proposal.xlsx and proposal.html.",
)
@click.option("--force", is_flag=True, help="Allow replacing a non-empty foreign folder.")
@_solve_options
@click.pass_obj
def proposal(ctx: Ctx, scenario, out, force, solver, time_limit, seed, workers, relax):
    """Solve SCENARIO and write the proposal lists per OPD (SK attachment layout:
    Excel, one sheet per OPD, and a printable HTML); Indonesian unless --lang is given."""

    def body():
        import placement  # start-up time
        from placement.io.outdir import staged_output  # start-up time
        from placement.report.proposal import (  # start-up time
            REORGANISED,
            WITHOUT_POST,
            proposal_table,
            write_proposal,
        )

        sc = placement.load_scenario(scenario)
        r = placement.solve(
            sc,
            solver=solver,
            time_limit=time_limit,
            seed=seed,
            workers=workers,
            progress=ctx.progress,
            relax=relax,
        )
        ctx.end_progress()
        _summary(ctx, r)
        if r.assignment is None:
            return _status_code([r])
        protected = sc.input_files() + [scenario]
        with staged_output(out, protected, force, marker="proposal.xlsx") as tmp:
            write_proposal(r, tmp, lang=ctx.document_lang, protected=protected)
        t = proposal_table(r, ctx.document_lang)
        conv = t["conversion"].astype(str)
        listed = ~t["waits"].astype(bool) & ~t["hire"].astype(bool) & (conv == "")
        ctx.say(
            msg(
                "cli.proposal_written",
                n=int(listed.sum()),
                opds=t.loc[listed, "opd"].nunique(),
                conversions=join(
                    "",
                    [
                        msg(
                            "cli.proposal_conversions",
                            n=int((conv == "sk").sum()),
                            k=int((conv == "condition").sum()),
                        )
                        if conv.isin(["sk", "condition"]).any()
                        else "",
                        msg("cli.proposal_reorganised", n=int((conv == REORGANISED).sum()))
                        if (conv == REORGANISED).any()
                        else "",
                    ],
                ),
                hires=int(t["hire"].astype(bool).sum()),
                waits=int(t["waits"].astype(bool).sum()),
                lost=msg("cli.proposal_lost", n=int((conv == WITHOUT_POST).sum()))
                if (conv == WITHOUT_POST).any()
                else "",
                out=out,
            )
        )
        return _status_code([r])

    run(ctx, body)


@main.command()
@click.argument("scenario", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--position", "positions", multiple=True, help="Post id (repeatable).")
@click.option(
    "--kind",
    default=None,
    help="Every open post of a kind (JPT) or level (Administrator, Pengawas).",
)
@click.option("--top", type=int, default=5, show_default=True, help="Candidates per post.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the shortlist to a .csv or .xlsx file.",
)
@_solve_options
@click.pass_obj
def shortlist(
    ctx: Ctx, scenario, positions, kind, top, out, solver, time_limit, seed, workers, relax
):
    """The best eligible candidates per post, each with the exact objective cost of
    appointing them (re-solved with the pin)."""

    def body():
        import placement  # start-up time
        from placement.candidates import for_shortlist  # start-up time
        from placement.candidates import shortlist as shortlist_  # start-up time
        from placement.report.shortlist import shortlist_text, write_shortlist  # start-up time

        read = placement.load_scenario(scenario)
        sc = for_shortlist(read)  # the appointing bodies' list, said below the table
        r = placement.solve(
            sc, solver=solver, time_limit=time_limit, seed=seed, workers=workers, relax=relax
        )
        if r.assignment is None:
            _summary(ctx, r)
            return _status_code([r])
        table = shortlist_(
            r, position=list(positions) or None, kind=kind, top=top, time_limit=time_limit or 30
        )
        table.attrs["relaxed"] = sc is not read  # its pool: the plan's (shortlist_)
        if out is not None:
            write_shortlist(table, out, ctx.lang, sc.input_files() + [scenario])
        if not ctx.quiet:
            click.echo(shortlist_text(table, ctx.lang))
        if out is not None:
            ctx.say(msg("cli.wrote", path=out))
        return EXIT_OK

    run(ctx, body)


@main.command()
@click.argument(
    "scenarios", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path)
)
@click.pass_obj
def validate(ctx: Ctx, scenarios):
    """Check SCENARIOS and their data: every problem at once; exit 0 only if clean."""

    def body():
        import placement  # start-up time

        failed = False
        for s in scenarios:  # every error and warning of a scenario at once, by file
            try:
                sc = placement.load_scenario(s)
                c = sc.compile()
            except PlacementError as exc:
                failed = True
                if ctx.debug:
                    traceback.print_exc()
                for w in getattr(exc, "warnings", []):
                    ctx.say(msg("cli.warning", text=w))
                for line in exc.problems:
                    ctx.err(msg("cli.error", text=line))
                continue
            for w in c.org.warnings:
                ctx.say(msg("cli.warning", text=w))
            p = c.problem
            ctx.say(
                msg(
                    "cli.validate_ok",
                    scenario=s,
                    employees=p.n_employees,
                    positions=p.n_positions,
                    pairs=p.n_edges,
                    operations=len(c.plan.log),
                )
            )
            for line in c.plan.log:
                ctx.say(msg("cli.indent", text=line))
        return EXIT_INPUT if failed else EXIT_OK

    run(ctx, body)


@main.command()
@click.argument("scenario", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--employee", required=True, help="Employee id (NIP) or name (case- and accent-insensitive)."
)
@click.option("--position", default=None, help="Why not this position?")
@_solve_options
@click.pass_obj
def explain(ctx: Ctx, scenario, employee, position, solver, time_limit, seed, workers, relax):
    """Why an employee is placed where they are, and the best alternatives."""

    def body():
        import placement  # start-up time
        from placement.explain import explain as explain_  # start-up time

        r = placement.solve(
            scenario, solver=solver, time_limit=time_limit, seed=seed, workers=workers, relax=relax
        )
        if r.assignment is None:
            _summary(ctx, r)
            return _status_code([r])
        click.echo(explain_(r, employee, position).render(ctx.lang))
        return EXIT_OK

    run(ctx, body)


@main.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def init(ctx: Ctx, directory):
    """Write blank templates (CSV, Excel with descriptions) and a starter scenario."""

    def body():
        from placement.templates import write_templates  # start-up time

        for p in write_templates(directory, ctx.lang):
            ctx.say(msg("cli.wrote", path=p))
        return EXIT_OK

    run(ctx, body)


@main.command()
@click.option("--employees", "n", type=click.IntRange(1, 2_000_000), required=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--units", type=int, default=None, help="Number of units (default: by size).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "xlsx", "parquet"]),
    default="csv",
    show_default=True,
)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.pass_obj
def generate(ctx: Ctx, n, seed, units, fmt, out, force):
    """Generate a synthetic regency organisation (generated people only)."""

    def body():
        from placement.synth import generate_organization, write_organization  # start-up time

        org = generate_organization(n, seed=seed, n_units=units)
        paths = write_organization(org, out, fmt=fmt, overwrite=force)
        for p in paths.values() if isinstance(paths, dict) else paths:
            ctx.say(msg("cli.wrote", path=p))
        return EXIT_OK

    run(ctx, body)


main.add_command(import_command)
main.add_command(sweep_command)
main.add_command(frontier_command)
