"""User text made safe for the PDF: never markup, never a character the font cannot draw,
never longer than the page can hold."""

from __future__ import annotations

from xml.sax.saxutils import escape

from codesign.export.fonts import covered

MISSING = "\u25a1"  # a white square: visibly "a character the font lacks", never a crash
CUT = " […]"


def printable(text: str) -> str:
    """Replaces what the embedded font has no glyph for (emoji, some scripts) and control
    characters; keeps new lines and tabs as spaces."""
    glyphs = covered()
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append("\n" if ch == "\n" else " ")
        elif ord(ch) < 32 or 0xD800 <= ord(ch) <= 0xDFFF:
            continue
        elif ch in "\u200d\ufe0f\ufe0e":  # joiners and variation selectors of emoji: nothing to draw
            continue
        elif ord(ch) in glyphs:
            out.append(ch)
        else:
            out.append(MISSING)
    return "".join(out)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word with a visible mark."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", int(limit * 0.8))
    return (cut[:space] if space > 0 else cut).rstrip() + CUT


def para(text: str, limit: int | None = None) -> str:
    """User text as Paragraph markup: escaped (so "<b>" and "&amp;" show as typed), printable,
    optionally clipped, new lines kept as line breaks."""
    text = printable(text)
    if limit is not None:
        text = clip(text, limit)
    return escape(text).replace("\n", "<br/>")
