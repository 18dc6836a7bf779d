"""The HTML sections a Kepala BKPSDM shows the Sekda and the Bupati.

In report order: :func:`stamp_html` (report date), :func:`summary_html` (the
plain-language page: what the scenario does, rotasi/mutasi/promosi/demosi, who is left
without a post, vacancies, fit before → after, development need, retirements),
:func:`opd_html` (per OPD before and after), :func:`lists_html` (people left without a
post, everyone whose post changes with the reason, new hires, retirements, the 9-box
with its legend), :func:`infeasible_html` (why there is no placement and how to relax)
and, at the end, :func:`sources_html` (input files with checksums). The numbers come
from :mod:`placement.report.summary`; the technical details stay in
:mod:`placement.report.pages`.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pandas as pd

from placement.i18n import Message, join, label, msg, render, value_label
from placement.model import extension
from placement.model.move_value import MAX_EMPLOYEES
from placement.report import summary
from placement.report.formatting import date_text, esc, fmt_num
from placement.report.marks import move_notes
from placement.report.tables import table_html

#: Rows of a list shown in the report before pointing to the files.
LIST_ROWS = 500


def stamp_html(date: _dt.date, lang: str, reference: str | None = None) -> str:
    """The report date, and the scenario's reference date where it has one (ages,
    BUP and exclusions are measured at it; review 36: a report dated a year before
    its reference date called 53 serving people "past BUP" without saying when)."""
    ref = ""
    if reference:
        day = _dt.date.fromisoformat(str(reference))
        ref = (
            f" · {esc(label('reference_date', lang))}: "
            f'<time datetime="{day.isoformat()}">{esc(date_text(day, lang))}</time>'
        )
    return (
        f'<p class="stamp">{esc(label("report_date", lang))}: '
        f'<time datetime="{date.isoformat()}">{esc(date_text(date, lang))}</time>{ref}</p>'
    )


def _sentence(key: str, lang: str, **params) -> str:
    return f"<p>{esc(msg(key, **params).render(lang))}</p>"


def _n(v, lang: str, decimals: int = 0) -> str:
    return fmt_num(v, lang, decimals)


#: Facts of the summary that are not counts (numbers formatted their own way, or text).
TEXT_FACTS = (
    "jpm_before",
    "jpm_after",
    "jpm_mean",
    "retire_end",
    "time_in_post",
    "licences",
    "jpt_names",
    "jpt_seats",
    "supernumerary_names",
    "supernumerary_rules",
    "over_cut_names",
    "over_cut_rules",
    "kept_pending_names",
    "other_decisions_names",
    "outside_profession_names",
    "cap_short_names",
    "over_budget_names",
    "over_budget_held",
    "over_budget_fixes",
    "plan_unvalued",
    "seat_far_names",
    "seat_age_names",
    "left_out_age_names",
    "plan_near_names",
    "kms_moves_names",
    "rise_gaps_names",
    "unassessed_names",
    "leaver_ties_names",
    "kms_threshold",
    "reorganised_units",
    "reorganised_tpk_names",
    "reorganised_tpk_movers_names",
    "formasi_cut_names",
    "formasi_raised_names",
    "skp_mutasi_opds",
    "no_level_licences",
    "no_level_names",
)


def _movers_jpm(result, lang: str) -> Message | str:
    """Of those who change post, their mean JPM in their own post and in the new one,
    both known (review 163 L3: the headline, 88.3 before and after, hid the movers'
    own 89.4 → 90.1); '' for none."""
    mv = result.moves
    if not len(mv) or "jpm_before" not in mv or "jpm_after" not in mv:
        return ""
    was = pd.to_numeric(mv["jpm_before"], errors="coerce")
    now = pd.to_numeric(mv["jpm_after"], errors="coerce")
    both = was.notna() & now.notna()
    if not both.any():
        return ""
    return msg(
        "sum.jpm_movers",
        n=_n(int(both.sum()), lang),
        before=_n(float(was[both].mean()), lang, 1),
        after=_n(float(now[both].mean()), lang, 1),
    )


def summary_html(result, lang: str) -> str:
    """The plain-language summary: a few sentences, in the officers' words."""
    status = result.status.value
    out = [f'<section class="plain" id="summary"><h2>{esc(label("summary_plain", lang))}</h2>']
    # proven for the plan with the holders it keeps in their posts, where it keeps some
    # (review 143 L3, 144 L1: "the best placement … (proven)" of a plan solved again
    # with 73 holders fixed in their posts)
    ctx = result.compiled.context if result.compiled is not None else None
    held = ctx is not None and any(k is not None and k.any() for k in (ctx.pending, ctx.seated))
    kept = "_kept" if status == "optimal" and held else ""
    out.append(_sentence(f"sum.{status}{kept}", lang))
    if result.assignment is not None and result.outcome.message:  # e.g. interrupted
        out.append(f'<p class="banner">{esc(value_label(result.outcome.message, lang))}</p>')
    if result.assignment is None or result.compiled is None:
        return "".join(out) + "</section>"
    f = summary.facts(result)
    n = {k: _n(v, lang) for k, v in f.items() if k not in TEXT_FACTS}
    out.append(
        _sentence(
            "sum.people",
            lang,
            employees=n["employees"],
            stays=n["stays"],
            # those kept pending stay too, off the plain stays (review 92 L1: 4,195
            # stay and 122 change post left 40 of them out of the sum)
            pending=msg("sum.people_pending", n=n["kept_pending"]) if f["kept_pending"] else "",
            changes=n["changes"],
            rotasi=n["rotasi"],
            mutasi=n["mutasi"],
        )
    )
    if f["promosi"] or f["demosi"]:
        out.append(_sentence("sum.grades", lang, promosi=n["promosi"], demosi=n["demosi"]))
    if f["kelas_naik"] or f["kelas_turun"]:
        out.append(_sentence("sum.kelas", lang, up=n["kelas_naik"], down=n["kelas_turun"]))
    if f["reorganised"]:  # no move, an SK all the same (review 120 M2)
        units = f["reorganised_units"]
        out.append(_sentence("sum.reorganised", lang, n=n["reorganised"], units=units))
        if f["reorganised_tpk"]:  # a seat the Tim Penilai Kinerja weighs (review 135 H1)
            who = f["reorganised_tpk_names"]
            out.append(_sentence("sum.reorganised_tpk", lang, n=n["reorganised_tpk"], who=who))
            if f["reorganised_tpk_movers"]:  # their rivals' moves too (review 143 M2)
                movers = {
                    "n": n["reorganised_tpk_movers"],
                    "who": f["reorganised_tpk_movers_names"],
                }
                out.append(_sentence("sum.reorganised_tpk_movers", lang, **movers))
    for hook in extension.hooks("lead"):  # the extensions' SKs with no move (review 129 M1)
        out.extend(f"<p>{esc(render(m, lang))}</p>" for m in hook(result))
    if f["plan_ties"] or f["plan_less"]:
        # none worth nothing: no "0; were the person kept …" (review 144 L5)
        key = "sum.plan_worth" if f["plan_ties"] else "sum.plan_worth_less"
        out.append(_sentence(key, lang, ties=n["plan_ties"], less=n["plan_less"]))
        if f.get("plan_near"):  # next to a tie (review 84 M1)
            near = {"n": n["plan_near"], "less": n["plan_less"], "who": f["plan_near_names"]}
            out.append(_sentence("sum.plan_near", lang, **near))
    elif f["plan_unvalued"] and f["changes"]:
        limit, people = _n(MAX_EMPLOYEES, lang), n["employees"]
        key = f"sum.plan_unvalued_{f['plan_unvalued']}"
        out.append(_sentence(key, lang, n=people, limit=limit))
    if f.get("leaver_ties"):  # who leaves an over-filled post, by the rule for ties
        ties = {"n": n["leaver_ties"], "who": f["leaver_ties_names"]}
        out.append(_sentence("sum.leaver_ties", lang, **ties))
    if f.get("formasi_cut_moves"):  # they rest on the scenario's formasi (review 121 M5)
        k = f["formasi_cut_over"]
        over = msg("sum.formasi_cut_over", k=n["formasi_cut_over"]) if k else ""
        cut = {"n": n["formasi_cut_moves"], "who": f["formasi_cut_names"], "over": over}
        out.append(_sentence("sum.formasi_cut_moves", lang, **cut))
    if f.get("formasi_raised_moves") or f.get("formasi_raised_hires"):  # review 125 M4
        k = f.get("formasi_raised_hires", 0)
        hires = msg("sum.formasi_raised_hires", k=n["formasi_raised_hires"]) if k else ""
        who = join("", [": ", f["formasi_raised_names"]]) if f["formasi_raised_moves"] else ""
        up = {"n": n["formasi_raised_moves"], "who": who, "hires": hires}
        out.append(_sentence("sum.formasi_raised_moves", lang, **up))
    if f.get("kms_moves"):  # a fit a selection would not pass (review 92 M2)
        low = {"n": n["kms_moves"], "at": _n(f["kms_threshold"], lang), "who": f["kms_moves_names"]}
        out.append(_sentence("sum.kms_moves", lang, **low))
    if f.get("unassessed_moves"):  # not assessed in the new post's standard (168 L3)
        blank = {"n": n["unassessed_moves"], "who": f["unassessed_names"]}
        if f["unassessed_none"]:
            out.append(_sentence("sum.unassessed_moves", lang, **blank, k=n["unassessed_none"]))
        else:
            out.append(_sentence("sum.unassessed_moves_part", lang, **blank))
    if f.get("rise_gaps"):  # a rise below the new post's standard (review 134 M2)
        gaps = {
            "n": n["rise_gaps"],
            "up": _n(f["promosi"] + f["kelas_naik"], lang),
            "who": f["rise_gaps_names"],
        }
        out.append(_sentence("sum.rise_gaps", lang, **gaps))
    for key in (
        "tpk",
        "pansel",
        "skp_check",
        "skp_unknown",
        "skp_priority",
        "jf_check",
        "jf_track",
        "jf_track_held",
        "jf_leave",
        "seat_check",
    ):
        if key == "skp_priority" and (f[key] or f["skp_priority_hires"]):
            hires = n["skp_priority_hires"]
            out.append(_sentence("sum.review_skp_priority", lang, n=n[key], hires=hires))
        elif key == "seat_check" and f[key]:
            first = f.get("seat_first", 0)
            into = _n(f[key] + first, lang)
            now = msg("sum.review_seat_first", n=_n(first, lang)) if first else ""
            out.append(_sentence("sum.review_seat_check", lang, n=into, wait=n[key], first=now))
        elif f[key]:
            out.append(_sentence(f"sum.review_{key}", lang, n=n[key]))
    if f.get("skp_weak_moves"):  # review 150 M1
        key = "sum.review_skp_mutasi" if f["skp_mutasi"] else "sum.review_skp_weak_moves"
        if f["skp_mutasi"] and not f["skp_mutasi_opds"]:  # as many into each (review 151 M5)
            key = "sum.review_skp_mutasi_even"
        weak = {"n": n["skp_weak_moves"], "moves": n["changes"], "across": n["skp_mutasi"]}
        many = {"opds": f["skp_mutasi_opds"], "k": n["skp_mutasi_opd_count"]}
        out.append(_sentence(key, lang, **weak, **many))
    if f.get("seat_far"):
        out.append(
            _sentence(
                "sum.seat_far", lang, n=n["seat_far"], end=f["retire_end"], who=f["seat_far_names"]
            )
        )
    if f.get("seat_age"):
        out.append(_sentence("sum.seat_age", lang, n=n["seat_age"], who=f["seat_age_names"]))
    if f.get("left_out_age"):
        out.append(
            _sentence("sum.left_out_age", lang, n=n["left_out_age"], who=f["left_out_age_names"])
        )
    if f["licence_missing"]:
        placed = f["licence_missing"] - f["licence_kept"]
        key = "sum.licence_missing_placed" if placed else "sum.licence_missing"
        listed = f.get("licence_listed") or 0
        if listed == f["licence_missing"]:
            key = "sum.licence_missing_all_listed"
        elif listed:  # not "they keep their own post" of those the PPK decides on
            key += "_listed"
        out.append(
            _sentence(
                key,
                lang,
                n=n["licence_missing"],
                which=f["licences"],
                kept=n["licence_kept"],
                placed=_n(placed, lang),
                listed=_n(listed, lang),
                rest=_n(f["licence_kept"] - listed, lang),
            )
        )
    if f["bup_later"] or f["bup_earlier"]:
        out.append(_sentence("sum.bup_shift", lang, later=n["bup_later"], earlier=n["bup_earlier"]))
    if f["bup_later_ops"] or f["bup_earlier_ops"]:
        out.append(
            _sentence(
                "sum.bup_by_operations",
                lang,
                later=n["bup_later_ops"],
                earlier=n["bup_earlier_ops"],
            )
        )
    if f["new_total"]:
        out.append(_sentence("sum.new", lang, placed=n["new_placed"], total=n["new_total"]))
    # their pay stays on the payroll, which the units' costs after leave out (review
    # 118 M1: the merged office read 88,853 cheaper, 64,845 of it their pay)
    paid = msg("sum.no_post_paid", cost=n["lost_pay"]) if f["lost_pay"] else ""
    out.append(
        _sentence("sum.no_post", lang, lost=n["lost_post"], unplaced=n["unplaced"], paid=paid)
    )
    if f["jpt_no_post"]:  # "Of them": right after those left without a post (review 54)
        jpt = {"n": n["jpt_no_post"], "who": f["jpt_names"], "seats": f["jpt_seats"]}
        out.append(_sentence("sum.jpt_no_post", lang, **jpt))
    # the rows of the decisions list, by kind: kept over formasi, other decisions before
    # the SK, licence holders outside their profession (review 72)
    for kind in ("kept_pending", "other_decisions", "outside_profession"):
        if f[kind]:
            out.append(_sentence(f"sum.{kind}", lang, n=n[kind], who=f[f"{kind}_names"]))
    if f.get("outside_profession_aged"):  # of them, those no rule lets back (review 155 L1)
        out.append(_sentence("sum.outside_profession_aged", lang, n=n["outside_profession_aged"]))
    if f.get("no_level_post"):  # and those no post of their profession fits (review 149 M8)
        licences = {"licences": f["no_level_licences"], "who": f["no_level_names"]}
        out.append(_sentence("sum.no_level_post", lang, n=n["no_level_post"], **licences))
    out.append(
        _sentence(
            "sum.vacant", lang, seats=n["vacant_seats"], total=n["seats"], posts=n["vacant_posts"]
        )
    )
    if f["seats_added"]:  # the formasi the scenario changes (review 161 M3)
        said = {"added": n["seats_added"], "raised": n["posts_raised"]}
        said.update(filled=n["added_filled"], empty=n["added_empty"])
        out.append(_sentence("sum.formasi_added", lang, **said))
    if f["seats_cut"]:
        out.append(_sentence("sum.formasi_taken", lang, cut=n["seats_cut"], lowered=n["posts_cut"]))
    if f["unlicensed_seats"]:
        out.append(
            _sentence(
                "sum.unlicensed_seats", lang, n=n["unlicensed_seats"], posts=n["unlicensed_posts"]
            )
        )
    # kept over formasi until BUP: missing the post's rules, or as their retirement meets
    # the excess of their post's holders (review 159 M2)
    for kept in ("supernumerary", "over_cut"):
        if f[kept]:
            told: dict[str, object] = {
                "n": n[kept],
                "rules": f[f"{kept}_rules"],
                "who": f[f"{kept}_names"],
            }
            if kept == "over_cut":  # of how many seats beyond (review 162 M3)
                part = msg("sum.over_cut_cut", k=n["over_cut_cut"]) if f["over_cut_cut"] else ""
                told.update(seats=n["over_cut_seats"], posts=n["over_cut_posts"], cut=part)
            out.append(_sentence(f"sum.{kept}", lang, **told))
    if f["cap_short"]:
        out.append(
            _sentence(
                "sum.cap_below_formasi",
                lang,
                n=n["cap_short"],
                seats=n["cap_short_seats"],
                who=f["cap_short_names"],
            )
        )
    if f["over_budget"]:
        key = "sum.over_budget_held" if f["over_budget_held"] else "sum.over_budget"
        out.append(_sentence(key, lang, n=n["over_budget"], who=f["over_budget_names"]))
        if f["over_budget_fixes"]:  # the plan's own equally good ways (review 122 M1)
            out.append(_sentence("sum.budget_fixes", lang, fixes=f["over_budget_fixes"]))
    if f["selection_tpk"] or f["selection_pansel"]:
        out.append(
            _sentence("sum.selection", lang, tpk=n["selection_tpk"], pansel=n["selection_pansel"])
        )
    out.append(
        _sentence(
            "sum.jpm",
            lang,
            before=_n(f["jpm_before"], lang, 1),
            after=_n(f["jpm_after"], lang, 1),
            mean=_n(f["jpm_mean"], lang, 1),
            assessed=n["jpm_assessed"],
            movers=_movers_jpm(result, lang),
        )
    )
    out.append(
        _sentence(
            "sum.training",
            lang,
            people=n["people_needing_training"],
            levels=n["training_gap_total"],
        )
    )
    unknown = int(result.kpis.get("jpm_not_assessed") or 0)
    if unknown:  # no need counted of those assessed in nothing (review 171 L3)
        out.append(_sentence("sum.training_unknown", lang, n=_n(unknown, lang)))
    if f["retiring"] is not None and f.get("retire_end"):
        key = "sum.retire_by_past" if f.get("retire_past") else "sum.retire_by"
        past = n.get("retire_past")
        out.append(_sentence(key, lang, n=n["retiring"], end=f["retire_end"], past=past))
    elif f["retiring"] is not None:
        out.append(_sentence("sum.retire", lang, n=n["retiring"]))
    if f["changes"] or f["lost_post"]:  # what no rule of the scenario checked
        out.append(_sentence(f"sum.timing_{f['time_in_post']}", lang))
    relaxed = getattr(result, "relaxations", [])
    if relaxed:
        out.append(_sentence("sum.relaxed", lang, n=_n(len(relaxed), lang)))
    for hook in extension.hooks("summary"):  # the extensions' own matters
        out.extend(f"<p>{esc(render(m, lang))}</p>" for m in hook(result))
    out.append("</section>")
    return "".join(out)


