"""Reception's answers to what the laptops did apart: one person registered twice, today's limit passed.

(services/apart/people.py and day_limit.py say how each is found.)
"""

from __future__ import annotations

import uuid

from dvc.domain.messages import UserError
from dvc.domain.timeutil import local_day
from dvc.services.apart import day_limit, decisions, people
from dvc.services.apart.kinds import Context
from dvc.services.apart.model import NOT_A_CHOICE, SETTLED_MEANWHILE
from dvc.services.apart.watch import check_in_transaction
from dvc.services.core import center_settings
from dvc.services.core.workspace import Workspace
from dvc.services.reception.merge_people import merge_in


def decide(ws: Workspace, *, key: str, choice: str, value: int | None = None) -> None:
    if key.startswith(f"{people.NAME}:"):
        _decide_pair(ws, key, choice)
    elif key.startswith(f"{day_limit.NAME}:"):
        _decide_limit(ws, key, choice)
    else:
        raise UserError(NOT_A_CHOICE)


def _decide_pair(ws: Workspace, key: str, choice: str) -> None:
    ctx = Context(council=ws.identity.council_code, today=local_day())
    with ws.transaction() as s:
        conflict = people.KIND.describe(s, key, ctx)
        if conflict is None:
            raise UserError(SETTLED_MEANWHILE)
        if conflict.choice(choice) is None:
            raise UserError(NOT_A_CHOICE)
        a, b = people.parse_key(key)
        if choice == people.DISTINCT:
            decisions.record(s, key=key, kind=people.NAME, choice=people.DISTINCT)
        elif choice.startswith("keep:"):
            kept = uuid.UUID(hex=choice.split(":")[1])
            merge_in(s, kept_id=kept, gone_id=b if kept == a else a)
        else:  # move:<kept now>:<merged one>: what a laptop recorded under the merged registration meanwhile
            _name, kept, gone = choice.split(":")
            merge_in(s, kept_id=uuid.UUID(hex=kept), gone_id=uuid.UUID(hex=gone), key=key)
        check_in_transaction(s)


def _decide_limit(ws: Workspace, key: str, choice: str) -> None:
    day = day_limit.parse_key(key)
    ctx = Context(council=ws.identity.council_code, today=local_day())
    if choice not in (day_limit.ACCEPTED, day_limit.RAISED):
        raise UserError(NOT_A_CHOICE)
    with ws.transaction() as s:
        if not day_limit.KIND.holds(s, key, ctx):
            raise UserError(SETTLED_MEANWHILE)
        if choice == day_limit.RAISED:
            center_settings.write(s, center_settings.KEY_DAILY_CAPACITY, str(day_limit.count_on(s, day)))
        day_limit.record_accepted(s, day, choice=choice)
        check_in_transaction(s)
