"""Why a workshop file could not be opened, created or written, in words for the user.

Each message says what is wrong and what to do. Templates are marked for translation;
the app translates them, the CLI prints them as they are.
"""

from __future__ import annotations

from pathlib import Path

from codesign.model.errors import QT_TRANSLATE_NOOP


class StorageError(Exception):
    context = "StorageError"
    template = QT_TRANSLATE_NOOP("StorageError", "“{name}” could not be used: {detail}")

    def __init__(self, path: Path | str, detail: str = "", **params: object) -> None:
        self.path = Path(path)
        self.params = {"name": self.path.name, "path": str(self.path), "detail": detail, **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class FileMissing(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError", "There is no file “{name}” at {path}. Check the name, or choose the file again.")


class NotAWorkshop(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "“{name}” is not a codesign workshop ({detail}). Choose a .codesign file, "
        "or use Import for a workshop saved as JSON. The file was not changed.")


class DamagedFile(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "“{name}” is damaged and cannot be opened ({detail}). The file was not changed. "
        "Open a backup or an earlier copy of it instead.")


class NewerFile(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "“{name}” was saved by a newer version of codesign (file format {found}; this version reads up to "
        "{supported}). Update codesign to open it. The file was not changed.")


class FileLocked(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "“{name}” is already open in codesign ({holder}). Switch to that window, "
        "or close the workshop there and try again.")


class FileExists(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError", "“{name}” already exists. Choose another name, or remove the old file first.")


class WriteFailed(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "Could not write “{name}” ({detail}). Check that the folder exists, is writable and has free space; "
        "your workshop file was not changed.")


class MigrationFailed(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError",
        "Could not upgrade “{name}” to this version of codesign ({detail}). The file was restored; "
        "a copy was kept at {backup}.")


class BadInterchange(StorageError):
    template = QT_TRANSLATE_NOOP(
        "StorageError", "“{name}” is not a valid codesign workshop in JSON: {detail}. Nothing was imported.")
