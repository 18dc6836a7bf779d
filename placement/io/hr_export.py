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

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from placement.domain.nip import clean_numbers, normalise_gender, parse_dates
from placement.errors import DataError
from placement.messages import msg, noun
from placement.model import levels
from placement.model.cells import stored_as_number
from placement.model.organization import COMP_PREFIX, ProblemLog

Kind = Literal["employees", "positions"]
UnitLevel = Literal["auto", "satker", "unor"]


def header_key(name: str) -> str:
    """'NIP Baru', 'nip_baru', ' NIP.  BARU ' → 'nip baru'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    text = _CAMEL.sub(" ", text)  # the web service's camelCase keys: 'nipBaru' → 'nip Baru'
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", text.lower()).split())


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _keys(*names: str) -> tuple[str, ...]:
    return tuple(header_key(n) for n in names)


#: Project column (or an internal name in ``_``) → accepted export headers.
EMPLOYEE_HEADERS: dict[str, tuple[str, ...]] = {
    "id": _keys("id", "nip baru", "nip", "nip 18", "nip/ni pppk", "ni pppk", "nomor induk pegawai",
                "nip baru nama"),
    "name": _keys("name", "nama", "nama pegawai", "nama lengkap"),
    "_title_front": _keys("gelar depan"),
    "_title_back": _keys("gelar belakang"),
    "rank": _keys("rank", "golongan", "gol", "gol ruang", "golongan ruang", "gol akhir",
                  "gol akhir nama", "gol nama", "gol ruang akhir", "golongan akhir",
                  "pangkat golongan", "pangkat/gol", "pangkat/golongan", "golongan/ruang"),
    "education": _keys("education", "tk pendidikan", "tingkat pendidikan",
                       "tingkat pendidikan nama", "jenjang pendidikan", "tk pendidikan terakhir",
                       "pendidikan terakhir jenjang", "jenjang"),
    "field": _keys("field", "pendidikan", "pendidikan nama", "nama pendidikan", "jurusan",
                   "program studi", "prodi", "pendidikan terakhir", "bidang pendidikan",
                   "pendidikan terakhir nama"),
    "_kind": _keys("kind", "jenis jabatan", "jenis jabatan nama"),
    "_eselon": _keys("eselon", "eselon nama", "eselon jabatan"),
    "_level": _keys("level", "jenjang jabatan"),
    "_title": _keys("title", "nama jabatan", "jabatan", "jabatan nama", "jabatan fungsional nama",
                    "jabatan struktural nama"),
    "_unor": _keys("unit_name", "nama unor", "unor", "unor nama", "unit organisasi", "unit kerja"),
    # the OPD (dinas, badan, kecamatan); SIASN's SATUAN KERJA INDUK and INSTANSI are the
    # regency itself, never a unit's parent
    "_satker": _keys("satuan kerja kerja nama", "satuan kerja", "satuan kerja nama", "satker",
                     "unor induk nama", "opd", "perangkat daerah"),
    # SIASN's UNOR ID is not taken: unit ids are made from OPD and UNOR names (readable, and
    # the same in a peta jabatan without ids)
    "current_unit": _keys("current_unit", "id unor", "kode unor"),
    # never SIASN's JABATAN ID: for functional and pelaksana posts it names the kind of
    # post, shared by every office; post ids are made from unit and title
    "current_position": _keys("current_position"),
    "birth_date": _keys("birth_date", "tgl lahir", "tanggal lahir"),
    "gender": _keys("gender", "jenis kelamin", "jk", "kelamin", "l/p"),
    "tmt_cpns": _keys("tmt_cpns", "tgl sk cpns", "tmt cpns", "tanggal sk cpns", "tgl tmt cpns"),
    "status": _keys("status", "status cpns pns", "status pegawai", "status kepegawaian"),
    "_jenis_pegawai": _keys("jenis pegawai nama", "jenis pegawai"),
    "legal_status": _keys("legal_status", "kedudukan hukum nama", "kedudukan hukum",
                          "kedudukan pegawai"),
    "tmt_jabatan": _keys("tmt_jabatan", "tmt jabatan"),
    "tmt_golongan": _keys("tmt_golongan", "tmt golongan", "tmt gol"),
    "mk_tahun": _keys("mk_tahun", "mk tahun", "masa kerja tahun", "mk gol tahun"),
    "mk_bulan": _keys("mk_bulan", "mk bulan", "masa kerja bulan", "mk gol bulan"),
    "lokasi_kerja": _keys("lokasi_kerja", "lokasi kerja nama", "lokasi kerja"),
    "_grade": _keys("kelas jabatan", "kelas jab"),
    "performance": _keys("performance", "predikat kinerja", "predikat skp", "predikat"),
    "skp_score": _keys("skp_score", "nilai skp", "nilai kinerja"),
    "preferences": _keys("preferences", "preferensi"),
    "retirement_date": _keys("retirement_date", "tmt pensiun", "tgl pensiun"),
    "monthly_cost": _keys("monthly_cost", "gaji pokok", "gapok"),
}
POSITION_HEADERS: dict[str, tuple[str, ...]] = {
    "id": _keys("id", "id jabatan", "kode jabatan"),
    "_title": _keys("title", "nama jabatan", "jabatan"),
    "_unor": _keys("unit_name", "nama unor", "unor", "unit organisasi", "unit kerja"),
    "_satker": EMPLOYEE_HEADERS["_satker"],
    "unit": _keys("unit", "id unor", "unor id", "kode unor"),
    "_kind": _keys("kind", "jenis jabatan"),
    "_eselon": _keys("eselon"),
    "_level": _keys("level", "jenjang jabatan", "jenjang"),
    "grade": _keys("grade", "kelas jabatan", "kelas", "kelas jab"),
    "headcount": _keys("headcount", "kebutuhan", "kebutuhan pegawai", "jumlah kebutuhan",
                       "jml kebutuhan", "formasi", "abk", "kebutuhan abk"),
    "bezetting": _keys("bezetting", "jumlah pegawai", "jml pegawai", "existing",
                       "jumlah pemangku"),
    "min_fill": _keys("min_fill"),
    "min_education": _keys("min_education", "syarat pendidikan", "kualifikasi pendidikan",
                           "pendidikan minimal", "tk pendidikan minimal",
                           "jenjang pendidikan minimal"),
    "fields": _keys("fields", "bidang pendidikan", "jurusan", "kualifikasi jurusan",
                    "syarat jurusan"),
    "min_rank": _keys("min_rank", "pangkat minimal", "golongan minimal", "gol minimal",
                      "syarat golongan"),
    "priority": _keys("priority", "prioritas"),
    "key": _keys("key", "jabatan kunci"),
}
#: What each kind needs (project or internal names) and how to say it in an error.
REQUIRED = {
    "employees": {"id": "the NIP (e.g. 'NIP Baru')", "rank": "the golongan ('Golongan')",
                  "education": "the education level ('Tk Pendidikan')"},
    "positions": {"_title": "the position title ('Nama Jabatan')",
                  "headcount": "the headcount ('Kebutuhan' / 'Formasi')"},
}

#: Field-of-study names (as the example data and position requirements use them) and
#: spellings found in exports, lower case → field; the longest match wins.
FIELD_NAMES: dict[str, str] = {f.lower(): f for f in (
    "Umum", "Administrasi Perkantoran", "Ekonomi", "Akuntansi", "Manajemen", "Hukum",
    "Ilmu Pemerintahan", "Administrasi Negara", "Sosial", "Psikologi", "Komunikasi",
    "Statistik", "Teknik Informatika", "Teknik Sipil", "Arsitektur",
    "Perencanaan Wilayah dan Kota", "Teknik Lingkungan", "Teknik Mesin",
    "Kesehatan Masyarakat", "Keperawatan", "Kebidanan", "Kedokteran", "Farmasi", "Pertanian",
    "Peternakan", "Kedokteran Hewan", "Perikanan", "Pendidikan", "Pariwisata")}
FIELD_NAMES.update({
    "ilmu hukum": "Hukum", "ilmu ekonomi": "Ekonomi", "ekonomi pembangunan": "Ekonomi",
    "ekonomi manajemen": "Manajemen", "manajemen keuangan": "Manajemen",
    "pemerintahan": "Ilmu Pemerintahan", "ilmu administrasi negara": "Administrasi Negara",
    "administrasi publik": "Administrasi Negara", "ners": "Keperawatan",
    "pendidikan dokter": "Kedokteran", "sistem informasi": "Teknik Informatika",
    "ilmu komputer": "Teknik Informatika", "informatika": "Teknik Informatika",
    "statistika": "Statistik", "ilmu komunikasi": "Komunikasi", "sosiologi": "Sosial",
    "kesejahteraan sosial": "Sosial", "agroteknologi": "Pertanian", "agribisnis": "Pertanian",
    "agronomi": "Pertanian", "pgsd": "Pendidikan", "keguruan": "Pendidikan", "ipa": "Umum",
    "ips": "Umum", "bahasa": "Umum", "perencanaan wilayah": "Perencanaan Wilayah dan Kota",
    "planologi": "Perencanaan Wilayah dan Kota", "kesmas": "Kesehatan Masyarakat",
})
_EDU_PREFIX = re.compile(
    r"^\s*(?:S\s*-?\s*[123]|D\s*-?\s*(?:IV|III|II|I|[1-4])|DIPLOMA\s+(?:IV|III|II|I|[1-4])|"
    r"SLTA|SLTP|SMA|SMK|SMP|SD|STM|SMEA|MAN|MA|PROFESI|SPESIALIS|SARJANA|MAGISTER|"
    r"DOKTOR)\b[\s/\-:.,]*", re.IGNORECASE)
_JF_LEVEL = re.compile(r"(Ahli\s+Pertama|Ahli\s+Muda|Ahli\s+Madya|Ahli\s+Utama|Pemula|Terampil|"
                       r"Mahir|Penyelia)\s*$", re.IGNORECASE)
_JPT_TITLES = re.compile(r"^(kepala dinas|kepala badan|sekretaris daerah|asisten|staf ahli|"
                         r"inspektur(?! pembantu)|sekretaris dprd|sekretaris dewan)", re.IGNORECASE)
_UNIT_TYPES = ("sekretariat", "inspektorat", "dinas", "badan", "kecamatan", "kelurahan",
               "puskesmas", "rsud", "satuan", "kantor", "bagian", "uptd")


def slug(text: str) -> str:
    """A stable, readable id from a name: 'Dinas Kesehatan' → 'dinas-kesehatan'."""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _slugs(series: pd.Series) -> pd.Series:
    uniques = pd.unique(series)
    return series.map({u: slug(u) for u in uniques})


@dataclass
class HRImport:
    """The three tables built from an employee export (and, optionally, a peta jabatan)."""

    employees: pd.DataFrame
    positions: pd.DataFrame
    units: pd.DataFrame


# -- reading -----------------------------------------------------------------------------

def read_hr_export(source: str | Path | pd.DataFrame, kind: Kind = "employees",
                   mapping: dict[str, str] | None = None, *, unit_level: UnitLevel = "auto",
                   sheet: str | int | None = None) -> pd.DataFrame:
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
    raw = _load(source, kind, sheet)
    cols, dropped = _map_columns(raw, kind, mapping or {})
    frame = _employees(raw, cols, unit_level) if kind == "employees" else \
        _positions(raw, cols, unit_level)
    if "_row" in raw:  # spreadsheet row numbers (blank rows skipped) for messages
        frame["_row"] = raw["_row"].to_numpy()
    frame.attrs["source"] = raw.attrs.get("source", kind)
    frame.attrs["row_offset"] = raw.attrs.get("row_offset", 2)
    frame.attrs["dropped_columns"] = dropped
    frame.attrs["import_report"] = import_report(raw, cols, dropped)
    return frame


#: Why a known export column is left out (header key → catalogue key ``hr.left.*``).
LEFT_OUT: dict[str, str] = {
    **dict.fromkeys(_keys(
        "nik", "nomor hp", "email", "email gov", "alamat", "npwp nomor", "npwp", "bpjs",
        "agama id", "agama nama", "agama", "jenis kawin id", "jenis kawin nama",
        "tempat lahir id", "tempat lahir nama", "tempat lahir", "kartu asn virtual",
        "is valid nik", "flag ikd", "nama sekolah", "tahun lulus", "no hp", "telepon"),
        "personal"),
    **dict.fromkeys(_keys(
        "instansi induk id", "instansi induk nama", "instansi kerja id", "instansi kerja nama",
        "satuan kerja induk id", "satuan kerja induk nama"), "regency"),
    **dict.fromkeys(_keys("jabatan id"), "kind_of_post"),
    **dict.fromkeys(_keys("unor id"), "unit_id"),
    **dict.fromkeys(_keys(
        "nomor sk cpns", "tanggal sk cpns", "nomor sk pns", "tanggal sk pns", "tmt pns"),
        "decree"),
    **dict.fromkeys(_keys("pns id", "nip lama"), "other_id"),
    **dict.fromkeys(_keys("gol awal id", "gol awal nama"), "first_rank"),
    **dict.fromkeys(_keys("bup pensiun"), "bup"),
}


def import_report(raw: pd.DataFrame, cols: dict[str, str], dropped: list[str]
                  ) -> list[tuple[str, str, str]]:
    """Per source column, in file order: (column, project column it became or '', why it
    was left out: a ``hr.left.*`` catalogue key, or '')."""
    became = {src: target for target, src in cols.items()}
    out = []
    for c in raw.columns:
        if c == "_row":
            continue
        if c in became:
            out.append((str(c), became[c], ""))
            continue
        key = header_key(c)
        why = LEFT_OUT.get(key)
        if why is None:
            why = "code" if key.endswith(" id") else "unused"
        out.append((str(c), "", why))
    return out


def _load(source, kind: str, sheet) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        raw = source.copy()
        raw.attrs.setdefault("source", f"{kind} export")
        raw.columns = [str(c).strip() for c in raw.columns]
        return raw.astype(object).where(raw.notna(), "").astype(str)
    from placement.io.tables import read_table

    return read_table(source, f"{kind} export", sheet)


def _map_columns(raw: pd.DataFrame, kind: str, mapping: dict[str, str]
                 ) -> tuple[dict[str, str], list[str]]:
    """Target → source column; and the source columns left out."""
    headers = EMPLOYEE_HEADERS if kind == "employees" else POSITION_HEADERS
    by_key: dict[str, str] = {}
    for c in raw.columns:
        if c != "_row":
            by_key.setdefault(header_key(c), c)
    source = str(raw.attrs.get("source", kind))
    out: dict[str, str] = {}
    problems = []
    public = {t for t in headers if not t.startswith("_")}
    aliases = {"title": "_title", "unit_name": "_unor", "satuan_kerja": "_satker",
               "kind": "_kind", "level": "_level", "eselon": "_eselon",
               "jenis_pegawai": "_jenis_pegawai"}
    for src, dst in mapping.items():
        col = src if src in raw.columns else by_key.get(header_key(src))
        target = aliases.get(dst, dst)
        if col is None:
            problems.append(msg("hr.map_no_column", file=Path(source).name, src=src, dst=dst,
                                columns=", ".join(map(repr, raw.columns))))
            continue
        if target not in headers and not target.startswith(COMP_PREFIX):
            valid = sorted(public | set(aliases))
            problems.append(msg("hr.map_bad_target", file=Path(source).name, src=src, dst=dst,
                                valid=", ".join(valid)))
            continue
        out[target] = col
    if problems:
        raise DataError(problems)
    taken = set(out.values())
    for target, keys in headers.items():
        if target in out:
            continue
        for k in keys:
            col = by_key.get(k)
            if col is not None and col not in taken:
                out[target] = col
                taken.add(col)
                break
    for c in raw.columns:
        if str(c).lower().startswith(COMP_PREFIX) and c not in taken:
            out[COMP_PREFIX + str(c)[len(COMP_PREFIX):].strip()] = c
            taken.add(c)
    missing = [t for t in REQUIRED[kind] if t not in out]
    if kind == "positions" and "_title" not in out and "id" in out:
        missing = [t for t in missing if t != "_title"]
    if kind == "positions" and not ({"_unor", "_satker", "unit"} & set(out)):
        missing.append("unit")
    if missing:
        raise DataError([
            msg("hr.no_column", file=Path(source).name, what=msg(f"hr.need.{t}"),
                target=t.lstrip("_"), columns=", ".join(map(repr, raw.columns)))
            for t in missing])
    dropped = [c for c in raw.columns if c not in taken and c != "_row"]
    return out, dropped


def _col(raw: pd.DataFrame, cols: dict[str, str], target: str) -> pd.Series:
    if target not in cols:
        return pd.Series([""] * len(raw), index=raw.index, dtype=object)
    text = raw[cols[target]].fillna("").astype(str).str.strip()
    # a leading apostrophe keeps Excel from turning NIPs into numbers: not part of the value
    quoted = text.str.startswith("'")
    return text.where(~quoted, text.str.slice(1).str.strip()) if quoted.any() else text


def _units(raw: pd.DataFrame, cols: dict, unit_level: str, log: ProblemLog
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


def _by_unique(fn, *columns: pd.Series) -> list:
    """``fn(*values)`` per row, computed once per distinct combination of values."""
    frame = pd.concat([c.rename(i) for i, c in enumerate(columns)], axis=1)
    uniq = frame.drop_duplicates()
    results = [fn(*vals) for vals in uniq.itertuples(index=False, name=None)]
    code = pd.MultiIndex.from_frame(uniq).get_indexer(pd.MultiIndex.from_frame(frame))
    return [results[i] for i in code]


def _position_ids(unit_id: pd.Series, sub: pd.Series, title: pd.Series) -> pd.Series:
    def one(u: str, s: str, t: str) -> str:
        return "" if t == "" else "--".join(p for p in (u, slug(s), slug(t)) if p)

    return pd.Series(_by_unique(one, unit_id, sub, title), index=title.index, dtype=object)


def kinds_and_levels(jenis: pd.Series, eselon: pd.Series, title: pd.Series,
                     level: pd.Series | None = None) -> tuple[pd.Series, pd.Series]:
    """Position kind (JPT / JA / JF) and level from Jenis Jabatan, Eselon and the title."""
    kind, lvl, _rule = _kinds(jenis, eselon, title, level)
    return kind, lvl


def _kinds(jenis: pd.Series, eselon: pd.Series, title: pd.Series,
           level: pd.Series | None = None) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Kind, level and, where the level of a structural post was inferred from its
    title (no eselon), the title rule used ('' elsewhere)."""
    level = level if level is not None else pd.Series("", index=jenis.index)
    both = _by_unique(_kind_level, jenis, eselon, title, level)
    return tuple(pd.Series([b[i] for b in both], index=jenis.index, dtype=object)
                 for i in range(3))  # type: ignore[return-value]


