"""A cluster (deploy/cluster.py, as `make cluster` runs it) on free ports, for the cluster tests and
`make bench-cluster`: started and stopped, parts of it killed by the PIDs it wrote, and parents who chat through it
from addresses of their own on the loopback network (127.0.x.y), so that the balancer tells the portal a different
client address for each."""

import contextlib
import http.client
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.servers import BOT_MODEL, ROOT, free_port

PORT_NAMES = ("PORTAL_PORT", "PORTAL_NODE_PORT_1", "PORTAL_NODE_PORT_2", "RASA_PORT", "RASA_PORT_2", "ACTIONS_PORT",
              "REDIS_PORT", "POSTGRES_PORT")
START_TIMEOUT_SECONDS = 420
HOST = "zuidkennemerland.localhost"


class RunningCluster:
    def __init__(self, directory: Path, ports: dict, runner: subprocess.Popen):
        self.dir, self.ports, self.runner = directory, ports, runner

    @classmethod
    def start(cls, directory: Path) -> "RunningCluster":
        """A fresh cluster in `directory` (emptied first); raises RuntimeError when it does not come up."""
        if not BOT_MODEL.exists():
            raise RuntimeError("The bot is not trained: run `make bot-train` first")
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        ports = {name: str(free_port()) for name in PORT_NAMES}
        env = {**os.environ, **ports, "CLUSTER_DIR": str(directory)}
        for name in ("DATABASE_URL", "REDIS_URL", "RASA_URL", "RASA_URLS", "DJANGO_SETTINGS_MODULE"):
            env.pop(name, None)
        with open(directory / "runner.log", "w") as log:
            runner = subprocess.Popen([sys.executable, "deploy/cluster.py"], cwd=ROOT, env=env, stdout=log,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not (directory / "ready").exists():
            if runner.poll() is not None or time.monotonic() > deadline:
                runner.terminate()
                runner.wait(timeout=60)
                raise RuntimeError("The cluster did not start:\n" + (directory / "runner.log").read_text()[-4000:])
            time.sleep(0.5)
        return cls(directory, ports, runner)

    def stop(self):
        """Ctrl-C, as `make cluster` gets it: the runner stops everything it started. Should it not, every process
        it wrote a PID for is killed."""
        self.runner.send_signal(signal.SIGINT)
        try:
            self.runner.wait(timeout=90)
        except subprocess.TimeoutExpired:
            self.runner.kill()
            self.runner.wait()
            for pid_file in self.dir.glob("*.pid"):
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.killpg(int(pid_file.read_text()), signal.SIGKILL)

    def pid(self, name) -> int:
        return int((self.dir / f"{name}.pid").read_text())

    def kill(self, name, sig=signal.SIGKILL):
        """kill -9 (or `sig`) of the named process and everything it started (a gunicorn master and its workers).
        The cluster starts it again 2 s later, unless it is held."""
        pid = self.pid(name)
        os.killpg(pid, sig)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    @contextlib.contextmanager
    def held(self, name):
        """While inside, the cluster does not start the named process again when it ends."""
        hold = self.dir / f"{name}.hold"
        hold.touch()
        try:
            yield
        finally:
            hold.unlink()

    def wait_until_started_again(self, name, old_pid, seconds=30) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if (self.dir / f"{name}.pid").exists() and self.pid(name) != old_pid:
                return True
            time.sleep(0.2)
        return False

    def manage(self, node, *args):
        """manage.py with portal-<node>'s environment (its database, caches and own search index)."""
        spec = importlib.util.spec_from_file_location("cluster", ROOT / "deploy" / "cluster.py")
        runner = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(runner)
        env = runner.Cluster(self.dir, runner.Ports.from_environment(self.ports)).portal_env(node)
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                              capture_output=True, text=True).stdout

    def node_port(self, node) -> int:
        return int(self.ports[f"PORTAL_NODE_PORT_{node}"])

    def database_rows(self, sql, *params):
        import psycopg

        with psycopg.connect(f"postgresql://portal@127.0.0.1:{self.ports['POSTGRES_PORT']}/portal") as connection:
            return connection.execute(sql, params).fetchall()


class Parent:
    """A parent's browser: requests to one port (the balancer unless told), from its own loopback address."""

    def __init__(self, port, address="127.0.0.1", host=HOST):
        self.port, self.address, self.host = port, address, host
        self.id = self.token = None

    def call(self, method, path, body=None, headers=None, port=None):
        connection = http.client.HTTPConnection("127.0.0.1", port or self.port, timeout=30,
                                                source_address=(self.address, 0))
        try:
            connection.request(method, path, body=json.dumps(body) if body is not None else None,
                               headers={"Host": self.host, "Content-Type": "application/json",
                                        "X-Chat-Token": self.token or "", **(headers or {})})
            response = connection.getresponse()
            data = response.read()
            return response.status, (json.loads(data) if data.startswith(b"{") else data)
        finally:
            connection.close()

    def start(self, **kwargs):
        status, data = self.call("POST", "/api/chat/conversations/", **kwargs)
        if status == 201:
            self.id, self.token = data["id"], data["token"]
        return status

    def say(self, text):
        return self.call("POST", f"/api/chat/conversations/{self.id}/messages/", {"text": text})


