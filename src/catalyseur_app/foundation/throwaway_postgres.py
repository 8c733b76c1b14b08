"""A throwaway PostgreSQL cluster in a temporary folder, for tests and benchmarks.

It uses the machine's own server programs (``initdb``, ``pg_ctl``: PATH, then
/usr/lib/postgresql/<version>/bin, newest first). The server refuses to run as root, so when this
process is root the folder is given to the ``postgres`` system user and the programs run through
``runuser``. The server listens only on a unix socket inside the folder (no TCP port to collide
with), requires a password (so a wrong login can be tested), and is stopped and deleted on exit.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl", path=str(Path(found).parent)):
        return Path(found).parent
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*/bin") if (p / "initdb").exists()),
                      key=lambda p: _version_key(p.parent.name), reverse=True) if root.is_dir() else []
    return versions[0] if versions else None


def _version_key(name: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in name.split("."))


@dataclass
class Cluster:
    folder: Path
    password: str
    pg_ctl: list[str]  # the pg_ctl command line up to its action, as the server's user

    def stop(self) -> None:
        """Stop the server now (a test of a server going down); ``start`` brings it back."""
        _run(self.pg_ctl + ["-m", "immediate", "-w", "stop"])

    def start(self) -> None:
        _run(self.pg_ctl + ["-w", "-t", "60", "start"])

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{user}:{secret}@/{database}?host={self.socket_dir}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, password=self.password,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_server_user() -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []


@contextlib.contextmanager
def throwaway_cluster(*, durable: bool = False) -> Iterator[Cluster]:
    """Start a cluster, yield it, stop it and delete its folder.

    ``durable=False`` turns fsync off (tests: nothing needs to survive a power cut); benchmarks
    pass ``durable=True`` to compare with SQLite's ``synchronous=FULL`` on equal terms.
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server programs (initdb, pg_ctl) not found")
    # Not under pytest's tmp_path: /tmp/pytest-of-root is private to root, and the server user
    # must reach its folder. The socket path must also stay under ~100 characters.
    folder = Path(tempfile.mkdtemp(prefix="catalyseur-pg-"))
    password = secrets.token_hex(12)
    data = folder / "data"
    prefix = _as_server_user()
    started = False
    try:
        (folder / "pwfile").write_text(password + "\n")
        if prefix:
            shutil.chown(folder, user=SUPERUSER, group=SUPERUSER)
            shutil.chown(folder / "pwfile", user=SUPERUSER, group=SUPERUSER)
        _run(prefix + [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "scram-sha-256",
                       "--pwfile", str(folder / "pwfile"), "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"])
        options = f"-k {folder} -c listen_addresses='' -c max_connections=40"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        cluster = Cluster(folder, password, prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                                                       "-l", str(folder / "server.log")])
        cluster.start()
        started = True
        yield cluster
    finally:
        if started:
            subprocess.run(prefix + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[command.index('--') + 1] if '--' in command else command[0]).name} "
                           f"failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
