"""A legal form of two abbreviated words ("Pte. Ltd.", "Co. Ltd.", "Sdn. Bhd.") ends no sentence at its first full
stop: the company's name and the verb after it stay in one sentence, where the event's trigger finds them."""

import pytest

from digest.ingest.events.clauses import SENTENCE, SENTENCE_END


@pytest.mark.parametrize(
    "text",
    [
        "The board of Halden Robotics Pte. Ltd. has asked Mira Sand to return as chief executive.",
        "Lumo Co. Ltd. appointed Jin Park as chief technology officer.",
        "Kirana Sdn. Bhd. named Aisyah Rahman its chief executive.",
        "Tasman Foods Pty. Ltd. hired Kate Moore as chief financial officer.",
    ],
)
def test_a_two_word_legal_form_ends_no_sentence(text):
    assert [m.group() for m in SENTENCE.finditer(text)] == [text]
    assert [m.start() for m in SENTENCE_END.finditer(text)] == [len(text) - 1]


def test_a_legal_form_at_a_sentence_s_end_still_ends_it():
    text = "She joined Lumo Co. Ltd. Then she left."
    assert [m.group().strip() for m in SENTENCE.finditer(text)] == ["She joined Lumo Co. Ltd.", "Then she left."]
