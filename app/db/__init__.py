"""The site owner's store: votes, the unanswered log and daily outcome counts, in SQLite (one
machine, the default) or PostgreSQL (replicas on several machines).

Modules, lowest first:
- `records.py`   what is stored and the `StoreReader` protocol (the contract with the report);
- `redact.py`    emails, phone numbers and long numbers removed from question text;
- `config.py`    `StoreConfig` from the settings; `HEALTHQA_DATABASE_URL` checked, never shown
                 with its password;
- `migrations.py` the numbered schema migrations, the same numbers for both backends;
- `batch.py`     what one transaction writes, and the `Backend` protocol;
- `sqlite.py`, `postgres.py` the two backends;
- `writer.py`    the bounded queue and the background thread that writes it (misses counted);
- `store.py`     `Store` (write side + read side) and `open_store`.

Use: `store = open_store(store_config(settings, os.environ))` at an edge: the store the server
uses (HEALTHQA_DATABASE_URL, else the file HEALTHQA_FEEDBACK_DB), migrated; StoreUnavailable when
the database cannot be used. Then `store.add_vote(...)`, `store.add_unanswered(q)` (stored only
when the opt-in log is on), `store.add_outcome("answered")`; `store.votes(since, until)`,
`store.unanswered(...)`, `store.daily_outcomes(...)` to read; `store.close()` at the end. The web
app keeps its store in `app.state.store`.

Periods: `since` inclusive, `until` exclusive, timezone-aware. `daily_outcomes` counts whole UTC
days: a day is in the period when it starts in it (a bound inside a day moves to the next day).
`unanswered` never returns a question older than the retention period, even before the writer
has deleted it (at start, with every write, and hourly when idle).

Left out on purpose: anything about a reader (no address, cookie, session or conversation), the
report itself (`app/report`, read through `StoreReader`), and moving an existing SQLite store into
PostgreSQL.
"""

from app.db.config import StoreConfig, store_config
from app.db.records import DayCounts, Outcome, StoreReader, Unanswered, Vote
from app.db.store import Store, open_store

__all__ = [
    "DayCounts",
    "Outcome",
    "Store",
    "StoreConfig",
    "StoreReader",
    "Unanswered",
    "Vote",
    "open_store",
    "store_config",
]
