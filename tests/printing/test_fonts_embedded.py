"""Every PDF dvc writes embeds every font it names (pdffonts: no "emb no"), so it prints the same anywhere.

ReportLab's canvas starts each page in Helvetica, which it never embeds; these tests fail if that comes back.
"""

from __future__ import annotations

from datetime import timedelta
from string import Formatter

import pytest

from dvc.domain.timeutil import local_day
from dvc.printing import forms
from dvc.printing.render import render_pdf
from dvc.services.dispatch import send_off
from dvc.services.dispatch.closing_print import print_closing_list
from dvc.services.dispatch.sheet import print_sheets
from dvc.services.drill.quick_cards import print_quick_cards
from dvc.services.equipment.labels import print_labels
from dvc.services.head_office.report_export import write_report
from dvc.services.head_office.report_figures import build_report, daily_report
from dvc.services.needs.sheets import print_needs
from dvc.services.reception.certificate import print_certificate
from dvc.services.reception.intake_print import print_badges, print_intake
from tests.dispatch.conftest import MORNING, make_items, make_need, make_team
from tests.reception.pdf_tools import fonts, unembedded_fonts

SHIPPED_FORMS = sorted(path.stem for path in forms.SHIPPED.glob("*.toml"))


def test_every_shipped_form_is_checked():
    assert len(SHIPPED_FORMS) >= 18 and "intake_sheet" in SHIPPED_FORMS and "daily_report" in SHIPPED_FORMS


def sample_values(spec: forms.FormSpec) -> dict:
    """A value for every key the form's items print, and every condition true: every item is drawn."""
    values: dict = {}
    for item in spec.items:
        for key in ("text", "value", "label", "caption", "checked"):
            for _, field, _, _ in Formatter().parse(str(item.get(key, ""))):
                if field:
                    values[field] = "小金井 テスト 1"
        for key in ("if", "unless"):
            if key in item:
                values[item[key]] = key == "if"
        if item["type"] == "table":
            values[item["rows"]] = [{column["key"]: "髙橋 﨑子" for column in item["columns"]}] * 2
    return values


@pytest.mark.parametrize("drill", [False, True], ids=["real", "drill"])
@pytest.mark.parametrize("form", SHIPPED_FORMS)
def test_every_form_embeds_all_its_fonts(tmp_path, form, drill):
    out = tmp_path / f"{form}.pdf"
    spec = forms.load_form(form)
    render_pdf(spec, [sample_values(spec)] * 2, out, drill=drill)
    assert fonts(out), "no font at all: the Japanese font is missing"
    assert unembedded_fonts(out) == []


def test_every_pdf_the_services_write_embeds_all_its_fonts(workspace, tmp_path):
    ws = workspace
    need, _ = make_need(ws)
    team, _, _, codes = make_team(ws, need, at=MORNING)
    shovel, barrow, _ = make_items(ws)
    send_off.dispatch_team(ws, team_id=team, loans=[send_off.LoanRequest(shovel, 2)], at=MORNING)
    day = local_day(MORNING)
    written = {
        "intake": lambda out: print_intake(ws, out=out, codes=codes),
        "blank": lambda out: print_intake(ws, out=out, blank=3),
        "badges": lambda out: print_badges(ws, out=out, codes=codes),
        "certificate": lambda out: print_certificate(ws, out=out, code=codes[0]),
        "dispatch_sheet": lambda out: print_sheets(ws, team_ids=[team], out=out),
        "need_sheet": lambda out: print_needs(ws, need_ids=[need], out=out),
        "requester_notice": lambda out: print_needs(ws, need_ids=[need], out=out, notice=True),
        "closing_list": lambda out: print_closing_list(ws, out=out, day=day, now=MORNING + timedelta(hours=9)),
        "labels": lambda out: print_labels(ws, copies=[(shovel, 3), (barrow, 1)], out=out),
        "bin_labels": lambda out: print_labels(ws, copies=[(shovel, 1)], out=out, bins=True),
        "daily_report": lambda out: write_report(daily_report(ws, day=day), out),
        "range_report": lambda out: write_report(build_report(ws, start=day - timedelta(days=2), end=day), out),
    }
    for name, write in written.items():
        out = tmp_path / f"{name}.pdf"
        write(out)
        assert fonts(out) and unembedded_fonts(out) == [], name
    cards = print_quick_cards(out_dir=tmp_path / "cards")
    assert cards.files and all(fonts(f) and unembedded_fonts(f) == [] for f in cards.files)
