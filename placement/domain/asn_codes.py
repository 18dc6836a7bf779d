"""What the cells of a national HR export mean in the civil service: position kind and
level from jenis jabatan, eselon and title; field of study from an education label;
golongan and education codes; employment status (PNS / CPNS / PPPK); unit types.

Used by :mod:`placement.domain.asn_export` on cells parsed by :mod:`placement.io.hr_export`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from placement.i18n import msg, noun
from placement.io.hr_export import by_unique, header_key
from placement.model import levels

#: Field-of-study names (as the example data and position requirements use them) and
#: spellings found in exports, lower case → field; the longest match wins.
FIELD_NAMES: dict[str, str] = {
    f.lower(): f
    for f in (
        "Umum",
        "Administrasi Perkantoran",
        "Ekonomi",
        "Akuntansi",
        "Manajemen",
        "Hukum",
        "Ilmu Pemerintahan",
        "Administrasi Negara",
        "Sosial",
        "Psikologi",
        "Komunikasi",
        "Statistik",
        "Teknik Informatika",
        "Teknik Sipil",
        "Arsitektur",
        "Perencanaan Wilayah dan Kota",
        "Teknik Lingkungan",
        "Teknik Mesin",
        "Kesehatan Masyarakat",
        "Keperawatan",
        "Kebidanan",
        "Kedokteran",
        "Farmasi",
        "Pertanian",
        "Peternakan",
        "Kedokteran Hewan",
        "Perikanan",
        "Pendidikan",
        "Pariwisata",
    )
}
FIELD_NAMES.update(
    {
        "ilmu hukum": "Hukum",
        "ilmu ekonomi": "Ekonomi",
        "ekonomi pembangunan": "Ekonomi",
        "ekonomi manajemen": "Manajemen",
        "manajemen keuangan": "Manajemen",
        "pemerintahan": "Ilmu Pemerintahan",
        "ilmu administrasi negara": "Administrasi Negara",
        "administrasi publik": "Administrasi Negara",
        "ners": "Keperawatan",
        "pendidikan dokter": "Kedokteran",
        "sistem informasi": "Teknik Informatika",
        "ilmu komputer": "Teknik Informatika",
        "informatika": "Teknik Informatika",
        "statistika": "Statistik",
        "ilmu komunikasi": "Komunikasi",
        "sosiologi": "Sosial",
        "kesejahteraan sosial": "Sosial",
        "agroteknologi": "Pertanian",
        "agribisnis": "Pertanian",
        "agronomi": "Pertanian",
        "pgsd": "Pendidikan",
        "keguruan": "Pendidikan",
        "ipa": "Umum",
        "ips": "Umum",
        "bahasa": "Umum",
        "perencanaan wilayah": "Perencanaan Wilayah dan Kota",
        "planologi": "Perencanaan Wilayah dan Kota",
        "kesmas": "Kesehatan Masyarakat",
    }
)
_EDU_PREFIX = re.compile(
    r"^\s*(?:S\s*-?\s*[123]|D\s*-?\s*(?:IV|III|II|I|[1-4])|DIPLOMA\s+(?:IV|III|II|I|[1-4])|"
    r"SLTA|SLTP|SMA|SMK|SMP|SD|STM|SMEA|MAN|MA|PROFESI|SPESIALIS|SARJANA|MAGISTER|"
    r"DOKTOR)\b[\s/\-:.,]*",
    re.IGNORECASE,
)
_JF_LEVEL = re.compile(
    r"(Ahli\s+Pertama|Ahli\s+Muda|Ahli\s+Madya|Ahli\s+Utama|Pemula|Terampil|"
    r"Mahir|Penyelia)\s*$",
    re.IGNORECASE,
)
_JPT_TITLES = re.compile(
    r"^(kepala dinas|kepala badan|sekretaris daerah|asisten|staf ahli|"
    r"inspektur(?! pembantu)|sekretaris dprd|sekretaris dewan)",
    re.IGNORECASE,
)
UNIT_TYPES = (
    "sekretariat",
    "inspektorat",
    "dinas",
    "badan",
    "kecamatan",
    "kelurahan",
    "puskesmas",
    "rsud",
    "satuan",
    "kantor",
    "bagian",
    "uptd",
)


def kinds_and_levels(
    jenis: pd.Series, eselon: pd.Series, title: pd.Series, level: pd.Series | None = None
) -> tuple[pd.Series, pd.Series]:
    """Position kind (JPT / JA / JF) and level from Jenis Jabatan, Eselon and the title."""
    kind, lvl, _rule = kind_rules(jenis, eselon, title, level)
    return kind, lvl


def kind_rules(
    jenis: pd.Series, eselon: pd.Series, title: pd.Series, level: pd.Series | None = None
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Kind, level and, where the level of a structural post was inferred from its
    title (no eselon), the title rule used ('' elsewhere)."""
    level = level if level is not None else pd.Series("", index=jenis.index)
    both = by_unique(_kind_level, jenis, eselon, title, level)
    return tuple(pd.Series([b[i] for b in both], index=jenis.index, dtype=object) for i in range(3))  # type: ignore[return-value]


