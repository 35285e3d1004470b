"""Upgrading older workshop files with Alembic, after taking a backup copy.

Alembic is imported only when a file actually needs upgrading, to keep start-up fast.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection

from codesign.storage.engine import make_engine
from codesign.storage.errors import MigrationFailed
from codesign.storage.fileformat import SCHEMA_VERSION, FileInfo, read_only_uri
from codesign.storage.safe_write import backup_into, unique_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_connection(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    # Batch migrations rebuild tables; foreign keys must be off while they do.
    connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
    command.upgrade(alembic_config(connection), revision)
    if connection.in_transaction():
        connection.commit()
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
    if problems:
        raise RuntimeError(f"{len(problems)} broken references after the upgrade")


def backup_path_for(path: Path, version: int) -> Path:
    return unique_path(path.with_name(f"{path.stem} (before upgrade from format {version}){path.suffix}"))


def copy_file(source: Path, dest: Path, *, overwrite: bool = False) -> None:
    con = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        backup_into(con, dest, overwrite=overwrite)
    finally:
        con.close()


def upgrade_file(info: FileInfo) -> Path:
    """Upgrades the file to SCHEMA_VERSION and returns where the original was kept."""
    backup = backup_path_for(info.path, info.schema_version)
    copy_file(info.path, backup)
    engine = make_engine(info.path)
    try:
        with engine.connect() as connection:
            upgrade_connection(connection)
    except Exception as exc:  # any failure: put the original back, untouched
        engine.dispose()
        copy_file(backup, info.path, overwrite=True)
        raise MigrationFailed(info.path, str(exc), backup=str(backup)) from exc
    finally:
        engine.dispose()
    return backup


__all__ = ["SCHEMA_VERSION", "upgrade_connection", "upgrade_file"]
