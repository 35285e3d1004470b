"""An open workshop file: its model objects, its lock, and every edit committed as it happens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import NoResultFound, SQLAlchemyError
from sqlalchemy.orm import Session

from codesign.model import Language, ModelError, Workshop
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.storage.cascades import follow_deletes
from codesign.storage.changes import SESSION_KEY, Changes
from codesign.storage.engine import make_engine
from codesign.storage.errors import DamagedFile, StorageError, WriteFailed
from codesign.storage.fileformat import probe
from codesign.storage.loader import load_workshop
from codesign.storage.lock import FileLock
from codesign.storage.safe_write import backup_into
from codesign.storage.schema import new_database

Listener = Callable[[Changes], None]


class Document:
    """One open `.codesign` file.

    Every change goes through `edit()`: one transaction per user action, committed
    before `edit()` returns, so nothing waits for a Save. Listeners hear of each
    committed change; views follow them rather than the other way round.
    """

    def __init__(self, path: Path, engine: Engine, lock: FileLock, *, upgraded_from: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.backup_path = upgraded_from  # set when opening upgraded the file
        self._listeners: list[Listener] = []
        self._depth = 0
        self.session = Session(engine, expire_on_commit=False, autoflush=False)
        event.listen(self.session, "before_flush", self._refuse_stray_flush)
        self.workshop: Workshop = self._load()

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> Document:
        """Opens a workshop, upgrading an older one after a backup. Raises StorageError."""
        path = Path(path).absolute()
        probe(path, deep=False)  # a missing or foreign file is refused before a lock file appears beside it
        lock = FileLock(path)
        lock.acquire()
        engine = None
        try:
            info = probe(path)
            backup = None
            if info.needs_upgrade:
                from codesign.storage.migrate import upgrade_file  # imports Alembic: only when needed

                backup = upgrade_file(info)
            engine = make_engine(path)
            return cls(path, engine, lock, upgraded_from=backup)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    @classmethod
    def create(cls, path: Path | str, *, title: str, language: str = Language.EN,
               build: Callable[[Workshop], None] | None = None, **fields: object) -> Document:
        """Writes a new workshop file (refusing to overwrite one) and opens it."""
        path = Path(path).absolute()

        def fill(connection: Connection) -> None:
            with Session(connection) as session:
                workshop = Workshop(title=title, language=language, **fields)
                if build is not None:
                    build(workshop)
                session.add(workshop)
                session.flush()

        new_database(path, fill)
        return cls.open(path)

    def close(self) -> None:
        """Closes the file; SQLite folds the write-ahead log back into it."""
        if self._lock.held:
            self.session.close()
            self.engine.dispose()
            self._lock.release()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._lock.held

    # -- editing -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def edit(self) -> Iterator[Session]:
        """One user action: change model objects inside, and it is on disk when this returns.

        Nested edits join the outer one. If anything fails, the transaction is rolled
        back, the workshop is reloaded from the file, and listeners get a reset.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.session
            finally:
                self._depth -= 1
            return
        changes = Changes()
        self.session.info[SESSION_KEY] = changes
        self._depth = 1
        try:
            yield self.session
            self.session.commit()
            follow_deletes(self.workshop, self.session, changes)
        except BaseException as exc:
            if isinstance(exc, ModelError) and not changes and not (
                    self.session.new or self.session.dirty or self.session.deleted):
                # Refused before anything changed (e.g. a vote a rule forbids): nothing to undo,
                # so the loaded objects stay as they are, without a rollback or a reload.
                self.session.commit()
                raise
            self.session.rollback()
            self._reload()
            if isinstance(exc, (SQLAlchemyError, sqlite3.Error)):
                raise WriteFailed(self.path, str(getattr(exc, "orig", exc))) from exc
            raise
        finally:
            self._depth = 0
            self.session.info.pop(SESSION_KEY, None)
        if changes:
            self._notify(changes)

    def _refuse_stray_flush(self, *_args: object) -> None:
        if not self._depth:
            raise RuntimeError("model objects were changed outside Document.edit()")

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _load(self) -> Workshop:
        try:
            return load_workshop(self.session)
        except NoResultFound:
            raise DamagedFile(self.path, QT_TRANSLATE_NOOP("StorageError", "it holds no workshop")) from None
        except (SQLAlchemyError, sqlite3.Error, KeyError) as exc:
            raise DamagedFile(self.path, str(getattr(exc, "orig", exc))) from None

    def _reload(self) -> None:
        self.session.expunge_all()
        self.workshop = self._load()
        self._notify(Changes(reset=True))

    # -- files -----------------------------------------------------------------

    def raw_connection(self) -> sqlite3.Connection:
        return self.session.connection().connection.driver_connection  # type: ignore[return-value]

    def save_copy(self, dest: Path | str, *, overwrite: bool = False) -> Path:
        """A consistent copy of the workshop as it is now, while it stays open here."""
        dest = Path(dest).absolute()
        if dest == self.path:
            raise StorageError(dest, QT_TRANSLATE_NOOP("StorageError", "that is the file that is open"))
        self.session.commit()  # nothing pending; releases any read transaction
        backup_into(self.raw_connection(), dest, overwrite=overwrite)
        return dest

    def to_interchange(self) -> dict:
        """The workshop as committed, in the JSON interchange format."""
        from codesign.storage.interchange import export_dict

        try:
            return export_dict(self.session.connection())
        finally:
            self.session.commit()

    def checkpoint(self) -> None:
        """Folds the write-ahead log into the file, so a plain file copy is up to date."""
        self.session.connection().exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        self.session.commit()
