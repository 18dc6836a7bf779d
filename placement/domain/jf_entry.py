"""The age limit of entering a functional post (JF) by perpindahan.

A serving PNS who enters a JF from another post (a JA or JPT post, or a JF of another
family: a *perpindahan dari jabatan lain*) may be at most 53 years old for Ahli
Pertama, Ahli Muda and the skilled track, 55 for Ahli Madya and 60 for Ahli Utama
(PermenPANRB 1/2023, as BKN's SIASN guide to the perpindahan states it). The
eligibility option ``max_age_to_enter_jf`` (``true`` for those ages, or a mapping of
level → age merged over them; null = no rule, the engine's default) makes it a hard
rule: :func:`entry_age_ok`, an extension edge rule, takes from people older than the
post's level allows every JF post they would enter (:func:`~placement.domain.
performance.jf_entries`; one's own family's posts stay open). Age is counted in
completed years on the scenario's ``reference_date``, from the ``birth_date`` column
or else the NIP; a person whose birth date is unknown is not limited, nor a new hire
(a first appointment has rules of its own), nor a post whose level is not one of the
option's. Review 43: a Kepala Seksi aged 56 had been moved into Guru Kelas Ahli
Madya, and three others aged 55 into JF Ahli Muda posts.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from placement.domain.nip import reference_date
from placement.domain.performance import jf_entries
from placement.domain.retirement import (
    birth_dates,
    decision_frame,
    waiting_decision,
    waiting_entrants,
)
from placement.i18n import join, msg
from placement.model.extension import Extension
from placement.model.levels import RANKS, jabatan_kind_level


def completed_years(ctx) -> np.ndarray:
    """float per employee: their age in completed years on the scenario's reference
    date (NaN where the birth date is unknown)."""

    def compute() -> np.ndarray:
        birth = birth_dates(ctx.org.employees)[0]
        ref = reference_date(ctx.extras)
        years = ref.year - birth.dt.year
        before = (birth.dt.month > ref.month) | (
            (birth.dt.month == ref.month) & (birth.dt.day > ref.day)
        )
        return (years - before.astype(float)).to_numpy(dtype=float, na_value=np.nan)

    return ctx.derived("completed_years", compute)


def _limits(ctx, policy) -> np.ndarray:
    """float per position: the oldest age entering it allows (inf: no limit); made once
    per context and mapping (the reasons ask it person by person)."""
    ages = {k.lower(): v for k, v in (policy.max_age_to_enter_jf or {}).items()}
    cache = ctx.derived("jf_entry_limits", dict)
    key = tuple(sorted(ages.items()))
    if key not in cache:
        level = jabatan_kind_level(ctx.org.positions)[1]  # lower case, spaces collapsed
        cache[key] = level.map(ages).astype(float).fillna(np.inf).to_numpy()
    return cache[key]


def _too_old(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray:
    """Per pair: a serving employee enters the JF post older than its level allows."""
    age = completed_years(ctx)[edge_emp]
    serving = ctx.emp("current_pos")[edge_emp] >= 0
    with np.errstate(invalid="ignore"):  # NaN (unknown birth date) compares False
        old = age > _limits(ctx, policy)[edge_pos]
    return old & serving & jf_entries(ctx, edge_emp, edge_pos)


def entry_age_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Edge rule (``eligibility.max_age_to_enter_jf``): nobody enters a JF post by
    perpindahan older than its level allows."""
    if not policy.max_age_to_enter_jf:
        return None
    return ~_too_old(ctx, edge_emp, edge_pos, policy)


