"""The registry as shipped: aliases, spelling variants, outlets/products, did-you-mean."""

from pathlib import Path

from digest import registry

CONTENT = Path(__file__).resolve().parents[1] / "content"


def test_aliases_resolve_across_accents_case_and_epithets():
    reg = registry.load(CONTENT)
    assert reg.resolve("Sebastien Bubeck") == "sebastien-bubeck"
    assert reg.resolve("SÉBASTIEN  BUBECK") == "sebastien-bubeck"
    assert reg.resolve("la firme de Redmond", "company") == "microsoft"
    assert reg.resolve("Le géant du logiciel", "company") == "microsoft"
    assert reg.resolve("@satyanadella") == "satya-nadella"
    assert reg.resolve("Aleksander Madry") == "aleksander-madry"
    assert reg.resolve("Sebastian Bubek", "person") is None
    assert reg.resolve("Sebastian Bubek", "person", fuzzy=True) == "sebastien-bubeck"
    assert reg.resolve("Sam Altmann", "person", fuzzy=True) == "sam-altman"
    assert reg.resolve("Sam Altman", "company") is None


def test_outlets_and_products_are_not_companies():
    reg = registry.load(CONTENT)
    assert reg.is_outlet("The Information") and reg.is_outlet("reuters")
    assert reg.is_product("ChatGPT") and reg.is_product("Phi-3")
    assert reg.resolve("ChatGPT", "company") is None


def test_did_you_mean_and_names():
    reg = registry.load(CONTENT)
    assert reg.did_you_mean("open-ai", "company")[0] == "openai"
    assert reg.did_you_mean("sebastien-bubek", "person")[0] == "sebastien-bubeck"
    assert reg.name("person", "aleksander-madry") == "Aleksander Mądry"


def test_shipped_registry_files_have_both_descriptions_and_people_have_affiliations():
    reg = registry.load(CONTENT)
    assert not reg.problems
    for kind in ("company", "person"):
        for entity in reg.entities[kind].values():
            assert entity.description.get("fr") and entity.description.get("en"), entity.id
            if kind == "person":
                assert entity.affiliations and all(a["company"] in reg.entities["company"] for a in entity.affiliations), entity.id
