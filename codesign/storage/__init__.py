"""The `.codesign` file: one SQLite database per workshop. Free of Qt."""

from codesign.storage.changes import Changes
from codesign.storage.document import Document
from codesign.storage.errors import (
    BadInterchange, DamagedFile, FileExists, FileLocked, FileMissing, MigrationFailed, NewerFile,
    NotAWorkshop, StorageError, WriteFailed,
)
from codesign.storage.fileformat import APPLICATION_ID, SCHEMA_VERSION, SUFFIX, probe

__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "SUFFIX", "BadInterchange", "Changes", "DamagedFile", "Document",
    "FileExists", "FileLocked", "FileMissing", "MigrationFailed", "NewerFile", "NotAWorkshop",
    "StorageError", "WriteFailed", "probe",
]
