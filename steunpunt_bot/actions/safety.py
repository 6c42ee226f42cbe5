"""Signals that decide before the classifier does: distress words always get the crisis message, and a parent's own
story with a request for help always goes to a person, whatever intent NLU chose."""

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


# A parent telling their own child's story and asking what to do in it needs a person, not a topic answer
# (shared/domain/topics.md). Short personal questions ("mijn zoon zit al weken thuis") still get the answer.
OWN_CHILD = re.compile(r"\b(mijn|ons|onze|m'n) (zoon|dochter|kind|kinderen|zoontje|dochtertje|jongen|meisje)\b",
                       re.IGNORECASE)
ASKS_WHAT_TO_DO = re.compile(
    r"wat (moet|kan|moeten|kunnen) (ik|we|wij) (nu |hier |nog )?(doen|aan)|hoe (pak|pakken) (ik|we) dit aan"
    r"|ik weet (het )?niet meer|weet niet meer wat|ik ben (het )?(zat|klaar mee|wanhopig|radeloos|ten einde raad)"
    r"|ik ben er klaar mee|help(t)? (ons|me|mij)\b|kunnen jullie (ons |me |mij )?helpen|wanhopig|radeloos"
    r"|wat nu\b|hoe (moet|gaat) het (nu )?verder|kunt u (ons |me |mij )?helpen|ik ben (zo )?(boos|verdrietig|bang|moe)"
    r"|ik word (er )?gek|we zitten (helemaal )?vast|niemand luistert|luisteren (gewoon )?niet",
    re.IGNORECASE,
)
PERSONAL_STORY_MIN_WORDS = 18


def is_personal_case(text: str | None) -> bool:
    if not text or len(text.split()) < PERSONAL_STORY_MIN_WORDS:
        return False
    return bool(OWN_CHILD.search(text) and ASKS_WHAT_TO_DO.search(text))
