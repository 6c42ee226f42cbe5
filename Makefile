# Set-up and everyday commands. `make run` and `make test` create whatever is missing first.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
# uv installs the pinned requirements of both virtual environments (bot.mk too): the same versions as pip, in
# seconds where pip took nearly three minutes on a clean clone.
UV_VERSION := 0.13.9
UV := $(VENV)/bin/uv
PORTAL_PORT ?= 8000
export PORTAL_PORT
CHROMIUM := /usr/bin/chromium
PG_VIRTUALENV := /usr/bin/pg_virtualenv
# Runs a command against a throwaway PostgreSQL: a cluster of its own in a temporary folder (-t; as root it would
# otherwise share /etc/postgresql/<v>/regress with any other run), reached through DATABASE_URL.
ON_POSTGRES = pg_virtualenv -t sh -c \
    'DATABASE_URL="postgres://$$PGUSER:$$PGPASSWORD@$$PGHOST:$$PGPORT/$$PGDATABASE" exec "$$@"' on-postgres
MSGFMT := /usr/bin/msgfmt
REDIS_SERVER := /usr/bin/redis-server
# How the Debian packages above are installed when missing.
APT_INSTALL = apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq
# The suite runs on two workers (pytest-xdist); tests/conftest.py keeps the tests that share servers on one of them.
TEST_WORKERS ?= 2
PARALLEL = -n $(TEST_WORKERS) --dist loadgroup

.PHONY: run retrain test test-fast test-cluster cluster bench bench-cluster bench-chat bench-assistant bench-signals bench-handoff bench-schools bench-insights bench-deidentify bench-review data messages vendor clean

# The assistant: its Python 3.10 environment, the trained model, the Rasa and action servers.
include bot.mk

# uv, put into the portal's venv by that venv's own pip.
$(UV):
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The portal's virtual environment, reinstalled when the pinned requirements change.
$(VENV)/.installed: requirements.txt $(UV)
	$(UV) pip install --quiet --python $(PY) -r requirements.txt
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser of its own).
$(CHROMIUM):
	$(APT_INSTALL) chromium >/dev/null

# Debian's Redis, for the tests of the caches and limits the portal nodes share (the cluster uses it too).
$(REDIS_SERVER):
	$(APT_INSTALL) redis-server >/dev/null

# GNU gettext, for the interface's translations (make messages, and the test that django.mo is up to date).
$(MSGFMT):
	$(APT_INSTALL) gettext >/dev/null

# The interface's words in English: collect the marked Dutch texts into locale/en/LC_MESSAGES/django.po and, from
# the JavaScript, djangojs.po (what is translated stays); once the new ones are translated there, compile the .mo
# files. All four are committed.
messages: $(VENV)/.installed $(MSGFMT)
	for domain in django djangojs; do $(PY) manage.py makemessages -d $$domain -l en --no-location --ignore ".venv/*" \
	    --ignore "steunpunt_bot/*" --ignore "var/*" --ignore "tests/*" --ignore "bench/*" --ignore "deploy/*" \
	    --ignore "portal/static/vendor/*" --ignore "*/vendor/*" || exit 1; done
	$(PY) manage.py compilemessages -l en --ignore ".venv/*" --ignore "steunpunt_bot/*"

# Debian's PostgreSQL, for running the suite on the production database too.
$(PG_VIRTUALENV):
	$(APT_INSTALL) postgresql >/dev/null

# Database, demo content and search index: all idempotent, so safe on every run.
data: $(VENV)/.installed
	mkdir -p var
	$(PY) manage.py migrate --verbosity 0
	$(PY) manage.py load_content --demo-users var/demo-logins.txt

# Rasa's HTTP API (a new model put live by `make retrain` or the admin) asks for this token; the portal reads the
# same file. Made once, never committed (var/).
RASA_TOKEN_FILE := var/rasa-token
$(RASA_TOKEN_FILE):
	mkdir -p var
	umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(32))' > $@
