"""The query-string tags: Django's {% querystring %}, sorted, the same on 5.2 and 6."""

import pytest
from django.template import engines
from django.test import RequestFactory


def render(source, query):
    request = RequestFactory().get("/vi/search/", query)
    template = engines["django"].from_string("{% load portal_press_tags %}" + source)
    return template.render({}, request)


@pytest.mark.parametrize(
    ("source", "query", "expected"),
    [
        (
            "{% query_string page=2 %}",
            {"q": "hop bao", "agency": "3"},
            "?agency=3&amp;q=hop+bao&amp;page=2",
        ),
        ("{% query_string page=None %}", {"page": "3"}, "?"),
        ("{% query_string page=None %}", {}, "?"),
        (
            '{% query_string_with "year" 2025 %}',
            {"page": "4", "q": "x"},
            "?q=x&amp;year=2025",
        ),
        ('{% query_string_without "year" %}', {"year": "2025", "q": "x"}, "?q=x"),
    ],
)
def test_query_strings(source, query, expected):
    assert render(source, query) == expected


def test_repeated_parameters_are_kept():
    assert render("{% query_string page=2 %}", {"tag": ["a", "b"]}) == (
        "?tag=a&amp;tag=b&amp;page=2"
    )
