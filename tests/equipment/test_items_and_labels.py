"""The editable list of items, finding an item by a scanned label, and the printed label sheets."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from dvc.domain.codes import Code
from dvc.domain.messages import UserError
from dvc.domain.qr import make_payload
from dvc.services.equipment import items
from dvc.services.equipment import labels as equipment_labels
from dvc.services.equipment import loans
from dvc.services.equipment import stock
from dvc.services.equipment.items import ItemDraft

SHOTS = Path("/tmp/eq/shots")


def _row(ws, item_id):  # noqa: ANN001, ANN202
    return next(r for r in stock.stock_rows(ws) if r.id == item_id)


def test_add_edit_and_remove_items(workspace, store):
    new_id, code = items.add_item(workspace, draft=ItemDraft(name="  高圧洗浄機 ", unit="台", owned=2, minimum_stock=1,
                                                               lendable_to_block=True))
    assert code.startswith("E-KG1-")
    row = _row(workspace, new_id)
    assert (row.name, row.unit, row.owned, row.available, row.lendable_to_block) == ("高圧洗浄機", "台", 2, 2, True)
    with pytest.raises(UserError):
        items.add_item(workspace, draft=ItemDraft(name="高圧洗浄機"))
    with pytest.raises(UserError):
        items.add_item(workspace, draft=ItemDraft(name="  "))
    with pytest.raises(UserError):  # more lost than owned
        items.add_item(workspace, draft=ItemDraft(name="バール", owned=1, lost=2))

    loans.lend(workspace, equipment_id=store.shovel, quantity=6, dispatch_id=store.dispatch)
    # Stocktaking: 2 turned up broken; 10 owned still covers 6 out + 2 damaged.
    items.update_item(workspace, equipment_id=store.shovel, draft=ItemDraft(name="スコップ（角）", unit="本", owned=10,
                                                                              damaged=2, minimum_stock=3))
    assert _row(workspace, store.shovel).available == 2
    with pytest.raises(UserError):  # 6 out + 2 damaged do not fit in 7 owned
        items.update_item(workspace, equipment_id=store.shovel, draft=ItemDraft(name="スコップ（角）", owned=7, damaged=2))
    with pytest.raises(UserError):  # pieces are out: not removable yet
        items.remove_item(workspace, equipment_id=store.shovel)
    items.remove_item(workspace, equipment_id=new_id)
    assert all(r.id != new_id for r in stock.stock_rows(workspace))


def test_standard_items_fill_an_empty_list_once(workspace):
    added = items.add_standard_items(workspace)
    assert added == len(items.STANDARD_ITEMS)
    assert items.add_standard_items(workspace) == 0
    names = {r.name: r for r in stock.stock_rows(workspace)}
    assert names["土のう袋"].consumable and not names["一輪車"].consumable


def test_a_scanned_label_or_typed_code_finds_the_item(workspace, store):
    row = _row(workspace, store.barrow)
    assert items.find_item(workspace, scanned=make_payload("KG", "E", store.barrow)) == store.barrow
    assert items.find_item(workspace, scanned=row.code) == store.barrow
    full_width = row.code.translate(str.maketrans("0123456789-E", "０１２３４５６７８９－Ｅ"))
    assert items.find_item(workspace, scanned=full_width) == store.barrow
    for wrong in (make_payload("KG", "V", store.barrow), str(Code("V", "KG", 1, 1))):
        with pytest.raises(UserError, match="not an equipment label"):
            items.find_item(workspace, scanned=wrong)
    with pytest.raises(UserError):
        items.find_item(workspace, scanned=make_payload("KG", "E", store.dispatch))
    with pytest.raises(UserError):
        items.find_item(workspace, scanned="スコップ")


def _images(pdf: Path, dpi: int = 200):  # noqa: ANN202
    return [page.render(scale=dpi / 72).to_pil() for page in pdfium.PdfDocument(str(pdf))]


def test_label_sheets_decode_back_to_their_items(workspace, store, tmp_path):
    out = tmp_path / "labels.pdf"
    pages = equipment_labels.print_labels(workspace, copies=[(store.shovel, 20), (store.sandbags, 3)], out=out, skip=2)
    assert pages == 2  # 2 skipped + 23 labels on 24-up sheets
    first, second = _images(out)
    found = [items.find_item(workspace, scanned=b.text) for b in zxingcpp.read_barcodes(first)]
    assert found.count(store.shovel) == 20 and found.count(store.sandbags) == 2
    assert [items.find_item(workspace, scanned=b.text) for b in zxingcpp.read_barcodes(second)] == [store.sandbags]
    text = pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert "スコップ（角）" in text and "消耗品" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    first.save(SHOTS / "labels-small.png")

    bins = tmp_path / "bins.pdf"
    assert equipment_labels.print_labels(workspace, copies=[(store.shovel, 1), (store.sandbags, 1), (store.barrow, 1)],
                                         out=bins, bins=True) == 1
    [page] = _images(bins)
    assert sorted(items.find_item(workspace, scanned=b.text) for b in zxingcpp.read_barcodes(page)) == sorted(
        [store.shovel, store.sandbags, store.barrow])
    page.save(SHOTS / "labels-bins.png")
    with pytest.raises(UserError):
        equipment_labels.print_labels(workspace, copies=[(store.shovel, 0)], out=tmp_path / "none.pdf")