_ESELON = re.compile(r"^(?:ESELON\s*)?(IV|III|II|I|V|[1-5])\s*[./\-]?\s*([AB1-2])?$")
#: SIASN's jenis jabatan ids (the web service gives the id, the CSV the name)
_JENIS_IDS = {"1": "struktural", "2": "fungsional", "3": "fungsional umum", "4": "pelaksana"}
#: *(default)* level of a structural post from its title when the export has no eselon
#: (the 64-column SIASN export): first match wins.
TITLE_LEVELS: tuple[tuple[str, str, str], ...] = (
    (r"sekretaris (lurah|kelurahan|desa)", "JA", "Pengawas"),
    (r"sekretaris (camat|kecamatan)", "JA", "Administrator"),
    (r"(kepala dinas|kepala badan|kepala pelaksana|kepala satuan polisi|kepala satpol|"
     r"sekretaris daerah|asisten|staf ahli|inspektur(?! pembantu)|sekretaris dprd|"
     r"sekretaris dewan)",
     "JPT", "Pratama"),
    (r"(sekretaris|kepala bidang|kabid|kepala bagian|kabag|camat|inspektur pembantu|"
     r"irban|direktur)", "JA", "Administrator"),
    (r"(kepala seksi|kasi|kepala sub ?bagian|kasubbag|kepala sub ?bidang|kasubbid|"
     r"kepala sub ?seksi|lurah|kepala uptd?|kepala unit pelaksana)", "JA", "Pengawas"),
)
_TITLE_LEVELS = [(re.compile(rf"^{p}\b", re.IGNORECASE), k, lv) for p, k, lv in TITLE_LEVELS]


