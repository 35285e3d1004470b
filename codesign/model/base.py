"""Declarative base, ids and timestamps shared by every model class."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import MetaData, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapper

# Stable constraint names, so Alembic batch migrations can find them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return uuid.uuid4().hex


TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> str:
    """Now as the ISO 8601 text stored in files; text so loading never parses it."""
    return datetime.now(timezone.utc).strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=timezone.utc)


def stamp_modified(cls: type) -> type:
    """Sets `modified` to now on each update of a row that changed, unless the edit set it.

    Done here rather than with a column `onupdate`: when SQLAlchemy batches the UPDATEs of
    several rows, the loaded objects all received the first row's time, unlike the file.
    """
    def touch(mapper: Mapper, _connection: object, target: object) -> None:
        state = inspect(target)
        if state.attrs.modified.history.has_changes():
            return
        if any(state.attrs[c.key].history.has_changes() for c in mapper.column_attrs):
            target.modified = utc_now()  # type: ignore[attr-defined]

    event.listen(cls, "before_update", touch)
    return cls
