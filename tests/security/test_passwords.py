"""The example site's password rules for editors, through Wagtail's own user
form: 12 characters or more, not common, not only digits, not like the user."""

import runpy
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

BASE = (
    Path(__file__).resolve().parents[2] / "example_site/example_site/settings/base.py"
)
VALIDATORS = runpy.run_path(str(BASE))["AUTH_PASSWORD_VALIDATORS"]


@pytest.fixture(autouse=True)
def example_site_validators():
    with override_settings(AUTH_PASSWORD_VALIDATORS=VALIDATORS):
        yield


def create(client, password):
    return client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "nguyenthihang",
            "email": "hang.nguyen@svhttdl.phusa.gov.vn",
            "first_name": "Hằng",
            "last_name": "Nguyễn Thị",
            "password1": password,
            "password2": password,
        },
    )


@pytest.mark.parametrize(
    "password, code",
    [
        ("Phusa#2026", "password_too_short"),
        ("password1234", "password_too_common"),
        ("209384756102", "password_entirely_numeric"),
        ("nguyenthihang", "password_too_similar"),
    ],
)
def test_a_weak_password_is_refused_in_the_admin(editor_client, password, code):
    response = create(editor_client, password)
    assert response.status_code == 200
    # Said in the editor's language (Vietnamese here), with Django's codes.
    errors = response.context["form"].errors.as_data()["password2"]
    assert code in {error.code for error in errors}, errors
    assert not get_user_model().objects.filter(username="nguyenthihang").exists()


def test_a_strong_password_is_accepted(editor_client):
    response = create(editor_client, "mua-lua-chin-tren-dong-Phu-Sa")
    assert response.status_code == 302
    assert (
        get_user_model()
        .objects.get(username="nguyenthihang")
        .check_password("mua-lua-chin-tren-dong-Phu-Sa")
    )
