"""Reading an ``operations`` list and applying it to an organisation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from placement.errors import OperationError
from placement.i18n import msg
from placement.model import extension
from placement.model.config import format_validation_error, nearest
from placement.model.operations.base import (
    Operation,
    Plan,
    operations,
)
from placement.model.operations.units import alike_after_merge
from placement.model.organization import Organization


def parse_operation(item: Any, index: int, source: str) -> tuple[Operation, str]:
    """Validate one ``operations`` list item; returns the operation and its label."""
    where = msg("op.where", source=source, index=index)
    if not isinstance(item, dict) or len(item) != 1:
        raise OperationError(msg("op.not_mapping", where=where))
    ((name, params),) = item.items()
    known = operations()
    if name not in known:
        raise OperationError(msg("op.unknown", where=where, name=name, hint=nearest(name, known)))
    cls = known[name]
    try:
        op = cls.model_validate(params or {})
    except ValidationError as exc:
        raise OperationError(
            format_validation_error(exc, cls, msg("op.label", where=where, name=name))
        ) from None
    return op, msg("op.label", where=where, name=name)


def apply_operations(
    org: Organization,
    items: list[tuple[Operation, str]],
    base_dir: Path | None = None,
    reference_date: dt.date | None = None,
) -> Plan:
    """The organisation after ``items`` in order, then the extensions' plan hooks;
    ``reference_date`` (default: today) is the scenario's planning date."""
    plan = Plan(
        org.copy(),
        base_dir=base_dir,
        reference_date=reference_date or dt.date.today(),
        source=org,
    )
    for op, where in items:
        op.apply(plan, where)
    alike_after_merge(plan)
    for hook in extension.hooks("plan_hooks"):
        hook(plan)
    plan.org.revalidate()
    return plan
