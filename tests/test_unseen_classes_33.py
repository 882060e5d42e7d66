"""The classes fixed in round 33 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-33.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_33_classes():
    """From real-text-heldout-107 to -109 (kept unread in round 32, read this round): a superintendent is a role;
    numbered duties each opening on "She will ..." carry on the post described before the first, which may open its
    line with a post's modifier and no article ("Nursing superintendent is responsible ..."); the posts on a
    "Responsible to:" line are not the holder; a list of capitalised bodies ("the Council, NHS, Police, ...") names
    no one; a first name opening its sentence with a description after it, or opening a worked example; "the
    previous supervisor left" is one past holder; a name with a middle initial; "a <role> who <did>" in an account
    of the people a story is about; the co-author's own statement; an item whose mark was lost continues a lead-in
    ending in a colon; "the next of kin has the right to ..." uses the term; a code's "as used in this chapter,
    includes"; a quotation set out after a law's lead-in, its closing mark lost. A second batch: a job description's
    headings ("Job Summary") are no names and its duties on a post holder's verb ("1. Participates in ...") are
    the post's; "We have a <role> whose ..." is one person the writer knows; the father or mother of a spouse are
    in-laws; "not relevant to an application" is an assurance, not an assessment; "dad as the next of kin" is the
    writer's own parent; an answer to one reader's letter speaks of that reader's spouse. A third: "someone" needed
    for a task is not whom a pronoun inside that task means ("Your mom needs someone to help out around her flat"),
    and "mom" is a sexed noun; "the mother or adopter" leaves the parent's sex open in leave rules too; "A husband
    and wife jointly own a flat" is the one couple a worked case is about; the law's rule for unmarried fathers
    explained ("an unmarried father acquires parental responsibility once he is named ...") is no service rule; an
    outdated term inside a body's own name ("Support Services for Transgenders, or OSST") is that name as it stands."""
    assert_classes("unseen-classes-33.yaml", tp=23, cases=42)


def test_round_33_reviewer_probes_keep_their_figures():
    """Six reviewers' probe sentences, written and labelled before they ran them (found / false alarms / missed on
    the session-start code, on the batch as first written, at the end). The first (``review-probes-33a.yaml``,
    79, on the pronoun-choice changes: 28 / 4 / 13, 22 / 4 / 19, 34 / 1 / 7) led to these: "the previous
    <role>" is one past holder only before a verb of leaving with nothing after it ("left,", "retired in"), never
    in an "if" or "where" clause, and never "last" or "late"; a middle initial not after a label's word ("Pathway B.
    After"); the author's "would like to state" only with "that", and "declares/states/confirms that" for the
    author's own statement; only the candidates ending on a "Responsible to:" line are dropped; a band after the post
    title is read too. The second (``review-probes-33b.yaml``, 76, on the lead-in, list and role-word changes:
    45 / 0 / 36, 60 / 4 / 21, 67 / 0 / 14): a modifier before a role opening its line only as a post's word
    ("nursing", "ward", "senior", ...) and before a duty ("is responsible", "will", "must"), never "Retired nurse
    will give a talk"; a role inside a compound ("nurse-led", "patient-centred") is no person; numbered duties
    opening on the pronoun walk back over every such item to the post, with "His/Her", "1.1", "(a)" and roman
    marks. The third (``review-probes-33c.yaml``, 75, on the law, quotation and next-of-kin changes: 31 / 31 / 14,
    25 / 22 / 20, 43 / 20 / 2): "as used in this ..." only for a code's chapter, subchapter, title or division
    (not a policy's section, part or article), also fronted ("As used in this chapter, 'patient' means") and with
    "refers to"; next of kin given a right or a say ("has a legal right to", "is entitled to", "has the final
    say", after "your" or "their" too) but not asked about, doubted or denied ("Does the next of kin have the right
    ...?", "a myth", "the law doesn't recognise that ..."); a quotation after a colon only where the lead-in names a
    law or a source. The fourth (``review-probes-33d.yaml``, 78, on the rule-pack changes of the later batches:
    29 / 22 / 10, 17 / 17 / 22, 33 / 13 / 6): EIA-003's assurance only for "your/their application" or "an
    adoption (fostering, tenancy ...) application", never an assessment's row; "<Name> replies:" not a role's
    ("Practice Nurse answers:"); "A husband and wife ..." only with a past verb or "jointly own"; the spouse's
    father, mother, brother or sister only (not children or parents, who may be dependants); PER-008's law for
    unmarried fathers only with no service rule in the sentence ("must", "only if"); "Families often think the
    next of kin has the right ..." is doubted; "as used in this chapter" not where the sentence goes on ", and ...".
    The fifth (``review-probes-33e.yaml``, 76, on the later pronoun changes and the mends: 30 / 10 / 29,
    35 / 13 / 24, 47 / 4 / 12): "We have a <role>" only with that person's story after it ("whose", "who
    <did>", "with", "in <place>"), never "a named nurse for every patient"; "someone to <do>" only up to a comma;
    the modifier test only on a modifier, not a two-word role ("Service user has ..."); a job description's verbs
    ("1. Participates in ...") only under a duties heading with no one named, and not a noun ("Records show"); no
    walk-back after one example ("Here is one a key worker wrote:"); no quotation after a lead-in telling staff what
    to say ("Read this out ..., as the Code requires:"), and statute, guideline and "recommends" lead-ins read
    too; a bare "Role:" or "Position:" only with a job description's cue and never beside a "Name:" field; "Managed
    by:" and "Line manager:" are posts above the holder. The sixth (``review-probes-33f.yaml``, 40, on TRM-002's body
    name: 22 / 17 / 0, 2 / 12 / 20, 22 / 4 / 0): the name only after "the" or a word in lower case, never a
    sentence's, heading's or bullet's first word ("Support for transgenders is patchy"), and only with the term
    capitalised as part of it ("Alliance for Transgenders", not "the Trust's Peer Support for transgenders")."""
    assert_probe_floors((("review-probes-33a.yaml", 79, 0.97, 0.82), ("review-probes-33b.yaml", 76, 1.0, 0.82),
                         ("review-probes-33c.yaml", 75, 0.68, 0.95), ("review-probes-33d.yaml", 78, 0.71, 0.84),
                         ("review-probes-33e.yaml", 76, 0.92, 0.79), ("review-probes-33f.yaml", 40, 0.84, 1.0)))
