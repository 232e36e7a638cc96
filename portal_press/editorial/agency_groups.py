"""Each active agency's two groups, "<agency> – officers" and "<agency> – leaders".

Officers create and edit their agency's releases and trainings and submit
them for approval, and prepare its spokespersons' entries as drafts; leaders
also approve, publish, unpublish and lock them, publish the entries and keep
the agency's own entry up to date. The rights are Wagtail's, granted on every
newsroom and training index (in every language) and on the register's
models; :mod:`.permissions` keeps them to the agency's own content.

The groups follow the agency: made when it is created, renamed with it, and
left without any right (members kept, for the record) when it closes.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.utils import translation
from django.utils.translation import gettext, pgettext_lazy
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from ..models import (
    Agency,
    AgencyGroup,
    AgencyGroupRole,
    PressReleaseIndexPage,
    TrainingIndexPage,
)
from ..publishing.sources import default_language_code

GROUP_NAME_SUFFIX = {
    AgencyGroupRole.OFFICERS: pgettext_lazy("agency group", "officers"),
    AgencyGroupRole.LEADERS: pgettext_lazy("agency group", "leaders"),
}

# Rights on the sections, as Wagtail names them (kept to the agency's content).
PAGE_ACTIONS = {
    AgencyGroupRole.OFFICERS: ["add", "change"],
    AgencyGroupRole.LEADERS: ["add", "change", "publish", "lock", "unlock"],
}
MODEL_PERMISSIONS = {
    AgencyGroupRole.OFFICERS: [
        "wagtailadmin.access_admin",
        "portal_press.add_spokesperson",
        "portal_press.change_spokesperson",
        "wagtail_localize.submit_translation",
    ],
    AgencyGroupRole.LEADERS: [
        "wagtailadmin.access_admin",
        "portal_press.add_spokesperson",
        "portal_press.change_spokesperson",
        "portal_press.publish_spokesperson",
        "portal_press.change_agency",
        "wagtail_localize.submit_translation",
    ],
}
# Pictures and attachments of their releases, in the root collection.
COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]

GROUP_NAME_LENGTH = Group._meta.get_field("name").max_length


def group_name(agency, role):
    """ "Sở Văn hóa, Thể thao và Du lịch – lãnh đạo", in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        suffix = f" – {gettext(GROUP_NAME_SUFFIX[role])}"
    return agency.name[: GROUP_NAME_LENGTH - len(suffix)] + suffix


def _free_name(name, agency, agency_group):
    """``name``, or ``name`` with the agency's short name when another group
    (two agencies of the same name, one closed) has it already."""
    taken = Group.objects.filter(name=name)
    if agency_group is not None:
        taken = taken.exclude(pk=agency_group.group_id)
    if not taken.exists():
        return name
    mark = f" ({agency.short_name or agency.pk})"
    return name[: GROUP_NAME_LENGTH - len(mark)] + mark


def _permissions(names):
    found = []
    for name in names:
        app_label, codename = name.split(".", 1)
        found.extend(
            Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        )
    return found


def _grant(group, role):
    group.permissions.set(_permissions(MODEL_PERMISSIONS[role]))
    sections = [
        *PressReleaseIndexPage.objects.all(),
        *TrainingIndexPage.objects.all(),
    ]
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        codename__in=[f"{action}_page" for action in PAGE_ACTIONS[role]],
    )
    wanted = {
        (section.pk, permission.pk)
        for section in sections
        for permission in page_permissions
    }
    rows = GroupPagePermission.objects.filter(group=group)
    existing = {(row.page_id, row.permission_id): row.pk for row in rows}
    rows.filter(
        pk__in=[pk for key, pk in existing.items() if key not in wanted]
    ).delete()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in wanted - existing.keys()
    )
    root = Collection.get_first_root_node()
    if root is not None:
        for permission in _permissions(COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def _revoke(group):
    group.permissions.clear()
    GroupPagePermission.objects.filter(group=group).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()


def sync_agency(agency):
    """Make, rename, grant or revoke the agency's two groups; returns them."""
    groups = []
    existing = {row.role: row for row in agency.editorial_groups.select_related()}
    for role in AgencyGroupRole:
        agency_group = existing.get(role)
        if agency_group is None and not agency.is_active:
            continue
        name = _free_name(group_name(agency, role), agency, agency_group)
        if agency_group is None:
            group = Group.objects.create(name=name)
            agency_group = AgencyGroup.objects.create(
                agency=agency, role=role, group=group
            )
        elif agency_group.group.name != name:
            agency_group.group.name = name
            agency_group.group.save(update_fields=["name"])
        if agency.is_active:
            _grant(agency_group.group, role)
        else:
            _revoke(agency_group.group)
        groups.append(agency_group)
    return groups


def sources():
    """The agencies in the default language (translations share their groups)."""
    return Agency.objects.filter(locale__language_code=default_language_code())


def sync_all():
    """Every agency's groups, as :func:`sync_agency` leaves them."""
    return [group for agency in sources() for group in sync_agency(agency)]


def _on_agency_saved(sender, instance, raw=False, **kwargs):
    if raw or instance.locale.language_code != default_language_code():
        return
    sync_agency(instance)


def _on_section_created(sender, instance, created=False, raw=False, **kwargs):
    # A newsroom or training index made later (a new language's tree, made
    # by wagtail-localize): the agencies' rights reach it too.
    if created and not raw:
        for agency_group in AgencyGroup.objects.select_related("agency", "group"):
            if agency_group.agency.is_active:
                _grant(agency_group.group, agency_group.role)


def connect():
    post_save.connect(
        _on_agency_saved, sender=Agency, dispatch_uid="portal_press_agency_groups"
    )
    for section in (PressReleaseIndexPage, TrainingIndexPage):
        post_save.connect(
            _on_section_created,
            sender=section,
            dispatch_uid=f"portal_press_agency_groups_{section.__name__}",
        )
