"""Extensions: how a plug-in (the civil-service rules of :mod:`placement.domain`, or a
third-party module) adds to the engine, declared in one place.

An :class:`Extension` lists what it adds; :func:`register_extension` makes it take
effect, and the engine reads the parts through :func:`hooks` and :func:`operations` in
registration order. The parts:

``checks``
    ``check(org, log)`` run when an organisation is validated (after the engine's own
    checks): records problems / warnings / exclusions in ``log`` (a ``ProblemLog``).
``operations``
    :class:`~placement.model.operations.Operation` classes for scenario files, by their
    ``op`` name (an extension may replace an engine operation of the same name).
``plan_hooks``
    ``hook(plan)`` run after a scenario's operations, before the final checks.
``edge_rules``
    ``rule(ctx, edge_emp, edge_pos, policy)`` → bool array (True = allowed) or None when
    the scenario turns the rule off; the eligible pairs are those every rule allows.
``rule_counts``
    ``count(ctx, edge_emp, edge_pos, policy)`` → int array: how many of the extension's
    rules each pair breaks, where one edge rule holds several (the career rules); the
    nearest post of someone with none open counts misses by it. Without it, each edge
    rule of the extension counts as one.
``tables``
    ``extend(result, tables)`` adds columns or whole tables to a result's tables.
``kpis``
    ``extend(result) -> dict`` adds KPIs.
``compared_kpis``
    ``fill(results) -> {scenario name: dict}``: in a comparison, the extension's KPIs
    of scenarios that lack them, measured as another scenario's are (the workload
    analysis: the shortage and EJ of every scenario by the one ABK; review 103 H1).
``reasons``
    ``reasons(comp, i, q) -> list`` the rules of the extension that keep employee ``i``
    out of position ``q``, in words (explain, pins, reasons).
``keepers``
    ``keep(ctx, policy) -> (rule, mask) | None``: the people (bool per employee) a rule
    of the extension keeps in their own post (it opens them no other), and the rule's
    name; they keep it for certain, before its holders who meet its rules, as many as
    it has seats (:func:`~placement.model.eligibility.held_by_rule`), and rank first
    among ``keep_incumbents``' holders; the others rank right after the pinned for the
    seats left (``eligibility.qualified_holders_first``).
``held_until``
    ``until(ctx, who) -> array``: per employee of ``who`` (indices) whom a rule of the
    extension keeps in their own post (``keepers``), the day that rule lets go of them
    as ISO text ('' for none or not known; the retirement rule: their BUP), so that a
    reason can say until when a post holds one more than its formasi.
``leaves_by``
    ``by(ctx, who) -> array``: per employee of ``who`` (indices), the last day they
    can serve in their post as ISO text ('' where not known; the retirement rule: their
    BUP), so that a reason can date when a post holding some over its formasi is back
    within it (review 80: a move into P0553 read as waiting for its holder kept pending
    the PPK's decision, with no date, while its next holder to retire went in 2027).
``wait_notes``
    ``note(ctx, i, q, date, some, pending, first="") -> Message | None``: employee ``i`` moves
    into post ``q``, which holds people over its formasi and is sure to be back within
    it only by ``date`` (ISO; ``some``: more come into it than it holds over, so not
    every SK into it waits; ``pending``: how many of those over it are kept pending the
    PPK's decision; ``first``: where every SK into it waits, a seat per exit, the day of
    the first exit): what a rule of the extension says of an SK dated then, or None (the
    JF entry age: review 84 H1, a nurse past it by the day her seat is sure to be free;
    the planning horizon: review 84 M3, a seat sure to be free only in 2037).
``late_movers``
    ``late(comp, a) -> array | None``: bool per employee, the officials placement ``a``
    moves into a post whose SK waits for a seat (it holds people over its formasi)
    that a rule of the extension says cannot wait so long (the JF entry age: the seat
    sure to be free only once they are past it); :mod:`placement.keeping` leaves that
    move out and solves again, or else keeps them in a seat of their own post (review
    143 H1, 138 M1: Hari Seyan Tanato's move into P0088, whose seat is sure only in
    2030, his SK to be dated before 2028-03-04, was held in three reviews; review 145
    H1). None where the rule is off.
``unlicensed``
    ``find(ctx, policy) -> array | None``: per employee, the licence their own post's
    profession asks for that they do not hold ('' for none): with
    ``qualified_holders_first``, such a holder who also misses their post's rules takes
    no seat of it (they cannot practise it; review 50: four seats of a pharmacy post
    went to holders without an STR while two new hires holding one were left without a
    post).
``band_exempt``
    ``pairs(ctx, policy) -> (edge_emp, edge_pos) | None``: pairs a rule of the extension
    lets past the grade band (``max_grade_rise``), the other rules still applying
    (``rise_into_own_profession``: a licence holder into their licensed family's post
    at the level their golongan fits).
``rise_notes``
    ``note(comp, i, q) -> Message | None``: what a rule of the extension says of the
    rise of employee ``i`` into ``q`` (a post of a higher kelas) in the move's reason,
    in place of the engine's count of the candidates with a higher JPM there (the
    first extension that says something is read; ``rise_among_best``: where the
    person ranks among the candidates by merit).
``rise_rivals``
    ``rivals(comp, i, q) -> ndarray | None``: the candidates (employee indices) a rule
    of the extension ranks above employee ``i`` for their rise into ``q``, as its
    ``rise_notes`` counts them: the reason names those the plan promotes into ``q`` and
    those it leaves where they are (``rise_among_best``).
``priority_notes``
    ``note(comp, q) -> Message | None``: where the vacancy priority of position ``q``
    comes from, if a rule of the extension set it (the workload analysis: its EJ
    today), so that a move the priority carries names its ground.
``shut_ways``
    ``shut(comp, i) -> list[(way, message)]``: the PPK's usual ways for official ``i``
    without a seat within the rules (``jf``: a functional post of another family;
    ``structural``: a structural post) that a rule of the extension shuts, and why
    (:mod:`placement.model.decisions` offers the others).
``summary``
    ``sentences(result) -> list[Message]``: what the decision makers' summary of a
    result says of the extension's own matters, after the engine's sentences (the
    workload analysis: the posts still short of staff by the ABK after the plan;
    review 76: the workload report said nothing of 19 staff still short).
``lead``
    ``sentences(result) -> list[Message]``: what the summary says of the extension's
    own matters right after who stays and who changes post, where a reader who stops
    there would miss them (penyetaraan: those who stay yet change jabatan by an SK of
    penyetaraan; review 129 M1: "4,217 stay … 95 change post" read as `replace`).
``decisions``
    ``rows(result, tables) -> DataFrame | None``: more rows of the decisions list
    (:mod:`placement.model.decisions`, in its columns): officials the plan places within
    the rules whose SK still asks a decision of the PPK (penyetaraan: a holder of a
    converted post below its education; review 53: two D3 holders of posts converted
    to JF Ahli Muda, which asks S1/D4, stayed in them unlisted). ``tables``: the
    result's tables so far. One already on the list is not listed again.
``messages``, ``labels``
    catalogue entries ``key → (English, Indonesian)`` (:func:`placement.i18n.register`).

State a plug-in keeps for later stages (settings of its operations, records for its
tables) lives in ``Plan.extras`` under a key of its own (:func:`state`; the modules of
the civil-service domain share ``extras["domain"]``, as they share the reference date);
edge rules read it as ``ctx.extras``, tables and reasons as ``compiled.plan.extras``.

The built-in extensions (the civil-service domain) are loaded by name from
:data:`PLUGINS` when the model package is first imported, so that the model names no
domain module; :mod:`placement.domain` lists its extensions in ``BUILT_IN``. This module
imports nothing of the model, so that every model module can read it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

import numpy as np

from placement.i18n import register


class NamedOperation(Protocol):
    """What the extension registry needs of an operation class: its ``op`` name (the
    classes are :class:`~placement.model.operations.Operation` subclasses; this module
    names no model module)."""

    op: ClassVar[str]


@dataclass(frozen=True)
class Extension:
    """What one plug-in adds to the engine (see the module documentation)."""

    name: str
    checks: tuple[Callable, ...] = ()
    operations: tuple[type[NamedOperation], ...] = ()
    plan_hooks: tuple[Callable, ...] = ()
    edge_rules: tuple[Callable, ...] = ()
    rule_counts: tuple[Callable, ...] = ()
    tables: tuple[Callable, ...] = ()
    kpis: tuple[Callable, ...] = ()
    compared_kpis: tuple[Callable, ...] = ()
    reasons: tuple[Callable, ...] = ()
    keepers: tuple[Callable, ...] = ()
    held_until: tuple[Callable, ...] = ()
    leaves_by: tuple[Callable, ...] = ()
    wait_notes: tuple[Callable, ...] = ()
    late_movers: tuple[Callable, ...] = ()
    unlicensed: tuple[Callable, ...] = ()
    band_exempt: tuple[Callable, ...] = ()
    rise_notes: tuple[Callable, ...] = ()
    rise_rivals: tuple[Callable, ...] = ()
    priority_notes: tuple[Callable, ...] = ()
    shut_ways: tuple[Callable, ...] = ()
    decisions: tuple[Callable, ...] = ()
    summary: tuple[Callable, ...] = ()
    lead: tuple[Callable, ...] = ()
    messages: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    labels: Mapping[str, tuple[str, str]] = field(default_factory=dict)


#: The registered extensions by name, in registration order.
EXTENSIONS: dict[str, Extension] = {}

_PARTS = (
    "checks",
    "plan_hooks",
    "edge_rules",
    "rule_counts",
    "tables",
    "kpis",
    "compared_kpis",
    "reasons",
    "keepers",
    "held_until",
    "leaves_by",
    "wait_notes",
    "late_movers",
    "unlicensed",
    "band_exempt",
    "rise_notes",
    "rise_rivals",
    "priority_notes",
    "shut_ways",
    "decisions",
    "summary",
    "lead",
)

#: Packages imported (by name) when the model is first imported; each registers its
#: extensions. The civil-service domain is the built-in one.
PLUGINS: tuple[str, ...] = ("placement.domain",)


def load_plugins() -> None:
    """Import the :data:`PLUGINS` packages (they register their extensions)."""
    for name in PLUGINS:
        importlib.import_module(name)


def register_extension(ext: Extension) -> Extension:
    """Make ``ext`` take effect: its catalogue entries are added and its other parts are
    read by the engine from now on. Registering an extension of the same name again
    replaces it in place (a module reloaded)."""
    register(messages=ext.messages, labels=ext.labels)
    EXTENSIONS[ext.name] = ext
    return ext


def unregister_extension(name: str) -> None:
    """Take the extension ``name`` out again (its catalogue entries stay)."""
    EXTENSIONS.pop(name, None)


def registered() -> list[Extension]:
    """The registered extensions, in registration order."""
    return list(EXTENSIONS.values())


def hooks(part: str) -> Iterator[Callable]:
    """The ``part`` (one of ``_PARTS``: ``checks``, ``plan_hooks``, ``edge_rules``,
    ``rule_counts``, ``tables``, ``kpis``, ``compared_kpis``, ``reasons``, ``keepers``,
    ``held_until``, ``leaves_by``, ``wait_notes``, ``late_movers``, ``unlicensed``,
    ``band_exempt``,
    ``rise_notes``, ``rise_rivals``, ``priority_notes``, ``shut_ways``, ``decisions``, ``summary``,
    ``lead``) of every registered extension, in registration order."""
    if part not in _PARTS:
        raise KeyError(part)
    for ext in list(EXTENSIONS.values()):
        yield from getattr(ext, part)


def first_given(part: str, ctx, who: np.ndarray) -> np.ndarray:
    """Per employee of ``who`` (indices): the first text other than '' the ``part``
    hooks give (``held_until``, ``leaves_by``: a day as ISO text), '' for none."""
    out = np.full(len(who), "", dtype=object)
    for hook in hooks(part):
        got = np.asarray(hook(ctx, who), dtype=object)
        out = np.where(out == "", got, out)
    return out


def operations() -> dict[str, type]:
    """The operations the extensions add, by ``op`` name (a later one wins)."""
    return {cls.op: cls for ext in EXTENSIONS.values() for cls in ext.operations}


def state(extras: dict, name: str) -> dict[str, Any]:
    """The state the extension ``name`` keeps in a plan's ``extras`` (created empty)."""
    return extras.setdefault(name, {})
