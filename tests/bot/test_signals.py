"""The signals that decide before the classifier: distress (crisis) and a parent's own story (personal_case).
Plain Python (actions/safety.py has no dependencies), so tested here directly."""

import importlib.util
import json

import pytest
import yaml

from tests.bot.conftest import run_bot
from tests.servers import BOT_DIR

spec = importlib.util.spec_from_file_location("safety", BOT_DIR / "actions" / "safety.py")
safety = importlib.util.module_from_spec(spec)
spec.loader.exec_module(safety)


@pytest.mark.parametrize("text", ["ik wil niet meer leven", "mijn kind praat over doodgaan", "ik kan het niet meer aan",
                                  "het is thuis niet veilig", "hij wordt thuis geslagen", "ze wil er niet meer zijn"])
def test_distress_is_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", ["ik trek het niet meer", "ik ga eraan onderdoor", "ik kan niet meer.",
                                  "ze zegt dat ze zichzelf iets wil aandoen", "ik wil er gewoon niet meer zijn",
                                  "hij zei gisteren dat hij dood wil", "mn kind dreigt van de brug te springen"])
def test_despair_is_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", [
    "mijn zoon van 9 wordt al maanden gepest op de regenboog en de juf doet er niks aan, hij wil niet meer naar school "
    "en ik ben er klaar mee, wat moet ik nu doen",
    "zoon voor de 2e keer geschorst, wat nu",
    "onze dochter krijgt geen begeleiding meer, hoe pakken we dit nu aan",
    "mijn kind is overal geweigerd. wat kunnen we nu nog voor haar doen",
])
def test_own_case_asking_what_to_do_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["ik ben het zo zat met die school", "dit is echt belachelijk, niemand luistert",
                                  "ik word er zo ontzettend boos van", "wat een schande", "ik ben hier woedend over"])
def test_anger_or_despair_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "juf anna van groep 4 zet mijn dochter steeds op de gang, daar wil ik over klagen",
    "ik heb een klacht over mevrouw de boer van het swv",
    "Ik dien een klacht in over de zorgcoördinator, mevrouw K., die ons dossier doorstuurde.",
])
def test_complaint_about_someone_by_name_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "mijn zoon zit al weken thuis",  # the issue's own example of a question that gets the topic answer
    "hoe lang is de tlv van mijn dochter geldig",
    "wat moet ik doen om een tlv te krijgen voor mijn zoon",
    "wat kan ik doen als mijn kind thuis zit zonder onderwijs",
    "de leraar maakt mijn dochter belachelijk om haar stotteren, waar kan ik klagen",
    "ik kan niet meer naar school door mijn rug",
    "ik wil een klacht indienen over de juf van mijn dochter",
    "de juf schreeuwt tegen mijn kind, waar kan ik dat melden",
])
def test_a_question_about_ones_own_child_is_not_yet_a_personal_case(text):
    assert not safety.is_personal_case(text) and not safety.is_crisis(text)


def test_a_story_about_ones_own_child_that_asks_no_question_may_count_as_an_own_story():
    # Applied only when the classifier could not place the message (components/signals.py).
    assert safety.is_unclear_own_story("onze dochter van 8 zit sinds de herfst op een andere school en het gaat "
                                       "steeds slechter met haar")
    assert safety.is_unclear_own_story("de meerklank stuurt mijn kind steeds naar huis")
    assert safety.is_unclear_own_story("Sinds de verhuizing hebben we voor onze tweeling nog steeds geen school.")
    assert not safety.is_unclear_own_story("mijn zoon heeft een vraag")
    # A long question, or a story that ends in one, gets the likely topics as buttons, not a person.
    assert not safety.is_unclear_own_story("kan mijn kind een paar uur per week in een kleine groep zitten")
    assert not safety.is_unclear_own_story("onze dochter van 8 zit sinds de herfst op een andere school en het gaat "
                                           "steeds slechter met haar. wie beslist er eigenlijk over extra hulp")


def labelled_examples(name):
    data = yaml.safe_load((BOT_DIR / "data" / "nlu" / f"{name}.yml").read_text(encoding="utf-8"))
    for item in data["nlu"]:
        if "intent" in item:
            yield from ((item["intent"], line[2:]) for line in item["examples"].splitlines() if line.startswith("- "))


def training_examples(*names):
    for name in names:
        yield from (example for _, example in labelled_examples(name))


def test_no_example_of_another_intent_is_taken_for_a_personal_case_or_a_crisis():
    """Signals override the classifier, so an example they catch would be answered as a handoff, never as itself."""
    examples = list(training_examples("topics", "out_of_scope", "smalltalk", "school_search"))
    assert len(examples) > 2500
    assert [e for e in examples if safety.is_personal_case(e)] == []
    assert [e for e in examples if safety.is_crisis(e)] == []


@pytest.mark.parametrize("text", ["ik wil iemand spreken", "medewerker", "kunt u mij morgen bellen",
                                  "ik praat liever met een mens", "is er een adviseur beschikbaar",
                                  "mag ik een terugbelverzoek doen", "can i speak to someone",
                                  "kunt u helpen met het schrijven van een bezwaar",
                                  "mens spreken, gaat over zorgplicht"])
def test_a_request_for_a_person_is_recognised(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Mijn zoon zit al maanden thuis. Is er iemand die mij daarbij kan bijstaan?",
    "Ik wil dit met iemand doornemen, kan dat?", "Kan iemand van jullie dit oppakken?",
    "Kan er iemand van het steunpunt mee naar dat gesprek?", "Kan iemand het formulier samen met mij bekijken?",
    "We zouden graag met iemand om tafel gaan.", "Kunnen jullie met mij naar die afwijzing kijken?",
    "Could someone from your team help us talk to the school?", "Could someone go through the letter with me?",
    "Is there someone neutral we could talk to together?", "Who can help us?",
    "Graag een telefoontje", "Ik heb behoefte aan een gesprek", "Kunt u bemiddelen tussen mij en de school?",
    "Ik wil mijn verhaal graag aan iemand kwijt", "Ik zou graag willen dat iemand met ons meedenkt",
    "We'd appreciate it if an adviser could contact us", "Please have an adviser get back to me.",
    "Can I book a call with one of your consultants?", "We need a mediator.", "Can we meet in person?",
    "brief naar geschillencommissie schrijven help", "I want someone to look into this.",
    "We're radeloos, can someone bel us?", "Ik wil er graag iemand over aan de telefoon."])
def test_a_request_for_a_person_in_indirect_words(text):
    assert safety.asks_for_person(text) or safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "is er iemand bij het samenwerkingsverband die ouders helpt bij een bezwaar",
    "moet de school aan de bel trekken als een leerling niet meer komt",
    "Ik ben gescheiden en mijn ex betaalt geen alimentatie, hoe laat ik dat innen?",
    "Who can help with the costs of school transport?", "wie betaalt als iemand meegaat op schoolreis",
    "what does a mediator do in a school conflict", "does the onderwijsconsulent give personal advice",
    "moet de school bemiddelen bij ruzie"])
def test_a_question_about_who_helps_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["hoe bereik ik het loket", "wat doet een onderwijsconsulent",
                                  "hoe werkt het terugbellen", "hoe weet ik dat je geen robot bent",
                                  "wie kan ik bellen over leerlingenvervoer", "kun je me helpen een cv te schrijven"])
def test_a_question_about_contact_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Terugbelverzoek graag. Vanavond na 19u.", "Ik verzoek u om een terugbelafspraak.", "wil een belafspraak",
    "terugbelverzoek a.u.b.", "graag teruggebeld", "terug bellen na 5 uur graag",
    "mag ik een belafspraak maken? gaat over mijn zoon, we weten niet welke school",
    "Geachte heer/mevrouw, wij wensen te worden teruggebeld door een adviseur.",
    "Kunt u mij een telefonische afspraak geven voor deze week?",
    "Is het mogelijk dat een adviseur mij vanavond terugbelt?",
    "Mag ik u verzoeken mij vandaag nog terug te bellen? Ik weet niet hoe ik verder moet."])
def test_a_call_back_in_any_of_its_words_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "als ik een terugbelverzoek doe, hoe snel bellen jullie dan terug?", "wat is een terugbelverzoek?",
    "Kan ik teruggebeld worden als het Loket gesloten is? Hoe werkt dat?",
    "Kun je een terugbelverzoek ook in het weekend doen?",
    "welke informatie moet ik achterlaten bij een terugbelverzoek", "terugbelverzoek, how does it work"])
def test_how_calling_back_works_is_a_question_about_contact(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "ik wil een afspraak aub", "graag een belletje", "liever telefonisch", "tolk nodig", "wil gesprek met adviseur",
    "adviseur spreke aub", "ik praat liever met iemnd", "geef mij maar iemand van het loket", "wil graag kontakt",
    "ik heb tolk nodig, ik spreek arabies", "Ik maak me zorgen en wil graag dat iemand contact opneemt"])
def test_a_short_request_for_a_person_or_a_way_of_contact_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "kan ik na 5 uur nog iemand bereiken", "mag ik als leerling zelf contact opnemen", "de leerplichtambtenaar wil een"
    " gesprek met ons, moeten we gaan", "graag informatie over het gesprek met de cat", "mijn kind heeft een tolk nodig op"
    " school", "ik wil graag weten of mijn kind een tolk mag gebruiken", "contact details van het samenwerkingsverband"
    " please", "Weet iemand goede bijles natuurkunde? Graag tips!",
    "word dit gesprek opgeslagen? ik wil niet dat school het leest"])
def test_the_same_words_about_the_service_or_someone_elses_meeting_are_not(text):
    assert not safety.asks_for_person(text)


def test_no_example_of_another_intent_is_taken_for_a_request_for_a_person():
    examples = list(training_examples("topics", "out_of_scope", "smalltalk", "school_search"))
    assert [e for e in examples if safety.asks_for_person(e)] == []


def test_the_assistants_crisis_and_handoff_responses_say_what_the_portal_says():
    """The portal answers distress and a request for a person itself; the assistant's own responses for the same
    (when its classifier, not a signal, finds them) must not drift from it."""
    responses = yaml.safe_load((BOT_DIR / "domain.yml").read_text(encoding="utf-8"))["responses"]
    assert " ".join(responses["utter_crisis"][0]["custom"]["text"].split()) == safety.CRISIS_REPLY
    assert " ".join(responses["utter_handoff"][0]["custom"]["text"].split()) == safety.HANDOFF_REPLY


@pytest.mark.bot
def test_the_assistant_decides_with_the_shared_signal_list(bot_venv):
    """The NLU signals and the actions take their words from actions/safety.py: a word added there (here at run time)
    changes what both do."""
    script = """
import asyncio, json, sys
sys.path.insert(0, '.')
from actions import safety
safety.CRISIS = __import__('re').compile('xyzzy-noodwoord')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
from actions.answers import send_crisis_if_needed
message = Message(data={'text': 'xyzzy-noodwoord', 'intent': {'name': 'tlv', 'confidence': 0.9}})
IntentSignals().process([message])
class Tracker:
    latest_message = {'text': 'xyzzy-noodwoord'}
class Dispatcher:
    sent = []
    def utter_message(self, **kw):
        self.sent.append(kw)
dispatcher = Dispatcher()
print(json.dumps([message.get('intent')['name'], send_crisis_if_needed(Tracker(), dispatcher)]))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["crisis", True]


@pytest.mark.parametrize("text", ["mijn ex wil een andere school", "gescheiden en oneens over het sbo",
                                  "vader tekent niet voor het opp", "de vlinderschool weigert hulp",
                                  "het teylingen college doet niks voor mijn zoon", "ik word nergens gehoord"])
def test_parents_who_disagree_a_named_school_that_fails_and_despair_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["de basisschool weigert extra hulp, mag dat", "mag de middelbare school weigeren",
                                  "wat doet een vader als ouder bij het opp"])
def test_a_kind_of_school_or_a_general_question_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["hulp bij het invullen van het formulier", "ik snap de brief van school niet",
                                  "afspraak met consulent ouders en school", "wil de consulent gedrag spreken",
                                  "consulent passend onderwijs graag spreken",
                                  "Hij heeft brief gekregen van school. Ik kan niet goed lezen. Wie kan helpen?",
                                  "ik kan de brief niet lezen",
                                  # ... or to look at or explain a paper about school.
                                  "De school stuurt een formulier voor een onderzoek. Moet ik dit tekenen? Kunt u het "
                                  "bekijken?",
                                  "Er kwam een brief van de leerplichtambtenaar. Ik ben bang. Wat staat erin?",
                                  "brief van gemeente over leerlingenvervoer, ik snap niet of het ja of nee is",
                                  "Ik heb een brief van school gekregen over een OPP. Kunt u hem uitleggen?"])
def test_help_with_a_letter_or_form_and_an_appointment_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Ik heb een brief van de woningcorporatie over geluidsoverlast. Kunt u hem lezen?",
    "Ik kreeg een rekening van het ziekenhuis voor mijn dochter. Wie kan mij hiermee helpen?",
    "ik zoek een tolk voor mijn afspraak bij de huisarts, wie betaalt die tolk",
    "brief van de gemeente over bijzondere bijstand, kunt u uitleggen wat ik moet doen?",
    "Het ziekenhuis heeft de afspraak van mijn neefje weer verzet. Kan iemand mij helpen?",
    "We've been waiting months for an appointment at the children's hospital. Who do I call?"])
def test_a_letter_bill_or_appointment_of_another_body_is_off_topic(text):
    assert safety.papers_of_another_body(text)
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


def test_the_parents_own_job_application_is_not_a_request_for_a_person():
    assert not safety.asks_for_person("Kunnen jullie mijn cv nakijken? Ik wil solliciteren als onderwijsassistent.")
    assert safety.asks_for_person("Kunnen jullie mijn bezwaarschrift nakijken?")


@pytest.mark.parametrize("text", [
    "In de brief van de gemeente staat 'uw kind is in beeld als thuiszitter'. Wat betekent dat?",
    "brief van de gemeente over de taxi naar school", "een brief van de gemeente over jeugdhulp voor mijn zoon",
    "ik snap niks van passend onderwijs, kan iemand het uitleggen"])
def test_a_letter_of_the_municipality_about_school_or_a_topic_explained_is_neither(text):
    assert not safety.papers_of_another_body(text) and not safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["mijn zoon kan niet goed lezen, is dat dyslexie?",
                                  "ik lees niet goed Nederlands, waar vind ik het aanmeldformulier?"])
def test_a_child_who_reads_badly_or_a_parents_dutch_in_passing_is_not(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["tlv afgewezen, wat nu", "school weigert een opp te maken wat moet ik doen",
                                  "leerplicht dreigt met een boete, wat kunnen we doen", "geschorst. en nu?",
                                  "kid suspended again, what now",
                                  # ... also with no verb at all.
                                  "zoon 17 mbo gestopt, nu thuis. leerplicht stuurt brief. wat doen",
                                  "school zegt mijn dochter mag niet meer komen wat nu doen?"])
def test_what_now_after_a_situation_at_school_is_an_own_case_even_without_my_child(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["wat nu als de tlv verloopt", "wat moet ik doen als de school geen plek heeft",
                                  "mijn kat eet niet meer, wat moet ik doen", "wat kun je doen tegen een afwijzing",
                                  "kind zit weken thuis zonder school, wie moet er dan wat doen",
                                  "De buurman klaagt dat mijn kinderen na school lawaai maken. Wat moet ik doen?",
                                  # The question is about the landlord, however much school the story holds.
                                  "De kachel is stuk en de verhuurder komt niet. Mijn zoon is ziek en mist school. "
                                  "Wat kan ik doen met de verhuurder?"])
def test_what_now_about_a_rule_or_outside_school_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["ik heb de bezwaartermijn voor de tlv gemist met 2 dagen!! kan ik nog iets doen??",
                                  "we zijn twee weken te laat met de aanmelding, mag het nog?",
                                  "het formulier voor leerlingenvervoer kwam pas na de deadline?? wat nu"])
def test_a_deadline_missed_in_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "we hebben elke dag ruzie met onze zoon over school. wie kan er tussen ons in gaan zitten?",
    "De school van onze dochter reageert niet op onze aanmelding. Kunt u ons in deze situatie adviseren?",
    "mijn zoon krijgt al maanden geen hulp op school, wie kan hier eens naar kijken",
    "Our daughter is ill and we must choose a school this week. Can the consulent OZL advise on her case?"])
def test_someone_to_mediate_advise_or_look_into_ones_own_case_is_a_person(text):
    assert safety.is_personal_case(text) or safety.asks_for_person(text)


def test_advice_on_a_laptop_or_an_insurance_is_not():
    assert not safety.is_personal_case("Kunt u mij adviseren over een geschikte laptop voor mijn dochter in de brugklas?")


@pytest.mark.parametrize("text", ["wat gebeurt er als je de bezwaartermijn mist", "hoe lang is de termijn voor bezwaar",
                                  "wat als de deadline voor leerlingenvervoer voorbij is"])
def test_a_question_about_a_deadline_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["klacht over de directeur van de regenboog", "complaint about teacher mr jansen",
                                  "ex weigert handtekening voor de aanmelding"])
def test_a_complaint_about_a_named_schools_staff_and_an_ex_who_refuses_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["klacht over de directeur van de school", "ik zit in de mr van de school van mijn zoon"])
def test_a_complaint_about_someone_unnamed_and_the_mr_are_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["ik wil de cva bellen over mijn zoon", "consulent ozl spreken over mijn dochter"])
def test_wanting_to_call_or_speak_to_a_named_body_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


def test_a_runaway_child_is_a_crisis():
    assert safety.is_crisis("mijn kind is weggelopen") and safety.is_crisis("onze zoon is niet thuisgekomen")


def test_ones_own_child_unwell_every_day_is_a_personal_case_but_a_pet_is_not():
    assert safety.is_personal_case("dochter eet niet meer en huilt elke ochtend voor school")
    assert not safety.is_personal_case("onze hond eet niet meer")


@pytest.mark.parametrize("text", [
    "is het mogelijk dat iemand mij vanmiddag even belt", "kan iemand ons helpen met het gesprek op school",
    "wil iemand bij ons thuis komen om het uit te leggen", "kan de consulent een keer bij ons op school komen kijken",
    "kan de ib'er mee naar het gesprek, ik durf niet alleen", "is het mogelijk om een afspraak te maken",
    "met wie kan ik over mijn zoon praten", "zou iemand ernaar kunnen kijken voor ik hem opstuur",
    "kunt u mijn reactie op het ontwikkelingsperspectiefplan van de school van mijn zoon controleren",
    "kun je mijn brief aan de school nakijken", "can someone advise us", "help me write a letter to the school",
])
def test_wanting_someone_to_call_help_visit_or_read_along_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["kunt u mij uitleggen wat een tlv is", "kan een consulent mee naar een gesprek",
                                  "mag leerplicht zomaar bij ons thuis langskomen", "kun je mijn profielwerkstuk nakijken",
                                  "hello, can you help me", "hoe maak ik een afspraak met de school"])
def test_asking_about_the_rule_or_for_an_explanation_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["zoon 2 uur per dag naar school, al maanden. wat ik kan doen",
                                  "hij moet misschien van school, wat kan ik doen om dat te voorkomen",
                                  "school zegt nee tegen extra hulp, wat kan ik nu het beste doen",
                                  "my husband and i disagree about the school",
                                  "Mijn dochter eet niet meer op school. Wat zouden jullie adviseren voor haar?"])
def test_more_ways_of_asking_what_to_do_in_ones_own_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["kunt u de school bellen om het uit te leggen", "kunnen jullie iets voor ons doen?",
                                  "wil iemand de gemeente mailen voor ons", "namens ons met de school praten, kan dat",
                                  "can somebody phone the school on our behalf?", "kan ik de directeur van het swv spreken"])
def test_someone_to_phone_the_school_or_act_for_the_parent_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["kunt u mij vertellen wie ik moet bellen", "wanneer kan ik jullie bellen",
                                  "wat kan het samenwerkingsverband voor ons doen",
                                  "kunnen jullie de tijden mailen wanneer het loket open is"])
def test_asking_whom_to_call_or_what_the_swv_does_is_not(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["hou op met die standaardantwoorden", "je begrijpt me gewoon niet",
                                  "daar heb ik niks aan", "you don't understand me", "stomme bot",
                                  "zo moe van al dat gevecht"])
def test_anger_at_the_assistant_itself_is_for_a_person(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "wie kijkt er even naar onze brief van het bestuur", "wie leest m'n bezwaar na voor vrijdag",
    "wie kan hier nou eens tussen gaan zitten", "zou iemand het plan met ons kunnen doorlopen",
    "is het mogelijk dat iemand met mij het formulier bekijkt", "kan een van uw consulenten ons bijstaan",
    "wie van jullie kan met ons meegaan naar het mdo", "kunnen jullie de reactie aan school voor ons opstellen",
    "could we talk it over with an adviser?", "could someone from the loket join us at school",
    "who could take a look at my case?", "give us a call tomorrow please",
    "we would appreciate it if someone could read our letter",
])
def test_who_reads_checks_or_joins_for_this_parent_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "wie kan een tlv aanvragen", "wie leest het opp van een leerling", "wie van de school beslist over een arrangement",
    "wie kijkt naar de aanvraag voor een tlv", "who can attend an mdo?", "who can apply for a TLV?",
])
def test_asking_who_does_something_in_the_procedure_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "dit is echt te gek voor woorden", "wie gaat hier nou eens wat aan doen?",
    "meester de jong weigert haar toets voor te lezen", "ik ben 14 en de school wil me eruit hebben, wie kan me helpen",
    "mijn dochter zit al drie maanden thuis. hoe kunnen we dit het beste aanpakken?",
    "Our foster daughter has no school since May. Who is going to fix this?",
])
def test_anger_a_named_teacher_who_refuses_a_pupil_and_how_to_tackle_it_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "de hond van mijn zoon is ziek, wat moeten we doen?", "ik ben 12 en wat is een tlv",
    "my kids are scared of the neighbours' dog, what should I do?",
])
def test_a_pet_or_a_pupils_plain_question_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "terugbelverzoek graag", "wie wil er bij het gesprek naast mij zitten", "ik wil dat iemand anders naar ons verhaal kijkt",
    "kan een consulent met ons het verslag doornemen", "kunnen jullie kijken of dit klopt", "I need someone on the phone",
    "could you review if the letter is right?",
])
def test_more_ways_to_ask_for_someone_to_call_sit_beside_or_check(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hoe vraag ik een terugbelverzoek aan", "kunnen jullie kijken of er nog plek is op een school",
    "wie zit er in de commissie", "how can I check if the school has a support profile?",
])
def test_asking_how_to_request_or_who_sits_on_a_committee_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "de zorgcoördinator van het Stedelijk College was zo onaardig tegen mijn zoon", "juf Petra heeft hem uitgelachen",
    "Our school says no to everything for our son. How do we move forward?",
])
def test_mistreatment_by_a_named_person_and_how_to_move_forward_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "how much child support does my ex have to pay", "de hond van de buren beet mijn dochter en ze huilt elke dag",
    "de cat heeft de tlv van mijn zoon afgewezen en hij zit thuis",
])
def test_child_support_and_a_pet_are_not_school_matters_but_the_cat_commission_is(text):
    # The CAT story asks nothing: no personal case yet, but an own story that goes to a person if it stays unclear.
    assert safety.is_personal_case(text) is False
    assert safety.is_unclear_own_story(text) == ("tlv" in text)


@pytest.mark.bot
def test_a_short_message_with_a_place_and_a_kind_of_school_is_a_school_search(bot_venv):
    """components/signals.py: a place and a kind of school or a need (entities from the schools' lookup tables) in a
    short message make it a school search, as does a place with "which school is that?"; a question about a rule with
    the same words does not."""
    script = """
import json, sys
sys.path.insert(0, '.')
from components.signals import asks_which_school, is_school_search
place, kind, need = {'entity': 'place'}, {'entity': 'school_type'}, {'entity': 'need'}
print(json.dumps([is_school_search('vso school emmen of assen', [place, kind]),
                  is_school_search('sbo haarlem dyslexie', [place, need]),
                  is_school_search('mag een sbo in haarlem mijn kind weigeren', [place, kind]),
                  is_school_search('vso in assen', [kind]),
                  is_school_search('ik zoek een vso ' + 'heel ' * 12 + 'in assen', [place, kind]),
                  is_school_search('Onder welk samenwerkingsverband valt een vmbo in Bunnik?', [place, kind]),
                  is_school_search('praktijkonderwijs assen voor wie', [place, kind]),
                  is_school_search('waar is een sbo in haarlem', [place, kind]),
                  is_school_search('tlv nodig voor praktijkonderwijs Assen?', [place, kind]),
                  is_school_search('sportdag basisscholen Beilen datum', [place, kind]),
                  is_school_search('ik zoek een autisme vriendelijke kapper in Haarlem', [place, need]),
                  is_school_search('kindertandarts zeist adhd', [place, need]),
                  is_school_search('Beslist de CvA in Assen ook over praktijkonderwijs?', [place, kind]),
                  is_school_search('leerlingevervoer zeist vso', [place, kind]),
                  is_school_search('basisondersteuning basisscholen haarlem', [place, kind]),
                  asks_which_school('Een moeder zei dat er in Emmen een basisschool is met een taalklas. Welke is '
                                    'dat?', [place, kind]),
                  asks_which_school('Welke school is dat eigenlijk, een cluster 2 school?', [kind])]))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [True, True, False, False, False, False, False, True,
                                                                  False, False, False, False, False, False, False,
                                                                  True, False]


@pytest.mark.bot
def test_a_school_search_for_a_dentist_or_a_support_group_is_off_topic(bot_venv):
    """components/signals.py: where the classifier leans to a school search (its choice, or the first button when
    unsure) but the message looks for another service and names no kind of school (or one no school offers, like
    tutoring), the parent hears where to go, also when the message tells of their own child."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
place, kind = {'entity': 'place'}, {'entity': 'school_type'}
ranking = [{'name': 'school_zoeken', 'confidence': 0.45}, {'name': 'jeugdhulp', 'confidence': 0.2}]
found = []
for text, intent, entities in [
        ('tandarts met ervaring met kinderen met autisme in de buurt van Zeist', 'nlu_fallback', [place]),
        ('Waar vind ik een support group for parents of kids with cancer bij Zeist?', 'school_zoeken', [place]),
        ('zoek een basisschool met bso in Lisse voor mijn zoon met autisme', 'school_zoeken', [place, kind]),
        ('welke scholen in Zeist hebben ervaring met autisme', 'school_zoeken', [place]),
        ('bijles wiskunde 3 havo haarlem', 'school_zoeken', [place, kind]),
        ('Wij zoeken een huurwoning dicht bij een basisschool in Bloemendaal.', 'school_zoeken', [place, kind]),
        # Unsure, and a story about their own child: still off-topic, not an own story for an adviser.
        ('mijn zoon heeft autisme. wij zoeken zwembad met rustige tijd in Katwijk', 'nlu_fallback', [place])]:
    message = Message(data={'text': text, 'intent': {'name': intent, 'confidence': 0.5}, 'intent_ranking': ranking,
                            'entities': entities})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "school_zoeken",
                                                                  "school_zoeken", "out_of_scope", "out_of_scope",
                                                                  "out_of_scope"]


@pytest.mark.bot
def test_help_with_another_matter_that_the_classifier_would_hand_over_is_off_topic(bot_venv):
    """components/signals.py: help asked with a matter that is not school's (a DigiD, a benefit, a job application, the
    energy bill) gets where to go, not an adviser; help with homework where school fails the child stays a handover, and a
    suspected crisis is never turned off-topic."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, intent in [('Kan iemand mij helpen met het aanvragen van een DigiD? Ik kom er niet uit.', 'request_human'),
                     ('Zou iemand mij kunnen helpen met het aanvragen van kinderopvangtoeslag?', 'request_human'),
                     ('hulp bij huiswerk nodig, mijn zoon met dyslexie krijgt op school geen extra ondersteuning',
                      'personal_case'),
                     ('kan iemand mij helpen met mijn belastingaangifte, alles loopt me boven het hoofd',
                      'nlu_fallback'),
                     ('kan iemand mij terugbellen over mijn energierekening, die is veel te hoog', 'request_human'),
                     ('Ik ben de buurvrouw van een Syrische familie. Hun zoon zit al weken thuis. De moeder vraagt of '
                      'iemand haar kan bellen.', 'request_human'),
                     ('ruzie met de bovenburen over de herrie, wie kan ik bellen?', 'request_human'),
                     ('kan ik jullie ergens spreken? overdag sta ik in de winkel', 'request_human')]:
    ranking = [{'name': intent, 'confidence': 0.8}, {'name': 'out_of_scope', 'confidence': 0.1}]
    if intent == 'nlu_fallback':  # unsure, leaning to a crisis
        ranking = [{'name': 'nlu_fallback', 'confidence': 0.5}, {'name': 'crisis', 'confidence': 0.45}]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "personal_case",
                                                                  "nlu_fallback", "out_of_scope", "request_human",
                                                                  "out_of_scope", "request_human"]


