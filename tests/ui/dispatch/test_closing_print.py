"""The closing list on paper: every team not back and every person still here, over as many pages as it takes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pypdfium2 as pdfium

from dvc.services.dispatch import closing_print
from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import safety
from tests.ui.dispatch.conftest import make_day


def test_pages_carry_both_lists_in_order(workspace):  # noqa: ANN001
    days = [make_day(workspace) for _ in range(4)]  # 12 teams, 28 people checked in
    now = datetime.now(timezone.utc)
    for day in days:
        for team_id in day.teams:
            dispatch.dispatch_team(workspace, team_id=team_id, at=now - timedelta(hours=4),
                                   expected_back_at=now - timedelta(minutes=10))
    closing = safety.closing_list(workspace)
    pages = closing_print.closing_pages(workspace, closing)
    assert len(pages) == 2
    assert [len(p["teams"]) for p in pages] == [10, 2] and [len(p["people"]) for p in pages] == [17, 11]
    assert [r["code"] for p in pages for r in p["teams"]] == [t.code for t in closing.teams_out]
    assert all(r["late"] == "10分" for p in pages for r in p["teams"])
    assert pages[0]["not_all_back"] and not pages[0]["all_back"] and pages[0]["team_count"] == "12"


def test_the_printed_list_reads_back(workspace, tmp_path):  # noqa: ANN001
    day = make_day(workspace)
    dispatch.dispatch_team(workspace, team_id=day.teams[0])
    out = tmp_path / "closing.pdf"
    assert closing_print.print_closing_list(workspace, out=out) == 1
    text = pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert day.codes[0] in text and "090-1234-5678" in text and "渡辺 翔" in text
    assert "全員の帰着を確認しました" not in text


def test_all_back_says_so(workspace, tmp_path):  # noqa: ANN001
    out = tmp_path / "closing.pdf"
    assert closing_print.print_closing_list(workspace, out=out) == 1
    assert "全員の帰着を確認しました" in pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
