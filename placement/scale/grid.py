"""Sweep grids: ``KEY=VALUES`` settings, the variants they make, and their validation.

KEY is a scenario setting by its dotted path (``objective.weights.continuity``,
``constraints.max_moves``, ``eligibility.min_jpm``, ``solver.seed``) or a parameter
of an operation by its index in the scenario's (resolved) operations list
(``operations[2].factor``). VALUES is a comma list (``0,5,10``; each item read as a
YAML scalar: numbers, ``true``, ``null``, text) or an inclusive range
``start:stop:step`` (``0:400:50`` = 0, 50, …, 400). Variants are the product of the
grids (the last key varies fastest) or, with ``zip``, the grids side by side.

>>> parse_vary("objective.weights.continuity=0:20:10")
('objective.weights.continuity', [0, 10, 20])
>>> variants([("a", [1, 2]), ("b", ["x", "y"])])
[{'a': 1, 'b': 'x'}, {'a': 1, 'b': 'y'}, {'a': 2, 'b': 'x'}, {'a': 2, 'b': 'y'}]
"""

from __future__ import annotations

import copy
import itertools
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

from placement.errors import ScenarioError
from placement.i18n import msg
from placement.model.config import ScenarioConfig, nearest, validate_config
from placement.model.terms import TERMS

Grid = list[tuple[str, list[Any]]]
_OP_KEY = re.compile(r"^operations\[(\d+)\]\.(\w+)$")
_MAX_VARIANTS = 100_000


def _scalar(text: str) -> Any:
    text = text.strip()
    try:
        return yaml.safe_load(text) if text else None
    except yaml.YAMLError:
        return text


def _range(text: str, key: str) -> list[Any]:
    parts = text.split(":")
    try:
        start, stop, step = (Decimal(p.strip()) for p in parts)
    except (InvalidOperation, ValueError):
        raise ScenarioError(msg("sweep.bad_range", key=key, values=text)) from None
    if step <= 0 or stop < start:
        raise ScenarioError(msg("sweep.bad_range", key=key, values=text))
    count = int((stop - start) / step) + 1
    if count > _MAX_VARIANTS:
        raise ScenarioError(msg("sweep.too_many", n=count, limit=_MAX_VARIANTS))
    out = []
    for i in range(count):
        v = start + i * step
        out.append(int(v) if v == v.to_integral_value() and "." not in text else float(v))
    return out


def parse_vary(text: str) -> tuple[str, list[Any]]:
    """``"KEY=VALUES"`` → ``(key, values)``; see the module docstring for the forms."""
    key, sep, values = text.partition("=")
    key = key.strip()
    if not sep or not key or not values.strip():
        raise ScenarioError(msg("sweep.bad_vary", text=text))
    if values.count(":") == 2 and "," not in values:
        return key, _range(values, key)
    return key, [_scalar(v) for v in values.split(",")]


def variants(grid: Grid, zip_: bool = False) -> list[dict[str, Any]]:
    """The settings of every variant, in order (product, or zipped with ``zip_``)."""
    if not grid:
        return [{}]
    keys = [k for k, _ in grid]
    if len(set(keys)) != len(keys):
        dup = next(k for k in keys if keys.count(k) > 1)
        raise ScenarioError(msg("sweep.duplicate_key", key=dup))
    lists = [list(v) for _, v in grid]
    if zip_:
        if len({len(v) for v in lists}) != 1:
            raise ScenarioError(
                msg("sweep.zip_lengths", lengths=", ".join(f"{k}: {len(v)}" for k, v in grid))
            )
        rows = list(zip(*lists, strict=True))
    else:
        total = 1
        for v in lists:
            total *= len(v)
        if total > _MAX_VARIANTS:
            raise ScenarioError(msg("sweep.too_many", n=total, limit=_MAX_VARIANTS))
        rows = list(itertools.product(*lists))
    return [dict(zip(keys, r, strict=True)) for r in rows]


def apply_settings(raw: dict, settings: dict[str, Any], source: str) -> dict:
    """A copy of the scenario's resolved settings ``raw`` with ``settings`` set."""
    out = copy.deepcopy(raw)
    for key, value in settings.items():
        m = _OP_KEY.match(key)
        if m:
            index, param = int(m.group(1)), m.group(2)
            ops = out.get("operations") or []
            if index >= len(ops):
                raise ScenarioError(msg("sweep.no_operation", key=key, source=source, n=len(ops)))
            ((_, params),) = ops[index].items()
            params[param] = value  # checked by the operation's own model
            continue
        if key.startswith("operations"):
            raise ScenarioError(msg("sweep.bad_op_key", key=key))
        parts = key.split(".")
        node = out
        for depth, part in enumerate(parts[:-1]):
            child = node.get(part)
            if child is None and depth == 0 or child is not None and not isinstance(child, dict):
                top = list(ScenarioConfig.model_fields) if depth == 0 else list(node)
                raise ScenarioError(
                    msg("sweep.bad_key", key=key, source=source, hint=nearest(part, top))
                )
            if child is None:
                child = node[part] = {}
            node = child
        node[parts[-1]] = value
        if parts[:2] == ["objective", "weights"] and len(parts) == 3 and parts[2] not in TERMS:
            raise ScenarioError(
                msg("sweep.bad_key", key=key, source=source, hint=nearest(parts[2], TERMS))
            )
    return out


#: ``raw`` as a ScenarioConfig (one shared validation for files, sweeps and frontiers)
validated = validate_config


def describe(settings: dict[str, Any]) -> str:
    """``key=value key=value``: a variant's settings as ``--vary`` arguments."""
    return " ".join(f"{k}={_shown(v)}" for k, v in settings.items())


def _shown(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


__all__ = ["Grid", "apply_settings", "describe", "parse_vary", "validated", "variants"]
