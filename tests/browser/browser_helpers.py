"""Constants and helpers shared by the browser tests (imported by name; conftest.py holds the
fixtures)."""

from __future__ import annotations

import socket
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
ALLOWED_SITE, OTHER_SITE = "site-a.test", "site-b.test"
QUESTION = "What are the physical symptoms of dopamine deficiency?"
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A clinic's page</title>
<style>
  body {{ font-family: Georgia, serif; margin: 2rem; background: #f7f3ea; }}
  button, iframe, div {{ border: 3px dashed red !important; }}  /* hostile page styles */
  #panel, .launcher {{ display: none !important; }}
</style></head>
<body>
  <h1>Riverside Clinic</h1>
  <p>Opening hours, directions and news. Questions about your health? Use the chat button.</p>
  <div id="panel">The host page's own element with id "panel".</div>
  <script src="{app}/widget.js" async data-title="Ask Riverside's articles"
          data-greeting="Hello from Riverside Clinic! Ask a question." data-accent="#7c3aed"
          {extra}></script>
</body></html>
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def screenshot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
