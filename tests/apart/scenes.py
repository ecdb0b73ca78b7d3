"""Conflicts made on purpose between two laptops of one council, through the desks' own services.

Each scene starts with both laptops holding the same rows (one bundle each way), lets each laptop act
on its own as if the Wi-Fi were down, and leaves the exchange to the test: that is the moment a center
finds out what the laptops did apart.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from dvc.domain.need_intake import NeedDraft
from dvc.domain.timeutil import fiscal_year, local_day, utcnow
from dvc.domain.vocab import NeedStatus
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.core.workspace import Workspace
from dvc.services.equipment import items, loans
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import ImportSummary, import_bundle
from dvc.services.matching import team_plan
from dvc.services.needs import progress
from dvc.services.needs.intake import add_need
from dvc.services.reception import checkin
from dvc.services.reception.registration import register_individual


def send(src: Workspace, dst: Workspace, tmp: Path, *, full: bool = False) -> ImportSummary:
    """One bundle from ``src`` to ``dst`` (incremental: since ``src``'s last bundle for the council, whichever laptop)."""
    out = tmp / f"{src.path.stem}-to-{dst.path.stem}-{len(list(tmp.glob('*.dvcx')))}.dvcx"
    export_bundle(src, peer=dst.identity.council_code, out=out, full=full)
    return import_bundle(dst, path=out)


def swap(a: Workspace, b: Workspace, tmp: Path, *, full: bool = False) -> tuple[ImportSummary, ImportSummary]:
    """The laptops meet again: each one's changes go to the other."""
    return send(a, b, tmp, full=full), send(b, a, tmp, full=full)


def person(name: str = "山田 太郎", kana: str = "やまだ たろう", birth: str = "1980-04-01",
           phone: str = "090-1234-5678", **more) -> VolunteerInput:
    today = local_day()
    return VolunteerInput(name=name, kana=kana, birth_date=birth, phone=phone,
                          insurance_fiscal_year=fiscal_year(today), **more)


def register(ws: Workspace, data: VolunteerInput | None = None) -> tuple[uuid.UUID, str]:
    done = register_individual(ws, data=data or person())
    return done.id, done.code


def need(ws: Workspace, *, headcount: int = 2, status: str = NeedStatus.AWAITING_MATCH, site: str = "本町6-6-3") -> uuid.UUID:
    draft = NeedDraft(received_at=utcnow() - timedelta(hours=2), requester_name="小金井 一子", site_address=site,
                      district="本町", work_types=("泥出し",), headcount=headcount)
    with ws.transaction() as s:
        return add_need(s, ws, draft, status=status, status_reason="").id


def team_for(ws: Workspace, volunteer_id: uuid.UUID, need_id: uuid.UUID, *, confirm: bool = True) -> uuid.UUID:
    """The matching desk puts the person on the need's team of the day (and confirms it)."""
    team_plan.move_member(ws, volunteer_id=volunteer_id, to_team_id=None, to_need_id=need_id)
    plan = team_plan.day_plan(ws)
    team = next(t for t in plan.teams if t.need_id == need_id)
    if confirm:
        team_plan.confirm_teams(ws, team_ids=[team.id], accept_warnings=True)
    return team.id


@dataclass
class TwoTeams:
    volunteer: uuid.UUID
    code: str
    needs: tuple[uuid.UUID, uuid.UUID]
    teams: tuple[uuid.UUID, uuid.UUID]
    day: date


def person_on_two_teams(one: Workspace, two: Workspace, tmp: Path) -> TwoTeams:
    """Laptop 1 puts 佐藤 on the team for need A, laptop 2 (apart) on the team for need B."""
    vid, code = register(one, person(name="佐藤 一郎", kana="さとう いちろう", birth="1975-05-05"))
    needs = (need(one, site="本町1-1"), need(one, site="緑町2-2"))
    assert checkin.check_in(one, scanned=code).ok
    swap(one, two, tmp)
    first = team_for(one, vid, needs[0])
    second = team_for(two, vid, needs[1])
    return TwoTeams(volunteer=vid, code=code, needs=needs, teams=(first, second), day=local_day())


def stock_below_zero(one: Workspace, two: Workspace, tmp: Path) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """5 wheelbarrows; laptop 1 lends 4 to 三鷹, laptop 2 (apart) lends 3 to 調布: 2 more out than there are."""
    item, _code = items.add_item(one, draft=items.ItemDraft(name="一輪車", unit="台", owned=5, lendable_to_block=True))
    swap(one, two, tmp)
    first = loans.lend(one, equipment_id=item, quantity=4, borrower_council="mitaka").loan_id
    second = loans.lend(two, equipment_id=item, quantity=3, borrower_council="chofu").loan_id
    return item, first, second


def registered_twice(one: Workspace, two: Workspace) -> tuple[tuple[uuid.UUID, str], tuple[uuid.UUID, str]]:
    """The same person walks up to desk 1, then (the laptops apart) to desk 2, and is checked in at both."""
    first = register(one)
    second = register(two, person(name="山田　太郎", kana="やまだたろう", phone="", email="taro@example.jp"))
    assert checkin.check_in(one, scanned=first[1]).ok
    assert checkin.check_in(two, scanned=second[1]).ok
    return first, second


def limit_passed(one: Workspace, two: Workspace, tmp: Path, *, limit: int = 3) -> None:
    """A limit of 3 for the day; each laptop, apart, checks in two people: 4 in all, nobody asked."""
    people = [register(one, person(name=f"受付 {n}", kana=f"うけつけ {kana}", birth=f"1990-01-0{n}", phone=f"090-0000-000{n}"))
              for n, kana in enumerate(("いち", "に", "さん", "よん"), start=1)]
    checkin.set_daily_capacity(one, capacity=limit)
    swap(one, two, tmp)
    for ws, pair in ((one, people[:2]), (two, people[2:])):
        for _vid, code in pair:
            assert checkin.check_in(ws, scanned=code).result == checkin.CHECKED_IN


def need_moved_two_ways(one: Workspace, two: Workspace, tmp: Path) -> uuid.UUID:
    """Laptop 1 puts the need on hold (the resident asked to wait); laptop 2, apart, cancels it (a duplicate call)."""
    need_id = need(one)
    swap(one, two, tmp)
    progress.change_status(one, need_id=need_id, to=NeedStatus.ON_HOLD, reason="依頼者の希望で来週に")
    progress.change_status(two, need_id=need_id, to=NeedStatus.CANCELLED, reason="重複の電話")
    return need_id
