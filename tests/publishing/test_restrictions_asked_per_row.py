"""Outside a request (a publication's subscribers, the tick, a task), one
page's check asks whether a view restriction sits above it, in the same
query, rather than reading every restricted path first."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal_press.publishing import visibility
from tests import factories


def public_and_queries(page):
    with CaptureQueriesContext(connection) as queries:
        public = visibility.is_public(page)
    return public, len(queries)


def test_one_pages_check_sees_a_restriction_above_it_in_one_query(
    home, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Họp báo")
    other_section = factories.make_training_index(home)
    training = factories.make_training(other_section, agency, release.released_at)
    PageViewRestriction.objects.create(
        page=release_index, restriction_type=PageViewRestriction.LOGIN
    )
    # Below the restricted newsroom: not public; beside it: public.
    assert public_and_queries(release) == (False, 1)
    assert public_and_queries(training) == (True, 1)
    # A restriction on the page itself counts as one above it.
    PageViewRestriction.objects.filter(page=release_index).delete()
    PageViewRestriction.objects.create(
        page=training, restriction_type=PageViewRestriction.PASSWORD, password="mk"
    )
    assert visibility.is_public(training) is False
    assert visibility.is_public(release) is True
