"""Run with the bot's Python from the bot project: 5-fold cross-validation of the intent classifier on all of the
assistant's NLU data, with the classifier's own configuration (config.yml). Prints JSON: the weighted F1 of each
fold, their mean, and per intent the F1 of the pooled out-of-fold predictions.

Five folds rather than one 80/20 split: with ~7,000 examples of 41 intents one split moves by ±0.005 whenever an
example is added anywhere, which is as much as the changes it is meant to catch.
"""

import json
import os
import sys

import numpy
import yaml

sys.path.insert(0, os.getcwd())  # the bot project: the components package imports as in training

from rasa.shared.nlu.training_data.loading import load_data  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from components.tfidf_svm import TfidfSvmIntentClassifier  # noqa: E402

FOLDS = 5
SEED = 42


def classifier_config() -> dict:
    pipeline = yaml.safe_load(open("config.yml", encoding="utf-8"))["pipeline"]
    own = next(c for c in pipeline if c["name"].endswith("TfidfSvmIntentClassifier"))
    return {**TfidfSvmIntentClassifier.get_default_config(), **{k: v for k, v in own.items() if k != "name"}}


def main() -> None:
    examples = [m for m in load_data("data/nlu").intent_examples if m.get("text")]
    texts = numpy.array([m.get("text") for m in examples])
    intents = numpy.array([m.get("intent") for m in examples])
    classifier = TfidfSvmIntentClassifier(classifier_config(), None, None)
    predicted = numpy.empty_like(intents)
    scores = []
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(texts, intents):
        pipeline = classifier._new_pipeline().fit(texts[train], intents[train])
        predicted[test] = pipeline.predict(texts[test])
        scores.append(f1_score(intents[test], predicted[test], average="weighted"))
    labels = sorted(set(intents))
    per_intent = f1_score(intents, predicted, labels=labels, average=None)
    print(json.dumps({"examples": len(texts), "folds": [round(s, 4) for s in scores],
                      "mean_weighted_f1": round(float(numpy.mean(scores)), 4),
                      "per_intent_f1": {label: round(float(f), 3) for label, f in zip(labels, per_intent)}}))


if __name__ == "__main__":
    main()
