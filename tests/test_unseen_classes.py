"""Issue 14: the classes of misses and false alarms found on unseen policy text, each fixed in
a condition and checked here on sentences written for the class (tests/data/unseen-classes.yaml),
plus focused tests of the conditions that fixed them."""
from pathlib import Path

import pytest
from test_conditions_language import ctx_for

from inclusive_lint.case_scores import score_cases
from inclusive_lint.conditions import registry
from inclusive_lint.labelled_cases import load_cases

DATA = Path(__file__).resolve().parent / "data"


def test_unseen_class_cases_are_all_right(settings):
    result = score_cases(load_cases(DATA / "unseen-classes.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 30


def test_round_three_class_cases_are_all_right(settings):
    """Classes from the third real-text set (plural nouns, "X of a Y", case scenarios, law in
    list items, feeding prompts, leave paragraphs, usage notes, asking about a question)."""
    result = score_cases(load_cases(DATA / "unseen-classes-3.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 42 and result.cases == 92



def test_round_four_class_cases_are_all_right(settings):
    """Classes from the fourth real-text set (charter-style bare role subjects, a role named
    after the pronoun, same-pronoun "pairs", parent-word field labels, an unlabelled M / F,
    an "i.e." list of titles)."""
    result = score_cases(load_cases(DATA / "unseen-classes-4.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 45 and result.cases == 88


def test_round_five_class_cases_are_all_right(settings):
    """Classes from round 5 (a list item continuing its lead-in's subject, comma title lists in
    forms, ...)."""
    result = score_cases(load_cases(DATA / "unseen-classes-5.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 44 and result.cases == 85


def test_round_six_class_cases_are_all_right(settings):
    """Classes from round 6 (relational nouns with no sex as antecedents, a sexed noun offered
    with a role that has none, "Next of kin:" between labels, a partner whose sex is stated,
    restated legislation, "husband or wife" as examples of partner, a third gender answer in a
    flattened form, "life style", terms named in a list, quotations attributed after them, case
    law, law titles and citations, headings, people-labels, two allowed values, a template's
    "(his or her)" after a blank, glossary table rows, named works and book references, a document's
    past wording, stored codes, plural subjects reporting a law, a trans option beside Other, a
    paragraph opening on a pronoun)."""
    result = score_cases(load_cases(DATA / "unseen-classes-6.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 25 and result.cases == 56


def test_round_seven_class_cases_are_all_right(settings):
    """Classes from round 7 (an indefinite role inside "whether / if", a numbered duty with no
    subject, custody and teaching roles and "its chair", "(as defined in section ...)" glossing
    one word, a reported speaker, women's health topics, "next of kin (NOK)", dress rules that
    give permission, a patient who cannot see a clinician of the sex they want, "terms that ...
    are X", a provision number alone on its line)."""
    result = score_cases(load_cases(DATA / "unseen-classes-7.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 32 and result.cases == 66


CASES = [
    # clause subject: a reflexive, a coordinated "and she", "best interests", an example noun
    ("generic-antecedent", "The porter will meet your uncle at the lift and introduce [[himself]].", True),
    ("stereotyped-female-antecedent", "The nurse will phone your mum and [[she]] will book the visit.", True),
    ("generic-antecedent", "When a patient cannot decide, staff will talk to family, such as your grandfather, "
                           "and act in [[his]] best interests.", True),
    ("generic-antecedent", "If your grandfather cannot decide, the doctor will act in [[his]] best interests.", False),
    ("named-person-antecedent", "Our carer, Jo, will meet your father and introduce [[himself]].", True),
    ("generic-antecedent", "When Mr Ali arrives, the nurse will ask [[him]] about his inhalers.", False),
    ("generic-antecedent", "When Mr Ali arrives, the nurse will ask him about [[his]] inhalers.", False),
    ("generic-antecedent", "When a patient arrives, the nurse will ask [[him]] about his inhalers.", True),
    # pairs
    ("in-pronoun-pair", "Each tenant must sign [[his]] or her agreement.", True),
    ("in-pronoun-pair", "Each tenant must bring [[his]] wife or her husband.", True),
    ("in-pronoun-pair", "Each tenant must sign [[his]] agreement.", False),
    ("in-spouse-pair", "A member may bring his wife or her [[husband]] to the dinner.", True),
    ("in-spouse-pair", "Your [[husband]] may stay after the birth.", False),
    # facilities named in the clause, not "same sex" anywhere in the sentence
    ("accommodation-clause", "Nobody sleeps in a bay with people of [[the opposite sex]].", True),
    ("accommodation-clause", "No examiner of [[the opposite sex]] is used unless a same-sex one is busy.", False),
    ("accommodation-clause", "An examiner of [[the opposite sex]] is used only when the ward has no one else.", True),
    # both sexes: a service offered to everyone versus a fact about bodies
    ("sex-fact-not-offer", "Appointments are available for [[both male and female]] patients with any condition.",
     False),
    ("sex-fact-not-offer", "The condition affects [[both sexes]] equally.", True),
    ("sex-fact-not-offer", "Screening is offered to [[men and women]] aged 60 to 74.", True),
    ("statistics-or-comparison", "The clinic runs between 2pm and 4pm for [[both sexes]].", False),
    ("statistics-or-comparison", "Rates were higher in men than in women across [[both sexes]].", True),
    ("inclusive-qualifier", "Leave covers a partner (of [[either sex]]).", True),
    ("inclusive-qualifier", "Staff of [[either sex]] can apply.", False),
    ("both-sexes-offered", "Clinics have a male and a [[female doctor]] on duty.", True),
    ("both-sexes-offered", "Clinics have a [[female doctor]] on duty.", False),
    # statutory layout and the convention adopted
    ("cites-legislation", "B2.-(1) Subject to paragraph (4), the provider must ensure that [[he]] is fit.", True),
    ("cites-legislation", "(2)(c) where [[he]] is absent, a deputy acts.", True),
    ("cites-legislation", "(1) The line manager must check that [[he]] has signed the form.", False),
    ("legislation-cited-not-adopted", "The Interpretation Act 1978 makes [[he include she]], and this policy "
                                      "does too.", True),
    ("legislation-cited-not-adopted", "Under the Interpretation Act 1978 he includes she, and [[this policy "
                                      "adopts the same convention]].", False),
    # mention per occurrence: advice that lists words; a form label is not a glossary entry
    ("mention-not-use", "Avoid gendered forms of address, e.g. sir, [[ladies and gentlemen]].", True),
    ("mention-not-use", "Good evening, [[ladies and gentlemen]], e.g. at the start.", False),
    ("mention-not-use", "[[Maiden name]]: ____________", False),
    ("mention-not-use", "[[Maiden name]]: a surname someone had before marriage.", True),
    # family: words that only appear to be excluded are not inclusive wording
    ("inclusive-family-wording", "Leave covers a spouse or blood relative; a partner or friend does not "
                                 "[[qualify]].", False),
    ("inclusive-family-wording", "Leave covers a spouse, partner or friend of the [[employee]].", True),
    ("same-sex-parents-here", "Co-parents and [[dads]] are welcome at the scan.", True),
    ("same-sex-parents-here", "[[Dads]] are welcome at the scan.", False),
]


@pytest.mark.parametrize("name,marked,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_condition(name, marked, expected):
    assert registry()[name](ctx_for(marked)) is expected, marked


def test_a_list_of_characteristics_outside_an_assessment_is_not_an_eia(lint):
    policy = "We will not discriminate because of protected characteristics such as age, disability, race or sex.\n"
    assert not [f for f in lint(policy) if f.rule_id.startswith("EIA")]
    eia = "Equality impact assessment.\nGroups considered: age, disability, race and religion.\n"
    assert [f.rule_id for f in lint(eia)] == ["EIA-001"]


def test_no_error_finding_is_a_false_alarm_in_any_project_case_set(settings):
    for name in ("unseen-classes.yaml", "language-cases.yaml", "assumption-cases.yaml", "review-cases.yaml"):
        result = score_cases(load_cases(DATA / name), settings)
        assert not [a for a in result.alarms if a[3] == "error"], (name, result.alarms)


def test_real_text_tuning_half_keeps_its_figures(settings):
    """The tuning half of the blind real-text set (154 passages, labelled blind from the
    principles): first pass P 0.615 / R 0.738; after fixing the classes it revealed, P 0.90 /
    R 1.0. The remaining false alarms are info-level perinatal prompts the labeller did not
    want (the catalogue's own examples do), and two judgement calls."""
    result = score_cases(load_cases(DATA / "real-text-tune.yaml"), settings)
    assert result.recall >= 0.98 and result.precision >= 0.89, (result.precision, result.recall,
                                                               result.misses, result.alarms)
    assert not [a for a in result.alarms if a[3] == "error"], result.alarms


def test_round_eight_class_cases_are_all_right(settings):
    """Classes from round 8 (clinical facts about pregnancy, birth-registration law, an
    employee's statutory right to time off, a common-law spouse, a capital by position in a run
    of role titles, paired headwords in a usage list, an initial before a surname, "anyone who is
    producing milk", a partner named beside "the baby's father", an office held in a named
    organisation, "transsexual" as a self-description or the Equality Act's term)."""
    result = score_cases(load_cases(DATA / "unseen-classes-8.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 11 and result.cases == 25


def test_round_nine_class_cases_are_all_right(settings):
    """Classes from round 9 (a plain-text table headed "terms to avoid", a law that specifies
    the wording, an object pronoun inside an infinitive whose subject is the nearest noun,
    "becoming the caretaker", "when" before a past-tense verb, "as any guest would", the Equality
    Act's term explained across a paragraph)."""
    result = score_cases(load_cases(DATA / "unseen-classes-9.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 17 and result.cases == 33


def test_round_10_classes_hold_on_new_sentences(settings):
    """Round 10's classes on sentences written for them (a pronoun after an object pronoun in a
    controlled infinitive, "married partner", personal care is not accommodation, the sex of
    whoever gives personal care, a changing area anyone can use, parents going "to register", a
    double room offered to married couples, "CP" among marital status answers, a reference-list
    entry, "the opposite sex or the same sex", a short form given for a term, a household
    catch-all in a family definition, "living as husband and wife", "not only for mums, but for
    dads", a power exercised by notice in the Gazette, an object pronoun in a coordinated clause
    whose subject is a thing, "where he had expected" as an event in an account, a person's own
    wish reported, fathers' own health, "husband, wife or children" as a family listed, the sex of
    whoever takes a smear test, a hedged list of relatives, "the mother-baby unit", a sentence
    opening on "The <role>" and a past verb, an abbreviation as a glossary headword with its
    expansion, a single-sex group described, provisions ending in ";" under a lead-in about the
    regulations, a sentence opening on a first name and "believes", a parliamentary question)."""
    result = score_cases(load_cases(DATA / "unseen-classes-10.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 21 and result.cases == 49


def test_round_11_classes_hold_on_new_sentences(settings):
    """Round 11's classes on sentences written for them (a plural role opening the clause before
    a singular "his" or "her", "earlier known as" before an older name, an outdated word inside
    the long capitalised name of a work quoted in running prose, while the writer's own heading
    is still a use, a closed list of titles written with commas, titles named beside a new one, "whose partner has given birth" does not open leave to anyone but the men named, a list of details naming only the father or a married woman's husband, a closed family list one relative per line or in apposition after "family member,", a leaflet on a procedure only one sex has, also in a list item under its lead-in, a space or session "for men and women" offered to everyone, next of kin who decide, consent or act, or listed with the relationship, "Chairman of <body>" as the name of an office, a role noun joined by "or" to another office, "his / herself", "Transgender" as a third answer in a flattened form, "non-member" as a role, the lead-in of a flattened form item is the label before its colon, a numbered provision right after one laid out as statute, "Unspecified" as a third answer, a numbered item holding only the two answers, who may collect or be allowed limited to a spouse or blood relative, pregnancy care as an audience for "your husband", a bare "Are you:" over marital answers, a step of a procedure in the present tense)."""
    result = score_cases(load_cases(DATA / "unseen-classes-11.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 31 and result.cases == 59


def test_round_12_classes_hold_on_new_sentences(settings):
    """Round 12's classes on sentences written for them (two sex answers each with its own box,
    the sex question asked in words with its answers, "Yes No" not read as a negation, two titles
    after "Title:" and a list marked "delete as appropriate"; every item of a list given as words,
    a condition's other names, both headwords of a glossary line, a column of terms under "Say
    instead"; a role noun as a named person's title; a published statute's marks and history
    notes, a statute speaking of itself; the perinatal prompt needing the service's own wording;
    the reader's own spouse; a first name doing what a person does; college heads and roles known
    by initials; "father in law"; "immediate family" as a family definition; US plan wording for
    "spouse"; one concrete event put to the reader; having a baby as a women's-health topic; a role
    noun modifying another noun; an opening "Once ..." clause; a usage note and a code list's
    concept name; "sexual orientation or preference"; Transgender among answers on their own line;
    "Boy / Girl" cells; a past verb inside a condition; "To avoid <a problem>," as a purpose; a
    spouse named right after)."""
    result = score_cases(load_cases(DATA / "unseen-classes-12.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 34 and result.cases == 68


def test_round_13_classes_hold_on_new_sentences(settings):
    """Round 13's classes on sentences written for them: a spouse as one item of a list of
    relatives, and the list itself after a colon, a plural possessive, a bracket or "defined as
    including only"; "in law" only for a term's standing in law; a person found suitable "for a
    programme" is no usage note; a flattened form line whose next label starts with "Patient";
    bare "Mother:" / "Father:" labels; marital answers split by slashes; a pronoun pair split by
    commas; a noun named again after the pronoun is not its antecedent; plural -men nouns are no
    one's title, and "X and Practice Managers" is no organisation name; numbered crews; birth
    registration; "He is Dr X" and "a he"; "Section 17(11)", "sub-paragraphs", a reported
    parliamentary question and glued subsection numbers; a pronoun chain across sentences and a
    role the text gives the other sex; "Mstr" and "Date of birth Gender:"; next of kin as an item
    of a list of details to give; "Sex F / M" with one space; a parent's details as parent fields;
    "the law of any other state"; "the family or next of kin"; a heading naming whose rights a
    list sets out; "Meera and her sister"; a male couple and "our new <role>"; a dated title, a name
    in apposition with a group, a long title with "into"; a usage table naming word classes; breastfeeding at work or as a safety question; cross-dressing described by "the opposite gender"; "our long-serving <role>"; "the pronouns he or she", "the term <Capitalised Phrase>"; a heading run into its sentence, tenancy succession, "risk assessment", a form label followed by its answers; a role the reader is asked to think of; a heading set off before its sentence; a present passive; the shortest role after a determiner; "the same <role>", "nobody" in an earlier sentence, the writer's own posts and identity; radiation safety in pregnancy; a word defined by the people it covers; a federal rule's section heading and items glued after a semicolon; initials in apposition; a definition taken from the law)."""
    result = score_cases(load_cases(DATA / "unseen-classes-13.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 40 and result.cases == 84


def test_round_14_classes_hold_on_new_sentences(settings):
    """Round 14's classes on sentences written for them: "as defined by the Act" glosses a phrase
    and what an Act "prescribes" reports the law; one of several people counted in an account;
    next of kin as any adult the person chooses; infertility as a fact about bodies; bottle and
    breast feeding named together; "baby" with no article as a generic antecedent; a possessive or
    an organisation word before "Chairman"; the person breastfeeding named in neutral words; "etc." after a title list; a line broken inside a
    sentence; "at the time of" an event; a list under a birth-registration lead-in; a newborn and an executor;
    more "-man" titles; next of kin as "the term used to describe" a relative; a role with its holder named in
    brackets; "are both men and women"; breasts making milk; the wives or widows of role holders; a provision set out after a colon; a form label with its first answer, the second on the next line; a spouse who acts, not one a benefit is for; "a lesbian patient ... her"; who suffers a harm; a belief about next of kin named as mistaken; the wives or widows of members of a named body; "as man or wife"; a women's organisation named by its initials; a flattened sex field with a starred label; a crew counted in men; a perinatal prompt only where the service speaks to or about the people it serves; the biological father; fathers as one item of a longer list; a relationship defined in statute's words; a worked example told as one event; words listed as words ("and other relationship terms")."""
    result = score_cases(load_cases(DATA / "unseen-classes-14.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 34 and result.cases == 70


def test_round_15_classes_hold_on_new_sentences(settings):
    """Round 15's classes on sentences written for them: a person's own name on a form opens no
    list of words; someone who gives their pronouns in brackets; an office after an article is a
    role, not a first name; a hirer, a chemist, an ex-partner; "each" as a bylaw's subject; reported
    examples; a labelled minute opening on "The <role>" and a past verb; examples given for
    "spouses"; "husband/wife" as one bulleted item; a spouse as one line of a list of relatives;
    "coverage" plans; breastfeeding mothers and families; an Act's section with its quoted title;
    "definitions of" a term; statutory principles set out as a list; a provision numbered alone and
    ending on a glued dash; "originally" with a past verb; wives and girlfriends as men's partners;
    a spouse someone has or leaves, not a bare one in a definition, list or story; "this <role>"
    after an account; the writer's visit under way; one office of state; an accented asker's name
    in a parliamentary question; "any such person ... shall"; a job description's duty with no subject
    and a lettered rule on the pronoun itself; a constable; "has had" as the present perfect; a code's
    own cross-references ("of this chapter"); a term explained by what it "usually refers to"; a form
    section for the father with its own name field; examples after "eg." belong to the advice before it;
    church offices (bishop, archdeacon, curate, churchwarden) are roles; a glossary headword with a first
    word before the term, and glossary entries run together after a full stop; the groups a quoted
    umbrella word is said to cover; "opposite-sex de facto partners"; a quotation set out after a colon
    that runs on to the end of the passage; a mother's or father's field shared with a guardian or carer
    by a slash; the mayor as a role; "homosexual" before a group of people with a name or sex word between."""
    result = score_cases(load_cases(DATA / "unseen-classes-15.yaml"), settings)
    assert (result.misses, result.alarms) == ([], []), (result.misses, result.alarms)
    assert result.tp >= 30 and result.cases == 71
