"""Every bound placement puts on its input, in one place.

Numbers (the range the solvers accept; a value outside is a one-line error naming
where it came from): every number must be finite; counts (headcounts, minimum fills,
unit caps and minimums, move caps) are whole numbers in ``0 … MAX_COUNT``; money
(unit budgets, budget limits, the per-employee budget weight) ``0 … MAX_MONEY``;
objective weights and position priorities ``0 … MAX_WEIGHT``; headcount scale
factors ``0 … MAX_FACTOR``; solver time limits ``(0, MAX_SECONDS]``, seeds
``0 … MAX_SEED`` (CP-SAT's 32-bit seed), workers ``1 … 64``. With these bounds the
integer objective and constraint sums stay well inside 64 bits.

Work (bounded before anything is materialised; each can be raised with the
environment variable named beside it, and the error says so): the size of an input
file (for a workbook, the uncompressed size of its sheets from the zip directory),
the unpacked XML of a workbook's sheets (read cell by cell: CSV or Parquet suit bigger
rosters), rows and columns per table, YAML nesting depth, the length of an ``extends`` chain.
"""

from __future__ import annotations

import os

MAX_COUNT = 1_000_000
MAX_MONEY = 10**12
MAX_WEIGHT = 1e6
MAX_FACTOR = 1000.0
MAX_SECONDS = 1e7
MAX_SEED = 2**31 - 1
MAX_WORKERS = 64

#: name → (environment variable, default)
WORK_LIMITS = {
    "file_mb": ("PLACEMENT_MAX_FILE_MB", 2048),
    "sheet_mb": ("PLACEMENT_MAX_SHEET_MB", 256),
    "rows": ("PLACEMENT_MAX_ROWS", 5_000_000),
    "columns": ("PLACEMENT_MAX_COLUMNS", 2000),
    "yaml_depth": ("PLACEMENT_MAX_YAML_DEPTH", 40),
    "extends": ("PLACEMENT_MAX_EXTENDS", 32),
}


def work_limit(name: str) -> tuple[int, str]:
    """The limit ``name`` (from its environment variable if set) and that variable."""
    var, default = WORK_LIMITS[name]
    try:
        value = int(os.environ.get(var, default))
    except ValueError:
        value = default
    return value, var
