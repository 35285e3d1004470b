"""Text layout for the journey drawing, shared by the renderers: lines at word breaks, cut text
ending in an ellipsis, titles that close up or shrink rather than lose words. Each renderer
passes its own `Measure`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from codesign.export.journey_drawing import (
    BODY_LINES, BODY_SIZE, ELLIPSIS, HEADER_SIZE, ICON, PAD, STRIPE, SUBTITLE_SIZE, TITLE_LINES, TITLE_STEPS, Box,
    CardShape, Measure,
)

# -- text layout, shared by the renderers ------------------------------------------------------

@dataclass(frozen=True)
class Line:
    text: str
    x: float
    y: float  # top of the line; the renderer puts the baseline one ascent below
    size: float
    bold: bool


def _hyphenated(head: str) -> str:
    """A word broken after `head` shows a hyphen, so "Kontovergleich" reads "Kontover-" + "gleich"."""
    return head + "-" if head[-1:].isalpha() else head


def _pieces(text: str, fits: Callable[[str, int], bool]) -> Iterator[str]:
    """Lines at word breaks; a word too long for a line is broken anywhere."""
    count = 0
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if fits(candidate, count):
                current = candidate
                continue
            if current:
                yield current
                count += 1
            while len(word) > 1 and not fits(word, count):
                low, high = 1, len(word) - 1  # the longest head that fits, hyphen and all, at least one character
                while low < high:
                    mid = (low + high + 1) // 2
                    low, high = (mid, high) if fits(_hyphenated(word[:mid]), count) else (low, mid - 1)
                yield _hyphenated(word[:low]) if fits(_hyphenated(word[:low]), count) else word[:low]
                count += 1
                word = word[low:]
            current = word
        if current:
            yield current
            count += 1


def _wrap(text: str, width: float, measure: Measure, size: float, bold: bool, max_lines: int,
          first_width: float | None = None) -> tuple[list[str], bool]:
    if max_lines <= 0 or not text.strip():
        return [], bool(text.strip())

    def fits(line: str, index: int) -> bool:
        room = first_width if index == 0 and first_width is not None else width
        return measure(line, size, bold) <= room

    lines = list(islice(_pieces(text, fits), max_lines + 1))
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    last = lines[-1]
    while last and not fits(last + " " + ELLIPSIS, max_lines - 1):
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]  # whole words go first
    lines[-1] = f"{last} {ELLIPSIS}" if last else ELLIPSIS
    return lines, True


def wrap(text: str, width: float, measure: Measure, size: float, bold: bool, max_lines: int,
         first_width: float | None = None) -> list[str]:
    """At most `max_lines` lines no wider than `width` (the first may be `first_width`); the last
    ends in … when text is left over."""
    return _wrap(text, width, measure, size, bold, max_lines, first_width)[0]


def shows_mark(box: Box) -> bool:
    """Whether a card is large enough for its type's mark at the top right."""
    return box.w >= 3 * ICON and box.h >= 2 * ICON


def card_lines(card: CardShape, measure: Measure) -> list[Line]:
    """Title then body, as the canvas places them: the first title line shares its room with the
    type mark at the top right (or starts below it when its first word needs the room). A title
    that does not fit first closes up its lines, then steps down a size or three, rather than
    lose words or break one (the canvas shrinks titles too, for long words)."""
    box = card.box
    text_width = box.w - STRIPE - 2 * PAD
    words = card.title.split()
    for size, leading in TITLE_STEPS:
        top, first_width = PAD - 1, text_width - ICON - 4 if shows_mark(box) else text_width
        if words and first_width < text_width and measure(words[0], size, True) > first_width:
            top, first_width = PAD + ICON + 2, text_width
        bottom = PAD if leading == TITLE_STEPS[0][1] else PAD / 2  # closed-up lines may use more of the card
        allowed = min(TITLE_LINES, max(1, int((box.h - top - bottom) // (size * leading))))
        title, cut = _wrap(card.title, text_width, measure, size, True, allowed, first_width)
        # A smaller size that keeps every word whole beats a word broken in two (German compounds).
        if not cut and all(measure(word, size, True) <= text_width for word in words):
            break
    x, y = box.x + STRIPE + PAD, box.y + top
    lines = []
    for text in title:
        lines.append(Line(text, x, y, size, True))
        y += size * leading
    body_lines = min(BODY_LINES, int((box.bottom - PAD - y - 4) // (BODY_SIZE * 1.3)))
    y += 4
    for text in wrap(card.body, text_width, measure, BODY_SIZE, False, body_lines):
        lines.append(Line(text, x, y, BODY_SIZE, False))
        y += BODY_SIZE * 1.3
    return lines


def header_lines(box: Box, title: str, subtitle: str, measure: Measure, title_lines: int = 2,
                 subtitle_lines: int = 3) -> list[Line]:
    """A moment's or lane's header (or the corner's journey title), as grid_items.py draws it."""
    width, x = box.w - 24, box.x + 12
    title_lines = max(1, min(title_lines, int((box.h - 12) // 23)))
    lines, y = [], box.y + 12
    for text in wrap(title, width, measure, HEADER_SIZE, True, title_lines):
        lines.append(Line(text, x, y, HEADER_SIZE, True))
        y += 23
    y += 4
    subtitle_lines = min(subtitle_lines, int((box.bottom - 4 - y) // 17))
    for text in wrap(subtitle, width, measure, SUBTITLE_SIZE, False, subtitle_lines):
        lines.append(Line(text, x, y, SUBTITLE_SIZE, False))
        y += 17
    return lines
