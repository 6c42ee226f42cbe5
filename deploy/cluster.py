"""`make cluster`: the production topology on this machine, with real components.

PostgreSQL and Redis (throwaway, under var/cluster/), two portal nodes under gunicorn with production settings (each
with its own Whoosh index), the action server, two Rasa servers sharing a tracker store in PostgreSQL and a lock
store in Redis, and HAProxy on PORTAL_PORT in front of the portal nodes. Each process writes its PID to
var/cluster/<name>.pid and its output to var/cluster/logs/<name>.log. A process that ends is started again after
RESTART_SECONDS, as systemd does in a deployment (deploy/systemd/), unless var/cluster/<name>.hold exists: the fault
tests keep a part down that way. Ctrl-C (or SIGTERM) stops everything.

Missing Debian packages (postgresql, redis-server, haproxy) are installed first. Run as root, PostgreSQL runs as
the `postgres` user (it refuses root). Ports and the directory come from the environment (see Ports)."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOT_DIR = ROOT / "steunpunt_bot"
PYTHON = Path(sys.executable)
# Debian installs each PostgreSQL version's programs here, not on the PATH.
PG_LIB = Path("/usr/lib/postgresql")
# Stopped in this order: the balancer first (no new requests), the databases last.
STOP_ORDER = ["balancer", "portal-1", "portal-2", "rasa-1", "rasa-2", "actions-1", "redis", "postgres"]
RESTART_SECONDS = 2


@dataclass
class Ports:
    balancer: int
    portal: tuple[int, int]
    rasa: tuple[int, int]
    actions: int
    redis: int
    postgres: int

    @classmethod
    def from_environment(cls, env=os.environ):
        portal, rasa = int(env.get("PORTAL_PORT", "8000")), int(env.get("RASA_PORT", "5005"))
        return cls(
            balancer=portal,
            portal=(int(env.get("PORTAL_NODE_PORT_1", portal + 1)), int(env.get("PORTAL_NODE_PORT_2", portal + 2))),
            rasa=(rasa, int(env.get("RASA_PORT_2", rasa + 1))),
            actions=int(env.get("ACTIONS_PORT", "5055")),
            redis=int(env.get("REDIS_PORT", "6380")),
            postgres=int(env.get("POSTGRES_PORT", "5433")),
        )

    def all(self):
        return [self.balancer, *self.portal, *self.rasa, self.actions, self.redis, self.postgres]


def pg_bin(program: str) -> str:
    """A PostgreSQL program of the newest version installed."""
    found = sorted(PG_LIB.glob(f"*/bin/{program}"), key=lambda p: int(p.parent.parent.name))
    if not found:
        raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
    return str(found[-1])


def install_missing_debian_packages():
    missing = [package for package, installed in (("postgresql", lambda: any(PG_LIB.glob("*/bin/initdb"))),
                                                  ("redis-server", lambda: shutil.which("redis-server")),
                                                  ("haproxy", lambda: shutil.which("haproxy")))
               if not installed()]
    if not missing:
        return
    if os.geteuid() != 0:
        raise SystemExit(f"Missing Debian packages: {' '.join(missing)}. Install them: "
                         f"sudo apt-get install {' '.join(missing)}")
    print(f"Installing {' '.join(missing)} from Debian …", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env, stdout=subprocess.DEVNULL)


class Cluster:
    def __init__(self, directory: Path, ports: Ports):
        self.dir, self.ports = directory, ports
        self.logs = directory / "logs"
        self.processes: dict[str, subprocess.Popen] = {}
        self.launches: dict[str, dict] = {}  # how each was started, to start it again
        self.stopping = False
        self.lock = threading.Lock()

    # Processes ----------------------------------------------------------------------------------------------

    def spawn(self, name, command, *, cwd=ROOT, env=None, user=None):
        """Start one process in its own process group (so a node can be killed whole), with its PID file."""
        self.launches[name] = {"command": command, "cwd": cwd, "env": env, "user": user}
        with open(self.logs / f"{name}.log", "a") as log:
            process = subprocess.Popen(command, cwd=cwd, env=env or os.environ.copy(), stdout=log,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                                       user=user)
        self.processes[name] = process
        # Written whole or not at all: the tests read it while a process is being started again.
        written = self.dir / f"{name}.pid.new"
        written.write_text(f"{process.pid}\n")
        written.replace(self.dir / f"{name}.pid")
        return process

    def wait_until(self, name, ready, timeout):
        deadline = time.monotonic() + timeout
        while not ready():
            process = self.processes[name]
            if process.poll() is not None or time.monotonic() > deadline:
                log = (self.logs / f"{name}.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{name} did not start (see {self.logs / name}.log):\n{log}")
            time.sleep(0.2)

    def stop(self):
        with self.lock:
            self.stopping = True
        for name in STOP_ORDER:
            process = self.processes.pop(name, None)
            if process is None:
                continue
            if process.poll() is None:
                # PostgreSQL's SIGTERM waits for every client to leave; SIGINT is its fast shutdown.
                try:
                    os.killpg(process.pid, signal.SIGINT if name == "postgres" else signal.SIGTERM)
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
                except ProcessLookupError:
                    pass
            (self.dir / f"{name}.pid").unlink(missing_ok=True)
        (self.dir / "ready").unlink(missing_ok=True)

    def supervise(self):
        """Start a process that ended again after RESTART_SECONDS, unless its hold file is there."""
        ended: dict[str, float] = {}
        while not self.stopping:
            for name, process in list(self.processes.items()):
                if process.poll() is None:
                    continue
                if name not in ended:
                    print(f"{name} stopped (exit code {process.returncode})", flush=True)
                    ended[name] = time.monotonic()
                if (self.dir / f"{name}.hold").exists() or time.monotonic() - ended[name] < RESTART_SECONDS:
                    continue
                with self.lock:
                    if self.stopping:
                        return
                    started = self.spawn(name, **self.launches[name])
                del ended[name]
                print(f"{name} started again (PID {started.pid})", flush=True)
            time.sleep(0.2)

    # Components ---------------------------------------------------------------------------------------------

    def start_postgres(self):
        data = self.dir / "postgres"
        # PostgreSQL will not run as root: then the data directory belongs to the postgres user.
        user = "postgres" if os.geteuid() == 0 else None
        if not (data / "PG_VERSION").exists():
            data.mkdir(parents=True, exist_ok=True)
            if user:
                shutil.chown(data, user)
            subprocess.run([pg_bin("initdb"), "-D", str(data), "-U", "portal", "--auth=trust", "--encoding=UTF8",
                            "--no-sync"], check=True, stdout=subprocess.DEVNULL, user=user)
        # Enough connections for 2 nodes × 2 workers × 32 threads (each keeps one for conn_max_age) and Rasa.
        self.spawn("postgres", [pg_bin("postgres"), "-D", str(data), "-p", str(self.ports.postgres),
                                "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={data}",
                                "-c", "max_connections=300"], user=user)
        isready = [pg_bin("pg_isready"), "-q", *self.pg_args()]
        self.wait_until("postgres", lambda: subprocess.run(isready).returncode == 0, 30)
        for database in ("portal", "rasa"):
            exists = subprocess.run(
                [pg_bin("psql"), *self.pg_args(), "-d", "postgres", "-tAc",
                 f"SELECT 1 FROM pg_database WHERE datname = '{database}'"],
                check=True, capture_output=True, text=True).stdout.strip()
            if not exists:
                subprocess.run([pg_bin("createdb"), *self.pg_args(), database], check=True)

    def pg_args(self):
        return ["-h", "127.0.0.1", "-p", str(self.ports.postgres), "-U", "portal"]

    def start_redis(self):
        # Nothing in Redis needs to outlive it: caches, abuse counters and Rasa's locks.
        (self.dir / "redis").mkdir(exist_ok=True)
        self.spawn("redis", ["redis-server", "--port", str(self.ports.redis), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no", "--dir", str(self.dir / "redis")])
        self.wait_until("redis", lambda: port_open(self.ports.redis), 15)

    def portal_env(self, node=None):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DJANGO_SECRET_KEY": self.secret_key(),
            "DATABASE_URL": f"postgres://portal@127.0.0.1:{self.ports.postgres}/portal",
            "REDIS_URL": f"redis://127.0.0.1:{self.ports.redis}/0",
            "RASA_URLS": ",".join(f"http://127.0.0.1:{port}" for port in self.ports.rasa),
            # Retraining (any portal node): the Rasa servers' API token and the models directory they all read.
            "RASA_TOKEN": self.rasa_token(),
            "ASSISTANT_MODELS_DIR": str(self.models_dir()),
            "PORTAL_VAR_DIR": str(self.dir / "portal"),
            "PORTAL_TRUSTED_PROXIES": "127.0.0.1",
            "PORTAL_BASE_URL": f"http://localhost:{self.ports.balancer}",
            # Plain HTTP on this machine; a real deployment terminates TLS at the balancer (deploy/).
            "PORTAL_SSL_REDIRECT": "0",
        }
        if node:
            env["PORTAL_SEARCH_INDEX_DIR"] = str(self.dir / f"portal-{node}" / "search")
        return env

    def secret_key(self):
        return self.secret("secret-key", 50)

    def rasa_token(self):
        return self.secret("rasa-token", 32)

    def secret(self, name, length):
        path = self.dir / name
        if not path.exists():
            path.write_text(secrets.token_urlsafe(length))
            path.chmod(0o600)
        return path.read_text().strip()

    def models_dir(self):
        """The models every Rasa server reads and a retraining writes; Rasa loads the newest. The committed build's
        model is copied in when it is newer (as deploy/systemd/rasa.service does), so a new build starts afresh."""
        models = self.dir / "models"
        models.mkdir(exist_ok=True)
        build, copy = BOT_DIR / "models" / "steunpunt.tar.gz", models / "steunpunt.tar.gz"
        if build.exists() and (not copy.exists() or build.stat().st_mtime > copy.stat().st_mtime):
            shutil.copy2(build, copy)
        return models

    def prepare_portal(self):
        """Schema, demo content and logins, static files, and each node's search index: all idempotent."""
        manage = [str(PYTHON), "manage.py"]
        for step in (["migrate"], ["load_content", "--demo-users", str(self.dir / "demo-logins.txt")],
                     ["collectstatic", "--noinput"]):
            self.run_logged("prepare", manage + step + ["--verbosity", "0"], env=self.portal_env(node=1))
        self.run_logged("prepare", manage + ["rebuild_search_index"], env=self.portal_env(node=2))

    def run_logged(self, name, command, env):
        with open(self.logs / f"{name}.log", "a") as log:
            result = subprocess.run(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        if result.returncode:
            raise RuntimeError(f"{' '.join(command[1:3])} failed:\n"
                               + (self.logs / f"{name}.log").read_text(errors="replace")[-3000:])

    def start_portal_nodes(self):
        gunicorn = str(PYTHON.parent / "gunicorn")
        for node, port in enumerate(self.ports.portal, start=1):
            self.spawn(f"portal-{node}", [gunicorn, "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
                                          "portal.wsgi"], env=self.portal_env(node))
        for node, port in enumerate(self.ports.portal, start=1):
            self.wait_until(f"portal-{node}", lambda port=port: http_ok(f"http://127.0.0.1:{port}/health/"), 60)

    def bot_env(self):
        return {
            **os.environ,
            "RASA_TELEMETRY_ENABLED": "false",
            # The action server listens on this address only (rasa_sdk's default is every interface).
            "SANIC_HOST": "127.0.0.1",
            # The actions call the portal through the balancer, like every other client.
            "PORTAL_URL": f"http://127.0.0.1:{self.ports.balancer}",
            "ACTIONS_URL": f"http://127.0.0.1:{self.ports.actions}/webhook",
            "RASA_DB_HOST": "127.0.0.1", "RASA_DB_PORT": str(self.ports.postgres), "RASA_DB_NAME": "rasa",
            "RASA_DB_USER": "portal", "RASA_DB_PASSWORD": "",
            "RASA_REDIS_HOST": "127.0.0.1", "RASA_REDIS_PORT": str(self.ports.redis), "RASA_REDIS_DB": "1",
            # A Rasa server that dies mid-turn holds its conversation's lock this long, and the portal asks the next
            # server at once: well under the portal's 10 s, well over a turn (p95 at most 1.4 s in make bench-cluster).
            "TICKET_LOCK_LIFETIME": "5",
        }

    def start_bot(self):
        rasa = str(BOT_DIR / ".venv" / "bin" / "rasa")
        model = BOT_DIR / "models" / "steunpunt.tar.gz"
        if not model.exists():
            raise SystemExit("No trained model: run `make bot-train` first")
        self.spawn("actions-1", [rasa, "run", "actions", "--port", str(self.ports.actions), "--actions", "actions"],
                   cwd=BOT_DIR, env=self.bot_env())
        for number, port in enumerate(self.ports.rasa, start=1):
            self.spawn(f"rasa-{number}", [rasa, "run", "-i", "127.0.0.1", "--port", str(port),
                                          "--model", str(self.models_dir()), "--credentials", "credentials.yml",
                                          "--endpoints", str(ROOT / "deploy" / "rasa" / "endpoints.yml"),
                                          "--enable-api", f"--auth-token={self.rasa_token()}"],
                       cwd=BOT_DIR, env=self.bot_env())
            if number == 1:
                # The first server creates the tracker store's table; two creating it at once can collide.
                self.wait_until("rasa-1", self.tracker_table_exists, 180)
        self.wait_until("actions-1", lambda: http_ok(f"http://127.0.0.1:{self.ports.actions}/health"), 120)
        for number, port in enumerate(self.ports.rasa, start=1):
            self.wait_until(f"rasa-{number}", lambda port=port: http_ok(f"http://127.0.0.1:{port}/"), 240)

    def tracker_table_exists(self):
        result = subprocess.run([pg_bin("psql"), *self.pg_args(), "-d", "rasa", "-tAc",
                                 "SELECT 1 FROM pg_tables WHERE tablename = 'events'"], capture_output=True, text=True)
        return result.stdout.strip() == "1"

    def start_balancer(self):
        env = {**os.environ, "BALANCER_BIND": f"127.0.0.1:{self.ports.balancer}",
               "PORTAL_NODE_1": f"127.0.0.1:{self.ports.portal[0]}",
               "PORTAL_NODE_2": f"127.0.0.1:{self.ports.portal[1]}"}
        config = str(ROOT / "deploy" / "haproxy.cfg")
        self.run_logged("balancer", ["haproxy", "-c", "-q", "-f", config], env=env)
        self.spawn("balancer", ["haproxy", "-db", "-f", config], env=env)
        self.wait_until("balancer", lambda: http_ok(f"http://127.0.0.1:{self.ports.balancer}/health/"), 15)

    def start(self):
        self.dir.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        (self.dir / "ready").unlink(missing_ok=True)
        for hold in self.dir.glob("*.hold"):
            hold.unlink()
        busy = [port for port in self.ports.all() if port_open(port)]
        if busy:
            raise SystemExit(f"Ports already in use: {busy} (set PORTAL_PORT, RASA_PORT, ACTIONS_PORT, REDIS_PORT, "
                             "POSTGRES_PORT, or stop what uses them)")
        steps = [("PostgreSQL", self.start_postgres), ("Redis", self.start_redis),
                 ("database, demo content, search indexes", self.prepare_portal),
                 ("portal-1, portal-2 (gunicorn)", self.start_portal_nodes),
                 ("action server, rasa-1, rasa-2", self.start_bot), ("HAProxy", self.start_balancer)]
        for label, step in steps:
            started = time.monotonic()
            print(f"… {label}", end="", flush=True)
            step()
            print(f" ({time.monotonic() - started:.0f} s)", flush=True)
        (self.dir / "ready").write_text("\n".join(f"{name} {p.pid}" for name, p in self.processes.items()) + "\n")


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def main():
    install_missing_debian_packages()
    directory = Path(os.environ.get("CLUSTER_DIR", ROOT / "var" / "cluster"))
    cluster = Cluster(directory, Ports.from_environment())

    def stop(signum, frame):
        raise KeyboardInterrupt

    # SIGINT too: a shell starts background jobs with it ignored, and Ctrl-C must still stop everything.
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        cluster.start()
        port = cluster.ports.balancer
        print(f"\nCluster ready: http://localhost:{port}/ (HAProxy over portal-1 :{cluster.ports.portal[0]} and "
              f"portal-2 :{cluster.ports.portal[1]}; Rasa :{cluster.ports.rasa[0]} and :{cluster.ports.rasa[1]}, "
              f"actions :{cluster.ports.actions}, Redis :{cluster.ports.redis}, "
              f"PostgreSQL :{cluster.ports.postgres}).")
        print(f"Sites: http://zuidkennemerland.localhost:{port}/ and the others as with `make run`. "
              f"Logins ({directory / 'demo-logins.txt'}):")
        print((directory / "demo-logins.txt").read_text())
        print(f"PIDs in {directory}/*.pid, logs in {cluster.logs}/. A process that ends is started again after "
              f"{RESTART_SECONDS} s. Ctrl-C stops everything.", flush=True)
        threading.Thread(target=cluster.supervise, daemon=True).start()
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping the cluster …", flush=True)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"\n{exc}", file=sys.stderr, flush=True)
        sys.exit(1)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
