"""What the decision makers read first: facts of a result in the officers' terms.

Plain data (dicts and DataFrames), no HTML: :mod:`placement.report.decision` renders
them, the proposal lists and the comparison reuse them.

- **OPD** (perangkat daerah): the top-level unit of a unit (follow ``parent`` up);
  a unit without a parent is its own OPD.
- **Kind of move** (column ``move_kind`` of :func:`classified_moves`): ``rotasi``
  (a new post within the same OPD), ``mutasi`` (a post in another OPD) or
  ``lost_post`` (the person held a post and is left without one: not a mutasi).
- **Grade change** (column ``grade_change``): ``promosi`` (a higher kelas jabatan in a
  higher jabatan: a higher rung of ``levels.JABATAN_RUNGS``), ``kelas_naik`` /
  ``kelas_turun`` (another kelas on the same rung: Pelaksana 5 → 6, or Pengawas → JF
  Ahli Muda, is no promosi), ``demosi`` (a lower kelas in a lower jabatan) or blank; with
  a rung unknown, the kelas alone decides (promosi / demosi).
- **Who must consider the appointment** (column ``review``): ``tpk`` for a new post
  that is an Administrator or Pengawas post (the Tim Penilai Kinerja considers those
  appointments before the SK), ``pansel`` for a JPT post (filled only by open selection
  through a selection panel), blank otherwise (no extra step beyond the SK).
- **A higher kelas, or a JF entered, on a weak SKP** (column ``skp_check``):
  ``skp_below_baik`` for a move to a higher kelas (promosi or kelas_naik), or into a
  JF family from outside it (a perpindahan, from a JA or JPT post or another family,
  at any kelas), of someone whose SKP rating is below Baik (Butuh Perbaikan, Kurang,
  Sangat Kurang): a higher kelas asks for an SKP of at least Baik in the last two
  years, an entry into a JF at least Baik in the last year, which the roster's one
  rating cannot show; checked before the SK. ``skp_unknown`` for such a move of
  someone without a rating in the roster (the check is the officer's). Blank
  otherwise. With the eligibility rule ``min_performance_to_rise: Baik``
  (:mod:`placement.domain.performance`) no move to a higher kelas is proposed at all.
  ``skp_priority`` for a move of someone rated below Baik into a post of a higher
  priority than their own (no rule asks for an SKP there, but such a post is better
  given to a colleague rated Baik or better: the objective term ``skp_step`` weighs it;
  review 38).
- **A JF entered, and a level that rests on the angka kredit** (column ``jf_check``):
  ``uji_kompetensi`` for a move into a JF family from outside it (JA, JPT, another
  family) at its first level, licensed or not (a Pengadministrasi to Analis Kebijakan
  Ahli Pertama, a Perencana to Guru on a Sertifikat Pendidik: the licence opens the
  post, the perpindahan goes through uji kompetensi all the same; reviews 42, 91 L1),
  and for a move from the skilled track of a JF to the first level of the expert track
  (Perawat Terampil → Perawat Ahli Pertama: a change of track goes through uji
  kompetensi, which the career rules do not ask within one family).
  ``angka_kredit_uji_kompetensi`` for a move to a level that rests on the angka kredit,
  which the roster does not hold: a higher level of the person's own JF family and
  track (kenaikan jenjang: the angka kredit, and uji kompetensi, which the career rules
  do not ask within one family either; review 68), an entry into a family above its
  first level (Ahli Muda and up, Mahir and up; review 64), or a change of track to a
  level above the expert track's first. Blank otherwise; both are checked before the
  SK.
- **A JF the move leaves** (column ``jf_leave``): ``pemberhentian_jf`` for a move out
  of a JF into a post of another kind (JA, JPT) or family: the pemberhentian from the
  JF goes with the SK (reviews 68, 69), beside the checks of a family it enters
  (review 88 M2: a Penyuluh Pertanian into Dokter read only its uji kompetensi).
- **A seat that waits for an exit** (column ``seat_check``): ``seat_after_exit`` for a
  move into a post that holds people over its formasi whom the plan keeps there (until
  their BUP, pending the PPK's decision: the vacancies' ``supernumerary`` and
  ``kept_pending``): a seat of it is free only once one of them leaves, so the SK's TMT
  follows that exit (the move's reason names them and when; review 75: two SKs into
  P0097, 12 holders for 11 seats until a holder's BUP in 2028, read as SKs to sign
  now). Blank otherwise.
- **A move that shifts a pension** (columns ``retirement_before`` and
  ``retirement_after`` of the moves, from :mod:`placement.domain.retirement`): the
  summary counts the moves whose new post has another BUP (an administrator into a JF
  Ahli Madya post retires two years later).
- **Per-OPD before/after** (:func:`opd_table`): formasi, bezetting awal (staff whose
  current unit is in the OPD), bezetting hasil (staff placed in it), lowong (empty
  seats), selisih = bezetting hasil − formasi (the peta jabatan sign: + surplus,
  − shortage), people moving in and out, new hires placed in it and those of its
  staff placed nowhere without a move (past BUP, excluded): before + in − out + new
  − leaving = after (review 88: the merged agriculture office read 307 before, 302
  after, 3 in, and nothing for the new hires).
- **Input files** (:func:`input_files`): name and SHA-256 of each file read.
- **Report date** (:func:`report_date`): today, or ``SOURCE_DATE_EPOCH`` when set (a
  reproducible build); it is the only content of a report that depends on the day.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from placement.model.levels import JF_EXPERT, JF_TRACK_RUNGS, jabatan_rungs
from placement.model.move_value import unvalued
from placement.model.organization import opd_of
from placement.report.marks import KEPT_TIES, RISES

#: KPI → +1 (higher is better) or -1 (lower is better); KPIs not listed have no
#: better direction (sizes of the organisation, counts per talent box, the succession
#: pool: potential is the person's, not the plan's, …).
KPI_DIRECTION: dict[str, int] = {
    "placed": 1,
    "unplaced": -1,
    "stays": 1,
    "moves": -1,
    "moves_within_unit": -1,
    "moves_between_units": -1,
    "displaced": -1,
    "kept_pending": -1,
    "decisions_listed": -1,
    "vacancies": -1,
    "priority_vacancies": -1,
    "fill_rate": 1,
    "mean_jpm": 1,
    "mean_jpm_incumbents_after": 1,
    "field_fit_rate": 1,
    "jpm_optimal": 1,
    "jpm_kurang_optimal": -1,
    "training_gap_total": -1,
    "people_needing_training": -1,
    "rules_relaxed": -1,
    "selection_ms": 1,
    "selection_kms": -1,
    "licence_missing": -1,
    "units_over_budget": -1,
    "budget_overrun": -1,
    "moves_kms": -1,
    "step_ups_below_baik": -1,
    # the staff the workload analysis (ABK) finds short after the plan: fewer is better
    # (review 128 M3, 130 L1: `workload`'s 19 against 50 read as neither)
    "workload_shortage": -1,
}
#: KPI → the KPI it grows with: counts of people placed grow with the people placed,
#: vacancies with the seats; scenarios that differ in it are compared per unit of it
#: (a scenario that places fewer people needs less training, one with fewer seats has
#: fewer vacancies: neither is better for it; review 35)
KPI_PER: dict[str, str] = {
    "training_gap_total": "placed",
    "people_needing_training": "placed",
    "jpm_optimal": "placed",
    "jpm_kurang_optimal": "placed",
    "selection_ms": "placed",
    "selection_kms": "placed",
    "licence_missing": "placed",
    "vacancies": "seats",
    "priority_vacancies": "priority_seats",
    "step_ups_below_baik": "placed",
    "workload_shortage": "workload_needed_staff",
}
#: KPIs read against another count, each with that count: where the scenarios' count
#: differs, none is better by them. Most are read against the formasi: where the
#: scenarios' formasi differ (their operations raise, cut, close or open seats), what
#: differs is a formasi the scenario sets, not what its placement achieves (review 136
#: H1: quota's 436 vacancies against replace's 446 read "better", while the health and
#: education seats it adds mostly stay empty and the kecamatan seats it cuts took the
#: vacancies with them)
READ_AGAINST: dict[str, str] = {
    "vacancies": "seats",
    "priority_vacancies": "priority_seats",
    "fill_rate": "seats",
    # those its seats hold or leave out (review 138 L1: workload read "better" on 40
    # kept over formasi against 45, three of them P0188's, whose formasi its ABK
    # raises from 9 to 12)
    "displaced": "seats",
    "kept_pending": "seats",
    "decisions_listed": "seats",
    # those placed in them (review 141 H1: quota's three more new hires placed, in seats
    # it adds, read "better"; merge's five officials whose posts it closes, "worse")
    "placed": "seats",
    "unplaced": "seats",
    # the moves into a post at JPM < 68 are read against the moves: counted, a plan of
    # fewer moves reads better (review 141 M1: baseline's 5 of 32 starred against
    # replace's 6 of 95); per move, one of more (review 122 M3: 6 of 101 starred against
    # 6 of 95). Neither is a better placement: where the moves differ, no star
    "moves_kms": "moves",
    # the field fit, against the posts penyetaraan converts, which accept their JF
    # family's fields (review 141 H2: penyetaraan read "better in field fit rate" for
    # its relabelled posts; since review 147 H1 it places one person otherwise)
    "field_fit_rate": "penyetaraan_posts",
    "field_open_share": "penyetaraan_posts",
}
#: Of the counts :data:`READ_AGAINST` names, those a scenario without them has none of
#: (an extension's, absent where its operation is not in the scenario).
NONE_WHERE_ABSENT = frozenset({"penyetaraan_posts"})
#: Of :data:`KPI_PER`, those the comparison shows per unit (a total over people), not
#: as a share of it (a count of people, seats or moves): "10,667 (2.40 per person)".
KPI_PER_RATIO = frozenset({"training_gap_total"})
#: The KPIs of the decision makers' table in a comparison, in this order.
DECISION_KPIS = (
    "placed",
    "unplaced",
    "excluded_past_retirement",
    "moves",
    "kelas_rises",
    "moves_kms",
    "step_ups_below_baik",
    "displaced",
    "kept_pending",
    "decisions_listed",
    "penyetaraan_holders",
    "penyetaraan_on_condition",
    "seats",
    "vacancies",
    "priority_seats",
    "priority_vacancies",
    "fill_rate",
    "mean_jpm",
    "mean_jpm_incumbents_after",
    "jpm_optimal",
    "jpm_kurang_optimal",
    "field_fit_rate",
    "field_open_share",
    "licence_missing",
    "people_needing_training",
    "training_gap_total",
    "succession_pool",
    "retiring_within_horizon",
    "workload_shortage_before",
    "workload_shortage",
    "ej_overall_before",
    "ej_overall",
    "units_over_budget",
    "budget_overrun",
    "rules_relaxed",
)
MOVE_KINDS = ("rotasi", "mutasi", "lost_post")
OPD_COLUMNS = (
    "opd",
    "opd_name",
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
)


def report_date() -> _dt.date:
    """Today (UTC), or the day of ``SOURCE_DATE_EPOCH`` when that is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.UTC).date()
    return _dt.datetime.now(_dt.UTC).date()


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_files(result, extra: Iterable[str | Path] = ()) -> list[tuple[str, str]]:
    """(file name, SHA-256) of the data files of ``result``'s scenario and of the
    existing files in ``extra`` (e.g. the scenario file) that it reads, by name; [] for
    in-memory data. Of ``extra``, where the compiled scenario names its files (its
    scenario files, ``extends`` included), those and the files its operations name only:
    a comparison protects every scenario's files, and each scenario's report listed
    them all (review 118 L3: `merge` listed workload.csv and four other scenarios)."""
    paths: dict[Path, None] = {}
    comp = result.compiled
    config = getattr(comp, "config", None)
    data = getattr(config, "data", None)
    for attr in ("employees", "positions", "units"):
        p = getattr(data, attr, None)
        if p:
            paths[Path(p).resolve()] = None
    own = {Path(p).resolve() for p in getattr(comp, "sources", None) or ()}
    # the operations' files as loading made them (absolute: review 119 L2, two
    # scenarios' bans.csv read by name were each listed in both reports)
    named = {Path(str(f)).resolve() for f in _operation_files(getattr(config, "operations", None))}
    for p in extra:
        path = Path(p).resolve()
        if not own or path in own or path in named:
            paths[path] = None
    out = [(p.name, sha256_of(p)) for p in paths if p.is_file()]
    return sorted(out)