_ESELON = re.compile(r"^(?:ESELON\s*)?(IV|III|II|I|V|[1-5])\s*[./\-]?\s*([AB1-2])?$")
#: SIASN's jenis jabatan ids (the web service gives the id, the CSV the name)
_JENIS_IDS = {"1": "struktural", "2": "fungsional", "3": "fungsional umum", "4": "pelaksana"}
#: *(default)* level of a structural post from its title when the export has no eselon
#: (the 64-column SIASN export): first match wins.
TITLE_LEVELS: tuple[tuple[str, str, str], ...] = (
    (r"sekretaris (lurah|kelurahan|desa)", "JA", "Pengawas"),
    (r"sekretaris (camat|kecamatan)", "JA", "Administrator"),
    (
        r"(kepala dinas|kepala badan|kepala pelaksana|kepala satuan polisi|kepala satpol|"
        r"sekretaris daerah|asisten|staf ahli|inspektur(?! pembantu)|sekretaris dprd|"
        r"sekretaris dewan)",
        "JPT",
        "Pratama",
    ),
    (
        r"(sekretaris|kepala bidang|kabid|kepala bagian|kabag|camat|inspektur pembantu|"
        r"irban|direktur)",
        "JA",
        "Administrator",
    ),
    (
        r"(kepala seksi|kasi|kepala sub ?bagian|kasubbag|kepala sub ?bidang|kasubbid|"
        r"kepala sub ?seksi|lurah|kepala uptd?|kepala unit pelaksana)",
        "JA",
        "Pengawas",
    ),
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
        return "Umum" if text and levels.normalise_education(text) in ("SD", "SMP", "SMA") else ""
    if low in FIELD_NAMES:
        return FIELD_NAMES[low]
    best = ""
    for k in FIELD_NAMES:
        if len(k) > len(best) and re.search(rf"\b{re.escape(k)}\b", low):
            best = k
    return (
        FIELD_NAMES[best]
        if best
        else " ".join(w.capitalize() if w.islower() or w.isupper() else w for w in rest.split())
    )


def fields_list(text: str) -> str:
    """'S1 Akuntansi, Ekonomi Pembangunan' → 'Akuntansi; Ekonomi'."""
    parts = [x for x in re.split(r"\s*[;,]\s*", text) if x.strip()]
    return "; ".join(dict.fromkeys(f for f in map(_field, parts) if f))


def codes(text: pd.Series, normalise) -> pd.Series:
    """Canonical code per cell where ``normalise`` knows it; the text otherwise (the
    organisation checks then report the cell)."""
    lookup = {}
    for u in pd.unique(text):
        code = normalise(u) if u else None
        lookup[u] = code if code is not None else u
    return text.map(lookup)


def rank_code(t: str) -> str | None:
    """The golongan code (III/a) of a PNS or PPPK rank label, None if unknown."""
    return levels.normalise_rank(t) or levels.normalise_pppk_rank(t)


def inferred_levels(rule: pd.Series, kind: pd.Series, level: pd.Series, what: str) -> list[str]:
    """A warning listing the structural levels read from titles (no eselon column)."""
    inferred = (rule != "").to_numpy()
    if not inferred.any():
        return []
    counts = (
        pd.DataFrame({"r": rule[inferred], "k": kind[inferred] + " " + level[inferred]})
        .value_counts()
        .sort_index()
    )
    return [
        msg(
            "hr.eselon_inferred",
            n=int(inferred.sum()),
            what=noun(what),
            rules=", ".join(
                f"{r} → {k} ({n})"
                for (r, k), n in zip(counts.index.tolist(), counts.tolist(), strict=True)
            ),
        )
    ]


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
    out = np.where(
        part_time,
        "PPPK Paruh Waktu",
        np.where(pppk, "PPPK", np.where(cpns, "CPNS", np.where(pns, "PNS", status.str.strip()))),
    )
    return pd.Series(out, index=status.index, dtype=object)


def unit_type(name: str) -> str:
    """The type of a unit by its name's first word (dinas, badan, kecamatan …), else ''."""
    first = header_key(name).split(" ")[0] if name else ""
    return first if first in UNIT_TYPES else ""
