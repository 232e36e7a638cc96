"""The wheel a province installs holds the app and only the app."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("portal_press-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_the_wheel_ships_templates_static_locales_and_migrations(wheel_names):
    def has(prefix, suffix=""):
        return any(n.startswith(prefix) and n.endswith(suffix) for n in wheel_names)

    assert has("portal_press/templates/portal_press/", ".html")
    assert has("portal_press/static/portal_press/css/", ".css")
    assert has("portal_press/locale/vi/LC_MESSAGES/django.mo")
    assert has("portal_press/locale/vi/LC_MESSAGES/django.po")
    assert has("portal_press/migrations/0001_initial.py")


def test_the_wheel_ships_the_vietnamese_wagtail_admin(wheel_names):
    server = "portal_press/wagtail_vi/locale/vi/LC_MESSAGES/"
    scripts = "portal_press/wagtail_vi/javascript/vi/LC_MESSAGES/"
    for name in [server + "django.po", server + "django.mo"]:
        assert name in wheel_names
    for name in [scripts + "djangojs.po", scripts + "djangojs.mo"]:
        assert name in wheel_names
    assert "portal_press/wagtail_vi/apps.py" in wheel_names


def test_the_wheel_leaves_out_tests_and_the_example_site(wheel_names):
    assert not [
        n for n in wheel_names if n.startswith(("tests/", "example_site/", "bench/"))
    ]
