"""A private, throw-away PostgreSQL cluster for the soak: never the machine's shared one.

initdb into a temporary folder owned by the `postgres` system user (initdb refuses root), trust
authentication, listening on 127.0.0.1 only, on a free port, its Unix socket in the same folder.
`restart()` is `pg_ctl restart -m fast` (what the soak does to it once); `destroy()` stops it and removes
the folder.
"""

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb)")
    return Path(found[-1]).parent


class PrivateCluster:
    def __init__(self, port: int, database: str = "concertons_soak"):
        self.port = port
        self.database = database
        self.bindir = _bindir()
        self.version = self.bindir.parent.name
        self.dir = Path(tempfile.mkdtemp(prefix="concertons-soak-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self.started = False
        user = pwd.getpwnam("postgres")
        os.chown(self.dir, user.pw_uid, user.pw_gid)
        os.chmod(self.dir, 0o700)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.database}"

    def _as_postgres(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess:
        command = ["runuser", "-u", "postgres", "--", *argv]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        return done

    def _options(self) -> str:
        return f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"

    def create(self) -> None:
        self._as_postgres(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", "postgres",
            "-A", "trust",
            "-E", "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )  # fmt: skip
        self.start()
        self._as_postgres(
            str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", self.database
        )  # fmt: skip

    def start(self) -> None:
        self._as_postgres(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", self._options(),
            "-w", "-t", "60", "start",
        )  # fmt: skip
        self.started = True

    def restart(self) -> float:
        """`pg_ctl restart -m fast`: sessions are terminated, then the server starts again. Returns seconds."""
        began = time.monotonic()
        self._as_postgres(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", self._options(),
            "-m", "fast", "-w", "-t", "60", "restart",
        )  # fmt: skip
        return time.monotonic() - began

    def destroy(self) -> None:
        """Stop the server (fast, then immediate) and remove its folder. Safe to call more than once."""
        pid_file = self.data / "postmaster.pid"
        if self.started and pid_file.exists():
            for mode in ("fast", "immediate"):
                try:
                    self._as_postgres(
                        str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop",
                        timeout=60,
                    )  # fmt: skip
                    break
                except (RuntimeError, subprocess.TimeoutExpired):
                    continue
            else:  # pg_ctl could not stop it: kill the postmaster this cluster started (its own pid file)
                with contextlib.suppress(OSError, ValueError, IndexError):
                    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
        self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)
