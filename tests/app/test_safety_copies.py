"""Safety copies of open workshops, every few minutes, beside the file that is saved at each change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codesign.app import settings as s
from codesign.app.open_workshop import OpenWorkshop
from codesign.app.safety_copies import SafetyCopies, copies_in, folder_for
from codesign.storage import Document


@pytest.fixture
def workshop(demo_file: Path, qapp) -> Iterator[OpenWorkshop]:  # noqa: ANN001
    opened = OpenWorkshop(Document.open(demo_file))
    yield opened
    opened.close()


def _rename(workshop: OpenWorkshop, title: str) -> None:
    assert workshop.set_workshop_field("title", title, "Rename")


def _title_in(path: Path) -> str:
    copy = Document.open(path)
    try:
        return copy.workshop.title
    finally:
        copy.close()


def test_no_copy_while_nothing_changed(workshop: OpenWorkshop) -> None:
    assert workshop.safety.write_if_changed() is None
    assert copies_in(workshop.safety.folder) == []


def test_a_change_gives_a_copy_that_opens_and_holds_it(workshop: OpenWorkshop, qtbot) -> None:  # noqa: ANN001
    _rename(workshop, "Kontoeröffnung — Sicherung 🛟")
    with qtbot.waitSignal(workshop.safety.copy_written) as blocker:
        written = workshop.safety.write_if_changed()
    assert blocker.args == [written]
    assert written.parent == folder_for(workshop.path)
    assert _title_in(written) == "Kontoeröffnung — Sicherung 🛟"
    assert workshop.safety.write_if_changed() is None  # nothing new since


def test_only_the_newest_copies_are_kept(workshop: OpenWorkshop) -> None:
    total = s.SAFETY_COPIES_KEPT + 3
    for n in range(total):
        _rename(workshop, f"Version {n}")
        assert workshop.safety.write_if_changed() is not None
    kept = copies_in(workshop.safety.folder)
    assert [_title_in(copy) for copy in kept] == [f"Version {n}" for n in reversed(range(3, total))]


def test_two_workshops_of_one_name_keep_apart(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "team.codesign", tmp_path / "b" / "team.codesign"
    assert folder_for(a) != folder_for(b)
    assert folder_for(a).name.startswith("team-")


def test_the_timer_follows_the_setting(workshop: OpenWorkshop) -> None:
    assert workshop.safety.interval_ms() == s.SAFETY_COPY_MINUTES.default * 60_000
    s.SAFETY_COPY_MINUTES.write(2)
    assert workshop.safety.interval_ms() == 2 * 60_000


def test_a_copy_that_cannot_be_written_is_reported_and_the_workshop_goes_on(
        workshop: OpenWorkshop, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    safety = SafetyCopies(workshop, root=blocked)
    _rename(workshop, "Still saved")
    with qtbot.waitSignal(safety.copy_failed) as blocker:
        assert safety.write_if_changed() is None
    assert blocker.args[0]
    safety.stop()
    assert workshop.workshop.title == "Still saved"
    workshop.document.session.expire_all()
    assert workshop.document.workshop.title == "Still saved"  # read back from the file


def test_closing_keeps_a_last_copy(demo_file: Path, qapp) -> None:  # noqa: ANN001
    opened = OpenWorkshop(Document.open(demo_file))
    _rename(opened, "Last words")
    folder = opened.safety.folder
    opened.close()
    assert _title_in(copies_in(folder)[0]) == "Last words"


def test_the_demo_keeps_no_copies(demo_file: Path, qapp) -> None:  # noqa: ANN001
    opened = OpenWorkshop(Document.open(demo_file), is_demo=True)
    try:
        assert opened.safety is None
    finally:
        opened.close()


def test_a_failed_copy_shows_in_the_status_bar(window, demo_file: Path, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    window._workshops.open_path(demo_file, window)
    safety = window.workshop.safety
    blocked = tmp_path / "blocked"
    blocked.write_text("x")
    safety._root = blocked
    _rename(window.workshop, "Renamed")
    safety.write_if_changed()
    assert "no safety copy could be made" in window.statusBar().currentMessage()
