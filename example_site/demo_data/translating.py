"""Translations of the demo, made with wagtail-localize the way an editor makes them.

An editor submits a page or snippet for translation: wagtail-localize
freezes the Vietnamese content in a ``TranslationSource``, records a
``Translation`` and saves a draft of the target (the example site sets
``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``). The editor then
types the translation of each string and publishes. ``Translator`` does the
same with the texts of ``demo_data/translations``, keyed by the exact
Vietnamese text of each string.

Safe to run again: a translation that is published and has every string
translated is left alone, so nothing is re-published or re-dated.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from .builders import CREATED, UNCHANGED, UPDATED
from .pages import child_page

KEPT_AS_DRAFT = "kept as a draft (texts missing)"

# A string without letters (a phone number, "%") reads the same in every language.
LETTER = re.compile(r"[^\W\d_]")


def is_published(obj):
    """Live, and for a page a real page rather than an alias of another locale's."""
    if isinstance(obj, Page) and obj.alias_of_id:
        return False
    return obj.live if isinstance(obj, DraftStateMixin) else True


def kind_label(instance, locale):
    kind = "pages" if isinstance(instance, Page) else "snippets"
    return f"{kind} translated into {locale.language_code}"


@dataclass
class Problem:
    text: str
    used_in: str
    invalid: bool = False  # True: translated, but wagtail-localize refused the text


@dataclass
class Translator:
    """Translates pages and snippets into ``locale`` from ``texts``.

    ``texts`` maps each Vietnamese source string to its translation. Strings
    missing from it are reported in ``problems``; a page or snippet with
    drafts that misses any stays a draft, so that running the loader again
    with the completed texts finishes and publishes it.
    """

    locale: object
    texts: dict
    user: object
    tally: object
    problems: list = field(default_factory=list)

    def translate(self, instance):
        """Translate ``instance`` (and what it links to first); the outcome."""
        if isinstance(instance, Page):
            instance = instance.specific
        if not is_published(instance):
            return None  # a Vietnamese draft is not translated
        if self.is_done(instance):
            outcome = UNCHANGED
        else:
            source, _created = TranslationSource.get_or_create_from_instance(instance)
            for related in self.untranslated_links(source):
                self.translate(related)
            outcome = self.submit_and_publish(instance, source)
        self.tally.add(kind_label(instance, self.locale), outcome)
        return outcome

    def is_done(self, instance):
        """Published in the target locale, every string of the source translated."""
        target = instance.get_translation_or_none(self.locale)
        if target is None or not is_published(target):
            return False
        source = TranslationSource.objects.get_for_instance_or_none(instance)
        if source is None:
            return True  # translated by hand, outside wagtail-localize
        untranslated = source.stringsegment_set.annotate_translation(
            self.locale
        ).filter(translation__isnull=True)
        return not untranslated.exists()

    def untranslated_links(self, source):
        """The pages and snippets ``source`` links to that have no translation yet.

        Translated first, so that the translation links to their translations
        rather than to the Vietnamese rows.
        """
        for segment in source.relatedobjectsegment_set.select_related("object"):
            if not segment.object.has_translation(self.locale):
                related = segment.object.get_instance_or_none(source.locale)
                if related is not None:
                    yield related

    def submit_and_publish(self, instance, source):
        existed = instance.get_translation_or_none(self.locale) is not None
        with transaction.atomic():
            # "Translate": the source, the Translation record and a draft target.
            TranslationCreator(self.user, [self.locale]).create_translations(
                instance, include_related_objects=False
            )
            translation = Translation.objects.get(
                source=source, target_locale=self.locale
            )
            complete = self.fill_strings(source, str(instance))
            # Models without drafts are published whatever happens.
            publish = complete or not isinstance(instance, DraftStateMixin)
            translation.save_target(user=self.user, publish=publish)
        if not publish:
            return KEPT_AS_DRAFT
        return UPDATED if existed else CREATED

    def fill_strings(self, source, used_in):
        """Type in the translation of every string; False if any is missing."""
        complete = True
        segments = source.stringsegment_set.select_related("string", "context")
        for segment in segments.order_by("order"):
            text = segment.string.data
            translated = self.texts.get(text)
            if translated is None and not LETTER.search(text):
                translated = text
            if translated is None:
                self.problems.append(Problem(text, used_in))
                complete = False
                continue
            string_translation, _created = StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.locale,
                context=segment.context,
                defaults={
                    "data": translated,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": self.user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            if string_translation.has_error:
                self.problems.append(Problem(text, used_in, invalid=True))
                complete = False
        return complete

    def warnings(self):
        """Lines telling what to add to ``demo_data/translations``."""
        if not self.problems:
            return []
        code = self.locale.language_code
        lines = [
            f"Warning: {len(self.problems)} string(s) have no usable {code} "
            "translation in demo_data/translations (the Vietnamese text is kept):"
        ]
        for problem in self.problems:
            reason = " [invalid: keep the source's tags]" if problem.invalid else ""
            lines.append(f"  - {problem.text!r} in “{problem.used_in}”{reason}")
        return lines


# --- What the demo translates ---------------------------------------------------


def english_content(content, plan):
    """The pages and snippets the demo has in English, parents and links first."""
    yield content.home
    yield from content.kinds.values()
    yield from content.roles.values()
    yield from content.agencies.values()
    yield from content.glossary
    for (_name, agency), person in content.people.items():
        if agency not in plan.EN_UNTRANSLATED_SPOKESPERSONS_OF:
            yield person
    yield from content.sections.values()
    yield content.hub
    yield from content.hub.get_children().specific()
    for slug in plan.EN_RELEASES:
        yield child_page(content.sections["newsroom"], slug)
    for slug in plan.EN_TRAININGS:
        yield child_page(content.sections["trainings"], slug)


def chinese_content(content, plan):
    """The promotion hub (with the home page, the root of its tree)."""
    yield content.home
    yield content.hub


PLANS = {"en": english_content, "zh-hans": chinese_content}


def translate_demo(content, plan, texts, user, tally):
    """Translate the demo as ``plan`` (``data``) says; the translators used."""
    translators = []
    for code, planned in PLANS.items():
        translator = Translator(
            Locale.objects.get(language_code=code), texts[code], user, tally
        )
        for instance in planned(content, plan):
            translator.translate(instance)
        translators.append(translator)
    english = translators[0].locale
    release = child_page(content.sections["newsroom"], plan.OUTDATED_RELEASE["slug"])
    outcome = make_outdated(release, plan.OUTDATED_RELEASE["change"], english, user)
    tally.add(
        f"Vietnamese release changed after its {english.language_code} translation",
        outcome,
    )
    return translators


def make_outdated(page, change, locale, user):
    """Change a sentence of a translated page and publish it, once.

    The translation then predates its source: what a reader sees when the
    Vietnamese original was updated after it was translated.
    """
    translation = page.get_translation_or_none(locale)
    if translation is None or not translation.live:
        return "skipped: no published translation"
    old, new = change
    paragraphs = [
        (index, block)
        for index, block in enumerate(page.body)
        if block.block_type == "paragraph"
    ]
    texts = [page.lead, *(block.value.source for _index, block in paragraphs)]
    if not any(old in text for text in texts):
        # Changed by an earlier run, or the data no longer has that sentence.
        return UNCHANGED if any(new in text for text in texts) else "not found"
    page.lead = page.lead.replace(old, new)
    for index, block in paragraphs:
        if old in block.value.source:
            html = block.value.source.replace(old, new)
            page.body[index] = ("paragraph", RichText(html), block.id)
    page.save_revision(user=user).publish(user=user)
    return UPDATED
