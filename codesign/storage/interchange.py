"""The `codesign-workshop` JSON interchange format, version 1.

Export reads the tables with Core; import checks every field and reference, then
writes a new file with bulk inserts. Export, import, export gives identical JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from codesign.model import (
    Base, CardKind, Channel, Decision, HypothesisStatus, LaneKind, Language, NoteType, ParticipantGroup,
    RoundStatus, VotingTarget, hypothesis_card, hypothesis_moment, rules,
)
from codesign.model.enums import CARD_TYPES
from codesign.model.errors import QT_TRANSLATE_NOOP, ModelError
from codesign.model.journey import MAX_EMOTION, MIN_EMOTION, check_card_type
from codesign.model.voting import MAX_DOTS
from codesign.storage.errors import BadInterchange
from codesign.storage.schema import new_database

FORMAT = "codesign-workshop"
VERSION = 1
TOP_KEYS = ("format", "version", "workshop", "participants", "journeys", "cards", "connectors",
            "voting_rounds", "hypotheses")

Check = Callable[[str, Any], Any]


def _text(f: str, v: Any) -> Any:
    return rules.text(f, v)


def _enum(allowed: type) -> Check:
    return lambda f, v: rules.choice(f, v, allowed)


def _opt_enum(allowed: type) -> Check:
    return lambda f, v: rules.optional_choice(f, v, allowed)


def _int(low: int, high: int) -> Check:
    return lambda f, v: rules.integer(f, v, low, high)


def _opt_int(low: int, high: int) -> Check:
    return lambda f, v: rules.optional_integer(f, v, low, high)


def _names(allowed: tuple[str, ...] | None) -> Check:
    def check(f: str, v: Any) -> list[str]:
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v) or len(set(v)) != len(v):
            raise ModelError(QT_TRANSLATE_NOOP("ModelError", "{field} must be a list of different names."), field=f)
        for x in v:
            if allowed is not None and x not in allowed:
                raise ModelError(
                    QT_TRANSLATE_NOOP("ModelError", "{field} must be one of {allowed}, not {value!r}."),
                    field=f, allowed=", ".join(allowed), value=x)
        return v
    return check


def _ref(f: str, v: Any) -> Any:
    if v is None or (isinstance(v, str) and v):
        return v
    raise ModelError(QT_TRANSLATE_NOOP("ModelError", "{field} must be an id or null."), field=f)


def _required_id(f: str, v: Any) -> str:
    if isinstance(v, str) and v:
        return v
    raise ModelError(QT_TRANSLATE_NOOP("ModelError", "{field} must be a non-empty id."), field=f)


# JSON key -> (column, check). Order is the order keys are written.
WORKSHOP = {
    "id": ("id", _required_id), "title": ("title", _text), "goal": ("goal", _text), "date": ("date", rules.optional_date),
    "location": ("location", _text), "language": ("language", _enum(Language)),
    "facilitator": ("facilitator", _text), "notes": ("notes", _text),
    "created": ("created", rules.timestamp), "modified": ("modified", rules.timestamp),
}
PARTICIPANT = {
    "id": ("id", _required_id), "name": ("name", _text), "group": ("group", _enum(ParticipantGroup)),
    "colour": ("colour", rules.colour), "marker": ("marker", rules.marker),
}
JOURNEY = {"id": ("id", _required_id), "title": ("title", _text), "persona": ("persona", _text),
           "description": ("description", _text)}
MOMENT = {
    "id": ("id", _required_id), "title": ("title", _text), "description": ("description", _text),
    "emotion": ("emotion", lambda f, v: rules.number(f, v, MIN_EMOTION, MAX_EMOTION)),
    "width": ("width", rules.extent), "locked": ("locked", rules.flag),
}
LANE = {
    "id": ("id", _required_id), "title": ("title", _text), "kind": ("kind", _enum(LaneKind)),
    "height": ("height", rules.extent), "locked": ("locked", rules.flag),
}
CARD = {
    "id": ("id", _required_id), "journey": ("journey_id", _required_id), "moment": ("moment_id", _ref),
    "lane": ("lane_id", _ref), "kind": ("kind", _enum(CardKind)), "channel": ("channel", _opt_enum(Channel)),
    "note_type": ("note_type", _opt_enum(NoteType)), "title": ("title", _text), "body": ("body", _text),
    "x": ("x", rules.coordinate), "y": ("y", rules.coordinate), "width": ("width", rules.extent),
    "height": ("height", rules.extent), "author": ("author_id", _ref), "locked": ("locked", rules.flag),
    "created": ("created", rules.timestamp), "modified": ("modified", rules.timestamp),
}
CONNECTOR = {"id": ("id", _required_id), "from": ("from_card_id", _required_id), "to": ("to_card_id", _required_id),
             "label": ("label", _text)}
ROUND = {
    "id": ("id", _required_id), "journey": ("journey_id", _ref), "question": ("question", _text),
    "dots_per_participant": ("dots_per_participant", _int(1, MAX_DOTS)),
    "per_card_max": ("per_card_max", _int(1, MAX_DOTS)), "target": ("target", _enum(VotingTarget)),
    "target_kinds": ("target_kinds", _names(CARD_TYPES)), "target_cards": ("target_cards", _names(None)),
    "groups": ("groups", _names(tuple(g.value for g in ParticipantGroup))),
    "allow_own_cards": ("allow_own_cards", rules.flag), "anonymous": ("anonymous", rules.flag),
    "hidden_until_reveal": ("hidden_until_reveal", rules.flag),
    "time_limit_seconds": ("time_limit_seconds", _opt_int(1, 24 * 3600)),
    "status": ("status", _enum(RoundStatus)), "revealed": ("revealed", rules.flag),
    "opened_at": ("opened_at", rules.optional_timestamp), "closed_at": ("closed_at", rules.optional_timestamp),
    "created": ("created", rules.timestamp),
}
VOTE = {
    "id": ("id", _required_id), "card": ("card_id", _required_id), "participant": ("participant_id", _ref),
    "group": ("group", _enum(ParticipantGroup)), "dots": ("dots", _int(1, MAX_DOTS * 100)),
    "created": ("created", rules.timestamp),
}
HYPOTHESIS = {
    "id": ("id", _required_id), "statement": ("statement", _text), "segment": ("segment", _text),
    "experiment": ("experiment", _text), "metric": ("metric", _text),
    "success_criterion": ("success_criterion", _text), "owner": ("owner", _text),
    "start_date": ("start_date", rules.optional_date), "deadline": ("deadline", rules.optional_date),
    "effort": ("effort", _text), "criticality": ("criticality", _opt_int(1, 3)),
    "status": ("status", _enum(HypothesisStatus)), "observation": ("observation", _text),
    "learning": ("learning", _text), "decision": ("decision", _opt_enum(Decision)),
    "next_steps": ("next_steps", _text), "created": ("created", rules.timestamp),
    "modified": ("modified", rules.timestamp),
}
HISTORY = {"status": ("status", _enum(HypothesisStatus)), "at": ("at", rules.timestamp), "note": ("note", _text)}
JSON_COLUMNS = {"target_kinds", "target_cards", "groups"}
T = Base.metadata.tables


# -- export ------------------------------------------------------------------

def _rows(connection: Connection, table: Table, *order: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in connection.execute(select(table).order_by(*order))]


def _out(row: dict[str, Any], spec: dict[str, tuple[str, Check]]) -> dict[str, Any]:
    result = {}
    for key, (column, _check) in spec.items():
        value = row[column]
        result[key] = json.loads(value) if column in JSON_COLUMNS else value
    return result


def export_dict(connection: Connection) -> dict[str, Any]:
    """The whole workshop in the file as an interchange dict."""
    workshop = _rows(connection, T["workshop"])
    if len(workshop) != 1:
        raise ValueError("the file holds no workshop")
    journeys = _rows(connection, T["journey"], T["journey"].c.position)
    moments = _rows(connection, T["moment"], T["moment"].c.position, T["moment"].c.id)
    lanes = _rows(connection, T["lane"], T["lane"].c.position, T["lane"].c.id)
    journey_order = {j["id"]: i for i, j in enumerate(journeys)}
    cards = _rows(connection, T["card"], T["card"].c.z, T["card"].c.id)
    cards.sort(key=lambda c: journey_order[c["journey_id"]])  # stable: keeps z order within a journey
    votes = _rows(connection, T["vote"], T["vote"].c.position, T["vote"].c.id)
    history = _rows(connection, T["hypothesis_status_change"],
                    T["hypothesis_status_change"].c.position, T["hypothesis_status_change"].c.id)
    links_c = connection.execute(select(hypothesis_card).order_by(hypothesis_card.c.card_id)).all()
    links_m = connection.execute(select(hypothesis_moment).order_by(hypothesis_moment.c.moment_id)).all()

    def journey_out(j: dict[str, Any]) -> dict[str, Any]:
        out = _out(j, JOURNEY)
        out["moments"] = [_out(m, MOMENT) for m in moments if m["journey_id"] == j["id"]]
        out["lanes"] = [_out(lane, LANE) for lane in lanes if lane["journey_id"] == j["id"]]
        return out

    def round_out(r: dict[str, Any]) -> dict[str, Any]:
        out = _out(r, ROUND)
        out["votes"] = [_out(v, VOTE) for v in votes if v["round_id"] == r["id"]]
        if r["anonymous"]:  # who voted for what never leaves the file: the dots stay, as their group's
            for vote in out["votes"]:
                vote["participant"] = None
        return out

    def hypothesis_out(h: dict[str, Any]) -> dict[str, Any]:
        out = _out(h, HYPOTHESIS)
        out["cards"] = [c for hid, c in links_c if hid == h["id"]]
        out["moments"] = [m for hid, m in links_m if hid == h["id"]]
        out["history"] = [_out(s, HISTORY) for s in history if s["hypothesis_id"] == h["id"]]
        return out

    return {
        "format": FORMAT,
        "version": VERSION,
        "workshop": _out(workshop[0], WORKSHOP),
        "participants": [_out(p, PARTICIPANT) for p in _rows(connection, T["participant"], T["participant"].c.position)],
        "journeys": [journey_out(j) for j in journeys],
        "cards": [_out(c, CARD) for c in cards],
        "connectors": [_out(c, CONNECTOR) for c in _rows(connection, T["connector"], T["connector"].c.position)],
        "voting_rounds": [round_out(r) for r in _rows(connection, T["voting_round"], T["voting_round"].c.position)],
        "hypotheses": [hypothesis_out(h) for h in _rows(connection, T["hypothesis"], T["hypothesis"].c.position)],
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- import ------------------------------------------------------------------

class _Problem(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message.rstrip('.')}")  # the message template adds the full stop


def _obj(value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Problem(where, "expected an object")
    missing = [k for k in keys if k not in value]
    extra = [k for k in value if k not in keys]
    if missing:
        raise _Problem(where, "missing " + ", ".join(missing))
    if extra:
        raise _Problem(where, "unknown key " + ", ".join(repr(k) for k in extra))
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Problem(where, "expected a list")
    return value


def _row(value: Any, where: str, spec: dict[str, tuple[str, Check]],
         nested: tuple[str, ...] = ()) -> dict[str, Any]:
    obj = _obj(value, where, tuple(spec) + nested)
    row = {}
    for key, (column, check) in spec.items():
        try:
            checked = check(key, obj[key])
        except ModelError as exc:
            raise _Problem(f"{where}.{key}", exc.message) from None
        row[column] = json.dumps(checked, ensure_ascii=False) if column in JSON_COLUMNS else checked
    return row


class _Ids:
    def __init__(self) -> None:
        self.seen: dict[str, dict[str, Any]] = {}

    def add(self, kind: str, row: dict[str, Any], where: str) -> None:
        table = self.seen.setdefault(kind, {})
        if row["id"] in table:
            raise _Problem(f"{where}.id", f"the id {row['id']!r} is used twice")
        table[row["id"]] = row

    def get(self, kind: str, ref: str | None, where: str) -> dict[str, Any] | None:
        if ref is None:
            return None
        row = self.seen.get(kind, {}).get(ref)
        if row is None:
            raise _Problem(where, f"no {kind} has the id {ref!r}")
        return row


def parse(data: Any) -> dict[str, list[dict[str, Any]]]:
    """Checks an interchange dict and returns table rows. Raises ValueError with the exact place."""
    try:
        return _parse(data)
    except _Problem as exc:
        raise ValueError(str(exc)) from None


def _parse(data: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Problem("format", f"this is not a {FORMAT} file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Problem("version", "missing or not a number")
    if version > VERSION:
        raise _Problem("version", f"it was written by a newer codesign (format version {version}); update codesign")
    if version < 1:
        raise _Problem("version", f"unknown version {version}")
    _obj(data, "document", TOP_KEYS)
    ids = _Ids()
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in T}

    workshop = _row(data["workshop"], "workshop", WORKSHOP)
    tables["workshop"].append(workshop)
    for i, item in enumerate(_list(data["participants"], "participants")):
        where = f"participants[{i}]"
        row = _row(item, where, PARTICIPANT) | {"workshop_id": workshop["id"], "position": i}
        ids.add("participant", row, where)
        tables["participant"].append(row)
    for i, item in enumerate(_list(data["journeys"], "journeys")):
        where = f"journeys[{i}]"
        row = _row(item, where, JOURNEY, ("moments", "lanes")) | {"workshop_id": workshop["id"], "position": i}
        ids.add("journey", row, where)
        tables["journey"].append(row)
        for kind, spec, table in (("moment", MOMENT, "moment"), ("lane", LANE, "lane")):
            for k, sub in enumerate(_list(item[kind + "s"], f"{where}.{kind}s")):
                sub_where = f"{where}.{kind}s[{k}]"
                sub_row = _row(sub, sub_where, spec) | {"journey_id": row["id"], "position": k}
                ids.add(kind, sub_row, sub_where)
                tables[table].append(sub_row)
    z_by_journey: dict[str, int] = {}
    for i, item in enumerate(_list(data["cards"], "cards")):
        where = f"cards[{i}]"
        row = _row(item, where, CARD)
        journey = ids.get("journey", row["journey_id"], f"{where}.journey")
        for key, kind in (("moment_id", "moment"), ("lane_id", "lane")):
            target = ids.get(kind, row[key], f"{where}.{kind}")
            if target is not None and target["journey_id"] != journey["id"]:  # type: ignore[index]
                raise _Problem(f"{where}.{kind}", f"the {kind} belongs to another journey")
        ids.get("participant", row["author_id"], f"{where}.author")
        try:
            check_card_type(row["kind"], row["channel"], row["note_type"])
        except ModelError as exc:
            raise _Problem(where, exc.message) from None
        row["z"] = z_by_journey.get(row["journey_id"], 0)
        z_by_journey[row["journey_id"]] = row["z"] + 1
        ids.add("card", row, where)
        tables["card"].append(row)
    for i, item in enumerate(_list(data["connectors"], "connectors")):
        where = f"connectors[{i}]"
        row = _row(item, where, CONNECTOR) | {"position": i}
        source = ids.get("card", row["from_card_id"], f"{where}.from")
        target = ids.get("card", row["to_card_id"], f"{where}.to")
        if source is target or source["journey_id"] != target["journey_id"]:  # type: ignore[index]
            raise _Problem(where, "an arrow must join two different cards of one journey")
        row["journey_id"] = source["journey_id"]  # type: ignore[index]
        ids.add("connector", row, where)
        tables["connector"].append(row)
    for i, item in enumerate(_list(data["voting_rounds"], "voting_rounds")):
        where = f"voting_rounds[{i}]"
        row = _row(item, where, ROUND, ("votes",)) | {"workshop_id": workshop["id"], "position": i}
        ids.get("journey", row["journey_id"], f"{where}.journey")
        for card_id in json.loads(row["target_cards"]):
            ids.get("card", card_id, f"{where}.target_cards")
        ids.add("voting_round", row, where)
        tables["voting_round"].append(row)
        for k, vote in enumerate(_list(item["votes"], f"{where}.votes")):
            vote_where = f"{where}.votes[{k}]"
            vote_row = _row(vote, vote_where, VOTE) | {"round_id": row["id"], "position": k}
            ids.get("card", vote_row["card_id"], f"{vote_where}.card")
            ids.get("participant", vote_row["participant_id"], f"{vote_where}.participant")
            ids.add("vote", vote_row, vote_where)
            tables["vote"].append(vote_row)
    for i, item in enumerate(_list(data["hypotheses"], "hypotheses")):
        where = f"hypotheses[{i}]"
        row = _row(item, where, HYPOTHESIS, ("cards", "moments", "history")) | {
            "workshop_id": workshop["id"], "position": i}
        ids.add("hypothesis", row, where)
        tables["hypothesis"].append(row)
        for link, kind, table in (("cards", "card", "hypothesis_card"), ("moments", "moment", "hypothesis_moment")):
            linked = _list(item[link], f"{where}.{link}")
            if len(set(map(str, linked))) != len(linked):
                raise _Problem(f"{where}.{link}", "an id is listed twice")
            for k, ref in enumerate(linked):
                if not isinstance(ref, str) or not ref:
                    raise _Problem(f"{where}.{link}[{k}]", "expected an id")
                ids.get(kind, ref, f"{where}.{link}[{k}]")
                tables[table].append({"hypothesis_id": row["id"], f"{kind}_id": ref})
        for k, step in enumerate(_list(item["history"], f"{where}.history")):
            step_row = _row(step, f"{where}.history[{k}]", HISTORY)
            step_row |= {"id": f"{row['id']}/{k}", "hypothesis_id": row["id"], "position": k}
            tables["hypothesis_status_change"].append(step_row)
    return tables


def write_tables(connection: Connection, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Bulk inserts in dependency order (Core executemany, not the ORM)."""
    for table in Base.metadata.sorted_tables:
        rows = tables.get(table.name)
        if rows:
            connection.execute(insert(table), rows)


def load_json_file(source: Path) -> Any:
    try:
        with open(source, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise BadInterchange(source, QT_TRANSLATE_NOOP("StorageError", "there is no such file")) from None
    except UnicodeDecodeError:
        raise BadInterchange(source, QT_TRANSLATE_NOOP("StorageError", "it is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise BadInterchange(source, f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except (OSError, RecursionError) as exc:
        raise BadInterchange(source, str(exc)) from None


def import_file(source: Path, dest: Path, *, overwrite: bool = False) -> None:
    """Reads an interchange JSON file into a new workshop file at `dest`."""
    import_data(load_json_file(source), dest, name=source, overwrite=overwrite)


def import_data(data: Any, dest: Path, *, name: Path | None = None, overwrite: bool = False) -> None:
    try:
        tables = parse(data)
    except ValueError as exc:
        raise BadInterchange(name or dest, str(exc)) from None
    new_database(dest, lambda connection: write_tables(connection, tables), overwrite=overwrite)