def signed(v, lang: str) -> str:
    """A whole number with its sign: +3, −2, 0."""
    if pd.isna(v):
        return "–"
    v = int(v)
    return ("+" if v > 0 else "−" if v < 0 else "") + fmt_num(abs(v), lang)


def opd_html(result, lang: str) -> str:
    """Per OPD: formasi, bezetting awal and hasil, lowong, selisih, in and out."""
    t = summary.opd_table(result)
    head = (
        f'<section class="opd" id="opd"><h2>{esc(label("opd_section", lang))}</h2>'
        f'<p class="note">{esc(label("opd_section_note", lang))}</p>'
    )
    if not len(t):
        return head + f'<p class="note">{esc(label("none_note", lang))}</p></section>'
    cols = [
        "headcount",
        "staff_before",
        "staff_after",
        "vacant",
        "difference",
        "moving_in",
        "moving_out",
        "without_post",
        "new_hires",
        "leaving",
    ]
    rows = [
        '<div class="wide"><table class="long opd-table"><thead><tr>'
        f"<th>{esc(label('opd', lang))}</th>"
        + "".join(f'<th class="num">{esc(_head(c, lang))}</th>' for c in cols)
        + "</tr></thead><tbody>"
    ]
    for r in t.itertuples(index=False):
        cells = []
        for c in cols:
            v = getattr(r, c)
            shown = signed(v, lang) if c == "difference" else fmt_num(v, lang)
            cls = "num neg" if c == "difference" and v < 0 else "num"
            cells.append(f'<td class="{cls}">{esc(shown)}</td>')
        rows.append(f"<tr><td>{esc(r.opd_name)}</td>{''.join(cells)}</tr>")
    tot = {c: int(t[c].sum()) for c in cols}
    rows.append(
        f"</tbody><tfoot><tr><th>{esc(label('total', lang))}</th>"
        + "".join(
            f'<th class="num">{esc(signed(tot[c], lang) if c == "difference" else fmt_num(tot[c], lang))}</th>'  # noqa: E501
            for c in cols
        )
        + "</tr></tfoot></table></div>"
    )
    return head + "".join(rows) + "</section>"


