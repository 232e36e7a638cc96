import pytest
from django.contrib.auth import get_user_model

from tests import factories


@pytest.fixture
def home(db):
    return factories.build_site()


@pytest.fixture
def kind(db):
    return factories.make_kind()


@pytest.fixture
def role(db):
    return factories.make_role()


@pytest.fixture
def agency(kind):
    return factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch", kind, short_name="SVHTTDL"
    )


@pytest.fixture
def release_index(home):
    return factories.make_release_index(home)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.com", "pw"
    )


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client
