"""The schema's history: migrating from scratch equals creating new, old files open and keep their
data, a backup comes first, and a newer file is refused before anything is written."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from codesign.model import Base
from codesign.storage import SCHEMA_VERSION, Document, MigrationFailed, NewerFile, probe
from codesign.storage import check, fileformat, migrate
from codesign.storage.check import check_file
from codesign.storage.engine import make_engine
from codesign.storage.fileformat import APPLICATION_ID, HEAD_REVISION, FileInfo
from codesign.storage.schema import new_database

from .helpers import folder_listing, sha256

FIXTURES = Path(__file__).parent / "fixtures"


def script_directory():  # -> alembic.script.ScriptDirectory
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(migrate.alembic_config(None))


REVISIONS = [r.revision for r in reversed(list(script_directory().walk_revisions()))]  # oldest first


def migrated_from_scratch(path: Path, revision: str) -> Path:
    """A file made the way the first codesign made them: empty, marked, then migrated."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            migrate.upgrade_connection(connection, revision)
    finally:
        engine.dispose()
    return path


def created_new(path: Path) -> Path:
    new_database(path, lambda connection: None)
    return path


def pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def _clauses(sql: str) -> tuple[str, ...]:
    """A CREATE statement as its sorted top-level clauses, so only order and spacing are ignored."""
    sql = re.sub(r"\s+", " ", sql).replace("( ", "(").replace(" )", ")")
    head, paren, body = sql.partition("(")
    if not paren:
        return (sql,)
    body = body[: body.rindex(")")]
    parts, depth, current = [], 0, ""
    for char in body:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return (head.strip(), *sorted(parts))


