"""Structural posts alike in a unit a scenario reorganises: the holder of one it
closes named beside the holder the plan keeps in the other (a merger's two
Sekretaris, two Kasubbag), for the Tim Penilai Kinerja."""

from __future__ import annotations

import numpy as np

from placement.i18n import join, msg
from placement.model.eligibility import rules_missed
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
    found = _alike_held(result, i, c)
    if found is None:
        return []
    same, pairs = found
    ctx = result.compiled.context
    ranks = ctx.texts("employees", "rank") if "rank" in ctx.org.employees else None
    # the ratings too, as the Tim weighs them (review 149 L1: Puroni against Dedewi, both
    # JPM 100, read golongan only, while the posts named below gave the SKP)
    skp = _ratings(ctx)
    labels = result.problem.labels["position"]
    out: list = []
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    # a JPT seat is the Pansel's, not the Tim Penilai Kinerja's (review 137 M1)
    key = "decision.counterpart" if boards[c] == "tpk" else "decision.counterpart_pansel"
    for q, j in pairs:
        jpm, _ = ctx.pair_jpm(np.array([i, j]), np.array([q, q]))
        out.append(
            msg(
                key,
                position=labels[q],
                who=ctx.named(j),
                rank="-" if ranks is None else str(ranks[j] or "-"),
                their="-" if np.isnan(jpm[1]) else f"{jpm[1]:.1f}",
                mine="-" if np.isnan(jpm[0]) else f"{jpm[0]:.1f}",
                my_rank="-" if ranks is None else str(ranks[i] or "-"),
                skp=skp(j),
                my_skp=skp(i),
            )
        )
    held = held_by_misfits(result, i, c, boards, set(same.tolist()))
    return [*out, held] if held else out


def _alike_held(result, i: int, c: int) -> tuple[np.ndarray, list[tuple[int, int]]] | None:
    """For official ``i`` whose structural post ``c`` the scenario closes (the Tim
    Penilai Kinerja's or the Pansel's, under ``structural_appointments: selection``):
    the posts of the same title in the same unit whose education, golongan and field
    ``i`` meets, and of them (post, holder) where the plan keeps its holder in it and
    ``i`` is not placed there; None where ``c`` is no such post."""
    comp = result.compiled
    ctx = comp.context
    if int(ctx.pos("headcount")[c]) != 0 or ctx.pos_ids[c] not in comp.plan.closed:
        return None
    # under ``structural_appointments: plan`` the plan chose between them itself
    if comp.config.eligibility.structural_appointments != "selection":
        return None
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    if boards[c] == "":
        return None
    title = ctx.texts("positions", "title")
    unit = np.asarray(result.problem.position_unit)
    same = np.flatnonzero((unit == unit[c]) & (title == title[c]) & (ctx.pos("headcount") > 0))
    # of those, the ones whose education, golongan and field they meet (a Sekretaris
    # post accepting Administrasi Negara and Pertanian is not one for an S.T.)
    same = same[ctx.pair_formal_ok(np.full(len(same), i), same)]
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos")
    pairs = []
    for q in same.tolist():
        # its holder the plan keeps in it (not one who moved into it: this official,
        # say, taking its seat no one held)
        held = np.flatnonzero((a == q) & (cur == q))
        if q != a[i] and len(held):
            pairs.append((q, int(held[0])))
    return same, pairs


