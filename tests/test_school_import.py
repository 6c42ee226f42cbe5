"""Reading DUO's open data (files 02 and 06) and importing each SWV's schools: real files, a real database."""

import io
import re

import pytest
from django.core.management import call_command

from portal.schools.duo import ADDRESSES_FILE, DUO_DIR, PUPILS_FILE, dutch_name_case, read_duo
from portal.schools.importer import import_schools
from portal.schools.models import School
from search import index
from search.schools import SchoolSearch, search_schools

CRLF = b"\r\n"


@pytest.fixture(scope="module")
def duo():
    return read_duo()


def _header(file_name: str, encoding: str) -> list[str]:
    first = (DUO_DIR / file_name).read_bytes().split(b"\n", 1)[0].rstrip(b"\r")
    return first.decode(encoding).lstrip("\ufeff").split(";")


PUPIL_HEADER = _header(PUPILS_FILE, "utf-8")
ADDRESS_HEADER = _header(ADDRESSES_FILE, "cp1252")
YEARS = [int(h.rsplit("_", 1)[1]) for h in PUPIL_HEADER if h.startswith("LEERLINGEN_")]


def pupil_row(brin, code, name, kind="BO", municipality="HAARLEM", counts=None) -> str:
    values = {h: "" for h in PUPIL_HEADER}
    values.update({"INSTELLINGSCODE": brin, "VESTIGINGSCODE": code, "NAAM_VESTIGING": name,
                   "SOORT_VESTIGING": kind, "DENOMINATIE_VESTIGING": "Openbaar", "BEVOEGD_GEZAG_NUMMER": "1",
                   "GEMEENTECODE_VESTIGING": "392", "GEMEENTENAAM_VESTIGING": municipality})
    counts = counts or {}
    for year in YEARS:
        values[f"LEERLINGEN_{year}"] = str(counts.get(year, 0))
    return ";".join(values[h] for h in PUPIL_HEADER)


def address_row(brin, code, name, place="HAARLEM", municipality="HAARLEM", website="www.voorbeeld.nl") -> str:
    values = {h: "" for h in ADDRESS_HEADER}
    values.update({"PROVINCIE": "Noord-Holland", "INSTELLINGSCODE": brin, "VESTIGINGSCODE": code,
                   "VESTIGINGSNAAM": name, "STRAATNAAM": "Schoolstraat", "HUISNUMMER-TOEVOEGING": "5",
                   "POSTCODE": "1165 HB", "PLAATSNAAM": place, "GEMEENTENAAM": municipality,
                   "DENOMINATIE": "Protestants-Christelijk", "INTERNETADRES": website, "VAKANTIEREGIO": "Noord"})
    return ";".join(values[h] for h in ADDRESS_HEADER)


@pytest.fixture
def mini_duo(tmp_path):
    """Small DUO files with the real headers and encodings, and a known set of bad rows."""
    pupils = [
        "\ufeff" + ";".join(PUPIL_HEADER),                                                     # 1
        pupil_row("08VO", "08VO00", "Jong Geleerd", municipality="HAARLEMMERMEER",
                  counts={2023: 190, 2024: 203, 2025: "<5"}),                                     # 2
        "08VO;08VO01;Kapot",                                                                     # 3: too few columns
        pupil_row("8VO", "8VO00", "Foute BRIN"),                                                 # 4: bad BRIN
        pupil_row("05BC", "05BC00", "Sint Adalbertus", counts={2024: "veel", 2025: 244}),        # 5: not a number
        pupil_row("05BC", "05BC01", "Caf#", counts={2025: 12}),                                  # 6: invalid UTF-8
        pupil_row("18GX", "18GX00", "Focus", kind="SBO", counts={2020: "<5", 2025: 88}),         # 7
        "",                                                                                      # 8: blank
        pupil_row("18RW", "18RW00", "Raar soort", kind="XX"),                                    # 9: unknown type
        pupil_row("99ZZ", "99ZZ00", "Heel klein", counts={y: "<5" for y in YEARS}),              # 10
    ]
    lines = [line.encode("utf-8") for line in pupils]
    lines[5] = lines[5].replace(b"Caf#", b"Caf\xe9")  # a Latin-1 é: not UTF-8
    (tmp_path / PUPILS_FILE).write_bytes(CRLF.join(lines) + CRLF)
    addresses = [
        ";".join(ADDRESS_HEADER).encode("cp1252"),                                               # 1
        address_row("08VO", "08VO00", "Jong Geleerd", place="HALFWEG",
                    municipality="HAARLEMMERMEER").encode("cp1252"),                             # 2
        address_row("07AA", "07AA00", "School #").encode("cp1252").replace(b"#", b"\x81"),      # 3: not cp1252
        b"Noord-Holland;1;07AB;07AB00;Te kort",                                                   # 4: too few columns
        address_row("99XX", "99XX00", "Basisschool Café", place="'S-GRAVENHAGE",
                    municipality="'S-GRAVENHAGE", website="").encode("cp1252"),                  # 5
        address_row("ABCD", "ABCD00", "Foute BRIN").encode("cp1252"),                            # 6: bad BRIN
    ]
    (tmp_path / ADDRESSES_FILE).write_bytes(CRLF.join(addresses) + CRLF)
    return tmp_path


