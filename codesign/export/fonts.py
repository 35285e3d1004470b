"""The embedded font family: DejaVu Sans, which covers Latin, Greek, Cyrillic and common symbols
(ReportLab's built-in fonts are Latin-1 only). Registered once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from codesign.paths import resource

FAMILY = "CodesignSans"
FILES = {"": "DejaVuSans.ttf", "-Bold": "DejaVuSans-Bold.ttf", "-Italic": "DejaVuSans-Oblique.ttf",
         "-BoldItalic": "DejaVuSans-BoldOblique.ttf"}


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str


@lru_cache(maxsize=1)
def register() -> Fonts:
    """Registers the family (regular, bold, italic) with ReportLab and returns the font names."""
    for suffix, file in FILES.items():
        pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(resource("fonts", file))))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, FAMILY + "-Bold")
    addMapping(FAMILY, 0, 1, FAMILY + "-Italic")
    addMapping(FAMILY, 1, 1, FAMILY + "-BoldItalic")
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=FAMILY + "-Bold", italic=FAMILY + "-Italic",
                                  boldItalic=FAMILY + "-BoldItalic")
    return Fonts(FAMILY, FAMILY + "-Bold", FAMILY + "-Italic", FAMILY + "-BoldItalic")


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """The code points the regular face has glyphs for."""
    register()
    font = pdfmetrics.getFont(FAMILY)
    return frozenset(font.face.charToGlyph)
