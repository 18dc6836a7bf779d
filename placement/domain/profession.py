"""Licence holders and their profession: a serving official holding the licence of a
licensed functional family (a teacher's Sertifikat Pendidik, a nurse's STR;
``eligibility.licensed_families``), with the posts of that family at the level whose
golongan range (``jf_rank_ranges``) holds theirs. Teachers and health workers are
shortage professions (DOMAIN): a plan that keeps one of them in an office post while
their profession has seats it leaves empty asks the PPK's decision.

- ``band_exempt`` (``eligibility.rise_into_own_profession``): those posts of a higher
  kelas than their own are let past ``max_grade_rise``; the kelas follows from the
  jenjang their golongan fits (review 71: three certified teachers, III/c-III/d, in
  kelas-5 office posts while Guru Kelas Ahli Muda, kelas 9, had empty seats).
- the objective term ``own_profession`` (a reward, off unless weighted): a post of a
  licensed profession whose licence the person holds (review 74: an STR Epidemiolog
  holder stayed a clerk for a few points while the profession had empty seats).
- the objective term ``jf_exit`` (a penalty, off unless weighted): a move out of
  one's JF into a post of another kind or family asks for the pemberhentian from the
  JF, and the profession loses a member it trained (the bundled ``replace``: Satpol PP
  officers into clerks' posts for 1.1 to 3.3 points); not a career step up from it,
  nor a return to a licensed profession whose licence they hold.
- ``decisions``: each one the plan places outside every profession whose licence they
  hold while a post of it at their level has seats the plan leaves empty is listed
  (``outside_profession``) with that post and what keeps them out of it: the rules
  (as explain names them), or, where none does, what the move would change for them
  (review 72: a doctor as Kasubbag Keuangan with three Dokter Ahli Muda seats empty,
  nurses and teachers in office posts, listed nowhere).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.domain.career import careers
from placement.i18n import Message, first_of, join, msg
from placement.model.decisions import kept_apart, person_columns, ruled_unlicensed
from placement.model.eligibility import group_ok, scope_keys
from placement.model.extension import Extension
from placement.model.levels import RANKS
from placement.model.parts import plan_change, term_parts
from placement.model.requirements import each_failure, requirement_failures
from placement.model.terms import register_term

#: the message of the JF entry age rule (placement.domain.jf_entry): age only grows
AGE_KEY = "explain.why_jf_entry_age"


def _at_their_level(ctx, policy, e: np.ndarray, f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per (employee, licensed family) pair, the posts of that family at a level whose
    golongan range holds the employee's (both known): ``(employee, post)`` pairs. By
    family, the holders times the family's posts, not every pair."""
    c = careers(ctx, policy)
    fam = c.pos_family
    posts = np.flatnonzero(fam >= 0)
    posts = posts[np.argsort(fam[posts], kind="stable")]
    count = np.bincount(fam[posts], minlength=max(len(c.families), 1))
    start = np.cumsum(count) - count
    n = count[f]
    pe = np.repeat(e, n)
    within = np.arange(int(n.sum()), dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
    pp = posts[np.repeat(start[f], n) + within]
    rank = ctx.emp("rank_level")[pe]
    ok = (rank >= 0) & (c.rank_lo[pp] >= 0) & (rank >= c.rank_lo[pp]) & (rank <= c.rank_hi[pp])
    return pe[ok], pp[ok]


def holders(ctx, policy) -> tuple[np.ndarray, np.ndarray]:
    """(employee, family) of every licence a serving official holds of a licensed
    family."""
    c = careers(ctx, policy)
    F = max(len(c.families), 1)
    e, f = c.licence // F, c.licence % F
    keep = c.licensed[f] & (ctx.emp("current_pos")[e] >= 0)
    return e[keep], f[keep]


def outside_own(ctx, policy, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(employee, family) of every licence held by one placement ``a`` places outside
    every profession whose licence they hold: not in a post of one of those families,
    nor in a career step up from one (a teacher as Pengawas Sekolah or Penilik:
    ``eligibility.career_steps``); a Sertifikat Pendidik opens two families, and one
    in either is inside."""
    c = careers(ctx, policy)
    e, f = holders(ctx, policy)
    placed = a[e] >= 0
    e, f = e[placed], f[placed]
    g = c.pos_family[a[e]]
    up = (g >= 0) & c.has(c.steps_back, np.maximum(g, 0), f)
    inside = np.zeros(ctx.n_employees, dtype=bool)
    inside[e[(g == f) | up]] = True
    return e[~inside[e]], f[~inside[e]]


def without_level_post(ctx, policy, a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The licence holders placement ``a`` places outside every profession whose
    licence they hold (:func:`outside_own`) where no profession of theirs has a post
    at the level their golongan fits that is open to their education and field (as
    :func:`seats_of_own` reads them: no move can return them; a post of that level is
    the formasi's question), each once with the certificate they hold (employee index,
    the first such certificate). Review 149 M8: midwives and nurses, III/c-IV/c,
    served in office posts on no list, as the peta jabatan has no Bidan or Perawat post
    at their level that their education opens (16 clerks in each bundled scenario)."""
    c = careers(ctx, policy)
    e, f = outside_own(ctx, policy, a)
    if not len(e):
        return e, np.zeros(0, dtype=object)
    pe, pp = _at_their_level(ctx, policy, e, f)
    has = np.zeros(ctx.n_employees, dtype=bool)
    has[pe[group_ok(ctx, policy, pe, pp)]] = True  # open to their education and field
    known = ctx.emp("rank_level")[e] >= 0
    keep = ~has[e] & known
    e, f = e[keep], f[keep]
    e, first = np.unique(e, return_index=True)
    return e, np.asarray(c.certificate, dtype=object)[f[first]]


def held_without_licence(comp, a: np.ndarray) -> np.ndarray:
    """Per post, the seats placement ``a`` of ``comp`` leaves held for now by holders
    kept in them without its licence: pending the PPK (``kept_without_licence``), or by
    a pin or a rule of the scenario (``kept_by_rule_unlicensed``): a licence holder's
    seats, as the empty ones (review 150 M2; review 155 H1: `baseline` pins every
    incumbent, and the STR holders serving outside P0097 and P0086, whose seats
    unlicensed holders keep, were on no list)."""
    ctx = comp.context
    cur = ctx.emp("current_pos").astype(np.int64)
    seated = held_seats(comp, a)
    return np.bincount(cur[seated], minlength=ctx.n_positions)


def held_seats(comp, a: np.ndarray) -> np.ndarray:
    """bool per employee: kept in a seat of their post without its licence, pending
    the PPK or by a pin or a rule (:func:`held_without_licence` counts their seats);
    one kept by a pin or a rule only in a post that keeps nobody over its formasi (a
    seat they leave goes to those first: P0089 of `replace`, whose one such seat a
    holder keeps until BUP, keeps four over its formasi)."""
    over, seat = kept_apart(comp, a)
    ruled = ruled_unlicensed(comp, a)
    if ruled.any() and over.any():
        cur = comp.context.emp("current_pos").astype(np.int64)
        queued = np.bincount(cur[over], minlength=comp.context.n_positions) > 0
        ruled &= ~queued[np.maximum(cur, 0)]
    return seat | ruled


def seats_of_own(
    ctx, policy, a: np.ndarray, e: np.ndarray, f: np.ndarray, held: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For licence holders ``e`` of families ``f``: (employee, post) pairs of the posts
    of their family at their level with seats placement ``a`` leaves empty, or ``held``
    (per post) by holders kept in them for now without the licence, seats that are a
    licence holder's; open to them by the rules of their education, golongan and field
    (review 74: a D3 nurse was counted a Perawat Ahli Pertama post asking S1); and the
    empty seats per post."""
    pe, pp = _at_their_level(ctx, policy, e, f)
    hc = ctx.pos("headcount").astype(np.int64)
    empty = np.maximum(hc - np.bincount(a[a >= 0], minlength=ctx.n_positions), 0)
    free = empty if held is None else empty + held
    keep = (free[pp] > 0) & group_ok(ctx, policy, pe, pp)
    return pe[keep], pp[keep], empty


def in_own_profession(ctx, e: np.ndarray, p: np.ndarray, policy) -> np.ndarray:
    """Per pair: the post is of a licensed JF family whose licence the person holds
    (``eligibility.licensed_families``: a nurse with an STR Perawat and Perawat Mahir;
    ``pos_family`` -1, not a JF post, reads ``licensed[-1]``, False)."""
    c = careers(ctx, policy)
    fam = c.pos_family[p]
    out = c.licensed[fam]  # a copy: the licence is looked up for those pairs only
    at = np.flatnonzero(out)
    out[at] = c.has(c.licence, np.asarray(e)[at], fam[at])
    return out


def own_profession_pairs(ctx, policy) -> tuple[np.ndarray, np.ndarray] | None:
    """Extension ``band_exempt`` (``eligibility.rise_into_own_profession``): each
    licence holder with each post of their licensed family at their level, of a higher
    kelas than their own post's."""
    if not policy.rise_into_own_profession:
        return None
    pe, pp = _at_their_level(ctx, policy, *holders(ctx, policy))
    with np.errstate(invalid="ignore"):  # an unknown kelas is no rise
        up = ctx.pos("grade")[pp] > ctx.current_grade[pe]
    return pe[up], pp[up]


@register_term(
    "own_profession",
    sense="reward",
    weight=10.0,
    description="a post of a licensed profession whose licence the person holds (a "
    "teacher's Sertifikat Pendidik, an STR): teachers and health workers are shortage "
    "professions, so a licence holder in an office post returns to one of its posts "
    "when that is worth more than this weight less to them; off unless weighted",
    label_id="Jabatan profesi berizin yang sertifikatnya dimiliki",
)
def own_profession_term(ctx) -> np.ndarray:
    """Per edge: 1 where the post is of a licensed family whose licence the person
    holds (their own post too: a holder already in it gains nothing by a move)."""
    if ctx.eligibility is None:
        return np.zeros(len(ctx.edge_emp))
    return in_own_profession(ctx, ctx.edge_emp, ctx.edge_pos, ctx.eligibility).astype(float)


@register_term(
    "jf_exit",
    sense="penalty",
    weight=10.0,
    description="leaving one's JF: a move from a functional post into a post of "
    "another kind or of another JF family (not a career step up from it, "
    "eligibility.career_steps, nor a licensed profession whose licence they hold) "
    "asks for the pemberhentian from the JF and a new SK, and the profession loses a "
    "member it trained; per such pair, off unless weighted",
    label_id="Keluar dari jabatan fungsional (pemberhentian dari JF)",
)
def jf_exit_term(ctx) -> np.ndarray:
    """Per edge: 1 where the person holds a JF post and the post is not one of the
    same family nor of a family that is a career step up from it (a Polisi Pamong Praja
    into a finance clerk's post, a Penata Ruang into Penilik), nor of a licensed
    profession whose licence they hold; 0 for one's own post and a new hire. The
    families are read whatever ``eligibility.career`` says: leaving a JF asks for its
    pemberhentian all the same."""
    policy = ctx.eligibility
    if policy is None:
        return np.zeros(len(ctx.edge_emp))
    c = careers(ctx, policy)
    e, p = ctx.edge_emp, ctx.edge_pos
    cur = ctx.emp("current_pos")[e]
    f = np.append(c.pos_family, -1)[cur]  # -1: not a JF post, or none (a new hire)
    g = c.pos_family[p]
    up = c.has(c.steps_back, np.maximum(g, 0), np.maximum(f, 0)) & (g >= 0)
    out = (f >= 0) & (g != f) & ~up
    # a return to a profession whose licence they hold is no loss to the professions
    # (own_profession's pairs: an STR Epidemiolog holder from Teknik Tata Bangunan, who
    # asked for it, into Epidemiolog Kesehatan with seats empty)
    at = np.flatnonzero(out)
    out[at] = ~in_own_profession(ctx, e[at], p[at], policy)
    return out.astype(float)


def _in_scope(ctx, i: int, q: int, policy) -> bool:
    """Whether post ``q`` is within employee ``i``'s scope (``eligibility.scope``)."""
    e_key, p_key = scope_keys(ctx, policy.scope)
    return bool(e_key[i] == p_key[q])


def _why_not(
    comp, p, a: np.ndarray, i: int, q: int, is_open: bool, ruled_only: bool = False
) -> tuple[Message, list]:
    """Why employee ``i``, licensed for post ``q``'s profession, is not placed in it,
    and the rules that bar them (empty where none does); ``ruled_only``: the post has
    no seat but those held without its licence by holders a pin or a rule keeps (no
    move frees one in this plan)."""
    ctx, policy = comp.context, comp.config.eligibility
    if p.pinned[i] == a[i]:
        # and every rule that would keep them out without the pin (review 94 H2: a
        # doctor of 59, past the entry age, read the pin as the only obstacle)
        fails = [
            f
            for f in each_failure(comp, i, q)
            # the scope's clause is a hedge for a pair with no edge ("or it is outside
            # the employee's scope"): said only where it is (review 96 H1)
            if getattr(f, "key", "") != "explain.why_scope" or not _in_scope(ctx, i, q, policy)
        ]
        why = msg("decision.outside_pinned")
        if fails:
            why = msg("decision.outside_pinned_also", why=why, fails=join("; ", fails))
        return why, fails
    if is_open and ruled_only:
        # the seat is not the plan's to give (review 155 H1: "open to them, but the plan
        # keeps them where they are: ... vacancy +75.0" of P0089, whose one seat a
        # holder kept until BUP holds)
        return msg("decision.outside_open_held"), []
    if is_open:
        change = plan_change(p, a, [(i, q)])
        return msg("decision.outside_open", parts=term_parts(change) if change else ""), []
    fails = requirement_failures(comp, i, q)
    return join("; ", fails), fails


def outside_rows(result, tables: dict) -> pd.DataFrame | None:
    """Extension ``decisions``: the licence holders the plan places outside every
    profession whose licence they hold while a post of it at their level has seats it
    leaves empty, or that one kept in it without the licence holds for now
    (``outside_profession``). The post named: one open to them first, then the most
    such seats, then the first by id; why they are not in it: the
    rules that keep them out, or what the move would change for them."""
    comp = result.compiled
    if comp is None or result.assignment is None:
        return None
    ctx, policy, p = comp.context, comp.config.eligibility, result.problem
    a = np.asarray(result.assignment, dtype=np.int64)
    c = careers(ctx, policy)
    e, f = outside_own(ctx, policy, a)
    placed = ~comp.org.excluded[e]
    # the seats held for now without the licence are a licence holder's too
    # (review 150 M2: Rizal Arto Haryarah, STR Epidemiolog, a clerk in the same OPD,
    # was on no list while Ahmad Yawan Janapung held P0097's seat "for one who holds
    # it, when one comes")
    seated = held_seats(comp, a)
    cur = ctx.emp("current_pos").astype(np.int64)
    held = np.bincount(cur[seated], minlength=ctx.n_positions)  # held_without_licence
    # the held seats no move of this plan frees: their holders kept by a pin or a rule
    ruled = np.bincount(cur[seated & ~kept_apart(comp, a)[1]], minlength=ctx.n_positions)
    pe, pp, empty = seats_of_own(ctx, policy, a, e[placed], f[placed], held)
    if not len(pe):
        return None
    open_ = p.pair_edges(pe, pp) >= 0
    order = np.lexsort((pp, -(empty + held)[pp], ~open_, pe))
    pe, pp, open_ = pe[order], pp[order], open_[order]
    first = np.flatnonzero(np.concatenate([[True], pe[1:] != pe[:-1]]))
    end = np.append(first[1:], len(pe))  # each person's pairs: first[k]:end[k]
    pl = tables["placements"]
    titles = ctx.org.positions["title"].to_numpy(dtype=object)
    rows = []
    # a post's held seats -> the holders named for it, each with whether it is open to them
    elsewhere: dict[int, list[tuple[int, bool]]] = {}
    for k, j in zip(first.tolist(), end.tolist(), strict=True):
        i = int(pe[k])
        licence = c.certificate[int(c.pos_family[pp[k]])]
        # every post the licence opens (a Sertifikat Pendidik: Guru Kelas and Guru Mata
        # Pelajaran; review 74 counted only the named post's family)
        mine = np.flatnonzero([c.certificate[x] == licence for x in c.pos_family[pp[k:j]]]) + k
        posts = pp[mine]
        families = sorted({c.families[x] for x in c.pos_family[posts]})
        # why not in each of them (review 110 L1: of two posts counted, the row said
        # why of the first only); posts kept out on the same grounds share one clause
        groups: dict[str, tuple[list, Message]] = {}
        aged = True  # past the age of a perpindahan into each: no rule lets them back in
        for x in mine.tolist():
            q = int(pp[x])
            only = bool(empty[q] == 0 and ruled[q] == held[q])
            why, fails = _why_not(comp, p, a, i, q, bool(open_[x]), only)
            aged &= any(getattr(f, "key", "") == AGE_KEY for f in fails)
            if held[q]:
                elsewhere.setdefault(q, []).append((i, bool(open_[x])))
            label = msg(
                "decision.outside_post" + ("_held" if held[q] else ""),
                position=f"{ctx.pos_ids[q]} ({titles[q]})",
                empty=int(empty[q]),
                held=int(held[q]),
            )
            groups.setdefault(str(why), ([], why))[0].append(label)
        clauses = [
            msg("decision.outside_group", posts=join(", ", g), why=w) for g, w in groups.values()
        ]
        rows.append(
            {
                **person_columns(pl, ctx, i, int(a[i])),
                "decision": "outside_profession",
                "reason": msg(
                    "decision.outside_profession",
                    licence=licence,
                    family=", ".join(families),
                    rank=RANKS[int(ctx.emp("rank_level")[i])],
                    n=len(posts),
                    seats=_seats(int(empty[posts].sum()), int(held[posts].sum())),
                    posts=join(
                        "; ",
                        [clauses[0], *(msg("decision.outside_also", group=x) for x in clauses[1:])],
                    ),
                ),
                "reason_code": "outside_profession",
                "note": msg(f"decision.outside_profession_{'aged' if aged else 'way'}"),
                # not an offer of a lower post with consent: the post is in the reason
                "offer_position": "",
                "offer_title": "",
            }
        )
    rows += _held_rows(pl, ctx, a, seated, elsewhere)
    # messages stay objects (rendered in the report's language), not text
    return pd.DataFrame({k: pd.Series([r[k] for r in rows], dtype=object) for k in rows[0]})


#: the decisions list's code naming, on the row of one kept in a seat without its
#: licence, the licence holders outside the profession: no decision of its own
LICENSED_ELSEWHERE = "licensed_elsewhere"


def _held_rows(pl, ctx, a: np.ndarray, seated: np.ndarray, elsewhere: dict) -> list[dict]:
    """The rows of the holders kept in a seat of their post without its licence
    (``seated``) where holders of it serve outside the profession (``elsewhere``: per
    post, those the rows above name for it): named on the kept holder's row too
    (``licensed_elsewhere``), whose seat reads "for one who holds it, when one comes"
    (review 150 M2); those the rules let into it named apart, and only then is the
    seat said to be theirs (review 151 M1: the rows named only holders the rules kept
    out, a doctor past the entry age among them, beside "the seat is theirs")."""
    cur = ctx.emp("current_pos").astype(np.int64)
    ids = np.asarray(ctx.emp_ids, dtype=object)
    rows = []
    for j in np.flatnonzero(seated).tolist():
        named = sorted(elsewhere.get(int(cur[j]), []), key=lambda x: str(ids[x[0]]))
        if not named:
            continue
        may = [ctx.named(x) for x, ok in named if ok]
        key = "decision.licensed_elsewhere" + ("_open" if may else "_shut")
        rows.append(
            {
                **person_columns(pl, ctx, j, int(a[j])),
                "decision": LICENSED_ELSEWHERE,
                "reason": msg(
                    key,
                    n=len(named),
                    who=first_of([ctx.named(x) for x, _ in named], 3),
                    k=len(may),
                    open=first_of(may, 3),
                ),
                "reason_code": LICENSED_ELSEWHERE,
                "note": msg("decision.licensed_elsewhere_way") if may else "",
                "offer_position": "",
                "offer_title": "",
            }
        )
    return rows


def _seats(empty: int, held: int) -> Message:
    """The seats a licence holder's posts keep for them: empty, and held for now by
    one without the licence."""
    if not held:
        return msg("decision.outside_seats", n=empty)
    key = "decision.outside_seats_held" if empty else "decision.outside_seats_only_held"
    return msg(key, n=empty, held=held)


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="profession",
    band_exempt=(own_profession_pairs,),
    decisions=(outside_rows,),
    messages={
        "decision.outside_profession": (
            "holds the {licence} ({family}) but is placed outside the profession it "
            "licenses: {n} post(s) of it at the level their golongan {rank} fits, open to "
            "their education and field, keep {seats}; {posts}",
            "memiliki {licence} ({family}) tetapi ditempatkan di luar profesi itu: {n} "
            "jabatan profesi itu pada jenjang yang sesuai golongannya {rank}, terbuka "
            "bagi pendidikan dan bidangnya, masih {seats}; {posts}",
        ),
        "decision.outside_seats": (
            "{n} seat(s) this plan leaves empty",
            "{n} kursi yang dibiarkan kosong oleh rencana ini",
        ),
        "decision.outside_seats_held": (
            "{n} seat(s) this plan leaves empty and {held} held for now by holders "
            "without its licence (their rows on this list say what keeps them there)",
            "{n} kursi yang dibiarkan kosong oleh rencana ini dan {held} diduduki "
            "sementara oleh pemangku tanpa sertifikat profesinya (barisnya dalam daftar ini "
            "menyebut apa yang mempertahankannya di sana)",
        ),
        "decision.outside_seats_only_held": (
            "{held} seat(s) held for now by holders without its licence (their rows on "
            "this list say what keeps them there)",
            "{held} kursi yang diduduki sementara oleh pegawai tanpa sertifikat profesinya "
            "(barisnya dalam daftar ini menyebut apa yang mempertahankannya di sana)",
        ),
        "decision.outside_post": ("{position} ({empty} empty)", "{position} ({empty} kosong)"),
        "decision.licensed_elsewhere_open": (
            "{n} holder(s) of its licence serve outside the profession, each on this list "
            "(outside_profession) with what the rules say of this seat for them: {who}; "
            "the rules let {k} of them into it ({open}): the seat is theirs before this "
            "holder's (licence_to_hold)",
            "{n} pemegang sertifikat profesinya bertugas di luar profesi itu, masing-masing "
            "tercantum dalam daftar ini (outside_profession) beserta ketentuan aturan "
            "tentang kursi ini baginya: {who}; aturan memungkinkan {k} di antaranya masuk "
            "({open}): kursi ini menjadi hak mereka sebelum pemangku ini (licence_to_hold)",
        ),
        "decision.licensed_elsewhere_shut": (
            "{n} holder(s) of its licence serve outside the profession, each on this list "
            "(outside_profession) with what keeps them out of this seat: {who}; the rules "
            "let none of them into it",
            "{n} pemegang sertifikat profesinya bertugas di luar profesi itu, masing-masing "
            "tercantum dalam daftar ini (outside_profession) beserta hal yang menghalanginya "
            "dari kursi ini: {who}; aturan tidak memungkinkan seorang pun di antaranya masuk",
        ),
        "decision.licensed_elsewhere_way": (
            "the PPK's decision on this holder frees the seat for one of them now, rather "
            "than when one comes",
            "keputusan PPK atas pemangku ini membebaskan kursi itu bagi salah satu dari "
            "mereka sekarang, bukan menunggu pemegang sertifikat datang",
        ),
        "decision.outside_post_held": (
            "{position} ({empty} empty, {held} held without its licence)",
            "{position} ({empty} kosong, {held} diduduki tanpa sertifikat profesinya)",
        ),
        "decision.outside_group": ("{posts}: {why}", "{posts}: {why}"),
        "decision.outside_also": ("and {group}", "dan {group}"),
        "decision.outside_profession_aged": (
            "past the age of a perpindahan into it, no rule lets them back in: the PPK "
            "records it, and may weigh their knowledge for the profession elsewhere (a "
            "mentor, a trainer)",
            "melewati batas usia perpindahan ke jabatan itu, tidak ada aturan yang "
            "memungkinkannya kembali: PPK mencatatnya, dan dapat menimbang keahliannya "
            "bagi profesi itu di tempat lain (mentor, pelatih)",
        ),
        "decision.outside_pinned": (
            "the scenario keeps them in their post (a pin: keep_incumbents or pin)",
            "skenario mempertahankannya di jabatannya (pin: keep_incumbents atau pin)",
        ),
        "decision.outside_pinned_also": (
            "{why}; without the pin the rules keep them out of it too: {fails}",
            "{why}; tanpa pin itu pun aturan menghalanginya: {fails}",
        ),
        "decision.outside_open_held": (
            "open to them by its rules, but its seats are held by those the scenario keeps "
            "in them (a pin, or a rule such as no_move_within_years_of_retirement; their "
            "rows on this list): a seat so held is for a holder of its licence once the "
            "one in it leaves it",
            "terbuka baginya menurut aturannya, tetapi kursinya diduduki pegawai yang "
            "dipertahankan skenario (pin, atau aturan seperti "
            "no_move_within_years_of_retirement; barisnya dalam daftar ini): kursi itu "
            "menjadi hak pemegang sertifikat profesinya setelah pemangkunya keluar",
        ),
        "decision.outside_open": (
            "open to them, but the plan keeps them where they are: the move would change "
            "for them {parts}",
            "terbuka baginya, tetapi rencana mempertahankannya: perpindahan itu bagi "
            "dirinya mengubah {parts}",
        ),
        "term.own_profession": ("own licensed profession", "profesi berizin sendiri"),
        "term.jf_exit": ("leaving the JF", "keluar dari JF"),
        "decision.outside_profession_way": (
            "the PPK decides whether they return to their profession (perpindahan, uji "
            "kompetensi) once what keeps them out allows it, or records why not",
            "PPK memutuskan apakah mereka kembali ke profesinya (perpindahan, uji "
            "kompetensi) setelah hal yang menghalanginya memungkinkan, atau mencatat "
            "alasannya",
        ),
    },
    labels={
        "value:outside_profession": (
            "outside their licensed profession, which has seats empty or held without its licence",
            "di luar profesi berizinnya, yang masih punya kursi kosong atau diduduki tanpa "
            "sertifikat profesinya",
        ),
        "value:licensed_elsewhere": (
            "holders of the seat's licence serve outside the profession",
            "pemegang sertifikat profesi kursi ini bertugas di luar profesinya",
        ),
    },
)

__all__ = [
    "EXTENSION",
    "LICENSED_ELSEWHERE",
    "held_without_licence",
    "in_own_profession",
    "outside_rows",
    "own_profession_pairs",
    "without_level_post",
]
