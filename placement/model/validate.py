"""Validation of the organisation tables: the known columns, the problem log that
collects every problem with its file, row and column, and the vectorised checks of
units, positions and employees and of the references between them."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from placement.errors import (
    DataError,
    DuplicateIdError,
    InvalidValueError,
    UnknownReferenceError,
)
from placement.i18n import Message, join, msg, noun
from placement.io.tables import is_number
from placement.limits import MAX_COUNT, MAX_MONEY, MAX_WEIGHT
from placement.model import levels
from placement.model.cells import (
    ID_COLUMNS,
    as_frame,
    cell_values,
    cells_to_text,
    check_list,
    isin,
    list_items,
    looks_like_export,
    stored_as_number,
)

COMP_PREFIX = "comp:"
LIST_SEP = ";"
KINDS = ("JPT", "JA", "JF")

EMPLOYEE_COLUMNS = ("id", "name", "rank", "education", "field", "current_unit",
                    "current_position", "performance", "preferences", "birth_date",
                    "retirement_date", "nip", "gender", "status", "tmt_cpns",
                    "skp_score", "exclusion", "jf", "certifications", "legal_status",
                    "tmt_jabatan", "tmt_golongan", "mk_tahun", "mk_bulan",
                    "lokasi_kerja", "potential",
                    # read by default by the units' budgets and costs (review 159 L1:
                    # the report said it was not used)
                    "monthly_cost")  # fmt: skip
POSITION_COLUMNS = ("id", "title", "unit", "kind", "level", "grade", "headcount", "min_fill",
                    "min_education", "fields", "min_rank", "priority", "key", "jf")  # fmt: skip
UNIT_COLUMNS = ("id", "name", "type", "parent", "max_headcount", "min_headcount", "budget")
REQUIRED = {
    "employees": ("id", "rank", "education"),
    "positions": ("id", "unit", "headcount"),
    "units": ("id",),
}
KNOWN = {"employees": EMPLOYEE_COLUMNS, "positions": POSITION_COLUMNS, "units": UNIT_COLUMNS}


class ProblemLog:
    """Collects problems (errors and warnings) with file/row/column, raised at once."""

    def __init__(self) -> None:
        self.errors: list[tuple[type[DataError], str]] = []
        self.warnings: list[str] = []

    def add(
        self,
        df: pd.DataFrame,
        mask: ArrayLike,
        column: str | None,
        message: str,
        cls: type[DataError] = InvalidValueError,
        warn: bool = False,
        quote: bool = True,
    ) -> None:
        """One line for the rows in ``mask``; with ``quote`` (unless the message names
        the value itself) the line ends with the offending cell values."""
        rows = np.flatnonzero(np.asarray(mask))
        if not len(rows):
            return
        shown = cell_values(df, rows, column) if quote else ""
        text = msg("loc.found", text=message, values=shown) if shown else message
        line = msg("line", where=where(df, rows, column), text=text)
        if warn:
            self.warnings.append(line)
        else:
            self.errors.append((cls, line))

    def error(self, line: str, cls: type[DataError] = DataError) -> None:
        self.errors.append((cls, line))

    def raise_if_any(self) -> None:
        if not self.errors:
            return
        classes = {c for c, _ in self.errors}
        cls = classes.pop() if len(classes) == 1 else DataError
        err = cls([line for _, line in self.errors])
        err.warnings = list(self.warnings)  # type: ignore[attr-defined]
        raise err


def where(df: pd.DataFrame, rows: np.ndarray, column: str | None = None) -> Message:
    """'employees.csv rows 4, 9 (and 3 more), column "rank"' (a message: 'baris',
    'kolom' in Indonesian)."""
    source = Path(df.attrs.get("source", df.attrs.get("table", "table"))).name
    offset = df.attrs.get("row_offset", 2)
    rownos = df["_row"].to_numpy()[rows] if "_row" in df else np.asarray(rows) + offset
    rownos = np.sort(rownos)  # the file's order (tables are kept in id order)
    shown = ", ".join(str(int(r)) for r in rownos[:5])
    more = msg("loc.more", n=len(rownos) - 5) if len(rownos) > 5 else ""
    word = msg("loc.row_word") if len(rownos) == 1 else msg("loc.rows_word")
    col = msg("loc.column", column=column) if column else ""
    return msg("loc.rows", source=source, word=word, shown=shown, more=more, col=col)


# -- preparation ----------------------------------------------------------------------


def prepare_table(
    df: pd.DataFrame, table: str, log: ProblemLog, also: Collection[str] = ()
) -> pd.DataFrame:
    """``df`` with its known headers in their canonical case, the columns it lacks and
    holds twice reported; a warning names the columns placement does not read (those of
    :data:`KNOWN`, competencies and ``also``, the columns a scenario's settings name
    excepted)."""
    df = as_frame(df, table)
    attrs = dict(df.attrs)
    df = df.copy()
    df.attrs.update(attrs)
    df.attrs.setdefault("table", table)
    in_memory = "source" not in df.attrs and "_row" not in df.columns
    if "source" not in df.attrs:
        df.attrs["source"] = table
    headers = [str(c).strip() for c in df.columns if c != "_row"]  # as the file has them
    rename = {}
    for c in df.columns:
        s = str(c).strip()
        low = s.lower()
        if low.startswith(COMP_PREFIX):
            rename[c] = COMP_PREFIX + s[len(COMP_PREFIX) :].strip()
        elif low in KNOWN[table]:
            rename[c] = low
        else:
            rename[c] = s
    df = df.rename(columns=rename)
    dup = df.columns[df.columns.duplicated()]
    if len(dup):
        log.error(msg("data.column_twice", source=df.attrs["source"], column=dup[0]), DataError)
        df = df.loc[:, ~df.columns.duplicated()]
    log.warnings += list(df.attrs.get("warnings", []))
    extra = [
        c
        for c in df.columns
        if c not in KNOWN[table] and c not in also and not c.startswith(COMP_PREFIX) and c != "_row"
    ]
    if extra:
        shown = ", ".join(repr(c) for c in extra[:20])
        more = msg("and_n_more", n=len(extra) - 20) if len(extra) > 20 else ""
        log.warnings.append(
            msg(
                "data.extra_columns",
                file=Path(df.attrs["source"]).name,
                columns=join("", [shown, more]),
                table=table,
            )
        )
    missing = [c for c in REQUIRED[table] if c not in df.columns]
    if missing:
        found = headers
        hint = ""
        if table != "units" and looks_like_export(found):
            hint = msg(f"data.import_hint.{table}", file=df.attrs["source"])
        log.error(
            msg(
                "data.missing_columns",
                source=df.attrs["source"],
                columns=", ".join(repr(c) for c in missing),
                table=table,
                required=", ".join(REQUIRED[table]),
                found=", ".join(map(repr, found[:20])) + (" …" if len(found) > 20 else ""),
                hint=hint,
            )
        )
    if in_memory and pd.api.types.is_integer_dtype(df.index.dtype):
        # in memory, a row is what the user sees: its index label (0 for the first)
        df["_row"] = df.index.to_numpy(dtype=np.int64)
    elif "_row" not in df.columns:
        df["_row"] = np.arange(len(df), dtype=np.int64) + df.attrs.get("row_offset", 2)
    cells_to_text(df, log)
    df = _stripped(df.reset_index(drop=True))
    for c in ID_COLUMNS:  # the apostrophe that keeps Excel from mangling numbers
        if c in df and (df[c].dtype == object or pd.api.types.is_string_dtype(df[c])):
            quoted = df[c].str.startswith("'")
            if quoted.any():
                df[c] = df[c].where(~quoted, df[c].str.slice(1).str.strip())
    return df


def _stripped(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns stripped, blanks as "", the table built once from its columns (a
    table of thousands of columns is not rebuilt once per column). Text read from a
    file stays in its Arrow strings, stripped there: no round trip through Python
    objects (1.2 s for 100,000 employees, now 0.04 s)."""
    cols = {}
    for c, s in df.items():
        if c != "_row" and (
            pd.api.types.is_object_dtype(s.dtype) or pd.api.types.is_string_dtype(s.dtype)
        ):
            s = s.fillna("").astype(str).str.strip()  # pandas' own text type, whatever came in
        cols[c] = s
    out = pd.DataFrame(cols, index=df.index, copy=False)
    out.attrs.update(df.attrs)
    return out


