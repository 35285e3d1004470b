"""Participants: added with colours and markers, renamed, regrouped and removed, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from codesign.app.open_workshop import OpenWorkshop
from codesign.voting.people import PeopleEditor, names_from_text


def test_pasted_names_are_split_trimmed_and_kept_once() -> None:
    text = "  Ana  Lima \nBo; Chen,  ana lima\n\n\u05d3\u05d5\u05d3 \n" + "x" * 200
    assert names_from_text(text) == ["Ana Lima", "Bo", "Chen", "\u05d3\u05d5\u05d3", "x" * 80]


def test_bulk_add_gives_each_person_a_colour_and_a_unique_marker(opened: OpenWorkshop) -> None:
    people = PeopleEditor(opened)
    ids = people.add(["Ana Lima", "Anton Lang", "Bo"], "staff")
    workshop = opened.workshop
    added = [p for p in workshop.participants if p.id in ids]
    assert [p.name for p in added] == ["Ana Lima", "Anton Lang", "Bo"] and {p.group for p in added} == {"staff"}
    markers = [p.marker for p in workshop.participants]
    assert len(set(markers)) == len(markers)  # colour is never the only cue
    assert all(p.colour.startswith("#") for p in added)
    assert opened.undo_stack.count() == 1
    opened.undo_stack.undo()
    assert not any(p.id in ids for p in opened.workshop.participants)


def test_removing_a_voter_and_author_comes_back_whole_on_undo(opened: OpenWorkshop) -> None:
    workshop = opened.workshop
    start = opened.document.to_interchange()
    author_ids = {c.author_id for j in workshop.journeys for c in j.cards if c.author_id}
    voter_ids = {v.participant_id for r in workshop.voting_rounds for v in r.votes if v.participant_id}
    person = next(p for p in workshop.participants if p.id in author_ids & voter_ids)
    PeopleEditor(opened).remove([person.id])
    gone = opened.document.to_interchange()
    assert person.id not in {p["id"] for p in gone["participants"]}
    assert not any(c["author"] == person.id for c in gone["cards"])
    assert not any(v["participant"] == person.id for r in gone["voting_rounds"] for v in r["votes"])
    opened.undo_stack.undo()
    assert opened.document.to_interchange() == start
    opened.undo_stack.redo()
    assert opened.document.to_interchange() == gone


def test_rename_and_regroup(opened: OpenWorkshop) -> None:
    people = PeopleEditor(opened)
    person = opened.workshop.participants[0]
    people.set_field(person.id, "name", "Amira K.")
    people.set_field(person.id, "group", "observer")
    exported = {p["id"]: p for p in opened.document.to_interchange()["participants"]}[person.id]
    assert (exported["name"], exported["group"]) == ("Amira K.", "observer")
    opened.undo_stack.undo()
    opened.undo_stack.undo()
    assert (person.name, person.group) == ("Amira", "customer")


def test_the_panel_adds_pasted_names_to_the_chosen_group_and_removes_from_a_row_menu(
        workshops, demo_file: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QInputDialog

    window = workshops.new_window()
    window.show()
    workshops.open_path(demo_file, window)
    panel = window.view.participants
    panel.group_choice.setCurrentIndex(panel.group_choice.findData("staff"))
    # The multi-line dialog is modal; answer it as a person pasting a list would.
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("Nora\nOle\n\nNora", True))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.names[-2:] == ["Nora", "Ole"] and panel.title() == "People in the room (14)"
    people = {p["name"]: p for p in window.workshop.document.to_interchange()["participants"]}
    assert people["Nora"]["group"] == "staff" and people["Ole"]["group"] == "staff"

    menu = panel.row_menu(panel.ids[-1], QPoint(0, 0))
    remove = next(a for a in menu.actions() if a.text() == "Remove")
    remove.trigger()
    menu.close()
    assert panel.names[-1] == "Nora" and len(panel.names) == 13
    window.workshop.undo_stack.undo()
    assert panel.names[-1] == "Ole"


def test_a_person_can_be_renamed_from_the_keyboard(workshops, demo_file: Path, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMenu

    window = workshops.new_window()
    window.show()
    workshops.open_path(demo_file, window)
    panel = window.view.participants
    names = [w for w in panel.findChildren(QLabel) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert [w.text() for w in names] == panel.names  # every name takes Tab focus
    first = names[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Amira K.", True))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_Down)  # the first entry, Rename…
    with qtbot.waitSignal(panel.change_requested):
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.names[0] == "Amira K.")
