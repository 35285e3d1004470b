"""A service journey: moments (columns), lanes (rows), cards in the cells and arrows between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, event
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from codesign.model import layout, rules
from codesign.model.base import Base, new_id, stamp_modified, utc_now
from codesign.model.enums import CardKind, Channel, LaneKind, NoteType
from codesign.model.errors import QT_TRANSLATE_NOOP, InvalidValue

if TYPE_CHECKING:
    from codesign.model.workshop import Participant, Workshop

# The four rows of a service blueprint, in order; the app translates the titles.
BLUEPRINT_LANES: tuple[tuple[str, str], ...] = (
    (LaneKind.CUSTOMER_ACTIONS, QT_TRANSLATE_NOOP("Lane", "Customer actions")),
    (LaneKind.FRONTSTAGE, QT_TRANSLATE_NOOP("Lane", "Frontstage touchpoints")),
    (LaneKind.BACKSTAGE, QT_TRANSLATE_NOOP("Lane", "Backstage")),
    (LaneKind.SUPPORT, QT_TRANSLATE_NOOP("Lane", "Support processes")),
)
MIN_EMOTION, MAX_EMOTION = -2.0, 2.0


class Journey(Base):
    __tablename__ = "journey"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    persona: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")

    workshop: Mapped[Workshop] = relationship(back_populates="journeys")
    moments: Mapped[list[Moment]] = relationship(
        back_populates="journey", order_by="Moment.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    lanes: Mapped[list[Lane]] = relationship(
        back_populates="journey", order_by="Lane.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    cards: Mapped[list[Card]] = relationship(
        back_populates="journey", order_by="Card.z", cascade="all, delete-orphan",
    )
    # Arrows hang off the journey, not off each card: one collection to load, not two per card.
    connectors: Mapped[list[Connector]] = relationship(
        back_populates="journey", order_by="Connector.position", cascade="all, delete-orphan",
    )

    @validates("title", "persona", "description")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)

    @classmethod
    def with_blueprint_lanes(cls, title: str, lane_titles: dict[str, str] | None = None, **fields: object) -> Journey:
        """A journey with the four blueprint rows; `lane_titles` maps a lane kind to translated text."""
        journey = cls(title=title, **fields)
        titles = lane_titles or {}
        for kind, default_title in BLUEPRINT_LANES:
            journey.lanes.append(Lane(kind=kind, title=titles.get(kind, default_title)))
        return journey

    def add_card(self, **fields: object) -> Card:
        fields.setdefault("z", max((c.z for c in self.cards), default=-1) + 1)
        card = Card(**fields)
        self.cards.append(card)
        return card

    def moment_left(self, moment: Moment) -> float:
        """Left edge of a moment column in canvas units."""
        left = layout.LANE_LABEL_WIDTH
        for m in self.moments:
            if m is moment:
                return left
            left += m.width
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "That moment is not part of this journey."))

    def lane_top(self, lane: Lane) -> float:
        top = layout.HEADER_HEIGHT
        for candidate in self.lanes:
            if candidate is lane:
                return top
            top += candidate.height
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "That lane is not part of this journey."))

    def card_scene_pos(self, card: Card) -> tuple[float, float]:
        x = card.x + (self.moment_left(card.moment) if card.moment is not None else 0.0)
        y = card.y + (self.lane_top(card.lane) if card.lane is not None else 0.0)
        return x, y


class Moment(Base):
    __tablename__ = "moment"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(default="")
    emotion: Mapped[float] = mapped_column(default=0.0)
    width: Mapped[float] = mapped_column(default=layout.MOMENT_WIDTH)
    locked: Mapped[bool] = mapped_column(default=False)

    journey: Mapped[Journey] = relationship(back_populates="moments")
    cards: Mapped[list[Card]] = relationship(back_populates="moment", order_by="Card.z", passive_deletes=True)

    @validates("emotion")
    def _check_emotion(self, key: str, value: float) -> float:
        return rules.number(key, value, MIN_EMOTION, MAX_EMOTION)

    @validates("width")
    def _check_width(self, key: str, value: float) -> float:
        return rules.extent(key, value)

    @validates("title", "description")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)


class Lane(Base):
    __tablename__ = "lane"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")
    kind: Mapped[str] = mapped_column(default=LaneKind.CUSTOM.value)
    height: Mapped[float] = mapped_column(default=layout.LANE_HEIGHT)
    locked: Mapped[bool] = mapped_column(default=False)

    journey: Mapped[Journey] = relationship(back_populates="lanes")
    cards: Mapped[list[Card]] = relationship(back_populates="lane", order_by="Card.z", passive_deletes=True)

    @validates("kind")
    def _check_kind(self, key: str, value: str) -> str:
        return rules.choice(key, value, LaneKind)

    @validates("height")
    def _check_height(self, key: str, value: float) -> float:
        return rules.extent(key, value)

    @validates("title")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)


@stamp_modified
class Card(Base):
    """A touchpoint (with a channel) or a note (with a note type) on the board."""

    __tablename__ = "card"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    moment_id: Mapped[str | None] = mapped_column(ForeignKey("moment.id", ondelete="SET NULL"), index=True)
    lane_id: Mapped[str | None] = mapped_column(ForeignKey("lane.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"), index=True)
    z: Mapped[int] = mapped_column(default=0)  # stacking order, bottom first
    kind: Mapped[str] = mapped_column(default=CardKind.NOTE.value)
    channel: Mapped[str | None] = mapped_column(default=None)
    note_type: Mapped[str | None] = mapped_column(default=None)
    title: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(default="")
    x: Mapped[float] = mapped_column(default=layout.CARD_GAP)
    y: Mapped[float] = mapped_column(default=layout.CARD_GAP)
    width: Mapped[float] = mapped_column(default=layout.CARD_WIDTH)
    height: Mapped[float] = mapped_column(default=layout.CARD_HEIGHT)
    locked: Mapped[bool] = mapped_column(default=False)
    created: Mapped[str] = mapped_column(default=utc_now)
    modified: Mapped[str] = mapped_column(default=utc_now)  # see stamp_modified

    journey: Mapped[Journey] = relationship(back_populates="cards")
    moment: Mapped[Moment | None] = relationship(back_populates="cards")
    lane: Mapped[Lane | None] = relationship(back_populates="cards")
    author: Mapped[Participant | None] = relationship()

    def __init__(self, **fields: object) -> None:
        kind = fields.setdefault("kind", CardKind.NOTE.value)  # column defaults only apply when flushed
        if kind == CardKind.NOTE and fields.get("note_type") is None and fields.get("channel") is None:
            fields["note_type"] = NoteType.IDEA.value
        super().__init__(**fields)
        check_card_type(self.kind, self.channel, self.note_type)

    def connect_to(self, target: Card, label: str = "") -> Connector:
        """Draws an arrow from this card to `target`."""
        check_connector(self, target)
        arrows = self.journey.connectors
        arrow = Connector(source=self, target=target, label=label,
                          position=max((c.position for c in arrows), default=-1) + 1)
        arrows.append(arrow)
        return arrow

    @property
    def outgoing(self) -> list[Connector]:
        return [c for c in self.journey.connectors if c.source is self] if self.journey else []

    @property
    def incoming(self) -> list[Connector]:
        return [c for c in self.journey.connectors if c.target is self] if self.journey else []

    @property
    def type(self) -> str:
        """The channel of a touchpoint or the type of a note."""
        return self.channel if self.kind == CardKind.TOUCHPOINT else self.note_type  # type: ignore[return-value]

    def set_type(self, kind: str, type_: str) -> None:
        """Changes kind and channel/note type together, so the pair is always valid."""
        channel = type_ if kind == CardKind.TOUCHPOINT else None
        note_type = type_ if kind == CardKind.NOTE else None
        check_card_type(kind, channel, note_type)
        self.kind, self.channel, self.note_type = kind, channel, note_type

    @validates("kind")
    def _check_kind(self, key: str, value: str) -> str:
        return rules.choice(key, value, CardKind)

    @validates("channel")
    def _check_channel(self, key: str, value: str | None) -> str | None:
        return rules.optional_choice(key, value, Channel)

    @validates("note_type")
    def _check_note_type(self, key: str, value: str | None) -> str | None:
        return rules.optional_choice(key, value, NoteType)

    @validates("x", "y")
    def _check_coordinate(self, key: str, value: float) -> float:
        return rules.coordinate(key, value)

    @validates("width", "height")
    def _check_extent(self, key: str, value: float) -> float:
        return rules.extent(key, value)

    @validates("title", "body")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)


def check_card_type(kind: str, channel: str | None, note_type: str | None) -> None:
    """A touchpoint has a channel and no note type; a note the other way round."""
    rules.choice("kind", kind, CardKind)
    rules.optional_choice("channel", channel, Channel)
    rules.optional_choice("note_type", note_type, NoteType)
    if kind == CardKind.TOUCHPOINT and (channel is None or note_type is not None):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "A touchpoint needs a channel and no note type."))
    if kind == CardKind.NOTE and (note_type is None or channel is not None):
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "A note needs a note type and no channel."))


@event.listens_for(Card, "before_insert")
@event.listens_for(Card, "before_update")
def _check_card_before_saving(_mapper: object, _connection: object, card: Card) -> None:
    # Each field is checked as it is set; the pair can only be checked once all are set.
    check_card_type(card.kind, card.channel, card.note_type)


class Connector(Base):
    """An arrow from one card to another on the same journey."""

    __tablename__ = "connector"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    journey_id: Mapped[str] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    from_card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    to_card_id: Mapped[str] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(default="")

    journey: Mapped[Journey] = relationship(back_populates="connectors")
    source: Mapped[Card] = relationship(foreign_keys=[from_card_id])
    target: Mapped[Card] = relationship(foreign_keys=[to_card_id])

    @validates("label")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)


def check_connector(source: Card, target: Card) -> None:
    if source is target:
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "An arrow needs two different cards."))
    if source.journey is None or source.journey is not target.journey:
        raise InvalidValue(QT_TRANSLATE_NOOP("ModelError", "An arrow can only join cards on the same journey."))

