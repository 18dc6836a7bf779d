"""Structural posts alike in a unit a scenario reorganises: the holder of one it
closes named beside the holder the plan keeps in the other (a merger's two
Sekretaris, two Kasubbag), for the Tim Penilai Kinerja."""

from __future__ import annotations

import numpy as np

from placement.i18n import msg
from placement.model.levels import selection_boards


def counterparts(result, i: int, c: int) -> list:
    """For official ``i`` whose structural post ``c`` the scenario closes: each post of
    the same title in the same unit as the scenario has it (the other office's post of
    a merge), with its holder, both golongan and both JPM there: the plan keeps its
    holder, and which of the two holds it is the Tim Penilai Kinerja's to consider
    (``structural_appointments: selection``; none where ``i`` holds it, or where its
    holder is one the plan moved in). Review 98 H3: the merged secretariat's Kasubbag
    posts went to the agriculture office's holders by the status quo, Maroni Setno
    Badisari, IV/c, left without a post, named beside no one. Said in the decisions
    list's note of one left without a post, and in the reason of one who moves (review
    110 M1: Yaman Galim, moved to a kecamatan's Kasi post, was told only that his post
    closed, while he fits the merged office's Kasubbag post, JPM 100 against its
    holder's 92.6)."""
    comp = result.compiled
    ctx = comp.context
    if int(ctx.pos("headcount")[c]) != 0 or ctx.pos_ids[c] not in comp.plan.closed:
        return []
    # under ``structural_appointments: plan`` the plan chose between them itself
    if comp.config.eligibility.structural_appointments != "selection":
        return []
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    if boards[c] == "":
        return []
    title = ctx.texts("positions", "title")
    unit = np.asarray(result.problem.position_unit)
    same = np.flatnonzero((unit == unit[c]) & (title == title[c]) & (ctx.pos("headcount") > 0))
    # of those, the ones whose education, golongan and field they meet (a Sekretaris
    # post accepting Administrasi Negara and Pertanian is not one for an S.T.)
    same = same[ctx.pair_formal_ok(np.full(len(same), i), same)]
    a = np.asarray(result.assignment, dtype=np.int64)
    ranks = ctx.texts("employees", "rank") if "rank" in ctx.org.employees else None
    labels = result.problem.labels["position"]
    out = []
    cur = ctx.emp("current_pos")
    for q in same.tolist():
        # its holder the plan keeps in it (not one who moved into it: this official,
        # say, taking its seat no one held)
        held = np.flatnonzero((a == q) & (cur == q))
        if q == a[i] or not len(held):
            continue
        j = int(held[0])
        jpm, _ = ctx.pair_jpm(np.array([i, j]), np.array([q, q]))
        out.append(
            msg(
                "decision.counterpart",
                position=labels[q],
                who=ctx.named(j),
                rank="-" if ranks is None else str(ranks[j] or "-"),
                their="-" if np.isnan(jpm[1]) else f"{jpm[1]:.1f}",
                mine="-" if np.isnan(jpm[0]) else f"{jpm[0]:.1f}",
                my_rank="-" if ranks is None else str(ranks[i] or "-"),
            )
        )
    return out
