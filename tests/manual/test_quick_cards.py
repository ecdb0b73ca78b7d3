"""The desks' quick cards: one A4 page each, in large type, nothing running into the footer."""

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.printing.forms import load_form
from dvc.services.drill.quick_cards import DESK_KEYS, form_name, print_quick_cards

# The F-key each card names in its title, the desk's place in the window.
F_KEYS = {desk: f"F{n}" for n, desk in enumerate(DESK_KEYS, start=1)}
MM = 72 / 25.4


@pytest.mark.parametrize("desk", DESK_KEYS)
def test_a_card_is_one_readable_page_that_ends_above_the_footer(tmp_path, desk):
    printed = print_quick_cards(out_dir=tmp_path, desks=(desk,))
    assert printed.files == (tmp_path / f"quick_card_{desk}.pdf",)
    page = pdfium.PdfDocument(str(printed.files[0]))
    assert len(page) == 1
    width, height = page[0].get_size()
    assert (round(width / MM), round(height / MM)) == (210, 297)
    text = page[0].get_textpage()
    words = text.get_text_range()
    assert F_KEYS[desk] in words and "手順" in words and "こんなときは" in words
    # Below 10 mm there is only the footer (title, print time, page number); the card's own text ends
    # higher, inside the side margins.
    boxes = [text.get_charbox(i) for i in range(text.count_chars())]
    low = "".join(ch for (_, bottom, _, _), ch in zip(boxes, words) if ch.strip() and bottom < 10 * MM)
    title = load_form(form_name(desk)).title.replace(" ", "")
    assert low.startswith(title) and low.endswith("印刷1/1"), low
    body = [(left, bottom, right) for (left, bottom, right, _), ch in zip(boxes, words)
            if ch.strip() and bottom >= 10 * MM]
    assert min(b for _, b, _ in body) > 14 * MM
    assert min(left for left, _, _ in body) > 10 * MM and max(right for _, _, right in body) < 200 * MM
    # Large type: the steps are printed at 14 pt or more.
    steps = next(item for item in load_form(form_name(desk)).items if item.get("text", "").startswith("1. "))
    assert steps["size"] >= 14


def test_the_command_prints_every_card_into_a_new_folder(capsys, tmp_path):
    out = tmp_path / "cards" / "today"
    assert main(["print", "quick-cards", "--out", str(out), "--json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert sorted(Path(f).name for f in files) == sorted(f"quick_card_{d}.pdf" for d in DESK_KEYS)
    assert all(Path(f).stat().st_size > 10_000 for f in files)


def test_an_unknown_desk_is_refused_in_words(tmp_path):
    with pytest.raises(UserError):
        print_quick_cards(out_dir=tmp_path, desks=("kitchen",))
    with pytest.raises(SystemExit) as stopped:
        main(["print", "quick-cards", "--out", str(tmp_path), "--desk", "kitchen"])
    assert stopped.value.code == 2
