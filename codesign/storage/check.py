"""`codesign check`: what a workshop file holds and whether SQLite finds it sound."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from codesign.storage.fileformat import SCHEMA_VERSION
from codesign.storage.readonly import read_connection

COUNTED = (("participants", "participant"), ("journeys", "journey"), ("moments", "moment"), ("lanes", "lane"),
           ("cards", "card"), ("connectors", "connector"), ("voting rounds", "voting_round"),
           ("votes", "vote"), ("hypotheses", "hypothesis"))


@dataclass
class Report:
    path: Path
    schema_version: int
    title: str
    counts: dict[str, int] = field(default_factory=dict)
    integrity: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"]

    def text(self) -> str:
        state = "current" if self.schema_version == SCHEMA_VERSION else f"older; opening upgrades it to {SCHEMA_VERSION}"
        lines = [
            f"file: {self.path}",
            f"schema version: {self.schema_version} ({state})",
            f"workshop: {self.title}",
            *(f"{name}: {n}" for name, n in self.counts.items()),
            "integrity: " + "; ".join(self.integrity),
        ]
        return "\n".join(lines)


def check_file(path: Path) -> Report:
    with read_connection(Path(path)) as (connection, info):
        title = connection.exec_driver_sql("SELECT title FROM workshop").scalar() or ""
        counts = {name: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
                  for name, table in COUNTED}
        integrity = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    return Report(info.path.absolute(), info.schema_version, title, counts, integrity)
