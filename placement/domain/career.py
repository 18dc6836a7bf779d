"""Career rules of functional posts (JF): families, certificates, golongan ranges.

A functional post is a profession. Positions of kind JF carry a **family** (``jf``
column, or the title without its level words: "Perawat Ahli Pertama" → "Perawat",
"Analis Keuangan Ahli Madya" → "Analis Keuangan"); an employee's family is that of
their current post (or their own ``jf`` column). Employees list their
``certifications`` (``;``-separated, e.g. ``STR Bidan; Uji Kompetensi Analis
Keuangan``). Four rules, each named (``eligibility.career``: ``strict`` makes them
hard rules, ``lenient`` an objective penalty ``career`` per rule broken, ``off`` none):

- ``jf_family``: entering a JF family that is not yours (from a JA post, from another
  family, or as a new hire) needs a certification naming the family (its name
  contained in the certification's text, whole words, ignoring case, accents and
  punctuation; when a text names several of the scenario's families (of its posts and
  people), the longest name counts: "Uji Kompetensi Pengawas Koperasi" names Pengawas
  Koperasi, not Pengawas);
- ``jf_licence``: a post of a licensed family (``eligibility.licensed_families``,
  default health workers, teachers and procurement) needs the family's certificate
  (STR …, Sertifikat Pendidik, a PBJ certificate; a certification is the licence whose
  text is the longest contained in it, so "STR Dokter Gigi" licenses dentists, not
  doctors), also for members of the family moving to another of its posts;
  the certificate qualifies for every family the licensed name covers ("Guru" covers
  "Guru Kelas" and "Guru Mata Pelajaran"); an uji kompetensi alone is not enough
  (procurement's licence is any certification naming Pengadaan Barang/Jasa: LKPP's
  certificate is what its uji kompetensi gives);
- ``jf_rank_range``: the employee's golongan must lie within the JF level's range
  (``eligibility.jf_rank_ranges``: Ahli Pertama III/a–III/b … Ahli Utama IV/d–IV/e,
  Pemula II/a–II/b … Penyelia III/c–III/d), upper bound included, to enter a level: a
  move from a post of the family and level to another asks none (a Perawat Terampil
  risen to III/a may take another seat of Perawat Terampil); the holder of a post this
  scenario's penyetaraan converts holds its JF only once the SK of penyetaraan is made,
  and is asked the range;
- ``licensed_to_ja``: members of a shortage family (``eligibility.shortage_families``,
  default the licensed ones but procurement) do not take administrative (JA) posts; in
  a licensed family, only those holding its licence count as members here (someone in a nurse's
  post without an STR cannot practise, so keeping them out of office posts would
  leave them nowhere), and so does anyone holding the licence of a shortage family,
  whatever post they hold now or as a new hire (an STR Nutrisionis in a pharmacy
  assistant's post, a new hire with an STR Epidemiolog Kesehatan);
- ``jf_step_back``: a family entered as a career step from others
  (``eligibility.career_steps``, default Pengawas Sekolah from Guru, Penilik from Guru
  or Pamong Belajar) keeps its members out of the families it is a step up from: a
  school supervisor is not sent back to a classroom for a vacancy's sake (review 32,
  finding 10). A post the person lists in their ``preferences`` is open to them: a
  return they ask for is theirs to ask.

An employee's own current post never breaks a career rule (incumbents keep their
seat). Everything is vectorised: families are integer codes, qualifications sorted
``employee × families + family`` keys (steps back ``family × families + family``)
looked up per edge with ``searchsorted``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from placement.i18n import Message, msg
from placement.model import levels
from placement.model.arrays import find_pairs
from placement.model.cells import index_of, list_items
from placement.model.config import LICENCE_NOT_TO_HOLD, NOT_SHORTAGE, Eligibility
from placement.model.extension import Extension
from placement.model.organization import LIST_SEP, Organization
from placement.model.terms import register_term

#: the rules, in the order explain lists them
RULES = ("jf_licence", "jf_family", "jf_rank_range", "licensed_to_ja", "jf_step_back")
#: level words removed from a JF title to get its family
LEVEL_WORDS = (
    "Ahli Pertama",
    "Ahli Muda",
    "Ahli Madya",
    "Ahli Utama",
    "Pemula",
    "Terampil",
    "Mahir",
    "Penyelia",
)
_LEVEL_RE = re.compile(r"\b(?:" + "|".join(LEVEL_WORDS) + r")\b", re.IGNORECASE)


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-free words, padded with spaces (whole-word
    containment is then ``" x " in " a x b "``)."""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", t).split()) + " "


