"""`guard.text_memo.TextMemo`: what was computed from a text, kept for the latest texts."""
from guard.text_memo import TextMemo


def test_the_latest_texts_are_kept_within_their_count_and_size_and_only_what_may_be():
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text.upper()

    memo = TextMemo(2, max_size=8, size=len, keep=lambda v: not v.startswith("X"))
    assert memo.get("abc", make) == "ABC" and memo.get("abc", make) == "ABC" and made == ["abc"]
    memo.get("de", make), memo.get("fgh", make)  # three texts: the oldest goes
    assert len(memo) == 2 and memo.get("abc", make) == "ABC" and made.count("abc") == 2
    memo.get("ijklmnop", make)  # 8 characters: the others go to stay within the size
    assert memo.values() == ["IJKLMNOP"]
    memo.get("xyz", make), memo.get("xyz", make)  # not kept: made each time
    assert made.count("xyz") == 2 and memo.values() == ["IJKLMNOP"]
    assert memo.get("abc", make, extra="other") == "ABC" and made.count("abc") == 3  # another key