@pytest.mark.parametrize("text", [
    "Dochter zit al 6 weken thuis. Hulp?",
    "Ik ben moeder van Amir. Hij is 9. De juf zegt hij is te druk. Zij wil hij gaat halve dag naar school. "
    "Ik wil hulp.",
    "hulp nodig zoon thuis zitten school", "advies nodig dochter geschorst",
])
def test_help_asked_in_a_word_before_or_after_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_a_question_ending_in_help_with_a_rule_is_not():
    assert not safety.is_personal_case("Wat is een aangepast rooster? Hulp")


def test_who_arranges_it_for_us_in_ones_own_case_is_a_personal_case():
    assert safety.is_personal_case("Onze zoon (vso) heeft nog geen plek. Zijn TLV komt uit Groningen. Wie regelt dit "
                                   "nu voor ons?")
    assert not safety.is_personal_case("Wie regelt het leerlingenvervoer voor een kind in het vso?")


@pytest.mark.bot
def test_an_unsure_classifier_with_a_clear_first_topic_answers_it(bot_venv):
    """components/signals.py: below the fallback's 0.5, a topic first at 0.4 or more with 0.1 ahead is answered; small
    talk, off-topic, a close second or a lower confidence still ask, and an unplaced own story is still handed over."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, first, second in [
        ('hoe lang mag een schorsing duren', ('bezwaar_school', 0.45), ('klacht', 0.3)),
        ('hoe lang mag een schorsing duren', ('bezwaar_school', 0.45), ('klacht', 0.4)),
        ('hoe lang mag een schorsing duren', ('bezwaar_school', 0.38), ('klacht', 0.1)),
        ('doei en bedankt', ('goodbye', 0.45), ('thanks', 0.2)),
        ('welke soep helpt tegen verkoudheid', ('out_of_scope', 0.45), ('ziek_kind', 0.2)),
        ('mijn zoon zit nu al drie maanden thuis en de school belt niet meer terug', ('thuiszitten', 0.45),
         ('leerplicht', 0.2))]:
    ranking = [{'name': 'nlu_fallback', 'confidence': 0.5}] + [{'name': n, 'confidence': c} for n, c in (first, second)]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append([message.get('intent')['name'], message.get('intent_ranking')[0]['name']])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        ["bezwaar_school", "bezwaar_school"], ["nlu_fallback", "nlu_fallback"], ["nlu_fallback", "nlu_fallback"],
        ["nlu_fallback", "nlu_fallback"], ["nlu_fallback", "nlu_fallback"], ["personal_case", "personal_case"]]


@pytest.mark.bot
def test_an_unsure_classifier_whose_first_two_readings_are_handovers_hands_over(bot_venv):
    """components/signals.py: below the fallback's 0.5, a request for a person and an own case first and second, 0.65
    or more together, hand over with the first; a topic among the first two, or less together, or a message too short
    to be a story, still asks."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
story = 'Mevrouw Bos zei aan de telefoon dat we de aanvraag beter konden intrekken. Dat vond ik onprettig.'
for text, first, second in [
        (story, ('request_human', 0.5), ('personal_case', 0.45)), (story, ('personal_case', 0.43), ('crisis', 0.39)),
        (story, ('request_human', 0.35), ('personal_case', 0.28)), (story, ('personal_case', 0.45), ('tlv', 0.4)),
        ('hmm not sure', ('personal_case', 0.45), ('crisis', 0.23))]:
    ranking = [{'name': 'nlu_fallback', 'confidence': 0.5}] + [{'name': n, 'confidence': c} for n, c in (first, second)]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        "request_human", "personal_case", "nlu_fallback", "nlu_fallback", "nlu_fallback"]


@pytest.mark.parametrize("text", [
    "ik wil dat iemand dit met school bespreekt", "ik zoek iemand die mee wil lezen met de brief",
    "mag ik met een onderwijsconsulent van het steunpunt praten over mijn zoon",
    "Could the consulent from the loket contact us?", "can someone from the Ouder- en jeugdsteunpunt come to the mdo",
    "can someone meelezen with our bezwaar?",
])
def test_wanting_someone_to_act_read_along_or_talk_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["wat doet een onderwijsconsulent", "can the school contact me about the tlv",
                                  "ik wil dat de school een plan maakt"])
def test_what_a_consulent_does_or_what_the_school_should_do_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Graag verneem ik wanneer een adviseur mij kan terugbellen", "ik wil een ander contactpersoon",
    "bemiddeling met school nodig", "kan iemand van het steunpunt mij helpen?",
    "Kan de consulent met ons en de school om tafel?", "ik heb dringend een afspraak nodig met iemand",
    "I would like an appointment with an onderwijsconsulent", "Please put me in touch with the consulent OZL.",
    "Dear steunpunt, we kindly request mediation between us and the school.",
])
def test_a_call_back_another_contact_mediation_or_a_meeting_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["klacht over basisschool De Wilg", "we are stuck with school",
                                  "Mijn zoon wordt steeds naar huis gestuurd. Kunt u mij alstublieft helpen?"])
def test_a_complaint_about_a_named_school_or_being_stuck_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Geachte heer/mevrouw, Graag ontvang ik informatie over de opvang bij de school van mijn kinderen. Met vriendelijke"
    " groet, A. Jansen",
    "wij hebben een nieuw katje en mijn dochter wil het laten zien in de klas mag dat van de school",
    "mijn kind heeft een rooster van maar 10 uur per week, mag dat",
])
def test_a_letters_question_before_its_sign_off_or_a_question_without_its_mark_is_no_unclear_story(text):
    assert not safety.is_unclear_own_story(text)


def test_a_story_without_a_question_before_the_sign_off_still_is():
    assert safety.is_unclear_own_story("Mijn zoon wordt steeds vaker naar huis gestuurd en de school doet er niets mee."
                                       " Met vriendelijke groet, F. El Amrani")


@pytest.mark.parametrize("text", [
    "Wie denkt met ons mee over de volgende stap?", "wie kan met mij mee naar de hoorzitting?",
    "wie kan tussenbeide komen?", "Graag overleg met adviseur.", "Hoe komen we hieruit? Graag een gesprek.",
    "hebben jullie hulp voor ons allebei", "is er een volwassene die voor mij op wil komen",
    "zou iemand mij kunnen voorlezen wat er staat", "Kunt u mij in contact brengen met een onderwijsconsulent?",
    "Ik hoop dat een adviseur me daarbij steunt.", "Kan een consulent meekomen naar het MDO van mijn dochter?",
    "i need an adult on my side", "I'd like to be put in touch with an onderwijsconsulent",
    "Could a consulent from the ouder- en jeugdsteunpunt join our meeting?",
])
def test_thinking_along_coming_along_reading_out_and_standing_up_for_a_parent_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "mag ik iemand meenemen naar de hoorzitting", "kan de intern begeleider mij in contact brengen met het steunpunt",
    "kan een consulent mee naar een mdo",
])
def test_bringing_someone_along_or_a_meeting_the_school_wants_is_no_request(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Kan iemand mij helpen met het huiswerk van mijn zoon? Hij snapt breuken niet.",
    "Kunnen jullie me helpen bij de voogdijzaak over mijn kinderen?",
    "Can you help my son learn his French vocabulary for the test?",
    "Kun je ook teruggebeld worden door het Loket als je buiten de openingstijden belt?",
    "wat eten kinderen van 10 het liefst als lunch op school, ik weet het niet meer haha",
    "kun je mijn motivatiebrief voor een baan verbeteren",
    "we zijn het oneens met school, hoe pak ik het gesprek met de directeur aan",
    "hoe maak ik een sinterklaas surprise? mijn zoon heeft juf Anouk getrokken",
    "Mijn dochter is bang voor de hond bij de school. Hoe help ik haar?",
])
def test_everyday_help_a_laugh_a_job_letter_and_how_the_service_works_are_not_for_an_adviser(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "klacht over mentor van mijn zoon, hij scheldt kinderen uit. wie kan ik spreken",
    "Kan er een onderwijsconsulent mee naar het gesprek op school over mijn zoon?",
    "I'd like an appointment with a Loket Passend Onderwijs adviser about my daughter",
    "My ex and I share custody and disagree about whether our son should go to an SBO. What should we do?",
])
def test_whom_to_speak_a_consulent_along_or_an_appointment_still_is(text):
    assert safety.asks_for_person(text) or safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik eis een gesprek", "wil dat iemand opp meeleest", "mdo morgen, wie gaat mee?", "pleegkind zit thuis, wie helpt?",
    "hoe verder met mijn zoon??", "wat een kutschool", "onacceptabel hoe de regenboog doet",
    "opa hier, zorgen om kleinzoon, help", "foster child at home, who helps?", "help writing my objection letter",
    "plz someone help my daughter", "who can join me at mdo",
])
def test_short_requests_anger_and_telegraphic_cases_go_to_a_person(text):
    assert safety.asks_for_person(text) or safety.is_personal_case(text)


def test_help_with_arithmetic_homework_is_not():
    assert not safety.asks_for_person("hulp bij rekenhuiswerk") and not safety.is_personal_case("hulp bij rekenhuiswerk")


@pytest.mark.parametrize("text", [
    "Welke stappen kan ik in deze concrete situatie ondernemen? Mijn zoon wacht al acht weken op een besluit.",
    "de school van mijn dochter wil haar verwijderen. Hoe dienen wij in ons geval te handelen?",
    "onze zoon zit thuis sinds de afwijzing, hoe pakken we dit nu concreet aan",
    "mijn zoon wordt elke dag opgehaald. Wat zouden jullie in onze schoenen doen?",
    "onze dochter krijgt geen begeleiding, hoe krijgen wij dit sneller geregeld",
    "mijn zoon is ziek, niet spijbel. ik heb angst voor boete. wat doe ik",
    "mijn dochter moet een dag per week thuisblijven. Ik zou uw oordeel op prijs stellen.",
    "mijn echtgenote en ik verschillen van mening over de plaatsing van onze zoon in het speciaal onderwijs",
    "ik weet het echt niet meer, de oudste zit thuis en school belt me elke dag",
    "Juf Ellen van De Klimop is onmogelijk",
    "Lang verhaal kort: de aanmelding is afgewezen. Zoon zit thuis. Hoe pakken we dit nu concreet aan?",
    "Ondergetekende is de moeder van een leerling uit groep 6. Ik zou uw oordeel op prijs stellen.",
    "zit nu bij school, ze willen dat ik teken voor een aangepast rooster. moet ik tekenen?? help",
])
def test_a_formal_letter_or_a_few_words_about_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["Luizen op school, wat moet ik doen?", "help mijn zoon met breuken",
                                  "mijn kind heeft hoofdluis, moet ik dat aan school melden",
                                  "Juf Sanne wil dat alle kinderen verkleed komen met carnaval, maar mijn zoon weigert."
                                  " Hoe los ik dat op?",
                                  "Mijn zoon (groep 4, juf Annemiek) moet een spreekbeurt over egels houden. Help?",
                                  "Ik ben de opa van Jurre en help mijn zoon met de papierwinkel. Hoe lang mag een "
                                  "school doen over een besluit?",
                                  "how does the move to secondary school work when your kid needs extra help?"])
def test_lice_a_talk_sums_or_a_grandparent_who_helps_are_not_an_own_case(text):
    assert not safety.is_personal_case(text)
    assert not safety.is_unclear_own_story(text)


@pytest.mark.parametrize("text", [
    "hoe deel je 3/4 door 1/2?? zoon groep 6 vraagt het en ik weet het echt niet meer 😂",
    "Kunt u mij helpen met een rekensom van mijn zoon Tim: hoeveel is 3/4 plus 2/3? Ik kom er zelf niet meer uit.",
    "Onze dochter moet een spreekbeurt over de Tweede Wereldoorlog houden. Ze is er erg druk mee.",
])
def test_homework_is_neither_an_own_case_nor_an_own_story(text):
    assert not safety.is_personal_case(text) and not safety.is_unclear_own_story(text)


@pytest.mark.parametrize("text", ["ja hallo ik wil een afspraak maken bij de dierenarts voor de cavia van school",
                                  "Mag de hond van mijn pleegdochter een dag mee naar school?"])
def test_the_vet_or_a_dog_coming_along_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text)


def test_a_cat_that_ran_away_is_no_crisis_but_a_child_is():
    assert not safety.is_crisis("onze kat is weggelopen bij de school van mn dochter")
    assert safety.is_crisis("onze dochter is weggelopen")


