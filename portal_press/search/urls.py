from django.urls import path

from . import views

urlpatterns = [
    path("", views.search_view, name="portal_press_search"),
    path("autocomplete/", views.autocomplete_view, name="portal_press_autocomplete"),
]
