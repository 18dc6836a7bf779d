"""What each scenario of a comparison asks before its SKs are signed: how many SKs (a move,
an office merged or renamed, a penyetaraan) and how many of its moves wait on a check
(the Tim Penilai Kinerja or a Pansel, an uji kompetensi, the angka kredit, a
pemberhentian from a JF, an SKP below Baik, a seat still held, a formasi the scenario
changes, a retirement date the move changes, an assessment of competencies), with the
officials the PPK decides on first. Counts to weigh, not better or worse; each
scenario's moves list marks every one (review 130 M2: merge's 294 SKs into the merged
office and the checks each scenario's moves wait on were in its own report only, while
they differ most between scenarios)."""

from __future__ import annotations

import pandas as pd

from placement.report import summary

#: The rows, in order: each a key of :func:`~placement.report.summary.facts` or of the
#: KPIs, or a sum of such keys.
ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sks_moves", ("changes",)),
    ("sks_moves_tpk", ("reorganised_tpk_movers",)),
    ("sks_reorganised", ("reorganised",)),
    ("sks_reorganised_tpk", ("reorganised_tpk",)),
    ("sks_penyetaraan", ("penyetaraan_holders",)),
    # review 147 L4: "SKs of penyetaraan: 123", 20 of which waited on the PPK
    ("sks_penyetaraan_waiting", ("penyetaraan_on_condition",)),
    ("checks_tpk", ("tpk",)),
    ("checks_pansel", ("pansel",)),
    ("checks_uji_kompetensi", ("jf_track",)),
    ("checks_uji_kompetensi_held", ("jf_track_held",)),
    ("checks_angka_kredit", ("jf_check",)),
    ("checks_jf_leave", ("jf_leave",)),
    ("checks_skp", ("skp_check", "skp_unknown", "skp_priority")),
    # review 150 M1: quota moved 34 rated below Baik into 17 other OPDs, unsaid
    ("checks_skp_mutasi", ("skp_mutasi",)),
    ("checks_skp_penyetaraan", ("penyetaraan_skp_check",)),
    ("checks_seat", ("seat_check",)),
    # review 152 M1: 33 moves and 11 new hires of `workload` into posts its ABK raises,
    # filled beyond the formasi as read (review 153 L1: not each of them a seat it adds)
    ("checks_formasi", ("formasi_moves", "formasi_raised_hires")),
    ("checks_bup", ("bup_later", "bup_earlier")),
    # review 168 L3: moves into a standard with competencies not assessed
    ("checks_assessment", ("unassessed_moves",)),
    # review 152 M2: 30 SKs of `workload` into two OPDs it puts over their budget
    ("checks_budget", ("budget_over_sks",)),
    ("decisions_listed", ("decisions_listed",)),
)


#: The rows that count a part of the row before them ("… of them"), not a list apart.
PART_ROWS = frozenset({"sks_moves_tpk", "sks_reorganised_tpk", "sks_penyetaraan_waiting"})


def before_sks(comparison) -> pd.DataFrame:
    """One row per :data:`ROWS` key, one column per scenario with a placement (those
    without one are left out): the count, a fact of its summary or a KPI (0 where the
    scenario has none of it, as a scenario without penyetaraan)."""
    cols = {
        r.name: checks_of(r)
        for r in comparison.results
        if r.assignment is not None and r.compiled is not None
    }
    return pd.DataFrame(cols, index=pd.Index([key for key, _ in ROWS], name="check"))


def checks_of(result) -> list[int]:
    """Per :data:`ROWS` key, the count of one solved scenario (the comparison's column
    of it, and the proposal's cover)."""
    known = {**result.kpis, **summary.facts(result)}
    return [sum(int(known.get(k) or 0) for k in keys) for _, keys in ROWS]