# --- the real files -----------------------------------------------------------------------------------------

def test_real_files_read_without_errors(duo):
    assert len(duo.locations) > 9_000
    assert duo.errors == []
    assert {loc.type for loc in duo.locations.values()} == {"BO", "SBO", "SO", "SO/VSO", "VSO"}


def test_known_location_from_both_files(duo):
    location = duo.locations[("32JK", "00")]
    assert location.name == "BBS de Verwondering"
    assert location.municipality == "Noordenveld"
    assert location.type == "BO"
    assert location.postcode == "9306 TC"
    assert location.street == "Melkweg 13"
    assert location.denomination == "Algemeen bijzonder"
    assert location.pupils_year == 2025 and location.pupils > 0


def test_municipality_names_in_dutch_case(duo):
    names = {loc.municipality for loc in duo.locations.values()}
    for expected in ["Noordenveld", "Aa en Hunze", "Midden-Drenthe", "Wijk bij Duurstede", "Alphen aan den Rijn",
                     "'s-Hertogenbosch", "Utrechtse Heuvelrug", "Haarlemmermeer"]:
        assert expected in names
    assert not [n for n in names if n.isupper() and len(n) > 3]
    assert dutch_name_case("AA EN HUNZE") == "Aa en Hunze"
    assert dutch_name_case("'S-GRAVENHAGE") == "'s-Gravenhage"
    assert dutch_name_case("  MIDDEN-DRENTHE ") == "Midden-Drenthe"


def test_ij_is_capitalised_as_one_letter(duo):
    assert dutch_name_case("KRIMPEN AAN DEN IJSSEL") == "Krimpen aan den IJssel"
    names = {loc.municipality for loc in duo.locations.values()}
    assert {"IJsselstein", "Capelle aan den IJssel", "Oude IJsselstreek"} <= names


def test_one_municipality_has_one_name(duo):
    names = {loc.municipality for loc in duo.locations.values()}
    assert "'s-Gravenhage" in names and "Súdwest-Fryslân" in names
    assert "S Gravenhage" not in names
    assert "Sudwest-Fryslan" not in names


def test_accented_names_from_the_cp1252_file(duo):
    # File 06 (UTF-8) calls it 'PC BS Cavaljeschool'; the name comes from file 02 (cp1252).
    assert duo.locations[("05NO", "00")].name == "CNS-basisschool Cavaljé"
    assert duo.locations[("16ZT", "00")].name == "Alles in één school De Zuidsprong"
    assert duo.locations[("07VS", "00")].name == "Kindcentrum Carré"
    assert not [loc.name for loc in duo.locations.values() if "Ã" in loc.name or "\ufffd" in loc.name]


# --- bad rows -----------------------------------------------------------------------------------------------

