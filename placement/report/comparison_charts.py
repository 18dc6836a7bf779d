"""The charts of several results, as inline SVG: ``kpi_comparison`` and
``pair_differences`` (a comparison), and the trade-off scatter of a sweep or of the
moves–fit frontier (:func:`tradeoff_chart`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from placement.i18n import label
from placement.report.formatting import KEY_KPIS, esc, fmt_num, missing
from placement.report.svg import (
    ACCENT,
    GRID,
    INK,
    MUTED,
    PALE,
    PRIMARY,
    SERIES,
    clip,
    coord,
    legend,
    placeholder,
    rect,
    round_ticks,
    svg_chart,
    svg_line,
    svg_text,
    text_width,
)

COMPARISON_CHARTS = ("kpi_comparison", "pair_differences")


def kpi_comparison_chart(kp: pd.DataFrame, names: Sequence[str], lang: str) -> str:
    """Grouped bars: one group per key KPI (own scale), one bar per scenario."""
    title = label("chart_kpi_comparison", lang)
    if not names:
        return placeholder("kpi_comparison", title, lang)
    panel_w, panel_h, gap = 184.0, 190.0, 16.0
    n = len(names)
    width = len(KEY_KPIS) * (panel_w + gap)
    legend_rows: list[list[tuple[int, str]]] = []
    x = 0.0
    row: list[tuple[int, str]] = []
    for i, nm in enumerate(names):
        w = 17 + text_width(clip(nm, 30)) + 18
        if row and x + w > width:
            legend_rows.append(row)
            x, row = 0.0, []
        row.append((i, nm))
        x += w
    legend_rows.append(row)
    top_m = 18.0 * len(legend_rows) + 34
    height = top_m + panel_h + 10
    body = []
    for r, items in enumerate(legend_rows):
        body += legend(
            0, 14 + 18 * r, [("rect", SERIES[i % len(SERIES)], clip(nm, 30)) for i, nm in items]
        )
    for k, (key, dec) in enumerate(KEY_KPIS):
        px = k * (panel_w + gap)
        vals: list[Any] = [kp.at[key, nm] if key in kp.index else None for nm in names]
        nums = [None if missing(v) else float(v) for v in vals]
        body.append(
            svg_text(
                px + panel_w / 2,
                top_m - 10,
                clip(label(key, lang), 30),
                11.5,
                "middle",
                weight="bold",
            )
        )
        base = top_m + panel_h - 22
        body.append(svg_line(px + 4, base, px + panel_w - 4, base, MUTED))
        present = [v for v in nums if v is not None]
        top = max(present + [0.0])
        top = top if top > 0 else 1.0
        bw = min(34.0, (panel_w - 16) / n - 4)
        x0 = px + (panel_w - n * (bw + 4)) / 2
        for i, (nm, v) in enumerate(zip(names, nums, strict=True)):
            x = x0 + i * (bw + 4)
            if v is None:
                body.append(svg_text(x + bw / 2, base - 4, "–", 11, "middle", MUTED))
                continue
            h = (panel_h - 50) * max(v, 0.0) / top
            tip = f"{nm}: {label(key, lang)} {fmt_num(v, lang, dec)}"
            body.append(rect(x, base - max(h, 1.0), bw, max(h, 1.0), SERIES[i % len(SERIES)], tip))
            body.append(
                svg_text(
                    x + bw / 2,
                    base - max(h, 1.0) - 4,
                    fmt_num(v, lang, dec),
                    10 if n <= 4 else 8.5,
                    "middle",
                    INK,
                )
            )
    return svg_chart("kpi_comparison", width, height, body, title)


def pair_differences_chart(pairs: pd.DataFrame, lang: str) -> str:
    """Per pair of scenarios: people placed differently and moves in only one of them."""
    title = label("chart_pair_differences", lang)
    if not len(pairs):
        return placeholder("pair_differences", title, lang)
    series = (
        ("placed_differently", PRIMARY),
        ("moves_only_in_a", ACCENT),
        ("moves_only_in_b", "#3c7d52"),
    )
    pair_labels = [
        clip(f"{a} ↔ {b}", 44)
        for a, b in zip(pairs["scenario_a"], pairs["scenario_b"], strict=True)
    ]
    left = max(text_width(t) for t in pair_labels) + 14
    bar_w, bar_h, top_m = 420.0, 14.0, 34.0
    group_h = bar_h * len(series) + 14
    width = left + bar_w + 80
    height = top_m + group_h * len(pairs) + 10
    top = float(max(int(pairs[k].max()) for k, _ in series)) or 1.0
    body = legend(left, 14, [("rect", c, label(k, lang)) for k, c in series])
    for i, pl in enumerate(pair_labels):
        y = top_m + i * group_h
        body.append(svg_text(left - 8, y + bar_h * 1.5 + 4, pl, 11, "end", weight="bold"))
        for j, (k, c) in enumerate(series):
            v = int(pairs.iloc[i][k])
            w = max(bar_w * v / top, 1.0)
            yy = y + j * bar_h
            body.append(rect(left, yy, w, bar_h - 2, c, f"{pl}: {label(k, lang)} {v}"))
            body.append(svg_text(left + w + 5, yy + bar_h - 4, fmt_num(v, lang), 10, fill=MUTED))
    return svg_chart("pair_differences", width, height, body, title)


def tradeoff_chart(
    points: pd.DataFrame,
    x: str,
    y: str,
    lang: str,
    name: str = "kpi_pair",
    title: str | None = None,
    line: bool = False,
    bound: str | None = None,
) -> str:
    """Scatter of ``points[x]`` against ``points[y]``, one dot per row (its ``label``
    column in the tooltip); ``line`` joins them in x order (a frontier); rows whose
    ``point_kind`` is not "supported" are drawn hollow, and ``bound`` (a y column) marks each
    row's proven bound with a tick."""
    title = title or f"{label(y, lang)} × {label(x, lang)}"
    if not len(points) or x not in points or y not in points:
        return placeholder(name, title, lang)
    xs = pd.to_numeric(points[x], errors="coerce").to_numpy(dtype=float)
    ys = pd.to_numeric(points[y], errors="coerce").to_numpy(dtype=float)
    ok = ~(np.isnan(xs) | np.isnan(ys))
    if not ok.any():
        return placeholder(name, title, lang)
    bs = (
        pd.to_numeric(points[bound], errors="coerce").to_numpy(dtype=float)
        if bound and bound in points
        else np.full(len(points), np.nan)
    )
    y_all = np.concatenate([ys[ok], bs[ok & ~np.isnan(bs)]])
    x_lo, x_hi, x_step = round_ticks(float(xs[ok].min()), float(xs[ok].max()))
    y_lo, y_hi, y_step = round_ticks(float(y_all.min()), float(y_all.max()))
    width, height = 640.0, 330.0
    x0, y0, pw, ph = 72.0, 30.0, width - 96.0, height - 80.0
    y_dec = 0 if y_step >= 1 else 2

    def px(v: float) -> float:
        return x0 + pw * (v - x_lo) / (x_hi - x_lo)

    def py(v: float) -> float:
        return y0 + ph - ph * (v - y_lo) / (y_hi - y_lo)

    body: list[str] = []
    n_y = int(round((y_hi - y_lo) / y_step))
    for i in range(n_y + 1):
        v = y_lo + i * y_step
        body.append(svg_line(x0, py(v), x0 + pw, py(v), GRID))
        body.append(svg_text(x0 - 6, py(v) + 4, fmt_num(v, lang, y_dec), 10, "end", MUTED))
    n_x = int(round((x_hi - x_lo) / x_step))
    for i in range(n_x + 1):
        v = x_lo + i * x_step
        body.append(svg_line(px(v), y0 + ph, px(v), y0 + ph + 4, MUTED))
        body.append(
            svg_text(
                px(v), y0 + ph + 16, fmt_num(v, lang, 0 if x_step >= 1 else 2), 10, "middle", MUTED
            )
        )
    body.append(svg_line(x0, y0 + ph, x0 + pw, y0 + ph, MUTED))
    body.append(svg_text(x0 + pw / 2, height - 12, label(x, lang), 11, "middle", MUTED))
    body.append(
        svg_text(
            14,
            y0 + ph / 2,
            label(y, lang),
            11,
            "middle",
            MUTED,
            extra=f' transform="rotate(-90 14 {coord(y0 + ph / 2)})"',
        )
    )
    order = np.argsort(xs, kind="stable")
    kinds = (
        points["point_kind"].to_numpy(dtype=object)
        if "point_kind" in points
        else np.full(len(points), "supported", dtype=object)
    )
    if line:
        sup = [i for i in order if ok[i] and kinds[i] == "supported"]
        if len(sup) > 1:
            d = "".join(
                ("M" if j == 0 else "L") + f"{coord(px(xs[i]))} {coord(py(ys[i]))}"
                for j, i in enumerate(sup)
            )
            body.append(f'<path d="{d}" stroke="{PRIMARY}" stroke-width="1.5" fill="none"/>')
    labels_ = (
        points["label"].to_numpy(dtype=object)
        if "label" in points
        else np.arange(len(points)).astype(object)
    )
    for i in order:
        if not ok[i]:
            continue
        tip = (
            f"{labels_[i]}: {label(x, lang)} {fmt_num(xs[i], lang, 0 if x_step >= 1 else 2)}"
            f", {label(y, lang)} {fmt_num(ys[i], lang, 2)}"
        )
        if not np.isnan(bs[i]):
            body.append(svg_line(px(xs[i]) - 5, py(bs[i]), px(xs[i]) + 5, py(bs[i]), ACCENT, 2))
            body.append(svg_line(px(xs[i]), py(bs[i]), px(xs[i]), py(ys[i]), ACCENT, 1, "2 2"))
        fill = PRIMARY if kinds[i] == "supported" else "#fff"
        body.append(
            f'<circle cx="{coord(px(xs[i]))}" cy="{coord(py(ys[i]))}" r="4" fill="{fill}" '
            f'stroke="{PRIMARY}" stroke-width="1.5"><title>{esc(tip)}</title></circle>'
        )
    if line:
        body += legend(
            x0,
            14,
            [
                ("rect", PRIMARY, label("frontier_supported", lang)),
                ("rect", PALE, label("frontier_constrained", lang)),
                ("tick", ACCENT, label("fit_bound", lang)),
            ],
        )
    return svg_chart(name, width, height, body, title)
