"""A page's own metadata read from pages shaped like real news sites (tests/fixtures/web/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest.webpage import Image, Page, decode_page, read_page

WEB = Path(__file__).parents[1] / "fixtures" / "web"
HERE = "http://127.0.0.1:8000/pages/"


def page(name: str) -> Page:
    text, _, _ = decode_page((WEB / name).read_bytes(), "text/html; charset=utf-8")
    return read_page(text, url=HERE + name)


EXPECTED = {
    # A French daily: Open Graph and JSON-LD; meta author and article:author are the outlet and its
    # Facebook page, never journalists; the JSON-LD ImageObject gives the caption and credit.
    "fr-jsonld.html": Page(
        title="Une start-up lyonnaise recrute l’ancienne directrice scientifique d’un géant du cloud",
        date="2026-03-04",
        date_found="article:published_time",
        authors=("Hélène Marchal", "Luc Ferrand"),
        outlet="Le Quotidien Numérique",
        canonical_url="https://www.lequotidien-numerique.fr/economie/article/2026/03/04/une-start-up-lyonnaise-recrute_6021.html",
        lang="fr",
        image=Image(
            "https://img.lequotidien-numerique.fr/2026/03/04/0/0/3000/2000/1440/0/75/0/a1b2c3_vellum.jpg?width=1440",
            "Camille Roux, dans les locaux de Vellum à Lyon, le 2 mars 2026.",
            "Julien Perrin pour « Le Quotidien Numérique »",
        ),
    ),
    # An English blog-style site without JSON-LD: relative canonical, caption and credit from the <figure>
    # whose srcset holds the og:image at another size.
    "en-opengraph.html": Page(
        title="Robotics firm Armature hires former Nimbus AI chief",
        date="2026-03-12",
        date_found="article:published_time",
        authors=("Tom Whitfield",),
        outlet="The Tech Ledger",
        canonical_url="http://127.0.0.1:8000/2026/03/12/armature-hires-former-nimbus-ai-chief/",
        lang="en",
        image=Image(
            "https://cdn.techledger.example/uploads/2026/03/natarajan-armature.jpg",
            "Priya Natarajan speaking in London last year.",
            "Photo: Sam Okafor/Ledger Images",
        ),
    ),
    # No metadata at all: the <title> gives headline and site, htmldate the <time>.
    "en-bare.html": Page(
        title="Small lab Quillon loses its co-founder to a hedge fund",
        date="2026-02-27",
        date_found="htmldate",
        outlet="Quant Weekly",
    ),
    # A paywall teaser: an organisation among the JSON-LD authors and as meta author is dropped.
    "fr-paywall.html": Page(
        title="Pourquoi le patron de Nimbus Cloud a claqué la porte",
        date="2026-03-09",
        date_found="json-ld",
        authors=("Sophie Aubert",),
        outlet="L’Écho des Machines",
        canonical_url="https://www.echo-des-machines.fr/tech/pourquoi-le-patron-de-nimbus-cloud-a-claque-la-porte-20260309",
        lang="fr",
        image=Image("https://www.echo-des-machines.fr/img/2026/03/nimbus-siege.jpg"),
        paywalled=True,
    ),
    # An AMP page: its canonical address is the ordinary article; the date keeps the outlet's own day.
    "en-amp.html": Page(
        title="Chipmaker Sorrel names ex-Armature engineer as CTO",
        date="2026-03-18",
        date_found="json-ld",
        authors=("Ngozi Adeyemi",),
        outlet="Circuit Daily",
        canonical_url="https://www.circuitdaily.example/news/sorrel-names-cto",
        lang="en",
        image=Image(
            "https://www.circuitdaily.example/media/sorrel-fab.jpg", "Sorrel's test fab in Austin.", "Sorrel Inc."
        ),
    ),
    # Broken JSON-LD is skipped; Open Graph and meta tags still give everything; "A and B" is two people.
    "en-badjsonld.html": Page(
        title="Open-weights group Lumen adds former regulator to its board",
        date="2026-03-20",
        date_found="article:published_time",
        authors=("Grace Liu", "Omar Haddad"),
        outlet="Policy Wire",
        canonical_url="https://policywire.example/2026/03/lumen-board-regulator",
        lang="en",
        image=Image("http://policywire.example/images/lumen-board.png"),
    ),
    # A WordPress blog (Yoast's JSON-LD graph): author, publisher and image are references to other nodes;
    # no <html lang>, so og:locale; og:image is a resized copy of the captioned image, whose credit ends its caption.
    "en-wordpress.html": Page(
        title="Exclusive: Nimbus Cloud's head of research departs for Quillon",
        date="2026-03-25",
        date_found="article:published_time",
        authors=("Dan Kowalski",),
        outlet="Stack & Silicon",
        canonical_url="https://stackandsilicon.example/2026/03/25/nimbus-head-of-research-departs-quillon/",
        lang="en",
        image=Image(
            "https://stackandsilicon.example/wp-content/uploads/2026/03/okonkwo-1200x675.jpg",
            "Adaeze Okonkwo at Nimbus Cloud's developer conference in 2025.",
            "Nimbus Cloud",
        ),
    ),
    # Windows-1252 bytes in a page declared UTF-8: read as what they are.
    "fr-cp1252.html": Page(
        title="Nominations : l’ex-patronne de l’IA d’un opérateur rejoint un fonds à 500 M€",
        date="2026-03-02",
        date_found="article:published_time",
        authors=("Émilie Sauvage",),
        outlet="Le Courrier Tech",
        lang="fr",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata(name):
    assert page(name) == EXPECTED[name]


def test_fixtures_all_expected():
    assert sorted(p.name for p in WEB.glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        b"\x00\xff\xfe garbage",
        "<html>",
        "not html at all",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": 5, "image": {"url": 5},'
        ' "headline": ["x"], "publisher": [null, 3], "datePublished": "yesterday", "@graph": '
        '"x"}</script></head></html>',
        '<html lang=""><head><meta property="og:locale" content="__"><meta property="og:image" '
        'content="javascript:alert(1)">'
        '</head><body><figure><img srcset=", ,"><figcaption></figcaption></figure></body></html>',
    ],
)
def test_malformed_pages_never_raise(html):
    found = read_page(html, url="https://example.com/a/")
    assert found.image is None and found.authors == () and found.date is None


def test_a_title_that_only_looks_like_headline_and_site_is_kept():
    html = "<html><head><title>OpenAI - Microsoft: the deal explained</title></head><body><p>x</p></body></html>"
    assert read_page(html).title == "OpenAI - Microsoft: the deal explained"


def test_french_byline_with_wire_is_one_journalist():
    html = '<html><head><meta name="author" content="Par Jeanne Petit avec AFP"></head><body><p>x</p></body></html>'
    assert read_page(html).authors == ("Jeanne Petit",)


@pytest.mark.parametrize(
    "data, content_type, encoding, warned",
    [
        ("<p>café</p>".encode(), "text/html; charset=utf-8", "utf-8", False),
        ("<p>café</p>".encode(), "text/html", "utf-8", False),  # undeclared UTF-8: nothing to say
        (b"<p>plain</p>", "text/html", "utf-8", False),
        ('<meta charset="windows-1252"><p>caf\xe9 \x80</p>'.encode("latin-1"), "text/html", "windows-1252", False),
        ("<p>café</p>".encode("latin-1"), "text/html; charset=ISO-8859-1", "cp1252", False),  # as browsers read it
        ("<p>café</p>".encode(), "text/html; charset=windows-1252", "utf-8", True),  # declared legacy, really UTF-8
        ("<p>café</p>".encode("cp1252"), "text/html; charset=utf-8", "latin-1", True),
        ("<p>café</p>".encode(), "text/html; charset=no-such-charset", "utf-8", True),
        (
            "\ufeff<p>café</p>".encode(),
            "text/html; charset=windows-1252",
            "utf-8-sig",
            False,
        ),  # a BOM outranks the header
    ],
)
def test_decode_page(data, content_type, encoding, warned):
    text, used, warnings = decode_page(data, content_type)
    assert used == encoding and bool(warnings) == warned
    assert "café" in text or "plain" in text


@pytest.mark.parametrize(
    "caption, expected",
    [
        ("Le siège de Nimbus à Paris (Photo : Jean Dupont / AFP)", ("Le siège de Nimbus à Paris", "Jean Dupont / AFP")),
        ("Camille Roux, à Lyon. Crédit photo : Julien Perrin", ("Camille Roux, à Lyon.", "Julien Perrin")),
        ("The lab in 2024. © Quillon", ("The lab in 2024.", "Quillon")),
        ("A photo of the team", ("A photo of the team", None)),  # "photo" in a sentence is not a credit
        ("The photo: a robot arm", ("The photo: a robot arm", None)),
    ],
)
def test_a_credit_written_into_the_caption_is_cut_out(caption, expected):
    html = (
        f'<html><head><meta property="og:image" content="https://e.example/a.jpg"></head><body><figure>'
        f'<img src="https://e.example/a.jpg"><figcaption>{caption}</figcaption></figure></body></html>'
    )
    image = read_page(html).image
    assert (image.caption, image.credit) == expected


@pytest.mark.parametrize(
    "metas, authors",
    [
        (
            {"article:author": "https://www.facebook.com/jane.doe", "author": "Jane Doe"},
            ("Jane Doe",),
        ),  # a profile link is no name
        ({"author": "Stack & Silicon Staff"}, ()),  # the outlet's desk
        ({"author": "Reuters"}, ()),  # a wire, one word
        ({"author": "Jane Doe, John Roe"}, ("Jane Doe", "John Roe")),
    ],
)
def test_meta_authors(metas, authors):
    tags = "".join(f'<meta {"property" if ":" in k else "name"}="{k}" content="{v}">' for k, v in metas.items())
    html = (
        '<html><head><meta property="og:site_name" content="Stack &amp; '
        f'Silicon">{tags}</head><body><p>x</p></body></html>'
    )
    assert read_page(html).authors == authors
