"""The one place that reacts to content events and updates what depends on them.

For now that is the public search's indexes (:mod:`.search.index_updates`):
the database's, and Elasticsearch when configured. Wagtail keeps its own
search index (the admin's) current by itself.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from ..models import (
    Agency,
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    Topic,
    TrainingAnnouncementPage,
)
from ..search import index_updates
from ..search.sources import SOURCES_BY_MODEL

PAGE_MODELS = (PressReleasePage, TrainingAnnouncementPage, ProvincePromotionPage)


def update_object(sender, instance, **kwargs):
    if not kwargs.get("raw"):  # fixtures being loaded
        index_updates.refresh([instance])


def remove_object(sender, instance, **kwargs):
    index_updates.forget([(SOURCES_BY_MODEL[type(instance)].kind, instance.pk)])


def _refresh_pages_under(page):
    for model in PAGE_MODELS:
        index_updates.refresh_later(model.objects.descendant_of(page, inclusive=True))


def update_moved_pages(sender, instance, **kwargs):
    # A move can put pages under a view restriction, or take them out of one.
    _refresh_pages_under(instance)


def update_restricted_pages(sender, instance, **kwargs):
    # Pages under a new (or lifted) view restriction stop (or start) being public.
    if not kwargs.get("raw"):
        _refresh_pages_under(instance.page)


def update_agency_content(sender, instance, **kwargs):
    # The agency's name is in the text of its people's, releases' and
    # trainings' entries, its kind is a facet, and closing it hides its people.
    if kwargs.get("raw"):
        return
    index_updates.refresh_later(Spokesperson.objects.filter(agency=instance))
    index_updates.refresh_later(
        PressReleasePage.objects.filter(issuing_agency=instance)
    )
    index_updates.refresh_later(
        TrainingAnnouncementPage.objects.filter(organiser=instance)
    )


def update_tagged_content(sender, instance, **kwargs):
    # A topic's name is searchable text of everything tagged with it.
    if kwargs.get("raw") or kwargs.get("created"):
        return
    index_updates.refresh_later(Spokesperson.objects.filter(topics=instance))
    index_updates.refresh_later(PressReleasePage.objects.filter(tags=instance))
    index_updates.refresh_later(
        TrainingAnnouncementPage.objects.filter(topics=instance)
    )


def connect():
    for model in PAGE_MODELS:
        uid = f"portal_press_index_{model.__name__}"
        page_published.connect(update_object, sender=model, dispatch_uid=uid)
        page_unpublished.connect(update_object, sender=model, dispatch_uid=uid)
        post_delete.connect(remove_object, sender=model, dispatch_uid=uid)
    post_page_move.connect(update_moved_pages, dispatch_uid="portal_press_index_move")
    for signal in (post_save, post_delete):
        signal.connect(
            update_restricted_pages,
            sender=PageViewRestriction,
            dispatch_uid="portal_press_index_restriction",
        )
        signal.connect(
            update_agency_content,
            sender=Agency,
            dispatch_uid="portal_press_index_agency",
        )
    post_save.connect(
        update_object, sender=Spokesperson, dispatch_uid="portal_press_index_person"
    )
    post_delete.connect(
        remove_object, sender=Spokesperson, dispatch_uid="portal_press_index_person"
    )
    post_save.connect(
        update_tagged_content, sender=Topic, dispatch_uid="portal_press_index_topic"
    )
