"""Word groups shared by the category modules."""

from __future__ import annotations

_ME = r"(?:my ?self|me)"
_THEM = r"(?:him|her|them)sel(?:f|ves)"
