"""The English site has no Dutch left in its interface (issue 14): starting at /en/ on each demo site, follow every
link under /en/ (bounded), and fail on a Dutch interface word in what a reader sees or hears (text, title,
aria-label, alt, placeholder, button values) outside elements marked lang="nl" (a school's own text, a glossary
term, an answer shown in Dutch for want of an English one). On the way: every English page says lang="en", its
hreflang names itself as the English page, and its language switch leads to a Dutch page that exists."""

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from portal.schools.models import School, SupportProfile, current_school_year

SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]
MAX_PAGES = 150  # per site; the demo sites have about 80-120 English pages each
MAX_VARIANTS = 3  # distinct query strings per path: the first few search pages and comparisons say it all
# Words of the Dutch interface that English text never needs. Not here: words of the Dutch names that English pages
# keep, with an explanation (de, het, van, en, voor, naar, onderwijs, passend, ondersteuning, leerlingen, gemeente,
# loket), of school and place names (De Meer, Wijk bij Duurstede), and words that are English too (over, met, is).
DUTCH_WORDS = set("""
    zoeken zoek terug volgende vorige sluiten verder bekijk lees informatie scholen vergelijk vergelijken kies toon
    wissen toepassen sorteren bijwerken versturen verstuur verzenden opslaan annuleren bedankt gevonden resultaten
    resultaat pagina startpagina inhoud onbekend gedeeltelijk nee ja niet geen uw wij onze kunt heeft hebt wordt
    worden deze dit wat hoe waar wanneer welke ook nog alleen alle een plaats richting soort niveau
    niveaus schooljaar voorbeeldgegevens deskundigheid voorzieningen toegankelijk vastgesteld goedgekeurd bijgewerkt
    vermeld ingevuld verschilt vraag vragen antwoord antwoorden stel bellen terugbellen terugbelverzoek gegevens
    telefoonnummer vandaag morgen gesprek chatten uitleg
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober
""".split())
DUTCH_PHRASES = ["meer informatie", "lees meer", "meer over", "meer scholen", "scholen zoeken",
                 "extra ondersteuning die"]
HEARD_ATTRIBUTES = ["aria-label", "title", "alt", "placeholder"]
WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # letters and digits: "32JA" (a school code) is not the word "ja"


def interface_texts(html: str) -> list[str]:
    """What a reader sees or hears, without what is marked as Dutch on purpose."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template", "noscript", "link", "meta"]):
        element.decompose()
    for element in soup.select("[lang]"):
        if element.name != "html" and element.get("lang", "").lower().startswith("nl"):
            element.decompose()
    texts = [" ".join(soup.get_text(" ").split())]
    for element in soup.find_all(True):
        texts += [element[name] for name in HEARD_ATTRIBUTES if element.get(name)]
        if element.name == "input" and element.get("type") in ("submit", "button") and element.get("value"):
            texts.append(element["value"])
    return texts


def leftovers(html: str) -> list[str]:
    """Each Dutch word found, in its context."""
    found = []
    for text in interface_texts(html):
        matches = [m for m in WORD.finditer(text) if m.group().lower() in DUTCH_WORDS]
        matches += [m for phrase in DUTCH_PHRASES for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)]
        found += [f"{m.group()!r} in …{text[max(0, m.start() - 50):m.end() + 50]}…" for m in matches]
    return found


def test_the_word_check_finds_dutch_and_passes_english_and_marked_dutch():
    assert leftovers('<html lang="en"><body><button>Zoeken</button></body></html>')
    assert leftovers('<html lang="en"><body><nav aria-label="Meer scholen"></nav></body></html>')
    assert leftovers('<html lang="en"><body><p>Open op maandag</p></body></html>')
    assert leftovers('<html lang="en"><body><a href="/x/">Meer over privacy</a></body></html>')
    assert not leftovers('<html lang="en"><body><p>Find a school</p><div lang="nl"><p>Zoek een school</p></div>'
                         '<p>The Commissie van Advies of De Meer, code 32JA</p></body></html>')


def seeds(site_slug: str) -> list[str]:
    """Pages no link may lead to in the demo: a search with English words, a comparison of three schools, a school
    without a profile and one with last year's, an empty comparison, the site search, an unknown address."""
    schools = School.objects.filter(site__hostname=f"{site_slug}.localhost")
    with_profile = list(schools.filter(profile__live=True).values_list("slug", flat=True)[:3])
    paths = ["/en/", "/en/scholen/?q=autism+dyslexia", "/en/scholen/vergelijken/",
             "/en/scholen/vergelijken/?school=" + "&school=".join(with_profile), "/en/zoeken/?q=tlv",
             "/en/terugbellen/", "/en/no-such-page/"]
    without = schools.filter(profile__isnull=True).first()
    stale = (SupportProfile.objects.filter(school__in=schools, live=True, school_year__lt=current_school_year())
             .select_related("school").first())
    paths += [f"/en/scholen/{school.slug}/" for school in (without, stale and stale.school) if school]
    return paths


