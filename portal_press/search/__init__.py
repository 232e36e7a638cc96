"""Public search over releases, trainings, promotion pages and spokespersons.

``params`` validates what a visitor puts in the URL, ``text`` turns the
typed query into folded words and phrases, ``database`` runs it on Wagtail's
database search backend through the visibility gate, ``highlight`` marks the
matched words, and ``views`` serves the page and the autocomplete.
"""