def _from_title(title: str) -> tuple[str, str, str]:
    """(kind, level, the matched title words) of a structural post by its title."""
    for pattern, kind, level in _TITLE_LEVELS:
        m = pattern.match(title.strip())
        if m:
            return kind, level, " ".join(m.group(0).split()).title()
    return "JA", "", ""


def _kind_level(jenis: str, eselon: str, title: str, level: str) -> tuple[str, str, str]:
    j = header_key(jenis)
    j = _JENIS_IDS.get(j, j)
    e = _ESELON.match(" ".join(eselon.upper().split())) if eselon.strip() else None
    jf = _JF_LEVEL.search(title)
    jf_level = " ".join(jf.group(1).split()).title() if jf else ""
    if j.upper() in ("JPT", "JA", "JF"):
        return j.upper(), level or (jf_level if j.upper() == "JF" else ""), ""
    if e and ("struktural" in j or j in ("", "jpt", "pimpinan tinggi", "administrasi")):
        group = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}.get(e.group(1), e.group(1))
        sub = {"1": "A", "2": "B"}.get(e.group(2) or "A", (e.group(2) or "A").upper())
        if group == "I":
            return "JPT", "Utama" if sub == "A" else "Madya", ""
        if group == "II":
            return "JPT", "Pratama", ""
        return "JA", {"III": "Administrator", "IV": "Pengawas", "V": "Eselon V"}[group], ""
    if "fungsional umum" in j or "pelaksana" in j or j in ("jfu",):
        return "JA", level or "Pelaksana", ""
    if "fungsional" in j or j in ("jft", "jf"):
        return "JF", level or jf_level, ""
    if "pimpinan tinggi" in j:
        return "JPT", level or "Pratama", ""
    if "administrator" in j or "pengawas" in j:
        return "JA", level or ("Administrator" if "administrator" in j else "Pengawas"), ""
    if "struktural" in j:
        if level:
            return ("JPT" if _JPT_TITLES.match(title) else "JA"), level, ""
        return _from_title(title)
    if j == "" and jf_level:
        return "JF", level or jf_level, ""
    return "", level, ""