def contested_holders(result) -> dict[int, list[int]]:
    """The holders the plan keeps in a structural post whose seat the decisions list
    and the reasons put to the Tim Penilai Kinerja against an official whose own post
    the scenario closes (:func:`counterparts`: the post of the same title in their
    unit; :func:`held_by_misfits`: one of the board's posts held by one who misses its
    rules), each with those officials (employee indices). Their SK into a merged
    office waits on that (review 135 H1: `merge`'s 294 SKs into the merged office
    counted the Sekretaris and Kasubbag posts the decisions list contests as settled)."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        return {}
    ctx = comp.context
    hc = ctx.pos("headcount")
    closed = np.flatnonzero(
        np.isin(np.asarray(ctx.pos_ids, dtype=object), sorted(comp.plan.closed))
    )
    closed = closed[hc[closed] == 0]
    if not len(closed):
        return {}
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    out: dict[int, list[int]] = {}
    boards = ctx.derived("selection_boards", lambda: selection_boards(ctx.org.positions))
    # the serving officials the notes name (not one the rules exclude: past BUP, on
    # leave), of a post the Tim Penilai Kinerja fills (a JPT seat is the Pansel's;
    # review 137 H1, M1)
    closing = np.isin(cur, closed) & (a != cur) & ~np.asarray(comp.org.excluded, dtype=bool)
    closing &= boards[np.maximum(cur, 0)] == "tpk"
    for i in np.flatnonzero(closing).tolist():
        found = _alike_held(result, i, int(cur[i]))
        if found is None:
            continue
        same, pairs = found
        held = [j for _, j in pairs]
        held += [
            j for _, j, _, _ in _misfit_posts(result, i, int(cur[i]), boards, set(same.tolist()))
        ]
        for j in held:
            out.setdefault(j, []).append(i)
    return out


#: the rules a post may keep official ``i`` out by for :func:`held_by_misfits` to
#: name it: its every seat held (the Tim Penilai Kinerja's to move aside), the kelas step
HELD_WAY = frozenset({"explain.why_selection_held", "explain.why_grade"})
#: how many such posts, the nearest in kelas first, are checked against every rule
HELD_POSTS_READ = 12
#: and named
HELD_POSTS_SAID = 5


def held_by_misfits(result, i: int, c: int, boards: np.ndarray, named: set[int]):
    """For official ``i`` whose structural post ``c`` the scenario closes: the posts
    of ``c``'s board (the Tim Penilai Kinerja's) at ``c``'s kelas or up to
    ``max_offer_drop`` below whose every rule ``i`` meets but that of its seats all
    being held (and the kelas step), held by one the plan keeps who misses the post's
    education, golongan or field as the scenario holds them; each with both golongan,
    SKP ratings and JPM, for the Tim Penilai Kinerja (review 118 H1: Maroni Setno
    Badisari, S1 Akuntansi, IV/c, left without a post while Kasubbag Keuangan posts of
    his kelas were held by officials outside their fields, a doctor among them; the
    note named only holders who meet the rules). The nearest in kelas first, then where
    ``i`` fits best; None where none is; ``named``: posts said already (the
    counterparts)."""
    said = [
        _held_by(result, i, j, post, jpm, lower)
        for post, j, jpm, lower in _misfit_posts(result, i, c, boards, named)
    ]
    return msg("decision.held_by_misfits", posts=join("; ", said)) if said else None


def _misfit_posts(
    result, i: int, c: int, boards: np.ndarray, named: set[int]
) -> list[tuple[int, int, float, bool]]:
    """The posts :func:`held_by_misfits` names, each (post, its holder, ``i``'s JPM
    there, below ``c``'s kelas)."""
    from placement.model.requirements import failures_unless  # import cycle

    if boards[c] != "tpk":  # a JPT post's seats go to the Pansel, not moved aside
        return []
    comp = result.compiled
    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    kept = np.flatnonzero((a == cur) & (cur >= 0))
    policy = comp.config.eligibility
    miss = kept[rules_missed(ctx, policy, kept, cur[kept]).any(axis=0)]
    grade, hc = ctx.pos("grade"), ctx.pos("headcount")
    q = cur[miss]
    ok = (boards[q] == boards[c]) & (q != c) & (hc[q] > 0) & (grade[q] <= grade[c])
    drop = policy.max_offer_drop
    if drop is not None:
        ok &= grade[q] >= grade[c] - drop
    ok &= ~rules_missed(ctx, policy, np.full(len(q), i), q).any(axis=0)
    ok &= ~np.isin(q, sorted(named))
    holder, q = miss[ok], q[ok]
    if not len(q):
        return []
    jpm = ctx.pair_jpm(np.full(len(q), i), q)[0]
    order = np.lexsort((q, -np.nan_to_num(jpm, nan=-1.0), -grade[q]))
    seen: set[int] = set()
    said: list = []
    for k in order.tolist():
        post, j = int(q[k]), int(holder[k])
        if post in seen:
            continue
        seen.add(post)
        if len(said) >= HELD_POSTS_SAID or len(seen) > HELD_POSTS_READ:
            break
        if failures_unless(comp, i, post, lambda f: getattr(f, "key", "") not in HELD_WAY) is None:
            continue
        said.append((post, j, float(jpm[k]), bool(grade[post] < grade[c])))
    return said


def _ratings(ctx):
    """Each employee's SKP rating as the Tim Penilai Kinerja reads it ("-" where none)."""
    skp = ctx.texts("employees", "performance") if "performance" in ctx.org.employees else None

    def rated(x: int) -> str:
        return "-" if skp is None else str(skp[x] or "-")

    return rated


def _held_by(result, i: int, j: int, q: int, mine: float, lower: bool):
    """Post ``q``, its kelas (``lower``: below official ``i``'s, taken with their
    consent), its holder ``j`` with their golongan, SKP rating, JPM there and what of
    its rules they miss; ``i``'s JPM there, golongan and SKP rating (review 120 M3:
    the Tim Penilai Kinerja weighs the ratings too, and a post one kelas down)."""
    ctx = result.compiled.context
    ranks = ctx.texts("employees", "rank") if "rank" in ctx.org.employees else None
    rated = _ratings(ctx)
    theirs = ctx.pair_jpm(np.array([j]), np.array([q]))[0][0]
    policy = result.compiled.config.eligibility
    edu, rank, field = rules_missed(ctx, policy, np.array([j]), np.array([q]))[:, 0]
    missed = [msg("decision.misses_education")] if edu else []
    missed += [msg("decision.misses_rank")] if rank else []
    if field:
        theirs_field = ctx.texts("employees", "field")[j] if "field" in ctx.org.employees else ""
        missed.append(msg("decision.misses_field", field=str(theirs_field or "-")))
    return msg(
        "decision.held_by_misfit",
        position=result.problem.labels["position"][q],
        grade=f"{ctx.pos('grade')[q]:g}",
        lower=msg("decision.held_by_lower") if lower else "",
        skp=rated(j),
        my_skp=rated(i),
        who=ctx.named(j),
        rank="-" if ranks is None else str(ranks[j] or "-"),
        their="-" if np.isnan(theirs) else f"{theirs:.1f}",
        missed=join(", ", missed),
        mine="-" if np.isnan(mine) else f"{mine:.1f}",
        my_rank="-" if ranks is None else str(ranks[i] or "-"),
    )
