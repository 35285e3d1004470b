"""One codesign at a time per workshop file.

A hidden lock file beside the workshop holds an OS lock for as long as the file is
open. The OS drops that lock when the process dies, so a crash never leaves a file
locked; the lock file's text only tells the next opener who holds it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.storage.errors import FileLocked, WriteFailed


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
        import msvcrt
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            try:
                handle = open(self.lock_file, "a+b")  # noqa: SIM115 - held open while locked
            except OSError as exc:
                raise WriteFailed(self.path, exc.strerror or str(exc)) from None
            if not _try_lock(handle):
                handle.seek(0)
                holder = _describe(handle.read(4096))
                handle.close()
                raise FileLocked(self.path, holder=holder)
            if _same_file(handle, self.lock_file):
                break
            handle.close()  # its holder unlinked it between our open and our lock; take the new one
        else:
            raise FileLocked(self.path, holder=_describe(b""))
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().strftime("%Y-%m-%d %H:%M")}
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(info).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.lock_file.unlink(missing_ok=True)
        except OSError:
            pass  # a leftover lock file is harmless: nobody holds its OS lock
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except OSError:
        return False


def _describe(raw: bytes) -> str:
    try:
        info = json.loads(raw.decode())
        return QT_TRANSLATE_NOOP("StorageError", "process {pid} on {host}, since {since}").format(**info)
    except (ValueError, KeyError, TypeError, AttributeError):
        return QT_TRANSLATE_NOOP("StorageError", "another window or process")
