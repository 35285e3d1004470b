"""Card text on the board: long words are never cut in the middle, long text ends in an ellipsis."""

from __future__ import annotations


import pytest

from codesign.canvas.card_item import TITLE_PX, CardItem
from codesign.model import Card


def lines_of(card: Card) -> tuple[list[str], list[str]]:
    item = CardItem(card, (0.0, 0.0))
    title, body = item._text_lines()
    return [line.text() for line in title], [line.text() for line in body]


@pytest.mark.parametrize("title", ["Ersatzteilsystem", "Reparaturbericht per E-Mail", "Servicetechniker"])
def test_a_long_word_shrinks_or_moves_below_the_icon_but_stays_whole(qapp, title: str) -> None:  # noqa: ANN001
    card = Card(kind="touchpoint", channel="tool", title=title, body="", width=150, height=80, z=0, locked=False)
    title_lines, _ = lines_of(card)
    words = title.split()
    assert title_lines, "the title is shown"
    assert title_lines[0].split()[0] == words[0]  # the first word is on one line, whole


def test_a_word_too_long_for_any_size_is_wrapped_in_order(qapp) -> None:  # noqa: ANN001
    word = "Kundenzufriedenheitsbefragungsergebnis"
    title_lines, _ = lines_of(Card(kind="note", note_type="idea", title=word, body="", width=150, height=80,
                                   z=0, locked=False))
    shown = "".join(title_lines)
    assert len(title_lines) > 1 and word.startswith(shown.rstrip("…").rstrip())


def test_a_short_title_keeps_the_full_size_beside_the_icon(qapp) -> None:  # noqa: ANN001
    item = CardItem(Card(kind="note", note_type="idea", title="Ask twice", body="", width=150, height=80, z=0, locked=False), (0.0, 0.0))
    item._text_lines()
    assert item._title_px == TITLE_PX and item._title_top < 18


def test_text_that_does_not_fit_ends_in_an_ellipsis(qapp) -> None:  # noqa: ANN001
    body = "Customers wait too long for a reply from the branch. " * 20
    title_lines, body_lines = lines_of(Card(kind="note", note_type="pain", title="Waiting", body=body,
                                            width=150, height=80, z=0, locked=False))
    assert title_lines == ["Waiting"]
    assert body_lines and body_lines[-1].endswith("…")
    assert len(" ".join(body_lines)) < len(body)


