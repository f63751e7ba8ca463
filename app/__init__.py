"""Health-article question answering: quotes our own articles verbatim, with sources."""

__version__ = "0.1.0"
