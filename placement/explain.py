"""Why an employee was placed where they were, and why not elsewhere."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pandas as pd

from placement.candidates import pin_cost
from placement.errors import PlacementError
from placement.i18n import Message, first_of, join, label, msg, person, render
from placement.model.compile import left_over_formasi
from placement.model.config import nearest
from placement.model.decisions import kept_listed
from placement.model.parts import unknown_jpm_term
from placement.model.problem import Problem
from placement.model.requirements import requirement_failures
from placement.model.result import Result
from placement.report.formatting import fmt_num


@dataclass
class Explanation:
    employee: str
    lines: list[str] = field(default_factory=list)
    alternatives: pd.DataFrame = field(default_factory=pd.DataFrame)

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str = "en") -> str:
        """The explanation as text in ``lang`` (``en`` or ``id``): headers labelled and
        numbers written as the language writes them."""
        out = [render(line, lang) for line in self.lines]
        if len(self.alternatives):
            alt = self.alternatives
            shown = pd.DataFrame(
                {
                    label(ALT_LABELS.get(c, c), lang): (
                        [fmt_num(v, lang, ALT_DECIMALS[c]) for v in alt[c]]
                        if c in ALT_DECIMALS
                        else [render(v, lang) for v in alt[c]]
                    )
                    for c in alt.columns
                }
            )
            out.append("")
            out.append(shown.to_string(index=False))
        return "\n".join(out)


#: label keys of the alternatives' columns, and decimals of the numeric ones
ALT_LABELS = {
    "score": "explain_score",
    "delta": "explain_delta",
    "seats": "explain_seats",
    "held_by": "explain_held_by",
}
ALT_DECIMALS = {"score": 2, "delta": 2, "jpm": 1, "seats": 0}


def explain(
    result: Result, employee: str, position: str | None = None, top: int = 5
) -> Explanation:
    """Explain ``employee``'s placement in ``result``: the chosen post and its score per
    objective term, the best alternatives with their score differences and who holds
    them, and (with ``position``) why not there: the requirement that failed, or the
    colleague(s) in the seat and the exact change of the optimum if the employee were
    pinned there (re-solved)."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        raise PlacementError(msg("explain.needs_placement"))
    ctx = comp.context
    p: Problem = result.problem
    ids = {e: i for i, e in enumerate(ctx.emp_ids)}
    if employee not in ids:
        employee = find_employee(comp.org.employees, employee)
    i = ids[employee]
    lost = [b for b in result.before_kept if b.assignment is not None and b.assignment[i] < 0]
    if lost and ctx.pending is not None and ctx.pending[i]:
        # kept over formasi pending a decision: the contest they lost is the placement
        # before they were kept (their only edge now is their own post)
        before = lost[0]
        ex = explain(before, employee, position, top)
        q = int(ctx.emp("current_pos")[i])
        title = comp.org.positions["title"].iloc[q]
        # the decisions list's reason: the lower seat it names is one no other
        # reason of the plan names (the placement before names its own)
        hit = result.decisions.loc[result.decisions["employee_id"] == employee, "reason"]
        why = hit.iloc[0] if len(hit) else _reason(before, i)
        a = np.asarray(result.assignment, dtype=np.int64)
        if kept_listed(comp, a)[i]:
            ex.lines[1] = msg(
                "explain.kept_pending", position=ctx.pos_ids[q], title=title, reason=why
            )
        else:
            # back within its formasi: those it lost the seat to left it in the plan
            # (review 114 H2: "over its formasi, pending a decision" of a holder the
            # decisions list rightly leaves out, in a seat of its formasi)
            # who left is said only where the compile knows who meets its rules and
            # some of them left (review 115 L1)
            cur = ctx.emp("current_pos").astype(np.int64)
            meets = ctx.meets_own_post
            gone = (cur == q) & (a != q) & (a >= 0) & meets if meets is not None else []
            left = [ctx.named(j) for j in np.flatnonzero(gone).tolist()]
            key = "explain.kept_within" if left else "explain.kept_within_plain"
            ex.lines[1] = msg(
                key,
                position=ctx.pos_ids[q],
                title=title,
                reason=why,
                n=len(left),
                left=join(", ", left),
            )
        b = before.problem
        ex.lines[2] = msg("explain.eligible_kept", n=int(b.indptr[i + 1] - b.indptr[i]))
        return ex
    a = result.assignment
    scale = p.objective_scale
    pos = comp.org.positions
    titles = pos["title"].to_numpy()
    pos_ids = ctx.pos_ids
    holders = _holders(a)
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    edges = np.arange(lo, hi)
    chosen_cost = (
        p.unplaced_cost[i]
        if a[i] < 0
        else p.edge_cost[lo + np.searchsorted(p.edge_pos[lo:hi], a[i])]
    )
    name = comp.org.employees["name"].iloc[i] if "name" in comp.org.employees else ""
    ex = Explanation(employee)
    cur = ctx.emp("current_pos")[i]
    cur_txt = f"{pos_ids[cur]} {titles[cur]}" if cur >= 0 else msg("explain.new_hire")
    ex.lines.append(msg("explain.head", who=f"{employee} {name}".rstrip(), current=cur_txt))
    why = _reason(result, i)
    if a[i] < 0:
        ex.lines.append(msg("explain.unplaced", reason=why))
    else:
        parts = _parts(result, lo + int(np.searchsorted(p.edge_pos[lo:hi], a[i])))
        ex.lines.append(
            msg(
                "explain.result",
                position=pos_ids[a[i]],
                title=titles[a[i]],
                score=-chosen_cost / scale,
                parts=msg("explain.parts", parts=join(", ", parts)) if parts else "",
            )
        )
        if why:
            ex.lines.append(msg("explain.why_moved", reason=why))
    ex.lines.append(msg("explain.eligible", n=hi - lo))
    if hi > lo:
        order = edges[np.argsort(p.edge_cost[edges], kind="stable")][:top]
        ctx.set_edges(p.edge_emp, p.edge_pos)
        jpm = ctx.jpm()
        over = left_over_formasi(comp, np.asarray(a))  # holders with a seat of their own
        ex.alternatives = pd.DataFrame(
            {
                "position": pos_ids[p.edge_pos[order]],
                "title": titles[p.edge_pos[order]],
                "score": np.round(-p.edge_cost[order] / scale, 2),
                "delta": np.round((chosen_cost - p.edge_cost[order]) / scale, 2),
                "jpm": np.round(jpm[order], 1),
                # the formasi: a holder kept over it brings a seat of their own
                "seats": ctx.pos("headcount")[p.edge_pos[order]].astype(int),
                "held_by": pd.Series(  # messages (object: Arrow strings would drop them)
                    [
                        _held_by(ctx.emp_ids, over, holders.get(int(q), []))
                        for q in p.edge_pos[order]
                    ],
                    dtype=object,
                ),
            }
        )
    if position is not None:
        ex.lines.append("")
        ex.lines += _why_not(result, i, position, holders)
    return ex


