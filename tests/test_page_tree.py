"""Editors can only build a sane tree, and can create every page type in the admin."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from portal_press.models import (
    PressReleaseIndexPage,
    PressReleasePage,
    ProvincePromotionPage,
    SpokespersonDirectoryPage,
    TrainingAnnouncementPage,
    TrainingIndexPage,
)
from tests import factories
from tests.testapp.models import HomePage

SECTIONS = {
    PressReleaseIndexPage,
    SpokespersonDirectoryPage,
    TrainingIndexPage,
    ProvincePromotionPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_sections_go_under_the_home_page_only(self):
        for section in SECTIONS - {ProvincePromotionPage}:
            self.assertAllowedParentPageTypes(section, {HomePage})
        self.assertAllowedParentPageTypes(
            ProvincePromotionPage, {HomePage, ProvincePromotionPage}
        )

    def test_each_section_holds_only_its_own_items(self):
        self.assertAllowedSubpageTypes(PressReleaseIndexPage, {PressReleasePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {TrainingAnnouncementPage})
        self.assertAllowedSubpageTypes(ProvincePromotionPage, {ProvincePromotionPage})
        self.assertAllowedSubpageTypes(SpokespersonDirectoryPage, set())
        self.assertAllowedSubpageTypes(PressReleasePage, set())
        self.assertAllowedSubpageTypes(TrainingAnnouncementPage, set())

    def test_items_live_in_their_section(self):
        self.assertAllowedParentPageTypes(PressReleasePage, {PressReleaseIndexPage})
        self.assertAllowedParentPageTypes(TrainingAnnouncementPage, {TrainingIndexPage})
        self.assertCanNotCreateAt(Page, PressReleaseIndexPage)
        self.assertCanNotCreateAt(PressReleasePage, PressReleaseIndexPage)


class AdminCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.build_site()
        cls.agency = factories.make_agency("Sở Văn hóa, Thể thao và Du lịch")
        cls.role = factories.make_role()
        cls.person = factories.make_spokesperson(cls.agency, cls.role)

    def setUp(self):
        self.user = get_user_model().objects.create_superuser(
            "admin", "a@example.com", "pw"
        )
        self.client.force_login(self.user)

    def test_create_a_release_with_body_contacts_and_correction(self):
        index = factories.make_release_index(self.home)
        released_at = timezone.localtime().replace(microsecond=0)
        self.assertCanCreate(
            index,
            PressReleasePage,
            nested_form_data(
                {
                    "title": "Họp báo định kỳ quý III",
                    "reference": "Số 12/TCBC-UBND",
                    "issuing_agency": self.agency.pk,
                    "released_at": released_at.strftime("%Y-%m-%d %H:%M"),
                    "dateline": "Phù Sa",
                    "lead": "UBND tỉnh tổ chức họp báo định kỳ.",
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Nội dung họp báo.</p>"))]
                    ),
                    "co_issuers": inline_formset([]),
                    "media_contacts": inline_formset(
                        [{"spokesperson": self.person.pk}]
                    ),
                    "related_links": inline_formset([]),
                    "corrections": inline_formset(
                        [
                            {
                                "corrected_at": released_at.strftime("%Y-%m-%d %H:%M"),
                                "text": "Sửa ngày họp.",
                            }
                        ]
                    ),
                    "tags": "họp báo, đầu tư",
                }
            ),
        )
        release = PressReleasePage.objects.get(reference="Số 12/TCBC-UBND")
        assert release.live
        assert [c.spokesperson for c in release.media_contacts.all()] == [self.person]
        assert release.corrections.get().text == "Sửa ngày họp."
        assert set(release.tags.names()) == {"họp báo", "đầu tư"}

    def test_create_a_training_with_connection_points(self):
        index = factories.make_training_index(self.home)
        start = timezone.localtime() + datetime.timedelta(days=3)
        self.assertCanCreate(
            index,
            TrainingAnnouncementPage,
            nested_form_data(
                {
                    "title": "Hội nghị trực tuyến tập huấn thông tin đối ngoại",
                    "organiser": self.agency.pk,
                    "starts_at": start.strftime("%Y-%m-%d 08:00"),
                    "ends_at": start.strftime("%Y-%m-%d 11:30"),
                    "event_format": "online",
                    "event_status": "scheduled",
                    "co_organisers": inline_formset([]),
                    "connection_points": inline_formset(
                        [
                            {"name": f"Điểm cầu xã {n}", "capacity": "30"}
                            for n in range(1, 12)
                        ]
                    ),
                    "speakers": inline_formset([{"name": "PGS.TS. Nguyễn Văn A"}]),
                    "agenda_items": inline_formset(
                        [{"starts_at": "08:00", "item": "Khai mạc"}]
                    ),
                    "materials": inline_formset([]),
                    "follow_up_tasks": inline_formset([]),
                }
            ),
        )
        training = TrainingAnnouncementPage.objects.get()
        assert training.connection_points.count() == 11

    def test_a_training_ending_before_it_starts_is_a_form_error(self):
        index = factories.make_training_index(self.home)
        url = f"/admin/pages/add/portal_press/trainingannouncementpage/{index.pk}/"
        response = self.client.post(
            url,
            nested_form_data(
                {
                    "title": "Sai giờ",
                    "slug": "sai-gio",
                    "organiser": self.agency.pk,
                    "starts_at": "2026-12-01 10:00",
                    "ends_at": "2026-12-01 08:00",
                    "event_format": "in_person",
                    "co_organisers": inline_formset([]),
                    "connection_points": inline_formset([]),
                    "speakers": inline_formset([]),
                    "agenda_items": inline_formset([]),
                    "materials": inline_formset([]),
                    "follow_up_tasks": inline_formset([]),
                }
            ),
        )
        assert response.status_code == 200
        assert "ends_at" in response.context["form"].errors
        assert not TrainingAnnouncementPage.objects.exists()

    def test_create_the_directory_and_promotion_pages(self):
        self.assertCanCreate(
            self.home,
            SpokespersonDirectoryPage,
            nested_form_data({"title": "Người phát ngôn", "intro": rich_text("")}),
        )
        self.assertCanCreate(
            self.home,
            ProvincePromotionPage,
            nested_form_data(
                {
                    "title": "Giới thiệu tỉnh",
                    "introduction": "Tỉnh Phù Sa nằm ở đồng bằng sông Cửu Long.",
                    "key_figures": inline_formset(
                        [
                            {
                                "label": "Diện tích",
                                "value": "3311.8",
                                "unit": "km²",
                                "year": "2025",
                            }
                        ]
                    ),
                    "sections": streamfield([]),
                    "brochures": inline_formset([]),
                }
            ),
        )
        assert ProvincePromotionPage.objects.get().key_figures.get().unit == "km²"
        self.assertCanCreate(
            self.home,
            PressReleaseIndexPage,
            nested_form_data({"title": "Tin", "intro": rich_text("")}),
        )
        self.assertCanCreate(
            self.home,
            TrainingIndexPage,
            nested_form_data({"title": "Tập huấn", "intro": rich_text("")}),
        )
