"""The proposal lists (SK attachment): one sheet per OPD holding exactly that OPD's
moves, NIPs formatted as on an SK, pangkat/golongan, sorted by grade; CLI and compare."""

from __future__ import annotations

import datetime
import html
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.domain.nip import format_nip
from placement.i18n import label, render
from placement.model.levels import PANGKAT_NAMES, RANKS, pangkat_golongan
from placement.report import summary
from placement.report.decision import summary_html
from placement.report.excel import fit_words
from placement.report.proposal import proposal_html, proposal_table, write_proposal
from tests.conftest import leave_late_moves, small_frames

DAY = datetime.date(2026, 3, 1)
ROOT = Path(__file__).resolve().parents[2]
#: the words of a reason whose holder leaves an over-filled post in a tie with one kept
KEPT_TIE = "instead would leave the plan's total as it is (a tie)"
MERGE = ROOT / "scenarios" / "tebo" / "merge.yaml"
NIP_SK = re.compile(r"^\d{8} \d{6} [12] \d{3}$")


@pytest.fixture(scope="module")
def result():
    """`merge`, with Hari Seyan Tanato's move into P0088 left waiting past his JF entry
    age (:func:`tests.conftest.leave_late_moves`): what the proposal says of a move
    that is not yet for an SK."""
    with pytest.MonkeyPatch.context() as mp:
        leave_late_moves(mp)
        return placement.solve(MERGE)


def test_nip_and_rank_formats():
    got = format_nip(pd.Series(["198501012010011001", "1985 0101 2010 0110 01", "E7"]))
    assert got.tolist() == ["19850101 201001 1 001", "19850101 201001 1 001", "E7"]
    assert pangkat_golongan("III/a") == "Penata Muda, III/a"
    assert pangkat_golongan("IV/e") == "Pembina Utama, IV/e"
    assert pangkat_golongan("IX") == "IX"  # PPPK golongan as it is
    assert set(PANGKAT_NAMES) == set(RANKS)


