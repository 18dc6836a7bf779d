"""Parsing of national HR exports (SIASN-style employee lists, peta jabatan tables):
reading the file, matching its headers onto project columns (case-, spacing- and
punctuation-insensitively: ``NIP Baru``, ``nip_baru`` and ``NIP  BARU`` are the same
column), cleaning cells and making ids from names.

What the cells mean in the civil service (eselon, jenis jabatan, golongan, education
labels, employment status) is :mod:`placement.domain.asn_codes`; the tables are built by
:mod:`placement.domain.asn_export`.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from placement.errors import DataError
from placement.i18n import msg
from placement.io.tables import read_table


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
    "id": _keys(
        "id",
        "nip baru",
        "nip",
        "nip 18",
        "nip/ni pppk",
        "ni pppk",
        "nomor induk pegawai",
        "nip baru nama",
    ),
    "name": _keys("name", "nama", "nama pegawai", "nama lengkap"),
    "_title_front": _keys("gelar depan"),
    "_title_back": _keys("gelar belakang"),
    "rank": _keys(
        "rank",
        "golongan",
        "gol",
        "gol ruang",
        "golongan ruang",
        "gol akhir",
        "gol akhir nama",
        "gol nama",
        "gol ruang akhir",
        "golongan akhir",
        "pangkat golongan",
        "pangkat/gol",
        "pangkat/golongan",
        "golongan/ruang",
    ),
    "education": _keys(
        "education",
        "tk pendidikan",
        "tingkat pendidikan",
        "tingkat pendidikan nama",
        "jenjang pendidikan",
        "tk pendidikan terakhir",
        "pendidikan terakhir jenjang",
        "jenjang",
    ),
    "field": _keys(
        "field",
        "pendidikan",
        "pendidikan nama",
        "nama pendidikan",
        "jurusan",
        "program studi",
        "prodi",
        "pendidikan terakhir",
        "bidang pendidikan",
        "pendidikan terakhir nama",
    ),
    "_kind": _keys("kind", "jenis jabatan", "jenis jabatan nama"),
    "_eselon": _keys("eselon", "eselon nama", "eselon jabatan"),
    "_level": _keys("level", "jenjang jabatan"),
    "_title": _keys(
        "title",
        "nama jabatan",
        "jabatan",
        "jabatan nama",
        "jabatan fungsional nama",
        "jabatan struktural nama",
    ),
    "_unor": _keys("unit_name", "nama unor", "unor", "unor nama", "unit organisasi", "unit kerja"),
    # the OPD (dinas, badan, kecamatan); SIASN's SATUAN KERJA INDUK and INSTANSI are the
    # regency itself, never a unit's parent
    "_satker": _keys(
        "satuan kerja kerja nama",
        "satuan kerja",
        "satuan kerja nama",
        "satker",
        "unor induk nama",
        "opd",
        "perangkat daerah",
    ),
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
    "legal_status": _keys(
        "legal_status", "kedudukan hukum nama", "kedudukan hukum", "kedudukan pegawai"
    ),
    "tmt_jabatan": _keys("tmt_jabatan", "tmt jabatan"),
    "tmt_golongan": _keys("tmt_golongan", "tmt golongan", "tmt gol"),
    "mk_tahun": _keys("mk_tahun", "mk tahun", "masa kerja tahun", "mk gol tahun"),
    "mk_bulan": _keys("mk_bulan", "mk bulan", "masa kerja bulan", "mk gol bulan"),
    "lokasi_kerja": _keys("lokasi_kerja", "lokasi kerja nama", "lokasi kerja"),
    "_grade": _keys("kelas jabatan", "kelas jab"),
    "performance": _keys("performance", "predikat kinerja", "predikat skp", "predikat"),
    "skp_score": _keys("skp_score", "nilai skp", "nilai kinerja"),
    "potential": _keys("potential", "potensi", "nilai potensi", "kategori potensi"),
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
    "headcount": _keys(
        "headcount",
        "kebutuhan",
        "kebutuhan pegawai",
        "jumlah kebutuhan",
        "jml kebutuhan",
        "formasi",
        "abk",
        "kebutuhan abk",
    ),
    "bezetting": _keys("bezetting", "jumlah pegawai", "jml pegawai", "existing", "jumlah pemangku"),
    "min_fill": _keys("min_fill"),
    "min_education": _keys(
        "min_education",
        "syarat pendidikan",
        "kualifikasi pendidikan",
        "pendidikan minimal",
        "tk pendidikan minimal",
        "jenjang pendidikan minimal",
    ),
    "fields": _keys(
        "fields", "bidang pendidikan", "jurusan", "kualifikasi jurusan", "syarat jurusan"
    ),
    "min_rank": _keys(
        "min_rank", "pangkat minimal", "golongan minimal", "gol minimal", "syarat golongan"
    ),
    "priority": _keys("priority", "prioritas"),
    "key": _keys("key", "jabatan kunci"),
}
#: What each kind needs (project or internal names) and how to say it in an error.
REQUIRED = {
    "employees": {
        "id": "the NIP (e.g. 'NIP Baru')",
        "rank": "the golongan ('Golongan')",
        "education": "the education level ('Tk Pendidikan')",
    },
    "positions": {
        "_title": "the position title ('Nama Jabatan')",
        "headcount": "the headcount ('Kebutuhan' / 'Formasi')",
    },
}


#: Why a known export column is left out (header key → catalogue key ``hr.left.*``).
LEFT_OUT: dict[str, str] = {
    **dict.fromkeys(
        _keys(
            "nik",
            "nomor hp",
            "email",
            "email gov",
            "alamat",
            "npwp nomor",
            "npwp",
            "bpjs",
            "agama id",
            "agama nama",
            "agama",
            "jenis kawin id",
            "jenis kawin nama",
            "tempat lahir id",
            "tempat lahir nama",
            "tempat lahir",
            "kartu asn virtual",
            "is valid nik",
            "flag ikd",
            "nama sekolah",
            "tahun lulus",
            "no hp",
            "telepon",
        ),
        "personal",
    ),
    **dict.fromkeys(
        _keys(
            "instansi induk id",
            "instansi induk nama",
            "instansi kerja id",
            "instansi kerja nama",
            "satuan kerja induk id",
            "satuan kerja induk nama",
        ),
        "regency",
    ),
    **dict.fromkeys(_keys("jabatan id"), "kind_of_post"),
    **dict.fromkeys(_keys("unor id"), "unit_id"),
    **dict.fromkeys(
        _keys("nomor sk cpns", "tanggal sk cpns", "nomor sk pns", "tanggal sk pns", "tmt pns"),
        "decree",
    ),
    **dict.fromkeys(_keys("pns id", "nip lama"), "other_id"),
    **dict.fromkeys(_keys("gol awal id", "gol awal nama"), "first_rank"),
    **dict.fromkeys(_keys("bup pensiun"), "bup"),
}


def import_report(
    raw: pd.DataFrame, cols: dict[str, str], dropped: list[str]
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


def load_export(source, kind: str, sheet) -> pd.DataFrame:
    """The export as text: a DataFrame copied, a file read (CSV / Excel / Parquet)."""
    if isinstance(source, pd.DataFrame):
        raw = source.copy()
        raw.attrs.setdefault("source", f"{kind} export")
        raw.columns = [str(c).strip() for c in raw.columns]
        return raw.astype(object).where(raw.notna(), "").astype(str)
    return read_table(source, f"{kind} export", sheet)


def map_columns(
    raw: pd.DataFrame, kind: str, mapping: dict[str, str], keep_prefix: str
) -> tuple[dict[str, str], list[str]]:
    """Target → source column; and the source columns left out. Columns whose name starts
    with ``keep_prefix`` (competencies) are kept under their own name."""
    headers = EMPLOYEE_HEADERS if kind == "employees" else POSITION_HEADERS
    by_key: dict[str, str] = {}
    for c in raw.columns:
        if c != "_row":
            by_key.setdefault(header_key(c), c)
    source = str(raw.attrs.get("source", kind))
    out: dict[str, str] = {}
    problems = []
    public = {t for t in headers if not t.startswith("_")}
    aliases = {
        "title": "_title",
        "unit_name": "_unor",
        "satuan_kerja": "_satker",
        "kind": "_kind",
        "level": "_level",
        "eselon": "_eselon",
        "jenis_pegawai": "_jenis_pegawai",
    }
    for src, dst in mapping.items():
        col = src if src in raw.columns else by_key.get(header_key(src))
        target = aliases.get(dst, dst)
        if col is None:
            problems.append(
                msg(
                    "hr.map_no_column",
                    file=Path(source).name,
                    src=src,
                    dst=dst,
                    columns=", ".join(map(repr, raw.columns)),
                )
            )
            continue
        if target not in headers and not target.startswith(keep_prefix):
            valid = sorted(public | set(aliases))
            problems.append(
                msg(
                    "hr.map_bad_target",
                    file=Path(source).name,
                    src=src,
                    dst=dst,
                    valid=", ".join(valid),
                )
            )
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
        if str(c).lower().startswith(keep_prefix) and c not in taken:
            out[keep_prefix + str(c)[len(keep_prefix) :].strip()] = c
            taken.add(c)
    missing = [t for t in REQUIRED[kind] if t not in out]
    if kind == "positions" and "_title" not in out and "id" in out:
        missing = [t for t in missing if t != "_title"]
    if kind == "positions" and not ({"_unor", "_satker", "unit"} & set(out)):
        missing.append("unit")
    if missing:
        raise DataError(
            [
                msg(
                    "hr.no_column",
                    file=Path(source).name,
                    what=msg(f"hr.need.{t}"),
                    target=t.lstrip("_"),
                    columns=", ".join(map(repr, raw.columns)),
                )
                for t in missing
            ]
        )
    dropped = [c for c in raw.columns if c not in taken and c != "_row"]
    return out, dropped


def cell_text(raw: pd.DataFrame, cols: dict[str, str], target: str) -> pd.Series:
    """The cells of the column mapped to ``target`` as stripped text (blank if unmapped)."""
    if target not in cols:
        return pd.Series([""] * len(raw), index=raw.index, dtype=object)
    text = raw[cols[target]].fillna("").astype(str).str.strip()
    # a leading apostrophe keeps Excel from turning NIPs into numbers: not part of the value
    quoted = text.str.startswith("'")
    return text.where(~quoted, text.str.slice(1).str.strip()) if quoted.any() else text


def by_unique(fn, *columns: pd.Series) -> list:
    """``fn(*values)`` per row, computed once per distinct combination of values."""
    frame = pd.concat([c.rename(i) for i, c in enumerate(columns)], axis=1)
    uniq = frame.drop_duplicates()
    results = [fn(*vals) for vals in uniq.itertuples(index=False, name=None)]
    code = pd.MultiIndex.from_frame(uniq).get_indexer(pd.MultiIndex.from_frame(frame))
    return [results[i] for i in code]


def slug(text: str) -> str:
    """A stable, readable id from a name: 'Dinas Kesehatan' → 'dinas-kesehatan'."""
    t = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def slugs(series: pd.Series) -> pd.Series:
    """:func:`slug` of every cell (once per distinct value)."""
    uniques = pd.unique(series)
    return series.map({u: slug(u) for u in uniques})
