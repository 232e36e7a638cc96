"""The example site's demo loader: complete, and safe to run twice."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "example_site"

COUNT_SCRIPT = """
import json
from wagtail.models import Site, WorkflowPage
from portal_press import models as m
from django.contrib.auth import get_user_model
from portal_press.publishing import visibility
home = Site.objects.get(is_default_site=True).root_page
promotion = m.ProvincePromotionPage.objects
sections = visibility.public(home.get_children())
print(json.dumps({
    "kinds": m.AgencyKind.objects.count(),
    "agencies": m.Agency.objects.count(),
    "merged_agencies": m.Agency.objects.filter(replaced_by__isnull=False).count(),
    "spokespersons": m.Spokesperson.objects.count(),
    "releases": m.PressReleasePage.objects.count(),
    "release_years": len(m.PressReleasePage.objects.dates("released_at", "year")),
    "corrections": m.PressReleaseCorrection.objects.count(),
    "tags": m.PressReleaseTag.objects.values("tag").distinct().count(),
    "trainings": m.TrainingAnnouncementPage.objects.count(),
    "max_connection_points": max(
        t.connection_points.count() for t in m.TrainingAnnouncementPage.objects.all()
    ),
    "max_expected": max(
        t.expected_participants or 0 for t in m.TrainingAnnouncementPage.objects.all()
    ),
    "promotion_children": promotion.filter(depth=home.depth + 2).count(),
    "key_figures": m.KeyFigure.objects.count(),
    "sections": sorted(p.specific_class.__name__ for p in sections),
    "users": get_user_model().objects.count(),
    "agency_groups": m.AgencyGroup.objects.count(),
    "active_agencies": m.Agency.objects.filter(
        locale__language_code="vi", is_active=True
    ).count(),
    "workflow_sections": sorted(
        link.page.specific_class.__name__
        for link in WorkflowPage.objects.filter(
            workflow__workflow_tasks__task__in=m.AgencyLeadersApprovalTask.objects.all()
        )
    ),
    "editorial_users": sorted(
        (user.username, user.groups.get().name)
        for user in get_user_model().objects.filter(is_superuser=False)
    ),
}))
"""


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=EXAMPLE,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    database = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(database.parent / "media"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    manage("migrate", "--noinput", env=env)
    return env


def counts(env):
    return json.loads(manage("shell", "-v", "0", "-c", COUNT_SCRIPT, env=env).stdout)


def test_load_demo_data_builds_the_province_once(demo_env):
    first_run = manage("load_demo_data", env=demo_env).stdout
    first = counts(demo_env)
    second_run = manage("load_demo_data", env=demo_env).stdout
    assert counts(demo_env) == first
    assert "admin / changeme" in first_run and "admin / changeme" in second_run

    assert (
        first["agencies"] >= 15
        and first["kinds"] >= 3
        and first["merged_agencies"] >= 1
    )
    assert first["spokespersons"] >= 25
    assert first["releases"] >= 30 and first["release_years"] >= 2
    assert first["corrections"] >= 1 and first["tags"] >= 6
    assert first["trainings"] >= 6
    assert first["max_connection_points"] >= 11 and first["max_expected"] >= 150
    assert first["promotion_children"] >= 3 and first["key_figures"] >= 3
    assert set(first["sections"]) == {
        "PressReleaseIndexPage",
        "SpokespersonDirectoryPage",
        "TrainingIndexPage",
        "ProvincePromotionPage",
    }
    assert first["users"] == 5
    # The workflow and the groups ship with the demo, and the demo users
    # (printed with their passwords) are an officer and a leader of two
    # agencies.
    assert first["agency_groups"] >= 2 * first["active_agencies"]
    assert set(first["workflow_sections"]) == {
        "PressReleaseIndexPage",
        "TrainingIndexPage",
    }
    assert first["editorial_users"] == [
        ["canbo.syt", "Sở Y tế – cán bộ"],
        ["canbo.vhttdl", "Sở Văn hóa, Thể thao và Du lịch – cán bộ"],
        ["lanhdao.syt", "Sở Y tế – lãnh đạo"],
        ["lanhdao.vhttdl", "Sở Văn hóa, Thể thao và Du lịch – lãnh đạo"],
    ]
    for line in (
        "canbo.vhttdl / PhuSa-canbo-VHTTDL",
        "lanhdao.vhttdl / PhuSa-lanhdao-VHTTDL",
        "canbo.syt / PhuSa-canbo-SYT-26",
        "lanhdao.syt / PhuSa-lanhdao-SYT-26",
    ):
        assert line in first_run and line in second_run


SEARCH_SCRIPT = """
import json
from wagtail.models import Locale
from portal_press.search.database import search
from portal_press.search.hits import load_hits
from portal_press.search.text import parse_query
vi = Locale.objects.get(language_code="vi")
first = {}
for query in ["phat ngon", "dao tao", "ha noi", "SVHTTDL", "STTTT chuyen doi so"]:
    parsed = parse_query(query)
    hits = load_hits(search(parsed, {}, vi).matches[0:1], parsed.folded_words, vi)
    hit = hits[0]
    agency = hit.object.agency.short_name if hit.kind == "spokesperson" else None
    first[query] = [hit.kind, hit.title, agency]
