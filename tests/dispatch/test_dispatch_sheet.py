"""The 送り出し票: rendered, looked at, and its QR scanned back to the team."""

from __future__ import annotations

import io
from datetime import timedelta

import pypdfium2 as pdfium
import zxingcpp

from dvc.services.dispatch import send_off as dispatch
from dvc.services.dispatch import sheet as dispatch_sheet
from dvc.services.needs import sheets as need_sheets
from dvc.services.dispatch.send_off import LoanRequest
from dvc.services.dispatch.sheet import MEMBER_ROWS
from tests.dispatch.conftest import MORNING, make_need, make_team


def _pages(pdf: bytes, dpi: int = 150) -> list:  # noqa: ANN001
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil() for i in range(len(doc))]


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_sheet_prints_what_the_leader_needs_and_its_qr_finds_the_team(workspace, scene, tmp_path) -> None:
    need_sheets.set_center_phone(workspace, phone="042-386-0294")
    dispatch.dispatch_team(workspace, team_id=scene.team, at=MORNING, transport="徒歩",
                           loans=[LoanRequest(scene.shovel, 4), LoanRequest(scene.sandbags, 50)])
    out = io.BytesIO()
    assert dispatch_sheet.print_sheets(workspace, team_ids=[scene.team], out=out) == 1
    pdf = out.getvalue()
    text = _text(pdf)
    for expected in ("送り出し票", scene.team_code, "042-386-0294", "12:30", "09:30", "東京都小金井市本町6-6-3",
                     "小金井 一子", "042-383-1111", "泥出し", "山田 太郎", "090-1111-2222", "高橋 美咲",
                     "スコップ（角）", "4 本", "土のう袋", "50 枚", "20分作業", "水分補給", "無理をしない", "高齢のご夫婦", "必要な資機材：スコップ、一輪車"):
        assert expected in text, expected
    image = _pages(pdf)[0]
    image.save(tmp_path / "dispatch_sheet.png")
    found = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(found) == 1
    assert dispatch.find_team_by_scan(workspace, scanned=found[0]) == scene.team


def test_a_confirmed_team_gets_its_sheet_before_leaving(workspace, scene) -> None:
    pages = dispatch_sheet.sheet_pages(workspace, team_ids=[scene.team])
    assert pages[0]["departed"] == "" and pages[0]["loans"] == []
    assert pages[0]["expected_back"]  # the default rule, to be corrected by hand if need be
    assert pages[0]["members"][0] == {"leader": "◎", "name": "山田 太郎", "code": scene.member_codes[0],
                                      "phone": "090-1111-2222"}


def test_a_large_team_says_how_many_more(workspace) -> None:
    need, _ = make_need(workspace, headcount=20)
    people = [(f"隊員 {i:02d}", f"たいいん {i:02d}", f"090-0000-{i:04d}") for i in range(15)]
    team, *_ = make_team(workspace, need, people, check_in=False)
    rows = dispatch_sheet.sheet_pages(workspace, team_ids=[team])[0]["members"]
    assert len(rows) == MEMBER_ROWS
    assert rows[-1]["name"].startswith("ほか 5 名")


def test_many_sheets_in_one_file(workspace, scene) -> None:
    teams = [scene.team]
    for _ in range(3):
        need, _ = make_need(workspace)
        teams.append(make_team(workspace, need, check_in=False)[0])
    dispatch.dispatch_team(workspace, team_id=teams[1], at=MORNING + timedelta(minutes=10))
    out = io.BytesIO()
    assert dispatch_sheet.print_sheets(workspace, team_ids=teams, out=out) == 4
    decoded = [dispatch.find_team_by_scan(workspace, scanned=r.text)
               for image in _pages(out.getvalue(), dpi=100) for r in zxingcpp.read_barcodes(image)]
    assert decoded == teams


def test_a_long_memo_is_cut_to_its_box(workspace, scene, tmp_path) -> None:
    from dvc.store.tables import Need

    with workspace.transaction() as s:
        need = s.get(Need, scene.need)
        need.remaining_work = "1階和室の畳の搬出と床下の泥出し。" * 3
        need.notes = "\n".join(f"備考{i}：玄関前の側溝に泥が詰まっているので注意すること。" * 2 for i in range(6))
        s.add(need)
    page = dispatch_sheet.sheet_pages(workspace, team_ids=[scene.team])[0]
    assert page["memo"].endswith("…（続きはニーズ票）") and len(page["memo"].splitlines()) <= 4
    out = io.BytesIO()
    dispatch_sheet.print_sheets(workspace, team_ids=[scene.team], out=out)
    _pages(out.getvalue())[0].save(tmp_path / "long_memo.png")
    assert "続きはニーズ票" in _text(out.getvalue())
