"""The German and English translations: complete, faithful to the placeholders, loadable by
Qt, and used by the PDF report (without Qt) when it is written in German."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from codesign.app import translations
from codesign.paths import resource

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = resource("translations")
DE_TS = TS_DIR / "codesign_de.ts"
EN_TS = TS_DIR / "codesign_en.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|</?[a-zA-Z][^>]*>")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def lrelease(ts: Path, qm: Path) -> Path:
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.stat().st_size > 0
    return qm


@pytest.fixture
def no_translators(qapp):  # noqa: ANN001 - pytest-qt's QApplication
    """Whatever a test installs is removed afterwards, so other tests see the English texts."""
    yield
    for translator in translations.installed():
        qapp.removeTranslator(translator)
    translations._installed.clear()
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.system())


def test_every_text_in_the_code_is_in_the_german_file(tmp_path: Path) -> None:
    sources = [str(p.relative_to(ROOT)) for p in (ROOT / "codesign").rglob("*.py")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sorted(set(sources)), "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True)
    in_code = {(c, s) for c, s, _m in messages(fresh)}
    assert len(in_code) > 800
    for ts in (DE_TS, EN_TS):
        in_file = {(c, s) for c, s, m in messages(ts) if m.find("translation").get("type") not in ("vanished",
                                                                                                  "obsolete")}
        missing = sorted(in_code - in_file)
        assert not missing, f"{ts.name} lacks {len(missing)} text(s), run packaging/update_translations.py: " \
                            f"{missing[:10]}"


@pytest.mark.parametrize("ts", [DE_TS, EN_TS], ids=["de", "en"])
def test_every_message_is_translated(ts: Path) -> None:
    unfinished = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        numerus = message.get("numerus") == "yes"
        texts = forms(message)
        if (translation.get("type") == "unfinished" or not all(t.strip() for t in texts)
                or (numerus and len(texts) != 2)):
            unfinished.append((context, source))
    assert not unfinished, f"{len(unfinished)} unfinished in {ts.name}: {unfinished[:10]}"


@pytest.mark.parametrize("ts", [DE_TS, EN_TS], ids=["de", "en"])
def test_placeholders_and_markup_are_kept(ts: Path) -> None:
    wrong = []
    for context, source, message in messages(ts):
        expected = Counter(PLACEHOLDER.findall(source))
        for text in forms(message):
            if Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append((context, source, text))
            if source.count("&") - source.count("&&") != text.count("&") - text.count("&&"):
                wrong.append((context, source, text))  # an accelerator lost, or one too many
            if source != source.strip() and (source[:1].isspace(), source[-1:].isspace()) != (
                    text[:1].isspace(), text[-1:].isspace()):
                wrong.append((context, source, text))  # leading/trailing spaces join texts together
    assert not wrong, f"{len(wrong)} in {ts.name}: {wrong[:5]}"


def test_german_accelerators_are_unique_in_each_menu_bar_menu() -> None:
    german = {s: forms(m)[0] for c, s, m in messages(DE_TS) if c == "MainWindow"}
    menu_bar = ["&File", "&Edit", "&View", "&Journey", "V&oting", "H&ypotheses", "&Help"]
    edit = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "D&uplicate", "&Delete", "Select &All",
            "&Edit Card Text", "&Lock or Unlock Cards"]
    journey = ["&New Journey…", "&Rename Journey…", "&Delete Journey…", "Add &Moment…", "Add &Lane…"]
    voting = ["&Present on Shared Screen", "&New Voting Round…", "&Open or Close Voting", "&Reveal or Hide Dots",
              "Paper &Tally…", "&Results…", "Voting &Panel"]
    for group in (menu_bar, edit, journey, voting):
        keys = [re.search(r"&(\w)", german[text]).group(1).lower() for text in group]
        assert len(set(keys)) == len(keys), [german[text] for text in group]


def test_compiled_german_and_english_load_in_qt(qapp, tmp_path: Path, no_translators) -> None:  # noqa: ANN001
    de = QTranslator()
    assert de.load(str(lrelease(DE_TS, tmp_path / "codesign_de.qm")))
    assert de.translate("MainWindow", "&File") == "&Datei"
    assert de.translate("PresenterWindow", "%n dot(s) left", None, 1) == "noch %n Punkt"
    assert de.translate("PresenterWindow", "%n dot(s) left", None, 3) == "noch %n Punkte"
    en = QTranslator()
    assert en.load(str(lrelease(EN_TS, tmp_path / "codesign_en.qm")))
    qapp.installTranslator(en)
    try:  # QCoreApplication.translate, as the app's tr(), fills in %n
        assert QCoreApplication.translate("PresenterWindow", "%n dot(s) left", None, 1) == "1 dot left"
        assert QCoreApplication.translate("PresenterWindow", "%n dot(s) left", None, 4) == "4 dots left"
        assert QCoreApplication.translate("HypothesisBoard", "%n hypothesis(es)", None, 2) == "2 hypotheses"
        assert QCoreApplication.translate("ResultsView", "%n card(s) without dots are not listed.", None, 1) \
            == "1 card without dots is not listed."
    finally:
        qapp.removeTranslator(en)
    qapp.installTranslator(de)
    try:
        assert QCoreApplication.translate("PresenterWindow", "%n dot(s) left", None, 1) == "noch 1 Punkt"
        assert QCoreApplication.translate("PresenterWindow", "%n dot(s) left", None, 5) == "noch 5 Punkte"
    finally:
        qapp.removeTranslator(de)


def test_install_translators_picks_the_language(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                no_translators) -> None:  # noqa: ANN001
    for language in ("de", "en"):
        lrelease(TS_DIR / f"codesign_{language}.ts", tmp_path / f"codesign_{language}.qm")
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    from PySide6.QtCore import QSettings

    QSettings().setValue(translations.SETTINGS_KEY, "de")
    assert translations.install_translators(qapp) == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert len(translations.installed()) == 2  # codesign's and Qt's own (qtbase_de)
    assert translations.install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("PresenterWindow", "%n dot(s) left", None, 1) == "1 dot left"
    QSettings().setValue(translations.SETTINGS_KEY, "")
    monkeypatch.setattr(translations.QLocale, "system", staticmethod(lambda: translations.QLocale("de_AT")))
    assert translations.ui_language() == "de"
    monkeypatch.setattr(translations.QLocale, "system", staticmethod(lambda: translations.QLocale("fr_FR")))
    assert translations.ui_language() == "en"


def test_dates_follow_the_language_of_the_app(qapp, no_translators, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QDate, QLocale

    day = QDate(2026, 12, 11)
    monkeypatch.setattr(translations.QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    translations.install_translators(qapp, "de")
    assert QLocale().toString(day, "d MMM yyyy") == "11 Dez. 2026"
    translations.install_translators(qapp, "en")  # the system speaks it: its own locale, US dates
    assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == "12/11/26"
    monkeypatch.setattr(translations.QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    translations.install_translators(qapp, "de")
    assert QLocale().name() == "de_AT"
    translations.install_translators(qapp, "en")  # English on a German system: day before month
    assert QLocale().toString(day, QLocale.FormatType.ShortFormat) == "11/12/2026"


def test_without_compiled_files_the_app_stays_english(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      no_translators) -> None:  # noqa: ANN001
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path / "nothing here")
    assert translations.install_translators(qapp, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_main_window_menus_are_german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          no_translators, workshops) -> None:  # noqa: ANN001
    lrelease(DE_TS, tmp_path / "codesign_de.qm")
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    translations.install_translators(qapp, "de")
    window = workshops.new_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in titles and "&Bearbeiten" in titles and "&File" not in titles
    menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    checked = 0
    for menu in menus:  # each menu's & keys are different, so Alt+key picks one item
        keys = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&([^&])", a.text()))]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]
        checked += len(keys)
    assert checked > 40


def test_a_german_pdf_has_german_words_without_qt(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from codesign.export.pdf import PdfOptions, export_pdf\n"
        "export_pdf(Path(sys.argv[1]), Path(sys.argv[2]), PdfOptions(language='de'))\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'the PDF export imported Qt'\n")
    subprocess.run([sys.executable, "-c", script, str(demo_file), str(out)], cwd=ROOT, check=True)
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "Abstimmung" in text and "Inhalt" in text and "Seite 2 von" in text and ". November 2026" in text
    assert "Voting" not in text and "Contents" not in text and "Page 2 of" not in text


def test_an_english_pdf_keeps_the_source_words(demo_file: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from codesign.export.pdf import PdfOptions, export_pdf

    out = tmp_path / "en.pdf"
    export_pdf(demo_file, out, PdfOptions(language="en", sections=frozenset({"cover", "contents", "voting"})))
    text = "\n".join(page.extract_text() or "" for page in PdfReader(out).pages)
    assert "Voting" in text and "Contents" in text and "Abstimmung" not in text and "12 November 2026" in text


def test_translate_for_reads_the_ts_file_and_falls_back_to_the_source() -> None:
    from codesign.export.pdf_translate import translate_for

    german = translate_for("de")
    assert german("PdfExport", "Voting results") == "Abstimmungsergebnisse"
    assert german("Vocabulary", "Pain point") == "Pain Point"
    assert german("PdfExport", "not a text of codesign") == "not a text of codesign"
    assert translate_for("de_DE")("PdfExport", "Contents") == "Inhalt"
    assert translate_for("en")("PdfExport", "Voting results") == "Voting results"
    assert translate_for("fr")("PdfExport", "Voting results") == "Voting results"
