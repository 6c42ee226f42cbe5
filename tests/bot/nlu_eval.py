"""Run with the bot's Python: parse a held-out NLU file with a trained model and print the figures as JSON.

Usage: nlu_eval.py MODEL TEST_DATA THRESHOLD AMBIGUITY OUTPUT_JSON. Reports per-intent precision, recall and F1 of the
classifier's top intent ("raw") and of what the assistant does with the FallbackClassifier ("with fallback": a
message below the threshold or too close to the runner-up counts as not recognised), plus the confidences that
the thresholds were chosen from.
"""

import asyncio
import json
import os
import sys

# The model names custom components by module path inside the bot project (the working directory).
sys.path.insert(0, os.getcwd())

from rasa.core.agent import Agent  # noqa: E402
from rasa.shared.nlu.training_data.loading import load_data  # noqa: E402
from sklearn.metrics import precision_recall_fscore_support  # noqa: E402


def report(truth, predicted):
    labels = sorted(set(truth))
    p, r, f, s = precision_recall_fscore_support(truth, predicted, labels=labels, zero_division=0)
    per_intent = {label: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                          "f1": round(float(f[i]), 3), "support": int(s[i])} for i, label in enumerate(labels)}
    _, _, weighted, _ = precision_recall_fscore_support(truth, predicted, labels=labels, average="weighted",
                                                        zero_division=0)
    accuracy = sum(t == p for t, p in zip(truth, predicted)) / len(truth)
    return {"weighted_f1": round(float(weighted), 4), "accuracy": round(accuracy, 4), "per_intent": per_intent}


async def main(model, test_file, threshold, ambiguity, output):
    agent = Agent.load(model)
    examples = [m for m in load_data(test_file).intent_examples if not m.get("text", "").startswith("/")]
    truth, raw, with_fallback, rows = [], [], [], []
    for message in examples:
        parsed = await agent.parse_message(message.get("text"))
        ranking = [r for r in parsed.get("intent_ranking", []) if r["name"] != "nlu_fallback"]
        top = ranking[0]
        gap = top["confidence"] - (ranking[1]["confidence"] if len(ranking) > 1 else 0.0)
        unsure = top["confidence"] < threshold or gap < ambiguity
        truth.append(message.get("intent"))
        raw.append(top["name"])
        with_fallback.append("nlu_fallback" if unsure else top["name"])
        rows.append({"text": message.get("text"), "intent": message.get("intent"), "predicted": top["name"],
                     "confidence": round(top["confidence"], 4), "gap": round(gap, 4)})
    figures = {"examples": len(truth), "raw": report(truth, raw), "with_fallback": report(truth, with_fallback),
               "rows": rows}
    with open(output, "w", encoding="utf-8") as out:
        json.dump(figures, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]))