def family_of_title(titles: pd.Series) -> pd.Series:
    """JF family of titles: the title without its level words (and an emptied
    "(JF …)" note): 'Guru Kelas Ahli Muda' → 'Guru Kelas'."""
    codes, distinct = pd.factorize(titles.fillna("").astype(str))  # each title once
    t = pd.Series(distinct).str.replace(_LEVEL_RE, " ", regex=True)
    t = t.str.replace(r"\(\s*(?:JF)?\s*\)", " ", regex=True)
    t = t.str.split().str.join(" ").str.strip(" -,/")
    values = t.to_numpy(dtype=object)[codes]
    return pd.Series(values, index=titles.index, name=titles.name, dtype=t.dtype)


def position_families(org: Organization) -> pd.Series:
    """Family name of every position ('' for posts that are not JF)."""
    pos = org.positions
    jf = pos["jf"].fillna("").astype(str).str.strip() if "jf" in pos else None
    fam = family_of_title(pos["title"])
    if jf is not None:
        fam = fam.where(jf == "", jf)
    return fam.where(pos["kind"].to_numpy() == "JF", "")


@dataclass
class Careers:
    """Career arrays of one organisation under one policy."""

    families: list[str]  # display name per family code
    pos_family: np.ndarray  # int32[m], -1 = not a JF post
    emp_family: np.ndarray  # int32[n], -1 = in no family
    licensed: np.ndarray  # bool[F + 1], last False: indexing with -1 (no family) gives False
    shortage: np.ndarray  # bool[F + 1], likewise
    certificate: list[str]  # per family: the licence it needs ('' if not licensed)
    qualified: np.ndarray  # sorted int64 keys e*F+f: certified for family f
    licence: np.ndarray  # sorted int64 keys e*F+f: holds family f's licence
    rank_lo: np.ndarray  # int16[m] lowest golongan ordinal (-1 = none)
    rank_hi: np.ndarray  # int16[m] highest golongan ordinal (99 = none)
    pos_ja: np.ndarray  # bool[m]
    ja_blocked: np.ndarray  # bool[n]: in a shortage family (holding its licence if licensed)
    steps_back: np.ndarray  # sorted int64 keys g*F+f: family g is a career step up from f

    def has(self, keys: np.ndarray, e: np.ndarray, f: np.ndarray) -> np.ndarray:
        """bool per (employee, family) pair: is ``e*F+f`` among ``keys`` (or per
        (family, family) pair, ``e`` a family)."""
        q = e.astype(np.int64) * max(len(self.families), 1) + f
        at = np.searchsorted(keys, q)
        return (
            (at < len(keys)) & (keys[np.minimum(at, max(len(keys) - 1, 0))] == q)
            if len(keys)
            else np.zeros(len(q), dtype=bool)
        )


def careers(ctx, policy: Eligibility) -> Careers:
    """The :class:`Careers` of a Context for ``policy`` (computed once, cached)."""
    # by the policy object first: a reason asks per pair (each requirement check, its
    # rules' counts), and the key's five sorted copies of the policy took 10 µs a call
    known: dict[int, tuple] = ctx.derived("careers_of", dict)
    hit = known.get(id(policy))
    if hit is not None and hit[0] is policy:
        return hit[1]
    key = (
        tuple(sorted(policy.licensed_families.items())),
        tuple(policy.shortage_families or ()),
        policy.shortage_families is None,
        tuple(sorted(policy.jf_rank_ranges.items())),
        tuple(sorted((k, tuple(v or ())) for k, v in policy.career_steps.items())),
    )
    cache = ctx.derived("careers", dict)  # per policy, shared by the scenario's compiles
    if key not in cache:
        cache[key] = build_careers(ctx.org, ctx.emp("current_pos"), policy)
    known[id(policy)] = (policy, cache[key])  # kept: its id is not reused meanwhile
    return cache[key]


