"""Display words for the model's closed vocabularies (stored as plain strings), translated.

Kept free of codesign.model so the start screen can use it without loading SQLAlchemy.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from codesign.words import CHANNELS, DECISIONS, GROUPS, HYPOTHESIS_STATUSES, LANGUAGES, MOODS, NOTE_TYPES

__all__ = ["CHANNELS", "DECISIONS", "GROUPS", "HYPOTHESIS_STATUSES", "LANGUAGES", "MOODS", "NOTE_TYPES",
           "card_type_name", "mood", "signed", "word"]


def word(table: dict[str, str], value: str | None) -> str:
    """The translated word for a stored value; the value itself if it is unknown."""
    if value is None:
        return ""
    return QCoreApplication.translate("Vocabulary", table[value]) if value in table else value


def card_type_name(card_type: str) -> str:
    return word(CHANNELS if card_type in CHANNELS else NOTE_TYPES, card_type)


def mood(score: float) -> str:
    for upper, text in MOODS:
        if score <= upper:
            return QCoreApplication.translate("Vocabulary", text)
    return QCoreApplication.translate("Vocabulary", MOODS[-1][1])


def signed(score: float) -> str:
    """+1, −1.5, 0: a real minus sign, no needless decimals."""
    text = f"{abs(score):g}"
    if score > 0:
        return f"+{text}"
    return f"\u2212{text}" if score < 0 else "0"
