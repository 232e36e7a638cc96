"""One small province for the channel tests: what each output must show, and
everything it must not (embargoed, draft, private, other-language content, a
translation whose source is embargoed, an ended appointment, a closed agency).

Texts carry every Vietnamese tone mark and đ, and editor text that tries to
break out of markup (``</script>``, quotes).
"""

import datetime
import unicodedata
from dataclasses import dataclass, field

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal_press.models import ConnectionPoint, TrainingSpeaker
from tests import factories

TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
EVERY_MARK = (
    " ".join(
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in "aăâeêioôơuưy"
        for tone in TONES
    )
    + " đ Đ"
)
HOSTILE = '</script><script>alert("x")</script> “Ngoặc” "kép" & <b>'
DAY = datetime.timedelta(days=1)


@dataclass
class Province:
    vi: object
    en: object
    agency: object
    closed_agency: object
    person: object
    ended: object
    at_closed: object
    draft_person: object
    release: object
    embargoed: object
    embargoed_en: object
    draft_release: object
    private_release: object
    release_en: object
    training: object
    training_en: object
    private_training: object
    point: object
    directory: object
    hidden_pages: list = field(default_factory=list)


def _restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


@pytest.fixture
def province(home, release_index, kind, role):
    en = factories.make_locale("en")
    vi = home.locale
    factories.translate(home, en, {"Trang chủ": "Home"})
    factories.translate(release_index, en, {"Thông cáo báo chí": "Press releases"})
    agency = factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch; Phù Sa\\Tỉnh",
        kind,
        short_name="SVHTTDL",
        email="svhttdl@example.gov.vn",
        phone="0290 3822 111",
    )
    factories.translate(
        agency,
        en,
        {
            "Sở Văn hóa, Thể thao và Du lịch; Phù Sa\\Tỉnh": (
                "Department of Culture, Sports and Tourism"
            )
        },
    )
    closed = factories.make_agency("Sở Thông tin và Truyền thông", kind)
    person = factories.make_spokesperson(
        agency,
        role,
        full_name="Đặng Thị Hà",
        position=f"Phó Giám đốc Sở, {EVERY_MARK}",
        mobile_phone="0913 456 789",
        fax="0290 3822 999",
    )
    today = timezone.localdate()
    ended = factories.make_spokesperson(
        agency,
        role,
        full_name="Lê Văn Hết",
        valid_from=today - 100 * DAY,
        valid_until=today - 2 * DAY,
    )
    at_closed = factories.make_spokesperson(closed, role, full_name="Trần Văn Đóng")
    closed.is_active = False
    closed.save()
    draft_person = factories.make_spokesperson(
        agency, role, full_name="Phạm Thị Nháp", publish=False
    )
    release = factories.make_release(
        release_index,
        agency,
        title=f"Họp báo {HOSTILE}",
        reference="Số 12/TCBC-SVHTTDL",
        dateline="Phù Sa",
        lead=f"Thông tin {EVERY_MARK}. {HOSTILE}",
    )
    release.tags.add("đất đai")
    release.save_revision().publish()
    release_en = factories.translate(
        release, en, {"Họp báo " + HOSTILE: "Press conference " + HOSTILE}
    )
    embargoed = factories.make_release(
        release_index,
        agency,
        title="Chưa công bố",
        embargo_until=timezone.now() + DAY,
    )
    embargoed.tags.add("đất đai")
    embargoed.save_revision().publish()
    embargoed_en = factories.translate(embargoed, en, {"Chưa công bố": "Not yet"})
    # Only the Vietnamese source's embargo holds the translation back.
    type(embargoed_en).objects.filter(pk=embargoed_en.pk).update(embargo_until=None)
    draft_release = factories.make_release(
        release_index, agency, title="Bản nháp", publish=False
    )
    private_release = factories.make_release(release_index, agency, title="Nội bộ")
    _restrict(private_release)

    trainings = factories.make_training_index(home)
    factories.translate(trainings, en, {"Tập huấn": "Trainings"})
    training = factories.make_training(
        trainings,
        agency,
        (timezone.now() + 3 * DAY).replace(second=0, microsecond=0),
        title=f"Tập huấn kỹ năng phát ngôn {EVERY_MARK}",
        lead=HOSTILE,
        event_format="hybrid",
        main_venue="Hội trường UBND tỉnh",
        main_venue_address="Số 1, đường Trần Hưng Đạo",
        meeting_url="https://meet.example.gov.vn/tap-huan",
    )
    training.connection_points.add(
        ConnectionPoint(name="Điểm cầu xã Tân Thành", address="Ấp 3, xã Tân Thành")
    )
    training.speakers.add(
        TrainingSpeaker(name="TS. Nguyễn Văn Giảng", title="Giảng viên")
    )
    training.save_revision().publish()
    training.refresh_from_db()
    training_en = factories.translate(
        training,
        en,
        {f"Tập huấn kỹ năng phát ngôn {EVERY_MARK}": "Spokesperson skills"},
    )
    private_training = factories.make_training(
        trainings, agency, timezone.now() + 4 * DAY, title="Tập huấn nội bộ"
    )
    _restrict(private_training)
    directory = factories.make_directory(home)
    factories.translate(directory, en, {"Người phát ngôn": "Spokespersons"})
    return Province(
        vi=vi,
        en=en,
        agency=agency,
        closed_agency=closed,
        person=person,
        ended=ended,
        at_closed=at_closed,
        draft_person=draft_person,
        release=release,
        embargoed=embargoed,
        embargoed_en=embargoed_en,
        draft_release=draft_release,
        private_release=private_release,
        release_en=release_en,
        training=training,
        training_en=training_en,
        private_training=private_training,
        point=training.connection_points.get(),
        directory=directory,
        hidden_pages=[embargoed, embargoed_en, draft_release, private_release],
    )


def body(response):
    """A response's content, streamed or not, as text."""
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    return content.decode()
