"""The site owner's store: votes, the unanswered log and daily outcome counts (SQLite or PostgreSQL)."""
