"""Table models without a view: paging, reset, headers, roles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from dvc.services.reception import roster
from dvc.services.equipment import stock
from dvc.ui.models.paged import ROW_ROLE, PagedTableModel
from dvc.ui.models.stock import StockTableModel
from dvc.ui.models.volunteers import VolunteerTableModel
from tests.services.seed import seed


@dataclass(frozen=True)
class Item:
    number: int


class NumberModel(PagedTableModel):
    COL_NUMBER, COL_SQUARE = range(2)
    NUMERIC_COLUMNS = frozenset({COL_NUMBER, COL_SQUARE})

    def headers(self) -> list[str]:
        return ["n", "n²"]

    def display(self, row: Item, column: int) -> str:
        return str(row.number if column == self.COL_NUMBER else row.number**2)


class Source:
    """A list of a thousand rows that counts what it was asked for."""

    def __init__(self, size: int = 1000) -> None:
        self.items = [Item(i) for i in range(size)]
        self.asked: list[tuple[int, int]] = []

    def count(self) -> int:
        return len(self.items)

    def page(self, after: Item | None, limit: int) -> list[Item]:
        start = 0 if after is None else self.items.index(after) + 1
        self.asked.append((start, limit))
        return self.items[start : start + limit]


def test_a_long_list_is_read_a_page_at_a_time(qtmodeltester):
    source = Source()
    model = NumberModel()
    model.set_source(count=source.count, page=source.page)
    assert (model.rowCount(), model.total(), source.asked) == (200, 1000, [(0, 200)])
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400 and source.asked[-1] == (200, 200)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000 and len(source.asked) == 5
    qtmodeltester.check(model)


def test_refresh_keeps_what_was_loaded(qtbot):
    source = Source()
    model = NumberModel()
    model.set_source(count=source.count, page=source.page)
    model.fetchMore(QModelIndex())
    source.items.append(Item(1000))
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert (model.rowCount(), model.total(), source.asked[-1]) == (400, 1001, (0, 400))


def test_rows_that_vanish_stop_the_fetching():
    source = Source(300)
    model = NumberModel()
    model.set_source(count=source.count, page=source.page)
    del source.items[250:]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())


def test_roles_and_alignment():
    model = NumberModel()
    model.set_rows([Item(3)])
    index = model.index(0, NumberModel.COL_SQUARE)
    assert model.data(index) == "9"
    assert model.data(index, ROW_ROLE) == Item(3)
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "n²"
    assert not model.canFetchMore(QModelIndex())


def test_volunteer_model_over_the_roster_service(workspace, qtmodeltester):
    seed(workspace)
    model = VolunteerTableModel()
    model.page_size = 2
    model.set_source(count=lambda: roster.count_volunteers(workspace),
                     page=lambda after, limit: roster.volunteer_page(workspace, after=after, limit=limit))
    assert model.rowCount() == 2 and model.total() == 5
    assert model.headerData(VolunteerTableModel.COL_KANA, Qt.Orientation.Horizontal) == "ふりがな"
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    cells = {model.data(model.index(r, model.COL_NAME)): model.data(model.index(r, model.COL_CHECKED_IN))
             for r in range(model.rowCount())}
    assert cells["山田 太郎"] == "受付済" and cells["髙橋 美咲"] == ""
    insured = {model.data(model.index(r, model.COL_NAME)): model.data(model.index(r, model.COL_INSURED))
               for r in range(model.rowCount())}
    assert insured["佐藤 一郎"] == "未加入" and insured["鈴木 花子"] == "加入"


def test_stock_model_marks_items_below_minimum(workspace):
    seed(workspace)
    rows = stock.stock_rows(workspace)
    model = StockTableModel()
    model.set_rows(rows)
    assert model.data(model.index(0, model.COL_NAME), Qt.ItemDataRole.BackgroundRole) is None
    short = [r.__class__(**{**r.__dict__, "minimum_stock": 100}) for r in rows]
    model.set_rows(short)
    assert model.data(model.index(0, model.COL_NAME), Qt.ItemDataRole.BackgroundRole) is not None
