import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal_press.models import ConnectionPoint, FollowUpTask, TrainingStatus
from tests import factories
from tests.queries import count_queries

DAY = datetime.timedelta(days=1)


@pytest.fixture
def training_index(home):
    return factories.make_training_index(home)


def test_status_follows_the_clock(training_index, agency):
    now = timezone.now()
    training = factories.make_training(training_index, agency, starts_at=now + DAY)
    assert training.get_status(now) == TrainingStatus.UPCOMING
    assert (
        training.get_status(now + DAY + datetime.timedelta(hours=1))
        == TrainingStatus.ONGOING
    )
    assert training.get_status(now + 2 * DAY) == TrainingStatus.PAST


def test_end_before_start_and_late_registration_are_refused(training_index, agency):
    training = factories.make_training(
        training_index, agency, starts_at=timezone.now() + DAY
    )
    training.ends_at = training.starts_at - datetime.timedelta(hours=1)
    training.registration_deadline = training.starts_at + DAY
    with pytest.raises(ValidationError) as error:
        training.full_clean()
    assert set(error.value.message_dict) >= {"ends_at", "registration_deadline"}


def test_the_index_lists_upcoming_first_then_past(client, training_index, agency):
    now = timezone.now()
    past_old = factories.make_training(training_index, agency, starts_at=now - 30 * DAY)
    past_recent = factories.make_training(
        training_index, agency, starts_at=now - 3 * DAY
    )
    soon = factories.make_training(training_index, agency, starts_at=now + DAY)
    later = factories.make_training(training_index, agency, starts_at=now + 10 * DAY)
    ongoing = factories.make_training(
        training_index, agency, starts_at=now - datetime.timedelta(hours=1)
    )

    response = client.get(training_index.url)
    assert list(response.context["upcoming_trainings"]) == [ongoing, soon, later]
    assert list(response.context["past_trainings"].object_list) == [
        past_recent,
        past_old,
    ]
    content = response.content.decode()
    assert content.index(soon.title) < content.index(past_recent.title)


def test_a_training_page_shows_its_connection_points_and_outcome(
    client, training_index, agency
):
    training = factories.make_training(
        training_index,
        agency,
        starts_at=timezone.now() - 5 * DAY,
        event_format="online",
        actual_attendance=148,
        outcome_summary="<p>Hội nghị đã kết thúc.</p>",
    )
    for n in range(1, 12):
        ConnectionPoint.objects.create(
            page=training, name=f"Điểm cầu xã số {n}", capacity=30
        )
    FollowUpTask.objects.create(page=training, text="Rà soát đội ngũ người phát ngôn.")
    training.save_revision().publish()

    response = client.get(training.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Điểm cầu xã số 11" in content
    assert "148" in content
    assert "Rà soát đội ngũ người phát ngôn." in content


def test_the_index_query_count_does_not_grow_with_trainings(
    client, training_index, kind
):
    now = timezone.now()

    def add(count):
        for n in range(count):
            agency = factories.make_agency(kind=kind)
            factories.make_training(
                training_index, agency, starts_at=now + (n + 1) * DAY
            )
            factories.make_training(
                training_index, agency, starts_at=now - (n + 1) * DAY
            )

    add(2)
    few = count_queries(client, training_index.url)
    add(12)
    many = count_queries(client, training_index.url)
    assert many == few
    assert many <= 15
