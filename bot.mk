# The steunpunt assistant (steunpunt_bot/): its Python 3.10 environment, a model trained only when its training
# data changed, the Rasa and action servers, and its checks. Included by the main Makefile.
BOT_DIR := steunpunt_bot
BOT_VENV := $(BOT_DIR)/.venv
# Rasa 3.6 needs Python 3.10: pyenv's 3.10.x if there is one, else a python3.10 on the PATH.
BOT_PYTHON ?= $(shell for p in "$$(pyenv root 2>/dev/null)"/versions/3.10*/bin/python3.10 \
    "$$(command -v python3.10)"; do [ -x "$$p" ] && "$$p" -c 'import sys; assert sys.version_info[:2] == (3, 10)' \
    2>/dev/null && { echo "$$p"; break; }; done)
BOT_MODEL := $(BOT_DIR)/models/steunpunt.tar.gz
BOT_TRAINING := $(addprefix $(BOT_DIR)/,config.yml domain.yml data/rules.yml) $(wildcard $(BOT_DIR)/data/nlu/*.yml \
    $(BOT_DIR)/data/stories/*.yml $(BOT_DIR)/components/*.py) $(BOT_DIR)/actions/safety.py
RASA_PORT ?= 5005
ACTIONS_PORT ?= 5055
export RASA_PORT ACTIONS_PORT
export RASA_TELEMETRY_ENABLED := false
BOT_ACTIONS_URL = http://127.0.0.1:$(ACTIONS_PORT)/webhook

.PHONY: bot-venv bot-train bot-run bot-actions bot-test

bot-venv: $(BOT_VENV)/.installed
bot-train: $(BOT_MODEL)

# The bot's virtual environment, reinstalled when its pinned requirements change.
$(BOT_VENV)/.installed: $(BOT_DIR)/requirements.txt $(UV)
	@test -n "$(BOT_PYTHON)" || { echo "Python 3.10 not found (pyenv install 3.10.13, or set BOT_PYTHON)"; exit 1; }
	test -x $(BOT_VENV)/bin/python || $(UV) venv --quiet --python $(BOT_PYTHON) $(BOT_VENV)
	$(UV) pip install --quiet --python $(BOT_VENV)/bin/python -r $(BOT_DIR)/requirements.txt
	touch $@

# Trained only when the training data, config or domain changed (rasa also skips an unchanged fingerprint).
$(BOT_MODEL): $(BOT_VENV)/.installed $(BOT_TRAINING)
	cd $(BOT_DIR) && .venv/bin/rasa train --fixed-model-name steunpunt --out models
	touch $@

# The action server alone (for running it beside a Rasa server started elsewhere).
bot-actions: $(BOT_VENV)/.installed
	cd $(BOT_DIR) && .venv/bin/rasa run actions --port $(ACTIONS_PORT) --actions actions

# Both servers in the foreground: the action server in the background of this shell, stopped with it (Ctrl-C).
bot-run: $(BOT_MODEL)
	cd $(BOT_DIR) && { .venv/bin/rasa run actions --port $(ACTIONS_PORT) --actions actions & actions=$$!; \
	    trap 'kill $$actions' EXIT INT TERM; \
	    ACTIONS_URL=$(BOT_ACTIONS_URL) .venv/bin/rasa run -i 127.0.0.1 --port $(RASA_PORT) \
	        --model models/steunpunt.tar.gz --credentials credentials.yml --endpoints endpoints.yml; }

# The bot's own checks: data validation, the test stories, and the intent classifier 5-fold cross-validated.
bot-test: $(BOT_MODEL)
	cd $(BOT_DIR) && .venv/bin/rasa data validate
	cd $(BOT_DIR) && ACTIONS_URL=$(BOT_ACTIONS_URL) .venv/bin/rasa test core --stories tests/test_stories.yml \
	    --model models/steunpunt.tar.gz --out results/core --fail-on-prediction-errors
	cd $(BOT_DIR) && .venv/bin/python ../tests/bot/nlu_cv.py
