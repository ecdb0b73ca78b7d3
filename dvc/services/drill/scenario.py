"""Drill (訓練) databases: a new council database filled with a believable scenario.

The scenario comes from domain/drill_scenario.py; this module gives the rows
ids, codes and stamps and writes them in bulk. Bulk inserts skip the ORM's
flush, so the columns it would fill (id, origin, updated_at, deleted) are set
here. Everything is written in one transaction: a failure leaves no half drill.
"""

from __future__ import annotations

import dataclasses
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from pathlib import Path

from sqlalchemy import Boolean
from sqlmodel import Session, select

from dvc.domain import drill_scenario as sc
from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.need_intake import search_text
from dvc.domain.timeutil import local_day
from dvc.services.core.setup import create_database, remove_database_files
from dvc.services.core.workspace import KEY_DRILL_DAY, KEY_DRILL_SEED, Workspace
from dvc.store.ids import attendance_id
from dvc.store.tables import (
    Attendance, Equipment, Group, Need, NeedStatusChange, Operator, Setting, Survey, Volunteer,
)

DRILL_OPERATOR = "訓練 管理者"
CHUNK = 5000  # rows per insert batch and per progress report
CACHE_KIB = 65536  # random UUID keys touch index pages everywhere; SQLite's default 2 MB cache thrashes

Progress = Callable[[int, int], None]


@dataclass
class DrillSpec:
    volunteers: int
    needs: int
    checked_in: int | None = None  # None: about a third of the volunteers
    seed: int = 1
    council: str = "koganei"
    day: date | None = None  # None: today in Tokyo


@dataclass
class DrillSummary:
    path: str
    council: str
    seed: int
    day: date
    volunteers: int
    groups: int
    minors: int
    needs: int
    checked_in: int
    attendance: int
    equipment: int
    seconds: float

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["day"] = self.day.isoformat()
        return data


def resolve_spec(spec: DrillSpec) -> DrillSpec:
    """Fill in the defaults and refuse what cannot be a scenario."""
    if spec.volunteers < 0 or spec.needs < 0 or (spec.checked_in or 0) < 0:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Drill sizes must not be negative."))
    checked_in = round(spec.volunteers / 3) if spec.checked_in is None else spec.checked_in
    if checked_in > spec.volunteers:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot check in {checked_in} of only {volunteers} volunteers."),
            checked_in=checked_in, volunteers=spec.volunteers,
        )
    return dataclasses.replace(spec, checked_in=checked_in, day=spec.day or local_day())


def create_drill(path: Path | str, spec: DrillSpec, *, replace: bool = False,
                 progress: Progress | None = None) -> DrillSummary:
    """Create the drill database at ``path``; a real database there is never touched."""
    started = time.perf_counter()
    spec = resolve_spec(spec)
    ws = create_database(path, council=spec.council, drill=True, replace_drill=replace, operator_name=DRILL_OPERATOR)
    ws.operator = DRILL_OPERATOR
    try:
        with ws.transaction() as session:
            counts = _Filler(ws, session, spec, progress).fill()
    except BaseException:
        # The file is the drill just made here; an empty one would only need --yes next time.
        ws.close()
        remove_database_files(ws.path)
        raise
    ws.close()
    return DrillSummary(path=str(ws.path), council=ws.identity.council_code, seed=spec.seed, day=spec.day,
                        checked_in=spec.checked_in, seconds=round(time.perf_counter() - started, 2), **counts)