@pytest.mark.parametrize("text", [
    "kat vermist",
    "Onze poes is vermist en mijn dochter huilt",
    "Vorige week is ze haar nieuwe winterjas kwijtgeraakt, een blauwe. De conciërge kon hem niet vinden.",
])
def test_a_missing_pet_or_coat_is_no_crisis(text):
    assert not safety.is_crisis(text)


@pytest.mark.parametrize("text", [
    "mijn zoon is vermist",
    "we kunnen haar niet vinden",
    "Mijn dochter is haar telefoon kwijt en ik kan haar niet vinden",
    "onze hond is weg en onze zoon is vermist",
])
def test_a_missing_child_is_a_crisis_also_beside_a_lost_thing_or_pet(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", [
    "Geachte, ik wens mijn situatie voor te leggen aan een adviseur van het Loket.",
    "Is er een mogelijkheid tot een gesprek met een onafhankelijke partij?",
    "Ik hoorde dat er een consulent is voor thuiszitters. Kan die bij ons langskomen?",
    "is er iemand die mee kan denken over mijn dochter",
    "Hoe krijgen we hem op een school? Ik zou het fijn vinden als iemand ons hierin begeleidt.",
    "De school stuurt aan op een TLV. Wie kan met mij meekijken naar zijn dossier?",
    "Terugbellen graag, ben tot 16u bereikbaar.", "ik wil hier iemand over sprekken",
    "ik word gepest en de juf doet niks. mag ik met iemand chatte", "wie kan ik hier over spreke",
    "kan de school-CJG'er mee naar het gesprek met de mentor?",
])
def test_a_formal_or_roundabout_request_for_a_person_is_recognised(text):
    assert safety.asks_for_person(text)


def test_the_parent_reading_for_themself_is_not_someone_reading_for_them():
    assert not safety.asks_for_person("Kunt u mij uitleggen wat basisondersteuning is en waar ik kan nalezen wat de "
                                      "school van mijn dochter biedt?")
    assert safety.asks_for_person("kunt u mijn brief nalezen voordat ik hem verstuur")


@pytest.mark.bot
def test_a_crisis_the_classifier_found_is_not_lowered_to_a_handover_by_a_signal(bot_venv):
    """A signal may raise any intent to crisis, but a personal-case or person signal does not take a crisis away: its
    reply hands over too, and 113 comes first."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for intent in ('crisis', 'tlv'):
    message = Message(data={'text': 'ik weet het echt niet meer, ik wil iemand spreken',
                            'intent': {'name': intent, 'confidence': 0.8}})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["crisis", "request_human"]


def test_not_wanting_to_exist_any_more_is_a_crisis():
    assert safety.is_crisis("word al een jaar gepest, mn mentor zegt negeer het gwn. soms wil ik gewoon niet meer bestaan")


@pytest.mark.parametrize("text", [
    "ik zit in 1 vmbo en de leraren schreeuwen de hele tijd tegen me. ik ga elke dag huilend naar huis",
    "ik heb al 3 keer tegen mn mentor gezegd dat ik depressief ben en ze doet niks. ik weet niet meer wie ik moet vragen",
    "Al zeven maanden zit mijn zoon thuis. Ik ben op. Wie gaat er nu eindelijk eens iets doen??",
])
def test_a_pupil_about_themself_or_an_exhausted_parent_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_who_arranges_it_for_me_is_a_request_for_a_person_but_a_book_report_is_not():
    assert safety.asks_for_person("ik mag alleen nog de ochtenden komen. wie kan dat voor mij regelen")
    assert not safety.asks_for_person("kan iemand me ff helpen met mn engelse boekverslag over the hunger games pls")


@pytest.mark.parametrize("text", [
    "Morgenochtend tussen 9 en 10 ben ik bereikbaar op 06-41234567",
    "mijn nummer is bij jullie bekend, graag vandaag nog een reactie",
    "ik heb vorige week een terugbelverzoek gedaan maar nog niks gehoord. Wanneer kan ik iets verwachten?",
    "Ik wacht op een reactie, mijn gegevens heb ik net al gegeven",
    "De CvA heeft ons verzoek afgewezen. Ik wil dat iemand met mij de afwijzing doorleest.",
    "We willen bezwaar maken en hebben hulp nodig bij het schrijven. Wie helpt ons?",
    "Ik ben het er niet mee eens. Met wie kan ik hierover in gesprek?",
    "Ik wil naar het spreekuur op donderdag, hoe kom ik daar?",
    "Could you please check my letter? Is my Dutch okay?",
])
def test_a_number_to_call_a_request_waiting_for_its_answer_or_the_spreekuur_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hoe lang moet ik wachten op een reactie op mijn email",
    "ik heb mijn dochter 5 weken geleden aangemeld en nog steeds niks gehoord, hoe lang mogen ze erover doen?",
    "ik wacht op een reactie van de commissie, hoe lang duurt dat meestal?",
    "Kan iemand mij helpen een goede fietsroute naar de middelbare school te vinden?",
])
def test_waiting_for_the_school_or_a_route_to_school_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Wie kan mij vertellen wat ik in mijn geval het beste kan doen?",
    "in het opp staat 'ouders zijn akkoord' maar ik heb niks getekend!!! ik wil een klacht indienen tegen die school",
    "Lang verhaal kort: zoon (12) thuis sinds september. Iedereen wijst naar elkaar. Wie kan ons helpen?",
])
def test_ones_own_situation_a_complaint_about_that_school_and_a_child_after_a_colon_are_personal_cases(text):
    assert safety.is_personal_case(text)


def test_registering_at_a_music_school_is_no_complaint():
    assert not safety.is_personal_case("In de brief van de muziekschool staat 'lessen starten na de zomer'. Hoe meld ik "
                                       "mijn dochter aan voor pianoles?")


@pytest.mark.parametrize("text", [
    "ik moet een brief sturen naar de geschillencommissie, kunnen jullie me daarmee helpen",
    "Kun je een brief voor me schrijven aan de directeur dat ik het niet eens ben met de schorsing van mijn zoon?",
    "Graag verzoek ik u mijn concept-verzoekschrift aan de Geschillencommissie passend onderwijs te beoordelen.",
    "Hier is mijn bezwaar: 'Geacht bestuur, hierbij maak ik bezwaar tegen het besluit.' Is dit zo goed?",
    "Kunt u kijken of ik het aanmeldformulier van het Northgo goed heb ingevuld?",
    "de vader en ik zijn het oneens over de schoolkeuze. Kan het steunpunt tussen ons bemiddelen?",
])
def test_help_with_ones_own_letter_or_form_and_mediation_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "kun je een mail voor me schrijven aan de ouders van de klas over het kerstdiner",
    "Wat is het nummer van de klantenservice van KPN? Ik wil iemand spreken over mijn internet",
])
def test_a_letter_about_something_else_or_another_companys_service_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "School wil een OPP voor mijn zoon maar ik ben het niet eens met de doelen. Moet ik nu tekenen of niet?",
    "Zijn mentor denkt dat mijn zoon terug kan naar een gewone mavo. Hoe regelen wij dat voor hem?",
    "ik wil mijn zoon bij 3 scholen tegelijk aanmelden. hoe moet ik dat in zijn geval aanpakken?",
    "Jullie site helpt ook al niks. Ik zit met een kind dat niet naar school kan.",
    "De vader van mijn kinderen wil niet dat ze jeugdhulp krijgen via school. Ik wil dat wel.",
    "Wij als ouders zijn het oneens over de aanvraag: ik wil het vso, mijn man wil dat hij op school blijft.",
])
def test_more_own_cases_and_parents_who_disagree(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "we zijn het oneens met school, hoe pak ik het gesprek met de directeur aan",
    "Mijn zoon zit op het Teylingen College. Welke klachtenregeling geldt daar eigenlijk?",
])
def test_disagreeing_with_the_school_or_asking_which_complaints_rules_apply_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "formulier aanmelding ik snap niet", "klachtbrief opstellen help pls", "bezwaar tlv brief samen opstellen?",
    "kan t loket mij morgen belle", "operator",
    "Graag een terugbelverzoek. Onderwerp: vrijstelling van de leerplicht voor mijn zoon.",
    "namens mijn zus vraag ik of een adviseur haar kan helpen",
])
def test_a_request_for_a_person_in_a_few_words(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "jullie snappen er niks van", "sorry ben heel emotioneel", "heb er slapeloze nachten van",
    "im so done with this school", "co ouder blokkeert aanmelding", "mn vrouw wil pro ik wil vmbo",
    "wij zijn het oneens over welke school", "klacht over de CAT", "klacht over seyster college",
    "mentor doet niks wil klacht indiene", "klacht over begeleider van de boeg",
])
def test_upset_disagreeing_or_complaining_in_a_few_words_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "klacht over de intern begeleider", "klacht over de school", "klacht indienen hoe", "klacht over de bus",
    "school doet niks tegen pesten, kan ik een klacht indienen",
])
def test_a_complaint_without_a_name_asks_how_to_complain(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ja goedendag eh ik wil graag een afspraak maken bij het consultatiebureau voor mijn baby",
    "wie kan mij helpen met een DigiD aanvragen voor mijn kind van 14",
    "In de brief van school staat dat de tlv afloopt. Ik snap het niet, wat betekent dat?",
    "Hoe kom ik in contact met een consulent ouders en school?",
    "Ik verzoek u vriendelijk mij te helpen bij het vinden van een huurwoning voor mijn gezin.",
    "kan iemand mij helpen met mijn belasting aangifte, ik snap niks van die kinderopvangtoeslag",
    "Ik verzoek u mij informatie te sturen over de toelaatbaarheidsverklaring.", "afspraak maken loket hoe",
    "Ondergetekende verzoekt u het dossier van haar zoon te vernietigen.",
])
def test_an_appointment_elsewhere_or_a_letter_to_explain_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "ben zo gefrustreerd, al 2 jaar gedoe", "heel erg gestresd door alles", "het CAT heeft ons heel slecht behandeld",
    "cbs De Fontein houdt zich niet aan afspraken", "papa wil andere school, ik wil deze school",
    "wij zijn als ouders niet eens over school", "ik en zijn vader zijn het niet eens over het aangepaste rooster",
    "mijn ex weigert de aanvraag voor leerlingenvervoer te tekenen", "ontevreden over de cva",
    "my husband and me different opinion school. he want special school, i want normal school for our son",
])
def test_frustration_a_school_that_breaks_its_word_and_parents_apart_in_few_words_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "wil je mn klachtbrief even checken op fouten", "kun je meelezen met mijn aanvraag vervoer",
    "wil mijn mail aan de rector laten checken, mag dat", "formulier dyslexieonderzoek samen invulle?",
    "hoe schrijf ik dit bezwaar, kun je helpen", "hoe moet ik dit formulier invulle snap er niks van",
    "aanmeldformulier school vraagt 'ondersteuningsbehoefte' wat moet ik invullen daar? help aub",
    "Zou u kunnen beoordelen of de argumenten in ons bezwaarschrift voldoende onderbouwd zijn?",
    "hoe zit dat met leerlingenvervoer en ehm kan iemand mij daar ook over terugbellen",
    "Onze zoon zit thuis. Kan een adviseur van het Loket ons helpen?",
])
def test_a_letter_or_form_to_check_a_call_back_in_passing_and_an_adviser_for_us_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


def test_registering_a_child_or_a_pet_that_died_is_no_complaint_and_no_crisis():
    assert not safety.is_personal_case("Ik meld mijn kind aan bij een school. Moet die school dan helpen een plek te "
                                       "vinden?")
    assert not safety.is_crisis("Onze cavia is overleden. Hoe leg ik mijn zoon uit dat dieren doodgaan?")
    assert safety.is_crisis("mijn kind praat steeds over doodgaan")
    assert safety.is_personal_case("mijn dochter heeft een opp waar ik het niet mee eens ben. moet ik tekene of niet?")


@pytest.mark.parametrize("text", [
    "haha ik word gek van al die afkortingen, wat is een opp?", "ik lig dubbel, mijn zoon noemt de tlv 'toiletlijst'",
    "ik ben zo boos op de buren, ze parkeren steeds voor onze deur", "ik ben zo gestrest, mijn dochter is morgen jarig",
    "ik word gek van dit verkeer, hoe laat is de file weg",
    "OPP, OPA, OPF, ik word gek van al die afkortingen. Wat is een OPP en wanneer krijgt een kind er een?",
])
def test_an_idiom_that_laughs_at_itself_or_anger_about_something_else_is_no_personal_case(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik ben zo boos op de buurman, hij pest mijn zoon op school", "😭😭 de school wil hem niet meer",
    "ik word er depri van, de cva beslist maar niks", "Niemand luistert naar ons.", "ik ben het zat",
    "Ik wil een klacht indienen over de CAT, ze hebben ons dossier niet eens gelezen",
    "onze zoon mag nog maar twee ochtenden komen. hoe moet dat verder met school",
    "Mijn dochter heeft geen tlv meer. De ene school zegt dit, de andere dat. Wie heeft er gelijk?",
    "mijn zoon leest slecht en school wacht af. moet ik wachten of kan ik zelf iets doen?",
    "Onze dochter krijgt een OPP met uitstroom pro. Wat is in onze situatie verstandig om te doen?",
    "De school wil sbo voor onze dochter, ik niet mee eens, mijn man wel. We hebben er steeds ruzie over.",
])
def test_anger_about_school_and_more_ways_to_ask_what_to_do_in_ones_own_case_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text, person", [
    ("Onze konijnen zijn ziek, wie kan ik bellen in Assen?", False), ("wie kan ik bellen in Assen?", True),
    ("ik wil iemand van de cat spreken", True), ("kan een consulent ouders en school ons helpen?", True),
])
def test_a_pet_is_no_reason_to_call_but_the_cat_commission_is(text, person):
    assert safety.asks_for_person(text) is person


@pytest.mark.parametrize("text", [
    "ontevreden over de cva, volgens mij hebben ze onze aanvraag niet eens gelezen",
    "Our daughter (9) is refused by every school here. Kunnen jullie ons helpen?",
])
def test_discontent_with_a_body_about_our_file_and_a_mixed_language_request_are_personal_cases(text):
    assert safety.is_personal_case(text)


def test_english_help_as_a_noun_is_no_request_in_a_mixed_message():
    assert not safety.is_personal_case("what documents do I need for aanmelden when my son needs extra help")
    assert safety.asks_for_person("Mag ik jullie als zo'n partij meenemen naar het gesprek?")


@pytest.mark.parametrize("text", [
    "de buurman zegt dat onze kinderen te veel lawaai maken, wat moet ik doen?",
    "mijn ex wil niet tekenen voor het paspoort van onze dochter, wat kan ik doen",
    "de pianoleraar, meneer Bos, is zo streng dat mijn zoon niet meer wil, ik ben er boos over",
    "my son got head lice at school, what now",
])
def test_trouble_outside_school_is_no_personal_case_however_it_is_asked(text):
    assert not safety.is_personal_case(text)


def test_trouble_outside_school_with_school_in_it_still_is():
    assert safety.is_personal_case("de buurjongens pesten mijn zoon ook op school en de juf doet niks, wat moet ik doen?")


@pytest.mark.parametrize("text, case", [
    ("Mag de school informatie over mijn zoon delen met mijn ex?", False),
    ("Heb ik toestemming van mijn ex nodig om onze dochter aan te melden?", False),
    ("mijn ex weigert het opp te tekenen", True), ("de ib'er mailt alleen mijn ex", True),
    ("ex and i disagree about the new school", True),
    ("Als gescheiden ouders verschillen wij van mening over de school voor onze zoon.", True),
    ("ze is geschorst tot na de vakantie. hoe moet het nu", True),
    # Separated parents who ask a rule, who does it or want to know something, with no words of a conflict, want the
    # answer together; at odds, or asking someone to talk with both, they get a person.
    ("Mijn ex en ik hebben samen het gezag, wie moet het OPP ondertekenen?", False),
    ("My ex and I both have custody. Do we both have to sign the TLV request?", False),
    ("is de onderwijsconsulent gratis? mijn ex en ik willen samen gaan", False),
    ("Wie vraagt het arrangement aan, de ouders of de school? Mijn ex en ik wonen apart.", False),
    ("mijn ex en ik willen weten hoe lang een opp geldig is", False),
    ("Ik schrijf voor mijn zus, zij is gescheiden en wil weten wanneer de school moet beslissen.", False),
    ("Mijn ex en ik verschillen ernstig van mening over de school. Mag hij dat alleen beslissen?", True),
    ("Mijn ex wil onze zoon naar een andere school doen. Ik niet. Mag hij dat zomaar tegenhouden?", True),
    ("My ex and I can't agree about the school. Can someone talk with both of us?", True),
])
def test_an_ex_is_a_conflict_only_when_the_message_says_so(text, case):
    assert safety.is_personal_case(text) is case


def test_a_talk_led_by_the_steunpunt_is_a_request_for_a_person():
    assert safety.asks_for_person("Kan het steunpunt een gesprek met ons allebei begeleiden?")


def test_a_rule_about_any_pupil_at_a_named_school_is_no_personal_case_but_our_own_is():
    assert not safety.is_personal_case("Mag een school als het Stedelijk Lyceum een leerling zomaar schorsen?")
    assert safety.is_personal_case("Het Stedelijk Lyceum schorst onze zoon voor de derde keer")


@pytest.mark.parametrize("text", [
    "Graag uw reactie op de bijgevoegde brief aan het schoolbestuur.",
    "Hier mijn bezwaar aan de gemeente. Heb ik alles goed verwoord?",
    "Het Loket neemt niet op. Hoe krijg ik iemand te pakken die ons helpt?",
])
def test_a_letter_to_comment_on_and_someone_who_helps_us_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["hij zei dat hij er liever niet meer zou zijn", "ze heeft doodsgedachten",
                                  "ik heb donkere gedachten"])
def test_thoughts_of_not_being_there_are_a_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", [
    "Eerlijk gezegd zijn we op. Hij wordt steeds naar huis gestuurd. We houden het zo niet lang meer vol.",
    "Tim is afgewezen en zijn zus is wel aangenomen. Welke stappen moet ik nu zetten?",
    "School wil een plaatsing in het vso. Mijn vrouw is daar sterk op tegen. Hoe gaan wij hiermee om?",
])
def test_exhaustion_next_steps_and_a_partner_against_it_are_personal_cases(text):
    assert safety.is_personal_case(text)


def test_someone_to_step_in_is_a_request_for_a_person_but_steps_in_general_are_no_own_case():
    assert safety.asks_for_person("The school has not answered for weeks. Can you step in?")
    assert not safety.is_personal_case("school heeft een besluit genomen waar we het niet mee eens zijn, welke stappen "
                                       "kunnen we zetten")


@pytest.mark.parametrize("text", [
    "we kregen het oh pee pee maar het klopt niet kunt u dat lezen voor ik teken",
    "kan iemand kijken of ik het formulier goed heb gedaan",
])
def test_voice_typed_requests_to_read_or_check_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "mijn man wil bezwaar tegen de tee el vee en ik vind dat niet nodig",
    "na de vakantie is hij niet meer welkom op school wat moeten wij doen",
    "Ik heb een klacht over hoe onderwijsconsulent Petra met ons praatte.",
])
def test_spelled_out_terms_not_welcome_any_more_and_a_named_consulent_are_personal_cases(text):
    assert safety.is_personal_case(text)


def test_the_consulent_passend_onderwijs_is_a_title_not_a_name():
    assert not safety.is_personal_case("Ik heb een klacht: hoe werkt dat bij de consulent Passend Onderwijs?")


@pytest.mark.parametrize("text", [
    "help with the aanmeldformulier for the VSO?", "i need help with the TLV form, what do i write there",
    "We would appreciate a conversation with an adviser.", "can the consulent gedrag help us?",
])
def test_english_help_with_a_form_a_conversation_with_an_adviser_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "I want to complain about the CAT, they never spoke to us.",
    "Our son's father and I do not agree about the new school.", "We're divorced and we keep arguing about the OPP.",
    "I can't sleep. The school sends my son home every week.",
    "The PCL says our son doesn't meet the criteria. Who can help us challenge this?",
])
def test_english_complaints_parents_apart_sleeplessness_and_a_challenge_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Bij dezen verzoek ik om een terugbelafspraak over de terugplaatsing van mijn zoon.",
    "Ondergetekende verzoekt u om een persoonlijk gesprek inzake de afwijzing van de toelaatbaarheidsverklaring.",
    "Ik verzoek u dringend contact met mij op te nemen. Met vriendelijke groet, A. Kuipers, pleegouder",
    "Wij vragen u om een gesprek over onze dochter.", "afspraak maken spreekuur cva voor mijn dochter",
    "Graag zou ik in contact komen met een consulent ouders en school.",
    "Ik verzoek u mij in contact te brengen met de consulent onderwijs aan zieke leerlingen.",
    "Ik verzoek u vriendelijk mij te assisteren bij het opstellen van een brief aan het schoolbestuur.",
    "Zoon krijgt zijn extra tijd niet. Wil graag dat iemand belt",
    "Als gezinsvoogd zoek ik contact met de Consulent Passend Onderwijs voor een jongere uit Assen.",
    "wij zoeken contact met een adviseur van het loket",
])
def test_a_call_back_a_meeting_contact_or_help_asked_for_in_a_letter_or_in_few_words(text):
    assert safety.asks_for_person(text)


def test_what_to_do_with_this_and_a_broken_phone():
    assert safety.is_personal_case("de ib'er vraagt of we zelf een andere school willen zoeken. wat moet ik hiermee")
    assert not safety.is_personal_case("Mijn zoon kocht een telefoon in een winkel en die is kapot. Wat kunnen we doen?")


@pytest.mark.parametrize("text", [
    "klacht over de huisarts indienen hoe", "klacht indienen over NS vertraging", "klacht over kinderopvang",
    "Klacht over de BSO. De medewerkers zitten de hele middag op hun telefoon.", "klacht over energieleverancier",
    "Geachte heer/mevrouw, Ik wil een klacht indienen over de afvalinzameling in onze straat.",
    "Where can I complain about the huisarts? He won't refer my son.", "klacht over de buren hoe werkt dat",
    "klacht over de jeugdtandarts", "klacht fietsenmaker, band na 1 dag weer lek", "bezwaar tegen een parkeerboete",
    "ik wil een klacht indienen tegen mijn zorgverzekeraar want ze vergoeden de bril niet",
])
def test_a_complaint_about_the_doctor_childcare_the_train_or_the_neighbours_is_about_something_else(text):
    assert safety.complaint_about_something_else(text)


@pytest.mark.parametrize("text", [
    "hoe dien ik een klacht in", "klacht over de juf van groep 5", "klacht over het samenwerkingsverband",
    "ik wil klagen over de taxichauffeur die mijn zoon vervoert, hij rookt in de bus",
    "klacht over de bus van het leerlingenvervoer", "de huisarts zegt dat het dyslexie is, klopt dat",
    "klacht over de zorgcoördinator die de jeugdarts heeft ingeschakeld", "bezwaar tegen de tlv",
])
def test_a_complaint_about_school_or_pupils_transport_is_not(text):
    assert not safety.complaint_about_something_else(text)


@pytest.mark.parametrize("text", ["klacht over de parkeeroverlast rondom de school",
                                  "waar kan ik klagen over kapotte stoeptegels voor school",
                                  "klacht: de verlichting op het fietspad naar school is kapot"])
def test_a_complaint_about_the_street_around_the_school_is_about_something_else(text):
    assert safety.complaint_about_something_else(text)


def test_a_complaint_about_the_street_where_ones_own_child_was_hurt_is_not():
    assert not safety.complaint_about_something_else("mijn zoon is gevallen over een stoeptegel op het schoolplein, "
                                                     "ik wil een klacht indienen bij school")


def test_no_example_of_a_topic_is_taken_for_a_complaint_about_something_else():
    examples = [(intent, example) for name in ("topics", "parent_questions", "handoff", "handoff_more")
                for intent, example in labelled_examples(name) if intent != "out_of_scope"]
    assert len(examples) > 2500
    assert [e for e in examples if safety.complaint_about_something_else(e[1])] == []


@pytest.mark.bot
def test_the_assistant_keeps_a_complaint_about_something_else_out(bot_venv):
    """components/signals.py: the classifier's klacht, or its handover, becomes out_of_scope for a complaint about
    the doctor; a complaint about school stays klacht, and a crisis the classifier found stays one."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
