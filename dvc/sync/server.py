"""The hub's HTTP server (aiohttp): pairing, rounds pushed and pulled, status, and a local stop.

aiohttp because it is one well-kept library for both ends (server here,
client in dvc/sync/client.py), ships wheels for Windows and Linux, embeds in
a process of our own (AppRunner + TCPSite) and shuts down cleanly; its
asyncio server holds a desk's pull open until something changes (a long poll)
without a thread per desk. The database work runs in worker threads: one
writer (the merges, in order) and two readers, so a desk's pull never waits
behind another desk's push.

Routes (JSON unless said):
    GET  /v1/hello            public: the council and the laptop numbers in use
    POST /v1/join/start       pairing, step 1 (SPAKE2 message)
    POST /v1/join/finish      pairing, step 2 (confirmation, sealed identity)
    POST /v1/push             signed; body: a round (dvc/sync/envelope.py) -> {"upto": N, ...}
    POST /v1/pull             signed; {"after": N, "limit": L, "wait": s} -> a round, held up to ``wait`` s
    GET  /v1/status           signed, or the admin token from this laptop
    POST /v1/admin/stop       the admin token from this laptop
    POST /v1/admin/code       the admin token from this laptop: a new join code
Every answer to a signed request is signed by the hub for that request's nonce.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

import orjson
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvc.exchange.fields import FieldError, b64, unb64
from dvc.sync import auth

MAX_BODY = 256 << 20
MAX_WAIT_S = 5.0
MAX_LIMIT = 20_000
# A waiting pull woken by a desk's round waits this much longer for more: at the morning rush a desk then merges
# a few rounds a second instead of one per check-in elsewhere, and holds its write lock less often.
GATHER_S = 0.1
H_ADMIN = "X-DVC-Admin"


class Refused(Exception):
    """A request the hub turns down; ``reason`` is a word the desk turns into a message, ``detail`` JSON."""

    def __init__(self, reason: str, status: int = 403, **detail: Any) -> None:
        super().__init__(reason)
        self.reason, self.status, self.detail = reason, status, detail


class Backend(Protocol):
    signing_key: Ed25519PrivateKey

    def hello(self) -> dict: ...
    def join_start(self, desk_message: bytes) -> tuple[str, bytes]: ...
    def join_finish(self, session: str, confirmation: bytes, sealed: str) -> tuple[bytes, str]: ...
    def key_of(self, device_id: str) -> str | None: ...
    def push(self, device_id: str, body: bytes) -> dict: ...
    def pull(self, device_id: str, after: int, limit: int) -> tuple[bytes, int, int]: ...
    def status(self) -> dict: ...
    def new_code(self) -> str: ...


class HubServer:
    def __init__(self, backend: Backend, *, admin_token: str) -> None:
        self.backend = backend
        self._admin_token = admin_token
        self._verifier = auth.RequestVerifier(backend.key_of)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-write")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hub-read")
        self._changed: asyncio.Condition | None = None
        self._generation = 0
        self._stop: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY)
        app.add_routes([
            web.get("/v1/hello", self._hello),
            web.post("/v1/join/start", self._join_start),
            web.post("/v1/join/finish", self._join_finish),
            web.post("/v1/push", self._push),
            web.post("/v1/pull", self._pull),
            web.get("/v1/status", self._status),
            web.post("/v1/admin/stop", self._admin_stop),
            web.post("/v1/admin/code", self._admin_code),
        ])
        return app

    async def start(self, host: str, port: int) -> int:
        """Listen on host:port (0: any free port); returns the port."""
        self._changed = asyncio.Condition()
        self._stop = asyncio.Event()
        self._runner = web.AppRunner(self.app(), handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, shutdown_timeout=2.0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self.port

    async def wait_stopped(self) -> None:
        assert self._stop is not None
        await self._stop.wait()

    def request_stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    async def close(self) -> None:
        if self._changed is not None:
            async with self._changed:
                self._generation += 1
                self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)

    async def _run(self, pool: ThreadPoolExecutor, call, *args):  # noqa: ANN001, ANN202
        return await asyncio.get_running_loop().run_in_executor(pool, call, *args)

    # Answers.

    @staticmethod
    def _json(data: dict, status: int = 200) -> web.Response:
        return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")

    def _signed(self, request: web.Request, body: bytes, status: int = 200,
                content_type: str = "application/json") -> web.Response:
        nonce = request.headers.get(auth.H_NONCE, "")
        signature = auth.sign_response(self.backend.signing_key, nonce, status, body)
        return web.Response(body=body, status=status, content_type=content_type,
                            headers={auth.H_SIGNATURE: signature})

    def _refused(self, request: web.Request, refused: Refused, *, signed: bool) -> web.Response:
        body = orjson.dumps({"error": refused.reason, **refused.detail})
        if signed:
            return self._signed(request, body, refused.status)
        return web.Response(body=body, status=refused.status, content_type="application/json")

    async def _authenticated(self, request: web.Request) -> tuple[str, bytes]:
        body = await request.read()
        try:
            return self._verifier.verify(request.method, request.path, request.headers, body), body
        except auth.AuthError as exc:
            raise Refused(exc.reason, 401) from None

    def _is_admin(self, request: web.Request) -> bool:
        token = request.headers.get(H_ADMIN, "")
        try:
            local = ipaddress.ip_address(request.remote or "").is_loopback
        except ValueError:
            local = False
        return local and bool(token) and hmac.compare_digest(token, self._admin_token)

    # Routes.

    async def _hello(self, request: web.Request) -> web.Response:
        return self._json(self.backend.hello())

    async def _join_start(self, request: web.Request) -> web.Response:
        try:
            doc = orjson.loads(await request.read())
            message = unb64(doc["message"])
        except (orjson.JSONDecodeError, KeyError, TypeError, FieldError):
            return self._refused(request, Refused("malformed", 400), signed=False)
        try:
            session, answer = await self._run(self._writer, self.backend.join_start, message)
        except Refused as refused:
            return self._refused(request, refused, signed=False)
        return self._json({"session": session, "message": b64(answer)})

    async def _join_finish(self, request: web.Request) -> web.Response:
        try:
            doc = orjson.loads(await request.read())
            session, confirmation, sealed = str(doc["session"]), unb64(doc["confirmation"]), str(doc["sealed"])
        except (orjson.JSONDecodeError, KeyError, TypeError, FieldError):
            return self._refused(request, Refused("malformed", 400), signed=False)
        try:
            answer, sealed_back = await self._run(self._writer, self.backend.join_finish, session, confirmation,
                                                  sealed)
        except Refused as refused:
            return self._refused(request, refused, signed=False)
        return self._json({"confirmation": b64(answer), "sealed": sealed_back})

    async def _push(self, request: web.Request) -> web.Response:
        try:
            device, body = await self._authenticated(request)
            result = await self._run(self._writer, self.backend.push, device, body)
        except Refused as refused:
            return self._refused(request, refused, signed=refused.status != 401)
        if result.get("rows"):
            assert self._changed is not None
            async with self._changed:
                self._generation += 1
                self._changed.notify_all()
        return self._signed(request, orjson.dumps(result))

    async def _pull(self, request: web.Request) -> web.Response:
        try:
            device, body = await self._authenticated(request)
            try:
                doc = orjson.loads(body)
                after, limit, wait = int(doc["after"]), int(doc["limit"]), float(doc["wait"])
            except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                raise Refused("malformed", 400) from None
            limit = max(1, min(limit, MAX_LIMIT))
            loop = asyncio.get_running_loop()
            deadline = loop.time() + max(0.0, min(wait, MAX_WAIT_S))
            assert self._changed is not None and self._stop is not None
            while True:
                generation = self._generation
                out, rows, upto = await self._run(self._readers, self.backend.pull, device, after, limit)
                left = deadline - loop.time()
                if rows or left <= 0 or self._stop.is_set():
                    break
                after = upto  # only this desk's own changes were new: wait on from there
                async with self._changed:
                    if self._generation == generation:
                        try:
                            await asyncio.wait_for(self._changed.wait(), left)
                        except asyncio.TimeoutError:
                            continue
                await asyncio.sleep(min(GATHER_S, max(0.0, deadline - loop.time())))
        except Refused as refused:
            return self._refused(request, refused, signed=refused.status != 401)
        return self._signed(request, out, content_type="application/octet-stream")

    async def _status(self, request: web.Request) -> web.Response:
        if self._is_admin(request):
            return self._json(await self._run(self._readers, self.backend.status))
        try:
            await self._authenticated(request)
        except Refused as refused:
            return self._refused(request, refused, signed=False)
        return self._signed(request, orjson.dumps(await self._run(self._readers, self.backend.status)))

    async def _admin_stop(self, request: web.Request) -> web.Response:
        if not self._is_admin(request):
            return self._refused(request, Refused("not_admin", 403), signed=False)
        self.request_stop()
        return self._json({"stopping": True})

    async def _admin_code(self, request: web.Request) -> web.Response:
        if not self._is_admin(request):
            return self._refused(request, Refused("not_admin", 403), signed=False)
        return self._json({"join_code": await self._run(self._writer, self.backend.new_code)})
