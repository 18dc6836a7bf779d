"""Seeded synthetic organisations that resemble a regency civil service.

:func:`generate_organization` builds three tables in the project's documented input
format (units, positions, employees) for a made-up *kabupaten*: a regional secretariat,
a DPRD secretariat, an inspectorate, ~15 *dinas*, ~5 *badan* and ~12 *kecamatan*, each
with its structural posts (JPT, Administrator, Pengawas), functional posts (JF) that
mirror the unit's function and administrative staff (Pelaksana). Employees are generated
people only: names are composed from invented syllables, NIPs from generated birth
dates, appointment months and serial numbers.

Incumbents are drawn seat by seat, so most of them fit their post (education, field,
rank, competencies) while a controlled share does not (field outside the accepted
fields, or a competency 2+ levels under the standard): the mismatches a placement run
is meant to find. Headcounts exceed the roster by 5-10 % (vacancies), a few posts are
over-staffed and ~2 % of the roster are new hires without a post.

Large rosters (>= 20,000 by default) are split into regions of ~35 units each; every
unit's ``parent`` is then its region (``R001`` ...), and the region rows are added to
the units table with type ``region``.

Everything is vectorised with numpy; Python loops run only over unit templates, regions
or a few fixed rounds (never per employee or per employee-position pair). The same
``(n_employees, seed, n_units)`` gives identical DataFrames and byte-identical CSV files.

The package: :mod:`~placement.synth.vocabulary` (vocabularies, read from the data files
under ``synth/data/``), :mod:`~placement.synth.templates` (posts of each kind of unit),
:mod:`~placement.synth.structure` (units, regions, positions, seats),
:mod:`~placement.synth.people` (employees), :mod:`~placement.synth.frames` (the tables),
:mod:`~placement.synth.summary` (statistics) and :mod:`~placement.synth.write` (files).
"""

from placement.synth.organization import GeneratedOrganization, generate_organization
from placement.synth.structure import default_n_units
from placement.synth.summary import (
    describe_organization,
    eligible_counts,
    mismatch_mask,
    nip_is_valid,
)
from placement.synth.vocabulary import (
    COMP_COLUMNS,
    COMPETENCIES,
    EDUCATION_LEVELS,
    EDUCATION_ORDINAL,
    FIELDS,
    MANAGERIAL_COMPETENCIES,
    NIP_PATTERN,
    PERFORMANCE_LEVELS,
    RANKS,
    REFERENCE_DATE,
    SOCIOCULTURAL_COMPETENCIES,
    TECHNICAL_COMPETENCIES,
    UNIT_TYPES,
)
from placement.synth.write import write_organization

__all__ = [
    "COMPETENCIES",
    "COMP_COLUMNS",
    "EDUCATION_LEVELS",
    "EDUCATION_ORDINAL",
    "FIELDS",
    "GeneratedOrganization",
    "MANAGERIAL_COMPETENCIES",
    "NIP_PATTERN",
    "PERFORMANCE_LEVELS",
    "RANKS",
    "REFERENCE_DATE",
    "SOCIOCULTURAL_COMPETENCIES",
    "TECHNICAL_COMPETENCIES",
    "UNIT_TYPES",
    "default_n_units",
    "describe_organization",
    "eligible_counts",
    "generate_organization",
    "mismatch_mask",
    "nip_is_valid",
    "write_organization",
]

# -- vocabularies -------------------------------------------------------------------------
