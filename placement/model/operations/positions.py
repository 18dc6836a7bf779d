"""Operations on positions: convert (penyetaraan), headcounts, minimum fill, close, open,
merge."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd
from pydantic import Field

from placement.errors import OperationError
from placement.i18n import first_of, msg
from placement.limits import MAX_COUNT, MAX_FACTOR, MAX_WEIGHT
from placement.model import levels
from placement.model.cells import list_items
from placement.model.config import nearest
from placement.model.operations.base import (
    Operation,
    Plan,
    Select,
    check_known,
    check_positions,
    largest_remainder,
    none_to_nan,
    operation,
    round_policy,
)
from placement.model.organization import COMP_PREFIX, LIST_SEP

# -- positions ------------------------------------------------------------------------

#: Penyetaraan jabatan default mapping (administrative level → functional level).
PENYETARAAN = {"Administrator": "Ahli Madya", "Pengawas": "Ahli Muda", "Eselon V": "Ahli Pertama"}
#: Lowest rank and usual kelas jabatan of functional (expert) levels (defaults).
JF_MIN_RANK = {
    "Ahli Pertama": "III/a",
    "Ahli Muda": "III/c",
    "Ahli Madya": "IV/a",
    "Ahli Utama": "IV/d",
}
JF_GRADE = {"Ahli Pertama": 8, "Ahli Muda": 9, "Ahli Madya": 11, "Ahli Utama": 13}


@operation
class ConvertPositions(Operation):
    """Penyetaraan: convert administrative posts into functional ones.

    Selected positions of a level in ``mapping`` get kind JF and the mapped level;
    the grade (kelas jabatan) becomes the functional level's usual grade but never
    drops; minimum education is raised to ``min_education`` (S1/D4 by default) and
    minimum rank to the level's lowest rank (``min_rank``). ``jf`` names the
    functional family each converted post joins (the positions' ``jf`` column, which
    the career rules read): ``{keyword: family}``, the first keyword found in the
    post's title (case-insensitive; ``"*"`` matches every title), e.g. ``{Keuangan:
    Analis Keuangan, "*": Analis Kebijakan}``; a post no keyword matches, and every
    post without ``jf``, is a family of its own title, which only its incumbents and
    those certified for that title can hold. ``title`` may use ``{title}``,
    ``{level}`` and ``{jf}``. Incumbents stay eligible for their converted post
    (inpassing) unless the scenario turns ``incumbents_eligible`` off.
    """

    op: ClassVar[str] = "convert_positions"
    select: Select = Field(default_factory=lambda: Select(kinds=["JA"]))
    mapping: dict[str, str] = Field(default_factory=lambda: dict(PENYETARAAN))
    min_education: str = "S1"
    min_rank: dict[str, str] = Field(default_factory=lambda: dict(JF_MIN_RANK))
    grades: dict[str, int] = Field(default_factory=lambda: dict(JF_GRADE))
    title: str | None = None
    jf: dict[str, str] | None = None
    #: a post ``jf`` joins to a family also accepts the fields of education that the
    #: family's other posts in the data accept (review 139 M1: P0062, converted to
    #: Analis Keuangan Ahli Muda, kept its Kasubbag's one field, Akuntansi, while
    #: P0066, the same JF and jenjang in the same office, accepts Akuntansi, Ekonomi
    #: and Manajemen; four holders were put on condition for a field the regency's
    #: own Analis Kebijakan posts accept). A post listing none accepts every field
    #: and stays so; one whose family has a post listing none opens every field.
    jf_fields: bool = True
    #: a post ``jf`` joins to a family asks, of each competency, the higher of its own
    #: level and that of the family's post at its new level in the data, where there is
    #: one (the lowest id of them; those converted here aside): it keeps what its
    #: sector asks and takes what the JF asks (review 156 M2: P0376, now Analis
    #: Kebijakan Ahli Madya, kept only its Kepala Bidang's nine managerial and
    #: socio-cultural levels, while P0021, an Analis Kebijakan Ahli Madya post of the
    #: same regency, asks Hukum dan Perundangan 4 too; review 157 M4)
    jf_standard: bool = True
    #: a holder's field of education that the converted post does not accept (its
    #: fields after ``jf_fields``) is a condition of their penyetaraan, the PPK deciding
    #: before the SK (the decisions list's ``converted_on_condition``), only where this
    #: is on; by default it is noted on the SK (pengembangan kompetensi in the JF's
    #: field where needed), as the rule of penyetaraan asks S1/D4 and names no field
    #: (review 156 M1: sixteen SKs were held back for a field alone; a regency whose
    #: rule asks the field turns it on)
    field_condition: bool = False

    def apply(self, plan: Plan, where: str) -> None:
        pos = plan.org.positions
        for key, name in (self.jf or {}).items():
            if not str(key).strip() or not str(name).strip():
                raise OperationError(msg("op.bad_jf_family", where=where, key=key))
        edu = levels.normalise_education(self.min_education)
        if edu is None:
            raise OperationError(
                msg(
                    "op.bad_min_education",
                    where=where,
                    value=self.min_education,
                    levels=", ".join(levels.EDUCATION),
                )
            )
        m = self.select.mask(plan, where)
        lower = {k.lower(): v for k, v in self.mapping.items()}
        new_level = pos["level"].str.lower().map(lower)
        m &= new_level.notna().to_numpy()
        sel = np.flatnonzero(m)
        family = self._families(pos["title"].to_numpy(dtype=object)[sel])
        if self.jf:
            if "jf" not in pos:
                pos["jf"] = ""
            jf = pos["jf"].to_numpy(dtype=object).copy()
            jf[sel] = np.where(family != "", family, jf[sel])
            pos["jf"] = jf
        widened = 0
        if self.jf_fields and "fields" in pos and (family != "").any():
            fields = pos["fields"].fillna("").astype(str).to_numpy(dtype=object)
            now = _with_family_fields(pos, sel, family)
            widened = int((now != fields[sel]).sum())
            fields[sel] = now
            pos["fields"] = fields
        if self.title:
            try:
                pos.loc[m, "title"] = [
                    self.title.format(title=t, level=lv, jf=f or t)
                    for t, lv, f in zip(
                        pos["title"].to_numpy()[sel], new_level.to_numpy()[sel], family, strict=True
                    )
                ]
            except (KeyError, IndexError, ValueError) as exc:
                raise OperationError(
                    msg("op.bad_title", where=where, title=self.title, problem=exc)
                ) from None
        standard = 0
        if self.jf_standard and (family != "").any():
            standard = _with_family_standard(pos, sel, family, new_level.to_numpy()[sel])
        pos.loc[m, "kind"] = "JF"
        pos.loc[m, "level"] = new_level[m]
        e = levels.EDUCATION.index(edu)
        pos.loc[m, "min_edu_level"] = np.maximum(pos.loc[m, "min_edu_level"], e)
        pos.loc[m, "min_education"] = [levels.EDUCATION[i] for i in pos.loc[m, "min_edu_level"]]
        ranks = {}
        for lv, r in self.min_rank.items():
            code = levels.normalise_rank(r)
            if code is None:
                raise OperationError(msg("op.bad_min_rank", where=where, rank=r, level=lv))
            ranks[lv.lower()] = levels.RANKS.index(code)
        need = new_level[m].str.lower().map(ranks).fillna(-1).to_numpy(dtype=np.int16)
        pos.loc[m, "min_rank_level"] = np.maximum(pos.loc[m, "min_rank_level"].to_numpy(), need)
        pos.loc[m, "min_rank"] = [
            levels.RANKS[i] if i >= 0 else "" for i in pos.loc[m, "min_rank_level"]
        ]
        grade = new_level[m].str.lower().map({k.lower(): v for k, v in self.grades.items()})
        old_grade = pos.loc[m, "grade"].to_numpy(dtype=float)
        pos.loc[m, "grade"] = np.fmax(old_grade, grade.to_numpy(dtype=float))
        plan.log.append(msg("log.convert", n=len(sel)))
        if widened:
            plan.log.append(msg("log.convert_fields", n=widened))
        if standard:
            plan.log.append(msg("log.convert_standard", n=standard))

    def _families(self, titles: np.ndarray) -> np.ndarray:
        """The family ``jf`` gives each of ``titles`` ('' where no keyword matches)."""
        out = np.full(len(titles), "", dtype=object)
        low = pd.Series(titles, dtype=object).fillna("").astype(str).str.casefold()
        for key, family in (self.jf or {}).items():
            hit = (
                np.ones(len(titles), bool)
                if key == "*"
                else low.str.contains(str(key).casefold(), regex=False).to_numpy(bool)
            )
            out[hit & (out == "")] = str(family).strip()
        return out


def _with_family_standard(
    pos: pd.DataFrame, sel: np.ndarray, family: np.ndarray, level: np.ndarray
) -> int:
    """Raise the competency standard (``comp:`` columns) of each post of ``sel`` (rows
    of ``pos``) joined to ``family`` to that of the family's functional post at its new
    ``level`` in ``pos`` (as :func:`_family_of` reads the family; not one of ``sel``;
    one stating at least one level; the lowest id of them, so that the order of the
    rows changes nothing): of each competency, the higher of the two levels, a level
    neither asks staying unasked. The post keeps what its own sector asks (a Kepala
    Bidang Kesehatan Masyarakat's Pelayanan Kesehatan 3) and takes what the JF asks
    (an Analis Kebijakan's Hukum dan Perundangan 4: review 157 M4, the whole standard
    of one Setda post had replaced the health and education posts' own). How many
    posts' standard changed; a family with no such post leaves the post's own."""
    comps = [c for c in pos.columns if c.startswith(COMP_PREFIX)]
    if not comps or not len(sel):
        return 0
    values = np.column_stack(
        [pd.to_numeric(pos[c], errors="coerce").to_numpy(float) for c in comps]
    )
    of = _family_of(pos)
    lv = pos["level"].fillna("").astype(str).str.casefold().to_numpy(dtype=object)
    source = (pos["kind"].astype(str) == "JF").to_numpy(bool) & ~np.isnan(values).all(axis=1)
    source[sel] = False
    # one lookup of (family, level) -> the lowest id's row, not a pass per post
    # (review 157 M3: 36 s at 40,000 posts, 8,000 converted)
    rows = np.flatnonzero(source)
    rows = rows[np.argsort(pos["id"].astype(str).to_numpy()[rows], kind="stable")]
    first: dict[tuple[str, str], int] = {}
    for k, f, x in zip(rows.tolist(), of[rows].tolist(), lv[rows].tolist(), strict=True):
        first.setdefault((str(f), str(x)), k)
    key = [
        (" ".join(str(f).casefold().split()), str(x).casefold())
        if f and isinstance(x, str)
        else None
        for f, x in zip(family.tolist(), level.tolist(), strict=True)
    ]
    src = np.array([first.get(k, -1) if k else -1 for k in key], dtype=np.int64)
    at, src = sel[src >= 0], src[src >= 0]
    if not len(at):
        return 0
    raised = np.fmax(values[at], values[src])
    same = (raised == values[at]) | (np.isnan(raised) & np.isnan(values[at]))
    values[at] = raised
    for j, c in enumerate(comps):
        pos[c] = values[:, j]
    return int((~same.all(axis=1)).sum())


def _family_of(pos: pd.DataFrame) -> np.ndarray:
    """Per post, the functional family it belongs to as the data reads it, casefolded:
    its ``jf`` column, else its title less a JF level ("Auditor Ahli Muda" is of
    Auditor, "Auditor Kepegawaian Ahli Muda" of Auditor Kepegawaian: review 142 M3)."""
    title = pos["title"].fillna("").astype(str).str.casefold().str.split().str.join(" ")
    level = "|".join(re.escape(lv) for lv in sorted(levels.JF_TRACK_RUNGS, key=len)[::-1])
    bare = title.str.replace(rf" (?:{level})$", "", regex=True)
    jf = pos["jf"].fillna("").astype(str).str.strip() if "jf" in pos else None
    if jf is None:
        return bare.to_numpy(dtype=object)
    return np.where(jf != "", jf.str.casefold(), bare).astype(object)


def _with_family_fields(pos: pd.DataFrame, sel: np.ndarray, family: np.ndarray) -> np.ndarray:
    """The accepted fields of the posts ``sel`` (rows of ``pos``), each joined to
    ``family`` ('' for none): its own, then those the family's other functional posts
    accept (those whose ``jf`` column names it, or whose title is its name and a JF
    level: "Auditor Ahli Muda", not "Auditor Kepegawaian Ahli Muda", review 142 M3; not
    those of ``sel``), in alphabetical order, each spelled as the post with the lowest
    id spells it, so that the order of the rows changes nothing. A post listing no field
    accepts every one and keeps its empty list; so does one whose family has a post
    listing none (review 142 L3)."""
    fields = pos["fields"].fillna("").astype(str).to_numpy(dtype=object)
    out = fields[sel].copy()
    of = _family_of(pos)
    others = (pos["kind"].astype(str) == "JF").to_numpy(bool).copy()
    others[sel] = False
    ids = pos["id"].astype(str).to_numpy()
    for name in sorted({str(f) for f in family.tolist() if f}):
        src = np.flatnonzero(others & (of == " ".join(name.casefold().split())))
        spelled: dict[str, str] = {}
        every = False  # a family post listing none accepts every field
        for k in src[np.argsort(ids[src], kind="stable")].tolist():
            listed = [f.strip() for f in str(fields[k]).split(LIST_SEP) if f.strip()]
            every |= not listed
            for f in listed:
                spelled.setdefault(f.casefold(), f)
        for k in np.flatnonzero(family == name).tolist():
            more = [spelled[f] for f in sorted(spelled)]
            out[k] = "" if every and len(src) else _with_fields(str(out[k]), more)
    return out


@operation
class SetHeadcount(Operation):
    op: ClassVar[str] = "set_headcount"
    select: Select
    headcount: int = Field(ge=0, le=MAX_COUNT)

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, "headcount"] = self.headcount
        pos.loc[m, "min_fill"] = np.minimum(pos.loc[m, "min_fill"], self.headcount)
        plan.note_closed(pos.loc[m, "id"], [self.headcount] * int(m.sum()))
        plan.log.append(msg("log.set_headcount", n=int(m.sum()), headcount=self.headcount))


@operation
class SetPositions(Operation):
    """Change what selected posts ask for: ``fields`` (the accepted fields, a new
    list; [] accepts any), ``add_fields`` (added to each post's own list),
    ``min_education``, ``min_rank`` ("" for none) and ``priority``. After a merger the
    surviving post may need the fields of the one closed beside it (review 110: the
    merged office's Sekretaris post kept the agriculture office's fields, and the
    environment office's Sekretaris, S.T. in Teknik Lingkungan, was no candidate)."""

    op: ClassVar[str] = "set_positions"
    select: Select
    fields: list[str] | None = None
    add_fields: list[str] | None = None
    min_education: str | None = None
    min_rank: str | None = None
    priority: float | None = Field(default=None, ge=0, le=MAX_WEIGHT)

    def apply(self, plan: Plan, where: str) -> None:
        # null (as absent) changes nothing: "" clears a minimum, [] accepts any field
        keys = sorted(k for k in self.model_fields_set - {"select"} if getattr(self, k) is not None)
        if not keys:
            raise OperationError(msg("op.set_positions_empty", where=where))
        for f in [*(self.fields or []), *(self.add_fields or [])]:
            if "," in f:  # one field each: the data's lists take no commas either
                raise OperationError(msg("op.field_comma", where=where, field=f))
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        edu, rank = _minimums(self.min_education, self.min_rank, where)
        if self.fields is not None:
            pos.loc[m, "fields"] = "; ".join(f.strip() for f in self.fields if f.strip())
        if self.add_fields:
            pos.loc[m, "fields"] = [_with_fields(str(f), self.add_fields) for f in pos["fields"][m]]
        if self.min_education is not None:
            pos.loc[m, "min_education"] = edu
            pos.loc[m, "min_edu_level"] = levels.EDUCATION.index(edu) if edu else -1
        if self.min_rank is not None:
            pos.loc[m, "min_rank"] = rank
            pos.loc[m, "min_rank_level"] = levels.RANKS.index(rank) if rank else -1
        if self.priority is not None:
            pos.loc[m, "priority"] = self.priority
        plan.log.append(msg("log.set_positions", keys=", ".join(keys), n=int(m.sum())))


def _minimums(education: str | None, rank: str | None, where: str) -> tuple[str, str]:
    """A post's minimum education and golongan as the data spells them ("" for none),
    or the error naming the operation's place."""
    edu = levels.normalise_education(education) if education else ""
    rk = levels.normalise_rank(rank) if rank else ""
    if edu is None or rk is None:
        raise OperationError(msg("op.bad_edu_rank", where=where, education=education, rank=rank))
    return edu, rk


def _with_fields(have: str, more: list[str]) -> str:
    """A post's accepted fields (``;``-separated) with ``more`` added, each once (any
    case); a post that lists none accepts any field, and still does."""
    own = [f.strip() for f in have.split(";") if f.strip()] if have not in ("", "nan") else []
    if not own:
        return ""
    seen = {f.casefold() for f in own}
    for f in (f.strip() for f in more):
        if f and f.casefold() not in seen:
            seen.add(f.casefold())
            own.append(f)
    return "; ".join(own)


@operation
class ScaleHeadcount(Operation):
    op: ClassVar[str] = "scale_headcount"
    select: Select
    factor: float = Field(ge=0, le=MAX_FACTOR)
    #: "proportional" (default) rounds the selection's total to the nearest seat and
    #: shares it out by largest remainder, so the total follows the factor exactly;
    #: floor / ceil / half_up round each post on its own.
    rounding: Literal["proportional", "floor", "ceil", "half_up"] = "proportional"

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        old = pos.loc[m, "headcount"].to_numpy(dtype=float)
        if (old * self.factor > MAX_COUNT).any():
            i = int(np.argmax(old))
            raise OperationError(
                msg(
                    "limits.op_headcount",
                    where=where,
                    position=pos.loc[m, "id"].to_numpy()[i],
                    value=float(old[i] * self.factor),
                    maximum=MAX_COUNT,
                )
            )
        if self.rounding == "proportional":
            ids = pos.loc[m, "id"].to_numpy()
            new = largest_remainder(old * self.factor, ids)
            _warn_split_tie(plan, where, old * self.factor, new, ids)
        else:
            new = round_policy(old * self.factor, self.rounding)
        pos.loc[m, "headcount"] = new
        pos.loc[m, "min_fill"] = np.minimum(pos.loc[m, "min_fill"], new)
        plan.note_closed(pos.loc[m, "id"], new)
        plan.log.append(
            msg(
                "log.scale_headcount",
                n=int(m.sum()),
                factor=self.factor,
                old=int(old.sum()),
                new=int(new.sum()),
            )
        )


def _warn_split_tie(plan: Plan, where: str, x: np.ndarray, new: np.ndarray, ids) -> None:
    """Warn where largest remainder gave a seat to some posts of a fraction and not to
    others of the same (by position id): posts of one size then end with different
    formasi (review 144 M1: quota's 8-seat kecamatan posts kept 7 or fell to 6, its
    30-seat clerk posts rose to 35 in Dinas Kesehatan and 34 in Dinas Pendidikan)."""
    base = np.floor(x + 1e-9)
    frac = np.round(x - base, 9)
    up = new > base
    for f in np.unique(frac[frac > 0]):
        tie = frac == f
        if up[tie].any() and not up[tie].all():
            got, not_got = ids[tie & up], ids[tie & ~up]
            text = msg(
                "warn.scale_split_tie",
                fraction=float(f),
                k=len(got),
                n=int(tie.sum()),
                got=first_of([str(x) for x in got], 10),
                others=first_of([str(x) for x in not_got], 10),
            )
            plan.org.warnings.append(msg("line", where=where, text=text))


@operation
class SetMinFill(Operation):
    op: ClassVar[str] = "set_min_fill"
    select: Select
    min_fill: int = Field(ge=0, le=MAX_COUNT)

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, "min_fill"] = np.minimum(self.min_fill, pos.loc[m, "headcount"])
        # those that hold as many today: the minimum keeps the plan from emptying them
        # and fills none (review 136 L1, 125 L1: quota's "every health Ahli Pertama post
        # keeps at least one person" changed nothing, and nothing said so)
        held = plan.org.employees["current_position"].value_counts()  # validated: a column
        have = pos.loc[m, "id"].map(held).fillna(0).to_numpy(dtype=float)
        met = int((have >= pos.loc[m, "min_fill"].to_numpy(dtype=float)).sum())
        n = int(m.sum())
        key = "log.set_min_fill_met" if n and met else "log.set_min_fill"
        plan.log.append(msg(key, min_fill=self.min_fill, n=n, met=met))


@operation
class ClosePositions(Operation):
    """Headcount 0: incumbents must be placed elsewhere."""

    op: ClassVar[str] = "close_positions"
    select: Select

    def apply(self, plan: Plan, where: str) -> None:
        m = self.select.mask(plan, where)
        pos = plan.org.positions
        pos.loc[m, ["headcount", "min_fill"]] = 0
        closed = set(pos.loc[m, "id"])
        plan.closed |= closed
        n = int(plan.org.employees["current_position"].isin(closed).sum())
        released = [e for e, q in plan.pins.items() if q in closed]
        for e in released:  # earlier pins (e.g. keep_incumbents) to a post now closed
            del plan.pins[e]
            del plan.pin_sources[e]
        plan.log.append(
            msg(
                "log.close",
                n=int(m.sum()),
                incumbents=n,
                released=msg("log.pins_released", n=len(released)) if released else "",
            )
        )


#: What posts joined by ``merge_positions`` must share: the post their holders hold
#: stays the one they hold (the same unit, title, kind, level and kelas).
_ALIKE = ("unit", "title", "kind", "level", "grade")
#: What the post joined asks, which applies to the merged post (a difference is warned of).
_ASKS = ("min_education", "fields", "min_rank", "priority", "key")


@operation
class MergePositions(Operation):
    """Make alike posts one (review 149 M2: the merged office kept Pengadministrasi
    Umum P0270 and P0341 side by side, each with its own formasi, and their SK rows read
    alike): each of ``positions`` joins ``into``, whose formasi and minimum fill become
    their sums. Their holders hold ``into`` (a renumbering in the peta jabatan, which
    moves nobody), and the pins, bans and preferences naming them name it. The posts
    must share unit, title, kind, level and kelas (merge their units first); what
    ``into`` asks (education, fields, golongan, competencies, priority) applies to all,
    and where another asked otherwise the planner is warned. A later operation naming
    a joined post is told which it joined."""

    op: ClassVar[str] = "merge_positions"
    positions: list[str] = Field(min_length=1)
    into: str

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        ids = [self.into, *(q for q in dict.fromkeys(self.positions) if q != self.into)]
        check_positions(plan, ids, where)
        if len(ids) < 2:
            raise OperationError(msg("op.merge_positions_one", where=where, into=self.into))
        pos = org.positions
        at = pd.Index(pos["id"]).get_indexer(ids)
        rows = pos.iloc[at]
        for col in _ALIKE:
            shown = [_shown(v) for v in rows[col].tolist()]  # a handful of posts
            k = next((k for k, v in enumerate(shown) if v != shown[0]), None)
            if k is not None:
                raise OperationError(
                    msg(
                        "op.merge_positions_unlike",
                        where=where,
                        id=ids[k],
                        into=self.into,
                        column=col,
                        value=shown[k],
                        into_value=shown[0],
                    )
                )
        gone = ids[1:]
        shut = [q for q in ids if q in plan.closed]  # review 153 M1: a closure undone
        if shut:
            raise OperationError(msg("op.merge_positions_closed", where=where, id=shut[0]))
        contested = sorted(set(ids) & set(plan.kept_contests))
        if contested:
            raise OperationError(
                msg(
                    "op.merge_positions_kept",
                    where=where,
                    id=contested[0],
                    by=plan.kept_contests[contested[0]][0],
                )
            )
        differ = _asks_otherwise(rows)
        if differ:
            text = msg("warn.merge_positions_asks", into=self.into, differ="; ".join(differ))
            org.warnings.append(msg("line", where=where, text=text))
        seats = int(rows["headcount"].sum())
        pos.loc[pos.index[at[0]], ["headcount", "min_fill"]] = [seats, int(rows["min_fill"].sum())]
        org.positions = pos.drop(index=pos.index[at[1:]]).reset_index(drop=True)
        org.positions.attrs.update(pos.attrs)
        emp = org.employees
        held = emp["current_position"].isin(gone).to_numpy()
        emp.loc[held, "current_position"] = self.into
        to_into = dict.fromkeys(gone, self.into)
        for e, q in list(plan.pins.items()):
            plan.pins[e] = to_into.get(q, q)
        banned = {(e, to_into.get(q, q)) for e, q in plan.bans}
        clash = sorted(e for e, q in banned if plan.pins.get(e) == q and q == self.into)
        if clash:
            raise OperationError(
                msg("op.merge_positions_ban", where=where, employee=clash[0], into=self.into)
            )
        plan.bans = banned
        _merge_preferences(emp, to_into)
        for q, (q2, _) in list(plan.merged.items()):  # an earlier join into one joined now
            if q2 in to_into:  # this operation put it where it is (review 153 L4)
                plan.merged[q] = (self.into, where)
        plan.merged.update({q: (self.into, where) for q in gone})
        plan.log.append(
            msg(
                "log.merge_positions",
                n=len(gone),
                into=self.into,
                title=str(rows["title"].iloc[0]),
                headcount=seats,
                staff=int(held.sum()),
            )
        )


def _shown(v: Any) -> str:
    """A cell as a message shows it: a kelas without its '.0', a blank as '(none)'."""
    if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
        return "(none)"
    if isinstance(v, float | np.floating):
        return f"{v:g}"
    return str(v) if str(v) else "(none)"


def _asks_otherwise(rows: pd.DataFrame) -> list[str]:
    """Per post after the first of ``rows`` (posts to merge, the one they join first),
    what it asks otherwise than the first: "P0341: min_education 'S1' (P0270: 'SMA')"."""
    comps = [c for c in rows.columns if c.startswith(COMP_PREFIX)]
    first = rows.iloc[0]

    def value(row, col):
        v = row[col]
        if col == "fields":
            return "; ".join(sorted(f.strip() for f in str(v).split(LIST_SEP) if f.strip()))
        if isinstance(v, float) and np.isnan(v):
            return ""
        return str(v)

    out = []
    for _, row in rows.iloc[1:].iterrows():  # a handful of posts, not people
        parts = [
            f"{c.removeprefix(COMP_PREFIX)} {_shown(value(row, c))!r} "
            f"({first['id']}: {_shown(value(first, c))!r})"
            for c in (*_ASKS, *comps)
            if c in rows and value(row, c) != value(first, c)
        ]
        if parts:
            out.append(f"{row['id']}: " + ", ".join(parts))
    return out


def _merge_preferences(emp: pd.DataFrame, to_into: dict[str, str]) -> None:
    """Each preference naming a post of ``to_into``'s keys names its value instead; a
    post named twice so keeps its first place."""
    prefs = emp["preferences"]
    items = list_items(prefs[prefs != ""], LIST_SEP)
    hit = items.isin(list(to_into))
    if not hit.any():
        return
    rows = items.index[hit.to_numpy()].unique()
    it = items[items.index.isin(rows)]
    it = it.where(~it.isin(list(to_into)), it.map(to_into))
    it = it[it != ""]
    it = it[~pd.DataFrame({"row": it.index, "id": it.to_numpy()}).duplicated().to_numpy()]
    emp.loc[rows, "preferences"] = it.groupby(level=0, sort=False).agg("; ".join).reindex(rows)


@operation
class OpenPosition(Operation):
    """Create a position. ``competencies`` maps competency names to required levels."""

    op: ClassVar[str] = "open_position"
    id: str
    title: str
    unit: str
    kind: Literal["JPT", "JA", "JF"] = "JF"
    level: str = ""
    grade: int | None = Field(default=None, ge=1, le=17)
    headcount: int = Field(default=1, ge=0, le=MAX_COUNT)
    min_fill: int = Field(default=0, ge=0, le=MAX_COUNT)
    min_education: str = ""
    fields: list[str] = Field(default_factory=list)
    min_rank: str = ""
    priority: float = Field(default=1.0, ge=0, le=MAX_WEIGHT)
    key: bool = False
    competencies: dict[str, int] = Field(default_factory=dict)

    def apply(self, plan: Plan, where: str) -> None:
        org = plan.org
        if self.id in set(org.positions["id"]):
            raise OperationError(msg("op.position_exists", where=where, id=self.id))
        check_known(org.units["id"], [self.unit], "unit", where)
        edu, rank = _minimums(self.min_education, self.min_rank, where)
        unknown = [c for c in self.competencies if c not in org.competencies]
        if unknown:
            raise OperationError(
                msg(
                    "op.unknown_competency",
                    where=where,
                    name=unknown[0],
                    hint=nearest(unknown[0], org.competencies),
                )
            )
        bad = {c: v for c, v in self.competencies.items() if not 1 <= v <= 5}
        if bad:
            raise OperationError(msg("op.bad_levels", where=where, bad=bad))
        row: dict[str, Any] = {
            c: (np.nan if c.startswith(COMP_PREFIX) else "") for c in org.positions.columns
        }
        row.update(
            id=self.id,
            title=self.title,
            unit=self.unit,
            kind=self.kind,
            level=self.level,
            grade=none_to_nan(self.grade),
            headcount=self.headcount,
            min_fill=min(self.min_fill, self.headcount),
            min_education=edu,
            min_edu_level=levels.EDUCATION.index(edu) if edu else -1,
            fields="; ".join(self.fields),
            min_rank=rank,
            min_rank_level=levels.RANKS.index(rank) if rank else -1,
            priority=self.priority,
            key=self.key,
            _row=0,
        )
        for c, v in self.competencies.items():
            row[COMP_PREFIX + c] = float(v)
        new = pd.concat([org.positions, pd.DataFrame([row])], ignore_index=True)
        new.attrs.update(org.positions.attrs)
        for col in ("headcount", "min_fill"):
            new[col] = new[col].astype(np.int64)
        new["key"] = new["key"].astype(bool)
        org.positions = new
        plan.log.append(
            msg("log.open", id=self.id, title=self.title, unit=self.unit, headcount=self.headcount)
        )
