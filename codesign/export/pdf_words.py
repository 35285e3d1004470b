"""Words of the PDF report and the rules for putting user text on the page.

The display words of the model's vocabularies come from codesign.words, the same Qt-free tables
the app shows, so the app's translations serve both. Every fixed
string goes through the injected `translate(context, text)`; every user string goes through
`Words.p` (Paragraph markup) or `Words.plain` (drawings, bookmarks, metadata), which also hide
participant names when the export is anonymised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timezone

from xml.sax.saxutils import escape

from codesign.export.text import clip, para, printable
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.model.workshop import Workshop
from codesign.words import CHANNELS, GROUPS, HYPOTHESIS_STATUSES, NOTE_TYPES

CONTEXT = "PdfExport"
VOCABULARY = "Vocabulary"
Translate = Callable[[str, str], str]
CARD_TYPES = {**CHANNELS, **NOTE_TYPES}
STATUSES = HYPOTHESIS_STATUSES

GROUPS_PLURAL = {
    "customer": QT_TRANSLATE_NOOP("PdfExport", "Customers"),
    "staff": QT_TRANSLATE_NOOP("PdfExport", "Staff"),
    "facilitator": QT_TRANSLATE_NOOP("PdfExport", "Facilitators"),
    "observer": QT_TRANSLATE_NOOP("PdfExport", "Observers"),
}
CRITICALITY = {
    1: QT_TRANSLATE_NOOP("PdfExport", "low"),
    2: QT_TRANSLATE_NOOP("PdfExport", "medium"),
    3: QT_TRANSLATE_NOOP("PdfExport", "high"),
}
MONTHS = (
    QT_TRANSLATE_NOOP("PdfExport", "January"), QT_TRANSLATE_NOOP("PdfExport", "February"),
    QT_TRANSLATE_NOOP("PdfExport", "March"), QT_TRANSLATE_NOOP("PdfExport", "April"),
    QT_TRANSLATE_NOOP("PdfExport", "May"), QT_TRANSLATE_NOOP("PdfExport", "June"),
    QT_TRANSLATE_NOOP("PdfExport", "July"), QT_TRANSLATE_NOOP("PdfExport", "August"),
    QT_TRANSLATE_NOOP("PdfExport", "September"), QT_TRANSLATE_NOOP("PdfExport", "October"),
    QT_TRANSLATE_NOOP("PdfExport", "November"), QT_TRANSLATE_NOOP("PdfExport", "December"),
)


def identity(_context: str, text: str) -> str:
    return text


def has(text: str | None) -> bool:
    """Whether a text field holds more than white space (an unsaved model field may be None)."""
    return bool(text and text.strip())


class Words:
    """Translated fixed words, and user text made safe (and anonymised when asked)."""

    def __init__(self, workshop: Workshop, translate: Translate, anonymise: bool) -> None:
        self._translate = translate
        self.anonymise = anonymise
        self._names: dict[str, str] = {}
        if anonymise:
            for person in workshop.participants:
                group = self.word(GROUPS, person.group)
                for name in ((person.name or "").strip(), *(person.name or "").split()):
                    if len(name) >= 2:
                        self._names.setdefault(name, group)
        longest_first = sorted(self._names, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)") if longest_first else None

    # -- fixed words ----------------------------------------------------------------------

    def tr(self, text: str, **fields: object) -> str:
        """A fixed string of the report, translated, with {fields} filled in (as given: plain)."""
        out = self._translate(CONTEXT, text)
        return out.format(**fields) if fields else out

    def word(self, table: dict, value: object) -> str:
        if value is None:
            return ""
        if value not in table:
            return str(value)
        context = CONTEXT if table is GROUPS_PLURAL or table is CRITICALITY else VOCABULARY
        return self._translate(context, table[value])

    def count(self, one: str, many: str, n: int, **fields: object) -> str:
        """English-style plurals ("1 dot", "3 dots"); each form is a string of its own."""
        return self.tr(one if n == 1 else many, n=n, **fields)

    # -- user text ------------------------------------------------------------------------

    def redact(self, text: str) -> str:
        """Participant names replaced by their group when anonymising; otherwise `text` as is."""
        if self._pattern is None or not text:
            return text
        whole = self._names.get(text.strip())
        if whole is not None:
            return whole
        return self._pattern.sub(lambda m: "[" + self._names[m.group(0)] + "]", text)

    def p(self, text: str | None, limit: int | None = None) -> str:
        """User text as Paragraph markup: escaped, printable, clipped at `limit`."""
        text = self.redact(text or "")
        if text.isascii() and text.isprintable():  # the common case, quickly: the font has every such glyph
            return escape(clip(text, limit) if limit is not None else text)
        return para(text, limit)

    def raw(self, text: str | None, limit: int | None = None) -> str:
        """User text to draw as it is (no markup): printable, clipped, line breaks kept."""
        text = self.redact(text or "")
        if not (text.isascii() and text.replace("\n", "").isprintable()):  # else the font has every glyph
            text = printable(text)
        text = text.strip()
        return clip(text, limit) if limit is not None else text

    def plain(self, text: str | None, limit: int | None = None) -> str:
        """User text for drawings, bookmarks and metadata: printable, one line, clipped."""
        out = " ".join(printable(self.redact(text or "")).split())
        if limit is not None and len(out) > limit:
            out = out[:limit - 1].rstrip() + "…"
        return out

    # -- dates ----------------------------------------------------------------------------

    def date(self, iso: str | None) -> str:
        """"12 November 2026" from "2026-11-12" or a UTC timestamp (shown in local time)."""
        if not iso:
            return ""
        try:
            day = local(iso).date() if "T" in iso else date.fromisoformat(iso)
        except ValueError:
            return iso
        return self.tr(QT_TRANSLATE_NOOP("PdfExport", "{day} {month} {year}"), day=day.day,
                       month=self.tr(MONTHS[day.month - 1]), year=day.year)

    def time(self, iso: str | None) -> str:
        if not iso:
            return ""
        try:
            return local(iso).strftime("%H:%M")
        except ValueError:
            return ""


def local(iso: str) -> datetime:
    """A stored UTC timestamp ("2026-11-12T10:42:00.000000Z") in this computer's time zone."""
    stamp = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone()
