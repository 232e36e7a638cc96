"""Every public page type passes axe-core (WCAG 2.1 A and AA) and the Nu Html
Checker.

axe-core is the npm package, injected into each page by Playwright; the Nu
Html Checker is the npm package vnu-jar, run with Java over the HTML the
server sent. Both come from ``npm ci`` at the repository's top (package.json);
the tests are skipped, saying so, where they are missing.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import missing

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def public_pages(portal):
    """One address of each public page type, and the directory and search
    in the states a visitor meets them in."""
    return {
        "home": portal.home.url,
        "newsroom": portal.newsroom.url,
        "newsroom filtered by a topic": f"{portal.newsroom.url}?tag=họp+báo",
        "newsroom with a filter error": f"{portal.newsroom.url}?year=abc",
        "press release": portal.release.url,
        "directory": portal.directory.url,
        "directory filtered": f"{portal.directory.url}?q=dang+thu+ha",
        "training index": portal.trainings.url,
        "training": portal.training.url,
        "promotion page": portal.promotion.url,
        "promotion page in English": portal.english_promotion.url,
        "promotion page in Chinese": portal.chinese_promotion.url,
        "search": "/vi/search/?q=dao+tao",
        "search with facets chosen": "/vi/search/?q=dao+tao&type=training",
        "search with nothing found": "/ko/search/?q=dao+tao",
        "a language without content": "/ko/",
    }


def with_axe(*pages):
    # As an init script: the pages' Content-Security-Policy (rightly) refuses
    # a script tag added to them, and an init script is the browser's own.
    for page in pages:
        page.context.add_init_script(path=str(AXE))


def axe_violations(page):
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_21_AA,
    )
    # axe ran its rules: some pass on every page.
    assert result["passes"], "axe checked nothing"
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']}\n"
        + "\n".join(
            f"    {', '.join(node['target'])}: {node['html'][:160]}"
            for node in rule["nodes"]
        )
        for rule in result["violations"]
    ]


def test_every_public_page_passes_axe(desktop, phone, live_server, portal):
    with_axe(desktop, phone)
    if not AXE.exists():
        missing(f"axe-core is missing ({AXE}): run `npm ci` at the repository's top")
    found = {}
    pages = public_pages(portal)
    for name, address in pages.items():
        desktop.goto(f"{live_server.url}{address}")
        found[name] = axe_violations(desktop)
    # On a phone: the folded facets, the sticky filter, the suggestions open.
    for name in ("directory", "search"):
        phone.goto(f"{live_server.url}{pages[name]}")
        found[f"{name} on a phone"] = axe_violations(phone)
    phone.goto(f"{live_server.url}{portal.directory.url}")
    phone.get_by_role("combobox", name="Họ tên, cơ quan hoặc chủ đề").fill("dang")
    phone.locator(".pp-suggest__option").first.wait_for()
    found["directory with suggestions open"] = axe_violations(phone)

    failures = {name: rules for name, rules in found.items() if rules}
    assert not failures, "\n".join(
        f"{name} ({pages.get(name, '')}):\n  " + "\n  ".join(rules)
        for name, rules in failures.items()
    )
    assert len(found) == len(pages) + 3


def test_every_public_page_is_valid_html(desktop, live_server, portal, tmp_path):
    java = shutil.which("java")
    if not VNU.exists() or java is None:
        missing(
            f"the Nu Html Checker needs Java and {VNU}: run `npm ci` at the "
            "repository's top"
        )
    files = {}
    for name, address in public_pages(portal).items():
        response = desktop.request.get(f"{live_server.url}{address}")
        assert response.ok or response.status == 400, (name, response.status)
        path = tmp_path / f"{len(files):02d}.html"
        path.write_bytes(response.body())
        files[path.as_uri()] = name
    run = subprocess.run(  # noqa: S603 (our own files, a fixed command)
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    messages = json.loads(run.stderr)["messages"]  # the checker's own report
    errors = [
        f"{files.get(message.get('url'), message.get('url'))}, line "
        f"{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
    assert run.returncode == 0, run.stderr
