"""The example site's production settings: `check --deploy` has nothing to
say with the environment docs/install.md gives, and tasks wait in the
database."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "example_site"


def documented_environment(tmp_path, **changes):
    """The table of docs/install.md, "Production settings"."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "DJANGO_SECRET_KEY": "k3Jx-a-long-random-secret-for-this-test-only-9fQz7LmW2pT",
        "DJANGO_ALLOWED_HOSTS": "portal.example",
        "WAGTAILADMIN_BASE_URL": "https://portal.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    # The browser tests' switch for Playwright's event loop, which the
    # deploy checks rightly refuse (async.E001), is no part of a deployment.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(changes)
    return env


def run(script, env):
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + script],
        cwd=EXAMPLE,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_production_settings_pass_the_checks_and_use_the_database_queue(tmp_path):
    script = (
        "from django.conf import settings; "
        "from django.core.management import call_command; call_command('check'); "
        "print(settings.TASKS['default']['BACKEND'])"
    )
    result = run(script, documented_environment(tmp_path))
    assert result.stdout.strip().endswith("django_tasks_db.DatabaseBackend")


DEPLOY_CHECK = (
    "from django.core.management import call_command; "
    "call_command('check', deploy=True, fail_level='WARNING')"
)
SETTINGS = (
    "from django.conf import settings as s; "
    "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, "
    "s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, "
    "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
    "getattr(s, 'SECURE_PROXY_SSL_HEADER', None))"
)


@pytest.mark.parametrize("behind_proxy", ["1", "0"])
def test_check_deploy_has_nothing_to_say(tmp_path, behind_proxy):
    env = documented_environment(tmp_path, DJANGO_BEHIND_TLS_PROXY=behind_proxy)
    # fail_level WARNING: any warning would make the command fail.
    result = run(DEPLOY_CHECK, env)
    assert "System check identified no issues (0 silenced)." in result.stdout
    printed = run(SETTINGS, env).stdout.split(maxsplit=6)
    assert printed[:6] == ["True", "31536000", "True", "True", "True", "True"]
    proxy = printed[6].strip()
    if behind_proxy == "1":
        assert proxy == "('HTTP_X_FORWARDED_PROTO', 'https')"
    else:
        assert proxy == "None"


def test_check_deploy_names_what_is_missing(tmp_path):
    env = documented_environment(
        tmp_path, DJANGO_SECURE_SSL_REDIRECT="0", DJANGO_SECURE_HSTS_SECONDS="0"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + DEPLOY_CHECK],
        cwd=EXAMPLE,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr
    assert "security.W008" in result.stderr


def test_behind_the_proxy_https_requests_are_served_and_http_redirected(tmp_path):
    script = (
        "from django.test import Client; from django.core.management import "
        "call_command; call_command('migrate', verbosity=0); "
        "c = Client(HTTP_HOST='portal.example'); "
        "plain = c.get('/api/v2/pages/'); "
        "tls = c.get('/api/v2/pages/', HTTP_X_FORWARDED_PROTO='https'); "
        "print(plain.status_code, plain['Location'], tls.status_code); "
        "print(tls['Strict-Transport-Security']); "
        "print(tls['Content-Security-Policy'])"
    )
    status, hsts, policy = run(script, documented_environment(tmp_path)).stdout.split(
        "\n"
    )[:3]
    assert status.split() == ["301", "https://portal.example/api/v2/pages/", "200"]
    assert hsts == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in policy
