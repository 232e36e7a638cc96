"""Demo-shaped content for the browser tests: a small province portal.

A home page with a newsroom, a directory, trainings (one online with
connection points) and a promotion page translated into English and
Chinese, written with every Vietnamese tone mark and đ.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Site

from portal_press.models import ConnectionPoint, KeyFigure
from portal_press.models.trainings import TrainingFormat
from tests import factories

DAY = datetime.timedelta(days=1)


@dataclass
class Portal:
    home: object
    newsroom: object
    directory: object
    trainings: object
    promotion: object
    release: object
    training: object
    person: object
    english_promotion: object
    chinese_promotion: object


def build_portal():
    home = factories.build_site()
    Site.objects.update(site_name="Cổng thông tin điện tử tỉnh Phù Sa")
    department = factories.make_kind("Sở, ban, ngành", sort_order=10)
    commune = factories.make_kind("UBND xã, phường", sort_order=20)
    role = factories.make_role()
    culture = factories.make_agency(
        "Sở Văn hóa, Thể thao và Du lịch",
        department,
        short_name="SVHTTDL",
        phone="0290 3822 102",
        email="baochi@svhttdl.phusa.example",
    )
    health = factories.make_agency("Sở Y tế", department, short_name="SYT")
    ward = factories.make_agency("UBND phường Đồng Xoài", commune, short_name="UBND")

    newsroom = factories.make_release_index(home)
    directory = factories.make_directory(home)
    trainings = factories.make_training_index(home)
    now = timezone.now()
    release = factories.make_release(
        newsroom,
        culture,
        title="Họp báo thường kỳ quý III năm 2026",
        lead="Sở Văn hóa, Thể thao và Du lịch thông tin về đào tạo hướng dẫn viên.",
        reference="Số 15/TCBC-SVHTTDL",
        released_at=now - DAY,
    )
    release.tags.add("họp báo", "du lịch")
    release.save_revision().publish()
    factories.make_release(
        newsroom,
        health,
        title="Tiêm chủng mở rộng đợt 2",
        lead="Ngành y tế triển khai tiêm chủng ở các xã, phường.",
        reference="Số 03/TCBC-SYT",
        released_at=now - 40 * DAY,
    )
    factories.make_release(
        newsroom,
        health,
        title="Kết quả đào tạo cán bộ y tế cơ sở năm trước",
        lead="Sở Y tế tổng kết các lớp đào tạo.",
        released_at=now - 400 * DAY,
    )
    training = factories.make_training(
        trainings,
        culture,
        starts_at=now + 2 * DAY,
        title="Đào tạo kỹ năng phát ngôn cho cán bộ các sở",
        lead="Tập huấn trực tuyến từ hội trường Sở tới các điểm cầu xã, phường.",
        event_format=TrainingFormat.HYBRID,
        main_venue="Hội trường Sở Văn hóa, Thể thao và Du lịch",
    )
    for number, name in enumerate(
        ["Điểm cầu UBND phường Đồng Xoài", "Điểm cầu UBND xã Tân Thành"]
    ):
        ConnectionPoint.objects.create(
            page=training, name=name, host_agency=ward, sort_order=number
        )
    training.save_revision().publish()

    person = factories.make_spokesperson(
        health,
        role,
        full_name="Đặng Thu Hà",
        position="Phó Giám đốc Sở",
        office_phone="0290 3822 555",
        mobile_phone="0912 345 678",
        email="dthha@syt.phusa.example",
    )
    factories.make_spokesperson(culture, role, full_name="Trần Minh Quân")
    factories.make_spokesperson(ward, role, full_name="Lê Văn Bình")

    promotion = factories.make_promotion(
        home,
        title="Giới thiệu tỉnh Phù Sa",
        introduction="Phù Sa nằm bên sông Tiền, đất của lúa gạo và cây trái.",
    )
    KeyFigure.objects.create(
        page=promotion, label="Diện tích", value=2_500, unit="km²", sort_order=0
    )
    promotion.save_revision().publish()
    english = factories.make_locale("en")
    chinese = factories.make_locale("zh-hans")
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(home, chinese, {"Trang chủ": "首页"})
    english_promotion = factories.translate(
        promotion,
        english,
        {
            promotion.title: "About Phù Sa Province",
            promotion.introduction: "Phù Sa lies on the Tiền River, a land of rice "
            "and fruit.",
            "Diện tích": "Area",
        },
    )
    chinese_promotion = factories.translate(
        promotion,
        chinese,
        {
            promotion.title: "浮沙省简介",
            promotion.introduction: "浮沙省位于前江畔，是稻米和水果之乡。",
            "Diện tích": "面积",
        },
    )
    return Portal(
        home=home,
        newsroom=newsroom,
        directory=directory,
        trainings=trainings,
        promotion=promotion,
        release=release,
        training=training,
        person=person,
        english_promotion=english_promotion,
        chinese_promotion=chinese_promotion,
    )