def test_bad_rows_become_line_numbered_errors(mini_duo):
    data = read_duo(mini_duo)
    errors = [(e.file, e.line) for e in data.errors]
    assert errors == [(PUPILS_FILE, 3), (PUPILS_FILE, 4), (PUPILS_FILE, 5), (PUPILS_FILE, 6), (PUPILS_FILE, 9),
                      (ADDRESSES_FILE, 3), (ADDRESSES_FILE, 4), (ADDRESSES_FILE, 6)]
    text = [str(e) for e in data.errors]
    assert text[0] == f"{PUPILS_FILE} regel 3: 3 kolommen, verwacht {len(PUPIL_HEADER)}"
    assert "ongeldige BRIN/vestiging '8VO'" in text[1]
    assert text[2].endswith("een leerlingaantal is geen getal")
    assert "geen utf-8" in text[3]
    assert "onbekende soort vestiging 'XX'" in text[4]
    assert "geen cp1252" in text[5]
    assert text[6] == f"{ADDRESSES_FILE} regel 4: 5 kolommen, verwacht {len(ADDRESS_HEADER)}"
    assert "ongeldige BRIN/vestiging 'ABCD'" in text[7]


def test_good_rows_around_bad_ones_are_imported(mini_duo):
    data = read_duo(mini_duo)
    assert set(data.locations) == {("08VO", "00"), ("18GX", "00"), ("99ZZ", "00"), ("99XX", "00")}
    jong = data.locations[("08VO", "00")]
    assert (jong.place, jong.municipality, jong.street, jong.website) == (
        "Halfweg", "Haarlemmermeer", "Schoolstraat 5", "https://www.voorbeeld.nl")
    # '<5' is too small to publish: unknown, not an error; the latest known count is used
    assert (jong.pupils, jong.pupils_year) == (203, 2024)
    assert (data.locations[("18GX", "00")].pupils, data.locations[("18GX", "00")].type) == (88, "SBO")
    assert (data.locations[("99ZZ", "00")].pupils, data.locations[("99ZZ", "00")].pupils_year) == (None, None)
    cafe = data.locations[("99XX", "00")]
    assert cafe.name == "Basisschool Café"
    assert (cafe.type, cafe.place, cafe.municipality, cafe.website) == ("BO", "'s-Gravenhage", "'s-Gravenhage", "")


# --- importing ----------------------------------------------------------------------------------------------

def test_second_import_changes_nothing(db):
    zk = School.objects.get(brin="08VO", vestiging="00")
    School.objects.filter(pk=zk.pk).update(pupils=1, name="Oude naam")
    School.objects.get(brin="05BC", vestiging="00").delete()
    first = import_schools()
    assert (first.created, first.updated) == (1, 1)
    assert first.errors == []
    second = import_schools()
    assert (second.created, second.updated) == (0, 0)
    assert second.unchanged == School.objects.count() == first.created + first.updated + first.unchanged
    zk.refresh_from_db()
    assert zk.name == "Jong Geleerd" and zk.pupils > 1
    assert School.objects.filter(brin="05BC", vestiging="00", site__hostname="zuidkennemerland.localhost").count() == 1


def test_management_command_prints_summary_and_errors(db, mini_duo):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_duo", "--dir", str(mini_duo), stdout=out, stderr=err)
    summary = out.getvalue().strip()
    match = re.fullmatch(r"DUO-import: (\d+) aangemaakt, (\d+) bijgewerkt, (\d+) ongewijzigd, (\d+) overgeslagen, "
                         r"(\d+) fouten\.", summary)
    assert match, summary
    assert int(match[5]) == 8
    # 99XX00 in 's-Gravenhage belongs to no SWV; 99ZZ00, a primary school in Haarlem, is only in the
    # historical pupil counts (file 06), not in the current address file: possibly closed, so left out.
    assert int(match[4]) == 2
    assert not School.objects.filter(brin__in=["99ZZ", "99XX"]).exists()
    skipped = [line for line in err.getvalue().splitlines() if line.startswith("Overgeslagen: ")]
    assert len(skipped) == 8
    assert f"Overgeslagen: {PUPILS_FILE} regel 3: 3 kolommen, verwacht {len(PUPIL_HEADER)}" in skipped
    assert any(line.startswith(f"Overgeslagen: {ADDRESSES_FILE} regel 3: tekens die geen cp1252") for line in skipped)
    # the good rows still arrived: the Haarlemmermeer location's '<5' count left last year's number
    assert School.objects.get(brin="08VO", vestiging="00").pupils == 203


