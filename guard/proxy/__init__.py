"""`guard proxy`: an OpenAI-compatible sidecar that guards agents it does not control.

Needs the `proxy` extra (starlette/uvicorn, httpx); nothing here is imported by
`import guard`. Entry points: `guard.proxy.server.build_app` and the `guard proxy` CLI.
"""
