"""The paper tally dialog: counts typed per card and group land in the file as unnamed votes of
that group, one undo step per committed cell, and the cells always show the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from codesign.app.open_workshop import OpenWorkshop
from codesign.model import vote_rules as rules
from codesign.model.results import round_results
from codesign.storage import Document
from codesign.voting.editor import VotingEditor
from codesign.voting.tally_dialog import CARD, FIRST_GROUP, MOMENT, TallyDialog

QUESTION = "Where does it hurt on the wall?"
CUSTOMER, STAFF, TOTAL = FIRST_GROUP, FIRST_GROUP + 1, FIRST_GROUP + 2


@pytest.fixture
def tally(opened: OpenWorkshop, qtbot) -> Callable[..., TallyDialog]:  # noqa: ANN001
    """Opens the dialog on a new round of the demo journey (or on `round_id`)."""
    def make(round_id: str | None = None, **settings: object) -> TallyDialog:
        editor = VotingEditor(opened)
        if round_id is None:
            settings.setdefault("dots_per_participant", 3)
            settings.setdefault("groups", ["customer", "staff"])
            round_id = editor.new_round(opened.workshop.journeys[0].id, QUESTION, **settings)
        dialog = TallyDialog(opened, editor, round_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog
    return make


def the_round(opened: OpenWorkshop, round_id: str):  # noqa: ANN201 - a VotingRound
    return next(r for r in opened.workshop.voting_rounds if r.id == round_id)


def cell(dialog: TallyDialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def start_typing(qtbot, dialog: TallyDialog, text: str) -> QSpinBox:  # noqa: ANN001
    """Types on the current cell as a person would: the first key opens its editor."""
    table = dialog.table
    qtbot.keyClick(table, text[0])
    spin = table.indexWidget(table.currentIndex())
    assert isinstance(spin, QSpinBox)
    qtbot.keyClicks(spin, text[1:])
    return spin


def type_count(qtbot, dialog: TallyDialog, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:  # noqa: ANN001
    qtbot.keyClick(start_typing(qtbot, dialog, text), key)


def current(dialog: TallyDialog) -> tuple[int, int]:
    return dialog.table.currentRow(), dialog.table.currentColumn()


def test_typed_dots_count_as_votes_of_their_group(opened: OpenWorkshop, demo_file: Path, tally,
                                                  qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    first, second = dialog.card_ids[0], dialog.card_ids[1]
    steps = opened.undo_stack.count()
    assert current(dialog) == (0, CUSTOMER)
    type_count(qtbot, dialog, "4")  # Enter: down to the second card
    assert current(dialog) == (1, CUSTOMER)
    type_count(qtbot, dialog, "12", Qt.Key.Key_Tab)  # Tab: right, to its staff count
    assert current(dialog) == (1, STAFF)
    type_count(qtbot, dialog, "7")
    assert current(dialog) == (2, STAFF)

    assert opened.undo_stack.count() == steps + 3
    assert [cell(dialog, 0, c) for c in (CUSTOMER, STAFF, TOTAL)] == ["4", "0", "4"]
    assert [cell(dialog, 1, c) for c in (CUSTOMER, STAFF, TOTAL)] == ["12", "7", "19"]
    voting_round = the_round(opened, dialog.round_id)
    assert rules.totals(voting_round) == {first: {"all": 4, "customer": 4},
                                          second: {"all": 19, "customer": 12, "staff": 7}}
    assert all(v.participant_id is None for v in voting_round.votes)

    round_id = dialog.round_id
    dialog.close()
    opened.close()
    with Document.open(demo_file) as reopened:
        voting_round = next(r for r in reopened.workshop.voting_rounds if r.id == round_id)
        results = round_results(voting_round)
        assert rules.totals(voting_round)[second] == {"all": 19, "customer": 12, "staff": 7}
        assert results.card(second).by_group == {"customer": 12, "staff": 7, "facilitator": 0, "observer": 0}
        assert (results.card(second).rank, results.card(first).rank) == (1, 2)
        assert results.card(first).by_group["customer"] == 4


def test_paper_dots_add_to_the_dots_placed_on_screen(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    demo_round = opened.workshop.voting_rounds[0]  # closed, with on-screen votes: c-16 has 8 + 1
    assert rules.totals(demo_round)["c-16"] == {"all": 9, "customer": 8, "staff": 1}
    dialog = tally(demo_round.id)
    assert dialog.windowTitle() == demo_round.question
    row = dialog.card_ids.index("c-16")
    assert (cell(dialog, row, CUSTOMER), cell(dialog, row, TOTAL)) == ("0", "9")  # only paper in the count
    dialog.table.setCurrentCell(row, STAFF)
    type_count(qtbot, dialog, "5")

    demo_round = opened.workshop.voting_rounds[0]
    assert rules.totals(demo_round)["c-16"] == {"all": 14, "customer": 8, "staff": 6}
    assert round_results(demo_round).card("c-16").by_group["staff"] == 6
    assert (cell(dialog, row, STAFF), cell(dialog, row, TOTAL)) == ("5", "14")


def test_undo_puts_the_files_count_back_in_the_cell(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    type_count(qtbot, dialog, "6")
    type_count(qtbot, dialog, "2")
    assert (cell(dialog, 0, CUSTOMER), cell(dialog, 1, CUSTOMER)) == ("6", "2")

    opened.undo_stack.undo()  # as Ctrl+Z in the main window does
    assert (cell(dialog, 0, CUSTOMER), cell(dialog, 1, CUSTOMER)) == ("6", "0")
    assert rules.totals(the_round(opened, dialog.round_id)) == {dialog.card_ids[0]: {"all": 6, "customer": 6}}

    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in the dialog
    assert cell(dialog, 0, CUSTOMER) == "0" and cell(dialog, 0, TOTAL) == "0"
    assert rules.totals(the_round(opened, dialog.round_id)) == {}
    opened.undo_stack.redo()
    assert cell(dialog, 0, CUSTOMER) == "6"


def test_an_unchanged_count_adds_no_undo_step(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    type_count(qtbot, dialog, "3")
    steps = opened.undo_stack.count()
    dialog.table.setCurrentCell(0, CUSTOMER)
    type_count(qtbot, dialog, "3")  # the same number again
    type_count(qtbot, dialog, "0")  # a zero where there is none
    assert current(dialog) == (2, CUSTOMER)
    assert opened.undo_stack.count() == steps
    assert rules.totals(the_round(opened, dialog.round_id)) == {dialog.card_ids[0]: {"all": 3, "customer": 3}}


def test_refused_keys_never_reach_the_file(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    steps = opened.undo_stack.count()
    spin = start_typing(qtbot, dialog, "x-2a5")  # a letter opens the editor but is not typed
    assert spin.text() == "25"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    spin = start_typing(qtbot, dialog, "9901")  # 9900 dots at most: the last digit is refused
    assert spin.text() == "990"
    qtbot.keyClick(spin, Qt.Key.Key_Escape)  # Escape drops what was typed
    assert opened.undo_stack.count() == steps + 1
    first, second = dialog.card_ids[:2]
    assert rules.totals(the_round(opened, dialog.round_id)) == {first: {"all": 25, "customer": 25}}
    assert cell(dialog, 1, CUSTOMER) == "0"
    assert second not in rules.totals(the_round(opened, dialog.round_id))


def test_moving_with_enter_and_tab_without_typing(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    steps, table = opened.undo_stack.count(), dialog.table
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert current(dialog) == (0, STAFF)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # past the last group: the next card's first
    assert current(dialog) == (1, CUSTOMER)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert current(dialog) == (0, STAFF)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert current(dialog) == (1, STAFF)
    last = table.rowCount() - 1
    table.setCurrentCell(last, STAFF)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the last card stays the last
    assert current(dialog) == (last, STAFF)
    table.setCurrentCell(3, CARD)
    type_count(qtbot, dialog, "2")  # a digit on a card's title goes into its first count
    assert rules.totals(the_round(opened, dialog.round_id)) == {dialog.card_ids[3]: {"all": 2, "customer": 2}}
    assert opened.undo_stack.count() == steps + 1
    assert dialog.isVisible()  # Enter never pressed the Close button


def test_the_cell_being_typed_into_keeps_its_text_when_the_file_changes(opened: OpenWorkshop, tally,
                                                                         qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    first, second = dialog.card_ids[:2]
    spin = start_typing(qtbot, dialog, "8")
    dialog.editor.set_tally(dialog.round_id, first, "customer", 30)  # e.g. typed in another window
    dialog.editor.set_tally(dialog.round_id, second, "staff", 4)
    assert spin.text() == "8" and cell(dialog, 1, STAFF) == "4" and cell(dialog, 0, TOTAL) == "30"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert rules.totals(the_round(opened, dialog.round_id)) == {first: {"all": 8, "customer": 8},
                                                                second: {"all": 4, "staff": 4}}
    assert cell(dialog, 0, CUSTOMER) == "8"


def test_closing_keeps_a_count_still_being_typed(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    start_typing(qtbot, dialog, "11")
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not dialog.isVisible()
    assert rules.totals(the_round(opened, dialog.round_id)) == {dialog.card_ids[0]: {"all": 11, "customer": 11}}


def test_the_filter_hides_cards_whose_title_does_not_match(opened: OpenWorkshop, tally, qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    table = dialog.table
    titles = [table.item(r, CARD).text() for r in range(table.rowCount())]
    qtbot.keyClicks(dialog.filter, "PAPER")
    shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert [titles[r] for r in shown] == [t for t in titles if "paper" in t.casefold()]
    assert 1 < len(shown) < len(titles)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # into the first card found
    assert current(dialog) == (shown[0], CUSTOMER)
    type_count(qtbot, dialog, "5")  # Enter skips the hidden cards
    assert current(dialog) == (shown[1], CUSTOMER)
    assert rules.totals(the_round(opened, dialog.round_id)) == {dialog.card_ids[shown[0]]: {"all": 5, "customer": 5}}

    qtbot.keyClicks(dialog.filter, "zzz")
    assert not any(not table.isRowHidden(r) for r in range(table.rowCount()))
    assert dialog.no_match.isVisible()
    dialog.filter.clear()
    assert not any(table.isRowHidden(r) for r in range(table.rowCount())) and not dialog.no_match.isVisible()


def test_rows_follow_the_journey_and_columns_the_rounds_groups(opened: OpenWorkshop, tally) -> None:
    dialog = tally(groups=["customer", "staff", "observer"])
    journey = opened.workshop.journeys[0]
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Moment", "Card", "Customer", "Staff", "Observer", "All dots"]
    assert set(dialog.card_ids) == rules.target_card_ids(the_round(opened, dialog.round_id))
    cards = {c.id: c for c in journey.cards}
    moments = [m.id for m in journey.moments]
    lanes = [lane.id for lane in journey.lanes]
    places = [(moments.index(cards[i].moment_id), lanes.index(cards[i].lane_id), cards[i].y, cards[i].x)
              for i in dialog.card_ids]
    assert places == sorted(places) and places[0][0] == 0 and places[-1][0] == len(moments) - 1
    assert [table.item(r, MOMENT).text() for r in (0, table.rowCount() - 1)] == [
        journey.moments[0].title, journey.moments[-1].title]


def test_the_table_follows_changes_to_the_rounds_groups_and_cards(opened: OpenWorkshop, tally,
                                                                   qtbot) -> None:  # noqa: ANN001
    dialog = tally()
    table, everything = dialog.table, list(dialog.card_ids)
    chosen = [everything[4], everything[2]]
    start_typing(qtbot, dialog, "5")  # a cell being typed into while the round changes elsewhere
    dialog.editor.configure(dialog.round_id, groups=["customer", "staff", "observer"],
                            target="selection", target_cards=chosen)
    assert dialog.card_ids == [everything[2], everything[4]]  # journey order, not the order chosen
    assert [table.horizontalHeaderItem(c).text() for c in range(FIRST_GROUP, table.columnCount())] == [
        "Customer", "Staff", "Observer", "All dots"]
    assert table.state() != table.State.EditingState  # its row may be gone: the typing is dropped
    table.setCurrentCell(1, FIRST_GROUP + 2)
    type_count(qtbot, dialog, "3")
    assert rules.totals(the_round(opened, dialog.round_id)) == {everything[4]: {"all": 3, "observer": 3}}

    opened.undo_stack.undo()
    opened.undo_stack.undo()
    assert dialog.card_ids == everything and table.columnCount() == FIRST_GROUP + 3
    assert rules.totals(the_round(opened, dialog.round_id)) == {}


def test_a_round_without_cards_and_a_round_undone_show_why_nothing_is_there(opened: OpenWorkshop, tally) -> None:
    dialog = tally(target="selection", target_cards=[])
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert "no cards" in dialog.empty.text()

    other = tally()
    assert other.table.isVisible() and other.table.rowCount() == len(opened.workshop.journeys[0].cards)
    opened.undo_stack.undo()  # takes back the new round itself
    assert other.empty.isVisible() and not other.table.isVisible()
    assert "no longer" in other.empty.text()
    opened.undo_stack.redo()
    assert other.table.isVisible() and other.windowTitle() == QUESTION


def test_the_dialog_says_what_to_do_and_names_its_parts(tally) -> None:  # noqa: ANN001
    dialog = tally()
    assert dialog.windowTitle() == QUESTION and not dialog.isModal()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.empty)))
    assert "unnamed people of that group" in texts
    assert dialog.table.accessibleName() and dialog.filter.accessibleName()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Close).accessibleName() == "Close"
    assert "Customer" in dialog.table.item(0, CUSTOMER).data(Qt.ItemDataRole.AccessibleDescriptionRole)
