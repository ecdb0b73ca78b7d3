"""A name from another council's bundle that the printed font cannot show: taken, counted, printed with 〓."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlmodel import select

from dvc.printing import glyphs
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import import_bundle
from dvc.services.reception.intake_print import print_intake
from dvc.store.tables import Volunteer
from dvc.ui.desks.head_office.exchange_page import ExchangeDialog
from dvc.ui.events import EventBus
from tests.services.seed import seed
from tests.ui.conftest import japanese_app, show_active  # noqa: F401  (autouse: Japanese text and font)

RARE = "𠮷田 花子"  # 𠮷 (つちよし) is not in the embedded IPAex font
EMOJI = "鈴木 花子😀"


def bundle_with_unprintable_names(koganei, tmp_path):  # noqa: ANN001, ANN201
    """Koganei's bundle for Mitaka with two consented people whose names the font lacks a character of."""
    assert glyphs.missing(RARE) == "𠮷" and glyphs.missing(EMOJI) == "😀"
    people = seed(koganei).volunteers
    codes = []
    with koganei.transaction() as s:  # as another council's dvc (another font, an older version) let them in
        for old, new in (("山田 太郎", RARE), ("鈴木 花子", EMOJI)):
            v = s.get(Volunteer, people[old].id)
            v.block_share_consent, v.name = True, new
            s.add(v)
            codes.append(v.code)
    out = tmp_path / "to-mitaka.dvcx"
    export_bundle(koganei, peer="mitaka", out=out, encrypt=False)
    return out, sorted(codes)


def test_the_import_takes_the_names_says_how_many_and_the_sheet_prints_geta(friends, tmp_path):
    koganei, _, mitaka = friends
    out, codes = bundle_with_unprintable_names(koganei, tmp_path)
    preview = import_bundle(mitaka, path=out, dry_run=True)
    assert preview.unprintable == codes
    assert preview.as_dict()["unprintable_names"] == {"count": 2, "codes": codes}
    result = import_bundle(mitaka, path=out)
    assert result.unprintable == codes and result.tables["volunteer"].new == 2
    with mitaka.session() as s:  # the other council's data, as it is
        assert s.exec(select(Volunteer).where(Volunteer.name == RARE)).one().origin == "koganei"
    assert import_bundle(mitaka, path=out).unprintable == []  # a repeat writes nothing

    pdf = tmp_path / "intake.pdf"
    print_intake(mitaka, out=pdf, codes=codes)
    document = pdfium.PdfDocument(pdf)
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    assert len(texts) == 2
    assert "〓田 花子" in texts[0] + texts[1] and "鈴木 花子〓" in texts[0] + texts[1]
    assert not glyphs.missing("".join(texts).replace("\ufffe", "")), "a character drawn the font has no glyph for"


def test_the_import_preview_on_screen_says_so(qtbot, friends, tmp_path, monkeypatch):
    koganei, _, mitaka = friends
    out, codes = bundle_with_unprintable_names(koganei, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    receiver = show_active(qtbot, ExchangeDialog(mitaka, EventBus()))
    qtbot.keyClick(receiver, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    receiver.import_.choose_button.setFocus()
    qtbot.keyClick(receiver.import_.choose_button, Qt.Key.Key_Space)
    said = receiver.import_.source.text()
    assert "印刷物に表示できない文字" in said and "2 件" in said and all(c in said for c in codes), said
    qtbot.keyClick(receiver.import_.apply_button, Qt.Key.Key_Space)
    said = receiver.import_.source.text()
    assert infos and "取り込んだ 2 件" in said and all(c in said for c in codes), said
