"""The civil-service domain layer: NIP, retirement (BUP), workload analysis (ABK),
talent box (9-box), penyetaraan rule checks, JPM and selection categories, career
rules of functional posts, licence holders and their profession.

Each module declares one :class:`~placement.model.extension.Extension` (``EXTENSION``):
``Organization`` checks (NIP, status and legal-status checks), scenario operations
(``retirements``, ``headcount_from_workload``, ``talent_settings``, and
``convert_positions`` with rule checks), plan hooks (retirement at the reference date),
eligibility edge rules (career rules, minimum JPM category, talent box for key posts,
time in post, no move before retirement, no promosi on a weak SKP, a rise only for
one of the best fitting, no entry into a JF past its age limit, no new hire below the
education they were recruited at; the open selection's pool past the kelas band),
result tables and
KPIs (``retirements``, ``workload``, ``penyetaraan_issues`` tables; talent box and
selection category columns; the vacancies' candidates and why a seat stays empty; their
KPIs) and report labels (en / id). :data:`BUILT_IN`
lists them; importing this package registers them (the model imports it by name,
``placement.model.extension.PLUGINS``).
The objective terms ``career``, ``hire_level``, ``late_move``, ``own_profession``,
``skp_step`` and ``skp_seat`` are registered with ``register_term``.
"""

from placement.domain import (
    career,
    categories,
    empty_seats,
    hiring,
    jf_entry,
    nip,
    pansel,
    penyetaraan,
    performance,
    profession,
    retirement,
    rise_merit,
    service,
    talent,
    workload,
)
from placement.model.extension import register_extension

#: The built-in extensions, in the order the engine runs their parts.
BUILT_IN = (
    career.EXTENSION,
    categories.EXTENSION,
    hiring.EXTENSION,
    jf_entry.EXTENSION,
    nip.EXTENSION,
    pansel.EXTENSION,
    penyetaraan.EXTENSION,
    performance.EXTENSION,
    profession.EXTENSION,
    retirement.EXTENSION,
    rise_merit.EXTENSION,
    service.EXTENSION,
    talent.EXTENSION,
    workload.EXTENSION,
    # last: the vacancies as the others leave them (the selection boards)
    empty_seats.EXTENSION,
)

for _extension in BUILT_IN:
    register_extension(_extension)


def table(result, name: str):
    """An extension table of a result (``workload``, ``retirements``,
    ``penyetaraan_issues``), or None when the scenario has none."""
    return result._tables.get(name)  # noqa: SLF001


__all__ = [
    "BUILT_IN",
    "career",
    "categories",
    "hiring",
    "jf_entry",
    "nip",
    "penyetaraan",
    "performance",
    "profession",
    "retirement",
    "service",
    "table",
    "talent",
    "workload",
]
