"""The LLM judge against a fake OpenAI-compatible server (real HTTP, real wire format) and the real MiniLM rater."""
import math

import pytest

from detectors.verification.guidelines import load_pack
from detectors.verification.raters.llm_judge import JudgeError, JudgeRater, p_yes_from_response
from detectors.verification.trajectory import from_agentdojo
from tests.test_glean_support import bad_run, good_run


def completion(top: list[tuple[str, float]]) -> dict:
    """A chat.completions response with logprobs, as the OpenAI API returns it."""
    tok, lp = top[0]
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "judge-1",
        "choices": [{"index": 0, "finish_reason": "length",
                     "message": {"role": "assistant", "content": tok},
                     "logprobs": {"content": [{"token": tok, "logprob": lp, "bytes": list(tok.encode()),
                                               "top_logprobs": [{"token": t, "logprob": l, "bytes": list(t.encode())} for t, l in top]}],
                                  "refusal": None}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 1, "total_tokens": 11},
    }


def judge_reply(body: dict) -> dict:
    """The judge's answer, chosen from the prompt it was sent."""
    prompt = body["messages"][-1]["content"]
    if "NOLOGPROBS" in prompt:
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": "yes"}}]}
    if "unable" in prompt:
        return completion([("No", math.log(0.8)), ("Yes", math.log(0.15)), (" maybe", math.log(0.05))])
    return completion([("Yes", math.log(0.9)), ("yes", math.log(0.03)), ("No", math.log(0.07))])


@pytest.fixture
def endpoint(fake, monkeypatch):
    """The shared fake upstream (tests/fake_upstream.py) answering as a judge."""
    fake.log.clear()
    fake.script = judge_reply
    monkeypatch.setenv("JUDGE_KEY", "sk-test")
    yield fake.url
    fake.script = None


def test_judge_reads_p_yes_from_logprobs(endpoint, fake):
    g = next(g for g in load_pack("general-deep").guidelines if g.id == "answer_reports_completion")
    rater = JudgeRater({"base_url": endpoint, "model": "judge-1", "api_key_env": "JUDGE_KEY", "max_workers": 2})
    good, bad = from_agentdojo(good_run(), "g"), from_agentdojo(bad_run(), "b")
    ps = rater.rate(g, [(good, good.answer), (bad, bad.answer)])
    assert ps[0] == pytest.approx(0.93 / 1.0, abs=1e-6)  # (0.9 + 0.03) / (0.9 + 0.03 + 0.07)
    assert ps[1] == pytest.approx(0.15 / 0.95, abs=1e-6)
    headers, body = fake.log.headers[0], fake.log.requests[0]
    assert headers["authorization"] == "Bearer sk-test"
    assert body["logprobs"] is True and body["top_logprobs"] == 5 and body["max_tokens"] == 1
    assert g.judge.question in body["messages"][-1]["content"]


def test_judge_without_logprobs_is_a_clear_error(endpoint):
    g = next(g for g in load_pack("general-deep").guidelines if g.id == "answer_on_topic")
    t = from_agentdojo(good_run(), "g")
    t.steps[-1].text = "NOLOGPROBS"
    with pytest.raises(JudgeError, match="logprobs"):
        JudgeRater({"base_url": endpoint, "model": "m", "api_key_env": None}).rate(g, [(t, t.steps[-1])])
    with pytest.raises(JudgeError, match="neither"):
        p_yes_from_response(completion([("Maybe", -0.1)]))


def test_minilm_rater_separates_exemplar_like_answers():
    from detectors.verification.raters.embedding import EmbeddingRater

    g = next(g for g in load_pack("general-deep").guidelines if g.id == "answer_reports_completion")
    good, bad = from_agentdojo(good_run(), "g"), from_agentdojo(bad_run(), "b")
    p_good, p_bad = EmbeddingRater().rate(g, [(good, good.answer), (bad, bad.answer)])
    assert p_good > 0.5 > p_bad
    topic = next(g for g in load_pack("general-deep").guidelines if g.id == "answer_on_topic")
    off = from_agentdojo(good_run(), "off")
    off.steps[-1].text = "The weather in Paris is sunny with light winds."
    on_p, off_p = EmbeddingRater().rate(topic, [(good, good.answer), (off, off.steps[-1])])
    assert on_p > off_p


def test_malformed_judge_responses_are_judge_errors_that_say_what_is_wrong(endpoint, fake):
    def first(**kw):
        body = completion([("Yes", -0.1), ("No", -2.5)])
        body["choices"][0]["logprobs"]["content"][0].update(kw)
        return body

    top = lambda lp: completion([("Yes", lp), ("No", -2.5)])  # noqa: E731
    for body, err in ((top("-0.1"), r"top_logprobs\[0\]\.logprob must be a number ≤ 0 \(a log-probability\), got '-0\.1'"),
                      (top(None), r"top_logprobs\[0\]\.logprob must be a number ≤ 0.*got None"),
                      (top(5.0), r"top_logprobs\[0\]\.logprob must be a number ≤ 0.*got 5\.0"),
                      (top(float("nan")), r"got nan"),
                      (first(top_logprobs={"Yes": -0.1}), r"top_logprobs must be a list of objects"),
                      ({"choices": [{"logprobs": {"content": [["Yes", -0.1]]}}]}, r"content\[0\] must be an object, got list")):
        with pytest.raises(JudgeError, match=err):
            p_yes_from_response(body)
    assert p_yes_from_response(top(1e-9)) == pytest.approx(1 / (1 + math.exp(-2.5)))  # rounding above 0 reads as 0
    g = next(g for g in load_pack("general-deep").guidelines if g.id == "answer_on_topic")
    t = from_agentdojo(good_run(), "g")
    import httpx

    html = httpx.Client(base_url="http://judge", transport=httpx.MockTransport(lambda r: httpx.Response(200, text="<html>502</html>")))
    with pytest.raises(JudgeError, match="judge endpoint returned a body that is not JSON"):
        JudgeRater({"base_url": "http://judge", "model": "m", "api_key_env": None}, client=html).rate(g, [(t, t.steps[-1])])


def test_embedding_cache_full_keeps_the_texts_a_call_already_had():
    """A full cache was emptied mid-call and the texts it held were then looked up (KeyError:
    a long-running gate refused every answer once 50,000 steps had been embedded)."""
    from detectors.verification.raters.embedding import Embedder

    e = Embedder(cache_size=3)
    first = e.encode(["alpha", "beta"])
    both = e.encode(["alpha", "gamma", "delta"])  # alpha cached; 2 + 2 new > 3 empties the cache
    assert both.shape == (3, 384)
    assert (both[0] == first[0]).all()
    assert len(e._cache) <= 3 and "alpha" not in e._cache and {"gamma", "delta"} <= set(e._cache)
