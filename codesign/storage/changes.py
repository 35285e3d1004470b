"""What one committed edit changed, gathered from the ORM's flush events."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, object_session

from codesign.model import Base

SESSION_KEY = "codesign.changes"


@dataclass
class Changes:
    """Model objects added, updated (with the changed attribute names) and removed.

    `reset` means the whole workshop was reloaded and every view should rebuild.
    """

    added: list[object] = field(default_factory=list)
    updated: dict[object, set[str]] = field(default_factory=dict)
    removed: list[object] = field(default_factory=list)
    reset: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.reset)

    def of_type(self, cls: type) -> tuple[list, dict, list]:
        return ([o for o in self.added if isinstance(o, cls)],
                {o: a for o, a in self.updated.items() if isinstance(o, cls)},
                [o for o in self.removed if isinstance(o, cls)])


def _changes_for(target: object) -> Changes | None:
    session = object_session(target)
    return None if session is None else session.info.get(SESSION_KEY)


@event.listens_for(Base, "after_insert", propagate=True)
def _inserted(_mapper: Mapper, _connection: object, target: object) -> None:
    changes = _changes_for(target)
    if changes is not None:
        changes.added.append(target)


@event.listens_for(Base, "after_update", propagate=True)
def _updated(_mapper: Mapper, _connection: object, target: object) -> None:
    changes = _changes_for(target)
    if changes is None:
        return
    names = {a.key for a in inspect(target).attrs if a.history.has_changes()}
    if names:
        changes.updated.setdefault(target, set()).update(names)


@event.listens_for(Base, "after_delete", propagate=True)
def _deleted(_mapper: Mapper, _connection: object, target: object) -> None:
    changes = _changes_for(target)
    if changes is not None:
        changes.removed.append(target)
