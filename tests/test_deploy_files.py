"""deploy/ stays in step with make cluster: every variable deploy/cluster.py gives the portal and the assistant is
documented in deploy/env/, and the documented web node environment passes Django's deployment checks."""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV_DIR = ROOT / "deploy" / "env"
# Set by cluster.py for one machine only: plain HTTP there, nodes sharing PORTAL_VAR_DIR on one disk.
ONE_MACHINE_ONLY = {"PORTAL_SSL_REDIRECT"}


def documented(name) -> dict:
    lines = (ENV_DIR / name).read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def cluster_module():
    spec = importlib.util.spec_from_file_location("cluster", ROOT / "deploy" / "cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def set_by_cluster(environment: dict) -> set:
    return {name for name, value in environment.items() if os.environ.get(name) != value}


def test_every_variable_the_cluster_sets_is_documented_for_a_deployment(tmp_path):
    cluster = cluster_module()
    running = cluster.Cluster(tmp_path, cluster.Ports.from_environment({}))
    assert set_by_cluster(running.portal_env(node=1)) - ONE_MACHINE_ONLY <= set(documented("portal.env"))
    assert set_by_cluster(running.bot_env()) <= set(documented("rasa.env"))
    endpoints = (ROOT / "deploy" / "rasa" / "endpoints.yml").read_text()
    assert set(re.findall(r"\$\{(\w+)\}", endpoints)) <= set(documented("rasa.env"))
    haproxy = (ROOT / "deploy" / "haproxy.cfg").read_text()
    assert set(re.findall(r"\$\{(\w+)\}", haproxy)) <= set(documented("haproxy.env"))


def test_the_documented_web_node_environment_passes_check_deploy(tmp_path):
    placeholders = {"DJANGO_SECRET_KEY": "k" * 20 + "Zq8-3!xP0_aB7@" * 4, "PORTAL_VAR_DIR": str(tmp_path),
                    "PORTAL_SEARCH_INDEX_DIR": str(tmp_path / "search")}
    env = {**os.environ, **{name: re.sub(r"<[^>]*>", "x", value) for name, value in documented("portal.env").items()},
           **placeholders}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
