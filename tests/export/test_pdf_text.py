"""Any text the user typed comes out as typed (or visibly cut), and an anonymised report names no one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codesign.export.pdf import PdfOptions, export_pdf
from codesign.export.text import CUT

from .fixtures.pdf_data import (
    EMOJI, LONG_BODY, MARKUP_TITLE, RTL, SCRIPTS, demo_dict, hostile_dict, with_rounds, write_file,
)
from .fixtures.pdf_reading import Pdf, flat


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    folder = tmp_path_factory.mktemp("hostile")
    out = folder / "hostile.pdf"
    export_pdf(write_file(hostile_dict(), folder / "hostile.codesign"), out)
    return Pdf(out)


def names_in(data: dict) -> list[str]:
    """Every participant's name, and each word of it, as a search would find them."""
    names: set[str] = set()
    for person in data["participants"]:
        names.add(person["name"])
        names.update(word for word in person["name"].split() if len(word) >= 3)
    return sorted(names)


def found(name: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def test_markup_characters_appear_as_typed(hostile: Pdf) -> None:
    assert MARKUP_TITLE in hostile.pages[0]
    assert hostile.reader.metadata.title == MARKUP_TITLE
    assert "Room <b>7</b> & hall" in hostile.text
    assert "<para>Card & \"quotes\"</para>" in hostile.text
    assert "<font size=40>Big?</font>" in hostile.text
    assert "<b>We</b> believe & <para>that</para>" in hostile.text
    assert "<b>Top</b> card &lt;1&gt;" in hostile.text
    assert "Lane <br/> &" in hostile.text
    assert "Zoë <b>O'Brien</b> & Co (2)" in hostile.text  # a voter's name, in an open round


@pytest.mark.parametrize(("script", "section", "then"), [
    ("german", "Voting", "Hypotheses"),  # the round's question
    ("polish", "Voting", "Hypotheses"),  # the most-voted card
    ("turkish", "Appendix: every card", None),  # a lane's name beside its cards
    ("greek", "Hypotheses", "Let go, and what we learned"),  # a statement
    ("russian", "Appendix: every card", None),  # a card's title
])
def test_latin_greek_and_cyrillic_text_can_be_copied_out(hostile: Pdf, script: str, section: str,
                                                        then: str | None) -> None:
    assert SCRIPTS[script] in hostile.pages[0]  # in the goal on the cover
    assert SCRIPTS[script] in hostile.between(section, then)


def test_emoji_and_right_to_left_text_do_not_break_the_export(hostile: Pdf) -> None:
    assert "Launch" in hostile.pages[0] and "sparkle" in hostile.pages[0]
    assert "🚀" not in hostile.text  # the font has no emoji: a visible white square instead
    assert "\u25a1" in hostile.pages[0]
    assert RTL.split()[0] in hostile.pages[0] or RTL.split()[0][::-1] in hostile.pages[0]
    assert EMOJI.split()[0] in hostile.text


def test_very_long_text_is_cut_with_a_visible_mark(hostile: Pdf) -> None:
    appendix = hostile.between("Appendix: every card", None)
    assert "lorem0 lorem1 lorem2" in appendix
    assert flat(CUT) in appendix
    assert "lorem2999" not in hostile.text  # 20,000 characters are not printed in full
    assert len(hostile.pages) < 40
    heading = next(t for t in hostile.titles() if t.startswith("Round 1: "))
    assert "Big?" in heading and "<font size=40>" in heading


def test_a_long_experiment_is_cut_in_the_hypothesis(hostile: Pdf) -> None:
    section = hostile.between("Hypotheses", "Let go, and what we learned")
    assert "lorem0 lorem1" in section and flat(CUT) in section
    assert LONG_BODY[:200] in section


def test_anonymised_report_names_no_participant_anywhere(tmp_path: Path) -> None:
    data = with_rounds(demo_dict())
    out = tmp_path / "anon.pdf"
    export_pdf(write_file(data, tmp_path / "w.codesign"), out, PdfOptions(anonymise=True))
    pdf = Pdf(out)
    meta = " ".join(str(v) for v in pdf.reader.metadata.values())
    outline = " ".join(pdf.titles())
    raw = out.read_bytes().decode("latin-1")
    for name in names_in(data):
        for where, text in (("text", pdf.text), ("metadata", meta), ("outline", outline), ("file", raw)):
            assert not found(name, text), f"{name!r} in the {where}"
    assert "6 customers · 5 staff · 1 facilitator" in pdf.pages[0]
    assert "Owner: Staff" in pdf.text  # an owner who is a participant becomes the group
    assert "only [Customer] wanted to know who to call" in pdf.text  # a name inside a sentence
    assert "voters’ names left out of this report" in pdf.text


def test_anonymised_hostile_report_names_no_one_either(tmp_path: Path) -> None:
    data = hostile_dict()
    cards = {c["id"]: c for c in data["cards"]}
    cards["c-06"]["title"] = "Ask Jonas and Lena Brandt"  # names on the journey map itself
    cards["c-07"]["body"] = "Kwame said so"
    data["journeys"][0]["moments"][1]["description"] = "Mei explains"
    out = tmp_path / "anon.pdf"
    export_pdf(write_file(data, tmp_path / "w.codesign"), out, PdfOptions(anonymise=True))
    pdf = Pdf(out)
    for name in names_in(data):
        assert not found(name, pdf.text), name
    assert SCRIPTS["greek"] in pdf.text
    journey = pdf.between("Journeys", "Voting")
    assert "Ask [Customer] and [Staff]" in journey  # the map is drawn, with the names replaced
    assert "[Customer] explains" in journey


def test_an_anonymous_round_names_no_voter_but_an_open_one_does(rounds_pdf: Pdf) -> None:
    first = rounds_pdf.between("Round 1: Where does it hurt most for customers?", "Round 2: Which idea helps most?")
    second = rounds_pdf.between("Round 2: Which idea helps most?", "Round 3: Still counting?")
    assert "Voters: Amira (2)" in first
    assert "Voters:" not in second and "Amira" not in second
    assert "anonymous: who voted for what is not shown" in second


def test_several_rounds_are_combined_leaving_out_hidden_counts(rounds_pdf: Pdf) -> None:
    assert "All rounds combined" in rounds_pdf.titles()
    third = rounds_pdf.between("Round 3: Still counting?", "All rounds combined")
    assert "The counts of this round were still hidden when this report was made." in third
    combined = rounds_pdf.between("All rounds combined", "Hypotheses")
    assert "1 round without visible counts is left out." in combined
    assert "66 dots placed (Customers 36, Staff 30)." in combined  # rounds 1 and 2, not 3
    assert "Voters:" not in combined


@pytest.fixture(scope="module")
def rounds_pdf(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    folder = tmp_path_factory.mktemp("rounds")
    out = folder / "rounds.pdf"
    export_pdf(write_file(with_rounds(demo_dict()), folder / "rounds.codesign"), out)
    return Pdf(out)


def test_an_emoji_family_becomes_marks_without_invisible_joiners() -> None:
    from codesign.export.text import MISSING, printable

    family = "family \U0001F468\u200d\U0001F469\u200d\U0001F467 ok\ufe0f"
    assert printable(family) == f"family {MISSING}{MISSING}{MISSING} ok"
