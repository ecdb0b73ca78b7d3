"""The hub's side of center mode, on its replica database: pairing desks, taking their rounds, serving theirs.

The hub is a full peer: its replica holds the whole center's data and merges
every desk's round with the exchange's rules, so a desk that comes back after
an hour gets everything from one place. dvc/sync/server.py calls these
methods from its worker threads (one writer, two readers).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dvc.domain import join_code
from dvc.domain.messages import UserError
from dvc.exchange.keys import PublicIdentity
from dvc.services.center import hub_settings, status as st
from dvc.services.center.links import ROLE_DESK, links, own_keys_and_identity, save_link
from dvc.services.center.rounds import feed_head, merge_round, read_round
from dvc.services.core.workspace import Workspace
from dvc.sync import envelope, pairing
from dvc.sync.changes import Sender
from dvc.sync.server import Refused

SESSION_S = 120.0


@dataclass
class _Desk:
    device_id: str
    device_number: int
    signing_key: str
    encryption_key: str
    seen: dict[str, str] = field(default_factory=dict)  # what the desk said it had seen
    last_contact: float | None = None  # time.time() of its last signed request
    caught_up_at: float | None = None  # its last pull that reached the hub's newest change
    polling_since: float | None = None


class HubBackend:
    def __init__(self, ws: Workspace, *, addresses: list[str] | None = None) -> None:
        self.ws = ws
        self.keys, self.identity = own_keys_and_identity(ws)
        self.signing_key = self.keys.signing
        self.device_id = self.identity.device_id
        self.addresses = addresses or []
        self._lock = threading.Lock()
        self._sessions: dict[str, tuple[pairing.HubSide, float]] = {}
        self._desks: dict[str, _Desk] = {}
        self._load_desks()
        self.started_at = time.time()

    def _load_desks(self) -> None:
        for link in links(self.ws, ROLE_DESK):
            self._desks[link.peer_device_id] = _Desk(link.peer_device_id, link.device_number, link.signing_key,
                                                      link.encryption_key, dict(link.seen))

    # What anyone may ask.

    def hello(self) -> dict:
        ident = self.ws.identity
        with self._lock:
            numbers = sorted(d.device_number for d in self._desks.values())
        return {"format": "dvc-center", "version": 1, "hub": self.device_id, "council": ident.council_code,
                "short": ident.council_short, "name": ident.council_name, "drill": ident.drill,
                "numbers_in_use": numbers}

    # Pairing (the writer thread).

    def join_start(self, desk_message: bytes) -> tuple[str, bytes]:
        values = hub_settings.read(self.ws)
        left = int(values.get(hub_settings.KEY_ATTEMPTS, "0") or 0)
        if left <= 0:
            raise Refused("no_attempts_left", 403)
        code = values.get(hub_settings.KEY_JOIN_CODE, "")
        try:
            side = pairing.HubSide(code, desk_message)
        except pairing.PairingError:
            raise Refused("malformed", 400) from None
        # Counted when the attempt starts: a guess that never finishes still cost one.
        hub_settings.write(self.ws, {hub_settings.KEY_ATTEMPTS: str(left - 1)})
        session = secrets.token_hex(16)
        now = time.monotonic()
        with self._lock:
            self._sessions = {k: v for k, v in self._sessions.items() if now - v[1] < SESSION_S}
            self._sessions[session] = (side, now)
        return session, side.message

    def join_finish(self, session: str, confirmation: bytes, sealed: str) -> tuple[bytes, str]:
        with self._lock:
            entry = self._sessions.pop(session, None)
        if entry is None or time.monotonic() - entry[1] > SESSION_S:
            raise Refused("no_session", 403)
        side = entry[0]
        if not side.desk_confirmed(confirmation):
            left = int(hub_settings.read(self.ws).get(hub_settings.KEY_ATTEMPTS, "0") or 0)
            raise Refused("wrong_code", 403, attempts_left=left)
        self._give_attempt_back()  # the right code: this attempt does not count against the code
        try:
            desk = pairing.identity_from_dict(side.open(sealed).get("identity"))
        except pairing.PairingError:
            raise Refused("malformed", 400) from None
        self._check_desk(desk)
        try:
            save_link(self.ws, identity=desk, role=ROLE_DESK)
        except UserError as exc:
            raise Refused("not_trusted", 403, message=exc.source, params={k: str(v) for k, v in exc.params.items()})
        with self._lock:
            self._desks[desk.device_id] = _Desk(desk.device_id, desk.device_number, desk.signing_key,
                                                desk.encryption_key)
        answer = {"identity": pairing.identity_to_dict(self.identity), "hello": self.hello()}
        return side.confirmation(), side.seal(answer)

    def _give_attempt_back(self) -> None:
        left = int(hub_settings.read(self.ws).get(hub_settings.KEY_ATTEMPTS, "0") or 0)
        hub_settings.write(self.ws, {hub_settings.KEY_ATTEMPTS: str(min(left + 1, hub_settings.ATTEMPTS))})

    def _check_desk(self, desk: PublicIdentity) -> None:
        ident = self.ws.identity
        if desk.council != ident.council_code:
            raise Refused("other_council", 403, council=ident.council_name)
        if desk.drill != ident.drill:
            raise Refused("drill_mismatch", 403, drill=ident.drill)
        if desk.device_id == self.device_id or desk.device_number == 0:
            raise Refused("not_a_desk", 403)
        with self._lock:
            clash = [d for d in self._desks.values()
                     if d.device_number == desk.device_number and d.device_id != desk.device_id]
            used = {d.device_number for d in self._desks.values() if d.device_id != desk.device_id}
        if clash:
            free = next(n for n in range(1, 100) if n not in used)
            raise Refused("number_taken", 409, number=desk.device_number, free=free)

    def new_code(self) -> str:
        code = join_code.new_code()
        hub_settings.write(self.ws, {hub_settings.KEY_JOIN_CODE: code,
                                     hub_settings.KEY_ATTEMPTS: str(hub_settings.ATTEMPTS)})
        return code

    # Rounds.

    def key_of(self, device_id: str) -> str | None:
        with self._lock:
            desk = self._desks.get(device_id)
            if desk is None:
                return None
            desk.last_contact = time.time()
            return desk.signing_key

    def push(self, device_id: str, body: bytes) -> dict:
        desk = self._desks[device_id]
        try:
            rnd = envelope.open_round(body, receiver=self.device_id, key=self.keys.encryption, sender=device_id)
        except envelope.EnvelopeError as exc:
            raise Refused("bad_round", 400, detail=str(exc)) from None
        rows = rnd.rows
        if rows:
            try:
                result = merge_round(self.ws, rnd, sender=self._sender(desk), seen=rnd.seen)
            except UserError as exc:
                raise Refused("round_refused", 409, message=exc.source,
                              params={k: str(v) for k, v in exc.params.items()}) from None
            changed = result.changed
        else:
            changed = 0
        with self._lock:
            desk.seen = dict(rnd.seen)
        return {"upto": rnd.upto, "rows": rows, "changed": changed}

    def _sender(self, desk: _Desk) -> Sender:
        return Sender(council=self.ws.identity.council_code, device_id=desk.device_id,
                      device_number=desk.device_number)

    def pull(self, device_id: str, after: int, limit: int) -> tuple[bytes, int, int]:
        desk = self._desks[device_id]
        changes = read_round(self.ws, after=after, limit=limit, skip_via=device_id)
        with self._lock:
            writer_seen = {d.device_id: d.seen for d in self._desks.values() if d.seen}
            seen: dict[str, str] = {}
            for d in self._desks.values():
                for node, stamp in d.seen.items():
                    if stamp > seen.get(node, ""):
                        seen[node] = stamp
            now = time.time()
            if not changes.more:
                desk.caught_up_at = now
                desk.polling_since = now if not changes.rows else None
        body = envelope.seal(changes, sender=self.device_id, receiver=device_id, receiver_key=desk.encryption_key,
                             seen=seen, writer_seen=writer_seen)
        return body, changes.rows, changes.upto

    # Status.

    def desk_status(self) -> list[st.PeerSync]:
        now = time.time()
        out = []
        with self._lock:
            desks = list(self._desks.values())
        for d in sorted(desks, key=lambda d: d.device_number):
            silent = None if d.last_contact is None else now - d.last_contact
            if d.polling_since is not None and now - d.polling_since < st.IN_STEP_S + 2:
                lag = 0.0  # waiting in a pull: it would hear of a change at once
            else:
                lag = None if d.caught_up_at is None else max(0.0, now - d.caught_up_at)
            out.append(st.PeerSync(
                device_id=d.device_id, role=ROLE_DESK, device_number=d.device_number, address="",
                state=st.state_for(running=True, lag_s=lag, silent_s=silent), lag_seconds=lag,
                last_contact=None if d.last_contact is None else datetime.fromtimestamp(d.last_contact, timezone.utc),
                pending_out=0))
        return out

    def status(self) -> dict:
        values = hub_settings.read(self.ws)
        code = values.get(hub_settings.KEY_JOIN_CODE, "")
        address = self.addresses[0] if self.addresses else ""
        parsed = join_code.parse_address(address)
        ident = self.ws.identity
        return {
            "hub": self.device_id, "council": ident.council_code, "council_name": ident.council_name,
            "drill": ident.drill, "address": address, "addresses": self.addresses,
            "join_code": code, "join_code_shown": join_code.format_code(code) if code else "",
            "qr_payload": join_code.make_payload(ident.council_short, parsed, code) if parsed and code else "",
            "attempts_left": int(values.get(hub_settings.KEY_ATTEMPTS, "0") or 0), "head": feed_head(self.ws),
            "started_at": datetime.fromtimestamp(self.started_at, timezone.utc).isoformat(), "pid": os.getpid(),
            "desks": [d.as_dict() for d in self.desk_status()],
        }


def new_admin_token() -> str:
    return uuid.uuid4().hex + secrets.token_hex(16)
