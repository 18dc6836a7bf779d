"""Reading a YAML file (scenario files): UTF-8 with or without BOM, safe loading, a bound
on nesting, and one clear line naming the file, line and column of a syntax error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from placement.errors import ScenarioError
from placement.i18n import msg
from placement.limits import work_limit


def read_yaml(path: Path) -> Any:
    """The parsed document of ``path`` (None when empty).

    Raises :class:`ScenarioError` when the file cannot be read, is not YAML, is nested
    deeper than the work limit or holds an invalid value (a date like 2026-13-01).
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(msg("scenario.cannot_read", path=path, error=exc)) from None
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader
    except _TooDeep:
        most, var = work_limit("yaml_depth")
        raise ScenarioError(msg("limits.yaml_depth", file=path.name, limit=most, var=var)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = msg("scenario.yaml_at", line=mark.line + 1, column=mark.column + 1) if mark else ""
        what = getattr(exc, "problem", None) or str(exc)
        raise ScenarioError(msg("scenario.yaml", file=path.name, at=at, what=what)) from None
    except ValueError as exc:  # a date-like value that is no date (2026-13-01)
        raise ScenarioError(msg("scenario.yaml_value", file=path.name, what=exc)) from None


class _TooDeep(Exception):
    pass


class _BoundedLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses documents nested deeper than the work limit
    (before Python's recursion limit is reached)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0
        self._max_depth = work_limit("yaml_depth")[0]

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > self._max_depth:
                raise _TooDeep
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