def field_of_study(series: pd.Series) -> pd.Series:
    """'S-1 ILMU HUKUM' → 'Hukum', 'D-III Keperawatan' → 'Keperawatan' (see
    :data:`FIELD_NAMES`); other text keeps its words without the education level."""
    text = series.fillna("").astype(str).str.strip()
    return text.map({u: _field(u) for u in pd.unique(text)})


def _field(text: str) -> str:
    rest = _EDU_PREFIX.sub("", text, count=1).strip(" -/:,.")
    low = " ".join(re.sub(r"[^a-z0-9 ]+", " ", rest.lower()).split())
    if not low:
        return "Umum" if text and levels.normalise_education(text) in ("SD", "SMP", "SMA") \
            else ""
    if low in FIELD_NAMES:
        return FIELD_NAMES[low]
    best = ""
    for k in FIELD_NAMES:
        if len(k) > len(best) and re.search(rf"\b{re.escape(k)}\b", low):
            best = k
    return FIELD_NAMES[best] if best else " ".join(w.capitalize() if w.islower() or w.isupper()
                                                  else w for w in rest.split())


def _fields_list(text: str) -> str:
    """'S1 Akuntansi, Ekonomi Pembangunan' → 'Akuntansi; Ekonomi'."""
    parts = [x for x in re.split(r"\s*[;,]\s*", text) if x.strip()]
    return "; ".join(dict.fromkeys(f for f in map(_field, parts) if f))


