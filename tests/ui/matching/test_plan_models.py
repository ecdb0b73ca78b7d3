"""The teams tree and the left-over lists without a view, and the matching desk's dialogs, from hand-made plans."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from dvc.domain.vocab import TeamStatus
from dvc.services.matching.team_plan import DayPlan, PlanMember, PlanTeam, Unfilled, Unplaced
from dvc.ui.desks.matching import dialogs
from dvc.ui.models.paged import ROW_ROLE
from dvc.ui.models.team_plan import (
    KIND_MEMBER, KIND_ROLE, KIND_VIOLATION, VIOLATION_COLOR, TeamTreeModel, UnfilledModel, UnplacedModel, plan_summary,
)


def member(name: str, *, leader: bool = False, age: int | None = 40) -> PlanMember:
    return PlanMember(volunteer_id=uuid.uuid4(), code=f"V-KG1-{name}", name=name, age=age, gender="female",
                      group_name="", is_leader=leader, adult=True, leader_ok=leader, skills=(), vehicles=(),
                      reasons=({"key": "fills_headcount", "params": {"name": name}},))


def team(code: str, members: list[PlanMember], *, headcount: int = 3, violations=(), locked=False,
         status=TeamStatus.PROPOSED) -> PlanTeam:
    leader = next((m.volunteer_id for m in members if m.is_leader), None)
    return PlanTeam(id=uuid.uuid4(), code=code, need_id=uuid.uuid4(), need_code=f"N-{code}",
                    need_summary="本町 泥出し",
                    headcount=headcount, status=status, locked=locked, leader_id=leader, members=tuple(members),
                    violations=tuple(violations))


def test_tree_puts_the_leader_first_with_a_star_and_rule_breaks_in_red():
    ann, bob = member("Ann"), member("Bob", leader=True)
    broken = team("T-1", [ann, bob], violations=[{"key": "group_split", "params": {"group": "会", "teams": 2,
                                                                                    "allowed": 1}}])
    fine = team("T-2", [member("Cy", leader=True)], locked=True)
    model = TeamTreeModel()
    model.set_teams([broken, fine])
    assert model.rowCount() == 2
    first = model.item(0)
    assert first.text().startswith("T-1") and "規則違反 1 件" in first.text()
    assert first.foreground().color() == VIOLATION_COLOR
    kinds = [first.child(r).data(KIND_ROLE) for r in range(first.rowCount())]
    assert kinds == [KIND_VIOLATION, KIND_MEMBER, KIND_MEMBER]
    assert first.child(0).foreground().color() == VIOLATION_COLOR
    assert not first.child(0).flags() & Qt.ItemFlag.ItemIsSelectable  # the keyboard walks past it
    assert [first.child(r).text() for r in (1, 2)] == ["★ Bob", "　 Ann"]
    assert first.child(2).data(ROW_ROLE) == ann
    second = model.item(1)
    assert not second.icon().isNull() and "ロック中" in second.text()
    assert model.member_index(ann.volunteer_id).parent() == model.index(0, 0)
    assert model.team_index(fine.id).row() == 1
    assert not model.member_index(uuid.uuid4()).isValid()


def test_leftover_lists_say_why_in_japanese():
    unfilled = Unfilled(uuid.uuid4(), "N-9", "本町 草刈り", 2, ({"key": "short_of_volunteers",
                                                                 "params": {"missing": 2, "free": 0}},))
    unplaced = Unplaced(uuid.uuid4(), "V-1", "山田 花子",
                        ({"key": "uninsured", "params": {"name": "山田 花子"}},))
    needs, people = UnfilledModel(), UnplacedModel()
    needs.set_rows([unfilled])
    people.set_rows([unplaced])
    assert needs.display(unfilled, UnfilledModel.COL_MISSING) == "2"
    why = people.display(unplaced, UnplacedModel.COL_WHY)
    assert "山田 花子" in why and why.isascii() is False and "insurance" not in why
    plan = DayPlan(date(2026, 11, 27), (team("T-1", [member("A", leader=True)]),), (unfilled,), (unplaced,))
    assert plan_summary(plan) == "1 チーム・1 人を配置。人数不足のニーズ 1 件、未配置 1 人"


def test_confirm_dialog_lists_every_team_and_its_rule_breaks(qtbot):
    broken = team("T-1", [member("A", leader=True)], violations=[{"key": "no_leader", "params": {}}])
    dialog = dialogs.ConfirmTeamsDialog([broken, team("T-2", [member("B", leader=True)])])
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(r) for r in range(dialog.list.count())]
    assert [line.text().split()[0] for line in lines] == ["T-1", "※", "T-2"]
    assert lines[1].foreground().color() == VIOLATION_COLOR
    assert "2 チーム" in dialog.note.text()
    assert dialog.ok_button.isDefault()


def test_an_edit_replaces_only_the_teams_it_changed_and_a_new_list_rebuilds_all():
    from dataclasses import replace

    ann, bob, cy = member("Ann", leader=True), member("Bob"), member("Cy", leader=True)
    first, second, third = team("T-1", [ann, bob]), team("T-2", [cy]), team("T-3", [member("Di", leader=True)])
    model = TeamTreeModel()
    assert model.set_teams([first, second, third]) is None
    # Bob moved from T-1 to T-2: two rows replaced, the third left as it was.
    moved = [replace(first, members=(ann,)), replace(second, members=(cy, bob)), third]
    assert model.set_teams(moved) == [0, 1]
    names = [[model.item(r).child(c).data(ROW_ROLE).name for c in range(model.item(r).rowCount())]
             for r in range(model.rowCount())]
    assert names == [["Ann"], ["Cy", "Bob"], ["Di"]]
    assert model.item(1).child(1).data(Qt.ItemDataRole.UserRole + 3) == moved[1]  # the row knows its new team
    assert model.set_teams(moved) == []
    assert model.set_teams([third, *moved[:2]]) is None  # another order: built again
    assert [model.item(r).data(ROW_ROLE).code for r in range(3)] == ["T-3", "T-1", "T-2"]
