"""The closed vocabularies of a workshop. Stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    EN = "en"
    DE = "de"


class ParticipantGroup(StrEnum):
    CUSTOMER = "customer"
    STAFF = "staff"
    FACILITATOR = "facilitator"
    OBSERVER = "observer"


class CardKind(StrEnum):
    TOUCHPOINT = "touchpoint"
    NOTE = "note"


class Channel(StrEnum):
    PERSON = "person"
    PLACE = "place"
    PROCESS = "process"
    TOOL = "tool"
    ARTIFACT = "artifact"
    DIGITAL = "digital"


class NoteType(StrEnum):
    PAIN = "pain"
    IDEA = "idea"
    QUOTE = "quote"
    QUESTION = "question"
    OPPORTUNITY = "opportunity"


class LaneKind(StrEnum):
    CUSTOMER_ACTIONS = "customer_actions"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    EMOTION = "emotion"
    CUSTOM = "custom"


class VotingTarget(StrEnum):
    JOURNEY = "journey"
    SELECTION = "selection"
    KINDS = "kinds"


class RoundStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class HypothesisStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    TESTING = "testing"
    VALIDATED = "validated"
    INVALIDATED = "invalidated"
    ADOPTED = "adopted"
    LET_GO = "let_go"


class Decision(StrEnum):
    PERSEVERE = "persevere"
    PIVOT = "pivot"
    LET_GO = "let_go"
    KEEP_TESTING = "keep_testing"


CARD_TYPES: tuple[str, ...] = tuple(c.value for c in Channel) + tuple(n.value for n in NoteType)
