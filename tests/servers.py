"""Real processes for the tests that need them: the portal (its own database and index, demo content
loaded) and, for the integration tests, the Rasa server and the action server."""

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOT_DIR = ROOT / "steunpunt_bot"
BOT_BIN = BOT_DIR / ".venv" / "bin"
BOT_MODEL = BOT_DIR / "models" / "steunpunt.tar.gz"


PORT_BLOCK = 1000  # ports per block; the blocks lie side by side just below the ephemeral range
PORT_BLOCKS = 12


def _ports_below_the_ephemeral_range():
    """Ports the kernel never hands out by itself: a port taken with bind(0) can, between our choice and the
    server's bind, become the local port of any outgoing connection (a CI run failed on exactly that). Each
    pytest-xdist worker draws from its own block, so two workers never pick the same port."""
    try:
        ephemeral_start = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        ephemeral_start = 32768
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    start = max(1024, ephemeral_start - PORT_BLOCKS * PORT_BLOCK) + (worker % PORT_BLOCKS) * PORT_BLOCK
    offset = os.getpid() % PORT_BLOCK  # another process in the same block (a benchmark) starts elsewhere in it
    for i in range(PORT_BLOCK):
        yield start + (offset + i) % PORT_BLOCK


_port_source = _ports_below_the_ephemeral_range()


def free_port() -> int:
    """A port nothing listens on, never handed out twice by this process."""
    for port in _port_source:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("No free port left in this worker's block")


class Server:
    """A child process that serves HTTP on a port, with its output in a log file for failing tests."""

    def __init__(self, name, command, *, cwd, env, port, ready_path="/", log_dir, timeout=120):
        self.name, self.command, self.cwd, self.env, self.port = name, command, cwd, env, port
        self.ready_path, self.timeout = ready_path, timeout
        self.log_path = Path(log_dir) / f"{name}.log"
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(self.command, cwd=self.cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                urllib.request.urlopen(self.url + self.ready_path, timeout=2)
                return self
            except urllib.error.HTTPError:
                return self  # it answers, even if not with 200
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"{self.name} did not start:\n{self.log_path.read_text()[-4000:]}")
                time.sleep(0.3)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _portal_env(var_dir: Path, extra_env=None) -> dict:
    env = {**os.environ, "PORTAL_VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
           **(extra_env or {})}
    env.pop("DATABASE_URL", None)
    return env


def _manage(step: list[str], env: dict) -> None:
    subprocess.run([sys.executable, "manage.py", *step, "--verbosity", "0"], cwd=ROOT, env=env, check=True)


def _load_demo_content(env: dict) -> None:
    """The database migrated and the demo content loaded (the search indexes built) in env's PORTAL_VAR_DIR."""
    for step in (["migrate"], ["load_content"]):
        _manage(step, env)


READY = ".prepared"  # written last: a var dir without it was left half made


def prepared_portal_var(directory: Path) -> Path:
    """`directory` as a portal's var dir with the database migrated and the demo content loaded (search index built),
    made once: the first process to ask makes it while the others wait for it (flock), so that the test run's portals
    copy it instead of each spending a minute of CPU on migrate and load_content."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    with open(directory.parent / f"{directory.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (directory / READY).exists():
            shutil.rmtree(directory, ignore_errors=True)
            _load_demo_content(_portal_env(directory))
            (directory / READY).touch()
    return directory


def portal_server(var_dir: Path, *, port=None, extra_env=None, production=False,
                  prepared: Path | None = None) -> Server:
    """A portal with its own SQLite database and search index, the demo content loaded (or copied from `prepared`, a
    var dir from prepared_portal_var): on runserver, or with `production` as deployed (gunicorn with gunicorn.conf.py,
    production settings, static files collected)."""
    env = _portal_env(var_dir, extra_env)
    if production:
        env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", "PORTAL_SSL_REDIRECT": "0",
                    "DJANGO_SECRET_KEY": "local-only-" + "s3cr3t-" * 8})
    if prepared:  # the search indexes' links to their directories stay links
        shutil.copytree(prepared, var_dir, symlinks=True, dirs_exist_ok=True, ignore=shutil.ignore_patterns(READY))
    else:
        _load_demo_content(env)
    if production:
        _manage(["collectstatic", "--noinput"], env)
    port = port or free_port()
    if production:
        command = [str(Path(sys.executable).parent / "gunicorn"), "-c", str(ROOT / "gunicorn.conf.py"),
                   "--bind", f"127.0.0.1:{port}", "portal.wsgi"]
    else:
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
    return Server("portal", command, cwd=ROOT, env=env, port=port, log_dir=var_dir)


def rasa_servers(log_dir: Path, *, portal_port: int, model: Path = BOT_MODEL,
                 auth_token: str | None = None) -> tuple[Server, Server]:
    """The action server and the Rasa server (not yet started), wired to each other and to the portal's port; Rasa
    starts with `model`, and with `auth_token` its HTTP API (PUT /model, /status, ...) asks for that token."""
    if not (BOT_BIN / "rasa").exists() or not Path(model).exists():
        raise RuntimeError("The bot is not built: run `make test` (it creates steunpunt_bot/.venv and trains).")
    actions_port, rasa_port = free_port(), free_port()
    env = {**os.environ, "PORTAL_URL": f"http://127.0.0.1:{portal_port}", "RASA_TELEMETRY_ENABLED": "false",
           "ACTIONS_URL": f"http://127.0.0.1:{actions_port}/webhook"}
    actions = Server("actions", [str(BOT_BIN / "rasa"), "run", "actions", "--port", str(actions_port),
                                 "--actions", "actions"],
                     cwd=BOT_DIR, env=env, port=actions_port, ready_path="/health", log_dir=log_dir)
    rasa = Server("rasa", [str(BOT_BIN / "rasa"), "run", "-i", "127.0.0.1", "--port", str(rasa_port),
                           "--model", str(model), "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
                           "--enable-api", *([f"--auth-token={auth_token}"] if auth_token else [])],
                  cwd=BOT_DIR, env=env, port=rasa_port, log_dir=log_dir, timeout=180)
    return actions, rasa


class RedisServer:
    """Debian's redis-server on a free port, nothing saved to disk; stop() and start() again is a Redis restart."""

    def __init__(self, work_dir: Path, port=None):
        self.work_dir, self.port = Path(work_dir), port or free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.work_dir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start")
                time.sleep(0.05)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
