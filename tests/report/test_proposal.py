"""The proposal lists (SK attachment): one sheet per OPD holding exactly that OPD's
moves, NIPs formatted as on an SK, pangkat/golongan, sorted by grade; CLI and compare."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.domain.nip import format_nip
from placement.model.levels import PANGKAT_NAMES, RANKS, pangkat_golongan
from placement.report import summary
from placement.report.proposal import proposal_table, write_proposal
from tests.conftest import small_frames

DAY = datetime.date(2026, 3, 1)
ROOT = Path(__file__).resolve().parents[2]
MERGE = ROOT / "scenarios" / "tebo" / "merge.yaml"
NIP_SK = re.compile(r"^\d{8} \d{6} [12] \d{3}$")


@pytest.fixture(scope="module")
def result():
    return placement.solve(MERGE)


def test_nip_and_rank_formats():
    got = format_nip(pd.Series(["198501012010011001", "1985 0101 2010 0110 01", "E7"]))
    assert got.tolist() == ["19850101 201001 1 001", "19850101 201001 1 001", "E7"]
    assert pangkat_golongan("III/a") == "Penata Muda, III/a"
    assert pangkat_golongan("IV/e") == "Pembina Utama, IV/e"
    assert pangkat_golongan("IX") == "IX"  # PPPK golongan as it is
    assert set(PANGKAT_NAMES) == set(RANKS)


def test_workbook_has_one_sheet_per_opd_with_exactly_its_moves(result, tmp_path):
    write_proposal(result, tmp_path, date=DAY)
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    mv = summary.classified_moves(result)
    appointed = mv[mv["move_kind"] != "lost_post"]
    names = summary.opd_names(result)
    want = {names[o]: set(g["employee_id"]) for o, g in appointed.groupby("to_opd")}
    assert len(wb.sheetnames) == len(want)
    nip_to_id = {
        nip: e
        for e, nip in zip(
            result.placements["employee_id"],
            format_nip(result.placements["employee_id"]),
            strict=True,
        )
    }
    rank_of = dict(zip(result.placements["employee_id"], result.placements["rank"], strict=True))
    grade_of = dict(zip(appointed["employee_id"], appointed["to_grade"], strict=True))
    seen = set()
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        opd = rows[4][0].split(": ", 1)[1]
        assert ws.title == opd[:31]
        assert rows[6][:8] == (
            "No",
            "Nama",
            "NIP",
            "Pangkat/Golongan",
            "Jabatan lama",
            "Jabatan baru",
            "Unit kerja baru",
            "Keterangan",
        )
        body = []
        for r in rows[7:]:
            if r[0] is None:
                break
            body.append(r)
        assert [r[0] for r in body] == list(range(1, len(body) + 1))
        ids = []
        for r in body:
            assert NIP_SK.match(r[2]), r[2]
            e = nip_to_id[r[2]]
            ids.append(e)
            assert r[3] == pangkat_golongan(rank_of[e]) and r[3].endswith(rank_of[e])
            assert r[6] in set(appointed.loc[appointed["employee_id"] == e, "to_unit_name"])
        assert set(ids) == want[opd] and len(ids) == len(want[opd])
        grades = [grade_of[e] for e in ids]
        assert grades == sorted(grades, reverse=True)  # highest post first
        seen |= set(ids)
        assert any(r and "BUPATI," in [c for c in r if c] for r in rows)  # signature block
    assert seen == set(appointed["employee_id"])


def test_html_is_printable_and_indonesian(result, tmp_path):
    write_proposal(result, tmp_path, date=DAY)
    text = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    t = proposal_table(result)
    assert text.count('<section class="opd">') == t["opd"].nunique()
    assert "LAMPIRAN KEPUTUSAN BUPATI" in text and "Jabatan baru" in text
    assert "@page{size:A4" in text and "<script" not in text
    assert "01-03-2026" in text
    for nip in t["nip"].head(20):
        assert f'<td class="nip">{nip}</td>' in text


def test_proposal_needs_a_placement():
    e, p, u = small_frames()
    r = placement.solve(placement.Scenario.from_frames(e, p, u.assign(min_headcount=["", "", "3"])))
    with pytest.raises(placement.PlacementError, match="need a solved scenario"):
        proposal_table(r)


def test_cli_proposal_defaults_to_indonesian(tmp_path):
    out = tmp_path / "usulan"
    run = CliRunner().invoke(main, ["proposal", str(MERGE), "--out", str(out)])
    assert run.exit_code == 0, run.output
    assert "proposal lists of" in run.output  # the terminal speaks --lang (en)
    wb = openpyxl.load_workbook(out / "proposal.xlsx")
    assert wb.worksheets[0].cell(row=7, column=2).value == "Nama"
    again = CliRunner().invoke(main, ["proposal", str(MERGE), "--out", str(out)])
    assert again.exit_code == 0, again.output  # its own earlier output is replaced
    en = CliRunner().invoke(
        main, ["--lang", "en", "proposal", str(MERGE), "--out", str(tmp_path / "en")]
    )
    assert en.exit_code == 0, en.output
    wb = openpyxl.load_workbook(tmp_path / "en" / "proposal.xlsx")
    assert wb.worksheets[0].cell(row=7, column=2).value == "Name"


def test_compare_writes_the_proposal_of_a_chosen_scenario(tmp_path):
    base = ROOT / "scenarios" / "tebo" / "baseline.yaml"
    run = CliRunner().invoke(
        main,
        [
            "compare",
            str(base),
            str(MERGE),
            "--out",
            str(tmp_path / "c"),
            "--proposal",
            "merge",
            "--formats",
            "html",
        ],
    )
    assert run.exit_code == 0, run.output
    assert (tmp_path / "c" / "merge" / "proposal.xlsx").exists()
    assert not (tmp_path / "c" / "baseline" / "proposal.xlsx").exists()
    bad = CliRunner().invoke(
        main, ["compare", str(base), "--out", str(tmp_path / "d"), "--proposal", "nope"]
    )
    assert bad.exit_code == 1 and "no scenario named 'nope'" in bad.output
