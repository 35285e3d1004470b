"""Files that cannot be opened: a clear message, an untouched file and a window that still works."""

from __future__ import annotations

import os
from pathlib import Path

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.storage import Document

from .helpers import file_hash, take_message


def test_random_bytes_are_refused_and_the_window_stays_usable(workshops: Workshops, window: MainWindow,
                                                              demo_file: Path, tmp_path: Path,
                                                              qtbot) -> None:  # noqa: ANN001
    bad = tmp_path / "noise.codesign"
    bad.write_bytes(os.urandom(4096))
    before = file_hash(bad)

    assert workshops.open_path(bad, window) is None
    text = take_message(qtbot)
    assert "“noise.codesign” is not a codesign workshop" in text
    assert file_hash(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.codesign", "noise.codesign"]
    assert window.workshop is None and workshops.recent.paths() == []

    assert workshops.open_path(demo_file, window) is window  # still usable
    assert window.workshop.path == demo_file


def test_a_file_open_elsewhere_says_so(workshops: Workshops, window: MainWindow, demo_file: Path,
                                       qtbot) -> None:  # noqa: ANN001
    with Document.open(demo_file):
        before = file_hash(demo_file)
        assert workshops.open_path(demo_file, window) is None
        text = take_message(qtbot)
        assert "“demo.codesign” is already open in codesign" in text
        assert f"process {os.getpid()}" in text
        assert file_hash(demo_file) == before
    assert window.workshop is None


def test_a_file_that_is_gone_is_explained(workshops: Workshops, window: MainWindow, tmp_path: Path,
                                          qtbot) -> None:  # noqa: ANN001
    assert workshops.open_path(tmp_path / "nowhere.codesign", window) is None
    assert "There is no file “nowhere.codesign”" in take_message(qtbot)
    assert not (tmp_path / "nowhere.codesign").exists()