def entry_age_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: ``i`` would enter JF post ``q`` older than its level allows."""
    policy = comp.config.eligibility
    ctx = comp.context
    if not policy.max_age_to_enter_jf:
        return []
    if not _too_old(ctx, np.array([i]), np.array([q]), policy)[0]:
        return []
    return [
        msg(
            "explain.why_jf_entry_age",
            level=str(ctx.texts("positions", "level")[q]),
            limit=int(_limits(ctx, policy)[q]),
            age=int(completed_years(ctx)[i]),
            date=reference_date(ctx.extras).date().isoformat(),
        )
    ]


def wait_note(ctx, i: int, q: int, date: str, some: bool, pending: int = 0, first: str = ""):
    """Extension ``wait_notes``: serving official ``i`` enters JF post ``q`` by
    perpindahan, whose seat is sure to be free only on ``date``: past the level's entry
    age by then, their SK is to be dated before the birthday that ends it (review 84
    H1: a nurse aged 52 into P0088, whose seat is sure to be free on 2030-11-01, at 56).
    None where the rule is off, the pair is no such entry, or the age allows it then."""
    end = entry_age_end(ctx, i, q)
    if end is None or pd.Timestamp(date) < end[0]:
        return None
    return msg(
        "reason.wait_past_jf_age" + ("_some" if some else ""),
        date=date,
        limit=end[1],
        level=str(ctx.texts("positions", "level")[q]),
        before=end[0].date().isoformat(),
    )


def entry_age_end(ctx, i: int, q: int) -> tuple[pd.Timestamp, int] | None:
    """For serving official ``i`` entering JF post ``q`` from another post
    (perpindahan): the birthday that takes them past the level's entry age, and that
    age; None where the rule is off, the pair is no such entry, or the birth date is
    unknown."""
    policy = ctx.eligibility
    if policy is None or not policy.max_age_to_enter_jf:
        return None
    pair = (np.array([i]), np.array([q]))
    limit = float(_limits(ctx, policy)[q])
    if not np.isfinite(limit) or ctx.emp("current_pos")[i] < 0 or not jf_entries(ctx, *pair)[0]:
        return None
    born = ctx.derived("birth_dates", lambda: birth_dates(ctx.org.employees)[0])[i]
    if pd.isna(born):
        return None
    # the birthday past the limit, as completed_years counts it: one born on 29
    # February turns a year older on 1 March in a common year (review 87)
    year = born.year + int(limit) + 1
    leap = (
        born.month == 2
        and born.day == 29
        and not pd.Timestamp(year=year, month=1, day=1).is_leap_year
    )
    ends = pd.Timestamp(year=year, month=3, day=1) if leap else born.replace(year=year)
    return ends, int(limit)


def _past_age(comp, a) -> Iterator[tuple[int, str, int, int, tuple[pd.Timestamp, int]]]:
    """The officials placement ``a`` moves into a JF post by perpindahan whose every SK
    from another post waits for a seat
    (:func:`~placement.domain.retirement.waiting_entrants`), the first of which is sure
    to be free only once they are past the level's entry age: per official, the post,
    that day, the official, their own post and :func:`entry_age_end`."""
    for q, first, movers in waiting_entrants(comp, a):
        for i, c in movers:
            end = entry_age_end(comp.context, i, q)
            if end is not None and pd.Timestamp(first) >= end[0]:
                yield q, first, i, c, end


def late_entrants(comp, a) -> np.ndarray | None:
    """Extension ``late_movers``: the officials of :func:`_past_age`; None where the
    rule is off."""
    policy = comp.context.eligibility
    if policy is None or not policy.max_age_to_enter_jf:
        return None
    out = np.zeros(comp.context.n_employees, dtype=bool)
    out[[i for _, _, i, _, _ in _past_age(comp, a)]] = True
    return out


#: the decisions list's rows of officials whose move waits past their JF entry age
MOVE_PAST_ENTRY_AGE = "move_past_entry_age"


def past_entry_age_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the officials the plan moves into a JF post whose
    every SK from another post waits for a seat
    (:func:`~placement.domain.retirement.waiting_entrants`), the first of which is sure
    to be free only once they are past the level's entry age: their SK is to be dated
    before that birthday, so a seat must be freed for them first (the PPK's decision on
    one who stays), or the move cannot be made; until then they stay in their own post
    (review 103 M2: Hari Seyan Tanato, into P0088, whose seat is sure by 2030-11-01, his
    SK to be dated before 2028-03-04, was on the SK list's sheet apart and on no list of
    decisions, while Fahar Rojawan, whose seat waits past the horizon, was)."""
    pl = tables.get("placements")
    if pl is None or result.compiled is None:
        return None
    ctx = result.compiled.context
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    levels = ctx.texts("positions", "level")
    rows = []
    for q, first, i, c, end in _past_age(result.compiled, result.assignment):
        why = msg(
            "decision.move_past_entry_age",
            position=f"{ctx.pos_ids[q]} ({titles[q]})",
            date=first,
            level=str(levels[q]),
            limit=end[1],
            before=end[0].date().isoformat(),
        )
        rows.append(waiting_decision(pl, ctx, (i, c), MOVE_PAST_ENTRY_AGE, why))
    return decision_frame(rows)


#: the decisions list's rows of officials a move of whose the plan left out, as it would
#: have waited for a seat past their JF entry age
LEFT_OUT_PAST_ENTRY_AGE = "left_out_past_entry_age"


