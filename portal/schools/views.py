"""The parents' pages: /scholen/ (search, contract), a school's profile, /scholen/vergelijken/ (contract)."""

from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from wagtail.models import Site

from portal.core.translations import current_language
from portal.insights.models import SearchKind
from portal.insights.tally import count_search_miss
from search.schools import FACET_LABELS, FACETS, SORTS, Vocabulary, search_schools

from .comparison import MAX_COMPARED, comparison_rows
from .models import Availability, School, SupportTag
from .params import lenient_search


def _site(request) -> Site:
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


def search_page(request):
    site = _site(request)
    vocabulary = Vocabulary.for_site(site)
    search, problem = lenient_search(request.GET, vocabulary)
    result = search_schools(site, search, vocabulary)
    tag_groups = {}
    for value in result.facets.get("tag", []):
        tag = vocabulary.tags.get(value.value)
        tag_groups.setdefault(tag.shown.group if tag else _("Overig"), []).append((value, tag.shown if tag else None))
    response = render(request, "schools/search.html", {
        "result": result, "search": search, "problem": problem, "tag_groups": tag_groups,
        "facet_sections": [(name, FACET_LABELS[name], result.facets.get(name, [])) for name in FACETS[1:]],
        "sorts": SORTS, "page_links": _page_links(request.GET, result), "compare_max": MAX_COMPARED,
    })
    if search.text.strip() and not result.total and not result.unavailable:
        count_search_miss(response, site=site, kind=SearchKind.SCHOOLS, text=search.text)
    return response


def _page_links(params: QueryDict, result):
    def link(page):
        copy = params.copy()
        copy["p"] = str(page)
        return "?" + copy.urlencode()
    return {"previous": link(result.page - 1) if result.page > 1 else None,
            "next": link(result.page + 1) if result.page < result.pages else None}


def school_detail(request, slug):
    site = _site(request)
    school = get_object_or_404(School.objects.select_related("profile"), site=site, slug=slug)
    profile = getattr(school, "profile", None)
    if profile is not None and not profile.live:
        profile = None
    # What the school wrote itself stays Dutch on the English pages, marked lang="nl" with a note.
    context = {"school": school, "profile": profile, "Availability": Availability,
               "own_text_lang": "nl" if current_language() == "en" else ""}
    if profile:
        ratings = list(profile.basis_ratings.select_related("element"))
        rated = {r.element_id for r in ratings}
        missing = [e for e in site.basis_elements.all() if e.pk not in rated]
        tags = list(profile.tags.all())
        groups = {}
        for tag in tags:
            groups.setdefault(tag.shown.group, []).append(tag.shown)
        context.update(ratings=ratings, unrated=[e.shown for e in missing], tag_groups=groups,
                       not_listed=[t.shown for t in SupportTag.for_site(site).exclude(pk__in=[t.pk for t in tags])])
    return render(request, "schools/detail.html", context)


def compare_page(request):
    site = _site(request)
    slugs = list(dict.fromkeys(s for s in request.GET.getlist("school") if s))
    notice = None
    if len(slugs) > MAX_COMPARED:
        notice = _("U kunt %(max)s scholen tegelijk vergelijken. We tonen de eerste %(max)s.") % {"max": MAX_COMPARED}
        slugs = slugs[:MAX_COMPARED]
    found = {s.slug: s for s in School.objects.filter(site=site, slug__in=slugs).select_related("profile")}
    schools = [found[s] for s in slugs if s in found]
    if len(schools) < len(slugs):
        missing = _("Een of meer scholen konden we niet vinden.")
        notice = f"{notice} {missing}" if notice else missing
    only_differences = request.GET.get("verschillen") == "1"
    sections = comparison_rows(site, schools, only_differences=only_differences) if schools else []
    return render(request, "schools/compare.html", {
        "schools": schools, "sections": sections, "notice": notice, "only_differences": only_differences,
        "share_url": request.build_absolute_uri(), "compare_max": MAX_COMPARED,
        "own_text_lang": "nl" if current_language() == "en" else "",
    })
