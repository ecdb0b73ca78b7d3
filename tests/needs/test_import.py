"""`dvc needs import`: headers, 和暦 and other dates, bad rows reported, idempotent re-import, CSV and xlsx."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from dvc.cli import main
from dvc.domain import need_status
from dvc.domain.messages import UserError
from dvc.domain.timeutil import TOKYO
from dvc.domain.vocab import NeedStatus
from dvc.services.needs import progress as need_progress
from dvc.services.needs import board as needs_board
from dvc.services.needs import intake as needs_intake
from dvc.services.needs.list_import import import_needs

@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")


HEADER = "受付日時,依頼者氏名,ふりがな,電話番号,住所,地区,被害状況,作業内容,必要人数,必要な資格,車両,性別希望,資機材,優先度,状態,備考"
GOOD = [
    "令和7年4月1日 10:30,小金井 太郎,こがねい たろう,042-383-1111,本町1-2-3,本町,床上浸水30cm,泥出し、家財搬出,5人,,軽トラ,指定なし,スコップ,高,受付,",
    "2025/4/2 9:05,東 花子,ひがし はなこ,０９０－１２３４－５６７８,東町二丁目3番4号,東町,床下浸水,泥出し,3,,,女性のみ,,中,マッチング待ち,高齢",
    "R7.4.3,西 一郎,にし いちろう,0423831234,緑町3-1-1,緑町,庭に土砂,土のう,2,大工,,,,低,完了,",
]


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def test_good_rows_are_imported_with_their_dates_and_statuses(workspace, tmp_path):
    report = import_needs(workspace, path=write_csv(tmp_path / "a.csv", [HEADER, *GOOD]))
    assert (report.rows, len(report.added), report.bad) == (3, 3, [])
    rows = {r.requester_name: r for r in needs_board.need_page(workspace, sort="oldest")}
    assert rows["小金井 太郎"].received_at == datetime(2025, 4, 1, 10, 30, tzinfo=TOKYO)
    assert rows["西 一郎"].received_at == datetime(2025, 4, 3, tzinfo=TOKYO)
    assert rows["東 花子"].status == NeedStatus.AWAITING_MATCH and rows["西 一郎"].status == NeedStatus.DONE
    need = need_progress.need_story(workspace, need_id=rows["小金井 太郎"].id).need
    assert (need.headcount, need.priority, need.work_types, need.vehicle_needed) == (5, "high", ["泥出し", "家財搬出"], "軽トラ")
    assert need.channel == "other_agency" and need.phone_key == "0423831111"
    for row in rows.values():
        history = need_progress.status_history(workspace, need_id=row.id)
        assert need_status.history_is_consistent(history, row.status)


def test_importing_the_same_file_again_adds_nothing(workspace, tmp_path):
    path = write_csv(tmp_path / "a.csv", [HEADER, *GOOD])
    import_needs(workspace, path=path)
    again = import_needs(workspace, path=path)
    assert (len(again.new), len(again.already), again.added) == (0, 3, [])
    # A later export of the same list, with one more row and a changed note, adds only the new row.
    later = write_csv(tmp_path / "b.csv", [HEADER, GOOD[0].replace("スコップ", "一輪車"), *GOOD[1:],
                                           "2025/4/4 14:00,北 三郎,,042-111-3333,中町1-1-1,中町,,運搬,2,,,,,,,"])
    assert import_needs(workspace, path=later).added and needs_board.count_needs(workspace) == 4


def test_bad_rows_are_reported_and_left_out(workspace, tmp_path):
    lines = [HEADER, GOOD[0],
             "2025/13/40,南 次郎,,042-111-2222,前原町1-1-1,前原町,,泥出し,2,,,,,,,",
             "令和7年2月30日,南 三郎,,042-111-2223,前原町1-1-2,前原町,,泥出し,2,,,,,,,",
             "平成40年1月1日,南 四郎,,042-111-2224,前原町1-1-3,前原町,,泥出し,2,,,,,,,",
             "2025/4/4 25:00,南 五郎,,042-111-2225,前原町1-1-4,前原町,,泥出し,2,,,,,,,",
             "2025/4/4,北 三郎,,042-111-3333,中町1-1-1,中町,,草むしり,2,,,,,,,",
             "2025/4/4,北 四郎,,042-111-4444,中町1-1-2,中町,,泥出し,-2,,,,,,,",
             "2025/4/4,北 五郎,,042-111-5555,中町1-1-3,中町,,泥出し,たくさん,,,,,,,",
             "2025/4/4,北 六郎,,042-111-6666,中町1-1-4,中町,,泥出し,2,,,,,至急,,",
             "2025/4/4,北 七郎,,042-111-7777,中町1-1-5,中町,,泥出し,2,,,,,,終わった,",
             "2025/4/4,,,042-111-8888,中町1-1-6,中町,,泥出し,2,,,,,,,",
             "2025/4/4,北 九郎,,12,中町1-1-7,中町,,泥出し,2,,,,,,,",
             "",
             GOOD[0]]
    report = import_needs(workspace, path=write_csv(tmp_path / "bad.csv", lines))
    assert report.added and len(report.added) == 1 and report.repeated == [15]
    found = {b.line: (b.column, b.error.source) for b in report.bad}
    assert found[3][0] == found[4][0] == found[5][0] == found[6][0] == "受付日時"
    assert "is not a date" in found[3][1] and "has no year" in found[5][1] and "time of day" in found[6][1]
    assert found[7] == ("作業内容", found[7][1]) and "Unknown work type" in found[7][1]
    assert found[8][0] == "必要人数" and "1 or more" in found[8][1]
    assert found[9][0] == "必要人数" and "whole number" in found[9][1]
    assert found[10][0] == "優先度" and found[11][0] == "状態"
    assert found[12][0] == "依頼者氏名" and "empty" in found[12][1]
    assert found[13][0] == "電話番号"
    assert sorted(found) == list(range(3, 14))


@pytest.mark.parametrize("header, message", [
    (HEADER.replace("依頼者氏名", "氏名"), "columns 依頼者氏名 are missing"),
    (HEADER.replace("作業内容", "作業"), "columns 作業内容 are missing"),
    ("name,phone,address", "columns 受付日時、依頼者氏名、住所、作業内容 are missing"),
    (HEADER + ",電話番号", "appears twice"),
])
def test_wrong_headers_refuse_the_whole_file(workspace, tmp_path, header, message):
    with pytest.raises(UserError, match=message):
        import_needs(workspace, path=write_csv(tmp_path / "h.csv", [header, GOOD[0]]))
    assert needs_board.count_needs(workspace) == 0


def test_columns_not_ours_are_listed_and_marks_on_headers_ignored(workspace, tmp_path):
    header = HEADER.replace("依頼者氏名", "依頼者氏名（必須）").replace("住所", "住所※") + ",タイムスタンプ"
    report = import_needs(workspace, path=write_csv(tmp_path / "x.csv", [header, GOOD[0] + ",2025/04/01 10:31"]))
    assert report.ignored_columns == ["タイムスタンプ"] and len(report.added) == 1


def test_a_file_that_only_pretends_to_be_excel_is_refused(workspace, tmp_path):
    fake = tmp_path / "calls.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UserError, match="not an Excel"):
        import_needs(workspace, path=fake)


def test_the_error_file_can_be_fixed_and_imported(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "init", "--council", "koganei", "--operator", "山田 花子"]) == 0
    bad = "2025/4/4,北 三郎,,042-111-3333,中町1-1-1,中町,,泥出し,-1,,,,,,,"
    path = write_csv(tmp_path / "a.csv", [HEADER, GOOD[0], bad])
    errors = tmp_path / "errors.csv"
    assert main(["--db", str(db_path), "needs", "import", str(path), "--errors", str(errors),
                 "--no-encrypt"]) == 0
    lines = errors.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:4] == ["行", "列", "理由", "受付日時"] and lines[1].startswith("3,必要人数,")
    fixed = errors.read_text(encoding="utf-8-sig").replace(",泥出し,-1,", ",泥出し,1,")
    errors.write_text(fixed, encoding="utf-8-sig")
    capsys.readouterr()
    assert main(["--db", str(db_path), "needs", "import", str(errors), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (len(report["added"]), report["bad"], report["ignored_columns"]) == (1, [], ["行", "列", "理由"])


def test_english_keys_shift_jis_and_a_dry_run(workspace, tmp_path):
    lines = ["received_at,requester_name,site_address,work_types,headcount",
             "2025-04-01 08:00,小金井 太郎,本町1-2-3,泥出し,2"]
    path = write_csv(tmp_path / "sjis.csv", lines, encoding="cp932")
    preview = import_needs(workspace, path=path, dry_run=True)
    assert len(preview.new) == 1 and not preview.applied and needs_board.count_needs(workspace) == 0
    assert import_needs(workspace, path=path).applied and needs_board.count_needs(workspace) == 1


def test_an_excel_file_with_date_cells_and_wareki_text(workspace, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append([])  # a blank first row, as some exports have
    sheet.append(HEADER.split(","))
    sheet.append([datetime(2025, 4, 1, 10, 30), "小金井 太郎", "", "042-383-1111", "本町1-2-3", "本町", "", "泥出し", 5,
                  None, None, None, None, "高", None, None])
    sheet.append(["令和7年4月2日 9時05分", "東 花子", "", None, "東町2-3-4", "東町", "", "運搬・土のう", "3", None, None,
                  None, None, None, "保留", None])
    path = tmp_path / "needs.xlsx"
    book.save(path)
    report = import_needs(workspace, path=path)
    assert report.bad == [] and len(report.added) == 2
    rows = {r.requester_name: r for r in needs_board.need_page(workspace)}
    assert rows["東 花子"].received_at == datetime(2025, 4, 2, 9, 5, tzinfo=TOKYO)
    assert rows["東 花子"].work_types == ("運搬", "土のう") and rows["東 花子"].status == NeedStatus.ON_HOLD
    assert rows["東 花子"].status_reason == "needs.xlsx"  # a held need needs a reason: where it came from
    assert rows["小金井 太郎"].received_at == datetime(2025, 4, 1, 10, 30, tzinfo=TOKYO)


def test_a_row_like_a_need_taken_at_the_desk_is_flagged(workspace, tmp_path):
    from tests.needs.test_intake_and_board import draft

    desk = needs_intake.take_need(workspace, draft=draft(site_address="本町一丁目2番3号"))
    report = import_needs(workspace, path=write_csv(tmp_path / "a.csv", [HEADER, GOOD[0]]), dry_run=True)
    assert report.new[0].possible_duplicates == (desk.code,)


def test_cli_import_and_status(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "init", "--council", "koganei", "--operator", "山田 花子"]) == 0
    path = write_csv(tmp_path / "a.csv", [HEADER, *GOOD, "2025/4/4,北 三郎,,042-111-3333,中町1-1-1,中町,,泥出し,-1,,,,,,,"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "needs", "import", str(path), "--dry-run", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert (preview["new"], preview["applied"], preview["bad"][0]["line"], preview["bad"][0]["column"]) == (3, False, 5, "必要人数")
    assert main(["--db", str(db_path), "needs", "import", str(path)]) == 0
    assert "1" in capsys.readouterr().out
    assert main(["--db", str(db_path), "needs", "list", "--json", "--status", "received"]) == 0
    listed = json.loads(capsys.readouterr().out)
    code = listed["needs"][0]["code"]
    assert main(["--db", str(db_path), "needs", "status", code, "--to", "active"]) == 1
    assert "活動中" in capsys.readouterr().err
    assert main(["--db", str(db_path), "needs", "status", code, "--to", "awaiting_survey", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["to"] == "awaiting_survey"
    assert main(["--db", str(db_path), "needs", "import", str(tmp_path / "missing.csv")]) == 1


def call_centre_rows() -> tuple[list[str], int]:
    """A morning's list from the city call centre: 40 rows, 9 of them with 片付け・清掃 written as people write it,
    4 that cannot be read. Returns the lines and how many rows should come in."""
    works = ["泥出し", "家財搬出、運搬", "土のう", "家屋内の片付け", "話し相手", "泥出し,土のう", "運搬", "その他"]
    council_words = ["片付け・清掃", "泥出し・片付け・清掃", "片付け・清掃、運搬", "片付け･清掃", "片付け・清掃／土のう",
                     "家財搬出 片付け・清掃", "片付け・清掃\n運搬", "片付け・清掃・運搬", "片付け・清掃;泥出し"]
    lines = [HEADER + ",要配慮"]
    for n in range(40):
        work = council_words[n // 4] if n % 4 == 1 and n // 4 < len(council_words) else works[n % len(works)]
        when, name, heads = f"2025/4/{1 + n % 20} 9:{n:02d}", f"依頼者 {n:02d}", "3人"
        if n == 6:
            when = "2025/13/40"
        elif n == 14:
            heads = "0"
        elif n == 22:
            work = "片付け・掃除"  # not one of the council's work types: refused by its whole name
        elif n == 30:
            name = ""
        work = f'"{work}"' if "\n" in work or "," in work else work
        lines.append(f"{when},{name},,042-383-{1000 + n},本町{n}-1-1,本町,床下浸水,{work},{heads},,,,,中,受付,,高齢・ひとり暮らし")
    return lines, 36


def test_a_call_centre_list_with_the_councils_own_work_types(workspace, tmp_path):
    lines, expected = call_centre_rows()
    report = import_needs(workspace, path=write_csv(tmp_path / "calls.csv", lines))
    assert (report.rows, len(report.added)) == (40, expected)
    assert sorted(bad.line for bad in report.bad) == [8, 16, 24, 32]
    [wrong_word] = [bad for bad in report.bad if bad.line == 24]
    assert wrong_word.column == "作業内容" and wrong_word.error.params["name"] == "片付け・掃除"
    works = {r.requester_name: list(r.work_types) for r in needs_board.need_page(workspace, sort="oldest", limit=50)}
    assert works["依頼者 01"] == ["片付け・清掃"]
    assert works["依頼者 05"] == ["泥出し", "片付け・清掃"]
    assert works["依頼者 13"] == ["片付け・清掃"]  # half-width ･
    assert works["依頼者 17"] == ["片付け・清掃", "土のう"]  # full-width ／
    assert works["依頼者 21"] == ["家財搬出", "片付け・清掃"]
    assert works["依頼者 25"] == ["片付け・清掃", "運搬"]  # a line break in the cell
    assert works["依頼者 29"] == ["片付け・清掃", "運搬"]
    need = need_progress.need_story(workspace, need_id=needs_board.need_page(workspace, sort="oldest")[0].id).need
    assert need.vulnerable == ["高齢", "ひとり暮らし"]


def test_a_work_type_with_a_list_separator_is_refused(workspace):
    with pytest.raises(UserError) as refused:
        needs_intake.set_work_types(workspace, names=["泥出し", "がれき/ごみ搬出"])
    assert refused.value.params["name"] == "がれき/ごみ搬出"
    assert needs_intake.set_work_types(workspace, names=["泥出し", "がれき・ごみ搬出"]) == ["泥出し", "がれき・ごみ搬出"]
