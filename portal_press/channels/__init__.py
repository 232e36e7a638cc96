"""What journalists and machines take away: vCards and QR codes, calendars,
feeds, the JSON API, structured data, the sitemap and printable PDFs.

One module per output. Every output takes its rows from
:mod:`portal_press.publishing.visibility` and shows the same data as the
HTML pages (often through the same :mod:`portal_press.public` builders); each
is listed with its URL pattern in :mod:`.registry`.
"""
