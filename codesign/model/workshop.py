"""The workshop itself and the people in the room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from codesign.model import rules
from codesign.model.base import Base, new_id, stamp_modified, utc_now
from codesign.model.enums import Language, ParticipantGroup
from codesign.model.palette import initials, next_colour

if TYPE_CHECKING:
    from codesign.model.hypothesis import Hypothesis
    from codesign.model.journey import Journey
    from codesign.model.voting import VotingRound


@stamp_modified
class Workshop(Base):
    __tablename__ = "workshop"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(default="")
    goal: Mapped[str] = mapped_column(default="")
    date: Mapped[str | None] = mapped_column(default=None)
    location: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(default=Language.EN.value)
    facilitator: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    created: Mapped[str] = mapped_column(default=utc_now)
    modified: Mapped[str] = mapped_column(default=utc_now)  # see stamp_modified

    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop", order_by="Participant.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    journeys: Mapped[list[Journey]] = relationship(
        back_populates="workshop", order_by="Journey.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    voting_rounds: Mapped[list[VotingRound]] = relationship(
        back_populates="workshop", order_by="VotingRound.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    hypotheses: Mapped[list[Hypothesis]] = relationship(
        back_populates="workshop", order_by="Hypothesis.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )

    @validates("language")
    def _check_language(self, key: str, value: str) -> str:
        return rules.choice(key, value, Language)

    @validates("date")
    def _check_date(self, key: str, value: str | None) -> str | None:
        return rules.optional_date(key, value)

    @validates("title", "goal", "location", "facilitator", "notes")
    def _check_text(self, key: str, value: str) -> str:
        return rules.text(key, value)

    def add_participant(self, name: str, group: str = ParticipantGroup.CUSTOMER,
                        colour: str | None = None, marker: str | None = None) -> Participant:
        """Adds a participant with the least-used palette colour and unique initials."""
        others = self.participants
        person = Participant(
            name=name, group=group,
            colour=colour or next_colour(p.colour for p in others),
            marker=marker or initials(name, (p.marker for p in others)),
        )
        others.append(person)
        return person

    def participants_by_group(self) -> dict[str, int]:
        counts = {g.value: 0 for g in ParticipantGroup}
        for person in self.participants:
            counts[person.group] += 1
        return counts


class Participant(Base):
    __tablename__ = "participant"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(default="")
    group: Mapped[str] = mapped_column(default=ParticipantGroup.CUSTOMER.value)
    colour: Mapped[str] = mapped_column(default="#CC6677")
    marker: Mapped[str] = mapped_column(default="")

    workshop: Mapped[Workshop] = relationship(back_populates="participants")

    def __init__(self, **fields: object) -> None:
        # The column default "" is no valid marker; Workshop.add_participant also keeps markers unique.
        if "marker" not in fields:
            fields["marker"] = initials(str(fields.get("name", "")))
        super().__init__(**fields)

    @validates("group")
    def _check_group(self, key: str, value: str) -> str:
        return rules.choice(key, value, ParticipantGroup)

    @validates("colour")
    def _check_colour(self, key: str, value: str) -> str:
        return rules.colour(key, value)

    @validates("marker")
    def _check_marker(self, key: str, value: str) -> str:
        return rules.marker(key, value)

    @validates("name")
    def _check_name(self, key: str, value: str) -> str:
        return rules.text(key, value)
