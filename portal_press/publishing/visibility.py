"""The one gate for public visibility: what an anonymous visitor may see, now.

Every channel that shows content to the public (pages, listings, counts,
search and autocomplete, the directory, related items, the language switcher
and hreflang, translation notices, feeds, calendars, vCards, sitemaps, the
API, documents) asks this module, and none re-implements a rule. A test
fails when code elsewhere filters on ``live``, an embargo, appointment dates
or an agency's closure to decide what is public.

Each public model registers its :class:`~.rules.VisibilityRule` here, the way
Wagtail registers permission policies; a model inherits the rule of its
nearest registered base class (every page type has the page rule). The gate
imports no model, so models can register without an import cycle.

Facts that are not translated are decided on the translation's source, the
item in the default language (:mod:`.sources`): postponing a Vietnamese
embargo hides its English translation at once, with no synchronisation.
Times come from the portal's clock (:mod:`.clock`), whatever time zone the
request runs in.
"""

from django.db.models import Exists, Q

from . import request_memo
from .clock import portal_now
from .sources import about_few_rows

_rules = {}
IS_PUBLIC = "is_public"
PUBLIC_PKS = "public_pks"
request_memo.CONTENT_FACTS.add(IS_PUBLIC)
request_memo.CONTENT_FACTS.add(PUBLIC_PKS)


def register(model, rule):
    """Make ``rule`` decide what of ``model`` (and its subclasses) is public."""
    _rules[model] = rule


def rule_for(model):
    """The rule of ``model``: its own, or that of its nearest registered base."""
    for cls in model.__mro__:
        if cls in _rules:
            return _rules[cls]
    raise LookupError(
        f"{model._meta.label} has no visibility rule: register one with "
        f"portal_press.publishing.visibility.register() before showing it."
    )


def registered_models():
    return list(_rules)


def _queryset(queryset_or_model):
    if hasattr(queryset_or_model, "_meta"):  # a model class
        return queryset_or_model._default_manager.all()
    return queryset_or_model


def public(queryset, locale=None, now=None):
    """The rows of ``queryset`` (or a model) that an anonymous visitor may see."""
    queryset = _queryset(queryset)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return rule_for(queryset.model).public(queryset, now or portal_now())


def public_sources(queryset, now=None):
    """The public rows of ``queryset`` (or a model) in the default language:
    the entries that decide for their translations (the register's, the
    Vietnamese pages), each by its own columns."""
    queryset = _queryset(queryset)
    return rule_for(queryset.model).public_sources(queryset, now or portal_now())


def public_few(queryset, locale=None, now=None):
    """:func:`public` for a queryset of a few rows (one page's translations,
    a release's related pages): each row's source is looked up by its key,
    so that the question does not grow with the archive."""
    with about_few_rows():
        return public(queryset, locale=locale, now=now)


def public_section_pages(model):
    """The public pages of ``model``, a page type a site has one or a few of
    (a newsroom, a directory), every language, in tree order.

    Read from the model's own table first (a subquery of its keys): asked
    of the whole tree, SQLite starts from every page of the site, or of the
    language, and reaches the few sections last (hundreds of milliseconds
    at 100,000 releases).
    """
    manager = model._default_manager
    pages = manager.filter(pk__in=manager.order_by().values("pk")).order_by()
    return sorted(
        public_few(pages.select_related("locale")), key=lambda page: page.path
    )


def public_any_time(queryset, locale=None, now=None):
    """The rows of ``queryset`` that are public now or will be later on their
    own: what a search index holds, with the window of :func:`public_windows`.

    Rows whose window has ended (an appointment over) are left out.
    """
    queryset = _queryset(queryset)
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return rule_for(queryset.model).public_any_time(queryset, now or portal_now())


def public_pks(model, now=None):
    """The public rows of ``model``, for a filter's ``__in``: a subquery, or
    for a rule that is ``timeless_and_small``, inside a request, the keys
    read once for the request."""
    if not (rule_for(model).timeless_and_small and request_memo.active()):
        return public(model, now=now)
    known = request_memo.remembered(PUBLIC_PKS, dict)
    label = model._meta.label
    if label not in known:
        known[label] = set(public(model, now=now).values_list("pk", flat=True))
    return known[label]


def is_public(obj, now=None):
    """True when an anonymous visitor may see ``obj`` now.

    Asked at the request's own time, the answer is kept for the request (a
    page's header, contacts and feed links ask about the same agency).
    """
    model = type(obj)
    if now is not None or not request_memo.active():
        return _one_is_public(model, obj, now)
    if rule_for(model).timeless_and_small:
        return obj.pk in public_pks(model)
    known = request_memo.remembered(IS_PUBLIC, dict)
    key = (model._meta.label, obj.pk)
    if key not in known:
        known[key] = _one_is_public(model, obj, None)
    return known[key]


def _one_is_public(model, obj, now):
    with about_few_rows():
        return public(model._default_manager.filter(pk=obj.pk), now=now).exists()


def access(obj, now=None):
    """``(servable, public)`` for ``obj``, in one query.

    *Servable*: its own URL may answer anyone (a page's view restriction is
    left to Wagtail, which asks for the login or password as it serves the
    page; a withdrawn release keeps its notice). *Public*: it is public on
    every channel (:func:`public`).
    """
    model = type(obj)
    rule = rule_for(model)
    now = now or portal_now()
    rows = model._default_manager.filter(pk=obj.pk)
    with about_few_rows():
        flags = rows.annotate(
            servable=Exists(rule.servable(rows, now)),
            public=Exists(rule.public(rows, now)),
        ).values_list("servable", "public")
        return flags.first() or (False, False)


def can_view(obj, user, now=None, servable=None):
    """True when ``user`` may open ``obj`` on its own URL: anyone if it is
    servable (see :func:`access`), else its editors."""
    if servable is None:
        servable, _public = access(obj, now)
    if servable:
        return True
    if user is None or not user.is_authenticated:
        return False
    return rule_for(type(obj)).editor_can_view(obj, user)


def public_windows(objects):
    """``{obj.pk: (public_from, public_until)}`` for objects of one model.

    Either end may be ``None`` (no limit). The window is the source's: a
    translation is public when its source is. A fixed number of queries.
    """
    objects = list(objects)
    if not objects:
        return {}
    return rule_for(type(objects[0])).windows(objects)


def public_window(obj):
    return public_windows([obj])[obj.pk]


def next_boundary(now=None):
    """The first time after ``now`` when anything may become public or stop
    being public by itself (no editor acting): what a copy of public content,
    such as a cached page, must not outlive."""
    now = now or portal_now()
    times = [rule_for(model).next_boundary(model, now) for model in registered_models()]
    return min((time for time in times if time), default=None)


def in_public_window(queryset, now=None):
    """Rows of a search index whose window (``public_from``, ``public_until``)
    holds ``now``: the gate's time part, checked when searching so that an
    embargo ends on time without any update of the index."""
    now = now or portal_now()
    return queryset.filter(
        Q(public_from__isnull=True) | Q(public_from__lte=now),
        Q(public_until__isnull=True) | Q(public_until__gt=now),
    )
