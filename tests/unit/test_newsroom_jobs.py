"""A newsroom's job titles are one vocabulary (issue 14's code quality): a title one rule of bylines, role lines or
author boxes knows, every other rule knows too, in both languages, either gender and the plural. Lines written for
these tests from the kinds of page."""

import re

import pytest

from digest.ingest import bylines
from digest.ingest.entities.person_cues import AUTHOR_BIO
from digest.ingest.lines.author_roles import newsroom_role
from digest.ingest.lines.furniture import furniture
from digest.ingest.newsroom_jobs import JOB, JOBS


@pytest.mark.parametrize(
    "title", ["journaliste", "Rédactrice en chef", "envoyé spécial", "chroniqueuse", "cheffe de rubrique", "columnist"]
)
def test_one_writers_title_is_a_job_and_so_is_the_plural(title):
    assert re.fullmatch(JOB, title, re.I)
    plural = {
        "envoyé spécial": "envoyés spéciaux",
        "Rédactrice en chef": "rédactrices en chef",
        "cheffe de rubrique": "cheffes de rubrique",
    }.get(title, "")
    assert re.fullmatch(JOBS, plural or f"{title}s", re.I)
    assert not re.fullmatch(JOB, plural or f"{title}s", re.I)


@pytest.mark.parametrize(
    "line, author",
    [
        ("Hélène Dubreuil, éditorialiste", "Hélène Dubreuil"),  # a title after a comma
        ("Kwame Asante (staff journalist)", "Kwame Asante"),  # in brackets
        ("Grace Adebayo Politics journalist", "Grace Adebayo"),  # the beat, then the title
        ("Par Mathis Ferrand, pigiste", "Mathis Ferrand"),
        ("By contributing columnist Dara Whitcombe", "Dara Whitcombe"),  # the title between the cue and the name
    ],
)
def test_a_byline_reads_every_newsroom_title(line, author):
    assert bylines.byline(line)[0] == [author]


@pytest.mark.parametrize(
    "line", ["Senior journalist, Nairobi", "Envoyée spéciale, Kyiv", "Pigiste", "Cheffe de la rubrique économie"]
)
def test_the_role_line_under_a_byline_reads_every_newsroom_title(line):
    assert newsroom_role(line)


@pytest.mark.parametrize(
    "line",
    [
        "Correspondante à Genève depuis 2019, elle couvre la diplomatie et les organisations internationales.",
        "Columnist and author of two books on the history of the printing press.",
        "Tomás Ekwueme is a freelance contributor covering urban affairs.",
        "Léonie Valcourt est chroniqueuse et suit la vie politique locale.",
    ],
)
def test_an_author_box_reads_every_newsroom_title(line):
    assert furniture(line, "fr" if "est" in line.split() or "à" in line else "en") is not None


@pytest.mark.parametrize(
    "tail", [" est envoyée spéciale du journal", " is a freelance contributor", " est pigiste", " is a columnist"]
)
def test_a_name_followed_by_a_newsroom_title_is_the_author_not_a_person_of_the_story(tail):
    assert AUTHOR_BIO.match(tail)


def test_the_plural_of_a_title_is_no_author_box():
    assert furniture("Reporters sans frontières dénonce l'arrestation de deux journalistes.", "fr") is None
