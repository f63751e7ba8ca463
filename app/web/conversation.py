"""What the chat remembers of a conversation, kept in the page rather than in the server process:
the earlier questions (the core's `history`) and, for each reply that can be voted on, its
question and quoted passages. It travels as a JSON value with every chat event, so any worker
process or replica can answer any event (no sticky sessions).

The page can send anything back, so every value is checked on the way in; a malformed one counts
as empty. Sizes are capped: the last `MAX_ASKED` questions and `MAX_TURNS` replies."""

from __future__ import annotations

from app.records import Reply, passage_of

MAX_ASKED = 20
MAX_TURNS = 20
MAX_PASSAGES = 10
MAX_ID = 300


def earlier_questions(conversation: object) -> list[str]:
    asked = conversation.get("asked") if isinstance(conversation, dict) else None
    if not isinstance(asked, list):
        return []
    return [q for q in asked if isinstance(q, str)][-MAX_ASKED:]


def turn_at(conversation: object, position: int) -> dict | None:
    """The reply at this message position (question, passages, abstained), if well formed."""
    turn = _turns(conversation).get(str(position))
    if not (
        isinstance(turn, dict)
        and isinstance(turn.get("question"), str)
        and isinstance(turn.get("abstained"), bool)
        and isinstance(turn.get("passages"), list)
        and len(turn["passages"]) <= MAX_PASSAGES
        and all(isinstance(p, str) and len(p) <= MAX_ID for p in turn["passages"])
    ):
        return None
    return turn


def remember(conversation: object, question: str, reply: Reply, position: int) -> dict:
    """The conversation after `reply` to `question`, shown as message number `position`. A crisis
    reply keeps no question text for its vote: the store never holds a crisis message's words."""
    turns = {k: v for k, v in _turns(conversation).items() if k.isdigit()}
    turns[str(position)] = {
        "question": "" if reply.crisis else question,
        "passages": [passage_of(q.link) for q in reply.quotes],
        "abstained": reply.abstained,
    }
    kept = sorted(turns, key=int)[-MAX_TURNS:]
    return {
        "asked": [*earlier_questions(conversation), question][-MAX_ASKED:],
        "turns": {k: turns[k] for k in kept},
    }


def _turns(conversation: object) -> dict:
    turns = conversation.get("turns") if isinstance(conversation, dict) else None
    return turns if isinstance(turns, dict) else {}
