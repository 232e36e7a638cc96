"""Fragments: kept between requests, ended with the site's chrome or their
section, and never kept past the next time something becomes public by
itself."""

import datetime
import re

import time_machine
from django.utils import timezone, translation
from wagtail.models import Page

from portal_press.cache import fragments
from portal_press.models import PressReleasePage
from portal_press.publishing import visibility
from tests import factories

HOUR = datetime.timedelta(hours=1)


def section_titles(home):
    return fragments.remembered(
        "sections",
        lambda: [page.title for page in visibility.public(home.get_children())],
    )


def test_a_fragment_is_kept_until_a_section_changes(home):
    newsroom = factories.make_release_index(home)
    assert section_titles(home) == [newsroom.title]
    # Kept: a new section added behind the cache's back is not seen...
    type(newsroom).objects.filter(pk=newsroom.pk).update(title="Tin tức")
    assert section_titles(home) == [newsroom.title]
    # ...until a content event about the chrome ends it.
    directory = factories.make_directory(home)
    assert section_titles(home) == ["Tin tức", directory.title]


def test_a_fragment_is_kept_per_language(home):
    factories.make_release_index(home)
    with translation.override("vi"):
        vietnamese = fragments.remembered("label", lambda: "vi")
    with translation.override("en"):
        english = fragments.remembered("label", lambda: "en")
    assert (vietnamese, english) == ("vi", "en")


def test_a_fragment_ends_when_an_embargo_does(home, release_index, agency):
    now = timezone.now()
    factories.make_release(
        release_index, agency, title="Công bố", embargo_until=now + HOUR
    )

    def public_titles():
        return fragments.remembered(
            "releases",
            lambda: [page.title for page in visibility.public(PressReleasePage)],
        )

    with time_machine.travel(now, tick=False):
        assert public_titles() == []
    with time_machine.travel(now + 2 * HOUR, tick=False):
        assert public_titles() == ["Công bố"]


def newsroom_titles(client, index, **params):
    response = client.get(index.url, params)
    return [release.title for release in response.context["releases"]]


def test_the_newsrooms_list_is_kept_until_one_of_its_releases_changes(
    client, release_index, agency
):
    first = factories.make_release(release_index, agency, title="Thông cáo thứ nhất")
    assert newsroom_titles(client, release_index) == ["Thông cáo thứ nhất"]
    # Kept: a change behind the events' back is not seen...
    PressReleasePage.objects.filter(pk=first.pk).update(live=False)
    assert newsroom_titles(client, release_index) == ["Thông cáo thứ nhất"]
    # ...until a release of the newsroom is published.
    PressReleasePage.objects.filter(pk=first.pk).update(live=True)
    factories.make_release(release_index, agency, title="Thông cáo thứ hai")
    titles = newsroom_titles(client, release_index)
    assert sorted(titles) == ["Thông cáo thứ hai", "Thông cáo thứ nhất"]
    first.unpublish()
    assert newsroom_titles(client, release_index) == ["Thông cáo thứ hai"]


def test_the_newsrooms_list_shows_an_embargoed_release_at_its_time(
    client, release_index, agency
):
    now = timezone.now()
    factories.make_release(
        release_index, agency, title="Công bố quy hoạch", embargo_until=now + HOUR
    )
    with time_machine.travel(now, tick=False):
        assert newsroom_titles(client, release_index) == []
        assert newsroom_titles(client, release_index, year=now.year) == []
    with time_machine.travel(now + 2 * HOUR, tick=False):
        assert newsroom_titles(client, release_index) == ["Công bố quy hoạch"]


def test_the_directorys_order_is_kept_until_the_register_changes(
    client, home, agency, role
):
    directory = factories.make_directory(home)
    factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    assert "Đặng Thu Hà" in client.get(directory.url).content.decode()
    newcomer = factories.make_spokesperson(agency, role, full_name="Lê Văn Bình")
    page = client.get(directory.url).content.decode()
    assert "Đặng Thu Hà" in page and "Lê Văn Bình" in page
    newcomer.valid_until = timezone.localdate() - datetime.timedelta(days=1)
    newcomer.save_revision().publish()
    assert "Lê Văn Bình" not in client.get(directory.url).content.decode()


