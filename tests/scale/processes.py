"""The command line in a process of its own, as a terminal starts it: its own process
group (so that a test's Ctrl-C, SIGINT to the group, reaches the workers too) and
SIGINT not ignored (a child inherits an ignored SIGINT, as under a non-interactive
shell's ``&``)."""

from __future__ import annotations

import signal
import subprocess
import sys


def start_cli(*args: str) -> subprocess.Popen:
    """``placement ARGS`` with piped text output, in a new session."""
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)  # not inherited ignored
    try:
        return subprocess.Popen(
            [sys.executable, "-c", "from placement.cli import main; main()", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, handler)
