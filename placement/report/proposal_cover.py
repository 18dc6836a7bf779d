"""The cover of a proposal (not an attachment of any SK): how many rows each list holds,
what the SKs wait on as the comparison counts it, and the rows whose Keterangan asks
something first (to weigh the move, to hear the person, to ask their choice among posts
as good, to assess their competencies) or whose SK is dated once a seat is free, in the
attachments' order (review 167 L3: the signer had only the per-OPD lists, the moves a
tie or a fraction of a point decided among 118 rows; review 168 M3, M4).

The rows are found by the marks :mod:`placement.report.marks` and the proposal write:
each mark's fixed text, after its last placeholder, in the language of the list."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from placement.i18n import label
from placement.report.formatting import esc, fmt_num

#: the Keterangan marks that ask to weigh a move before its SK, and to hear the person
WEIGH_MARKS = (
    "plan_tie_short",
    "plan_near_short",
    "plan_less_short",
    "kept_tie_short",
    "passed_over_short",
    "passed_over_only_short",
    "passed_over_only_own_short",
    "passed_left_short",
    "left_for_unmet_short",
    "bup_near_short",
)
HEAR_MARKS = ("loss_short",)
#: the mark that asks the person's choice among posts as good
CHOICE_MARKS = ("alike_short", "alike_shared_short")
#: the marks that ask for an assessment of competencies first (review 168 L3)
ASSESS_MARKS = ("unassessed_none_short", "unassessed_part_short")
#: the columns of the rows listed on the cover (the proposal's, by machine name; the
#: unit held beside the post held, review 168 L1: "Pengemudi → Pengemudi")
SHOWN = (
    "no",
    "name",
    "nip",
    "from_title",
    "from_unit_name",
    "to_title",
    "to_unit_name",
    "note",
)


def _fixed(key: str, lang: str) -> str:
    """A mark's text after its last placeholder (all of it without one)."""
    text = label(key, lang)
    return text[text.rfind("}") + 1 :] if "}" in text else text


def marked(notes: pd.Series, keys: tuple[str, ...], lang: str) -> np.ndarray:
    """bool per row: its Keterangan holds one of the marks ``keys``."""
    notes = notes.astype(str)
    out = np.zeros(len(notes), dtype=bool)
    for key in keys:
        out |= notes.str.contains(_fixed(key, lang), regex=False).to_numpy(bool)
    return out


def counts(table: pd.DataFrame, part: np.ndarray, apart: tuple, lang: str) -> list[str]:
    """The cover's lines: the rows of the SK attachments (per OPD, rotations and
    transfers apart; penyetaraan, the offices reorganised), of each list apart, and how
    many of the moves ask to weigh, to hear the person or their choice, or wait for a
    seat."""

    def fmt(n) -> str:
        return fmt_num(int(n), lang)

    sk = table[part == ""]
    # each move's kind as the moves list has it (review 168 L2)
    kinds = sk["employee_id"].astype(str).map(table.attrs.get("move_kind", {}))
    lines = [
        label("cover_moves", lang).format(
            n=fmt(len(sk)),
            opds=fmt(sk["opd"].nunique()),
            rotasi=fmt((kinds == "rotasi").sum()),
            mutasi=fmt((kinds == "mutasi").sum()),
        ),
    ]
    for run, key in (("conversion", "conversion"), ("reorganised", "reorganised"), *apart):
        n = int((part == run).sum())
        if n:
            lines.append(f"{label(f'sk_sheet_{key}', lang)}: {fmt(n)}")
    moves = part == ""
    weigh = marked(table["note"], WEIGH_MARKS, lang) & moves
    hear = marked(table["note"], HEAR_MARKS, lang) & moves
    choice = marked(table["note"], CHOICE_MARKS, lang) & moves
    assess = marked(table["note"], ASSESS_MARKS, lang) & moves
    later = table["employee_id"].isin(table.attrs.get("dated_later", [])).to_numpy() & moves
    lines.append(label("cover_weigh", lang).format(n=fmt(weigh.sum())))
    lines.append(label("cover_hear", lang).format(n=fmt(hear.sum())))
    lines.append(label("cover_choice", lang).format(n=fmt(choice.sum())))
    lines.append(label("cover_later", lang).format(n=fmt(later.sum())))
    if assess.any():  # none in a roster assessed whole: no line of nothing
        lines.append(label("cover_assess", lang).format(n=fmt(assess.sum())))
    return lines


