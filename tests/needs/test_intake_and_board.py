"""Taking needs, finding duplicates, the council's work types, and the board's filters, sorts and pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from dvc.domain.messages import UserError
from dvc.domain.need_intake import NeedDraft, phone_key
from dvc.domain.normalise import split_list
from dvc.domain.qr import make_payload
from dvc.domain.timeutil import TOKYO
from dvc.domain.vocab import WORK_TYPES, NeedStatus, Priority
from dvc.services.needs import progress as need_progress
from dvc.services.needs import board as needs_board
from dvc.services.needs import intake as needs_intake
from dvc.services.needs.board import BoardFilter

NOW = datetime.now(timezone.utc)


def draft(**changes) -> NeedDraft:
    base = NeedDraft(received_at=NOW - timedelta(hours=1), requester_name="小金井 太郎", requester_kana="こがねい たろう",
                     site_address="本町1丁目2番3号", district="本町", work_types=("泥出し",),
                     requester_phone="042-383-1111", headcount=4)
    return replace(base, **changes)


def test_phone_and_list_keys():
    assert phone_key("０４２－３８３－１１１１") == phone_key("0423831111") == phone_key("+81 42 383 1111") == "0423831111"
    assert phone_key("090-12") == ""
    assert split_list("泥出し、運搬 / 土のう・その他", WORK_TYPES) == ["泥出し", "運搬", "土のう", "その他"]


def test_a_need_is_numbered_and_its_intake_recorded(workspace):
    saved = needs_intake.take_need(workspace, draft=draft())
    assert saved.code.startswith("N-KG1-")
    story = need_progress.need_story(workspace, need_id=saved.id)
    assert story.need.status == NeedStatus.RECEIVED
    assert story.need.phone_key == "0423831111" and story.need.address_key == "本町1-2-3"
    assert [(e.from_status, e.to_status, e.operator) for e in story.entries] == [("", NeedStatus.RECEIVED, "山田 花子")]
    assert set(story.next_statuses) == {NeedStatus.AWAITING_SURVEY, NeedStatus.AWAITING_MATCH, NeedStatus.ON_HOLD,
                                        NeedStatus.CANCELLED}


@pytest.mark.parametrize("changes, message", [
    ({"requester_name": " "}, "name"), ({"site_address": ""}, "address"), ({"work_types": ()}, "work"),
    ({"work_types": ("草むしり",)}, "Unknown work type"), ({"headcount": 0}, "between"), ({"headcount": -3}, "between"),
    ({"estimated_days": 0}, "between"), ({"requester_phone": "090-12"}, "not a phone number"),
    ({"received_at": NOW + timedelta(days=1)}, "future"), ({"priority": "urgent"}, "Unknown value"),
])
def test_what_cannot_be_saved_is_refused(workspace, changes, message):
    with pytest.raises(UserError, match=message):
        needs_intake.take_need(workspace, draft=draft(**changes))


def test_duplicates_by_phone_or_address_however_typed(workspace):
    first = needs_intake.take_need(workspace, draft=draft())
    by_phone = needs_intake.find_duplicates(workspace, phone="０４２（３８３）１１１１")
    assert [(d.code, d.same_phone, d.same_address) for d in by_phone] == [(first.code, True, False)]
    by_address = needs_intake.find_duplicates(workspace, address="東京都小金井市本町一丁目2-3")
    assert [(d.code, d.same_address) for d in by_address] == [(first.code, True)]
    assert needs_intake.find_duplicates(workspace, phone="042-383-9999", address="本町1-2-4") == []
    assert needs_intake.find_duplicates(workspace, phone="0423831111", exclude=first.id) == []


def test_correcting_a_need_keeps_the_change_in_its_history(workspace):
    saved = needs_intake.take_need(workspace, draft=draft())
    workspace.operator = "鈴木"
    needs_intake.update_need(workspace, need_id=saved.id, draft=draft(headcount=6, notes="犬がいる"))
    story = need_progress.need_story(workspace, need_id=saved.id)
    assert (story.need.headcount, story.need.notes) == (6, "犬がいる")
    edit = [e for e in story.entries if e.kind == "edit"]
    assert len(edit) == 1 and edit[0].changed == {"headcount": (4, 6), "notes": ("", "犬がいる")}
    assert edit[0].operator == "鈴木"


def test_the_council_edits_its_work_types_and_old_needs_keep_theirs(workspace):
    assert needs_intake.work_types(workspace) == list(WORK_TYPES)
    saved = needs_intake.take_need(workspace, draft=draft(work_types=("泥出し", "運搬")))
    assert needs_intake.set_work_types(workspace, names=[" 泥出し", "ブルーシート張り", "泥出し", ""]) == ["泥出し", "ブルーシート張り"]
    assert needs_intake.work_types(workspace) == ["泥出し", "ブルーシート張り"]
    # The need still has 運搬 (no longer listed) and can be corrected without losing it.
    needs_intake.update_need(workspace, need_id=saved.id, draft=draft(work_types=("泥出し", "運搬"), headcount=2))
    with pytest.raises(UserError, match="Unknown work type"):
        needs_intake.take_need(workspace, draft=draft(work_types=("運搬",)))
    with pytest.raises(UserError, match="empty"):
        needs_intake.set_work_types(workspace, names=["", " "])


def _board(workspace):
    rows = [
        dict(requester_name="東 花子", requester_kana="ひがし はなこ", district="東町", site_address="東町2-3-4",
             work_types=("家財搬出",), priority=Priority.HIGH, received_at=datetime(2025, 4, 1, 9, 0, tzinfo=TOKYO),
             requester_phone="090-1234-5678"),
        dict(requester_name="西 一郎", requester_kana="にし いちろう", district="緑町", site_address="緑町3-1-1",
             work_types=("泥出し", "土のう"), priority=Priority.LOW, received_at=datetime(2025, 4, 2, 23, 30, tzinfo=TOKYO),
             requester_phone="042-381-0000", damage="庭に土砂"),
        dict(requester_name="南 次郎", requester_kana="みなみ じろう", district="東町", site_address="東町5-5-5",
             work_types=("泥出し",), priority=Priority.MEDIUM, received_at=datetime(2025, 4, 3, 0, 30, tzinfo=TOKYO),
             requester_phone=""),
    ]
    saved = [needs_intake.take_need(workspace, draft=draft(**r)) for r in rows]
    need_progress.change_status(workspace, need_id=saved[2].id, to=NeedStatus.AWAITING_MATCH)
    return saved


def codes(workspace, **kwargs) -> list[str]:
    sort = kwargs.pop("sort", "newest")
    return [r.code for r in needs_board.need_page(workspace, board=BoardFilter(**kwargs), sort=sort)]


def test_board_filters_in_sql(workspace):
    east, west, south = (s.code for s in _board(workspace))
    assert codes(workspace) == [south, west, east]
    assert codes(workspace, district="東町") == [south, east]
    assert codes(workspace, work_type="泥出し") == [south, west]
    assert codes(workspace, work_type="土") == []  # a work type is matched whole, not as text
    assert codes(workspace, priority=Priority.HIGH) == [east]
    assert codes(workspace, statuses=(NeedStatus.AWAITING_MATCH,)) == [south]
    # Days are Tokyo days: 23:30 on 4/2 is the 2nd, 00:30 on 4/3 the 3rd.
    assert codes(workspace, received_from=datetime(2025, 4, 2).date(), received_to=datetime(2025, 4, 2).date()) == [west]
    assert codes(workspace, received_from=datetime(2025, 4, 3).date()) == [south]
    assert codes(workspace, text="ヒガシ") == [east]
    assert codes(workspace, text="にし") == [west]
    assert codes(workspace, text="5678") == [east]
    assert codes(workspace, text="土砂") == [west]
    assert codes(workspace, text="東町五丁目5") == [south]
    assert codes(workspace, text="100%") == []
    assert codes(workspace, text=west.lower()) == [west]
    # The QR of a printed need sheet, scanned (a scanner with an IME left on types full width).
    west_id = next(r.id for r in needs_board.need_page(workspace) if r.code == west)
    scanned = make_payload("KG", "N", west_id)
    assert codes(workspace, text=scanned) == [west]
    assert codes(workspace, text=scanned.translate(str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-",
                                                                 "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ－"))) == [west]
    assert codes(workspace, text=scanned[:-1] + ("A" if scanned[-1] != "A" else "B")) == []
    assert codes(workspace, text=make_payload("KG", "V", west_id)) == []
    counts = needs_board.status_counts(workspace, board=BoardFilter(district="東町"))
    assert counts[NeedStatus.RECEIVED] == 1 and counts[NeedStatus.AWAITING_MATCH] == 1 and sum(counts.values()) == 2
    assert needs_board.count_needs(workspace, board=BoardFilter(district="東町")) == 2
    assert needs_board.districts(workspace) == ["東町", "緑町"]


@pytest.mark.parametrize("sort", needs_board.SORT_KEYS)
def test_every_sort_pages_through_all_needs_once(workspace, sort):
    _board(workspace)
    for i in range(7):
        needs_intake.take_need(workspace, draft=draft(requester_name=f"追加 {i}", priority=list(Priority)[i % 3],
                                                      district=("本町", "東町")[i % 2],
                                                      received_at=NOW - timedelta(minutes=i * 7 % 5)))
    whole = needs_board.need_page(workspace, sort=sort, limit=100)
    paged, after = [], None
    while True:
        page = needs_board.need_page(workspace, sort=sort, after=after, limit=3)
        if not page:
            break
        paged += page
        after = page[-1]
    assert [r.code for r in paged] == [r.code for r in whole]
    assert len(whole) == 10
    if sort == "priority":
        ranks = {"high": 0, "medium": 1, "low": 2}
        assert [ranks[r.priority] for r in whole] == sorted(ranks[r.priority] for r in whole)
