"""Per-agency rights: what an agency's officers and leaders may do, and where.

Wagtail grants page rights on a sub-tree and snippet rights on a whole
model. An agency's groups (:class:`~portal_press.models.AgencyGroup`) are
granted the same rights on the newsroom and the training index, and on the
register's models; what this module adds is the scope: **a right that comes
through an agency's group applies to that agency's content only** — its
releases, trainings, spokespersons and its own entry, in every language.
On a section page itself (the newsroom, the training index) it only lets
them create content there.

Rights that come from any other group (Wagtail's Editors and Moderators, a
site's own groups) or that a user holds directly are not scoped, and
superusers keep every right: the province's press office can keep working on
every agency's content.

The same rule answers everywhere: the page permission tester (edit, publish,
unpublish, preview, copy, move, delete, lock, history, revisions), the page
permission policy (the explorer, reports, dashboard panels), the snippet
permission policy (the register's listings and views), choosers, and
wagtail-localize's translation views.
"""

from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.models import AbstractPage, Page, PagePermissionTester, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from ..models import Agency, AgencyGroup, Spokesperson
from ..models.editorial_groups import editorial_agency
from ..publishing import visibility

# The actions that show a piece of content to an editor: whoever has none of
# them on it cannot open, preview or choose it.
EDITING_ACTIONS = frozenset({"change", "publish"})
SNIPPET_VIEW_ACTIONS = frozenset({"change", "publish", "delete", "lock", "unlock"})


def agency_groups_of(user):
    """``{group id: agency translation key}`` of the user's agency groups."""
    if not user.is_authenticated:
        return {}
    cached = user.__dict__.get("_portal_press_agency_groups")
    if cached is None:
        cached = dict(
            AgencyGroup.objects.of_user(user).values_list(
                "group_id", "agency__translation_key"
            )
        )
        user.__dict__["_portal_press_agency_groups"] = cached
    return cached


def agencies_of(user):
    """The agencies (in the default language) whose groups the user is in."""
    return Agency.objects.filter(editorial_groups__group__user=user).distinct()


def is_scoped(user):
    """Whether some of the user's rights are limited to agencies."""
    return (
        user.is_authenticated
        and user.is_active
        and not user.is_superuser
        and bool(agency_groups_of(user))
    )


def _agency_key(obj):
    agency = editorial_agency(obj)
    return agency.translation_key if agency is not None else None


def _page_agency_key(user, page):
    """The agency key of ``page``, for the tester, in a few queries for a
    whole listing rather than one or two a row. A specific page is read by
    its agency's id as it stands (an edit form's instance holds the posted
    agency); a generic ``Page`` (a chooser's row) with its siblings."""
    field = getattr(type(page), "editorial_agency_field", None)
    if field is not None:
        agency_id = getattr(page, f"{field}_id", None)
        return None if agency_id is None else _agency_key_of_id(user, agency_id)
    if page.pk is None:
        return _agency_key(page)
    known = user.__dict__.setdefault("_portal_press_page_agencies", {})
    if page.pk not in known:
        known.update(_sibling_agency_keys(page))
        known.setdefault(page.pk, _agency_key(page))
    return known[page.pk]


def _agency_key_of_id(user, agency_id):
    """An agency's translation key by its id: every agency read once per
    request (the register is small), again only for one created since."""
    keys = user.__dict__.get("_portal_press_agency_keys")
    if keys is None or agency_id not in keys:
        keys = dict(Agency.objects.values_list("pk", "translation_key"))
        user.__dict__["_portal_press_agency_keys"] = keys
    return keys.get(agency_id)


def _sibling_agency_keys(page):
    """``{pk: agency key or None}`` of ``page`` and its siblings."""
    siblings = Page.objects.filter(
        path__startswith=page.path[: -Page.steplen], depth=page.depth
    )
    found = dict.fromkeys(siblings.values_list("pk", flat=True))
    for model in _agency_page_models():
        field = f"{model.editorial_agency_field}__translation_key"
        found.update(model.objects.filter(pk__in=found).values_list("pk", field))
    return found


def _agency_page_models():
    return [
        model
        for model in get_page_models()
        if getattr(model, "editorial_agency_field", None)
    ]


def _agency_content(keys=None):
    """A condition on pages: content of one of the agencies ``keys``, or of
    any agency when ``keys`` is ``None``."""
    condition = Q(pk__in=[])
    for model in _agency_page_models():
        rows = model.objects.all()
        if keys is not None:
            field = f"{model.editorial_agency_field}__translation_key__in"
            rows = rows.filter(**{field: keys})
        condition |= Q(pk__in=rows.values("pk"))
    return condition


# Pages


def page_actions(policy, user, page):
    """The actions (``add``, ``change``, ``publish``…) ``user`` has on ``page``."""
    groups = agency_groups_of(user)
    key = unknown = object()
    actions = set()
    for perm in policy.get_cached_permissions_for_user(user):
        if not page.path.startswith(perm.page.path):
            continue
        action = perm.permission.codename.rsplit("_", maxsplit=1)[0]
        group_agency = groups.get(perm.group_id)
        if group_agency is not None:
            if key is unknown:
                key = _page_agency_key(user, page)
            if key is None:
                # A section: an agency may only create its content there.
                if action != "add":
                    continue
            elif key != group_agency:
                continue
        actions.add(action)
    return actions


class AgencyPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with agency groups' rights kept to their agency."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if self.user.is_active and not self.user.is_superuser:
            self.permissions = page_actions(self.permission_policy, user, page)


class AgencyPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with agency groups' rights kept to their agency."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        base_permission = self._base_user_has_permission(user)
        if base_permission is not None:
            return base_permission
        granted = page_actions(self, user, instance)
        if "add" in granted and instance.owner_id == user.pk:
            granted.add("change")
        return bool(set(actions) & granted)

    def instances_user_has_any_permission_for(self, user, actions):
        base_queryset = self._base_queryset_for_user(user)
        if base_queryset is not None:
            return base_queryset
        groups = agency_groups_of(user)
        manager = self.model._default_manager
        pages = manager.none()
        codenames = self._get_permission_codenames(actions)
        add = self._get_permission_codename("add")
        for perm in self.get_cached_permissions_for_user(user):
            owned_only = perm.permission.codename == add and "add" not in actions
            if not (owned_only and "change" in actions) and (
                perm.permission.codename not in codenames
            ):
                continue
            found = manager.descendant_of(perm.page, inclusive=True)
            if owned_only:
                found = found.filter(owner=user)
            group_agency = groups.get(perm.group_id)
            if group_agency is not None:
                in_agency = _agency_content([group_agency])
                if perm.permission.codename == add and "add" in actions:
                    in_agency |= Q(pk=perm.page_id)
                found = found.filter(in_agency)
            pages |= found
        return pages


def visible_pages(pages, user):
    """``pages`` without other agencies' content the public cannot see yet.

    What a scoped user is shown in the explorer, the admin search and the
    page chooser: content of their agency, content of no agency, and what
    is public anyway.
    """
    if not is_scoped(user):
        return pages
    policy = policy_registry.get_by_type(Page)
    editable = policy.instances_user_has_any_permission_for(user, EDITING_ACTIONS)
    public = visibility.public(Page.objects.all())
    return pages.filter(
        ~_agency_content()
        | Q(pk__in=editable.values("pk"))
        | Q(pk__in=public.values("pk"))
    )


# Snippets


def _split_permissions(user):
    """``(unscoped, {agency key: scoped})``: the user's permission names
    (``app_label.codename``), apart from those its agency groups give."""
    cached = user.__dict__.get("_portal_press_scoped_permissions")
    if cached is not None:
        return cached
    groups = agency_groups_of(user)
    names = ("content_type__app_label", "codename")
    unscoped = {
        f"{app}.{codename}"
        for app, codename in Permission.objects.filter(
            Q(user=user) | Q(group__user=user) & ~Q(group__in=list(groups))
        ).values_list(*names)
    }
    scoped = {}
    for group_id, app, codename in Permission.objects.filter(
        group__in=list(groups)
    ).values_list("group", *names):
        scoped.setdefault(groups[group_id], set()).add(f"{app}.{codename}")
    cached = user.__dict__["_portal_press_scoped_permissions"] = (unscoped, scoped)
    return cached


def may_change_register(user):
    """Whether ``user`` may change an agency's name, kind and place in the
    register (parent, closure, successor): a right on agencies that is not
    one of an agency's own groups', which keep its contact details."""
    if user is None or not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    unscoped, _scoped = _split_permissions(user)
    return "portal_press.change_agency" in unscoped


class AgencySnippetPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model policy, with agency groups' rights kept to their agency.

    For the register's models (spokespersons, agencies): an officer of one
    agency edits that agency's entries and no other's.
    """

    def _names(self, actions):
        return {self._get_permission_name(action) for action in actions}

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not (user.is_authenticated and user.is_active):
            return False
        if user.is_superuser:
            return True
        names = self._names(actions)
        unscoped, scoped = _split_permissions(user)
        if names & unscoped:
            return True
        key = _agency_key(instance)
        return key is not None and bool(names & scoped.get(key, set()))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, {action}, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if not (user.is_authenticated and user.is_active):
            return manager.none()
        if user.is_superuser:
            return manager.all()
        names = self._names(actions)
        unscoped, scoped = _split_permissions(user)
        if names & unscoped:
            return manager.all()
        keys = [key for key, granted in scoped.items() if names & granted]
        return manager.filter(**{f"{self._agency_path()}__in": keys})

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, {action})

    def _agency_path(self):
        if issubclass(self.model, Agency):
            return "translation_key"
        return f"{self.model.editorial_agency_field}__translation_key"

    def can_see(self, user, instance):
        return self.user_has_any_permission_for_instance(
            user, SNIPPET_VIEW_ACTIONS, instance
        )

    def choosable(self, queryset, user):
        """What a chooser lists: what the user may edit, and what is public."""
        if not is_scoped(user) and self.user_has_any_permission(user, {"change"}):
            return queryset
        editable = self.instances_user_has_any_permission_for(user, EDITING_ACTIONS)
        public = visibility.public(self.model._default_manager.all())
        return queryset.filter(
            Q(pk__in=editable.values("pk")) | Q(pk__in=public.values("pk"))
        )


# Forms


def limit_agency_choices(form, field_name, user):
    """Offer a scoped user only their own agencies in ``field_name``.

    The chooser may show every agency (a co-issuer can be anyone), but the
    agency that answers for the content must be one of the user's: anything
    else is refused by the form as an invalid choice. An agency already set
    on the content stays valid, so that the province's editors' choices
    survive an officer's edit of other fields.
    """
    field = form.fields.get(field_name)
    if field is None or user is None or not is_scoped(user):
        return
    keys = set(agency_groups_of(user).values())
    current = getattr(form.instance, f"{field_name}_id", None)
    field.queryset = field.queryset.filter(Q(translation_key__in=keys) | Q(pk=current))


def register_policies():
    """Put the agency-scoped policies in Wagtail's registry (at start-up,
    before anything asks Wagtail for a policy of these models)."""
    register_permission_policy(AbstractPage, AgencyPagePermissionPolicy(Page))
    for model in (Agency, Spokesperson):
        register_permission_policy(model, AgencySnippetPermissionPolicy(model))