def _operation_files(operations) -> list:
    """The ``file`` of each operation of a scenario's ``operations`` list that names
    one (``{op: {file: …}}``)."""
    out = []
    for item in operations or ():
        for params in item.values() if isinstance(item, dict) else ():
            if isinstance(params, dict) and isinstance(params.get("file"), str):
                out.append(params["file"])
    return out


def _units(result) -> pd.DataFrame:
    comp = result.compiled
    return comp.org.units if comp is not None else pd.DataFrame(columns=["id", "name"])


def _text(s: pd.Series) -> np.ndarray:
    return s.astype(object).where(s.notna(), "").astype(str).to_numpy()


def per_result(table: Callable[[Any], pd.DataFrame]) -> Callable[[Any], pd.DataFrame]:
    """A report table computed once per result (the workbook, the HTML report, the
    comparison and the proposal all ask for it): kept on the result, each caller gets
    a shallow copy (copy-on-write: a column it sets leaves the kept table alone)."""

    @functools.wraps(table)
    def once(result) -> pd.DataFrame:
        kept = result.__dict__.setdefault("_report_tables", {})
        if table.__name__ not in kept:
            kept[table.__name__] = table(result)
        return kept[table.__name__].copy(deep=False)

    return once


@per_result
def classified_moves(result) -> pd.DataFrame:
    """The moves table with ``move_kind`` (rotasi, mutasi, lost_post), ``grade_change``
    (promosi, demosi, kelas_naik, kelas_turun or blank), ``review`` (tpk, pansel or
    blank), ``performance`` (the SKP rating, where the roster gives the column),
    ``skp_check`` (skp_below_baik, skp_unknown, skp_priority or blank), ``jf_check``
    (uji_kompetensi, angka_kredit_uji_kompetensi or blank), ``jf_leave``
    (pemberhentian_jf or blank), ``seat_check`` and ``seat_by``, ``formasi_check``
    (formasi_raised, formasi_cut, formasi_cut_raised or blank), ``decision`` (the
    decisions list's row of the person: without_post, move_past_entry_age, … or
    blank), ``from_opd`` and ``to_opd`` (blank when unplaced)."""
    mv = result.moves.copy()
    if not len(mv.columns) or "from_unit" not in mv:
        return mv
    top = opd_of(_units(result))
    fu, tu = _text(mv["from_unit"]), _text(mv["to_unit"])
    fo = np.array([top.get(u, u) for u in fu], dtype=object)
    to = np.array([top.get(u, u) if u else "" for u in tu], dtype=object)
    lost = _text(mv["to_position"]) == ""
    mv["from_opd"] = fo
    mv["to_opd"] = to
    mv["move_kind"] = np.where(lost, "lost_post", np.where(fo == to, "rotasi", "mutasi"))
    fg = pd.to_numeric(mv.get("from_grade"), errors="coerce").to_numpy(float)
    tg = pd.to_numeric(mv.get("to_grade"), errors="coerce").to_numpy(float)
    fr, tr = _rungs(result, _text(mv["from_position"]), _text(mv["to_position"]))
    known = ~np.isnan(fr) & ~np.isnan(tr)
    with np.errstate(invalid="ignore"):
        # a higher kelas is a promosi when the jabatan is higher too (or its rung is
        # unknown), else a kelas step at one level (equivalent levels share a rung)
        up = np.where(known & ~(tr > fr), "kelas_naik", "promosi")
        down = np.where(known & ~(tr < fr), "kelas_turun", "demosi")
        mv["grade_change"] = np.where(lost, "", np.where(tg > fg, up, np.where(tg < fg, down, "")))
    mv["review"] = np.where(lost, "", _review(result, _text(mv["to_position"])))
    weak, unrated = skp_marks(result, _text(mv["employee_id"]))
    step, track, entry, leaves = _jf_step(
        result, _text(mv["from_position"]), _text(mv["to_position"])
    )
    # an entry into a JF family from another post (a perpindahan) goes through uji
    # kompetensi, licensed or not (review 42: the licence opens the post, the uji
    # kompetensi is asked all the same; review 91 L1: JA into Analis Kebijakan read no
    # mark); and so does a kenaikan jenjang (review 68: BKN lists it with the angka
    # kredit, the formasi and an SKP of Baik), which the career rules do not ask
    # within one family. Every level that rests on the angka kredit is one of these.
    uji = track | step | entry
    # every higher kelas asks for the SKP (the rule min_performance_to_rise), not only
    # a higher jabatan, and so does an entry into a JF family (perpindahan)
    asks = np.isin(mv["grade_change"].to_numpy(), ["promosi", "kelas_naik"]) | (entry & ~lost)
    priority = _priority_steps(result, _text(mv["employee_id"]), _text(mv["to_position"]))
    # the SKP rating as the roster gives it, beside the mark it sets (review 151 M3: the
    # moves list gave none, and each check of a mark read the roster)
    pl = result.placements
    if "performance" in pl:
        rating = pd.Series(_text(pl["performance"]), index=_text(pl["employee_id"]))
        mv["performance"] = rating.reindex(_text(mv["employee_id"])).fillna("").to_numpy()
    mv["skp_check"] = np.where(
        asks & weak,
        "skp_below_baik",
        np.where(asks & unrated, "skp_unknown", np.where(priority & weak, "skp_priority", "")),
    )
    # both where both hold: an entry into a licensed family above its first rung rests
    # on the angka kredit and goes through uji kompetensi (review 64: a nurse into
    # Epidemiolog Ahli Muda, a doctor into Dokter Ahli Muda, marked angka kredit only)
    both = np.where(step, "angka_kredit_uji_kompetensi", "uji_kompetensi")
    # an entry into a family whose uji kompetensi the person has passed (their
    # certifications name it): the certificate to verify, no test to take (review 130
    # L3: Irrina Harnuruddin holds the Uji Kompetensi Penilik and read "check uji
    # kompetensi" as one who has yet to sit it)
    held = entry & _uji_held(result, _text(mv["employee_id"]), _text(mv["to_position"]))
    both = np.where(held, np.char.add(both.astype(str), "_held"), both)
    jf_check = np.where(uji, both, "")
    mv["jf_check"] = np.where(lost, "", jf_check)
    # a move out of a JF into a post that is none, or into another family, asks for the
    # pemberhentian from the JF with the SK (review 68: a Satpol PP Terampil into a
    # Pengadministrasi post; review 69: Penata Ruang to Penilik), beside the checks of
    # the family it enters (review 88 M2: a Penyuluh Pertanian into Dokter read only
    # its uji kompetensi)
    mv["jf_leave"] = np.where(leaves & ~lost, "pemberhentian_jf", "")
    waits = _waits_for_exit(result, _text(mv["from_position"]), _text(mv["to_position"]))
    # where only some SKs into the post wait, the first in turn takes a free seat now
    # (``seat_first``, no day to wait for), the last wait (:mod:`placement.model.turns`)
    first = waits & (_turns(result, mv) == "first")
    mv["seat_check"] = np.where(waits & ~lost, np.where(first, "seat_first", "seat_after_exit"), "")
    later = waits & ~lost & ~first
    mv["seat_by"] = np.where(later, _seat_by(result, _text(mv["to_position"])), "")
    # a move into seats that exist by the scenario's raise of the post's formasi, or
    # out of a post whose formasi it lowers: the new formasi is enacted before the SK
    # (review 152 M1: 33 moves of `workload` into posts its ABK raises, 7 out of posts
    # it lowers, and neither moves.csv nor the SK list marked one)
    raised, cut = (np.zeros(len(mv), dtype=bool) for _ in range(2))
    raised[_citing(mv, FORMASI_RAISED)] = True
    cut[_citing(mv, FORMASI_CUT)] = True
    mv["formasi_check"] = np.select(
        [raised & cut, raised, cut], ["formasi_cut_raised", "formasi_raised", "formasi_cut"], ""
    )
    # the decisions list's row of one it names (the moves list, the SK list and the
    # decisions list read as one: review 109 H1: Hari Seyan Tanato's move, listed with
    # its seat on 2030-11-01, past his JF entry age, is one the PPK decides on first)
    dec = result.decisions
    kind = (
        dict(zip(_text(dec["employee_id"]), _text(dec["decision"]), strict=True))
        if len(dec) and "decision" in dec
        else {}
    )
    mv["decision"] = [kind.get(e, "") for e in _text(mv["employee_id"])]
    return mv


def displaced_across(results, lang: str) -> pd.DataFrame:
    """The officials each of ``results`` leaves without a post (the moves' ``lost_post``
    rows): scenario, name, employee_id, the post held (from_position, from_title) and
    the first part of the reason, rendered in ``lang``; for the comparison's page and
    workbook (review 102 L10: the workbook had no such sheet)."""
    from placement.i18n import render  # start-up time

    rows = []
    for r in results:
        if r is None or r.assignment is None or r.compiled is None:
            continue
        mv = classified_moves(r)
        if "move_kind" not in mv:
            continue
        for row in mv[mv["move_kind"] == "lost_post"].itertuples(index=False):
            why = render(row.reason, lang).split("; ")[0] if row.reason is not None else ""
            rows.append(
                {
                    "scenario": r.name,
                    "name": row.name,
                    "employee_id": row.employee_id,
                    "from_position": row.from_position,
                    "from_title": row.from_title,
                    "reason": why,
                }
            )
    return pd.DataFrame(
        rows, columns=["scenario", "name", "employee_id", "from_position", "from_title", "reason"]
    )


def _turns(result, mv: pd.DataFrame) -> np.ndarray:
    """Per move, its turn into a post held over its formasi
    (:func:`~placement.model.turns.seat_turns`), the moves its reason says the person
    must make first."""
    from placement.model.reasons import turns_by_reason  # the reasons' codes

    comp = result.compiled
    if comp is None or result.assignment is None or not len(mv):
        return np.full(len(mv), "", dtype=object)
    a = np.asarray(result.assignment, dtype=np.int64)
    rows = pd.Index(comp.context.emp_ids).get_indexer(_text(mv["employee_id"]))
    # without the reasons' codes, no move is one the person must make first
    known = rows >= 0 if "reason_code" in mv else np.zeros(len(mv), dtype=bool)
    codes = _text(mv["reason_code"]) if "reason_code" in mv else np.full(len(mv), "")
    turn = turns_by_reason(comp, a, rows[known], codes[known])
    return np.where(rows >= 0, turn[np.maximum(rows, 0)], "")


def _seat_by(result, to_position: np.ndarray) -> np.ndarray:
    """Per move, the day by which its post, holding people over its formasi, is back
    within it at the latest (ISO text, '' where not known), as the reasons date it
    (:func:`~placement.model.reasons.back_within`). Review 81: the SK attachment said a
    seat waits ("lihat alasan") but gave no date, and has no reason column."""
    from placement.model.reasons import back_within  # start-up time

    vac = result.vacancies
    out = np.full(len(to_position), "", dtype=object)
    comp = result.compiled
    if comp is None or not len(vac) or "supernumerary" not in vac:
        return out
    over = vac["supernumerary"].to_numpy() + vac["kept_pending"].to_numpy()
    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    index = {q: j for j, q in enumerate(ctx.pos_ids)}
    by = {
        q: back_within(ctx, a, cur, index[q], int(n))[0]
        for q, n in zip(_text(vac["position"]).tolist(), over.tolist(), strict=True)
        if n > 0
    }
    for k, q in enumerate(to_position.tolist()):
        out[k] = by.get(q, "")
    return out


