"""The public search page and its autocomplete."""

import logging

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale

from ..conf import get_setting
from ..folding import fold
from ..models import PressReleasePage, SpokespersonDirectoryPage
from ..pagination import paginate
from ..visibility import public_agencies, public_pages, public_spokespersons
from . import engines
from .hits import load_hits
from .params import KIND_CHOICES, SearchForm
from .text import parse_query

logger = logging.getLogger(__name__)

AUTOCOMPLETE_SIZE = 5


def search_view(request):
    form = SearchForm(request.GET)
    context = {"form": form, "kind_labels": dict(KIND_CHOICES)}
    if not form.is_valid():
        return TemplateResponse(
            request, "portal_press/search.html", context, status=400
        )
    parsed = parse_query(form.cleaned_data["q"])
    filters = form.filters()
    outcome, notice = engines.run(
        parsed,
        filters,
        Locale.get_active(),
        sort=form.cleaned_data["sort"] or "relevance",
    )
    results = paginate(request, outcome.matches, get_setting("SEARCH_RESULTS_PER_PAGE"))
    results.object_list = load_hits(results.object_list, parsed.folded_words)
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


def gated_autocomplete(gated, text, limit=AUTOCOMPLETE_SIZE):
    """Autocomplete ``text`` over the whole index, keeping what ``gated`` allows.

    The backend completes without filters (it need not know the gate's
    fields); the survivors are checked against the gated queryset.
    """
    candidates = [obj.pk for obj in gated.model.objects.autocomplete(text)[: limit * 5]]
    allowed = gated.in_bulk(candidates)
    return [allowed[pk] for pk in candidates if pk in allowed][:limit]


def autocomplete_view(request):
    """Suggestions for the search boxes: people, agencies, release titles."""
    text = request.GET.get("q", "")[:100]
    folded = fold(" ".join(parse_query(text).all_words))
    if len(folded) < 2:
        return JsonResponse({"query": text, "suggestions": []})
    locale = Locale.get_active()
    directory = public_pages(SpokespersonDirectoryPage.objects.all(), locale=locale)
    directory = directory.first()
    people = gated_autocomplete(public_spokespersons(locale=locale), folded)
    agencies = gated_autocomplete(public_agencies(locale=locale), folded)
    releases = gated_autocomplete(
        public_pages(PressReleasePage.objects.all(), locale=locale), folded
    )
    suggestions = [
        {
            "label": person.full_name,
            "kind": _("Spokesperson"),
            "url": f"{directory.url}?{urlencode({'q': person.full_name})}"
            if directory
            else None,
        }
        for person in people
    ]
    suggestions += [
        {"label": agency.name, "kind": _("Agency"), "url": None} for agency in agencies
    ]
    suggestions += [
        {"label": release.title, "kind": _("Press release"), "url": release.url}
        for release in releases
    ]
    return JsonResponse({"query": text, "suggestions": suggestions})
