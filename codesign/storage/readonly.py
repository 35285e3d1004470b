"""Reading a workshop file without changing it: for check and export."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection

from codesign.storage.engine import make_engine
from codesign.storage.fileformat import FileInfo, probe


@contextmanager
def read_connection(path: Path) -> Iterator[tuple[Connection, FileInfo]]:
    """A read-only connection. An older file is upgraded in a temporary copy, never in place."""
    info = probe(Path(path))
    if not info.needs_upgrade:
        engine = make_engine(info.path, read_only=True)
        try:
            with engine.connect() as connection:
                yield connection, info
        finally:
            engine.dispose()
        return
    from codesign.storage.migrate import copy_file, upgrade_file

    folder = Path(tempfile.mkdtemp(prefix="codesign-"))
    try:
        copy = folder / info.path.name
        copy_file(info.path, copy)
        upgrade_file(FileInfo(copy, info.schema_version, info.size))
        engine = make_engine(copy, read_only=True)
        try:
            with engine.connect() as connection:
                yield connection, info
        finally:
            engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
