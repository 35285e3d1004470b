"""Fresh copies of the bundled demo workshop, so trying things out never harms a real one.

Copies live in codesign.paths.demo_dir(); copies older than a week are removed unless
some codesign still has them open. The demo exists in English and German (the same workshop,
ids and all); the app opens the one of its menus' language, named in that language too.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from codesign.paths import DEMO_JSON, demo_dir

MAX_AGE_SECONDS = 7 * 24 * 3600
PREFIX = "demo "
PREFIXES = {"en": PREFIX, "de": "Demo-Workshop "}  # any name will do: a copy is known by its folder


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
    """Writes a new copy of the demo workshop in `language` ("en" or "de"; English for any other)
    and returns its path. Raises StorageError."""
    from codesign.storage.interchange import import_file
    from codesign.storage.safe_write import unique_path

    language = language if language in DEMO_JSON else "en"
    folder = folder or demo_dir()
    folder.mkdir(parents=True, exist_ok=True)
    prune_demo_copies(folder)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H.%M.%S")
    path = unique_path(folder / f"{PREFIXES[language]}{stamp}.codesign")
    import_file(DEMO_JSON[language], path)
    return path
