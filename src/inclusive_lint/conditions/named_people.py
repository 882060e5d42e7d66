"""Whether a passage names a person: a title and a surname ("Dr Shah"), a full name ("Carol Webb"), a
first name doing what only a person does ("Priya said"), a letter given for a name ("known as B"); and the
capitals that are no one's name (a body's name, "the Midwifery Council of Ghana", or a plural, "Pharmacists").
Read by the pronoun conditions (``pronouns.py``, ``antecedent_cues.py``)."""
from __future__ import annotations

import re

from .rxguard import guarded


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Nurse|Sir|Dame|Lord|Lady|Rev|Revd|Reverend|Father|Councillor|Cllr)\.?"
# capitalised words that are not people's names
_NOT_NAME = (
    r"The|A|An|If|When|Where|While|Whilst|Once|After|Before|Until|Unless|Although|Because|As|At|In|On|For|"
    r"From|To|By|With|Without|Each|Every|Any|All|Some|Our|Your|Their|This|That|These|Those|It|They|We|You|"
    r"He|She|His|Her|Him|I|Please|Note|Staff|Patients?|Managers?|Employees?|Applicants?|Trust|Board|Council|"
    r"Committee|Policy|Procedure|Team|Service|Services|Department|Act|Regulations|Section|Appendix|Annex|"
    r"Schedule|Part|Chapter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"English|British|Welsh|Scottish|Irish|"
    r"Human|Resources|Occupational|Health|Chief|Executive|Director|Manager|Officer|Head|Lead|Nurse|Doctor|"
    r"Mental|Capacity|Equality|Care|Quality|Commission|Ward|Unit|Clinic|Hospital|Centre|Practice|Surgery|"
    r"Guardian|Freedom|Speak|Up|Safeguarding|Adults?|Children|Child|Court|Tribunal|Panel|Internet|Teams|"
    r"Word|Chair|Chairman|Secretary|Governors?|Trustees?|Registrar|Consultant|Medical|Clinical|Nursing|"
    r"Deputy|Vice|Senior|Junior|Acting|Interim|Local|National|Regional|Authority|Agency|Office|Home|"
    r"Emergency|Department|Accident|General|Royal|University|College|School|Education|Social|Public|"
    r"Primary|Secondary|Community|Integrated|Personal|Independent|Professional|Registered|Responsible|"
    r"Approved|Mental|Occupational|Equal|Opportunities|Grievance|Disciplinary|Sickness|Absence|Annual|"
    r"Leave|Sick|Pay|Form|Forms|Yes|No|Do|Does|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Must|May|"
    r"Might|Shall|Has|Have|Had|Then|There|Here|What|Which|Who|Whom|Why|How|Also|However|Otherwise|"
    r"Where|Whether|Both|Either|Neither|Not|Only|Even|Just|Still|Further|Finally|First|Second|Third|"
    r"Next|Last|Then|Thus|Therefore|Such|Many|Most|Other|Others|Another|New|Old|Young|Older|Younger|"
    r"Parents?|Carers?|Visitors?|Relatives?|Family|Families|People|Everyone|Anyone|Someone|NHS|GP|"
    r"Monitor|Bank|Holiday|Christmas|Easter|God|Allah|Jesus|Lord|Covid|Coronavirus|"
    # a sentence adverb opening a clause ("Accordingly, the pharmacist ...") is no name
    r"[A-Z][a-z]{2,}(?:ally|ingly|ently|antly|ively|ately|ously|arly|fully|ibly|ably)|Nevertheless|Nonetheless|Meanwhile|Furthermore|"
    r"Moreover|Likewise|Hence|Instead|Conversely|Besides|Regardless|Accordingly"
)
def _name(rest: str, not_names: str = "") -> str:
    """``rest`` not opening on a word of ``_NOT_NAME`` (or ``not_names``). The rest is tried first, in
    a look-ahead (same matches: it holds no group), so that long list is read only where the rest
    holds, not at every capital ("Ask", "The": two thirds of the pattern's time on dense text)."""
    return "(?=" + rest + ")(?!(?:" + _NOT_NAME + not_names + r")\b)(?:" + rest + ")"


