"""A host site's home page, as any site installing portal_press has one."""

from wagtail.models import Page


class HomePage(Page):
    parent_page_types = ["wagtailcore.Page"]
