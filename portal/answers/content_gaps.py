"""What an SWV's editors must still fill in or check ("Nog te doen"): missing contact details and opening hours,
answers not reviewed for a year, topics whose rules the SWV sets itself that still show the national text, English
answers whose Dutch text changed after them, topics parents asked about that have no answer, and what parents searched
the site for without finding anything. Editors and eindredactie see their own SWV; the beheerder all."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Site

from portal.core.models import SWVSettings
from portal.core.translations import is_out_of_date
from portal.insights import daily
from portal.insights.models import SearchKind
from portal.learning.models import LabelledExample

from .models import AnswerPage, Topic
from .selectors import answer_index

REVIEW_EVERY = datetime.timedelta(days=365)
SEARCHED_OVER = datetime.timedelta(days=90)
# topics.md: "the answer text is per SWV where the SWV's rules differ (contact, procedure details, bezwaar route)".
# These are those topics; where the site has no answer of its own, its editors should check the national text.
LOCAL_TOPICS = ("contact_loket", "steunpunt", "onderwijsconsulent", "aanmelden", "extra_ondersteuning",
                "tlv_aanvragen", "tlv_duur", "bezwaar_tlv", "thuiszitten", "terugplaatsing", "opr")


@dataclass
class ContentGaps:
    site: Site
    missing_contact: list[str] = field(default_factory=list)
    stale_answers: list[AnswerPage] = field(default_factory=list)
    national_where_local: list[Topic] = field(default_factory=list)
    outdated_translations: list[AnswerPage] = field(default_factory=list)
    asked_without_answer: list[tuple[str, int]] = field(default_factory=list)
    searched_without_result: list[tuple[str, int]] = field(default_factory=list)  # (query, visitors)

    @property
    def count(self) -> int:
        return (len(self.missing_contact) + len(self.stale_answers) + len(self.national_where_local)
                + len(self.outdated_translations) + len(self.asked_without_answer) + len(self.searched_without_result))


def content_gaps(site: Site, *, today: datetime.date | None = None) -> ContentGaps:
    today = today or timezone.localdate()
    gaps = ContentGaps(site=site)
    swv = SWVSettings.for_site(site)
    wanted = [("phone", "Telefoonnummer voor ouders"), ("email", "E-mailadres voor ouders"), ("address", "Adres"),
              ("office_hours", "Openingstijden (ook de tijden waarop adviseurs in de chat antwoorden)"),
              ("loket_group", "Loket-adviseurs (wie de chats beantwoordt)"),
              ("loket_email", "E-mailadres van het Loket voor meldingen")]
    gaps.missing_contact = [label for name, label in wanted if not getattr(swv, name)]
    index = answer_index(site=site)
    own = list(AnswerPage.objects.child_of(index).select_related("topic").order_by("last_reviewed")) if index else []
    gaps.stale_answers = [answer for answer in own if answer.last_reviewed < today - REVIEW_EVERY]
    overridden = {answer.topic.key for answer in own}
    gaps.national_where_local = list(Topic.objects.filter(key__in=set(LOCAL_TOPICS) - overridden).order_by("position"))
    english = answer_index(site=site, language="en")
    gaps.outdated_translations = ([answer for answer in english.effective_answers().values() if is_out_of_date(answer)]
                                  if english else [])
    new_topics = LabelledExample.objects.filter(site=site, label=LabelledExample.Label.NEW_TOPIC)
    notes = Counter((example.note or "(zonder notitie)").strip() for example in new_topics)
    gaps.asked_without_answer = notes.most_common(20)
    # The site search's misses of the last 90 days, as Inzichten counts them (only once several visitors asked).
    days = daily.span([site.pk], today - SEARCHED_OVER, today)
    (misses,) = daily.totals(daily.SEARCH_MISSES, days, ("kind", "query"))
    searched = Counter({query: visitors for (kind, query), (visitors,) in misses.items() if kind == SearchKind.SITE})
    gaps.searched_without_result = daily.shown(searched, 20)
    return gaps


def editable_sites(user) -> list[Site]:
    """The sites whose content this user edits or approves: every site for the beheerder."""
    if not user.is_active:
        return []
    sites = Site.objects.select_related("root_page").order_by("site_name")
    if user.is_superuser:
        return list(sites)
    return [site for site in sites if site.root_page.permissions_for_user(user).can_edit()]


def may_see_content_gaps(user) -> bool:
    return bool(editable_sites(user))


def content_gaps_view(request):
    sites = editable_sites(request.user)
    if not sites:
        raise PermissionDenied
    chosen = request.GET.get("site")
    if chosen:
        site = next((s for s in sites if str(s.pk) == chosen), None)
        if site is None:  # another SWV's gaps do not exist for this user
            raise Http404
    else:
        site = sites[0]
    return TemplateResponse(request, "answers/admin/content_gaps.html", {
        "gaps": content_gaps(site), "sites": sites, "review_every_months": 12,
    })
