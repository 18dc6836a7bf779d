"""The charts of one result, as inline SVG: ``unit_fill``, ``jpm_histogram``,
``jpm_categories``, ``moves_matrix``, ``training_gaps`` (the charts of a comparison
and of a sweep are in :mod:`placement.report.comparison_charts`).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from placement.i18n import label
from placement.model.jpm import JPM_CATEGORIES, jpm_category
from placement.report.formatting import esc, fmt_num, fmt_pct
from placement.report.svg import (
    ACCENT,
    CATEGORY_COLOURS,
    CATEGORY_LIGHT,
    GRID,
    INK,
    MUTED,
    PALE,
    PRIMARY,
    axis_top,
    clip,
    coord,
    legend,
    mix,
    placeholder,
    rect,
    svg_chart,
    svg_line,
    svg_text,
    text_width,
    x_ticks,
)

RESULT_CHARTS = ("unit_fill", "jpm_histogram", "jpm_categories", "moves_matrix", "training_gaps")
#: Units shown on each axis of the moves matrix (the rest are grouped).
MATRIX_UNITS = 40


def unit_fill_chart(unit_fill: pd.DataFrame, lang: str) -> str:
    """Per unit: headcount (formasi) bar, filled bar inside it, tick at staff before."""
    title = label("chart_unit_fill", lang)
    if not len(unit_fill) or "headcount" not in unit_fill:
        return placeholder("unit_fill", title, lang)
    names = [
        str(n) if isinstance(n, str) and n else str(u)
        for n, u in zip(
            unit_fill.get("unit_name", unit_fill["unit"]), unit_fill["unit"], strict=True
        )
    ]
    names = [clip(n, 40) for n in names]
    hc = unit_fill["headcount"].to_numpy(dtype=float)
    filled = unit_fill["filled"].to_numpy(dtype=float)
    before = unit_fill["before"].to_numpy(dtype=float)
    top, step = axis_top(max(hc.max(), filled.max(), before.max(), 1.0))
    left = min(270.0, max(text_width(n) for n in names) + 12)
    bar_w, right, row_h, top_m = 480.0, 140.0, 20.0, 34.0
    width = left + bar_w + right
    height = top_m + row_h * len(names) + 24
    body = legend(
        left,
        14,
        [
            ("rect", PALE, label("headcount", lang)),
            ("rect", PRIMARY, label("filled", lang)),
            ("tick", ACCENT, label("before", lang)),
        ],
    )
    y_end = top_m + row_h * len(names)
    body += x_ticks(left, bar_w, top, step, top_m - 4, y_end, lang)
    for i, name in enumerate(names):
        y = top_m + i * row_h
        h_, f_, b_ = hc[i], filled[i], before[i]
        rate = f_ / h_ if h_ > 0 else float("nan")
        tip = (
            f"{name}: {label('filled', lang)} {fmt_num(f_, lang)} / "
            f"{label('headcount', lang)} {fmt_num(h_, lang)}"
            f" ({fmt_pct(rate, lang)}), {label('before', lang)} {fmt_num(b_, lang)}"
        )
        body.append(f"<g><title>{esc(tip)}</title>")
        body.append(svg_text(left - 8, y + 14, name, 11, "end"))
        body.append(rect(left, y + 3, bar_w * h_ / top, row_h - 6, PALE))
        within = min(f_, h_)
        body.append(rect(left, y + 6, bar_w * within / top, row_h - 12, PRIMARY))
        if f_ > h_:
            body.append(
                rect(left + bar_w * h_ / top, y + 6, bar_w * (f_ - h_) / top, row_h - 12, "#b4483c")
            )
        bx = left + bar_w * b_ / top
        body.append(svg_line(bx, y + 1, bx, y + row_h - 1, ACCENT, 2.5))
        pct = f" · {fmt_pct(rate, lang, 0)}" if h_ > 0 else ""
        body.append(
            svg_text(
                left + bar_w + 8,
                y + 14,
                f"{fmt_num(f_, lang)} / {fmt_num(h_, lang)}{pct}",
                11,
                fill=MUTED,
            )
        )
        body.append("</g>")
    return svg_chart("unit_fill", width, height, body, title)


def jpm_histogram_chart(placements: pd.DataFrame, lang: str) -> str:
    """JPM of placed staff in 2-point bins, coloured by category, with thresholds."""
    title = label("chart_jpm_histogram", lang)
    if "jpm" not in placements:
        return placeholder("jpm_histogram", title, lang)
    v = placements["jpm"].to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if not len(v):
        return placeholder("jpm_histogram", title, lang)
    lo = max(0.0, math.floor(min(v.min(), 70.0) / 10.0) * 10.0)
    hi = max(100.0, math.ceil(v.max() / 2.0) * 2.0)
    edges = np.arange(lo, hi + 1e-9, 2.0)  # the last bin, [98, 100] when hi = 100, is closed
    counts, _ = np.histogram(v, bins=edges)
    width, height = 500.0, 270.0
    x0, y0, pw, ph = 46.0, 30.0, width - 60.0, height - 72.0
    top, step = axis_top(float(counts.max()))
    span = edges[-1] - edges[0]
    body = legend(x0, 14, [("rect", CATEGORY_COLOURS[c], c) for c, _ in JPM_CATEGORIES])
    for i in range(int(round(top / step)) + 1):
        yv = y0 + ph - ph * (i * step) / top
        body.append(svg_line(x0, yv, x0 + pw, yv, GRID))
        body.append(svg_text(x0 - 6, yv + 4, fmt_num(i * step, lang), 10, "end", MUTED))
    bw = pw / len(counts)
    for i, c in enumerate(counts):
        if c == 0:
            continue
        left_edge = edges[i]
        cat = jpm_category(np.array([left_edge]))[0] or "Kurang Optimal"
        h = ph * c / top
        tip = f"JPM {fmt_num(left_edge, lang)}–{fmt_num(edges[i + 1], lang)}: {fmt_num(c, lang)}"
        body.append(rect(x0 + i * bw + 0.5, y0 + ph - h, bw - 1, h, CATEGORY_COLOURS[cat], tip))
    t = math.ceil(lo / 10.0) * 10.0
    while t <= edges[-1] + 1e-9:
        x = x0 + pw * (t - edges[0]) / span
        body.append(svg_line(x, y0 + ph, x, y0 + ph + 4, MUTED))
        body.append(svg_text(x, y0 + ph + 16, fmt_num(t, lang), 10, "middle", MUTED))
        t += 10.0
    for _, thr in JPM_CATEGORIES[:-1]:
        x = x0 + pw * (thr - edges[0]) / span
        body.append(svg_line(x, y0 - 2, x, y0 + ph, INK, 1, "4 3"))
        body.append(svg_text(x + 3, y0 + 8, fmt_num(thr, lang), 10, fill=INK))
    body.append(svg_line(x0, y0 + ph, x0 + pw, y0 + ph, MUTED))
    body.append(svg_text(x0 + pw / 2, height - 8, label("jpm", lang), 11, "middle", MUTED))
    return svg_chart("jpm_histogram", width, height, body, title)


def category_counts(placements: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """Category → (count before, count after)."""
    out = {}
    after = (
        placements["jpm_category"].astype(object)
        if "jpm_category" in placements
        else pd.Series([], dtype=object)
    )
    jb = (
        placements["jpm_before"].to_numpy(dtype=float)
        if "jpm_before" in placements
        else np.zeros(0)
    )
    before = pd.Series(jpm_category(jb[~np.isnan(jb)]), dtype=object)
    for c, _ in JPM_CATEGORIES:
        out[c] = (int((before == c).sum()), int((after == c).sum()))
    return out


def jpm_categories_chart(placements: pd.DataFrame, lang: str) -> str:
    """Category counts before (current staff in current posts) and after placement."""
    title = label("chart_jpm_categories", lang)
    if "jpm_category" not in placements:
        return placeholder("jpm_categories", title, lang)
    counts = category_counts(placements)
    tb = sum(b for b, _ in counts.values())
    ta = sum(a for _, a in counts.values())
    if tb + ta == 0:
        return placeholder("jpm_categories", title, lang)
    width, height = 500.0, 270.0
    left, bar_w, top_m = 110.0, 250.0, 40.0
    top = max(max(b, a) for b, a in counts.values())
    body = []
    x = left
    for text, col in ((label("before_label", lang), "#c9ced6"), (label("after_label", lang), INK)):
        body.append(rect(x, 5, 12, 11, col))
        body.append(svg_text(x + 17, 15, text, 11, fill=MUTED))
        x += 17 + text_width(text) + 18
    group_h = 70.0
    for i, (cat, _) in enumerate(JPM_CATEGORIES):
        y = top_m + i * group_h
        b, a = counts[cat]
        body.append(svg_text(left - 8, y + 22, cat, 12, "end", weight="bold"))
        for j, (n, tot, col) in enumerate(
            ((b, tb, CATEGORY_LIGHT[cat]), (a, ta, CATEGORY_COLOURS[cat]))
        ):
            yy = y + j * 22
            w = bar_w * n / top if top else 0
            share = n / tot if tot else float("nan")
            which = label("before_label" if j == 0 else "after_label", lang)
            tip = f"{cat}, {which}: {fmt_num(n, lang)} ({fmt_pct(share, lang)})"
            body.append(rect(left, yy + 4, max(w, 1.0), 18, col, tip))
            body.append(
                svg_text(
                    left + max(w, 1.0) + 6,
                    yy + 17,
                    f"{fmt_num(n, lang)} ({fmt_pct(share, lang)})",
                    11,
                    fill=MUTED,
                )
            )
    return svg_chart("jpm_categories", width, height, body, title)


def _unit_names(unit_fill: pd.DataFrame, moves: pd.DataFrame) -> dict[str, str]:
    names: dict[str, str] = {}
    if len(unit_fill) and "unit" in unit_fill:
        units = unit_fill["unit"]
        for u, n in zip(units, unit_fill.get("unit_name", units), strict=True):
            names[str(u)] = str(n) if isinstance(n, str) and n else str(u)
    for uc, nc in (("from_unit", "from_unit_name"), ("to_unit", "to_unit_name")):
        if uc in moves and nc in moves:
            for u, n in zip(moves[uc], moves[nc], strict=True):
                if isinstance(u, str) and u and u not in names:
                    names[u] = n if isinstance(n, str) and n else u
    return names


def moves_matrix_chart(moves: pd.DataFrame, unit_fill: pd.DataFrame, lang: str) -> str:
    """Heat map of moves from unit (rows) to unit (columns), with counts and totals."""
    title = label("chart_moves_matrix", lang)
    if not len(moves) or "from_unit" not in moves:
        return placeholder("moves_matrix", title, lang)
    unplaced_key = "\x00unplaced"
    other_key = "\x00other"
    fr = moves["from_unit"].astype(object).fillna("").astype(str).to_numpy()
    to = moves["to_unit"].astype(object).fillna("").astype(str).to_numpy()
    to = np.where(to == "", unplaced_key, to)
    names = _unit_names(unit_fill, moves)
    order = {u: i for i, u in enumerate(names)}
    flow = pd.Series(1, index=range(len(fr))).groupby([fr, to]).sum()
    volume: dict[str, int] = {}
    for (a, b), n in zip(flow.index.tolist(), flow.tolist(), strict=True):
        volume[a] = volume.get(a, 0) + int(n)
        volume[b] = volume.get(b, 0) + int(n)
    units = [u for u in volume if u != unplaced_key]
    if len(units) > MATRIX_UNITS:
        keep = set(
            sorted(units, key=lambda u: (-volume[u], order.get(u, 1 << 30), u))[: MATRIX_UNITS - 1]
        )
        fr = np.array([u if u in keep else other_key for u in fr], dtype=object)
        to = np.array(
            [u if u in keep or u == unplaced_key else other_key for u in to], dtype=object
        )
        flow = pd.Series(1, index=range(len(fr))).groupby([fr, to]).sum()

    def rank(u: str) -> tuple:
        return (u == unplaced_key, u == other_key, order.get(u, 1 << 30), u)

    # the same units on both axes (in unit order), so within-unit moves form the diagonal
    axis = sorted(
        {a for a, _ in flow.index} | {b for _, b in flow.index} - {unplaced_key}, key=rank
    )
    rows = axis
    cols = axis + ([unplaced_key] if any(b == unplaced_key for _, b in flow.index) else [])

    def show(u: str) -> str:
        if u == unplaced_key:
            return label("(unplaced)", lang)
        if u == other_key:
            return f"({label('other_units', lang)})"
        return names.get(u, u)

    counts = np.zeros((len(rows), len(cols)), dtype=np.int64)
    ri = {u: i for i, u in enumerate(rows)}
    ci = {u: i for i, u in enumerate(cols)}
    for (a, b), n in zip(flow.index.tolist(), flow.tolist(), strict=True):
        counts[ri[a], ci[b]] += int(n)
    cell = max(16.0, min(34.0, 620.0 / max(len(cols), 1)))
    row_labels = [clip(show(u), 34) for u in rows]
    col_labels = [clip(show(u), 28) for u in cols]
    left = max(text_width(t) for t in row_labels) + 14
    top_m = max(text_width(t) for t in col_labels) * 0.72 + 22
    grid_w, grid_h = cell * len(cols), cell * len(rows)
    col_w = max(text_width(t, 10.5) for t in col_labels)
    width = left + grid_w + max(56.0, col_w * 0.64 - cell / 2 + 8)
    height = top_m + grid_h + 30
    mx = counts.max()
    body = []
    for j, lab in enumerate(col_labels):
        x = left + (j + 0.5) * cell
        body.append(
            f'<text x="{coord(x)}" y="{coord(top_m - 6)}" font-size="10.5" fill="{INK}" '
            f'transform="rotate(-50 {coord(x)} {coord(top_m - 6)})">{esc(lab)}</text>'
        )
    font = min(11.0, cell * 0.42)
    for i, rl in enumerate(row_labels):
        y = top_m + i * cell
        body.append(svg_text(left - 6, y + cell / 2 + 4, rl, 10.5, "end"))
        for j in range(len(cols)):
            n = int(counts[i, j])
            x = left + j * cell
            if n == 0:
                fill = "#f6f7f9" if rows[i] != cols[j] else "#eceff3"
                body.append(rect(x, y, cell, cell, fill, extra=' stroke="#fff"'))
                continue
            t = math.sqrt(n / mx) if mx else 0.0
            fill = mix("#dce6f0", "#173a5e", t)
            tip = f"{show(rows[i])} → {show(cols[j])}: {fmt_num(n, lang)}"
            body.append(rect(x, y, cell, cell, fill, tip, ' stroke="#fff"'))
            if cell >= 16:
                body.append(
                    svg_text(
                        x + cell / 2,
                        y + cell / 2 + font * 0.36,
                        fmt_num(n, lang),
                        font,
                        "middle",
                        "#fff" if t > 0.5 else INK,
                    )
                )
        body.append(
            svg_text(
                left + grid_w + 8,
                y + cell / 2 + 4,
                fmt_num(int(counts[i].sum()), lang),
                10.5,
                fill=MUTED,
            )
        )
    for j in range(len(cols)):
        body.append(
            svg_text(
                left + (j + 0.5) * cell,
                top_m + grid_h + 14,
                fmt_num(int(counts[:, j].sum()), lang),
                10.5,
                "middle",
                MUTED,
            )
        )
    body.append(
        svg_text(
            left + grid_w + 8,
            top_m + grid_h + 14,
            fmt_num(int(counts.sum()), lang),
            10.5,
            weight="bold",
        )
    )
    return svg_chart("moves_matrix", width, height, body, title)


def training_gaps_chart(training_needs: pd.DataFrame, lang: str) -> str:
    """Per competency: total level gap (bar) and people needing training (label)."""
    title = label("chart_training_gaps", lang)
    if not len(training_needs) or "competency" not in training_needs:
        return placeholder("training_gaps", title, lang)
    g = training_needs.assign(gap=pd.to_numeric(training_needs["gap"]))
    agg = g.groupby("competency", sort=True).agg(
        gap=("gap", "sum"), people=("employee_id", "nunique")
    )
    agg = agg.reset_index().sort_values(
        ["gap", "competency"], ascending=[False, True], kind="stable"
    )
    comps = [clip(c, 36) for c in agg["competency"].astype(str)]
    left = max(text_width(c) for c in comps) + 14
    bar_w, row_h, top_m = 440.0, 22.0, 28.0
    width = left + bar_w + 170
    height = top_m + row_h * len(comps) + 26
    top, step = axis_top(float(agg["gap"].max()))
    body = x_ticks(left, bar_w, top, step, top_m - 4, top_m + row_h * len(comps), lang)
    body.append(svg_text(left, 14, label("training_gap_total", lang), 11, fill=MUTED))
    for i, (c, gap, people) in enumerate(zip(comps, agg["gap"], agg["people"], strict=True)):
        y = top_m + i * row_h
        tip = (
            f"{c}: {label('gap', lang)} {fmt_num(gap, lang)}, "
            f"{label('people_needing_training', lang)} {fmt_num(people, lang)}"
        )
        body.append(svg_text(left - 8, y + 15, c, 11, "end"))
        body.append(rect(left, y + 4, max(bar_w * gap / top, 1.0), row_h - 8, PRIMARY, tip))
        body.append(
            svg_text(
                left + bar_w * gap / top + 6,
                y + 15,
                f"{fmt_num(gap, lang)} · {fmt_num(people, lang)} {label('people', lang).lower()}",
                11,
                fill=MUTED,
            )
        )
    return svg_chart("training_gaps", width, height, body, title)


def result_charts(result, lang: str) -> dict[str, str]:
    """The SVG of every chart of one result, by chart name (framed notes when the
    result holds no placement)."""
    if result.assignment is None or result.compiled is None:
        note = label("no_placement_note" if result.assignment is None else "no_data_note", lang)
        return {n: placeholder(n, label(f"chart_{n}", lang), lang, note) for n in RESULT_CHARTS}
    return {
        "unit_fill": unit_fill_chart(result.unit_fill, lang),
        "jpm_histogram": jpm_histogram_chart(result.placements, lang),
        "jpm_categories": jpm_categories_chart(result.placements, lang),
        "moves_matrix": moves_matrix_chart(result.moves, result.unit_fill, lang),
        "training_gaps": training_gaps_chart(result.training_needs, lang),
    }
