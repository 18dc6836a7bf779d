"""What every command of the command line shares: the exit codes, the run context
(:class:`Ctx`: --quiet, --debug, --lang, progress lines) and :func:`run`, which turns
user errors into one ``error:`` line per problem and an exit code.

Imports nothing heavy (``placement --help`` stays fast): the library is imported in the
commands' bodies.
"""

from __future__ import annotations

import sys
import time
import traceback

import click

from placement.errors import PlacementError
from placement.i18n import Message, msg, render

EXIT_OK, EXIT_INPUT, EXIT_INFEASIBLE, EXIT_NO_SOLUTION = 0, 1, 2, 3
#: Stopped with Ctrl-C (the shell's 128 + SIGINT).
EXIT_INTERRUPTED = 130


class Ctx:
    def __init__(self, quiet: bool, debug: bool, lang: str, lang_given: bool = True):
        self.quiet, self.debug, self.lang = quiet, debug, lang
        #: documents for signing (proposal lists) are Indonesian unless --lang is given
        self.document_lang = lang if lang_given else "id"
        self.t0 = time.perf_counter()
        self.tty = sys.stderr.isatty()

    def say(self, line) -> None:
        """Print a line (a catalogue message is rendered in ``--lang``)."""
        if not self.quiet:
            click.echo(render(line, self.lang))

    def err(self, line) -> None:
        """Print a line on stderr in ``--lang`` (errors: also with --quiet)."""
        click.echo(render(line, self.lang), err=True)

    def progress(self, event: dict) -> None:
        """One status line on a terminal (phase, best, gap, elapsed); silent otherwise."""
        if self.quiet or not self.tty:
            return
        best, bound = event.get("best"), event.get("bound")
        gap = ""
        if best is not None and bound is not None and best != 0:
            gap = f"  gap {abs(best - bound) / max(abs(best), 1e-9):.2%}"
        txt = f"  {event.get('phase', '')}"
        if best is not None:
            txt += f"  best {best:,.1f}"
        txt += f"{gap}  {event.get('elapsed', time.perf_counter() - self.t0):.1f}s"
        click.echo("\r" + txt.ljust(78)[:78], nl=False, err=True)

    def end_progress(self) -> None:
        if not self.quiet and self.tty:
            click.echo("\r" + " " * 78 + "\r", nl=False, err=True)


def run(ctx: Ctx, fn) -> None:
    """Run a command body; user errors become one line per problem and exit code 1."""
    try:
        code = fn()
    except PlacementError as exc:
        ctx.end_progress()
        if ctx.debug:
            traceback.print_exc()
        for line in exc.problems:
            ctx.err(msg("cli.error", text=line))
        sys.exit(EXIT_INPUT)
    except KeyboardInterrupt:
        ctx.end_progress()
        ctx.err(msg("cli.interrupted"))
        sys.exit(EXIT_INTERRUPTED)
    except (FileExistsError, OSError) as exc:
        if ctx.debug:
            traceback.print_exc()
        # our own OSErrors carry a catalogue message; the system's are English
        text = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else exc
        ctx.err(msg("cli.error", text=text))
        sys.exit(EXIT_INPUT)
    sys.exit(code or EXIT_OK)
