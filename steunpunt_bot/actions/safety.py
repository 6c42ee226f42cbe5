"""The last safety net for distress: words that always get the crisis message, whatever intent NLU chose."""

import re

CRISIS = re.compile(
    r"zelfmoord|zelfdoding|su[iï]cid|niet meer (willen |wil )?leven|\bwil dood\b|dood willen|\bdood ?gaan\b"
    r"|liever dood|(mezelf|zichzelf|mijzelf) iets (aan|aandoen)|een (eind|einde) aan (mijn|m'n|zijn|haar|z'n) leven"
    r"|er niet meer (willen |wil )?zijn|(mezelf|zichzelf|mijzelf|zich) (snijden|snijdt|gesneden)|geen uitweg"
    r"|ik kan het niet meer aan|(thuis|daar) (is het )?niet veilig|(wordt|werd|word) (thuis )?(geslagen|mishandeld)",
    re.IGNORECASE,
)


def is_crisis(text: str | None) -> bool:
    return bool(text and CRISIS.search(text))
