"""The civil-service domain layer: NIP, retirement (BUP), workload analysis (ABK),
talent box (9-box), penyetaraan rule checks, JPM and selection categories, career
rules of functional posts.

Importing this package registers its parts with the engine's hooks:
``Organization`` ``EXTRA_CHECKS`` (NIP and status checks), scenario operations
(``retirements``, ``headcount_from_workload``, ``talent_settings``, and
``convert_positions`` with rule checks), result ``TABLE_EXTENSIONS`` and
``KPI_EXTENSIONS`` (``retirements``, ``workload``, ``penyetaraan_issues`` tables; talent
box and selection category columns; their KPIs), the report labels (en / id), and the
career rules (``EDGE_RULES`` of the eligibility, objective term ``career``).
``import placement`` imports it.
"""

from placement.domain import (  # noqa: F401  (imported for their registrations)
    career,
    categories,
    nip,
    penyetaraan,
    retirement,
    talent,
    workload,
)


def table(result, name: str):
    """An extension table of a result (``workload``, ``retirements``,
    ``penyetaraan_issues``), or None when the scenario has none."""
    return result._tables.get(name)  # noqa: SLF001


__all__ = ["career", "categories", "nip", "penyetaraan", "retirement", "table", "talent",
           "workload"]
