"""A need's status moved two ways at two desks apart: the needs desk picks the status that stands.

Each desk moves a need only along the state machine (domain/need_status.py), but two desks apart each
move it from the status they both saw: one sends a team (活動中) while the other holds it (保留). The
merge keeps the newer need row; both changes stay in its history, which now leaves two statuses open
(need_status.open_ends). The desk's decision records the status chosen and the changes it saw, so
the history reads from there on. Key: ``need:<need id>``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlmodel import Session, select

from dvc.domain import need_status
from dvc.domain.messages import QT_TRANSLATE_NOOP, Term
from dvc.domain.need_status import STATUS_TEXT, Change, open_ends
from dvc.domain.vocab import NeedStatus, TeamStatus
from dvc.services.apart import decisions
from dvc.services.apart.kinds import Changed, Context, chunks, key_uuid
from dvc.services.apart.model import NEEDS, NOT_GIVEN, Choice, Conflict, Wording, moment_text
from dvc.store.tables import Need, NeedStatusChange, Team

NAME = "need"

TITLE = QT_TRANSLATE_NOOP("apart", "Need {need}: its status was changed two ways")
LINE_NEED = QT_TRANSLATE_NOOP("apart", "{need}: {place} — now shown as {status}.")
LINE_BRANCH = QT_TRANSLATE_NOOP("apart", "{status}: changed at {at} by {operator}{reason}")
LINE_WHY = QT_TRANSLATE_NOOP("apart", "Two desks changed the status while the laptops were apart, each from the same status.")
LINE_WHAT = QT_TRANSLATE_NOOP("apart", "Find out which is true (ask the team or the requester), then choose the status that stands.")
PICK = QT_TRANSLATE_NOOP("apart", "The need is {status}")
TEAM_OUT = QT_TRANSLATE_NOOP(
    "apart", "Team {team} is on site for this need: it stays Active until the team's return is recorded.")
NO_TEAM_OUT = QT_TRANSLATE_NOOP("apart", "No team of this need is on site, so it cannot be Active.")


def key_of(need_id: uuid.UUID) -> str:
    return f"{NAME}:{need_id.hex}"


def parse_key(key: str) -> uuid.UUID:
    return key_uuid(key.split(":")[1])


_ROW = (NeedStatusChange.id, NeedStatusChange.need_id, NeedStatusChange.from_status, NeedStatusChange.to_status)


def since_decision(rows: list[tuple], decided: decisions.Decision | None) -> tuple[str, list[Change]]:
    """Where the need's story starts (intake, or the settled status) and the changes after it."""
    if decided is None:
        return "", [Change(f, t) for _i, _n, f, t in rows]
    seen = set(decided.detail.get("seen", ()))
    return str(decided.detail.get("status", "")), [Change(f, t) for i, _n, f, t in rows if i.hex not in seen]


def ends(s: Session, need_id: uuid.UUID) -> list[str]:
    rows = s.exec(select(*_ROW).where(NeedStatusChange.need_id == need_id,
                                      NeedStatusChange.deleted == False)).all()  # noqa: E712
    start, changes = since_decision(list(rows), decisions.read(s, key_of(need_id)))
    return open_ends(changes, start)


def team_out(s: Session, need_id: uuid.UUID) -> Team | None:
    return s.exec(select(Team).where(Team.need_id == need_id, Team.deleted == False,  # noqa: E712
                                     Team.status == TeamStatus.DISPATCHED).order_by(Team.code)).first()


def allowed(s: Session, need_id: uuid.UUID, status: str) -> Wording | None:
    """Why the desk may not settle on ``status`` now (None: it may)."""
    out = team_out(s, need_id)
    if out is not None and status != NeedStatus.ACTIVE:
        return Wording(TEAM_OUT, {"team": out.code})
    if out is None and status == NeedStatus.ACTIVE:
        return Wording(NO_TEAM_OUT)
    return None


class NeedForksKind:
    name = NAME
    desk = NEEDS
    tables = ("need", "need_status_change", "apart_decision")

    def candidates(self, s: Session, changed: Changed, ctx: Context) -> set[str]:
        changes, needs = changed.ids("need_status_change"), changed.ids("need")
        ours = (Need.origin == ctx.council, Need.deleted == False)  # noqa: E712
        if changes is None or needs is None:
            return self._forked_everywhere(s, ctx)
        found = set()
        for batch in chunks(changes):
            found.update(s.exec(select(NeedStatusChange.need_id).join(Need, Need.id == NeedStatusChange.need_id)
                                .where(NeedStatusChange.id.in_(batch), *ours)).all())
        for batch in chunks(needs):
            found.update(s.exec(select(Need.id).where(Need.id.in_(batch), *ours)).all())
        keys = {key_of(n) for n in found}
        ids = changed.ids("apart_decision")
        if ids is None:
            return keys | set(decisions.read_many(s, f"{NAME}:"))
        return keys | decisions.keys_of(s, ids, f"{NAME}:")

    def _forked_everywhere(self, s: Session, ctx: Context) -> set[str]:
        rows: dict[uuid.UUID, list[tuple]] = defaultdict(list)
        query = (select(*_ROW).join(Need, Need.id == NeedStatusChange.need_id)
                 .where(NeedStatusChange.deleted == False, Need.origin == ctx.council, Need.deleted == False))  # noqa: E712
        for row in s.exec(query).all():
            rows[row[1]].append(row)
        decided = decisions.read_many(s, f"{NAME}:")
        forked = set()
        for need_id, found in rows.items():
            start, changes = since_decision(found, decided.get(key_of(need_id)))
            if len(open_ends(changes, start)) > 1:
                forked.add(key_of(need_id))
        return forked

    def holds(self, s: Session, key: str, ctx: Context) -> bool:
        need = s.get(Need, parse_key(key))
        return need is not None and not need.deleted and need.origin == ctx.council and len(ends(s, need.id)) > 1

    def describe(self, s: Session, key: str, ctx: Context) -> Conflict | None:
        if not self.holds(s, key, ctx):
            return None
        need = s.get(Need, parse_key(key))
        statuses = ends(s, need.id)
        words = [Term("vocab", STATUS_TEXT[status]) if status in STATUS_TEXT else status for status in statuses]
        lines = [Wording(LINE_NEED, {"need": need.code, "place": need.site_address or need.district,
                                     "status": need_status.status_term(need.status)})]
        choices = []
        for status, word in zip(statuses, words):
            last = s.exec(select(NeedStatusChange).where(
                NeedStatusChange.need_id == need.id, NeedStatusChange.to_status == status,
                NeedStatusChange.deleted == False).order_by(NeedStatusChange.updated_at.desc())).first()  # noqa: E712
            if last is not None:
                lines.append(Wording(LINE_BRANCH, {
                    "status": word, "at": moment_text(last.at), "operator": last.operator_name or NOT_GIVEN,
                    "reason": f"（{last.reason}）" if last.reason else ""}))
            choices.append(Choice(id=f"status:{status}", wording=Wording(PICK, {"status": word}),
                                  why_not=allowed(s, need.id, status)))
        lines += [Wording(LINE_WHY), Wording(LINE_WHAT)]
        return Conflict(kind=NAME, key=key, desk=NEEDS, title=Wording(TITLE, {"need": need.code}),
                        lines=tuple(lines), choices=tuple(choices))


KIND = NeedForksKind()
