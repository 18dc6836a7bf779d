"""Import national HR exports (SIASN-style employee lists) and peta jabatan tables.

:func:`read_hr_export` maps the usual export columns onto the project's layout (README
"Data templates"), matching headers case-, spacing- and punctuation-insensitively
(``NIP Baru``, ``nip_baru`` and ``NIP  BARU`` are the same column):

=========================  ===================================================
export column              project column (employees)
=========================  ===================================================
NIP Baru / NIP             ``id`` (spaces inside the number removed)
Gelar Depan, Nama,         ``name`` (degrees joined around the name)
Gelar Belakang
Golongan / Gol Akhir       ``rank`` (III/a, 'Penata Muda (III/a)', PPPK IX …)
Tk Pendidikan              ``education`` (SD … S3; 'S-1/Sarjana', 'Diploma III' …)
Pendidikan                 ``field`` (the study programme without its level, mapped
                           onto the usual field names: 'S-1 ILMU HUKUM' → Hukum)
Jenis Jabatan, Eselon      ``kind``/``level`` of the current post (Struktural +
                           II.b → JPT Pratama, III.a → JA Administrator, IV.a →
                           JA Pengawas; Fungsional Tertentu → JF, level from the
                           title; Fungsional Umum / Pelaksana → JA Pelaksana)
Nama Jabatan               the current post's title
Nama Unor, Satuan Kerja    ``current_unit`` (and units)
Tgl Lahir, Tgl SK CPNS     ``birth_date``, ``tmt_cpns`` (ISO dates)
Jenis Kelamin              ``gender`` (L / P)
Status CPNS PNS (P / C),    ``status`` (PNS, CPNS, PPPK, PPPK Paruh Waktu)
Jenis Pegawai Nama
Kedudukan Hukum Nama       ``legal_status`` (not Aktif: not placed, see
                           :mod:`placement.domain.service`)
TMT Jabatan, TMT Golongan  ``tmt_jabatan``, ``tmt_golongan`` (ISO dates)
MK Tahun, MK Bulan,        ``mk_tahun``, ``mk_bulan``, ``lokasi_kerja``
Lokasi Kerja Nama
Kelas Jabatan              the current post's ``grade``
Predikat Kinerja, Nilai    ``performance``, ``skp_score``
SKP
=========================  ===================================================

The national ASN export (SIASN "Export Data ASN", 64 or 69 columns; the older SAPK
underscore keys; the web service's camelCase keys, ``nipBaru`` → ``nip baru``) is read
without a mapping: see ``data/siasn/README.md`` for its layouts. Its ``JABATAN ID`` is
never a post id (for functional and pelaksana posts it names the kind of post, shared by
every office), ``SATUAN KERJA INDUK`` and ``INSTANSI`` (the regency) are never a unit;
``SATUAN KERJA KERJA NAMA`` is the OPD. Without an eselon column, structural posts get
their level from the title (:data:`TITLE_LEVELS`), with a warning listing what was
inferred (``df.attrs["warnings"]``). ``df.attrs["import_report"]`` says, per source
column, what it became or why it was left out (:data:`LEFT_OUT`). A leading ``'`` (typed
to keep Excel from turning numbers into floats) is removed from every cell.

Peta jabatan (``kind="positions"``): ``Nama Jabatan`` → ``title``, ``Nama Unor`` /
``Unit Kerja`` / ``Satuan Kerja`` → ``unit``, ``Jenis Jabatan`` / ``Eselon`` →
``kind``/``level``, ``Kelas Jabatan`` → ``grade``, ``Kebutuhan`` / ``Formasi`` / ``ABK``
→ ``headcount``, ``Bezetting`` → ``bezetting``, ``Syarat Pendidikan`` →
``min_education``, ``Bidang Pendidikan`` / ``Jurusan`` → ``fields``, ``Pangkat Minimal``
→ ``min_rank``, ``Jabatan Kunci`` → ``key``.

Columns already named as in the project (``id``, ``rank``, ``comp:Integritas`` …) are
taken as they are; ``mapping`` (``{"Export header": "project_column"}``) names the
columns of exports that use other headers. Columns that map to nothing are left out
(exports carry personal data the planner does not need) and listed in
``df.attrs["dropped_columns"]``.

Ids: exports rarely carry unit or position ids, so they are made from names as stable
slugs: a unit's id is the slug of its name (``Dinas Kesehatan`` → ``dinas-kesehatan``),
a position's id is ``<unit id>--<slug of the title>`` (with the sub-unit when units are
Satuan Kerja), so the employee export and the peta jabatan give the same ids.
``unit_level`` chooses what a unit is: ``satker`` (Satuan Kerja, the OPD; Nama Unor is
kept as ``sub_unit``), ``unor`` (Nama Unor, with its Satuan Kerja as ``parent``), or
``auto``: Nama Unor when the export has it (below its OPD when there are several
OPDs, ids ``<opd>--<unor>``), else Satuan Kerja.
:func:`units_table` and :func:`positions_from_employees` build the other tables.

Dates are read from text (dd-mm-yyyy, dd/mm/yyyy, yyyy-mm-dd, '15 Mei 1969') and
Excel serial numbers. A NIP that Excel turned into a number (``1.96905E+17``) is
reported: format the column as text before exporting (an 18-digit number in an
Excel *number* cell has already lost its last digits).

Problems raise :class:`DataError` naming the file, the row(s) and the export column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pandas as pd

from placement.domain.asn_codes import (
    codes,
    employment_status,
    field_of_study,
    fields_list,
    inferred_levels,
    kind_rules,
    kinds_and_levels,
    rank_code,
    unit_type,
)
from placement.domain.nip import clean_numbers, normalise_gender, parse_dates
from placement.errors import DataError
from placement.i18n import msg
from placement.io.hr_export import by_unique, import_report, load_export, map_columns, slug
from placement.io.hr_export import cell_text as _col
from placement.io.hr_export import slugs as _slugs
from placement.model import levels
from placement.model.cells import stored_as_number
from placement.model.organization import COMP_PREFIX, ProblemLog

Kind = Literal["employees", "positions"]
UnitLevel = Literal["auto", "satker", "unor"]


@dataclass
class HRImport:
    """The three tables built from an employee export (and, optionally, a peta jabatan)."""

    employees: pd.DataFrame
    positions: pd.DataFrame
    units: pd.DataFrame


# -- reading -----------------------------------------------------------------------------


def read_hr_export(
    source: str | Path | pd.DataFrame,
    kind: Kind = "employees",
    mapping: dict[str, str] | None = None,
    *,
    unit_level: UnitLevel = "auto",
    sheet: str | int | None = None,
) -> pd.DataFrame:
    """Read an export (CSV / Excel / Parquet file, or a DataFrame of text) into the
    employees or positions layout. Employees keep the current post's description in
    ``position_title``, ``position_kind``, ``position_level`` and the unit's in
    ``unit_name`` / ``parent_unit`` / ``parent_unit_name`` / ``sub_unit`` (used by
    :func:`units_table` and :func:`positions_from_employees`).

    Raises :class:`DataError` (file, rows, columns) when a required column cannot be
    mapped or cells cannot be read.
    """
    if kind not in ("employees", "positions"):
        raise DataError(msg("hr.unknown_kind", kind=kind))
    raw = load_export(source, kind, sheet)
    cols, dropped = map_columns(raw, kind, mapping or {}, COMP_PREFIX)
    frame = (
        _employees(raw, cols, unit_level)
        if kind == "employees"
        else _positions(raw, cols, unit_level)
    )
    if "_row" in raw:  # spreadsheet row numbers (blank rows skipped) for messages
        frame["_row"] = raw["_row"].to_numpy()
    frame.attrs["source"] = raw.attrs.get("source", kind)
    frame.attrs["row_offset"] = raw.attrs.get("row_offset", 2)
    frame.attrs["dropped_columns"] = dropped
    frame.attrs["import_report"] = import_report(raw, cols, dropped)
    return frame


def _units(
    raw: pd.DataFrame, cols: dict, unit_level: str, log: ProblemLog
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series, pd.Series]:
    """(unit id, unit name, parent id, parent name, sub-unit name) per row.

    Units are the UNOR (bidang, bagian, seksi, UPT) below their OPD (Satuan Kerja) by
    default: when the file names more than one OPD, a UNOR's id is ``<OPD>--<UNOR>``
    (every dinas has its 'Sekretariat') and the OPDs are the roots of the tree; a single
    Satuan Kerja (the regency) is every unit's parent. ``satker`` makes the OPDs the
    units, the UNOR kept as ``sub_unit``.
    """
    unor, satker = _col(raw, cols, "_unor"), _col(raw, cols, "_satker")
    level = unit_level
    if level == "auto":
        level = "satker" if (unor == "").all() else "unor"
    if level == "satker" and (satker == "").all() and (unor != "").any():
        level = "unor"
    if level == "unor" and (unor == "").all():
        level = "satker"
    if level == "satker":
        name, parent_name = satker.where(satker != "", unor), pd.Series("", index=raw.index)
        sub = unor.where(unor != name, "")
    else:
        name = unor.where(unor != "", satker)
        parent_name = satker.where(satker != name, "")
        sub = pd.Series("", index=raw.index)
    given = cols.get("current_unit") or cols.get("unit")
    derived = _slugs(name)
    if level == "unor" and satker[satker != ""].nunique() > 1:  # several OPDs: a tree
        below = (parent_name != "").to_numpy()
        derived = derived.where(~below, _slugs(parent_name) + "--" + derived)
    uid = raw[given].fillna("").astype(str).str.strip() if given else derived
    if given:
        uid = uid.where(uid != "", derived)
    return uid, name, _slugs(parent_name), parent_name, sub


def _position_ids(unit_id: pd.Series, sub: pd.Series, title: pd.Series) -> pd.Series:
    def one(u: str, s: str, t: str) -> str:
        return "" if t == "" else "--".join(p for p in (u, slug(s), slug(t)) if p)

    return pd.Series(by_unique(one, unit_id, sub, title), index=title.index, dtype=object)


def _dates(raw: pd.DataFrame, cols: dict, target: str, log: ProblemLog) -> pd.Series:
    text = _col(raw, cols, target)
    parsed = parse_dates(text)
    bad = (parsed.isna() & (text != "")).to_numpy()
    log.add(raw, bad, cols.get(target), msg("hr.not_date"))
    return parsed.dt.strftime("%Y-%m-%d").fillna("").astype(object)


def _employees(raw: pd.DataFrame, cols: dict, unit_level: str) -> pd.DataFrame:
    log = ProblemLog()
    src = cols["id"]
    nip_text = _col(raw, cols, "id")
    sci = stored_as_number(nip_text)
    log.add(raw, sci, src, msg("hr.nip_scientific"))
    nip = clean_numbers(nip_text)
    log.add(raw, (nip == "").to_numpy(), src, msg("hr.blank_nip"))
    out = pd.DataFrame({"id": nip})
    name = _col(raw, cols, "name")
    front, back = _col(raw, cols, "_title_front"), _col(raw, cols, "_title_back")
    name = (front + " ").where(front != "", "") + name + (", " + back).where(back != "", "")
    out["name"] = name.str.strip()
    out["rank"] = codes(_col(raw, cols, "rank"), rank_code)
    out["education"] = codes(_col(raw, cols, "education"), levels.normalise_education)
    out["field"] = field_of_study(_col(raw, cols, "field"))
    uid, uname, pid, pname, sub = _units(raw, cols, unit_level, log)
    title = _col(raw, cols, "_title")
    has_post = (title != "") | (_col(raw, cols, "current_position") != "")
    out["current_unit"] = uid.where(has_post | (uname != ""), "")
    given = _col(raw, cols, "current_position")
    derived = _position_ids(uid, sub, title)
    out["current_position"] = given.where(given != "", derived)
    for target in ("performance", "skp_score", "preferences", "monthly_cost"):
        if target in cols:
            out[target] = _col(raw, cols, target)
    if "performance" in out:
        out["performance"] = codes(out["performance"], levels.normalise_performance)
    out["birth_date"] = _dates(raw, cols, "birth_date", log)
    if "retirement_date" in cols:
        out["retirement_date"] = _dates(raw, cols, "retirement_date", log)
    if "gender" in cols:
        g, _bad = normalise_gender(_col(raw, cols, "gender"))
        out["gender"] = g.where(g != "", _col(raw, cols, "gender"))
    if "tmt_cpns" in cols:
        out["tmt_cpns"] = _dates(raw, cols, "tmt_cpns", log)
    if "status" in cols or "_jenis_pegawai" in cols:
        out["status"] = employment_status(
            _col(raw, cols, "status"), _col(raw, cols, "_jenis_pegawai")
        )
    if "legal_status" in cols:
        out["legal_status"] = _col(raw, cols, "legal_status")
    for target in ("tmt_jabatan", "tmt_golongan"):
        if target in cols:
            out[target] = _dates(raw, cols, target, log)
    for target in ("mk_tahun", "mk_bulan", "lokasi_kerja"):
        if target in cols:
            out[target] = _col(raw, cols, target)
    for c in [t for t in cols if t.startswith(COMP_PREFIX)]:
        out[c] = _col(raw, cols, c)
    kind, lvl, rule = kind_rules(
        _col(raw, cols, "_kind"), _col(raw, cols, "_eselon"), title, _col(raw, cols, "_level")
    )
    out.attrs["warnings"] = inferred_levels(rule, kind, lvl, "employees")
    if "_grade" in cols:
        out["position_grade"] = _col(raw, cols, "_grade")
    out["position_title"] = title
    out["position_kind"] = kind
    out["position_level"] = lvl
    out["unit_name"] = uname
    out["parent_unit"] = pid
    out["parent_unit_name"] = pname
    out["sub_unit"] = sub
    log.raise_if_any()
    return out


def _positions(raw: pd.DataFrame, cols: dict, unit_level: str) -> pd.DataFrame:
    log = ProblemLog()
    title = _col(raw, cols, "_title")
    uid, uname, pid, pname, sub = _units(raw, cols, unit_level, log)
    log.add(
        raw,
        (uid == "").to_numpy(),
        cols.get("_unor") or cols.get("_satker") or cols.get("unit"),
        msg("hr.blank_unit"),
    )
    given = _col(raw, cols, "id")
    pos_id = given.where(given != "", _position_ids(uid, sub, title))
    blank = (pos_id == "").to_numpy()
    log.add(raw, blank, cols.get("_title"), msg("hr.blank_title"))
    out = pd.DataFrame({"id": pos_id, "title": title.where(title != "", pos_id), "unit": uid})
    kind, lvl, rule = kind_rules(
        _col(raw, cols, "_kind"), _col(raw, cols, "_eselon"), title, _col(raw, cols, "_level")
    )
    out["kind"] = kind
    out["level"] = lvl
    out.attrs["warnings"] = inferred_levels(rule, kind, lvl, "positions")
    for target in ("grade", "headcount", "min_fill", "priority", "key", "bezetting", "fields"):
        if target in cols:
            out[target] = _col(raw, cols, target)
    if "fields" in out:
        out["fields"] = out["fields"].map({u: fields_list(u) for u in pd.unique(out["fields"])})
    if "min_education" in cols:
        out["min_education"] = codes(_col(raw, cols, "min_education"), levels.normalise_education)
    if "min_rank" in cols:
        out["min_rank"] = codes(_col(raw, cols, "min_rank"), rank_code)
    for c in [t for t in cols if t.startswith(COMP_PREFIX)]:
        out[c] = _col(raw, cols, c)
    out["unit_name"] = uname
    out["parent_unit"] = pid
    out["parent_unit_name"] = pname
    if (sub != "").any():
        out["sub_unit"] = sub
    dup = out["id"].duplicated(keep=False).to_numpy() & ~blank
    if dup.any():
        first = out.loc[dup, "id"].iloc[0]
        log.add(
            raw,
            dup,
            cols.get("_title") or cols.get("id"),
            msg("hr.duplicate_position", id=first),
            quote=False,
        )
    log.raise_if_any()
    return out


# -- derived tables -----------------------------------------------------------------------

_HELPER_COLUMNS = (
    "position_title",
    "position_kind",
    "position_level",
    "position_grade",
    "unit_name",
    "parent_unit",
    "parent_unit_name",
    "sub_unit",
)


def units_table(*tables: pd.DataFrame) -> pd.DataFrame:
    """Units (id, name, type, parent) named by imported employees and/or positions,
    parents included, in first-seen order."""
    rows: dict[str, tuple[str, str]] = {}
    parents: dict[str, tuple[str, str]] = {}
    for t in tables:
        uid_col = "unit" if "unit" in t else "current_unit"
        blank = pd.Series("", index=t.index, dtype=object)
        f = pd.DataFrame(
            {
                "u": t[uid_col],
                "n": t.get("unit_name", t[uid_col]),
                "p": t.get("parent_unit", blank),
                "pn": t.get("parent_unit_name", blank),
            }
        ).drop_duplicates("u")
        for u, n, p, pn in f.itertuples(index=False, name=None):
            if u and u not in rows:
                rows[u] = (n or u, p)
            if p and p not in parents:
                parents[p] = (pn or p, "")
    for p, v in parents.items():
        rows.setdefault(p, v)
    ids = list(rows)
    names = [rows[u][0] for u in ids]
    return pd.DataFrame(
        {
            "id": ids,
            "name": names,
            "type": [unit_type(n) for n in names],
            "parent": [rows[u][1] for u in ids],
        }
    )


def positions_from_employees(employees: pd.DataFrame) -> pd.DataFrame:
    """Positions held by imported employees: one per current post, headcount = its
    incumbents (bezetting), kind/level/title from the export."""
    e = employees[employees["current_position"] != ""]
    g = e.groupby("current_position", sort=False)
    first = g.first()
    out = pd.DataFrame(
        {
            "id": first.index.to_numpy(dtype=object),
            "title": first["position_title"]
            .where(first["position_title"] != "", first.index.to_series())
            .to_numpy(),
            "unit": first["current_unit"].to_numpy(),
            "kind": first["position_kind"].to_numpy(),
            "level": first["position_level"].to_numpy(),
            "headcount": g.size().to_numpy().astype(str),
            "unit_name": first["unit_name"].to_numpy(),
            "parent_unit": first["parent_unit"].to_numpy(),
            "parent_unit_name": first["parent_unit_name"].to_numpy(),
        }
    )
    if "sub_unit" in first and (first["sub_unit"] != "").any():
        out["sub_unit"] = first["sub_unit"].to_numpy()
    if "position_grade" in first:
        out.insert(5, "grade", first["position_grade"].to_numpy())
    return out


def project_employees(employees: pd.DataFrame) -> pd.DataFrame:
    """The employee table without the helper columns describing posts and units."""
    out = employees.drop(columns=[c for c in _HELPER_COLUMNS if c in employees])
    out.attrs.update(employees.attrs)
    return out


def project_positions(positions: pd.DataFrame) -> pd.DataFrame:
    """The positions table without the unit-name helper columns."""
    drop = [c for c in ("unit_name", "parent_unit", "parent_unit_name") if c in positions]
    out = positions.drop(columns=drop)
    out.attrs.update(positions.attrs)
    return out


def import_hr_export(
    employees: str | Path | pd.DataFrame,
    positions: str | Path | pd.DataFrame | None = None,
    mapping: dict[str, str] | None = None,
    positions_mapping: dict[str, str] | None = None,
    *,
    unit_level: UnitLevel = "auto",
) -> HRImport:
    """Employees, positions and units from an employee export (and a peta jabatan).

    Without a peta jabatan the positions are the posts the employees hold, with their
    incumbents as headcount. With one, employees' current posts are matched to it by
    id (from unit and title when the files have no ids).
    """
    emp = read_hr_export(employees, "employees", mapping, unit_level=unit_level)
    if unit_level == "auto":
        unit_level = "satker" if (emp["sub_unit"] != "").any() else "unor"
    if positions is None:
        pos = positions_from_employees(emp)
    else:
        pos = read_hr_export(positions, "positions", positions_mapping, unit_level=unit_level)
    units = units_table(
        pos, emp[emp["current_unit"] != ""].rename(columns={"current_unit": "unit"})
    )
    return HRImport(project_employees(emp), project_positions(pos), units)


__all__ = [
    "HRImport",
    "employment_status",
    "field_of_study",
    "import_hr_export",
    "import_report",
    "kinds_and_levels",
    "positions_from_employees",
    "project_employees",
    "project_positions",
    "read_hr_export",
    "slug",
    "units_table",
]