class _Filler:
    def __init__(self, ws: Workspace, session: Session, spec: DrillSpec, progress: Progress | None) -> None:
        self.ws, self.s, self.spec = ws, session, spec
        self.rng = random.Random(spec.seed)
        self.progress = progress
        self.origin = ws.identity.council_code
        self.done = 0
        self.total = 0
        self._plans: dict[str, tuple] = {}

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def stamp(self, row: dict, row_id: uuid.UUID) -> dict:
        row.update(id=row_id, origin=self.origin, updated_at=str(self.ws.db.clock.now()), deleted=False)
        return row

    def insert(self, table: type, rows: list[dict]) -> None:
        """Write ``rows`` with sqlite3's executemany inside the session's transaction.

        Values go through the columns' own SQLAlchemy bind processors, so they are
        stored exactly as the ORM would store them, without Core's per-row overhead.
        """
        if not rows:
            return
        plan = self._plans.get(table.__tablename__)
        if plan is None:
            plan = self._plans[table.__tablename__] = self._plan(table, rows[0])
        sql, getter, processors = plan
        params = []
        for row in rows:
            values = list(getter(row))
            for i, process in processors:
                values[i] = process(values[i])
            params.append(values)
        self.s.connection().connection.driver_connection.executemany(sql, params)
        rows.clear()

    def _plan(self, table: type, first: dict) -> tuple:
        columns = list(table.__table__.columns)
        # A column the scenario does not fill takes its plain default (a column
        # added later by a desk); one whose default is computed (uuid4, now())
        # would silently differ between runs of the same seed, so it must be given.
        fixed = {c.name: c.default.arg for c in columns
                 if c.name not in first and c.default is not None and not callable(c.default.arg)}
        missing = {c.name for c in columns} - first.keys() - fixed.keys()
        if missing:
            raise ValueError(f"drill rows for {table.__tablename__} lack {sorted(missing)}")
        dialect = self.s.get_bind().dialect
        names = [c.name for c in columns]
        quoted = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{table.__tablename__}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
        # sqlite3 stores a bool as 0/1 just as the Boolean processor would, only faster.
        processors = [(i, p) for i, c in enumerate(columns) if not isinstance(c.type, Boolean)
                      and (p := c.type.dialect_impl(dialect).bind_processor(dialect))]
        getter = itemgetter(*names)
        if fixed:
            pick = getter
            getter = lambda row: pick({**fixed, **row})  # noqa: E731
        return sql, getter, processors

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(self.done, self.total)

    def fill(self) -> dict:
        spec, rng = self.spec, self.rng
        units = sc.plan_units(rng, spec.volunteers)
        attend = sc.plan_attendance(rng, units, spec.checked_in)
        attendance = sum(len(days) for days in attend.values())
        self.total = spec.volunteers + attendance + spec.needs
        self.advance(0)
        self.s.add(Setting(key=KEY_DRILL_SEED, value=str(spec.seed)))
        self.s.add(Setting(key=KEY_DRILL_DAY, value=spec.day.isoformat()))
        raw = self.s.connection().connection.driver_connection
        before = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        try:
            groups, minors = self._volunteers(units, attend)
            self._needs()
            equipment = self._equipment()
        finally:
            raw.execute(f"PRAGMA cache_size={before}")
        return {"volunteers": spec.volunteers, "groups": groups, "minors": minors, "needs": spec.needs,
                "attendance": attendance, "equipment": equipment}

    def _codes(self, kind: str, count: int) -> list[str]:
        return self.ws.new_codes(self.s, kind, count) if count else []

    def _volunteers(self, units: list[sc.Unit], attend: dict[int, list[int]]) -> tuple[int, int]:
        rng, day = self.rng, self.spec.day
        v_codes = self._codes("V", self.spec.volunteers)
        g_codes = iter(self._codes("G", sum(1 for u in units if u.kind)))
        operator_id = self.s.exec(select(Operator.id).where(Operator.name == DRILL_OPERATOR)).first()
        device = self.ws.identity.device_number
        groups: list[dict] = []
        volunteers: list[dict] = []
        visits: list[dict] = []
        group_count = minors = 0
        for unit in units:
            if unit.kind:
                group, members = sc.make_group(rng, unit.kind, unit.size, day)
            else:
                group, members = None, [sc.make_individual(rng, day)]
            days = attend.get(unit.start, [])  # a group that came in part always includes its first member
            arrivals = {before: sc.arrival(rng, day, before, unit.size) for before in days}
            registered = sc.registration(rng, day, days[0] if days else None, arrivals[days[0]] if days else None)
            group_id = None
            if group is not None:
                group_id = self.new_id()
                group.update(code=next(g_codes), registered_at=registered)
                groups.append(self.stamp(group, group_id))
                group_count += 1
            for j, person in enumerate(members):
                index = unit.start + j
                volunteer_id = self.new_id()
                person.update(code=v_codes[index], group_id=group_id, intake_sheet_id=None, merged_into=None, registered_at=registered)
                volunteers.append(self.stamp(person, volunteer_id))
                minors += person["guardian_consent"]
                mine = attend.get(index, [])
                for before in mine:
                    on = day - timedelta(days=before)
                    visits.append(self.stamp({
                        "volunteer_id": volunteer_id, "day": on,
                        "checked_in_at": arrivals[before] + timedelta(seconds=20 * j),
                        "checked_out_at": sc.departure(rng, day, before) if before else None,
                        "first_time": before == mine[0], "device_number": device, "operator_id": operator_id,
                    }, attendance_id(volunteer_id, on)))
            if len(volunteers) >= CHUNK:
                self._flush_people(groups, volunteers, visits)
        self._flush_people(groups, volunteers, visits)
        return group_count, minors

    def _flush_people(self, groups: list[dict], volunteers: list[dict], visits: list[dict]) -> None:
        n = len(volunteers) + len(visits)
        self.insert(Group, groups)  # before their members: foreign keys are on
        self.insert(Volunteer, volunteers)
        self.insert(Attendance, visits)
        self.advance(n)

    def _needs(self) -> None:
        codes = self._codes("N", self.spec.needs)
        needs: list[dict] = []
        changes: list[dict] = []
        surveys: list[dict] = []
        sites: list = []
        for code in codes:
            need, history, survey = sc.make_need(self.rng, self.spec.day, sites)
            need_id = self.new_id()
            need["code"] = code
            need["search_text"] = search_text(need)
            needs.append(self.stamp(need, need_id))
            previous = ""
            for status, at, reason, staff in history:
                changes.append(self.stamp({"need_id": need_id, "at": at, "from_status": previous, "to_status": status,
                                           "reason": reason, "operator_name": staff}, self.new_id()))
                previous = status
            if survey is not None:
                survey["need_id"] = need_id
                surveys.append(self.stamp(survey, self.new_id()))
            if len(needs) >= CHUNK:
                self._flush_needs(needs, changes, surveys)
        self._flush_needs(needs, changes, surveys)

    def _flush_needs(self, needs: list[dict], changes: list[dict], surveys: list[dict]) -> None:
        n = len(needs)
        self.insert(Need, needs)
        self.insert(NeedStatusChange, changes)
        self.insert(Survey, surveys)
        self.advance(n)

    def _equipment(self) -> int:
        items = sc.make_equipment(self.rng, self.spec.checked_in)
        for item, code in zip(items, self._codes("E", len(items))):
            item["code"] = code
            self.stamp(item, self.new_id())
        count = len(items)
        self.insert(Equipment, items)
        return count
