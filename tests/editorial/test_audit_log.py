"""Publish, unpublish, correction, withdrawal and spokesperson changes are in
Wagtail's audit log with who and when, and on the release's history."""

from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import inline_formset

from portal_press.editorial.audit import CORRECTION_ACTION, WITHDRAWAL_ACTION
from portal_press.publishing.withdrawal import WithdrawalReason
from tests.publishing.test_withdrawal_and_corrections import edit_form


def actions_of(page, user):
    return set(
        PageLogEntry.objects.filter(page=page, user=user).values_list(
            "action", flat=True
        )
    )


def test_a_leaders_corrections_withdrawal_and_unpublishing_are_logged(
    client, agencies_world
):
    world = agencies_world
    release, leader = world.a.live, world.a.leader
    release.body = [("paragraph", "<p>Nội dung.</p>")]
    release.save_revision().publish()
    client.force_login(leader)
    url = reverse("wagtailadmin_pages:edit", args=[release.pk])
    now = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    corrected = client.post(
        url,
        edit_form(
            release,
            world.a.agency,
            lead="Số liệu đã được đính chính.",
            corrections=inline_formset(
                [{"corrected_at": now, "text": "Sửa số liệu quý I."}]
            ),
        ),
    )
    assert corrected.status_code == 302
    # Published again, unchanged: the correction is logged once.
    release.refresh_from_db()
    again = client.post(url, edit_form(release, world.a.agency, minor_change="on"))
    assert again.status_code == 302, again.context["form"].errors
    release.refresh_from_db()
    withdrawn = client.post(
        url,
        edit_form(
            release,
            world.a.agency,
            withdrawal_reason=WithdrawalReason.PUBLISHED_IN_ERROR,
            withdrawn_at=now,
            minor_change="on",
        ),
    )
    assert withdrawn.status_code == 302, withdrawn.context["form"].errors
    unpublished = client.post(
        reverse("wagtailadmin_pages:unpublish", args=[release.pk])
    )
    assert unpublished.status_code == 302

    done = actions_of(release, leader)
    assert {
        "wagtail.publish",
        CORRECTION_ACTION,
        WITHDRAWAL_ACTION,
        "wagtail.unpublish",
    } <= done
    assert (
        PageLogEntry.objects.filter(page=release, action=CORRECTION_ACTION).count() == 1
    )
    history = client.get(reverse("wagtailadmin_pages:history", args=[release.pk]))
    text = history.content.decode()
    assert "Sửa số liệu quý I." in text


def test_a_spokesperson_change_is_logged_with_its_author(client, agencies_world):
    world = agencies_world
    person = world.a.person_draft
    client.force_login(world.a.officer)
    url = reverse("wagtailsnippets_portal_press_spokesperson:edit", args=[person.pk])
    form = client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and not isinstance(value, list | dict)
    }
    data |= {
        "full_name": person.full_name,
        "position": "Chánh Văn phòng Sở",
        "agency": person.agency_id,
        "role": person.role_id,
        "valid_from": person.valid_from.isoformat(),
        "press_languages": ["vi"],
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    entries = ModelLogEntry.objects.filter(object_id=str(person.pk))
    assert entries.filter(action="wagtail.edit", user=world.a.officer).exists()