def left_out_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the officials a move of whose the engine left out, as
    its SK would have waited for a seat past their entry age (``late_movers``:
    ``ctx.late_post``, :mod:`placement.keeping`), placed as the plan places them: the
    post, the day its first seat is sure to be free in this plan, the birthday their SK
    is to be dated before, and its holders kept pending the PPK's decision, whose
    seats a decision frees. Review 145 M1: with Hari Seyan Tanato kept in P0141, what
    the plan knew of P0088 (its seat sure only on 2030-11-01, his SK to be dated before
    2028-03-04, the three holders without its STR) appeared in no output."""
    pl = tables.get("placements")
    comp = result.compiled
    if pl is None or comp is None or comp.context.late_post is None:
        return None
    # the model's rules of who is kept pending and when a seat is sure, as the reasons
    # read them (the domain loads while the model package initialises: at call time)
    from placement.model.decisions import kept_listed  # as the decisions list names them
    from placement.model.reasons import back_within  # the seats' dates, as reasons give

    ctx = comp.context
    a = np.asarray(result.assignment, dtype=np.int64)
    cur = ctx.emp("current_pos").astype(np.int64)
    late = ctx.late_post
    fill = np.bincount(a[a >= 0], minlength=ctx.n_positions)
    over = fill - ctx.pos("headcount").astype(np.int64)
    listed = kept_listed(comp, a)
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    levels = ctx.texts("positions", "level")
    rows = []
    for i in np.flatnonzero((late >= 0) & (a != late) & (cur >= 0)).tolist():
        q = int(late[i])
        end = entry_age_end(ctx, i, q)
        if end is None or over[q] < 0:  # a seat of it free now: no wait to tell of
            continue
        first = back_within(ctx, a, cur, q, int(over[q]) + 1)[0]
        held = np.flatnonzero(listed & (a == q) & (cur == q))
        who = (
            msg("decision.left_out_held", who=join(", ", [ctx.named(j) for j in held]))
            if len(held)
            else ""
        )
        why = msg(
            "decision.left_out_past_entry_age",
            position=f"{ctx.pos_ids[q]} ({titles[q]})",
            date=first or msg("decision.left_out_no_date"),
            level=str(levels[q]),
            limit=end[1],
            before=end[0].date().isoformat(),
            held=who,
        )
        row = waiting_decision(pl, ctx, (i, int(cur[i])), LEFT_OUT_PAST_ENTRY_AGE, why)
        key = "decision.left_out_way" + ("_held" if len(held) else "")
        row["note"] = msg(key, before=end[0].date().isoformat())
        rows.append(row)
    return decision_frame(rows)


def shut_ways(comp, i: int) -> list:
    """Extension ``shut_ways``: official ``i`` is past the perpindahan age of every JF
    level whose golongan range holds theirs (``jf_rank_ranges``; a level without one
    holds any), or no level's range holds theirs (review
    113 M1: Murina Tajalim, I/c, 28, read "past the perpindahan age of every JF level
    their golongan fits", of none); an unknown age or golongan shuts nothing."""
    policy = comp.config.eligibility
    ctx = comp.context
    if not policy.max_age_to_enter_jf:
        return []
    age = float(completed_years(ctx)[i])
    rank = int(ctx.emp("rank_level")[i])
    if np.isnan(age) or rank < 0:
        return []
    ranges = {k.casefold(): v for k, v in policy.jf_rank_ranges.items()}  # as career reads them
    ages = {k.casefold(): v for k, v in policy.max_age_to_enter_jf.items()}
    fitting = False
    # every level either names: one whose range holds theirs and that sets no age
    # (or a null one) is open to them (review 115 M2)
    for level in sorted(set(ranges) | set(ages)):
        span = ranges.get(level)
        if span is not None and not RANKS.index(span[0]) <= rank <= RANKS.index(span[1]):
            continue
        fitting = True
        limit = ages.get(level)
        if limit is None or age <= limit:
            return []
    if not fitting:
        # the career rule's to say, and only where it holds (career: strict)
        if policy.career != "strict":
            return []
        return [("jf", msg("decision.no_jf_rank", rank=RANKS[rank]))]
    return [("jf", msg("decision.no_jf_age", age=int(age)))]


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="jf_entry",
    edge_rules=(entry_age_ok,),
    reasons=(entry_age_reasons,),
    shut_ways=(shut_ways,),
    wait_notes=(wait_note,),
    late_movers=(late_entrants,),
    decisions=(past_entry_age_rows, left_out_rows),
    messages={
        "decision.move_past_entry_age": (
            "the plan moves them into {position}, whose every SK from another post waits "
            "for a seat, the first sure to be free only on {date}, when they are past the "
            "age of entering a functional post at {level} from another post ({limit}: "
            "max_age_to_enter_jf): their SK is to be dated before {before}, so a seat must "
            "be freed for them first, or the move cannot be made",
            "rencana memindahkan mereka ke {position}, yang setiap SK dari jabatan lain ke "
            "sana menunggu formasi, yang pertama baru pasti kosong pada {date}, saat usia "
            "mereka melewati batas perpindahan ke jabatan fungsional {level} ({limit}: "
            "max_age_to_enter_jf): SK mereka harus ditetapkan sebelum {before}, jadi "
            "formasi harus dikosongkan lebih dahulu bagi mereka, atau perpindahan ini "
            "tidak dapat dilakukan",
        ),
        "decision.left_out_past_entry_age": (
            "a move into {position} was left out of this plan: every seat of it is held, "
            "the first sure to be free only on {date}, when they are past the age of "
            "entering a functional post at {level} from another post ({limit}: "
            "max_age_to_enter_jf), so their SK would have to be dated before {before}{held}",
            "perpindahan ke {position} tidak dimasukkan dalam rencana ini: setiap formasinya "
            "terisi, yang pertama baru pasti kosong pada {date}, saat usia mereka melewati "
            "batas perpindahan ke jabatan fungsional {level} ({limit}: max_age_to_enter_jf), "
            "sehingga SK mereka harus ditetapkan sebelum {before}{held}",
        ),
        "decision.left_out_no_date": (
            "on no date this plan knows",
            "pada tanggal yang tidak diketahui rencana ini",
        ),
        "decision.left_out_held": (
            "; of its holders, kept in it pending the PPK's decision (decisions.csv): {who}",
            "; pemangkunya yang tetap di sana menunggu keputusan PPK (decisions.csv): {who}",
        ),
        "decision.left_out_way": (
            "where a seat of it is freed before {before}, the PPK may make the move; else "
            "they serve where this plan places them",
            "bila formasinya kosong sebelum {before}, PPK dapat melakukan perpindahan itu; "
            "bila tidak, mereka bertugas di jabatan yang ditetapkan rencana ini",
        ),
        "decision.left_out_way_held": (
            "the PPK may free a seat of it for them before {before} (its decision on one "
            "of those kept pending) and make the move; else they serve where this plan "
            "places them",
            "PPK dapat mengosongkan formasinya bagi mereka sebelum {before} (keputusannya "
            "atas salah satu pemangku yang menunggu) lalu memindahkan mereka; bila tidak, "
            "mereka bertugas di jabatan yang ditetapkan rencana ini",
        ),
        "reason.wait_past_jf_age": (
            "; by {date} this person is past the age of entering a functional post at {level} "
            "from another post ({limit}: max_age_to_enter_jf): their SK is to be dated "
            "before {before}, so the seat must be freed before then (the PPK's decision "
            "on one who stays), or the move cannot be made",
            "; pada {date} usia pegawai ini melewati batas perpindahan ke jabatan fungsional "
            "jenjang {level} ({limit}: max_age_to_enter_jf): SK-nya harus ditetapkan "
            "sebelum {before}, sehingga formasinya harus kosong sebelum itu (keputusan "
            "PPK atas salah satu pemangku yang tetap), atau perpindahan ini tidak dapat "
            "dilakukan",
        ),
        "reason.wait_past_jf_age_some": (
            "; by {date} this person is past the age of entering a functional post at {level} "
            "from another post ({limit}: max_age_to_enter_jf): date their SK before "
            "{before}, not as one of those that wait",
            "; pada {date} usia pegawai ini melewati batas perpindahan ke jabatan fungsional "
            "jenjang {level} ({limit}: max_age_to_enter_jf): tetapkan SK-nya sebelum "
            "{before}, bukan sebagai SK yang menunggu",
        ),
        "explain.why_jf_entry_age": (
            "entering a functional post from another post (perpindahan) at {level} is "
            "open up to age {limit} (PermenPANRB 1/2023); they are {age} on {date} "
            "(max_age_to_enter_jf)",
            "perpindahan dari jabatan lain ke jabatan fungsional jenjang {level} terbuka "
            "bagi PNS berusia paling tinggi {limit} tahun (PermenPANRB 1/2023); usianya "
            "{age} tahun pada {date} (max_age_to_enter_jf)",
        ),
    },
    labels={
        "value:left_out_past_entry_age": (
            "a move into a JF post left out, as its seat is sure to be free only once they "
            "are past its entry age",
            "perpindahan ke jabatan fungsional tidak dimasukkan, karena formasinya baru "
            "pasti kosong setelah usianya melewati batas perpindahan",
        ),
        "value:move_past_entry_age": (
            "moved into a JF post whose seat is sure to be free only once they are past "
            "its entry age",
            "dipindahkan ke jabatan fungsional yang formasinya baru pasti kosong setelah "
            "usianya melewati batas perpindahan",
        ),
    },
)
