"""SVG building blocks of the report charts: the palette, fixed-precision
coordinates, round axis ticks, and the ``<svg>``, rect, text, line, legend and
"no data" pieces (:mod:`placement.report.charts` draws with them).

Every chart is an ``<svg class="chart" data-chart="<name>">`` with drawn content (a
framed "no data" note when there is nothing to draw), so a browser test can check it
rendered. All text goes through :func:`~placement.report.formatting.esc`;
coordinates are formatted with fixed precision, so identical input gives identical
bytes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from placement.i18n import label
from placement.report.formatting import esc, fmt_num

CATEGORY_COLOURS = {"Optimal": "#3c7d52", "Cukup Optimal": "#d39b2a", "Kurang Optimal": "#b4483c"}
CATEGORY_LIGHT = {"Optimal": "#b9d7c2", "Cukup Optimal": "#f0dcae", "Kurang Optimal": "#e6b9b3"}
INK, MUTED, GRID = "#1d2733", "#5b6776", "#e3e7ec"
PRIMARY, PALE, ACCENT = "#2f5d8a", "#d9e0e8", "#c7772a"
SERIES = ("#2f5d8a", "#c7772a", "#3c7d52", "#8a4f9e", "#4f8fa8", "#a3474f", "#7a7a3a", "#5b6776")


def coord(x: float) -> str:
    """An SVG coordinate (fixed precision)."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def clip(text: str, chars: int) -> str:
    text = str(text)
    return text if len(text) <= chars else text[: max(1, chars - 1)].rstrip() + "…"


def text_width(text: str, size: float = 11.0) -> float:
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


def axis_top(top: float) -> tuple[float, float]:
    step = nice_step(top)
    return step * max(1, math.ceil(top / step)), step


def mix(c1: str, c2: str, t: float) -> str:
    a = [int(c1[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(c2[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(a, b, strict=True))


def round_ticks(lo: float, hi: float) -> tuple[float, float, float]:
    """Axis (low, high, step) with round ticks covering [lo, hi]."""
    if hi <= lo:
        lo, hi = lo - 1.0, hi + 1.0
    step = nice_step(hi - lo) if hi - lo >= 1 else nice_step((hi - lo) * 1e3) / 1e3
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


# -- pieces ---------------------------------------------------------------------------


def svg_chart(name: str, width: float, height: float, body: list[str], title: str) -> str:
    return (
        f'<svg class="chart" data-chart="{esc(name)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {coord(width)} {coord(height)}" width="{coord(width)}" '
        f'height="{coord(height)}" role="img" aria-label="{esc(title)}">'
        f"<title>{esc(title)}</title>" + "".join(body) + "</svg>"
    )


def rect(x, y, w, h, fill, title: str | None = None, extra: str = "") -> str:
    t = f"<title>{esc(title)}</title>" if title else ""
    return (
        f'<rect x="{coord(x)}" y="{coord(y)}" width="{coord(max(w, 0))}" '
        f'height="{coord(max(h, 0))}" '
        f'fill="{fill}"{extra}>{t}</rect>'
    )


def svg_text(x, y, s, size=11, anchor="start", fill=INK, weight="normal", extra="") -> str:
    w = f' font-weight="{weight}"' if weight != "normal" else ""
    return (
        f'<text x="{coord(x)}" y="{coord(y)}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}"{w}{extra}>{esc(s)}</text>'
    )


def svg_line(x1, y1, x2, y2, stroke=GRID, width=1, dash: str | None = None) -> str:
    d = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<path d="M{coord(x1)} {coord(y1)}L{coord(x2)} {coord(y2)}" stroke="{stroke}" '
        f'stroke-width="{width}"{d} fill="none"/>'
    )


def placeholder(name: str, title: str, lang: str, note: str | None = None) -> str:
    w, h = 640, 70
    body = [
        rect(0.5, 0.5, w - 1, h - 1, "#fafbfc", extra=f' stroke="{GRID}"'),
        svg_text(w / 2, h / 2 + 4, note or label("no_data_note", lang), 12, "middle", MUTED),
    ]
    return svg_chart(name, w, h, body, title)


def legend(x: float, y: float, items: Sequence[tuple[str, str, str]]) -> list[str]:
    """``items``: (kind "rect"/"tick", colour, text); returns the SVG pieces."""
    out = []
    for kind, colour, text in items:
        if kind == "tick":
            out.append(svg_line(x + 5, y - 9, x + 5, y + 2, colour, 2.5))
        else:
            out.append(rect(x, y - 9, 12, 11, colour))
        out.append(svg_text(x + 17, y, text, 11, fill=MUTED))
        x += 17 + text_width(text) + 18
    return out


def x_ticks(
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
        out.append(svg_line(x, y_top, x, y_bottom, GRID))
        out.append(svg_text(x, y_bottom + 13, fmt_num(v, lang, decimals), 10, "middle", MUTED))
    return out
