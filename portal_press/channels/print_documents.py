"""What a printed release or training says, as labelled text.

Decree 42/2022/NĐ-CP asks for print and archive on every article: a printout
carries the agency, the number, the date and time, the place, the body, the
contacts, the corrections, the page's address and the date it was printed.
The same context builders as the HTML pages supply the agencies and people
(in the page's language, through the gate); :mod:`.pdf` draws the result.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..public.contacts import agency_spokespersons
from ..public.releases import release_context
from ..public.trainings import training_context
from ..publishing.clock import portal_now, portal_timezone
from .print_text import clean, rich_text_blocks, stream_blocks


@dataclass
class Section:
    heading: str
    blocks: list = field(default_factory=list)


@dataclass
class PrintDocument:
    kicker: str
    title: str
    language: str
    url: str
    facts: list = field(default_factory=list)  # (label, value)
    lead: str = ""
    blocks: list = field(default_factory=list)
    sections: list = field(default_factory=list)
    printed_at: object = None


def moment(value):
    return date_format(
        timezone.localtime(value, portal_timezone()), "SHORT_DATETIME_FORMAT"
    )


def _facts(*pairs):
    return [(label, clean(str(value))) for label, value in pairs if value]


def contact_blocks(people):
    blocks = []
    for person in people:
        blocks.append(("strong", f"{person.full_name} — {person.position}"))
        details = [person.agency.name]
        details += [
            f"{label}: {value}"
            for label, value in (
                (_("Office phone"), person.office_phone),
                (_("Mobile phone"), person.mobile_phone),
                (_("Fax"), person.fax),
                (_("Email"), person.email),
            )
            if value
        ]
        blocks.append(("paragraph", " · ".join(clean(d) for d in details)))
    return blocks


def release_document(release, request):
    context = release_context(release, request)
    co_issuers = ", ".join(agency.name for agency in context["co_issuers"])
    document = PrintDocument(
        kicker=_("Press release"),
        title=clean(release.title),
        language=release.locale.language_code,
        url=release.get_full_url(request),
        facts=_facts(
            (_("Issued by"), context["issuing_agency"].name),
            (_("Co-issuing agencies"), co_issuers),
            (_("Number"), release.reference),
            (_("Released"), moment(release.released_at)),
            (_("Place"), release.dateline),
        ),
        lead=clean(release.lead),
        blocks=stream_blocks(release.body),
        printed_at=portal_now(),
    )
    if corrections := context["corrections"]:
        document.sections.append(
            Section(
                _("Corrections"),
                [
                    block
                    for correction in corrections
                    for block in (
                        ("strong", moment(correction.corrected_at)),
                        ("paragraph", clean(correction.text)),
                    )
                ],
            )
        )
    document.sections.append(
        Section(_("Media contacts"), contact_blocks(context["media_contacts"]))
    )
    return document


def _training_facts(training, context):
    co_organisers = ", ".join(agency.name for agency in context["co_organisers"])
    venue = ", ".join(
        p for p in (training.main_venue, training.main_venue_address) if p
    )
    place_label = _("Main connection point") if training.is_remote else _("Venue")
    return _facts(
        (
            _("Status"),
            ""
            if training.event_status == "scheduled"
            else training.get_event_status_display(),
        ),
        (_("When"), f"{moment(training.starts_at)} – {moment(training.ends_at)}"),
        (_("Format"), training.get_event_format_display()),
        (place_label, venue),
        (_("Online meeting link"), training.meeting_url),
        (_("Organiser"), context["organiser"].name),
        (_("Co-organisers"), co_organisers),
        (
            _("Register by"),
            training.registration_deadline and moment(training.registration_deadline),
        ),
        (_("Registration link"), training.registration_url),
    )


def training_document(training, request):
    context = training_context(training, request)
    document = PrintDocument(
        kicker=_("Training"),
        title=clean(training.title),
        language=training.locale.language_code,
        url=training.get_full_url(request),
        facts=_training_facts(training, context),
        lead=clean(training.lead),
        blocks=[("paragraph", clean(training.target_participants))]
        if training.target_participants
        else [],
        printed_at=portal_now(),
    )
    points = [
        (
            "item",
            " · ".join(
                clean(str(part))
                for part in (
                    point.name,
                    point.host_agency.name if point.host_agency else "",
                    point.address,
                    point.local_contact,
                )
                if part
            ),
        )
        for point in context["connection_points"]
    ]
    speakers = [
        ("item", ", ".join(clean(p) for p in (s.name, s.title, s.organisation) if p))
        for s in context["speakers"]
    ]
    agenda = [
        ("row", f"{item.starts_at:%H:%M} | {clean(item.item)}")
        for item in context["agenda"]
    ]
    outcome = rich_text_blocks(training.outcome_summary)
    tasks = [("item", clean(task.text)) for task in training.follow_up_tasks.all()]
    for heading, blocks in (
        (_("Connection points"), points),
        (_("Speakers"), speakers),
        (_("Agenda"), agenda),
        (_("Outcome"), outcome),
        (_("Follow-up tasks"), tasks),
        (
            _("Contacts"),
            contact_blocks(agency_spokespersons(training.organiser, training.locale)),
        ),
    ):
        if blocks:
            document.sections.append(Section(heading, blocks))
    return document
