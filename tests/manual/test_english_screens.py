"""The screens in English: words stored in Japanese (vehicles, household needs) read in English, stay Japanese in the data."""

import uuid
from datetime import datetime, timezone

import pytest

from dvc import i18n
from dvc.services.reception.roster import AvailableRow
from dvc.ui import labels
from dvc.ui.desks.needs.intake_form import NeedForm
from dvc.ui.events import EventBus
from dvc.ui.models.volunteers import AvailableVolunteerModel


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("ja")


def test_vehicles_and_household_words_follow_the_language(english):
    assert labels.vehicle("軽トラ") == "Light truck" and labels.household("高齢") == "Elderly"
    assert labels.vehicle("リヤカー") == "リヤカー"  # a word from another council's file shows as stored
    i18n.install("ja")
    assert labels.vehicle("軽トラ") == "軽トラ" and labels.household("ひとり暮らし") == "ひとり暮らし"


def test_the_need_form_shows_english_and_saves_the_stored_word(qtbot, workspace, english):
    form = NeedForm(workspace, EventBus())
    qtbot.addWidget(form)
    texts = {word: check.text() for word, check in form.vulnerable_checks.items()}
    assert texts["高齢"] == "Elderly" and texts["ひとり暮らし"] == "Lives alone"
    form.vulnerable_checks["高齢"].setChecked(True)
    assert form.draft().vulnerable == ("高齢",)


def test_the_waiting_volunteers_list_names_vehicles_in_english(english):
    model = AvailableVolunteerModel()
    row = AvailableRow(id=uuid.uuid4(), code="V-KG1-0001-2", name="山田 太郎", age=40, gender="male", group_name="",
                       vehicles=("自転車", "軽トラ"), leader_ok=False, checked_in_at=datetime.now(timezone.utc))
    assert "Bicycle" in model.display(row, model.COL_VEHICLES) and "Light truck" in model.display(row, model.COL_VEHICLES)


def test_the_registration_form_offers_vehicles_in_english_and_keeps_the_stored_word(qtbot, english):
    from dvc.ui.desks.reception.volunteer_form import VolunteerForm

    form = VolunteerForm()
    qtbot.addWidget(form)
    assert form.vehicle_checks["軽トラ"].text() == "Light truck"
    form.vehicle_checks["軽トラ"].setChecked(True)
    assert form.vehicle_checks["自転車"].text() == "Bicycle"
    assert [name for name, box in form.vehicle_checks.items() if box.isChecked()] == ["軽トラ"]