_NAMED = re.compile(
    r"\b" + _TITLE + r"\s+[A-Z](?:[\w'-]+|\b)"                                  # Dr Shah, Sister Okoro, Ms T
    # (an office after an article is not a name: "the Duty Librarian")
    r"|(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)\b" + _name(r"[A-Z][a-z\u00e0-\u00ff]+(?:[ \t]+[A-Z]\.)?(?:[ \t-]+[A-Z][a-z\u00e0-\u00ff'-]+)+")   # Carol Webb, Jenny L. Wolff
    # one member of Parliament: "my right hon. Friend", "the Member for Newbury"
    + r"|\b(?:[Mm]y|[Oo]ur)\s+(?:right\s+)?hon(?:\.|ourable)?\s+(?:and\s+(?:learned|gallant)\s+)?(?:Friend|Gentleman)\b"
    r"|\bthe\s+Member\s+for\s+[A-Z]"
    r"|,\s+" + _name(r"[A-Z][a-z\u00e0-\u00ff]+(?:\s+[A-Z][a-z\u00e0-\u00ff]+)?\s*,")        # our midwife, Priya,
    # a first name described by a relation or telling something: "Marianne, wife of James", "Marianne talks"
    + r"|\b" + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}(?=,\s+(?:wife|husband|partner|widow|widower|mother|father|"
                     r"daughter|son|sister|brother|carer)\s+(?:of|to)\b|\s+(?:talks|says|said|explains|explained|recalls|recalled|"
                     r"remembers|remembered|told|tells|describes|described)\b)")
    + r"|\b(?:called|named|known as)\s+[A-Z][a-z\u00e0-\u00ff]+"                                 # a nurse called Sam
    # a person given a letter for a name: "a Palestinian, known as A,", "named only as B for legal reasons"
    r"|[,(]\s*(?:known|named|referred\s+to|identified)\s+(?:only\s+|here\s+)?as\s+['\"\u2018\u201c]?[A-Z]['\"\u2019\u201d]?"
    r"(?=\s*[,;)]|\s+for\s+legal\s+reasons\b)"
    r"|\b" + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s*\((?:he|she|they|ze|xe)\s*/)")   # Laurie (he/him)
    # (an office after an article is not a first name: "The Chemist is telling you")
    # (nor a plural, "the Indian Pharmacists is")
    + r"|(?<=[a-z,;]\s)(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Yy]our\s)(?<!\b[Oo]ur\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)"
    + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s+(?:is|was|has|had|will|would|said|says|"
            r"told|asked|works|worked|joined|leads|led|can|could|may|might|must|should|felt|feels|thinks|thought|"
            r"arrived|came|went|left|died|moved|lived|needed|wanted|seemed|started|decided|visited|phoned|complained|refused|"
            # a person's own doings in the present: "When Priya arrives, ...", "Sarah refuses to leave"
            r"arrives|comes|goes|leaves|lives|remains|returns|attends|refuses|insists|agrees|wants|needs|visits|phones|rings|"
            r"waits|stays|wakes|woke|remembers|remembered|recalls|recalled|explains|describes|holds|teaches|runs|owns|enjoys|loves|"
            r"likes|manages|struggles|uses|prefers|spends|keeps|shares|worries)\b)",
            r"|[A-Z][a-z]+(?:ists|ians)")
    # a first name with the person's own family: "where Dora and her husband lived" (the window ends where
    # the pronoun starts; not an office after an article: "the Registrar and his deputy")
    + r"|(?<=[a-z,;]\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bour\s)(?<!\byour\s)(?<!\bany\s)(?<!\beach\s)"
    + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s+and\s+(?:(?:her|his)\s+(?:husband|wife|partner|family|children|"
            r"sons?|daughters?|mother|father|parents|sister|brother)\b|$))")
    + r"|^" + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s+(?:is|was|has|had|will|would|said|says|told|asked|"
                    r"works|worked|joined|leads|led|felt|feels|thinks|thought|arrives|arrived|refuses|refused|insists|insisted|"
                    r"remains|remained|lives|lived|wants|wanted|remembers|remembered|recalls|recalled|explains|explained)\b)")  # Priya said …
    # a sentence that opens on a first name and a verb only a person takes: "... Chris believes that"
    + r"|(?<=[.!?:]\s)"
    + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s+(?:believes|believed|wants|wanted|hopes|hoped|feels|felt|thinks|thought|"
            r"says|said|told|explains|explained|knows|knew|worries|worried|insists|insisted|refuses|refused|arrives|arrived|"
            r"remembers|remembered|recalls|recalled|remains|remained|has\s+(?:written|spoken|campaigned|told|shared)|"
            # what was done to one patient: "Aphra was referred for counselling by the GP"
            r"was\s+(?:referred|diagnosed|admitted|discharged|born|prescribed|assessed)|waited)\b)",
            r"|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody|One|Either|Neither|Who|Mum|Mom|Dad")
    # a first name ending a clause: "Have you seen Julia?", "I phoned Tom yesterday."
    + r"|(?<=[a-z]\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bfor\s)(?<!\bat\s)(?<!\band\s)(?<!\bin\s)(?<!\bto\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"  # (not "his Account,")
    + _name(r"[A-Z][a-z\u00e0-\u00ff]{2,}\b(?=\s*[?!,;]|\.(?:\s|$)|\s+(?:today|yesterday|"
            r"again|lately|recently|earlier)\b)", r"|[A-Z][a-z]+(?:ists|ians)")
    + r"|\b(?:Patient|Person|Service User|Client|Child|Baby|Resident|Employee|Staff Member|Colleague|Mother|"
    r"Father|Parent|Case) [A-Z0-9]\b"                                              # Patient A
)


_NAMED = guarded(_NAMED)     # same matches; positions that cannot start one are skipped at once (rxguard)


_DEITY = re.compile(r"\b(?:God|Lord|Jesus|Christ|Allah|Prophet)\b")
# a capital inside a body's name is no first name ("the Pharmacy Council of India"), nor a plural ("Pharmacists")
_ORG_OF = r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$"
_IN_BODY_NAME = re.compile(_ORG_OF)
_PLURAL_CAP = re.compile(r"[A-Z][a-z]+(?:ists|ians)$")
_FIRST_NAME_IN = re.compile(r"(?<=[a-z,;]\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)(?<!\btheir\s)"
                            r"(?!(?:" + _NOT_NAME + r")\b)[A-Z][a-z]{2,}\b")      # (not "taken to the Reception area")


_OFFICE_TAIL = re.compile(r"\s(?:Officer|Orderly|Manager|Governor|Warden|Nurse|Worker|Assistant|Co-?ordinator|Supervisor|"
                          r"Administrator|Advis[eo]r|Director|Secretary|Clerk|Porter|Technician|"
                          r"Council|Board|Committee|Society|Association|Authority|Agency|Commission|Institute|College)$")


# a post before the name is a person's title ("our Practice Manager Karen will ..."), not a body's name
_ROLE_WORD = (r"Manager|Co-?ordinator|Officer|Nurse|Worker|Lead|Director|Assistant|Administrator|Secretary|Chair|Clerk|"
              r"Supervisor|Advis[eo]r|Therapist|Midwife|Visitor|Doctor|Consultant|Matron|Receptionist|Librarian|Chaplain")
_CAPITAL_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:" + _TITLE + r"|" + _ROLE_WORD + r")\s)[A-Z][a-z]+[ \t]+$|" + _ORG_OF
                             # (opening the sentence, a word that starts a body's name: "Hospital Pharmacy is")
                             + r"|\b(?:Hospital|Community|County|City|District|Borough|Regional|National|Royal|General|University|"
                             r"Health|Clinical|Medical|Central|Local|Public)[ \t]+$")


def after_capital(text: str, m) -> bool:
    """A one-word name right after another capitalised word inside its sentence ("Hospital Pharmacy is"), or
    after one and "of" ("the Pharmacy Council of India is"): a word that is no first name (a full name or a
    title and name is matched whole), so part of a body's name."""
    return " " not in m.group(0) and _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def no_one_named(ctx) -> bool:
    """The block names no one ("Ranjeet", "Carol Webb", "Dr Shah") and is not about God ("his people")."""
    offices, named = [], False
    for m in _NAMED.finditer(ctx.text):
        if _OFFICE_TAIL.search(m.group(0)) or after_capital(ctx.text, m):
            offices.append(m.span())        # (not "the Class Officer", "Midwifery Council")
        else:
            named = True
    return not (named or _DEITY.search(ctx.text) or any(
        not _IN_BODY_NAME.search(ctx.text, max(0, m.start() - 40), m.start()) and not _PLURAL_CAP.match(m.group(0))
        and not any(a <= m.start() < b for a, b in offices)
        for m in _FIRST_NAME_IN.finditer(ctx.text, ctx.sent_start, ctx.sent_end)))