def decided(text, intent):
    message = Message(data={'text': text, 'intent': {'name': intent, 'confidence': 0.8}})
    IntentSignals().process([message])
    return message.get('intent')['name']
print(json.dumps([decided('klacht over de huisarts indienen hoe', 'klacht'),
                  decided('klacht over de juf van groep 5', 'klacht'),
                  decided('uhm ik wil klagen over de dokter want hij wil mijn zoon niet doorverwijzen', 'personal_case'),
                  decided('klacht over de tandarts', 'crisis')]))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "klacht", "out_of_scope", "crisis"]


def test_asking_the_steunpunt_to_handle_ones_objection_is_a_request_for_a_person():
    assert safety.asks_for_person("Ik wens bezwaar aan te tekenen tegen de weigering. Kunt u dit bezwaar in behandeling "
                                  "nemen?")
    assert not safety.asks_for_person("wie kan een bezwaar in behandeling nemen")


@pytest.mark.parametrize("text", [
    "vader en ik oneens over opp", "we parents disagree about homeschooling vs special school",
    "Haar vader wil niet dat ze getest wordt op dyscalculie, mijn vrouw wel. Hoe lossen we dit op?",
])
def test_parents_who_disagree_in_few_words_or_about_dyscalculia_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Onze zoon zit nu 7 weken thuis omdat school zegt dat ze hem niet aankunnen. Is dit normaal zo?",
    "In het opp van onze dochter staat als uitstroomperspectief dagbesteding. Ze is 12. Klopt dit wel?",
    "Sinds de kerst mag onze zoon alleen nog s ochtends komen. Er is geen einddatum genoemd. Wat vinden jullie hiervan?",
    "De school wil dat ze terug naar een gewone school gaat maar wij zijn bang. Kunnen wij dit tegenhouden?",
    "Ik wil weten wat er mogelijk is als een kind niet naar school kan. Ik merk dat ik zelf ook niet meer slaap.",
])
def test_a_judgement_asked_on_ones_own_situation_or_sleeplessness_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "we hebben ons kind 7 weken geleden aangemeld en nog niks gehoord, is dat normaal? hoe lang mogen ze nog",
    "directeur wil mijn kind wegsturen, mag dat zomaar",
    "Is het verstandig een kind van 9 een smartwatch met gps te geven? Wat vinden jullie?",
    "mijn buurjongen uit assen zit al maanden thuis zonder school wie moet daar wat aan doen",
])
def test_a_rule_asked_about_ones_own_child_or_someone_elses_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "hee ik ben 15 en ik trek het op school niet meer. is er een manier om dit te regelen zonder dat zij het horen",
    "hoi ik ben 16 en zit al een half jaar niet op school. kan ik hier zelf iets mee?", "heeft het nog zin?",
])
def test_a_pupil_who_wants_help_without_the_parents_or_doubt_whether_it_is_any_use_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Ik ben zo klaar met de afdelingsleider van het Gomarus College. Die heeft mijn zoon laten tekenen. Wie pakt dit op?",
    "De TLV van Jesse loopt op 31 juli af en de school heeft nog niks aangevraagd. Ik heb het gevoel dat iedereen het "
    "laat lopen.",
    "Het Cito-resultaat van Ayoub ligt ver onder wat school verwachtte. Welke stappen kunnen wij nu het beste zetten?",
    "ben het niet eens met die orthopedagoog, ze heeft mijn dochter 1 keer gezien. wil een klacht over haar indienen",
])
def test_being_done_with_school_things_left_to_slide_next_steps_and_a_complaint_about_her_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Kan de consulent gedrag naar onze Ties komen kijken? Hij slaat andere kinderen.",
    "We hebben het overdrachtsformulier gekregen. Wat moet ik zetten bij 'wat heeft uw kind nodig'?",
])
def test_a_consulent_who_comes_to_look_and_what_to_fill_in_on_a_form_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hoeveel uur per dag gamen is normaal voor een jongen van 14, ik word er gek van",
    "mijn kat heeft vlooien en de kinderen hebben nu ook jeuk op school wat moet ik doen",
    "Can someone help my son with his English essay? It's due friday",
])
def test_gaming_fleas_and_an_essay_are_something_else(text):
    assert not safety.is_personal_case(text) and not safety.asks_for_person(text)


def test_a_question_typed_on_without_a_question_mark_is_not_an_own_story():
    assert not safety.is_unclear_own_story("mijn dochter is zeventien mag zij nu zelf tekenen voor haar opp of moeten "
                                           "wij dat nog doen")
    assert safety.is_unclear_own_story("mijn dochter is zeventien en zit sinds de zomer thuis zonder school")


@pytest.mark.parametrize("text", [
    "kunt u mij morgenochtend tussen 9 en 10 terugbellen", "kan er morgen iemand bellen? gaat over aanmelding vso",
    "iemand bellen mij", "kunnen jullie morgen contact met mij zoeken, het gaat over mijn dochter",
    "ik wil praten met mens niet computer", "Ik wil praten met persoon. Niet met computer.", "plz human",
    "ik heb liever dat een persoon mijn vraag beantwoordt dan een bot", "brief checken?", "mail aan school nakijken?",
    "ik heb een klachtbrief gemaakt, mag ik die hier plakken zodat jullie kunnen kijken of het zo kan?",
    "heb een klachtbrief geschreven, mag ik die naar jullie sturen om even te checken",
    "Geachte medewerker, graag zou ik u willen vragen mijn bezwaarschrift te controleren op volledigheid.",
    "moet een verklaring van de huisarts aan school geven. kan iemand kijken of die brief zo genoeg is?",
    "wil iemand van jullie aanwezig zijn bij het mdo op de school van mijn zoon volgende maand",
    "Vader snapt het niet. Kan iemand het uitleggen aan hem, met een tolk?",
    "kan iemand van de cva mij even te woord staan over onze aanvraag",
    "De CvA heeft onze aanvraag afgewezen. Wie kan met ons de volgende stap bepalen?",
])
def test_a_call_back_a_person_not_a_computer_a_letter_to_check_and_someone_at_the_meeting_in_more_words(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "kunt u mij vertellen hoe lang een tlv geldt", "kan iemand mij uitleggen wat een opp is",
    "ik ben niet goed met de computer, waar vind ik het aanmeldformulier", "wie kan een brief van school uitleggen",
])
def test_a_plain_question_about_a_rule_or_a_form_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "ik ben gewoon op en de oudste zit al maanden thuis", "ik ben zo moe. elke ochtend hetzelfde gevecht om school",
    "Ik word hier zo moedeloos van. Elke keer een ander loket.", "echt boos nu, weer gebeld dat ik hem moet ophalen",
    "het voelt alsof iedereen tegen ons is", "Ik voel me daar steeds zo overrompeld in die gesprekken op school",
    "Wij voelen ons geïntimideerd door de school", "my husband says no special school, ik wil het wel, we zitten echt vast",
    "Ik ben bang dat ik hem kwijtraak. Hij gaat al weken niet naar school.", "ik heb t gehad met die school. klaar.",
    "wat een k*tsysteem is dit, mijn zoon is gewoon de dupe", "waarom helpt niemand mijn kind!!!",
    "zit te huilen, juf zegt dat mijn dochter niet meer welkom is en ik heb niemand om mee te praten",
    "Ze luisterde niet en zei dat ik overbezorgd was. Ik heb er nachten van wakker gelegen.",
])
def test_exhaustion_fear_feeling_small_and_being_stuck_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik ben gewoon op school om mijn zoon op te halen, waar vind ik de ib'er", "wij zitten vast aan een contract",
    "ik voel me niet gehoord door de school en wil een officiele klacht indienen",
    "hond blaft altijd als kinderen van school langs lopen, wat doe ik",
])
def test_being_at_school_a_contract_a_plain_complaint_and_a_barking_dog_are_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "mijn dochter is 12. school geef geen hulp. ik heb 3 keer gevraag. nu wat?", "school wil hem eraf wat doe ik",
    "my daughter is 8, school say she need special school but I dont agree. what I must do??",
    "mijn vriend en ik zijn het niet eens of onze dochter naar het sbo moet", "mn man wil so ik niet",
    "Mijn man vindt dat onze dochter naar het speciaal onderwijs moet, ik vind van niet.",
    "stiefvader en ik verschillen erg van mening over de aanpak op school",
    "pappa wil dat hij blijft zitten en mamma wil dat hij doorgaat naar groep vier",
    "Me and my wife disagree: she wants our son tested for dyslexie", "My wife say OPP sign, I say no sign.",
])
def test_what_to_do_in_a2_words_and_parents_who_disagree_in_more_words_are_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_despair_about_this_is_a_crisis_too():
    assert safety.is_crisis("ik trek dit echt niet meer, weer een mail van school")


@pytest.mark.parametrize("text", [
    "hoi ik ben 17 en zit op het vso maar wil naar het mbo. de school zegt dat dat niet kan. wie kan mij helpe?",
    "ik zit hier te janken in de auto na het gesprek op school, wat een ellende",
    "Wat ik eigenlijk wil vragen is of het normaal is dat je als ouder bij elk gesprek op school huilt.",
    "i am crying every night. school call police for my boy. he is 9. nobody listen to me",
    "De school-CJG'er heeft dingen over ons gezin aan de mentor doorgegeven. Hier wil ik werk van maken.",
])
def test_help_asked_with_a_typo_crying_and_wanting_to_act_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["telefonisch contact gewenst", "Ik begrijp brief van school niet. Kunt u helpen?",
                                  "Could the Loket help us? The school wants to send him away."])
def test_a_phone_call_wished_a_letter_without_its_article_and_the_loket_asked_to_help_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "dochter snijdt zichzelf", "ze heeft weer krassen op haar armen. school weet het.", "ik zie het echt niet meer zitten",
    "Ze heeft een afscheidsbrief klaarliggen zegt ze", "pff ik trek t niet meer 😭 weer naar huis gestuurd",
    "Ik kan het gewoon niet meer aan.", "ik kan niet meer echt niet ik ben al een jaar aan het vechten",
    "ik ben bang voor hem en eerlijk gezegd ook voor mezelf",
    "My daughter says she would rather be dead than go back to that school.", "i cant cope anymore",
    "I CANT DO THIS ANYMORE",
])
def test_self_harm_a_farewell_letter_and_despair_in_more_words_are_a_crisis_without_the_classifier(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", ["hij kan niet meer meekomen met rekenen", "he can't cope with the noise in class",
                                  "mijn zoon heeft een wond op zijn knie van het voetballen",
                                  "we zien het niet meer zitten met die oude fiets"])
def test_falling_behind_noise_a_grazed_knee_and_a_bike_are_not_a_crisis(text):
    assert not safety.is_crisis(text)


@pytest.mark.parametrize("text", [
    "is there a human here? i dont think the bot understands me", "Is there a real person I can speak to?",
    "real person pls", "pls call back asap", "callback plz, in English", "Can I get a call back tomorrow morning?",
    "terugbellen please, I'm at work until 5", "Loket, please contact me. The CAT wants a new assessment.",
    "Please let an advisor contact me", "I would like to request a telephone consultation with one of your advisers",
    "Is it possible to chat with an actual adviser instead of a bot?",
])
def test_english_requests_for_a_person_or_a_call_back_in_more_words(text):
    assert safety.asks_for_person(text)


def test_english_despair_and_anger_at_the_school_are_a_personal_case_but_the_consultation_hour_is_not():
    assert safety.is_personal_case("I'm at my wit's end with my son's school.")
    assert safety.is_personal_case("so angry at this school")
    assert not safety.asks_for_person("When is the CvA phone consultation hour?")


@pytest.mark.parametrize("text", [
    "school doet weer niks 😡😡", "arrangement is gestopt zonder overleg met ons 🤬",
    "Mijn zoon ligt in het ziekenhuis en school reageert niet. Hoe zorg ik dat er voor hem iets geregeld wordt?",
    "Onze pleegzoon is geschorst en voogd en school zitten op een andere lijn. Wie moet in zijn geval wat doen?",
    "Mijn zoon is net uit Eritrea gekomen en slaapt slecht. Ik ken hier niemand. Waar moet ik voor hem beginnen?",
])
def test_an_angry_face_and_asking_where_to_start_for_ones_own_child_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text, own_story", [
    ("Wat is een preadvies vso van het CAT? De basisschool van mijn zoon had het erover bij het adviesgesprek.", False),
    ("Is a school uniform verplicht in Nederland? We just moved en mijn zoon vraagt het steeds.", False),
    # ... but a question to the Loket itself, followed by the story, stays an own story.
    ("Kan ik een gesprek krijgen met een consulent? Het loopt helemaal vast met de school van mijn dochter.", True),
    ("Wie kan ons bijstaan? We hebben binnenkort een gesprek met de gemeente over onze zoon en zijn vervoer.", True),
])
def test_a_question_about_a_thing_before_the_story_is_a_question_not_an_own_story(text, own_story):
    assert safety.is_unclear_own_story(text) is own_story


@pytest.mark.parametrize("text", [
    "Die consulent gedrag heeft totaal niet naar ons geluisterd en alleen de school gelijk gegeven.",
    "hij is weer naar huis gestuurd. derde keer deze week. ik heb er gewoon geen woorden meer voor",
    "De school zegt dat onze zoon weg moet. Ik wil weten of we hier iets tegen kunnen doen en wat onze kansen zijn.",
])
def test_not_being_listened_to_having_no_words_left_and_asking_ones_chances_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Mag ik mijn nummer achterlaten zodat jullie morgen contact opnemen?", "kan iemand contact opnemen",
    "Ik las over een consulent OZL. Kan die voor hem iets regelen met zijn school in Haarlem?",
    "mijn zoon moet naar andere school zegt juf. ik heb papier maar ik kan niet goed lezen. wie helpt mij met papier?",
])
def test_leaving_a_number_someone_to_arrange_it_and_help_with_papers_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hoe kan ik met jullie contact opnemen", "moet ik mijn bsn-nummer doorgeven bij de aanmelding",
    # "juf." ends a sentence: the capital after it is no name.
    "Wie kan mij vertellen hoe je de schoolapp instelt? Ik mis steeds berichten van de juf. Dank alvast!",
])
def test_contacting_the_loket_oneself_and_a_sentence_after_juf_are_not(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text, personal", [
    ("het nieuwe lyceum weigert mijn dochter", True), ("directeur het nieuwe lyceum wil niet praten", True),
    # "de nieuwe school" is a kind of school, not a name.
    ("mijn zoon gaat naar de nieuwe school, die doet niks", False),
])
def test_a_school_called_het_nieuwe_lyceum_is_a_named_school(text, personal):
    assert safety.is_personal_case(text) is personal


@pytest.mark.parametrize("text", [
    "nummer achterlaten?", "Kan een consulent van het steunpunt dit voor me oppakken?",
    "ben het er niet mee eens dat ze mijn zoon naar het so willen sturen. wil graag iemand die mee denkt",
    "Nu wil school hem naar het sbo. Kan een consulent ouders en school mij hierin bijstaan?",
])
def test_a_number_to_leave_and_a_consulent_to_take_it_up_or_stand_by_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


def test_asking_how_to_arrange_it_for_ones_own_situation_is_a_personal_case():
    assert safety.is_personal_case("Ik ben de partner van de moeder. De leerkracht wil niks met mij bespreken omdat ik "
                                   "geen ouder ben van haar zoon. Hoe kunnen we dit voor onze situatie regelen?")


@pytest.mark.parametrize("text", [
    "Hoe lang doet de Commissie van Advies meestal over een TLV-aanvraag? Ik ben de opa en help mijn dochter.",
    "Hoe werkt BOVO? Mijn zoon zit in groep 8 en ik hoor dat woord steeds op het schoolplein.",
])
def test_a_story_that_opens_with_how_long_or_how_it_works_is_a_question_not_an_own_story(text):
    assert not safety.is_unclear_own_story(text)


@pytest.mark.parametrize("text", [
    "kan t steunpunt bij ons langskomen? is makkelijker uitleggen", "Second opinion graag", "bemiddeling gezocht",
    "Meelezen met ons OPP?", "Can you guys come over to our place? Hard to explain via chat",
    "Ik wend mij tot u met het verzoek om een onafhankelijk oordeel over het plan van mijn zoon.",
    "Namens mijn cliënte verzoek ik om een gesprek met een adviseur.", "Kunt u nagaan wat er aan de hand is?",
    "Ik twijfel over bezwaar. Ik hoor het graag van iemand die er verstand van heeft.",
    "Kan een consulent ouders en school mee naar het gesprek met de directeur?",
    "De consulent OZL heeft mij gebeld. Ik wil haar graag terugspreken, hoe kan dat?",
])
def test_a_visit_a_second_opinion_mediation_and_someone_to_look_into_it_are_requests_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "kan een consulent mee naar een gesprek", "wat is een second opinion bij een tlv",
    "Kan ik een second opinion krijgen op een tlv-besluit?", "Komen jullie weleens bij mensen thuis?",
    "hoe groot is de kans dat een tlv wordt afgewezen",
    # A second opinion on a doctor's diagnosis is for the doctor, not the Loket.
    "ik wil een second opinion over de diagnose autisme van mijn zoon", "tweede mening van een andere kinderarts graag",
])
def test_the_same_words_about_the_rule_are_not(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Wat zijn onze kansen?", "wat zijn de kansen dat mijn zoon toch naar het praktijk onderwijs mag met zijn iq van 84?",
    "What are the odds my son gets into praktijkonderwijs? His scores are borderline",
    "Is het mogelijk dat onze zoon aan de doorbraaktafel besproken wordt? Hij zit al vier maanden thuis.",
])
def test_ones_own_chances_and_ones_own_child_at_the_doorbraaktafel_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik heb net een brief gekregen dat mijn zoon verwijderd wordt. ik sta te trillen. wat betekent dit",
    "Kan een school mijn kind weigeren vanwege een rolstoel? That's what the school told us today and I'm shaking.",
    "Hallo. De vader van mijn kind wil een andere school. Ik wil deze school. Wie beslist?"])