def _dates(raw: pd.DataFrame, cols: dict, target: str, log: ProblemLog) -> pd.Series:
    text = _col(raw, cols, target)
    parsed = parse_dates(text)
    bad = (parsed.isna() & (text != "")).to_numpy()
    log.add(raw, bad, cols.get(target), msg("hr.not_date"))
    return parsed.dt.strftime("%Y-%m-%d").fillna("").astype(object)


def _codes(text: pd.Series, normalise) -> pd.Series:
    """Canonical code per cell where ``normalise`` knows it; the text otherwise (the
    organisation checks then report the cell)."""
    lookup = {}
    for u in pd.unique(text):
        code = normalise(u) if u else None
        lookup[u] = code if code is not None else u
    return text.map(lookup)


def _rank_code(t: str) -> str | None:
    return levels.normalise_rank(t) or levels.normalise_pppk_rank(t)


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
    out["rank"] = _codes(_col(raw, cols, "rank"), _rank_code)
    out["education"] = _codes(_col(raw, cols, "education"), levels.normalise_education)
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
        out["performance"] = _codes(out["performance"], levels.normalise_performance)
    out["birth_date"] = _dates(raw, cols, "birth_date", log)
    if "retirement_date" in cols:
        out["retirement_date"] = _dates(raw, cols, "retirement_date", log)
    if "gender" in cols:
        g, _bad = normalise_gender(_col(raw, cols, "gender"))
        out["gender"] = g.where(g != "", _col(raw, cols, "gender"))
    if "tmt_cpns" in cols:
        out["tmt_cpns"] = _dates(raw, cols, "tmt_cpns", log)
    if "status" in cols or "_jenis_pegawai" in cols:
        out["status"] = employment_status(_col(raw, cols, "status"),
                                          _col(raw, cols, "_jenis_pegawai"))
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
    kind, lvl, rule = _kinds(_col(raw, cols, "_kind"), _col(raw, cols, "_eselon"), title,
                             _col(raw, cols, "_level"))
    out.attrs["warnings"] = _inferred(rule, kind, lvl, "employees")
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