def test_workbook_has_one_sheet_per_opd_with_exactly_its_moves(result, tmp_path):
    """One sheet per OPD holding exactly its moves that an SK can be dated for; the
    moves into posts every SK into which waits past the plan's horizon on one sheet
    apart, with no SK heading nor signature (review 88 H1: Fahar Rojawan's move, "no SK
    to sign" by its own reason, was row 1 of the merged dinas's attachment)."""
    write_proposal(result, tmp_path, date=DAY)
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    mv = summary.classified_moves(result)
    appointed = mv[mv["move_kind"] != "lost_post"]
    # the waits re-read: past the horizon, and as many come into the post as it holds
    # over its formasi (every one of their SKs waits)
    end = summary.horizon_end_of(result)
    pl, vac = result.placements, result.vacancies.set_index("position")
    # the officials coming in: a new hire takes a free seat first, and never waits
    now = pl["current_position"].fillna("").astype(str)
    came = pl[(pl["position"].astype(str) != now) & (now != "")]
    came = came["position"].astype(str).value_counts()
    far = appointed["seat_by"].astype(str).map(lambda d: d != "" and d > end)
    every = appointed["to_position"].map(
        lambda q: (
            came.get(q, 0) <= int(vac.loc[q, ["supernumerary", "kept_pending"]].sum())
            if q in vac.index
            else False
        )
    )
    # and past the JF entry age by which the SK is to be dated, the reason says (review
    # 97 H1: Hari Seyan Tanato, into P0088, seat by 2030-11-01, SK before 2028-03-04)
    text = appointed["reason"].map(lambda m: render(m, "en"))
    before = text.str.extract(r"their SK is to be dated before ([\d-]+)")[0].fillna("")
    aged = (before != "") & (appointed["seat_by"].astype(str) >= before)
    waits = set(appointed.loc[(far | aged) & every, "employee_id"])
    # Hari Seyan Tanato (Fahar Rojawan, into P0268 until 2037, keeps his post since
    # review 106; a move past the horizon: tests/domain/test_retirement.py)
    assert waits == {"197403041999011339"}
    apart = wb["Belum untuk SK"]
    rows = [r for r in apart.iter_rows(values_only=True)]
    assert rows[0][0].startswith("Belum untuk SK ini: perpindahan ke jabatan yang formasinya")
    assert [r[1] for r in rows[3:] if r[0] is not None] == ["Hari Seyan Tanato, S.Kep."]
    # of the officials moving into a post held over formasi beyond its free seats, as
    # many as it holds over wait, last in turn, the others first (review 98 M6: Zuri
    # Samat Mardipung, +5 points, after Matri Sunawan, who must leave P0089, into
    # P0097's one free seat); one who must move never waits after a chosen move
    over = (vac["supernumerary"] + vac["kept_pending"]).to_dict()
    notes = proposal_table(result, "en").set_index("employee_id")["note"]
    chosen = ["better_fit", "priority_vacancy", "chain"]
    turned = 0
    for q, group in appointed.groupby("to_position"):
        n, k = came.get(q, 0), over.get(q, 0)
        if not 0 < k < n:
            continue
        turned += 1
        last = group["employee_id"].map(notes).str.contains("this one among them, last in turn")
        first = group["employee_id"].map(notes).str.contains("this one comes first in turn")
        assert int(last.sum()) == k and int(first.sum()) == n - k, q
        if (~group.loc[last, "reason_code"].isin(chosen)).any():
            assert (~group.loc[first, "reason_code"].isin(chosen)).all(), q
    assert turned >= 1
    assert not any(r and "BUPATI," in [c for c in r if c] for r in rows)
    del wb["Ringkasan"]  # the cover, no attachment (below)
    del wb["Belum untuk SK"]
    del wb["Tanpa jabatan"]  # those left without a post, apart (below)
    del wb["Pegawai baru"]  # the new hires, apart (below)
    del wb["Perangkat daerah baru"]  # those in their own post in the merged office (below)
    appointed = appointed[~appointed["employee_id"].isin(waits)]
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
        assert ws.title == fit_words(opd, 31)  # whole words (review 157)
        assert rows[6][:9] == (
            "No",
            "Nama",
            "NIP",
            "Pangkat/Golongan",
            "Jabatan lama",
            "Unit kerja lama",  # review 94 M2: "Pengemudi | Pengemudi" read as no change
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
            mine = appointed.loc[appointed["employee_id"] == e]
            # the former unit as served in today (below: a merged office is not yet)
            assert r[7] in set(mine["to_unit_name"]) and r[5]
        assert set(ids) == want[opd] and len(ids) == len(want[opd])
        grades = [grade_of[e] for e in ids]
        assert grades == sorted(grades, reverse=True)  # highest post first
        seen |= set(ids)
        assert any(r and "BUPATI," in [c for c in r if c] for r in rows)  # signature block
    assert seen == set(appointed["employee_id"])


def test_the_new_hires_placed_are_listed_apart_for_their_own_sk(result, tmp_path):
    """Review 94 M6: the new hires a plan places (84 in baseline) were on no list an
    officer signs from. Each is on one sheet apart, once, with the post and unit
    placements.csv gives, no SK heading nor signature (their post goes into the SK of
    their appointment, not a mutasi attachment), numbered in one run, OPD by OPD."""
    write_proposal(result, tmp_path, date=DAY)
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    assert wb.sheetnames[-3:] == ["Pegawai baru", "Belum untuk SK", "Tanpa jabatan"]
    rows = list(wb["Pegawai baru"].iter_rows(values_only=True))
    assert rows[0][0].startswith("Bukan untuk SK ini: pegawai baru yang ditempatkan")
    assert not any(r and "BUPATI," in [c for c in r if c] for r in rows)
    body = [r for r in rows[3:] if r[0] is not None]
    pl = result.placements
    new = pl[pl["status"] == "new"].set_index("employee_id")
    assert len(new) >= 50
    nips = dict(zip(format_nip(new.index.to_series()), new.index, strict=True))
    got = [nips[r[2]] for r in body]
    assert sorted(got) == sorted(new.index) and len(set(got)) == len(got)
    assert [r[0] for r in body] == list(range(1, len(body) + 1))
    for r, e in zip(body, got, strict=True):
        assert r[1] == new.at[e, "name"]
        assert (r[4], r[6], r[7]) == (
            "— (pegawai baru)",
            new.at[e, "title"],
            new.at[e, "unit_name"],
        )
        assert not r[5]  # no former unit
        assert r[8].startswith("SK pengangkatan/penempatan tersendiri")
    # OPD by OPD, in the units' order, as the attachments
    table = proposal_table(result)
    hires = table[table["hire"]]
    order = list(summary.opd_names(result))
    at = [order.index(o) for o in hires["opd"]]
    assert at == sorted(at) and not hires["waits"].any()
    html = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    assert html.count('<section class="opd hires">') == 1
    assert html.count("— (pegawai baru)") == len(new)


def test_html_is_printable_and_indonesian(result, tmp_path):
    write_proposal(result, tmp_path, date=DAY)
    text = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    t = proposal_table(result)
    assert text.count('<section class="opd">') == t.loc[~t["waits"] & ~t["hire"], "opd"].nunique()
    assert text.count('<section class="opd waits">') == 1
    assert "LAMPIRAN KEPUTUSAN BUPATI" in text and "Jabatan baru" in text
    assert "@page{size:A4" in text and "<script" not in text
    assert "01-03-2026" in text
    for nip in t["nip"].head(20):
        assert f'<td class="nip">{nip}</td>' in text


def test_the_keterangan_says_what_the_reason_says_of_the_sk_date_and_the_bup(result):
    """Review 88 H2: Hari Seyan Tanato's reason said to date his SK before 2028-03-04
    (the JF entry age), not as one that waits, while the Keterangan said to date it
    when the seat is free, by 2030-11-01; M4: a move that shifts the BUP said so in its
    reason only. Each such row's Keterangan now says it, re-read from the moves."""
    t = proposal_table(result).set_index("employee_id")
    hari = str(t.loc["197403041999011339", "note"])
    assert "formasi kosong paling lambat 2030-11-01, saat pegawai ini melewati batas usia" in hari
    # the one official moving into P0088 (its four CPNS take its free seats first):
    # his SK waits, so a seat is to be freed for it before the birthday, as his reason
    # says (review 91 H2)
    assert "formasi untuk SK ini harus dikosongkan sebelum 2028-03-04" in hari
    assert "atau perpindahan ini tidak dapat dilakukan" in hari
    reason = str(result.moves.set_index("employee_id").loc["197403041999011339", "reason"])
    assert "their SK is to be dated before 2028-03-04, so the seat must be freed" in reason
    assert "the 4 new hire(s) it takes are appointed to its free seats first" in reason
    assert "TMT SK saat itu" not in hari
    mv = summary.classified_moves(result).set_index("employee_id")
    mv = mv[mv["move_kind"] != "lost_post"]
    was, now = mv["retirement_before"].fillna(""), mv["retirement_after"].fillna("")
    shifts = (was != "") & (now != "") & (was != now)
    assert shifts.sum() >= 5
    for e in mv.index:
        said = f"BUP berubah mengikuti jabatan, {was[e]} → {now[e]}: beri tahu sebelum SK"
        assert (said in str(t.loc[e, "note"])) == bool(shifts[e]), e
    assert "2038-06-01 → 2036-06-01" in str(t.loc["197805212009041798", "note"])  # Tayadi
    # the JF age is said as past only where a waiting seat's day is past it; where it
    # falls within the horizon after that day, as the end of the window to date the SK
    # in (review 161 M1)
    note = t["note"].astype(str)
    aged = note.str.contains(r"paling lambat [0-9-]+, saat pegawai ini melewati batas usia")
    assert set(t.index[aged]) == {"197403041999011339"}
    window = note.str.extract(
        r"paling lambat ([0-9-]+), [^)]*tidak sebelumnya, dan sebelum ([0-9-]+)"
    )
    assert (
        note.str.contains("melewati batas usia perpindahan ke JF").sum()
        == aged.sum() + window[0].notna().sum()
    )
    for by, before in window.dropna().itertuples(index=False):
        assert by < before


def test_the_summary_names_the_moves_whose_seat_frees_past_the_jf_entry_age(result):
    """Review 92 H2: Hari Seyan Tanato's SK into P0088 waits for a seat sure to be free
    only on 2030-11-01, past his 53rd year (the age of entering Perawat Ahli Pertama by
    perpindahan): the move cannot be made unless a seat is freed before 2028-03-04.
    His reason and the SK list said so, the summary did not. Re-read from the roster's
    birth dates and the entry ages: the summary names exactly the moves into a JF post
    from outside its family, every SK into which waits, whose seat's day is past the
    birthday beyond the level's entry age."""
    from placement.model.config import JF_ENTRY_MAX_AGE

    emp = pd.read_csv(ROOT / "scenarios/tebo/data/employees.csv", dtype=str)
    born = dict(zip(emp["id"], pd.to_datetime(emp["birth_date"]), strict=True))
    pos = result.compiled.org.positions.set_index("id")
    family = pos["title"].str.replace(
        r"\s+(Ahli \w+|Pemula|Terampil|Mahir|Penyelia)$", "", regex=True
    )
    mv = summary.classified_moves(result)
    came = mv["to_position"].map(mv["to_position"].value_counts())
    vac = result.vacancies.set_index("position")
    over = (vac["supernumerary"] + vac["kept_pending"]).reindex(mv["to_position"]).fillna(0)
    late = []
    for k, row in mv.reset_index(drop=True).iterrows():
        q, c = row["to_position"], row["from_position"]
        if not row["seat_by"] or pos.at[q, "kind"] != "JF" or came[k] > over.iloc[k]:
            continue
        if pos.at[c, "kind"] == "JF" and family[c] == family[q]:
            continue  # no entry: within its own family
        b = born[row["employee_id"]]
        limit = JF_ENTRY_MAX_AGE[pos.at[q, "level"]]
        if row["seat_by"] >= b.replace(year=b.year + limit + 1).date().isoformat():
            late.append(f"({row['employee_id']})")
    assert late == ["(197403041999011339)"]
    f = summary.facts(result)
    assert f["seat_age"] == len(late) and all(x in f["seat_age_names"] for x in late)
    text = summary_html(result, "en")
    assert (
        "Of the moves into posts held over formasi, 1 go into a functional post whose seat" in text
    )


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
    assert wb.worksheets[0].title == "Ringkasan"  # the cover, then the attachments
    assert wb.worksheets[1].cell(row=7, column=2).value == "Nama"
    again = CliRunner().invoke(main, ["proposal", str(MERGE), "--out", str(out)])
    assert again.exit_code == 0, again.output  # its own earlier output is replaced
    en = CliRunner().invoke(
        main, ["--lang", "en", "proposal", str(MERGE), "--out", str(tmp_path / "en")]
    )
    assert en.exit_code == 0, en.output
    wb = openpyxl.load_workbook(tmp_path / "en" / "proposal.xlsx")
    assert wb.worksheets[0].title == "Summary"
    assert wb.worksheets[1].cell(row=7, column=2).value == "Name"


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


def test_two_moving_into_a_post_two_hold_over_wait_an_exit_each():
    """Review 90 H2: A and B move into P1, which holds K1 (BUP 2027-07-01) and K2 (BUP
    2040-07-01) over its formasi pending the PPK's decision. Both had been listed apart
    as SKs none of which can be dated within the horizon, and each reason said its seat
    was free only once both had left: the first is dated at K1's exit, in 2027. They
    stay on the attachment; the reasons say a seat per exit and when the first comes."""
    from tests.model.test_reasons import org

    e, p, u = org(
        [
            ("K1", "S1", "P1", "3", {"birth_date": "1969-06-15"}),
            ("K2", "S1", "P1", "3", {"birth_date": "1982-06-15"}),
            ("A", "S1", "P2", "3", {"birth_date": "1985-01-01", "field": "Hukum"}),
            ("B", "S1", "P2", "3", {"birth_date": "1986-01-01", "field": "Hukum"}),
        ],
        [
            ("P1", "U1", "2", "3", {"fields": "Ekonomi; Hukum"}),
            ("P2", "U1", "2", "3", {"fields": "Hukum"}),
        ],
    )
    ops = [{"pin": {"employee": w, "position": "P1"}} for w in ("A", "B")]
    sc = placement.Scenario.from_frames(
        e,
        p,
        u,
        operations=ops,
        reference_date="2026-12-01",
        eligibility={"keep_displaced_holders": True},
        objective={"weights": {"continuity": 10}},
    )
    r = placement.solve(sc)
    assert r.vacancies.set_index("position").loc["P1", "kept_pending"] == 2
    t = proposal_table(r, "en")
    assert not t["waits"].any() and t["no"].tolist() == [1, 2]
    for why in r.moves["reason"].astype(str):
        assert "so the 2 officials this plan moves into it take their seats one per exit" in why
        assert "the first of these SKs is dated at the first exit, by 2027-07-01" in why
        assert "this is no SK to sign" not in why


def test_the_keterangan_marks_a_move_below_the_selections_fit(result):
    """Review 94 L3: the summary names the moves into a post where the person's JPM is
    below 68 (Kurang Memenuhi Syarat); the SK list's Keterangan marks exactly those,
    with the JPM, and no move not assessed there."""
    t = proposal_table(result).set_index("employee_id")
    mv = result.moves.set_index("employee_id")
    jpm = pd.to_numeric(mv["jpm_after"], errors="coerce")
    low = set(jpm.index[jpm < 68]) & set(t.index)
    marked = {e for e in t.index if "(Kurang Memenuhi Syarat): periksa" in t.at[e, "note"]}
    assert marked == low and len(low) == summary.facts(result)["kms_moves"] >= 3
    for e in low:
        assert (
            f"JPM {float(jpm[e]):.1f} di jabatan itu, di bawah 68".replace(".", ",")
            in (t.at[e, "note"])
        )
    assert not t.loc[t["hire"], "note"].str.contains("Kurang Memenuhi").any()


def test_the_keterangan_marks_a_move_worth_nothing_or_little_to_the_plan(result):
    """Review 95 M4: the moves the summary names as worth nothing to the plan as a
    whole (a tie) or under a point read "mutasi" only on the SK list. Each is marked,
    with its worth, and no other move, re-read from the moves' plan_points."""
    t = proposal_table(result).set_index("employee_id")
    pts = pd.to_numeric(result.moves.set_index("employee_id")["plan_points"], errors="coerce")
    pts = pts[pts.index.isin(t.index)]
    ties, near = set(pts.index[pts <= 0]), set(pts.index[(pts > 0) & (pts < 1)])
    less = set(pts.index[pts >= 1])  # less than its reason counts (review 168 M2)
    assert ties and len(ties) == summary.facts(result)["plan_ties"] and less
    assert len(near | less) == summary.facts(result)["plan_less"]
    # and those who leave an over-filled post in a tie with one kept (review 163 M1), in
    # words of their own (review 168 M1)
    said = result.moves.set_index("employee_id")["reason"].map(str)
    kept = set(said.index[said.str.contains(KEPT_TIE, regex=False)]) & set(t.index)
    for e in t.index:
        note = t.at[e, "note"]
        tie = "tidak menambah total rencana, sama kuat (lihat alasan di moves.csv)"
        assert (tie in note) == (e in ties)
        kept_tie = (
            "sama kuat dengan yang dipertahankan di sana, diputuskan menurut aturan bila sama kuat"
        )
        assert (kept_tie in note) == (e in kept - ties), note
        # in the list's own number format (review 152 L3: "0.46 poin" beside "JPM 61,1")
        worth = f"{pts.get(e, 0):.2f}".replace(".", ",")
        said = f"hanya bernilai {worth} poin bagi rencana (lihat alasan di moves.csv)" in note
        assert said == (e in near), note
        said = f"bernilai {worth} poin bagi rencana, kurang dari yang dihitung alasannya" in note
        assert said == (e in less), note


def test_the_reports_moves_table_marks_what_the_keterangan_marks(result):
    """Review 121: Bufitri Widitua's move, at JPM 65 in her new post, read "mutasi;
    leaves a JF" in the report's moves table, though the SK list marked its JPM. The
    report's table marks each move below 68 with its JPM, and each tie or move under a
    point with its worth, the same moves as the SK list, re-read from the moves."""
    from placement.report.decision import changes_frame

    t = proposal_table(result, "en").set_index("employee_id")
    ch = changes_frame(result, "en")
    kind = dict(zip(ch["employee"].str.extract(r"\((\d{18})\)$")[0], ch["move_kind"], strict=True))
    mv = result.moves.set_index("employee_id")
    jpm = pd.to_numeric(mv["jpm_after"], errors="coerce")
    pts = pd.to_numeric(mv["plan_points"], errors="coerce")
    low = set(jpm.index[jpm < 68]) & set(t.index)
    cheap = set(pts.index[pts.notna()]) & set(t.index)  # each valued (review 168 M2)
    said = mv["reason"].map(str)  # and the leaver ties (review 163 M1)
    cheap |= set(said.index[said.str.contains(KEPT_TIE, regex=False)]) & set(t.index)
    assert len(low) >= 3 and cheap
    for e in t.index[~t["hire"] & (t["conversion"] == "")]:  # the moves
        said = f"JPM {float(jpm[e]):.1f} in it, below 68 (Kurang Memenuhi Syarat)"
        assert (said in kind[e]) == (e in low) == (said in t.at[e, "note"]), kind[e]
        worth = "to the plan as a whole" in kind[e] or "in a tie with one kept" in kind[e]
        noted = (
            "to the plan as a whole" in t.at[e, "note"]
            or "in a tie with one kept" in (t.at[e, "note"])
        )
        assert worth == (e in cheap) == noted, kind[e]


def test_the_keterangan_marks_a_move_close_to_the_pension(result):
    """Review 96 M2: a move within three years of the BUP in the new post says so in
    its reason, "to weigh before the SK", and the SK list read "mutasi" only. The
    Keterangan gives the BUP and the years left, re-read from the moves' retirement
    date after and the reference date, and no other row does."""
    t = proposal_table(result).set_index("employee_id")
    mv = result.moves.set_index("employee_id")
    after = pd.to_datetime(mv["retirement_after"].replace("", None))
    years = (after - pd.Timestamp(str(result.kpis["reference_date"]))).dt.days / 365.25
    near = set(years.index[years < 3]) & set(t.index)
    assert near
    for e in t.index:
        said = "tahun lagi: timbang perpindahan menjelang pensiun" in t.at[e, "note"]
        assert said == (e in near), t.at[e, "note"]
        if said:
            date = mv.at[e, "retirement_after"]
            shown = f"{years[e]:.1f}".replace(".", ",")  # the list's number format
            assert f"BUP {date}, {shown} tahun lagi" in t.at[e, "note"]


def test_the_keterangan_marks_a_promotion_over_more_ranked_above_than_seats_left(result):
    """Review 97 M4: Anzal Tanawan's reason says his promotion takes a seat one of the 4
    ranking above could have had, "a choice to weigh before the SK", and the SK list
    read "mutasi, promosi" only. Each such move is marked, re-read from the reasons'
    text, and no other."""
    from placement.i18n import render

    t = proposal_table(result).set_index("employee_id")
    mv = result.moves.set_index("employee_id")
    text = mv["reason"].map(lambda m: render(m, "en"))
    fewer = (
        r"seats (?:stay )?empty(?: in this plan)?, fewer than (?:the \d+ ranking above|those \d+)"
    )
    passed = set(text.index[text.str.contains(fewer)]) & set(t.index)
    assert passed
    for e in t.index:
        said = "formasi tersisa lebih sedikit dari yang berperingkat di atasnya" in t.at[e, "note"]
        assert said == (e in passed), (e, t.at[e, "note"])


def test_the_keterangan_says_how_many_sks_into_a_post_held_over_formasi_wait(result):
    """Review 97 H2: Matri Sunawan and Zuri Samat Mardipung move into P0097, which has
    one seat free for two, and both rows read "as many SKs into it as its surplus
    wait": the signer could not tell that one of the two waits. Each such row says how
    many officials move in and how many of their SKs wait, re-read from the placements
    and the vacancies."""
    t = proposal_table(result).set_index("employee_id")
    mv = summary.classified_moves(result).set_index("employee_id")
    pl = result.placements
    now = pl["current_position"].fillna("").astype(str)
    vac = result.vacancies.set_index("position")
    held = (vac["supernumerary"] + vac["kept_pending"]).astype(int)
    marked = mv.index[mv["seat_check"].isin(["seat_after_exit", "seat_first"])]
    marked = marked.intersection(t.index)
    assert len(marked) >= 3
    some = t.loc[marked, "note"].str.contains(r"\d+ dari \d+ SK pejabat", regex=True)
    assert some.sum() >= 2  # P0097: one of the two waits
    for e in marked:
        q = mv.at[e, "to_position"]
        n = int(((pl["position"].astype(str) == q) & (now != q) & (now != "")).sum())
        k = min(n, int(held[q]))
        note = t.at[e, "note"]
        if k < n:
            assert f"{k} dari {n} SK pejabat yang pindah ke jabatan ini menunggu" in note, note
            # and which: first in turn, dated now, or last, listed apart (review 98 M6)
            first = "SK ini lebih dahulu dan menempati formasi kosong sekarang" in note
            assert first == (mv.at[e, "seat_check"] == "seat_first"), note
            assert first or "termasuk SK ini, yang terakhir menurut urutan" in note
            assert not t.at[e, "waits"]  # dated in turn, on the attachment
        else:
            assert f"SK {n} pejabat yang pindah ke jabatan ini menunggu ada yang keluar" in note
    matri, zuri = "197602052000022738", "198411192013031926"
    names = t["name"].to_dict()
    assert names.get(matri, "").startswith("Matri Sunawan")
    assert names.get(zuri, "").startswith("Zuri Samat Mardipung")
    assert (mv.at[matri, "seat_check"], mv.at[zuri, "seat_check"]) == (
        "seat_first",
        "seat_after_exit",
    )
    assert mv.at[matri, "seat_by"] == "" and mv.at[zuri, "seat_by"] == "2028-10-01"


def test_the_penyetaraan_has_an_attachment_of_its_own_sk(tmp_path):
    """Review 99 H1: the 123 officials the bundled ``penyetaraan`` converts in their own
    post were on no list an officer signs from, on a page titled for it. Each is on the
    proposal once, re-read from conversions.csv's rows: those with no condition on the
    attachment of the SK of penyetaraan (its own heading, "TENTANG: PENYETARAAN …", and
    a signature), the jabatan before and after as the table gives them; those whose
    conversion asks the PPK first (a condition, or kept over formasi pending: review 99
    H3, a post with formasi 0) apart, without one, the condition named. ``replace``
    converts nobody and has no such sheet."""
    sc = ROOT / "scenarios" / "tebo" / "penyetaraan.yaml"
    r = placement.solve(sc)
    conv = r.tables["conversions"].set_index("employee_id")
    assert len(conv) >= 100
    write_proposal(r, tmp_path, date=DAY)
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    names = wb.sheetnames
    assert names.index("Penyetaraan") + 1 == names.index("Penyetaraan bersyarat")
    # no move of it waits past a JF entry age or the horizon: no sheet apart (review
    # 143 H1: Hari Seyan Tanato keeps his post)
    assert names[-1] == "Pegawai baru" and "Belum untuk SK" not in names
    sk = list(wb["Penyetaraan"].iter_rows(values_only=True))
    assert sk[3][5].startswith("TENTANG") and "PENYETARAAN JABATAN ADMINISTRASI" in sk[3][5]
    assert any(row and "BUPATI," in [c for c in row if c] for row in sk)
    # what the SK rests on that the plan does not check: the peta jabatan enacted first,
    # and income no lower (review 156 M3); its own line, on this attachment only
    before = "Sebelum SK ini (tidak diperiksa rencana): peta jabatan"
    assert before in sk[5][0] and "penghasilan" in sk[5][0] and "PermenPANRB 17/2021" in sk[5][0]
    assert not any(
        before in str(ws.cell(6, 1).value) for ws in wb.worksheets if ws.title != "Penyetaraan"
    )
    assert before in (tmp_path / "proposal.html").read_text(encoding="utf-8")
    apart = list(wb["Penyetaraan bersyarat"].iter_rows(values_only=True))
    assert apart[0][0].startswith("Belum untuk SK ini")
    assert not any(row and "BUPATI," in [c for c in row if c] for row in apart)
    nips = dict(zip(format_nip(conv.index.to_series()), conv.index, strict=True))
    body_sk = [row for row in sk[7:] if isinstance(row[0], int)]
    body_apart = [row for row in apart[3:] if isinstance(row[0], int)]
    seen = [nips[row[2]] for row in body_sk + body_apart]
    assert sorted(seen) == sorted(conv.index) and len(set(seen)) == len(seen)
    pending = set(r.decisions.loc[r.decisions["decision"] == "kept_over_formasi", "employee_id"])
    perf = dict(
        zip(r.placements["employee_id"], r.placements["performance"].fillna(""), strict=True)
    )
    # a licence of a profession outside the JF, named on the row, as the roster holds it;
    # where the decisions list asks the PPK whether they return to it, the SK waits
    # (review 164 M1: dr. Tahar Aryadi Tamjato, STR Dokter, read as a plain conversion)
    dec = r.decisions
    outside = set(
        dec.loc[
            (dec["decision"] == "outside_profession")
            | dec["also_decisions"].astype(str).str.contains("outside_profession"),
            "employee_id",
        ]
    )
    certs = dict(
        zip(r.placements["employee_id"], r.placements["certifications"].fillna(""), strict=True)
    )
    named = 0
    for row in body_sk + body_apart:
        e = nips[row[2]]
        c = conv.loc[e]
        assert (row[4], row[6]) == (c["title_before"], c["title_after"])
        assert row[5] == row[7] == c["unit_name"]
        assert row[8].startswith(f"penyetaraan ({c['level_before']} → {c['level_after']})")
        on_sk = row in body_sk
        free = not isinstance(c["condition"], str) or not c["condition"]
        assert on_sk == (free and e not in pending)
        if e in pending:
            assert "menunggu keputusan PPK" in row[8] and not on_sk
        lic = c["licence_held"] if isinstance(c["licence_held"], str) else ""
        if lic:
            assert f"memiliki {lic}, sertifikat profesi di luar JF ini" in row[8], row[8]
            assert lic.split(" (")[0] in str(certs[e])
            named += 1
        if e in outside:
            assert lic and not on_sk and "PPK lebih dahulu memutuskan" in row[8], row[8]
        if c["retirement_before"] != c["retirement_after"]:
            assert f"{c['retirement_before']} → {c['retirement_after']}" in row[8]
        # a rating below Baik marked for a check (review 102 L9)
        weak = perf.get(e, "") in ("Butuh Perbaikan", "Kurang", "Sangat Kurang")
        # with the rating itself (review 152 L2)
        assert (f"SKP {perf.get(e)}: periksa" in row[8]) == weak, row[8]
    assert [row[0] for row in body_sk] == list(range(1, len(body_sk) + 1))
    assert "197101131994011246" in pending  # Muhammad Anyan Tabani, P0041: formasi 0
    assert named == 9 and "198707052017101750" in outside  # dr. Tahar, STR Dokter
    html = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    assert html.count('<section class="opd conversion">') == 1
    assert html.count('<section class="opd conditions">') == 1
    rep = proposal_table(placement.solve(ROOT / "scenarios" / "tebo" / "replace.yaml"))
    assert (rep["conversion"] == "").all()


def test_the_former_unit_is_the_one_served_in_today(result):
    """Review 98 H2: in `merge` the former unit of those moving out of the two merged
    offices read the merged office, which does not exist until the reorganisation
    (Yaman Galim serves in Dinas Lingkungan Hidup). Every row of the attachment names
    as former unit the one the data files give them today, re-read from the CSVs."""
    data = ROOT / "scenarios" / "tebo" / "data"
    emp = pd.read_csv(data / "employees.csv", dtype=str, keep_default_na=False)
    units = pd.read_csv(data / "units.csv", dtype=str, keep_default_na=False)
    name = dict(zip(units["id"], units["name"], strict=True))
    today = {e: name[u] for e, u in zip(emp["id"], emp["current_unit"], strict=True) if u}
    t = proposal_table(result)
    moved = t[~t["hire"] & (t["conversion"] == "")]
    assert len(moved) >= 80
    for e, unit in zip(moved["employee_id"], moved["from_unit_name"], strict=True):
        assert unit == today[e], e
    yaman = moved[moved["name"].str.startswith("Yaman Galim")]
    assert yaman["from_unit_name"].tolist() == ["Dinas Lingkungan Hidup"]


def test_the_moves_name_the_unit_served_in_today_then_the_plans(result):
    """Review 110 M3: the moves list (and the report's lists) read the merged office as
    the unit of those moving out of the two merged offices, whose staff serve today in
    Dinas Lingkungan Hidup or Dinas Pertanian dan Ketahanan Pangan. Where the scenario
    changed it, the former unit's name is today's, then the plan's; elsewhere the plan's
    alone (the SK list names today's alone: above)."""
    data = ROOT / "scenarios" / "tebo" / "data"
    emp = pd.read_csv(data / "employees.csv", dtype=str, keep_default_na=False)
    units = pd.read_csv(data / "units.csv", dtype=str, keep_default_na=False)
    name = dict(zip(units["id"], units["name"], strict=True))
    today = {e: name[u] for e, u in zip(emp["id"], emp["current_unit"], strict=True) if u}
    merged = "Dinas Pertanian, Pangan dan Lingkungan Hidup"
    mv = result.moves
    seen = 0
    for e, u, shown in zip(mv["employee_id"], mv["from_unit"], mv["from_unit_name"], strict=True):
        if u == "U13":
            assert shown == f"{today[e]} → {merged}", (e, shown)
            seen += 1
        else:
            assert shown == today[e] == name[u], (e, shown)
    assert seen >= 8
    yaman = mv[mv["name"].str.startswith("Yaman Galim")]
    assert yaman["from_unit_name"].tolist() == [f"Dinas Lingkungan Hidup → {merged}"]


def test_an_sk_that_would_settle_the_tim_penilai_kinerja_s_contest_is_dated_after_it():
    """Review 149 M5: in ``merge`` Yaman Galim's SK into a kecamatan post stood in the
    attachment to sign, noted "Tim Penilai Kinerja to consider", while the summary said
    to date it after the Tim's decision on P0254, the post of his title in the merged
    office kept by Dwiwan Luloyo, for which it weighs him. The Keterangan of each such
    move names the post and says so, as the summary names them (English and
    Indonesian); no other row does."""
    r = placement.solve(MERGE)
    f = summary.facts(r)
    named = set(re.findall(r"\((\d{18})\)", render(f["reorganised_tpk_movers_names"], "en")))
    assert f["reorganised_tpk_movers"] >= 1 and "197804282006101442" in named
    for lang, said in (
        ("en", "date the SK after the Tim Penilai Kinerja's decision on "),
        ("id", "SK ditetapkan sesudah keputusan Tim Penilai Kinerja atas "),
    ):
        sk = proposal_table(r, lang)
        sk = sk[sk["conversion"] == ""]  # the moves (the holders weighed: below)
        marked = sk["note"].str.contains(said, regex=False)
        assert set(sk.loc[marked, "employee_id"]) == named
        yaman = sk.loc[sk["employee_id"] == "197804282006101442", "note"].iloc[0]
        assert f"{said}P0254 (Kepala Subbagian Umum dan Kepegawaian)" in yaman


def test_those_kept_in_their_post_in_a_merged_office_have_an_attachment_of_their_own(
    result, tmp_path
):
    """Review 149 M1: `merge`'s 294 SKs into the merged office were counted, yet on no
    list to draft them from. They have an SK attachment of their own (heading,
    signature), one row each, after the moves: every holder of a post of the two
    merged offices who keeps it, re-read from the data files (their unit today, by
    name), the merged office's name as the new unit, their own post both sides; the
    holders the Tim Penilai Kinerja weighs against one whose post closes are noted so.
    No other scenario's list has it."""
    data = ROOT / "scenarios" / "tebo" / "data"
    emp = pd.read_csv(data / "employees.csv", dtype=str, keep_default_na=False)
    units = pd.read_csv(data / "units.csv", dtype=str, keep_default_na=False)
    name = dict(zip(units["id"], units["name"], strict=True))
    pl = result.placements.astype({"position": str, "current_position": str})
    stays = set(pl.loc[pl["position"] == pl["current_position"], "employee_id"])
    merged = set(emp.loc[emp["current_unit"].isin(["U13", "U17"]), "id"])
    today = dict(zip(emp["id"], emp["current_unit"], strict=True))
    t = proposal_table(result)
    rows = t[t["conversion"] == "reorganised"]
    assert set(rows["employee_id"]) == stays & merged and len(rows) == 294
    assert rows["no"].tolist() == list(range(1, 295))
    assert (rows["from_unit_name"] == rows["employee_id"].map(lambda e: name[today[e]])).all()
    assert (rows["to_unit_name"] == "Dinas Pertanian, Pangan dan Lingkungan Hidup").all()
    pos = result.compiled.org.positions.set_index("id")["title"]
    held = pl.set_index("employee_id")["position"]
    assert (rows["to_title"] == rows["employee_id"].map(held).map(pos)).all()
    f = summary.facts(result)
    # the holders the Tim weighs: their SK dated after its decision on their own post
    # (review 151 M4), as the decisions list's notes of their rivals name them
    weighed = rows["note"].str.contains("SK ditetapkan sesudah keputusan Tim Penilai Kinerja atas")
    assert int(weighed.sum()) == f["reorganised_tpk"] >= 1
    for e, note in zip(rows.loc[weighed, "employee_id"], rows.loc[weighed, "note"], strict=True):
        assert f"atas {held[e]} (" in note
    # one the decisions list names: the PPK's decision first (review 151 H3: Derita
    # Riyah Lenatua, kept over P0271's formasi, read "own post" alone)
    dec = dict(zip(result.decisions["employee_id"], result.decisions["decision"], strict=True))
    for e, note in zip(rows["employee_id"], rows["note"], strict=True):
        said = f"keputusan PPK lebih dahulu (daftar keputusan: {dec[e]})" if e in dec else None
        assert (said in note) if said else ("keputusan PPK lebih dahulu" not in note), e
    assert "197602022002092823" in dec
    write_proposal(result, tmp_path, lang="id", date=DAY)
    html = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    assert html.count('<section class="opd reorganised">') == 1
    assert "TENTANG  : PENEMPATAN PEGAWAI PADA PERANGKAT DAERAH HASIL PENATAAN" in html
    book = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    sheet = [list(r) for r in book["Perangkat daerah baru"].iter_rows(values_only=True)]
    assert sum(1 for r in sheet if isinstance(r[0], int)) == 294
    rep = proposal_table(placement.solve(ROOT / "scenarios" / "tebo" / "replace.yaml"))
    assert not (rep["conversion"] == "reorganised").any()


@pytest.mark.parametrize(("name", "told"), [("quota", 33), ("workload", 10)])
def test_the_keterangan_marks_a_mover_rated_below_baik_into_another_opd(name, told):
    """Review 151 M3: the summary counted 34 movers of `quota` rated below Baik into
    another OPD and said to tell the receiving heads, while no row of the SK list named
    one. Each such move (the roster's rating, the moves' OPDs) reads the head to tell,
    and the rating, no other row does. Review 152 L2: two of `workload`'s, marked for
    an SKP below Baik on a priority post, read "SKP di bawah Baik" and no head to
    tell; the mark now gives the rating itself (Butuh Perbaikan, Sangat Kurang)."""
    r = placement.solve(ROOT / "scenarios" / "tebo" / f"{name}.yaml")
    emp = pd.read_csv(
        ROOT / "scenarios" / "tebo" / "data" / "employees.csv", dtype=str, keep_default_na=False
    ).set_index("id")
    mv = summary.classified_moves(r).set_index("employee_id")
    t = proposal_table(r, "en")
    t = t[(t["conversion"] == "") & ~t["hire"]]
    n = 0
    for e, note in zip(t["employee_id"], t["note"], strict=True):
        rating = emp.at[e, "performance"]
        assert mv.at[e, "performance"] == rating  # the moves list's own column (151 M3)
        weak = rating in ("Butuh Perbaikan", "Kurang", "Sangat Kurang")
        want = weak and mv.at[e, "from_opd"] != mv.at[e, "to_opd"]
        assert ("tell the receiving OPD's head (coaching)" in note) == want, (e, note)
        assert (f"SKP {rating}" in note) == (want or bool(mv.at[e, "skp_check"])), (e, note)
        assert "SKP below Baik" not in note, (e, note)
        n += want
    assert n == told


def test_those_left_without_a_post_are_listed_apart_with_the_posts_to_act_in(result, tmp_path):
    """Review 158 H2: `merge`'s SK package named none of the five officials whose posts
    it closes (two Kepala Dinas, a Sekretaris, two Kasubbag), nor the merged office's
    head post left to the Pansel. They are listed apart, not in an attachment: each with
    the post held today and the PPK's decision first; and the JPT post their heads
    leave to the Pansel, with an acting head (Plt.) to name. Re-read from the
    scenario: the holders of the posts it closes whom the plan places nowhere."""
    import yaml

    ops = yaml.safe_load(MERGE.read_text(encoding="utf-8"))["operations"]
    closed = {
        q
        for op in ops
        if "close_positions" in op
        for q in op["close_positions"]["select"]["positions"]
    }
    pl = result.placements
    lost = set(pl.loc[pl["current_position"].isin(closed) & (pl["position"] == ""), "employee_id"])
    assert len(lost) == 5
    t = proposal_table(result, "id")
    rows = t[t["conversion"] == "without_post"]
    assert set(rows["employee_id"]) == lost and len(rows) == len(lost)
    assert (rows["to_title"] == "(tanpa jabatan dalam rencana ini)").all()
    assert rows["note"].str.startswith("tanpa jabatan: PPK memutuskan lebih dahulu: ").all()
    held = pl.set_index("employee_id").loc[sorted(lost), "current_position"]
    titles = result.compiled.plan.source.positions.set_index("id")["title"]
    assert set(rows["from_title"]) == set(titles.loc[held])
    assert t.attrs["acting"] == [
        "P9001 Kepala Dinas Pertanian, Pangan dan Lingkungan Hidup "
        "(Dinas Pertanian, Pangan dan Lingkungan Hidup)"
    ]
    write_proposal(result, tmp_path, lang="en", date=DAY)
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    ws = wb["Without a post"]
    lines = [r[0] for r in ws.iter_rows(min_row=1, max_row=3, values_only=True)]
    assert lines[0].startswith("Not for this SK: serving officials this plan leaves without")
    assert "acting head (Plt.)" in lines[2] and "P9001" in lines[2] and "P0344" not in lines[2]
    nips = {r[2] for r in ws.iter_rows(min_row=5, values_only=True)}
    assert nips == set(format_nip(pd.Series(sorted(lost))))
    html = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    assert '<section class="opd lost">' in html and "acting head (Plt.)" in html
    # the offices of a head left without a post only (review 160 M1: a Kasubbag post
    # closed in Dinas Perhubungan named its Kepala Dinas post, vacant today, as left
    # open because of it)
    more = tmp_path / "more.yaml"
    more.write_text(
        f"name: more\nextends: {MERGE.as_posix()}\noperations:\n"
        "  - close_positions: {select: {positions: [P0346]}}\n",
        encoding="utf-8",
    )
    wider = placement.solve(more)
    t2 = proposal_table(wider, "en")
    assert len(t2[t2["conversion"] == "without_post"]) == len(lost) + 1
    assert t2.attrs["acting"] == t.attrs["acting"]
    # a scenario that leaves nobody without a post has no such run
    assert "without_post" not in set(
        proposal_table(placement.solve(MERGE.parent / "replace.yaml"))["conversion"]
    )


def test_the_cover_counts_the_lists_and_names_the_rows_to_weigh_first(tmp_path):
    """Review 167 L3: the proposal held the per-OPD attachments only, 118 rows in
    `workload`, those a tie or a fraction of a point decided among them. Its cover (no
    attachment) counts each list and names first the rows whose Keterangan asks to
    weigh the move or hear the person: each move the plan values under a point, re-read
    from the moves, is among them, and the workbook's cover holds the page's rows."""
    from placement.report.proposal import _part

    r = placement.solve(ROOT / "scenarios" / "tebo" / "workload.yaml")
    write_proposal(r, tmp_path, lang="en", date=DAY)
    t = proposal_table(r, "en")
    part = _part(t)
    page = (tmp_path / "proposal.html").read_text(encoding="utf-8")
    cover = page[page.index('<section class="cover">') : page.index("</section>")]
    assert page.index('<section class="cover">') < page.index('<section class="opd">')
    moves = t[part == ""]
    kinds = moves["note"].str.split(",").str[0]
    said = f"Moves in the SK attachments: {len(moves)} people in {moves['opd'].nunique()} OPD(s)"
    rot, mut = int((kinds == "rotation").sum()), int((kinds == "transfer").sum())
    assert rot + mut == len(moves) and rot and mut
    assert f"{said} ({rot} rotations within their agency, {mut} transfers to another" in cover
    # what the SKs wait on, as the comparison counts it (review 168 M3)
    from placement.report.sk_checks import ROWS, checks_of

    for (key, _), n in zip(ROWS, checks_of(r), strict=True):
        line = label(key, "en").removeprefix("… ")  # a line of its own (review 170 L4)
        # but a part of the line before stays under it (review 171 L1)
        line = f"… {line}" if line.startswith("of them") else line[:1].upper() + line[1:]
        shown = f"<li>{html.escape(line, quote=True)}: {n:,}</li>"
        assert (shown in cover) == (n > 0), key

    assert f"New hires: {int((part == 'hire').sum())}" in cover
    wb = openpyxl.load_workbook(tmp_path / "proposal.xlsx")
    assert wb.sheetnames[0] == "Summary"
    cells = [row for row in wb["Summary"].iter_rows(values_only=True) if row[1]]
    listed = [str(row[3]) for row in cells[1:]]  # NIP, after the heading row
    nips = dict(zip(moves["employee_id"], moves["nip"], strict=True))
    classified = summary.classified_moves(r)  # as moves.csv has them
    later = classified["employee_id"][classified["seat_check"] == "seat_after_exit"]
    pts = r.moves.set_index("employee_id")["plan_points"]
    under = pts[pts < 1].index  # a tie, or worth under a point to the plan
    assert len(under) >= 10 and {nips[e] for e in under} <= set(listed)
    assert len(listed) == cover.count("<tr>") - 1 == len(set(listed))
    for nip in listed:
        row = moves[moves["nip"] == nip].iloc[0]
        asks = (": weigh", "a gain to the plan carries it", ": ask them which")
        dated = row["employee_id"] in set(later)
        assert any(x in row["note"] for x in asks) or dated, row["note"]
        assert f"<td>{nip}</td>" in cover
    n_weigh = sum(": weigh" in x for x in moves["note"])
    assert f"ask to weigh the move before the SK: {n_weigh}" in cover
    # and each SK dated once a holder leaves the seat is listed first too
    assert len(later) >= 1 and {nips[e] for e in later} <= set(listed)
    # the same rows in Indonesian, its marks read in its own words
    from placement.report.proposal_cover import asking

    ti = proposal_table(r, "id")
    assert asking(ti, _part(ti), "id")["nip"].tolist() == listed


def test_review_170_marks_a_request_a_weak_fit_s_gaps_and_the_day_of_the_counts():
    """Review 170: 12 of `replace`'s moves go to a post the person stated among their
    preferences, none said so on the SK (L2); the SK rows of moves at a JPM below 68
    said "check" without the gaps a development plan covers (L3); the cover gave no day
    the ages and years are counted at (L7). Re-read from the roster's preferences and
    the moves' own columns."""
    r = placement.solve(ROOT / "scenarios" / "tebo" / "replace.yaml")
    emp = pd.read_csv(ROOT / "scenarios" / "tebo" / "data" / "employees.csv", dtype=str)
    prefs = {
        e: [x.strip() for x in str(p).split(";")]
        for e, p in zip(emp["id"], emp["preferences"].fillna(""), strict=True)
    }
    t = proposal_table(r, "en")
    notes = dict(zip(t["employee_id"], t["note"], strict=True))
    asked = 0
    for _, m in r.moves.iterrows():
        note, mine = notes[m["employee_id"]], prefs[m["employee_id"]]
        if m["to_position"] in mine:
            k = mine.index(m["to_position"]) + 1
            assert f"matches their stated preference no. {k} (a preference" in note
            asked += 1
        else:
            assert "matches their stated preference" not in note
        weak = m["jpm_after"] < 68 and m["gaps_after"] != ""
        if weak:
            assert f"below the new post's standard in {m['gaps_after']} (level/standard)" in note
    assert asked == 12
    assert (r.moves["jpm_after"] < 68).sum() >= 2
    page = proposal_html(t, "en", "replace", DAY)
    assert "ages and years (in post, to BUP) counted at 2026-12-01;" in page
