"""The facilitator's console: rounds made, changed, opened, revealed, closed and copied from its
buttons, and the progress of every voter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from codesign.app.open_workshop import OpenWorkshop
from codesign.model import vote_rules as rules
from codesign.voting.console import VotingConsole
from codesign.voting.round_dialog import RoundDialog
from codesign.voting.session import VotingSession


@pytest.fixture
def console(room: OpenWorkshop, qtbot) -> VotingConsole:  # noqa: ANN001
    session = VotingSession(room, sound=False)
    journey = room.workshop.journeys[0]
    widget = VotingConsole(session, lambda: (journey.id, [c.id for c in journey.cards[:4]]))
    qtbot.addWidget(widget)
    widget.resize(360, 700)
    widget.show()
    return widget


def answer_dialog(qtbot, fill: Callable[[RoundDialog], None]) -> None:  # noqa: ANN001
    """Fills in the round dialog that the next click opens, then presses OK."""
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RoundDialog) and w.isVisible())
        fill(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)


def current(console: VotingConsole):  # noqa: ANN201
    return console.session.voting_round()


def test_a_new_round_from_the_dialog(console: VotingConsole, qtbot) -> None:  # noqa: ANN001
    def fill(dialog: RoundDialog) -> None:
        dialog.question.selectAll()
        qtbot.keyClicks(dialog.question, "Which moment hurts most?")
        dialog.dots.setValue(4)
        qtbot.mouseClick(dialog.selection, Qt.MouseButton.LeftButton)
        dialog.anonymous.setChecked(True)
        dialog.group_boxes["staff"].setChecked(False)

    before = len(console.session.open_workshop.workshop.voting_rounds)
    answer_dialog(qtbot, fill)
    qtbot.mouseClick(console.new_button, Qt.MouseButton.LeftButton)
    rounds = console.session.open_workshop.workshop.voting_rounds
    assert len(rounds) == before + 1
    made = current(console)
    assert made is rounds[-1]
    assert (made.question, made.dots_per_participant, made.anonymous, made.groups, made.target) == (
        "Which moment hurts most?", 4, True, ["customer"], "selection")
    assert len(rules.target_card_ids(made)) == 4
    assert console.rounds.currentText().startswith(f"{len(rounds)}. Which moment hurts most?")
    assert console.progress.rowCount() == 6  # only the customers vote
    assert "anonymous" in console.status.text()


def test_open_reveal_close_reopen_and_copy(console: VotingConsole, qtbot) -> None:  # noqa: ANN001
    session = console.session
    round_id = session.editor.new_round(session.open_workshop.workshop.journeys[0].id, "Pains",
                                        hidden_until_reveal=True, allow_own_cards=True)
    session.choose_round(round_id)
    assert console.open_button.text() == "Open voting"
    qtbot.mouseClick(console.open_button, Qt.MouseButton.LeftButton)
    assert current(console).status == "open" and console.open_button.text() == "Close voting"
    qtbot.mouseClick(console.reveal_button, Qt.MouseButton.LeftButton)
    assert current(console).revealed and console.reveal_button.text() == "Hide dots again"
    qtbot.mouseClick(console.open_button, Qt.MouseButton.LeftButton)
    assert current(console).status == "closed" and console.open_button.text() == "Reopen voting"
    qtbot.mouseClick(console.open_button, Qt.MouseButton.LeftButton)
    assert current(console).status == "open"
    qtbot.mouseClick(console.copy_button, Qt.MouseButton.LeftButton)
    copy = current(console)
    assert copy.id != round_id and copy.question == "Pains" and copy.status == "draft" and copy.votes == []


def test_progress_shows_who_voted_and_dots_left(console: VotingConsole, qtbot) -> None:  # noqa: ANN001
    session = console.session
    round_id = session.editor.new_round(session.open_workshop.workshop.journeys[0].id, "Pains",
                                        dots_per_participant=2, allow_own_cards=True)
    session.choose_round(round_id)
    session.open_round()
    cards = session.open_workshop.workshop.journeys[0].cards
    session.choose_number(1)
    assert session.vote(cards[0].id) and session.vote(cards[1].id)
    session.done_and_next()
    assert session.vote(cards[0].id)

    def row(number: int) -> tuple[str, str, str]:
        return tuple(console.progress.item(number - 1, c).text() for c in range(3))  # type: ignore[return-value]

    expected = [("Amira", "0", "done ✓"), ("Jonas", "1", "voting now"), ("Grace", "2", "not yet")]
    qtbot.waitUntil(lambda: [row(n) for n in (1, 2, 3)] == expected)  # a moment after the shared screen
    assert console.summary.text() == "1 of 12 done · 3 of 24 dots placed"


def test_a_limit_below_dots_spent_is_refused_and_nothing_changes(console: VotingConsole, qtbot) -> None:  # noqa: ANN001
    session = console.session
    round_id = session.editor.new_round(session.open_workshop.workshop.journeys[0].id, "Pains",
                                        dots_per_participant=3, allow_own_cards=True)
    session.choose_round(round_id)
    session.open_round()
    cards = session.open_workshop.workshop.journeys[0].cards
    session.choose_number(1)
    for card in cards[:3]:
        assert session.vote(card.id)

    def fill(dialog: RoundDialog) -> None:
        dialog.dots.setValue(1)
        dialog.question.setText("Changed")

    answer_dialog(qtbot, fill)
    with qtbot.waitSignal(session.open_workshop.edit_failed) as failed:
        qtbot.mouseClick(console.settings_button, Qt.MouseButton.LeftButton)
    assert isinstance(failed.args[0], rules.LimitBelowSpent)
    assert (current(console).dots_per_participant, current(console).question) == (3, "Pains")
