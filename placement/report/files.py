"""Write a Result or a Comparison to a folder: CSV, Parquet, JSON, Excel and HTML.

``formats`` chooses the files besides ``kpis.json`` (always written): ``csv`` (the
tables), ``parquet`` (the same tables, typed: what scripts and large rosters want),
``xlsx`` (the workbook) and ``html`` (the report); the default is csv, xlsx, html.

CSV column headers are the machine names of the result tables (snake_case, e.g.
``employee_id``, ``jpm_before``) in every language, so scripts can read them; values
are the data's own (coded values such as ``stays`` are not translated). The Excel
workbook and the HTML report use the labels of ``lang`` ("en" or "id").

Every file is written atomically (:mod:`placement.io.atomic`) and none is written
over a path in ``protected`` (the run's input files): the whole set of target paths
is checked before the first write. Output is deterministic: identical input gives
byte-identical files (no run times, fixed float formatting, stable row order, JSON
keys in a fixed insertion order, fixed workbook properties and zip entry times). The
one exception is the report date printed on ``report.html`` (``date``; default today,
or the day of ``SOURCE_DATE_EPOCH`` when set), which a decision paper must carry; the
HTML report also lists the input files (the data files and ``protected``) with their
SHA-256 checksums. What a solve says about itself is its status, the solver, why that
solver (``solver_reason``) and its message (``solver_message``, e.g. why there is no
placement), never how long it took.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from placement.errors import PlacementError
from placement.i18n import check_lang, msg
from placement.io.atomic import write_bytes, write_text
from placement.model.changes import joined_posts, placed_apart
from placement.report import excel as _excel
from placement.report import pages as _pages
from placement.report import summary as _summary
from placement.report.csv_files import csv_text, float_text, neutral_text
from placement.report.summary import RESULT_TABLES, extra_tables, solver_message

RESULT_FILES = tuple(f"{t}.csv" for t in RESULT_TABLES) + (
    "kpis.json",
    "placement.xlsx",
    "report.html",
)
COMPARISON_FILES = ("kpis.csv", "kpis.json", "differences.csv", "comparison.xlsx", "report.html")
#: Output formats besides kpis.json, and the default choice.
FORMATS = ("csv", "parquet", "xlsx", "html")
DEFAULT_FORMATS = ("csv", "xlsx", "html")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# -- value formatting -----------------------------------------------------------------


def jsonable(v):
    """A plain JSON value: numpy scalars unwrapped, NaN/inf/NA as null."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [jsonable(x) for x in v]
    if isinstance(v, np.bool_ | bool):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, float | np.floating):
        f = float(v)
        return None if math.isnan(f) or math.isinf(f) else f
    if isinstance(v, int | str):
        return v
    if hasattr(v, "value") and isinstance(v.value, str):  # enums (Status)
        return v.value
    return str(v)


def json_text(obj) -> str:
    return (
        json.dumps(jsonable(obj), ensure_ascii=False, indent=2, sort_keys=False, allow_nan=False)
        + "\n"
    )


