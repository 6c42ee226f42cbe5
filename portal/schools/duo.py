"""Reading DUO's open data on school locations: the BO address file (02) and the pupil counts (06).

Each bad row becomes a line-numbered error and is left out; a bad row never stops the rest.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

DUO_DIR = Path(__file__).resolve().parents[2] / "content" / "schools" / "duo"
ADDRESSES_FILE = "02.-alle-schoolvestigingen-basisonderwijs.csv"
PUPILS_FILE = "06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv"
BRIN = re.compile(r"^[0-9]{2}[A-Z0-9]{2}$")
TYPES = {"BO", "SBO", "SO", "SO/VSO", "VSO"}
# Lower-case words inside Dutch place and municipality names (DUO writes them in capitals).
SMALL_WORDS = {"aan", "bij", "de", "den", "en", "in", "op", "gem", "het", "van", "der", "ter", "ten"}


@dataclass
class DuoLocation:
    brin: str
    vestiging: str
    name: str
    type: str
    municipality: str
    denomination: str = ""
    place: str = ""
    street: str = ""
    postcode: str = ""
    website: str = ""
    holiday_region: str = ""
    in_address_file: bool = False  # file 02 lists current locations; file 06 also has closed ones
    pupils: int | None = None
    pupils_year: int | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.brin, self.vestiging


@dataclass
class RowError:
    file: str
    line: int
    message: str

    def __str__(self):
        return f"{self.file} regel {self.line}: {self.message}"


@dataclass
class DuoData:
    locations: dict[tuple[str, str], DuoLocation] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0


def dutch_name_case(text: str) -> str:
    """'AA EN HUNZE' -> 'Aa en Hunze', 'MIDDEN-DRENTHE' -> 'Midden-Drenthe', "'S-GRAVENHAGE" -> "'s-Gravenhage"."""
    def word(w, first):
        if w.lower().rstrip(".") in SMALL_WORDS and not first:
            return w.lower()
        if w.lower().startswith("ij"):  # the Dutch IJ is one letter: IJssel, IJsselstein
            return "IJ" + w[2:].lower()
        if w.lower().startswith(("'s-", "'t-")):
            return w[:3].lower() + word(w[3:], True)
        return "-".join(part[:1].upper() + part[1:].lower() for part in w.split("-"))
    parts = text.strip().split()
    return " ".join(word(w, i == 0) for i, w in enumerate(parts))


def _blank(value: str) -> str:
    return "" if value is None else value.strip()


def _lines(path: Path, encoding: str, data: DuoData):
    """The file's lines decoded one by one, so a badly encoded row is reported by number and skipped."""
    raw = path.read_bytes()
    if encoding == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for number, line in enumerate(raw.splitlines(), start=1):
        try:
            yield number, line.decode(encoding)
        except UnicodeDecodeError as exc:
            data.errors.append(RowError(path.name, number, f"tekens die geen {encoding} zijn ({exc.reason})"))


def _rows(path: Path, encoding: str, data: DuoData):
    header = None
    for number, text in _lines(path, encoding, data):
        values = next(csv.reader(io.StringIO(text), delimiter=";"), [])
        if header is None:
            header = [h.strip() for h in values]
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            data.errors.append(RowError(path.name, number, f"{len(values)} kolommen, verwacht {len(header)}"))
            continue
        data.rows += 1
        yield number, dict(zip(header, values))


def _location_code(row, brin_col, vestiging_col, file, number, data) -> tuple[str, str] | None:
    brin = _blank(row.get(brin_col)).upper()
    code = _blank(row.get(vestiging_col)).upper()
    vestiging = code[4:] if len(code) == 6 and code.startswith(brin) else code
    if not BRIN.match(brin) or not re.fullmatch(r"[0-9]{2}", vestiging):
        data.errors.append(RowError(file, number, f"ongeldige BRIN/vestiging {brin!r}/{code!r}"))
        return None
    return brin, vestiging


def read_duo(directory: Path = DUO_DIR) -> DuoData:
    data = DuoData()
    pupils_path = directory / PUPILS_FILE
    for number, row in _rows(pupils_path, "utf-8", data):
        key = _location_code(row, "INSTELLINGSCODE", "VESTIGINGSCODE", pupils_path.name, number, data)
        if key is None:
            continue
        kind = _blank(row.get("SOORT_VESTIGING")).upper()
        if kind not in TYPES:
            data.errors.append(RowError(pupils_path.name, number, f"onbekende soort vestiging {kind!r}"))
            continue
        years = sorted((int(col.rsplit("_", 1)[1]), _blank(v)) for col, v in row.items() if col.startswith("LEERLINGEN_"))
        try:
            # DUO writes "<5" where a count is too small to publish: unknown, not an error.
            counts = [(year, int(v)) for year, v in years if v and not v.startswith("<")]
        except ValueError:
            data.errors.append(RowError(pupils_path.name, number, "een leerlingaantal is geen getal"))
            continue
        latest = next(((y, n) for y, n in reversed(counts) if n > 0), (None, None))
        data.locations[key] = DuoLocation(
            brin=key[0], vestiging=key[1], name=_blank(row["NAAM_VESTIGING"]), type=kind,
            municipality=dutch_name_case(_blank(row["GEMEENTENAAM_VESTIGING"])),
            denomination=_blank(row["DENOMINATIE_VESTIGING"]), pupils_year=latest[0], pupils=latest[1])

    addresses_path = directory / ADDRESSES_FILE
    for number, row in _rows(addresses_path, "cp1252", data):
        key = _location_code(row, "INSTELLINGSCODE", "VESTIGINGSCODE", addresses_path.name, number, data)
        if key is None:
            continue
        location = data.locations.get(key) or DuoLocation(
            brin=key[0], vestiging=key[1], name="", type="BO",
            municipality=dutch_name_case(_blank(row["GEMEENTENAAM"])))
        location.name = _blank(row["VESTIGINGSNAAM"]) or location.name
        # File 06 writes municipalities in full ("'s-Gravenhage", "Súdwest-Fryslân"); file 02 strips them.
        location.municipality = location.municipality or dutch_name_case(_blank(row["GEMEENTENAAM"]))
        location.in_address_file = True
        location.place = dutch_name_case(_blank(row["PLAATSNAAM"]))
        location.street = " ".join(filter(None, (_blank(row["STRAATNAAM"]), _blank(row["HUISNUMMER-TOEVOEGING"]))))
        location.postcode = _blank(row["POSTCODE"])
        location.denomination = _blank(row["DENOMINATIE"]) or location.denomination
        website = _blank(row["INTERNETADRES"])
        location.website = website if not website or website.startswith("http") else f"https://{website}"
        location.holiday_region = _blank(row["VAKANTIEREGIO"])
        data.locations[key] = location
    return data
