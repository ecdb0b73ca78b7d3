"""A private CUPS scheduler for the print tests and the print benchmark: a real cupsd on a unix socket.

It runs from its own folder (configuration, spool, logs), so it touches neither the machine's CUPS nor its
printers, and it keeps every job's file (PreserveJobFiles), which is what the tests and the benchmark read:
the bytes a print queue received. Programs reach it through ``env`` (CUPS_SERVER, which libcups, Qt's
print support and the lp/lpadmin commands all honour). Needs cupsd and cups-client (scripts/setup.sh) and
root, as cupsd does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SBIN = os.pathsep.join((os.environ.get("PATH", ""), "/usr/sbin", "/sbin"))

CUPSD_CONF = """\
Listen {socket}
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
MaxJobs 0
PreserveJobFiles Yes
PreserveJobHistory Yes
DirtyCleanInterval 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
"""
FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
FileDevice Yes
Sandboxing Relaxed
"""


def missing() -> str:
    """Why a private cupsd cannot run here ("" when it can)."""
    if not shutil.which("cupsd", path=SBIN) or not shutil.which("lpadmin", path=SBIN):
        return "cupsd and lpadmin are not installed (scripts/setup.sh installs cups-daemon and cups-client)"
    if os.geteuid() != 0:
        return "cupsd needs root"
    return ""


class CupsServer:
    """``with CupsServer() as cups:`` a cupsd of its own folder, removed afterwards."""

    def __init__(self) -> None:
        # A folder of its own under /tmp: the filters run as the lp user and must reach it (pytest's and
        # tempfile's folders are closed to other users), and a unix socket's path must stay short.
        self.root = Path(tempfile.mkdtemp(prefix="dvc-cups-"))
        self.socket = self.root / "cups.sock"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "PATH": SBIN}

    def __enter__(self) -> "CupsServer":
        for sub in ("spool", "cache", "state", "tmp", "log"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=self.socket), encoding="utf-8")
        (self.root / "cups-files.conf").write_text(FILES_CONF.format(root=self.root), encoding="utf-8")
        # Filters and backends run as the lp user: they must reach the folders.
        self.root.chmod(0o755)
        for path in self.root.iterdir():
            path.chmod(0o777 if path.is_dir() else 0o644)
        self.process = subprocess.Popen(
            [shutil.which("cupsd", path=SBIN), "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"cupsd did not start; see {self.root / 'log' / 'error_log'}")
            time.sleep(0.1)
        return self

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(str(self.socket))
            except OSError:
                return False
        return True

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.root, ignore_errors=True)

    def add_queue(self, name: str, *, ppd: str | None = None, device: str = "file:///dev/null") -> None:
        """A print queue; without ``ppd`` a raw one, which hands the job's bytes to the device unchanged."""
        model = ["-P", ppd] if ppd else ["-m", "raw"]
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", device, *model], env=self.env, check=True,
                       capture_output=True)

    def wait_until_done(self, timeout: float = 600) -> float:
        """Seconds until no job is pending or processing."""
        started = time.monotonic()
        while pending := subprocess.run(["lpstat", "-o"], env=self.env, capture_output=True, text=True).stdout.strip():
            if time.monotonic() - started > timeout:
                log = (self.root / "log" / "error_log").read_text(encoding="utf-8", errors="replace")[-3000:]
                raise TimeoutError(f"print jobs still pending after {timeout} s:\n{pending}\n{log}")
            time.sleep(0.05)
        return time.monotonic() - started

    def job_files(self) -> list[Path]:
        """The documents of every job so far (d<job>-<n>), oldest first."""
        return sorted((self.root / "spool").glob("d*-*"))

    def job_controls(self) -> list[Path]:
        """Each job's control file (c<job>): its IPP attributes, such as copies and page-ranges."""
        return sorted((self.root / "spool").glob("c*"))
