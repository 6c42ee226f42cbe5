"""The rights ladder's deadline calculator: which dates follow by law from a registration or a decision.

An aid, not legal advice. Periods of weeks end on the same weekday that many weeks later (Awb 6:7/6:8: the
term starts the day after the decision is made known). A term that ends on a Saturday, Sunday or public
holiday runs on to the next working day (Algemene termijnenwet art. 1 and 3).
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

ZORGPLICHT_WEEKS = 6
ZORGPLICHT_EXTENSION_WEEKS = 4
BEZWAAR_WEEKS = 6
GESCHILLENCOMMISSIE_WEEKS = 6
BEROEP_WEEKS = 6

KINDS = [
    ("aanmelding", _("Ik heb mijn kind schriftelijk aangemeld bij een school")),
    ("besluit_school", _("De school heeft een besluit genomen (toelating, verwijdering of het OPP)")),
    ("besluit_tlv", _("Het samenwerkingsverband heeft besloten over een TLV")),
]


def easter_sunday(year: int) -> datetime.date:
    """Gregorian Easter (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return datetime.date(year, month, day)


def public_holidays(year: int) -> set[datetime.date]:
    """The days the Algemene termijnenwet treats as holidays (Goede Vrijdag by the Besluit gelijkstelling)."""
    easter = easter_sunday(year)
    kingsday = datetime.date(year, 4, 27)
    if kingsday.weekday() == 6:
        kingsday -= datetime.timedelta(days=1)
    return {
        datetime.date(year, 1, 1),
        easter - datetime.timedelta(days=2),
        easter + datetime.timedelta(days=1),
        kingsday,
        datetime.date(year, 5, 5),
        easter + datetime.timedelta(days=39),
        easter + datetime.timedelta(days=50),
        datetime.date(year, 12, 25),
        datetime.date(year, 12, 26),
    }


def next_working_day(day: datetime.date) -> datetime.date:
    while day.weekday() >= 5 or day in public_holidays(day.year):
        day += datetime.timedelta(days=1)
    return day


def weeks_after(start: datetime.date, weeks: int) -> datetime.date:
    return next_working_day(start + datetime.timedelta(weeks=weeks))


@dataclass(frozen=True)
class Deadline:
    label: str  # lazily translated: in the language of the page that shows it
    date: datetime.date | None
    explanation: str
    topic: str  # the answer that explains this step


def deadlines_for(*, kind: str, date: datetime.date) -> list[Deadline]:
    if kind == "aanmelding":
        return [
            Deadline(_("De school beslist uiterlijk op"), date + datetime.timedelta(weeks=ZORGPLICHT_WEEKS),
                     _("Zes weken na de schriftelijke aanmelding."), "zorgplicht_termijn"),
            Deadline(_("Met verlenging beslist de school uiterlijk op"),
                     date + datetime.timedelta(weeks=ZORGPLICHT_WEEKS + ZORGPLICHT_EXTENSION_WEEKS),
                     _("De school mag één keer vier weken verlengen en moet u dat laten weten."), "zorgplicht_termijn"),
        ]
    if kind == "besluit_school":
        return [
            Deadline(_("Bezwaar maken bij het schoolbestuur kan tot en met"), weeks_after(date, BEZWAAR_WEEKS),
                     _("Zes weken na de dag van het besluit."), "bezwaar_school"),
            Deadline(_("Naar de Geschillencommissie passend onderwijs kan tot en met"),
                     weeks_after(date, GESCHILLENCOMMISSIE_WEEKS),
                     _("Zes weken na het besluit van de school. Dit kan naast het bezwaar."), "geschillencommissie"),
        ]
    if kind == "besluit_tlv":
        return [
            Deadline(_("Bezwaar maken bij het samenwerkingsverband kan tot en met"), weeks_after(date, BEZWAAR_WEEKS),
                     _("Zes weken na de dag van het besluit. Het samenwerkingsverband vraagt advies aan de "
                       "Landelijke Bezwaaradviescommissie."), "bezwaar_tlv"),
            Deadline(_("Daarna: beroep bij de rechtbank"), None,
                     format_lazy(_("Binnen {weeks} weken na de beslissing op uw bezwaar."), weeks=BEROEP_WEEKS),
                     "bezwaar_tlv"),
        ]
    raise ValueError(kind)


class DeadlineForm(forms.Form):
    kind = forms.ChoiceField(label=_("Wat is er gebeurd?"), choices=KINDS, widget=forms.RadioSelect,
                             error_messages={"required": _("Kies wat er is gebeurd."),
                                             "invalid_choice": _("Kies een van de mogelijkheden.")})
    date = forms.DateField(
        label=_("Op welke datum?"), help_text=_("Bijvoorbeeld 15-09-2026."),
        input_formats=["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d-%m-%y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Vul een datum in."), "invalid": _("Vul een geldige datum in, zoals 15-09-2026.")},
    )

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = timezone.localdate()  # the parent's day, not the server's
        if not (today - datetime.timedelta(days=3 * 365) <= date <= today + datetime.timedelta(days=365)):
            raise forms.ValidationError(_("Kies een datum in de laatste drie jaar of het komende jaar."))
        return date
