"""What makes a file a codesign workshop, checked without writing a byte to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.storage.errors import DamagedFile, FileMissing, NewerFile, NotAWorkshop, StorageError

APPLICATION_ID = 0x63447367  # "cDsg" in the SQLite header, offset 68
SCHEMA_VERSION = 1  # PRAGMA user_version; equals the number of the newest Alembic revision
HEAD_REVISION = f"{SCHEMA_VERSION:04d}"
SUFFIX = ".codesign"
_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    path: Path
    schema_version: int
    size: int

    @property
    def needs_upgrade(self) -> bool:
        return self.schema_version < SCHEMA_VERSION


def read_only_uri(path: Path) -> str:
    # Without a -wal (or -journal) file nobody is writing, and a plain read-only open would
    # create -wal and -shm files it cannot remove again; `immutable` reads without them.
    path = path.resolve()
    if any(Path(f"{path}{end}").exists() for end in ("-wal", "-journal")):
        return path.as_uri() + "?mode=ro"
    return path.as_uri() + "?mode=ro&immutable=1"


def probe(path: Path, *, deep: bool = True) -> FileInfo:
    """Classifies `path` as a workshop this version can open, or raises a StorageError.

    Reads the header directly, then (if `deep`) runs SQLite's quick_check through a
    read-only connection, so a refused file is left exactly as it was.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = handle.seek(0, 2)
    except FileNotFoundError:
        raise FileMissing(path) from None
    except IsADirectoryError:
        raise NotAWorkshop(path, QT_TRANSLATE_NOOP("StorageError", "it is a folder")) from None
    except OSError as exc:
        raise StorageError(path, exc.strerror or str(exc)) from None
    if size == 0:
        raise NotAWorkshop(path, QT_TRANSLATE_NOOP("StorageError", "the file is empty"))
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotAWorkshop(path, QT_TRANSLATE_NOOP("StorageError", "it is not a codesign database"))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAWorkshop(path, QT_TRANSLATE_NOOP("StorageError", "it is a database made by another program"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(path, QT_TRANSLATE_NOOP("StorageError", "its header is broken"))
    pages_valid = header[24:28] == header[92:96]
    if pages_valid and int.from_bytes(header[28:32], "big") * page_size > size:
        raise DamagedFile(path, QT_TRANSLATE_NOOP(
            "StorageError", "the file is shorter than it should be; it may have been cut off while copying"))
    version = int.from_bytes(header[60:64], "big")
    if version > SCHEMA_VERSION:
        raise NewerFile(path, found=version, supported=SCHEMA_VERSION)
    if version == 0:
        raise DamagedFile(path, QT_TRANSLATE_NOOP("StorageError", "it has no file format version"))
    if deep:
        _quick_check(path)
    return FileInfo(path, version, size)


def _quick_check(path: Path) -> None:
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            workshops = con.execute("SELECT count(*) FROM workshop").fetchone()[0] if "workshop" in tables else 0
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(path, str(exc)) from None
    if rows != [("ok",)]:
        raise DamagedFile(path, "; ".join(str(r[0]) for r in rows[:3]))
    if not {"workshop", "alembic_version"} <= tables:
        raise DamagedFile(path, QT_TRANSLATE_NOOP("StorageError", "its workshop tables are missing"))
    if workshops != 1:
        raise DamagedFile(path, QT_TRANSLATE_NOOP("StorageError", "it holds no workshop"))
