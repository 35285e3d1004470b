"""The shared voting screen, driven like a room drives it: chips and number keys to pick a voter,
clicks and keys to place and take back dots, "Done / next" to hand over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from codesign.app.open_workshop import OpenWorkshop
from codesign.model import results
from codesign.model import vote_rules as rules
from codesign.storage.loader import load_workshop
from codesign.storage.readonly import read_connection
from codesign.storage.csv_export import export_csv
from codesign.voting.presenter import PresenterWindow
from codesign.voting.presenter_scene import PAPER, TITLE_PX
from codesign.voting.session import VotingSession


@pytest.fixture
def session(room: OpenWorkshop) -> VotingSession:
    return VotingSession(room, sound=False)


@pytest.fixture
def presenter(session: VotingSession, qtbot) -> Iterator[PresenterWindow]:  # noqa: ANN001
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window


def start_round(session: VotingSession, **settings: object) -> str:
    journey = session.open_workshop.workshop.journeys[0]
    round_id = session.editor.new_round(journey.id, "Where does it hurt most?", **settings)
    session.choose_round(round_id)
    session.open_round()
    return round_id


def click_card(qtbot, window: PresenterWindow, card_id: str,  # noqa: ANN001
               button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    item = window.scene.cards[card_id]
    window.view.ensureVisible(item, 0, 0)
    point = window.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), button, pos=QPoint(point.x(), point.y()))


def press_number(qtbot, window: PresenterWindow, number: int) -> None:  # noqa: ANN001
    for digit in str(number):  # two digits in quick succession make 10, 11, 12
        qtbot.keyClick(window, digit)


def test_a_whole_round_with_six_customers_and_six_staff(session: VotingSession, presenter: PresenterWindow,
                                                         qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session, dots_per_participant=3, per_card_max=2, allow_own_cards=True)
    presenter.rebuild()
    order = presenter.scene.order
    a, b, c, d, e, f = order[0][0], order[1][0], order[2][0], order[3][0], order[4][0], order[5][1]
    people = session.voters()
    assert [p.group for p in people] == ["customer"] * 6 + ["staff"] * 6

    # 1 Amira, by chip: A, A, a refused third A (at most 2 per card), then B; done by the button.
    qtbot.mouseClick(presenter._chip_buttons[people[0].id], Qt.MouseButton.LeftButton)
    assert presenter.voter_name.text() == "Amira"
    for card in (a, a, a):
        click_card(qtbot, presenter, card)
    assert "already has 2 dot(s) on this card" in presenter.message.text()
    click_card(qtbot, presenter, b)
    assert presenter.dots_label.text() == "0 dot(s) left"
    qtbot.mouseClick(presenter.done_button, Qt.MouseButton.LeftButton)
    # "Done / next" hands over to the next person in line.
    assert session.voter_id == people[1].id

    # 2 Jonas (already at the screen): A, C, D; Enter.
    for card in (a, c, d):
        click_card(qtbot, presenter, card)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)
    # 3 Grace by number key: A, B, B.
    press_number(qtbot, presenter, 3)
    for card in (a, b, b):
        click_card(qtbot, presenter, card)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)
    # 4 Tomasz: a slip on F taken back by right-click, then C, C, A.
    press_number(qtbot, presenter, 4)
    click_card(qtbot, presenter, f)
    click_card(qtbot, presenter, f, Qt.MouseButton.RightButton)
    for card in (c, c, a):
        click_card(qtbot, presenter, card)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)
    # 5 Mei: A, D, E.
    press_number(qtbot, presenter, 5)
    for card in (a, d, e):
        click_card(qtbot, presenter, card)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)
    # 6 Kwame with the keyboard only: arrows to a card, Space for a dot. A, B, F.
    press_number(qtbot, presenter, 6)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)  # the first arrow lands on the first card
    assert presenter.focus_id == a
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    for key in (Qt.Key.Key_Right,) * 4 + (Qt.Key.Key_Down,):
        qtbot.keyClick(presenter, key)
    assert presenter.focus_id == f
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)

    staff_plan = {7: (d, d, e), 8: (e, e, d), 9: (d, c, e), 10: (c, e, f), 11: (d, e, b), 12: (c, d, a)}
    for number, cards in staff_plan.items():
        press_number(qtbot, presenter, number)
        assert session.voter_id == people[number - 1].id, number
        if number == 9:  # Irina slips onto B and takes it back with Backspace
            click_card(qtbot, presenter, b)
            qtbot.keyClick(presenter, Qt.Key.Key_Backspace)
        for card in cards:
            click_card(qtbot, presenter, card)
        qtbot.keyClick(presenter, Qt.Key.Key_Return)

    assert session.done == {p.id for p in people}
    assert session.voter_id is None
    session.close_round()

    # Counted by hand from the plan above: (all, customers, staff).
    expected = {a: (8, 7, 1), b: (5, 4, 1), c: (6, 3, 3), d: (8, 2, 6), e: (7, 1, 6), f: (2, 1, 1)}
    with read_connection(session.open_workshop.path) as (connection, _info), Session(connection) as db:
        voting_round = next(r for r in load_workshop(db).voting_rounds if r.id == round_id)  # as stored
        result = results.round_results(voting_round)
    got = {card.card_id: (card.total, card.by_group["customer"], card.by_group["staff"])
           for card in result.cards if card.total}
    assert got == expected
    ranks = {card.card_id: card.rank for card in result.cards if card.total}
    assert ranks == {a: 1, d: 1, e: 3, c: 4, b: 5, f: 6}  # A and D tie for first; E is third, not second
    assert result.disagreements[0][0] == a  # 7 of 18 customer dots, 1 of 18 staff dots


def test_hidden_mode_shows_each_voter_only_their_own_dots(session: VotingSession, presenter: PresenterWindow,
                                                          qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session, dots_per_participant=2, allow_own_cards=True, hidden_until_reveal=True)
    presenter.rebuild()
    card = presenter.scene.order[0][0]
    press_number(qtbot, presenter, 1)
    click_card(qtbot, presenter, card)
    item = presenter.scene.cards[card]
    assert [(d.marker, d.own) for d in item.dots] == [("AM", True)] and item.total is None

    press_number(qtbot, presenter, 7)
    assert item.dots == () and item.total is None  # Lena sees nothing of Amira's dot
    click_card(qtbot, presenter, card)
    assert [(d.marker, d.own) for d in item.dots] == [("LB", True)] and item.total is None

    session.reveal()
    revealed = next(r for r in session.open_workshop.workshop.voting_rounds if r.id == round_id)
    assert revealed.revealed
    assert item.total == 2 and sorted(d.marker for d in item.dots) == ["AM", "LB"]


def test_anonymous_mode_never_shows_who_voted(session: VotingSession, presenter: PresenterWindow,
                                              qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session, dots_per_participant=2, allow_own_cards=True, anonymous=True)
    presenter.rebuild()
    card = presenter.scene.order[0][0]
    press_number(qtbot, presenter, 1)
    click_card(qtbot, presenter, card)
    press_number(qtbot, presenter, 2)
    item = presenter.scene.cards[card]
    assert [(d.colour, d.marker) for d in item.dots] == [(PAPER, "")] and item.total == 1
    click_card(qtbot, presenter, card)
    assert sorted((d.marker, d.own) for d in item.dots) == [("", False), ("JO", True)]  # your own dot is yours

    session.close_round()
    csv_text = export_csv(session.open_workshop.path)
    assert round_id in csv_text
    for person in session.open_workshop.workshop.participants:
        assert person.name not in csv_text and person.id not in csv_text


def test_number_keys_pick_two_digit_voters_and_ignore_unknown_numbers(
        session: VotingSession, presenter: PresenterWindow, qtbot) -> None:  # noqa: ANN001
    start_round(session)
    people = session.voters()
    press_number(qtbot, presenter, 12)
    assert session.voter_id == people[11].id
    qtbot.keyClick(presenter, "9")
    assert session.voter_id == people[8].id
    qtbot.keyClick(presenter, "9")  # 99 is nobody: a lone 9 again
    assert session.voter_id == people[8].id
    assert presenter._chip_buttons[people[8].id].property("state") == "current"


def test_a_vote_without_a_voter_or_on_a_closed_round_explains_itself(
        session: VotingSession, presenter: PresenterWindow, qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session)
    presenter.rebuild()
    card = presenter.scene.order[0][1]
    click_card(qtbot, presenter, card)
    assert "Pick your name first" in presenter.message.text()
    press_number(qtbot, presenter, 1)
    session.close_round()
    click_card(qtbot, presenter, card)
    assert "not open" in presenter.message.text()
    voting_round = next(r for r in session.open_workshop.workshop.voting_rounds if r.id == round_id)
    assert voting_round.votes == []
    assert "(closed)" in presenter.question.text()


def test_titles_are_large_at_full_hd_and_the_board_never_shrinks(session: VotingSession,
                                                                  presenter: PresenterWindow) -> None:
    start_round(session)
    presenter.rebuild()
    assert TITLE_PX >= 24
    assert presenter.view.transform().m11() == 1.0
    assert presenter.scene.cards
    assert all(item.title_px * presenter.view.transform().m11() >= 24 for item in presenter.scene.cards.values())
    assert not presenter.view.horizontalScrollBar().isVisible()  # six moments fit side by side


def test_escape_leaves_and_the_round_stays_open(session: VotingSession, presenter: PresenterWindow,
                                                qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session)
    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    voting_round = next(r for r in session.open_workshop.workshop.voting_rounds if r.id == round_id)
    assert voting_round.status == "open" and not presenter.isVisible()


def test_the_shared_screen_is_another_screen_when_there_is_one(qapp) -> None:  # noqa: ANN001
    screens = QApplication.screens()
    laptop = screens[0]
    chosen = PresenterWindow.shared_screen(laptop)
    assert chosen is (screens[1] if len(screens) > 1 else laptop)


def test_every_vote_is_one_undo_step(session: VotingSession, presenter: PresenterWindow, qtbot) -> None:  # noqa: ANN001
    round_id = start_round(session, dots_per_participant=3, allow_own_cards=True)
    presenter.rebuild()
    card = presenter.scene.order[0][0]
    press_number(qtbot, presenter, 2)
    click_card(qtbot, presenter, card)
    click_card(qtbot, presenter, presenter.scene.order[1][0])
    stack = session.open_workshop.undo_stack
    stack.undo()
    voting_round = next(r for r in session.open_workshop.workshop.voting_rounds if r.id == round_id)
    assert rules.totals(voting_round) == {card: {"all": 1, "customer": 1}}
    assert "2 dot(s) left" in presenter.dots_label.text()  # the screen follows the undo


def test_an_anonymous_round_exports_its_dots_but_no_voter(session: VotingSession, presenter: PresenterWindow,
                                                          qtbot) -> None:  # noqa: ANN001
    from codesign.storage.interchange import dumps

    round_id = start_round(session, dots_per_participant=2, allow_own_cards=True, anonymous=True)
    presenter.rebuild()
    card = presenter.scene.order[0][0]
    for number in (1, 7):
        press_number(qtbot, presenter, number)
        click_card(qtbot, presenter, card)
    exported = session.open_workshop.document.to_interchange()
    (stored,) = [r for r in exported["voting_rounds"] if r["id"] == round_id]
    assert sorted((v["group"], v["dots"], v["participant"]) for v in stored["votes"]) == [
        ("customer", 1, None), ("staff", 1, None)]
    text = dumps({"voting_rounds": [stored]})
    assert not any(p.id in text or p.name in text for p in session.open_workshop.workshop.participants)


TWO_SCREENS = """{"screens": [
 {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
 {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
  "dpr": 1}]}"""
ON_TWO_SCREENS = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from codesign.app.open_workshop import OpenWorkshop
from codesign.storage import Document
from codesign.voting.presenter import PresenterWindow
from codesign.voting.session import VotingSession

app = QApplication([])
laptop = next(s for s in app.screens() if s.name() == "laptop")
workshop = OpenWorkshop(Document.open(Path(sys.argv[1])))
window = PresenterWindow(VotingSession(workshop, sound=False))
window.present(laptop)
app.processEvents()
geometry = window.geometry()
print(window.screen().name(), window.isFullScreen(), geometry.x(), geometry.width(), geometry.height())
workshop.close()
"""


@pytest.mark.slow
def test_with_a_second_screen_the_room_sees_it_there(demo_file, python: str, tmp_path) -> None:  # noqa: ANN001
    import os
    import subprocess

    config = tmp_path / "screens.json"
    config.write_text(TWO_SCREENS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([python, "-c", ON_TWO_SCREENS, str(demo_file)], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["projector", "True", "1366", "1920", "1080"]


def test_long_texts_wrap_instead_of_widening_the_window(session: VotingSession, qtbot) -> None:  # noqa: ANN001
    window = PresenterWindow(session)
    qtbot.addWidget(window)
    window._keys = "Eine sehr lange Erklärung der Tasten " * 12  # as long as a translation may get
    window.refresh()
    assert window.minimumSizeHint().width() < 1280  # fits a small projector
