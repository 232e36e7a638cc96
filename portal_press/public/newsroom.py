"""The newsroom's public context: the releases the public may see, filtered."""

from ..conf import get_setting
from ..localisation.status import vietnamese_only_context
from ..models import Agency, PressReleasePage
from ..publishing import visibility
from ..publishing.clock import portal_timezone, year_span
from .forms import PressReleaseFilterForm
from .pagination import paginate


def release_years(releases):
    """The years (in the province) that ``releases`` were issued in, newest first."""
    moments = releases.datetimes(
        "released_at", "year", order="DESC", tzinfo=portal_timezone()
    )
    return [moment.year for moment in moments]


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
