"""The shape of a visibility rule, and the part every translated model shares.

A rule answers for the rows of one model (see :mod:`.visibility`): which are
public now, which are public at some time (for search indexes), in what
window, and which time boundaries the tick must announce. Rules name fields,
never models, so that the publishing package imports no model.
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q

from .sources import follow_source, in_default_language, sources_by_key


@dataclass(frozen=True)
class Crossing:
    """Rows whose boundary passed during a tick, announced as ``event``.

    ``boundary(obj)`` is the time the row crossed (the start of a day, for a
    date), recorded so that each crossing is announced once.
    """

    event: str
    queryset: object
    boundary: object


class VisibilityRule:
    """What makes rows of one model public. Subclasses override what applies."""

    # True for a model of a few hundred rows whose visibility does not
    # change with the time (the agencies of the register): the public rows
    # are then read once per request, and other questions take their keys
    # as a list rather than as a nested subquery, which costs Django more
    # to compile than the database to answer.
    timeless_and_small = False

    def public(self, queryset, now):
        raise NotImplementedError

    def public_any_time(self, queryset, now):
        return self.public(queryset, now)

    def public_sources(self, queryset, now):
        """:meth:`public` of the rows in the default language (an untranslated
        model's rows are all their own sources)."""
        return self.public(queryset, now)

    def servable(self, queryset, now):
        """What may be served on its own URL: :meth:`public`, except for
        conditions the server asks the visitor to meet (a page's login or
        password)."""
        return self.public(queryset, now)

    def windows(self, objects):
        return {obj.pk: (None, None) for obj in objects}

    def editor_can_view(self, obj, user):
        """Whether a signed-in ``user`` may see ``obj`` while it is not public."""
        return False

    def crossings(self, model, since, now):
        """The :class:`Crossing` of each time boundary in ``(since, now]``."""
        return []

    def next_boundary(self, model, now):
        """The first time after ``now`` when a row may change visibility by
        itself (an embargo's end, an appointment's start…), or ``None``."""
        return None


class TranslatedRule(VisibilityRule):
    """A rule for a translatable model: the facts are the source's.

    ``own_facts`` hold for each translation itself (it is published);
    ``facts`` are decided on the source, for every language at once;
    ``lasting_facts`` are the facts without the windows that open by
    themselves later (what a search index may hold ahead of time). Each
    receives what :meth:`prepare` read once for the whole question.
    """

    def prepare(self):
        return None

    def own_facts(self, model, now, prepared):
        return Q()

    def facts(self, model, now, prepared):
        return Q()

    def lasting_facts(self, model, now, prepared):
        return self.facts(model, now, prepared)

    def window(self, source):
        return (None, None)

    def public(self, queryset, now):
        model, prepared = queryset.model, self.prepare()
        queryset = queryset.filter(self.own_facts(model, now, prepared))
        return follow_source(queryset, self.facts(model, now, prepared))

    def public_any_time(self, queryset, now):
        model, prepared = queryset.model, self.prepare()
        queryset = queryset.filter(self.own_facts(model, now, prepared))
        return follow_source(queryset, self.lasting_facts(model, now, prepared))

    def public_sources(self, queryset, now):
        # A row in the default language is its own source: its own columns
        # decide, with no question about any other row.
        model, prepared = queryset.model, self.prepare()
        return in_default_language(queryset).filter(
            self.own_facts(model, now, prepared) & self.facts(model, now, prepared)
        )

    def windows(self, objects):
        sources = sources_by_key(objects)
        return {
            obj.pk: self.window(sources.get(obj.translation_key, obj))
            for obj in objects
        }


def sources_only(queryset):
    """The rows of ``queryset`` that decide for their translations: those in
    the default language, and those that have no source."""
    sources = in_default_language(queryset.model._default_manager.all())
    has_source = Exists(sources.filter(translation_key=OuterRef("translation_key")))
    return queryset.filter(Q(pk__in=sources.values("pk")) | ~Q(has_source))
