"""The national ASN export (SIASN) in its known forms: import → validate → solve.

Headers are the real ones (``data/siasn/README.md``, read by :mod:`tests.siasn`); the
people are generated.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.domain import asn_export as hx
from placement.i18n import msg
from placement.model import levels
from placement.model.requirements import requirement_failures
from tests import siasn


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def export():
    return siasn.export_frames()


FORMS = {
    "64": lambda ex, f: ex,
    "69": siasn.export_69,
    "underscore": siasn.export_underscore,
    "api": siasn.export_api,
}


def test_the_readme_headers():
    assert len(siasn.columns_64()) == 64 and len(siasn.columns_69()) == 69
    assert siasn.columns_64()[:3] == ["PNS ID", "NIP BARU", "NIP LAMA"]
    assert siasn.columns_69()[-1] == "ESELON NAMA"


@pytest.mark.parametrize("label", list(siasn.BKN_EDUCATION))
def test_every_bkn_education_label(label):
    assert levels.normalise_education(label) == siasn.BKN_EDUCATION[label]


@pytest.mark.parametrize("form", list(FORMS))
def test_import_validate_solve(form, export, tmp_path):
    g, facts, ex64 = export
    ex = FORMS[form](ex64, facts)
    if form == "64":
        assert list(ex.columns) == siasn.columns_64()
    if form == "69":
        assert list(ex.columns) == siasn.columns_69()
    src = tmp_path / f"siasn_{form}.csv"
    ex.to_csv(src, index=False)
    data = tmp_path / "data"
    r = run(
        "import",
        src,
        "--out",
        data / "employees.csv",
        "--units-out",
        data / "units.csv",
        "--positions-out",
        data / "positions.csv",
    )
    assert r.exit_code == 0, r.output
    emp = pd.read_csv(data / "employees.csv", dtype=str, keep_default_na=False)
    pos = pd.read_csv(data / "positions.csv", dtype=str, keep_default_na=False)
    units = pd.read_csv(data / "units.csv", dtype=str, keep_default_na=False)
    # ids: apostrophes stripped, in the generated order
    assert emp["id"].tolist() == facts["id"].tolist()
    # every education label of the BKN list read as its level
    assert emp["education"].tolist() == facts["education"].tolist()
    held = facts["title"] != ""
    opd = hx._slugs(facts["opd"])  # noqa: SLF001
    if form == "underscore":  # no OPD column: UNOR_NAMA is the office
        unit = opd
    else:
        # the OPD tree: the UNOR below its OPD; the OPDs are the roots
        unit = opd.where(facts["unor"] == facts["opd"], opd + "--" + hx._slugs(facts["unor"]))  # noqa: SLF001
        parent = units.set_index("id")["parent"]
        sub = unit[held & (facts["unor"] != facts["opd"])]
        assert (parent[sub].to_numpy() == opd[sub.index].to_numpy()).all()
        assert (parent[opd[held].unique()] == "").all()
        assert not units["name"].str.contains("Pemerintah Kab").any()
        assert units["name"].value_counts()["Sekretariat"] > 1  # one per OPD
    assert (emp.loc[held, "current_unit"] == unit[held]).all()
    # one position per (unit, post): the same functional title in two offices is two posts
    want = (unit[held] + "|" + facts.loc[held, "title"]).nunique()
    assert len(pos) == want == emp.loc[held, "current_position"].nunique()
    by_id = pos.set_index("id")
    kinds = emp.loc[held, "current_position"].map(by_id["kind"])
    lvls = emp.loc[held, "current_position"].map(by_id["level"])
    assert (kinds == facts.loc[held, "kind"]).all()
    assert (lvls == facts.loc[held, "level"]).all()  # eselon given or read from the title
    if form == "64":
        assert "no eselon for" in r.output and "Kepala Subbagian → JA Pengawas" in r.output
        assert "'JABATAN ID' →" not in r.output
        assert (
            "left out 1 column(s) (the kind of post, shared by every office: post ids "
            "are made from unit and title): 'JABATAN ID'" in r.output
        )
        assert (emp["status"] == facts["status"]).all()
        assert set(emp["status"]) == {"PNS", "CPNS", "PPPK", "PPPK Paruh Waktu"}
        assert (emp["legal_status"] == facts["legal"]).all()
        assert (emp.loc[held, "tmt_jabatan"] == facts.loc[held, "tmt_jabatan"]).all()
        assert set(emp["tmt_golongan"]) == {"2022-04-01"}
    if form == "69":
        assert "no eselon for" not in r.output
    if form == "api":
        assert (
            pos["grade"].tolist()
            == pos["id"]
            .map(dict(zip(emp["current_position"], facts["grade"], strict=False)))
            .tolist()
        )
    scenario = tmp_path / "s.yaml"
    scenario.write_text(
        yaml.safe_dump(
            {
                "name": form,
                "data": {
                    "employees": "data/employees.csv",
                    "positions": "data/positions.csv",
                    "units": "data/units.csv",
                },
            }
        )
    )
    v = run("validate", scenario)
    assert v.exit_code == 0, v.output
    assert "error" not in v.output
    res = placement.solve(placement.load_scenario(scenario))
    assert res.status.value == "optimal"
    unplaced = set(res.unplaced["employee_id"])
    inactive = facts["id"].iloc[list(siasn.INACTIVE)]
    if form in ("64", "69"):
        # people on CLTN, tugas belajar, pemberhentian sementara are not placed, with the
        # reason, and counted in a warning
        assert set(inactive) <= unplaced
        assert (
            "3 employee(s) not in active legal status (CLTN 1, Pemberhentian Sementara 1, "
            "Tugas Belajar 1) are not placed" in v.output
        )
        org = res.compiled.org
        reasons = org.employees.set_index("id")["exclusion"][inactive]
        assert list(reasons) == [
            "legal status 'CLTN' (KEDUDUKAN HUKUM): not in active service",
            "legal status 'Tugas Belajar' (KEDUDUKAN HUKUM): not in active service",
            "legal status 'Pemberhentian Sementara' (KEDUDUKAN HUKUM): not in active service",
        ]
        why = res.unplaced.set_index("employee_id")["reason"][inactive]
        assert list(why) == [f"not placeable: {r}" for r in reasons]
        assert (
            msg("legal.reason", value="CLTN").render("id")
            == "kedudukan hukum 'CLTN': tidak dalam status aktif"
        )


def test_min_years_in_post(export):
    g, facts, ex = export
    imp = hx.import_hr_export(ex)
    base = placement.Scenario.from_frames(
        imp.employees, imp.positions, imp.units, reference_date="2026-01-01"
    )
    rule = base.with_settings(eligibility={"min_years_in_post": 2})
    p0, c1 = base.compile().problem, rule.compile()
    p1 = c1.problem
    ids = list(c1.context.emp_ids)
    degree0, degree1 = np.diff(p0.indptr), np.diff(p1.indptr)
    in_post = (facts["title"] != "") & (facts["legal"] == "Aktif")
    recent = facts.loc[in_post & (facts["tmt_jabatan"] == "2025-07-01"), "id"]
    settled = facts.loc[in_post & (facts["tmt_jabatan"] == "2019-01-02"), "id"]
    # half a year in post on the reference date: only their own post is left
    at = [ids.index(e) for e in recent]
    assert (degree1[at] == 1).all() and (degree0[at] > 1).any()
    at = [ids.index(e) for e in settled]  # seven years: unchanged
    assert (degree1[at] == degree0[at]).all()
    # explain names the rule
    i = ids.index(recent.iloc[0])
    own = p1.edge_pos[p1.indptr[i]]
    q = next(q for q in range(p1.n_positions) if q != own)
    assert any(
        "year(s) in the current post (TMT JABATAN); moves need at least 2" in r
        for r in requirement_failures(c1, i, q)
    )


def test_jabatan_id_is_never_the_post_id():
    raw = pd.DataFrame(
        {
            "NIP BARU": ["198001012005011001", "198102022006022002"],
            "GOL AKHIR NAMA": ["III/a"] * 2,
            "TINGKAT PENDIDIKAN NAMA": ["S-1/Sarjana"] * 2,
            "JENIS JABATAN NAMA": ["Jabatan Fungsional"] * 2,
            "JABATAN ID": ["A1B2"] * 2,
            "JABATAN NAMA": ["Pranata Komputer Ahli Pertama"] * 2,
            "UNOR NAMA": ["Dinas Kesehatan", "Dinas Sosial"],
            "SATUAN KERJA KERJA NAMA": ["Dinas Kesehatan", "Dinas Sosial"],
            "SATUAN KERJA INDUK NAMA": ["Pemerintah Kab. Tebo"] * 2,
        }
    )
    imp = hx.import_hr_export(raw)
    assert imp.positions["id"].tolist() == [
        "dinas-kesehatan--pranata-komputer-ahli-pertama",
        "dinas-sosial--pranata-komputer-ahli-pertama",
    ]
    assert set(imp.units["parent"]) == {""}
    # OPDs as the units: named by SATUAN KERJA KERJA, never by the regency
    imp = hx.import_hr_export(raw, unit_level="satker")
    assert imp.units["name"].tolist() == ["Dinas Kesehatan", "Dinas Sosial"]


def test_apostrophe_ids_in_a_plain_table():
    from tests.system.test_corpus import CORPUS

    emp = pd.read_csv(CORPUS / "base" / "employees.csv", dtype=str, keep_default_na=False)
    emp["id"] = "'" + emp["id"]
    org = placement.Organization.from_frames(
        emp, pd.read_csv(CORPUS / "base" / "positions.csv", dtype=str, keep_default_na=False)
    )
    assert list(org.employees["id"]) == ["E1", "E2", "E3"]


@pytest.mark.parametrize(
    "title,kind,level",
    [
        ("Kepala Dinas Sosial", "JPT", "Pratama"),
        ("Kepala Badan Pendapatan Daerah", "JPT", "Pratama"),
        ("Sekretaris", "JA", "Administrator"),
        ("Kepala Bidang Pelayanan", "JA", "Administrator"),
        ("Kepala Bagian Hukum", "JA", "Administrator"),
        ("Camat Tebo Tengah", "JA", "Administrator"),
        ("Kepala Seksi Pendataan", "JA", "Pengawas"),
        ("Kepala Sub Bagian Umum", "JA", "Pengawas"),
        ("Kepala Subbagian Keuangan", "JA", "Pengawas"),
        ("Lurah Muara Tebo", "JA", "Pengawas"),
        ("Sekretaris Lurah", "JA", "Pengawas"),
        ("Sekretaris Kecamatan", "JA", "Administrator"),
        ("Analis Kebijakan", "JA", ""),
    ],
)
def test_structural_level_from_the_title(title, kind, level):
    k, lv = hx.kinds_and_levels(
        pd.Series(["Jabatan Struktural"]), pd.Series([""]), pd.Series([title])
    )
    assert (k[0], lv[0]) == (kind, level)


@pytest.mark.parametrize(
    "status,jenis,want",
    [
        ("P", "PNS Daerah Kabupaten/Kota", "PNS"),
        ("C", "PNS Daerah Kabupaten/Kota", "CPNS"),
        ("P", "PPPK", "PPPK"),
        ("", "PPPK Paruh Waktu", "PPPK Paruh Waktu"),
        ("P", "", "PNS"),
        ("CPNS", "", "CPNS"),
        ("", "PNS Pusat DPK", "PNS"),
        ("Honorer", "", "Honorer"),
    ],
)
def test_employment_status(status, jenis, want):
    assert hx.employment_status(pd.Series([status]), pd.Series([jenis]))[0] == want
