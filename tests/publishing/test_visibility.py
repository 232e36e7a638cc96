import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from portal_press.models import PressReleasePage
from portal_press.publishing import visibility
from tests import factories

HOUR = datetime.timedelta(hours=1)


def test_the_gate_keeps_only_live_public_released_pages(release_index, agency):
    public = factories.make_release(release_index, agency)
    embargoed = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    lifted = factories.make_release(
        release_index, agency, embargo_until=timezone.now() - HOUR
    )
    draft = factories.make_release(release_index, agency, publish=False)
    private_index = factories.add_page(
        release_index.get_parent(),
        factories.PressReleaseIndexPage(title="Nội bộ", slug="noi-bo"),
    )
    private = factories.make_release(private_index, agency)
    PageViewRestriction.objects.create(page=private_index, restriction_type="login")

    visible = set(visibility.public(PressReleasePage.objects.all()))
    assert visible == {public, lifted}
    # The same rules hold on a generic queryset of pages of every type.
    generic = set(visibility.public(Page.objects.all()).values_list("pk", flat=True))
    assert public.pk in generic and lifted.pk in generic
    assert not {embargoed.pk, draft.pk, private.pk} & generic


def test_embargo_ends_by_itself_at_its_time(release_index, agency):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    assert not visibility.is_public(release)
    assert visibility.is_public(release, now=timezone.now() + 2 * HOUR)


def test_editors_can_open_an_embargoed_page_and_others_cannot(
    release_index, agency, superuser
):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    reader = get_user_model().objects.create_user("reader", password="pw")
    assert visibility.can_view(release, superuser)
    assert not visibility.can_view(release, reader)
    assert not visibility.can_view(release, None)
