"""Rule-based quotation annotator: direct quotes, unmarked block quotes, quoted terms and titles.

The input is cleaned prose: paragraphs separated by a blank line. Everything here is a rule a
reader can check by hand; nothing is tuned to a particular document.

Span extent
    A marked quotation (kinds "direct", "term", "title") covers the quotation INCLUDING its
    outer marks, so ``q.text`` starts with the opening mark and ends with the closing one
    (a quotation whose closing mark is missing runs to the end of its paragraph). A quotation
    spread over several paragraphs is one span from the first opening mark to the last closing
    mark. A block quotation covers its paragraph(s) without the trailing note marker ("[1]").

Finding marked quotations
    * Opening marks: “ ‟ „ « and the straight " ; closing marks: ” » and the straight " .
      A straight mark opens when the previous character is a space (or the paragraph start or
      an opening bracket or dash) and closes when it follows a non-space; while a quotation is
      open the next double mark closes it. Double quotation marks do not nest in English, so
      single marks (‘ ’ ') are never quotation boundaries: nested quotes belong to the outer
      quotation, and apostrophes cannot break a span.
    * A quotation is bounded by its paragraph. It continues into the next paragraph only when
      that paragraph starts with an opening mark (the convention for a quotation of several
      paragraphs) or when the next paragraph's first mark is an unambiguous closing mark (a
      quotation whose inner paragraphs lost their opening marks). Otherwise an unmatched
      opening mark runs to the end of its paragraph; an unmatched closing mark is ignored.
    * A text that quotes with single marks (British style: more ‘ openers than twice its
      double ones) is read the other way round: ‘ ’ and ' are the boundaries, apostrophes
      (a mark between two letters, "the workers’ state") are skipped, and double marks nest.

Block quotations (kind "block")
    A paragraph is a block quotation when the paragraph before it ends with a colon and the
    sentence ending in that colon contains a speech or writing verb ("Trotsky wrote:", "As
    Trotsky recalled in his autobiography:", "Lenin explained how:"). The block is that one
    paragraph, extended over up to three more paragraphs only when a later one ends with a
    note marker and none of them reads as narration (an introduction ending in a colon, a
    note marker that belongs to an inline quotation, or the speaker named with a cue verb).
    Lists, headings, paragraphs that open with a quotation mark (those are "direct") and
    paragraphs after a colon without a cue verb ("Hence:") are not blocks. Marked quotations
    inside a block belong to it and are not reported separately.

Kind of a marked quotation (first rule that applies)
    1. "title": the tagger's WORK_OF_ART mention covers the quoted words (two or more), or a
       work noun or naming verb ("book", "article", "pamphlet", "entitled", ...) is among the
       three words before the opening mark in its sentence, or the content is Title Case (2 to
       12 words) right after "in", "of", "called", "named", "entitled" or "read".
    2. "term": a naming cue ("called", "dubbed", "described ... as") with at most four words.
    Also "title": a Title Case name whose head is a document noun ("Moscow Directive").
    Single-quoted words outside any double quotation of a double-quote text are marked
    quotations too (‘Left’), and a double closing mark that stands for the ’ of a nested single
    quotation ("‘For Stalin!” ... ‘Against Stalin!’”") does not end the quotation.
    3. "direct": the quotation is introduced by a colon, or opens its paragraph and reads as
       speech (four words or more, or ending in . ! ? ,), or has eight words or more, or a
       speech cue attributes it (three words or more, or any length when the cue is adjacent:
       ``"No," he said``), or it reads as a sentence (capitalised, three words or more,
       ending in . ! ?), or it is a capitalised clause after "that" ("the lie that “Trotsky
       underestimates the peasantry”"), or a cue verb's own preposition introduces it
       ('warns of "summer of stoppages"').
    4. "term" otherwise: short scare quotes and quoted phrases used as words.
    A quotation after a direct one in the same paragraph that reads as speech (capitalised,
    ending in . ! ? ,) with no cue of its own continues it: direct, same speaker
    ('"No," he said. "Not today."'), unless another person is named in between.
Speaker
    A cue is a speech or writing verb (said, wrote, declared, explained, put it, summed up,
    told ...) or "according to X". Before the quotation, the cue must be in the same sentence
    (or in the sentence ending with the colon that introduces it); after the quotation, it
    must follow at once (", Trotsky said", "said Trotsky", ", as Trotsky put it"). The
    subject next to the verb is the speaker: a PERSON/ORG/NORP mention, a pronoun, or failing
    those a short noun phrase ("the president", "The 10th Congress") with no entity id.
    He/she resolve to the nearest earlier sentence with a PERSON mention outside quotations
    (a mention opening one of the last three sentences first, else the nearest; the first
    non-possessive mention of that sentence); "they" resolves the same way to ORG/NORP; "I"
    and "we" are the author (no speaker), except that "I" is the narrator when the text names
    them ("called me Styopa"). Titles never get a speaker; terms take the speaker a cue in their
    sentence gives (what Trotsky "called" it, "The Congress declared that ... “necessary”").
    Beyond speech verbs (quotes.v2):
    * verbs of thought and stance attribute words to their subject ("felt", "believed",
      "anticipated", "blamed"), without making a short quotation direct; a passive verb's
      "by" agent speaks; "X, the editor of Pravda, who accused", "the Ministry, which said",
      "X ... and said", "–, declaring that" take the clause's subject; any mention with a
      canonical id (a congress) may speak;
    * a possessive with a noun for words ("in Lenin's view", "Stalin’s formula of",
      "His slogan ... was") attributes the quotation;
    * an author-year citation given for a quotation ("(Halloran 1987, p. 44)") names its
      speaker unless a cue names one, and makes a quotation of three words or more direct;
    * a quotation with no cue takes, in order: the other party of a dialogue (a paragraph
      opening with a quotation right after someone's turn), the subject of the sentence before
      (when it opens its sentence), or the latest cue or attributed quotation within its
      paragraph and the two before ("Hence:"); terms look back three sentences in their
      paragraph for a speech cue ("The Stalinists answered ... The critics were “wreckers”");
    * pronoun antecedents skip sentences opened by the same pronoun, prefer a passive's agent,
      respect genders learnt from the text ("Lidia ..., and she"), count names that speak as
      people whatever their tag, and fall back on a noun for a person ("the foreman").
    Descriptions, titles and dialogue (quotes.v3):
    * a description is the speaker as the text writes it ("a waiter shouted", "One diplomat,
      who ..., said", "A spokesperson for X said", a headline's "minister says"); a later "the
      spokesperson" takes the description that introduced it, and "the Colonel" the person
      named with that title ("Colonel Brandreth" -> "Brandreth"); trailing adverbs ("said the
      Colonel quietly") are dropped. Titles are never part of a name;
    * a name set off after a description speaks ("The State Prosecutor, Andrei Vishinsky,
      charges"); "Senator X of the Nationals, who ..., said" gives X; a time phrase may stand
      between subject and verb ("Pravda this morning demanded");
    * pronouns: sentences about the same referent ("In 1899 he ...", "took him to ...") are
      skipped without counting towards the distance, a preposition's object ("towards Graça")
      is passed over, a subject with a verb after its appositive is preferred, "Mrs." is "she";
      a sentence ends after a note marker ('... storm."[1] He');
    * dialogue: a turn that names someone in the vocative ("Oh, Charlotte, ...") is answered by
      them; a paragraph-opening turn takes the subject of an action beat after it in its
      paragraph, or, after a paragraph of narration, the subject that narration is about; a
      name the text has speak ("said Charlotte,") is a person whatever its tag; the rest of an
      interrupted sentence ('"Open it," said C, "or we ..."') continues its turn;
    * kinds: a quoted fragment in the clause of say/tell/add with a named subject is direct
      ('said its figures were "considerably lower"'), as is 'promises to "..."'.
    Named and unnamed speakers, beats and addressees (quotes.v6):
    * a description is no speaker: an unnamed person ("the old woman", "a spokesman for X")
      gets null once the dialogue has been read; bodies with names keep theirs;
    * a known given name or a name addressed at a quotation's start is a person whatever its
      tag ("Cecilia" as GPE); "Ruth's hands stopped." is Ruth's beat; a tag or beat turning to
      someone ("said Tom, looking at Ruth") makes them answer; a vocative may open any sentence
      of a turn ("Both of you. Owen, ..."), and the answer takes the narration's name for the
      one addressed ("Lydia" -> "Lydia Marsh");
    * "the Ambassador", "the executive director" refer back to a name given that description
      in apposition, also as the antecedent of a pronoun in the next sentence;
    * "quoted X as saying/telling" gives X; "according to the dispatch" inside an interrupted
      quotation leaves the speaker of its first half; "used to say" is a cue;
    * a headline's quotation set off by a colon belongs to the person the headline names; in
      an interview (two question paragraphs or more) "I" in an answer is the interviewee.
    Subjects, pronouns and turns stated for English prose rather than for one text (quotes.v7):
    * a name right after a sentence-initial adverbial phrase and its comma ("When the vote was
      taken, Pell left the hall", "Asked about it, Dr. Pell shrugged") is the sentence's subject;
    * a run of sentences opened by the same pronoun ("He says ... He told me ...") refers to
      someone in the sentence right before the run, so "he said" after it takes that person;
    * gender is a filter: a nearer name of unknown gender yields to a gender-confirmed one only
      when that one is a subject (never a possessive, a preposition's object, or a name inside a
      sentence whose subject is the pronoun: "He told me that the mayor himself ...");
      gender comes also from a canonical name's given name ("Trotsky" is "Leon Trotsky"), from
      titles in other languages (Frau, Herr, Señora ...), from a kinship noun in apposition
      ("his daughter, Varvara"), and a given name shares its full name's ("Fräulein Melnikova"
      makes "Sonya" of "Sonya Melnikova" a woman); the first or last word of a person's full
      name is a person whatever its tag;
    * in "Deputy Ana Ruiz of the Green Party told", the person heads the noun phrase and
      speaks; a relative clause holding commas ("X, who ..., then ..., said") is passed over to
      its antecedent; an infinitive's subject is the subject of the past-tense verb it
      completes ("as Captain Orlov liked to say"); "remembered X as" attributes like "described";
    * a turn tagged "he/she replied" that answers the previous paragraph's turn belongs to the
      other party of an A-B-A exchange (or to the one the previous turn addresses) when the
      pronoun fits them and they are named; a text read out after a colon is no turn; one
      pronoun tag serves both halves of an interrupted sentence;
    * a possessive with a noun for someone's writing ("Lenin's notes", "Stalin's handwriting")
      attributes the quotation, as "Lenin's view" did.
    Verbs, names and the form of a name (quotes.v8):
    * said-bookisms are speech verbs ("interposed", "ejaculated", "assented") and "put in" is
      a cue like "put it";
    * a known given name that the tagger left untagged ("Olga heard him") is a person, unless
      it is part of a longer name, follows an article ("the tanker Ruth") or is also a common
      word ("Will", "Grace");
    * a pronoun or description speaks under the form of the name written last before the
      quotation ("Agnes Vollan ... Vollan said ... the minister added" gives "Vollan"; a
      surname of several words counts), never a longer name sharing the surname ("Ng" is not
      "Grace Ng"); a name the cue writes after the quotation stays as written;
    * "the foundation said" refers back to the latest body with that head noun in its name,
      and "his son recalled" to the name the same words introduced ("his son Anatol").
    Salience and the writers of documents (quotes.v11):
    * a run of sentences opened by "he"/"she" takes up the one the sentence of narration right
      before the run is about (its subject, or a name given as "was called X"), and no name
      further back outranks it for a surer gender; a turn's tag sets no such topic;
    * "I saw General Hay. He said:": the only third person in a sentence whose subject is the
      narrator is the antecedent; the narrator is never "he" or "she"; "he" in an opening clause
      is the subject after it ("Asked whether he ..., Albrecht paused"); the subject of a clause
      after "that" counts as a subject ("told me that on the train X was calm"); the one told
      ("he told Serge") and the one a "whom" clause is about are no antecedents; names joined
      before a pronoun's tag ("Zinoviev and Kamenev, he told Serge,") are its topic;
    * a text read aloud speaks for its writer, never the reader ("It was X's criticism ...
      Y read it aloud:", "words that Y reads aloud", "reads aloud from X's diary"); a relative
      clause about a document speaks for its writer ("X's Testament, the letter ... that called
      Y “too rude”"); one of someone's writings as a subject ("X's pencil notes ... One, dated
      “...”, reads: “...”") speaks for the writer, its date too; the subject "in which" a writing
      speaks ("a declaration in which he undertook", "a statement of the Opposition, in which
      it undertook"); "in the words of X", "in the phrase of X";
    * "It" opening a sentence is the named body the sentence before is about ("The Citizens'
      Committee ... It called the strike a “revolution”"); a nationality word modifying a noun
      ("The Soviet press") is no group and never speaks;
    * a description that speaks takes the name the text gives it later ("the boy, whose name
      turned out to be Emil"), else no speaker.
    * an initial or one-letter title is part of the name after a quotation ('", M. Thiers
      told the Assembly'), so the teller speaks, never the one told;
    * whoever gives, delivers or makes a speech or address in the sentence a colon ends speaks
      the words after it ("X gives the speech later published as “...”: “...”"); a year in an
      author-year citation never runs on into a number ("Object 1982.114" is a catalogue
      number, no author);
    * a dated phrase before a word that is also a noun makes it a verb ("Pravda this evening
      calls them “...”"), and so does an adverb between a name and it ("The Daily Mail first
      calls them “...”"), though "calls for" stays a noun;
    * "Its motto is “...”" opening a sentence: the words belong to the organisation the
      sentence before named last (within the paragraph); with none named, nobody;
    * a part of a document as the subject ("The platform's best-known passage describes X as
      “...”") speaks for the document's writer, and "Y, a former secretary, drafted the
      platform" or "the platform of the Union ..., drafted by Y" names that writer; "Its
      best-known passage calls X “...”" is such a part too;
    * after the quotation, a description with a name in apposition before the cue speaks under
      the name ('", the foundation's director, Dr Annelie Brandt, told reporters');
    * a name in apposition may say where it is "in" as well as "from" ("A listener, Tom in
      Leeds, emailed to ask, “...”");
    * "I'll read it:" introduces what is read like "read it aloud"; "it" is then the writing
      the sentence before names, written by the person named before it there ("Trotsky did
      was hand the officer a letter for the president. I'll read it: “...”");
    * a two-word capitalised sentence of speech standing as its own sentence after narration
      in its paragraph is a turn ('Marta did not move. “You're late.”'), not a quoted term;
    * a quotation opening its sentence after one whose last clause is "he/she <verb>." ("They
      walked back ..., and at the corner he stopped. “...?”") is the one that clause's pronoun
      takes up, before the sentence's own subject;
    * a kin description that speaks ("their mother said") takes the titled name of its gender
      ("Mrs Kask") that the text introduces for the first time within three paragraphs after
      the description first appears; a name used before the description is someone else's;
      "she"/"he" after a sentence opened by such a description of its gender is that person
      ("Their mother came in ... She was a small woman ... “...?” she asked");
    * a lower-case quotation that a naming verb gives a work ("calls the whole story “a crude
      forgery”") is a term for it, not its title, and so are lower-case words after a work noun
      and an auxiliary ("said the work had “stabilized the structure”");
    * a cue that is also a noun ("calls", "claims") is a verb after a person's name and
      before an article or object pronoun ("Trotsky calls the whole story “...”");
    * the form last written counts another name of the same person (same entity id) once the
      speaker's own form has been written ("Eric Blair was there — Orwell, as he was later —
      ... He used to say, “...”" gives "Orwell");
    * "long ago" and "two years ago" between a subject and its verb are dated phrases like
      "this morning" ("Carr long ago described the Secretariat as “...”");
    * "now" between a subject and its verb is skipped like other adverbs ("Pravda now speaks
      every week of “self-criticism”");
    * a turn answering the narrator's short turn ('“Well?” I asked.') belongs to the one the
      paragraph of narration before it is about ("On the tram Kuzmin said nothing.");
    * "It reads in part:" with no writer named for the writing: the person named before the
      writing in the sentence before ("Trotsky handed the police a letter addressed to the
      President ..., of which a copy has reached me. It reads in part:");
    * "X ... and said" takes the subject of its own clause: a ", and" followed by a new
      subject starts one ("I was working in an archive, and the archivist, an old man called
      Petar Iliev, put a folder in front of me and said");
    * in a transcript, "he" in a turn is never the one who asked the question quoted in
      someone else's turn before it (the answer speaks to the asker, about someone else);
    Dialogue in fiction, letters and bodies (quotes.v12):
    * an opening description with a titled name in apposition is the subject ("Her
      brother-in-law, the Reverend Josiah Ashby, laid down his Times. “...”"); a role noun
      ("replied the clergyman", "The clergyman shrugged.") is the person the text gave the
      matching title ("the Reverend", "Dr"); a surname under a title of the other sex ("said
      Mrs. Ashby") is not the latest form of a man's name;
    * a new paragraph is a new turn: a beat's "she"/"he" after a turn that answers someone's
      tagged turn is the other party's when it fits them ('“...,” said Mrs. Ashby. / “...” She
      set down the basket.'); a letter signed at its foot ("Your loving son, Edward.") speaks
      for its signer, whoever reads it out;
    * "He took out his phone, an old Nokia ...": a sentence opened by "he"/"she"/"they" has
      that pronoun for its subject, even before a comma; a text played or read out after a
      colon inside narration ("had left it on 4 March: “...”") is no party of the dialogue
      around it; the first-person narrator called by name in the first half of an interrupted
      turn ('"Nadya," he said, "if ..."') is the one who answers it;
    * a name in apposition may be longer when it says where its bearer is from ("Our guide, Dr
      Irina Vasko of Moscow State University, writes:"); a work noun right after "to" is a
      verb ("allowed to work “no more than ten minutes”" is no title);
    * the subject after an introductory phrase may follow a run-in heading in capitals and a
      short phrase set off in the introduction, and may carry an appositive ("POLICE COURT.—
      Before Mr. Bewes, to-day, William Penhale, a seaman of H.M.S. Impregnable, was fined ...
      He said he had “...”" gives Penhale);
    * "went further" is a cue like "went on" ("Stalin, addressing ..., went further:" introduces
      a block, so "In the same speech he accused Trotsky of “...”" is Stalin's);
    * a place (GPE, LOC, FAC) after a preposition is no antecedent of "he"/"she" whatever given
      name it shares ("took her to Florence"); a surname has the gender of the first full name
      written with it, unknown when that one's is ("Käthe Kollwitz ... Karl Kollwitz": a later
      "Kollwitz" may be "she");
    * a passive may hold an adverb ("since the case was first reported had “...”" is no cue of
      "the case"); "the hospice said" takes the body named with that head noun ("the
      Severnside Children's Hospice Trust") before a description of it ("a children's hospice");
    * "The commission" opening a sentence is a subject when the text named a body with that head
      noun, and a quoted name counts as named ('everyone said “the Dewey Commission”'), so "The
      commission put its conclusion in one sentence: “...”" is the Dewey Commission's;
    * in a letter, what "you" wrote or said ("You write that “...”") is the addressee's, as the
      salutation ("Dear Khristian Georgievich,") names them, unless a signature closed that
      letter before the quotation; a signature may open with initials ("Yours, L. Trotsky");
    * a turn after a paragraph of narration whose last sentence ends in a clause joined by ",
      and" takes that clause's actor ("Arthur laughed, and his aunt looked at him severely."):
      a name, "he"/"she", or a kin noun after a possessive, which is the latest person the text
      makes sure is of that gender, other than the possessive's owner;
    * a title alone in the vocative ("On Thursday, Doctor, you will ...") calls the one person
      the narration names with it ("Dr. Kostrov"), who answers; a name called with a title
      ("Aunt Honoria", "Miss Colley") is still a vocative, though "Miss Ashcombe" is not the
      one the narration calls "Mrs. Ashcombe";
    * a speaker named later in the text takes the full form of that given name, even as a
      character says it ("“...,” she said ... “You've met Marta Lenz.” ... Marta said" gives
      "Marta Lenz");
    * the form last written may be the given name of the speaker's full name as well as its
      surname ("Owen Pryce ... “...” Owen began. ... “...”" gives "Owen");
    * a dateline or run-in heading opening a paragraph ("BERLIN, Jan. 18 (AP).—", "POLICE
      COURT.—") ends before the first sentence, so its agency is no subject;
    * a title opening a beat ("The Colonel shrugged.") stands for the one the text gave it;
    * an unseen speaker ('“...,” said a voice at the door, “...”') is the one the narration then
      says it was ("It was Mrs. Pybus, the housekeeper"), or who opens the next turn in the
      paragraph with her own name ("“Ida Fennimore. I have the ground floor.”"), else nobody; a
      turn that opens by naming a person the text has not named before is that person's;
    * a verdict's words are the finder's ("the full commission ... found the trials to be
      “frame-ups” and Trotsky “not guilty”");
    * a writer's document may have a capitalised name ("Lenin's Testament ... it said that he
      was “...”"), and when the tagger took it as one work its writer is the owner as the text
      names them elsewhere;
    * "said her aunt", "his mother said" with no name given in apposition: the latest person the
      text makes sure is of the kin noun's gender, other than the one "his"/"her" takes up
      ("their" keeps the v11 rule of a titled name introduced after it);
    * "The statement said" speaks for the writer of the statement named before ("a statement
      released by the institute": the body named with that head noun); a body's short name
      given with its full name ("..., known by its Spanish initials INAH") is the form last
      written when the full name does not come again;
    * "in which he calls life “...”" after someone's writing in the sentence ("reads aloud from
      Trotsky's testament of February 1940, the passage in which he") is that writer, also when
      the pronoun carries a cue of its own.
    Names set off, bodies' names and descriptions resolved (quotes.v13):
    * a person's name set off after a description in an inverted tag or before its verb speaks
      ('", said the coxswain, James Robson, to our reporter', '", said Yorkshire's head coach,
      Anthony McGrath.', '", the Nationals' water spokesman, Bryce Hollingworth, told'); a name
      that does not close the phrase ("the coach, Anthony McGrath's deputy") is no speaker;
    * "the company", "the paper" (a firm's or a paper's noun) with no body named with that head
      noun is the organisation its paragraph named last before it ("A Eurostar spokesperson
      said ... the company said"); a capitalised title standing alone ("The Grand Duke
      telegraphed") is the person the text named with it ("Grand Duke Nicholas"), whatever the
      tagger called the title; a description left unresolved (a determiner and lower-case words:
      "the plenum", "the foundation", "my editor") is no speaker;
    * titles are not names: a lower-case particle after a title belongs to the surname ("said
      Madame de Vaucourt" gives "de Vaucourt", and "the Vaucourt horse" is no later form of it);
      a title of address standing alone ("Madame came down to breakfast") is the person the text
      named with it, as subject, antecedent and speaker;
    * "read aloud from Le Figaro:" gives the paper read from (an organisation, or a paper the
      tagger took for a building), never the reader; a pronoun for no one in particular
      ("Nobody", "Everyone") is never a speaker;
    * someone's words that a verb of recalling or quoting takes as its object are the owner's
      ("Joseph Hansen later recalled Trotsky's words as ...: “...”" gives Trotsky);
    * a news headline quotes speech in straight single marks whatever marks its story uses
      ("Coalition split looms as Nationals reject 'rushed' water buyback"): such a quotation is
      direct, and with no cue it belongs to the body or person opening a clause of the headline
      ("as Nationals reject"), never a name modifying a noun ("keeps Lenin museum"); a bare
      noun's cue ("'...,' Gori mayor says") gives the person the story names with that title
      ("said Mayor Zurab Kapanadze"), else nobody;
    * a parenthesis right after a name speaks of that name ('Lev Sedov ("Lyova," as everyone
      called him) had come over'): its "him" does not hand a run of "he" on to someone else;
    * what "you" said or called something in a sentence that addresses someone by name ("VYSHINSKY:
      Accused Bukharin, you called Comrade Stalin “a Genghis Khan”") is the addressee's, as
      "You write that" in a letter is;
    * beats: an adjective before a title and a name opens a subject ("Old Mrs. Quayle looked up
      from her knitting. “...”" is Quayle's turn); a name called inside a quotation nested in a
      turn ("'Twenty minutes of idleness, Herr Strauss, twice a day.'") is addressed by the one
      quoted there, not by the turn, so it does not hand the turn to the other party;
    * occupations are nouns for people ("the engineer reported that ... “...”" is an unnamed
      person, so no speaker, rather than the last one quoted).
    General rules of attribution (quotes.v14):
    * signatures and self-naming: a name after a dash that ends the quotation's line signs it
      ('“No action. Put away.” — R. A. Leeper'); a speaker who gives their own name ("My name
      is Everett Lowe") speaks; a script's voice reading a part ("ACTOR (as Preobrazhensky):")
      speaks as that part; a signal in capitals ("ALL WELL. WILL REPORT YOU.") names no one;
    * the sentence after a quotation may name its owner ("That was the verdict of X", "So says
      X", "That was X's warning"), and a short sentence before it may announce them ("Her
      verdict is blunt."); the agent of a passive after the quotation speaks ('had been called
      “...” by Trotsky', '“...,” Ward was told by Blake');
    * subjects: the one "is said to have replied" raises speaks; a participle after a name and
      its apposition ("Beals, a member of the Commission, ..., complaining that") is the
      name's; a reporting clause between commas ("Radek told him, Serge recalled, that") only
      vouches for the report; a fronted subordinate clause ("When I told him ..., he smiled and
      said:") and a leading conjunction ("But she smiled ...") do not hide the main subject; a
      place after a body ("of the Polar Institute in Tromsø said") is no subject, nor a month;
    * pronouns: a cleft's focus ("it was Ang Tsering who") is taken up by the next "he"; the
      object of a sentence opened by a pronoun ("We left Ranikhet") outranks no nearer name; a
      title noun as subject ("The doctor was ...") refers back to the titled person; "I" in a
      labelled transcript turn is the label's person; a possessive description ("said my
      cousin") speaks under the name set beside it ("my cousin, Canon Everard Lisle");
    * descriptions: an unnamed member of a body ("an elderly bookkeeper of the Institute",
      "A member of the delegation, who ..., said", "the master of the steamer X") and a
      possessive description with no name ("Cardiff Rugby's chief executive") are no speakers;
    * documents and terms: "Its verdict read:" is the body's the sentence before has announce
      "its" findings; a titled work someone owns speaks in its relative clause ("Mrs. Forbes's
      Household Cookery ..., which calls for"); "A letter came from X [Name], and I copy the
      part ...:" is the writer's; a paper named in quotation marks ('The “Pravda” of this
      morning ... describes') speaks under its name; "what X calls", "X calls for the “...”",
      "gave the thing its name:", "“Trotskyism”, which Lenin had used", "the “...” of X's
      memoir" and a possessive right before the quotation (a body's slogan, or a person's
      phrase of three words or more) give the term's owner; "X made the speech. I'll
      paraphrase it:" is the speech's giver; words the narrator reads off ("I made out the
      words:") are no turn of the talk around them;
    * kinds: a fragment interrupted by its tag ('“and that,” he said, “was ...”') or a verb
      phrase reported after a modal ('replied that he should “be patient”', 'said that ...
      “could buy the glacier a decade”') is speech; a capitalised quotation after a verb of
      singing is a song's title.
    Speech the text says was demanded, cried or written down (quotes.v21):
    * quotes.v21: a short lower-case quotation in a that-clause of a named speaker's speech
      verb, with the clause's object right after it, is the clause's verb and so speech
      ('demanded that the party "bury" it'); a quoted noun there stays a term;
    * quotes.v21: a capitalised quotation ending in "!" is a cry, direct ('Cries of
      "Slander!"'), unless an article stands before it or a lower-case word goes on after it;
    * quotes.v21: an irregular superlative ("last", "best", "worst") makes "the ..." given to
      "it" a verdict, direct, as "most" and "-est" do ('called it "the last great charge"');
    * quotes.v21: what a writing verb enters "in his book as" is the writing, direct, no title
      unless it keeps a title's capitals, and no turn of dialogue: only its own sentence's
      writer speaks, else nobody;
    * quotes.v21: a headline of up to four lines (a deck) is read line by line for single-quoted
      speech ("Mornard Tells Police 'I Acted Alone'").

Source
    A note marker right after the quotation (after its closing mark or final punctuation, or
    after an adjacent speaker cue) gives ``Source(marker, note text)``; an "Ibid." or "op. cit."
    note is resolved to the citation it repeats, keeping the note's own final period (see
    ``resolve_note_citations``). When no notes are passed, the notes section at the end of the
    text is read (``notes_in_text``). Otherwise a bracketed or parenthetical citation (it holds
    a digit and a letter) right before or after the quotation, or an author-year citation
    ending its sentence, gives ``Source(None, citation)``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from succession import RESOURCE_DIR
from succession.data import EntityMention, Note, Quotation, Source
from succession.given_names import load_given_names
from succession.schemas import load_checked_json

ANNOTATOR = "quotes.v22"
KINDS = ("direct", "block", "term", "title")

# --- quotation marks -------------------------------------------------------------------------

OPENING_MARKS = "“‟„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
DOUBLE_MARK_RE = re.compile('[“‟„«”»"]')
SINGLE_MARK_RE = re.compile("[‘’']")
SINGLE_OPENER_RE = re.compile(r"(?:^|(?<=[\s(\[—–]))[‘'](?=[^\W\d_])", re.MULTILINE)
# Last characters of a span that are its closing mark (else the quotation was left open).
CLOSING_ENDS = "”»\"’'"
# Characters after which a straight mark reads as an opening one.
OPENING_CONTEXT = set(" \t\n\r\u00a0([{<—–-/")

HEADLINE_SINGLE_RE = re.compile(r"(?<![\w'’])'([^\W\d_][^'\n]{0,80}?[^\s'])'(?![^\W\d_])")
SINGLE_TERM_RE = re.compile(r"(?<![\w‘’'])‘([^\W\d_][^‘’\n.!?]{0,60}?[^\s‘’])’(?![^\W\d_])")
# An author-year citation: "Halloran 1987, p. 44", "Vasquez-Reilly 2004, pp. 118–19".
# A year never runs on into a number ("Object 1982.114" is a catalogue number, no citation).
AUTHOR_YEAR_RE = re.compile(r"([A-Z][^\W\d_]*(?:[-’'][A-Z]?[^\W\d_]+)*(?: (?:and|&) [A-Z][^\W\d_]+)?)(?: et al\.?)?,? (?:1[5-9]|20)\d\d[a-z]?\b(?![./]\d)")
# quotes.v20: asides set between a subject and its verb ("Zinoviev, by one account, rose to say").
PARENTHETICAL_ASIDE_RE = re.compile(
    r"by (?:one|all|some|most|many|several|his|her|their|its|this|that) (?:own )?accounts?|it (?:seems|appears|is said)"
    r"|for (?:his|her|their|its) part|in (?:turn|reply|response|return)|at (?:last|first|once)|for once|once again"
)
# quotes.v20: a note that opens with its author's name ("V. I. Lenin, Collected Works", "N. I.
# Bukharin, “Notes of an Economist”"), not "Quoted in ..." (lower-case words stop it).
NOTE_AUTHOR_RE = re.compile(r"((?:[A-Z]\.\s?){0,3}[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?),\s")
AUTHOR_TITLE_RE = re.compile(r"([A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*), (?:[A-Z][^\W\d_]|pp?\. ?\d)")
GENDER_CLAUSE_RE = re.compile(
    r"(?:,\s*(?:and|but)|;|\b(?:before|after|when|while|because|until|and|but))\s+(he|she)\b", re.IGNORECASE
)
# A court report's words for the one charged, and how the report says someone is charged.
COURT_PARTIES = frozenset("prisoner defendant accused".split())
COURT_PARTY_NAMES = frozenset("Prisoner Defendant Accused".split())
# quotes.v20: how a court report addresses the bench, and how it names who sat on it ("before
# Mr. Bathgate, R.M.", "Before the Police Magistrate (Mr. W. Ranking, P.M.)", "before His Honor
# Judge Benson").
BENCH_ADDRESS_RE = re.compile(r"(?:[Hh]is|[Hh]er) (?:Worship|Honou?r)|[Tt]he (?:[Pp]olice |[Rr]esident |[Ss]tipendiary )?[Mm]agistrate")
PRESIDING_RE = re.compile(
    r"\b[Bb]efore\s+(?:the\s+(?:[A-Z][a-z]+\s+){0,2}(?:Magistrate|Judge|Justice|Bench|Court)\s*\(\s*)?"
    r"(?:(?:His|Her)\s+Honou?r\s+)?(?:(?:Judge|Justice|Mr\.?|Mrs\.?|Sir|Dr\.?)\s+)?"
)
# (quotes.v20: "Leslie Carberry, storekeeper, of Coolac, was fined £2 for driving ...": one fined
# or convicted in the report is the defendant too)
# (quotes.v22: and the report's participle after the name, "Thomas Moran, a labourer, charged
# with being drunk and incapable, pleaded guilty")
CHARGED_RE = re.compile(r"\b(?:was|were|stood|is|are)\s+(?:charged|indicted|summoned|arraigned|committed\s+for\s+trial|brought\s+up|placed\s+at\s+the\s+bar|fined|convicted)\b|,\s+(?:charged|indicted|summoned)\s+(?:with|for|by)\b")
# What stands between a speaking description and the person set beside it: "The Greens
# environment coordinator|, the Dutch MEP |Joost van Raalte," (not "headed by", "of").
APPOSED_PERSON_GAP_RE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3},\s+(?:(?:the|a|an)\s+)?(?:(?!(?:by|of|for|with|from|to|and|or|who|which|that|in|on|at|headed|led|chaired|represented)\b)[A-Za-z][\w.-]*\s+){0,3}"
)
# Abbreviated titles and the titles they stand for: "Gov. O. H. Simpson ... the Governor said".
TITLE_ABBREVIATIONS = {
    "gov": "governor", "gen": "general", "sen": "senator", "rep": "representative", "col": "colonel",
    "capt": "captain", "lieut": "lieutenant", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor",
    "rev": "reverend", "supt": "superintendent", "insp": "inspector", "adm": "admiral", "cmdr": "commander",
    "maj": "major", "pres": "president", "amb": "ambassador", "cpl": "corporal", "det": "detective",
}
# Capitalised common words a clause can open with that name no speaker ("Please tell him ...").
COMMON_SPEAKER_WORDS = frozenset("please historians critics observers reports sources scholars experts analysts commentators readers many some others most few all everyone everybody someone somebody nobody people".split())
# Things words are written on, and the writing itself: "the banners ...:", "Inscribed on the reverse:".
WRITTEN_ON_RE = re.compile(r"\b(banners?|placards?|posters?|streamers?|slogans?\s+on|signs?\s+(?:read|reading|saying)|[Ii]nscribed|inscription|headlines?\s+(?:read|ran))\b[^.!?]*?$")
# A report's bracketed stage direction before a quoted cry: '(Laughter, and "Not on Sundays.")',
# '(A Voice: "Shame!")', '(Cries of "Order!")'.
_VOICES = r"(?:A [Vv]oice|Voices|An [Hh]on\. [Mm]ember|Cries of|Shouts of|Shouts|Cries)(?: from [^:()\n“”\"]{1,40})?[:,]? ?"
FLOOR_CRY_RE = re.compile(
    r"(?:\((?:Laughter|Cheers|Loud cheers|Applause|Hear, hear|Renewed laughter|Uproar|Interruption|Noise)[^()\n]{0,40}?(?:,? (?:and|with) |[.:] ?)"
    rf"(?:{_VOICES})?|(?:\(|(?<![\w,] )){_VOICES})"
    r"(?:[\"“][^\"”\n]{0,80}[\"”]\s*)*[\"“]?$"
)
NARRATOR_RE = re.compile(
    r"\b(?:called|calls|call|named) me (?:(?:anything|nothing) but )?([A-Z][\w’'-]+)|\b[Mm]y name (?:is|was) ([A-Z][\w’'-]+)"
    r"|\b[Mm]y name, ([A-Z][\w’'-]+)"  # quotes.v19: "My name, Margaret Colley, meant nothing"
    r"|(?:^|(?<=[.!?]\s))I(?: am|’m|'m) ([A-Z][\w’'-]+)"
)
# How far after the narrator's first name another may be given and still be the one that counts.
NARRATOR_NAME_GAP = 200
MEMOIR_OF_RE = re.compile(
    r"\b(?:[Mm]emoirs?|[Dd]iary|[Dd]iaries|[Rr]ecollections|[Rr]eminiscences|[Nn]otebooks?|[Aa]utobiography|[Tt]estimony)\s+of\s+"
    # a title before the name ("the recollections of Dr. Arkady Voronin", "of General X")
    r"(?:(?:Dr|Mr|Mrs|Miss|Prof|Professor|Gen|General|Col|Colonel|Capt|Captain|Comrade|Madame|Mme|Sir|Lady)\.?\s+)?"
)
# Given names written short in old newspapers and registers ("Geo. Harkness", "Wm. Ashcraft").
ABBREVIATED_MALE_NAMES = frozenset("geo wm jas chas thos jno robt benj saml edw jos danl richd fredk hy".split())
# People named only by whom they stand with or against ("Stalin's supporters").
FOLLOWER_NOUNS = frozenset(
    "supporters followers critics opponents allies enemies admirers defenders adherents partisans "
    "disciples associates colleagues comrades aides advisers advisors lawyers friends".split()
)
# A preacher's text: "preached from the text,", "took for his text", "on the words".
SERMON_TEXT_RE = re.compile(r"\b(?:(?:from|on|upon)\s+the\s+(?:text|words)|(?:for|as)\s+(?:his|her|the)\s+text)\s*[,:]?\s*$")
# Bodies a text may leave unnamed ("one Moscow paper", "a local newspaper").
INDEFINITE_BODY_NOUNS = frozenset("paper newspaper journal weekly daily magazine organ agency broadcaster station".split())
# Kin words written as a title before a given name ("Aunt Hattie", "Uncle Walt").
KIN_NAME_TITLES = frozenset("aunt auntie uncle cousin granny grandma grandpa grandfather grandmother".split())
# Verbs and auxiliaries right after a term that is the subject of its clause.
SUBJECT_TERM_VERBS = frozenset(
    "was were is are had has have would will could should might may must became become becomes "
    "remained remains seemed seems did does meant means".split()
)
NOTE_MARKER_AFTER_RE = re.compile(r"\[\d{1,3}\]")
# The narrator's own speech tag right after a quotation ('“Not by Saturday,” I said.'), or
# before its colon ('I said:'): the narrator's words, never another's from the talk around.
FIRST_PERSON_CUE_AFTER_RE = re.compile(
    r"[\s,]*I\s+(?:said|asked|replied|answered|added|cried|called|shouted|whispered|muttered|went\s+on|continued|"
    r"protested|objected|insisted|repeated|admitted|agreed|suggested|explained|told\s+(?:him|her|them))\b"
)
FIRST_PERSON_CUE_BEFORE_RE = re.compile(
    r"(?:^|[\s,;])I\s+(?:said|asked|replied|answered|added|cried|called|shouted|told\s+(?:him|her|them))[^.!?:]{0,30}:\s*$"
)
FIRST_PERSON_I_RE = re.compile(r"(?<![\w’'])I(?![\w’'])")
# A turn tagged by someone else ('“...,” he said', '“...,” Kaplan asked') or by the narrator.
THIRD_PERSON_TAG_RE = re.compile(r"[\s,]*(?:he|she|[A-Z][\w’'-]+)\s+(?:said|asked|replied|added|answered|went\s+on|continued)\b")
FIRST_PERSON_TAG_RE = re.compile(r"[\s,]*I\s+[a-z]+")
# What may stand before a name called in a turn: the turn's start or a comma, and a title.
VOCATIVE_BEFORE_RE = re.compile(r"(?:^|[“\"‘]|,\s)\s*(?:(?:Mr|Mrs|Miss|Ms|Dr|Comrade|Madame|Monsieur)\.?\s+)?$")
REFLEXIVE_RE = re.compile(r"\b(himself|herself|his)\b", re.IGNORECASE)
PASSIVE_BY_RE = re.compile(r"\s+(?:was|were|had been|has been|is)\s+\w+\s+by\s+")
# Words after which a cue form that is also a noun ("written", "note") is a verb.
VERB_AUXILIARIES = frozenset("had has have having will would could can may might shall should must".split())
# A document that speaks ("it said:", "which says:", "“We submit,” the statement ran") and
# the phrases that name who wrote one ("a letter from X", "X's telegram", "issued by X").
DOCUMENT_NOUN_PATTERN = (
    r"letter|letters|telegram|cable|statement|declaration|note|message|communiqu[ée]|article|editorial|"
    r"resolution|appeal|manifesto|platform|report|reply|postscript|document|memorandum|dispatch|order|"
    r"testament|will|diary|leaflet|pamphlet|circular|proclamation|decree|wire"
)
DOCUMENT_PART_PATTERN = r"passage|section|paragraph|preamble|conclusion|opening|closing|chapter|clause|page|part"
DOCUMENT_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:[Ii]t|[Ww]hich)|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[a-z]+\s+)?(?:" + DOCUMENT_NOUN_PATTERN + r"))"
    r"\s+(?:(?:also|then|simply|only|in\s+part|further)\s+)?"
    r"(?:(?:says|said|reads|read|ran|runs|states|stated|declares|declared|continues|continued|went\s+on|records|recorded|"
    r"notes|noted|warns|warned|announces|announced|reports|reported|calls|called|demands|demanded)\b"
    r"(?:\s+(?:in\s+part|simply))?(?:\s+that\b[^.:;“”\"]{0,60})?|(?:is|was)\s+quoted\b[^.:;“”\"]{0,40})[\s,:]*$"
)
# A relative clause about a document: "the letter to the party congress that called",
# "a resolution, which demanded".
DOCUMENT_RELATIVE_RE = re.compile(
    r"\b(?P<noun>" + DOCUMENT_NOUN_PATTERN + r")\b(?:\s+(?:to|of|for|on|from|by)\s+[^,.;:“”\"]{0,50}?)?,?\s+(?:that|which)\s+(?![A-Z]|he\b|she\b|they\b|it\b|we\b|I\b)"
)
# Who wrote a document named in a sentence: "Lenin's so-called Testament", "a letter from X".
DOCUMENT_OWNER_RE = re.compile(
    r"(?P<owner>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s?\s+(?:[\w-]+\s+){0,2}?(?i:" + DOCUMENT_NOUN_PATTERN + r")\b"
    r"|\b(?:" + DOCUMENT_NOUN_PATTERN + r")\s+(?:(?:written|sent|signed|drafted)\s+)?(?:from|by)\s+(?:the\s+)?"
)
# One of several writings named just before as its subject: "Eastman's pencil notes ... One,
# dated “...”, reads:", "Another, on page 97, reads simply".
ELLIPTIC_DOCUMENT_RE = re.compile(
    r"\s*(?:One|Another|The\s+(?:other|first|second|third|last|next|latest|earliest)|(?:One|Some|Several|Two|Three)\s+of\s+them)"
    r"(?:\s*,[^,;:.!?]{0,60},)?\s+(?:(?:also|simply|only|just)\s+)?"
    r"(?:reads|read|says|said|runs|ran|states|stated|records|recorded)\b"
)
PLURAL_WRITINGS_RE = re.compile(
    r"\b(?:notes|letters|telegrams|cables|messages|entries|annotations|inscriptions|comments|remarks|marginalia|postcards|drafts|diaries)\b"
)
# A writing in which its writer speaks: "a declaration in which he undertook", "a statement of
# the Opposition, in which it undertook", "the speech in which Bukharin called".
IN_WHICH_RE = re.compile(
    r"\b(?:" + DOCUMENT_NOUN_PATTERN + r"|speech|address|article|book|essay|pamphlet|interview|passage|lecture)s?\b"
    r"(?P<rest>[^.;:“”\"]{0,80}?),?\s+in\s+which\s+(?P<subject>[A-Za-z][\w’'-]*)"
)
# "in the words of X", "to borrow the phrase of X": the words that follow are X's.
WORDS_OF_RE = re.compile(
    r"\b(?:[Ii]n|[Tt]o\s+(?:use|borrow|quote))\s+the\s+(?:[a-z]+\s+)?(?:words|phrase|expression|formula|description)\s+of\s+"
)
# Someone reading a text out: "read it aloud", "reads aloud from", "reading them out".
# "I'll read it:" introduces what is read as surely as "read it aloud" does.
READ_ALOUD_RE = re.compile(
    r"\b(?:read|reads|reading)\s+(?:(?P<object>it|them|this|these|those)\s+)?(?:aloud|out)\b"
    r"|\b(?:read|reads|reading)\s+(?P<colon_object>it|them|this)(?=\s*:)"
)
DOCUMENT_CUE_AFTER_RE = re.compile(
    r"[\s,—–-]*(?:it|the\s+(?:[a-z]+\s+)?(?:" + DOCUMENT_NOUN_PATTERN + r"))\s+(?:says|said|reads|read|ran|runs|states|stated|continues|continued|went\s+on)\b"
)
# A sentence whose subject is a document: "A leaflet of the Petrograd Defence Committee, which
# Grigory Zinoviev headed, warned ...", "The Dublin Metropolitan Police's own report ... records".
DOCUMENT_SUBJECT_RE = re.compile(
    r"\s*(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:" + DOCUMENT_NOUN_PATTERN + r")\s+(?:of|from|by)\s"
    r"|(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s?\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:" + DOCUMENT_NOUN_PATTERN + r")\b"
    # A part of a document speaks for its writer too: "The platform's best-known passage describes".
    r"|[Tt](?:he|his|hat)\s+(?:" + DOCUMENT_NOUN_PATTERN + r")[’']s\s+(?:[a-z-]+\s+){0,2}(?:" + DOCUMENT_PART_PATTERN + r")\b"
    # "Its best-known passage calls Stalin": "Its" is the document the text is about.
    r"|[Ii]ts\s+(?:[a-z-]+\s+){0,2}(?:" + DOCUMENT_PART_PATTERN + r")\b)"
)
DOCUMENT_AUTHOR_RE = re.compile(
    r"\b(?:" + DOCUMENT_NOUN_PATTERN + r")\s+(?:(?:released|issued|signed|sent|written|drafted|published|came|arrived)\s+)?(?:from|by|of)\s+(?!the\s+(?:\d|[A-Z][a-z]+\s+\d))(?:(?:M|Mr|Mrs|Mme|Dr|Messrs|Comrade|Citizen)\.?\s+)?"
    # ("Lenin's Testament": the document's own name may be capitalised)
    r"|(?P<owner>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)[’']s?\s+(?:[a-z]+\s+)?(?i:" + DOCUMENT_NOUN_PATTERN + r")s?\b"
    r"|\b(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:was|came)\s+from\s+"
    # "Martemyan Ryutin, a former party secretary, drafted the platform": whoever wrote it.
    r"|(?P<writer>\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?:,[^,.;:“”\"]{0,120},)?\s+"
    r"(?:drafted|wrote|signed|composed|penned|authored)\s+(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:" + DOCUMENT_NOUN_PATTERN + r")\b"
    # "the platform of the Union ..., a small group ..., drafted by Ryutin": the drafter, named
    # after the body it was written for, is its writer.
    r"|,\s+(?:drafted|written|signed|composed|penned)\s+by\s+"
)
# Bodies a description refers back to when the paragraph has just named one ("A Eurostar
# spokesperson said ... the company said", "in the Daily Mail ... the paper had called him").
REFERRING_BODY_NOUNS = frozenset(
    "company firm paper newspaper journal airline operator carrier broadcaster bank".split()
)
# "recalled Trotsky's words": a verb of recalling or quoting whose object is someone's words.
RECALLED_WORDS_RE = re.compile(
    r"\b(?:recalled|recalls|remembered|remembers|quoted|quotes|repeated|repeats|cited|cites|"
    r"recorded|records|reported|reports|wrote down|noted down|echoed|echoes)\s+"
    r"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:’s|'s|’|')\s+"
    r"(?:(?:own|last|exact|famous|final|parting|dying|very)\s+)?"
    r"(?:words|remark|reply|answer|retort|phrase|comment|warning|order|orders|command|plea|cry)\b"
)
# Head nouns of bodies that speak ("the foundation said", "the committee declared").
BODY_HEAD_NOUNS = frozenset(
    "foundation committee commission council ministry government party agency paper newspaper "
    "embassy office court congress conference bureau board union federation association society "
    "league institute department authority company firm bank army command presidium politburo "
    "secretariat plenum tribunal jury senate parliament assembly soviet duma cabinet police "
    "opposition faction group delegation organisation organization press journal magazine".split()
)
# Verbs whose object is the one spoken to ("he told Serge").
TELLING_VERBS = frozenset("told tells tell telling asked asks ask wrote writes assured assures warned warns".split())
# Adverbs that may stand between a cue verb and its "that".
# "gives the speech", "delivered an address", "made a speech": the giver speaks what follows.
# (quotes.v17: and the statements, messages and replies one gives: "gave reporters the
# household's statement:")
SPEECH_NOUNS = frozenset("speech speeches address lecture sermon toast broadcast statement message reply answer declaration".split())
GIVING_VERBS = frozenset(
    "give gives gave given giving deliver delivers delivered delivering make makes made making".split()
)
NAME_VERB_ADVERBS = frozenset("first also again now then still later once never often".split())
# Kin descriptions ("their mother") and the titles that name someone of that gender ("Mrs Kask").
FEMALE_KIN = frozenset("mother grandmother aunt wife".split())
MALE_KIN = frozenset("father grandfather uncle husband".split())
KIN_DESCRIPTION_RE = re.compile(r"(?:[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Tt]he) (" + "|".join(sorted(FEMALE_KIN | MALE_KIN)) + r")")
# quotes.v20: a sentence opened by someone's kin ("My son in Paris keeps them").
OWN_KIN_RE = re.compile(r"\s*(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur) (" + "|".join(sorted(FEMALE_KIN | MALE_KIN | {"son", "daughter", "brother", "sister"})) + r")\b")
FEMALE_KIN_TITLES = frozenset("mrs madame mme frau lady signora señora".split())
MALE_KIN_TITLES = frozenset("mr monsieur herr sir lord signor señor".split())
CUE_ADVERBS = frozenset("only also again simply merely just now then further".split())
# Plain nouns for a person of known gender, which a narrative uses for someone it has named.
GENDERED_PERSON_NOUNS = {
    **dict.fromkeys("man boy fellow gentleman".split(), "he"),
    **dict.fromkeys("woman girl lady".split(), "she"),
}
# Titles of the clergy and of doctors, and the plain nouns a narrative uses for their holders:
# "the Reverend Josiah Ashby ... replied the clergyman".
CLERICAL_TITLES = frozenset("reverend rev revd vicar rector canon dean pastor parson bishop archdeacon curate".split())
ROLE_TITLES = {
    # quotes.v17: "Col. Leandro Sanchez ... the colonel said": a rank written short before the name
    **{full: frozenset({short, full}) for short, full in TITLE_ABBREVIATIONS.items() if full not in ("reverend", "president")},
    **dict.fromkeys("clergyman clergymen cleric priest parson vicar rector curate pastor churchman divine".split(), CLERICAL_TITLES | {"father"}),
    **dict.fromkeys("doctor physician surgeon".split(), frozenset({"dr", "doctor"})),
}
# A letter's valediction and signature at the end of a quotation: "Your loving son, Edward."
SIGNATURE_RE = re.compile(
    r"(?:^|[.!?;—]\s*|\n\s*)(?:Your|Yours|Ever yours|Yours ever|With (?:all my |much )?love|Love)\b"
    r"[^.!?\n,]{0,30},?\s+(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})[.!]?\s*[”\"»’']?\s*$"
)
# A title used alone to address someone ("Yes, Doctor."), and how the narration writes it.
VOCATIVE_TITLES = {
    "doctor": frozenset({"dr", "doctor"}), "professor": frozenset({"prof", "professor"}),
    "colonel": frozenset({"col", "colonel"}), "captain": frozenset({"capt", "captain"}),
    "general": frozenset({"gen", "general"}), "major": frozenset({"maj", "major"}),
    "sergeant": frozenset({"sgt", "sergeant"}), "lieutenant": frozenset({"lt", "lieutenant"}),
    "inspector": frozenset({"inspector"}), "commissar": frozenset({"commissar"}),
}
# An unseen speaker's tag: '“...,” said a voice at the door', '“...,” a voice called'.
VOICE_TAG_RE = re.compile(r"[,.!?]?[”\"’]?\s*(?:(?:said|called|cried|asked|came|whispered|shouted)\s+a\s+(?:\w+\s+)?voice|a\s+(?:\w+\s+)?voice\s+(?:said|called|cried|asked|came|whispered|shouted))\b[^“\"\n]{0,60}")
# A letter's salutation paragraph ("Dear Ivan Nikitich,", "My dear Mother,—").
SALUTATION_RE = re.compile(r"\s*(?:My\s+)?[Dd]ear(?:est)?\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),?\s*[—–-]?\s*$")
# "you" as the subject of a verb of speech or writing before a quotation ("You write that").
YOU_SAY_RE = re.compile(
    r"(?:^|[.;:!?,—–]\s*|\b(?:and|but|as)\s+)[Yy]ou\s+(?:also\s+|now\s+|once\s+)?"
    r"(?:write|wrote|say|said|tell me|told me|ask|asked|claim|claimed|argue|argued|insist|insisted|remark|remarked|suggest|suggested|call|called)\b[^.!?;]{0,80}$"
)
PERSON_NOUN_RE = re.compile(r"\b[Tt]he ([a-z]+(?: [a-z]+)?)\b")
SENTENCE_FINAL_CITATION_RE = re.compile(r"\(([^()\n]{4,120})\)\s*[.;!?]?\s*$")
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
LINE_BREAK_RE = re.compile(r"\n\s*")

# --- vocabulary ------------------------------------------------------------------------------

SPEECH_VERBS_PATH = RESOURCE_DIR / "speech_verbs.json"
SPEECH_VERBS_SCHEMA = "speech_verbs.schema.json"


def load_speech_verbs(path: Path = SPEECH_VERBS_PATH) -> dict[str, frozenset[str]]:
    """The cue lexicon (resources/speech_verbs.json): forms by class, and the noun-like forms.

    InputError listing every schema violation when the file is malformed."""
    data = load_checked_json(path, SPEECH_VERBS_SCHEMA, "speech-verb lexicon")
    forms: dict[str, set[str]] = {"speech": set(), "thought": set(), "naming": set()}
    for verb in data["verbs"]:
        forms[verb["class"]].update(verb["forms"])
    lexicon = {name: frozenset(words) for name, words in forms.items()}
    lexicon["noun"] = frozenset(data["noun_forms"])
    return lexicon


_LEXICON = load_speech_verbs()
CUE_VERBS = _LEXICON["speech"]
# Verbs that are cues only with a particle ("pointed out", "put it", "put in", "summed up").
PARTICLE_CUES = {
    "point": ("out",), "points": ("out",), "pointed": ("out",), "pointing": ("out",),
    "put": ("it", "in"), "puts": ("it", "in"), "putting": ("it", "in"),
    "sum": ("up",), "sums": ("up",), "summed": ("up",), "summing": ("up",),
    "spell": ("out",), "spells": ("out",), "spelled": ("out",), "spelt": ("out",),
    "go": ("on", "further"), "goes": ("on", "further"), "went": ("on", "further"),  # "Stalin ... went further:"
}
# Naming verbs introduce a word rather than speech: what Trotsky "called" Bonapartism.
NAMING_VERBS = _LEXICON["naming"]
# Verbs of thought and stance: they attribute words to their subject ("Trotsky felt that the
# leaders were "bureaucrats"", "As Trotsky anticipated, ...") but, unlike speech verbs, do not
# make a short quotation a report of speech.
ATTRIBUTION_VERBS = _LEXICON["thought"]
# Nouns for someone's words: "Stalin's formula of ...", "His slogan ... was", "in Lenin's view".
ATTRIBUTION_NOUNS = frozenset(
    "view views opinion eyes words phrase term terms slogan slogans formula formulation reply "
    "answer verdict description definition expression motto argument arguments charge charges "
    "claim claims accusation designation label judgement judgment estimation account thesis "
    "theses catchphrase watchword mind remark remarks comment comments note notes letter letters "
    "telegram message handwriting marginalia order orders appeal proclamation decree directive "
    "cable warning retort boast prophecy instructions defence defense explanation justification".split()
)
# A person's body and voice: "Ruth's hands stopped." is an action beat of Ruth's.
BODY_NOUNS = frozenset(
    "hand hands eyes eye face voice mouth lips head shoulders shoulder gaze brow fingers smile "
    "jaw cheeks chin expression glance look".split()
)
# Head nouns of named documents: a Title Case name ending in one is a title ("Moscow Directive").
DOCUMENT_NOUNS = frozenset(
    "directive directives platform decree decrees theses manifesto declaration programme program "
    "resolution appeal testament letter memorandum charter constitution order circular report "
    "statement".split()
)
# Nouns for people, so "the foreman came in. He ..." can resolve "he" with no name about.
PERSON_NOUNS = frozenset(
    "signatory petitioner marcher picket friend acquaintance colleague comrade companion onlooker "
    "traveller traveler relative eyewitness bystander "  # quotes.v18: "the signatories wrote", "the friend said"
    "deputy critic reviewer commentator "  # quotes.v20: "as one deputy put it", "one reviewer called"
    "foreman forewoman man woman boy girl officer soldier worker workers teacher doctor priest "
    "driver guard sergeant captain colonel general commissar chairman chairwoman secretary "
    "president minister spokesman spokeswoman spokesperson director manager clerk landlord "
    "peasant stranger visitor messenger editor reporter correspondent leader speaker delegate "
    "mayor judge prosecutor lawyer student professor writer poet author official inspector "
    "sailor commander prisoner waiter porter neighbour neighbor diplomat official analyst "
    "witness resident observer aide adviser advisor economist expert historian negotiator "
    "representative ambassador minister source engineer surgeon nurse magistrate constable "
    "superintendent detective coxswain architect farmer merchant banker "
    # quotes.v17: ranks, callings and roles a report or story names someone by ("a trooper of
    # the Natal Mounted Police recalled")
    "trooper private corporal lieutenant major admiral gunner rifleman veteran survivor villager "
    "miner fisherman sentry scout pilot passenger customer shopper voter protester protestor "
    "demonstrator activist campaigner striker trader vendor shopkeeper tenant pupil scholar "
    "scientist researcher physician attorney accountant labourer laborer employee employer "
    "councillor councilor senator lawmaker legislator governor envoy consul commissioner sheriff "
    "marshal warden jailer gaoler convict inmate juror coroner auctioneer servant maid butler cook "
    "midwife widow widower nun monk rabbi imam vicar curate pastor bishop cleric chaplain "
    "missionary sheikh chief elder headman steward conductor stationmaster postmaster "
    "schoolmaster schoolmistress headmaster headmistress governess landlady innkeeper".split()
)
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# People described only by what they belong to ("a member of", "the master of").
MEMBER_NOUNS = frozenset("member members master bookkeeper executive head employee staffer owner founder partner".split())
# Verbs whose quoted object is a song or hymn: its title.
SINGING_VERBS = frozenset("sing sings sang sung singing hum hums hummed humming whistle whistles whistled whistling".split())
TITLE_CUES = frozenset(
    "book books article articles pamphlet pamphlets essay essays entitled titled novel novels "
    "poem poems song songs film films movie play chapter headline headlines editorial column "
    "lecture brochure treatise manifesto magazine newspaper journal album series documentary "
    "story stories volume work works".split()
)
TITLE_CASE_INTRODUCERS = frozenset("in of called named entitled titled read reading".split())
# Words that stay lowercase inside a Title Case title.
TITLE_MINOR_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from as into upon over vs v".split()
)

# What may stand between a cue verb and the quotation it introduces directly.
ADJACENT_WORDS = frozenset({",", ":", "that", "—", "–", "-", "as", "how"})
# A quotation right after these words is part of a noun phrase: a term, not a report.
TERM_CONTEXT_WORDS = frozenset(
    "of the a an against for in on by with about from to as into this his her their its our "
    "called named".split()
)
# Cue forms that are also common nouns ("the old state", "a note"): cues only before "that"/":".
NOUN_LIKE_CUES = _LEXICON["noun"]

TIME_LABELS = frozenset({"DATE", "TIME"})
# Labels a tagger gives to names it misreads ("Aunt Polly" as PRODUCT): still a name.
NAME_LIKE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "LANGUAGE"})
PREPOSITIONS = frozenset("on in at during last this after before".split())
# Words that open a sentence-initial adverbial phrase ("On the evening of ..., Grisha said").
INTRODUCERS = frozenset(
    "on in at during after before when while as once since until by from with without for "
    "although though if because having despite upon like unlike".split()
)
# Lower-case words that cannot follow a subject as its verb ("Zinoviev and Kamenev", "X of Y").
NOT_VERBS_AFTER_SUBJECT = frozenset(
    "and or nor but of who whom whose which that in at on to for from with by as than".split()
)
# "She is said to have replied": participles whose passive raises the speaker to subject
RAISING_PARTICIPLES = frozenset("said reported believed thought understood known alleged supposed rumoured rumored".split())
BE_FORMS = frozenset("be been being is are was were am".split())

PERSON_LABELS = frozenset({"PERSON", "PER"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GROUP_LABELS = frozenset({"ORG", "NORP"})
SPEAKER_LABELS = PERSON_LABELS | GROUP_LABELS
SINGULAR_PRONOUNS = frozenset({"he", "she"})
PLURAL_PRONOUNS = frozenset({"they"})
FIRST_PERSON_PRONOUNS = frozenset({"i", "we"})
PRONOUN_SUBJECTS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON_PRONOUNS
# Forms of a pronoun that show a sentence is about its referent ("a grant took him to Paris").
# Plain verbs of reporting: a quoted fragment in the clause they report is someone's words.
REPORTING_VERBS = frozenset("say says said tell tells told add adds added".split())
PRONOUN_FORMS = {"he": frozenset({"he", "him"}), "she": frozenset({"she"})}
# Prepositions whose object is not the subject of its sentence ("towards Graça").
OBJECT_PREPOSITIONS = frozenset(
    "in into at to towards toward from of with without by near for on onto under over behind "
    "beside against through across past ahead".split()
)
# Adjectives written before a title and a name ("Old Mrs. Quayle", "Little Miss Ashby").
NAME_ADJECTIVES = frozenset("Old Young Little Poor Dear Big Great".split())
# Lower-case particles that belong to a surname ("de Vaucourt", "von Bülow", "van der Berg").
NAME_PARTICLES = frozenset("de du des da das do dos del della di von van der den ter ten le la".split())
# Titles of address that stand alone for the one the text named with them ("Madame came down").
# A body speaking through someone named beside the noun for them: "said through its housing
# spokeswoman, Mabli Rees, that".
SPOKEN_THROUGH_RE = re.compile(
    r"\b(?:said|says|told|replied|responded|announced|argued|insisted) (?:\w+ )?through (?:its|his|her|their|the|a) "
    r"(?:[a-z-]+ ){0,3}(?:spokesman|spokeswoman|spokesperson|lawyer|lawyers|solicitor|counsel|attorney|agent|representative|secretary|leader|chair|chairman|chairwoman|chairperson|president|director),? "
)
# A writing and the word before its author: "a cable from", "a letter by".
WRITING_FROM_RE = re.compile(r"\b(?:cable|cablegram|telegram|letter|report|dispatch|despatch|article|editorial|statement|note|message|wire)s?\s+(?:from|by)\s+")
BARE_ADDRESS_TITLES = frozenset("Madame Monsieur Mademoiselle Mme Mlle Sister Matron Nurse".split())  # quotes.v19: "Sister said" after "Sister Macready"
# What a family calls its members, with the gender and the kin nouns the narration uses for
# them: "said Gran" ... "my grandmother, Winifred Quayle".
_GRANDMOTHER = ("f", "grandmother|gran|granny|grandma|nan|nana")
_GRANDFATHER = ("m", "grandfather|grandad|granddad|grandpa")
_MOTHER = ("f", "mother|mum|mam|mom|ma")
_FATHER = ("m", "father|dad|pa|pop")
FAMILY_ADDRESS = {
    **dict.fromkeys("Gran Granny Grandma Nan Nana Nanna".split(), _GRANDMOTHER),
    **dict.fromkeys("Grandad Granddad Grandpa Gramps".split(), _GRANDFATHER),
    **dict.fromkeys("Mum Mam Mom Mummy Mommy Mama Mamma Ma".split(), _MOTHER),
    **dict.fromkeys("Dad Daddy Papa Pa Pop".split(), _FATHER),
}
# Titles written before a name; they are not part of it ("Dr Anil Ramaswamy").
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof professor sir lady lord madame mme monsieur senator sen rep "
    "representative governor gov president minister colonel col general gen captain capt major "
    "maj lieutenant lt sergeant sgt admiral judge justice father mother sister brother uncle aunt "
    "comrade citizen deputy commissar chairman ambassador inspector doctor frau fräulein herr "
    "mademoiselle mlle señor señora señorita signor signora signorina".split()
)
# Time words a subject may carry before its verb ("Pravda this morning demanded").
TIME_NOUNS = frozenset(
    "morning afternoon evening night week month year weekend today yesterday tonight monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)
TIME_MODIFIERS = frozenset("this that last next on early late earlier".split())
# Prepositions that tie a description to what it speaks for ("a spokesperson for X").
DESCRIPTION_LINKS = frozenset({"for", "of", "at", "from"})
# An indefinite description that introduces a speaker: "A spokesperson for Minera Atacama Norte".
DESCRIPTION_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne) (?:[a-z][\w-]* ){0,2}?(?P<head>(?!(?:for|of|at|from)\b)[a-z]+)"
    r"(?: (?:for|of|at|from) (?:the )?(?:[A-Z][\w’'-]*(?: |(?=[,.;:])))+)?"
)
# A sentence that opens (after any dateline) with an indefinite description of a person: "A
# high official of the commissariat said", "MOSCOW, Jan. 16.—One delegate told".
# (quotes.v21: or after a fronted place phrase, "At the Soviet Consulate an official who would
# not give his name declined to say ...")
UNNAMED_OPENING = re.compile(
    r"\s*(?:[A-Z][A-Z .'-]*, [A-Z][a-z]{2,4}\.? \d{1,2}\.?\s?[—–-]{1,2})?"
    r"(?:(?:At|In|Outside|Inside) the (?:[A-Z][\w'’-]*\s){1,4},?\s?(?=an?\s|one\s|another\s))?"
    r"(?P<article>An?|One|Another|(?<=\s)(?:an?|one|another))(?= [a-z])"
)
TITLE_BEFORE_RE = re.compile(
    r"\b(Mrs|Mr|Ms|Miss|Madame|Mme|Mademoiselle|Mlle|Lady|Sir|Lord|Monsieur|Frau|Fräulein|Herr"
    r"|Señora|Señorita|Señor|Signora|Signorina|Signor)\.?\s+$"
)
FEMALE_TITLES = (
    "mrs", "ms", "miss", "madame", "mme", "mademoiselle", "mlle", "lady", "queen", "princess",
    "frau", "fräulein", "señora", "señorita", "signora", "signorina",
)
MALE_TITLES = ("mr", "sir", "lord", "king", "prince", "monsieur", "herr", "señor", "signor")

# Nouns that give the sex of the person named beside them ("his daughter, Varvara").
GENDERED_NOUNS = {
    **dict.fromkeys(
        "daughter wife mother sister widow aunt niece granddaughter grandmother stepmother "
        "actress waitress heiress princess queen girl woman lady landlady".split(), "f"
    ),
    **dict.fromkeys(
        "son husband father brother widower uncle nephew grandson grandfather stepfather "
        "boy man gentleman landlord king prince".split(), "m"
    ),
}
# Given names by gender (resources/given_names.json): "she said" is not Peter, "he said" not
# Harriet. Names that are also common words give a tagged person's gender, but are never
# taken for a name the tagger missed.
_GIVEN = load_given_names()
MALE_GIVEN_NAMES = _GIVEN["male"]
FEMALE_GIVEN_NAMES = _GIVEN["female"]
GIVEN_NAMES = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES
COMMON_WORD_NAMES = _GIVEN["common"]
GIVEN_NAME_WORD_RE = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:-[A-Z][a-z]+)?\b(?![’'-]\w)")
DETERMINERS = frozenset(
    "the a an this these those his her their its our my your one some several many".split()
)
# Prepositions and adverbs that can follow a quoted clause ('the trial "will open shortly" before
# the collegium'), where a noun would follow a quoted modifier.
_PREPOSITIONS = frozenset(
    "before after during until till against about under without within through throughout since "
    "behind beyond among between across along around near beside despite toward towards unless "
    "yesterday today tonight tomorrow here there now then again instead too either".split()
)
# Words between a subject and its verb that do not change who speaks.
FILLER_WORDS = frozenset(
    "himself herself themselves itself also even then later once again further still already "
    "always sometimes usually often first last never not had has have was were is are would will could can may might "
    "shall should did does do had been be to just soon used supposed alleged rumoured rumored liked likes "
    "loved loves now".split()  # "Pravda now speaks of": an adverb between subject and verb
) | frozenset(
    apostrophe + ending for apostrophe in "’'" for ending in ("m", "s", "re", "d", "ll", "ve")
)
# Words that cannot be part of a noun-phrase subject.
CLAUSE_BREAKS = frozenset(
    "that and but or which who whom whose when while as if because although though since so "
    "than to was were is are be been being had has have not it there here what how why".split()
)
# Pronouns for no one in particular: never a speaker's name ("Nobody laughed.").
INDEFINITE_PRONOUNS = frozenset(
    "nobody everybody everyone somebody someone anybody anyone nothing everything something "
    "none all each both neither either".split()
)
# Capitalised words at a sentence start that are not names.
CAPITALISED_FUNCTION_WORDS = frozenset(
    "as in but and then when the this that it there here yet so thus still now later after "
    "before while if although though since on at for from by with a an his her their our my "
    "its we they he she i you what how why where who".split()
)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sen rep gov pres prof jr sr vs etc no vol pp p cf ed eds rev "
    "capt maj sgt gen fig ch sec art ibid op cit al inc co corp ltd mt ft".split()
)

# A pronoun and its contraction are two tokens ("I’m quoting", "he’d said"): the pronoun can be
# a subject, and the contraction is an auxiliary.
WORD_RE = re.compile(
    r"(?<![\w’'])(?:[Ii]|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou|[Ii]t)(?=[’'](?:m|s|re|d|ll|ve)\b)"
    r"|(?<=\w)[’'](?:m|s|re|d|ll|ve)\b"
    r"|\w+(?:[’'\-]\w+)*|[^\w\s]"
)
SENTENCE_END_RE = re.compile(r"([.!?…]+)([\"”’»)\]]*(?:\[\w{1,4}\])?)(\s+)(?=[\"“‘«(\[]|[^\W_])")
NOTE_MARKER_RE = re.compile(r"\[(\d{1,3}|[a-z]|[ivxlc]{1,6}|\*{1,3})\]")
NOTE_MARKER_AFTER_RE = re.compile(r"[.,;:!?]?\s?\[(\d{1,3}|[a-z]|[ivxlc]{1,6}|\*{1,3})\]")
TRAILING_NOTE_MARKER_RE = re.compile(r"\s*\[(\d{1,3}|[a-z]|[ivxlc]{1,6}|\*{1,3})\]\s*$")
INLINE_CITATION_BEFORE_RE = re.compile(r"[\[(]([^\[\]()\n]{2,200})[\])]\s*$")
INLINE_CITATION_AFTER_RE = re.compile(r"[.,;]?\s*[\[(]([^\[\]()\n]{2,200})[\])]")
LIST_ITEM_RE = re.compile(r"(?:[-•*–—·▪]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|\(?[ivx]{1,4}[.)]\s)")
LETTER_RE = re.compile(r"[^\W\d_]")
DIGIT_RE = re.compile(r"\d")
WORD_COUNT_RE = re.compile(r"\w+(?:[’'\-]\w+)*")
IBID_RE = re.compile(r"^\s*(?:ibid|ibidem|ib)\b\.?\s*,?\s*(.*)$", re.IGNORECASE | re.DOTALL)
OP_CIT_RE = re.compile(
    r"^\s*(?P<author>.*?)[,\s]+(?:op\.?\s*cit|loc\.?\s*cit)\b\.?\s*,?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
PAGE_TAIL_RE = re.compile(r"(?:,\s*|\s+)(?:pp?\.|pages?)\s*[\dIVXLCivxlc][^()]*$")
VOLUME_TAIL_RE = re.compile(
    # (quotes.v17: the volume's own imprint goes with it: "vol. 42 (Moscow: Progress, 1969), p. 421")
    r"(?:,\s*|\s+)(?:vols?\.|volume|ch\.|chap\.|chapter|book|part)\s*[\dIVXLCivxlc].*$",
    re.IGNORECASE,
)
VOLUME_LOCATOR_RE = re.compile(r"(?:vols?\.|volume|ch\.|chap\.|chapter|book|part)\s", re.IGNORECASE)


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    block: bool = False
    colon_before: bool = False


@dataclass(slots=True)
class _Cue:
    speaker: str | None
    speaker_id: str | None
    adjacent: bool
    naming: bool
    end: int  # where an after-quotation cue ends (for a note marker after it), else -1
    attribution: bool = False  # a verb of thought or stance, not of speech
    gap: tuple[str, ...] = ()  # the words between a cue before the quotation and its mark
    verb: str = ""  # the cue verb, lower case


# --- public API ------------------------------------------------------------------------------


def find_quotations(
    text: str, entities: Sequence[EntityMention] = (), notes: Sequence[Note] = ()
) -> list[Quotation]:
    """All quotations in ``text``, sorted by (start, end); see the module docstring."""
    if not text or not isinstance(text, str):
        return []
    doc = _Document(text, entities, notes)
    return doc.quotations()


def resolve_note_citations(notes: Sequence[Note]) -> dict[str, str]:
    """Map each note marker to its citation, with "Ibid." and "op. cit." notes resolved.

    The notes are read in text order, so "Ibid., p. 155." repeats the citation of the note
    before it with the page replaced.
    """
    resolved: dict[str, str] = {}
    previous: list[str] = []
    for note in sorted(notes, key=lambda n: (n.start, n.end)):
        citation = resolve_citation(_strip_marker(note.text or ""), previous)
        previous.append(citation)
        if note.marker is not None and note.marker not in resolved:
            resolved[note.marker] = citation
    return resolved


def resolve_citation(citation: str, previous: Sequence[str]) -> str:
    """Resolve an "Ibid." or "Author, op. cit." citation against the citations before it.

    Anything else is returned stripped. When nothing earlier fits, the citation is kept.
    """
    citation = citation.strip()
    # The resolved citation ends as the note does: "Ibid., p. 155." keeps its final period.
    period = "." if citation.endswith(".") else ""
    ibid = IBID_RE.match(citation)
    if ibid:
        if not previous:
            return citation
        return _replace_locator(previous[-1], ibid.group(1)) + period
    op_cit = OP_CIT_RE.match(citation)
    if op_cit and op_cit.group("author").strip():
        author = op_cit.group("author").strip(" ,.")
        for earlier in reversed(previous):
            if author and author.lower() in earlier.lower():
                return _replace_locator(earlier, op_cit.group("rest")) + period
    return citation


NOTE_LABEL_RE = re.compile(r"\[(\d{1,3}|[a-z]|[ivxlc]{1,6}|\*{1,3})\]")
NOTE_LABELLED_RE = re.compile(r"(?:\[(\d{1,3}|[a-z]|[ivxlc]{1,6}|\*{1,3})\]|(\d{1,3})[.)])\s+(\S.*)", re.DOTALL)
CLOSING_SECTION_HEADING_RE = re.compile(
    r"(?:select\s+)?(?:bibliography|further\s+reading|works\s+cited|literature|reading\s+list|see\s+also|"
    r"external\s+links)\s*:?",
    re.IGNORECASE,
)
NOTES_HEADING_RE = re.compile(
    r"(?:notes?|end\s?notes|foot\s?notes|references|sources|notes and references)\s*:?", re.IGNORECASE
)
CITATION_SHAPE_RE = re.compile(
    r"\bp{1,2}\.\s*[\dIVXLCivxlc]|\(\s*[^()]*\b1[5-9]\d\d\s*\)|\b(?:vol|ed|eds|trans)\.|\b1[5-9]\d\d\b.*,"
)


def notes_in_text(text: str) -> list[Note]:
    """The notes at the end of a text that keeps them in its body (the cleaned text does).

    The notes section is the trailing run of paragraphs that are a note label ("[1]"), a
    labelled note ("[1] Leon Trotsky, ...", "1. Ibid."), a citation (it repeats a work:
    "Ibid.", "op. cit.", or has a page, an edition or a year in its imprint), optionally after a
    heading ("Notes"), and before a closing bibliography or reading list if one follows it
    ("Bibliography", "Further reading"). A label gives its marker to the citation that follows; citations without
    labels are given, in order, the markers of the body that have no note yet. Nothing is found
    unless the body has note markers.
    """
    if not isinstance(text, str) or not text:
        return []
    # Line by line: a notes section often sets one note per line, with no blank line between.
    paragraphs = [line for start, end in _paragraphs(text) for line in _lines(text, start, end)]
    # A bibliography or reading list may close the text after the notes: its entries look
    # like citations, so the notes are looked for before it first.
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 80, 0), -1):
        if CLOSING_SECTION_HEADING_RE.fullmatch(text[paragraphs[index][0]:paragraphs[index][1]]):
            notes = _trailing_notes(text, paragraphs[:index])
            if notes:
                return notes
    return _trailing_notes(text, paragraphs)


def _trailing_notes(text: str, paragraphs: list[tuple[int, int]]) -> list[Note]:
    section: list[tuple[int, int]] = []
    for start, end in reversed(paragraphs):
        piece = text[start:end]
        if NOTE_LABEL_RE.fullmatch(piece) or _labelled_note(piece) or _is_citation(piece):
            section.insert(0, (start, end))
            continue
        if NOTES_HEADING_RE.fullmatch(piece) and section:
            section.insert(0, (start, end))
        break
    headed = _headed_numbered_notes(text, paragraphs)
    if headed and len(headed) > len(section):
        # quotes.v17: "NOTES\n1. Pravda, ...\n2. Circular of the Leningrad Provincial Committee,
        # ...\n4. Trotsky to the plenum of ...": under a notes heading every numbered line is a
        # note, whether or not it looks like a citation
        section = headed
    numbered_under_heading = bool(headed) and section is headed
    if not section:
        return []
    body_end = section[0][0]
    body_markers: list[str] = []
    for match in NOTE_MARKER_RE.finditer(text, 0, body_end):
        if match.group(1) not in body_markers:
            body_markers.append(match.group(1))
    if not body_markers:
        return []
    notes: list[Note] = []
    unlabelled: list[tuple[int, int]] = []
    pending: str | None = None
    for start, end in section:
        piece = text[start:end]
        label = NOTE_LABEL_RE.fullmatch(piece)
        if label:
            pending = label.group(1)
            continue
        labelled = NOTE_LABELLED_RE.fullmatch(piece) if numbered_under_heading else _labelled_note(piece)
        if labelled:
            offset = labelled.start(3)
            notes.append(Note(start + offset, end, piece[offset:], labelled.group(1) or labelled.group(2)))
            pending = None
        elif NOTES_HEADING_RE.fullmatch(piece):
            continue
        elif pending is not None:
            notes.append(Note(start, end, piece, pending))
            pending = None
        else:
            unlabelled.append((start, end))
    free = [m for m in body_markers if m not in {n.marker for n in notes}]
    for (start, end), marker in zip(unlabelled, free):
        notes.append(Note(start, end, text[start:end], marker))
    return sorted(notes, key=lambda n: (n.start, n.end))


def _headed_numbered_notes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs from the last notes heading to the end, when every one after the heading
    is a numbered or bracketed note ("1. ...", "[2] ..."); else none."""
    for index in range(len(paragraphs) - 1, -1, -1):
        start, end = paragraphs[index]
        if NOTES_HEADING_RE.fullmatch(text[start:end]):
            after = paragraphs[index + 1 :]
            if after and all(NOTE_LABELLED_RE.fullmatch(text[a:b]) for a, b in after):
                return paragraphs[index:]
            return []
    return []


def _labelled_note(piece: str):
    match = NOTE_LABELLED_RE.fullmatch(piece)
    if match is None or (match.group(2) and not _is_citation(match.group(3))):
        return None  # "1. Nationalise the land": a list item, not a note
    return match


def _is_citation(piece: str) -> bool:
    if len(piece) > 400 or "\n" in piece or TRAILING_NOTE_MARKER_RE.search(piece):
        return False
    if IBID_RE.match(piece) or OP_CIT_RE.match(piece):
        return True
    return bool(DIGIT_RE.search(piece) and CITATION_SHAPE_RE.search(piece)) and len(piece.split()) <= 60


def _replace_locator(base: str, locator: str) -> str:
    """The base citation with its page (or volume/chapter) tail replaced by ``locator``."""
    base = base.strip().rstrip(".").rstrip()
    locator = locator.strip().rstrip(".").strip(" ,")
    if not locator:
        return base
    # "Ibid., p. 5" keeps the volume of the work it repeats; "Ibid., vol. 2, p. 5" replaces it.
    tail = VOLUME_TAIL_RE if VOLUME_LOCATOR_RE.match(locator) else PAGE_TAIL_RE
    # quotes.v17: a document cited from the book that prints it ('"Declaration of the
    # Forty-Six", 15 October 1923, in E. H. Carr, The Interregnum, p. 368'): "Ibid." repeats the book
    # (a book with its own author: not "..., in Works, vol. 6", the same author's collection)
    printed_in = re.search(r",\s+in\s+(?=(?:[A-Z]\.\s?)+[A-Z][\w’'-]+,|[A-Z][a-z]+\s+[A-Z][\w’'-]+,)", base)
    if printed_in:
        base = base[printed_in.end() :]
    return f"{tail.sub('', base).rstrip(' ,')}, {locator}"


def _strip_marker(note_text: str) -> str:
    # Some note parsers keep the "[1]" label at the start of the note text.
    return re.sub(r"^\s*\[\w{1,4}\]\s*", "", note_text)


# --- the annotator ---------------------------------------------------------------------------


class _Document:
    """One text with the indexes the rules need (sentences, mentions, masked quotations)."""

    def __init__(self, text: str, entities: Sequence[EntityMention], notes: Sequence[Note]):
        self.text = text
        self.notes = [n for n in notes if isinstance(n, Note)]
        if not self.notes:
            self.notes = notes_in_text(text)
        self.notes_start = min((n.start for n in self.notes if 0 <= n.start), default=len(text))
        self.mentions = sorted(
            (m for m in entities if _valid_span(m, len(text))), key=lambda m: (m.start, m.end)
        )
        self.mention_starts = [m.start for m in self.mentions]
        self.paragraphs = _paragraphs(text)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        # Texts that quote with single marks (British style) nest double marks inside them.
        self.single_style = _prefers_single_marks(text)
        self.mark_re = SINGLE_MARK_RE if self.single_style else DOUBLE_MARK_RE
        self.mark_role = _single_mark_role if self.single_style else _mark_role

    # The pipeline: marked spans, masking, sentences, blocks, then one Quotation per span.
    def quotations(self) -> list[Quotation]:
        marked = self._marked_spans()
        marked = sorted(marked + self._single_quoted_terms(marked), key=lambda s: (s.start, s.end))
        self.masked = _mask(self.text, marked)
        self._token_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._add_untagged_given_names()
        self._add_bare_titles()
        self._add_family_titles()
        self.sentence_starts = _sentence_starts(self.masked, self.paragraphs)
        # quotes.v19: no sentence starts inside a name ("Geo. Harkness shipped", "Wm. Ashcraft")
        inside = {s for m in self.mentions for s in self.sentence_starts[bisect.bisect_right(self.sentence_starts, m.start):bisect.bisect_left(self.sentence_starts, m.end)]}
        if inside:
            self.sentence_starts = [s for s in self.sentence_starts if s not in inside]
        self.quoted, self.quoted_starts = [(q.start, q.end) for q in marked], [q.start for q in marked]
        self._learn_names()
        blocks = self._block_spans(marked)
        spans = [s for s in marked if not any(b.start <= s.start and s.end <= b.end for b in blocks)]
        spans.extend(blocks)
        spans.sort(key=lambda s: (s.start, s.end))
        self.quoted = [(s.start, s.end) for s in spans]
        self.quoted_starts = [s.start for s in spans]
        self.note_citations = resolve_note_citations(self.notes)
        self.fragments: set[int] = set()
        self.entries: set[int] = set()  # quotes.v21: entries written in a book ('wrote me down in his book as "..."')
        result: list[Quotation] = []
        previous_citations: list[str] = []
        for span in spans:
            quotation = self._quotation(span, previous_citations, result)
            if quotation is not None:
                result.append(quotation)
        # Descriptions carried the turns of a dialogue ("the old woman said"); an unnamed person
        # is reported as no speaker (bodies with names, "The Soviet Embassy", stay).
        # "my cousin, Canon Everard Lisle, ... “A bell?” said my cousin": a possessive description
        # speaks under the name the text set beside it.
        # quotes.v20: "Before the Police Magistrate (Mr. W. Ranking, P.M.) ... His Worship
        # observed": the bench's form of address is the person the report set on the bench
        result = [self._presiding(q) if q.speaker and BENCH_ADDRESS_RE.fullmatch(q.speaker) else q for q in result]
        result = [self._possessive_named(q) if q.speaker and q.speaker_id is None else q for q in result]
        result = [
            self._named_description(q) if q.speaker and q.speaker_id is None and (_unnamed_person(q.speaker) or _thing_description(q.speaker)) else q
            for q in result
        ]
        result = [self._named_kin(q) if q.speaker and q.speaker_id is None else q for q in result]
        result = [self._bare_title_name(q) if q.speaker in BARE_ADDRESS_TITLES or q.speaker in FAMILY_ADDRESS else q for q in result]
        # "Nobody", "Everyone": a pronoun for no one in particular is never a speaker
        result = [replace(q, speaker=None, speaker_id=None) if q.speaker and q.speaker.lower() in INDEFINITE_PRONOUNS else q for q in result]
        # A description left unresolved ("the company", "the plenum") is nobody's name.
        result = [replace(q, speaker=None) if q.speaker and q.speaker_id is None and _bare_description(q.speaker) else q for q in result]
        # quotes.v19: "the Clerk observing that": a role written with a capital, when the text
        # names no one with it, is still a description
        result = [replace(q, speaker=None) if q.speaker and q.speaker_id is None and _role_description(q.speaker) else q for q in result]
        result = [replace(q, speaker=None) if q.speaker and q.speaker_id is None and _indefinite_body(q.speaker) else q for q in result]
        # quotes.v19: "Local press speaks of", "Opposition parties say": a bare description of
        # no person, with a capital only because it opens its sentence or headline, names nobody
        result = [
            replace(q, speaker=None) if q.speaker and q.speaker_id is None and re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)+", q.speaker)
            and q.speaker.split()[0].lower() not in DETERMINERS | {"another"} and not _is_person_noun(q.speaker.split()[-1])
            and not any(m.text == q.speaker for m in self.mentions) else q
            for q in result
        ]
        result = [self._appositive_person(q) if q.speaker and q.speaker_id is None else q for q in result]
        result = [self._spoken_through(q) for q in result]
        # "Defendant said he had ...": a court report's party, written as a name, is the one charged
        result = [self._court_party(q) if q.speaker in COURT_PARTY_NAMES else q for q in result]
        # 'the banners rolled up under our coats: “Carry out Lenin’s Testament!”', 'Inscribed on
        # the reverse: “Coyoacán, abril 1940”': words written on a thing are nobody's speech
        # Nobody's words: a speaker that cannot have said them (see _no_speaker), and a cry from
        # the floor in a report's bracketed stage direction ('(Laughter, and "Not on Sundays.")')
        unspoken = []
        previous_written = None
        for q in result:
            # a second slogan joined to the first ('“...!” and “...!”') is written on the same thing
            joined = previous_written is not None and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", self.text[previous_written.end:q.start])
            written = bool(joined) or self._written_on_a_thing(q.start)
            previous_written = q if written else None
            if q.speaker and (written or q.speaker_id is None and self._no_speaker(q) or FLOOR_CRY_RE.search(self.text, max(0, q.start - 60), q.start)):
                q = replace(q, speaker=None, speaker_id=None)
            unspoken.append(q)
        result = unspoken
        result = [replace(q, speaker=self._latest_form(q)) if q.speaker else q for q in result]
        # quotes.v19: a kin title the tagger took into the name is left out ("said Aunt Hattie"
        # -> "Hattie", as "Uncle Walt ... my uncle said" gives "Walt")
        return [replace(q, speaker=self._untitled(q.speaker)) if q.speaker else q for q in result]

    def _untitled(self, speaker: str) -> str:
        words = speaker.split()
        if any(m.text == speaker and m.label not in PERSON_LABELS for m in self.mentions):
            return speaker
        while len(words) > 1 and words[0].lower() in KIN_NAME_TITLES and words[1][:1].isupper():
            words.pop(0)
        return " ".join(words)

    def _named_kin(self, quotation: Quotation) -> Quotation:
        """'Their mother came in from the yard ... Mrs Kask set the basket down ... “...,” their
        mother said': a kin description speaks under the titled name of its gender that the text
        introduces for the first time within three paragraphs after the description first appears
        (a name used before it belongs to someone else); otherwise it stays as it is."""
        named = self._kin_titled(quotation.speaker, quotation.start) or self._kin_name(quotation.speaker)
        return quotation if named is None else replace(quotation, speaker=named.text, speaker_id=named.entity_id)

    def _kin_titled(self, description: str, before: int) -> EntityMention | None:
        """quotes.v17: '... looked at Uncle Stan ... “That's Doc,” my uncle said': a kin
        description speaks under the latest name the narration gave with that kin word as its
        title, outside quotations; None if there is none."""
        match = KIN_DESCRIPTION_RE.fullmatch(description)
        # only the narrator's kin: the narration's "Uncle Stan" is the narrator's uncle, not
        # the uncle of "his uncle"
        if match is None or match.group(1).lower() in ("wife", "husband") or description.split()[0].lower() not in ("my", "our"):
            return None
        title = re.compile(r"\b" + match.group(1).capitalize() + r"\s+$")
        for mention in reversed(self._mentions_between(0, before)):
            if self._is_person(mention) and not self._inside_quotation(mention.start) and title.search(
                    self.text, max(0, mention.start - 16), mention.start):
                return mention
        return None

    def _kin_name(self, description: str) -> EntityMention | None:
        """The titled name a kin description takes (see ``_named_kin``), or None."""
        match = KIN_DESCRIPTION_RE.fullmatch(description)
        if match is None:
            return None
        first = re.search(r"\b" + re.escape(description) + r"\b", self.masked, re.IGNORECASE)
        if first is None:
            return None
        titles = FEMALE_KIN_TITLES if match.group(1).lower() in FEMALE_KIN else MALE_KIN_TITLES
        index = bisect.bisect_right(self.paragraph_starts, first.start()) - 1
        limit = self.paragraphs[min(index + 3, len(self.paragraphs) - 1)][1]
        for mention in self._mentions_between(first.end(), limit):
            if not self._is_person(mention) or self._inside_quotation(mention.start):
                continue
            if self._title_before(mention.start) not in titles:
                continue
            earlier = re.search(r"\b" + re.escape(mention.text) + r"\b", self.text[:first.start()])
            return mention if earlier is None else None
        return None

    def _named_description(self, quotation: Quotation) -> Quotation:
        """A description that speaks ("the boy asked") takes the name the text gives it anywhere
        ("the boy, whose name turned out to be Emil", "the old woman, Marta Lenz,"); with none,
        the quotation has no speaker (guidelines: a description is never a speaker)."""
        match = re.fullmatch(r"(?:[Tt]he|[Aa]n?) ((?:[a-z][\w-]* ){0,2}([a-z][\w-]*))", quotation.speaker)
        if match is not None and _unnamed_person(quotation.speaker):
            naming = re.compile(
                r"\b[Tt]he (?:[a-z][\w-]* ){0,2}" + re.escape(match.group(2))
                + r",\s+(?:whose name (?:was|is|turned out to be|proved to be)\s+)?"
            )
            for found in naming.finditer(self.masked):
                mention = next((m for m in self._mentions_between(found.end(), found.end() + 60) if m.start == found.end()), None)
                if mention is None:
                    continue
                # after "whose name was" a name is a person's whatever the tagger called it
                if "whose name" in found.group(0) and mention.label not in TIME_LABELS or (
                    self._is_person(mention) and self.text[mention.end:mention.end + 1] == ","
                ):
                    return replace(quotation, speaker=mention.text, speaker_id=mention.entity_id)
            # "an old man named Abel", "Abel, an old man who mended clocks": the name the text
            # set beside the description when it brought the person in (the latest before the
            # quotation)
            noun = r"\s+".join(re.escape(w) for w in match.group(1).split())  # all its words: "the old man" is no "young man"
            found = None
            introduced = (
                r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}" + noun + r"(?:\s+(?:named|called)\s+"
                # "a little grey man in a frayed surtout, whom she presented as Herr Kessler"
                + r"|\b[^.;:“”\"]{0,60}?,?\s+(?:whom\s+\w+\s+(?:presented|introduced)\s+as|who\s+(?:turned\s+out|proved)\s+to\s+be)\s+)"
                + r"((?:[A-Z][a-z]{1,11}\.?\s+)?)"
            )
            for hit in re.finditer(introduced, self.masked[:quotation.start]):
                for begin in (hit.start(1), hit.end()):
                    mention = self._mention_at(begin, begin + 1)
                    if mention is not None and mention.start == begin and self._is_person(mention):
                        found = mention
                        break
            for mention in self._mentions_between(0, quotation.start):
                if self._is_person(mention) and not self._inside_quotation(mention.start) and re.match(
                    r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}" + noun + r"\b", self.masked[mention.end:mention.end + 60]
                ) and (found is None or mention.start > found.start):
                    found = mention
            if found is not None:
                return replace(quotation, speaker=found.text, speaker_id=found.entity_id)
            if match.group(2).lower() in COURT_PARTIES:
                charged = self._charged_person(quotation.start)
                if charged is not None:
                    return replace(quotation, speaker=charged.text, speaker_id=charged.entity_id)
            later = self._newcomer_named_after(quotation, match.group(2).lower())
            if later is not None:
                return replace(quotation, speaker=later.text, speaker_id=later.entity_id)
        return replace(quotation, speaker=None)

    def _newcomer_named_after(self, quotation: Quotation, noun: str) -> EntityMention | None:
        """quotes.v20: '“Ah, Miss Scarth,” said the stout gentleman ... / Mr. Ferrand laughed.':
        a gentleman or lady the narration brings in undescribed by name takes the name that
        opens a sentence of narration soon after, when only the talk before has named that
        person (the narration has not)."""
        pronoun = GENDERED_PERSON_NOUNS.get(noun)
        if pronoun is None:
            return None
        index = bisect.bisect_right(self.paragraph_starts, quotation.start) - 1
        limit = self.paragraphs[min(index + 2, len(self.paragraphs) - 1)][1]
        for mention in self._mentions_between(quotation.end, limit):
            if not self._is_person(mention) or self._inside_quotation(mention.start):
                continue
            sentence = self._sentence_start(mention.start)
            if not re.fullmatch(r"\s*(?:(?:Mr|Mrs|Miss|Dr|Sir|Lady|Lord|Captain|Colonel|Major)\.?\s+)?", self.masked[sentence:mention.start]):
                continue
            surname = mention.text.split()[-1]
            told = any(
                m.text.split()[-1] == surname and not self._inside_quotation(m.start)
                for m in self._mentions_between(0, quotation.start) if self._is_person(m)
            )
            talked = any(
                m.text.split()[-1] == surname and self._inside_quotation(m.start)
                for m in self._mentions_between(0, quotation.start) if self._is_person(m)
            )
            title = self._title_before(mention.start)
            if not told and talked and _gender_fits(pronoun, (title + " " if title else "") + mention.text):
                return mention
            return None
        return None

    def _charged_person(self, before: int) -> EntityMention | None:
        """The one a court report charges, whom "the prisoner" and "Defendant" refer back to:
        the first person of the latest sentence before ``before`` that says someone "was
        charged", "were indicted", "was summoned" ("William Huxtable, a labourer, of Pilton, was
        charged with ..."; "John Cotterell, 24, a carman, and Sarah Hobday, 19, were indicted")."""
        found = None
        for hit in CHARGED_RE.finditer(self.masked, max(0, before - 3000), before):
            start = self._sentence_start(hit.start())
            persons = [
                m for m in self._mentions_between(start, hit.start())
                if self._is_person(m) and not self._inside_quotation(m.start) and not self._after_preposition(m.start)  # "a labourer, of Pilton"
            ]
            if not persons:
                continue
            # the subject right before the verb ("before J. Marshall and W. Thorne, Esqrs.,
            # William Huxtable, a labourer, ... was charged"); of two charged together, the first
            k = len(persons) - 1
            if hit.group().split()[0] in ("were", "are"):
                while k > 0 and " and " in self.text[persons[k - 1].end:persons[k].start] and not re.search(r"\b(?:before|Esqrs?)\b", self.text[persons[k - 1].end:persons[k].start]):
                    k -= 1
            found = persons[k]
        return found

    def _no_speaker(self, quotation: Quotation) -> bool:
        """A speaker that cannot have said or coined the words: a term given to a place, a
        building, an event or a law ('the Shakhty district of the Donbass went on trial for
        "wrecking"'), or a capitalised common word that names nothing ("Please tell him that
        his “theses”", "Historians")."""
        speaker = re.sub(r"^(?:the|The) ", "", quotation.speaker)
        labels = {m.label for m in self.mentions if re.sub(r"^(?:the|The) ", "", m.text) == speaker}
        if quotation.kind == "term" and labels and labels <= {"GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "DATE"}:
            return True
        return not labels and re.fullmatch(r"[A-Z][a-z]+", speaker) is not None and speaker.lower() in COMMON_SPEAKER_WORDS

    def _written_on_a_thing(self, start: int) -> bool:
        """Whether the sentence before the quotation at ``start`` introduces it as words on a
        banner, a placard, a sign or a page ("with “...” across the front page" too), with no
        verb of speech between."""
        sentence = self.masked[self._sentence_start(start):start]
        after = self.text[start:start + 300]
        if re.search(r"\b(?:[Ww]alls?|[Gg]raffiti)\b[^.!?,;]{0,40}?\b(?:said|say|says|read|reads)\s*,?\s*$|\b(?:chalked|scrawled|daubed)\b[^.!?]{0,40}$", sentence):
            return True  # quotes.v19: 'Walls all over Barcelona said “...”', 'someone chalked underneath, “...”'
        written = WRITTEN_ON_RE.search(sentence)
        if written is None:
            written_after = re.match(r"[\"“][^\"”\n]{1,200}[\"”]\s+(?:across|on|over)\s+the\s+(?:front\s+page|banner|placard|cover|title\s+page)\b", after)
            return written_after is not None and not any(w.lower() in CUE_VERBS for w in re.findall(r"[A-Za-z]+", sentence))
        return not any(w.lower() in CUE_VERBS for w in re.findall(r"[A-Za-z]+", sentence[written.end(1):]))

    def _presiding(self, quotation: Quotation) -> Quotation:
        found = None
        for match in PRESIDING_RE.finditer(self.text, max(0, quotation.start - 3000), quotation.start):
            mention = self._mention_at(match.end(), match.end() + 1)
            if mention is not None and mention.start == match.end() and mention.label in PERSON_LABELS:
                found = mention
        return quotation if found is None else replace(quotation, speaker=found.text, speaker_id=found.entity_id)

    def _court_party(self, quotation: Quotation) -> Quotation:
        charged = self._charged_person(quotation.start)
        return replace(quotation, speaker=None if charged is None else charged.text, speaker_id=None if charged is None else charged.entity_id)

    def _appositive_person(self, quotation: Quotation) -> Quotation:
        """A description or a body that speaks with a person's name set beside it speaks under
        that name: "The Greens environment coordinator, the Dutch MEP Joost van Raalte, told
        reporters ..." (the speaker is the person, not the group or the office)."""
        speaker = quotation.speaker
        if any(m.text == speaker and self._is_person(m) for m in self.mentions):
            return quotation
        found = None
        for hit in re.finditer(re.escape(speaker), self.masked[max(0, quotation.start - 400):quotation.start]):
            end = max(0, quotation.start - 400) + hit.end()
            for mention in self._mentions_between(end, min(len(self.text), end + 120)):
                if self._is_person(mention) and self.text[mention.end:mention.end + 1] == "," and APPOSED_PERSON_GAP_RE.fullmatch(self.masked, end, mention.start):
                    found = mention
                    break
        return quotation if found is None else replace(quotation, speaker=found.text, speaker_id=found.entity_id)

    def _possessive_named(self, quotation: Quotation) -> Quotation:
        named = self._possessive_apposition(quotation.speaker, quotation.start)
        return quotation if named is None else replace(quotation, speaker=named.text, speaker_id=named.entity_id)

    def _possessive_apposition(self, description: str, before: int) -> EntityMention | None:
        """The person a possessive description was set beside when the text introduced them
        ("my cousin, Canon Everard Lisle, ... “A bell?” said my cousin"; "his son Anatol ... his
        son recalled"): the name right after the description's last use in the narration before
        ``before`` that names anyone."""
        match = re.fullmatch(r"(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir) (?:[a-z][\w-]* ){0,2}[a-z][\w-]*", description)
        if match is None:
            return None
        naming = re.compile(r"\b(?i:" + re.escape(description) + r"),?\s+((?:[A-Z][a-z]{1,11}\.?\s+)?)")
        found = None
        for hit in naming.finditer(self.masked, 0, before):
            for begin in (hit.start(1), hit.end()):  # "my cousin, Canon Everard Lisle"
                mention = self._mention_at(begin, begin + 1)
                if mention is not None and mention.start == begin and self._is_person(mention) and not self._inside_quotation(begin):
                    found = mention
                    break
        return found

    def _latest_form(self, quotation: Quotation) -> str:
        """The form of the speaker's name written last before the quotation: a pronoun or a
        description ("the minister added") takes the name as its antecedent was last written
        ("Agnes Vollan ... Vollan said ... the minister added" gives "Vollan"). A name the
        cue gives after the quotation ('"...," said Agnes Vollan') stays as it is written."""
        speaker = quotation.speaker
        words = speaker.split()
        # "the National Institute of Anthropology and History, known by its Spanish initials
        # INAH": a body's short name given with it is the form written last
        full = [m for m in self._mentions_between(0, quotation.start) if m.text == speaker and m.label in GROUP_LABELS]
        if full:
            # (quotes.v20: "The Ghana Cocoa Board, known as Cocobod": a short name in one word,
            # not only initials)
            short = re.match(r",?\s*(?:known (?:by its (?:[A-Z]\w+ )?initials|as)\s+|\()([A-Z]{2,8}|[A-Z][a-z]{2,11})\b(?![-’'\w]|\s+[A-Z])", self.text[full[-1].end:full[-1].end + 60])
            if short is not None:
                return short.group(1)
        sentence_end = self._sentence_end(quotation.end)
        if any(m.text == speaker for m in self._mentions_between(quotation.end, sentence_end)):
            return speaker
        latest = None
        for mention in self._mentions_between(0, quotation.start):
            if self._inside_quotation(mention.start) or not self._is_person(mention):
                continue
            # The same name or its surname alone ("Vidal Cruz" of "Ana Vidal Cruz");
            # never a longer name sharing the surname ("Ng" is not "Grace Ng", his wife).
            parts = mention.text.split()
            # ... or a surname inside a longer name ("Ortiz" of "Gabriela Ortiz Reyes")
            # (a particle belongs to the surname: "Vaucourt" is not a form of "de Vaucourt")
            inner = any(
                words[k:k + len(parts)] == parts and not (k > 0 and words[k - 1] in NAME_PARTICLES)
                for k in range(0, len(words) - len(parts) + 1)
            )
            # ... or another name of the same person ("Eric Blair was there — Orwell, as he was
            # later —"), once the speaker's own form has been written
            same_person = quotation.speaker_id is not None and mention.entity_id == quotation.speaker_id and latest is not None
            if mention.text != speaker and not (len(parts) < len(words) and inner) and not same_person:
                continue
            title = self._title_before(mention.start) if mention.text != speaker else None
            if title is not None and not _gender_fits("she" if title in FEMALE_TITLES else "he", speaker):
                continue  # "Josiah Ashby ... said Mrs. Ashby": the surname with a title of the other sex is his wife's
            if mention.text == speaker or latest is not None:
                latest = mention
        return latest.text if latest is not None else speaker

    def _add_bare_titles(self) -> None:
        """"Madame de Vaucourt ... Madame came down to breakfast": a title of address standing
        alone, outside quotations, is a person when the text named someone with it before; the
        speaker it gives is that person's name (``bare_titles``)."""
        self.bare_titles: dict[int, EntityMention] = {}
        covered = [(m.start, m.end) for m in self.mentions]
        added = []
        for match in re.finditer(r"\b(" + "|".join(sorted(BARE_ADDRESS_TITLES)) + r")\b\.?(?!\s+(?:[A-Z]|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s))", self.masked):
            start, end = match.span(1)
            if any(a < end and start < b for a, b in covered):
                continue
            named = None
            for mention in self.mentions:
                if mention.start >= start:
                    break
                if mention.label in PERSON_LABELS and re.search(r"\b" + match.group(1) + r"\.?\s+$", self.text[max(0, mention.start - 14):mention.start]):
                    named = mention
            if named is not None:
                added.append(EntityMention(start, end, match.group(1), "PERSON", named.entity_id, ANNOTATOR))
                self.bare_titles[start] = named
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: (m.start, m.end))
            self.mention_starts = [m.start for m in self.mentions]

    def _add_family_titles(self) -> None:
        """"“From the water,” said Gran": what a family calls one of its own ("Gran", "Mum",
        "Dad"), standing alone outside quotations, is a person of that gender; the speaker it
        gives is the name the narration set beside the kin noun ("my grandmother, Winifred
        Quayle"), or the family's word where it gives none."""
        covered = [(m.start, m.end) for m in self.mentions]
        person_at: dict[int, EntityMention] = {}
        for m in self.mentions:
            if m.label in PERSON_LABELS:
                person_at.setdefault(m.start, m)
        named_for: dict[str, EntityMention | None] = {}  # kin nouns -> the name set beside them
        added = []
        for match in re.finditer(r"\b(" + "|".join(sorted(FAMILY_ADDRESS)) + r")\b(?!\s+[A-Z])", self.masked):
            start, end = match.span(1)
            # quotes.v19: the tagger's own "Ma" (a person of the same span) still takes the name
            # set beside the kin noun
            tagged = (start, end) in covered and start in person_at and person_at[start].end == end
            if any(a < end and start < b for a, b in covered) and not tagged:
                continue
            nouns = FAMILY_ADDRESS[match.group(1)][1]
            if nouns not in named_for:
                kin_phrases = re.finditer(r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:" + nouns + r"),? ", self.masked)
                named_for[nouns] = next((person_at[kin.end()] for kin in kin_phrases if kin.end() in person_at), None)
            named = named_for[nouns]
            if not tagged:
                added.append(EntityMention(start, end, match.group(1), "PERSON", named.entity_id if named else None, ANNOTATOR))
            if named is not None:
                self.bare_titles[start] = named
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: (m.start, m.end))
            self.mention_starts = [m.start for m in self.mentions]

    def _spoken_through(self, quotation: Quotation) -> Quotation:
        """"Plaid Cymru ... said through its housing spokeswoman, Mabli Rees, that the caps were
        “...”": the one a body speaks through, named beside them, says the words."""
        sentence = self._sentence_start(quotation.start)
        match = None
        for match in SPOKEN_THROUGH_RE.finditer(self.masked, sentence, quotation.start):
            pass
        if match is None:
            return quotation
        named = next((m for m in self.mentions if m.start == match.end() and m.label in PERSON_LABELS), None)
        if named is None or not re.match(r"\s*,", self.text[named.end:named.end + 3]):
            return quotation
        return replace(quotation, speaker=named.text, speaker_id=named.entity_id)

    def _bare_title_name(self, quotation: Quotation) -> Quotation:
        """A speaker that is a bare title of address takes the name of the person the text
        named with it last before the quotation."""
        for start in sorted(self.bare_titles, reverse=True):
            named = self.bare_titles[start]
            # the tag after the quotation counts too ('“From the water,” said Gran')
            if start < quotation.end + 40 and self.text[start:start + len(quotation.speaker)] == quotation.speaker:
                return replace(quotation, speaker=named.text, speaker_id=named.entity_id)
        return quotation

    def _add_untagged_given_names(self) -> None:
        """A known given name that the tagger left untagged ("Olga heard him") is a person:
        a single capitalised word outside quotations, not part of a longer name, not after an
        article ("the tanker Ruth"), and not a given name that is also a common word."""
        covered = [(m.start, m.end) for m in self.mentions]
        # quotes.v19: a one-word name the tagger gave a person elsewhere in the text is that
        # person where it left it untagged ("old Ilyin and I ... Ilyin took off his spectacles")
        tagged: dict[str, str | None] = {}
        for m in self.mentions:
            if m.label in PERSON_LABELS and re.fullmatch(r"[A-Z][a-z’'-]{2,}", m.text) and m.text.lower() not in COMMON_WORD_NAMES:
                tagged.setdefault(m.text, m.entity_id)
        added = []
        for match in GIVEN_NAME_WORD_RE.finditer(self.masked):
            word = match.group(0)
            if word not in tagged and (word.lower() not in GIVEN_NAMES or word.lower() in COMMON_WORD_NAMES):
                continue
            start, end = match.span()
            if any(a < end and start < b for a, b in covered):
                continue
            before = self.masked[max(0, start - 30):start]
            after = self.masked[end:end + 30]
            if re.search(r"(?:\b(?:the|a|an)\s+(?:[\w’'-]+\s+)?|[A-Z][\w’'.-]*\s+)$", before) or re.match(r"\s+[A-Z]", after):
                continue
            added.append(EntityMention(start, end, word, "PERSON", tagged.get(word), ANNOTATOR))
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: (m.start, m.end))
            self.mention_starts = [m.start for m in self.mentions]

    # --- marked quotations -------------------------------------------------------------------

    def _marked_spans(self) -> list[_Span]:
        spans: list[_Span] = []
        text = self.text
        open_at = -1  # position of the outermost opening mark now open, or -1
        depth = 0  # nested double quotes (a broken text's “a “b” c”) stay inside the outer one
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            continuing = open_at >= 0
            for match in self.mark_re.finditer(text, p_start, p_end):
                pos = match.start()
                if continuing and pos == p_start and self._opens(pos, p_start, p_end):
                    continue  # the opening mark that repeats on each paragraph of a long quote
                continuing = False
                role = self.mark_role(text, pos, match.group(), p_start, p_end, depth > 0)
                if role == "open":
                    if depth == 0:
                        open_at = pos
                    depth = min(depth + 1, 3)
                elif role == "close" and depth > 0:
                    if depth == 1 and self._closes_nested_single(open_at, pos, p_end):
                        continue  # ‘For Stalin!” ... Against Stalin!’”: a typo for ’
                    depth -= 1
                    if depth == 0:
                        spans.append(self._marked_span(open_at, pos + 1))
                        open_at = -1
            if open_at >= 0 and self._continues(index):
                depth = 1
            elif open_at >= 0:
                end = _rstrip_end(text, max(open_at + 1, p_start), p_end)
                if WORD_COUNT_RE.search(text, open_at + 1, end):
                    spans.append(self._marked_span(open_at, end))
                open_at, depth = -1, 0
        return spans

    def _closes_nested_single(self, open_at: int, pos: int, p_end: int) -> bool:
        """Whether the double mark at ``pos`` stands for the ’ of a nested single quotation.

        It does when a nested ‘ is still open inside the quotation and the rest of the
        paragraph closes both ("’”"): one closing mark was mistyped, and cutting the quotation
        there would leave its end stranded.
        """
        if self.single_style or open_at < 0:
            return False
        inner = self.text[open_at + 1:pos]
        openers = len(SINGLE_OPENER_RE.findall(inner))
        closers = len(re.findall(r"[’'](?![^\W\d_])", inner))
        if openers <= closers:
            return False
        return bool(re.search(r"[’'][”»\"]", self.text[pos + 1:p_end]))

    def _single_quoted_terms(self, spans: list[_Span]) -> list[_Span]:
        """‘Left’: single-quoted words outside any double quotation of a double-quote text.

        Only curly pairs count, a ‘ before a letter and a ’ after a non-space that no letter
        follows, up to five words, within a sentence; apostrophes (workers’) are skipped.
        """
        self.headline_speech: set[int] = set()
        if self.single_style:
            return []
        found: list[_Span] = []
        starts = [s.start for s in spans]
        for match in SINGLE_TERM_RE.finditer(self.text):
            start, end = match.start(), match.end()
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and spans[index].start <= start < spans[index].end:
                continue
            if len(WORD_COUNT_RE.findall(match.group(1))) > 5:
                continue
            found.append(self._marked_span(start, end))
        # "Coalition split looms as Nationals reject 'rushed' water buyback": a news headline
        # quotes speech with straight single marks, whatever marks its story uses.
        if self.paragraphs and len(self.paragraphs) > 1:
            # (quotes.v21: a headline of several lines, a deck under the main line, is read line by
            # line: "TROTZKY DIES OF WOUNDS\nExile Struck Down\nMornard Tells Police 'I Acted Alone'")
            lines = _lines(self.text, *self.paragraphs[0])
            headline_lines = len(lines) <= 4 and all(
                len(WORD_COUNT_RE.findall(self.text[a:b])) <= 25 and not self.text[a:b].endswith((".", "!", "?", ":")) for a, b in lines
            )
            for h_start, h_end in lines if headline_lines else ():
                for match in HEADLINE_SINGLE_RE.finditer(self.text, h_start, h_end):
                    start, end = match.start(), match.end()
                    if any(sp.start <= start < sp.end for sp in spans) or len(WORD_COUNT_RE.findall(match.group(1))) > 12:
                        continue
                    found.append(self._marked_span(start, end))
                    self.headline_speech.add(start)
        return found

    def _opens(self, pos: int, p_start: int, p_end: int) -> bool:
        return self.mark_role(self.text, pos, self.text[pos], p_start, p_end, False) == "open"

    def _marked_span(self, start: int, end: int) -> _Span:
        colon = _previous_non_space(self.text, start)
        return _Span(start, end, colon_before=colon >= 0 and self.text[colon] == ":")

    def _continues(self, index: int) -> bool:
        """Whether a quotation open at the end of paragraph ``index`` goes on in the next one."""
        if index + 1 >= len(self.paragraphs):
            return False
        n_start, n_end = self.paragraphs[index + 1]
        if self.mark_re.match(self.text, n_start) and self._opens(n_start, n_start, n_end):
            return True
        if self.single_style:
            return False  # a lone ’ is too often an apostrophe to close a lost quotation
        first = DOUBLE_MARK_RE.search(self.text, n_start, n_end)
        if first is None:
            return False
        pos = first.start()
        if first.group() in CLOSING_MARKS:
            return True
        if first.group() == STRAIGHT_MARK:
            before = self.text[pos - 1] if pos > n_start else " "
            after = self.text[pos + 1] if pos + 1 < n_end else " "
            return (not before.isspace() and not after.isalnum()) or pos + 1 >= n_end
        return False

    # --- block quotations --------------------------------------------------------------------

    def _block_spans(self, marked: list[_Span]) -> list[_Span]:
        blocks: list[_Span] = []
        paragraphs = self.paragraphs
        marked_ends = {s.end for s in marked}
        marked_starts = [s.start for s in marked]
        index = 1
        while index < len(paragraphs):
            intro_start, intro_end = paragraphs[index - 1]
            start, end = paragraphs[index]
            if (
                start < self.notes_start
                and self.text[intro_end - 1] == ":"
                and self._is_quotable_paragraph(start, end, marked_starts)
                and self._intro_cue(intro_end - 1) is not None
            ):
                last = self._block_extent(index, marked_ends, marked_starts)
                block_end = paragraphs[last][1]
                trailing = TRAILING_NOTE_MARKER_RE.search(self.text, start, block_end)
                if trailing:
                    block_end = trailing.start()
                blocks.append(_Span(start, block_end, block=True, colon_before=True))
                index = last + 2
                continue
            index += 1
        return blocks

    def _is_quotable_paragraph(self, start: int, end: int, marked_starts: list[int]) -> bool:
        text = self.text
        if text[start] in OPENING_MARKS + STRAIGHT_MARK or LIST_ITEM_RE.match(text, start, end):
            return False
        if self.mark_re.match(text, start) and self._opens(start, start, end):
            return False
        if _starts_at(marked_starts, start):
            return False
        words = len(WORD_COUNT_RE.findall(text, start, end))
        ends_like_prose = text[end - 1] in ".!?…:;\"”’)]" or NOTE_MARKER_RE.search(
            text, max(start, end - 6), end
        )
        return words >= 8 or (words >= 3 and bool(ends_like_prose))

    def _block_extent(self, first: int, marked_ends: set[int], marked_starts: list[int]) -> int:
        """Index of the last paragraph of the block that starts at paragraph ``first``."""
        paragraphs = self.paragraphs
        if TRAILING_NOTE_MARKER_RE.search(self.text, *paragraphs[first]):
            return first
        for last in range(first + 1, min(first + 4, len(paragraphs))):
            start, end = paragraphs[last]
            if start >= self.notes_start or self._reads_as_narration(start, end, marked_starts):
                return first
            marker = TRAILING_NOTE_MARKER_RE.search(self.text, start, end)
            if marker:
                if len(self.text[start:marker.start()].rstrip(" .,;:!?")) + start in marked_ends:
                    return first  # the marker cites an inline quotation: narration
                return last
        return first

    def _reads_as_narration(self, start: int, end: int, marked_starts: list[int]) -> bool:
        text = self.text
        if text[end - 1] == ":" or not self._is_quotable_paragraph(start, end, marked_starts):
            return True
        for tokens_start, tokens_end in self._sentences_in(start, end):
            tokens = self._tokens(tokens_start, tokens_end)
            for i in range(len(tokens)):
                if not _cue_length(tokens, i):
                    continue
                subject = self._subject_before(tokens, i)
                if subject is not None and self._mention_at(*tokens[subject[2]][:2]) is not None:
                    return True  # a named speaker with a cue verb: the author is narrating
        return False

    def _intro_cue(self, colon: int) -> _Cue | None:
        sentence_start = self._sentence_start(colon)
        tokens = self._tokens(sentence_start, colon)
        return self._cue_in_tokens(tokens, len(tokens), require_subject=False)

    # --- one quotation -----------------------------------------------------------------------

    def _quotation(
        self, span: _Span, previous_citations: list[str], result: list[Quotation]
    ) -> Quotation | None:
        text = self.text
        if span.end <= span.start:
            return None
        previous = result[-1] if result else None
        # Whoever the quotation addresses by name is not its speaker ('"Dell."', '"Lucius," she
        # faltered'): pronouns and turns of dialogue pass over them.
        self.addressees = self._vocatives(span)
        cue = self._cue_before(span)
        if not span.block and (cue is None or (len(cue.gap) > 8 and not span.colon_before)):
            # '... he left a letter for L. D. “You have been right,” Ioffe is supposed to have
            # written': a tag right after the quotation outranks a verb far before it
            after = self._cue_after(span)
            if after is not None and (cue is None or after.speaker is not None):
                cue = after
        if not span.block and cue is not None and cue.attribution and not span.colon_before:
            # 'told me that he had not seen such a harvest since 1879, “and that,” he said, “was
            # the year ...”': a speech tag interrupting the quotation outranks a verb of thought
            # before it
            after = self._cue_after(span)
            if after is not None and after.speaker is not None and after.end >= 0 and re.match(r"[,;]?\s*[“\"‘]", text[after.end:after.end + 4]):
                cue = after
        speech_cue = cue if cue is not None and not cue.attribution else None
        kind = "block" if span.block else self._marked_kind(span, speech_cue)
        speaker, speaker_id = (None, None)
        # "Stalin’s formula of “...”": a possessive right before the quotation names its owner.
        if kind != "title":
            speaker, speaker_id = self._possessive_speaker(span, near=True)
        if speaker is None and kind in ("term", "direct"):
            # "in the words of Kerr", "in the phrase of the Cumhuriyet, as “...”": the words are
            # that speaker's, and three of them or more are a quotation rather than a term
            speaker, speaker_id = self._words_of(span)
            if speaker is not None and kind == "term" and len(WORD_COUNT_RE.findall(text[span.start:span.end])) >= 3:
                kind = "direct"
        # Titles have no speaker; terms and quotations take the speaker their cue names
        # (what Trotsky "called" it, "The 10th Congress declared that ... “absolutely necessary”").
        if speaker is None and span.colon_before and kind != "title":
            # "(Mikoyan: “And who proposed that Stalin stay?”)": a name set before a colon.
            speaker, speaker_id = self._labelled_speaker(span)
        if speaker is None and span.colon_before and kind == "term":
            # "Trotsky, speaking to the congress, gave the thing its name: “the scissors”": the
            # one who named it or coined the phrase
            speaker, speaker_id = self._namer(span)
        if speaker is None and self._headline_quotation(span):
            # '“The Least Lonely Job in the World”: Walter Ng on Sixty Years': the headline's
            # quotation is the words of the person the headline names.
            kind, speaker, speaker_id = "direct", self.headline_person.text, self.headline_person.entity_id
        if span.start in self.headline_speech:
            # a headline's quotation in single marks is speech: the cue's speaker, else the
            # body or person the headline names
            kind = "direct"
            noun = re.match(r",?\s*(?:[A-Z][\w’'-]*\s+)?([a-z]+)\s+(?:says|said|insists|warns|claims|admits|tells)\b", self.text[span.end:span.end + 60])
            if speaker is None and noun is not None and _is_person_noun(noun.group(1)):
                # "'Nobody here is praying,' Gori mayor says": the person the story names
                # with that title ("said Mayor Zurab Kapanadze"), else nobody
                title = re.compile(r"\b" + noun.group(1).capitalize() + r"\.?\s+$")
                titled = next(
                    (m for m in self._mentions_between(span.end, len(self.text)) if m.label in PERSON_LABELS and title.search(self.text, max(0, m.start - 20), m.start)),
                    None,
                )
                if titled is not None:
                    speaker, speaker_id = titled.text, titled.entity_id
            elif speaker is None and cue is None:
                # "Coalition split looms as Nationals reject 'rushed' water buyback": the body
                # or person that opens a clause of the headline, the quotation's own clause first
                # (the nearest before it), else one after it
                mentions = self._mentions_between(*self.paragraphs[0])
                ordered = [m for m in reversed(mentions) if m.end <= span.start] + [m for m in mentions if m.start >= span.end]
                for m in ordered:
                    if m.label not in SPEAKER_LABELS:
                        continue
                    before = self.text[self.paragraphs[0][0]:m.start].split()
                    if not before or before[-1].lower() in ("as", "after", "while", "when", "and", "but", "because") or before[-1].endswith((";", ":", ",", "—")):
                        speaker, speaker_id = m.text, m.entity_id
                        break
        if speaker is None and kind in ("direct", "term"):
            # 'The “Pravda” of this morning, in a leading article, describes M. Trotsky as “...”':
            # a paper whose name the text sets in quotation marks speaks under that name
            paper = self._quoted_paper_subject(span)
            if paper is not None:
                speaker, speaker_id = paper.text, paper.entity_id
        if speaker is None and kind != "title":
            # 'had been called “the pride and glory of the revolution” by Trotsky': the agent
            # of a passive naming verb, set after the quotation, is the one who said it
            agent = self._passive_agent_after(span)
            if agent is not None:
                speaker, speaker_id = agent.text, agent.entity_id
                if kind == "term" and len(WORD_COUNT_RE.findall(text[span.start:span.end])) >= 3:
                    kind = "direct"
        if speaker is None and kind != "title":
            # "quoted Grigory Zinoviev, President of the Comintern, as telling a meeting that":
            # the object of "quoted ... as" speaks, not the paper that quotes him.
            speaker, speaker_id = self._quoted_as(span)
        if speaker is None and kind != "title" and self._resumes_after_source(span, previous):
            # '“The party will decide,” he said, according to the dispatch, “and the party has
            # decided before.”': the report named in the interruption is no new speaker.
            speaker, speaker_id = previous.speaker, previous.speaker_id
        if speaker is None and kind == "direct" and self._tag_between(span, previous):
            # '“A Georgian,” he replied, “whose name none of you could spell.”': one tag serves
            # both halves of an interrupted sentence.
            speaker, speaker_id = previous.speaker, previous.speaker_id
        if speaker is None and cue is not None and kind != "title" and not (kind == "term" and cue.attribution and self._narration_term(span)):
            # (quotes.v19: "Bukharin feared that the “extraordinary measures” would become a
            # system": a term the narration uses as its own subject is not the one who fears it)
            speaker, speaker_id = cue.speaker, cue.speaker_id
            if cue.speaker is not None and re.search(r"\bin which (?:he|she)\s+[a-z]+\s+(?:[\w’'-]+\s+){0,3}$", self.masked[self._sentence_start(span.start):span.start]):
                # "Trotsky's testament ..., the passage in which he calls life “beautiful”":
                # the pronoun is the writing's writer
                writer = self._in_which_speaker(span)
                if writer[0] is not None:
                    speaker, speaker_id = writer
            if kind == "direct" and cue.end >= 0:
                # '“And who keeps the keys?” Vera asked. / “A Georgian,” he replied': a
                # reply whose tag is a pronoun is the other party's, when the pronoun fits them.
                speaker, speaker_id = self._reply_speaker(span, result, speaker, speaker_id)
        if kind != "title" and cue is not None and not span.block:
            # "Joseph Hansen later recalled Trotsky's words as ...: “...”": the words recalled,
            # quoted or repeated are the owner's, not the one who recalls them.
            owner = self._recalled_owner(span)
            if owner is not None:
                speaker, speaker_id = owner.text, owner.entity_id
        if speaker is not None and speaker_id is None and _thing_description(speaker) and re.fullmatch(
            r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:" + DOCUMENT_NOUN_PATTERN + r")", speaker
        ):
            # "a statement released by the institute ... The statement said": the writer of the
            # document named before
            author = self._document_author(span.start)
            if author[0] is not None:
                speaker, speaker_id = author
        if speaker is not None and speaker_id is None and _thing_description(speaker):
            # "His last letter from the island says": the island is no speaker; the owner of
            # the letter may be. ("the foundation said" still speaks for a body named before.)
            written = speaker
            speaker, speaker_id = self._resolve_description(speaker, span.start, result)
            owner = re.fullmatch(r"([Hh]is|[Hh]er) (?:[a-z]+ )?(?:" + DOCUMENT_NOUN_PATTERN + r"|book|speech|essay|pamphlet)", written)
            if speaker_id is None and _thing_description(speaker) and owner is not None:
                # quotes.v19: "Bukharin's one protest was oblique. His article ... warned
                # against building “...”": the writing's owner, as "his" refers
                at = self.text.rfind(written, self._sentence_start(span.start), span.start)
                speaker, speaker_id = self._resolve_pronoun("he" if owner.group(1).lower() == "his" else "she", at if at >= 0 else span.start)
            elif speaker_id is None and _thing_description(speaker):
                speaker = None
        if speaker is None and kind != "title":
            speaker, speaker_id = self._possessive_speaker(span)
        if kind in ("direct", "block"):
            # "It was Trotsky's criticism ... Grisha read it aloud at the table:": what is read
            # out speaks for its writer, never for the reader (nor for a name nearby).
            writer = self._read_aloud_writer(span)
            if writer is not None:
                speaker, speaker_id = writer
        if kind in ("direct", "block"):
            # '“My dear Mother, ... Your loving son, Edward.”': a letter signed at its foot
            # speaks for the one who signed it, whoever reads it out.
            signer = self._signer(span)
            if signer is not None:
                speaker, speaker_id = signer.text, signer.entity_id
        if kind in ("direct", "block"):
            # '“Refuse the request.” — J. K. Marlowe': a name set after a dash at the end of the
            # line that the quotation closes signs it (a minute, an epigraph, a pull quote).
            signed = self._dash_signature(span)
            if signed is not None:
                speaker, speaker_id = signed.text, signed.entity_id
        if kind in ("direct", "block"):
            # "the full commission announced its findings. Its verdict read: “...”"
            owner = self._its_document_owner(span)
            if owner[0] is not None:
                speaker, speaker_id = owner
        if kind != "title" and self._document_subject(span):
            # "A leaflet of the Petrograd Defence Committee, which Grigory Zinoviev headed,
            # warned ...": the document's writer, not a name inside its description
            author = self._document_author(span.start)
            if author[0] is not None:
                speaker, speaker_id = author
        if kind in ("direct", "term") and not span.block:
            # "Lenin's so-called Testament, the letter to the congress that called Stalin “too
            # rude”": a relative clause about a document speaks for the document's writer.
            author = self._relative_document_author(span)
            if author is not None:
                speaker, speaker_id = author
        if kind in ("direct", "term") and not span.block:
            # "The copy carries Eastman's pencil notes. One, dated “...”, reads: “...”": one of
            # the writings the sentence before names speaks for their writer, and so does the
            # date it bears.
            author = self._elliptic_document_author(span)
            if author is not None:
                kind, speaker, speaker_id = "direct", author[0], author[1]
        if speaker is None and kind in ("direct", "term") and not span.block:
            # "Kamenev read a declaration in which he undertook ... to “submit”": the one who
            # speaks in the writing, not whoever is named near it.
            speaker, speaker_id = self._in_which_speaker(span)
        if speaker is None and kind in ("direct", "block", "term") and self._document_speaks(span):
            # "a letter from Rakovsky ... which says:", "It was from Kit, and it said:", "“We
            # submit,” the statement ran": a document speaks for the one who wrote it.
            kind = "direct" if kind == "term" else kind
            speaker, speaker_id = self._document_author(span.start)
            if speaker is None and (span.colon_before or span.block):
                # "Trotsky handed the police a letter ..., of which a copy has reached me. It
                # reads in part:": the one who handed the writing over, in the sentence before.
                colon = _previous_non_space(self.masked, span.start)
                here = self._sentence_start(colon)
                if here > 0:
                    giver = self._document_giver(self._sentence_start(here - 1), here)
                    if giver is not None:
                        speaker, speaker_id = giver.text, giver.entity_id
        if speaker is None and kind in ("direct", "term") and not span.block:
            # "Mrs. Isabella Forbes's Household Cookery ..., which calls for “...”": a work
            # whose relative clause quotes it speaks for its author
            author = self._possessed_work_author(span)
            if author is not None:
                kind, speaker, speaker_id = "direct", author.text, author.entity_id
        if speaker is None and kind in ("direct", "term") and not span.block:
            # "the full commission, meeting in New York, found the Moscow trials to be
            # “frame-ups”": a verdict's words are the finder's
            speaker, speaker_id = self._verdict_speaker(span)
        if speaker is None and kind in ("direct", "term") and not span.block:
            # "Dear Khristian Georgievich, ... You write that “...”": in a letter, what "you"
            # wrote or said is the addressee's, as the salutation names them.
            addressee = self._letter_addressee(span)
            if addressee is not None:
                speaker, speaker_id = addressee
        cited = self._cited_author(span, cue)
        if cited is not None and kind in ("direct", "block"):
            # "as one historian puts it, “...” (Halloran 1987, p. 44)": the cited author speaks,
            # unless a cue in the sentence names the speaker.
            if speaker is None or not self._names_someone(speaker) or cue is None or cue.speaker is None:
                speaker, speaker_id = cited, None
        if speaker is None and kind == "direct" and not span.block and cue is None:
            # "Sorokina reconstructs ... Her verdict is blunt. The campaign was “...”": the
            # sentence before announces whose words follow
            owner = self._announced_owner(span)
            if owner[0] is not None:
                speaker, speaker_id = owner
        if speaker is None and kind == "direct" and not span.block:
            # '“We will win this seat.” That was the verdict of Mary Blake': the next sentence
            # names whose words they were
            owner = self._owner_named_after(span)
            if owner is not None:
                speaker, speaker_id = owner.text, owner.entity_id
        if speaker is None and kind == "direct" and not span.block:
            # '“Good evening. My name is Daniel Frost.”': whoever gives their own name speaks.
            named = self._own_name(span)
            if named is not None:
                speaker, speaker_id = named.text, named.entity_id
        if speaker is None and kind == "direct" and not span.block and self._self_introduction(span.start) is not None:
            # “Ida Fennimore. I have the ground floor.”: a newcomer naming herself
            introduced = self._self_introduction(span.start)
            speaker, speaker_id = introduced.text, introduced.entity_id
        if speaker is None and kind == "direct" and not span.block:
            # '“...,” said a voice at the door, “...” / It was Mrs. Pybus, the housekeeper':
            # an unseen speaker is the one the next sentence says it was, else nobody.
            voice = self._voice(span, previous)
            if voice is not None:
                speaker, speaker_id = voice
                if speaker is None:
                    speaker = ""
        if speaker is None and kind == "term" and re.search(r"\b[Tt]he\s+$", text[max(0, span.start - 5):span.start]):
            # 'the “grey blur” of Sukhanov's memoir': the term of someone's writing is theirs
            found = re.compile(r"\s+of\s+").match(text, span.end)
            mention = self._mention_at(found.end(), found.end() + 1) if found else None
            if mention is not None and mention.start == found.end() and self._is_speaker_mention(mention) and mention.label not in PLACE_LABELS and re.match(
                r"[’']s?\s+(?:[a-z]+\s+)?(?:" + DOCUMENT_NOUN_PATTERN + r"|memoirs?|book|books|history|histories|trilogy|novel|diaries|speech|speeches|essay|essays|account|recollections)\b",
                text[mention.end:mention.end + 40],
            ):
                speaker, speaker_id = mention.text, mention.entity_id
        if speaker is None and kind == "term":
            # 'The word “Trotskyism”, which Lenin had used of a small group': the one who
            # coined or used the term, as the relative clause after it says
            coiner = self._term_coiner(span)
            if coiner is not None:
                speaker, speaker_id = coiner.text, coiner.entity_id
        if kind in ("direct", "block") and (span.colon_before or span.block) and (speaker is None or cue is not None and speaker == cue.speaker):
            # quotes.v19: "Menelik's proclamation to his people had called them to arms:": the
            # owner of the writing the introducing sentence is about, not those it was to
            owner = self._possessive_document_intro(span)
            if owner is not None:
                speaker, speaker_id = owner.text, owner.entity_id
        if speaker is None and kind in ("direct", "block") and (span.colon_before or span.block):
            # quotes.v19: "we had a telegram from Moscow: “...”": a writing the narrator received
            # is its sender's, and nobody's when the text names no sender (a place is none)
            colon = _previous_non_space(self.masked, span.start)
            received = re.search(
                r"\b(?:I|[Ww]e)\s+(?:had|got|received|have\s+had|have\s+received|had\s+received)\s+(?:a|an|the|another)\s+(?:[a-z-]+\s+)?(?:"
                + DOCUMENT_NOUN_PATTERN + r")\b(?:\s+from\s+)?", self.masked[self._sentence_start(colon):colon],
            )
            if received is not None:
                at = self._sentence_start(colon) + received.end()
                sender = self._mention_at(at, at + 1) if received.group(0).rstrip().endswith("from") or received.group(0).endswith("from ") else None
                if sender is not None and sender.start == at and self._is_speaker_mention(sender) and sender.label not in PLACE_LABELS:
                    speaker, speaker_id = sender.text, sender.entity_id
                else:
                    speaker = ""
        if speaker is None and kind != "title":
            continued = self._continued_speech(span, previous)
            if continued is not None and (cue is None or cue.speaker is None):
                # '"No," he said. "Not today."': one speaker's turn goes on in the same paragraph.
                kind, speaker, speaker_id = "direct", continued.speaker, continued.speaker_id
            elif kind == "direct" and not span.block and (
                FIRST_PERSON_CUE_AFTER_RE.match(text, span.end)
                or FIRST_PERSON_CUE_BEFORE_RE.search(text, self._sentence_start(span.start), span.start)
            ):
                # '“Not by Saturday,” I said.': the narrator's own turn, nameless when the text
                # never names the narrator, never the last person spoken of
                speaker, speaker_id = self._resolve_pronoun("i", span.start)
            elif span.start in self.entries:
                # quotes.v21: an entry written in a book within a narrated sentence is no turn of
                # dialogue: only its own sentence's writer speaks, else nobody
                speaker, speaker_id = None, None
            elif span.start in self.fragments:
                # quotes.v20: the end of a narrated sentence is no turn of dialogue: only a
                # speaker cued nearby, as for a term ('Officials said the conditions would be
                # enforced "to the letter."' → nobody)
                speaker, speaker_id = self._recent_cue_speaker(span, result, paragraphs=0, sentences=3, attribution=False)
            elif kind in ("direct", "block") and cited is None and not self._noun_content(span):
                speaker, speaker_id = self._discourse_speaker(span, result)
                tag = re.match(r"[\s,]*(he|she)\s+[a-z]+", text[span.end:span.end + 20])
                if speaker and tag and not (_gender_fits(tag.group(1), speaker) and self._pronoun_fits_name(tag.group(1), speaker)):
                    # quotes.v19: '"You work at the Smolny," she said': the talk around it never
                    # gives "she" to a man
                    speaker, speaker_id = None, None
            elif kind == "term" and not self._quoted_modifier(span, text[span.start + 1 : span.end - 1]) and not self._narration_term(span):
                # (quotes.v17: 'in the traditional "horns of the buffalo" formation' names a thing
                # in the narration's own voice: no recent speaker's)
                speaker, speaker_id = self._recent_cue_speaker(span, result, paragraphs=0, sentences=3, attribution=False)
        if speaker == "":
            speaker, speaker_id = None, None
        if kind == "term" and re.search(r"\b[Ss]o-called\s+$", text[max(0, span.start - 12):span.start]):
            speaker, speaker_id = None, None  # quotes.v19: "the so-called ..." is no one's words
        if speaker is not None and SERMON_TEXT_RE.search(text, max(0, span.start - 60), span.start):
            # quotes.v19: 'the Rev. H. Luxmoore preached from the text, "I have fought a good
            # fight."': the verse a preacher takes is not his own words
            speaker, speaker_id = None, None
        if speaker is not None and self._addressed(speaker) and kind == "direct":
            # '"Dell."' after Dell's turn: the one addressed does not speak; the other party does.
            other = self._other_party(Quotation(span.start, span.end, "", kind, speaker, speaker_id, None, ANNOTATOR), result, span.start)
            if other[0] is not None and not self._addressed(other[0]):
                speaker, speaker_id = other
        if speaker is not None and speaker_id is None and re.match(r"(?:[Tt]he|[Aa]n?) [a-z]", speaker) and _unnamed_person(speaker):
            # "Abel, an old watchmaker ... “...,” said the old watchmaker": the name the text
            # brought the description in with comes before any guess from the talk around it
            named = self._named_description(Quotation(span.start, span.end, "", kind, speaker, None, None, ANNOTATOR))
            if named.speaker:
                speaker, speaker_id = named.speaker, named.speaker_id
        if speaker and speaker_id is None and speaker.split()[-1].lower() in TITLE_WORDS and all(w[:1].isupper() for w in speaker.split()):
            # quotes.v20: 'said Finance Minister Helena Rautio', tagged as two names: a title
            # alone is no name; the person right after it speaks
            near = [m for m in self._mentions_between(max(0, span.start - 300), span.end + 300) if m.text == speaker]
            for title in sorted(near, key=lambda m: abs(m.start - span.start)):
                named = self._mention_at(title.end + 1, title.end + 2)
                if named is not None and named.start == title.end + 1 and self.text[title.end] == " " and self._is_person(named):
                    speaker, speaker_id = named.text, named.entity_id
                    break
        if speaker in ("I", "I.") and speaker_id is None:
            # quotes.v20: '“Aye, sir,” said I.': a tagger's "I." is the narrator's pronoun, no name
            speaker, speaker_id = self._resolve_pronoun("i", span.start)
        if speaker is not None and speaker_id is None:
            speaker, speaker_id = self._resolve_description(speaker, span.start, result)
        self.addressees = set()
        source = self._source(span, cue, previous_citations)
        if speaker is None and kind == "direct" and not span.block and (cue is None or cue.speaker is None) and source is not None and source.marker is not None and source.text and not self._noun_content(span):
            # quotes.v20: 'His article ..., published in Pravda, warned against building
            # “...”[3]' with note 3 "N. I. Bukharin, “Notes of an Economist”, ...": words the text
            # gives no one are the author's whom the note cites, when the text names that person
            # (what a noun holds, "the lie that “...”", is nobody's)
            author = NOTE_AUTHOR_RE.match(source.text)
            # ("in the words of one delegate", "as one deputy put it": the text gave them to
            # someone it does not name, whoever wrote the book the note cites)
            if author is not None and not re.search(r"\b(?:words|phrase) of (?:one|a|an|another)\b|\bas (?:one|a|an|another) [a-z]+", self.masked[self._sentence_start(span.start):span.start]):
                surname = author.group(1).split()[-1]
                named = next((m for m in reversed(self._mentions_between(0, span.start)) if self._is_person(m) and m.text.split()[-1] == surname and not self._inside_quotation(m.start)), None)
                if named is not None:
                    speaker, speaker_id = named.text, named.entity_id
        return Quotation(
            start=span.start,
            end=span.end,
            text=text[span.start:span.end],
            kind=kind,
            speaker=speaker,
            speaker_id=speaker_id,
            source=source,
            annotator=ANNOTATOR,
        )

    def _recalled_owner(self, span: _Span) -> EntityMention | None:
        """The owner of the words a verb of recalling or quoting takes as its object in the
        quotation's sentence ("recalled Trotsky's words", "quoted Lenin's remark", "repeated her
        father's last words" is no name), or None."""
        end = span.start
        if span.colon_before and not self.masked[self._sentence_start(span.start):span.start].strip():
            end = _previous_non_space(self.masked, span.start)
        start = self._sentence_start(end)
        found = None
        for found in RECALLED_WORDS_RE.finditer(self.masked, start, end):
            pass
        if found is None:
            return None
        # a title before the name is no part of it ("recalled Dr Mayer's words")
        mention = next((m for m in self._mentions_between(found.start("owner"), found.end("owner")) if m.end == found.end("owner")), None)
        if mention is None or not self._is_speaker_mention(mention):
            return None
        return mention

    def _verdict_speaker(self, span: _Span) -> tuple[str | None, str | None]:
        """(name, id) of the subject of "found" or "declared" in "found X to be “...”" (or "found
        X “guilty”" and the like), in the quotation's sentence."""
        sentence_start = self._sentence_start(span.start)
        tokens = self._tokens(sentence_start, span.start)
        words = [t[2].lower() for t in tokens]
        for i in range(len(tokens) - 1, -1, -1):
            if words[i] not in ("found", "finds", "find", "judged", "pronounced"):
                continue
            rest = " ".join(words[i + 1:])
            if len(words) - i > 14 or not re.search(r"(?:\bto be|\bguilty of|\bwas|\bwere)(?: .* and(?: \w+){1,3})?$", rest):
                return None, None
            subject = self._subject_before(tokens, i)
            if subject is None or subject[0] is None:
                return None, None
            name, entity_id = subject[0], subject[1]
            if entity_id is None and _thing_description(name):
                return None, None
            return name, entity_id
        return None, None

    def _letter_addressee(self, span: _Span) -> tuple[str, str | None] | None:
        """(name, id) of the one a letter is written to, when "you" is the subject of a speech
        verb right before the quotation in its sentence ("You write that “...”") and a
        salutation ("Dear Khristian Georgievich,") opens a paragraph before it, with no other
        salutation nor signature ("Yours, L. Trotsky") between them."""
        sentence_start = self._sentence_start(span.start)
        before = self.masked[sentence_start:span.start]
        if YOU_SAY_RE.search(before) is None:
            return None
        # "VYSHINSKY: Accused Bukharin, you called Comrade Stalin “a Genghis Khan”": the one
        # the sentence addresses by name said it
        vocative = re.match(r"(?:[^\s:]{2,40}(?:\s+\([^()]{0,40}\))?:\s+)?(?:[A-Z][a-z]+\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+you\b", before)
        if vocative is not None:
            mention = next((m for m in self._mentions_between(sentence_start + vocative.start("name"), sentence_start + vocative.end("name")) if self._is_person(m)), None)
            if mention is not None and mention.end == sentence_start + vocative.end("name"):
                return mention.text, mention.entity_id
        index = bisect.bisect_right(self.paragraph_starts, span.start) - 1
        for p_start, p_end in reversed(self.paragraphs[max(0, index - 12):index + 1]):
            paragraph = self.text[p_start:p_end]
            if p_start < span.start and SIGNATURE_RE.search(paragraph.strip()) and p_end <= span.start:
                return None  # the letter before was signed: its addressee is not this one
            salutation = SALUTATION_RE.match(paragraph)
            if salutation is None:
                continue
            begin = p_start + salutation.start("name")
            mention = self._mention_at(begin, p_start + salutation.end("name"))
            if mention is not None and mention.start == begin:
                return mention.text, mention.entity_id
            return salutation.group("name"), None
        return None

    def _voice(self, span: _Span, previous: Quotation | None) -> tuple[str | None, str | None] | None:
        """(name, id) of an unseen speaker ('“...,” said a voice at the door'): the person the
        next sentence of narration says it was ("It was Mrs. Pybus"), or (None, None); None when
        no voice speaks the quotation (nor the first half of its interrupted sentence)."""
        tag = VOICE_TAG_RE.match(self.text, span.end)
        if tag is None and previous is not None and previous.end < span.start:
            between = VOICE_TAG_RE.match(self.text[previous.end:span.start])
            if between is not None and not re.search(r"[.!?\n]", self.text[previous.end + between.end():span.start]):
                tag = VOICE_TAG_RE.match(self.text, previous.end)
        if tag is None:
            return None
        # '“I did,” said a voice. A stout woman stood there. “Ida Fennimore. I have ...”': the
        # next turn in the paragraph opens with the speaker's own name
        opening = re.compile(r"[“\"]").search(self.text, tag.end(), self._paragraph_end(tag.end()))
        introduced = self._self_introduction(opening.start() if opening else -1)
        if introduced is not None:
            return introduced.text, introduced.entity_id
        after = self.masked[tag.end():self._paragraph_end(tag.end()) + 400]
        named = re.search(r"(?:^|[.!?]\s+|\n\s*)It was\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?", after)
        if named is not None:
            begin = tag.end() + named.end()
            mention = self._mention_at(begin, begin + 1)
            if mention is not None and mention.start == begin and self._is_person(mention):
                return mention.text, mention.entity_id
        return None, None

    def _self_introduction(self, start: int) -> EntityMention | None:
        """The person a quotation starting at ``start`` opens by naming as a sentence of its
        own ("“Ida Fennimore. I have the ground floor.”"), when the text has not named that
        person before."""
        if start < 0:
            return None
        mention = self._mention_at(start + 1, start + 2)
        if mention is None or mention.start != start + 1 or mention.label not in PERSON_LABELS or " " not in mention.text:
            return None
        if mention.text.isupper():
            return None  # '“ALL WELL. WILL REPORT YOU.”': a signal or telegram in capitals names no one
        if not re.match(r"\.\s+[A-Z]", self.text[mention.end:mention.end + 3]):
            return None
        if any(m.text == mention.text for m in self._mentions_between(0, start)):
            return None
        return mention

    def _namer(self, span: _Span) -> tuple[str | None, str | None]:
        """The subject of a colon's introduction that names what follows ("gave the thing its
        name:", "coined a phrase for it:", "had a word for it:")."""
        colon = _previous_non_space(self.masked, span.start)
        start = self._sentence_start(colon)
        tokens = self._tokens(start, colon)
        words = [t[2].lower() for t in tokens]
        for i in range(len(words) - 1, -1, -1):
            if words[i] in ("gave", "gives", "give", "coined", "coins", "found", "had", "has") and any(
                w in ("name", "word", "phrase", "term", "label", "nickname") for w in words[i + 1:i + 7]
            ):
                subject = self._subject_before(tokens, i)
                if subject is not None and subject[0] is not None:
                    return subject[0], subject[1]
                return None, None
        return None, None

    def _possessed_work_author(self, span: _Span) -> EntityMention | None:
        """The owner of a titled work whose relative clause introduces the quotation ("Mrs.
        Isabella Forbes's Household Cookery for the Northern Counties, published in Elgin in
        1907, which calls for “...”")."""
        start = self._sentence_start(span.start)
        before = self.masked[start:span.start]
        found = re.search(
            r"(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})[’']s?\s+(?:[a-z]+\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the|and|in|on|a|to)){0,8}"
            r"(?:,[^,;:“”\"]{0,80},)?\s+(?:which|that)\s+(?:also\s+|still\s+)?"
            r"(?:calls?|says?|reads?|recommends?|advises?|insists?|describes?|asks?|requires?|speaks?|tells?)\b"
            r"(?:\s+[a-z]+){0,3}[\s,:]*$",
            before,
        )
        if found is None:
            return None
        at = start + found.start("owner")
        mention = next((m for m in self._mentions_between(at, start + found.end("owner")) if self._is_person(m)), None)
        if mention is None or self._inside_quotation(mention.start):
            return None
        return mention

    def _passive_agent_after(self, span: _Span) -> EntityMention | None:
        """The agent named by "by" right after a quotation that completes a passive verb of
        naming or speech ('had been called “...” by Trotsky', 'was described as “...” by the
        Times')."""
        start = self._sentence_start(span.start)
        if not re.search(
            r"\b(?:was|were|been|is|are|be|being)\s+(?:[a-z]+ly\s+|also\s+|once\s+|often\s+)?"
            r"(?:called|described\s+as|dubbed|termed|branded(?:\s+as)?|labell?ed(?:\s+as)?|named|denounced\s+as|hailed\s+as|praised\s+as|condemned\s+as|characteri[sz]ed\s+as)\s*$",
            self.masked[start:span.start],
        ):
            return None
        found = re.compile(r"[,]?\s+by\s+").match(self.text, span.end)
        if found is None:
            return None
        mention = self._mention_at(found.end(), found.end() + 1)
        if mention is None or mention.start != found.end() or not self._is_speaker_mention(mention) or mention.label in PLACE_LABELS:
            return None
        return mention

    def _announced_owner(self, span: _Span) -> tuple[str | None, str | None]:
        """Whose words follow when the sentence before the quotation's sentence is a short
        announcement of them ("Her verdict is blunt.", "His answer was simple.", "Blake's
        reply was short.")."""
        start = self._sentence_start(span.start)
        if start == 0:
            return None, None
        previous = self._sentence_start(start - 1)
        if self._paragraph_start(previous) != self._paragraph_start(span.start):
            return None, None
        found = re.fullmatch(
            r"\s*(?:(?P<pronoun>His|Her|Their)|(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})[’']s?)\s+(?:[a-z]+\s+)?"
            r"(?:verdict|view|answer|reply|conclusion|judge?ment|advice|message|explanation|diagnosis|summary|response)\s+"
            r"(?:is|was)\s+(?:[a-z]+\s*){1,2}[.]\s*",
            self.masked[previous:start],
        )
        if found is None:
            return None, None
        if found.group("pronoun"):
            pronoun = {"his": "he", "her": "she", "their": "they"}[found.group("pronoun").lower()]
            return self._resolve_pronoun(pronoun, previous)
        at = previous + found.start("owner")
        mention = self._mention_at(at, at + 1)
        if mention is None or mention.start != at or not self._is_speaker_mention(mention):
            return None, None
        return mention.text, mention.entity_id

    def _quoted_paper_subject(self, span: _Span) -> EntityMention | None:
        """The body named in quotation marks that opens the quotation's sentence as the
        subject of its cue ('The “Pravda” of this morning, in a leading article, describes')."""
        start = self._sentence_start(span.start)
        found = re.match(
            r"\s*(?:The\s+)?[“\"‘](?P<name>\s+)[”\"’]\s+(?:of\s+(?:this|yesterday|to-day|today)\s+\w+\s*)?(?:,[^,“”\"]{0,80},\s*)?"
            r"(?:[a-z]+\s+){0,2}?(?P<verb>[a-z]+)\b",
            self.masked[start:span.start],
        )
        if found is None or found.group("verb") not in CUE_VERBS | NAMING_VERBS:
            return None
        inner_start, inner_end = start + found.start("name"), start + found.end("name")
        mention = next((m for m in self._mentions_between(inner_start, inner_end)), None)
        if mention is None or mention.label not in GROUP_LABELS | NAME_LIKE_LABELS:
            return None
        if self.text[inner_start:inner_end].strip(" .,") != mention.text:
            return None
        return mention

    def _owner_named_after(self, span: _Span) -> EntityMention | None:
        """The person or body the sentence right after a quotation says the words belong to:
        "That was the verdict of Mary Blake", "Those were the words of ...", "So says ...",
        "That was Blake's warning"."""
        content = self.text[span.start:span.end].rstrip(CLOSING_ENDS + " ")
        if not content or content[-1] not in ".!?…":
            return None  # the quotation must close its sentence
        nouns = r"(?:verdict|view|words?|message|assessment|reaction|response|warning|promise|boast|claim|advice|conclusion|answer|reply|judge?ment|prediction|opinion|forecast|plea)"
        title = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lady|Lord|Senator|Professor)\.?\s+)?"
        after = re.compile(
            r"\s*(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+)?" + nouns + r"\s+of\s+(?:the\s+)?" + title
            + r"|So\s+(?:says|said|say)\s+" + title
            + r"|(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+" + title + r"(?=[A-Z][^.!?]{0,60}?[’']s?\s+(?:[a-z]+\s+)?" + nouns + r"\b))"
        ).match(self.text, span.end)
        if after is None:
            return None
        mention = self._mention_at(after.end(), after.end() + 1)
        if mention is None or mention.start != after.end() or not self._is_speaker_mention(mention) or mention.label in PLACE_LABELS:
            return None
        return mention

    def _term_coiner(self, span: _Span) -> EntityMention | None:
        """The person or body a relative clause right after a term says coined or used it
        ('“Trotskyism”, which Lenin had used of ...', '“the scissors” that Trotsky coined')."""
        found = re.compile(r"[,”\"’']*\s*(?:which|that)\s+").match(self.text, span.end)
        if found is None:
            return None
        mention = self._mention_at(found.end(), found.end() + 1)
        if mention is None or mention.start != found.end() or not self._is_speaker_mention(mention) or mention.label in PLACE_LABELS:
            return None
        verb = re.match(
            r"\s+(?:(?:had|has|have|first|once|later|himself|herself|itself)\s+){0,2}"
            r"(?:used|coined|applied|invented|introduced|popularised|popularized|borrowed|gave)\b",
            self.text[mention.end:mention.end + 40],
        )
        return mention if verb is not None else None

    def _dash_signature(self, span: _Span) -> EntityMention | None:
        """The person or body named after a dash that follows the quotation and ends its line
        ('“No action. Put away.” — R. A. Leeper', '... — Leeper, Northern Department')."""
        found = re.compile(r"[ \t]*(?:[—–]|--)[ \t]*").match(self.text, span.end)
        if found is None:
            return None
        mention = self._mention_at(found.end(), found.end() + 1)
        if mention is None or mention.start != found.end() or mention.label not in SPEAKER_LABELS:
            return None
        rest = self.text[mention.end:self._line_end(mention.end)]
        if not re.fullmatch(r"\s*(?:,[^“”\"]{0,60})?\s*", rest):
            return None
        content = self.text[span.start:span.end].rstrip(CLOSING_ENDS + " ")
        if not content or content[-1] not in ".!?…":
            return None
        return mention

    def _line_end(self, position: int) -> int:
        end = self.text.find("\n", position)
        return len(self.text) if end < 0 else end

    def _own_name(self, span: _Span) -> EntityMention | None:
        """The person the quotation names as the one speaking ('“My name is Everett Lowe.”',
        '“I am Dr. Hale, the coroner.”')."""
        for mention in self._mentions_between(span.start, span.end):
            if mention.label not in PERSON_LABELS:
                continue
            before = self.text[max(span.start, mention.start - 40):mention.start]
            if re.match(r"[’']s\b", self.text[mention.end:mention.end + 3]):
                continue  # "I'm Frost's brother"
            if re.search(r"(?:^|[^\w’'])(?:[Mm]y name is|[Mm]y name’s|[Mm]y name's|I am|I’m|I'm)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Captain|Professor)\.?\s+)?$", before):
                return mention
        return None

    def _signer(self, span: _Span) -> EntityMention | None:
        """The person who signs a quoted letter: a name after a valediction ("Your loving son,",
        "Yours ever,", "Yours sincerely,") at the very end of the quotation."""
        content = self.text[span.start:span.end]
        found = SIGNATURE_RE.search(content)
        if found is None:
            return None
        begin = span.start + found.start("name")
        mention = self._mention_at(begin, span.start + found.end("name"))
        if mention is None or mention.start != begin:
            return None
        same = [m for m in self.mentions if m.text == mention.text]
        return mention if any(self._is_person(m) for m in same) else None

    def _introduction(self, span: _Span) -> tuple[int, int] | None:
        """The stretch that introduces the quotation: its sentence up to it, or the sentence
        ending in the colon before it when the quotation opens its own sentence."""
        start = self._sentence_start(span.start)
        if self.masked[start:span.start].strip():
            return start, span.start
        colon = _previous_non_space(self.masked, span.start)
        if colon < 0 or self.masked[colon] != ":":
            return None
        return self._sentence_start(colon), colon

    def _read_aloud_writer(self, span: _Span) -> tuple[str, str | None] | None:
        """The writer of a text someone reads out to introduce the quotation ("Natalia reads
        aloud from Trotsky's testament", "words that Ruiz reads aloud", "It was Trotsky's
        criticism ... Grisha read it aloud:"), or None when the text does not say."""
        region = self._introduction(span)
        if region is None:
            return None
        start, end = region
        reading = None
        for reading in READ_ALOUD_RE.finditer(self.masked, start, end):
            pass
        if reading is None:
            return None
        tokens = self._tokens(start, reading.start() + len(reading.group(0).split()[0]))
        reader = self._bare_subject_before(tokens, len(tokens) - 1) if len(tokens) > 1 else None
        reader_name = reader[0] if reader is not None else None

        def found(mention):
            if mention is None or mention.text == reader_name or self._inside_quotation(mention.start):
                return None
            return mention.text, mention.entity_id

        # "reads aloud from Trotsky's testament": the owner of what is read
        for mention in self._mentions_between(reading.start(), end):
            if self._is_speaker_mention(mention) and self.text.startswith(("'s", "’s", "' ", "’ "), mention.end):
                return found(mention)
        after = re.match(r"\s+from\s+", self.masked[reading.end():end])
        if after is not None:
            # "the Colonel read aloud from Le Figaro:": the paper read from speaks (a paper the
            # tagger may have taken for a building)
            paper = self._mention_at(reading.end() + after.end(), reading.end() + after.end() + 1)
            if paper is not None and paper.start == reading.end() + after.end() and paper.label in ("ORG", "FAC") and not self.text.startswith(("'s", "’s", "' ", "’ "), paper.end):
                return found(paper)
        before = self.masked[start:reading.start()]
        if re.search(r"\b(?:that|which)\s+(?:\S+\s+){1,3}$", before):
            # "Trotsky ended his statement with words that Ruiz reads aloud": the one whose
            # words the relative clause describes is the sentence's subject
            subject = self._sentence_subject(start, reading.start())
            if subject is not None and subject[0] is not None and subject[0] != reader_name:
                return subject[0], subject[1]
            return None
        if reading.group("object") or reading.group("colon_object"):
            # "Grisha read it aloud": "it" is the writing the sentence before named as someone's
            previous = self._sentence_start(max(0, start - 1))
            if previous < start:
                for mention in self._mentions_between(previous, start):
                    if self._is_speaker_mention(mention) and self.text.startswith(("'s", "’s"), mention.end) and not self._owns_a_person(mention):
                        return found(mention)
                # "the first thing Trotsky did was hand the officer a letter for the president.
                # I'll read it:": the writing the sentence before names is written by the person
                # named before it there (the one it is "for" or "to" is named after it).
                giver = self._document_giver(previous, start)
                if giver is not None:
                    return found(giver)
        return None

    def _possessive_document_intro(self, span: _Span) -> EntityMention | None:
        """The person or body whose writing ("X's proclamation", "X's letter to the
        congress") is the first thing the sentence introducing a quotation with a colon names;
        None when another person comes before it."""
        colon = _previous_non_space(self.masked, span.start)
        if self.masked[colon:colon + 1] != ":":
            return None
        start = self._sentence_start(colon)
        found = re.search(
            r"(?:[’']s?)\s+(?:[a-z-]+\s+){0,2}?(?:" + DOCUMENT_NOUN_PATTERN + r"|speech|address|words|order of the day)\b",
            self.masked[start:colon],
        )
        if found is None:
            return None
        at = start + found.start()
        people = [m for m in self._mentions_between(start, at) if self._is_speaker_mention(m) and not self._inside_quotation(m.start)]
        if len(people) != 1 or people[0].end != at:
            return None
        for mention in self._mentions_between(start + found.end(), colon):
            # "X's letter to Y", but not "X's letter reached Y, who wrote:"
            if self._is_speaker_mention(mention) and not re.search(r"\b(?:to|for|of|at|in|on|from|before|among)\s+(?:the\s+)?$", self.masked[max(0, mention.start - 12):mention.start]):
                return None
        if re.search(r"\b(?:who|which|whom)\b", self.masked[start + found.end():colon]):
            return None
        return people[0]

    def _document_giver(self, start: int, end: int) -> EntityMention | None:
        """The person named before the first writing that [start, end) names with a determiner
        ("Trotsky handed the officer a letter for the president"): its writer or sender; the
        one it is "for" or "to" comes after it. None when no writing or no person before it."""
        document = re.search(
            # a determiner makes the word a noun ("a letter", not "I will")
            r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:" + DOCUMENT_NOUN_PATTERN + r")\b",
            self.masked[start:end],
        )
        if document is None:
            return None
        at = start + document.start()
        pronoun = re.match(r"\s*(He|She)\b", self.masked[start:at])
        if pronoun is not None:
            # quotes.v19: "He declined to discuss Joseph Stalin ..., but handed reporters a typed
            # statement. It read in part:": the sentence's subject gave it, not a name after it
            name, entity_id = self._resolve_pronoun(pronoun.group(1).lower(), start + pronoun.start(1))
            if name is None:
                return None
            return EntityMention(start + pronoun.start(1), start + pronoun.end(1), name, "PERSON", entity_id, ANNOTATOR)
        people = [
            m for m in self._mentions_between(start, at)
            if self._is_person(m) and not self._inside_quotation(m.start) and m.start not in self.turn_labels
        ]
        return people[0] if people else None

    def _relative_document_author(self, span: _Span) -> tuple[str, str | None] | None:
        """The writer of a document whose relative clause holds the quotation ("X's Testament,
        the letter to the congress that called Y “too rude” and proposed “...”"): a possessive
        before the document noun or its apposition, or "a letter from X", in the sentence."""
        start = self._sentence_start(span.start)
        before = self.masked[start:span.start]
        clause = None
        for clause in DOCUMENT_RELATIVE_RE.finditer(before):
            pass
        if clause is None or re.search(r"[;:]|\b(?:said|says|wrote|writes)\b", before[clause.end():]):
            return None  # another speaker's clause follows the document's
        found = None
        for match in DOCUMENT_OWNER_RE.finditer(before, 0, clause.end("noun")):
            at = start + (match.start("owner") if match.group("owner") else match.end())
            mention = next((m for m in self._mentions_between(at, at + 80) if m.start == at), None)
            if mention is not None and self._is_speaker_mention(mention) and not self._inside_quotation(mention.start):
                found = (mention.text, mention.entity_id)
        return found

    def _elliptic_document_author(self, span: _Span) -> tuple[str, str | None] | None:
        """The writer of the writings ("Eastman's pencil notes") that the sentence before names,
        when the quotation's sentence opens with one of them as the subject of "reads" ("One,
        dated “...”, reads:", "Another reads simply")."""
        start = self._sentence_start(span.start)
        if start == 0 or not ELLIPTIC_DOCUMENT_RE.match(self.masked, start, self._sentence_end(span.start)):
            return None
        previous = self._sentence_start(start - 1)
        for s_start in (previous, self._sentence_start(max(0, previous - 1))):
            if self._paragraph_start(s_start) != self._paragraph_start(start) and s_start != previous:
                break
            if PLURAL_WRITINGS_RE.search(self.masked, s_start, start):
                author = self._document_author(start, since=s_start)
                return author if author[0] is not None else None
        return None

    def _in_which_speaker(self, span: _Span) -> tuple[str | None, str | None]:
        """The subject of "in which" after a writing named in the quotation's sentence ("a
        declaration in which he undertook ... to “...”"); "it" is the body the writing is "of"
        or "from" ("a statement of the Opposition, in which it undertook to")."""
        start = self._sentence_start(span.start)
        clause = None
        for clause in IN_WHICH_RE.finditer(self.masked, start, span.start):
            pass
        if clause is None or re.search(r"[;:]|\b(?:said|says|wrote|writes|told)\b", self.masked[clause.end():span.start]):
            return None, None
        word = clause.group("subject")
        at = clause.start("subject")
        if word.lower() in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
            # "reads aloud from Trotsky's testament of February 1940, the passage in which he
            # calls life “beautiful”": the writer of the writing the sentence names
            owned = None
            for owned in re.finditer(r"(?:^|[\s(])([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)[’']s\s+(?:[a-z]+\s+)?(?:" + DOCUMENT_NOUN_PATTERN + r")\b", self.masked[start:clause.end()]):
                pass
            if owned is not None:
                mention = self._mention_at(start + owned.start(1), start + owned.end(1))
                if mention is not None and mention.start == start + owned.start(1) and self._is_person(mention) and self._fits_pronoun(word.lower(), mention):
                    return mention.text, mention.entity_id
            # "Kamenev read from the platform a declaration in which he": the one who acts on
            # the writing in its own clause
            for mention in reversed(self._mentions_between(start, clause.start())):
                if (
                    self._fits_pronoun(word.lower(), mention) and self._verb_follows(mention)
                    and not self._after_preposition(mention.start) and not self._inside_quotation(mention.start)
                ):
                    return mention.text, mention.entity_id
            return self._resolve_pronoun(word.lower(), at)
        if word.lower() == "it":
            of = re.match(r"\s+(?:of|from|by)\s+", clause.group("rest"))
            if of is None:
                return None, None
            position = clause.start("rest") + of.end()
            mention = next((m for m in self._mentions_between(position, position + 80) if m.start in (position, position + 4)), None)
            if mention is not None and mention.label == "ORG":
                return mention.text, mention.entity_id
            return None, None
        mention = self._mention_at(at, at + len(word))
        if mention is not None and self._is_speaker_mention(mention) and mention.start == at:
            return mention.text, mention.entity_id
        return None, None

    def _words_of(self, span: _Span) -> tuple[str | None, str | None]:
        """The one named after "in the words of" (phrase, expression ...) shortly before the
        quotation in its sentence."""
        start = self._sentence_start(span.start)
        found = None
        for found in WORDS_OF_RE.finditer(self.masked, start, span.start):
            pass
        if found is None:
            return None, None
        at = found.end()
        mention = next((m for m in self._mentions_between(at, span.start) if m.start == at), None)
        if mention is None or not self._is_speaker_mention(mention):
            return None, None
        between = self.masked[mention.end:span.start]
        if len(between) > 40 or DOUBLE_MARK_RE.search(between) or re.search(r"\b(?:said|says|wrote|writes|called|calls)\b", between):
            return None, None
        return mention.text, mention.entity_id

    def _labelled_speaker(self, span: _Span) -> tuple[str | None, str | None]:
        """The person named alone before the colon that introduces the quotation, as a
        paragraph, a parenthesis or a sentence opens ("(Mikoyan: “...”)", "Lenin: “...”")."""
        colon = _previous_non_space(self.text, span.start)
        end = colon
        while end > 0 and self.text[end - 1] in " \t":
            end -= 1
        role = re.search(r"(?:^|\n)[ \t]*[A-Z][A-Z .’'-]*\(as\s+[^()\n]+\)$", self.text[max(0, end - 80):end])
        if role is not None:
            # "ACTOR (as Preobrazhensky):": in a script, the part the voice reads
            end -= 1
        mention = next((m for m in reversed(self._mentions_between(max(0, end - 80), end)) if m.end == end), None)
        if mention is None or not self._is_person(mention):
            return None, None
        before = self.text[max(0, mention.start - 3):mention.start]
        if role is not None and re.search(r"\(as\s+$", self.text[max(0, mention.start - 5):mention.start]):
            return mention.text, mention.entity_id
        if mention.start > 0 and not re.search(r"(?:^|[(\[]|[.!?]\s|\n)\s*$", before):
            return None, None
        return mention.text, mention.entity_id

    def _its_document_owner(self, span: _Span) -> tuple[str | None, str | None]:
        """The body whose writing "Its verdict read:" quotes: the one the sentence before is
        about when it does something to "its" own ("the full commission announced its
        findings. Its verdict read: “...”")."""
        start = self._sentence_start(span.start)
        if not re.fullmatch(
            r"\s*Its\s+(?:[a-z-]+\s+){0,2}(?:" + DOCUMENT_NOUN_PATTERN + r"|verdict|findings|judg(?:e)?ment|ruling)\s+"
            r"(?:read|reads|ran|runs|said|says|stated|states|declared|declares|concluded|concludes)\s*[:,]?\s*",
            self.masked[start:span.start],
        ):
            return None, None
        body = self._resolve_it(span.start)
        if body is not None:
            return body.text, body.entity_id
        if start == 0:
            return None, None
        previous = self._sentence_start(start - 1)
        about = re.search(r"\b[Tt]he\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:[a-z]+\s+)?[a-z]+ed\s+its\b", self.masked[previous:start])
        if about is None:
            return None, None
        named = self._named_body_with_head(about.group(1), previous + about.start())
        return (named.text, named.entity_id) if named is not None else (None, None)

    def _document_speaks(self, span: _Span) -> bool:
        """Whether a document is the subject of the cue: "it said:", "which says:", "the
        statement ran," ("it" and "which" only before the quotation)."""
        sentence_start = self._sentence_start(span.start)
        before = self.masked[sentence_start:span.start]
        if span.colon_before or span.block:
            colon = _previous_non_space(self.masked, span.start)
            before = self.masked[self._sentence_start(colon):colon + 1]
        if DOCUMENT_CUE_BEFORE_RE.search(before):
            return True
        if (span.colon_before or span.block) and re.search(
            r"\b(?:I|[Ww]e)\s+(?:now\s+)?(?:copy|quote|transcribe|give|enclose|reproduce)\s+(?:out\s+)?(?:the|a|its|this|that)\s+"
            r"(?:[a-z]+\s+)?(?:part|parts|passage|passages|portion|section|text|words|lines|paragraph)\b[^:]*:\s*$",
            before,
        ) and re.search(r"\b(?:" + DOCUMENT_NOUN_PATTERN + r")\b", self.masked[self._sentence_start(max(0, self._sentence_start(_previous_non_space(self.masked, span.start)) - 1)):span.start]):
            return True  # "A letter came from X, and I copy the part that is meant for you:"
        return not span.block and DOCUMENT_CUE_AFTER_RE.match(self.text, span.end) is not None

    def _document_subject(self, span: _Span) -> bool:
        """Whether the quotation's sentence opens with a document as its subject."""
        sentence_start = self._sentence_start(span.start)
        before = self.masked[sentence_start:span.start]
        return bool(before.strip()) and DOCUMENT_SUBJECT_RE.match(before) is not None

    def _document_author(self, before: int, since: int | None = None) -> tuple[str | None, str | None]:
        """The writer of the latest document named before ``before`` within three paragraphs
        (or from ``since``): "a letter from Rakovsky", "a statement released by the institute",
        "Kamenev's note"."""
        index = bisect.bisect_right(self.paragraph_starts, before) - 1
        window = self.paragraphs[max(0, index - 2)][0] if since is None else since
        found = None
        for match in DOCUMENT_AUTHOR_RE.finditer(self.masked, window, before):
            at = match.start("owner") if match.group("owner") else match.start("writer") if match.group("writer") else match.end()
            if self.text.startswith(("the ", "The "), at):
                at += 4  # "a leaflet of the Petrograd Defence Committee"
            mention = next((m for m in self._mentions_between(max(0, at - 4), at + 80) if m.start <= at < m.end), None)
            if mention is not None and match.group("owner") and mention.end > match.end("owner") + 2:
                # "Lenin's Testament" tagged as one work: the owner as the text names them elsewhere
                owner = match.group("owner")
                mention = next((m for m in self.mentions if m.text == owner and self._is_person(m) and not self._inside_quotation(m.start)), None)
                if mention is not None:
                    found = (mention.text, mention.entity_id)
                continue
            if mention is None and match.group("owner") is None and match.group("writer") is None:
                # "a statement released by the institute": the body named before by that word
                head = re.match(r"(?:the\s+)?([a-z]+)", self.masked[at:at + 40])
                if head is not None:
                    name, entity_id = self._resolve_description("the " + head.group(1), at, [])
                    if entity_id is not None or (name and (name[:1].isupper() or re.match(r"the [A-Z]", name))):
                        found = (name, entity_id)  # ("the National Institute of ...": a name)
                continue
            if mention is not None and self._is_speaker_mention(mention) and not self._inside_quotation(mention.start):
                bracket = re.match(r"\s*\[", self.text[mention.end:mention.end + 3])
                named = self._mention_at(mention.end + bracket.end(), mention.end + bracket.end() + 1) if bracket else None
                if named is not None and named.start == mention.end + bracket.end() and self._is_person(named) and self.text.startswith("]", named.end):
                    mention = named  # "a letter came from Kh. G. [Rakovsky]": the editor's name for the writer
                found = (mention.text, mention.entity_id)
        return found if found is not None else (None, None)

    def _headline_quotation(self, span: _Span) -> bool:
        """A quotation of three words or more opening the headline, set off by a colon or dash
        from the rest of it, which names a person."""
        if self.headline_person is None or span.block or span.start != self.paragraphs[0][0]:
            return False
        return len(WORD_COUNT_RE.findall(self.text[span.start:span.end])) >= 3 and re.match(
            r"\s*[:—–-]", self.text[span.end:span.end + 3]
        ) is not None

    def _quoted_as(self, span: _Span) -> tuple[str | None, str | None]:
        """The person a sentence "quoted ... as saying/telling" before the quotation."""
        start = self._sentence_start(span.start)
        for match in re.finditer(r"\bquoted\s+", self.masked[start:span.start]):
            at = _skip_spaces(self.text, start + match.end())
            mention = next((m for m in self._mentions_between(at, span.start) if m.start == at), None)
            if mention is None or not self._is_person(mention):
                continue
            rest = self.masked[mention.end:span.start]
            if re.match(r"(?:,[^,]{0,80},)?\s+as\s+(?:saying|telling|writing|declaring|stating|having\s+said)\b", rest):
                return mention.text, mention.entity_id
        return None, None

    def _resumes_after_source(self, span: _Span, previous: Quotation | None) -> bool:
        """A lower-case rest of a sentence interrupted by its speaker and "according to" a
        report, after a quotation of the same paragraph with a speaker."""
        if span.block or previous is None or previous.kind != "direct" or not previous.speaker:
            return False
        if self._paragraph_start(previous.start) != self._paragraph_start(span.start):
            return False
        between = self.text[previous.end:span.start]
        content = self.text[span.start + 1:span.end].lstrip()
        return (
            previous.text.rstrip("”»\"’' ").endswith(",")
            and content[:1].islower()
            and re.search(r"\baccording to\b", between) is not None
            and len(between) <= 120
        )

    def _resolve_description(self, speaker: str, position: int, result: list[Quotation]):
        """"the spokesperson" after "A spokesperson for X said": the description as first given;
        "the Colonel" after "Colonel Brandreth": the person with that title."""
        # quotes.v19: "The paper demanded that the leaders of the Opposition be “...”": a
        # description refers back to what was named before the description itself, not to a
        # name in the clause it introduces
        written = self.text.rfind(speaker, self._sentence_start(position), position)
        if written >= 0 and not self._inside_quotation(written):
            # (a name set off right after it is still its name: "the city's culture
            # secretary, Alejandro Pineda,")
            position = written + len(speaker)
            comma = re.match(r",\s*", self.text[position:position + 4])
            named = self._mention_at(position + comma.end(), position + comma.end() + 1) if comma else None
            if named is not None and named.start == position + comma.end():
                position = named.end
        possessive = re.fullmatch(r"([Hh]is|[Hh]er|[Tt]heir) ((?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*)", speaker)
        if possessive is not None:
            # "his son recalled" after "with his son Anatol": the name the same words introduced.
            named = None
            for found in re.finditer(r"\b" + re.escape(possessive.group(0)) + r",?\s+", self.text[:position], re.IGNORECASE):
                mention = self._mention_at(found.end(), found.end() + 1)
                if mention is not None and mention.start == found.end() and self._is_person(mention):
                    named = mention
            if named is None and possessive.group(1).lower() != "their" and GENDERED_NOUNS.get(possessive.group(2)) and possessive.group(2) in FEMALE_KIN | MALE_KIN | {"aunt", "uncle", "niece", "nephew"}:
                # '“Hush, child,” said her aunt': the latest person the text makes sure is of
                # the kin noun's gender, other than the one the possessive points to
                owner = self._resolve_pronoun("he" if possessive.group(1).lower() == "his" else "she", position)
                for mention in reversed(self._mentions_between(max(0, position - 3000), position)):
                    if self._inside_quotation(mention.start) or not self._is_person(mention) or mention.text == owner[0]:
                        continue
                    if self._gender(mention) == GENDERED_NOUNS[possessive.group(2)]:
                        named = mention
                        break
            return (named.text, named.entity_id) if named is not None else (speaker, None)
        match = re.fullmatch(r"[Tt]he ((?:[\w’'-]+ ){0,2}([\w’'-]+))", speaker)
        if match is not None and all(w[:1].isupper() for w in match.group(1).split()):
            # "Grand Duke Nicholas ... The Grand Duke telegraphed": a title standing alone is
            # the person the text named with it (whatever the tagger called the title)
            titled = self._titled_person(match.group(1), position)
            if titled is not None:
                return titled.text, titled.entity_id
        if match is None or any(m.text == speaker and m.label in ("ORG", "NORP", "GPE") for m in self.mentions):
            return speaker, None  # "the Petrograd Defence Committee" is a body's name, not a description
        head = match.group(2).lower()
        introduced = None
        for found in DESCRIPTION_RE.finditer(self.text, 0, position):
            # "An old man in a cap": the head may follow an adjective the pattern took for it.
            run = re.match(r"(?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*", self.text[found.start("head"):found.start("head") + 40])
            words = re.split(r" (?:for|of|at|from|in|with)\b", run.group(0))[0].split()
            if head in words and not self._inside_quotation(found.start()):
                introduced = found.group(0).rstrip(" ,.")
                if found.group("head").lower() != head:
                    at = found.start("head") + re.search(r"\b" + re.escape(head) + r"\b", run.group(0)).end()
                    introduced = self.text[found.start():at]  # "An old man", not "An old"
        if introduced is not None and not _is_person_noun(head):
            # "the Severnside Children's Hospice Trust ... a children's hospice ... The hospice
            # said": a body the text named with the head noun outranks a description of it
            body = self._named_body_with_head(head, position)
            if body is not None:
                return body.text, body.entity_id
        if introduced is not None and _is_person_noun(head):
            # "his old partner, Sam Pilcher, ... was a captain ... said the captain": the one the
            # description was said of, as the predicate of "was"
            for found in DESCRIPTION_RE.finditer(self.text, 0, position):
                if found.group(0).rstrip(" ,.") == introduced and re.search(r"\b(?:was|is|became|had become)\s+$", self.text[max(0, found.start() - 20):found.start()]):
                    subject = next((m for m in reversed(self._mentions_between(self._sentence_start(found.start()), found.start()))
                                    if self._is_person(m) and not self._inside_quotation(m.start)), None)
                    if subject is not None:
                        return subject.text, subject.entity_id
        if introduced is not None:
            return introduced, None  # "A spokeswoman for Nordvik Shipping said ... the spokeswoman"
        for q in reversed(result):
            if q.speaker and q.speaker_id is None and re.match(r"(?:[Aa]n?|[Oo]ne) ", q.speaker):
                words = [w.lower() for w in re.findall(r"[\w’'-]+", q.speaker)]
                if head in words[:4]:
                    return q.speaker, None
        for mention in reversed(self._mentions_between(0, position)):
            if mention.label not in PERSON_LABELS or self._inside_quotation(mention.start):
                continue
            before = self._tokens(max(0, mention.start - 40), mention.start)
            words = [t[2].lower() for t in before if t[2] not in (",", ".")][-3:]
            if head in words and head[:1].isalpha():
                return mention.text, mention.entity_id
            if head in ROLE_TITLES and set(w.rstrip(".") for w in words) & ROLE_TITLES[head]:
                return mention.text, mention.entity_id  # "the Reverend Josiah Ashby" ... "the clergyman"
            if head[:1].isalpha() and self._appositive_title(mention, head):
                return mention.text, mention.entity_id
        # "the foundation said" after "the Foundation for Printed Memory": a body named
        # before with that head noun in its name.
        body = self._named_body_with_head(head, position)
        if body is not None:
            return body.text, body.entity_id
        if head in REFERRING_BODY_NOUNS and speaker[4:].islower():
            # "A Eurostar spokesperson said ... “...,” the company said", "in the Daily Mail ...
            # the paper had called him": a firm or a paper the paragraph has just named
            # quotes.v19: the body that last spoke in the paragraph ("Pravda declared that the
            # Opposition had been “...” The paper demanded"), before any body merely named
            p_start = self._paragraph_start(position)
            for q in reversed(result):
                if q.start < p_start:
                    break
                if q.start < position and q.speaker and any(
                    m.text == q.speaker and m.label == "ORG" for m in self._mentions_between(p_start, position)
                ):
                    return q.speaker, q.speaker_id
            body = self._latest_body_in_paragraph(position)
            if body is not None:
                return body.text, body.entity_id
        if head in GENDERED_PERSON_NOUNS:
            # "Trotsky went out with a fisherman ... the old man would announce": a plain
            # description of someone never introduced as "a man" points back as "he" would.
            name, entity_id = self._resolve_pronoun(GENDERED_PERSON_NOUNS[head], position)
            if name is not None:
                return name, entity_id
        return speaker, None

    def _titled_person(self, title: str, position: int) -> EntityMention | None:
        """The latest person named before ``position`` right after ``title`` ("Grand Duke
        Nicholas" for "Grand Duke"), outside quotations, or None."""
        forms = [re.escape(title)] + [re.escape(short) for short, full in TITLE_ABBREVIATIONS.items() if full == title.lower()]
        pattern = re.compile(r"\b(?i:" + "|".join(forms) + r")\.?\s+$")
        for mention in reversed(self._mentions_between(0, position)):
            if not self._is_person(mention) or self._inside_quotation(mention.start):
                continue
            if pattern.search(self.text, max(0, mention.start - len(title) - 4), mention.start):
                return mention
        return None

    def _latest_body_in_paragraph(self, position: int) -> EntityMention | None:
        """The latest organisation named in the paragraph before ``position``, outside
        quotations (what "the company" or "the paper" refers back to), or None."""
        for mention in reversed(self._mentions_between(self._paragraph_start(position), position)):
            if mention.label == "ORG" and not self._inside_quotation(mention.start):
                return mention
        return None

    def _named_body_with_head(self, head: str, position: int) -> EntityMention | None:
        """The latest organisation named before ``position`` outside quotations with ``head``
        as a word of its name ("the Foundation for Printed Memory" for "the foundation")."""
        for mention in reversed(self._mentions_between(0, position)):
            if mention.label == "ORG" and head.capitalize() in mention.text.split() and (
                not self._inside_quotation(mention.start) or self._quoted_name(mention)
            ):
                return mention
        return None

    def _quoted_name(self, mention: EntityMention) -> bool:
        """Whether ``mention`` is all that a quotation holds ('everyone said “the Dewey
        Commission”'): a name the text gives, though in quotation marks."""
        index = bisect.bisect_right(self.quoted_starts, mention.start) - 1
        if index < 0:
            return False
        start, end = self.quoted[index]
        return self.text[start:end].strip("“”\"‘’'«» .,") == mention.text

    def _appositive_title(self, mention: EntityMention, head: str) -> bool:
        """Whether the text gives ``mention`` a description headed by ``head`` in apposition:
        "Nikolai Krestinsky, the Soviet Ambassador to Germany," or "The transit authority's
        executive director, Samuel Whitlow," (so that "the Ambassador" and "the executive
        director" later refer back to them)."""
        after = re.match(
            r",\s+(?:the|a|an|its|his|her|their|[A-Z][\w’'-]*[’']s)\s+[^,.;:“”\"]{0,60}?\b" + re.escape(head) + r"\b",
            self.text[mention.end:mention.end + 90],
            re.IGNORECASE,
        )
        if after is not None:
            return True
        before = self.text[max(0, mention.start - 60):mention.start]
        return re.search(r"\b" + re.escape(head) + r",\s+$", before, re.IGNORECASE) is not None

    def _noun_content(self, span: _Span) -> bool:
        """'the lie that “...”': the quotation is what a noun holds, nobody's turn of speech."""
        before = self._tokens(self._sentence_start(span.start), span.start)
        words = [w.lower() for _, _, w in before[-3:]]
        return len(words) == 3 and words[2] == "that" and words[0] in DETERMINERS and words[1].isalpha()

    def _names_someone(self, speaker: str) -> bool:
        """Whether a speaker string is a name (capitalised) rather than "one historian"."""
        first = speaker.split(" ", 1)[0]
        return first[:1].isupper() and first.lower() not in DETERMINERS

    # --- speakers beyond the sentence ------------------------------------------------------

    def _cited_author(self, span: _Span, cue: _Cue | None) -> str | None:
        """The author of an author-year citation given for the quotation, if any."""
        if span.block:
            return None
        citation = self._inline_citation(span, cue)
        match = AUTHOR_YEAR_RE.match(citation) if citation else None
        if match is None and citation:
            # quotes.v20: '"saved Stalin in order to use him" (Carr, The Interregnum, p. 363)': a
            # surname before a work's title cites its author, when the text names that person
            titled = AUTHOR_TITLE_RE.match(citation)
            if titled and any(m.label in PERSON_LABELS and m.text.split()[-1] == titled.group(1) for m in self.mentions):
                return titled.group(1)
        return match.group(1) if match else None

    def _possessive_speaker(self, span: _Span, near: bool = False) -> tuple[str | None, str | None]:
        """"in Lenin's view ... “rude”", "Stalin’s formula of “...”", "His slogan ... was “...”":
        someone's words named by a possessive in the quotation's sentence (with ``near``, within
        the four words before it)."""
        end = span.start
        if span.colon_before and not self.masked[self._sentence_start(span.start):span.start].strip():
            # "Stalin's own account, given to the conference ..., is worth quoting at length:"
            end = _previous_non_space(self.masked, span.start)
        tokens = self._tokens(self._sentence_start(end), end)
        if near:
            # "over Preobrazhensky's “primitive socialist accumulation”", "the Comintern's
            # “Third Period”": the quotation is what the possessive owns
            owned = re.search(r"[’']s?\s*$", self.text[max(0, span.start - 3):span.start])
            mention = self._mention_at(span.start - 4, span.start - 2) if owned else None
            words = WORD_COUNT_RE.findall(self.text[span.start:span.end])
            if mention is not None and re.fullmatch(r"[’']s?\s*", self.text[mention.end:span.start]) and self._is_speaker_mention(mention) and (
                mention.label not in PLACE_LABELS and not self._inside_quotation(mention.start)
                # (a body's slogan, or a phrase of three words or more: "Trotsky's “special
                # role”" is a scare quote about him, not his words)
                # ("Stalin's “Centre” faction": a person's possessive owns the noun after it)
                and (mention.label in GROUP_LABELS or len(words) >= 3 and not (
                    re.match(r"\s+[a-z]", self.text[span.end:span.end + 2]) and self.text[span.end - 2] not in ",.;:!?"
                ))
            ):
                return mention.text, mention.entity_id
        for i in range(len(tokens) - 1, max(0, len(tokens) - 5) if near else 0, -1):
            if tokens[i][2].lower() not in ATTRIBUTION_NOUNS:
                continue
            k = i - 1
            # "His last letter from the island says", "Lenin's own words": up to two
            # adjectives between the owner and the noun.
            for _ in range(2):
                word_k = tokens[k][2]
                if k > 0 and word_k.isalpha() and word_k.islower() and word_k not in DETERMINERS | {"his", "her", "their", "whose"}:
                    k -= 1
            if tokens[k][2] in ("'", "’") and k > 0:
                k -= 1
            start, end, word = tokens[k]
            lower = word.lower()
            if lower in ("his", "her", "their"):
                return self._resolve_pronoun({"his": "he", "her": "she", "their": "they"}[lower], start)
            if lower == "its" and k == 0:
                # "... found the Women's Union (WSPU) at her home. Its motto is “...”": a body's
                # words, when "Its" opens the sentence, belong to the body the sentence before
                # named last; a thing has no words of its own to quote.
                body = self._last_body_before(start)
                if body is not None:
                    return body.text, body.entity_id
            if lower == "whose" and k >= 2 and tokens[k - 1][2] == ",":
                # "a letter from Arthur Cook, the miners' leader, whose slogan “...”"
                antecedent = self._relative_antecedent(tokens, k - 1)
                if antecedent is not None and antecedent[0] is not None and (
                    antecedent[1] is not None or self._names_someone(antecedent[0])
                ):
                    return antecedent[0], antecedent[1]
            mention = self._mention_at(start, end)
            if mention is not None and self._is_speaker_mention(mention) and (
                word.endswith(("'s", "’s")) or self.text[mention.end:mention.end + 1] in "'’"
            ):
                return mention.text, mention.entity_id
        return None, None

    def _discourse_speaker(self, span: _Span, result: list[Quotation]) -> tuple[str | None, str | None]:
        """The speaker of an unattributed quotation, from the talk around it.

        1. A turn of dialogue (a paragraph opening with a quotation right after a paragraph
           ending with someone's quotation) belongs to the other party of the conversation.
        2. A quotation opening its sentence continues the sentence before it: its subject
           ("Stalin adhered to the programme. “To overthrow ...”").
        3. Otherwise the most recent cue within this paragraph and the two before it ("Hence:"
           after "Trotsky anticipated ...", a quotation after Trotsky's quotation).
        """
        index = bisect.bisect_right(self.paragraph_starts, span.start) - 1
        p_start, p_end = self.paragraphs[index]
        opens_paragraph = not self.masked[p_start:span.start].strip()
        if opens_paragraph and index > 0 and not span.colon_before:
            # '"Sit down, Colonel." Mrs. Pennington broke the seal': the action beat after the
            # turn, in its paragraph, names the speaker.
            beat_start = self._sentence_end(span.end)
            prev_start, prev_end = self.paragraphs[index - 1]
            turns = [q for q in result if prev_start <= q.start < prev_end and q.kind == "direct"]
            if beat_start < p_end and span.end <= beat_start:
                subject = self._sentence_subject(beat_start, self._sentence_end(beat_start))
                if subject is not None and subject[0] is not None:
                    pronoun = re.match(r"\s*(she|he)\b", self.masked[beat_start:beat_start + 6], re.IGNORECASE)
                    if pronoun is not None and turns and turns[-1].end >= prev_end - 60 and turns[-1].speaker == subject[0]:
                        # '“He is very far away,” said Mrs. Ashby. / “That is the same thing.”
                        # She set down the basket.': a new paragraph is a new turn, so a beat's
                        # pronoun that fits the other party is theirs, not the last speaker's.
                        other = self._other_party(turns[-1], result, prev_start)
                        if other[0] is not None and _gender_fits(pronoun.group(1).lower(), other[0]) and self._pronoun_fits_name(pronoun.group(1).lower(), other[0]):
                            return other
                    return subject[0], subject[1]
            if index > 1 and re.fullmatch(r"\s*[“\"][^“”\"\n]{1,80}[”\"]\s*I\s+(?:asked|said|replied|answered)\.?\s*", self.text[prev_start:prev_end]):
                # 'On the tram Kuzmin said nothing. / “Well?” I asked. / “Well, nothing.”': the
                # narrator's short turn asks the one the narration before was about, who answers.
                before_start, before_end = self.paragraphs[index - 2]
                if not any(before_start <= q < before_end for q in self.quoted_starts):
                    for s_start, s_end in reversed(self._sentences_in(before_start, before_end)):
                        subject = self._sentence_subject(s_start, s_end)
                        if subject is not None and subject[0] is not None:
                            return subject[0], subject[1]
                    people = {(m.text, m.entity_id) for m in self._mentions_between(before_start, before_end)
                              if self._is_person(m) and not self._inside_quotation(m.start)}
                    if len(people) == 1:
                        return people.pop()
            if turns and turns[-1].end < prev_end - 60 and (turns[-1].speaker or turns[-1].speaker_id) and not any(
                self._is_person(m) and m.text != turns[-1].speaker for m in self._mentions_between(turns[-1].end, prev_end)
            ) and re.match(r"\s*(?:[A-Z][\w’'-]*\s+)?(?:[Ss]he|[Hh]e)\b", self.masked[self._sentence_end(turns[-1].end):prev_end]):
                # '"... know my name." She said it without any drama ...': a beat about the one who
                # spoke closes the turn; the next turn is the other party's.
                return self._other_party(turns[-1], result, prev_start)
            if turns and turns[-1].end >= prev_end - 60 and (turns[-1].speaker or turns[-1].speaker_id):
                return self._other_party(turns[-1], result, prev_start)
            if turns and turns[-1].end >= prev_end - 60:
                # A turn after an untagged turn that calls someone by name ("You will not tell
                # me he is dangerous, Arthur." - "I tell you nothing of the kind, Aunt."): the
                # one called answers.
                addressed = self._addressee(turns[-1])
                if addressed is not None and not self._addressed(addressed.text):
                    return addressed.text, addressed.entity_id
            if turns and turns[-1].end >= prev_end - 60 and index > 1:
                # A turn after a turn whose speaker is unknown: the one who spoke the turn
                # before that ("You are going on?" - "To Belgrade," she said - "Why not?").
                before_start, before_end = self.paragraphs[index - 2]
                earlier = [q for q in result if before_start <= q.start < before_end and q.kind == "direct"]
                if earlier and earlier[-1].end >= before_end - 60 and (earlier[-1].speaker or earlier[-1].speaker_id):
                    return earlier[-1].speaker, earlier[-1].speaker_id
            if not turns:
                # "Arthur laughed, and his aunt looked at him severely over her glasses.": the
                # one the narration's last clause has act speaks next.
                sentences = self._sentences_in(prev_start, prev_end)
                if sentences:
                    last = self._last_clause_actor(*sentences[-1])
                    if last is not None and last[0] is not None and not self._addressed(last[0]):
                        return last
                # A turn after a paragraph of narration: the person that narration is about
                # ("Tomás picked up one of the envelopes ... “What do we do with all this?”").
                for s_start, s_end in reversed(self._sentences_in(prev_start, prev_end)):
                    subject = self._sentence_subject(s_start, s_end)
                    if subject is not None and subject[0] is not None:
                        return subject[0], subject[1]
                # No sentence opens with its subject ("It was in May, when ..., that Mrs. Vane
                # first received a revolutionary"): the one person that narration names, if
                # the turn does not call that person by name.
                people = {(m.text, m.entity_id) for m in self._mentions_between(prev_start, prev_end)
                          if self._is_person(m) and not self._inside_quotation(m.start)}
                tagged = re.match(r"[\s,]*(?:he|she|they|i|we)\b", self.text[span.end:span.end + 12], re.IGNORECASE)
                if len(people) == 1 and not tagged:
                    name, entity_id = people.pop()
                    if not self._addressed(name):
                        return name, entity_id
        sentence_start = self._sentence_start(span.start)
        if not self.masked[sentence_start:span.start].strip() and not span.colon_before and sentence_start > p_start:
            previous_start = self._sentence_start(sentence_start - 1)
            last_clause = re.search(r"\b(?:and|but|then|,)\s+(?:[\w’'-]+\s+){0,8}?(he|she)\s+[a-z]+(?:\s+[a-z]+)?[.!]\s*$", self.masked[previous_start:sentence_start])
            if last_clause is not None and last_clause.start(1) > 0:
                # "They walked back ..., and at the corner he stopped. “Does Helena know?”": the
                # one the sentence's last clause ends on acting is the one who speaks next.
                name, entity_id = self._resolve_pronoun(last_clause.group(1), previous_start + last_clause.start(1))
                if name is not None:
                    return name, entity_id
            subject = self._sentence_subject(previous_start, sentence_start)
            if subject is not None and subject[0] is not None:
                other = re.search(r"\b(?:while|whilst)\s+(?:old\s+|young\s+)?(?=[A-Z])", self.masked[previous_start:sentence_start])
                actor = self._mention_at(previous_start + other.end(), previous_start + other.end() + 1) if other else None
                if actor is not None and actor.start == previous_start + other.end() and self._is_person(actor) and actor.text != subject[0] and (
                    result and result[-1].speaker == subject[0] and re.match(r"\s+[a-z]+", self.text[actor.end:actor.end + 12])
                ):
                    # quotes.v20: '“In the library, with Mr. Ferrand.” [Hester] / She unbuckled his
                    # cape while old Thwaite stood dripping ... “Ferrand! ...”': the one who just
                    # spoke does not answer herself; the other person the sentence has act does
                    return actor.text, actor.entity_id
                return subject[0], subject[1]
        if span.colon_before and re.search(r"(?:^|[\s,;])(?:I|[Ww]e)\s+(?:[a-z]+\s+){1,5}(?:the|these|this|its|a)\s+(?:[a-z]+\s+)?(?:words|lines|inscription|legend|notice|sign|text)\s*:\s*$", self.masked[sentence_start:span.start]):
            # "by rubbing it with my glove I made out the words: “Here lyeth ...”": what the
            # narrator reads off is no one's turn in the talk around it
            return self._resolve_pronoun("i", span.start)
        dash_before = re.search(r"\w[^—–]*\s[—–]\s*$", self.masked[sentence_start:span.start]) is not None and re.match(r"[,.]?\s*[—–]", self.text[span.end:span.end + 4]) is not None
        if dash_before:
            people = [m for m in self._mentions_between(sentence_start, span.start) if self._is_person(m) and not self.text.startswith(("'s", "’s"), m.end)]
            if len({m.text for m in people}) == 1 and not re.search(r"\b(?:he|she|they|I|we)\b", self.masked[sentence_start:span.start]):
                return people[0].text, people[0].entity_id
        if (span.colon_before or dash_before) and self.masked[sentence_start:span.start].strip():
            # (a quotation set between dashes after a clause is that clause's words: "Nikolai
            # Krestinsky withdraws his confession — “I do not plead guilty” — and ...")
            # "Twenty years later Engels closed his introduction with a challenge: “Look at the
            # Paris Commune.”": with no speech verb, the one the introducing sentence is about.
            subject = self._sentence_subject(sentence_start, span.start)
            if subject is not None and subject[0] is not None:
                # "Ashcombe prints the letter he sent ...: “...”": another person acts in the
                # introduction, so its subject need not be the one quoted
                other_actor = re.search(r"\b(?:he|she|they)\b", self.masked[sentence_start:span.start]) or any(
                    self._is_person(m) and m.text != subject[0] and not self.text.startswith(("'s", "’s"), m.end)
                    for m in self._mentions_between(sentence_start, span.start)
                )
                if not other_actor:
                    return subject[0], subject[1]
        return self._recent_cue_speaker(span, result, paragraphs=2, sentences=12, attribution=True)

    def _last_clause_actor(self, start: int, end: int):
        """(name, id) of the subject of a sentence's last clause when it is joined by ", and" to
        a clause about someone else ("Arthur laughed, and his aunt looked at him severely"): a
        person's name, "he"/"she", or a kin noun after a possessive ("his aunt"); else None."""
        found = None
        # (a parenthesis or a relative clause may stand before the verb: "and Aunt Mary, after a
        # moment, laughed too", "and Kitty, who had long since laid it aside, could bear it no longer")
        for match in re.finditer(r",\s+(?:and|but)\s+(?:then\s+)?(?P<subject>(?:[Hh]is|[Hh]er|[Tt]heir)\s+[a-z]+|[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s+(?:after|at|for|in|with|without|by|on|who|which)\b[^,;:]{1,80},)?\s+(?P<verb>[a-z]+)\b", self.masked[start:end]):
            found = match
        if found is None or found.group("verb") in NOT_VERBS_AFTER_SUBJECT or found.group("verb") in CLAUSE_BREAKS - BE_FORMS:
            return None
        subject = found.group("subject")
        begin = start + found.start("subject")
        if subject.lower() in SINGULAR_PRONOUNS:
            return self._resolve_pronoun(subject.lower(), begin)
        kin = re.fullmatch(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+)", subject)
        if kin is not None:
            gender = GENDERED_NOUNS.get(kin.group(1))
            if gender is None:
                return None
            named = self._resolve_description(subject, begin, [])
            if named[0] != subject:
                return named
            # "his aunt" with no name given her: the latest person the text makes sure is of
            # that gender, never one named in the clause before (the possessive's owner)
            owner = self.masked[start:begin]
            for mention in reversed(self._mentions_between(max(0, start - 3000), start)):
                if self._inside_quotation(mention.start) or not self._is_person(mention):
                    continue
                if self._gender(mention) == gender and not any(w in owner.split() for w in mention.text.split()):
                    return mention.text, mention.entity_id
            return None
        mention = self._mention_at(begin, begin + len(subject))
        if mention is not None and mention.start == begin and self._is_person(mention):
            return mention.text, mention.entity_id
        title = re.match(r"([A-Z][a-z]+)\.?\s+", subject)
        if title is not None and title.group(1).lower() in TITLE_WORDS | {"aunt", "uncle", "cousin", "colonel", "captain", "major"}:
            # "and Aunt Mary laughed": the name after the title
            mention = self._mention_at(begin + title.end(), begin + len(subject))
            if mention is not None and mention.start == begin + title.end() and self._is_person(mention):
                return mention.text, mention.entity_id
        return None

    def _tag_between(self, span: _Span, previous: Quotation | None) -> bool:
        """Whether only a pronoun's speech tag (", he replied,") stands between ``previous``, a
        quotation ending in a comma, and this lower-case rest of its sentence."""
        if span.block or previous is None or previous.kind != "direct" or not previous.speaker:
            return False
        if not previous.text.rstrip("”»\"’' ").endswith(","):
            return False
        content = self.text[span.start + 1:span.end].lstrip()
        between = self.text[previous.end:span.start]
        tag = re.fullmatch(r"\s*(?:he|she|they)\s+([a-z]+)(?:\s+[a-z]+ly)?\s*,\s*", between)
        return content[:1].islower() and tag is not None and tag.group(1) in CUE_VERBS

    def _reply_speaker(self, span: _Span, result: list[Quotation], speaker, speaker_id):
        """The speaker of a turn tagged with "he"/"she" right after it: the other party of the
        dialogue when the turn opens its paragraph right after a paragraph that ends with
        someone else's turn and the pronoun fits the other party; else (speaker, speaker_id)."""
        tag = re.match(r"[\s,]*(he|she)\b", self.text[span.end:span.end + 12], re.IGNORECASE)
        index = bisect.bisect_right(self.paragraph_starts, span.start) - 1
        if tag is None or index < 1 or self.paragraphs[index][0] != span.start:
            return speaker, speaker_id
        pronoun = tag.group(1).lower()
        prev_start, prev_end = self.paragraphs[index - 1]
        turns = [q for q in result if prev_start <= q.start < prev_end and q.kind == "direct"]
        if not turns or turns[-1].end < prev_end - 60 or not (turns[-1].speaker or turns[-1].speaker_id):
            return speaker, speaker_id
        colon = _previous_non_space(self.text, turns[-1].start)
        if colon >= 0 and self.text[colon] == ":":
            return speaker, speaker_id  # "a line: “...”": a text read out, not a turn
        if re.match(r"\s*(?:I|We)\s+(?:asked|told|pressed|begged|questioned|said\s+to)\s+(?:him|her)\b", self.text[turns[-1].end:prev_end]):
            # quotes.v19: 'Kuibyshev told our group that it had been "…" I asked him what was
            # dangerous in it. / "The applause," he said': the one the narrator asked answers
            return speaker, speaker_id
        # The other party: the one the previous turn addresses, or the speaker of the turn
        # before it (an exchange A-B-A), never someone from talk further back.
        addressed = self._addressee(turns[-1])
        if addressed is not None:
            other, other_id = addressed.text, addressed.entity_id
        elif index >= 2:
            before_start, before_end = self.paragraphs[index - 2]
            earlier = [q for q in result if before_start <= q.start < before_end and q.kind == "direct"]
            if not earlier or earlier[-1].end < before_end - 60:
                return speaker, speaker_id
            other, other_id = earlier[-1].speaker, earlier[-1].speaker_id
        else:
            return speaker, speaker_id
        if other is None or other == turns[-1].speaker or _unnamed_person(other) or not _gender_fits(pronoun, other):
            return speaker, speaker_id
        named = [m for m in self.mentions if m.text == other and not self._inside_quotation(m.start)]
        if named and not self._fits_pronoun(pronoun, named[-1]):
            return speaker, speaker_id
        return other, other_id

    def _pronoun_fits_name(self, pronoun: str, name: str) -> bool:
        """Whether the text's mentions of ``name`` outside quotations fit ``pronoun``."""
        named = [m for m in self.mentions if m.text == name and not self._inside_quotation(m.start)]
        return not named or self._fits_pronoun(pronoun, named[-1])

    def _other_party(self, turn: Quotation, result: list[Quotation], before: int):
        def same(name, entity_id):
            return (entity_id is not None and entity_id == turn.speaker_id) or name == turn.speaker

        # "Oh, Charlotte, read that part again." — the one addressed answers.
        addressed = self._addressee(turn)
        if addressed is None:
            # '"Nadya," he said, "if they come ..."': the first half of an interrupted turn
            p_start = self._paragraph_start(turn.start)
            for q in reversed(result):
                if q.start >= turn.start:
                    continue
                if q.start < p_start or not same(q.speaker, q.speaker_id):
                    break
                addressed = self._addressee(q)
                if addressed is not None:
                    break
        if addressed is not None and not same(addressed.text, addressed.entity_id):
            return addressed.text, addressed.entity_id
        for q in reversed(result[-8:]):
            if q.start < turn.start and (q.speaker or q.speaker_id) and not same(q.speaker, q.speaker_id):
                colon = _previous_non_space(self.text, q.start)
                if colon >= 0 and self.text[colon] == ":" and self._paragraph_start(q.start) != q.start:
                    continue  # "Tomás played the voicemail ...: “...”": a text played or read out, no party
                return q.speaker, q.speaker_id
        index = bisect.bisect_right(self.paragraph_starts, before) - 1
        window_start = self.paragraphs[max(0, index - 3)][0]
        for mention in reversed(self._mentions_between(window_start, before)):
            if self._after_preposition(mention.start):
                continue  # "a tram shuddered round the corner towards Graça"
            if self._is_person(mention) and not self._inside_quotation(mention.start):
                if not same(mention.text, mention.entity_id):
                    return mention.text, mention.entity_id
        if self.narrator and not same(self.narrator, None):
            # '“Are you staying for the meeting?” / “Of course.”' in a memoir: the narrator answers
            return self.narrator, None
        return None, None

    def _vocatives(self, span: _Span) -> set[str]:
        """Lower-case name words addressed inside the quotation: a capitalised name set off at
        its start ("Lucius, you should ...", "Dell.") or end (", Harry.") or between commas, that
        the text also uses as a person outside quotations."""
        if span.block:
            return set()
        content = self.text[span.start:span.end]
        found: set[str] = set()
        pattern = r"(?:^[“\"‘'«—–-]*|[,!?.;—]\s+)((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Colonel|Professor|Senator)\.?\s+)?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?=\s*[,!?.—–-]?\s*[”\"’'»]?\s*$|\s*[,!?])"
        # a quotation nested in the turn ("My doctor prescribes it: 'Twenty minutes, Herr
        # Strauss, twice a day.'") addresses someone for its own speaker, not for the turn's
        nested = [m.span() for m in re.finditer(r"(?<=[\s:])[‘'][^‘’'\n]{2,}?[’'](?=[\s.,!?;:”\"]|$)", content)]
        for match in re.finditer(pattern, content):
            if any(a < match.start(1) < b for a, b in nested):
                continue
            words = [w for w in re.findall(r"[\w’'-]+", match.group(1)) if w.lower() not in TITLE_WORDS]
            if not words or words[0].lower() in CAPITALISED_FUNCTION_WORDS | PRONOUN_SUBJECTS | {"yes", "no", "well", "oh", "please", "thank", "good"}:
                continue
            position = span.start + match.start(1)
            mention = self._mention_at(position, position + len(match.group(1)))
            if mention is None:
                continue
            known = any(
                not self._inside_quotation(m.start) and self._is_person(m) and set(w.lower() for w in words) & set(m.text.lower().split())
                for m in self.mentions
            )
            if known:
                found.update(w.lower() for w in words)
        return found

    def _addressed(self, name: str | None) -> bool:
        """Whether ``name`` is someone the current quotation addresses."""
        if not name or not getattr(self, "addressees", None):
            return False
        return bool(set(name.lower().split()) & self.addressees)

    def _addressee(self, turn: Quotation) -> EntityMention | None:
        """A person named in the vocative inside a turn ("Oh, Charlotte, read it", "Sit down,
        Colonel."), when the text names that person outside quotations too."""
        found = None
        for mention in self._mentions_between(turn.start, turn.end):
            before = self.text[max(turn.start, mention.start - 6):mention.start]
            titled = re.search(r"([A-Z][a-z]+)\.?\s+$", self.text[max(turn.start, mention.start - 16):mention.start])
            called_title = None
            if titled is not None and titled.group(1).lower() in TITLE_WORDS:
                # "Quite true, Aunt Honoria.": a title before the name called
                called_title = titled.group(1).lower()
                start = max(turn.start, mention.start - 16) + titled.start()
                before = self.text[max(turn.start, start - 6):start]
            after = self.text[mention.end:mention.end + 1]
            # At the start of the turn or of one of its sentences ("Both of you. Owen, you
            # signed"), or set off by a comma.
            if not (re.search(r"(?:[,“\"‘.!?]|^)\s*$", before) and after in (",", ".", "!", "?", "”", '"')):
                continue
            if re.search(r"\w\s*$", before):
                continue
            if not before.strip() and mention.start > turn.start + 1:
                continue
            if re.search(r"[.!?]\s*$", before) and after != ",":
                continue  # "... at the depot. Margot knows." : a subject, not a vocative
            named = self._narration_name(mention, turn.start)
            if named is not None and called_title in FEMALE_TITLES + MALE_TITLES and self._title_before(named.start) not in (None, called_title):
                continue  # "Miss Ashcombe" is not the one the narration calls "Mrs. Ashcombe"
            if named is not None:
                found = named
                continue
            known = [m for m in self._mentions_between(0, len(self.text)) if m.text == mention.text and not self._inside_quotation(m.start)]
            if known and called_title in FEMALE_TITLES + MALE_TITLES and self._title_before(known[0].start) not in (None, called_title):
                continue
            if known and self._is_person(known[0]):
                found = known[0]
            elif not known and getattr(self, "narrator", None) and set(mention.text.split()) <= set(self.narrator.split()):
                found = mention  # '"Nadya," he said': the first-person narrator, called by name
        if found is None:
            found = self._titled_addressee(turn)
        if found is None:
            found = self._beat_addressee(turn)
        return found

    def _titled_addressee(self, turn: Quotation) -> EntityMention | None:
        """'On Thursday, Doctor, you will come again': a title alone in the vocative calls the
        person the narration names with that title ("Dr. Kostrov"), when only one is so named."""
        content = self.text[turn.start:turn.end]
        titles = set()
        for match in re.finditer(r"(?:^[“\"‘«]|[,.!?;]\s+)([A-Z][a-z]+)(?=\s*[,!?.]|\s*[”\"»]?\s*$)", content):
            word = match.group(1).lower()
            if word in VOCATIVE_TITLES:
                titles |= VOCATIVE_TITLES[word]
        if not titles:
            return None
        named = {}
        for mention in self._mentions_between(0, turn.start):
            if self._inside_quotation(mention.start) or not self._is_person(mention):
                continue
            title = re.search(r"\b([A-Z][a-z]+)\.?\s+$", self.text[max(0, mention.start - 14):mention.start])
            if title is not None and title.group(1).lower() in titles:
                named.setdefault(mention.text.split()[-1], mention)
        return next(iter(named.values())) if len(named) == 1 else None

    def _narration_name(self, mention: EntityMention, before: int, whole_words: bool = False) -> EntityMention | None:
        """The narration's name for someone a quotation calls by part of it: the latest mention
        before ``before``, outside quotations, holding the words ("Lydia" -> "Lydia Marsh").
        With ``whole_words``, the latest mention that is the name or one word of it ("Walter
        Ng" -> "Ng", never "Grace Ng")."""
        words = set(mention.text.split())
        for other in reversed(self._mentions_between(0, before)):
            if self._inside_quotation(other.start) or not self._is_person(other):
                continue
            if whole_words and (other.text == mention.text or (" " not in other.text and other.text in words)):
                return other
            if not whole_words and words <= set(other.text.split()):
                return other
        return None

    def _in_answer(self, position: int) -> bool:
        """Whether ``position`` is in an interview's answer: after a question, not in one."""
        if not self.interview_questions or position < self.interview_questions[0][0]:
            return False
        return not any(a <= position < b for a, b in self.interview_questions)

    def _beat_addressee(self, turn: Quotation) -> EntityMention | None:
        """The one a turn's tag or beat turns to ('"Someone," said Tom, looking at Ruth.',
        "she said to Ellen"): a person after "at" or "to" in the narration of the turn's
        sentence."""
        end = self._sentence_end(turn.end)
        for mention in self._mentions_between(turn.end, end):
            if self._inside_quotation(mention.start) or not self._is_person(mention):
                continue
            before = self._tokens(max(turn.end, mention.start - 12), mention.start)
            if before and before[-1][2].lower() in ("at", "to", "towards", "toward"):
                if mention.text != turn.speaker:
                    return mention
        return None

    def _sentence_subject(self, start: int, end: int):
        """(name, id) of the subject opening the sentence [start, end), or None: a speaker
        mention or pronoun among its first words, after an introductory phrase and comma."""
        tokens = self._tokens(start, end)
        first = 0
        # A subordinate clause may run longer ("When she turned at last and caught his eye, he").
        reach = 16 if tokens and tokens[0][2].lower() in INTRODUCERS else 8
        for k, token in enumerate(tokens[:reach]):
            if token[2] == ",":
                opener = tokens[0][2]
                # "When the car had gone, the old man", "Writing in The Guardian, Coste": an
                # opening clause; but "The historian Martin Kessler, in Die Zeit," is the subject
                # ("He took out his phone, an old Nokia": a pronoun opener is the subject)
                coordinated = opener.lower() in ("but", "and", "yet", "so", "or") and len(tokens) > 1 and (
                    tokens[1][2].lower() in PRONOUN_SUBJECTS or self._mention_at(*tokens[1][:2]) is not None
                )  # "But she smiled as she said it, and he understood": the subject follows "But"
                if not coordinated and (opener.lower() in (CAPITALISED_FUNCTION_WORDS | PREPOSITIONS) - DETERMINERS - SINGULAR_PRONOUNS - PLURAL_PRONOUNS
                        or opener[:1].isupper() and opener.lower().endswith(("ing", "ed")) and len(opener) > 4
                        and self._mention_at(*tokens[0][:2]) is None):
                    first = k + 1
                if coordinated:
                    first = 1
                break
        else:
            # an opening time phrase with no comma: "Twenty years later Engels ...", "In 1917 Lenin ..."
            opening = LEADING_TIME_PHRASE.match(self.text, start, end)
            if opening:
                first = len(self._tokens(start, opening.end()))
        for mention in self._mentions_between(start, tokens[min(len(tokens) - 1, 10)][1] if tokens else start):
            if self._is_person(mention) and self._opening_apposition(start, mention):
                return mention.text, mention.entity_id  # "Our cell secretary, Kuzmin, stopped me"
        while first + 1 < len(tokens) and (
            tokens[first][2].lower() in TITLE_WORDS or tokens[first][2] in NAME_ADJECTIVES and tokens[first + 1][2].lower() in TITLE_WORDS
        ) and self._mention_at(*tokens[first][:2]) is None:
            first += 1  # "Mrs. Pennington broke the seal", "Old Mrs. Quayle looked up"
            if tokens[first][2] == ".":
                first += 1
        for j in range(first, min(first + 3, len(tokens))):
            begin, stop, word = tokens[j]
            mention = self._mention_at(begin, stop)
            if mention is not None and (self._is_speaker_mention(mention) or self._is_person(mention)):
                if self.text.startswith(("'s", "’s"), mention.end):
                    # "Ruth's hands stopped." acts for Ruth; "Ruth's brother came in" does not.
                    following = re.match(r"..\s+(\w+)", self.text[mention.end:mention.end + 30])
                    if following is None or following.group(1).lower() not in BODY_NOUNS:
                        return None
                return mention.text, mention.entity_id
            if word.lower() in PRONOUN_SUBJECTS:
                return self._resolve_pronoun(word.lower(), begin)
            if word == "The" and j == first and j + 2 < len(tokens) and tokens[j + 1][2].lower() in TITLE_WORDS - FEMALE_KIN - MALE_KIN and (
                tokens[j + 1][2][:1].isupper() and self._mention_at(*tokens[j + 1][:2]) is None
                and tokens[j + 2][2].isalpha() and tokens[j + 2][2].islower() and tokens[j + 2][2] not in NOT_VERBS_AFTER_SUBJECT
            ):
                # "The Colonel shrugged.": a title standing for the one the text gave it
                return self.text[begin:tokens[j + 1][1]], None
            if word in ("the", "The") and j + 1 < len(tokens):
                # "When the Buick had gone, the old man stood at the window": a description.
                for n in range(j + 1, min(j + 4, len(tokens))):
                    if not tokens[n][2].isalpha() or not tokens[n][2].islower():
                        break
                    if tokens[n][2] in GENDERED_PERSON_NOUNS or tokens[n][2] in ROLE_TITLES:
                        # "The clergyman shrugged.": a role noun the text gave someone's title
                        return self.text[begin:tokens[n][1]], None
                    if n == j + 1 and word == "The" and j == first and self._named_body_with_head(tokens[n][2], begin) is not None:
                        # "The commission put its conclusion in one sentence:": a body the text
                        # named with that head noun
                        return self.text[begin:tokens[n][1]], None
            if mention is not None or not word[0].isalnum() or word.lower() in TERM_CONTEXT_WORDS - DETERMINERS:
                return None  # "Analysts at Tampere University": the name is not the subject
        return None

    def _recent_cue_speaker(
        self, span: _Span, result: list[Quotation], paragraphs: int, sentences: int, attribution: bool
    ) -> tuple[str | None, str | None]:
        """The speaker of the latest cue (a verb with a named subject) or attributed quotation
        before ``span``, within its paragraph and ``paragraphs`` before it, at most
        ``sentences`` sentences back."""
        index = bisect.bisect_right(self.paragraph_starts, span.start) - 1
        if re.match(r"[A-Z][A-Z .,'&-]{2,}\.?\s?[—–]|[A-Z][A-Z .,'&-]{2,}\.--", self.text[self.paragraphs[index][0]:self.paragraphs[index][0] + 60]):
            # quotes.v19: "HIGHLAND RAILWAY.—... The Directors regret the inconvenience, but
            # “...”": a newspaper's item under its own heading takes no speaker from the item before
            paragraphs = 0
        window_start = self.paragraphs[max(0, index - paragraphs)][0]
        best: tuple[int, str | None, str | None] | None = None
        attributed: tuple[int, str | None, str | None] | None = None
        current = bisect.bisect_right(self.sentence_starts, span.start) - 1
        for s in range(current - 1, max(current - 1 - sentences, -1), -1):
            s_start = self.sentence_starts[s]
            if s_start < window_start:
                break
            s_end = self.sentence_starts[s + 1]
            tokens = self._tokens(s_start, s_end)
            cue = self._cue_in_tokens(tokens, len(tokens), require_subject=True)
            if cue is not None and cue.speaker is not None:
                best = (s_start, cue.speaker, cue.speaker_id)
                break
            if attribution and attributed is None:
                cue = self._cue_in_tokens(tokens, len(tokens), require_subject=True, attribution=True)
                if cue is not None and cue.speaker is not None:
                    attributed = (s_start, cue.speaker, cue.speaker_id)
        if best is None:
            best = attributed  # no speech verb about: a verb of thought ("he believed")
        for q in reversed(result):
            if q.start < window_start:
                break
            if q.kind in ("direct", "block") and (q.speaker or q.speaker_id):
                if best is None or q.start > best[0]:
                    if paragraphs or self._paragraph_start(q.start) == self._paragraph_start(span.start):
                        best = (q.start, q.speaker, q.speaker_id)
                break
        return (best[1], best[2]) if best else (None, None)

    def _continued_speech(self, span: _Span, previous: Quotation | None) -> Quotation | None:
        """The direct quotation this one continues, if it reads as more of the same speech."""
        if span.block or previous is None or previous.kind != "direct":
            return None
        if self._paragraph_start(previous.start) != self._paragraph_start(span.start):
            return None
        content = self.text[span.start + 1:span.end].rstrip("”»\"’' ")
        interrupted = previous.text.rstrip("”»\"’' ").endswith(",") and len(WORD_COUNT_RE.findall(content)) >= 3
        if not (content.lstrip(" .…")[:1].isupper() or interrupted) or not content.endswith((".", "!", "?", ",", "…")):
            return None
        for mention in self._mentions_between(previous.end, span.start):
            same = mention.text == previous.speaker or (
                mention.entity_id is not None and mention.entity_id == previous.speaker_id
            )
            if mention.label in PERSON_LABELS and not same:
                return None  # someone else may speak now
        if len(self._tokens(previous.end, span.start)) > 12:
            return None
        return previous

    def _marked_kind(self, span: _Span, cue: _Cue | None) -> str:
        text = self.text
        content = text[span.start + 1:span.end - 1] if span.end - span.start >= 2 else ""
        if text[span.end - 1] not in CLOSING_ENDS:
            content = text[span.start + 1:span.end]  # unclosed: no closing mark to drop
        words = WORD_COUNT_RE.findall(content)
        n_words = len(words)
        stripped = content.strip(" .…\u00a0")
        ends_sentence = content.rstrip().endswith((".", "!", "?", "…"))
        if self._is_title(span, words, content):
            return "title"
        if n_words >= 2 and self._entered_in_book(span, words):
            self.entries.add(span.start)
            return "direct"
        if re.search(r"\b[Ss]o-called\s+$", text[max(0, span.start - 12):span.start]):
            return "term"  # quotes.v19: 'the so-called "Clemenceau thesis"': a name the narration keeps at a distance
        if n_words <= 8 and self._quoted_modifier(span, content):
            return "term"
        named_person = re.search(r"\b(?:whom|him|her|them|name|nickname|named|dubbed)\b[^.;!?]{0,25}$", self.masked[self._sentence_start(span.start):span.start])
        verdict = n_words == 1 and cue is not None and cue.naming and cue.speaker is not None and stripped[:1].islower() and not named_person and re.search(
            r"\b(?:called|calls|call|calling|described|describes|termed)\s+the\s+(?:(?!an?\s)[a-z]+\s+){0,2}(?!an?\s)[a-z]+\s*$", self.masked[self._sentence_start(span.start):span.start]
        ) is not None and not stripped.endswith("s")
        # (quotes.v20: 'called the result "extraordinary"', 'called the timetable "unworkable"':
        # a named speaker's one-word verdict on a thing the sentence names is their word, not a
        # name for it; 'calls militant campaigners "suffragettes"' stays a term)
        if verdict:
            return "direct"
        if n_words <= 5 and words and words[0] == "the" and len(words) >= 2 and not _superlative(words[1]) and not re.search(
            r"[.!?,;:]$", content.rstrip()
        ) and re.search(
            r"\b(?:(?:called|calls|call|dubbed|named|termed|christened)\s+(?:it|them|this|that)|what\s+(?:[a-z]+\s+){1,2}(?:called|calls|call|termed))\s+$",
            self.masked[self._sentence_start(span.start):span.start],
        ):
            # quotes.v20: 'He called it "the planet without a visa"', 'what he called "the
            # dictatorship of finance"': a definite name given to the thing is a term (its
            # coiner stays its speaker); a superlative verdict ('called it "the most expensive
            # sulk"') is speech
            return "term"
        if cue is not None and cue.naming and n_words <= 4 and (cue.speaker is None or n_words == 1 or named_person):
            # (quotes.v16: a named speaker's words of two or more are reported: 'called the vote
            # "a fire sale"', 'described the charges as "a fantastic lie"'; a name given to
            # someone stays a term: 'whom he called "mad dogs"')
            return "term"
        paragraph_start = self._paragraph_start(span.start) == span.start
        if span.colon_before and n_words >= 1:
            return "direct"
        if n_words >= 3 and self._cited_author(span, cue) is not None:
            return "direct"  # words cited to an author-year reference are someone's writing
        if paragraph_start and (n_words >= 4 or content.rstrip().endswith((".", "!", "?", ","))):
            return "direct"
        if n_words >= 8:
            return "direct"
        if cue is not None and self._cue_makes_direct(span, cue, n_words, stripped):
            return "direct"
        if stripped[:1].isupper() and n_words >= 3 and ends_sentence:
            return "direct"
        if stripped[:1].isupper() and content.rstrip(" ,").endswith("!") and not re.match(r"[ \t]+[a-z]", text[span.end:span.end + 3]):
            # quotes.v21: '(Uproar. Cries of "Slander!")': a capitalised word or two ending in an
            # exclamation mark is something cried out, speech; a name that goes on as a noun's
            # modifier or an object ('saw "Oklahoma!" twice') is no cry
            before = [w.lower() for _, _, w in self._tokens(self._sentence_start(span.start), span.start) if w[0].isalnum()]
            if not before or before[-1] not in DETERMINERS:
                return "direct"
        if stripped[:1].islower() and n_words >= 3 and re.search(r"[a-z][.!?]$", content.rstrip()) and not self._narration_term(span):
            # quotes.v20: 'and that the deportation "closes the chapter of the opposition."': words
            # that finish the narration's sentence inside the marks are the rest of a reported
            # sentence; a phrase set after an article or "of" ('defined it as a "degenerated
            # workers' state."', 'the theory of "socialism in one country."') stays a term
            before = [w.lower() for _, _, w in self._tokens(self._sentence_start(span.start), span.start) if w[0].isalnum()]
            if not before or before[-1] not in DETERMINERS | {"of"}:
                self.fragments.add(span.start)
                return "direct"
        if stripped[:1].isupper() and n_words == 2 and ends_sentence and any(
            w[:1].islower() and w.lower() not in TITLE_MINOR_WORDS for w in words
        ) and not paragraph_start and not self.masked[self._sentence_start(span.start):span.start].strip():
            # 'Marta did not move. “You're late.”': a short sentence of speech standing as its own
            # sentence after narration is a turn, not a quoted term (a name has no lower-case word).
            return "direct"
        if stripped[:1].isupper() and n_words >= 3 and any(w[:1].islower() and w.lower() not in TITLE_MINOR_WORDS for w in words):
            # "the lie that “Trotsky underestimates the peasantry”": a quoted clause, not a term.
            before = self._tokens(self._sentence_start(span.start), span.start)
            if before and before[-1][2].lower() == "that":
                return "direct"
        return "term"

    def _narration_term(self, span: _Span) -> bool:
        """quotes.v19: 'in November the “Right deviation” was condemned', 'feared that the
        “extraordinary measures” would become': a term after an article, as the subject of the
        verb right after it, is the narration's name for a thing, no one's words."""
        if re.search(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+){0,2}(?:called|named|dubbed|styled|termed|known\s+as)\s+$", self.masked[max(0, span.start - 60):span.start]):
            return True  # 'a doctrine called “Trotskyism” had been assembled': no one names it
        words = [w for _, _, w in self._tokens(max(self._sentence_start(span.start), span.start - 20), span.start)][-1:]
        if not words or words[0].lower() not in ("the", "a", "an", "this", "that", "these", "those"):
            return False
        after = re.match(r"[ \t]+(?:(?:never|also|soon|then|still|only|already)\s+)?([a-z]+)\b", self.text[span.end:span.end + 30])
        if after is None:
            return False
        word = after.group(1)
        # a finite verb: an auxiliary, or a past tense ('the "triumvirate" answered with a flood')
        return word in SUBJECT_TERM_VERBS or (word.endswith("ed") and len(word) > 4 and word not in ("need", "speed", "seed", "breed", "creed", "steed"))

    def _quoted_modifier(self, span: _Span, content: str) -> bool:
        """quotes.v17: 'attacked in the traditional “horns of the buffalo” formation': words set
        between a determiner (with perhaps one adjective) and the noun they modify name a thing."""
        if content.rstrip()[-1:] in tuple(".!?,;:…"):
            return False
        words = [w for _, _, w in self._tokens(max(self._sentence_start(span.start), span.start - 40), span.start)][-2:]
        if not words or not (words[-1].lower() in DETERMINERS or (
                len(words) == 2 and words[0].lower() in DETERMINERS and words[1].isalpha() and words[1].islower())):
            return False
        after = re.match(r"[ \t]+([a-z][a-z-]+)\b", self.text[span.end:span.end + 40])
        if after is None or after.group(1) in TITLE_MINOR_WORDS | CLAUSE_BREAKS | FILLER_WORDS | _PREPOSITIONS:
            return False
        return not _cue_length(self._tokens(span.end, span.end + 40), 0)

    def _cue_makes_direct(self, span: _Span, cue: _Cue, n_words: int, stripped: str) -> bool:
        """Whether a cued quotation reports speech rather than naming a term."""
        before = self._tokens(self._sentence_start(span.start), span.start)
        words_before = [w.lower() for _, _, w in before if w[0].isalnum()]
        if cue.end >= 0:  # the cue follows the quotation
            opens_sentence = not words_before
            # '“and that,” he said, “was the year my father gave up.”': a sentence of speech
            # interrupted by its tag
            interrupted = self.text[span.start:span.end].rstrip(CLOSING_ENDS).endswith(",") and re.match(
                r"[,;]?\s*[“\"‘]", self.text[cue.end:cue.end + 4]
            ) is not None
            return opens_sentence or n_words >= 5 or stripped[:1].isupper() or interrupted
        if cue.adjacent:
            return True
        if cue.naming and cue.speaker is not None and n_words >= 2 and stripped[:1].islower() and words_before and words_before[-1] not in DETERMINERS and (
            stripped.split()[0].lower() != "the" or re.search(r"[.!?]$", stripped + self.text[span.end - 2:span.end - 1].strip(CLOSING_ENDS))
            or (len(stripped.split()) >= 2 and _superlative(stripped.split()[1]))  # quotes.v21: 'called it "the last great charge"'
        ) and not re.search(r"\b(?:what|whom|so-called)\b", " ".join(words_before[-6:])):
            # quotes.v20: 'A Rocha Ghana called the vote "long overdue"', 'described the measure
            # as "a sop to the agitators,"': a named speaker's verdict is reported speech; a name
            # given to a thing ('called it "the planet without a visa"') and "what X calls" stay terms
            return True
        if len(cue.gap) == 1 and cue.gap[0] in ("of", "about", "against") and n_words >= 2:
            return True  # 'warns of "summer of stoppages"': the preposition belongs to the verb
        if cue.gap == ("to",) and n_words >= 3 and cue.verb in CUE_VERBS:
            return True  # 'promises to "put order back on the streets"'
        if cue.verb in REPORTING_VERBS and n_words >= 2 and cue.speaker is not None and not (
            words_before and words_before[-1] in TERM_CONTEXT_WORDS
        ):
            return True  # 'said its own figures were "considerably lower"': reported words
        if cue.speaker is not None and not cue.attribution and n_words >= 2 and stripped.split()[0] in ("by", "with", "in", "at", "for", "without", "under", "from") and words_before and words_before[-1] not in DETERMINERS | _PREPOSITIONS:
            # quotes.v20: 'he stated that he had been brought to the frontier "by force"': a
            # phrase of manner or time that a named speaker's reported clause ends with is theirs
            return True
        if cue.speaker is not None and cue.verb in CUE_VERBS and stripped[:1].islower() and words_before and len(cue.gap) >= 2 and (
            words_before[-1] in BE_FORMS | VERB_AUXILIARIES | {"to", "by", "that"} or words_before[-1].endswith("ed") and n_words >= 2
        ) and not re.search(r"\b(?:what|so-called)\b", " ".join(words_before[-8:])):
            # quotes.v20: 'said the bill was "rushed"', 'said the delay was needed to "get the
            # legislation right"', 'said fares would go up by "at least ten percent"': the words
            # that complete a clause a named speaker reports are theirs, not a term
            return True
        if cue.speaker is not None and cue.verb in CUE_VERBS and stripped[:1].islower() and n_words <= 3 and "that" in words_before[-4:-1] and (
            words_before[-1] not in DETERMINERS | _PREPOSITIONS | {"that"}
        ) and re.match(r"[ \t]+(?:it|them|him|her|us|me|the|a|an|this|these|those|his|their|its|our)\b", self.text[span.end:span.end + 8]):
            # quotes.v21: 'demanded that the party "bury" it': quoted words that take the
            # reported clause's object after its subject are its verb, the speaker's words; a
            # noun in the clause ('demanded that the party "bureaucrats" resign') stays a term
            return True
        modals = ("should", "would", "could", "will", "must", "might", "may", "can", "shall")
        if cue.verb in CUE_VERBS and cue.speaker is not None and n_words >= 2 and (
            (words_before and words_before[-1] in modals) or (stripped.split()[0].lower() in modals and "that" in words_before)
        ):
            # 'replied that he should "be patient"', 'said that a cold winter "could buy the
            # glacier a decade"': the verb phrase reported is speech
            return True
        if n_words >= 6:
            return True
        return n_words >= 3 and not (words_before and words_before[-1] in TERM_CONTEXT_WORDS)

    def _work_of_art_covers(self, span: _Span) -> bool:
        """Whether the tagger calls the quoted words a work (a book, film or song title)."""
        for mention in self._mentions_between(span.start, span.end + 1):
            if mention.label == "WORK_OF_ART" and mention.start <= span.start + 2 and mention.end >= span.end - 3:
                return True
        return False

    def _entered_in_book(self, span: _Span, words: list[str]) -> bool:
        """quotes.v21: 'wrote me down in his book as "Ashby, outside, to Exeter"': what a
        writing verb enters in a book "as" is the words written there, someone's writing and no
        title; a title keeps its capitals ('printed it in the magazine as "The Last Days"')."""
        sentence = self.masked[self._sentence_start(span.start):span.start]
        return re.search(
            r"\b(?:wrote|written|writes|write|entered|enters|put|set|noted|marked|listed)\b[^.;:!?]{0,40}\bin\s+(?:\w+\s+)?"
            r"(?:book|books|register|ledger|notebook|diary|journal|log|list|record)\s+as\s*$",
            sentence,
        ) is not None and any(w[:1].islower() and w.lower() not in TITLE_MINOR_WORDS for w in words)

    def _is_title(self, span: _Span, words: list[str], content: str) -> bool:
        if not words or len(words) > 20 or re.search(r"[.!?]\s+\w", content):
            return False
        if words[0][:1].islower() and len(words) >= 5 and content.rstrip().endswith((".", "!", "?")):
            return False  # the rest of an interrupted sentence, not a title
        before = self._tokens(max(self._sentence_start(span.start), span.start - 60), span.start)
        before_words = [w.lower() for _, _, w in before if w[0].isalnum()][-3:]
        if before_words and before_words[-1] in ("read", "reading") and content.rstrip().endswith("!"):
            return False  # quotes.v19: 'streamers reading “Down with the Kulak!”': a slogan's words, no title
        if len(words) >= 2 and self._work_of_art_covers(span):
            return True
        recent = [w.lower() for _, _, w in before if w[0].isalnum()][-5:]
        if self._entered_in_book(span, words):
            return False
        # "he was allowed to work “no more than ten minutes”": after "to" a cue word is a verb
        if any(w in TITLE_CUES and not (k > 0 and before_words[k - 1] == "to") for k, w in enumerate(before_words)) and not (
            # "Trotsky calls the whole story “a crude forgery”": what a naming verb calls a work
            # is a term for it, not its title (a title would be capitalised).
            words[0][:1].islower() and any(w in NAMING_VERBS for w in recent)
        ) and not (
            # "The statement said the work had “stabilized the structure”": a verb after the work
            # noun makes the lower-case words its predicate, not its title.
            words[0][:1].islower() and before_words[-1] not in TITLE_CUES
            and before_words[-1] in VERB_AUXILIARIES | BE_FORMS
        ):
            return True
        if before_words and before_words[-1] in SINGING_VERBS and words[0][:1].isupper():
            return True  # 'will not sing “We plough the fields, and scatter”': a song's title
        if len(before_words) >= 2 and before_words[-1] == "the" and words[0][:1].isupper() and (
            before_words[-2] in SINGING_VERBS or before_words[-2] == "of" and len(before_words) == 3 and before_words[0] in SINGING_VERBS | {"strains"}
        ):
            return True  # quotes.v19: 'the singing of the “Internationale.”', 'sang the “Marseillaise”'
        if not (2 <= len(words) <= 12) or not before_words:
            return False
        title_case = all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_MINOR_WORDS for w in words) and words[0][0].isupper()
        if title_case and len(words) <= 8 and (words[-1].lower() in DOCUMENT_NOUNS or words[0].lower() in DOCUMENT_NOUNS):
            return True  # the name of a document: "Moscow Directive", "Platform of the 46"
        if title_case and len(words) <= 12 and not content.rstrip().endswith((".", "!", "?", ",")) and (
            before_words[-1] in DOCUMENT_NOUNS | {"resolutions", "appeals", "text"} or before_words[-2:] == ["published", "as"]
        ) and not span.colon_before:
            # quotes.v20: 'the resolution "On Party Unity"', 'the group's shorter appeal "To All
            # Members of the VKP(b)"', 'later published as "On the Question of ..."': a document's
            # name in title case right after the noun for it
            return True
        if before_words[-1] not in TITLE_CASE_INTRODUCERS:
            return False
        return all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_MINOR_WORDS for w in words) and words[0][0].isupper()

    # --- cues --------------------------------------------------------------------------------

    def _cue_before(self, span: _Span) -> _Cue | None:
        sentence_start = self._sentence_start(span.start)
        region_start, region_end = sentence_start, span.start
        if not self.masked[sentence_start:span.start].strip():
            # The quotation opens its sentence: only a colon-ending introduction counts.
            colon = _previous_non_space(self.masked, sentence_start)
            if colon < 0 or self.masked[colon] != ":":
                return None
            region_start, region_end = self._sentence_start(colon), colon
        tokens = self._tokens(region_start, region_end)
        colon_intro = self.masked[region_start:span.start].rstrip().endswith(":")
        found = self._cue_in_tokens(tokens, len(tokens), require_subject=True) or self._cue_in_tokens(
            tokens, len(tokens), require_subject=True, attribution=True
        ) or (self._speech_giver(tokens) if colon_intro else None)
        if found is None and colon_intro and region_start > 0 and re.search(
            r"\b(?:quote|paraphrase|read|give|summari[sz]e|translate)\s+(?:it|them|its|a\s+part|part)\b", self.masked[region_start:region_end]
        ):
            # "Kamenev made the famous speech. I'll paraphrase it closely: “...”": the speech
            # the sentence before has someone give
            found = self._speech_giver(self._tokens(self._sentence_start(region_start - 1), region_start))
        return found

    def _speech_giver(self, tokens: list) -> _Cue | None:
        """'X gives the speech later published as ...: “...”': whoever gives, delivers or makes
        a speech in the sentence a colon ends speaks the words after the colon. Only a colon's
        introduction counts, so a speech merely mentioned before a quotation gives nobody."""
        for i in range(len(tokens) - 1, 0, -1):
            if tokens[i][2].lower() not in SPEECH_NOUNS:
                continue
            for v in range(i - 1, max(i - 7, -1), -1):
                if tokens[v][2].lower() in GIVING_VERBS:
                    subject = self._subject_before(tokens, v)
                    if subject is not None and subject[0] is not None:
                        return _Cue(subject[0], subject[1], False, False, -1, False, (), tokens[v][2].lower())
                    break
        return None

    def _cue_in_tokens(
        self, tokens: list, limit: int, require_subject: bool, attribution: bool = False
    ) -> _Cue | None:
        """The last cue verb in ``tokens`` with a subject (or any cue, if not required).

        With ``attribution`` verbs of thought and stance count too ("felt", "anticipated").
        """
        fallback: _Cue | None = None
        described_speaker: _Cue | None = None
        for i in range(limit - 1, -1, -1):
            length = _cue_length(tokens, i, attribution) or self._verb_after_person(tokens, i)
            if not length and not _is_according_to(tokens, i):
                continue
            between = [w.lower() for _, _, w in tokens[i + max(length, 1):limit]]
            if len(between) > 25:
                break
            adjacent = len(between) <= 2 and all(w in ADJACENT_WORDS for w in between)
            # A naming verb names the quotation right after it, not one after another quotation.
            naming = tokens[i][2].lower() in NAMING_VERBS and not any(
                not w[0].isalnum() and DOUBLE_MARK_RE.match(w) for w in between
            )
            is_attribution = bool(length) and tokens[i][2].lower() not in CUE_VERBS | NAMING_VERBS
            progressive = tokens[i][2].lower().endswith("ing") and tokens[i][2].lower() != "continuing"
            # "since the case was first reported": an adverb may stand inside a passive
            be_at = i - 2 if i > 1 and (tokens[i - 1][2].lower() in NAME_VERB_ADVERBS | CUE_ADVERBS or tokens[i - 1][2].lower().endswith("ly")) else i - 1
            if length and be_at >= 0 and tokens[be_at][2].lower() in BE_FORMS and not progressive:
                # Passive ("could be called"): its subject is not the speaker; a "by" agent is.
                # "was confiding to Kamenev that" is no passive: its subject speaks. ("talks
                # were continuing" is no speech at all.)
                k = i + length
                if k < limit and tokens[k][2].lower() == "by":
                    subject = self._subject_after(tokens, k + 1)
                    if subject is not None:
                        return _Cue(subject[0], subject[1], False, False, -1, is_attribution, tuple(between))
                continue
            reported = self._reported_speaker(tokens, i)
            if reported is not None:
                subject = reported
            elif _is_according_to(tokens, i):
                subject = self._subject_after(tokens, i + 2)
            else:
                subject = self._subject_before(tokens, i)
                if subject is None:
                    subject = self._inverted_subject(tokens, i + length, limit)
                if subject is None and (is_attribution or tokens[i][2].lower().endswith("ing")):
                    subject = self._clause_first_subject(tokens, i)
            if tokens[i][2].lower().startswith("quot") and not (i > 0 and tokens[i - 1][2].lower() in BE_FORMS):
                # "she quotes with approval his letter of December 1931:": the one quoted speaks
                owner = self._quoted_owner(tokens, i + 1, limit)
                if owner is not None:
                    return _Cue(owner[0], owner[1], adjacent, naming, -1, is_attribution, tuple(between), tokens[i][2].lower())
            if subject is not None and tokens[i][2].lower().startswith("quot") and 0 <= subject[2] < len(tokens) and (
                tokens[subject[2]][2].lower() in FIRST_PERSON_PRONOUNS
            ):
                continue  # "and I’m quoting from memory": the one who quotes is not the one quoted
            if subject is not None and described_speaker is not None:
                return described_speaker
            if subject is not None:
                name, entity_id, at = subject
                if name is not None and entity_id is None and _thing_description(name) and i > 0:
                    # quotes.v17: "Grace Mutua ... said the levy would add “...”": a thing is no
                    # speaker; the reporting verb before it has the one who speaks
                    outer = self._cue_in_tokens(tokens, i, require_subject=True, attribution=attribution)
                    if outer is not None and outer.speaker is not None and not _thing_description(outer.speaker):
                        return replace(outer, gap=tuple(between))
                if 2 <= at < i and tokens[at - 1][2].lower() == "that" and any(
                    between[k] == "and" and between[k + 1] == "that" for k in range(len(between) - 1)
                ):
                    # quotes.v20: 'His Worship observed that the Bench had warned them, and that
                    # "..."': a second that-clause joined to the first is still the outer
                    # verb's report, not the words of the verb inside the first clause
                    outer = self._cue_in_tokens(tokens, at - 1, require_subject=True, attribution=attribution)
                    if outer is not None and outer.speaker is not None:
                        return replace(outer, gap=tuple(between))
                if 1 <= at < i and tokens[at - 1][2] == "," and i + max(length, 1) + 1 < limit and tokens[i + max(length, 1)][2] == ",":
                    # (quotes.v19: not a tag whose comma ends the words before the quotation:
                    # "While he was answering her, Cotterell ... and said, “...”")
                    # "Radek told him, Serge recalled, that “...”": a reporting clause set between
                    # commas only vouches for the report; the main clause's speaker speaks
                    main = self._cue_in_tokens(tokens, at - 1, require_subject=True, attribution=attribution)
                    if main is not None and main.speaker is not None:
                        return replace(main, gap=tuple(between))
                return _Cue(name, entity_id, adjacent, naming, -1, is_attribution, tuple(between), tokens[i][2].lower())
            if fallback is None and length:
                fallback = _Cue(None, None, adjacent, naming, -1, is_attribution, tuple(between))
            if length and subject is None and not is_attribution and described_speaker is None and i >= 2:
                # quotes.v20: 'He says the telegraph clerk, a Kazakh boy, told him: “...”': the
                # verb nearest the quotation has an unnamed person for its subject; the one who
                # reports it further out is not the speaker
                k = i - 1
                if tokens[k][2] == ",":
                    k -= 1
                    while k > 0 and i - k <= 8 and tokens[k][2] != ",":
                        k -= 1
                    k -= 1
                if k >= 1 and tokens[k][2].isalpha() and tokens[k][2].islower() and _is_person_noun(tokens[k][2]) and (
                    tokens[k - 1][2].lower() in DETERMINERS or (k >= 2 and tokens[k - 2][2].lower() in DETERMINERS and tokens[k - 1][2].islower())
                ):
                    first = k - 1 if tokens[k - 1][2].lower() in DETERMINERS else k - 2
                    described = " ".join(w for _, _, w in tokens[first:k + 1])
                    described_speaker = _Cue(described, None, adjacent, naming, -1, is_attribution, tuple(between), tokens[i][2].lower())
        return None if require_subject else fallback

    def _verb_after_person(self, tokens: list, i: int) -> int:
        """1 when ``tokens[i]``, a cue that is also a noun ("calls", "claims"), follows a
        person's name and comes before an article or object pronoun: "Trotsky calls the whole
        story “...”" is a verb ("Trotsky's calls" or "calls for" would be the noun)."""
        if i < 1 or tokens[i][2].lower() not in NOUN_LIKE_CUES:
            return 0
        named = self._mention_at(*tokens[i - 1][:2])
        if named is not None and named.end == tokens[i - 1][1] and named.label in SPEAKER_LABELS:
            k = i - 1
            while k > 0 and tokens[k - 1][0] >= named.start:
                k -= 1
            if k >= 1 and tokens[k - 1][2].lower() == "what":
                return 1  # "what the Opposition calls the danger of “...”": a free relative's verb
        if i + 2 < len(tokens) and tokens[i + 1][2].lower() == "for" and tokens[i + 2][2].lower() in DETERMINERS and (
            named is not None and named.end == tokens[i - 1][1] and named.label in PERSON_LABELS
        ):
            return 2  # "Trotsky calls for the “statification” of the unions"
        if i + 1 >= len(tokens) or tokens[i + 1][2].lower() not in DETERMINERS | {"him", "her", "them", "it"}:
            return 0
        if i >= 2 and tokens[i - 1][2] == ",":
            # quotes.v19: "his newspaper, the Leningradskaya Pravda, calls the decision": a name
            # in apposition closed by a comma right before the verb
            closed = self._mention_at(*tokens[i - 2][:2])
            if closed is not None and closed.end == tokens[i - 2][1] and closed.label in PERSON_LABELS | {"ORG"}:
                k = i - 2
                while k > 0 and tokens[k - 1][0] >= closed.start:
                    k -= 1
                if k >= 2 and tokens[k - 1][2].lower() == "the":
                    k -= 1
                if k >= 1 and tokens[k - 1][2] == ",":
                    return 1
        mention = self._mention_at(*tokens[i - 1][:2])
        if mention is None or mention.label not in PERSON_LABELS or mention.end != tokens[i - 1][1]:
            return 0
        return 1

    def _quoted_owner(self, tokens: list, k: int, limit: int):
        """The one whose words a "quotes" verb's object names: "his letter of 1931", "Lenin's
        note", or a person right after it ("quoted Lenin:"); None otherwise."""
        while k < limit and (tokens[k][2].lower() in ("with", "approval", "at", "length", "in", "full") or _is_filler(tokens[k][2])):
            k += 1
        if k >= limit:
            return None
        begin, stop, word = tokens[k]
        mention = self._mention_at(begin, stop)
        owner = None
        if word.lower() in ("his", "her", "their"):
            owner = self._resolve_pronoun({"his": "he", "her": "she", "their": "they"}[word.lower()], begin)
            next_k = k + 1
        elif mention is not None and self._is_speaker_mention(mention):
            owner = (mention.text, mention.entity_id)
            next_k = k + 1
            while next_k < limit and tokens[next_k][0] < mention.end:
                next_k += 1
            if not self.text.startswith(("'s", "’s"), mention.end):
                return owner if owner[0] else None  # "quoted Lenin:"
            next_k += 1 if next_k < limit and tokens[next_k][2] in ("'s", "’s", "'", "’") else 0
        elif word.lower() in ("a", "an", "the") and k + 3 < limit and re.fullmatch(DOCUMENT_NOUN_PATTERN, tokens[k + 1][2].lower()) and tokens[k + 2][2].lower() in ("from", "by"):
            # quotes.v19: "Marchetti quotes a letter from his sister": the writer, named or not
            begin2, stop2, writer = tokens[k + 3]
            named = self._mention_at(begin2, stop2)
            if named is not None and self._is_speaker_mention(named):
                return named.text, named.entity_id
            if writer.lower() in ("his", "her", "their") and k + 4 < limit and tokens[k + 4][2].islower():
                return self.text[begin2:tokens[k + 4][1]], None
            return None
        else:
            return None
        nouns = [t[2].lower() for t in tokens[next_k:next_k + 3]]
        if owner and owner[0] and any(n in ATTRIBUTION_NOUNS or re.fullmatch(DOCUMENT_NOUN_PATTERN, n) for n in nouns):
            return owner
        return None

    def _reported_speaker(self, tokens: list, verb: int):
        """"Ciliga remembered him saying: ...", "I heard Radek say", "quoted him as saying": the
        one heard or remembered speaks, not the subject who reports it."""
        if tokens[verb][2].lower() not in ("say", "saying", "said") or verb < 2:
            return None
        k = verb - 1
        if tokens[k][2].lower() == "as" and k >= 2:
            k -= 1
        begin, stop, word = tokens[k]
        whole = self._mention_at(begin, stop)
        if whole is not None:
            # quotes.v19: "Rivas at Banco Andino de Fomento said": the word before a name of
            # several words is the one before its first word, not "de" inside it
            while k > 1 and tokens[k - 1][0] >= whole.start:
                k -= 1
        if not tokens[k - 1][2].islower() or tokens[k - 1][2] in ("and", "but", "or", "that", "to"):
            return None
        if tokens[k - 1][2] in DESCRIPTION_LINKS or tokens[k - 1][2] in ("group", "party", "company", "union", "body"):
            return None  # "A spokesperson for (the landlords' group) Propertymark said": the name completes a description
        if k >= 2 and tokens[k - 2][2].lower() == "who":
            return None  # "Everyone who met Trotsky said": the name is in a relative clause
        if word.lower() in ("him", "her", "them"):
            pronoun = {"him": "he", "her": "she", "them": "they"}[word.lower()]
            # an object pronoun is never the subject that reports it: look before the sentence
            name, entity_id = self._resolve_pronoun(pronoun, self._sentence_start(begin))
            return (name, entity_id, k) if name else None
        mention = self._mention_at(begin, stop)
        if mention is not None and self._is_person(mention):
            return mention.text, mention.entity_id, k
        return None

    def _clause_first_subject(self, tokens: list, verb: int):
        """The first speaker mention or pronoun of the clause holding ``tokens[verb]``: the
        subject of "Kuzmich ... took off his spectacles and said" or "Kalinin even made
        speeches praising". The clause starts after the last ; or : before the verb."""
        start = 0
        for k in range(verb - 1, -1, -1):
            if tokens[k][2] in (";", ":"):
                start = k + 1
                break
            if tokens[k][2].lower() in ("and", "but") and k >= 1 and tokens[k - 1][2] == "," and k + 2 < verb and (
                tokens[k + 1][2].lower() in DETERMINERS or tokens[k + 1][2][:1].isupper()
            ):
                # "I was working in an archive, and the archivist, an old man called Petar Iliev,
                # put a folder in front of me and said": a new clause with its own subject
                start = k + 1
                break
        if start < verb and tokens[start][2].lower() in ("when", "while", "as", "after", "before", "if", "although", "though", "since", "because", "once", "until", "whenever"):
            # "When I told him ..., he smiled and said": the fronted clause's subject is not
            # the main clause's
            comma = next((k for k in range(start + 1, verb) if tokens[k][2] == ","), None)
            if comma is not None:
                start = comma + 1
        for j in range(start, verb):
            begin, stop, word = tokens[j]
            if word in ('"', "“", "”"):
                continue
            mention = self._mention_at(begin, stop)
            if mention is not None and self._is_speaker_mention(mention):
                if self.text.startswith(("'s", "’s"), mention.end):
                    continue  # "Trotsky's reply": a possessive is no subject
                if mention.label == "NORP" and any(m.label in PERSON_LABELS and 0 <= m.start - mention.end <= 12 for m in self._mentions_between(mention.end, mention.end + 60)):
                    continue  # "the Dutch MEP Joost van Raalte": the nationality only describes the person
                return mention.text, mention.entity_id, j
            lower = word.lower()
            if lower in PRONOUN_SUBJECTS:
                name, entity_id = self._resolve_pronoun(lower, begin)
                return name, entity_id, j
        return None

    def _is_speaker_mention(self, mention: EntityMention) -> bool:
        """People, groups and bodies, and anything with a canonical id that is not a place or
        time ("The 10th Congress declared")."""
        if mention.label in SPEAKER_LABELS:
            return not self._adjectival(mention)
        return mention.entity_id is not None and mention.label in ("EVENT", "WORK_OF_ART", "LAW")

    def _adjectival(self, mention: EntityMention) -> bool:
        """"The Soviet press", "a German officer": a nationality or group word that modifies the
        noun after it is no group and speaks for nobody; "the Bolsheviks", "the French replied"
        are groups."""
        if mention.label != "NORP" or mention.text.endswith("s"):
            return False
        after = re.match(r"\s+([a-z][a-z-]*)\b", self.text[mention.end:mention.end + 30])
        if after is None:
            return False
        word = after.group(1)
        return not (
            word in CUE_VERBS or word in ATTRIBUTION_VERBS or word in NAMING_VERBS or word in VERB_AUXILIARIES
            or word in BE_FORMS or _is_filler(word) or word in CLAUSE_BREAKS or word in OBJECT_PREPOSITIONS
            or word in ("and", "or", "who", "which", "that")
        )

    def _inverted_subject(self, tokens: list, start: int, limit: int):
        """'said Trotsky, "..."': a subject right after the verb and only punctuation after it."""
        if start > 0 and tokens[start - 1][2].lower() in NAMING_VERBS:
            return None  # 'called the shutdown "reckless"': the object, not a speaker
        subject = self._subject_after(tokens, start)
        if subject is None:
            return None
        rest = [tokens[k][2] for k in range(subject[2], limit)]
        if rest and rest[0] in (",", ":", "—", "–") and all(not w[0].isalnum() for w in rest):
            return subject
        return None

    def _cue_after(self, span: _Span) -> _Cue | None:
        text = self.text
        paragraph_end = self._paragraph_end(span.start)
        # quotes.v19: '"..."[1] Bukharin said of Stalin.': a note marker between the quotation
        # and its tag does not part them
        marker = NOTE_MARKER_AFTER_RE.match(text, span.end)
        after = marker.end() if marker else span.end
        tokens = self._tokens(after, min(paragraph_end, after + 160))
        content_end = text[span.start:span.end].rstrip("”»\"' ").rstrip()
        k = 0
        while k < len(tokens) and k < 2 and tokens[k][2] in (",", ";", "—", "–", "-", ":"):
            k += 1
        if k >= len(tokens):
            return None
        if content_end.endswith(".") and k == 0 and tokens[k][2][:1].isupper():
            # A new sentence after a full stop: only "He said." style short cues qualify.
            if not self._short_cue_sentence(tokens, k):
                return None
        if tokens[k][2].lower() in ("someone", "somebody", "anyone", "everyone", "everybody") and _cue_length(tokens, k + 1):
            # quotes.v19: '“Factionalists!” someone shouted from the back': nobody named speaks,
            # not the other party of the talk around it
            return _Cue(tokens[k][2], None, True, False, tokens[k + 1][1])
        if _is_according_to(tokens, k):
            subject = self._subject_after(tokens, k + 2)
            if subject is None:
                return None
            return _Cue(subject[0], subject[1], True, False, tokens[subject[2] - 1][1])
        if tokens[k][2].lower() == "as":
            k += 1
        length = _cue_length(tokens, k)
        if length:
            subject = self._subject_after(tokens, k + length)
            if subject is None:
                return None
            # '", said the coxswain, James Robson, to our reporter', '", said Yorkshire's head
            # coach, Anthony McGrath.': a name set off after a description speaks.
            named = self._described_apposition(tokens, k + length, subject)
            if named is not None:
                subject = named
            return _Cue(subject[0], subject[1], True, tokens[k][2].lower() in NAMING_VERBS, tokens[subject[2] - 1][1])
        first = k
        subject = self._subject_after(tokens, k)
        if subject is None:
            return None
        j = subject[2]
        if subject[1] is None and tokens[first][2].lower() == "the" and j + 2 < len(tokens) and tokens[j][2] in ("'", "’") and tokens[j + 1][2].isalpha() and tokens[j + 1][2].islower():
            # quotes.v20: '“...,” the rebels' newspaper Izvestiya answered': a name set right
            # after a possessive description is the one it describes, and it speaks
            owned = self._mention_at(tokens[j + 2][0], tokens[j + 2][1])
            if owned is not None and owned.start == tokens[j + 2][0] and self._is_speaker_mention(owned) and owned.label not in PLACE_LABELS:
                k = j + 2
                while k < len(tokens) and tokens[k][0] < owned.end:
                    k += 1
                if _cue_length(tokens, k):
                    subject, j = (owned.text, owned.entity_id, k), k
        named = self._described_apposition(tokens, first, subject)
        if named is not None and named[2] < len(tokens) and tokens[named[2]][2] == ",":
            # '", the Nationals' water spokesman, Bryce Hollingworth, told reporters'
            length = _cue_length(tokens, named[2] + 1)
            if length:
                end = tokens[named[2] + length][1]
                return _Cue(named[0], named[1], True, tokens[named[2] + 1][2].lower() in NAMING_VERBS, end)
        if j < len(tokens) and tokens[j][2] == ",":
            # '"...," Mikhail Kalinin, the President of the Soviet Union, told': skip the apposition.
            k = j + 1
            while k < len(tokens) and k - j <= 12 and tokens[k][2] != ",":
                k += 1
            if k < len(tokens) and tokens[k][2] == "," and tokens[j + 1][2].lower() in DETERMINERS:
                j = k + 1
            elif subject[1] is None and tokens[first][2].lower() in DETERMINERS:
                # '"...," the foundation's director, Dr Annelie Brandt, told reporters': a
                # description with a name in apposition speaks under the name.
                named = self._subject_after(tokens, j + 1)
                if named is not None and named[0] is not None and named[0][:1].isupper() and (
                    named[2] < len(tokens) and tokens[named[2]][2] == ","
                ):
                    length = _cue_length(tokens, named[2] + 1)
                    if length:
                        end = tokens[named[2] + length][1]
                        verb = tokens[named[2] + 1][2].lower()
                        return _Cue(named[0], named[1], True, verb in NAMING_VERBS, end)
        if j + 1 < len(tokens) and tokens[j][2].lower() in ("of", "from") and subject[0] is not None:
            # quotes.v17: '"...," Trooper Bell of the Cape Mounted Rifles recalled': the body a
            # speaker belongs to stands between the name and the verb
            body = self._mention_at(tokens[j + 1][0], tokens[j + 1][1])
            if body is not None and body.label in GROUP_LABELS | {"GPE"}:
                j += 1
                while j < len(tokens) and tokens[j][0] < body.end:
                    j += 1
        skipped = 0
        while j < len(tokens) and skipped < 4 and _is_filler(tokens[j][2]):
            j += 1
            skipped += 1
        length = _cue_length(tokens, j)
        if not length:
            return None
        end = tokens[j + length - 1][1]
        if j >= 1 and tokens[j - 1][2].lower() in BE_FORMS and j + length < len(tokens) and tokens[j + length][2].lower() == "by":
            # '“...,” Ward was told by Blake': the agent of the passive speaks, not its subject
            agent = self._subject_after(tokens, j + length + 1)
            if agent is None or agent[0] is None:
                return None
            return _Cue(agent[0], agent[1], True, tokens[j][2].lower() in NAMING_VERBS, tokens[agent[2] - 1][1])
        return _Cue(subject[0], subject[1], True, tokens[j][2].lower() in NAMING_VERBS, end)

    def _described_apposition(self, tokens: list, first: int, subject):
        """A person's name set off by a comma after a subject that only describes them: "the
        coxswain, James Robson," (a description opened by a determiner), "Yorkshire's head coach,
        Anthony McGrath", "the Nationals' water spokesman, Bryce Hollingworth," (a possessive
        and its nouns). ``subject`` is what ``_subject_after`` found at ``tokens[first]``; the
        result is (name, entity id, index after the name) or None. The name must close its
        phrase (a comma, the sentence's end, or a lower-case word): "the coach, Anthony
        McGrath's deputy" is no such name."""
        if subject is None or subject[0] is None or first >= len(tokens):
            return None
        j = subject[2]
        description = subject[1] is None and tokens[first][2].lower() in DETERMINERS
        glued = j > first and tokens[j - 1][2].endswith(("’s", "'s")) and not subject[0].endswith(("’s", "'s"))
        if glued or j < len(tokens) and tokens[j][2] in ("’s", "'s", "’", "'"):
            # a possessive and the nouns it owns: "Yorkshire's head coach"
            j += 0 if glued else 1
            nouns = 0
            while j < len(tokens) and nouns < 4 and tokens[j][2].isalpha() and tokens[j][2].islower() and tokens[j][2] not in CLAUSE_BREAKS:
                j += 1
                nouns += 1
            if not nouns:
                return None
        elif not description or subject[0].split()[-1][:1].isupper():
            return None  # "the Guardian, ..." is a name already
        if j + 1 >= len(tokens) or tokens[j][2] != ",":
            return None
        while j + 2 < len(tokens) and tokens[j + 1][2].lower() in TITLE_WORDS and tokens[j + 1][2][:1].isupper():
            # "the study's lead author, Prof. Karen Lund": a title before the name
            j += 2 if tokens[j + 2][2] == "." and j + 3 < len(tokens) else 1
        mention = self._mention_at(tokens[j + 1][0], tokens[j + 1][1])
        if mention is None or mention.start != tokens[j + 1][0] or not self._is_person(mention):
            return None
        e = j + 1
        while e < len(tokens) and tokens[e][0] < mention.end:
            e += 1
        if tokens[e - 1][1] != mention.end or e < len(tokens) and (
            tokens[e][2] in ("’s", "'s", "’", "'") or not (tokens[e][2] in (",", ".", ";", "!", "?", "—", "–") or tokens[e][2].islower())
        ):
            return None
        return mention.text, mention.entity_id, e

    def _short_cue_sentence(self, tokens: list, k: int) -> bool:
        subject = self._subject_after(tokens, k)
        if subject is None:
            return False
        j = subject[2]
        length = _cue_length(tokens, j)
        if length and j + length + 2 < len(tokens) and tokens[j + length][2] == "of":
            # "Bukharin said of Stalin.", "... said of him.": whom the words are about follows
            k = j + length + 1
            mention = self._mention_at(tokens[k][0], tokens[k][1])
            if mention is not None:
                while k < len(tokens) and tokens[k][0] < mention.end:
                    k += 1
            elif tokens[k][2].lower() in ("him", "her", "them", "it"):
                k += 1
            else:
                return False
            return k < len(tokens) and tokens[k][2] in (".", "[", ",")
        return bool(length) and (j + length >= len(tokens) or tokens[j + length][2] in (".", "[", ","))

    def _raising_be(self, tokens: list, verb: int) -> int | None:
        """The index of "is" in "is said to have replied", "was reported to say", "is believed
        to have told" before ``tokens[verb]``, else None."""
        k = verb - 1
        if k >= 0 and tokens[k][2].lower() == "have":
            k -= 1
        if k >= 2 and tokens[k][2].lower() == "to" and tokens[k - 1][2].lower() in RAISING_PARTICIPLES and tokens[k - 2][2].lower() in BE_FORMS:
            return k - 2
        return None

    def _subject_before(self, tokens: list, verb: int):
        """(name, entity id, index) of the subject left of ``tokens[verb]``, or None.

        A description that speaks for someone is kept whole ("A spokesperson for Minera
        Atacama Norte said"), as the text gives it."""
        subject = self._bare_subject_before(tokens, verb)
        if subject is None or subject[0] is None:
            return subject
        at = subject[2]
        if subject[1] is None and subject[0].split()[-1].lower() in CALENDAR_WORDS and 0 < at < len(tokens) and (
            tokens[at - 1][2][:1].isdigit() or tokens[at - 1][2].lower() in ("on", "in", "of", "since", "until", "by", "from", "last", "next", "early", "late", "mid")
        ):
            return None  # "in his minute of 9th November, 1934, instructed": a date is no speaker
        return self._with_description(tokens, subject)

    def _with_description(self, tokens: list, subject):
        """"a spokesman for Quispe": the subject found at ``Quispe`` is the description's
        complement; the speaker is the whole description."""
        name, entity_id, index = subject
        if 0 <= index < len(tokens):
            begin = self.text.rfind(name, 0, tokens[index][1])
            while index > 0 and begin >= 0 and tokens[index - 1][0] >= begin:
                index -= 1  # the name's first token
        link = index - 1
        # "A spokesperson for the landlords' group Propertymark": a description of the body may
        # stand between the link and its name
        for k in range(index - 1, max(index - 6, 0), -1):
            word = tokens[k][2]
            if word.lower() in DESCRIPTION_LINKS:
                link = k
                break
            if not (word.islower() and word.isalpha() or word in ("'", "’", "'s", "’s")):
                break
        if link < 1 or index >= len(tokens) or tokens[link][2].lower() not in DESCRIPTION_LINKS:
            return subject
        head = link - 1
        if not _is_person_noun(tokens[head][2]):
            return subject
        first = head
        for k in range(head - 1, max(head - 4, -1), -1):
            lower = tokens[k][2].lower()
            if lower in DETERMINERS:
                first = k
                break
            if not tokens[k][2].isalpha() or not tokens[k][2].islower() or lower in CLAUSE_BREAKS:
                return subject
        else:
            return subject
        if first == head:
            return subject
        end = self.text.find(name, tokens[index][0], tokens[index][0] + len(name) + 1)
        if end < 0 and tokens[index][2].lower() in DETERMINERS:
            # quotes.v21: "a spokesperson for the Western Australian health department said":
            # the body's name stands inside the complement's noun phrase, after its article
            end = self.text.find(name, tokens[index][1], tokens[index][1] + len(name) + 2)
            if end >= 0:
                stop = next((k for k in range(index + 1, len(tokens)) if tokens[k][0] >= end + len(name)), len(tokens))
                while stop < len(tokens) and stop - index <= 6 and tokens[stop][2].isalpha() and tokens[stop][2].islower() and not (
                    _cue_length(tokens, stop) or _is_filler(tokens[stop][2]) or tokens[stop][2] in CLAUSE_BREAKS
                ):
                    stop += 1  # the body's description goes on after the name ("health department")
                return self.text[tokens[first][0]:tokens[stop - 1][1]], None, first
        if end < 0:
            return subject
        end += len(name)
        return self.text[tokens[first][0]:end], None, first

    def _bare_subject_before(self, tokens: list, verb: int):
        j = self._skip_fillers_back(tokens, verb - 1)
        raised = self._raising_be(tokens, verb)
        if raised is not None:
            # "She is said to have replied that": the subject of "is said" is the one who replied
            j = self._skip_fillers_back(tokens, raised - 1)
        elif verb >= 2 and tokens[verb - 1][2].lower() == "to" and j >= 1 and tokens[j][2].islower():
            # "as Captain Orlov liked to say": the subject of an infinitive that completes
            # a past-tense verb ("liked", "wanted", "began") is that verb's subject; after an
            # object ("asked the porter to say") it is the object, found as before.
            if tokens[j][2].endswith("ed") or tokens[j][2] in ("began", "had"):
                j = self._skip_fillers_back(tokens, j - 1)
            elif j >= 1 and (k := self._skip_fillers_back(tokens, j - 1)) >= 0 and (named := self._mention_at(*tokens[k][:2])) is not None and self._is_speaker_mention(named):
                return named.text, named.entity_id, k  # "Zinoviev rose to assure the comrades that"
        if j >= 2:
            # "King William I of Prussia is said to have exclaimed": a ruler or a member named
            # "of" a place is the subject, not the place
            place = self._mention_at(*tokens[j][:2])
            if place is not None and place.label in PLACE_LABELS:
                k = j
                while k > 0 and tokens[k - 1][0] >= place.start:
                    k -= 1
                if k >= 2 and tokens[k - 1][2] == "of":
                    named = self._mention_at(*tokens[k - 2][:2])
                    if named is not None and self._is_person(named):
                        return named.text, named.entity_id, k - 2
        if j >= 1 and tokens[j][2] in (",", "–", "—") and tokens[verb][2].lower().endswith("ing"):
            return self._clause_subject(tokens, j)
        if j >= 0 and tokens[j][2].lower() in ("and", "but"):
            # "Kuzmich ... took off his spectacles and said": the subject of the first verb.
            return self._clause_first_subject(tokens, verb)
        if j >= 2 and tokens[j][2].lower() in ("who", "which") and tokens[j - 1][2] == ",":
            # "the Department for Transport, which said": the noun the clause describes.
            return self._relative_antecedent(tokens, j - 1)
        if j >= 1 and tokens[j][2] in ("\"", "”") and self.text[tokens[j][0] - 1] == "," and any(t[2] == "," for t in tokens[max(0, j - 20):j]):
            # quotes.v20: 'Pravda, in an editorial under the heading "No Mercy," called the
            # verdict': the comma that closes the aside stands inside the quotation's marks
            tokens = tokens[:j] + [(tokens[j][0], tokens[j][1], ",")] + tokens[j + 1:]
        if j >= 1 and tokens[j][2] == ",":
            relative = self._relative_clause_start(tokens, j)
            if relative is not None:
                # "Olga Brun, who lived in Vienna, then a city of exiles, said": a
                # relative clause runs to the comma before the verb, whatever commas it holds.
                return self._relative_antecedent(tokens, relative)
            # Skip an appositive: "Trotsky, the army leader, said".
            k = j - 1
            while k >= 0 and j - k <= 20 and tokens[k][2] != ",":
                k -= 1
            if k >= 1 and tokens[k][2] == ",":
                named = self._appositive_name(tokens, k, j)
                if named is not None:
                    return named
                if tokens[k + 1][2].lower() in ("who", "which"):
                    # "Senator X of the Nationals, who chairs ..., said"
                    return self._relative_antecedent(tokens, k)
                j = k - 1
            else:
                return None
        if j < 0:
            return None
        start, end, word = tokens[j]
        mention = self._mention_at(start, end)
        if mention is not None and mention.label in PLACE_LABELS:
            k = j
            while k > 0 and tokens[k - 1][0] >= mention.start:
                k -= 1
            if k >= 2 and tokens[k - 1][2] in ("in", "at") and (body := self._mention_at(*tokens[k - 2][:2])) is not None and body.label in GROUP_LABELS:
                # "Dr Olav Strand of the Polar Institute in Tromsø said": the place only
                # locates the body the speaker belongs to
                return self._bare_subject_before(tokens, k - 1)
        if mention is not None and mention.label in GROUP_LABELS:
            head = self._person_heading(tokens, j, mention)
            if head is not None:
                return head
        if mention is not None and mention.label in GROUP_LABELS | PLACE_LABELS | NAME_LIKE_LABELS:
            described = self._unnamed_member(tokens, j, mention)
            if described is not None:
                return described
        if mention is not None and mention.label == "NORP" and " " not in mention.text and tokens[j][0] == mention.start:
            # quotes.v19: "One old Bolshevik said to me", "a Georgian told us": one member of a
            # people or party, not named
            k = j
            while k > 0 and j - k < 3 and tokens[k - 1][2].isalpha() and tokens[k - 1][2].islower() and tokens[k - 1][2] not in ("a", "an", "one", "another"):
                k -= 1
            if k > 0 and tokens[k - 1][2].lower() in ("a", "an", "one", "another"):
                return self.text[tokens[k - 1][0]:mention.end], None, k - 1
        if mention is not None and self._is_speaker_mention(mention):
            k = j
            while k > 0 and tokens[k - 1][0] >= mention.start:
                k -= 1
            if k >= 3 and tokens[k - 1][2].isalpha() and tokens[k - 1][2].islower() and tokens[k - 2][2].lower() == "who" and tokens[k - 3][2].isalpha():
                # "A member of the Opposition who saw Trotsky on Monday told": the name is the
                # object of a relative clause on a description; the description speaks
                return self._opening_description(tokens, k - 3) or (None, None, k - 2)
            return mention.text, mention.entity_id, j
        lower = word.lower()
        if lower in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON_PRONOUNS:
            topic = self._mention_at(*tokens[j - 2][:2]) if j >= 2 and tokens[j - 1][2] == "," else None
            # "he told Serge": the one told is spoken to, not the one speaking;
            told = self._mention_at(*tokens[verb + 1][:2]) if verb + 1 < len(tokens) and tokens[verb][2].lower() in TELLING_VERBS else None
            saved = getattr(self, "addressees", set())
            # "under Zinoviev, whom he described as": he is not the one the clause is about
            whom = self._mention_at(*tokens[j - 3][:2]) if j >= 3 and tokens[j - 1][2].lower() == "whom" and tokens[j - 2][2] == "," else None
            excluded = [m for m in (told, whom) if m is not None and self._is_person(m)]
            if excluded:
                self.addressees = set(saved) | {w.lower() for m in excluded for w in m.text.split()}
            try:
                if topic is not None and self._is_person(topic) and self._names_only(self._sentence_start(start), topic.start):
                    # "Stalin, he wrote, “sat on the steps...”", "Zinoviev and Kamenev, he told
                    # Serge, “have made their choice”": the names set before the tag are what the
                    # writer speaks about; "he" is someone named before the sentence.
                    name, entity_id = self._resolve_pronoun(lower, self._sentence_start(start))
                    return name, entity_id, j
                name, entity_id = self._resolve_pronoun(lower, start)
                return name, entity_id, j
            finally:
                self.addressees = saved
        if lower == "it":
            body = self._resolve_it(start)
            if body is not None:
                return body.text, body.entity_id, j
        if not word[0].isalnum() or lower in CLAUSE_BREAKS:
            return None
        place = self._locative_phrase_start(tokens, j)
        if place is not None:
            # quotes.v18: "old Budu Mdivani at the back called out": a place phrase between the
            # subject and its verb says where the speaker is, not who
            return self._bare_subject_before(tokens, place)
        found = self._noun_phrase_ending(tokens, j, names_allowed=mention is None)
        if found is not None and found[1] is None and verb >= 1 and tokens[verb - 1][2].lower() == "to" and _thing_phrase(found[0]):
            # quotes.v21: "went home to my lodgings in Clerkenwell to tell my mother": a place
            # or thing before an infinitive is no speaker (only a person speaks); the clause's
            # own subject is the one who tells
            return self._clause_first_subject(tokens, verb)
        return found

    def _locative_phrase_start(self, tokens: list, j: int) -> int | None:
        """The index just past a person's name when ``tokens[j]`` ends a short place phrase right
        after it ("Mdivani at the back", "a delegate from the floor"); else None."""
        for k in range(j - 1, max(j - 4, 0), -1):
            word = tokens[k][2].lower()
            if word in ("at", "from", "in", "on", "behind", "near", "beside", "by"):
                before = self._mention_at(*tokens[k - 1][:2]) if k >= 1 else None
                if before is not None and before.label in PERSON_LABELS and all(t[2].islower() and t[2].isalpha() for t in tokens[k + 1 : j + 1]):
                    return k
                return None
            if not (tokens[k][2].isalpha() and tokens[k][2].islower()):
                return None
        return None

    def _resolve_it(self, position: int) -> EntityMention | None:
        """The body "it" stands for when it opens its sentence: the named organisation that is
        the subject of the sentence before ("The Citizens' Committee ... never published its
        membership. It called the strike a “revolution”"). Not a thing or a document: those
        have no name that could speak."""
        sentence = self._sentence_before(position)
        if sentence is None:
            return None
        previous, start = sentence
        # "The commission has a cable from the Oslo newspaper Aftenposten ... It states:": a
        # writing from someone named, which "it" then takes up, speaks as its author
        writing = None
        for writing in WRITING_FROM_RE.finditer(self.masked, previous, start):
            pass
        if writing is not None and re.match(r"\s*(?:states|says|reads|runs|declares|adds|continues|concludes|begins)\b", self.masked[position + 2 : position + 16]):
            author = next((m for m in self._mentions_between(writing.end(), start) if m.label in ("ORG", "PERSON") and not self._inside_quotation(m.start)), None)
            if author is not None and not re.search(r"[,;]", self.masked[writing.end() : author.start]):
                return author
        tokens = self._tokens(previous, start)
        first = next((k for k, t in enumerate(tokens[:4]) if self._mention_at(*t[:2]) is not None), None)
        if first is None:
            return None
        mention = self._mention_at(*tokens[first][:2])
        if mention.label != "ORG" or mention.start != tokens[first][0] or self._inside_quotation(mention.start):
            return None
        if not all(t[2].lower() in DETERMINERS for t in tokens[:first]):
            return None  # "The head of the Committee": the body is not the subject
        rest = self._tokens(mention.end, start)
        return mention if rest and (rest[0][2] == "," or rest[0][2].isalpha() and rest[0][2].islower()) else None

    def _last_body_before(self, position: int) -> EntityMention | None:
        """The last organisation named outside quotations in the sentence before the one that
        ``position`` opens, within its paragraph; None when it names no organisation."""
        sentence = self._sentence_before(position)
        if sentence is None:
            return None
        bodies = [m for m in self._mentions_between(*sentence) if m.label == "ORG" and not self._inside_quotation(m.start)]
        return bodies[-1] if bodies else None

    def _sentence_before(self, position: int) -> tuple[int, int] | None:
        """The sentence before the one ``position`` opens, as (start, end), when both are in one
        paragraph; None when ``position`` does not open its sentence or opens the paragraph."""
        start = self._sentence_start(position)
        if self.masked[start:position].strip() or start == 0:
            return None
        previous = self._sentence_start(start - 1)
        if self._paragraph_start(previous) != self._paragraph_start(start):
            return None
        return previous, start

    def _names_only(self, start: int, end: int) -> bool:
        """Whether [start, end) holds nothing but names joined by "and" or commas ("Zinoviev and ")."""
        return all(
            t[2][:1].isupper() or t[2] in (",", "and", "&", ".", "-", "'", "’")
            for t in self._tokens(start, end)
        )

    def _relative_clause_start(self, tokens: list, close: int) -> int | None:
        """The comma opening a non-restrictive relative clause (", who", ", which") that the comma
        at ``close`` ends, when the clause holds further commas and no other clause boundary
        (; : or a dash) lies between; else None (a clause without inner commas is the
        appositive case)."""
        inner_commas = 0
        for k in range(close - 1, max(close - 40, 0), -1):
            word = tokens[k][2]
            if word in (";", ":", "—", "–", ".", "!", "?"):
                return None
            if word == ",":
                if k + 1 < close and tokens[k + 1][2].lower() in ("who", "which"):
                    return k if inner_commas else None
                inner_commas += 1
        return None

    def _unnamed_member(self, tokens: list, j: int, mention: EntityMention):
        """"A member of the German delegation, who ..., said", "the master of the steamer X
        wrote": an unnamed person described by the body or thing they belong to heads the noun
        phrase; (description, None, index) or None."""
        first = j
        while first > 0 and tokens[first - 1][0] >= mention.start:
            first -= 1
        # "the master of the steamer Lady of Lyonnesse": a common noun may stand before the name
        for _ in range(3):
            if first >= 1 and tokens[first - 1][2].isalpha() and tokens[first - 1][2].islower() and tokens[first - 1][2] not in ("of", "for", "at", "from"):
                first -= 1
        if first < 2 or tokens[first - 1][2].lower() not in ("of", "for", "at", "from"):
            return None
        noun = tokens[first - 2][2]
        if noun.islower() and _plural_person_noun(noun):
            # quotes.v19: "analysts at Banco Andino de Fomento said": people the text does not
            # name, a plural without an article
            return self.text[tokens[first - 2][0]:mention.end], None, first - 2
        if not noun.islower() or not (_is_person_noun(noun) or noun in MEMBER_NOUNS):
            return None
        determiners = ("a", "an", "the", "one", "another")
        k = first - 2
        while k > 0 and k > first - 6 and tokens[k - 1][2].isalpha() and tokens[k - 1][2].islower() and (
            tokens[k - 1][2] not in CLAUSE_BREAKS and tokens[k - 1][2] not in determiners
        ):
            k -= 1
        if k < 1 or tokens[k - 1][2].lower() not in determiners:
            return None
        return self.text[tokens[k - 1][0]:mention.end], None, k - 1

    def _person_heading(self, tokens: list, j: int, mention: EntityMention):
        """"Deputy Ana Ruiz of the Green Party told": a body in a prepositional
        phrase after a person's name only modifies it; the person heads the noun phrase and is
        the subject. (name, id, index) of that person, or None."""
        first = j
        while first > 0 and tokens[first - 1][0] >= mention.start:
            first -= 1
        if first < 2 or tokens[first - 1][2].lower() not in DESCRIPTION_LINKS:
            return None
        person = self._mention_at(*tokens[first - 2][:2])
        if person is None or person.label not in PERSON_LABELS or self.text.startswith(("'s", "’s"), person.end):
            return None
        return person.text, person.entity_id, first - 2

    def _appositive_name(self, tokens: list, comma: int, close: int):
        """"The State Prosecutor, Andrei Vishinsky, charges", "the Chief Medical Officer, Dr
        Anil Ramaswamy, said": a name set off after a description names the speaker."""
        inner = tokens[comma + 1:close]
        # "Our guide, Dr Irina Vasko of Moscow State University, writes": a longer name may
        # say where its bearer is from
        if not inner or len(inner) > (9 if any(t[2] in ("of", "from", "in") for t in inner[1:]) else 6):
            return None
        if inner[0][2].lower() in ("the", "a", "an") and len(inner) >= 3:
            # "Its environment coordinator, the Dutch MEP Joost van Raalte, told": a described
            # name that ends the appositive is the speaker
            last = self._mention_at(*inner[-1][:2])
            if last is not None and last.label in PERSON_LABELS and last.start > inner[0][1] and all(
                t[2][:1].isupper() or t[2] in (".", "-") or t[0] >= last.start for t in inner[1:]
            ):
                return last.text, last.entity_id, close - 1
        named_body = self._mention_at(*inner[0][:2])
        # "The bosses' paper, the Journal, says": a body's name may open with its article.
        body_article = named_body is not None and named_body.start == inner[0][0] and named_body.label == "ORG"
        if not body_article and len(inner) >= 2 and inner[0][2].lower() == "the":
            # (or the tagger left the article out: "his newspaper, the [Leningradskaya Pravda],")
            after_article = self._mention_at(*inner[1][:2])
            body_article = after_article is not None and after_article.start == inner[1][0] and after_article.label == "ORG"
        # "A listener, Priya Natarajan from Leeds, wrote", "A listener, Tom in Leeds, emailed to
        # ask": a name may say where it is from.
        if not all(
            t[2][:1].isupper() or t[2] in (".", "-", "'", "’") or (k > 0 and t[2] in ("of", "from", "in")) or (k == 0 and body_article)
            for k, t in enumerate(inner)
        ):
            return None
        if inner[0][2].lower() in CAPITALISED_FUNCTION_WORDS | DETERMINERS and not body_article:
            return None
        words = [t[2].lower() for t in tokens[max(0, comma - 6):comma]]
        if not DETERMINERS & set(words) and not any(w.endswith(("'s", "’s")) for w in words):
            # (a possessive describes too: "The Council of Europe’s human rights commissioner,")
            return None  # "Lenin, Trotsky, said": no description before the name
        before = self._mention_at(*tokens[comma - 1][:2])
        if before is not None and before.label in PERSON_LABELS:
            return None
        chosen = None
        for index, token in enumerate(inner):
            mention = self._mention_at(token[0], token[1])
            if mention is not None and mention.label not in TIME_LABELS:
                if mention.label in PERSON_LABELS or chosen is None:
                    chosen = (mention, comma + 1 + index)
                if mention.label in PERSON_LABELS:
                    break
        if chosen is None:
            return None
        mention, index = chosen
        return mention.text, mention.entity_id, index

    def _relative_antecedent(self, tokens: list, comma: int):
        """The noun a ", who/which" clause describes, past an appositive ("Nikolai Bukharin,
        the editor of Pravda, who accused") or an age ("Manana Gelashvili, 71, who sells")."""
        if comma >= 3 and tokens[comma - 1][2].isdigit() and tokens[comma - 2][2] == ",":
            comma -= 2
        j = comma - 1
        k = j
        while k >= 0 and comma - k <= 12 and tokens[k][2] != ",":
            k -= 1
        if k >= 1 and tokens[k][2] == "," and tokens[k + 1][2].lower() in DETERMINERS:
            mention = self._mention_at(*tokens[k - 1][:2])
            if mention is not None and mention.label in PERSON_LABELS:
                return mention.text, mention.entity_id, k - 1
        start, end, word = tokens[j]
        mention = self._mention_at(start, end)
        if mention is None or mention.label not in PERSON_LABELS:
            # "Senator Bridget O'Halloran of the Nationals, who": the person the phrase heads
            # (past the whole of a long name: "Mr. Frank Hodges of the Miners' Federation").
            first = j
            while mention is not None and first > 0 and tokens[first - 1][0] >= mention.start:
                first -= 1
            for k in range(first - 1, max(first - 8, -1), -1):
                word_k = tokens[k][2]
                if not word_k[0].isalnum() or word_k.lower() in CLAUSE_BREAKS or _cue_length(tokens, k, True):
                    break
                person = self._mention_at(*tokens[k][:2])
                if person is not None and person.label in PERSON_LABELS:
                    if any(t[2].lower() in DESCRIPTION_LINKS for t in tokens[k:j]):
                        return person.text, person.entity_id, k
                    break
        if mention is not None and mention.label not in PERSON_LABELS:
            # "A member of the German delegation, who asked ..., said": the unnamed member
            described = self._unnamed_member(tokens, j, mention)
            if described is not None:
                return described
        if mention is not None and self._is_speaker_mention(mention):
            return mention.text, mention.entity_id, j
        if not word[0].isalnum():
            return None
        # "One official involved in drafting the bill, who spoke on condition of anonymity,
        # said": the clause's subject is the description it opens with, not its last noun
        head = self._opening_description(tokens, j)
        if head is not None:
            return head
        return self._noun_phrase_ending(tokens, j, names_allowed=mention is None)

    def _opening_description(self, tokens: list, j: int):
        """(description, None, index) when the clause ending at ``tokens[j]`` opens with an
        indefinite description of a person ("One official involved in drafting the bill", "A
        senior diplomat at the embassy") and names no one before ``j``; else None."""
        k = j
        while k > 0 and tokens[k - 1][2] not in (".", "!", "?", ";", ":", "\n", '"', "“", "”"):
            k -= 1
        if k > j - 2 or tokens[k][2].lower() not in ("a", "an", "one", "another"):
            return None
        for head in range(k + 1, min(k + 4, j + 1)):
            word = tokens[head][2]
            if not word.isalpha() or not word.islower():
                return None
            if _is_person_noun(word) or word in MEMBER_NOUNS:
                if any((named := self._mention_at(*t[:2])) is not None and named.label in PERSON_LABELS for t in tokens[k:j + 1]):
                    return None
                return self.text[tokens[k][0]:tokens[head][1]], None, k
        return None

    def _skip_fillers_back(self, tokens: list, j: int) -> int:
        """Skip adverbs, auxiliaries and a dated phrase ("Obama on Tuesday said") leftwards."""
        while j >= 0:
            if _is_filler(tokens[j][2]):
                j -= 1
                continue
            if tokens[j][2].lower() == "ago" and j >= 1:
                # "Carr long ago described", "X two years ago said": a dated phrase too
                j -= 1
                if tokens[j][2].lower() == "long":
                    j -= 1
                elif tokens[j][2].lower() in ("years", "months", "weeks", "days", "decades", "centuries"):
                    j -= 1
                    if j >= 0 and (tokens[j][2].isdigit() or tokens[j][2].lower() in (
                        "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "some", "several"
                    )):
                        j -= 1
                continue
            if tokens[j][2].lower() in TIME_NOUNS:
                # "Pravda this morning demanded", "X on Friday said", "X yesterday said"
                if j >= 1 and tokens[j - 1][2].lower() in TIME_MODIFIERS:
                    j -= 2
                    continue
                if tokens[j][2].lower() in ("today", "yesterday", "tonight"):
                    j -= 1
                    continue
            if tokens[j][2] == "," and j >= 3:
                # quotes.v20: "Zinoviev, by one account, rose to say that": an aside between
                # commas on how the report is known stands between the subject and its verb
                opening = next((k for k in range(j - 1, max(j - 8, -1), -1) if tokens[k][2] == ","), None)
                if opening is not None and opening >= 1 and PARENTHETICAL_ASIDE_RE.fullmatch(" ".join(w.lower() for _, _, w in tokens[opening + 1:j])):
                    j = opening - 1
                    continue
            mention = self._mention_at(tokens[j][0], tokens[j][1])
            if mention is not None and mention.label in TIME_LABELS:
                k = j
                while k >= 0 and tokens[k][0] >= mention.start:
                    k -= 1
                if k >= 0 and tokens[k][2].lower() in PREPOSITIONS:
                    j = k - 1
                    continue
            break
        return j

    def _clause_subject(self, tokens: list, comma: int):
        """Subject of the clause before ", explaining that": the nearest clause with a
        mention or pronoun, and its first one."""
        end = comma
        while end > 0:
            k = end - 1
            while k >= 0 and tokens[k][2] not in (",", ";", ":", "–", "—"):
                k -= 1
            if k >= 1 and tokens[k][2] == "," and k + 1 < end and tokens[k + 1][2].lower() in ("a", "an", "the", "who", "whose", "one", "his", "her", "their"):
                # "Beals, a member of the Commission, resigned ..., complaining that": the
                # clause is an apposition or relative clause of the name before its comma
                named = self._mention_at(*tokens[k - 1][:2])
                if named is not None and named.end == tokens[k - 1][1] and self._is_person(named):
                    first = k - 1
                    while first > 0 and tokens[first - 1][0] >= named.start:
                        first -= 1
                    if first == 0 or tokens[first - 1][2] in (",", ";", ":", "and", "but", "—", "–"):
                        return named.text, named.entity_id, first
            for j in range(k + 1, end):
                start, stop, word = tokens[j]
                mention = self._mention_at(start, stop)
                if mention is not None and self._is_speaker_mention(mention):
                    return mention.text, mention.entity_id, j
                if word.lower() in PRONOUN_SUBJECTS:
                    name, entity_id = self._resolve_pronoun(word.lower(), start)
                    return name, entity_id, j
            if k < 0 or tokens[k][2] not in (",", "–", "—"):
                return None
            end = k
        return None

    def _noun_phrase_ending(self, tokens: list, j: int, names_allowed: bool = True):
        """A short noun phrase or capitalised name ending at ``tokens[j]``."""
        word = tokens[j][2]
        if names_allowed and word[0].isupper() and word.lower() not in CAPITALISED_FUNCTION_WORDS:
            k = j
            while k - 1 >= 0 and tokens[k - 1][2][:1].isupper() and tokens[k - 1][2].lower() not in CAPITALISED_FUNCTION_WORDS:
                k -= 1
            if k - 1 >= 0 and tokens[k - 1][2].lower() in DETERMINERS:
                k -= 1
            name, entity_id = self._phrase_or_mention(tokens, k, j + 1)
            return name, entity_id, k
        for k in range(j - 1, max(j - 5, -1), -1):
            lower = tokens[k][2].lower()
            if lower in DETERMINERS or tokens[k][2].endswith(("'s", "’s")):
                if lower in ("a", "an", "one", "some") and word.lower() in INDEFINITE_BODY_NOUNS:
                    # quotes.v19: "one Moscow paper this week called the assassins": a body the
                    # text does not name speaks as nobody, not as someone from the talk around
                    return self.text[tokens[k][0]:tokens[j][1]], None, k
                if lower in ("a", "an", "one", "some") and not _is_person_noun(word):
                    return None
                if tokens[k][2].endswith(("'s", "’s")) and word.islower() and _plural_person_noun(word):
                    # quotes.v19: "the group that Stalin's supporters labelled": people the
                    # text does not name, not the one they belong to
                    return self.text[tokens[k][0]:tokens[j][1]], None, k
                name, entity_id = self._phrase_or_mention(tokens, k, j + 1)
                return name, entity_id, k
            if not tokens[k][2][0].isalnum() or lower in CLAUSE_BREAKS or lower in CUE_VERBS:
                return None
        if 1 <= j <= 3 and tokens[0][2][:1].isupper() and all(t[2].isalpha() for t in tokens[:j + 1]):
            # A headline's bare noun phrase: "Rail union leader warns of ...".
            if not any(t[2].lower() in CLAUSE_BREAKS | CAPITALISED_FUNCTION_WORDS for t in tokens[:j + 1]):
                name, entity_id = self._phrase_or_mention(tokens, 0, j + 1)
                return name, entity_id, 0
        return None

    def _subject_after(self, tokens: list, k: int):
        """(name, entity id, index after it) of a subject starting at ``tokens[k]``, or None."""
        if k >= len(tokens):
            return None
        start, end, word = tokens[k]
        mention = self._mention_at(start, end)
        if mention is not None and mention.label in GROUP_LABELS | NAME_LIKE_LABELS:
            # "European Trade Commissioner Maroš Šefčovič told": the person the words lead to.
            # (quotes.v21: also when the tagger took the title for a work or a product, as in
            # '"...," Public Works Minister Darlene MacIsaac told the House': the title only
            # describes the person after it, who speaks)
            j = k
            while j < len(tokens) and tokens[j][0] < mention.end:
                j += 1
            for n in range(j, min(j + 4, len(tokens))):
                person = self._mention_at(tokens[n][0], tokens[n][1])
                if person is not None and person.label in PERSON_LABELS:
                    mention = person
                    k = n
                    break
                if not tokens[n][2][:1].isupper():
                    break
        if mention is not None and (mention.label in SPEAKER_LABELS or (
            mention.text in self.speaking_names and mention.label not in TIME_LABELS
        )):
            j = k
            while j < len(tokens) and tokens[j][0] < mention.end:
                j += 1
            return mention.text, mention.entity_id, j
        if mention is not None and mention.label in NAME_LIKE_LABELS and mention.start == start:
            j = k
            while j < len(tokens) and tokens[j][0] < mention.end:
                j += 1
            return mention.text, mention.entity_id, j
        lower = word.lower()
        if lower in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON_PRONOUNS:
            name, entity_id = self._resolve_pronoun(lower, start)
            return name, entity_id, k + 1
        if mention is not None or not word[0].isalnum():
            return None
        if word[0].isupper() and lower not in CAPITALISED_FUNCTION_WORDS:
            j = k + 1
            while j < len(tokens) and (
                tokens[j][2][:1].isupper()
                # "said Madame de Vaucourt": a lower-case particle before a capitalised name
                or (tokens[j][2] in NAME_PARTICLES and j + 1 < len(tokens) and tokens[j + 1][2][:1].isupper())
                or (tokens[j][2] == "." and (
                    tokens[j - 1][2].lower() in ABBREVIATIONS
                    # An initial or a one-letter title ("M. Thiers told", "J. Smith said")
                    # is part of the name, as the sentence splitter already treats it.
                    or (len(tokens[j - 1][2]) == 1 and tokens[j - 1][2].isupper())
                ))
            ):
                j += 1
            name, entity_id = self._phrase_or_mention(tokens, k, j)
            return name, entity_id, j
        if lower in DETERMINERS:
            j = k + 1
            while j < len(tokens) and j - k <= 4 and tokens[j][2][0].isalnum():
                if tokens[j][2].lower() in CLAUSE_BREAKS or _cue_length(tokens, j) or (j > k + 1 and _is_filler(tokens[j][2])):
                    break  # "said the Colonel quietly"
                if lower in ("a", "an", "one", "some") and j > k + 1 and tokens[j][2].lower() in DESCRIPTION_LINKS:
                    break  # quotes.v17: "a trooper of the Natal Mounted Police recalled": the head ends at "of"
                j += 1
            if j == k + 1:
                return None
            if lower in ("a", "an", "one", "some"):
                if not _is_person_noun(tokens[j - 1][2]):
                    return None
                # "a waiter shouted", "a spokesman for the ministry said"
                if j + 1 < len(tokens) and tokens[j][2].lower() in DESCRIPTION_LINKS:
                    tail = self._subject_after(tokens, j + 1)
                    if tail is not None and tail[0] is not None:
                        stop = tail[2]
                        return self.text[tokens[k][0]:tokens[stop - 1][1]], None, stop
                return self.text[tokens[k][0]:tokens[j - 1][1]], None, j
            name, entity_id = self._phrase_or_mention(tokens, k, j)
            return name, entity_id, j
        if word.isalpha() and word.islower() and lower in PERSON_NOUNS and k + 1 < len(tokens) and _cue_length(tokens, k + 1):
            # A headline's bare noun: "'A wake-up call', minister says".
            return word, None, k + 1
        if word.isalpha() and word.islower() and lower not in CLAUSE_BREAKS:
            # 'said political scientist Jari Koskinen': a title in lower case before the name.
            for j in range(k + 1, min(k + 4, len(tokens))):
                mention = self._mention_at(tokens[j][0], tokens[j][1])
                if mention is not None:
                    if mention.label in PERSON_LABELS and mention.start == tokens[j][0]:
                        end = j
                        while end < len(tokens) and tokens[end][0] < mention.end:
                            end += 1
                        return mention.text, mention.entity_id, end
                    break
                if not (tokens[j][2].isalpha() and tokens[j][2].islower()):
                    break
        return None

    def _phrase_or_mention(self, tokens: list, first: int, stop: int):
        """(name, entity id, ...) for tokens[first:stop]; a speaker mention inside wins
        ("Senator Jane Doe", "the Hatter"); only a person, as "the Soviet leader" is no NORP."""
        for index in range(first, stop):
            mention = self._mention_at(tokens[index][0], tokens[index][1])
            if mention is not None and mention.label in PERSON_LABELS:
                return mention.text, mention.entity_id
        if not _is_person_noun(tokens[stop - 1][2]):
            # "The Tass agency states": a body's description speaks under the body's name
            # (but "the Pravda correspondent" is a person, not the paper).
            for index in range(first, stop):
                mention = self._mention_at(tokens[index][0], tokens[index][1])
                if mention is not None and mention.label == "ORG":
                    return mention.text, mention.entity_id
        return self.text[tokens[first][0]:tokens[stop - 1][1]], None

    def _is_person(self, mention: EntityMention) -> bool:
        """A person: tagged so, or a name the text has speak ("Fyodor said") that the tagger
        took for something else."""
        return mention.label in PERSON_LABELS or (
            mention.entity_id is None
            and (mention.text in self.speaking_names or mention.text in self.name_gender or mention.text in self.person_names)
        )

    def _learn_names(self) -> None:
        """Names that speak ("Fyodor said"), the gender a clause after a name gives it ("Lidia
        heard him ..., and she did not get up"), and the narrator's name ("called me Styopa").
        A name with either is a person even when the tagger took it for an organisation."""
        self.speaking_names: set[str] = set()
        self.name_gender: dict[str, str] = {}
        masked = self.masked
        # A transcript's turn labels ("LINDGREN:", "SAPRONOV (from his seat):") name who speaks
        # the turn, in which they are "I": never the antecedent of "he" or "she".
        self.turn_labels = {
            m.start for m in self.mentions
            if m.start in self.paragraph_starts and re.match(r"\s*(?:\([^()\n]{0,40}\))?\s*:", self.text[m.end:m.end + 45])
        }
        # A name the tagger took for a place or a body is still a person for attribution when
        # it is a known given name ("Cecilia" tagged GPE) or someone a quotation addresses at
        # its start ('"Cecilia, go up to bed."') and the narration names outside quotations.
        self.person_names: set[str] = set()
        addressed = set()
        for start, end in self.quoted:
            match = re.match(r"[“\"‘'«]([A-Z][\w’'-]+)[,!]\s", self.text[start:end])
            if match:
                addressed.add(match.group(1))
        # The first and last words of a person's full name name that person on their own.
        full_name_parts = {
            part
            for m in self.mentions
            if m.label in PERSON_LABELS and not self._inside_quotation(m.start) and len(m.text.split()) >= 2
            for part in (m.text.split()[0], m.text.split()[-1])
            if part[:1].isupper() and part.rstrip(".").lower() not in TITLE_WORDS and len(part.rstrip(".")) > 1
        }
        for mention in self.mentions:
            if mention.label in PERSON_LABELS | TIME_LABELS or mention.entity_id is not None:
                continue
            words = mention.text.split()
            if len(words) == 1 and mention.text in full_name_parts:
                self.person_names.add(mention.text)  # "Sonya" (tagged GPE) of "Sonya Melnikova"
                continue
            if words and len(words) <= 2 and (words[0].lower() in GIVEN_NAMES or (
                len(words) == 1 and mention.text in addressed and not self._inside_quotation(mention.start)
            )):
                self.person_names.add(mention.text)
        for mention in self.mentions:
            if mention.label in TIME_LABELS:
                continue
            before = self._tokens(max(0, mention.start - 12), mention.start)[-1:]
            following = masked[mention.end:mention.end + 1]
            if before and before[0][2].lower() in ("said", "cried", "asked", "replied", "answered", "exclaimed") and following in (",", "."):
                self.speaking_names.add(mention.text)  # '"Then open it," said Charlotte,'
            if mention.label in ("GPE", "LOC", "FAC"):
                continue
            after = self._tokens(mention.end, min(len(masked), mention.end + 40))[:2]
            if after and after[0][2].lower() in NAMING_VERBS:
                continue  # "an old Latvian called Jānis Ozols": a name given, nobody speaking
            if after and after[0][2].lower() in CUE_VERBS and after[0][2].lower().endswith("ed") | (
                after[0][2].lower() in ("said", "asked", "told", "cried", "spoke", "wrote", "says", "asks")
            ):
                self.speaking_names.add(mention.text)
        for s, s_start in enumerate(self.sentence_starts):
            s_end = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(masked)
            people = [
                m for m in self._mentions_between(s_start, s_end)
                if m.label in PERSON_LABELS or (m.label == "ORG" and m.entity_id is None and not m.text.lower().startswith("the "))
            ]  # "the Buick had gone, the old man stood ... his": a name with an article is no person
            if not people:
                continue
            first = people[0]
            match = GENDER_CLAUSE_RE.search(masked, first.end, s_end)
            if match and not any(first.end <= m.start < match.start() for m in people[1:]):
                self.name_gender.setdefault(first.text, "f" if match.group(1).lower() == "she" else "m")
            # "Krupskaya, who had typed the notes herself", "Trotsky took his hat": a reflexive or
            # "his" after the sentence's first person, before any other, is about that person.
            reflexive = REFLEXIVE_RE.search(masked, first.end, s_end)
            if reflexive and not any(first.end <= m.start < reflexive.start() for m in people[1:]):
                self.name_gender.setdefault(first.text, "f" if reflexive.group(1).lower() == "herself" else "m")
        # quotes.v19: "The train stood when Sermuks came in. He did not sit down.": the one
        # person a sentence of narration names, when the next sentence of its paragraph opens
        # with "he" or "she", is of that gender.
        for s, s_start in enumerate(self.sentence_starts[:-1]):
            s_end = self.sentence_starts[s + 1]
            people = [m for m in self._mentions_between(s_start, s_end) if m.label in PERSON_LABELS]
            if len(people) != 1 or any(s_start <= q < s_end for q in self.quoted_starts):
                continue
            if self.text.startswith(("'s", "’s"), people[0].end):
                continue
            following = re.match(r"\s*(He|She)\b", masked[s_end:s_end + 6])
            if following and self._paragraph_start(s_end) == self._paragraph_start(people[0].start):
                self.name_gender.setdefault(people[0].text, "f" if following.group(1) == "She" else "m")
        # A noun of kinship or sex in apposition gives a name its gender ("Bessonov's daughter,
        # Varvara Nikodimovna", "his wife Natalia", "Vinter, the chief engineer's widow").
        for mention in self.mentions:
            if mention.label not in PERSON_LABELS or mention.text in self.name_gender:
                continue
            before = re.search(r"\b([a-z]+),?\s+$", masked[max(0, mention.start - 20):mention.start])
            after = re.match(r",\s+(?:the|a|an|his|her|their|[A-Z][\w’'-]*[’']s)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b", masked[mention.end:mention.end + 60])
            for found in (before, after):
                noun = found.group(1) if found else None
                if noun in GENDERED_NOUNS:
                    self.name_gender[mention.text] = GENDERED_NOUNS[noun]
                    break
        # A surname takes the gender its full name has ("Nikolai Krestinsky" ... "Krestinsky").
        self.surname_gender: dict[str, str] = {}
        # A title or a given name is surer than a pronoun seen after the name ("Helena Marsh"
        # ... "Marsh is good on his isolation": his is Tomsky's).
        self.sure_surname_gender: dict[str, str] = {}
        for mention in self.mentions:
            if mention.label in PERSON_LABELS and " " in mention.text and len(mention.text.split()) > 1:
                first = mention.text.split(" ", 1)[0].rstrip(".").lower()
                title = self._title_before(mention.start) or (first if first in FEMALE_TITLES + MALE_TITLES else None)
                sure = ("f" if title in FEMALE_TITLES else "m") if title else (
                    "f" if first in FEMALE_GIVEN_NAMES else "m" if first in MALE_GIVEN_NAMES else None
                )
                gender = sure or self.name_gender.get(mention.text)
                # the first full name with the surname decides, even when its gender is
                # unknown ("Käthe Kollwitz ... Karl Kollwitz": "Kollwitz" need not be a man)
                self.surname_gender.setdefault(mention.text.split()[-1], gender)
                self.sure_surname_gender.setdefault(mention.text.split()[-1], sure)
        self.surname_gender = {k: v for k, v in self.surname_gender.items() if v}
        self.sure_surname_gender = {k: v for k, v in self.sure_surname_gender.items() if v}
        # A given name shares the gender its full name has ("Fräulein Melnikova" makes "Sonya
        # Melnikova", and so "Sonya", a woman).
        self.given_gender: dict[str, str] = {}
        for mention in self.mentions:
            words = mention.text.split()
            if mention.label in PERSON_LABELS and len(words) >= 2 and words[-1] in self.surname_gender:
                self.given_gender.setdefault(words[0], self.surname_gender[words[-1]])
        # A headline ("“I Write the Footnotes First”: A Conversation with Miriam Kagan"): a short
        # first paragraph without a final stop; the person it names outside quotations.
        self.headline_person = None
        if self.paragraphs:
            h_start, h_end = self.paragraphs[0]
            headline = masked[h_start:h_end].rstrip()
            if len(self.paragraphs) > 1 and len(WORD_COUNT_RE.findall(headline)) <= 25 and not headline.endswith((".", "!", "?")):
                self.headline_person = next(
                    (m for m in self._mentions_between(h_start, h_end) if m.label in PERSON_LABELS and not self._inside_quotation(m.start)),
                    None,
                )
        # An interview (two questions or more, each a paragraph of its own, "Q:" or a question
        # outside quotations): "I" in the answers is the one interviewed, named in the headline
        # or else first in the text.
        questions = [
            (a, b) for a, b in self.paragraphs
            if re.match(r"Q[:.]\s", self.text[a:b]) or (masked[a:b].rstrip().endswith("?") and not any(a <= q < b for q in self.quoted_starts))
        ]
        self.interview_questions = questions if len(questions) >= 2 else []
        self.interviewee = None
        if self.interview_questions:
            self.interviewee = self.headline_person or next(
                (m for m in self.mentions if m.label in PERSON_LABELS and not self._inside_quotation(m.start)), None
            )
        self.narrator = None
        # The narrator's names in the form last written where they first give one: "everybody
        # called me Kid, though my name is Harry Boyle" -> "Harry Boyle", "My name is Deborah
        # Quayle, but everyone calls me Dee" -> "Dee" (a name given again much later, in another
        # scene, is not how the text goes on to call them)
        given_end = None
        # quotes.v21: every name the narrator gives there ("My name is Thomas Ashby, but ...
        # they called me Tidy") is "I" to the narration, never "he" or "she"
        self.narrator_names: set[str] = set()
        for match in NARRATOR_RE.finditer(masked):
            if given_end is not None and match.start() - given_end > NARRATOR_NAME_GAP:
                break
            name = next((g for g in match.groups() if g), None)
            mention = self._mention_at(match.start(match.lastindex), match.end(match.lastindex))
            if mention is not None and mention.label in PERSON_LABELS:
                self.narrator = mention.text  # "I am Ellen Ware": the whole name
                given_end = match.end()
                self.narrator_names.add(self.narrator)
            elif name and not match.group(0).lower().startswith(("i am", "i'm", "i’m")):
                self.narrator = name
                given_end = match.end()
                self.narrator_names.add(self.narrator)
        if self.narrator is None and len(FIRST_PERSON_I_RE.findall(masked)) >= 3:
            # "— from the memoirs of Ilya Gordeyev (1902–1981)": the one whose memoir it is
            for match in MEMOIR_OF_RE.finditer(masked):
                mention = next((m for m in self._mentions_between(match.end(), match.end() + 60) if m.start == match.end()), None)
                if mention is not None and self._is_person(mention):
                    self.narrator = mention.text
            if self.narrator is None:
                self.narrator = self._addressed_narrator()

    def _addressed_narrator(self) -> str | None:
        """The narrator of a first-person story, when others call them by name: the person
        addressed most often in turns the narrator does not speak, a turn someone else is said
        to speak counting double ('“Miss Ellison,” he said' 2, '“Who taught you, Miss
        Ellison?”' 1; at least 2, and more than anyone else), in the fullest form the text
        gives that name ("Comrade Ruth Ellison")."""
        counts: dict[str, int] = {}
        ids: dict[str, set] = {}
        for start, end in self.quoted:
            if FIRST_PERSON_TAG_RE.match(self.text, end):
                continue  # '“Sam,” I said': the narrator calls someone else
            weight = 2 if THIRD_PERSON_TAG_RE.match(self.text, end) else 1
            for mention in self._mentions_between(start, end):
                if not self._is_person(mention):
                    continue
                before = self.text[max(start, mention.start - 14):mention.start]
                if VOCATIVE_BEFORE_RE.search(before) and self.text[mention.end:mention.end + 1] in (",", ".", "?", "!"):
                    surname = mention.text.split()[-1]
                    counts[surname] = counts.get(surname, 0) + weight
                    ids.setdefault(surname, set()).add(mention.entity_id)
        # A narrator is not the subject of the narration's own sentences ("Lev Davidovich was
        # calm"): a name the narration uses so is someone else.
        for m in self.mentions:
            if self._inside_quotation(m.start) or not self._is_person(m):
                continue
            for surname in list(counts):
                if (m.text.split()[-1] == surname or (m.entity_id and m.entity_id in ids[surname])) and (
                    self._salient_subject(m, self._sentence_start(m.start)) or self._verb_follows(m)
                ):
                    del counts[surname]
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        # called twice or more, and more often than anyone else
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        surname = ranked[0][0]
        forms = [m.text for m in self.mentions if self._is_person(m) and m.text.split()[-1] == surname]
        return max(forms, key=lambda form: (len(form.split()), form))

    def _gender(self, mention: EntityMention) -> str | None:
        """"m", "f" or None: from a title before the name ("Mrs."), a given name ("Harriet"),
        the given name of the person's canonical name ("Trotsky" is "Leon Trotsky"), or what
        the text says of the name or of another mention sharing its surname."""
        if mention.text in FAMILY_ADDRESS:
            return FAMILY_ADDRESS[mention.text][0]
        title = self._title_before(mention.start)
        if title is not None:
            return "f" if title in FEMALE_TITLES else "m"
        canonical = _canonical_names().get(mention.entity_id) if mention.entity_id else None
        first = (canonical or mention.text).split(" ", 1)[0].rstrip(".").lower()
        if first in FEMALE_TITLES or first in FEMALE_GIVEN_NAMES:
            return "f"
        if first in MALE_TITLES or first in MALE_GIVEN_NAMES or first in ABBREVIATED_MALE_NAMES:
            return "m"
        if " " not in mention.text and mention.text in self.sure_surname_gender:
            return self.sure_surname_gender[mention.text]
        if mention.text in self.name_gender:
            return self.name_gender[mention.text]
        if mention.text in self.given_gender:
            return self.given_gender[mention.text]
        return self.surname_gender.get(mention.text.split()[-1])

    def _fits_pronoun(self, pronoun: str, mention: EntityMention) -> bool:
        if pronoun in PLURAL_PRONOUNS:
            return mention.label in GROUP_LABELS and mention.text not in self.speaking_names
        if not self._is_person(mention) or self._addressed(mention.text) or mention.start in self.turn_labels:
            return False  # '"You are late, Captain Fenwick," she said': not the one addressed
        if self._is_narrator(mention):
            return False  # the narrator is "I" to the narration, never "he" or "she"
        gender = self._gender(mention)  # "Mrs. Pennington" is no "he"
        return gender is None or gender == ("f" if pronoun == "she" else "m")

    def _reported_clause_subject(self, s_start: int, mention: EntityMention) -> bool:
        """"Natalia told me that on the train Lev Davidovich was calm": the subject of a clause
        after "that" (past a short phrase of time or place) is what the report is about."""
        before = self._tokens(max(s_start, mention.start - 80), mention.start)
        words = [t[2].lower() for t in before]
        if "that" not in words[-7:]:
            return False
        k = len(words) - 1 - words[::-1].index("that")
        between = words[k + 1:]
        while between and between[-1] in TITLE_WORDS | {".", ","}:
            between = between[:-1]  # "that Mr. Kerr", "that on the train, Kerr"
        if between and (between[0] not in PREPOSITIONS or "," in between):
            return False
        return self._verb_follows(mention)

    def _first_person_subject(self, start: int, end: int) -> bool:
        """Whether the clause from ``start`` to ``end`` has "I" or "we" as its subject: the first
        word, or the first after an opening phrase and its comma ("On Monday, I saw")."""
        tokens = self._tokens(start, end)
        comma = next((k for k, t in enumerate(tokens[:10]) if t[2] == ","), None)
        for k in (0, comma + 1 if comma is not None else None):
            if k is not None and k < len(tokens) and tokens[k][2] in ("I", "We", "we"):
                return True
        return False

    def _is_narrator(self, mention: EntityMention) -> bool:
        """Whether ``mention`` names the first-person narrator (the whole name or its surname)."""
        if not self.narrator:
            return False
        return any(
            mention.text == name or (len(name.split()) > 1 and mention.text.split()[-1] == name.split()[-1])
            for name in {self.narrator} | self.narrator_names
        )

    def _resolve_pronoun(self, pronoun: str, position: int) -> tuple[str | None, str | None]:
        if pronoun == "i":
            # "Idowu: I read that review. I said to my wife, “...”": the turn's own speaker, as
            # its label names them, before any guess at who the interviewee is
            paragraph = self._paragraph_start(position)
            label = next((m for m in self.mentions if m.start == paragraph and m.start in self.turn_labels), None)
            if label is not None:
                return label.text, label.entity_id
        if pronoun == "i" and self.interviewee is not None and self._in_answer(position):
            named = self._narration_name(self.interviewee, position, whole_words=True) or self.interviewee
            return named.text, named.entity_id
        if pronoun == "i" and self.narrator:
            return self.narrator, None
        if pronoun in FIRST_PERSON_PRONOUNS:
            return None, None
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        nearest = None
        confirmed_nearest = None  # the nearest candidate whose gender the text makes sure of
        distance = 0  # sentences looked at, not counting those about the same pronoun
        chain = False  # whether sentences opened by the same pronoun were passed over
        opened = False  # whether one of them opens with the pronoun itself ("He looked at ...")
        he_between = False  # whether a sentence with "he" and no name was passed over
        for s in range(sentence, max(sentence - 12, -1), -1):
            s_start = self.sentence_starts[s] if s >= 0 else 0
            s_end = position if s == sentence else (
                self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self.text)
            )
            if nearest is not None and self._paragraph_start(s_start) < self._paragraph_start(nearest.start) < (
                self._paragraph_start(position)
            ):
                # the nearest name stands in the paragraph before the pronoun's: a subject two
                # paragraphs back does not outrank it
                break
            candidates = [
                m for m in self._mentions_between(s_start, s_end)
                if not self._inside_quotation(m.start) and self._fits_pronoun(pronoun, m)
                and not self._asker_in_another_turn(m, position)
                # "took her to Florence": a place after a preposition is a place, whatever
                # given name it shares
                and not (m.label in PLACE_LABELS and self._after_preposition(m.start))
            ]
            if s < sentence and self._about_pronoun(s_start, s_end, pronoun, candidates):
                chain = True
                opened = opened or self._opens_with(s_start, s_end, pronoun)
                continue  # "He blamed Stalin ...", "In 1899 he backed X": the same person, further back
            he_between = he_between or (s < sentence and not candidates and re.search(r"\b[Hh]e\b", self.masked[s_start:s_end]) is not None)
            if s < sentence:
                distance += 1
            if not candidates and distance <= 1 and pronoun in SINGULAR_PRONOUNS:
                # quotes.v21: "The Observer's critic was less generous: “...”, she wrote": a
                # sentence opened by a body's possessive description of a person the text does
                # not name ("Variety's reviewer", "the paper's editor") is about that unnamed
                # person, not someone named further back
                owned = re.match(r"\s*((?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+(?!of\b|and\b|or\b|who\b|[A-Z])[a-z]+", self.masked[s_start:s_end])
                if owned is not None and _is_person_noun(owned.group(2)) and GENDERED_NOUNS.get(owned.group(2), "f" if pronoun == "she" else "m") == ("f" if pronoun == "she" else "m"):
                    return self.text[s_start + owned.start(1):s_start + owned.end(1)], None
            if not candidates and s < sentence and distance == 1 and pronoun in SINGULAR_PRONOUNS:
                # "The executive director said the agency would ... “...,” he said": the
                # sentence before is about a description that the text gave a name.
                described = self._described_subject(s_start, s_end)
                if described is not None:
                    return described
                # quotes.v18: "A high official of the commissariat said ... “...,” he said": the
                # sentence before is about someone the text never names
                unnamed = UNNAMED_OPENING.match(self.masked, s_start)
                if unnamed is not None:
                    words = re.finditer(r"[a-z][\w-]*", self.masked[unnamed.end("article") : unnamed.end("article") + 40])
                    for _, word in zip(range(3), words):
                        if _is_person_noun(word.group()) or word.group() in MEMBER_NOUNS:
                            end = unnamed.end("article") + word.end()
                            if re.match(r"[^,.;:]{0,40}, (?:he|she|they)\b", self.masked[end : end + 60]):
                                break  # "A former bus driver, he told reporters": the pronoun's own description
                            return self.text[unnamed.start("article") : end], None
                # quotes.v19: "The waiter brought the brandies. He was an old man ... “...,” he
                # said": a sentence opened by a plain description of a person the text never
                # names is about that person, not someone named further back
                definite = re.match(r"\s*(The\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+(?!of\b|and\b|or\b|who\b)[a-z]+", self.masked[s_start:s_end])
                if definite is not None and _is_person_noun(definite.group(2)) and GENDERED_NOUNS.get(definite.group(2), "f" if pronoun == "she" else "m") == ("f" if pronoun == "she" else "m"):
                    name, entity_id = self._resolve_description(definite.group(1), s_start + definite.end(1), [])
                    if entity_id is not None or (name and name[:1].isupper() and not name.startswith("The ")):
                        return name, entity_id
                    return self.text[s_start + definite.start(1):s_start + definite.end(1)], None
            if not candidates and s < sentence and distance <= 2 and pronoun in SINGULAR_PRONOUNS:
                # "Their mother came in ... She was a small woman ... “Who is coming?” she
                # asked": a sentence opened by a kin description of the pronoun's gender, named
                # right after ("Mrs Kask"), is about that person (the turn's own quotation may
                # stand between).
                kin = KIN_DESCRIPTION_RE.match(self.masked, s_start)
                if kin is not None and (kin.group(1).lower() in FEMALE_KIN) == (pronoun == "she"):
                    named = self._kin_name(kin.group(0))
                    if named is not None:
                        return named.text, named.entity_id
            if not candidates and s < sentence and distance == 1 and pronoun in SINGULAR_PRONOUNS:
                # quotes.v20: "My son in Paris keeps them. When he sent the last box, he wrote
                # to me: “...”": a sentence opened by a kin noun of the pronoun's gender, with
                # no name beside it, is about that unnamed person, not someone named before
                own = OWN_KIN_RE.match(self.masked, s_start)
                if own is not None and (own.group(1).lower() in FEMALE_KIN | {"daughter", "sister"}) == (pronoun == "she"):
                    described = own.group(0).strip()
                    named = self._kin_name(described) if KIN_DESCRIPTION_RE.fullmatch(described) else None
                    if named is not None:
                        return named.text, named.entity_id
                    if not re.match(r",?\s+[A-Z]", self.masked[own.end():own.end() + 3]):
                        return described, None
            if not candidates:
                continue
            if s < sentence and distance == 1 and pronoun in SINGULAR_PRONOUNS:
                # quotes.v19: "An eyewitness told your correspondent that Leon Trotzky's
                # automobile was fired upon ... “...,” he said": the sentence is about someone
                # the text never names; a name owning something or inside what was told is not it
                unnamed = UNNAMED_OPENING.match(self.masked, s_start)
                if unnamed is not None and all(
                    self.text.startswith(("'s", "’s"), m.end) or re.search(r"\b(?:that|how|whether|why|when|what|where)\b", self.masked[s_start:m.start]) for m in candidates
                ):
                    words = list(re.finditer(r"[a-z][\w-]*", self.masked[unnamed.end("article"):unnamed.end("article") + 40]))[:3]
                    for word in words:
                        if _is_person_noun(word.group()) or word.group() in MEMBER_NOUNS:
                            end = unnamed.end("article") + word.end()
                            return self.text[unnamed.start("article"):end], None
            wanted = "f" if pronoun == "she" else "m"
            confirmed = [m for m in candidates if pronoun in SINGULAR_PRONOUNS and self._gender(m) == wanted]
            if confirmed_nearest is None and confirmed:
                confirmed_nearest = confirmed[-1]
            if confirmed and s == sentence:
                candidates = confirmed  # "Captain Fenwick ..., and Mrs. Ashcombe ... she"
            if (
                (chain or he_between) and nearest is None and pronoun == "he" and len(candidates) == 1
                # (a parenthesis right after the name speaks of the name itself: 'Lev Sedov
                # ("Lyova," as everyone called him) had come over')
                and re.search(r"\bhim\b", re.sub(r"^\s*\([^()]*\)", "", self.masked[candidates[0].end:s_end]))
            ):
                # "Victor Serge, who knew him in Moscow, remembered him ... Expelled ..., he was
                # exiled ... he wrote": a run of "he" goes on from the one this sentence calls
                # "him", not from the one who speaks of him
                if confirmed_nearest is candidates[0]:
                    confirmed_nearest = None
                continue
            plain = [m for m in candidates if not self.text.startswith(("'s", "’s"), m.end)]
            if not plain and (not confirmed or all(self._owns_a_person(m) for m in candidates)):
                # "His friend Jimmy Maxton's widow ... asked him whether he regretted": a name
                # that only owns something, above all someone, is rarely the one the pronoun
                # takes up
                continue
            # "the house in Laura Place, and Mrs. Pennington": a preposition's object is rarely
            # the antecedent; nor is a name that a subject mention in the sentence outranks.
            free = [m for m in plain if not self._after_preposition(m.start)]
            subjects = [
                m for m in free
                if self._subject_like(m, s_start) or self._after_introduction(s_start, m) or self._reported_clause_subject(s_start, m)
                or self._cleft_focus(m)
            ]
            chosen = (subjects or free or plain or candidates)[0]
            # "Kamenev was followed by Bukharin": the agent of a passive is the one who acts.
            passive = PASSIVE_BY_RE.match(self.text, chosen.end)
            if passive:
                agent = [m for m in candidates if m.start == passive.end()]
                if agent:
                    chosen = agent[0]
            # A mention opening its sentence is likely its subject, the usual antecedent; so is
            # one in apposition to the description that opens it ("The Lord Mayor, Alderman
            # Thomas Dowd, appealed for calm").
            # A run of sentences about "he" ("He says ... He told me ...") refers to someone in
            # the sentence right before the run: the one that run's first "he" took up.
            if s == sentence and re.match(r",\s+who\b", self.masked[chosen.end:chosen.end + 8]) and self._sentence_start(chosen.start) == s_start:
                # "Olson, who likes to talk about what he calls ...": the pronoun is in the
                # relative clause of the name it follows.
                return chosen.text, chosen.entity_id
            if chain and nearest is None:
                narration = not any(s_start <= q < s_end for q in self.quoted_starts)
                if opened and distance == 1 and narration and (
                    self._salient_subject(chosen, s_start) or self._named_predicate(chosen)
                ):
                    # "Aronovich capitulated ... He came to say goodbye ... “...,” he said": a
                    # run of sentences opened by "he" takes up the one the sentence of narration
                    # right before it is about; a writer starts no such run on someone else, so
                    # no name further back outranks it for being surer of its gender. (A turn's
                    # tag, '“...,” Dell said. He looked away', sets no topic: turns alternate.)
                    return chosen.text, chosen.entity_id
                return self._surer_gender(chosen, confirmed_nearest, pronoun)
            if distance == 1 and len(candidates) == 1 and s < sentence and self._first_person_subject(s_start, chosen.start):
                # "I saw General Hay on the 31st. He said:": the one the narrator met is the
                # only third person about; no one further back is surer
                return chosen.text, chosen.entity_id
            opening = self._tokens(s_start, chosen.start)
            if s_start == self._paragraph_start(s_start) and re.fullmatch(r"[^—–\n]{1,40}?[.,]?\s*[—–]\s*", self.masked[s_start:chosen.start]):
                # quotes.v20: "Wednesday, 19th.—Volynsky came back ...": a diary's or a report's
                # heading before the dash is no part of the sentence the name opens
                opening = []
            # "We left Ranikhet ... it was Ang Tsering who ...": a name after a pronoun that
            # opens the sentence is its object, which outranks no nearer name
            opens_short = len(opening) <= 3 and not (nearest is not None and opening and opening[0][2] in ("I", "We", "He", "She", "They", "You"))
            if (opens_short or chosen in subjects or self._opening_apposition(s_start, chosen)) and distance <= 3:
                return self._surer_gender(chosen, confirmed_nearest, pronoun)
            if nearest is None:
                nearest = chosen
        if nearest is not None:
            return self._surer_gender(nearest, confirmed_nearest, pronoun)
        found = self._noun_antecedent(pronoun, sentence, position)
        if pronoun in SINGULAR_PRONOUNS and (found[0] is None or _unnamed_person(found[0])):
            named = self._named_later(pronoun, position)
            if named[0] is not None:
                return named
        return found

    def _asker_in_another_turn(self, mention: EntityMention, position: int) -> bool:
        """Whether, in a transcript, ``mention`` asks the question quoted in an earlier turn by
        someone else ("OKAFOR: A listener, Tom in Leeds, emailed to ask, “Why ...?”" /
        "AYDIN: ... He called it"): the turn answering the question speaks to the asker, and its
        "he" is the one the question is about."""
        paragraph = self._paragraph_start(position)
        own = self._paragraph_start(mention.start)
        if own == paragraph or paragraph not in self.turn_labels or own not in self.turn_labels:
            return False
        label = next((m for m in self.mentions if m.start == own), None)
        if label is None or self.text[label.start:label.end] == self.text[paragraph:paragraph + len(label.text)]:
            return False  # the same speaker's earlier turn
        end = self._paragraph_end(own)
        for start, stop in self.quoted:
            if mention.end <= start < end:
                between = [m for m in self._mentions_between(mention.end, start) if self._is_person(m)]
                return not between and self.text[start:stop].rstrip("”»\"' ").endswith("?")
        return False

    def _named_predicate(self, mention: EntityMention) -> bool:
        """"The man who met us was called Ostapenko", "Her name was Vera": a name given as
        what the sentence's subject is called, which makes that name its topic."""
        before = [t[2].lower() for t in self._tokens(max(0, mention.start - 30), mention.start)][-2:]
        return bool(before) and (before[-1] in ("called", "named") and before[-2:-1] and before[-2] in BE_FORMS or (
            before[-1] in BE_FORMS and len(before) == 2 and before[0] == "name"
        ))

    def _named_later(self, pronoun: str, position: int) -> tuple[str | None, str | None]:
        """A "she" with nobody before her is someone the text names later ("“To Belgrade,” she
        said ... Vera Petrović said at last"): the first person after ``position``, outside
        quotations, whom the text makes sure is of the pronoun's gender."""
        wanted = "f" if pronoun == "she" else "m"
        for mention in self._mentions_between(position, len(self.text)):
            if self._inside_quotation(mention.start) or not self._is_person(mention) or mention.start in self.turn_labels:
                continue
            if self._gender(mention) == wanted:
                # the fullest form the text gives that name ("Madame Petrović" ... "Vera Petrović")
                surname = mention.text.split()[-1]
                fuller = [
                    m for m in self.mentions
                    if m.text.split()[-1] == surname and self._is_person(m) and not self._inside_quotation(m.start)
                ] + [
                    # a given name's full form, even as someone says it ("You've met Marta Lenz.")
                    m for m in self.mentions
                    if " " not in mention.text and m.text.split()[0] == mention.text and len(m.text.split()) == 2
                    and m.label in PERSON_LABELS
                ]
                best = max(fuller, key=lambda m: (len(m.text.split()), -m.start), default=mention)
                return best.text, best.entity_id
        return None, None

    def _verb_follows(self, mention: EntityMention) -> bool:
        """"Lyova sat by the telephone": a lower-case word that can be a verb right after a name."""
        after = self._tokens(mention.end, min(len(self.text), mention.end + 30))[:1]
        return bool(after) and after[0][2].isalpha() and after[0][2].islower() and after[0][2] not in NOT_VERBS_AFTER_SUBJECT

    def _owns_a_person(self, mention: EntityMention) -> bool:
        """"Jimmy Maxton's widow", "Lenin's sister": a possessive of a word for a person."""
        match = re.match(r"['’]s\s+(?:[a-z]+\s+)?([a-z]+)", self.text[mention.end:mention.end + 40])
        return match is not None and (match.group(1) in GENDERED_NOUNS or _is_person_noun(match.group(1)) or match.group(1) in ("friend", "friends", "secretary", "comrade"))

    def _further_confirmed(self, pronoun: str, chosen: EntityMention, position: int) -> EntityMention | None:
        """The nearest person before ``chosen`` (within twelve sentences of the pronoun) whose
        gender the text confirms for ``pronoun``, if ``chosen``'s gender is unknown."""
        if pronoun not in SINGULAR_PRONOUNS or self._gender(chosen) is not None:
            return None
        if " " in chosen.text or any(m.text.endswith(" " + chosen.text) for m in self.mentions):
            return None  # a full name ("Pavel Rudin") is no passing character of a dialogue
        wanted = "f" if pronoun == "she" else "m"
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        window = self.sentence_starts[max(sentence - 12, 0)] if self.sentence_starts else 0
        after = self._tokens(chosen.end, min(len(self.text), chosen.end + 30))[:1]
        opening = self._tokens(self._sentence_start(chosen.start), chosen.start)
        opens = all(k[2][:1].isupper() or k[2] in ("the", ".") for k in opening)  # "Alderman Smith said"
        if after and after[0][2].lower() in CUE_VERBS and opens and self._paragraph_start(chosen.start) == self._sentence_start(chosen.start):
            # "Alderman Smith said the Council had ... “...,” he added": the one whose words
            # the paragraph reports keeps "he" against a surer name from a paragraph before
            window = max(window, self._paragraph_start(chosen.start))
        for mention in reversed(self._mentions_between(window, chosen.start)):
            if self._inside_quotation(mention.start) or not self._fits_pronoun(pronoun, mention):
                continue
            if self._gender(mention) == wanted and mention.text.split()[-1] != chosen.text.split()[-1]:
                # Only a subject is salient enough to win over a nearer name: not a possessive
                # ("Lenin’s notes"), a preposition's object ("the diary of Walter Brandt"),
                # nor a name in a sentence whose subject is the pronoun itself ("He told me
                # that Hart himself may come": he is not Hart).
                s_start = self._sentence_start(mention.start)
                if self._salient_subject(mention, s_start) and not self._about_pronoun(
                    s_start, self._sentence_end(mention.start), pronoun, [mention]
                ):
                    return mention
        return None

    def _described_subject(self, start: int, end: int):
        """(name, id) when the sentence [start, end) opens with "The <description>" followed by
        a speech verb and the description refers back to a named person, else None."""
        words = self.masked[start:end].split(" ", 5)
        if not words or words[0] not in ("The", "the"):
            return None
        for n in range(2, min(len(words), 5)):
            # ("The doctor was a stout, cheerful man ... He bowed ... “...,” said he": a title
            # noun opening the sentence as its subject, whatever its verb)
            titled = n == 2 and words[1] in TITLE_WORDS and (words[n] in BE_FORMS | {"had", "came", "stood", "sat", "looked", "turned", "rose", "bowed", "smiled", "nodded"})
            if (words[n].lower() in CUE_VERBS or titled) and all(re.fullmatch(r"[a-z][\w’'-]*", w) for w in words[1:n]):
                description = " ".join(words[:n])
                name, entity_id = self._resolve_description(description, start, [])
                if name != description and self._names_someone(name):
                    return name, entity_id
                return None
        return None

    def _noun_antecedent(self, pronoun: str, sentence: int, position: int):
        if pronoun in SINGULAR_PRONOUNS:
            # "the foreman came in ... he said": a noun for a person, with no name about.
            window = self.sentence_starts[max(sentence - 4, 0)] if self.sentence_starts else 0
            for match in reversed(list(PERSON_NOUN_RE.finditer(self.masked, window, position))):
                words = match.group(1).split()
                for n in (1, 2):
                    if len(words) >= n and (words[n - 1] in PERSON_NOUNS or words[n - 1].endswith(("man", "woman"))):
                        return self.text[match.start():match.start(1)] + " ".join(words[:n]), None
        return None, None

    def _surer_gender(self, chosen: EntityMention, confirmed: EntityMention | None, pronoun: str):
        """An antecedent of unknown gender yields to one whose gender the text confirms, nearer
        or up to twelve sentences further back: writers use "he" where it cannot be misread
        ("Harry Marsh" and "Dell")."""
        if confirmed is not None and not self._salient_subject(confirmed, self._sentence_start(confirmed.start)):
            confirmed = None  # "Rakovsky could be funny in a way Trotsky rarely allowed himself"
        if confirmed is None:
            confirmed = self._further_confirmed(pronoun, chosen, chosen.start)
        if confirmed is not None and self._gender(chosen) is None and pronoun in SINGULAR_PRONOUNS:
            return confirmed.text, confirmed.entity_id
        return chosen.text, chosen.entity_id

    def _about_pronoun(self, start: int, end: int, pronoun: str, candidates: list) -> bool:
        """Whether the sentence [start, end) is about the pronoun's referent: it opens with the
        pronoun, or a form of it ("In 1899 he supported X", "A grant took him to Paris, ahead
        of Y") comes before any name that could be its antecedent."""
        if self._opens_with(start, end, pronoun):
            return True
        forms = PRONOUN_FORMS.get(pronoun)
        if not forms:
            return False
        limit = candidates[0].start if candidates else end
        if candidates and self._after_introduction(start, candidates[0]):
            return False  # "Asked whether he still trusted them, Albrecht paused": he is Albrecht
        for begin, _, word in self._tokens(start, limit):
            if word.lower() in forms and not self._inside_quotation(begin):
                return bool(candidates)
        return False

    def _after_preposition(self, position: int) -> bool:
        """Whether the mention at ``position`` is a preposition's object ("towards Graça")."""
        before = self._tokens(max(0, position - 30), position)
        if before and before[-1][2].lower() in TITLE_WORDS and len(before) >= 2:
            before = before[:-1]
        return bool(before) and before[-1][2].lower() in OBJECT_PREPOSITIONS

    def _subject_like(self, mention: EntityMention, s_start: int) -> bool:
        """A mention that a verb of speech, thought or action follows (after an appositive or
        a relative clause): "the Chief Medical Officer, Dr Anil Ramaswamy, said"."""
        tokens = self._tokens(mention.end, min(len(self.text), mention.end + 120))
        k = 0
        if len(tokens) > 1 and tokens[0][2] == "," and _cue_length(tokens, 1, attribution=True):
            return True
        if k < len(tokens) and tokens[k][2] == ",":
            # Skip an appositive or relative clause up to the next comma.
            k += 1
            while k < len(tokens) and k <= 14 and tokens[k][2] not in (",", ".", ";", ":"):
                k += 1
            if k >= len(tokens) or tokens[k][2] != ",":
                return False
            k += 1
        while k < len(tokens) and _is_filler(tokens[k][2]):
            k += 1
        if k >= len(tokens):
            return False
        return bool(_cue_length(tokens, k, attribution=True))

    def _cleft_focus(self, mention: EntityMention) -> bool:
        """The focus of a cleft sentence ("it was Ang Tsering who settled it"): the one it is about."""
        return bool(
            re.search(r"\b[Ii]t\s+(?:was|is)\s+$", self.text[max(0, mention.start - 12):mention.start])
            and re.match(r"\s+(?:who|that)\b", self.text[mention.end:mention.end + 6])
        )

    def _salient_subject(self, mention: EntityMention, s_start: int) -> bool:
        """A mention in subject position: opening its sentence, after an introductory phrase,
        or followed by a verb of speech or thought; never a possessive or a preposition's object."""
        if self.text.startswith(("'s", "’s"), mention.end) or self._after_preposition(mention.start):
            return False
        return (
            len(self._tokens(s_start, mention.start)) <= 3
            or self._subject_like(mention, s_start)
            or self._after_introduction(s_start, mention)
        )

    def _after_introduction(self, s_start: int, mention: EntityMention) -> bool:
        """Whether ``mention`` is the subject after a sentence-initial adverbial phrase: "After the
        vote was taken, Pell left the hall", "On the evening of 9 May, Grisha Levin burst in",
        "Asked about the vote, Dr. Pell shrugged". The phrase opens with a
        preposition, a subordinating word or a participle, ends in the sentence's first comma
        right before the name (and its title), and a lower-case word other than a conjunction,
        relative or preposition follows the name."""
        before = self._tokens(s_start, mention.start)
        # "POLICE COURT.—Before Mr. Bewes, to-day, William Penhale ...": a run-in heading in
        # capitals is no part of the sentence
        dash = next((k for k, t in enumerate(before[:8]) if t[2] in ("—", "–")), None)
        if dash is not None and dash > 0 and all(t[2].isupper() or not t[2].isalnum() for t in before[:dash]):
            before = before[dash + 1:]
        while before and (before[-1][2] == "." or before[-1][2].lower() in TITLE_WORDS):
            before = before[:-1]
        if len(before) < 2 or len(before) > 16 or before[-1][2] != ",":
            return False
        if any(t[2] in (";", ":") for t in before[:-1]):
            return False
        commas = [k for k, t in enumerate(before[:-1]) if t[2] == ","]
        if commas and (len(commas) > 1 or len(before) - 2 - commas[0] > 2):
            return False  # only a short phrase set off after the introduction (", to-day,")
        first = before[0][2]
        if not (first.lower() in INTRODUCERS or (first[:1].isupper() and first.lower().endswith(("ed", "ing")))):
            return False
        after = self._tokens(mention.end, min(len(self.text), mention.end + 120))
        if after and after[0][2] == ",":
            # "..., William Penhale, a seaman of H.M.S. Impregnable, was fined": an appositive
            close = next((k for k, t in enumerate(after[1:16], 1) if t[2] in (",", ";", ":")), None)
            if close is None or after[close][2] != "," or after[1][2].lower() not in DETERMINERS:
                return False
            after = after[close + 1:]
        after = after[:1]
        return bool(after) and after[0][2].isalpha() and after[0][2].islower() and after[0][2] not in NOT_VERBS_AFTER_SUBJECT

    def _opening_apposition(self, s_start: int, mention: EntityMention) -> bool:
        """"The Lord Mayor, Alderman Thomas Dowd, appealed": a name set off by commas right
        after a short description that opens the sentence, and followed by a lower-case verb."""
        before = self._tokens(s_start, mention.start)
        after = self._tokens(mention.end, min(len(self.text), mention.end + 30))[:2]
        if not before or len(before) > 7 or before[0][2].lower() not in DETERMINERS:
            return False
        commas = [k for k, t in enumerate(before) if t[2] == ","]
        if len(commas) != 1:
            return False
        titled = before[commas[0] + 1:]
        if titled and titled[0][2] == "the" and len(titled) > 1 and all(t[2].lower().rstrip(".") in TITLE_WORDS | CLERICAL_TITLES for t in titled[1:] if t[2] != "."):
            titled = titled[1:]  # "Her brother-in-law, the Reverend Josiah Ashby, laid down"
        if not all(t[2][:1].isupper() or t[2] == "." for t in titled):
            return False
        return len(after) == 2 and after[0][2] == "," and after[1][2].isalpha() and after[1][2].islower()

    def _title_before(self, position: int) -> str | None:
        """The title written right before a name ("Mrs." in "Mrs. Pennington"), lower case."""
        match = TITLE_BEFORE_RE.search(self.text, max(0, position - 14), position)
        return match.group(1).lower() if match else None

    def _opens_with(self, start: int, end: int, pronoun: str) -> bool:
        tokens = self._tokens(start, min(end, start + 40))[:2]
        words = [t[2].lower() for t in tokens]
        return bool(words) and (words[0] == pronoun or (words[0] in ("then", "but", "and") and words[1:2] == [pronoun]))

    # --- sources -----------------------------------------------------------------------------

    def _source(self, span: _Span, cue: _Cue | None, previous: list[str]) -> Source | None:
        text = self.text
        source = None
        if span.block:
            trailing = NOTE_MARKER_RE.match(text, _skip_spaces(text, span.end))
            marker = trailing.group(1) if trailing else None
        else:
            marker = self._marker_after(span.end) or self._marker_inside(span)
            if marker is None and cue is not None and cue.end > 0:
                marker = self._marker_after(cue.end)
            if marker is None and cue is not None and cue.end > 0:
                marker = self._sentence_end_marker(span)
        if marker is not None:
            source = Source(marker=marker, text=self.note_citations.get(marker))
        else:
            citation = self._inline_citation(span, cue)
            if citation is not None:
                citation = resolve_citation(citation, previous)
                source = Source(marker=None, text=citation)
        if source is not None and source.text:
            previous.append(source.text)
        return source

    def _sentence_end_marker(self, span: _Span) -> str | None:
        """quotes.v17: '"...," wrote Zinoviev in a circular on 2 November 1924.[2]': a note marker
        that ends the sentence of a quotation and its after-cue, with no other quotation
        between, cites it."""
        end = self._sentence_end(span.end)
        found = None
        for match in NOTE_MARKER_RE.finditer(self.text, span.end, min(len(self.text), end + 8)):
            found = match
        if found is None or not re.search(r"[.!?]\s?$", self.text[span.end : found.start()]):
            return None  # the marker must close the sentence ("... 1924.[2]")
        if any(span.end < start < found.start() for start in self.quoted_starts):
            return None
        return found.group(1)

    def _marker_after(self, position: int) -> str | None:
        match = NOTE_MARKER_AFTER_RE.match(self.text, position)
        return match.group(1) if match else None

    def _marker_inside(self, span: _Span) -> str | None:
        inner_end = span.end - 1
        match = TRAILING_NOTE_MARKER_RE.search(self.text, max(span.start, inner_end - 12), inner_end)
        if match is None:
            stripped = self.text[span.start:inner_end].rstrip(".,;!? ")
            match = TRAILING_NOTE_MARKER_RE.search(stripped, max(0, len(stripped) - 12))
        return match.group(1) if match else None

    def _inline_citation(self, span: _Span, cue: _Cue | None) -> str | None:
        text = self.text
        before = INLINE_CITATION_BEFORE_RE.search(text, max(0, span.start - 210), span.start)
        if before and _looks_like_citation(before.group(1)):
            return before.group(1).strip()
        for position in (span.end, cue.end if cue is not None else -1):
            after = INLINE_CITATION_AFTER_RE.match(text, position) if position >= 0 else None
            if after and _looks_like_citation(after.group(1)):
                return after.group(1).strip()
        # "... a “national horizon of hope” at the very moment ... (Vasquez-Reilly 2004, p. 118)."
        # An author-year citation ending the sentence cites its last quotation.
        sentence_end = self._sentence_end(span.end)
        rest = self.masked[span.end:sentence_end]
        if DOUBLE_MARK_RE.search(rest) is None:
            final = SENTENCE_FINAL_CITATION_RE.search(rest)
            if final and AUTHOR_YEAR_RE.match(final.group(1).strip()):
                return final.group(1).strip()
        return None

    def _sentence_end(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position)
        end = self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)
        return min(end, self._paragraph_end(position))

    # --- indexes -----------------------------------------------------------------------------

    def _tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        # the same stretches are read again and again (a sentence for each of its quotations)
        key = (start, end)
        tokens = self._token_cache.get(key)
        if tokens is None:
            tokens = self._token_cache[key] = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(self.masked, start, end)]
        return tokens

    def _sentence_start(self, position: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def _sentences_in(self, start: int, end: int):
        lo = bisect.bisect_left(self.sentence_starts, start)
        hi = bisect.bisect_left(self.sentence_starts, end)
        bounds = [start] + self.sentence_starts[lo:hi] + [end]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]

    def _paragraph_start(self, position: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, position) - 1
        return self.paragraphs[index][0] if index >= 0 else 0

    def _paragraph_end(self, position: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, position) - 1
        return self.paragraphs[index][1] if index >= 0 else len(self.text)

    def _mention_at(self, start: int, end: int) -> EntityMention | None:
        """The mention overlapping the token [start, end), if any."""
        index = bisect.bisect_right(self.mention_starts, start) - 1
        for i in (index, index + 1):
            if 0 <= i < len(self.mentions):
                m = self.mentions[i]
                if m.start < end and start < m.end:
                    return m
        return None

    def _mentions_between(self, start: int, end: int) -> list[EntityMention]:
        lo = bisect.bisect_left(self.mention_starts, start)
        hi = bisect.bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def _inside_quotation(self, position: int) -> bool:
        index = bisect.bisect_right(self.quoted_starts, position) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]


# --- helpers ---------------------------------------------------------------------------------


def _valid_span(mention: object, length: int) -> bool:
    return (
        isinstance(mention, EntityMention)
        and isinstance(mention.start, int)
        and isinstance(mention.end, int)
        and 0 <= mention.start < mention.end <= length
        and isinstance(mention.text, str)
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, without surrounding whitespace. A text with no
    blank line whose lines end as sentences do writes one paragraph per line (a novel's
    dialogue, one turn a line); hard-wrapped lines that end mid-sentence stay one paragraph."""
    result = []
    position = 0
    breaks = PARAGRAPH_BREAK_RE
    if not PARAGRAPH_BREAK_RE.search(text):
        lines = [line.rstrip() for line in text.split("\n") if line.strip()]
        if len(lines) > 1 and sum(line[-1] in ".!?:\"”’'" for line in lines) >= 0.7 * len(lines):
            breaks = LINE_BREAK_RE
    for match in breaks.finditer(text):
        _add_paragraph(text, position, match.start(), result)
        position = match.end()
    _add_paragraph(text, position, len(text), result)
    return result


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of text[start:end], without surrounding whitespace."""
    result: list[tuple[int, int]] = []
    position = start
    for match in re.finditer(r"\n", text[start:end]):
        _add_paragraph(text, position, start + match.start(), result)
        position = start + match.end()
    _add_paragraph(text, position, end, result)
    return result


def _add_paragraph(text: str, start: int, end: int, result: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    end = _rstrip_end(text, start, end)
    if start < end:
        result.append((start, end))


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\u00a0":
        position += 1
    return position


def _previous_non_space(text: str, position: int) -> int:
    position -= 1
    while position >= 0 and text[position].isspace():
        position -= 1
    return position


def _prefers_single_marks(text: str) -> bool:
    singles = len(SINGLE_OPENER_RE.findall(text))
    if singles < 2:
        return False
    double_openers = sum(text.count(mark) for mark in OPENING_MARKS) + text.count(STRAIGHT_MARK) / 2
    return double_openers * 2 < singles


def _single_mark_role(text: str, pos: int, mark: str, p_start: int, p_end: int, is_open: bool) -> str:
    """'open', 'close' or 'stray' for a single mark in a text that quotes with single marks."""
    before = text[pos - 1] if pos > p_start else " "
    after = text[pos + 1] if pos + 1 < p_end else " "
    if before.isalnum() and after.isalnum():
        return "stray"  # an apostrophe: don’t, Trotsky’s
    opening_place = before in OPENING_CONTEXT or before.isspace()
    if mark == "‘" or (mark == "'" and opening_place and after.isalnum()):
        return "open" if not is_open or opening_place else "stray"
    if not is_open or opening_place or after.isalnum():
        return "stray"  # ’tis, or a closing mark with nothing open
    if before == "s" and after == " " and _next_word_is_lowercase(text, pos + 1, p_end):
        # "the workers’ state": a plural possessive, unless no other closing mark follows.
        rest = text[pos + 1:p_end]
        if re.search(r"[^\s\w][’']|[’'](?=[\s.,;:!?—–)]|$)", rest):
            return "stray"
    return "close"


def _next_word_is_lowercase(text: str, position: int, end: int) -> bool:
    while position < end and text[position].isspace():
        position += 1
    return position < end and text[position].islower()


def _mark_role(text: str, pos: int, mark: str, p_start: int, p_end: int, is_open: bool) -> str:
    """'open', 'close' or 'stray' for the double quotation mark at ``pos``."""
    if mark in OPENING_MARKS:
        if is_open and mark == "“" and _closes_german(text, pos):
            return "close"
        return "open"
    if mark in CLOSING_MARKS:
        return "close"
    before = text[pos - 1] if pos > p_start else " "
    after = text[pos + 1] if pos + 1 < p_end else " "
    if is_open:
        # Inside a quotation a mark glued to the next word opens a nested one.
        nested = (before in OPENING_CONTEXT or before.isspace()) and after.isalnum()
        return "open" if nested else "close"
    if before in OPENING_CONTEXT or before.isspace():
        return "open"
    if after.isspace() or not after.isalnum():
        return "stray"  # a closing mark with nothing open, or an inch sign
    return "open"


def _closes_german(text: str, pos: int) -> bool:
    # „…“ closes with “ : after a non-space it closes, elsewhere it opens a new quotation.
    return pos > 0 and not text[pos - 1].isspace()


def _mask(text: str, spans: list[_Span]) -> str:
    """The text with each quotation's words blanked, so cues are never read inside quotes.

    The marks stay, and so does a final . ! ? so that sentence ends are still found.
    """
    pieces = []
    position = 0
    for span in spans:
        inner_start, inner_end = span.start + 1, span.end - 1
        if inner_end <= inner_start:
            continue
        if text[span.end - 1] not in CLOSING_ENDS:
            inner_end = span.end
        pieces.append(text[position:inner_start])
        inner = text[inner_start:inner_end]
        stripped = inner.rstrip()
        keep = stripped[-1] if stripped and stripped[-1] in ".!?" else ""
        blank = re.sub(r"[^\n]", " ", inner[: len(stripped) - len(keep)])
        pieces.append(blank + keep + inner[len(stripped):])
        position = inner_end
    pieces.append(text[position:])
    return "".join(pieces)


DATELINE_RE = re.compile(r"[A-Z][A-Z’' .-]{1,30}(?:,[^\n—–]{1,40}?)?[.)]?[ \t]*[—–][ \t]*(?=[A-Z])")


def _sentence_starts(masked: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    starts = []
    for p_start, p_end in paragraphs:
        starts.append(p_start)
        dateline = DATELINE_RE.match(masked, p_start, p_end)
        skip_to = p_start
        if dateline is not None and dateline.end() < p_end:
            # "BERLIN, Jan. 18 (AP).—Nikolai Krestinsky ... denied": the sentence starts after
            # the dateline (or a run-in heading, "POLICE COURT.—")
            starts.append(dateline.end())
            skip_to = dateline.end()
        for match in SENTENCE_END_RE.finditer(masked, skip_to, p_end):
            if match.group(1) == "." and not match.group(2):
                word = re.search(r"(\w+)$", masked[max(p_start, match.start() - 12):match.start()])
                if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
                    continue  # "Mr. Smith", "V. I. Lenin", "p. 5"
            starts.append(match.end())
    return starts


LEADING_TIME_PHRASE = re.compile(
    r"(?:(?:In|By|On|After|Before|During|Until|Since)\s+(?:the\s+)?(?:(?:spring|summer|autumn|winter|end|beginning|middle)\s+of\s+)?"
    r"(?:(?:early|late|mid-)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}s?|(?:[A-Z][a-z]+(?:-[a-z]+)?|A|An|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+"
    r"(?:later|earlier|afterwards|before|after))\s+(?=[A-Z])"
)


def _cue_length(tokens: list, i: int, attribution: bool = False) -> int:
    """How many tokens the cue verb at ``tokens[i]`` spans (0 when it is not a cue).

    Speech and naming verbs are cues; with ``attribution`` so are verbs of thought and stance.
    """
    if i < 0 or i >= len(tokens):
        return 0
    word = tokens[i][2].lower()
    particles = PARTICLE_CUES.get(word)
    if particles is not None:
        if i + 1 < len(tokens) and tokens[i + 1][2].lower() in particles:
            return 2
        return 0
    if word not in CUE_VERBS and word not in NAMING_VERBS and not (attribution and word in ATTRIBUTION_VERBS):
        return 0
    if word in NOUN_LIKE_CUES:
        following = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        if (following in CUE_ADVERBS or following.endswith("ly")) and i + 2 < len(tokens):
            following = tokens[i + 2][2].lower()  # "Tass states only that", "she notes drily that"
        previous = tokens[i - 1][2].lower() if i > 0 else ""
        if word.endswith("ing") and following in ("of", "about"):
            return 1  # "writing of “the self-abasement ...”"
        # A dated phrase before the word makes it a verb: "Pravda this evening calls them",
        # "Tass yesterday describes" (but "last week calls for reform grew" is a noun).
        dated = following != "for" and (
            previous in ("today", "yesterday", "tonight")
            or (previous in TIME_NOUNS and i >= 2 and tokens[i - 2][2].lower() in TIME_MODIFIERS)
            # "The Daily Mail first calls them": an adverb between a name and the word; a noun
            # would need a determiner before the adverb ("the first calls").
            or (previous in NAME_VERB_ADVERBS and i >= 2 and tokens[i - 2][2][:1].isupper())
        )
        # (quotes.v19: a form in -ing after a form of "be" is a verb: "he was writing to us
        # from Tomsk that")
        progressive = word.endswith("ing") and previous in BE_FORMS
        if not dated and not progressive and following not in ("that", ":") and previous not in PRONOUN_SUBJECTS | VERB_AUXILIARIES | {"him", "her", "them"} and not (
            following == "to" and previous and previous not in DETERMINERS and tokens[i - 1][2][:1].isupper()
        ) and not (
            # a headline's verb in title case after a name: "Pravda Calls Demonstration “Last Gasp”"
            tokens[i][2][:1].isupper() and word.endswith("s") and previous and previous not in DETERMINERS
            and tokens[i - 1][2][:1].isupper() and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper()
        ):
            return 0  # but "Ortega promises to ...": a name's verb
    return 1


def _superlative(word: str) -> bool:
    """quotes.v21: a superlative, regular ("greatest") or not ("last", "best", "worst"): after
    "the" it makes a quoted phrase a verdict, not a name ('called it "the last great charge"')."""
    word = word.lower()
    return word in ("most", "least", "last", "best", "worst") or word.endswith("est")


def _is_according_to(tokens: list, i: int) -> bool:
    return (
        0 <= i < len(tokens) - 1
        and tokens[i][2].lower() == "according"
        and tokens[i + 1][2].lower() == "to"
    )


def _is_person_noun(word: str) -> bool:
    lower = word.lower()
    return lower in PERSON_NOUNS or lower.endswith(("man", "woman", "person")) and len(lower) > 6


def _indefinite_body(speaker: str) -> bool:
    """"one Moscow paper", "a local newspaper": a body the text does not name."""
    words = speaker.split()
    return len(words) >= 2 and words[0].lower() in ("a", "an", "one", "some", "another") and words[-1].lower() in INDEFINITE_BODY_NOUNS


def _role_description(speaker: str) -> bool:
    """"the Clerk", "The Sheriff": an article and a capitalised noun for a person's role."""
    words = speaker.split()
    return len(words) == 2 and words[0] in ("the", "The") and words[1][:1].isupper() and words[1][1:].islower() and _is_person_noun(words[1])


def _plural_person_noun(word: str) -> bool:
    """"analysts", "economists", "officials", "members": the plural of a noun for people."""
    lower = word.lower()
    if lower in FOLLOWER_NOUNS:
        return True
    if lower.endswith("ies") and lower[:-3] + "y" in PERSON_NOUNS:
        return True
    return lower.endswith("s") and (lower[:-1] in PERSON_NOUNS or lower[:-1] in MEMBER_NOUNS) or lower.endswith(("men", "women"))


def _thing_description(speaker: str) -> bool:
    """Whether a speaker string is a common noun phrase for no person and no named body:
    "the island", "a letter" (but not "the old man", "the Journal", "The Tass agency")."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an", "this", "that", "his", "her", "their", "its"):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    # quotes.v18: an indefinite description's head comes before "of", "for", "at", "from" ("a
    # high official of the commissariat" is a person; "the head of its report" is a thing)
    link = next((i for i, w in enumerate(words) if i > 1 and w.lower() in DESCRIPTION_LINKS), len(words))
    last = words[link - 1].lower() if words[0].lower() in ("a", "an") else words[-1].lower()
    if last in BODY_HEAD_NOUNS or last in GENDERED_NOUNS:
        return False  # "the foundation said": a body, even unnamed, speaks; "his son recalled"
    # ("the old watchmaker", "the innkeeper": occupations by their endings are people; quotes.v18:
    # and their plurals, "the signatories wrote", "the strikers shouted")
    singulars = {last, last[:-1] if last.endswith("s") else last, last[:-3] + "y" if last.endswith("ies") else last}
    return not any(_is_person_noun(form) or form in MEMBER_NOUNS for form in singulars) and not last.endswith(("man", "woman", "person", "men", "women", "people", "maker", "keeper", "smith", "monger", "wright", "makers", "keepers"))


def _thing_phrase(speaker: str) -> bool:
    """quotes.v21: a determiner's noun phrase whose head (before "of", "in", "at", ...) is a
    thing or place, not a person or body: "my lodgings in Clerkenwell", "the farm"."""
    head = re.split(r"\s+(?:for|of|at|from|in|on|with|near|by)\s+", speaker, maxsplit=1)[0].split()
    if len(head) < 2 or head[0].lower() not in DETERMINERS or not head[-1].islower():
        return False
    return _thing_description("the " + " ".join(head[1:]))


def _bare_description(speaker: str) -> bool:
    """Whether a speaker string is a determiner and lower-case words only ("the company",
    "the plenum", "an official"): a description that names nobody."""
    words = speaker.split()
    return len(words) >= 2 and words[0].lower() in DETERMINERS | {"another"} and all(
        w[:1].islower() for w in words[1:]
    )


def _unnamed_person(speaker: str) -> bool:
    """Whether a speaker string describes a person without naming one: "the old woman", "a
    spokesperson for the Western Australian health department", "One diplomat", "minister"."""
    head = re.split(r"\s+(?:for|of|at|from|in|with|who)\s+", speaker, maxsplit=1)[0]
    words = head.split()
    article = bool(words) and words[0].lower() in ("a", "an", "one", "the", "another", "some", "two", "three")
    if article:
        words = words[1:]
    owner = next((i for i, w in enumerate(words[:4]) if w.endswith(("'s", "’s", "s'", "s’"))), None)
    if owner is not None and owner + 1 < len(words) and all(w[:1].isupper() for w in words[:owner + 1]):
        # "Cardiff Rugby's chief executive": a possessive description, like one with an article
        words, article = words[owner + 1:], True
    # "The Pravda correspondent", "a Kremlin spokesman": after an article a name may modify it.
    if words and head.split()[0].lower() in ("a", "an", "one", "another") and len(words) <= 3 and words[-1][:1].isupper() and all(w[:1].islower() for w in words[:-1]):
        return True  # quotes.v19: "One old Bolshevik", "a Hungarian": one of a people, unnamed
    # (quotes.v19: "A senior Fianna Fáil source": a name of two words may modify it too)
    if not words or len(words) > (5 if article else 3) or not words[-1][:1].islower() or (not article and any(not w[:1].islower() for w in words)):
        return False
    last = words[-1].lower()
    return last in PERSON_NOUNS or last in MEMBER_NOUNS or _plural_person_noun(last) or last.endswith(("man", "woman", "person", "men", "women", "people", "maker", "keeper", "smith", "monger", "wright"))


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    """Each person's canonical name in the entity table, by id ("trotsky": "Leon Trotsky")."""
    from succession.entities import load_entity_table

    return {entry.id: entry.name for entry in load_entity_table().entries if entry.type in PERSON_LABELS}


# quotes.v21: nouns ending in "-ly" are no adverbs: "A spokesman for the family said" has
# "the family" for its complement (skipping it as an adverb lost the description, and the
# quotation went to a name from earlier text); a capitalised "-ly" word is a name ("Kelly").
LY_NOUNS = frozenset(
    "family assembly anomaly monopoly homily belly bully jelly rally supply folly gully filly holly "
    "tally melancholy butterfly panoply reply ally italy july".split()
)


def _is_filler(word: str) -> bool:
    lower = word.lower()
    return lower in FILLER_WORDS or (
        len(lower) > 4 and lower.endswith("ly") and lower.isalpha() and lower not in LY_NOUNS and not word[:1].isupper()
    )


def _gender_fits(pronoun: str, name: str) -> bool:
    first = name.split(" ", 1)[0].rstrip(".").lower()
    if pronoun == "he":
        return first not in FEMALE_TITLES and first not in FEMALE_GIVEN_NAMES
    if pronoun == "she":
        return first not in MALE_TITLES and first not in MALE_GIVEN_NAMES
    return True


def _starts_at(sorted_starts: list[int], position: int) -> bool:
    index = bisect.bisect_left(sorted_starts, position)
    return index < len(sorted_starts) and sorted_starts[index] == position


def _looks_like_citation(content: str) -> bool:
    if NOTE_MARKER_RE.fullmatch(f"[{content}]"):
        return False
    return bool(DIGIT_RE.search(content) and LETTER_RE.search(content))