def _head(c: str, lang: str) -> str:
    return label("headcount_need", lang) if c == "headcount" else label(c, lang)


# -- lists -----------------------------------------------------------------------------


def _titles(result) -> dict[str, str]:
    pos = result.compiled.org.positions
    return {str(i): str(t) for i, t in zip(pos["id"], pos["title"], strict=True)}


def _who(name, eid) -> str:
    name = name if isinstance(name, str) and name else ""
    return f"{name} ({eid})" if name else str(eid)


def _where(title, unit) -> str:
    title = title if isinstance(title, str) else ""
    unit = unit if isinstance(unit, str) else ""
    return f"{title} — {unit}" if title and unit else title or unit


def _list(
    df: pd.DataFrame, cols: list[str], heads: list[str], lang: str, file: str, cls: str
) -> str:
    shown = table_html(df, cols, lang, file, limit=LIST_ROWS, headers=heads)
    return shown.replace("<table>", f'<table class="long {cls}">', 1)


def changes_frame(result, lang: str) -> pd.DataFrame:
    """Everyone whose post changes, people left without a post first, then mutasi, then
    rotasi; each with where from, where to, kind of move, grade change and reason."""
    mv = summary.classified_moves(result)
    if not len(mv) or "move_kind" not in mv:
        return pd.DataFrame()
    rank = mv["move_kind"].map({"lost_post": 0, "mutasi": 1, "rotasi": 2}).to_numpy()
    order = np.lexsort(
        (mv["employee_id"].astype(str).to_numpy(), mv["from_unit"].astype(str).to_numpy(), rank)
    )
    mv = mv.iloc[order].reset_index(drop=True)
    names = mv["name"] if "name" in mv else mv["employee_id"]
    kind = [value_label(k, lang) for k in mv["move_kind"]]
    grade = [value_label(g, lang) if g else "" for g in mv["grade_change"]]
    out = pd.DataFrame(
        {
            "employee": [_who(n, e) for n, e in zip(names, mv["employee_id"], strict=True)],
            "from": [
                _where(t, u) for t, u in zip(mv["from_title"], mv["from_unit_name"], strict=True)
            ],
            "to": [
                _where(t, u) or value_label("(unplaced)", lang)
                for t, u in zip(mv["to_title"], mv["to_unit_name"], strict=True)
            ],
        }
    )
    if mv["from_grade"].notna().any() or mv["to_grade"].notna().any():
        out["grade"] = [
            f"{fmt_num(a, lang)} → {fmt_num(b, lang)}"
            for a, b in zip(mv["from_grade"], mv["to_grade"], strict=True)
        ]
    out["jpm"] = [
        f"{fmt_num(a, lang, 1)} → {fmt_num(b, lang, 1)}"
        for a, b in zip(mv["jpm_before"], mv["jpm_after"], strict=True)
    ]
    checks = [[label(f"{r}_short", lang) if r else "" for r in mv[c]] for c in summary.CHECKS]
    out["move_kind"] = [
        "; ".join([x for x in parts if x] + notes)
        for *parts, notes in zip(kind, grade, *checks, move_notes(mv, lang), strict=True)
    ]
    out["reason"] = [value_label(r, lang) if isinstance(r, str) else "" for r in mv["reason"]]
    return out


