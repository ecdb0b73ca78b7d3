"""The fields of the ボランティア受付票, with a message under each field that is missing or wrong.

Used whole by the registration dialog and in a short form (``compact``) for the
members of a group. The form only shows and collects: checking is the domain's
(domain/volunteer_input.py), so the desk, the import and the services agree.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from dvc.domain.dates import parse_date, wareki
from dvc.domain.normalise import InvalidValue
from dvc.domain.timeutil import fiscal_year, local_day
from dvc.domain.vocab import VEHICLES, Gender
from dvc.domain.volunteer_input import Cleaned, VolunteerInput, parse_age
from dvc.domain.volunteer_rules import Person, age_on
from dvc.i18n import translate
from dvc.ui import labels

ERROR_STYLE = "QLabel { color: #b00020; }"
HINT_STYLE = "QLabel { color: #555; }"
REQUIRED_MARK = " <span style='color:#b00020'>*</span>"
# Which field shows a "missing" message (domain LABELS keys -> field).
MISSING_AT = {"name": "name", "kana": "kana", "birth_or_age": "birth_date", "phone_or_email": "phone"}

INSURANCE_NONE, INSURANCE_VALID, INSURANCE_ON_SITE = "none", "valid", "on_site"


class VolunteerForm(QWidget):
    changed = Signal()  # something was typed: rules and duplicates may have changed

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, day: date | None = None) -> None:
        super().__init__(parent)
        self.day = day or local_day()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.checks: dict[str, QCheckBox] = {}
        self._shown_missing: set[str] = set()
        self._old_insurance: int | None = None
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        # The short form shares a dialog with the group and its member list: split in two columns its
        # fields were squeezed to a few characters, so it is one column (and Tab goes straight down it).
        left = QFormLayout()
        right = left if compact else QFormLayout()
        for form in {id(left): left, id(right): right}.values():
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            columns.addLayout(form, 1)

        self._line(left, "name", self.tr("Name"), required=True, placeholder=self.tr("e.g. 山田 太郎"))
        self._line(left, "kana", self.tr("Furigana"), required=True, placeholder=self.tr("e.g. やまだ たろう"))
        self._line(left, "birth_date", self.tr("Birth date"), required=True,
                   placeholder=self.tr("e.g. 1990/4/1 or 平成2年4月1日"))
        self.birth_hint = self._hint_under("birth_date")
        self._line(left, "age", self.tr("Age (if no birth date)"), placeholder=self.tr("e.g. 45"))
        self.gender = QComboBox(self)
        for key in (Gender.UNSPECIFIED, Gender.FEMALE, Gender.MALE, Gender.OTHER):
            self.gender.addItem(labels.gender(key), key)
        left.addRow(self.tr("Gender"), self.gender)
        self._line(left, "phone", self.tr("Phone"), required=True, placeholder=self.tr("e.g. 090-1234-5678"))
        self._line(left, "email", self.tr("E-mail"), placeholder=self.tr("phone or e-mail is needed"))
        self._line(left, "address", self.tr("Address"))
        if not compact:
            self._line(left, "postal_code", self.tr("Postal code"), placeholder=self.tr("e.g. 184-0004"))
            self._line(left, "emergency_contact_name", self.tr("Emergency contact"))
            self._line(left, "emergency_contact_phone", self.tr("Emergency contact phone"))

        self.insurance = QComboBox(self)
        self._fill_insurance(None)
        right.addRow(self.tr("Insurance"), self.insurance)
        if not compact:
            self._line(right, "insurance_plan", self.tr("Insurance plan"))
            self._line(right, "insurance_where", self.tr("Enrolled at"), placeholder=self.tr("e.g. 居住地の社会福祉協議会"))
        # Consent is asked per purpose: each box is one sentence the person agreed to on the card.
        self._check(right, "insurance_consent", self.tr("Agrees to insurance and passing details"))
        self.checks["insurance_consent"].setToolTip(self.tr(
            "Agrees to volunteer activity insurance and to the council passing name, address, birth date and phone "
            "to the insurer for it (only these people go on the insurer's list)."))
        self._check(right, "guardian_consent", self.tr("Guardian's consent (under 18)"))
        self._line(right, "guardian_name", self.tr("Guardian's name"))
        self._check(right, "leader_ok", self.tr("Can lead a team"))
        # Asked of every person, group members too (they were recorded as agreeing without a box to tick).
        self._check(right, "contact_consent", self.tr("May be contacted by the center"))
        if not compact:
            self._check(right, "block_share_consent", self.tr("May be shared with the block's councils"))
            self._check(right, "driving_license", self.tr("Driving licence"))
            self.vehicle_checks: dict[str, QCheckBox] = {}
            vehicles = QHBoxLayout()
            for name in VEHICLES:
                box = QCheckBox(labels.vehicle(name), self)  # stored as the paper form's word
                box.toggled.connect(self.changed)
                self.vehicle_checks[name] = box
                vehicles.addWidget(box)
            vehicles.addStretch(1)
            right.addRow(self.tr("Vehicle brought"), vehicles)
            self._line(right, "skills", self.tr("Qualifications"), placeholder=self.tr("e.g. 看護師、大工"))
            self._line(right, "experience", self.tr("Disaster volunteering before"))
            self._line(right, "languages", self.tr("Languages"))
            self._line(right, "health_notes", self.tr("Health"))
            self._line(right, "available_dates", self.tr("Available days"))
            self._line(right, "notes", self.tr("Notes"))
        self.insurance.currentIndexChanged.connect(self.changed)
        self.gender.currentIndexChanged.connect(self.changed)
        self.edits["birth_date"].textChanged.connect(self._update_birth_hint)
        self.edits["age"].textChanged.connect(self._update_birth_hint)

    # Building.

    def _line(self, form: QFormLayout, key: str, label: str, *, required: bool = False, placeholder: str = "") -> None:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{key}")
        edit.setPlaceholderText(placeholder)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(edit)
        box.addWidget(error)
        title = QLabel(label + (REQUIRED_MARK if required else ""), self)
        title.setBuddy(edit)
        form.addRow(title, box)
        self.edits[key], self.errors[key] = edit, error
        edit.textChanged.connect(self.changed)
        # A message goes once the field is left, not at every keystroke of a half-typed number.
        # A bound method (not a lambda): Qt drops the connection when the form is destroyed,
        # so a field losing focus while the dialog closes cannot call into a deleted form.
        edit.setProperty("fieldKey", key)
        edit.editingFinished.connect(self._field_left)

    def _hint_under(self, key: str) -> QLabel:
        hint = QLabel(self)
        hint.setStyleSheet(HINT_STYLE)
        hint.hide()
        self._box_of(key).insertWidget(1, hint)
        return hint

    def _box_of(self, key: str) -> QVBoxLayout:
        for box in self.findChildren(QVBoxLayout):
            if box.indexOf(self.edits[key]) >= 0:
                return box
        raise KeyError(key)

    def _check(self, form: QFormLayout, key: str, label: str) -> None:
        box = QCheckBox(label, self)
        box.setObjectName(f"field_{key}")
        box.toggled.connect(self.changed)
        form.addRow("", box)
        self.checks[key] = box

    def _fill_insurance(self, old_year: int | None) -> None:
        fy = fiscal_year(self.day)
        self.insurance.blockSignals(True)
        self.insurance.clear()
        self.insurance.addItem(self.tr("Not insured / not known"), (None, False))
        self.insurance.addItem(self.tr("Insured for FY{year}").format(year=fy), (fy, False))
        self.insurance.addItem(self.tr("Enrolled here today (当日加入)"), (fy, True))
        if old_year is not None and old_year != fy:
            self.insurance.addItem(self.tr("Insured for FY{year} only").format(year=old_year), (old_year, False))
        self.insurance.blockSignals(False)

    # Reading and filling.

    def text(self, key: str) -> str:
        return self.edits[key].text() if key in self.edits else ""

    def input(self) -> VolunteerInput:
        year, on_site = self.insurance.currentData()
        data = VolunteerInput(gender=self.gender.currentData(), insurance_fiscal_year=year, insured_on_site=on_site)
        for key in self.edits:
            setattr(data, key, self.text(key))
        for key, box in self.checks.items():
            setattr(data, key, box.isChecked())
        if hasattr(self, "vehicle_checks"):
            data.vehicles = [name for name, box in self.vehicle_checks.items() if box.isChecked()]
        return data

    def load(self, data: VolunteerInput) -> None:
        for key, edit in self.edits.items():
            value = getattr(data, key)
            if isinstance(value, date):
                value = f"{value.year}/{value.month}/{value.day}"
            elif isinstance(value, list):
                value = "、".join(value)
            edit.setText("" if value is None else str(value))
        for key, box in self.checks.items():
            box.setChecked(bool(getattr(data, key)))
        for name, box in getattr(self, "vehicle_checks", {}).items():
            box.setChecked(name in data.vehicles)
        self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
        self._fill_insurance(data.insurance_fiscal_year)
        wanted = (data.insurance_fiscal_year, data.insured_on_site)
        index = next((i for i in range(self.insurance.count()) if self.insurance.itemData(i) == wanted), 0)
        self.insurance.setCurrentIndex(index)
        self.clear_messages()

    def clear(self) -> None:
        # A consent starts unticked: the person is asked (the record's own default is for old imports).
        self.load(VolunteerInput(contact_consent=False))

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values())

    def set_on_site_insurance(self) -> None:
        self.insurance.setCurrentIndex(2)

    def person(self) -> Person:
        """What the rules see of the person typed so far (unreadable dates count as not given yet)."""
        try:
            born = parse_date(self.text("birth_date"))
        except InvalidValue:
            born = None
        try:
            age = parse_age(self.text("age"))
        except InvalidValue:
            age = None
        year, on_site = self.insurance.currentData()
        consent = self.checks["guardian_consent"].isChecked()
        return Person(birth_date=born, stated_age=age, guardian_consent=consent, insurance_fiscal_year=year,
                      insured_on_site=on_site, insurance_consent=self.checks["insurance_consent"].isChecked())

    # Messages.

    def clear_messages(self) -> None:
        self._shown_missing.clear()
        for label in self.errors.values():
            label.hide()

    def show_problems(self, cleaned: Cleaned, *, missing_too: bool = True) -> QWidget | None:
        """Put each problem under its field; returns the first field to fix."""
        messages: dict[str, str] = {}
        for key, problem in cleaned.problems.items():
            text = translate("errors", problem.source)
            messages[key] = text.format(**problem.params) if problem.params else text
        if missing_too:
            for key in cleaned.missing:
                if key in MISSING_AT:
                    messages.setdefault(MISSING_AT[key], self.tr("Required: {field}").format(
                        field=translate("fields", _label(key))))
        for key, label in self.errors.items():
            label.setText(messages.get(key, ""))
            label.setVisible(key in messages)
        first = next((self.edits[k] for k in self.edits if k in messages), None)
        return first

    def _field_left(self) -> None:
        key = self.sender().property("fieldKey") if self.sender() is not None else None
        if key:
            self._recheck(key)

    def _recheck(self, key: str) -> None:
        from dvc.domain.volunteer_input import clean_volunteer

        cleaned = clean_volunteer(self.input(), today=self.day)
        problem = cleaned.problems.get(key)
        label = self.errors[key]
        if problem is not None:
            text = translate("errors", problem.source)
            label.setText(text.format(**problem.params) if problem.params else text)
        label.setVisible(problem is not None)

    def _update_birth_hint(self) -> None:
        person = self.person()
        # A birth date in the future has its own error message under the field; no "-64 years old" beside it.
        if person.birth_date is not None and person.birth_date <= self.day:
            age = age_on(self.day, person.birth_date)
            self.birth_hint.setText(self.tr("{wareki}, {age} years old").format(
                wareki=wareki(person.birth_date), age=age))
        else:
            self.birth_hint.setText("")
        self.birth_hint.setVisible(bool(self.birth_hint.text()))


def _label(key: str) -> str:
    from dvc.domain.volunteer_input import LABELS

    return LABELS[key]


def debounce(parent: QWidget, slot, ms: int = 250) -> QTimer:  # noqa: ANN001
    """A timer that calls ``slot`` once typing pauses: start() it on every change."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
