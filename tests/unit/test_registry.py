"""The registry as shipped: aliases, spelling variants, outlets/products, did-you-mean."""

from conftest import SAMPLE

from digest import registry


def test_aliases_resolve_across_accents_case_and_epithets():
    reg = registry.load(SAMPLE)
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
    reg = registry.load(SAMPLE)
    assert reg.is_outlet("The Information") and reg.is_outlet("reuters")
    assert reg.is_product("ChatGPT") and reg.is_product("Phi-3")
    assert reg.resolve("ChatGPT", "company") is None


def test_did_you_mean_and_names():
    reg = registry.load(SAMPLE)
    assert reg.did_you_mean("open-ai", "company")[0] == "openai"
    assert reg.did_you_mean("sebastien-bubek", "person")[0] == "sebastien-bubeck"
    assert reg.name("person", "aleksander-madry") == "Aleksander Mądry"


def test_shipped_registry_files_have_both_descriptions_and_people_have_affiliations():
    reg = registry.load(SAMPLE)
    assert not reg.problems
    for kind in ("company", "person"):
        for entity in reg.entities[kind].values():
            assert entity.description.get("fr") and entity.description.get("en"), entity.id
            if kind == "person":
                assert entity.affiliations and all(
                    a["company"] in reg.entities["company"] for a in entity.affiliations
                ), entity.id


def test_knowledge_base_records_are_complete_and_never_collide():
    """The shipped knowledge base: 1200+ organisations of the kinds its header lists, each with a valid unique id,
    descriptions in both languages, no name or alias shared by two records, no product or outlet, ambiguity markers
    on its own names."""
    from digest import model

    reg = registry.load(SAMPLE)
    records = registry.knowledge()
    companies = [r for r in records if r.kind == "company"]
    assert len(companies) >= 1200
    kinds = {"big-tech", "ai-lab", "start-up", "chips", "cloud", "software", "investor", "research", "university"}
    assert {item["kind"] for item in registry._data("organisations")} <= kinds
    assert len({(r.kind, r.id) for r in records}) == len(records)
    owner = {}
    for record in records:
        assert model.ID_RE.match(record.id), record.id
        assert record.description.get("fr") and record.description.get("en"), record.id
        assert not record.links or record.links["website"].startswith("https://"), record.id
        assert set(record.ambiguous) | set(record.needs_cue) <= set(record.surfaces), record.id
        for surface in record.surfaces:
            key = registry.norm(surface)
            assert owner.setdefault(key, record.id) == record.id, f"{surface!r}: {record.id} and {owner[key]}"
            assert not reg.is_product(surface) and not reg.is_outlet(surface), f"{surface!r} ({record.id})"


def test_knowledge_base_names_resolve_to_canonical_ids_and_content_files_win():
    reg = registry.load(SAMPLE)
    assert reg.resolve("DeepMind") == "google-deepmind" and reg.name("company", "google-deepmind") == "Google DeepMind"
    assert reg.resolve("Inflection AI") == "inflection-ai"
    assert reg.resolve("LightSpeed Ventures") == "lightspeed-venture-partners"
    assert reg.resolve("la firme de Cupertino", "company") == "apple"
    assert reg.resolve("Andreesen Horowitz", "company") == "andreessen-horowitz"
    # Records matching a content file (same id or a shared name) link to it and are not proposed again.
    assert reg.resolve("Microsoft AI") == "microsoft" and "microsoft" not in reg.known["company"]
    assert reg.resolve("Stanford") == "stanford-university" and "stanford-university" in reg.known["company"]
    assert reg.get("company", "stanford-university") is None  # no registry file until ingest creates one


def test_misspellings_of_knowledge_base_names_link_only_when_very_close():
    reg = registry.load(SAMPLE)
    for surface, person in [
        ("Thimotee Lacroix", "timothee-lacroix"),
        ("Mark Zuckerburg", "mark-zuckerberg"),
        ("Jensen Hwang", "jensen-huang"),
        ("Ilya Sutskevar", "ilya-sutskever"),
    ]:
        assert reg.resolve(surface, "person", fuzzy=True) == person, surface
    for surface in ("Mark Chan", "Daniel Levi", "Marc Chan"):
        assert reg.resolve(surface, "person", fuzzy=True) is None, surface
    assert reg.resolve("Andresen Horowitz", "company", fuzzy=True) == "andreessen-horowitz"
    assert reg.resolve("Drive Capital", "company", fuzzy=True) is None  # not Thrive Capital
    assert reg.resolve("Sebastian Bubek", "person", fuzzy=True) == "sebastien-bubeck"  # content files: the usual rule


def test_an_editor_file_owns_a_knowledge_base_record_that_shares_a_name(tmp_path):
    (tmp_path / "companies").mkdir()
    (tmp_path / "companies" / "deepmind.yml").write_text(
        "name: DeepMind\naliases: []\ndescription: {fr: Labo., en: Lab.}\n", encoding="utf-8"
    )
    reg = registry.load(tmp_path)
    assert reg.resolve("DeepMind") == reg.resolve("Google DeepMind") == reg.resolve("Google Deepmind") == "deepmind"
    assert reg.name("company", "deepmind") == "DeepMind"
    assert "google-deepmind" not in reg.known["company"]


def test_an_unreviewed_registry_file_keeps_the_strict_misspelling_rule(tmp_path):
    (tmp_path / "people").mkdir()
    path = tmp_path / "people" / "mark-chen.yml"
    path.write_text("name: Mark Chen\naliases: []\ndescription: {en: Researcher.}\nreviewed: false\n", encoding="utf-8")
    assert registry.load(tmp_path).resolve("Mark Chan", "person", fuzzy=True) is None  # as ingest created it
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    assert registry.load(tmp_path).resolve("Mark Chan", "person", fuzzy=True) == "mark-chen"  # an editor's name
