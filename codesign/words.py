"""The display words of the model's closed vocabularies, marked for translation (context
"Vocabulary") but free of Qt and of the model: the app translates them with Qt
(codesign.app.vocabulary), the headless PDF with its own reader of the same translations."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


LANGUAGES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "de": QT_TRANSLATE_NOOP("Vocabulary", "Deutsch"),
}
GROUPS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Vocabulary", "Customer"),
    "staff": QT_TRANSLATE_NOOP("Vocabulary", "Staff"),
    "facilitator": QT_TRANSLATE_NOOP("Vocabulary", "Facilitator"),
    "observer": QT_TRANSLATE_NOOP("Vocabulary", "Observer"),
}
CHANNELS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    "place": QT_TRANSLATE_NOOP("Vocabulary", "Place"),
    "process": QT_TRANSLATE_NOOP("Vocabulary", "Process"),
    "tool": QT_TRANSLATE_NOOP("Vocabulary", "Tool"),
    "artifact": QT_TRANSLATE_NOOP("Vocabulary", "Artifact"),
    "digital": QT_TRANSLATE_NOOP("Vocabulary", "Digital"),
}
NOTE_TYPES: dict[str, str] = {
    "pain": QT_TRANSLATE_NOOP("Vocabulary", "Pain point"),
    "idea": QT_TRANSLATE_NOOP("Vocabulary", "Idea"),
    "quote": QT_TRANSLATE_NOOP("Vocabulary", "Quote"),
    "question": QT_TRANSLATE_NOOP("Vocabulary", "Question"),
    "opportunity": QT_TRANSLATE_NOOP("Vocabulary", "Opportunity"),
}
HYPOTHESIS_STATUSES: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("Vocabulary", "Idea"),
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "testing": QT_TRANSLATE_NOOP("Vocabulary", "Testing"),
    "validated": QT_TRANSLATE_NOOP("Vocabulary", "Validated"),
    "invalidated": QT_TRANSLATE_NOOP("Vocabulary", "Invalidated"),
    "adopted": QT_TRANSLATE_NOOP("Vocabulary", "Adopted"),
    "let_go": QT_TRANSLATE_NOOP("Vocabulary", "Let go"),
}
DECISIONS: dict[str, str] = {
    "persevere": QT_TRANSLATE_NOOP("Vocabulary", "Persevere"),
    "pivot": QT_TRANSLATE_NOOP("Vocabulary", "Pivot"),
    "let_go": QT_TRANSLATE_NOOP("Vocabulary", "Let go"),
    "keep_testing": QT_TRANSLATE_NOOP("Vocabulary", "Keep testing"),
}
# Upper bounds of each mood, from the lowest emotion score (-2) up.
MOODS: tuple[tuple[float, str], ...] = (
    (-1.5, QT_TRANSLATE_NOOP("Vocabulary", "frustrated")),
    (-0.5, QT_TRANSLATE_NOOP("Vocabulary", "unhappy")),
    (0.49, QT_TRANSLATE_NOOP("Vocabulary", "neutral")),
    (1.49, QT_TRANSLATE_NOOP("Vocabulary", "pleased")),
    (2.0, QT_TRANSLATE_NOOP("Vocabulary", "delighted")),
)
