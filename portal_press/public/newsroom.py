"""The newsroom's public context: the releases the public may see, filtered."""

from django.db.models import Exists, Max, Min

from ..conf import get_setting
from ..localisation.status import vietnamese_only_context
from ..models import Agency, PressReleasePage
from ..publishing import visibility
from ..publishing.clock import portal_year, year_span
from .forms import PressReleaseFilterForm
from .pagination import paginate_keys


def release_years(releases):
    """The years (in the province) that ``releases`` were issued in, newest first.

    Two queries that read no row in Python: the first and last release time,
    then whether each year between them has a release (``EXISTS`` on a range
    of ``released_at``, which stops at the first match), rather than a date
    function run on every release.
    """
    span = releases.order_by().aggregate(
        first=Min("released_at"), last=Max("released_at")
    )
    if span["first"] is None:
        return []
    years = range(portal_year(span["last"]), portal_year(span["first"]) - 1, -1)
    checks = {}
    for year in years:
        start, end = year_span(year)
        checks[f"y{year}"] = Exists(
            releases.order_by().filter(released_at__gte=start, released_at__lt=end)
        )
    found = (
        releases.model._default_manager.order_by()
        .annotate(**checks)
        .values(*checks)
        .first()
    )
    return [year for year in years if found[f"y{year}"]]


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
    return {
        "filter_form": form,
        "vietnamese_only": vietnamese_only_context(page, PressReleasePage),
        "releases": paginate_keys(
            request,
            releases.order_by("-released_at", "-pk"),
            get_setting("RELEASES_PER_PAGE"),
            rows=lambda keys: (
                PressReleasePage.objects.filter(pk__in=keys)
                .select_related("issuing_agency")
                .prefetch_related("tags")
            ),
        ),
    }
