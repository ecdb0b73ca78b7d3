"""The zip around a bundle: read with caps (an untrusted USB stick), written atomically.

Nothing is ever extracted to disk; members are streamed from the zip. Still,
names that could escape a folder are refused, as are duplicate names (which
zip allows and readers resolve differently) and sizes or compression ratios
that only a zip bomb has.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from dvc.exchange import refusals
from dvc.exchange.manifest import MANIFEST_NAME, SIGNATURE_NAME

MAX_FILE_BYTES = 4 << 30
MAX_MEMBERS = 200
MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_MEMBER_BYTES = 2 << 30
MAX_TOTAL_BYTES = 8 << 30
MAX_RATIO = 100  # NDJSON deflates about 5-10 times; only a bomb needs more
RATIO_FLOOR = 1 << 20  # below this, ratios say nothing
CHUNK = 1 << 20
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$")


def safe_name(name: str) -> bool:
    return len(name) <= 200 and bool(_SAFE_NAME.match(name)) and ".." not in name.split("/")


class BundleReader:
    """An opened, shape-checked bundle; members are read as streams of their stored bytes."""

    def __init__(self, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise refusals.not_a_bundle(exc.strerror or "") from None
        if size == 0:
            raise refusals.empty_file()
        if size > MAX_FILE_BYTES:
            raise refusals.too_large(path.name)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise refusals.not_a_bundle("zip") from None
        try:
            self._check_entries()
            self.manifest_bytes = self._read_small(MANIFEST_NAME, MAX_MANIFEST_BYTES)
            self.signature_bytes = self._read_small(SIGNATURE_NAME, MAX_SIGNATURE_BYTES)
        except BaseException:
            self._zip.close()
            raise

    def _check_entries(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise refusals.too_large(f"{len(infos)} files")
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if not safe_name(name) or info.is_dir():
                raise refusals.unsafe_member(name)
            if name in seen:
                raise refusals.duplicate_member(name)
            seen.add(name)
            if info.flag_bits & 0x1:
                raise refusals.not_a_bundle("zip encryption")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise refusals.not_a_bundle("compression")
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise refusals.too_large(name)
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise refusals.too_large(name)
        self.names = seen

    def _read_small(self, name: str, limit: int) -> bytes | None:
        if name not in self.names:
            return None
        info = self._zip.getinfo(name)
        if info.file_size > limit:
            raise refusals.too_large(name)
        return b"".join(self.stream(name, limit=limit))

    def stream(self, name: str, *, limit: int = MAX_MEMBER_BYTES, sha256: hashlib._Hash | None = None) -> Iterator[bytes]:
        """The member's bytes in chunks; feeds ``sha256`` if given. Never more than the declared size."""
        declared = self._zip.getinfo(name).file_size
        read = 0
        try:
            with self._zip.open(name) as fh:
                while True:
                    chunk = fh.read(CHUNK)
                    if not chunk:
                        break
                    read += len(chunk)
                    if read > declared or read > limit:
                        raise refusals.too_large(name)
                    if sha256 is not None:
                        sha256.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError, zlib.error):
            raise refusals.not_a_bundle(name) from None

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "BundleReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BundleWriter:
    """Writes the zip beside the target and moves it into place only when complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self._tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
        self._zip = zipfile.ZipFile(self._tmp, "w", allowZip64=True)

    def open_member(self, name: str, *, compress: bool):  # noqa: ANN201 - a zipfile stream
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        # zipfile reads the level from here (3.11, 3.12; 3.13 keeps the old name as an alias). Level 1: JSON still
        # shrinks about 6-fold and 100,000 rows take a second rather than several.
        info._compresslevel = 1  # noqa: SLF001
        info.external_attr = 0o644 << 16
        return self._zip.open(info, "w", force_zip64=True)

    def write_small(self, name: str, data: bytes) -> None:
        with self.open_member(name, compress=True) as fh:
            fh.write(data)

    def commit(self) -> None:
        self._zip.close()
        os.replace(self._tmp, self.target)

    def abort(self) -> None:
        self._zip.close()
        self._tmp.unlink(missing_ok=True)