def crawl(client, site_slug: str):
    """Every page under /en/ reachable from the seeds (bounded): (path, response) pairs."""
    queue = deque(seeds(site_slug))
    seen, variants, fetched = set(queue), {}, 0
    while queue and fetched < MAX_PAGES:
        path = queue.popleft()
        fetched += 1
        response = client.get(path)
        yield path, response
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for link in BeautifulSoup(response.content, "html.parser").find_all("a", href=True):
            url = urlsplit(urljoin(path, link["href"]))
            if url.netloc and url.netloc != f"{site_slug}.localhost":
                continue
            target = url.path + (f"?{url.query}" if url.query else "")
            if not url.path.startswith("/en/") or url.path.startswith("/en/jsi18n/") or target in seen:
                continue
            variants[url.path] = variants.get(url.path, 0) + 1
            if variants[url.path] <= MAX_VARIANTS:
                seen.add(target)
                queue.append(target)


def switch_target(soup) -> str | None:
    link = soup.select_one(".site-header__language a")
    return link["href"] if link else None


@pytest.mark.parametrize("site_slug", SITES)
def test_no_dutch_left_in_the_english_interface(host_client, db, site_slug):
    client = host_client(site_slug)
    problems, pages, switch_targets, school_pages = [], 0, {}, 0
    for path, response in crawl(client, site_slug):
        expected = 404 if path == "/en/no-such-page/" else 200
        if response.status_code != expected:
            problems.append(f"{path}: status {response.status_code}")
            continue
        pages += 1
        school_pages += path.startswith("/en/scholen/")
        html = response.content.decode()
        soup = BeautifulSoup(html, "html.parser")
        if soup.html.get("lang") != "en":
            problems.append(f"{path}: <html lang={soup.html.get('lang')!r}>")
        problems += [f"{path}: {found}" for found in leftovers(html)]
        alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        if expected == 404 and (alternates or switch_target(soup) != "/"):
            problems.append(f"{path}: a missing page names {alternates} and switches to {switch_target(soup)}")
        if alternates and alternates.get("en") != f"http://{site_slug}.localhost{path}":
            problems.append(f"{path}: hreflang en is {alternates.get('en')}")
        target = switch_target(soup)
        if target is None:
            problems.append(f"{path}: no language switch")
        else:
            switch_targets.setdefault(target, path)
            if path.startswith("/en/scholen/") and expected == 200 and target != path.removeprefix("/en"):
                problems.append(f"{path}: the switch leads to {target}, not the same school page")
    for target, path in switch_targets.items():
        response = client.get(target)
        if response.status_code != 200 or '<html lang="nl"' not in response.content.decode():
            problems.append(f"{path}: its language switch {target} gives {response.status_code}")
    assert pages >= 40 and school_pages >= 10, f"only {pages} English pages ({school_pages} of schools) on {site_slug}"
    assert not problems, f"{len(problems)} problems on {pages} pages:\n" + "\n".join(problems[:80])
