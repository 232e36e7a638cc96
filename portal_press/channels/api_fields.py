"""What the JSON API adds to the models' ``api_fields``: the same people and
agencies the pages show, in the reader's language, read from the gate.

Each endpoint prepares the rows of a response once (:mod:`.api`), so these
fields read attributes set in memory and cost no query per item.
"""

from django.urls import reverse
from rest_framework.fields import Field


def agency_data(agency):
    if agency is None:
        return None
    return {
        "id": agency.pk,
        "name": agency.name,
        "short_name": agency.short_name,
        "translation_key": str(agency.translation_key),
    }


def person_data(person, request=None):
    """A spokesperson as the directory card shows them."""
    data = {
        "id": getattr(person, "register_id", person.pk),
        "translation_key": str(person.translation_key),
        "full_name": person.full_name,
        "position": person.position,
        "role": person.role.name,
        "agency": agency_data(person.agency),
        "office_phone": person.office_phone,
        "mobile_phone": person.mobile_phone,
        "fax": person.fax,
        "email": person.email,
        "press_languages": list(person.press_languages or []),
    }
    if person.role.requires_scope:
        data["scope"] = person.scope
    if request is not None:
        key = [person.translation_key]
        data["vcard_url"] = request.build_absolute_uri(
            reverse("portal_press_channels:spokesperson_vcard", args=key)
        )
        data["qr_url"] = request.build_absolute_uri(
            reverse("portal_press_channels:spokesperson_qr", args=key)
        )
    return data


class Prepared(Field):
    """Reads ``instance.<attribute>``, set when the response was prepared."""

    def __init__(self, attribute, shape=None, **kwargs):
        self.attribute, self.shape = attribute, shape
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        value = getattr(instance, self.attribute, None)
        request = self.context.get("request")
        if self.shape is None:
            return value
        if isinstance(value, list):
            return [self.shape(item, request) for item in value]
        return None if value is None else self.shape(value, request)


def agency_shape(agency, request):
    return agency_data(agency)
