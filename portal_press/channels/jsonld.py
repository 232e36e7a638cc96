"""Structured data (schema.org JSON-LD) of every page, for search engines.

NewsArticle for a release (its issuing agency as author, the portal as
publisher, both GovernmentOrganization), Event for a training (attendance
mode, status, place and online location, organiser, speakers), the
directory's agencies as GovernmentOrganization with their spokespersons as
Person with a ContactPoint, and WebPage for any other page. Built from the
page's own template context (what the page shows, from the gate), and
written with the escaping of Django's ``json_script``: no editor text can
close the ``<script>`` element.
"""

from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from ..models import (
    PressReleasePage,
    SpokespersonDirectoryPage,
    TrainingAnnouncementPage,
    TrainingEventStatus,
    TrainingFormat,
)
from ..security.escaping import html_safe_json
from ..validators import phone_uri

SCHEMA = "https://schema.org"
ATTENDANCE = {
    TrainingFormat.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    TrainingFormat.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    TrainingFormat.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}
STATUS = {
    TrainingEventStatus.SCHEDULED: f"{SCHEMA}/EventScheduled",
    TrainingEventStatus.RESCHEDULED: f"{SCHEMA}/EventRescheduled",
    TrainingEventStatus.CANCELLED: f"{SCHEMA}/EventCancelled",
}


def script(data):
    """``<script type="application/ld+json">`` holding ``data``, safely."""
    return mark_safe(  # noqa: S308 - no <, > or & is left in the JSON
        f'<script type="application/ld+json">{html_safe_json(data)}</script>'
    )


def organisation(agency, request=None):
    if agency is None:
        return None
    data = {"@type": "GovernmentOrganization", "name": agency.name}
    for key, value in (
        ("alternateName", agency.short_name),
        ("telephone", agency.phone and phone_uri(agency.phone).removeprefix("tel:")),
        ("faxNumber", agency.fax and phone_uri(agency.fax).removeprefix("tel:")),
        ("email", agency.email),
        ("address", agency.address),
        ("url", agency.website),
    ):
        if value:
            data[key] = value
    return data


def publisher(page, request):
    site = Site.find_for_request(request) if request else None
    data = {"@type": "GovernmentOrganization", "name": site.site_name if site else ""}
    if site is not None:
        data["url"] = site.root_url
    return data


def _base(page, request, kind):
    return {
        "@context": SCHEMA,
        "@type": kind,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }


def news_article(page, context, request):
    data = _base(page, request, "NewsArticle")
    data.update(
        headline=page.title,
        description=page.lead,
        datePublished=page.released_at,
        dateModified=page.last_published_at or page.released_at,
        author=organisation(context.get("issuing_agency")),
        publisher=publisher(page, request),
        mainEntityOfPage=data["url"],
    )
    if page.reference:
        data["identifier"] = page.reference
    return data


def event(page, context, request):
    data = _base(page, request, "Event")
    data.update(
        name=page.title,
        description=page.lead,
        startDate=page.starts_at,
        endDate=page.ends_at,
        eventStatus=STATUS.get(page.event_status, STATUS["scheduled"]),
        eventAttendanceMode=ATTENDANCE.get(page.event_format),
        organizer=organisation(context.get("organiser")),
    )
    places = []
    if page.event_format != TrainingFormat.ONLINE and (
        page.main_venue or page.main_venue_address
    ):
        places.append(
            {
                "@type": "Place",
                "name": page.main_venue or page.main_venue_address,
                "address": page.main_venue_address or page.main_venue,
            }
        )
    places += [
        {"@type": "Place", "name": point.name, "address": point.address or point.name}
        for point in context.get("connection_points") or []
    ]
    if page.meeting_url:
        places.append({"@type": "VirtualLocation", "url": page.meeting_url})
    if places:
        data["location"] = places
    performers = [
        {"@type": "Person", "name": speaker.name, "jobTitle": speaker.title}
        | ({"affiliation": speaker.organisation} if speaker.organisation else {})
        for speaker in context.get("speakers", page.speakers.all())
    ]
    if performers:
        data["performer"] = performers
    return data


def person(entry):
    point = {"@type": "ContactPoint", "contactType": entry.role.name}
    if entry.office_phone or entry.mobile_phone:
        number = entry.office_phone or entry.mobile_phone
        point["telephone"] = phone_uri(number).removeprefix("tel:")
    if entry.email:
        point["email"] = entry.email
    if entry.press_languages:
        point["availableLanguage"] = list(entry.press_languages)
    return {
        "@type": "Person",
        "name": entry.full_name,
        "jobTitle": entry.position,
        "contactPoint": point,
    }


def directory(page, context, request):
    graph = []
    for _kind, agencies in context.get("groups") or []:
        for agency, people in agencies:
            data = organisation(agency)
            data["member"] = [person(entry) for entry in people]
            graph.append(data)
    data = _base(page, request, "WebPage")
    data.update(name=page.title, publisher=publisher(page, request))
    return {"@context": SCHEMA, "@graph": [data, *graph]}


def web_page(page, context, request):
    data = _base(page, request, "WebPage")
    data.update(name=page.title, publisher=publisher(page, request))
    if page.search_description:
        data["description"] = page.search_description
    return data


BUILDERS = [
    (PressReleasePage, news_article),
    (TrainingAnnouncementPage, event),
    (SpokespersonDirectoryPage, directory),
    (Page, web_page),
]


def structured_data(page, context, request):
    """The JSON-LD object of ``page`` (a specific page), or None."""
    for model, build in BUILDERS:
        if isinstance(page, model):
            return _without_empty(build(page, context, request))
    return None


def _without_empty(value):
    if isinstance(value, dict):
        return {
            k: _without_empty(v) for k, v in value.items() if v not in ("", None, [])
        }
    if isinstance(value, list):
        return [_without_empty(item) for item in value]
    return value
