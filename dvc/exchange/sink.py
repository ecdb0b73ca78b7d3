"""Writing one member of a bundle on a worker thread: deflate, encrypt, hash, write.

SQLite builds the JSON of the next rows while the previous ones are being
compressed and written; both release Python's lock while they work, so a
two-core laptop does the two at once.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import zlib
from typing import BinaryIO

from dvc.exchange.sealing import FrameSealer

COMPRESS_LEVEL = 1  # JSON still shrinks about 6-fold; higher levels cost seconds on 100,000 rows
_DONE = object()


class MemberSink:
    def __init__(self, fh: BinaryIO, sealer: FrameSealer | None) -> None:
        self.digest = hashlib.sha256()
        self._fh = fh
        self._sealer = sealer
        # Sealed members are deflated before encryption: ciphertext does not compress.
        self._deflate = zlib.compressobj(COMPRESS_LEVEL) if sealer is not None else None
        self._queue: queue.Queue = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-writer", daemon=True)
        self._thread.start()

    def put(self, data: bytes) -> None:
        self._raise()
        self._queue.put(data)

    def close(self) -> str:
        """Finish the member; returns the SHA-256 of the stored bytes."""
        self._queue.put(_DONE)
        self._thread.join()
        self._raise()
        return self.digest.hexdigest()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _store(self, data: bytes) -> None:
        self.digest.update(data)
        self._fh.write(data)

    def _run(self) -> None:
        try:
            while (item := self._queue.get()) is not _DONE:
                if self._sealer is None:
                    self._store(item)
                else:
                    for frame in self._sealer.feed(self._deflate.compress(item)):
                        self._store(frame)
            if self._sealer is not None:
                for frame in self._sealer.feed(self._deflate.flush()):
                    self._store(frame)
                self._store(self._sealer.close())
        except BaseException as exc:  # handed to the exporting thread
            self._error = exc
            while self._queue.get() is not _DONE:
                pass
