"""Card colours and display words cover the model's vocabularies and stay readable."""

from __future__ import annotations

import pytest

from codesign.app.card_style import CARD_COLOURS, TEXT, contrast, readable_text_on
from codesign.app.vocabulary import CHANNELS, GROUPS, LANGUAGES, NOTE_TYPES, mood, signed
from codesign.model import Channel, Language, NoteType, ParticipantGroup
from codesign.model.palette import PARTICIPANT_COLOURS


def test_every_card_type_has_its_own_colours() -> None:
    types = {c.value for c in Channel} | {n.value for n in NoteType}
    assert set(CARD_COLOURS) == types == set(CHANNELS) | set(NOTE_TYPES)
    fills = [fill for fill, _accent in CARD_COLOURS.values()]
    accents = [accent for _fill, accent in CARD_COLOURS.values()]
    assert len(set(fills)) == len(fills) and len(set(accents)) == len(accents)


@pytest.mark.parametrize("card_type", sorted(CARD_COLOURS))
def test_card_text_is_readable(card_type: str) -> None:
    fill, accent = CARD_COLOURS[card_type]
    assert contrast(TEXT, fill) >= 7.0  # WCAG AAA for body text
    assert contrast(accent, fill) >= 3.0  # the stripe stands out from its fill


@pytest.mark.parametrize("colour", PARTICIPANT_COLOURS)
def test_participant_markers_are_readable_on_their_colour(colour: str) -> None:
    assert contrast(readable_text_on(colour), colour) >= 4.5


def test_every_stored_value_has_a_display_word() -> None:
    assert set(GROUPS) == {g.value for g in ParticipantGroup}
    assert set(LANGUAGES) == {lang.value for lang in Language}


@pytest.mark.parametrize(("score", "text"), [(-2, "\u22122 frustrated"), (-1, "\u22121 unhappy"), (0, "0 neutral"),
                                             (0.5, "+0.5 pleased"), (1.5, "+1.5 delighted"), (2, "+2 delighted")])
def test_emotion_words(score: float, text: str) -> None:
    assert f"{signed(score)} {mood(score)}" == text
