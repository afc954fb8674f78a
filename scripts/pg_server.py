"""A throwaway PostgreSQL server for the checks: every PostgreSQL check starts one with
`throwaway_server()` and it is stopped and deleted when the `with` block ends, also on failure.

    with throwaway_server() as server:
        psycopg2.connect(**server.connect_args("postgres"))

The cluster lives in a temporary directory and listens only on a Unix socket there (no TCP port),
with durability switched off (fsync, synchronous commit): it holds nothing worth keeping, and that
makes creating a database per example fast. initdb refuses to run as root, so as root the server
runs as the unprivileged `postgres` OS user (Debian's package creates it).

Without PostgreSQL (no /usr/lib/postgresql/*/bin/initdb, or no psycopg2) a check skips itself in
one line, unless REQUIRE_POSTGRES=1 (set by .ci/run): `unavailable()` says why, `skip()` does it.
"""

import contextlib
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

SUPERUSER = "postgres"
OS_USER = "postgres"  # who runs the server when the checks run as root


def bin_dir():
    """The bin directory of the newest PostgreSQL installed the Debian way, or None."""
    found = [path for path in glob.glob("/usr/lib/postgresql/*/bin") if os.path.exists(os.path.join(path, "initdb"))]
    return max(found, key=lambda path: int(path.split("/")[-2])) if found else None


def unavailable():
    """Why no throwaway server can be started here, or None when it can."""
    if bin_dir() is None:
        return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; on Debian: apt-get install postgresql python3-psycopg2)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed for this Python (on Debian: apt-get install python3-psycopg2)"
    return None


def skip(check, reason):
    """Says in one line that `check` is skipped; the exit status: 0, or 1 under REQUIRE_POSTGRES=1."""
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        print(f"✗ {check}: {reason}, and REQUIRE_POSTGRES=1 requires it", file=sys.stderr)
        return 1
    print(f"{check}: skipped: {reason}")
    return 0


class Server:
    def __init__(self, socket_dir, version):
        self.socket_dir = socket_dir
        self.version = version  # "15.14", from the server itself

    def connect_args(self, dbname):
        """psycopg2.connect() keyword arguments for one of the server's databases."""
        return {"host": self.socket_dir, "user": SUPERUSER, "dbname": dbname}


def _run(command, as_user):
    if as_user:
        command = ["runuser", "-u", OS_USER, "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@contextlib.contextmanager
def throwaway_server():
    """Starts a new cluster in a temporary directory; stops and deletes it when the block ends."""
    import psycopg2

    binaries = bin_dir()
    as_user = os.geteuid() == 0
    base = tempfile.mkdtemp(prefix="handbook-pg.")
    data = os.path.join(base, "data")
    log = os.path.join(base, "log")
    # Nothing here is worth keeping: no fsync, no autovacuum (which would make the physical row
    # order, what a query without ORDER BY returns, depend on timing).
    options = (
        f"-k {base} -c listen_addresses='' -c timezone=UTC -c fsync=off -c synchronous_commit=off"
        " -c full_page_writes=off -c autovacuum=off"
    )
    pg_ctl = [os.path.join(binaries, "pg_ctl"), "-D", data]
    started = False
    try:
        if as_user:
            shutil.chown(base, user=OS_USER)
        try:
            _run([os.path.join(binaries, "initdb"), "-D", data, "-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8"], as_user)
            _run([*pg_ctl, "-o", options, "-l", log, "-w", "start"], as_user)
        except subprocess.CalledProcessError as error:
            details = open(log, encoding="utf-8").read() if os.path.exists(log) else error.stderr.decode()
            raise RuntimeError(f"could not start PostgreSQL ({' '.join(error.cmd)}):\n{details}") from None
        started = True
        connection = psycopg2.connect(host=base, user=SUPERUSER, dbname="postgres")
        version = connection.server_version  # 150018 for 15.18
        connection.close()
        yield Server(base, f"{version // 10000}.{version % 10000}")
    finally:
        if started:
            _run([*pg_ctl, "-m", "immediate", "stop"], as_user)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":  # a smoke test: start a server, print its version, stop it
    reason = unavailable()
    if reason:
        sys.exit(skip("pg_server", reason))
    started = time.monotonic()
    with throwaway_server() as server:
        print(f"PostgreSQL {server.version} at {server.socket_dir}, up in {time.monotonic() - started:.2f} s")
