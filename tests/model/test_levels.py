"""Ranks and education (placement.model.levels): PPPK ranks, the rank-scale warnings,
spellings of national exports."""

from __future__ import annotations

import pandas as pd
import pytest

import placement
from placement.model import levels
from tests.conftest import small_frames

# -- ranks and education ---------------------------------------------------------------


def test_pppk_ranks_kept_distinct():
    assert len(levels.PPPK_RANKS) == 17 and levels.PPPK_RANKS[8] == "IX"
    assert levels.normalise_rank("IX") is None  # never read as a PNS rank
    assert levels.normalise_pppk_rank("Golongan IX") == "IX"
    assert levels.rank_scale("IX") == "PPPK" and levels.rank_scale("III/a") == "PNS"
    # PPPK IX (S1 entry) compares like III/a (S1 entry) with a minimum rank
    ordinal, bad = levels.parse_ranks(pd.Series(["IX", "III/a", "V", "II/a", "XVII", "XVIII"]))
    assert ordinal.tolist()[:5] == [8, 8, 4, 4, 16] and bad.tolist()[-1]


def test_rank_scale_warnings():
    e, p, u = small_frames()
    e["status"] = ["PNS", "PPPK", "PPPK", "", "", ""]
    e["rank"] = ["III/a", "IX", "III/b", "III/c", "II/c", "IV/a"]
    p.loc[4, "min_rank"] = "IV"  # PPPK IV (≈ I/d), probably meant IV/a
    org = placement.Organization.from_frames(e, p, u)
    w = "\n".join(org.warnings)
    assert "employees row 2, column 'rank': a PNS golongan for PPPK staff" in w
    assert "positions row 4, column 'min_rank': a PPPK golongan" in w
    assert org.employees["rank_level"].tolist()[:2] == [8, 8]  # IX compares as III/a


@pytest.mark.parametrize(
    "text,code",
    [
        ("Penata Muda (III/a)", "III/a"),
        ("III/a - Penata Muda", "III/a"),
        ("Penata Muda Tk. I", "III/b"),
        ("Pembina Utama Muda", "IV/c"),
        ("3b", "III/b"),
    ],
)
def test_rank_spellings(text, code):
    assert levels.normalise_rank(text) == code


@pytest.mark.parametrize(
    "text,code",
    [
        ("S-1/Sarjana", "S1"),
        ("Diploma IV", "S1"),
        ("D-IV", "S1"),
        ("Diploma III", "D3"),
        ("SLTA Kejuruan", "SMA"),
        ("MA", "SMA"),
        ("SMK", "SMA"),
        ("SLTP", "SMP"),
        ("S-2", "S2"),
        ("Strata 1", "S1"),
        ("S-3/Doktor", "S3"),
    ],
)
def test_education_spellings_and_equivalents(text, code):
    assert levels.normalise_education(text) == code
