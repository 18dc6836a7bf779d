"""Building blocks of the self-contained HTML reports: number formatting, inline CSS,
inline SVG charts and tables (the pages are put together in
:mod:`placement.report.pages`; the only script, an optional table filter, is in
:mod:`placement.report.filtering`).

A planner can open the file offline, show it on a projector or print it. Every chart
is an ``<svg class="chart" data-chart="<name>">`` with drawn content (a framed "no
data" note when there is nothing to draw), so a browser test can check it rendered.
All text from the data goes through :func:`html.escape`. Coordinates and numbers
are formatted with fixed precision, so identical input gives identical bytes.

Charts of one result: ``unit_fill``, ``jpm_histogram``, ``jpm_categories``,
``moves_matrix``, ``training_gaps``. Charts of a comparison: ``kpi_comparison``,
``pair_differences``.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from placement.model.result import JPM_CATEGORIES, jpm_category
from placement.report.excel import (
    CODED_COLUMNS,
    ONE_DECIMAL,
    PERCENT_COLUMNS,
    PERCENT_KPIS,
    TWO_DECIMALS,
    difference_columns,
    position_label,
)
from placement.report.labels import label, value_label

RESULT_CHARTS = ("unit_fill", "jpm_histogram", "jpm_categories", "moves_matrix", "training_gaps")
COMPARISON_CHARTS = ("kpi_comparison", "pair_differences")
#: Rows shown per table before pointing to the CSV / Excel files.
TABLE_ROWS = 30
#: Units shown on each axis of the moves matrix (the rest are grouped).
MATRIX_UNITS = 40

CATEGORY_COLOURS = {"Optimal": "#3c7d52", "Cukup Optimal": "#d39b2a", "Kurang Optimal": "#b4483c"}
CATEGORY_LIGHT = {"Optimal": "#b9d7c2", "Cukup Optimal": "#f0dcae", "Kurang Optimal": "#e6b9b3"}
INK, MUTED, GRID = "#1d2733", "#5b6776", "#e3e7ec"
PRIMARY, PALE, ACCENT = "#2f5d8a", "#d9e0e8", "#c7772a"
SERIES = ("#2f5d8a", "#c7772a", "#3c7d52", "#8a4f9e", "#4f8fa8", "#a3474f", "#7a7a3a", "#5b6776")
KEY_KPIS = (
    ("mean_jpm", 1),
    ("moves", 0),
    ("vacancies", 0),
    ("unplaced", 0),
    ("training_gap_total", 0),
)

CSS = """
*{box-sizing:border-box}
body{font-family:"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d2733;
background:#fff;margin:0;line-height:1.4;font-size:14px}
main{max-width:1040px;margin:0 auto;padding:28px 32px 40px}
header{border-bottom:3px solid #2f5d8a;padding-bottom:12px;margin-bottom:18px}
h1{font-size:24px;margin:0 0 2px;font-weight:600}
h1 .scenario{color:#2f5d8a}
h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #d9e0e8;
font-weight:600}
h3{font-size:14px;margin:16px 0 4px;font-weight:600}
figcaption h3{margin-top:0}
td .sub{display:block;color:#5b6776;font-size:11.5px}
p{margin:4px 0}
.desc{color:#3a4552;font-size:15px;margin:4px 0 8px}
.meta{display:flex;flex-wrap:wrap;gap:4px 22px;margin:8px 0 2px;padding:0;font-size:13px}
.meta div{display:flex;gap:6px}
.meta dt{color:#5b6776}
.meta dd{margin:0;font-weight:600}
.reason,.note{color:#5b6776;font-size:12.5px}
.banner{border:1px solid #e0b4ae;background:#f9ecea;color:#8f2f25;padding:8px 12px;
border-radius:4px;margin:12px 0}
.badge{display:inline-block;padding:0 8px;border-radius:9px;font-size:12px;
font-weight:600;background:#e3ecf5;color:#2f5d8a;white-space:nowrap}
.badge.feasible{background:#fbefd9;color:#8a5a12}
.badge.infeasible,.badge.no_solution{background:#f6dedb;color:#8f2f25}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;
margin:16px 0 4px}
.card{border:1px solid #d9e0e8;border-left:4px solid #2f5d8a;border-radius:4px;
padding:8px 10px;break-inside:avoid}
.card .k{font-size:12px;color:#5b6776}
.card .v{font-size:22px;font-weight:600;margin-top:2px}
.card .s{font-size:12px;color:#5b6776}
figure{margin:0 0 22px;break-inside:avoid;page-break-inside:avoid}
figcaption{margin-bottom:6px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:0 28px}
svg.chart{display:block;max-width:100%;height:auto;font-family:inherit}
table{border-collapse:collapse;width:100%;font-size:12.5px;margin:4px 0 6px}
th,td{padding:4px 7px;border-bottom:1px solid #e3e7ec;text-align:left;vertical-align:top}
th{background:#f2f5f8;font-weight:600;border-bottom:1px solid #c5ced8}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
ul.log{margin:4px 0;padding-left:20px;font-size:13px}
footer{margin-top:30px;padding-top:8px;border-top:1px solid #d9e0e8;color:#5b6776;
font-size:12px}
a{color:#2f5d8a}
@media (max-width:760px){.grid2{grid-template-columns:1fr}
.cards{grid-template-columns:repeat(2,1fr)}}
@media print{main{max-width:none;padding:0}body{font-size:11px}
h2{break-after:avoid}table{font-size:10px}tr{break-inside:avoid}
.card .v{font-size:18px}}
"""


# -- formatting -----------------------------------------------------------------------


def esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _missing(v) -> bool:
    if v is None or v is pd.NA:
        return True
    try:
        return bool(isinstance(v, float | np.floating) and math.isnan(v))
    except TypeError:
        return False


def fmt_num(v, lang: str, decimals: int = 0) -> str:
    """``v`` with thousands separators: 4,500.5 (en) or 4.500,5 (id); "–" if missing."""
    if _missing(v):
        return "–"
    f = float(v)
    if f == 0:
        f = 0.0
    s = f"{f:,.{decimals}f}"
    if s.startswith("-") and float(s.replace(",", "").lstrip("-") or 0) == 0:
        s = s[1:]
    if lang == "id":
        s = s.translate(str.maketrans(",.", ".,"))
    return s


def fmt_pct(v, lang: str, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.923 → 92.3% (en) / 92,3% (id)."""
    return "–" if _missing(v) else fmt_num(100.0 * float(v), lang, decimals) + "%"


def fmt_value(key: str, v, lang: str) -> str:
    """A KPI or cell value formatted for display by its key."""
    if _missing(v):
        return "–"
    if isinstance(v, bool | np.bool_):
        return label("yes" if v else "no", lang)
    if isinstance(v, str):
        return value_label(v, lang) if key in CODED_COLUMNS or key == "status" else v
    if key in PERCENT_KPIS or key in PERCENT_COLUMNS:
        return fmt_pct(v, lang, 2 if key == "gap" else 1)
    if key in ONE_DECIMAL:
        return fmt_num(v, lang, 1)
    if key in TWO_DECIMALS:
        return fmt_num(v, lang, 2)
    if isinstance(v, int | np.integer):
        return fmt_num(v, lang, 0)
    if isinstance(v, float | np.floating):
        return fmt_num(v, lang, 0 if float(v).is_integer() else 2)
    return str(v)


def _f(x: float) -> str:
    """An SVG coordinate (fixed precision)."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _clip(text: str, chars: int) -> str:
    text = str(text)
    return text if len(text) <= chars else text[: max(1, chars - 1)].rstrip() + "…"


def _text_w(text: str, size: float = 11.0) -> float:
    return len(str(text)) * size * 0.56


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5, 5 × 10^k) giving about ``ticks`` ticks to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return max(m * mag, 1.0) if top >= 1 else m * mag
    return 10 * mag


def _axis_top(top: float) -> tuple[float, float]:
    step = nice_step(top)
    return step * max(1, math.ceil(top / step)), step


def _mix(c1: str, c2: str, t: float) -> str:
    a = [int(c1[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(c2[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


# -- SVG building blocks --------------------------------------------------------------


def _svg(name: str, width: float, height: float, body: list[str], title: str) -> str:
    return (
        f'<svg class="chart" data-chart="{esc(name)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_f(width)} {_f(height)}" width="{_f(width)}" '
        f'height="{_f(height)}" role="img" aria-label="{esc(title)}">'
        f"<title>{esc(title)}</title>" + "".join(body) + "</svg>"
    )


def _rect(x, y, w, h, fill, title: str | None = None, extra: str = "") -> str:
    t = f"<title>{esc(title)}</title>" if title else ""
    return (
        f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(max(w, 0))}" height="{_f(max(h, 0))}" '
        f'fill="{fill}"{extra}>{t}</rect>'
    )


def _text(x, y, s, size=11, anchor="start", fill=INK, weight="normal", extra="") -> str:
    w = f' font-weight="{weight}"' if weight != "normal" else ""
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}"{w}{extra}>{esc(s)}</text>'
    )


def _line(x1, y1, x2, y2, stroke=GRID, width=1, dash: str | None = None) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<path d="M{_f(x1)} {_f(y1)}L{_f(x2)} {_f(y2)}" stroke="{stroke}" '
        f'stroke-width="{width}"{d} fill="none"/>'
    )


def _placeholder(name: str, title: str, lang: str, note: str | None = None) -> str:
    w, h = 640, 70
    body = [
        _rect(0.5, 0.5, w - 1, h - 1, "#fafbfc", extra=f' stroke="{GRID}"'),
        _text(w / 2, h / 2 + 4, note or label("no_data_note", lang), 12, "middle", MUTED),
    ]
    return _svg(name, w, h, body, title)


def _legend(x: float, y: float, items: Sequence[tuple[str, str, str]]) -> list[str]:
    """``items``: (kind "rect"/"tick", colour, text); returns the SVG pieces."""
    out = []
    for kind, colour, text in items:
        if kind == "tick":
            out.append(_line(x + 5, y - 9, x + 5, y + 2, colour, 2.5))
        else:
            out.append(_rect(x, y - 9, 12, 11, colour))
        out.append(_text(x + 17, y, text, 11, fill=MUTED))
        x += 17 + _text_w(text) + 18
    return out


def _x_ticks(
    x0: float,
    width: float,
    top: float,
    step: float,
    y_top: float,
    y_bottom: float,
    lang: str,
    decimals: int = 0,
) -> list[str]:
    out = []
    n = int(round(top / step))
    for i in range(n + 1):
        v = i * step
        x = x0 + width * v / top
        out.append(_line(x, y_top, x, y_bottom, GRID))
        out.append(_text(x, y_bottom + 13, fmt_num(v, lang, decimals), 10, "middle", MUTED))
    return out


# -- charts of one result -------------------------------------------------------------


def unit_fill_chart(unit_fill: pd.DataFrame, lang: str) -> str:
    """Per unit: headcount (formasi) bar, filled bar inside it, tick at staff before."""
    title = label("chart_unit_fill", lang)
    if not len(unit_fill) or "headcount" not in unit_fill:
        return _placeholder("unit_fill", title, lang)
    names = [
        str(n) if isinstance(n, str) and n else str(u)
        for n, u in zip(
            unit_fill.get("unit_name", unit_fill["unit"]), unit_fill["unit"], strict=True
        )
    ]
    names = [_clip(n, 40) for n in names]
    hc = unit_fill["headcount"].to_numpy(dtype=float)
    filled = unit_fill["filled"].to_numpy(dtype=float)
    before = unit_fill["before"].to_numpy(dtype=float)
    top, step = _axis_top(max(hc.max(), filled.max(), before.max(), 1.0))
    left = min(270.0, max(_text_w(n) for n in names) + 12)
    bar_w, right, row_h, top_m = 480.0, 140.0, 20.0, 34.0
    width = left + bar_w + right
    height = top_m + row_h * len(names) + 24
    body = _legend(
        left,
        14,
        [
            ("rect", PALE, label("headcount", lang)),
            ("rect", PRIMARY, label("filled", lang)),
            ("tick", ACCENT, label("before", lang)),
        ],
    )
    y_end = top_m + row_h * len(names)
    body += _x_ticks(left, bar_w, top, step, top_m - 4, y_end, lang)
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
        body.append(_text(left - 8, y + 14, name, 11, "end"))
        body.append(_rect(left, y + 3, bar_w * h_ / top, row_h - 6, PALE))
        within = min(f_, h_)
        body.append(_rect(left, y + 6, bar_w * within / top, row_h - 12, PRIMARY))
        if f_ > h_:
            body.append(
                _rect(
                    left + bar_w * h_ / top, y + 6, bar_w * (f_ - h_) / top, row_h - 12, "#b4483c"
                )
            )
        bx = left + bar_w * b_ / top
        body.append(_line(bx, y + 1, bx, y + row_h - 1, ACCENT, 2.5))
        pct = f" · {fmt_pct(rate, lang, 0)}" if h_ > 0 else ""
        body.append(
            _text(
                left + bar_w + 8,
                y + 14,
                f"{fmt_num(f_, lang)} / {fmt_num(h_, lang)}{pct}",
                11,
                fill=MUTED,
            )
        )
        body.append("</g>")
    return _svg("unit_fill", width, height, body, title)


def jpm_histogram_chart(placements: pd.DataFrame, lang: str) -> str:
    """JPM of placed staff in 2-point bins, coloured by category, with thresholds."""
    title = label("chart_jpm_histogram", lang)
    if "jpm" not in placements:
        return _placeholder("jpm_histogram", title, lang)
    v = placements["jpm"].to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if not len(v):
        return _placeholder("jpm_histogram", title, lang)
    lo = max(0.0, math.floor(min(v.min(), 70.0) / 10.0) * 10.0)
    hi = max(100.0, math.ceil(v.max() / 2.0) * 2.0)
    edges = np.arange(lo, hi + 1e-9, 2.0)  # the last bin, [98, 100] when hi = 100, is closed
    counts, _ = np.histogram(v, bins=edges)
    width, height = 500.0, 270.0
    x0, y0, pw, ph = 46.0, 30.0, width - 60.0, height - 72.0
    top, step = _axis_top(float(counts.max()))
    span = edges[-1] - edges[0]
    body = _legend(x0, 14, [("rect", CATEGORY_COLOURS[c], c) for c, _ in JPM_CATEGORIES])
    for i in range(int(round(top / step)) + 1):
        yv = y0 + ph - ph * (i * step) / top
        body.append(_line(x0, yv, x0 + pw, yv, GRID))
        body.append(_text(x0 - 6, yv + 4, fmt_num(i * step, lang), 10, "end", MUTED))
    bw = pw / len(counts)
    for i, c in enumerate(counts):
        if c == 0:
            continue
        left_edge = edges[i]
        cat = jpm_category(np.array([left_edge]))[0] or "Kurang Optimal"
        h = ph * c / top
        tip = f"JPM {fmt_num(left_edge, lang)}–{fmt_num(edges[i + 1], lang)}: {fmt_num(c, lang)}"
        body.append(_rect(x0 + i * bw + 0.5, y0 + ph - h, bw - 1, h, CATEGORY_COLOURS[cat], tip))
    t = math.ceil(lo / 10.0) * 10.0
    while t <= edges[-1] + 1e-9:
        x = x0 + pw * (t - edges[0]) / span
        body.append(_line(x, y0 + ph, x, y0 + ph + 4, MUTED))
        body.append(_text(x, y0 + ph + 16, fmt_num(t, lang), 10, "middle", MUTED))
        t += 10.0
    for _, thr in JPM_CATEGORIES[:-1]:
        x = x0 + pw * (thr - edges[0]) / span
        body.append(_line(x, y0 - 2, x, y0 + ph, INK, 1, "4 3"))
        body.append(_text(x + 3, y0 + 8, fmt_num(thr, lang), 10, fill=INK))
    body.append(_line(x0, y0 + ph, x0 + pw, y0 + ph, MUTED))
    body.append(_text(x0 + pw / 2, height - 8, label("jpm", lang), 11, "middle", MUTED))
    return _svg("jpm_histogram", width, height, body, title)


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
        return _placeholder("jpm_categories", title, lang)
    counts = category_counts(placements)
    tb = sum(b for b, _ in counts.values())
    ta = sum(a for _, a in counts.values())
    if tb + ta == 0:
        return _placeholder("jpm_categories", title, lang)
    width, height = 500.0, 270.0
    left, bar_w, top_m = 110.0, 250.0, 40.0
    top = max(max(b, a) for b, a in counts.values())
    body = []
    x = left
    for text, col in ((label("before_label", lang), "#c9ced6"), (label("after_label", lang), INK)):
        body.append(_rect(x, 5, 12, 11, col))
        body.append(_text(x + 17, 15, text, 11, fill=MUTED))
        x += 17 + _text_w(text) + 18
    group_h = 70.0
    for i, (cat, _) in enumerate(JPM_CATEGORIES):
        y = top_m + i * group_h
        b, a = counts[cat]
        body.append(_text(left - 8, y + 22, cat, 12, "end", weight="bold"))
        for j, (n, tot, col) in enumerate(
            ((b, tb, CATEGORY_LIGHT[cat]), (a, ta, CATEGORY_COLOURS[cat]))
        ):
            yy = y + j * 22
            w = bar_w * n / top if top else 0
            share = n / tot if tot else float("nan")
            which = label("before_label" if j == 0 else "after_label", lang)
            tip = f"{cat}, {which}: {fmt_num(n, lang)} ({fmt_pct(share, lang)})"
            body.append(_rect(left, yy + 4, max(w, 1.0), 18, col, tip))
            body.append(
                _text(
                    left + max(w, 1.0) + 6,
                    yy + 17,
                    f"{fmt_num(n, lang)} ({fmt_pct(share, lang)})",
                    11,
                    fill=MUTED,
                )
            )
    return _svg("jpm_categories", width, height, body, title)


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
        return _placeholder("moves_matrix", title, lang)
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
    row_labels = [_clip(show(u), 34) for u in rows]
    col_labels = [_clip(show(u), 28) for u in cols]
    left = max(_text_w(t) for t in row_labels) + 14
    top_m = max(_text_w(t) for t in col_labels) * 0.72 + 22
    grid_w, grid_h = cell * len(cols), cell * len(rows)
    col_w = max(_text_w(t, 10.5) for t in col_labels)
    width = left + grid_w + max(56.0, col_w * 0.64 - cell / 2 + 8)
    height = top_m + grid_h + 30
    mx = counts.max()
    body = []
    for j, lab in enumerate(col_labels):
        x = left + (j + 0.5) * cell
        body.append(
            f'<text x="{_f(x)}" y="{_f(top_m - 6)}" font-size="10.5" fill="{INK}" '
            f'transform="rotate(-50 {_f(x)} {_f(top_m - 6)})">{esc(lab)}</text>'
        )
    font = min(11.0, cell * 0.42)
    for i, rl in enumerate(row_labels):
        y = top_m + i * cell
        body.append(_text(left - 6, y + cell / 2 + 4, rl, 10.5, "end"))
        for j in range(len(cols)):
            n = int(counts[i, j])
            x = left + j * cell
            if n == 0:
                fill = "#f6f7f9" if rows[i] != cols[j] else "#eceff3"
                body.append(_rect(x, y, cell, cell, fill, extra=' stroke="#fff"'))
                continue
            t = math.sqrt(n / mx) if mx else 0.0
            fill = _mix("#dce6f0", "#173a5e", t)
            tip = f"{show(rows[i])} → {show(cols[j])}: {fmt_num(n, lang)}"
            body.append(_rect(x, y, cell, cell, fill, tip, ' stroke="#fff"'))
            if cell >= 16:
                body.append(
                    _text(
                        x + cell / 2,
                        y + cell / 2 + font * 0.36,
                        fmt_num(n, lang),
                        font,
                        "middle",
                        "#fff" if t > 0.5 else INK,
                    )
                )
        body.append(
            _text(
                left + grid_w + 8,
                y + cell / 2 + 4,
                fmt_num(int(counts[i].sum()), lang),
                10.5,
                fill=MUTED,
            )
        )
    for j in range(len(cols)):
        body.append(
            _text(
                left + (j + 0.5) * cell,
                top_m + grid_h + 14,
                fmt_num(int(counts[:, j].sum()), lang),
                10.5,
                "middle",
                MUTED,
            )
        )
    body.append(
        _text(
            left + grid_w + 8,
            top_m + grid_h + 14,
            fmt_num(int(counts.sum()), lang),
            10.5,
            weight="bold",
        )
    )
    return _svg("moves_matrix", width, height, body, title)


def training_gaps_chart(training_needs: pd.DataFrame, lang: str) -> str:
    """Per competency: total level gap (bar) and people needing training (label)."""
    title = label("chart_training_gaps", lang)
    if not len(training_needs) or "competency" not in training_needs:
        return _placeholder("training_gaps", title, lang)
    g = training_needs.assign(gap=pd.to_numeric(training_needs["gap"]))
    agg = g.groupby("competency", sort=True).agg(
        gap=("gap", "sum"), people=("employee_id", "nunique")
    )
    agg = agg.reset_index().sort_values(
        ["gap", "competency"], ascending=[False, True], kind="stable"
    )
    comps = [_clip(c, 36) for c in agg["competency"].astype(str)]
    left = max(_text_w(c) for c in comps) + 14
    bar_w, row_h, top_m = 440.0, 22.0, 28.0
    width = left + bar_w + 170
    height = top_m + row_h * len(comps) + 26
    top, step = _axis_top(float(agg["gap"].max()))
    body = _x_ticks(left, bar_w, top, step, top_m - 4, top_m + row_h * len(comps), lang)
    body.append(_text(left, 14, label("training_gap_total", lang), 11, fill=MUTED))
    for i, (c, gap, people) in enumerate(zip(comps, agg["gap"], agg["people"], strict=True)):
        y = top_m + i * row_h
        tip = (
            f"{c}: {label('gap', lang)} {fmt_num(gap, lang)}, "
            f"{label('people_needing_training', lang)} {fmt_num(people, lang)}"
        )
        body.append(_text(left - 8, y + 15, c, 11, "end"))
        body.append(_rect(left, y + 4, max(bar_w * gap / top, 1.0), row_h - 8, PRIMARY, tip))
        body.append(
            _text(
                left + bar_w * gap / top + 6,
                y + 15,
                f"{fmt_num(gap, lang)} · {fmt_num(people, lang)} {label('people', lang).lower()}",
                11,
                fill=MUTED,
            )
        )
    return _svg("training_gaps", width, height, body, title)


# -- charts of a comparison -----------------------------------------------------------


def kpi_comparison_chart(kp: pd.DataFrame, names: Sequence[str], lang: str) -> str:
    """Grouped bars: one group per key KPI (own scale), one bar per scenario."""
    title = label("chart_kpi_comparison", lang)
    if not names:
        return _placeholder("kpi_comparison", title, lang)
    panel_w, panel_h, gap = 184.0, 190.0, 16.0
    n = len(names)
    width = len(KEY_KPIS) * (panel_w + gap)
    legend_rows: list[list[tuple[int, str]]] = []
    x = 0.0
    row: list[tuple[int, str]] = []
    for i, nm in enumerate(names):
        w = 17 + _text_w(_clip(nm, 30)) + 18
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
        body += _legend(
            0, 14 + 18 * r, [("rect", SERIES[i % len(SERIES)], _clip(nm, 30)) for i, nm in items]
        )
    for k, (key, dec) in enumerate(KEY_KPIS):
        px = k * (panel_w + gap)
        vals: list[Any] = [kp.at[key, nm] if key in kp.index else None for nm in names]
        nums = [None if _missing(v) else float(v) for v in vals]
        body.append(
            _text(
                px + panel_w / 2,
                top_m - 10,
                _clip(label(key, lang), 30),
                11.5,
                "middle",
                weight="bold",
            )
        )
        base = top_m + panel_h - 22
        body.append(_line(px + 4, base, px + panel_w - 4, base, MUTED))
        present = [v for v in nums if v is not None]
        top = max(present + [0.0])
        top = top if top > 0 else 1.0
        bw = min(34.0, (panel_w - 16) / n - 4)
        x0 = px + (panel_w - n * (bw + 4)) / 2
        for i, (nm, v) in enumerate(zip(names, nums, strict=True)):
            x = x0 + i * (bw + 4)
            if v is None:
                body.append(_text(x + bw / 2, base - 4, "–", 11, "middle", MUTED))
                continue
            h = (panel_h - 50) * max(v, 0.0) / top
            tip = f"{nm}: {label(key, lang)} {fmt_num(v, lang, dec)}"
            body.append(_rect(x, base - max(h, 1.0), bw, max(h, 1.0), SERIES[i % len(SERIES)], tip))
            body.append(
                _text(
                    x + bw / 2,
                    base - max(h, 1.0) - 4,
                    fmt_num(v, lang, dec),
                    10 if n <= 4 else 8.5,
                    "middle",
                    INK,
                )
            )
    return _svg("kpi_comparison", width, height, body, title)


def pair_differences_chart(pairs: pd.DataFrame, lang: str) -> str:
    """Per pair of scenarios: people placed differently and moves in only one of them."""
    title = label("chart_pair_differences", lang)
    if not len(pairs):
        return _placeholder("pair_differences", title, lang)
    series = (
        ("placed_differently", PRIMARY),
        ("moves_only_in_a", ACCENT),
        ("moves_only_in_b", "#3c7d52"),
    )
    pair_labels = [
        _clip(f"{a} ↔ {b}", 44)
        for a, b in zip(pairs["scenario_a"], pairs["scenario_b"], strict=True)
    ]
    left = max(_text_w(t) for t in pair_labels) + 14
    bar_w, bar_h, top_m = 420.0, 14.0, 34.0
    group_h = bar_h * len(series) + 14
    width = left + bar_w + 80
    height = top_m + group_h * len(pairs) + 10
    top = float(max(int(pairs[k].max()) for k, _ in series)) or 1.0
    body = _legend(left, 14, [("rect", c, label(k, lang)) for k, c in series])
    for i, pl in enumerate(pair_labels):
        y = top_m + i * group_h
        body.append(_text(left - 8, y + bar_h * 1.5 + 4, pl, 11, "end", weight="bold"))
        for j, (k, c) in enumerate(series):
            v = int(pairs.iloc[i][k])
            w = max(bar_w * v / top, 1.0)
            yy = y + j * bar_h
            body.append(_rect(left, yy, w, bar_h - 2, c, f"{pl}: {label(k, lang)} {v}"))
            body.append(_text(left + w + 5, yy + bar_h - 4, fmt_num(v, lang), 10, fill=MUTED))
    return _svg("pair_differences", width, height, body, title)


# -- page pieces ----------------------------------------------------------------------


def table_html(
    df: pd.DataFrame,
    columns: Sequence[str],
    lang: str,
    csv_name: str,
    limit: int = TABLE_ROWS,
    headers: Sequence[str] | None = None,
) -> str:
    """An HTML table of the first ``limit`` rows, with a note pointing to the files."""
    if not len(df):
        return f'<p class="note">{esc(label("none_note", lang))}</p>'
    cols = [c for c in columns if c in df.columns]
    heads = list(headers) if headers is not None else [label(c, lang) for c in cols]
    shown = df.head(limit)
    numeric = {
        c
        for c in cols
        if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
    }
    out = ["<table><thead><tr>"]
    for c, h in zip(cols, heads, strict=False):
        cls = ' class="num"' if c in numeric else ""
        out.append(f"<th{cls}>{esc(h)}</th>")
    out.append("</tr></thead><tbody>")
    data = [shown[c].to_numpy(dtype=object) for c in cols]
    for row in zip(*data, strict=True):
        out.append("<tr>")
        for c, v in zip(cols, row, strict=True):
            cls = ' class="num"' if c in numeric else ""
            out.append(f"<td{cls}>{esc(fmt_value(c, v, lang))}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    if len(df) > limit:
        note = label("truncated_note", lang).format(
            shown=fmt_num(limit, lang), total=fmt_num(len(df), lang), csv=csv_name
        )
        out.append(f'<p class="note">{esc(note)}</p>')
    return "".join(out)


def _two_line(main, sub) -> str:
    main = "" if _missing(main) else str(main)
    sub = "" if _missing(sub) else str(sub)
    if not main:
        main, sub = sub, ""
    s = f'<span class="sub">{esc(sub)}</span>' if sub else ""
    return f"{esc(main)}{s}"


def result_charts(result, lang: str) -> dict[str, str]:
    """The SVG of every chart of one result, by chart name (framed notes when the
    result holds no placement)."""
    if result.assignment is None or result.compiled is None:
        note = label("no_placement_note" if result.assignment is None else "no_data_note", lang)
        return {n: _placeholder(n, label(f"chart_{n}", lang), lang, note) for n in RESULT_CHARTS}
    return {
        "unit_fill": unit_fill_chart(result.unit_fill, lang),
        "jpm_histogram": jpm_histogram_chart(result.placements, lang),
        "jpm_categories": jpm_categories_chart(result.placements, lang),
        "moves_matrix": moves_matrix_chart(result.moves, result.unit_fill, lang),
        "training_gaps": training_gaps_chart(result.training_needs, lang),
    }


def differences_display(comparison, lang: str) -> pd.DataFrame:
    """The differences with each position shown as "title (unit)" as the scenario
    knows it, and the markers (unplaced, not in scenario) labelled in ``lang``."""
    diff = comparison.differences
    if not len(diff):
        return diff
    out = diff.copy()
    by_name = {r.name: r for r in comparison.results}
    current: dict[str, str] = {}
    for col, scenario in difference_columns(diff):
        r = by_name.get(scenario) if scenario is not None else None
        if r is None or "title" not in r.placements:
            continue
        shown = _position_names(r)
        for k, v in shown.items():
            current.setdefault(k, v)
        out[col] = (
            out[col]
            .astype(object)
            .map(
                lambda v, s=shown: (
                    position_label(v, lang)
                    if v in ("", "(unplaced)", "(not in scenario)")
                    else s.get(v, v)
                )
            )
        )
    if "current_position" in out:
        out["current_position"] = (
            out["current_position"]
            .astype(object)
            .map(lambda v: (current.get(v, v) or "–") if isinstance(v, str) else v)
        )
    return out


def differences_table_html(diff: pd.DataFrame, lang: str, limit: int = TABLE_ROWS) -> str:
    """The first rows of the differences: employee, current position, one column per
    solved scenario (headed by the scenario's name)."""
    if not len(diff) or "employee_id" not in diff:
        return f'<p class="note">{esc(label("none_note", lang))}</p>'
    d = diff.head(limit)
    cols = [(c, s) for c, s in difference_columns(d) if c == "current_position" or s is not None]
    heads = [label(c, lang) if s is None else s for c, s in cols]
    out = [
        f"<table><thead><tr><th>{esc(label('employee', lang))}</th>"
        + "".join(f"<th>{esc(h)}</th>" for h in heads)
        + "</tr></thead><tbody>"
    ]
    who = d["name"] if "name" in d else d["employee_id"]
    data = [d[c].to_numpy(dtype=object) for c, _ in cols]
    for i, (eid, nm) in enumerate(zip(d["employee_id"], who, strict=True)):
        cells = "".join(
            f"<td>{esc(fmt_value(c, col[i], lang))}</td>"
            for (c, _), col in zip(cols, data, strict=True)
        )
        out.append(f"<tr><td>{_two_line(nm, eid) if nm is not eid else esc(eid)}</td>{cells}</tr>")
    out.append("</tbody></table>")
    if len(diff) > limit:
        note = label("truncated_note", lang).format(
            shown=fmt_num(limit, lang), total=fmt_num(len(diff), lang), csv="differences.csv"
        )
        out.append(f'<p class="note">{esc(note)}</p>')
    return "".join(out)


def _position_names(result) -> dict[str, str]:
    """Position id → "title (unit name)" as the result knows them (held or left)."""
    shown: dict[str, str] = {}
    pl, mv = result.placements, result.moves
    pairs = [(pl["position"], pl["title"], pl["unit_name"])]
    if len(mv) and "from_title" in mv:
        pairs.append((mv["from_position"], mv["from_title"], mv["from_unit_name"]))
    for ids, titles, units in pairs:
        for pid, t, un in zip(ids, titles, units, strict=True):
            if isinstance(pid, str) and pid and pid not in shown:
                t = t if isinstance(t, str) and t else pid
                shown[pid] = f"{t} ({un})" if isinstance(un, str) and un else t
    return shown


# -- sweeps and the price of change (placement.scale) ------------------------------------


def _ticks(lo: float, hi: float) -> tuple[float, float, float]:
    """Axis (low, high, step) with round ticks covering [lo, hi]."""
    if hi <= lo:
        lo, hi = lo - 1.0, hi + 1.0
    step = nice_step(hi - lo) if hi - lo >= 1 else nice_step((hi - lo) * 1e3) / 1e3
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def tradeoff_chart(points: pd.DataFrame, x: str, y: str, lang: str, name: str = "kpi_pair",
                   title: str | None = None, line: bool = False,
                   bound: str | None = None) -> str:
    """Scatter of ``points[x]`` against ``points[y]``, one dot per row (its ``label``
    column in the tooltip); ``line`` joins them in x order (a frontier); rows whose
    ``point_kind`` is not "supported" are drawn hollow, and ``bound`` (a y column) marks each
    row's proven bound with a tick."""
    title = title or f"{label(y, lang)} × {label(x, lang)}"
    if not len(points) or x not in points or y not in points:
        return _placeholder(name, title, lang)
    xs = pd.to_numeric(points[x], errors="coerce").to_numpy(dtype=float)
    ys = pd.to_numeric(points[y], errors="coerce").to_numpy(dtype=float)
    ok = ~(np.isnan(xs) | np.isnan(ys))
    if not ok.any():
        return _placeholder(name, title, lang)
    bs = (pd.to_numeric(points[bound], errors="coerce").to_numpy(dtype=float)
          if bound and bound in points else np.full(len(points), np.nan))
    y_all = np.concatenate([ys[ok], bs[ok & ~np.isnan(bs)]])
    x_lo, x_hi, x_step = _ticks(float(xs[ok].min()), float(xs[ok].max()))
    y_lo, y_hi, y_step = _ticks(float(y_all.min()), float(y_all.max()))
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
        body.append(_line(x0, py(v), x0 + pw, py(v), GRID))
        body.append(_text(x0 - 6, py(v) + 4, fmt_num(v, lang, y_dec), 10, "end", MUTED))
    n_x = int(round((x_hi - x_lo) / x_step))
    for i in range(n_x + 1):
        v = x_lo + i * x_step
        body.append(_line(px(v), y0 + ph, px(v), y0 + ph + 4, MUTED))
        body.append(_text(px(v), y0 + ph + 16, fmt_num(v, lang, 0 if x_step >= 1 else 2), 10,
                          "middle", MUTED))
    body.append(_line(x0, y0 + ph, x0 + pw, y0 + ph, MUTED))
    body.append(_text(x0 + pw / 2, height - 12, label(x, lang), 11, "middle", MUTED))
    body.append(_text(14, y0 + ph / 2, label(y, lang), 11, "middle", MUTED,
                      extra=f' transform="rotate(-90 14 {_f(y0 + ph / 2)})"'))
    order = np.argsort(xs, kind="stable")
    kinds = points["point_kind"].to_numpy(dtype=object) if "point_kind" in points else \
        np.full(len(points), "supported", dtype=object)
    if line:
        sup = [i for i in order if ok[i] and kinds[i] == "supported"]
        if len(sup) > 1:
            d = "".join(("M" if j == 0 else "L") + f"{_f(px(xs[i]))} {_f(py(ys[i]))}"
                        for j, i in enumerate(sup))
            body.append(f'<path d="{d}" stroke="{PRIMARY}" stroke-width="1.5" fill="none"/>')
    labels_ = points["label"].to_numpy(dtype=object) if "label" in points else \
        np.arange(len(points)).astype(object)
    for i in order:
        if not ok[i]:
            continue
        tip = (f"{labels_[i]}: {label(x, lang)} {fmt_num(xs[i], lang, 0 if x_step >= 1 else 2)}"
               f", {label(y, lang)} {fmt_num(ys[i], lang, 2)}")
        if not np.isnan(bs[i]):
            body.append(_line(px(xs[i]) - 5, py(bs[i]), px(xs[i]) + 5, py(bs[i]), ACCENT, 2))
            body.append(_line(px(xs[i]), py(bs[i]), px(xs[i]), py(ys[i]), ACCENT, 1, "2 2"))
        fill = PRIMARY if kinds[i] == "supported" else "#fff"
        body.append(f'<circle cx="{_f(px(xs[i]))}" cy="{_f(py(ys[i]))}" r="4" fill="{fill}" '
                    f'stroke="{PRIMARY}" stroke-width="1.5"><title>{esc(tip)}</title></circle>')
    if line:
        body += _legend(x0, 14, [("rect", PRIMARY, label("frontier_supported", lang)),
                                 ("rect", PALE, label("frontier_constrained", lang)),
                                 ("tick", ACCENT, label("fit_bound", lang))])
    return _svg(name, width, height, body, title)
