"""deploy/ stays in step with make cluster: every variable deploy/cluster.py gives the portal and the assistant is
documented in deploy/env/, the documented web node environment passes Django's deployment checks, and the systemd
units run the programs make cluster runs, with the same arguments, and pass systemd's own check."""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


# deploy/systemd/ -----------------------------------------------------------------------------------------------------

UNITS = ROOT / "deploy" / "systemd"
DEPLOYED = "/srv/portal"  # where deploy/README.md puts this repository on every machine
# Each unit that runs a process of make cluster, by the name cluster.py gives that process.
UNIT_OF = {"portal-1": "portal.service", "rasa-1": "rasa.service", "actions-1": "rasa-actions.service"}
# Where each machine listens: its own address and port, from its environment file.
ADDRESS_OPTIONS = {"--bind", "-i", "--port"}


def service_section(unit) -> dict:
    """The [Service] settings of a unit file (continued lines joined; a repeated key keeps its first value)."""
    text = re.sub(r"\\\n\s*", "", (UNITS / unit).read_text())
    section = text.split("[Service]", 1)[1].split("\n[", 1)[0]
    settings = {}
    for line in section.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), value.strip())
    return settings


def as_deployed(command, cwd, checkouts, variables=None) -> list[str]:
    """A command's program and arguments as they read on a deployed machine: paths absolute, under /srv/portal
    instead of where `checkouts` ({local folder: deployed folder}) are here, without the listening address and port,
    and values that a deployment takes from its environment file as `${NAME}` (`variables`: {value: name})."""
    words, skip = [], False
    for word in command:
        if skip or word in ADDRESS_OPTIONS:
            skip = not skip
            continue
        # A value may stand on its own or after an option's '=' ("--auth-token=TOKEN").
        for value, name in (variables or {}).items():
            if word == value or word.endswith(f"={value}"):
                word = word[:len(word) - len(value)] + f"${{{name}}}"
        if "${" in word:
            words.append(word)
            continue
        if "/" in word or word.endswith((".yml", ".gz", ".py")):
            word = os.path.normpath(os.path.join(cwd, word))
            for local, deployed in checkouts.items():
                if word.startswith(local):
                    word = deployed + word[len(local):]
                    break
        words.append(word)
    return words


def test_the_systemd_units_run_what_make_cluster_runs(tmp_path):
    cluster = cluster_module()
    # The assistant's folder with a model in it, as make cluster wants one (tests need not have trained it).
    cluster.BOT_DIR = tmp_path / "steunpunt_bot"
    (cluster.BOT_DIR / "models").mkdir(parents=True)
    (cluster.BOT_DIR / "models" / "steunpunt.tar.gz").touch()
    running = cluster.Cluster(tmp_path, cluster.Ports.from_environment({}))
    launched = {}
    running.spawn = lambda name, command, cwd=ROOT, env=None, user=None: launched.update({name: (command, cwd)})
    running.wait_until = lambda *args, **kwargs: None
    running.start_portal_nodes()
    running.start_bot()
    checkouts = {str(cluster.BOT_DIR): f"{DEPLOYED}/steunpunt_bot", str(ROOT): DEPLOYED}
    variables = {running.rasa_token(): "RASA_TOKEN", str(running.models_dir()): "ASSISTANT_MODELS_DIR"}
    for name, unit in UNIT_OF.items():
        command, cwd = launched[name]
        service = service_section(unit)
        assert as_deployed([str(cwd)], "/", checkouts) == [service["WorkingDirectory"]], unit
        assert as_deployed(command, str(cwd), checkouts, variables) == as_deployed(
            service["ExecStart"].split(), service["WorkingDirectory"], {}), unit


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    # systemd checks that each program exists: the units are checked as they would run from this checkout.
    for unit in UNITS.iterdir():
        (tmp_path / unit.name).write_text(unit.read_text().replace(DEPLOYED, str(ROOT)))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", *sorted(map(str, tmp_path.iterdir()))],
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