def _inferred(rule: pd.Series, kind: pd.Series, level: pd.Series, what: str) -> list[str]:
    """A warning listing the structural levels read from titles (no eselon column)."""
    inferred = (rule != "").to_numpy()
    if not inferred.any():
        return []
    counts = pd.DataFrame({"r": rule[inferred], "k": kind[inferred] + " " + level[inferred]}
                          ).value_counts().sort_index()
    return [msg("hr.eselon_inferred", n=int(inferred.sum()), what=noun(what),
                rules=", ".join(f"{r} → {k} ({n})" for (r, k), n in
                                zip(counts.index.tolist(), counts.tolist(), strict=True)))]


def employment_status(status: pd.Series, jenis: pd.Series) -> pd.Series:
    """PNS, CPNS, PPPK or PPPK Paruh Waktu from SIASN's ``STATUS CPNS PNS`` (P / C) and
    ``JENIS PEGAWAI NAMA`` ('PNS Daerah Kabupaten/Kota', 'PPPK', 'PPPK Paruh Waktu');
    other text is kept (the status check then reports it)."""
    st = status.str.upper().str.strip()
    jp = jenis.str.upper().str.strip()
    both = st + " " + jp
    part_time = both.str.contains("PARUH WAKTU")
    pppk = both.str.contains(r"PPPK|P3K")
    cpns = st.isin(["C", "CPNS"]) | st.str.contains("CPNS")
    pns = st.isin(["P", "PNS"]) | st.str.contains("PNS") | jp.str.contains("PNS")
    out = np.where(part_time, "PPPK Paruh Waktu", np.where(pppk, "PPPK", np.where(
        cpns, "CPNS", np.where(pns, "PNS", status.str.strip()))))
    return pd.Series(out, index=status.index, dtype=object)


