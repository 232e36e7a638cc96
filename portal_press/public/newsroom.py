"""The newsroom's public context: the releases the public may see, filtered.

Asking the gate which releases are public means reading every release of
the newsroom, so it is asked once, and its answer kept until a release
changes: the key, time and agency of every public release, newest first,
give the filter's years and agencies, the count and the keys of the
requested page. A year is a slice of the kept keys; an agency or a topic
is one more question, to their indexes, without the gate. Only the page's
twenty releases are then loaded in full.
"""

import hashlib

from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale

from ..cache import fragments
from ..conf import get_setting
from ..localisation.glossary import glossary_names
from ..localisation.status import vietnamese_only_context
from ..models import Agency, PressReleasePage
from ..publishing import visibility
from ..publishing.clock import portal_year
from .forms import PressReleaseFilterForm, topic_slug
from .pagination import paginate

NEWEST_FIRST = ("-released_at", "-pk")


def topic_aliases(locale):
    """``{slug of a topic's name in locale: the topic's slug}``, from the
    glossary: what lets “press conference” filter by “họp báo”."""
    return {
        topic_slug(name): topic_slug(source_key)
        for source_key, name in glossary_names(locale).items()
    }


def load_releases(keys):
    """The releases with ``keys``, in that order, with what a summary shows."""
    rows = (
        PressReleasePage.objects.filter(pk__in=keys)
        .select_related("issuing_agency")
        .prefetch_related("tags")
    )
    loaded = {row.pk: row for row in rows}
    return [loaded[key] for key in keys if key in loaded]


def tagged(tag):
    """The keys of the releases with the topic ``tag``, from the tags table
    alone."""
    items = PressReleasePage.tags.through.objects.filter(tag__slug=tag)
    return items.values_list("content_object_id", flat=True)


def chosen_keys(agency, tag):
    """The keys of the releases of ``agency`` with the topic ``tag`` (either
    may be empty, not both), anywhere on the site: one query on indexes,
    with neither the pages nor the gate."""
    if agency is None:
        return tagged(tag)
    releases = PressReleasePage.objects.filter(issuing_agency=agency)
    if tag:
        # A list of keys, not a join: SQLite would otherwise start from the
        # topic and read every release under it before the agency's few.
        releases = releases.filter(pk__in=tagged(tag))
    return releases.values_list("pk", flat=True)


def matching(summary, filters):
    """The keys of the newsroom's public releases that match ``filters``,
    newest first, from the kept ``summary``.

    A year is a slice of the kept keys; an agency or a topic is a set of
    keys read from its index, and the kept keys are kept to it in their
    order. The gate is not asked again, nor the pages read: at 100,000
    releases either would cost more than the rest of the page.
    """
    keys, _agencies, years = summary
    if filters.get("year") is not None:
        start, end = years.get(filters["year"], (0, 0))
        keys = keys[start:end]
    agency, tag = filters.get("agency"), filters.get("tag")
    if agency is None and not tag:
        return keys
    chosen = set(chosen_keys(agency, tag))
    return [key for key in keys if key in chosen]


def year_spans(moments):
    """``{year: (start, end)}`` of ``moments`` (newest first), newest year
    first: where each year's releases lie in the list, one run each."""
    spans = {}
    for position, moment in enumerate(moments):
        year = portal_year(moment)
        start, _end = spans.get(year, (position, position))
        spans[year] = (start, position + 1)
    return spans


def public_summary(page, releases):
    """``(keys newest first, agency keys, {year: (start, end)})`` of the
    public ``releases``.

    Kept between requests until a release of the newsroom changes (its
    content events end the newsroom's path) or the gate's next boundary: at
    10,000 releases reading them costs more than the rest of the page.
    """

    def summarise():
        public = list(releases.values_list("pk", "released_at", "issuing_agency"))
        return (
            [key for key, _moment, _agency in public],
            sorted({agency for _key, _moment, agency in public}),
            year_spans(moment for _key, moment, _agency in public),
        )

    return fragments.remembered(f"newsroom-summary:{page.pk}", summarise, path=page.url)


def newsroom_context(page, request):
    releases = visibility.public(PressReleasePage.objects.child_of(page)).order_by(
        *NEWEST_FIRST
    )
    summary = public_summary(page, releases)
    keys, agencies, years = summary
    form = PressReleaseFilterForm(
        request.GET,
        agencies=Agency.objects.filter(pk__in=agencies).order_by("name"),
        years=list(years),
        tag_aliases=topic_aliases(Locale.get_active()),
    )
    valid = form.is_valid()
    if valid and any(form.cleaned_data.values()):
        keys = matching(summary, form.cleaned_data)
    found = paginate(request, keys, get_setting("RELEASES_PER_PAGE"))
    page_keys = found.object_list
    # Loaded only when the list is rendered, not when it is kept.
    found.object_list = SimpleLazyObject(lambda: load_releases(page_keys))
    return {
        "filter_form": form,
        "vietnamese_only": vietnamese_only_context(page, PressReleasePage),
        "releases": found,
        "kept_listing": kept_listing_name(page, form.cleaned_data, found.number)
        if valid
        else None,
        "kept_form": kept_form_name(page, form),
    }


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def kept_form_name(page, form):
    """The name the filter form is kept under: as it first shows, the same
    for everyone until a release changes its agencies or years; with valid
    filters, one per set of values typed (what the form shows back). A form
    with errors is rendered afresh."""
    if not form.has_changed():
        return f"newsroom:{page.pk}:form"
    if not form.is_valid():
        return None
    typed = "&".join(f"{name}={form.data.get(name, '')}" for name in form.fields)
    return f"newsroom:{page.pk}:form:{_digest(typed)}"


def kept_listing_name(page, filters, number):
    """The name one page of the newsroom's list is kept under (see
    ``{% keep %}``): the same for every visitor of that page and filter,
    until a release of the newsroom changes."""
    chosen = "&".join(
        f"{name}={getattr(value, 'pk', value)}"
        for name, value in sorted(filters.items())
        if value
    )
    return f"newsroom:{page.pk}:{_digest(chosen)}:{number}"
