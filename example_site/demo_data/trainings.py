"""Training announcements of the demo, under the training index."""

import datetime

from portal_press.models import (
    AgendaItem,
    ConnectionPoint,
    FollowUpTask,
    TrainingAnnouncementPage,
    TrainingCoOrganiser,
    TrainingMaterial,
    TrainingSpeaker,
)

from .builders import CREATED, UNCHANGED, aware, from_today
from .pages import add_page, child_page, numbered


def training_times(spec, today):
    """Start, end and registration deadline, absolute or counted from today."""
    if "starts_at" in spec:
        return aware(spec["starts_at"]), aware(spec["ends_at"]), None
    day = from_today(spec["starts_in_days"], today)
    starts_at = aware(datetime.datetime.combine(day, spec["start_time"]))
    ends_at = aware(datetime.datetime.combine(day, spec["end_time"]))
    closes = day - datetime.timedelta(days=spec["registration_closes_days_before"])
    deadline = aware(datetime.datetime.combine(closes, datetime.time(17, 0)))
    return starts_at, ends_at, deadline


def load_trainings(index, specs, ctx, tally):
    for spec in specs:
        if child_page(index, spec["slug"]) is not None:
            tally.add("training announcements", UNCHANGED)
            continue
        build_training(index, spec, ctx)
        tally.add("training announcements", CREATED)


def build_training(index, spec, ctx):
    starts_at, ends_at, deadline = training_times(spec, ctx.today)
    page = TrainingAnnouncementPage(
        title=spec["title"],
        slug=spec["slug"],
        organiser=ctx.agencies[spec["organiser"]],
        lead=spec["lead"],
        starts_at=starts_at,
        ends_at=ends_at,
        event_format=spec["event_format"],
        main_venue=spec["main_venue"],
        main_venue_address=spec["main_venue_address"],
        target_participants=spec["target_participants"],
        expected_participants=spec.get("expected_participants"),
        registration_deadline=deadline,
        registration_url=spec.get("registration_url", ""),
        actual_attendance=spec.get("actual_attendance"),
        outcome_summary=spec.get("outcome_summary", ""),
    )
    page.co_organisers = numbered(
        [
            TrainingCoOrganiser(agency=ctx.agencies[name])
            for name in spec.get("co_organisers", [])
        ]
    )
    page.connection_points = numbered(
        [
            connection_point(ctx.agencies[name], capacity, contact)
            for name, capacity, contact in spec.get("connection_points", [])
        ],
        locale=ctx.locale,
    )
    page.speakers = numbered(
        [
            TrainingSpeaker(name=name, title=title, organisation=org)
            for name, title, org in spec["speakers"]
        ],
        locale=ctx.locale,
    )
    page.agenda_items = numbered(
        [AgendaItem(starts_at=at, item=item) for at, item in spec["agenda"]],
        locale=ctx.locale,
    )
    page.materials = numbered(
        [
            TrainingMaterial(document=ctx.documents[key], title=title)
            for key, title in spec.get("materials", [])
        ],
        locale=ctx.locale,
    )
    page.follow_up_tasks = numbered(
        [FollowUpTask(text=text) for text in spec.get("follow_up_tasks", [])],
        locale=ctx.locale,
    )
    page.topics.add(*spec.get("topics", []))
    inlines = [
        *page.co_organisers.all(),
        *page.connection_points.all(),
        *page.speakers.all(),
        *page.agenda_items.all(),
        *page.materials.all(),
        *page.follow_up_tasks.all(),
    ]
    return add_page(index, page, inlines)


def connection_point(agency, capacity, contact):
    return ConnectionPoint(
        name="Điểm cầu " + agency.name.replace("Ủy ban nhân dân", "UBND"),
        host_agency=agency,
        address=agency.address,
        capacity=capacity,
        local_contact=contact,
    )
