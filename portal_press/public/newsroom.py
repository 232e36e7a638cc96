"""The newsroom's public context: the releases the public may see, filtered."""

from wagtail.models import Locale

from ..conf import get_setting
from ..localisation.glossary import glossary_names
from ..localisation.status import vietnamese_only_context
from ..models import Agency, PressReleasePage
from ..publishing import visibility
from ..publishing.clock import portal_timezone, year_span
from .forms import PressReleaseFilterForm, topic_slug
from .pagination import paginate


def release_years(releases):
    """The years (in the province) that ``releases`` were issued in, newest first."""
    moments = releases.datetimes(
        "released_at", "year", order="DESC", tzinfo=portal_timezone()
    )
    return [moment.year for moment in moments]


def topic_aliases(locale):
    """``{slug of a topic's name in locale: the topic's slug}``, from the
    glossary: what lets “press conference” filter by “họp báo”."""
    return {
        topic_slug(name): topic_slug(source_key)
        for source_key, name in glossary_names(locale).items()
    }


def filter_releases(releases, agency=None, year=None, tag=""):
    if agency is not None:
        releases = releases.filter(issuing_agency=agency)
    if year is not None:
        start, end = year_span(year)
        releases = releases.filter(released_at__gte=start, released_at__lt=end)
    if tag:
        releases = releases.filter(tags__slug=tag)
    return releases


def newsroom_context(page, request):
    releases = visibility.public(PressReleasePage.objects.child_of(page))
    form = PressReleaseFilterForm(
        request.GET,
        agencies=Agency.objects.filter(
            pk__in=releases.values("issuing_agency")
        ).order_by("name"),
        years=release_years(releases),
        tag_aliases=topic_aliases(Locale.get_active()),
    )
    if form.is_valid():
        releases = filter_releases(releases, **form.cleaned_data)
    releases = releases.select_related("issuing_agency").prefetch_related("tags")
    return {
        "filter_form": form,
        "vietnamese_only": vietnamese_only_context(page, PressReleasePage),
        "releases": paginate(
            request,
            releases.order_by("-released_at", "-pk"),
            get_setting("RELEASES_PER_PAGE"),
        ),
    }
