"""Content events: what changed, and everything whose public view it changes.

Wagtail's and Django's signals (:mod:`.signals`) and the passing of time
(:mod:`.tick`) become named events here, each with the objects it is about
and the querysets of everything *affected*: the objects, their translations
in every language (whose visibility follows the source) and what shows them
(an agency's releases, a topic's tagged pages), as models declared with
:func:`register_dependents`. Subscribers — the search indexes today, the
page cache and feeds later — register with :func:`subscribe` and receive
every event they asked for; one failing subscriber never stops a save or
the others.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass

from wagtail.models import Page, TranslatableMixin

logger = logging.getLogger(__name__)

# Editors' actions.
PUBLISHED = "published"
UNPUBLISHED = "unpublished"
DELETED = "deleted"
MOVED = "moved"
WITHDRAWN = "withdrawn"  # taken back in public (see .withdrawal)
TRANSLATION_PUBLISHED = "translation_published"
CHANGED = "changed"  # a snippet saved, published or unpublished
RESTRICTION_CHANGED = "restriction_changed"
WORKFLOW_APPROVED = "workflow_approved"
WORKFLOW_REJECTED = "workflow_rejected"
# The passing of time, announced by the tick.
EMBARGO_LIFTED = "embargo_lifted"
WENT_LIVE = "went_live"
EXPIRED = "expired"
APPOINTMENT_STARTED = "appointment_started"
APPOINTMENT_ENDED = "appointment_ended"

ALL = (
    PUBLISHED,
    UNPUBLISHED,
    DELETED,
    MOVED,
    WITHDRAWN,
    TRANSLATION_PUBLISHED,
    CHANGED,
    RESTRICTION_CHANGED,
    WORKFLOW_APPROVED,
    WORKFLOW_REJECTED,
    EMBARGO_LIFTED,
    WENT_LIVE,
    EXPIRED,
    APPOINTMENT_STARTED,
    APPOINTMENT_ENDED,
)
TIME_EVENTS = (
    EMBARGO_LIFTED,
    WENT_LIVE,
    EXPIRED,
    APPOINTMENT_STARTED,
    APPOINTMENT_ENDED,
)


@dataclass(frozen=True)
class ContentEvent:
    name: str
    # What the event is about, as it was (a deleted object keeps its pk).
    objects: tuple
    # Querysets of everything whose public view may have changed.
    affected: tuple


_subscribers = defaultdict(list)
_dependents = defaultdict(list)


def subscribe(handler, names=ALL):
    """Call ``handler(event)`` for each event named in ``names``."""
    for name in names:
        if handler not in _subscribers[name]:
            _subscribers[name].append(handler)


def unsubscribe(handler):
    for handlers in _subscribers.values():
        if handler in handlers:
            handlers.remove(handler)


def register_dependents(model, find):
    """Declare that ``find(queryset of model)`` returns querysets of objects
    that show instances of ``model`` (and so change when they change)."""
    _dependents[model].append(find)


def is_watched(model):
    """Whether changes to ``model`` concern anyone (a dependent is declared)."""
    return any(cls in _dependents for cls in model.__mro__)


def _with_translations(model, objects):
    """``objects`` and their translations in every language, as a queryset
    (from the objects' keys, so that it holds for objects just deleted)."""
    manager = model._default_manager
    if issubclass(model, TranslatableMixin):
        return manager.filter(translation_key__in={o.translation_key for o in objects})
    return manager.filter(pk__in=[obj.pk for obj in objects])


def _specific_model(obj):
    return obj.specific_class if isinstance(obj, Page) else type(obj)


def dependents_of(model, queryset):
    """The querysets of what shows the rows of ``queryset`` (of ``model``)."""
    found = []
    for cls in model.__mro__:
        for find in _dependents.get(cls, ()):
            found.extend(find(queryset))
    return found


def affected_by(objects):
    """The querysets of what ``objects`` (and their translations) change."""
    by_model = defaultdict(list)
    for obj in objects:
        by_model[_specific_model(obj)].append(obj)
    affected = []
    for model, group in by_model.items():
        changed = _with_translations(model, group)
        affected.append(changed)
        affected.extend(dependents_of(model, changed))
    return tuple(affected)


def pages_under(page):
    """``page``, its descendants and their translations: what a change to the
    tree at ``page`` (a move, a view restriction) affects."""
    tree = Page.objects.descendant_of(page, inclusive=True)
    return (Page.objects.filter(translation_key__in=tree.values("translation_key")),)


def emit(name, objects, affected=None):
    """Announce ``name`` about ``objects`` to its subscribers."""
    objects = tuple(objects)
    if not objects:
        return
    if affected is None:
        affected = affected_by(objects)
    event = ContentEvent(name, objects, tuple(affected))
    for handler in list(_subscribers.get(name, ())):
        try:
            handler(event)
        except Exception:  # noqa: BLE001 - one subscriber never stops the rest
            logger.exception("A subscriber to %s failed: %s", name, handler)
