"""``placement import``: a national HR export (or a peta jabatan) → the project's tables.

::

    placement import siasn.xlsx --kind employees --out data/employees.csv \\
        --units-out data/units.csv --positions-out data/positions.csv
    placement import peta_jabatan.csv --kind positions --out data/positions.csv \\
        --map "Jml Formasi=headcount"

Files are written atomically, by suffix (.csv, .xlsx, .parquet); the input is never
overwritten and an existing output only with ``--force``. See
:mod:`placement.domain.asn_export` for the column mapping.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from placement.cli.common import Ctx, run
from placement.errors import PlacementError
from placement.i18n import MESSAGES, msg, noun, render

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_WRITERS = (".csv", ".xlsx", ".parquet")


def _say(ctx, key: str, **kw) -> None:
    """Print the catalogue message ``import.<key>`` in the context's language."""
    lang = getattr(ctx, "lang", "en")
    if getattr(ctx, "quiet", False):
        return
    click.echo(render(msg(f"import.{key}", **kw), lang))


def _report(ctx, report: list[tuple[str, str, str]]) -> None:
    """What each source column became, and the columns left out grouped by reason."""
    for src, target, _ in report:
        if target:
            _say(
                ctx,
                "became",
                src=src,
                target=msg(f"hr.became.{target}") if f"hr.became.{target}" in MESSAGES else target,
            )
    reasons: dict[str, list[str]] = {}
    for src, target, why in report:
        if not target:
            reasons.setdefault(why, []).append(src)
    for why, srcs in reasons.items():
        _say(
            ctx, "dropped", n=len(srcs), why=msg(f"hr.left.{why}"), cols=", ".join(map(repr, srcs))
        )


def parse_maps(maps: tuple[str, ...]) -> dict[str, str]:
    """``("Kolom A=rank", ...)`` → ``{"Kolom A": "rank"}``."""
    out = {}
    for m in maps:
        src, sep, dst = m.rpartition("=")
        if not sep or not src.strip() or not dst.strip():
            raise PlacementError(msg("import.bad_map", map=m))
        out[src.strip()] = dst.strip()
    return out


def write_table(df: pd.DataFrame, path: Path, protected: list[Path], force: bool) -> Path:
    """Write ``df`` by the suffix of ``path``, atomically, never over ``protected``."""
    from placement.io.atomic import atomic_write  # start-up time

    suffix = path.suffix.lower()
    if suffix not in _WRITERS:
        raise PlacementError(
            msg("import.unknown_type", path=path, suffix=path.suffix, types=", ".join(_WRITERS))
        )
    if path.exists() and not force and all(path.resolve() != p.resolve() for p in protected):
        raise PlacementError(msg("import.exists", path=path))
    df = df.drop(columns=[c for c in df.columns if str(c).startswith("_")]).reset_index(drop=True)
    df.attrs = {}

    def write(tmp: Path) -> None:
        if suffix == ".csv":
            tmp.write_text(df.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
        elif suffix == ".xlsx":
            import pandas as pd  # here, not at the top: `placement --help` starts faster

            with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
                df.to_excel(xw, index=False, sheet_name=path.stem[:31] or "Sheet1")
        else:
            df.to_parquet(tmp, index=False)

    return atomic_write(path, write, protected)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--kind",
    type=click.Choice(["employees", "positions"]),
    default="employees",
    show_default=True,
    help="An employee export (SIASN-style) or a peta jabatan.",
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output table (.csv, .xlsx or .parquet).",
)
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="SRC=DST",
    help="Map an export column onto a project column, e.g. 'Gol Ruang=rank'.",
)
@click.option(
    "--unit-level",
    type=click.Choice(["auto", "satker", "unor"]),
    default="auto",
    show_default=True,
    help="Units are Satuan Kerja (satker) or Nama Unor (unor).",
)
@click.option(
    "--units-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the units named by the export.",
)
@click.option(
    "--positions-out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="(employees) Also write the posts they hold, headcount = incumbents.",
)
@click.option("--sheet", default=None, help="Excel sheet (default: the first).")
@click.option("--force", is_flag=True, help="Replace existing output files.")
@click.pass_obj
def import_command(ctx, file, kind, out, maps, unit_level, units_out, positions_out, sheet, force):
    """Import a national HR export or peta jabatan FILE into the project's layout."""

    def body():
        from placement.domain import asn_export as hx  # start-up time

        mapping = parse_maps(maps)
        if positions_out is not None and kind != "employees":
            raise PlacementError(msg("import.positions_out"))
        targets = [p for p in (out, units_out, positions_out) if p is not None]
        if len({p.resolve() for p in targets}) != len(targets):
            raise PlacementError(msg("import.same_files"))
        if not Path(file).exists():
            raise PlacementError(msg("import.not_found", file=file))
        protected = [Path(file)]
        table = hx.read_hr_export(file, kind, mapping, unit_level=unit_level, sheet=sheet)
        _say(ctx, "read", n=len(table), file=file)
        _report(ctx, table.attrs.get("import_report", []))
        for w in table.attrs.get("warnings", []):
            _say(ctx, "warning", text=w)
        if kind == "employees":
            main = hx.project_employees(table)
            derived = hx.positions_from_employees(table)
            units = hx.units_table(
                derived, table[table["current_unit"] != ""].rename(columns={"current_unit": "unit"})
            )
        else:
            main = hx.project_positions(table)
            derived = None
            units = hx.units_table(table)
        # check every target before writing the first
        for p in targets:
            if p.exists() and not force and p.resolve() != Path(file).resolve():
                raise PlacementError(msg("import.exists", path=p))
        write_table(main, out, protected, force)
        _say(ctx, "wrote", n=len(main), what=noun(kind), path=out)
        if positions_out is not None and derived is not None:
            write_table(hx.project_positions(derived), positions_out, protected, force)
            _say(ctx, "wrote", n=len(derived), what=noun("positions"), path=positions_out)
        if units_out is not None:
            write_table(units, units_out, protected, force)
            _say(ctx, "wrote", n=len(units), what=noun("units"), path=units_out)
        return 0

    run(ctx if ctx is not None else Ctx(False, False, "en"), body)
