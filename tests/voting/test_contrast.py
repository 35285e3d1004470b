"""Every text on the shared screen reads at 4.5:1 or better (WCAG AA), computed from the
colours the presenter actually paints with."""

from __future__ import annotations

import pytest

from codesign.app.card_style import contrast, readable_text_on
from codesign.canvas import style
from codesign.model.enums import CARD_TYPES
from codesign.model.palette import PARTICIPANT_COLOURS
from codesign.voting import presenter_scene, presenter_style

MINIMUM = 4.5


@pytest.mark.parametrize(("what", "text", "background"), presenter_style.TEXT_PAIRS)
def test_screen_text_on_its_background(what: str, text: str, background: str) -> None:
    assert contrast(text, background) >= MINIMUM, what


@pytest.mark.parametrize("card_type", CARD_TYPES)
def test_card_titles_on_every_card_colour(card_type: str) -> None:
    assert contrast(style.TEXT_COLOUR.name(), style.fill(card_type).name()) >= MINIMUM


@pytest.mark.parametrize("colour", PARTICIPANT_COLOURS)
def test_markers_on_every_participant_colour(colour: str) -> None:
    assert contrast(readable_text_on(colour), colour) >= MINIMUM


def test_count_badges_and_moment_headers() -> None:
    assert contrast(presenter_scene.BADGE_TEXT, presenter_scene.BADGE_FILL) >= MINIMUM
    assert contrast(style.HEADER_TEXT.name(), style.HEADER_FILL.name()) >= MINIMUM


def test_the_stylesheet_uses_the_checked_colours() -> None:
    """A colour typed into the style sheet but missing from the checked pairs would escape the test."""
    import re

    sheet_colours = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}", presenter_style.STYLE_SHEET)}
    checked = {c.upper() for _what, text, background in presenter_style.TEXT_PAIRS for c in (text, background)}
    borders = {"#8A96A3"}  # the chip outline carries no text
    assert sheet_colours - checked == borders
