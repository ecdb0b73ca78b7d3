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

What the status light shows is kept in link_state.py (the loops here only
report to it); the light goes red after out_of_touch_s without an answer
(30 s, or DVC_OUT_OF_TOUCH_S; a constructor argument for the tests).

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
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from dvc.services.apart import prevent, watch
from dvc.services.center import hub_settings, status as st
from dvc.services.center.addresses import loopback_for
from dvc.services.center.failures import NO_ANSWER as _NO_ANSWER, REFUSED as _REFUSED, refusal as _refusal
from dvc.services.center.link_state import LinkState
from dvc.services.center.links import LinkInfo, device_hex, hub_link, own_keys_and_identity, set_address
from dvc.services.center.replica import replica_path
from dvc.services.center.rounds import changed_tables, merge_round, newer, read_round, save_sent
from dvc.services.core.workspace import Workspace
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
ASK_TIMEOUT_S = 1.0  # the longest a confirmation or a loan waits for the hub's word (services/apart/prevent.py)

Listener = Callable[[st.RoundApplied], None]

class Replicator:
    def __init__(self, ws: Workspace, *, pull_wait: float = PULL_WAIT_S, limit: int = LIMIT,
                 out_of_touch_s: float | None = None) -> None:
        self.ws = ws
        self.pull_wait, self.limit = pull_wait, limit
        self.own = device_hex(ws)
        self._listeners: list[Listener] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._push_wanted: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._started = threading.Event()
        self._link: LinkInfo | None = None
        self.out_of_touch_s = st.out_of_touch_seconds() if out_of_touch_s is None else out_of_touch_s
        self.state = LinkState(pull_wait=pull_wait, out_of_touch_s=self.out_of_touch_s)  # what the light shows
        self.rounds_applied = 0
        self.apart_changed = False  # set by the round's check on the db thread, told with the round
        self._saved_at = 0.0  # when sent_upto was last written
        self._restart_failed = 0.0  # when starting the hub on this laptop again last started nothing
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
        self.state.started()
        self._thread = threading.Thread(target=self._run, name="dvc-sync", daemon=True)
        self._thread.start()
        self._started.wait(10)
        event.listen(Session, "after_commit", self._after_commit)
        prevent.install(self.ws, self.ask_hub)
        return True

    def stop(self, timeout: float = 10.0) -> None:
        prevent.remove(self.ws, self.ask_hub)
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
        return self.state.status(self._link or hub_link(self.ws), running=self.running)

    def in_step(self) -> bool:
        """Nothing waiting either way at this moment (asked without waiting: a screen's progress, wait_in_step)."""
        return self.status().state == st.IN_STEP and self.state.idle()

    def wait_in_step(self, timeout: float) -> bool:
        """Wait until nothing is waiting either way (for `dvc sync now` and the tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.in_step():
                return True
            time.sleep(0.05)
        return False

    def ask_hub(self, action: str, payload: dict) -> dict | None:
        """The hub's answer to a desk's "may I?" (services/apart/prevent.py), or None at once when this laptop is
        not in step, and None after ASK_TIMEOUT_S without an answer: the caller then goes on with its own rules."""
        loop, client = self._loop, getattr(self, "_client", None)
        if loop is None or client is None or self.status().state != st.IN_STEP:
            return None
        try:
            future = asyncio.run_coroutine_threadsafe(client.check(action, payload, timeout=ASK_TIMEOUT_S), loop)
        except RuntimeError:  # the loop closed in between
            return None
        try:
            return future.result(ASK_TIMEOUT_S + 0.2)
        except (FutureTimeout, HubUnreachable, HubRefused):
            future.cancel()
            return None

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
                self.state.failed(_NO_ANSWER)
                await asyncio.sleep(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                self._push_wanted.set()
            except HubRefused as exc:
                self.state.failed(_refusal(exc))
                await asyncio.sleep(REFUSED_RETRY_S)
                self._push_wanted.set()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - never end the loop: log, show it, try again
                log.exception("a push round failed")
                self.state.failed(_REFUSED)
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
                self.state.pushed()
                return
            self.state.pushing(changes.rows)
            seen = dict(self._seen)
            seen[self.own] = str(self.ws.db.clock.now())  # a desk knows all its own changes
            body = envelope.seal(changes, sender=self.own, receiver=link.peer_device_id,
                                 receiver_key=link.encryption_key, seen=seen)
            answer = await self._client.push(body)
            self.state.contact()
            self._sent = max(self._sent, int(answer.get("upto", changes.upto)))
            if not changes.more:
                self.state.pushed()
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
            self.state.polling(caught_up)
            try:
                data = await self._client.pull(after=self._received, limit=self.limit, wait=self.pull_wait)
                rnd = envelope.open_round(data, receiver=self.own, key=self._keys.encryption,
                                          sender=link.peer_device_id)
            except HubUnreachable:
                caught_up = False
                self.state.failed(_NO_ANSWER)
                if await self._find_hub_again():
                    failures = 0  # the hub was just started again: ask it at once, no pause
                    continue
                await asyncio.sleep(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
                continue
            except HubRefused as exc:
                caught_up = False
                self.state.failed(_refusal(exc))
                await asyncio.sleep(REFUSED_RETRY_S)
                continue
            except envelope.EnvelopeError:
                caught_up = False
                self.state.failed(_REFUSED)
                await asyncio.sleep(REFUSED_RETRY_S)
                continue
            failures = 0
            self.state.contact()
            if rnd.rows:
                try:
                    result = await self._in_db(self._merge, rnd)
                except Exception:  # noqa: BLE001 - a round that does not merge is asked for again later
                    log.exception("a round from the hub did not merge")
                    caught_up = False
                    self.state.failed(_REFUSED)
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
                self.state.caught_up()

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

    async def _find_hub_again(self) -> bool:
        """The hub on this laptop: start it again if it died. Elsewhere: look for it on the LAN (new address).

        True when the hub on this laptop was just started again. Only an attempt that started nothing (the hub
        would not start, or was still there) waits RESTART_HUB_EVERY_S before the next: a hub killed again soon
        after a good restart is started again at once, not up to 5 s later (each kill of the hub-failure test
        cost that much, on top of the start itself)."""
        link = self._link
        assert link is not None
        now = time.time()
        if link.local_hub:
            if now - self._restart_failed < RESTART_HUB_EVERY_S:
                return False
            loop = asyncio.get_running_loop()
            started = False
            try:
                from dvc.services.center.hub_control import restart_if_wanted

                started = await loop.run_in_executor(None, restart_if_wanted, self.ws.path)
            except Exception:  # noqa: BLE001 - tried again later
                log.exception("the hub could not be started again")
            if not started:
                self._restart_failed = time.time()
            listen = hub_settings.peek(replica_path(self.ws.path)).get(hub_settings.KEY_LISTEN, "")
            if listen:
                host, _, port = listen.rpartition(":")
                await self._move_to(loopback_for(host, int(port)))
            return started
        if self.state.silent_for(now) < self.out_of_touch_s or now - self._discovered_at < REDISCOVER_EVERY_S:
            return False
        self._discovered_at = now
        from dvc.sync import discovery

        found = await asyncio.get_running_loop().run_in_executor(None, discovery.browse, 2.0)
        for hub in found:
            if hub.hub == link.peer_device_id and hub.address:
                await self._move_to(hub.address)
                return False
        return False

    async def _move_to(self, address: str) -> None:
        link = self._link
        assert link is not None
        if address == link.address:
            return
        await self._in_db(set_address, self.ws, link.peer_device_id, address)
        self._link = hub_link(self.ws) or link
        old, self._client = self._client, self._new_client(address)
        await old.close()