def build_careers(org: Organization, current_pos: np.ndarray, policy: Eligibility) -> Careers:
    emp, pos = org.employees, org.positions
    n = len(emp)
    pfam = position_families(org)
    cur = np.asarray(current_pos)
    efam = pd.Series(
        np.where(cur >= 0, pfam.to_numpy(dtype=object)[np.maximum(cur, 0)], ""), dtype=object
    )
    if "jf" in emp:
        own = emp["jf"].fillna("").astype(str).str.strip().to_numpy(dtype=object)
        efam = efam.where(own == "", pd.Series(own, dtype=object))
    # family codes by normalised name; display name = first spelling met
    names = pd.concat([pfam, efam], ignore_index=True)
    spelled, spellings = pd.factorize(names.where(names != "", None))  # distinct spellings
    keys = np.array([normalise(s) for s in spellings], dtype=object)
    kcodes, vocab = pd.factorize(keys)  # spellings of one family share its code
    codes = np.where(spelled >= 0, kcodes[np.maximum(spelled, 0)] if len(keys) else -1, -1)
    first: dict[int, str] = {}
    for s, k in zip(spellings, kcodes, strict=True):  # display name: first spelling met
        first.setdefault(int(k), s)
    families = [first[i] for i in range(len(vocab))]
    pos_family = codes[: len(pos)].astype(np.int32)
    emp_family = codes[len(pos) :].astype(np.int32)

    # licensed entry of each family: the longest licensed name covering it
    lic = {
        normalise(k): normalise(v) for k, v in policy.licensed_families.items() if v is not None
    }  # validated: None entries are removed
    short = (
        {normalise(k) for k in policy.licensed_families} - {normalise(k) for k in NOT_SHORTAGE}
        if policy.shortage_families is None
        else {normalise(k) for k in policy.shortage_families}
    )
    entry_of = [covering(f, lic) for f in vocab]
    licensed = np.array([e is not None for e in entry_of] + [False], dtype=bool)
    shortage = np.array(
        [covering(f, dict.fromkeys(short, "")) is not None for f in vocab] + [False], dtype=bool
    )
    as_written = {normalise(k): v for k, v in policy.licensed_families.items() if v is not None}
    certificate = [as_written[e] if e is not None else "" for e in entry_of]

    # certifications: each distinct text once (names a family; is a licence)
    qualified, licence = _certified(emp, n, list(vocab), entry_of, lic)

    # golongan range of each JF post by its level
    ranges = {
        k.casefold(): (levels.RANKS.index(r[0]), levels.RANKS.index(r[1]))
        for k, r in policy.jf_rank_ranges.items()
        if r is not None
    }  # validated
    lv = pos["level"].fillna("").astype(str).str.strip().str.casefold()
    lo = lv.map({k: v[0] for k, v in ranges.items()}).fillna(-1).to_numpy(np.int16)
    hi = lv.map({k: v[1] for k, v in ranges.items()}).fillna(99).to_numpy(np.int16)
    is_jf = pos["kind"].to_numpy() == "JF"
    c = Careers(
        families,
        pos_family,
        emp_family,
        licensed,
        shortage,
        certificate,
        qualified,
        licence,
        np.where(is_jf, lo, -1).astype(np.int16),
        np.where(is_jf, hi, 99).astype(np.int16),
        pos["kind"].to_numpy() == "JA",
        np.zeros(n, dtype=bool),
        _steps_back(list(vocab), policy.career_steps),
    )
    # shortage professions stay out of JA posts; in a licensed family, licence holders;
    # and whoever holds the licence of a shortage family, whatever post they hold now
    blocked = shortage[emp_family]
    held = np.flatnonzero(blocked & licensed[emp_family])
    blocked[held] = c.has(licence, held, emp_family[held])
    F = max(len(families), 1)
    blocked[(licence // F)[shortage[licence % F]]] = True
    c.ja_blocked = blocked
    return c


def _steps_back(vocab: list[str], steps: dict[str, list[str] | None]) -> np.ndarray:
    """Sorted keys ``g*F+f``: family ``g`` (by its normalised name) is a career step up
    from family ``f``; a name in ``steps`` covers the families it starts."""
    F = max(len(vocab), 1)
    up = {normalise(k): [normalise(f) for f in v] for k, v in steps.items() if v is not None}
    keys = []
    for g, name in enumerate(vocab):  # families, not people
        entry = covering(name, dict.fromkeys(up, ""))
        if entry is None:
            continue
        for f, other in enumerate(vocab):
            if f != g and any(other.startswith(src) for src in up[entry]):
                keys.append(g * F + f)
    return np.unique(np.array(keys, dtype=np.int64))


def covering(family: str, entries: dict[str, str]) -> str | None:
    """The longest entry whose words are the family's or start it."""
    inside = [e for e in entries if family.startswith(e)]  # padded: whole words
    return max(inside, key=len) if inside else None


def _longest_in(text: str, names) -> str | None:
    """The longest of ``names`` contained in ``text`` (ties: the first by name)."""
    inside = [nm for nm in names if nm in text]
    return min(inside, key=lambda nm: (-len(nm), nm)) if inside else None


def _certified(
    emp: pd.DataFrame, n: int, vocab: list[str], entry_of: list, lic: dict[str, str]
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted keys ``e*F+f`` of the families each employee is certified for, and of
    the licensed families whose licence they hold."""
    F = max(len(vocab), 1)
    empty = np.zeros(0, dtype=np.int64)
    if "certifications" not in emp or not len(vocab):
        return empty, empty
    s = pd.Series(emp["certifications"].fillna("").astype(str).to_numpy(dtype=object))
    s = list_items(s[s.str.strip() != ""].astype(pd.StringDtype("pyarrow", np.nan)), LIST_SEP)
    s = s[s != ""]
    if not len(s):
        return empty, empty
    who = s.index.to_numpy(dtype=np.int64)
    raw, spellings = pd.factorize(s)
    tcodes, texts = pd.factorize(np.array([normalise(t) for t in spellings], dtype=object))
    tcodes = tcodes[raw]
    code_of = {f: i for i, f in enumerate(vocab)}
    families_of_cert: dict[str, list[int]] = {}  # licence text → families it licenses
    for i, e in enumerate(entry_of):
        if e is not None:
            families_of_cert.setdefault(lic[e], []).append(i)
    q_pairs, l_pairs = [], []  # (text code, family code)
    for t, text in enumerate(texts):  # distinct certification texts, not people
        named = _longest_in(text, vocab)
        if named is not None and entry_of[code_of[named]] is None:
            q_pairs.append((t, code_of[named]))
        cert = _longest_in(text, set(lic.values()))
        if cert is not None:
            for f in families_of_cert.get(cert, []):
                l_pairs.append((t, f))

    def keys(pairs) -> np.ndarray:
        if not pairs:
            return empty
        tab = np.array(pairs, dtype=np.int64)
        fam_of_text = pd.Series(tab[:, 1]).groupby(tab[:, 0]).agg(list)
        hit = pd.Series(tcodes).map(fam_of_text).dropna()
        rows = hit.explode()
        e = who[rows.index.to_numpy()]
        return np.unique(e * F + rows.to_numpy(dtype=np.int64))

    q, li = keys(q_pairs), keys(l_pairs)
    return np.union1d(q, li), li


def level_codes(ctx) -> np.ndarray:
    """Per position, a code of its level as the rules read it (case apart; -1 where
    none is given), made once per context."""

    def compute() -> np.ndarray:
        text = pd.Series(ctx.texts("positions", "level"), dtype=object).fillna("").astype(str)
        text = text.str.strip().str.casefold()
        return np.where(text.to_numpy() == "", -1, pd.factorize(text)[0])

    return ctx.derived("position_level_codes", compute)


def converted_posts(ctx) -> np.ndarray:
    """bool per position: a post the scenario's penyetaraan converts (its record in the
    plan's extras, :mod:`placement.domain.penyetaraan`), made once per context."""

    def compute() -> np.ndarray:
        from placement.domain.nip import domain_state  # the domain's state, as kept

        rec = domain_state(ctx.extras).get("penyetaraan") if ctx.extras is not None else None
        return np.isin(np.asarray(ctx.pos_ids, dtype=object), sorted(rec["ids"]) if rec else [])

    return ctx.derived("converted_posts", compute)


def broken_edges(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy: Eligibility
) -> dict[str, np.ndarray]:
    """Indices of the edges breaking each rule (:data:`RULES`); the employee's own
    current post breaks none. Only edges into JF posts, and edges of people kept out
    of JA posts, are looked at: the rest cannot break a rule."""
    c = careers(ctx, policy)
    jf = np.flatnonzero(c.pos_family[edge_pos] >= 0)
    e, p = edge_emp[jf], edge_pos[jf]
    pf, ef = c.pos_family[p], c.emp_family[e]
    out = {}
    lic = c.licensed[pf]
    out["jf_licence"] = jf[lic][~c.has(c.licence, e[lic], pf[lic])]
    other = ~lic & (pf != ef)
    out["jf_family"] = jf[other][~c.has(c.qualified, e[other], pf[other])]
    rank = ctx.emp("rank_level")[e]
    outside = ((rank < c.rank_lo[p]) | (rank > c.rank_hi[p])) & (rank >= 0)
    # a move between posts of one family and level is no appointment to a level (review
    # 147 H1, 139 M2); not from a post the scenario converts (penyetaraan): its holder
    # holds the JF once the SK of penyetaraan is made, which the decisions list names
    # (review 148 H1: Muhammad Anyan Tabani, so moved from a post of formasi 0, had no
    # SK of penyetaraan in any output)
    now = ctx.emp("current_pos")[e].astype(np.int64)
    at = np.maximum(now, 0)
    level = level_codes(ctx)
    held = (now >= 0) & (c.pos_family[at] == pf) & (level[at] == level[p]) & (level[p] >= 0)
    held &= ~converted_posts(ctx)[at]
    out["jf_rank_range"] = jf[outside & ~held]
    kept = np.flatnonzero(c.ja_blocked[edge_emp])  # few people: their edges only
    out["licensed_to_ja"] = kept[c.pos_ja[edge_pos[kept]]]
    back = jf[(ef >= 0) & c.has(c.steps_back, np.maximum(ef, 0), pf)]
    if len(back):  # a return the person asks for (their preferences) is open
        pe, pp = ctx.derived("preference_pairs_sorted", lambda: _sorted_preferences(ctx))
        _, asked = find_pairs(pe, pp, edge_emp[back], edge_pos[back])
        back = back[~asked]
    out["jf_step_back"] = back
    cur = ctx.emp("current_pos")
    return {r: idx[cur[edge_emp[idx]] != edge_pos[idx]] for r, idx in out.items()}


def _sorted_preferences(ctx) -> tuple[np.ndarray, np.ndarray]:
    """(employee, position) of every stated preference, by person then post (sorted
    once per context: :func:`broken_edges` runs per pair for the reasons)."""
    pe, pp, _ = ctx.preference_pairs
    order = np.lexsort((pp, pe))
    return pe[order], pp[order]


def violations(
    ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy: Eligibility
) -> dict[str, np.ndarray]:
    """bool per edge and rule (:data:`RULES`): does the pair break it."""
    out = {}
    for r, idx in broken_edges(ctx, edge_emp, edge_pos, policy).items():
        out[r] = np.zeros(len(edge_emp), dtype=bool)
        out[r][idx] = True
    return out


def career_ok(ctx, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray | None:
    """Hard rule (``career: strict``): edges breaking no career rule; None otherwise."""
    if policy.career != "strict":
        return None
    ok = np.ones(len(edge_emp), dtype=bool)
    for idx in broken_edges(ctx, edge_emp, edge_pos, policy).values():
        ok[idx] = False
    return ok


def career_misses(ctx, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """Extension ``rule_counts``: the career rules each pair breaks (strict mode; none
    otherwise, as they refuse no pair then)."""
    if policy.career != "strict":
        return np.zeros(len(edge_emp), dtype=np.int64)
    return broken_count(ctx, edge_emp, edge_pos, policy)


def broken_count(ctx, edge_emp, edge_pos, policy: Eligibility) -> np.ndarray:
    """int64 per pair: how many career rules it breaks."""
    broken = broken_edges(ctx, edge_emp, edge_pos, policy)
    idx = np.concatenate([np.zeros(0, np.int64), *broken.values()])
    return np.bincount(idx, minlength=len(edge_emp)).astype(np.int64)


def reasons(ctx, i: int, q: int, policy: Eligibility) -> list[Message]:
    """Why career rules keep employee ``i`` out of position ``q`` (explain)."""
    if policy.career != "strict":
        return []
    c = careers(ctx, policy)
    if c.pos_family[q] < 0 and not c.ja_blocked[i]:
        return []  # not a JF post, nor one kept out of JA posts: no rule applies
    # the rules the pair breaks (no per-rule mask for one pair: :func:`violations`)
    broken = {
        r for r, at in broken_edges(ctx, np.array([i]), np.array([q]), policy).items() if len(at)
    }
    pf, ef = int(c.pos_family[q]), int(c.emp_family[i])
    fam = c.families[pf] if pf >= 0 else ""
    mine = c.families[ef] if ef >= 0 else msg("career.no_family")
    rank = int(ctx.emp("rank_level")[i])
    out = []
    for r in RULES:
        if r not in broken:
            continue
        if r == "jf_licence":
            out.append(msg("career.why_licence", family=fam, certificate=c.certificate[pf]))
        elif r == "jf_family":
            out.append(msg("career.why_family", family=fam, current=mine))
        elif r == "jf_step_back":
            out.append(msg("career.why_step_back", family=fam, current=mine))
        elif r == "jf_rank_range":
            out.append(
                msg(
                    "career.why_rank_range",
                    rank=levels.RANKS[rank],
                    level=ctx.org.positions["level"].iloc[q],
                    lo=levels.RANKS[c.rank_lo[q]],
                    hi=levels.RANKS[c.rank_hi[q]],
                )
            )
        elif c.shortage[ef] and (
            not c.licensed[ef] or c.has(c.licence, np.array([i]), np.array([ef]))[0]
        ):  # a member of a shortage family by their post (ef -1: shortage[-1] is False)
            out.append(msg("career.why_licensed_to_ja", family=mine))
        else:  # blocked by a shortage family's licence they hold, not by their post
            F = max(len(c.families), 1)
            held = c.licence[(c.licence // F) == i] % F
            f = int(held[c.shortage[held]][0])
            out.append(
                msg(
                    "career.why_licence_to_ja",
                    certificate=c.certificate[f],
                    family=c.families[f],
                )
            )
    return out


def requirements(ctx, q: int, policy: Eligibility) -> list[Message]:
    """What the career rules ask of anyone entering position ``q`` (diagnosis of posts
    nobody can fill): its family's certificate and its level's golongan range."""
    if policy.career != "strict":
        return []
    c = careers(ctx, policy)
    pf = int(c.pos_family[q])
    out = []
    if pf >= 0:
        fam = c.families[pf]
        out.append(
            msg("career.req_licence", family=fam, certificate=c.certificate[pf])
            if c.licensed[pf]
            else msg("career.req_family", family=fam)
        )
    if c.rank_lo[q] >= 0:
        out.append(
            msg(
                "career.req_rank_range",
                lo=levels.RANKS[c.rank_lo[q]],
                hi=levels.RANKS[c.rank_hi[q]],
            )
        )
    return out


def explain_reasons(comp, i: int, q: int) -> list[Message]:
    """Extension ``reasons``: the career rules that keep ``i`` out of ``q``."""
    return reasons(comp.context, i, q, comp.config.eligibility)


@register_term(
    "career",
    sense="penalty",
    weight=100.0,
    description="career rules broken (JF family or licence without certificate, "
    "golongan outside the JF level's range, licensed professional "
    "into an administrative post), per rule",
    label_id="Aturan karier dilanggar (sertifikat, rentang golongan JF)",
    default_on=lambda config: config.eligibility.career == "lenient",
)
def career_term(ctx) -> np.ndarray:
    """Number of career rules each edge breaks (0 when ``career: off``)."""
    policy = ctx.eligibility
    if policy is None or policy.career == "off":
        return np.zeros(len(ctx.edge_emp))
    return broken_count(ctx, ctx.edge_emp, ctx.edge_pos, policy).astype(float)


# -- results ---------------------------------------------------------------------------


def extend_tables(result, tables: dict) -> None:
    """Extension ``tables``: ``licence_check`` in the placements, the certificate a
    person placed in a post of a licensed family does not hold (blank otherwise). The
    rules never put anyone there without it; these are holders kept in their own post
    (an incumbent keeps their seat), or placed under ``career: lenient`` / ``off``: the
    SK of such a post needs the certificate, or a plan to obtain it (review 32, finding
    11: 13 of the 14 procurement officers held no PBJ certificate, unseen)."""
    comp = result.compiled
    pl = tables.get("placements")
    if comp is None or pl is None or "position" not in pl or not len(pl):
        return
    ctx = comp.context
    c = careers(ctx, comp.config.eligibility)
    e = index_of(pd.Index(ctx.emp_ids), pl["employee_id"])
    p = index_of(pd.Index(ctx.pos_ids), pl["position"].fillna("").astype(str))
    f = np.where(p >= 0, np.append(c.pos_family, -1)[p], -1)
    lic = c.licensed[f] & (e >= 0)
    missing = np.zeros(len(pl), dtype=bool)
    at = np.flatnonzero(lic)
    missing[at] = ~c.has(c.licence, e[at], f[at])
    cert = np.append(np.asarray(c.certificate, dtype=object), "")
    pl["licence_check"] = np.where(missing, cert[np.where(missing, f, len(cert) - 1)], "")


def unlicensed_holders(ctx, policy: Eligibility) -> np.ndarray | None:
    """Extension ``unlicensed``: per employee, the certificate their own post's
    licensed family asks for that they do not hold, where the family is one whose seat
    needs it (``eligibility.licence_to_hold``); '' for none, and for everyone under
    ``career: off``."""
    if policy.career == "off":
        return None
    c = careers(ctx, policy)
    names = policy.licence_to_hold
    if names is None:
        names = [k for k in policy.licensed_families if k not in LICENCE_NOT_TO_HOLD]
    certs = {policy.licensed_families[k] for k in names if k in policy.licensed_families}
    hold = np.array([x in certs for x in c.certificate] + [False], dtype=bool)
    cur = ctx.emp("current_pos").astype(np.int64)
    who = np.flatnonzero(cur >= 0)
    f = np.append(c.pos_family, -1)[cur[who]]
    lic = c.licensed[f] & hold[f]
    who, f = who[lic], f[lic]
    out = np.full(ctx.n_employees, "", dtype=object)
    missing = ~c.has(c.licence, who, f)
    out[who[missing]] = np.asarray(c.certificate, dtype=object)[f[missing]]
    return out


def extend_kpis(result) -> dict:
    """Extension ``kpis``: ``licence_missing``, the people placed in a licensed post
    without its certificate."""
    pl = result.placements
    if "licence_check" not in pl:
        return {}
    return {"licence_missing": int((pl["licence_check"].fillna("") != "").sum())}


#: What this module adds to the engine (registered by :mod:`placement.domain`).
EXTENSION = Extension(
    name="career",
    edge_rules=(career_ok,),
    rule_counts=(career_misses,),
    reasons=(explain_reasons,),
    tables=(extend_tables,),
    kpis=(extend_kpis,),
    unlicensed=(unlicensed_holders,),
    labels={
        "licence_check": ("Licence missing", "Sertifikat/izin belum ada"),
        "licence_missing": (
            "In a licensed post without its licence",
            "Menduduki jabatan berizin tanpa sertifikatnya",
        ),
        "certifications": ("Certifications", "Sertifikat"),
        "jf": ("Functional family (JF)", "Rumpun jabatan fungsional"),
    },
)

__all__ = [
    "LEVEL_WORDS",
    "RULES",
    "Careers",
    "build_careers",
    "career_ok",
    "careers",
    "family_of_title",
    "normalise",
    "position_families",
    "reasons",
    "requirements",
    "violations",
]