def normalized_schema(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    finally:
        con.close()
    return {(kind, name): _clauses(sql) for kind, name, sql in rows}


# -- (a) migrating from scratch gives exactly the schema a new file gets ---------------

def test_migrating_from_scratch_equals_creating_new(tmp_path: Path) -> None:
    migrated = migrated_from_scratch(tmp_path / "migrated.codesign", HEAD_REVISION)
    fresh = created_new(tmp_path / "fresh.codesign")
    assert normalized_schema(migrated) == normalized_schema(fresh)
    assert len(normalized_schema(fresh)) > 2 * len(Base.metadata.tables)  # tables and their indexes
    for name in ("user_version", "application_id"):
        assert pragma(migrated, name) == pragma(fresh, name)
    assert pragma(migrated, "user_version") == SCHEMA_VERSION


def test_the_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrated = migrated_from_scratch(tmp_path / "migrated.codesign", HEAD_REVISION)
    engine = make_engine(migrated)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == HEAD_REVISION
    finally:
        engine.dispose()


def test_the_newest_revision_is_the_schema_version() -> None:
    assert script_directory().get_current_head() == HEAD_REVISION
    assert int(HEAD_REVISION) == SCHEMA_VERSION
    assert REVISIONS[0] == "0001"


# -- (e) every revision stamps its number into the header ---------------------------------

@pytest.mark.parametrize("revision", REVISIONS)
def test_each_revision_sets_user_version_to_its_number(tmp_path: Path, revision: str) -> None:
    path = migrated_from_scratch(tmp_path / "w.codesign", revision)
    assert pragma(path, "user_version") == int(revision)


# -- (b) a file made by the first revision opens and keeps its data ----------------------

def first_revision_file(path: Path) -> Path:
    """Made by revision 0001 and filled with plain SQL in 0001's columns, as the first release wrote it."""
    migrated_from_scratch(path, "0001")
    con = sqlite3.connect(path)
    stamp = "2026-11-12T09:00:00.000000Z"
    con.execute("INSERT INTO workshop VALUES ('w', 'Erste Version', 'goal', '2026-11-12', 'Bern', 'de', 'Dana', "
                "'notes', ?, ?)", (stamp, stamp))
    con.execute("INSERT INTO participant VALUES ('p', 'w', 0, 'Amira', 'customer', '#CC6677', 'Am')")
    con.execute("INSERT INTO journey VALUES ('j', 'w', 0, 'Konto eröffnen', 'Studi', '')")
    con.execute("INSERT INTO moment VALUES ('m', 'j', 0, 'Vergleichen', '', -1.0, 480.0, 0)")
    con.execute("INSERT INTO lane VALUES ('l', 'j', 0, 'Kunde', 'customer_actions', 300.0, 0)")
    con.execute("INSERT INTO card (id, journey_id, moment_id, lane_id, author_id, z, kind, channel, note_type, "
                "title, body, x, y, width, height, locked, created, modified) VALUES "
                "('c', 'j', 'm', 'l', 'p', 0, 'note', NULL, 'pain', 'Zu viele Formulare', '', 20, 20, 200, 120, 0,"
                " ?, ?)", (stamp, stamp))
    con.commit()
    con.close()
    return path


def test_a_file_made_by_the_first_revision_opens_with_its_data(tmp_path: Path) -> None:
    path = first_revision_file(tmp_path / "old.codesign")
    with Document.open(path) as doc:
        w = doc.workshop
        assert (w.title, w.location, w.language) == ("Erste Version", "Bern", "de")
        (card,) = w.journeys[0].cards
        assert (card.title, card.note_type, card.moment.title, card.lane.title, card.author.name) == (
            "Zu viele Formulare", "pain", "Vergleichen", "Kunde", "Amira")
        with doc.edit():
            card.title = "Still editable"
    assert pragma(path, "user_version") == SCHEMA_VERSION


# -- (c) the committed file from the first release ---------------------------------------

@pytest.fixture
def schema_1_copy(tmp_path: Path) -> Iterator[Path]:
    committed = FIXTURES / "schema-1.codesign"
    before = sha256(committed)
    copy = tmp_path / "schema-1.codesign"
    shutil.copy(committed, copy)
    yield copy
    assert sha256(committed) == before  # tests only ever open a copy


def test_the_committed_schema_1_file_opens_and_holds_the_demo(schema_1_copy: Path) -> None:
    """schema-1.codesign was imported from the demo (saved beside it as schema-1.json) by schema 1.
    Every later version of codesign must still open it with nothing lost."""
    expected = json.loads((FIXTURES / "schema-1.json").read_text(encoding="utf-8"))
    assert probe(schema_1_copy).schema_version == 1
    with Document.open(schema_1_copy) as doc:
        assert doc.to_interchange() == expected
        assert len(doc.workshop.journeys[0].cards) == 42


# -- (d) a backup before every upgrade --------------------------------------------------

def add_minimal_workshop(path: Path) -> None:
    """One workshop row, whatever columns this revision's table has."""
    con = sqlite3.connect(path)
    columns = con.execute("PRAGMA table_info(workshop)").fetchall()
    values = {name: ("" if "CHAR" in kind.upper() or "TEXT" in kind.upper() else 0)
              for _cid, name, kind, notnull, _default, _pk in columns if notnull}
    values |= {"id": "w", "title": "Kept", "language": "en", "created": "2026-11-12T09:00:00.000000Z",
               "modified": "2026-11-12T09:00:00.000000Z"}
    values = {k: v for k, v in values.items() if any(c[1] == k for c in columns)}
    con.execute(f"INSERT INTO workshop ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                tuple(values.values()))
    con.commit()
    con.close()


@pytest.mark.parametrize("revision", REVISIONS)
def test_opening_an_older_file_takes_a_backup_first(tmp_path: Path, revision: str) -> None:
    if revision == HEAD_REVISION:
        pytest.skip(f"revision {revision} is the newest: no file made by it needs an upgrade yet")
    path = migrated_from_scratch(tmp_path / "old.codesign", revision)
    add_minimal_workshop(path)
    with Document.open(path) as doc:
        assert doc.workshop.title == "Kept"
        backup = doc.backup_path
    assert backup is not None and backup.exists()
    assert backup.name == f"old (before upgrade from format {int(revision)}).codesign"
    assert probe(backup).schema_version == int(revision)
    assert probe(path).schema_version == SCHEMA_VERSION


def test_upgrade_file_on_a_current_file_still_takes_a_backup(demo_file: Path) -> None:
    with Document.open(demo_file) as doc:
        before = doc.to_interchange()
    backup = migrate.upgrade_file(probe(demo_file))
    assert backup == demo_file.with_name("demo (before upgrade from format 1).codesign")
    for path in (demo_file, backup):
        with Document.open(path) as doc:
            assert doc.to_interchange() == before
    assert pragma(demo_file, "user_version") == SCHEMA_VERSION
    second = migrate.upgrade_file(probe(demo_file))
    assert second.name == "demo (before upgrade from format 1) (2).codesign"  # never overwrites a backup


def test_a_failed_upgrade_restores_the_file_and_keeps_the_backup(demo_file: Path) -> None:
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE alembic_version SET version_num = 'not-a-revision'")
    con.commit()
    con.close()
    with Document.open(demo_file) as doc:
        before = doc.to_interchange()
    with pytest.raises(MigrationFailed) as caught:
        migrate.upgrade_file(probe(demo_file))
    message = caught.value.message
    assert "demo.codesign" in message and "was restored" in message
    backup = Path(caught.value.params["backup"])
    assert backup.exists() and str(backup) in message
    with Document.open(demo_file) as doc:
        assert doc.to_interchange() == before


# -- a rehearsal: a second revision that exists only in this test ----------------------------

REHEARSAL = '''"""rehearsal revision, only in tests"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("card", recreate="always") as batch_op:  # rebuilds a table with many references
        batch_op.add_column(sa.Column("colour", sa.String(), nullable=True))
    {extra}
    op.execute("PRAGMA user_version = 2")
'''


Activate = Callable[..., None]


@pytest.fixture
def schema_2(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Activate:
    """Turns this codesign into one with a schema version 2, whose upgrade may also run `extra`."""

    def activate(extra: str = "") -> None:
        folder = tmp_path_factory.mktemp("code") / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        (folder / "versions" / "0002_rehearsal.py").write_text(REHEARSAL.format(extra=extra), encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(fileformat, "SCHEMA_VERSION", 2)
        monkeypatch.setattr(check, "SCHEMA_VERSION", 2)

    return activate


def interchange_of(path: Path) -> dict:
    with Document.open(path) as doc:
        return doc.to_interchange()


def test_the_upgrade_path_with_a_rehearsal_revision(schema_2: Activate, demo_file: Path) -> None:
    before = interchange_of(demo_file)
    schema_2()
    assert probe(demo_file).needs_upgrade
    with Document.open(demo_file) as doc:
        assert doc.backup_path == demo_file.with_name("demo (before upgrade from format 1).codesign")
        assert doc.to_interchange() == before
        with doc.edit():
            doc.workshop.journeys[0].cards[0].title = "edited after the upgrade"
    assert pragma(demo_file, "user_version") == 2
    con = sqlite3.connect(demo_file)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
    assert "colour" in {row[1] for row in con.execute("PRAGMA table_info(card)")}
    con.close()
    backup = demo_file.with_name("demo (before upgrade from format 1).codesign")
    assert probe(backup).schema_version == 1
    assert folder_listing(demo_file.parent) == {"demo.codesign", backup.name}


def test_check_upgrades_an_older_file_only_in_a_temporary_copy(schema_2: Activate, demo_file: Path) -> None:
    schema_2()
    before = sha256(demo_file), folder_listing(demo_file.parent)
    report = check_file(demo_file)
    assert report.ok and report.schema_version == 1
    assert "older; opening upgrades it to 2" in report.text()
    assert report.counts["cards"] == 42
    assert (sha256(demo_file), folder_listing(demo_file.parent)) == before


def test_a_failing_rehearsal_restores_the_file(schema_2: Activate, demo_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = interchange_of(demo_file)
    schema_2(extra='raise RuntimeError("disk on fire")')
    with pytest.raises(MigrationFailed, match="disk on fire"):
        Document.open(demo_file)
    assert pragma(demo_file, "user_version") == 1
    assert not any(p.name.startswith(".demo.codesign") for p in demo_file.parent.iterdir())  # lock released
    con = sqlite3.connect(demo_file)
    assert "colour" not in {row[1] for row in con.execute("PRAGMA table_info(card)")}
    con.close()
    monkeypatch.setattr(fileformat, "SCHEMA_VERSION", 1)  # back to this codesign, to read the restored file
    assert interchange_of(demo_file) == before


# -- (f) newer files are refused before anything is written -------------------------------

def test_a_newer_file_is_refused_before_anything_is_written(demo_file: Path) -> None:
    con = sqlite3.connect(demo_file)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.execute("UPDATE alembic_version SET version_num = ?", (f"{SCHEMA_VERSION + 1:04d}",))
    con.commit()
    con.close()
    before = sha256(demo_file), folder_listing(demo_file.parent)
    with pytest.raises(NewerFile) as caught:
        Document.open(demo_file)
    assert caught.value.params["found"] == SCHEMA_VERSION + 1
    assert (sha256(demo_file), folder_listing(demo_file.parent)) == before  # no backup, no lock, no -wal


def test_file_info_knows_when_an_upgrade_is_needed(tmp_path: Path) -> None:
    assert FileInfo(tmp_path, SCHEMA_VERSION - 1, 1).needs_upgrade
    assert not FileInfo(tmp_path, SCHEMA_VERSION, 1).needs_upgrade


def test_upgrade_connection_leaves_foreign_keys_on(tmp_path: Path) -> None:
    path = migrated_from_scratch(tmp_path / "w.codesign", "0001")
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            assert isinstance(connection, Connection)
            migrate.upgrade_connection(connection)  # already at head: nothing to do
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