def _parts(result: Result, e: int) -> list[Message]:
    """The objective's terms on edge ``e`` of the result's problem, in points, as the
    result's line and the post asked about give them (none that is 0)."""
    comp, p = result.compiled, result.problem
    assert comp is not None  # explain() checked it
    names = {t.name: msg("bilingual", en=t.name, id=t.label_id or t.name) for t, _ in comp.terms}
    jpm, _ = comp.context.pair_jpm(p.edge_emp[[e]], p.edge_pos[[e]])
    if np.isnan(jpm[0]):  # scored, not known: not the person's own fit (review 168 L3)
        names["jpm"] = msg(f"term.{unknown_jpm_term(comp.context.unassessed_jpm)}")
    return [
        msg("explain.part", term=names.get(t, t), points=-(ec[e]) / p.objective_scale)
        for t, (ec, _) in p.term_costs.items()
        if ec[e] != 0
    ]


def _fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name: 'Ayu  LESTÀRI' → 'ayu lestari'."""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(t.casefold().replace(",", " ").replace(".", " ").split())


def find_employee(employees: pd.DataFrame, query: str, most: int = 5) -> str:
    """The id of the one employee whose id or name (case- and accent-insensitive, with or
    without degrees) is ``query``; else an error naming at most ``most`` close matches."""
    ids = employees["id"].astype(str).to_numpy()
    if str(query).strip() in set(ids):
        return str(query).strip()
    q = _fold(query)
    if "name" not in employees or not q:
        raise PlacementError(
            msg("explain.unknown_employee", employee=query, hint=nearest(query, list(ids)[:20000]))
        )
    names = employees["name"].astype(str).to_numpy()
    folded = np.array([_fold(n) for n in names], dtype=object)
    # the name without degrees: 'Dr. Ayu Lestari, S.E., M.M.' → 'Ayu Lestari'
    bare = np.array([_fold(n.split(",")[0].split(". ")[-1]) for n in names], dtype=object)
    hits = np.flatnonzero((folded == q) | (bare == q))
    if len(hits) == 1:
        return str(ids[hits[0]])
    if len(hits) == 0:
        close = difflib.get_close_matches(
            q, list(dict.fromkeys(folded.tolist() + bare.tolist())), n=most, cutoff=0.6
        )
        hits = np.flatnonzero(np.isin(folded, close) | np.isin(bare, close))
        hits = hits[
            np.argsort(
                [
                    close.index(folded[h]) if folded[h] in close else close.index(bare[h])
                    for h in hits
                ],
                kind="stable",
            )
        ]
    shown = ", ".join(f"{names[h]} ({ids[h]})" for h in hits[:most])
    key = (
        "explain.several_employees"
        if len(hits) and (folded[hits[0]] == q or bare[hits[0]] == q)
        else "explain.no_employee"
    )
    more = msg("and_n_more", n=len(hits) - most) if len(hits) > most else ""
    raise PlacementError(msg(key, employee=query, matches=shown or "-", more=more))


def _reason(result: Result, i: int) -> str:
    """The reason the moves / unplaced tables give for employee ``i`` ("" if none):
    the same text, from :func:`placement.model.reasons.reasons`."""
    assert result.compiled is not None  # explain() checked it
    emp_id = result.compiled.context.emp_ids[i]
    for table in (result.moves, result.unplaced):
        if len(table) and "reason" in table:
            hit = table.loc[table["employee_id"] == emp_id, "reason"]
            if len(hit):
                return hit.iloc[0]
    return ""


def _held_by(ids: np.ndarray, over: np.ndarray, holders: list[int]) -> Message | str:
    """A post's ``holders`` in the plan for the alternatives' table: the first three
    who take a seat of its formasi, then how many more are kept over it (``over``:
    until BUP, or pending a decision; a seat of their own, none of the formasi's:
    review 41)."""
    seated = [h for h in holders if not over[h]]
    text = ", ".join(str(ids[h]) for h in seated[:3])
    extra = len(holders) - len(seated)
    if not extra:
        return text
    return msg("explain.held_over_formasi", holders=text + " " if text else "", n=extra)


def _holders(a: np.ndarray) -> dict[int, list[int]]:
    """The employees (indices, ascending) placed in each position that has any."""
    placed = np.flatnonzero(a >= 0)
    order = placed[np.argsort(a[placed], kind="stable")]
    out: dict[int, list[int]] = {}
    for q, grp in pd.Series(order).groupby(a[order]):
        out[int(cast(int, q))] = list(grp)
    return out


def _why_not(result: Result, i: int, position: str, holders: dict[int, list[int]]) -> list[str]:
    comp = result.compiled
    a = result.assignment
    assert comp is not None and a is not None  # explain() checked them
    ctx = comp.context
    p: Problem = result.problem
    pos_index = {q: j for j, q in enumerate(ctx.pos_ids)}
    if position not in pos_index:
        raise PlacementError(
            msg(
                "explain.unknown_position",
                position=position,
                hint=nearest(position, list(pos_index)[:20000]),
            )
        )
    q = pos_index[position]
    if a[i] == q:
        return [msg("explain.here", position=position)]
    lo, hi = int(p.indptr[i]), int(p.indptr[i + 1])
    if q not in set(p.edge_pos[lo:hi].tolist()):
        return [
            msg(
                "explain.not_eligible",
                position=position,
                reasons=join("; ", requirement_failures(comp, i, q)),
            )
        ]
    out: list[str] = []
    cap = int(comp.context.pos("headcount")[q])  # the formasi, without seats over it
    if int(p.capacity[q]) == 0:
        return [msg("explain.closed", position=position)]
    emp = comp.org.employees
    names = emp["name"].to_numpy(dtype=object) if "name" in emp.columns else None

    def named(who: list[int], most: int = 5) -> Message:
        """``Name (NIP)`` of the first ``most`` employees (indices), and how many more."""
        return first_of(
            [person(None if names is None else names[j], ctx.emp_ids[j]) for j in who], most
        )

    held = holders.get(q, [])
    # those who take a seat of its formasi; those kept over it, counted apart (review 147
    # L6: a holder kept over P0089's formasi until BUP was named among its 21 seats' holders)
    over = left_over_formasi(comp, np.asarray(a))
    seated = [j for j in held if not over[j]]
    said = named(seated) if seated else msg("explain.nobody")
    if len(seated) < len(held):
        said = msg(
            "explain.held_over_formasi", holders=join("", [said, " "]), n=len(held) - len(seated)
        )
    out.append(msg("explain.held", position=position, seats=cap, holders=said))
    # their score there, term by term, as the result's line gives it: a charge such as
    # kms_move says why the plan does not make the move (review 123: "pinning costs 100
    # points" read with no ground)
    e = lo + int(np.searchsorted(p.edge_pos[lo:hi], q))
    score = -p.edge_cost[e] / p.objective_scale
    parts = join(", ", _parts(result, e))
    out.append(msg("explain.there", position=position, score=score, parts=parts))
    if p.pinned[i] >= 0:
        return out + [msg("explain.pinned_elsewhere")]
    pc = pin_cost(result, i, q, time_limit=30)
    if pc.delta is None:
        out.append(msg("explain.impossible", status=pc.status.value))
    else:
        moved = [int(j) for j in pc.changed]
        out.append(
            msg(
                "explain.pin_cost",
                position=position,
                delta=pc.delta,
                n=len(moved),
                first=msg("explain.first", ids=named(moved)) if moved else "",
            )
        )
    return out
