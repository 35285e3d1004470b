"""Cards as a partial codesign-workshop document, for copy and paste between workshops.

Copied cards carry absolute board positions (moment and lane null, which the format reads
as absolute), so they paste into any journey and land in whatever cell lies there.
"""

from __future__ import annotations

import json
from typing import Any

from codesign.model import Card, Journey, ModelError, board
from codesign.model.journey import check_card_type
from codesign.model.errors import QT_TRANSLATE_NOOP
from codesign.storage.interchange import CARD, CONNECTOR, FORMAT, VERSION

MAX_CARDS = 10_000


class BadFragment(ModelError):
    """The clipboard holds something that is not codesign cards."""


def cards_fragment(journey: Journey, cards: list[Card]) -> dict[str, Any]:
    ids = {c.id for c in cards}
    out_cards = []
    for card in cards:
        x, y = journey.card_scene_pos(card)
        row = {key: getattr(card, column) for key, (column, _check) in CARD.items()}
        row.update(moment=None, lane=None, x=x, y=y)
        out_cards.append(row)
    arrows = [{key: getattr(c, column) for key, (column, _check) in CONNECTOR.items()}
              for c in journey.connectors if c.from_card_id in ids and c.to_card_id in ids]
    return {"format": FORMAT, "version": VERSION, "cards": out_cards, "connectors": arrows}


def dumps_fragment(fragment: dict[str, Any]) -> str:
    return json.dumps(fragment, ensure_ascii=False, indent=1)


def parse_fragment(text: str) -> dict[str, Any]:
    """Checks pasted text field by field, as an import would. Raises BadFragment."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise BadFragment(QT_TRANSLATE_NOOP("ModelError", "The clipboard does not hold codesign cards.")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("cards"), list):
        raise BadFragment(QT_TRANSLATE_NOOP("ModelError", "The clipboard does not hold codesign cards."))
    if data.get("version") != VERSION:
        raise BadFragment(QT_TRANSLATE_NOOP(
            "ModelError", "These cards were copied from a newer codesign. Update codesign to paste them."))
    if len(data["cards"]) > MAX_CARDS:
        raise BadFragment(QT_TRANSLATE_NOOP("ModelError", "That is too many cards to paste at once."))
    cards = [_checked(c, CARD, "cards") for c in data["cards"]]
    arrows = [_checked(c, CONNECTOR, "connectors") for c in data.get("connectors") or []]
    for card in cards:
        check_card_type(card["kind"], card["channel"], card["note_type"])
    return {"cards": cards, "connectors": arrows}


def _checked(row: Any, fields: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise BadFragment(QT_TRANSLATE_NOOP("ModelError", "The clipboard does not hold codesign cards."))
    result = {}
    for key, (column, check) in fields.items():
        if key not in row:
            raise BadFragment(QT_TRANSLATE_NOOP("ModelError", "A pasted card is missing its {field}."), field=key)
        result[column] = check(f"{where}: {key}", row[key])
    return result


def paste_fragment(journey: Journey, fragment: dict[str, Any], offset: float) -> list[Card]:
    """Adds copies of the cards (new ids, placed by position) and the arrows between them."""
    people = {p.id for p in journey.workshop.participants} if journey.workshop else set()
    made: dict[str, Card] = {}
    for row in fragment["cards"]:
        left, top = row["x"] + offset, row["y"] + offset
        moment, lane, x, y = board.placement(journey, left, top, row["width"], row["height"], clamp=False)
        made[row["id"]] = journey.add_card(
            kind=row["kind"], channel=row["channel"], note_type=row["note_type"], title=row["title"],
            body=row["body"], width=row["width"], height=row["height"], locked=False,
            moment=moment, lane=lane, x=x, y=y,
            author_id=row["author_id"] if row["author_id"] in people else None)
    for arrow in fragment["connectors"]:
        source, target = made.get(arrow["from_card_id"]), made.get(arrow["to_card_id"])
        if source is not None and target is not None and source is not target:
            source.connect_to(target, arrow["label"])
    return list(made.values())
