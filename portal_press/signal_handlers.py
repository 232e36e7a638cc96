"""The one place that reacts to content events and updates what depends on them.

For now that is the Elasticsearch index of the public search (the database
backend is kept current by Wagtail itself). Updates run after the
transaction commits, so a rolled-back save leaves the index alone, and they
never raise: an unreachable search service must not stop an editor saving.
"""

import functools
import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import (
    Agency,
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    TrainingAnnouncementPage,
)
from .search import connection, indexing
from .search.documents import KINDS

logger = logging.getLogger(__name__)

PAGE_MODELS = (PressReleasePage, TrainingAnnouncementPage, ProvincePromotionPage)


def _after_commit(work):
    """Run ``work`` once the transaction commits, only with Elasticsearch on."""

    @functools.wraps(work)
    def handler(*args, **kwargs):
        if not connection.is_configured():
            return

        def run():
            try:
                work(*args, **kwargs)
            except Exception:  # noqa: BLE001 - saving must keep working
                logger.warning(
                    "Could not update the search index (%s)",
                    work.__name__,
                    exc_info=True,
                )

        transaction.on_commit(run)

    return handler


@_after_commit
def update_object(sender, instance, **kwargs):
    indexing.update_objects([type(instance).objects.get(pk=instance.pk)])


@_after_commit
def remove_object(sender, instance, **kwargs):
    indexing.delete_objects([(KINDS[type(instance)], instance.pk)])


@_after_commit
def update_moved_pages(sender, instance, **kwargs):
    # A move can put pages under a view restriction, or take them out of one.
    indexing.update_objects(
        page
        for model in PAGE_MODELS
        for page in model.objects.descendant_of(instance, inclusive=True)
    )


@_after_commit
def update_agency_content(sender, instance, **kwargs):
    # The agency's name is in the text of its people's, releases' and
    # trainings' documents, and its kind is a facet.
    indexing.update_objects(
        [
            *Spokesperson.objects.filter(agency=instance),
            *PressReleasePage.objects.filter(issuing_agency=instance),
            *TrainingAnnouncementPage.objects.filter(organiser=instance),
        ]
    )


def connect():
    for model in PAGE_MODELS:
        uid = f"portal_press_index_{model.__name__}"
        page_published.connect(update_object, sender=model, dispatch_uid=uid)
        page_unpublished.connect(update_object, sender=model, dispatch_uid=uid)
        post_delete.connect(remove_object, sender=model, dispatch_uid=uid)
    post_page_move.connect(update_moved_pages, dispatch_uid="portal_press_index_move")
    post_save.connect(
        update_object, sender=Spokesperson, dispatch_uid="portal_press_index_person"
    )
    post_delete.connect(
        remove_object, sender=Spokesperson, dispatch_uid="portal_press_index_person"
    )
    post_save.connect(
        update_agency_content, sender=Agency, dispatch_uid="portal_press_index_agency"
    )
    post_delete.connect(
        update_agency_content,
        sender=Agency,
        dispatch_uid="portal_press_index_agency",
    )
