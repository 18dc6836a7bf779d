"""Objective terms as the reasons quote them: a term's name in the catalogue, and a
change by term as text (``jpm +3.0, education +10.0``); and a change of a placement
by term (:func:`plan_change`), for a reason that prices an alternative plan."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from placement.i18n import MESSAGES, Message, join, msg
from placement.model.problem import Problem


def term_parts(parts: dict[str, float]) -> Message:
    """``jpm +3.0, education +10.0``: each term by its name in the catalogue (a
    plug-in's term without one by its own name)."""
    return join(", ", [msg("reason.part", term=_term_name(k), points=v) for k, v in parts.items()])


def unknown_jpm_term(unassessed_jpm: float | str) -> str:
    """The name the reasons give the jpm term where a pair has no JPM, by what the
    objective scores for it (``objective.unassessed_jpm``): a value scored, not the
    person's own fit (review 168 L3)."""
    if unassessed_jpm in ("overall", "mean"):
        return f"jpm_unknown_{unassessed_jpm}"
    return "jpm_unknown"


#: objective term -> its name as a message, made once (a catalogue key never changes)
_TERM_NAMES: dict[str, Message] = {}


def _term_name(term: str) -> Message | str:
    """An objective term's name in the catalogue (a plug-in's term without one: its
    own name); one message per term, not one per part quoted."""
    if term not in _TERM_NAMES:
        if f"term.{term}" not in MESSAGES:  # not kept: a plug-in may register it later
            return term
        _TERM_NAMES[term] = Message(f"term.{term}")
    return _TERM_NAMES[term]


def plan_change(p: Problem, a: np.ndarray, changes: Iterable[tuple[int, int]]) -> dict[str, float]:
    """What placement ``a`` of ``p`` would gain (points, < 0: lose) by term if each
    employee of ``changes`` took the post given (-1: none), the terms that do not
    change left out; {} where a change is no option of the problem or the terms do not
    add up to the costs (lexicographic priorities, tiers of minimum fills)."""
    moves = list(changes)
    who = np.array([i for i, _ in moves], dtype=np.int64)
    new = np.array([q for _, q in moves], dtype=np.int64)
    old = np.asarray(a, dtype=np.int64)[who]
    e_new, e_old = p.pair_edges(who, new), p.pair_edges(who, old)
    if ((new >= 0) & (e_new < 0)).any() or ((old >= 0) & (e_old < 0)).any():
        return {}

    def cost(ec: np.ndarray, uc: np.ndarray, e: np.ndarray) -> int:
        return int(np.where(e >= 0, ec[np.maximum(e, 0)], uc[who]).sum())

    out: dict[str, float] = {}
    for name, (ec, uc) in p.term_costs.items():
        d = cost(ec, uc, e_old) - cost(ec, uc, e_new)
        if d:
            out[name] = d / p.objective_scale
    total = cost(p.edge_cost, p.unplaced_cost, e_old) - cost(p.edge_cost, p.unplaced_cost, e_new)
    if abs(sum(out.values()) - total / p.objective_scale) > 0.01:
        return {}
    return out
