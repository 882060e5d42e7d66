"""The classes fixed in round 20 of issue 14, each with sentences written for it
(``tests/data/unseen-classes-20.yaml``): every [[span]] found, nothing unmarked flagged."""

from class_cases import assert_classes


def test_round_20_classes():
    """An organisation's own regulations ("the College Examination Regulations", "Regulation for Members
    4.2(a)", "these regulations" after them) are not the law; the writer's own friend or colleague ("My friend
    asked his manager") is one person, and so is one the writer has ("I have a tenant who ...") in the
    sentences after; a noun in a phrase fronted before the subject ("Along with the site manager, he ...") is
    not the subject; a question whose answers are bullets on the lines below; "section 5 below" is the
    document's own; an item of a code of conduct opening on its verb ("Refrain from ... his club"); sperm beside
    eggs is not a men's topic; a pronoun inside "how to ..." of a past sentence; next of kin in a list that goes
    on to a friend, as the document defines it, or in the writer's own account; "the opposite sex" where
    contraception is the point; breastfeeding among family circumstances; partner leave "(typically fathers)";
    a definition set out from a named standard ("defined in NICE Guideline NG108 as:"). Batch 2: a past participle
    as an adjective or a reduced relative ("two paid working days", "the time off granted to a carer") is no past
    tense; "from the husband and the wife"; a married pair beside "a heterosexual couple", or "living together like
    husband and wife"; "the patient's husband" in fertility care; slash pairs of mismatched forms ("his/she");
    "transgenderal"; a bracketed historical gloss covers only its own words; a parliamentary question's words about
    anyone but the minister ("no patient ... his medication"); surrogacy is a pregnancy topic; "population" is no
    verb of filling in a field. Batch 3: a lettered item carrying on a lead-in's duty on its bare verb ("(c) take
    reasonable care of the vehicle allocated to him"), and "To appeal ...", "To withdraw ..." items. Batch 4 (from
    three fresh sets collected and read this round): a survey's numbered answer codes before its boxes ("3[ ]Widowed")
    and "1. Are you... (Please read)" over marital answers; an office in a body's make-up and how it is filled
    ("Chairman : To be elected by ...") is no glossary entry; "himself - or herself"; a lettered rule opening on
    "Not"; a research report of who took part ("we carried out interviews with pregnant women, new mothers ...",
    "mothers and fathers were interviewed"); a short lead-in ("You could:") after the sentence naming its audience;
    a maiden name as the person's own choice ("keep their maiden name at work"); a standard's answer letters
    ("Z. Not stated ...") before its opt-outs; "I have a patient that I see"; pronouns offered as words ("he, she,
    they or another pronoun"); "preferred set of pronouns"; "a chosen name is their real name". And a reviewer's
    probe sentences against batches 1 to 3 (R20-L01 to -L108), with the mends they led to: conduct openers
    without "Always"/"Never"; "paid staff" and "the award granted to a nurse recognised ..." are past; "how to"
    only after a guide or leaflet; a new "a tenant ..." after the writer's own; "subsection (2) above" is the
    law's; an organisation's own policy is no standard; "both the husband and the wife" only; "as part of a
    heterosexual couple" only; a partner of the opposite sex in a contraception sentence only; "maternity,
    paternity, adoption" only; "(usually ... fathers)" in brackets only; "not a friend"; a definition of next of
    kin as relatives is no excuse; a bracket right after a term glosses it; a surrogate, not surrogacy;
    "selection"/"allocation" of sex stay verbs of filling in; "him/she"; "each patient's husband"; donor sperm.
    Batch 5: how things were ("At that time, a husband or wife were the only people who could claim"). Batch 6
    (three more fresh sets, scored blind first, then read: tune22): statute drafting ("under subsection (1) above",
    "is suffering from mental disorder", lettered provisions after "where -"); a case about one named person
    ("Priya has a diagnosis of ... the support worker visits her flat"); a step done to whoever goes through a
    procedure ("When he arrives on the ward, he will be shown to a bed") with no one named but an office ("the Class
    Officer"); a reflexive ending its clause before "she or he"; lodgers, letting agents and guarantors are roles;
    "homosexual tendencies"; a scenario put to the reader ("You are a nurse welcoming ..."); a character named in
    quotes; an international convention is law; "the mother, the father or someone else"; one parent pair among
    others offered; a named case's boyfriend (FAM-009); "the male nurse ... The nurse must tell his manager".
    Batch 7: a plural sexed noun ("boys", "men and women") is not what "he" or "his" means; married couples named
    beside civil partners; "one of the joint tenants ... his" (not "Ahmed, one of the volunteers", nor "one of the
    men"). Batch 8: a capitalised place after "the" ("the Reception desk") is no first name. And a second reviewer's sentences against
    batches 4 to 7 (R20-M001 to -M103), with the mends of batch 9: a named case needs a person's verb or an age
    ("Tom is 15 and", not "Breakfast is 7.30" or "Riverside has 20 beds"), and excuses only that person's own
    boyfriend; office titles, not surnames that are also roles ("Tom Dean"), are no names; only "were surveyed
    separately" and the like report a study; "at this time of year" is no history; "use your maiden name" is a
    request; one parent pair among others needs "or a parent/friend"; "the father or someone else" only next to
    each other; "birthing partners" are birth companions; "in all cases, the carer ... his" is a rule; "You are a
    volunteer working with ..." is no scenario; the Mental Health Act's test only as a lettered "that" clause; a
    spaced dash before lettered items only under a reported provision; "the grant given to a disabled student" has
    no past verb; "the charity paid for a nurse" is past; "one of the volunteers broke his wrist" is one event;
    "him - or her" is no pair; "C. Bisexual" keeps its answer; "such as a friend, a partner or one of their
    relatives" is an open definition; "a preferred name is their real name"."""
    assert_classes("unseen-classes-20.yaml", tp=181, cases=334)
