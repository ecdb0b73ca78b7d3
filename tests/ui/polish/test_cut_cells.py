"""A need's long list of work types, cut with "…" in the needs board and matching's waiting needs, reads whole on hover."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from dvc.domain.vocab import WORK_TYPES, NeedStatus
from dvc.store.tables import Need
from dvc.ui.formatting import joined
from tests.ui.conftest import japanese_app, show_window  # noqa: F401
from tests.ui.dispatch.helpers import MATCHING_KEY, NEEDS_KEY
from tests.ui.polish.helpers import shot

ALL_WORK = list(WORK_TYPES)


def add_needs(ws) -> None:  # noqa: ANN001
    now = datetime.now(timezone.utc)
    with ws.transaction() as s:
        for work, address in ((ALL_WORK, "本町3-4-12 コーポ小金井102"), (["運搬"], "東町1-2-3")):
            s.add(Need(code=ws.new_codes(s, "N")[0], status=NeedStatus.AWAITING_MATCH, district="本町",
                       site_address=address, requester_name="小金井 一子", headcount=3, work_types=work,
                       received_at=now - timedelta(hours=1)))


def hover(view, index) -> str:  # noqa: ANN001
    """The tooltip a resting mouse gets over ``index``."""
    QToolTip.hideText()
    pos = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_cut_work_types_show_whole_and_short_cells_keep_the_address(qtbot, workspace):  # noqa: ANN001
    add_needs(workspace)
    window = show_window(qtbot, workspace)
    whole = joined(ALL_WORK)
    for key, name, list_name in ((NEEDS_KEY, "needs", "list"), (MATCHING_KEY, "matching", "needs")):
        qtbot.keyClick(window, key)
        page = window.page(name)
        view = getattr(page, list_name).view
        model = view.model()
        column = model.COL_WORK
        rows = {list(model.row_at(r).work_types) == ALL_WORK: r for r in range(model.rowCount())}
        long_cell, short_cell = model.index(rows[True], column), model.index(rows[False], column)
        delegate = view.itemDelegate()
        assert delegate.cut_text(view, long_cell) == whole, name  # cut at 1366 px
        assert delegate.cut_text(view, short_cell) is None
        shown = hover(view, long_cell)
        assert shown.startswith(whole) and "本町3-4-12" in shown, name  # the address the model gave, too
        shot(window, f"cut-cells-{name}.png")
        tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QLabel") and w.isVisible())
        shot(tip, f"cut-cells-{name}-tooltip.png")
        assert hover(view, short_cell) == "東町1-2-3"
