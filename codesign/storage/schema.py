"""Creating a new, empty workshop file at the newest schema."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection

from codesign.model import Base
from codesign.storage.engine import init_new_file, make_engine
from codesign.storage.fileformat import HEAD_REVISION, SCHEMA_VERSION
from codesign.storage.safe_write import write_database


def create_schema(connection: Connection) -> None:
    """The newest tables, stamped with the Alembic head; tests prove it equals migrating from scratch."""
    Base.metadata.create_all(connection)
    connection.exec_driver_sql(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    connection.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))


def new_database(dest: Path, fill: Callable[[Connection], None], *, overwrite: bool = False) -> None:
    """Writes a new workshop file filled by `fill`, all or nothing."""

    def build(tmp: Path) -> None:
        con = sqlite3.connect(tmp)
        try:
            init_new_file(con, SCHEMA_VERSION)
        finally:
            con.close()
        engine = make_engine(tmp)
        try:
            with engine.begin() as connection:
                create_schema(connection)
                fill(connection)
        finally:
            engine.dispose()

    write_database(dest, build, overwrite=overwrite)
