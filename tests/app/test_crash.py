"""An unexpected error: the details go to the log, the user sees a short calm message."""

from __future__ import annotations

import sys

from codesign.app import crash

from .helpers import take_message


def _raise_and_handle() -> None:
    try:
        {}["missing-key-4711"]
    except KeyError:
        crash.handle_uncaught(*sys.exc_info())  # type: ignore[arg-type]


def test_an_unexpected_error_is_logged_and_explained_without_a_traceback(qapp, qtbot) -> None:  # noqa: ANN001
    _raise_and_handle()

    text = take_message(qtbot)
    assert "Your workshop is safe" in text
    assert str(crash.log_path()) in text
    assert "Traceback" not in text and "missing-key-4711" not in text
    log = crash.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'missing-key-4711'" in log


def test_a_burst_of_errors_shows_one_message(qapp, qtbot) -> None:  # noqa: ANN001
    _raise_and_handle()
    _raise_and_handle()
    take_message(qtbot)  # fails if two boxes are open
    assert crash.log_path().read_text(encoding="utf-8").count("KeyError: 'missing-key-4711'") == 2


def test_install_replaces_the_excepthook(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.handle_uncaught
