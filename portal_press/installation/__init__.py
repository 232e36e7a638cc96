"""Setting the app up in a host site: what ``manage.py portal_press_setup`` does.

Each step is idempotent and lives in its own module; :mod:`.steps` lists
them in order.
"""
