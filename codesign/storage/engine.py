"""SQLAlchemy engines on a workshop file, with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool, StaticPool

from codesign.storage.fileformat import APPLICATION_ID, read_only_uri


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    # A creator, not a URL, so any character in a file name is fine.
    if read_only:
        return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    return sqlite3.connect(str(path), check_same_thread=False)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """Read-write engines keep one connection for the document's life: reconnecting would
    checkpoint the WAL on every commit. Read-only engines connect per use."""
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: _connect(path, read_only),
        poolclass=NullPool if read_only else StaticPool,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return engine


def init_new_file(con: sqlite3.Connection, schema_version: int) -> None:
    """Marks a fresh database as a codesign workshop; called before any table exists."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {schema_version}")
    con.execute("PRAGMA journal_mode = WAL")
