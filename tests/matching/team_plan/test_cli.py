"""`dvc match propose|apply` as a script sees them: the issue's JSON shape, codes that exist, no rule broken."""

from __future__ import annotations

import pytest

import json

from sqlmodel import select

from dvc.cli import main
from dvc.domain.matching import Proposal, ProposedTeam, UnfilledNeed, UnplacedVolunteer, validate
from dvc.services.matching.proposal import load_instance
from dvc.services.core.workspace import open_workspace
from dvc.store.tables import AuditEvent, Need, Team, Volunteer
from tests.matching.team_plan.conftest import DAY


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """Commands that change data sign in; scripts name their operator in DVC_OPERATOR."""
    monkeypatch.setenv("DVC_OPERATOR", "訓練 管理者")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def propose_json(capsys, path) -> dict:
    code, out, err = run(capsys, "--db", str(path), "match", "propose", "--day", DAY.isoformat(), "--json")
    assert code == 0, err
    return json.loads(out)


def as_proposal(data: dict, path) -> tuple:
    """The printed proposal read back through the codes alone, and the instance it was made from."""
    ws = open_workspace(path)
    try:
        with ws.session() as s:
            instance = load_instance(s, DAY)
            person = dict(s.exec(select(Volunteer.code, Volunteer.id)).all())
            need = dict(s.exec(select(Need.code, Need.id)).all())
    finally:
        ws.close()
    teams = tuple(ProposedTeam(need[t["need"]], person[t["leader"]], tuple(person[m] for m in t["members"]),
                               locked=t["locked"]) for t in data["teams"])
    return Proposal(teams, tuple(UnfilledNeed(need[u["need"]], u["missing"]) for u in data["unfilled"]),
                    tuple(UnplacedVolunteer(person[c]) for c in data["unassigned"])), instance


def test_propose_prints_the_issue_shape_and_keeps_every_rule(capsys, drill_path):
    data = propose_json(capsys, drill_path)
    assert data["date"] == DAY.isoformat()
    assert data["teams"] and set(data) >= {"date", "teams", "unassigned", "unfilled"}
    for t in data["teams"]:
        assert set(t) >= {"need", "leader", "members", "reasons"} and t["leader"] in t["members"]
        assert all(r["volunteer"] in t["members"] and r["key"] for r in t["reasons"])
    assert all(set(u) >= {"need", "missing"} and u["missing"] > 0 for u in data["unfilled"])
    proposal, instance = as_proposal(data, drill_path)  # a KeyError here: a code that does not exist
    assert validate(proposal, instance) == []
    code, out, _ = run(capsys, "--db", str(drill_path), "match", "propose", "--day", DAY.isoformat())
    assert code == 0 and "リーダー" in out and data["teams"][0]["need"] in out
    with open_workspace(drill_path) as ws, ws.session() as s:
        assert s.exec(select(Team)).all() == []  # nothing saved


def test_apply_confirms_and_then_nothing_is_proposed_for_the_same_people(capsys, drill_path):
    code, _, err = run(capsys, "--db", str(drill_path), "match", "apply", "--day", DAY.isoformat())
    assert code == 1 and "--yes" in err and "Traceback" not in err  # a script must say --yes
    code, out, err = run(capsys, "--db", str(drill_path), "match", "apply", "--day", DAY.isoformat(), "--yes",
                         "--json", "--operator", "訓練 管理者")
    assert code == 0, err
    applied = json.loads(out)
    assert applied["teams"] and all(t["status"] == "confirmed" and t["team"].startswith("T-") for t in applied["teams"])
    busy = {m for t in applied["teams"] for m in t["members"]}
    needs = {t["need"] for t in applied["teams"]}
    again = propose_json(capsys, drill_path)
    assert not busy & ({m for t in again["teams"] for m in t["members"]} | set(again["unassigned"]))
    assert not needs & ({t["need"] for t in again["teams"]} | {u["need"] for u in again["unfilled"]})
    with open_workspace(drill_path) as ws, ws.session() as s:
        saved = {t.code: t for t in s.exec(select(Team)).all()}
        who = set(s.exec(select(AuditEvent.operator_name).where(AuditEvent.table_name == "team")).all())
    assert {t["team"] for t in applied["teams"]} == saved.keys()
    assert who == {"訓練 管理者"}  # the signed-in operator, not a free-text name