def _waits_for_exit(result, from_position: np.ndarray, to_position: np.ndarray) -> np.ndarray:
    """Per move: into another post that holds people over its formasi whom the plan
    keeps there (the vacancies' ``supernumerary``, until BUP, and ``kept_pending``, the
    PPK's decision), as the move's reason counts them."""
    vac = result.vacancies
    if not len(vac) or "supernumerary" not in vac:
        return np.zeros(len(to_position), dtype=bool)
    over = vac["supernumerary"].to_numpy() + vac["kept_pending"].to_numpy()
    held = _text(vac["position"])[over > 0]
    return np.isin(to_position, held) & (to_position != from_position)


#: The values of ``jf_check`` that mark each check: the angka kredit, an uji
#: kompetensi to take, the certificate of one passed to verify
MARKS = {
    "angka_kredit": ("angka_kredit_uji_kompetensi", "angka_kredit_uji_kompetensi_held"),
    "uji_kompetensi": ("uji_kompetensi", "angka_kredit_uji_kompetensi"),
    "uji_kompetensi_held": ("uji_kompetensi_held", "angka_kredit_uji_kompetensi_held"),
}


def _marked(mv: pd.DataFrame, column: str, mark: str) -> int:
    """How many moves ``column`` marks with ``mark``, alone or with another
    (:data:`MARKS`: ``angka_kredit_uji_kompetensi`` counts for both)."""
    if column not in mv:
        return 0
    return int(mv[column].astype(str).isin(MARKS[mark]).sum())


def _uji_held(result, employee_ids: np.ndarray, to_position: np.ndarray) -> np.ndarray:
    """Per move: the person's certifications name the family of the JF post they go
    to, one no licence opens (an uji kompetensi of it passed, as the career rule
    ``jf_family`` reads it: :mod:`placement.domain.career`); False without a compiled
    scenario."""
    from placement.domain.career import careers  # start-up time

    out = np.zeros(len(to_position), dtype=bool)
    if result.compiled is None:
        return out
    ctx = result.compiled.context
    c = careers(ctx, result.compiled.config.eligibility)
    i = pd.Index(np.asarray(ctx.emp_ids).astype(str)).get_indexer(employee_ids)
    q = pd.Index(np.asarray(ctx.pos_ids).astype(str)).get_indexer(to_position)
    fam = np.where(q >= 0, c.pos_family[np.maximum(q, 0)], -1)
    ok = (i >= 0) & (fam >= 0)
    ok[ok] = ~c.licensed[fam[ok]]
    out[ok] = c.has(c.qualified, i[ok], fam[ok])
    return out


