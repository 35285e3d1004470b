"""MIME types the canvas exchanges through drag and drop and the clipboard."""

from __future__ import annotations

# A palette entry being dragged: payload is ASCII "KIND:TYPE", e.g. b"touchpoint:person", b"note:pain".
CARD_TYPE_MIME = "application/x-codesign-card-type"
# Copied cards: UTF-8 JSON in the codesign-workshop interchange format (a partial document).
CARDS_MIME = "application/x-codesign-workshop+json"


def card_type_payload(kind: str, card_type: str) -> bytes:
    return f"{kind}:{card_type}".encode("ascii")


def parse_card_type_payload(data: bytes) -> tuple[str, str] | None:
    """(kind, type), or None if the payload is not one of ours."""
    try:
        kind, _, card_type = bytes(data).decode("ascii").partition(":")
    except UnicodeDecodeError:
        return None
    return (kind, card_type) if kind and card_type else None
