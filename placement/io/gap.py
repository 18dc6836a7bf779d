"""Read Generalized Assignment Problem (GAP) benchmark files: the integers of each
problem, and the published optima table. :mod:`placement.model.gap` turns them into
:class:`~placement.model.problem.Problem` objects.

Two layouts (see ``data/gap/README.md``), both whitespace-separated integers:

- OR-Library ``gap*.txt``: ``P``, then ``P`` problems;
- Yagiura ``yagiura/<t><mm><nnn>``: one problem, no ``P``.

A problem is ``m n``, ``c`` (m × n), ``a`` (m × n), ``b`` (m).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from placement.errors import DataError

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "gap"

_INT = re.compile(r"[+-]?\d+")
_OPTIMA_COLUMNS = [
    "instance",
    "file",
    "problem_index",
    "agents",
    "jobs",
    "sense",
    "best_known",
    "is_optimal",
    "lower_bound",
]


class GapBlock(NamedTuple):
    """One problem of a GAP file: ``m`` agents, ``n`` jobs, cost ``c`` and weight ``a``
    (m × n), capacity ``b`` (m), named ``<stem>-<k>`` in a multi-problem file."""

    name: str
    m: int
    n: int
    c: np.ndarray
    a: np.ndarray
    b: np.ndarray


def read_gap_blocks(path: str | Path) -> list[GapBlock]:
    """All problems of a GAP file (one for the Yagiura single-problem files).

    Raises :class:`DataError` (naming the file) when the file is missing, unreadable,
    holds a non-integer token, or has the wrong number of integers.
    """
    path = Path(path)
    ints, first_line = _read_ints(path)
    blocks = _split_problems(ints, path, first_line)
    stem = path.name.removesuffix(".txt")
    if len(blocks) == 1 and not blocks[0][0]:
        return [GapBlock(stem, *blocks[0][1:])]
    return [GapBlock(f"{stem}-{k}", *blk[1:]) for k, blk in enumerate(blocks, start=1)]


def load_optima(path: str | Path | None = None) -> pd.DataFrame:
    """The published optima table (``data/gap/optima.csv``) as a DataFrame.

    ``path`` may be the CSV itself or the directory holding it (default: the
    repository's ``data/gap``). ``lower_bound`` is a nullable integer column.
    """
    path = DATA_DIR if path is None else Path(path)
    if path.is_dir():
        path = path / "optima.csv"
    dtypes: dict[str, type[str] | str] = {
        "instance": str,
        "file": str,
        "sense": str,
        "lower_bound": "Int64",
    }
    try:
        df = pd.read_csv(
            path,
            dtype=dtypes,
            keep_default_na=False,
            na_values={"lower_bound": [""]},
        )
    except FileNotFoundError:
        raise DataError(f"GAP optima file {path} does not exist") from None
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise DataError(f"GAP optima file {path} cannot be read: {exc}") from None
    missing = [c for c in _OPTIMA_COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"GAP optima file {path} lacks columns: {', '.join(missing)}")
    try:
        for col in ("problem_index", "agents", "jobs", "best_known"):
            df[col] = df[col].astype(np.int64)
        df["is_optimal"] = (
            df["is_optimal"].astype(str).str.lower().map({"true": True, "false": False})
        )
        if df["is_optimal"].isna().any():
            raise ValueError("is_optimal must be true or false")
    except (ValueError, TypeError) as exc:
        raise DataError(f"GAP optima file {path} has an invalid value: {exc}") from None
    bad_sense = ~df["sense"].isin(["min", "max"])
    if bad_sense.any():
        rows = ", ".join(df.loc[bad_sense, "instance"].astype(str))
        raise DataError(f"GAP optima file {path}: sense must be min or max (rows {rows})")
    return df


def instance_file(name: str, data_dir: str | Path | None = None) -> tuple[Path, int]:
    """The file and the 1-based problem number of an ``optima.csv`` instance name
    (``gap5-3``, ``d801600``)."""
    data_dir = DATA_DIR if data_dir is None else Path(data_dir)
    optima = load_optima(data_dir / "optima.csv")
    rows = optima[optima["instance"] == name]
    if rows.empty:
        raise DataError(f"unknown GAP instance {name!r} (not in {data_dir / 'optima.csv'})")
    row = rows.iloc[0]
    return data_dir / row["file"], int(row["problem_index"])


# -- parsing ----------------------------------------------------------------------------
def _read_ints(path: Path) -> tuple[np.ndarray, int]:
    """All integers of the file, and how many tokens its first non-blank line holds
    (the latter only to word error messages: line breaks carry no meaning)."""
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise DataError(f"GAP file {path} does not exist") from None
    except IsADirectoryError:
        raise DataError(f"GAP file {path} is a directory, not a file") from None
    except UnicodeDecodeError as exc:
        raise DataError(
            f"GAP file {path} is not a plain-text integer file (byte {exc.start} is not ASCII)"
        ) from None
    except OSError as exc:
        raise DataError(f"GAP file {path} cannot be read: {exc.strerror}") from None
    tokens = text.split()
    if not tokens:
        raise DataError(f"GAP file {path} is empty")
    first_line = next((len(ln.split()) for ln in text.splitlines() if ln.strip()), 0)
    try:
        return np.array(tokens).astype(np.int64), first_line
    except (ValueError, OverflowError):
        pass
    # slow path, only to say where the bad token is
    for match in re.finditer(r"\S+", text):
        tok = match.group()
        if not _INT.fullmatch(tok) or not -(2**63) <= int(tok) < 2**63:
            line = text.count("\n", 0, match.start()) + 1
            raise DataError(f"GAP file {path}, line {line}: {tok[:40]!r} is not an integer")
    raise DataError(f"GAP file {path} holds a value that is not a 64-bit integer")


def _need(ints: np.ndarray, pos: int) -> tuple[int, int, int] | None:
    """(m, n, integers needed) for a problem header at ``pos``, None if no valid header."""
    if pos + 2 > len(ints):
        return None
    m, n = int(ints[pos]), int(ints[pos + 1])
    if m <= 0 or n <= 0:
        return None
    return m, n, 2 + 2 * m * n + m


def _block(ints: np.ndarray, pos: int, m: int, n: int):
    c = ints[pos + 2 : pos + 2 + m * n].reshape(m, n)
    a = ints[pos + 2 + m * n : pos + 2 + 2 * m * n].reshape(m, n)
    b = ints[pos + 2 + 2 * m * n : pos + 2 + 2 * m * n + m]
    return c, a, b


def _split_problems(ints: np.ndarray, path: Path, first_line: int):
    """[(is_multi, m, n, c, a, b), ...]; the layout is decided by the integer count."""
    total = len(ints)
    single = _need(ints, 0)
    if single is not None and single[2] == total:
        m, n, _ = single
        return [(False, m, n, *_block(ints, 0, m, n))]
    multi_error = None
    out = []
    n_problems = int(ints[0])
    if n_problems <= 0:
        multi_error = f"the problem count P = {n_problems} must be positive"
    else:
        pos = 1
        for k in range(1, n_problems + 1):
            head = _need(ints, pos)
            if head is None:
                if pos + 2 > total:
                    multi_error = (
                        f"truncated: P = {n_problems} problems announced, the file ends "
                        f"after {k - 1}"
                    )
                else:
                    multi_error = (
                        f"problem {k}: agents and jobs must be positive, got "
                        f"{int(ints[pos])} {int(ints[pos + 1])}"
                    )
                break
            m, n, need = head
            if pos + need > total:
                multi_error = (
                    f"truncated: problem {k} of {n_problems} ({m} agents x {n} jobs) needs "
                    f"{need} integers, only {total - pos} remain"
                )
                break
            out.append((True, m, n, *_block(ints, pos, m, n)))
            pos += need
        else:
            if pos == total:
                return out
            multi_error = (
                f"{total - pos} unexpected integers after the {n_problems} announced problems"
            )
    # neither layout fits: word the error for the layout the file most looks like
    looks_multi = bool(out) or first_line == 1 or single is None
    if looks_multi:
        raise DataError(f"GAP file {path}: {multi_error}")
    assert single is not None  # else it looks multi
    m, n, need = single
    if total < need:
        what = f"truncated: expected {need} integers, found {total}"
    else:
        what = f"{total - need} unexpected integers after the problem"
    raise DataError(f"GAP file {path} ({m} agents x {n} jobs, single problem): {what}")


__all__ = ["DATA_DIR", "GapBlock", "instance_file", "load_optima", "read_gap_blocks"]
