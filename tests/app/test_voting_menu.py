"""Voting from the main window: the Voting menu and panel reach the shared screen, the paper
tally, the results and the heat on the board, and closing the workshop closes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from codesign.app.main_window import MainWindow
from codesign.app.workshops import Workshops
from codesign.model import vote_rules as rules
from codesign.voting.presenter import PresenterWindow


def test_f5_presents_the_round_full_screen_and_close_takes_it_away(
        workshops: Workshops, window: MainWindow, demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    view = window.view
    assert view.session.round_id == "r-01"  # the demo's last round is in focus
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = view.presenter
    assert isinstance(presenter, PresenterWindow)
    qtbot.waitExposed(presenter)
    assert presenter.isFullScreen()
    assert presenter.question.text().startswith("Where does it hurt most for customers?")
    assert len(presenter.scene.cards) == 42
    window.close_workshop()
    qtbot.waitUntil(lambda: not any(isinstance(w, PresenterWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


def test_results_tally_and_heat_from_the_voting_panel(workshops: Workshops, window: MainWindow,
                                                      demo_file: Path, qtbot) -> None:  # noqa: ANN001
    workshops.open_path(demo_file, window)
    view = window.view
    board = view.journey_view(0).board
    assert board.heat is None
    window.voting_panel_action.trigger()
    qtbot.waitExposed(view.console)
    heat = view.console.heat
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=QPoint(8, heat.height() // 2))  # on the box itself
    assert board.heat is not None and board.heat["c-16"] == 9  # the demo round's most-voted card
    view.session.open_round()  # reopened: the demo round hides its counts, but it was revealed
    session = view.session
    session.editor.configure("r-01", dots_per_participant=5)  # everyone spent their 3 dots in the demo
    voting_round = session.voting_round()
    hot = next(c for c in session.open_workshop.workshop.journeys[0].cards if c.id == "c-16")
    voter = next(p for p in session.voters() if rules.dots_left(voting_round, p) and p.id != hot.author_id
                 and rules.dots_on(voting_round, p, hot) < voting_round.per_card_max)
    session.choose_voter(voter.id)
    assert session.vote("c-16")
    qtbot.waitUntil(lambda: board.heat["c-16"] == 10)  # the board follows each dot

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    results = view._windows["results"]
    qtbot.waitExposed(results)
    assert results.round_id == "r-01"

    qtbot.mouseClick(view.console.tally_button, Qt.MouseButton.LeftButton)
    tally = view._windows["tally:r-01"]
    qtbot.waitExposed(tally)
    assert tally.windowTitle().startswith("Where does it hurt most for customers?")
    window.close_workshop()
    assert not view._windows or not any(w.isVisible() for w in view._windows.values())
