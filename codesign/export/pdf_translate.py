"""Translations of the report's fixed words for one language, without Qt.

The PDF is written in the workshop's language (or the one asked for), which need not be the
language of the app's menus, and the CLI exports without Qt at all. So instead of Qt's
translators this reads the Qt Linguist source file resources/translations/codesign_<lang>.ts
(plain XML) into {(context, source): translation}. Unfinished or missing translations fall
back to the English source text, as Qt does. Messages with plural forms (%n) are not used by
the report; for them the first form is kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from codesign.paths import resource

Translate = Callable[[str, str], str]
SOURCE_LANGUAGE = "en"


def ts_path(language: str) -> Path:
    return resource("translations", f"codesign_{language}.ts")


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a .ts file, keyed by (context, source text)."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                                     "obsolete"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                table[(name, source)] = text
    return table


@lru_cache(maxsize=8)
def _table(language: str) -> dict[tuple[str, str], str]:
    path = ts_path(language)
    try:
        return read_ts(path)
    except (OSError, ET.ParseError):
        return {}  # no translations (or a broken file): the English source texts


def translate_for(language: str | None) -> Translate:
    """A translate(context, text) for `language` ("de", "en", …); English for unknown ones."""
    base = (language or SOURCE_LANGUAGE).split("_")[0].split("-")[0].lower()
    if base == SOURCE_LANGUAGE:
        return _source
    table = _table(base)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate


def _source(_context: str, text: str) -> str:
    return text
