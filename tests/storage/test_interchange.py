"""The codesign-workshop JSON format: round trips, the schema, and refusals that name the place."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from codesign.model.enums import (
    CARD_TYPES, CardKind, Channel, Decision, HypothesisStatus, LaneKind, Language, NoteType, ParticipantGroup,
    RoundStatus, VotingTarget,
)
from codesign.storage import BadInterchange, Document, FileExists
from codesign.storage.export import export_json
from codesign.storage.interchange import dumps, import_file

from .helpers import folder_listing

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "codesign-workshop-1.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid(data: dict[str, Any]) -> None:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert errors == [], [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- the demo --------------------------------------------------------------------

def test_export_import_export_gives_identical_text(demo_json: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.codesign"
    import_file(demo_json, first)
    exported = export_json(first)
    again = tmp_path / "again.codesign"
    import_file(write_json(tmp_path / "exported.json", json.loads(exported)), again)
    assert export_json(again) == exported
    assert json.loads(exported) == json.loads(demo_json.read_text(encoding="utf-8"))


def test_the_export_follows_the_json_schema(demo_file: Path, demo_json: Path) -> None:
    assert VALIDATOR.check_schema(SCHEMA) is None
    exported = json.loads(export_json(demo_file))
    assert_valid(exported)
    assert_valid(json.loads(demo_json.read_text(encoding="utf-8")))
    broken = copy.deepcopy(exported)
    broken["cards"][0]["kind"] = "sticky"
    assert list(VALIDATOR.iter_errors(broken)), "the schema must refuse what the importer refuses"


BOUNDARIES = [  # (where, value, accepted): the schema and the importer must agree on each
    (("cards", 0, "x"), -1_000_000, True), (("cards", 0, "x"), 1_000_000.5, False),
    (("cards", 0, "y"), -1_000_000.5, False), (("cards", 0, "width"), 40, True),
    (("cards", 0, "width"), 39.5, False), (("cards", 0, "height"), 1_000_001, False),
    (("journeys", 0, "moments", 0, "width"), 39, False), (("journeys", 0, "lanes", 0, "height"), 40, True),
    (("journeys", 0, "moments", 0, "emotion"), 2.5, False), (("journeys", 0, "moments", 0, "emotion"), -2, True),
    (("voting_rounds", 0, "dots_per_participant"), 100, False), (("voting_rounds", 0, "per_card_max"), 99, True),
    (("voting_rounds", 0, "per_card_max"), 100, False), (("voting_rounds", 0, "time_limit_seconds"), 86_401, False),
    (("voting_rounds", 0, "time_limit_seconds"), 86_400, True), (("voting_rounds", 0, "votes", 0, "dots"), 9_901, False),
    (("voting_rounds", 0, "votes", 0, "dots"), 0, False), (("hypotheses", 0, "criticality"), 4, False),
]


@pytest.mark.parametrize(("where", "value", "accepted"), BOUNDARIES, ids=lambda v: str(v))
def test_the_schema_and_the_importer_agree_at_the_limits(where: tuple[Any, ...], value: Any, accepted: bool,
                                                          demo_json: Path, tmp_path: Path) -> None:
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    target = data
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    schema_accepts = not list(VALIDATOR.iter_errors(data))
    try:
        import_file(write_json(tmp_path / "edge.json", data), tmp_path / "edge.codesign")
        importer_accepts = True
    except BadInterchange:
        importer_accepts = False
    assert (schema_accepts, importer_accepts) == (accepted, accepted)


def test_document_to_interchange_equals_the_file_export(demo_file: Path) -> None:
    with Document.open(demo_file) as doc:
        assert dumps(doc.to_interchange()) == export_json(demo_file)


# -- refusals ----------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return mutate


def _delete(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]
    return mutate


def _duplicate_card_id(data: dict[str, Any]) -> None:
    data["cards"][4]["id"] = data["cards"][3]["id"]


def _dangling_vote(data: dict[str, Any]) -> None:
    data["voting_rounds"][0]["votes"][2]["participant"] = "p-nobody"


def _self_arrow(data: dict[str, Any]) -> None:
    data["connectors"][0]["to"] = data["connectors"][0]["from"]


def _lane_of_another_journey(data: dict[str, Any]) -> None:
    other = copy.deepcopy(data["journeys"][0])
    other["id"] = "j-other"
    for i, item in enumerate(other["moments"] + other["lanes"]):
        item["id"] = f"other-{i}"
    data["journeys"].append(other)
    data["cards"][3]["lane"] = "other-7"


REFUSALS: dict[str, tuple[Mutation, str]] = {
    "unknown key": (_set("cards/3/colour", "#FFFFFF"), "cards[3]: unknown key 'colour'"),
    "missing key": (_delete("cards/3/kind"), "cards[3]: missing kind"),
    "wrong type": (_set("cards/3/x", "20"), "cards[3].x: x must be a number"),
    "wrong type of list": (_set("participants", {}), "participants: expected a list"),
    "bad enum": (_set("cards/3/kind", "sticky"), "cards[3].kind: kind must be one of touchpoint, note, not 'sticky'"),
    "bad pair": (_set("cards/3/note_type", "pain"), "cards[3]: A touchpoint needs a channel and no note type"),
    "dangling moment": (_set("cards/3/moment", "m-nowhere"), "cards[3].moment: no moment has the id 'm-nowhere'"),
    "dangling vote participant": (_dangling_vote, "voting_rounds[0].votes[2].participant: no participant has the id"),
    "dangling hypothesis link": (_set("hypotheses/0/cards/0", "c-gone"), "hypotheses[0].cards[0]: no card has"),
    "lane of another journey": (_lane_of_another_journey, "cards[3].lane: the lane belongs to another journey"),
    "self arrow": (_self_arrow, "connectors[0]: an arrow must join two different cards"),
    "duplicate id": (_duplicate_card_id, "cards[4].id: the id"),
    "newer version": (_set("version", 2), "version: it was written by a newer codesign"),
    "version zero": (_set("version", 0), "version: unknown version 0"),
    "format missing": (_delete("format"), "format: this is not a codesign-workshop file"),
    "NUL in text": (_set("cards/3/body", "before\x00after"), "cards[3].body: body contains a NUL character"),
    "lone surrogate": (_set("cards/3/title", "a\ud800b"), "cards[3].title: title contains a broken character"),
    "huge number": (_set("cards/3/x", 10**400), "cards[3].x: x must be between"),
    "bad colour": (_set("participants/0/colour", "red"), "participants[0].colour: colour must be a colour"),
    "long marker": (_set("participants/0/marker", "ABCD"), "participants[0].marker"),
    "bad timestamp": (_set("cards/0/created", "yesterday"), "cards[0].created"),
    "bad date": (_set("workshop/date", "2026-02-30"), "workshop.date"),
    "emotion out of range": (_set("journeys/0/moments/0/emotion", 3), "journeys[0].moments[0].emotion"),
    "dots not whole": (_set("voting_rounds/0/votes/0/dots", 2.0), "voting_rounds[0].votes[0].dots"),
    "flag not boolean": (_set("cards/0/locked", 0), "cards[0].locked: locked must be true or false"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_the_importer_refuses_and_names_the_place(case: str, demo_json: Path, tmp_path: Path) -> None:
    mutate, expected = REFUSALS[case]
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    mutate(data)
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes: a lone surrogate stays writable
    dest = tmp_path / "out.codesign"
    with pytest.raises(BadInterchange) as caught:
        import_file(source, dest)
    message = caught.value.message
    assert expected in message
    assert message.startswith("“broken.json” is not a valid codesign workshop in JSON: ")
    assert message.endswith(". Nothing was imported.") and ".." not in message
    assert not dest.exists()
    assert folder_listing(tmp_path) == {"broken.json"}  # no partial file, no temporary file


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"format": "codesign-workshop", ', "line 1, column"),
    (b"", "line 1, column 1"),
    ('{"format": "codesign-workshop"}'.encode("utf-16"), "it is not UTF-8 text"),
    (b'{"title": "caf\xe9"}', "it is not UTF-8 text"),
    (b"[1, 2, 3]", "format: this is not a codesign-workshop file"),
    (b"[" * 100_000 + b"]" * 100_000, "broken.json"),
], ids=["truncated", "empty", "utf-16", "latin-1", "a list", "deeply nested"])
def test_files_that_are_not_interchange_json(content: bytes, expected: str, tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_bytes(content)
    dest = tmp_path / "out.codesign"
    with pytest.raises(BadInterchange) as caught:
        import_file(source, dest)
    assert expected in caught.value.message
    assert folder_listing(tmp_path) == {"broken.json"}


def test_a_missing_json_file(tmp_path: Path) -> None:
    with pytest.raises(BadInterchange, match="there is no such file"):
        import_file(tmp_path / "nowhere.json", tmp_path / "out.codesign")
    assert folder_listing(tmp_path) == set()


def test_import_refuses_to_overwrite_unless_asked(demo_json: Path, tmp_path: Path) -> None:
    dest = tmp_path / "taken.codesign"
    dest.write_bytes(b"precious")
    with pytest.raises(FileExists) as caught:
        import_file(demo_json, dest)
    assert "taken.codesign" in caught.value.message
    assert dest.read_bytes() == b"precious"
    assert folder_listing(tmp_path) == {"taken.codesign"}
    import_file(demo_json, dest, overwrite=True)
    with Document.open(dest) as doc:
        assert len(doc.workshop.participants) == 12


def test_a_refused_overwrite_keeps_the_old_workshop(demo_json: Path, demo_file: Path, tmp_path: Path) -> None:
    before = export_json(demo_file)
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    data["cards"][0]["kind"] = "sticky"
    with pytest.raises(BadInterchange):
        import_file(write_json(tmp_path / "broken.json", data), demo_file, overwrite=True)
    assert export_json(demo_file) == before


# -- property tests ----------------------------------------------------------------

CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
SAMPLES = [
    "مرحبا، هذه بطاقة", "שלום, זה כרטיס", "Ελληνικά", "日本語のテキスト", "👩🏽‍💻 🏳️‍🌈 🇩🇪", "Zoe\u0308 ne\u0301e",
    "\u202eetirw ot thgir\u202c", "a\u200db", "tab\tand\nnewline\r\n", "\\\"quoted\" 'single'", "\U0010ffff",
]
SHORT_TEXT = st.text(CHARS, max_size=20)
TEXT = st.one_of(SHORT_TEXT, SHORT_TEXT, st.sampled_from(SAMPLES),
                 st.builds(lambda ch: ch * 100_000, st.sampled_from(["a", "ع", "😀", "e\u0301"])))
IDS = st.text(CHARS, min_size=1, max_size=6)
TIMESTAMPS = st.builds(
    lambda d, frac: f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}{frac}Z",
    st.datetimes(), st.sampled_from(["", ".5", ".123", ".000000", ".999999"]))
DATES = st.none() | st.dates().map(lambda d: d.isoformat())
COLOURS = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)


def values(enum: type) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in enum])


@st.composite
def workshops(draw: st.DrawFn) -> dict[str, Any]:
    def unique_ids(n: int) -> list[str]:
        return draw(st.lists(IDS, min_size=n, max_size=n, unique=True))

    def subset(items: list[str]) -> list[str]:
        return draw(st.lists(st.sampled_from(items), unique=True, max_size=4)) if items else []

    participants = [
        {"id": pid, "name": draw(TEXT), "group": draw(values(ParticipantGroup)), "colour": draw(COLOURS),
         "marker": draw(st.text(CHARS, min_size=1, max_size=3))}
        for pid in unique_ids(draw(st.integers(0, 4)))]
    people = [p["id"] for p in participants]
    journey_ids = unique_ids(draw(st.integers(0, 2)))
    shape = [(draw(st.integers(0, 3)), draw(st.integers(0, 3))) for _ in journey_ids]
    moment_ids = iter(unique_ids(sum(m for m, _ in shape)))
    lane_ids = iter(unique_ids(sum(n for _, n in shape)))
    journeys = []
    for jid, (n_moments, n_lanes) in zip(journey_ids, shape):
        journeys.append({
            "id": jid, "title": draw(TEXT), "persona": draw(SHORT_TEXT), "description": draw(TEXT),
            "moments": [{"id": next(moment_ids), "title": draw(TEXT), "description": draw(SHORT_TEXT),
                         "emotion": draw(st.floats(-2, 2) | st.integers(-2, 2)),
                         "width": draw(st.floats(40, 1e6)), "locked": draw(st.booleans())}
                        for _ in range(n_moments)],
            "lanes": [{"id": next(lane_ids), "title": draw(TEXT), "kind": draw(values(LaneKind)),
                       "height": draw(st.floats(40, 1e6) | st.integers(40, 1000)), "locked": draw(st.booleans())}
                      for _ in range(n_lanes)],
        })
    cards = []
    for cid in unique_ids(draw(st.integers(0, 8))) if journeys else []:
        journey = draw(st.sampled_from(journeys))
        kind = draw(values(CardKind))
        cards.append({
            "id": cid, "journey": journey["id"],
            "moment": draw(st.none() | st.sampled_from([m["id"] for m in journey["moments"]] or [None])),
            "lane": draw(st.none() | st.sampled_from([lane["id"] for lane in journey["lanes"]] or [None])),
            "kind": kind,
            "channel": draw(values(Channel)) if kind == "touchpoint" else None,
            "note_type": draw(values(NoteType)) if kind == "note" else None,
            "title": draw(TEXT), "body": draw(TEXT),
            "x": draw(st.floats(-1e6, 1e6) | st.integers(-1000, 1000)), "y": draw(st.floats(-1e6, 1e6)),
            "width": draw(st.floats(40, 1e6)), "height": draw(st.floats(40, 1e6)),
            "author": draw(st.none() | st.sampled_from(people or [None])),
            "locked": draw(st.booleans()), "created": draw(TIMESTAMPS), "modified": draw(TIMESTAMPS),
        })
    connectors = []
    for xid in unique_ids(draw(st.integers(0, 4))):
        source = draw(st.sampled_from(cards)) if cards else None
        partners = [c for c in cards if source and c["journey"] == source["journey"] and c is not source]
        if not partners:
            break
        connectors.append({"id": xid, "from": source["id"], "to": draw(st.sampled_from(partners))["id"],
                           "label": draw(SHORT_TEXT)})
    card_ids = [c["id"] for c in cards]
    vote_ids = iter(unique_ids(12))
    rounds = []
    for rid in unique_ids(draw(st.integers(0, 2))):
        rounds.append({
            "id": rid, "journey": draw(st.none() | st.sampled_from(journey_ids or [None])),
            "question": draw(TEXT), "dots_per_participant": draw(st.integers(1, 99)),
            "per_card_max": draw(st.integers(1, 99)), "target": draw(values(VotingTarget)),
            "target_kinds": draw(st.lists(st.sampled_from(CARD_TYPES), unique=True, max_size=3)),
            "target_cards": subset(card_ids),
            "groups": draw(st.lists(values(ParticipantGroup), unique=True, max_size=4)),
            "allow_own_cards": draw(st.booleans()), "anonymous": draw(st.booleans()),
            "hidden_until_reveal": draw(st.booleans()),
            "time_limit_seconds": draw(st.none() | st.integers(1, 86400)),
            "status": draw(values(RoundStatus)), "revealed": draw(st.booleans()),
            "opened_at": draw(st.none() | TIMESTAMPS), "closed_at": draw(st.none() | TIMESTAMPS),
            "created": draw(TIMESTAMPS),
            "votes": [{"id": next(vote_ids), "card": draw(st.sampled_from(card_ids)),
                       "participant": draw(st.none() | st.sampled_from(people or [None])),
                       "group": draw(values(ParticipantGroup)), "dots": draw(st.integers(1, 9900)),
                       "created": draw(TIMESTAMPS)}
                      for _ in range(draw(st.integers(0, 3)) if card_ids else 0)],
        })
    all_moments = [m["id"] for j in journeys for m in j["moments"]]
    hypotheses = [
        {"id": hid, "statement": draw(TEXT), "segment": draw(SHORT_TEXT), "experiment": draw(TEXT),
         "metric": draw(SHORT_TEXT), "success_criterion": draw(SHORT_TEXT), "owner": draw(SHORT_TEXT),
         "start_date": draw(DATES), "deadline": draw(DATES), "effort": draw(SHORT_TEXT),
         "criticality": draw(st.none() | st.integers(1, 3)), "status": draw(values(HypothesisStatus)),
         "observation": draw(TEXT), "learning": draw(TEXT), "decision": draw(st.none() | values(Decision)),
         "next_steps": draw(SHORT_TEXT), "created": draw(TIMESTAMPS), "modified": draw(TIMESTAMPS),
         "cards": subset(card_ids), "moments": subset(all_moments),
         "history": [{"status": draw(values(HypothesisStatus)), "at": draw(TIMESTAMPS), "note": draw(TEXT)}
                     for _ in range(draw(st.integers(0, 3)))]}
        for hid in unique_ids(draw(st.integers(0, 3)))]
    return {
        "format": "codesign-workshop", "version": 1,
        "workshop": {"id": draw(IDS), "title": draw(TEXT), "goal": draw(TEXT), "date": draw(DATES),
                     "location": draw(SHORT_TEXT), "language": draw(values(Language)),
                     "facilitator": draw(SHORT_TEXT), "notes": draw(TEXT),
                     "created": draw(TIMESTAMPS), "modified": draw(TIMESTAMPS)},
        "participants": participants, "journeys": journeys, "cards": cards, "connectors": connectors,
        "voting_rounds": rounds, "hypotheses": hypotheses,
    }


def normalized(data: dict[str, Any]) -> dict[str, Any]:
    """What an export of `data` must look like: numbers as floats, colours upper case, cards grouped
    by journey, hypothesis links sorted by id."""
    out = copy.deepcopy(data)
    for person in out["participants"]:
        person["colour"] = person["colour"].upper()
    for journey in out["journeys"]:
        for moment in journey["moments"]:
            moment["emotion"], moment["width"] = float(moment["emotion"]), float(moment["width"])
        for lane in journey["lanes"]:
            lane["height"] = float(lane["height"])
    order = {j["id"]: i for i, j in enumerate(out["journeys"])}
    out["cards"].sort(key=lambda c: order[c["journey"]])
    for card in out["cards"]:
        for key in ("x", "y", "width", "height"):
            card[key] = float(card[key])
    for hypothesis in out["hypotheses"]:
        hypothesis["cards"].sort()
        hypothesis["moments"].sort()
    for voting_round in out["voting_rounds"]:
        if voting_round["anonymous"]:
            for vote in voting_round["votes"]:
                vote["participant"] = None  # an anonymous round exports no voter
    return out


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(workshops())
def test_any_workshop_survives_import_and_export(data: dict[str, Any]) -> None:
    assert_valid(data)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source = tmp / "in.json"
        source.write_text(dumps(data), encoding="utf-8")
        import_file(source, tmp / "first.codesign")
        first = export_json(tmp / "first.codesign")
        assert json.loads(first) == normalized(data)
        (tmp / "again.json").write_text(first, encoding="utf-8")
        import_file(tmp / "again.json", tmp / "again.codesign")
        assert export_json(tmp / "again.codesign") == first
        assert_valid(json.loads(first))
        assert folder_listing(tmp) == {"in.json", "first.codesign", "again.json", "again.codesign"}


def test_nul_is_refused_with_a_clear_message(demo_json: Path, tmp_path: Path) -> None:
    """NUL is the one character text may not hold: C code that reads the file would cut the text there."""
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "Konto\x00eröffnen"
    with pytest.raises(BadInterchange) as caught:
        import_file(write_json(tmp_path / "nul.json", data), tmp_path / "nul.codesign")
    assert caught.value.message == ("“nul.json” is not a valid codesign workshop in JSON: workshop.title: "
                                    "title contains a NUL character. Nothing was imported.")
