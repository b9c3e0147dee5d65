def test_daemon_calls_that_never_return_are_bounded(monkeypatch):
    """An approver that never answers kept a thread each, without end (3,000 escalations: 3,002
    threads). Past the bound a call fails at once, and the caller decides as for any failure."""
    import threading

    from guard import executor

    monkeypatch.setattr(executor, "MAX_DAEMON_CALLS", 2)
    release = threading.Event()
    stuck = [executor.call_on_daemon_thread(release.wait, name="t-stuck") for _ in range(2)]
    refused = executor.call_on_daemon_thread(lambda: "ran")
    assert isinstance(refused.exception(timeout=1), RuntimeError) and "still running" in str(refused.exception())
    release.set()
    assert all(f.result(timeout=5) is True for f in stuck)
    for _ in range(50):  # the threads end their count as they finish
        if executor._running == 0:
            break
        threading.Event().wait(0.01)
    assert executor.call_on_daemon_thread(lambda: "ran").result(timeout=5) == "ran"