def _rungs(
    result, from_position: np.ndarray, to_position: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per move the rung of each post on the jabatan ladder (``levels.jabatan_rungs``,
    NaN unknown): within one rung (Pelaksana → Pelaksana, Pengawas → JF Ahli Muda) a
    higher kelas is no promosi; for an officer promosi is a higher jabatan (review 32,
    finding 13: Pelaksana kelas 5 → 6 steps were counted as promotions)."""
    nan = np.full(len(from_position), np.nan)
    if result.compiled is None:
        return nan, nan.copy()
    pos = result.compiled.org.positions
    rung = np.append(jabatan_rungs(pos), np.nan)
    ids = pd.Index(_text(pos["id"]))
    return rung[ids.get_indexer(from_position)], rung[ids.get_indexer(to_position)]


def _time_in_post(result) -> str:
    """Whether the scenario checked time in post: ``checked`` (the rule
    ``min_years_in_post`` on, the data has TMT jabatan), ``off`` (the rule is not set)
    or ``no_data`` (no ``tmt_jabatan`` in the data); ``checked`` without a compiled
    scenario (nothing to say)."""
    comp = getattr(result, "compiled", None)
    if comp is None:
        return "checked"
    emp = comp.org.employees
    known = "tmt_jabatan" in emp and bool(
        emp["tmt_jabatan"].fillna("").astype(str).str.strip().ne("").any()
    )
    if not known:
        return "no_data"
    return "checked" if comp.config.eligibility.min_years_in_post is not None else "off"


def skp_marks(result, employee_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per employee: rated below Baik, and without a rating, as the rule
    ``min_performance_to_rise`` reads the SKP (:mod:`placement.domain.performance`);
    an id the result lacks, or a result without a compiled scenario: not rated."""
    from placement.domain.performance import rated, rated_below  # start-up time

    none = np.ones(len(employee_ids), dtype=bool)
    if result.compiled is None:
        return ~none, none
    ctx = result.compiled.context
    at = pd.Index(np.asarray(ctx.emp_ids).astype(str)).get_indexer(employee_ids)
    at = np.where(at >= 0, at, ctx.n_employees)  # the appended last entry
    below = np.append(rated_below(ctx, "Baik"), False)[at]
    return below, ~np.append(rated(ctx), False)[at]


def _priority_steps(result, employee_ids: np.ndarray, to_position: np.ndarray) -> np.ndarray:
    """Per move: the new post has a higher priority than the person's own (a step up as
    the objective term ``skp_step`` reads it, :func:`placement.domain.performance.steps_up`,
    at the same kelas or below); False where the move leaves the person without a post,
    or without a compiled scenario."""
    from placement.domain.performance import steps_up  # start-up time

    out = np.zeros(len(to_position), dtype=bool)
    if result.compiled is None:
        return out
    ctx = result.compiled.context
    i = pd.Index(np.asarray(ctx.emp_ids).astype(str)).get_indexer(employee_ids)
    q = pd.Index(np.asarray(ctx.pos_ids).astype(str)).get_indexer(to_position)
    ok = (i >= 0) & (q >= 0)
    out[ok] = steps_up(ctx, i[ok], q[ok])
    return out


def _weak_mutasi(result, mv: pd.DataFrame) -> dict:
    """The officials rated below Baik whom the plan moves to another post
    (``skp_weak_moves``), of them those into another OPD (``skp_mutasi``), and the OPDs
    that take most of them (``skp_mutasi_opds``: the first three, most first, with how
    many, none tied with one left out; ``skp_mutasi_opd_count`` of them in all).
    Review 150 M1: in ``quota`` 34 of 118 movers were rated below Baik (8 of 94 in
    ``replace``), 8 of them into the offices the quota strengthens, and the reports
    counted only the step-ups below Baik (0)."""
    none = {"skp_weak_moves": 0, "skp_mutasi": 0, "skp_mutasi_opds": "", "skp_mutasi_opd_count": 0}
    if not len(mv) or "move_kind" not in mv:
        return none
    weak = skp_marks(result, _text(mv["employee_id"]))[0]
    kind = mv["move_kind"].to_numpy(dtype=object)
    moved = weak & (kind != "lost_post")
    across = moved & (kind == "mutasi")
    if not moved.any():
        return none
    from placement.i18n import join, msg  # start-up time

    opds = pd.Series(_text(mv["to_opd"])[across]).value_counts()
    units = _units(result)
    name = dict(zip(units["id"].astype(str), units["name"].astype(str), strict=True))
    order = sorted(opds.items(), key=lambda kv: (-kv[1], kv[0]))
    # the first three, and none tied with the first left out (review 151 M5: two of six
    # OPDs taking one each were named "the most", by unit id)
    cut = order[3][1] if len(order) > 3 else 0
    shown = [
        msg("sum.opd_count", opd=name.get(str(u)) or str(u), n=int(k))
        for u, k in order[:3]
        if k > cut
    ]
    return {
        "skp_weak_moves": int(moved.sum()),
        "skp_mutasi": int(across.sum()),
        "skp_mutasi_opds": join(", ", shown),
        "skp_mutasi_opd_count": len(order),
    }


def _skp_priority_hires(result) -> int:
    """How many people without a post of their own in the data (new hires, holders of a
    post the data no longer has), rated below Baik, are placed in a post of priority
    above 1: the step ups the objective term ``skp_step`` charges that no move lists
    (review 39: the summary counted the moves only, the breakdown charged both)."""
    from placement.domain.performance import weak_step_ups  # start-up time

    weak = weak_step_ups(result)
    if not weak.any():
        return 0
    return int((weak & (result.compiled.context.emp("current_pos") < 0)).sum())


#: The moves' columns that mark a check before the SK, in the order the lists and the
#: SK list's Keterangan name them (each value has a ``<value>_short`` label).
CHECKS = ("review", "skp_check", "jf_check", "jf_leave", "seat_check", "formasi_check")


def _jf_step(
    result, from_position: np.ndarray, to_position: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per move, (step, track, entry, leaves): the new post is a JF level that rests on the
    angka kredit (step): a higher
    rung of the person's own track in the same family (kenaikan jenjang: Perawat
    Terampil → Perawat Mahir, Analis Keuangan Ahli Pertama → Ahli Muda), or, from
    outside it (a JA or JPT post, another JF family, the other track), a rung above the
    first (Ahli Muda and up, Mahir and up: Pengawas Sekolah Ahli Madya → Guru Kelas
    Ahli Madya); and the move goes from the skilled track of a JF to the expert track
    (track: Perawat Terampil → Perawat Ahli Pertama, a change of track by uji
    kompetensi); the move enters a JF family from outside it (entry: from a JA or JPT
    post or another family, a perpindahan, which asks for an SKP of at least Baik in
    the last year; a JF post of unknown family counts as another); the move leaves a JF
    post for a post of another kind (JA, JPT) or another JF family (leaves: the
    pemberhentian from the JF; reviews 68, 69), both kinds given."""
    from placement.domain.career import normalise, position_families  # start-up time

    out = np.zeros(len(to_position), dtype=bool)
    if result.compiled is None:
        return out, out, out, out
    org = result.compiled.org
    pos = org.positions
    family = np.append(position_families(org).map(normalise).to_numpy(dtype=object), [None])
    level = pd.Series(_text(pos["level"].str.lower()))
    jf = _text(pos["kind"]) == "JF"
    rung = np.append(np.where(jf, level.map(JF_TRACK_RUNGS).fillna(-1).to_numpy(float), -1), -1)
    expert = np.append(level.isin(JF_EXPERT).to_numpy(), False)
    ids = pd.Index(_text(pos["id"]))
    a, b = ids.get_indexer(from_position), ids.get_indexer(to_position)  # -1: none
    same_track = (rung[a] >= 0) & (rung[b] >= 0) & (expert[a] == expert[b])
    same_track &= family[a] == family[b]
    step = (rung[b] >= 0) & np.where(same_track, rung[b] > rung[a], rung[b] > 1)
    track = (rung[a] >= 0) & (rung[b] >= 0) & ~expert[a] & expert[b]
    named = np.array([isinstance(f, str) and f != "" for f in family], dtype=bool)
    entry = (rung[b] >= 0) & ~((rung[a] >= 0) & named[b] & (family[a] == family[b]))
    kind = np.append(_text(pos["kind"]).astype(str), "")
    other = (kind[b] != "JF") | (family[a] != family[b])
    leaves = (kind[a] == "JF") & (kind[b] != "") & other
    return step, track, entry, leaves


def _review(result, to_position: np.ndarray) -> np.ndarray:
    """Per new post: ``pansel`` (a JPT post), ``tpk`` (an Administrator or Pengawas
    post) or blank (``performance.selection_boards``)."""
    from placement.domain.performance import selection_boards  # start-up time

    out = np.full(len(to_position), "", dtype=object)
    if result.compiled is None:
        return out
    pos = result.compiled.org.positions
    code = selection_boards(pos)
    at = pd.Index(_text(pos["id"])).get_indexer(to_position)
    found = at >= 0
    out[found] = code[at[found]]
    return out


def opd_names(result) -> dict[str, str]:
    un = _units(result)
    if not len(un):
        return {}
    names = un["name"] if "name" in un else un["id"]
    return {
        str(u): (str(n) if isinstance(n, str) and n else str(u))
        for u, n in zip(un["id"], names, strict=True)
    }


@per_result
def opd_table(result) -> pd.DataFrame:
    """Per OPD (in unit order): formasi, bezetting awal and hasil, lowong, selisih
    (hasil − formasi), people moving in and out to another OPD (rotasi inside an OPD
    count in neither), its staff the plan leaves without a post (``without_post``: a
    move with no destination; review 110 L5: "moving out" counted them), new hires
    placed in it (``new_hires``) and its staff placed nowhere but by no move
    (``leaving``: past BUP, excluded), so that staff_before + moving_in − moving_out −
    without_post + new_hires − leaving = staff_after."""
    uf = result.unit_fill
    if not len(uf) or "unit" not in uf:
        return pd.DataFrame(columns=list(OPD_COLUMNS))
    top = opd_of(_units(result))
    names = opd_names(result)
    units = _text(uf["unit"])
    opd = np.array([top.get(u, u) for u in units], dtype=object)
    order = list(dict.fromkeys(opd))
    g = (
        pd.DataFrame(
            {
                "opd": opd,
                "headcount": uf["headcount"].to_numpy(dtype=np.int64),
                "staff_before": uf["before"].to_numpy(dtype=np.int64),
                "staff_after": uf["filled"].to_numpy(dtype=np.int64),
            }
        )
        .groupby("opd", sort=False)
        .sum()
    )
    vac = result.vacancies
    vacant = pd.Series(0, index=g.index, dtype=np.int64)
    if len(vac) and "unit" in vac:
        vo = pd.Series([top.get(u, u) for u in _text(vac["unit"])], dtype=object)
        vacant = (
            pd.Series(vac["vacant"].to_numpy(dtype=np.int64))
            .groupby(vo.to_numpy())
            .sum()
            .reindex(g.index, fill_value=0)
        )
    mv = classified_moves(result)
    moving_in = pd.Series(0, index=g.index, dtype=np.int64)
    moving_out = pd.Series(0, index=g.index, dtype=np.int64)
    without_post = pd.Series(0, index=g.index, dtype=np.int64)
    if len(mv) and "move_kind" in mv:
        across = mv["move_kind"] != "rotasi"
        went = across & (mv["to_opd"] != "")
        moving_out = mv.loc[went, "from_opd"].value_counts().reindex(g.index, fill_value=0)
        moving_in = mv.loc[went, "to_opd"].value_counts().reindex(g.index, fill_value=0)
        lost = across & (mv["to_opd"] == "")
        without_post = mv.loc[lost, "from_opd"].value_counts().reindex(g.index, fill_value=0)
    out = pd.DataFrame(
        {
            "opd": order,
            "opd_name": [names.get(o, o) for o in order],
            "headcount": g.loc[order, "headcount"].to_numpy(),
            "staff_before": g.loc[order, "staff_before"].to_numpy(),
            "staff_after": g.loc[order, "staff_after"].to_numpy(),
            "vacant": vacant.loc[order].to_numpy(dtype=np.int64),
        }
    )
    out["difference"] = out["staff_after"] - out["headcount"]
    out["moving_in"] = moving_in.loc[order].to_numpy(dtype=np.int64)
    out["moving_out"] = moving_out.loc[order].to_numpy(dtype=np.int64)
    out["without_post"] = without_post.loc[order].to_numpy(dtype=np.int64)
    # those no move lists: new hires placed in an OPD, and its staff (by current unit,
    # as staff_before counts them) not placed in it, past BUP or excluded; one
    # without a post but with a unit, placed in another OPD, is each (review 90 M3)
    pl = result.placements
    cur = _text(pl["current_position"])
    was, now = _opd_per_row(pl["current_unit"], top), _opd_per_row(pl["unit"], top)
    moved = np.isin(_text(pl["employee_id"]), _text(mv["employee_id"]) if len(mv) else [])
    hires = now[(cur == "") & (now != "") & (now != was)]
    left = was[(was != "") & ~moved & (now != was)]
    out["new_hires"] = pd.Series(hires).value_counts().reindex(order, fill_value=0).to_numpy()
    out["leaving"] = pd.Series(left).value_counts().reindex(order, fill_value=0).to_numpy()
    return out


def _opd_per_row(units: pd.Series, top: dict) -> np.ndarray:
    """Each row's OPD of its unit ('' for none), mapped per distinct unit, not per row
    (a roster of many rows, few units)."""
    u = pd.Series(_text(units))
    return u.map(top).fillna(u).to_numpy(dtype=object)


def _plan_worth(result, mv: pd.DataFrame) -> dict:
    """How many moves are worth nothing to the plan as a whole (``plan_ties``: a tie,
    another would take the post at the same total) and how many less to it than the
    reason's points (``plan_less``), from the moves' ``plan_points``; ``plan_unvalued``:
    why the reasons did not value them (``move_value.unvalued``: ``size``, ``model``;
    "" when they did)."""
    out: dict = {
        "plan_ties": 0,
        "plan_less": 0,
        "plan_near": 0,
        "plan_near_names": "",
        "plan_unvalued": unvalued(result),
    }
    if "plan_points" in mv:
        pts = pd.to_numeric(mv["plan_points"], errors="coerce")
        out.update(plan_ties=int((pts == 0).sum()), plan_less=int((pts > 0).sum()))
        # next to a tie: worth under a point to the plan (review 84 M1: a Satpol PP
        # officer out of his JF, -15.0 to him, "worth 0.01 points to the plan as a
        # whole", was not among the summary's ties), the least worth first
        near = np.flatnonzero(((pts > 0) & (pts < 1)).to_numpy())
        if len(near):
            near = near[np.lexsort((_text(mv["employee_id"])[near], pts.to_numpy()[near]))]
            out.update(plan_near=len(near), plan_near_names=_movers_named(mv, near))
    return out


def _citing(mv: pd.DataFrame, keys: frozenset) -> np.ndarray:
    """The rows of the moves whose reason holds a part of one of the message ``keys``,
    in the order of their employee ids."""
    from placement.i18n import find_part  # start-up time

    if "reason" not in mv or not len(mv):
        return np.zeros(0, dtype=np.int64)
    rows = np.flatnonzero([find_part(m, keys) is not None for m in mv["reason"]])
    return rows[np.argsort(_text(mv["employee_id"])[rows], kind="stable")]


def _leaver_ties(mv: pd.DataFrame) -> dict:
    """The holders who leave an over-filled post where keeping them instead of one kept
    there leaves the plan's total as it is, a tie the rule for ties decided
    (``leaver_ties``, named: ``leaver_ties_names``; review 95 M3: six reasons said so in
    `quota`, and the summary's count of ties read 0; review 125 H1: a tie with one kept
    other than the least kept)."""
    tied = _citing(mv, KEPT_TIES)
    if not len(tied):
        return {"leaver_ties": 0, "leaver_ties_names": ""}
    return {"leaver_ties": len(tied), "leaver_ties_names": _movers_named(mv, tied)}


#: the reason message of a move out of a post whose formasi the scenario lowers
FORMASI_CUT = frozenset({"reason.formasi_cut"})
FORMASI_RAISED = frozenset({"reason.formasi_raised"})


def _formasi_cut_moves(result, mv: pd.DataFrame) -> dict:
    """The moves whose reasons rest on a formasi the scenario lowers
    (``reason.formasi_cut``), counted (``formasi_cut_moves``) and named, and how many of
    them leave a post over its formasi already in the data, which would lose holders
    without the change too (``formasi_cut_over``; review 121 M5: moves of `workload`
    rested on the cuts of an ABK the scenario calls illustrative, and the summary did
    not say which; review 124 H1: "each stands or falls with that change" was not so
    of those); and the moves into a post the scenario raises, more placed there than
    its formasi as read (``formasi_raised_moves`` and ``_names``; review 125 M4)."""
    raised = _formasi_marked(mv, "formasi_raised")
    up = {
        "formasi_raised_moves": len(raised),
        "formasi_raised_names": _movers_named(mv, raised),
        "formasi_raised_hires": _hires_into_raised(result),
    }
    cut = _formasi_marked(mv, "formasi_cut")
    if not len(cut):
        return {"formasi_cut_moves": 0, "formasi_cut_names": "", "formasi_cut_over": 0, **up}
    # a post over its formasi already in the data loses holders without the change too
    # (review 124 H1: 10 of quota's 58 made the same move in replace)
    src = getattr(result.compiled.plan, "source", None) if result.compiled is not None else None
    over = 0
    if src is not None:
        emp, pos = src.employees, src.positions
        held = _text(emp["current_position"])[~src.excluded]
        count = pd.Series(held).value_counts()
        seats = pd.Series(
            pd.to_numeric(pos["headcount"], errors="coerce").to_numpy(), index=_text(pos["id"])
        )
        came = _text(mv["from_position"])[cut]
        over = int(
            (count.reindex(came).fillna(0).to_numpy() > seats.reindex(came).to_numpy()).sum()
        )
    return {
        "formasi_cut_moves": len(cut),
        "formasi_cut_names": _movers_named(mv, cut),
        "formasi_cut_over": over,
        **up,
    }


def _formasi_marked(mv: pd.DataFrame, mark: str) -> np.ndarray:
    """The rows of the classified moves whose ``formasi_check`` holds ``mark`` (alone or
    in ``formasi_cut_raised``), in the order of their employee ids, as :func:`_citing`
    gives them (the reasons read once, by :func:`classified_moves`)."""
    if "formasi_check" not in mv:
        return _citing(mv, FORMASI_RAISED if mark == "formasi_raised" else FORMASI_CUT)
    check = _text(mv["formasi_check"])
    rows = np.flatnonzero((check == mark) | (check == "formasi_cut_raised"))
    return rows[np.argsort(_text(mv["employee_id"])[rows], kind="stable")]


def raised_posts(result) -> dict[str, tuple[int, int]]:
    """Per post id whose formasi the scenario raised and whose seats this placement
    fills beyond its formasi as read (:func:`~placement.model.reasons.
    formasi_raised_seats`): (formasi as read, formasi now)."""
    from placement.model.reasons import formasi_raised_seats  # start-up time

    comp = result.compiled
    if comp is None or result.assignment is None:
        return {}
    ups = formasi_raised_seats(comp, np.asarray(result.assignment, dtype=np.int64))
    ctx = comp.context
    now = ctx.pos("headcount")
    return {str(ctx.pos_ids[q]): (was, int(now[q])) for q, (was, _) in ups.items()}


def _formasi_changes(result) -> dict:
    """The seats the scenario's operations add to the formasi as read (raised posts and
    new ones: ``seats_added`` in ``posts_raised``), how many of them this plan fills
    (``added_filled``: seated in a post beyond its formasi as read, those the vacancies
    count over it aside) and leaves empty (``added_empty``), and the seats taken from
    posts it keeps or closes (``seats_cut`` in ``posts_cut``). Review 161 M3: `quota`
    adds 150 seats to the health and education offices and fills 27, which no line
    said, while the fill rate of the whole hid two offices falling by ten points."""
    keys = ("seats_added", "posts_raised", "added_filled", "added_empty", "seats_cut", "posts_cut")
    out = dict.fromkeys(keys, 0)
    comp = result.compiled
    if comp is None or result.assignment is None:
        return out
    from placement.model.compile import formasi_read, left_over_formasi  # start-up time

    ctx = comp.context
    was = formasi_read(comp.plan, ctx)
    if was is None:
        return out
    was = np.nan_to_num(was, nan=0.0).astype(np.int64)  # a new post: none as read
    now = ctx.pos("headcount").astype(np.int64)
    a = np.asarray(result.assignment, dtype=np.int64)
    seated = np.bincount(a[(a >= 0) & ~left_over_formasi(comp, a)], minlength=len(now))
    up, down = now > was, now < was
    filled = np.clip(np.minimum(seated, now) - was, 0, None)[up]
    out.update(
        seats_added=int((now - was)[up].sum()),
        posts_raised=int(up.sum()),
        added_filled=int(filled.sum()),
        added_empty=int((now - was)[up].sum() - filled.sum()),
        seats_cut=int((was - now)[down].sum()),
        posts_cut=int(down.sum()),
    )
    return out


def _hires_into_raised(result) -> int:
    """New hires seated beyond the formasi as read of a post the scenario raised, in
    turn (:func:`~placement.model.reasons.beyond_raised`; review 127 M5, 128 M5: 14 of
    `quota`'s hires took such seats, and only the moves were named; review 159 M1: those
    within the formasi as read were counted too)."""
    return int(hires_beyond_raised(result).sum())


def hires_beyond_raised(result) -> np.ndarray:
    """bool per placement row: a new hire seated beyond the formasi as read of a post
    the scenario raised (their SK rests on that raise)."""
    from placement.model.reasons import beyond_raised  # start-up time

    pl = result.placements
    comp = result.compiled
    if comp is None or result.assignment is None or not raised_posts(result):
        return np.zeros(len(pl), dtype=bool)
    hire = (_text(pl["status"]) == "new") if "status" in pl else np.zeros(len(pl), dtype=bool)
    beyond = beyond_raised(comp, np.asarray(result.assignment, dtype=np.int64))
    rows = pd.Index(comp.context.emp_ids).get_indexer(_text(pl["employee_id"]))
    return hire & (rows >= 0) & beyond[np.maximum(rows, 0)]


def _below_selection(mv: pd.DataFrame) -> dict:
    """The moves into a post where the person's JPM there is below the selection's
    Masih Memenuhi Syarat (68: Kurang Memenuhi Syarat), counted (``kms_moves``) and
    named, the lowest first (``kms_moves_names``): no rule of the bundled scenarios
    keeps such a lateral move out, yet a selection would not pass them (review 92 M2:
    eight moves of workload landed at JPM 55 to 63.6 in priority desks, their own
    reasons naming colleagues at 90.9 and 100, and the summary said nothing)."""
    from placement.domain.categories import SELECTION_CATEGORIES  # start-up time

    none = {"kms_moves": 0, "kms_moves_names": "", "kms_threshold": SELECTION_CATEGORIES[1][1]}
    if "jpm_after" not in mv or not len(mv):
        return none
    jpm = pd.to_numeric(mv["jpm_after"], errors="coerce").to_numpy(float)
    placed = _text(mv["to_position"]) != ""
    with np.errstate(invalid="ignore"):
        low = np.flatnonzero(placed & (jpm < none["kms_threshold"]))
    if not len(low):
        return none
    low = low[np.lexsort((_text(mv["employee_id"])[low], jpm[low]))]
    return {**none, "kms_moves": len(low), "kms_moves_names": _movers_named(mv, low)}


def _rises_with_gaps(mv: pd.DataFrame) -> dict:
    """The moves to a higher jabatan or kelas (``grade_change`` promosi, kelas_naik)
    that land below the new post's standard in a competency (``gaps_after``), counted
    (``rise_gaps``) and named, most gaps first (``rise_gaps_names``): the SK with a
    development plan for them (review 134 M2: a promotion at level 1 of 3 in the
    post's Administrasi Kependudukan read JPM 88, and the summary said nothing)."""
    none = {"rise_gaps": 0, "rise_gaps_names": ""}
    need = {"gaps_after", "grade_change", "competencies_below_after"}
    if not need <= set(mv.columns) or not len(mv):
        return none
    up = np.isin(_text(mv["grade_change"]), RISES)
    gaps = _text(mv["gaps_after"])
    rows = np.flatnonzero(up & (gaps != ""))
    if not len(rows):
        return none
    many = pd.to_numeric(mv["competencies_below_after"], errors="coerce").to_numpy(float)[rows]
    rows = rows[np.lexsort((_text(mv["employee_id"])[rows], -np.nan_to_num(many)))]
    return {"rise_gaps": len(rows), "rise_gaps_names": _movers_named(mv, rows)}


def _unassessed_moves(mv: pd.DataFrame) -> dict:
    """The moves into a post whose standard holds competencies not assessed for the
    person (``unassessed_after``), counted (``unassessed_moves``; ``unassessed_none``
    of them assessed in none, their JPM unknown) and named, those assessed in none
    first, then the most not assessed (``unassessed_names``): each SK after an
    assessment (review 168 L3)."""
    none = {"unassessed_moves": 0, "unassessed_none": 0, "unassessed_names": ""}
    if "unassessed_after" not in mv or not len(mv):
        return none
    blank = _text(mv["unassessed_after"])
    rows = np.flatnonzero(blank != "")
    if not len(rows):
        return none
    unknown = np.isnan(pd.to_numeric(mv["jpm_after"], errors="coerce").to_numpy(float))[rows]
    many = np.char.count(blank[rows].astype(str), "; ") + 1
    rows = rows[np.lexsort((_text(mv["employee_id"])[rows], -many, ~unknown))]
    return {
        "unassessed_moves": len(rows),
        "unassessed_none": int(unknown.sum()),
        "unassessed_names": _movers_named(mv, rows),
    }


def _unlicensed_seats(vac: pd.DataFrame) -> dict:
    """``unlicensed_seats`` and ``unlicensed_posts``: the seats held for now by holders
    without the post's licence (``kept_without_licence`` of the vacancies), and in how
    many posts: seats a holder of the licence is still needed for."""
    if not len(vac) or "kept_without_licence" not in vac:
        return {"unlicensed_seats": 0, "unlicensed_posts": 0}
    held = vac["kept_without_licence"].to_numpy(dtype=np.int64)
    return {"unlicensed_seats": int(held.sum()), "unlicensed_posts": int((held > 0).sum())}


def facts(result) -> dict:
    """The numbers of the plain-language summary (None where unknown), computed once per
    result: the summary, the comparison and the workbook each read them."""
    kept = result.__dict__.setdefault("_report_tables", {})
    if "facts" not in kept:
        kept["facts"] = _facts(result)
    return dict(kept["facts"])


def _facts(result) -> dict:
    k = result.kpis
    mv = classified_moves(result)
    kinds = mv["move_kind"].value_counts() if "move_kind" in mv else pd.Series(dtype=int)
    grades = mv["grade_change"].value_counts() if "grade_change" in mv else pd.Series(dtype=int)
    pl = result.placements
    new_placed = int((pl["status"] == "new").sum()) if "status" in pl else 0
    new_total = int((_text(pl["current_position"]) == "").sum()) if "current_position" in pl else 0
    vac = result.vacancies
    retiring = k.get("retiring_within_horizon")
    if retiring is None and "retirements" in getattr(result, "tables", {}):
        retiring = len(result.tables["retirements"])
    return {
        "employees": k.get("employees"),
        "stays": k.get("stays"),
        "changes": int(kinds.get("rotasi", 0) + kinds.get("mutasi", 0)),
        "rotasi": int(kinds.get("rotasi", 0)),
        "mutasi": int(kinds.get("mutasi", 0)),
        "promosi": int(grades.get("promosi", 0)),
        "demosi": int(grades.get("demosi", 0)),
        "kelas_naik": int(grades.get("kelas_naik", 0)),
        "kelas_turun": int(grades.get("kelas_turun", 0)),
        **_plan_worth(result, mv),
        **_below_selection(mv),
        **_rises_with_gaps(mv),
        **_unassessed_moves(mv),
        **_leaver_ties(mv),
        **_formasi_cut_moves(result, mv),
        "tpk": int((mv["review"] == "tpk").sum()) if "review" in mv else 0,
        "pansel": int((mv["review"] == "pansel").sum()) if "review" in mv else 0,
        "skp_check": int((mv["skp_check"] == "skp_below_baik").sum()) if "skp_check" in mv else 0,
        "skp_unknown": int((mv["skp_check"] == "skp_unknown").sum()) if "skp_check" in mv else 0,
        "skp_priority": int((mv["skp_check"] == "skp_priority").sum()) if "skp_check" in mv else 0,
        "skp_priority_hires": _skp_priority_hires(result),
        **_weak_mutasi(result, mv),
        "jf_check": _marked(mv, "jf_check", "angka_kredit"),
        "jf_track": _marked(mv, "jf_check", "uji_kompetensi"),
        "jf_track_held": _marked(mv, "jf_check", "uji_kompetensi_held"),
        "jf_leave": int((mv["jf_leave"] != "").sum()) if "jf_leave" in mv else 0,
        "seat_check": int((mv["seat_check"] == "seat_after_exit").sum())
        if "seat_check" in mv
        else 0,
        # the first in turn into such a post, a seat free now (review 117 L3: "Moves
        # into a post that holds people over its formasi …: 5" of 6)
        "seat_first": int((mv["seat_check"] == "seat_first").sum()) if "seat_check" in mv else 0,
        # into a unit the plan puts over its budget (review 152 M2)
        "budget_over_sks": int(sum(part.sum() for part in into_overrun(result, mv))),
        # on a formasi the scenario changes (review 152 M1)
        "formasi_moves": int((mv["formasi_check"] != "").sum()) if "formasi_check" in mv else 0,
        **_licence_missing(pl, getattr(result, "tables", {}).get("decisions")),
        **_no_level_post(result),
        **_jpt_without_post(result),
        **_over_formasi(result),
        **_formasi_changes(result),
        **_kept_pending(result),
        **_reorganised(result),
        **_other_decisions(result),
        **_cap_below_formasi(result),
        **_over_budget(result),
        "lost_post": int(kinds.get("lost_post", 0)),
        "lost_pay": _lost_pay(result),
        **_retirement_shifts(mv),
        "bup_later_ops": int(k.get("bup_later_by_operations") or 0),
        "bup_earlier_ops": int(k.get("bup_earlier_by_operations") or 0),
        "new_placed": new_placed,
        "new_total": new_total,
        "unplaced": k.get("unplaced"),
        "vacant_seats": int(vac["vacant"].sum()) if len(vac) and "vacant" in vac else 0,
        # posts left to the Tim Penilai Kinerja and the Pansel (structural_appointments)
        "selection_tpk": int((vac["selection"] == "tpk").sum()) if "selection" in vac else 0,
        "selection_pansel": int((vac["selection"] == "pansel").sum()) if "selection" in vac else 0,
        "vacant_posts": int((vac["vacant"] > 0).sum()) if len(vac) and "vacant" in vac else 0,
        **_unlicensed_seats(vac),
        "seats": k.get("seats"),
        "jpm_before": k.get("mean_jpm_before"),
        "jpm_after": k.get("mean_jpm_incumbents_after"),
        "jpm_mean": k.get("mean_jpm"),
        "jpm_assessed": int(pl["jpm"].notna().sum()) if "jpm" in pl else 0,
        "placed": k.get("placed"),
        "people_needing_training": k.get("people_needing_training"),
        "training_gap_total": k.get("training_gap_total"),
        "retiring": retiring,
        "time_in_post": _time_in_post(result),
        "retire_end": _horizon_end(k),
        "retire_past": k.get("excluded_past_retirement"),
        **_seats_past_horizon(mv, _horizon_end(k)),
        **_seats_past_entry_age(result, mv),
    }


def _seats_past_horizon(mv: pd.DataFrame, end: str | None) -> dict:
    """The moves into a post held over formasi whose seat is sure to be free only past
    the planning horizon (``seat_far``; ``seat_far_names``: "Name (NIP)"): no SK to date
    within the plan unless those kept pending are decided on first (review 84 M3: Fahar
    Rojawan's seat in P0268, sure to be free on 2037-05-01)."""
    if end is None or "seat_by" not in mv or not len(mv):
        return {"seat_far": 0, "seat_far_names": ""}
    by = _text(mv["seat_by"])
    far = np.flatnonzero((by != "") & (by > end))
    return {"seat_far": len(far), "seat_far_names": _movers_named(mv, far) if len(far) else ""}


def jf_age_deadlines(result, mv: pd.DataFrame) -> list[str]:
    """Per move whose seat waits: the day its SK is to be dated before, where the
    person is past the JF level's entry age by then (ISO text); '' otherwise."""
    from placement.domain.jf_entry import entry_age_end  # start-up time

    out = [""] * len(mv)
    if "seat_check" not in mv or result.compiled is None:
        return out
    ctx = result.compiled.context
    waits = np.flatnonzero(mv["seat_check"].astype(str).to_numpy() == "seat_after_exit")
    e = pd.Index(ctx.emp_ids).get_indexer(mv["employee_id"].astype(str).to_numpy()[waits])
    q = pd.Index(ctx.pos_ids).get_indexer(mv["to_position"].astype(str).to_numpy()[waits])
    for k, i, p in zip(waits.tolist(), e.tolist(), q.tolist(), strict=True):
        end = entry_age_end(ctx, i, p) if i >= 0 and p >= 0 else None
        if end is not None:
            out[k] = end[0].date().isoformat()
    return out


def entrants(result, mv: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per move of ``mv`` (every official given a new post): how many officials the
    plan moves into its post, the moves into it (new hires apart: they take its free
    seats first, a CPNS being appointed to a vacant formasi), and how many the post
    holds over its formasi (0 for none)."""
    to = mv["to_position"].astype(str)
    vac = result.vacancies
    over = pd.Series(
        (vac["supernumerary"] + vac["kept_pending"]).to_numpy(int),
        index=vac["position"].astype(str).to_numpy(),
    )
    came = to.map(to.value_counts()).to_numpy(int)
    return came, over.reindex(to.to_numpy()).fillna(0).to_numpy(int)


def _seats_past_entry_age(result, mv: pd.DataFrame) -> dict:
    """The moves into a JF post whose seat waits for an exit sure to come only once
    the person is past the age of entering it from another post (``seat_age``;
    ``seat_age_names``: "Name (NIP)"), where every official's SK into the post waits:
    the SK is to be dated before that day, so a seat must be freed for them first, or
    the move cannot be made (review 92 H2: Hari Seyan Tanato's seat in P0088, by
    2030-11-01, his SK to be dated before 2028-03-04, was said by his reason and the SK
    list, not by the summary). Where only some SKs into the post wait, the PPK may date
    theirs among the first (the SK list says so)."""
    if "seat_by" not in mv or not len(mv) or not len(result.vacancies):
        return {"seat_age": 0, "seat_age_names": ""}
    by = _text(mv["seat_by"])
    before = np.array(jf_age_deadlines(result, mv), dtype=object)
    came, held = entrants(result, mv)
    late = np.flatnonzero((by != "") & (before != "") & (by >= before) & (came <= held))
    return {"seat_age": len(late), "seat_age_names": _movers_named(mv, late) if len(late) else ""}


def _movers_named(mv: pd.DataFrame, rows: np.ndarray):
    """The movers of ``rows`` (positions in ``mv``, in that order) as the summary names
    them: "Name (NIP)", the first three and how many more."""
    from placement.i18n import person  # start-up time

    names = _text(mv["name"]) if "name" in mv else _text(mv["employee_id"])
    ids = _text(mv["employee_id"])
    return _first_three([person(names[i], ids[i]) for i in rows[:3].tolist()], len(rows))


def _first_three(shown: list, n: int, sep: str = ", "):
    """The first three of ``shown`` (messages) of ``n`` in all, "and k more" after."""
    from placement.i18n import join, msg  # start-up time

    more = [msg("and_n_more", n=n - 3)] if n > 3 else []
    return join("", [join(sep, shown[:3]), *more])


def _jpt_without_post(result) -> dict:
    """Serving JPT officials (eselon II) the plan leaves without a post
    (``jpt_no_post``) and who they are (``jpt_names``: a message, "Name (NIP)" as
    every message names people, the first three and how many more).
    A merged or closed JPT post can leave more heads than JPT seats; the engine cannot
    decide that for the regional head, and the summary must say so (review 32, finding
    5: a Kepala Dinas left without a post, the merged seat decided by 2 points)."""
    none = {"jpt_no_post": 0, "jpt_names": "", "jpt_seats": ""}
    un, comp = result.unplaced, result.compiled
    if comp is None or not len(un) or "current_position" not in un:
        return none
    pos = comp.org.positions
    jpt = set(_text(pos["id"])[_text(pos["kind"]) == "JPT"])
    serving = _text(un["reason_code"]) != "excluded" if "reason_code" in un else True
    who = un[np.isin(_text(un["current_position"]), list(jpt)) & serving]
    if not len(who):
        return none
    from placement.i18n import person  # start-up time

    names = who["name"] if "name" in who else pd.Series([None] * len(who), index=who.index)
    shown = [
        person(n, e) for n, e in zip(names[:3], who["employee_id"].astype(str)[:3], strict=True)
    ]
    return {
        "jpt_no_post": int(len(who)),
        "jpt_names": _first_three(shown, len(who)),
        "jpt_seats": _jpt_seats(result, _text(who["employee_id"]), list(names)),
    }


def _jpt_seats(result, ids: np.ndarray, names: list):
    """The JPT posts the plan leaves with a seat empty (for the Pansel) and, for each,
    which of the JPT officials ``ids`` left without a post meet its education, golongan
    and field (review 118 M3: "the changes leave more heads than JPT seats" of `merge`,
    whose two heads faced two empty JPT seats, the merged office's and Dinas
    Perhubungan's, whose field neither has)."""
    from placement.i18n import join, msg, person  # start-up time
    from placement.model.eligibility import rules_missed  # start-up time

    comp = result.compiled
    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    hc = ctx.pos("headcount").astype(np.int64)
    filled = np.bincount(a[a >= 0], minlength=ctx.n_positions)
    jpt = _text(comp.org.positions["kind"]) == "JPT"
    empty = np.flatnonzero(jpt & (hc > filled))
    if not len(empty):
        return msg("sum.jpt_seats_none", n=len(ids))
    at = pd.Index(np.asarray(ctx.emp_ids).astype(str)).get_indexer(ids)
    labels = result.problem.labels["position"]
    posts = []
    policy = comp.config.eligibility
    rule_names = [msg(f"sum.jpt_rule_{r}") for r in ("education", "rank", "field")]
    for q in empty.tolist():
        missed = rules_missed(ctx, policy, at, np.full(len(at), q))
        meets = ~missed.any(axis=0)
        # of those who do not meet it, what each misses (review 135 M2: "education,
        # golongan and field none of them meets" read as missing all three, where
        # both heads missed the field only)
        misses = join(
            ", ",
            [
                msg(
                    "sum.jpt_misses",
                    who=person(names[k], ids[k]),
                    rules=join(", ", [rule_names[r] for r in np.flatnonzero(missed[:, k])]),
                )
                for k in np.flatnonzero(~meets).tolist()
            ],
        )
        if meets.all():
            who = msg("sum.jpt_seat_all")
        elif not meets.any():
            who = msg("sum.jpt_seat_none", missed=misses)
        else:
            some = [person(names[k], ids[k]) for k in np.flatnonzero(meets).tolist()]
            who = msg("sum.jpt_seat_some", who=join(", ", some), missed=misses)
        posts.append(msg("sum.jpt_seat", position=labels[q], n=int(hc[q] - filled[q]), who=who))
    seats = int((hc[empty] - filled[empty]).sum())
    key = "sum.jpt_seats_fewer" if seats < len(ids) else "sum.jpt_seats"
    return msg(key, n=seats, posts=join("; ", posts))


def _cap_below_formasi(result) -> dict:
    """Units whose headcount cap (``max_headcount``) is below the seats of their posts
    (the formasi): seats no plan can fill (review 37: quota's Dinas Kesehatan showed a
    shortage of 96 where its cap allows 19 more). ``cap_short`` units,
    ``cap_short_seats`` seats, ``cap_short_names`` (the first three, with both
    figures)."""
    none = {"cap_short": 0, "cap_short_seats": 0, "cap_short_names": ""}
    comp = result.compiled
    if comp is None:
        return none
    from placement.i18n import msg  # start-up time
    from placement.model.problem import NO_LIMIT  # start-up time

    ctx = comp.context
    seats = np.bincount(
        ctx.pos("unit_idx").astype(np.int64), weights=ctx.pos("headcount"), minlength=ctx.n_units
    )
    # the caps as the problem has them (none where the scenario applies no unit caps)
    given = np.asarray(result.problem.unit_cap)
    cap = np.where(given == NO_LIMIT, np.nan, given.astype(float))
    short = np.flatnonzero(~np.isnan(cap) & (cap < seats))
    if not len(short):
        return none
    names = comp.org.units["name"].to_numpy(dtype=object) if "name" in comp.org.units else None
    ids = comp.org.units["id"].to_numpy(dtype=object)
    shown = [
        msg(
            "sum.cap_unit",
            unit=str(names[u]) if names is not None and str(names[u]) else str(ids[u]),
            seats=int(seats[u]),
            cap=int(cap[u]),
        )
        for u in short[:3].tolist()
    ]
    return {
        "cap_short": int(len(short)),
        "cap_short_seats": int((seats[short] - cap[short]).sum()),
        "cap_short_names": _first_three(shown, len(short), "; "),
    }


def budget_overruns(result) -> dict[str, tuple[float, float]]:
    """Per unit id the plan puts over its budget (``unit_fill``): (monthly cost after,
    budget)."""
    uf = result.unit_fill
    if result.compiled is None or "budget" not in uf or not len(uf):
        return {}
    over = uf[uf["monthly_cost_after"] > uf["budget"]]
    return {
        str(u): (float(a), float(b))
        for u, a, b in zip(over["unit"], over["monthly_cost_after"], over["budget"], strict=True)
    }


def into_overrun(result, mv: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """bool per move of ``mv`` into another unit that the plan puts over its budget, and
    per new hire of the placements placed in such a unit: SKs that add to a cost over
    its budget (review 152 M2: 30 SKs into Disdukcapil and DPMPTSP of `workload`, both
    over, read no word)."""
    over = list(budget_overruns(result))
    pl = result.placements
    hires = (_text(pl["status"]) == "new") if "status" in pl else np.zeros(len(pl), dtype=bool)
    if not over:
        return np.zeros(len(mv), dtype=bool), np.zeros(int(hires.sum()), dtype=bool)
    to = _text(mv["to_unit"]) if "to_unit" in mv else np.full(len(mv), "", dtype=object)
    came = _text(mv["from_unit"]) if "from_unit" in mv else to
    moves = np.isin(to, over) & (to != came)
    return moves, np.isin(_text(pl["unit"])[hires], over)


def _over_budget(result) -> dict:
    """Units the plan puts over their budget (``unit_fill``'s ``monthly_cost_after`` above its
    ``budget``): ``over_budget`` units, ``over_budget_names`` (the first three, most
    over first, with the cost before, after and the budget), ``over_budget_held``
    whether the scenario holds budgets as a rule (then a unit over broke it).
    Review 103 M3: `workload` put two units 6.2 % and 4.7 % over and said nothing."""
    none = {
        "over_budget": 0,
        "over_budget_names": "",
        "over_budget_held": False,
        "over_budget_fixes": "",
    }
    uf = result.unit_fill
    if result.compiled is None or "budget" not in uf:
        return none
    from placement.i18n import msg  # start-up time

    over = uf[uf["unit"].astype(str).isin(list(budget_overruns(result)))]
    if not len(over):
        return none
    held = result.compiled.config.constraints.budgets is not None
    share = (over["monthly_cost_after"] / over["budget"] - 1).to_numpy(float)
    rows = np.lexsort((over["unit"].to_numpy(dtype=object), -share))
    shown = [
        msg(
            "sum.budget_unit",
            unit=str(over["unit_name"].iloc[r]) or str(over["unit"].iloc[r]),
            before=float(over["monthly_cost_before"].iloc[r]),
            after=float(over["monthly_cost_after"].iloc[r]),
            budget=float(over["budget"].iloc[r]),
            pct=100 * float(share[r]),
        )
        for r in rows[:3].tolist()
    ]
    return {
        "over_budget": int(len(over)),
        "over_budget_names": _first_three(shown, len(over), "; "),
        # held as a rule, a unit goes over only where the run broke it (relaxed)
        "over_budget_held": held,
        "over_budget_fixes": _budget_fixes(result, over, held),
    }


def _budget_fixes(result, over: pd.DataFrame, held: bool = False):
    """Per unit over its budget (rows of ``unit_fill``, most over first as named), the
    moves into it whose reasons name an alike post elsewhere (``alike_posts``: as good
    for them and for the plan, a seat free that no offer takes, its unit within its
    budget with their cost) enough of which, placed there instead, bring it within its
    budget: a message per such unit, the movers costliest first and one to an alike
    post, each other unit's room spent as they go, then the units none brings within it
    (review 124 M3; ``held``: budgets held as a rule, no advice to add them); "" where
    no unit is over (review 122 M1:
    DPMPTSP read 850 over its budget in `replace`, while the move into it of Mumat
    Nasnurah, 6,408 a month, named P0589 of a kecamatan within its own as as good)."""
    from placement.i18n import join, msg, person  # start-up time

    mv = result.moves
    if "alike_posts" not in mv or not len(mv):
        return ""
    comp = result.compiled
    pos = comp.org.positions
    unit_of = dict(zip(_text(pos["id"]), _text(pos["unit"]), strict=True))
    title = dict(zip(_text(pos["id"]), _text(pos["title"]), strict=True))
    emp = comp.org.employees
    pay = pd.to_numeric(emp["monthly_cost"], errors="coerce")
    cost = dict(zip(_text(emp["id"]), pay, strict=True))
    uf = result.unit_fill.set_index("unit")
    # a unit without a budget has room for anyone (as the alike posts read it)
    room = (uf["budget"] - uf["monthly_cost_after"]).fillna(np.inf).to_dict()
    taken: set[str] = set()
    fixes = []
    without: list[str] = []  # the units none of the ways brings within (review 124 M3)
    share = (over["monthly_cost_after"] / over["budget"]).to_numpy(float)
    for r in np.lexsort((over["unit"].to_numpy(dtype=object), -share)).tolist():
        u = str(over["unit"].iloc[r])
        into = mv[(_text(mv["to_unit"]) == u) & (_text(mv["alike_posts"]) != "")]
        into = into.assign(_cost=into["employee_id"].astype(str).map(cost))
        into = into.sort_values(["_cost", "employee_id"], ascending=[False, True], kind="stable")
        need = -room.get(u, 0.0)
        chosen: list = []
        picked: set[str] = set()  # taken for good only if they bring the unit within
        spent: dict[str, float] = {}
        for e, name, posts, c in zip(
            into["employee_id"], into["name"], into["alike_posts"], into["_cost"], strict=True
        ):
            if need <= 0 or not c > 0:
                break
            for q in str(posts).split("; "):
                v = unit_of.get(q, u)
                free = q not in taken and q not in picked
                if v != u and free and room.get(v, np.inf) - spent.get(v, 0) >= c:
                    chosen.append((person(name, e), q))
                    spent[v] = spent.get(v, 0) + c
                    picked.add(q)
                    need -= c
                    break
        if need > 0 or not chosen:
            without.append(str(over["unit_name"].iloc[r]) or u)
            continue
        taken |= picked  # review 127 M2: a unit not brought within used none up
        for v, c in spent.items():
            room[v] = room.get(v, np.inf) - c
        fixes.append(
            msg(
                "sum.budget_fix",
                unit=str(over["unit_name"].iloc[r]) or u,
                who=join(
                    ", ",
                    [msg("sum.budget_fix_one", who=w, post=q, title=title[q]) for w, q in chosen],
                ),
            )
        )
    if without:  # review 128 M6: said where no unit has a way too
        key = "sum.budget_no_fix_held" if held else "sum.budget_no_fix"
        fixes.append(msg(key, units=join("; ", without)))
    return join(" ", fixes) if fixes else ""


def _named(comp, who: np.ndarray):
    """The people ``who`` (indices) as the summary names them: "Name (NIP)", the first
    three and how many more."""
    from placement.i18n import person  # start-up time

    emp = comp.org.employees
    names = emp["name"].to_numpy(dtype=object) if "name" in emp else [None] * len(emp)
    ids = comp.context.emp_ids
    return _first_three([person(names[i], str(ids[i])) for i in who[:3].tolist()], len(who))


def _kept_pending(result) -> dict:
    """Serving officials the plan has no seat for within the rules, kept in their post
    over its formasi pending a decision (``kept_pending``), and who they are
    (``kept_pending_names``)."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        return {"kept_pending": 0, "kept_pending_names": ""}
    from placement.model.decisions import kept_pending  # start-up time

    who = np.flatnonzero(kept_pending(result))
    return {"kept_pending": int(len(who)), "kept_pending_names": _named(comp, who)}


#: the decisions list's rows of licence holders placed outside their profession while
#: it has seats the plan leaves empty (placement.domain.profession; review 72)
OUTSIDE_PROFESSION = "outside_profession"


def _reorganised(result) -> dict:
    """Those who keep their own post in an office the scenario merges or renames
    (:func:`~placement.model.tables.reorganised_stays`), counted (``reorganised``) and
    per office before and after (``reorganised_units``, a message): no move lists them,
    yet each needs an SK into the new organisation (review 120 M2: `merge`'s 101 staff
    of Dinas Lingkungan Hidup entering the merged office were counted nowhere). Of
    them, those who hold a structural post whose seat the decisions list puts to the
    Tim Penilai Kinerja against an official whose post the scenario closes
    (``reorganised_tpk``, named: ``reorganised_tpk_names``; review 135 H1: their SKs
    were counted among the settled), and those officials whom the plan moves elsewhere
    meanwhile (``reorganised_tpk_movers``, named: ``reorganised_tpk_movers_names``;
    review 143 M2: Yaman Galim's move to a kecamatan would settle by default the
    contest for P0254 that his own reason puts to the Tim Penilai Kinerja)."""
    from placement.i18n import join, msg  # start-up time
    from placement.model.tables import reorganised_stays  # start-up time

    none = {
        "reorganised": 0,
        "reorganised_units": "",
        "reorganised_tpk": 0,
        "reorganised_tpk_names": "",
        "reorganised_tpk_movers": 0,
        "reorganised_tpk_movers_names": "",
    }
    if result.compiled is None or result.assignment is None:
        return none
    stays = reorganised_stays(result)
    if not len(stays):
        return none
    per = stays.groupby(["unit_after", "unit_today"], sort=True).size().reset_index(name="n")
    units = [
        msg("sum.reorganised_unit", before=b, after=a, n=int(k))
        for a, b, k in zip(per["unit_after"], per["unit_today"], per["n"], strict=True)
    ]
    at = _contested_stays(result, stays)
    movers = np.array(sorted(tpk_movers(result, stays)), dtype=np.int64)
    return {
        "reorganised": len(stays),
        "reorganised_units": join("; ", units),
        "reorganised_tpk": len(at),
        "reorganised_tpk_names": _named(result.compiled, np.sort(at)) if len(at) else "",
        "reorganised_tpk_movers": len(movers),
        "reorganised_tpk_movers_names": _named(result.compiled, movers) if len(movers) else "",
    }


def _contested_stays(result, stays: pd.DataFrame) -> np.ndarray:
    """Of ``stays`` (:func:`~placement.model.tables.reorganised_stays`), the holders whose
    seat the decisions list puts to the Tim Penilai Kinerja against an official whose
    post the scenario closes (employee indices, in the order of ``stays``)."""
    from placement.model.counterparts import contested_holders  # start-up time

    ids = result.compiled.context.emp_ids
    held = {str(ids[j]) for j in contested_holders(result)}
    tpk = np.flatnonzero(stays["employee_id"].astype(str).isin(held).to_numpy())
    return pd.Index(ids).get_indexer(stays["employee_id"].astype(str).to_numpy()[tpk])


def tpk_movers(result, stays: pd.DataFrame | None = None) -> dict[int, int]:
    """The officials weighed against a holder :func:`_contested_stays` keeps whom the
    plan moves to another post meanwhile (not left without one: the decisions list's),
    each with the contested post (employee index -> post index): their SK is dated after
    the Tim Penilai Kinerja's decision on it (review 149 M5: Yaman Galim's SK into a
    kecamatan post stood in the attachment to sign, while the summary said to date it
    after the Tim's decision on P0254)."""
    from placement.model.counterparts import contested_holders  # start-up time
    from placement.model.tables import reorganised_stays  # start-up time

    if result.compiled is None or result.assignment is None:
        return {}
    stays = reorganised_stays(result) if stays is None else stays
    if not len(stays):
        return {}
    contested = contested_holders(result)
    cur = result.compiled.context.emp("current_pos").astype(np.int64)
    a = np.asarray(result.assignment, dtype=np.int64)
    out: dict[int, int] = {}
    for j in _contested_stays(result, stays).tolist():
        for i in contested[j]:
            if a[i] >= 0:
                out.setdefault(int(i), int(cur[j]))
    return out


def _lost_pay(result) -> float:
    """The monthly pay of the serving officials the plan leaves without a post (the
    units' ``monthly_cost_without_post``), 0 where the units have no costs."""
    uf = getattr(result, "unit_fill", None)
    if uf is None or "monthly_cost_without_post" not in uf:
        return 0.0
    return float(uf["monthly_cost_without_post"].sum())


def _other_decisions(result) -> dict:
    """Officials whose SK asks a decision of the PPK that an extension adds to the
    decisions list, as a row's decision or one added to it (penyetaraan: a converted
    post's holder below its education, outside its fields or golongan range; review
    53), counted (``other_decisions``) and named; apart, the licence holders outside
    their profession (``outside_profession``, named) and the officials a move of whose
    the plan left out, as its seat would have waited past their JF entry age
    (``left_out_age``, named; review 145 M1)."""
    none = {
        "other_decisions": 0,
        "other_decisions_names": "",
        "outside_profession": 0,
        "outside_profession_names": "",
        "left_out_age": 0,
        "left_out_age_names": "",
        "outside_profession_aged": 0,
    }
    comp = result.compiled
    dec = getattr(result, "tables", {}).get("decisions") if comp is not None else None
    if dec is None or not len(dec):
        return none
    from placement.model.decisions import KINDS  # start-up time

    at = {e: k for k, e in enumerate(comp.context.emp_ids)}
    out = {}
    # each row's decisions, the row's own and those added to it (review 79 M2: a doctor
    # converted on condition by penyetaraan; review 82: two kept over formasi, converted
    # on condition too, were counted among the kept only)
    extra = dec["also_decisions"] if "also_decisions" in dec else pd.Series("", index=dec.index)
    codes = [
        [d, *[x for x in str(a).split("; ") if x]]
        for d, a in zip(dec["decision"], extra, strict=True)
    ]
    from placement.domain.jf_entry import (  # start-up time
        LEFT_OUT_PAST_ENTRY_AGE,
        MOVE_PAST_ENTRY_AGE,
    )
    from placement.domain.penyetaraan import CONVERTED_ELSEWHERE  # start-up time
    from placement.domain.profession import LICENSED_ELSEWHERE  # start-up time
    from placement.domain.retirement import MOVE_PAST_HORIZON  # start-up time

    # moves that wait past the horizon, or past the JF entry age: the summary's
    # seat_far and seat_age name them; a move left out for that age, its own sentence;
    # a way for one kept over a converted post's formasi, no condition of their own;
    # nor the licence holders named on the row of one kept without the licence
    engine = {*KINDS, OUTSIDE_PROFESSION, MOVE_PAST_HORIZON, MOVE_PAST_ENTRY_AGE}
    engine.update((LEFT_OUT_PAST_ENTRY_AGE, CONVERTED_ELSEWHERE, LICENSED_ELSEWHERE))
    for key, rows in (
        ("other_decisions", np.array([any(c not in engine for c in cs) for cs in codes], bool)),
        ("outside_profession", np.array([OUTSIDE_PROFESSION in cs for cs in codes], bool)),
        ("left_out_age", np.array([LEFT_OUT_PAST_ENTRY_AGE in cs for cs in codes], bool)),
    ):
        who = np.array(sorted(at[e] for e in dec.loc[rows, "employee_id"]), dtype=np.int64)
        out[key], out[f"{key}_names"] = int(len(who)), _named(comp, who)
        if key == "outside_profession":
            # of them, those past the age of a perpindahan into each post of it: no rule
            # lets them back in (review 155 L1: the summary read as if all were to return)
            from placement.i18n import find_part  # start-up time

            notes = dec.loc[rows, "note"] if "note" in dec else []
            aged = {"decision.outside_profession_aged"}
            out["outside_profession_aged"] = sum(find_part(x, aged) is not None for x in notes)
    return out


def _over_formasi(result) -> dict:
    """Holders a rule keeps in their post until BUP without meeting its rules, over
    its formasi (``supernumerary``), and who they are (``supernumerary_names``, as
    :func:`_jpt_without_post` names them); apart, those kept over a formasi their
    post's holders exceed (cut by the scenario, or over-filled as read), whose
    retirement meets as much of the excess (``over_cut``, ``over_cut_names``,
    ``over_cut_rules``; ``retirement_meets_cut``: they meet their post's rules, review
    159 M2), with their posts (``over_cut_posts``), by how many seats those posts'
    holders who keep them exceed the plan's formasi (``over_cut_seats``, as the rule
    reads them) and how many of them the scenario cut (``over_cut_cut``)."""
    keys = ("supernumerary", "over_cut")
    out: dict = {f"{k}{s}": "" for k in keys for s in ("_names", "_rules")}
    out.update({k: 0 for k in keys}, over_cut_seats=0, over_cut_posts=0, over_cut_cut=0)
    comp = result.compiled
    if comp is None or result.assignment is None:
        return out
    from placement.model.decisions import kept_pending  # start-up time
    from placement.model.tables import over_formasi  # start-up time

    over = over_formasi(result) & ~kept_pending(result)
    ctx = comp.context
    cut = ctx.over_cut if ctx.over_cut is not None else np.zeros(len(over), dtype=bool)
    ruled = ctx.kept_by_rule
    for key, who in zip(
        keys, (np.flatnonzero(over & ~cut), np.flatnonzero(over & cut)), strict=True
    ):
        if not len(who):
            continue
        rules = sorted({str(ruled[i]) for i in who.tolist()} - {""}) if ruled is not None else []
        out[key] = int(len(who))
        out[f"{key}_names"] = _named(comp, who)
        out[f"{key}_rules"] = ", ".join(rules)
    if out["over_cut"]:  # their posts, and by how much their holders exceed the formasi
        posts = np.unique(ctx.emp("current_pos")[over & cut].astype(np.int64))
        # those who keep the post, as the rule reads them (review 165 M1: every holder
        # as read, one past BUP and four missing P0089's rules among them, read 12)
        beyond = ctx.holders_beyond
        out["over_cut_seats"] = int(beyond[posts].sum()) if beyond is not None else 0
        out["over_cut_posts"] = int(len(posts))
        if ctx.formasi_cut is not None:
            out["over_cut_cut"] = int((ctx.formasi_cut[posts] > 0).sum())
    return out


def _licence_missing(pl: pd.DataFrame, decisions: pd.DataFrame | None = None) -> dict:
    """How many people are placed in a licensed post without its certificate
    (``licence_missing``), the certificates, most missed first (``licences``:
    "Pengadaan Barang/Jasa 13, STR Perawat 2"), and how many of them the decisions list
    names (``licence_listed``: review 85 H1, "they keep their own post" of 85 read as
    if none went to the PPK, where 39 did)."""
    if "licence_check" not in pl:
        return {"licence_missing": 0, "licence_kept": 0, "licence_listed": 0, "licences": ""}
    missing = _text(pl["licence_check"])
    counts = pd.Series(missing[missing != ""]).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    kept = (missing != "") & (_text(pl["position"]) == _text(pl["current_position"]))
    listed = np.zeros(len(pl), dtype=bool)
    if decisions is not None and len(decisions) and "employee_id" in pl:
        listed = np.isin(_text(pl["employee_id"]), _text(decisions["employee_id"]))
    return {
        "licence_missing": int(counts.sum()),
        "licence_kept": int(kept.sum()),  # in their own post; the rest placed there
        "licence_listed": int((kept & listed).sum()),  # of those in their own post
        "licences": ", ".join(f"{k} {v}" for k, v in counts.items()),
    }


def _no_level_post(result) -> dict:
    """The licence holders the plan places in a clerk's post (JA Pelaksana), outside every
    profession whose licence they hold, where no post of it in the peta jabatan is at
    the level their golongan fits (:func:`~placement.domain.profession.without_level_post`):
    how many (``no_level_post``), by certificate, most first (``no_level_licences``), and
    the first three named (``no_level_names``). No move returns them to it: a post of
    that level is the formasi's question (review 149 M8: such midwives and nurses,
    III/c-IV/c, were on no list; 16 in each bundled scenario)."""
    none = {"no_level_post": 0, "no_level_licences": "", "no_level_names": ""}
    comp = result.compiled
    if comp is None or result.assignment is None:
        return none
    from placement.domain.profession import without_level_post  # start-up time

    a = np.asarray(result.assignment, dtype=np.int64)
    e, cert = without_level_post(comp.context, comp.config.eligibility, a)
    # a clerk's post, not a structural one (a doctor as Kepala Bidang is no clerk)
    ctx = comp.context
    clerk = (ctx.texts("positions", "kind")[a[e]] == "JA") & (
        ctx.texts("positions", "level")[a[e]] == "Pelaksana"
    )
    e, cert = e[clerk], cert[clerk]
    if not len(e):
        return none
    counts = pd.Series(cert).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    return {
        "no_level_post": len(e),
        "no_level_licences": ", ".join(f"{k} {v}" for k, v in counts.items()),
        "no_level_names": _named(comp, e),
    }


def _retirement_shifts(mv: pd.DataFrame) -> dict:
    """How many moves put the person's retirement date later (``bup_later``) or earlier
    (``bup_earlier``): the new post has another BUP (columns ``retirement_before`` and
    ``retirement_after`` of the moves; ISO dates compare as text)."""
    if "retirement_after" not in mv:
        return {"bup_later": 0, "bup_earlier": 0}
    was, now = _text(mv["retirement_before"]), _text(mv["retirement_after"])
    known = (was != "") & (now != "")
    return {
        "bup_later": int((known & (now > was)).sum()),
        "bup_earlier": int((known & (now < was)).sum()),
    }


def horizon_end_of(result) -> str | None:
    """The last day of ``result``'s planning horizon (ISO), from its KPIs; None without
    them."""
    return _horizon_end(result.kpis)


def _horizon_end(k: dict) -> str | None:
    """The last day the retirements table counts (ISO), from the KPIs: the reference
    date plus the planning horizon; None without them."""
    ref, years = k.get("reference_date"), k.get("retirement_horizon_years")
    if not ref or years is None:
        return None
    end = pd.Timestamp(str(ref)) + pd.DateOffset(months=int(round(float(years) * 12)))
    return end.date().isoformat()


#: Relative difference from the best value within which a scenario counts as level
#: with it for the comparison's star (review 36: stars went to 2.3826 against 2.3830
#: training gap per person, and to a mean JPM 0.05 higher).
STAR_TOLERANCE = 0.001


def warnings_across(results) -> list[tuple[Any, list[str] | None]]:
    """The data warnings of several results, each text once in order of first
    appearance, with the names of the results it concerns (None: every one of them):
    scenarios that share data files share most of their warnings, and six copies of
    each hid the ones that differ (``placement compare`` prints them so, and the
    comparison report lists them so)."""
    where: dict[Any, dict[str, None]] = {}
    for r in results:
        for w in r.warnings or []:
            where.setdefault(w, {})[r.name] = None
    return [
        (w, None if len(results) > 1 and len(names) == len(results) else list(names))
        for w, names in where.items()
    ]


def read_apart(kp: pd.DataFrame, key: str, names: list[str]) -> bool:
    """Whether KPI ``key`` is one of :data:`READ_AGAINST` and the scenarios ``names``
    read it against different counts (of seats, of moves)."""
    seats = READ_AGAINST.get(key)
    if seats is None or seats not in kp.index:
        return False
    counts = pd.to_numeric(pd.Series([kp.at[seats, n] for n in names]), errors="coerce")
    if seats in NONE_WHERE_ABSENT:
        counts = counts.fillna(0)
    return counts.dropna().nunique() > 1


def best_scenarios(kp: pd.DataFrame, names: list[str]) -> dict[str, set[str]]:
    """KPI → the scenarios with its best value, or, for a rate, a mean or a count per
    person, within :data:`STAR_TOLERANCE` of it (ties all marked; none when all are
    level or the KPI has no direction, or, of :data:`READ_AGAINST`, the scenarios'
    formasi, or moves, differ); a KPI of :data:`KPI_PER` per unit of what it grows with where the
    scenarios differ in that."""
    out: dict[str, set[str]] = {}

    def number(key: str, n: str) -> float:
        if key not in kp.index:
            return float("nan")
        return float(pd.to_numeric(pd.Series([kp.at[key, n]]), errors="coerce").iloc[0])

    for key, sign in KPI_DIRECTION.items():
        if key not in kp.index or read_apart(kp, key, names):
            continue
        per = KPI_PER.get(key)
        scale = {n: number(per, n) for n in names} if per else {}
        uneven = len({v for v in scale.values() if not pd.isna(v)}) > 1
        vals = {}
        whole = True  # counts compared as they are: one person, one seat decides
        for n in names:
            v = number(key, n)
            whole &= pd.isna(v) or float(v).is_integer()
            if uneven:
                v = v / scale[n] if scale[n] > 0 else float("nan")
            if not pd.isna(v):
                vals[n] = round(v, 12) * sign
        top = max(vals.values(), default=0.0)
        # a rate, a mean or a count per person: a difference this small earns no star
        near = 0.0 if whole and not uneven else STAR_TOLERANCE * abs(top)
        tops = {n for n, v in vals.items() if v >= top - near}
        if len(vals) < 2 or len(tops) == len(vals):
            continue
        out[key] = tops
    return out


def opd_across(results) -> pd.DataFrame:
    """Per OPD across scenarios: ``opd``, ``opd_name``, ``staff_before`` (first scenario
    that knows the OPD), then ``headcount:<s>``, ``staff_after:<s>``, ``difference:<s>``
    per solved scenario (blank where the scenario has no such OPD), and
    ``opd_name:<s>``, ``staff_before:<s>``: the OPD as that scenario has it (another
    name and staff where the scenario merges units into it; review 77: the merged
    agriculture office read 199 before and 302 after, +103, in `merge`)."""
    tables = [
        (r.name, opd_table(r))
        for r in results
        if r.assignment is not None and r.compiled is not None
    ]
    if not tables:
        return pd.DataFrame(columns=["opd", "opd_name", "staff_before"])
    order: dict[str, str] = {}
    before: dict[str, int] = {}
    for _, t in tables:
        for o, n, b in zip(t["opd"], t["opd_name"], t["staff_before"], strict=True):
            order.setdefault(o, n)
            before.setdefault(o, int(b))
    out = pd.DataFrame({"opd": list(order), "opd_name": list(order.values())})
    out["staff_before"] = out["opd"].map(before)
    for name, t in tables:
        t = t.set_index("opd")
        for c in ("headcount", "staff_after", "difference", "staff_before"):
            out[f"{c}:{name}"] = out["opd"].map(t[c]).astype("Int64")
        out[f"opd_name:{name}"] = out["opd"].map(t["opd_name"])
    return out


# -- what the workbook, the page and kpis.json show of every result ---------------------

#: The CSV tables of one result, in writing order.
RESULT_TABLES = (
    "placements",
    "moves",
    "vacancies",
    "unplaced",
    "decisions",
    "training_needs",
    "unit_fill",
    "breakdown",
)


def extra_tables(result) -> dict:
    """Non-empty tables beyond the standard ones (added by extensions), by name."""
    tables = getattr(result, "tables", {}) if result.compiled is not None else {}
    return {k: v for k, v in tables.items() if k not in RESULT_TABLES and len(v.columns)}


def solver_message(result) -> str:
    """What the solver said about its outcome ("" if nothing), e.g. why it found no
    placement."""
    m = getattr(result.outcome, "message", "") or ""
    return m if isinstance(m, str) else str(m)  # a catalogue message renders in the report


def solver_rows(result) -> list[tuple[str, list]]:
    """Why this solver, and what it said (e.g. why there is no placement)."""
    rows = [("solver_reason", [result.solver_reason])]
    message = solver_message(result)
    if message:
        rows.append(("solver_message", [message]))
    return rows


def breakdown_for(result, lang: str) -> pd.DataFrame:
    """The objective breakdown with term descriptions in ``lang``."""
    bd = result.breakdown.copy()
    comp = result.compiled
    if lang == "id" and comp is not None and len(bd) and "term" in bd:
        by_name = {t.name: (t.label_id or t.description) for t, _ in comp.terms}
        bd["description"] = bd["term"].map(lambda t: by_name.get(t, t)).astype(object)
    return bd
