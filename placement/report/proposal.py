"""The proposal lists a regency signs: the attachment of the regional head's SK.

One list per OPD (the OPD of the new post) of everyone given a new post (rotasi and
mutasi; people left without a post are not appointed to anything and are not listed;
the new hires placed, whose post goes into their own SK of appointment, are listed
apart, as are the moves no SK can be dated for within the horizon; the officials
penyetaraan converts in their own post have an attachment of their own SK, those whose
conversion asks the PPK's decision first listed apart),
in the layout of an SK attachment: No, Nama, NIP (``19850101 201001 1 001``),
Pangkat/Golongan (``Penata Muda, III/a``), Jabatan lama, Jabatan baru, Unit kerja baru,
Keterangan (rotasi / mutasi, promosi / demosi, and who considers the appointment
before the SK: Tim Penilai Kinerja or Pansel). Rows are sorted by OPD (unit order),
then by the new post's grade (highest first), then by name and NIP.

Written as an Excel workbook (:func:`proposal_workbook`, one sheet per OPD, the SK
heading and a signature block with blanks to fill) and a printable HTML page
(:func:`proposal_html`, one A4 page per OPD). Indonesian by default.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from placement.domain.nip import format_nip, nip_column, reference_date
from placement.errors import PlacementError
from placement.i18n import check_lang, find_part, label, msg, render
from placement.io.atomic import write_bytes, write_text
from placement.model.levels import pangkat_golongan
from placement.model.tables import units_today
from placement.report import summary
from placement.report.excel import Book
from placement.report.files import refuse_protected
from placement.report.formatting import date_text, esc, fmt_num
from placement.report.marks import move_notes, standard_note
from placement.report.proposal_cover import cover_html, cover_sheet

#: the reason messages of a promotion into a post whose seats left are fewer than
#: those ranking above the person promoted (a choice to weigh before the SK)
PASSED_OVER = frozenset(
    {
        "reason.room_short",
        "reason.room_short_pool",
        "reason.rise_room_some",
        "reason.rise_room_jf_some",
        "reason.rise_room_short",
        "reason.rise_room_jf_short",
    }
)
#: the reason's part naming those ranking above a promoted person whom the plan leaves
#: where they are, with seats of the post left for them
PASSED_LEFT = frozenset({"reason.rise_above_left"})
#: the reason's part saying a free seat of the posts as good is named for other moves too
ALIKE_SHARED = frozenset({"reason.alike_shared"})
#: the reason's part saying the person leaves a post whose rules they meet while holders
#: who miss them keep seats of it
LEFT_FOR_UNMET = frozenset({"reason.room_first_left"})
#: the reason's parts saying the move's post is the only one the rules open to the
#: person besides their own, and that their own keeps no seat for them (its holders who
#: meet its rules come first)
ONLY_POST = frozenset({"reason.dest_only"})
NO_SEAT_OWN = frozenset(
    {
        "reason.qualified_first",
        "reason.qualified_first_full",
        "reason.qualified_first_unlicensed",
        "reason.qualified_first_unlicensed_lenient",
    }
)
#: Columns of a proposal list (machine names; labels ``sk_<name>``).
#: the former unit beside the former post (review 94 M2: "Pengemudi | Pengemudi", a
#: move between units, read as no change)
COLUMNS = (
    "no", "name", "nip", "rank", "from_title", "from_unit_name", "to_title", "to_unit_name",
    "note",
)  # fmt: skip
PROPOSAL_FILES = ("proposal.xlsx", "proposal.html")


def proposal_table(result, lang: str = "id") -> pd.DataFrame:
    """Everyone given a new post, one row each, with ``opd``, ``opd_name``, ``waits``,
    ``hire`` and the SK columns (:data:`COLUMNS`); ``no`` restarts at 1 in every OPD,
    and again among the new hires and among the rows that wait. ``hire``: a new hire
    placed (:func:`_hires`). ``waits``: a move no SK can be dated for within
    the planning horizon: every SK into its post waits for a seat sure to be free only
    past it (review 88 H1, 89 M1: Fahar Rojawan's move, whose own reason said "until
    it, this is no SK to sign", was row 1 of an SK attachment); such rows are listed
    apart, not in the attachment."""
    check_lang(lang)
    if result.assignment is None or result.compiled is None:
        raise PlacementError(msg("proposal.needs_placement"))
    cols = ["opd", "opd_name", "employee_id", "to_grade", "waits", "hire", "conversion", *COLUMNS]
    emp = result.compiled.org.employees
    nips = format_nip(emp[nip_column(emp)].astype(str))
    nip_of = dict(zip(emp["id"].astype(str), nips, strict=True))
    rank_of = (
        dict(zip(emp["id"].astype(str), emp["rank"].astype(str), strict=True))
        if "rank" in emp
        else {}
    )
    names = summary.opd_names(result)
    order = {u: i for i, u in enumerate(names)}
    makers = (_moved, _converted, _reorganised, _hires, _without_post)
    parts = [f(result, nip_of, rank_of, names, lang) for f in makers]
    parts = [f.assign(conversion=f.get("conversion", "")) for f in parts if len(f)]
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)
    grade = np.nan_to_num(out["to_grade"].to_numpy(float), nan=-1.0)
    part = _part(out)
    key = np.lexsort(
        (
            out["employee_id"].to_numpy(),
            out["name"].to_numpy().astype(str),
            -grade,
            np.array([order.get(o, len(order)) for o in out["opd"]]),
            np.array([SECTIONS.index(x) for x in part]),
        )
    )
    out = out.iloc[key].reset_index(drop=True)
    # per OPD in the attachment; the penyetaraan, the new hires and the rows that wait
    # each in one run of their own
    part = _part(out)
    group = np.where(part == "", out["opd"].to_numpy(dtype=object), part)
    out.insert(4, "no", out.groupby(group, sort=False).cumcount() + 1)
    out = out[cols]
    # the JPT posts left to the Pansel where their heads lose their post: an acting
    # head each, said with those left without a post (review 158 H2)
    out.attrs["acting"] = _acting(result, _lost(result))
    # for the cover: what the SKs wait on, as the comparison counts it, and the moves
    # whose SK is dated once a seat is free (review 168 M3)
    from placement.report.sk_checks import ROWS, checks_of  # start-up time

    out.attrs["checks"] = [(k, n) for (k, _), n in zip(ROWS, checks_of(result), strict=True) if n]
    mv = summary.classified_moves(result)
    later: set[str] = set()
    if "seat_check" in mv:
        later = set(mv["employee_id"][mv["seat_check"] == "seat_after_exit"].astype(str))
    out.attrs["dated_later"] = sorted(later)
    # the day the plan counts ages and years at (its reference_date), for the draft line
    out.attrs["reference_date"] = reference_date(result.compiled.plan.extras).date().isoformat()
    # each move's kind, rotasi or mutasi, as the moves list has it (not read back from
    # the Keterangan's words)
    if "move_kind" in mv:
        kinds = mv["move_kind"].astype(str).tolist()
        out.attrs["move_kind"] = dict(zip(mv["employee_id"].astype(str), kinds, strict=True))
    return out


#: the runs of a proposal table in their order: the moves' attachment ("", per OPD),
#: the penyetaraan attachment and those converted on condition, the attachment of
#: those in their own post in an office merged or renamed, the new hires, the moves
#: that wait, the serving officials left without a post
SECTIONS = ("", "conversion", "conversion_condition", "reorganised", "hire", "wait", "lost")


def _part(t: pd.DataFrame) -> np.ndarray:
    """Per row of a proposal table, its run (:data:`SECTIONS`)."""
    conv = t["conversion"].fillna("").astype(str).to_numpy(dtype=object)
    conv = np.select(
        [conv == "sk", conv == "", conv == REORGANISED, conv == WITHOUT_POST],
        ["conversion", "", "reorganised", "lost"],
        "conversion_condition",
    ).astype(object)
    return np.where(
        t["hire"].to_numpy(bool), "hire", np.where(t["waits"].to_numpy(bool), "wait", conv)
    )


def _moved(result, nip_of: dict, rank_of: dict, names: dict, lang: str) -> pd.DataFrame:
    """The moves given a new post, as proposal rows (``hire`` unset)."""
    mv = summary.classified_moves(result)
    if not len(mv) or "move_kind" not in mv:
        return pd.DataFrame()
    mv = mv[mv["move_kind"] != "lost_post"]
    # a seat sure to be free only past the planning horizon: no SK to date then
    # (review 84 M3: "paling lambat 2037-05-01")
    end = summary.horizon_end_of(result) or "9999-12-31"
    ids = mv["employee_id"].astype(str)
    came, held = summary.entrants(result, mv)
    deadlines = summary.jf_age_deadlines(result, mv)
    seat_by = _column(mv, "seat_by")
    turn = _turns(mv, came, held)
    after_tpk = _after_tpk(result, ids, lang)
    rating_of = _ratings(result)
    ratings = [rating_of.get(e, "") for e in ids]
    coached = _coaching_note(result, mv, ratings, lang)
    costly = _budget_notes(result, mv["to_unit"], summary.into_overrun(result, mv)[0], lang)
    licence = _licence_notes(result, mv, lang)
    # the posts as good for them and for the plan, where: which is the person's to say
    alike = _alike_notes(result, mv, lang)
    out = pd.DataFrame(
        {
            **_who(mv["to_opd"].to_numpy(), ids, nip_of, rank_of, names),
            "to_grade": pd.to_numeric(mv["to_grade"], errors="coerce").to_numpy(float),
            "name": (mv["name"] if "name" in mv else ids).astype(object).fillna("").to_numpy(),
            "from_title": mv["from_title"].to_numpy(),
            "from_unit_name": _units_held_today(result, ids, mv["from_unit_name"]),
            "to_title": mv["to_title"].to_numpy(),
            "to_unit_name": mv["to_unit_name"].to_numpy(),
            "note": [
                ", ".join(
                    [
                        (
                            _waits_label(int(n), int(k), lang, t)
                            + (
                                ""
                                if t == "first"
                                else _seat_note(by, end, before, n > k and t != "after", lang)
                            )
                            if x in ("seat_after_exit", "seat_first")
                            else _formasi_label(x, why, lang)
                            if x in FORMASI_MARKS
                            else _mark_label(x, rating, lang)
                        )
                        for x in marks
                        if x
                    ]
                    + notes
                    + after
                    + coach
                    + cost
                    + lic
                    + like
                    + _passed_note(why, lang)
                    + _left_note(why, lang)
                    + _bup_note(was, now, lang)
                    + _near_note(why, lang)
                )
                for *marks, rating, by, before, n, k, t, notes, after, coach, cost, lic, like, why, was, now in zip(  # noqa: E501
                    mv["move_kind"],
                    mv["grade_change"],
                    *(mv[c] for c in summary.CHECKS),
                    ratings,
                    seat_by,
                    deadlines,
                    came,
                    np.minimum(came, held),
                    turn,
                    move_notes(mv, lang),
                    after_tpk,
                    coached,
                    costly,
                    licence,
                    alike,
                    mv["reason"] if "reason" in mv else [""] * len(mv),
                    _column(mv, "retirement_before"),
                    _column(mv, "retirement_after"),
                    strict=True,
                )
            ],
        }
    )
    # and every SK into a post whose seat is sure to be free only past the JF entry
    # age, by which the SK is to be dated: no SK to sign unless a holder leaves before
    # then (review 97 H1: Hari Seyan Tanato, row 5 of the Dinas Kesehatan attachment,
    # "to be dated before 2028-03-04", his seat sure to be free by 2030-11-01)
    late = [
        bool(by) and bool(before) and by >= before and not some
        for by, before, some in zip(seat_by, deadlines, came > held, strict=True)
    ]
    out["waits"] = _past_horizon(result, ids) | np.array(late, dtype=bool)
    out["hire"] = False
    return out


def _after_tpk(result, ids: pd.Series, lang: str) -> list[list[str]]:
    """Per move (``ids``), the note that dates its SK after the Tim Penilai Kinerja's
    decision on the post it weighs the person for (:func:`summary.tpk_movers`), or
    none."""
    movers = summary.tpk_movers(result)
    if not movers:
        return [[] for _ in range(len(ids))]
    ctx = result.compiled.context
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    post = {str(ctx.emp_ids[i]): q for i, q in movers.items()}
    return [
        [
            render(
                msg("proposal.after_tpk", post=f"{ctx.pos_ids[post[e]]} ({titles[post[e]]})"), lang
            )
        ]
        if e in post
        else []
        for e in ids.tolist()
    ]


def _who(opd, ids: pd.Series, nip_of: dict, rank_of: dict, names: dict) -> dict:
    """The columns of a proposal row that name the person and the OPD of the SK: each
    section's rows (:data:`SECTIONS`) name them alike."""
    opd = list(opd)
    return {
        "opd": opd,
        "opd_name": [names.get(o, o) for o in opd],
        "employee_id": ids.to_numpy(),
        "nip": [nip_of.get(e, e) for e in ids],
        "rank": [pangkat_golongan(rank_of.get(e, "")) for e in ids],
    }


def _converted(result, nip_of: dict, rank_of: dict, names: dict, lang: str) -> pd.DataFrame:
    """The officials penyetaraan converts in their own post (the ``conversions`` table,
    :mod:`placement.domain.penyetaraan`), as proposal rows with ``conversion`` set:
    ``"sk"`` for the attachment of the SK of penyetaraan, ``"condition"`` for those
    whose conversion asks the PPK's decision first (the decisions list's
    ``converted_on_condition``), listed apart. Review 99 H1: the 123 officials the
    bundled ``penyetaraan`` converts were on no list an officer signs from, while the
    page was titled for it."""
    conv = getattr(result, "tables", {}).get("conversions")
    if conv is None or not len(conv):
        return pd.DataFrame()
    ids = conv["employee_id"].astype(str)
    top = summary.opd_of(result.compiled.org.units)
    opd = [top.get(u, u) for u in conv["unit"].astype(str)]
    cond = conv["condition"].fillna("").astype(str).tolist()

    # the notes that hold nothing: a golongan outside the JF level's range, a field
    # the post does not accept where it is no condition (review 156 M1)
    def codes(key: str, suffix: str = "") -> list[list[str]]:
        col = conv[key].fillna("").astype(str) if key in conv else [""] * len(conv)
        return [[f"{c.strip()}{suffix}" for c in v.split(";") if c.strip()] for v in col]

    notes = [
        r + f for r, f in zip(codes("rank_check"), codes("field_check", "_noted"), strict=True)
    ]
    # a rating below Baik, marked for a check as the moves' (review 102 L9: 12 of the
    # 99 on the attachment rated below Baik, three Sangat Kurang, read no mark)
    weak = (
        (conv["skp_check"] == "conversion_skp_below_baik").to_numpy()
        if "skp_check" in conv
        else np.zeros(len(conv), dtype=bool)
    )
    # kept in it over its formasi pending the PPK: the condition says so, kept_pending
    # (review 99 H3: Muhammad Anyan Tabani, P0041, read as an ordinary conversion)
    first = label("conversion_short", lang)
    rating_of = _ratings(result)

    def column(key: str, blank) -> list:
        return conv[key].tolist() if key in conv else [blank] * len(conv)

    # the licence of a profession outside the JF: the PPK's decision first where a post
    # of it has a seat left (a condition), else noted (review 164 M1)
    licences = [x if isinstance(x, str) else "" for x in column("licence_held", "")]
    # its posts with a seat left at a jenjang below their golongan, closed to them as a
    # move by the range this penyetaraan sets aside (review 172 H1)
    lower = [x if isinstance(x, str) else "" for x in column("licence_posts_below", "")]

    def licence_note(c: str, lic: str, below: str) -> list[str]:
        if not lic:
            return []
        key = LICENCE_CONDITION if LICENCE_CONDITION in c else "licence"
        out = [label(f"conversion_{key}_note_short", lang).format(licence=lic)]
        if below:
            out.append(label("conversion_licence_below_short", lang).format(posts=below))
        return out

    def condition(c: str) -> list[str]:
        said = [x.strip() for x in c.split(";") if x.strip()]
        return [label(f"conversion_{x}_short", lang) for x in said if x != LICENCE_CONDITION]

    return pd.DataFrame(
        {
            **_who(opd, ids, nip_of, rank_of, names),
            "to_grade": pd.to_numeric(conv["grade_after"], errors="coerce").to_numpy(float),
            "name": conv["name"].astype(object).fillna("").to_numpy(),
            "from_title": conv["title_before"].to_numpy(),
            "from_unit_name": conv["unit_name"].to_numpy(),
            "to_title": conv["title_after"].to_numpy(),
            "to_unit_name": conv["unit_name"].to_numpy(),
            "note": [
                ", ".join(
                    [first.format(before=lb, after=la)]
                    + condition(c_)
                    + licence_note(c_, lic, low)
                    + standard_note(jpm, was_read, lang)
                    + [label(f"conversion_{c}_short", lang) for c in r_]
                    + ([_mark_label("skp_below_baik", rating_of.get(e, ""), lang)] if w else [])
                    + _bup_note(str(was or ""), str(now or ""), lang)
                )
                for e, lb, la, c_, lic, low, jpm, was_read, r_, w, was, now in zip(
                    ids,
                    conv["level_before"].astype(str),
                    conv["level_after"].astype(str),
                    cond,
                    licences,
                    lower,
                    pd.to_numeric(pd.Series(column("jpm", np.nan)), errors="coerce"),
                    pd.to_numeric(pd.Series(column("jpm_as_read", np.nan)), errors="coerce"),
                    notes,
                    weak,
                    conv["retirement_before"].fillna("").astype(str),
                    conv["retirement_after"].fillna("").astype(str),
                    strict=True,
                )
            ],
            "waits": False,
            "hire": False,
            "conversion": ["condition" if c else "sk" for c in cond],
        }
    )


#: the condition of a conversion whose holder's licence has a post of its profession
#: with a seat left (:func:`~placement.domain.penyetaraan.conversions_table`): said with
#: the licence named
LICENCE_CONDITION = "licence_outside_profession"


#: the ``conversion`` of a row of one in their own post in an office the scenario
#: merges or renames: an SK of its own, beside the moves' and the penyetaraan's
REORGANISED = "reorganised"


def _reorganised(result, nip_of: dict, rank_of: dict, names: dict, lang: str) -> pd.DataFrame:
    """Those in their own post whose office the scenario merges or renames
    (:func:`~placement.model.tables.reorganised_stays`), as proposal rows with
    ``conversion`` :data:`REORGANISED`: the attachment of their own SK into the new
    organisation; of them the holders whose seat the Tim Penilai Kinerja weighs against
    an official whose post the scenario closes are noted so. Review 149 M1: `merge`'s
    294 SKs into the merged office were counted, yet on no list to draft them from."""
    from placement.model.counterparts import contested_holders  # start-up time
    from placement.model.tables import reorganised_stays  # start-up time

    stays = reorganised_stays(result)
    if not len(stays):
        return pd.DataFrame()
    ids = stays["employee_id"].astype(str)
    pl = result.placements.set_index(result.placements["employee_id"].astype(str))
    pl = pl.loc[ids]
    top = summary.opd_of(result.compiled.org.units)
    opd = [top.get(u, u) for u in pl["unit"].astype(str)]
    ctx = result.compiled.context
    grade_of = dict(zip(ctx.pos_ids.tolist(), ctx.pos("grade").astype(float), strict=True))
    contested = {str(ctx.emp_ids[j]) for j in contested_holders(result)}
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    at = pd.Index(ctx.pos_ids).get_indexer(pl["position"].astype(str))
    # the SK of a holder the Tim weighs waits on its decision on their own post, as the
    # summary says and as a rival's move is dated (review 151 M4)
    tpk = {
        e: render(msg("proposal.after_tpk", post=f"{ctx.pos_ids[q]} ({titles[q]})"), lang)
        for e, q in zip(ids, at.tolist(), strict=True)
        if e in contested
    }
    # one the decisions list names: the PPK's decision comes before the SK (review 151
    # H3: Derita Riyah Lenatua, kept over P0271's formasi, read "own post" alone)
    dec = getattr(result, "tables", {}).get("decisions")
    listed: dict = {}
    if dec is not None and len(dec):
        listed = dict(zip(dec["employee_id"].astype(str), dec["decision"].astype(str), strict=True))
    first = label("reorganised_short", lang)
    return pd.DataFrame(
        {
            **_who(opd, ids, nip_of, rank_of, names),
            "to_grade": [grade_of.get(q, np.nan) for q in pl["position"].astype(str)],
            "name": (pl["name"] if "name" in pl else ids).astype(object).fillna("").to_numpy(),
            "from_title": pl["title"].to_numpy(),
            "from_unit_name": stays["unit_today"].to_numpy(),
            "to_title": pl["title"].to_numpy(),
            "to_unit_name": stays["unit_after"].to_numpy(),
            "note": [
                ", ".join(
                    [
                        first,
                        *([tpk[e]] if e in tpk else []),
                        *(
                            [label("decision_first_short", lang).format(decision=listed[e])]
                            if e in listed
                            else []
                        ),
                    ]
                )
                for e in ids
            ],
            "waits": False,
            "hire": False,
            "conversion": REORGANISED,
        }
    )


#: the ``conversion`` of a row of a serving official the plan leaves without a post
#: (the decisions list's ``without_post``): listed apart, for the PPK's decision
WITHOUT_POST = "without_post"


def _without_post(result, nip_of: dict, rank_of: dict, names: dict, lang: str) -> pd.DataFrame:
    """The serving officials the plan leaves without a post (the decisions list's
    ``without_post``, as a row's decision or among its ``also_decisions``), as proposal
    rows with ``conversion`` :data:`WITHOUT_POST`, listed apart: the post and unit they
    hold today, and what the PPK decides before any SK, in the decisions list's words
    (review 158 H2: `merge`'s package named none of the five whose posts it closes, two
    Kepala Dinas among them)."""
    lost = _lost(result)
    if not len(lost):
        return pd.DataFrame()
    ids = lost["employee_id"].astype(str)
    ctx = result.compiled.context
    top = summary.opd_of(result.compiled.org.units)
    opd = [top.get(u, u) for u in lost["current_unit"].astype(str)]
    units = dict(zip(ctx.org.units["id"].astype(str), ctx.org.units["name"], strict=True))
    grade_of = dict(zip(ctx.pos_ids.tolist(), ctx.pos("grade").astype(float), strict=True))
    planned = lost["current_unit"].astype(str).map(units).fillna("")
    first = label("without_post_short", lang)
    return pd.DataFrame(
        {
            **_who(opd, ids, nip_of, rank_of, names),
            "to_grade": [grade_of.get(q, np.nan) for q in lost["current_position"].astype(str)],
            "name": lost["name"].astype(object).fillna("").to_numpy(),
            "from_title": lost["current_title"].to_numpy(),
            "from_unit_name": _units_held_today(result, ids, planned),
            "to_title": label("sk_no_post", lang),
            "to_unit_name": "",
            "note": [f"{first}: {render(n, lang)}" for n in lost["note"]],
            "waits": False,
            "hire": False,
            "conversion": WITHOUT_POST,
        }
    )


def _lost(result) -> pd.DataFrame:
    """The rows of the decisions list of those left without a post (``without_post``,
    as the row's decision or among its ``also_decisions``)."""
    dec = getattr(result, "tables", {}).get("decisions")
    if dec is None or not len(dec):
        return pd.DataFrame(columns=["current_unit"])
    also = dec["also_decisions"] if "also_decisions" in dec else pd.Series("", index=dec.index)
    also = also.fillna("").astype(str).str.split("; ").map(lambda x: "without_post" in x)
    return dec[(dec["decision"] == "without_post").to_numpy(bool) | also.to_numpy(bool)]


def _acting(result, lost: pd.DataFrame) -> list[str]:
    """The JPT posts the plan leaves to the open selection (the vacancies' ``pansel``)
    in the offices whose head, a JPT holder, it leaves without a post (``lost``,
    :func:`_without_post`'s rows of the decisions list), each ``id title (unit)``: each
    needs an acting head (Plt.) until its SK (review 158 H2: the merged office's head
    post, whose two former heads lose theirs, was named nowhere in the SK package;
    review 160 M1: not the offices of any official left without a post, where a post of
    a JPT already vacant read as left open because of them)."""
    vac = result.vacancies
    if not len(vac) or "selection" not in vac or not len(lost):
        return []
    pos = result.compiled.org.positions
    kind = dict(zip(pos["id"].astype(str), pos["kind"].astype(str).str.upper(), strict=True))
    heads = lost[lost["current_position"].astype(str).map(kind).fillna("") == "JPT"]
    units = set(heads["current_unit"].astype(str))
    open_ = vac[(vac["selection"] == "pansel").to_numpy(bool) & vac["unit"].isin(units)]
    return [
        f"{q} {t} ({u})"
        for q, t, u in zip(open_["position"], open_["title"], open_["unit_name"], strict=True)
    ]


def _units_held_today(result, ids: pd.Series, planned: pd.Series) -> np.ndarray:
    """Per mover (``ids``), the name of the unit they serve in today, as the data read
    it before the scenario's operations (:func:`~placement.model.tables.units_today`);
    ``planned`` (the unit as the plan has it) where the data has none. Review 98 H2:
    Yaman Galim's former unit read "Dinas Pertanian, Pangan dan Lingkungan Hidup", the
    merged office that does not exist until the reorganisation, where he serves in
    Dinas Lingkungan Hidup."""
    out = planned.fillna("").astype(str).to_numpy(dtype=object)
    today = units_today(result.compiled, ids)
    return np.where(np.array([bool(t) for t in today], dtype=bool), today, out)


def _hires(result, nip_of: dict, rank_of: dict, names: dict, lang: str) -> pd.DataFrame:
    """The new hires the plan places (no post today), as proposal rows with ``hire``
    set: their post goes into the SK of their appointment (pengangkatan), not into a
    mutasi attachment, so they are listed apart (review 94 M6: the 84 new hires that
    ``baseline`` places were on no list an officer signs from)."""
    pl = result.placements
    if "status" not in pl:
        return pd.DataFrame()
    new = pl[pl["status"] == "new"]
    ids = new["employee_id"].astype(str)
    top = summary.opd_of(result.compiled.org.units)
    opd = [top.get(u, u) for u in new["unit"].astype(str)]
    ctx = result.compiled.context
    grade_of = dict(zip(ctx.pos_ids.tolist(), ctx.pos("grade").astype(float), strict=True))
    checks = new["skp_check"] if "skp_check" in new else pd.Series("", index=new.index)
    # a seat of a formasi the scenario raises, beyond the formasi as read, in turn
    # (review 152 M1: 11 of `workload`'s hires took seats its ABK adds; review 159 M1:
    # those within the formasi as read were marked too)
    ups = summary.raised_posts(result)
    beyond = summary.hires_beyond_raised(result)[(pl["status"] == "new").to_numpy(bool)]
    raised = [
        [label("formasi_raised_sk", lang).format(was=ups[q][0], now=ups[q][1])] if b else []
        for q, b in zip(new["position"].astype(str), beyond, strict=True)
    ]
    first = label("new_hire_short", lang)
    rating_of = _ratings(result)
    costly = _budget_notes(result, new["unit"], summary.into_overrun(result, new)[1], lang)
    return pd.DataFrame(
        {
            **_who(opd, ids, nip_of, rank_of, names),
            "to_grade": [grade_of.get(q, np.nan) for q in new["position"].astype(str)],
            "name": (new["name"] if "name" in new else ids).astype(object).fillna("").to_numpy(),
            "from_title": label("sk_new_hire_from", lang),
            "from_unit_name": "",
            "to_title": new["title"].to_numpy(),
            "to_unit_name": new["unit_name"].to_numpy(),
            "note": [
                ", ".join(
                    [first]
                    + ([_mark_label(c, rating_of.get(e, ""), lang)] if c else [])
                    + up
                    + cost
                )
                for e, c, up, cost in zip(
                    ids, checks.fillna("").astype(str), raised, costly, strict=True
                )
            ],
            "waits": False,
            "hire": True,
        }
    )


def _past_horizon(result, ids: pd.Series) -> np.ndarray:
    """Per move (``ids``, its employee): the decisions list names it among the moves
    whose every SK into its post waits for a seat, the first sure to be free only past
    the planning horizon (``move_past_horizon``, :mod:`placement.domain.retirement`):
    none of their SKs can be dated within it. Where only some SKs into a post wait, or
    the first exit comes within the horizon, the PPK dates them in turn, and the rows
    stay on the list with their date (review 90 H2: two moving into a post two hold
    over, the first of whom retires in 2027, were both listed apart)."""
    from placement.domain.retirement import MOVE_PAST_HORIZON  # start-up time

    dec = getattr(result, "tables", {}).get("decisions")
    if dec is None or not len(dec):
        return np.zeros(len(ids), dtype=bool)
    also = dec["also_decisions"] if "also_decisions" in dec else pd.Series("", index=dec.index)
    listed = (dec["decision"] == MOVE_PAST_HORIZON) | also.astype(str).str.contains(
        MOVE_PAST_HORIZON, regex=False
    )
    return ids.isin(set(dec.loc[listed, "employee_id"].astype(str))).to_numpy()


def _column(mv: pd.DataFrame, name: str) -> list[str]:
    """A text column of the moves ('' for each row where it is missing)."""
    if name not in mv:
        return [""] * len(mv)
    return mv[name].fillna("").astype(str).tolist()


def _waits_label(n: int, k: int, lang: str, turn: str = "") -> str:
    """The Keterangan's mark of a move into a post held over formasi: how many of the
    ``n`` officials moving into it wait for an exit (``k``) and, where only some do,
    whether this one comes first or waits its turn (:func:`_turns`; review 97 H2: two
    moving into P0097, one free seat, both rows read "as many SKs into it as its
    surplus wait"; review 98 M6, 99 H5: both then read "the PPK deciding which", and
    an SK attachment cannot carry an undecided choice)."""
    if n <= 0:
        return label("seat_after_exit_short", lang)
    key = "seat_waits_all_short" if k >= n or not turn else f"seat_waits_{turn}_short"
    return label(key, lang).format(n=n, k=k)


def _turns(mv: pd.DataFrame, came: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Per move: where more officials move into its post than it holds over its
    formasi (so only some of their SKs wait for an exit), ``"first"`` for those whose
    SK takes a free seat now (the moves' ``seat_check`` ``seat_first``) and ``"after"``
    for those whose SK waits, as :mod:`placement.model.turns` orders them; ``""``
    elsewhere."""
    check = np.array(_column(mv, "seat_check"), dtype=object)
    some = (held > 0) & (came > held)
    return np.where(
        some & (check == "seat_first"),
        "first",
        np.where(some & (check == "seat_after_exit"), "after", ""),
    )


def _seat_note(by: str, end: str, before: str, some: bool, lang: str) -> str:
    """The Keterangan's day a waiting seat is free (``by``): past the planning horizon
    ``end``, no SK to date; past the JF entry age (``before``, the day the SK is to be
    dated before): where only ``some`` SKs into the post wait, not one that waits, else
    a seat to be freed before then or no move (review 88 H2: the Keterangan of a nurse
    aged 52 said to date the SK when the seat is free, 2030-11-01, while his reason said
    to date it before 2028-03-04; review 90 M1: a row listed apart read "not as one that
    waits"; review 161 M1: a seat free on 2029-09-01 for one past the entry age on
    2029-09-15 read "not before" alone, where the SK can be dated in 14 days only)."""
    if not by:
        return ""
    far = by > end
    if before and by >= before:
        key = "seat_by_jf_age_short" if some else "seat_by_jf_age_wait_short"
        if far and not some:
            key = "seat_by_far_jf_age_short"
        return label(key, lang).format(date=by, before=before)
    if before and not far and before <= end:  # a window to date it in (review 161 M1)
        return label("seat_by_window_short", lang).format(date=by, before=before)
    return label("seat_by_far_short" if far else "seat_by_short", lang).format(date=by)


#: The moves' ``formasi_check`` values (:func:`~placement.report.summary.classified_moves`).
FORMASI_MARKS = ("formasi_raised", "formasi_cut", "formasi_cut_raised")


def _formasi_label(mark: str, reason, lang: str) -> str:
    """The Keterangan's mark of a move on a formasi the scenario changes, with the
    formasi as read and as the scenario has it, of the post held (cut) and the new one
    (raised), from the move's reason (review 152 M1: Ahmad Ekahar's row read "mutasi,
    SKP Kurang", where the ABK's cut of P0177 from 9 to 7 seats moved him)."""
    cut = find_part(reason, summary.FORMASI_CUT)
    up = find_part(reason, summary.FORMASI_RAISED)
    if cut is not None and up is not None:
        return label("formasi_cut_raised_sk", lang).format(
            was_held=cut.params["was"], now_held=cut.params["now"], **_was_now(up)
        )
    if cut is not None or up is not None:
        key = "formasi_cut_sk" if cut is not None else "formasi_raised_sk"
        return label(key, lang).format(**_was_now(cut if cut is not None else up))
    return label(f"{mark}_short", lang)


def _was_now(part) -> dict:
    return {"was": part.params["was"], "now": part.params["now"]}


def _passed_note(reason, lang: str) -> list[str]:
    """The Keterangan's mark of a promotion into a post whose seats left are fewer than
    those ranking above the person (the reason says so, "a choice to weigh before the
    SK"; review 97 M4: Anzal Tanawan's promotion over 4 of a higher JPM read no mark),
    or ahead of some ranking above whom the plan leaves where they are, seats left for
    them (review 156 M4: Yuham Ardin Simnawijaya's, two ranking above left as Perawat
    Terampil, three Mahir seats empty). Where the post is the only one the rules open
    to them besides their own, the mark says so."""
    if find_part(reason, PASSED_OVER):
        # in its own words where the post is the only one open to them, and their own
        # has no seat for them (review 164 M3: Anzal Tanawan's row read "weigh" alone,
        # the reason saying both)
        if find_part(reason, ONLY_POST) is None:
            return [label("passed_over_short", lang)]
        own = find_part(reason, NO_SEAT_OWN) is not None
        return [label("passed_over_only_own_short" if own else "passed_over_only_short", lang)]
    return [label("passed_left_short", lang)] if find_part(reason, PASSED_LEFT) else []


def _alike_notes(result, mv: pd.DataFrame, lang: str) -> list[list[str]]:
    """Per move, where the reason names other posts as good for the person and for the
    plan, each with a seat free (``alike_posts``), how many and in which units: which
    of them is the person's to say (review 163 L1: 11 SK rows of `replace` read as if
    the post were the only one, though which kecamatan matters to the person)."""
    alike = _column(mv, "alike_posts")
    if not any(alike):
        return [[] for _ in alike]
    org = result.compiled.org
    unit_of = dict(zip(org.positions["id"], org.positions["unit"], strict=True))
    names = summary.opd_names(result)
    out: list[list[str]] = []
    reasons = mv["reason"].tolist() if "reason" in mv else [None] * len(mv)
    for posts, reason in zip(alike, reasons, strict=True):
        ids = [x.strip() for x in posts.split(";") if x.strip()]
        if not ids:
            out.append([])
            continue
        units = list(dict.fromkeys(str(names.get(unit_of[q]) or unit_of[q]) for q in ids))
        where = "; ".join(units[:3]) + (
            label("alike_more", lang).format(n=len(units) - 3) if len(units) > 3 else ""
        )
        # a free seat named in other moves' reasons too: one each (review 168 M4: P0342's
        # one seat on six rows)
        shared = find_part(reason, ALIKE_SHARED) is not None
        key = "alike_shared_short" if shared else "alike_short"
        out.append([label(key, lang).format(n=len(ids), where=where)])
    return out


def _left_note(reason, lang: str) -> list[str]:
    """The Keterangan's mark of a holder who meets their post's rules and leaves it
    while holders who miss them keep seats of it (the reason names them; review 167 H2:
    Dwizal Kalowijaya left P0417 for a priority vacancy, Irdi Ekadin Rodilim, outside
    its field, keeping a seat of it, and his SK row did not say so)."""
    part = find_part(reason, LEFT_FOR_UNMET)
    if part is None:
        return []
    return [label("left_for_unmet_short", lang).format(n=part.params["n"])]


def _ratings(result) -> dict[str, str]:
    """Each placed or moved employee's SKP rating as the data gives it, by id."""
    pl = result.placements
    if "performance" not in pl:
        return {}
    return dict(
        zip(pl["employee_id"].astype(str), pl["performance"].fillna("").astype(str), strict=True)
    )


def _mark_label(mark: str, rating: str, lang: str) -> str:
    """A Keterangan mark by its short label; an SKP mark (``skp_below_baik``,
    ``skp_priority``) with the rating itself where the data gives one (review 152 L2:
    "SKP di bawah Baik" of one rated Sangat Kurang, where other rows read "SKP
    Kurang")."""
    if rating and mark in ("skp_below_baik", "skp_priority"):
        return label(f"{mark}_sk", lang).format(rating=rating)
    return label(f"{mark}_short", lang)


def _budget_notes(result, units: pd.Series, into: np.ndarray, lang: str) -> list[list[str]]:
    """Per SK (its unit of ``units``), where ``into`` (:func:`~placement.report.summary.
    into_overrun`): the receiving unit's cost after the plan against its budget."""
    over = summary.budget_overruns(result)
    return [
        [
            label("budget_over_sk", lang).format(
                after=fmt_num(over[u][0], lang), budget=fmt_num(over[u][1], lang)
            )
        ]
        if hit
        else []
        for u, hit in zip(units.fillna("").astype(str), into, strict=True)
    ]


def _licence_notes(result, mv: pd.DataFrame, lang: str) -> list[list[str]]:
    """Per move, into a post of a licensed profession from a post that does not ask its
    licence: the licence, as the roster gives it, to verify before the SK (review 155
    L3: entries into Bidan, Nutrisionis and Epidemiolog posts were marked for the uji
    kompetensi, never for the STR, which the roster's entry does not prove)."""
    from placement.domain.career import careers  # start-up time

    comp = result.compiled
    if comp is None or not len(mv):
        return [[] for _ in range(len(mv))]
    ctx = comp.context
    c = careers(ctx, comp.config.eligibility)
    at = pd.Index(ctx.pos_ids)
    fam = np.append(c.pos_family, -1)
    to = fam[at.get_indexer(mv["to_position"].fillna("").astype(str))]
    came = fam[at.get_indexer(mv["from_position"].fillna("").astype(str))]
    cert = np.append(np.asarray(c.certificate, dtype=object), "")
    need = np.where(c.licensed[to], cert[to], "")
    had = np.where(c.licensed[came], cert[came], "")
    # whether the roster gives them that licence at all (review 157 M2: under a lenient
    # career rule a mover without it read "STR Perawat as the roster gives it")
    who = pd.Index(ctx.emp_ids).get_indexer(mv["employee_id"].astype(str))
    holds = c.has(c.licence, np.maximum(who, 0), np.maximum(to, 0)) & (who >= 0)
    return [
        [label("licence_verify_short" if h else "licence_missing_short", lang).format(licence=x)]
        if x and x != y
        else []
        for x, y, h in zip(need.tolist(), had.tolist(), holds.tolist(), strict=True)
    ]


def _coaching_note(result, mv: pd.DataFrame, ratings: list[str], lang: str) -> list[list[str]]:
    """Per move, for one rated below Baik whom it takes into another OPD: the
    receiving OPD's head to be told (they take on the coaching), with the rating where
    no SKP mark of the move gives it already. Review 151 M3: the summary counted 34
    such movers in `quota` and said to tell the heads, while no row named one; review
    152 L2: two of `workload`'s, marked for their SKP on a priority post, were not to
    be told of."""
    weak = summary.skp_marks(result, mv["employee_id"].astype(str).to_numpy())[0]
    across = mv["move_kind"].astype(str).to_numpy() == "mutasi"
    marked = mv["skp_check"].fillna("").astype(str).to_numpy() != ""
    return [
        []
        if not w
        else [label("skp_mutasi_also_short", lang)]
        if m
        else [label("skp_mutasi_short", lang).format(rating=r)]
        for w, m, r in zip(weak & across, marked, ratings, strict=True)
    ]


def _near_note(reason, lang: str) -> list[str]:
    """The Keterangan's BUP in the new post where the move's reason says it comes within
    three years (``reason.bup_near``, :mod:`placement.domain.retirement`; review 96 M2:
    the reason said "to weigh before the SK", the SK list read "mutasi" only)."""
    near = find_part(reason, {"reason.bup_near"})
    if near is None:
        return []
    years = fmt_num(near.params["years"], lang, 1)
    return [label("bup_near_short", lang).format(date=near.params["date"], years=years)]


def _bup_note(was: str, now: str, lang: str) -> list[str]:
    """The Keterangan's retirement date that the move shifts, to tell the person before
    the SK (review 88 M4: the reason said so, the SK list did not)."""
    if not was or not now or was == now:
        return []
    return [label("bup_moves_short", lang).format(before=was, after=now)]


def _lines(lang: str, scenario: str, date: _dt.date, table: pd.DataFrame) -> dict[str, str]:
    # the day ages, years in post and to BUP are counted at, beside the draft's own
    # (review 170 L7: "2,9 tahun lagi" read at 2026-12-01 on a page dated 08-12-2026)
    ref = table.attrs.get("reference_date")
    day = date_text(date, lang)
    # no plan's date (a table without rows): no day said for counts it has none of
    if ref:
        at = date_text(_dt.date.fromisoformat(ref), lang)
        draft = msg("proposal.draft", scenario=scenario, date=day, at=at)
    else:
        draft = msg("proposal.draft_plain", scenario=scenario, date=day)
    return {
        "head": label("sk_attachment", lang),
        "number": label("sk_number", lang),
        "date": label("sk_date", lang),
        "about": label("sk_about", lang),
        "about_conversion": label("sk_about_conversion", lang),
        "conversion": label("sk_conversion", lang),
        "about_reorganised": label("sk_about_reorganised", lang),
        "reorganised": label("sk_reorganised", lang),
        "draft": draft.render(lang),
        # what the SK of penyetaraan rests on, unchecked by the plan (review 156 M3)
        "before_conversion": label("sk_before_conversion", lang),
    }


def _signature(lang: str) -> list[str]:
    return [
        label("sk_place_date", lang),
        label("sk_signer", lang),
        "",
        "",
        "",
        label("sk_signer_name", lang),
    ]


def proposal_workbook(table: pd.DataFrame, lang: str, scenario: str, date: _dt.date) -> bytes:
    """A cover (:mod:`~placement.report.proposal_cover`), then one sheet per OPD: SK
    heading, the OPD, the list, the signature block; the penyetaraan the same, in a
    sheet of its own SK; then the runs listed apart."""
    book = Book()
    bold = book.format(bold=True)
    head = book.format(bold=True, border=1, text_wrap=True, valign="top", align="center")
    cell = book.format(border=1, text_wrap=True, valign="top")
    num = book.format(border=1, valign="top", align="center")
    text = _lines(lang, scenario, date, table)
    widths = (5, 30, 23, 24, 32, 30, 32, 30, 22)
    heads = [label(f"sk_{c}", lang) for c in COLUMNS]
    part = _part(table) if len(table) else np.array([], dtype=object)

    def sheet(name: str):
        ws = book.sheet(name)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        for j, w in enumerate(widths):
            ws.set_column(j, j, w)
        return ws

    def rows_at(ws, rows: pd.DataFrame, top: int) -> None:
        for j, h in enumerate(heads):
            ws.write_string(top, j, h, head)
        r: Any  # a row of the table
        for i, r in enumerate(rows.itertuples(index=False), start=top + 1):
            ws.write_number(i, 0, int(r.no), num)
            for j, c in enumerate(COLUMNS[1:], start=1):
                ws.write_string(i, j, str(getattr(r, c)), cell)

    def attachment(ws, rows: pd.DataFrame, about: str, line: str, before: str = "") -> None:
        ws.repeat_rows(6)
        ws.write_string(0, 5, text["head"], bold)
        ws.write_string(1, 5, text["number"])
        ws.write_string(2, 5, text["date"])
        ws.write_string(3, 5, about)
        ws.write_string(4, 0, line, bold)
        ws.write_string(5, 0, f"{text['draft']} {before}" if before else text["draft"])
        rows_at(ws, rows, 6)
        at = 7 + len(rows) + 2
        for k, sign in enumerate(_signature(lang)):
            if sign:
                ws.write_string(at + k, 6, sign, bold if k in (1, 5) else None)

    if len(table):  # what the lists hold and ask first, not an attachment (review 167 L3)
        formats = {"bold": bold, "head": head, "cell": cell}
        cover_sheet(book, formats, table, part, APART, lang, text["draft"])
    for _, rows in table[part == ""].groupby("opd", sort=False):
        name = str(rows["opd_name"].iloc[0])
        attachment(sheet(name), rows, text["about"], f"{label('opd', lang)}: {name}")
    if (part == "conversion").any():
        ws = sheet(label("sk_sheet_conversion", lang))
        rows = table[part == "conversion"]
        attachment(
            ws, rows, text["about_conversion"], text["conversion"], text["before_conversion"]
        )
    if (part == "reorganised").any():
        ws = sheet(label("sk_sheet_reorganised", lang))
        rows = table[part == "reorganised"]
        attachment(ws, rows, text["about_reorganised"], text["reorganised"])
    for run, key in APART:
        if not (part == run).any():
            continue
        # apart, not an attachment: no SK heading, no signature
        ws = sheet(label(f"sk_sheet_{key}", lang))
        ws.write_string(0, 0, label(f"sk_{key}", lang), bold)
        ws.write_string(1, 0, text["draft"])
        extra = _apart_line(table, key, lang)
        if extra:
            ws.write_string(2, 0, extra, bold)
        rows_at(ws, table[part == run], 3 if extra else 2)
    if not len(table):
        ws = book.sheet(label("sk_sheet_empty", lang))
        ws.write_string(0, 0, label("none_note", lang))
    return book.bytes()


#: the runs listed apart from the attachments, in their order (no SK heading, no
#: signature: each asks a decision, or an SK of its own, first)
APART = (
    ("conversion_condition", "conditions"),
    ("hire", "hires"),
    ("wait", "waits"),
    ("lost", "lost"),
)


CSS = """
*{box-sizing:border-box}
body{font-family:"Times New Roman",Times,serif;color:#000;margin:0;font-size:12px}
main{max-width:1100px;margin:0 auto;padding:20px}
section.opd{break-before:page;page-break-before:always}
section.opd:first-of-type{break-before:auto;page-break-before:auto}
section.cover ul{font-family:Arial,sans-serif;font-size:12px;margin:4px 0 10px}
.skhead{margin-left:55%;line-height:1.5}
.skhead div{white-space:pre}
h2{font-size:14px;margin:14px 0 4px}
p.draft{color:#555;font-size:11px;margin:2px 0 8px;font-family:Arial,sans-serif}
table{border-collapse:collapse;width:100%;font-size:11px}
th,td{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left}
th{text-align:center;background:#eee}
td.no{text-align:center;white-space:nowrap}
td.nip{white-space:nowrap}
tr{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.sign{margin:24px 0 0 60%;line-height:1.6;break-inside:avoid;page-break-inside:avoid}
.sign .space{height:56px}
@page{size:A4 landscape;margin:14mm}
@media print{main{padding:0;max-width:none}}
"""


def proposal_html(table: pd.DataFrame, lang: str, scenario: str, date: _dt.date) -> str:
    """A printable page: a cover (:mod:`~placement.report.proposal_cover`), then per
    OPD the SK heading, the list and the signature block; the penyetaraan the same, as
    its own SK; then the runs listed apart."""
    text = _lines(lang, scenario, date, table)
    heads = [label(f"sk_{c}", lang) for c in COLUMNS]
    head_row = (
        "<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr></thead><tbody>"
    )
    part = _part(table) if len(table) else np.array([], dtype=object)
    body = []

    def attachment(rows: pd.DataFrame, about: str, line: str, cls: str, before: str = "") -> str:
        out = [f'<section class="{cls}"><div class="skhead">']
        out += [f"<div>{esc(text[k])}</div>" for k in ("head", "number", "date")]
        out.append(f"<div>{esc(about)}</div></div>")
        out.append(f"<h2>{esc(line)}</h2>")
        draft = f"{text['draft']} {before}" if before else text["draft"]
        out.append(f'<p class="draft">{esc(draft)}</p>')
        out.append(head_row)
        out += _html_rows(rows)
        out.append('</tbody></table><div class="sign">')
        for sign in _signature(lang):
            out.append(f"<div>{esc(sign)}</div>" if sign else '<div class="space"></div>')
        out.append("</div></section>")
        return "".join(out)

    if len(table):  # what the lists hold and ask first, not an attachment (review 167 L3)
        body.append(cover_html(table, part, APART, lang, text["draft"]))
    for _, rows in table[part == ""].groupby("opd", sort=False):
        line = f"{label('opd', lang)}: {rows['opd_name'].iloc[0]}"
        body.append(attachment(rows, text["about"], line, "opd"))
    if (part == "conversion").any():
        rows = table[part == "conversion"]
        about, line = text["about_conversion"], text["conversion"]
        body.append(attachment(rows, about, line, "opd conversion", text["before_conversion"]))
    if (part == "reorganised").any():
        rows = table[part == "reorganised"]
        about, line = text["about_reorganised"], text["reorganised"]
        body.append(attachment(rows, about, line, "opd reorganised"))
    for run, key in APART:
        if not (part == run).any():
            continue
        # apart, not an attachment: no SK heading, no signature
        out = [f'<section class="opd {key}">', f"<h2>{esc(label(f'sk_{key}', lang))}</h2>"]
        out.append(f'<p class="draft">{esc(text["draft"])}</p>')
        extra = _apart_line(table, key, lang)
        if extra:
            out.append(f"<p><strong>{esc(extra)}</strong></p>")
        out.append(head_row)
        out += _html_rows(table[part == run])
        out.append("</tbody></table></section>")
        body.append("".join(out))
    if not body:
        body.append(f"<p>{esc(label('none_note', lang))}</p>")
    title = f"{label('proposal_title', lang)}: {scenario}"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main>"
        + "".join(body)
        + "</main></body></html>\n"
    )


def _apart_line(table: pd.DataFrame, key: str, lang: str) -> str:
    """The line said under a run's heading, where it has one: beside those left without
    a post, the JPT posts their heads leave to the Pansel, each with an acting head to
    name (:func:`_acting`)."""
    acting = table.attrs.get("acting") or []
    if key != "lost" or not acting:
        return ""
    return label("sk_lost_acting", lang).format(posts="; ".join(acting))


def _html_rows(rows: pd.DataFrame) -> list[str]:
    """The rows of a proposal list as HTML table rows."""
    out = []
    r: Any  # a row of the table
    for r in rows.itertuples(index=False):
        out.append(
            f'<tr><td class="no">{int(r.no)}</td><td>{esc(r.name)}</td>'
            f'<td class="nip">{esc(r.nip)}</td><td>{esc(r.rank)}</td>'
            f"<td>{esc(r.from_title)}</td><td>{esc(r.from_unit_name)}</td>"
            f"<td>{esc(r.to_title)}</td>"
            f"<td>{esc(r.to_unit_name)}</td><td>{esc(r.note)}</td></tr>"
        )
    return out


def write_proposal(
    result,
    out_dir: str | Path,
    lang: str = "id",
    protected: Iterable[str | Path] = (),
    date: _dt.date | None = None,
) -> list[Path]:
    """Write ``proposal.xlsx`` and ``proposal.html`` of ``result`` into ``out_dir``
    (atomically; never over a path in ``protected``) and return their paths."""
    check_lang(lang)
    date = date or summary.report_date()
    out = Path(out_dir)
    prot = [Path(p) for p in protected]
    refuse_protected([out / f for f in PROPOSAL_FILES], prot)
    table = proposal_table(result, lang)
    return [
        write_bytes(out / "proposal.xlsx", proposal_workbook(table, lang, result.name, date), prot),
        write_text(out / "proposal.html", proposal_html(table, lang, result.name, date), prot),
    ]