def _decisions_html(result, lang: str, titles: dict) -> str:
    """The decisions list (serving officials without a seat within the rules: kept over
    formasi pending a decision, or without a post), "" when there is none."""
    dec = getattr(result, "tables", {}).get("decisions")
    if dec is None or not len(dec):
        return ""
    names = dec["name"] if "name" in dec else dec["employee_id"]
    d = pd.DataFrame(
        {
            "employee": [_who(n, e) for n, e in zip(names, dec["employee_id"], strict=True)],
            "rank": dec["rank"].astype(object).fillna("").astype(str) if "rank" in dec else "",
            # the BUP beside the rank: a seat kept over formasi till then (review 150 L3)
            "retirement_date": (
                dec["retirement_date"].astype(object).fillna("").astype(str)
                if "retirement_date" in dec
                else ""
            ),
            "current_position": [titles.get(c, c) for c in dec["current_position"]],
            "decision": [value_label(v, lang) for v in dec["decision"]],
            "reason": [
                value_label(join("; ", [r, x]) if x else r, lang)
                for r, x in zip(dec["reason"], dec["note"], strict=True)
            ],
        }
    )
    if "licence_check" in dec and (dec["licence_check"].fillna("") != "").any():
        d["licence_check"] = dec["licence_check"].fillna("").to_numpy()
    if "offer_position" in dec and (dec["offer_position"].fillna("") != "").any():
        d["offer"] = [
            f"{q} {t}" if q else ""
            for q, t in zip(
                dec["offer_position"].fillna(""), dec["offer_title"].fillna(""), strict=True
            )
        ]
    return f"<h3>{esc(label('decisions_table', lang))}</h3>" + _list(
        d, list(d.columns), [label(c, lang) for c in d.columns], lang, "decisions.csv", "decisions"
    )


