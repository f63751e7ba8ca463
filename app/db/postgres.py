"""The PostgreSQL backend (`HEALTHQA_DATABASE_URL=postgresql://...`): one database that replicas on
several machines share, through psycopg 3 and a small psycopg-pool connection pool (which checks a
connection before lending it and reconnects after the server restarts).

At start, migrations run on their own connection under a transaction-scoped advisory lock, so two
replicas starting at once apply each one exactly once; a database that cannot be reached or used
then is a StoreUnavailable whose message holds no password. Later writes go through the pool; a
failing write raises the driver's error (`errors`), which the writer counts as a miss."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from app.db import migrations
from app.db.batch import Batch, first_day, kept_since
from app.db.config import masked, scrub
from app.db.records import DayCounts, Unanswered, Vote
from app.errors import StoreUnavailable

MIGRATION_LOCK = 0x6865616C7468  # pg_advisory_xact_lock key: "health" in ASCII
CONNECT_TIMEOUT_S = 10


class PostgresBackend:
    name = "postgresql"
    errors = (psycopg.Error,)  # psycopg_pool.PoolTimeout is one too

    def __init__(self, url: str, pool_timeout: float = 5.0, max_size: int = 4) -> None:
        self.url = url
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            open=False,
            timeout=pool_timeout,
            kwargs={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "healthqa"},
            check=ConnectionPool.check_connection,
            name="healthqa-store",
        )

    def migrate(self) -> int:
        """Apply the pending migrations, then open the pool; the schema version."""
        try:
            with psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S) as conn:
                version = _migrate(conn, masked(self.url))
        except psycopg.Error as error:
            raise StoreUnavailable(
                f"the PostgreSQL database {masked(self.url)} cannot be used: "
                f"{type(error).__name__}: {scrub(str(error).strip(), self.url)}"
            ) from None
        self.pool.open(wait=False)
        return version

    def write(self, batch: Batch) -> None:
        self.pool.open(wait=False)  # a store used without `migrate` (tests): no-op otherwise
        with self.pool.connection() as conn, conn.cursor() as cur:  # one transaction
            if batch.votes:
                cur.executemany(
                    "INSERT INTO votes (created_at, question, passage_ids, vote, source, "
                    "abstained) VALUES (%s, %s, %s, %s, %s, %s)",
                    [
                        (
                            v.created_at,
                            v.question,
                            Jsonb(list(v.passage_ids)),
                            v.vote,
                            v.source,
                            v.abstained,
                        )  # fmt: skip
                        for v in batch.votes
                    ],
                )
            if batch.unanswered:
                cur.executemany(
                    "INSERT INTO unanswered_questions (created_at, question) VALUES (%s, %s)",
                    [(u.created_at, u.question) for u in batch.unanswered],
                )
            if batch.outcomes:
                cur.executemany(
                    "INSERT INTO daily_outcomes AS d (day, answered, not_covered, crisis) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (day) DO UPDATE SET "
                    "answered = d.answered + excluded.answered, "
                    "not_covered = d.not_covered + excluded.not_covered, "
                    "crisis = d.crisis + excluded.crisis",
                    batch.day_rows(),
                )
            if batch.expire_before is not None:
                cur.execute(
                    "DELETE FROM unanswered_questions WHERE created_at < %s",
                    (batch.expire_before,),
                )

    def votes(self, since: datetime | None = None, until: datetime | None = None) -> list[Vote]:
        rows = self._read(
            "SELECT created_at, question, passage_ids, vote, source, abstained FROM votes",
            since,
            until,
            order="created_at, id",
        )
        return [Vote(_utc(r[0]), r[1], tuple(r[2]), r[3], r[4], r[5]) for r in rows]

    def unanswered(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        expire_before: datetime | None = None,
    ) -> list[Unanswered]:
        since = kept_since(since, expire_before)
        sql = "SELECT created_at, question FROM unanswered_questions"
        rows = self._read(sql, since, until, order="created_at, id")
        return [Unanswered(_utc(r[0]), r[1]) for r in rows]

    def daily_outcomes(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[DayCounts]:
        sql = "SELECT day, answered, not_covered, crisis FROM daily_outcomes"
        rows = self._read(sql, since and first_day(since), until and first_day(until), column="day")
        return [DayCounts(r[0], r[1], r[2], r[3]) for r in rows]

    def close(self) -> None:
        self.pool.close()

    def _read(self, sql: str, since, until, column="created_at", order="") -> list:
        self.pool.open(wait=False)
        where, args = [], []
        if since is not None:
            where.append(f"{column} >= %s")
            args.append(since)
        if until is not None:
            where.append(f"{column} < %s")
            args.append(until)
        sql += (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order or column}"
        with self.pool.connection() as conn:
            return conn.execute(sql, args).fetchall()


def _migrate(conn: psycopg.Connection, where: str) -> int:
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        conn.execute(migrations.VERSION_TABLE["postgresql"])
        applied = [v for (v,) in conn.execute("SELECT version FROM schema_migrations")]
        for step in migrations.pending(applied, where):
            for statement in migrations.statements(step.postgresql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (%s, %s, now())", (step.version, step.name)
            )
    return max([*applied, *(m.version for m in migrations.MIGRATIONS)])


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
