"""Report pages of sweeps and of the moves-fit frontier (placement.scale)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from placement.i18n import label
from placement.report.comparison_charts import tradeoff_chart
from placement.report.formatting import KEY_KPIS, esc
from placement.report.pages import figure, page
from placement.report.tables import table_html


def _scale_page(
    title: str,
    subtitle: str,
    lang: str,
    partial: bool,
    figure: str,
    table: pd.DataFrame,
    columns: Sequence[str],
    csv_name: str,
    notes: Sequence[str] = (),
    heading: str = "sweep_table",
) -> str:
    body = [
        "<header>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="desc">{esc(subtitle)}</p>',
        "</header>",
    ]
    if partial:
        body.append(f'<div class="banner">{esc(label("sweep_partial_note", lang))}</div>')
    body += [f'<p class="note">{esc(n)}</p>' for n in notes]
    body.append(f"<h2>{esc(label('charts', lang))}</h2>")
    body.append(figure)
    body.append(f"<h2>{esc(label(heading, lang))}</h2>")
    body.append(table_html(table, columns, lang, csv_name, limit=200))
    return page(title, lang, body)


def sweep_html(
    table: pd.DataFrame,
    name: str,
    keys: Sequence[str],
    chart: tuple[str, str],
    lang: str,
    partial: bool = False,
    each: bool = False,
) -> str:
    """The report of a sweep: the chosen pair of KPIs, one dot per variant, and the
    table of variants (settings, status, key KPIs)."""
    title = label("sweep_title_each" if each else "sweep_title", lang)
    pts = table.assign(
        label=[
            f"#{v} {s}".strip() for v, s in zip(table["variant"], table["settings"], strict=True)
        ]
    )
    if each:
        pts["label"] = table["organisation"].astype(str) + " " + table["settings"].astype(str)
    x, y = chart
    fig = figure(tradeoff_chart(pts, x, y, lang), f"{label(y, lang)} × {label(x, lang)}")
    cols = [
        "variant",
        *(["organisation"] if each else []),
        *keys,
        "status",
        "objective",
        "gap",
        *[k for k, _ in KEY_KPIS],
        "message",
    ]
    cols = list(dict.fromkeys([*cols[:-1], x, y, cols[-1]]))
    subtitle = name if not each else f"{len(table)} × {label('organisation', lang)}"
    return _scale_page(title, subtitle, lang, partial, fig, table, cols, "sweep.csv")


def frontier_html(
    table: pd.DataFrame, name: str, lang: str, partial: bool = False, notes: Sequence[str] = ()
) -> str:
    """The price of change: fit against moves, supported points joined, points between
    them (a cap on moves) hollow with their proven bound, and the table of points."""
    title = label("frontier_title", lang)
    pts = table.assign(label=table["settings"].astype(str))
    fig = figure(
        tradeoff_chart(
            pts,
            "moves",
            "fit",
            lang,
            name="frontier",
            line=True,
            bound="fit_bound",
            title=label("frontier_title", lang),
        ),
        label("frontier_title", lang),
        label("frontier_note", lang),
    )
    cols = [
        "point",
        "point_kind",
        "moves",
        "fit",
        "fit_bound",
        "mean_jpm",
        "move_price",
        "status",
        "settings",
    ]
    return _scale_page(
        title, name, lang, partial, fig, table, cols, "frontier.csv", notes, "frontier_table"
    )
