"""Importing pre-registration files: encodings, Excel, 和暦, bad rows, groups, idempotence, malformed files."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import Workbook
from sqlmodel import func, select

from dvc.domain.messages import UserError
from dvc.services.reception.volunteer_import import (
    ALREADY_IMPORTED, ALREADY_REGISTERED, REPEATED, import_volunteers, preview_import, write_error_csv,
)
from dvc.store.tables import Group, Volunteer

DAY = date(2026, 8, 1)
HEADER = ["氏名", "ふりがな", "生年月日", "年齢", "性別", "電話番号", "メール", "住所", "緊急連絡先", "団体名",
          "保険", "資格", "車両", "経験", "リーダー可", "ブロック共有同意", "保護者同意"]
GOOD = [
    ["山田 太郎", "ヤマダ タロウ", "昭和55年1月2日", "", "男性", "090-1234-5678", "", "〒184-0004 小金井市本町1-2-3",
     "山田花子（妻）080-1111-2222", "", "加入済", "看護師、大工", "軽トラック", "3回", "○", "はい", ""],
    ["鈴木 花子", "すずき はなこ", "H2.4.1", "", "女性", "", "hanako@example.jp", "", "", "", "未加入", "", "", "",
     "", "", ""],
    ["佐藤 一郎", "サトウ イチロウ", "", "６７", "男", "０４２３８１１２３４", "", "", "", "", "2026年度", "", "", "", "",
     "", ""],
]
FAMILY = [
    ["小林 誠", "こばやし まこと", "1982/5/5", "", "男性", "080-1234-0001", "", "", "", "小林家", "加入済", "", "", "", "",
     "", ""],
    ["小林 翔", "こばやし しょう", "平成27年6月1日", "", "男性", "", "", "", "", "小林家", "加入済", "", "", "", "", "",
     "はい"],
]
BAD = [
    ["", "なまえなし", "1990-01-01", "", "", "090-0000-1111", "", "", "", "", "", "", "", "", "", "", ""],
    ["電話 なし", "でんわ なし", "1990-01-01", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["日付 ちがい", "ひづけ ちがい", "令和99年13月1日", "", "", "090-2222-3333", "", "", "", "", "", "", "", "", "",
     "", ""],
    ["性別 へん", "せいべつ へん", "1990-01-01", "", "たぶん", "090-2222-4444", "", "", "", "", "", "", "", "", "",
     "", ""],
    ["一人 子ども", "ひとり こども", "2015-01-01", "", "", "090-2222-5555", "", "", "", "", "", "", "", "", "", "",
     "はい"],
]


def write_csv(path, rows, encoding="utf-8-sig", header=HEADER):
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def count(ws, table=Volunteer):
    with ws.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def by_name(ws, name):
    with ws.session() as s:
        return s.exec(select(Volunteer).where(Volunteer.name == name)).one()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp932"])
def test_csv_in_the_encodings_excel_and_web_forms_write(workspace, tmp_path, encoding):
    path = write_csv(tmp_path / "pre.csv", GOOD, encoding=encoding)
    report = import_volunteers(workspace, path=path, today=DAY)
    assert report.applied and len(report.added) == 3 and report.bad == []
    taro = by_name(workspace, "山田 太郎")
    assert (taro.kana, taro.birth_date, taro.gender, taro.phone, taro.postal_code) == (
        "やまだ たろう", date(1980, 1, 2), "male", "090-1234-5678", "")
    assert (taro.emergency_contact_name, taro.emergency_contact_phone) == ("山田花子(妻)", "080-1111-2222")
    assert (taro.insurance_fiscal_year, taro.skills, taro.vehicles, taro.disaster_experience_count) == (
        2026, ["看護師", "大工"], ["軽トラ"], 3)
    assert taro.leader_ok and taro.block_share_consent and taro.import_key
    assert by_name(workspace, "鈴木 花子").birth_date == date(1990, 4, 1)
    ichiro = by_name(workspace, "佐藤 一郎")
    assert (ichiro.age, ichiro.phone, ichiro.insurance_fiscal_year) == (67, "042-381-1234", 2026)


def test_xlsx_with_real_dates_and_numbers(workspace, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "furigana", "birth_date", "phone", "email", "group", "insurance"])  # English aliases
    sheet.append(["田中 健", "タナカ ケン", date(1975, 3, 31), 9012340000, None, None, "yes"])
    sheet.append(["田中 陽子", "たなか ようこ", "H1.12.24", "080-1234-9999", None, None, None])
    path = tmp_path / "pre.xlsx"
    book.save(path)
    report = import_volunteers(workspace, path=path, today=DAY)
    assert len(report.added) == 2, report.as_dict()
    ken = by_name(workspace, "田中 健")
    # Excel took the phone for a number and dropped its leading 0.
    assert (ken.birth_date, ken.phone, ken.insurance_fiscal_year) == (date(1975, 3, 31), "090-1234-0000", 2026)
    assert by_name(workspace, "田中 陽子").birth_date == date(1989, 12, 24)


def test_bad_rows_are_listed_with_row_numbers_and_the_good_ones_imported(workspace, tmp_path):
    path = write_csv(tmp_path / "pre.csv", GOOD[:1] + BAD)
    report = import_volunteers(workspace, path=path, today=DAY)
    assert len(report.added) == 1
    assert [b.line for b in report.bad] == [3, 4, 5, 6, 7]  # row 1 is the header, row 2 the good one
    messages = {b.line: b.error.message() for b in report.bad}
    assert "Name" in messages[3]
    assert "Phone or e-mail" in messages[4]
    assert "令和99年13月1日" in messages[5] or "令和" in messages[5]
    assert "たぶん" in messages[6] and report.bad[3].column == "性別"
    assert "guardian" in messages[7]
    out = tmp_path / "errors.csv"
    assert write_error_csv(report, out, passphrase=None) == out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:4] == ["Row", "Column", "Reason", "氏名"]
    assert rows[1][0] == "3" and rows[1][4] == "なまえなし"


def test_a_corrected_error_file_imports(workspace, tmp_path):
    path = write_csv(tmp_path / "pre.csv", BAD[1:2])
    report = import_volunteers(workspace, path=path, today=DAY)
    out = tmp_path / "errors.csv"
    write_error_csv(report, out, passphrase=None)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    rows[1][3 + HEADER.index("電話番号")] = "090-7777-8888"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    again = import_volunteers(workspace, path=out, today=DAY)
    assert len(again.added) == 1 and "Row" in again.ignored_columns


def test_the_same_file_twice_adds_nothing(workspace, tmp_path):
    path = write_csv(tmp_path / "pre.csv", GOOD + FAMILY)
    first = import_volunteers(workspace, path=path, today=DAY)
    assert len(first.added) == 5 and first.new_groups == ["小林家"]
    before = (count(workspace), count(workspace, Group))
    second = import_volunteers(workspace, path=path, today=DAY)
    assert second.added == [] and second.new_groups == []
    assert {s.reason for s in second.skipped} == {ALREADY_IMPORTED}
    assert (count(workspace), count(workspace, Group)) == before


def test_imported_rows_stay_known_after_the_desk_corrects_them(workspace, tmp_path):
    path = write_csv(tmp_path / "pre.csv", GOOD[:1])
    import_volunteers(workspace, path=path, today=DAY)
    with workspace.transaction() as s:
        s.exec(select(Volunteer)).one().phone = "080-0000-9999"
    assert import_volunteers(workspace, path=path, today=DAY).added == []


def test_people_registered_at_the_desk_are_not_added_again(workspace, tmp_path):
    from dvc.domain.volunteer_input import VolunteerInput
    from dvc.services.reception.registration import register_individual

    done = register_individual(workspace, data=VolunteerInput(name="山田 太郎", kana="やまだたろう",
                                                              birth_date="1980-01-02", email="t@example.jp"), day=DAY)
    report = import_volunteers(workspace, path=write_csv(tmp_path / "pre.csv", GOOD[:1]), today=DAY)
    assert report.added == []
    assert [(s.line, s.reason, s.other) for s in report.skipped] == [(2, ALREADY_REGISTERED, done.code)]


def test_rows_repeated_in_the_file(workspace, tmp_path):
    report = import_volunteers(workspace, path=write_csv(tmp_path / "pre.csv", GOOD[:1] * 2), today=DAY)
    assert len(report.added) == 1
    assert [(s.line, s.reason, s.other) for s in report.skipped] == [(3, REPEATED, "2")]


def test_groups_are_created_once_and_members_linked(workspace, tmp_path):
    import_volunteers(workspace, path=write_csv(tmp_path / "a.csv", FAMILY), today=DAY)
    late = [["小林 由美", "こばやし ゆみ", "1984/2/3", "", "", "", "", "", "", "小林家", "", "", "", "", "", "", ""]]
    report = import_volunteers(workspace, path=write_csv(tmp_path / "b.csv", late), today=DAY)
    assert report.new_groups == [] and len(report.added) == 1
    with workspace.session() as s:
        (group,) = s.exec(select(Group)).all()
        members = s.exec(select(Volunteer).where(Volunteer.group_id == group.id)).all()
    assert (group.name, group.representative_name, group.contact_phone) == ("小林家", "小林 誠", "080-1234-0001")
    assert sorted(m.name for m in members) == ["小林 由美", "小林 翔", "小林 誠"]
    assert [m.name for m in members if m.is_group_representative] == ["小林 誠"]


def test_a_child_whose_group_has_no_adult_is_a_bad_row(workspace, tmp_path):
    report = import_volunteers(workspace, path=write_csv(tmp_path / "pre.csv", FAMILY[1:]), today=DAY)
    assert report.added == [] and [b.line for b in report.bad] == [2]


def test_dry_run_changes_nothing(workspace, tmp_path):
    report = import_volunteers(workspace, path=write_csv(tmp_path / "pre.csv", GOOD), dry_run=True, today=DAY)
    assert len(report.new) == 3 and not report.applied and count(workspace) == 0


def test_warnings_are_in_the_preview(workspace, tmp_path):
    report = preview_import(workspace, path=write_csv(tmp_path / "pre.csv", GOOD + FAMILY), today=DAY)
    keys = {p.values["name"]: {f.key for f in p.findings} for p in report.new}
    assert keys["鈴木 花子"] == {"not_insured"}
    assert keys["山田 太郎"] == set()
    assert keys["小林 翔"] == {"minor"}  # consent given, insured, with his father in the group
    assert report.as_dict()["warnings"]["3"] == ["No volunteer activity insurance for FY2026. "
                                                 "Enrol on the spot (当日加入) before work."]


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\x00\x01\x02\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ""),
    ("名前のない表\nあ,い,う\n".encode("utf-8"), "missing"),
    ("氏名,ふりがな\n山田,やまだ\n".encode("utf-8"), "missing"),
    ("氏名,ふりがな,年齢,電話番号\n".encode("utf-16"), ""),
])
def test_malformed_files_are_refused_whole(workspace, tmp_path, content, words):
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        import_volunteers(workspace, path=path, today=DAY)
    assert words in caught.value.message()
    assert count(workspace) == 0


def test_a_fake_xlsx_and_an_old_xls_are_refused(workspace, tmp_path):
    fake = tmp_path / "pre.xlsx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(UserError):
        import_volunteers(workspace, path=fake, today=DAY)
    old = tmp_path / "pre.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(UserError):
        import_volunteers(workspace, path=old, today=DAY)


def test_missing_columns_say_which(workspace, tmp_path):
    path = write_csv(tmp_path / "pre.csv", [["山田", "やまだ"]], header=["氏名", "ふりがな"])
    with pytest.raises(UserError) as caught:
        preview_import(workspace, path=path, today=DAY)
    assert "生年月日/年齢" in caught.value.message() and "電話番号/メール" in caught.value.message()


def test_headers_with_form_marks_and_unknown_columns(workspace, tmp_path):
    header = ["タイムスタンプ", "氏名（必須）", "フリガナ*", "年齢", "メールアドレス"]
    path = write_csv(tmp_path / "form.csv", [["2026/07/30 21:00", "森 さくら", "モリ サクラ", "30", "s@example.jp"]],
                     header=header)
    report = import_volunteers(workspace, path=path, today=DAY)
    assert len(report.added) == 1 and report.ignored_columns == ["タイムスタンプ"]


def test_progress_is_reported(workspace, tmp_path):
    rows = [[f"人 {i}", "ひと", "", str(20 + i % 50), "", f"090-{1000 + i // 10000:04d}-{i % 10000:04d}", "", "", "",
             "", "", "", "", "", "", "", ""] for i in range(1200)]
    seen = []
    report = import_volunteers(workspace, path=write_csv(tmp_path / "big.csv", rows), today=DAY,
                               progress=lambda done, total: seen.append((done, total)))
    assert len(report.added) == 1200 and seen[-1][0] == seen[-1][1]


def test_list_cells_split_between_items_never_inside_a_word(workspace, tmp_path):
    row = list(GOOD[0])
    row[HEADER.index("資格")] = "看護師、介護福祉士\n大工／重機"  # a line break inside the cell, a full-width slash
    row[HEADER.index("車両")] = "軽トラ・自転車"  # ・ between two words of the vehicle list
    import_volunteers(workspace, path=write_csv(tmp_path / "pre.csv", [row]), today=DAY)
    taro = by_name(workspace, "山田 太郎")
    assert (taro.skills, taro.vehicles) == (["看護師", "介護福祉士", "大工", "重機"], ["軽トラ", "自転車"])
