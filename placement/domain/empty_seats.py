"""Why a seat stays empty: the vacancies' candidates and reason.

A Kepala shows the Bupati the posts a plan leaves empty; each needs its ground (review
85 H2: 191 of quota's 198 vacancies had none, while 14 seats of Perawat Mahir stayed
empty beside seven Perawat Terampil who met its every rule). For each post with an
empty seat, the extension ``tables`` part adds to the ``vacancies`` table:

- ``candidates``: the people every rule opens the post to (the scenario's eligibility,
  before costs) who are not in it; of a post left to the Tim Penilai Kinerja or the
  Pansel, to which no rule opens it, those who meet its education, golongan and field;
- ``step_up``: of them, serving officials of its own functional family at a lower
  kelas: a kenaikan jenjang, which rests on their angka kredit and uji kompetensi, or a
  move from the skilled to the expert track (not judged by the plan), so the PPK may
  still promote them into it;
- ``why_empty``: the reason, in words: left open for the Tim Penilai Kinerja or the
  Pansel (the ``selection`` column, review 86 H1); no candidate under every rule; the
  unit's cap; those at a lower kelas of its family (the first three named, by JPM there
  as the rises' merit order reads it, to one decimal, then by SKP rating, golongan and
  service as the Daftar Urut Kepangkatan orders them), none of whose moves would raise
  the plan's total; or the candidates placed elsewhere, where moving one here would
  not raise the plan's total within its rules (said only of a proven optimum), those
  the rule ``qualified_holders_stay`` keeps in their own post and those the scenario
  pins elsewhere said apart: the solve could not move them here.

The counts are vectorised over the rule pairs into posts with an empty seat; the names
are read per post.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.domain.pansel import PANSEL_POOL, pool_text
from placement.domain.performance import jf_entries
from placement.i18n import first_of, join, msg, person
from placement.model.eligibility import (
    extension_misses,
    limits_missed,
    merit_keys,
    rule_edges_of,
    service_rank,
    without_limits,
)
from placement.model.extension import Extension
from placement.model.levels import jabatan_kind_level, skp_order
from placement.model.move_value import MAX_EMPLOYEES, unvalued
from placement.model.requirements import requirement_failures


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: ``candidates``, ``step_up`` and ``why_empty`` in the
    vacancies (blank, 0 for a row without an empty seat)."""
    vac = tables.get("vacancies")
    comp = result.compiled
    if comp is None or vac is None or result.assignment is None or "vacant" not in vac:
        return
    ctx = comp.context
    m = ctx.n_positions
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    rows = pd.Index(ctx.pos_ids).get_indexer(vac["position"].astype(str))
    open_ = np.zeros(m, dtype=bool)
    open_[rows[(vac["vacant"].to_numpy() > 0) & (rows >= 0)]] = True
    e, q = rule_edges_of(ctx, comp.config.eligibility)
    keep = open_[q] & (a[e] != q)
    e, q = e[keep].astype(np.int64), q[keep].astype(np.int64)
    grade = ctx.pos("grade")
    jf = ctx.texts("positions", "kind") == "JF"
    with np.errstate(invalid="ignore"):  # NaN (unknown) kelas compares False
        lower = (cur[e] >= 0) & (grade[q] > grade[np.maximum(cur[e], 0)])
    step = lower & jf[q] & ~jf_entries(ctx, e, q)
    candidates = np.bincount(q, minlength=m)
    up = np.bincount(q[step], minlength=m)
    staying, pinned = _kept_from(comp, e, q)
    unit_of = ctx.pos("unit_idx").astype(np.int64)
    # a candidate placed in the post's own unit leaves its count as it is: the cap keeps
    # none of them out (review 87 M4)
    inside = (a[e] >= 0) & (unit_of[np.maximum(a[e], 0)] == unit_of[q])
    within = np.bincount(q[inside], minlength=m)
    capped = _capped_units(tables.get("unit_fill"), ctx)
    # a proven optimum of a network whose points add up: not under lexicographic
    # priorities or side constraints (review 87 M3; as the moves' plan_points)
    proven = unvalued(result) in ("", "size")
    names = ctx.org.employees["name"] if "name" in ctx.org.employees else None
    # those at a lower kelas of its family, by JPM there (highest first), then id: per
    # post, the first three (sliced per post, not a pass over every pair); the JPM as
    # the rises' merit order reads it (review 87: each competency counted up to its
    # standard under ``rise_among_best_jpm: gaps``)
    by_post: dict[int, list[int]] = {}
    if step.any():
        se, sq = e[step], q[step]
        gaps = comp.config.eligibility.rise_among_best_jpm == "gaps"
        jpm = np.nan_to_num(ctx.pair_jpm(se, sq, "min" if gaps else None)[0], nan=-1.0)
        ids = np.asarray(ctx.emp_ids, dtype=object)[se].astype(str)
        # the JPM to one decimal, as quoted, then the Daftar Urut Kepangkatan's order
        # (SKP rating, golongan, service), as the holders of a post are ranked (review
        # 90 M4: of two at JPM 100, one rated Baik was named before one Sangat Baik)
        skp = -skp_order(ctx.emp("perf_level")[se])
        golongan = -ctx.emp("rank_level")[se].astype(np.int64)
        service = service_rank(ctx)[se]
        order = np.lexsort((ids, service, golongan, skp, -np.round(jpm, 1), sq))
        se, sq = se[order], sq[order]
        posts, first, count = np.unique(sq, return_index=True, return_counts=True)
        # each post's own, never past them into the next post's (review 89 H1: P0020,
        # one of them, named two Perawat Terampil of P0087 after its own)
        for post, start, k in zip(posts.tolist(), first.tolist(), count.tolist(), strict=True):
            by_post[int(post)] = se[start : start + min(k, 3)].tolist()

    def named(j: int):
        return person(None if names is None else names.iloc[j], str(ctx.emp_ids[j]))

    board = vac["selection"].astype(str).to_numpy() if "selection" in vac else None
    # the pool of a post left to the appointment boards: serving officials and new
    # hires not in it who meet its education, golongan and field, whom no rule edge
    # counts (review 98 M10: P9001, the merged office's head, read "candidates 0",
    # both former heads meeting its every requirement)
    pool: dict[int, int] = {}
    if board is not None:
        chosen = rows[np.isin(board, list(BOARDS)) & (vac["vacant"].to_numpy() > 0) & (rows >= 0)]
        pool = {int(r): int(_formal_pool(comp, int(r)).sum()) for r in chosen.tolist()}
        candidates[chosen] = [pool[int(r)] for r in chosen.tolist()]

    def kept(r: int, of: str = "") -> list:
        """Of the post's candidates, those the solve had no way to move here, said
        apart: kept in their own post by ``qualified_holders_stay``, pinned elsewhere
        (review 152 M4; 153 L5: every branch that counts the candidates; ``of="_of"``
        where the row has counted them all already: "of the {total}", right after that
        count, not after those at a lower kelas, whom the rule never holds, as it
        keeps a holder from a move at their kelas or lower: review 157 M1)."""
        total = int(candidates[r])
        parts = [msg("vacancy.staying" + of, n=int(staying[r]), total=total)] if staying[r] else []
        if pinned[r]:
            parts.append(msg("vacancy.pinned" + of, n=int(pinned[r]), total=total))
        return parts

    # the pool a shortlist of a JPT Pratama post reads (candidates.for_shortlist)
    own = comp.config.eligibility.jpt_pratama_from
    shortlist_pool = list(PANSEL_POOL) if own is None else own
    pratama = jabatan_kind_level(comp.org.positions)[1].to_numpy(dtype=object) == "pratama"
    why = []
    for k, (r, n_vac) in enumerate(zip(rows.tolist(), vac["vacant"].tolist(), strict=True)):
        if r < 0 or n_vac <= 0:
            why.append("")
        elif board is not None and board[k] in BOARDS:
            # left open for the appointment boards (review 86 H1: "no one ... meets its
            # rules" of Kepala Dinas Perhubungan, whom 16 could be)
            n = int(pool[r]) if r in pool else 0
            # a JPT post takes nobody the plan moves (review 110 L2: P9001 read "but
            # across from another such post", which no JPT post takes)
            key = "vacancy.selection" + ("_pansel" if board[k] == "pansel" else "")
            if board[k] == "pansel" and not (pratama[r] and shortlist_pool):
                key += "_band"  # no pool past the band (review 160 M3)
            pool_said = {"pool": pool_text(shortlist_pool)} if key.endswith("pansel") else {}
            why.append(msg(key, board=msg(BOARDS[board[k]]), n=n, **pool_said))
        elif candidates[r] == 0:
            near = _kept_out_by_limits(comp, r, a)
            if near:  # whom only a limit this scenario sets keeps out (review 136 M3)
                said = [
                    msg(
                        "vacancy.limited_one",
                        who=named(j),
                        rules=join("; ", requirement_failures(comp, j, r)),
                    )
                    for j in near[:3]
                ]
                who = first_of(said + [0] * (len(near) - len(said)), 3)
                lead = msg("vacancy.limited", n=len(near), who=who)
                why.append(join("; ", [msg("vacancy.none"), lead]))
            else:
                why.append(msg("vacancy.none"))
        elif int(unit_of[r]) in capped and within[r] == 0:
            capped_n = msg("vacancy.unit_cap", n=int(candidates[r]), cap=capped[int(unit_of[r])])
            why.append(join("; ", [capped_n, *kept(r, "_of")]))
        elif up[r]:
            shown = first_of([named(j) for j in by_post[r]] + [0] * int(up[r] - 3), 3)
            # and why the plan moves none of them (review 86 M1: each would empty a seat
            # of their own of the same priority)
            rest = msg("vacancy.step_up_plan" if proven else "vacancy.step_up_unproven")
            text = msg("vacancy.step_up", n=int(candidates[r]), k=int(up[r]), who=shown)
            why.append(join("; ", [text, rest, *kept(r, "_of")]))
        else:
            # those the solve had no way to move here said apart (review 152 M4: P0170's
            # one candidate read "would not raise this plan's total", where
            # qualified_holders_stay kept him in his post, as `placement explain` said)
            free = int(candidates[r] - staying[r] - pinned[r])
            key = "vacancy.elsewhere" if proven else "vacancy.elsewhere_unproven"
            why.append(join("; ", ([msg(key, n=free)] if free > 0 else []) + kept(r)))
    at = np.maximum(rows, 0)
    vac["candidates"] = np.where(rows >= 0, candidates[at], 0).astype(np.int64)
    vac["step_up"] = np.where(rows >= 0, up[at], 0).astype(np.int64)
    vac["why_empty"] = pd.Series(why, index=vac.index, dtype=object)


