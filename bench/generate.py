"""Fast generation of the benchmark corpus.

``add_child`` saves one page at a time (a dozen queries each, revisions,
signals): far too slow for 100,000 pages. Here the handful of section pages
are created the normal way, and the releases and trainings under them are
inserted in batches: the treebeard path, depth, url_path, locale, content
type, live and publication dates of each row are computed here, then one
multi-row INSERT for ``wagtailcore_page`` and one for the page type's table.
No signal fires, so nothing is indexed until the benchmark rebuilds the
index.

``n`` counts every searchable row: three quarters are Vietnamese (80 %
releases, 17 % trainings, 3 % spokespersons), and one Vietnamese item in
three has an English translation (the last quarter), sharing its
``translation_key``. Output is deterministic for a given ``n`` and seed.
"""

import datetime
import random
import uuid
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from wagtail.models import Locale, Page, Site

from portal_press.models import (
    Agency,
    AgencyKind,
    PressReleaseIndexPage,
    PressReleasePage,
    Spokesperson,
    SpokespersonRole,
    Topic,
    TrainingAnnouncementPage,
    TrainingIndexPage,
)
from portal_press.models.press_releases import PressReleaseTag
from portal_press.models.spokespersons import SpokespersonTopic
from portal_press.models.trainings import TrainingTopic

from . import corpus

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FIRST_YEAR, LAST_YEAR = 2016, 2025
BATCH = 500
RELEASE_SHARE, TRAINING_SHARE = 0.80, 0.17  # the rest are spokespersons


def counts(n):
    """(releases, trainings, spokespersons) in Vietnamese, and translations."""
    vietnamese = n - n // 4
    releases = int(vietnamese * RELEASE_SHARE)
    trainings = int(vietnamese * TRAINING_SHARE)
    return releases, trainings, vietnamese - releases - trainings


class Writer:
    """Random Vietnamese (and English) text from the word lists."""

    def __init__(self, seed):
        self.rng = random.Random(seed)  # noqa: S311 - not cryptography
        self.documents = 0

    def pick(self, items):
        return self.rng.choice(items)

    def fill(self, template, agency, year, en=False):
        return template.format(
            agency=agency.name,
            short=agency.short_name,
            event=self.pick(corpus.EVENTS_EN if en else corpus.EVENTS),
            period=self.pick(corpus.PERIODS),
            year=year,
            day=self.rng.randint(1, 28),
            month=self.rng.randint(1, 12),
            topic=self.pick(corpus.TOPICS),
            number=self.rng.randint(2, 900),
        )

    def paragraphs(self, agency, year, en=False):
        self.documents += 0 if en else 1
        sentences = corpus.SENTENCES_EN if en else corpus.SENTENCES
        result = []
        for _ in range(self.rng.randint(3, 5)):
            chosen = [
                self.fill(self.pick(sentences), agency, year, en)
                for _ in range(self.rng.randint(3, 5))
            ]
            result.append(" ".join(chosen))
        # From the first document on, so that the smallest corpus has one.
        if not en and self.documents % corpus.RARE_EVERY == 1:
            result[-1] += " " + self.fill(
                self.pick(corpus.RARE_SENTENCES), agency, year
            )
        return result

    def body(self, agency, year, en=False):
        return [
            {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
            for text in self.paragraphs(agency, year, en)
        ]

    def moment(self):
        start = datetime.datetime(FIRST_YEAR, 1, 1, 7, tzinfo=TZ)
        days = (datetime.date(LAST_YEAR, 12, 31) - start.date()).days
        return start + datetime.timedelta(
            days=self.rng.randint(0, days), minutes=self.rng.randint(0, 600)
        )

    def person(self):
        return " ".join(
            self.pick(names)
            for names in (corpus.FAMILY_NAMES, corpus.MIDDLE_NAMES, corpus.GIVEN_NAMES)
        )


def _bulk(model, rows):
    return model.objects.bulk_create(rows, batch_size=BATCH)


def _taxonomy(vi, en):
    kinds, roles = {}, []
    for index, (name, name_en, order) in enumerate(corpus.KINDS):
        kind = AgencyKind.objects.create(name=name, sort_order=order, locale=vi)
        kind_en = AgencyKind.objects.create(
            name=name_en,
            sort_order=order,
            locale=en,
            translation_key=kind.translation_key,
        )
        kinds[index] = (kind, kind_en)
    for name, name_en, scope in corpus.ROLES:
        role = SpokespersonRole.objects.create(
            name=name, requires_scope=scope, locale=vi
        )
        role_en = SpokespersonRole.objects.create(
            name=name_en,
            requires_scope=scope,
            locale=en,
            translation_key=role.translation_key,
        )
        roles.append((role, role_en))
    return kinds, roles


def _agencies(kinds, vi, en):
    """60 agencies and their English translations; three were merged away."""
    pairs = []
    for number, (kind, name, short, name_en) in enumerate(corpus.agencies()):
        active = number % 20 != 19
        agency = Agency.objects.create(
            name=name,
            short_name=short,
            kind=kinds[kind][0],
            locale=vi,
            is_active=active,
            closed_on=None if active else datetime.date(2025, 7, 1),
        )
        agency_en = Agency.objects.create(
            name=name_en,
            short_name=short,
            kind=kinds[kind][1],
            locale=en,
            is_active=active,
            closed_on=agency.closed_on,
            translation_key=agency.translation_key,
        )
        pairs.append((agency, agency_en))
    return pairs


def _section(parent, model, title, slug, locale, translation_key=None):
    extra = {"translation_key": translation_key} if translation_key else {}
    page = model(title=title, slug=slug, locale=locale, **extra)
    return parent.add_child(instance=page)


def insert_pages(parent, pages):
    """Insert ``pages`` (unsaved, of one type) as the children of ``parent``."""
    if not pages:
        return
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    next_id = (Page.objects.aggregate(top=Max("id"))["top"] or 0) + 1
    for number, page in enumerate(pages):
        page.id = page.page_ptr_id = next_id + number
        page.path = parent.path + Page._int2str(parent.numchild + number + 1).rjust(
            Page.steplen, "0"
        )
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type_id = content_type.id
        page.draft_title = page.title
        page.has_unpublished_changes = not page.live
    page_fields = Page._meta.local_concrete_fields
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        chunk = pages[start : start + BATCH]
        Page._base_manager._insert(chunk, fields=page_fields, using=connection.alias)
        model._base_manager._insert(chunk, fields=own_fields, using=connection.alias)
    parent.numchild += len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)


