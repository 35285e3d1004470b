"""Field rules shared by the model classes and the JSON import."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from enum import StrEnum

from codesign.model.errors import QT_TRANSLATE_NOOP, InvalidValue
from codesign.model.layout import MAX_EXTENT, MIN_CARD_SIZE

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)  # ASCII: \d alone also matches other scripts' digits
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z", re.ASCII)
MAX_MARKER = 3


def text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} must be text."), field=field)
    if "\x00" in value:
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} contains a NUL character."), field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from "\ud800" in JSON: SQLite cannot store it
        raise InvalidValue(
            QT_TRANSLATE_NOOP("ModelError", "{field} contains a broken character (a lone surrogate)."),
            field=field) from None
    return value


def choice(field: str, value: object, allowed: type[StrEnum]) -> str:
    values = [m.value for m in allowed]
    if value not in values:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("ModelError", "{field} must be one of {allowed}, not {value!r}."),
            field=field, allowed=", ".join(values), value=value,
        )
    return str(value)


def optional_choice(field: str, value: object, allowed: type[StrEnum]) -> str | None:
    return None if value is None else choice(field, value, allowed)


def number(field: str, value: object, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            isinstance(value, float) and not math.isfinite(value)):  # no isfinite(int): huge ints overflow it
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} must be a number."), field=field)
    if not low <= value <= high:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("ModelError", "{field} must be between {low} and {high}, not {value}."),
            field=field, low=low, high=high, value=value,
        )
    return float(value)


def integer(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} must be a whole number."), field=field)
    number(field, value, low, high)
    return value


def optional_integer(field: str, value: object, low: int, high: int) -> int | None:
    return None if value is None else integer(field, value, low, high)


def coordinate(field: str, value: object) -> float:
    return number(field, value, -MAX_EXTENT, MAX_EXTENT)


def extent(field: str, value: object) -> float:
    return number(field, value, MIN_CARD_SIZE, MAX_EXTENT)


def colour(field: str, value: object) -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("ModelError", "{field} must be a colour like #3366AA, not {value!r}."),
            field=field, value=value,
        )
    return value.upper()


def marker(field: str, value: object) -> str:
    value = text(field, value)
    if not 1 <= len(value) <= MAX_MARKER:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("ModelError", "{field} must be 1 to {most} characters, not {value!r}."),
            field=field, most=MAX_MARKER, value=value,
        )
    return value


def optional_date(field: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise InvalidValue(
        QT_TRANSLATE_NOOP("ModelError", "{field} must be a date like 2026-11-23, not {value!r}."),
        field=field, value=value,
    )


def timestamp(field: str, value: object) -> str:
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
        try:
            datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            pass
        else:
            return value
    raise InvalidValue(
        QT_TRANSLATE_NOOP("ModelError", "{field} must be a UTC time like 2026-11-23T09:30:00.000000Z, not {value!r}."),
        field=field, value=value,
    )


def optional_timestamp(field: str, value: object) -> str | None:
    return None if value is None else timestamp(field, value)


def flag(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "{field} must be true or false."), field=field)
    return value
