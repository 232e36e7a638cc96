"""The public search page and its autocomplete."""

import logging

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale

from ..conf import get_setting
from ..folding import fold
from ..models import SpokespersonDirectoryPage
from ..public.pagination import paginate, requested_page
from ..publishing import visibility
from . import engines
from .hits import load_hits
from .params import KIND_CHOICES, SearchForm
from .suggestions import agencies_starting, titles_starting
from .text import parse_query

logger = logging.getLogger(__name__)


def search_view(request):
    form = SearchForm(request.GET)
    context = {"form": form, "kind_labels": dict(KIND_CHOICES)}
    if not form.is_valid():
        return TemplateResponse(
            request, "portal_press/search.html", context, status=400
        )
    parsed = parse_query(form.cleaned_data["q"])
    filters = form.filters()
    per_page = get_setting("SEARCH_RESULTS_PER_PAGE")
    offset = (requested_page(request) - 1) * per_page
    outcome, notice = engines.run(
        parsed,
        filters,
        Locale.get_active(),
        sort=form.cleaned_data["sort"] or "relevance",
        offset=offset,
        limit=per_page,
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
            "engine_notice": notice,
            "filters": {k: v for k, v in filters.items() if v not in (None, "")},
        }
    )
    return TemplateResponse(request, "portal_press/search.html", context)


def autocomplete_view(request):
    """Suggestions for the search boxes: people, agencies, release titles."""
    text = request.GET.get("q", "")[:100]
    words = [fold(word) for word in parse_query(text).all_words]
    if len("".join(words)) < 2:
        return JsonResponse({"query": text, "suggestions": []})
    locale = Locale.get_active()
    directory = visibility.public(SpokespersonDirectoryPage, locale=locale)
    directory = directory.first()
    found = [
        {
            "label": person.full_name,
            "kind": _("Spokesperson"),
            "url": f"{directory.url}?{urlencode({'q': person.full_name})}"
            if directory
            else None,
        }
        for person in titles_starting(words, locale, "spokesperson")
    ]
    found += [
        {"label": agency.name, "kind": _("Agency"), "url": None}
        for agency in agencies_starting(" ".join(words), locale)
    ]
    found += [
        {"label": release.title, "kind": _("Press release"), "url": release.url}
        for release in titles_starting(words, locale, "release")
    ]
    return JsonResponse({"query": text, "suggestions": found})
