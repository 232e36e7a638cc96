"""When a document from the library is public: when what uses it is.

Wagtail serves every document to anyone with its URL (collections aside).
A document attached to an embargoed release would then be readable before
the release. So a document that content uses — found through Wagtail's
reference index, which records links from fields, inline rows, StreamField
blocks and rich text — is public only when at least one of the objects
using it is. A document nothing uses keeps Wagtail's behaviour.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import ReferenceIndex
from wagtail.permissions import policy_registry

from . import visibility
from .rules import VisibilityRule


def _referers(queryset):
    """``{document id: {(referring model, object id), …}}`` for ``queryset``."""
    document_ids = queryset.annotate(id_text=Cast("pk", CharField())).values("id_text")
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(queryset.model),
        to_object_id__in=document_ids,
    ).values_list("to_object_id", "base_content_type_id", "object_id")
    referers = defaultdict(set)
    for document_id, content_type_id, object_id in references:
        referers[int(document_id)].add((content_type_id, object_id))
    return referers


def _public_referers(referers, now):
    """The ``(content type id, object id)`` among ``referers`` that are public."""
    by_type = defaultdict(set)
    for pairs in referers.values():
        for content_type_id, object_id in pairs:
            by_type[content_type_id].add(object_id)
    public = set()
    for content_type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        try:
            visibility.rule_for(model)
        except LookupError:
            # Content portal_press knows nothing about keeps Wagtail's rule.
            public.update((content_type_id, pk) for pk in object_ids)
            continue
        rows = visibility.public(
            model._default_manager.filter(pk__in=object_ids), now=now
        )
        public.update(
            (content_type_id, str(pk)) for pk in rows.values_list("pk", flat=True)
        )
    return public


class DocumentRule(VisibilityRule):
    def public(self, queryset, now):
        referers = _referers(queryset)
        public = _public_referers(referers, now)
        hidden = [
            document_id for document_id, pairs in referers.items() if not pairs & public
        ]
        return queryset.exclude(pk__in=hidden)

    def editor_can_view(self, document, user):
        policy = policy_registry.get_by_type(type(document))
        return policy.user_has_any_permission(user, ["add", "change"])
