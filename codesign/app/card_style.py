"""Colours for card types: each channel and note type has its own fill and accent.

Fills are light so dark text stays readable (tests check WCAG contrast); the accent
stripe and the type name in the tooltip mean colour is never the only cue.
"""

from __future__ import annotations

TEXT = "#1B1B1B"

# card type -> (fill, accent)
CARD_COLOURS: dict[str, tuple[str, str]] = {
    # touchpoint channels: cool, calm tones
    "person": ("#DCE9F7", "#2F6AAE"),
    "place": ("#D9F0E1", "#23824B"),
    "process": ("#E9E0F5", "#6F45A0"),
    "tool": ("#F1E3D3", "#96591F"),
    "artifact": ("#E6E8EA", "#56636E"),
    "digital": ("#D4F0F2", "#167E8C"),
    # note types: sticky-note tones
    "pain": ("#F9D3D1", "#C0392B"),
    "idea": ("#FFF2A8", "#A88200"),
    "quote": ("#FADDED", "#A8326F"),
    "question": ("#FFE0BD", "#C7650F"),
    "opportunity": ("#E2F2C4", "#527F16"),
}


def _channel(hex_colour: str, shift: int) -> float:
    value = int(hex_colour[1 + shift:3 + shift], 16) / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    r, g, b = (_channel(hex_colour, s) for s in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two #RRGGBB colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_text_on(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (participant swatches)."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") else "#FFFFFF"
