"""The short notes a move carries beside its checks, in the report's moves table and
the SK list's Keterangan alike: its JPM in the new post where a selection would not pass
it, and its worth to the plan where it is a tie or under a point (review 121: the SK
list named both, the report's moves table neither, so Bufitri Widitua's move at JPM 65
read as a plain mutasi there), and its loss to the person where a vacancy's weight
carries it."""

from __future__ import annotations

import pandas as pd

from placement.domain.categories import SELECTION_CATEGORIES
from placement.i18n import find_part, label
from placement.report.formatting import fmt_num

#: The selection's Masih Memenuhi Syarat: a JPM below it is Kurang Memenuhi Syarat.
KMS_BELOW = SELECTION_CATEGORIES[1][1]


def kms_note(jpm: float, lang: str) -> list[str]:
    """The JPM in the new post where it is below the selection's Masih Memenuhi Syarat
    (Kurang Memenuhi Syarat), as the summary names those moves (review 94 L3: the
    summary named them, the SK list did not); none where not assessed."""
    need = KMS_BELOW
    if not jpm < need:  # NaN: not assessed, no mark
        return []
    # one decimal, as the JPM column gives it (review 124 L2: "JPM 65" beside "65.0")
    return [label("kms_short", lang).format(jpm=fmt_num(jpm, lang, 1), need=f"{need:g}")]


def standard_note(jpm: float, was: float, lang: str) -> list[str]:
    """A conversion that the JF's standard takes below Masih Memenuhi Syarat (``jpm``)
    from at or above it against the post as read (``was``), with pengembangan
    kompetensi in the JF (review 164 M2); none where either is not known."""
    if not jpm < KMS_BELOW <= was:  # NaN: not assessed, no mark
        return []
    return [
        label("conversion_standard_short", lang).format(
            jpm=fmt_num(jpm, lang, 1), was=fmt_num(was, lang, 1), need=f"{KMS_BELOW:g}"
        )
    ]


def tie_note(reason, points: float, lang: str) -> list[str]:
    """A holder who leaves an over-filled post in a tie with one kept there, where the
    move's worth is not valued (``plan_points`` blank): a tie to weigh, as the summary
    names them (review 163 M1: three such SK rows read "mutasi" only, while the
    priority vacancies' ties said "worth nothing to the plan")."""
    if points == points or find_part(reason, KEPT_TIES) is None:  # valued: worth_note
        return []
    # a tie with the one kept, not "worth nothing to the plan" (review 168 M1: the
    # summary's "no move is worth nothing to the plan" beside 8 rows saying so)
    return [label("kept_tie_short", lang)]


def worth_note(points: float, lang: str) -> list[str]:
    """A move's worth to the plan as a whole where the reasons valued it
    (``plan_points``): nothing (a tie), under a point, or less than its reason counts,
    as the summary names those moves and asks to weigh them, and the reason names one
    who could take the post instead (review 95 M4: such moves read "mutasi" only); none
    where the reasons did not value it."""
    if points != points:  # NaN: not valued
        return []
    if points <= 0:
        return [label("plan_tie_short", lang)]
    # at a point or more, less than its reason counts all the same, as the summary
    # asks to weigh each (review 168 M2: 2.54 of 16.54 read no mark)
    key = "plan_near_short" if points < 1 else "plan_less_short"
    return [label(key, lang).format(points=fmt_num(points, lang, 2))]


#: The reasons of a move into a priority vacancy (their ``rest``: the move to the
#: person against staying, the move cost included; the vacancy's weight is the plan's).
PRIORITY_VACANCY = frozenset(
    f"reason.priority_vacancy{end}" for end in ("", "_even", "_loss", "_carried", "_carried_skp")
)
#: The reason's part of a holder who leaves an over-filled post in a tie with one kept
#: there (the plan's total the same either way; the rule for ties decided).
KEPT_TIES = frozenset(
    {"reason.kept_least_tie", "reason.kept_other_tie", "reason.kept_tie_unplaced"}
)
#: The reason of a move in a chain of moves made for the plan's total (its ``points``:
#: the move to the person, the move cost included).
CHAIN = frozenset({"reason.chain"})
#: The part of a reason saying the post is one the person asked for.
ASKED = frozenset({"reason.asked_for"})
#: A rise's parts of a reason (a promotion, a higher kelas at the same level): its kelas
#: is a gain the points leave out.
RISE = frozenset(
    {
        "reason.promotion",
        "reason.promotion_jpm",
        "reason.kelas_up",
        "reason.kelas_up_jpm",
        "reason.rise_unscored",
    }
)


