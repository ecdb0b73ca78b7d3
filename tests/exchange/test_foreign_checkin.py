"""Another council's volunteers at our reception desk once their bundle is in (issue 18, item 2).

The council table holds only our own council (it never travels in a bundle), so
the scan must find the record first and ask about the council only when the
record is not here.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from dvc.domain.qr import make_payload
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.volunteer_input import VolunteerInput
from dvc.services.reception import checkin, registration
from tests.exchange.helpers import send
from tests.ui.conftest import japanese_app, show_window  # noqa: F401  (autouse: the Japanese screens)
from tests.ui.window_keys import scan

SHOTS = Path(os.environ.get("DVC_SHOTS", "/tmp/desk-shots"))


def mitaka_person(mitaka, name: str, kana: str, *, sheet: uuid.UUID | None = None):
    data = VolunteerInput(name=name, kana=kana, age=40, phone="0422-11-2233", block_share_consent=True,
                          insurance_fiscal_year=fiscal_year(local_day()))
    return registration.register_individual(mitaka, data=data, intake_sheet_id=sheet)


def test_another_council_s_volunteer_checks_in_by_qr_sheet_and_code(qtbot, koganei, mitaka, tmp_path):
    sheet = uuid.uuid4()
    by_qr = mitaka_person(mitaka, "三鷹 一郎", "みたか いちろう")
    mitaka_person(mitaka, "三鷹 二郎", "みたか じろう", sheet=sheet)
    by_code = mitaka_person(mitaka, "三鷹 三郎", "みたか さぶろう")
    send(mitaka, koganei, tmp_path)
    window = show_window(qtbot, koganei)
    page = window.page("reception")
    field = page.focus_target()
    assert field.hasFocus()

    scan(make_payload("MT", "V", by_qr.id))  # the QR of the intake sheet Mitaka printed
    assert page.last_result.result == checkin.CHECKED_IN and page.last_result.volunteer.name == "三鷹 一郎"
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)  # the day's counts follow the answer
    window.grab().save(str(SHOTS / "reception_other_council_checked_in.png"))
    scan(by_code.code)  # typed from the paper
    assert page.last_result.result == checkin.CHECKED_IN and page.last_result.volunteer.name == "三鷹 三郎"
    # The blank sheet Mitaka registered someone with: its id stays in Mitaka (bundles do not carry it). No
    # registration form bound to Mitaka's sheet opens here; the desk is told to search instead.
    scan(make_payload("MT", "S", sheet))
    assert page.last_result.result == checkin.UNKNOWN and "三鷹市" in page.result_panel.detail_label.text()
    assert "氏名で検索" in page.result_panel.detail_label.text()

    nobody = make_payload("MT", "V", uuid.uuid4())  # Mitaka is known now: not "import their file first"
    scan(nobody)
    assert page.last_result.result == checkin.UNKNOWN and "三鷹" not in page.result_panel.detail_label.text()
    assert "（MT）" not in page.result_panel.detail_label.text()
    unknown_council = make_payload("CF", "V", uuid.uuid4())  # Chofu never exchanged with us
    scan(unknown_council)
    assert page.last_result.result == checkin.UNKNOWN and "（CF）" in page.result_panel.detail_label.text()