def _text(df: pd.DataFrame, col: str) -> pd.Series:
    if col not in df:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[col].fillna("").astype(str).str.strip()


def _number(
    df: pd.DataFrame,
    col: str,
    log: ProblemLog,
    *,
    integer: bool,
    minimum: float | None = None,
    maximum: float | None = None,
    fix: str = "",
) -> np.ndarray:
    """Parse a numeric column (blank → NaN); report non-numbers and out-of-range cells."""
    if col not in df:
        return np.full(len(df), np.nan)
    raw = df[col]
    if pd.api.types.is_numeric_dtype(raw):
        values = raw.astype(float).to_numpy()
        bad = np.zeros(len(df), dtype=bool)
    else:  # parse each distinct text once (levels, codes: a handful per column)
        codes, uniq = pd.factorize(raw)
        text = pd.Series(np.asarray(uniq, dtype=object), dtype=object).astype(str).str.strip()
        text = text.str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)  # decimal comma
        parsed = pd.to_numeric(text.where(text != ""), errors="coerce").to_numpy(dtype=float)
        wrong = np.isnan(parsed) & (text != "").to_numpy()
        blank = codes < 0
        values = np.where(blank, np.nan, np.append(parsed, np.nan)[codes])
        bad = ~blank & np.append(wrong, False)[codes]
    fix = msg(fix) if fix else ""
    log.add(df, bad, col, msg("data.not_number_whole" if integer else "data.not_number", fix=fix))
    infinite = np.isinf(values)
    log.add(df, infinite, col, msg("limits.not_finite", fix=fix))
    values = np.where(infinite, np.nan, values)
    ok = ~np.isnan(values)
    if integer:
        frac = ok & (values != np.round(values))
        log.add(df, frac, col, msg("data.not_whole", fix=fix))
    if minimum is not None:
        log.add(df, ok & (values < minimum), col, msg("data.at_least", minimum=minimum, fix=fix))
    if maximum is not None:
        over = ok & (values > maximum)
        log.add(df, over, col, msg("data.at_most", maximum=maximum, fix=fix))
        values = np.where(over, np.nan, values)  # reported; never cast to an integer
    return values


