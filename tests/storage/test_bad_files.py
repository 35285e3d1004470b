"""Files codesign must refuse: each with a message that names the file and says what to do,
and each left exactly as it was, with nothing new beside it."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from codesign.storage import (
    APPLICATION_ID, SCHEMA_VERSION, DamagedFile, Document, FileLocked, FileMissing, NewerFile, NotAWorkshop,
    StorageError, probe,
)
from codesign.storage.lock import lock_path

from .helpers import folder_listing, sha256


def set_pragma(path: Path, pragma: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA {pragma}")
        con.commit()
    finally:
        con.close()


def empty(path: Path, demo: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def random_bytes(path: Path, demo: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def foreign_database(path: Path, demo: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices (total) VALUES (9.5)")
    con.commit()
    con.close()


def newer_version(path: Path, demo: Path) -> None:
    shutil.copy(demo, path)
    set_pragma(path, f"user_version = {SCHEMA_VERSION + 1}")


def no_version(path: Path, demo: Path) -> None:
    shutil.copy(demo, path)
    set_pragma(path, "user_version = 0")


def no_tables(path: Path, demo: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    con.execute("CREATE TABLE scratch (x)")
    con.execute("DROP TABLE scratch")
    con.commit()
    con.close()


def no_workshop_row(path: Path, demo: Path) -> None:
    shutil.copy(demo, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM workshop")  # cascades to everything else
    con.commit()
    con.close()


def corrupted_pages(path: Path, demo: Path) -> None:
    data = bytearray(demo.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size, 3):
        data[page * page_size: page * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def a_folder(path: Path, demo: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("not a workshop")


def missing(path: Path, demo: Path) -> None:
    pass


# name -> (make the file, error class, words the message must hold)
CASES: dict[str, tuple[Callable[[Path, Path], None], type[StorageError], tuple[str, ...]]] = {
    "empty": (empty, NotAWorkshop, ("empty", "Choose a .codesign file", "not changed")),
    "truncated": (truncated, DamagedFile, ("shorter", "Open a backup", "not changed")),
    "random bytes": (random_bytes, NotAWorkshop, ("not a codesign", "Choose a .codesign file", "not changed")),
    "foreign database": (foreign_database, NotAWorkshop, ("another program", "Choose a .codesign file")),
    "newer version": (newer_version, NewerFile, (f"file format {SCHEMA_VERSION + 1}", "Update codesign",
                                                 "not changed")),
    "no version": (no_version, DamagedFile, ("no file format version", "Open a backup")),
    "no tables": (no_tables, DamagedFile, ("tables are missing", "Open a backup", "not changed")),
    "no workshop row": (no_workshop_row, DamagedFile, ("holds no workshop", "Open a backup", "not changed")),
    "corrupted pages": (corrupted_pages, DamagedFile, ("damaged", "Open a backup", "not changed")),
    "folder": (a_folder, NotAWorkshop, ("folder", "Choose a .codesign file")),
    "missing": (missing, FileMissing, ("There is no file", "Check the name")),
}


def state(path: Path) -> tuple[str | None, set[str]]:
    """The file's hash (None if it is not a file) and everything beside it."""
    return (sha256(path) if path.is_file() else None), folder_listing(path.parent)


@pytest.fixture(params=list(CASES))
def bad_file(request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "workshop.codesign"
    CASES[request.param][0](path, demo_file)
    yield request.param, path


def test_open_refuses_a_bad_file_and_leaves_it_alone(bad_file: tuple[str, Path]) -> None:
    case, path = bad_file
    _make, error, words = CASES[case]
    before = state(path)
    with pytest.raises(StorageError) as caught:
        Document.open(path)
    assert type(caught.value) is error
    message = caught.value.message
    assert "workshop.codesign" in message
    for word in words:
        assert word in message
    assert "\n" not in message
    assert state(path) == before


def test_probe_classifies_without_writing(bad_file: tuple[str, Path]) -> None:
    case, path = bad_file
    before = state(path)
    with pytest.raises(CASES[case][1]):
        probe(path)
    assert state(path) == before


@pytest.mark.slow
def test_check_and_export_refuse_a_bad_file_in_one_line(bad_file: tuple[str, Path], python: str) -> None:
    _case, path = bad_file
    before = state(path)
    runs = [subprocess.Popen([python, "-m", "codesign", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=path.parent.parent)
            for args in (["check", str(path)], ["export", str(path), "--format", "json", "-o", "-"])]
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 1, err
        assert out == ""
        assert err.startswith("codesign: ") and err.count("\n") == 1 and err.endswith("\n"), err
        assert "“workshop.codesign”" in err
        assert "Traceback" not in err
    assert state(path) == before


def test_a_file_in_a_missing_folder_is_missing_not_unwritable(tmp_path: Path) -> None:
    with pytest.raises(FileMissing) as caught:
        Document.open(tmp_path / "no such folder" / "w.codesign")
    assert "w.codesign" in caught.value.message
    assert not (tmp_path / "no such folder").exists()


# -- a file another process has open --------------------------------------------------

HOLD_OPEN = """
import sys
from codesign.storage import Document
doc = Document.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
doc.close()
print("closed", flush=True)
"""


@pytest.fixture
def held_elsewhere(demo_file: Path, python: str) -> Iterator[Path]:
    """The demo file, open in another codesign process until the test ends."""
    with subprocess.Popen([python, "-c", HOLD_OPEN, str(demo_file)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        try:
            assert holder.stdout.readline() == "ready\n"
            yield demo_file
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline() == "closed\n"
            assert holder.wait(timeout=30) == 0
        finally:
            if holder.poll() is None:
                holder.kill()


@pytest.mark.slow
def test_a_file_open_in_another_process_is_refused(held_elsewhere: Path) -> None:
    path = held_elsewhere
    before = state(path)
    assert {f"{path.name}-wal", lock_path(path).name} <= before[1]  # the other process's own
    with pytest.raises(FileLocked) as caught:
        Document.open(path)
    message = caught.value.message
    assert path.name in message
    assert "already open in codesign" in message
    assert "process" in message and "Switch to that window" in message
    assert state(path) == before


@pytest.mark.slow
def test_check_reads_a_file_open_in_another_process(held_elsewhere: Path, python: str) -> None:
    path = held_elsewhere
    before = state(path)
    result = subprocess.run([python, "-m", "codesign", "check", str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "cards: 42" in result.stdout and "integrity: ok" in result.stdout
    assert state(path) == before


# -- read-only access never leaves files behind ------------------------------------------

def test_probe_and_check_leave_no_sidecar_files(demo_file: Path) -> None:
    from codesign.storage.check import check_file
    from codesign.storage.export import export_json

    before = state(demo_file)
    probe(demo_file)
    assert check_file(demo_file).ok
    assert '"format": "codesign-workshop"' in export_json(demo_file)
    assert state(demo_file) == before

