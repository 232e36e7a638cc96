"""The headers every response carries: a strict Content-Security-Policy on
public pages (the admin keeps its own), nosniff, a referrer policy, and a
Cache-Control that suits who may keep the response."""

import datetime

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from portal_press.security import csp
from tests import factories

HOUR = datetime.timedelta(hours=1)
CACHED = [*settings.MIDDLEWARE, "portal_press.cache.middleware.PageCacheMiddleware"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()
    }


def assert_public_policy(response):
    policy = directives(response)
    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def assert_plain_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.fixture
def release(release_index, agency):
    return factories.make_release(release_index, agency, title="Họp báo quý III")


def test_public_pages_get_the_strict_policy_and_a_public_cache_control(client, release):
    with override_settings(MIDDLEWARE=CACHED):
        response = client.get(release.url)
        assert response.status_code == 200
        assert_public_policy(response)
        assert_plain_headers(response)
        assert response["Cache-Control"] == "public, max-age=60"
        # The copy the page cache keeps answers with the same headers.
        again = client.get(release.url)
        assert again["Content-Security-Policy"] == response["Content-Security-Policy"]
        assert again["X-Content-Type-Options"] == "nosniff"


def test_without_the_page_cache_public_pages_are_revalidated(client, release):
    response = client.get(release.url)
    assert_public_policy(response)
    assert response["Cache-Control"] == "no-cache"


def test_a_missing_page_is_the_sites_own_404_under_the_same_headers(client, home):
    response = client.get("/vi/khong-co-trang-nay/")
    assert response.status_code == 404
    assert_public_policy(response)
    assert_plain_headers(response)
    assert response["Cache-Control"] == "no-cache"


def test_an_editors_view_of_an_embargoed_page_is_kept_by_nobody(
    client, superuser, release_index, agency
):
    release = factories.make_release(
        release_index, agency, embargo_until=timezone.now() + HOUR
    )
    assert client.get(release.url).status_code == 404
    editor = Client()
    editor.force_login(superuser)
    for middleware in (settings.MIDDLEWARE, CACHED):
        with override_settings(MIDDLEWARE=middleware):
            response = editor.get(release.url)
            assert response.status_code == 200
            assert set(response["Cache-Control"].split(", ")) == {
                "private",
                "no-store",
            }
            assert_public_policy(response)
            assert_plain_headers(response)


def test_a_signed_in_editors_view_of_a_public_page_stays_in_their_browser(
    editor_client, release
):
    response = editor_client.get(release.url)
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}


def test_the_admin_gets_its_own_policy_and_is_kept_by_nobody(editor_client, home):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's widgets write inline scripts and styles; still nothing from
    # another site.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert_plain_headers(response)
    # The page editor, with its date widgets' inline scripts, too.
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert edit.status_code == 200
    assert directives(edit)["script-src"] == ["'self'", "'unsafe-inline'"]


def test_the_admins_login_page_gets_the_admin_policy(client, home):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
    assert "no-store" in response["Cache-Control"]


@pytest.fixture
def contacts(home, release_index, agency, role):
    person = factories.make_spokesperson(agency, role, full_name="Nguyễn Thị Hằng")
    training_index = factories.make_training_index(home)
    training = factories.make_training(
        training_index, agency, timezone.now() + 24 * HOUR
    )
    factories.make_release(release_index, agency, title="Thông cáo về du lịch")
    return person, training


@pytest.mark.parametrize(
    "url, disposition",
    [
        ("/vi/contacts/{person}.vcf", "attachment"),
        ("/vi/calendar/training/{training}.ics", "attachment"),
        # A subscription: the calendar program opens it.
        ("/vi/calendar/trainings.ics", "inline"),
        ("/vi/feeds/releases.rss", None),
        ("/vi/feeds/releases.atom", None),
        ("/sitemap.xml", None),
    ],
)
def test_downloads_and_feeds_carry_the_headers(
    client, django_user_model, contacts, url, disposition
):
    person, training = contacts
    url = url.format(person=person.translation_key, training=training.translation_key)
    response = client.get(url)
    assert response.status_code == 200, url
    assert_public_policy(response)
    assert_plain_headers(response)
    assert response["Cache-Control"] == "no-cache"
    if disposition:
        assert response["Content-Disposition"].startswith(disposition)
    # To an editor, the same file is kept by their browser only.
    editor = Client()
    editor.force_login(django_user_model.objects.create_user("officer"))
    assert set(editor.get(url)["Cache-Control"].split(", ")) == {"private", "no-cache"}


def test_the_nonce_tag_gives_the_nonce_of_the_header():
    def view(request):
        template = Template(
            "{% load portal_press_tags %}<script {% portal_press_nonce %}></script>"
        )
        return HttpResponse(template.render(RequestContext(request)))

    middleware = import_string(csp.MIDDLEWARE)(view)
    response = middleware(RequestFactory().get("/vi/"))
    html = response.content.decode()
    nonce = html.split('nonce="')[1].split('"')[0]
    assert len(nonce) >= 16
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]
    # Another request, another nonce.
    other = middleware(RequestFactory().get("/vi/")).content.decode()
    assert nonce not in other


def test_without_an_inline_script_the_header_names_no_nonce(client, release):
    assert not any(
        value.startswith("'nonce-")
        for value in directives(client.get(release.url))["script-src"]
    )


def test_the_policy_follows_the_running_django():
    policy = csp.public_policy({"frame-src": ["https://www.youtube-nocookie.com"]})
    assert policy["frame-src"] == ["'self'", "https://www.youtube-nocookie.com"]
    if csp.DJANGO_HAS_CSP:
        from django.utils.csp import CSP

        assert csp.MIDDLEWARE == "django.middleware.csp.ContentSecurityPolicyMiddleware"
        assert CSP.NONCE in policy["script-src"]
        assert settings.SECURE_CSP == csp.public_policy()
    else:
        from csp.constants import NONCE

        assert csp.MIDDLEWARE == "csp.middleware.CSPMiddleware"
        assert NONCE in policy["script-src"]
        assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"] == csp.public_policy()


def test_a_site_without_the_security_middleware_is_warned():
    from portal_press.security.checks import (
        HEADERS_MIDDLEWARE,
        check_security_middleware,
    )

    assert check_security_middleware() == []
    without = [name for name in settings.MIDDLEWARE if name != HEADERS_MIDDLEWARE]
    with override_settings(MIDDLEWARE=without):
        (warning,) = check_security_middleware()
    assert warning.id == "portal_press.W007"
    assert HEADERS_MIDDLEWARE in warning.msg and "docs/install.md" in warning.hint
    without_policy = [name for name in settings.MIDDLEWARE if name != csp.MIDDLEWARE]
    with override_settings(MIDDLEWARE=without_policy):
        (warning,) = check_security_middleware()
    assert csp.MIDDLEWARE in warning.msg