#: the extensions' tables :func:`lists_html` shows among its lists
LISTED_TABLES = frozenset({"retirements"})


def lists_html(result, lang: str) -> str:
    """People left without a post, changes with reasons, new hires, retirements, 9-box."""
    out = [f'<section class="lists" id="lists"><h2>{esc(label("lists", lang))}</h2>']
    titles = _titles(result)
    # people left without a post
    up = result.unplaced
    out.append(f"<h3>{esc(label('no_post_table', lang))}</h3>")
    if len(up):
        names = up["name"] if "name" in up else up["employee_id"]
        cur = up["current_position"].astype(object).fillna("").astype(str)
        d = pd.DataFrame(
            {
                "employee": [_who(n, e) for n, e in zip(names, up["employee_id"], strict=True)],
                "current_position": [
                    titles.get(c, c) if c else value_label("new", lang) for c in cur
                ],
                "reason": [
                    value_label(r, lang) if isinstance(r, str) else ""
                    for r in up.get("reason", pd.Series([""] * len(up)))
                ],
            }
        )
        out.append(
            _list(
                d,
                list(d.columns),
                [label(c, lang) for c in d.columns],
                lang,
                "unplaced.csv",
                "no-post",
            )
        )
    else:
        out.append(f'<p class="note">{esc(label("none_note", lang))}</p>')
    out.append(_decisions_html(result, lang, titles))
    # changes
    out.append(f"<h3>{esc(label('changes_table', lang))}</h3>")
    ch = changes_frame(result, lang)
    if len(ch):
        out.append(
            _list(
                ch,
                list(ch.columns),
                [label(c, lang) for c in ch.columns],
                lang,
                "moves.csv",
                "changes",
            )
        )
    else:
        out.append(f'<p class="note">{esc(label("none_note", lang))}</p>')
    # new hires
    pl = result.placements
    new = pl[pl["status"] == "new"] if "status" in pl else pl.iloc[:0]
    out.append(f"<h3>{esc(label('new_hires_table', lang))}</h3>")
    if len(new):
        names = new["name"] if "name" in new else new["employee_id"]
        d = pd.DataFrame(
            {
                "employee": [_who(n, e) for n, e in zip(names, new["employee_id"], strict=True)],
                "position": [
                    _where(t, u) for t, u in zip(new["title"], new["unit_name"], strict=True)
                ],
                "jpm": new["jpm"].to_numpy(dtype=float),
            }
        )
        if "skp_note" in new and (new["skp_check"].astype(str) != "").any():
            # a new hire rated below Baik in a priority post: who else could take it
            d["skp_note"] = new["skp_note"].to_numpy(dtype=object)
        if "seat_note" in new and (new["seat_note"].map(str) != "").any():
            # into a post held over its formasi (review 113 M2)
            d["seat_note"] = new["seat_note"].to_numpy(dtype=object)
        out.append(
            _list(
                d,
                list(d.columns),
                [label(c, lang) for c in d.columns],
                lang,
                "placements.csv",
                "new-hires",
            )
        )
    else:
        out.append(f'<p class="note">{esc(label("none_note", lang))}</p>')
    # in a licensed post without its licence: by name, not only a count (review 36: an
    # S.IP. confirmed as Dokter Ahli Madya cannot be defended to the Bupati)
    if "licence_check" in pl:
        lic = pl[pl["licence_check"].astype(object).fillna("").astype(str) != ""]
        if len(lic):
            lic = lic.sort_values(["licence_check", "unit", "employee_id"], kind="stable")
            names = lic["name"] if "name" in lic else lic["employee_id"]
            d = pd.DataFrame(
                {
                    "employee": [
                        _who(n, e) for n, e in zip(names, lic["employee_id"], strict=True)
                    ],
                    "position": [
                        _where(t, u) for t, u in zip(lic["title"], lic["unit_name"], strict=True)
                    ],
                    "education": [
                        " ".join(str(x) for x in (ed, fi) if isinstance(x, str) and x)
                        for ed, fi in zip(
                            lic.get("education", [""] * len(lic)),
                            lic.get("field", [""] * len(lic)),
                            strict=True,
                        )
                    ],
                    "licence_check": lic["licence_check"].to_numpy(),
                    "status": [value_label(x, lang) for x in lic["status"]],
                }
            )
            out.append(f"<h3>{esc(label('licence_missing', lang))}</h3>")
            out.append(
                _list(
                    d,
                    list(d.columns),
                    [label(c, lang) for c in d.columns],
                    lang,
                    "placements.csv",
                    "licence-missing",
                )
            )
    # retirements
    ret = getattr(result, "tables", {}).get("retirements")
    if ret is not None and len(ret.columns):
        out.append(f"<h3>{esc(label('retirements_table', lang))}</h3>")
        if len(ret):
            names = ret["name"] if "name" in ret else ret["employee_id"]
            cur = ret["current_position"].astype(object).fillna("").astype(str)
            d = pd.DataFrame(
                {
                    "employee": [
                        _who(n, e) for n, e in zip(names, ret["employee_id"], strict=True)
                    ],
                    "current_position": [titles.get(c, c) for c in cur],
                    "retirement_date": [_date(v, lang) for v in ret["retirement_date"]],
                    "action": [
                        value_label(a, lang) if isinstance(a, str) else ""
                        for a in ret.get("action", pd.Series([""] * len(ret)))
                    ],
                }
            )
            out.append(
                _list(
                    d,
                    list(d.columns),
                    [label(c, lang) for c in d.columns],
                    lang,
                    "retirements.csv",
                    "retirements",
                )
            )
        else:
            out.append(f'<p class="note">{esc(label("none_note", lang))}</p>')
    out.append(talent_grid_html(result, lang))
    out.append("</section>")
    return "".join(out)


