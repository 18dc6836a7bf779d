"""Command line: a thin shell over the library API (``placement --help``).

- :mod:`placement.cli.common`: exit codes, the run context and the error-running wrapper;
- :mod:`placement.cli.commands`: the command group and the solving / reporting commands;
- :mod:`placement.cli.import_`: ``placement import``;
- :mod:`placement.cli.scale`: ``placement sweep`` and ``placement frontier``.

Start-up stays light: the library (pandas, OR-Tools …) is imported in the commands'
bodies, so ``placement --help`` loads click and the message catalogue only.
"""

from placement.cli.commands import main

__all__ = ["main"]
