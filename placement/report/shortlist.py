"""Shortlists for people to read: a text block per post (terminal) and a CSV or Excel
file, headers and numbers in the language asked for (decimal comma in Indonesian)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from placement.domain.pansel import PANSEL_MAX_AGE, pool_text
from placement.errors import PlacementError
from placement.i18n import label, msg, value_label
from placement.io.atomic import write_bytes, write_text
from placement.report.csv_files import csv_text
from placement.report.excel import TableBook, add_table_sheet
from placement.report.files import refuse_protected
from placement.report.formatting import fmt_num

#: Columns shown per candidate in the text block.
SHOWN = (
    "rank_order",
    "name",
    "employee_id",
    "rank",
    "performance",
    "years_of_service",
    "age",
    "current_title",
    "grade",
    "years_in_post",
    "jpm",
    "below_standard",
    "not_assessed",
    "cost",
)


def _cell(key: str, v, lang: str) -> str:
    if key in ("jpm", "years_in_post"):
        return fmt_num(v, lang, 1)
    if key == "cost":
        return fmt_num(v, lang, 2)
    if key in ("grade", "rank_order", "years_of_service", "age"):
        return fmt_num(v, lang)
    if isinstance(v, bool):
        return label("yes" if v else "no", lang)
    return "" if v is None or (isinstance(v, float) and v != v) else str(v)


def shortlist_text(table: pd.DataFrame, lang: str) -> str:
    """Per post a heading (id, title, unit, kind) and a table of its candidates; the
    current holder is marked with ``*``, a serving official the plan leaves without a
    post with ``†``."""
    if not len(table):
        return label("none_note", lang)
    out = []
    for _, g in table.groupby("position", sort=False):
        first = g.iloc[0]
        out.append(f"{first['position']} {first['title']} — {first['unit_name']} ({first['kind']})")
        shown = pd.DataFrame({label(k, lang): [_cell(k, v, lang) for v in g[k]] for k in SHOWN})
        holder = label("rank_order", lang)
        shown[holder] = [
            f"{n}*" if h else f"{n}†" if lost else n
            for n, h, lost in zip(shown[holder], g["holds_post"], g["without_post"], strict=True)
        ]
        # assessed in none of the standard: said so, not its every competency listed
        blank = label("not_assessed", lang)
        unknown = g["jpm"].isna().to_numpy() & (g["not_assessed"] != "").to_numpy()
        shown.loc[unknown, blank] = label("none_assessed", lang)
        aged = label("age", lang)  # above the Pansel's age limit: marked, not left out
        shown[aged] = [
            f"{a}!" if o else a for a, o in zip(shown[aged], g["over_age_limit"], strict=True)
        ]
        out.append(shown.to_string(index=False))
        out.append("")
    out.extend(notes(table, lang))
    return "\n".join(out)


def notes(table: pd.DataFrame, lang: str) -> list[str]:
    """The legend, and where the shortlist read the scenario without its selection
    rule, the plan it read (the * and the costs are that plan's, not the scenario's:
    review 158 M1, a displaced head read as "the scenario's placement")."""
    over = (
        [msg("shortlist.over_age", limit=PANSEL_MAX_AGE).render(lang)]
        if "over_age_limit" in table and table["over_age_limit"].any()
        else []
    )
    if "without_post" in table and table["without_post"].any():
        over.append(msg("shortlist.without_post").render(lang))
    if not table.attrs.get("relaxed"):
        return [msg("shortlist.legend").render(lang), *over]
    pool = table.attrs.get("pool") or []
    said = (
        msg("cli.shortlist_selection", pool=pool_text(pool))
        if pool
        else msg("cli.shortlist_selection_band")  # a scenario's own empty pool
    )
    return [msg("shortlist.legend_relaxed").render(lang), *over, said.render(lang)]


def labelled(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The shortlist with the re-solve status in ``lang`` (machine column names)."""
    out = table.copy()
    out["status"] = [value_label(s, lang) for s in out["status"]]
    return out


def write_shortlist(
    table: pd.DataFrame, path: str | Path, lang: str, protected: Iterable[str | Path] = ()
) -> Path:
    """Write the shortlist to ``path`` (.csv: machine headers; .xlsx: labelled)."""
    path = Path(path)
    prot = [Path(p) for p in protected]
    refuse_protected([path], prot)
    # read without the structural selection rule: the file says so, as the text does
    said = notes(table, lang)
    note = said[-1] if table.attrs.get("relaxed") else None
    if path.suffix.lower() == ".csv":
        return write_text(path, csv_text(table if note is None else table.assign(note=note)), prot)
    if path.suffix.lower() == ".xlsx":
        book = TableBook()
        add_table_sheet(book, label("shortlist_sheet", lang), labelled(table, lang), lang)
        add_table_sheet(
            book,
            label("notes_sheet", lang),
            pd.DataFrame({"note": said}),
            lang,
            headers=[label("notes_sheet", lang)],
        )
        return write_bytes(path, book.bytes(), prot)
    raise PlacementError(
        msg("import.unknown_type", path=path, suffix=path.suffix, types=".csv, .xlsx")
    )