def _date(v, lang: str) -> str:
    try:
        d = pd.Timestamp(v)
    except (TypeError, ValueError):
        return str(v)
    return "–" if pd.isna(d) else date_text(d.date(), lang)


#: (potential row label, boxes below/meets/above), top row first.
TALENT_ROWS = (("pot_high", (6, 8, 9)), ("pot_middle", (3, 5, 7)), ("pot_low", (1, 2, 4)))


def talent_grid_html(result, lang: str) -> str:
    """The 9-box as a 3 × 3 table of counts (box number and people), with its legend."""
    pl = result.placements
    if "talent_box" not in pl:
        return ""
    counts = pl["talent_box"].dropna().astype(int).value_counts()
    out = [
        f"<h3>{esc(label('talent_grid', lang))}</h3>",
        '<table class="ninebox"><thead><tr>'
        f"<th>{esc(label('potential', lang))}</th>"
        + "".join(
            f'<th class="num">{esc(label(k, lang))}</th>'
            for k in ("perf_below", "perf_meets", "perf_above")
        )
        + "</tr></thead><tbody>",
    ]
    for row, boxes in TALENT_ROWS:
        cells = "".join(
            f'<td class="num box{b}{" pool" if b >= 7 else ""}"><span class="boxno">{b}</span> '
            f"{esc(fmt_num(int(counts.get(b, 0)), lang))}</td>"
            for b in boxes
        )
        out.append(f"<tr><th>{esc(label(row, lang))}</th>{cells}</tr>")
    out.append("</tbody></table>")
    out.append(f'<p class="note">{esc(label("talent_legend", lang))}</p>')
    return "".join(out)


