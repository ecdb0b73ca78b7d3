"""A desk's (or a command's) side of the hub's HTTP API (dvc/sync/server.py), with aiohttp's client.

Every signed request's answer must carry the hub's signature for that
request, else it is treated as no answer at all: a desk only forgets a change
from its queue on the hub's own word.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvc.exchange.fields import b64, unb64
from dvc.sync import auth
from dvc.sync.server import H_ADMIN

CONNECT_TIMEOUT_S = 3.0
REQUEST_TIMEOUT_S = 60.0


class HubUnreachable(Exception):
    """No answer from the hub (not running, wrong address, the network, a forged answer)."""


class HubRefused(Exception):
    """The hub answered no; ``reason`` is its word for why, ``detail`` what it added."""

    def __init__(self, reason: str, status: int, detail: dict) -> None:
        super().__init__(reason)
        self.reason, self.status, self.detail = reason, status, detail


class HubClient:
    def __init__(self, address: str, *, device_id: str = "", key: Ed25519PrivateKey | None = None,
                 hub_key: str = "") -> None:
        self.base = f"http://{address}"
        self.device_id, self._key, self._hub_key = device_id, key, hub_key
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "HubClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            # A laptop behind its own proxy settings must still reach the hub on the LAN directly.
            self._session = aiohttp.ClientSession(trust_env=False, connector=aiohttp.TCPConnector(limit=4))
        return self._session

    async def _call(self, method: str, path: str, body: bytes = b"", *, signed: bool, timeout: float,
                    headers: dict[str, str] | None = None) -> bytes:
        headers = dict(headers or {})
        nonce = ""
        if signed:
            assert self._key is not None and self.device_id
            signed_headers = auth.sign_request(self._key, self.device_id, method, path, body)
            nonce = signed_headers[auth.H_NONCE]
            headers.update(signed_headers)
        limits = aiohttp.ClientTimeout(total=timeout, sock_connect=CONNECT_TIMEOUT_S)
        try:
            async with self._http().request(method, self.base + path, data=body or None, headers=headers,
                                            timeout=limits) as response:
                data = await response.read()
                status = response.status
                signature = response.headers.get(auth.H_SIGNATURE)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            raise HubUnreachable(type(exc).__name__) from None
        if signed and status != 401 and not auth.response_ok(self._hub_key, nonce, status, data, signature):
            raise HubUnreachable("answer not signed by the hub")
        if status >= 400:
            try:
                detail = orjson.loads(data)
            except orjson.JSONDecodeError:
                detail = {}
            detail = detail if isinstance(detail, dict) else {}
            raise HubRefused(str(detail.get("error", "refused")), status, detail)
        return data

    async def _json(self, method: str, path: str, body: bytes = b"", **kw: Any) -> dict:
        data = await self._call(method, path, body, **kw)
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise HubUnreachable("not a hub's answer") from None
        if not isinstance(value, dict):
            raise HubUnreachable("not a hub's answer")
        return value

    async def hello(self, timeout: float = 5.0) -> dict:
        return await self._json("GET", "/v1/hello", signed=False, timeout=timeout)

    async def join_start(self, message: bytes) -> tuple[str, bytes]:
        doc = await self._json("POST", "/v1/join/start", orjson.dumps({"message": b64(message)}), signed=False,
                               timeout=20.0)
        try:
            return str(doc["session"]), unb64(doc["message"])
        except (KeyError, ValueError):
            raise HubUnreachable("not a hub's answer") from None

    async def join_finish(self, session: str, confirmation: bytes, sealed: str) -> tuple[bytes, str]:
        doc = await self._json("POST", "/v1/join/finish", orjson.dumps(
            {"session": session, "confirmation": b64(confirmation), "sealed": sealed}), signed=False, timeout=20.0)
        try:
            return unb64(doc["confirmation"]), str(doc["sealed"])
        except (KeyError, ValueError):
            raise HubUnreachable("not a hub's answer") from None

    async def push(self, body: bytes) -> dict:
        return await self._json("POST", "/v1/push", body, signed=True, timeout=REQUEST_TIMEOUT_S,
                                headers={"Content-Type": "application/octet-stream"})

    async def pull(self, *, after: int, limit: int, wait: float) -> bytes:
        body = orjson.dumps({"after": after, "limit": limit, "wait": wait})
        return await self._call("POST", "/v1/pull", body, signed=True, timeout=wait + REQUEST_TIMEOUT_S)

    async def status(self, timeout: float = 5.0) -> dict:
        return await self._json("GET", "/v1/status", signed=True, timeout=timeout)

    async def admin(self, method: str, path: str, token: str, timeout: float = 5.0) -> dict:
        return await self._json(method, path, signed=False, timeout=timeout, headers={H_ADMIN: token})
