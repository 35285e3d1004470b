"""Writing whole workshop files so that a crash never leaves one half-written."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from codesign.storage.errors import FileExists, WriteFailed


def temp_beside(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.tmp")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows has no directory fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def write_database(dest: Path, build: Callable[[Path], None], *, overwrite: bool = False) -> None:
    """Builds a database at a temporary path beside `dest`, then renames it into place.

    `build` gets the temporary path and must close every connection to it before returning.
    """
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise FileExists(dest)
    tmp = temp_beside(dest)
    try:
        _remove_with_sidecars(tmp)
        build(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except OSError as exc:
        _remove_with_sidecars(tmp)
        raise WriteFailed(dest, exc.strerror or str(exc)) from None
    except sqlite3.Error as exc:
        _remove_with_sidecars(tmp)
        raise WriteFailed(dest, str(exc)) from None
    except BaseException:
        _remove_with_sidecars(tmp)
        raise


def backup_into(source: sqlite3.Connection, dest: Path, *, overwrite: bool = False) -> None:
    """A consistent copy of an open database (SQLite's backup API), even while it is in use."""

    def build(tmp: Path) -> None:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()

    write_database(dest, build, overwrite=overwrite)


def unique_path(path: Path) -> Path:
    """`path`, or `name (2).ext`, `name (3).ext`… if it is taken."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise WriteFailed(path, "too many files with this name")


def write_text(dest: Path, text: str) -> None:
    """Replaces `dest` with `text` all at once, so readers never see half a file."""
    dest = Path(dest)
    tmp = temp_beside(dest)
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise WriteFailed(dest, exc.strerror or str(exc)) from None
