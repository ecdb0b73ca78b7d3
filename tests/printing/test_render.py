"""Forms rendered to PDF, looked at as a person would: pixels, text and QR codes."""

import uuid
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from dvc.domain.messages import UserError
from dvc.domain.qr import make_payload, parse_payload
from dvc.printing import forms
from dvc.printing.render import render_pdf

HERE = Path(__file__).parent / "forms"


@pytest.fixture(autouse=True)
def test_forms(monkeypatch):
    monkeypatch.setenv(forms.ENV_FORMS, str(HERE))


def page_images(pdf: Path, dpi: int = 150):
    doc = pdfium.PdfDocument(str(pdf))
    return [page.render(scale=dpi / 72).to_pil() for page in doc]


def page_texts(pdf: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(pdf))
    return [page.get_textpage().get_text_range() for page in doc]


def person(n: int) -> dict:
    record_id = uuid.UUID(int=n + 1)
    return {"name": f"小金井 太郎{n}", "kana": "こがねい たろう", "code": f"V-KG1-{n:04d}-0",
            "payload": make_payload("KG", "V", record_id), "phone": "090-1234-5678", "insured": n % 2 == 0,
            "members": [{"code": "V-KG1-0001-2", "name": "髙橋 﨑子"}], "leader": n == 0, "id": record_id}


def test_every_page_decodes_to_its_payload(tmp_path):
    people = [person(n) for n in range(3)]
    out = tmp_path / "sheets.pdf"
    assert render_pdf("sample_sheet", people, out, drill=False) == 3
    for image, who in zip(page_images(out), people):
        found = zxingcpp.read_barcodes(image)
        assert [parse_payload(b.text).record_id for b in found] == [who["id"]]


def test_japanese_text_is_real_text_with_the_font_embedded(tmp_path):
    out = tmp_path / "sheet.pdf"
    render_pdf("sample_sheet", [person(0)], out, drill=False)
    text = page_texts(out)[0]
    assert "ボランティア受付票" in text and "小金井 太郎0" in text and "髙橋 﨑子" in text
    assert b"/FontFile2" in out.read_bytes()  # TrueType embedded: same look on every laptop
    assert "訓練" not in text


def test_drill_pages_say_so_on_every_page(tmp_path):
    out = tmp_path / "drill.pdf"
    render_pdf("sample_sheet", [person(0), person(1)], out, drill=True)
    assert all("訓練モード" in t for t in page_texts(out))


def test_label_grid_puts_ten_on_a_page(tmp_path):
    people = [person(n) for n in range(23)]
    out = tmp_path / "labels.pdf"
    assert render_pdf("sample_labels", people, out, drill=False) == 3
    decoded = [b for image in page_images(out, dpi=200) for b in zxingcpp.read_barcodes(image)]
    assert sorted(parse_payload(b.text).record_id.int for b in decoded) == list(range(1, 24))


def test_missing_values_print_blank_not_crash(tmp_path):
    out = tmp_path / "blank.pdf"
    assert render_pdf("sample_sheet", [{}], out, drill=False) == 1


def test_unknown_form_is_a_clear_refusal(tmp_path):
    with pytest.raises(UserError):
        render_pdf("no_such_form", [{}], tmp_path / "x.pdf", drill=False)


def test_a_broken_form_file_is_a_clear_refusal(tmp_path, monkeypatch):
    (tmp_path / "broken.toml").write_text("[form\ntitle=", encoding="utf-8")
    (tmp_path / "typo.toml").write_text('[[item]]\ntype = "txet"\nx = 1\ny = 1\n', encoding="utf-8")
    monkeypatch.setenv(forms.ENV_FORMS, str(tmp_path))
    for name in ("broken", "typo"):
        with pytest.raises(UserError):
            render_pdf(name, [{}], tmp_path / "x.pdf", drill=False)


def test_a_council_copy_wins_over_the_shipped_form(tmp_path, monkeypatch, isolated_dirs):
    council = isolated_dirs / "forms"
    council.mkdir(parents=True)
    text = (HERE / "sample_sheet.toml").read_text(encoding="utf-8").replace("ボランティア受付票", "小金井市災害VC 受付票")
    (council / "sample_sheet.toml").write_text(text, encoding="utf-8")
    monkeypatch.delenv(forms.ENV_FORMS)
    monkeypatch.setattr(forms, "SHIPPED", HERE)
    out = tmp_path / "c.pdf"
    render_pdf("sample_sheet", [person(0)], out, drill=False)
    assert "小金井市災害VC 受付票" in page_texts(out)[0]