def test_shaking_and_parents_who_disagree_over_two_sentences_are_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_someone_to_look_at_the_letter_the_parent_wrote_is_a_request_for_a_person():
    assert safety.asks_for_person("Can someone look at the bezwaarschrift I wrote for the Landelijke "
                                  "Bezwaaradviescommissie? I only have 2 days left.")


def test_each_wording_list_finds_what_its_one_pattern_finds():
    """The signals search a long list of wordings one wording at a time, only where the text holds that wording's
    words (safety.Wordings); over every 20th training example they must find what the one pattern finds (all 45,000
    training examples and questions of the question sets did when this was written)."""
    wordings = {name: value for name, value in vars(safety).items() if isinstance(value, safety.Wordings)}
    assert {"CRISIS", "REQUEST_HUMAN", "UPSET", "REQUEST_HUMAN_EN"} <= set(wordings)
    examples = list(training_examples("topics", "out_of_scope", "smalltalk", "school_search", "handoff",
                                      "handoff_more", "parent_questions"))[::20]
    assert len(examples) > 600
    for name, found in wordings.items():
        assert [e for e in examples if bool(found.search(e)) != bool(found.whole.search(e))] == [], name


def test_wordings_are_split_only_at_the_top_level_and_guarded_by_words_every_match_holds():
    found = safety.Wordings(r"\b(ik|wij) (wil|willen) (iemand|een mens) spreken|[|]bel(len)?\b|a\|b|^\W*help\W*$")
    assert [rx.pattern for _, rx in found.wordings] == [
        r"\b(ik|wij) (wil|willen) (iemand|een mens) spreken", r"[|]bel(len)?\b", r"a\|b", r"^\W*help\W*$"]
    assert [words for words, _ in found.wordings] == [(" spreken",), ("|bel",), ("a|b",), ("help",)]
    assert found.search("Wij willen IEMAND spreken") and found.search("HELP!") and not found.search("ik wil bellen")
    assert found.search("|Bellen") and [m.group(0) for m in found.finditer("help")] == ["help"]


@pytest.mark.parametrize("text", [
    "De school van mijn zoon zegt dat zijn aangepaste rooster nog een half jaar duurt. Kan ik daar iets aan doen?",
    "Ik wil niet dat mijn zoon naar het VSO gaat, maar de commissie heeft al besloten. Kan ik daar nog tegenin gaan?",
    "arrangement van onze jongste is gehalveerd zonder overleg. kan ik hier iets tegen doen?",
    "wijkteam wil geen verwijzing voor onze dochter zolang school geen plan heeft. waar moet ik met haar heen",
    "mijn dochter kreeg gelijk maar de school doet nog steeds niks met de uitspraak wat kan ik nu",
])
def test_what_to_do_against_a_decision_in_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Mag een school zomaar weigeren om mijn kind in te schrijven? En wat kan ik daar dan tegen doen?",
    "geen huisarts neemt nog nieuwe patiënten aan. Mijn jongste heeft astma. Waar moeten we heen?",
])
def test_against_a_rule_or_where_to_go_outside_school_is_not(text):
    assert not safety.is_personal_case(text) and not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "we hebben in januari aangemeld en na negen weken nog niks gehoord kan iemand daar achteraan gaan",
    "bezwaar gemaakt tegen de tlv maar na 10 weke nog nix gehoord, kan iemand kijke waar het blijft",
    "de gemeente doet al 10 weken over het leerlingevervoer, ik breng hem nu elke dag zelf, kan iemand helpe",
    "Can you check why our aanvraag still hasn't been decided? It has been six weeks.",
])
def test_someone_to_chase_a_decision_or_to_help_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Can you help me write a bezwaar against my parkeerboete? I was dropping my kids at school.",
    "Kun je me helpen met een brief aan de zorgverzekeraar? De vergoeding voor de bril van mijn zoon is afgewezen.",
    "Mijn huisbaas maakt de lekkage niet. Mijn kinderen worden ziek van de schimmel. Wat kan ik doen?",
    "Ik wil de juf van mijn zoon na de laatste schooldag iets geven. Heeft u een idee voor een cadeautje?",
    "can you check my CV",
])
def test_a_fine_the_landlord_the_insurer_or_a_gift_for_the_teacher_is_not_for_a_person(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


def test_a_refused_mortgage_is_a_complaint_about_something_else():
    assert safety.complaint_about_something_else("Onze hypotheekaanvraag is afgewezen. Waar kan ik bezwaar maken?")


@pytest.mark.parametrize("text", [
    "Geachte heer/mevrouw, Graag maak ik een afspraak om de terugplaatsing van mijn zoon naar het reguliere onderwijs "
    "te bespreken.",
    "Onze dochter is in januari aangemeld en na elf weken hebben we niks gehoord. Kunnen de consulenten ouders en "
    "school ons helpen om hier beweging in te krijgen?",
    "Brief van school. Ik begrijp het niet. Kunt u mij helpen met lezen?",
])
def test_an_appointment_in_letter_words_or_the_steunpunts_people_asked_to_help_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "kan een onderwijsconsulent ons helpen bij bezwaar tegen de tlv",
    "Kan de school mij helpen met het aanvragen van een tlv?",
    "Kan iemand mijn dochter helpen met breuken, ze snapt er niks van",
])
def test_what_a_consulent_or_the_school_does_or_homework_help_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Mijn kind is lang ziek. Kanker. Hij kan niet naar school. Wie helpt ons met school?",
    "mijn dochtr heeft dyscalculie en krijgt bij toetsen geen extra tijd ondanks de verklaring. zn 3e keer nu. wat nu",
])
def test_who_helps_us_or_a_misspelled_daughter_in_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_not_knowing_how_to_tackle_ones_own_case_is_a_personal_case():
    assert safety.is_personal_case("Zoon 15, nu wil school dat er een jeugdhulpverlener in de klas komt en dat moeten "
                                   "wij regelen? Ik snap niet hoe ik dit moet aanpakken.")


@pytest.mark.parametrize("text", [
    "mijn kind heeft luisen wat moet ik doen",
    "mijn dochter slaapt heel slecht en is 's ochtends moe hoe krijg ik haar eerder naar bed",
])
def test_head_lice_or_sleep_at_home_is_something_else(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text)


def test_sleep_troubles_because_of_school_stay_a_personal_case():
    assert safety.is_personal_case("mijn dochter kan niet meer inslapen sinds de school haar arrangement stopte, "
                                   "wat moet ik doen")


@pytest.mark.parametrize("text", [
    "schooladvies groep 8 veel te laag. wat nu",
    "Bijgaand zend ik u het ontwikkelingsperspectiefplan van mijn zoon. Graag verneem ik uw oordeel of het plan "
    "voldoet, alvorens ik al dan niet instem.",
])
def test_what_now_after_a_school_advice_or_asking_the_steunpunts_judgement_on_a_plan_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_what_one_can_do_against_a_school_advice_in_general_is_not():
    assert not safety.is_personal_case("wat kun je doen als je het niet eens bent met het schooladvies van groep 8")


@pytest.mark.parametrize("text", [
    "Beste medewerker, ik solliciteer naar de functie van conciërge bij een basisschool in Heemstede. Zou u mijn "
    "sollicitatiebrief willen beoordelen?",
    "Kan iemand me helpen met de tax return? Ik heb een toeslagen issue sinds we verhuisd zijn",
])
def test_ones_own_job_application_at_a_school_or_a_tax_return_is_help_with_something_else(text):
    assert safety.help_with_something_else(text) and not safety.asks_for_person(text)


def test_a_letter_from_the_tax_office_is_papers_of_another_body():
    assert safety.papers_of_another_body("Ik heb brief van belasting. Ik begrijp niet. Kunt u helpen?")


@pytest.mark.parametrize("text", [
    "Kunnen jullie bij school navragen waarom mijn dochter ineens geen begeleiding meer krijgt?",
    "De zorgcoördinator zegt dat het Loket moet meekijken. Hoe krijg ik een adviseur van het Loket bij ons gesprek op "
    "school?",
    "De termijn van zes weken is verstreken zonder besluit. Graag verneem ik wie ons hierin kan bijstaan.",
    "zoon heeft tlv voor vso, geldt die nog en welke school neemt hem? graag iemand die dit met ons uitzoekt",
    "Our son got a TLV for SO, categorie laag, but he needs much more help than that. Who can look at this with us?",
    "hulp nodig",
])
def test_someone_at_the_parents_side_or_help_in_two_words_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "wij hebben niet ingestemd met het handelingsdeel van het opp en nu zegt school dat ze het dan niet kunnen "
    "uitvoeren wat moeten wij hier nu mee",
    "Ze zeggen dat het geld voor extra begeleiding op is. Op! In februari! En mijn zoon dan?",
    "ik wil die school aanklagen",
])
def test_what_to_do_with_it_and_my_son_then_and_suing_that_school_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["Hoe krijg je hulp nodig voor je kind op school?", "klacht tegen de directeur",
                                  "wie kan de school aanklagen als een kind geen plek krijgt?"])
def test_how_help_works_a_bare_complaint_word_or_who_may_sue_are_not(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "'de zorgplicht ligt nu bij school B' staat er. ??? mijn kind zit gewoon nog op school A. kan iemand dit voor ons "
    "uitzoeken",
    "Graag verneem ik of een medewerker van het steunpunt aanwezig kan zijn bij het overleg op de school van onze "
    "zoon.",
    "Kan de Commissie van Advies mij uitleggen waarom mijn zoon geen verklaring voor het praktijkonderwijs krijgt?",
])
def test_someone_to_sort_it_out_be_at_the_meeting_or_explain_our_sons_decision_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Mevrouw Kaya (ib) en juf Sanne willen een aanvraag doen voor Ilyas. Ik weet niet of ik dat moet ondertekenen. "
    "Wat is voor hem het beste?",
    "ben ik nou gek of klopt er echt helemaal niks van dit systeem? ik word er ziek van",
])
def test_what_is_best_for_him_and_being_sick_of_it_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["Wat is een OPP? Moet ik dat tekenen?",
                                  "Kan de commissie uitleggen waarom een kind geen tlv krijgt?"])
def test_whether_to_sign_an_opp_or_why_a_child_gets_no_tlv_in_general_is_not(text):
    assert not safety.is_personal_case(text) and not safety.asks_for_person(text)


def test_an_appointment_made_with_the_loket_in_search_words_is_a_request_for_a_person():
    assert safety.asks_for_person("afspraak maken met het lokket")


@pytest.mark.parametrize("text", [
    "Mijn zoon krijgt geen extra tijd bij toetsen, terwijl dat in zijn plan staat. Hoe ga ik dit gesprek aan?",
    "Welke stappen moet ik zetten nu mijn dochter (13) sinds 5 weken thuiszit in Roden en school niets doet?",
    "Op school zeggen ze dat ze zonder diagnose niks kunnen. Wat moet ik hier in hemelsnaam mee?",
])
def test_how_to_face_the_talk_which_steps_now_and_what_on_earth_to_do_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "zit er hier ook een echt mens?",
    "het inschrijfformulier van het vso begrijp ik niks van, kan iemand helpen?",
    "Aanmeldformulier. Ik snap het niet invullen.",
    "De CvA zegt nee tegen de tlv. Ik wil bezwaar maken maar ik weet niet hoe ik dat moet verwoorden.",
    "need help met mijn bezwaar tegen de commissie, de termijn loopt bijna af",
    "Kan het Loket meekijken naar het plan dat school voor onze dochter heeft gemaakt?",
    "kan de consulent gedrag bij mijn zoon in de groep komen kijken?",
])
def test_a_human_a_form_the_parent_cannot_fill_in_and_the_loket_looking_at_our_plan_are_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Kan het steunpunt ook meedenken als school en ouders er niet uitkomen?",
    "Wat moet er allemaal in een aanmeldformulier voor het vso?",
])
def test_whether_the_steunpunt_thinks_along_in_general_or_what_a_form_asks_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "gesprek gehad met de leerplichtambtenaar over het verzuim van mijn zoon, ik ben echt in paniek",
    "Ik sta op het parkeerplein van school en ik durf niet naar binnen voor het gesprek.",
    "De wijkcoach zei: vraag het aan school. School zei: vraag het de gemeente. Ik draai al maanden rondjes.",
    "het vso verwijst naar de gemeente, de gemeente weer naar het vso. zo gaat het al weken",
    "Waar we ook aankloppen, we krijgen alleen een brochure.",
    "ons verzoek ligt al twee maanden bij de commissie en er komt niks. zijn we vergeten?",
])
def test_panic_fear_of_the_meeting_being_sent_round_and_being_forgotten_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Onze school wil geen OPP maken voor Sem, want hij zou binnen de basisondersteuning vallen. Klopt dat in zijn geval?",
    "Moeten we in onze situatie eerst naar het bestuur of meteen naar de geschillencommissie?",
    "Wat kunnen wij in onze situatie nog doen nu er nergens plek is?",
    "school wants a time-out class for him, who do I even ask about my son's case",
])
def test_a_question_about_the_rule_in_our_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "hoe laat begint de kerstviering op school morgen want ik weet het niet meer",
    "Ben ik vergeten om mijn dochter aan te melden voor de nieuwe school?",
    "Klopt het dat een school een OPP moet maken als een kind extra ondersteuning krijgt?",
])
def test_a_forgotten_time_forgetting_a_step_or_the_rule_in_general_are_not_a_personal_case(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "We hebben in oktober bezwaar gemaakt bij de commissie en horen al zes weken niets. Is ons bezwaar wel binnen?",
    "mijn zoon is in januari aangemeld bij het vso en we horen nog steeds niks",
    "Mijn dochter krijgt geen extra tijd meer. Ik heb twee keer met de mentor gesproken. Hoe pak ik dit verder aan?",
    "De meester noemde mijn zoon dom waar de klas bij was. Ik wil dit niet laten lopen, maar ik weet ook niet hoe ik het "
    "aanpak.",
])
def test_waiting_in_vain_in_ones_own_file_and_how_to_go_on_are_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik heb al met de juf gepraat en met de directeur, nu wil ik een klacht indienen. hoe gaat dat in het algemeen?",
    "We hoorden niks meer over het schoolreisje, weet iemand wanneer dat is?",
])
def test_a_question_asked_in_general_after_the_story_or_no_news_of_a_school_trip_is_not_a_personal_case(text):
    assert not safety.is_personal_case(text)


def test_the_teacher_the_parent_talked_to_is_not_a_name():
    assert not safety.NAMED_PERSON.search("ik heb al met de juf gepraat en met de meester gemaild")


def test_the_parents_own_tax_return_is_not_for_an_adviser():
    assert not safety.asks_for_person("Kunnen jullie mijn belastingaangifte nakijken?")
    assert safety.help_with_something_else("Kunnen jullie mijn belastingaangifte nakijken?")


@pytest.mark.parametrize("text", ["spoed!", "Consulent Passend Onderwijs wil ik graag spreken, dochter zit thuis",
                                  "iemand van het loket wil ik even bellen"])
def test_urgency_alone_or_the_person_named_first_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["consulenten ouders en school: mijn zoon wordt gepest en school doet niks",
                                  "dochter groep 5 krijgt geen hulp, de school doet er gewoon niets mee"])
def test_school_doing_nothing_for_ones_own_child_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["mijn zoon wordt gepest en school doet niks, hoe dien ik een klacht in?",
                                  "wat moet school doen als een kind al twee maanden ziek thuis is"])
def test_how_to_complain_about_it_or_what_school_must_do_in_general_is_not(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Kan ik Joke, de consulent ouders en school, opnieuw bereiken? Zij kent het dossier van onze dochter.",
    "Onze zoon is lang ziek. Iemand noemde de consulent OZL. Kan die ook bij ons langskomen?",
])
def test_the_adviser_the_parent_had_before_or_heard_of_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


def test_fighting_alone_in_english_is_a_personal_case():
    assert safety.is_personal_case("school won't give my daughter extra support, I feel like I'm fighting alone")


@pytest.mark.parametrize("text", [
    "Wat is een arrangement? Mijn dochter krijgt niks extra. Ik wil dat er iemand naar kijkt.",
    "Spreekuur CvA: kan ik daar aanschuiven over mijn dochter?",
    "Hoe werkt het spreekuur? Ik wil daar graag de situatie van mijn zoon bespreken.",
    "Ten eerste: wat doet het samenwerkingsverband bij thuiszitters? Ten tweede: kunt u in het geval van mijn zoon, die "
    "al weken thuis zit, bemiddelen met zijn school?",
    "Is het gratis? Ik wil praten met consulent over mijn kind.",
    "I'd like someone to look at his OPP with me before we sign.",
])
def test_someone_to_look_at_it_to_sit_in_on_the_spreekuur_or_to_mediate_for_our_child_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "Het steunpunt is toch onafhankelijk? Ik wil advies over de zaak van mijn dochter, zonder dat school meeleest.",
    "wat is lwoo en waarom krijgt mijn zoon het niet? wie kan helpen want de mentor weet het ook niet",
])
def test_advice_on_our_childs_case_or_who_can_help_because_school_cannot_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["thuis gaat het niet goed met het gedrag van mijn dochter, wie kan helpen",
                                  "Wat is bemiddelen?", "Kunt u uitleggen wat bemiddelen met school inhoudt?"])
def test_who_can_help_with_behaviour_at_home_or_what_mediation_is_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "bezwaar tegen de tlv beslissing, wie schrijft er mee?",
    "wie helpt ons met de brief aan het bestuur? de termijn loopt bijna af",
    "consulent gedrag aanvragen voor Noah, wie regelt dat met ons?",
    "even sparren over het rooster van mijn dochter? school wil haar alleen middagen",
    "waarom reageert het loket niet, ik heb al twee keer gemaild",
    "Kan de consulent naar ons huis komen? Onze dochter ligt al weken ziek thuis.",
    "Mag ik op het spreekuur van de CvA langskomen met de papieren van mijn dochter?",
    "spreekuur donderdag, kan ik dan langskomen met mijn zoon?",
    "onderwijsconsulent nodig voor mijn zoon",
    "school says they can't cope with her autism, need help asap",
])
def test_someone_to_write_it_with_us_to_arrange_it_or_to_come_in_few_words_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "wie leest er mee met deze chat?",
    "moet de school het ontwikkelingsperspectief met ons bespreken?",
    "wat heeft een kind nodig voor een tlv?",
])
def test_who_reads_the_chat_or_what_school_must_discuss_is_not_a_request_for_a_person(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "just moved to Assen, our son has no school yet, who do we talk to",
    "directeur Visser weigert te praten over een kortere schooldag voor Lotte",
    "het arrangement van onze zoon is gestopt en er komt niks voor terug. Hoe krijgen we dit weer op de rails?",
])
def test_our_case_in_few_words_a_head_by_name_or_getting_back_on_track_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "De ib'er van mijn dochter, mevrouw Smit, noemde het SOP. Wat is dat precies?",
    "docent Nederlands van mijn zoon geeft veel huiswerk, hoe werkt huiswerkbegeleiding?",
])
def test_what_a_thing_named_by_a_teacher_is_is_not_a_personal_case(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Geachte mevrouw, Wij verzoeken u om ondersteuning bij het gesprek met de school over de overstap van onze dochter.",
    "Two schools say the other one must take our son. He has no place after the summer. Please call us.",
])
def test_support_at_the_meeting_asked_in_a_letter_or_call_us_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "ik wil een klacht indienen over hoe ik vorige week door jullie ben geholpen",
    "de school heeft ons uitgenodigd voor een gesprek en ik weet niet wat ik daar moet zeggen",
])
def test_a_complaint_about_the_steunpunt_or_a_summons_we_do_not_know_how_to_answer_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_a_complaint_made_by_others_is_not_one_about_the_steunpunt():
    assert not safety.is_personal_case("Wordt een klacht door jullie de school doorgestuurd of moet ik dat zelf doen?")