def _positions(raw: pd.DataFrame, cols: dict, unit_level: str) -> pd.DataFrame:
    log = ProblemLog()
    title = _col(raw, cols, "_title")
    uid, uname, pid, pname, sub = _units(raw, cols, unit_level, log)
    log.add(raw, (uid == "").to_numpy(), cols.get("_unor") or cols.get("_satker") or
            cols.get("unit"), msg("hr.blank_unit"))
    given = _col(raw, cols, "id")
    pos_id = given.where(given != "", _position_ids(uid, sub, title))
    blank = (pos_id == "").to_numpy()
    log.add(raw, blank, cols.get("_title"), msg("hr.blank_title"))
    out = pd.DataFrame({"id": pos_id, "title": title.where(title != "", pos_id), "unit": uid})
    kind, lvl, rule = _kinds(_col(raw, cols, "_kind"), _col(raw, cols, "_eselon"), title,
                             _col(raw, cols, "_level"))
    out["kind"] = kind
    out["level"] = lvl
    out.attrs["warnings"] = _inferred(rule, kind, lvl, "positions")
    for target in ("grade", "headcount", "min_fill", "priority", "key", "bezetting", "fields"):
        if target in cols:
            out[target] = _col(raw, cols, target)
    if "fields" in out:
        out["fields"] = out["fields"].map({u: _fields_list(u) for u in pd.unique(out["fields"])})
    if "min_education" in cols:
        out["min_education"] = _codes(_col(raw, cols, "min_education"),
                                      levels.normalise_education)
    if "min_rank" in cols:
        out["min_rank"] = _codes(_col(raw, cols, "min_rank"), _rank_code)
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
        log.add(raw, dup, cols.get("_title") or cols.get("id"),
                msg("hr.duplicate_position", id=first), quote=False)
    log.raise_if_any()
    return out


