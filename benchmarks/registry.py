"""A small registry of benchmark suites (in the manner of linopy's ``BenchSpec``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Options:
    """What the command line asks of a suite (every suite reads what it needs)."""

    sizes: list[int] | None = None
    time_limit: float | None = None
    select: str | None = None
    quick: bool = False
    workers: int | None = None
    jobs: int = 1
    repeat: int = 1
    no_size_limits: list[str] | None = None
    snapshot: bool = True
    solver: str | None = None
    methods: list[str] | None = None
    workdir: str | None = None
    keep: bool = False
    timeout: float = 3600.0
    profile: str | None = None
    verbose: bool = True


@dataclass
class SuiteResult:
    """Rows of one suite run, the columns to print, notes and correctness failures."""

    suite: str
    columns: list[tuple[str, str]]  # (key in a row, header)
    rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BenchSpec:
    """One suite: ``run(options) -> SuiteResult``; sizes used when none are given."""

    name: str
    run: Callable[[Options], SuiteResult]
    default_sizes: tuple[int, ...] = ()
    quick_sizes: tuple[int, ...] = ()
    description: str = ""

    def sizes(self, options: Options) -> list[int]:
        if options.sizes:
            return list(options.sizes)
        return list(self.quick_sizes if options.quick else self.default_sizes)


SUITES: dict[str, BenchSpec] = {}


def register(spec: BenchSpec) -> BenchSpec:
    SUITES[spec.name] = spec
    return spec


def get_suite(name: str) -> BenchSpec:
    load_suites()
    if name not in SUITES:
        raise KeyError(f"unknown suite {name!r}; known: {', '.join(sorted(SUITES))}")
    return SUITES[name]


def load_suites() -> dict[str, BenchSpec]:
    """Import the suite modules (each registers itself)."""
    from benchmarks import budget, gap, moves, planner, scale, sweep, ties  # noqa: F401

    return SUITES
