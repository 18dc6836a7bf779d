"""Import of national HR exports (SIASN-style) and peta jabatan tables, and the CLI.

The exports are built from generated organisations (generated people only), laid out
with the headers and spellings of a national export.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.domain import asn_export as hx
from placement.errors import DataError
from placement.generate import generate_organization

EDU = {
    "SD": "SD",
    "SMP": "SLTP",
    "SMA": "SLTA",
    "D1": "Diploma I",
    "D2": "Diploma II",
    "D3": "Diploma III",
    "D4": "Diploma IV",
    "S1": "S-1/Sarjana",
    "S2": "S-2",
    "S3": "S-3/Doktor",
}
PREFIX = {
    "SD": "",
    "SMP": "",
    "SMA": "SMA ",
    "D1": "D-I ",
    "D2": "D-II ",
    "D3": "D-III ",
    "D4": "D-IV ",
    "S1": "S-1 ",
    "S2": "S-2 ",
    "S3": "S-3 ",
}
ESELON = {"Pratama": "II.b", "Administrator": "III.a", "Pengawas": "IV.a"}


def _jenis(kind: str, level: str) -> str:
    if kind == "JF":
        return "Fungsional Tertentu"
    return "Pelaksana" if level == "Pelaksana" else "Struktural"


def national_export(n: int = 300, seed: int = 1):
    """(generated organisation, employee export, peta jabatan) with export headers."""
    g = generate_organization(n, seed=seed)
    emp, pos, un = g.employees, g.positions, g.units
    uname = dict(zip(un["id"], un["name"], strict=True))
    by_id = pos.set_index("id")
    cp = emp["current_position"].fillna("")
    kind = cp.map(by_id["kind"]).fillna("")
    level = cp.map(by_id["level"]).fillna("")
    nip = emp["id"]
    tmt = pd.to_datetime(nip.str.slice(8, 14) + "01", format="%Y%m%d")
    ex = pd.DataFrame(
        {
            "No": np.arange(1, len(emp) + 1).astype(str),
            # NIPs written in their usual groups: 19690515 200007 1 564
            "NIP Baru": nip.str.slice(0, 8)
            + " "
            + nip.str.slice(8, 14)
            + " "
            + nip.str.slice(14, 15)
            + " "
            + nip.str.slice(15),
            "Nama": emp["name"],
            "GOLONGAN": emp["rank"],
            "Tk  Pendidikan": emp["education"].map(EDU),
            "Pendidikan": emp["education"].map(PREFIX) + emp["field"].str.upper(),
            "Jenis Jabatan": [
                _jenis(k, lv) if k else "" for k, lv in zip(kind, level, strict=True)
            ],
            "Eselon": level.map(ESELON).fillna(""),
            "Nama Jabatan": cp.map(by_id["title"]).fillna(""),
            "nama_unor": emp["current_unit"].fillna("").map(uname).fillna(""),
            "Satuan Kerja": "Pemerintah Kabupaten Tebo",
            "Tgl Lahir": pd.to_datetime(emp["birth_date"]).dt.strftime("%d-%m-%Y"),
            "Jenis Kelamin": emp["gender"].map({"L": "Laki-laki", "P": "Perempuan"}),
            "Tgl SK CPNS": (tmt - pd.Timestamp("1899-12-30")).dt.days.astype(str),  # Excel serial
            "Predikat Kinerja": emp["performance"],
            "Alamat": "Jl. Contoh No. 1",  # personal data the import leaves out
        }
    )
    for c in [c for c in emp.columns if c.startswith("comp:")]:
        ex[c] = emp[c].astype(str)
    pj = pd.DataFrame(
        {
            "Nama Jabatan": pos["title"],
            "Nama Unor": pos["unit"].map(uname),
            "Satuan Kerja": "Pemerintah Kabupaten Tebo",
            "Jenis Jabatan": [
                _jenis(k, lv) for k, lv in zip(pos["kind"], pos["level"], strict=True)
            ],
            "Eselon": pos["level"].map(ESELON).fillna(""),
            "Kelas Jabatan": pos["grade"].astype(str),
            "Kebutuhan": pos["headcount"].astype(str),
            "Syarat Pendidikan": pos["min_education"].fillna("").map(lambda e: EDU.get(e, e)),
            "Bidang Pendidikan": pos["fields"].fillna("").str.replace("; ", ", "),
            "Pangkat Minimal": pos["min_rank"].fillna(""),
            "Jabatan Kunci": pos["key"].map({True: "ya", False: "tidak"}),
        }
    )
    for c in [c for c in pos.columns if c.startswith("comp:")]:
        pj[c] = (
            pos[c]
            .astype("Float64")
            .astype(str)
            .replace({"<NA>": ""})
            .str.replace(r"\.0$", "", regex=True)
        )
    return g, ex, pj


@pytest.fixture(scope="module")
def export():
    return national_export()


def test_employee_export_mapped_onto_the_layout(export):
    g, ex, _ = export
    emp = hx.read_hr_export(ex, "employees")
    src = g.employees
    assert emp["id"].tolist() == src["id"].tolist()  # spaces removed
    assert emp["rank"].tolist() == src["rank"].tolist()
    # D4 and S1 are one level (S1); every other level is itself
    assert emp["education"].tolist() == src["education"].replace({"D4": "S1"}).tolist()
    assert emp["field"].tolist() == src["field"].tolist()  # 'S-1 EKONOMI' → Ekonomi
    assert emp["birth_date"].tolist() == src["birth_date"].tolist()
    assert emp["gender"].tolist() == src["gender"].tolist()
    assert (
        emp["tmt_cpns"].str.slice(0, 7).tolist()
        == (src["id"].str.slice(8, 12) + "-" + src["id"].str.slice(12, 14)).tolist()
    )
    assert "Alamat" in emp.attrs["dropped_columns"] and "Alamat" not in emp
    held = src["current_position"].fillna("") != ""
    assert (emp.loc[held, "current_position"] != "").all()
    assert (emp.loc[~held, "current_position"] == "").all()
    # Struktural + II.b → JPT Pratama, + III.a → JA Administrator; JF level from the title
    kinds = src["current_position"].map(g.positions.set_index("id")["kind"]).fillna("")
    assert (emp["position_kind"] == kinds).all()


def test_import_through_to_a_solved_scenario(export):
    g, ex, pj = export
    imp = hx.import_hr_export(ex, pj)
    # units: one per Nama Unor (Satuan Kerja is the regency: their parent)
    assert len(imp.units) == len(g.units) + 1
    assert set(imp.units["parent"]) == {"", "pemerintah-kabupaten-tebo"}
    assert imp.units.set_index("id").loc["badan-keuangan-dan-aset-daerah", "type"] == "badan"
    # at the generator's date (later, people past retirement age are not placed)
    sc = placement.Scenario.from_frames(
        imp.employees, imp.positions, imp.units, reference_date="2026-01-01"
    )
    r = placement.solve(sc)
    assert r.status.value == "optimal"
    # the generator's own tables, without what the exports do not carry (unit caps,
    # preferences, certifications, priorities, minimum fills), give the same problem
    # and optimum
    r0 = placement.solve(
        placement.Scenario.from_frames(
            g.employees.drop(columns=["preferences", "certifications"]),
            g.positions.drop(columns=["priority", "min_fill"]),
            g.units.drop(columns=["max_headcount"]),
            reference_date="2026-01-01",
        )
    )
    for k in ("eligible_pairs", "objective", "placed", "moves", "vacancies", "mean_jpm"):
        assert r.kpis[k] == r0.kpis[k], k
    assert "retiring_within_horizon" in r.kpis  # birth dates from the export


def test_positions_from_employees_only(export):
    g, ex, _ = export
    imp = hx.import_hr_export(ex)
    held = g.employees["current_position"].fillna("")
    assert len(imp.positions) == held[held != ""].nunique()
    assert imp.positions["headcount"].astype(int).sum() == int((held != "").sum())
    r = placement.solve(placement.Scenario.from_frames(imp.employees, imp.positions, imp.units))
    assert r.status.value == "optimal"


def test_headers_case_spacing_and_mapping():
    raw = pd.DataFrame(
        {
            "nip  baru": ["196905152000071564"],
            "GOL. RUANG": ["Penata (III/c)"],
            "Jenjang Pendidikan": ["D-IV"],
            "Kolom Aneh": ["Akuntansi"],
            "UNIT KERJA": ["Dinas Sosial"],
            "jabatan": ["Pekerja Sosial Ahli Muda"],
            "jenis_jabatan": ["Jabatan Fungsional Tertentu"],
        }
    )
    emp = hx.read_hr_export(raw, "employees", {"Kolom Aneh": "field"})
    row = emp.iloc[0]
    assert (row["id"], row["rank"], row["education"], row["field"]) == (
        "196905152000071564",
        "III/c",
        "S1",
        "Akuntansi",
    )
    assert (row["current_unit"], row["current_position"]) == (
        "dinas-sosial",
        "dinas-sosial--pekerja-sosial-ahli-muda",
    )
    assert (row["position_kind"], row["position_level"]) == ("JF", "Ahli Muda")


def test_missing_required_columns_name_the_file_and_the_fix(tmp_path):
    path = tmp_path / "siasn.csv"
    pd.DataFrame({"NIP Baru": ["196905152000071564"], "Nama": ["X"]}).to_csv(path, index=False)
    with pytest.raises(DataError) as exc:
        hx.read_hr_export(path)
    text = str(exc.value)
    assert "siasn.csv: no column for the golongan ('Golongan') (project column 'rank')" in text
    assert "--map 'Your Header=rank'" in text and "education" in text
    with pytest.raises(DataError, match="mapping 'Gol'='rank': no column 'Gol'"):
        hx.read_hr_export(path, mapping={"Gol": "rank"})
    with pytest.raises(DataError, match="unknown target column 'pangkat'"):
        hx.read_hr_export(path, mapping={"Nama": "pangkat"})


def test_bad_cells_name_file_row_and_column(tmp_path):
    path = tmp_path / "siasn.csv"
    pd.DataFrame(
        {
            "NIP Baru": ["196905152000071564", "1.96905E+17", ""],
            "Golongan": ["III/a"] * 3,
            "Tk Pendidikan": ["S1"] * 3,
            "Tgl Lahir": ["15-05-1969", "31-02-1970", ""],
        }
    ).to_csv(path, index=False)
    with pytest.raises(DataError) as exc:
        hx.read_hr_export(path)
    text = str(exc.value)
    assert "siasn.csv row 3, column 'NIP Baru': the NIP was stored as a number" in text
    assert "siasn.csv row 4, column 'NIP Baru': blank NIP" in text
    assert "siasn.csv row 3, column 'Tgl Lahir': not a date" in text


@pytest.mark.parametrize(
    "jenis,eselon,title,kind,level",
    [
        ("Struktural", "II.a", "Kepala Dinas Sosial", "JPT", "Pratama"),
        ("Jabatan Struktural", "III.b", "Sekretaris", "JA", "Administrator"),
        ("Struktural", "IV.a", "Kepala Seksi", "JA", "Pengawas"),
        ("Struktural", "V.a", "Kepala Urusan", "JA", "Eselon V"),
        ("Struktural", "", "Kepala Badan Pendapatan Daerah", "JPT", "Pratama"),
        ("Fungsional Tertentu", "", "Perawat Ahli Pertama", "JF", "Ahli Pertama"),
        ("Fungsional", "", "Pranata Komputer Terampil", "JF", "Terampil"),
        ("Fungsional Umum", "", "Pengadministrasi Umum", "JA", "Pelaksana"),
        ("Pelaksana", "", "Operator Layanan", "JA", "Pelaksana"),
        ("JPT", "", "Sekretaris Daerah", "JPT", ""),
    ],
)
def test_kinds_and_levels(jenis, eselon, title, kind, level):
    k, lv = hx.kinds_and_levels(pd.Series([jenis]), pd.Series([eselon]), pd.Series([title]))
    assert (k[0], lv[0]) == (kind, level)


@pytest.mark.parametrize(
    "text,field",
    [
        ("S-1 ILMU HUKUM", "Hukum"),
        ("D-III Keperawatan", "Keperawatan"),
        ("S-1 Pendidikan Dokter", "Kedokteran"),
        ("S-1 Kedokteran Hewan", "Kedokteran Hewan"),
        ("S-2 Magister Manajemen", "Manajemen"),
        ("SMA IPA", "Umum"),
        ("SLTA", "Umum"),
        ("S-1 Sistem Informasi", "Teknik Informatika"),
        ("S-1 Oseanografi", "Oseanografi"),
    ],
)
def test_field_of_study(text, field):
    assert hx.field_of_study(pd.Series([text]))[0] == field


def test_slugs_are_stable():
    assert (
        hx.slug("Dinas Koperasi, Usaha Mikro dan Menengah")
        == "dinas-koperasi-usaha-mikro-dan-menengah"
    )
    assert hx.slug("  DINAS  Kesehatan ") == hx.slug("Dinas Kesehatan")


# -- command line ------------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_import(tmp_path, export):
    _, ex, pj = export
    src = tmp_path / "siasn.csv"
    ex.head(60).to_csv(src, index=False)
    out = tmp_path / "out" / "employees.csv"
    r = run(
        "import",
        src,
        "--kind",
        "employees",
        "--out",
        out,
        "--units-out",
        tmp_path / "out" / "units.xlsx",
        "--positions-out",
        tmp_path / "out" / "positions.csv",
    )
    assert r.exit_code == 0, r.output
    assert "wrote 60 employees" in r.output
    # the import report: what each column became, or why it was left out
    assert "  'GOLONGAN' → rank\n" in r.output
    assert "left out 1 column(s) (personal data placement does not need): 'Alamat'" in r.output
    assert "left out 1 column(s) (not used by placement): 'No'" in r.output
    emp = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert emp["id"].str.fullmatch(r"\d{18}").all()
    assert "position_title" not in emp
    units = pd.read_excel(tmp_path / "out" / "units.xlsx", dtype=str)
    assert "pemerintah-kabupaten-tebo" in set(units["id"])
    org = placement.load_organization(
        out, tmp_path / "out" / "positions.csv", tmp_path / "out" / "units.xlsx"
    )
    assert len(org.employees) == 60
    # never over the input, never over an existing file without --force
    r = run("import", src, "--out", src)
    assert r.exit_code == 1 and "refusing to overwrite an input file" in r.output
    r = run("import", src, "--out", out)
    assert r.exit_code == 1 and "exists; add --force" in r.output
    assert run("import", src, "--out", out, "--force").exit_code == 0
    # a peta jabatan, with a mapping, messages in Bahasa Indonesia
    pj_path = tmp_path / "peta.csv"
    pj.rename(columns={"Kebutuhan": "Jml Formasi"}).to_csv(pj_path, index=False)
    r = run("import", pj_path, "--kind", "positions", "--out", tmp_path / "pos.xlsx")
    assert r.exit_code == 1 and "no column for the headcount" in r.output
    r = run(
        "--lang",
        "id",
        "import",
        pj_path,
        "--kind",
        "positions",
        "--out",
        tmp_path / "pos.xlsx",
        "--map",
        "Jml Formasi=headcount",
    )
    assert r.exit_code == 0, r.output
    assert f"menulis {len(pj)} jabatan" in r.output
    assert pd.read_excel(tmp_path / "pos.xlsx", dtype=str)["headcount"].notna().all()
    assert not Path(tmp_path / "nothing.csv").exists()


def test_excel_export_with_date_cells(tmp_path, export):
    g, ex, _ = export
    x = ex.head(20).copy()
    x["Tgl Lahir"] = pd.to_datetime(x["Tgl Lahir"], format="%d-%m-%Y")  # Excel date cells
    x.to_excel(tmp_path / "siasn.xlsx", index=False)
    emp = hx.read_hr_export(tmp_path / "siasn.xlsx")
    assert emp["birth_date"].tolist() == g.employees["birth_date"].head(20).tolist()
    assert emp["tmt_cpns"].str.fullmatch(r"\d{4}-\d{2}-01").all()  # from Excel serials
    assert emp.attrs["dropped_columns"] == ["No", "Alamat"]