print(json.dumps(first))
"""


def test_the_demo_answers_typical_searches_with_the_right_item_first(demo_env):
    manage("load_demo_data", env=demo_env)
    output = manage("shell", "-v", "0", "-c", SEARCH_SCRIPT, env=demo_env).stdout
    first = json.loads(output)
    assert first["phat ngon"][1] == (
        "Tập huấn kỹ năng phát ngôn trong tình huống thiên tai, khẩn cấp"
    )
    assert first["dao tao"][1] == (
        "Đào tạo kỹ năng viết thông cáo báo chí cho cán bộ văn phòng các sở, ngành"
    )
    assert first["ha noi"][1] == (
        "Phù Sa giới thiệu sản phẩm du lịch miệt vườn tại hội chợ ở Hà Nội"
    )
    # An agency's abbreviation: whom to call there.
    assert first["SVHTTDL"][0] == "spokesperson"
    assert first["SVHTTDL"][2] == "SVHTTDL"
    assert first["STTTT chuyen doi so"][1] == (
        "Phù Sa công bố kết quả chuyển đổi số năm 2024"
    )


EMBARGO_SCRIPT = """
import json
from django.test import Client
from wagtail.models import Locale
from portal_press.models import PressReleasePage
from portal_press.search.database import search
from portal_press.search.text import parse_query
client = Client(HTTP_HOST="127.0.0.1")
held = PressReleasePage.objects.filter(
    translation_key__in=PressReleasePage.objects.filter(
        slug="cong-bo-quy-hoach-cang-bai-boi"
    ).values("translation_key")
)
seen = {}
for page in held:
    language = page.locale.language_code
    query = {"vi": "quy hoach cang Bai Boi", "en": "Bai Boi seaport master plan"}
    found = search(parse_query(query[language]), {}, page.locale).matches
    seen[language] = {
        "live": page.live,
        "status": client.get(page.url).status_code,
        "found": [m.pk for m in found[0:20]].count(page.pk),
    }
print(json.dumps(seen))
"""


def test_the_demo_shows_nothing_early_in_any_language(demo_env):
    manage("load_demo_data", env=demo_env)
    output = manage("shell", "-v", "0", "-c", EMBARGO_SCRIPT, env=demo_env).stdout
    seen = json.loads(output)
    # The release under embargo is published in Vietnamese and in English,
    # and neither can be read or found before the Vietnamese embargo ends.
    assert set(seen) == {"vi", "en"}
    for language in seen.values():
        assert language == {"live": True, "status": 404, "found": 0}


VISIT_SCRIPT = """
import json
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error
from wagtail.images import get_image_model
from wagtail.models import Site
from portal_press.models import PressReleasePage
client = Client(HTTP_HOST="127.0.0.1:8000")
# A translated release: its hreflang links name both languages.
release = PressReleasePage.objects.live().filter(locale__language_code="en").first()
page = client.get(release.url)
with translation.override("vi"):
    error_vi = server_error(RequestFactory().get("/vi/"))
with translation.override("en"):
    error_en = server_error(RequestFactory().get("/en/"))
