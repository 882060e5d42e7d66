"""The classes fixed in round 27 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-27.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes, assert_probe_floors


def test_round_27_classes():
    """From real-text-heldout-81 to -83, -87 and -88 (kept unread in round 26, read this round): a lettered
    item, with no "should", "must" or "will" in it, in the paragraphs after a statutory instrument's provision
    ("4.-(1) ..."); provisions numbered in order, one a line, each with "shall" and one a statutory instrument's or
    giving a statutory office a duty ("The Secretary of State shall ..."); a duty laid on a court or tribunal (not
    "It shall be the duty of the treasurer", nor "of the tribunal secretary"); "different-sex change rooms" is no
    "sex change" (a "pre-sex change" name still is); "Workmen's Compensation" is a scheme's name;
    "Mother's/Guardian Name" and "Father's/Guardian Name"; "Sex: M - F" (never "M - F 8am to 6pm", "M-F ratio", an
    "M - F / Other" field); a goal template's blank as the subject ("When _____ becomes upset, he will ..."), with
    no one named before it; words the document tells its reader to say ("Start the visit by saying \u201c...\u201d",
    "Then ask, \u201c...\u201d"; not "Parents often ask", "Ask yourself", nor "to speak to his nurse and say"); "the
    regulations regarding their use" is no law speaking; an interpretation clause in other words ("Words
    signifying the male sex shall extend to and include the female sex"; not a report that a constitution said
    so); a binary field right after "Gender at birth" on a form that asks for gender identity; the writer's own
    past account of one person ("I asked her ... She admitted that she and her husband ..."; not a rule for any
    woman after it); a first name opening its sentence with a past-tense "who" clause ("Helen, who started
    fostering ... with her partner", not "speak to Helen, who handles payments"). Batch 2 (from -heldout-92,
    scored blind first, and the rest of -81 to -88): a noun after "he is" says what he is ("He is usually a
    cheerful person, but he ..."); what the word "partner" is used for, boyfriends and girlfriends among them;
    where a condition is found ("occurs in both sexes"); next of kin, or another who may do the same, as someone
    who "can agree"; a short paragraph carrying on one about a male-only organ ("How often should he do it?"),
    when it names no one of its own; the generic "one" in its possessive ("reminders of one's past ... he"). Batch
    3: an object, possessive or reflexive pronoun pair straight after "do not" or "never" with "call", "label",
    "describe" or "refer (to)" is who is named ("never label him or her as attention-seeking"), not a word discussed
    (a quoted pair, a subject pair "he or she", and "to be called he or she" still are)."""
    assert_classes("unseen-classes-27.yaml", tp=25, cases=49)


def test_round_27_reviewer_probes_keep_their_figures():
    """Three reviewers' probe sentences, written and labelled before they ran them. The first
    (``review-probes-27a.yaml``, 84, on the statute and quotation changes: 24 found / 25 false alarms / 15 missed on
    the session-start code, 12 / 12 / 27 on batch 1, 33 / 10 / 6 after the mends) led to these mends: provisions numbered in one paragraph count
    as statute only with a statutory instrument's "27.-(1)", or with an enacting formula or "The Secretary of State
    shall" and no body of an organisation's own in the run (not "The registered manager shall", "Provided that",
    "These Regulations shall apply", "in accordance with section 4"); a lettered item carries a statute on only under
    a "5.-(1)" provision and with no "should", "must" or "will"; "permitted by this section", "under this Chapter"
    and "under subsection (2)" were dropped (a handbook's wording too); "sex change" is excused only after "same-",
    "different-", "single", "mixed" or "opposite", or before "rooms", "areas" or "cubicles" ("pre-sex change" and
    "sex change facilities" are found);
    "by saying" only after an instruction opening the sentence, and "Ask"/"Tell" only with the reader's listener
    (not "Ask yourself:", "Ask Sam why and he says:", "Please tell the panel if ..."); the interpretation-clause
    pattern not after "that" (a report of one), and the paragraph key for PRN-005 is "words signifying the male
    sex", not any "male sex". The second (``review-probes-27b.yaml``, 82, on the name, pronoun, audience and form
    changes: 29 / 17 / 15 on the start, 20 / 11 / 24 on batch 1, 36 / 9 / 8 after the mends) led to these: a name's own needs in the pronoun's
    own sentence was dropped (a patient-story link, "read Daniel's story before he chooses"); a "who" clause names
    the person only where the name opens its sentence (not "speak to Sarah, who started the scheme, before he
    books"); a blank is a subject only after "when", "if", "whenever" or "unless", before a verb for a person, and
    not after someone named (not a date, a time or a test result); the writer's own account only with "she"/"he"
    in the match's sentence and a past-tense subject in it or the one before; a list's opening line only with a
    female-only procedure or organ, no man in it, and only for the patient in an item line; "Gender at birth" only
    right before the answers, and a gender identity question only with "gender" in it; "Sex: M - F" not before
    another answer, a "balance" or "mix", nor after "by sex" or "Mixed sex". A third (``review-probes-27c.yaml``,
    80, on batch 2 and the mends: 26 / 16 / 22 on the start, 20 / 8 / 28 on that version, 34 / 6 / 14 after the mends) led to these: "partner"
    defined only where the pair carries on a boyfriend/girlfriend list, with no "not", "only" or "but"; a duty on a
    court or tribunal only with the court's own business after it ("to", "hearing ...", not "the court liaison
    nurse"); the writer's own account not for "any woman" or "a patient"; next of kin "may not decide" is no use;
    a script reported ("the script read: Say, ...") is no instruction. A fourth (``review-probes-27d.yaml``, 42, on
    batch 3: 3 / 3 / 21 before it, 16 / 9 / 8 on it as written, 19 / 3 / 5 after the mends) led to these: only a pair
    that is a person's (not "he or she" as a subject), only after "do not" or "never" (not "to be called"), only
    right after the verb (not "called sir, madam, he or she"), and "refer to" with its "to"."""
    assert_probe_floors((("review-probes-27a.yaml", 84, 0.76, 0.84), ("review-probes-27b.yaml", 82, 0.8, 0.81),
                         ("review-probes-27c.yaml", 80, 0.85, 0.7), ("review-probes-27d.yaml", 42, 0.86, 0.79)))
