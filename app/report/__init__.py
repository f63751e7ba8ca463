"""The site owner's report: what readers asked that the articles did not answer (grouped by
meaning), thumbs-down answers and the passages quoted most, and answered / not covered / crisis
counts per day, over a period.

Modules, each building on the last: `period` (the period filter), `groups` (questions -> groups
of the same meaning: embedding, clustering, representative), `make` (a `StoreReader` + the
index's passages + the embedder -> `Report`, and its JSON shape), `text` (the report for a
terminal), `source` (today's SQLite files as a `StoreReader`, until the shared store replaces
them). The web page is `app.web.admin`.

Left out on purpose: anything that identifies a reader (the store keeps nothing of the kind, and
every text shown is redacted again here), and any text of a crisis message (never shown).
"""
