"""Service record: legal status (KEDUDUKAN HUKUM) and time in the current post (TMT JABATAN).

- ``legal_status`` (SIASN ``KEDUDUKAN HUKUM NAMA``): people not in active service (CLTN,
  tugas belajar, pemberhentian sementara, MPP, ...) may not be placed.
  :func:`check_legal_status` (an extension check) marks them with
  :meth:`Organization.exclude`: they get no eligible post, their seats count as vacant,
  and the result lists them as unplaced with the reason; a warning counts them. A blank
  cell is taken as active. :data:`ACTIVE` lists the spellings of active service
  *(default)*.
- ``tmt_jabatan`` (``TMT JABATAN``): :func:`years_in_post` on the scenario's reference
  date (:func:`planning_date`), used by the eligibility rule ``min_years_in_post``
  (:func:`time_in_post_ok`, an extension edge rule: people with fewer years in their post
  may only keep it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from placement.domain.nip import parse_dates, reference_date
from placement.i18n import join, msg
from placement.model.extension import Extension
from placement.model.organization import Organization, ProblemLog

#: Legal statuses (lower case, spaces collapsed) in which a person may be placed.
ACTIVE: tuple[str, ...] = ("aktif", "active", "")


def not_active(org: Organization) -> np.ndarray:
    """bool per employee: a ``legal_status`` other than active service."""
    emp = org.employees
    if "legal_status" not in emp:
        return np.zeros(len(emp), dtype=bool)
    key = emp["legal_status"].fillna("").astype(str).str.lower().str.split().str.join(" ")
    return ~key.isin(ACTIVE).to_numpy()


def check_legal_status(org: Organization, log: ProblemLog) -> None:
    """Extension ``checks``: exclude people not in active legal status, with the reason."""
    inactive = not_active(org)
    if not inactive.any():
        return
    emp = org.employees
    status = emp["legal_status"].astype(str).str.strip()
    for value in sorted(pd.unique(status[inactive])):
        org.exclude(inactive & (status == value).to_numpy(), msg("legal.reason", value=value))
    counts = status[inactive].value_counts().sort_index()
    log.add(
        emp,
        inactive,
        "legal_status",
        msg(
            "legal.not_active",
            n=int(inactive.sum()),
            values=", ".join(f"{v} {n}" for v, n in counts.items()),
        ),
        warn=True,
        quote=False,
    )


def planning_date(extras: dict | None = None) -> pd.Timestamp:
    """The date time in post is measured at: the ``reference_date`` of the scenario
    whose plan has ``extras`` (else today)."""
    return reference_date(extras)


def years_in_post(org: Organization, extras: dict | None = None) -> np.ndarray:
    """Years in the current post (from ``tmt_jabatan``) on :func:`planning_date`; NaN
    when unknown."""
    emp = org.employees
    if "tmt_jabatan" not in emp:
        return np.full(len(emp), np.nan)
    start = parse_dates(emp["tmt_jabatan"])
    days = (planning_date(extras) - start).dt.days.to_numpy(dtype=float)
    return days / 365.25


def years_in_post_reasons(comp, i: int, q: int) -> list:
    """Extension ``reasons``: too few years in the current post to leave it for ``q``."""
    cfg = comp.config.eligibility
    if cfg.min_years_in_post is not None and comp.context.emp("current_pos")[i] not in (-1, q):
        years = years_in_post(comp.org, comp.plan.extras)[i]
        if years < cfg.min_years_in_post:
            return [msg("explain.why_years_in_post", years=years, need=cfg.min_years_in_post)]
    return []


def time_in_post_ok(ctx, edge_emp: np.ndarray, edge_pos: np.ndarray, policy) -> np.ndarray | None:
    """Extension edge rule (``eligibility.min_years_in_post``): people with fewer years in
    their post than the minimum may only keep it (unknown TMT: not limited)."""
    if policy.min_years_in_post is None:
        return None
    years = years_in_post(ctx.org, ctx.extras)
    recent = np.nan_to_num(years, nan=np.inf) < policy.min_years_in_post
    cur = ctx.emp("current_pos")[edge_emp]
    return ~recent[edge_emp] | (cur < 0) | (cur == edge_pos)


#: What this module adds to the engine (registered by :mod:`placement.domain`).
def summary_sentences(result) -> list:
    """Extension ``summary``: where the plan changes posts and the roster has no
    ``legal_status`` column, that nobody's legal status was checked (review 79 M5: a
    roster without KEDUDUKAN HUKUM, and the summary's "Not checked" said nothing of it:
    one on CLTN or tugas belajar could be among the moves)."""
    from placement.model.tables import reorganised_stays  # start-up time

    comp = result.compiled
    if comp is None or result.assignment is None or "legal_status" in comp.org.employees:
        return []
    # the officials penyetaraan converts in their own post get an SK too, not a move
    # (review 116 M1: "among the 95 people whose post changes" of `penyetaraan`, whose
    # 123 converted holders were not counted)
    conv = result.tables.get("conversions")
    who = set(result.moves["employee_id"])
    converted = set(conv["employee_id"]) - who if conv is not None else set()
    # and those a merger or a unit renamed puts in an office of another name, in their
    # own post: an SK into the new organisation (review 120 M2: `merge`'s 101 staff of
    # Dinas Lingkungan Hidup entering the merged office were not counted)
    stays = set(reorganised_stays(result)["employee_id"]) - who - converted
    if not who and not converted and not stays:
        return []
    parts = [
        msg(key, k=len(ids))
        for key, ids in (
            ("sum.legal_unchecked_converted", converted),
            ("sum.legal_unchecked_reorganised", stays),
        )
        if ids
    ]
    of_whom = msg("sum.legal_unchecked_of_whom", parts=join("; ", parts)) if parts else ""
    n = len(who) + len(converted) + len(stays)
    return [msg("sum.legal_unchecked", n=n, of_whom=of_whom)]


EXTENSION = Extension(
    name="service",
    checks=(check_legal_status,),
    edge_rules=(time_in_post_ok,),
    reasons=(years_in_post_reasons,),
    summary=(summary_sentences,),
    messages={
        "sum.legal_unchecked": (
            "Not checked: legal status (the data has no column legal_status, SIASN "
            "KEDUDUKAN HUKUM NAMA): one on CLTN, tugas belajar, pemberhentian sementara "
            "or MPP may be among the {n} people whose post or its unit changes{of_whom}; "
            "check each before the SK, or add the column (those not in active service are "
            "then not placed).",
            "Tidak diperiksa: kedudukan hukum (data tidak memuat kolom legal_status, "
            "KEDUDUKAN HUKUM NAMA SIASN): pegawai yang CLTN, tugas belajar, diberhentikan "
            "sementara atau MPP dapat berada di antara {n} pegawai yang jabatannya atau "
            "unitnya berubah{of_whom}; periksa masing-masing sebelum SK, atau tambahkan "
            "kolom itu (yang tidak aktif tidak ditempatkan).",
        ),
        "sum.legal_unchecked_of_whom": (" ({parts})", " ({parts})"),
        "sum.legal_unchecked_converted": (
            "{k} of them converted in their own post by an SK of penyetaraan, not a move",
            "{k} di antaranya disetarakan di jabatannya sendiri dengan SK penyetaraan, "
            "bukan mutasi",
        ),
        "sum.legal_unchecked_reorganised": (
            "{k} of them in their own post in an office the scenario merges or renames: "
            "an SK into the new organisation, not a move",
            "{k} di antaranya di jabatannya sendiri pada perangkat daerah yang digabung "
            "atau diganti namanya oleh skenario ini: SK ke organisasi baru, bukan mutasi",
        ),
        "sum.legal_unchecked_across": (
            "Not checked: legal status (the data has no column legal_status, SIASN "
            "KEDUDUKAN HUKUM NAMA): one on CLTN, tugas belajar, pemberhentian sementara "
            "or MPP may be among the people whose post or its unit changes ({counts}); "
            "check each before the SK, or add the column (those not in active service are "
            "then not placed).",
            "Tidak diperiksa: kedudukan hukum (data tidak memuat kolom legal_status, "
            "KEDUDUKAN HUKUM NAMA SIASN): pegawai yang CLTN, tugas belajar, diberhentikan "
            "sementara atau MPP dapat berada di antara pegawai yang jabatannya atau "
            "unitnya berubah ({counts}); periksa masing-masing sebelum SK, atau tambahkan "
            "kolom itu (yang tidak aktif tidak ditempatkan).",
        ),
    },
    labels={
        "legal_status": ("Legal status", "Kedudukan hukum"),
        "tmt_jabatan": ("In post since (TMT jabatan)", "TMT jabatan"),
        "tmt_golongan": ("Rank since (TMT golongan)", "TMT golongan"),
        "mk_tahun": ("Service in rank (years)", "Masa kerja golongan (tahun)"),
        "mk_bulan": ("Service in rank (months)", "Masa kerja golongan (bulan)"),
        "lokasi_kerja": ("Work location", "Lokasi kerja"),
    },
)

__all__ = [
    "ACTIVE",
    "check_legal_status",
    "not_active",
    "planning_date",
    "time_in_post_ok",
    "years_in_post",
]
