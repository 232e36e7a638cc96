"""Wagtail's and Django's signals, turned into content events (:mod:`.events`).

Pages: published (a translation's publication is its own event), unpublished,
deleted, moved, and view restrictions added, changed or lifted. Snippets
with a visibility rule or declared dependents (agencies, spokespersons,
topics…): saved (which includes publishing and unpublishing), deleted.
Workflows: approved, rejected. Fixtures being loaded (``raw``) are ignored.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

from . import events, locale_memo, page_rule, request_memo, visibility
from .sources import default_language_code
from .withdrawal import WithdrawalMixin


def _page_published(sender, instance, **kwargs):
    if not instance.live:
        # Wagtail announces a publication scheduled for later as published;
        # the page goes live (and is announced) when its time comes.
        return
    is_translation = instance.locale.language_code != default_language_code()
    events.emit(
        events.TRANSLATION_PUBLISHED if is_translation else events.PUBLISHED,
        [instance],
    )
    if isinstance(instance, WithdrawalMixin) and instance.is_withdrawn():
        events.emit(events.WITHDRAWN, [instance])


def _page_unpublished(sender, instance, **kwargs):
    if instance.live:
        # Wagtail announces a page being deleted as unpublished, while it is
        # still live and its rows are being deleted: the deletion follows.
        return
    events.emit(events.UNPUBLISHED, [instance])


def _page_moved(sender, instance, **kwargs):
    # A move can put pages under a view restriction, or take them out of one.
    events.emit(events.MOVED, [instance], affected=events.pages_under(instance))


def _restriction_changed(sender, instance, **kwargs):
    request_memo.forget(page_rule.RESTRICTED_PATHS)
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        events.emit(
            events.RESTRICTION_CHANGED, [page], affected=events.pages_under(page)
        )


def _is_tracked_snippet(model):
    if issubclass(model, Page):
        return False  # pages have their own signals
    try:
        visibility.rule_for(model)
    except LookupError:
        return events.is_watched(model)
    return True


def _saved(sender, instance, **kwargs):
    if not kwargs.get("raw") and _is_tracked_snippet(sender):
        events.emit(events.CHANGED, [instance])


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        # Deleting a page deletes its rows in each table of its type: one event.
        if type(instance) is instance.specific_class:
            events.emit(events.DELETED, [instance])
    elif _is_tracked_snippet(sender):
        events.emit(events.DELETED, [instance])


def _workflow_approved(sender, instance, **kwargs):
    events.emit(events.WORKFLOW_APPROVED, [instance.content_object])


def _workflow_rejected(sender, instance, **kwargs):
    events.emit(events.WORKFLOW_REJECTED, [instance.content_object])


def _forget_content_facts(sender, **kwargs):
    # Anything saved or deleted in a request may be a source or an object
    # whose visibility was read before in the same request.
    request_memo.forget_content_facts()


def connect():
    request_memo.connect()
    locale_memo.connect()
    uid = "portal_press_events_{}".format
    for signal in (post_save, post_delete):
        signal.connect(_forget_content_facts, dispatch_uid=uid(f"facts_{signal}"))
    page_published.connect(_page_published, dispatch_uid=uid("published"))
    page_unpublished.connect(_page_unpublished, dispatch_uid=uid("unpublished"))
    post_page_move.connect(_page_moved, dispatch_uid=uid("moved"))
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=uid(f"restriction_{signal is post_save}"),
        )
    post_save.connect(_saved, dispatch_uid=uid("saved"))
    post_delete.connect(_deleted, dispatch_uid=uid("deleted"))
    workflow_approved.connect(_workflow_approved, dispatch_uid=uid("approved"))
    workflow_rejected.connect(_workflow_rejected, dispatch_uid=uid("rejected"))
