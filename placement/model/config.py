"""Pydantic schema of a scenario file (everything except the operations' parameters).

Unknown keys are errors; :func:`format_validation_error` turns pydantic's report into
one line per problem naming the file, the key path and the nearest valid key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from placement.errors import ScenarioError
from placement.i18n import msg
from placement.limits import MAX_COUNT, MAX_MONEY, MAX_SECONDS, MAX_SEED, MAX_WEIGHT, MAX_WORKERS
from placement.model.levels import (
    EDUCATION,
    JABATAN_RUNGS,
    RANKS,
    normalise_education,
    normalise_performance,
    normalise_rank,
)

HARD_RULES = ("education", "rank", "field", "competency")
#: a whole number of people or moves within the solvers' range
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]

#: *(default)* Licensed JF families and the certificate each needs (placement.domain.career):
#: health workers their STR, teachers their sertifikat pendidik, procurement officers
#: their PBJ certificate (DOMAIN.md). A family listed also
#: covers the families whose name starts with it ("Guru" covers "Guru Kelas").
LICENSED_FAMILIES: dict[str, str] = {
    "Dokter": "STR Dokter", "Dokter Gigi": "STR Dokter Gigi", "Perawat": "STR Perawat",
    "Bidan": "STR Bidan", "Apoteker": "STR Apoteker", "Asisten Apoteker": "STR Asisten Apoteker",
    "Nutrisionis": "STR Nutrisionis", "Sanitarian": "STR Sanitarian",
    "Epidemiolog Kesehatan": "STR Epidemiolog Kesehatan",
    "Penyuluh Kesehatan Masyarakat": "STR Penyuluh Kesehatan Masyarakat",
    "Radiografer": "STR Radiografer", "Fisioterapis": "STR Fisioterapis",
    "Perekam Medis": "STR Perekam Medis",
    "Pranata Laboratorium Kesehatan": "STR Pranata Laboratorium Kesehatan",
    "Terapis Gigi dan Mulut": "STR Terapis Gigi dan Mulut",
    "Guru": "Sertifikat Pendidik",
    "Pengelola Pengadaan Barang/Jasa": "Pengadaan Barang/Jasa",
}  # fmt: skip
#: *(default)* Licensed families that are no shortage profession: their members may take
#: administrative posts (``shortage_families: null`` means the licensed ones but these).
#: Procurement's licence is any certification naming Pengadaan Barang/Jasa (LKPP's
#: Sertifikat Keahlian / Kompetensi PBJ, reached through its uji kompetensi).
NOT_SHORTAGE: tuple[str, ...] = ("Pengelola Pengadaan Barang/Jasa",)
#: *(default)* Licensed families whose holders keep their seat without its licence
#: (``licence_to_hold: null`` means the licensed ones but these): a teacher without
#: the Sertifikat Pendidik, a procurement officer without the PBJ certificate, is to
#: obtain it; a health worker without an STR may not practise.
LICENCE_NOT_TO_HOLD: tuple[str, ...] = ("Guru", "Pengelola Pengadaan Barang/Jasa")
#: *(default)* JF families entered as a career step from others (a family listed covers
#: those whose name starts with it): a member does not go back into a family their own
#: is a step up from (a Pengawas Sekolah is appointed from the Guru; a Penilik from the
#: Guru or Pamong Belajar) unless they ask for that post in their preferences
#: *(verify per regency)*.
CAREER_STEPS: dict[str, list[str]] = {
    "Pengawas Sekolah": ["Guru"],
    "Penilik": ["Guru", "Pamong Belajar"],
}
#: *(default)* Golongan range [lowest, highest] of each JF level (expert and skilled track).
JF_RANK_RANGES: dict[str, tuple[str, str]] = {
    "Ahli Pertama": ("III/a", "III/b"), "Ahli Muda": ("III/c", "III/d"),
    "Ahli Madya": ("IV/a", "IV/c"), "Ahli Utama": ("IV/d", "IV/e"),
    "Pemula": ("II/a", "II/b"), "Terampil": ("II/c", "II/d"), "Mahir": ("III/a", "III/b"),
    "Penyelia": ("III/c", "III/d"),
}  # fmt: skip
#: The JF levels a CPNS is first appointed at, through the selection of new civil
#: servants (Peraturan BKN on appointment in a JF: Ahli Pertama, Ahli Muda, Pemula or
#: Terampil; ``eligibility.hire_jf_levels: true``).
HIRE_JF_LEVELS: tuple[str, ...] = ("Ahli Pertama", "Ahli Muda", "Pemula", "Terampil")
#: The oldest age (completed years on the reference date) at which a PNS enters each JF
#: level by perpindahan from another post (PermenPANRB 1/2023, as BKN's SIASN guide
#: states it: 53 for Ahli Pertama, Ahli Muda and the skilled track, 55 for Ahli Madya,
#: 60 for Ahli Utama; ``eligibility.max_age_to_enter_jf: true``).
JF_ENTRY_MAX_AGE: dict[str, int] = {
    "Ahli Pertama": 53, "Ahli Muda": 53, "Ahli Madya": 55, "Ahli Utama": 60,
    "Pemula": 53, "Terampil": 53, "Mahir": 53, "Penyelia": 53,
}  # fmt: skip


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class DataSources(_Strict):
    """Input tables; paths are relative to the scenario file that names them."""

    employees: str | None = None
    positions: str | None = None
    units: str | None = None


HardRule = Literal["education", "rank", "field", "competency"]
_HARD_DEFAULT: list[HardRule] = ["education", "rank", "field"]


def _jf_level(level: object, error: str) -> str:
    """A JF level as written in a scenario (any case, spaces collapsed) by its name in
    :data:`JF_ENTRY_MAX_AGE` (the eight levels); an unknown one is the ``error``
    message naming them."""
    names = {k.lower(): k for k in JF_ENTRY_MAX_AGE}
    key = names.get(" ".join(str(level).split()).lower())
    if key is None:
        raise ValueError(msg(error, level=level, levels=", ".join(JF_ENTRY_MAX_AGE)))
    return key


class Eligibility(_Strict):
    """Which (employee, position) pairs are allowed at all."""

    hard: list[HardRule] = Field(default_factory=lambda: list(_HARD_DEFAULT))
    #: competency rules judge what is assessed: an unknown level is no gap, and a pair
    #: without a JPM (not assessed, post without a standard) passes min_jpm and
    #: min_jpm_category (unknown is not a failure)
    max_competency_gap: int | None = Field(default=None, ge=0, le=4)
    min_jpm: float | None = Field(default=None, ge=0, le=200)
    incumbents_eligible: bool = True
    #: a post's holders who meet its rules come first: holders who keep it only by
    #: ``incumbents_eligible`` (education, field … missed) may take only the seats
    #: those leave (pinned first, then those the rules open no other post to, then the
    #: best JPM there, then golongan, then by id).
    #: ``jf``: in functional posts (professions); ``all``: in every post; ``none``:
    #: all holders compete alike
    qualified_holders_first: Literal["jf", "all", "none"] = "jf"
    #: seats such holders yielded, left empty after the solve by a holder moving on,
    #: go back to them next in turn and the scenario is solved again: at
    #: most this many rounds (0 = none: the result only warns)
    give_back_rounds: int = Field(default=5, ge=0, le=50)
    #: a holder who meets their post's rules, with a seat of it for them (its holders
    #: who meet them fit its formasi; their unit not over its cap), moves only where the
    #: move is worth it to them (their score there, the move's cost included, no lower
    #: than in their own post) or to a higher kelas: never to a post of their kelas or
    #: lower for the gain of whoever takes their seat (placement.model.staying; not
    #: under budgets)
    qualified_holders_stay: bool = False
    #: serving holders the plan leaves without a post (no seat within the rules: their
    #: post over-filled, or held by those who meet its rules) keep their own post over
    #: its formasi, pending a decision of the PPK (an SK cannot leave an active PNS
    #: without a jabatan); not in a closed post (formasi 0), a structural post (one
    #: holder at a time) or a post banned to them, nor under budgets, nor past a unit's
    #: cap; the ``decisions`` table lists them with why the plan had no seat for them,
    #: and those still without a post (placement.api.solve)
    keep_displaced_holders: bool = False
    #: where a post's formasi is below the holders who keep it (meeting its rules),
    #: lowered by the scenario (an ABK's cut) or over-filled as read, a holder a rule
    #: keeps there until BUP (e.g. ``no_move_within_years_of_retirement``) stays over
    #: the formasi, their retirement meeting the excess, instead of a colleague being
    #: moved out for it now (review 159 M2, review 163; not under budgets); false: they
    #: take a seat of it and the excess is carried out by the plan at once
    retirement_meets_cut: bool = True
    scope: Literal["any", "unit", "parent"] = "any"
    #: an employee may move to a post at most this many grades (kelas jabatan) below /
    #: above their current post's grade (null = no limit; new hires are not limited)
    max_grade_drop: int | None = Field(default=0, ge=0, le=16)
    max_grade_rise: int | None = Field(default=2, ge=0, le=16)
    #: true: ``max_grade_rise`` does not bar a serving official holding the licence of
    #: a licensed JF family (``licensed_families``) from a post of that family at a
    #: level whose golongan range (``jf_rank_ranges``) holds theirs: the kelas follows
    #: from the jenjang their golongan fits (review 71: four teachers holding the
    #: Sertifikat Pendidik, III/c-III/d, stayed in kelas-5 office posts while Guru Kelas
    #: Ahli Muda, kelas 9, had empty seats). Their other rules still apply
    rise_into_own_profession: bool = False
    #: the levels whose holders a JPT Pratama post of a higher kelas is open to whatever
    #: ``max_grade_rise`` (the open selection's pool: an official holding an
    #: Administrator post or a JF Ahli Madya, PP 11/2017 Pasal 107 as amended by PP
    #: 17/2020; their two years in it and their age are the Pansel's to verify), e.g.
    #: ``[Administrator, Ahli Madya]``; their other rules still apply; null = the band
    #: bars them as anyone. ``placement shortlist`` reads a scenario that leaves
    #: structural posts to the Pansel with these two (review 158 H1: the shortlist of
    #: the merged office's head left out every Kepala Bidang, and a Kepala Dinas
    #: Perhubungan's was empty, while its vacancy said the shortlist ranked 19)
    jpt_pratama_from: list[str] | None = None
    #: a post of a lower kelas that the reasons and the decisions list name as a way for
    #: a serving official with their consent (where max_grade_drop rules the move out
    #: of the plan) lies at most this many kelas below their own post's (review 54: a
    #: Kasubbag at kelas 9 was offered a Pengemudi seat at kelas 3); null = any
    max_offer_drop: int | None = Field(default=3, ge=0, le=16)
    #: such a post offered to one whose education is at least this level asks no less
    #: (``SMA``: no graduate is offered a Pengemudi or Pramu Bakti seat where those
    #: posts carry their minimum; review 55); a post without a minimum is not limited;
    #: null = no rule
    offer_min_education: str | None = None
    #: only people whose talent box (9-box, JPM in that post × performance) is listed
    #: may hold positions with key=true, e.g. [7, 8, 9] (placement.domain.talent)
    talent_boxes_for_key: list[Annotated[int, Field(ge=1, le=9)]] | None = None
    #: pairs must reach this JPM mapping category (Optimal ≥ 90, Cukup Optimal ≥ 78)
    min_jpm_category: Literal["Optimal", "Cukup Optimal"] | None = None
    #: a move to a higher kelas jabatan (promosi, or a kelas step) asks for a JPM there
    #: of at least this category (selection: Memenuhi Syarat ≥ 80, Masih Memenuhi
    #: Syarat ≥ 68; or mapping: Optimal, Cukup Optimal); a pair without a JPM passes;
    #: null = no rule (placement.domain.categories)
    min_jpm_category_to_rise: (
        Literal["Optimal", "Cukup Optimal", "Memenuhi Syarat", "Masih Memenuhi Syarat"] | None
    ) = None
    #: a move into another post, of one whose own post keeps a seat for them within its
    #: formasi (a move the plan chooses, not one they need), landing at a JPM below this
    #: category and below their own JPM, is charged the objective term ``kms_move``
    #: (100 points unless weighted): made only where it gives another a post, not for a
    #: seat's weight; one who must leave their post (it closes, holds more than its
    #: formasi, or has no seat for one who misses its rules or lacks its licence), or
    #: holds none, is not charged, nor a pair without a JPM (without
    #: ``incumbents_eligible``, a holder whose own post's rules they miss is not
    #: charged either); null = no charge (placement.domain.categories)
    min_jpm_category_to_move: (
        Literal["Optimal", "Cukup Optimal", "Memenuhi Syarat", "Masih Memenuhi Syarat"] | None
    ) = None
    #: a move to a higher kelas jabatan at the same rung of the jabatan ladder (not a
    #: promotion to a JF jenjang, unless ``rise_among_best_jf``, nor to a structural
    #: post) goes to one among the best
    #: fitting of the post's candidates for such a rise (the serving officials at a lower
    #: kelas whom the rules open it to): at most this share of the others rank above
    #: them by merit (the JPM there, then SKP rating, golongan, service and age), or
    #: fewer than the post has seats no serving holder holds (0.25: the best quarter); a
    #: pair without a JPM passes, and a rise where either post's kind or level is not on
    #: the ladder reads as a promotion; null = no rule (placement.domain.rise_merit)
    rise_among_best: float | None = Field(default=None, gt=0, le=1)
    #: with ``rise_among_best``, a move into a functional (JF) post of a higher rung
    #: than one's own is judged too, among that post's candidates so judged: the seats
    #: of a jenjang are a contest where it has fewer free than candidates (the angka
    #: kredit and uji kompetensi it also asks for are the officer's check, jf_check).
    #: ``steps`` (or ``true``): a step up one's own JF family; ``all``: an entry into a
    #: JF from another post or family as well (a perpindahan that is a promotion), but
    #: not into a licensed family whose licence the person holds (their own profession);
    #: null = neither. A structural post stays the selection's (structural_appointments)
    rise_among_best_jf: Literal["steps", "all"] | None = None
    #: with ``rise_among_best``: the JPM its merit order reads, ``scenario`` (the
    #: objective's ``jpm_surplus``) or ``gaps`` (each competency counted up to its
    #: standard: a level above one standard does not make up for one below another, so a
    #: candidate with gaps ranks below one without; review 69: 50 of 77 moves at JPM 100
    #: under ``cap`` were 1 to 3 competencies below standard)
    rise_among_best_jpm: Literal["scenario", "gaps"] = "scenario"
    #: people reaching retirement age within this many years of the reference date
    #: may only keep their current post (no mutasi just before pension); null = no rule
    #: (placement.domain.retirement)
    no_move_within_years_of_retirement: float | None = Field(default=None, ge=0, le=50)
    #: people with fewer years than this in their current post (``tmt_jabatan``, on the
    #: reference date) may only keep it; unknown TMT = not limited (placement.domain.service)
    min_years_in_post: float | None = Field(default=None, ge=0, le=50)
    #: people whose SKP predicate (``performance``) is below this take no post of a
    #: higher kelas jabatan than their own (a promosi asks for at least Baik); no
    #: rating = not limited; null = no rule (placement.domain.performance)
    min_performance_to_rise: Literal["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang"] | None = (
        None
    )
    #: people whose SKP predicate is below this enter no functional (JF) family from
    #: outside it (a perpindahan into a JF asks for at least Baik in the last year);
    #: their own family's posts stay open; no rating = not limited; null = no rule
    min_performance_to_enter_jf: (
        Literal["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang"] | None
    ) = None
    #: people whose SKP predicate is below this take no structural post (JPT,
    #: Administrator, Pengawas) other than their own: an appointment to one, across
    #: from another too, asks for a rating of at least Baik in the last two years
    #: (PP 11/2017); no rating = not limited; null = no rule (placement.domain.performance)
    min_performance_for_structural: (
        Literal["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang"] | None
    ) = None
    #: the oldest age at which a serving PNS enters a JF post of another family (a
    #: perpindahan, from a JA, JPT or another JF): per JF level, in completed years on
    #: the reference date; ``true`` = PermenPANRB 1/2023 (53, Ahli Madya 55, Ahli
    #: Utama 60), a mapping is merged over those (``null`` removes a level); unknown
    #: birth date = not limited; null = no rule (placement.domain.jf_entry)
    max_age_to_enter_jf: dict[str, Annotated[int, Field(ge=18, le=70)]] | None = None
    #: a new hire (no post today) with at least this education (SD … S3) takes no post
    #: asking less: a CPNS is appointed to a post of the education they were recruited
    #: at (``SMA``: no S1, D3 or SMA hire as a Pramu Bakti or Pengemudi); a post without
    #: a minimum is not limited; null = no rule (placement.domain.hiring)
    hire_min_education: str | None = None
    #: the JF levels a new hire (no post today) may take a JF post at: a CPNS is first
    #: appointed at one of them; ``true`` = :data:`HIRE_JF_LEVELS` (Ahli Pertama, Ahli
    #: Muda, Pemula, Terampil), a list names them (any case); a JF post of unknown
    #: level is not limited; null = no rule (placement.domain.hiring)
    hire_jf_levels: list[str] | None = None
    #: who fills Administrator, Pengawas and JPT posts: ``plan`` (the objective, like
    #: any post) or ``selection``: the plan moves nobody into an Administrator or
    #: Pengawas post but across from another structural post (no rung up, no entry from
    #: a JF or Pelaksana post, no new hire) nor anyone into a JPT post but their own;
    #: those seats stay open for the Tim Penilai Kinerja and the Pansel
    #: (``placement shortlist``; review 35)
    #: (placement.domain.performance)
    structural_appointments: Literal["plan", "selection"] = "plan"
    #: career rules of functional posts (placement.domain.career): ``strict`` = hard
    #: eligibility rules, ``lenient`` = an objective penalty ``career`` per rule broken,
    #: ``off`` = none
    career: Literal["strict", "lenient", "off"] = "strict"
    #: licensed JF families → the certificate entering (or holding another post of) the
    #: family needs, matched in the employees' ``certifications``; entries given are
    #: merged over the defaults, ``null`` removes one
    licensed_families: dict[str, str | None] = Field(
        default_factory=lambda: dict[str, str | None](LICENSED_FAMILIES)
    )
    #: licensed families whose seat a holder who also misses the post's rules keeps only
    #: with the licence (``qualified_holders_first``: they take no seat left; UU 36/2014:
    #: a health worker practises with an STR); null: the licensed families but
    #: LICENCE_NOT_TO_HOLD (teachers and procurement officers without their certificate
    #: keep their seat, to obtain it); [] none
    licence_to_hold: list[str] | None = None
    #: families whose members do not take administrative (JA) posts (shortage professions;
    #: null: the licensed ones but procurement (NOT_SHORTAGE): health workers, teachers)
    shortage_families: list[str] | None = None
    #: JF family → the families it is a career step up from (rule ``jf_step_back``: its
    #: members do not go back into those, unless they ask for the post in their
    #: preferences); merged over the defaults, ``null`` removes one
    career_steps: dict[str, list[str] | None] = Field(
        default_factory=lambda: dict[str, list[str] | None](CAREER_STEPS)
    )
    #: golongan range [lowest, highest] of each JF level; merged over the defaults,
    #: ``null`` removes a level's range
    jf_rank_ranges: dict[str, tuple[str, str] | None] = Field(
        default_factory=lambda: dict[str, tuple[str, str] | None](JF_RANK_RANGES)
    )

    @field_validator("licensed_families")
    @classmethod
    def _licensed(cls, v: dict[str, str | None]) -> dict[str, str]:
        merged = {**LICENSED_FAMILIES, **v}
        return {k: c for k, c in merged.items() if c is not None}

    @field_validator("licence_to_hold")
    @classmethod
    def _to_hold(cls, v: list[str] | None, info: ValidationInfo) -> list[str] | None:
        """Each a licensed family (``licensed_families``, after its merge): a misspelt
        one would hold nobody, unseen."""
        known = info.data.get("licensed_families") or {}
        for name in v or []:
            if name not in known:
                raise ValueError(
                    msg("career.hold_unknown", family=name, hint=nearest(name, list(known)))
                )
        return v

    @field_validator("jpt_pratama_from")
    @classmethod
    def _jpt_from(cls, v: list[str] | None) -> list[str] | None:
        """Each a level of the jabatan ladder (any case and spacing), kept as the ladder
        names it: a misspelt one would open the post to nobody, unseen."""
        if v is None:
            return v
        known = {lv.casefold(): lv.title() for _, lv in JABATAN_RUNGS}
        out = []
        for name in v:
            level = known.get(" ".join(str(name).split()).casefold())
            if level is None:
                hint = nearest(str(name), sorted(known.values()))
                raise ValueError(msg("config.level_unknown", value=name, hint=hint))
            out.append(level)
        return out

    @field_validator("career_steps")
    @classmethod
    def _steps(cls, v: dict[str, list[str] | None]) -> dict[str, list[str]]:
        merged = {**CAREER_STEPS, **v}
        return {k: list(f) for k, f in merged.items() if f is not None}

    @field_validator(
        "min_performance_to_rise",
        "min_performance_to_enter_jf",
        "min_performance_for_structural",
        mode="before",
    )
    @classmethod
    def _rating(cls, v: Any) -> Any:
        """An SKP predicate as the roster's column reads it: case and spaces ignored,
        the older scale's names (Cukup, Buruk) read as today's."""
        return normalise_performance(v) or v if isinstance(v, str) else v

    @field_validator("hire_min_education", "offer_min_education", mode="before")
    @classmethod
    def _education(cls, v: Any) -> Any:
        """An education level as the roster's column reads it (``SLTA`` is ``SMA``, ``D4``
        is ``S1``); an unknown one is an error naming the nearest level."""
        if v is None or not isinstance(v, str):
            return v
        level = normalise_education(v)
        if level is None:
            raise ValueError(msg("config.education_unknown", value=v, hint=nearest(v, EDUCATION)))
        return level

    @field_validator("rise_among_best_jf", mode="before")
    @classmethod
    def _jf_rises(cls, v: Any) -> Any:
        """``true``: ``steps``; ``false``: null."""
        return {True: "steps", False: None}.get(v, v) if isinstance(v, bool) else v

    @field_validator("hire_jf_levels", mode="before")
    @classmethod
    def _hire_levels(cls, v: Any) -> Any:
        """``true``: :data:`HIRE_JF_LEVELS`; a list: its levels named in any case (an
        unknown one is an error naming the levels; an empty one too: it would bar every
        new hire from every JF post, unseen); ``false``/null: no rule."""
        if v is None or v is False:
            return None
        if v is True:
            return list(HIRE_JF_LEVELS)
        if not isinstance(v, list):
            return v  # pydantic says what it expects
        if not v:
            raise ValueError(msg("hire_jf.empty", levels=", ".join(JF_ENTRY_MAX_AGE)))
        return [_jf_level(level, "hire_jf.bad_level") for level in v]

    @field_validator("max_age_to_enter_jf", mode="before")
    @classmethod
    def _entry_ages(cls, v: Any) -> Any:
        """``true``: :data:`JF_ENTRY_MAX_AGE`; a mapping: merged over it, its levels
        named in any case; ``false``/null: no rule."""
        if v is None or v is False:
            return None
        if v is True:
            return dict(JF_ENTRY_MAX_AGE)
        if not isinstance(v, dict):
            return v  # pydantic says what it expects
        out: dict[str, Any] = dict(JF_ENTRY_MAX_AGE)
        for level, age in v.items():
            key = _jf_level(level, "jf_entry.bad_level")
            if age is None:
                out.pop(key, None)
            else:
                out[key] = age
        return out

    @field_validator("jf_rank_ranges")
    @classmethod
    def _ranges(cls, v: dict[str, tuple[str, str] | None]) -> dict[str, tuple[str, str]]:
        out = {}
        for level, bounds in {**JF_RANK_RANGES, **v}.items():
            if bounds is None:
                continue
            lo, hi = bounds
            a, b = normalise_rank(str(lo)), normalise_rank(str(hi))
            if a is None or b is None:
                raise ValueError(
                    msg("career.bad_range_rank", level=level, rank=lo if a is None else hi)
                )
            if RANKS.index(a) > RANKS.index(b):
                raise ValueError(msg("career.range_reversed", level=level, lo=a, hi=b))
            out[level] = (a, b)
        return out


class Objective(_Strict):
    """Weights of named objective terms and optional lexicographic priorities."""

    weights: dict[str, Annotated[float, Field(ge=0, le=MAX_WEIGHT)]] = Field(default_factory=dict)
    priorities: list[list[str]] | None = None
    jpm_surplus: Literal["count", "cap", "min"] = "cap"
    #: JPM scored for pairs without one (person not assessed on the post's standard, or
    #: post without a standard): "overall" = the mean JPM of every assessed eligible
    #: pair, one value for all (a person without a JPM scores the same in every post:
    #: no move between posts gains them a JPM nobody knows), "mean" = the mean JPM of
    #: the post's assessed eligible candidates (an average candidate of that post, who
    #: gains the difference of two posts' means by a move), or a number 0-100
    unassessed_jpm: Annotated[float, Field(ge=0, le=100)] | Literal["overall", "mean"] = "overall"

    @field_validator("unassessed_jpm", mode="before")
    @classmethod
    def _unassessed(cls, v: object) -> object:
        """A word other than the two it may be says all three choices (pydantic named
        the words, not the number)."""
        if isinstance(v, str) and v not in ("overall", "mean"):
            try:
                float(v)
            except ValueError:
                raise ValueError(msg("config.unassessed_jpm")) from None
        return v


class Budgets(_Strict):
    weight_column: str = "monthly_cost"
    limits: dict[str, Annotated[float, Field(ge=0, le=MAX_MONEY)]] = Field(default_factory=dict)
    use_unit_budgets: bool = True


class Constraints(_Strict):
    max_moves: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    max_moves_per_unit: Count | dict[str, Count] | None = None
    budgets: Budgets | None = None
    min_fill: bool = True
    unit_caps: bool = True


class SolverSettings(_Strict):
    name: str = "auto"
    time_limit: float | None = Field(default=60.0, gt=0, le=MAX_SECONDS)
    seed: int = Field(default=0, ge=0, le=MAX_SEED)
    workers: int = Field(default=1, ge=1, le=MAX_WORKERS)


class Stability(_Strict):
    """Which of several equally good placements is returned (placement.model.stability)."""

    #: a scenario file (relative to this one) whose placement is the status quo that
    #: ties are broken toward; null = everybody's current post
    reference: str | None = None
    #: false = no tie-break levels (ties fall as the solver finds them; still
    #: deterministic for the same data)
    tie_break: bool = True


class ScenarioConfig(_Strict):
    """A whole scenario after ``extends`` has been resolved."""

    name: str = "scenario"
    description: str = ""
    #: the description in Bahasa Indonesia (reports in ``id`` show it when given)
    description_id: str = ""
    extends: str | None = None
    #: the planning date: ages, retirement (BUP) and years to retirement are measured
    #: at it, and people past retirement age on it are not placed. null = the day the
    #: scenario is run (the result records the date used: KPI ``reference_date``)
    reference_date: dt.date | None = Field(
        default=None, ge=dt.date(1900, 1, 1), le=dt.date(2100, 12, 31)
    )
    data: DataSources = Field(default_factory=DataSources)
    operations: list[dict[str, Any]] = Field(default_factory=list)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    objective: Objective = Field(default_factory=Objective)
    constraints: Constraints = Field(default_factory=Constraints)
    solver: SolverSettings = Field(default_factory=SolverSettings)
    stability: Stability = Field(default_factory=Stability)

    @field_validator("operations", mode="before")
    @classmethod
    def _ops_list(cls, v: object) -> object:
        if v is None:
            return []
        return v

    def columns_read(self) -> dict[str, tuple[str, ...]]:
        """Per table, the columns beyond its known ones that these settings read: a
        budget's own ``weight_column`` (review 160 L4: it was warned of as a column
        placement does not use)."""
        b = self.constraints.budgets
        return {"employees": (b.weight_column,)} if b is not None else {}


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Valid keys of the sub-model reached by ``loc`` (for did-you-mean)."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if not fields or part not in fields:
            return []
        ann = fields[part].annotation
        current = _model_in(ann)
        if current is None:
            return []
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def _model_in(ann: object) -> type[BaseModel] | None:
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for a in getattr(ann, "__args__", ()) or ():
        m = _model_in(a)
        if m is not None:
            return m
    return None


def nearest(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' or a list of valid choices."""
    choices = list(choices)
    close = difflib.get_close_matches(str(word), choices, n=1, cutoff=0.5)
    if close:
        return msg("config.did_you_mean", word=close[0])
    return msg("config.valid_keys", keys=", ".join(map(str, choices))) if choices else ""


