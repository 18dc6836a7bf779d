"""Restructuring operations, applied in order to an Organization.

In a scenario file, ``operations`` is a list; each item has one key, the
operation's name, holding its parameters::

    operations:
      - merge_units: {units: [U03, U07], into: U40, name: Dinas Pangan dan Pertanian}
      - close_positions: {positions: [P0102]}
      - merge_positions: {positions: [P0341], into: P0270}
      - pin: {employee: "199001012015031001", position: P0007}

Each operation is a small pydantic model with ``apply(plan)``; the registry
``OPERATIONS`` maps names to the engine's own, and extensions add theirs
(:mod:`placement.model.extension`). Every operation records a one-line summary of
what it changed in ``plan.log``. After the operations, the extensions' plan hooks
run on the plan (e.g. the domain layer excludes people past retirement age at the
scenario's reference date).

The package: :mod:`.base` (Plan, Operation, the registry, Select, rounding), the
engine's operations on :mod:`.units`, :mod:`.positions` and :mod:`.people` (each
registered by the ``operation`` decorator when imported here), and :mod:`.apply`.
"""

# isort: off
# registered in this order (unknown-operation errors list them so)
from placement.model.operations import units, positions, people  # noqa: F401

# isort: on
from placement.model.operations.apply import apply_operations, parse_operation
from placement.model.operations.base import (
    OPERATIONS,
    Operation,
    Plan,
    Select,
    largest_remainder,
    operation,
    operations,
    round_policy,
)
from placement.model.operations.people import Forbid, KeepIncumbents, Pin
from placement.model.operations.positions import (
    PENYETARAAN,
    ClosePositions,
    ConvertPositions,
    MergePositions,
    OpenPosition,
    ScaleHeadcount,
    SetHeadcount,
    SetMinFill,
)
from placement.model.operations.units import AddUnit, MergeUnits, MovePositions, RenameUnit, SetUnit

__all__ = [
    "OPERATIONS",
    "PENYETARAAN",
    "AddUnit",
    "ClosePositions",
    "ConvertPositions",
    "Forbid",
    "KeepIncumbents",
    "MergePositions",
    "MergeUnits",
    "MovePositions",
    "OpenPosition",
    "Operation",
    "Pin",
    "Plan",
    "RenameUnit",
    "ScaleHeadcount",
    "Select",
    "SetHeadcount",
    "SetMinFill",
    "SetUnit",
    "apply_operations",
    "largest_remainder",
    "operation",
    "operations",
    "parse_operation",
    "round_policy",
]
