"""A desk's sync thread: its changes pushed to the hub right after each commit, the hub's pulled continuously.

Nothing at the desk waits for it. A commit only sets an event (a session hook
that takes microseconds); the thread runs its own asyncio loop with the
hub's client, and does its database work on one worker thread of its own, in
short transactions (rounds.py). Pulls are long polls: the hub holds one for
up to PULL_WAIT_S and answers at once when another desk's round arrives, so a
check-in on one desk shows on the others in a fraction of a second, and the
hub hears from every desk at least every couple of seconds.

Cursors: what the hub acknowledged of our feed (sent_upto) and what we merged
of its feed (received_upto, moved in the same transaction as the merge).
Losing the first in a crash only sends some rows again; they merge as
unchanged. So the first is written at most every SAVE_EVERY_S and at stop,
and a round with nothing in it writes nothing.

Listeners (add_listener) are called on the sync thread with a RoundApplied
after every round that changed rows here: a GUI re-posts it to its own thread
(a queued Qt signal) and refreshes the screens showing those tables.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from dvc.services.apart import watch
from dvc.services.center import hub_settings, status as st
from dvc.services.center.addresses import loopback_for
from dvc.services.center.failures import NO_ANSWER as _NO_ANSWER, REFUSED as _REFUSED, refusal as _refusal
from dvc.services.center.links import LinkInfo, device_hex, hub_link, own_keys_and_identity, set_address
from dvc.services.center.replica import replica_path
from dvc.services.center.rounds import changed_tables, merge_round, newer, read_round, save_sent
from dvc.services.core.workspace import Workspace
from dvc.store.tables.replication import ROLE_HUB
from dvc.sync import envelope
from dvc.sync.changes import Sender
from dvc.sync.client import HubClient, HubRefused, HubUnreachable

log = logging.getLogger("dvc.sync")

PULL_WAIT_S = 2.0
LIMIT = 5000
SAVE_EVERY_S = 5.0
RETRY_S = (0.2, 0.5, 1.0, 2.0)  # after a failure, then every 2 s
REFUSED_RETRY_S = 10.0
RESTART_HUB_EVERY_S = 5.0
REDISCOVER_EVERY_S = 60.0

Listener = Callable[[st.RoundApplied], None]

class Replicator:
    def __init__(self, ws: Workspace, *, pull_wait: float = PULL_WAIT_S, limit: int = LIMIT) -> None:
        self.ws = ws
        self.pull_wait, self.limit = pull_wait, limit
        self.own = device_hex(ws)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._push_wanted: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._started = threading.Event()
        self._link: LinkInfo | None = None
        # What status() reports (guarded by _lock).
        self._last_contact: float | None = None
        self._started_at: float | None = None
        self._pending_since: float | None = None
        self._pending = 0
        self._caught_up_at: float | None = None
        self._polling_since: float | None = None
        self._error = ""
        self.rounds_applied = 0
        self.apart_changed = False  # set by the round's check on the db thread, told with the round
        self._saved_at = 0.0  # when sent_upto was last written
        self._restart_tried = 0.0  # when the hub on this laptop was last started again
        self._discovered_at = 0.0  # when the LAN was last searched for the hub

    # The API for the GUI and the commands.

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start keeping this laptop in step; False when it has joined no hub (the light stays "off")."""
        if self.running:
            return True
        self._link = hub_link(self.ws)
        if self._link is None:
            return False
        self._keys, _identity = own_keys_and_identity(self.ws)
        self._started.clear()
        self._started_at = time.time()
        self._thread = threading.Thread(target=self._run, name="dvc-sync", daemon=True)
        self._thread.start()
        self._started.wait(10)
        event.listen(Session, "after_commit", self._after_commit)
        return True

    def stop(self, timeout: float = 10.0) -> None:
        if event.contains(Session, "after_commit", self._after_commit):
            event.remove(Session, "after_commit", self._after_commit)
        if self._loop is not None and self._stopping is not None and self.running:
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def wake(self) -> None:
        """Push now (called after every commit of this laptop's database; costs the caller nothing)."""
        loop, wanted = self._loop, self._push_wanted
        if loop is not None and wanted is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(wanted.set)
            except RuntimeError:  # the loop closed in between
                pass

    def status(self) -> st.PeerSync:
        """The link to the hub as the status light shows it."""
        link = self._link or hub_link(self.ws)
        now = time.time()
        with self._lock:
            contact = self._last_contact
            silent = None if contact is None else now - contact
            if contact is None and self._started_at is not None and now - self._started_at < st.OUT_OF_TOUCH_S:
                silent = 0.0  # just started: not red before it had a fair chance to reach the hub
            lags = []
            if self._pending_since is not None:
                lags.append(now - self._pending_since)
            if self._polling_since is not None and now - self._polling_since < self.pull_wait + st.IN_STEP_S:
                lags.append(0.0)
            elif self._caught_up_at is not None:
                lags.append(now - self._caught_up_at)
            lag = max(lags) if lags else None
            pending, error = self._pending, self._error
        return st.PeerSync(
            device_id=link.peer_device_id if link else "", role=ROLE_HUB, device_number=0,
            address=link.address if link else "", state=st.state_for(running=self.running and link is not None,
                                                                      lag_s=lag, silent_s=silent),
            lag_seconds=lag, last_contact=None if contact is None else datetime.fromtimestamp(contact, timezone.utc),
            pending_out=pending, error=error)

    def in_step(self) -> bool:
        """Nothing waiting either way at this moment (asked without waiting: a screen's progress, wait_in_step)."""
        state = self.status().state
        with self._lock:
            idle = self._pending == 0 and self._pending_since is None and self._polling_since is not None
        return state == st.IN_STEP and idle

    def wait_in_step(self, timeout: float) -> bool:
        """Wait until nothing is waiting either way (for `dvc sync now` and the tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.in_step():
                return True
            time.sleep(0.05)
        return False

    def _after_commit(self, session: Session) -> None:
        if session.info.get("db") is self.ws.db:
            self.wake()

    # The sync thread.

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception:  # noqa: BLE001 - the desk goes on; the light says out of touch
            log.exception("the sync thread stopped")

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._push_wanted = asyncio.Event()
        self._stopping = asyncio.Event()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dvc-sync-db")
        link = self._link
        assert link is not None
        self._sent, self._received, self._saved_sent = link.sent_upto, link.received_upto, link.sent_upto
        self._seen = dict(link.seen)
        self._client = self._new_client(link.address)
        self._started.set()
        self._push_wanted.set()
        tasks = [asyncio.create_task(self._push_loop()), asyncio.create_task(self._pull_loop())]
        await self._stopping.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._client.close()
        try:
            await self._in_db(save_sent, self.ws, link.peer_device_id, self._sent)
        finally:
            self._db.shutdown(wait=True)
        self._loop = None

    def _new_client(self, address: str) -> HubClient:
        link = self._link
        assert link is not None
        return HubClient(address, device_id=self.own, key=self._keys.signing, hub_key=link.signing_key)

    async def _in_db(self, call, *args, **kwargs):  # noqa: ANN001, ANN202
        return await asyncio.get_running_loop().run_in_executor(self._db, functools.partial(call, *args, **kwargs))

    def _contact(self, error: str = "") -> None:
        with self._lock:
            self._last_contact = time.time()
            self._error = error

    def _failed(self, error: str) -> None:
        with self._lock:
            self._error = error
            self._polling_since = None

    async def _push_loop(self) -> None:
        assert self._push_wanted is not None and self._stopping is not None
        failures = 0
        while not self._stopping.is_set():
            try:
                await asyncio.wait_for(self._push_wanted.wait(), 1.0)
            except asyncio.TimeoutError:
                pass
            self._push_wanted.clear()
            try:
                await self._push_all()
                failures = 0
            except HubUnreachable:
                self._failed(_NO_ANSWER)
                await asyncio.sleep(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                self._push_wanted.set()
            except HubRefused as exc:
                self._failed(_refusal(exc))
                await asyncio.sleep(REFUSED_RETRY_S)
                self._push_wanted.set()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - never end the loop: log, show it, try again
                log.exception("a push round failed")
                self._failed(_REFUSED)
                await asyncio.sleep(REFUSED_RETRY_S)
                self._push_wanted.set()

    async def _push_all(self) -> None:
        link = self._link
        assert link is not None
        while True:
            changes = await self._in_db(read_round, self.ws, after=self._sent, limit=self.limit,
                                        skip_via=link.peer_device_id)
            if not changes.rows:
                self._sent = max(self._sent, changes.upto)
                with self._lock:
                    self._pending, self._pending_since = 0, None
                return
            with self._lock:
                self._pending = changes.rows
                if self._pending_since is None:
                    self._pending_since = time.time()
            seen = dict(self._seen)
            seen[self.own] = str(self.ws.db.clock.now())  # a desk knows all its own changes
            body = envelope.seal(changes, sender=self.own, receiver=link.peer_device_id,
                                 receiver_key=link.encryption_key, seen=seen)
            answer = await self._client.push(body)
            self._contact()
            self._sent = max(self._sent, int(answer.get("upto", changes.upto)))
            if not changes.more:
                with self._lock:
                    self._pending, self._pending_since = 0, None
            if time.time() - self._saved_at >= SAVE_EVERY_S:
                await self._in_db(save_sent, self.ws, link.peer_device_id, self._sent)
                self._saved_at = time.time()
            if not changes.more:
                return

    async def _pull_loop(self) -> None:
        assert self._stopping is not None
        link = self._link
        assert link is not None
        failures = 0
        caught_up = False
        while not self._stopping.is_set():
            with self._lock:
                self._polling_since = time.time() if caught_up else None
            try:
                data = await self._client.pull(after=self._received, limit=self.limit, wait=self.pull_wait)
                rnd = envelope.open_round(data, receiver=self.own, key=self._keys.encryption,
                                          sender=link.peer_device_id)
            except HubUnreachable:
                caught_up = False
                self._failed(_NO_ANSWER)
                await self._find_hub_again(failures)
                await asyncio.sleep(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                continue
            except HubRefused as exc:
                caught_up = False
                self._failed(_refusal(exc))
                await asyncio.sleep(REFUSED_RETRY_S)
                continue
            except envelope.EnvelopeError:
                caught_up = False
                self._failed(_REFUSED)
                await asyncio.sleep(REFUSED_RETRY_S)
                continue
            failures = 0
            self._contact()
            if rnd.rows:
                try:
                    result = await self._in_db(self._merge, rnd)
                except Exception:  # noqa: BLE001 - a round that does not merge is asked for again later
                    log.exception("a round from the hub did not merge")
                    caught_up = False
                    self._failed(_REFUSED)
                    await asyncio.sleep(REFUSED_RETRY_S)
                    continue
                self.rounds_applied += 1
                tables = changed_tables(result)
                apart, self.apart_changed = self.apart_changed, False
                if tables or apart:
                    self._tell(st.RoundApplied(tables=tables, changed=result.changed,
                                               conflicts=len(result.conflicts), apart=apart))
            self._received = max(self._received, rnd.upto)
            caught_up = not rnd.more
            if caught_up:
                with self._lock:
                    self._caught_up_at = time.time()

    def _merge(self, rnd: envelope.Round):  # noqa: ANN202 - a MergeResult
        link = self._link
        assert link is not None
        sender = Sender(council=self.ws.identity.council_code, device_id=link.peer_device_id, device_number=0)
        result = merge_round(self.ws, rnd, sender=sender, seen=self._seen, durable=False)
        self._seen = newer(self._seen, result.seen)
        if result.changed:
            # What the laptops did apart, looked for in the rows this round wrote (services/apart/watch.py): in a
            # transaction of its own, as the round's was on a bare connection. A power cut between the two loses
            # nothing: the next check reads the change feed from where the last one stopped.
            try:
                self.apart_changed = watch.check_now(self.ws).changed
            except OperationalError:  # the database busy for longer than the wait (a big import): next round
                log.warning("the check for conflicts made apart waits for the next round")
        return result

    def _tell(self, applied: st.RoundApplied) -> None:
        for listener in list(self._listeners):
            try:
                listener(applied)
            except Exception:  # noqa: BLE001 - a screen's refresh must not stop replication
                log.exception("a sync listener failed")

    async def _find_hub_again(self, failures: int) -> None:
        """The hub on this laptop: start it again if it died. Elsewhere: look for it on the LAN (new address)."""
        link = self._link
        assert link is not None
        now = time.time()
        if link.local_hub:
            if now - self._restart_tried < RESTART_HUB_EVERY_S:
                return
            self._restart_tried = now
            loop = asyncio.get_running_loop()
            try:
                from dvc.services.center.hub_control import restart_if_wanted

                await loop.run_in_executor(None, restart_if_wanted, self.ws.path)
            except Exception:  # noqa: BLE001 - tried again later
                log.exception("the hub could not be started again")
            listen = hub_settings.peek(replica_path(self.ws.path)).get(hub_settings.KEY_LISTEN, "")
            if listen:
                host, _, port = listen.rpartition(":")
                await self._move_to(loopback_for(host, int(port)))
            return
        silent = now - (self._last_contact or self._started_at or now)
        if silent < st.OUT_OF_TOUCH_S or now - self._discovered_at < REDISCOVER_EVERY_S:
            return
        self._discovered_at = now
        from dvc.sync import discovery

        found = await asyncio.get_running_loop().run_in_executor(None, discovery.browse, 2.0)
        for hub in found:
            if hub.hub == link.peer_device_id and hub.address:
                await self._move_to(hub.address)
                return

    async def _move_to(self, address: str) -> None:
        link = self._link
        assert link is not None
        if address == link.address:
            return
        await self._in_db(set_address, self.ws, link.peer_device_id, address)
        self._link = hub_link(self.ws) or link
        old, self._client = self._client, self._new_client(address)
        await old.close()