# -- no placement ----------------------------------------------------------------------


def infeasible_html(result, lang: str) -> str:
    """Why the rules cannot all hold (the same lines the CLI prints), and how to relax."""
    out = [f'<section class="why" id="why"><h2>{esc(label("why_infeasible", lang))}</h2>']
    if result.outcome.message:
        out.append(f"<p>{esc(value_label(result.outcome.message, lang))}</p>")
    conflicts = getattr(result, "conflicts", [])
    if conflicts:
        head = msg("cli.conflicts").render(lang).strip()
        out.append(f'<p>{esc(head[:1].upper() + head[1:])}</p><ul class="log">')
        out += [f"<li>{esc(value_label(c.message, lang))}</li>" for c in conflicts]
        out.append("</ul>")
    elif result.status.value == "infeasible":
        out.append(_sentence("sum.no_single_rule", lang))
    if result.status.value == "infeasible":
        out.append(f'<p class="hint">{esc(msg("sum.relax_hint").render(lang))}</p>')
    out.append("</section>")
    return "".join(out)


def sources_html(files: list[tuple[str, str]], lang: str) -> str:
    """The input files, each with its SHA-256 checksum."""
    out = [f'<section class="sources" id="sources"><h3>{esc(label("sources", lang))}</h3>']
    if not files:
        out.append(f'<p class="note">{esc(label("none_note", lang))}</p>')
    else:
        out.append(
            f'<table class="sources"><thead><tr><th>{esc(label("file", lang))}</th>'
            f"<th>{esc(label('sha256', lang))}</th></tr></thead><tbody>"
        )
        out += [f"<tr><td>{esc(n)}</td><td><code>{esc(h)}</code></td></tr>" for n, h in files]
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