missing_vi = client.get("/vi/khong-co-trang-nay/")
missing_en = client.get("/en/no-such-page/")
rendition = get_image_model().objects.first().get_rendition("width-400")
print(json.dumps({
    "debug": settings.DEBUG,
    "root_url": Site.objects.get(is_default_site=True).root_url,
    "page": page.status_code,
    "page_html": page.content.decode(),
    "csp": page["Content-Security-Policy"],
    "sitemap": client.get("/sitemap.xml").content.decode(),
    "feed": client.get("/vi/feeds/releases.atom").content.decode(),
    "css": client.get("/static/home/site.css").status_code,
    "error_css": client.get("/static/home/error.css").status_code,
    "admin_css": client.get("/static/wagtailadmin/css/core.css").status_code,
    "image": client.get(rendition.url).status_code,
    "missing": [missing_vi.status_code, missing_en.status_code],
    "missing_vi": missing_vi.content.decode(),
    "missing_en": missing_en.content.decode(),
    "error": [
        error_vi.status_code, error_vi.content.decode(), error_en.content.decode()
    ],
}))
"""


def test_the_demo_serves_as_visitors_see_it(demo_env):
    manage("load_demo_data", env=demo_env)
    seen = json.loads(
        manage("shell", "-v", "0", "-c", VISIT_SCRIPT, env=demo_env).stdout
    )
    # DEBUG off: the product's own error pages, in the visitor's language.
    assert seen["debug"] is False
    assert seen["missing"] == [404, 404]
    assert "Không tìm thấy trang" in seen["missing_vi"]
    assert "Page not found" in seen["missing_en"]
    assert 'lang="en"' in seen["missing_en"]
    assert "Traceback" not in seen["missing_vi"] + seen["missing_en"]
    status, error_vi, error_en = seen["error"]
    assert status == 500
    assert "Xin lỗi, đã có lỗi xảy ra" in error_vi
    assert "Sorry, something went wrong" in error_en
    assert "<style>" not in error_vi  # its style is a file, under the CSP
    # Static files and uploaded images are served with DEBUG off.
    assert [seen["css"], seen["error_css"], seen["admin_css"], seen["image"]] == [
        200,
        200,
        200,
        200,
    ]
    assert "'unsafe-inline'" not in seen["csp"]
    # Absolute addresses name the host the demo is served on.
    assert seen["root_url"] == "http://127.0.0.1:8000"
    assert seen["page"] == 200
    for text in (seen["page_html"], seen["sitemap"], seen["feed"]):
        assert "http://127.0.0.1:8000/vi/" in text
        assert "localhost" not in text
    assert 'hreflang="vi" href="http://127.0.0.1:8000/vi/' in seen["page_html"]


PAGES_SCRIPT = """
import json
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1")
pages = {}
for path in ["/vi/", "/en/", "/en/press-releases/", "/ko/"]:
    response = client.get(path)
    pages[path] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""


def test_the_demo_reads_in_each_language_with_its_press_office(demo_env):
    manage("load_demo_data", env=demo_env)
    pages = json.loads(
        manage("shell", "-v", "0", "-c", PAGES_SCRIPT, env=demo_env).stdout
    )
    assert {status for status, _html in pages.values()} == {200}
    vietnamese = pages["/vi/"][1]
    assert "Thông cáo báo chí mới nhất" in vietnamese
    assert "Tập huấn sắp diễn ra" in vietnamese
    assert "Đầu mối liên hệ báo chí" in vietnamese
    assert "Sở Văn hóa, Thể thao và Du lịch" in vietnamese
    english = pages["/en/"][1]
    assert "<title>Phù Sa Provincial Web Portal</title>" in english
    assert "Press office" in english and "Department of Culture" in english
    newsroom = pages["/en/press-releases/"][1]
    assert "– Phù Sa Provincial Web Portal</title>" in newsroom
    assert ">tourism</a>" in newsroom and 'class="pp-meta__item">No. ' in newsroom
    assert 'class="pp-meta__item">Số ' not in newsroom
    assert "아직 한국어 페이지가 없습니다" in pages["/ko/"][1]
