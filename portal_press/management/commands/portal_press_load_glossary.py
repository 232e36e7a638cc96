"""Start the official names glossary with the English names it ships."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale

from portal_press.localisation.glossary_seed import CIRCULAR, ENGLISH_NAMES
from portal_press.models import GlossaryTerm
from portal_press.models.glossary import glossary_key
from portal_press.publishing.sources import default_language_code


class Command(BaseCommand):
    help = (
        "Add the shipped official English names (Circular 03/2009/TT-BNG) to the "
        "glossary. Entries that already exist are left as editors made them."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        code = default_language_code()
        source_locale = Locale.objects.filter(language_code=code).first()
        if source_locale is None:
            raise CommandError(
                f"There is no Locale for the site's language {code!r} (system check "
                "portal_press.W001): run `manage.py portal_press_setup` first."
            )
        english, _created = Locale.objects.get_or_create(language_code="en")
        existing = {
            term.term_key: term
            for term in GlossaryTerm.objects.filter(locale=source_locale)
        }
        translated = set(
            GlossaryTerm.objects.filter(locale=english).values_list(
                "translation_key", flat=True
            )
        )
        added_terms = added_names = 0
        for vietnamese, name, kind in ENGLISH_NAMES:
            term = existing.get(glossary_key(vietnamese))
            if term is None:
                term = GlossaryTerm.objects.create(
                    locale=source_locale, term=vietnamese, kind=kind, source=CIRCULAR
                )
                existing[term.term_key] = term
                added_terms += 1
            if term.translation_key not in translated:
                translation = term.copy_for_translation(english)
                translation.term = name
                translation.save()
                translated.add(term.translation_key)
                added_names += 1
        self.stdout.write(
            f"Glossary: {added_terms} Vietnamese terms and {added_names} English "
            f"names added ({len(ENGLISH_NAMES)} shipped)."
        )