# -- derived tables -----------------------------------------------------------------------

_HELPER_COLUMNS = ("position_title", "position_kind", "position_level", "position_grade",
                   "unit_name",
                   "parent_unit", "parent_unit_name", "sub_unit")


def units_table(*tables: pd.DataFrame) -> pd.DataFrame:
    """Units (id, name, type, parent) named by imported employees and/or positions,
    parents included, in first-seen order."""
    rows: dict[str, tuple[str, str]] = {}
    parents: dict[str, tuple[str, str]] = {}
    for t in tables:
        uid_col = "unit" if "unit" in t else "current_unit"
        blank = pd.Series("", index=t.index, dtype=object)
        f = pd.DataFrame({"u": t[uid_col], "n": t.get("unit_name", t[uid_col]),
                          "p": t.get("parent_unit", blank),
                          "pn": t.get("parent_unit_name", blank)}).drop_duplicates("u")
        for u, n, p, pn in f.itertuples(index=False, name=None):
            if u and u not in rows:
                rows[u] = (n or u, p)
            if p and p not in parents:
                parents[p] = (pn or p, "")
    for p, v in parents.items():
        rows.setdefault(p, v)
    ids = list(rows)
    names = [rows[u][0] for u in ids]
    return pd.DataFrame({"id": ids, "name": names, "type": [_unit_type(n) for n in names],
                         "parent": [rows[u][1] for u in ids]})


def _unit_type(name: str) -> str:
    first = header_key(name).split(" ")[0] if name else ""
    return first if first in _UNIT_TYPES else ""


def positions_from_employees(employees: pd.DataFrame) -> pd.DataFrame:
    """Positions held by imported employees: one per current post, headcount = its
    incumbents (bezetting), kind/level/title from the export."""
    e = employees[employees["current_position"] != ""]
    g = e.groupby("current_position", sort=False)
    first = g.first()
    out = pd.DataFrame({
        "id": first.index.to_numpy(dtype=object),
        "title": first["position_title"].where(first["position_title"] != "",
                                               first.index.to_series()).to_numpy(),
        "unit": first["current_unit"].to_numpy(),
        "kind": first["position_kind"].to_numpy(),
        "level": first["position_level"].to_numpy(),
        "headcount": g.size().to_numpy().astype(str),
        "unit_name": first["unit_name"].to_numpy(),
        "parent_unit": first["parent_unit"].to_numpy(),
        "parent_unit_name": first["parent_unit_name"].to_numpy(),
    })
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


def import_hr_export(employees: str | Path | pd.DataFrame,
                     positions: str | Path | pd.DataFrame | None = None,
                     mapping: dict[str, str] | None = None,
                     positions_mapping: dict[str, str] | None = None, *,
                     unit_level: UnitLevel = "auto") -> HRImport:
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
    units = units_table(pos, emp[emp["current_unit"] != ""].rename(
        columns={"current_unit": "unit"}))
    return HRImport(project_employees(emp), project_positions(pos), units)


__all__ = ["EMPLOYEE_HEADERS", "FIELD_NAMES", "LEFT_OUT", "POSITION_HEADERS", "TITLE_LEVELS",
           "HRImport", "employment_status", "field_of_study", "header_key", "import_hr_export",
           "import_report", "kinds_and_levels", "positions_from_employees",
           "project_employees", "project_positions", "read_hr_export", "slug", "units_table"]