@pytest.mark.parametrize("text", [
    "Geachte heer/mevrouw, Graag kom ik in contact met een consulent over de situatie van mijn dochter.",
    "Ik verzoek u vriendelijk mee te kijken naar het plan dat school voor mijn zoon heeft gemaakt.",
    "Spreekuur van de CvA: mag ik u bellen over mijn dochter?",
    "De school wil mij niet hebben. Waar kan ik met mijn verhaal terecht?",
])
def test_contact_asked_in_a_letters_order_a_call_at_the_spreekuur_or_our_story_to_tell_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "mijn juf zegt dat ik naar het sbo moet maar ik wil bij mijn vrienden blijven. hoe kan ik zorgen dat dat wel lukt",
    "mijn tlv is afgewezen en nu zit ik thuis. zijn er nog opties voor mij?",
    "school zegt dat mijn zoon geen laptop mag gebruiken. hoe krijg ik die toch?",
])
def test_a_pupil_or_parent_who_wants_to_turn_a_no_around_is_a_personal_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["ons kind met autisme wil niet in bad, hoe krijg ik dat voor elkaar",
                                  "ik wil mijn kind inschrijven, waar begin ik",
                                  "mijn juf zegt dat er een nieuwe tlv komt, hoe lang duurt dat?"])
def test_a_bath_at_home_where_to_start_enrolling_or_a_pupils_plain_question_is_not_a_personal_case(text):
    assert not safety.is_personal_case(text)


def test_a_pupil_naming_their_teacher_in_their_own_matter_is_a_personal_case():
    assert safety.is_personal_case("meneer Jansen (wiskunde) laat mij geen extra tijd krijgen terwijl het in mijn "
                                   "dyslexieverklaring staat")


@pytest.mark.parametrize("text", ["wat is die bezwaaradviescommissie eigenlijk, mijn buurvrouw had het erover",
                                  "de buren zeggen dat je na 6 weken geen bezwaar meer kunt maken tegen een tlv. klopt dat?"])
def test_a_neighbour_who_only_told_the_parent_a_rule_is_not_another_trouble(text):
    assert not safety.complaint_about_something_else(text) and not safety.about_something_else(text)


@pytest.mark.parametrize("text", ["ik heb een klacht over de buurman, die maakt elke avond lawaai",
                                  "hoe maak ik bezwaar tegen de ozb-aanslag van de gemeente"])
def test_the_neighbour_as_the_trouble_or_an_objection_to_a_tax_assessment_is_another_matter(text):
    assert safety.complaint_about_something_else(text)


@pytest.mark.parametrize("text", [
    "dat antwoord helpt me niet", "Uw antwoord helpt ons helemaal niks.", "daar heb ik niks aan",
    "te algemeen. bij ons ligt het echt anders", "Nee, ik bedoel voor mijn eigen dochter", "u begrijpt me niet",
    "dus ik moet het zelf maar uitzoeken?", "mag ik het telefoonnummer van een echt mens", "that doesn't help",
    "Voor het gesprek op school zoeken wij een onafhankelijke bijzitter.", "bijzitter nodig voor mdo",
    "formulier leerlingenvervoer, weet echt niet wat ik moet invullen",
    "Als jeugdconsulent verzoek ik u contact op te nemen met de vader van een leerling.",
    "spreekuur cva voor mijn pleegdochter", "afspraak consulent voor zoon?",
])
def test_an_answer_that_did_not_help_a_bijzitter_or_a_professionals_request_asks_for_a_person(text):
    # The second turn of a chat, after a topic answer, or a request in a letter's or a professional's words.
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "is de basisondersteuning niet te algemeen omschreven in het plan", "ik bel me suf naar de huisarts",
    "wat bedoelen ze met een bijzitter bij de geschillencommissie", "wie betaalt het vervoer voor mijn zoon",
    "welk antwoord geeft de school op een klacht",
])
def test_the_same_words_in_a_question_about_a_thing_are_not(text):
    assert not safety.asks_for_person(text)


def test_trouble_with_a_school_that_asks_nothing_is_an_unclear_own_trouble():
    # Applied only when the classifier could not place the message and leans to no topic (components/signals.py).
    assert safety.is_unclear_own_trouble("Vanmiddag kregen we het verslag van het overleg op school. Er staat van "
                                         "alles in wat nooit gezegd is.")
    assert safety.is_unclear_own_trouble("Daan (groep 6) krijgt een schooladvies waar wij het niet mee eens zijn")
    assert not safety.is_unclear_own_trouble("Daan (groep 6) krijgt een schooladvies. Mogen wij daar iets van vinden?")
    assert not safety.is_unclear_own_trouble("ik weet niet meer wat ik als ontbijt moet meegeven voor school, hij "
                                             "lust alleen hagelslag")
    # A letter's polite question is a question.
    assert not safety.is_unclear_own_trouble("Geachte heer/mevrouw, Ik zou graag vernemen hoe een school beslist over "
                                             "extra ondersteuning. Met vriendelijke groet, J. de Boer")
    assert not safety.is_unclear_own_story("Geachte heer/mevrouw, Ik verzoek u mij te informeren over de kosten van "
                                           "het schoolreisje van mijn zoon. Met vriendelijke groet, P. Smit")


def test_a_pet_is_surely_a_pet_only_where_kat_cannot_be_the_cat_commission():
    assert safety.surely_about_a_pet("Mijn zoon wil een kat. Ik wil niet. Wat moet ik doen?")
    assert not safety.surely_about_a_pet("de kat heeft onze aanvraag afgewezen en nu zit ze thuis")
    assert not safety.surely_about_a_pet("Kan iemand mij terugbellen over de KAT-aanvraag voor mijn zoon?")


