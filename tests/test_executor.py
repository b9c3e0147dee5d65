def test_daemon_calls_their_callers_gave_up_on_are_bounded(monkeypatch):
    """An approver that never answers kept a thread each, without end (3,000 escalations: 3,002
    threads). Past the bound a call fails at once, and the caller decides as for any failure;
    calls still being waited for never count (300 approvals pending at once all ran)."""
    import threading

    from guard import executor

    monkeypatch.setattr(executor, "MAX_ABANDONED", 2)
    monkeypatch.setattr(executor, "_abandoned", 0)
    release = threading.Event()
    waited = [executor.call_on_daemon_thread(release.wait, name="t-waited") for _ in range(5)]
    assert not any(f.done() for f in waited)  # five running, none refused: their callers still wait
    for f in waited[:2]:
        executor.abandon(f)
        executor.abandon(f)  # once only
    refused = executor.call_on_daemon_thread(lambda: "ran")
    assert isinstance(refused.exception(timeout=1), RuntimeError) and "outlived" in str(refused.exception())
    release.set()
    assert all(f.result(timeout=5) is True for f in waited)
    assert executor._abandoned == 0
    assert executor.call_on_daemon_thread(lambda: "ran").result(timeout=5) == "ran"


def test_a_forked_child_starts_with_no_abandoned_calls(monkeypatch):
    """The child inherited the parent's count of abandoned calls, not their threads: at the bound,
    every approver and check in the child failed at once."""
    import multiprocessing
    import threading

    from guard import executor

    monkeypatch.setattr(executor, "MAX_ABANDONED", 1)
    monkeypatch.setattr(executor, "_abandoned", 0)
    release = threading.Event()
    stuck = executor.call_on_daemon_thread(release.wait)
    executor.abandon(stuck)

    def child(q):  # noqa: ANN001, ANN202
        q.put(executor.call_on_daemon_thread(lambda: "ran").result(timeout=5))

    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q,))
    p.start()
    try:
        assert q.get(timeout=30) == "ran"
    finally:
        p.join(30)
        release.set()