def _fmt_cell(v) -> str:
    v = jsonable(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return float_text(v)
    return str(v)


# -- what a result carries besides its tables -----------------------------------------


def result_meta(result) -> dict:
    """Description, operation log and data warnings of a result (empty when unknown)."""
    comp = result.compiled
    cfg = getattr(comp, "config", None)
    plan = getattr(comp, "plan", None)
    meta = {
        "description": str(getattr(cfg, "description", "") or ""),
        "description_id": str(getattr(cfg, "description_id", "") or ""),
        "warnings": [w if isinstance(w, str) else str(w) for w in (result.warnings or [])],
    }  # catalogue messages stay messages (str, English) so reports can render them
    if plan is not None and hasattr(plan, "log"):
        meta["log"] = [x if isinstance(x, str) else str(x) for x in plan.log]
    return meta


def result_json(result, meta: dict | None = None) -> dict:
    """The content of ``kpis.json``: KPIs, solver reason and message, description, data
    warnings, operation log."""
    meta = result_meta(result) if meta is None else meta
    out = {
        "scenario": result.name,
        "description": meta["description"],
        "kpis": dict(result.kpis),
        "solver_reason": result.solver_reason,
        "solver_message": solver_message(result),
        "warnings": meta["warnings"],
    }
    if "log" in meta:
        out["operation_log"] = meta["log"]
    out["conflicts"] = [str(c) for c in getattr(result, "conflicts", [])]
    out["relaxations"] = [str(r) for r in getattr(result, "relaxations", [])]
    return out


def comparison_kpis(comparison) -> pd.DataFrame:
    """``comparison.kpis`` with the KPIs in the order the results list them (pandas
    sorts the union of the index alphabetically when results have different KPIs,
    e.g. when one scenario found no solution)."""
    kp = comparison.kpis
    order: dict[str, None] = {}
    for r in comparison.results:
        order.update(dict.fromkeys(str(k) for k in r.kpis))
    order.update(dict.fromkeys(str(k) for k in kp.index))
    return kp.reindex(list(order))


def pair_differences(comparison) -> pd.DataFrame:
    """Per pair of scenarios (in comparison order): employees placed differently, and
    employees who move (leave their current position) in only one or in both, moves
    as the moves table counts them (people excluded by rule, e.g. past retirement age,
    are no move). Scenarios without a placement (no solution) are left out."""
    cols = [
        "scenario_a",
        "scenario_b",
        "placed_differently",
        "moves_only_in_a",
        "moves_only_in_b",
        "moves_in_both",
    ]
    results = [r for r in comparison.results if r.compiled is not None and r.assignment is not None]
    ids, positions, moved = [], [], []
    for r in results:
        pl = r.placements
        cur = pl["current_position"].astype(object).fillna("").astype(str)
        pos = pl["position"].astype(object).fillna("").astype(str)
        ids.append(pl["employee_id"].astype(str).to_numpy())
        positions.append(pos.to_numpy(dtype=object))
        moved.append(((cur != "") & (pos != cur)).to_numpy() & ~r.compiled.org.excluded)
    # every scenario's people (ids unique: validated) and posts as codes over all of
    # them, then each pair counted on whole arrays (a merge per pair took 5 ms)
    people, who = _codes(ids)
    _, where = _codes(positions)
    n = len(people)
    seen = np.zeros((len(results), n), dtype=bool)
    post = np.full((len(results), n), -1, dtype=np.int64)
    moves = np.zeros((len(results), n), dtype=bool)
    for k in range(len(results)):
        seen[k, who[k]] = True
        post[k, who[k]] = where[k]
        moves[k, who[k]] = moved[k]
    # a post merge_positions joined is the seat it joined, read per pair (review 153 H2)
    joined = bool(joined_posts(results))
    text = np.full((len(results), n), "", dtype=object)
    if joined:
        for k in range(len(results)):
            text[k, who[k]] = positions[k]
    rows = []
    for i in range(len(results)):
        for j in range(i + 1, len(results)):
            both = seen[i] & seen[j]
            ma, mb = moves[i] & both, moves[j] & both
            apart = post[i] != post[j]
            if joined:
                apart = placed_apart(results[i], results[j], text[i], text[j])
            rows.append(
                [
                    results[i].name,
                    results[j].name,
                    int((both & apart).sum()),
                    int((ma & ~mb).sum()),
                    int((mb & ~ma).sum()),
                    int((ma & mb).sum()),
                ]
            )
    return pd.DataFrame(rows, columns=cols)


def _codes(arrays: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
    """The distinct values of ``arrays`` together, and each array as codes into them."""
    if not arrays:
        return np.array([], dtype=object), []
    codes, values = pd.factorize(np.concatenate(arrays))
    return values, np.split(codes, np.cumsum([len(a) for a in arrays])[:-1])


def folder_names(names: Iterable[str]) -> dict[str, str]:
    """A safe, unique subfolder name per scenario name (stable for the same names)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for n in names:
        base = _UNSAFE.sub("_", str(n)).strip("._") or "scenario"
        f, k = base, 1
        while f.lower() in used or f.lower() in COMPARISON_FILES:
            k += 1
            f = f"{base}-{k}"
        used.add(f.lower())
        out[n] = f
    return out


# -- writing --------------------------------------------------------------------------


def _protected(protected) -> list[Path]:
    if isinstance(protected, str | Path):
        protected = [protected]
    return [Path(p) for p in protected]


def refuse_protected(paths: Iterable[Path], protected: list[Path]) -> None:
    """Raise before writing anything if a target path is a protected (input) file."""
    bad = {Path(p).resolve() for p in protected}
    for p in paths:
        if p.resolve() in bad:
            raise PlacementError(msg("out.input_file", path=p))


def check_formats(formats: Iterable[str] | str) -> tuple[str, ...]:
    """The chosen formats in the fixed order of :data:`FORMATS` (a comma list or an
    iterable); an unknown one is a :class:`PlacementError` naming the valid ones."""
    if isinstance(formats, str):
        formats = [f.strip().lower() for f in formats.split(",") if f.strip()]
    chosen = set(formats)
    unknown = sorted(chosen - set(FORMATS))
    if unknown:
        raise PlacementError(
            msg("out.unknown_format", formats=", ".join(unknown), valid=", ".join(FORMATS))
        )
    return tuple(f for f in FORMATS if f in chosen)


def result_files(formats: Iterable[str] = DEFAULT_FORMATS) -> list[str]:
    """File names :func:`write_result` writes for ``formats`` (extension tables aside)."""
    formats = check_formats(formats)
    names = [f"{t}.csv" for t in RESULT_TABLES] if "csv" in formats else []
    names += [f"{t}.parquet" for t in RESULT_TABLES] if "parquet" in formats else []
    names.append("kpis.json")
    names += ["placement.xlsx"] if "xlsx" in formats else []
    names += ["report.html"] if "html" in formats else []
    return names


def parquet_bytes(df: pd.DataFrame) -> bytes:
    """``df`` as Parquet (typed columns, no index), byte-identical for identical input."""
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def _write_table(
    out: Path, name: str, df: pd.DataFrame, formats, prot, raw_csv: bool = False
) -> list[Path]:
    written = []
    if "csv" in formats:
        written.append(write_text(out / f"{name}.csv", csv_text(df, raw_csv), prot))
    if "parquet" in formats:
        written.append(write_bytes(out / f"{name}.parquet", parquet_bytes(df), prot))
    return written


def result_table(result, name: str) -> pd.DataFrame:
    """One of :data:`RESULT_TABLES` as its file holds it: the moves with their kind,
    grade change and review (:func:`placement.report.summary.classified_moves`), so
    that a promosi, or an appointment the Tim Penilai Kinerja considers, shows in
    ``moves.csv`` as in the workbook."""
    return _summary.classified_moves(result) if name == "moves" else getattr(result, name)


def write_result(
    result,
    out_dir: str | Path,
    lang: str = "en",
    protected: Iterable[str | Path] = (),
    formats: Iterable[str] = DEFAULT_FORMATS,
    date: _dt.date | None = None,
    raw_csv: bool = False,
) -> list[Path]:
    """Write one result into ``out_dir`` and return the paths written, in order.

    Files: ``placements.csv``, ``moves.csv``, ``vacancies.csv``, ``unplaced.csv`` (with
    reasons), ``decisions.csv`` (serving officials without a seat within the rules),
    ``training_needs.csv``, ``unit_fill.csv``, ``breakdown.csv`` (CSV headers
    are the machine column names in every language), ``kpis.json`` (KPIs, solver
    reason, description, data warnings and the scenario's operation log),
    ``placement.xlsx`` (all tables, labels of ``lang``) and ``report.html``.
    CSV cells a spreadsheet would execute (starting with ``=``, ``+``, ``-``, ``@``, a
    tab or a carriage return, plain numbers apart) get a leading ``'`` unless
    ``raw_csv``. Raises :class:`PlacementError` (before writing anything) if a target
    is in ``protected``.
    """
    check_lang(lang)
    formats = check_formats(formats)
    out = Path(out_dir)
    prot = _protected(protected)
    refuse_protected([out / f for f in result_files(formats)], prot)
    meta = result_meta(result)
    if "html" in formats:
        meta["inputs"] = _summary.input_files(result, prot)
    written = []
    extra = extra_tables(result)
    refuse_protected(
        [out / f"{t}.{x}" for t in extra for x in ("csv", "parquet") if x in formats], prot
    )
    for t in RESULT_TABLES:
        written += _write_table(out, t, result_table(result, t), formats, prot, raw_csv)
    for t, df in extra.items():  # tables added by extensions (workload, retirements, ...)
        written += _write_table(out, t, df, formats, prot, raw_csv)
    written.append(write_text(out / "kpis.json", json_text(result_json(result, meta)), prot))
    if "xlsx" in formats:
        written.append(
            write_bytes(out / "placement.xlsx", _excel.result_workbook(result, lang, meta), prot)
        )
    if "html" in formats:
        written.append(
            write_text(out / "report.html", _pages.result_html(result, lang, meta, date), prot)
        )
    return written


def write_comparison(
    comparison,
    out_dir: str | Path,
    lang: str = "en",
    protected: Iterable[str | Path] = (),
    formats: Iterable[str] = DEFAULT_FORMATS,
    date: _dt.date | None = None,
    raw_csv: bool = False,
    write_results: bool = True,
) -> list[Path]:
    """Write a comparison into ``out_dir`` and return the paths written, in order.

    Files: ``kpis.csv`` (one row per KPI, one column per scenario) and ``kpis.json``
    (the same, plus solver reasons and messages and the pairwise differences),
    ``differences.csv`` (employees placed differently in at least two of the solved
    scenarios: ``employee_id, name, current_position, position:<scenario>…``), one
    subfolder per scenario with its :func:`write_result` output, ``comparison.xlsx``
    (KPIs, pair counts, differences and each scenario's moves; the full workbook of
    a scenario is in its subfolder) and ``report.html``. CSV headers are machine
    names (and scenario names).

    ``write_results=False``: the scenarios' subfolders are already written (by
    :func:`placement.scale.scenarios.solve_each`, with the same arguments), and are
    neither written again nor listed.
    """
    check_lang(lang)
    formats = check_formats(formats)
    out = Path(out_dir)
    prot = _protected(protected)
    folders = folder_names(comparison.names)
    targets = [out / f for f in COMPARISON_FILES] + [out / "differences.parquet"]
    targets += [out / folders[n] / f for n in comparison.names for f in result_files(formats)]
    refuse_protected(targets, prot)
    kp = comparison_kpis(comparison)
    pairs = pair_differences(comparison)
    metas = {r.name: result_meta(r) for r in comparison.results}
    if "html" in formats:
        for r in comparison.results:
            metas[r.name]["inputs"] = _summary.input_files(r, prot)
    written = []

    def field(x) -> str:
        x = str(x)
        return _csv_field(x if raw_csv else neutral_text(x))

    lines = [",".join(field(x) for x in ["kpi", *kp.columns])]
    for key in kp.index:
        lines.append(",".join(field(x) for x in [str(key), *[_fmt_cell(v) for v in kp.loc[key]]]))
    written.append(write_text(out / "kpis.csv", "\n".join(lines) + "\n", prot))
    doc = {
        "scenarios": list(comparison.names),
        "kpis": {str(k): {n: kp.at[k, n] for n in kp.columns} for k in kp.index},
        "solver_reason": {r.name: r.solver_reason for r in comparison.results},
        "solver_message": {r.name: solver_message(r) for r in comparison.results},
        "description": {n: m["description"] for n, m in metas.items()},
        "pairs": pairs.to_dict(orient="records"),
        "folders": folders,
    }
    written.append(write_text(out / "kpis.json", json_text(doc), prot))
    written += _write_table(out, "differences", comparison.differences, formats, prot, raw_csv)
    for r in comparison.results if write_results else ():
        written += write_result(r, out / folders[r.name], lang, prot, formats, date, raw_csv)
    if "xlsx" in formats:
        written.append(
            write_bytes(
                out / "comparison.xlsx",
                _excel.comparison_workbook(comparison, kp, pairs, lang),
                prot,
            )
        )
    if "html" in formats:
        written.append(
            write_text(
                out / "report.html",
                _pages.comparison_html(comparison, kp, pairs, lang, folders, metas, date),
                prot,
            )
        )
    return written


def _csv_field(s) -> str:
    s = str(s)
    if any(ch in s for ch in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s
