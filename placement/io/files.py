"""Where a file named inside a scenario is: the scenario's folder, else the current
directory (used by the operations that read files: ``pin`` / ``forbid`` with ``file``,
``headcount_from_workload``)."""

from __future__ import annotations

from pathlib import Path


def resolve_file(base_dir: Path | None, file: str) -> tuple[Path, list[tuple[str, Path]]]:
    """The file: absolute (scenario files resolve ``file:`` against their own folder when
    loaded), else relative to ``base_dir`` (the scenario's folder), else the current
    directory (first that exists). Returns the path and the (place, path) tried."""
    p = Path(file)
    if p.is_absolute():
        inside = base_dir is not None and base_dir in p.parents
        return p, [("scenario folder" if inside else "absolute path", p)]
    tried: list[tuple[str, Path]] = []
    if base_dir is not None:
        tried.append(("scenario folder", base_dir / p))
    tried.append(("current directory", Path.cwd() / p))
    for _, t in tried:
        if t.is_file():
            return t, tried
    return tried[0][1], tried
