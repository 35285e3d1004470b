"""What a new workshop's journey starts from: a blank journey or a template from resources/templates.

Listing the templates reads only their JSON, so the New Workshop dialog opens without loading
SQLAlchemy; the model is imported when a journey is built. The file format is described in
resources/templates/README.md.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from codesign.app.vocabulary import CHANNELS, NOTE_TYPES
from codesign.paths import resource

if TYPE_CHECKING:
    from codesign.model import Journey, Workshop

FOLDER = resource("templates")
FORMAT = "codesign-template"
VERSION = 1
BLANK = "blank"
DEFAULT = "service-blueprint"
FALLBACK_LANGUAGE = "en"
ORDER = ("service-blueprint", "customer-journey", "employee-journey")  # others follow by id
# LaneKind's values, spelled out so listing needs no codesign.model; a test keeps them equal.
LANE_KINDS = ("customer_actions", "frontstage", "backstage", "support", "emotion", "custom")
EMOTION_LANE = "emotion"
MIN_EMOTION, MAX_EMOTION = -2.0, 2.0

_FILE_NAME = re.compile(r"([a-z0-9][a-z0-9-]*)\.([a-z]{2})\.json", re.ASCII)

BLANK_MOMENTS = (
    QT_TRANSLATE_NOOP("Templates", "Discover"),
    QT_TRANSLATE_NOOP("Templates", "Decide"),
    QT_TRANSLATE_NOOP("Templates", "Start"),
    QT_TRANSLATE_NOOP("Templates", "Use"),
    QT_TRANSLATE_NOOP("Templates", "Get help"),
)


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class _MomentSpec:
    title: str
    description: str
    emotion: float


@dataclass(frozen=True)
class _LaneSpec:
    title: str
    kind: str


@dataclass(frozen=True)
class _CardSpec:
    moment: int
    lane: int
    kind: str
    channel: str | None
    note_type: str | None
    title: str
    body: str


@dataclass(frozen=True)
class _Spec:
    template: Template
    title: str
    persona: str
    description: str
    moments: tuple[_MomentSpec, ...]
    lanes: tuple[_LaneSpec, ...]
    cards: tuple[_CardSpec, ...]


class _Broken(Exception):
    pass


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def blank_template() -> Template:
    return Template(BLANK, QCoreApplication.translate("Templates", "Blank journey"),
                    QCoreApplication.translate("Templates", "The four service blueprint rows and five empty moments, ready to fill in together."))


def available_templates(language: str) -> list[Template]:
    """The blank journey first, then every template that loads, in `language` or else in English."""
    found = (_spec(template_id, language) for template_id in _template_ids())
    return [blank_template(), *(spec.template for spec in found if spec is not None)]


def add_template_journey(workshop: Workshop, template_id: str, language: str) -> Journey:
    """Adds the template's journey to `workshop`; a blank one if the template is unknown or broken."""
    from codesign.model import ModelError

    spec = None if template_id == BLANK else _spec(template_id, language)
    journey = None
    if spec is not None:
        try:
            journey = _build(spec)
        except ModelError:  # a rule _parse does not know about; the workshop still gets a journey
            journey = None
    if journey is None:
        journey = _blank_journey()
    workshop.journeys.append(journey)
    return journey


