"""The results view on the demo: ranks with ties, customers beside staff, where they disagree,
which moment hurts most, rounds combined, hidden counts, and following undo. Every number
below is worked out by hand from the votes placed in `voted`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from codesign.app.open_workshop import OpenWorkshop
from codesign.storage import Document
from codesign.voting import moment_bars
from codesign.voting.editor import VotingEditor
from codesign.voting.results_tables import ALL, CUSTOMERS, OTHERS, RANK, STAFF_COL, TITLE
from codesign.voting.results_view import EMPTY, HIDDEN, RESULTS, ResultsView

# Demo cards: A–C are pain notes, D and E ideas.
A, B, C, D, E = "c-16", "c-25", "c-12", "c-14", "c-32"
TITLES = {A: "Video ident: long queue, dropped calls", B: "No idea what is happening",
          C: "Paper forms come back incomplete", D: "Save drafts, send a resume link",
          E: "Parcel-style status tracker"}
# Customers: Amira A A B, Jonas A B, Grace B D, Tomasz E.  Staff: Lena C C A, David C D, Irina E.
BALLOTS = {"Amira": [A, A, B], "Jonas": [A, B], "Grace": [B, D], "Tomasz": [E],
           "Lena Brandt": [C, C, A], "David Mensah": [C, D], "Irina Volkova": [E]}


@pytest.fixture
def opened(demo_file: Path, qapp) -> Iterator[OpenWorkshop]:  # noqa: ANN001 - pytest-qt's QApplication
    """The demo without its own voting round, so every dot counted is one placed here."""
    workshop = OpenWorkshop(Document.open(demo_file))
    with workshop.document.edit():
        workshop.workshop.voting_rounds.clear()
    yield workshop
    workshop.close()


@pytest.fixture
def view(opened: OpenWorkshop, qtbot) -> ResultsView:  # noqa: ANN001 - pytest-qt's qtbot
    widget = ResultsView(opened)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def new_round(opened: OpenWorkshop, question: str, **settings: object) -> str:
    editor = VotingEditor(opened)
    settings = {"dots_per_participant": 3, "per_card_max": 2, "allow_own_cards": True, **settings}
    round_id = editor.new_round(opened.workshop.journeys[0].id, question, **settings)
    editor.open_round(round_id)
    return round_id


def voted(opened: OpenWorkshop, **settings: object) -> str:
    round_id = new_round(opened, "Where does it hurt?", **settings)
    editor = VotingEditor(opened)
    people = {p.name: p.id for p in opened.workshop.participants}
    for name, cards in BALLOTS.items():
        for card in cards:
            assert editor.vote(round_id, people[name], card)
    return round_id


def rows(view: ResultsView, *columns: int) -> list[tuple[str, ...]]:
    table = view.table
    return [tuple(table.item(r, c).text() for c in columns) for r in range(table.rowCount())]


def test_cards_are_ranked_with_ties_and_the_groups_side_by_side(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    assert view.stack.currentIndex() == RESULTS
    # A 3+1=4; B 3+0 and C 0+3 tie at 3; D 1+1 and E 1+1 tie at 2 (ties in title order).
    assert rows(view, RANK, TITLE, ALL, CUSTOMERS, STAFF_COL) == [
        ("1", TITLES[A], "4", "3", "1"),
        ("2=", TITLES[B], "3", "3", "0"),
        ("2=", TITLES[C], "3", "0", "3"),
        ("4=", TITLES[E], "2", "1", "1"),
        ("4=", TITLES[D], "2", "1", "1"),
    ]
    assert "Tied for place 2 with 1 other card" in view.table.item(1, RANK).toolTip()
    assert view.table.item(0, RANK).toolTip() == ""
    assert view.table.isColumnHidden(OTHERS)  # only customers and staff voted
    assert view.summary.text() == "14 dot(s) placed"
    moment = view.table.item(0, 2).text()
    assert moment == "Prove who you are"


def test_the_disagreement_names_the_card_and_who_cares_more(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    table = view.disagreements
    # Customers placed 8 dots, staff 6: C is 0% of the customers' and 3/6 = 50% of the staff's.
    first = [table.item(0, c).text() for c in range(4)]
    assert first == [TITLES[C], "0%", "50%", "Staff care more"]
    second = [table.item(1, c).text() for c in range(4)]
    assert second == [TITLES[B], "38%", "0%", "Customers care more"]  # 3/8
    assert table.item(2, 0).text() == TITLES[A] and table.item(2, 3).text() == "Customers care more"
    assert table.rowCount() == 5 and not view.no_disagreement.isVisibleTo(view)


def longest_run(image: QImage, top: int, bottom: int, colour: QColor) -> int:
    best = 0
    for y in range(top, bottom):
        run = 0
        for x in range(image.width()):
            run = run + 1 if image.pixelColor(x, y) == colour else 0
            best = max(best, run)
    return best


def test_the_moment_with_most_pain_dots_hurts_most(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    bars = view.moments
    totals = {title: (total, pain) for _id, title, total, pain in bars.rows}
    # Start: C 3 (pain) + D 2; Prove: A 4 (pain); Wait: B 3 (pain) + E 2.
    assert totals == {"Find out & compare": (0, 0), "Start the application": (5, 3), "Prove who you are": (4, 4),
                      "Wait for the decision": (5, 3), "Receive card & access": (0, 0), "First weeks of use": (0, 0)}
    prove = next(m for m in opened.workshop.journeys[0].moments if m.title == "Prove who you are")
    assert bars.largest == prove.id and bars.by_pain  # most pain, though not the most dots
    assert view.hurts_most.text() == "“Prove who you are” hurts most: 4 dot(s) on pain points."
    # The painted bars: the longest pain bar is Prove's; Start and Wait draw equal ones.
    image = bars.grab().toImage()
    top, height = bars.legend_height(), bars.row_height()
    pain = [longest_run(image, top + i * height, top + (i + 1) * height, moment_bars.PAIN_DOTS)
            for i in range(len(bars.rows))]
    assert pain[0] == pain[4] == pain[5] == 0
    assert pain[2] > pain[1] == pain[3] > 0
    assert abs(pain[1] / pain[2] - 3 / 4) < 0.05


def test_all_rounds_combined_add_up(opened: OpenWorkshop, view: ResultsView, qtbot) -> None:  # noqa: ANN001
    first = voted(opened)
    editor = VotingEditor(opened)
    editor.close_round(first)
    second = new_round(opened, "And now?")
    editor.set_tally(second, A, "staff", 5)
    editor.set_tally(second, D, "customer", 2)
    editor.set_tally(second, D, "observer", 1)
    assert view.round_id == second  # the open round, until someone picks another
    assert rows(view, RANK, TITLE, ALL) == [("1", TITLES[A], "5"), ("2", TITLES[D], "3")]
    assert not view.table.isColumnHidden(OTHERS) and view.table.item(1, OTHERS).text() == "1"

    combined = view.choice.findText("All rounds combined")
    view.choice.setCurrentIndex(combined)
    view.choice.activated.emit(combined)  # what a pick from the list sends
    assert view.round_id is None
    # A 4+5, D 2+3, B 3, C 3, E 2.
    assert rows(view, RANK, TITLE, ALL, CUSTOMERS, STAFF_COL) == [
        ("1", TITLES[A], "9", "3", "6"),
        ("2", TITLES[D], "5", "3", "1"),
        ("3=", TITLES[B], "3", "3", "0"),
        ("3=", TITLES[C], "3", "0", "3"),
        ("5", TITLES[E], "2", "1", "1"),
    ]
    assert view.summary.text() == "22 dot(s) placed"
    view.show_round(first)
    assert view.choice.currentData() == first and view.table.item(0, ALL).text() == "4"


def test_empty_states_say_what_to_do(opened: OpenWorkshop, view: ResultsView) -> None:
    assert view.stack.currentIndex() == EMPTY
    assert "No voting rounds yet" in view.empty.text()
    assert not view.choice.isVisible()
    round_id = new_round(opened, "Nothing yet")
    assert view.round_id == round_id and view.choice.isVisible()
    assert view.stack.currentIndex() == EMPTY
    assert view.empty.text().startswith("No dots placed in this round yet")


def test_hidden_counts_show_a_notice_and_a_reveal_button(opened: OpenWorkshop, view: ResultsView,
                                                         qtbot) -> None:  # noqa: ANN001
    round_id = voted(opened, hidden_until_reveal=True)
    assert view.stack.currentIndex() == HIDDEN
    assert view.hidden_notice.isVisible() and not view.table.isVisible()
    assert view.hidden_notice.text() == "Counts are hidden until you reveal them"
    assert view.results is None and view.summary.text() == ""
    with qtbot.waitSignal(view.reveal_requested) as revealed:
        qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert revealed.args == [round_id]

    # Combined, the hidden round is left out rather than shown.
    view.show_round(None)
    assert view.stack.currentIndex() == EMPTY and "1 round(s) with hidden counts" in view.empty.text()

    view.show_round(round_id)
    VotingEditor(opened).reveal(round_id)
    assert view.stack.currentIndex() == RESULTS and view.table.item(0, TITLE).text() == TITLES[A]


def test_an_undo_refreshes_the_results(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    assert view.table.item(0, ALL).text() == "4"
    opened.undo_stack.undo()  # Irina's dot on E
    assert rows(view, TITLE, ALL)[-2:] == [(TITLES[D], "2"), (TITLES[E], "1")]
    assert view.summary.text() == "13 dot(s) placed"
    for _ in range(3):  # David's C and D, then Lena's A
        opened.undo_stack.undo()
    assert rows(view, RANK, TITLE, ALL)[:3] == [("1=", TITLES[B], "3"), ("1=", TITLES[A], "3"), ("3", TITLES[C], "2")]
    opened.undo_stack.redo()
    assert view.table.item(0, TITLE).text() == TITLES[A] and view.table.item(0, RANK).text() == "1"
    assert view.table.item(0, ALL).text() == "4"


def test_only_voting_changes_count_again_and_not_while_hidden(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    before = view.results
    opened.set_workshop_field("title", "Renamed", "Rename")
    assert view.results is before  # a change that cannot move a count does not recount
    view.hide()
    VotingEditor(opened).set_tally(view.round_id, B, "customer", 4)
    assert view.results is before  # hidden: only noted
    view.show()
    assert view.results is not before and view.table.item(0, TITLE).text() == TITLES[B]  # 3 + 4 = 7


def test_an_anonymous_round_shows_no_names(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened, anonymous=True)
    shown = [view.summary.text(), view.hurts_most.text(), view.moments.accessibleDescription()]
    for table in (view.table, view.disagreements):
        shown += [table.item(r, c).text() + table.item(r, c).toolTip()
                  for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c)]
    text = "\n".join(shown)
    assert TITLES[A] in text
    for person in opened.workshop.participants:
        assert person.name not in text


def test_readable_from_afar_and_named_for_screen_readers(opened: OpenWorkshop, view: ResultsView) -> None:
    voted(opened)
    for widget in (view.table, view.table.horizontalHeader(), view.disagreements, view.moments, view.summary):
        assert widget.font().pixelSize() >= 14
    for widget in (view.choice, view.table, view.disagreements, view.moments, view.reveal_button,
                   view.hurts_most):
        assert widget.accessibleName()
    assert view.table.columnWidth(TITLE) >= 2 * view.table.columnWidth(ALL)
    assert view.moments.accessibleDescription().splitlines()[2] == \
        "Prove who you are: 4 dot(s), 4 on pain points – Hurts most"


def test_a_narrow_window_puts_the_ranked_list_across_the_top(opened: OpenWorkshop, view: ResultsView,
                                                             qtbot) -> None:  # noqa: ANN001
    voted(opened)
    assert view.splitter.orientation() == Qt.Orientation.Horizontal  # 1600 wide: side by side
    wide_title = view.table.columnWidth(TITLE)
    view.resize(1100, 760)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical
                    and view.table.width() > view.width() * 0.9)
    assert view.table.columnWidth(TITLE) > wide_title  # the titles gain the room
