"""The web front end: one FastAPI app serving the JSON API, the article pages, the Gradio chat page,
the compact `/embed` chat view and the widget launcher script.

Flow: `serve.run` (the edge: env vars, uvicorn) -> `server.create_app` (wiring) -> routers in
`api`, `pages`, `widget` and the Gradio Blocks in `chat`. Everything talks to the core only
through the `Assistant` methods listed in `contract.AssistantLike`; nothing in the core imports this
package.
"""
