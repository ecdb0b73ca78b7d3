"""Issue 15 item 5: no field longer than its column comes in — at the form, in an import, on the command line —
with a clear message naming the field, and nothing else refused with it. (Before, the import took a
5,000-character name for a 100-character column, and every bundle holding that person was refused by peers.)"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlmodel import func, select

from dvc.cli import main
from dvc.domain import need_intake, volunteer_input
from dvc.domain.messages import UserError
from dvc.domain.volunteer_input import FormError, VolunteerInput
from dvc.i18n import install, translate
from dvc.services.core.limits import limits_of
from dvc.services.needs.list_import import import_needs
from dvc.services.reception.registration import register_individual
from dvc.services.reception.volunteer_import import import_volunteers
from dvc.store.tables import Need, Volunteer
from tests.reception.test_import import HEADER, GOOD

DAY = date(2026, 8, 1)


def test_the_checked_limits_are_the_columns(workspace):
    """The form's and import's limits cannot drift from the table's: they are the same numbers."""
    assert {k: limits_of(Volunteer)[k] for k in volunteer_input.LIMITS} == volunteer_input.LIMITS
    assert {k: limits_of(Need)[k] for k in need_intake.LIMITS} == need_intake.LIMITS


def test_the_registration_form_refuses_a_too_long_name_and_says_which_field(workspace):
    install("ja")
    data = VolunteerInput(name="長" * 101, kana="ながい", age=30, phone="090-1234-5678")
    with pytest.raises(FormError) as refused:
        register_individual(workspace, data=data, day=DAY)
    text = refused.value.message(translate)
    assert "氏名" in text and "100文字" in text and "101" in text, text
    with workspace.session() as s:
        assert s.exec(select(func.count()).select_from(Volunteer)).one() == 0


def test_an_import_leaves_out_only_the_row_with_the_too_long_field(workspace, tmp_path):
    rows = [list(r) for r in GOOD]
    rows[1][0] = "長" * 5000
    path = tmp_path / "pre.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    report = import_volunteers(workspace, path=path, today=DAY)
    assert len(report.added) == 2 and [b.line for b in report.bad] == [3]
    install("ja")
    assert "100文字" in report.bad[0].error.message(translate)


def test_a_needs_import_leaves_out_the_row_with_a_too_long_address(workspace, tmp_path):
    from tests.needs.test_import import GOOD as NEEDS, HEADER as NEED_HEADER, write_csv

    long_site = NEEDS[1].replace("東町二丁目3番4号", "東町" + "一" * 400)
    report = import_needs(workspace, path=write_csv(tmp_path / "n.csv", [NEED_HEADER, NEEDS[0], long_site, NEEDS[2]]))
    assert len(report.added) == 2 and [b.line for b in report.bad] == [3]
    install("ja")
    assert "現場の住所" in report.bad[0].error.message(translate)


def test_the_command_line_refuses_a_too_long_reason_and_changes_nothing(db_path, capsys, monkeypatch):
    assert main(["--db", str(db_path), "init", "--council", "koganei", "--operator", "山田 花子"]) == 0
    from dvc.services.core.workspace import open_workspace
    from dvc.services.needs import intake as needs_intake

    with open_workspace(db_path) as ws:
        ws.operator = "山田 花子"
        saved = needs_intake.take_need(ws, draft=need_intake.NeedDraft(
            received_at=need_intake.datetime.now(need_intake.timezone.utc), requester_name="本町 太郎",
            site_address="本町1-1", work_types=(needs_intake.work_types(ws)[0],)))
    capsys.readouterr()
    args = ["--db", str(db_path), "needs", "status", saved.code, "--to", "on_hold", "--reason", "理" * 600,
            "--operator", "山田 花子"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "長すぎます" in err and "500文字" in err and "Traceback" not in err
    with open_workspace(db_path) as ws, ws.session() as s:
        assert s.get(Need, saved.id).status == "received"


def test_anything_else_that_slips_past_is_stopped_before_the_file(workspace):
    """The last line: a flush with a too-long text is refused whatever wrote it."""
    with pytest.raises(UserError, match="at most 100 characters, 5000 given"):
        with workspace.transaction() as s:
            s.add(Volunteer(code=workspace.new_codes(s, "V")[0], name="長" * 5000))
    with workspace.session() as s:
        assert s.exec(select(func.count()).select_from(Volunteer)).one() == 0
