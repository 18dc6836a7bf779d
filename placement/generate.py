"""Seeded synthetic organisations: the public entry kept under its first name. The
generator lives in :mod:`placement.synth`."""

from placement.synth import *  # noqa: F403
from placement.synth import __all__  # noqa: F401
