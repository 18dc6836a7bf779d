"""The synthetic generator's package (placement.synth): vocabularies come from the data
files shipped with the package, and the generator uses the project's own ranks, education
levels and NIP format rather than copies."""

from __future__ import annotations

from importlib import resources

import placement.generate
import placement.synth
from placement.domain.nip import NIP_REGEX
from placement.model import levels
from placement.synth import templates, vocabulary

DATA = ("vocabulary.yaml", "names.yaml", "functions.yaml", "units.yaml", "position_templates.csv")


def test_vocabularies_load_from_package_data():
    folder = resources.files("placement.synth").joinpath("data")
    for name in DATA:
        assert folder.joinpath(name).is_file(), name
        assert vocabulary.load(name), name
    assert len(vocabulary.FIELDS) == 29 and "Kedokteran" in vocabulary.FIELDS
    assert len(vocabulary.COMPETENCIES) == 17
    assert vocabulary.GIVEN_HEAD and vocabulary.PLACE_A and vocabulary.GELAR_S1
    assert len(templates.CORE_UNITS) == 23 and templates.KECAMATAN_ROWS


def test_templates_name_only_known_vocabulary():
    fields, tech = set(vocabulary.FIELDS), set(vocabulary.TECHNICAL_COMPETENCIES)
    rows = [r for f in templates.FUNCTIONS.values() for r in (*f.jf, *f.pelaksana, *f.uptd_jf)]
    rows += [*templates.KECAMATAN_ROWS, *templates.COMMON_ROWS]
    for r in rows:
        assert set(r.fields) <= fields and set(r.tech) <= tech, r.title
        assert r.min_edu in vocabulary.EDUCATION_LEVELS and r.kind in ("JPT", "JA", "JF")
        assert r.min_rank is None or r.min_rank in levels.RANKS
    for f in templates.FUNCTIONS.values():
        assert set(f.head_fields) <= fields and set(f.tech) <= tech
        for _name, fs, ts in f.bidang:
            assert set(fs) <= fields and set(ts) <= tech
    for u in templates.CORE_UNITS:
        assert u.function in templates.FUNCTIONS and u.type in vocabulary.UNIT_TYPES
    core = {u.name for u in templates.CORE_UNITS}
    for _prefix, fn, parent, _w in templates.UPTD_KINDS:
        assert fn in templates.FUNCTIONS and parent in core


def test_uses_the_projects_own_codes():
    assert vocabulary.RANKS is levels.RANKS
    assert vocabulary.NIP_PATTERN == NIP_REGEX
    assert vocabulary.PERFORMANCE_LEVELS == tuple(reversed(levels.PERFORMANCE))
    assert {levels.normalise_education(e) for e in vocabulary.EDUCATION_LEVELS} == set(
        levels.EDUCATION
    )


def test_generate_stays_the_public_entry():
    assert placement.generate.generate_organization is placement.synth.generate_organization
    assert set(placement.synth.__all__) <= set(dir(placement.generate))
