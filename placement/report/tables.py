"""HTML tables of the reports: the first rows of a table with a note pointing to the
files (:func:`table_html`), and who is placed differently in a comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from placement.i18n import label
from placement.report.formatting import (
    difference_columns,
    esc,
    fmt_num,
    fmt_value,
    missing,
    position_label,
)

#: Rows shown per table before pointing to the CSV / Excel files.
TABLE_ROWS = 30


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
    main = "" if missing(main) else str(main)
    sub = "" if missing(sub) else str(sub)
    if not main:
        main, sub = sub, ""
    s = f'<span class="sub">{esc(sub)}</span>' if sub else ""
    return f"{esc(main)}{s}"


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
        for pid, t, un in zip(ids.tolist(), titles.tolist(), units.tolist(), strict=True):
            if isinstance(pid, str) and pid and pid not in shown:
                t = t if isinstance(t, str) and t else pid
                shown[pid] = f"{t} ({un})" if isinstance(un, str) and un else t
    return shown
