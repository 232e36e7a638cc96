"""Model fields of the app."""

import json

from django import forms
from django.db import models
from django.utils.translation import get_language_info

from .conf import get_setting


def press_language_choices():
    """The languages offered to editors, named in the admin's own language."""
    choices = []
    for code in get_setting("PRESS_LANGUAGES"):
        try:
            name = get_language_info(code)["name_translated"]
        except KeyError:
            name = code
        choices.append((code, name))
    return choices


class LanguageCodesField(models.JSONField):
    """A list of language codes, edited as a set of checkboxes.

    Stored as JSON so that it is copied, not translated, between locales.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=kwargs.get("label", self.verbose_name),
            help_text=self.help_text,
            required=not self.blank,
            choices=press_language_choices,
            widget=forms.CheckboxSelectMultiple,
        )


def language_names(codes):
    """Human names of ``codes`` in the active language, in the configured order."""
    names = dict(press_language_choices())
    return [names.get(code, code) for code in codes]


class IdListField(models.Field):
    """A short list of ids: an ``integer[]`` on PostgreSQL, JSON text elsewhere.

    The search counts the topics of thousands of entries at once; PostgreSQL
    unnests an array far faster than it reads JSON (SQLite reads the JSON
    with ``json_each``).
    """

    description = "A list of integer ids"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def db_type(self, connection):
        return "integer[]" if connection.vendor == "postgresql" else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        ids = [int(pk) for pk in value or ()]
        return ids if connection.vendor == "postgresql" else json.dumps(ids)

    def from_db_value(self, value, expression, connection):
        if value is None or isinstance(value, list):
            return value or []
        return json.loads(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return list(value or ())
