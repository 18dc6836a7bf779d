"""The decisions list: serving officials the plan could not place within the rules.

An SK cannot leave an active PNS without a jabatan, and the plan has no seat for
them: their post is over-filled, held by those who meet its rules, or closed, and
no other post the rules open to them has one. The PPK decides: a post of a lower
kelas (with their consent: ``max_grade_drop`` rules it out of the plan), training
toward their post's requirements, a transfer to another instansi, or the next seat
of their post to fall vacant.

One row per such official (``decisions`` table; ``decisions.csv``):

- ``kept_over_formasi``: kept in their own post over its formasi pending that
  decision (``eligibility.keep_displaced_holders``; :func:`placement.api.solve`);
  the reason is why the placement before they were kept had no seat for them;
- ``kept_without_licence``: kept in their own post pending that decision, in a seat of
  its formasi no holder of its licence took (``eligibility.licence_to_hold``: a holder
  of a health post who lacks its STR and misses its rules takes no seat of it while one
  who holds the licence could; review 51: 28 such holders read as a plain stay);
- ``without_post``: still without a post, the reason as in the unplaced table, and
  ``note`` why they could not be kept (their post closed, a structural post, their
  unit's cap, budgets, the option off);
- rows an extension adds (its ``decisions`` part, :func:`extension_rows`): placed
  within the rules, but their SK asks a decision first (``converted_on_condition``:
  a holder of a post penyetaraan converts who is below its education or golongan).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from placement.i18n import Message, join, msg, person
from placement.i18n import first_of as some_of
from placement.model import extension, levels
from placement.model.compile import formasi_left, left_over_formasi
from placement.model.counterparts import counterparts
from placement.model.dates import years_between
from placement.model.eligibility import PENDING_RULE, unlicensed
from placement.model.levels import selection_boards
from placement.model.reasons import (
    LowerSeats,
    _pos_labels,
    allot_lower_seats,
    back_within,
    beyond_offer,
    fields_listed,
    kelas_distance,
    nearest_and_lower,
    reasons,
    turns_by_reason,
    within_offer,
)
from placement.model.requirements import failures_unless

#: the decisions list's own kinds of row (an extension's ``decisions`` part adds others)
KINDS = ("kept_over_formasi", "kept_without_licence", "without_post", "kept_by_rule_unlicensed")

COLUMNS = (
    "employee_id",
    "name",
    "rank",
    "performance",
    "current_unit",
    "current_position",
    "current_title",
    "decision",
    "reason",
    "reason_code",
    "note",
    "offer_position",
    "offer_title",
)
#: and ``licence_check`` where the placements have it (the licence a kept holder's
#: post asks for and the roster does not show). ``offer_position``/``offer_title``: the
#: post of a lower kelas that the reason names for them, an empty seat named for no
#: other row (:class:`~placement.model.reasons.LowerSeats`), to offer with their
#: consent ("" where none)


def kept_pending(result) -> np.ndarray:
    """bool per employee: kept in their post over its formasi pending a decision
    (``eligibility.keep_displaced_holders``) in this result: of those over formasi
    (:func:`~placement.model.compile.left_over_formasi`), the ones the compile kept
    pending (``context.pending``)."""
    comp = result.compiled
    if comp is None:
        return np.zeros(result.problem.n_employees, dtype=bool)
    return _over_pending(comp, result.assignment)


def kept_without_licence(result) -> np.ndarray:
    """bool per employee: kept pending a decision in their post, in a free seat of it,
    though no seat of it is theirs for want of its licence (``yields_unlicensed``)."""
    return _seat_pending(result.compiled, result.assignment)


def kept_listed(comp, a: np.ndarray | None) -> np.ndarray:
    """bool per employee: the holders placement ``a`` of ``comp`` keeps pending a
    decision, each a row of the decisions list (:func:`kept_pending` and
    :func:`kept_without_licence`)."""
    over, seat = kept_apart(comp, a)
    return over | seat


def kept_apart(comp, a: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """:func:`kept_listed` in its two kinds: kept over their post's formasi
    (``kept_over_formasi``), kept in a free seat of it without its licence
    (``kept_without_licence``)."""
    return _over_pending(comp, a), _seat_pending(comp, a)


def _over_pending(comp, a: np.ndarray | None) -> np.ndarray:
    """:func:`kept_pending` of placement ``a`` of ``comp``."""
    pending = comp.context.pending
    if pending is None or a is None:
        return np.zeros(comp.context.n_employees, dtype=bool)
    return left_over_formasi(comp, np.asarray(a)) & pending


def _seat_pending(comp, a: np.ndarray | None) -> np.ndarray:
    """:func:`kept_without_licence` of placement ``a`` of ``comp``."""
    ctx = comp.context
    if ctx.pending is None or ctx.yields_unlicensed is None or a is None:
        return np.zeros(ctx.n_employees, dtype=bool)
    a = np.asarray(a)
    cur = ctx.emp("current_pos").astype(np.int64)
    return ctx.pending & (ctx.yields_unlicensed != "") & (a == cur) & ~_over_pending(comp, a)


def keeping_rule(result) -> np.ndarray:
    """Per employee, what keeps them in their own post whatever the plan: the source of
    a pin to it (``keep_incumbents`` or ``pins``, as the plan logs it) or the name of
    the extension rule that holds them (``kept_by_rule``; not one kept pending a
    decision), '' for none."""
    return _keeping_rule(result.compiled)


def _keeping_rule(comp) -> np.ndarray:
    ctx = comp.context
    n = ctx.n_employees
    out = np.full(n, "", dtype=object)
    rule = ctx.kept_by_rule
    if rule is not None:
        rule = np.asarray(rule, dtype=object)
        out[(rule != "") & (rule != PENDING_RULE)] = rule[(rule != "") & (rule != PENDING_RULE)]
    cur = ctx.emp("current_pos").astype(np.int64)
    pinned = np.asarray(comp.problem.pinned, dtype=np.int64)  # the result's problem
    own = np.flatnonzero((pinned == cur) & (cur >= 0))
    if len(own):
        sources = comp.plan.pin_sources
        out[own] = [PIN + sources.get(e, "") for e in ctx.emp_ids[own].tolist()]
    return out


#: the prefix of a pin's source in :func:`keeping_rule` (then where the plan logged
#: it), which tells it from an extension rule's name
PIN = "pin:"


def kept_by_rule_unlicensed(result, keeper: np.ndarray | None = None) -> np.ndarray:
    """bool per employee: kept in their own post by a rule (``no_move_within_years_of_
    retirement``: until BUP) or a pin of the scenario (``keep_incumbents``:
    :func:`keeping_rule`), though they miss its rules and lack the licence its
    profession asks for (``licence_to_hold``): they cannot practise it, and no rule of
    the plan takes the post from them (review 86 M4: Ahmad Anfan Letasari, S1
    Pendidikan, no STR, held Perawat Ahli Muda until 2027-12-01 off the list; review
    100 H4: ``baseline`` pins every incumbent, and 42 such holders of health posts
    were on no list there, while every other scenario lists them). ``keeper``: the
    :func:`keeping_rule` of ``result``, where the caller has it."""
    return ruled_unlicensed(result.compiled, result.assignment, keeper)


def ruled_unlicensed(comp, a: np.ndarray | None, keeper: np.ndarray | None = None) -> np.ndarray:
    """:func:`kept_by_rule_unlicensed` of placement ``a`` of ``comp``."""
    ctx = comp.context
    n = ctx.n_employees
    meets = ctx.meets_own_post
    if meets is None or a is None:
        return np.zeros(n, dtype=bool)
    lacking = unlicensed(ctx, comp.config.eligibility)
    if lacking is None:
        return np.zeros(n, dtype=bool)
    a = np.asarray(a)
    cur = ctx.emp("current_pos").astype(np.int64)
    ruled = (_keeping_rule(comp) if keeper is None else keeper) != ""
    return ruled & (a == cur) & (cur >= 0) & ~meets & (np.asarray(lacking, dtype=object) != "")


def person_columns(pl: pd.DataFrame, ctx, i: int, c: int) -> dict:
    """The decisions list's columns of official ``i`` (a row of the placements ``pl``)
    in post ``c``, as an extension's ``decisions`` part gives them: employee_id, name,
    rank, performance, current_unit, current_position, current_title."""
    return {
        "employee_id": ctx.emp_ids[i],
        **{k: pl[k].iloc[i] if k in pl else "" for k in PERSON},
        "current_position": ctx.pos_ids[c],
        "current_title": ctx.org.positions["title"].iloc[c],
    }


#: the placements' columns a decisions row repeats
PERSON = ("name", "rank", "performance", "current_unit")


def decisions_table(result, pl: pd.DataFrame, why: pd.DataFrame, lower: LowerSeats) -> pd.DataFrame:
    """The decisions list of ``result`` (a scenario's, with a placement): ``pl`` its
    placements table, ``why`` its reasons (:func:`~placement.model.reasons.reasons`),
    ``lower`` the lower-kelas seats they named (the kept holders' reasons name others)."""
    comp = result.compiled
    ctx = comp.context
    a = np.asarray(result.assignment)
    cur = ctx.emp("current_pos").astype(np.int64)
    serving = (cur >= 0) & ~comp.org.excluded
    kept = kept_pending(result)
    seated = kept_without_licence(result)
    left = serving & (a < 0)
    keeper = keeping_rule(result)
    ruled = kept_by_rule_unlicensed(result, keeper) & ~kept & ~seated & serving
    # those a pin keeps so are offered a seat of a lower kelas as those kept for now
    # without the licence are (review 102 M3: baseline's notes read "no post of a lower
    # kelas … meets their other requirements", where replace offered one to 24 of them)
    pinned = np.flatnonzero(ruled)
    pinned = pinned[[str(keeper[i]).startswith(PIN) for i in pinned.tolist()]]
    if len(pinned):
        empty = lower.capacity > lower.fill
        allot_lower_seats(
            comp, lower, pinned, lambda i: nearest_and_lower(comp, i, -1, empty, False)
        )
    rows = np.flatnonzero(kept | seated | left | ruled)
    if not len(rows):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    # each row's reason from the placement that left them without a post: a kept
    # holder's from the first before they were kept where they had none
    source: dict[int, pd.DataFrame] = {int(i): why for i in np.flatnonzero(left)}
    todo = kept | seated
    best: dict[int, int] = {}  # a kept holder's best eligible post elsewhere, if any
    full = formasi_left(comp, a) <= 0  # posts with no seat empty in this plan
    for before in getattr(result, "before_kept", []):
        first = np.flatnonzero(todo & (np.asarray(before.assignment) < 0))
        if len(first):
            why_then = reasons(before, first, lower, final=False)
            source.update(dict.fromkeys(first.tolist(), why_then))
            best.update(_best_elsewhere(before, first[kept[first]], full))
            todo[first] = False
    # one a rule keeps in their post has no reason of the placement: said here
    if ruled.any():
        pos_label = _pos_labels(comp.org)
        lacks = unlicensed(ctx, comp.config.eligibility)
        for i in np.flatnonzero(ruled).tolist():
            pin = str(keeper[i]).startswith(PIN)
            said = msg(
                "decision.pinned_unlicensed" if pin else "decision.ruled_unlicensed",
                position=pos_label[int(cur[i])],
                licence=str(lacks[i]) if lacks is not None else "",
                rule=str(keeper[i]).removeprefix(PIN),
            )
            frame = pd.DataFrame({"reason": [said], "code": ["kept_by_rule"]}, index=[i])
            source[int(i)] = frame
    source_of = [(source[i], i) for i in rows.tolist()]
    titles = comp.org.positions["title"].to_numpy(dtype=object)
    out = pd.DataFrame(
        {
            c: pl[c].to_numpy()[rows] if c in pl else ""
            for c in ("employee_id", "name", "rank", "performance", "current_unit")
        }
    )
    out["current_position"] = pl["current_position"].to_numpy()[rows]
    out["current_title"] = titles[cur[rows]]
    out["decision"] = np.where(
        kept[rows],
        KINDS[0],
        np.where(seated[rows], KINDS[1], np.where(ruled[rows], KINDS[3], KINDS[2])),
    )
    out["reason"] = pd.Series([t.at[i, "reason"] for t, i in source_of], dtype=object)
    out["reason_code"] = np.array([t.at[i, "code"] for t, i in source_of], dtype=object)
    licence = pl["licence_check"].to_numpy()[rows] if "licence_check" in pl else None
    # each one's BUP in the post placed (the retirement extension's column), for the
    # date a seat of a kept holder's post opens
    opens = None
    bup = np.full(len(pl), "", dtype=object)
    if "retirement_date" in pl:
        bup = pl["retirement_date"].fillna("").astype(str).to_numpy()
        opens = _next_opening(result, pl, bup)
    waited = _licensed_waiting(result, pl, rows[seated[rows]])
    waited.update(_sks_waiting(result, pl, rows[kept[rows]], why))
    notes = _notes(
        result,
        rows,
        kept[rows],
        licence,
        lower,
        seated[rows],
        opens,
        ruled[rows],
        waited,
        bup,
        keeper,
        best,
    )
    out["note"] = pd.Series(notes, dtype=object)
    offer = np.array([lower.seat.get(i, -1) for i in rows.tolist()], dtype=np.int64)
    named = offer >= 0
    out["offer_position"] = np.where(named, ctx.pos_ids[np.maximum(offer, 0)], "")
    out["offer_title"] = np.where(named, titles[np.maximum(offer, 0)], "")
    if licence is not None:  # kept in a licensed post without its licence (review 41)
        out["licence_check"] = licence
    return out


def _best_elsewhere(before, who: np.ndarray, full: np.ndarray) -> dict[int, int]:
    """For each of ``who`` (holders ``before``, a placement before they were kept,
    left without a post): the post other than their own that the problem let them take
    and that scores best for them (their reason's "the best" of the eligible posts),
    where it has no seat empty in the final plan (``full``, per post; one with a seat
    empty that a unit's cap kept from them opens no seat by an exit), if any. Review
    108 M4: Fahar Rojawan, kept over P0229's formasi, was offered its next seat, not
    one of P0268, whose field is his."""
    p = before.problem
    out: dict[int, int] = {}
    for i in who.tolist():  # the kept holders, a few dozen
        edges = np.arange(int(p.indptr[i]), int(p.indptr[i + 1]))
        edges = edges[p.edge_pos[edges] != p.current_pos[i]]
        if len(edges):
            q = int(p.edge_pos[edges[np.argmin(p.edge_cost[edges])]])
            if full[q]:
                out[i] = q
    return out


def _licensed_waiting(result, pl: pd.DataFrame, seated: np.ndarray) -> dict[int, Message]:
    """For holders ``seated`` in a seat of their post without its licence: where the
    plan brings holders of the licence into the post while it holds people over its
    formasi (so that as many of their seats wait for an exit), the note that says so,
    naming them: the seat is not one no licence holder took (review 88 H3: Kurita
    Wilolim and Ekanah Sitalim kept P0088's seats "no holder of its licence took",
    while five holders of the STR came in and one of them waited)."""
    if not len(seated) or "licence_check" not in pl:
        return {}
    a, cur, came, held_over = _coming_in(result, pl)
    lacks = pl["licence_check"].fillna("").to_numpy(dtype=object) != ""
    came = came[~lacks[came]]
    out: dict[int, Message] = {}
    for i in seated.tolist():
        c = int(cur[i])
        into = came[a[came] == c]
        if not len(into) or not held_over[c]:
            continue
        out[i] = msg(
            "decision.kept_seat_unlicensed_waited",
            n=len(into),
            who=_some_named(pl, into),
            k=min(len(into), int(held_over[c])),
        )
    return out


def _sks_waiting(result, pl: pd.DataFrame, kept: np.ndarray, why: pd.DataFrame) -> dict:
    """For holders ``kept`` over their post's formasi pending the PPK's decision: where
    the plan moves officials into the post whose SKs wait for a seat while it holds
    people over its formasi (their turn :func:`~placement.model.turns.seat_turns`, as
    the moves' ``seat_check`` reads it), the note that names them and the day the seat
    is sure to be free without the PPK's decision. Review 149 M7: Zuri Samat
    Mardipung's SK into P0097 waited for a seat until 2028-10-01, while the row of
    Ahmad Yawan Janapung, kept over P0097's formasi, whose transfer would free one at
    once, named him nowhere."""
    if not len(kept):
        return {}
    a, cur, came, held_over = _coming_in(result, pl)
    ctx = result.compiled.context
    codes = why["code"].reindex(came).fillna("").to_numpy(dtype=object)
    turn = turns_by_reason(result.compiled, a, came, codes)  # as the moves' seat_check
    wait = came[np.isin(turn[came], ("all", "after"))]
    out: dict[int, Message] = {}
    for i in kept.tolist():
        c = int(cur[i])
        into = wait[a[wait] == c]
        if not len(into):
            continue
        # the exits the first of them waits for: one where as many wait as the post
        # holds over, else all but as many as wait (review 151 H2: P0089 held three over
        # in quota, and each of the two pending holders' rows said their decision freed
        # a seat at once for Henlia Jayani's SK, which waited for all three)
        held = int(held_over[c])
        need = held - len(into) + 1
        date = back_within(ctx, a, cur, c, held)[0]  # back within it: the moves' seat_by
        key = "decision.kept_sks_waiting" + ("" if need == 1 else "_more")
        out[i] = msg(
            key + ("" if date else "_undated"),
            n=len(into),
            who=_some_named(pl, into),
            date=date,
            need=need,
            held=held,
        )
    return out


def _coming_in(result, pl: pd.DataFrame) -> tuple[np.ndarray, ...]:
    """The assignment, each one's current post, the officials the plan brings into a
    post from another, ordered by post then id, and per post how many it holds over its
    formasi. Not the new hires: a CPNS takes a free seat of its formasi, and only the
    officials' seats wait for an exit (review 91 H2; review 144 M2: Seri Harmasid's note
    said two seats of P0093 waited, the two new hires', whose own notes said they take
    seats within its formasi)."""
    comp = result.compiled
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = comp.context.emp("current_pos").astype(np.int64)
    ids = pl["employee_id"].to_numpy(dtype=object).astype(str)
    came = np.flatnonzero((a >= 0) & (a != cur) & (cur >= 0))
    came = came[np.lexsort((ids[came], a[came]))]
    m = comp.problem.n_positions
    held_over = np.bincount(cur[left_over_formasi(comp, a) & (cur >= 0)], minlength=m)
    return a, cur, came, held_over


def _some_named(pl: pd.DataFrame, who: np.ndarray):
    """The first three of ``who`` (rows of ``pl``) as "Name (NIP)", and how many more."""
    ids = pl["employee_id"].to_numpy(dtype=object)
    names = pl["name"].to_numpy(dtype=object) if "name" in pl else None
    shown = [person(None if names is None else names[j], ids[j]) for j in who[:3]]
    return some_of(shown + who[3:].tolist(), 3)


def _notes(
    result,
    rows: np.ndarray,
    kept: np.ndarray,
    licence: np.ndarray | None,
    lower: LowerSeats,
    seated: np.ndarray,
    opens: Callable[..., Message] | None = None,
    ruled: np.ndarray | None = None,
    waited: dict[int, Message] | None = None,
    bup: np.ndarray | None = None,
    keeper: np.ndarray | None = None,
    best: dict[int, int] | None = None,
) -> list:
    """Per row, what the PPK may do before the SK: for one kept over formasi, that
    (and, where the roster shows no licence for their licensed post, to check it
    first), then the ways out (a seat of ``best``, their best eligible post elsewhere,
    once one opens, beside their own post's); for one still without a post, why they
    were not kept, then the ways. Only the ways the scenario's rules leave open
    (:func:`_ways`)."""
    comp = result.compiled
    ctx = comp.context
    cfg = comp.config
    cur = ctx.emp("current_pos").astype(np.int64)
    hc = ctx.pos("headcount")
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    from placement.keeping import keepable_posts  # the keeping reads the model

    keepable = keepable_posts(comp, np.asarray(result.assignment, dtype=np.int64))
    p = result.problem
    unit = np.asarray(p.position_unit)
    out: list = []
    lic = [""] * len(rows) if licence is None else [str(x or "") for x in licence]
    # the seats the vacancies call empty (review 66: "11 of its seats left empty"
    # counted the 6 kept for now without the licence, in seats the problem adds for them)
    empty = formasi_left(comp, result.assignment)
    by_rule = np.zeros(len(rows), dtype=bool) if ruled is None else ruled
    for i, k, sat, need, held in zip(
        rows.tolist(), kept.tolist(), seated.tolist(), lic, by_rule.tolist(), strict=True
    ):
        c = int(cur[i])
        if held and keeper is not None and str(keeper[i]).startswith(PIN):
            # pinned there by the scenario (``baseline``: today's placement measured):
            # the pin keeps them, the PPK still decides what they do (review 100 H4)
            first = [_unlicensed_unqualified(ctx, i, c, need)] if need else []
            head = msg("decision.kept_pinned_unlicensed", source=str(keeper[i]).removeprefix(PIN))
            own = _licence_would_open(comp, i, empty)
            out.append(join("; ", [head, *first, *own, *_ways(comp, i, False, lower)]))
            continue
        if held:  # kept by a rule, without the licence: duties that need none till then
            first = [_unlicensed_unqualified(ctx, i, c, need)] if need else []
            # until when, at the latest: their BUP (review 92 L4: "until it lets go of
            # them" of Ahmad Anfan Letasari, whose BUP is 2027-12-01)
            until = "" if bup is None else str(bup[i] or "")
            said = (
                msg("decision.kept_by_rule_unlicensed_bup", date=until)
                if until
                else msg("decision.kept_by_rule_unlicensed")
            )
            out.append(join("; ", [said, *first]))
            continue
        # a post of their own profession that only its licence keeps from them
        own = _licence_would_open(comp, i, empty)
        if sat:  # in a free seat that is for one who holds the licence (review 51)
            first = [_unlicensed_unqualified(ctx, i, c, need)] if need else []
            ways = _ways(comp, i, False, lower)
            # unless holders of the licence come in and wait for a seat (review 88 H3)
            head = (waited or {}).get(i) or msg("decision.kept_seat_unlicensed")
            out.append(join("; ", [head, *first, *own, *ways]))
            continue
        if k:
            # one who misses the post's education or field may not be able to obtain the
            # licence at all (review 49: an SMA Umum holder of an Asisten Apoteker post
            # was told "until they hold it", as if the STR were theirs to get)
            first = [msg("decision.kept_unlicensed", licence=need)] if need else []
            if need and ctx.meets_own_post is not None and not ctx.meets_own_post[i]:
                first = [_unlicensed_unqualified(ctx, i, c, need)]
            # one whose post's licence is not open to them waits for no seat of it
            # (review 91 M2: told they cannot serve in it, then offered its next seat)
            closed = bool(first) and first[0].key in LICENCE_CLOSED
            q = (best or {}).get(i, -1)
            also = opens(i, q) if opens is not None and q >= 0 else None
            ways = _ways(
                comp, i, True, lower, None if closed else opens, own_seat=not closed, also=also
            )
            # the SKs into their post that wait for the seat they hold (review 149 M7)
            sks = [w] if (w := (waited or {}).get(i)) is not None else []
            out.append(join("; ", [msg("decision.kept"), *sks, *first, *own, *ways]))
            continue
        if not cfg.eligibility.keep_displaced_holders:
            why = msg("decision.option_off")
        elif hc[c] == 0 and not comp.no_seat_as_read()[c]:  # one without a seat as
            why = msg("decision.post_closed")  # read is kept, but for the rules below
        elif boards[c] != "" and not keepable[c]:
            why = msg("decision.structural")
        elif cfg.constraints.budgets is not None:
            why = msg("decision.budgets")
        else:
            why = msg("decision.unit_cap", unit=p.label("unit", int(unit[c])))
        ways = _ways(comp, i, False, lower)
        twin = counterparts(result, i, c)
        out.append(join("; ", [why, *_jpt_tenure(comp, i, c), *twin, *own, *ways]))
    return out


def _jpt_tenure(comp, i: int, c: int) -> list:
    """For a JPT holder left without a post: a JPT may not be replaced within two years
    of their appointment (UU 5/2014 Pasal 116), to check against their TMT jabatan as the
    data gives it, or its absence (review 88 M5: the heads of the two merged offices
    were left without a post, and the rule was said only in general)."""
    if comp.context.texts("positions", "kind")[c] != "JPT":
        return []
    emp = comp.org.employees
    tmt = str(emp["tmt_jabatan"].iloc[i]).strip() if "tmt_jabatan" in emp else ""
    if tmt in ("", "nan", "NaT", "None"):
        return [msg("decision.jpt_tenure_unknown")]
    return [msg("decision.jpt_tenure", tmt=tmt)]


#: how many posts of their profession, nearest in kelas first, are read for one
#: official (each read is one requirement check)
LICENCE_POSTS_READ = 6
#: the rules a post may miss for a note to name it as one its licence would open
LICENCE_WAY = frozenset({"career.why_licence", "explain.why_grade"})


def _not_licence_way(failure) -> bool:
    """A rule missed that rules a post out of :func:`_licence_would_open` (one not of
    :data:`LICENCE_WAY`)."""
    return getattr(failure, "key", "") not in LICENCE_WAY


def _licence_would_open(comp, i: int, empty: np.ndarray) -> list:
    """``[note]`` naming the post of a functional family that lists official ``i``'s
    field among those it accepts and asks no more education than theirs, with a seat the
    plan leaves empty (``empty`` per post), that only its licence keeps from them (the
    nearest in kelas to their own post, then by the post's row; none beyond what may be
    offered to them), and the licence; ``[]`` if none, or where the scenario's scope
    narrows the posts (review 65: Deana Tatawijaya, A.Md.Keb., was offered an office
    post three kelas down, not Bidan Mahir with five empty seats, which an STR Bidan
    opens to her; review 67: a post listing no fields accepts anyone)."""
    ctx = comp.context
    if comp.config.eligibility.scope != "any":  # every check then names the scope too
        return []
    c = int(ctx.emp("current_pos")[i])
    # a functional post that lists the fields it accepts, their field among them
    cand = np.flatnonzero(
        (empty > 0) & (_families(ctx) != "") & fields_listed(ctx) & (np.arange(len(empty)) != c)
    )
    if not len(cand):
        return []
    cand = cand[ctx.pair_field_ok(np.full(len(cand), i), cand)]
    cand = cand[ctx.emp("edu_level")[i] >= ctx.pos("min_edu_level")[cand]]
    grade = ctx.pos("grade").astype(float)
    # not beyond what may be offered to them (max_offer_drop, offer_min_education)
    cand = cand[~beyond_offer(comp, i, cand, grade[cand])]
    if not len(cand):
        return []
    dist = kelas_distance(ctx, c, cand)
    for q in cand[np.lexsort((cand, dist))][:LICENCE_POSTS_READ].tolist():
        # the look at a post ends at its first rule other than these two
        fails = failures_unless(comp, i, q, _not_licence_way)
        if fails is None:
            continue
        keys = [getattr(f, "key", "") for f in fails]
        if "career.why_licence" not in keys:
            continue
        # a lower kelas than their own is a way with their consent, as the notes offer
        lower = c >= 0 and grade[q] < grade[c]
        if "explain.why_grade" in keys and not lower:  # the rest are LICENCE_WAY's
            continue
        licence = getattr(fails[keys.index("career.why_licence")], "params", {})
        return [
            msg(
                "decision.licence_would_open" + ("_lower" if lower else ""),
                licence=licence.get("certificate", ""),
                position=f"{ctx.pos_ids[q]} ({ctx.texts('positions', 'title')[q]})",
                n=int(empty[q]),
                kelas=f"{grade[q]:g}" if lower else "",
                own=f"{grade[c]:g}" if lower else "",
            )
        ]
    return []


#: the notes that say a post's licence is not open to its holder at all
LICENCE_CLOSED = ("decision.kept_unlicensed_below_education", "decision.kept_unlicensed_field")


def _unlicensed_unqualified(ctx, i: int, c: int, licence: str):
    """A holder of post ``c`` without its licence who misses its rules: where their
    education is below the least any post of its profession asks, said plainly that the
    licence (which asks for the profession's degree) is not open to them on it (review
    59: an SMA holder of a Nutrisionis post was asked to check whether the STR is open
    to her); so too where no post of the profession accepts their field of education
    (review 61: an S.IP. and an S.M. holding Dokter Ahli Madya were asked to check);
    else the question, for the other rules the reason names. Only of a health
    profession's STR, which asks for the profession's degree (UU 36/2014); a
    certificate such as the PBJ's or the Sertifikat Pendidik is the question (review
    61: a procurement officer's note cited a health STR)."""
    key = "decision.kept_unlicensed_unqualified"
    if not licence.upper().startswith("STR"):  # a certificate to obtain (PBJ, Pendidik)
        return msg(key, licence=licence)
    have, need = ctx.emp("edu_level")[i], _family_minimum(ctx)[c]
    if have >= 0 and need >= 0 and have < need:
        return msg(
            "decision.kept_unlicensed_below_education",
            licence=licence,
            education=levels.EDUCATION[int(have)],
            minimum=levels.EDUCATION[int(need)],
        )
    family = _families(ctx)
    same = np.flatnonzero(family == family[c]) if family[c] else np.zeros(0, dtype=np.int64)
    emp = ctx.org.employees
    field = str(emp["field"].iloc[i]).strip() if "field" in emp else ""
    if field and len(same) and not ctx.pair_field_ok(np.full(len(same), i), same).any():
        return msg("decision.kept_unlicensed_field", licence=licence, field=field)
    return msg(key + "_str", licence=licence)


def _families(ctx) -> np.ndarray:
    """Per post: its functional family (a JF post's title without its level, as
    "Perawat" of "Perawat Ahli Pertama"), "" for a post of none. Made once."""

    def compute() -> np.ndarray:
        pos = ctx.org.positions
        title = pos["title"].astype(str).str.strip()
        blank = pd.Series("", index=pos.index)
        level = pos.get("level", blank).astype(str).str.strip()
        kind = pos.get("kind", blank).astype(str).str.strip().str.upper()
        family = [
            t[: -len(lv)].strip() if k == "JF" and lv and t.endswith(lv) else ""
            for t, lv, k in zip(title, level, kind, strict=True)
        ]
        return np.asarray(family, dtype=object)

    return ctx.derived("jf_family_titles", compute)


def _family_minimum(ctx) -> np.ndarray:
    """Per post: the least education any post of its functional family asks
    (:func:`_families`), -1 for a post of no known family. A licence goes with the
    profession's degree at any of its levels (a D3 nurse holds an STR Perawat though
    Perawat Ahli Pertama asks S1): below the least of them, the licence is not open.
    Made once."""

    def compute() -> np.ndarray:
        family = pd.Series(_families(ctx))
        need = pd.Series(ctx.pos("min_edu_level"), dtype=float).where(family != "", np.nan)
        least = need.groupby(family).transform("min")
        return np.nan_to_num(least.to_numpy(dtype=float), nan=-1.0)

    return ctx.derived("family_minimum_education", compute)


def _next_opening(result, pl: pd.DataFrame, bup: np.ndarray) -> Callable[..., Message]:
    """For a holder ``i`` kept over their post's formasi: the post's next seat that
    opens (or, given ``elsewhere``, one of that post), with the first of those who hold
    a seat of it in this plan to retire and when (``bup``: per row of ``pl``, in the
    employees' order, each one's BUP as ISO text); where none retires before ``i``'s
    own BUP, said so (review 62: Siti Juyani Jatangan was offered the next seat of
    P0399, none of whose holders retires before her own BUP)."""
    comp = result.compiled
    a = np.asarray(result.assignment, dtype=np.int64)
    m = comp.problem.n_positions
    # per post, once (not a pass over the roster per kept holder): the first of those
    # in its seats (not kept over it) to retire, by BUP then row; and those kept over it
    # pending a decision (those kept until BUP wait for no seat; review 63)
    seated = np.flatnonzero((a >= 0) & ~left_over_formasi(comp, a) & (bup != ""))
    by = seated[np.lexsort((seated, bup[seated], a[seated]))]
    head = np.r_[True, a[by][1:] != a[by][:-1]] if len(by) else np.zeros(0, dtype=bool)
    first_of = np.full(m, -1, dtype=np.int64)
    first_of[a[by[head]]] = by[head]
    pending = kept_pending(result)
    waiting = np.bincount(a[pending & (a >= 0)], minlength=m)
    names = pl["name"].to_numpy(dtype=object) if "name" in pl else None
    ids = pl["employee_id"].to_numpy(dtype=object)
    # the officials this plan brings into each post from another, ordered by id: where
    # it holds people over formasi, as many of them wait for its next seats
    # (review 86 M3: Yufan Suditua was offered P0268's next seat, which Fahar Rojawan's
    # move into it waits for)
    _, _, came, held_over = _coming_in(result, pl)
    plan = getattr(comp, "plan", None)
    ref = getattr(plan, "reference_date", None)
    labels = _pos_labels(comp.org)
    cur = comp.context.emp("current_pos").astype(np.int64)
    meets = comp.context.meets_own_post  # per employee: meets their own post's rules
    licence_of = (  # per employee, the licence their new post asks that they lack
        pl["licence_check"].fillna("").to_numpy(dtype=object) if "licence_check" in pl else None
    )

    def opens(i: int, elsewhere: int = -1) -> Message:
        """The next seat of ``i``'s own post, or of post ``elsewhere`` (one the rules
        open to them) when given."""
        mine = elsewhere < 0
        c = int(cur[i]) if mine else elsewhere
        key = "decision.way_next_seat" if mine else "decision.way_seat_elsewhere"
        where = {} if mine else {"position": labels[c]}
        first, own = int(first_of[c]), bup[i]
        if first < 0:  # no BUP known
            return msg(key, **where)
        if own and bup[first] >= own:
            return msg(key + "_late", own=own, **where)
        who = person(None if names is None else names[first], ids[first])
        wait = int(waiting[c]) - mine  # the others kept pending a decision
        queue = msg("decision.way_next_seat_queue", n=wait) if wait > 0 else ""
        into = came[a[came] == c]
        if len(into):
            # one without the post's licence chooses nothing: the seats are a licence
            # holder's (licence_to_hold), where those coming in hold it (review 87:
            # under ``career: lenient`` they may lack it too, and then come first on
            # nothing of the kind); a post elsewhere is one the rules open to them
            lacks = comp.context.yields_unlicensed
            unlicensed = (
                mine
                and lacks is not None
                and lacks[i] != ""
                and (licence_of is None or not (licence_of[into] != "").any())
            )
            taken = msg(
                "decision.way_next_seat_taken" + ("_licence" if unlicensed else ""),
                n=len(into),
                k=min(len(into), int(held_over[c])),
                who=_some_named(pl, into),
            )
            queue = join("", [queue, taken])
        if not mine and meets is not None:
            # its holders who miss its rules: a seat the PPK may free by moving one
            # (review 112 M2: three of P0268's eight miss its field, Fahar meets it)
            odd = np.flatnonzero((a == c) & (cur == c) & ~meets)
            if len(odd):
                misfit = msg("decision.way_seat_misfits", k=len(odd), who=_some_named(pl, odd))
                queue = join("", [queue, misfit])
        # how far off, from the plan's reference date (review 85 L3: Yufan Suditua was
        # offered P0268's next seat, on 2037-05-01: ten years over formasi)
        years = (
            years_between(pd.Timestamp(bup[first]), pd.Timestamp(ref))
            if ref is not None
            else np.nan
        )
        if years > 5:  # "more than {years} years": not of five exactly
            return msg(
                key + "_far", who=who, date=bup[first], years=int(years), queue=queue, **where
            )
        return msg(key + "_on", who=who, date=bup[first], queue=queue, **where)

    return opens


def _ways(
    comp,
    i: int,
    kept: bool,
    lower: LowerSeats,
    opens: Callable[..., Message] | None = None,
    own_seat: bool = True,
    also: Message | None = None,
) -> list:
    """The PPK's options for official ``i`` before the SK (one message), then why a
    usual one is shut by the scenario's rules (the extensions' ``shut_ways``, and
    :func:`_shut_by_minimums`; review
    43: the notes offered a JF post to people the age or the SKP rule keeps out of
    every one, and a structural post to people rated below its minimum): the post's
    next seat that opens (one kept), a lower kelas with consent (the post offered, if
    any; none where no post of a lower kelas meets their other requirements, review
    46: a licensed nurse was told of one), a functional post, a transfer to another
    instansi, a structural post through the Tim Penilai Kinerja or the Pansel (one
    without a post); for one kept in a post the data gives no seat (formasi 0 as read),
    the peta jabatan verified rather than a seat that opens; none of its seats where
    ``own_seat`` is false (its licence is not open to them); ``also``, a seat of
    another post once one opens (:func:`_best_elsewhere`), after those."""
    shut: dict[str, object] = {}
    for hook in [*extension.hooks("shut_ways"), _shut_by_minimums]:
        for way, why in hook(comp, i):
            shut.setdefault(way, why)
    c = int(comp.context.emp("current_pos")[i])
    if kept and c >= 0 and comp.no_seat_as_read()[c] and comp.context.pos("headcount")[c] == 0:
        # no seat of it opens: the data gives it none (reviews 75, 76)
        ways = [msg("decision.way_peta_jabatan")]
    elif kept and own_seat:
        ways = [opens(i)] if opens is not None else [msg("decision.way_next_seat")]
    else:
        ways = []
    if also is not None:  # a seat of the post elsewhere that fits them best
        ways.append(also)
    seat = lower.seat.get(i)
    known = c >= 0 and not np.isnan(comp.context.pos("grade")[c])  # a kelas to be below
    lower_way = None
    if comp.config.eligibility.max_grade_drop is None or not known:
        lower_way = msg("decision.way_lower")  # open in the plan, or unknown
    elif seat == -1:  # such posts, none with a seat empty for them (review 49)
        lower_way = msg("decision.way_lower_when_open")
    elif seat is not None:
        q = comp.org.positions.iloc[seat]
        lower_way = msg("decision.way_lower_offered", position=f"{q['id']} ({q['title']})")
    else:
        shut.setdefault("lower", msg("decision.no_lower", within=within_offer(comp)))
    if lower_way is not None:
        # one who holds a jabatan (structural or functional) into a lower post: a
        # demosi, which imposed is a heavy disciplinary penalty (review 126 M3: Maroni
        # Setno Badisari, Kasubbag, offered a Pengelola Keuangan seat as "a post of a
        # lower kelas"; review 128 M4: a JF holder too)
        if c >= 0 and _holds_jabatan(comp)[c]:
            lower_way = join("", [lower_way, msg("decision.demosi")])
        ways.append(lower_way)
    if "jf" not in shut:  # penyetaraan converts Administrator and Pengawas posts only
        closed = c >= 0 and _penyetaraan_closed(comp)[c]
        ways.append(msg("decision.way_jf_uji" if closed else "decision.way_jf"))
    ways.append(msg("decision.way_transfer"))
    if not kept and "structural" not in shut:
        ways.append(msg("decision.way_structural"))
    choices = (
        msg("decision.choices", ways=join(", ", ways[:-1]), last=ways[-1])
        if len(ways) > 1  # a transfer is always open; alone (review 55), no ", or"
        else msg("decision.choice_one", last=ways[-1])
    )
    told = [why for way, why in shut.items() if way in ("jf", "lower") or not kept]
    return [choices, *told]


def _holds_jabatan(comp) -> np.ndarray:
    """Per post: a structural (JPT, Administrator, Pengawas) or functional post, not a
    pelaksana one: a lower post offered to its holder is a demosi. Made once."""

    def compute() -> np.ndarray:
        kind, level = levels.jabatan_kind_level(comp.org.positions)
        k = kind.to_numpy(dtype=object)
        structural = (k == "JA") & level.isin(["administrator", "pengawas"]).to_numpy(dtype=bool)
        return (k == "JPT") | (k == "JF") | structural

    return comp.context.derived("holds_jabatan", compute)


def _penyetaraan_closed(comp) -> np.ndarray:
    """Per post: a post on the jabatan ladder that is no Administrator or Pengawas
    post, the posts penyetaraan converts into functional ones (review 56: the notes
    offered penyetaraan to holders of JF and Pelaksana posts); a post whose kind or
    level is not on the ladder is not known to be closed to it. Made once."""

    def compute() -> np.ndarray:
        pos = comp.org.positions
        kind, level = levels.jabatan_kind_level(pos)
        structural = (kind == "JA").to_numpy(dtype=bool) & level.isin(
            ["administrator", "pengawas"]
        ).to_numpy(dtype=bool)
        rung = comp.context.derived("jabatan_rungs", lambda: levels.jabatan_rungs(pos))
        return ~np.isnan(rung) & ~structural

    return comp.context.derived("penyetaraan_closed", compute)


def _open_kinds(comp) -> tuple[np.ndarray, np.ndarray]:
    """Per post: an open functional post, an open structural one (Administrator,
    Pengawas, JPT). Made once per context."""

    def compute() -> tuple[np.ndarray, np.ndarray]:
        ctx = comp.context
        open_ = ctx.pos("headcount") > 0
        kind = comp.org.positions["kind"].to_numpy(dtype=object)
        boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
        return open_ & (kind == "JF"), open_ & (boards != "")

    return comp.context.derived("open_jf_structural", compute)


def _shut_by_minimums(comp, i: int) -> list:
    """The ways a note leaves out for official ``i`` because no open post of their
    kind asks as little as they have (review 55: an official with SMP schooling was
    offered a functional post through uji kompetensi, and an SMA official at II/d a
    structural post through the Tim Penilai Kinerja, where every such post asks more):
    ``jf`` where every open JF post asks more education than theirs, ``structural``
    where every open structural post asks more education or a higher golongan. An
    education or golongan not in the roster shuts nothing."""
    ctx = comp.context
    edu = float(ctx.emp("edu_level")[i])
    rank = float(ctx.emp("rank_level")[i])
    if np.isnan(edu) or edu < 0:
        return []
    hard = set(comp.config.eligibility.hard)  # a soft minimum shuts no way
    need_edu = np.nan_to_num(ctx.pos("min_edu_level").astype(float), nan=-1.0)
    need_rank = np.nan_to_num(ctx.pos("min_rank_level").astype(float), nan=-1.0)
    if "education" not in hard:
        need_edu = np.full_like(need_edu, -1.0)
    if "rank" not in hard:
        need_rank = np.full_like(need_rank, -1.0)
    jf, structural = _open_kinds(comp)
    out = []
    level = levels.EDUCATION[int(edu)]
    if jf.any() and not (jf & (need_edu <= edu)).any():
        out.append(("jf", msg("decision.no_jf_education", edu=level)))
    if structural.any() and 0 <= rank < len(levels.RANKS):
        if not (structural & (need_edu <= edu) & (need_rank <= rank)).any():
            golongan = levels.RANKS[int(rank)]
            out.append(
                ("structural", msg("decision.no_structural_minimums", edu=level, rank=golongan))
            )
    return out


def extension_rows(table: pd.DataFrame, result, tables: dict) -> pd.DataFrame:
    """``table`` (the decisions list) with the rows the extensions' ``decisions`` parts
    add, in employee order, one row per person: of one already listed, the row says
    why they have no seat, the first question, and another decision for them is added
    to it (``also_decisions``, its code; the reason, after it). Review 79 M2: in
    penyetaraan a doctor converted to Analis Keuangan on condition dropped off the list
    of licence holders outside their profession, since he was listed already."""
    more = [t for hook in extension.hooks("decisions") if (t := hook(result, tables)) is not None]
    more = [t for t in more if len(t)]
    table = table.assign(also_decisions="")
    if not more:
        return table
    listed = set(table["employee_id"])
    add = pd.concat(more, ignore_index=True)
    first = ~add["employee_id"].duplicated() & ~add["employee_id"].isin(listed)
    again, add = add[~first], add[first]
    for c in table.columns:
        if c not in add:
            add[c] = ""
    pl = tables.get("placements")
    if "licence_check" in table.columns and pl is not None and "licence_check" in pl:
        # the licence their own post asks that they lack, as the engine's rows give it
        # (review 146 F5: a doctor in a Guru post without a Sertifikat Pendidik read
        # blank on his outside_profession row, marked in the placements)
        lacks = dict(zip(pl["employee_id"], pl["licence_check"].fillna(""), strict=True))
        add["licence_check"] = add["employee_id"].map(lacks).fillna("").to_numpy(dtype=object)
    out = pd.concat([table, add[list(table.columns)]], ignore_index=True)
    if len(again):  # the other decisions of those listed, on their row
        row = {e: k for k, e in enumerate(out["employee_id"])}
        also = out["also_decisions"].to_numpy(dtype=object).copy()
        why = out["reason"].to_numpy(dtype=object).copy()
        ways = out["note"].to_numpy(dtype=object).copy()
        notes = again["note"] if "note" in again else pd.Series("", index=again.index)
        rows = zip(again["employee_id"], again["decision"], again["reason"], notes, strict=True)
        for e, code, text, note in rows:
            k = row[e]
            also[k] = "; ".join(x for x in (also[k], str(code)) if x)
            why[k] = join("; ", [why[k], msg("decision.also", reason=text)])
            if isinstance(note, Message) or (isinstance(note, str) and note):
                # its ways too (review 82: the outside-profession options were lost)
                ways[k] = join("; ", [ways[k], msg("decision.also", reason=note)])
        out["also_decisions"] = also
        out["reason"] = pd.Series(why, index=out.index, dtype=object)
        out["note"] = pd.Series(ways, index=out.index, dtype=object)
    order = {e: k for k, e in enumerate(result.compiled.context.emp_ids)}
    at = np.argsort(out["employee_id"].map(order).to_numpy(), kind="stable")
    return out.iloc[at].reset_index(drop=True)


#: what the decisions list gives of each person from the placements, after their SKP
#: rating (review 150 L3: a PPK deciding on one kept over formasi till their BUP read
#: neither the date nor their schooling on the row)
PERSON_COLUMNS = ("education", "field", "birth_date", "retirement_date")


def with_person(table: pd.DataFrame, pl: pd.DataFrame) -> pd.DataFrame:
    """``table`` (the decisions list) with :data:`PERSON_COLUMNS` as the placements
    give them (``retirement_date``: the BUP in the post placed, their own where kept),
    after ``performance``; those the placements lack are left out."""
    have = [c for c in PERSON_COLUMNS if c in pl]
    if not have:
        return table
    # the same columns with no rows too (review 157 L2)
    at = pd.Index(pl["employee_id"]).get_indexer(table["employee_id"].astype(object))
    add = {c: np.append(pl[c].fillna("").to_numpy(dtype=object), "")[at] for c in have}
    cols = list(table.columns)
    k = cols.index("performance") + 1 if "performance" in cols else len(cols)
    out = table.assign(**add)
    return out.loc[:, [*cols[:k], *have, *cols[k:]]]