def _publication(page, writer, when):
    """Live and published at ``when``; a few drafts and embargoes for the gate."""
    roll = writer.rng.random()
    page.live = roll >= 0.02  # 2 % never published
    page.first_published_at = page.last_published_at = when if page.live else None
    if isinstance(page, PressReleasePage) and 0.02 <= roll < 0.025:
        page.embargo_until = datetime.datetime(2099, 1, 1, tzinfo=TZ)


def _releases(count, writer, agencies, en):
    """Vietnamese releases, and the English translation of one in three."""
    pages, translations = [], []
    for number in range(1, count + 1):
        agency, agency_en = writer.pick(agencies)
        when = writer.moment()
        page = PressReleasePage(
            title=writer.fill(writer.pick(corpus.RELEASE_TITLES), agency, when.year),
            slug=f"thong-cao-{number}",
            locale_id=agency.locale_id,
            reference=f"Số {number}/TCBC-{agency.short_name}",
            issuing_agency=agency,
            released_at=when,
            dateline="Sóc Trăng",
            lead=writer.fill(writer.pick(corpus.LEADS), agency, when.year),
            body=writer.body(agency, when.year),
        )
        _publication(page, writer, when)
        pages.append(page)
        if number % 3 == 0:
            title = writer.pick(corpus.RELEASE_TITLES_EN)
            translation = PressReleasePage(
                title=writer.fill(title, agency_en, when.year, en=True),
                slug=f"press-release-{number}",
                locale=en,
                translation_key=page.translation_key,
                reference=page.reference,
                issuing_agency=agency_en,
                released_at=when,
                dateline="Soc Trang",
                lead=writer.fill(
                    writer.pick(corpus.LEADS_EN), agency_en, when.year, en=True
                ),
                body=writer.body(agency_en, when.year, en=True),
                live=page.live,
                first_published_at=page.first_published_at,
                last_published_at=page.last_published_at,
            )
            translations.append(translation)
    return pages, translations


def _trainings(count, writer, agencies, en):
    pages, translations = [], []
    for number in range(1, count + 1):
        agency, agency_en = writer.pick(agencies)
        when = writer.moment()
        fields = {
            "starts_at": when,
            "ends_at": when + datetime.timedelta(hours=writer.rng.choice([4, 8, 16])),
            "event_format": writer.pick(["in_person", "online", "hybrid"]),
            "expected_participants": writer.rng.randint(30, 300),
        }
        page = TrainingAnnouncementPage(
            title=writer.fill(writer.pick(corpus.TRAINING_TITLES), agency, when.year),
            slug=f"tap-huan-{number}",
            locale_id=agency.locale_id,
            organiser=agency,
            lead=writer.fill(writer.pick(corpus.LEADS), agency, when.year),
            main_venue=writer.pick(corpus.VENUES),
            target_participants=writer.pick(corpus.TARGETS),
            outcome_summary="".join(
                f"<p>{text}</p>" for text in writer.paragraphs(agency, when.year)
            ),
            **fields,
        )
        _publication(page, writer, when)
        pages.append(page)
        if number % 3 == 0:
            title = writer.pick(corpus.TRAINING_TITLES_EN)
            translations.append(
                TrainingAnnouncementPage(
                    title=writer.fill(title, agency_en, when.year, en=True),
                    slug=f"training-{number}",
                    locale=en,
                    translation_key=page.translation_key,
                    organiser=agency_en,
                    lead=writer.fill(
                        writer.pick(corpus.LEADS_EN), agency_en, when.year, en=True
                    ),
                    main_venue=page.main_venue,
                    outcome_summary="".join(
                        f"<p>{text}</p>"
                        for text in writer.paragraphs(agency_en, when.year, en=True)
                    ),
                    live=page.live,
                    first_published_at=page.first_published_at,
                    last_published_at=page.last_published_at,
                    **fields,
                )
            )
    return pages, translations