def test_quiet_command_prints_only_errors(db, mini_duo):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_duo", "--dir", str(mini_duo), verbosity=0, stdout=out, stderr=err)
    assert out.getvalue() == ""
    assert err.getvalue().count("Overgeslagen: ") == 8


@pytest.fixture
def school_index_restored(django_db_blocker):
    """Rebuilds the school index after the test's database changes are rolled back (request it before `db`)."""
    yield
    with django_db_blocker.unblock():
        index.schools.rebuild()


def test_import_command_brings_the_school_search_up_to_date(school_index_restored, db, site_for):
    site = site_for("zuidkennemerland")
    School.objects.filter(brin="08VO", vestiging="00").update(name="Oude Naam Van Vorig Jaar")
    index.schools.rebuild()
    call_command("import_duo", verbosity=0, stdout=io.StringIO(), stderr=io.StringIO())
    assert School.objects.get(brin="08VO", vestiging="00").name == "Jong Geleerd"
    result = search_schools(site, SchoolSearch(text="Jong Geleerd"))
    assert "Jong Geleerd" in [hit["name"] for hit in result.hits]
    assert search_schools(site, SchoolSearch(text="Oude Naam Van Vorig Jaar")).total == 0


def test_seed_only_vo_school_has_the_seeds_place(db):
    school = School.objects.get(site__hostname="duinenbollenstreek.localhost", name="Pieter Groen")
    assert (school.brin, school.vestiging, school.type, school.from_duo) == ("", "", "VO", False)
    assert (school.place, school.municipality) == ("Katwijk", "Katwijk")
    volta = School.objects.get(site__hostname="noordmiddendrenthe.localhost", name="Volta (DNC locatie Beilen)")
    assert (volta.place, volta.municipality, volta.from_duo) == ("Beilen", "Midden-Drenthe", False)


def test_zuidkennemerland_takes_only_the_former_haarlemmerliede_locations(db, duo):
    schools = School.objects.filter(site__hostname="zuidkennemerland.localhost")
    codes = {s.location_code for s in schools}
    assert {"08VO00", "05BC00"} <= codes
    assert schools.get(brin="08VO").place == "Halfweg"
    assert schools.get(brin="05BC").place == "Spaarndam"
    haarlemmermeer_bo = {loc.brin + loc.vestiging for loc in duo.locations.values()
                         if loc.municipality == "Haarlemmermeer" and loc.type == "BO"}
    assert len(haarlemmermeer_bo) > 50
    assert codes & haarlemmermeer_bo == {"08VO00", "05BC00"}
    assert not schools.filter(place__in=["Zwanenburg", "Hoofddorp", "Nieuw-Vennep", "Badhoevedorp"]).exists()


def test_zuidkennemerland_has_every_current_duo_primary_location_of_its_municipalities(db, tmp_path):
    # What DUO lists as current: the real file 02 with an empty file 06 (header only).
    (tmp_path / ADDRESSES_FILE).write_bytes((DUO_DIR / ADDRESSES_FILE).read_bytes())
    (tmp_path / PUPILS_FILE).write_bytes(("\ufeff" + ";".join(PUPIL_HEADER) + "\r\n").encode("utf-8"))
    codes = {s.location_code for s in School.objects.filter(site__hostname="zuidkennemerland.localhost")}
    addresses = read_duo(tmp_path)
    current = {loc.brin + loc.vestiging for loc in addresses.locations.values()
               if loc.municipality in {"Bloemendaal", "Haarlem", "Heemstede", "Zandvoort"}}
    assert len(current) == 67  # the count content/schools/zuidkennemerland.yaml checks
    assert current <= codes


def test_zuidkennemerland_has_no_closed_primary_locations(db):
    bo = School.objects.filter(site__hostname="zuidkennemerland.localhost", type="BO")
    assert not bo.filter(brin="16FM", vestiging="00").exists()
    assert bo.count() == 69  # 67 in the four municipalities + Halfweg and Spaarndam (zuidkennemerland.yaml)
    assert not [s.location_code for s in bo if s.pupils_year is None or s.pupils_year < 2025]

