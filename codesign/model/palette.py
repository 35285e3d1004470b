"""Participant colours: Paul Tol's 'muted' scheme, distinct for colour-blind viewers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

PARTICIPANT_COLOURS: tuple[str, ...] = (
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
    "#882255", "#44AA99", "#999933", "#AA4499",
)


def next_colour(used: Iterable[str]) -> str:
    """The least-used palette colour, earliest in the palette on a tie."""
    counts = Counter(c.upper() for c in used)
    return min(PARTICIPANT_COLOURS, key=lambda c: (counts[c], PARTICIPANT_COLOURS.index(c)))


def initials(name: str, taken: Iterable[str] = ()) -> str:
    """A 1–3 character marker so colour is never the only cue."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        base = (name.strip()[:1] or "?").upper()
    elif len(words) == 1:
        base = words[0][:2].title()
    else:
        base = (words[0][0] + words[-1][0]).upper()
    base = base[:3]  # case mapping can grow a letter: "ß".upper() is "SS", "ﬃ".title() is "Ffi"
    taken_set = set(taken)
    if base not in taken_set:
        return base
    for n in range(2, 100):
        candidate = f"{base[:2]}{n}" if n < 10 else f"{base[:1]}{n}"
        if candidate not in taken_set:
            return candidate
    return base