def _number_columns(
    df: pd.DataFrame, cols: list[str], log: ProblemLog, **checks: Any
) -> dict[str, np.ndarray]:
    """:func:`_number` over many columns of the same kind (competency levels) in one
    pass over all their cells; the per-column report only when something is wrong."""
    present = [c for c in cols if c in df]
    out = {c: np.full(len(df), np.nan) for c in cols}
    if not present:
        return out
    n = len(df)
    quiet = ProblemLog()
    numeric = [c for c in present if is_number(df[c].dtype)]  # e.g. Parquet's: as they are
    for c in numeric:
        out[c] = _number(df, c, quiet, **checks)
    text = [c for c in present if c not in numeric]
    if text:
        # all the cells as one categorical column: each column factorized on its own
        # (in Arrow for text), their distinct values once more (a handful); no column
        # of millions of Python objects to build and hash
        parts = [pd.factorize(df[c]) for c in text]
        uniq = np.concatenate([np.asarray(u, dtype=object) for _, u in parts])
        where, texts = pd.factorize(uniq)
        where = np.append(where, -1)  # a blank cell (code -1) stays blank
        start = np.cumsum([0] + [len(u) for _, u in parts])
        at = [np.where(k < 0, -1, start[i] + k) for i, (k, _) in enumerate(parts)]
        codes = where[np.concatenate(at)]
        cells = pd.DataFrame({"v": pd.Categorical.from_codes(codes, categories=pd.Index(texts))})
        values = _number(cells, "v", quiet, **checks)
        for i, c in enumerate(text):
            out[c] = values[i * n : (i + 1) * n]
    if quiet.errors:  # name the file, rows and column of each problem
        for c in present:
            out[c] = _number(df, c, log, **checks)
    return out


def _dates(df: pd.DataFrame, col: str, log: ProblemLog) -> pd.Series:
    """ISO dates (YYYY-MM-DD) from ISO text, DD-MM-YYYY / DD/MM/YYYY text, or Excel
    serial day numbers; blank stays blank; anything else is reported."""
    codes, uniq = pd.factorize(_text(df, col))  # each distinct text parsed once
    out, bad = _parse_dates(pd.Series(np.asarray(uniq, dtype=object), dtype=object))
    codes = np.where(codes < 0, len(uniq), codes)
    far = ((out != "") & ((out < DATE_RANGE[0]) | (out > DATE_RANGE[1]))).to_numpy()
    out = out.where(~far, "")
    out = pd.Series(np.append(out.to_numpy(dtype=object), "")[codes], index=df.index, dtype=object)
    log.add(df, np.append(bad, False)[codes], col, msg("data.not_date"))
    log.add(df, np.append(far, False)[codes], col, msg("limits.date_range"))
    return out


#: dates a roster may hold (birth, retirement): every later date computation
#: (retirement ages, horizons) stays inside pandas' timestamp range
DATE_RANGE = ("1900-01-01", "2100-12-31")


