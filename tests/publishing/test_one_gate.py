"""Only the gate decides what is public: no other code filters on the facts.

Code outside ``portal_press/publishing/`` that narrows a query by ``live``,
an embargo, an expiry, appointment dates or an agency's closure, or compares
one of them with the time, is deciding public visibility on its own: it must
ask ``portal_press.publishing.visibility`` instead.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "portal_press", ROOT / "example_site" / "home"]
ALLOWED = [ROOT / "portal_press" / "publishing", ROOT / "portal_press" / "migrations"]

FACT_FIELDS = {
    "live",
    "embargo_until",
    "expire_at",
    "withdrawn_at",
    "valid_from",
    "valid_until",
}
CLOSURE = "is_active"
QUERY_METHODS = {"filter", "exclude", "get", "Q", "update_or_create", "get_or_create"}
# Wagtail's own shortcuts for the same facts.
FACT_METHODS = {"live", "not_live", "public", "not_public", "expired"}
TIME_NAMES = {"now", "today", "on", "day", "moment"}


def _call_name(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_fact_lookup(name):
    field, _sep, _lookup = name.partition("__")
    return (
        field in FACT_FIELDS
        or name == CLOSURE
        or name.startswith(f"{CLOSURE}__")
        or f"__{CLOSURE}" in name
    )


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
    }


def violations(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name in QUERY_METHODS:
                found += [
                    (node.lineno, f"{name}({kw.arg}=…)")
                    for kw in node.keywords
                    if kw.arg and _is_fact_lookup(kw.arg)
                ]
            if (
                name in FACT_METHODS
                and isinstance(node.func, ast.Attribute)
                and not node.args
                and not node.keywords
            ):
                found.append((node.lineno, f".{name}()"))
        elif isinstance(node, ast.Compare):
            names = _names(node)
            if names & FACT_FIELDS - {"live"} and names & TIME_NAMES:
                found.append((node.lineno, "a fact compared with the time"))
    return found


def scanned_files():
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            if not any(path.is_relative_to(allowed) for allowed in ALLOWED):
                yield path


def test_no_code_outside_the_gate_decides_what_is_public():
    offences = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in scanned_files()
        for line, what in violations(path)
    ]
    assert offences == [], "Ask portal_press.publishing.visibility instead:\n" + (
        "\n".join(offences)
    )


@pytest.mark.parametrize(
    "source",
    [
        "Page.objects.filter(live=True)",
        "pages.live()",
        "pages.public()",
        "Q(embargo_until__gt=now)",
        "people.exclude(valid_until__lt=today)",
        "Agency.objects.filter(is_active=True)",
        "people.filter(agency__is_active=True)",
        "if page.embargo_until > now: pass",
    ],
)
def test_the_scan_catches_each_kind_of_rule(tmp_path, source):
    module = tmp_path / "module.py"
    module.write_text(source + "\n")
    assert violations(module)
