"""Write a whole output folder at once: everything goes to a hidden staging folder
beside the target, which takes the target's place only when every file is written.

The swap is one atomic step on Linux (``renameat2(RENAME_EXCHANGE)``: the new and the
old folder trade places, then the old one is removed). Elsewhere, or on a file system
without it, the complete staging folder is first renamed ``.<out>.new``, the old
output ``.<out>.old``, then ``.new`` becomes ``<out>``; a run killed between those
steps is finished by the next run (:func:`recover`: ``.new`` moves in if ``<out>`` is
missing, else ``.old`` moves back), so ``<out>`` always holds the earlier or the new
output, whole. Staging folders of runs that died (their process id is gone) are
removed.

No input file may sit inside the folder that is replaced (:func:`check_out`).
``PLACEMENT_CRASH_AT=<step>`` (a test hook) ends the process at a step of the swap;
``PLACEMENT_NO_EXCHANGE=1`` forces the portable path.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from placement.errors import PlacementError
from placement.i18n import msg

MARKER = "kpis.json"
CRASH_HOOK = "PLACEMENT_CRASH_AT"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def check_out(
    out_dir: str | Path, protected: Iterable[Path] = (), force: bool = False, marker: str = MARKER
) -> Path:
    """The resolved output folder, after refusing one that holds (or is) an input
    file, is not a folder, or is a non-empty folder that does not hold ``marker``
    (earlier output of the same command) unless ``force`` (inputs are refused even
    then)."""
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
    return out


@contextlib.contextmanager
def staged_output(
    out_dir: str | Path, protected: Iterable[Path] = (), force: bool = False, marker: str = MARKER
) -> Iterator[Path]:
    """Yield a staging folder; on normal exit it replaces ``out_dir`` as a whole (see
    :func:`check_out` for what may be replaced)."""
    recover(out_dir)
    out = check_out(out_dir, list(protected), force, marker)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging.{os.getpid()}.", dir=out.parent))
    try:
        yield tmp
        _swap(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def recover(out_dir: str | Path) -> None:
    """Finish or undo a swap a killed run left half done, and remove the staging
    folders of runs that are no longer running."""
    out = Path(out_dir).resolve()
    new, old = _aside(out, "new"), _aside(out, "old")
    if not out.exists():
        for whole in (new, old):  # .new is renamed only once complete
            if whole.is_dir():
                whole.rename(out)
                break
    if out.exists():
        for leftover in (new, old):
            if leftover.exists():
                shutil.rmtree(leftover, ignore_errors=True)
    if out.parent.is_dir():
        for stale in out.parent.glob(f".{glob_escape(out.name)}.staging.*"):
            if stale.is_dir() and not _alive(stale.name):
                shutil.rmtree(stale, ignore_errors=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _aside(out: Path, what: str) -> Path:
    return out.parent / f".{out.name}.{what}"


def _alive(staging_name: str) -> bool:
    """Whether the process that made a staging folder ``.<out>.staging.<pid>.<x>`` runs."""
    try:
        pid = int(staging_name.rsplit(".", 2)[-2])
    except (ValueError, IndexError):
        return True  # not ours to judge
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _hook(step: str) -> None:
    if os.environ.get(CRASH_HOOK) == step:
        os._exit(70)


def _swap(tmp: Path, out: Path) -> None:
    _hook("before_swap")
    if not out.exists():
        tmp.rename(out)
        _hook("after_swap")
        return
    if _exchange(tmp, out):  # tmp now holds the earlier output
        _hook("after_swap")
        shutil.rmtree(tmp, ignore_errors=True)
        return
    new, old = _aside(out, "new"), _aside(out, "old")
    for leftover in (new, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    tmp.rename(new)
    _hook("staged")
    out.rename(old)
    _hook("aside")
    new.rename(out)
    _hook("after_swap")
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2); False where that is unavailable."""
    if os.environ.get("PLACEMENT_NO_EXCHANGE"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))
