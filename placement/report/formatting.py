"""How values are shown in the reports: numbers, percentages and dates in the
conventions of ``lang`` (4,500.5 / 4.500,5; 2026-11-30 / 30-11-2026), HTML escaping,
and which columns and KPIs are percentages, have one or two decimals or hold coded
values with labels (the HTML pages and the Excel workbooks share these).

Every function returns the same text for the same input (no locale, no clock).
"""

from __future__ import annotations

import datetime as _dt
import html
import math

import numpy as np
import pandas as pd

from placement.i18n import label, value_label

#: Columns holding fractions shown as percentages.
PERCENT_COLUMNS = frozenset(
    {
        "fill_rate",
        "field_fit_rate",
        "field_open_share",
        "gap_rate",
        "jpm_coverage",
        "assessment_coverage",
    }
)
#: KPIs that are fractions (shown as percentages).
PERCENT_KPIS = frozenset(
    {"fill_rate", "field_fit_rate", "field_open_share", "gap", "assessment_coverage"}
)
#: Columns and KPIs with one decimal (JPM in percent points).
ONE_DECIMAL = frozenset(
    {
        "jpm",
        "jpm_before",
        "jpm_after",
        "jpm_change",
        "mean_jpm",
        "mean_jpm_before",
        "mean_jpm_incumbents_after",
        "training_gap",
    }
)
TWO_DECIMALS = frozenset({"objective", "bound", "points"})
#: Columns whose values are codes with labels (status, reasons, categories).
CODED_COLUMNS = frozenset(
    {
        "status",
        "reason",
        "reason_code",
        "sense",
        "jpm_category",
        "selection_category",
        "exclusion",
        "action",
        "birth_date_source",
        "move_kind",
        "grade_change",
        "review",
        "skp_check",
        "jf_check",
        "jf_leave",
        "seat_check",
        "decision",
        "note",
        "why_empty",
    }
)
#: The key indicators of a comparison chart and a sweep table, with their decimals.
KEY_KPIS = (
    ("mean_jpm", 1),
    ("moves", 0),
    ("vacancies", 0),
    ("unplaced", 0),
    ("training_gap_total", 0),
)


def esc(v) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def missing(v) -> bool:
    if v is None or v is pd.NA:
        return True
    try:
        return bool(isinstance(v, float | np.floating) and math.isnan(v))
    except TypeError:
        return False


def fmt_num(v, lang: str, decimals: int = 0) -> str:
    """``v`` with thousands separators: 4,500.5 (en) or 4.500,5 (id); "–" if missing."""
    if missing(v):
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
    return "–" if missing(v) else fmt_num(100.0 * float(v), lang, decimals) + "%"


def fmt_value(key: str, v, lang: str) -> str:
    """A KPI or cell value formatted for display by its key."""
    if missing(v):
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


def date_text(date: _dt.date, lang: str) -> str:
    """30-11-2026 (id) or 2026-11-30 (en)."""
    return date.strftime("%d-%m-%Y") if lang == "id" else date.isoformat()


# -- the differences of a comparison ----------------------------------------------------


def position_label(v, lang: str):
    """A position cell of the differences: the id, or the label of a marker."""
    if v in ("", "(unplaced)"):
        return label("(unplaced)", lang)
    if v == "(not in scenario)":
        return label(v, lang)
    return v


def difference_columns(diff: pd.DataFrame) -> list[tuple[str, str | None]]:
    """(column, scenario) per column of ``Comparison.differences``: the scenario of a
    ``position:<scenario>`` column, None for the others."""
    return [(str(c), str(c)[9:] if str(c).startswith("position:") else None) for c in diff]


def difference_header(column: str, scenario: str | None, lang: str) -> str:
    return label(column, lang) if scenario is None else f"{label('position', lang)}: {scenario}"
