"""Save a Copy, Export JSON and Import JSON from the File menu, with real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from codesign.app import file_dialogs
from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.storage import Document

from .helpers import file_hash, take_message

TITLE = "Opening an account at Lindenbank"


@pytest.fixture
def opened(workshops: Workshops, window: MainWindow, demo_file: Path) -> MainWindow:
    workshops.open_path(demo_file, window)
    return window


def test_save_a_copy_writes_a_file_that_opens(opened: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    dest = tmp_path / "kept" / "copy.codesign"
    dest.parent.mkdir()
    asked: list[Path] = []
    monkeypatch.setattr(file_dialogs, "ask_save_workshop",
                        lambda _parent, _title, suggested: asked.append(suggested) or dest)
    qtbot.keyClick(opened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert asked and asked[0].name == "demo (copy).codesign"
    with Document.open(dest) as copy:
        assert copy.workshop.title == TITLE
        assert len(copy.workshop.journeys[0].cards) == 42
    assert opened.workshop.path.name == "demo.codesign"  # work goes on in the original
    assert "Saved a copy" in opened.statusBar().currentMessage()


def test_save_a_copy_includes_a_field_still_being_typed(opened: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        qtbot) -> None:  # noqa: ANN001
    dest = tmp_path / "copy.codesign"
    monkeypatch.setattr(file_dialogs, "ask_save_workshop", lambda *_args: dest)
    edit = opened.view.form.facilitator_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Jo Park")
    opened.save_copy_action.trigger()
    with Document.open(dest) as copy:
        assert copy.workshop.facilitator == "Jo Park"


def test_save_a_copy_over_the_open_file_is_refused(opened: MainWindow, demo_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    opened.workshop.document.checkpoint()
    before = file_hash(demo_file)
    monkeypatch.setattr(file_dialogs, "ask_save_workshop", lambda *_args: demo_file)
    opened.save_copy_action.trigger()
    assert "that is the file that is open" in take_message(qtbot)
    assert file_hash(demo_file) == before


def test_export_then_import_gives_the_same_workshop(workshops: Workshops, opened: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    exported = tmp_path / "out" / "lindenbank.json"
    exported.parent.mkdir()
    imported = tmp_path / "imported.codesign"
    monkeypatch.setattr(file_dialogs, "ask_export_json", lambda _parent, _suggested: exported)
    monkeypatch.setattr(file_dialogs, "ask_import_json", lambda _parent, _folder: exported)
    monkeypatch.setattr(file_dialogs, "ask_save_workshop", lambda _parent, _title, _suggested: imported)

    opened.export_action.trigger()
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "codesign-workshop" and data["workshop"]["title"] == TITLE

    opened.import_action.trigger()
    assert len(workshops.windows) == 2  # this window already shows a workshop
    new = workshops.window_showing(imported)
    assert new is not None and new is not opened
    assert new.workshop.workshop.title == TITLE
    assert new.workshop.document.to_interchange() == data


def test_importing_a_bad_json_file_says_why(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "codesign-workshop", "version": 1', encoding="utf-8")
    dest = tmp_path / "never.codesign"
    monkeypatch.setattr(file_dialogs, "ask_import_json", lambda _parent, _folder: bad)
    monkeypatch.setattr(file_dialogs, "ask_save_workshop", lambda *_args: dest)
    window.import_action.trigger()

    assert "“broken.json” is not a valid codesign workshop in JSON" in take_message(qtbot)
    assert not dest.exists()
    assert window.workshop is None