def _parse_dates(text: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """(ISO date text or "", not-a-date flags) for a Series of texts."""
    out = pd.Series([""] * len(text), index=text.index, dtype=object)
    iso = pd.to_datetime(
        text.where(text.str.match(r"^\d{4}-\d{1,2}-\d{1,2}")), format="%Y-%m-%d", errors="coerce"
    )
    dmy = pd.to_datetime(
        text.where(text.str.match(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$")).str.replace(
            r"[/.]", "-", regex=True
        ),
        format="%d-%m-%Y",
        errors="coerce",
    )
    serial_txt = text.where(text.str.fullmatch(r"\d{4,5}(\.0+)?"))
    serial = pd.to_numeric(serial_txt, errors="coerce")
    from_serial = pd.to_datetime("1899-12-30") + pd.to_timedelta(serial, unit="D")
    value = iso.fillna(dmy).fillna(from_serial)
    ok = value.notna()
    out[ok] = value[ok].dt.strftime("%Y-%m-%d")
    return out, (~ok & (text != "")).to_numpy()


#: characters an id may not hold (invisible, or breaking a line of a report)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def _check_ids(df: pd.DataFrame, log: ProblemLog, what: str) -> None:
    ids = df["id"]
    blank = (ids == "").to_numpy()
    log.add(df, blank, "id", msg("data.blank_id", what=noun(what)))
    log.add(df, stored_as_number(ids), "id", msg("data.id_number", what=noun(what)))
    control = np.zeros(len(ids), dtype=bool)
    # one search over all the ids joined by a space (not a control character) says
    # whether any holds one; only then is each id looked at (0.18 s for 100,000)
    text = ids.dtype == pd.StringDtype("pyarrow", na_value=np.nan) and not ids.hasnans
    if not text or _CONTROL.search(" ".join(ids.tolist())):
        control = ids.str.contains(_CONTROL.pattern, regex=True).to_numpy(dtype=bool)
    log.add(df, control, "id", msg("limits.control_chars"))
    dup = ids.duplicated(keep=False).to_numpy() & ~blank
    if dup.any():
        for value in pd.unique(ids[dup])[:20]:
            log.add(
                df,
                (ids == value).to_numpy(),
                "id",
                msg("data.duplicate_id", what=noun(what), value=value),
                DuplicateIdError,
                quote=False,
            )


def is_competency(column: str) -> bool:
    """A competency column's header (``comp:`` in any case, spaces around)."""
    return column.strip().lower().startswith(COMP_PREFIX)


def competency_columns(emp: pd.DataFrame, pos: pd.DataFrame) -> list[str]:
    names = [c[len(COMP_PREFIX) :] for c in pos.columns if c.startswith(COMP_PREFIX)]
    for c in emp.columns:
        if c.startswith(COMP_PREFIX) and c[len(COMP_PREFIX) :] not in names:
            names.append(c[len(COMP_PREFIX) :])
    return names


def _with_columns(df: pd.DataFrame, columns: dict) -> pd.DataFrame:
    """``df`` with ``columns`` replaced or appended, built at once (not one insert per
    column: thousands of competency columns stay fast)."""
    if not columns:
        return df
    out = pd.DataFrame(
        {
            **{c: columns.get(c, df[c]) for c in df.columns},
            **{c: v for c, v in columns.items() if c not in df.columns},
        },
        index=df.index,
    )
    out.attrs.update(df.attrs)
    return out


def check_units(un: pd.DataFrame, log: ProblemLog) -> pd.DataFrame:
    _check_ids(un, log, "unit")
    un["name"] = _text(un, "name").where(_text(un, "name") != "", un["id"])
    un["type"] = _text(un, "type")
    un["parent"] = _text(un, "parent")
    ids = set(un["id"])
    bad = ~isin(un["parent"], ids) & (un["parent"] != "").to_numpy()
    log.add(un, bad, "parent", msg("data.parent_unknown"), UnknownReferenceError)
    _check_parents(un, log)
    for col in ("max_headcount", "min_headcount"):
        un[col] = _number(un, col, log, integer=True, minimum=0, maximum=MAX_COUNT)
    un["budget"] = _number(un, "budget", log, integer=False, minimum=0, maximum=MAX_MONEY)
    both = (un["min_headcount"] > un["max_headcount"]).to_numpy()
    log.add(un, both, "min_headcount", msg("data.min_over_max_headcount"))
    return un


def _check_parents(un: pd.DataFrame, log: ProblemLog) -> None:
    """A unit that is its own parent, or parents that go round in a cycle."""
    own = (un["parent"] == un["id"]).to_numpy()
    log.add(un, own, "parent", msg("limits.self_parent"))
    first = ~un["id"].duplicated().to_numpy()
    index = pd.Series(np.flatnonzero(first), index=un["id"][first])
    parent = np.array(un["parent"].map(index).fillna(-1), dtype=np.int64)
    parent[own] = -1
    up = parent.copy()  # pointer doubling: after these steps, up = ancestor 2^k levels up
    for _ in range(max(1, int(np.ceil(np.log2(len(un) + 1)))) + 1):
        up = np.where(up >= 0, up[np.maximum(up, 0)], -1)
    on_cycle = np.zeros(len(un), dtype=bool)
    start = np.flatnonzero(up >= 0)  # never reaches a top unit: on or below a cycle
    if not len(start):
        return
    node, seen = int(start[0]), []
    while node not in seen:  # one cycle, walked to name it
        seen.append(node)
        node = int(parent[node])
    cycle = seen[seen.index(node) :]
    on_cycle[cycle] = True
    ids = un["id"].to_numpy()
    log.add(
        un,
        on_cycle,
        "parent",
        msg("limits.parent_cycle", cycle=" → ".join(str(ids[i]) for i in [*cycle, cycle[0]])),
    )


def check_positions(
    pos: pd.DataFrame, unit_ids: set, comps: list[str], log: ProblemLog
) -> pd.DataFrame:
    _check_ids(pos, log, "position")
    pos["title"] = _text(pos, "title").where(_text(pos, "title") != "", pos["id"])
    unknown = ~isin(pos["unit"], unit_ids)
    if unknown.any():
        for u in pd.unique(pos["unit"][unknown])[:20]:
            text = (
                msg("data.position_unit_blank")
                if u == ""
                else msg("data.position_unit_unknown", unit=u)
            )
            log.add(
                pos, (pos["unit"] == u).to_numpy(), "unit", text, UnknownReferenceError, quote=False
            )
    kind = _text(pos, "kind").str.upper()
    badkind = ~kind.isin(KINDS + ("",)).to_numpy()
    log.add(pos, badkind, "kind", msg("data.unknown_kind", kinds=", ".join(KINDS)))
    pos["kind"] = kind
    pos["level"] = _text(pos, "level")
    pos["grade"] = _number(pos, "grade", log, integer=True, minimum=1, maximum=17, fix="fix.grade")
    hc = _number(
        pos, "headcount", log, integer=True, minimum=0, maximum=MAX_COUNT, fix="fix.headcount"
    )
    blank_hc = np.isnan(hc) & (_text(pos, "headcount") == "").to_numpy()
    log.add(pos, blank_hc, "headcount", msg("data.blank_headcount"))
    pos["headcount"] = np.nan_to_num(np.maximum(hc, 0)).astype(np.int64)
    mf = _number(pos, "min_fill", log, integer=True, minimum=0, maximum=MAX_COUNT)
    log.add(pos, mf > pos["headcount"].to_numpy(), "min_fill", msg("data.min_fill_over_headcount"))
    pos["min_fill"] = np.nan_to_num(np.maximum(mf, 0)).astype(np.int64)
    edu, bad = levels.parse_education(_text(pos, "min_education"))
    log.add(
        pos,
        bad,
        "min_education",
        msg("data.unknown_min_education", levels=", ".join(levels.EDUCATION)),
    )
    pos["min_edu_level"] = edu
    rank, bad = levels.parse_ranks(_text(pos, "min_rank"))
    log.add(pos, bad, "min_rank", msg("data.unknown_min_rank"))
    pos["min_rank_level"] = rank
    pos["fields"] = _text(pos, "fields")
    check_list(pos, "fields", log)
    pr = _number(pos, "priority", log, integer=False, minimum=0, maximum=MAX_WEIGHT)
    pos["priority"] = np.where(np.isnan(pr), 1.0, pr)
    key = _text(pos, "key").str.lower()
    truthy = key.isin(["true", "1", "yes", "ya", "y", "x"])
    badkey = ~(truthy | key.isin(["false", "0", "no", "tidak", "n", ""]))
    log.add(pos, badkey, "key", msg("data.key_bool"))
    pos["key"] = truthy.to_numpy()
    return _with_columns(
        pos,
        _number_columns(
            pos,
            [COMP_PREFIX + c for c in comps],
            log,
            integer=True,
            minimum=1,
            maximum=5,
            fix="fix.comp_required",
        ),
    )


def check_employees(
    emp: pd.DataFrame, pos: pd.DataFrame, unit_ids: set, comps: list[str], log: ProblemLog
) -> pd.DataFrame:
    _check_ids(emp, log, "employee")
    emp["name"] = _text(emp, "name")
    emp["field"] = _text(emp, "field")
    rank, bad = levels.parse_ranks(emp["rank"])
    log.add(emp, bad, "rank", msg("data.unknown_rank"))
    log.add(emp, (rank < 0) & ~bad.to_numpy(), "rank", msg("data.blank_rank"))
    emp["rank_level"] = rank
    edu, bad = levels.parse_education(emp["education"])
    log.add(
        emp, bad, "education", msg("data.unknown_education", levels=", ".join(levels.EDUCATION))
    )
    blank = (edu < 0) & ~bad.to_numpy()
    log.add(
        emp, blank, "education", msg("data.blank_education", levels=", ".join(levels.EDUCATION))
    )
    emp["edu_level"] = edu
    perf, bad = levels.parse_performance(_text(emp, "performance"))
    log.add(
        emp,
        bad,
        "performance",
        msg("data.unknown_performance", values=", ".join(levels.PERFORMANCE)),
    )
    emp["performance"] = _text(emp, "performance")
    emp["perf_level"] = perf
    if "potential" in emp:  # an assessment of potential (the talent box), when given
        emp["potential"] = _text(emp, "potential")
        _, _, bad, coded = levels.parse_potential(emp["potential"])
        log.add(emp, bad, "potential", msg("data.unknown_potential"))
        if coded:  # 1 / 2 / 3 read as the bands, said once
            filled = (emp["potential"] != "").to_numpy()
            log.add(emp, filled, "potential", msg("data.potential_codes"), warn=True, quote=False)
    for col in ("current_unit", "current_position", "preferences", "exclusion"):
        emp[col] = _text(emp, col)
    check_list(emp, "preferences", log)
    check_list(emp, "certifications", log)
    for col in ("birth_date", "retirement_date"):
        emp[col] = _dates(emp, col, log)
    for col in ("tmt_jabatan", "tmt_golongan", "tmt_cpns"):  # only when given
        if col in emp:
            emp[col] = _dates(emp, col, log)
    for col in ("mk_tahun", "mk_bulan"):
        if col in emp:
            emp[col] = _number(emp, col, log, integer=True, minimum=0)
    emp = _with_columns(
        emp,
        _number_columns(
            emp,
            [COMP_PREFIX + c for c in comps],
            log,
            integer=True,
            minimum=1,
            maximum=5,
            fix="fix.comp_assessed",
        ),
    )
    check_references(emp, pos, unit_ids, log)
    return emp


def check_references(emp: pd.DataFrame, pos: pd.DataFrame, unit_ids: set, log: ProblemLog) -> None:
    pos_unit = dict(zip(pos["id"].tolist(), pos["unit"].tolist(), strict=True))
    cu, cp = emp["current_unit"], emp["current_position"]
    bad_u = ~isin(cu, unit_ids) & (cu != "").to_numpy()
    log.add(emp, bad_u, "current_unit", msg("data.current_unit_unknown"), UnknownReferenceError)
    known = isin(cp, pos_unit.keys())
    bad_p = ~known & (cp != "").to_numpy()
    log.add(
        emp, bad_p, "current_position", msg("data.current_position_unknown"), UnknownReferenceError
    )
    unit_of = cp.map(pos_unit).fillna("")
    fill = (cu == "").to_numpy() & known
    if fill.any():
        emp.loc[fill, "current_unit"] = unit_of[fill]
    wrong = known & ~fill & (unit_of != emp["current_unit"]).to_numpy()
    log.add(emp, wrong, "current_unit", msg("data.current_unit_mismatch"), UnknownReferenceError)
    prefs = emp["preferences"]
    has = (prefs != "").to_numpy()
    if has.any():
        exploded = list_items(prefs[has], LIST_SEP)
        exploded = exploded[exploded != ""]
        unknown = exploded[~isin(exploded, pos_unit.keys())]
        rows = np.zeros(len(emp), dtype=bool)
        rows[unknown.index.to_numpy()] = True
        log.add(
            emp,
            rows,
            "preferences",
            msg("data.preferences_unknown"),
            UnknownReferenceError,
            warn=True,
        )
