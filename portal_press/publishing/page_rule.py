"""When a page is public: live, unrestricted, not expired, not under embargo,
not withdrawn.

The facts are the source page's (a translation is public only when its
Vietnamese source is, and is itself live); view restrictions on the
translation's own tree apply too. Expiry counts from ``expire_at`` itself,
before Wagtail's ``publish_scheduled`` gets round to unpublishing.
"""

import functools
from operator import attrgetter

from django.apps import apps
from django.db.models import Exists, Min, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction, Revision

from . import events, request_memo
from .embargo import EmbargoMixin
from .rules import Crossing, TranslatedRule, sources_only
from .sources import asking_about_few_rows, follow_source
from .withdrawal import WithdrawalMixin


@functools.cache
def models_with(mixin, model):
    """The concrete page models with ``mixin`` among ``model`` and its subclasses."""
    return [
        candidate
        for candidate in apps.get_models()
        if issubclass(candidate, mixin) and issubclass(candidate, model)
    ]


def embargoed_models(model):
    return models_with(EmbargoMixin, model)


def withdrawable_models(model):
    return models_with(WithdrawalMixin, model)


RESTRICTED_PATHS = "restricted_paths"


def restricted_paths():
    """The tree paths of the pages with a view restriction (once a request)."""
    return request_memo.remembered(
        RESTRICTED_PATHS,
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def unrestricted():
    """Pages under no view restriction, as a condition.

    Inside a request, against the restricted paths read once for it. For a
    few rows outside one (a publication's subscribers, the tick, a task),
    each row asks whether a restriction sits above it, rather than the list
    being read first for one question.
    """
    if asking_about_few_rows() and not request_memo.active():
        # A restriction is above a page when its page's path begins the page's.
        beginning = Substr(OuterRef("path"), 1, Length("page__path"))
        return ~Exists(PageViewRestriction.objects.filter(page__path=beginning))
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def released(model, now):
    """Pages of ``model`` whose embargo, if they have one, has ended at ``now``."""
    if issubclass(model, EmbargoMixin):
        return ~Q(embargo_until__gt=now)
    condition = Q()
    for embargoed in embargoed_models(model):
        held = embargoed._default_manager.filter(embargo_until__gt=now)
        condition &= ~Q(pk__in=held.values("pk"))
    return condition


def not_withdrawn(model, now):
    """Pages of ``model`` not withdrawn at ``now`` (withdrawal taken effect)."""
    if issubclass(model, WithdrawalMixin):
        return ~Q(withdrawn_at__lte=now)
    condition = Q()
    for withdrawable in withdrawable_models(model):
        gone = withdrawable._default_manager.filter(withdrawn_at__lte=now)
        condition &= ~Q(pk__in=gone.values("pk"))
    return condition


class PageRule(TranslatedRule):
    def prepare(self):
        # The view restrictions, read once for the pages and their sources.
        return unrestricted()

    def servable(self, queryset, now):
        # Wagtail asks for the login or password of a restricted page as it
        # serves it, and a withdrawn page keeps its address for the notice:
        # only the other facts decide here.
        model = queryset.model
        not_expired = Q(expire_at__isnull=True) | Q(expire_at__gt=now)
        facts = Q(live=True) & not_expired & released(model, now)
        queryset = queryset.filter(self.own_facts(model, now, Q()))
        return follow_source(queryset, facts)

    def own_facts(self, model, now, unrestricted_pages):
        return Q(live=True) & unrestricted_pages

    def lasting_facts(self, model, now, unrestricted_pages):
        # An expiry or a withdrawal that has taken effect never ends by itself.
        not_expired = Q(expire_at__isnull=True) | Q(expire_at__gt=now)
        return (
            Q(live=True) & unrestricted_pages & not_expired & not_withdrawn(model, now)
        )

    def facts(self, model, now, unrestricted_pages):
        return self.lasting_facts(model, now, unrestricted_pages) & released(model, now)

    def window(self, source):
        embargo = getattr(source, "embargo_until", None)
        ends = [
            time
            for time in (source.expire_at, getattr(source, "withdrawn_at", None))
            if time
        ]
        return (embargo, min(ends, default=None))

    def next_boundary(self, model, now):
        pages = model._default_manager.filter(live=True)
        times = [
            pages.filter(expire_at__gt=now).aggregate(at=Min("expire_at"))["at"],
            Revision.page_revisions.filter(approved_go_live_at__gt=now).aggregate(
                at=Min("approved_go_live_at")
            )["at"],
        ]
        for embargoed in embargoed_models(model):
            held = embargoed._default_manager.filter(embargo_until__gt=now)
            times.append(held.aggregate(at=Min("embargo_until"))["at"])
        for withdrawable in withdrawable_models(model):
            going = withdrawable._default_manager.filter(withdrawn_at__gt=now)
            times.append(going.aggregate(at=Min("withdrawn_at"))["at"])
        return min((time for time in times if time), default=None)

    def editor_can_view(self, page, user):
        return page.permissions_for_user(user).can_edit()

    def crossings(self, model, since, now):
        def passed(queryset, field):
            window = {f"{field}__gt": since, f"{field}__lte": now}
            return sources_only(queryset.filter(**window))

        pages = model._default_manager.all()
        yield Crossing(
            events.WENT_LIVE,
            passed(pages, "go_live_at"),
            attrgetter("go_live_at"),
        )
        yield Crossing(
            events.EXPIRED, passed(pages, "expire_at"), attrgetter("expire_at")
        )
        for embargoed in embargoed_models(model):
            yield Crossing(
                events.EMBARGO_LIFTED,
                passed(embargoed._default_manager.all(), "embargo_until"),
                attrgetter("embargo_until"),
            )
        for withdrawable in withdrawable_models(model):
            yield Crossing(
                events.WITHDRAWN,
                passed(withdrawable._default_manager.all(), "withdrawn_at"),
                attrgetter("withdrawn_at"),
            )