def card_slot(index: int, moment_width: float) -> tuple[float, float]:
    """Where the `index`th card of a cell goes, relative to the cell: left to right, then down."""
    from codesign.model.layout import CARD_GAP, CARD_HEIGHT, CARD_WIDTH

    columns = max(1, int((moment_width - CARD_GAP) // (CARD_WIDTH + CARD_GAP)))
    row, column = divmod(index, columns)
    return CARD_GAP + column * (CARD_WIDTH + CARD_GAP), CARD_GAP + row * (CARD_HEIGHT + CARD_GAP)


# -- reading ------------------------------------------------------------------------------------


def _template_ids() -> list[str]:
    try:
        names = [path.name for path in FOLDER.iterdir()]
    except OSError:
        return []
    ids = {m.group(1) for name in names if (m := _FILE_NAME.fullmatch(name))} - {BLANK}
    return sorted(ids, key=lambda i: (ORDER.index(i) if i in ORDER else len(ORDER), i))


def _spec(template_id: str, language: str) -> _Spec | None:
    for lang in dict.fromkeys((language, FALLBACK_LANGUAGE)):
        spec = _read(FOLDER / f"{template_id}.{lang}.json", template_id)
        if spec is not None:
            return spec
    return None


def _read(path: Path, template_id: str) -> _Spec | None:
    try:
        return _parse(template_id, json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, RecursionError, _Broken):  # ValueError covers bad JSON and bad UTF-8
        return None


def _parse(template_id: str, data: object) -> _Spec:
    data = _mapping(data)
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise _Broken
    journey = _mapping(data.get("journey"))
    moments = tuple(_MomentSpec(_text(m, "title"), _text(m, "description"), _emotion(m.get("emotion", 0)))
                    for m in map(_mapping, _list(journey.get("moments"))))
    lanes = tuple(_LaneSpec(_text(lane, "title"), _choice(lane.get("kind"), LANE_KINDS))
                  for lane in map(_mapping, _list(journey.get("lanes"))))
    if not moments or not lanes:
        raise _Broken
    cards = tuple(_card(c, len(moments), len(lanes)) for c in map(_mapping, _list(journey.get("cards", []))))
    template = Template(template_id, _text(data, "name", required=True), _text(data, "description"))
    return _Spec(template, _text(journey, "title", required=True), _text(journey, "persona"),
                 _text(journey, "description"), moments, lanes, cards)


def _card(data: dict, moments: int, lanes: int) -> _CardSpec:
    kind = data.get("kind")
    if kind == "touchpoint":
        channel, note_type = _choice(data.get("channel"), tuple(CHANNELS)), None
        if data.get("note_type") is not None:
            raise _Broken
    elif kind == "note":
        channel, note_type = None, _choice(data.get("note_type"), tuple(NOTE_TYPES))
        if data.get("channel") is not None:
            raise _Broken
    else:
        raise _Broken
    return _CardSpec(_index(data.get("moment"), moments), _index(data.get("lane"), lanes), kind, channel,
                     note_type, _text(data, "title"), _text(data, "body"))


def _mapping(value: object) -> dict:
    if not isinstance(value, dict):
        raise _Broken
    return value


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise _Broken
    return value


def _text(data: dict, key: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or "\x00" in value or (required and not value.strip()):
        raise _Broken
    value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError; SQLite could not store it
    return value


def _choice(value: object, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _Broken
    return str(value)


def _index(value: object, count: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        raise _Broken
    return value


def _emotion(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Broken
    if isinstance(value, float) and not math.isfinite(value):  # no isfinite(int): huge ints overflow it
        raise _Broken
    if not MIN_EMOTION <= value <= MAX_EMOTION:
        raise _Broken
    return float(value)


# -- building -------------------------------------------------------------------------------------


def _build(spec: _Spec) -> Journey:
    from codesign.model import Journey, Lane, Moment
    from codesign.model.layout import EMOTION_LANE_HEIGHT, LANE_HEIGHT, MOMENT_WIDTH

    journey = Journey(title=spec.title, persona=spec.persona, description=spec.description)
    for m in spec.moments:
        journey.moments.append(Moment(title=m.title, description=m.description, emotion=m.emotion,
                                      width=MOMENT_WIDTH))
    for lane in spec.lanes:
        height = EMOTION_LANE_HEIGHT if lane.kind == EMOTION_LANE else LANE_HEIGHT
        journey.lanes.append(Lane(title=lane.title, kind=lane.kind, height=height))
    filled: Counter[tuple[int, int]] = Counter()
    for card in spec.cards:
        moment, lane = journey.moments[card.moment], journey.lanes[card.lane]
        x, y = card_slot(filled[card.moment, card.lane], moment.width)
        filled[card.moment, card.lane] += 1
        journey.add_card(kind=card.kind, channel=card.channel, note_type=card.note_type, title=card.title,
                         body=card.body, moment=moment, lane=lane, x=x, y=y)
    return journey


def _blank_journey() -> Journey:
    from codesign.model import Journey, Moment
    from codesign.model.journey import BLUEPRINT_LANES

    journey = Journey.with_blueprint_lanes(
        QCoreApplication.translate("Templates", "Customer journey"),
        lane_titles={kind: QCoreApplication.translate("Lane", title) for kind, title in BLUEPRINT_LANES},
    )
    for title in BLANK_MOMENTS:
        journey.moments.append(Moment(title=_tr(title)))
    return journey
