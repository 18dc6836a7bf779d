"""Write a sweep or a frontier to a folder: CSV, Parquet, ``kpis.json`` and the HTML
report, each atomically, none over a protected (input) path, byte-identical for the
same rows (no timings or host names)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from placement.i18n import check_lang
from placement.io.atomic import write_bytes, write_text
from placement.report import scale_pages as _html
from placement.report.csv_files import csv_text
from placement.report.files import json_text, parquet_bytes
from placement.scale.frontier import Frontier
from placement.scale.sweep import DEFAULT_CHART, Sweep


def _counts(table: pd.DataFrame) -> dict[str, int]:
    s = table["status"].value_counts() if len(table) else pd.Series(dtype=int)
    return {str(k): int(s[k]) for k in sorted(s.index)}


def write_sweep(
    sweep: Sweep,
    out_dir: str | Path,
    lang: str = "en",
    chart: tuple[str, str] = DEFAULT_CHART,
    protected: Iterable[str | Path] = (),
) -> list[Path]:
    """``sweep.csv`` (a row per variant), ``sweep.parquet``, ``kpis.json`` (what was
    varied, status counts, ``partial``) and ``report.html`` (the ``chart`` pair of KPIs,
    the table). Returns the paths written."""
    check_lang(lang)
    out = Path(out_dir)
    prot = [Path(p) for p in protected]
    t = sweep.table
    doc = {
        "sweep": sweep.name,
        "keys": sweep.keys,
        "each": sweep.each,
        "variants": len(t),
        "done": sweep.done,
        "partial": sweep.partial,
        "status": _counts(t),
        "chart": list(chart),
        "columns": list(t.columns),
    }
    return [
        write_text(out / "sweep.csv", csv_text(t), prot),
        write_bytes(out / "sweep.parquet", parquet_bytes(t), prot),
        write_text(out / "kpis.json", json_text(doc), prot),
        write_text(
            out / "report.html",
            _html.sweep_html(t, sweep.name, sweep.keys, chart, lang, sweep.partial, sweep.each),
            prot,
        ),
    ]


def write_frontier(
    front: Frontier, out_dir: str | Path, lang: str = "en", protected: Iterable[str | Path] = ()
) -> list[Path]:
    """``frontier.csv`` (a row per point), ``frontier.parquet``, ``kpis.json`` and
    ``report.html`` (the curve and the table). Returns the paths written."""
    check_lang(lang)
    out = Path(out_dir)
    prot = [Path(p) for p in protected]
    t = front.table
    supported = int((t["point_kind"] == "supported").sum()) if len(t) else 0
    doc = {
        "frontier": front.name,
        "points": len(t),
        "supported": supported,
        "between": len(t) - supported,
        "partial": front.partial,
        "notes": [str(n) for n in front.notes],
        "columns": list(t.columns),
    }
    notes = [n.render(lang) if hasattr(n, "render") else str(n) for n in front.notes]
    return [
        write_text(out / "frontier.csv", csv_text(t), prot),
        write_bytes(out / "frontier.parquet", parquet_bytes(t), prot),
        write_text(out / "kpis.json", json_text(doc), prot),
        write_text(
            out / "report.html",
            _html.frontier_html(t, front.name, lang, front.partial, notes),
            prot,
        ),
    ]


__all__ = ["write_frontier", "write_sweep"]