def _spokespersons(count, writer, agencies, roles, en):
    people = []
    today = datetime.date(2026, 1, 1)
    for number in range(1, count + 1):
        agency, agency_en = writer.pick(agencies)
        role, role_en = writer.pick(roles)
        position, position_en = writer.pick(corpus.POSITIONS)
        topic = writer.pick(corpus.TOPICS)
        fields = {
            "full_name": writer.person(),
            "office_phone": f"0299 38{number % 100000:05d}",
            "email": f"phatngon{number}@soctrang.gov.vn",
            "appointment_document": f"Quyết định số {number}/QĐ-UBND",
            "valid_from": today - datetime.timedelta(days=writer.rng.randint(30, 3000)),
            # One in five appointments has ended: in the register, not public.
            "valid_until": (
                today - datetime.timedelta(days=10) if number % 5 == 0 else None
            ),
            "live": True,
        }
        person = Spokesperson(
            locale_id=agency.locale_id,
            agency=agency,
            role=role,
            position=position,
            scope=f"Phát ngôn về {topic}" if role.requires_scope else "",
            **fields,
        )
        people.append(person)
        if number % 3 == 0:
            people.append(
                Spokesperson(
                    locale=en,
                    translation_key=person.translation_key,
                    agency=agency_en,
                    role=role_en,
                    position=position_en,
                    scope=f"Speaks on {topic}" if role.requires_scope else "",
                    **fields,
                )
            )
    return _bulk(Spokesperson, people)


def _tag(through, objects, topics, writer):
    rows = [
        through(content_object_id=obj.pk, tag_id=topic.pk)
        for obj in objects
        for topic in writer.rng.sample(topics, writer.rng.randint(1, 3))
    ]
    _bulk(through, rows)


def build(release_count, training_count, people_count, home_model=None, seed=2026):
    """Create a site with these many Vietnamese items (and the English third).

    Returns what was made, by name, for callers that add to it (the page
    benchmark adds a directory, promotion pages and connection points).
    """
    if home_model is None:  # the test app's, as the search benchmark runs
        from tests.testapp.models import HomePage as home_model
    writer = Writer(seed)
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    kinds, roles = _taxonomy(vi, en)
    agencies = _agencies(kinds, vi, en)
    topics = [Topic.objects.create(name=name) for name in corpus.TOPICS]

    root = Page.get_first_root_node()
    home = _section(root, home_model, "Trang chủ", "trang-chu", vi)
    home_en = _section(root, home_model, "Home", "home-en", en, home.translation_key)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    news = _section(home, PressReleaseIndexPage, "Thông cáo báo chí", "thong-cao", vi)
    news_en = _section(
        home_en, PressReleaseIndexPage, "Press releases", "thong-cao", en,
        news.translation_key,
    )  # fmt: skip
    training = _section(home, TrainingIndexPage, "Tập huấn", "tap-huan", vi)
    training_en = _section(
        home_en, TrainingIndexPage, "Trainings", "tap-huan", en,
        training.translation_key,
    )  # fmt: skip

    releases, releases_en = _releases(release_count, writer, agencies, en)
    insert_pages(news, releases)
    insert_pages(news_en, releases_en)
    trainings, trainings_en = _trainings(training_count, writer, agencies, en)
    insert_pages(training, trainings)
    insert_pages(training_en, trainings_en)
    people = _spokespersons(people_count, writer, agencies, roles, en)

    _tag(PressReleaseTag, releases + releases_en, topics, writer)
    _tag(TrainingTopic, trainings + trainings_en, topics, writer)
    _tag(SpokespersonTopic, people, topics, writer)

    with connection.cursor() as cursor:  # explicit ids were inserted
        for statement in connection.ops.sequence_reset_sql(no_style(), [Page]):
            cursor.execute(statement)
    return {
        "writer": writer,
        "locales": (vi, en),
        "agencies": agencies,
        "topics": topics,
        "homes": (home, home_en),
        "newsrooms": (news, news_en),
        "training_indexes": (training, training_en),
        "releases": (releases, releases_en),
        "trainings": (trainings, trainings_en),
        "people": people,
        "people_vi": people_count,
    }


def summary(made):
    releases, releases_en = made["releases"]
    trainings, trainings_en = made["trainings"]
    people = made["people"]
    return {
        "releases": len(releases) + len(releases_en),
        "trainings": len(trainings) + len(trainings_en),
        "spokespersons": len(people),
        "english": len(releases_en)
        + len(trainings_en)
        + len(people)
        - made["people_vi"],
        "agencies": len(made["agencies"]),
    }


@transaction.atomic
def generate(n, seed=2026):
    """Create a site with ``n`` searchable documents; return what was made."""
    return summary(build(*counts(n), seed=seed))
