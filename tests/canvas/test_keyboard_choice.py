"""Choosing cards and opening their menu from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QMenu


def _order(view) -> list[str]:  # noqa: ANN001 - JourneyView
    journey = view.editor.journey
    moments = [m.id for m in journey.moments]
    lanes = [lane.id for lane in journey.lanes]
    cards = sorted(journey.cards, key=lambda c: (moments.index(c.moment_id), lanes.index(c.lane_id), c.y, c.x))
    return [c.id for c in cards]


def test_tab_walks_the_cards_moment_by_moment_and_shift_tab_walks_back(view, qtbot) -> None:  # noqa: ANN001
    order = _order(view)
    assert len(order) > 3
    assert view.board.selected_card_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.board.selected_card_ids() == [order[0]]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.board.selected_card_ids() == [order[2]]
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.board.selected_card_ids() == [order[1]]
    assert view.hasFocus()


def test_tab_past_the_last_card_leaves_the_board(view, qtbot) -> None:  # noqa: ANN001
    order = _order(view)
    view.select_cards([order[-1]])
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.board.selected_card_ids() == []
    assert not view.hasFocus()


def test_enter_edits_the_chosen_card(view, qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.card_editor.isVisible()
    assert view.card_editor.card_id == view.board.selected_card_ids()[0]


def test_the_menu_key_opens_the_chosen_cards_menu(view, qtbot) -> None:  # noqa: ANN001
    order = _order(view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    seen: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if a.text()])
            menu.close()

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    assert seen, "no menu opened"
    assert "Change type" in seen[0] and "Bring to front" in seen[0]
    assert view.board.selected_card_ids() == [order[1]]  # the menu is the chosen card's


def test_card_text_stops_above_the_hypothesis_badge(view) -> None:  # noqa: ANN001
    """The badge sits at the bottom left; a long title ends above it (with …) instead of under it."""
    from codesign.canvas.card_item import PAD

    item = next(i for i in view.board.cards.values() if len(i.title) > 25)
    item.set_hypotheses(0)
    plain_title, _ = item._text_lines()
    item.set_hypotheses(2)
    title, body = item._text_lines()
    line_h = item._title_px * 1.25
    text_bottom = item._title_top + len(title) * line_h + (len(body) * 13 * 1.3 + 4 if body else 0)
    assert text_bottom <= item.hypothesis_badge().top() + 1
    assert len(title) <= len(plain_title)
    item.set_hypotheses(0)
    assert len(item._text_lines()[0]) == len(plain_title)
    assert item._title_top >= PAD - 1