def _kept_from(comp, e: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per post, of the rule pairs (``e``, ``q``) into it, how many the compiled problem
    has no edge for as ``qualified_holders_stay`` keeps the person in their own post
    (``Compiled.staying``), and how many as the scenario pins them elsewhere."""
    p, m = comp.problem, comp.context.n_positions
    have = np.isin(e * m + q, p.edge_emp.astype(np.int64) * m + p.edge_pos.astype(np.int64))
    stay = comp.staying if comp.staying is not None else np.zeros(len(p.pinned), dtype=bool)
    held = ~have & stay[e]
    pinned = ~have & ~held & (p.pinned[e] >= 0) & (p.pinned[e] != q)
    return np.bincount(q[held], minlength=m), np.bincount(q[pinned], minlength=m)


def _formal_pool(comp, r: int) -> np.ndarray:
    """bool per employee: not in post ``r``, placeable, meeting its minimum education,
    minimum golongan and accepted fields (:meth:`Context.pair_formal_ok`)."""
    ctx = comp.context
    ok = ctx.pair_formal_ok(np.arange(ctx.n_employees), np.full(ctx.n_employees, r))
    return ok & ~comp.org.excluded & (ctx.emp("current_pos").astype(np.int64) != r)


def _kept_out_by_limits(comp, r: int, a: np.ndarray) -> list[int]:
    """Of those not placed in post ``r`` who meet its education, golongan and field
    (:func:`_formal_pool`), those whom only limits the scenario sets keep out (the kelas
    band, ``min_jpm``, the competency gap, the scope: :func:`limits_missed`; no
    regulation's rule, no ban): the fewest limits first, then the higher JPM there
    (to one decimal), then the Daftar Urut Kepangkatan, then NIP. A post a plan leaves
    empty for want of candidates, beside one such official, is a limit the planner may
    relax (review 136 M3: P0286, Pranata Humas Ahli Muda, kept a seat empty that only
    ``max_grade_rise`` shut to Ahmad Muham Suroni Nasjayo, who holds its uji
    kompetensi). Not named beyond :data:`~placement.model.move_value.MAX_EMPLOYEES`
    people, as the moves are not valued: a pass over the roster per such post (13.8 s
    at 100,000 people, review 142 M4)."""
    ctx = comp.context
    if ctx.n_employees > MAX_EMPLOYEES:  # a pass over the roster per post (review 142 M4)
        return []
    cfg = comp.config.eligibility
    pool = np.flatnonzero(_formal_pool(comp, r) & (a != r))
    if not len(pool):
        return []
    post = np.full(len(pool), r)
    limits = limits_missed(ctx, cfg, pool, post).sum(axis=0)
    # the regulations' rules as they read with the limits lifted: a rise among the best
    # ranks among more candidates then (review 142 M1: under max_competency_gap 0, P0154
    # named one whom rise_among_best_jf would still keep out)
    only = (limits > 0) & (extension_misses(ctx, pool, post, without_limits(cfg)) == 0)
    bans = comp.plan.bans
    if bans:  # a pass over the bans, not the pool
        pid = ctx.pos_ids[r]
        banned = [e for e, p in bans if p == pid]
        only &= ~np.isin(np.asarray(ctx.emp_ids, dtype=object)[pool], banned)
    pool, limits = pool[only], limits[only]
    if not len(pool):
        return []
    jpm = np.nan_to_num(ctx.pair_jpm(pool, np.full(len(pool), r))[0], nan=-1.0)
    ids = np.asarray(ctx.emp_ids, dtype=object)[pool].astype(str)
    pool = pool[np.lexsort((ids, *merit_keys(ctx, pool), -np.round(jpm, 1), limits))]
    return pool.tolist()


#: the appointment boards of the vacancies' ``selection`` column, by their messages
BOARDS = {"tpk": "vacancy.board_tpk", "pansel": "vacancy.board_pansel"}


def _capped_units(uf: pd.DataFrame | None, ctx) -> dict[int, int]:
    """Unit index → its cap, for the units whose staff this plan fills to their cap
    (``max_headcount``)."""
    if uf is None or "max_headcount" not in uf or "filled" not in uf:
        return {}
    cap = pd.to_numeric(uf["max_headcount"], errors="coerce").to_numpy(float)
    full = np.flatnonzero(~np.isnan(cap) & (uf["filled"].to_numpy(float) >= cap))
    at = pd.Index(ctx.unit_ids).get_indexer(uf["unit"].astype(str).to_numpy()[full])
    return {int(u): int(cap[k]) for u, k in zip(at.tolist(), full.tolist(), strict=True) if u >= 0}


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="empty_seats",
    tables=(extend_tables,),
    messages={
        "vacancy.none": (
            "no one outside it whom every rule of the scenario opens it to (its "
            "requirements, and the rules on rises, JPM, SKP, age and careers): each of "
            "them holds a seat of it, or no one in the roster meets them all",
            "tidak ada pegawai di luarnya yang memenuhi semua aturan skenario (syarat "
            "jabatan, serta aturan kenaikan, JPM, SKP, usia, dan karier): semua yang "
            "memenuhi sudah menempatinya, atau tidak ada pegawai dalam data yang memenuhi "
            "semuanya",
        ),
        "vacancy.limited": (
            "limits this scenario sets (on kelas rises and drops, JPM, competency gaps or "
            "scope), which it may relax, alone keep out {n} who meet its education, "
            "golongan and field: {who}",
            "{n} pegawai yang memenuhi pendidikan, golongan, dan bidangnya hanya "
            "terhalang batas yang ditetapkan skenario ini (kenaikan dan penurunan kelas, "
            "JPM, kesenjangan kompetensi, atau cakupan), yang dapat dilonggarkan: {who}",
        ),
        "vacancy.limited_one": ("{who}: {rules}", "{who}: {rules}"),
        "vacancy.selection": (
            "left open for the {board} (structural_appointments: selection): the plan moves "
            "nobody into it but across from another such post; {n} not in it meet its "
            "education, golongan and field (the candidates column), and placement "
            "shortlist ranks those of them the plan's other rules admit",
            "dibiarkan terbuka untuk {board} (structural_appointments: selection): rencana "
            "tidak memindahkan siapa pun ke jabatan ini kecuali dari jabatan struktural "
            "lain; {n} pegawai di luar jabatan ini memenuhi pendidikan, golongan, dan "
            "bidangnya (kolom kandidat), dan placement shortlist mengurutkan mereka yang "
            "juga diterima aturan lain rencana ini",
        ),
        "vacancy.selection_pansel": (
            "left open for the {board} (structural_appointments: selection): the plan moves "
            "nobody into a JPT post; {n} not in it meet its education, golongan and field "
            "(the candidates column), and placement shortlist ranks those of them the "
            "plan's other rules admit, a JPT Pratama post open to the holders of a post of "
            "{pool} whatever the kelas rise (jpt_pratama_from)",
            "dibiarkan terbuka untuk {board} (structural_appointments: selection): rencana "
            "tidak memindahkan siapa pun ke jabatan JPT; {n} pegawai di luar jabatan ini "
            "memenuhi pendidikan, golongan, dan bidangnya (kolom kandidat), dan placement "
            "shortlist mengurutkan mereka yang juga diterima aturan lain rencana ini, "
            "jabatan JPT Pratama terbuka bagi pemangku jabatan {pool} berapa pun kenaikan "
            "kelasnya (jpt_pratama_from)",
        ),
        "vacancy.selection_pansel_band": (
            "left open for the {board} (structural_appointments: selection): the plan moves "
            "nobody into a JPT post; {n} not in it meet its education, golongan and field "
            "(the candidates column), and placement shortlist ranks those of them the "
            "plan's other rules admit, max_grade_rise among them",
            "dibiarkan terbuka untuk {board} (structural_appointments: selection): rencana "
            "tidak memindahkan siapa pun ke jabatan JPT; {n} pegawai di luar jabatan ini "
            "memenuhi pendidikan, golongan, dan bidangnya (kolom kandidat), dan placement "
            "shortlist mengurutkan mereka yang juga diterima aturan lain rencana ini, "
            "termasuk max_grade_rise",
        ),
        "vacancy.board_tpk": (
            "Tim Penilai Kinerja (the performance review team)",
            "Tim Penilai Kinerja (TPK)",
        ),
        "vacancy.board_pansel": ("open selection (Pansel)", "seleksi terbuka (Pansel)"),
        "vacancy.step_up_plan": (
            "the plan moves none of them: the rise itself earns nothing in its objective, "
            "and no such move would raise its total within its rules",
            "rencana tidak memindahkan seorang pun dari mereka: kenaikan itu sendiri tidak "
            "bernilai dalam fungsi tujuannya, dan tidak ada perpindahan demikian yang "
            "menaikkan totalnya dalam aturannya",
        ),
        "vacancy.step_up_unproven": (
            "the plan, not proven optimal, moves none of them",
            "rencana, yang tidak terbukti optimal, tidak memindahkan seorang pun dari mereka",
        ),
        "vacancy.unit_cap": (
            "{n} whom the rules open it to are not in it, but its unit is at its cap "
            "({cap} staff: max_headcount)",
            "{n} pegawai yang memenuhi aturannya tidak menempatinya, tetapi unit kerjanya "
            "sudah mencapai batasnya ({cap} pegawai: max_headcount)",
        ),
        "vacancy.step_up": (
            "{n} whom the rules open it to are not in it, {k} of them at a lower kelas of "
            "its own family: {who}; a kenaikan jenjang rests on their angka kredit and uji "
            "kompetensi, a move from the skilled track to the expert track on uji "
            "kompetensi and the degree it asks, which this plan does not judge, so the "
            "PPK may still promote them into it",
            "{n} pegawai yang memenuhi aturannya tidak menempatinya, {k} di antaranya pada "
            "kelas lebih rendah dalam jabatan fungsional yang sama: {who}; kenaikan jenjang "
            "bergantung pada angka kredit dan uji kompetensi mereka, perpindahan dari "
            "jalur keterampilan ke jalur keahlian pada uji kompetensi dan ijazah yang "
            "dipersyaratkan, yang tidak dinilai rencana ini, sehingga PPK masih dapat "
            "menaikkan mereka ke jabatan ini",
        ),
        "vacancy.elsewhere": (
            "{n} whom the rules open it to are placed elsewhere or kept out; moving one of "
            "them here would not raise this plan's total within its rules",
            "{n} pegawai yang memenuhi aturannya ditempatkan di jabatan lain atau tidak "
            "ditempatkan; memindahkan salah satunya ke sini tidak menaikkan total rencana "
            "ini dalam aturannya",
        ),
        "vacancy.staying": (
            "{n} whom the rules open it to are kept in their own post by the rule "
            "qualified_holders_stay (each meets the post they hold, and a move here, at "
            "their kelas or lower, would be a loss to them)",
            "{n} pegawai yang memenuhi aturannya dipertahankan di jabatannya sendiri oleh "
            "aturan qualified_holders_stay (masing-masing memenuhi jabatan yang "
            "dipangkunya, dan perpindahan ke sini, pada kelasnya atau lebih rendah, "
            "merugikannya)",
        ),
        "vacancy.staying_of": (
            "of the {total} whom the rules open it to, {n} are kept in their own post by "
            "the rule qualified_holders_stay (each meets the post they hold, and a move "
            "here, at their kelas or lower, would be a loss to them)",
            "dari {total} pegawai yang memenuhi aturannya, {n} dipertahankan di jabatannya "
            "sendiri oleh aturan qualified_holders_stay (masing-masing memenuhi jabatan "
            "yang dipangkunya, dan perpindahan ke sini, pada kelasnya atau lebih rendah, "
            "merugikannya)",
        ),
        "vacancy.pinned_of": (
            "of the {total} whom the rules open it to, {n} are pinned to another post by "
            "the scenario",
            "dari {total} pegawai yang memenuhi aturannya, {n} dikunci (pin) di jabatan "
            "lain oleh skenario",
        ),
        "vacancy.pinned": (
            "{n} whom the rules open it to are pinned to another post by the scenario",
            "{n} pegawai yang memenuhi aturannya dikunci (pin) di jabatan lain oleh skenario",
        ),
        "vacancy.elsewhere_unproven": (
            "{n} whom the rules open it to are placed elsewhere or kept out (this plan is "
            "not proven optimal: one of them might fit it better)",
            "{n} pegawai yang memenuhi aturannya ditempatkan di jabatan lain atau tidak "
            "ditempatkan (rencana ini tidak terbukti optimal: salah satunya mungkin lebih "
            "sesuai di sini)",
        ),
    },
    labels={
        "candidates": ("Candidates outside it", "Kandidat di luar jabatan"),
        "step_up": (
            "Of them, at a lower kelas of its family",
            "Di antaranya, kelas lebih rendah dalam jabatannya",
        ),
        "why_empty": ("Why it stays empty", "Mengapa tetap lowong"),
    },
)