def format_validation_error(
    exc: ValidationError, model: type[BaseModel], source: str, prefix: tuple = ()
) -> list[str]:
    lines: list[str] = []
    for err in _one_per_key([dict(e) for e in exc.errors()]):
        loc = tuple(err["loc"])
        path = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in prefix + loc)
        path = path.replace(".[", "[")
        if err["type"] == "extra_forbidden":
            hint = nearest(loc[-1], _fields_at(model, loc))
            lines.append(msg("config.unknown_key", source=source, path=path, hint=hint))
        else:
            got = err.get("input")
            shown = msg("config.got", value=got) if not isinstance(got, dict | list) else ""
            error = err["msg"]
            raised = (err.get("ctx") or {}).get("error")
            if err["type"] == "value_error" and raised is not None and raised.args:
                error = raised.args[0]  # our own message, without pydantic's "Value error, "
            lines.append(
                msg("config.bad_value", source=source, path=path, error=error, shown=shown)
            )
    return lines


_UNION_TAG = re.compile(r"^(constrained-)?(int|float|str|bool|none)$|^[a-z-]+\[.*\]$")


def _one_per_key(errors: list[dict]) -> list[dict]:
    """Pydantic reports a value that fits no member of a union once per member, under
    made-up keys ('constrained-int', 'dict[str,int]'): keep one error per real key,
    the one about the value (its range, the words it may be) rather than about its
    type, or about text that is no number ("average" for a number or 'overall' or
    'mean' said only "unable to parse string as a number")."""

    def rank(err: dict) -> int:
        kind = err["type"]
        return 0 if kind.endswith("_type") else 1 if kind.endswith("_parsing") else 2

    best: dict[tuple, dict] = {}
    for err in errors:
        loc = tuple(p for p in err["loc"] if isinstance(p, int) or not _UNION_TAG.match(p))
        err = {**err, "loc": loc}
        prev = best.get(loc)
        if prev is None or rank(prev) < rank(err):
            best[loc] = err
    deeper = {loc[:i] for loc in best for i in range(len(loc))}
    return [
        e
        for loc, e in best.items()  # a type mismatch of a union member that was
        if not (e["type"].endswith("_type") and loc in deeper)
    ]  # not meant


def validate_config(raw: dict, source: str) -> ScenarioConfig:
    """``raw`` as a :class:`ScenarioConfig`; a :class:`ScenarioError` with one line per
    problem (unknown keys name the nearest valid one) otherwise."""
    try:
        return ScenarioConfig.model_validate(raw)
    except ValidationError as exc:
        raise ScenarioError(format_validation_error(exc, ScenarioConfig, source)) from None


def resolve_path(base: Path, value: str | None) -> str | None:
    if value is None:
        return None
    p = Path(value)
    return os.path.normpath(p if p.is_absolute() else (base / p))
