"""The public search page and its autocomplete."""

import logging
import math

from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from ..cache import page_cache
from ..conf import get_setting
from ..folding import fold
from ..models import SearchEntry
from ..public.directory import directory_page
from ..public.pagination import paginate, requested_page
from ..security.escaping import HtmlSafeJsonResponse
from . import engines, health
from .hits import load_hits
from .params import KIND_CHOICES, MAX_RESULTS, SearchForm
from .suggestions import agencies_starting, titles_starting
from .text import parse_query

logger = logging.getLogger(__name__)
TEMPLATE = "portal_press/search.html"


def unavailable_message():
    return _(
        "The search is not available at the moment. Please try again later; "
        "the site's administrator has been told."
    )


def results_elsewhere(parsed, query, locale):
    """Where a search that found nothing in ``locale`` finds something: the
    other languages with their counts and the same search's address there.

    Asked only when the visitor's language has no result, of the languages
    the index holds anything in (one query, then one search each).
    """
    languages = get_content_languages()
    found = []
    locales = Locale.objects.filter(
        pk__in=SearchEntry.objects.exclude(locale=locale).values("locale")
    ).order_by("pk")
    for other in locales:
        if other.language_code not in languages:
            continue
        try:
            outcome, _notice = engines.run(parsed, {}, other, offset=0, limit=1)
        except engines.SearchUnavailable:
            return []
        if outcome.matches.total:
            with translation.override(other.language_code):
                url = reverse("portal_press_search")
            found.append(
                {
                    "code": other.language_code,
                    "name": languages[other.language_code],
                    "count": outcome.matches.total,
                    "url": f"{url}?{urlencode({'q': query})}" if query else url,
                }
            )
    order = list(languages)
    return sorted(found, key=lambda language: order.index(language["code"]))


@page_cache.cached_listing
def search_view(request):
    form = SearchForm(request.GET)
    context = {"form": form, "kind_labels": dict(KIND_CHOICES)}
    if not form.is_valid():
        return TemplateResponse(request, TEMPLATE, context, status=400)
    per_page = get_setting("SEARCH_RESULTS_PER_PAGE")
    # Checked before anything is asked of an engine: a huge page number
    # would otherwise reach the database as an offset.
    number = requested_page(request, last=math.ceil(MAX_RESULTS / per_page))
    parsed = parse_query(form.cleaned_data["q"])
    filters = form.filters()
    try:
        outcome, notice = engines.run(
            parsed,
            filters,
            Locale.get_active(),
            sort=form.cleaned_data["sort"] or "relevance",
            offset=(number - 1) * per_page,
            limit=per_page,
        )
    except engines.SearchUnavailable:
        context["unavailable"] = unavailable_message()
        return TemplateResponse(request, TEMPLATE, context, status=503)
    if not outcome.matches.total and health.index_problem() is not None:
        notice = _(
            "The search index is being prepared: some published content "
            "cannot be found yet."
        )
    if not outcome.matches.total:
        context["elsewhere"] = results_elsewhere(
            parsed, form.cleaned_data["q"], Locale.get_active()
        )
    results = paginate(request, outcome.matches, per_page)
    results.object_list = load_hits(
        results.object_list, parsed.folded_words, Locale.get_active()
    )
    context.update(
        {
            "query": form.cleaned_data["q"],
            "parsed": parsed,
            "results": results,
            "facets": outcome.facets,
            "ranked_of_more": outcome.ranked_of_more,
            "engine_notice": notice,
            "filters": {k: v for k, v in filters.items() if v not in (None, "")},
        }
    )
    return TemplateResponse(request, TEMPLATE, context)


def _suggestions(text, words, locale):
    directory = directory_page(locale)
    found = [
        {
            "label": person.full_name,
            "type": "spokesperson",
            "kind": _("Spokesperson"),
            "url": f"{directory.url}?{urlencode({'q': person.full_name})}"
            f"#pp-person-{person.pk}"
            if directory
            else None,
        }
        for person in titles_starting(words, locale, "spokesperson")
    ]
    found += [
        {"label": agency.name, "type": "agency", "kind": _("Agency"), "url": None}
        for agency in agencies_starting(" ".join(words), locale)
    ]
    found += [
        {
            "label": release.title,
            "type": "release",
            "kind": _("Press release"),
            "url": release.url,
        }
        for release in titles_starting(words, locale, "release")
    ]
    return found


@page_cache.cached_listing
def autocomplete_view(request):
    """Suggestions for the search boxes: people, agencies, release titles."""
    text = request.GET.get("q", "")[:100]
    words = [fold(word) for word in parse_query(text).all_words]
    if len("".join(words)) < 2:
        return HtmlSafeJsonResponse({"query": text, "suggestions": []})
    try:
        found = _suggestions(text, words, Locale.get_active())
    except DatabaseError:
        logger.exception("The database search index cannot be read")
        return HtmlSafeJsonResponse(
            {"query": text, "suggestions": [], "message": unavailable_message()},
            status=503,
        )
    return HtmlSafeJsonResponse({"query": text, "suggestions": found})