@pytest.mark.bot
def test_an_unsure_classifier_hands_over_trouble_with_a_school_unless_a_topic_is_likely(bot_venv):
    """components/signals.py: a story of the parent's own trouble with a school that asks nothing goes to a person when
    the classifier is unsure, after a likely topic; a pet goes off-topic where the classifier would hand it over."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
story = 'Vanmiddag kregen we het verslag van het overleg op school. Er staat van alles in wat nooit gezegd is.'
for text, ranking in [
        (story, [('nlu_fallback', 0.5), ('opp', 0.3), ('klacht', 0.25)]),
        (story, [('nlu_fallback', 0.5), ('opp', 0.45), ('klacht', 0.2)]),
        ('Mijn zoon wil een konijn. Ik wil niet. Hij zeurt de hele dag. Wat moet ik doen?',
         [('personal_case', 0.7), ('out_of_scope', 0.2)]),
        ('de kat heeft de aanvraag van onze zoon afgewezen, wie kan ons helpen',
         [('personal_case', 0.7), ('tlv', 0.2)])]:
    ranking = [{'name': n, 'confidence': c} for n, c in ranking]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["personal_case", "opp", "out_of_scope",
                                                                  "personal_case"]


@pytest.mark.parametrize("text", ["De school van mijn zoon komt zijn zorgplicht niet na.",
                                  "opp van mijn dochter afgewezen door de cva. en nu"])
def test_a_school_that_fails_its_duty_or_a_bare_and_now_after_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_a_complaint_about_the_neighbours_noise_is_another_matter():
    assert safety.complaint_about_something_else("Ik wil een klacht indienen over geluidsoverlast van de bovenburen.")
    assert not safety.is_personal_case("Wat is zorgplicht en wanneer komt een school die niet na?")


@pytest.mark.parametrize("text", ["pfff lig hier al de hele avond te huilen",
                                  "Het rooster is weer gehalveerd. Wie kan helpen?",
                                  "Zoon weer geschorst: wie kan ons hierbij helpen?"])
def test_crying_or_who_can_help_after_a_short_story_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_who_can_help_with_a_thing_in_general_is_not():
    assert not safety.is_personal_case("Wie kan helpen bij het aanvragen van een tlv?")


@pytest.mark.parametrize("text", ["Is er iemand die met ons naar het gesprek op school kan gaan?",
                                  "ik zoek iemand die met mij mee naar de hoorzitting gaat"])
def test_someone_to_come_along_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["het gaat over Noor. ze heeft een opp maar er gebeurt niks mee op school",
                                  "over Ties (9): de school stuurt hem elke week een keer naar huis"])
def test_a_case_introduced_by_the_childs_name_is_an_own_story(text):
    assert safety.is_unclear_own_story(text)


def test_a_term_after_over_is_no_childs_name():
    assert not safety.is_unclear_own_story("Over Zorgplicht: die geldt toch voor elke school in de regio vind ik")


@pytest.mark.parametrize("text", [
    "ik ben zo boos, de school heeft de fietsenstalling weggehaald en nu staan de fietsen op straat",
    "Wat doe ik in de broodtrommel? Hij eet alleen hagelslag en de juf zegt dat het niet gezond is. Ik word gek.",
    "dochter heeft een teek opgelopen op schoolreis, moet ik naar de huisarts",
    "dat telefoonverbod op school is belachelijk, mijn zoon kan mij nu niet eens appen",
    "onze pup heeft de gymtas van mijn zoon kapotgebeten, weten jullie een puppycursus?",
])
def test_the_bicycle_shed_a_lunch_box_a_tick_the_phone_rule_or_a_pup_are_another_matter(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ouders oneens over school kind, hulp?",
    "de mentor van mijn dochter op het Maerlant heeft haar zonder mij te vragen laten testen op dyscalculie. ben het er"
    " niet mee eens, waar kan ik terecht met deze klacht",
])
def test_parents_at_odds_in_key_words_and_a_complaint_about_a_named_schools_mentor_are_personal_cases(text):
    assert safety.is_personal_case(text)


def test_calling_the_loket_about_a_matter_in_key_words_is_a_request_for_a_person():
    assert safety.asks_for_person("loket bellen ivm weigering vso plek")
    assert not safety.asks_for_person("loket bellen openingstijden")


def test_anger_that_asks_what_a_word_means_wants_the_word_but_not_about_ones_own_child():
    assert not safety.is_personal_case("Wat is speciaal onderwijs? Is dat school voor domme kinderen? Mensen zeggen dat."
                                       " Ik word boos.")
    assert safety.is_personal_case("Wat is een OPP? Mijn zoon heeft er een en niemand doet er iets mee. Ik word boos.")


@pytest.mark.parametrize("text", [
    "Bezwaar tegen het besluit van de TLV-commissie over onze Julia, wie helpt?",
    "ik weiger te tekenen, school dreigt met leerplicht. wie helpt mij?",
    "mijn tlv verloopt en ik ben bang",
    "Hoe bereik ik een consulent ouders en school? Liefst vandaag nog, het escaleert thuis.",
])
def test_who_helps_after_a_story_fear_and_a_home_that_boils_over_are_personal_cases(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Een kind is lang ziek. Krijgt het nog school? Wie helpt?",
    "Groep 8 advies en kind heeft extra hulp nodig. Hoe gaat naar middelbare school in Assen? Wie helpt?",
    "Lotte zit op hockey en de nieuwe trainer zet haar steeds in het tweede, ook na school. Wie helpt?",
])
def test_who_helps_after_a_general_question_or_about_the_hockey_club_is_not(text):
    assert not safety.is_personal_case(text)


def test_whether_the_school_may_do_this_in_ones_own_case_is_a_personal_case_and_a_treat_recipe_wants_nobody():
    assert safety.is_personal_case("kunt u mij vertellen of de school dit mag in ons geval de directeur zegt dat onze "
                                   "zoon alleen s ochtends mag komen omdat er geen geld is voor begeleiding")
    assert not safety.asks_for_person("iemand een goed recept voor een traktatie op school? glutenvrij graag 🍪")


@pytest.mark.parametrize("text", [
    "Kinderfeestje 8 jaar 🎉 binnen want regen, ideeën?? ik word gek",
    "mijn kind heeft al drie dagen koorts en de huisarts zegt wachten wat moet ik doen",
    "tip voor een goed fietsslot? 2e keer gestolen bij school in Noordwijk 😡",
    "zeg kan je me helpen met een sinterklaasgedicht voor mijn zoon die nooit zijn kamer opruimt ik word er gek van",
    "Volgend jaar gaat onze oudste naar de brugklas en op de lijst van school staat 'Windows of Chromebook'. Mijn man"
    " wil een dure laptop, ik vind een Chromebook genoeg.",
])
def test_a_party_a_fever_a_bike_lock_a_poem_or_a_chromebook_is_another_matter(text):
    assert not safety.is_personal_case(text) and not safety.is_unclear_own_story(text)


@pytest.mark.parametrize("text", [
    "zit hier te huilen achter de laptop. geen idee meer. kind wil niet, school wil niet, ik wil alleen dat het goed komt",
    "zoon zegt elke dag 'ik ga niet'. hij slaapt niet, eet niet. ik ben zo bang voor hem",
])
def test_a_laptop_or_sleepless_nights_in_ones_own_school_trouble_stay_a_personal_case(text):
    assert safety.is_personal_case(text) or safety.is_unclear_own_story(text)


@pytest.mark.parametrize("text", ["tlv verlopen wat nu", "TLV is bijna klaar. Einde datum. Wat nu? Opnieuw aanvragen?"])
def test_a_tlv_that_runs_out_with_no_ones_own_in_it_asks_the_rule(text):
    assert not safety.is_personal_case(text)
    assert safety.is_personal_case("tlv van mijn zoon verlopen, wat nu")


@pytest.mark.parametrize("text", [
    "Waar vind ik de schoolondersteuningsprofielen van de middelbare scholen in Roden en Assen? Mijn ex en ik willen ze"
    " samen vergelijken.",
    "Mijn ex zegt dat de school alles met het swv moet overleggen. Wat is een samenwerkingsverband eigenlijk?",
    "My ex and I live in different towns. Which samenwerkingsverband does my daughter fall under?",
])
def test_parents_apart_who_ask_what_or_where_a_thing_is_want_the_answer(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "mn ex zegt tege school dat ik niks mag beslisse",
    "Mijn ex en ik zijn gescheiden en hebben samen het gezag. Hij wil niet dat onze zoon naar het speciaal onderwijs "
    "gaat, ik wel, en de school wacht op ons.",
    "my ex-husband signed the opp without me, I dont agree with this plan. what can I do?",
    "Kan het ouder- en jeugdsteunpunt bemiddelen tussen mij en de vader van mijn kinderen? We zijn het niet eens over"
    " de overstap naar het vo.",
])
def test_parents_apart_in_conflict_over_school_are_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_a_named_college_in_capitals_is_a_named_school():
    assert safety.is_personal_case("The Dr. Nassau College in Assen will only discuss my daughter's extra support with"
                                   " her mother. I want to file a complaint against the school.")


@pytest.mark.parametrize("text", [
    "de school zegt dat faalangsttraining niet bij de basisondersteuning hoort ik wil dat iemand dit met mij uitzoekt",
    "Kunnen de onderwijsconsulenten met ons mee naar het gesprek op school? Wij zijn het niet eens met het SBO.",
    "Zou een adviseur van het Loket Passend Onderwijs ernaar kunnen kijken voordat ik het opstuur?",
])
def test_someone_to_sort_it_out_come_along_or_read_it_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


def test_which_experts_look_at_a_tlv_request_is_not():
    assert not safety.asks_for_person("Zijn juf zei dat er misschien een TLV aangevraagd wordt. Ik wil graag weten hoe"
                                      " zo'n aanvraag in z'n werk gaat en welke deskundigen ernaar kijken.")


@pytest.mark.parametrize("text", [
    "Onze kleindochter zit op het vso. Haar verklaring loopt af aan het einde van dit schooljaar, zo staat in de brief."
    " Wij vragen ons af hoe een verlenging in zijn werk gaat.",
    "Mijn buurmeisje heeft leukemie en is al maanden niet op school geweest. Haar moeder vroeg mij of er iets bestaat"
    " voor onderwijs aan zieke kinderen. Ik wil haar graag wat informatie geven.",
])
def test_wondering_how_it_goes_or_wanting_information_for_someone_ends_in_a_question(text):
    assert not safety.is_unclear_own_story(text) and not safety.is_unclear_own_trouble(text)


def test_wondering_whether_this_is_how_it_should_go_asks_for_a_judgement():
    assert safety.is_personal_case("Onze zoon is 10 en heeft sinds groep 3 moeite met lezen. Er is nooit onderzoek "
                                   "gedaan. Nu is hij zo ver achter. Wij vragen ons af of dit zo hoort te gaan.")


def test_asking_advice_in_ones_own_case_is_a_personal_case_and_a_laptop_to_buy_is_another_matter():
    assert safety.is_personal_case("mijn zoon heeft een tlv laag gekregen maar hij heeft echt meer nodig moet ik nou "
                                   "bezwaar maken of niet wat raad je aan")
    assert safety.is_personal_case("Onze zoon van 14 weigert al weken naar school te gaan. Wat raadt u ons aan?")
    laptop = "ik zoek een laptop voor mijn dochter die naar de brugklas gaat, school zegt windows, wat raad je aan?"
    assert not safety.is_personal_case(laptop) and safety.about_something_else(laptop)


@pytest.mark.parametrize("text", [
    "kan iemand met mij het formulier voor vrijstelling van de leerplicht invullen want ik snap de vragen niet",
    "Zou een medewerker het aanvraagformulier voor leerlingenvervoer met mij kunnen invullen?",
    "kan er iemand naar de peuterspeelzaal komen kijken want de leidsters weten niet meer wat ze met haar aan moeten",
    "de juf zegt dat mijn zoon teveel hulp nodig heeft voor de basisondersteuning, kunt u zijn situatie bekijken?",
    "kunt u een onderwijsconsulent vragen om mij te belen over mijn zoon die al 2 maanden thuis zit",
    "Wij verzoeken de TLV-commissie om een persoonlijk onderhoud inzake de toelaatbaarheidsverklaring van onze zoon.",
    "Graag zou ik een onderwijsconsulent inschakelen voor onze zoon van 5. Wie kan dat voor mij in gang zetten?",
])
def test_a_form_filled_in_together_a_visit_a_look_at_the_case_or_a_meeting_asked_for_is_a_request(text):
    assert safety.asks_for_person(text)


def test_whether_the_school_may_fill_in_a_plan_itself_is_not_a_request():
    assert not safety.asks_for_person("moet de school het ontwikkelplan met ons bespreken of mogen ze dat zelf invullen")


def test_the_cost_of_a_school_trip_is_another_matter_and_a_child_left_out_of_camp_is_not():
    assert safety.about_something_else("De school van mijn dochter gaat op schoolkamp naar Ameland en het kost 95 euro. "
                                       "Wij hebben dit geld niet. Waar kunnen wij hulp vinden voor de kosten?")
    assert not safety.about_something_else("Mijn dochter mag niet mee op kamp omdat zij 'te veel zorg' is.")


@pytest.mark.parametrize("text", [
    "De aanvraag voor lwoo van mijn dochter ligt al maanden bij de PCL. Wie kan daar eens achteraan gaan?",
    "in het profiel staat dat ze ervaring hebben met adhd maar nu zeggen ze dat hij te druk is kan iemand met de school "
    "gaan praten",
    "Onze zoon wordt binnenkort opgenomen. Graag spreek ik een adviseur over de mogelijkheden voor zijn onderwijs.",
    "het profiel van de school van mijn dochter klopt niet met wat ze echt doen, wie kan dat met de school opnemen",
    "Ik wens inzage in alle gegevens die het samenwerkingsverband over mijn zoon heeft. Met wie kan ik dit regelen?",
    "kan iemand alles wat ik hier over mn dochter heb getypt verwijderen? 🗑️",
])
def test_someone_to_chase_a_request_to_talk_with_the_school_or_a_letters_graag_spreek_ik_are_requests(text):
    assert safety.asks_for_person(text)


def test_something_like_mediation_in_a_general_question_is_not_a_request():
    assert not safety.asks_for_person("if a school refuses to admit a kid, can parents appeal? is there something like "
                                      "mediation?")
    assert safety.asks_for_person("we would like mediation between us and the school")


def test_an_emoji_after_the_question_mark_leaves_the_question_last():
    text = "hele klas van mn dochter (11) heeft insta. zij wil t nu ook. is dat slim op die leeftijd? 🤔"
    assert safety.ends_in_a_question(text) and not safety.is_unclear_own_story(text)
    assert safety.sentences("wat is een opp? 🙈") == ["wat is een opp?"]


@pytest.mark.parametrize("text", [
    "The school suddenly says she has to go to 'zmlk'. Is that even still a thing? I need someone to talk this through "
    "with.",
    "Three schools zeiden nee and my daughter thinks it's her fault. I don't know who else to ask.",
])
def test_someone_to_talk_it_through_with_and_no_one_else_to_ask_are_requests_in_english(text):
    assert safety.asks_for_person(text)


def test_an_ex_in_a_long_history_before_a_general_question_is_not_a_conflict_but_words_of_one_are():
    history = ("Hello, I'm Sarah, mum of Jack (8) in Zandvoort. He has a hearing impairment. We moved again after my "
               "divorce. My ex and I communicate mostly by email now. My parents keep telling me to come home. "
               "Anyway, a friend mentioned the Geschillencommissie. Is it free for parents, and is its decision "
               "binding?")
    assert not safety.is_personal_case(history)
    refuses = ("Mijn ex en ik zijn twee jaar geleden gescheiden en we praten weinig. Nu wil de school een OPP met minder "
               "uren. Ik wil tekenen, hij weigert. De school zegt dat ze niks kan. Hoe gaat dat verder?")
    assert safety.is_personal_case(refuses)
    assert safety.is_personal_case("Mijn man en ik zijn het niet eens. Hij wil sbo, ik niet. Onze zoon is 9. De juf "
                                   "twijfelt ook. Wie beslist dat?")


@pytest.mark.parametrize("text", [
    "jeugdhulp en school wijzen al maanden naar elkaar en ons kind zit ertussen, graag iemand die belt",
    "aanvraagformulier leerlingenvervoer checken aub",
    "Ik verzoek u vriendelijk mijn bezwaarschrift te controleren voordat ik het verstuur.",
    "Betreft: spoedverzoek contact over onze zoon die thuiszit",
    "De consulent nam het gesprek niet serieus. Ik wil daarover klagen bij iemand.",
    "de mentor lacht mijn dochter uit, wil daar een klacht over indienen bij iemand",
])
def test_someone_who_calls_a_form_to_check_a_subject_line_and_someone_to_complain_to_are_requests(text):
    assert safety.asks_for_person(text)


def test_a_request_for_a_meeting_from_the_school_is_not_the_parents_request():
    assert not safety.asks_for_person("Mijn zoon kreeg een brief mee: 'verzoek tot gesprek' van de directie.")


@pytest.mark.parametrize("text", [
    "hulp nodig bij ons opp",
    "hulp nodig bij onze tlv aanvraag",
    "Mijn vrouw en ik denken heel verschillend over het sbo voor onze zoon. Kan iemand met ons praten?",
    "De commissie heeft besloten dat onze dochter geen tlv krijgt. Klopt dat wel?",
])
def test_help_with_the_familys_own_papers_parents_who_think_differently_and_doubting_a_decision_on_ones_child(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "de gemeente zegt dat leerlingenvervoer alleen voor het so is, klopt dat wel? lijkt me sterk",
    "Hoe werkt de overstap eigenlijk? De juf zegt dat ik niks hoef te doen. Klopt dat wel?",
])
def test_doubting_a_rule_someone_told_the_parent_wants_the_answer(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "de school wil geen tijd maken voor de dyslexiebehandeling van mijn zoon, hoe krijg ik dat voor elkaar?",
    "hoe krijg ik het voor elkaar dat de school het opp van mijn dochter uitvoert",
])
def test_getting_something_done_at_school_in_ones_own_case_is_a_personal_case(text):
    assert safety.is_personal_case(text)


def test_getting_something_done_that_is_no_school_matter_is_not():
    assert not safety.is_personal_case("ons kind met autisme wil niet in bad, hoe krijg ik dat voor elkaar")


@pytest.mark.parametrize("text", [
    "de school stuurt onze zoon steeds naar huis, kunnen jullie ons hepen?",
    "The school says she cannot stay after the summer. Is this something jullie can help with?",
])
def test_help_asked_with_a_typo_or_in_english_is_a_request(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "de school doet niks met het arrangement van mijn zoon, ik wil dat het samenwerkingsverband ingrijpt",
    "Zou iemand de aanvraag voor leerlingenvervoer die ik voor mijn dochter heb ingevuld, even willen doorlezen?",
])
def test_wanting_the_swv_to_step_in_and_someone_to_read_a_long_described_letter_are_requests(text):
    assert safety.asks_for_person(text)


def test_not_knowing_what_to_do_in_ones_own_zaak_is_a_personal_case():
    assert safety.is_personal_case("we kregen een brief van de commissie en weten niet wat we nu moeten doen in onze zaak")


def test_wanting_help_with_ones_own_matter_and_a_consulent_to_mail_are_for_a_person():
    assert safety.is_personal_case("de gemeente wees het leerlingenvervoer voor mijn zoon af, ik wil hulp bij het bezwaar")
    assert safety.asks_for_person("Ik kom er niet uit. Wil een consulent ouders en school van het steunpunt mij mailen?")


def test_a_child_in_danger_now_is_a_crisis():
    assert safety.is_crisis("dringend!! kind in gevaar")
    assert safety.is_crisis("mijn dochter is nu in gevaar, wat moet ik doen")


@pytest.mark.parametrize("text, crisis", [
    ("Mijn vriend slaat mij als hij drinkt. De kinderen zijn bang. Waar kan ik heen?", True),
    ("er staat iemand met een mes in het trappenhuis, mijn kinderen zijn alleen thuis", True),
    ("ik denk dat er huiselijk geweld is bij een gezin uit de klas van mijn zoon", True),
    ("de deurwaarder staat voor de deur en ik wil er een eind aan maken", True),
    # A pupil who took a knife to school, or a child who hits: a school matter for an adviser, not 112.
    ("mijn zoon heeft een mes mee naar school genomen en is geschorst, wat nu?", False),
    ("mijn kind slaat andere kinderen op het plein en de school belt elke dag", False),
])
def test_violence_at_home_and_a_threat_with_a_weapon_are_a_crisis(text, crisis):
    assert safety.is_crisis(text) == crisis


@pytest.mark.parametrize("text", [
    "geen chatbot. echte medewerker!",
    "Kan de consulent ouders en school van het steunpunt in Haarlem met ons mee naar het gesprek op school?",
    "consulent gedrag inschakelen voor ons kind, de juf weet het niet meer",
    "Kan er een onderwijsconsulent worden ingeschakeld bij het conflict over mijn zoon?",
    "De school wil onze dochter niet toelaten. Kunt u ons in deze zaak bijstaan?",
    "In de bijlage staat mijn bezwaarschrift. Graag een toets door een jurist of het zo kan.",
    "Kan de commissie opnieuw naar de aanvraag van mijn dochter kijken?",
    "Hierbij verzoek ik u om inzage in het dossier van mijn zoon bij het samenwerkingsverband.",
    "Wij wensen inzage in wat de commissie over onze dochter heeft opgeslagen.",
])
def test_a_person_asked_for_in_a_formal_letter_a_heading_or_for_ones_own_file_is_a_request(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hoe vraag ik inzage in het dossier van mijn kind?",
    "wanneer kan er een onderwijsconsulent worden ingeschakeld?",
    "Kan de commissie opnieuw naar de aanvraag van een leerling kijken als er nieuwe informatie is?",
])
def test_how_to_ask_for_inzage_or_when_a_consulent_comes_in_is_not(text):
    assert not safety.asks_for_person(text)


def test_the_cat_commissions_decision_in_small_letters_is_not_a_pet():
    assert not safety.about_something_else("cat besluit over mijn dochter, wie kan ik bellen")
    assert safety.about_something_else("onze cat krabt de kinderen, wat moet ik doen")


def test_a_complaint_not_to_the_teacher_herself_names_nobody():
    assert not safety.is_personal_case("Waar dien je een klacht in over een school? Niet bij de meester zelf?")


@pytest.mark.parametrize("text", ["de telefoon van mijn dochter is gepikt op school, wat nu",
                                  "zoon zijn rugzak kwijt na de gym, wat kan ik doen"])
def test_a_thing_stolen_or_lost_at_school_is_off_topic(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text)


def test_a_child_bullied_over_a_stolen_thing_is_still_an_own_case():
    assert safety.is_personal_case("mijn zoon wordt gepest en zijn fiets wordt steeds gestolen, wat moet ik doen")


def test_ones_divorce_papers_are_off_topic_and_when_the_loket_answers_is_a_question():
    assert not safety.asks_for_person("Kunnen jullie ook mijn echtscheidingsconvenant doorlezen?")
    assert not safety.asks_for_person("Is het steunpunt in het weekend ook bereikbaar, met een terugbelverzoek misschien?")
    assert safety.asks_for_person("Terugbelverzoek graag, ik ben na vier uur bereikbaar")


def test_staff_who_ignore_the_parent_and_the_adviser_asked_to_call_again_are_for_a_person():
    assert safety.is_personal_case("de mentor negeert al weken mijn e-mails")
    assert safety.asks_for_person("Vorig jaar hielp Petra van het Loket ons. Kan ze mij nog eens bellen?")
    assert not safety.is_personal_case("de huisbaas negeert mijn berichten over de lekkage")


@pytest.mark.parametrize("text", [
    "de school noemt het basisondersteuning, maar ik geloof daar niks van. kan er iemand naar kijken?",
    "kunnen jullie een onderwijsconsulent voor mijn dochter inschakelen?",
    "Doen jullie dat ook? Zo ja, kunt u er een voor mijn zoon regelen?",
    "Wij wonen sinds kort in Assen. Mijn dochter van 10 mag niet blijven op haar school. Ik wil afspraak",
    "De school werkt niet samen met het wijkteam. Wie kan dit voor ons oppakken?",
    "ik wil dat er iemand met me meegaat naar het gesprek op school",
])
def test_someone_to_look_at_it_arrange_it_or_come_along_and_an_appointment_are_requests(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["moet ik een afspraak maken bij de school om mijn kind aan te melden?",
                                  "wanneer schakelt de school een onderwijsconsulent in?"])
def test_asking_how_an_appointment_or_a_consulent_goes_is_not(text):
    assert not safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["hoe verhuis ik een aquarium zonder dat ze doodgaan",
                                  "kun je een afscheidsbriefje voor de klas van mijn dochter schrijven? we verhuizen"])
def test_fish_that_must_not_die_and_a_goodbye_note_to_the_class_are_no_crisis_and_off_topic(text):
    assert not safety.is_crisis(text) and safety.about_something_else(text)


@pytest.mark.parametrize("text", ["mijn dochter heeft een afscheidsbriefje geschreven",
                                  "mijn zoon zegt dat hij wil doodgaan"])
def test_a_farewell_note_and_wanting_to_die_are_still_a_crisis(text):
    assert safety.is_crisis(text)


@pytest.mark.parametrize("text", ["wanneer is de sinterklaasintocht in Assen",
                                  "zorgverlof aanvragen bij mijn werkgever voor mijn zieke moeder, hoe doe ik dat",
                                  "zwemdiploma A vanaf welke leeftijd", "welke dag wordt het oud papier opgehaald",
                                  "tips om een kind van 6 sneller in slaap te krijgen?"])
def test_sinterklaas_leave_from_work_swimming_rubbish_and_sleep_at_home_are_off_topic(text):
    assert safety.about_something_else(text)


@pytest.mark.parametrize("text", ["mijn dochter heeft nachtmerries omdat ze gepest wordt op school, wat moet ik doen",
                                  "mijn zoon valt in slaap in de klas door zijn medicatie, wat moet ik doen?"])
def test_nightmares_over_bullying_and_sleep_in_class_are_an_own_case(text):
    assert safety.is_personal_case(text) and not safety.about_something_else(text)


@pytest.mark.parametrize("text", [
    "Kunt u voor mij uitzoeken welke school nu zorgplicht heeft voor mijn dochter? Ze is overal afgewezen.",
    "kunnen jullie een onderwijsconsulent voor ons regelen? het zit helemaal vast met school",
])
def test_something_looked_into_or_a_consulent_arranged_for_the_parent_is_a_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", ["kunt u mij uitleggen welke school zorgplicht heeft?",
                                  "kan de school een consulent voor ons aanvragen?",
                                  "hoe kan ik zelf uitzoeken welke school een plusklas heeft?"])
def test_an_explanation_or_what_the_school_may_arrange_is_not(text):
    assert not safety.asks_for_person(text)


def test_a_test_done_without_asking_the_parents_is_their_own_case_but_the_rule_is_not():
    assert safety.is_personal_case("school heeft een iq test gedaan zonder ons iets te vragen, wat kunnen we hier tegen"
                                   " doen")
    assert not safety.is_personal_case("mag een school een iq test doen zonder toestemming van de ouders? wat kun je "
                                       "daartegen doen")


def test_a_complaint_about_the_leerplichtambtenaar_is_no_complaint_about_something_else():
    assert not safety.complaint_about_something_else(
        "De leerplichtambtenaar dreigt met een boete terwijl ik de brief van het ziekenhuis heb laten zien. Ik wil een "
        "klacht over hem.")


def test_brothers_and_sisters_who_fight_at_home_are_off_topic_but_not_at_school():
    assert safety.about_something_else("mijn kinderen maken thuis elke dag ruzie met elkaar. wat kan ik doen?")
    assert not safety.about_something_else("mijn dochter en haar klasgenoot maken ruzie met elkaar, de juf doet niets")


@pytest.mark.parametrize("text", [
    "kan iemand mij terugbellen over mijn energierekening die veel te hoog is", "bel me over alimentatie",
    "ik wil praten met iemand over mijn verblijfsvergunning. het is heel dringend, help mij",
    "Geachte heer/mevrouw, graag word ik teruggebeld inzake een geschil met mijn verhuurder over de borg.",
    "Can someone call me about my subscription? They charge me double and I'm so stressed",
])
def test_a_person_asked_for_about_the_households_bills_and_papers_is_not_for_the_loket(text):
    assert not safety.asks_for_person(text) and safety.about_something_else(text)


@pytest.mark.parametrize("text", [
    "Ik ben de buurvrouw van een Syrische familie. Hun zoon zit al weken thuis. De moeder vraagt of iemand haar kan "
    "bellen.",
    "Kunnen jullie mij verder helpen of moet ik echt naar een advocaat?",
    "de school wil dat ik de bijles betaal maar ik zit in de schulden, kan iemand mij bellen?",
])
def test_a_neighbour_for_a_family_a_lawyer_or_debts_beside_a_school_matter_are_the_loket_s(text):
    """Their handover is the classifier's or the signals': nothing here turns them off-topic."""
    assert not safety.about_something_else(text)
    assert safety.asks_for_person(text) == ("schulden" in text)


@pytest.mark.parametrize("text", [
    "Kan de consulent passend onderwijs mij ook helpen met mijn huurachterstand?",
    "Kan iemand van de CvA mij terugbellen over de erfenis van mijn vader?",
    "Ik heb een medewerker van het Loket nodig, mijn ex houdt zich niet aan de omgangsregeling. Kan iemand bellen?",
    "Ik heb cat@swv-voorbeeld.nl gemaild omdat de hockeyvereniging mijn dochter niet laat spelen, kunnen jullie "
    "bellen?",
    "ik heb hulp nodig bij de nalatenschap van mijn moeder, kan iemand mij bellen",
    "Ik wil iemand van de CAT spreken over mijn belastingschuld, de aanmaning is binnen.",
    "Kan een consulent mij terugbellen over de werkweek, die kost 180 euro en dat kan ik niet betalen?",
    "huurachterstand, hulp",
])
def test_the_swv_s_own_bodies_asked_to_help_with_another_matter_do_not_make_it_a_school_matter(text):
    """The body asked is whom the parent asks, not what about."""
    assert not safety.asks_for_person(text) and safety.about_something_else(text)


@pytest.mark.parametrize("text", [
    "De CvA heeft over mijn zoon besloten en ik zit ook nog in de schulden. Kan iemand mij bellen?",
    "Kan het loket mij bellen over de tlv van mijn dochter? Ik zit in de schulden.",
])
def test_a_body_that_decided_or_a_school_matter_beside_debts_still_gets_a_person(text):
    assert safety.asks_for_person(text)


def test_the_own_contribution_for_youth_care_or_transport_is_not_a_household_matter():
    """Jeugdhulp and leerlingenvervoer have an eigen bijdrage too; only the CAK's is the household's."""
    assert safety.asks_for_person("Kan iemand mij bellen over de eigen bijdrage voor de jeugdhulp van mijn zoon?")
    assert safety.household_matter("brief van het CAK over een eigen bijdrage, kan iemand mij bellen")


@pytest.mark.parametrize("text, about_it", [
    ("burenruzie, wie helpt", True),
    ("de tennisvereniging heeft mijn zoon geschorst, met wie kan ik daarover praten?", True),
    ("Kunt u bemiddelen in een geschil met onze verhuurder over de lekkage?", True),
    # The trouble beside the request, not asked about: the person is still asked for.
    ("kan ik jullie ergens spreken? liefst vanavond, overdag sta ik in de winkel", False),
    ("de buren zeggen dat de school mijn zoon niet mag weigeren, wie kan ik bellen?", False),
    # A neighbour is the trouble only in a quarrel or nuisance, not as whom the parent helps.
    ("kunnen jullie de bezwaarbrief nakijken die ik voor mijn buurman schrijf?", False),
    ("de buurman schreeuwt elke dag tegen mijn kinderen, wie kan ik bellen", True),
])
def test_a_person_asked_about_a_trouble_outside_school_is_not_for_the_loket(text, about_it):
    assert safety.asks_a_person_about_other_trouble(text) == about_it
    assert safety.asks_for_person(text) != about_it or not safety.REQUEST_HUMAN.search(text)


def test_debts_with_despair_stay_a_crisis_and_the_english_so_is_no_special_school():
    assert safety.is_crisis("ik heb zoveel schulden en ik wil er gewoon niet meer zijn")
    assert not safety.SCHOOL_MATTER.search("They keep charging me double and I'm so stressed")
    assert safety.SCHOOL_MATTER.search("mijn zoon gaat naar het so")


@pytest.mark.parametrize("text", [
    "Mijn vader wordt steeds vergeetachtiger en woont alleen. Ik ben op.",
    "hoe vraag je thuiszorg aan voor je oma, ze redt het niet meer alleen",
    "My father has dementia and I look after him every evening. I'm exhausted.",
    "Het UWV wil dat ik een formulier invul over mijn arbeidsvermogen. Ik snap er niks van, ik word er gek van.",
    "ik ben zo boos op de energiemaatschappij, het voorschot is weer omhoog",
    "Mijn schoonmoeder bemoeit zich met alles en ik ben het zo zat.",
    "Mijn broer leent steeds geld en betaalt nooit terug. Ik ben er kapot van.",
    "Ik zoek al maanden een woning in Haarlem en ik word er wanhopig van.",
])
def test_an_old_parents_care_the_uwv_the_energy_bill_and_family_money_are_not_the_lokets(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "ik snap het formulier van de IND niet, kan iemand helpen?",
    "WW-formulier UWV, wat moet ik invullen?",
])
def test_a_form_of_another_body_is_not_a_schools_form(text):
    assert safety.papers_of_another_body(text) and not safety.asks_for_person(text)


def test_a_form_of_school_is_still_one():
    assert safety.asks_for_person("hulp bij het invullen van het formulier")
    assert not safety.no_school_in("het formulier voor de gemeente over leerlingenvervoer, ik schulden, help")


@pytest.mark.parametrize("text", [
    "mijn ex haalt de kinderen steeds te laat op van school en nu wil hij ook de alimentatie verlagen",
    "Mijn dochter zit op het vso en dat gaat goed. Maar de bovenburen maken elke nacht herrie. Wie kan helpen?",
    "Het gaat niet over school. Mijn man is ontslagen, hebben we recht op een uitkering?",
    "Mijn kinderen gaan hier naar school. Mijn verblijfsvergunning loopt af, waar moet ik heen?",
])
def test_school_named_in_passing_or_going_well_does_not_make_another_trouble_a_school_matter(text):
    assert safety.no_school_in(text) and safety.other_trouble(text)


@pytest.mark.parametrize("text", [
    "Het gaat niet goed op school en de buren maken ook nog herrie. Wat moet ik doen?",
    "Mijn zoon is weer naar huis gestuurd en nu dreigt mijn werkgever met ontslag. Wat moet ik doen?",
])
def test_school_that_goes_badly_or_a_child_sent_home_is_still_school(text):
    assert not safety.no_school_in(text) and safety.is_personal_case(text)


def test_a_neighbour_who_only_told_the_parent_something_is_no_trouble_but_one_who_makes_noise_is():
    assert not safety.other_trouble("ik hoorde van de buren dat iemand van het loket thuis kan komen, mijn zoon wil de "
                                    "deur niet uit")
    assert safety.other_trouble("de buren draaien elke nacht harde muziek, ik ben zo moe")


@pytest.mark.parametrize("text", [
    "Ik lig er wakker van. Hoe lang mag een school doen over een aanmelding?",
    "Ik voel me zo machteloos. Wat moet elke school minimaal aan ondersteuning bieden?",
    "How long is a TLV valid? Sorry, I'm exhausted.",
])
def test_a_worried_parent_who_asks_a_rule_for_any_child_gets_the_answer(text):
    assert safety.upset(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Ik ben zo boos. Mijn zoon wordt geweigerd. Mag een school dat?",
    "Ik lig er wakker van. De school wil onze dochter niet aannemen. Hoe lang mag een school daarover doen?",
])
def test_an_upset_parent_with_a_child_of_their_own_still_gets_a_person(text):
    assert safety.is_personal_case(text)


@pytest.mark.bot
def test_a_trouble_outside_school_that_the_classifier_hands_over_or_is_unsure_of_is_off_topic(bot_venv):
    """components/signals.py: a parent who vents about the landlord or an old mother gets where to go, whether the
    classifier handed it over or was unsure; an unsure classifier that suspects a crisis, a school matter beside the
    trouble, or the parent's own child in it (an adviser sees whether school is in it after all), is left alone."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, first in [('Our landlord will not fix the heating and the kids are freezing. I am so angry.',
                     'personal_case'),
                    ('hoe regel ik thuiszorg voor mijn moeder, ze valt steeds', 'nlu_fallback'),
                    ('ik heb schulden en ik slaap niet meer', 'crisis'),
                    ('de school doet niks en de buren maken herrie, wat moet ik doen', 'personal_case'),
                    ('mijn zoon is er kapot van, de voetbalclub heeft hem uit het team gezet', 'personal_case')]:
    if first == 'personal_case':
        ranking = [{'name': first, 'confidence': 0.7}, {'name': 'out_of_scope', 'confidence': 0.2}]
    else:
        second = 'personal_case' if first == 'nlu_fallback' else 'crisis'
        ranking = [{'name': 'nlu_fallback', 'confidence': 0.5}, {'name': second, 'confidence': 0.4}]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "nlu_fallback",
                                                                  "personal_case", "personal_case"]


