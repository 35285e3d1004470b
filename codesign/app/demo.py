"""Fresh copies of the bundled demo workshop, so trying things out never harms a real one.

Copies live in codesign.paths.demo_dir(); copies older than a week are removed unless
some codesign still has them open.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from codesign.paths import DEMO_JSON, demo_dir

MAX_AGE_SECONDS = 7 * 24 * 3600
PREFIX = "demo "


def is_demo_copy(path: Path) -> bool:
    try:
        return Path(path).resolve().parent == demo_dir().resolve()
    except OSError:
        return False


def prune_demo_copies(folder: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Removes demo copies older than MAX_AGE_SECONDS that nobody has open; returns them."""
    from codesign.storage.errors import StorageError
    from codesign.storage.lock import FileLock

    folder = folder or demo_dir()
    now = time.time() if now is None else now
    removed: list[Path] = []
    for path in sorted(folder.glob("*.codesign")):
        try:
            if now - path.stat().st_mtime < MAX_AGE_SECONDS:
                continue
            lock = FileLock(path)
            lock.acquire()
        except (OSError, StorageError):
            continue  # open in some window, or gone already
        try:
            for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                part.unlink(missing_ok=True)
            removed.append(path)
        except OSError:
            pass
        finally:
            lock.release()
    return removed


def prepare_demo_copy(language: str = "en", folder: Path | None = None,
                      now: datetime | None = None) -> Path:
    """Writes a new copy of the demo workshop and returns its path. Raises StorageError."""
    from codesign.storage.interchange import import_file
    from codesign.storage.safe_write import unique_path

    folder = folder or demo_dir()
    folder.mkdir(parents=True, exist_ok=True)
    prune_demo_copies(folder)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    path = unique_path(folder / f"{PREFIX}{stamp}.codesign")
    import_file(DEMO_JSON.get(language, DEMO_JSON["en"]), path)
    return path
