"""A large, realistic workshop as interchange JSON, for benchmarks."""

from __future__ import annotations

import random
from typing import Any

from codesign.model.enums import Channel, NoteType

STAMP = "2026-11-12T09:00:00.000000Z"


def big_workshop(cards: int = 5000, moments: int = 20, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    lanes = ["customer_actions", "frontstage", "backstage", "support", "custom"]
    people = [{"id": f"p{i}", "name": f"Person {i}", "group": "customer" if i % 2 else "staff",
               "colour": "#CC6677", "marker": f"P{i}"} for i in range(12)]
    journey = {
        "id": "j", "title": "Big journey", "persona": "", "description": "",
        "moments": [{"id": f"m{i}", "title": f"Moment {i}", "description": "", "emotion": 0.0,
                     "width": 480.0, "locked": False} for i in range(moments)],
        "lanes": [{"id": f"l{i}", "title": kind, "kind": kind, "height": 300.0, "locked": False}
                  for i, kind in enumerate(lanes)],
    }
    types = [("touchpoint", c.value, None) for c in Channel] + [("note", None, n.value) for n in NoteType]
    card_list = []
    for i in range(cards):
        kind, channel, note = types[i % len(types)]
        card_list.append({
            "id": f"c{i}", "journey": "j", "moment": f"m{i % moments}", "lane": f"l{(i // moments) % 5}",
            "kind": kind, "channel": channel, "note_type": note,
            "title": f"Card {i}", "body": "Customers wait too long for a reply. " * rng.randint(0, 3),
            "x": 20.0 + 240.0 * (i % 2), "y": 20.0 + 140.0 * ((i // 2) % 2),
            "width": 200.0, "height": 120.0, "author": f"p{i % 12}" if kind == "note" else None,
            "locked": False, "created": STAMP, "modified": STAMP,
        })
    connectors = [{"id": f"x{i}", "from": f"c{i}", "to": f"c{i + 1}", "label": ""} for i in range(0, 1000, 2)]
    votes = [{"id": f"v{i}", "card": f"c{i * 7}", "participant": f"p{i % 12}",
              "group": "customer" if (i % 12) % 2 else "staff", "dots": 1, "created": STAMP} for i in range(36)]
    rounds = [{"id": "r", "journey": "j", "question": "Where does it hurt?", "dots_per_participant": 3,
               "per_card_max": 1, "target": "journey", "target_kinds": [], "target_cards": [],
               "groups": ["customer", "staff"], "allow_own_cards": False, "anonymous": False,
               "hidden_until_reveal": False, "time_limit_seconds": None, "status": "closed", "revealed": True,
               "opened_at": STAMP, "closed_at": STAMP, "created": STAMP, "votes": votes}]
    hypotheses = [{"id": f"h{i}", "statement": f"We believe {i}", "segment": "", "experiment": "", "metric": "",
                   "success_criterion": "", "owner": "", "start_date": None, "deadline": None, "effort": "",
                   "criticality": None, "status": "idea", "observation": "", "learning": "", "decision": None,
                   "next_steps": "", "created": STAMP, "modified": STAMP, "cards": [f"c{i}"], "moments": [],
                   "history": [{"status": "idea", "at": STAMP, "note": ""}]} for i in range(10)]
    return {
        "format": "codesign-workshop", "version": 1,
        "workshop": {"id": "w", "title": "Benchmark", "goal": "", "date": None, "location": "", "language": "en",
                     "facilitator": "", "notes": "", "created": STAMP, "modified": STAMP},
        "participants": people, "journeys": [journey], "cards": card_list, "connectors": connectors,
        "voting_rounds": rounds, "hypotheses": hypotheses,
    }


def board_workshop(cards: int = 5000, moments: int = 50) -> dict[str, Any]:
    """The same workshop laid out as a real board: cards side by side in their cells, not stacked,
    so a 100% view shows a realistic few dozen of them."""
    data = big_workshop(cards, moments)
    lanes = data["journeys"][0]["lanes"]
    per_cell = -(-cards // (moments * len(lanes)))
    rows = -(-per_cell // 2)
    for lane in lanes:
        lane["height"] = 20.0 + rows * 140.0
    slots: dict[tuple[str, str], int] = {}
    for card in data["cards"]:
        card["lane"] = lanes[(int(card["id"][1:]) // moments) % len(lanes)]["id"]
        key = (card["moment"], card["lane"])
        slot = slots[key] = slots.get(key, -1) + 1
        card["x"], card["y"] = 20.0 + 240.0 * (slot % 2), 20.0 + 140.0 * (slot // 2)
    return data