def loss_note(reason, lang: str) -> list[str]:
    """A move the plan makes for a vacancy's weight, or in a chain for its total, at a
    loss to the person (their reason's ``rest``, or the chain's own change, below 0),
    to hear them before the SK (review 161 M2: five such mutasi, from -1.6 to -13.4
    points to the person, read "mutasi" only); none for a move that pays for itself to
    them, a rise to a higher kelas (the points count no
    gain for the kelas itself: a Perawat Terampil's kelas 5 → 6 read as a loss of 9.4),
    a move into a post they asked for, or without such a reason."""
    part = find_part(reason, PRIORITY_VACANCY)
    if part is not None:
        rest = float(part.params["rest"])
    else:
        # a move in a chain made for the plan's total at a loss to the person (review
        # 172 M1: Satno Balosari, "own change -10.0", read "mutasi" alone)
        part = find_part(reason, CHAIN)
        rest = float(part.params["points"]) if part is not None else 0.0
    if not rest < 0 or find_part(reason, RISE):
        return []
    if find_part(reason, ASKED):  # a post they asked for (review 162 M4): theirs to weigh
        return []
    loss = fmt_num(-rest, lang, 1)
    return [label("loss_short", lang).format(points=loss)]


def asked_note(reason, lang: str) -> list[str]:
    """A move into a post the person stated among their preferences, and which (review
    170 L2: 12 of `replace`'s 92 moves, none said so on the SK; one read as a tie lost,
    to weigh, though it was his first choice)."""
    part = find_part(reason, ASKED)
    if part is None:
        return []
    return [label("asked_short", lang).format(rank=part.params["rank"])]


#: The ``grade_change`` of a move to a higher jabatan or kelas (classified_moves).
RISES = ("promosi", "kelas_naik")


def gap_note(change: str, gaps: str, jpm: float, lang: str) -> list[str]:
    """A rise, or a move at a JPM below Masih Memenuhi Syarat, that lands below the new
    post's standard in a competency (``gaps_after``: level/standard), with the
    development plan its SK should carry, as the summary asks of each (review 164 L2:
    none of the 11 such SK rows of `penyetaraan` said so; review 170 L3: the SK rows of
    moves at JPM 61 and 64, with 7 and 8 gaps, said "check" alone)."""
    if not gaps or (change not in RISES and not jpm < KMS_BELOW):
        return []
    return [label("rise_gaps_short", lang).format(gaps=gaps)]


def unassessed_note(jpm: float, comps: str, lang: str) -> list[str]:
    """A move into a post whose standard holds competencies not assessed for the person
    (``unassessed_after``): its JPM is over the rest of the standard, or unknown where
    none is assessed (the plan scored it as ``objective.unassessed_jpm`` says), to
    assess before the SK (review 168 L3: no mark said so)."""
    if not comps:
        return []
    if jpm != jpm:  # NaN: none of the standard assessed
        return [label("unassessed_none_short", lang)]
    return [label("unassessed_part_short", lang).format(comps=comps)]


def move_notes(mv: pd.DataFrame, lang: str) -> list[list[str]]:
    """Per move of ``mv``, its notes (:func:`kms_note`, :func:`unassessed_note`,
    :func:`gap_note`, :func:`worth_note`, :func:`tie_note`, :func:`loss_note`,
    :func:`asked_note`), read from its ``jpm_after``, ``unassessed_after``,
    ``grade_change``, ``gaps_after``, ``plan_points`` and ``reason`` (none where a
    column is missing or blank)."""

    def numbers(name: str) -> list[float]:
        col = mv[name] if name in mv else pd.Series(float("nan"), index=mv.index)
        return pd.to_numeric(col, errors="coerce").tolist()

    def texts(name: str) -> list[str]:
        return mv[name].fillna("").astype(str).tolist() if name in mv else [""] * len(mv)

    reasons = mv["reason"].tolist() if "reason" in mv else [None] * len(mv)
    rows = zip(
        numbers("jpm_after"),
        texts("unassessed_after"),
        texts("grade_change"),
        texts("gaps_after"),
        numbers("plan_points"),
        reasons,
        strict=True,
    )
    return [
        kms_note(j, lang)
        + unassessed_note(j, u, lang)
        + gap_note(c, g, j, lang)
        + worth_note(w, lang)
        + tie_note(r, w, lang)
        + loss_note(r, lang)
        + asked_note(r, lang)
        for j, u, c, g, w, r in rows
    ]
