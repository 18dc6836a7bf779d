"""What each scenario of a comparison gains and costs against the one it is compared
with (:attr:`~placement.api.Comparison.bases`: the one it extends, else the first): the
key indicators in which it is better, worse or otherwise different, as the comparison's
table shows them. One table serves the report's list and the workbook's sheet (review
128 L5: the list was in the report only)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

from placement.i18n import label
from placement.report import summary
from placement.report.formatting import fmt_num, fmt_value

#: The columns of :func:`against_bases`.
COLUMNS = [
    "scenario",
    "against",
    "placed_differently",
    "judgement",
    "kpi",
    "value",
    "value_against",
]


def shown(key: str, kp: pd.DataFrame, names: Sequence[str], lang: str) -> dict[str, str]:
    """Per scenario, a KPI as the comparison's table shows it: the value, and beside a
    KPI compared per person placed, seat or move the rate its star reads."""
    out = {n: fmt_value(str(key), kp.at[key, n], lang) for n in names}
    per = summary.KPI_PER.get(key)
    if per is None or per not in kp.index:
        return out
    return {n: _with_rate(key, out[n], kp, per, n, lang) for n in names}


def _with_rate(key: str, shown: str, kp: pd.DataFrame, per: str, name: str, lang: str) -> str:
    """A KPI the comparison stars per person placed, seat or move, as it reads with the
    rate the star compares: "3,542 (79.83 %)", "10,667 (2.40 per person)" (review 122
    M3: 3,542 starred in one scenario and not in another read as a false star; 85
    against 85 too, the scenarios placing 4,437 and 4,442)."""
    value = pd.to_numeric(pd.Series([kp.at[key, name], kp.at[per, name]]), errors="coerce")
    if value.isna().any() or not value.iloc[1] > 0:
        return shown
    rate = float(value.iloc[0] / value.iloc[1])
    key_label = "kpi_per_unit" if key in summary.KPI_PER_RATIO else "kpi_share"
    rate = rate if key in summary.KPI_PER_RATIO else 100 * rate
    # four significant digits, two decimals at least: the star's tolerance is a
    # thousandth of the best, so rates that read alike are level (review 123 L3: 20 of
    # 900 and 20 of 901 both read 2.22 %, one starred)
    digits = max(2, 3 - math.floor(math.log10(abs(rate)))) if rate else 2
    return label(key_label, lang).format(value=shown, rate=fmt_num(rate, lang, digits))


def against_bases(comparison, kp: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per scenario compared with another and key indicator
    (:data:`~placement.report.summary.DECISION_KPIS`) in which the two read apart
    (:data:`COLUMNS`): ``judgement`` is ``better`` or ``worse`` as the table's stars
    would mark the two alone, ``different`` where neither is better in itself or one
    of them does not measure it; the same count read against fewer people or seats is
    left out. A scenario level with the other in every one has a single row, judgement
    ``level`` and no KPI; vacancies, the fill rate, those placed, left without a post
    or kept over formasi and the decisions list are ``different`` where the two
    scenarios' formasi differ, the moves into a post at JPM < 68 where their moves do
    (:data:`~placement.report.summary.READ_AGAINST`), and every
    indicator that differs is where the two place everyone alike (the posts differ).
    ``value`` and ``value_against`` as the table shows them (in ``lang``); scenarios
    nearer the first come first, then the table's order of KPIs and judgements
    (better, worse, different). Either scenario unsolved: no rows."""
    bases = comparison.bases

    def depth(name: str) -> int:  # a scenario after the one it is compared with
        return 1 + depth(bases[name]) if name in bases else 0

    rows = []
    order = {"better": 0, "worse": 1, "different": 2}
    for name in sorted(bases, key=depth):
        base = bases[name]
        differ = kp.get(name, {}).get("differences_from_first")
        if base not in kp.columns or differ is None or pd.isna(differ):
            continue  # either unsolved: nothing to compare
        pair = [base, name]
        best = summary.best_scenarios(kp, pair)
        head = {"scenario": name, "against": base, "placed_differently": int(differ)}
        found = []
        for key in summary.DECISION_KPIS:
            if key not in kp.index:
                continue
            seen = shown(key, kp, pair, lang)
            if seen[name] == seen[base]:
                continue
            one = "–" in seen.values()  # measured in one of the two only: different
            counts = pd.to_numeric(pd.Series([kp.at[key, name], kp.at[key, base]]), errors="coerce")
            if key in summary.KPI_PER and counts.iloc[0] == counts.iloc[1]:
                continue  # the same count: a rate apart by its denominator alone
            # nobody placed otherwise: what differs is the posts' (their requirements,
            # their formasi), not a better or worse placement (review 141 H2: penyetaraan
            # read "better in field fit rate", its converted posts accepting more fields)
            same = int(differ) == 0
            tops = None if one or same else best.get(key)
            # read against formasi the two set apart: different, never level
            apart = summary.read_apart(kp, key, pair)
            if key in summary.KPI_DIRECTION and not tops and not (one or apart or same):
                continue  # level, as the stars read it
            judgement = "different" if not tops else "better" if name in tops else "worse"
            found.append(
                {
                    **head,
                    "judgement": judgement,
                    "kpi": str(key),
                    "value": seen[name],
                    "value_against": seen[base],
                }
            )
        found.sort(key=lambda r: order[r["judgement"]])  # stable: the table's order within
        level = {"judgement": "level", "kpi": "", "value": "", "value_against": ""}
        rows += found or [{**head, **level}]
    return pd.DataFrame(rows, columns=COLUMNS)
