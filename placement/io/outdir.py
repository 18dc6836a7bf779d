"""Write a whole output folder at once: everything goes to a hidden sibling folder,
which replaces the target only when every file is written. An interrupted run
leaves the previous output untouched; input files are never inside the replaced
folder."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from placement.errors import PlacementError
from placement.messages import msg

MARKER = "kpis.json"


@contextlib.contextmanager
def staged_output(out_dir: str | Path, protected: Iterable[Path] = (),
                  force: bool = False, marker: str = MARKER) -> Iterator[Path]:
    """A temporary folder that replaces ``out_dir`` when the block ends without error.
    A non-empty ``out_dir`` is replaced only if it holds ``marker`` (earlier output of
    the same command) or with ``force``."""
    out = Path(out_dir).resolve()
    for p in protected:
        rp = Path(p).resolve()
        if rp == out or out in rp.parents:
            raise PlacementError(msg("out.holds_input", out=out_dir, path=p))
    if out.exists():
        if not out.is_dir():
            raise PlacementError(msg("out.not_folder", out=out_dir))
        if any(out.iterdir()) and not (out / marker).exists() and not force:
            raise PlacementError(msg("out.not_empty", out=out_dir))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        yield tmp
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old"
            if old.exists():
                shutil.rmtree(old)
            out.rename(old)
        tmp.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