def test_a_story_told_in_one_breath_that_says_it_goes_well_now_keeps_its_school():
    assert not safety.no_school_in("mijn zoon heeft adhd en heeft op twee scholen gezeten en nu gaat het goed en mijn "
                                   "schoonvader zegt dat alles op internet komt dus kan iemand van school meelezen")


def test_the_tlv_written_out_is_school_and_a_parent_hard_to_reach_asks_for_no_one():
    text = ("Graag verneem ik binnen welke termijn bezwaar kan worden gemaakt tegen een toelaatbaarheidsverklaring. "
            "Wegens een ziekenhuisopname ben ik beperkt bereikbaar.")
    assert not safety.complaint_about_something_else(text) and not safety.asks_for_person(text)
    assert safety.SCHOOL_MATTER.search("wat is een toelatingsverklaaring")
    assert safety.asks_for_person("Morgen tussen 9 en 10 ben ik bereikbaar op 06-12345678")


def test_a_pet_named_first_beside_ones_own_child_missing_school_is_about_the_child():
    assert not safety.about_a_pet("Onze kat is dood en mijn zoon is sindsdien niet meer naar school geweest. Wie helpt?")
    assert safety.about_a_pet("hond blaft altijd als kinderen van school langs lopen, wat doe ik")


@pytest.mark.parametrize("text", [
    "mijn dochter slikt sinds kort medicijnen en heeft geen honger meer, wat kan ik doen",
    "Mijn zoon heeft al maanden slaapproblemen. Bij wie kan ik daarvoor terecht?",
    "Wij gaan scheiden en hebben recht op toeslagen, wie kan ons daarbij helpen?",
    "Ik wil gaan samenwonen met mijn nieuwe vriend, maar mijn ex vindt dat niet goed voor de kinderen.",
    "Mijn oom is overleden en nu is er ruzie over zijn erfenis. Wie helpt ons?",
    "Is er ergens hulp voor mantelzorgers? De zorg voor mijn schoonvader is me te veel.",
    "My ex picks the kids up from school late every week, and now he wants to pay less child support.",
])
def test_medicine_sleep_benefits_and_a_family_falling_apart_are_not_the_lokets(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text) and not safety.asks_for_person(text)


def test_medicine_sleep_or_care_beside_school_is_still_school():
    assert safety.is_personal_case("mijn zoon slikt medicijnen en de juf wil ze niet geven op school, wat moet ik doen")
    assert not safety.no_school_in("hij slaapt slecht door de slaapproblemen en mist de halve schooldag, "
                                   "krijgt hij een aangepast rooster?")


@pytest.mark.parametrize("text", [
    "mijn ex houdt zich niet aan de omgangs regeling, ik word er gek van",
    "My ex and I can't agree on the weekend schedule and the kids feel it.",
    "Mijn moeder moet naar een verpleeg huis, mijn broer is het er niet mee eens. Wie beslist dat?",
    "Na de scheiding staat ons huis nog op naam van ons allebei. Wie helpt met de verdeling?",
])
def test_what_separated_parents_arrange_beside_school_is_not_the_lokets(text):
    assert safety.about_something_else(text) and not safety.is_personal_case(text) and not safety.asks_for_person(text)


def test_children_fetched_from_school_name_school_only_in_passing():
    assert safety.no_school_in("De nieuwe vriendin van mijn ex wil de kinderen ophalen van school. Mag dat?")


@pytest.mark.parametrize("text", [
    "De juf heeft het tijdens het oudergesprek gehad over mijn ex, en nu wil hij de school niet meer in. Help",
    "Mijn ex is het oneens met het voorlopig advies voor onze dochter. Wat moeten we doen?",
])
def test_the_schools_talks_and_advice_are_still_school(text):
    assert not safety.no_school_in(text)


@pytest.mark.parametrize("text", [
    "schuldhulp gemeente Assen",
    "Kan het wijkteam ook helpen met huishoudelijke hulp voor mijzelf?",
    "Hoe vraag ik een PGB aan voor begeleiding thuis?",
    "ik ben mantelzorger voor mijn zoon, hoe vraag ik ondersteuning aan bij de wmo",
    "How do I apply for a PGB for care at home?",
])
def test_care_the_municipality_or_the_svb_arranges_for_the_family_is_another_bodys(text):
    assert safety.care_of_another_body(text)


@pytest.mark.parametrize("text", [
    "pgb voor begeleiding onder schooltijd kan dat",
    "Kan ik een pgb krijgen voor een begeleider in de klas van mijn zoon?",
    "ik heb schulden en ik wil niet meer leven, wie helpt mij met schuldhulp",
])
def test_a_pgb_for_school_hours_or_debts_with_crisis_words_are_not(text):
    assert not safety.care_of_another_body(text)


@pytest.mark.parametrize("text", [
    "School vraagt geld voor de schoolreis. Ik heb niet veel geld. Wie kan mij helpen?",
    "Sinds dit jaar moet je betalen voor overblijven. Kan de school mij dwingen? Ik vind het belachelijk.",
    "De fiets van mijn dochter is weg bij school. Wat moet ik doen? Naar de politie?",
    "Juf Anouk zet elke dag twintig foto's in de klassenapp. Kan ik instellen dat ik niet steeds een melding krijg?",
])
def test_money_for_the_trip_or_lunch_break_a_bike_gone_or_the_class_apps_alerts_are_no_case(text):
    assert not safety.is_personal_case(text)


def test_a_named_teacher_reported_or_a_child_left_out_of_the_trip_still_gets_a_person():
    assert safety.is_personal_case("Ik heb juf Anouk gemeld bij de directeur omdat ze mijn zoon uitlacht. Wat nu?")
    assert safety.is_personal_case("Mijn zoon mag niet mee op schoolreis omdat hij adhd heeft. Wat kan ik doen?")


@pytest.mark.bot
def test_care_of_another_body_is_off_topic_over_a_topic_but_not_over_a_handover_or_the_loket(bot_venv):
    """components/signals.py: debt help that the classifier took for youth care is off-topic, and household help it
    would hand over where no child of the parent's own is named; the same words in a question about reaching the
    Loket, beside one's own child, or where a crisis is suspected, are left alone."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, first in [('Waar vind ik schuldhulpverlening in mijn gemeente?', 'jeugdhulp'),
                    ('wmo hulp voor mezelf, gaat dat via wijkteam?', 'nlu_fallback'),
                    ('Wegens mantelzorgtaken ben ik overdag lastig bereikbaar. Hoe bereik ik het Loket?',
                     'contact_loket'),
                    ('Ik wil iemand spreken over mijn pgb', 'request_human'),
                    ("Can I get a home help through the municipality? I'm a single dad.", 'personal_case'),
                    ('Ons pgb voor mijn zoon loopt af en ik weet niet hoe het verder moet.', 'personal_case'),
                    ('ik heb schulden en durf niks meer, waar is schuldhulp', 'crisis')]:
    ranking = [{'name': first, 'confidence': 0.9 if first != 'nlu_fallback' else 0.5},
               {'name': 'jeugdhulp', 'confidence': 0.05}]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "contact_loket",
                                                                  "request_human", "out_of_scope", "personal_case",
                                                                  "crisis"]


@pytest.mark.parametrize("text", [
    "Hoe word ik lid van de ouderraad?",
    "de juf is weer ziek en er is alweer een andre invaler",
    "Moet de school opvang regelen tijdens een landelijke onderwijsstaking?",
    "Het klimrek op het schoolplein is al maanden kapot. Wie moet dit maken?",
    "Can I join the parents' committee if I don't speak Dutch well?",
])
def test_the_parents_council_a_supply_teacher_a_strike_or_the_playground_are_school_life(text):
    assert safety.school_life(text)


@pytest.mark.parametrize("text", [
    "Mag mijn kind op zijn verjaardag snoep trakteren in de klas van juf Esther?",
    "hallo ik zit niet in de klassenapp van juf anouk en ik mis alle berichten hoe kan ik erin komen",
    "is juf Sanne met verlof?",
    "Meester Tim ziek, wie vervangt?",
    "Nieuwbouw school Roden wanneer klaar?",
])
def test_a_treat_the_class_app_a_teacher_away_or_a_new_building_are_school_life(text):
    assert safety.school_life(text)


@pytest.mark.parametrize("text", [
    "Mag mijn kind op zijn verjaardag snoep trakteren in de klas van juf Esther?",
    "ja mijn zoontje is jarig volgende week en ik wil trakteren bij meester tom wat mag er allemaal",
])
def test_a_named_teacher_beside_ones_own_child_is_no_case_when_it_is_about_school_life(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "de invaller heeft mijn zoon uitgescholden, wat moet ik doen",
    # ... a named teacher beside one's own child still is, outside school life,
    "Juf Esther heeft mijn zoon voor de hele klas uitgelachen.",
    # ... also where the camp is the matter.
    "Mijn zoon mag van juf Esther niet mee op schoolkamp omdat hij adhd heeft, wat kan ik doen?",
])
def test_a_supply_teacher_who_hurt_ones_own_child_is_still_a_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "De juf van mijn zoon woont in mijn straat. Zij heeft een hond. De hond blaft de hele dag. Wat kan ik doen?",
    "IB'er Monique woont naast ons in de Lindelaan en haar auto staat steeds voor onze oprit. Wat kan ik doen?",
])
def test_a_neighbour_who_works_at_the_childs_school_is_a_trouble_elsewhere(text):
    assert safety.other_trouble_to_send_elsewhere(text) and not safety.is_personal_case(text)


def test_a_neighbour_who_works_at_the_school_may_still_be_the_childs_case():
    text = "De juf van mijn zoon woont naast ons. Zij zegt dat mijn zoon naar het speciaal onderwijs moet. Wat nu?"
    assert not safety.other_trouble(text) and safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "rooster zoon 1 uur per dag al maanden, help",
    "zoon thuiszitend al half jaar hellup",
    "tlv dochter afgewezen wat nu",
])
def test_a_short_note_about_zoon_or_dochter_with_help_is_the_parents_own_case(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "voor je zoon of dochter",
    "Mag een school een zoon of dochter weigeren?",
    "de zoon van de buren",
    "wat als de dochter van mijn zus een tlv krijgt",
])
def test_a_son_or_daughter_with_an_article_or_another_owner_is_no_own_child(text):
    assert not safety.names_own_child(text)


@pytest.mark.parametrize("text", ["voedselbank Katwijk aanmelden", "Hoe schrijf ik me in bij de kledingbank?"])
def test_signing_up_at_the_food_or_clothes_bank_is_care_of_another_body(text):
    assert safety.care_of_another_body(text)


@pytest.mark.parametrize("text", ["ggd prik afspraak", "Wanneer krijgt mijn dochter haar vaccinatie? Help"])
def test_a_vaccination_is_a_trouble_outside_school(text):
    assert safety.other_trouble(text) and not safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "Wat doet een school voor heel slimme kinderen? Meester Ali zegt dat mijn zoon hoogbegaafd is.",
    "Hoi, ik ben Naomi en mijn zoon Jayden (8) heeft ADHD. Wat is een OPP? Zijn juf, juf Sanne, zei dat hij er "
    "misschien een krijgt.",
])
def test_a_named_teacher_who_only_said_something_beside_a_question_what_a_thing_is_is_no_case(text):
    assert not safety.is_personal_case(text)


def test_the_childs_own_leave_is_no_teacher_away():
    assert not safety.school_life("Mag ik verlof aanvragen voor mijn zoon voor een bruiloft?")


@pytest.mark.bot
def test_an_unsure_classifier_sends_school_life_elsewhere_unless_a_topic_is_likely(bot_venv):
    """components/signals.py: 'Hoe word ik lid van de ouderraad?' with an unsure classifier gets where to go; with a
    likely topic first it gets the topic, and despair beside a supply teacher stays a crisis."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, ranking in [('Hoe word ik lid van de ouderraad?', [('opr', 0.3), ('steunpunt', 0.25)]),
                      ('Hoe word ik lid van de ouderraad?', [('opr', 0.45), ('steunpunt', 0.1)]),
                      ('de invaller is er weer en ik kan niet meer', [('crisis', 0.4), ('klacht', 0.1)])]:
    ranking = [{'name': 'nlu_fallback', 'confidence': 0.5}] + [{'name': n, 'confidence': c} for n, c in ranking]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "opr", "crisis"]


@pytest.mark.bot
def test_a_handover_the_classifier_leaned_to_about_school_life_gets_where_to_go_unless_a_case_shows(bot_venv):
    """components/signals.py: a teacher on leave or the class app with the classifier leaning to a handover gets where
    to go; with one's own child, despair or a parent who asks what to do, it stays with a person."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text in ['is juf anouk met verlof? ik zie haar nooit meer op het plein',
             'Mentor Lars heeft de klassenapp aangemaakt, maar ik zit er niet in. Hoe kom ik erin?',
             'My son lost his coat, is there a lost and found?',
             'Sinds er een invaller is gaat het mis met Jesse. Ik weet echt niet meer wat ik moet doen.']:
    ranking = [{'name': 'personal_case', 'confidence': 0.7}, {'name': 'klacht', 'confidence': 0.1}]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "personal_case",
                                                                  "personal_case"]


@pytest.mark.parametrize("text", [
    "zorgplicht van de bank bij beleggen, hebben die dat ook",
    "geschillencommissie energiecontract Vattenfall",
    "mijn werkrooster is zonder overleg veranderd, mag dat",
    "Ik ben als volwassene gediagnosticeerd met dyslexie. Heb ik recht op aanpassingen op mijn werk?",
    "Wat moet ik doen als een webshop een datalek heeft gehad?",
    "Mijn dochter heeft een profiel op een datingsite gemaakt, hoe laat ik dat verwijderen?",
    "vervoer voor mijn schoonvader naar de dagbesteding",
    "Wat zijn de openingstijden van het Wmo-loket in Haarlem?",
    "Ik belde de CvA, maar ik zocht het zorgloket van de gemeente voor mijn eigen rolstoel.",
    "We hebben een all-inclusive arrangement geboekt maar de vlucht is geannuleerd.",
])
def test_a_word_of_passend_onderwijs_in_another_sense_is_another_matter(text):
    assert safety.word_in_another_sense(text)
    assert safety.about_something_else(text)


@pytest.mark.parametrize("text", ["openingstijden milieustraat roden",
                                  "wat zijn de openingstijden van de gemeente op maandag"])
def test_opening_hours_of_another_body_are_another_matter(text):
    assert safety.word_in_another_sense(text)


@pytest.mark.parametrize("text", [
    "Mijn kind gaat naar school in Wijk bij Duurstede. Wanneer is de vakantie?",
    "Hoeveel weken zomervakantie hebben leerlingen op de middelbare school?",
    "wanneer is de voorjaarsvakantie in de Duin- en Bollenstreek?",
])
def test_when_the_school_holidays_are_is_asked(text):
    assert safety.asks_the_school_holidays(text)


@pytest.mark.parametrize("text", [
    "Mag ik verlof vragen buiten de schoolvakantie? Wanneer is de vakantie?",
    "hoe lang duurt een tlv aanvraag, en weet u toevallig wanneer de herfstvakantie is?",
    "Wanneer gaat de school open na de vakantie? Mijn zoon zit al maanden thuis.",
])
def test_leave_or_another_school_matter_beside_the_holidays_is_no_holiday_question(text):
    assert not safety.asks_the_school_holidays(text)


@pytest.mark.parametrize("text", [
    "Heeft de school een zorgplicht als mijn zoon wordt aangemeld?",
    "Wanneer gaat de geschillencommissie over een zaak van een leerling?",
    "Mijn zoon heeft een aangepast rooster en ik moet werken, hoe lang mag dat?",
    "Ik heb zelf dyslexie en mijn dochter nu ook, wat doet de school?",
    "Zijn een dyslexieprotocol en een prikkelarme werkplek basisondersteuning?",
    "Krijgt mijn kleinzoon vervoer naar school als opa hem niet kan brengen?",
])
def test_the_same_words_about_school_or_a_child_keep_their_school_sense(text):
    assert not safety.word_in_another_sense(text)


@pytest.mark.parametrize("text", [
    "CvA spreekuur voor huurachterstand?",
    "onderwijsconsulent, waar APK laten doen?",
    "Kan het Loket mij helpen met mijn huurtoeslag?",
    "steunpunt, verkeerd nummer, sorry",
    "consulent ouders en school: kat vermist",
    "spreekuur cva ook voor vragen over mn scheiding?",
    "consulent OZL griepprik afspraak",
    "Our cat went missing near the college. Could the Loket Passend Onderwijs share a notice?",
    "Op een verjaardag hoorde ik van de consulent. Kan die helpen met mijn schulden?",
])
def test_one_of_the_swvs_bodies_asked_about_another_matter(text):
    assert safety.our_body_asked_about_another_matter(text)


@pytest.mark.parametrize("text", [
    "Kan de CvA helpen? Mijn zoon zit thuis.",
    "Kan de consulent OZL iets regelen als een kind maandenlang in het ziekenhuis ligt?",
    "onderwijsconsulent gratis? heb schulden",
    "Wanneer is het spreekuur van de CvA? Ik werk overdag in de thuiszorg.",
    "Mijn schoonzus wil een klacht indienen tegen het samenwerkingsverband. Hoe gaat dat?",
    "Op een verjaardag hoorde ik van de onderwijsconsulent. Kan die met ons naar school?",
    "Ik wil een formulier voor de CvA invullen en heb de verslagen van de kinderarts.",
])
def test_a_question_about_the_body_itself_or_a_school_matter_stays_the_bodys(text):
    assert not safety.our_body_asked_about_another_matter(text)


@pytest.mark.bot
def test_another_sense_or_another_matter_for_our_bodies_is_off_topic_unless_a_case_or_crisis_shows(bot_venv):
    """components/signals.py: the bank's zorgplicht and the CvA's spreekuur asked about rent arrears are off-topic over
    the topic the classifier found, the Loket's own among them, and over a handover it leaned to; a handover beside
    one's own child, or a crisis the classifier suspects, is left alone."""
    script = """
import json, sys
sys.path.insert(0, '.')
from rasa.shared.nlu.training_data.message import Message
from components.signals import IntentSignals
found = []
for text, first in [('Heeft een bank een zorgplicht als zij mij een te dure lening heeft verkocht?', 'zorgplicht'),
                    ('CvA spreekuur voor huurachterstand?', 'contact_loket'),
                    ('Ik zoek werk en mijn auto moet naar de APK. Kan het Loket mij helpen?', 'request_human'),
                    ('Mijn zoon heeft een laptop besteld, het pakket is nooit gekomen. Kan de consulent helpen?',
                     'request_human'),
                    ('steunpunt, ik heb schulden en wil niet meer leven', 'crisis')]:
    ranking = [{'name': first, 'confidence': 0.9}, {'name': 'jeugdhulp', 'confidence': 0.05}]
    message = Message(data={'text': text, 'intent': ranking[0], 'intent_ranking': ranking})
    IntentSignals().process([message])
    found.append(message.get('intent')['name'])
print(json.dumps(found))
"""
    result = run_bot([bot_venv, "-c", script])
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["out_of_scope", "out_of_scope", "out_of_scope",
                                                                  "request_human", "crisis"]


def test_someone_to_speak_to_the_school_is_a_request_for_a_person():
    assert safety.asks_for_person("Ze hebben toch zorgplicht? Ik wil iemand die de school hierop aanspreekt, of die "
                                  "mij vertelt hoe ik dat doe.")


def test_an_upset_parent_writing_english_about_their_own_child_is_a_case():
    assert safety.is_personal_case("The school in Zeist refused our son after we registered him, and the "
                                   "zorgcoördinator won't answer my emails. I am really upset. What can you do for "
                                   "us?")