CSS = """
.stamp{color:#5b6776;font-size:12.5px;margin:2px 0}
section.plain p{font-size:15px;margin:6px 0;max-width:60em}
td.neg,span.neg{color:#8f2f25}
div.wide{overflow-x:auto}
tfoot th{border-top:2px solid #c5ced8;background:#f2f5f8}
table.ninebox{width:auto}
table.ninebox td{min-width:9em}
table.ninebox td.pool{background:#e4f0e7}
.boxno{display:inline-block;min-width:1.6em;color:#5b6776;font-size:11px}
p.hint{border-left:4px solid #2f5d8a;padding:6px 10px;background:#f2f5f8}
table.sources code{font-size:11px;word-break:break-all}
section.technical{margin-top:36px;border-top:3px double #d9e0e8}
td.best{font-weight:700;background:#e4f0e7}
@page{size:A4;margin:12mm}
@media print{div.first-page{break-after:page;page-break-after:always}
section.opd,section.lists,section.technical{break-before:page;page-break-before:always}
thead{display:table-header-group}tfoot{display:table-footer-group}
tr{break-inside:avoid;page-break-inside:avoid}
section.plain p{font-size:12px}.cards{grid-template-columns:repeat(4,1fr)}
a{color:inherit;text-decoration:none}}
"""