def checks(table: pd.DataFrame, lang: str) -> list[str]:
    """What the SKs wait on, as the comparison's "before the SKs" counts them
    (``table.attrs["checks"]``: key and count; review 168 M3: 69 SKs of `quota` on a
    formasi to enact first, 13 into units over budget, none on the cover)."""
    return [
        f"{_own_line(k, lang)}: {fmt_num(int(n), lang)}" for k, n in table.attrs.get("checks", [])
    ]


def _own_line(key: str, lang: str) -> str:
    """A row label of the comparison's "before the SKs" as a line of its own: without
    the "… " that ties it to the table's heading there, capitalised (review 170 L4: the
    cover's lines read as nested under the one before); a row counting a part of the
    one before (:data:`~placement.report.sk_checks.PART_ROWS`) kept under it (review
    171 L1: "Of them the TPK considers first" read alone)."""
    from placement.report.sk_checks import PART_ROWS  # start-up time

    text = label(key, lang)
    if key in PART_ROWS:
        return text
    rest = text.removeprefix("… ")
    return rest[:1].upper() + rest[1:]


def asking(table: pd.DataFrame, part: np.ndarray, lang: str) -> pd.DataFrame:
    """The rows of the SK attachments per OPD whose Keterangan asks to weigh the move,
    to hear the person or their choice, or an assessment first, or whose SK is dated
    once a seat is free, in the attachments' order, with the OPD they are listed
    under."""
    keys = WEIGH_MARKS + HEAR_MARKS + CHOICE_MARKS + ASSESS_MARKS
    later = table["employee_id"].isin(table.attrs.get("dated_later", [])).to_numpy()
    rows = table[(part == "") & (marked(table["note"], keys, lang) | later)]
    return rows.loc[:, ["opd_name", *SHOWN]]


def cover_html(table: pd.DataFrame, part: np.ndarray, apart: tuple, lang: str, draft: str) -> str:
    """The cover as a section of the printable page, before the attachments."""
    out = ['<section class="cover">', f"<h2>{esc(label('cover_title', lang))}</h2>"]
    out.append(f'<p class="draft">{esc(draft)}</p><ul>')
    out += [f"<li>{esc(x)}</li>" for x in counts(table, part, apart, lang)]
    out.append("</ul>")
    said = checks(table, lang)
    if said:
        out.append(f"<h2>{esc(label('cover_before', lang))}</h2><ul>")
        out += [f"<li>{esc(x)}</li>" for x in said]
        out.append("</ul>")
    rows = asking(table, part, lang)
    if len(rows):
        out.append(f"<h2>{esc(label('cover_asking', lang))}</h2><table><thead><tr>")
        heads = [label("opd", lang), *(label(f"sk_{c}", lang) for c in SHOWN)]
        out += [f"<th>{esc(h)}</th>" for h in heads]
        out.append("</tr></thead><tbody>")
        r: Any  # a row of the table
        for r in rows.itertuples(index=False):
            cells = [r.opd_name, *(getattr(r, c) for c in SHOWN)]
            out.append("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in cells) + "</tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def cover_sheet(book, formats: dict, table: pd.DataFrame, part, apart, lang: str, draft: str):
    """The cover as the workbook's first sheet (``formats``: ``bold``, ``head``,
    ``cell``)."""
    ws = book.sheet(label("sk_sheet_cover", lang))
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    for j, w in enumerate((24, 5, 30, 23, 30, 24, 30, 24, 60)):
        ws.set_column(j, j, w)
    ws.write_string(0, 0, label("cover_title", lang), formats["bold"])
    ws.write_string(1, 0, draft)
    at = 3
    for line in counts(table, part, apart, lang):
        ws.write_string(at, 0, line)
        at += 1
    said = checks(table, lang)
    if said:
        at += 1
        ws.write_string(at, 0, label("cover_before", lang), formats["bold"])
        at += 1
        for line in said:
            ws.write_string(at, 0, line)
            at += 1
    rows = asking(table, part, lang)
    if not len(rows):
        return
    at += 1
    ws.write_string(at, 0, label("cover_asking", lang), formats["bold"])
    at += 1
    heads = [label("opd", lang), *(label(f"sk_{c}", lang) for c in SHOWN)]
    for j, h in enumerate(heads):
        ws.write_string(at, j, h, formats["head"])
    r: Any  # a row of the table
    for i, r in enumerate(rows.itertuples(index=False), start=at + 1):
        for j, v in enumerate([r.opd_name, *(getattr(r, c) for c in SHOWN)]):
            ws.write_string(i, j, str(v), formats["cell"])
