from django.apps import AppConfig


class DemoDataConfig(AppConfig):
    name = "demo_data"
    default_auto_field = "django.db.models.BigAutoField"
