"""NIP (Nomor Induk Pegawai): parse, validate, derive dates; cross-check the roster.

A PNS NIP has 18 digits ``YYYYMMDD YYYYMM G NNN``: birth date, year and month of
first appointment (TMT CPNS), gender (1 male, 2 female) and a serial. Spaces and dots
inside the number (``19690515 200007 1 564``) are ignored. PPPK contract staff have
18-digit numbers with another meaning; they are never parsed as NIPs: rows whose
``status`` column says PPPK are skipped, and so are numbers whose month-of-appointment
digits are ``21`` (the usual PPPK marker, :data:`PPPK_MARKER`), which no NIP can have.

Ages and years of service are measured at the scenario's ``reference_date`` (a
scenario-file key; default: the day the scenario is run; the result records the
date used in the KPI ``reference_date``).

:func:`check_nip` is an extension check of ``Organization``: where the
employee id (or a ``nip`` column) looks like an NIP it reports, as warnings with row
numbers, numbers that are not valid NIPs and disagreements with the ``birth_date``
and ``gender`` columns (and PNS/PPPK golongan that contradict the number or
``status``). It adds no columns to the tables.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from placement.i18n import msg
from placement.model import levels
from placement.model.extension import Extension, state
from placement.model.organization import Organization, ProblemLog

#: Format of a PNS NIP (DOMAIN.md).
NIP_REGEX = (
    r"^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d{2}(0[1-9]|1[0-2])"
    r"[12]\d{3}$"
)
_NIP_FAST = NIP_REGEX[1:-1].replace(r"\d", "[0-9]")  # same pattern, vectorised by pyarrow
#: Digits 13-14 of a PPPK number (instead of the appointment month of a NIP).
PPPK_MARKER = "21"

_MALE = {"l", "lk", "laki-laki", "laki laki", "lakilaki", "laki", "pria", "m", "male", "1"}
_FEMALE = {"p", "pr", "perempuan", "wanita", "w", "f", "female", "2"}


def domain_state(extras: dict) -> dict:
    """Per-scenario domain settings and records (reference date, retirements, workload,
    penyetaraan issues, talent settings) that the operations keep in the plan's
    ``extras`` (``Plan.extras["domain"]``), read by eligibility rules and result
    tables."""
    return state(extras, "domain")


def reference_date(extras: dict | None = None) -> pd.Timestamp:
    """The reference date of the scenario whose plan has ``extras`` (recorded after its
    operations), else today."""
    if extras is not None:
        d = domain_state(extras).get("reference_date")
        if d is not None:
            return pd.Timestamp(d)
    return pd.Timestamp(dt.date.today())


def clean_numbers(series: pd.Series) -> pd.Series:
    """Text with spaces, dots and dashes between digits removed (``1969 0515`` →
    ``19690515``); other values unchanged."""
    text = series.fillna("").astype(str).str.strip()
    # [0-9] and explicit separators (not \d, \s): pyarrow runs these without Python
    has = text.str.contains(r"[0-9][ .\-]+[0-9]", regex=True).fillna(False)
    if has.any():
        text = text.where(~has, text.str.replace(r"[ .\-]+", "", regex=True))
    return text


def looks_like_nip(series: pd.Series) -> np.ndarray:
    """bool per value: 18 digits (after removing inner spaces/dots/dashes)."""
    return clean_numbers(series).str.fullmatch(r"[0-9]{18}").fillna(False).to_numpy(bool)


def format_nip(series: pd.Series) -> pd.Series:
    """NIPs written as on an SK: ``19850101 201001 1 001`` (birth date, TMT CPNS,
    gender, serial); values that are not 18 digits stay as they are."""
    t = clean_numbers(series)
    ok = t.str.fullmatch(r"[0-9]{18}").fillna(False)
    spaced = (
        t.str.slice(0, 8)
        + " "
        + t.str.slice(8, 14)
        + " "
        + t.str.slice(14, 15)
        + " "
        + t.str.slice(15, 18)
    )
    return spaced.where(ok, series.astype(object).where(series.notna(), "").astype(str))


def is_pppk_number(series: pd.Series) -> np.ndarray:
    """bool per value: 18 digits carrying the PPPK marker where a NIP has its TMT month."""
    t = clean_numbers(series)
    return (
        t.str.fullmatch(r"[0-9]{18}").fillna(False) & (t.str.slice(12, 14) == PPPK_MARKER)
    ).to_numpy(bool)


def parse_nip(
    series: pd.Series, reference: dt.date | str | pd.Timestamp | None = None
) -> pd.DataFrame:
    """Parse NIPs (vectorised; one row per value, same index).

    Columns: ``nip`` (digits only), ``valid`` (matches :data:`NIP_REGEX`, the birth
    date is a real date and precedes the appointment month), ``birth_date`` and
    ``tmt_cpns`` (first day of the appointment month; Timestamps, NaT when invalid),
    ``gender`` ("L"/"P"), ``serial``, ``age`` (completed years at ``reference``,
    default today) and ``years_of_service`` (completed years since the appointment
    month).

    >>> parse_nip(pd.Series(["196905152000071564"]), "2026-01-01").iloc[0].to_dict()["age"]
    56
    """
    ref = pd.Timestamp(reference if reference is not None else dt.date.today())
    digits = clean_numbers(series)
    fmt = digits.str.fullmatch(_NIP_FAST).fillna(False).astype(bool)
    d = digits.where(fmt, "")
    birth = pd.to_datetime(d.str.slice(0, 8).where(fmt), format="%Y%m%d", errors="coerce")
    tmt = pd.to_datetime((d.str.slice(8, 14) + "01").where(fmt), format="%Y%m%d", errors="coerce")
    valid = fmt & birth.notna() & tmt.notna() & (tmt > birth)
    birth = birth.where(valid)
    tmt = tmt.where(valid)
    gender = d.str.slice(14, 15).map({"1": "L", "2": "P"}).where(valid, "")
    three = d.str.slice(15, 18).where(valid)  # three ASCII digits where valid
    if isinstance(three.dtype, pd.StringDtype):  # cast by Arrow (to_numeric: 0.3 s for 100k)
        serial = three.astype("Int64")
    else:
        serial = pd.to_numeric(three, errors="coerce")
    out = pd.DataFrame(
        {
            "nip": digits,
            "valid": valid.to_numpy(bool),
            "birth_date": birth,
            "tmt_cpns": tmt,
            "gender": gender.fillna("").astype(object),
            "serial": serial.astype("Int64"),
            "age": completed_years(birth, ref),
            "years_of_service": completed_years(tmt, ref),
        },
        index=series.index,
    )
    return out


def completed_years(start: pd.Series, ref: pd.Timestamp) -> pd.Series:
    """Whole years from ``start`` to ``ref`` (birthday-exact), nullable Int64."""
    start = pd.to_datetime(start, errors="coerce")
    years = ref.year - start.dt.year
    before = (start.dt.month > ref.month) | (
        (start.dt.month == ref.month) & (start.dt.day > ref.day)
    )
    return (years - before.astype("Int64")).astype("Int64")


def normalise_gender(series: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """'L'/'P'/'' per value and a bool array of unknown spellings."""
    key = series.fillna("").astype(str).str.strip().str.lower()
    out = pd.Series(
        np.where(key.isin(_MALE), "L", np.where(key.isin(_FEMALE), "P", "")), index=series.index
    )
    bad = ((out == "") & (key != "")).to_numpy()
    return out, bad


def parse_dates(series: pd.Series) -> pd.Series:
    """Dates from text: ISO (yyyy-mm-dd, with or without a time), dd-mm-yyyy /
    dd/mm/yyyy / dd.mm.yyyy, '15 Mei 1969' (Indonesian or English month names) and
    Excel serial day numbers; NaT for blanks and anything else. Each distinct text is
    parsed once (rosters repeat dates), then spread back."""
    text = series.fillna("").astype(str).str.strip()
    uniq = pd.Series(pd.unique(text), dtype=str)
    parsed = _parse_unique_dates(uniq).to_numpy()
    # a date pandas cannot hold in nanoseconds (years before 1677 or after 2262: a typo
    # in a birth date) is no date, as anything else unreadable
    ok = (parsed >= _FIRST.astype(parsed.dtype)) & (parsed <= _LAST.astype(parsed.dtype))
    parsed = np.where(ok, parsed, np.datetime64("NaT")).astype("datetime64[ns]")
    at = pd.Index(uniq).get_indexer(pd.Index(text))
    return pd.Series(parsed[at], index=series.index)


#: The first and last second of pandas' nanosecond timestamps.
_FIRST = np.datetime64("1677-09-21T00:12:44", "s")
_LAST = np.datetime64("2262-04-11T23:47:16", "s")


def _parse_unique_dates(text: pd.Series) -> pd.Series:
    """Plain ISO dates (``yyyy-m-d``, ASCII digits: nearly every cell of a roster) are
    parsed in one vectorised call and blanks are no date; every other text goes through
    :func:`_parse_any_dates`, which parses plain ISO dates the same way."""
    import pyarrow as pa  # start-up time
    import pyarrow.compute as pc  # start-up time

    plain = pc.match_substring_regex(
        pa.array(text.to_numpy(dtype=object), type=pa.string()), r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"
    ).to_numpy(zero_copy_only=False)
    other = ~plain & (text != "").to_numpy()  # a blank is no date
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[us]")  # ±290,000 years
    if plain.any():
        out[plain] = pd.to_datetime(text[plain], format="%Y-%m-%d", errors="coerce").astype(
            "datetime64[us]"
        )
    if other.any():
        rest = _parse_any_dates(text[other].reset_index(drop=True))
        out[other] = rest.astype("datetime64[us]").to_numpy()
    return out


def _parse_any_dates(text: pd.Series) -> pd.Series:
    iso_txt = text.str.extract(r"^(\d{4}-\d{1,2}-\d{1,2})(?:[ T].*)?$")[0]
    iso = pd.to_datetime(iso_txt, format="%Y-%m-%d", errors="coerce")
    dmy_txt = text.str.extract(r"^(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\s.*)?$")[0]
    dmy = pd.to_datetime(
        dmy_txt.str.replace(r"[/.]", "-", regex=True), format="%d-%m-%Y", errors="coerce"
    )
    named = text.str.lower().str.extract(r"^(\d{1,2})[\s\-]+([a-z]+)[\s\-]+(\d{4})$")
    month = named[1].str.slice(0, 3).map(_MONTHS)
    ok = named[0].notna() & month.notna()
    named_txt = pd.Series(
        [
            f"{d}-{m}-{y}" if o else None
            for d, m, y, o in zip(named[0], month, named[2], ok, strict=True)
        ],
        dtype=object,
    )
    by_name = pd.to_datetime(named_txt, format="%d-%m-%Y", errors="coerce")
    serial = pd.to_numeric(text.where(text.str.fullmatch(r"\d{4,5}(\.0+)?")), errors="coerce")
    from_serial = pd.Timestamp("1899-12-30") + pd.to_timedelta(serial, unit="D")
    return iso.fillna(dmy).fillna(by_name).fillna(from_serial)


_MONTHS = {
    m: f"{i:02d}"
    for names in (
        ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"),
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    )
    for i, m in enumerate(names, start=1)
}
_MONTHS["ags"] = "08"
_MONTHS["peb"] = "02"
_MONTHS["nop"] = "11"


def nip_column(emp: pd.DataFrame) -> str:
    """The column holding NIPs: ``nip`` when the table has one with values, else ``id``."""
    if "nip" in emp and (emp["nip"].fillna("").astype(str).str.strip() != "").any():
        return "nip"
    return "id"


def pppk_mask(emp: pd.DataFrame) -> np.ndarray:
    """bool per employee: PPPK by the ``status`` column (PPPK / P3K)."""
    if "status" not in emp:
        return np.zeros(len(emp), dtype=bool)
    st = emp["status"].fillna("").astype(str).str.strip().str.upper().str.replace(" ", "")
    return st.isin(["PPPK", "P3K", "PPPKPARUHWAKTU"]).to_numpy()


def employee_nips(emp: pd.DataFrame, reference=None) -> pd.DataFrame:
    """:func:`parse_nip` of the roster, with PPPK staff (status or number) left out
    (``valid`` False, no derived values) and a ``candidate`` column (18 digits, not PPPK)."""
    col = nip_column(emp)
    values = emp[col].fillna("").astype(str)
    cand = looks_like_nip(values) & ~pppk_mask(emp) & ~is_pppk_number(values)
    parsed = parse_nip(values.where(cand, ""), reference)
    parsed["candidate"] = cand
    return parsed


def check_nip(org: Organization, log: ProblemLog) -> None:
    """Extension ``checks``: NIP validity and agreement with birth_date / gender / rank."""
    emp = org.employees
    if not len(emp):
        return
    col = nip_column(emp)
    values = emp[col].astype(str)
    if not (values.str.len() >= 18).any():  # cheap exit for rosters without NIPs
        return
    parsed = employee_nips(emp)
    cand = parsed["candidate"].to_numpy()
    if not cand.any():
        return
    valid = parsed["valid"].to_numpy()
    log.add(emp, cand & ~valid, col, msg("nip.invalid"), warn=True)
    if "birth_date" in emp:
        given = parse_dates(emp["birth_date"])
        differ = (
            valid & given.notna().to_numpy() & (given.to_numpy() != parsed["birth_date"].to_numpy())
        )
        log.add(emp, differ, "birth_date", msg("nip.birth_date", column=col), warn=True)
    if "gender" in emp:
        g, bad = normalise_gender(emp["gender"])
        log.add(emp, bad, "gender", msg("nip.gender_unknown"), warn=True)
        differ = valid & (g != "").to_numpy() & (g != parsed["gender"]).to_numpy()
        log.add(emp, differ, "gender", msg("nip.gender", column=col), warn=True)
    if "rank" in emp:
        scale = _rank_scales(emp["rank"])
        log.add(emp, valid & (scale == "PPPK"), "rank", msg("nip.pppk_rank"), warn=True)


def _rank_scales(series: pd.Series) -> np.ndarray:
    text = series.fillna("").astype(str).str.strip()
    uniques = pd.unique(text)
    lookup = {u: levels.rank_scale(u) for u in uniques}
    return text.map(lookup).to_numpy(dtype=object)


def check_status(org: Organization, log: ProblemLog) -> None:
    """Extension ``checks``: PPPK staff (``status`` column) with a PNS golongan, and
    positions whose minimum rank is a PPPK golongan (a bare 'IV' is PPPK IV ≈ I/d)."""
    pos = org.positions
    if "min_rank" in pos and len(pos):
        scale = _rank_scales(pos["min_rank"])
        log.add(pos, scale == "PPPK", "min_rank", msg("nip.pppk_min_rank"), warn=True)
    emp = org.employees
    if "status" not in emp or "rank" not in emp:
        return
    st = emp["status"].fillna("").astype(str).str.strip().str.upper()
    known = st.isin(["", "PNS", "CPNS", "PPPK", "P3K", "PPPK PARUH WAKTU"]).to_numpy()
    log.add(emp, ~known, "status", msg("nip.status"), warn=True)
    pppk = pppk_mask(emp)
    if pppk.any():
        scale = _rank_scales(emp["rank"])
        log.add(emp, pppk & (scale == "PNS"), "rank", msg("nip.pns_rank"), warn=True)


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="nip",
    checks=(
        check_nip,
        check_status,
    ),
    labels={
        "gender": ("Gender", "Jenis kelamin"),
        "tmt_cpns": ("Appointment (TMT CPNS)", "TMT CPNS"),
        "skp_score": ("SKP score", "Nilai SKP"),
        "nip": ("NIP", "NIP"),
        "age": ("Age", "Usia"),
        "years_of_service": ("Years of service", "Masa kerja (tahun)"),
        "employment_status": ("Employment status", "Status kepegawaian"),
    },
)

__all__ = [
    "NIP_REGEX",
    "PPPK_MARKER",
    "check_nip",
    "clean_numbers",
    "completed_years",
    "domain_state",
    "employee_nips",
    "is_pppk_number",
    "looks_like_nip",
    "normalise_gender",
    "parse_dates",
    "parse_nip",
    "reference_date",
]
