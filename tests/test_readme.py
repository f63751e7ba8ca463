"""The README's command-line section is the parser's own usage text."""

from app.cli import parser
from tests.conftest import ROOT


def test_readme_shows_the_current_usage_lines():
    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    commands = parser()._subparsers._group_actions[0].choices
    for sub in commands.values():
        assert " ".join(sub.format_usage().split()) in readme