# Rasa starts with the newest model: a retrained one put live (var/models/, only live ones are kept there) or the
# committed build's model when that is newer (retrained after a change of the training data).
LIVE_MODEL = $(abspath $(firstword $(shell ls -t var/models/*.tar.gz $(BOT_MODEL) 2>/dev/null)))

# The portal, the Rasa server and the action server; Ctrl-C stops all three.
run: data $(BOT_MODEL) $(RASA_TOKEN_FILE)
	@echo
	@echo "Portal: http://duinenbollenstreek.localhost:$(PORTAL_PORT)/ (ook http://localhost:$(PORTAL_PORT)/),"
	@echo "        http://zuidoostutrecht.localhost:$(PORTAL_PORT)/, http://zuidkennemerland.localhost:$(PORTAL_PORT)/,"
	@echo "        http://noordmiddendrenthe.localhost:$(PORTAL_PORT)/"
	@echo "Chat API: POST http://localhost:$(PORTAL_PORT)/api/chat/conversations/ (Rasa on :$(RASA_PORT), actions on :$(ACTIONS_PORT))"
	@echo "Scholen zoeken: /scholen/ op elke site. Chat: de knop 'Stel uw vraag' rechtsonder op elke pagina."
	@echo "Loket-inbox: http://zuidkennemerland.localhost:$(PORTAL_PORT)/admin/loket/ (loket-<swv>);"
	@echo "schoolprofielen: /admin/snippets/schools/supportprofile/ (school-<swv>, eindredacteur-<swv> keurt goed)."
	@echo "Inloggen: http://localhost:$(PORTAL_PORT)/admin/ met een account uit var/demo-logins.txt:"
	@cat var/demo-logins.txt
	@echo
	trap 'kill 0' EXIT INT TERM; \
	(cd $(BOT_DIR) && PORTAL_URL=http://127.0.0.1:$(PORTAL_PORT) .venv/bin/rasa run actions --port $(ACTIONS_PORT) \
	    --actions actions) & \
	(cd $(BOT_DIR) && ACTIONS_URL=$(BOT_ACTIONS_URL) .venv/bin/rasa run -i 127.0.0.1 --port $(RASA_PORT) \
	    --model $(LIVE_MODEL) --credentials credentials.yml --endpoints endpoints.yml \
	    --enable-api --auth-token "$$(cat $(CURDIR)/$(RASA_TOKEN_FILE))") & \
	$(PY) manage.py runserver 127.0.0.1:$(PORTAL_PORT)

# Retrain the assistant on the answers library and the labelled examples; live only if it is not worse (the
# running Rasa of `make run` is measured and swapped, so run this beside it).
retrain: $(VENV)/.installed $(BOT_VENV)/.installed
	$(PY) manage.py retrain_assistant

# The production topology on this machine (deploy/cluster.py): PostgreSQL, Redis, two portal nodes, two Rasa
# servers, the action server and HAProxy on PORTAL_PORT; missing Debian packages are installed. Ctrl-C stops it.
cluster: $(VENV)/.installed $(BOT_MODEL)
	$(PY) deploy/cluster.py

# The first pass lists its 25 slowest tests, so that CI's log shows where its time goes.
test: $(VENV)/.installed $(CHROMIUM) $(PG_VIRTUALENV) $(MSGFMT) $(REDIS_SERVER) $(BOT_MODEL)
	$(PY) -m pytest -p no:cacheprovider $(PARALLEL) --durations=25
	@echo "The portal tests again, on PostgreSQL (a throwaway cluster from pg_virtualenv):"
	$(ON_POSTGRES) $(PY) -m pytest -p no:cacheprovider $(PARALLEL) \
	    -m "not browser and not integration and not bot and not cluster" -q

# The cluster's fault tests alone (make test runs them too): one cluster on free ports, parts of it killed.
test-cluster: $(VENV)/.installed $(BOT_MODEL)
	$(PY) -m pytest -p no:cacheprovider -m cluster tests/cluster

# Everything but the tests that start browsers, Rasa or a cluster, or train models.
test-fast: $(VENV)/.installed $(MSGFMT) $(REDIS_SERVER)
	$(PY) -m pytest -p no:cacheprovider $(PARALLEL) -m "not browser and not integration and not bot and not cluster"

bench: $(VENV)/.installed
	$(PY) bench/portal_http.py

bench-chat: $(VENV)/.installed $(BOT_MODEL)
	$(PY) bench/chat_turns.py

# What the trained assistant does with questions written apart from its training data (bench/questions/): the dev
# sets were looked at while improving the data, the final sets are only measured (the retraining gate reads them too).
QUESTION_SETS = $(sort $(wildcard bench/questions/*dev*.yml)) $(sort $(wildcard bench/questions/*final*.yml))
bench-assistant: $(BOT_MODEL)
	cd $(BOT_DIR) && .venv/bin/python ../bench/assistant_questions.py models/steunpunt.tar.gz \
	    $(addprefix ../,$(QUESTION_SETS)) 2>/dev/null

# The signals alone, re-run on what the classifier said about every question set (bench/signals_replay.py): a minute
# or two instead of bench-assistant's six while changing components/signals.py or actions/safety.py. It records the
# classifier's output again when what it depends on (not the signals' code) or a question set changed, and compares
# each decision with the run before.
SIGNALS_RECORD = var/bench/classifier_output.json
SIGNALS_CODE = $(BOT_DIR)/components/signals.py $(BOT_DIR)/actions/safety.py
$(SIGNALS_RECORD): $(filter-out $(SIGNALS_CODE),$(BOT_TRAINING)) $(BOT_DIR)/actions/language.py $(QUESTION_SETS)
	@$(MAKE) --no-print-directory bot-train
	@mkdir -p $(dir $@) && echo "recording what the classifier says about every question set (about 6 min)"
	@cd $(BOT_DIR) && .venv/bin/python ../bench/signals_replay.py record models/steunpunt.tar.gz ../$@ \
	    $(addprefix ../,$(QUESTION_SETS)) 2>/dev/null
bench-signals: $(SIGNALS_RECORD)
	cd $(BOT_DIR) && .venv/bin/python ../bench/signals_replay.py replay ../$(SIGNALS_RECORD) \
	    ../var/bench/signal_decisions.json 2>/dev/null

# The cluster on free ports, through the balancer, with two portal nodes and Rasa servers and with one: pages and chat
# turns, CPU and memory per process, what N cores carry; and what killing a portal node or a Rasa server costs.
bench-cluster: $(VENV)/.installed $(BOT_MODEL)
	$(PY) bench/cluster.py

bench-handoff: $(VENV)/.installed
	$(PY) bench/handoff.py

bench-schools: $(VENV)/.installed
	$(PY) bench/school_search.py

# Inzichten for 100,000 conversations of one SWV over a year, on SQLite and then on a throwaway PostgreSQL.
bench-insights: $(VENV)/.installed $(PG_VIRTUALENV)
	$(PY) bench/insights.py
	@echo "The same on PostgreSQL (a throwaway cluster from pg_virtualenv):"
	$(ON_POSTGRES) $(PY) bench/insights.py

# De-identification of parent messages: personal items surviving and ordinary words wrongly hidden, ours and deduce's.
bench-deidentify: data
	$(PY) bench/deidentify.py

# The review list (/admin/leren/) over 100,000 generated conversations of one SWV: page times p50 and p95, on SQLite
# and then on a throwaway PostgreSQL.
bench-review: $(VENV)/.installed $(PG_VIRTUALENV)
	$(PY) bench/review_list.py
	@echo "The same on PostgreSQL (a throwaway cluster from pg_virtualenv):"
	$(ON_POSTGRES) $(PY) bench/review_list.py

# Refresh the vendored front-end files from npm (pinned versions); the results are committed.
vendor:
	rm -rf var/npm && mkdir -p var/npm
	cd var/npm && npm init -y >/dev/null && npm install --no-audit --no-fund \
	    @utrecht/component-library-css@9.0.4 axe-core@4.14.1 >/dev/null
	cp var/npm/node_modules/@utrecht/component-library-css/dist/index.css portal/static/vendor/utrecht/component-library.css
	cp var/npm/node_modules/@utrecht/component-library-css/LICENSE.md portal/static/vendor/utrecht/LICENSE.md
	cp var/npm/node_modules/axe-core/axe.min.js tests/browser/vendor/axe.min.js
	cp var/npm/node_modules/axe-core/LICENSE tests/browser/vendor/axe-core.LICENSE

clean:
	rm -rf $(VENV) var
