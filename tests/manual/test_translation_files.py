"""The English translation file is filled from the sources, plural forms included, and checked like the Japanese one."""

import xml.etree.ElementTree as ET

import pytest

from dvc.i18n import build

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>DispatchPage</name>
    <message>
        <source>Send team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not back: %n team(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform>%n person</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def files(tmp_path, monkeypatch):
    for lang in ("ja", "en"):
        (tmp_path / f"dvc_{lang}.ts").write_text(TS.format(lang=lang), encoding="utf-8")
    monkeypatch.setattr(build, "HERE", tmp_path)
    return tmp_path


def test_english_is_filled_with_plural_forms_and_hand_written_forms_kept(files):
    assert len(build.unfinished("en")) == 3
    build.fill_english()
    assert build.unfinished("en") == []
    tree = ET.parse(files / "dvc_en.ts")
    messages = {m.findtext("source"): m.find("translation") for m in tree.iter("message")}
    assert messages["Send team"].text == "Send team"
    assert [f.text for f in messages["Not back: %n team(s)"].findall("numerusform")] == [
        "Not back: %n team", "Not back: %n teams"]
    assert [f.text for f in messages["%n people"].findall("numerusform")] == ["%n person", "%n people"]
    assert all(t.get("type") is None for t in messages.values())


def test_an_empty_plural_form_counts_as_unfinished_in_both_languages(files):
    for lang in ("ja", "en"):
        path = files / f"dvc_{lang}.ts"
        path.write_text(path.read_text(encoding="utf-8").replace(' type="unfinished"', ""), encoding="utf-8")
    # An empty English text falls back to the source; an empty plural form would print nothing.
    assert build.unfinished("en") == ["Not back: %n team(s)", "%n people"]
    assert build.unfinished("ja") == ["Send team", "Not back: %n team(s)", "%n people"]


def test_the_shipped_english_file_has_no_unfinished_entry():
    # Both files are also checked against the sources by `python -m dvc.i18n.build --check` in scripts/test.sh.
    assert build.unfinished("en") == []