def alternate_languages(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return re.findall(
        r'rel="alternate" hreflang="([a-z-]+)"', response.content.decode()
    )


def test_a_pages_languages_are_kept_until_a_translation_changes(
    client, home, release_index, agency
):
    english = factories.make_locale("en")
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(release_index, english)
    release = factories.make_release(release_index, agency, title="Họp báo")
    translation = factories.translate(release, english, publish=False)
    assert alternate_languages(client, release) == []
    # Kept: a translation made live behind the events' back is not seen...
    Page.objects.filter(pk=translation.pk).update(live=True)
    assert alternate_languages(client, release) == []
    # ...until an event about the page or a translation ends the list.
    translation.save_revision().publish()
    assert alternate_languages(client, release) == ["vi", "x-default", "en"]
    translation.refresh_from_db()
    translation.unpublish()
    assert alternate_languages(client, release) == []


def test_a_releases_surroundings_are_kept_until_an_event_about_them(
    client, release_index, agency, role
):
    from portal_press.models import Spokesperson

    release = factories.make_release(release_index, agency, title="Họp báo")
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    assert "Đặng Thu Hà" in client.get(release.url).content.decode()
    # Kept: a contact renamed behind the events' back is not seen...
    Spokesperson.objects.filter(pk=person.pk).update(full_name="Đặng Thu Hằng")
    assert "Đặng Thu Hà" in client.get(release.url).content.decode()
    # ...until an event about one of them ends the release's path.
    person.refresh_from_db()
    person.office_phone = "0290 3999 999"
    person.save_revision().publish()
    page = client.get(release.url).content.decode()
    assert "Đặng Thu Hằng" in page and "0290 3999 999" in page


def test_the_directorys_cards_are_kept_until_the_register_changes(
    client, home, agency, role
):
    from portal_press.models import Spokesperson

    directory = factories.make_directory(home)
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    assert "0290 3822 123" in client.get(directory.url).content.decode()
    # Kept: a phone changed behind the events' back is not seen...
    Spokesperson.objects.filter(pk=person.pk).update(office_phone="0290 3999 999")
    assert "0290 3822 123" in client.get(directory.url).content.decode()
    # ...except by a search of the directory, which reads every card...
    found = client.get(directory.url, {"q": "dang thu ha"}).content.decode()
    assert "0290 3999 999" in found
    # ...and by everyone once an event about the register ends them.
    factories.make_spokesperson(agency, role, full_name="Lê Văn Bình")
    page = client.get(directory.url).content.decode()
    assert "0290 3999 999" in page and "Lê Văn Bình" in page
    # The page's structured data describes the same people as its cards.
    structured = re.search(r'application/ld\+json">(.*?)</script>', page).group(1)
    assert "Lê Văn Bình" in structured


def test_the_newsrooms_list_is_kept_per_filter_until_a_release_changes(
    client, release_index, agency
):
    other_agency = factories.make_agency("Sở Y tế")
    first = factories.make_release(release_index, agency, title="Thông cáo thứ nhất")
    factories.make_release(release_index, other_agency, title="Thông cáo y tế")

    def shown(**params):
        html = client.get(release_index.url, params).content.decode()
        return re.findall(r'class="pp-summary__title"[^>]*>\s*<a[^>]*>([^<]+)<', html)

    assert sorted(shown()) == ["Thông cáo thứ nhất", "Thông cáo y tế"]
    assert shown(agency=other_agency.pk) == ["Thông cáo y tế"]
    # Kept as HTML: a title changed behind the events' back is not seen...
    PressReleasePage.objects.filter(pk=first.pk).update(title="Đổi tên")
    assert "Thông cáo thứ nhất" in shown()
    # ...until a release of the newsroom changes.
    first.refresh_from_db()
    first.save_revision().publish()
    assert sorted(shown()) == ["Thông cáo y tế", "Đổi tên"]


def test_the_newsrooms_form_is_kept_only_as_it_first_shows(
    client, release_index, agency
):
    release = factories.make_release(release_index, agency, title="Họp báo")
    release.tags.add("họp báo")
    release.save_revision().publish()
    first = client.get(release_index.url).content.decode()
    assert "Clear filters" not in first and "Bỏ lọc" not in first
    # What the visitor typed comes back to them, never a kept form.
    typed = client.get(release_index.url, {"tag": "hop bao"}).content.decode()
    assert 'value="hop bao"' in typed


def test_a_preview_neither_reads_nor_fills_the_kept_parts(
    client, home, agency, role, superuser
):
    from django.test import Client
    from django.urls import reverse

    from portal_press.models import Spokesperson

    directory = factories.make_directory(home)
    person = factories.make_spokesperson(agency, role, full_name="Đặng Thu Hà")
    assert "0290 3822 123" in client.get(directory.url).content.decode()
    Spokesperson.objects.filter(pk=person.pk).update(office_phone="0290 3999 999")
    editor = Client()
    editor.force_login(superuser)
    draft = editor.get(reverse("wagtailadmin_pages:view_draft", args=[directory.pk]))
    assert draft.status_code == 200
    assert "0290 3999 999" in draft.content.decode()
    # The preview stored nothing in the visitors' place.
    assert "0290 3822 123" in client.get(directory.url).content.decode()
