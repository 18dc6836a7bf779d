"""Atomic file writes: a temporary file in the target folder, then ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from placement.errors import PlacementError
from placement.i18n import msg


def atomic_write(
    path: str | Path, write: Callable[[Path], object], protected: Iterable[Path] = ()
) -> Path:
    """Call ``write(tmp_path)`` and move the result onto ``path`` in one step.

    Refuses to write over any file in ``protected`` (the run's inputs).
    """
    path = Path(path)
    target = path.resolve()
    for p in protected:
        if Path(p).resolve() == target:
            raise PlacementError(msg("out.input_file", path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        write(tmp_path)
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, path)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        if exc.filename is None:  # e.g. disk full inside a library's writer: say which file
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str, protected: Iterable[Path] = ()) -> Path:
    return atomic_write(path, lambda p: p.write_text(text, encoding="utf-8"), protected)


def write_bytes(path: str | Path, data: bytes, protected: Iterable[Path] = ()) -> Path:
    return atomic_write(path, lambda p: p.write_bytes(data), protected)
